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

;;; Values through every kind of form (CLHS 3.1.7 and each operator's "Results")

(defcase multiple-values.thirty-values
  :category multiple-values
  :features (values multiple-value-list)
  :forms ((multiple-value-list (values 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20
                                       21 22 23 24 25 26 27 28 29 30)))
  :value "(1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30)")

(defcase multiple-values.values-list-twenty-five
  :category multiple-values
  :features (values-list multiple-value-list)
  :forms ((let ((l (loop for i below 25 collect i)))
            (equal (multiple-value-list (values-list l)) l)))
  :value "T")

(defcase multiple-values.many-values-through-function-return
  :category multiple-values
  :features (values multiple-value-call)
  :forms ((defun twelve () (values 1 2 3 4 5 6 7 8 9 10 11 12))
          (multiple-value-call #'+ (twelve) (twelve)))
  :value "156")

(defcase multiple-values.mvb-many-values
  :category multiple-values
  :features (multiple-value-bind)
  :forms ((multiple-value-bind (a b c d e f g h i j) (values 1 2 3 4 5 6 7 8 9 10)
            (list j i h g f e d c b a)))
  :value "(10 9 8 7 6 5 4 3 2 1)")

(defcase multiple-values.values-list-not-list-type-error
  :category multiple-values
  :features (values-list type-error)
  :forms ((values-list 5))
  :signals type-error)

(defcase multiple-values.nth-value-order-of-evaluation
  :category multiple-values
  :features (nth-value)
  :forms ((let ((order nil))
            (list (nth-value (progn (push 'n order) 1) (progn (push 'form order) (values 'a 'b 'c)))
                  (reverse order))))
  :value "(B (N FORM))")

(defcase multiple-values.nth-value-computed-index
  :category multiple-values
  :features (nth-value)
  :forms ((loop for i from 0 to 3 collect (nth-value i (values 'a 'b 'c))))
  :value "(A B C NIL)")

(defcase multiple-values.nth-value-of-no-values
  :category multiple-values
  :features (nth-value)
  :forms ((nth-value 0 (values)))
  :value "NIL")

(defcase multiple-values.nth-value-returns-one-value
  :category multiple-values
  :features (nth-value)
  :forms ((multiple-value-list (nth-value 1 (values 1 2 3))))
  :value "(2)")

(defcase multiple-values.mvb-no-values-all-nil
  :category multiple-values
  :features (multiple-value-bind)
  :forms ((multiple-value-bind (a b) (values) (list a b)))
  :value "(NIL NIL)")

(defcase multiple-values.mvb-body-returns-values
  :category multiple-values
  :features (multiple-value-bind)
  :forms ((multiple-value-list (multiple-value-bind (a b) (values 1 2) (values b a))))
  :value "(2 1)")

(defcase multiple-values.mvb-special-declaration
  :category multiple-values
  :features (multiple-value-bind special)
  :forms ((defun read-mv-special () (declare (special mv-special)) mv-special)
          (multiple-value-bind (mv-special other) (values 'dynamic 'x)
            (declare (special mv-special) (ignore other))
            (read-mv-special)))
  :value "DYNAMIC")

(defcase multiple-values.mvb-form-evaluated-once
  :category multiple-values
  :features (multiple-value-bind)
  :forms ((let ((n 0))
            (multiple-value-bind (a b) (progn (incf n) (values n (* n 10)))
              (list a b n))))
  :value "(1 10 1)")

(defcase multiple-values.progn-non-last-values-discarded
  :category multiple-values
  :features (progn multiple-value-list)
  :forms ((multiple-value-list (progn (values 1 2) (values) 3)))
  :value "(3)")

(defcase multiple-values.values-through-typecase
  :category multiple-values
  :features (typecase multiple-value-list)
  :forms ((multiple-value-list (typecase 5 (string 'no) (integer (values 'int 5)))))
  :value "(INT 5)")

(defcase multiple-values.values-through-ecase
  :category multiple-values
  :features (ecase multiple-value-list)
  :forms ((multiple-value-list (ecase 'k (k (values 1 2)))))
  :value "(1 2)")

(defcase multiple-values.values-through-unless
  :category multiple-values
  :features (unless multiple-value-list)
  :forms ((multiple-value-list (unless nil (values 'a 'b))))
  :value "(A B)")

(defcase multiple-values.values-through-do-result
  :category multiple-values
  :features (do multiple-value-list)
  :forms ((multiple-value-list (do ((i 0 (1+ i))) ((= i 3) (values i (* i i))))))
  :value "(3 9)")

(defcase multiple-values.values-through-dotimes-result
  :category multiple-values
  :features (dotimes multiple-value-list)
  :forms ((multiple-value-list (dotimes (i 2 (values 'done i)))))
  :value "(DONE 2)")

(defcase multiple-values.values-through-loop-finally
  :category multiple-values
  :features (loop multiple-value-list)
  :forms ((multiple-value-list (loop for x in '(1 2 3) sum x into s finally (return (values s 'total)))))
  :value "(6 TOTAL)")

(defcase multiple-values.values-through-let-star
  :category multiple-values
  :features (let* multiple-value-list)
  :forms ((multiple-value-list (let* ((a 1) (b 2)) (values a b (+ a b)))))
  :value "(1 2 3)")

(defcase multiple-values.values-through-destructuring-bind
  :category multiple-values
  :features (destructuring-bind multiple-value-list)
  :forms ((multiple-value-list (destructuring-bind (a b) '(1 2) (values b a))))
  :value "(2 1)")

(defcase multiple-values.values-through-restart-case-clause
  :category multiple-values
  :features (restart-case multiple-value-list)
  :forms ((multiple-value-list (restart-case (invoke-restart 'give)
                                 (give () (values 'r1 'r2)))))
  :value "(R1 R2)")

(defcase multiple-values.values-through-handler-bind
  :category multiple-values
  :features (handler-bind multiple-value-list)
  :forms ((multiple-value-list (handler-bind ((error #'abort)) (values 1 2))))
  :value "(1 2)")

(defcase multiple-values.values-through-with-simple-restart
  :category multiple-values
  :features (with-simple-restart multiple-value-list)
  :forms ((multiple-value-list (with-simple-restart (skip "Skip.") (values 'a 'b 'c))))
  :value "(A B C)")

(defcase multiple-values.values-through-ignore-errors
  :category multiple-values
  :features (ignore-errors multiple-value-list)
  :forms ((multiple-value-list (ignore-errors (values 1 2))))
  :value "(1 2)")

(defcase multiple-values.values-through-multiple-value-prog1-of-call
  :category multiple-values
  :features (multiple-value-prog1 multiple-value-list)
  :forms ((defun three-vals () (values 'x 'y 'z))
          (multiple-value-list (multiple-value-prog1 (three-vals) (three-vals) 'ignored)))
  :value "(X Y Z)")

(defcase multiple-values.values-through-labels-tail-call
  :category multiple-values
  :features (labels multiple-value-list)
  :forms ((labels ((finish (n) (values n 'finished))
                   (run (n) (if (= n 0) (finish 'zero) (run (1- n)))))
            (multiple-value-list (run 5))))
  :value "(ZERO FINISHED)")

(defcase multiple-values.values-through-return-from-nested-function
  :category multiple-values
  :features (return-from multiple-value-list)
  :forms ((defun search-values (l)
            (dolist (x l) (when (evenp x) (return-from search-values (values x 'even))))
            (values nil 'none))
          (list (multiple-value-list (search-values '(1 4 5))) (multiple-value-list (search-values '(1)))))
  :value "((4 EVEN) (NIL NONE))")

(defcase multiple-values.values-through-throw-from-function
  :category multiple-values
  :features (catch throw multiple-value-list)
  :forms ((defun throw-values () (throw 'mv (values 'p 'q 'r)))
          (multiple-value-list (catch 'mv (throw-values))))
  :value "(P Q R)")

(defcase multiple-values.values-through-unwind-protect-throw
  :category multiple-values
  :features (unwind-protect catch throw multiple-value-list)
  :forms ((multiple-value-list (catch 'k (unwind-protect (throw 'k (values 1 2)) (values 3 4)))))
  :value "(1 2)")

(defcase multiple-values.values-through-eval-of-function-call
  :category multiple-values
  :features (eval multiple-value-list)
  :forms ((multiple-value-list (eval '(floor 10 3))))
  :value "(3 1)")

(defcase multiple-values.values-through-apply-values
  :category multiple-values
  :features (apply values multiple-value-list)
  :forms ((multiple-value-list (apply #'values 1 '(2 3 4))))
  :value "(1 2 3 4)")

(defcase multiple-values.values-through-funcall-closure
  :category multiple-values
  :features (funcall multiple-value-list)
  :forms ((let ((f (let ((k 3)) (lambda () (values k (* k k))))))
            (multiple-value-list (funcall f))))
  :value "(3 9)")

(defcase multiple-values.values-primary-in-if-test-and-args
  :category multiple-values
  :features (values)
  :forms ((list (if (values nil t) 'true 'false) (+ (values 1 100) (values 2 200))))
  :value "(FALSE 3)")

(defcase multiple-values.values-primary-in-let-binding
  :category multiple-values
  :features (values let)
  :forms ((let ((a (values 1 2)) (b (values))) (list a b)))
  :value "(1 NIL)")

(defcase multiple-values.values-in-setq-primary
  :category multiple-values
  :features (values setq)
  :forms ((let (x) (list (multiple-value-list (setq x (values 5 6))) x)))
  :value "((5) 5)")

(defcase multiple-values.multiple-value-call-spreads-each-form
  :category multiple-values
  :features (multiple-value-call)
  :forms ((multiple-value-call #'vector (values) (values 'a) (values 'b 'c) (floor 9 2)))
  :value "#(A B C 4 1)")

(defcase multiple-values.multiple-value-call-lambda-rest
  :category multiple-values
  :features (multiple-value-call)
  :forms ((multiple-value-call (lambda (&rest all) (length all)) (values 1 2 3) (values) (values 4)))
  :value "4")

(defcase multiple-values.multiple-value-call-lambda-optional
  :category multiple-values
  :features (multiple-value-call)
  :forms ((multiple-value-call (lambda (a &optional (b 'default)) (list a b)) (values 1)))
  :value "(1 DEFAULT)")

(defcase multiple-values.multiple-value-call-too-many-signals
  :category multiple-values
  :features (multiple-value-call program-error)
  :forms ((multiple-value-call (lambda (a) a) (values 1 2)))
  :signals program-error)

(defcase multiple-values.multiple-value-list-of-nested-mv-call
  :category multiple-values
  :features (multiple-value-call multiple-value-list)
  :forms ((multiple-value-list (multiple-value-call #'values (values 1 2) (multiple-value-call #'values (values 3 4)))))
  :value "(1 2 3 4)")

(defcase multiple-values.multiple-value-setq-many-values
  :category multiple-values
  :features (multiple-value-setq)
  :forms ((let (a b c d)
            (multiple-value-setq (a b c d) (values 1 2 3 4 5))
            (list a b c d)))
  :value "(1 2 3 4)")

(defcase multiple-values.get-properties-three-values
  :category multiple-values
  :features (get-properties multiple-value-list)
  :forms ((list (multiple-value-list (get-properties '(:a 1 :b 2 :c 3) '(:z :b)))
                (multiple-value-list (get-properties '(:a 1) '(:z)))))
  :value "((:B 2 (:B 2 :C 3)) (NIL NIL NIL))")

(defcase multiple-values.decode-universal-time-nine-values
  :category multiple-values
  :features (decode-universal-time multiple-value-list)
  :note "universal time 0 is 1900-01-01 00:00:00 GMT, a Monday (day 0); with an explicit zone daylight-p is false"
  :forms ((multiple-value-list (decode-universal-time 0 0)))
  :value "(0 0 0 1 1 1900 0 NIL 0)")

(defcase multiple-values.decode-universal-time-later-date
  :category multiple-values
  :features (decode-universal-time encode-universal-time multiple-value-list)
  :forms ((multiple-value-list (decode-universal-time (encode-universal-time 30 15 10 29 2 2000 0) 0)))
  :value "(30 15 10 29 2 2000 1 NIL 0)")

(defcase multiple-values.find-symbol-two-values
  :category multiple-values
  :features (find-symbol multiple-value-list)
  :forms ((list (multiple-value-list (find-symbol "CAR" "COMMON-LISP"))
                (multiple-value-list (find-symbol "NO-SUCH-SYMBOL-XYZ" "COMMON-LISP"))))
  :value "((CAR :EXTERNAL) (NIL NIL))")

(defcase multiple-values.decode-float-three-values
  :category multiple-values
  :features (decode-float multiple-value-list)
  :forms ((multiple-value-list (decode-float 8.0d0)))
  :value "(0.5d0 4 1.0d0)")

(defcase multiple-values.integer-decode-float-sign
  :category multiple-values
  :features (integer-decode-float)
  :forms ((nth-value 2 (integer-decode-float -3.0d0)))
  :value "-1")

(defcase multiple-values.read-from-string-two-values
  :category multiple-values
  :features (read-from-string multiple-value-list)
  :forms ((list (multiple-value-list (read-from-string "(a b)"))
                (multiple-value-list (read-from-string "xx 42" t nil :start 3))))
  :value "(((A B) 5) (42 5))")

(defcase multiple-values.with-hash-table-iterator-values
  :category multiple-values
  :features (with-hash-table-iterator multiple-value-list)
  :forms ((let ((h (make-hash-table)))
            (setf (gethash 'only h) 'value)
            (with-hash-table-iterator (next h)
              (let ((entry (multiple-value-list (next))) (exhausted (multiple-value-list (next))))
                (list (and (first entry) t) (rest entry) exhausted)))))
  :note "the first value is a generalized boolean; with no entries left only NIL is returned"
  :value "(T (ONLY VALUE) (NIL))")
