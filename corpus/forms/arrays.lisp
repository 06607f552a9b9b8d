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
