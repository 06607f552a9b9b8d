;;; Chapters 19 and 20 (Filenames, Files), as far as a sandboxed host with open/read/write allows.
;;; A pathname is an instance of type PATHNAME holding its namestring (a Unix path); its
;;; components are parsed from it when asked for. The host cannot delete, rename or list files.

(defun pathnamep (x) (and (%instancep x) (eq (%instance-type x) 'pathname)))
(defun %namestring (x)
  ;; the namestring of a pathname designator
  (cond ((stringp x) x)
        ((pathnamep x) (%vector-ref (%instance-slots x) 0))
        ((and (%arrayp x) (%char-array-p x)) (%simple-copy x))
        (t (%type-error x '(or pathname string)))))
(defun pathname (x) (if (pathnamep x) x (%make-instance 'pathname (vector (copy-seq (%namestring x))))))
(defun namestring (x) (%namestring x))
(defun %name-start (name)
  (let ((slash (position #\/ name :from-end t))) (if slash (+ slash 1) 0)))
(defun %type-dot (name)
  ;; the dot before the type, if any (a leading dot is part of the name: .emacs has no type)
  (let* ((start (%name-start name)) (dot (position #\. name :from-end t :start start)))
    (and dot (> dot start) dot)))
(defun file-namestring (x) (let ((n (%namestring x))) (subseq n (%name-start n))))
(defun directory-namestring (x) (let ((n (%namestring x))) (subseq n 0 (%name-start n))))
(defun pathname-name (x)
  (let* ((n (%namestring x)) (start (%name-start n)) (end (or (%type-dot n) (length n))))
    (if (= start end) nil (subseq n start end))))
(defun pathname-type (x)
  (let* ((n (%namestring x)) (dot (%type-dot n)))
    (if dot (subseq n (+ dot 1)) nil)))
(defun pathname-directory (x)
  (let* ((n (%namestring x)) (dir (subseq n 0 (%name-start n))) (parts nil) (start 0))
    (if (= (length dir) 0) nil
        (progn
          (dotimes (i (length dir))
            (when (char= (char dir i) #\/)
              (when (> i start) (push (subseq dir start i) parts))
              (setq start (+ i 1))))
          (cons (if (char= (char dir 0) #\/) :absolute :relative) (nreverse parts))))))
(defun %write-pathname (x s escape)
  (if escape
      (progn (%write-str "#P" s 0 nil) (%write-string-escaped (%namestring x) s))
      (%write-str (%namestring x) s 0 nil)))

(defun probe-file (x)
  ;; the file exists when it can be opened for input
  (let ((s (open (%namestring x) :if-does-not-exist nil)))
    (when s (close s) (pathname x))))
(defun truename (x)
  (or (probe-file x)
      (error (%make-condition 'file-error (list :pathname x :format-control "The file ~S does not exist."
                                                :format-arguments (list (%namestring x)))))))
