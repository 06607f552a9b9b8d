;;;; corpus/forms/printer.lisp — PRIN1, PRINC, PRINT, WRITE-TO-STRING and friends on every kind of
;;;; object: integers in bases, ratios, floats, characters, strings, symbols needing escapes, lists.
;;;; Expectations come from SBCL 2.2.9 (tools/oracle/oracle.lisp); *print-pretty* is NIL.

(defcase printer.prin1-integer
  :category printer
  :features (prin1-to-string)
  :forms ((prin1-to-string 12345))
  :value "\"12345\"")

(defcase printer.prin1-negative-integer
  :category printer
  :features (prin1-to-string)
  :forms ((prin1-to-string -7))
  :value "\"-7\"")

(defcase printer.prin1-zero
  :category printer
  :features (prin1-to-string)
  :forms ((prin1-to-string 0))
  :value "\"0\"")

(defcase printer.prin1-bignum
  :category printer
  :features (prin1-to-string bignums)
  :forms ((prin1-to-string (expt 10 25)))
  :value "\"10000000000000000000000000\"")

(defcase printer.print-base-2
  :category printer
  :features (print-base write-to-string)
  :forms ((let ((*print-base* 2)) (prin1-to-string 10)))
  :value "\"1010\"")

(defcase printer.print-base-16
  :category printer
  :features (print-base)
  :forms ((let ((*print-base* 16)) (prin1-to-string 255)))
  :value "\"FF\"")

(defcase printer.print-base-16-negative
  :category printer
  :features (print-base)
  :forms ((let ((*print-base* 16)) (prin1-to-string -255)))
  :value "\"-FF\"")

(defcase printer.print-base-36
  :category printer
  :features (print-base)
  :forms ((let ((*print-base* 36)) (prin1-to-string 71)))
  :value "\"1Z\"")

(defcase printer.print-radix-decimal
  :category printer
  :features (print-radix)
  :forms ((let ((*print-radix* t)) (prin1-to-string 10)))
  :value "\"10.\"")

(defcase printer.print-radix-hex
  :category printer
  :features (print-radix print-base)
  :forms ((let ((*print-radix* t) (*print-base* 16)) (prin1-to-string 255)))
  :value "\"#xFF\"")

(defcase printer.print-radix-binary
  :category printer
  :features (print-radix print-base)
  :forms ((let ((*print-radix* t) (*print-base* 2)) (prin1-to-string 5)))
  :value "\"#b101\"")

(defcase printer.print-radix-octal
  :category printer
  :features (print-radix print-base)
  :forms ((let ((*print-radix* t) (*print-base* 8)) (prin1-to-string 8)))
  :value "\"#o10\"")

(defcase printer.write-to-string-base
  :category printer
  :features (write-to-string)
  :forms ((write-to-string 255 :base 16 :radix t))
  :value "\"#xFF\"")

(defcase printer.ratio
  :category printer
  :features (prin1-to-string ratios)
  :forms ((prin1-to-string 3/4))
  :value "\"3/4\"")

(defcase printer.ratio-normalized
  :category printer
  :features (prin1-to-string ratios)
  :forms ((prin1-to-string 6/8))
  :value "\"3/4\"")

(defcase printer.ratio-integral
  :category printer
  :features (prin1-to-string ratios)
  :forms ((prin1-to-string 8/4))
  :value "\"2\"")

(defcase printer.ratio-negative
  :category printer
  :features (prin1-to-string ratios)
  :forms ((prin1-to-string (/ -1 3)))
  :value "\"-1/3\"")

(defcase printer.ratio-print-base
  :category printer
  :features (print-base ratios)
  :forms ((let ((*print-base* 2)) (prin1-to-string 1/3)))
  :value "\"1/11\"")

(defcase printer.single-float
  :category printer
  :features (prin1-to-string floats)
  :forms ((prin1-to-string 1.5))
  :value "\"1.5\"")

(defcase printer.single-float-whole
  :category printer
  :features (prin1-to-string floats)
  :forms ((prin1-to-string 2.0))
  :value "\"2.0\"")

(defcase printer.double-float-marker
  :category printer
  :features (prin1-to-string floats)
  :forms ((prin1-to-string 1.5d0))
  :value "\"1.5d0\"")

(defcase printer.float-large-exponent
  :category printer
  :features (prin1-to-string floats)
  :forms ((prin1-to-string 1.0e10))
  :value "\"1.0e10\"")

