;;; Chapters 3 and 5 (Evaluation and Compilation, Data and Control Flow): PROGV and CONSTANTP.

(defun %progv (symbols values body)
  ;; PROGV: symbols past the end of values are made unbound; every symbol gets its old state back on
  ;; any exit (a special binding is a value kept in the symbol, as the compiler binds them too)
  (let ((saved (mapcar (lambda (s) (if (boundp s) (list (symbol-value s)) nil)) symbols)))
    (unwind-protect
         (progn
           (let ((vs values))
             (dolist (s symbols)
               (if vs (set s (car vs)) (makunbound s))
               (setq vs (cdr vs))))
           (funcall body))
      (mapc (lambda (s old) (if old (set s (car old)) (makunbound s))) symbols saved))))

;; the constant variables of COMMON-LISP other than T and NIL; DEFCONSTANT adds the unit's own
(defvar *%constants* '(array-dimension-limit array-rank-limit array-total-size-limit boole-1 boole-2 boole-and
  boole-andc1 boole-andc2 boole-c1 boole-c2 boole-clr boole-eqv boole-ior boole-nand boole-nor boole-orc1 boole-orc2
  boole-set boole-xor call-arguments-limit char-code-limit double-float-epsilon double-float-negative-epsilon
  internal-time-units-per-second lambda-list-keywords lambda-parameters-limit least-negative-double-float
  least-negative-long-float least-negative-normalized-double-float least-negative-normalized-long-float
  least-negative-normalized-short-float least-negative-normalized-single-float least-negative-short-float
  least-negative-single-float least-positive-double-float least-positive-long-float
  least-positive-normalized-double-float least-positive-normalized-long-float least-positive-normalized-short-float
  least-positive-normalized-single-float least-positive-short-float least-positive-single-float long-float-epsilon
  long-float-negative-epsilon most-negative-double-float most-negative-fixnum most-negative-long-float
  most-negative-short-float most-negative-single-float most-positive-double-float most-positive-fixnum
  most-positive-long-float most-positive-short-float most-positive-single-float multiple-values-limit pi
  short-float-epsilon short-float-negative-epsilon single-float-epsilon single-float-negative-epsilon))

(defun %note-constant (symbol) (unless (%memq symbol *%constants*) (push symbol *%constants*)) symbol)

(defun constantp (form &optional environment)
  (declare (ignore environment))
  (cond ((symbolp form) (or (keywordp form) (null form) (eq form t) (and (%memq form *%constants*) t)))
        ((consp form) (and (eq (car form) 'quote) (consp (cdr form)) (null (cddr form))))
        (t t)))
