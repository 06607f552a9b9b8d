;;; Chapter 3 (Evaluation and Compilation): macro and compiler-macro functions at run time. A DEFMACRO
;;; installs its expander here when the unit can ask for it (MACRO-FUNCTION, *MACROEXPAND-HOOK*, EVAL);
;;; DEFINE-COMPILER-MACRO always does (compiler macros are never applied by this compiler).

(defvar *macroexpand-hook* #'funcall)
(defvar *%macros* nil)
(defvar *%compiler-macros* nil)

(defun %alist-set (alist key value)
  ;; alist without key's entry, then (key . value) in front unless value is nil
  (let ((rest (remove key alist :key #'car)))
    (if value (acons key value rest) rest)))

(defun %set-macro-function (name &rest args)
  ;; (setf (macro-function name [env]) function)
  (let ((fn (car (last args))))
    (setq *%macros* (%alist-set *%macros* name fn))
    fn))
(defun %macro-function (name) (cdr (assoc name *%macros*)))

(defun %standard-macro-expander (form &optional env)
  (declare (ignore env))
  (error "the expander of the standard macro ~S exists only in the reference compiler, not at run time"
         (if (consp form) (car form) form)))

(defun %set-compiler-macro-function (name &rest args)
  (let ((fn (car (last args))))
    (setq *%compiler-macros* (%alist-set *%compiler-macros* name fn))
    fn))
(defun compiler-macro-function (name &optional env)
  (declare (ignore env))
  (cdr (assoc name *%compiler-macros*)))

(defun %macroexpand-1 (form &optional env)
  (let ((fn (and (consp form) (symbolp (car form)) (%macro-function (car form)))))
    (if fn
        (values (funcall *macroexpand-hook* fn form env) t)
        (values form nil))))
(defun %macroexpand (form &optional env)
  (let ((expanded nil))
    (loop (multiple-value-bind (next more) (%macroexpand-1 form env)
            (unless more (return (values form expanded)))
            (setq form next expanded t)))))

(defun compiled-function-p (x) (functionp x))
(defun function-lambda-expression (function)
  ;; CLHS: the lambda expression may be unavailable (nil), closure-p may always be true
  (unless (functionp function) (%type-error function 'function))
  (values nil t (%function-name function)))
