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

;;; Conditionals and sequencing (CLHS 5.3)

(defcase special-forms.if-empty-list-is-false
  :category special-forms
  :features (if)
  :forms ((list (if '() 'true 'false) (if (list) 'true 'false) (if 0 'true 'false)))
  :value "(FALSE FALSE TRUE)")

(defcase special-forms.if-test-evaluated-once
  :category special-forms
  :features (if)
  :forms ((let ((n 0))
            (list (if (progn (incf n) t) 'yes 'no) n)))
  :value "(YES 1)")

(defcase special-forms.if-branch-values
  :category special-forms
  :features (if)
  :forms ((list (multiple-value-list (if t (values 1 2) 'no))
                (multiple-value-list (if nil 'no (values 3 4)))
                (multiple-value-list (if nil 'no))))
  :value "((1 2) (3 4) (NIL))")

(defcase special-forms.and-or-no-arguments
  :category special-forms
  :features (and or)
  :forms ((list (and) (or)))
  :value "(T NIL)")

(defcase special-forms.and-last-form-values
  :category special-forms
  :features (and)
  :forms ((list (multiple-value-list (and 1 (values 2 3)))
                (multiple-value-list (and nil (values 2 3)))))
  :value "((2 3) (NIL))")

(defcase special-forms.or-values-only-from-last
  :category special-forms
  :features (or)
  :note "CLHS or: only the last form's values are all returned; earlier forms give their primary value"
  :forms ((list (multiple-value-list (or (values 1 2) 3))
                (multiple-value-list (or nil (values 4 5)))
                (multiple-value-list (or (values nil 9) (values)))))
  :value "((1) (4 5) NIL)")

(defcase special-forms.and-stops-at-first-nil
  :category special-forms
  :features (and)
  :forms ((let ((order nil))
            (list (and (progn (push 1 order) t) (progn (push 2 order) nil) (progn (push 3 order) t))
                  (reverse order))))
  :value "(NIL (1 2))")

(defcase special-forms.or-stops-at-first-true
  :category special-forms
  :features (or)
  :forms ((let ((order nil))
            (list (or (progn (push 1 order) nil) (progn (push 2 order) 'two) (progn (push 3 order) 'three))
                  (reverse order))))
  :value "(TWO (1 2))")

(defcase special-forms.cond-body-values
  :category special-forms
  :features (cond)
  :forms ((list (multiple-value-list (cond (nil 1) (t (values 2 3))))
                (multiple-value-list (cond ((values 4 5))))
                (multiple-value-list (cond))))
  :note "a clause with only a test returns the test's primary value"
  :value "((2 3) (4) (NIL))")

(defcase special-forms.cond-body-implicit-progn
  :category special-forms
  :features (cond)
  :forms ((let ((order nil))
            (list (cond ((progn (push 'test order) t) (push 'first order) (push 'second order) 'result))
                  (reverse order))))
  :value "(RESULT (TEST FIRST SECOND))")

(defcase special-forms.cond-later-tests-not-evaluated
  :category special-forms
  :features (cond)
  :forms ((let ((n 0))
            (list (cond ((= 1 1) 'first) ((incf n) 'second)) n)))
  :value "(FIRST 0)")

(defcase special-forms.when-unless-values-and-nil
  :category special-forms
  :features (when unless)
  :forms ((list (multiple-value-list (when t (values 1 2)))
                (when nil 'x)
                (multiple-value-list (unless nil (values 3 4)))
                (unless t 'x)))
  :value "((1 2) NIL (3 4) NIL)")

(defcase special-forms.when-body-in-order
  :category special-forms
  :features (when)
  :forms ((when t (princ "a") (princ "b") 'c))
  :stdout "ab"
  :value "C")

(defcase special-forms.case-keyform-evaluated-once
  :category special-forms
  :features (case)
  :forms ((let ((n 0))
            (list (case (incf n) (0 'zero) (1 'one) (2 'two)) n)))
  :value "(ONE 1)")

(defcase special-forms.case-key-lists-and-otherwise
  :category special-forms
  :features (case)
  :forms ((mapcar (lambda (x) (case x ((1 2 3) 'small) ((a b) 'letter) (otherwise 'other)))
                  '(2 b 99)))
  :value "(SMALL LETTER OTHER)")

(defcase special-forms.case-eql-comparison
  :category special-forms
  :features (case)
  :forms ((list (case #\a (#\a 'char-a) (t 'other))
                (case 1.0 (1 'integer-one) (t 'not-eql))
                (case (copy-seq "s") ("s" 'string) (t 'strings-not-eql))))
  :value "(CHAR-A NOT-EQL STRINGS-NOT-EQL)")

(defcase special-forms.case-nil-key-needs-list
  :category special-forms
  :features (case)
  :forms ((list (case nil ((nil) 'nil-key) (t 'other))
                (case nil (nil 'never-matches) (t 'fell-through))))
  :value "(NIL-KEY FELL-THROUGH)")

(defcase special-forms.case-t-key-list-vs-otherwise
  :category special-forms
  :features (case)
  :forms ((list (case t ((t) 'the-symbol-t) (otherwise 'other))
                (case 'x ((t) 'the-symbol-t) (t 'otherwise-clause))))
  :value "(THE-SYMBOL-T OTHERWISE-CLAUSE)")

(defcase special-forms.case-clause-values
  :category special-forms
  :features (case)
  :forms ((multiple-value-list (case 'b (a 1) (b (values 2 3)))))
  :value "(2 3)")

(defcase special-forms.case-first-matching-clause
  :category special-forms
  :features (case)
  :forms ((case 1 ((1) 'first) ((1 2) 'second)))
  :value "FIRST")

(defcase special-forms.ecase-type-error-datum
  :category special-forms
  :features (ecase type-error)
  :forms ((handler-case (ecase 5 (1 'one) (2 'two))
            (type-error (c) (list (type-error-datum c) (typep 1 (type-error-expected-type c))
                                  (typep 5 (type-error-expected-type c))))))
  :value "(5 T NIL)")

(defcase special-forms.ccase-unhandled-type-error
  :category special-forms
  :features (ccase type-error)
  :forms ((let ((x 'z)) (ccase x (a 1) (b 2))))
  :signals type-error)

(defcase special-forms.ecase-match
  :category special-forms
  :features (ecase)
  :forms ((ecase 'b (a 1) ((b c) 2)))
  :value "2")

(defcase special-forms.progn-values-of-last
  :category special-forms
  :features (progn)
  :forms ((multiple-value-list (progn 1 2 (values 3 4))))
  :value "(3 4)")

(defcase special-forms.prog1-prog2-primary-only
  :category special-forms
  :features (prog1 prog2)
  :forms ((list (multiple-value-list (prog1 (values 1 2) 3))
                (multiple-value-list (prog2 0 (values 1 2) 3))))
  :value "((1) (1))")

(defcase special-forms.prog1-evaluates-rest-after
  :category special-forms
  :features (prog1)
  :forms ((let ((x 1))
            (list (prog1 x (setq x 2) (setq x 3)) x)))
  :value "(1 3)")

(defcase special-forms.prog2-order
  :category special-forms
  :features (prog2)
  :forms ((let ((order nil))
            (list (prog2 (push 'a order) (progn (push 'b order) 'second) (push 'c order))
                  (reverse order))))
  :value "(SECOND (A B C))")

;;; let, let*, flet, labels, function

(defcase special-forms.let-variable-without-init-forms
  :category special-forms
  :features (let)
  :forms ((let (a (b) (c 3)) (list a b c)))
  :value "(NIL NIL 3)")

(defcase special-forms.let-declarations-before-body
  :category special-forms
  :features (let declare)
  :forms ((let ((x 1) (y 2))
            (declare (fixnum x) (ignorable y))
            (declare (type integer y))
            (+ x y)))
  :value "3")

(defcase special-forms.let-star-body-values
  :category special-forms
  :features (let*)
  :forms ((multiple-value-list (let* ((a 1) (b (+ a 1))) (values a b))))
  :value "(1 2)")

(defcase special-forms.flet-implicit-block
  :category special-forms
  :features (flet return-from)
  :forms ((flet ((early (x) (when (> x 0) (return-from early 'positive)) 'not-positive))
            (list (early 1) (early -1))))
  :value "(POSITIVE NOT-POSITIVE)")

(defcase special-forms.flet-functions-do-not-see-each-other
  :category special-forms
  :features (flet)
  :forms ((defun helper () 'global-helper)
          (flet ((helper () 'local-helper)
                 (caller () (helper)))
            (list (helper) (caller))))
  :value "(LOCAL-HELPER GLOBAL-HELPER)")

(defcase special-forms.labels-functions-see-each-other
  :category special-forms
  :features (labels)
  :forms ((defun helper2 () 'global-helper)
          (labels ((helper2 () 'local-helper)
                   (caller () (helper2)))
            (caller)))
  :value "LOCAL-HELPER")

(defcase special-forms.flet-lambda-list-keywords
  :category special-forms
  :features (flet &optional &key &rest)
  :forms ((flet ((f (a &optional (b 2) &rest r &key (c 3) &allow-other-keys) (list a b r c)))
            (list (f 1) (f 1 0 :c 9 :d 4))))
  :value "((1 2 NIL 3) (1 0 (:C 9 :D 4) 9))")

(defcase special-forms.flet-declarations-and-docstring
  :category special-forms
  :features (flet)
  :forms ((flet ((documented (x) "Adds one." (declare (type integer x)) (1+ x)))
            (documented 1)))
  :value "2")

(defcase special-forms.labels-implicit-block
  :category special-forms
  :features (labels return-from)
  :forms ((labels ((find-first-even (l)
                     (dolist (x l) (when (evenp x) (return-from find-first-even x)))
                     'none))
            (list (find-first-even '(1 3 4 5)) (find-first-even '(1 3)))))
  :value "(4 NONE)")

(defcase special-forms.labels-function-object-is-recursive
  :category special-forms
  :features (labels function)
  :forms ((labels ((count-down (n) (if (= n 0) '(done) (cons n (funcall #'count-down (1- n))))))
            (count-down 3)))
  :value "(3 2 1 DONE)")

(defcase special-forms.flet-body-values
  :category special-forms
  :features (flet)
  :forms ((multiple-value-list (flet ((two () (values 1 2))) (two))))
  :value "(1 2)")

(defcase special-forms.function-of-flet-name
  :category special-forms
  :features (function flet)
  :forms ((defun shadowed-op (x) (list 'global x))
          (flet ((shadowed-op (x) (list 'local x)))
            (list (funcall #'shadowed-op 1) (funcall 'shadowed-op 2))))
  :note "#'name refers to the local function; the symbol designates the global one"
  :value "((LOCAL 1) (GLOBAL 2))")

(defcase special-forms.function-lambda-closure
  :category special-forms
  :features (function)
  :forms ((let ((n 10))
            (funcall (function (lambda (x) (+ x n))) 5)))
  :value "15")

;;; block, return-from, tagbody, go, catch, throw, unwind-protect, progv, setq

(defcase special-forms.block-body-values
  :category special-forms
  :features (block)
  :forms ((multiple-value-list (block b 1 (values 2 3))))
  :value "(2 3)")

(defcase special-forms.block-empty-body
  :category special-forms
  :features (block)
  :forms ((block empty))
  :value "NIL")

(defcase special-forms.return-from-skips-rest
  :category special-forms
  :features (block return-from)
  :forms ((let ((order nil))
            (list (block b (push 1 order) (return-from b 'out) (push 2 order))
                  order)))
  :value "(OUT (1))")

(defcase special-forms.return-no-value-nil
  :category special-forms
  :features (return block)
  :forms ((multiple-value-list (block nil (return) 'not-reached)))
  :value "(NIL)")

(defcase special-forms.return-values
  :category special-forms
  :features (return block)
  :forms ((multiple-value-list (block nil (return (values 1 2 3)))))
  :value "(1 2 3)")

(defcase special-forms.tagbody-non-tag-forms-evaluated
  :category special-forms
  :features (tagbody)
  :forms ((let ((order nil))
            (list (tagbody (push 'a order) tag1 (push 'b order) 99 (push 'c order))
                  (reverse order))))
  :value "(NIL (A B C))")

(defcase special-forms.tagbody-empty
  :category special-forms
  :features (tagbody)
  :forms ((tagbody))
  :value "NIL")

(defcase special-forms.go-to-outer-tagbody
  :category special-forms
  :features (tagbody go)
  :forms ((let ((order nil))
            (tagbody
               (tagbody
                  (push 'inner order)
                  (go outer-end)
                  (push 'never order))
               (push 'never-either order)
             outer-end
               (push 'end order))
            (reverse order)))
  :value "(INNER END)")

(defcase special-forms.go-innermost-tag-of-same-name
  :category special-forms
  :features (tagbody go)
  :forms ((let ((order nil))
            (tagbody
               (tagbody (go x) (push 'skipped order) x (push 'inner-x order))
               (go done)
             x (push 'outer-x order)
             done)
            order))
  :value "(INNER-X)")

(defcase special-forms.catch-body-values
  :category special-forms
  :features (catch)
  :forms ((multiple-value-list (catch 'tag 1 (values 2 3))))
  :value "(2 3)")

(defcase special-forms.catch-tag-any-object-eq
  :category special-forms
  :features (catch throw)
  :forms ((let ((tag (list 'unique)))
            (catch tag (throw tag 'caught-by-object))))
  :value "CAUGHT-BY-OBJECT")

(defcase special-forms.throw-tag-then-result-order
  :category special-forms
  :features (catch throw)
  :forms ((let ((order nil))
            (list (catch 'k (throw (progn (push 'tag order) 'k) (progn (push 'result order) 'v)))
                  (reverse order))))
  :value "(V (TAG RESULT))")

(defcase special-forms.unwind-protect-cleanup-values-discarded
  :category special-forms
  :features (unwind-protect)
  :forms ((multiple-value-list (unwind-protect (values 1 2) 'cleanup-value (values 3 4))))
  :value "(1 2)")

(defcase special-forms.unwind-protect-cleanup-runs-after-protected
  :category special-forms
  :features (unwind-protect)
  :forms ((let ((order nil))
            (unwind-protect (push 'protected order) (push 'cleanup1 order) (push 'cleanup2 order))
            (reverse order)))
  :value "(PROTECTED CLEANUP1 CLEANUP2)")

(defcase special-forms.progv-computed-symbols-and-values
  :category special-forms
  :features (progv)
  :forms ((defvar *pa* 0)
          (defvar *pb* 0)
          (defun read-pa-pb () (list *pa* *pb*))
          (list (progv (list '*pa* '*pb*) (list (+ 1 1) (* 3 3)) (read-pa-pb)) (read-pa-pb)))
  :value "((2 9) (0 0))")

(defcase special-forms.progv-body-values
  :category special-forms
  :features (progv)
  :forms ((multiple-value-list (progv '() '() (values 'a 'b))))
  :value "(A B)")

(defcase special-forms.progv-restored-after-throw
  :category special-forms
  :features (progv catch throw)
  :forms ((defvar *pc* 'global)
          (catch 'out (progv '(*pc*) '(bound) (throw 'out nil)))
          *pc*)
  :value "GLOBAL")

(defcase special-forms.setq-special-and-lexical
  :category special-forms
  :features (setq)
  :forms ((defvar *sq* 1)
          (let ((lex 1))
            (setq *sq* 10 lex (+ *sq* 1))
            (list *sq* lex)))
  :value "(10 11)")

(defcase special-forms.quote-nested-prints
  :category special-forms
  :features (quote)
  :forms ((list (quote (quote x)) ''nil (quote #(1 2)) (car ''y)))
  :value "((QUOTE X) (QUOTE NIL) #(1 2) QUOTE)")

;;; multiple-value-call, multiple-value-prog1, the, locally, load-time-value, eval-when

(defcase special-forms.multiple-value-call-several-forms
  :category special-forms
  :features (multiple-value-call)
  :forms ((multiple-value-call #'list (values 1 2) 3 (values) (values 4 5)))
  :value "(1 2 3 4 5)")

(defcase special-forms.multiple-value-call-no-forms
  :category special-forms
  :features (multiple-value-call)
  :forms ((multiple-value-call #'list))
  :value "NIL")

(defcase special-forms.multiple-value-call-order
  :category special-forms
  :features (multiple-value-call)
  :forms ((let ((order nil))
            (multiple-value-call (progn (push 'function order) #'list)
              (progn (push 'first order) (values 1 2))
              (progn (push 'second order) 3))
            (reverse order)))
  :value "(FUNCTION FIRST SECOND)")

(defcase special-forms.multiple-value-call-function-values
  :category special-forms
  :features (multiple-value-call)
  :forms ((multiple-value-list (multiple-value-call #'values (floor 7 2) (values 'x))))
  :value "(3 1 X)")

(defcase special-forms.multiple-value-call-symbol-designator
  :category special-forms
  :features (multiple-value-call)
  :forms ((multiple-value-call '+ (values 1 2) (values 3 4)))
  :value "10")

(defcase special-forms.multiple-value-prog1-order-and-values
  :category special-forms
  :features (multiple-value-prog1)
  :forms ((let ((x 1))
            (list (multiple-value-list (multiple-value-prog1 (values x (* x 10)) (setq x 5) (values 8 9)))
                  x)))
  :value "((1 10) 5)")

(defcase special-forms.multiple-value-prog1-no-values
  :category special-forms
  :features (multiple-value-prog1)
  :forms ((multiple-value-list (multiple-value-prog1 (values) 1)))
  :value "NIL")

(defcase special-forms.locally-top-level-forms
  :category special-forms
  :features (locally)
  :forms ((locally (defun from-locally () 'defined))
          (from-locally))
  :value "DEFINED")

(defcase special-forms.load-time-value-read-only-argument
  :category special-forms
  :features (load-time-value)
  :forms ((defun ltv-read-only () (load-time-value (+ 1 2) t))
          (list (ltv-read-only) (ltv-read-only)))
  :value "(3 3)")

(defcase special-forms.eval-when-non-top-level-execute-only
  :category special-forms
  :features (eval-when)
  :forms ((let ((order nil))
            (eval-when (:execute) (push 'execute order))
            (eval-when (:load-toplevel) (push 'load order))
            order))
  :value "(EXECUTE)")
