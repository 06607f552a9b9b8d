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
