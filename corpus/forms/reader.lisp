;;;; corpus/forms/reader.lisp — the reader: READ-FROM-STRING on numbers, symbols, escapes, package
;;;; markers, comments, #-syntax, #+/#-, readtables; literals (#* #nA #C #P #n= #n# #+ #- #| #\) written
;;;; straight into :forms, which the suite's reader reads (all but #. and #S); :source cases for the rest.
;;;; Expectations come from SBCL 2.2.9 (tools/oracle/oracle.lisp).

(defcase reader.integer
  :category reader
  :features (read-from-string)
  :forms ((read-from-string "42"))
  :value "42")

(defcase reader.integer-plus-sign
  :category reader
  :features (read-from-string)
  :forms ((read-from-string "+42"))
  :value "42")

(defcase reader.integer-negative
  :category reader
  :features (read-from-string)
  :forms ((read-from-string "-42"))
  :value "-42")

(defcase reader.integer-trailing-dot
  :category reader
  :features (read-from-string)
  :forms ((read-from-string "42."))
  :value "42")

(defcase reader.integer-bignum
  :category reader
  :features (read-from-string bignums)
  :forms ((read-from-string "123456789012345678901234567890"))
  :value "123456789012345678901234567890")

(defcase reader.ratio
  :category reader
  :features (read-from-string ratios)
  :forms ((read-from-string "6/4"))
  :value "3/2")

(defcase reader.ratio-negative
  :category reader
  :features (read-from-string ratios)
  :forms ((read-from-string "-1/2"))
  :value "-1/2")

(defcase reader.ratio-integral
  :category reader
  :features (read-from-string ratios)
  :forms ((read-from-string "4/2"))
  :value "2")

(defcase reader.float-default-single
  :category reader
  :features (read-from-string floats)
  :forms ((type-of (read-from-string "1.5")))
  :value "SINGLE-FLOAT")

(defcase reader.float-exponent
  :category reader
  :features (read-from-string floats)
  :forms ((read-from-string "1.5e3"))
  :value "1500.0")

(defcase reader.float-double-marker
  :category reader
  :features (read-from-string floats)
  :forms ((read-from-string "1.5d0"))
  :value "1.5d0")

(defcase reader.float-leading-dot
  :category reader
  :features (read-from-string floats)
  :forms ((read-from-string ".5"))
  :value "0.5")

(defcase reader.read-base-16
  :category reader
  :features (read-from-string *read-base*)
  :forms ((let ((*read-base* 16)) (read-from-string "ff")))
  :value "255")

(defcase reader.read-base-decimal-point-wins
  :category reader
  :features (read-from-string *read-base*)
  :forms ((let ((*read-base* 16)) (read-from-string "10.")))
  :value "10")

(defcase reader.radix-hex
  :category reader
  :features (read-from-string sharpsign-x)
  :forms ((read-from-string "#xFF"))
  :value "255")

(defcase reader.radix-binary
  :category reader
  :features (read-from-string sharpsign-b)
  :forms ((read-from-string "#b-101"))
  :value "-5")

(defcase reader.radix-octal
  :category reader
  :features (read-from-string sharpsign-o)
  :forms ((read-from-string "#o17"))
  :value "15")

(defcase reader.radix-general
  :category reader
  :features (read-from-string sharpsign-r)
  :forms ((read-from-string "#3r120"))
  :value "15")

(defcase reader.radix-ratio
  :category reader
  :features (read-from-string sharpsign-x ratios)
  :forms ((read-from-string "#x1/2"))
  :value "1/2")

(defcase reader.symbol-upcased
  :category reader
  :features (read-from-string symbols)
  :forms ((symbol-name (read-from-string "hello")))
  :value "\"HELLO\"")

(defcase reader.symbol-bars-preserve-case
  :category reader
  :features (read-from-string symbols)
  :forms ((symbol-name (read-from-string "|Hello World|")))
  :value "\"Hello World\"")

(defcase reader.symbol-backslash-escape
  :category reader
  :features (read-from-string symbols)
  :forms ((symbol-name (read-from-string "a\\b")))
  :value "\"Ab\"")

(defcase reader.symbol-partial-bars
  :category reader
  :features (read-from-string symbols)
  :forms ((symbol-name (read-from-string "ab|cD|ef")))
  :value "\"ABcDEF\"")

(defcase reader.symbol-number-like-escaped
  :category reader
  :features (read-from-string symbols)
  :forms ((symbolp (read-from-string "\\1")))
  :value "T")

(defcase reader.symbol-dots
  :category reader
  :features (read-from-string symbols)
  :forms ((symbol-name (read-from-string "a.b")))
  :value "\"A.B\"")

(defcase reader.symbol-plus
  :category reader
  :features (read-from-string symbols)
  :forms ((symbolp (read-from-string "+")))
  :value "T")

