;;;; corpus/forms/binding.lisp — lexical and dynamic binding (CLHS 3.1.1, 3.1.2.1.1). Expectations: SBCL 2.2.9.

(defcase binding.lexical-shadowing-inner
  :category binding
  :features (let)
  :forms ((let ((x 1))
            (let ((x 2))
              x)))
  :value "2")

(defcase binding.lexical-shadowing-restored
  :category binding
  :features (let)
  :forms ((let ((x 1))
            (let ((x 2))
              (declare (ignorable x)))
            x))
  :value "1")

(defcase binding.let-parallel-sees-outer
  :category binding
  :features (let)
  :forms ((let ((a 1) (b 2))
            (let ((a b) (b a))
              (list a b))))
  :value "(2 1)")

(defcase binding.let-star-sees-previous
  :category binding
  :features (let*)
  :forms ((let* ((a 1) (b (+ a 1)) (c (* b 10)))
            (list a b c)))
  :value "(1 2 20)")

(defcase binding.let-star-shadow-same-name
  :category binding
  :features (let*)
  :forms ((let* ((x 1) (x (+ x 10)) (x (* x 2)))
            x))
  :value "22")

(defcase binding.let-init-order-left-to-right
  :category binding
  :features (let push)
  :forms ((let ((log nil))
            (let ((a (progn (push 'a log) 1))
                  (b (progn (push 'b log) 2)))
              (list a b (reverse log)))))
  :value "(1 2 (A B))")

(defcase binding.setq-local-variable
  :category binding
  :features (setq let)
  :forms ((let ((x 1))
            (setq x (+ x 41))
            x))
  :value "42")

(defcase binding.setf-local-variable
  :category binding
  :features (setf let)
  :forms ((let ((x 1) (y 2))
            (setf x 10 y (+ x 1))
            (list x y)))
  :value "(10 11)")

(defcase binding.setq-inner-affects-outer-binding
  :category binding
  :features (setq let)
  :forms ((let ((x 1))
            (let ((y 2))
              (setq x y))
            x))
  :value "2")

(defcase binding.setq-shadowed-leaves-outer
  :category binding
  :features (setq let)
  :forms ((let ((x 1))
            (let ((x 2))
              (setq x 3))
            x))
  :value "1")

(defcase binding.defvar-initial-value
  :category binding
  :features (defvar)
  :forms ((defvar *bd-a* 10)
          *bd-a*)
  :value "10")

(defcase binding.defvar-does-not-reinitialize
  :category binding
  :features (defvar)
  :forms ((defvar *bd-b* 1)
          (defvar *bd-b* 2)
          *bd-b*)
  :value "1")

(defcase binding.defparameter-reinitializes
  :category binding
  :features (defparameter)
  :forms ((defparameter *bd-c* 1)
          (defparameter *bd-c* 2)
          *bd-c*)
  :value "2")

(defcase binding.defvar-returns-name
  :category binding
  :features (defvar)
  :forms ((defvar *bd-d* 0))
  :value "*BD-D*")

(defcase binding.defparameter-returns-name
  :category binding
  :features (defparameter)
  :forms ((defparameter *bd-e* 0))
  :value "*BD-E*")

(defcase binding.defvar-no-value-unbound
  :category binding
  :features (defvar boundp)
  :forms ((defvar *bd-f*)
          (boundp '*bd-f*))
  :value "NIL")

(defcase binding.special-rebinding-seen-by-function
  :category binding
  :features (defvar let defun)
  :forms ((defvar *bd-g* 'global)
          (defun bd-g-read () *bd-g*)
          (list (bd-g-read)
                (let ((*bd-g* 'rebound)) (bd-g-read))
                (bd-g-read)))
  :value "(GLOBAL REBOUND GLOBAL)")

(defcase binding.special-rebinding-restored-after-throw
  :category binding
  :features (defvar let catch throw)
  :forms ((defvar *bd-h* 1)
          (catch 'out
            (let ((*bd-h* 2))
              (throw 'out nil)))
          *bd-h*)
  :value "1")

(defcase binding.special-setq-inside-let-is-local
  :category binding
  :features (defvar let setq)
  :forms ((defvar *bd-i* 1)
          (let ((*bd-i* 2))
            (setq *bd-i* 3))
          *bd-i*)
  :value "1")

(defcase binding.special-setq-global
  :category binding
  :features (defvar setq defun)
  :forms ((defvar *bd-j* 1)
          (defun bd-j-bump () (setq *bd-j* (+ *bd-j* 1)))
          (bd-j-bump)
          (bd-j-bump)
          *bd-j*)
  :value "3")

(defcase binding.special-nested-rebinding
  :category binding
  :features (defparameter let defun)
  :forms ((defparameter *bd-k* 0)
          (defun bd-k-depth () *bd-k*)
          (let ((*bd-k* 1))
            (let ((*bd-k* 2))
              (list (bd-k-depth)
                    (let ((*bd-k* 3)) (bd-k-depth))))))
  :value "(2 3)")

(defcase binding.lexical-not-seen-by-function
  :category binding
  :features (defun let)
  :forms ((defun bd-l-probe () (boundp 'bd-l-x))
          (let ((bd-l-x 5))
            (declare (ignorable bd-l-x))
            (bd-l-probe)))
  :value "NIL")

(defcase binding.local-special-declaration
  :category binding
  :features (let declare special symbol-value)
  :forms ((let ((bd-m 7))
            (declare (special bd-m))
            (symbol-value 'bd-m)))
  :value "7")

(defcase binding.special-declaration-seen-by-callee
  :category binding
  :features (let declare special defun)
  :forms ((defun bd-n-get () (declare (special bd-n)) bd-n)
          (let ((bd-n 'dynamic))
            (declare (special bd-n))
            (bd-n-get)))
  :value "DYNAMIC")

(defcase binding.let-star-special-then-lexical-use
  :category binding
  :features (defvar let* defun)
  :forms ((defvar *bd-o* 1)
          (defun bd-o-get () *bd-o*)
          (let* ((*bd-o* 5) (y (bd-o-get)))
            y))
  :value "5")

(defcase binding.closure-captures-lexical-not-special
  :category binding
  :features (defvar let lambda funcall)
  :forms ((defvar *bd-p* 'outer)
          (let ((f (let ((*bd-p* 'inner)) (lambda () *bd-p*))))
            (funcall f)))
  :value "OUTER")

(defcase binding.symbol-value-of-special
  :category binding
  :features (defvar symbol-value)
  :forms ((defvar *bd-q* 42)
          (symbol-value '*bd-q*))
  :value "42")

(defcase binding.set-symbol-value
  :category binding
  :features (defvar set)
  :forms ((defvar *bd-r* 1)
          (set '*bd-r* 99)
          *bd-r*)
  :value "99")

(defcase binding.setf-symbol-value
  :category binding
  :features (defvar setf symbol-value)
  :forms ((defvar *bd-s* 1)
          (setf (symbol-value '*bd-s*) 5)
          *bd-s*)
  :value "5")

(defcase binding.makunbound-then-boundp
  :category binding
  :features (defvar makunbound boundp)
  :forms ((defvar *bd-t* 1)
          (makunbound '*bd-t*)
          (boundp '*bd-t*))
  :value "NIL")

(defcase binding.unbound-variable-signals
  :category binding
  :features (defvar)
  :forms ((defvar *bd-u*)
          *bd-u*)
  :signals unbound-variable)

(defcase binding.undefined-variable-signals
  :category binding
  :features (let)
  :forms ((let ((x 1))
            (declare (ignorable x))
            bd-no-such-variable))
  :signals unbound-variable)

(defcase binding.defconstant-value
  :category binding
  :features (defconstant)
  :forms ((defconstant +bd-v+ 12)
          (* +bd-v+ 2))
  :value "24")

(defcase binding.constantp
  :category binding
  :features (constantp defconstant)
  :forms ((defconstant +bd-w+ 3)
          (list (constantp '+bd-w+) (constantp 5) (constantp ''x) (constantp 'bd-w-var)))
  :value "(T T T NIL)")

(defcase binding.multiple-value-bind-scope
  :category binding
  :features (multiple-value-bind)
  :forms ((let ((a 'outer))
            (multiple-value-bind (a b) (values 1 2)
              (list a b))))
  :value "(1 2)")

(defcase binding.destructuring-bind-nested
  :category binding
  :features (destructuring-bind)
  :forms ((destructuring-bind (a (b c) &rest d) '(1 (2 3) 4 5)
            (list a b c d)))
  :value "(1 2 3 (4 5))")

(defcase binding.destructuring-bind-optional-key
  :category binding
  :features (destructuring-bind)
  :forms ((destructuring-bind (a &optional (b 10) &key (c 20)) '(1 2 :c 3)
            (list a b c)))
  :value "(1 2 3)")

(defcase binding.destructuring-bind-dotted
  :category binding
  :features (destructuring-bind)
  :forms ((destructuring-bind (a . b) '(1 2 3)
            (list a b)))
  :value "(1 (2 3))")

(defcase binding.destructuring-bind-mismatch-signals
  :category binding
  :features (destructuring-bind)
  :forms ((destructuring-bind (a b) (list 1)
            (list a b)))
  :signals error)

(defcase binding.parameter-shadows-special-when-special
  :category binding
  :features (defvar defun)
  :forms ((defvar *bd-x* 'global)
          (defun bd-x-show () *bd-x*)
          (defun bd-x-bind (*bd-x*) (bd-x-show))
          (list (bd-x-bind 'param) (bd-x-show)))
  :value "(PARAM GLOBAL)")

(defcase binding.let-binding-many-vars
  :category binding
  :features (let +)
  :forms ((let ((a 1) (b 2) (c 3) (d 4) (e 5) (f 6) (g 7) (h 8))
            (+ a b c d e f g h)))
  :value "36")

(defcase binding.setq-parallel-via-psetf
  :category binding
  :features (psetf)
  :forms ((let ((a 1) (b 2) (c 3))
            (psetf a b b c c a)
            (list a b c)))
  :value "(2 3 1)")

(defcase binding.rotatef-locals
  :category binding
  :features (rotatef)
  :forms ((let ((a 1) (b 2) (c 3))
            (rotatef a b c)
            (list a b c)))
  :value "(2 3 1)")

(defcase binding.shiftf-locals
  :category binding
  :features (shiftf)
  :forms ((let ((a 1) (b 2) (c 3))
            (list (shiftf a b c 4) a b c)))
  :value "(1 2 3 4)")

(defcase binding.incf-local-many-times
  :category binding
  :features (incf dotimes)
  :forms ((let ((n 0))
            (dotimes (i 5) (incf n i))
            n))
  :value "10")

(defcase binding.setf-places-in-let
  :category binding
  :features (setf let car)
  :forms ((let ((c (list 1 2)))
            (let ((d c))
              (setf (car d) 'x))
            c))
  :value "(X 2)")

(defcase binding.progv-shadows-defvar
  :category binding
  :features (defvar progv defun)
  :forms ((defvar *bd-y* 'global)
          (defun bd-y-get () *bd-y*)
          (list (progv '(*bd-y*) '(dynamic) (bd-y-get)) (bd-y-get)))
  :value "(DYNAMIC GLOBAL)")

(defcase binding.flet-parameter-binding
  :category binding
  :features (flet)
  :forms ((let ((x 'outer))
            (flet ((f (x) x))
              (list (f 'arg) x))))
  :value "(ARG OUTER)")

(defcase binding.lambda-parameter-shadows
  :category binding
  :features (lambda funcall)
  :forms ((let ((x 1))
            (funcall (lambda (x) (* x 100)) 2)))
  :value "200")

(defcase binding.dolist-var-fresh-scope
  :category binding
  :features (dolist let)
  :forms ((let ((x 'outer))
            (dolist (x '(1 2 3)) x)
            x))
  :value "OUTER")

(defcase binding.dotimes-var-scope
  :category binding
  :features (dotimes let)
  :forms ((let ((i 'outer))
            (dotimes (i 3) i)
            i))
  :value "OUTER")

(defcase binding.special-let-in-loop
  :category binding
  :features (defvar dotimes let defun)
  :forms ((defvar *bd-z* 0)
          (defun bd-z-get () *bd-z*)
          (let ((acc nil))
            (dotimes (i 3)
              (let ((*bd-z* i))
                (push (bd-z-get) acc)))
            (list acc *bd-z*)))
  :value "((2 1 0) 0)")

(defcase binding.defparameter-value-evaluated
  :category binding
  :features (defparameter)
  :forms ((defparameter *bd-aa* (+ 1 2 3))
          *bd-aa*)
  :value "6")

(defcase binding.defvar-init-not-evaluated-if-bound
  :category binding
  :features (defvar)
  :forms ((defvar *bd-ab* 1)
          (defvar *bd-ab* (error "must not be evaluated"))
          *bd-ab*)
  :value "1")

(defcase binding.symbol-macrolet-shadowed-by-let
  :category binding
  :features (symbol-macrolet let)
  :forms ((symbol-macrolet ((x 'macro))
            (list x (let ((x 'lexical)) x))))
  :value "(MACRO LEXICAL)")

(defcase binding.special-in-let-star-later-init
  :category binding
  :features (defvar let* defun)
  :forms ((defvar *bd-ad* 'global)
          (defun bd-ad-get () *bd-ad*)
          (let* ((*bd-ad* 'rebound) (seen (bd-ad-get)))
            (list seen *bd-ad*)))
  :value "(REBOUND REBOUND)")

(defcase binding.unwind-protect-restores-special
  :category binding
  :features (defvar let unwind-protect block)
  :forms ((defvar *bd-ac* 'top)
          (defun bd-ac-get () *bd-ac*)
          (block b
            (let ((*bd-ac* 'inner))
              (unwind-protect (return-from b nil)
                (setq *bd-ac* 'cleanup-set))))
          (bd-ac-get))
  :value "TOP")

(defcase binding.let-init-sees-outer-not-sibling
  :category binding
  :features (let)
  :forms ((let ((x 'outer))
            (let ((x 'inner) (y x))
              (list x y))))
  :value "(INNER OUTER)")

(defcase binding.let-star-init-closure-sees-earlier
  :category binding
  :features (let* lambda funcall)
  :forms ((let* ((n 5) (f (lambda () (* n 2))))
            (funcall f)))
  :value "10")

(defcase binding.let-empty-bindings
  :category binding
  :features (let)
  :forms ((let () 'body-only))
  :value "BODY-ONLY")

(defcase binding.let-star-empty-bindings
  :category binding
  :features (let*)
  :forms ((let* () (+ 1 1)))
  :value "2")

(defcase binding.nested-let-same-name-three-levels
  :category binding
  :features (let)
  :forms ((let ((v 1))
            (list v (let ((v (+ v 1))) (list v (let ((v (* v 10))) v))) v)))
  :value "(1 (2 20) 1)")

(defcase binding.setq-returns-new-value-in-expression
  :category binding
  :features (setq let)
  :forms ((let ((a 0))
            (list (setq a 5) (+ a (setq a 10)) a)))
  :value "(5 15 10)")

(defcase binding.defvar-used-before-rebinding-in-loop
  :category binding
  :features (defvar dolist let)
  :forms ((defvar *bd-ae* 0)
          (defun bd-ae-get () *bd-ae*)
          (let ((acc nil))
            (dolist (v '(a b c))
              (let ((*bd-ae* v)) (push (bd-ae-get) acc)))
            (list (nreverse acc) (bd-ae-get))))
  :value "((A B C) 0)")

(defcase binding.special-binding-visible-in-closure-call-time
  :category binding
  :features (defvar lambda let)
  :forms ((defvar *bd-af* 'global)
          (let ((reader (lambda () *bd-af*)))
            (list (funcall reader) (let ((*bd-af* 'bound)) (funcall reader)) (funcall reader))))
  :value "(GLOBAL BOUND GLOBAL)")

(defcase binding.dynamic-binding-recursion-depth
  :category binding
  :features (defvar defun let)
  :forms ((defvar *bd-depth* 0)
          (defun bd-descend (n)
            (if (= n 0) *bd-depth* (let ((*bd-depth* (1+ *bd-depth*))) (bd-descend (- n 1)))))
          (list (bd-descend 5) *bd-depth*))
  :value "(5 0)")

(defcase binding.setf-special-in-callee-visible-to-binder
  :category binding
  :features (defvar defun let)
  :forms ((defvar *bd-ag* 0)
          (defun bd-ag-set () (setf *bd-ag* 'set-by-callee))
          (let ((*bd-ag* 'bound))
            (bd-ag-set)
            *bd-ag*))
  :value "SET-BY-CALLEE")

(defcase binding.lexical-binding-unaffected-by-special-elsewhere
  :category binding
  :features (defvar let)
  :forms ((defvar *bd-ah* 'special)
          (let ((x 'lexical))
            (let ((*bd-ah* 'rebound))
              x)))
  :value "LEXICAL")

(defcase binding.multiple-value-bind-special-var
  :category binding
  :features (defvar multiple-value-bind defun)
  :forms ((defvar *bd-ai* 'global)
          (defun bd-ai-get () *bd-ai*)
          (multiple-value-bind (*bd-ai* other) (values 'mvb 2)
            (list (bd-ai-get) other)))
  :value "(MVB 2)")

(defcase binding.destructuring-bind-key-defaults
  :category binding
  :features (destructuring-bind)
  :forms ((destructuring-bind (&key (a 1) (b (+ a 1))) '(:a 10)
            (list a b)))
  :value "(10 11)")

(defcase binding.destructuring-bind-rest-and-body
  :category binding
  :features (destructuring-bind)
  :forms ((destructuring-bind (head &body rest) '(1 2 3)
            (list head rest)))
  :value "(1 (2 3))")

(defcase binding.let-binds-function-and-variable-namespaces
  :category binding
  :features (let flet)
  :forms ((let ((list 'variable-value))
            (list list (flet ((value () 'fn)) (value)))))
  :value "(VARIABLE-VALUE FN)")

(defcase binding.symbol-value-vs-lexical
  :category binding
  :features (let symbol-value defvar)
  :forms ((defvar *bd-aj* 'special)
          (let ((*bd-aj* 'dynamic))
            (symbol-value '*bd-aj*)))
  :value "DYNAMIC")
