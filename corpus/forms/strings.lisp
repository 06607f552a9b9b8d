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
