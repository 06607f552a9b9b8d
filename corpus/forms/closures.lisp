;;;; corpus/forms/closures.lisp — closures over lexical bindings (CLHS 3.1.4). Expectations: SBCL 2.2.9.

(defcase closures.counter-increments
  :category closures
  :features (lambda let closures)
  :forms ((let ((f (let ((n 0)) (lambda () (incf n)))))
            (funcall f)
            (funcall f)
            (funcall f)))
  :value "3")

(defcase closures.two-counters-independent
  :category closures
  :features (lambda defun closures)
  :forms ((defun cl-make-counter ()
            (let ((n 0)) (lambda () (incf n))))
          (let ((a (cl-make-counter)) (b (cl-make-counter)))
            (funcall a) (funcall a) (funcall b)
            (list (funcall a) (funcall b))))
  :value "(3 2)")

(defcase closures.shared-environment-two-closures
  :category closures
  :features (lambda closures)
  :forms ((let* ((n 0)
                 (inc (lambda () (incf n)))
                 (get (lambda () n)))
            (funcall inc)
            (funcall inc)
            (funcall get)))
  :value "2")

(defcase closures.closure-sees-later-setq
  :category closures
  :features (lambda setq closures)
  :forms ((let* ((x 1)
                 (f (lambda () x)))
            (setq x 2)
            (funcall f)))
  :value "2")

(defcase closures.closure-over-parameter
  :category closures
  :features (defun lambda closures)
  :forms ((defun cl-adder (n) (lambda (x) (+ x n)))
          (funcall (cl-adder 10) 5))
  :value "15")

(defcase closures.closures-over-distinct-parameters
  :category closures
  :features (defun lambda mapcar closures)
  :forms ((defun cl-mul (n) (lambda (x) (* x n)))
          (mapcar (lambda (f) (funcall f 3)) (list (cl-mul 1) (cl-mul 2) (cl-mul 3))))
  :value "(3 6 9)")

