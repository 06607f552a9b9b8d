;;;; corpus/forms/arrays.lisp — arrays and vectors (CLHS 15). Expectations: SBCL 2.2.9.

(defcase arrays.make-array-initial-element
  :category arrays
  :features (make-array)
  :forms ((make-array 3 :initial-element 0))
  :value "#(0 0 0)")

(defcase arrays.make-array-initial-contents
  :category arrays
  :features (make-array)
  :forms ((make-array 4 :initial-contents '(a b c d)))
  :value "#(A B C D)")

(defcase arrays.make-array-2d
  :category arrays
  :features (make-array)
  :forms ((make-array '(2 3) :initial-element 1))
  :value "#2A((1 1 1) (1 1 1))")

(defcase arrays.make-array-2d-contents
  :category arrays
  :features (make-array)
  :forms ((make-array '(2 2) :initial-contents '((1 2) (3 4))))
  :value "#2A((1 2) (3 4))")

(defcase arrays.aref-1d
  :category arrays
  :features (aref)
  :forms ((aref (vector 10 20 30) 1))
  :value "20")

(defcase arrays.aref-2d
  :category arrays
  :features (aref make-array)
  :forms ((let ((a (make-array '(2 3) :initial-contents '((1 2 3) (4 5 6)))))
            (list (aref a 0 0) (aref a 1 2) (aref a 1 0))))
  :value "(1 6 4)")

(defcase arrays.setf-aref
  :category arrays
  :features (setf aref)
  :forms ((let ((v (make-array 3 :initial-element 0)))
            (setf (aref v 1) 'x)
            v))
  :value "#(0 X 0)")

(defcase arrays.setf-aref-2d
  :category arrays
  :features (setf aref make-array)
  :forms ((let ((a (make-array '(2 2) :initial-element 0)))
            (setf (aref a 1 1) 9 (aref a 0 1) 5)
            a))
  :value "#2A((0 5) (0 9))")

(defcase arrays.svref
  :category arrays
  :features (svref)
  :forms ((svref (vector 'a 'b 'c) 2))
  :value "C")

(defcase arrays.setf-svref
  :category arrays
  :features (svref setf)
  :forms ((let ((v (vector 1 2 3)))
            (setf (svref v 0) 100)
            v))
  :value "#(100 2 3)")

(defcase arrays.vector-function
  :category arrays
  :features (vector)
  :forms ((vector 1 "two" #\3 'four))
  :value "#(1 \"two\" #\\3 FOUR)")

(defcase arrays.vector-empty
  :category arrays
  :features (vector length)
  :forms ((list (vector) (length (vector))))
  :value "(#() 0)")

(defcase arrays.vector-literal
  :category arrays
  :features (quote)
  :forms (#(1 (2 3) "x"))
  :value "#(1 (2 3) \"x\")")

(defcase arrays.vectorp-arrayp
  :category arrays
  :features (vectorp arrayp)
  :forms ((list (vectorp #(1)) (vectorp "s") (vectorp '(1)) (arrayp (make-array '(2 2))) (vectorp (make-array '(2 2)))))
  :value "(T T NIL T NIL)")

(defcase arrays.simple-vector-p
  :category arrays
  :features (simple-vector-p)
  :forms ((list (simple-vector-p (vector 1)) (simple-vector-p (make-array 2 :fill-pointer 0)) (simple-vector-p "abc")))
  :value "(T NIL NIL)")

(defcase arrays.array-dimensions
  :category arrays
  :features (array-dimensions)
  :forms ((list (array-dimensions (make-array '(2 3 4))) (array-dimensions (vector 1 2))))
  :value "((2 3 4) (2))")

(defcase arrays.array-rank
  :category arrays
  :features (array-rank)
  :forms ((list (array-rank (vector)) (array-rank (make-array '(2 2))) (array-rank (make-array nil))))
  :value "(1 2 0)")

(defcase arrays.array-dimension
  :category arrays
  :features (array-dimension)
  :forms ((array-dimension (make-array '(4 7)) 1))
  :value "7")

(defcase arrays.array-total-size
  :category arrays
  :features (array-total-size)
  :forms ((list (array-total-size (make-array '(3 4))) (array-total-size (make-array 0))))
  :value "(12 0)")

(defcase arrays.array-in-bounds-p
  :category arrays
  :features (array-in-bounds-p)
  :forms ((let ((a (make-array '(2 3))))
            (list (array-in-bounds-p a 1 2) (array-in-bounds-p a 2 0) (array-in-bounds-p a 0 -1))))
  :value "(T NIL NIL)")

(defcase arrays.row-major-aref
  :category arrays
  :features (row-major-aref make-array)
  :forms ((let ((a (make-array '(2 3) :initial-contents '((a b c) (d e f)))))
            (list (row-major-aref a 0) (row-major-aref a 4) (row-major-aref a 5))))
  :value "(A E F)")

(defcase arrays.array-row-major-index
  :category arrays
  :features (array-row-major-index)
  :forms ((array-row-major-index (make-array '(3 4)) 2 1))
  :value "9")

(defcase arrays.zero-rank-array
  :category arrays
  :features (make-array aref)
  :forms ((let ((a (make-array nil :initial-element 'only)))
            (aref a)))
  :value "ONLY")

(defcase arrays.fill-pointer-basics
  :category arrays
  :features (make-array fill-pointer length)
  :forms ((let ((v (make-array 10 :fill-pointer 3 :initial-element 'x)))
            (list (fill-pointer v) (length v) (array-total-size v))))
  :value "(3 3 10)")

(defcase arrays.vector-push
  :category arrays
  :features (vector-push make-array)
  :forms ((let ((v (make-array 3 :fill-pointer 0)))
            (list (vector-push 'a v) (vector-push 'b v) v)))
  :value "(0 1 #(A B))")

(defcase arrays.vector-push-full-returns-nil
  :category arrays
  :features (vector-push make-array)
  :forms ((let ((v (make-array 1 :fill-pointer 0)))
            (vector-push 1 v)
            (list (vector-push 2 v) v)))
  :value "(NIL #(1))")

(defcase arrays.vector-push-extend-grows
  :category arrays
  :features (vector-push-extend make-array)
  :forms ((let ((v (make-array 1 :fill-pointer 0 :adjustable t)))
            (dotimes (i 5) (vector-push-extend i v))
            (list v (length v))))
  :value "(#(0 1 2 3 4) 5)")

(defcase arrays.vector-pop
  :category arrays
  :features (vector-pop make-array)
  :forms ((let ((v (make-array 3 :fill-pointer 3 :initial-contents '(1 2 3))))
            (list (vector-pop v) (vector-pop v) v)))
  :value "(3 2 #(1))")

(defcase arrays.vector-pop-empty-signals
  :category arrays
  :features (vector-pop)
  :forms ((vector-pop (make-array 3 :fill-pointer 0)))
  :signals error)

(defcase arrays.setf-fill-pointer
  :category arrays
  :features (setf fill-pointer)
  :forms ((let ((v (make-array 5 :fill-pointer 5 :initial-contents '(a b c d e))))
            (setf (fill-pointer v) 2)
            v))
  :value "#(A B)")

(defcase arrays.array-has-fill-pointer-p
  :category arrays
  :features (array-has-fill-pointer-p)
  :forms ((list (array-has-fill-pointer-p (make-array 2 :fill-pointer 0)) (array-has-fill-pointer-p (vector 1))))
  :value "(T NIL)")

(defcase arrays.adjustable-array-p
  :category arrays
  :features (adjustable-array-p)
  :forms ((adjustable-array-p (make-array 2 :adjustable t)))
  :value "T")

(defcase arrays.adjust-array-grow
  :category arrays
  :features (adjust-array)
  :forms ((adjust-array (make-array 2 :initial-contents '(a b) :adjustable t) 4 :initial-element 'z))
  :value "#(A B Z Z)")

(defcase arrays.adjust-array-shrink
  :category arrays
  :features (adjust-array)
  :forms ((adjust-array (make-array 4 :initial-contents '(1 2 3 4)) 2))
  :value "#(1 2)")

(defcase arrays.adjust-array-2d
  :category arrays
  :features (adjust-array)
  :forms ((adjust-array (make-array '(2 2) :initial-contents '((1 2) (3 4))) '(3 3) :initial-element 0))
  :value "#2A((1 2 0) (3 4 0) (0 0 0))")

(defcase arrays.aref-out-of-bounds-signals
  :category arrays
  :note "not an exceptional situation of the standard (consequences undefined): the safe-code error SBCL signals"
  :features (aref)
  :forms ((aref (vector 1 2 3) (identity 3)))
  :signals error)

(defcase arrays.displaced-array
  :category arrays
  :features (make-array)
  :forms ((let* ((base (vector 0 1 2 3 4 5))
                 (d (make-array 3 :displaced-to base :displaced-index-offset 2)))
            (setf (aref d 0) 'x)
            (list d base)))
  :value "(#(X 3 4) #(0 1 X 3 4 5))")

(defcase arrays.displaced-2d-to-1d
  :category arrays
  :features (make-array)
  :forms ((let* ((m (make-array '(2 3) :initial-contents '((1 2 3) (4 5 6))))
                 (flat (make-array 6 :displaced-to m)))
            flat))
  :value "#(1 2 3 4 5 6)")

(defcase arrays.element-type-character
  :category arrays
  :features (make-array)
  :forms ((make-array 3 :element-type 'character :initial-element #\q))
  :value "\"qqq\"")

(defcase arrays.bit-vector-ops
  :category arrays
  :features (make-array bit)
  :forms ((let ((b (make-array 4 :element-type 'bit :initial-contents '(1 0 1 1))))
            (list (bit b 0) (sbit b 1) (count 1 b))))
  :value "(1 0 3)")

(defcase arrays.array-element-type-t
  :category arrays
  :features (array-element-type)
  :forms ((array-element-type (make-array 2)))
  :value "T")

(defcase arrays.array-2d-loop-sum
  :category arrays
  :features (make-array dotimes aref)
  :forms ((let ((a (make-array '(3 3))) (s 0))
            (dotimes (i 3) (dotimes (j 3) (setf (aref a i j) (* i j))))
            (dotimes (i 3) (dotimes (j 3) (incf s (aref a i j))))
            s))
  :value "9")

(defcase arrays.array-transpose
  :category arrays
  :features (make-array aref)
  :forms ((let* ((a (make-array '(2 3) :initial-contents '((1 2 3) (4 5 6))))
                 (b (make-array '(3 2))))
            (dotimes (i 2) (dotimes (j 3) (setf (aref b j i) (aref a i j))))
            b))
  :value "#2A((1 4) (2 5) (3 6))")

(defcase arrays.vector-of-vectors
  :category arrays
  :features (vector aref)
  :forms ((let ((vv (vector (vector 1 2) (vector 3 4))))
            (aref (aref vv 1) 0)))
  :value "3")

(defcase arrays.vector-nested-print
  :category arrays
  :features (make-array)
  :forms ((make-array 2 :initial-contents (list (vector 'a) (list 'b))))
  :value "#(#(A) (B))")

(defcase arrays.vector-fill
  :category arrays
  :features (fill)
  :forms ((fill (make-array 4 :initial-element 0) 1 :start 2))
  :value "#(0 0 1 1)")

(defcase arrays.vector-reverse-in-place
  :category arrays
  :features (nreverse)
  :forms ((nreverse (vector 1 2 3)))
  :value "#(3 2 1)")

(defcase arrays.vector-subseq-fresh
  :category arrays
  :features (subseq eq)
  :forms ((let* ((v (vector 1 2 3)) (s (subseq v 0 2)))
            (setf (aref s 0) 'changed)
            (list v s)))
  :value "(#(1 2 3) #(CHANGED 2))")

(defcase arrays.vector-position
  :category arrays
  :features (position)
  :forms ((position 'c (vector 'a 'b 'c)))
  :value "2")

(defcase arrays.vector-map
  :category arrays
  :features (map)
  :forms ((map 'vector #'* #(1 2 3) #(4 5 6)))
  :value "#(4 10 18)")

(defcase arrays.vector-equalp
  :category arrays
  :features (equalp)
  :forms ((equalp (make-array 3 :initial-element 1) #(1 1 1)))
  :value "T")

(defcase arrays.make-array-length-zero
  :category arrays
  :features (make-array length)
  :forms ((length (make-array 0)))
  :value "0")

(defcase arrays.array-rank-limit-min
  :category arrays
  :features (array-rank-limit array-dimension-limit)
  :forms ((list (>= array-rank-limit 8) (>= array-dimension-limit 1024)))
  :value "(T T)")

(defcase arrays.svref-on-vector-with-fill-pointer-signals
  :category arrays
  :note "not an exceptional situation of the standard (consequences undefined): the safe-code error SBCL signals"
  :features (svref)
  :forms ((svref (identity (make-array 2 :fill-pointer 1)) 0))
  :signals type-error)

(defcase arrays.string-is-vector-of-characters
  :category arrays
  :features (vectorp aref)
  :forms ((let ((s "hey"))
            (list (vectorp s) (aref s 2))))
  :value "(T #\\y)")

(defcase arrays.vector-push-extend-string
  :category arrays
  :features (vector-push-extend make-array coerce)
  :forms ((let ((s (make-array 0 :element-type 'character :fill-pointer 0 :adjustable t)))
            (loop for c across "abc" do (vector-push-extend (char-upcase c) s))
            (coerce s 'simple-string)))
  :value "\"ABC\"")

(defcase arrays.array-3d
  :category arrays
  :features (make-array aref)
  :forms ((let ((a (make-array '(2 2 2) :initial-element 0)))
            (setf (aref a 1 0 1) 'deep)
            (list (aref a 1 0 1) (array-total-size a))))
  :value "(DEEP 8)")

(defcase arrays.make-array-displaced-fill-pointer-length
  :category arrays
  :features (length make-array)
  :forms ((length (make-array 5 :initial-element 0 :fill-pointer 0)))
  :value "0")

;;; ---- make-array: dimensions, element types, contents (CLHS 15.2 make-array) ----

(defcase arrays.make-array-dimension-integer-is-list-of-one
  :category arrays
  :features (make-array array-dimensions)
  :forms ((list (array-dimensions (make-array 4 :initial-element 0))
                (array-dimensions (make-array '(4) :initial-element 0))))
  :value "((4) (4))")

(defcase arrays.make-array-zero-rank-setf
  :category arrays
  :features (make-array aref array-rank array-total-size)
  :forms ((let ((a (make-array '() :initial-element 1)))
            (setf (aref a) (+ (aref a) 41))
            (list (aref a) (array-rank a) (array-total-size a) (array-dimensions a))))
  :value "(42 0 1 NIL)")

(defcase arrays.make-array-zero-rank-prints
  :category arrays
  :features (make-array)
  :forms ((make-array nil :initial-element 7))
  :value "#0A7")

(defcase arrays.make-array-3d-contents-prints
  :category arrays
  :features (make-array)
  :forms ((make-array '(2 2 2) :initial-contents '(((1 2) (3 4)) ((5 6) (7 8)))))
  :value "#3A(((1 2) (3 4)) ((5 6) (7 8)))")

(defcase arrays.make-array-contents-vectors-of-lists
  :category arrays
  :features (make-array)
  :forms ((make-array '(2 3) :initial-contents (vector '(a b c) (list 'd 'e 'f))))
  :value "#2A((A B C) (D E F))")

(defcase arrays.make-array-contents-strings-for-2d-chars
  :category arrays
  :features (make-array aref)
  :forms ((let ((a (make-array '(2 3) :element-type 'character :initial-contents '("abc" "def"))))
            (list (aref a 0 2) (aref a 1 0))))
  :value "(#\\c #\\d)")

(defcase arrays.make-array-character-is-string
  :category arrays
  :features (make-array stringp)
  :forms ((let ((s (make-array 3 :element-type 'character :initial-element #\z)))
            (list (stringp s) s)))
  :value "(T \"zzz\")")

(defcase arrays.make-array-character-initial-contents-string
  :category arrays
  :features (make-array)
  :forms ((make-array 5 :element-type 'character :initial-contents "hello"))
  :value "\"hello\"")

(defcase arrays.make-array-base-char-is-base-string
  :category arrays
  :features (make-array base-string)
  :forms ((let ((s (make-array 2 :element-type 'base-char :initial-element #\q)))
            (list (typep s 'base-string) (typep s 'string) s)))
  :value "(T T \"qq\")")

(defcase arrays.make-array-bit-is-bit-vector
  :category arrays
  :features (make-array bit-vector-p)
  :forms ((let ((b (make-array 5 :element-type 'bit :initial-element 1)))
            (list (bit-vector-p b) b)))
  :value "(T #*11111)")

(defcase arrays.make-array-zero-dimension-prints
  :category arrays
  :features (make-array)
  :forms ((list (make-array '(2 0)) (make-array '(0 2)) (make-array 0)))
  :value "(#2A(() ()) #2A() #())")

(defcase arrays.make-array-zero-axis-total-size
  :category arrays
  :features (make-array array-total-size array-dimensions)
  :forms ((let ((a (make-array '(2 0 3))))
            (list (array-total-size a) (array-dimensions a) (array-rank a))))
  :value "(0 (2 0 3) 3)")

(defcase arrays.make-array-fill-pointer-t-is-dimension
  :category arrays
  :features (make-array fill-pointer)
  :forms ((let ((v (make-array 5 :fill-pointer t :initial-element 0)))
            (list (fill-pointer v) (length v))))
  :value "(5 5)")

(defcase arrays.make-array-fill-pointer-limits-length-not-size
  :category arrays
  :features (make-array fill-pointer length array-total-size array-dimension)
  :forms ((let ((v (make-array 5 :fill-pointer 2 :initial-element 'x)))
            (list (length v) (array-total-size v) (array-dimension v 0) (array-dimensions v))))
  :value "(2 5 5 (5))")

(defcase arrays.fill-pointer-vector-prints-active-elements
  :category arrays
  :features (make-array fill-pointer)
  :forms ((make-array 5 :fill-pointer 2 :initial-contents '(a b c d e)))
  :value "#(A B)")

(defcase arrays.make-array-adjustable
  :category arrays
  :features (make-array adjustable-array-p)
  :forms ((adjustable-array-p (make-array 3 :adjustable t :initial-element 0)))
  :value "T")

(defcase arrays.make-array-element-type-t-any-object
  :category arrays
  :features (make-array)
  :forms ((make-array 3 :element-type t :initial-contents (list 1 "two" #\3)))
  :value "#(1 \"two\" #\\3)")

;;; ---- aref and fill pointers ----

(defcase arrays.aref-ignores-fill-pointer
  :category arrays
  :features (aref fill-pointer make-array)
  :forms ((let ((v (make-array 4 :fill-pointer 1 :initial-contents '(a b c d))))
            (list (aref v 3) (length v))))
  :value "(D 1)")

(defcase arrays.setf-aref-beyond-fill-pointer
  :category arrays
  :features (aref fill-pointer)
  :forms ((let ((v (make-array 3 :fill-pointer 0 :initial-element 0)))
            (setf (aref v 2) 'z)
            (setf (fill-pointer v) 3)
            v))
  :value "#(0 0 Z)")

(defcase arrays.setf-aref-returns-new-value
  :category arrays
  :features (aref setf)
  :forms ((let ((a (make-array '(2 2) :initial-element 0)))
            (list (setf (aref a 1 0) 'new) (aref a 1 0))))
  :value "(NEW NEW)")

(defcase arrays.aref-3d
  :category arrays
  :features (aref make-array)
  :forms ((let ((a (make-array '(2 3 4))))
            (dotimes (i 2) (dotimes (j 3) (dotimes (k 4) (setf (aref a i j k) (+ (* 100 i) (* 10 j) k)))))
            (list (aref a 0 0 0) (aref a 1 2 3) (aref a 0 2 1) (aref a 1 0 3))))
  :value "(0 123 21 103)")

(defcase arrays.aref-on-string-and-bit-vector
  :category arrays
  :features (aref)
  :forms ((list (aref (copy-seq "xyz") 1)
                (aref (make-array 3 :element-type 'bit :initial-contents '(0 1 0)) 1)))
  :value "(#\\y 1)")

;;; ---- array-dimension(s), rank, total size ----

(defcase arrays.array-dimension-each-axis
  :category arrays
  :features (array-dimension)
  :forms ((let ((a (make-array '(2 3 4) :initial-element 0)))
            (list (array-dimension a 0) (array-dimension a 1) (array-dimension a 2))))
  :value "(2 3 4)")

(defcase arrays.array-dimensions-is-fresh-shape-of-3d
  :category arrays
  :features (array-dimensions)
  :forms ((array-dimensions (make-array '(1 2 3 4) :initial-element nil)))
  :value "(1 2 3 4)")

(defcase arrays.array-dimensions-of-string
  :category arrays
  :features (array-dimensions array-rank)
  :forms ((list (array-dimensions "abcd") (array-rank "abcd")))
  :value "((4) 1)")

(defcase arrays.array-rank-0-1-2-3
  :category arrays
  :features (array-rank)
  :forms ((mapcar #'array-rank (list (make-array nil :initial-element 0) (vector 1) (make-array '(1 1) :initial-element 0)
                                     (make-array '(1 1 1) :initial-element 0))))
  :value "(0 1 2 3)")

(defcase arrays.array-total-size-product
  :category arrays
  :features (array-total-size)
  :forms ((list (array-total-size (make-array '(3 4 5) :initial-element 0))
                (array-total-size (vector))
                (array-total-size (make-array nil :initial-element 0))))
  :value "(60 0 1)")

(defcase arrays.array-dimension-on-non-array-signals
  :category arrays
  :features (array-dimension)
  :forms ((funcall 'array-dimension '(1 2) 0))
  :signals type-error)

(defcase arrays.array-rank-on-non-array-signals
  :category arrays
  :features (array-rank)
  :forms ((funcall 'array-rank 5))
  :signals type-error)

;;; ---- array-in-bounds-p, array-row-major-index, row-major-aref ----

(defcase arrays.array-in-bounds-p-each-edge
  :category arrays
  :features (array-in-bounds-p)
  :forms ((let ((a (make-array '(2 3) :initial-element 0)))
            (list (array-in-bounds-p a 0 0) (array-in-bounds-p a 1 2) (array-in-bounds-p a 2 0)
                  (array-in-bounds-p a 0 3) (array-in-bounds-p a -1 0))))
  :value "(T T NIL NIL NIL)")

(defcase arrays.array-in-bounds-p-ignores-fill-pointer
  :category arrays
  :features (array-in-bounds-p fill-pointer)
  :forms ((let ((v (make-array 10 :fill-pointer 2 :initial-element 0)))
            (list (array-in-bounds-p v 5) (array-in-bounds-p v 9) (array-in-bounds-p v 10))))
  :value "(T T NIL)")

(defcase arrays.array-in-bounds-p-zero-rank
  :category arrays
  :features (array-in-bounds-p)
  :forms ((array-in-bounds-p (make-array nil :initial-element 0)))
  :value "T")

(defcase arrays.array-row-major-index-3d
  :category arrays
  :features (array-row-major-index)
  :forms ((let ((a (make-array '(2 3 4) :initial-element 0)))
            (list (array-row-major-index a 0 0 0) (array-row-major-index a 0 0 3)
                  (array-row-major-index a 0 1 0) (array-row-major-index a 1 0 0)
                  (array-row-major-index a 1 2 3))))
  :value "(0 3 4 12 23)")

(defcase arrays.array-row-major-index-1d-and-0d
  :category arrays
  :features (array-row-major-index)
  :forms ((list (array-row-major-index (vector 'a 'b 'c) 2)
                (array-row-major-index (make-array nil :initial-element 0))))
  :value "(2 0)")

(defcase arrays.row-major-aref-matches-aref
  :category arrays
  :features (row-major-aref array-row-major-index aref)
  :forms ((let ((a (make-array '(3 2) :initial-contents '((a b) (c d) (e f)))))
            (loop for i below 3
                  append (loop for j below 2
                               collect (eq (aref a i j) (row-major-aref a (array-row-major-index a i j)))))))
  :value "(T T T T T T)")

(defcase arrays.row-major-aref-order
  :category arrays
  :features (row-major-aref)
  :forms ((let ((a (make-array '(2 3) :initial-contents '((1 2 3) (4 5 6)))))
            (loop for i below (array-total-size a) collect (row-major-aref a i))))
  :value "(1 2 3 4 5 6)")

(defcase arrays.setf-row-major-aref-2d
  :category arrays
  :features (row-major-aref setf)
  :forms ((let ((a (make-array '(2 2) :initial-element 0)))
            (setf (row-major-aref a 3) 'last (row-major-aref a 1) 'one)
            a))
  :value "#2A((0 ONE) (0 LAST))")

(defcase arrays.row-major-aref-ignores-fill-pointer
  :category arrays
  :features (row-major-aref fill-pointer)
  :forms ((let ((v (make-array 3 :fill-pointer 0 :initial-contents '(p q r))))
            (row-major-aref v 2)))
  :value "R")

;;; ---- array-element-type and upgraded-array-element-type (only what 15.1.2.2 requires) ----

(defcase arrays.array-element-type-of-required-specializations
  :category arrays
  :features (array-element-type make-array)
  :forms ((list (array-element-type (make-array 2 :element-type 'bit :initial-element 0))
                (array-element-type (make-array 2 :element-type 'character :initial-element #\a))
                (array-element-type (make-array 2 :initial-element nil))))
  :value "(BIT CHARACTER T)")

(defcase arrays.array-element-type-of-make-string
  :category arrays
  :features (array-element-type make-string)
  :forms ((array-element-type (make-string 3 :initial-element #\a)))
  :value "CHARACTER")

(defcase arrays.upgraded-array-element-type-required
  :category arrays
  :features (upgraded-array-element-type)
  :forms ((let ((base (upgraded-array-element-type 'base-char)))
            (list (upgraded-array-element-type 'bit) (upgraded-array-element-type 'character) (upgraded-array-element-type t)
                  (and (subtypep base 'base-char) (subtypep 'base-char base)))))
  :note "base-char may be the same type as character, so its upgraded type is compared as a type, not printed"
  :value "(BIT CHARACTER T T)")

(defcase arrays.upgraded-array-element-type-is-supertype
  :category arrays
  :features (upgraded-array-element-type subtypep)
  :forms ((loop for type in '((unsigned-byte 8) (signed-byte 16) fixnum single-float (integer 0 3) symbol)
                always (values (subtypep type (upgraded-array-element-type type)))))
  :value "T")

(defcase arrays.upgraded-element-type-holds-element
  :category arrays
  :features (make-array array-element-type upgraded-array-element-type)
  :forms ((let ((a (make-array 2 :element-type '(unsigned-byte 8) :initial-element 200)))
            (list (aref a 0)
                  (equal (array-element-type a) (upgraded-array-element-type '(unsigned-byte 8)))
                  (typep 200 (array-element-type a)))))
  :value "(200 T T)")

;;; ---- array-has-fill-pointer-p, fill-pointer ----

(defcase arrays.array-has-fill-pointer-p-kinds
  :category arrays
  :features (array-has-fill-pointer-p)
  :forms ((list (array-has-fill-pointer-p (make-array 3 :fill-pointer 0))
                (array-has-fill-pointer-p (make-array 3 :fill-pointer t))
                (array-has-fill-pointer-p (make-array '(2 2) :initial-element 0))
                (array-has-fill-pointer-p (make-array nil :initial-element 0))))
  :value "(T T NIL NIL)")

(defcase arrays.fill-pointer-of-plain-vector-signals
  :category arrays
  :features (fill-pointer)
  :forms ((funcall 'fill-pointer (vector 1 2 3)))
  :signals type-error)

(defcase arrays.setf-fill-pointer-grows-visible-part
  :category arrays
  :features (fill-pointer length)
  :forms ((let ((v (make-array 4 :fill-pointer 4 :initial-contents '(1 2 3 4))))
            (setf (fill-pointer v) 1)
            (let ((short (copy-seq v)))
              (setf (fill-pointer v) 3)
              (list short v (length v)))))
  :value "(#(1) #(1 2 3) 3)")

(defcase arrays.setf-fill-pointer-returns-new-value
  :category arrays
  :features (fill-pointer setf)
  :forms ((let ((v (make-array 4 :fill-pointer 0 :initial-element 0)))
            (setf (fill-pointer v) 2)))
  :value "2")

(defcase arrays.fill-pointer-zero-empty-sequence
  :category arrays
  :features (fill-pointer length)
  :forms ((let ((v (make-array 3 :fill-pointer 0 :initial-element 'x)))
            (list v (length v) (coerce v 'list))))
  :value "(#() 0 NIL)")

;;; ---- vector-push, vector-push-extend, vector-pop ----

(defcase arrays.vector-push-returns-index-stores-at-fill-pointer
  :category arrays
  :features (vector-push fill-pointer)
  :forms ((let ((v (make-array 3 :fill-pointer 0 :initial-element nil)))
            (list (vector-push 'a v) (vector-push 'b v) (fill-pointer v) v)))
  :value "(0 1 2 #(A B))")

(defcase arrays.vector-push-full-leaves-vector
  :category arrays
  :features (vector-push fill-pointer)
  :forms ((let ((v (make-array 2 :fill-pointer 2 :initial-contents '(1 2))))
            (list (vector-push 3 v) (fill-pointer v) v)))
  :value "(NIL 2 #(1 2))")

(defcase arrays.vector-push-on-vector-without-fill-pointer-signals
  :category arrays
  :features (vector-push)
  :forms ((funcall 'vector-push 1 (vector 1 2 3)))
  :signals error)

(defcase arrays.vector-push-extend-returns-index
  :category arrays
  :features (vector-push-extend)
  :forms ((let ((v (make-array 1 :fill-pointer 0 :adjustable t)))
            (list (vector-push-extend 'a v) (vector-push-extend 'b v) (vector-push-extend 'c v) v)))
  :value "(0 1 2 #(A B C))")

(defcase arrays.vector-push-extend-extension-minimum
  :category arrays
  :features (vector-push-extend array-total-size)
  :forms ((let ((v (make-array 2 :fill-pointer 2 :adjustable t :initial-element 0)))
            (vector-push-extend 9 v 10)
            (list (>= (array-total-size v) 12) (length v) (aref v 2))))
  :value "(T 3 9)")

(defcase arrays.vector-push-extend-keeps-contents-after-growing
  :category arrays
  :features (vector-push-extend)
  :forms ((let ((v (make-array 0 :fill-pointer 0 :adjustable t)))
            (dotimes (i 100) (vector-push-extend (* i i) v))
            (list (length v) (aref v 0) (aref v 50) (aref v 99))))
  :value "(100 0 2500 9801)")

(defcase arrays.vector-push-extend-string-grows-past-size
  :category arrays
  :features (vector-push-extend make-array)
  :forms ((let ((s (make-array 0 :element-type 'character :fill-pointer 0 :adjustable t)))
            (map nil (lambda (c) (vector-push-extend c s)) "grow")
            (vector-push-extend #\! s)
            s))
  :value "\"grow!\"")

(defcase arrays.vector-pop-returns-last-active
  :category arrays
  :features (vector-pop fill-pointer)
  :forms ((let ((v (make-array 3 :fill-pointer 3 :initial-contents '(a b c))))
            (list (vector-pop v) (vector-pop v) (fill-pointer v) v)))
  :value "(C B 1 #(A))")

(defcase arrays.vector-pop-without-fill-pointer-signals
  :category arrays
  :features (vector-pop)
  :forms ((funcall 'vector-pop (vector 1 2)))
  :signals type-error)

(defcase arrays.vector-push-pop-stack
  :category arrays
  :features (vector-push vector-pop)
  :forms ((let ((v (make-array 5 :fill-pointer 0)) (out '()))
            (vector-push 1 v) (vector-push 2 v)
            (push (vector-pop v) out)
            (vector-push 3 v)
            (push (vector-pop v) out) (push (vector-pop v) out)
            (list (nreverse out) (length v))))
  :value "((2 3 1) 0)")

;;; ---- adjust-array ----

(defcase arrays.adjust-array-adjustable-returns-identical
  :category arrays
  :features (adjust-array)
  :forms ((let* ((a (make-array 3 :adjustable t :initial-element 0))
                 (b (adjust-array a 6 :initial-element 1)))
            (list (eq a b) a)))
  :value "(T #(0 0 0 1 1 1))")

(defcase arrays.adjust-array-grow-2d-keeps-indices
  :category arrays
  :features (adjust-array aref)
  :forms ((let ((a (make-array '(2 2) :adjustable t :initial-contents '((1 2) (3 4)))))
            (adjust-array a '(3 3) :initial-element 0)))
  :value "#2A((1 2 0) (3 4 0) (0 0 0))")

(defcase arrays.adjust-array-shrink-2d-keeps-indices
  :category arrays
  :features (adjust-array)
  :forms ((let ((a (make-array '(3 3) :adjustable t :initial-contents '((1 2 3) (4 5 6) (7 8 9)))))
            (adjust-array a '(2 2))))
  :value "#2A((1 2) (4 5))")

(defcase arrays.adjust-array-new-shape-reads-old-elements
  :category arrays
  :features (adjust-array)
  :forms ((let ((a (make-array '(2 3) :initial-contents '((a b c) (d e f)))))
            (adjust-array a '(3 2) :initial-element '-)))
  :value "#2A((A B) (D E) (- -))")

(defcase arrays.adjust-array-initial-contents
  :category arrays
  :features (adjust-array)
  :forms ((let ((a (make-array 2 :adjustable t :initial-element 0)))
            (adjust-array a 4 :initial-contents '(w x y z))))
  :value "#(W X Y Z)")

(defcase arrays.adjust-array-fill-pointer-set
  :category arrays
  :features (adjust-array fill-pointer)
  :forms ((let ((v (make-array 3 :fill-pointer 3 :adjustable t :initial-contents '(1 2 3))))
            (adjust-array v 6 :initial-element 0 :fill-pointer 5)
            (list v (fill-pointer v) (array-total-size v))))
  :value "(#(1 2 3 0 0) 5 6)")

(defcase arrays.adjust-array-fill-pointer-kept
  :category arrays
  :features (adjust-array fill-pointer)
  :forms ((let ((v (make-array 4 :fill-pointer 2 :adjustable t :initial-contents '(a b c d))))
            (adjust-array v 8 :initial-element nil)
            (list (fill-pointer v) v)))
  :value "(2 #(A B))")

(defcase arrays.adjust-array-fill-pointer-without-one-signals
  :category arrays
  :features (adjust-array)
  :forms ((adjust-array (make-array 3 :adjustable t :initial-element 0) 4 :fill-pointer 2))
  :signals error)

(defcase arrays.adjust-array-displaced-to
  :category arrays
  :features (adjust-array array-displacement)
  :forms ((let* ((base (vector 0 1 2 3 4 5 6 7))
                 (a (make-array 2 :adjustable t :initial-element nil)))
            (adjust-array a 3 :displaced-to base :displaced-index-offset 4)
            (list a (multiple-value-list (array-displacement a)))))
  :value "(#(4 5 6) (#(0 1 2 3 4 5 6 7) 4))")

(defcase arrays.adjust-array-string-adjustable
  :category arrays
  :features (adjust-array make-array)
  :forms ((let ((s (make-array 3 :element-type 'character :adjustable t :initial-contents "abc")))
            (adjust-array s 5 :initial-element #\.)
            s))
  :value "\"abc..\"")

;;; ---- displaced arrays ----

(defcase arrays.array-displacement-of-displaced
  :category arrays
  :features (array-displacement make-array)
  :forms ((let* ((base (make-array 10 :initial-element 0))
                 (d (make-array 4 :displaced-to base :displaced-index-offset 3)))
            (multiple-value-bind (to offset) (array-displacement d)
              (list (eq to base) offset))))
  :value "(T 3)")

(defcase arrays.array-displacement-of-plain-array
  :category arrays
  :features (array-displacement)
  :forms ((multiple-value-list (array-displacement (make-array 3 :initial-element 0))))
  :value "(NIL 0)")

(defcase arrays.displaced-offset-default-zero
  :category arrays
  :features (make-array array-displacement)
  :forms ((let* ((base (vector 'a 'b 'c 'd))
                 (d (make-array 2 :displaced-to base)))
            (list d (nth-value 1 (array-displacement d)))))
  :value "(#(A B) 0)")

(defcase arrays.displaced-write-through-base
  :category arrays
  :features (make-array aref)
  :forms ((let* ((base (vector 1 2 3 4 5))
                 (d (make-array 2 :displaced-to base :displaced-index-offset 1)))
            (setf (aref base 2) 'changed)
            (list d (aref d 1))))
  :value "(#(2 CHANGED) CHANGED)")

(defcase arrays.displaced-1d-view-of-2d-row-major
  :category arrays
  :features (make-array)
  :forms ((let* ((a (make-array '(2 3) :initial-contents '((1 2 3) (4 5 6))))
                 (flat (make-array 6 :displaced-to a)))
            flat))
  :value "#(1 2 3 4 5 6)")

(defcase arrays.displaced-row-of-2d
  :category arrays
  :features (make-array array-row-major-index)
  :forms ((let* ((a (make-array '(3 3) :initial-contents '((a b c) (d e f) (g h i))))
                 (row (make-array 3 :displaced-to a :displaced-index-offset (array-row-major-index a 1 0))))
            (setf (aref row 2) 'x)
            (list row (aref a 1 2))))
  :value "(#(D E X) X)")

(defcase arrays.displaced-2d-view-of-1d
  :category arrays
  :features (make-array aref)
  :forms ((let* ((v (vector 0 1 2 3 4 5))
                 (m (make-array '(3 2) :displaced-to v)))
            (list (aref m 0 1) (aref m 2 0) m)))
  :value "(1 4 #2A((0 1) (2 3) (4 5)))")

(defcase arrays.displaced-chain
  :category arrays
  :features (make-array)
  :forms ((let* ((v (vector 0 1 2 3 4 5 6 7 8 9))
                 (d1 (make-array 6 :displaced-to v :displaced-index-offset 2))
                 (d2 (make-array 3 :displaced-to d1 :displaced-index-offset 2)))
            (setf (aref d2 0) 'hit)
            (list d2 (aref v 4))))
  :value "(#(HIT 5 6) HIT)")

(defcase arrays.displaced-string
  :category arrays
  :features (make-array)
  :forms ((let* ((s (copy-seq "hello world"))
                 (w (make-array 5 :element-type 'character :displaced-to s :displaced-index-offset 6)))
            (setf (char w 0) #\W)
            (list w s)))
  :value "(\"World\" \"hello World\")")

(defcase arrays.displaced-with-fill-pointer
  :category arrays
  :features (make-array fill-pointer)
  :forms ((let* ((base (vector 'a 'b 'c 'd 'e))
                 (d (make-array 4 :displaced-to base :displaced-index-offset 1 :fill-pointer 2)))
            (list d (length d) (array-total-size d))))
  :value "(#(B C) 2 4)")

;;; ---- predicates and types ----

(defcase arrays.arrayp-kinds
  :category arrays
  :features (arrayp)
  :forms ((mapcar #'arrayp (list (vector) "s" (make-array '(2 2) :initial-element 0)
                                 (make-array 2 :element-type 'bit :initial-element 0) '(1 2) nil 'a 3)))
  :value "(T T T T NIL NIL NIL NIL)")

(defcase arrays.vectorp-kinds
  :category arrays
  :features (vectorp)
  :forms ((mapcar #'vectorp (list (vector 1) "abc" (make-array 2 :element-type 'bit :initial-element 0)
                                  (make-array '(1 1) :initial-element 0) (make-array nil :initial-element 0) '(1))))
  :value "(T T T NIL NIL NIL)")

(defcase arrays.simple-vector-p-kinds
  :category arrays
  :features (simple-vector-p)
  :forms ((list (simple-vector-p (vector 1 2))
                (simple-vector-p (make-array 3 :initial-element 0))
                (simple-vector-p (make-array 3 :fill-pointer 0))
                (simple-vector-p (make-array 3 :adjustable t :initial-element 0))
                (simple-vector-p (make-string 3 :initial-element #\a))
                (simple-vector-p (make-array 3 :displaced-to (vector 1 2 3)))
                (simple-vector-p '(1 2))))
  :value "(T T NIL NIL NIL NIL NIL)")

(defcase arrays.bit-vector-p-kinds
  :category arrays
  :features (bit-vector-p)
  :forms ((list (bit-vector-p (make-array 3 :element-type 'bit :initial-element 1))
                (bit-vector-p (make-array 0 :element-type 'bit))
                (bit-vector-p (vector 0 1))
                (bit-vector-p (make-array '(2 2) :element-type 'bit :initial-element 0))
                (bit-vector-p "01")))
  :value "(T T NIL NIL NIL)")

(defcase arrays.simple-bit-vector-p-kinds
  :category arrays
  :features (simple-bit-vector-p)
  :forms ((list (simple-bit-vector-p (make-array 3 :element-type 'bit :initial-element 1))
                (simple-bit-vector-p (make-array 3 :element-type 'bit :fill-pointer 1 :initial-element 0))
                (simple-bit-vector-p (make-array 3 :element-type 'bit :adjustable t :initial-element 0))
                (simple-bit-vector-p (vector 1 0))))
  :value "(T NIL NIL NIL)")

(defcase arrays.typep-array-types
  :category arrays
  :features (array simple-array typep)
  :forms ((let ((a (make-array '(2 3) :initial-element 0)))
            (list (typep a 'array) (typep a '(array t (2 3))) (typep a '(array * (2 *)))
                  (typep a '(array * 2)) (typep a '(array * 3)) (typep a '(simple-array * (3 2)))
                  (typep a 'simple-array))))
  :value "(T T T T NIL NIL T)")

(defcase arrays.typep-vector-types
  :category arrays
  :features (vector simple-vector typep)
  :forms ((let ((v (vector 1 2 3)))
            (list (typep v 'vector) (typep v '(vector * 3)) (typep v '(vector t 4))
                  (typep v 'simple-vector) (typep v '(simple-vector 3)) (typep v '(array * 1)))))
  :value "(T T NIL T T T)")

(defcase arrays.typep-bit-vector-types
  :category arrays
  :features (bit-vector simple-bit-vector typep)
  :forms ((let ((b (make-array 4 :element-type 'bit :initial-element 0)))
            (list (typep b 'bit-vector) (typep b '(bit-vector 4)) (typep b '(bit-vector 5))
                  (typep b 'simple-bit-vector) (typep b '(simple-bit-vector 4)) (typep b '(vector bit)))))
  :value "(T T NIL T T T)")

(defcase arrays.typep-non-simple-not-simple-array
  :category arrays
  :features (simple-array typep)
  :forms ((list (typep (make-array 3 :fill-pointer 0) 'simple-array)
                (typep (make-array 3 :displaced-to (vector 1 2 3)) 'simple-array)
                (typep (make-array 3 :adjustable t :initial-element 0) 'simple-array)))
  :value "(NIL NIL NIL)")

(defcase arrays.subtypep-array-type-hierarchy
  :category arrays
  :features (subtypep array vector simple-vector bit-vector simple-bit-vector simple-array)
  :forms ((list (subtypep 'simple-vector 'vector) (subtypep 'vector 'array) (subtypep 'bit-vector 'vector)
                (subtypep 'simple-bit-vector 'bit-vector) (subtypep 'simple-bit-vector 'simple-array)
                (subtypep 'simple-vector 'simple-array) (subtypep 'string 'vector)))
  :value "(T T T T T T T)")

(defcase arrays.vector-type-of-string-element
  :category arrays
  :features (vector typep)
  :forms ((list (typep (make-string 2 :initial-element #\a) '(vector character 2))
                (typep (make-array 2 :element-type 'bit :initial-element 0) '(vector bit 2))))
  :value "(T T)")

;;; ---- svref, vector ----

(defcase arrays.svref-setf-returns-value
  :category arrays
  :features (svref setf)
  :forms ((let ((v (vector 1 2 3)))
            (list (setf (svref v 0) 'first) v)))
  :value "(FIRST #(FIRST 2 3))")

(defcase arrays.vector-function-various
  :category arrays
  :features (vector simple-vector-p)
  :forms ((let ((v (vector 1 'a "s" #\c '(l))))
            (list v (length v) (simple-vector-p v))))
  :value "(#(1 A \"s\" #\\c (L)) 5 T)")

(defcase arrays.vector-fresh-each-call
  :category arrays
  :features (vector)
  :forms ((flet ((mk () (vector 0)))
            (let ((a (mk)) (b (mk)))
              (setf (svref a 0) 1)
              (list a b (eq a b)))))
  :value "(#(1) #(0) NIL)")

;;; ---- bit, sbit ----

(defcase arrays.bit-setf-and-read
  :category arrays
  :features (bit setf)
  :forms ((let ((b (make-array 4 :element-type 'bit :initial-element 0)))
            (setf (bit b 1) 1 (bit b 3) 1)
            (list b (bit b 1) (bit b 2))))
  :value "(#*0101 1 0)")

(defcase arrays.sbit-setf-and-read
  :category arrays
  :features (sbit setf)
  :forms ((let ((b (make-array 3 :element-type 'bit :initial-element 1)))
            (setf (sbit b 0) 0)
            (list (sbit b 0) (sbit b 1) b)))
  :value "(0 1 #*011)")

(defcase arrays.bit-on-2d-bit-array
  :category arrays
  :features (bit make-array)
  :forms ((let ((b (make-array '(2 3) :element-type 'bit :initial-contents '((1 0 1) (0 1 1)))))
            (setf (bit b 0 1) 1)
            (list (bit b 0 1) (bit b 1 0) b)))
  :value "(1 0 #2A((1 1 1) (0 1 1)))")

(defcase arrays.bit-on-non-simple-bit-vector
  :category arrays
  :features (bit fill-pointer)
  :forms ((let ((b (make-array 4 :element-type 'bit :fill-pointer 2 :initial-contents '(1 1 0 1))))
            (list (bit b 3) b)))
  :value "(1 #*11)")

(defcase arrays.bit-vector-prints-and-empty
  :category arrays
  :features (make-array bit-vector)
  :forms ((list (make-array 0 :element-type 'bit) (coerce '(1 0 0 1) 'bit-vector)))
  :value "(#* #*1001)")

;;; ---- bit-and ... bit-xor (CLHS 15.2 bit-and) ----

(defcase arrays.bit-and
  :category arrays
  :features (bit-and)
  :forms ((bit-and (coerce '(1 1 0 0) 'bit-vector) (coerce '(1 0 1 0) 'bit-vector)))
  :value "#*1000")

(defcase arrays.bit-ior
  :category arrays
  :features (bit-ior)
  :forms ((bit-ior (coerce '(1 1 0 0) 'bit-vector) (coerce '(1 0 1 0) 'bit-vector)))
  :value "#*1110")

(defcase arrays.bit-xor
  :category arrays
  :features (bit-xor)
  :forms ((bit-xor (coerce '(1 1 0 0) 'bit-vector) (coerce '(1 0 1 0) 'bit-vector)))
  :value "#*0110")

(defcase arrays.bit-eqv
  :category arrays
  :features (bit-eqv)
  :forms ((bit-eqv (coerce '(1 1 0 0) 'bit-vector) (coerce '(1 0 1 0) 'bit-vector)))
  :value "#*1001")

(defcase arrays.bit-nand
  :category arrays
  :features (bit-nand)
  :forms ((bit-nand (coerce '(1 1 0 0) 'bit-vector) (coerce '(1 0 1 0) 'bit-vector)))
  :value "#*0111")

(defcase arrays.bit-nor
  :category arrays
  :features (bit-nor)
  :forms ((bit-nor (coerce '(1 1 0 0) 'bit-vector) (coerce '(1 0 1 0) 'bit-vector)))
  :value "#*0001")

(defcase arrays.bit-andc1
  :category arrays
  :features (bit-andc1)
  :forms ((bit-andc1 (coerce '(1 1 0 0) 'bit-vector) (coerce '(1 0 1 0) 'bit-vector)))
  :value "#*0010")

(defcase arrays.bit-andc2
  :category arrays
  :features (bit-andc2)
  :forms ((bit-andc2 (coerce '(1 1 0 0) 'bit-vector) (coerce '(1 0 1 0) 'bit-vector)))
  :value "#*0100")

(defcase arrays.bit-orc1
  :category arrays
  :features (bit-orc1)
  :forms ((bit-orc1 (coerce '(1 1 0 0) 'bit-vector) (coerce '(1 0 1 0) 'bit-vector)))
  :value "#*1011")

(defcase arrays.bit-orc2
  :category arrays
  :features (bit-orc2)
  :forms ((bit-orc2 (coerce '(1 1 0 0) 'bit-vector) (coerce '(1 0 1 0) 'bit-vector)))
  :value "#*1101")

(defcase arrays.bit-not
  :category arrays
  :features (bit-not)
  :forms ((bit-not (coerce '(1 1 0 0 1) 'bit-vector)))
  :value "#*00110")

(defcase arrays.bit-and-fresh-result-arguments-unchanged
  :category arrays
  :features (bit-and)
  :forms ((let* ((a (coerce '(1 1 0) 'bit-vector))
                 (b (coerce '(0 1 1) 'bit-vector))
                 (r (bit-and a b)))
            (list r a b (eq r a) (eq r b))))
  :value "(#*010 #*110 #*011 NIL NIL)")

(defcase arrays.bit-ior-opt-arg-t-destructive
  :category arrays
  :features (bit-ior)
  :forms ((let* ((a (coerce '(1 0 0 0) 'bit-vector))
                 (b (coerce '(0 0 1 0) 'bit-vector))
                 (r (bit-ior a b t)))
            (list (eq r a) a b)))
  :value "(T #*1010 #*0010)")

(defcase arrays.bit-xor-opt-arg-result-array
  :category arrays
  :features (bit-xor)
  :forms ((let* ((a (coerce '(1 1 0 0) 'bit-vector))
                 (b (coerce '(1 0 1 0) 'bit-vector))
                 (out (make-array 4 :element-type 'bit :initial-element 1))
                 (r (bit-xor a b out)))
            (list (eq r out) out a)))
  :value "(T #*0110 #*1100)")

(defcase arrays.bit-not-opt-arg-t-in-place
  :category arrays
  :features (bit-not)
  :forms ((let* ((a (coerce '(1 0 1) 'bit-vector))
                 (r (bit-not a t)))
            (list (eq r a) a)))
  :value "(T #*010)")

(defcase arrays.bit-not-opt-arg-nil-fresh
  :category arrays
  :features (bit-not)
  :forms ((let* ((a (coerce '(0 0) 'bit-vector))
                 (r (bit-not a nil)))
            (list (eq r a) r a)))
  :value "(NIL #*11 #*00)")

(defcase arrays.bit-and-2d
  :category arrays
  :features (bit-and bit-xor make-array)
  :forms ((let ((a (make-array '(2 2) :element-type 'bit :initial-contents '((1 1) (0 1))))
                (b (make-array '(2 2) :element-type 'bit :initial-contents '((1 0) (1 1)))))
            (list (bit-and a b) (bit-xor a b))))
  :value "(#2A((1 0) (0 1)) #2A((0 1) (1 0)))")

(defcase arrays.bit-ops-empty
  :category arrays
  :features (bit-and bit-not)
  :forms ((let ((e (make-array 0 :element-type 'bit)))
            (list (bit-and e e) (bit-not e))))
  :value "(#* #*)")

(defcase arrays.bit-eqv-self-all-ones
  :category arrays
  :features (bit-eqv bit-xor)
  :forms ((let ((a (coerce '(1 0 1 1 0 0 1) 'bit-vector)))
            (list (bit-eqv a a) (bit-xor a a))))
  :value "(#*1111111 #*0000000)")

(defcase arrays.bit-ops-de-morgan
  :category arrays
  :features (bit-nand bit-ior bit-not bit-nor bit-and)
  :forms ((let ((a (coerce '(1 1 0 0) 'bit-vector)) (b (coerce '(1 0 1 0) 'bit-vector)))
            (list (equal (bit-nand a b) (bit-ior (bit-not a) (bit-not b)))
                  (equal (bit-nor a b) (bit-and (bit-not a) (bit-not b))))))
  :value "(T T)")

;;; ---- sequence functions on arrays with fill pointers, equality of arrays ----

(defcase arrays.reverse-respects-fill-pointer
  :category arrays
  :features (reverse fill-pointer)
  :forms ((reverse (make-array 5 :fill-pointer 3 :initial-contents '(1 2 3 4 5))))
  :value "#(3 2 1)")

(defcase arrays.find-and-position-respect-fill-pointer
  :category arrays
  :features (find position fill-pointer)
  :forms ((let ((v (make-array 5 :fill-pointer 2 :initial-contents '(a b c d e))))
            (list (find 'd v) (position 'd v) (position 'b v))))
  :value "(NIL NIL 1)")

(defcase arrays.equal-bit-vectors-elementwise
  :category arrays
  :features (equal bit-vector)
  :forms ((list (equal (coerce '(1 0 1) 'bit-vector) (coerce '(1 0 1) 'bit-vector))
                (equal (coerce '(1 0 1) 'bit-vector) (coerce '(1 0 0) 'bit-vector))
                (equal (vector 1 0 1) (vector 1 0 1))))
  :value "(T NIL NIL)")

(defcase arrays.equal-respects-fill-pointer
  :category arrays
  :features (equal fill-pointer)
  :forms ((let ((b (make-array 5 :element-type 'bit :fill-pointer 3 :initial-contents '(1 1 0 1 1)))
                (s (make-array 6 :element-type 'character :fill-pointer 3 :initial-contents "abcdef")))
            (list (equal b (coerce '(1 1 0) 'bit-vector)) (equal s "abc"))))
  :value "(T T)")

(defcase arrays.equalp-arrays-of-same-shape
  :category arrays
  :features (equalp)
  :forms ((list (equalp (make-array '(2 2) :initial-contents '((1 2) (3 4)))
                        (make-array '(2 2) :initial-contents '((1 2) (3 4))))
                (equalp (make-array '(2 2) :initial-element 0) (make-array 4 :initial-element 0))
                (equalp (make-array '(1 2) :initial-element 1) (make-array '(2 1) :initial-element 1))))
  :value "(T NIL NIL)")

(defcase arrays.equalp-ignores-element-type
  :category arrays
  :features (equalp)
  :forms ((list (equalp (make-array 3 :element-type 'bit :initial-element 1) (vector 1 1 1))
                (equalp (make-string 2 :initial-element #\a) (vector #\A #\a))))
  :value "(T T)")

(defcase arrays.equalp-active-elements-only
  :category arrays
  :features (equalp fill-pointer)
  :forms ((equalp (make-array 4 :fill-pointer 2 :initial-contents '(1 2 3 4)) (vector 1 2)))
  :value "T")

(defcase arrays.array-limits-are-fixnums
  :category arrays
  :features (array-dimension-limit array-total-size-limit array-rank-limit)
  :forms ((list (typep array-dimension-limit 'fixnum) (>= array-dimension-limit 1024)
                (typep array-total-size-limit 'fixnum) (>= array-total-size-limit 1024)
                (typep array-rank-limit 'fixnum) (>= array-rank-limit 8)))
  :value "(T T T T T T)")

(defcase arrays.copy-seq-of-fill-pointer-vector-is-simple
  :category arrays
  :features (copy-seq fill-pointer simple-vector-p)
  :forms ((let* ((v (make-array 4 :fill-pointer 2 :adjustable t :initial-contents '(a b c d)))
                 (c (copy-seq v)))
            (list c (simple-vector-p c) (length c))))
  :value "(#(A B) T 2)")

(defcase arrays.fill-2d-via-displaced
  :category arrays
  :features (fill make-array)
  :forms ((let ((a (make-array '(2 3) :initial-element 0)))
            (fill (make-array 6 :displaced-to a) 7 :start 2 :end 4)
            a))
  :value "#2A((0 0 7) (7 0 0))")

(defcase arrays.adjust-array-plain-vector-keeps-contents
  :category arrays
  :features (adjust-array)
  :forms ((adjust-array (vector 1 2 3) 5 :initial-element 0))
  :value "#(1 2 3 0 0)")

(defcase arrays.adjust-array-undisplaces-and-copies
  :category arrays
  :features (adjust-array array-displacement)
  :forms ((let* ((base (vector 'a 'b 'c 'd))
                 (d (make-array 2 :displaced-to base :displaced-index-offset 1 :adjustable t)))
            (adjust-array d 3 :initial-element 'new)
            (setf (aref base 1) 'changed)
            (list d (array-displacement d))))
  :value "(#(B C NEW) NIL)")

(defcase arrays.adjust-array-bit-vector
  :category arrays
  :features (adjust-array bit-vector)
  :forms ((let ((b (make-array 2 :element-type 'bit :adjustable t :initial-element 1)))
            (adjust-array b 5 :initial-element 0)))
  :value "#*11000")

(defcase arrays.bit-vector-fill-pointer-push-extend
  :category arrays
  :features (vector-push-extend bit-vector make-array)
  :forms ((let ((b (make-array 0 :element-type 'bit :fill-pointer 0 :adjustable t)))
            (dolist (x '(1 0 1 1)) (vector-push-extend x b))
            (list b (count 1 b))))
  :value "(#*1011 3)")

(defcase arrays.row-major-aref-zero-rank
  :category arrays
  :features (row-major-aref)
  :forms ((row-major-aref (make-array nil :initial-element 'only) 0))
  :value "ONLY")

(defcase arrays.displaced-2d-to-2d-offset
  :category arrays
  :features (make-array aref)
  :forms ((let* ((a (make-array '(3 3) :initial-contents '((1 2 3) (4 5 6) (7 8 9))))
                 (b (make-array '(2 2) :displaced-to a :displaced-index-offset 4)))
            (list b (array-total-size b))))
  :value "(#2A((5 6) (7 8)) 4)")

(defcase arrays.coerce-to-simple-vector-and-bit-vector
  :category arrays
  :features (coerce simple-vector bit-vector)
  :forms ((list (coerce '(1 2) 'simple-vector) (coerce (vector 0 1 1) 'bit-vector) (coerce (coerce '(1 0) 'bit-vector) 'list)))
  :value "(#(1 2) #*011 (1 0))")

(defcase arrays.length-of-2d-array-signals
  :category arrays
  :features (length)
  :forms ((funcall 'length (make-array '(2 2) :initial-element 0)))
  :signals type-error)

(defcase arrays.sort-respects-fill-pointer
  :category arrays
  :features (sort fill-pointer)
  :forms ((sort (make-array 5 :fill-pointer 3 :initial-contents '(3 1 2 0 -1)) #'<))
  :value "#(1 2 3)")

(defcase arrays.nreverse-respects-fill-pointer
  :category arrays
  :features (nreverse fill-pointer)
  :forms ((nreverse (make-array 5 :fill-pointer 4 :initial-contents '(a b c d e))))
  :value "#(D C B A)")

(defcase arrays.concatenate-bit-vectors
  :category arrays
  :features (concatenate bit-vector)
  :forms ((concatenate 'bit-vector (coerce '(1 1) 'bit-vector) (list 0) (vector 1 0)))
  :value "#*11010")

(defcase arrays.bit-vector-position-from-end
  :category arrays
  :features (position count bit-vector)
  :forms ((let ((b (coerce '(0 1 1 0 1 0 0) 'bit-vector)))
            (list (position 1 b) (position 1 b :from-end t) (count 0 b) (position 1 b :start 3 :end 4))))
  :value "(1 4 4 NIL)")

(defcase arrays.map-into-fill-pointer-ignored-then-set
  :category arrays
  :features (map-into fill-pointer)
  :forms ((let ((v (make-array 5 :fill-pointer 1 :initial-element 0)))
            (map-into v #'+ '(1 2 3) '(10 20 30))
            (list v (fill-pointer v))))
  :value "(#(11 22 33) 3)")

(defcase arrays.make-array-from-vector-push-extend-loop-2d-read
  :category arrays
  :features (make-array array-dimension aref)
  :forms ((let ((m (make-array '(3 4) :initial-element 0)))
            (dotimes (i (array-dimension m 0))
              (dotimes (j (array-dimension m 1))
                (setf (aref m i j) (* (1+ i) (1+ j)))))
            (loop for i below 3 collect (loop for j below 4 sum (aref m i j)))))
  :value "(10 20 30)")

(defcase arrays.make-array-initial-contents-bit-2d-prints
  :category arrays
  :features (make-array)
  :forms ((make-array '(2 3) :element-type 'bit :initial-contents '((1 0 1) (0 0 1))))
  :value "#2A((1 0 1) (0 0 1))")

(defcase arrays.adjust-array-adjustable-2d-identical
  :category arrays
  :features (adjust-array)
  :forms ((let* ((a (make-array '(2 2) :adjustable t :initial-element 1))
                 (b (adjust-array a '(3 1) :initial-element 0)))
            (list (eq a b) (array-dimensions a) a)))
  :value "(T (3 1) #2A((1) (1) (0)))")

(defcase arrays.array-total-size-of-displaced-2d
  :category arrays
  :features (array-total-size array-dimensions make-array)
  :forms ((let ((d (make-array '(2 2) :displaced-to (make-array 10 :initial-element 0) :displaced-index-offset 3)))
            (list (array-total-size d) (array-dimensions d) (array-rank d))))
  :value "(4 (2 2) 2)")

(defcase arrays.array-element-type-non-array-signals
  :category arrays
  :features (array-element-type array-total-size)
  :forms ((list (handler-case (array-element-type '(1)) (type-error () 'element-type-error))
                (handler-case (array-total-size 'x) (type-error () 'total-size-error))))
  :value "(ELEMENT-TYPE-ERROR TOTAL-SIZE-ERROR)")
