;;; Chapter 4 (Types and Classes): DEFTYPE. A DEFTYPE form registers, when it runs, an expander
;;; function; TYPEP and SUBTYPEP expand a registered type before looking at it.

(defvar *%user-types* nil)

(defun %register-type (name expander)
  (push (cons name expander) *%user-types*)
  name)

(defun %user-type-p (type)
  (and *%user-types* (assoc (if (consp type) (car type) type) *%user-types*) t))

(defun %expand-user-type (type)
  (apply (cdr (assoc (if (consp type) (car type) type) *%user-types*)) (if (consp type) (cdr type) nil)))
