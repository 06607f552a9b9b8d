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
