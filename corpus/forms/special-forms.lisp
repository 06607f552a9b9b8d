;;;; corpus/forms/special-forms.lisp — the special operators (CLHS 3.1.2.1.2.1). Expectations: SBCL 2.2.9.

(defcase special-forms.quote-symbol
  :category special-forms
  :features (quote)
  :forms ('abc)
  :value "ABC")

(defcase special-forms.quote-list-unevaluated
  :category special-forms
  :features (quote)
  :forms ((quote (+ 1 2)))
  :value "(+ 1 2)")

(defcase special-forms.quote-nested-quote
  :category special-forms
  :features (quote car)
  :forms ((car ''a))
  :value "QUOTE")

(defcase special-forms.self-evaluating-atoms
  :category special-forms
  :features (quote)
  :forms ((list 1 "s" #\c :k nil t))
  :value "(1 \"s\" #\\c :K NIL T)")

(defcase special-forms.if-true-branch
  :category special-forms
  :features (if)
  :forms ((if t 1 2))
  :value "1")

(defcase special-forms.if-false-branch
  :category special-forms
  :features (if)
  :forms ((if nil 1 2))
  :value "2")

(defcase special-forms.if-no-else-is-nil
  :category special-forms
  :features (if)
  :forms ((if nil 1))
  :value "NIL")

(defcase special-forms.if-non-nil-is-true
  :category special-forms
  :features (if)
  :forms ((list (if 0 'yes 'no) (if '() 'yes 'no) (if "" 'yes 'no)))
  :value "(YES NO YES)")

(defcase special-forms.if-only-evaluates-one-branch
  :category special-forms
  :features (if setq)
  :forms ((let ((x 0))
            (if t (setq x 1) (setq x 2))
            x))
  :value "1")

(defcase special-forms.progn-returns-last
  :category special-forms
  :features (progn)
  :forms ((progn 1 2 3))
  :value "3")

(defcase special-forms.progn-empty-is-nil
  :category special-forms
  :features (progn)
  :forms ((progn))
  :value "NIL")

(defcase special-forms.progn-side-effects-in-order
  :category special-forms
  :features (progn push)
  :forms ((let ((acc nil))
            (progn (push 1 acc) (push 2 acc) (push 3 acc))
            acc))
  :value "(3 2 1)")

(defcase special-forms.let-parallel-binding
  :category special-forms
  :features (let)
  :forms ((let ((x 1))
            (let ((x 2) (y x))
              (list x y))))
  :value "(2 1)")

(defcase special-forms.let-star-sequential
  :category special-forms
  :features (let*)
  :forms ((let ((x 1))
            (let* ((x 2) (y x))
              (list x y))))
  :value "(2 2)")

(defcase special-forms.let-no-init-is-nil
  :category special-forms
  :features (let)
  :forms ((let (a (b) (c 3))
            (list a b c)))
  :value "(NIL NIL 3)")

(defcase special-forms.let-empty-body-nil
  :category special-forms
  :features (let)
  :forms ((let ((x 1)) (declare (ignorable x))))
  :value "NIL")

(defcase special-forms.let-body-multiple-forms
  :category special-forms
  :features (let)
  :forms ((let ((x 1))
            (setq x (+ x 1))
            (setq x (* x 10))
            x))
  :value "20")

(defcase special-forms.setq-returns-last-value
  :category special-forms
  :features (setq)
  :forms ((let (a b)
            (setq a 1 b (+ a 1))))
  :value "2")

(defcase special-forms.setq-sequential-pairs
  :category special-forms
  :features (setq)
  :forms ((let ((a 1) (b 2))
            (setq a b b a)
            (list a b)))
  :value "(2 2)")

(defcase special-forms.psetq-parallel
  :category special-forms
  :features (psetq)
  :forms ((let ((a 1) (b 2))
            (psetq a b b a)
            (list a b)))
  :value "(2 1)")

(defcase special-forms.setq-no-args
  :category special-forms
  :features (setq)
  :forms ((setq))
  :value "NIL")

(defcase special-forms.function-of-symbol
  :category special-forms
  :features (function funcall)
  :forms ((funcall (function +) 1 2 3))
  :value "6")

(defcase special-forms.function-lambda
  :category special-forms
  :features (function lambda funcall)
  :forms ((funcall #'(lambda (x) (* x x)) 7))
  :value "49")

(defcase special-forms.lambda-form-call
  :category special-forms
  :features (lambda)
  :forms (((lambda (x y) (- x y)) 10 3))
  :value "7")

(defcase special-forms.the-passes-value
  :category special-forms
  :features (the)
  :forms ((the fixnum (+ 1 2)))
  :value "3")

(defcase special-forms.the-multiple-values
  :category special-forms
  :features (the multiple-value-list)
  :forms ((multiple-value-list (the (values integer integer) (floor 7 2))))
  :value "(3 1)")

(defcase special-forms.locally-declare
  :category special-forms
  :features (locally)
  :forms ((locally (declare (optimize (speed 1))) (+ 1 2)))
  :value "3")

(defcase special-forms.eval-when-execute
  :category special-forms
  :features (eval-when)
  :forms ((eval-when (:compile-toplevel :load-toplevel :execute) (+ 20 22)))
  :value "42")

(defcase special-forms.flet-local-function
  :category special-forms
  :features (flet)
  :forms ((flet ((double (x) (* 2 x)))
            (double 21)))
  :value "42")

(defcase special-forms.flet-not-recursive
  :category special-forms
  :features (flet)
  :forms ((flet ((f (x) (+ x 1)))
            (flet ((f (x) (if (> x 0) (f 0) 'inner)))
              (f 5))))
  :value "1")

(defcase special-forms.flet-shadows-global-function
  :category special-forms
  :features (flet defun)
  :forms ((defun sf-greet () 'global)
          (list (sf-greet)
                (flet ((sf-greet () 'local))
                  (sf-greet))
                (sf-greet)))
  :value "(GLOBAL LOCAL GLOBAL)")

(defcase special-forms.flet-closure-over-local
  :category special-forms
  :features (flet let)
  :forms ((let ((base 100))
            (flet ((add (x) (+ base x)))
              (let ((base 0))
                (declare (ignorable base))
                (add 1)))))
  :value "101")

(defcase special-forms.labels-recursive
  :category special-forms
  :features (labels)
  :forms ((labels ((fact (n) (if (<= n 1) 1 (* n (fact (- n 1))))))
            (fact 10)))
  :value "3628800")

(defcase special-forms.labels-mutual
  :category special-forms
  :features (labels)
  :forms ((labels ((ev (n) (if (= n 0) t (od (- n 1))))
                   (od (n) (if (= n 0) nil (ev (- n 1)))))
            (list (ev 10) (od 7) (ev 7))))
  :value "(T T NIL)")

(defcase special-forms.flet-function-object
  :category special-forms
  :features (flet function mapcar)
  :forms ((flet ((inc (x) (+ x 1)))
            (mapcar #'inc '(1 2 3))))
  :value "(2 3 4)")

(defcase special-forms.macrolet-local-macro
  :category special-forms
  :features (macrolet)
  :forms ((macrolet ((twice (form) `(progn ,form ,form)))
            (let ((n 0))
              (twice (incf n))
              n)))
  :value "2")

(defcase special-forms.symbol-macrolet-expands
  :category special-forms
  :features (symbol-macrolet)
  :forms ((let ((cell (list 1 2)))
            (symbol-macrolet ((head (car cell)))
              (setf head 10)
              (list head cell))))
  :value "(10 (10 2))")

(defcase special-forms.block-return-from
  :category special-forms
  :features (block return-from)
  :forms ((block b
            (return-from b 1)
            2))
  :value "1")

(defcase special-forms.block-normal-value
  :category special-forms
  :features (block)
  :forms ((block b 1 2 3))
  :value "3")

(defcase special-forms.block-nil-return
  :category special-forms
  :features (block return)
  :forms ((block nil
            (return 'early)
            'late))
  :value "EARLY")

(defcase special-forms.return-from-no-value
  :category special-forms
  :features (return-from)
  :forms ((block b (return-from b)))
  :value "NIL")

(defcase special-forms.nested-blocks-inner
  :category special-forms
  :features (block return-from)
  :forms ((block outer
            (+ 1 (block inner
                   (return-from inner 10)
                   20))))
  :value "11")

(defcase special-forms.nested-blocks-outer
  :category special-forms
  :features (block return-from)
  :forms ((block outer
            (+ 1 (block inner
                   (return-from outer 10)
                   20))))
  :value "10")

(defcase special-forms.block-lexical-shadowing
  :category special-forms
  :features (block return-from)
  :forms ((block a
            (block a
              (return-from a 1))
            2))
  :value "2")

(defcase special-forms.return-from-multiple-values
  :category special-forms
  :features (return-from multiple-value-list)
  :forms ((multiple-value-list (block b (return-from b (values 1 2 3)))))
  :value "(1 2 3)")

(defcase special-forms.tagbody-returns-nil
  :category special-forms
  :features (tagbody)
  :forms ((tagbody 1 2))
  :value "NIL")

(defcase special-forms.tagbody-go-loop
  :category special-forms
  :features (tagbody go)
  :forms ((let ((i 0) (acc nil))
            (tagbody
             top
               (when (< i 4)
                 (push i acc)
                 (incf i)
                 (go top)))
            acc))
  :value "(3 2 1 0)")

(defcase special-forms.tagbody-go-forward-skips
  :category special-forms
  :features (tagbody go)
  :forms ((let ((acc nil))
            (tagbody
               (push 1 acc)
               (go skip)
               (push 2 acc)
             skip
               (push 3 acc))
            acc))
  :value "(3 1)")

(defcase special-forms.tagbody-integer-tags
  :category special-forms
  :features (tagbody go)
  :forms ((let ((n 0))
            (tagbody
             10 (incf n)
               (if (< n 3) (go 10) (go 20))
             20 (incf n 100))
            n))
  :value "103")

(defcase special-forms.catch-throw-value
  :category special-forms
  :features (catch throw)
  :forms ((catch 'done
            (throw 'done 42)
            'never))
  :value "42")

(defcase special-forms.catch-no-throw
  :category special-forms
  :features (catch)
  :forms ((catch 'tag 1 2 3))
  :value "3")

(defcase special-forms.catch-tag-evaluated
  :category special-forms
  :features (catch throw)
  :forms ((let ((tag (list 'x)))
            (catch tag
              (throw tag 'found))))
  :value "FOUND")

(defcase special-forms.throw-multiple-values
  :category special-forms
  :features (catch throw multiple-value-list)
  :forms ((multiple-value-list (catch 'tag (throw 'tag (values 1 2)))))
  :value "(1 2)")

(defcase special-forms.throw-no-catcher-signals
  :category special-forms
  :features (throw)
  :forms ((throw 'no-such-tag 1))
  :signals control-error)

(defcase special-forms.unwind-protect-normal
  :category special-forms
  :features (unwind-protect)
  :forms ((let ((log nil))
            (list (unwind-protect (progn (push 'body log) 'result)
                    (push 'cleanup log))
                  (reverse log))))
  :value "(RESULT (BODY CLEANUP))")

(defcase special-forms.unwind-protect-on-throw
  :category special-forms
  :features (unwind-protect catch throw)
  :forms ((let ((log nil))
            (catch 'x
              (unwind-protect (throw 'x 1)
                (push 'cleanup log)))
            log))
  :value "(CLEANUP)")

(defcase special-forms.unwind-protect-on-return-from
  :category special-forms
  :features (unwind-protect block return-from)
  :forms ((let ((log nil))
            (list (block b
                    (unwind-protect (return-from b 'out)
                      (push 'cleanup log)))
                  log)))
  :value "(OUT (CLEANUP))")

(defcase special-forms.multiple-value-call-spreads
  :category special-forms
  :features (multiple-value-call)
  :forms ((multiple-value-call #'list (values 1 2) (values) (values 3)))
  :value "(1 2 3)")

(defcase special-forms.multiple-value-prog1-keeps-values
  :category special-forms
  :features (multiple-value-prog1 multiple-value-list)
  :forms ((let ((x 0))
            (list (multiple-value-list (multiple-value-prog1 (values 1 2) (setq x 5))) x)))
  :value "((1 2) 5)")

(defcase special-forms.prog1-returns-first
  :category special-forms
  :features (prog1)
  :forms ((let ((x 1))
            (prog1 x (setq x 2))))
  :value "1")

(defcase special-forms.prog2-returns-second
  :category special-forms
  :features (prog2)
  :forms ((prog2 1 2 3))
  :value "2")

(defcase special-forms.progv-dynamic-binding
  :category special-forms
  :features (progv)
  :forms ((progv '(*pv-a*) '(10)
            (symbol-value '*pv-a*)))
  :value "10")

(defcase special-forms.progv-fewer-values-unbound
  :category special-forms
  :features (progv boundp)
  :forms ((progv '(*pv-b* *pv-c*) '(1)
            (list (symbol-value '*pv-b*) (boundp '*pv-c*))))
  :value "(1 NIL)")

(defcase special-forms.load-time-value
  :category special-forms
  :features (load-time-value)
  :forms ((load-time-value (+ 1 2)))
  :value "3")

(defcase special-forms.and-or-short-circuit
  :category special-forms
  :features (and or)
  :forms ((let ((n 0))
            (list (and nil (incf n)) (or t (incf n)) n)))
  :value "(NIL T 0)")

(defcase special-forms.and-returns-last
  :category special-forms
  :features (and)
  :forms ((list (and) (and 1 2 3) (and 1 nil 3)))
  :value "(T 3 NIL)")

(defcase special-forms.or-returns-first-true
  :category special-forms
  :features (or)
  :forms ((list (or) (or nil 2 3) (or nil nil)))
  :value "(NIL 2 NIL)")

(defcase special-forms.cond-clauses
  :category special-forms
  :features (cond)
  :forms ((let ((x 5))
            (cond ((< x 0) 'neg) ((= x 0) 'zero) (t 'pos))))
  :value "POS")

(defcase special-forms.cond-test-only-clause
  :category special-forms
  :features (cond)
  :forms ((cond (nil 1) (42)))
  :value "42")

(defcase special-forms.cond-no-match
  :category special-forms
  :features (cond)
  :forms ((cond (nil 1)))
  :value "NIL")

(defcase special-forms.when-unless
  :category special-forms
  :features (when unless)
  :forms ((list (when t 1 2) (when nil 1) (unless nil 3) (unless t 4)))
  :value "(2 NIL 3 NIL)")

(defcase special-forms.case-keys
  :category special-forms
  :features (case)
  :forms ((mapcar (lambda (x) (case x (1 'one) ((2 3) 'two-or-three) (otherwise 'other))) '(1 2 3 4)))
  :value "(ONE TWO-OR-THREE TWO-OR-THREE OTHER)")

(defcase special-forms.case-no-otherwise-nil
  :category special-forms
  :features (case)
  :forms ((case 'z (a 1) (b 2)))
  :value "NIL")

(defcase special-forms.ecase-no-match-signals
  :category special-forms
  :features (ecase)
  :forms ((ecase (identity 'z) (a 1) (b 2)))
  :signals type-error)

(defcase special-forms.setf-returns-value
  :category special-forms
  :features (setf)
  :forms ((let (x)
            (setf x 10)))
  :value "10")

(defcase special-forms.incf-decf-delta
  :category special-forms
  :features (incf decf)
  :forms ((let ((x 10))
            (incf x 5)
            (decf x 2)
            (list x (incf x) (decf x 3))))
  :value "(13 14 11)")

(defcase special-forms.go-out-of-lambda
  :category special-forms
  :features (tagbody go funcall lambda)
  :forms ((let ((r nil))
            (tagbody
               (funcall (lambda () (go out)))
               (setq r 'not-reached)
             out
               (setq r 'jumped))
            r))
  :value "JUMPED")
