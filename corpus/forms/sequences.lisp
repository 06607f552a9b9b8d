;;;; corpus/forms/sequences.lisp — generic sequence functions (CLHS 17). Expectations: SBCL 2.2.9.

(defcase sequences.length-list-vector-string
  :category sequences
  :features (length)
  :forms ((list (length '(1 2 3)) (length #(1 2)) (length "abcd") (length nil)))
  :value "(3 2 4 0)")

(defcase sequences.elt-list
  :category sequences
  :features (elt)
  :forms ((elt '(a b c) 1))
  :value "B")

(defcase sequences.elt-vector
  :category sequences
  :features (elt)
  :forms ((elt #(a b c) 2))
  :value "C")

(defcase sequences.elt-out-of-range-signals
  :category sequences
  :features (elt)
  :forms ((elt (list 1 2) (identity 5)))
  :signals type-error)

(defcase sequences.setf-elt
  :category sequences
  :features (elt setf)
  :forms ((let ((v (vector 1 2 3)))
            (setf (elt v 0) 'first)
            v))
  :value "#(FIRST 2 3)")

(defcase sequences.subseq-list
  :category sequences
  :features (subseq)
  :forms ((subseq '(a b c d e) 1 3))
  :value "(B C)")

(defcase sequences.subseq-vector-to-end
  :category sequences
  :features (subseq)
  :forms ((subseq #(1 2 3 4) 2))
  :value "#(3 4)")

(defcase sequences.subseq-fresh
  :category sequences
  :features (subseq eq)
  :forms ((let ((l (list 1 2)))
            (eq l (subseq l 0))))
  :value "NIL")

(defcase sequences.copy-seq-vector
  :category sequences
  :features (copy-seq)
  :forms ((let* ((v (vector 1 2)) (c (copy-seq v)))
            (setf (elt c 0) 99)
            (list v c)))
  :value "(#(1 2) #(99 2))")

(defcase sequences.reverse-vector
  :category sequences
  :features (reverse)
  :forms ((reverse #(1 2 3)))
  :value "#(3 2 1)")

(defcase sequences.reverse-empty
  :category sequences
  :features (reverse)
  :forms ((list (reverse nil) (reverse "") (reverse #())))
  :value "(NIL \"\" #())")

(defcase sequences.sort-list-numbers
  :category sequences
  :features (sort)
  :forms ((sort (list 5 2 8 1 9 3) #'<))
  :value "(1 2 3 5 8 9)")

(defcase sequences.sort-descending
  :category sequences
  :features (sort)
  :forms ((sort (list 5 2 8 1) #'>))
  :value "(8 5 2 1)")

(defcase sequences.sort-vector
  :category sequences
  :features (sort)
  :forms ((sort (vector 3 1 2) #'<))
  :value "#(1 2 3)")

(defcase sequences.sort-strings
  :category sequences
  :features (sort string<)
  :forms ((sort (list "pear" "apple" "fig") #'string<))
  :value "(\"apple\" \"fig\" \"pear\")")

(defcase sequences.sort-with-key
  :category sequences
  :features (sort)
  :forms ((sort (list '(b 2) '(a 3) '(c 1)) #'< :key #'second))
  :value "((C 1) (B 2) (A 3))")

(defcase sequences.stable-sort-preserves-order
  :category sequences
  :features (stable-sort)
  :forms ((stable-sort (list '(1 a) '(0 b) '(1 c) '(0 d)) #'< :key #'first))
  :value "((0 B) (0 D) (1 A) (1 C))")

(defcase sequences.stable-sort-vector
  :category sequences
  :features (stable-sort)
  :forms ((stable-sort (vector 3 1 2 1) #'<))
  :value "#(1 1 2 3)")

(defcase sequences.sort-empty
  :category sequences
  :features (sort)
  :forms ((sort (list) #'<))
  :value "NIL")

(defcase sequences.remove-list
  :category sequences
  :features (remove)
  :forms ((remove 2 '(1 2 3 2 4)))
  :value "(1 3 4)")

(defcase sequences.remove-count
  :category sequences
  :features (remove)
  :forms ((remove 2 '(1 2 3 2 4 2) :count 2))
  :value "(1 3 4 2)")

(defcase sequences.remove-from-end-count
  :category sequences
  :features (remove)
  :forms ((remove 2 '(1 2 3 2 4 2) :count 1 :from-end t))
  :value "(1 2 3 2 4)")

(defcase sequences.remove-vector
  :category sequences
  :features (remove)
  :forms ((remove #\a #(#\a #\b #\a)))
  :value "#(#\\b)")

(defcase sequences.remove-if
  :category sequences
  :features (remove-if)
  :forms ((remove-if #'oddp '(1 2 3 4 5 6)))
  :value "(2 4 6)")

(defcase sequences.remove-if-not
  :category sequences
  :features (remove-if-not)
  :forms ((remove-if-not #'symbolp '(a 1 b "c" :d)))
  :value "(A B :D)")

(defcase sequences.remove-key
  :category sequences
  :features (remove)
  :forms ((remove 'x '((x 1) (y 2) (x 3)) :key #'car))
  :value "((Y 2))")

(defcase sequences.remove-start-end
  :category sequences
  :features (remove)
  :forms ((remove 0 '(0 0 1 0 0) :start 1 :end 4))
  :value "(0 1 0)")

(defcase sequences.remove-test
  :category sequences
  :features (remove)
  :forms ((remove 3 '(1 2 3 4 5) :test #'<))
  :value "(1 2 3)")

(defcase sequences.remove-leaves-original
  :category sequences
  :features (remove)
  :forms ((let ((l (list 1 2 3)))
            (remove 2 l)
            l))
  :value "(1 2 3)")

(defcase sequences.delete-list
  :category sequences
  :features (delete)
  :forms ((delete 'a (list 'a 'b 'a 'c)))
  :value "(B C)")

(defcase sequences.delete-if-vector
  :category sequences
  :features (delete-if)
  :forms ((delete-if #'evenp (vector 1 2 3 4)))
  :value "#(1 3)")

(defcase sequences.remove-duplicates-list
  :category sequences
  :features (remove-duplicates)
  :forms ((remove-duplicates '(1 2 1 3 2 4)))
  :value "(1 3 2 4)")

(defcase sequences.remove-duplicates-from-end
  :category sequences
  :features (remove-duplicates)
  :forms ((remove-duplicates '(1 2 1 3 2 4) :from-end t))
  :value "(1 2 3 4)")

(defcase sequences.remove-duplicates-string
  :category sequences
  :features (remove-duplicates)
  :forms ((remove-duplicates "abracadabra"))
  :value "\"cdbra\"")

(defcase sequences.remove-duplicates-key
  :category sequences
  :features (remove-duplicates)
  :forms ((remove-duplicates '((a 1) (b 2) (a 3)) :key #'car :from-end t))
  :value "((A 1) (B 2))")

(defcase sequences.substitute-list
  :category sequences
  :features (substitute)
  :forms ((substitute 'z 'a '(a b a c)))
  :value "(Z B Z C)")

(defcase sequences.substitute-if
  :category sequences
  :features (substitute-if)
  :forms ((substitute-if 0 #'minusp '(1 -2 3 -4)))
  :value "(1 0 3 0)")

(defcase sequences.nsubstitute-vector
  :category sequences
  :features (nsubstitute)
  :forms ((nsubstitute 9 1 (vector 1 2 1)))
  :value "#(9 2 9)")

(defcase sequences.find-present
  :category sequences
  :features (find)
  :forms ((find 3 '(1 2 3 4)))
  :value "3")

(defcase sequences.find-absent
  :category sequences
  :features (find)
  :forms ((find 9 '(1 2 3)))
  :value "NIL")

(defcase sequences.find-key
  :category sequences
  :features (find)
  :forms ((find 'b '((a 1) (b 2)) :key #'car))
  :value "(B 2)")

(defcase sequences.find-if
  :category sequences
  :features (find-if)
  :forms ((find-if #'evenp '(1 3 6 8)))
  :value "6")

(defcase sequences.find-if-from-end
  :category sequences
  :features (find-if)
  :forms ((find-if #'evenp '(1 3 6 8) :from-end t))
  :value "8")

(defcase sequences.find-if-not
  :category sequences
  :features (find-if-not)
  :forms ((find-if-not #'numberp '(1 2 x 3)))
  :value "X")

(defcase sequences.position-list
  :category sequences
  :features (position)
  :forms ((position 'c '(a b c d)))
  :value "2")

(defcase sequences.position-absent
  :category sequences
  :features (position)
  :forms ((position 'z '(a b)))
  :value "NIL")

(defcase sequences.position-vector-from-end
  :category sequences
  :features (position)
  :forms ((position 1 #(1 0 1 0) :from-end t))
  :value "2")

(defcase sequences.position-if-start
  :category sequences
  :features (position-if)
  :forms ((position-if #'zerop '(0 1 0 1) :start 1))
  :value "2")

(defcase sequences.count-list
  :category sequences
  :features (count)
  :forms ((count 'a '(a b a c a)))
  :value "3")

(defcase sequences.count-if
  :category sequences
  :features (count-if)
  :forms ((count-if #'plusp '(-1 2 0 3 -4)))
  :value "2")

(defcase sequences.count-if-not
  :category sequences
  :features (count-if-not)
  :forms ((count-if-not #'plusp '(-1 2 0 3 -4)))
  :value "3")

(defcase sequences.reduce-sum
  :category sequences
  :features (reduce)
  :forms ((reduce #'+ '(1 2 3 4 5)))
  :value "15")

(defcase sequences.reduce-empty-identity
  :category sequences
  :features (reduce)
  :forms ((list (reduce #'+ nil) (reduce #'* nil)))
  :value "(0 1)")

(defcase sequences.reduce-initial-value
  :category sequences
  :features (reduce)
  :forms ((reduce #'+ '(1 2 3) :initial-value 100))
  :value "106")

(defcase sequences.reduce-single-element
  :category sequences
  :features (reduce)
  :forms ((reduce #'+ '(7)))
  :value "7")

(defcase sequences.reduce-left-associative
  :category sequences
  :features (reduce)
  :forms ((reduce #'list '(1 2 3 4)))
  :value "(((1 2) 3) 4)")

(defcase sequences.reduce-from-end
  :category sequences
  :features (reduce)
  :forms ((reduce #'list '(1 2 3 4) :from-end t))
  :value "(1 (2 (3 4)))")

(defcase sequences.reduce-cons-from-end-builds-list
  :category sequences
  :features (reduce)
  :forms ((reduce #'cons '(1 2 3) :from-end t :initial-value nil))
  :value "(1 2 3)")

(defcase sequences.reduce-key
  :category sequences
  :features (reduce)
  :forms ((reduce #'+ '((a . 1) (b . 2)) :key #'cdr))
  :value "3")

(defcase sequences.reduce-start-end
  :category sequences
  :features (reduce)
  :forms ((reduce #'+ #(1 2 3 4 5) :start 1 :end 3))
  :value "5")

(defcase sequences.reduce-max
  :category sequences
  :features (reduce)
  :forms ((reduce #'max '(3 7 2 9 1)))
  :value "9")

(defcase sequences.some-every
  :category sequences
  :features (some every)
  :forms ((list (some #'evenp '(1 3 4)) (every #'evenp '(2 4 5)) (some #'evenp nil) (every #'evenp nil)))
  :value "(T NIL NIL T)")

(defcase sequences.some-returns-value
  :category sequences
  :features (some)
  :forms ((some (lambda (x) (and (> x 2) (* x 10))) '(1 2 3 4)))
  :value "30")

(defcase sequences.notany-notevery
  :category sequences
  :features (notany notevery)
  :forms ((list (notany #'evenp '(1 3)) (notevery #'evenp '(2 3))))
  :value "(T T)")

(defcase sequences.every-multiple-sequences
  :category sequences
  :features (every)
  :forms ((every #'< '(1 2 3) '(2 3 4)))
  :value "T")

(defcase sequences.some-multiple-shortest
  :category sequences
  :features (some)
  :forms ((some #'= '(1 2 3) '(3 2)))
  :value "T")

(defcase sequences.map-list
  :category sequences
  :features (map)
  :forms ((map 'list #'+ '(1 2 3) #(10 20 30)))
  :value "(11 22 33)")

(defcase sequences.map-vector
  :category sequences
  :features (map)
  :forms ((map 'vector #'1+ '(1 2 3)))
  :value "#(2 3 4)")

(defcase sequences.map-string
  :category sequences
  :features (map)
  :forms ((map 'string #'char-downcase "ABC"))
  :value "\"abc\"")

(defcase sequences.map-nil-side-effect
  :category sequences
  :features (map)
  :forms ((let ((acc nil))
            (list (map nil (lambda (x) (push x acc)) '(1 2)) acc)))
  :value "(NIL (2 1))")

(defcase sequences.map-into
  :category sequences
  :features (map-into)
  :forms ((let ((v (vector 0 0 0)))
            (map-into v #'* '(1 2 3) '(4 5 6))
            v))
  :value "#(4 10 18)")

(defcase sequences.concatenate-list
  :category sequences
  :features (concatenate)
  :forms ((concatenate 'list '(1 2) #(3 4) "ab"))
  :value "(1 2 3 4 #\\a #\\b)")

(defcase sequences.concatenate-vector
  :category sequences
  :features (concatenate)
  :forms ((concatenate 'vector '(a) #(b c)))
  :value "#(A B C)")

(defcase sequences.fill-list
  :category sequences
  :features (fill)
  :forms ((fill (list 1 2 3 4) 'x :start 1 :end 3))
  :value "(1 X X 4)")

(defcase sequences.fill-vector
  :category sequences
  :features (fill)
  :forms ((fill (make-array 3) 7))
  :value "#(7 7 7)")

(defcase sequences.replace-list
  :category sequences
  :features (replace)
  :forms ((replace (list 1 2 3 4 5) '(a b c) :start1 2))
  :value "(1 2 A B C)")

(defcase sequences.replace-overlapping-same-seq
  :category sequences
  :features (replace)
  :forms ((let ((v (vector 1 2 3 4 5)))
            (replace v v :start1 1)
            v))
  :value "#(1 1 2 3 4)")

(defcase sequences.search-list
  :category sequences
  :features (search)
  :forms ((search '(2 3) '(1 2 3 4)))
  :value "1")

(defcase sequences.search-vector-in-list
  :category sequences
  :features (search)
  :forms ((search #(c d) '(a b c d e)))
  :value "2")

(defcase sequences.search-empty-pattern
  :category sequences
  :features (search)
  :forms ((search '() '(1 2)))
  :value "0")

(defcase sequences.mismatch-lists
  :category sequences
  :features (mismatch)
  :forms ((mismatch '(1 2 3) '(1 2 4)))
  :value "2")

(defcase sequences.mismatch-prefix
  :category sequences
  :features (mismatch)
  :forms ((mismatch '(1 2) '(1 2 3)))
  :value "2")

(defcase sequences.mismatch-from-end
  :category sequences
  :features (mismatch)
  :forms ((mismatch "abcxyz" "defxyz" :from-end t))
  :value "3")

(defcase sequences.merge-lists
  :category sequences
  :features (merge)
  :forms ((merge 'list (list 1 3 5) (list 2 4 6) #'<))
  :value "(1 2 3 4 5 6)")

(defcase sequences.merge-vectors
  :category sequences
  :features (merge)
  :forms ((merge 'vector (vector 1 5) (vector 2 3 9) #'<))
  :value "#(1 2 3 5 9)")

(defcase sequences.merge-stable
  :category sequences
  :features (merge)
  :forms ((merge 'list (list '(1 a) '(2 a)) (list '(1 b) '(2 b)) #'< :key #'car))
  :value "((1 A) (1 B) (2 A) (2 B))")

(defcase sequences.nreverse-vector
  :category sequences
  :features (nreverse)
  :forms ((nreverse (vector 1 2 3 4)))
  :value "#(4 3 2 1)")

(defcase sequences.count-string-test
  :category sequences
  :features (count)
  :forms ((count "a" '("a" "b" "a") :test #'string=))
  :value "2")

(defcase sequences.position-test-not-equal
  :category sequences
  :features (position)
  :forms ((position 1 '(1 1 2 1) :test-not #'eql))
  :value "2")

(defcase sequences.find-vector-of-strings
  :category sequences
  :features (find)
  :forms ((find "b" #("a" "b") :test #'string=))
  :value "\"b\"")

(defcase sequences.sort-stable-after-remove
  :category sequences
  :features (sort remove)
  :forms ((sort (remove 3 (list 5 3 1 3 2)) #'<))
  :value "(1 2 5)")

(defcase sequences.coerce-list-to-vector
  :category sequences
  :features (coerce)
  :forms ((coerce '(1 2 3) 'vector))
  :value "#(1 2 3)")

(defcase sequences.coerce-vector-to-list
  :category sequences
  :features (coerce)
  :forms ((coerce #(a b) 'list))
  :value "(A B)")

(defcase sequences.length-of-fill-pointer-vector
  :category sequences
  :features (length make-array)
  :forms ((length (make-array 10 :fill-pointer 4)))
  :value "4")

(defcase sequences.elt-respects-fill-pointer
  :category sequences
  :features (elt make-array)
  :forms ((elt (make-array 10 :fill-pointer 2 :initial-element 0) (identity 5)))
  :signals error)

(defcase sequences.map-multiple-lists-shortest
  :category sequences
  :features (map)
  :forms ((map 'list #'list '(1 2 3) '(a b)))
  :value "((1 A) (2 B))")

(defcase sequences.sort-then-remove-duplicates
  :category sequences
  :features (sort remove-duplicates)
  :forms ((remove-duplicates (sort (list 3 1 2 3 1) #'<)))
  :value "(1 2 3)")

(defcase sequences.reverse-nested-not-deep
  :category sequences
  :features (reverse)
  :forms ((reverse '((1 2) (3 4))))
  :value "((3 4) (1 2))")

(defcase sequences.subseq-setf
  :category sequences
  :features (subseq setf)
  :forms ((let ((s (copy-seq "hello")))
            (setf (subseq s 1 3) "EY")
            s))
  :value "\"hEYlo\"")

(defcase sequences.substitute-count-from-end
  :category sequences
  :features (substitute)
  :forms ((substitute 'x 1 '(1 2 1 2 1) :count 2 :from-end t))
  :value "(1 2 X 2 X)")

(defcase sequences.delete-duplicates-list
  :category sequences
  :features (delete-duplicates sort)
  :forms ((sort (delete-duplicates (list 4 1 4 2 1)) #'<))
  :value "(1 2 4)")

(defcase sequences.remove-if-key
  :category sequences
  :features (remove-if)
  :forms ((remove-if #'zerop '((a 0) (b 1) (c 0)) :key #'second))
  :value "((B 1))")

(defcase sequences.every-on-strings
  :category sequences
  :features (every)
  :forms ((every #'char= "abc" "abd"))
  :value "NIL")

(defcase sequences.position-in-string-from-start-end
  :category sequences
  :features (position)
  :forms ((position #\a "banana" :start 2 :end 4))
  :value "3")

(defcase sequences.count-start-end
  :category sequences
  :features (count)
  :forms ((count 1 #(1 1 1 1 1) :start 1 :end 3))
  :value "2")

(defcase sequences.find-from-end-key
  :category sequences
  :features (find)
  :forms ((find 1 '((1 a) (1 b)) :key #'car :from-end t))
  :value "(1 B)")

(defcase sequences.sort-many-elements
  :category sequences
  :features (sort loop)
  :forms ((let ((l (loop for i from 0 below 200 collect (mod (* i 37) 200))))
            (equal (sort l #'<) (loop for i from 0 below 200 collect i))))
  :value "T")

(defcase sequences.reduce-string-concat
  :category sequences
  :features (reduce concatenate)
  :forms ((reduce (lambda (a b) (concatenate 'string a b)) '("x" "y" "z")))
  :value "\"xyz\"")

(defcase sequences.sequence-type-predicates
  :category sequences
  :features (typep)
  :forms ((list (typep '(1) 'sequence) (typep #(1) 'sequence) (typep "s" 'sequence) (typep 1 'sequence)))
  :value "(T T T NIL)")

;;; ---- copy-seq, elt, fill, make-sequence, subseq (CLHS 17.3) ----

(defcase sequences.copy-seq-list-fresh-equal
  :category sequences
  :features (copy-seq)
  :forms ((let* ((l (list 1 2 3)) (c (copy-seq l)))
            (setf (car c) 'x)
            (list l c (eq l c))))
  :value "((1 2 3) (X 2 3) NIL)")

(defcase sequences.copy-seq-string-and-empty
  :category sequences
  :features (copy-seq)
  :forms ((let ((s (copy-seq "abc")))
            (setf (char s 0) #\z)
            (list s (copy-seq "") (copy-seq nil) (copy-seq (vector)))))
  :value "(\"zbc\" \"\" NIL #())")

(defcase sequences.elt-string-and-setf
  :category sequences
  :features (elt setf)
  :forms ((let ((s (copy-seq "hello")))
            (setf (elt s 0) #\j)
            (list (elt s 4) s)))
  :value "(#\\o \"jello\")")

(defcase sequences.setf-elt-list-returns-value
  :category sequences
  :features (elt setf)
  :forms ((let ((l (list 'a 'b 'c)))
            (list (setf (elt l 2) 'z) l)))
  :value "(Z (A B Z))")

(defcase sequences.elt-list-past-end-signals
  :category sequences
  :features (elt)
  :forms ((funcall 'elt (list 1 2 3) 3))
  :signals type-error)

(defcase sequences.elt-beyond-fill-pointer-signals
  :category sequences
  :features (elt fill-pointer)
  :forms ((funcall 'elt (make-array 4 :fill-pointer 2 :initial-element 0) 3))
  :signals type-error)

(defcase sequences.fill-returns-same-sequence
  :category sequences
  :features (fill)
  :forms ((let ((l (list 1 2 3 4)))
            (list (eq (fill l 0 :start 1 :end 3) l) l)))
  :value "(T (1 0 0 4))")

(defcase sequences.fill-start-only-and-string
  :category sequences
  :features (fill)
  :forms ((list (fill (vector 1 2 3 4 5) 'x :start 3) (fill (copy-seq "abcdef") #\- :end 2)))
  :value "(#(1 2 3 X X) \"--cdef\")")

(defcase sequences.fill-end-nil-is-length
  :category sequences
  :features (fill)
  :forms ((fill (list 1 2 3) 9 :start 1 :end nil))
  :value "(1 9 9)")

(defcase sequences.make-sequence-types
  :category sequences
  :features (make-sequence)
  :forms ((list (make-sequence 'list 3 :initial-element 'a)
                (make-sequence 'vector 2 :initial-element 0)
                (make-sequence 'string 3 :initial-element #\x)
                (make-sequence '(vector t 2) 2 :initial-element nil)
                (make-sequence 'bit-vector 4 :initial-element 1)
                (make-sequence 'list 0)))
  :value "((A A A) #(0 0) \"xxx\" #(NIL NIL) #*1111 NIL)")

(defcase sequences.make-sequence-simple-vector-type
  :category sequences
  :features (make-sequence)
  :forms ((let ((v (make-sequence 'simple-vector 3 :initial-element 1)))
            (list (simple-vector-p v) v)))
  :value "(T #(1 1 1))")

(defcase sequences.make-sequence-size-mismatch-signals
  :category sequences
  :features (make-sequence)
  :forms ((make-sequence '(vector t 3) 4 :initial-element 0))
  :signals type-error)

(defcase sequences.make-sequence-not-sequence-type-signals
  :category sequences
  :features (make-sequence)
  :forms ((make-sequence 'integer 2))
  :signals error)

(defcase sequences.subseq-list-start-end
  :category sequences
  :features (subseq)
  :forms ((let ((l '(a b c d e)))
            (list (subseq l 1 3) (subseq l 2) (subseq l 5) (subseq l 0 0))))
  :value "((B C) (C D E) NIL NIL)")

(defcase sequences.subseq-list-fresh
  :category sequences
  :features (subseq)
  :forms ((let* ((l (list 1 2 3)) (s (subseq l 0)))
            (setf (car s) 'x)
            (list l s)))
  :value "((1 2 3) (X 2 3))")

(defcase sequences.setf-subseq-shorter-new-value
  :category sequences
  :features (subseq setf)
  :forms ((let ((v (vector 1 2 3 4 5)))
            (setf (subseq v 1 4) '(a b))
            v))
  :value "#(1 A B 4 5)")

(defcase sequences.setf-subseq-longer-new-value
  :category sequences
  :features (subseq setf)
  :forms ((let ((l (list 1 2 3 4 5)))
            (setf (subseq l 3) '(x y z w))
            l))
  :value "(1 2 3 X Y)")

(defcase sequences.setf-subseq-string
  :category sequences
  :features (subseq setf)
  :forms ((let ((s (copy-seq "abcdef")))
            (list (setf (subseq s 2 4) "XYZ") s)))
  :value "(\"XYZ\" \"abXYef\")")

;;; ---- map, map-into ----

(defcase sequences.map-result-types
  :category sequences
  :features (map)
  :forms ((list (map 'list #'1+ (vector 1 2)) (map 'vector #'1+ '(1 2)) (map 'string #'char-upcase '(#\a #\b))
                (map '(vector t) #'list '(1) '(2))))
  :value "((2 3) #(2 3) \"AB\" #((1 2)))")

(defcase sequences.map-mixed-sequence-types
  :category sequences
  :features (map)
  :forms ((map 'list #'list '(1 2 3) (vector 'a 'b 'c) "xyz"))
  :value "((1 A #\\x) (2 B #\\y) (3 C #\\z))")

(defcase sequences.map-nil-returns-nil-in-order
  :category sequences
  :features (map)
  :forms ((let ((seen '()))
            (list (map nil (lambda (x y) (push (+ x y) seen)) '(1 2 3) (vector 10 20))
                  (nreverse seen))))
  :value "(NIL (11 22))")

(defcase sequences.map-empty-and-bit-vector-result
  :category sequences
  :features (map)
  :forms ((list (map 'list #'identity '()) (map 'vector #'identity "") (map 'bit-vector (lambda (x) (if x 1 0)) '(t nil t))))
  :value "(NIL #() #*101)")

(defcase sequences.map-into-returns-result-sequence
  :category sequences
  :features (map-into)
  :forms ((let* ((r (list 0 0 0)) (x (map-into r #'* '(1 2 3) '(4 5 6))))
            (list (eq x r) r)))
  :value "(T (4 10 18))")

(defcase sequences.map-into-shorter-source-leaves-rest
  :category sequences
  :features (map-into)
  :forms ((map-into (vector 'a 'b 'c 'd) #'identity '(1 2)))
  :value "#(1 2 C D)")

(defcase sequences.map-into-shorter-result
  :category sequences
  :features (map-into)
  :forms ((map-into (list nil nil) #'+ '(1 2 3) '(10 20 30)))
  :value "(11 22)")

(defcase sequences.map-into-no-source-sequences
  :category sequences
  :features (map-into)
  :forms ((let ((n 0))
            (map-into (make-list 4) (lambda () (incf n)))))
  :value "(1 2 3 4)")

(defcase sequences.map-into-string
  :category sequences
  :features (map-into)
  :forms ((map-into (copy-seq "abc") #'char-upcase "xy"))
  :value "\"XYc\"")

(defcase sequences.map-into-self
  :category sequences
  :features (map-into)
  :forms ((let ((v (vector 1 2 3)))
            (map-into v #'* v v)))
  :value "#(1 4 9)")

;;; ---- reduce: every keyword ----

(defcase sequences.reduce-initial-value-placement-left
  :category sequences
  :features (reduce)
  :forms ((reduce #'list '(1 2 3) :initial-value 'init))
  :value "(((INIT 1) 2) 3)")

(defcase sequences.reduce-initial-value-placement-from-end
  :category sequences
  :features (reduce)
  :forms ((reduce #'list '(1 2 3) :from-end t :initial-value 'init))
  :value "(1 (2 (3 INIT)))")

(defcase sequences.reduce-from-end-without-initial
  :category sequences
  :features (reduce)
  :forms ((list (reduce #'list '(1 2 3 4) :from-end t) (reduce #'- '(10 3 2) :from-end t)))
  :value "((1 (2 (3 4))) 9)")

(defcase sequences.reduce-empty-with-initial-value-no-call
  :category sequences
  :features (reduce)
  :forms ((let ((calls 0))
            (list (reduce (lambda (a b) (incf calls) (+ a b)) '() :initial-value 5) calls)))
  :value "(5 0)")

(defcase sequences.reduce-empty-calls-with-no-arguments
  :category sequences
  :features (reduce)
  :forms ((list (reduce #'+ '()) (reduce #'* (vector)) (reduce (lambda (&rest args) (list 'called args)) '())))
  :value "(0 1 (CALLED NIL))")

(defcase sequences.reduce-single-element-not-called
  :category sequences
  :features (reduce)
  :forms ((let ((calls 0))
            (list (reduce (lambda (a b) (incf calls) (list a b)) '(only)) calls)))
  :value "(ONLY 0)")

(defcase sequences.reduce-single-with-initial-is-called
  :category sequences
  :features (reduce)
  :forms ((reduce #'list '(x) :initial-value 'i))
  :value "(I X)")

(defcase sequences.reduce-key-not-applied-to-initial-value
  :category sequences
  :features (reduce)
  :forms ((reduce #'+ '((1 a) (2 b) (3 c)) :key #'car :initial-value 100))
  :value "106")

(defcase sequences.reduce-key-single-element
  :category sequences
  :features (reduce)
  :forms ((reduce #'+ '((7)) :key #'car))
  :value "7")

(defcase sequences.reduce-start-end-subsequence
  :category sequences
  :features (reduce)
  :forms ((list (reduce #'list '(a b c d e) :start 1 :end 4)
                (reduce #'list '(a b c d e) :start 1 :end 4 :from-end t)
                (reduce #'+ (vector 1 2 3 4) :start 2)
                (reduce #'+ '(1 2 3) :start 1 :end 1 :initial-value 'empty)))
  :value "(((B C) D) (B (C D)) 7 EMPTY)")

(defcase sequences.reduce-string-and-vector
  :category sequences
  :features (reduce)
  :forms ((list (reduce (lambda (acc c) (+ (* acc 10) (digit-char-p c))) "1234" :initial-value 0)
                (reduce #'max (vector 3 9 2))))
  :value "(1234 9)")

(defcase sequences.reduce-from-end-key-start
  :category sequences
  :features (reduce)
  :forms ((reduce #'cons '((1) (2) (3) (4)) :key #'car :from-end t :start 1 :initial-value nil))
  :value "(2 3 4)")

;;; ---- count, count-if, count-if-not ----

(defcase sequences.count-keywords
  :category sequences
  :features (count)
  :forms ((let ((l '(1 2 1 3 1 4)))
            (list (count 1 l) (count 1 l :start 1) (count 1 l :end 3) (count 1 l :from-end t)
                  (count 3 l :test #'<) (count 1 l :test-not #'eql))))
  :value "(3 2 2 3 1 3)")

(defcase sequences.count-key-and-test-equal
  :category sequences
  :features (count)
  :forms ((list (count "a" '("a" "b" "a") :test #'string=)
                (count 2 '((1 . a) (2 . b) (2 . c)) :key #'car)
                (count #\A "banana" :test #'char-equal)))
  :value "(2 2 3)")

(defcase sequences.count-if-keywords
  :category sequences
  :features (count-if)
  :forms ((let ((v (vector 1 2 3 4 5 6)))
            (list (count-if #'evenp v) (count-if #'evenp v :start 2 :end 5) (count-if #'plusp v :key #'1-)
                  (count-if #'evenp v :from-end t))))
  :value "(3 1 5 3)")

(defcase sequences.count-if-not-keywords
  :category sequences
  :features (count-if-not)
  :forms ((list (count-if-not #'evenp '(1 2 3 4 5)) (count-if-not #'alpha-char-p "a1b2c3" :start 2)
                (count-if-not #'zerop '((0) (1) (2)) :key #'car)))
  :value "(3 2 2)")

(defcase sequences.count-empty-and-string
  :category sequences
  :features (count)
  :forms ((list (count 'a '()) (count #\s "mississippi") (count #\s "mississippi" :start 4 :end 7)))
  :value "(0 4 2)")

;;; ---- length ----

(defcase sequences.length-kinds
  :category sequences
  :features (length)
  :forms ((list (length '()) (length '(a (b c) d)) (length "") (length (vector 1 2))
                (length (make-array 8 :fill-pointer 3 :initial-element 0))
                (length (make-array 5 :element-type 'bit :initial-element 0))))
  :value "(0 3 0 2 3 5)")

(defcase sequences.length-dotted-list-signals
  :category sequences
  :features (length)
  :forms ((funcall 'length (cons 1 (cons 2 3))))
  :signals type-error)

(defcase sequences.length-non-sequence-signals
  :category sequences
  :features (length)
  :forms ((funcall 'length 'symbol))
  :signals type-error)

;;; ---- reverse, nreverse ----

(defcase sequences.reverse-list-fresh-string-vector
  :category sequences
  :features (reverse)
  :forms ((let ((l (list 1 2 3)))
            (list (reverse l) l (reverse "abc") (reverse (vector 'x 'y)) (reverse '()))))
  :value "((3 2 1) (1 2 3) \"cba\" #(Y X) NIL)")

(defcase sequences.nreverse-list-string-vector-results
  :category sequences
  :features (nreverse)
  :forms ((list (nreverse (list 1 2 3 4)) (nreverse (copy-seq "stressed")) (nreverse (vector 1)) (nreverse nil)))
  :value "((4 3 2 1) \"desserts\" #(1) NIL)")

(defcase sequences.reverse-bit-vector
  :category sequences
  :features (reverse)
  :forms ((reverse (coerce '(1 1 0) 'bit-vector)))
  :value "#*011")

;;; ---- sort, stable-sort ----

(defcase sequences.stable-sort-list-key-stability
  :category sequences
  :features (stable-sort)
  :forms ((stable-sort (list '(b 2) '(a 1) '(c 2) '(d 1) '(e 2)) #'< :key #'second))
  :value "((A 1) (D 1) (B 2) (C 2) (E 2))")

(defcase sequences.stable-sort-vector-key-stability
  :category sequences
  :features (stable-sort)
  :forms ((stable-sort (vector "pear" "fig" "apple" "kiwi" "plum" "date") #'< :key #'length))
  :value "#(\"fig\" \"pear\" \"kiwi\" \"plum\" \"date\" \"apple\")")

(defcase sequences.stable-sort-string-char-lessp
  :category sequences
  :features (stable-sort)
  :forms ((stable-sort (copy-seq "bAaB") #'char-lessp))
  :value "\"AabB\"")

(defcase sequences.stable-sort-greater-keeps-equal-order
  :category sequences
  :features (stable-sort)
  :forms ((mapcar #'cdr (stable-sort (list '(1 . a) '(3 . b) '(1 . c) '(3 . d) '(2 . e)) #'> :key #'car)))
  :value "(B D E A C)")

(defcase sequences.sort-string
  :category sequences
  :features (sort)
  :forms ((sort (copy-seq "sequence") #'char<))
  :value "\"ceeenqsu\"")

(defcase sequences.sort-list-of-strings-key
  :category sequences
  :features (sort)
  :forms ((sort (list "ccc" "a" "bb") #'< :key #'length))
  :value "(\"a\" \"bb\" \"ccc\")")

(defcase sequences.sort-predicate-called-with-keys
  :category sequences
  :features (sort)
  :forms ((let ((ok t))
            (sort (list '(3) '(1) '(2)) (lambda (a b) (unless (and (integerp a) (integerp b)) (setf ok nil)) (< a b)) :key #'car)
            ok))
  :value "T")

(defcase sequences.sort-vector-result-sorted
  :category sequences
  :features (sort)
  :forms ((let ((v (vector 5 3 9 1 7)))
            (sort v #'>)))
  :value "#(9 7 5 3 1)")

(defcase sequences.stable-sort-single-and-empty
  :category sequences
  :features (stable-sort)
  :forms ((list (stable-sort (list 1) #'<) (stable-sort (vector) #'<) (stable-sort (list) #'<)))
  :value "((1) #() NIL)")

;;; ---- find, find-if, find-if-not ----

(defcase sequences.find-keywords
  :category sequences
  :features (find)
  :forms ((let ((l '((a . 1) (b . 2) (a . 3))))
            (list (find 'a l :key #'car) (find 'a l :key #'car :from-end t)
                  (find 'a l :key #'car :start 1) (find 'a l :key #'car :end 1)
                  (find 2 l :key #'cdr :test #'<) (find 'a l :key #'car :test-not #'eq))))
  :value "((A . 1) (A . 3) (A . 3) (A . 1) (A . 3) (B . 2))")

(defcase sequences.find-returns-element-not-key
  :category sequences
  :features (find)
  :forms ((find 3 (vector '(1 x) '(3 y) '(5 z)) :key #'first))
  :value "(3 Y)")

(defcase sequences.find-string-test-char-equal
  :category sequences
  :features (find)
  :forms ((list (find #\B "abc" :test #'char-equal) (find #\z "abc") (find #\c "abcabc" :start 3 :end 5)))
  :value "(#\\b NIL NIL)")

(defcase sequences.find-nil-element-ambiguous
  :category sequences
  :features (find position)
  :forms ((list (find nil '(1 nil 2)) (position nil '(1 nil 2))))
  :value "(NIL 1)")

(defcase sequences.find-if-keywords
  :category sequences
  :features (find-if)
  :forms ((let ((v (vector 1 2 3 4 5 6)))
            (list (find-if #'evenp v) (find-if #'evenp v :from-end t) (find-if #'evenp v :start 2 :end 3)
                  (find-if #'zerop v :key (lambda (x) (mod x 5))))))
  :value "(2 6 NIL 5)")

(defcase sequences.find-if-not-keywords
  :category sequences
  :features (find-if-not)
  :forms ((list (find-if-not #'alpha-char-p "ab3c4") (find-if-not #'alpha-char-p "ab3c4" :from-end t)
                (find-if-not #'plusp '((1) (2) (-3)) :key #'car) (find-if-not #'oddp '(1 3 5))))
  :value "(#\\3 #\\4 (-3) NIL)")

;;; ---- position, position-if, position-if-not ----

(defcase sequences.position-keywords
  :category sequences
  :features (position)
  :forms ((let ((l '(a b c a b c)))
            (list (position 'b l) (position 'b l :from-end t) (position 'b l :start 2) (position 'b l :end 1)
                  (position 'a l :test-not #'eq) (position 'c l :start 1 :end 4 :from-end t))))
  :value "(1 4 4 NIL 1 2)")

(defcase sequences.position-from-end-index-from-start
  :category sequences
  :features (position)
  :forms ((position #\a "banana" :from-end t))
  :value "5")

(defcase sequences.position-key-test
  :category sequences
  :features (position)
  :forms ((list (position 10 '(1 5 12 20) :test #'<) (position "B" '("a" "b") :test #'string-equal)
                (position 2 (vector '(1) '(2)) :key #'car)))
  :value "(2 1 1)")

(defcase sequences.position-if-keywords
  :category sequences
  :features (position-if)
  :forms ((let ((v (vector 1 3 4 5 6)))
            (list (position-if #'evenp v) (position-if #'evenp v :from-end t) (position-if #'evenp v :start 3)
                  (position-if #'evenp v :end 2) (position-if #'plusp '((-1) (0) (2)) :key #'car))))
  :value "(2 4 4 NIL 2)")

(defcase sequences.position-if-not-keywords
  :category sequences
  :features (position-if-not)
  :forms ((list (position-if-not #'digit-char-p "12a3b") (position-if-not #'digit-char-p "12a3b" :from-end t)
                (position-if-not #'digit-char-p "12a3b" :start 3 :end 4)
                (position-if-not #'evenp '((2) (4) (5)) :key #'car)))
  :value "(2 4 NIL 2)")

;;; ---- search: every bound ----

(defcase sequences.search-basic-and-absent
  :category sequences
  :features (search)
  :forms ((list (search "lo" "hello world") (search '(2 3) '(1 2 3 4)) (search (vector 'x) '(a b)) (search "abc" "ab")))
  :value "(3 1 NIL NIL)")

(defcase sequences.search-from-end
  :category sequences
  :features (search)
  :forms ((list (search "ab" "abcabcab") (search "ab" "abcabcab" :from-end t)))
  :value "(0 6)")

(defcase sequences.search-start2-end2-index-is-absolute
  :category sequences
  :features (search)
  :forms ((list (search "ab" "abcabcab" :start2 1) (search "ab" "abcabcab" :start2 1 :end2 5)
                (search "ab" "abcabcab" :end2 4 :from-end t)))
  :value "(3 3 0)")

(defcase sequences.search-start1-end1-subpattern
  :category sequences
  :features (search)
  :forms ((list (search "xbcx" "abcd" :start1 1 :end1 3) (search "zzab" "abab" :start1 2 :from-end t)))
  :value "(1 2)")

(defcase sequences.search-empty-pattern-bounds
  :category sequences
  :features (search)
  :forms ((list (search "" "abc") (search "" "abc" :from-end t) (search "" "abc" :start2 1 :end2 2)
                (search "" "abc" :start2 1 :end2 2 :from-end t) (search "xyz" "abc" :start1 1 :end1 1)))
  :value "(0 3 1 2 0)")

(defcase sequences.search-test-and-key
  :category sequences
  :features (search)
  :forms ((list (search "BC" "abcd" :test #'char-equal)
                (search '(2 3) '((1) (2) (3)) :key (lambda (x) (if (consp x) (car x) x)))
                (search '(1 2) '(5 1 9 3) :test #'<)))
  :value "(1 1 2)")

(defcase sequences.search-test-not
  :category sequences
  :features (search)
  :forms ((search '(a a) '(a b c) :test-not #'eq))
  :value "1")

;;; ---- mismatch: every bound ----

(defcase sequences.mismatch-equal-and-prefixes
  :category sequences
  :features (mismatch)
  :forms ((list (mismatch "abc" "abc") (mismatch "abc" "abd") (mismatch "ab" "abc") (mismatch "abc" "ab")
                (mismatch '() '()) (mismatch '(1) '())))
  :value "(NIL 2 2 2 NIL 0)")

(defcase sequences.mismatch-from-end-index-plus-one
  :category sequences
  :features (mismatch)
  :forms ((list (mismatch "abc" "abd" :from-end t) (mismatch "abc" "xbc" :from-end t) (mismatch "bc" "abc" :from-end t)
                (mismatch "same" "same" :from-end t)))
  :value "(3 1 0 NIL)")

(defcase sequences.mismatch-start1-relative-to-seq1
  :category sequences
  :features (mismatch)
  :forms ((list (mismatch "xxabcd" "abce" :start1 2) (mismatch "abcd" "zzabxd" :start2 2) (mismatch "abcd" "abxd" :end1 2 :end2 2)))
  :value "(5 2 NIL)")

(defcase sequences.mismatch-all-bounds-from-end
  :category sequences
  :features (mismatch)
  :forms ((mismatch "0123456" "a2345b" :start1 1 :end1 6 :start2 0 :end2 5 :from-end t))
  :value "2")

(defcase sequences.mismatch-key-test
  :category sequences
  :features (mismatch)
  :forms ((list (mismatch "ABC" "abd" :test #'char-equal) (mismatch '((1) (2) (3)) '(1 2 4) :key (lambda (x) (if (consp x) (car x) x)))
                (mismatch '(1 2 3) '(2 3 1) :test #'<) (mismatch '(a b) '(x y) :test-not #'eq)))
  :value "(2 2 2 NIL)")

(defcase sequences.mismatch-list-and-vector
  :category sequences
  :features (mismatch)
  :forms ((mismatch '(1 2 3) (vector 1 2 4 5)))
  :value "2")

;;; ---- replace ----

(defcase sequences.replace-returns-sequence-1
  :category sequences
  :features (replace)
  :forms ((let* ((a (list 1 2 3 4)) (r (replace a '(x y))))
            (list (eq r a) a)))
  :value "(T (X Y 3 4))")

(defcase sequences.replace-all-bounds
  :category sequences
  :features (replace)
  :forms ((replace (vector 0 0 0 0 0 0) '(a b c d e) :start1 1 :end1 5 :start2 2 :end2 4))
  :value "#(0 C D 0 0 0)")

(defcase sequences.replace-shorter-of-two-regions
  :category sequences
  :features (replace)
  :forms ((list (replace (copy-seq "abcdef") "XYZ" :start1 4) (replace (copy-seq "abcdef") "XYZ" :end1 1)))
  :value "(\"abcdXY\" \"Xbcdef\")")

(defcase sequences.replace-overlap-shift-right
  :category sequences
  :features (replace)
  :forms ((let ((v (vector 1 2 3 4 5 6)))
            (replace v v :start1 2 :start2 0 :end2 4)))
  :value "#(1 2 1 2 3 4)")

(defcase sequences.replace-overlap-shift-left
  :category sequences
  :features (replace)
  :forms ((let ((v (vector 1 2 3 4 5 6)))
            (replace v v :start1 0 :start2 2)))
  :value "#(3 4 5 6 5 6)")

(defcase sequences.replace-overlap-list-shift-right
  :category sequences
  :features (replace)
  :forms ((let ((l (list 'a 'b 'c 'd 'e)))
            (replace l l :start1 1)))
  :value "(A A B C D)")

(defcase sequences.replace-overlap-string
  :category sequences
  :features (replace)
  :forms ((let ((s (copy-seq "abcdefgh")))
            (replace s s :start1 3 :end1 7 :start2 1)))
  :value "\"abcbcdeh\"")

(defcase sequences.replace-list-into-vector-and-string-into-list
  :category sequences
  :features (replace)
  :forms ((list (replace (vector 1 2 3) '(a)) (replace (list 1 2 3) "xy" :start1 1)))
  :value "(#(A 2 3) (1 #\\x #\\y))")

;;; ---- substitute family ----

(defcase sequences.substitute-keywords
  :category sequences
  :features (substitute)
  :forms ((let ((l '(1 2 1 2 1 2)))
            (list (substitute 'x 1 l) (substitute 'x 1 l :count 2) (substitute 'x 1 l :start 1 :end 4)
                  (substitute 'x 1 l :count 1 :from-end t) (substitute 'x 2 l :test #'<) (substitute 'x 1 l :test-not #'eql))))
  :value "((X 2 X 2 X 2) (X 2 X 2 1 2) (1 2 X 2 1 2) (1 2 1 2 X 2) (1 2 1 2 1 2) (1 X 1 X 1 X))")

(defcase sequences.substitute-key-and-original-unchanged
  :category sequences
  :features (substitute)
  :forms ((let ((l (list '(a 1) '(b 2) '(a 3))))
            (list (substitute 'gone 'a l :key #'car) l)))
  :value "((GONE (B 2) GONE) ((A 1) (B 2) (A 3)))")

(defcase sequences.substitute-string-and-vector
  :category sequences
  :features (substitute)
  :forms ((list (substitute #\_ #\Space "a b c") (substitute 0 nil (vector 1 nil 2 nil))))
  :value "(\"a_b_c\" #(1 0 2 0))")

(defcase sequences.substitute-count-zero-and-negative
  :category sequences
  :features (substitute)
  :forms ((list (substitute 'x 'a '(a a) :count 0) (substitute 'x 'a '(a a) :count -1)))
  :value "((A A) (A A))")

(defcase sequences.substitute-if-keywords
  :category sequences
  :features (substitute-if)
  :forms ((let ((v (vector 1 2 3 4 5 6)))
            (list (substitute-if 0 #'evenp v) (substitute-if 0 #'evenp v :count 2 :from-end t)
                  (substitute-if 0 #'evenp v :start 2 :end 5) (substitute-if 'neg #'minusp '((1) (-2)) :key #'car))))
  :value "(#(1 0 3 0 5 0) #(1 2 3 0 5 0) #(1 2 3 0 5 6) ((1) NEG))")

(defcase sequences.substitute-if-not-keywords
  :category sequences
  :features (substitute-if-not)
  :forms ((list (substitute-if-not #\* #'alpha-char-p "a1b2") (substitute-if-not #\* #'alpha-char-p "a1b2" :count 1 :from-end t)
                (substitute-if-not 'odd #'evenp '(1 2 3) :start 1)))
  :value "(\"a*b*\" \"a1b*\" (1 2 ODD))")

(defcase sequences.nsubstitute-list-result
  :category sequences
  :features (nsubstitute)
  :forms ((nsubstitute 'x 'a (list 'a 'b 'a 'c 'a) :count 2 :from-end t))
  :value "(A B X C X)")

(defcase sequences.nsubstitute-string-start-end
  :category sequences
  :features (nsubstitute)
  :forms ((nsubstitute #\. #\a (copy-seq "banana") :start 2 :end 5))
  :value "\"ban.na\"")

(defcase sequences.nsubstitute-test-key
  :category sequences
  :features (nsubstitute)
  :forms ((nsubstitute 'big 10 (list 5 15 8 20) :test #'<))
  :value "(5 BIG 8 BIG)")

(defcase sequences.nsubstitute-if-vector
  :category sequences
  :features (nsubstitute-if)
  :forms ((let ((v (vector 1 -2 3 -4 5)))
            (list (nsubstitute-if 0 #'minusp v :count 1) (nsubstitute-if 'x #'plusp (list '(1) '(-1)) :key #'car))))
  :value "(#(1 0 3 -4 5) (X (-1)))")

(defcase sequences.nsubstitute-if-not-string
  :category sequences
  :features (nsubstitute-if-not)
  :forms ((list (nsubstitute-if-not #\? #'upper-case-p (copy-seq "ABcD")) (nsubstitute-if-not 0 #'oddp (list 1 2 3 4) :from-end t :count 1)))
  :value "(\"AB?D\" (1 2 3 0))")

;;; ---- concatenate ----

(defcase sequences.concatenate-result-types
  :category sequences
  :features (concatenate)
  :forms ((list (concatenate 'list "ab" (vector 1) '(2)) (concatenate 'string "ab" '(#\c) (vector #\d))
                (concatenate 'vector) (concatenate 'list) (concatenate '(vector t) '(1) '(2))))
  :value "((#\\a #\\b 1 2) \"abcd\" #() NIL #(1 2))")

(defcase sequences.concatenate-fresh-list
  :category sequences
  :features (concatenate)
  :forms ((let* ((a (list 1 2)) (c (concatenate 'list a)))
            (list (eq a c) (equal a c))))
  :value "(NIL T)")

(defcase sequences.concatenate-simple-string-result
  :category sequences
  :features (concatenate)
  :forms ((let ((s (concatenate 'string "x" "y")))
            (list (simple-string-p s) s)))
  :value "(T \"xy\")")

;;; ---- merge ----

(defcase sequences.merge-vectors-to-list
  :category sequences
  :features (merge)
  :forms ((merge 'list (vector 1 4 6) (vector 2 3 7) #'<))
  :value "(1 2 3 4 6 7)")

(defcase sequences.merge-strings
  :category sequences
  :features (merge)
  :forms ((merge 'string (copy-seq "adg") (copy-seq "bcf") #'char<))
  :value "\"abcdfg\"")

(defcase sequences.merge-stability-sequence-1-first
  :category sequences
  :features (merge)
  :forms ((merge 'list (list '(1 . a) '(2 . a) '(2 . b)) (list '(2 . x) '(3 . x)) #'< :key #'car))
  :value "((1 . A) (2 . A) (2 . B) (2 . X) (3 . X))")

(defcase sequences.merge-empty-sequences
  :category sequences
  :features (merge)
  :forms ((list (merge 'list (list) (list 1 2) #'<) (merge 'vector (vector 3) (vector) #'<)))
  :value "((1 2) #(3))")

(defcase sequences.merge-descending-predicate
  :category sequences
  :features (merge)
  :forms ((merge 'vector (list 9 5 1) (list 8 6 2) #'>))
  :value "#(9 8 6 5 2 1)")

;;; ---- remove, remove-if, remove-if-not, delete family: every keyword ----

(defcase sequences.remove-keywords-list
  :category sequences
  :features (remove)
  :forms ((let ((l '(a b a c a d)))
            (list (remove 'a l :count 1) (remove 'a l :count 2 :from-end t) (remove 'a l :start 1 :end 5)
                  (remove 'a l :test-not #'eq) (remove 'a l :count 0))))
  :value "((B A C A D) (A B C D) (A B C D) (A A A) (A B A C A D))")

(defcase sequences.remove-string-result-is-string
  :category sequences
  :features (remove)
  :forms ((list (remove #\a "banana") (remove #\a "banana" :count 2) (remove #\a "banana" :from-end t :count 1)))
  :value "(\"bnn\" \"bnna\" \"banan\")")

(defcase sequences.remove-vector-keywords
  :category sequences
  :features (remove)
  :forms ((remove 3 (vector 1 5 2 6 3) :test #'< :start 1))
  :value "#(1 2 3)")

(defcase sequences.remove-key-test
  :category sequences
  :features (remove)
  :forms ((remove "b" (list '("a" 1) '("b" 2) '("B" 3)) :key #'car :test #'string-equal))
  :value "((\"a\" 1))")

(defcase sequences.remove-if-keywords
  :category sequences
  :features (remove-if)
  :forms ((let ((l '(1 2 3 4 5 6 7)))
            (list (remove-if #'evenp l :count 2) (remove-if #'evenp l :count 2 :from-end t)
                  (remove-if #'evenp l :start 2 :end 5) (remove-if #'zerop '((0) (1)) :key #'car))))
  :value "((1 3 5 6 7) (1 2 3 5 7) (1 2 3 5 6 7) ((1)))")

(defcase sequences.remove-if-not-keywords
  :category sequences
  :features (remove-if-not)
  :forms ((let ((v (vector 1 2 3 4 5 6)))
            (list (remove-if-not #'evenp v) (remove-if-not #'evenp v :count 1) (remove-if-not #'evenp v :count 1 :from-end t)
                  (remove-if-not #'alpha-char-p "a-b-c" :start 1 :end 4))))
  :value "(#(2 4 6) #(2 3 4 5 6) #(1 2 3 4 6) \"abc\")")

(defcase sequences.delete-keywords-list
  :category sequences
  :features (delete)
  :forms ((list (delete 1 (list 1 2 1 3 1) :count 2) (delete 1 (list 1 2 1 3 1) :from-end t :count 2)
                (delete 1 (list 1 2 1 3 1) :start 1 :end 3) (delete 2 (list 1 2 3 4) :test #'<)))
  :value "((2 3 1) (1 2 3) (1 2 3 1) (1 2))")

(defcase sequences.delete-string
  :category sequences
  :features (delete)
  :forms ((delete #\s (copy-seq "mississippi") :count 3))
  :value "\"miisippi\"")

(defcase sequences.delete-if-keywords
  :category sequences
  :features (delete-if)
  :forms ((list (delete-if #'oddp (list 1 2 3 4 5) :from-end t :count 2) (delete-if #'oddp (vector 1 2 3 4 5) :start 1)
                (delete-if #'null (list '(1) nil '(2) nil) :key #'identity)))
  :value "((1 2 4) #(1 2 4) ((1) (2)))")

(defcase sequences.delete-if-not-keywords
  :category sequences
  :features (delete-if-not)
  :forms ((list (delete-if-not #'evenp (list 1 2 3 4 5 6)) (delete-if-not #'evenp (list 1 2 3 4 5 6) :count 2)
                (delete-if-not #'digit-char-p (copy-seq "a1b2c3") :end 3) (delete-if-not #'plusp (vector '(1) '(-1)) :key #'car)))
  :value "((2 4 6) (2 4 5 6) \"12c3\" #((1)))")

(defcase sequences.remove-all-and-none
  :category sequences
  :features (remove delete)
  :forms ((list (remove 'a '(a a a)) (delete 'a (list 'a 'a)) (remove 'z '(a b)) (remove 'a '())))
  :value "(NIL NIL (A B) NIL)")

(defcase sequences.remove-shares-tail-allowed-value-same
  :category sequences
  :features (remove)
  :forms ((let ((l (list 1 2 3)))
            (list (remove 9 l) (equal (remove 9 l) l))))
  :value "((1 2 3) T)")

;;; ---- remove-duplicates, delete-duplicates ----

(defcase sequences.remove-duplicates-keeps-last-by-default
  :category sequences
  :features (remove-duplicates)
  :forms ((list (remove-duplicates '(a b a c b d)) (remove-duplicates '(a b a c b d) :from-end t)))
  :value "((A C B D) (A B C D))")

(defcase sequences.remove-duplicates-key-test
  :category sequences
  :features (remove-duplicates)
  :forms ((list (remove-duplicates '((a 1) (b 2) (a 3)) :key #'car)
                (remove-duplicates '((a 1) (b 2) (a 3)) :key #'car :from-end t)
                (remove-duplicates '("x" "X" "y") :test #'string-equal)
                (remove-duplicates '(1 2 3 4) :test (lambda (a b) (= (mod a 2) (mod b 2))))))
  :value "(((B 2) (A 3)) ((A 1) (B 2)) (\"X\" \"y\") (3 4))")

(defcase sequences.remove-duplicates-start-end
  :category sequences
  :features (remove-duplicates)
  :forms ((list (remove-duplicates '(a a b a b c c) :start 2 :end 5) (remove-duplicates (vector 1 1 1 2 2) :start 3)))
  :value "((A A A B C C) #(1 1 1 2))")

(defcase sequences.remove-duplicates-test-not
  :category sequences
  :features (remove-duplicates)
  :forms ((remove-duplicates '(1 2 3) :test-not #'eql))
  :value "(3)")

(defcase sequences.remove-duplicates-vector-string
  :category sequences
  :features (remove-duplicates)
  :forms ((list (remove-duplicates (vector 1 2 1 3)) (remove-duplicates "abracadabra") (remove-duplicates "abracadabra" :from-end t)))
  :value "(#(2 1 3) \"cdbra\" \"abrcd\")")

(defcase sequences.delete-duplicates-keywords
  :category sequences
  :features (delete-duplicates)
  :forms ((list (delete-duplicates (list 1 2 1 3 2)) (delete-duplicates (list 1 2 1 3 2) :from-end t)
                (delete-duplicates (list '(x . 1) '(y . 2) '(x . 3)) :key #'car :from-end t)
                (delete-duplicates (copy-seq "aAbB") :test #'char-equal)))
  :value "((1 3 2) (1 2 3) ((X . 1) (Y . 2)) \"AB\")")

(defcase sequences.delete-duplicates-vector-start-end
  :category sequences
  :features (delete-duplicates)
  :forms ((delete-duplicates (vector 'a 'b 'b 'a 'c 'c) :start 1 :end 4 :from-end t))
  :value "#(A B A C C)")

(defcase sequences.delete-duplicates-empty-and-singleton
  :category sequences
  :features (delete-duplicates remove-duplicates)
  :forms ((list (delete-duplicates (list)) (remove-duplicates (list 'only)) (delete-duplicates (vector))))
  :value "(NIL (ONLY) #())")

;;; ---- errors: bad sequences and bounds ----

(defcase sequences.find-on-dotted-list-signals
  :category sequences
  :features (find)
  :forms ((funcall 'find 'z (cons 'a 'b)))
  :signals type-error)

(defcase sequences.reverse-non-sequence-signals
  :category sequences
  :features (reverse)
  :forms ((funcall 'reverse 42))
  :signals type-error)

(defcase sequences.sort-non-sequence-signals
  :category sequences
  :features (sort)
  :forms ((funcall 'sort 'abc #'<))
  :signals type-error)

(defcase sequences.reduce-wrong-argument-count-signals
  :category sequences
  :features (reduce)
  :forms ((apply 'reduce (list #'+)))
  :signals program-error)

(defcase sequences.merge-vectors-key-result-vector
  :category sequences
  :features (merge)
  :forms ((merge 'vector (vector '(1 a) '(4 a)) (vector '(1 b) '(3 b) '(5 b)) #'< :key #'first))
  :value "#((1 A) (1 B) (3 B) (4 A) (5 B))")

(defcase sequences.find-if-from-end-within-bounds
  :category sequences
  :features (find-if position-if)
  :forms ((let ((l '(2 4 6 8 10 12)))
            (list (find-if (lambda (x) (> x 3)) l :start 1 :end 4 :from-end t)
                  (position-if (lambda (x) (> x 3)) l :start 1 :end 4 :from-end t))))
  :value "(8 3)")

(defcase sequences.elt-negative-index-signals
  :category sequences
  :features (elt)
  :forms ((funcall 'elt (vector 1 2 3) -1))
  :signals type-error)

(defcase sequences.map-into-list-from-vector-and-string
  :category sequences
  :features (map-into)
  :forms ((map-into (list 1 2 3) #'cons (vector 'a 'b 'c) "xyz"))
  :value "((A . #\\x) (B . #\\y) (C . #\\z))")

(defcase sequences.count-from-end-same-result-with-key
  :category sequences
  :features (count)
  :forms ((let ((l '((a 1) (b 2) (a 3) (c 4) (a 5))))
            (list (count 'a l :key #'car :from-end t :start 1) (count 'a l :key #'car :end 2))))
  :value "(2 1)")

(defcase sequences.remove-if-from-end-count-vector
  :category sequences
  :features (remove-if)
  :forms ((remove-if #'upper-case-p (vector #\A #\b #\C #\d #\E) :count 2 :from-end t))
  :value "#(#\\A #\\b #\\d)")

(defcase sequences.sequence-type
  :category sequences
  :features (sequence typep subtypep)
  :forms ((list (typep '(1) 'sequence) (typep nil 'sequence) (typep "s" 'sequence) (typep (vector) 'sequence)
                (typep 1 'sequence) (typep (make-array '(1 1) :initial-element 0) 'sequence)
                (subtypep 'list 'sequence) (subtypep 'vector 'sequence)))
  :value "(T T T T NIL NIL T T)")
