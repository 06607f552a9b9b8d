;;;; The runtime for evaluation and control (compiled by the reference compiler, linked on demand like
;;;; prelude.lisp): destructuring, places, restarts.

;;; ------------------------------------------------------------------ destructuring-bind

(defun %dbind-error (list pattern problem)
  (error (%make-condition 'simple-error
                          (list :format-control "Error while parsing arguments to DESTRUCTURING-BIND:~%  ~A in~%    ~S~%  to satisfy lambda list~%    ~S"
                                :format-arguments (list problem list pattern)))))
(defun %dbind-car (list whole pattern)
  (if (consp list) (car list) (%dbind-error whole pattern "too few elements")))
(defun %dbind-end (list whole pattern)
  (when list (%dbind-error whole pattern "too many elements"))
  nil)
(defun %dbind-key (plist key)
  ;; the tail of plist whose first element is key (the first occurrence wins), or nil
  (loop (when (atom plist) (return nil))
        (when (eq (car plist) key) (return plist))
        (setq plist (cddr plist))))
(defun %dbind-keys (plist keys allow whole pattern)
  (let ((p plist) (n 0))
    (loop while (consp p) do (setq n (+ n 1) p (cdr p)))
    (when (or p (oddp n)) (%dbind-error whole pattern "odd number of elements in keyword/value list")))
  (unless (or allow (cadr (%dbind-key plist :allow-other-keys)))
    (do ((p plist (cddr p))) ((atom p))
      (unless (or (%memq (car p) keys) (eq (car p) :allow-other-keys))
        (%dbind-error whole pattern (format nil "unknown keyword ~S" (car p))))))
  nil)
