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
  :features (*print-base* write-to-string)
  :forms ((let ((*print-base* 2)) (prin1-to-string 10)))
  :value "\"1010\"")

(defcase printer.print-base-16
  :category printer
  :features (*print-base*)
  :forms ((let ((*print-base* 16)) (prin1-to-string 255)))
  :value "\"FF\"")

(defcase printer.print-base-16-negative
  :category printer
  :features (*print-base*)
  :forms ((let ((*print-base* 16)) (prin1-to-string -255)))
  :value "\"-FF\"")

(defcase printer.print-base-36
  :category printer
  :features (*print-base*)
  :forms ((let ((*print-base* 36)) (prin1-to-string 71)))
  :value "\"1Z\"")

(defcase printer.print-radix-decimal
  :category printer
  :features (*print-radix*)
  :forms ((let ((*print-radix* t)) (prin1-to-string 10)))
  :value "\"10.\"")

(defcase printer.print-radix-hex
  :category printer
  :features (*print-radix* *print-base*)
  :forms ((let ((*print-radix* t) (*print-base* 16)) (prin1-to-string 255)))
  :value "\"#xFF\"")

(defcase printer.print-radix-binary
  :category printer
  :features (*print-radix* *print-base*)
  :forms ((let ((*print-radix* t) (*print-base* 2)) (prin1-to-string 5)))
  :value "\"#b101\"")

(defcase printer.print-radix-octal
  :category printer
  :features (*print-radix* *print-base*)
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
  :features (*print-base* ratios)
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
  :features (*print-gensym* make-symbol)
  :forms ((let ((*print-gensym* nil)) (prin1-to-string (make-symbol "G"))))
  :value "\"G\"")

