;;; Chapter 4 (Types and Classes): DEFTYPE. A DEFTYPE registers its expander (a function of the type
;;; specifier) at run time; TYPEP and SUBTYPEP expand a type whose head names one.

(defvar *%deftypes* nil)

(defun %register-deftype (name expander)
  (setq *%deftypes* (%alist-set *%deftypes* name expander))
  name)

(defun %deftype-expander (name)
  (and *%deftypes* (symbolp name) (cdr (assoc name *%deftypes*))))

(defun %expand-deftype (type)
  ;; expanded until its head is no DEFTYPE name
  (loop (let ((e (%deftype-expander (if (consp type) (car type) type))))
          (unless e (return type))
          (setq type (funcall e (if (consp type) type (list type)) nil)))))
