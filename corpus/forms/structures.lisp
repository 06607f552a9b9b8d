;;;; corpus/forms/structures.lisp — defstruct (CLHS 8). Every case defines its own structure names. Expectations: SBCL 2.2.9.

(defcase structures.defstruct-returns-name
  :category structures
  :features (defstruct)
  :forms ((defstruct st-a x y))
  :value "ST-A")

(defcase structures.constructor-and-accessors
  :category structures
  :features (defstruct)
  :forms ((defstruct st-point x y)
          (let ((p (make-st-point :x 1 :y 2)))
            (list (st-point-x p) (st-point-y p))))
  :value "(1 2)")

(defcase structures.default-slot-values-nil
  :category structures
  :features (defstruct)
  :forms ((defstruct st-b x y)
          (let ((b (make-st-b)))
            (list (st-b-x b) (st-b-y b))))
  :value "(NIL NIL)")

(defcase structures.slot-initforms
  :category structures
  :features (defstruct)
  :forms ((defstruct st-c (x 10) (y (list 'fresh)))
          (let ((c (make-st-c :y 'given)))
            (list (st-c-x c) (st-c-y c))))
  :value "(10 GIVEN)")

(defcase structures.initform-evaluated-each-time
  :category structures
  :features (defstruct)
  :forms ((defstruct st-d (items (list 0)))
          (let ((a (make-st-d)) (b (make-st-d)))
            (push 1 (st-d-items a))
            (list (st-d-items a) (st-d-items b))))
  :value "((1 0) (0))")

(defcase structures.setf-accessor
  :category structures
  :features (defstruct setf)
  :forms ((defstruct st-e count)
          (let ((e (make-st-e :count 0)))
            (setf (st-e-count e) 5)
            (incf (st-e-count e))
            (st-e-count e)))
  :value "6")

(defcase structures.predicate
  :category structures
  :features (defstruct)
  :forms ((defstruct st-f a)
          (list (st-f-p (make-st-f)) (st-f-p 5) (st-f-p nil)))
  :value "(T NIL NIL)")

(defcase structures.copier-shallow
  :category structures
  :features (defstruct)
  :forms ((defstruct st-g items)
          (let* ((a (make-st-g :items (list 1 2)))
                 (b (copy-st-g a)))
            (setf (st-g-items b) 'replaced)
            (list (st-g-items a) (st-g-items b) (eq a b))))
  :value "((1 2) REPLACED NIL)")

(defcase structures.copier-shares-slot-values
  :category structures
  :features (defstruct)
  :forms ((defstruct st-h items)
          (let* ((a (make-st-h :items (list 1 2)))
                 (b (copy-st-h a)))
            (eq (st-h-items a) (st-h-items b))))
  :value "T")

(defcase structures.print-representation
  :category structures
  :features (defstruct prin1-to-string)
  :forms ((defstruct st-i x y)
          (prin1-to-string (make-st-i :x 1 :y "two")))
  :value "\"#S(ST-I :X 1 :Y \\\"two\\\")\"")

(defcase structures.value-prints-as-s-syntax
  :category structures
  :features (defstruct)
  :forms ((defstruct st-j a b)
          (make-st-j :a 'one :b '(2 3)))
  :value "#S(ST-J :A ONE :B (2 3))")

(defcase structures.include-inherits-slots
  :category structures
  :features (defstruct :include)
  :forms ((defstruct st-base id)
          (defstruct (st-derived (:include st-base)) extra)
          (let ((d (make-st-derived :id 7 :extra 'x)))
            (list (st-base-id d) (st-derived-id d) (st-derived-extra d))))
  :value "(7 7 X)")

(defcase structures.include-predicate-subtype
  :category structures
  :features (defstruct :include typep)
  :forms ((defstruct st-animal name)
          (defstruct (st-dog (:include st-animal)) breed)
          (let ((d (make-st-dog :name "rex")))
            (list (st-animal-p d) (st-dog-p d) (st-dog-p (make-st-animal)) (typep d 'st-animal))))
  :value "(T T NIL T)")

(defcase structures.include-with-default-override
  :category structures
  :features (defstruct :include)
  :forms ((defstruct st-k (level 1))
          (defstruct (st-l (:include st-k (level 5))))
          (list (st-k-level (make-st-k)) (st-k-level (make-st-l))))
  :value "(1 5)")

(defcase structures.conc-name-option
  :category structures
  :features (defstruct :conc-name)
  :forms ((defstruct (st-m (:conc-name m-)) width height)
          (let ((m (make-st-m :width 3 :height 4)))
            (* (m-width m) (m-height m))))
  :value "12")

(defcase structures.conc-name-nil
  :category structures
  :features (defstruct :conc-name)
  :forms ((defstruct (st-n (:conc-name nil)) st-n-slot-alpha)
          (st-n-slot-alpha (make-st-n :st-n-slot-alpha 'direct)))
  :value "DIRECT")

(defcase structures.constructor-name-option
  :category structures
  :features (defstruct :constructor)
  :forms ((defstruct (st-o (:constructor new-st-o)) v)
          (st-o-v (new-st-o :v 9)))
  :value "9")

(defcase structures.boa-constructor
  :category structures
  :features (defstruct :constructor)
  :forms ((defstruct (st-p (:constructor make-st-p-boa (a b &optional (c 3)))) a b c)
          (let ((p (make-st-p-boa 1 2)))
            (list (st-p-a p) (st-p-b p) (st-p-c p))))
  :value "(1 2 3)")

(defcase structures.predicate-name-option
  :category structures
  :features (defstruct :predicate)
  :forms ((defstruct (st-q (:predicate is-st-q)) z)
          (list (is-st-q (make-st-q)) (is-st-q 'no)))
  :value "(T NIL)")

(defcase structures.copier-name-option
  :category structures
  :features (defstruct :copier)
  :forms ((defstruct (st-r (:copier clone-st-r)) v)
          (st-r-v (clone-st-r (make-st-r :v 'cloned))))
  :value "CLONED")

(defcase structures.typep-structure
  :category structures
  :features (defstruct typep)
  :forms ((defstruct st-s)
          (list (typep (make-st-s) 'st-s) (typep 5 'st-s) (typep (make-st-s) 'structure-object)))
  :value "(T NIL T)")

(defcase structures.type-of-structure
  :category structures
  :features (defstruct type-of)
  :forms ((defstruct st-t f)
          (type-of (make-st-t)))
  :value "ST-T")

(defcase structures.structure-equalp
  :category structures
  :features (defstruct equalp equal)
  :forms ((defstruct st-u a)
          (list (equalp (make-st-u :a "X") (make-st-u :a "x"))
                (equal (make-st-u :a 1) (make-st-u :a 1))))
  :value "(T NIL)")

(defcase structures.structure-in-list-sort
  :category structures
  :features (defstruct sort)
  :forms ((defstruct st-v name age)
          (mapcar #'st-v-name
                  (sort (list (make-st-v :name 'b :age 30) (make-st-v :name 'a :age 20) (make-st-v :name 'c :age 25))
                        #'< :key #'st-v-age)))
  :value "(A C B)")

(defcase structures.structure-slot-holding-structure
  :category structures
  :features (defstruct)
  :forms ((defstruct st-node value next)
          (let ((list (make-st-node :value 1 :next (make-st-node :value 2 :next nil))))
            (st-node-value (st-node-next list))))
  :value "2")

(defcase structures.structure-linked-list-sum
  :category structures
  :features (defstruct loop)
  :forms ((defstruct st-cell val next)
          (let ((head nil))
            (dotimes (i 5) (setq head (make-st-cell :val i :next head)))
            (loop for c = head then (st-cell-next c) while c sum (st-cell-val c))))
  :value "10")

(defcase structures.accessor-on-wrong-type-signals
  :category structures
  :features (defstruct)
  :forms ((defstruct st-w a)
          (st-w-a (identity 'not-a-struct)))
  :signals type-error)

(defcase structures.slot-read-only
  :category structures
  :features (defstruct :read-only)
  :forms ((defstruct st-x (id 0 :read-only t) (name nil))
          (let ((x (make-st-x :id 5)))
            (setf (st-x-name x) 'named)
            (list (st-x-id x) (st-x-name x))))
  :value "(5 NAMED)")

(defcase structures.slot-type-option
  :category structures
  :features (defstruct :type)
  :forms ((defstruct st-y (n 0 :type integer))
          (st-y-n (make-st-y :n 12)))
  :value "12")

(defcase structures.struct-as-list-type
  :category structures
  :features (defstruct :type list)
  :forms ((defstruct (st-z (:type list)) a b)
          (make-st-z :a 1 :b 2))
  :value "(1 2)")

(defcase structures.struct-as-vector-type
  :category structures
  :features (defstruct :type vector)
  :forms ((defstruct (st-aa (:type vector)) a b)
          (make-st-aa :a 'x :b 'y))
  :value "#(X Y)")

(defcase structures.struct-list-named
  :category structures
  :features (defstruct :type :named)
  :forms ((defstruct (st-ab (:type list) :named) a)
          (make-st-ab :a 1))
  :value "(ST-AB 1)")

(defcase structures.struct-print-nested
  :category structures
  :features (defstruct)
  :forms ((defstruct st-ac inner)
          (defstruct st-ad v)
          (make-st-ac :inner (make-st-ad :v 1)))
  :value "#S(ST-AC :INNER #S(ST-AD :V 1))")

(defcase structures.struct-print-with-string-and-char
  :category structures
  :features (defstruct)
  :forms ((defstruct st-ae s c)
          (make-st-ae :s "hi" :c #\x))
  :value "#S(ST-AE :S \"hi\" :C #\\x)")

(defcase structures.struct-slot-count-via-accessors
  :category structures
  :features (defstruct incf)
  :forms ((defstruct st-af (hits 0) (misses 0))
          (let ((s (make-st-af)))
            (dotimes (i 10) (if (evenp i) (incf (st-af-hits s)) (incf (st-af-misses s))))
            (list (st-af-hits s) (st-af-misses s))))
  :value "(5 5)")

(defcase structures.struct-in-hash-table-eql
  :category structures
  :features (defstruct gethash)
  :forms ((defstruct st-ag k)
          (let ((h (make-hash-table)) (a (make-st-ag :k 1)))
            (setf (gethash a h) 'found)
            (list (gethash a h) (gethash (make-st-ag :k 1) h))))
  :value "(FOUND NIL)")

(defcase structures.struct-in-equalp-hash-table
  :category structures
  :features (defstruct gethash equalp)
  :forms ((defstruct st-ah k)
          (let ((h (make-hash-table :test 'equalp)))
            (setf (gethash (make-st-ah :k 1) h) 'found)
            (gethash (make-st-ah :k 1) h)))
  :value "FOUND")

(defcase structures.struct-eq-identity
  :category structures
  :features (defstruct eq)
  :forms ((defstruct st-ai)
          (let ((a (make-st-ai)))
            (list (eq a a) (eq a (make-st-ai)))))
  :value "(T NIL)")

(defcase structures.struct-constructor-keyword-order
  :category structures
  :features (defstruct)
  :forms ((defstruct st-aj a b c)
          (let ((s (make-st-aj :c 3 :a 1)))
            (list (st-aj-a s) (st-aj-b s) (st-aj-c s))))
  :value "(1 NIL 3)")

(defcase structures.struct-unknown-keyword-signals
  :category structures
  :features (defstruct)
  :forms ((defstruct st-ak a)
          (make-st-ak :zz 1))
  :signals program-error)

(defcase structures.struct-include-multiple-levels
  :category structures
  :features (defstruct :include)
  :forms ((defstruct st-l1 a)
          (defstruct (st-l2 (:include st-l1)) b)
          (defstruct (st-l3 (:include st-l2)) c)
          (let ((x (make-st-l3 :a 1 :b 2 :c 3)))
            (list (st-l1-a x) (st-l2-b x) (st-l3-c x) (st-l1-p x) (st-l2-p x))))
  :value "(1 2 3 T T)")

(defcase structures.struct-include-print
  :category structures
  :features (defstruct :include)
  :forms ((defstruct st-pa a)
          (defstruct (st-pb (:include st-pa)) b)
          (make-st-pb :a 1 :b 2))
  :value "#S(ST-PB :A 1 :B 2)")

(defcase structures.struct-setf-in-loop
  :category structures
  :features (defstruct setf)
  :forms ((defstruct st-acc (total 0))
          (let ((a (make-st-acc)))
            (dolist (x '(1 2 3 4)) (setf (st-acc-total a) (+ (st-acc-total a) x)))
            (st-acc-total a)))
  :value "10")

(defcase structures.struct-typecase
  :category structures
  :features (defstruct typecase)
  :forms ((defstruct st-circle r)
          (defstruct st-square s)
          (mapcar (lambda (shape)
                    (typecase shape
                      (st-circle (list 'circle (st-circle-r shape)))
                      (st-square (list 'square (st-square-s shape)))
                      (t 'unknown)))
                  (list (make-st-circle :r 1) (make-st-square :s 2) 3)))
  :value "((CIRCLE 1) (SQUARE 2) UNKNOWN)")

(defcase structures.struct-boa-with-aux-default
  :category structures
  :features (defstruct :constructor)
  :forms ((defstruct (st-bo (:constructor make-st-bo (x &aux (y (* x 2))))) x y)
          (let ((b (make-st-bo 5)))
            (list (st-bo-x b) (st-bo-y b))))
  :value "(5 10)")

(defcase structures.struct-two-constructors
  :category structures
  :features (defstruct :constructor)
  :forms ((defstruct (st-tc (:constructor make-st-tc) (:constructor st-tc-from (v))) v)
          (list (st-tc-v (make-st-tc :v 1)) (st-tc-v (st-tc-from 2))))
  :value "(1 2)")

(defcase structures.struct-slot-default-uses-earlier-call
  :category structures
  :features (defstruct)
  :forms ((defvar *st-counter* 0)
          (defstruct st-id (id (incf *st-counter*)))
          (list (st-id-id (make-st-id)) (st-id-id (make-st-id)) (st-id-id (make-st-id :id 99)) *st-counter*))
  :value "(1 2 99 2)")

(defcase structures.struct-vector-of-structs
  :category structures
  :features (defstruct map)
  :forms ((defstruct st-pix v)
          (map 'list #'st-pix-v (vector (make-st-pix :v 1) (make-st-pix :v 2))))
  :value "(1 2)")

(defcase structures.struct-copier-then-modify-original
  :category structures
  :features (defstruct)
  :forms ((defstruct st-cm x)
          (let* ((a (make-st-cm :x 1)) (b (copy-st-cm a)))
            (setf (st-cm-x a) 2)
            (list (st-cm-x a) (st-cm-x b))))
  :value "(2 1)")

(defcase structures.struct-print-empty
  :category structures
  :features (defstruct)
  :forms ((defstruct st-empty)
          (make-st-empty))
  :value "#S(ST-EMPTY)")

(defcase structures.struct-list-type-accessor
  :category structures
  :features (defstruct :type list)
  :forms ((defstruct (st-lt (:type list)) p q)
          (st-lt-q (list 1 2)))
  :value "2")
