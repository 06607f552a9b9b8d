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
