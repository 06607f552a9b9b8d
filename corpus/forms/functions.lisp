;;;; corpus/forms/functions.lisp — function definition, lambda lists, calling (CLHS 3.4, 5). Expectations: SBCL 2.2.9.

(defcase functions.defun-returns-name
  :category functions
  :features (defun)
  :forms ((defun fn-a (x) x))
  :value "FN-A")

(defcase functions.defun-call
  :category functions
  :features (defun)
  :forms ((defun fn-b (x y) (+ x y))
          (fn-b 3 4))
  :value "7")

(defcase functions.defun-body-implicit-progn
  :category functions
  :features (defun)
  :forms ((defun fn-c (x) (setq x (* x 2)) (+ x 1))
          (fn-c 5))
  :value "11")

(defcase functions.defun-no-body-returns-nil
  :category functions
  :features (defun)
  :forms ((defun fn-d ())
          (fn-d))
  :value "NIL")

(defcase functions.defun-implicit-block
  :category functions
  :features (defun return-from)
  :forms ((defun fn-e (x)
            (when (> x 0) (return-from fn-e 'positive))
            'not-positive)
          (list (fn-e 1) (fn-e -1)))
  :value "(POSITIVE NOT-POSITIVE)")

(defcase functions.defun-docstring-not-value
  :category functions
  :features (defun)
  :forms ((defun fn-f () "documentation" 'value)
          (fn-f))
  :value "VALUE")

(defcase functions.defun-only-docstring-returns-it
  :category functions
  :features (defun)
  :forms ((defun fn-g () "just a string")
          (fn-g))
  :value "\"just a string\"")

(defcase functions.optional-default-nil
  :category functions
  :features (defun &optional)
  :forms ((defun fn-h (a &optional b) (list a b))
          (list (fn-h 1) (fn-h 1 2)))
  :value "((1 NIL) (1 2))")

(defcase functions.optional-default-form
  :category functions
  :features (defun &optional)
  :forms ((defun fn-i (a &optional (b (* a 10))) (list a b))
          (list (fn-i 1) (fn-i 1 2)))
  :value "((1 10) (1 2))")

(defcase functions.optional-supplied-p
  :category functions
  :features (defun &optional)
  :forms ((defun fn-j (&optional (x 0 x-p)) (list x x-p))
          (list (fn-j) (fn-j 0) (fn-j 5)))
  :value "((0 NIL) (0 T) (5 T))")

(defcase functions.optional-defaults-see-earlier
  :category functions
  :features (defun &optional)
  :forms ((defun fn-k (&optional (a 1) (b (+ a 1)) (c (+ b 1))) (list a b c))
          (list (fn-k) (fn-k 10) (fn-k 10 20)))
  :value "((1 2 3) (10 11 12) (10 20 21))")

(defcase functions.rest-collects
  :category functions
  :features (defun &rest)
  :forms ((defun fn-l (a &rest r) (list a r))
          (list (fn-l 1) (fn-l 1 2 3)))
  :value "((1 NIL) (1 (2 3)))")

(defcase functions.optional-and-rest
  :category functions
  :features (defun &optional &rest)
  :forms ((defun fn-m (a &optional (b 2) &rest r) (list a b r))
          (list (fn-m 1) (fn-m 1 3) (fn-m 1 3 4 5)))
  :value "((1 2 NIL) (1 3 NIL) (1 3 (4 5)))")

(defcase functions.key-args-any-order
  :category functions
  :features (defun &key)
  :forms ((defun fn-n (&key a b) (list a b))
          (list (fn-n) (fn-n :b 2) (fn-n :b 2 :a 1)))
  :value "((NIL NIL) (NIL 2) (1 2))")

(defcase functions.key-defaults-and-supplied-p
  :category functions
  :features (defun &key)
  :forms ((defun fn-o (&key (size 10 size-p)) (list size size-p))
          (list (fn-o) (fn-o :size 10)))
  :value "((10 NIL) (10 T))")

(defcase functions.key-duplicate-leftmost-wins
  :category functions
  :features (defun &key)
  :forms ((defun fn-p (&key x) x)
          (fn-p :x 1 :x 2))
  :value "1")

(defcase functions.key-custom-keyword-name
  :category functions
  :features (defun &key)
  :forms ((defun fn-q (&key ((:the-name n) 'dflt)) n)
          (list (fn-q) (fn-q :the-name 5)))
  :value "(DFLT 5)")

(defcase functions.key-unknown-signals
  :category functions
  :features (defun &key)
  :forms ((defun fn-r (&key a) a)
          (fn-r :b 1))
  :signals program-error)

(defcase functions.key-allow-other-keys-call
  :category functions
  :features (defun &key)
  :forms ((defun fn-s (&key a) a)
          (fn-s :b 2 :a 1 :allow-other-keys t))
  :value "1")

(defcase functions.key-allow-other-keys-lambda-list
  :category functions
  :features (defun &key &allow-other-keys)
  :forms ((defun fn-t (&key a &allow-other-keys) a)
          (fn-t :z 1 :a 2))
  :value "2")

(defcase functions.rest-and-key-together
  :category functions
  :features (defun &rest &key)
  :forms ((defun fn-u (&rest all &key a b) (list all a b))
          (fn-u :b 2 :a 1))
  :value "((:B 2 :A 1) 1 2)")

(defcase functions.key-odd-arguments-signals
  :category functions
  :features (defun &key)
  :forms ((defun fn-v (&key a) a)
          (fn-v :a))
  :signals program-error)

(defcase functions.aux-variables
  :category functions
  :features (defun &aux)
  :forms ((defun fn-w (x &aux (y (* x 2)) z) (list x y z))
          (fn-w 4))
  :value "(4 8 NIL)")

(defcase functions.too-few-arguments-signals
  :category functions
  :features (defun)
  :forms ((defun fn-x (a b) (list a b))
          (fn-x 1))
  :signals program-error)

(defcase functions.too-many-arguments-signals
  :category functions
  :features (defun)
  :forms ((defun fn-y (a) a)
          (fn-y 1 2))
  :signals program-error)

(defcase functions.funcall-symbol
  :category functions
  :features (funcall)
  :forms ((funcall 'list 1 2))
  :value "(1 2)")

(defcase functions.funcall-function-object
  :category functions
  :features (funcall function)
  :forms ((funcall #'cons 1 2))
  :value "(1 . 2)")

(defcase functions.apply-spread-last
  :category functions
  :features (apply)
  :forms ((apply #'+ 1 2 '(3 4 5)))
  :value "15")

(defcase functions.apply-only-list
  :category functions
  :features (apply)
  :forms ((apply #'list '(a b c)))
  :value "(A B C)")

(defcase functions.apply-empty-list
  :category functions
  :features (apply)
  :forms ((apply #'+ nil))
  :value "0")

(defcase functions.apply-with-keys
  :category functions
  :features (apply &key)
  :forms ((defun fn-z (&key (a 0) (b 0)) (- a b))
          (apply #'fn-z '(:b 1 :a 10)))
  :value "9")

(defcase functions.apply-symbol-designator
  :category functions
  :features (apply)
  :forms ((apply 'max 3 '(9 2)))
  :value "9")

(defcase functions.function-designator-lambda-symbol
  :category functions
  :features (funcall lambda)
  :forms ((list (funcall 'car '(1 2)) (funcall (lambda (x) (car x)) '(3 4))))
  :value "(1 3)")

(defcase functions.recursion-factorial
  :category functions
  :features (defun)
  :forms ((defun fn-fact (n) (if (< n 2) 1 (* n (fn-fact (- n 1)))))
          (fn-fact 12))
  :value "479001600")

(defcase functions.recursion-fibonacci
  :category functions
  :features (defun)
  :forms ((defun fn-fib (n) (if (< n 2) n (+ (fn-fib (- n 1)) (fn-fib (- n 2)))))
          (fn-fib 20))
  :value "6765")

(defcase functions.recursion-ackermann-small
  :category functions
  :features (defun)
  :forms ((defun fn-ack (m n)
            (cond ((= m 0) (+ n 1))
                  ((= n 0) (fn-ack (- m 1) 1))
                  (t (fn-ack (- m 1) (fn-ack m (- n 1))))))
          (fn-ack 2 3))
  :value "9")

(defcase functions.mutual-recursion-global
  :category functions
  :features (defun)
  :forms ((defun fn-even-p (n) (if (= n 0) t (fn-odd-p (- n 1))))
          (defun fn-odd-p (n) (if (= n 0) nil (fn-even-p (- n 1))))
          (list (fn-even-p 10) (fn-odd-p 10) (fn-even-p 7)))
  :value "(T NIL NIL)")

(defcase functions.deep-tail-recursion
  :category functions
  :features (defun)
  :forms ((defun fn-count-down (n acc) (if (= n 0) acc (fn-count-down (- n 1) (+ acc 1))))
          (fn-count-down 10000 0))
  :value "10000")

(defcase functions.recursion-on-list
  :category functions
  :features (defun)
  :forms ((defun fn-sum-list (l) (if (null l) 0 (+ (car l) (fn-sum-list (cdr l)))))
          (fn-sum-list '(1 2 3 4 5 6 7 8 9 10)))
  :value "55")

(defcase functions.recursion-tree-count
  :category functions
  :features (defun)
  :forms ((defun fn-leaves (tree)
            (cond ((null tree) 0) ((atom tree) 1)
                  (t (+ (fn-leaves (car tree)) (fn-leaves (cdr tree))))))
          (fn-leaves '((a b) (c (d e)) f)))
  :value "6")

(defcase functions.redefine-function
  :category functions
  :features (defun)
  :forms ((defun fn-redef () 1)
          (defun fn-redef () 2)
          (fn-redef))
  :value "2")

(defcase functions.redefinition-seen-by-caller
  :category functions
  :features (defun)
  :forms ((defun fn-callee () 'old)
          (defun fn-caller () (fn-callee))
          (defun fn-callee () 'new)
          (fn-caller))
  :value "NEW")

(defcase functions.fboundp-after-defun
  :category functions
  :features (defun fboundp)
  :forms ((defun fn-bound () t)
          (list (not (null (fboundp 'fn-bound))) (fboundp 'fn-never-defined)))
  :value "(T NIL)")

(defcase functions.fmakunbound-removes
  :category functions
  :features (defun fmakunbound fboundp)
  :forms ((defun fn-gone () t)
          (fmakunbound 'fn-gone)
          (fboundp 'fn-gone))
  :value "NIL")

(defcase functions.symbol-function-call
  :category functions
  :features (defun symbol-function funcall)
  :forms ((defun fn-sq (x) (* x x))
          (funcall (symbol-function 'fn-sq) 9))
  :value "81")

(defcase functions.setf-symbol-function-defines
  :category functions
  :features (setf symbol-function)
  :forms ((setf (symbol-function 'fn-installed) (lambda (x) (list x x)))
          (fn-installed 'y))
  :value "(Y Y)")

(defcase functions.undefined-function-signals
  :category functions
  :features (defun)
  :forms ((defun fn-calls-missing () (fn-missing-function 1))
          (fn-calls-missing))
  :signals undefined-function)

(defcase functions.function-returns-function
  :category functions
  :features (defun lambda funcall)
  :forms ((defun fn-maker (op) (if (eq op :add) #'+ #'*))
          (list (funcall (fn-maker :add) 3 4) (funcall (fn-maker :mul) 3 4)))
  :value "(7 12)")

(defcase functions.higher-order-function-arg
  :category functions
  :features (defun funcall)
  :forms ((defun fn-apply-twice (f x) (funcall f (funcall f x)))
          (fn-apply-twice (lambda (x) (* x 3)) 2))
  :value "18")

(defcase functions.function-special-form-flet
  :category functions
  :features (flet function)
  :forms ((flet ((f (x) (- x)))
            (funcall #'f 5)))
  :value "-5")

(defcase functions.labels-function-object-recursive
  :category functions
  :features (labels function mapcar)
  :forms ((labels ((len (l) (if l (1+ (len (cdr l))) 0)))
            (mapcar #'len '((1 2) () (a b c)))))
  :value "(2 0 3)")

(defcase functions.lambda-with-optional-and-key
  :category functions
  :features (lambda &optional &key)
  :forms ((funcall (lambda (a &optional b &key c) (list a b c)) 1 2 :c 3))
  :value "(1 2 3)")

(defcase functions.lambda-list-keywords-count
  :category functions
  :features (lambda-list-keywords member)
  :forms ((list (not (null (member '&optional lambda-list-keywords)))
                (not (null (member '&rest lambda-list-keywords)))
                (not (null (member '&key lambda-list-keywords)))))
  :value "(T T T)")

(defcase functions.call-arguments-limit-at-least-50
  :category functions
  :features (call-arguments-limit)
  :forms ((>= call-arguments-limit 50))
  :value "T")

(defcase functions.apply-many-arguments
  :category functions
  :features (apply make-list)
  :forms ((apply #'+ (make-list 100 :initial-element 1)))
  :value "100")

(defcase functions.arguments-evaluated-left-to-right
  :category functions
  :features (defun push)
  :forms ((let ((log nil))
            (list (list (progn (push 1 log) 'a) (progn (push 2 log) 'b) (progn (push 3 log) 'c))
                  log)))
  :value "((A B C) (3 2 1))")

(defcase functions.funcall-evaluates-function-first
  :category functions
  :features (funcall push)
  :forms ((let ((log nil))
            (funcall (progn (push 'f log) #'list) (progn (push 'a log) 1))
            (reverse log)))
  :value "(F A)")

(defcase functions.multiple-value-return-from-function
  :category functions
  :features (defun values multiple-value-list)
  :forms ((defun fn-two () (values 1 2))
          (multiple-value-list (fn-two)))
  :value "(1 2)")

(defcase functions.recursive-defun-with-accumulator
  :category functions
  :features (defun &optional)
  :forms ((defun fn-rev (l &optional acc) (if (null l) acc (fn-rev (cdr l) (cons (car l) acc))))
          (fn-rev '(1 2 3 4)))
  :value "(4 3 2 1)")

(defcase functions.key-with-nil-value-supplied
  :category functions
  :features (defun &key)
  :forms ((defun fn-kn (&key (x 'default x-p)) (list x x-p))
          (fn-kn :x nil))
  :value "(NIL T)")

(defcase functions.optional-takes-keyword-then-odd-keys-signal
  :category functions
  :features (defun &optional &key)
  :forms ((defun fn-ok (&optional a &key b) (list a b))
          (fn-ok :b 1))
  :signals program-error)

(defcase functions.optional-then-key-filled
  :category functions
  :features (defun &optional &key)
  :forms ((defun fn-ok2 (&optional a &key b) (list a b))
          (fn-ok2 1 :b 2))
  :value "(1 2)")

(defcase functions.rest-list-is-fresh-per-call
  :category functions
  :features (defun &rest)
  :forms ((defun fn-rl (&rest xs) (length xs))
          (list (fn-rl) (fn-rl 1) (fn-rl 1 2 3 4 5 6 7 8 9 10)))
  :value "(0 1 10)")

(defcase functions.setf-function-defined
  :category functions
  :features (defun setf)
  :forms ((defun (setf fn-first-of) (new cell) (setf (car cell) new))
          (let ((c (list 1 2)))
            (setf (fn-first-of c) 'z)
            c))
  :value "(Z 2)")

(defcase functions.compiled-function-p
  :category functions
  :features (compile compiled-function-p)
  :forms ((compiled-function-p (compile nil '(lambda (x) x))))
  :value "T")

(defcase functions.compile-and-call
  :category functions
  :features (compile funcall)
  :forms ((funcall (compile nil '(lambda (x y) (* x y))) 6 7))
  :value "42")

(defcase functions.function-lambda-expression-not-needed
  :category functions
  :features (functionp)
  :forms ((list (functionp #'list) (functionp (lambda ())) (functionp nil)))
  :value "(T T NIL)")

(defcase functions.identity-function
  :category functions
  :features (identity mapcar)
  :forms ((mapcar #'identity '(1 a "s")))
  :value "(1 A \"s\")")

(defcase functions.values-from-lambda-in-mapcar
  :category functions
  :features (mapcar lambda values)
  :forms ((mapcar (lambda (x) (values x (* x 2))) '(1 2 3)))
  :value "(1 2 3)")

(defcase functions.declaim-inline-function
  :category functions
  :features (declaim inline defun)
  :forms ((declaim (inline fn-inl))
          (defun fn-inl (x) (+ x 1))
          (fn-inl 41))
  :value "42")

(defcase functions.default-form-evaluated-each-call
  :category functions
  :features (defun &optional)
  :forms ((defun fn-fresh (&optional (l (list 0))) (incf (car l)) l)
          (list (fn-fresh) (fn-fresh)))
  :value "((1) (1))")

(defcase functions.key-args-default-references-earlier
  :category functions
  :features (defun &key)
  :forms ((defun fn-kd (&key (a 2) (b (* a a))) (list a b))
          (list (fn-kd) (fn-kd :a 3) (fn-kd :a 3 :b 1)))
  :value "((2 4) (3 9) (3 1))")

(defcase functions.defun-with-declare
  :category functions
  :features (defun declare)
  :forms ((defun fn-decl (x) (declare (type fixnum x)) (* x 2))
          (fn-decl 21))
  :value "42")

(defcase functions.eval-function-call
  :category functions
  :features (eval)
  :forms ((eval (list '+ 1 2 3)))
  :value "6")

(defcase functions.eval-quoted-lambda
  :category functions
  :features (eval funcall)
  :forms ((funcall (eval '(lambda (x) (* 3 x))) 5))
  :value "15")

(defcase functions.funcall-wrong-argument-type-signals
  :category functions
  :features (funcall)
  :forms ((funcall #'+ 1 (identity 'a)))
  :signals type-error)

;;; Ordinary lambda lists (CLHS 3.4.1)

(defcase functions.optional-default-only-when-missing
  :category functions
  :features (defun &optional)
  :forms ((defvar *default-evals* 0)
          (defun opt-count (&optional (x (progn (incf *default-evals*) 'default))) x)
          (list (opt-count 'given) (opt-count) (opt-count nil) *default-evals*))
  :value "(GIVEN DEFAULT NIL 1)")

(defcase functions.optional-supplied-p-explicit-nil
  :category functions
  :features (lambda &optional)
  :forms ((funcall (lambda (&optional (x 'd x-p)) (list x x-p)) nil))
  :value "(NIL T)")

(defcase functions.optional-default-sees-earlier-supplied-p
  :category functions
  :features (lambda &optional)
  :forms ((let ((f (lambda (a &optional (b a b-p) (c (if b-p 'b-given 'b-defaulted))) (list a b c))))
            (list (funcall f 1) (funcall f 1 2))))
  :value "((1 1 B-DEFAULTED) (1 2 B-GIVEN))")

(defcase functions.rest-includes-keyword-arguments
  :category functions
  :features (lambda &rest &key)
  :forms ((funcall (lambda (a &rest r &key k) (list a r k)) 1 :k 2))
  :value "(1 (:K 2) 2)")

(defcase functions.rest-empty
  :category functions
  :features (lambda &rest)
  :forms ((funcall (lambda (a &rest r) (list a r)) 1))
  :value "(1 NIL)")

(defcase functions.optional-then-rest
  :category functions
  :features (lambda &optional &rest)
  :forms ((let ((f (lambda (&optional a (b 'bd) &rest r) (list a b r))))
            (list (funcall f) (funcall f 1) (funcall f 1 2 3 4))))
  :value "((NIL BD NIL) (1 BD NIL) (1 2 (3 4)))")

(defcase functions.key-supplied-p-and-order-independent
  :category functions
  :features (lambda &key)
  :forms ((let ((f (lambda (&key (a 1 a-p) (b 2 b-p)) (list a a-p b b-p))))
            (list (funcall f :b 20) (funcall f :b 20 :a 10) (funcall f))))
  :value "((1 NIL 20 T) (10 T 20 T) (1 NIL 2 NIL))")

(defcase functions.key-duplicate-leftmost-supplied-p
  :category functions
  :features (lambda &key)
  :forms ((funcall (lambda (&key (x 0 x-p)) (list x x-p)) :x 1 :x 2))
  :value "(1 T)")

(defcase functions.key-default-not-evaluated-when-supplied
  :category functions
  :features (lambda &key)
  :forms ((let ((n 0))
            (let ((f (lambda (&key (k (incf n))) k)))
              (list (funcall f :k 'given) (funcall f) (funcall f) n))))
  :value "(GIVEN 1 2 2)")

(defcase functions.key-non-keyword-name
  :category functions
  :features (lambda &key)
  :forms ((funcall (lambda (&key ((secret s) 'none)) s) 'secret 42))
  :value "42")

(defcase functions.key-variable-named-differently
  :category functions
  :features (defun &key)
  :forms ((defun renamed-key (&key ((:size n) 1)) (* n 10))
          (list (renamed-key) (renamed-key :size 5)))
  :value "(10 50)")

(defcase functions.allow-other-keys-t-in-call
  :category functions
  :features (lambda &key)
  :forms ((funcall (lambda (&key a) a) :b 2 :allow-other-keys t :a 1))
  :value "1")

(defcase functions.allow-other-keys-nil-in-call-signals
  :category functions
  :features (lambda &key program-error)
  :forms ((funcall (lambda (&key a) a) :a 1 :b 2 :allow-other-keys nil))
  :signals program-error)

(defcase functions.allow-other-keys-leftmost-wins
  :category functions
  :features (lambda &key)
  :forms ((funcall (lambda (&key a) a) :allow-other-keys t :allow-other-keys nil :z 9 :a 'ok))
  :value "OK")

(defcase functions.allow-other-keys-nil-alone-is-fine
  :category functions
  :features (lambda &key)
  :forms ((funcall (lambda (&key a) a) :allow-other-keys nil :a 3))
  :value "3")

(defcase functions.allow-other-keys-lambda-list-rest-sees-all
  :category functions
  :features (lambda &key &allow-other-keys &rest)
  :forms ((funcall (lambda (&rest all &key a &allow-other-keys) (list a all)) :z 1 :a 2))
  :value "(2 (:Z 1 :A 2))")

(defcase functions.non-symbol-keyword-argument-signals
  :category functions
  :features (lambda &key program-error)
  :forms ((funcall (lambda (&key a) a) 42 1))
  :signals program-error)

(defcase functions.unknown-key-program-error
  :category functions
  :features (defun &key program-error)
  :forms ((defun only-a (&key a) a)
          (funcall 'only-a :b 1))
  :signals program-error)

(defcase functions.aux-sees-parameters-and-earlier-aux
  :category functions
  :features (lambda &aux)
  :forms ((funcall (lambda (a &optional (b 2) &aux (c (+ a b)) (d (* c 10)) e) (list a b c d e)) 1))
  :value "(1 2 3 30 NIL)")

(defcase functions.too-few-with-optional-signals
  :category functions
  :features (lambda program-error)
  :forms ((funcall (lambda (a b &optional c) (list a b c)) 1))
  :signals program-error)

(defcase functions.too-many-with-optional-signals
  :category functions
  :features (lambda program-error)
  :forms ((apply (lambda (a &optional b) (list a b)) '(1 2 3)))
  :signals program-error)

(defcase functions.zero-parameter-called-with-argument-signals
  :category functions
  :features (defun program-error)
  :forms ((defun takes-none () 'none)
          (funcall 'takes-none 1))
  :signals program-error)

(defcase functions.wrong-argument-count-handled-as-program-error
  :category functions
  :features (defun program-error handler-case)
  :forms ((defun takes-two (a b) (list a b))
          (handler-case (apply #'takes-two '(1))
            (program-error () 'program-error)))
  :value "PROGRAM-ERROR")

;;; apply, funcall, function designators (CLHS 5.3)

(defcase functions.apply-spread-arguments
  :category functions
  :features (apply)
  :forms ((list (apply #'list 1 2 '(3 4)) (apply #'+ '()) (apply #'list '()) (apply 'max 3 '(7 5))))
  :value "((1 2 3 4) 0 NIL 7)")

(defcase functions.apply-lambda-with-keys-in-spread
  :category functions
  :features (apply &key)
  :forms ((apply (lambda (a &key b c) (list a b c)) 1 :c 3 '(:b 2)))
  :value "(1 2 3)")

(defcase functions.apply-returns-all-values
  :category functions
  :features (apply)
  :forms ((multiple-value-list (apply #'floor '(17 5))))
  :value "(3 2)")

(defcase functions.funcall-symbol-uses-global-not-flet
  :category functions
  :features (funcall flet function)
  :forms ((defun which-g () 'global)
          (flet ((which-g () 'local))
            (list (funcall 'which-g) (funcall #'which-g) (which-g))))
  :value "(GLOBAL LOCAL LOCAL)")

(defcase functions.funcall-macro-name-undefined-function
  :category functions
  :features (funcall undefined-function)
  :note "CLHS funcall: a symbol naming a macro or special operator should signal undefined-function"
  :forms ((funcall 'when t 1))
  :signals undefined-function)

(defcase functions.funcall-special-operator-undefined-function
  :category functions
  :features (funcall undefined-function)
  :forms ((funcall 'if t 1 2))
  :signals undefined-function)

(defcase functions.apply-undefined-symbol
  :category functions
  :features (apply undefined-function)
  :forms ((apply 'never-defined-function-x '(1)))
  :signals undefined-function)

(defcase functions.funcall-returns-all-values
  :category functions
  :features (funcall)
  :forms ((multiple-value-list (funcall #'values 1 2 3)))
  :value "(1 2 3)")

;;; fdefinition, fboundp, fmakunbound, functionp, compiled-function-p

(defcase functions.fdefinition-of-defun
  :category functions
  :features (fdefinition)
  :forms ((defun fd-target (x) (* x 3))
          (funcall (fdefinition 'fd-target) 4))
  :value "12")

(defcase functions.setf-fdefinition
  :category functions
  :features (fdefinition setf)
  :forms ((setf (fdefinition 'made-by-fdefinition) (lambda (x) (list 'made x)))
          (list (funcall 'made-by-fdefinition 1) (and (fboundp 'made-by-fdefinition) t)))
  :value "((MADE 1) T)")

(defcase functions.fdefinition-setf-function-name
  :category functions
  :features (fdefinition defun)
  :forms ((defun (setf cell-value) (new cell) (setf (car cell) new))
          (let ((c (list 0)))
            (funcall (fdefinition '(setf cell-value)) 'stored c)
            c))
  :value "(STORED)")

(defcase functions.fdefinition-undefined-signals
  :category functions
  :features (fdefinition undefined-function)
  :forms ((fdefinition 'no-such-function-for-fdefinition))
  :signals undefined-function)

(defcase functions.fboundp-macros-and-special-operators
  :category functions
  :features (fboundp)
  :forms ((list (and (fboundp 'when) t) (and (fboundp 'if) t) (and (fboundp 'car) t)
                (fboundp 'never-defined-for-fboundp)))
  :value "(T T T NIL)")

(defcase functions.fboundp-setf-function
  :category functions
  :features (fboundp defun)
  :forms ((list (fboundp '(setf not-yet-defined-setf))
                (progn (defun (setf now-defined-setf) (v x) (declare (ignore x)) v)
                       (and (fboundp '(setf now-defined-setf)) t))))
  :value "(NIL T)")

(defcase functions.fmakunbound-returns-name
  :category functions
  :features (fmakunbound)
  :forms ((defun to-unbind () 1)
          (list (fmakunbound 'to-unbind) (fboundp 'to-unbind)))
  :value "(TO-UNBIND NIL)")

(defcase functions.fmakunbound-then-call-undefined
  :category functions
  :features (fmakunbound undefined-function)
  :forms ((defun gone-soon () 1)
          (fmakunbound 'gone-soon)
          (funcall 'gone-soon))
  :signals undefined-function)

(defcase functions.fmakunbound-setf-function
  :category functions
  :features (fmakunbound defun)
  :forms ((defun (setf temp-setf) (v x) (declare (ignore x)) v)
          (fmakunbound '(setf temp-setf))
          (fboundp '(setf temp-setf)))
  :value "NIL")

(defcase functions.functionp-objects-not-names
  :category functions
  :features (functionp)
  :forms ((list (functionp #'car) (functionp (lambda () 1)) (functionp 'car)
                (functionp '(lambda () 1)) (functionp nil)))
  :value "(T T NIL NIL NIL)")

(defcase functions.compiled-function-p-cases
  :category functions
  :features (compiled-function-p compile)
  :forms ((list (compiled-function-p (compile nil '(lambda (x) x))) (compiled-function-p 'car)
                (compiled-function-p '(lambda (x) x))))
  :value "(T NIL NIL)")

(defcase functions.function-lambda-expression-three-values
  :category functions
  :features (function-lambda-expression)
  :forms ((list (length (multiple-value-list (function-lambda-expression #'car)))
                (length (multiple-value-list (function-lambda-expression (lambda (x) x))))))
  :value "(3 3)")

(defcase functions.lambda-parameters-limit-at-least-50
  :category functions
  :features (lambda-parameters-limit)
  :forms ((list (integerp lambda-parameters-limit) (>= lambda-parameters-limit 50)))
  :value "(T T)")

(defcase functions.lambda-list-keywords-standard-members
  :category functions
  :features (lambda-list-keywords)
  :forms ((every (lambda (k) (member k lambda-list-keywords))
                 '(&allow-other-keys &aux &body &environment &key &optional &rest &whole)))
  :value "T")

;;; complement, constantly, identity, not, every, some, notevery, notany

(defcase functions.complement-single-argument
  :category functions
  :features (complement)
  :forms ((list (funcall (complement #'evenp) 3) (funcall (complement #'evenp) 4)
                (funcall (complement #'identity) nil)))
  :value "(T NIL T)")

(defcase functions.complement-with-sequence-function
  :category functions
  :features (complement)
  :forms ((list (funcall (complement #'<) 1 2) (funcall (complement #'<) 2 1)
                (remove-if (complement #'oddp) '(1 2 3 4))))
  :value "(NIL T (1 3))")

(defcase functions.constantly-any-arguments
  :category functions
  :features (constantly)
  :forms ((let ((f (constantly 'k)))
            (list (funcall f) (funcall f 1 2 3) (mapcar (constantly 0) '(a b)))))
  :value "(K K (0 0))")

(defcase functions.identity-primary-value-only
  :category functions
  :features (identity)
  :forms ((list (identity 'x) (multiple-value-list (identity (values 1 2)))))
  :value "(X (1))")

(defcase functions.not-generalized-boolean
  :category functions
  :features (not)
  :forms ((list (not nil) (not '()) (not 0) (not 'x) (not "")))
  :value "(T T NIL NIL NIL)")

(defcase functions.every-some-empty-sequences
  :category functions
  :features (every some notevery notany)
  :forms ((list (every #'evenp '()) (some #'evenp '()) (notevery #'evenp #()) (notany #'evenp "")))
  :value "(T NIL NIL T)")

(defcase functions.some-returns-predicate-value
  :category functions
  :features (some)
  :forms ((list (some (lambda (x) (and (> x 2) (* x 10))) '(1 2 3 4))
                (some #'digit-char-p "ab7c")))
  :value "(30 7)")

(defcase functions.every-several-sequences-shortest
  :category functions
  :features (every some)
  :forms ((list (every #'< '(1 2 3) '(2 3 4 0)) (every #'< '(1 5) #(2 3))
                (some #'> '(1 2 3) '(3 2 1 0))))
  :value "(T NIL T)")

(defcase functions.notevery-notany
  :category functions
  :features (notevery notany)
  :forms ((list (notevery #'evenp '(2 4 5)) (notevery #'evenp '(2 4))
                (notany #'oddp '(2 4)) (notany #'oddp '(2 3))))
  :value "(T NIL T NIL)")

(defcase functions.every-stops-early
  :category functions
  :features (every)
  :forms ((let ((seen nil))
            (list (every (lambda (x) (push x seen) (< x 3)) '(1 2 3 4 5)) (reverse seen))))
  :value "(NIL (1 2 3))")

(defcase functions.every-not-a-sequence-type-error
  :category functions
  :features (every type-error)
  :forms ((every #'identity 5))
  :signals type-error)

;;; defun details

(defcase functions.defun-implicit-block-values
  :category functions
  :features (defun return-from)
  :forms ((defun early-values (x) (when x (return-from early-values (values 1 2))) 'none)
          (list (multiple-value-list (early-values t)) (early-values nil)))
  :value "((1 2) NONE)")

(defcase functions.defun-docstring-with-declarations
  :category functions
  :features (defun)
  :forms ((defun doc-and-decl (x) "Doc." (declare (type integer x)) (declare (ignorable x)) (* x x))
          (doc-and-decl 7))
  :value "49")

(defcase functions.defun-not-top-level-closure
  :category functions
  :features (defun)
  :forms ((let ((counter 0))
            (defun bump-counter () (incf counter)))
          (list (bump-counter) (bump-counter)))
  :value "(1 2)")

(defcase functions.call-arguments-limit-integer
  :category functions
  :features (call-arguments-limit)
  :forms ((list (integerp call-arguments-limit) (>= call-arguments-limit 50)))
  :value "(T T)")
