;;; Chapter 22 (Printer): *print-circle* labels, *print-readably*, *print-array*, the pretty
;;; printer's variables. The printer itself is %print-datum in prelude.lisp; every object goes
;;; through %print-object here first.

(defvar *print-array* t)
(defvar *print-lines* nil)
(defvar *print-miser-width* nil)
(defvar *print-right-margin* nil)
;; a function of (object stream), true when it printed the object through a pprint dispatch entry;
;; set by SET-PPRINT-DISPATCH (Library/pretty.lisp), so that a module that defines none links none of it
(defvar *%pprint-hook* nil)

;; While an object is printed with *print-circle*: (next-label . entries), an entry (object . label)
;; for each object reached twice, label nil until its first occurrence is printed as #n=.
(defvar *%circle* nil)

(defun %circle-candidate-p (x)
  (or (consp x) (and (symbolp x) (null (symbol-package x)) x) (stringp x) (simple-vector-p x) (%instancep x)))

(defun %circle-scan (x)
  ;; the objects reached more than once from x (a cycle reaches its first object twice)
  (let ((seen nil) (shared nil) (todo (list x)))
    (loop (when (null todo) (return))
          (let ((o (pop todo)))
            (when (%circle-candidate-p o)
              (if (%memq o seen)
                  (unless (%memq o shared) (push o shared))
                  (progn
                    (push o seen)
                    (cond ((consp o) (push (cdr o) todo) (push (car o) todo))
                          ((simple-vector-p o) (dotimes (i (length o)) (push (svref o i) todo)))
                          ((and (%instancep o) (not (hash-table-p o)))
                           (let ((slots (%instance-slots o)))
                             (dotimes (i (length slots)) (push (svref slots i) todo))))))))))
    (cons 1 (mapcar (lambda (o) (cons o nil)) shared))))

(defun %circle-entry (x) (and *%circle* (%circle-candidate-p x) (assoc x (cdr *%circle*) :test #'eq)))

;; True while an object is printed under *print-pretty* (its text is checked once, at the top).
(defvar *%pretty-checked* nil)

(defun %print-pretty (x s escape)
  ;; Without a pretty printer, an object is printed on one line; that is what SBCL prints only when
  ;; the line fits within the right margin, so beyond it the printer says so instead of printing
  ;; something else.
  (let ((text (let ((o (make-string-output-stream)) (*%pretty-checked* t))
                (%print-object x o escape) (get-output-stream-string o))))
    (when (> (+ (%stream-col s) (length text)) (or *print-right-margin* 80))
      (error "clysm reference compiler: pretty printing that needs line breaks is not supported"))
    (%write-str text s 0 nil)))

(defun %print-object (x s escape)
  (when *print-readably* (setq escape t))
  (cond ((and *%pprint-hook* *print-pretty* (funcall *%pprint-hook* x s)))
        ((and *print-pretty* (not *%pretty-checked*) (or (consp x) (vectorp x) (%arrayp x)) (not (stringp x)))
         (%print-pretty x s escape))
        ((null *print-circle*) (%print-datum x s escape))
        ((null *%circle*) (let ((*%circle* (%circle-scan x))) (%print-object x s escape)))
        (t (let ((entry (%circle-entry x)))
             (cond ((null entry) (%print-datum x s escape))
                   ((cdr entry) (%write-code 35 s) (%write-integer (cdr entry) s 10) (%write-code 35 s))
                   (t (rplacd entry (car *%circle*))
                      (rplaca *%circle* (+ (car *%circle*) 1))
                      (%write-code 35 s) (%write-integer (cdr entry) s 10) (%write-code 61 s)
                      (%print-datum x s escape)))))))

(defun %print-unreadable (x s what)
  ;; an object with no printed form the reader accepts: print-not-readable when *print-readably*
  (when *print-readably* (error (%make-condition 'print-not-readable (list :object x :stream s))))
  (%write-str "#<" s 0 nil) (%write-str what s 0 nil) (%write-code 62 s))

(defun print-not-readable-object (c) (%condition-slot c :object))

(defun %print-object-printer (f)
  ;; defstruct's (:print-object f): f takes (object stream), a :print-function (object stream depth)
  (lambda (object stream depth) (declare (ignore depth)) (funcall f object stream)))
