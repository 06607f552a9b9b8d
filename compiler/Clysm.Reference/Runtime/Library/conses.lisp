;;; Chapter 14 (Conses): the destructive and -if-not variants, property list searches.
;;; The non-destructive relatives live in prelude.lisp.

(defun subst-if-not (new pred tree &key key) (subst-if new (complement pred) tree :key key))
(defun nsubst-if (new pred tree &key key)
  ;; in place: the conses of tree are reused, their cars and cdrs replaced
  (labels ((walk (x) (cond ((funcall pred (%key key x)) new)
                           ((consp x) (rplaca x (walk (car x))) (rplacd x (walk (cdr x))) x)
                           (t x))))
    (walk tree)))
(defun nsubst-if-not (new pred tree &key key) (nsubst-if new (complement pred) tree :key key))
(defun nsubst (new old tree &key key test test-not)
  (let ((f (%test test test-not key)))
    (nsubst-if new (lambda (x) (funcall f old x)) tree :key key)))
(defun nsublis (alist tree &key key test test-not)
  (labels ((walk (x) (let ((p (assoc (%key key x) alist :test test :test-not test-not)))
                       (cond (p (cdr p))
                             ((consp x) (rplaca x (walk (car x))) (rplacd x (walk (cdr x))) x)
                             (t x)))))
    (walk tree)))
(defun assoc-if-not (pred alist &key key) (assoc-if (complement pred) alist :key key))
(defun rassoc-if-not (pred alist &key key) (rassoc-if (complement pred) alist :key key))

;; The standard lets the n- set operations reuse their arguments' conses; it does not require it,
;; so they share the fresh-list versions (the results are the same lists, element for element).
(defun nunion (a b &key key test test-not) (union a b :key key :test test :test-not test-not))
(defun nintersection (a b &key key test test-not) (intersection a b :key key :test test :test-not test-not))
(defun nset-difference (a b &key key test test-not) (set-difference a b :key key :test test :test-not test-not))
(defun nset-exclusive-or (a b &key key test test-not) (set-exclusive-or a b :key key :test test :test-not test-not))

(defun get-properties (plist indicators)
  (loop (when (atom plist) (return (values nil nil nil)))
        (when (%memq (car plist) indicators) (return (values (car plist) (cadr plist) plist)))
        (setq plist (cddr plist))))
(defun %remf (plist indicator)
  ;; REMF's work: the plist without the first entry for indicator, and whether there was one
  (let ((p plist) (prev nil))
    (loop (when (atom p) (return (values plist nil)))
          (when (eq (car p) indicator)
            (if prev
                (progn (rplacd (cdr prev) (cddr p)) (return (values plist t)))
                (return (values (cddr p) t))))
          (setq prev p p (cddr p)))))
