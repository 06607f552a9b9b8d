;;;; corpus/forms/macros.lisp — macros and backquote (CLHS 3.1.2.1.2.2, 2.4.6, 8). Expectations: SBCL 2.2.9.

(defcase macros.defmacro-returns-name
  :category macros
  :features (defmacro)
  :forms ((defmacro mc-noop () nil))
  :value "MC-NOOP")

(defcase macros.defmacro-simple-use
  :category macros
  :features (defmacro)
  :forms ((defmacro mc-square (x) `(* ,x ,x))
          (mc-square 7))
  :value "49")

(defcase macros.defmacro-unless-like
  :category macros
  :features (defmacro)
  :forms ((defmacro mc-my-unless (test &body body) `(if ,test nil (progn ,@body)))
          (list (mc-my-unless nil 1 2) (mc-my-unless t 1 2)))
  :value "(2 NIL)")

(defcase macros.macro-args-unevaluated
  :category macros
  :features (defmacro)
  :forms ((defmacro mc-quote-it (x) `',x)
          (mc-quote-it (this is not evaluated)))
  :value "(THIS IS NOT EVALUATED)")

(defcase macros.macroexpand-1-result
  :category macros
  :features (defmacro macroexpand-1)
  :forms ((defmacro mc-inc (place) `(setq ,place (+ ,place 1)))
          (macroexpand-1 '(mc-inc x)))
  :value "(SETQ X (+ X 1))")

(defcase macros.macroexpand-1-second-value
  :category macros
  :features (macroexpand-1 multiple-value-list)
  :forms ((defmacro mc-id (x) x)
          (list (nth-value 1 (macroexpand-1 '(mc-id 5))) (nth-value 1 (macroexpand-1 '(not-a-macro 5)))))
  :value "(T NIL)")

(defcase macros.macroexpand-full
  :category macros
  :features (defmacro macroexpand)
  :forms ((defmacro mc-a (x) `(mc-b ,x))
          (defmacro mc-b (x) `(list ,x))
          (macroexpand '(mc-a 1)))
  :value "(LIST 1)")

(defcase macros.backquote-simple
  :category macros
  :features (quasiquote)
  :forms ((let ((x 1))
            `(a ,x c)))
  :value "(A 1 C)")

(defcase macros.backquote-splice
  :category macros
  :features (quasiquote)
  :forms ((let ((xs '(1 2 3)))
            `(start ,@xs end)))
  :value "(START 1 2 3 END)")

(defcase macros.backquote-splice-empty
  :category macros
  :features (quasiquote)
  :forms ((let ((xs nil))
            `(a ,@xs b)))
  :value "(A B)")

(defcase macros.backquote-splice-at-end-dotted
  :category macros
  :features (quasiquote)
  :forms ((let ((xs '(2 3)))
            `(1 . ,xs)))
  :value "(1 2 3)")

(defcase macros.backquote-nested-lists
  :category macros
  :features (quasiquote)
  :forms ((let ((a 1) (b 2))
            `((,a . ,b) (,b ,a))))
  :value "((1 . 2) (2 1))")

(defcase macros.backquote-vector
  :category macros
  :features (quasiquote)
  :forms ((let ((x 5))
            `#(1 ,x)))
  :value "#(1 5)")

(defcase macros.backquote-no-unquote
  :category macros
  :features (quasiquote)
  :forms (`(a b (c d)))
  :value "(A B (C D))")

(defcase macros.backquote-nested-levels
  :category macros
  :features (quasiquote eval)
  :forms ((let ((x 'outer))
            (let ((form `(let ((x 'inner)) `(,x ,',x))))
              (eval form))))
  :value "(INNER OUTER)")

(defcase macros.backquote-splice-multiple
  :category macros
  :features (quasiquote)
  :forms ((let ((a '(1 2)) (b '(3 4)))
            `(,@a ,@b)))
  :value "(1 2 3 4)")

(defcase macros.backquote-unquote-expression
  :category macros
  :features (quasiquote)
  :forms (`(sum ,(+ 1 2) product ,(* 2 3)))
  :value "(SUM 3 PRODUCT 6)")

(defcase macros.macro-with-body-and-destructuring
  :category macros
  :features (defmacro)
  :forms ((defmacro mc-with-pair ((a b) pair &body body)
            `(destructuring-bind (,a ,b) ,pair ,@body))
          (mc-with-pair (x y) (list 3 4) (* x y)))
  :value "12")

(defcase macros.macro-optional-args
  :category macros
  :features (defmacro)
  :forms ((defmacro mc-opt (a &optional (b 10)) `(+ ,a ,b))
          (list (mc-opt 1) (mc-opt 1 2)))
  :value "(11 3)")

(defcase macros.macro-key-args
  :category macros
  :features (defmacro)
  :forms ((defmacro mc-key (&key (op '+) (args '(1 2))) `(,op ,@args))
          (list (mc-key) (mc-key :op * :args (3 4))))
  :value "(3 12)")

(defcase macros.macro-whole
  :category macros
  :features (defmacro &whole)
  :forms ((defmacro mc-whole (&whole form a) (declare (ignore a)) `',form)
          (mc-whole 42))
  :value "(MC-WHOLE 42)")

(defcase macros.gensym-hygiene-swap
  :category macros
  :features (defmacro gensym)
  :forms ((defmacro mc-swap (a b)
            (let ((tmp (gensym)))
              `(let ((,tmp ,a)) (setq ,a ,b ,b ,tmp))))
          (let ((tmp 1) (other 2))
            (mc-swap tmp other)
            (list tmp other)))
  :value "(2 1)")

(defcase macros.gensym-single-evaluation
  :category macros
  :features (defmacro gensym)
  :forms ((defmacro mc-twice-value (form)
            (let ((v (gensym)))
              `(let ((,v ,form)) (+ ,v ,v))))
          (let ((n 0))
            (list (mc-twice-value (incf n)) n)))
  :value "(2 1)")

(defcase macros.unhygienic-capture-demo
  :category macros
  :features (defmacro)
  :forms ((defmacro mc-bad-swap (a b) `(let ((tmp ,a)) (setq ,a ,b ,b tmp)))
          (let ((x 1) (y 2))
            (mc-bad-swap x y)
            (list x y)))
  :value "(2 1)")

(defcase macros.macro-recursive-expansion
  :category macros
  :features (defmacro)
  :forms ((defmacro mc-my-and (&rest forms)
            (cond ((null forms) t)
                  ((null (cdr forms)) (car forms))
                  (t `(if ,(car forms) (mc-my-and ,@(cdr forms)) nil))))
          (list (mc-my-and) (mc-my-and 1 2 3) (mc-my-and 1 nil 3)))
  :value "(T 3 NIL)")

(defcase macros.macro-generating-defun
  :category macros
  :features (defmacro defun)
  :forms ((defmacro mc-defconst-fn (name value) `(defun ,name () ,value))
          (mc-defconst-fn mc-forty-two 42)
          (mc-forty-two))
  :value "42")

(defcase macros.macro-while-loop
  :category macros
  :features (defmacro)
  :forms ((defmacro mc-while (test &body body) `(loop (unless ,test (return)) ,@body))
          (let ((i 0) (acc nil))
            (mc-while (< i 3) (push i acc) (incf i))
            acc))
  :value "(2 1 0)")

(defcase macros.macrolet-basic
  :category macros
  :features (macrolet)
  :forms ((macrolet ((add1 (x) `(+ ,x 1)))
            (add1 (add1 5))))
  :value "7")

(defcase macros.macrolet-shadows-global-macro
  :category macros
  :features (macrolet defmacro)
  :forms ((defmacro mc-shadowed () ''global)
          (list (mc-shadowed) (macrolet ((mc-shadowed () ''local)) (mc-shadowed))))
  :value "(GLOBAL LOCAL)")

(defcase macros.macrolet-shadows-function
  :category macros
  :features (macrolet flet)
  :forms ((flet ((f () 'function))
            (macrolet ((f () ''macro))
              (f))))
  :value "MACRO")

(defcase macros.symbol-macrolet-basic
  :category macros
  :features (symbol-macrolet)
  :forms ((symbol-macrolet ((x (+ 1 2)))
            (* x 10)))
  :value "30")

(defcase macros.define-symbol-macro
  :category macros
  :features (define-symbol-macro)
  :forms ((defvar *mc-store* (list 1 2 3))
          (define-symbol-macro mc-head (car *mc-store*))
          (setf mc-head 100)
          *mc-store*)
  :value "(100 2 3)")

(defcase macros.macro-function-exists
  :category macros
  :features (defmacro macro-function)
  :forms ((defmacro mc-exists () nil)
          (list (not (null (macro-function 'mc-exists))) (macro-function 'car)))
  :value "(T NIL)")

(defcase macros.macroexpand-non-macro
  :category macros
  :features (macroexpand multiple-value-list)
  :forms ((multiple-value-list (macroexpand '(+ 1 2))))
  :value "((+ 1 2) NIL)")

(defcase macros.macro-expanding-to-macro
  :category macros
  :features (defmacro)
  :forms ((defmacro mc-unless-zero (x &body body) `(when (/= ,x 0) ,@body))
          (list (mc-unless-zero 1 'yes) (mc-unless-zero 0 'yes)))
  :value "(YES NIL)")

(defcase macros.macro-defining-macro
  :category macros
  :features (defmacro)
  :forms ((defmacro mc-def-adder (name n) `(defmacro ,name (x) `(+ ,x ,,n)))
          (mc-def-adder mc-add5 5)
          (mc-add5 10))
  :value "15")

(defcase macros.macro-with-progn-side-effects
  :category macros
  :features (defmacro)
  :forms ((defmacro mc-log-and-do (log form) `(progn (push ',form ,log) ,form))
          (let ((log nil))
            (list (mc-log-and-do log (+ 1 2)) log)))
  :value "(3 ((+ 1 2)))")

(defcase macros.macro-destructuring-nested
  :category macros
  :features (defmacro)
  :forms ((defmacro mc-nested ((a (b c)) d) `(list ,a ,b ,c ,d))
          (mc-nested (1 (2 3)) 4))
  :value "(1 2 3 4)")

(defcase macros.macro-rest-vs-body
  :category macros
  :features (defmacro)
  :forms ((defmacro mc-rest (&rest r) `(list ,@r))
          (mc-rest 1 (+ 1 1) 3))
  :value "(1 2 3)")

(defcase macros.macro-env-independent-expansion-time
  :category macros
  :features (defmacro)
  :forms ((defvar *mc-count* 0)
          (defmacro mc-count-expansions () (incf *mc-count*) nil)
          (defun mc-user () (mc-count-expansions))
          (mc-user)
          (mc-user)
          (<= 1 *mc-count* 2))
  :value "T")

(defcase macros.backquote-in-function
  :category macros
  :features (defun quasiquote)
  :forms ((defun mc-make-form (op args) `(,op ,@args))
          (eval (mc-make-form '+ '(1 2 3))))
  :value "6")

(defcase macros.backquote-fresh-copy-spliced
  :category macros
  :features (quasiquote)
  :forms ((let* ((tail (list 2 3))
                 (new `(1 ,@tail 4)))
            (setf (second new) 'changed)
            tail))
  :value "(2 3)")

(defcase macros.incf-is-a-macro
  :category macros
  :features (macroexpand-1 macro-function)
  :forms ((not (null (macro-function 'incf))))
  :value "T")

(defcase macros.push-macroexpansion-works
  :category macros
  :features (push macroexpand)
  :forms ((let ((l nil))
            (push 1 l)
            (push 2 l)
            l))
  :value "(2 1)")

(defcase macros.define-modify-macro
  :category macros
  :features (define-modify-macro)
  :forms ((define-modify-macro mc-appendf (&rest lists) append)
          (let ((l (list 1)))
            (mc-appendf l '(2 3) '(4))
            l))
  :value "(1 2 3 4)")

(defcase macros.defsetf-short
  :category macros
  :features (defsetf)
  :forms ((defun mc-get-first (l) (car l))
          (defun mc-set-first (l v) (setf (car l) v))
          (defsetf mc-get-first mc-set-first)
          (let ((l (list 1 2)))
            (setf (mc-get-first l) 'new)
            l))
  :value "(NEW 2)")

(defcase macros.macro-expansion-with-declare
  :category macros
  :features (defmacro)
  :forms ((defmacro mc-let1 (var val &body body) `(let ((,var ,val)) (declare (ignorable ,var)) ,@body))
          (mc-let1 z 10 (* z z)))
  :value "100")

(defcase macros.macro-cond-dispatch
  :category macros
  :features (defmacro)
  :forms ((defmacro mc-sign-case (x neg zero pos)
            (let ((v (gensym)))
              `(let ((,v ,x)) (cond ((< ,v 0) ,neg) ((= ,v 0) ,zero) (t ,pos)))))
          (mapcar (lambda (n) (mc-sign-case n 'neg 'zero 'pos)) '(-1 0 1)))
  :value "(NEG ZERO POS)")

(defcase macros.compiler-macro-independent-of-result
  :category macros
  :features (define-compiler-macro)
  :forms ((defun mc-cm (x) (* x 2))
          (define-compiler-macro mc-cm (x) `(* ,x 2))
          (mc-cm 21))
  :value "42")

(defcase macros.macroexpand-1-of-when
  :category macros
  :features (macroexpand-1 when)
  :forms ((eval (macroexpand-1 '(when t 'expanded))))
  :value "EXPANDED")

(defcase macros.macro-with-loop-collect
  :category macros
  :features (defmacro loop)
  :forms ((defmacro mc-collect-squares (n) `(loop for i from 1 to ,n collect (* i i)))
          (mc-collect-squares 4))
  :value "(1 4 9 16)")

(defcase macros.macro-wrong-arg-count-signals
  :category macros
  :features (defmacro eval)
  :forms ((defmacro mc-two-args (a b) `(list ,a ,b))
          (eval '(mc-two-args 1)))
  :signals error)

;;; macro-function, macroexpand, macroexpand-1, *macroexpand-hook* (CLHS 3.8)

(defcase macros.macro-function-nil-for-function
  :category macros
  :features (macro-function)
  :forms ((defun plain-fn () nil)
          (list (macro-function 'plain-fn) (macro-function 'car) (macro-function 'never-defined-op)))
  :value "(NIL NIL NIL)")

(defcase macros.macro-function-of-standard-macros
  :category macros
  :features (macro-function)
  :forms ((list (functionp (macro-function 'when)) (functionp (macro-function 'defun))
                (functionp (macro-function 'loop))))
  :value "(T T T)")

(defcase macros.macro-function-call-expander
  :category macros
  :features (macro-function defmacro)
  :forms ((defmacro twice-list (x) `(list ,x ,x))
          (funcall (macro-function 'twice-list) '(twice-list (f 1)) nil))
  :value "(LIST (F 1) (F 1))")

(defcase macros.setf-macro-function-defines-macro
  :category macros
  :features (macro-function setf eval)
  :forms ((setf (macro-function 'quote-rest)
                (lambda (form env) (declare (ignore env)) `(quote ,(cdr form))))
          (list (eval '(quote-rest a b c)) (functionp (macro-function 'quote-rest))))
  :value "((A B C) T)")

(defcase macros.macro-function-with-local-environment
  :category macros
  :features (macro-function macrolet &environment)
  :forms ((defmacro local-macro-p (name &environment env)
            (if (macro-function name env) ''local-macro ''not-a-macro))
          (list (macrolet ((inner () 1)) (local-macro-p inner))
                (local-macro-p inner)))
  :value "(LOCAL-MACRO NOT-A-MACRO)")

(defcase macros.macro-function-flet-shadows-in-environment
  :category macros
  :features (macro-function flet &environment)
  :forms ((defmacro global-m () ''global)
          (defmacro macro-here-p (name &environment env)
            (if (macro-function name env) ''macro ''shadowed))
          (list (macro-here-p global-m)
                (flet ((global-m () 'fn)) (macro-here-p global-m))))
  :value "(MACRO SHADOWED)")

(defcase macros.macroexpand-1-two-values-expanded
  :category macros
  :features (macroexpand-1)
  :forms ((defmacro step-one () '(step-two))
          (defmacro step-two () 3)
          (multiple-value-list (macroexpand-1 '(step-one))))
  :value "((STEP-TWO) T)")

(defcase macros.macroexpand-repeats-until-not-macro
  :category macros
  :features (macroexpand)
  :forms ((defmacro step-a () '(step-b))
          (defmacro step-b () '(+ 1 2))
          (multiple-value-list (macroexpand '(step-a))))
  :value "((+ 1 2) T)")

(defcase macros.macroexpand-not-macro-second-nil
  :category macros
  :features (macroexpand macroexpand-1)
  :forms ((list (multiple-value-list (macroexpand '(+ 1 2)))
                (multiple-value-list (macroexpand-1 'plain-symbol))
                (multiple-value-list (macroexpand 42))))
  :value "(((+ 1 2) NIL) (PLAIN-SYMBOL NIL) (42 NIL))")

(defcase macros.macroexpand-does-not-expand-subforms
  :category macros
  :features (macroexpand)
  :forms ((defmacro inner-m () ''x)
          (multiple-value-list (macroexpand '(list (inner-m)))))
  :value "((LIST (INNER-M)) NIL)")

(defcase macros.macroexpand-global-symbol-macro
  :category macros
  :features (macroexpand define-symbol-macro)
  :forms ((define-symbol-macro global-head (car some-list))
          (multiple-value-list (macroexpand 'global-head)))
  :value "((CAR SOME-LIST) T)")

(defcase macros.macroexpand-1-local-macro-via-environment
  :category macros
  :features (macroexpand-1 macrolet &environment)
  :forms ((defmacro expansion-of (form &environment env)
            `(quote ,(macroexpand-1 form env)))
          (macrolet ((add-one (x) `(+ ,x 1)))
            (expansion-of (add-one 5))))
  :value "(+ 5 1)")

(defcase macros.macroexpand-1-local-symbol-macro-via-environment
  :category macros
  :features (macroexpand-1 symbol-macrolet &environment)
  :forms ((defmacro expansion-and-flag (form &environment env)
            `(quote ,(multiple-value-list (macroexpand-1 form env))))
          (symbol-macrolet ((head (car z)))
            (expansion-and-flag head)))
  :value "((CAR Z) T)")

(defcase macros.macroexpand-without-environment-misses-local
  :category macros
  :features (macroexpand-1 macrolet)
  :forms ((defmacro expansion-null-env (form)
            `(quote ,(multiple-value-list (macroexpand-1 form))))
          (macrolet ((only-local () 1))
            (expansion-null-env (only-local))))
  :value "((ONLY-LOCAL) NIL)")

(defcase macros.macroexpand-local-shadows-global
  :category macros
  :features (macroexpand macrolet &environment)
  :forms ((defmacro shadowed-m () ''global-expansion)
          (defmacro full-expansion (form &environment env) `(quote ,(macroexpand form env)))
          (list (full-expansion (shadowed-m))
                (macrolet ((shadowed-m () ''local-expansion)) (full-expansion (shadowed-m)))))
  :value "((QUOTE GLOBAL-EXPANSION) (QUOTE LOCAL-EXPANSION))")

(defcase macros.macroexpand-hook-called
  :category macros
  :features (*macroexpand-hook* macroexpand-1)
  :forms ((defmacro hooked-m (x) `(* ,x 2))
          (let ((*macroexpand-hook* (lambda (expander form env)
                                      (list 'via-hook (funcall expander form env)))))
            (macroexpand-1 '(hooked-m 3))))
  :value "(VIA-HOOK (* 3 2))")

(defcase macros.macroexpand-hook-receives-macro-function
  :category macros
  :features (*macroexpand-hook* macro-function)
  :forms ((defmacro probed-m () 1)
          (let* ((seen nil)
                 (*macroexpand-hook* (lambda (expander form env)
                                       (setq seen (eq expander (macro-function 'probed-m)))
                                       (funcall expander form env))))
            (macroexpand-1 '(probed-m))
            seen))
  :value "T")

;;; defmacro lambda lists (CLHS 3.4.4)

(defcase macros.defmacro-whole-and-params
  :category macros
  :features (defmacro &whole)
  :forms ((defmacro show-whole (&whole form a b) `(quote (,form ,a ,b)))
          (show-whole 1 2))
  :value "((SHOW-WHOLE 1 2) 1 2)")

(defcase macros.defmacro-whole-in-nested-pattern
  :category macros
  :features (defmacro &whole)
  :forms ((defmacro nested-whole ((&whole inner x y) z) `(quote (,inner ,x ,y ,z)))
          (nested-whole (1 2) 3))
  :value "((1 2) 1 2 3)")

(defcase macros.defmacro-body-equals-rest
  :category macros
  :features (defmacro &body)
  :forms ((defmacro with-body (name &body body) `(list ',name ,@body))
          (with-body tag 1 (+ 1 1) 3))
  :value "(TAG 1 2 3)")

(defcase macros.defmacro-optional-supplied-p
  :category macros
  :features (defmacro &optional)
  :forms ((defmacro opt-m (&optional (x 10 x-p)) `(list ,x ',x-p))
          (list (opt-m) (opt-m 5)))
  :value "((10 NIL) (5 T))")

(defcase macros.defmacro-key-supplied-p
  :category macros
  :features (defmacro &key)
  :forms ((defmacro key-m (&key (size 1 size-p) name) `(list ,size ',size-p ',name))
          (list (key-m) (key-m :name n :size 3)))
  :value "((1 NIL NIL) (3 T N))")

(defcase macros.defmacro-dotted-lambda-list
  :category macros
  :features (defmacro)
  :forms ((defmacro dotted-m (a . rest) `(quote (,a ,rest)))
          (dotted-m 1 2 3))
  :value "(1 (2 3))")

(defcase macros.defmacro-destructuring-optional-pattern
  :category macros
  :features (defmacro &optional)
  :forms ((defmacro range-m ((&optional (from 0) (to 10))) `(list ,from ,to))
          (list (range-m ()) (range-m (3)) (range-m (3 4))))
  :value "((0 10) (3 10) (3 4))")

(defcase macros.defmacro-environment-any-position
  :category macros
  :features (defmacro &environment)
  :forms ((defmacro env-first (&environment env x) (declare (ignore env)) `(list ,x))
          (defmacro env-last (x &environment env) (declare (ignore env)) `(list ,x))
          (append (env-first 1) (env-last 2)))
  :value "(1 2)")

(defcase macros.defmacro-aux
  :category macros
  :features (defmacro &aux)
  :forms ((defmacro aux-m (x &aux (doubled (* 2 x))) doubled)
          (aux-m 21))
  :value "42")

(defcase macros.defmacro-docstring-and-declare
  :category macros
  :features (defmacro)
  :forms ((defmacro doc-m (x)
            "Doubles X."
            (declare (ignorable x))
            `(* 2 ,x))
          (doc-m 4))
  :value "8")

(defcase macros.defmacro-key-allow-other-keys
  :category macros
  :features (defmacro &key &allow-other-keys)
  :forms ((defmacro lenient-m (&key a &allow-other-keys) `(quote ,a))
          (lenient-m :b 2 :a 1))
  :value "1")

(defcase macros.defmacro-wrong-shape-signals
  :category macros
  :features (defmacro)
  :forms ((defmacro two-args-m (a b) `(list ,a ,b))
          (macroexpand '(two-args-m 1)))
  :signals error)

(defcase macros.defmacro-redefinition-used
  :category macros
  :features (defmacro eval)
  :forms ((defmacro version-m () ''first)
          (defmacro version-m () ''second)
          (eval '(version-m)))
  :value "SECOND")

;;; macrolet, symbol-macrolet, define-symbol-macro

(defcase macros.macrolet-returns-body-values
  :category macros
  :features (macrolet)
  :forms ((multiple-value-list (macrolet ((m () '(values 1 2))) (m))))
  :value "(1 2)")

(defcase macros.macrolet-expander-uses-global-function
  :category macros
  :features (macrolet)
  :forms ((eval-when (:compile-toplevel :load-toplevel :execute)
            (defun make-adder-form (n) `(lambda (x) (+ x ,n))))
          (macrolet ((adder (n) (make-adder-form n)))
            (funcall (adder 10) 5)))
  :value "15")

(defcase macros.macrolet-nested-uses-outer-macro
  :category macros
  :features (macrolet)
  :forms ((macrolet ((base (x) `(* ,x 10)))
            (macrolet ((derived (x) `(+ (base ,x) 1)))
              (derived 4))))
  :value "41")

(defcase macros.macrolet-recursive-expansion
  :category macros
  :features (macrolet)
  :forms ((macrolet ((my-list (&rest xs) (if xs `(cons ,(car xs) (my-list ,@(cdr xs))) nil)))
            (my-list 1 2 3)))
  :value "(1 2 3)")

(defcase macros.macrolet-declarations
  :category macros
  :features (macrolet)
  :forms ((let ((x 1))
            (macrolet ((get-x () 'x))
              (declare (type integer x))
              (get-x))))
  :value "1")

(defcase macros.macrolet-shadowed-by-flet
  :category macros
  :features (macrolet flet)
  :forms ((macrolet ((which () ''macro))
            (flet ((which () 'function))
              (which))))
  :value "FUNCTION")

(defcase macros.symbol-macrolet-reexpanded-each-reference
  :category macros
  :features (symbol-macrolet)
  :forms ((let ((n 0))
            (symbol-macrolet ((next (incf n)))
              (list next next next))))
  :value "(1 2 3)")

(defcase macros.symbol-macrolet-type-declaration
  :category macros
  :features (symbol-macrolet)
  :forms ((let ((c (list 41)))
            (symbol-macrolet ((item (car c)))
              (declare (type integer item))
              (+ item 1))))
  :value "42")

(defcase macros.symbol-macrolet-special-declaration-signals
  :category macros
  :features (symbol-macrolet program-error)
  :note "CLHS symbol-macrolet: a special declaration of a symbol it binds signals program-error"
  :forms ((eval '(symbol-macrolet ((sx 1)) (declare (special sx)) sx)))
  :signals program-error)

(defcase macros.symbol-macrolet-global-variable-signals
  :category macros
  :features (symbol-macrolet program-error)
  :note "CLHS symbol-macrolet: binding a symbol defined as a global variable signals program-error"
  :forms ((defvar *global-for-sm* 1)
          (eval '(symbol-macrolet ((*global-for-sm* 2)) *global-for-sm*)))
  :signals program-error)

(defcase macros.symbol-macrolet-shadowed-by-let
  :category macros
  :features (symbol-macrolet let)
  :forms ((symbol-macrolet ((x 'from-macro))
            (list x (let ((x 'from-let)) x) x)))
  :value "(FROM-MACRO FROM-LET FROM-MACRO)")

(defcase macros.symbol-macrolet-inner-shadows-outer
  :category macros
  :features (symbol-macrolet)
  :forms ((symbol-macrolet ((x 'outer))
            (list x (symbol-macrolet ((x 'inner)) x))))
  :value "(OUTER INNER)")

(defcase macros.symbol-macrolet-seen-by-inner-macro-expansion
  :category macros
  :features (symbol-macrolet macrolet)
  :forms ((symbol-macrolet ((v 7))
            (macrolet ((use-v () 'v))
              (use-v))))
  :value "7")

(defcase macros.symbol-macrolet-not-in-quoted-data
  :category macros
  :features (symbol-macrolet)
  :forms ((symbol-macrolet ((x 1))
            (list x 'x)))
  :value "(1 X)")

(defcase macros.symbol-macrolet-incf-place
  :category macros
  :features (symbol-macrolet incf)
  :forms ((let ((v (vector 1 2)))
            (symbol-macrolet ((second-slot (aref v 1)))
              (incf second-slot 10))
            v))
  :value "#(1 12)")

(defcase macros.define-symbol-macro-returns-name
  :category macros
  :features (define-symbol-macro)
  :forms ((define-symbol-macro sm-name 1))
  :value "SM-NAME")

(defcase macros.define-symbol-macro-setf
  :category macros
  :features (define-symbol-macro setf)
  :forms ((defvar *sm-store* (list 1 2))
          (define-symbol-macro sm-first (car *sm-store*))
          (setf sm-first 'new)
          (list sm-first *sm-store*))
  :value "(NEW (NEW 2))")

(defcase macros.define-symbol-macro-shadowed-by-let
  :category macros
  :features (define-symbol-macro let)
  :forms ((define-symbol-macro sm-shadow 'global-expansion)
          (list sm-shadow (let ((sm-shadow 'lexical)) sm-shadow)))
  :value "(GLOBAL-EXPANSION LEXICAL)")

(defcase macros.define-symbol-macro-shadowed-by-symbol-macrolet
  :category macros
  :features (define-symbol-macro symbol-macrolet)
  :forms ((define-symbol-macro sm-both 'global)
          (list sm-both (symbol-macrolet ((sm-both 'local)) sm-both)))
  :value "(GLOBAL LOCAL)")

;;; Compiler macros (CLHS 3.2.2.1)

(defcase macros.compiler-macro-function-nil-without-definition
  :category macros
  :features (compiler-macro-function)
  :forms ((defun no-cm (x) x)
          (compiler-macro-function 'no-cm))
  :value "NIL")

(defcase macros.define-compiler-macro-returns-name
  :category macros
  :features (define-compiler-macro)
  :forms ((defun with-cm (x) (* x 2))
          (define-compiler-macro with-cm (x) `(* ,x 2)))
  :value "WITH-CM")

(defcase macros.compiler-macro-function-exists-after-definition
  :category macros
  :features (define-compiler-macro compiler-macro-function)
  :forms ((defun cm-target (x) (+ x 1))
          (define-compiler-macro cm-target (x) `(+ ,x 1))
          (functionp (compiler-macro-function 'cm-target)))
  :value "T")

(defcase macros.compiler-macro-function-call-expander
  :category macros
  :features (define-compiler-macro compiler-macro-function)
  :forms ((defun square-it (x) (* x x))
          (define-compiler-macro square-it (&whole form x)
            (if (numberp x) (* x x) form))
          (list (funcall (compiler-macro-function 'square-it) '(square-it 5) nil)
                (funcall (compiler-macro-function 'square-it) '(square-it y) nil)))
  :value "(25 (SQUARE-IT Y))")

(defcase macros.compiler-macro-same-result-as-function
  :category macros
  :features (define-compiler-macro)
  :forms ((defun plus-ten (x) (+ x 10))
          (define-compiler-macro plus-ten (x) `(+ 10 ,x))
          (list (plus-ten 1) (funcall #'plus-ten 2) (apply 'plus-ten '(3))))
  :value "(11 12 13)")

(defcase macros.setf-compiler-macro-function
  :category macros
  :features (compiler-macro-function setf)
  :forms ((defun cm-set-target (x) x)
          (setf (compiler-macro-function 'cm-set-target)
                (lambda (form env) (declare (ignore env)) form))
          (list (functionp (compiler-macro-function 'cm-set-target))
                (progn (setf (compiler-macro-function 'cm-set-target) nil)
                       (compiler-macro-function 'cm-set-target))))
  :value "(T NIL)")

;;; constantp, special-operator-p

(defcase macros.constantp-self-evaluating
  :category macros
  :features (constantp)
  :forms ((list (constantp 1) (constantp #\a) (constantp "str") (constantp #(1 2)) (constantp 1.5)))
  :value "(T T T T T)")

(defcase macros.constantp-constant-variables
  :category macros
  :features (constantp)
  :forms ((list (constantp t) (constantp nil) (constantp :keyword) (constantp 'pi)))
  :value "(T T T T)")

(defcase macros.constantp-quote-forms
  :category macros
  :features (constantp quote)
  :forms ((list (constantp ''x) (constantp '(quote (1 2)))))
  :value "(T T)")

(defcase macros.constantp-defconstant
  :category macros
  :features (constantp defconstant)
  :forms ((defconstant +macro-const+ 3)
          (constantp '+macro-const+))
  :value "T")

(defcase macros.constantp-variables-false
  :category macros
  :features (constantp)
  :forms ((defvar *not-constant* 1)
          (list (constantp '*not-constant*) (constantp 'some-free-symbol) (constantp '(setq x 1))))
  :value "(NIL NIL NIL)")

(defcase macros.special-operator-p-all-standard
  :category macros
  :features (special-operator-p)
  :forms ((every #'special-operator-p
                 '(block catch eval-when flet function go if labels let let* load-time-value locally
                   macrolet multiple-value-call multiple-value-prog1 progn progv quote return-from setq
                   symbol-macrolet tagbody the throw unwind-protect)))
  :value "T")

(defcase macros.special-operator-p-functions-false
  :category macros
  :features (special-operator-p)
  :forms ((defun user-op () nil)
          (list (special-operator-p 'car) (special-operator-p 'user-op) (special-operator-p 'not-an-operator)))
  :value "(NIL NIL NIL)")

(defcase macros.special-operator-p-non-symbol-type-error
  :category macros
  :features (special-operator-p type-error)
  :forms ((special-operator-p (list 1)))
  :signals type-error)

;;; eval, compile, lambda, quote, eval-when, load-time-value (CLHS 3.8)

(defcase macros.eval-null-lexical-environment
  :category macros
  :features (eval)
  :forms ((let ((lexical-only 1))
            (declare (ignorable lexical-only))
            (eval '(boundp 'lexical-only))))
  :value "NIL")

(defcase macros.eval-sees-dynamic-binding
  :category macros
  :features (eval)
  :forms ((defvar *eval-dyn* 'global)
          (let ((*eval-dyn* 'dynamic))
            (eval '*eval-dyn*)))
  :value "DYNAMIC")

(defcase macros.eval-multiple-values
  :category macros
  :features (eval)
  :forms ((multiple-value-list (eval '(values 1 2 3))))
  :value "(1 2 3)")

(defcase macros.eval-self-evaluating-and-quote
  :category macros
  :features (eval)
  :forms ((list (eval 5) (eval "s") (eval :k) (eval ''(a b)) (eval (list 'quote 'sym))))
  :value "(5 \"s\" :K (A B) SYM)")

(defcase macros.eval-defines-function
  :category macros
  :features (eval)
  :forms ((eval '(defun made-by-eval (x) (list 'made x)))
          (funcall 'made-by-eval 1))
  :value "(MADE 1)")

(defcase macros.compile-lambda-three-values
  :category macros
  :features (compile)
  :forms ((multiple-value-bind (fn warnings-p failure-p) (compile nil '(lambda (x) (* x 3)))
            (list (funcall fn 5) warnings-p failure-p (compiled-function-p fn))))
  :value "(15 NIL NIL T)")

(defcase macros.compile-named-returns-name
  :category macros
  :features (compile)
  :forms ((defun to-compile (x) (+ x 1))
          (list (compile 'to-compile) (to-compile 1) (compiled-function-p #'to-compile)))
  :value "(TO-COMPILE 2 T)")

(defcase macros.compile-name-and-definition
  :category macros
  :features (compile)
  :forms ((compile 'compiled-fresh '(lambda (a b) (list b a)))
          (funcall 'compiled-fresh 1 2))
  :value "(2 1)")

(defcase macros.lambda-macro-expansion
  :category macros
  :features (lambda macroexpand-1)
  :forms ((multiple-value-list (macroexpand-1 '(lambda (x) x))))
  :value "((FUNCTION (LAMBDA (X) X)) T)")

(defcase macros.lambda-form-in-operator-position
  :category macros
  :features (lambda)
  :forms (((lambda (x &optional (y 2)) (list x y)) 1))
  :value "(1 2)")

(defcase macros.quote-returns-same-literal
  :category macros
  :features (quote)
  :forms ((defun literal-list () '(1 2 3))
          (eq (literal-list) (literal-list)))
  :value "T")

(defcase macros.eval-when-execute-only-non-top-level
  :category macros
  :features (eval-when)
  :forms ((let () (list (eval-when (:compile-toplevel :load-toplevel) 'not-executed)
                        (eval-when (:execute) 'executed))))
  :value "(NIL EXECUTED)")

(defcase macros.eval-when-all-situations-value
  :category macros
  :features (eval-when)
  :forms ((eval-when (:compile-toplevel :load-toplevel :execute) (list 'a 'b)))
  :value "(A B)")

(defcase macros.eval-when-old-situation-names
  :category macros
  :features (eval-when)
  :forms ((let () (list (eval-when (eval) 'eval-situation) (eval-when (compile load) 'other))))
  :value "(EVAL-SITUATION NIL)")

(defcase macros.eval-when-progn-body-values
  :category macros
  :features (eval-when)
  :forms ((multiple-value-list (eval-when (:execute) (princ "a") (values 1 2))))
  :stdout "a"
  :value "(1 2)")

(defcase macros.load-time-value-same-object
  :category macros
  :features (load-time-value)
  :forms ((defun ltv-cell () (load-time-value (list 'cell)))
          (list (eq (ltv-cell) (ltv-cell)) (ltv-cell)))
  :value "(T (CELL))")

(defcase macros.load-time-value-evaluated-once
  :category macros
  :features (load-time-value)
  :forms ((defun ltv-counter () (incf (car (load-time-value (list 0)))))
          (list (ltv-counter) (ltv-counter) (ltv-counter)))
  :value "(1 2 3)")

(defcase macros.load-time-value-null-lexical-environment
  :category macros
  :features (load-time-value)
  :forms ((defvar *ltv-source* 'global)
          (let ((*ltv-source* 'ignored-binding))
            (declare (ignorable *ltv-source*))
            (funcall (compile nil '(lambda () (load-time-value *ltv-source*))))))
  :note "compile evaluates the load-time-value form at compile time, in the null lexical environment; the dynamic binding is in effect then"
  :value "IGNORED-BINDING")

;;; declarations and proclamations (CLHS 3.3)

(defcase macros.proclaim-special
  :category macros
  :features (proclaim special)
  :forms ((proclaim '(special proclaimed-var))
          (setf (symbol-value 'proclaimed-var) 'global)
          (defun read-proclaimed () proclaimed-var)
          (let ((proclaimed-var 'rebound)) (read-proclaimed)))
  :value "REBOUND")

(defcase macros.declaim-special
  :category macros
  :features (declaim special)
  :forms ((declaim (special declaimed-var))
          (defun read-declaimed () declaimed-var)
          (let ((declaimed-var 'dynamic)) (read-declaimed)))
  :value "DYNAMIC")

(defcase macros.declaration-declaration-allows-custom
  :category macros
  :features (declaim declaration)
  :forms ((declaim (declaration my-note))
          (locally (declare (my-note anything at all)) 'accepted))
  :value "ACCEPTED")

(defcase macros.ignore-ignorable-declarations
  :category macros
  :features (ignore ignorable declare)
  :forms ((defun ignores (a b c) (declare (ignore a) (ignorable b)) (list c))
          (ignores 1 2 3))
  :value "(3)")

(defcase macros.dynamic-extent-declaration-same-result
  :category macros
  :features (dynamic-extent declare)
  :forms ((defun sum-rest (&rest xs) (declare (dynamic-extent xs)) (reduce #'+ xs))
          (let ((l (list 1 2 3)))
            (declare (dynamic-extent l))
            (+ (sum-rest 4 5) (reduce #'+ l))))
  :value "15")

(defcase macros.type-declaration-both-forms
  :category macros
  :features (type declare)
  :forms ((let ((a 1) (b 2))
            (declare (type fixnum a) (integer b))
            (+ a b)))
  :value "3")

(defcase macros.ftype-declaration
  :category macros
  :features (ftype declaim)
  :forms ((declaim (ftype (function (integer) integer) inc-typed))
          (defun inc-typed (x) (1+ x))
          (inc-typed 41))
  :value "42")

(defcase macros.inline-notinline-same-result
  :category macros
  :features (inline notinline declaim)
  :forms ((declaim (inline small-fn))
          (defun small-fn (x) (* x 3))
          (list (small-fn 2) (locally (declare (notinline small-fn)) (small-fn 3))))
  :value "(6 9)")

(defcase macros.optimize-declaration-same-result
  :category macros
  :features (optimize declare)
  :forms ((defun fast-sum (l)
            (declare (optimize (speed 3) (safety 1) (debug 0) (space 0) (compilation-speed 0)))
            (reduce #'+ l))
          (fast-sum '(1 2 3)))
  :value "6")

(defcase macros.locally-special-declaration
  :category macros
  :features (locally special)
  :forms ((defvar *loc* 'global)
          (let ((*loc* 'dynamic))
            (let ((*loc* 'still-special))
              (locally (declare (special *loc*)) *loc*))))
  :value "STILL-SPECIAL")

(defcase macros.locally-returns-values
  :category macros
  :features (locally)
  :forms ((multiple-value-list (locally (declare (optimize safety)) (values 1 2))))
  :value "(1 2)")

(defcase macros.the-values-type
  :category macros
  :features (the values)
  :forms ((multiple-value-list (the (values integer string &optional) (values 1 "a"))))
  :value "(1 \"a\")")

(defcase macros.the-returns-value
  :category macros
  :features (the)
  :forms ((list (the fixnum 3) (the (or string null) nil) (the t 'anything)))
  :value "(3 NIL ANYTHING)")

;;; Backquote (CLHS 2.4.6) beyond the basics

(defcase macros.backquote-dotted-unquote
  :category macros
  :features (quasiquote)
  :forms ((let ((b '(2 3)))
            `(1 . ,b)))
  :value "(1 2 3)")

(defcase macros.backquote-splice-then-dotted
  :category macros
  :features (quasiquote)
  :forms ((let ((xs '(1 2)))
            `(,@xs . tail)))
  :value "(1 2 . TAIL)")

(defcase macros.backquote-nested-unquote-quote
  :category macros
  :features (quasiquote)
  :forms ((let ((x 'value))
            (eval ``(list ,',x))))
  :value "(LIST VALUE)")

(defcase macros.backquote-vector-splice
  :category macros
  :features (quasiquote)
  :forms ((let ((xs '(2 3)))
            `#(1 ,@xs 4)))
  :value "#(1 2 3 4)")

(defcase macros.backquote-destructive-splice
  :category macros
  :features (quasiquote)
  :forms ((let ((xs (list 1 2)))
            `(0 ,.xs 3)))
  :value "(0 1 2 3)")
