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
  :forms ((defstruct st-b (x nil) (y nil))
          (let ((b (make-st-b)))
            (list (st-b-x b) (st-b-y b) (st-b-x (make-st-b :x 1)))))
  :note "explicit NIL initforms: reading a slot that has no initform before assigning it is undefined (CLHS defstruct)"
  :value "(NIL NIL 1)")

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
  :note "not an exceptional situation of the standard (consequences undefined): the safe-code error SBCL signals"
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

;;; ---- defstruct defaults: constructor, accessors, predicate, copier (CLHS 8.1 defstruct) ----
;;; Every slot read here has an initform or was given a value: reading a slot that has neither
;;; is undefined.

(defcase structures.default-functions-defined
  :category structures
  :features (defstruct)
  :forms ((defstruct sd-pt (x 0) (y 0))
          (list (not (null (fboundp 'make-sd-pt))) (not (null (fboundp 'sd-pt-x))) (not (null (fboundp 'sd-pt-p)))
                (not (null (fboundp 'copy-sd-pt)))))
  :value "(T T T T)")

(defcase structures.keyword-constructor-any-order-and-defaults
  :category structures
  :features (defstruct)
  :forms ((defstruct sd-kc (a 1) (b 2) (c 3))
          (let ((s (make-sd-kc :c 30 :a 10)))
            (list (sd-kc-a s) (sd-kc-b s) (sd-kc-c s))))
  :value "(10 2 30)")

(defcase structures.keyword-constructor-duplicate-keyword-first-wins
  :category structures
  :features (defstruct)
  :forms ((defstruct sd-dup (a 0))
          (sd-dup-a (make-sd-dup :a 1 :a 2)))
  :value "1")

(defcase structures.constructor-allow-other-keys
  :category structures
  :features (defstruct)
  :forms ((defstruct sd-aok (a 0))
          (sd-aok-a (make-sd-aok :a 5 :extra 1 :allow-other-keys t)))
  :value "5")

(defcase structures.initform-not-evaluated-when-supplied
  :category structures
  :features (defstruct)
  :forms ((defvar *sd-count* 0)
          (defstruct sd-lazy (v (incf *sd-count*)))
          (make-sd-lazy :v 'given) (make-sd-lazy :v 'again) (make-sd-lazy)
          *sd-count*)
  :value "1")

(defcase structures.constructor-arguments-evaluated-left-to-right
  :category structures
  :features (defstruct)
  :forms ((defstruct sd-order (a 0) (b 0))
          (let ((log '()))
            (make-sd-order :b (progn (push 'b log) 2) :a (progn (push 'a log) 1))
            (nreverse log)))
  :value "(B A)")

(defcase structures.predicate-on-other-objects
  :category structures
  :features (defstruct)
  :forms ((defstruct sd-pred (a 0))
          (defstruct sd-other (a 0))
          (list (sd-pred-p (make-sd-pred)) (sd-pred-p (make-sd-other)) (sd-pred-p nil) (sd-pred-p 5) (sd-pred-p (list 'sd-pred 0))))
  :value "(T NIL NIL NIL NIL)")

(defcase structures.accessors-are-functions
  :category structures
  :features (defstruct)
  :forms ((defstruct sd-fn (v 0))
          (mapcar #'sd-fn-v (list (make-sd-fn :v 1) (make-sd-fn :v 2) (make-sd-fn))))
  :value "(1 2 0)")

(defcase structures.setf-accessor-returns-value-and-incf
  :category structures
  :features (defstruct setf incf)
  :forms ((defstruct sd-mut (n 0) (items nil))
          (let ((s (make-sd-mut)))
            (list (setf (sd-mut-n s) 10) (incf (sd-mut-n s) 5) (push 'x (sd-mut-items s)) (push 'y (sd-mut-items s)) (sd-mut-n s))))
  :value "(10 15 (X) (Y X) 15)")

(defcase structures.rotatef-structure-slots
  :category structures
  :features (defstruct rotatef)
  :forms ((defstruct sd-rot (a 1) (b 2))
          (let ((s (make-sd-rot)))
            (rotatef (sd-rot-a s) (sd-rot-b s))
            (list (sd-rot-a s) (sd-rot-b s))))
  :value "(2 1)")

(defcase structures.default-copier-shallow-fresh
  :category structures
  :features (defstruct)
  :forms ((defstruct sd-cp (lst (list 1 2)) (n 0))
          (let* ((a (make-sd-cp :n 1)) (b (copy-sd-cp a)))
            (setf (sd-cp-n b) 2)
            (push 0 (sd-cp-lst b))
            (list (sd-cp-n a) (sd-cp-lst a) (sd-cp-n b) (sd-cp-lst b) (eq a b))))
  :value "(1 (1 2) 2 (0 1 2) NIL)")

(defcase structures.no-slots-structure
  :category structures
  :features (defstruct)
  :forms ((defstruct sd-none)
          (list (sd-none-p (make-sd-none)) (equalp (make-sd-none) (make-sd-none)) (eq (make-sd-none) (make-sd-none))))
  :value "(T T NIL)")

(defcase structures.documentation-string-allowed
  :category structures
  :features (defstruct)
  :forms ((defstruct sd-doc "A documented structure." (a 1))
          (sd-doc-a (make-sd-doc)))
  :value "1")

(defcase structures.slot-descriptions-forms
  :category structures
  :features (defstruct)
  :forms ((defstruct sd-forms (plain nil) (with-init 5) (typed 0 :type integer) (both 'x :type symbol :read-only t))
          (let ((s (make-sd-forms :plain 'p)))
            (list (sd-forms-plain s) (sd-forms-with-init s) (sd-forms-typed s) (sd-forms-both s))))
  :value "(P 5 0 X)")

;;; ---- :conc-name ----

(defcase structures.conc-name-string
  :category structures
  :features (defstruct)
  :forms ((defstruct (sd-cn (:conc-name "CN-")) (a 1) (b 2))
          (let ((s (make-sd-cn)))
            (list (cn-a s) (cn-b s))))
  :value "(1 2)")

(defcase structures.conc-name-empty-option-means-none
  :category structures
  :features (defstruct)
  :forms ((defstruct (sd-cn2 (:conc-name)) (sd-first 1) (sd-second 2))
          (let ((s (make-sd-cn2)))
            (list (sd-first s) (sd-second s))))
  :value "(1 2)")

(defcase structures.conc-name-symbol
  :category structures
  :features (defstruct)
  :forms ((defstruct (sd-cn3 (:conc-name get-)) (width 3))
          (let ((s (make-sd-cn3)))
            (setf (get-width s) 4)
            (get-width s)))
  :value "4")

(defcase structures.conc-name-keyword-constructor-uses-slot-names
  :category structures
  :features (defstruct)
  :forms ((defstruct (sd-cn4 (:conc-name q-)) (alpha 0))
          (q-alpha (make-sd-cn4 :alpha 9)))
  :value "9")

;;; ---- :constructor, BOA lambda lists ----

(defcase structures.constructor-nil-no-default
  :category structures
  :features (defstruct)
  :forms ((defstruct (sd-noc (:constructor nil)) (a 1))
          (fboundp 'make-sd-noc))
  :value "NIL")

(defcase structures.boa-only-no-keyword-constructor
  :category structures
  :features (defstruct)
  :forms ((defstruct (sd-boa1 (:constructor create-sd-boa1 (a b))) a b)
          (let ((s (create-sd-boa1 1 2)))
            (list (sd-boa1-a s) (sd-boa1-b s) (fboundp 'make-sd-boa1))))
  :value "(1 2 NIL)")

(defcase structures.boa-and-keyword-constructors-together
  :category structures
  :features (defstruct)
  :forms ((defstruct (sd-two (:constructor make-sd-two) (:constructor sd-two (x y))) (x 0) (y 0))
          (list (sd-two-x (make-sd-two :x 5)) (sd-two-y (sd-two 1 2)) (sd-two-x (sd-two 1 2))))
  :value "(5 2 1)")

(defcase structures.boa-optional-without-default-uses-initform
  :category structures
  :features (defstruct)
  :forms ((defstruct (sd-opt (:constructor mk-sd-opt (a &optional b (c 'given-default)))) a (b 'slot-initform) (c 'unused))
          (let ((one (mk-sd-opt 1)) (all (mk-sd-opt 1 2 3)))
            (list (sd-opt-b one) (sd-opt-c one) (sd-opt-b all) (sd-opt-c all))))
  :value "(SLOT-INITFORM GIVEN-DEFAULT 2 3)")

(defcase structures.boa-rest-argument-slot
  :category structures
  :features (defstruct)
  :forms ((defstruct (sd-rest (:constructor mk-sd-rest (head &rest tail))) head tail)
          (let ((s (mk-sd-rest 1 2 3 4)) (e (mk-sd-rest 'only)))
            (list (sd-rest-head s) (sd-rest-tail s) (sd-rest-tail e))))
  :value "(1 (2 3 4) NIL)")

(defcase structures.boa-aux-computed-from-parameters
  :category structures
  :features (defstruct)
  :forms ((defstruct (sd-aux (:constructor mk-sd-aux (w h &aux (area (* w h)) (label (format nil "~Dx~D" w h))))) w h area label)
          (let ((s (mk-sd-aux 3 4)))
            (list (sd-aux-area s) (sd-aux-label s))))
  :value "(12 \"3x4\")")

(defcase structures.boa-aux-overrides-initform
  :category structures
  :features (defstruct)
  :forms ((defstruct (sd-aux2 (:constructor mk-sd-aux2 (a &aux (b (list a a))))) a (b 'never-used))
          (sd-aux2-b (mk-sd-aux2 7)))
  :value "(7 7)")

(defcase structures.boa-slot-not-in-lambda-list-gets-initform
  :category structures
  :features (defstruct)
  :forms ((defstruct (sd-miss (:constructor mk-sd-miss (a))) a (b 'initform-b))
          (list (sd-miss-a (mk-sd-miss 1)) (sd-miss-b (mk-sd-miss 1))))
  :value "(1 INITFORM-B)")

(defcase structures.boa-key-parameters
  :category structures
  :features (defstruct)
  :forms ((defstruct (sd-key (:constructor mk-sd-key (a &key (b 20) c))) a b (c 'c-initform))
          (list (let ((s (mk-sd-key 1))) (list (sd-key-b s) (sd-key-c s)))
                (let ((s (mk-sd-key 1 :c 3 :b 2))) (list (sd-key-b s) (sd-key-c s)))))
  :value "((20 C-INITFORM) (2 3))")

(defcase structures.boa-optional-supplied-p-in-aux
  :category structures
  :features (defstruct)
  :forms ((defstruct (sd-sp (:constructor mk-sd-sp (&optional (v 0 v-given) &aux (how (if v-given 'given 'defaulted))))) v how)
          (list (sd-sp-how (mk-sd-sp)) (sd-sp-how (mk-sd-sp 5)) (sd-sp-v (mk-sd-sp))))
  :value "(DEFAULTED GIVEN 0)")

(defcase structures.boa-wrong-argument-count-signals
  :category structures
  :features (defstruct)
  :forms ((defstruct (sd-boa-n (:constructor mk-sd-boa-n (a b))) a b)
          (funcall 'mk-sd-boa-n 1))
  :signals program-error)

(defcase structures.keyword-constructor-odd-arguments-signals
  :category structures
  :features (defstruct)
  :forms ((defstruct sd-odd (a 0))
          (funcall 'make-sd-odd :a))
  :signals program-error)

;;; ---- :copier, :predicate ----

(defcase structures.copier-nil
  :category structures
  :features (defstruct)
  :forms ((defstruct (sd-nocopy (:copier nil)) (a 1))
          (fboundp 'copy-sd-nocopy))
  :value "NIL")

(defcase structures.copier-named
  :category structures
  :features (defstruct)
  :forms ((defstruct (sd-cpn (:copier clone-sd-cpn)) (a 1))
          (let* ((s (make-sd-cpn :a 5)) (c (clone-sd-cpn s)))
            (list (sd-cpn-a c) (eq c s) (fboundp 'copy-sd-cpn))))
  :value "(5 NIL NIL)")

(defcase structures.predicate-nil
  :category structures
  :features (defstruct)
  :forms ((defstruct (sd-nopred (:predicate nil)) (a 1))
          (list (fboundp 'sd-nopred-p) (typep (make-sd-nopred) 'sd-nopred)))
  :value "(NIL T)")

(defcase structures.predicate-named
  :category structures
  :features (defstruct)
  :forms ((defstruct (sd-pn (:predicate is-sd-pn)) (a 1))
          (list (is-sd-pn (make-sd-pn)) (is-sd-pn 'x) (fboundp 'sd-pn-p)))
  :value "(T NIL NIL)")

;;; ---- :include ----

(defcase structures.include-parent-accessors-work-on-child
  :category structures
  :features (defstruct)
  :forms ((defstruct sd-animal (name "?") (legs 4))
          (defstruct (sd-bird (:include sd-animal (legs 2))) (wings 2))
          (let ((b (make-sd-bird :name "robin")))
            (list (sd-animal-name b) (sd-bird-name b) (sd-animal-legs b) (sd-bird-legs b) (sd-bird-wings b))))
  :value "(\"robin\" \"robin\" 2 2 2)")

(defcase structures.include-predicates-and-types
  :category structures
  :features (defstruct typep subtypep)
  :forms ((defstruct sd-base (a 0))
          (defstruct (sd-derived (:include sd-base)) (b 0))
          (let ((d (make-sd-derived)) (p (make-sd-base)))
            (list (sd-base-p d) (sd-derived-p d) (sd-derived-p p) (typep d 'sd-base) (subtypep 'sd-derived 'sd-base)
                  (subtypep 'sd-base 'sd-derived))))
  :value "(T T NIL T T NIL)")

(defcase structures.include-setf-parent-accessor-on-child
  :category structures
  :features (defstruct setf)
  :forms ((defstruct sd-p2 (v 0))
          (defstruct (sd-c2 (:include sd-p2)))
          (let ((c (make-sd-c2 :v 1)))
            (setf (sd-p2-v c) 'via-parent)
            (sd-c2-v c)))
  :value "VIA-PARENT")

(defcase structures.include-three-levels-constructor-keywords
  :category structures
  :features (defstruct)
  :forms ((defstruct sd-l1 (a 1))
          (defstruct (sd-l2 (:include sd-l1)) (b 2))
          (defstruct (sd-l3 (:include sd-l2 (a 100))) (c 3))
          (let ((x (make-sd-l3 :b 20 :c 30)))
            (list (sd-l1-a x) (sd-l2-b x) (sd-l3-c x) (sd-l1-p x) (sd-l2-p x) (sd-l3-p (make-sd-l2)))))
  :value "(100 20 30 T T NIL)")

(defcase structures.include-different-conc-names
  :category structures
  :features (defstruct)
  :forms ((defstruct (sd-shape (:conc-name shape-)) (color 'red))
          (defstruct (sd-circle (:include sd-shape) (:conc-name circle-)) (radius 1))
          (let ((c (make-sd-circle :radius 3 :color 'blue)))
            (list (shape-color c) (circle-color c) (circle-radius c))))
  :value "(BLUE BLUE 3)")

(defcase structures.include-prints-all-slots
  :category structures
  :features (defstruct)
  :forms ((defstruct sd-pa (a 1))
          (defstruct (sd-ch (:include sd-pa)) (b 2))
          (prin1-to-string (make-sd-ch)))
  :value "\"#S(SD-CH :A 1 :B 2)\"")

(defcase structures.typecase-child-before-parent
  :category structures
  :features (defstruct typecase)
  :forms ((defstruct sd-tp (a 0))
          (defstruct (sd-tc (:include sd-tp)))
          (mapcar (lambda (x) (typecase x (sd-tc 'child) (sd-tp 'parent) (t 'other)))
                  (list (make-sd-tp) (make-sd-tc) 3)))
  :value "(PARENT CHILD OTHER)")

;;; ---- :type, :named, :initial-offset ----

(defcase structures.type-list-unnamed-no-predicate
  :category structures
  :features (defstruct)
  :forms ((defstruct (sd-tl (:type list)) (a 1) (b 2))
          (let ((s (make-sd-tl :b 20)))
            (list s (sd-tl-b s) (listp s) (fboundp 'sd-tl-p))))
  :value "((1 20) 20 T NIL)")

(defcase structures.type-list-named-predicate
  :category structures
  :features (defstruct)
  :forms ((defstruct (sd-tln (:type list) :named) (a 1))
          (let ((s (make-sd-tln :a 5)))
            (list s (sd-tln-p s) (sd-tln-p (list 'other 5)) (sd-tln-a (list 'sd-tln 9)))))
  :value "((SD-TLN 5) T NIL 9)")

(defcase structures.type-vector-named
  :category structures
  :features (defstruct)
  :forms ((defstruct (sd-tv (:type vector) :named) (x 0) (y 0))
          (let ((s (make-sd-tv :x 1 :y 2)))
            (list s (svref s 0) (sd-tv-y s) (vectorp s) (sd-tv-p s))))
  :value "(#(SD-TV 1 2) SD-TV 2 T T)")

(defcase structures.type-vector-setf-accessor-modifies-vector
  :category structures
  :features (defstruct)
  :forms ((defstruct (sd-tv2 (:type vector)) (a 0) (b 0))
          (let ((v (make-sd-tv2)))
            (setf (sd-tv2-b v) 'bee)
            v))
  :value "#(0 BEE)")

(defcase structures.type-list-initial-offset
  :category structures
  :features (defstruct)
  :forms ((defstruct (sd-off (:type list) (:initial-offset 2)) (a 'x) (b 'y))
          (let ((s (make-sd-off)))
            (list (length s) (third s) (fourth s) (sd-off-a s) (sd-off-b s))))
  :value "(4 X Y X Y)")

(defcase structures.type-list-named-initial-offset-name-after-offset
  :category structures
  :features (defstruct)
  :forms ((defstruct (sd-offn (:type list) :named (:initial-offset 1)) (a 10))
          (let ((s (make-sd-offn)))
            (list (length s) (second s) (third s) (sd-offn-a s))))
  :value "(3 SD-OFFN 10 10)")

(defcase structures.type-vector-initial-offset
  :category structures
  :features (defstruct)
  :forms ((defstruct (sd-offv (:type vector) (:initial-offset 3)) (only 'o))
          (let ((v (make-sd-offv)))
            (list (length v) (aref v 3) (sd-offv-only v))))
  :value "(4 O O)")

(defcase structures.type-list-include
  :category structures
  :features (defstruct)
  :forms ((defstruct (sd-lb (:type list)) (x 1))
          (defstruct (sd-lc (:type list) (:include sd-lb)) (y 2))
          (let ((c (make-sd-lc :x 10)))
            (list c (sd-lb-x c) (sd-lc-y c))))
  :value "((10 2) 10 2)")

(defcase structures.type-list-include-named-both
  :category structures
  :features (defstruct)
  :forms ((defstruct (sd-nb (:type list) :named) (x 1))
          (defstruct (sd-nc (:type list) :named (:include sd-nb)) (y 2))
          (let ((c (make-sd-nc)))
            (list c (sd-nc-x c) (sd-nc-y c) (sd-nc-p c))))
  :value "((SD-NB 1 SD-NC 2) 1 2 T)")

(defcase structures.type-list-include-with-offset
  :category structures
  :features (defstruct)
  :forms ((defstruct (sd-ob (:type list)) (a 'a))
          (defstruct (sd-oc (:type list) (:include sd-ob) (:initial-offset 1)) (b 'b))
          (let ((c (make-sd-oc)))
            (list (length c) (first c) (third c) (sd-oc-a c) (sd-oc-b c))))
  :value "(3 A B A B)")

(defcase structures.type-vector-t-element-type
  :category structures
  :features (defstruct)
  :forms ((defstruct (sd-vt (:type (vector t))) (p 1) (q "two"))
          (let ((v (make-sd-vt)))
            (list v (length v) (sd-vt-q v))))
  :value "(#(1 \"two\") 2 \"two\")")

(defcase structures.type-list-copier-copies-list
  :category structures
  :features (defstruct)
  :forms ((defstruct (sd-lcp (:type list)) (a 1) (b 2))
          (let* ((s (make-sd-lcp)) (c (copy-sd-lcp s)))
            (setf (sd-lcp-a c) 'changed)
            (list s c (eq s c))))
  :value "((1 2) (CHANGED 2) NIL)")

(defcase structures.type-list-boa-constructor
  :category structures
  :features (defstruct)
  :forms ((defstruct (sd-lboa (:type list) :named (:constructor mk-lboa (a &optional (b (* a 10))))) a b)
          (list (mk-lboa 1) (mk-lboa 2 3)))
  :value "((SD-LBOA 1 10) (SD-LBOA 2 3))")

;;; ---- printing #S(...) and the printer options ----

(defcase structures.print-s-syntax-slot-order
  :category structures
  :features (defstruct prin1-to-string)
  :forms ((defstruct sd-pr (z 1) (a "str") (m #\c))
          (prin1-to-string (make-sd-pr)))
  :value "\"#S(SD-PR :Z 1 :A \\\"str\\\" :M #\\\\c)\"")

(defcase structures.print-nested-and-in-list
  :category structures
  :features (defstruct)
  :forms ((defstruct sd-node (val 0) (next nil))
          (list (make-sd-node :val 1 :next (make-sd-node :val 2)) (make-sd-node)))
  :value "(#S(SD-NODE :VAL 1 :NEXT #S(SD-NODE :VAL 2 :NEXT NIL)) #S(SD-NODE :VAL 0 :NEXT NIL))")

(defcase structures.print-function-option
  :category structures
  :features (defstruct prin1-to-string)
  :forms ((defstruct (sd-pf (:print-function (lambda (obj stream depth) (declare (ignore depth)) (format stream "<PF ~A>" (sd-pf-v obj))))) (v 0))
          (list (prin1-to-string (make-sd-pf :v 7)) (format nil "~A" (list (make-sd-pf))) (princ-to-string (make-sd-pf :v 'x))))
  :value "(\"<PF 7>\" \"(<PF 0>)\" \"<PF X>\")")

(defcase structures.print-object-option
  :category structures
  :features (defstruct prin1-to-string)
  :forms ((defstruct (sd-po (:print-object (lambda (obj stream) (format stream "{~S}" (sd-po-v obj))))) (v "q"))
          (list (prin1-to-string (make-sd-po)) (write-to-string (make-sd-po :v 1))))
  :value "(\"{\\\"q\\\"}\" \"{1}\")")

(defcase structures.print-object-method-on-structure
  :category structures
  :features (defstruct defmethod print-object)
  :forms ((defstruct sd-pm (x 1) (y 2))
          (defmethod print-object ((p sd-pm) stream)
            (format stream "#<point ~D,~D>" (sd-pm-x p) (sd-pm-y p)))
          (list (prin1-to-string (make-sd-pm)) (format nil "~A and ~S" (make-sd-pm :x 5) (make-sd-pm :y 0))))
  :value "(\"#<point 1,2>\" \"#<point 5,2> and #<point 1,0>\")")

(defcase structures.print-function-inherited-by-include
  :category structures
  :features (defstruct prin1-to-string)
  :forms ((defstruct (sd-pfb (:print-function (lambda (o s d) (declare (ignore d)) (format s "<~A>" (type-of o))))) (a 0))
          (defstruct (sd-pfc (:include sd-pfb)))
          (list (prin1-to-string (make-sd-pfb)) (prin1-to-string (make-sd-pfc))))
  :value "(\"<SD-PFB>\" \"<SD-PFC>\")")

(defcase structures.read-sharp-s-constructs-instance
  :category structures
  :features (defstruct read-from-string)
  :forms ((defstruct sd-rd (a 0) (b 0))
          (let ((s (read-from-string "#S(SD-RD :B 2 :A 1)")))
            (list (sd-rd-p s) (sd-rd-a s) (sd-rd-b s))))
  :value "(T 1 2)")

(defcase structures.read-sharp-s-defaults-missing-slots
  :category structures
  :features (defstruct read-from-string)
  :forms ((defstruct sd-rd2 (a 'default-a) (b 0))
          (sd-rd2-a (read-from-string "#S(SD-RD2 :B 5)")))
  :value "DEFAULT-A")

(defcase structures.print-read-round-trip
  :category structures
  :features (defstruct read-from-string prin1-to-string equalp)
  :forms ((defstruct sd-rt (name "n") (vals (list 1 2)))
          (let ((s (make-sd-rt :name "x" :vals '(3 (4 5)))))
            (equalp s (read-from-string (prin1-to-string s)))))
  :value "T")

;;; ---- copy-structure ----

(defcase structures.copy-structure-shallow
  :category structures
  :features (copy-structure defstruct)
  :forms ((defstruct sd-cs (items (list 1)) (n 0))
          (let* ((a (make-sd-cs)) (b (copy-structure a)))
            (setf (sd-cs-n b) 5)
            (list (eq a b) (sd-cs-n a) (eq (sd-cs-items a) (sd-cs-items b)) (sd-cs-p b))))
  :value "(NIL 0 T T)")

(defcase structures.copy-structure-keeps-type-of-child
  :category structures
  :features (copy-structure defstruct)
  :forms ((defstruct sd-csp (a 1))
          (defstruct (sd-csc (:include sd-csp)) (b 2))
          (let ((c (copy-structure (make-sd-csc :b 3))))
            (list (sd-csc-p c) (sd-csc-b c) (type-of c))))
  :value "(T 3 SD-CSC)")

(defcase structures.copy-structure-with-copier-nil
  :category structures
  :features (copy-structure defstruct)
  :forms ((defstruct (sd-csn (:copier nil)) (v 'orig))
          (let* ((a (make-sd-csn)) (b (copy-structure a)))
            (setf (sd-csn-v b) 'copy)
            (list (sd-csn-v a) (sd-csn-v b))))
  :value "(ORIG COPY)")

(defcase structures.copy-structure-equalp-to-original
  :category structures
  :features (copy-structure equalp)
  :forms ((defstruct sd-cse (s "abc") (v (vector 1 2)))
          (let ((a (make-sd-cse)))
            (list (equalp a (copy-structure a)) (equal a (copy-structure a)) (equal a a))))
  :value "(T NIL T)")

;;; ---- equalp and equal on structures ----

(defcase structures.equalp-slots-compared-with-equalp
  :category structures
  :features (equalp defstruct)
  :forms ((defstruct sd-eq (name "") (n 0))
          (list (equalp (make-sd-eq :name "ABC" :n 1) (make-sd-eq :name "abc" :n 1.0))
                (equalp (make-sd-eq :name "abc" :n 1) (make-sd-eq :name "abd" :n 1))))
  :value "(T NIL)")

(defcase structures.equalp-different-types-same-slots
  :category structures
  :features (equalp defstruct)
  :forms ((defstruct sd-ea (x 1))
          (defstruct sd-eb (x 1))
          (equalp (make-sd-ea) (make-sd-eb)))
  :value "NIL")

(defcase structures.equalp-parent-and-child
  :category structures
  :features (equalp defstruct)
  :forms ((defstruct sd-epa (x 1))
          (defstruct (sd-epc (:include sd-epa)))
          (list (equalp (make-sd-epa) (make-sd-epc)) (equalp (make-sd-epc) (make-sd-epc))))
  :value "(NIL T)")

(defcase structures.equalp-nested-structures
  :category structures
  :features (equalp defstruct)
  :forms ((defstruct sd-en (inner nil))
          (list (equalp (make-sd-en :inner (make-sd-en :inner "X")) (make-sd-en :inner (make-sd-en :inner "x")))
                (equalp (make-sd-en :inner (make-sd-en)) (make-sd-en :inner nil))))
  :value "(T NIL)")

(defcase structures.equal-and-eql-are-identity
  :category structures
  :features (equal eql defstruct)
  :forms ((defstruct sd-id (a 1))
          (let ((x (make-sd-id)) (y (make-sd-id)))
            (list (equal x y) (eql x y) (equal x x) (eql x x))))
  :value "(NIL NIL T T)")

;;; ---- structure types and classes ----

(defcase structures.structure-object-type
  :category structures
  :features (defstruct typep subtypep structure-object)
  :forms ((defstruct sd-so (a 0))
          (list (typep (make-sd-so) 'structure-object) (subtypep 'sd-so 'structure-object) (typep (make-sd-so) 'standard-object)))
  :value "(T T NIL)")

(defcase structures.find-class-is-structure-class
  :category structures
  :features (defstruct find-class class-of structure-class)
  :forms ((defstruct sd-cls (a 0))
          (list (typep (find-class 'sd-cls) 'structure-class) (eq (class-of (make-sd-cls)) (find-class 'sd-cls))
                (class-name (class-of (make-sd-cls)))))
  :value "(T T SD-CLS)")

(defcase structures.type-of-and-typep-name
  :category structures
  :features (defstruct type-of typep)
  :forms ((defstruct sd-ty (a 0))
          (let ((s (make-sd-ty)))
            (list (type-of s) (typep s 'sd-ty) (typep 5 'sd-ty))))
  :value "(SD-TY T NIL)")

(defcase structures.defstruct-returns-name-with-options
  :category structures
  :features (defstruct)
  :forms ((list (defstruct (sd-rn (:conc-name rn-) (:copier nil)) (a 0))
                (defstruct (sd-rn2 (:type list)) (a 0))))
  :value "(SD-RN SD-RN2)")

(defcase structures.slot-type-declared-typep-holds
  :category structures
  :features (defstruct)
  :forms ((defstruct sd-typed (count 0 :type (integer 0 100)) (name "" :type string))
          (let ((s (make-sd-typed :count 42 :name "n")))
            (list (typep (sd-typed-count s) '(integer 0 100)) (sd-typed-name s))))
  :value "(T \"n\")")

(defcase structures.read-only-slot-copied-by-copier
  :category structures
  :features (defstruct copy-structure)
  :forms ((defstruct sd-ro (id 0 :read-only t) (tag nil))
          (let* ((a (make-sd-ro :id 7)) (b (copy-sd-ro a)))
            (setf (sd-ro-tag b) 'copied)
            (list (sd-ro-id b) (sd-ro-tag a) (sd-ro-tag b))))
  :value "(7 NIL COPIED)")

(defcase structures.include-override-read-only-initform
  :category structures
  :features (defstruct)
  :forms ((defstruct sd-rop (k 'parent-default))
          (defstruct (sd-roc (:include sd-rop (k 'child-default :read-only t))))
          (list (sd-rop-k (make-sd-rop)) (sd-roc-k (make-sd-roc)) (sd-roc-k (make-sd-roc :k 'given))))
  :value "(PARENT-DEFAULT CHILD-DEFAULT GIVEN)")

(defcase structures.structure-in-sort-by-accessor-key
  :category structures
  :features (defstruct sort)
  :forms ((defstruct sd-emp (name "") (age 0))
          (mapcar #'sd-emp-name
                  (stable-sort (list (make-sd-emp :name "a" :age 30) (make-sd-emp :name "b" :age 25) (make-sd-emp :name "c" :age 30))
                               #'< :key #'sd-emp-age)))
  :value "(\"b\" \"a\" \"c\")")

(defcase structures.struct-recursive-tree-sum
  :category structures
  :features (defstruct)
  :forms ((defstruct sd-tree (val 0) (kids nil))
          (labels ((total (n) (+ (sd-tree-val n) (reduce #'+ (mapcar #'total (sd-tree-kids n))))))
            (total (make-sd-tree :val 1 :kids (list (make-sd-tree :val 2) (make-sd-tree :val 3 :kids (list (make-sd-tree :val 4))))))))
  :value "10")

(defcase structures.initform-uses-lexical-environment-of-defstruct
  :category structures
  :features (defstruct)
  :forms ((defvar *sd-env* 'global)
          (defstruct sd-env (v *sd-env*))
          (list (sd-env-v (make-sd-env)) (let ((*sd-env* 'rebound)) (sd-env-v (make-sd-env)))))
  :value "(GLOBAL REBOUND)")

(defcase structures.many-slots-structure
  :category structures
  :features (defstruct)
  :forms ((defstruct sd-wide (s1 1) (s2 2) (s3 3) (s4 4) (s5 5) (s6 6) (s7 7) (s8 8) (s9 9) (s10 10) (s11 11) (s12 12))
          (let ((w (make-sd-wide :s7 70)))
            (list (sd-wide-s1 w) (sd-wide-s7 w) (sd-wide-s12 w))))
  :value "(1 70 12)")

(defcase structures.equalp-in-member-and-remove-duplicates
  :category structures
  :features (equalp defstruct remove-duplicates)
  :forms ((defstruct sd-md (k 0))
          (list (length (remove-duplicates (list (make-sd-md :k 1) (make-sd-md :k 1) (make-sd-md :k 2)) :test #'equalp))
                (length (remove-duplicates (list (make-sd-md :k 1) (make-sd-md :k 1))))))
  :value "(2 2)")

(defcase structures.boa-constructor-with-include
  :category structures
  :features (defstruct)
  :forms ((defstruct sd-bp (a 0))
          (defstruct (sd-bc (:include sd-bp) (:constructor mk-sd-bc (a b))) (b 0))
          (let ((c (mk-sd-bc 1 2)))
            (list (sd-bp-a c) (sd-bc-b c) (sd-bp-p c))))
  :value "(1 2 T)")

(defcase structures.named-type-vector-predicate-rejects-other
  :category structures
  :features (defstruct)
  :forms ((defstruct (sd-nv (:type vector) :named) (a 0))
          (list (sd-nv-p (vector 'sd-nv 1)) (sd-nv-p (vector 'other 1)) (sd-nv-p (vector)) (sd-nv-p "sd-nv")))
  :value "(T NIL NIL NIL)")

(defcase structures.closures-over-struct-instance
  :category structures
  :features (defstruct)
  :forms ((defstruct sd-counter (n 0))
          (let* ((c (make-sd-counter)) (inc (lambda () (incf (sd-counter-n c)))))
            (funcall inc) (funcall inc) (funcall inc)
            (sd-counter-n c)))
  :value "3")

(defcase structures.setf-accessor-evaluation-order
  :category structures
  :features (defstruct setf)
  :forms ((defstruct sd-ev (a 0))
          (let ((log '()) (s (make-sd-ev)))
            (setf (sd-ev-a (progn (push 'object log) s)) (progn (push 'value log) 1))
            (list (nreverse log) (sd-ev-a s))))
  :value "((OBJECT VALUE) 1)")

(defcase structures.defstruct-slot-named-like-cl-function
  :category structures
  :features (defstruct)
  :forms ((defstruct sd-cl (list nil) (count 0))
          (let ((s (make-sd-cl :list '(1 2) :count 2)))
            (list (sd-cl-list s) (sd-cl-count s) (list 'still 'works))))
  :value "((1 2) 2 (STILL WORKS))")

(defcase structures.keyword-constructor-unknown-key-signals
  :category structures
  :features (defstruct)
  :forms ((defstruct sd-uk (a 0))
          (funcall 'make-sd-uk :b 1))
  :signals program-error)

(defcase structures.struct-vector-of-structs-find-by-key
  :category structures
  :features (defstruct find)
  :forms ((defstruct sd-item (id 0) (label ""))
          (let ((items (vector (make-sd-item :id 1 :label "one") (make-sd-item :id 2 :label "two"))))
            (list (sd-item-label (find 2 items :key #'sd-item-id)) (find 3 items :key #'sd-item-id))))
  :value "(\"two\" NIL)")

(defcase structures.duplicate-slot-names-signals
  :category structures
  :features (defstruct)
  :forms ((defstruct sd-dupslot a b a))
  :signals program-error)

(defcase structures.duplicate-slot-name-through-include-signals
  :category structures
  :features (defstruct)
  :forms ((defstruct sd-dup-parent (x 0))
          (defstruct (sd-dup-child (:include sd-dup-parent)) (x 1)))
  :signals program-error)
