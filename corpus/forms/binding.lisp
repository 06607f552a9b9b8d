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

;;; Places (CLHS 5.1): the subforms of a place are evaluated exactly once, left to right, then the
;;; new value; each case records the order by pushing onto ORDER.

(defcase binding.setf-aref-subform-order
  :category binding
  :features (setf aref)
  :forms ((let ((order nil) (v (vector 0 0 0)))
            (setf (aref (progn (push 'array order) v) (progn (push 'index order) 1))
                  (progn (push 'value order) 'x))
            (list v (reverse order))))
  :value "(#(0 X 0) (ARRAY INDEX VALUE))")

(defcase binding.setf-gethash-subform-order
  :category binding
  :features (setf gethash)
  :forms ((let ((order nil) (h (make-hash-table)))
            (setf (gethash (progn (push 'key order) 'k) (progn (push 'table order) h))
                  (progn (push 'value order) 42))
            (list (gethash 'k h) (reverse order))))
  :value "(42 (KEY TABLE VALUE))")

(defcase binding.setf-gethash-default-evaluated-ignored
  :category binding
  :features (setf gethash)
  :note "CLHS gethash: a default in a setf place is evaluated left to right but its value is ignored"
  :forms ((let ((order nil) (h (make-hash-table)))
            (setf (gethash 'k h (progn (push 'default order) 'ignored))
                  (progn (push 'value order) 7))
            (list (multiple-value-list (gethash 'k h)) (reverse order))))
  :value "((7 T) (DEFAULT VALUE))")

(defcase binding.setf-nth-subform-order
  :category binding
  :features (setf nth)
  :forms ((let ((order nil) (l (list 'a 'b 'c)))
            (setf (nth (progn (push 'n order) 2) (progn (push 'list order) l))
                  (progn (push 'value order) 'z))
            (list l (reverse order))))
  :value "((A B Z) (N LIST VALUE))")

(defcase binding.setf-elt-list-and-vector
  :category binding
  :features (setf elt)
  :forms ((let ((l (list 1 2 3)) (v (vector 1 2 3)))
            (list (setf (elt l 0) 'a) (setf (elt v 2) 'c) l v)))
  :value "(A C (A 2 3) #(1 2 C))")

(defcase binding.setf-elt-subform-order
  :category binding
  :features (setf elt)
  :forms ((let ((order nil) (s (copy-seq "abc")))
            (setf (elt (progn (push 'seq order) s) (progn (push 'index order) 1))
                  (progn (push 'value order) #\X))
            (list s (reverse order))))
  :value "(\"aXc\" (SEQ INDEX VALUE))")

(defcase binding.setf-several-pairs-sequential
  :category binding
  :features (setf)
  :forms ((let ((v (vector 0 0 0)) (i 0))
            (setf (aref v i) 'first i 2 (aref v i) 'second)
            (list v i)))
  :value "(#(FIRST 0 SECOND) 2)")

(defcase binding.setf-returns-last-new-value
  :category binding
  :features (setf)
  :forms ((let ((a 0) (c (list 1 2)))
            (list (setf a 5 (car c) 'x) a c)))
  :value "(X 5 (X 2))")

(defcase binding.setf-no-pairs-nil
  :category binding
  :features (setf)
  :forms ((setf))
  :value "NIL")

(defcase binding.setf-place-is-macro-form
  :category binding
  :features (setf defmacro)
  :forms ((defmacro second-of (x) `(car (cdr ,x)))
          (let ((l (list 1 2 3)))
            (setf (second-of l) 'two)
            l))
  :value "(1 TWO 3)")

(defcase binding.setf-place-is-macrolet-form
  :category binding
  :features (setf macrolet)
  :forms ((let ((v (vector 1 2 3)))
            (macrolet ((last-slot (x) `(aref ,x 2)))
              (setf (last-slot v) 'end))
            v))
  :value "#(1 2 END)")

(defcase binding.setf-symbol-macro-place
  :category binding
  :features (setf symbol-macrolet)
  :forms ((let ((c (list 1 2)))
            (symbol-macrolet ((head (car c)))
              (setf head 'h))
            c))
  :value "(H 2)")

(defcase binding.setq-symbol-macro-is-setf
  :category binding
  :features (setq symbol-macrolet)
  :note "CLHS setq: a symbol defined as a symbol macro is treated as if setf had been used"
  :forms ((let ((c (list 1 2)))
            (symbol-macrolet ((tail (cdr c)))
              (setq tail '(z)))
            c))
  :value "(1 Z)")

(defcase binding.setf-getf-adds-and-updates
  :category binding
  :features (setf getf)
  :forms ((let ((pl nil))
            (setf (getf pl :a) 1)
            (setf (getf pl :b) 2)
            (setf (getf pl :a) 10)
            (list (getf pl :a) (getf pl :b) (length pl))))
  :value "(10 2 4)")

(defcase binding.getf-default-and-missing
  :category binding
  :features (getf)
  :forms ((let ((pl '(:x 1 :y nil)))
            (list (getf pl :x) (getf pl :y 'dflt) (getf pl :z) (getf pl :z 'dflt))))
  :value "(1 NIL NIL DFLT)")

(defcase binding.getf-first-occurrence-wins
  :category binding
  :features (getf setf)
  :forms ((let ((pl (list :k 1 :k 2)))
            (setf (getf pl :k) 'new)
            (list (getf pl :k) pl)))
  :value "(NEW (:K NEW :K 2))")

(defcase binding.setf-getf-place-evaluated-once
  :category binding
  :features (setf getf)
  :forms ((let ((n 0) (cell (list nil)))
            (setf (getf (car (progn (incf n) cell)) :a) 1)
            (list n cell)))
  :value "(1 ((:A 1)))")

(defcase binding.setf-getf-default-evaluated
  :category binding
  :features (setf getf)
  :forms ((let ((order nil) (pl nil))
            (setf (getf pl (progn (push 'indicator order) :k) (progn (push 'default order) 0))
                  (progn (push 'value order) 5))
            (list pl (reverse order))))
  :value "((:K 5) (INDICATOR DEFAULT VALUE))")

(defcase binding.incf-getf-default
  :category binding
  :features (incf getf)
  :forms ((let ((pl nil))
            (incf (getf pl :count 10))
            (incf (getf pl :count 10) 5)
            pl))
  :value "(:COUNT 16)")

(defcase binding.decf-getf-default
  :category binding
  :features (decf getf)
  :forms ((let ((pl (list :n 1)))
            (decf (getf pl :m 10) 3)
            (decf (getf pl :n 10))
            (list (getf pl :m) (getf pl :n))))
  :value "(7 0)")

(defcase binding.incf-gethash-default-zero
  :category binding
  :features (incf gethash)
  :forms ((let ((h (make-hash-table)))
            (dolist (x '(a b a c a b))
              (incf (gethash x h 0)))
            (list (gethash 'a h) (gethash 'b h) (gethash 'c h))))
  :value "(3 2 1)")

(defcase binding.remf-removes-returns-true
  :category binding
  :features (remf)
  :forms ((let ((pl (list :a 1 :b 2 :c 3)))
            (list (remf pl :b) pl)))
  :value "(T (:A 1 :C 3))")

(defcase binding.remf-missing-returns-false
  :category binding
  :features (remf)
  :forms ((let ((pl (list :a 1)))
            (list (remf pl :z) pl)))
  :value "(NIL (:A 1))")

(defcase binding.remf-first-entry
  :category binding
  :features (remf)
  :forms ((let ((pl (list :a 1 :b 2)))
            (remf pl :a)
            pl))
  :value "(:B 2)")

(defcase binding.remf-place-subforms-once
  :category binding
  :features (remf)
  :forms ((let ((n 0) (v (vector (list :a 1 :b 2))))
            (remf (aref v (progn (incf n) 0)) :b)
            (list n v)))
  :value "(1 #((:A 1)))")

(defcase binding.setf-subseq-replaces
  :category binding
  :features (setf subseq)
  :forms ((let ((s (copy-seq "abcdef")))
            (list (setf (subseq s 1 3) "XY") s)))
  :value "(\"XY\" \"aXYdef\")")

(defcase binding.setf-subseq-shorter-new
  :category binding
  :features (setf subseq)
  :note "CLHS subseq: with setf, only as many elements as the shorter of the two are replaced"
  :forms ((let ((l (list 1 2 3 4 5)))
            (setf (subseq l 1) '(a b))
            l))
  :value "(1 A B 4 5)")

(defcase binding.setf-subseq-longer-new
  :category binding
  :features (setf subseq)
  :forms ((let ((v (vector 1 2 3 4)))
            (setf (subseq v 2 3) '(x y z))
            v))
  :value "#(1 2 X 4)")

(defcase binding.setf-ldb
  :category binding
  :features (setf ldb byte)
  :forms ((let ((x 0))
            (list (setf (ldb (byte 4 4) x) 15) x)))
  :value "(15 240)")

(defcase binding.setf-ldb-keeps-other-bits
  :category binding
  :features (setf ldb byte)
  :forms ((let ((x #b11111111))
            (setf (ldb (byte 2 2) x) 0)
            x))
  :value "243")

(defcase binding.setf-ldb-inner-place
  :category binding
  :features (setf ldb aref)
  :forms ((let ((v (vector 0 1)))
            (setf (ldb (byte 8 8) (aref v 1)) 1)
            v))
  :value "#(0 257)")

(defcase binding.incf-ldb
  :category binding
  :features (incf ldb)
  :forms ((let ((x #x35))
            (incf (ldb (byte 4 0) x))
            x))
  :value "54")

(defcase binding.setf-mask-field
  :category binding
  :features (setf mask-field byte)
  :forms ((let ((x 0))
            (list (setf (mask-field (byte 4 4) x) #xff) x)))
  :value "(255 240)")

(defcase binding.setf-mask-field-keeps-other-bits
  :category binding
  :features (setf mask-field byte)
  :forms ((let ((x #x0f))
            (setf (mask-field (byte 4 4) x) #xa0)
            x))
  :value "175")

(defcase binding.setf-values-assigns-each
  :category binding
  :features (setf values)
  :forms ((let (a b)
            (list (multiple-value-list (setf (values a b) (floor 7 2))) a b)))
  :value "((3 1) 3 1)")

(defcase binding.setf-values-missing-values-nil
  :category binding
  :features (setf values)
  :forms ((let ((a 'old) (b 'old) (c 'old))
            (setf (values a b c) (values 1 2))
            (list a b c)))
  :value "(1 2 NIL)")

(defcase binding.setf-values-extra-values-ignored
  :category binding
  :features (setf values)
  :forms ((let (a)
            (list (multiple-value-list (setf (values a) (values 1 2 3))) a)))
  :value "((1) 1)")

(defcase binding.setf-values-mixed-places
  :category binding
  :features (setf values)
  :forms ((let ((x nil) (c (list 0 0)) (h (make-hash-table)))
            (setf (values x (cadr c) (gethash 'k h)) (values 'a 'b 'c))
            (list x c (gethash 'k h))))
  :value "(A (0 B) C)")

(defcase binding.setf-values-subform-order
  :category binding
  :features (setf values)
  :forms ((let ((order nil) (v (vector 0 0)))
            (setf (values (aref v (progn (push 'i0 order) 0))
                          (aref v (progn (push 'i1 order) 1)))
                  (progn (push 'value order) (values 'p 'q)))
            (list v (reverse order))))
  :value "(#(P Q) (I0 I1 VALUE))")

(defcase binding.setf-the-place
  :category binding
  :features (setf the)
  :forms ((let ((x 1) (c (list 1 2)))
            (setf (the integer x) 10)
            (setf (the symbol (car c)) 'a)
            (list x c)))
  :value "(10 (A 2))")

(defcase binding.setf-apply-aref
  :category binding
  :features (setf apply aref)
  :forms ((let ((a (make-array '(2 3) :initial-element 0)))
            (setf (apply #'aref a '(1 2)) 'x)
            (setf (apply #'aref a 0 '(1)) 'y)
            a))
  :value "#2A((0 Y 0) (0 0 X))")

(defcase binding.setf-car-cdr-cadr
  :category binding
  :features (setf car cdr cadr)
  :forms ((let ((l (list 1 2 3)))
            (setf (car l) 'a (cadr l) 'b (cddr l) '(c d))
            l))
  :value "(A B C D)")

(defcase binding.setf-cdr-of-assoc
  :category binding
  :features (setf cdr assoc)
  :forms ((let ((al (list (cons 'a 1) (cons 'b 2))))
            (setf (cdr (assoc 'b al)) 20)
            al))
  :value "((A . 1) (B . 20))")

(defcase binding.setf-get-with-default
  :category binding
  :features (setf get)
  :forms ((let ((order nil) (s (make-symbol "S")))
            (setf (get s 'p (progn (push 'default order) 0)) (progn (push 'value order) 3))
            (list (get s 'p) (reverse order))))
  :value "(3 (DEFAULT VALUE))")

(defcase binding.incf-default-delta-and-value
  :category binding
  :features (incf decf)
  :forms ((let ((x 10))
            (list (incf x) (incf x 5) (decf x) (decf x 20) x)))
  :value "(11 16 15 -5 -5)")

(defcase binding.incf-place-subforms-once
  :category binding
  :features (incf aref)
  :forms ((let ((i -1) (v (vector 10 20 30)))
            (incf (aref v (incf i)) 100)
            (list i v)))
  :value "(0 #(110 20 30))")

(defcase binding.incf-delta-after-place-subforms
  :category binding
  :features (incf aref)
  :forms ((let ((order nil) (v (vector 1)))
            (incf (aref (progn (push 'array order) v) (progn (push 'index order) 0))
                  (progn (push 'delta order) 2))
            (list v (reverse order))))
  :value "(#(3) (ARRAY INDEX DELTA))")

(defcase binding.incf-ratio-and-float
  :category binding
  :features (incf decf)
  :forms ((let ((a 1/2) (b 1.5d0))
            (incf a 1/3)
            (decf b 0.5d0)
            (list a b)))
  :value "(5/6 1.0d0)")

(defcase binding.push-item-before-place-subforms
  :category binding
  :features (push)
  :forms ((let ((order nil) (v (vector nil)))
            (push (progn (push 'item order) 'x)
                  (aref (progn (push 'array order) v) (progn (push 'index order) 0)))
            (list v (reverse order))))
  :value "(#((X)) (ITEM ARRAY INDEX))")

(defcase binding.push-returns-new-list
  :category binding
  :features (push)
  :forms ((let ((l (list 2 3)))
            (list (push 1 l) l)))
  :value "((1 2 3) (1 2 3))")

(defcase binding.push-onto-gethash
  :category binding
  :features (push gethash)
  :forms ((let ((h (make-hash-table)))
            (push 1 (gethash 'k h))
            (push 2 (gethash 'k h))
            (gethash 'k h)))
  :value "(2 1)")

(defcase binding.pop-returns-car-updates-place
  :category binding
  :features (pop)
  :forms ((let ((l (list 1 2 3)))
            (list (pop l) (pop l) l)))
  :value "(1 2 (3))")

(defcase binding.pop-empty-list-nil
  :category binding
  :features (pop)
  :forms ((let ((l nil))
            (list (pop l) l)))
  :value "(NIL NIL)")

(defcase binding.pop-place-subforms-once
  :category binding
  :features (pop)
  :forms ((let ((n 0) (cell (list (list 'a 'b))))
            (list (pop (car (progn (incf n) cell))) n cell)))
  :value "(A 1 ((B)))")

(defcase binding.pushnew-adds-when-absent
  :category binding
  :features (pushnew)
  :forms ((let ((l (list 1 2)))
            (list (pushnew 3 l) (pushnew 2 l) l)))
  :value "((3 1 2) (3 1 2) (3 1 2))")

(defcase binding.pushnew-default-test-eql
  :category binding
  :features (pushnew)
  :forms ((let ((l (list (list 1))))
            (pushnew (list 1) l)
            (length l)))
  :value "2")

(defcase binding.pushnew-test-equal
  :category binding
  :features (pushnew)
  :forms ((let ((l (list "a" "b")))
            (pushnew (copy-seq "a") l :test #'equal)
            (pushnew "c" l :test #'equal)
            l))
  :value "(\"c\" \"a\" \"b\")")

(defcase binding.pushnew-key
  :category binding
  :features (pushnew)
  :note "CLHS pushnew: the key function is applied to the item too"
  :forms ((let ((l (list (cons 'a 1))))
            (pushnew (cons 'a 2) l :key #'car)
            (pushnew (cons 'b 3) l :key #'car)
            l))
  :value "((B . 3) (A . 1))")

(defcase binding.pushnew-test-not
  :category binding
  :features (pushnew)
  :forms ((let ((l (list 5)))
            (pushnew 5 l :test-not #'eql)
            l))
  :note "with :test-not eql, 5 does not satisfy the test against 5, so 5 is added"
  :value "(5 5)")

(defcase binding.pushnew-subform-order
  :category binding
  :features (pushnew)
  :forms ((let ((order nil) (v (vector nil)))
            (pushnew (progn (push 'item order) 'x)
                     (aref (progn (push 'array order) v) (progn (push 'index order) 0))
                     :test (progn (push 'test order) #'eq))
            (list v (reverse order))))
  :value "(#((X)) (ITEM ARRAY INDEX TEST))")

(defcase binding.shiftf-returns-old-first
  :category binding
  :features (shiftf)
  :forms ((let ((a 1) (b 2) (c 3))
            (list (shiftf a b c 'new) a b c)))
  :value "(1 2 3 NEW)")

(defcase binding.shiftf-two-places
  :category binding
  :features (shiftf)
  :forms ((let ((a 'x) (b 'y))
            (list (shiftf a b) a b)))
  :value "(X Y Y)")

(defcase binding.shiftf-subform-order
  :category binding
  :features (shiftf aref)
  :forms ((let ((order nil) (v (vector 'a 'b)))
            (list (shiftf (aref v (progn (push 'first order) 0))
                          (aref v (progn (push 'second order) 1))
                          (progn (push 'new order) 'c))
                  v (reverse order))))
  :value "(A #(B C) (FIRST SECOND NEW))")

(defcase binding.shiftf-list-elements
  :category binding
  :features (shiftf car cadr)
  :forms ((let ((l (list 1 2 3)))
            (shiftf (car l) (cadr l) (caddr l) 0)
            l))
  :value "(2 3 0)")

(defcase binding.rotatef-three-places
  :category binding
  :features (rotatef)
  :forms ((let ((v (vector 'a 'b 'c)))
            (list (rotatef (aref v 0) (aref v 1) (aref v 2)) v)))
  :value "(NIL #(B C A))")

(defcase binding.rotatef-zero-and-one-place
  :category binding
  :features (rotatef)
  :forms ((let ((x 1))
            (list (rotatef) (rotatef x) x)))
  :value "(NIL NIL 1)")

(defcase binding.rotatef-subforms-once-in-order
  :category binding
  :features (rotatef aref)
  :forms ((let ((order nil) (v (vector 1 2 3)))
            (rotatef (aref v (progn (push 'i order) 0))
                     (aref v (progn (push 'j order) 2)))
            (list v (reverse order))))
  :value "(#(3 2 1) (I J))")

(defcase binding.rotatef-index-computed-once
  :category binding
  :features (rotatef aref)
  :forms ((let ((i 0) (v (vector 'a 'b 'c)))
            (rotatef (aref v (incf i)) (aref v (incf i)))
            (list i v)))
  :value "(2 #(A C B))")

(defcase binding.psetf-swaps
  :category binding
  :features (psetf)
  :forms ((let ((a 1) (b 2))
            (list (psetf a b b a) a b)))
  :value "(NIL 2 1)")

(defcase binding.psetf-all-values-before-stores
  :category binding
  :features (psetf aref)
  :forms ((let ((i 0) (v (vector 'a 'b 'c)))
            (psetf (aref v i) 'x
                   i 2)
            (list i v)))
  :value "(2 #(X B C))")

(defcase binding.psetf-subform-order
  :category binding
  :features (psetf aref)
  :forms ((let ((order nil) (v (vector 0 0)))
            (psetf (aref v (progn (push 'place1 order) 0)) (progn (push 'value1 order) 'p)
                   (aref v (progn (push 'place2 order) 1)) (progn (push 'value2 order) 'q))
            (list v (reverse order))))
  :value "(#(P Q) (PLACE1 VALUE1 PLACE2 VALUE2))")

(defcase binding.psetf-place-subforms-see-old-values
  :category binding
  :features (psetf car)
  :forms ((let ((a (list 1)) (b (list 2)))
            (psetf a b (car a) 'changed)
            (list a b)))
  :note "the place (car a) is computed with the old A, before any store"
  :value "((2) (2))")

(defcase binding.psetq-swaps-and-returns-nil
  :category binding
  :features (psetq)
  :forms ((let ((a 1) (b 2) (c 3))
            (list (psetq a b b c c a) a b c)))
  :value "(NIL 2 3 1)")

(defcase binding.psetq-no-pairs
  :category binding
  :features (psetq)
  :forms ((psetq))
  :value "NIL")

(defcase binding.psetq-symbol-macro-is-psetf
  :category binding
  :features (psetq symbol-macrolet)
  :forms ((let ((c (list 1 2)))
            (symbol-macrolet ((x (car c)) (y (cadr c)))
              (psetq x y y x))
            c))
  :value "(2 1)")

(defcase binding.multiple-value-setq-extra-vars-nil
  :category binding
  :features (multiple-value-setq)
  :forms ((let ((a 'old) (b 'old) (c 'old))
            (list (multiple-value-setq (a b c) (values 1 2)) a b c)))
  :value "(1 1 2 NIL)")

(defcase binding.multiple-value-setq-returns-primary-only
  :category binding
  :features (multiple-value-setq)
  :forms ((let (q r)
            (list (multiple-value-list (multiple-value-setq (q r) (truncate 17 5))) q r)))
  :value "((3) 3 2)")

(defcase binding.multiple-value-setq-no-values
  :category binding
  :features (multiple-value-setq)
  :forms ((let ((a 'old))
            (list (multiple-value-setq (a) (values)) a)))
  :value "(NIL NIL)")

(defcase binding.multiple-value-setq-symbol-macro
  :category binding
  :features (multiple-value-setq symbol-macrolet)
  :forms ((let ((c (list 0 0)))
            (symbol-macrolet ((x (car c)))
              (let (y)
                (multiple-value-setq (x y) (values 'a 'b))
                (list c y)))))
  :value "((A 0) B)")

(defcase binding.multiple-value-setq-special
  :category binding
  :features (multiple-value-setq defvar)
  :forms ((defvar *mvsq-x* 0)
          (defun read-mvsq () *mvsq-x*)
          (let (r)
            (multiple-value-setq (*mvsq-x* r) (floor 9 4))
            (list (read-mvsq) r)))
  :value "(2 1)")

;;; define-modify-macro, defsetf, setf functions, define-setf-expander, get-setf-expansion

(defcase binding.define-modify-macro-returns-name
  :category binding
  :features (define-modify-macro)
  :forms ((define-modify-macro appendf (&rest lists) append))
  :value "APPENDF")

(defcase binding.define-modify-macro-rest
  :category binding
  :features (define-modify-macro)
  :forms ((define-modify-macro appendf (&rest lists) append)
          (let ((l (list 1)))
            (list (appendf l '(2) '(3 4)) l)))
  :value "((1 2 3 4) (1 2 3 4))")

(defcase binding.define-modify-macro-optional
  :category binding
  :features (define-modify-macro)
  :forms ((define-modify-macro multf (&optional (factor 2)) *)
          (let ((x 3))
            (multf x)
            (multf x 10)
            x))
  :value "60")

(defcase binding.define-modify-macro-subforms-once
  :category binding
  :features (define-modify-macro)
  :forms ((define-modify-macro maxf (&rest others) max)
          (let ((n 0) (v (vector 1 5)))
            (maxf (aref v (progn (incf n) 0)) 4 2)
            (list n v)))
  :value "(1 #(4 5))")

(defcase binding.define-modify-macro-order
  :category binding
  :features (define-modify-macro)
  :forms ((define-modify-macro consf (item) (lambda (place item) (cons item place)))
          (let ((order nil) (v (vector nil)))
            (consf (aref v (progn (push 'index order) 0)) (progn (push 'arg order) 'x))
            (list v (reverse order))))
  :value "(#((X)) (INDEX ARG))")

(defcase binding.defsetf-short-returns-name
  :category binding
  :features (defsetf)
  :forms ((defun box-ref (b) (car b))
          (defun box-set (b v) (setf (car b) v))
          (defsetf box-ref box-set))
  :value "BOX-REF")

(defcase binding.defsetf-short-updater-gets-args-then-value
  :category binding
  :features (defsetf)
  :forms ((defun cell-at (v i) (aref v i))
          (defun set-cell-at (v i new) (setf (aref v i) new) new)
          (defsetf cell-at set-cell-at)
          (let ((v (vector 1 2 3)))
            (list (setf (cell-at v 1) 'x) v)))
  :value "(X #(1 X 3))")

(defcase binding.defsetf-short-with-incf
  :category binding
  :features (defsetf incf)
  :forms ((defun counter-of (c) (car c))
          (defun set-counter-of (c n) (setf (car c) n))
          (defsetf counter-of set-counter-of)
          (let ((c (list 5)))
            (incf (counter-of c) 3)
            c))
  :value "(8)")

(defcase binding.defsetf-long-form
  :category binding
  :features (defsetf)
  :forms ((defun middle (l) (nth 1 l))
          (defsetf middle (l) (new) `(progn (setf (nth 1 ,l) ,new) ,new))
          (let ((l (list 1 2 3)))
            (list (setf (middle l) 'm) l)))
  :value "(M (1 M 3))")

(defcase binding.defsetf-long-optional-parameter
  :category binding
  :features (defsetf)
  :forms ((defun item-of (l &optional (i 0)) (nth i l))
          (defsetf item-of (l &optional (i 0)) (new) `(setf (nth ,i ,l) ,new))
          (let ((l (list 'a 'b 'c)))
            (setf (item-of l) 'x)
            (setf (item-of l 2) 'z)
            l))
  :value "(X B Z)")

(defcase binding.defsetf-long-arguments-evaluated-once
  :category binding
  :features (defsetf)
  :note "CLHS defsetf: the parameters are bound to temporaries, so each argument form is evaluated once"
  :forms ((defun twice-ref (v i) (aref v i))
          (defsetf twice-ref (v i) (new)
            `(progn (setf (aref ,v ,i) ,new) (setf (aref ,v (1+ ,i)) ,new)))
          (let ((n 0) (v (vector 0 0 0)))
            (setf (twice-ref v (progn (incf n) 0)) 'k)
            (list n v)))
  :value "(1 #(K K 0))")

(defcase binding.defsetf-long-order-of-evaluation
  :category binding
  :features (defsetf)
  :forms ((defun pair-ref (a b) (list a b))
          (defsetf pair-ref (a b) (new) `(list ,a ,b ,new))
          (let ((order nil))
            (setf (pair-ref (progn (push 'a order) 1) (progn (push 'b order) 2))
                  (progn (push 'new order) 3))
            (reverse order)))
  :value "(A B NEW)")

(defcase binding.setf-function-defun
  :category binding
  :features (defun setf fboundp)
  :forms ((defun (setf head-of) (new l) (setf (car l) new))
          (let ((l (list 1 2)))
            (list (setf (head-of l) 'h) l (and (fboundp '(setf head-of)) t))))
  :value "(H (H 2) T)")

(defcase binding.setf-function-argument-order
  :category binding
  :features (defun setf)
  :note "CLHS 5.1.2.9: the place's argument forms, then the new value; the function receives the new value first"
  :forms ((defvar *sf-seen* nil)
          (defun (setf record-args) (new a b) (setq *sf-seen* (list new a b)) new)
          (let ((order nil))
            (setf (record-args (progn (push 'a order) 1) (progn (push 'b order) 2))
                  (progn (push 'new order) 0))
            (list (reverse order) *sf-seen*)))
  :value "((A B NEW) (0 1 2))")

(defcase binding.setf-function-funcall-directly
  :category binding
  :features (defun function funcall)
  :forms ((defun (setf tail-of) (new l) (setf (cdr l) new))
          (let ((l (list 1 2)))
            (funcall #'(setf tail-of) '(z) l)
            l))
  :value "(1 Z)")

(defcase binding.setf-function-with-incf
  :category binding
  :features (defun incf)
  :forms ((defun slot0 (v) (svref v 0))
          (defun (setf slot0) (new v) (setf (svref v 0) new))
          (let ((v (vector 1)))
            (incf (slot0 v) 41)
            v))
  :value "#(42)")

(defcase binding.define-setf-expander
  :category binding
  :features (define-setf-expander)
  :forms ((defun last-elt (l) (car (last l)))
          (define-setf-expander last-elt (place &environment env)
            (multiple-value-bind (vars vals stores setter getter) (get-setf-expansion place env)
              (declare (ignore stores setter))
              (let ((store (gensym)) (list (gensym)))
                (values (append vars (list list))
                        (append vals (list getter))
                        (list store)
                        `(progn (setf (car (last ,list)) ,store) ,store)
                        `(car (last ,list))))))
          (let ((l (list 1 2 3)))
            (list (setf (last-elt l) 'z) (incf (last-elt (list 1 2 10))) l)))
  :value "(Z 11 (1 2 Z))")

(defcase binding.define-setf-expander-returns-name
  :category binding
  :features (define-setf-expander)
  :forms ((define-setf-expander nothing-place ()
            (let ((s (gensym))) (values nil nil (list s) s nil))))
  :value "NOTHING-PLACE")

(defcase binding.get-setf-expansion-variable-shape
  :category binding
  :features (get-setf-expansion)
  :forms ((multiple-value-bind (vars vals stores store-form access-form) (get-setf-expansion 'x)
            (declare (ignore store-form))
            (list vars vals (length stores) (symbolp (first stores)) access-form)))
  :value "(NIL NIL 1 T X)")

(defcase binding.get-setf-expansion-variable-store-works
  :category binding
  :features (get-setf-expansion)
  :forms ((defvar *gse-x* 1)
          (multiple-value-bind (vars vals stores store-form access-form) (get-setf-expansion '*gse-x*)
            (eval `(let* (,@(mapcar #'list vars vals) (,(first stores) 42)) ,store-form))
            (list *gse-x* (eval access-form))))
  :value "(42 42)")

(defcase binding.get-setf-expansion-car-store-and-access
  :category binding
  :features (get-setf-expansion)
  :forms ((defvar *gse-cell* (list 1 2))
          (multiple-value-bind (vars vals stores store-form access-form) (get-setf-expansion '(car *gse-cell*))
            (list (= (length vars) (length vals)) (length stores)
                  (eval `(let* (,@(mapcar #'list vars vals)) ,access-form))
                  (eval `(let* (,@(mapcar #'list vars vals) (,(first stores) 'new)) ,store-form))
                  *gse-cell*)))
  :value "(T 1 1 NEW (NEW 2))")

(defcase binding.get-setf-expansion-values-stores
  :category binding
  :features (get-setf-expansion values)
  :forms ((multiple-value-bind (vars vals stores) (get-setf-expansion '(values a b c))
            (declare (ignore vars vals))
            (length stores)))
  :value "3")

(defcase binding.get-setf-expansion-five-values
  :category binding
  :features (get-setf-expansion)
  :forms ((length (multiple-value-list (get-setf-expansion '(aref v i)))))
  :value "5")

;;; destructuring-bind lambda lists (CLHS 3.4.5)

(defcase binding.destructuring-bind-whole
  :category binding
  :features (destructuring-bind)
  :forms ((destructuring-bind (&whole w a b) '(1 2)
            (list w a b)))
  :value "((1 2) 1 2)")

(defcase binding.destructuring-bind-optional-supplied-p
  :category binding
  :features (destructuring-bind)
  :forms ((list (destructuring-bind (a &optional (b 'dflt b-p)) '(1) (list a b b-p))
                (destructuring-bind (a &optional (b 'dflt b-p)) '(1 nil) (list a b b-p))))
  :value "((1 DFLT NIL) (1 NIL T))")

(defcase binding.destructuring-bind-key-supplied-p
  :category binding
  :features (destructuring-bind)
  :forms ((destructuring-bind (&key (x 0 x-p) (y 0 y-p)) '(:y 5)
            (list x x-p y y-p)))
  :value "(0 NIL 5 T)")

(defcase binding.destructuring-bind-nested-optional
  :category binding
  :features (destructuring-bind)
  :forms ((destructuring-bind (a &optional ((b c) '(2 3))) '(1)
            (list a b c)))
  :value "(1 2 3)")

(defcase binding.destructuring-bind-dotted-rest
  :category binding
  :features (destructuring-bind)
  :forms ((destructuring-bind (a b . rest) '(1 2 3 4)
            (list a b rest)))
  :value "(1 2 (3 4))")

(defcase binding.destructuring-bind-allow-other-keys
  :category binding
  :features (destructuring-bind)
  :forms ((destructuring-bind (&key a &allow-other-keys) '(:b 2 :a 1 :c 3)
            a))
  :value "1")

(defcase binding.destructuring-bind-unknown-key-signals
  :category binding
  :features (destructuring-bind)
  :forms ((destructuring-bind (&key a) (list :a 1 :b 2)
            a))
  :signals error)

(defcase binding.destructuring-bind-too-many-signals
  :category binding
  :features (destructuring-bind)
  :forms ((destructuring-bind (a b) (list 1 2 3)
            (list a b)))
  :signals error)

(defcase binding.destructuring-bind-too-few-signals
  :category binding
  :features (destructuring-bind)
  :forms ((destructuring-bind (a b c) (list 1 2)
            (list a b c)))
  :signals error)

(defcase binding.destructuring-bind-rest-with-key
  :category binding
  :features (destructuring-bind)
  :forms ((destructuring-bind (&rest all &key a b) '(:b 2 :a 1)
            (list all a b)))
  :value "((:B 2 :A 1) 1 2)")

(defcase binding.destructuring-bind-aux
  :category binding
  :features (destructuring-bind)
  :forms ((destructuring-bind (a &aux (b (* a 10))) '(4)
            (list a b)))
  :value "(4 40)")

(defcase binding.destructuring-bind-key-nested-pattern
  :category binding
  :features (destructuring-bind)
  :forms ((destructuring-bind (&key ((:point (x y)) '(0 0))) '(:point (3 4))
            (list x y)))
  :value "(3 4)")

;;; defvar, defparameter, defconstant, special declarations

(defcase binding.defvar-makes-let-dynamic
  :category binding
  :features (defvar let)
  :forms ((defvar *dyn-a* 1)
          (defun get-dyn-a () *dyn-a*)
          (list (let ((*dyn-a* 2)) (get-dyn-a)) (get-dyn-a)))
  :value "(2 1)")

(defcase binding.defvar-unbound-is-still-special
  :category binding
  :features (defvar boundp)
  :forms ((defvar *dyn-unbound*)
          (defun dyn-unbound-value () *dyn-unbound*)
          (list (boundp '*dyn-unbound*)
                (let ((*dyn-unbound* 'bound)) (dyn-unbound-value))
                (boundp '*dyn-unbound*)))
  :value "(NIL BOUND NIL)")

(defcase binding.defparameter-assigns-each-time
  :category binding
  :features (defparameter)
  :forms ((defparameter *dp* 1)
          (setq *dp* 99)
          (defparameter *dp* 2)
          *dp*)
  :value "2")

(defcase binding.defconstant-returns-name-and-constantp
  :category binding
  :features (defconstant constantp)
  :forms ((list (defconstant +bd-const+ 7) +bd-const+ (constantp '+bd-const+)
                (symbol-value '+bd-const+)))
  :value "(+BD-CONST+ 7 T 7)")

(defcase binding.special-declaration-in-let-affects-reference
  :category binding
  :features (special let)
  :forms ((defun read-free-x () (declare (special free-x)) free-x)
          (let ((free-x 'dynamic))
            (declare (special free-x))
            (read-free-x)))
  :value "DYNAMIC")

(defcase binding.special-declaration-does-not-affect-inner-binding
  :category binding
  :features (special let)
  :note "CLHS 3.3.4: a free special declaration does not affect bindings established inside its scope"
  :forms ((defun read-free-y () (declare (special free-y)) free-y)
          (let ((free-y 'outer))
            (declare (special free-y))
            (let ((free-y 'inner-lexical))
              (list free-y (read-free-y)))))
  :value "(INNER-LEXICAL OUTER)")

(defcase binding.locally-special-refers-to-dynamic
  :category binding
  :features (locally special)
  :forms ((defun bind-dyn-z (f) (let ((dyn-z 'dynamic)) (declare (special dyn-z)) (funcall f)))
          (let ((dyn-z 'lexical))
            (list dyn-z
                  (bind-dyn-z (lambda () (locally (declare (special dyn-z)) dyn-z))))))
  :value "(LEXICAL DYNAMIC)")

(defcase binding.let-star-special-binding-seen-by-later-init
  :category binding
  :features (let* special)
  :forms ((defun dyn-w () (declare (special dyn-w)) dyn-w)
          (let* ((dyn-w 5) (b (dyn-w)))
            (declare (special dyn-w))
            b))
  :value "5")

(defcase binding.let-init-forms-not-in-scope-of-special-decl
  :category binding
  :features (let special)
  :note "CLHS 3.3.4: a bound declaration in let does not cover the init forms"
  :forms ((defvar *lv* 'global)
          (let ((x 'lexical))
            (declare (ignorable x))
            (let ((y x) (x 'shadow))
              (declare (special x))
              (list y x))))
  :value "(LEXICAL SHADOW)")

(defcase binding.progv-binds-at-run-time
  :category binding
  :features (progv symbol-value)
  :forms ((let ((syms (list (make-symbol "A") (make-symbol "B"))))
            (progv syms '(1 2)
              (list (symbol-value (first syms)) (symbol-value (second syms))))))
  :value "(1 2)")

(defcase binding.progv-extra-values-ignored
  :category binding
  :features (progv)
  :forms ((defvar *pv-a* 'global)
          (list (progv '(*pv-a*) '(1 2 3) *pv-a*) *pv-a*))
  :value "(1 GLOBAL)")

(defcase binding.progv-unbound-when-too-few-values
  :category binding
  :features (progv boundp)
  :forms ((defvar *pv-b* 'global)
          (list (progv '(*pv-b*) '() (boundp '*pv-b*)) *pv-b*))
  :value "(NIL GLOBAL)")

(defcase binding.makunbound-returns-symbol
  :category binding
  :features (makunbound boundp)
  :forms ((defvar *mu* 1)
          (list (makunbound '*mu*) (boundp '*mu*)))
  :value "(*MU* NIL)")

(defcase binding.set-affects-dynamic-binding
  :category binding
  :features (set symbol-value)
  :forms ((defvar *set-x* 'global)
          (list (let ((*set-x* 'bound))
                  (set '*set-x* 'assigned)
                  *set-x*)
                *set-x*))
  :value "(ASSIGNED GLOBAL)")