(defcase closures.dotimes-closures-capture
  :category closures
  :features (dotimes lambda closures)
  :forms ((let ((fs nil))
            (dotimes (i 3)
              (let ((j i))
                (push (lambda () j) fs)))
            (mapcar #'funcall fs)))
  :value "(2 1 0)")

(defcase closures.let-per-iteration-fresh-binding
  :category closures
  :features (dolist let lambda closures)
  :forms ((let ((fs nil))
            (dolist (x '(a b c))
              (let ((y x))
                (push (lambda () y) fs)))
            (mapcar #'funcall (reverse fs))))
  :value "(A B C)")

(defcase closures.mapcar-closures-fresh-each-call
  :category closures
  :features (mapcar lambda closures)
  :forms ((let ((fs (mapcar (lambda (x) (lambda () (* x x))) '(1 2 3 4))))
            (mapcar #'funcall fs)))
  :value "(1 4 9 16)")

(defcase closures.closure-modifies-captured-variable
  :category closures
  :features (lambda setq closures)
  :forms ((let ((x 1))
            (funcall (lambda () (setq x 100)))
            x))
  :value "100")

(defcase closures.closure-returned-from-flet
  :category closures
  :features (flet function closures)
  :forms ((let ((f (let ((secret 42))
                     (flet ((reveal () secret)) #'reveal))))
            (funcall f)))
  :value "42")

(defcase closures.labels-recursion-in-closure
  :category closures
  :features (labels closures)
  :forms ((let ((base 2))
            (labels ((pow (n) (if (= n 0) 1 (* base (pow (- n 1))))))
              (pow 10))))
  :value "1024")

(defcase closures.closure-captures-loop-accumulator
  :category closures
  :features (dolist lambda closures)
  :forms ((let ((sum 0))
            (mapc (lambda (x) (incf sum x)) '(1 2 3 4))
            sum))
  :value "10")

(defcase closures.closure-as-generator
  :category closures
  :features (defun lambda closures)
  :forms ((defun cl-gen-list (list)
            (lambda () (pop list)))
          (let ((g (cl-gen-list (list 'a 'b 'c))))
            (list (funcall g) (funcall g) (funcall g) (funcall g))))
  :value "(A B C NIL)")

(defcase closures.closure-bank-account
  :category closures
  :features (defun lambda closures case)
  :forms ((defun cl-account (balance)
            (lambda (op amount)
              (case op
                (:deposit (incf balance amount))
                (:withdraw (decf balance amount)))))
          (let ((acc (cl-account 100)))
            (funcall acc :deposit 50)
            (funcall acc :withdraw 30)))
  :value "120")

(defcase closures.compose-closures
  :category closures
  :features (defun lambda closures)
  :forms ((defun cl-compose (f g) (lambda (x) (funcall f (funcall g x))))
          (funcall (cl-compose #'1+ (lambda (x) (* x 2))) 5))
  :value "11")

(defcase closures.curry-closure
  :category closures
  :features (defun lambda apply closures)
  :forms ((defun cl-curry (f &rest args1)
            (lambda (&rest args2) (apply f (append args1 args2))))
          (funcall (cl-curry #'list 1 2) 3 4))
  :value "(1 2 3 4)")

(defcase closures.closure-over-closure
  :category closures
  :features (lambda closures)
  :forms ((let ((f (let ((a 1))
                     (let ((g (let ((b 2)) (lambda () (+ a b)))))
                       (lambda () (* 10 (funcall g)))))))
            (funcall f)))
  :value "30")

(defcase closures.closure-in-hash-of-functions
  :category closures
  :features (lambda closures assoc)
  :forms ((let ((table (list (cons 'add (lambda (a b) (+ a b)))
                             (cons 'sub (lambda (a b) (- a b))))))
            (list (funcall (cdr (assoc 'add table)) 7 3)
                  (funcall (cdr (assoc 'sub table)) 7 3))))
  :value "(10 4)")

(defcase closures.closure-over-let-star
  :category closures
  :features (let* lambda closures)
  :forms ((let* ((a 1) (b (+ a 1)) (f (lambda () (list a b))))
            (setq a 10)
            (funcall f)))
  :value "(10 2)")

(defcase closures.closure-memoize
  :category closures
  :features (defun lambda closures assoc)
  :forms ((defun cl-memo (f)
            (let ((cache nil) (calls 0))
              (lambda (x)
                (let ((hit (assoc x cache)))
                  (if hit
                      (list (cdr hit) calls)
                      (let ((v (funcall f x)))
                        (incf calls)
                        (push (cons x v) cache)
                        (list v calls)))))))
          (let ((m (cl-memo (lambda (x) (* x x)))))
            (funcall m 4)
            (funcall m 5)
            (funcall m 4)))
  :value "(16 2)")

(defcase closures.closure-captures-block-name
  :category closures
  :features (block return-from lambda closures)
  :forms ((block outer
            (mapc (lambda (x) (when (> x 2) (return-from outer x))) '(1 2 3 4))
            'none))
  :value "3")

(defcase closures.closure-funcall-with-args
  :category closures
  :features (lambda funcall closures)
  :forms ((let ((k 3))
            (funcall (lambda (a b &optional (c k)) (list a b c)) 1 2)))
  :value "(1 2 3)")

(defcase closures.closure-y-style-recursion
  :category closures
  :features (lambda funcall closures)
  :forms ((let ((fact (lambda (self n) (if (< n 2) 1 (* n (funcall self self (- n 1)))))))
            (funcall fact fact 6)))
  :value "720")

(defcase closures.closure-setf-via-setter
  :category closures
  :features (defun lambda closures values)
  :forms ((defun cl-cell (v)
            (values (lambda () v) (lambda (new) (setf v new))))
          (multiple-value-bind (get set) (cl-cell 1)
            (funcall set 'changed)
            (funcall get)))
  :value "CHANGED")

(defcase closures.closure-list-of-counters-dotimes
  :category closures
  :features (dotimes lambda closures)
  :forms ((let ((counters nil))
            (dotimes (i 3)
              (let ((n (* i 10)))
                (push (lambda () (incf n)) counters)))
            (setq counters (reverse counters))
            (funcall (first counters))
            (funcall (first counters))
            (mapcar #'funcall counters)))
  :value "(3 11 21)")

(defcase closures.closure-captures-dolist-value-copy
  :category closures
  :features (dolist let lambda closures)
  :forms ((let ((fs nil))
            (dolist (i '(1 2 3))
              (let ((i i))
                (push (lambda () (* i 10)) fs)))
            (mapcar #'funcall fs)))
  :value "(30 20 10)")

(defcase closures.closure-remove-if-predicate
  :category closures
  :features (remove-if lambda closures)
  :forms ((let ((limit 3))
            (remove-if (lambda (x) (> x limit)) '(1 5 2 4 3))))
  :value "(1 2 3)")

(defcase closures.closure-sort-by-key
  :category closures
  :features (sort lambda closures)
  :forms ((let ((key #'cdr))
            (sort (list (cons 'a 3) (cons 'b 1) (cons 'c 2))
                  (lambda (x y) (< (funcall key x) (funcall key y))))))
  :value "((B . 1) (C . 2) (A . 3))")

(defcase closures.closure-reduce-lambda
  :category closures
  :features (reduce lambda closures)
  :forms ((let ((weight 2))
            (reduce (lambda (acc x) (+ acc (* weight x))) '(1 2 3) :initial-value 0)))
  :value "12")

(defcase closures.closure-captures-special-dynamic-lookup
  :category closures
  :features (defvar lambda closures)
  :forms ((defvar *cl-dyn* 'global)
          (let ((f (lambda () *cl-dyn*)))
            (let ((*cl-dyn* 'dynamic))
              (funcall f))))
  :value "DYNAMIC")

(defcase closures.closure-over-optional-default
  :category closures
  :features (defun lambda closures)
  :forms ((defun cl-opt (&optional (x 5)) (lambda () x))
          (list (funcall (cl-opt)) (funcall (cl-opt 7))))
  :value "(5 7)")

(defcase closures.closure-over-rest-list
  :category closures
  :features (defun lambda closures)
  :forms ((defun cl-rest (&rest xs) (lambda () (length xs)))
          (funcall (cl-rest 1 2 3 4)))
  :value "4")

(defcase closures.closure-over-key-args
  :category closures
  :features (defun lambda closures)
  :forms ((defun cl-key (&key (a 1) (b 2)) (lambda () (list a b)))
          (funcall (cl-key :b 20)))
  :value "(1 20)")

(defcase closures.closure-instances-keep-own-state
  :category closures
  :features (lambda closures)
  :forms ((flet ((make (start) (let ((x start)) (lambda () (incf x)))))
            (let ((a (make 0)) (b (make 100)))
              (list (funcall a) (funcall b) (funcall a) (funcall b)))))
  :value "(1 101 2 102)")

(defcase closures.closure-same-object-eq
  :category closures
  :features (lambda eq closures)
  :forms ((let ((f (let ((x 0)) (lambda () x))))
            (eq f f)))
  :value "T")

(defcase closures.closure-functionp
  :category closures
  :features (lambda functionp closures)
  :forms ((list (functionp (let ((x 1)) (lambda () x))) (functionp 'car) (functionp #'car)))
  :value "(T NIL T)")

(defcase closures.closure-apply
  :category closures
  :features (lambda apply closures)
  :forms ((let ((offset 100))
            (apply (lambda (&rest xs) (+ offset (length xs))) 1 2 '(3 4))))
  :value "104")

(defcase closures.closure-nested-lambdas-three-levels
  :category closures
  :features (lambda closures)
  :forms ((funcall (funcall (funcall (lambda (a) (lambda (b) (lambda (c) (list a b c)))) 1) 2) 3))
  :value "(1 2 3)")

(defcase closures.closure-counter-reset
  :category closures
  :features (defun lambda closures)
  :forms ((defun cl-resettable ()
            (let ((n 0))
              (list (lambda () (incf n)) (lambda () (setq n 0)))))
          (destructuring-bind (inc reset) (cl-resettable)
            (funcall inc) (funcall inc)
            (funcall reset)
            (funcall inc)))
  :value "1")

(defcase closures.closure-captures-macrolet-expansion
  :category closures
  :features (macrolet lambda closures)
  :forms ((let ((x 5))
            (macrolet ((twice-x () '(* 2 x)))
              (funcall (lambda () (twice-x))))))
  :value "10")

(defcase closures.closure-loop-collect
  :category closures
  :features (loop lambda closures)
  :forms ((let ((fs (loop for i from 1 to 3 collect (let ((i i)) (lambda () (* i i))))))
            (mapcar #'funcall fs)))
  :value "(1 4 9)")

(defcase closures.closure-stored-in-defvar
  :category closures
  :features (defvar lambda closures)
  :forms ((defvar *cl-stored* (let ((n 10)) (lambda () (incf n))))
          (funcall *cl-stored*)
          (funcall *cl-stored*))
  :value "12")

(defcase closures.closure-symbol-function
  :category closures
  :features (setf symbol-function lambda closures)
  :forms ((let ((n 0))
            (setf (symbol-function 'cl-installed) (lambda () (incf n 5))))
          (cl-installed)
          (cl-installed))
  :value "10")

(defcase closures.closure-fib-iterator
  :category closures
  :features (defun lambda closures)
  :forms ((defun cl-fib-gen ()
            (let ((a 0) (b 1))
              (lambda () (prog1 a (psetq a b b (+ a b))))))
          (let ((g (cl-fib-gen)))
            (loop repeat 10 collect (funcall g))))
  :value "(0 1 1 2 3 5 8 13 21 34)")

(defcase closures.closure-captures-tagbody-tag
  :category closures
  :features (tagbody go lambda closures)
  :forms ((let ((n 0))
            (tagbody
               (let ((jump (lambda () (go end))))
                 (incf n)
                 (funcall jump)
                 (incf n 100))
             end)
            n))
  :value "1")

(defcase closures.closure-complement
  :category closures
  :features (complement closures)
  :forms ((mapcar (complement #'evenp) '(1 2 3)))
  :value "(T NIL T)")

(defcase closures.closure-constantly
  :category closures
  :features (constantly mapcar)
  :forms ((mapcar (constantly 'k) '(1 2 3)))
  :value "(K K K)")

(defcase closures.closure-counter-many-calls
  :category closures
  :features (dotimes lambda closures)
  :forms ((let* ((n 0) (f (lambda () (incf n))))
            (dotimes (i 1000) (funcall f))
            n))
  :value "1000")

(defcase closures.closure-mutual-labels-captured
  :category closures
  :features (labels lambda closures)
  :forms ((let ((fn (labels ((ev (n) (if (= n 0) 'even (od (- n 1))))
                             (od (n) (if (= n 0) 'odd (ev (- n 1)))))
                      #'ev)))
            (list (funcall fn 4) (funcall fn 5))))
  :value "(EVEN ODD)")

(defcase closures.closure-captures-and-shadows
  :category closures
  :features (let lambda closures)
  :forms ((let ((x 'a))
            (let ((f (lambda () x)))
              (let ((x 'b))
                (declare (ignorable x))
                (funcall f)))))
  :value "A")

(defcase closures.closure-funcall-undefined-signals
  :category closures
  :features (funcall)
  :forms ((funcall 'cl-no-such-function 1))
  :signals undefined-function)

(defcase closures.closure-call-non-function-signals
  :category closures
  :features (funcall)
  :forms ((funcall (identity 5)))
  :signals type-error)

(defcase closures.closure-accumulator-generator
  :category closures
  :features (defun lambda closures)
  :forms ((defun cl-make-acc (total) (lambda (n) (incf total n)))
          (let ((acc (cl-make-acc 100)))
            (funcall acc 10)
            (funcall acc -5)))
  :value "105")

(defcase closures.closure-list-of-adders-via-mapcar
  :category closures
  :features (mapcar lambda closures)
  :forms ((let ((adders (mapcar (lambda (n) (lambda (x) (+ x n))) '(1 10 100))))
            (mapcar (lambda (f) (funcall f 5)) adders)))
  :value "(6 15 105)")

(defcase closures.closure-captures-let-in-labels
  :category closures
  :features (labels lambda closures)
  :forms ((labels ((make (n) (lambda () (* n n))))
            (mapcar #'funcall (list (make 2) (make 3)))))
  :value "(4 9)")

(defcase closures.closure-counter-shared-by-two-flet
  :category closures
  :features (flet closures)
  :forms ((let ((n 0))
            (flet ((up () (incf n)) (down () (decf n)))
              (up) (up) (up) (down)
              n)))
  :value "2")

(defcase closures.closure-queue
  :category closures
  :features (defun lambda closures)
  :forms ((defun cl-make-queue ()
            (let ((items nil))
              (list (lambda (x) (setq items (append items (list x))))
                    (lambda () (pop items)))))
          (destructuring-bind (enq deq) (cl-make-queue)
            (funcall enq 1) (funcall enq 2) (funcall enq 3)
            (list (funcall deq) (funcall deq))))
  :value "(1 2)")

(defcase closures.closure-over-loop-with-let-copy
  :category closures
  :features (loop lambda closures)
  :forms ((let ((fs nil))
            (loop for i from 0 below 4 do (let ((k i)) (push (lambda () k) fs)))
            (mapcar #'funcall (nreverse fs))))
  :value "(0 1 2 3)")

(defcase closures.closure-stack
  :category closures
  :features (defun lambda closures)
  :forms ((defun cl-make-stack ()
            (let ((s nil))
              (lambda (op &optional v)
                (ecase op (:push (push v s) v) (:pop (pop s)) (:size (length s))))))
          (let ((st (cl-make-stack)))
            (funcall st :push 'a) (funcall st :push 'b)
            (list (funcall st :pop) (funcall st :size))))
  :value "(B 1)")

(defcase closures.closure-predicate-factory
  :category closures
  :features (defun lambda closures remove-if-not)
  :forms ((defun cl-between (lo hi) (lambda (x) (<= lo x hi)))
          (remove-if-not (cl-between 3 6) '(1 2 3 4 5 6 7 8)))
  :value "(3 4 5 6)")

(defcase closures.closure-captures-array
  :category closures
  :features (lambda closures aref)
  :forms ((let* ((v (vector 0 0 0))
                 (bump (lambda (i) (incf (aref v i)))))
            (funcall bump 1) (funcall bump 1) (funcall bump 2)
            v))
  :value "#(0 2 1)")

(defcase closures.closure-captured-variable-after-return
  :category closures
  :features (defun lambda closures)
  :forms ((defun cl-pair ()
            (let ((x 0))
              (cons (lambda () (incf x)) (lambda () x))))
          (let ((p (cl-pair)))
            (funcall (car p)) (funcall (car p))
            (funcall (cdr p))))
  :value "2")

(defcase closures.closure-recursive-via-setq
  :category closures
  :features (lambda closures setq)
  :forms ((let ((f nil))
            (setq f (lambda (n) (if (= n 0) 0 (+ n (funcall f (- n 1))))))
            (funcall f 10)))
  :value "55")

(defcase closures.closure-once
  :category closures
  :features (defun lambda closures)
  :forms ((defun cl-once (fn)
            (let ((done nil) (val nil))
              (lambda () (unless done (setq val (funcall fn) done t)) val)))
          (let* ((n 0) (o (cl-once (lambda () (incf n)))))
            (funcall o) (funcall o) (funcall o)
            (list (funcall o) n)))
  :value "(1 1)")

(defcase closures.closure-partial-application-keywords
  :category closures
  :features (lambda apply closures)
  :forms ((let ((make (lambda (&key (a 1) (b 2)) (list a b))))
            (let ((with-b (lambda (&rest args) (apply make :b 20 args))))
              (list (funcall with-b) (funcall with-b :a 5)))))
  :value "((1 20) (5 20))")

(defcase closures.closure-in-struct-slot
  :category closures
  :features (defstruct lambda closures)
  :forms ((defstruct cl-obj fn)
          (let* ((secret 7) (o (make-cl-obj :fn (lambda () secret))))
            (funcall (cl-obj-fn o))))
  :value "7")

(defcase closures.closure-dynamic-vs-lexical-two-vars
  :category closures
  :features (defvar lambda let closures)
  :forms ((defvar *cl-sp* 's0)
          (let ((lex 'l0))
            (let ((f (lambda () (list lex *cl-sp*))))
              (setq lex 'l1)
              (let ((*cl-sp* 's1))
                (funcall f)))))
  :value "(L1 S1)")

(defcase closures.closure-every-element-captured
  :category closures
  :features (mapcar lambda closures)
  :forms ((let ((fs (mapcar (lambda (s) (lambda () (symbol-name s))) '(a b c))))
            (mapcar #'funcall fs)))
  :value "(\"A\" \"B\" \"C\")")

(defcase closures.closure-nested-counter-reset-inner
  :category closures
  :features (lambda closures)
  :forms ((let ((outer 0))
            (let ((make-inner (lambda () (let ((inner 0)) (lambda () (incf outer) (incf inner))))))
              (let ((i1 (funcall make-inner)) (i2 (funcall make-inner)))
                (funcall i1) (funcall i1) (funcall i2)
                (list (funcall i1) (funcall i2) outer)))))
  :value "(3 2 5)")

(defcase closures.closure-sort-descending-by-captured-flag
  :category closures
  :features (sort lambda closures)
  :forms ((let ((descending t))
            (sort (list 3 1 2) (lambda (a b) (if descending (> a b) (< a b))))))
  :value "(3 2 1)")

;;; Lexical closures (CLHS 3.1.4): closures capture bindings, not values

(defcase closures.do-steps-by-assignment-shared-binding
  :category closures
  :features (do lambda closures)
  :note "CLHS do: the step forms are assigned as if by psetq, so all closures see one binding"
  :forms ((let ((fns nil))
            (do ((i 0 (1+ i))) ((= i 3))
              (push (lambda () i) fns))
            (mapcar #'funcall fns)))
  :value "(3 3 3)")

(defcase closures.do-star-shared-binding
  :category closures
  :features (do* lambda closures)
  :forms ((let ((fns nil))
            (do* ((i 0 (1+ i))) ((= i 2))
              (push (lambda () i) fns))
            (mapcar #'funcall fns)))
  :value "(2 2)")

(defcase closures.shadowing-after-creation-does-not-affect
  :category closures
  :features (lambda let closures)
  :forms ((let ((x 'captured))
            (let ((f (lambda () x)))
              (let ((x 'shadow))
                (declare (ignorable x))
                (funcall f)))))
  :value "CAPTURED")

(defcase closures.outer-setq-after-creation-visible
  :category closures
  :features (lambda setq closures)
  :forms ((let* ((x 1) (f (lambda () x)))
            (setq x 2)
            (funcall f)))
  :value "2")

(defcase closures.closure-setq-visible-to-outer
  :category closures
  :features (lambda setq closures)
  :forms ((let ((x 1))
            (funcall (lambda () (setq x 99)))
            x))
  :value "99")

(defcase closures.recursive-activations-own-bindings
  :category closures
  :features (defun lambda closures)
  :forms ((defun make-depth-closures (n)
            (if (= n 0) nil (cons (lambda () n) (make-depth-closures (1- n)))))
          (mapcar #'funcall (make-depth-closures 4)))
  :value "(4 3 2 1)")

(defcase closures.same-call-closures-share-different-calls-dont
  :category closures
  :features (defun lambda values closures)
  :forms ((defun make-pair ()
            (let ((n 0))
              (values (lambda () (incf n)) (lambda () n))))
          (multiple-value-bind (inc1 get1) (make-pair)
            (multiple-value-bind (inc2 get2) (make-pair)
              (funcall inc1) (funcall inc1) (funcall inc2)
              (list (funcall get1) (funcall get2)))))
  :value "(2 1)")

(defcase closures.special-variable-looked-up-at-call-time
  :category closures
  :features (defvar lambda closures)
  :forms ((defvar *cl-dyn* 'global)
          (let ((f (let ((*cl-dyn* 'at-creation)) (lambda () *cl-dyn*))))
            (list (funcall f) (let ((*cl-dyn* 'at-call)) (funcall f)))))
  :value "(GLOBAL AT-CALL)")

(defcase closures.local-special-declaration-not-captured
  :category closures
  :features (special lambda closures)
  :forms ((defun call-with-dyn-v (f) (let ((dyn-v 'caller)) (declare (special dyn-v)) (funcall f)))
          (let ((dyn-v 'creator))
            (declare (special dyn-v))
            (call-with-dyn-v (lambda () (declare (special dyn-v)) dyn-v))))
  :value "CALLER")

(defcase closures.capture-rest-list
  :category closures
  :features (lambda &rest closures)
  :forms ((defun keep-args (&rest args) (lambda () args))
          (funcall (keep-args 1 2 3)))
  :value "(1 2 3)")

(defcase closures.capture-optional-default-from-outer
  :category closures
  :features (lambda &optional closures)
  :forms ((let* ((d 5) (f (lambda (&optional (x d)) x)))
            (setq d 6)
            (list (funcall f) (funcall f 1))))
  :value "(6 1)")

(defcase closures.capture-key-default-from-outer
  :category closures
  :features (lambda &key closures)
  :forms ((let ((base 100))
            (let ((f (lambda (&key (offset 1)) (+ base offset))))
              (list (funcall f) (funcall f :offset 5)))))
  :value "(101 105)")

(defcase closures.capture-multiple-value-bind-vars
  :category closures
  :features (multiple-value-bind lambda closures)
  :forms ((let ((f (multiple-value-bind (q r) (floor 17 5) (lambda () (list q r)))))
            (funcall f)))
  :value "(3 2)")

(defcase closures.capture-destructuring-bind-vars
  :category closures
  :features (destructuring-bind lambda closures)
  :forms ((let ((f (destructuring-bind (a (b . c)) '(1 (2 3 4)) (lambda () (list a b c)))))
            (funcall f)))
  :value "(1 2 (3 4))")

(defcase closures.capture-flet-function
  :category closures
  :features (flet function closures)
  :forms ((defun make-scaler (k)
            (flet ((scale (x) (* k x)))
              #'scale))
          (list (funcall (make-scaler 3) 4) (mapcar (make-scaler 10) '(1 2))))
  :value "(12 (10 20))")

(defcase closures.labels-closure-returned-recursive
  :category closures
  :features (labels function closures)
  :forms ((defun make-power-of (base)
            (labels ((pow (n) (if (= n 0) 1 (* base (pow (1- n))))))
              #'pow))
          (list (funcall (make-power-of 2) 10) (funcall (make-power-of 3) 3)))
  :value "(1024 27)")

(defcase closures.nested-depths-share-variable
  :category closures
  :features (lambda closures)
  :forms ((let ((x 0))
            (let ((outer (lambda ()
                           (let ((inner (lambda () (incf x 10))))
                             (incf x)
                             (funcall inner)))))
              (funcall outer)
              (funcall outer)
              x)))
  :value "22")

(defcase closures.symbol-macrolet-over-captured-variable
  :category closures
  :features (symbol-macrolet lambda closures)
  :forms ((let* ((cell (list 0))
                 (bump (symbol-macrolet ((count (car cell))) (lambda () (incf count)))))
            (funcall bump) (funcall bump)
            cell))
  :value "(2)")

(defcase closures.macrolet-expansion-refers-to-captured
  :category closures
  :features (macrolet lambda closures)
  :forms ((let ((total 0))
            (macrolet ((add (n) `(incf total ,n)))
              (let ((f (lambda (x) (add x))))
                (funcall f 5) (funcall f 7)))
            total))
  :value "12")

(defcase closures.capture-loop-with-variable
  :category closures
  :features (loop lambda closures)
  :forms ((let ((f (loop with acc = (list 'start) repeat 1 return (lambda (x) (push x acc) acc))))
            (funcall f 'a)
            (funcall f 'b)))
  :value "(B A START)")

(defcase closures.many-independent-bindings
  :category closures
  :features (mapcar lambda closures)
  :forms ((let ((fns (mapcar (lambda (n) (lambda () (* n n))) (loop for i from 1 to 100 collect i))))
            (list (funcall (first fns)) (funcall (nth 49 fns)) (funcall (car (last fns)))
                  (reduce #'+ (mapcar #'funcall fns)))))
  :value "(1 2500 10000 338350)")

(defcase closures.closure-over-mutated-vector-element
  :category closures
  :features (lambda aref closures)
  :forms ((let* ((v (vector 1 2 3)) (get (lambda (i) (aref v i))))
            (setf (aref v 1) 'changed)
            (list (funcall get 1) (progn (setq v (vector 'new)) (funcall get 0)))))
  :value "(CHANGED NEW)")

(defcase closures.church-numerals
  :category closures
  :features (lambda closures)
  :forms ((let* ((zero (lambda (f) (declare (ignore f)) (lambda (x) x)))
                 (succ (lambda (n) (lambda (f) (lambda (x) (funcall f (funcall (funcall n f) x))))))
                 (plus (lambda (m n) (lambda (f) (lambda (x) (funcall (funcall m f) (funcall (funcall n f) x))))))
                 (to-int (lambda (n) (funcall (funcall n #'1+) 0)))
                 (three (funcall succ (funcall succ (funcall succ zero)))))
            (list (funcall to-int zero) (funcall to-int three)
                  (funcall to-int (funcall plus three three)))))
  :value "(0 3 6)")

(defcase closures.y-combinator-factorial
  :category closures
  :features (lambda closures)
  :forms ((let ((y (lambda (f)
                     ((lambda (x) (funcall f (lambda (n) (funcall (funcall x x) n))))
                      (lambda (x) (funcall f (lambda (n) (funcall (funcall x x) n))))))))
            (funcall (funcall y (lambda (self) (lambda (n) (if (= n 0) 1 (* n (funcall self (1- n)))))))
                     10)))
  :value "3628800")

(defcase closures.curry-three-levels
  :category closures
  :features (lambda closures)
  :forms ((let ((add3 (lambda (a) (lambda (b) (lambda (c) (+ a b c))))))
            (let ((add-1 (funcall add3 1)))
              (list (funcall (funcall add-1 2) 3) (funcall (funcall add-1 10) 20)))))
  :value "(6 31)")

(defcase closures.closure-in-hash-table
  :category closures
  :features (lambda gethash closures)
  :forms ((let ((ops (make-hash-table)) (calls 0))
            (setf (gethash 'double ops) (lambda (x) (incf calls) (* 2 x))
                  (gethash 'negate ops) (lambda (x) (incf calls) (- x)))
            (list (funcall (gethash 'double ops) 4) (funcall (gethash 'negate ops) 4) calls)))
  :value "(8 -4 2)")

(defcase closures.closure-as-setf-fdefinition
  :category closures
  :features (fdefinition lambda closures)
  :forms ((let ((n 0))
            (setf (fdefinition 'closure-counter-fn) (lambda () (incf n))))
          (closure-counter-fn)
          (closure-counter-fn))
  :value "2")

(defcase closures.closure-in-defparameter
  :category closures
  :features (defparameter lambda closures)
  :forms ((defparameter *adder* (let ((k 7)) (lambda (x) (+ x k))))
          (funcall *adder* 1))
  :value "8")

(defcase closures.closure-captured-in-handler
  :category closures
  :features (handler-bind lambda closures)
  :forms ((let ((log nil))
            (handler-bind ((warning (lambda (c) (push (princ-to-string c) log) (muffle-warning c))))
              (warn "one")
              (warn "two"))
            log))
  :value "(\"two\" \"one\")")

(defcase closures.closure-captured-in-cleanup
  :category closures
  :features (unwind-protect lambda closures)
  :forms ((let* ((state 'initial) (reset (lambda () (setq state 'reset))))
            (catch 'x (unwind-protect (progn (setq state 'busy) (throw 'x nil)) (funcall reset)))
            state))
  :value "RESET")

(defcase closures.closure-over-case-branch-binding
  :category closures
  :features (case let lambda closures)
  :forms ((defun pick-fn (k)
            (case k
              (a (let ((tag 'alpha)) (lambda () tag)))
              (t (let ((tag 'other)) (lambda () tag)))))
          (list (funcall (pick-fn 'a)) (funcall (pick-fn 'z))))
  :value "(ALPHA OTHER)")

(defcase closures.setter-getter-pair-via-values
  :category closures
  :features (lambda values closures)
  :forms ((multiple-value-bind (get set)
              (let ((v 'unset)) (values (lambda () v) (lambda (new) (setq v new))))
            (funcall set 'first)
            (let ((a (funcall get)))
              (funcall set 'second)
              (list a (funcall get)))))
  :value "(FIRST SECOND)")

(defcase closures.closure-with-typed-captured-variable
  :category closures
  :features (declare lambda closures)
  :forms ((let ((n 0))
            (declare (type fixnum n))
            (let ((inc (lambda () (incf n))))
              (dotimes (i 5) (funcall inc))
              n)))
  :value "5")

(defcase closures.apply-closure-rest-arguments
  :category closures
  :features (apply lambda closures)
  :forms ((let* ((prefix '(p)) (f (lambda (&rest xs) (append prefix xs))))
            (apply f 1 2 '(3))))
  :value "(P 1 2 3)")

(defcase closures.lambda-parameter-fresh-per-call
  :category closures
  :features (lambda closures)
  :forms ((let* ((maker (lambda (x) (lambda () (setq x (* x 2)))))
                 (a (funcall maker 1))
                 (b (funcall maker 10)))
            (funcall a) (funcall a)
            (list (funcall a) (funcall b))))
  :value "(8 20)")

(defcase closures.closure-captures-block-and-variable
  :category closures
  :features (block return-from lambda closures)
  :forms ((let ((seen 0))
            (list (block b
                    (mapc (lambda (x) (incf seen) (when (eq x 'stop) (return-from b seen))) '(a b stop c))
                    'none)
                  seen)))
  :value "(3 3)")

(defcase closures.closure-list-accumulator-shared
  :category closures
  :features (lambda closures)
  :forms ((let* ((items nil)
                 (add (lambda (x) (push x items)))
                 (all (lambda () (reverse items))))
            (mapc add '(1 2 3))
            (funcall all)))
  :value "(1 2 3)")

(defcase closures.closure-compose-many
  :category closures
  :features (reduce lambda closures)
  :forms ((let ((composed (reduce (lambda (f g) (lambda (x) (funcall f (funcall g x))))
                                  (list #'1+ (lambda (x) (* x 2)) #'abs))))
            (funcall composed -5)))
  :value "11")

(defcase closures.closure-memo-table-private
  :category closures
  :features (lambda gethash closures)
  :forms ((let ((calls 0))
            (let ((slow-square (let ((memo (make-hash-table)))
                                 (lambda (n) (or (gethash n memo)
                                                 (setf (gethash n memo) (progn (incf calls) (* n n))))))))
              (list (funcall slow-square 4) (funcall slow-square 4) (funcall slow-square 5) calls))))
  :value "(16 16 25 2)")

(defcase closures.closure-over-progv-is-dynamic
  :category closures
  :features (progv lambda closures)
  :forms ((defvar *pv-cl* 'global)
          (let ((f (progv '(*pv-cl*) '(inside) (lambda () *pv-cl*))))
            (funcall f)))
  :value "GLOBAL")

(defcase closures.closure-captures-let-star-chain
  :category closures
  :features (let* lambda closures)
  :forms ((let* ((a 1) (fa (lambda () a)) (a 2) (fb (lambda () a)))
            (list (funcall fa) (funcall fb))))
  :value "(1 2)")

(defcase closures.closure-equal-to-itself
  :category closures
  :features (lambda eq equal closures)
  :forms ((let ((f (lambda () 1)))
            (list (eq f f) (equal f f) (eql f f))))
  :value "(T T T)")

(defcase closures.closure-generator-with-state-machine
  :category closures
  :features (lambda case closures)
  :forms ((let ((gen (let ((state 'a))
                       (lambda ()
                         (prog1 state
                           (setq state (case state (a 'b) (b 'c) (c 'a))))))))
            (loop repeat 5 collect (funcall gen))))
  :value "(A B C A B)")

(defcase closures.closure-over-struct-slot-updates
  :category closures
  :features (defstruct lambda closures)
  :forms ((defstruct cl-box value)
          (let* ((b (make-cl-box :value 1)) (peek (lambda () (cl-box-value b))))
            (setf (cl-box-value b) 2)
            (funcall peek)))
  :value "2")

(defcase closures.closures-in-labels-share-outer
  :category closures
  :features (labels lambda closures)
  :forms ((let ((total 0))
            (labels ((add (n) (incf total n))
                     (add-all (l) (mapc #'add l)))
              (add-all '(1 2 3))
              (add 10))
            total))
  :value "16")

(defcase closures.closure-returned-from-handler-case
  :category closures
  :features (handler-case lambda closures)
  :forms ((let ((f (handler-case (error "msg ~a" 5)
                     (error (c) (lambda () (princ-to-string c))))))
            (funcall f)))
  :value "\"msg 5\"")

(defcase closures.closure-captures-dotimes-result-variable
  :category closures
  :features (dotimes let lambda closures)
  :forms ((let ((fns nil))
            (dotimes (i 3)
              (let ((sq (* i i)))
                (push (lambda () sq) fns)))
            (mapcar #'funcall (nreverse fns))))
  :value "(0 1 4)")

(defcase closures.closure-mutual-recursion-via-variables
  :category closures
  :features (lambda setq closures)
  :forms ((let (even-p odd-p)
            (setq even-p (lambda (n) (if (= n 0) t (funcall odd-p (1- n))))
                  odd-p (lambda (n) (if (= n 0) nil (funcall even-p (1- n)))))
            (list (funcall even-p 10) (funcall odd-p 7) (funcall even-p 7))))
  :value "(T T NIL)")

(defcase closures.closure-over-catch-tag-variable
  :category closures
  :features (catch throw lambda closures)
  :forms ((let* ((tag (list 'my-tag)) (escape (lambda (v) (throw tag v))))
            (catch tag (funcall escape 'escaped) 'not-reached)))
  :value "ESCAPED")

(defcase closures.closure-keeps-binding-after-function-returns
  :category closures
  :features (defun lambda closures)
  :forms ((defun make-account (balance)
            (list (lambda (n) (incf balance n)) (lambda (n) (decf balance n)) (lambda () balance)))
          (destructuring-bind (deposit withdraw query) (make-account 100)
            (funcall deposit 50)
            (funcall withdraw 30)
            (funcall query)))
  :value "120")

(defcase closures.closure-over-parameter-shadowing-global-function-name
  :category closures
  :features (lambda closures)
  :forms ((defun list-maker (list) (lambda () (list list list)))
          (funcall (list-maker 'x)))
  :value "(X X)")

(defcase closures.closure-over-loop-for-in-with-let
  :category closures
  :features (loop let lambda closures)
  :forms ((let ((fns (loop for x in '(a b c) collect (let ((y x)) (lambda () y)))))
            (mapcar #'funcall fns)))
  :value "(A B C)")

(defcase closures.closure-called-after-error-unwind
  :category closures
  :features (lambda ignore-errors closures)
  :forms ((let* ((n 0) (f (lambda () (incf n))))
            (ignore-errors (funcall f) (error "stop") (funcall f))
            (funcall f)
            n))
  :value "2")

(defcase closures.closure-with-declared-ignorable-capture
  :category closures
  :features (lambda closures)
  :forms ((let ((unused 1) (used 2))
            (declare (ignorable unused))
            (funcall (lambda () used))))
  :value "2")

(defcase closures.closure-pass-through-sort-key-counts
  :category closures
  :features (sort lambda closures)
  :forms ((let ((key-calls 0))
            (let ((sorted (sort (list 3 1 2) #'< :key (lambda (x) (incf key-calls) x))))
              (list sorted (> key-calls 0)))))
  :value "((1 2 3) T)")
