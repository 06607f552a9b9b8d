;;;; corpus/forms/format.lisp — FORMAT directives: ~A ~S ~D ~B ~O ~X ~R ~C ~% ~& ~~ ~T, padding,
;;;; iteration, conditionals, ~^, ~*, ~?, and the destinations NIL, T and a stream.
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

