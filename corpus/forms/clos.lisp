;;;; corpus/forms/clos.lisp — classes, generic functions and methods (CLHS 7). Every case defines its own names. Expectations: SBCL 2.2.9.

(defcase clos.defclass-make-instance-slot-value
  :category clos
  :features (defclass make-instance slot-value)
  :forms ((defclass co-a () ((x :initarg :x)))
          (slot-value (make-instance 'co-a :x 5) 'x))
  :value "5")

(defcase clos.initform-default
  :category clos
  :features (defclass :initform)
  :forms ((defclass co-b () ((x :initform 10) (y :initarg :y :initform 20)))
          (let ((o (make-instance 'co-b :y 2)))
            (list (slot-value o 'x) (slot-value o 'y))))
  :value "(10 2)")

(defcase clos.accessor-read-write
  :category clos
  :features (defclass :accessor setf)
  :forms ((defclass co-c () ((n :accessor co-c-n :initarg :n)))
          (let ((o (make-instance 'co-c :n 1)))
            (setf (co-c-n o) 42)
            (co-c-n o)))
  :value "42")

(defcase clos.reader-writer
  :category clos
  :features (defclass :reader :writer)
  :forms ((defclass co-d () ((v :reader co-d-v :writer set-co-d-v :initform 0)))
          (let ((o (make-instance 'co-d)))
            (set-co-d-v 7 o)
            (co-d-v o)))
  :value "7")

(defcase clos.setf-slot-value
  :category clos
  :features (setf slot-value)
  :forms ((defclass co-e () ((s :initform nil)))
          (let ((o (make-instance 'co-e)))
            (setf (slot-value o 's) 'set)
            (slot-value o 's)))
  :value "SET")

(defcase clos.slot-boundp-unbound
  :category clos
  :features (slot-boundp slot-makunbound)
  :forms ((defclass co-f () ((a :initarg :a)))
          (let ((o (make-instance 'co-f)))
            (list (slot-boundp o 'a)
                  (progn (setf (slot-value o 'a) 1) (slot-boundp o 'a))
                  (progn (slot-makunbound o 'a) (slot-boundp o 'a)))))
  :value "(NIL T NIL)")

(defcase clos.unbound-slot-signals
  :category clos
  :features (slot-value)
  :forms ((defclass co-g () ((a)))
          (slot-value (make-instance 'co-g) 'a))
  :signals unbound-slot)

(defcase clos.initform-evaluated-per-instance
  :category clos
  :features (defclass :initform)
  :forms ((defclass co-h () ((items :initform (list 0) :accessor co-h-items)))
          (let ((a (make-instance 'co-h)) (b (make-instance 'co-h)))
            (push 1 (co-h-items a))
            (list (co-h-items a) (co-h-items b))))
  :value "((1 0) (0))")

(defcase clos.inheritance-slots
  :category clos
  :features (defclass)
  :forms ((defclass co-base () ((id :initarg :id :reader co-id)))
          (defclass co-sub (co-base) ((extra :initarg :extra :reader co-extra)))
          (let ((o (make-instance 'co-sub :id 1 :extra 2)))
            (list (co-id o) (co-extra o))))
  :value "(1 2)")

(defcase clos.defgeneric-defmethod-dispatch
  :category clos
  :features (defgeneric defmethod)
  :forms ((defclass co-cat () ())
          (defclass co-dog () ())
          (defgeneric co-speak (x))
          (defmethod co-speak ((x co-cat)) 'meow)
          (defmethod co-speak ((x co-dog)) 'woof)
          (list (co-speak (make-instance 'co-cat)) (co-speak (make-instance 'co-dog))))
  :value "(MEOW WOOF)")

(defcase clos.method-on-builtin-classes
  :category clos
  :features (defmethod)
  :forms ((defgeneric co-describe (x))
          (defmethod co-describe ((x integer)) 'integer)
          (defmethod co-describe ((x string)) 'string)
          (defmethod co-describe ((x symbol)) 'symbol)
          (defmethod co-describe ((x t)) 'other)
          (mapcar #'co-describe (list 1 "s" 'a 1.5 nil)))
  :value "(INTEGER STRING SYMBOL OTHER SYMBOL)")

(defcase clos.method-on-list-and-null
  :category clos
  :features (defmethod)
  :forms ((defgeneric co-len (x))
          (defmethod co-len ((x null)) 0)
          (defmethod co-len ((x cons)) (1+ (co-len (cdr x))))
          (co-len '(a b c)))
  :value "3")

(defcase clos.eql-specializer
  :category clos
  :features (defmethod eql)
  :forms ((defgeneric co-fact (n))
          (defmethod co-fact ((n (eql 0))) 1)
          (defmethod co-fact ((n integer)) (* n (co-fact (- n 1))))
          (co-fact 6))
  :value "720")

(defcase clos.eql-specializer-symbol
  :category clos
  :features (defmethod eql)
  :forms ((defgeneric co-op (op a b))
          (defmethod co-op ((op (eql :add)) a b) (+ a b))
          (defmethod co-op ((op (eql :mul)) a b) (* a b))
          (list (co-op :add 3 4) (co-op :mul 3 4)))
  :value "(7 12)")

(defcase clos.call-next-method-chain
  :category clos
  :features (defmethod call-next-method)
  :forms ((defclass co-p () ())
          (defclass co-q (co-p) ())
          (defgeneric co-chain (x))
          (defmethod co-chain ((x co-p)) (list 'p))
          (defmethod co-chain ((x co-q)) (cons 'q (call-next-method)))
          (co-chain (make-instance 'co-q)))
  :value "(Q P)")

(defcase clos.next-method-p
  :category clos
  :features (defmethod next-method-p)
  :forms ((defclass co-r () ())
          (defgeneric co-nmp (x))
          (defmethod co-nmp ((x co-r)) (next-method-p))
          (defmethod co-nmp ((x t)) 'base)
          (co-nmp (make-instance 'co-r)))
  :value "T")

(defcase clos.call-next-method-with-args
  :category clos
  :features (defmethod call-next-method)
  :forms ((defgeneric co-scale (x))
          (defmethod co-scale ((x number)) (* x 10))
          (defmethod co-scale ((x integer)) (call-next-method (+ x 1)))
          (co-scale 4))
  :value "50")

(defcase clos.before-after-order
  :category clos
  :features (defmethod :before :after)
  :forms ((defvar *co-log* nil)
          (defgeneric co-act (x))
          (defmethod co-act ((x integer)) (push 'primary *co-log*) 'result)
          (defmethod co-act :before ((x integer)) (push 'before *co-log*))
          (defmethod co-act :after ((x integer)) (push 'after *co-log*))
          (list (co-act 1) (reverse *co-log*)))
  :value "(RESULT (BEFORE PRIMARY AFTER))")

(defcase clos.around-method
  :category clos
  :features (defmethod :around call-next-method)
  :forms ((defgeneric co-wrap (x))
          (defmethod co-wrap ((x integer)) (* x 2))
          (defmethod co-wrap :around ((x integer)) (list 'around (call-next-method)))
          (co-wrap 5))
  :value "(AROUND 10)")

(defcase clos.around-can-skip-primary
  :category clos
  :features (defmethod :around)
  :forms ((defvar *co-ran* nil)
          (defgeneric co-skip (x))
          (defmethod co-skip ((x integer)) (setq *co-ran* t) 'primary)
          (defmethod co-skip :around ((x integer)) 'short-circuit)
          (list (co-skip 1) *co-ran*))
  :value "(SHORT-CIRCUIT NIL)")

(defcase clos.before-most-specific-first-after-least
  :category clos
  :features (defmethod :before :after)
  :forms ((defvar *co-order* nil)
          (defclass co-s1 () ())
          (defclass co-s2 (co-s1) ())
          (defgeneric co-ord (x))
          (defmethod co-ord ((x co-s1)) (push 'primary *co-order*))
          (defmethod co-ord :before ((x co-s1)) (push 'before-s1 *co-order*))
          (defmethod co-ord :before ((x co-s2)) (push 'before-s2 *co-order*))
          (defmethod co-ord :after ((x co-s1)) (push 'after-s1 *co-order*))
          (defmethod co-ord :after ((x co-s2)) (push 'after-s2 *co-order*))
          (co-ord (make-instance 'co-s2))
          (reverse *co-order*))
  :value "(BEFORE-S2 BEFORE-S1 PRIMARY AFTER-S1 AFTER-S2)")

(defcase clos.no-applicable-method-signals
  :category clos
  :features (defgeneric)
  :forms ((defgeneric co-none (x))
          (defmethod co-none ((x string)) x)
          (co-none 5))
  :signals error)

(defcase clos.multiple-dispatch
  :category clos
  :features (defmethod)
  :forms ((defgeneric co-collide (a b))
          (defmethod co-collide ((a integer) (b integer)) 'int-int)
          (defmethod co-collide ((a integer) (b string)) 'int-str)
          (defmethod co-collide ((a string) b) 'str-any)
          (list (co-collide 1 2) (co-collide 1 "x") (co-collide "x" 1)))
  :value "(INT-INT INT-STR STR-ANY)")

(defcase clos.multiple-inheritance-precedence
  :category clos
  :features (defclass defmethod)
  :forms ((defclass co-m1 () ())
          (defclass co-m2 () ())
          (defclass co-m3 (co-m1 co-m2) ())
          (defgeneric co-who (x))
          (defmethod co-who ((x co-m1)) 'm1)
          (defmethod co-who ((x co-m2)) 'm2)
          (co-who (make-instance 'co-m3)))
  :value "M1")

(defcase clos.typep-instance
  :category clos
  :features (typep defclass)
  :forms ((defclass co-t1 () ())
          (defclass co-t2 (co-t1) ())
          (let ((o (make-instance 'co-t2)))
            (list (typep o 'co-t2) (typep o 'co-t1) (typep o 'standard-object) (typep (make-instance 'co-t1) 'co-t2))))
  :value "(T T T NIL)")

(defcase clos.class-name-of-class-of
  :category clos
  :features (class-of class-name)
  :forms ((defclass co-named () ())
          (class-name (class-of (make-instance 'co-named))))
  :value "CO-NAMED")

(defcase clos.class-of-builtins
  :category clos
  :features (class-of class-name)
  :forms ((list (class-name (class-of 'sym)) (class-name (class-of #\c)) (subtypep (class-of "s") (find-class 'string))))
  :value "(SYMBOL CHARACTER T)")

(defcase clos.find-class
  :category clos
  :features (find-class class-name)
  :forms ((defclass co-fc () ())
          (list (class-name (find-class 'co-fc)) (find-class 'co-no-such-class nil)))
  :value "(CO-FC NIL)")

(defcase clos.subclassp-via-subtypep
  :category clos
  :features (subtypep defclass)
  :forms ((defclass co-sa () ())
          (defclass co-sb (co-sa) ())
          (list (subtypep 'co-sb 'co-sa) (subtypep 'co-sa 'co-sb)))
  :value "(T NIL)")

(defcase clos.initialize-instance-after
  :category clos
  :features (defmethod initialize-instance :after)
  :forms ((defclass co-rect () ((w :initarg :w) (h :initarg :h) (area)))
          (defmethod initialize-instance :after ((r co-rect) &key)
            (setf (slot-value r 'area) (* (slot-value r 'w) (slot-value r 'h))))
          (slot-value (make-instance 'co-rect :w 3 :h 4) 'area))
  :value "12")

(defcase clos.shared-class-slot
  :category clos
  :features (defclass :allocation)
  :forms ((defclass co-shared () ((count :allocation :class :initform 0 :accessor co-shared-count)))
          (let ((a (make-instance 'co-shared)) (b (make-instance 'co-shared)))
            (incf (co-shared-count a))
            (incf (co-shared-count b))
            (co-shared-count a)))
  :value "2")

(defcase clos.print-object-method
  :category clos
  :features (defmethod print-object prin1-to-string)
  :forms ((defclass co-pt () ((x :initarg :x)))
          (defmethod print-object ((p co-pt) stream)
            (format stream "<pt ~A>" (slot-value p 'x)))
          (prin1-to-string (make-instance 'co-pt :x 3)))
  :value "\"<pt 3>\"")

(defcase clos.print-object-in-format
  :category clos
  :features (defmethod print-object format)
  :forms ((defclass co-money () ((cents :initarg :cents)))
          (defmethod print-object ((m co-money) stream)
            (format stream "$~D.~2,'0D" (floor (slot-value m 'cents) 100) (mod (slot-value m 'cents) 100)))
          (format nil "~A" (make-instance 'co-money :cents 1234)))
  :value "\"$12.34\"")

(defcase clos.with-slots
  :category clos
  :features (with-slots)
  :forms ((defclass co-ws () ((a :initarg :a) (b :initarg :b)))
          (let ((o (make-instance 'co-ws :a 1 :b 2)))
            (with-slots (a b) o
              (setf a (+ a b))
              (list a b (slot-value o 'a)))))
  :value "(3 2 3)")

(defcase clos.with-accessors
  :category clos
  :features (with-accessors)
  :forms ((defclass co-wa () ((v :initarg :v :accessor co-wa-v)))
          (let ((o (make-instance 'co-wa :v 10)))
            (with-accessors ((val co-wa-v)) o
              (incf val 5))
            (co-wa-v o)))
  :value "15")

(defcase clos.slot-exists-p
  :category clos
  :features (slot-exists-p)
  :forms ((defclass co-se () ((here)))
          (let ((o (make-instance 'co-se)))
            (list (slot-exists-p o 'here) (slot-exists-p o 'absent))))
  :value "(T NIL)")

(defcase clos.generic-function-redefine-method
  :category clos
  :features (defmethod)
  :forms ((defgeneric co-re (x))
          (defmethod co-re ((x integer)) 'old)
          (defmethod co-re ((x integer)) 'new)
          (co-re 1))
  :value "NEW")

(defcase clos.defgeneric-returns-function
  :category clos
  :features (defgeneric functionp)
  :forms ((functionp (defgeneric co-gf (x))))
  :value "T")

(defcase clos.method-with-optional-args
  :category clos
  :features (defmethod &optional)
  :forms ((defgeneric co-greet (x &optional punct))
          (defmethod co-greet ((x string) &optional (punct "!")) (concatenate 'string "hi " x punct))
          (list (co-greet "bob") (co-greet "amy" "?")))
  :value "(\"hi bob!\" \"hi amy?\")")

(defcase clos.method-with-key-args
  :category clos
  :features (defmethod &key)
  :forms ((defgeneric co-area (shape &key scale))
          (defmethod co-area ((s integer) &key (scale 1)) (* s s scale))
          (list (co-area 3) (co-area 3 :scale 2)))
  :value "(9 18)")

(defcase clos.change-slot-through-accessor-in-loop
  :category clos
  :features (defclass :accessor)
  :forms ((defclass co-counter () ((n :initform 0 :accessor co-counter-n)))
          (let ((c (make-instance 'co-counter)))
            (dotimes (i 5) (incf (co-counter-n c) i))
            (co-counter-n c)))
  :value "10")

(defcase clos.call-next-method-in-before-chain
  :category clos
  :features (defmethod :around call-next-method)
  :forms ((defclass co-x1 () ())
          (defclass co-x2 (co-x1) ())
          (defgeneric co-val (x))
          (defmethod co-val ((x co-x1)) 1)
          (defmethod co-val :around ((x co-x1)) (+ 100 (call-next-method)))
          (defmethod co-val :around ((x co-x2)) (* 2 (call-next-method)))
          (co-val (make-instance 'co-x2)))
  :value "202")

(defcase clos.instance-slot-default-shared-initarg
  :category clos
  :features (defclass :initarg)
  :forms ((defclass co-two-initargs () ((v :initarg :v :initarg :value :reader co-ti-v)))
          (list (co-ti-v (make-instance 'co-two-initargs :v 1)) (co-ti-v (make-instance 'co-two-initargs :value 2))))
  :value "(1 2)")

(defcase clos.default-initargs
  :category clos
  :features (defclass :default-initargs)
  :forms ((defclass co-di () ((v :initarg :v :reader co-di-v)) (:default-initargs :v 'defaulted))
          (list (co-di-v (make-instance 'co-di)) (co-di-v (make-instance 'co-di :v 'given))))
  :value "(DEFAULTED GIVEN)")

(defcase clos.invalid-initarg-signals
  :category clos
  :features (make-instance)
  :forms ((defclass co-ii () ((a :initarg :a)))
          (make-instance 'co-ii :bogus 1))
  :signals error)

(defcase clos.method-specializing-on-structure
  :category clos
  :features (defstruct defmethod)
  :forms ((defstruct co-st v)
          (defgeneric co-get (x))
          (defmethod co-get ((x co-st)) (co-st-v x))
          (co-get (make-co-st :v 'from-struct)))
  :value "FROM-STRUCT")

(defcase clos.generic-with-many-classes-in-mapcar
  :category clos
  :features (defmethod mapcar)
  :forms ((defgeneric co-kind (x))
          (defmethod co-kind ((x number)) :number)
          (defmethod co-kind ((x list)) :list)
          (defmethod co-kind ((x vector)) :vector)
          (mapcar #'co-kind (list 1 '(1) #(1) "s" nil)))
  :value "(:NUMBER :LIST :VECTOR :VECTOR :LIST)")

(defcase clos.reinitialize-instance
  :category clos
  :features (reinitialize-instance)
  :forms ((defclass co-ri () ((a :initarg :a :reader co-ri-a)))
          (let ((o (make-instance 'co-ri :a 1)))
            (reinitialize-instance o :a 2)
            (co-ri-a o)))
  :value "2")

(defcase clos.find-method-absent
  :category clos
  :features (find-method)
  :forms ((defgeneric co-fm (x))
          (defmethod co-fm ((x integer)) x)
          (list (not (null (find-method #'co-fm '() (list (find-class 'integer)))))
                (find-method #'co-fm '() (list (find-class 'string)) nil)))
  :value "(T NIL)")

(defcase clos.make-instance-with-class-object
  :category clos
  :features (make-instance find-class)
  :forms ((defclass co-mo () ((v :initform 'made)))
          (slot-value (make-instance (find-class 'co-mo)) 'v))
  :value "MADE")

(defcase clos.standard-method-combination-values
  :category clos
  :features (defmethod multiple-value-list)
  :forms ((defgeneric co-mv (x))
          (defmethod co-mv ((x integer)) (values x (* x x)))
          (defmethod co-mv :after ((x integer)) 'ignored)
          (multiple-value-list (co-mv 3)))
  :value "(3 9)")

(defcase clos.slot-value-missing-signals
  :category clos
  :features (slot-value)
  :forms ((defclass co-sm () ())
          (slot-value (make-instance 'co-sm) 'nope))
  :signals error)

;;; defclass and slot options (CLHS 7.1, 7.5, defclass)

(defcase clos.defclass-returns-class
  :category clos
  :features (defclass class-name)
  :forms ((let ((c (defclass returned-class () ())))
            (list (class-name c) (eq c (find-class 'returned-class)))))
  :value "(RETURNED-CLASS T)")

(defcase clos.several-initargs-one-slot
  :category clos
  :features (defclass make-instance)
  :forms ((defclass two-initargs () ((v :initarg :v :initarg :value :reader v-of)))
          (list (v-of (make-instance 'two-initargs :v 1)) (v-of (make-instance 'two-initargs :value 2))))
  :value "(1 2)")

(defcase clos.one-initarg-two-slots
  :category clos
  :features (defclass make-instance)
  :forms ((defclass shared-initarg () ((a :initarg :both :reader a-of) (b :initarg :both :reader b-of)))
          (let ((x (make-instance 'shared-initarg :both 'same)))
            (list (a-of x) (b-of x))))
  :value "(SAME SAME)")

(defcase clos.initarg-leftmost-wins
  :category clos
  :features (make-instance)
  :forms ((defclass leftmost () ((v :initarg :v :reader lm-v)))
          (lm-v (make-instance 'leftmost :v 'first :v 'second)))
  :value "FIRST")

(defcase clos.initform-not-evaluated-when-initarg-given
  :category clos
  :features (defclass make-instance)
  :forms ((defvar *initform-evals* 0)
          (defclass counted-init () ((v :initarg :v :initform (incf *initform-evals*) :reader ci-v)))
          (list (ci-v (make-instance 'counted-init :v 'given)) (ci-v (make-instance 'counted-init))
                *initform-evals*))
  :value "(GIVEN 1 1)")

(defcase clos.initform-lexical-environment-of-defclass
  :category clos
  :features (defclass)
  :forms ((let ((counter 100))
            (defclass lexical-init () ((id :initform (incf counter) :reader li-id))))
          (list (li-id (make-instance 'lexical-init)) (li-id (make-instance 'lexical-init))))
  :value "(101 102)")

(defcase clos.default-initargs-override-initform
  :category clos
  :features (defclass make-instance)
  :forms ((defclass defaulted-obj () ((v :initarg :v :initform 'from-initform :reader do-v))
            (:default-initargs :v 'from-default-initargs))
          (list (do-v (make-instance 'defaulted-obj)) (do-v (make-instance 'defaulted-obj :v 'explicit))))
  :value "(FROM-DEFAULT-INITARGS EXPLICIT)")

(defcase clos.default-initargs-evaluated-each-time
  :category clos
  :features (defclass make-instance)
  :forms ((defvar *di-count* 0)
          (defclass di-counted () ((n :initarg :n :reader di-n)) (:default-initargs :n (incf *di-count*)))
          (list (di-n (make-instance 'di-counted)) (di-n (make-instance 'di-counted))))
  :value "(1 2)")

(defcase clos.default-initargs-inherited-and-overridden
  :category clos
  :features (defclass)
  :forms ((defclass di-parent () ((v :initarg :v :reader dip-v)) (:default-initargs :v 'parent))
          (defclass di-child (di-parent) () (:default-initargs :v 'child))
          (defclass di-grandchild (di-child) ())
          (list (dip-v (make-instance 'di-parent)) (dip-v (make-instance 'di-grandchild))))
  :value "(PARENT CHILD)")

(defcase clos.accessor-setf-returns-new-value
  :category clos
  :features (defclass setf)
  :forms ((defclass acc-obj () ((v :accessor acc-v :initform 0)))
          (let ((o (make-instance 'acc-obj)))
            (list (setf (acc-v o) 42) (acc-v o) (incf (acc-v o)))))
  :value "(42 42 43)")

(defcase clos.writer-returns-new-value-and-arg-order
  :category clos
  :features (defclass)
  :forms ((defclass w-obj () ((v :reader w-v :writer set-w-v :initform nil)))
          (let ((o (make-instance 'w-obj)))
            (list (set-w-v 'new o) (w-v o))))
  :value "(NEW NEW)")

(defcase clos.writer-setf-name
  :category clos
  :features (defclass)
  :forms ((defclass sw-obj () ((v :reader sw-v :writer (setf sw-v) :initform 1)))
          (let ((o (make-instance 'sw-obj)))
            (setf (sw-v o) 2)
            (sw-v o)))
  :value "2")

(defcase clos.multiple-readers-and-accessors
  :category clos
  :features (defclass)
  :forms ((defclass multi-acc () ((v :initarg :v :reader r1 :reader r2 :accessor a1)))
          (let ((o (make-instance 'multi-acc :v 5)))
            (setf (a1 o) 6)
            (list (r1 o) (r2 o))))
  :value "(6 6)")

(defcase clos.class-allocation-shared
  :category clos
  :features (defclass)
  :forms ((defclass with-shared () ((count :allocation :class :initform 0 :accessor shared-count)))
          (let ((a (make-instance 'with-shared)) (b (make-instance 'with-shared)))
            (incf (shared-count a))
            (incf (shared-count b))
            (list (shared-count a) (shared-count b))))
  :value "(2 2)")

(defcase clos.class-allocation-shared-with-subclass
  :category clos
  :features (defclass)
  :forms ((defclass shared-base () ((tag :allocation :class :initform 'base :accessor shared-tag)))
          (defclass shared-sub (shared-base) ())
          (let ((b (make-instance 'shared-base)) (s (make-instance 'shared-sub)))
            (setf (shared-tag s) 'changed)
            (shared-tag b)))
  :value "CHANGED")

(defcase clos.class-allocation-initform-not-reapplied
  :category clos
  :features (defclass make-instance)
  :forms ((defclass shared-once () ((v :allocation :class :initform 'initial :accessor so-v)))
          (setf (so-v (make-instance 'shared-once)) 'set)
          (so-v (make-instance 'shared-once)))
  :value "SET")

(defcase clos.instance-allocation-independent
  :category clos
  :features (defclass)
  :forms ((defclass per-instance () ((v :allocation :instance :initform 0 :accessor pi-v)))
          (let ((a (make-instance 'per-instance)) (b (make-instance 'per-instance)))
            (setf (pi-v a) 1)
            (list (pi-v a) (pi-v b))))
  :value "(1 0)")

(defcase clos.inherited-slot-initform-most-specific
  :category clos
  :features (defclass)
  :forms ((defclass slot-base () ((v :initform 'base :initarg :base-v :reader sb-v)))
          (defclass slot-derived (slot-base) ((v :initform 'derived :initarg :derived-v)))
          (list (sb-v (make-instance 'slot-derived))
                (sb-v (make-instance 'slot-derived :base-v 'via-base-initarg))
                (sb-v (make-instance 'slot-derived :derived-v 'via-derived-initarg))))
  :value "(DERIVED VIA-BASE-INITARG VIA-DERIVED-INITARG)")

(defcase clos.allow-other-keys-in-make-instance
  :category clos
  :features (make-instance)
  :forms ((defclass strict-init () ((v :initarg :v :reader si-v)))
          (si-v (make-instance 'strict-init :v 1 :bogus 2 :allow-other-keys t)))
  :value "1")

(defcase clos.initialize-instance-key-makes-initarg-valid
  :category clos
  :features (initialize-instance make-instance)
  :forms ((defclass with-extra () ((total :accessor we-total :initform 0)))
          (defmethod initialize-instance :after ((o with-extra) &key (extra 0))
            (incf (we-total o) extra))
          (we-total (make-instance 'with-extra :extra 5)))
  :value "5")

(defcase clos.initialize-instance-after-sees-slots
  :category clos
  :features (initialize-instance)
  :forms ((defclass rect () ((w :initarg :w :reader rect-w) (h :initarg :h :reader rect-h) (area :reader rect-area)))
          (defmethod initialize-instance :after ((r rect) &key)
            (setf (slot-value r 'area) (* (rect-w r) (rect-h r))))
          (rect-area (make-instance 'rect :w 3 :h 4)))
  :value "12")

(defcase clos.initialize-instance-before-after-order
  :category clos
  :features (initialize-instance)
  :forms ((defvar *init-order* nil)
          (defclass ordered-init () ((v :initarg :v :initform 'default)))
          (defmethod initialize-instance :before ((o ordered-init) &key)
            (push (list 'before (slot-boundp o 'v)) *init-order*))
          (defmethod initialize-instance :after ((o ordered-init) &key)
            (push (list 'after (slot-value o 'v)) *init-order*))
          (make-instance 'ordered-init :v 'given)
          (reverse *init-order*))
  :value "((BEFORE NIL) (AFTER GIVEN))")

(defcase clos.shared-initialize-slot-names
  :category clos
  :features (shared-initialize slot-makunbound slot-boundp)
  :forms ((defclass si-obj () ((a :initform 'a-default) (b :initform 'b-default)))
          (let ((o (make-instance 'si-obj)))
            (slot-makunbound o 'a)
            (slot-makunbound o 'b)
            (shared-initialize o '(a))
            (list (slot-value o 'a) (slot-boundp o 'b))))
  :value "(A-DEFAULT NIL)")

(defcase clos.shared-initialize-initargs-override
  :category clos
  :features (shared-initialize)
  :forms ((defclass si2 () ((a :initarg :a :initform 1 :reader si2-a)))
          (let ((o (make-instance 'si2)))
            (shared-initialize o nil :a 99)
            (si2-a o)))
  :value "99")

(defcase clos.reinitialize-instance-initargs-no-initforms
  :category clos
  :features (reinitialize-instance)
  :forms ((defclass reinit () ((a :initarg :a :initform 'init-a :accessor ri-a)
                               (b :initarg :b :initform 'init-b :accessor ri-b)))
          (let ((o (make-instance 'reinit)))
            (setf (ri-b o) 'changed)
            (list (eq (reinitialize-instance o :a 'new-a) o) (ri-a o) (ri-b o))))
  :value "(T NEW-A CHANGED)")

(defcase clos.allocate-instance-slots-unbound
  :category clos
  :features (allocate-instance slot-boundp)
  :forms ((defclass raw-alloc () ((v :initform 'never-applied)))
          (let ((o (allocate-instance (find-class 'raw-alloc))))
            (list (typep o 'raw-alloc) (slot-boundp o 'v))))
  :value "(T NIL)")

;;; slot access functions (CLHS 7.7)

(defcase clos.slot-makunbound-returns-instance
  :category clos
  :features (slot-makunbound slot-boundp)
  :forms ((defclass mk-obj () ((v :initform 1)))
          (let ((o (make-instance 'mk-obj)))
            (list (eq (slot-makunbound o 'v) o) (slot-boundp o 'v))))
  :value "(T NIL)")

(defcase clos.unbound-slot-condition-slots
  :category clos
  :features (slot-value unbound-slot unbound-slot-instance cell-error-name)
  :forms ((defclass ub-obj () ((v)))
          (let ((o (make-instance 'ub-obj)))
            (handler-case (slot-value o 'v)
              (unbound-slot (c) (list (cell-error-name c) (eq (unbound-slot-instance c) o))))))
  :value "(V T)")

(defcase clos.unbound-slot-through-reader
  :category clos
  :features (defclass unbound-slot)
  :forms ((defclass ub-reader () ((v :reader ubr-v)))
          (ubr-v (make-instance 'ub-reader)))
  :signals unbound-slot)

(defcase clos.slot-unbound-method-supplies-value
  :category clos
  :features (slot-unbound defmethod)
  :forms ((defclass lazy-obj () ((v :reader lazy-v)))
          (defmethod slot-unbound (class (o lazy-obj) slot-name)
            (declare (ignore class))
            (setf (slot-value o slot-name) (list 'computed slot-name)))
          (let ((o (make-instance 'lazy-obj)))
            (list (lazy-v o) (slot-boundp o 'v))))
  :value "((COMPUTED V) T)")

(defcase clos.slot-missing-method
  :category clos
  :features (slot-missing defmethod slot-value)
  :forms ((defclass sm-obj () ())
          (defmethod slot-missing (class (o sm-obj) slot-name operation &optional new-value)
            (declare (ignore class new-value))
            (list 'missing slot-name operation))
          (slot-value (make-instance 'sm-obj) 'nothing))
  :value "(MISSING NOTHING SLOT-VALUE)")

(defcase clos.slot-missing-default-signals
  :category clos
  :features (slot-missing slot-boundp)
  :forms ((defclass sm-default () ())
          (slot-boundp (make-instance 'sm-default) 'nothing))
  :signals error)

(defcase clos.slot-exists-p-inherited
  :category clos
  :features (slot-exists-p)
  :forms ((defclass se-base () ((a)))
          (defclass se-sub (se-base) ((b)))
          (let ((o (make-instance 'se-sub)))
            (list (slot-exists-p o 'a) (slot-exists-p o 'b) (slot-exists-p o 'c))))
  :value "(T T NIL)")

(defcase clos.with-slots-renamed-and-setf
  :category clos
  :features (with-slots)
  :forms ((defclass ws-point () ((x :initarg :x) (y :initarg :y)))
          (let ((p (make-instance 'ws-point :x 1 :y 2)))
            (with-slots (x (why y)) p
              (setf x 10)
              (incf why 5))
            (list (slot-value p 'x) (slot-value p 'y))))
  :value "(10 7)")

(defcase clos.with-slots-body-values
  :category clos
  :features (with-slots)
  :forms ((defclass ws2 () ((a :initform 1) (b :initform 2)))
          (multiple-value-list (with-slots (a b) (make-instance 'ws2) (values b a))))
  :value "(2 1)")

(defcase clos.with-slots-instance-evaluated-once
  :category clos
  :features (with-slots)
  :forms ((defclass ws3 () ((a :initform 0)))
          (let ((n 0) (o (make-instance 'ws3)))
            (with-slots (a) (progn (incf n) o)
              (setf a 1) (incf a) (list a n))))
  :value "(2 1)")

(defcase clos.with-accessors-setf
  :category clos
  :features (with-accessors)
  :forms ((defclass wa-acct () ((balance :initarg :balance :accessor balance)))
          (let ((a (make-instance 'wa-acct :balance 10)))
            (with-accessors ((b balance)) a
              (incf b 5)
              (list b (balance a)))))
  :value "(15 15)")

;;; Generic functions and methods (CLHS 7.6)

(defcase clos.defgeneric-typep
  :category clos
  :features (defgeneric generic-function standard-generic-function)
  :forms ((let ((gf (defgeneric typed-gf (x))))
            (list (typep gf 'generic-function) (typep gf 'standard-generic-function) (typep gf 'function))))
  :value "(T T T)")

(defcase clos.defmethod-returns-method
  :category clos
  :features (defmethod method standard-method)
  :forms ((defgeneric m-returns (x))
          (let ((m (defmethod m-returns ((x integer)) x)))
            (list (typep m 'method) (typep m 'standard-method))))
  :value "(T T)")

(defcase clos.defgeneric-method-option
  :category clos
  :features (defgeneric)
  :forms ((defgeneric describe-it (x)
            (:method ((x integer)) 'integer)
            (:method ((x symbol)) 'symbol)
            (:method (x) 'other))
          (mapcar #'describe-it (list 1 'a "s")))
  :value "(INTEGER SYMBOL OTHER)")

(defcase clos.method-qualifiers
  :category clos
  :features (method-qualifiers find-method)
  :forms ((defgeneric mq (x))
          (defmethod mq :before ((x integer)) nil)
          (defmethod mq ((x integer)) x)
          (list (method-qualifiers (find-method #'mq '(:before) (list (find-class 'integer))))
                (method-qualifiers (find-method #'mq '() (list (find-class 'integer))))))
  :value "((:BEFORE) NIL)")

(defcase clos.find-method-errorp-nil
  :category clos
  :features (find-method)
  :forms ((defgeneric fm (x))
          (defmethod fm ((x integer)) x)
          (find-method #'fm '() (list (find-class 'string)) nil))
  :value "NIL")

(defcase clos.find-method-missing-signals
  :category clos
  :features (find-method)
  :forms ((defgeneric fm2 (x))
          (find-method #'fm2 '() (list (find-class 'string))))
  :signals error)

(defcase clos.remove-method
  :category clos
  :features (remove-method find-method)
  :forms ((defgeneric rm (x))
          (defmethod rm ((x integer)) 'integer-method)
          (defmethod rm (x) 'default-method)
          (let ((before (rm 1)))
            (remove-method #'rm (find-method #'rm '() (list (find-class 'integer))))
            (list before (rm 1))))
  :value "(INTEGER-METHOD DEFAULT-METHOD)")

(defcase clos.add-method-moves-method
  :category clos
  :features (add-method remove-method find-method)
  :forms ((defgeneric am-source (x))
          (defmethod am-source ((x integer)) 'from-source)
          (let ((m (find-method #'am-source '() (list (find-class 'integer)))))
            (remove-method #'am-source m)
            (defgeneric am-target (x))
            (add-method #'am-target m)
            (am-target 1)))
  :value "FROM-SOURCE")

(defcase clos.compute-applicable-methods-order
  :category clos
  :features (compute-applicable-methods method-qualifiers)
  :forms ((defclass cam-a () ())
          (defclass cam-b (cam-a) ())
          (defgeneric cam (x))
          (defmethod cam ((x cam-a)) 'a)
          (defmethod cam ((x cam-b)) 'b)
          (defmethod cam ((x string)) 's)
          (let ((ms (compute-applicable-methods #'cam (list (make-instance 'cam-b)))))
            (list (length ms)
                  (eq (first ms) (find-method #'cam '() (list (find-class 'cam-b))))
                  (eq (second ms) (find-method #'cam '() (list (find-class 'cam-a)))))))
  :value "(2 T T)")

(defcase clos.function-keywords
  :category clos
  :features (function-keywords find-method)
  :forms ((defgeneric fk (x &key))
          (defmethod fk ((x integer) &key alpha beta) (list alpha beta))
          (let ((m (find-method #'fk '() (list (find-class 'integer)))))
            (multiple-value-bind (keys allow) (function-keywords m)
              (list (sort (copy-list keys) #'string<) allow))))
  :value "((:ALPHA :BETA) NIL)")

(defcase clos.ensure-generic-function-creates
  :category clos
  :features (ensure-generic-function)
  :forms ((let ((gf (ensure-generic-function 'made-by-ensure :lambda-list '(x))))
            (defmethod made-by-ensure ((x integer)) (* x 2))
            (list (typep gf 'generic-function) (made-by-ensure 21))))
  :value "(T 42)")

(defcase clos.method-key-congruence-union
  :category clos
  :features (defgeneric defmethod &key)
  :note "CLHS 7.6.5: keyword arguments accepted by any applicable method are valid"
  :forms ((defgeneric keyed (x &key))
          (defmethod keyed ((x integer) &key scale) (list 'int scale))
          (defmethod keyed :around ((x integer) &key offset) (list offset (call-next-method)))
          (keyed 1 :scale 2 :offset 3))
  :value "(3 (INT 2))")

(defcase clos.argument-precedence-order
  :category clos
  :features (defgeneric)
  :forms ((defgeneric apo (a b) (:argument-precedence-order b a))
          (defmethod apo ((a integer) b) (declare (ignore b)) 'a-specialized)
          (defmethod apo (a (b integer)) (declare (ignore a)) 'b-specialized)
          (apo 1 2))
  :value "B-SPECIALIZED")

(defcase clos.left-to-right-precedence-default
  :category clos
  :features (defgeneric defmethod)
  :forms ((defgeneric ltr (a b))
          (defmethod ltr ((a integer) b) (declare (ignore b)) 'a-specialized)
          (defmethod ltr (a (b integer)) (declare (ignore a)) 'b-specialized)
          (ltr 1 2))
  :value "A-SPECIALIZED")

(defcase clos.eql-specializer-beats-class
  :category clos
  :features (defmethod eql)
  :forms ((defgeneric eql-vs-class (x))
          (defmethod eql-vs-class ((x integer)) 'integer)
          (defmethod eql-vs-class ((x (eql 7))) (list 'seven (call-next-method)))
          (list (eql-vs-class 7) (eql-vs-class 8)))
  :value "((SEVEN INTEGER) INTEGER)")

(defcase clos.eql-specializer-evaluated-once
  :category clos
  :features (defmethod eql)
  :forms ((defvar *special-key* 'k1)
          (defgeneric by-key (x))
          (defmethod by-key ((x (eql *special-key*))) 'matched)
          (defmethod by-key (x) (declare (ignore x)) 'unmatched)
          (setq *special-key* 'k2)
          (list (by-key 'k1) (by-key 'k2)))
  :value "(MATCHED UNMATCHED)")

(defcase clos.call-next-method-no-args-original-arguments
  :category clos
  :features (call-next-method)
  :forms ((defclass cnm-base () ())
          (defclass cnm-sub (cnm-base) ())
          (defgeneric cnm (x n))
          (defmethod cnm ((x cnm-base) n) (list 'base n))
          (defmethod cnm ((x cnm-sub) n) (setq n 'modified) (list 'sub (call-next-method)))
          (cnm (make-instance 'cnm-sub) 'original))
  :note "CLHS call-next-method: with no arguments, the original arguments are passed even if the parameter was assigned"
  :value "(SUB (BASE ORIGINAL))")

(defcase clos.call-next-method-no-next-signals
  :category clos
  :features (call-next-method no-next-method)
  :forms ((defgeneric lonely (x))
          (defmethod lonely ((x integer)) (call-next-method))
          (lonely 1))
  :signals error)

(defcase clos.no-next-method-custom
  :category clos
  :features (no-next-method call-next-method)
  :forms ((defgeneric nnm (x))
          (defmethod nnm ((x integer)) (call-next-method))
          (defmethod no-next-method ((gf (eql #'nnm)) method &rest args)
            (declare (ignore method))
            (list 'no-next args))
          (nnm 5))
  :value "(NO-NEXT (5))")

(defcase clos.no-applicable-method-custom
  :category clos
  :features (no-applicable-method)
  :forms ((defgeneric only-integers (x))
          (defmethod only-integers ((x integer)) x)
          (defmethod no-applicable-method ((gf (eql #'only-integers)) &rest args)
            (list 'no-method-for args))
          (only-integers "string"))
  :value "(NO-METHOD-FOR (\"string\"))")

(defcase clos.next-method-p-in-chain
  :category clos
  :features (next-method-p)
  :forms ((defclass nmp-a () ())
          (defclass nmp-b (nmp-a) ())
          (defgeneric nmp (x))
          (defmethod nmp ((x nmp-a)) (list 'a (and (next-method-p) t)))
          (defmethod nmp ((x nmp-b)) (list 'b (and (next-method-p) t) (call-next-method)))
          (nmp (make-instance 'nmp-b)))
  :value "(B T (A NIL))")

(defcase clos.before-after-values-ignored
  :category clos
  :features (defmethod :before :after)
  :forms ((defgeneric vals (x))
          (defmethod vals :before ((x integer)) 'before-value)
          (defmethod vals ((x integer)) (values 'primary 'second))
          (defmethod vals :after ((x integer)) 'after-value)
          (multiple-value-list (vals 1)))
  :value "(PRIMARY SECOND)")

(defcase clos.around-nesting-most-specific-first
  :category clos
  :features (defmethod :around call-next-method)
  :forms ((defvar *around-log* nil)
          (defclass ar-a () ())
          (defclass ar-b (ar-a) ())
          (defgeneric ar (x))
          (defmethod ar :around ((x ar-a)) (push 'around-a *around-log*) (call-next-method))
          (defmethod ar :around ((x ar-b)) (push 'around-b *around-log*) (call-next-method))
          (defmethod ar :before ((x ar-a)) (push 'before-a *around-log*))
          (defmethod ar ((x ar-a)) (push 'primary-a *around-log*) 'result)
          (defmethod ar :after ((x ar-b)) (push 'after-b *around-log*))
          (list (ar (make-instance 'ar-b)) (reverse *around-log*)))
  :value "(RESULT (AROUND-B AROUND-A BEFORE-A PRIMARY-A AFTER-B))")

(defcase clos.around-changes-arguments
  :category clos
  :features (defmethod :around call-next-method)
  :forms ((defgeneric scaled (x))
          (defmethod scaled ((x number)) (list 'primary x))
          (defmethod scaled :around ((x number)) (call-next-method (* x 10)))
          (scaled 4))
  :value "(PRIMARY 40)")

(defcase clos.around-value-overrides
  :category clos
  :features (defmethod :around)
  :forms ((defgeneric wrapped (x))
          (defmethod wrapped ((x t)) 'inner)
          (defmethod wrapped :around ((x t)) (list 'wrapped (call-next-method)))
          (wrapped 0))
  :value "(WRAPPED INNER)")

(defcase clos.method-combination-plus
  :category clos
  :features (defgeneric method-combination)
  :forms ((defclass mc-a () ())
          (defclass mc-b (mc-a) ())
          (defgeneric weight (x) (:method-combination +))
          (defmethod weight + ((x mc-a)) 1)
          (defmethod weight + ((x mc-b)) 10)
          (list (weight (make-instance 'mc-a)) (weight (make-instance 'mc-b))))
  :value "(1 11)")

(defcase clos.method-combination-list-order
  :category clos
  :features (defgeneric method-combination)
  :forms ((defclass ml-a () ())
          (defclass ml-b (ml-a) ())
          (defgeneric tags (x) (:method-combination list))
          (defmethod tags list ((x ml-a)) 'a)
          (defmethod tags list ((x ml-b)) 'b)
          (tags (make-instance 'ml-b)))
  :value "(B A)")

(defcase clos.method-combination-most-specific-last
  :category clos
  :features (defgeneric method-combination)
  :forms ((defclass msl-a () ())
          (defclass msl-b (msl-a) ())
          (defgeneric tags-rev (x) (:method-combination list :most-specific-last))
          (defmethod tags-rev list ((x msl-a)) 'a)
          (defmethod tags-rev list ((x msl-b)) 'b)
          (tags-rev (make-instance 'msl-b)))
  :value "(A B)")

(defcase clos.method-combination-and-short-circuit
  :category clos
  :features (defgeneric method-combination)
  :forms ((defvar *and-calls* nil)
          (defclass mca-a () ())
          (defclass mca-b (mca-a) ())
          (defgeneric valid-p (x) (:method-combination and))
          (defmethod valid-p and ((x mca-a)) (push 'a *and-calls*) t)
          (defmethod valid-p and ((x mca-b)) (push 'b *and-calls*) nil)
          (list (valid-p (make-instance 'mca-b)) *and-calls*))
  :value "(NIL (B))")

(defcase clos.method-combination-progn-and-around
  :category clos
  :features (defgeneric method-combination)
  :forms ((defvar *pg* nil)
          (defclass pg-a () ())
          (defclass pg-b (pg-a) ())
          (defgeneric setup (x) (:method-combination progn))
          (defmethod setup progn ((x pg-a)) (push 'a *pg*))
          (defmethod setup progn ((x pg-b)) (push 'b *pg*))
          (defmethod setup :around ((x pg-b)) (push 'around *pg*) (call-next-method))
          (setup (make-instance 'pg-b))
          (reverse *pg*))
  :value "(AROUND B A)")

(defcase clos.define-method-combination-short
  :category clos
  :features (define-method-combination)
  :forms ((define-method-combination maximum :operator max :identity-with-one-argument t)
          (defclass dmc-a () ())
          (defclass dmc-b (dmc-a) ())
          (defgeneric score (x) (:method-combination maximum))
          (defmethod score maximum ((x dmc-a)) 3)
          (defmethod score maximum ((x dmc-b)) 2)
          (list (score (make-instance 'dmc-a)) (score (make-instance 'dmc-b))))
  :value "(3 3)")

(defcase clos.define-method-combination-long
  :category clos
  :features (define-method-combination call-method)
  :forms ((define-method-combination reverse-order ()
            ((methods () :required t))
            `(progn ,@(mapcar (lambda (m) `(call-method ,m)) (reverse methods))))
          (defvar *ro* nil)
          (defclass ro-a () ())
          (defclass ro-b (ro-a) ())
          (defgeneric run-all (x) (:method-combination reverse-order))
          (defmethod run-all ((x ro-a)) (push 'a *ro*))
          (defmethod run-all ((x ro-b)) (push 'b *ro*))
          (run-all (make-instance 'ro-b))
          (reverse *ro*))
  :value "(A B)")

(defcase clos.define-method-combination-make-method
  :category clos
  :features (define-method-combination call-method make-method)
  :forms ((define-method-combination logged ()
            ((primary ()))
            `(call-method (make-method (list 'logged (call-method ,(first primary) ,(rest primary))))))
          (defclass lg-a () ())
          (defclass lg-b (lg-a) ())
          (defgeneric logged-op (x) (:method-combination logged))
          (defmethod logged-op ((x lg-a)) 'a)
          (defmethod logged-op ((x lg-b)) (list 'b (call-next-method)))
          (logged-op (make-instance 'lg-b)))
  :value "(LOGGED (B A))")

(defcase clos.setf-generic-function-method
  :category clos
  :features (defgeneric defmethod setf)
  :forms ((defclass sgf () ((store :initform nil :accessor sgf-store)))
          (defgeneric (setf item) (new obj))
          (defmethod (setf item) (new (obj sgf)) (push new (sgf-store obj)) new)
          (let ((o (make-instance 'sgf)))
            (list (setf (item o) 1) (setf (item o) 2) (sgf-store o))))
  :value "(1 2 (2 1))")

(defcase clos.generic-function-as-first-class
  :category clos
  :features (defgeneric funcall apply)
  :forms ((defgeneric area (shape))
          (defclass sq () ((s :initarg :s)))
          (defclass circle-ish () ((r :initarg :r)))
          (defmethod area ((x sq)) (* (slot-value x 's) (slot-value x 's)))
          (defmethod area ((x circle-ish)) (* 3 (slot-value x 'r) (slot-value x 'r)))
          (list (mapcar #'area (list (make-instance 'sq :s 2) (make-instance 'circle-ish :r 1)))
                (funcall #'area (make-instance 'sq :s 3))
                (apply 'area (list (make-instance 'sq :s 4)))))
  :value "((4 3) 9 16)")

(defcase clos.method-on-t-and-standard-object
  :category clos
  :features (defmethod standard-object)
  :forms ((defgeneric kind (x))
          (defmethod kind ((x t)) 't)
          (defmethod kind ((x standard-object)) 'standard-object)
          (defclass plain () ())
          (list (kind 1) (kind (make-instance 'plain))))
  :value "(T STANDARD-OBJECT)")

;;; change-class (CLHS 7.2)

(defcase clos.change-class-keeps-common-slots
  :category clos
  :features (change-class)
  :forms ((defclass cc-from () ((shared :initarg :shared) (only-from :initform 'from)))
          (defclass cc-to () ((shared) (only-to :initform 'to-initform)))
          (let ((o (make-instance 'cc-from :shared 'kept)))
            (list (eq (change-class o 'cc-to) o)
                  (class-name (class-of o))
                  (slot-value o 'shared)
                  (slot-value o 'only-to)
                  (slot-exists-p o 'only-from))))
  :value "(T CC-TO KEPT TO-INITFORM NIL)")

(defcase clos.change-class-initargs
  :category clos
  :features (change-class)
  :forms ((defclass cci-from () ())
          (defclass cci-to () ((v :initarg :v :initform 'default)))
          (let ((o (make-instance 'cci-from)))
            (change-class o 'cci-to :v 'supplied)
            (slot-value o 'v)))
  :value "SUPPLIED")

(defcase clos.update-instance-for-different-class-previous
  :category clos
  :features (change-class update-instance-for-different-class)
  :forms ((defclass cartesian () ((x :initarg :x) (y :initarg :y)))
          (defclass polar-ish () ((sum)))
          (defmethod update-instance-for-different-class :after ((old cartesian) (new polar-ish) &key)
            (setf (slot-value new 'sum) (+ (slot-value old 'x) (slot-value old 'y))))
          (let ((p (make-instance 'cartesian :x 3 :y 4)))
            (change-class p 'polar-ish)
            (slot-value p 'sum)))
  :value "7")

;;; classes as objects (CLHS 4.3, 7.7)

(defcase clos.find-class-missing
  :category clos
  :features (find-class)
  :forms ((find-class 'no-such-class-anywhere nil))
  :value "NIL")

(defcase clos.find-class-missing-signals
  :category clos
  :features (find-class)
  :forms ((find-class 'no-such-class-anywhere))
  :signals error)

(defcase clos.setf-class-name
  :category clos
  :features (class-name setf)
  :forms ((defclass renamed-class () ())
          (let ((c (find-class 'renamed-class)))
            (setf (class-name c) 'new-name)
            (class-name c)))
  :value "NEW-NAME")

(defcase clos.metaclass-types
  :category clos
  :features (class standard-class structure-class structure-object)
  :forms ((defclass meta-probe () ())
          (defstruct meta-struct a)
          (list (typep (find-class 'meta-probe) 'standard-class)
                (typep (find-class 'meta-probe) 'class)
                (typep (find-class 'meta-struct) 'structure-class)
                (typep (make-meta-struct) 'structure-object)))
  :value "(T T T T)")

(defcase clos.class-of-instance-and-subtypep
  :category clos
  :features (class-of subtypep)
  :forms ((defclass co-base () ())
          (defclass co-sub (co-base) ())
          (let ((o (make-instance 'co-sub)))
            (list (eq (class-of o) (find-class 'co-sub))
                  (subtypep (class-of o) 'co-base)
                  (subtypep (class-of 'a) 'symbol)
                  (typep o (find-class 'co-base)))))
  :value "(T T T T)")

(defcase clos.class-t-name
  :category clos
  :features (class-name find-class t)
  :forms ((list (class-name (find-class 't)) (class-name (find-class 'standard-object))))
  :value "(T STANDARD-OBJECT)")

(defcase clos.make-instances-obsolete-returns-class
  :category clos
  :features (make-instances-obsolete)
  :forms ((defclass obsolete-me () ((a :initform 1)))
          (let ((c (find-class 'obsolete-me)) (o (make-instance 'obsolete-me)))
            (list (eq (make-instances-obsolete c) c) (slot-value o 'a))))
  :value "(T 1)")

(defcase clos.make-load-form-standard-object-signals
  :category clos
  :features (make-load-form)
  :forms ((defclass no-load-form () ())
          (make-load-form (make-instance 'no-load-form)))
  :signals error)

(defcase clos.make-load-form-saving-slots-two-values
  :category clos
  :features (make-load-form-saving-slots)
  :forms ((defclass savable () ((a :initform 1)))
          (length (multiple-value-list (make-load-form-saving-slots (make-instance 'savable)))))
  :value "2")

;;; print-object (CLHS 22.1.3.13, print-unreadable-object)

(defcase clos.print-object-unreadable-body
  :category clos
  :features (print-object print-unreadable-object)
  :forms ((defclass pt () ((x :initarg :x) (y :initarg :y)))
          (defmethod print-object ((p pt) stream)
            (print-unreadable-object (p stream)
              (format stream "pt ~a ~a" (slot-value p 'x) (slot-value p 'y))))
          (prin1-to-string (make-instance 'pt :x 1 :y 2)))
  :note "without :type and :identity the output is #< followed by the body's output and >"
  :value "\"#<pt 1 2>\"")

(defcase clos.print-object-used-by-princ-format-and-print
  :category clos
  :features (print-object)
  :forms ((defclass tagged () ((tag :initarg :tag)))
          (defmethod print-object ((o tagged) stream) (format stream "[~a]" (slot-value o 'tag)))
          (let ((o (make-instance 'tagged :tag 'x)))
            (princ o)
            (format t " ~s ~a" o (list o))
            (terpri)
            (prin1 o)))
  :stdout "[X] [X] ([X])
[X]"
  :value "[X]")

(defcase clos.print-object-respects-print-escape
  :category clos
  :features (print-object)
  :forms ((defclass esc-aware () ())
          (defmethod print-object ((o esc-aware) stream)
            (write-string (if *print-escape* "escaped" "plain") stream))
          (list (prin1-to-string (make-instance 'esc-aware)) (princ-to-string (make-instance 'esc-aware))))
  :value "(\"escaped\" \"plain\")")

(defcase clos.print-object-call-next-method-inherited
  :category clos
  :features (print-object call-next-method)
  :forms ((defclass pr-base () ())
          (defclass pr-sub (pr-base) ())
          (defmethod print-object ((o pr-base) stream) (write-string "base" stream))
          (defmethod print-object ((o pr-sub) stream) (write-string "sub+" stream) (call-next-method))
          (prin1-to-string (make-instance 'pr-sub)))
  :value "\"sub+base\"")

(defcase clos.update-instance-for-redefined-class-arguments
  :category clos
  :features (update-instance-for-redefined-class defclass)
  :note "CLHS 4.3.6.1: added local slots, discarded slots and a plist of the discarded slots' values"
  :forms ((defclass redefined () ((a :initarg :a)))
          (defvar *old-instance* (make-instance 'redefined :a 1))
          (defmethod update-instance-for-redefined-class :after ((o redefined) added discarded plist &key)
            (setf (slot-value o 'b) (list 'added added 'discarded discarded 'plist plist)))
          (eval '(defclass redefined () ((b))))
          (slot-value *old-instance* 'b))
  :value "(ADDED (B) DISCARDED (A) PLIST (A 1))")

(defcase clos.make-instances-obsolete-triggers-update
  :category clos
  :features (make-instances-obsolete update-instance-for-redefined-class)
  :forms ((defclass obsoleted () ((a :initform 'kept)))
          (defvar *obsolete-log* nil)
          (defvar *obsoleted-instance* (make-instance 'obsoleted))
          (defmethod update-instance-for-redefined-class :before ((o obsoleted) added discarded plist &key)
            (push (list added discarded plist) *obsolete-log*))
          (make-instances-obsolete 'obsoleted)
          (list (slot-value *obsoleted-instance* 'a) *obsolete-log*))
  :value "(KEPT ((NIL NIL NIL)))")
