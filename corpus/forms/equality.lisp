;;;; corpus/forms/equality.lisp — eq, eql, equal, equalp, = (CLHS 5.3, 12). Expectations: SBCL 2.2.9.

(defcase equality.eq-same-symbol
  :category equality
  :features (eq)
  :forms ((eq 'a 'a))
  :value "T")

(defcase equality.eq-different-symbols
  :category equality
  :features (eq)
  :forms ((eq 'a 'b))
  :value "NIL")

(defcase equality.eq-nil-empty-list
  :category equality
  :features (eq)
  :forms ((eq nil '()))
  :value "T")

(defcase equality.eq-same-cons
  :category equality
  :features (eq)
  :forms ((let ((c (list 1 2)))
            (eq c c)))
  :value "T")

(defcase equality.eq-fresh-conses
  :category equality
  :features (eq)
  :forms ((eq (list 1) (list 1)))
  :value "NIL")

(defcase equality.eq-keywords
  :category equality
  :features (eq)
  :forms ((eq :k :k))
  :value "T")

(defcase equality.eql-fixnums
  :category equality
  :features (eql)
  :forms ((eql 5 5))
  :value "T")

(defcase equality.eql-different-types
  :category equality
  :features (eql)
  :forms ((eql 1 1.0))
  :value "NIL")

(defcase equality.eql-characters
  :category equality
  :features (eql)
  :forms ((eql #\a #\a))
  :value "T")

(defcase equality.eql-chars-case
  :category equality
  :features (eql)
  :forms ((eql #\a #\A))
  :value "NIL")

(defcase equality.eql-floats-same
  :category equality
  :features (eql)
  :forms ((eql 1.5 1.5))
  :value "T")

(defcase equality.eql-single-vs-double
  :category equality
  :features (eql)
  :forms ((eql 1.0 1.0d0))
  :value "NIL")

(defcase equality.eql-ratios
  :category equality
  :features (eql)
  :forms ((eql 1/2 (/ 2 4)))
  :value "T")

(defcase equality.eql-bignums
  :category equality
  :features (eql)
  :forms ((eql (expt 10 30) (expt 10 30)))
  :value "T")

(defcase equality.eql-strings-fresh
  :category equality
  :features (eql)
  :forms ((eql (copy-seq "a") (copy-seq "a")))
  :value "NIL")

(defcase equality.eql-zero-negative-zero-float
  :category equality
  :features (eql)
  :forms ((eql 0.0 -0.0))
  :value "NIL")

(defcase equality.equal-lists
  :category equality
  :features (equal)
  :forms ((equal (list 1 2 (list 3)) '(1 2 (3))))
  :value "T")

(defcase equality.equal-strings
  :category equality
  :features (equal)
  :forms ((equal "abc" (copy-seq "abc")))
  :value "T")

(defcase equality.equal-strings-case
  :category equality
  :features (equal)
  :forms ((equal "abc" "ABC"))
  :value "NIL")

(defcase equality.equal-numbers-eql
  :category equality
  :features (equal)
  :forms ((list (equal 1 1) (equal 1 1.0)))
  :value "(T NIL)")

(defcase equality.equal-vectors-not-descended
  :category equality
  :features (equal)
  :forms ((equal (vector 1 2) (vector 1 2)))
  :value "NIL")

(defcase equality.equal-dotted
  :category equality
  :features (equal)
  :forms ((equal '(1 . 2) (cons 1 2)))
  :value "T")

(defcase equality.equal-nested-strings
  :category equality
  :features (equal)
  :forms ((equal '("a" ("b")) (list "a" (list (copy-seq "b")))))
  :value "T")

(defcase equality.equal-chars
  :category equality
  :features (equal)
  :forms ((list (equal #\a #\a) (equal #\a #\A)))
  :value "(T NIL)")

(defcase equality.equal-empty
  :category equality
  :features (equal)
  :forms ((list (equal nil nil) (equal "" "") (equal nil "")))
  :value "(T T NIL)")

(defcase equality.equalp-case-insensitive-strings
  :category equality
  :features (equalp)
  :forms ((equalp "Hello" "hELLO"))
  :value "T")

(defcase equality.equalp-numbers-across-types
  :category equality
  :features (equalp)
  :forms ((list (equalp 1 1.0) (equalp 1/2 0.5) (equalp 2 2.5)))
  :value "(T T NIL)")

(defcase equality.equalp-vectors
  :category equality
  :features (equalp)
  :forms ((equalp (vector 1 2 3) (vector 1 2 3)))
  :value "T")

(defcase equality.equalp-vector-and-list
  :category equality
  :features (equalp)
  :forms ((equalp (vector 1 2) (list 1 2)))
  :value "NIL")

(defcase equality.equalp-nested-vectors-strings
  :category equality
  :features (equalp)
  :forms ((equalp (vector "A" (list #\b)) (vector "a" (list #\B))))
  :value "T")

(defcase equality.equalp-chars
  :category equality
  :features (equalp)
  :forms ((equalp #\a #\A))
  :value "T")

(defcase equality.equalp-string-vs-vector-of-chars
  :category equality
  :features (equalp)
  :forms ((equalp "ab" (vector #\a #\b)))
  :value "T")

(defcase equality.equalp-hash-tables
  :category equality
  :features (equalp make-hash-table)
  :forms ((let ((a (make-hash-table)) (b (make-hash-table)))
            (setf (gethash 1 a) "x" (gethash 1 b) "X")
            (equalp a b)))
  :value "T")

(defcase equality.equalp-arrays-2d
  :category equality
  :features (equalp make-array)
  :forms ((equalp (make-array '(2 2) :initial-contents '((1 2) (3 4)))
                  (make-array '(2 2) :initial-contents '((1 2) (3 4.0)))))
  :value "T")

(defcase equality.numeric-equal-across-types
  :category equality
  :features (=)
  :forms ((list (= 1 1.0) (= 1/2 0.5) (= 2 2 2) (= 1 2)))
  :value "(T T T NIL)")

(defcase equality.numeric-equal-many
  :category equality
  :features (=)
  :forms ((list (= 3 3 3 3) (= 3 3 4 3)))
  :value "(T NIL)")

(defcase equality.numeric-not-equal
  :category equality
  :features (/=)
  :forms ((list (/= 1 2 3) (/= 1 2 1)))
  :value "(T NIL)")

(defcase equality.numeric-equal-non-number-signals
  :category equality
  :features (=)
  :forms ((= 1 (identity 'a)))
  :signals type-error)

(defcase equality.eql-vs-equal-on-lists
  :category equality
  :features (eql equal)
  :forms ((let ((a (list 1 2)) (b (list 1 2)))
            (list (eql a b) (equal a b))))
  :value "(NIL T)")

(defcase equality.equal-structure-sharing
  :category equality
  :features (equal)
  :forms ((let ((x (list 1)))
            (equal (list x x) (list (list 1) (list 1)))))
  :value "T")

(defcase equality.equalp-structures
  :category equality
  :features (equalp defstruct)
  :forms ((defstruct eqp-point x y)
          (list (equalp (make-eqp-point :x 1 :y "a") (make-eqp-point :x 1 :y "A"))
                (equal (make-eqp-point :x 1) (make-eqp-point :x 1))))
  :value "(T NIL)")

(defcase equality.member-uses-eql
  :category equality
  :features (member)
  :forms ((list (not (null (member 2 '(1 2 3)))) (member "b" '("a" "b"))))
  :value "(T NIL)")

(defcase equality.member-with-equal
  :category equality
  :features (member equal)
  :forms ((member "b" '("a" "b" "c") :test #'equal))
  :value "(\"b\" \"c\")")

(defcase equality.assoc-string-keys-equal
  :category equality
  :features (assoc equal)
  :forms ((assoc "k" '(("j" . 1) ("k" . 2)) :test #'equal))
  :value "(\"k\" . 2)")

(defcase equality.position-eql-default
  :category equality
  :features (position)
  :forms ((list (position 1.0 '(1 1.0 2)) (position 1 '(1.0 1 2))))
  :value "(1 1)")

(defcase equality.remove-duplicates-equal
  :category equality
  :features (remove-duplicates equal)
  :forms ((remove-duplicates (list "a" "b" "a") :test #'equal))
  :value "(\"b\" \"a\")")

(defcase equality.find-equalp
  :category equality
  :features (find equalp)
  :forms ((find "X" '("a" "x") :test #'equalp))
  :value "\"x\"")

(defcase equality.eq-symbols-interned
  :category equality
  :features (eq intern)
  :forms ((eq 'foo (intern "FOO")))
  :value "T")

(defcase equality.eq-uninterned-distinct
  :category equality
  :features (eq make-symbol)
  :forms ((eq (make-symbol "FOO") (make-symbol "FOO")))
  :value "NIL")

(defcase equality.equal-uninterned-distinct
  :category equality
  :features (equal make-symbol)
  :forms ((equal (make-symbol "FOO") (make-symbol "FOO")))
  :value "NIL")

(defcase equality.equalp-uninterned-distinct
  :category equality
  :features (equalp make-symbol)
  :forms ((equalp (make-symbol "FOO") (make-symbol "FOO")))
  :value "NIL")

(defcase equality.string-eq-vs-equal-symbols
  :category equality
  :features (string= equal)
  :forms ((list (string= 'abc 'abc) (equal 'abc "ABC")))
  :value "(T NIL)")

(defcase equality.equal-function-objects
  :category equality
  :features (equal)
  :forms ((let ((f #'car))
            (list (equal f f) (eq f f))))
  :value "(T T)")

(defcase equality.tree-equal-vs-equal
  :category equality
  :features (tree-equal equal)
  :forms ((list (tree-equal '(1 (2)) '(1 (2))) (equal '(1 (2)) '(1 (2)))))
  :value "(T T)")

(defcase equality.eql-float-negative-zero-equal
  :category equality
  :features (=)
  :forms ((= 0.0 -0.0))
  :value "T")

(defcase equality.equalp-float-zeros
  :category equality
  :features (equalp)
  :forms ((equalp 0.0 -0.0))
  :value "T")

(defcase equality.equal-bit-vectors-as-values
  :category equality
  :features (equal)
  :forms ((equal (make-array 3 :element-type 'bit :initial-element 1)
                 (make-array 3 :element-type 'bit :initial-element 1)))
  :value "T")

(defcase equality.equal-pathnames-skipped-use-strings
  :category equality
  :features (equal)
  :forms ((equal (list "p" 1 #\c) (list "p" 1 #\c)))
  :value "T")

(defcase equality.equalp-ratio-float
  :category equality
  :features (equalp)
  :forms ((equalp 3/4 0.75))
  :value "T")

(defcase equality.equal-case-of-numbers-in-list
  :category equality
  :features (equal)
  :forms ((equal '(1 2.0) '(1 2)))
  :value "NIL")

(defcase equality.equalp-list-numbers
  :category equality
  :features (equalp)
  :forms ((equalp '(1 2.0) '(1 2)))
  :value "T")

(defcase equality.eql-same-fixnum-computed
  :category equality
  :features (eql)
  :forms ((eql (+ 40 2) (* 6 7)))
  :value "T")

(defcase equality.eq-characters-portable-via-eql
  :category equality
  :features (eql char)
  :forms ((eql (char "abc" 1) #\b))
  :value "T")

(defcase equality.hash-test-eql-vs-equal
  :category equality
  :features (gethash make-hash-table)
  :forms ((let ((eqlh (make-hash-table)) (equalh (make-hash-table :test #'equal)))
            (setf (gethash (list 1) eqlh) 'v (gethash (list 1) equalh) 'v)
            (list (gethash (list 1) eqlh) (gethash (list 1) equalh))))
  :value "(NIL V)")

(defcase equality.equal-deep-nesting
  :category equality
  :features (equal)
  :forms ((equal '(((((1))))) (list (list (list (list (list 1)))))))
  :value "T")

(defcase equality.equalp-different-lengths
  :category equality
  :features (equalp)
  :forms ((equalp (vector 1 2) (vector 1 2 3)))
  :value "NIL")

(defcase equality.equal-fill-pointer-string
  :category equality
  :features (equal make-array)
  :forms ((let ((s (make-array 5 :element-type 'character :initial-contents "abcde" :fill-pointer 3)))
            (equal s "abc")))
  :value "T")

(defcase equality.not-vs-null
  :category equality
  :features (not null)
  :forms ((list (not nil) (not 0) (null nil) (null '(x))))
  :value "(T NIL T NIL)")

(defcase equality.numeric-compare-chain
  :category equality
  :features (< <=)
  :forms ((list (< 1 2 3) (< 1 3 2) (<= 1 1 2) (> 3 2 1) (>= 3 3 1)))
  :value "(T NIL T T T)")

(defcase equality.eql-symbol-and-string
  :category equality
  :features (eql)
  :forms ((eql 'a "A"))
  :value "NIL")

(defcase equality.sxhash-equal-strings
  :category equality
  :features (sxhash)
  :forms ((= (sxhash (copy-seq "abc")) (sxhash (copy-seq "abc"))))
  :value "T")

(defcase equality.eq-list-tails
  :category equality
  :features (eq)
  :forms ((let ((l (list 1 2 3)))
            (eq (cdr l) (nthcdr 1 l))))
  :value "T")

(defcase equality.equal-circular-safe-identity
  :category equality
  :features (eq)
  :forms ((let ((l (list 1)))
            (setf (cdr l) l)
            (eq l (cdr l))))
  :value "T")

(defcase equality.equal-vector-same-object
  :category equality
  :features (equal)
  :forms ((let ((v (vector 1 2)))
            (equal v v)))
  :value "T")

(defcase equality.equalp-empty-strings
  :category equality
  :features (equalp)
  :forms ((equalp "" (vector)))
  :value "T")

(defcase equality.eql-characters-code
  :category equality
  :features (eql code-char)
  :forms ((eql (code-char 65) #\A))
  :value "T")

(defcase equality.string-equal-vs-char-equal
  :category equality
  :features (string-equal char-equal)
  :forms ((list (string-equal "A" "a") (char-equal #\A #\a)))
  :value "(T T)")

;;; eq, eql, equal, equalp across type pairs (CLHS 5.3 and the Figure in equalp)

(defcase equality.eq-identity-of-objects
  :category equality
  :features (eq)
  :forms ((let ((c (list 1)) (v (vector 1)) (s (copy-seq "a")) (h (make-hash-table)))
            (list (eq c c) (eq v v) (eq s s) (eq h h) (eq (list) nil) (eq (cons 1 2) (cons 1 2)))))
  :value "(T T T T T NIL)")

(defcase equality.eql-numbers-same-type-and-value
  :category equality
  :features (eql)
  :forms ((list (eql 2/4 1/2) (eql (expt 2 70) (expt 2 70)) (eql 1.5d0 1.5d0) (eql (complex 1 2) (complex 1 2))
                (eql (complex 1.0 2.0) (complex 1.0 2.0))))
  :value "(T T T T T)")

(defcase equality.eql-numbers-different-types
  :category equality
  :features (eql)
  :forms ((list (eql 1 1.0) (eql 1/2 0.5) (eql 1.0 1.0d0) (eql 2 (complex 2 0)) (eql (complex 1 2) (complex 1.0 2.0))))
  :note "(complex 2 0) is the integer 2 by canonicalization"
  :value "(NIL NIL NIL T NIL)")

(defcase equality.eql-not-for-structured-objects
  :category equality
  :features (eql)
  :forms ((list (eql (list 1) (list 1)) (eql (copy-seq "ab") (copy-seq "ab")) (eql (vector) (vector))
                (eql 'sym 'sym)))
  :value "(NIL NIL NIL T)")

(defcase equality.equal-bit-vectors-element-wise
  :category equality
  :features (equal)
  :forms ((flet ((bits (&rest l) (coerce l 'bit-vector)))
            (list (equal (bits 1 0 1 0) (bits 1 0 1 0)) (equal (bits 1 0) (bits 0 1)) (equal (bits 1) (bits 1 0)))))
  :value "(T NIL NIL)")

(defcase equality.equal-bit-vector-fill-pointer
  :category equality
  :features (equal)
  :forms ((let ((bv (make-array 4 :element-type 'bit :initial-contents '(1 0 1 1) :fill-pointer 2)))
            (list (equal bv (coerce '(1 0) 'bit-vector)) (equal bv (coerce '(1 0 1 1) 'bit-vector)))))
  :value "(T NIL)")

(defcase equality.equal-other-vectors-only-eq
  :category equality
  :features (equal)
  :forms ((let ((v (vector 1 2)))
            (list (equal v v) (equal v (vector 1 2)) (equal (list v) (list v)) (equal (list v) (list (vector 1 2))))))
  :value "(T NIL T NIL)")

(defcase equality.equal-numbers-use-eql
  :category equality
  :features (equal)
  :forms ((list (equal 1 1) (equal 1 1.0) (equal '(1 2) '(1 2.0)) (equal 1/2 2/4)))
  :value "(T NIL NIL T)")

(defcase equality.equal-characters-case-sensitive
  :category equality
  :features (equal)
  :forms ((list (equal #\a #\a) (equal #\a #\A) (equal "abc" "abc") (equal "abc" "ABC")))
  :value "(T NIL T NIL)")

(defcase equality.equal-string-element-types
  :category equality
  :features (equal)
  :forms ((list (equal (coerce "abc" 'base-string) "abc")
                (equal (make-array 3 :element-type 'character :initial-contents "abc" :adjustable t) "abc")))
  :value "(T T)")

(defcase equality.equal-string-vs-symbol-and-vector
  :category equality
  :features (equal)
  :forms ((list (equal "A" 'a) (equal "ab" (vector #\a #\b)) (equal "ab" '(#\a #\b))))
  :value "(NIL NIL NIL)")

(defcase equality.equal-hash-tables-and-structures-eq
  :category equality
  :features (equal defstruct)
  :forms ((defstruct eq-pt x)
          (let ((h (make-hash-table)))
            (list (equal h h) (equal (make-hash-table) (make-hash-table))
                  (equal (make-eq-pt :x 1) (make-eq-pt :x 1)))))
  :value "(T NIL NIL)")

(defcase equality.equal-dotted-and-nested-trees
  :category equality
  :features (equal)
  :forms ((list (equal '(1 (2 . 3) "s") (list 1 (cons 2 3) (copy-seq "s")))
                (equal '(1 . 2) '(1 2))
                (equal '((a)) '((a) . nil))))
  :value "(T NIL T)")

(defcase equality.equalp-numbers-by-equal-sign
  :category equality
  :features (equalp)
  :forms ((list (equalp 1 1.0) (equalp 1/2 0.5d0) (equalp (complex 1.0 2.0) (complex 1 2)) (equalp 0.0 -0.0)
                (equalp 1 2)))
  :value "(T T T T NIL)")

(defcase equality.equalp-characters-ignore-case
  :category equality
  :features (equalp)
  :forms ((list (equalp #\a #\A) (equalp #\a #\b) (equalp "Hello" "hELLO") (equalp '(#\x "Y") '(#\X "y"))))
  :value "(T NIL T T)")

(defcase equality.equalp-arrays-element-types-differ
  :category equality
  :features (equalp)
  :forms ((list (equalp #(1 2) (make-array 2 :element-type 'fixnum :initial-contents '(1 2)))
                (equalp (coerce '(1 0) 'bit-vector) #(1 0))
                (equalp "ab" #(#\A #\B))
                (equalp #(1.0 2) #(1 2.0))))
  :value "(T T T T)")

(defcase equality.equalp-fill-pointer-respected
  :category equality
  :features (equalp)
  :forms ((let ((v (make-array 4 :initial-contents '(1 2 3 4) :fill-pointer 2)))
            (list (equalp v #(1 2)) (equalp v #(1 2 3 4)))))
  :value "(T NIL)")

(defcase equality.equalp-dimensions-must-match
  :category equality
  :features (equalp)
  :forms ((list (equalp (make-array '(2 2) :initial-element 0) (make-array 4 :initial-element 0))
                (equalp (make-array '(2 2) :initial-element 0) (make-array '(2 2) :initial-element 0.0))
                (equalp (make-array '(1 2) :initial-element 0) (make-array '(2 1) :initial-element 0))))
  :value "(NIL T NIL)")

(defcase equality.equalp-zero-dimensional-arrays
  :category equality
  :features (equalp)
  :forms ((list (equalp (make-array '() :initial-element 'x) (make-array '() :initial-element 'x))
                (equal (make-array '() :initial-element 'x) (make-array '() :initial-element 'x))))
  :value "(T NIL)")

(defcase equality.equalp-structures-same-type-only
  :category equality
  :features (equalp defstruct)
  :forms ((defstruct eq-a x y)
          (defstruct eq-b x y)
          (list (equalp (make-eq-a :x "A" :y 1) (make-eq-a :x "a" :y 1.0))
                (equalp (make-eq-a :x 1 :y 2) (make-eq-b :x 1 :y 2))
                (equalp (make-eq-a :x 1 :y 2) (make-eq-a :x 1 :y 3))))
  :value "(T NIL NIL)")

(defcase equality.equalp-hash-tables-same-content
  :category equality
  :features (equalp make-hash-table)
  :forms ((let ((a (make-hash-table)) (b (make-hash-table)))
            (setf (gethash 'k a) "Value" (gethash 'k b) "VALUE")
            (setf (gethash 'n a) 1 (gethash 'n b) 1.0)
            (list (equalp a b) (progn (setf (gethash 'extra b) 0) (equalp a b)))))
  :value "(T NIL)")

(defcase equality.equalp-hash-tables-test-must-match
  :category equality
  :features (equalp make-hash-table)
  :forms ((let ((a (make-hash-table :test 'eql)) (b (make-hash-table :test 'equal)))
            (setf (gethash 1 a) 'x (gethash 1 b) 'x)
            (equalp a b)))
  :value "NIL")

(defcase equality.equalp-hash-tables-keys-by-table-test
  :category equality
  :features (equalp make-hash-table)
  :forms ((let ((a (make-hash-table :test 'equal)) (b (make-hash-table :test 'equal)))
            (setf (gethash "key" a) 1 (gethash "KEY" b) 1)
            (equalp a b)))
  :note "the keys are compared with the tables' own test (equal), so \"key\" and \"KEY\" differ"
  :value "NIL")

(defcase equality.equalp-empty-hash-tables
  :category equality
  :features (equalp make-hash-table)
  :forms ((list (equalp (make-hash-table) (make-hash-table)) (equal (make-hash-table) (make-hash-table))))
  :value "(T NIL)")

(defcase equality.equalp-standard-objects-eq-only
  :category equality
  :features (equalp defclass)
  :forms ((defclass eq-obj () ((v :initarg :v)))
          (let ((o (make-instance 'eq-obj :v 1)))
            (list (equalp o o) (equalp o (make-instance 'eq-obj :v 1)))))
  :value "(T NIL)")

(defcase equality.equalp-symbols-eq-only
  :category equality
  :features (equalp)
  :forms ((list (equalp 'abc 'abc) (equalp 'abc "ABC") (equalp :a 'a) (equalp nil '())))
  :value "(T NIL NIL T)")

(defcase equality.equalp-conses-recursive
  :category equality
  :features (equalp)
  :forms ((list (equalp '(1 (#\a "B") . 3.0) (list* 1.0 (list #\A "b") 3))
                (equalp '(1 2) '(1 2 3))))
  :value "(T NIL)")

(defcase equality.equal-vs-equalp-functions
  :category equality
  :features (equal equalp)
  :forms ((let ((f (lambda (x) x)))
            (list (equal f f) (equalp f f) (equalp #'car #'car))))
  :value "(T T T)")

(defcase equality.eql-characters-and-codes
  :category equality
  :features (eql)
  :forms ((list (eql #\a (code-char (char-code #\a))) (eql #\a #\A) (eql (char "xyz" 1) #\y)))
  :value "(T NIL T)")

(defcase equality.numeric-equal-vs-eql
  :category equality
  :features (= eql)
  :forms ((list (= 1 1.0 1/1) (eql 1 1.0) (= 0.5 1/2) (= (complex 1 0) 1) (= 1 2)))
  :value "(T NIL T T NIL)")

(defcase equality.numeric-not-equal-pairwise
  :category equality
  :features (/=)
  :forms ((list (/= 1 2 3) (/= 1 2 1) (/= 1) (/= 1 1.0)))
  :note "/= is true only if no two arguments are numerically equal"
  :value "(T NIL T NIL)")

(defcase equality.tree-equal-with-test
  :category equality
  :features (tree-equal)
  :forms ((list (tree-equal '(1 (2 3)) '(1 (2 3)))
                (tree-equal '("a" ("b")) (list (copy-seq "a") (list (copy-seq "b"))) :test #'equal)
                (tree-equal '(1 2) '(1 2 3))
                (tree-equal '(1 . 2) '(1.0 . 2.0) :test #'=)))
  :value "(T T NIL T)")

(defcase equality.tree-equal-test-not
  :category equality
  :features (tree-equal)
  :forms ((list (tree-equal '(1 . 2) '(3 . 4) :test-not #'=) (tree-equal '(1 . 2) '(1 . 4) :test-not #'=)))
  :value "(T NIL)")

(defcase equality.sxhash-consistent-with-equal
  :category equality
  :features (sxhash)
  :forms ((list (= (sxhash "abc") (sxhash (copy-seq "abc")))
                (= (sxhash (list 1 'a "s")) (sxhash (list 1 'a (copy-seq "s"))))
                (= (sxhash (coerce '(1 0 1) 'bit-vector)) (sxhash (copy-seq (coerce '(1 0 1) 'bit-vector))))
                (typep (sxhash 'anything) '(and fixnum unsigned-byte))))
  :value "(T T T T)")

(defcase equality.hash-table-equalp-test-lookup
  :category equality
  :features (gethash make-hash-table equalp)
  :forms ((let ((h (make-hash-table :test 'equalp)))
            (setf (gethash "Key" h) 1 (gethash #(1 2) h) 2 (gethash 3 h) 3)
            (list (gethash "KEY" h) (gethash (vector 1.0 2.0) h) (gethash 3.0 h))))
  :value "(1 2 3)")

(defcase equality.hash-table-equal-test-lookup
  :category equality
  :features (gethash make-hash-table equal)
  :forms ((let ((h (make-hash-table :test 'equal)))
            (setf (gethash '(1 "a") h) 'list-key (gethash "s" h) 'string-key)
            (list (gethash (list 1 (copy-seq "a")) h) (gethash (copy-seq "s") h) (gethash "S" h))))
  :value "(LIST-KEY STRING-KEY NIL)")

(defcase equality.hash-table-eq-test-identity
  :category equality
  :features (gethash make-hash-table eq)
  :forms ((let ((h (make-hash-table :test 'eq)) (k (list 1)))
            (setf (gethash k h) 'found (gethash 'sym h) 'symbol)
            (list (gethash k h) (gethash (list 1) h) (gethash 'sym h))))
  :value "(FOUND NIL SYMBOL)")

(defcase equality.member-test-choices
  :category equality
  :features (member eql equal equalp)
  :forms ((let ((l (list (copy-seq "a") 1.0 #\B)))
            (list (member "a" l) (and (member "a" l :test #'equal) t) (and (member "A" l :test #'equalp) t)
                  (member 1 l) (and (member #\b (cddr l) :test #'char-equal) t))))
  :value "(NIL T T NIL T)")

(defcase equality.case-uses-eql
  :category equality
  :features (case eql)
  :forms ((list (case 1/2 (1/2 'ratio) (t 'no)) (case 0.5 (1/2 'ratio) (t 'no))
                (case #\a (#\A 'upper) (#\a 'lower))))
  :value "(RATIO NO LOWER)")

(defcase equality.string-equal-sign-vs-equal-vs-equalp
  :category equality
  :features (string= equal equalp)
  :forms ((list (string= "abc" 'abc) (equal "ABC" (symbol-name 'abc)) (string= "ab" "abc" :end2 2)
                (equalp "ab" "AB")))
  :value "(NIL T T T)")

(defcase equality.eq-on-literal-and-variable-same-object
  :category equality
  :features (eq)
  :forms ((let* ((a (list 1 2)) (b a) (c (cdr a)))
            (list (eq a b) (eq c (cdr b)) (eq (car a) (car b)))))
  :value "(T T T)")

(defcase equality.equal-nil-and-empty
  :category equality
  :features (equal equalp eql eq)
  :forms ((list (eq nil '()) (eql nil '()) (equal nil '()) (equalp nil '()) (equal nil "") (equalp "" #())))
  :value "(T T T T NIL T)")

(defcase equality.equalp-nested-arrays-of-lists
  :category equality
  :features (equalp)
  :forms ((equalp (vector (list 1 "x") (vector #\a)) (vector (list 1.0 "X") (vector #\A))))
  :value "T")

(defcase equality.equal-uses-eql-on-characters-in-lists
  :category equality
  :features (equal)
  :forms ((list (equal '(#\a) (list #\a)) (equal '(#\a) '(#\A))))
  :value "(T NIL)")

(defcase equality.equalp-float-vs-integer-in-structure
  :category equality
  :features (equalp defstruct)
  :forms ((defstruct eq-num n)
          (equalp (make-eq-num :n 2) (make-eq-num :n 2.0d0)))
  :value "T")

(defcase equality.eql-signed-zero-and-equal
  :category equality
  :features (eql equal equalp =)
  :forms ((list (= 0.0 -0.0) (equalp 0.0 -0.0) (eql 0.0 0.0)))
  :value "(T T T)")

(defcase equality.remove-duplicates-test-kinds
  :category equality
  :features (remove-duplicates equalp)
  :forms ((list (remove-duplicates (list "a" "A" (copy-seq "a"))) (remove-duplicates (list "a" "A" (copy-seq "a")) :test #'equal)
                (remove-duplicates (list "a" "A" "b") :test #'equalp)))
  :value "((\"a\" \"A\" \"a\") (\"A\" \"a\") (\"A\" \"b\"))")

(defcase equality.eql-bignums-computed-differently
  :category equality
  :features (eql)
  :forms ((list (eql (* 2 (expt 10 30)) (+ (expt 10 30) (expt 10 30))) (eql (expt 2 64) (1+ (expt 2 64)))))
  :value "(T NIL)")

(defcase equality.equal-multidimensional-arrays-eq-only
  :category equality
  :features (equal equalp)
  :forms ((let ((a (make-array '(2 2) :initial-element 0)))
            (list (equal a a) (equal a (make-array '(2 2) :initial-element 0))
                  (equalp a (make-array '(2 2) :initial-element 0)))))
  :value "(T NIL T)")

(defcase equality.equalp-string-fill-pointer-and-case
  :category equality
  :features (equalp)
  :forms ((let ((s (make-array 5 :element-type 'character :initial-contents "HELLO" :fill-pointer 3)))
            (list (equalp s "hel") (equalp s "hello") (equal s "HEL"))))
  :value "(T NIL T)")
