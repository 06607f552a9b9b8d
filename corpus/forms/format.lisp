;;;; corpus/forms/format.lisp — FORMAT directives: ~A ~S ~W ~D ~B ~O ~X ~R ~P ~C ~F ~E ~G ~$ ~% ~& ~| ~~
;;;; ~newline ~T ~< ~> ~* ~? ~( ~) ~[ ~] ~{ ~} ~^ ~/ ~_, every prefix parameter (V and # too) and
;;;; modifier, FORMATTER, and the destinations NIL, T, a stream and a string with a fill pointer.
;;;; Expectations come from SBCL 2.2.9 (tools/oracle/oracle.lisp).

(defcase format.a-string
  :category format
  :features (format directive-a)
  :forms ((format nil "~A" "text"))
  :value "\"text\"")

(defcase format.a-symbol
  :category format
  :features (format directive-a)
  :forms ((format nil "~A" 'sym))
  :value "\"SYM\"")

(defcase format.a-list
  :category format
  :features (format directive-a)
  :forms ((format nil "~A" '(1 "two" #\3)))
  :value "\"(1 two 3)\"")

(defcase format.a-nil
  :category format
  :features (format directive-a)
  :forms ((format nil "~A" nil))
  :value "\"NIL\"")

(defcase format.a-colon-nil
  :category format
  :features (format directive-a)
  :forms ((format nil "~:A" nil))
  :value "\"()\"")

(defcase format.a-mincol
  :category format
  :features (format directive-a padding)
  :forms ((format nil "[~6A]" "ab"))
  :value "\"[ab    ]\"")

(defcase format.a-mincol-left-pad
  :category format
  :features (format directive-a padding)
  :forms ((format nil "[~6@A]" "ab"))
  :value "\"[    ab]\"")

(defcase format.a-too-long-not-truncated
  :category format
  :features (format directive-a padding)
  :forms ((format nil "[~2A]" "abcdef"))
  :value "\"[abcdef]\"")

(defcase format.s-string
  :category format
  :features (format directive-s)
  :forms ((format nil "~S" "a\"b"))
  :value "\"\\\"a\\\\\\\"b\\\"\"")

(defcase format.s-char
  :category format
  :features (format directive-s)
  :forms ((format nil "~S" #\a))
  :value "\"#\\\\a\"")

(defcase format.s-list
  :category format
  :features (format directive-s)
  :forms ((format nil "~S" '(1 "two" #\3)))
  :value "\"(1 \\\"two\\\" #\\\\3)\"")

(defcase format.s-keyword
  :category format
  :features (format directive-s)
  :forms ((format nil "~S" :key))
  :value "\":KEY\"")

(defcase format.d-positive
  :category format
  :features (format directive-d)
  :forms ((format nil "~D" 42))
  :value "\"42\"")

(defcase format.d-negative
  :category format
  :features (format directive-d)
  :forms ((format nil "~D" -42))
  :value "\"-42\"")

(defcase format.d-zero
  :category format
  :features (format directive-d)
  :forms ((format nil "~D" 0))
  :value "\"0\"")

(defcase format.d-width
  :category format
  :features (format directive-d padding)
  :forms ((format nil "[~5D]" 42))
  :value "\"[   42]\"")

(defcase format.d-zero-pad
  :category format
  :features (format directive-d padding)
  :forms ((format nil "~5,'0D" 42))
  :value "\"00042\"")

(defcase format.d-zero-pad-negative
  :category format
  :features (format directive-d padding)
  :forms ((format nil "~5,'0D" -42))
  :value "\"00-42\"")

(defcase format.d-width-smaller-than-number
  :category format
  :features (format directive-d padding)
  :forms ((format nil "~2D" 12345))
  :value "\"12345\"")

(defcase format.d-plus-sign
  :category format
  :features (format directive-d)
  :forms ((format nil "~@D ~@D ~@D" 5 0 -5))
  :value "\"+5 +0 -5\"")

(defcase format.d-commas
  :category format
  :features (format directive-d)
  :forms ((format nil "~:D" 1234567))
  :value "\"1,234,567\"")

(defcase format.d-commas-small
  :category format
  :features (format directive-d)
  :forms ((format nil "~:D" 999))
  :value "\"999\"")

(defcase format.d-commas-negative
  :category format
  :features (format directive-d)
  :forms ((format nil "~:D" -1234567))
  :value "\"-1,234,567\"")

(defcase format.d-commas-and-sign
  :category format
  :features (format directive-d)
  :forms ((format nil "~:@D" 1234567))
  :value "\"+1,234,567\"")

(defcase format.d-custom-comma-char
  :category format
  :features (format directive-d)
  :forms ((format nil "~,,'.,4:D" 123456789))
  :value "\"1.2345.6789\"")

(defcase format.d-non-integer-like-a
  :category format
  :features (format directive-d)
  :forms ((format nil "~D" 'sym))
  :value "\"SYM\"")

(defcase format.d-bignum
  :category format
  :features (format directive-d bignums)
  :forms ((format nil "~D" (expt 2 70)))
  :value "\"1180591620717411303424\"")

(defcase format.b-binary
  :category format
  :features (format directive-b)
  :forms ((format nil "~B" 10))
  :value "\"1010\"")

(defcase format.b-binary-padded
  :category format
  :features (format directive-b padding)
  :forms ((format nil "~8,'0B" 5))
  :value "\"00000101\"")

(defcase format.b-negative
  :category format
  :features (format directive-b)
  :forms ((format nil "~B" -5))
  :value "\"-101\"")

(defcase format.o-octal
  :category format
  :features (format directive-o)
  :forms ((format nil "~O" 64))
  :value "\"100\"")

(defcase format.x-hex
  :category format
  :features (format directive-x)
  :forms ((format nil "~X" 255))
  :value "\"FF\"")

(defcase format.x-hex-padded
  :category format
  :features (format directive-x padding)
  :forms ((format nil "~4,'0X" 255))
  :value "\"00FF\"")

(defcase format.x-hex-negative
  :category format
  :features (format directive-x)
  :forms ((format nil "~X" -255))
  :value "\"-FF\"")

(defcase format.r-radix-36
  :category format
  :features (format directive-r)
  :forms ((format nil "~36R" 35))
  :value "\"Z\"")

(defcase format.r-radix-2
  :category format
  :features (format directive-r)
  :forms ((format nil "~2R" 6))
  :value "\"110\"")

(defcase format.r-cardinal
  :category format
  :features (format directive-r)
  :forms ((format nil "~R" 123))
  :value "\"one hundred twenty-three\"")

(defcase format.r-ordinal
  :category format
  :features (format directive-r)
  :forms ((format nil "~:R" 3))
  :value "\"third\"")

(defcase format.r-roman
  :category format
  :features (format directive-r)
  :forms ((format nil "~@R" 1994))
  :value "\"MCMXCIV\"")

(defcase format.r-cardinal-zero-negative
  :category format
  :features (format directive-r)
  :forms ((format nil "~R / ~R" 0 -7))
  :value "\"zero / negative seven\"")

(defcase format.c-char
  :category format
  :features (format directive-c)
  :forms ((format nil "~C" #\x))
  :value "\"x\"")

(defcase format.c-space-name
  :category format
  :features (format directive-c)
  :forms ((format nil "~:C" #\Space))
  :value "\"Space\"")

(defcase format.c-readable
  :category format
  :features (format directive-c)
  :forms ((format nil "~@C" #\x))
  :value "\"#\\\\x\"")

(defcase format.percent-newline
  :category format
  :features (format directive-percent)
  :forms ((format nil "a~%b"))
  :value "\"a
b\"")

(defcase format.percent-count
  :category format
  :features (format directive-percent)
  :forms ((format nil "a~3%b"))
  :value "\"a


b\"")

(defcase format.ampersand-at-start
  :category format
  :features (format directive-ampersand)
  :forms ((format nil "~&x"))
  :value "\"x\"")

(defcase format.ampersand-after-newline
  :category format
  :features (format directive-ampersand)
  :forms ((format nil "a~%~&b"))
  :value "\"a
b\"")

(defcase format.ampersand-after-text
  :category format
  :features (format directive-ampersand)
  :forms ((format nil "a~&b"))
  :value "\"a
b\"")

(defcase format.tilde-literal
  :category format
  :features (format directive-tilde)
  :forms ((format nil "100~~ ~3~"))
  :value "\"100~ ~~~\"")

(defcase format.newline-directive-skips-whitespace
  :category format
  :features (format tilde-newline)
  :forms ((format nil "ab~
     cd"))
  :value "\"abcd\"")

(defcase format.tabulate-column
  :category format
  :features (format directive-t)
  :forms ((format nil "ab~10Tc"))
  :value "\"ab        c\"")

(defcase format.tabulate-past-column
  :category format
  :features (format directive-t)
  :forms ((format nil "abcdef~3Tg"))
  :value "\"abcdef g\"")

(defcase format.iteration-list
  :category format
  :features (format directive-brace)
  :forms ((format nil "~{~A~^, ~}" '(1 2 3)))
  :value "\"1, 2, 3\"")

(defcase format.iteration-empty-list
  :category format
  :features (format directive-brace)
  :forms ((format nil "[~{~A~^, ~}]" nil))
  :value "\"[]\"")

(defcase format.iteration-pairs
  :category format
  :features (format directive-brace)
  :forms ((format nil "~{~A=~A~^ ~}" '(a 1 b 2)))
  :value "\"A=1 B=2\"")

(defcase format.iteration-sublists
  :category format
  :features (format directive-brace)
  :forms ((format nil "~:{(~A ~A)~}" '((1 2) (3 4))))
  :value "\"(1 2)(3 4)\"")

(defcase format.iteration-rest-args
  :category format
  :features (format directive-brace)
  :forms ((format nil "~@{~A~^-~}" 1 2 3))
  :value "\"1-2-3\"")

(defcase format.iteration-nested
  :category format
  :features (format directive-brace)
  :forms ((format nil "~{[~{~A~}]~}" '((1 2) (3) ())))
  :value "\"[12][3][]\"")

(defcase format.iteration-max-count
  :category format
  :features (format directive-brace)
  :forms ((format nil "~2{~A~}" '(a b c d)))
  :value "\"AB\"")

(defcase format.iteration-at-least-once
  :category format
  :features (format directive-brace)
  :forms ((format nil "[~{x~:}]" nil))
  :value "\"[x]\"")

(defcase format.iteration-sublists-rest-args
  :category format
  :features (format directive-brace)
  :forms ((format nil "~:@{<~A,~A>~}" (list 1 2) (list 3 4)))
  :value "\"<1,2><3,4>\"")

(defcase format.caret-outside-iteration
  :category format
  :features (format directive-caret)
  :forms ((format nil "~A~^ and ~A" 1))
  :value "\"1\"")

(defcase format.conditional-index
  :category format
  :features (format directive-bracket)
  :forms ((format nil "~[zero~;one~;two~]" 1))
  :value "\"one\"")

(defcase format.conditional-index-out-of-range
  :category format
  :features (format directive-bracket)
  :forms ((format nil "[~[zero~;one~]]" 5))
  :value "\"[]\"")

(defcase format.conditional-default-clause
  :category format
  :features (format directive-bracket)
  :forms ((format nil "~[zero~;one~:;many~]" 9))
  :value "\"many\"")

(defcase format.conditional-boolean
  :category format
  :features (format directive-bracket)
  :forms ((format nil "~:[no~;yes~] ~:[no~;yes~]" nil 7))
  :value "\"no yes\"")

(defcase format.conditional-at-true
  :category format
  :features (format directive-bracket)
  :forms ((format nil "~@[value=~A~]" 5))
  :value "\"value=5\"")

(defcase format.conditional-at-false
  :category format
  :features (format directive-bracket)
  :forms ((format nil "~@[value=~A~]done" nil))
  :value "\"done\"")

(defcase format.plural
  :category format
  :features (format directive-p)
  :forms ((format nil "~D item~:P, ~D item~:P" 1 3))
  :value "\"1 item, 3 items\"")

(defcase format.plural-y-ies
  :category format
  :features (format directive-p)
  :forms ((format nil "~D pon~:@P ~D pon~:@P" 1 2))
  :value "\"1 pony 2 ponies\"")

(defcase format.goto-skip
  :category format
  :features (format directive-star)
  :forms ((format nil "~A ~*~A" 1 2 3))
  :value "\"1 3\"")

(defcase format.goto-back
  :category format
  :features (format directive-star)
  :forms ((format nil "~A ~:*~A" 7))
  :value "\"7 7\"")

(defcase format.goto-absolute
  :category format
  :features (format directive-star)
  :forms ((format nil "~A ~A ~0@*~A" 1 2))
  :value "\"1 2 1\"")

(defcase format.recursive-processing
  :category format
  :features (format directive-question)
  :forms ((format nil "<~?>" "~A-~A" '(1 2)))
  :value "\"<1-2>\"")

(defcase format.recursive-processing-at
  :category format
  :features (format directive-question)
  :forms ((format nil "<~@?>" "~A-~A" 1 2))
  :value "\"<1-2>\"")

(defcase format.case-upcase
  :category format
  :features (format directive-paren)
  :forms ((format nil "~:@(~A~)" "hello world"))
  :value "\"HELLO WORLD\"")

(defcase format.case-downcase
  :category format
  :features (format directive-paren)
  :forms ((format nil "~(~A~)" "HELLO World"))
  :value "\"hello world\"")

(defcase format.case-capitalize
  :category format
  :features (format directive-paren)
  :forms ((format nil "~:(~A~)" "hello big world"))
  :value "\"Hello Big World\"")

(defcase format.case-first-word
  :category format
  :features (format directive-paren)
  :forms ((format nil "~@(~A~)" "hello BIG world"))
  :value "\"Hello big world\"")

(defcase format.justify-right
  :category format
  :features (format directive-justify)
  :forms ((format nil "~10<abc~>"))
  :value "\"       abc\"")

(defcase format.justify-spread
  :category format
  :features (format directive-justify)
  :forms ((format nil "~11<a~;b~;c~>"))
  :value "\"a    b    c\"")

(defcase format.to-t-writes-stdout
  :category format
  :features (format stdout)
  :forms ((format t "~A~%" "out"))
  :value "NIL"
  :stdout "out
")

(defcase format.to-stream
  :category format
  :features (format with-output-to-string)
  :forms ((with-output-to-string (s) (format s "~D+~D" 1 2)))
  :value "\"1+2\"")

(defcase format.to-string-with-fill-pointer
  :category format
  :features (format fill-pointer)
  :forms ((let ((s (make-array 0 :element-type 'character :fill-pointer 0 :adjustable t))) (format s "ab~D" 3) s))
  :value "\"ab3\"")

(defcase format.nil-returns-string
  :category format
  :features (format)
  :forms ((stringp (format nil "x")))
  :value "T")

(defcase format.stream-returns-nil
  :category format
  :features (format)
  :forms ((with-output-to-string (s) (prin1 (format s "x") s)))
  :value "\"xNIL\"")

(defcase format.argument-v-parameter
  :category format
  :features (format directive-d padding)
  :forms ((format nil "~V,'*D" 6 42))
  :value "\"****42\"")

(defcase format.argument-hash-parameter
  :category format
  :features (format directive-a)
  :forms ((format nil "~#A|" "ab" 1 2))
  :value "\"ab |\"")

(defcase format.float-f
  :category format
  :features (format directive-f floats)
  :forms ((format nil "~,2F" 3.14159))
  :value "\"3.14\"")

(defcase format.too-few-arguments
  :category format
  :features (format error)
  :forms ((format nil "~A ~A" 1))
  :signals error)

(defcase format.unknown-directive
  :category format
  :features (format error)
  :forms ((format nil "~Q" 1))
  :signals error)

(defcase format.princ-to-string-like-a
  :category format
  :features (format princ-to-string)
  :forms ((string= (format nil "~A" '(a "b")) (princ-to-string '(a "b"))))
  :value "T")

;;; ---------------------------------------------------------------- directive by directive (CLHS 22.3)

(defcase format.a-mincol-colinc
  :category format
  :features (format directive-a)
  :forms ((format nil "[~7,3A]" "ab"))
  :value "\"[ab      ]\"")

(defcase format.a-colinc-not-needed
  :category format
  :features (format directive-a)
  :forms ((format nil "[~5,3A]" "abcdef"))
  :value "\"[abcdef]\"")

(defcase format.a-minpad
  :category format
  :features (format directive-a)
  :forms ((format nil "[~,,2A]" "ab"))
  :value "\"[ab  ]\"")

(defcase format.a-minpad-even-when-wide
  :category format
  :features (format directive-a)
  :forms ((format nil "[~3,,2A]" "abcd"))
  :value "\"[abcd  ]\"")

(defcase format.a-padchar
  :category format
  :features (format directive-a)
  :forms ((format nil "[~6,,,'*A]" "ab"))
  :value "\"[ab****]\"")

(defcase format.a-all-parameters-left
  :category format
  :features (format directive-a)
  :forms ((format nil "[~8,3,1,'-@A]" "abc"))
  :value "\"[-------abc]\"")

(defcase format.a-colon-nil-only-at-top
  :category format
  :features (format directive-a)
  :forms ((format nil "~:A ~:A" nil '(nil)))
  :value "\"() (NIL)\"")

(defcase format.a-colon-non-nil
  :category format
  :features (format directive-a)
  :forms ((format nil "~:A" '(a)))
  :value "\"(A)\"")

(defcase format.a-character
  :category format
  :features (format directive-a)
  :forms ((format nil "~A~A" #\a #\Space))
  :value "\"a \"")

(defcase format.a-ratio-and-float
  :category format
  :features (format directive-a)
  :forms ((format nil "~A ~A" 2/4 1.5))
  :value "\"1/2 1.5\"")

(defcase format.a-binds-escape-nil
  :category format
  :features (format directive-a *print-escape*)
  :forms ((format nil "~A" '("a" #\b |c d|)))
  :value "\"(a b c d)\"")

(defcase format.a-uses-print-base
  :category format
  :features (format directive-a *print-base*)
  :forms ((let ((*print-base* 2)) (format nil "~A" 5)))
  :value "\"101\"")

(defcase format.a-v-mincol
  :category format
  :features (format directive-a v-parameter)
  :forms ((format nil "[~VA]" 4 "x"))
  :value "\"[x   ]\"")

(defcase format.a-v-padchar
  :category format
  :features (format directive-a v-parameter)
  :forms ((format nil "[~5,,,V@A]" #\. "x"))
  :value "\"[....x]\"")

(defcase format.a-v-nil-is-default
  :category format
  :features (format directive-a v-parameter)
  :forms ((format nil "[~VA]" nil "x"))
  :value "\"[x]\"")

(defcase format.s-mincol
  :category format
  :features (format directive-s)
  :forms ((format nil "[~6S]" "ab"))
  :value "\"[\\\"ab\\\"  ]\"")

(defcase format.s-mincol-left
  :category format
  :features (format directive-s)
  :forms ((format nil "[~5@S]" 'a))
  :value "\"[    A]\"")

(defcase format.s-colon-nil
  :category format
  :features (format directive-s)
  :forms ((format nil "~:S" nil))
  :value "\"()\"")

(defcase format.s-escaped-symbol
  :category format
  :features (format directive-s)
  :forms ((format nil "~S ~A" '|a b| '|a b|))
  :value "\"|a b| a b\"")

(defcase format.s-lowercase-symbol
  :category format
  :features (format directive-s)
  :forms ((format nil "~S ~A" '|x| '|x|))
  :value "\"|x| x\"")

(defcase format.s-uses-print-case
  :category format
  :features (format directive-s *print-case*)
  :forms ((let ((*print-case* :downcase)) (format nil "~S" 'abc)))
  :value "\"abc\"")

(defcase format.s-uses-print-radix
  :category format
  :features (format directive-s *print-radix*)
  :forms ((let ((*print-radix* t)) (format nil "~S" 10)))
  :value "\"10.\"")

(defcase format.w-writes-with-escape
  :category format
  :features (format directive-w)
  :forms ((list (format nil "~W" "a") (let ((*print-escape* nil)) (format nil "~W" "a"))))
  :value "(\"\\\"a\\\"\" \"a\")")

(defcase format.d-comma-interval
  :category format
  :features (format directive-d)
  :forms ((format nil "~,,,2:D" 123456))
  :value "\"12,34,56\"")

(defcase format.d-space-commachar
  :category format
  :features (format directive-d)
  :forms ((format nil "~,,' :D" 1234567))
  :value "\"1 234 567\"")

(defcase format.d-padchar-with-commas
  :category format
  :features (format directive-d)
  :forms ((format nil "~12,'*:D" 1234567))
  :value "\"***1,234,567\"")

(defcase format.d-sign-and-width
  :category format
  :features (format directive-d)
  :forms ((format nil "[~6@D]" 42))
  :value "\"[   +42]\"")

(defcase format.d-float-printed-as-a
  :category format
  :features (format directive-d)
  :forms ((format nil "~D" 1.5))
  :value "\"1.5\"")

(defcase format.d-ignores-print-base
  :category format
  :features (format directive-d *print-base*)
  :forms ((let ((*print-base* 16) (*print-radix* t)) (format nil "~D" 255)))
  :value "\"255\"")

(defcase format.d-ratio
  :category format
  :features (format directive-d)
  :forms ((format nil "~D" 1/3))
  :value "\"1/3\"")

(defcase format.d-bignum-commas
  :category format
  :features (format directive-d bignums)
  :forms ((format nil "~:D" (expt 10 12)))
  :value "\"1,000,000,000,000\"")

(defcase format.d-commas-exact-group
  :category format
  :features (format directive-d)
  :forms ((format nil "~:D ~:D" 123 -123456))
  :value "\"123 -123,456\"")

(defcase format.d-v-width-and-pad
  :category format
  :features (format directive-d v-parameter)
  :forms ((format nil "~V,VD" 6 #\0 -42))
  :value "\"000-42\"")

(defcase format.b-commas
  :category format
  :features (format directive-b)
  :forms ((format nil "~:B" 255))
  :value "\"11,111,111\"")

(defcase format.b-space-groups-of-four
  :category format
  :features (format directive-b)
  :forms ((format nil "~,,' ,4:B" 255))
  :value "\"1111 1111\"")

(defcase format.b-sign
  :category format
  :features (format directive-b)
  :forms ((format nil "~@B ~@B" 5 -5))
  :value "\"+101 -101\"")

(defcase format.b-ratio-in-binary
  :category format
  :features (format directive-b)
  :forms ((format nil "~B" 1/2))
  :value "\"1/10\"")

(defcase format.o-commas
  :category format
  :features (format directive-o)
  :forms ((format nil "~:O" 4095))
  :value "\"7,777\"")

(defcase format.o-width-padchar
  :category format
  :features (format directive-o)
  :forms ((format nil "~6,'0O" 8))
  :value "\"000010\"")

(defcase format.o-negative
  :category format
  :features (format directive-o)
  :forms ((format nil "~O" -8))
  :value "\"-10\"")

(defcase format.x-uppercase-digits
  :category format
  :features (format directive-x)
  :forms ((format nil "~X" 3054))
  :value "\"BEE\"")

(defcase format.x-sign
  :category format
  :features (format directive-x)
  :forms ((format nil "~@X" 255))
  :value "\"+FF\"")

(defcase format.x-ignores-print-radix
  :category format
  :features (format directive-x *print-radix*)
  :forms ((let ((*print-radix* t)) (format nil "~X" 255)))
  :value "\"FF\"")

(defcase format.x-commas
  :category format
  :features (format directive-x)
  :forms ((format nil "~,,'.,2:X" 65535))
  :value "\"FF.FF\"")

(defcase format.x-bignum
  :category format
  :features (format directive-x bignums)
  :forms ((format nil "~X" (expt 2 64)))
  :value "\"10000000000000000\"")

(defcase format.r-thousands
  :category format
  :features (format directive-r)
  :forms ((format nil "~R" 1234))
  :value "\"one thousand two hundred thirty-four\"")

(defcase format.r-million
  :category format
  :features (format directive-r)
  :forms ((format nil "~R" 1000000))
  :value "\"one million\"")

(defcase format.r-hundred
  :category format
  :features (format directive-r)
  :forms ((format nil "~R, ~R" 100 115))
  :value "\"one hundred, one hundred fifteen\"")

(defcase format.r-negative-words
  :category format
  :features (format directive-r)
  :forms ((format nil "~R" -21))
  :value "\"negative twenty-one\"")

(defcase format.r-teens
  :category format
  :features (format directive-r)
  :forms ((format nil "~R ~R ~R" 11 13 19))
  :value "\"eleven thirteen nineteen\"")

(defcase format.r-ordinal-teens
  :category format
  :features (format directive-r)
  :forms ((format nil "~:R ~:R ~:R" 11 12 13))
  :value "\"eleventh twelfth thirteenth\"")

(defcase format.r-ordinal-compound
  :category format
  :features (format directive-r)
  :forms ((format nil "~:R ~:R" 21 42))
  :value "\"twenty-first forty-second\"")

(defcase format.r-ordinal-round
  :category format
  :features (format directive-r)
  :forms ((format nil "~:R ~:R ~:R" 20 100 1000))
  :value "\"twentieth one hundredth one thousandth\"")

(defcase format.r-ordinal-zero
  :category format
  :features (format directive-r)
  :forms ((format nil "~:R" 0))
  :value "\"zeroth\"")

(defcase format.r-ordinal-thousand-one
  :category format
  :features (format directive-r)
  :forms ((format nil "~:R" 1001))
  :value "\"one thousand first\"")

(defcase format.r-ordinal-first-second-third
  :category format
  :features (format directive-r)
  :forms ((format nil "~:R ~:R ~:R ~:R" 1 2 3 4))
  :value "\"first second third fourth\"")

(defcase format.r-roman-small
  :category format
  :features (format directive-r)
  :forms ((format nil "~@R ~@R ~@R ~@R" 1 4 9 14))
  :value "\"I IV IX XIV\"")

(defcase format.r-roman-max
  :category format
  :features (format directive-r)
  :forms ((format nil "~@R" 3999))
  :value "\"MMMCMXCIX\"")

(defcase format.r-roman-forty-ninety
  :category format
  :features (format directive-r)
  :forms ((format nil "~@R ~@R ~@R" 40 90 400))
  :value "\"XL XC CD\"")

(defcase format.r-old-roman
  :category format
  :features (format directive-r)
  :forms ((format nil "~:@R ~:@R ~:@R" 4 9 1994))
  :value "\"IIII VIIII MDCCCCLXXXXIIII\"")

(defcase format.r-radix-padded
  :category format
  :features (format directive-r)
  :forms ((format nil "~2,8,'0R" 5))
  :value "\"00000101\"")

(defcase format.r-radix-commas
  :category format
  :features (format directive-r)
  :forms ((format nil "~16,,,' ,2:R" 65535))
  :value "\"FF FF\"")

(defcase format.r-radix-sign
  :category format
  :features (format directive-r)
  :forms ((format nil "~8@R" 8))
  :value "\"+10\"")

(defcase format.r-radix-v
  :category format
  :features (format directive-r v-parameter)
  :forms ((format nil "~VR" 3 10))
  :value "\"101\"")

(defcase format.r-radix-negative
  :category format
  :features (format directive-r)
  :forms ((format nil "~7R" -8))
  :value "\"-11\"")

(defcase format.p-zero-is-plural
  :category format
  :features (format directive-p)
  :forms ((format nil "~D dog~:P" 0))
  :value "\"0 dogs\"")

(defcase format.p-uses-next-arg
  :category format
  :features (format directive-p)
  :forms ((format nil "cat~P cat~P" 1 2))
  :value "\"cat cats\"")

(defcase format.p-at-y-ies
  :category format
  :features (format directive-p)
  :forms ((format nil "famil~@P, famil~@P" 1 2))
  :value "\"family, families\"")

(defcase format.p-colon-at-zero
  :category format
  :features (format directive-p)
  :forms ((format nil "~D pon~:@P" 0))
  :value "\"0 ponies\"")

(defcase format.p-float-one-is-not-one
  :category format
  :features (format directive-p)
  :forms ((format nil "~D item~:P" 1.0))
  :value "\"1.0 items\"")

(defcase format.c-newline-raw
  :category format
  :features (format directive-c)
  :forms ((length (format nil "~C" #\Newline)))
  :value "1")

(defcase format.c-colon-graphic
  :category format
  :features (format directive-c)
  :forms ((format nil "~:C" #\a))
  :value "\"a\"")

(defcase format.c-colon-newline-name
  :category format
  :features (format directive-c)
  :forms ((format nil "~:C" #\Newline))
  :value "\"Newline\"")

(defcase format.c-at-space-reads-back
  :category format
  :features (format directive-c read-from-string)
  :forms ((char= #\Space (read-from-string (format nil "~@C" #\Space))))
  :value "T")

(defcase format.c-at-newline
  :category format
  :features (format directive-c)
  :forms ((format nil "~@C" #\Newline))
  :value "\"#\\\\Newline\"")

(defcase format.c-at-reads-back
  :category format
  :features (format directive-c read-from-string)
  :forms ((char= #\( (read-from-string (format nil "~@C" #\())))
  :value "T")

(defcase format.c-not-a-character
  :category format
  :features (format directive-c error)
  :forms ((format nil \"~C\" 'a))
  :signals error)

(defcase format.percent-zero
  :category format
  :features (format directive-percent)
  :forms ((format nil "a~0%b"))
  :value "\"ab\"")

(defcase format.percent-v
  :category format
  :features (format directive-percent v-parameter)
  :forms ((length (format nil "~V%" 4)))
  :value "4")

(defcase format.ampersand-count-at-start
  :category format
  :features (format directive-ampersand)
  :forms ((format nil "~2&x"))
  :value "\"
x\"")

(defcase format.ampersand-count-after-text
  :category format
  :features (format directive-ampersand)
  :forms ((format nil "a~2&b"))
  :value "\"a

b\"")

(defcase format.ampersand-zero
  :category format
  :features (format directive-ampersand)
  :forms ((format nil "a~0&b"))
  :value "\"ab\"")

(defcase format.ampersand-on-stream-column
  :category format
  :features (format directive-ampersand fresh-line)
  :forms ((with-output-to-string (s) (write-string "a" s) (terpri s) (format s "~&b~&")))
  :value "\"a
b
\"")

(defcase format.page
  :category format
  :features (format directive-vertical-bar)
  :forms ((let ((s (format nil "a~|b"))) (list (length s) (char s 1))))
  :value "(3 #\\Page)")

(defcase format.page-count
  :category format
  :features (format directive-vertical-bar)
  :forms ((count #\Page (format nil "~3|")))
  :value "3")

(defcase format.tilde-v
  :category format
  :features (format directive-tilde v-parameter)
  :forms ((format nil "~V~" 3))
  :value "\"~~~\"")

(defcase format.newline-colon-keeps-whitespace
  :category format
  :features (format tilde-newline)
  :forms ((format nil "a~:
   b"))
  :value "\"a   b\"")

(defcase format.newline-at-keeps-newline
  :category format
  :features (format tilde-newline)
  :forms ((format nil "a~@
   b"))
  :value "\"a
b\"")

(defcase format.newline-plain-both-go
  :category format
  :features (format tilde-newline)
  :forms ((format nil "a~
   b"))
  :value "\"ab\"")

(defcase format.t-default-moves-one
  :category format
  :features (format directive-t)
  :forms ((format nil "ab~T|"))
  :value "\"ab |\"")

(defcase format.t-colinc-past-column
  :category format
  :features (format directive-t)
  :forms ((format nil "abcdef~4,3T|"))
  :value "\"abcdef |\"")

(defcase format.t-colinc-zero-past-column
  :category format
  :features (format directive-t)
  :forms ((format nil "abcdefghijkl~10,0T|"))
  :value "\"abcdefghijkl|\"")

(defcase format.t-relative
  :category format
  :features (format directive-t)
  :forms ((format nil "ab~3@T|"))
  :value "\"ab   |\"")

(defcase format.t-relative-colinc
  :category format
  :features (format directive-t)
  :forms ((format nil "ab~3,4@T|"))
  :value "\"ab      |\"")

(defcase format.t-after-newline
  :category format
  :features (format directive-t)
  :forms ((format nil "abc~%de~5T|"))
  :value "\"abc
de   |\"")

(defcase format.t-from-start
  :category format
  :features (format directive-t)
  :forms ((format nil "~5Tx"))
  :value "\"     x\"")

(defcase format.t-v-column
  :category format
  :features (format directive-t v-parameter)
  :forms ((format nil "a~VTb" 4))
  :value "\"a   b\"")

(defcase format.star-skip-two
  :category format
  :features (format directive-star)
  :forms ((format nil "~A ~2*~A" 1 2 3 4))
  :value "\"1 4\"")

(defcase format.star-back-two
  :category format
  :features (format directive-star)
  :forms ((format nil "~A ~A ~2:*~A ~A" 1 2))
  :value "\"1 2 1 2\"")

(defcase format.star-at-default-zero
  :category format
  :features (format directive-star)
  :forms ((format nil "~A ~A ~@*~A" 1 2))
  :value "\"1 2 1\"")

(defcase format.star-absolute-index
  :category format
  :features (format directive-star)
  :forms ((format nil "~A ~2@*~A" 1 2 3))
  :value "\"1 3\"")

(defcase format.star-in-iteration-skips-element
  :category format
  :features (format directive-star directive-brace)
  :forms ((format nil "~{~A~*~^ ~}" '(1 2 3 4)))
  :value "\"1 3\"")

(defcase format.star-back-in-iteration
  :category format
  :features (format directive-star directive-brace)
  :forms ((format nil "~{~A~:*~A~^ ~}" '(1 2)))
  :value "\"11 22\"")

(defcase format.star-past-end-errors
  :category format
  :features (format directive-star error)
  :forms ((format nil "~2*~A" 1))
  :signals error)

(defcase format.question-extra-args-ignored
  :category format
  :features (format directive-question)
  :forms ((format nil "~? ~A" "~A" '(1 2) 3))
  :value "\"1 3\"")

(defcase format.question-at-consumes
  :category format
  :features (format directive-question)
  :forms ((format nil "~@? ~A" "<~A>" 1 2))
  :value "\"<1> 2\"")

(defcase format.question-nested-iteration
  :category format
  :features (format directive-question directive-brace)
  :forms ((format nil "~?." "~{~A~^+~}" '((1 2 3))))
  :value "\"1+2+3.\"")

(defcase format.question-at-with-directives
  :category format
  :features (format directive-question)
  :forms ((format nil "~@?|~A" "~A~*" 1 2 3))
  :value "\"1|3\"")

(defcase format.case-downcase-escaped-output
  :category format
  :features (format directive-paren)
  :forms ((format nil "~(~A ~S~)" 'Foo "BAR"))
  :value "\"foo \\\"bar\\\"\"")

(defcase format.case-capitalize-punctuation
  :category format
  :features (format directive-paren)
  :forms ((format nil "~:(~A~)" "hello-world foo_bar"))
  :value "\"Hello-World Foo_Bar\"")

(defcase format.case-first-word-leading-space
  :category format
  :features (format directive-paren)
  :forms ((format nil "~@(~A~)" "  hello WORLD"))
  :value "\"  Hello world\"")

(defcase format.case-first-word-digits
  :category format
  :features (format directive-paren)
  :forms ((format nil "~@(~A~)" "1st PLACE"))
  :value "\"1st place\"")

(defcase format.case-capitalize-digit-word
  :category format
  :features (format directive-paren)
  :forms ((format nil "~:(~A~)" "hello 2WORLD"))
  :value "\"Hello 2world\"")

(defcase format.case-upcase-literal-text
  :category format
  :features (format directive-paren)
  :forms ((format nil "~:@(abc ~D def~)" 12))
  :value "\"ABC 12 DEF\"")

(defcase format.case-nested-inner-wins
  :category format
  :features (format directive-paren)
  :forms ((format nil "~(AB ~:@(cd~) EF~)"))
  :value "\"ab cd ef\"")

(defcase format.bracket-v-index
  :category format
  :features (format directive-bracket v-parameter)
  :forms ((format nil "~V[a~;b~;c~]" 2))
  :value "\"c\"")

(defcase format.bracket-hash-index
  :category format
  :features (format directive-bracket hash-parameter)
  :forms ((format nil "~#[none~;one~;two~:;many~]" 1 2))
  :value "\"two\"")

(defcase format.bracket-hash-no-args
  :category format
  :features (format directive-bracket hash-parameter)
  :forms ((format nil "~#[none~;one~]"))
  :value "\"none\"")

(defcase format.bracket-hash-many
  :category format
  :features (format directive-bracket hash-parameter)
  :forms ((format nil "~#[none~;one~:;many~]" 1 2 3))
  :value "\"many\"")

(defcase format.bracket-negative-takes-default
  :category format
  :features (format directive-bracket)
  :forms ((format nil "~[a~;b~:;other~]" -1))
  :value "\"other\"")

(defcase format.bracket-prefix-parameter
  :category format
  :features (format directive-bracket)
  :forms ((format nil "~1[a~;b~]"))
  :value "\"b\"")

(defcase format.bracket-clause-uses-args
  :category format
  :features (format directive-bracket)
  :forms ((format nil "~:[~A~;~A!~]" t 5))
  :value "\"5!\"")

(defcase format.bracket-at-true-keeps-arg
  :category format
  :features (format directive-bracket)
  :forms ((format nil "~@[<~A>~] ~A" 1 2))
  :value "\"<1> 2\"")

(defcase format.bracket-at-false-consumes
  :category format
  :features (format directive-bracket)
  :forms ((format nil "~@[<~A>~]~A" nil 2))
  :value "\"2\"")

(defcase format.bracket-in-iteration
  :category format
  :features (format directive-bracket directive-brace)
  :forms ((format nil "~{~[zero~;one~]~^,~}" '(0 1 0)))
  :value "\"zero,one,zero\"")

(defcase format.bracket-not-integer-errors
  :category format
  :features (format directive-bracket error)
  :forms ((format nil "~[a~;b~]" 'x))
  :signals error)

(defcase format.bracket-colon-at-errors
  :category format
  :features (format directive-bracket error)
  :forms ((format nil "~:@[x~]" t))
  :signals error)

(defcase format.bracket-list-oxford
  :category format
  :features (format directive-bracket hash-parameter directive-brace)
  :forms ((format nil "~@{~#[~;and ~]~A~^, ~}" 1 2 3))
  :value "\"1, 2, and 3\"")

(defcase format.brace-format-from-argument
  :category format
  :features (format directive-brace)
  :forms ((format nil "~{~}" "~A+" '(1 2)))
  :value "\"1+2+\"")

(defcase format.brace-colon-caret-colon
  :category format
  :features (format directive-brace directive-caret)
  :forms ((format nil "~:{~A~:^, ~}" '((1) (2) (3))))
  :value "\"1, 2, 3\"")

(defcase format.brace-colon-caret-ends-sublist
  :category format
  :features (format directive-brace directive-caret)
  :forms ((format nil "~:{[~A~^ ~A]~}" '((1 2) (3))))
  :value "\"[1 2][3\"")

(defcase format.brace-at-limit
  :category format
  :features (format directive-brace)
  :forms ((format nil "~2@{~A~}" 1 2 3))
  :value "\"12\"")

(defcase format.brace-zero-limit
  :category format
  :features (format directive-brace)
  :forms ((format nil "[~0{~A~}]" '(1 2)))
  :value "\"[]\"")

(defcase format.brace-colon-at-caret-colon
  :category format
  :features (format directive-brace directive-caret)
  :forms ((format nil "~:@{~A~:^/~}" '(1) '(2) '(3)))
  :value "\"1/2/3\"")

(defcase format.brace-close-colon-once-with-args
  :category format
  :features (format directive-brace)
  :forms ((format nil "~{[~A]~:}" '(1)))
  :value "\"[1]\"")

(defcase format.brace-not-a-list-errors
  :category format
  :features (format directive-brace error)
  :forms ((format nil "~{~A~}" 5))
  :signals error)

(defcase format.brace-limit-with-colon
  :category format
  :features (format directive-brace)
  :forms ((format nil "~1:{~A~}" '((a) (b))))
  :value "\"A\"")

(defcase format.brace-sublist-extra-ignored
  :category format
  :features (format directive-brace)
  :forms ((format nil "~:{~A~}" '((1 2) (3 4))))
  :value "\"13\"")

(defcase format.brace-v-limit
  :category format
  :features (format directive-brace v-parameter)
  :forms ((format nil "~V{~A~}" 2 '(a b c)))
  :value "\"AB\"")

(defcase format.caret-zero-param
  :category format
  :features (format directive-caret)
  :forms ((format nil "a~0^b"))
  :value "\"a\"")

(defcase format.caret-two-params-unequal
  :category format
  :features (format directive-caret)
  :forms ((format nil "a~1,2^b"))
  :value "\"ab\"")

(defcase format.caret-two-params-equal
  :category format
  :features (format directive-caret)
  :forms ((format nil "a~2,2^b"))
  :value "\"a\"")

(defcase format.caret-three-params-between
  :category format
  :features (format directive-caret)
  :forms ((format nil "a~1,2,3^b"))
  :value "\"a\"")

(defcase format.caret-three-params-outside
  :category format
  :features (format directive-caret)
  :forms ((format nil "a~1,4,3^b"))
  :value "\"ab\"")

(defcase format.caret-v-param
  :category format
  :features (format directive-caret v-parameter)
  :forms ((format nil "~A~V^ ~A" 1 0 2))
  :value "\"1\"")

(defcase format.caret-in-case-conversion
  :category format
  :features (format directive-caret directive-paren)
  :forms ((format nil "~:(~A~^ ~A~)" "x"))
  :value "\"X\"")

(defcase format.caret-colon-outside-colon-brace-errors
  :category format
  :features (format directive-caret error)
  :forms ((format nil "~{~A~:^ ~}" '(1 2)))
  :signals error)

(defcase format.justify-two-segments
  :category format
  :features (format directive-justify)
  :forms ((format nil "~10<abc~;def~>"))
  :value "\"abc    def\"")

(defcase format.justify-colon-pads-before
  :category format
  :features (format directive-justify)
  :forms ((format nil "~10:<abc~>"))
  :value "\"       abc\"")

(defcase format.justify-at-pads-after
  :category format
  :features (format directive-justify)
  :forms ((format nil "~10@<abc~>"))
  :value "\"abc       \"")

(defcase format.justify-center
  :category format
  :features (format directive-justify)
  :forms ((format nil "~9:@<abc~>"))
  :value "\"   abc   \"")

(defcase format.justify-colinc
  :category format
  :features (format directive-justify)
  :forms ((format nil "~5,4<abcdefg~>"))
  :value "\"  abcdefg\"")

(defcase format.justify-minpad
  :category format
  :features (format directive-justify)
  :forms ((format nil "[~3,,2<a~;b~>]"))
  :value "\"[a  b]\"")

(defcase format.justify-padchar
  :category format
  :features (format directive-justify)
  :forms ((format nil "~8,,,'*<a~;b~>"))
  :value "\"a******b\"")

(defcase format.justify-with-args
  :category format
  :features (format directive-justify)
  :forms ((format nil "~12<~A~;~A~>" "left" "right"))
  :value "\"left   right\"")

(defcase format.justify-caret-drops-segment
  :category format
  :features (format directive-justify directive-caret)
  :forms ((format nil "~15<~A~^~;~A~^~;~A~>" 'a 'b))
  :value "\"              A\""
  :note "the ~^ ends the second segment before it is complete, so only the first is justified (CLHS 22.3.6.2)")

(defcase format.justify-overflow-clause-breaks
  :category format
  :features (format directive-justify)
  :forms ((format nil "ab~<~%~1,5:;cdefg~>"))
  :value "\"ab
cdefg\"")

(defcase format.justify-overflow-clause-fits
  :category format
  :features (format directive-justify)
  :forms ((format nil "ab~<~%~1,20:;cd~>"))
  :value "\"abcd\"")

(defcase format.f-plain
  :category format
  :features (format directive-f)
  :forms ((format nil "~F" 1.5))
  :value "\"1.5\"")

(defcase format.f-d-digits
  :category format
  :features (format directive-f)
  :forms ((format nil "~,3F" 2.5))
  :value "\"2.500\"")

(defcase format.f-width-and-d
  :category format
  :features (format directive-f)
  :forms ((format nil "~6,2F" 3.14159))
  :value "\"  3.14\"")

(defcase format.f-sign
  :category format
  :features (format directive-f)
  :forms ((format nil "~6,2@F" 2.0))
  :value "\" +2.00\"")

(defcase format.f-scale
  :category format
  :features (format directive-f)
  :forms ((format nil "~,2,2F" 1.5))
  :value "\"150.00\"")

(defcase format.f-overflowchar
  :category format
  :features (format directive-f)
  :forms ((format nil "~3,2,,'*F" 123.456))
  :value "\"***\"")

(defcase format.f-padchar
  :category format
  :features (format directive-f)
  :forms ((format nil "~8,2,,,'0F" 3.5))
  :value "\"00003.50\"")

(defcase format.f-integer-arg
  :category format
  :features (format directive-f)
  :forms ((format nil "~,2F" 3))
  :value "\"3.00\"")

(defcase format.f-ratio-arg
  :category format
  :features (format directive-f)
  :forms ((format nil "~,3F" 1/4))
  :value "\"0.250\"")

(defcase format.f-width-only
  :category format
  :features (format directive-f)
  :forms ((format nil "~5F" 3.14159))
  :value "\"3.142\"")

(defcase format.f-zero-fraction-digits
  :category format
  :features (format directive-f)
  :forms ((format nil "~,0F" 2.75))
  :value "\"3.\"")

(defcase format.f-double
  :category format
  :features (format directive-f)
  :forms ((format nil "~,2F" 1.5d0))
  :value "\"1.50\"")

(defcase format.f-drops-leading-zero
  :category format
  :features (format directive-f)
  :forms ((format nil "~3,2F" 0.5))
  :value "\".50\"")

(defcase format.f-keeps-leading-zero
  :category format
  :features (format directive-f)
  :forms ((format nil "~4,2F" 0.5))
  :value "\"0.50\"")

(defcase format.f-non-number
  :category format
  :features (format directive-f)
  :forms ((format nil "~F" 'a))
  :value "\"A\"")

(defcase format.f-v-digits
  :category format
  :features (format directive-f v-parameter)
  :forms ((format nil "~,VF" 1 2.5))
  :value "\"2.5\"")

(defcase format.e-plain
  :category format
  :features (format directive-e)
  :forms ((format nil "~E" 1.5))
  :value "\"1.5e+0\"")

(defcase format.e-d-digits
  :category format
  :features (format directive-e)
  :forms ((format nil "~,2E" 1234.5))
  :value "\"1.23e+3\"")

(defcase format.e-exponent-digits
  :category format
  :features (format directive-e)
  :forms ((format nil "~,2,2E" 1234.5))
  :value "\"1.23e+03\"")

(defcase format.e-width
  :category format
  :features (format directive-e)
  :forms ((format nil "~10,2E" 1234.5))
  :value "\"   1.23e+3\"")

(defcase format.e-scale
  :category format
  :features (format directive-e)
  :forms ((format nil "~,2,,2E" 1234.5))
  :value "\"12.3e+2\"")

(defcase format.e-overflowchar
  :category format
  :features (format directive-e)
  :forms ((format nil "~3,1,,,'*E" 1234.5))
  :value "\"***\"")

(defcase format.e-padchar
  :category format
  :features (format directive-e)
  :forms ((format nil "~10,1,,,,'_E" 1.5))
  :value "\"____1.5e+0\"")

(defcase format.e-exptchar
  :category format
  :features (format directive-e)
  :forms ((format nil "~,2,,,,,'DE" 1234.5))
  :value "\"1.23D+3\"")

(defcase format.e-sign
  :category format
  :features (format directive-e)
  :forms ((format nil "~,2@E" 1234.5))
  :value "\"+1.23e+3\"")

(defcase format.e-double
  :category format
  :features (format directive-e)
  :forms ((format nil "~,3E" 1.5d3))
  :value "\"1.500d+3\""
  :note "the exponent marker prin1 would print: d, since *read-default-float-format* is single-float")

(defcase format.e-negative-exponent
  :category format
  :features (format directive-e)
  :forms ((format nil "~,2E" 0.00125))
  :value "\"1.25e-3\"")

(defcase format.g-fixed-range
  :category format
  :features (format directive-g)
  :forms ((format nil "~G|" 1.5))
  :value "\"1.5    |\"")

(defcase format.g-exponent-range
  :category format
  :features (format directive-g)
  :forms ((format nil "~,2G|" 123456789.0))
  :value "\"1.23e+8|\"")

(defcase format.g-d-digits
  :category format
  :features (format directive-g)
  :forms ((format nil "~,3G|" 12.5))
  :value "\"12.5    |\"")

(defcase format.dollar-default
  :category format
  :features (format directive-dollar)
  :forms ((format nil "~$" 3.14159))
  :value "\"3.14\"")

(defcase format.dollar-d
  :category format
  :features (format directive-dollar)
  :forms ((format nil "~3$" 2.5))
  :value "\"2.500\"")

(defcase format.dollar-n-leading-digits
  :category format
  :features (format directive-dollar)
  :forms ((format nil "~,3$" 2.5))
  :value "\"002.50\"")

(defcase format.dollar-width
  :category format
  :features (format directive-dollar)
  :forms ((format nil "~2,3,8$" 2.5))
  :value "\"  002.50\"")

(defcase format.dollar-sign
  :category format
  :features (format directive-dollar)
  :forms ((format nil "~@$" 2.5))
  :value "\"+2.50\"")

(defcase format.dollar-padchar
  :category format
  :features (format directive-dollar)
  :forms ((format nil "~2,,8,'*$" 2.5))
  :value "\"****2.50\"")

(defcase format.dollar-colon-sign-before-padding
  :category format
  :features (format directive-dollar)
  :forms ((format nil "~2,,8:$" -2.5))
  :value "\"-   2.50\"")

(defcase format.dollar-integer
  :category format
  :features (format directive-dollar)
  :forms ((format nil "~$" 5))
  :value "\"5.00\"")

(defcase format.underscore-no-pretty
  :category format
  :features (format directive-underscore *print-pretty*)
  :forms ((format nil "a~_b~:_c~@_d"))
  :value "\"abcd\"")

(defcase format.slash-calls-function
  :category format
  :features (format directive-slash defun)
  :forms ((defun cl-user::corpus-format-slash-probe (stream arg colon at &rest params)
           (format stream "<~A ~A ~A ~A>" arg colon at params))
         (format nil "~/corpus-format-slash-probe/ ~:@/corpus-format-slash-probe/ ~3,4/corpus-format-slash-probe/" 1 2 3))
  :value "\"<1 NIL NIL NIL> <2 T T NIL> <3 NIL NIL (3 4)>\"")

(defcase format.formatter-with-format
  :category format
  :features (format formatter)
  :forms ((format nil (formatter "~A-~A") 1 2))
  :value "\"1-2\"")

(defcase format.formatter-returns-unused-args
  :category format
  :features (format formatter)
  :forms ((with-output-to-string (*standard-output*) (prin1 (funcall (formatter "~A") *standard-output* 'x 'y 'z))))
  :value "\"X(Y Z)\"")

(defcase format.empty-control-string
  :category format
  :features (format)
  :forms ((format nil ""))
  :value "\"\"")

(defcase format.to-fill-pointer-string-returns-nil
  :category format
  :features (format fill-pointer)
  :forms ((let ((s (make-array 2 :element-type (quote character) :fill-pointer 0 :adjustable t))) (list (format s "~A" 12345) s)))
  :value "(NIL \"12345\")")

(defcase format.to-t-returns-nil
  :category format
  :features (format)
  :forms ((format t "x"))
  :value "NIL"
  :stdout "x")

(defcase format.to-standard-output-stream
  :category format
  :features (format *standard-output*)
  :forms ((format *standard-output* "~A|~A" 1 2))
  :value "NIL"
  :stdout "1|2")

(defcase format.unterminated-directive-errors
  :category format
  :features (format error)
  :forms ((format nil "~(abc"))
  :signals error)

(defcase format.unmatched-close-errors
  :category format
  :features (format error)
  :forms ((format nil "~A~}" 1))
  :signals error)

(defcase format.iteration-over-many-args-and-text
  :category format
  :features (format directive-brace)
  :forms ((format nil "Items:~{ ~A=~D~}." '(a 1 b 2)))
  :value "\"Items: A=1 B=2.\"")
