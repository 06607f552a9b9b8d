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