(defcase reader.symbol-1+
  :category reader
  :features (read-from-string symbols)
  :forms ((read-from-string "1+"))
  :value "1+")

(defcase reader.keyword
  :category reader
  :features (read-from-string keywords)
  :forms ((read-from-string ":key"))
  :value ":KEY")

(defcase reader.keyword-package
  :category reader
  :features (read-from-string keywords)
  :forms ((eq (symbol-package (read-from-string ":k")) (find-package "KEYWORD")))
  :value "T")

(defcase reader.package-prefix-cl
  :category reader
  :features (read-from-string packages)
  :forms ((eq (read-from-string "cl:car") 'car))
  :value "T")

(defcase reader.package-double-colon
  :category reader
  :features (read-from-string packages)
  :forms ((eq (read-from-string "common-lisp::list") 'list))
  :value "T")

(defcase reader.string-escapes
  :category reader
  :features (read-from-string strings)
  :forms ((read-from-string "\"a\\\"b\\\\c\""))
  :value "\"a\\\"b\\\\c\"")

(defcase reader.string-length-with-escapes
  :category reader
  :features (read-from-string strings)
  :forms ((length (read-from-string "\"\\a\\b\"")))
  :value "2")

(defcase reader.character-letter
  :category reader
  :features (read-from-string characters)
  :forms ((read-from-string "#\\z"))
  :value "#\\z")

(defcase reader.character-name-space
  :category reader
  :features (read-from-string characters)
  :forms ((char-code (read-from-string "#\\Space")))
  :value "32")

(defcase reader.character-name-case-insensitive
  :category reader
  :features (read-from-string characters)
  :forms ((char-code (read-from-string "#\\newline")))
  :value "10")

(defcase reader.character-paren
  :category reader
  :features (read-from-string characters)
  :forms ((read-from-string "#\\("))
  :value "#\\(")

(defcase reader.list
  :category reader
  :features (read-from-string conses)
  :forms ((read-from-string "(1 (2 3) \"x\")"))
  :value "(1 (2 3) \"x\")")

(defcase reader.dotted-pair
  :category reader
  :features (read-from-string conses)
  :forms ((read-from-string "(a . b)"))
  :value "(A . B)")

(defcase reader.dotted-list-nil-tail
  :category reader
  :features (read-from-string conses)
  :forms ((read-from-string "(a . (b . nil))"))
  :value "(A B)")

(defcase reader.empty-list-is-nil
  :category reader
  :features (read-from-string conses)
  :forms ((eq (read-from-string "()") nil))
  :value "T")

(defcase reader.quote
  :category reader
  :features (read-from-string quote)
  :forms ((read-from-string "'x"))
  :value "(QUOTE X)")

(defcase reader.quote-nested
  :category reader
  :features (read-from-string quote)
  :forms ((read-from-string "''x"))
  :value "(QUOTE (QUOTE X))")

(defcase reader.function-abbreviation
  :category reader
  :features (read-from-string function)
  :forms ((read-from-string "#'car"))
  :value "(FUNCTION CAR)")

(defcase reader.vector
  :category reader
  :features (read-from-string arrays)
  :forms ((read-from-string "#(1 a \"s\")"))
  :value "#(1 A \"s\")")

(defcase reader.bit-vector
  :category reader
  :features (read-from-string arrays)
  :forms ((read-from-string "#*0101"))
  :value "#*0101")

(defcase reader.line-comment
  :category reader
  :features (read-from-string comments)
  :forms ((read-from-string "; comment
 7"))
  :value "7")

(defcase reader.block-comment
  :category reader
  :features (read-from-string comments)
  :forms ((read-from-string "#| one #| nested |# two |# 8"))
  :value "8")

(defcase reader.comment-inside-list
  :category reader
  :features (read-from-string comments)
  :forms ((read-from-string "(1 ; c
 2 #| d |# 3)"))
  :value "(1 2 3)")

(defcase reader.feature-plus-true
  :category reader
  :features (read-from-string *features*)
  :forms ((read-from-string "(#+common-lisp yes no)"))
  :value "(YES NO)")

(defcase reader.feature-minus-true
  :category reader
  :features (read-from-string *features*)
  :forms ((read-from-string "(#-common-lisp yes no)"))
  :value "(NO)")

(defcase reader.feature-plus-false-skips
  :category reader
  :features (read-from-string *features*)
  :forms ((read-from-string "(#+(or) skipped kept)"))
  :value "(KEPT)")

(defcase reader.feature-and-or-not
  :category reader
  :features (read-from-string *features*)
  :forms ((read-from-string "(#+(and common-lisp (not (or))) a #-(and) b)"))
  :value "(A)")

(defcase reader.uninterned
  :category reader
  :features (read-from-string sharpsign-colon)
  :forms ((let ((s (read-from-string "#:foo"))) (list (symbol-name s) (symbol-package s))))
  :value "(\"FOO\" NIL)")

(defcase reader.second-value-position
  :category reader
  :features (read-from-string multiple-value-list)
  :forms ((multiple-value-list (read-from-string "abc def")))
  :value "(ABC 4)")

(defcase reader.start-keyword
  :category reader
  :features (read-from-string)
  :forms ((read-from-string "abc def" t nil :start 4))
  :value "DEF")

(defcase reader.eof-value
  :category reader
  :features (read-from-string eof-value)
  :forms ((read-from-string "   " nil :empty))
  :value ":EMPTY")

(defcase reader.eof-error
  :category reader
  :features (read-from-string end-of-file)
  :forms ((read-from-string ""))
  :signals end-of-file)

(defcase reader.eof-inside-list
  :category reader
  :features (read-from-string end-of-file)
  :forms ((read-from-string "(1 2"))
  :signals end-of-file)

(defcase reader.eof-inside-string
  :category reader
  :features (read-from-string end-of-file)
  :forms ((read-from-string "\"abc"))
  :signals end-of-file)

(defcase reader.unmatched-close-paren
  :category reader
  :features (read-from-string reader-error)
  :forms ((read-from-string ")"))
  :signals reader-error)

(defcase reader.dot-alone-is-error
  :category reader
  :features (read-from-string reader-error)
  :forms ((read-from-string "(a . b c)"))
  :signals reader-error)

(defcase reader.unknown-package
  :category reader
  :features (read-from-string reader-error packages)
  :forms ((read-from-string "no-such-package-xyz:sym"))
  :signals reader-error)

(defcase reader.read-eval
  :category reader
  :features (read-from-string sharpsign-dot *read-eval*)
  :forms ((read-from-string "#.(+ 1 2)"))
  :value "3")

(defcase reader.read-eval-disabled
  :category reader
  :features (read-from-string sharpsign-dot reader-error *read-eval*)
  :forms ((let ((*read-eval* nil)) (read-from-string "#.(+ 1 2)")))
  :signals reader-error)

(defcase reader.read-preserving-whitespace
  :category reader
  :features (read-preserving-whitespace with-input-from-string)
  :forms ((with-input-from-string (s "abc def") (list (read-preserving-whitespace s) (read-char s))))
  :value "(ABC #\\ )")

(defcase reader.read-consumes-one-space
  :category reader
  :features (read with-input-from-string)
  :forms ((with-input-from-string (s "abc def") (list (read s) (read-char s))))
  :value "(ABC #\\d)")

(defcase reader.read-delimited-list
  :category reader
  :features (read-delimited-list with-input-from-string)
  :forms ((with-input-from-string (s "1 2 3) 4") (read-delimited-list #\) s)))
  :value "(1 2 3)")

(defcase reader.parse-integer
  :category reader
  :features (parse-integer)
  :forms ((multiple-value-list (parse-integer "  123  ")))
  :value "(123 7)")

(defcase reader.parse-integer-radix
  :category reader
  :features (parse-integer)
  :forms ((parse-integer "ff" :radix 16))
  :value "255")

(defcase reader.parse-integer-junk-allowed
  :category reader
  :features (parse-integer)
  :forms ((multiple-value-list (parse-integer "12abc" :junk-allowed t)))
  :value "(12 2)")

(defcase reader.readtable-case-preserve
  :category reader
  :features (readtable-case copy-readtable)
  :forms ((let ((*readtable* (copy-readtable nil))) (setf (readtable-case *readtable*) :preserve) (symbol-name (read-from-string "MiXed"))))
  :value "\"MiXed\"")

(defcase reader.set-macro-character
  :category reader
  :features (set-macro-character copy-readtable)
  :forms ((let ((*readtable* (copy-readtable nil))) (set-macro-character #\! (lambda (s c) (declare (ignore c)) (list 'bang (read s t nil t)))) (read-from-string "!x")))
  :value "(BANG X)")

(defcase reader.source-complex-number
  :category reader
  :features (complex sharpsign-c)
  :source "(list #c(1 2) (realp #c(1 0)))"
  :value "(#C(1 2) T)")

(defcase reader.source-read-time-eval
  :category reader
  :features (sharpsign-dot)
  :source "(list #.(* 6 7))"
  :value "(42)")

(defcase reader.source-bar-symbol
  :category reader
  :features (symbols)
  :source "(symbol-name '|mixed Case|)"
  :value "\"mixed Case\"")

(defcase reader.source-in-package
  :category reader
  :features (in-package defpackage)
  :source "(defpackage :rd-test (:use :cl)) (in-package :rd-test) (defun f () 'here) (symbol-name (f))"
  :value "\"HERE\"")

(defcase reader.source-feature-expression
  :category reader
  :features (*features*)
  :source "(list #+common-lisp 1 #-common-lisp 2 #+(or) 3 4)"
  :value "(1 4)")

(defcase reader.source-nested-comments
  :category reader
  :features (comments)
  :source "#| outer #| inner |# still comment |# (+ 1 2) ; trailing"
  :value "3")

(defcase reader.source-unmatched-paren
  :category reader
  :features (reader-error)
  :source "(+ 1 2))"
  :signals reader-error :phase read)

(defcase reader.source-unterminated-list
  :category reader
  :features (end-of-file)
  :source "(+ 1 2"
  :signals end-of-file :phase read)

(defcase reader.source-unterminated-string
  :category reader
  :features (end-of-file)
  :source "(print \"abc)"
  :signals end-of-file :phase read)

(defcase reader.source-read-error-before-run
  :category reader
  :features (reader-error)
  :source "(print 1) (a . b c)"
  :signals reader-error :phase read)

;;; ---------------------------------------------------------------- every standard literal in :forms (the suite's reader reads them), the same syntax through READ, readtables (CLHS 2.4, 23.2)

(defcase reader.literal-bit-vector-elements
  :category reader
  :features (sharpsign-asterisk bit)
  :forms ((let ((b #*1011)) (list (length b) (bit b 0) (bit b 1) (sbit b 3))))
  :value "(4 1 0 1)")

(defcase reader.literal-bit-vector-is-simple
  :category reader
  :features (sharpsign-asterisk simple-bit-vector-p)
  :forms ((list (simple-bit-vector-p #*01) (typep #* 'simple-bit-vector) (length #*)))
  :value "(T T 0)")

(defcase reader.literal-bit-vector-repeat-last
  :category reader
  :features (sharpsign-asterisk)
  :forms (#5*10)
  :value "#*10000")

(defcase reader.literal-bit-vector-operations
  :category reader
  :features (sharpsign-asterisk bit-and equal)
  :forms ((list (equal #*101 (coerce '(1 0 1) 'bit-vector)) (bit-and #*1100 #*1010)))
  :value "(T #*1000)")

(defcase reader.literal-array-2d
  :category reader
  :features (sharpsign-a aref array-dimensions array-rank)
  :forms ((let ((a #2A((1 2 3) (4 5 6)))) (list (array-dimensions a) (aref a 1 2) (array-rank a))))
  :value "((2 3) 6 2)")

(defcase reader.literal-array-0d
  :category reader
  :features (sharpsign-a aref array-rank)
  :forms ((let ((a #0Ax)) (list (array-rank a) (aref a) (array-dimensions a))))
  :value "(0 X NIL)")

(defcase reader.literal-array-prints
  :category reader
  :features (sharpsign-a)
  :forms (#2A((a b) (c d)))
  :value "#2A((A B) (C D))")

(defcase reader.literal-array-1d-is-simple-vector
  :category reader
  :features (sharpsign-a simple-vector-p)
  :forms ((let ((v #1A(1 2 3))) (list (simple-vector-p v) (length v))))
  :value "(T 3)")

(defcase reader.literal-array-of-strings
  :category reader
  :features (sharpsign-a aref)
  :forms ((list (aref #2A("ab" "cd") 1 0) (array-dimensions #2A("ab" "cd"))))
  :value "(#\\c (2 2))")

(defcase reader.literal-array-empty-axes
  :category reader
  :features (sharpsign-a array-dimensions)
  :forms ((list (array-dimensions #2A(() ())) (array-dimensions #3A()) (array-dimensions #2A())))
  :value "((2 0) (0 0 0) (0 0))")

(defcase reader.literal-complex-parts
  :category reader
  :features (sharpsign-c realpart imagpart)
  :forms ((let ((z #c(3 4))) (list (realpart z) (imagpart z) (complexp z))))
  :value "(3 4 T)")

(defcase reader.literal-complex-canonical
  :category reader
  :features (sharpsign-c complexp)
  :forms ((list #c(5 0) (complexp #c(5 0)) (complexp #c(5 1))))
  :value "(5 NIL T)")

(defcase reader.literal-complex-float-contagion
  :category reader
  :features (sharpsign-c)
  :forms ((list #c(1 2.0) #c(0.5d0 0) #C(1/2 -3/4)))
  :value "(#C(1.0 2.0) #C(0.5d0 0.0d0) #C(1/2 -3/4))")

(defcase reader.literal-complex-arithmetic
  :category reader
  :features (sharpsign-c * +)
  :forms ((list (* #c(0 1) #c(0 1)) (+ #c(1 2) #c(1 -2))))
  :value "(-1 2)")

(defcase reader.literal-pathname
  :category reader
  :features (sharpsign-p pathnamep pathname-name pathname-type)
  :forms ((let ((p #p"dir/file.lisp")) (list (pathnamep p) (pathname-name p) (pathname-type p))))
  :value "(T \"file\" \"lisp\")")

(defcase reader.literal-pathname-namestring
  :category reader
  :features (sharpsign-p namestring)
  :forms ((namestring #P"a/b.txt"))
  :value "\"a/b.txt\"")

(defcase reader.literal-label-shared
  :category reader
  :features (sharpsign-equal-sign sharpsign-sharpsign)
  :forms ((let ((x '(#1=(a) #1#))) (eq (first x) (second x))))
  :value "T")

(defcase reader.literal-label-shared-in-vector
  :category reader
  :features (sharpsign-equal-sign sharpsign-sharpsign)
  :forms ((let ((v '#(#1="s" #1# #2=(b) #2#))) (list (eq (aref v 0) (aref v 1)) (eq (aref v 2) (aref v 3)))))
  :value "(T T)")

(defcase reader.literal-label-circular-vector
  :category reader
  :features (sharpsign-equal-sign sharpsign-sharpsign)
  :forms ((let ((v '#1=#(x #1#))) (eq v (aref v 1))))
  :value "T")

(defcase reader.literal-label-circular-list
  :category reader
  :features (sharpsign-equal-sign sharpsign-sharpsign)
  :forms ((let ((x '#1=(a b . #1#))) (list (first x) (third x) (eq x (cddr x)))))
  :value "(A A T)")

(defcase reader.literal-feature-standard
  :category reader
  :features (sharpsign-plus sharpsign-minus *features*)
  :forms ((list #+common-lisp 1 #+ansi-cl 2 #-common-lisp 3 #+ieee-floating-point 4))
  :value "(1 2 4)")

(defcase reader.literal-feature-and-or-not
  :category reader
  :features (sharpsign-plus sharpsign-minus)
  :forms ((list #+(and common-lisp (not no-such-feature)) :a #+(or no-such-feature) :b #-(or) :c #+(or no-such-feature ansi-cl) :d))
  :value "(:A :C :D)")

(defcase reader.literal-feature-nested
  :category reader
  :features (sharpsign-plus)
  :forms ((list (list #+(or) #+(and) 1 2 3) (list #+(and) #+(or) 1 2 3)))
  :value "((2 3) (2 3))")

(defcase reader.literal-feature-skips-unreadable
  :category reader
  :features (sharpsign-plus *read-suppress*)
  :forms ((list #+no-such-feature (no-such-package::x #c(a b) #*102 #1#) 1))
  :value "(1)")

(defcase reader.literal-feature-skips-a-form
  :category reader
  :features (sharpsign-minus)
  :forms ((list #-ansi-cl (error "not ANSI") :ok))
  :value "(:OK)")

(defcase reader.literal-block-comment-nested
  :category reader
  :features (sharpsign-vertical-bar)
  :forms ((list 1 #| a #| b |# c |# 2))
  :value "(1 2)")

(defcase reader.literal-char-names
  :category reader
  :features (sharpsign-backslash char-name)
  :forms ((list (char-name #\Space) (char-name #\Newline) (char= #\space #\SPACE) (char= #\newline #\Newline)))
  :value "(\"Space\" \"Newline\" T T)")

(defcase reader.literal-char-syntax-characters
  :category reader
  :features (sharpsign-backslash)
  :forms ((coerce (list #\( #\) #\; #\" #\\ #\| #\# #\' #\` #\,) 'string))
  :value "\"();\\\"\\\\|#'`,\"")

(defcase reader.literal-semi-standard-char-names
  :category reader
  :features (sharpsign-backslash characterp)
  :forms ((every (function characterp) (list #\Tab #\Page #\Rubout #\Backspace #\Return #\Linefeed)))
  :value "T")

(defcase reader.read-bit-vector-fill
  :category reader
  :features (read-from-string sharpsign-asterisk)
  :forms ((read-from-string "#5*10"))
  :value "#*10000")

(defcase reader.read-bit-vector-bad-element
  :category reader
  :features (read-from-string reader-error)
  :forms ((read-from-string "#*102"))
  :signals reader-error)

(defcase reader.read-array-2d
  :category reader
  :features (read-from-string sharpsign-a)
  :forms ((read-from-string "#2A((1 2) (3 4))"))
  :value "#2A((1 2) (3 4))")

(defcase reader.read-array-0d
  :category reader
  :features (read-from-string sharpsign-a aref)
  :forms ((aref (read-from-string "#0Ahello")))
  :value "HELLO")

(defcase reader.read-array-ragged-signals
  :category reader
  :features (read-from-string sharpsign-a)
  :forms ((read-from-string "#2A((1 2) (3))"))
  :signals error)

(defcase reader.read-complex
  :category reader
  :features (read-from-string sharpsign-c)
  :forms ((list (read-from-string "#C(1 0)") (read-from-string "#c(1.5 2)") (read-from-string "#C(0 -1)")))
  :value "(1 #C(1.5 2.0) #C(0 -1))")

(defcase reader.read-complex-malformed
  :category reader
  :features (read-from-string reader-error)
  :forms ((read-from-string "#C(1)"))
  :signals reader-error)

(defcase reader.read-pathname
  :category reader
  :features (read-from-string sharpsign-p pathnamep)
  :forms ((pathnamep (read-from-string "#P\"x.lisp\"")))
  :value "T")

(defcase reader.read-label-circular
  :category reader
  :features (read-from-string sharpsign-equal-sign)
  :forms ((let ((x (read-from-string "#1=(a . #1#)"))) (list (car x) (eq x (cdr x)))))
  :value "(A T)")

(defcase reader.read-label-shared
  :category reader
  :features (read-from-string sharpsign-equal-sign)
  :forms ((let ((x (read-from-string "(#1=(z) #1#)"))) (eq (first x) (second x))))
  :value "T")

(defcase reader.read-label-undefined
  :category reader
  :features (read-from-string reader-error)
  :forms ((read-from-string "(#1#)"))
  :signals reader-error)

(defcase reader.read-label-twice
  :category reader
  :features (read-from-string reader-error)
  :forms ((read-from-string "(#1=a #1=b)"))
  :signals reader-error)

(defcase reader.read-suppress-everything-nil
  :category reader
  :features (read-from-string *read-suppress*)
  :forms ((let ((*read-suppress* t)) (list (read-from-string "abc") (read-from-string "#\\nonsense") (read-from-string "(a no-such-package::b 1/0)"))))
  :value "(NIL NIL NIL)")

(defcase reader.read-suppress-bad-dispatch
  :category reader
  :features (read-from-string *read-suppress*)
  :forms ((let ((*read-suppress* t)) (list (read-from-string "#c(1 2 3)") (read-from-string "#.(error \"x\")"))))
  :value "(NIL NIL)")

(defcase reader.read-feature-rebound
  :category reader
  :features (read-from-string *features* sharpsign-plus)
  :forms ((let ((*features* (cons :corpus-reader-test *features*))) (read-from-string "(#+corpus-reader-test yes #-corpus-reader-test no)")))
  :value "(YES)")

(defcase reader.read-feature-empty-features
  :category reader
  :features (read-from-string *features* sharpsign-minus)
  :forms ((let ((*features* nil)) (read-from-string "(#+common-lisp a #-common-lisp b)")))
  :value "(B)")

(defcase reader.read-standard-features-present
  :category reader
  :features (*features* member)
  :forms ((list (not (null (member :common-lisp *features*))) (not (null (member :ansi-cl *features*)))))
  :value "(T T)")

(defcase reader.read-base-float-stays-decimal
  :category reader
  :features (read-from-string *read-base*)
  :forms ((let ((*read-base* 16)) (list (read-from-string "1.5") (read-from-string "1E5") (read-from-string "10."))))
  :value "(1.5 485 10)")

(defcase reader.read-base-2
  :category reader
  :features (read-from-string *read-base*)
  :forms ((let ((*read-base* 2)) (list (read-from-string "101") (read-from-string "-11/10"))))
  :value "(5 -3/2)")

(defcase reader.read-default-float-format-double
  :category reader
  :features (read-from-string *read-default-float-format*)
  :forms ((let ((*read-default-float-format* 'double-float)) (list (typep (read-from-string "1.5") 'double-float) (typep (read-from-string "1.5f0") 'single-float) (read-from-string "1.5f0"))))
  :value "(T T 1.5)")

(defcase reader.read-from-string-preserve-whitespace
  :category reader
  :features (read-from-string multiple-value-list)
  :forms ((list (multiple-value-list (read-from-string "abc def" t nil :preserve-whitespace t)) (multiple-value-list (read-from-string "abc def"))))
  :value "((ABC 3) (ABC 4))")

(defcase reader.read-from-string-end
  :category reader
  :features (read-from-string)
  :forms ((read-from-string "abcdef" t nil :end 3))
  :value "ABC")

(defcase reader.read-from-string-start-end-values
  :category reader
  :features (read-from-string multiple-value-list)
  :forms ((multiple-value-list (read-from-string "(1) (2) (3)" t nil :start 3 :end 7)))
  :value "((2) 7)")

(defcase reader.readtable-type-and-predicate
  :category reader
  :features (readtable readtablep *readtable* copy-readtable)
  :forms ((list (typep *readtable* 'readtable) (readtablep (copy-readtable)) (readtablep nil) (readtablep "x")))
  :value "(T T NIL NIL)")

(defcase reader.readtable-case-standard
  :category reader
  :features (readtable-case copy-readtable)
  :forms ((readtable-case (copy-readtable nil)))
  :value ":UPCASE")

(defcase reader.readtable-case-downcase
  :category reader
  :features (readtable-case copy-readtable read-from-string)
  :forms ((let ((*readtable* (copy-readtable nil))) (setf (readtable-case *readtable*) :downcase) (list (symbol-name (read-from-string "Hello")) (symbol-name (read-from-string "|Hello|")))))
  :value "(\"hello\" \"Hello\")")

(defcase reader.readtable-case-invert
  :category reader
  :features (readtable-case copy-readtable read-from-string)
  :forms ((let ((*readtable* (copy-readtable nil))) (setf (readtable-case *readtable*) :invert) (mapcar (lambda (s) (symbol-name (read-from-string s))) (list "hello" "HELLO" "Hello"))))
  :value "(\"HELLO\" \"hello\" \"Hello\")")

(defcase reader.readtable-case-preserve-print
  :category reader
  :features (readtable-case copy-readtable prin1-to-string)
  :forms ((let ((*readtable* (copy-readtable nil))) (setf (readtable-case *readtable*) :preserve) (list (prin1-to-string (read-from-string "MiXed")) (prin1-to-string 'car))))
  :value "(\"MiXed\" \"CAR\")")

(defcase reader.readtable-case-bad-value-signals
  :category reader
  :features (readtable-case type-error)
  :forms ((setf (readtable-case (copy-readtable nil)) (identity :sideways)))
  :signals type-error)

(defcase reader.copy-readtable-nil-is-standard
  :category reader
  :features (copy-readtable read-from-string)
  :forms ((let ((*readtable* (copy-readtable nil))) (set-syntax-from-char #\! #\') (let ((*readtable* (copy-readtable nil))) (symbol-name (read-from-string "!x")))))
  :value "\"!X\"")

(defcase reader.copy-readtable-into-existing
  :category reader
  :features (copy-readtable set-syntax-from-char read-from-string)
  :forms ((let ((from (copy-readtable nil)) (to (copy-readtable nil))) (set-syntax-from-char #\! #\' from) (list (eq (copy-readtable from to) to) (let ((*readtable* to)) (read-from-string "!x")))))
  :value "(T (QUOTE X))")

(defcase reader.copy-readtable-independent
  :category reader
  :features (copy-readtable set-syntax-from-char read-from-string)
  :forms ((let* ((a (copy-readtable nil)) (b (copy-readtable a))) (set-syntax-from-char #\! #\' b) (let ((*readtable* a)) (symbol-name (read-from-string "!y")))))
  :value "\"!Y\"")

(defcase reader.set-syntax-from-char-quote
  :category reader
  :features (set-syntax-from-char read-from-string)
  :forms ((let ((*readtable* (copy-readtable nil))) (set-syntax-from-char #\! #\') (read-from-string "!x")))
  :value "(QUOTE X)")

(defcase reader.set-syntax-from-char-whitespace
  :category reader
  :features (set-syntax-from-char read-from-string)
  :forms ((let ((*readtable* (copy-readtable nil))) (set-syntax-from-char #\_ #\Space) (read-from-string "(a_b)")))
  :value "(A B)")

(defcase reader.set-macro-character-non-terminating
  :category reader
  :features (set-macro-character read-from-string)
  :forms ((let ((*readtable* (copy-readtable nil))) (set-macro-character #\$ (lambda (s c) (declare (ignore c)) (list :dollar (read s t nil t))) t) (list (read-from-string "$x") (symbol-name (read-from-string "a$b")))))
  :value "((:DOLLAR X) \"A$B\")")

(defcase reader.set-macro-character-terminating
  :category reader
  :features (set-macro-character read-from-string)
  :forms ((let ((*readtable* (copy-readtable nil))) (set-macro-character #\$ (lambda (s c) (declare (ignore s c)) :cash)) (read-from-string "(a$b)")))
  :value "(A :CASH B)")

(defcase reader.macro-character-zero-values-is-comment
  :category reader
  :features (set-macro-character read-from-string)
  :forms ((let ((*readtable* (copy-readtable nil))) (set-macro-character #\% (lambda (s c) (declare (ignore c)) (read-line s nil) (values))) (read-from-string (format nil "(1 % ignore me~% 2)"))))
  :value "(1 2)")

(defcase reader.get-macro-character-values
  :category reader
  :features (get-macro-character multiple-value-list)
  :forms ((list (multiple-value-list (get-macro-character #\a)) (let ((paren (multiple-value-list (get-macro-character #\())) (sharp (multiple-value-list (get-macro-character #\#)))) (list (not (null (first paren))) (second paren) (not (null (first sharp))) (second sharp)))))
  :value "((NIL NIL) (T NIL T T))")

(defcase reader.get-macro-character-reuse-close-paren
  :category reader
  :features (get-macro-character set-macro-character read-delimited-list)
  :forms ((let ((*readtable* (copy-readtable nil))) (set-macro-character #\] (get-macro-character #\))) (with-input-from-string (s "1 (2 3) 4] 5") (list (read-delimited-list #\] s) (read s)))))
  :value "((1 (2 3) 4) 5)")

(defcase reader.make-dispatch-macro-character
  :category reader
  :features (make-dispatch-macro-character set-dispatch-macro-character read-from-string)
  :forms ((let ((*readtable* (copy-readtable nil))) (make-dispatch-macro-character #\!) (set-dispatch-macro-character #\! #\x (lambda (s c n) (declare (ignore c)) (list :x n (read s t nil t)))) (list (read-from-string "!3x foo") (read-from-string "!x bar"))))
  :value "((:X 3 FOO) (:X NIL BAR))")

(defcase reader.set-dispatch-macro-character-sharp
  :category reader
  :features (set-dispatch-macro-character read-from-string)
  :forms ((let ((*readtable* (copy-readtable nil))) (set-dispatch-macro-character #\# #\! (lambda (s c n) (declare (ignore s c n)) :bang)) (read-from-string "(a #!b)")))
  :value "(A :BANG B)")

(defcase reader.get-dispatch-macro-character
  :category reader
  :features (get-dispatch-macro-character)
  :forms ((list (functionp (get-dispatch-macro-character #\# #\()) (get-dispatch-macro-character #\# #\! (copy-readtable nil))))
  :value "(T NIL)")

(defcase reader.get-dispatch-macro-character-not-dispatching-signals
  :category reader
  :features (get-dispatch-macro-character)
  :forms ((get-dispatch-macro-character #\a #\b))
  :signals error)

(defcase reader.with-standard-io-syntax-rebinds
  :category reader
  :features (with-standard-io-syntax *read-base* *print-base* *print-case*)
  :forms ((let ((*read-base* 16) (*print-base* 16) (*print-case* :downcase)) (with-standard-io-syntax (list (read-from-string "10") (prin1-to-string 10) (prin1-to-string 'car)))))
  :value "(10 \"10\" \"CAR\")")

(defcase reader.with-standard-io-syntax-standard-readtable
  :category reader
  :features (with-standard-io-syntax *readtable* readtable-case)
  :forms ((let ((*readtable* (copy-readtable nil))) (setf (readtable-case *readtable*) :preserve) (with-standard-io-syntax (symbol-name (read-from-string "abc")))))
  :value "\"ABC\"")

(defcase reader.with-standard-io-syntax-values
  :category reader
  :features (with-standard-io-syntax multiple-value-list)
  :forms ((multiple-value-list (with-standard-io-syntax (values 1 2))))
  :value "(1 2)")

(defcase reader.with-standard-io-syntax-package
  :category reader
  :features (with-standard-io-syntax *package*)
  :forms ((with-standard-io-syntax (list (package-name *package*) *read-eval* *print-readably*)))
  :value "(\"COMMON-LISP-USER\" T T)")

(defcase reader.reader-error-types
  :category reader
  :features (reader-error parse-error stream-error subtypep)
  :forms ((list (subtypep 'reader-error 'parse-error) (subtypep 'reader-error 'stream-error)))
  :value "(T T)")

(defcase reader.reader-error-has-stream
  :category reader
  :features (reader-error stream-error-stream read-from-string)
  :forms ((handler-case (read-from-string ")") (reader-error (c) (streamp (stream-error-stream c)))))
  :value "T")

(defcase reader.read-too-many-dots
  :category reader
  :features (read-from-string reader-error)
  :forms ((read-from-string ".."))
  :signals reader-error)

(defcase reader.read-sharp-less-than
  :category reader
  :features (read-from-string reader-error)
  :forms ((read-from-string "#<foo>"))
  :signals reader-error)

(defcase reader.read-sharp-close-paren
  :category reader
  :features (read-from-string reader-error)
  :forms ((read-from-string "#)"))
  :signals reader-error)

(defcase reader.read-comma-outside-backquote
  :category reader
  :features (read-from-string reader-error)
  :forms ((read-from-string ",a"))
  :signals reader-error)

(defcase reader.read-backquote-evaluates
  :category reader
  :features (read-from-string eval)
  :forms ((eval (read-from-string "`(1 ,(+ 1 1) ,@(list 3 4))")))
  :value "(1 2 3 4)")

(defcase reader.read-function-abbreviation-lambda
  :category reader
  :features (read-from-string)
  :forms ((read-from-string "#'(lambda (x) x)"))
  :value "(FUNCTION (LAMBDA (X) X))")

(defcase reader.read-multiple-escapes
  :category reader
  :features (read-from-string symbol-name)
  :forms ((list (symbol-name (read-from-string "|a|b|c|")) (symbol-name (read-from-string ":||"))))
  :value "(\"aBc\" \"\")")

(defcase reader.read-internal-cl-symbol
  :category reader
  :features (read-from-string)
  :forms ((eq (read-from-string "cl::car") 'car))
  :value "T")

(defcase reader.read-consecutive-forms
  :category reader
  :features (read with-input-from-string)
  :forms ((with-input-from-string (s "a #| c |# (b . c) ; x
 #(d)") (list (read s) (read s) (read s) (read s nil :end))))
  :value "(A (B . C) #(D) :END)")