(defcase printer.cl-symbol-no-prefix
  :category printer
  :features (prin1-to-string symbols)
  :forms ((prin1-to-string 'car))
  :value "\"CAR\"")

(defcase printer.print-case-downcase
  :category printer
  :features (*print-case*)
  :forms ((let ((*print-case* :downcase)) (prin1-to-string '(hello world))))
  :value "\"(hello world)\"")

(defcase printer.print-case-capitalize
  :category printer
  :features (*print-case*)
  :forms ((let ((*print-case* :capitalize)) (prin1-to-string 'hello-world)))
  :value "\"Hello-World\"")

(defcase printer.print-case-escaped-lowercase
  :category printer
  :features (*print-case*)
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
  :features (prin1-to-string *print-pretty* quote)
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
  :features (*print-length*)
  :forms ((let ((*print-length* 3)) (prin1-to-string '(1 2 3 4 5))))
  :value "\"(1 2 3 ...)\"")

(defcase printer.print-length-vector
  :category printer
  :features (*print-length*)
  :forms ((let ((*print-length* 2)) (prin1-to-string #(a b c))))
  :value "\"#(A B ...)\"")

(defcase printer.print-level
  :category printer
  :features (*print-level*)
  :forms ((let ((*print-level* 2)) (prin1-to-string '(1 (2 (3 (4)))))))
  :value "\"(1 (2 #))\"")

(defcase printer.print-escape-nil
  :category printer
  :features (*print-escape*)
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

;;; ---------------------------------------------------------------- entry by entry through CLHS 22.4: printer variables, write and friends, the pretty printer where determined

(defcase printer.print-base-no-effect-on-floats
  :category printer
  :features (*print-base* *print-radix* prin1-to-string)
  :forms ((let ((*print-base* 2) (*print-radix* t)) (list (prin1-to-string 0.5) (prin1-to-string 1.5d0))))
  :value "(\"0.5\" \"1.5d0\")")

(defcase printer.print-base-in-list
  :category printer
  :features (*print-base* prin1-to-string)
  :forms ((let ((*print-base* 8)) (prin1-to-string '(8 64 -9 x))))
  :value "\"(10 100 -11 X)\"")

(defcase printer.print-radix-ratio-base-10
  :category printer
  :features (*print-radix* prin1-to-string)
  :forms ((let ((*print-radix* t)) (prin1-to-string 3/4)))
  :value "\"#10r3/4\"")

(defcase printer.print-radix-base-3
  :category printer
  :features (*print-radix* *print-base* prin1-to-string)
  :forms ((let ((*print-radix* t) (*print-base* 3)) (prin1-to-string 10)))
  :value "\"#3r101\"")

(defcase printer.print-radix-negative-decimal
  :category printer
  :features (*print-radix* prin1-to-string)
  :forms ((let ((*print-radix* t)) (prin1-to-string (list -5 0))))
  :value "\"(-5. 0.)\"")

(defcase printer.print-case-upcase-escapes-lowercase
  :category printer
  :features (*print-case* prin1-to-string)
  :forms ((let ((*print-case* :upcase)) (list (prin1-to-string '|abc|) (prin1-to-string 'abc))))
  :value "(\"|abc|\" \"ABC\")")

(defcase printer.print-case-downcase-mixed-needs-bars
  :category printer
  :features (*print-case* prin1-to-string)
  :forms ((let ((*print-case* :downcase)) (list (prin1-to-string '|Foo|) (prin1-to-string 'foo-bar))))
  :value "(\"|Foo|\" \"foo-bar\")")

(defcase printer.print-case-capitalize-words
  :category printer
  :features (*print-case* prin1-to-string)
  :forms ((let ((*print-case* :capitalize)) (list (prin1-to-string 'foo-bar-baz) (prin1-to-string 'foo1bar) (prin1-to-string 'a*b))))
  :value "(\"Foo-Bar-Baz\" \"Foo1bar\" \"A*B\")")

(defcase printer.print-case-keyword
  :category printer
  :features (*print-case* prin1-to-string)
  :forms ((let ((*print-case* :downcase)) (prin1-to-string :key-word)))
  :value "\":key-word\"")

(defcase printer.print-case-not-strings-or-chars
  :category printer
  :features (*print-case* prin1-to-string)
  :forms ((let ((*print-case* :downcase)) (prin1-to-string (list #\A "ABC" (quote abc)))))
  :value "\"(#\\\\A \\\"ABC\\\" abc)\"")

(defcase printer.print-case-princ
  :category printer
  :features (*print-case* princ-to-string)
  :forms ((let ((*print-case* :downcase)) (list (princ-to-string 'hello) (princ-to-string '|MiXed|))))
  :value "(\"hello\" \"mixed\")")

(defcase printer.print-case-uninterned
  :category printer
  :features (*print-case* prin1-to-string)
  :forms ((let ((*print-case* :downcase)) (prin1-to-string (make-symbol "GEN"))))
  :value "\"#:gen\"")

(defcase printer.print-escape-nil-symbols
  :category printer
  :features (*print-escape* write-to-string)
  :forms ((list (write-to-string '|a b| :escape nil) (write-to-string :kw :escape nil) (write-to-string #\x :escape nil)))
  :value "(\"a b\" \"KW\" \"x\")")

(defcase printer.print-escape-t-via-write
  :category printer
  :features (*print-escape* write-to-string)
  :forms ((write-to-string (list "s" #\c (quote |x|)) :escape t))
  :value "\"(\\\"s\\\" #\\\\c |x|)\"")

(defcase printer.print-readably-string-and-symbol
  :category printer
  :features (*print-readably* write-to-string)
  :forms ((list (write-to-string "a\"b" :readably t) (write-to-string '|x y| :readably t)))
  :value "(\"\\\"a\\\\\\\"b\\\"\" \"|x y|\")")

(defcase printer.print-readably-overrides-escape
  :category printer
  :features (*print-readably* *print-escape* write-to-string)
  :forms ((write-to-string "q" :readably t :escape nil))
  :value "\"\\\"q\\\"\"")

(defcase printer.print-readably-princ-binds-nil
  :category printer
  :features (*print-readably* princ-to-string)
  :forms ((let ((*print-readably* t)) (princ-to-string "a")))
  :value "\"a\"")

(defcase printer.print-readably-function-signals
  :category printer
  :features (*print-readably* print-not-readable prin1-to-string)
  :forms ((let ((*print-readably* t)) (prin1-to-string (function car))))
  :signals print-not-readable)

(defcase printer.print-not-readable-object
  :category printer
  :features (print-not-readable print-not-readable-object *print-readably*)
  :forms ((let ((f (function car))) (handler-case (let ((*print-readably* t)) (prin1-to-string f)) (print-not-readable (c) (list (eq (print-not-readable-object c) f) (typep c 'error))))))
  :value "(T T)")

(defcase printer.print-readably-numbers-round-trip
  :category printer
  :features (*print-readably* read-from-string prin1-to-string)
  :forms ((let ((*print-readably* t)) (loop for x in (list 1/3 -5 1.5 0.1d0 (expt 2 70)) always (eql x (read-from-string (prin1-to-string x))))))
  :value "T")

(defcase printer.print-unreadable-object
  :category printer
  :features (print-unreadable-object)
  :forms ((with-output-to-string (s) (print-unreadable-object (5 s) (write-string "five" s))))
  :value "\"#<five>\"")

(defcase printer.print-unreadable-object-returns-nil
  :category printer
  :features (print-unreadable-object)
  :forms ((print-unreadable-object ((quote x) (make-broadcast-stream))))
  :value "NIL")

(defcase printer.print-unreadable-object-readably-signals
  :category printer
  :features (print-unreadable-object *print-readably* print-not-readable)
  :forms ((let ((*print-readably* t)) (print-unreadable-object (5 (make-string-output-stream)) (write-string "x"))))
  :signals print-not-readable)

(defcase printer.print-unreadable-object-in-print-object
  :category printer
  :features (print-unreadable-object print-object defclass defmethod)
  :forms ((defclass corpus-pu-point () ((x :initarg :x))) (defmethod print-object ((p corpus-pu-point) stream) (print-unreadable-object (p stream) (format stream "point ~D" (slot-value p (quote x))))) (prin1-to-string (make-instance (quote corpus-pu-point) :x 3)))
  :value "\"#<point 3>\"")

(defcase printer.print-object-used-by-format-and-princ
  :category printer
  :features (print-object defclass defmethod format)
  :forms ((defclass corpus-po-tag () ()) (defmethod print-object ((x corpus-po-tag) stream) (write-string "TAG!" stream)) (let ((x (make-instance (quote corpus-po-tag)))) (list (format nil "~A ~S" x x) (princ-to-string (list x)))))
  :value "(\"TAG! TAG!\" \"(TAG!)\")")

(defcase printer.print-level-zero
  :category printer
  :features (*print-level* prin1-to-string)
  :forms ((let ((*print-level* 0)) (list (prin1-to-string '(1 2)) (prin1-to-string 5) (prin1-to-string #(1)))))
  :value "(\"#\" \"5\" \"#\")")

(defcase printer.print-level-one
  :category printer
  :features (*print-level* prin1-to-string)
  :forms ((let ((*print-level* 1)) (list (prin1-to-string '(1 (2) 3)) (prin1-to-string #(1 #(2))))))
  :value "(\"(1 # 3)\" \"#(1 #)\")")

(defcase printer.print-level-vector-in-list
  :category printer
  :features (*print-level* prin1-to-string)
  :forms ((let ((*print-level* 2)) (prin1-to-string (list 1 (vector 2 (list 3))))))
  :value "\"(1 #(2 #))\"")

(defcase printer.print-length-zero
  :category printer
  :features (*print-length* prin1-to-string)
  :forms ((let ((*print-length* 0)) (list (prin1-to-string '(1 2)) (prin1-to-string #(1 2)) (prin1-to-string nil))))
  :value "(\"(...)\" \"#(...)\" \"NIL\")")

(defcase printer.print-length-exact
  :category printer
  :features (*print-length* prin1-to-string)
  :forms ((let ((*print-length* 3)) (list (prin1-to-string '(1 2 3)) (prin1-to-string '(1 2 3 4)))))
  :value "(\"(1 2 3)\" \"(1 2 3 ...)\")")

(defcase printer.print-length-dotted
  :category printer
  :features (*print-length* prin1-to-string)
  :forms ((let ((*print-length* 2)) (list (prin1-to-string '(1 2 . 3)) (prin1-to-string '(1 2 3 . 4)))))
  :value "(\"(1 2 . 3)\" \"(1 2 ...)\")")

(defcase printer.print-length-each-level
  :category printer
  :features (*print-length* prin1-to-string)
  :forms ((let ((*print-length* 2)) (prin1-to-string '((1 2 3) (4 5 6) (7 8 9)))))
  :value "\"((1 2 ...) (4 5 ...) ...)\"")

(defcase printer.print-length-and-level
  :category printer
  :features (*print-length* *print-level* prin1-to-string)
  :forms ((let ((*print-length* 2) (*print-level* 2)) (prin1-to-string '(1 (2 (3)) 4 5))))
  :value "\"(1 (2 #) ...)\"")

(defcase printer.print-length-not-strings
  :category printer
  :features (*print-length* prin1-to-string)
  :forms ((let ((*print-length* 2)) (prin1-to-string "abcdef")))
  :value "\"\\\"abcdef\\\"\"")

(defcase printer.print-length-princ
  :category printer
  :features (*print-length* princ-to-string)
  :forms ((let ((*print-length* 1)) (princ-to-string '("a" "b"))))
  :value "\"(a ...)\"")

(defcase printer.write-length-level-keywords
  :category printer
  :features (write-to-string *print-length* *print-level*)
  :forms ((list (write-to-string '(1 (2 (3))) :level 1) (write-to-string '(1 2 3) :length 1)))
  :value "(\"(1 #)\" \"(1 ...)\")")

(defcase printer.print-circle-shared
  :category printer
  :features (*print-circle* prin1-to-string)
  :forms ((let ((x (list 1 2))) (let ((*print-circle* t)) (prin1-to-string (list x x)))))
  :value "\"(#1=(1 2) #1#)\"")

(defcase printer.print-circle-circular-list
  :category printer
  :features (*print-circle* prin1-to-string)
  :forms ((let ((x (list 1 2))) (setf (cddr x) x) (let ((*print-circle* t)) (prin1-to-string x))))
  :value "\"#1=(1 2 . #1#)\"")

(defcase printer.print-circle-circular-car
  :category printer
  :features (*print-circle* prin1-to-string)
  :forms ((let ((x (list 1))) (setf (car x) x) (let ((*print-circle* t)) (prin1-to-string x))))
  :value "\"#1=(#1#)\"")

(defcase printer.print-circle-vector-self
  :category printer
  :features (*print-circle* prin1-to-string)
  :forms ((let ((v (vector 'a nil))) (setf (aref v 1) v) (let ((*print-circle* t)) (prin1-to-string v))))
  :value "\"#1=#(A #1#)\"")

(defcase printer.print-circle-two-labels
  :category printer
  :features (*print-circle* prin1-to-string)
  :forms ((let ((a (list 'a)) (b (list 'b))) (let ((*print-circle* t)) (prin1-to-string (list a b b a)))))
  :value "\"(#1=(A) #2=(B) #2# #1#)\"")

(defcase printer.print-circle-nil-no-labels
  :category printer
  :features (*print-circle* prin1-to-string)
  :forms ((let ((x (list 1 2))) (let ((*print-circle* nil)) (prin1-to-string (list x x)))))
  :value "\"((1 2) (1 2))\"")

(defcase printer.print-circle-no-sharing-no-labels
  :category printer
  :features (*print-circle* prin1-to-string)
  :forms ((let ((*print-circle* t)) (prin1-to-string (list (list 1) (list 1)))))
  :value "\"((1) (1))\"")

(defcase printer.print-circle-tail-sharing
  :category printer
  :features (*print-circle* prin1-to-string)
  :forms ((let* ((tail (list 2 3)) (x (cons 1 tail))) (let ((*print-circle* t)) (prin1-to-string (list x tail)))))
  :value "\"((1 . #1=(2 3)) #1#)\"")

(defcase printer.write-circle-keyword
  :category printer
  :features (write-to-string *print-circle*)
  :forms ((let ((x (list 'q))) (write-to-string (list x x) :circle t)))
  :value "\"(#1=(Q) #1#)\"")

(defcase printer.print-circle-reads-back
  :category printer
  :features (*print-circle* read-from-string prin1-to-string)
  :forms ((let ((x (list 1 2))) (setf (cddr x) x) (let* ((text (let ((*print-circle* t)) (prin1-to-string x))) (y (read-from-string text))) (list (first y) (second y) (eq y (cddr y))))))
  :value "(1 2 T)")

(defcase printer.print-array-nil-strings-unaffected
  :category printer
  :features (*print-array* prin1-to-string)
  :forms ((let ((*print-array* nil)) (prin1-to-string "abc")))
  :value "\"\\\"abc\\\"\"")

(defcase printer.print-array-nil-unreadable-vector
  :category printer
  :features (*print-array* prin1-to-string)
  :forms ((let ((*print-array* nil)) (string= "#<" (subseq (prin1-to-string (vector 1 2)) 0 2))))
  :value "T")

(defcase printer.print-array-t-vector
  :category printer
  :features (*print-array* write-to-string)
  :forms ((write-to-string (vector 1 2) :array t))
  :value "\"#(1 2)\"")

(defcase printer.print-gensym-prefix
  :category printer
  :features (*print-gensym* gensym prin1-to-string)
  :forms ((list (string= "#:X" (subseq (prin1-to-string (gensym "X")) 0 3)) (let ((*print-gensym* nil)) (char= #\Y (char (prin1-to-string (gensym "Y")) 0)))))
  :value "(T T)")

(defcase printer.print-gensym-keyword-unaffected
  :category printer
  :features (*print-gensym* prin1-to-string)
  :forms ((let ((*print-gensym* nil)) (prin1-to-string :k)))
  :value "\":K\"")

(defcase printer.pretty-printer-variables-standard
  :category printer
  :features (*print-lines* *print-miser-width* *print-right-margin* *print-pretty*)
  :forms ((list *print-lines* *print-miser-width* *print-right-margin* *print-pretty*))
  :value "(NIL NIL NIL NIL)"
  :note "the values WITH-STANDARD-IO-SYNTAX gives, under which every case runs")

(defcase printer.pprint-output-shape
  :category printer
  :features (pprint)
  :forms ((with-output-to-string (s) (pprint '(a b) s)))
  :value "\"
(A B)\"")

(defcase printer.pprint-returns-no-values
  :category printer
  :features (pprint multiple-value-list)
  :forms ((multiple-value-list (pprint 'x (make-broadcast-stream))))
  :value "NIL")

(defcase printer.pprint-quote-abbreviated
  :category printer
  :features (pprint)
  :forms ((with-output-to-string (s) (pprint ''x s)))
  :value "\"
'X\"")

(defcase printer.pretty-function-abbreviated
  :category printer
  :features (*print-pretty* prin1-to-string)
  :forms ((let ((*print-pretty* t)) (prin1-to-string '(function car))))
  :value "\"#'CAR\"")

(defcase printer.pprint-logical-block-prefix-suffix
  :category printer
  :features (pprint-logical-block pprint-pop pprint-exit-if-list-exhausted)
  :forms ((with-output-to-string (s) (let ((*print-pretty* t)) (pprint-logical-block (s '(1 2 3) :prefix "[" :suffix "]") (loop (pprint-exit-if-list-exhausted) (write (pprint-pop) :stream s) (pprint-exit-if-list-exhausted) (write-char #\Space s))))))
  :value "\"[1 2 3]\"")

(defcase printer.pprint-pop-respects-print-length
  :category printer
  :features (pprint-logical-block pprint-pop pprint-exit-if-list-exhausted *print-length*)
  :forms ((with-output-to-string (s) (let ((*print-pretty* t) (*print-length* 2)) (pprint-logical-block (s '(1 2 3 4) :prefix "(" :suffix ")") (loop (pprint-exit-if-list-exhausted) (write (pprint-pop) :stream s) (pprint-exit-if-list-exhausted) (write-char #\Space s))))))
  :value "\"(1 2 ...)\"")

(defcase printer.pprint-logical-block-non-list
  :category printer
  :features (pprint-logical-block)
  :forms ((with-output-to-string (s) (let ((*print-pretty* t)) (pprint-logical-block (s 5 :prefix "[" :suffix "]") (write-string "never" s)))))
  :value "\"5\"")

(defcase printer.pprint-indent-mandatory-newline
  :category printer
  :features (pprint-logical-block pprint-indent pprint-newline)
  :forms ((with-output-to-string (s) (let ((*print-pretty* t)) (pprint-logical-block (s nil :prefix "<" :suffix ">") (write-string "ab" s) (pprint-indent :block 2 s) (pprint-newline :mandatory s) (write-string "cd" s)))))
  :value "\"<ab
   cd>\"")

(defcase printer.pprint-newline-current-indent
  :category printer
  :features (pprint-logical-block pprint-indent pprint-newline)
  :forms ((with-output-to-string (s) (let ((*print-pretty* t)) (pprint-logical-block (s nil) (write-string "abc" s) (pprint-indent :current 1 s) (write-string "de" s) (pprint-newline :mandatory s) (write-string "f" s)))))
  :value "\"abcde
    f\"")

(defcase printer.pprint-newline-not-pretty-does-nothing
  :category printer
  :features (pprint-newline)
  :forms ((with-output-to-string (s) (let ((*print-pretty* nil)) (write-string "a" s) (pprint-newline :mandatory s) (write-string "b" s))))
  :value "\"ab\"")

(defcase printer.pprint-tab-line
  :category printer
  :features (pprint-logical-block pprint-tab)
  :forms ((with-output-to-string (s) (let ((*print-pretty* t)) (pprint-logical-block (s nil) (write-string "a" s) (pprint-tab :line 5 1 s) (write-string "b" s)))))
  :value "\"a    b\"")

(defcase printer.pprint-fill-fits
  :category printer
  :features (pprint-fill *print-right-margin*)
  :forms ((with-output-to-string (s) (let ((*print-pretty* t) (*print-right-margin* 80)) (pprint-fill s '(a b c)) (write-char #\/ s) (pprint-fill s '(a b c) nil))))
  :value "\"(A B C)/A B C\"")

(defcase printer.pprint-linear-breaks-all
  :category printer
  :features (pprint-linear *print-right-margin*)
  :forms ((with-output-to-string (s) (let ((*print-pretty* t) (*print-right-margin* 10)) (pprint-linear s '(aaaa bbbb cccc)))))
  :value "\"(AAAA
 BBBB
 CCCC)\"")

(defcase printer.pprint-fill-breaks-when-full
  :category printer
  :features (pprint-fill *print-right-margin*)
  :forms ((with-output-to-string (s) (let ((*print-pretty* t) (*print-right-margin* 12)) (pprint-fill s '(aaaa bbbb cccc)))))
  :value "\"(AAAA BBBB
 CCCC)\"")

(defcase printer.pprint-tabular-columns
  :category printer
  :features (pprint-tabular *print-right-margin*)
  :forms ((with-output-to-string (s) (let ((*print-pretty* t) (*print-right-margin* 80)) (pprint-tabular s '(a bb c) t nil 4))))
  :value "\"(A   BB  C)\"")

(defcase printer.print-lines-truncates
  :category printer
  :features (*print-lines* *print-right-margin* prin1-to-string)
  :forms ((let ((*print-pretty* t) (*print-right-margin* 12) (*print-lines* 1)) (prin1-to-string '(aaaa bbbb cccc dddd))))
  :value "\"(AAAA BBBB ..)\"")

(defcase printer.set-pprint-dispatch-in-copy
  :category printer
  :features (copy-pprint-dispatch set-pprint-dispatch *print-pprint-dispatch* prin1-to-string)
  :forms ((let ((*print-pprint-dispatch* (copy-pprint-dispatch nil)) (*print-pretty* t)) (set-pprint-dispatch 'integer (lambda (s n) (let ((*print-pretty* nil)) (format s "<~D>" n)))) (prin1-to-string '(1 a 2))))
  :value "\"(<1> A <2>)\"")

(defcase printer.pprint-dispatch-found
  :category printer
  :features (pprint-dispatch set-pprint-dispatch copy-pprint-dispatch)
  :forms ((let ((table (copy-pprint-dispatch nil)) (fn (lambda (s x) (declare (ignore x)) (write-string "K" s)))) (set-pprint-dispatch 'keyword fn 0 table) (multiple-value-bind (f found) (pprint-dispatch :x table) (list (eq f fn) found))))
  :value "(T T)")

(defcase printer.set-pprint-dispatch-nil-removes
  :category printer
  :features (set-pprint-dispatch copy-pprint-dispatch *print-pprint-dispatch*)
  :forms ((let ((*print-pprint-dispatch* (copy-pprint-dispatch nil)) (*print-pretty* t)) (set-pprint-dispatch 'integer (lambda (s n) (format s "<~D>" n))) (set-pprint-dispatch 'integer nil) (prin1-to-string 5)))
  :value "\"5\"")

(defcase printer.copy-pprint-dispatch-is-fresh
  :category printer
  :features (copy-pprint-dispatch *print-pprint-dispatch*)
  :forms ((list (eq (copy-pprint-dispatch) *print-pprint-dispatch*) (eq (copy-pprint-dispatch nil) (copy-pprint-dispatch nil))))
  :value "(NIL NIL)")

(defcase printer.dispatch-not-used-without-pretty
  :category printer
  :features (set-pprint-dispatch copy-pprint-dispatch *print-pretty*)
  :forms ((let ((*print-pprint-dispatch* (copy-pprint-dispatch nil)) (*print-pretty* nil)) (set-pprint-dispatch 'integer (lambda (s n) (format s "<~D>" n))) (prin1-to-string 5)))
  :value "\"5\"")

(defcase printer.write-returns-object
  :category printer
  :features (write)
  :forms ((let ((s (make-string-output-stream))) (list (write 'abc :stream s) (get-output-stream-string s))))
  :value "(ABC \"ABC\")")

(defcase printer.write-stream-t-is-stdout
  :category printer
  :features (write)
  :forms ((write 'out :stream t))
  :value "OUT"
  :stdout "OUT")

(defcase printer.write-keywords-base-case
  :category printer
  :features (write-to-string)
  :forms ((list (write-to-string 255 :base 2 :radix t) (write-to-string 'abc :case :capitalize) (write-to-string (list 1 2) :pretty nil)))
  :value "(\"#b11111111\" \"Abc\" \"(1 2)\")")

(defcase printer.prin1-princ-print-return-object
  :category printer
  :features (prin1 princ print)
  :forms ((let ((s (make-broadcast-stream))) (list (prin1 "a" s) (princ 'b s) (print 3 s))))
  :value "(\"a\" B 3)")

(defcase printer.print-starts-with-newline
  :category printer
  :features (print)
  :forms ((with-output-to-string (s) (write-string "x" s) (print (quote y) s)))
  :value "\"x
Y \"")

(defcase printer.char-escapes
  :category printer
  :features (prin1-to-string)
  :forms ((list (prin1-to-string #\") (prin1-to-string #\|) (prin1-to-string #\A) (prin1-to-string #\;)))
  :value "(\"#\\\\\\\"\" \"#\\\\|\" \"#\\\\A\" \"#\\\\;\")")

(defcase printer.char-newline-princ
  :category printer
  :features (princ-to-string)
  :forms ((princ-to-string #\Newline))
  :value "\"
\"")

(defcase printer.string-bar-not-escaped
  :category printer
  :features (prin1-to-string)
  :forms ((prin1-to-string "a|b#c"))
  :value "\"\\\"a|b#c\\\"\"")

(defcase printer.symbol-escapes-backslash-and-bar
  :category printer
  :features (prin1-to-string)
  :forms ((list (prin1-to-string (quote \a)) (prin1-to-string (quote a\ b)) (prin1-to-string (intern "a|b")) (prin1-to-string (intern "a\\b"))))
  :value "(\"|a|\" \"|A B|\" \"|a\\\\|b|\" \"|a\\\\\\\\b|\")")

(defcase printer.symbol-sharp-at-start
  :category printer
  :features (prin1-to-string)
  :forms ((list (prin1-to-string (intern "#A")) (prin1-to-string (intern "#"))))
  :value "(\"|#A|\" \"|#|\")")

(defcase printer.symbol-number-like-names
  :category printer
  :features (prin1-to-string)
  :forms ((list (prin1-to-string (intern "-1")) (prin1-to-string (intern "1.5")) (prin1-to-string (intern "1/2")) (prin1-to-string (intern "+"))))
  :value "(\"|-1|\" \"|1.5|\" \"|1/2|\" \"+\")")

(defcase printer.keyword-escapes
  :category printer
  :features (prin1-to-string)
  :forms ((list (prin1-to-string (intern "a b" :keyword)) (prin1-to-string (intern "" :keyword))))
  :value "(\":|a b|\" \":||\")")

(defcase printer.uninterned-escapes
  :category printer
  :features (prin1-to-string princ-to-string)
  :forms ((list (prin1-to-string (make-symbol "a b")) (princ-to-string (make-symbol "g"))))
  :value "(\"#:|a b|\" \"g\")")

(defcase printer.complex-and-arrays
  :category printer
  :features (prin1-to-string)
  :forms ((list (prin1-to-string (complex 1 2)) (prin1-to-string (make-array '(2 3) :initial-element 0)) (prin1-to-string (make-array nil :initial-element 7)) (prin1-to-string (coerce '(1 0 1) 'bit-vector))))
  :value "(\"#C(1 2)\" \"#2A((0 0 0) (0 0 0))\" \"#0A7\" \"#*101\")")

(defcase printer.fill-pointer-printing
  :category printer
  :features (prin1-to-string fill-pointer)
  :forms ((list (prin1-to-string (make-array 5 :element-type 'character :initial-contents "abcde" :fill-pointer 2)) (prin1-to-string (make-array 4 :initial-contents '(1 2 3 4) :fill-pointer 3))))
  :value "(\"\\\"ab\\\"\" \"#(1 2 3)\")")

(defcase printer.quote-forms-odd-shapes
  :category printer
  :features (prin1-to-string)
  :forms ((list (prin1-to-string '(quote)) (prin1-to-string '(quote a b)) (let ((*print-pretty* t)) (prin1-to-string '(quote a b)))))
  :value "(\"(QUOTE)\" \"(QUOTE A B)\" \"(QUOTE A B)\")")
