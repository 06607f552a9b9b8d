;;;; corpus/forms/reader.lisp — the reader: READ-FROM-STRING on numbers, symbols, escapes, package
;;;; markers, comments, #-syntax, #+/#-; :source cases for text the suite's reader need not parse.
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
  :features (read-from-string sharpsign-dot)
  :forms ((read-from-string "#.(+ 1 2)"))
  :value "3")

(defcase reader.read-eval-disabled
  :category reader
  :features (read-from-string sharpsign-dot reader-error)
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

