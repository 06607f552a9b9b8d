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