(defcase printer.float-small-exponent
  :category printer
  :features (prin1-to-string floats)
  :forms ((prin1-to-string 1.0e-5))
  :value "\"1.0e-5\"")

(defcase printer.float-negative-zero
  :category printer
  :features (prin1-to-string floats)
  :forms ((prin1-to-string -0.0))
  :value "\"-0.0\"")

(defcase printer.char-letter
  :category printer
  :features (prin1-to-string characters)
  :forms ((prin1-to-string #\a))
  :value "\"#\\\\a\"")

(defcase printer.char-name-space
  :category printer
  :features (char-name characters)
  :forms ((char-name #\Space))
  :value "\"Space\"")

(defcase printer.char-newline
  :category printer
  :features (prin1-to-string characters)
  :forms ((prin1-to-string #\Newline))
  :value "\"#\\\\Newline\"")

(defcase printer.char-princ
  :category printer
  :features (princ-to-string characters)
  :forms ((princ-to-string #\a))
  :value "\"a\"")

(defcase printer.char-paren
  :category printer
  :features (prin1-to-string characters)
  :forms ((prin1-to-string #\())
  :value "\"#\\\\(\"")

(defcase printer.char-backslash
  :category printer
  :features (prin1-to-string characters)
  :forms ((prin1-to-string #\\))
  :value "\"#\\\\\\\\\"")

(defcase printer.string-escapes
  :category printer
  :features (prin1-to-string strings)
  :forms ((prin1-to-string "say \"hi\" \\ bye"))
  :value "\"\\\"say \\\\\\\"hi\\\\\\\" \\\\\\\\ bye\\\"\"")

(defcase printer.string-princ-no-escapes
  :category printer
  :features (princ-to-string strings)
  :forms ((princ-to-string "say \"hi\""))
  :value "\"say \\\"hi\\\"\"")

(defcase printer.string-empty
  :category printer
  :features (prin1-to-string strings)
  :forms ((prin1-to-string ""))
  :value "\"\\\"\\\"\"")

(defcase printer.string-newline-kept
  :category printer
  :features (prin1-to-string strings)
  :forms ((prin1-to-string (format nil "a~%b")))
  :value "\"\\\"a
b\\\"\"")

(defcase printer.symbol-plain
  :category printer
  :features (prin1-to-string symbols)
  :forms ((prin1-to-string 'hello))
  :value "\"HELLO\"")

(defcase printer.symbol-princ
  :category printer
  :features (princ-to-string symbols)
  :forms ((princ-to-string 'hello))
  :value "\"HELLO\"")

(defcase printer.symbol-lowercase-escaped
  :category printer
  :features (prin1-to-string symbols)
  :forms ((prin1-to-string (intern "lower")))
  :value "\"|lower|\"")

(defcase printer.symbol-lowercase-princ
  :category printer
  :features (princ-to-string symbols)
  :forms ((princ-to-string (intern "lower")))
  :value "\"lower\"")

(defcase printer.symbol-with-space
  :category printer
  :features (prin1-to-string symbols)
  :forms ((prin1-to-string (intern "A B")))
  :value "\"|A B|\"")

(defcase printer.symbol-empty-name
  :category printer
  :features (prin1-to-string symbols)
  :forms ((prin1-to-string (intern "")))
  :value "\"||\"")

(defcase printer.symbol-looks-like-number
  :category printer
  :features (prin1-to-string symbols)
  :forms ((prin1-to-string (intern "123")))
  :value "\"|123|\"")

(defcase printer.symbol-with-colon
  :category printer
  :features (prin1-to-string symbols)
  :forms ((prin1-to-string (intern "A:B")))
  :value "\"|A:B|\"")

(defcase printer.symbol-with-bar
  :category printer
  :features (prin1-to-string symbols)
  :forms ((prin1-to-string (intern "A|B")))
  :value "\"|A\\\\|B|\"")

(defcase printer.symbol-dot
  :category printer
  :features (prin1-to-string symbols)
  :forms ((prin1-to-string (intern ".")))
  :value "\"|.|\"")

(defcase printer.symbol-with-parens
  :category printer
  :features (prin1-to-string symbols)
  :forms ((prin1-to-string (intern "(X)")))
  :value "\"|(X)|\"")

(defcase printer.symbol-mixed-case
  :category printer
  :features (prin1-to-string symbols)
  :forms ((prin1-to-string (intern "MiXed")))
  :value "\"|MiXed|\"")

(defcase printer.symbol-plus-minus
  :category printer
  :features (prin1-to-string symbols)
  :forms ((list (prin1-to-string '+) (prin1-to-string '-) (prin1-to-string '1+)))
  :value "(\"+\" \"-\" \"1+\")")

(defcase printer.keyword
  :category printer
  :features (prin1-to-string keywords)
  :forms ((prin1-to-string :test))
  :value "\":TEST\"")

(defcase printer.keyword-princ
  :category printer
  :features (princ-to-string keywords)
  :forms ((princ-to-string :test))
  :value "\"TEST\"")

(defcase printer.uninterned-symbol
  :category printer
  :features (prin1-to-string make-symbol)
  :forms ((prin1-to-string (make-symbol "G")))
  :value "\"#:G\"")

(defcase printer.uninterned-no-gensym
  :category printer
  :features (print-gensym make-symbol)
  :forms ((let ((*print-gensym* nil)) (prin1-to-string (make-symbol "G"))))
  :value "\"G\"")

(defcase printer.cl-symbol-no-prefix
  :category printer
  :features (prin1-to-string symbols)
  :forms ((prin1-to-string 'car))
  :value "\"CAR\"")

(defcase printer.print-case-downcase
  :category printer
  :features (print-case)
  :forms ((let ((*print-case* :downcase)) (prin1-to-string '(hello world))))
  :value "\"(hello world)\"")

(defcase printer.print-case-capitalize
  :category printer
  :features (print-case)
  :forms ((let ((*print-case* :capitalize)) (prin1-to-string 'hello-world)))
  :value "\"Hello-World\"")

(defcase printer.print-case-escaped-lowercase
  :category printer
  :features (print-case)
  :forms ((let ((*print-case* :downcase)) (prin1-to-string (intern "abc"))))
  :value "\"|abc|\"")

(defcase printer.nil-and-t
  :category printer
  :features (prin1-to-string)
  :forms ((prin1-to-string (list nil t)))
  :value "\"(NIL T)\"")

(defcase printer.empty-list
  :category printer
  :features (prin1-to-string)
  :forms ((prin1-to-string '()))
  :value "\"NIL\"")

(defcase printer.list-nested
  :category printer
  :features (prin1-to-string conses)
  :forms ((prin1-to-string '(1 (2 (3 (4))))))
  :value "\"(1 (2 (3 (4))))\"")

(defcase printer.dotted-pair
  :category printer
  :features (prin1-to-string conses)
  :forms ((prin1-to-string (cons 1 2)))
  :value "\"(1 . 2)\"")

(defcase printer.dotted-list
  :category printer
  :features (prin1-to-string conses)
  :forms ((prin1-to-string '(1 2 . 3)))
  :value "\"(1 2 . 3)\"")

(defcase printer.cons-with-nil-cdr
  :category printer
  :features (prin1-to-string conses)
  :forms ((prin1-to-string (cons 1 nil)))
  :value "\"(1)\"")

(defcase printer.list-of-strings-princ
  :category printer
  :features (princ-to-string conses)
  :forms ((princ-to-string '("a" "b")))
  :value "\"(a b)\"")

(defcase printer.quote-form-not-pretty
  :category printer
  :features (prin1-to-string quote)
  :forms ((prin1-to-string ''x))
  :value "\"(QUOTE X)\"")

(defcase printer.function-form-not-pretty
  :category printer
  :features (prin1-to-string function)
  :forms ((prin1-to-string '#'car))
  :value "\"(FUNCTION CAR)\"")

(defcase printer.quote-form-pretty
  :category printer
  :features (prin1-to-string print-pretty quote)
  :forms ((let ((*print-pretty* t)) (prin1-to-string ''x)))
  :value "\"'X\"")

(defcase printer.backquote-data
  :category printer
  :features (prin1-to-string backquote)
  :forms ((let ((x 1)) (prin1-to-string `(a ,x ,@(list 2 3)))))
  :value "\"(A 1 2 3)\"")

(defcase printer.vector
  :category printer
  :features (prin1-to-string arrays)
  :forms ((prin1-to-string (vector 1 "a" #\b)))
  :value "\"#(1 \\\"a\\\" #\\\\b)\"")

(defcase printer.vector-empty
  :category printer
  :features (prin1-to-string arrays)
  :forms ((prin1-to-string (vector)))
  :value "\"#()\"")

(defcase printer.vector-nested
  :category printer
  :features (prin1-to-string arrays)
  :forms ((prin1-to-string #(1 #(2) (3))))
  :value "\"#(1 #(2) (3))\"")

(defcase printer.bit-vector
  :category printer
  :features (prin1-to-string arrays)
  :forms ((prin1-to-string (make-array 4 :element-type 'bit :initial-contents '(1 0 1 1))))
  :value "\"#*1011\"")

(defcase printer.array-2d
  :category printer
  :features (prin1-to-string arrays)
  :forms ((prin1-to-string (make-array '(2 2) :initial-contents '((1 2) (3 4)))))
  :value "\"#2A((1 2) (3 4))\"")

(defcase printer.print-length
  :category printer
  :features (print-length)
  :forms ((let ((*print-length* 3)) (prin1-to-string '(1 2 3 4 5))))
  :value "\"(1 2 3 ...)\"")

(defcase printer.print-length-vector
  :category printer
  :features (print-length)
  :forms ((let ((*print-length* 2)) (prin1-to-string #(a b c))))
  :value "\"#(A B ...)\"")

(defcase printer.print-level
  :category printer
  :features (print-level)
  :forms ((let ((*print-level* 2)) (prin1-to-string '(1 (2 (3 (4)))))))
  :value "\"(1 (2 #))\"")

(defcase printer.print-escape-nil
  :category printer
  :features (print-escape)
  :forms ((let ((*print-escape* nil)) (prin1-to-string "q")))
  :value "\"\\\"q\\\"\"")

(defcase printer.write-to-string-escape-nil
  :category printer
  :features (write-to-string)
  :forms ((write-to-string '("a" #\b c) :escape nil))
  :value "\"(a b C)\"")

(defcase printer.princ-to-string-list
  :category printer
  :features (princ-to-string)
  :forms ((princ-to-string '(a "b" #\c)))
  :value "\"(A b c)\"")

(defcase printer.prin1-returns-object
  :category printer
  :features (prin1)
  :forms ((with-output-to-string (*standard-output*) (prin1 'x)))
  :value "\"X\"")

(defcase printer.print-output-shape
  :category printer
  :features (print)
  :forms ((with-output-to-string (*standard-output*) (print "s") (print 1)))
  :value "\"
\\\"s\\\" 
1 \"")

(defcase printer.princ-prin1-difference
  :category printer
  :features (prin1 princ)
  :forms ((with-output-to-string (s) (prin1 "a" s) (princ "a" s) (prin1 #\b s) (princ #\b s)))
  :value "\"\\\"a\\\"a#\\\\bb\"")

(defcase printer.write-string-vs-prin1
  :category printer
  :features (write-string prin1)
  :forms ((with-output-to-string (s) (write-string "\"q\"" s) (prin1 "q" s)))
  :value "\"\\\"q\\\"\\\"q\\\"\"")

(defcase printer.terpri-and-fresh-line
  :category printer
  :features (terpri fresh-line)
  :forms ((with-output-to-string (s) (princ 1 s) (fresh-line s) (fresh-line s) (terpri s) (princ 2 s)))
  :value "\"1

2\"")

(defcase printer.structure
  :category printer
  :features (prin1-to-string defstruct structures)
  :forms ((defstruct pt x y) (prin1-to-string (make-pt :x 1 :y "two")))
  :value "\"#S(PT :X 1 :Y \\\"two\\\")\"")

(defcase printer.print-object-method
  :category printer
  :features (print-object defmethod clos)
  :forms ((defclass box () ((v :initarg :v))) (defmethod print-object ((b box) stream) (format stream "<box ~A>" (slot-value b 'v))) (prin1-to-string (make-instance 'box :v 3)))
  :value "\"<box 3>\"")

(defcase printer.write-char-codes
  :category printer
  :features (write-char)
  :forms ((with-output-to-string (s) (write-char (code-char 65) s) (write-char (code-char 955) s)))
  :value "\"Aλ\"")

(defcase printer.stdout-print-list
  :category printer
  :features (print stdout)
  :forms ((print '(1 "a" #\b)))
  :value "(1 \"a\" #\\b)"
  :stdout "
(1 \"a\" #\\b) ")

(defcase printer.stdout-princ-then-prin1
  :category printer
  :features (princ prin1 stdout)
  :forms ((princ "x") (prin1 "x") (terpri))
  :value "NIL"
  :stdout "x\"x\"
")

