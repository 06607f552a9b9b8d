;;;; corpus/forms/multiple-values.lisp — multiple values (CLHS 5.3, 3.1.7). Expectations: SBCL 2.2.9.

(defcase multiple-values.values-primary-only
  :category multiple-values
  :features (values)
  :forms ((values 1 2 3))
  :value "1")

(defcase multiple-values.values-list-all
  :category multiple-values
  :features (values multiple-value-list)
  :forms ((multiple-value-list (values 1 2 3)))
  :value "(1 2 3)")

(defcase multiple-values.values-none-is-nil-in-value-position
  :category multiple-values
  :features (values)
  :forms ((list (values)))
  :value "(NIL)")

(defcase multiple-values.values-none-list-empty
  :category multiple-values
  :features (values multiple-value-list)
  :forms ((multiple-value-list (values)))
  :value "NIL")

(defcase multiple-values.values-single
  :category multiple-values
  :features (values multiple-value-list)
  :forms ((multiple-value-list (values 'a)))
  :value "(A)")

(defcase multiple-values.mvb-exact
  :category multiple-values
  :features (multiple-value-bind)
  :forms ((multiple-value-bind (a b c) (values 1 2 3)
            (list a b c)))
  :value "(1 2 3)")

(defcase multiple-values.mvb-fewer-vars
  :category multiple-values
  :features (multiple-value-bind)
  :forms ((multiple-value-bind (a) (values 1 2 3)
            a))
  :value "1")

(defcase multiple-values.mvb-more-vars-nil
  :category multiple-values
  :features (multiple-value-bind)
  :forms ((multiple-value-bind (a b c d) (values 1 2)
            (list a b c d)))
  :value "(1 2 NIL NIL)")

(defcase multiple-values.mvb-single-value-form
  :category multiple-values
  :features (multiple-value-bind)
  :forms ((multiple-value-bind (a b) 42
            (list a b)))
  :value "(42 NIL)")

(defcase multiple-values.mvb-no-vars
  :category multiple-values
  :features (multiple-value-bind)
  :forms ((multiple-value-bind () (values 1 2) 'body))
  :value "BODY")

(defcase multiple-values.mvb-body-implicit-progn
  :category multiple-values
  :features (multiple-value-bind)
  :forms ((multiple-value-bind (q r) (floor 17 5)
            (setq q (* q 10))
            (+ q r)))
  :value "32")

(defcase multiple-values.nth-value-second
  :category multiple-values
  :features (nth-value)
  :forms ((nth-value 1 (values 'a 'b 'c)))
  :value "B")

(defcase multiple-values.nth-value-past-end
  :category multiple-values
  :features (nth-value)
  :forms ((nth-value 5 (values 'a 'b)))
  :value "NIL")

(defcase multiple-values.nth-value-zero
  :category multiple-values
  :features (nth-value)
  :forms ((nth-value 0 (floor 7 2)))
  :value "3")

(defcase multiple-values.values-list-spreads
  :category multiple-values
  :features (values-list multiple-value-list)
  :forms ((multiple-value-list (values-list '(1 2 3))))
  :value "(1 2 3)")

(defcase multiple-values.values-list-empty
  :category multiple-values
  :features (values-list multiple-value-list)
  :forms ((multiple-value-list (values-list nil)))
  :value "NIL")

(defcase multiple-values.multiple-value-call-combine
  :category multiple-values
  :features (multiple-value-call)
  :forms ((multiple-value-call #'+ (values 1 2) (values 3 4) 5))
  :value "15")

(defcase multiple-values.multiple-value-call-empty
  :category multiple-values
  :features (multiple-value-call)
  :forms ((multiple-value-call #'list (values) (values)))
  :value "NIL")

(defcase multiple-values.multiple-value-prog1-returns-first-values
  :category multiple-values
  :features (multiple-value-prog1 multiple-value-list)
  :forms ((multiple-value-list (multiple-value-prog1 (values 1 2) (values 3 4))))
  :value "(1 2)")

(defcase multiple-values.prog1-only-primary
  :category multiple-values
  :features (prog1 multiple-value-list)
  :forms ((multiple-value-list (prog1 (values 1 2) 'x)))
  :value "(1)")

(defcase multiple-values.let-only-primary
  :category multiple-values
  :features (let multiple-value-list)
  :forms ((let ((x (values 1 2)))
            (multiple-value-list x)))
  :value "(1)")

(defcase multiple-values.if-test-uses-primary
  :category multiple-values
  :features (if values)
  :forms ((if (values nil t) 'true 'false))
  :value "FALSE")

(defcase multiple-values.if-branch-passes-all-values
  :category multiple-values
  :features (if multiple-value-list)
  :forms ((multiple-value-list (if t (values 1 2) 3)))
  :value "(1 2)")

(defcase multiple-values.progn-last-passes-values
  :category multiple-values
  :features (progn multiple-value-list)
  :forms ((multiple-value-list (progn (values 1 2) (values 3 4))))
  :value "(3 4)")

(defcase multiple-values.progn-earlier-values-dropped
  :category multiple-values
  :features (progn multiple-value-list)
  :forms ((multiple-value-list (progn (values 1 2) 'only)))
  :value "(ONLY)")

(defcase multiple-values.function-return-passes-values
  :category multiple-values
  :features (defun multiple-value-list)
  :forms ((defun mv-two () (values 'x 'y))
          (defun mv-wrap () (mv-two))
          (multiple-value-list (mv-wrap)))
  :value "(X Y)")

(defcase multiple-values.arguments-receive-primary-only
  :category multiple-values
  :features (list values)
  :forms ((list (values 1 2) (values 3 4)))
  :value "(1 3)")

(defcase multiple-values.setq-receives-primary
  :category multiple-values
  :features (setq multiple-value-list)
  :forms ((let (x)
            (multiple-value-list (setq x (values 1 2)))))
  :value "(1)")

(defcase multiple-values.floor-two-values
  :category multiple-values
  :features (floor multiple-value-list)
  :forms ((multiple-value-list (floor 7 2)))
  :value "(3 1)")

(defcase multiple-values.truncate-negative-values
  :category multiple-values
  :features (truncate multiple-value-list)
  :forms ((multiple-value-list (truncate -7 2)))
  :value "(-3 -1)")

(defcase multiple-values.gethash-two-values
  :category multiple-values
  :features (gethash multiple-value-list)
  :forms ((let ((h (make-hash-table)))
            (setf (gethash 'k h) nil)
            (list (multiple-value-list (gethash 'k h))
                  (multiple-value-list (gethash 'missing h)))))
  :value "((NIL T) (NIL NIL))")

(defcase multiple-values.multiple-value-setq
  :category multiple-values
  :features (multiple-value-setq)
  :forms ((let (a b)
            (multiple-value-setq (a b) (values 1 2))
            (list a b)))
  :value "(1 2)")

(defcase multiple-values.multiple-value-setq-returns-primary
  :category multiple-values
  :features (multiple-value-setq multiple-value-list)
  :forms ((let (a b)
            (multiple-value-list (multiple-value-setq (a b) (values 10 20)))))
  :value "(10)")

(defcase multiple-values.setf-values
  :category multiple-values
  :features (setf values)
  :forms ((let (a b)
            (setf (values a b) (values 1 2))
            (list a b)))
  :value "(1 2)")

(defcase multiple-values.values-in-cond-test-clause
  :category multiple-values
  :features (cond multiple-value-list)
  :forms ((multiple-value-list (cond ((values 1 2)))))
  :value "(1)")

(defcase multiple-values.values-in-cond-body
  :category multiple-values
  :features (cond multiple-value-list)
  :forms ((multiple-value-list (cond (t (values 1 2)))))
  :value "(1 2)")

(defcase multiple-values.values-through-block
  :category multiple-values
  :features (block multiple-value-list)
  :forms ((multiple-value-list (block b (values 1 2 3))))
  :value "(1 2 3)")

(defcase multiple-values.values-through-return-from
  :category multiple-values
  :features (block return-from multiple-value-list)
  :forms ((multiple-value-list (block b (return-from b (values 4 5)) 6)))
  :value "(4 5)")

(defcase multiple-values.values-through-catch
  :category multiple-values
  :features (catch throw multiple-value-list)
  :forms ((multiple-value-list (catch 'c (throw 'c (values 7 8)))))
  :value "(7 8)")

(defcase multiple-values.values-through-unwind-protect
  :category multiple-values
  :features (unwind-protect multiple-value-list)
  :forms ((multiple-value-list (unwind-protect (values 1 2) (values 3 4))))
  :value "(1 2)")

(defcase multiple-values.values-through-let-body
  :category multiple-values
  :features (let multiple-value-list)
  :forms ((multiple-value-list (let ((x 1)) (values x (+ x 1)))))
  :value "(1 2)")

(defcase multiple-values.values-through-when
  :category multiple-values
  :features (when multiple-value-list)
  :forms ((multiple-value-list (when t (values 1 2))))
  :value "(1 2)")

(defcase multiple-values.values-through-case
  :category multiple-values
  :features (case multiple-value-list)
  :forms ((multiple-value-list (case 2 (1 (values 'a)) (2 (values 'b 'c)))))
  :value "(B C)")

(defcase multiple-values.values-through-and-last
  :category multiple-values
  :features (and multiple-value-list)
  :forms ((multiple-value-list (and t (values 1 2))))
  :value "(1 2)")

(defcase multiple-values.values-through-or-non-last-primary
  :category multiple-values
  :features (or multiple-value-list)
  :forms ((multiple-value-list (or (values 1 2) 3)))
  :value "(1)")

(defcase multiple-values.values-through-or-last
  :category multiple-values
  :features (or multiple-value-list)
  :forms ((multiple-value-list (or nil (values 1 2))))
  :value "(1 2)")

(defcase multiple-values.values-through-funcall
  :category multiple-values
  :features (funcall multiple-value-list)
  :forms ((multiple-value-list (funcall (lambda () (values 1 2 3)))))
  :value "(1 2 3)")

(defcase multiple-values.values-through-apply
  :category multiple-values
  :features (apply values multiple-value-list)
  :forms ((multiple-value-list (apply #'values '(a b c))))
  :value "(A B C)")

(defcase multiple-values.values-many
  :category multiple-values
  :features (values multiple-value-list length)
  :forms ((length (multiple-value-list (values 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20))))
  :value "20")

(defcase multiple-values.multiple-values-limit-at-least-20
  :category multiple-values
  :features (multiple-values-limit)
  :forms ((>= multiple-values-limit 20))
  :value "T")

(defcase multiple-values.mvb-nested
  :category multiple-values
  :features (multiple-value-bind)
  :forms ((multiple-value-bind (a b) (values 1 2)
            (multiple-value-bind (c d) (values (+ a b) (* a b))
              (list a b c d))))
  :value "(1 2 3 2)")

(defcase multiple-values.mvb-from-function-returning-none
  :category multiple-values
  :features (defun multiple-value-bind)
  :forms ((defun mv-none () (values))
          (multiple-value-bind (a b) (mv-none) (list a b)))
  :value "(NIL NIL)")

(defcase multiple-values.values-in-mapcar-primary
  :category multiple-values
  :features (mapcar values)
  :forms ((mapcar #'values '(1 2 3)))
  :value "(1 2 3)")

(defcase multiple-values.multiple-value-list-of-primary-form
  :category multiple-values
  :features (multiple-value-list)
  :forms ((multiple-value-list 5))
  :value "(5)")

(defcase multiple-values.floor-nth-value-remainder
  :category multiple-values
  :features (nth-value floor)
  :forms ((nth-value 1 (floor 23 7)))
  :value "2")

(defcase multiple-values.round-values
  :category multiple-values
  :features (round multiple-value-list)
  :forms ((multiple-value-list (round 5 2)))
  :value "(2 1)")

(defcase multiple-values.parse-integer-values
  :category multiple-values
  :features (parse-integer multiple-value-list)
  :forms ((multiple-value-list (parse-integer "42")))
  :value "(42 2)")

(defcase multiple-values.values-of-values
  :category multiple-values
  :features (values multiple-value-list)
  :forms ((multiple-value-list (values (values 1 2) (values 3 4))))
  :value "(1 3)")

(defcase multiple-values.mvcall-with-list-function
  :category multiple-values
  :features (multiple-value-call)
  :forms ((multiple-value-call #'list 1 (floor 7 2) (values) 'end))
  :value "(1 3 1 END)")

(defcase multiple-values.mvb-with-declare
  :category multiple-values
  :features (multiple-value-bind declare)
  :forms ((multiple-value-bind (a b) (values 1 2)
            (declare (fixnum a b))
            (+ a b)))
  :value "3")

(defcase multiple-values.values-from-flet
  :category multiple-values
  :features (flet multiple-value-list)
  :forms ((flet ((two () (values 'p 'q)))
            (multiple-value-list (two))))
  :value "(P Q)")

(defcase multiple-values.values-from-labels-recursive
  :category multiple-values
  :features (labels multiple-value-list)
  :forms ((labels ((divmod (n d q) (if (< n d) (values q n) (divmod (- n d) d (+ q 1)))))
            (multiple-value-list (divmod 17 5 0))))
  :value "(3 2)")

(defcase multiple-values.mvprog1-side-effect-order
  :category multiple-values
  :features (multiple-value-prog1)
  :forms ((let ((log nil))
            (multiple-value-prog1 (progn (push 1 log) (values 'a 'b))
              (push 2 log))
            (reverse log)))
  :value "(1 2)")

(defcase multiple-values.values-in-the-form
  :category multiple-values
  :features (the multiple-value-list)
  :forms ((multiple-value-list (the (values fixnum fixnum) (values 1 2))))
  :value "(1 2)")

(defcase multiple-values.values-in-dolist-result
  :category multiple-values
  :features (dolist multiple-value-list)
  :forms ((multiple-value-list (dolist (x '(1) (values 'r1 'r2)))))
  :value "(R1 R2)")

(defcase multiple-values.values-via-loop-return
  :category multiple-values
  :features (loop multiple-value-list)
  :forms ((multiple-value-list (loop (return (values 1 2)))))
  :value "(1 2)")

(defcase multiple-values.mvb-ignore-extra
  :category multiple-values
  :features (multiple-value-bind)
  :forms ((multiple-value-bind (q) (truncate 10 3) q))
  :value "3")

(defcase multiple-values.mv-setq-fewer-values
  :category multiple-values
  :features (multiple-value-setq)
  :forms ((let ((a 'old) (b 'old))
            (multiple-value-setq (a b) (values 1))
            (list a b)))
  :value "(1 NIL)")

(defcase multiple-values.values-through-tagbody-nil
  :category multiple-values
  :features (tagbody multiple-value-list)
  :forms ((multiple-value-list (tagbody)))
  :value "(NIL)")

(defcase multiple-values.values-through-progv
  :category multiple-values
  :features (progv multiple-value-list)
  :forms ((multiple-value-list (progv '(*mv-pv*) '(1) (values 1 2))))
  :value "(1 2)")

(defcase multiple-values.values-through-handler-case
  :category multiple-values
  :features (handler-case multiple-value-list)
  :forms ((multiple-value-list (handler-case (values 1 2) (error () 'e))))
  :value "(1 2)")

(defcase multiple-values.values-through-eval
  :category multiple-values
  :features (eval multiple-value-list)
  :forms ((multiple-value-list (eval '(values 1 2))))
  :value "(1 2)")

(defcase multiple-values.values-through-macrolet
  :category multiple-values
  :features (macrolet multiple-value-list)
  :forms ((macrolet ((two () '(values 1 2)))
            (multiple-value-list (two))))
  :value "(1 2)")

(defcase multiple-values.values-in-vector
  :category multiple-values
  :features (vector values)
  :forms ((vector (values 1 2) (values)))
  :value "#(1 NIL)")

(defcase multiple-values.multiple-value-call-with-lambda
  :category multiple-values
  :features (multiple-value-call lambda)
  :forms ((multiple-value-call (lambda (&optional a b c) (list a b c)) (values 1 2)))
  :value "(1 2 NIL)")

(defcase multiple-values.mvb-destructure-floor-chain
  :category multiple-values
  :features (multiple-value-bind floor)
  :forms ((multiple-value-bind (q1 r1) (floor 100 7)
            (multiple-value-bind (q2 r2) (floor q1 3)
              (list q1 r1 q2 r2))))
  :value "(14 2 4 2)")

(defcase multiple-values.values-from-if-else
  :category multiple-values
  :features (if multiple-value-list)
  :forms ((multiple-value-list (if nil 'no (values 'y1 'y2))))
  :value "(Y1 Y2)")

(defcase multiple-values.values-into-setf-gethash
  :category multiple-values
  :features (setf gethash)
  :forms ((let ((h (make-hash-table)))
            (setf (gethash 'a h) (values 1 2))
            (gethash 'a h)))
  :value "1")

(defcase multiple-values.values-through-symbol-macrolet
  :category multiple-values
  :features (symbol-macrolet multiple-value-list)
  :forms ((symbol-macrolet ((sm (values 1 2)))
            (multiple-value-list sm)))
  :value "(1 2)")

(defcase multiple-values.values-through-locally
  :category multiple-values
  :features (locally multiple-value-list)
  :forms ((multiple-value-list (locally (values 1 2))))
  :value "(1 2)")

(defcase multiple-values.values-through-prog2-primary
  :category multiple-values
  :features (prog2 multiple-value-list)
  :forms ((multiple-value-list (prog2 'a (values 1 2) 'c)))
  :value "(1)")
