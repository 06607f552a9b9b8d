;;;; corpus/forms/strings.lisp — strings (CLHS 16). Expectations: SBCL 2.2.9.

(defcase strings.length-of-string
  :category strings
  :features (length)
  :forms ((length "hello"))
  :value "5")

(defcase strings.length-empty-string
  :category strings
  :features (length)
  :forms ((length ""))
  :value "0")

(defcase strings.char-index
  :category strings
  :features (char)
  :forms ((char "abcdef" 2))
  :value "#\\c")

(defcase strings.schar-index
  :category strings
  :features (schar)
  :forms ((schar "abcdef" 5))
  :value "#\\f")

(defcase strings.aref-on-string
  :category strings
  :features (aref)
  :forms ((aref "xyz" 0))
  :value "#\\x")

(defcase strings.char-out-of-range-signals
  :category strings
  :note "not an exceptional situation of the standard (consequences undefined): the safe-code error SBCL signals"
  :features (char)
  :forms ((char "abc" (identity 3)))
  :signals error)

(defcase strings.setf-char
  :category strings
  :features (char setf copy-seq)
  :forms ((let ((s (copy-seq "cat")))
            (setf (char s 0) #\b)
            s))
  :value "\"bat\"")

(defcase strings.subseq-start
  :category strings
  :features (subseq)
  :forms ((subseq "hello world" 6))
  :value "\"world\"")

(defcase strings.subseq-start-end
  :category strings
  :features (subseq)
  :forms ((subseq "hello world" 0 5))
  :value "\"hello\"")

(defcase strings.subseq-empty
  :category strings
  :features (subseq)
  :forms ((subseq "abc" 1 1))
  :value "\"\"")

(defcase strings.subseq-bad-bounds-signals
  :category strings
  :note "not an exceptional situation of the standard (consequences undefined): the safe-code error SBCL signals"
  :features (subseq)
  :forms ((subseq "abc" 2 (identity 5)))
  :signals error)

(defcase strings.concatenate-strings
  :category strings
  :features (concatenate)
  :forms ((concatenate 'string "foo" "bar" "" "baz"))
  :value "\"foobarbaz\"")

(defcase strings.concatenate-empty
  :category strings
  :features (concatenate)
  :forms ((concatenate 'string))
  :value "\"\"")

(defcase strings.concatenate-chars-list
  :category strings
  :features (concatenate)
  :forms ((concatenate 'string "ab" '(#\c #\d)))
  :value "\"abcd\"")

(defcase strings.string-upcase
  :category strings
  :features (string-upcase)
  :forms ((string-upcase "Hello, World 1!"))
  :value "\"HELLO, WORLD 1!\"")

(defcase strings.string-downcase
  :category strings
  :features (string-downcase)
  :forms ((string-downcase "Hello, WORLD"))
  :value "\"hello, world\"")

(defcase strings.string-capitalize
  :category strings
  :features (string-capitalize)
  :forms ((string-capitalize "hello wORLD foo-bar 3rd"))
  :value "\"Hello World Foo-Bar 3rd\"")

(defcase strings.string-upcase-start-end
  :category strings
  :features (string-upcase)
  :forms ((string-upcase "abcdef" :start 1 :end 3))
  :value "\"aBCdef\"")

(defcase strings.nstring-upcase-modifies
  :category strings
  :features (nstring-upcase copy-seq)
  :forms ((let ((s (copy-seq "abc")))
            (nstring-upcase s)
            s))
  :value "\"ABC\"")

(defcase strings.string-trim
  :category strings
  :features (string-trim)
  :forms ((string-trim " " "  padded  "))
  :value "\"padded\"")

(defcase strings.string-trim-bag
  :category strings
  :features (string-trim)
  :forms ((string-trim "xy" "xxyhelloyx"))
  :value "\"hello\"")

(defcase strings.string-left-trim
  :category strings
  :features (string-left-trim)
  :forms ((string-left-trim '(#\Space #\Tab) "   left"))
  :value "\"left\"")

(defcase strings.string-right-trim
  :category strings
  :features (string-right-trim)
  :forms ((string-right-trim "!" "wow!!!"))
  :value "\"wow\"")

(defcase strings.string-trim-all
  :category strings
  :features (string-trim)
  :forms ((string-trim "a" "aaaa"))
  :value "\"\"")

(defcase strings.string-equal-case-sensitive
  :category strings
  :features (string=)
  :forms ((list (string= "abc" "abc") (string= "abc" "ABC")))
  :value "(T NIL)")

(defcase strings.string-equal-case-insensitive
  :category strings
  :features (string-equal)
  :forms ((list (string-equal "abc" "ABC") (string-equal "abc" "abd")))
  :value "(T NIL)")

(defcase strings.string-eq-start1-start2
  :category strings
  :features (string=)
  :forms ((string= "hello world" "xxworld" :start1 6 :start2 2))
  :value "T")

(defcase strings.string-eq-end1-end2
  :category strings
  :features (string=)
  :forms ((string= "abcdef" "abcxyz" :end1 3 :end2 3))
  :value "T")

(defcase strings.string-eq-symbol-designator
  :category strings
  :features (string=)
  :forms ((string= 'abc "ABC"))
  :value "T")

(defcase strings.string-less
  :category strings
  :features (string<)
  :forms ((list (string< "abc" "abd") (string< "abc" "abc") (string< "ab" "abc") (string< "b" "a")))
  :value "(2 NIL 2 NIL)")

(defcase strings.string-less-returns-index
  :category strings
  :features (string<)
  :forms ((string< "apple" "apricot"))
  :value "2")

(defcase strings.string-greater
  :category strings
  :features (string>)
  :forms ((list (string> "b" "a") (string>= "abc" "abc") (string<= "abc" "abd")))
  :value "(0 3 2)")

(defcase strings.string-not-equal
  :category strings
  :features (string/=)
  :forms ((list (string/= "abc" "abd") (string/= "abc" "abc")))
  :value "(2 NIL)")

(defcase strings.string-lessp-case-insensitive
  :category strings
  :features (string-lessp)
  :forms ((list (string-lessp "ABC" "abd") (string-greaterp "b" "A")))
  :value "(2 0)")

(defcase strings.search-substring
  :category strings
  :features (search)
  :forms ((search "lo" "hello world"))
  :value "3")

(defcase strings.search-not-found
  :category strings
  :features (search)
  :forms ((search "xyz" "hello"))
  :value "NIL")

(defcase strings.search-from-end
  :category strings
  :features (search)
  :forms ((search "o" "hello world" :from-end t))
  :value "7")

(defcase strings.position-char
  :category strings
  :features (position)
  :forms ((position #\o "hello world"))
  :value "4")

(defcase strings.position-char-from-end
  :category strings
  :features (position)
  :forms ((position #\o "hello world" :from-end t))
  :value "7")

(defcase strings.position-if-digit
  :category strings
  :features (position-if digit-char-p)
  :forms ((position-if #'digit-char-p "abc3def"))
  :value "3")

(defcase strings.find-char
  :category strings
  :features (find)
  :forms ((find #\e "hello"))
  :value "#\\e")

(defcase strings.count-char
  :category strings
  :features (count)
  :forms ((count #\l "hello world"))
  :value "3")

(defcase strings.make-string-initial
  :category strings
  :features (make-string)
  :forms ((make-string 3 :initial-element #\z))
  :value "\"zzz\"")

(defcase strings.make-string-length
  :category strings
  :features (make-string length)
  :forms ((length (make-string 7)))
  :value "7")

(defcase strings.replace-in-string
  :category strings
  :features (replace copy-seq)
  :forms ((replace (copy-seq "aaaaa") "xyz" :start1 1))
  :value "\"axyza\"")

(defcase strings.reverse-string
  :category strings
  :features (reverse)
  :forms ((reverse "stressed"))
  :value "\"desserts\"")

(defcase strings.nreverse-string
  :category strings
  :features (nreverse copy-seq)
  :forms ((nreverse (copy-seq "abc")))
  :value "\"cba\"")

(defcase strings.string-of-symbol
  :category strings
  :features (string)
  :forms ((string 'hello))
  :value "\"HELLO\"")

(defcase strings.string-of-char
  :category strings
  :features (string)
  :forms ((string #\a))
  :value "\"a\"")

(defcase strings.string-of-string-identity
  :category strings
  :features (string)
  :forms ((string "same"))
  :value "\"same\"")

(defcase strings.stringp
  :category strings
  :features (stringp)
  :forms ((list (stringp "a") (stringp #\a) (stringp 'a) (stringp "")))
  :value "(T NIL NIL T)")

(defcase strings.copy-seq-fresh
  :category strings
  :features (copy-seq eq)
  :forms ((let* ((a "abc") (b (copy-seq a)))
            (list (equal a b) (eq a b))))
  :value "(T NIL)")

(defcase strings.string-equal-vs-equal
  :category strings
  :features (equal equalp)
  :forms ((list (equal "abc" "ABC") (equalp "abc" "ABC")))
  :value "(NIL T)")

(defcase strings.remove-char
  :category strings
  :features (remove)
  :forms ((remove #\a "banana"))
  :value "\"bnn\"")

(defcase strings.substitute-char
  :category strings
  :features (substitute)
  :forms ((substitute #\- #\Space "a b c"))
  :value "\"a-b-c\"")

(defcase strings.map-string-upcase
  :category strings
  :features (map char-upcase)
  :forms ((map 'string #'char-upcase "shout"))
  :value "\"SHOUT\"")

(defcase strings.parse-integer-basic
  :category strings
  :features (parse-integer)
  :forms ((parse-integer "  42  "))
  :value "42")

(defcase strings.parse-integer-values
  :category strings
  :features (parse-integer multiple-value-list)
  :forms ((multiple-value-list (parse-integer "123abc" :junk-allowed t)))
  :value "(123 3)")

(defcase strings.parse-integer-junk-signals
  :category strings
  :features (parse-integer)
  :forms ((parse-integer "12x"))
  :signals parse-error)

(defcase strings.parse-integer-radix
  :category strings
  :features (parse-integer)
  :forms ((parse-integer "ff" :radix 16))
  :value "255")

(defcase strings.prin1-to-string-escapes
  :category strings
  :features (prin1-to-string)
  :forms ((prin1-to-string "a\"b"))
  :value "\"\\\"a\\\\\\\"b\\\"\"")

(defcase strings.princ-to-string
  :category strings
  :features (princ-to-string)
  :forms ((princ-to-string "plain"))
  :value "\"plain\"")

(defcase strings.write-to-string-number
  :category strings
  :features (write-to-string)
  :forms ((write-to-string 255))
  :value "\"255\"")

(defcase strings.string-with-quote-printed
  :category strings
  :features (list)
  :forms ((list "say \"hi\"" "back\\slash"))
  :value "(\"say \\\"hi\\\"\" \"back\\\\slash\")")

(defcase strings.with-output-to-string
  :category strings
  :features (with-output-to-string write-string)
  :forms ((with-output-to-string (s)
            (write-string "abc" s)
            (write-char #\d s)
            (princ 42 s)))
  :value "\"abcd42\"")

(defcase strings.format-nil-a
  :category strings
  :features (format)
  :forms ((format nil "~A-~A" "x" 7))
  :value "\"x-7\"")

(defcase strings.string-concat-in-loop
  :category strings
  :features (concatenate dolist)
  :forms ((let ((s ""))
            (dolist (w '("a" "b" "c") s)
              (setq s (concatenate 'string s w)))))
  :value "\"abc\"")

(defcase strings.char-code-sum
  :category strings
  :features (char-code reduce map)
  :forms ((reduce #'+ (map 'list #'char-code "abc")))
  :value "294")

(defcase strings.string-to-list
  :category strings
  :features (coerce)
  :forms ((coerce "abc" 'list))
  :value "(#\\a #\\b #\\c)")

(defcase strings.list-to-string
  :category strings
  :features (coerce)
  :forms ((coerce '(#\x #\y) 'string))
  :value "\"xy\"")

(defcase strings.string-fill
  :category strings
  :features (fill copy-seq)
  :forms ((fill (copy-seq "abcde") #\* :start 1 :end 4))
  :value "\"a***e\"")

(defcase strings.string-sort
  :category strings
  :features (sort copy-seq)
  :forms ((sort (copy-seq "hello") #'char<))
  :value "\"ehllo\"")

(defcase strings.string-search-case
  :category strings
  :features (search char-equal)
  :forms ((search "WOR" "hello world" :test #'char-equal))
  :value "6")

(defcase strings.string-mismatch
  :category strings
  :features (mismatch)
  :forms ((mismatch "abcde" "abxde"))
  :value "2")

(defcase strings.string-mismatch-equal
  :category strings
  :features (mismatch)
  :forms ((mismatch "abc" "abc"))
  :value "NIL")

(defcase strings.string-every-alpha
  :category strings
  :features (every alpha-char-p)
  :forms ((list (every #'alpha-char-p "abc") (every #'alpha-char-p "ab1")))
  :value "(T NIL)")

(defcase strings.string-remove-if-not
  :category strings
  :features (remove-if-not alpha-char-p)
  :forms ((remove-if-not #'alpha-char-p "a1b2c3"))
  :value "\"abc\"")

(defcase strings.string-position-start
  :category strings
  :features (position)
  :forms ((position #\a "banana" :start 2))
  :value "3")

(defcase strings.string-count-if
  :category strings
  :features (count-if upper-case-p)
  :forms ((count-if #'upper-case-p "Hello World"))
  :value "2")

(defcase strings.string-char-equal-position
  :category strings
  :features (position char-equal)
  :forms ((position #\B "abc" :test #'char-equal))
  :value "1")

(defcase strings.string-split-by-loop
  :category strings
  :features (loop position subseq)
  :forms ((loop with s = "a,bb,,ccc"
                for start = 0 then (1+ end)
                for end = (position #\, s :start start)
                collect (subseq s start end)
                while end))
  :value "(\"a\" \"bb\" \"\" \"ccc\")")

(defcase strings.string-join-format
  :category strings
  :features (format)
  :forms ((format nil "~{~A~^, ~}" '("x" "y" "z")))
  :value "\"x, y, z\"")

(defcase strings.string-newline-in-literal
  :category strings
  :features (length)
  :forms ((length "a
b"))
  :value "3")

(defcase strings.string-elt
  :category strings
  :features (elt)
  :forms ((elt "abc" 1))
  :value "#\\b")

(defcase strings.string-array-dimensions
  :category strings
  :features (array-dimensions)
  :forms ((array-dimensions "four"))
  :value "(4)")

(defcase strings.string-simple-string-p
  :category strings
  :features (simple-string-p)
  :forms ((simple-string-p (make-string 2 :initial-element #\a)))
  :value "T")

(defcase strings.string-adjustable-fill-pointer
  :category strings
  :features (make-array vector-push-extend)
  :forms ((let ((s (make-array 0 :element-type 'character :adjustable t :fill-pointer 0)))
            (vector-push-extend #\h s)
            (vector-push-extend #\i s)
            s))
  :value "\"hi\"")

(defcase strings.string-compare-prefix-shorter
  :category strings
  :features (string<)
  :forms ((string< "abc" "abcd"))
  :value "3")

(defcase strings.string-upcase-symbol
  :category strings
  :features (string-upcase)
  :forms ((string-upcase 'mixed))
  :value "\"MIXED\"")

(defcase strings.string-capitalize-single
  :category strings
  :features (string-capitalize)
  :forms ((string-capitalize "ABC"))
  :value "\"Abc\"")

(defcase strings.string-equal-start-end
  :category strings
  :features (string-equal)
  :forms ((string-equal "XXabcYY" "ABC" :start1 2 :end1 5))
  :value "T")

(defcase strings.string-not-greaterp
  :category strings
  :features (string-not-greaterp string-not-lessp)
  :forms ((list (string-not-greaterp "abc" "ABD") (string-not-lessp "b" "A")))
  :value "(2 0)")

(defcase strings.read-from-string-number
  :category strings
  :features (read-from-string)
  :forms ((read-from-string "(1 2 3)"))
  :value "(1 2 3)")

;;; ---- string comparisons: the mismatch index (CLHS 16.2 string=) ----

(defcase strings.string-less-mismatch-indices
  :category strings
  :features (string<)
  :forms ((list (string< "abc" "abd") (string< "abc" "abc") (string< "ab" "abc") (string< "abc" "ab")
                (string< "" "a") (string< "" "") (string< "b" "abc")))
  :value "(2 NIL 2 NIL 0 NIL NIL)")

(defcase strings.string-greater-mismatch-indices
  :category strings
  :features (string>)
  :forms ((list (string> "abd" "abc") (string> "abc" "abc") (string> "abc" "ab") (string> "ab" "abc") (string> "a" "")))
  :value "(2 NIL 2 NIL 0)")

(defcase strings.string-less-equal-indices
  :category strings
  :features (string<=)
  :forms ((list (string<= "abc" "abc") (string<= "abc" "abd") (string<= "abd" "abc") (string<= "" "") (string<= "ab" "abc")))
  :value "(3 2 NIL 0 2)")

(defcase strings.string-greater-equal-indices
  :category strings
  :features (string>=)
  :forms ((list (string>= "abc" "abc") (string>= "abd" "abc") (string>= "abc" "abd") (string>= "abc" "ab") (string>= "" "")))
  :value "(3 2 NIL 2 0)")

(defcase strings.string-not-equal-sign-indices
  :category strings
  :features (string/=)
  :forms ((list (string/= "abc" "abd") (string/= "abc" "abc") (string/= "ab" "abc") (string/= "abc" "") (string/= "Abc" "abc")))
  :value "(2 NIL 2 0 0)")

(defcase strings.string-less-bounds-index-into-string1
  :category strings
  :features (string<)
  :forms ((list (string< "xxabc" "abd" :start1 2) (string< "abc" "zzabd" :start2 2) (string< "abcz" "abcd" :end1 3)
                (string< "aXc" "aYc" :start1 1 :end1 2 :start2 1 :end2 2)))
  :value "(4 2 3 1)")

(defcase strings.string-eq-all-bounds
  :category strings
  :features (string=)
  :forms ((list (string= "abcdef" "cd" :start1 2 :end1 4) (string= "abcdef" "xcdx" :start1 2 :end1 4 :start2 1 :end2 3)
                (string= "abc" "abcd" :end2 3) (string= "abc" "abc" :end1 nil :end2 nil) (string= "abc" "abd" :end1 2 :end2 2)))
  :value "(T T T T T)")

(defcase strings.string-eq-different-lengths
  :category strings
  :features (string=)
  :forms ((list (string= "abc" "abcd") (string= "" "") (string= "a" "A")))
  :value "(NIL T NIL)")

(defcase strings.string-designators-in-comparisons
  :category strings
  :features (string= string< string-equal)
  :forms ((list (string= 'abc "ABC") (string< #\a "b") (string-equal 'foo "foo") (string= #\x 'x) (string= nil "NIL")))
  :value "(T 0 T NIL T)")

(defcase strings.string-equal-case-folded-bounds
  :category strings
  :features (string-equal)
  :forms ((list (string-equal "HELLO" "hello") (string-equal "xHELLOx" "hello" :start1 1 :end1 6) (string-equal "abc" "abd")
                (string-equal "ab" "ABC" :end2 2)))
  :value "(T T NIL T)")

(defcase strings.string-lessp-indices
  :category strings
  :features (string-lessp)
  :forms ((list (string-lessp "ABC" "abd") (string-lessp "abc" "ABC") (string-lessp "a" "B") (string-lessp "AB" "abc")))
  :value "(2 NIL 0 2)")

(defcase strings.string-greaterp-indices
  :category strings
  :features (string-greaterp)
  :forms ((list (string-greaterp "b" "A") (string-greaterp "abc" "ABC") (string-greaterp "ABD" "abc") (string-greaterp "abc" "AB")))
  :value "(0 NIL 2 2)")

(defcase strings.string-not-greaterp-indices
  :category strings
  :features (string-not-greaterp)
  :forms ((list (string-not-greaterp "abc" "ABC") (string-not-greaterp "abc" "ABD") (string-not-greaterp "abd" "ABC")
                (string-not-greaterp "" "x")))
  :value "(3 2 NIL 0)")

(defcase strings.string-not-lessp-indices
  :category strings
  :features (string-not-lessp)
  :forms ((list (string-not-lessp "abd" "ABC") (string-not-lessp "ABC" "abc") (string-not-lessp "abc" "ABD") (string-not-lessp "x" "")))
  :value "(2 3 NIL 0)")

(defcase strings.string-not-equal-indices
  :category strings
  :features (string-not-equal)
  :forms ((list (string-not-equal "abc" "ABD") (string-not-equal "abc" "ABC") (string-not-equal "abc" "ABCD")
                (string-not-equal "xyz" "XYA" :end1 2 :end2 2)))
  :value "(2 NIL 3 NIL)")

(defcase strings.string-lessp-bounds
  :category strings
  :features (string-lessp string-greaterp)
  :forms ((list (string-lessp "--apple" "APPLY" :start1 2) (string-greaterp "zzPEAR" "peach" :start1 2 :end2 4)))
  :value "(6 5)")

(defcase strings.string-comparison-ordering-digits-letters
  :category strings
  :features (string< string>)
  :forms ((list (string< "a1" "a2") (string< "A" "a") (string> "b" "a") (string< "9" "A")))
  :value "(1 0 0 0)")

;;; ---- case conversion with :start and :end ----

(defcase strings.string-upcase-bounds-copy-rest
  :category strings
  :features (string-upcase)
  :forms ((list (string-upcase "abcdef" :start 2 :end 4) (string-upcase "abcdef" :start 4) (string-upcase "abcdef" :end 1)
                (string-upcase "MiXed 123")))
  :value "(\"abCDef\" \"abcdEF\" \"Abcdef\" \"MIXED 123\")")

(defcase strings.string-downcase-bounds
  :category strings
  :features (string-downcase)
  :forms ((list (string-downcase "ABCDEF" :start 1 :end 3) (string-downcase "ABC" :start 3) (string-downcase 'sym)))
  :value "(\"AbcDEF\" \"ABC\" \"sym\")")

(defcase strings.string-upcase-does-not-modify-argument
  :category strings
  :features (string-upcase string-downcase)
  :forms ((let ((s (copy-seq "Hello")))
            (string-upcase s) (string-downcase s)
            s))
  :value "\"Hello\"")

(defcase strings.string-capitalize-words
  :category strings
  :features (string-capitalize)
  :forms ((list (string-capitalize "hello WORLD") (string-capitalize "mIxEd-CaSe_words here")
                (string-capitalize "  lead  trail  ") (string-capitalize "")))
  :value "(\"Hello World\" \"Mixed-Case_Words Here\" \"  Lead  Trail  \" \"\")")

(defcase strings.string-capitalize-digits-in-words
  :category strings
  :features (string-capitalize)
  :forms ((list (string-capitalize "4th of july") (string-capitalize "abc9DEF ghi") (string-capitalize "it's")))
  :value "(\"4th Of July\" \"Abc9def Ghi\" \"It'S\")")

(defcase strings.string-capitalize-bounds
  :category strings
  :features (string-capitalize)
  :forms ((list (string-capitalize "one two three" :start 4) (string-capitalize "one two three" :end 7) (string-capitalize 'two-words)))
  :value "(\"one Two Three\" \"One Two three\" \"Two-Words\")")

(defcase strings.nstring-upcase-returns-same-string
  :category strings
  :features (nstring-upcase)
  :forms ((let* ((s (copy-seq "abc")) (r (nstring-upcase s)))
            (list (eq r s) s)))
  :value "(T \"ABC\")")

(defcase strings.nstring-upcase-bounds
  :category strings
  :features (nstring-upcase)
  :forms ((let ((s (copy-seq "abcdef")))
            (nstring-upcase s :start 1 :end 3)
            (list s (nstring-upcase (copy-seq "xyz") :start 2))))
  :value "(\"aBCdef\" \"xyZ\")")

(defcase strings.nstring-downcase-bounds
  :category strings
  :features (nstring-downcase)
  :forms ((let* ((s (copy-seq "ABCDEF")) (r (nstring-downcase s :start 2 :end 5)))
            (list (eq r s) s (nstring-downcase (copy-seq "QRS") :end 1))))
  :value "(T \"ABcdeF\" \"qRS\")")

(defcase strings.nstring-downcase-whole
  :category strings
  :features (nstring-downcase)
  :forms ((nstring-downcase (copy-seq "Mixed CASE 42")))
  :value "\"mixed case 42\"")

(defcase strings.nstring-capitalize-whole
  :category strings
  :features (nstring-capitalize)
  :forms ((let* ((s (copy-seq "the QUICK brown-fox")) (r (nstring-capitalize s)))
            (list (eq r s) s)))
  :value "(T \"The Quick Brown-Fox\")")

(defcase strings.nstring-capitalize-bounds
  :category strings
  :features (nstring-capitalize)
  :forms ((list (nstring-capitalize (copy-seq "aaa bbb ccc") :start 4) (nstring-capitalize (copy-seq "aaa bbb ccc") :start 4 :end 7)
                (nstring-capitalize (copy-seq "AAA BBB") :end 3)))
  :value "(\"aaa Bbb Ccc\" \"aaa Bbb ccc\" \"Aaa BBB\")")

(defcase strings.nstring-upcase-fill-pointer-string
  :category strings
  :features (nstring-upcase fill-pointer)
  :forms ((let ((s (make-array 6 :element-type 'character :fill-pointer 3 :initial-contents "abcdef")))
            (nstring-upcase s)
            (setf (fill-pointer s) 6)
            s))
  :value "\"ABCdef\"")

(defcase strings.string-upcase-non-alpha-unchanged
  :category strings
  :features (string-upcase string-downcase)
  :forms ((list (string-upcase "1+2=3?") (string-downcase "[]{}")))
  :value "(\"1+2=3?\" \"[]{}\")")

;;; ---- string-trim family ----

(defcase strings.string-trim-bag-kinds
  :category strings
  :features (string-trim)
  :forms ((list (string-trim " " "  a b  ") (string-trim '(#\- #\*) "-*-x-*-") (string-trim (vector #\a) "aaxaa") (string-trim "xyz" "abc")))
  :value "(\"a b\" \"x\" \"x\" \"abc\")")

(defcase strings.string-trim-everything-and-empty
  :category strings
  :features (string-trim)
  :forms ((list (string-trim "ab" "abba") (string-trim "ab" "") (string-trim "" "  x  ")))
  :value "(\"\" \"\" \"  x  \")")

(defcase strings.string-left-trim-kinds
  :category strings
  :features (string-left-trim)
  :forms ((list (string-left-trim " " "  a  ") (string-left-trim "ab" "abcab") (string-left-trim '(#\0) "000120") (string-left-trim "x" "")))
  :value "(\"a  \" \"cab\" \"120\" \"\")")

(defcase strings.string-right-trim-kinds
  :category strings
  :features (string-right-trim)
  :forms ((list (string-right-trim " " "  a  ") (string-right-trim "ab" "abcab") (string-right-trim (list #\. #\!) "hi!.!") (string-right-trim "z" "zzz")))
  :value "(\"  a\" \"abc\" \"hi\" \"\")")

(defcase strings.string-trim-whitespace-bag
  :category strings
  :features (string-trim)
  :forms ((string-trim (list #\Space #\Tab #\Newline) (format nil "~C ~Cword~C~C" #\Tab #\Newline #\Space #\Tab)))
  :value "\"word\"")

(defcase strings.string-trim-symbol-designator
  :category strings
  :features (string-trim string-left-trim)
  :forms ((list (string-trim "-" '|--X--|) (string-left-trim "A" 'aab)))
  :value "(\"X\" \"B\")")

(defcase strings.string-trim-fill-pointer-string
  :category strings
  :features (string-trim fill-pointer)
  :forms ((string-trim " " (make-array 8 :element-type 'character :fill-pointer 5 :initial-contents "  ab  cd")))
  :value "\"ab\"")

(defcase strings.string-trim-does-not-modify
  :category strings
  :features (string-trim)
  :forms ((let ((s (copy-seq "  x  ")))
            (string-trim " " s)
            s))
  :value "\"  x  \"")

;;; ---- make-string, string, char, schar ----

(defcase strings.make-string-initial-element-and-length
  :category strings
  :features (make-string)
  :forms ((list (make-string 4 :initial-element #\-) (length (make-string 0)) (make-string 1 :initial-element #\Space)))
  :value "(\"----\" 0 \" \")")

(defcase strings.make-string-is-simple-string
  :category strings
  :features (make-string simple-string-p)
  :forms ((let ((s (make-string 3 :initial-element #\a)))
            (list (simple-string-p s) (stringp s) (array-element-type s))))
  :value "(T T CHARACTER)")

(defcase strings.make-string-base-char
  :category strings
  :features (make-string base-string simple-base-string)
  :forms ((let ((s (make-string 3 :initial-element #\b :element-type 'base-char)))
            (list s (typep s 'base-string) (typep s 'simple-base-string) (typep s 'simple-string))))
  :value "(\"bbb\" T T T)")

(defcase strings.make-string-fresh-each-call
  :category strings
  :features (make-string)
  :forms ((let ((a (make-string 2 :initial-element #\a)) (b (make-string 2 :initial-element #\a)))
            (setf (char a 0) #\z)
            (list a b (eq a b))))
  :value "(\"za\" \"aa\" NIL)")

(defcase strings.string-of-designators
  :category strings
  :features (string)
  :forms ((list (string 'hello) (string #\x) (string "same") (string nil) (string :key) (string '|MiXed|)))
  :value "(\"HELLO\" \"x\" \"same\" \"NIL\" \"KEY\" \"MiXed\")")

(defcase strings.string-of-string-is-identical
  :category strings
  :features (string)
  :forms ((let ((s (copy-seq "abc")))
            (eq (string s) s)))
  :value "T")

(defcase strings.string-of-list-signals
  :category strings
  :features (string)
  :forms ((funcall 'string (list #\a)))
  :signals type-error)

(defcase strings.char-ignores-fill-pointer
  :category strings
  :features (char fill-pointer)
  :forms ((let ((s (make-array 5 :element-type 'character :fill-pointer 2 :initial-contents "hello")))
            (list (char s 4) (length s) s)))
  :value "(#\\o 2 \"he\")")

(defcase strings.setf-char-and-schar-return
  :category strings
  :features (char schar setf)
  :forms ((let ((s (make-string 3 :initial-element #\a)))
            (list (setf (char s 0) #\b) (setf (schar s 2) #\c) s (schar s 1))))
  :value "(#\\b #\\c \"bac\" #\\a)")

;;; ---- predicates and string types ----

(defcase strings.stringp-kinds
  :category strings
  :features (stringp)
  :forms ((mapcar #'stringp (list "" "a" (make-string 2 :initial-element #\x :element-type 'base-char)
                                  (make-array 3 :element-type 'character :fill-pointer 1 :initial-element #\a)
                                  #\a 'a (vector #\a) nil)))
  :value "(T T T T NIL NIL NIL NIL)")

(defcase strings.simple-string-p-kinds
  :category strings
  :features (simple-string-p)
  :forms ((list (simple-string-p (make-string 2 :initial-element #\a))
                (simple-string-p (make-array 2 :element-type 'character :fill-pointer 1 :initial-element #\a))
                (simple-string-p (make-array 2 :element-type 'character :adjustable t :initial-element #\a))
                (simple-string-p (make-array 2 :element-type 'character :displaced-to (make-string 4 :initial-element #\a)))
                (simple-string-p (make-string 2 :element-type 'base-char :initial-element #\a))
                (simple-string-p 'abc)))
  :value "(T NIL NIL NIL T NIL)")

(defcase strings.string-type-relations
  :category strings
  :features (string base-string simple-string simple-base-string subtypep)
  :forms ((list (subtypep 'base-string 'string) (subtypep 'simple-string 'string) (subtypep 'simple-base-string 'base-string)
                (subtypep 'simple-base-string 'simple-string) (subtypep 'string 'vector) (subtypep 'simple-string 'simple-array)))
  :value "(T T T T T T)")

(defcase strings.string-typep-with-size
  :category strings
  :features (string simple-string typep)
  :forms ((let ((s (make-string 3 :initial-element #\a)))
            (list (typep s '(string 3)) (typep s '(string 4)) (typep s '(simple-string 3)) (typep s '(string *)))))
  :value "(T NIL T T)")

(defcase strings.non-simple-string-typep
  :category strings
  :features (string simple-string typep)
  :forms ((let ((s (make-array 3 :element-type 'character :fill-pointer 3 :initial-element #\a)))
            (list (typep s 'string) (typep s 'simple-string))))
  :value "(T NIL)")

(defcase strings.coerce-to-base-string
  :category strings
  :features (base-string simple-base-string coerce)
  :forms ((let ((b (coerce "abc" 'simple-base-string)))
            (list b (typep b 'simple-base-string) (string= b "abc") (equal b "abc"))))
  :value "(\"abc\" T T T)")

(defcase strings.base-string-operations
  :category strings
  :features (base-string string-upcase concatenate)
  :forms ((let ((b (make-string 3 :initial-element #\q :element-type 'base-char)))
            (setf (char b 1) #\r)
            (list (string-upcase b) (concatenate 'string b "!") (length b) (position #\r b))))
  :value "(\"QRQ\" \"qrq!\" 3 1)")

(defcase strings.base-string-make-array-adjustable
  :category strings
  :features (base-string vector-push-extend)
  :forms ((let ((b (make-array 0 :element-type 'base-char :fill-pointer 0 :adjustable t)))
            (vector-push-extend #\o b) (vector-push-extend #\k b)
            (list b (typep b 'base-string) (typep b 'simple-base-string))))
  :value "(\"ok\" T NIL)")

;;; ---- strings with fill pointers ----

(defcase strings.fill-pointer-string-length-and-print
  :category strings
  :features (length fill-pointer make-array)
  :forms ((let ((s (make-array 10 :element-type 'character :fill-pointer 0 :initial-element #\Space)))
            (vector-push #\h s) (vector-push #\i s)
            (list s (length s) (array-total-size s))))
  :value "(\"hi\" 2 10)")

(defcase strings.fill-pointer-string-comparisons
  :category strings
  :features (string= string< fill-pointer)
  :forms ((let ((s (make-array 6 :element-type 'character :fill-pointer 3 :initial-contents "abcdef")))
            (list (string= s "abc") (string< s "abcd") (string-equal s "ABC"))))
  :value "(T 3 T)")

(defcase strings.fill-pointer-string-upcase-result
  :category strings
  :features (string-upcase fill-pointer)
  :forms ((string-upcase (make-array 5 :element-type 'character :fill-pointer 2 :initial-contents "abcde")))
  :value "\"AB\"")

(defcase strings.fill-pointer-string-search-and-subseq
  :category strings
  :features (search subseq fill-pointer)
  :forms ((let ((s (make-array 8 :element-type 'character :fill-pointer 4 :initial-contents "abababab")))
            (list (search "ab" s :from-end t) (subseq s 1) (search "ba" s :start2 2))))
  :value "(2 \"bab\" NIL)")

(defcase strings.with-output-to-string-into-fill-pointer-string
  :category strings
  :features (with-output-to-string fill-pointer)
  :forms ((let ((s (make-array 4 :element-type 'character :fill-pointer 0 :adjustable t)))
            (with-output-to-string (out s)
              (write-string "abc" out)
              (write-char #\d out)
              (write-string "ef" out))
            (list s (length s))))
  :value "(\"abcdef\" 6)")

(defcase strings.vector-pop-from-string
  :category strings
  :features (vector-pop fill-pointer)
  :forms ((let ((s (make-array 3 :element-type 'character :fill-pointer 3 :initial-contents "xyz")))
            (list (vector-pop s) s)))
  :value "(#\\z \"xy\")")

;;; ---- other sequence functions on strings ----

(defcase strings.concatenate-with-symbol-names-and-chars
  :category strings
  :features (concatenate)
  :forms ((concatenate 'string (symbol-name 'ab) (list #\- #\c) (vector #\d) ""))
  :value "\"AB-cd\"")

(defcase strings.string-search-bounds-and-mismatch
  :category strings
  :features (search mismatch)
  :forms ((list (search "needle" "haystack with needle") (mismatch "prefix-a" "prefix-b") (search "a" "banana" :start2 2 :from-end t)))
  :value "(14 7 5)")

(defcase strings.reverse-and-remove-on-strings-keep-type
  :category strings
  :features (reverse remove stringp)
  :forms ((let ((r (reverse "abc")) (m (remove #\b "abcb")))
            (list r m (stringp r) (stringp m))))
  :value "(\"cba\" \"ac\" T T)")

(defcase strings.map-string-result
  :category strings
  :features (map)
  :forms ((map 'string (lambda (a b) (if (char< a b) a b)) "adcz" "bbyy"))
  :value "\"abcy\"")

(defcase strings.sort-string-stable-chars
  :category strings
  :features (stable-sort)
  :forms ((stable-sort (copy-seq "hello world") #'char<))
  :value "\" dehllloorw\"")

(defcase strings.equal-vs-equalp-strings
  :category strings
  :features (equal equalp string=)
  :forms ((list (equal "abc" "ABC") (equalp "abc" "ABC") (equal "abc" (copy-seq "abc")) (string= "abc" "ABC")))
  :value "(NIL T T NIL)")

(defcase strings.string-designator-character-in-upcase
  :category strings
  :features (string-upcase string-capitalize)
  :forms ((list (string-upcase #\a) (string-capitalize #\b) (string-downcase "") ))
  :value "(\"A\" \"B\" \"\")")

(defcase strings.nstring-upcase-on-symbol-name-copy
  :category strings
  :features (nstring-downcase symbol-name copy-seq)
  :forms ((let ((name (copy-seq (symbol-name 'lisp))))
            (list (nstring-downcase name) (symbol-name 'lisp))))
  :value "(\"lisp\" \"LISP\")")

(defcase strings.string-comparisons-total-order
  :category strings
  :features (string< string> string<= string>= string= string/=)
  :forms ((let ((pairs '(("a" . "b") ("b" . "a") ("a" . "a") ("ab" . "a"))))
            (mapcar (lambda (p)
                      (let ((x (car p)) (y (cdr p)))
                        (list (and (string< x y) t) (and (string> x y) t) (and (string<= x y) t)
                              (and (string>= x y) t) (string= x y) (and (string/= x y) t))))
                    pairs)))
  :value "((T NIL T NIL NIL T) (NIL T NIL T NIL T) (NIL NIL T T T NIL) (NIL T NIL T NIL T))")

(defcase strings.case-insensitive-comparisons-total-order
  :category strings
  :features (string-lessp string-greaterp string-not-greaterp string-not-lessp string-equal string-not-equal)
  :forms ((mapcar (lambda (p)
                    (let ((x (car p)) (y (cdr p)))
                      (list (and (string-lessp x y) t) (and (string-greaterp x y) t) (and (string-not-greaterp x y) t)
                            (and (string-not-lessp x y) t) (string-equal x y) (and (string-not-equal x y) t))))
                  '(("a" . "B") ("B" . "a") ("Ab" . "aB"))))
  :value "((T NIL T NIL NIL T) (NIL T NIL T NIL T) (NIL NIL T T T NIL))")

(defcase strings.string-less-on-prefix-returns-length
  :category strings
  :features (string< string<=)
  :forms ((list (string< "abc" "abcdef") (string<= "abc" "abcdef") (string< "abc" "abcdef" :end2 3) (string<= "abc" "abcdef" :end2 3)))
  :value "(3 3 NIL 3)")

(defcase strings.parse-digits-via-digit-char-p-on-string
  :category strings
  :features (digit-char-p map)
  :forms ((map 'list #'digit-char-p "a1F9"))
  :value "(NIL 1 NIL 9)")

(defcase strings.string-copy-independent-of-original
  :category strings
  :features (copy-seq)
  :forms ((let* ((a (copy-seq "abc")) (b (copy-seq a)))
            (setf (char b 0) #\X)
            (list a b (simple-string-p b))))
  :value "(\"abc\" \"Xbc\" T)")

(defcase strings.subseq-of-string-is-fresh-string
  :category strings
  :features (subseq stringp)
  :forms ((let* ((s (copy-seq "hello")) (sub (subseq s 1 3)))
            (setf (char sub 0) #\E)
            (list s sub (stringp sub))))
  :value "(\"hello\" \"El\" T)")

(defcase strings.fill-string-with-bounds
  :category strings
  :features (fill)
  :forms ((fill (make-string 6 :initial-element #\.) #\# :start 1 :end 5))
  :value "\".####.\"")

(defcase strings.replace-in-string-bounds
  :category strings
  :features (replace)
  :forms ((replace (copy-seq "0123456789") "abcdef" :start1 2 :end1 5 :start2 3))
  :value "\"01def56789\"")

(defcase strings.count-and-position-with-test-on-string
  :category strings
  :features (count position)
  :forms ((list (count #\a "AbrAcadabra" :test #'char-equal) (position #\A "xyza" :test #'char-equal :from-end t)))
  :value "(5 3)")

(defcase strings.remove-duplicates-string-case-insensitive
  :category strings
  :features (remove-duplicates)
  :forms ((remove-duplicates "aAbBcA" :test #'char-equal :from-end t))
  :value "\"abc\"")

(defcase strings.substitute-in-string-with-count
  :category strings
  :features (substitute)
  :forms ((substitute #\o #\0 "f00b00" :count 3))
  :value "\"foobo0\"")

;;; ---- displaced strings, bounds on both strings ----

(defcase strings.displaced-string-char-and-compare
  :category strings
  :features (char string= make-array)
  :forms ((let* ((base (copy-seq "prefix:value"))
                 (d (make-array 5 :element-type 'character :displaced-to base :displaced-index-offset 7)))
            (list (char d 0) (string= d "value") (stringp d) (simple-string-p d))))
  :value "(#\\v T T NIL)")

(defcase strings.nstring-capitalize-displaced-modifies-base
  :category strings
  :features (nstring-capitalize make-array)
  :forms ((let* ((base (copy-seq "aaa bbb ccc"))
                 (d (make-array 7 :element-type 'character :displaced-to base :displaced-index-offset 4)))
            (nstring-capitalize d)
            base))
  :value "\"aaa Bbb Ccc\"")

(defcase strings.string-upcase-displaced-copy
  :category strings
  :features (string-upcase make-array)
  :forms ((let* ((base (copy-seq "hello world"))
                 (d (make-array 5 :element-type 'character :displaced-to base)))
            (list (string-upcase d) base)))
  :value "(\"HELLO\" \"hello world\")")

(defcase strings.string-not-equal-bounds-index-in-string1
  :category strings
  :features (string/= string-not-equal)
  :forms ((list (string/= "xxabcd" "abXd" :start1 2) (string-not-equal "--ABCD" "abxd" :start1 2) (string/= "abc" "zabc" :start2 1)))
  :value "(4 4 NIL)")

(defcase strings.string-greater-equal-bounds
  :category strings
  :features (string>= string>)
  :forms ((list (string>= "zzabd" "abc" :start1 2) (string> "abc" "abd" :end1 2 :end2 2) (string>= "abc" "abd" :end1 2 :end2 2)))
  :value "(4 NIL 2)")

(defcase strings.string-not-lessp-bounds
  :category strings
  :features (string-not-lessp string-not-greaterp)
  :forms ((list (string-not-lessp "ABC" "xabc" :start2 1) (string-not-greaterp "abcz" "ABCA" :end1 3 :end2 3)))
  :value "(3 3)")

(defcase strings.string-equal-start2-end2
  :category strings
  :features (string-equal)
  :forms ((list (string-equal "Mid" "xxMIDxx" :start2 2 :end2 5) (string-equal "Mid" "xxMIDxx" :start2 2)))
  :value "(T NIL)")

(defcase strings.string-eq-symbol-name-case
  :category strings
  :features (string=)
  :forms ((list (string= "abc" 'abc) (string= "ABC" 'abc) (string= '|abc| "abc")))
  :value "(NIL T T)")

(defcase strings.concatenate-base-string-result
  :category strings
  :features (concatenate base-string)
  :forms ((let ((r (concatenate 'base-string "ab" "cd")))
            (list r (typep r 'base-string))))
  :value "(\"abcd\" T)")

(defcase strings.string-trim-base-string
  :category strings
  :features (string-trim base-string)
  :forms ((string-trim "." (coerce "..ok.." 'base-string)))
  :value "\"ok\"")

(defcase strings.schar-setf-base-string
  :category strings
  :features (schar setf base-string)
  :forms ((let ((b (coerce "abc" 'simple-base-string)))
            (setf (schar b 1) #\B)
            b))
  :value "\"aBc\"")

(defcase strings.string-upcase-result-is-string-for-symbol
  :category strings
  :features (string-upcase string-downcase stringp)
  :forms ((list (stringp (string-upcase 'x)) (string-downcase 'foo-bar) (string-upcase 'foo :start 1)))
  :value "(T \"foo-bar\" \"FOO\")")

(defcase strings.nstring-upcase-end-nil
  :category strings
  :features (nstring-upcase)
  :forms ((nstring-upcase (copy-seq "abcd") :start 1 :end nil))
  :value "\"aBCD\"")

(defcase strings.string-capitalize-symbol-bounds
  :category strings
  :features (string-capitalize)
  :forms ((string-capitalize 'alpha-beta-gamma :start 6))
  :value "\"ALPHA-Beta-Gamma\"")

(defcase strings.string-right-trim-newlines
  :category strings
  :features (string-right-trim)
  :forms ((string-right-trim (list #\Newline #\Return) (format nil "line~%~%")))
  :value "\"line\"")

(defcase strings.string-trim-bag-with-duplicates
  :category strings
  :features (string-trim)
  :forms ((string-trim "aaab" "abaxbaa"))
  :value "\"x\"")

(defcase strings.case-insensitive-equal-reflexive-on-mixed
  :category strings
  :features (string-lessp string-greaterp string-equal)
  :forms ((list (string-lessp "a" "A") (string-greaterp "a" "A") (string-equal "a" "A")))
  :value "(NIL NIL T)")

(defcase strings.concatenate-no-strings-empty
  :category strings
  :features (concatenate)
  :forms ((let ((s (concatenate 'string)))
            (list s (length s) (stringp s))))
  :value "(\"\" 0 T)")

(defcase strings.string-designator-char-comparisons
  :category strings
  :features (string< string-equal string=)
  :forms ((list (string= #\a "a") (string-equal #\A #\a) (string< #\a #\b) (string< #\b #\a)))
  :value "(T T 0 NIL)")

(defcase strings.string-capitalize-punctuation-separators
  :category strings
  :features (string-capitalize)
  :forms ((string-capitalize "one,two;three.four(five)six"))
  :value "\"One,Two;Three.Four(Five)Six\"")

(defcase strings.make-string-element-type-character-explicit
  :category strings
  :features (make-string)
  :forms ((let ((s (make-string 2 :initial-element #\z :element-type 'character)))
            (list s (array-element-type s))))
  :value "(\"zz\" CHARACTER)")

(defcase strings.string-capitalize-hyphens-and-ordinals
  :category strings
  :features (string-capitalize)
  :forms ((string-capitalize "x-ray 2nd-place ALL-CAPS"))
  :value "\"X-Ray 2nd-Place All-Caps\"")

(defcase strings.nstring-downcase-displaced-region
  :category strings
  :features (nstring-downcase make-array)
  :forms ((let* ((base (copy-seq "KEEP-CHANGE-KEEP"))
                 (mid (make-array 6 :element-type 'character :displaced-to base :displaced-index-offset 5)))
            (nstring-downcase mid)
            base))
  :value "\"KEEP-change-KEEP\"")

(defcase strings.string-of-fill-pointer-string-is-itself
  :category strings
  :features (string fill-pointer)
  :forms ((let ((s (make-array 4 :element-type 'character :fill-pointer 2 :initial-contents "abcd")))
            (list (eq (string s) s) (string s))))
  :value "(T \"ab\")")

(defcase strings.concatenate-respects-fill-pointers
  :category strings
  :features (concatenate fill-pointer)
  :forms ((let ((a (make-array 5 :element-type 'character :fill-pointer 2 :initial-contents "ab---"))
                (b (make-array 3 :element-type 'character :fill-pointer 1 :initial-contents "c--")))
            (concatenate 'string a b a)))
  :value "\"abcab\"")

(defcase strings.make-string-zero-is-simple-empty
  :category strings
  :features (make-string simple-string-p)
  :forms ((let ((s (make-string 0)))
            (list s (simple-string-p s) (length s) (string= s ""))))
  :value "(\"\" T 0 T)")

(defcase strings.string-greaterp-and-less-on-prefixes
  :category strings
  :features (string-greaterp string-lessp string>)
  :forms ((list (string-greaterp "abc" "AB") (string-lessp "AB" "abc") (string> "ab" "ab")))
  :value "(2 2 NIL)")

(defcase strings.base-string-compared-with-character-string-bounds
  :category strings
  :features (string= string< base-string)
  :forms ((let ((b (coerce "xxhello" 'base-string)))
            (list (string= b "hello" :start1 2) (string< b (make-string 3 :initial-element #\y)))))
  :value "(T 0)")
