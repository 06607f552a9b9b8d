;;;; corpus/forms/floats.lisp — floating-point numbers (CLHS 12.1.4). Expectations: SBCL 2.2.9 (IEEE single and double).

(defcase floats.float-literal-single
  :category floats
  :features (quote)
  :forms (1.5)
  :value "1.5")

(defcase floats.float-literal-double
  :category floats
  :features (quote)
  :forms (1.5d0)
  :value "1.5d0")

(defcase floats.float-literal-exponent
  :category floats
  :features (quote)
  :forms (1.5e3)
  :value "1500.0")

(defcase floats.float-literal-small
  :category floats
  :features (quote)
  :forms (1.0e-5)
  :value "1.0e-5")

(defcase floats.float-plus
  :category floats
  :features (+)
  :forms ((+ 0.5 0.25))
  :value "0.75")

(defcase floats.float-double-plus
  :category floats
  :features (+)
  :forms ((+ 0.1d0 0.2d0))
  :value "0.30000000000000004d0")

(defcase floats.float-single-plus-inexact
  :category floats
  :features (+)
  :forms ((+ 0.1 0.2))
  :value "0.3")

(defcase floats.float-times
  :category floats
  :features (*)
  :forms ((* 1.5 4))
  :value "6.0")

(defcase floats.float-divide
  :category floats
  :features (/)
  :forms ((/ 1.0 4))
  :value "0.25")

(defcase floats.float-divide-double
  :category floats
  :features (/)
  :forms ((/ 1d0 3))
  :value "0.3333333333333333d0")

(defcase floats.float-contagion-integer
  :category floats
  :features (+)
  :forms ((+ 1 2.0))
  :value "3.0")

(defcase floats.float-contagion-single-double
  :category floats
  :features (+)
  :forms ((+ 1.0 1d0))
  :value "2.0d0")

(defcase floats.float-of-integer
  :category floats
  :features (float)
  :forms ((float 3))
  :value "3.0")

(defcase floats.float-of-integer-double-prototype
  :category floats
  :features (float)
  :forms ((float 3 1d0))
  :value "3.0d0")

(defcase floats.float-of-float-identity
  :category floats
  :features (float)
  :forms ((float 2.5))
  :value "2.5")

(defcase floats.coerce-to-single
  :category floats
  :features (coerce)
  :forms ((coerce 1/4 'single-float))
  :value "0.25")

(defcase floats.coerce-to-double
  :category floats
  :features (coerce)
  :forms ((coerce 5 'double-float))
  :value "5.0d0")

(defcase floats.coerce-integer-to-float
  :category floats
  :features (coerce)
  :forms ((coerce 7 'float))
  :value "7.0")

(defcase floats.truncate-float
  :category floats
  :features (truncate multiple-value-list)
  :forms ((multiple-value-list (truncate 3.75)))
  :value "(3 0.75)")

(defcase floats.floor-negative-float
  :category floats
  :features (floor)
  :forms ((floor -3.25))
  :value "-4")

(defcase floats.ceiling-float
  :category floats
  :features (ceiling)
  :forms ((ceiling 3.01))
  :value "4")

(defcase floats.round-float
  :category floats
  :features (round)
  :forms ((list (round 1.4) (round 1.6) (round 0.5) (round 1.5)))
  :value "(1 2 0 2)")

(defcase floats.sqrt-perfect
  :category floats
  :features (sqrt)
  :forms ((sqrt 16.0))
  :value "4.0")

(defcase floats.sqrt-float
  :category floats
  :features (sqrt)
  :forms ((sqrt 2.0))
  :value "1.4142135")

(defcase floats.sqrt-double
  :category floats
  :features (sqrt)
  :forms ((sqrt 2d0))
  :value "1.4142135623730951d0")

(defcase floats.sqrt-of-float-square
  :category floats
  :features (sqrt)
  :forms ((sqrt 6.25))
  :value "2.5")

(defcase floats.isqrt-vs-sqrt
  :category floats
  :features (isqrt sqrt floor)
  :forms ((list (isqrt 26) (floor (sqrt 26))))
  :value "(5 5)")

(defcase floats.expt-float
  :category floats
  :features (expt)
  :forms ((expt 2.0 10))
  :value "1024.0")

(defcase floats.expt-float-fractional
  :category floats
  :features (expt)
  :forms ((expt 4.0 0.5))
  :value "2.0")

(defcase floats.exp-log
  :category floats
  :features (exp log)
  :forms ((list (exp 0.0) (log 1.0) (log 8.0 2)))
  :value "(1.0 0.0 3.0)")

(defcase floats.log-double
  :category floats
  :features (log)
  :forms ((log 100d0 10))
  :value "2.0d0")

(defcase floats.float-comparison
  :category floats
  :features (< = >)
  :forms ((list (< 0.1 0.2) (= 0.5 1/2) (> 1.0 0.99999)))
  :value "(T T T)")

(defcase floats.float-eql-types
  :category floats
  :features (eql =)
  :forms ((list (eql 2.0 2.0) (eql 2.0 2.0d0) (= 2.0 2.0d0)))
  :value "(T NIL T)")

(defcase floats.float-printing-forms
  :category floats
  :features (prin1-to-string)
  :forms ((list (prin1-to-string 1.0) (prin1-to-string 0.1) (prin1-to-string 100.0) (prin1-to-string 1.0d0)))
  :value "(\"1.0\" \"0.1\" \"100.0\" \"1.0d0\")")

(defcase floats.float-printing-large
  :category floats
  :features (prin1-to-string)
  :forms ((list (prin1-to-string 1.0e7) (prin1-to-string 1.5e10) (prin1-to-string 123456.0)))
  :value "(\"1.0e7\" \"1.5e10\" \"123456.0\")")

(defcase floats.float-printing-small
  :category floats
  :features (prin1-to-string)
  :forms ((list (prin1-to-string 0.001) (prin1-to-string 1.0e-4)))
  :value "(\"0.001\" \"1.0e-4\")")

(defcase floats.float-negative-zero
  :category floats
  :features (-)
  :forms ((- 0.0))
  :value "-0.0")

(defcase floats.float-abs-signum
  :category floats
  :features (abs signum)
  :forms ((list (abs -2.5) (signum -2.5) (signum 0.0)))
  :value "(2.5 -1.0 0.0)")

(defcase floats.floatp-predicates
  :category floats
  :features (floatp realp)
  :forms ((list (floatp 1.0) (floatp 1) (floatp 1d0) (realp 1.0)))
  :value "(T NIL T T)")

(defcase floats.float-typep
  :category floats
  :features (typep)
  :forms ((list (typep 1.0 'single-float) (typep 1d0 'double-float) (typep 1.0 'double-float)))
  :value "(T T NIL)")

(defcase floats.float-max-min
  :category floats
  :features (max min)
  :forms ((list (max 1.5 2.5 0.5) (min 1.5 2.5 0.5)))
  :value "(2.5 0.5)")

(defcase floats.float-max-mixed
  :category floats
  :features (max)
  :forms ((max 1 2.0))
  :value "2.0")

(defcase floats.float-integer-decode
  :category floats
  :features (integer-decode-float multiple-value-list)
  :forms ((multiple-value-list (integer-decode-float 1.0)))
  :value "(8388608 -23 1)")

(defcase floats.float-decode
  :category floats
  :features (decode-float multiple-value-list)
  :forms ((multiple-value-list (decode-float 8.0)))
  :value "(0.5 4 1.0)")

(defcase floats.float-digits
  :category floats
  :features (float-digits)
  :forms ((list (float-digits 1.0) (float-digits 1d0)))
  :value "(24 53)")

(defcase floats.float-radix
  :category floats
  :features (float-radix)
  :forms ((float-radix 1.0))
  :value "2")

(defcase floats.float-sign
  :category floats
  :features (float-sign)
  :forms ((list (float-sign -3.0) (float-sign 3.0) (float-sign -0.0)))
  :value "(-1.0 1.0 -1.0)")

(defcase floats.float-scale
  :category floats
  :features (scale-float)
  :forms ((scale-float 1.0 10))
  :value "1024.0")

(defcase floats.float-ffloor
  :category floats
  :features (ffloor)
  :forms ((ffloor 3.7))
  :value "3.0")

(defcase floats.float-sum-loop
  :category floats
  :features (loop)
  :forms ((loop for i from 1 to 4 sum (/ i 2.0)))
  :value "5.0")

(defcase floats.float-trig-zero
  :category floats
  :features (sin cos)
  :forms ((list (sin 0.0) (cos 0.0)))
  :value "(0.0 1.0)")

(defcase floats.float-atan
  :category floats
  :features (atan)
  :forms ((atan 1.0 1.0))
  :value "0.7853982")

(defcase floats.float-pi-double
  :category floats
  :features (pi)
  :forms ((float pi 1d0))
  :value "3.141592653589793d0")

(defcase floats.float-format-f
  :category floats
  :features (format)
  :forms ((format nil "~,2F" 3.14159))
  :value "\"3.14\"")

(defcase floats.float-format-f-double
  :category floats
  :features (format)
  :forms ((format nil "~,3F" 2.5d0))
  :value "\"2.500\"")

(defcase floats.float-format-e
  :category floats
  :features (format)
  :forms ((format nil "~,2E" 12345.0))
  :value "\"1.23e+4\"")

(defcase floats.float-read-from-string
  :category floats
  :features (read-from-string)
  :forms ((read-from-string "2.5"))
  :value "2.5")

(defcase floats.float-read-double
  :category floats
  :features (read-from-string)
  :forms ((read-from-string "2.5d0"))
  :value "2.5d0")

(defcase floats.float-parse-with-default-format
  :category floats
  :features (let read-from-string)
  :forms ((let ((*read-default-float-format* 'double-float))
            (read-from-string "0.1")))
  :value "0.1d0")

(defcase floats.float-truncate-to-integer-type
  :category floats
  :features (truncate integerp)
  :forms ((integerp (truncate 2.9)))
  :value "T")

(defcase floats.float-zerop-plusp
  :category floats
  :features (zerop plusp minusp)
  :forms ((list (zerop 0.0) (zerop -0.0) (plusp 0.1) (minusp -0.1)))
  :value "(T T T T)")

(defcase floats.float-most-positive-exists
  :category floats
  :features (most-positive-double-float)
  :forms ((> most-positive-double-float 1d300))
  :value "T")

(defcase floats.float-epsilon-property
  :category floats
  :features (double-float-epsilon)
  :forms ((/= (+ 1d0 double-float-epsilon) 1d0))
  :value "T")

(defcase floats.float-rational-round-trip
  :category floats
  :features (rational float)
  :forms ((= 0.75 (float (rational 0.75))))
  :value "T")

(defcase floats.float-truncate-large
  :category floats
  :features (truncate)
  :forms ((truncate 1.0e10))
  :value "10000000000")

(defcase floats.float-floor-double-two-args
  :category floats
  :features (floor multiple-value-list)
  :forms ((multiple-value-list (floor 7.5d0 2)))
  :value "(3 1.5d0)")

(defcase floats.float-1+
  :category floats
  :features (1+)
  :forms ((1+ 0.5))
  :value "1.5")

(defcase floats.float-sort
  :category floats
  :features (sort)
  :forms ((sort (list 2.5 -1.0 0.0 1.5) #'<))
  :value "(-1.0 0.0 1.5 2.5)")

(defcase floats.float-princ-to-string
  :category floats
  :features (princ-to-string)
  :forms ((princ-to-string 3.5))
  :value "\"3.5\"")

(defcase floats.float-exact-halves
  :category floats
  :features (+ *)
  :forms ((* (+ 0.5 0.25 0.125) 8))
  :value "7.0")

(defcase floats.float-cis-free-sqrt-negative
  :category floats
  :features (sqrt)
  :forms ((sqrt -4.0))
  :value "#C(0.0 2.0)")

;;; ---------------------------------------------------------------- entry by entry: float, decoding and scaling, signed zeros, exponent markers, constants, complexes (CLHS 12.1.4, 12.2)

(defcase floats.float-prototypes
  :category floats
  :features (float)
  :forms ((list (float 5 1.0) (float 1.5 1d0) (float 1.5d0 1.0) (float 0.1d0 1.0) (float 0)))
  :value "(5.0 1.5d0 1.5 0.1 0.0)")

(defcase floats.float-without-prototype-keeps-type
  :category floats
  :features (float)
  :forms ((list (float 1.5d0) (float 2.5) (float -7)))
  :value "(1.5d0 2.5 -7.0)")

(defcase floats.float-of-bignum
  :category floats
  :features (float bignums)
  :forms ((list (float (expt 2 64) 1.0) (float (expt 2 64) 1d0)))
  :value "(1.8446744e19 1.8446744073709552d19)")

(defcase floats.float-prototype-not-float-signals
  :category floats
  :features (float type-error)
  :forms ((float 1 (identity 2)))
  :signals type-error)

(defcase floats.float-non-real-signals
  :category floats
  :features (float type-error)
  :forms ((float (identity "1")))
  :signals type-error)

(defcase floats.float-digits-and-precision
  :category floats
  :features (float-digits float-precision)
  :forms ((list (float-digits 0.0) (float-precision 0.0) (float-precision 1.0) (float-precision 1.5d0) (float-digits 1d0)))
  :value "(24 0 24 53 53)")

(defcase floats.float-precision-subnormal
  :category floats
  :features (float-digits float-precision least-positive-single-float least-positive-double-float)
  :forms ((list (float-precision least-positive-single-float) (float-digits least-positive-single-float) (float-precision least-positive-double-float)))
  :value "(1 24 1)")

(defcase floats.float-radix-double
  :category floats
  :features (float-radix)
  :forms ((list (float-radix 1d0) (float-radix -0.5)))
  :value "(2 2)")

(defcase floats.float-digits-non-float-signals
  :category floats
  :features (float-digits type-error)
  :forms ((float-digits (identity 1)))
  :signals type-error)

(defcase floats.float-radix-non-float-signals
  :category floats
  :features (float-radix type-error)
  :forms ((float-radix (identity 1/2)))
  :signals type-error)

(defcase floats.decode-float-values
  :category floats
  :features (decode-float multiple-value-list)
  :forms ((list (multiple-value-list (decode-float 1.0)) (multiple-value-list (decode-float -3.0)) (multiple-value-list (decode-float 0.5d0))))
  :value "((0.5 1 1.0) (0.75 2 -1.0) (0.5d0 0 1.0d0))")

(defcase floats.decode-float-zero
  :category floats
  :features (decode-float)
  :forms ((multiple-value-bind (s e g) (decode-float 0.0) (list s (integerp e) g)))
  :value "(0.0 T 1.0)")

(defcase floats.decode-float-negative-zero-sign
  :category floats
  :features (decode-float)
  :forms ((nth-value 2 (decode-float -0.0)))
  :value "-1.0")

(defcase floats.decode-float-identity
  :category floats
  :features (decode-float scale-float)
  :forms ((loop for x in (list 1.0 -3.5 0.1 1d-10 -123456.78d0 most-positive-single-float) always (multiple-value-bind (s e g) (decode-float x) (and (= x (* g (scale-float s e))) (<= 1/2 s) (< s 1)))))
  :value "T")

(defcase floats.decode-float-most-positive-double
  :category floats
  :features (decode-float multiple-value-list most-positive-double-float)
  :forms ((multiple-value-list (decode-float most-positive-double-float)))
  :value "(0.9999999999999999d0 1024 1.0d0)")

(defcase floats.decode-float-non-float-signals
  :category floats
  :features (decode-float type-error)
  :forms ((decode-float (identity 1)))
  :signals type-error)

(defcase floats.integer-decode-float-values
  :category floats
  :features (integer-decode-float multiple-value-list)
  :forms ((list (multiple-value-list (integer-decode-float -1.5d0)) (multiple-value-list (integer-decode-float 0.5))))
  :value "((6755399441055744 -52 -1) (8388608 -24 1))")

(defcase floats.integer-decode-float-extremes
  :category floats
  :features (integer-decode-float multiple-value-list most-positive-single-float least-positive-double-float)
  :forms ((list (multiple-value-list (integer-decode-float most-positive-single-float)) (multiple-value-list (integer-decode-float least-positive-double-float))))
  :value "((16777215 104 1) (1 -1074 1))")

(defcase floats.integer-decode-float-identity
  :category floats
  :features (integer-decode-float expt)
  :forms ((loop for x in (list 1.0 -0.1 3.0d100 -2.5d-200 7.0) always (multiple-value-bind (m e s) (integer-decode-float x) (= (rational x) (* s m (expt 2 e))))))
  :value "T")

(defcase floats.integer-decode-float-zero-significand
  :category floats
  :features (integer-decode-float)
  :forms ((list (nth-value 0 (integer-decode-float 0.0)) (nth-value 0 (integer-decode-float 0d0))))
  :value "(0 0)")

(defcase floats.scale-float-values
  :category floats
  :features (scale-float)
  :forms ((list (scale-float 1.0 -1) (scale-float 1.5d0 3) (scale-float -2.0 2) (scale-float 0.0 10)))
  :value "(0.5 12.0d0 -8.0 0.0)")

(defcase floats.scale-float-to-subnormal
  :category floats
  :features (scale-float least-positive-double-float)
  :forms ((= (scale-float 1d0 -1074) least-positive-double-float))
  :value "T")

(defcase floats.scale-float-non-integer-signals
  :category floats
  :features (scale-float type-error)
  :forms ((scale-float 1.0 (identity 1.5)))
  :signals type-error)

(defcase floats.float-sign-two-args
  :category floats
  :features (float-sign)
  :forms ((list (float-sign -1.0 2.5) (float-sign 1.0 -2.5) (float-sign -0.0 3d0) (float-sign 0.0 -5.0)))
  :value "(-2.5 2.5 -3.0d0 5.0)")

(defcase floats.float-sign-matches-signum
  :category floats
  :features (float-sign signum)
  :forms ((loop for x in (list 2.5 -2.5 1d10 -1d-10) always (= (float-sign x) (signum x))))
  :value "T")

(defcase floats.negative-zero-equality
  :category floats
  :features (= eql equal equalp)
  :forms ((list (= 0.0 -0.0) (eql 0.0 -0.0) (equal 0.0 -0.0) (equalp 0.0 -0.0) (eql -0.0 -0.0)))
  :value "(T NIL NIL T T)")

(defcase floats.negative-zero-double-equality
  :category floats
  :features (= eql)
  :forms ((list (= 0d0 -0d0) (eql 0d0 -0d0) (= -0.0 0d0)))
  :value "(T NIL T)")

(defcase floats.negative-zero-predicates
  :category floats
  :features (zerop minusp plusp)
  :forms ((list (zerop -0.0) (minusp -0.0) (plusp -0.0) (minusp -0d0)))
  :value "(T NIL NIL NIL)")

(defcase floats.negative-zero-prints
  :category floats
  :features (prin1-to-string)
  :forms ((list (prin1-to-string -0.0) (prin1-to-string -0.0d0) (prin1-to-string 0.0d0)))
  :value "(\"-0.0\" \"-0.0d0\" \"0.0d0\")")

(defcase floats.negative-zero-arithmetic
  :category floats
  :features (+ - abs)
  :forms ((list (+ -0.0 0.0) (- 0.0 0.0) (abs -0.0) (abs -0d0)))
  :value "(0.0 0.0 0.0 0.0d0)")

(defcase floats.signum-of-zeros
  :category floats
  :features (signum)
  :forms ((list (signum -0.0) (signum 0.0) (signum 2.5d0) (signum -1e-30)))
  :value "(-0.0 0.0 1.0d0 -1.0)")

(defcase floats.exponent-markers-types
  :category floats
  :features (read-from-string short-float single-float double-float long-float typep)
  :forms ((list (typep (read-from-string "1.5s0") 'short-float) (typep (read-from-string "1.5f0") 'single-float) (typep (read-from-string "1.5d0") 'double-float) (typep (read-from-string "1.5l0") 'long-float) (typep (read-from-string "1.5e0") 'single-float)))
  :value "(T T T T T)"
  :note "each marker gives a float of its own format; an implementation may merge short with single and long with double, so nothing else is checked")

(defcase floats.exponent-markers-equal-values
  :category floats
  :features (read-from-string =)
  :forms ((apply (function =) (mapcar (function read-from-string) (list "1.5s0" "1.5f0" "1.5d0" "1.5l0" "1.5e0" "15e-1" "0.15E1"))))
  :value "T")

(defcase floats.exponent-marker-e-follows-default-format
  :category floats
  :features (read-from-string *read-default-float-format* typep)
  :forms ((list (typep (read-from-string "1.5e0") 'single-float) (let ((*read-default-float-format* 'double-float)) (typep (read-from-string "1.5e0") 'double-float))))
  :value "(T T)")

(defcase floats.exponent-marker-uppercase
  :category floats
  :features (read-from-string typep)
  :forms ((list (typep (read-from-string "1.5D0") 'double-float) (read-from-string "2.5E+1") (read-from-string "-.5e1")))
  :value "(T 25.0 -5.0)")

(defcase floats.read-trailing-dot-is-integer
  :category floats
  :features (read-from-string integerp)
  :forms ((list (integerp (read-from-string "1.")) (read-from-string ".5") (read-from-string "1e2")))
  :value "(T 0.5 100.0)")

(defcase floats.read-default-format-prints-double-plain
  :category floats
  :features (*read-default-float-format* prin1-to-string)
  :forms ((let ((*read-default-float-format* 'double-float)) (list (prin1-to-string 1.0d0) (prin1-to-string 1.0) (prin1-to-string 1d10))))
  :value "(\"1.0\" \"1.0f0\" \"1.0e10\")")

(defcase floats.read-default-format-princ
  :category floats
  :features (*read-default-float-format* princ-to-string)
  :forms ((list (princ-to-string 1.5d0) (let ((*read-default-float-format* 'double-float)) (princ-to-string 1.5d0))))
  :value "(\"1.5d0\" \"1.5\")")

(defcase floats.read-default-format-round-trip
  :category floats
  :features (*read-default-float-format* read-from-string prin1-to-string)
  :forms ((let ((*read-default-float-format* 'double-float)) (eql 0.1d0 (read-from-string (prin1-to-string 0.1d0)))))
  :value "T")

(defcase floats.print-double-exponents
  :category floats
  :features (prin1-to-string)
  :forms ((list (prin1-to-string 1d10) (prin1-to-string 1.5d-7) (prin1-to-string 1234567.0d0)))
  :value "(\"1.0d10\" \"1.5d-7\" \"1234567.0d0\")")

(defcase floats.print-single-exponent-boundaries
  :category floats
  :features (prin1-to-string)
  :forms ((list (prin1-to-string 1.5e-5) (prin1-to-string 12345678.0) (prin1-to-string 1234567.0)))
  :value "(\"1.5e-5\" \"1.2345678e7\" \"1234567.0\")")

(defcase floats.print-most-positive-floats
  :category floats
  :features (most-positive-double-float most-positive-single-float most-negative-double-float prin1-to-string)
  :forms ((list (prin1-to-string most-positive-double-float) (prin1-to-string most-positive-single-float) (prin1-to-string most-negative-double-float)))
  :value "(\"1.7976931348623157d308\" \"3.4028235e38\" \"-1.7976931348623157d308\")")

(defcase floats.print-least-positive-normalized
  :category floats
  :features (least-positive-normalized-single-float least-positive-normalized-double-float prin1-to-string)
  :forms ((list (prin1-to-string least-positive-normalized-single-float) (prin1-to-string least-positive-normalized-double-float)))
  :value "(\"1.1754944e-38\" \"2.2250738585072014d-308\")")

(defcase floats.float-constants-relations
  :category floats
  :features (most-negative-single-float most-positive-single-float least-negative-single-float least-positive-single-float least-negative-normalized-double-float least-positive-normalized-double-float)
  :forms ((list (= most-negative-single-float (- most-positive-single-float)) (= least-negative-single-float (- least-positive-single-float)) (= least-negative-normalized-double-float (- least-positive-normalized-double-float)) (< 0 least-positive-single-float least-positive-normalized-single-float)))
  :value "(T T T T)")

(defcase floats.float-constants-types
  :category floats
  :features (most-positive-short-float most-positive-long-float least-positive-long-float typep)
  :forms ((list (typep most-positive-short-float 'short-float) (typep most-positive-long-float 'long-float) (typep least-positive-long-float 'long-float) (typep most-positive-double-float 'double-float)))
  :value "(T T T T)")

(defcase floats.epsilon-definition
  :category floats
  :features (single-float-epsilon single-float-negative-epsilon double-float-epsilon double-float-negative-epsilon)
  :forms ((list (/= (+ 1.0 single-float-epsilon) 1.0) (/= (- 1.0 single-float-negative-epsilon) 1.0) (/= (- 1d0 double-float-negative-epsilon) 1d0) (= (+ 1d0 (/ double-float-epsilon 2)) 1d0)))
  :value "(T T T T)")

(defcase floats.epsilon-ordering
  :category floats
  :features (single-float-epsilon double-float-epsilon short-float-epsilon long-float-epsilon)
  :forms ((list (> single-float-epsilon double-float-epsilon) (plusp short-float-epsilon) (plusp long-float-epsilon) (typep double-float-negative-epsilon (quote double-float))))
  :value "(T T T T)")

(defcase floats.fround-values
  :category floats
  :features (fround multiple-value-list)
  :forms ((list (multiple-value-list (fround 7.5)) (multiple-value-list (fround 6.5)) (multiple-value-list (fround 2.5d0)) (multiple-value-list (fround 10 4))))
  :value "((8.0 -0.5) (6.0 0.5) (2.0d0 0.5d0) (2.0 2))")

(defcase floats.ffloor-fceiling-half
  :category floats
  :features (ffloor fceiling multiple-value-list)
  :forms ((list (multiple-value-list (ffloor -0.5)) (multiple-value-list (fceiling 0.5))))
  :value "((-1.0 0.5) (1.0 -0.5))")

(defcase floats.ftruncate-keeps-format
  :category floats
  :features (ftruncate typep)
  :forms ((list (nth-value 0 (ftruncate 2.7d0)) (typep (ftruncate 2.7d0) 'double-float) (ftruncate 1e10)))
  :value "(2.0d0 T 1.0e10)")

(defcase floats.round-double-ties
  :category floats
  :features (round)
  :forms ((list (round 2.5d0) (round 3.5d0) (round -0.5d0)))
  :value "(2 4 0)")

(defcase floats.floor-float-by-float
  :category floats
  :features (floor multiple-value-list)
  :forms ((multiple-value-list (floor 2.5 0.5)))
  :value "(5 0.0)")

(defcase floats.truncate-large-double
  :category floats
  :features (truncate multiple-value-list)
  :forms ((multiple-value-list (truncate 1d20)))
  :value "(100000000000000000000 0.0d0)")

(defcase floats.sqrt-negative-numbers
  :category floats
  :features (sqrt complex)
  :forms ((list (sqrt -1) (sqrt -9) (sqrt -4d0)))
  :value "(#C(0.0 1.0) #C(0.0 3.0) #C(0.0d0 2.0d0))")

(defcase floats.sqrt-negative-is-complex
  :category floats
  :features (sqrt complexp)
  :forms ((list (complexp (sqrt -2.0)) (realp (sqrt 2.0)) (= (* (sqrt -4.0) (sqrt -4.0)) -4)))
  :value "(T T T)")

(defcase floats.sqrt-exact-floats
  :category floats
  :features (sqrt)
  :forms ((list (sqrt 0.0) (sqrt 1d0) (sqrt 0.25) (sqrt 1d100)))
  :value "(0.0 1.0d0 0.5 1.0d50)")

(defcase floats.sqrt-non-number-signals
  :category floats
  :features (sqrt type-error)
  :forms ((sqrt (identity 'a)))
  :signals type-error)

(defcase floats.trig-exact-points
  :category floats
  :features (cos tan asin acos atan)
  :forms ((list (cos 0d0) (tan 0.0) (asin 0.0) (acos 1.0) (atan 0.0) (acos 1d0)))
  :value "(1.0d0 0.0 0.0 0.0 0.0 0.0d0)")

(defcase floats.hyperbolic-exact-points
  :category floats
  :features (sinh cosh tanh asinh acosh atanh)
  :forms ((list (sinh 0.0) (cosh 0.0) (tanh 0.0) (asinh 0.0) (acosh 1.0) (atanh 0.0) (cosh 0d0)))
  :value "(0.0 1.0 0.0 0.0 0.0 0.0 1.0d0)")

(defcase floats.exp-near-e
  :category floats
  :features (exp)
  :forms ((list (< 2.718 (exp 1.0) 2.719) (< 2.71828182d0 (exp 1d0) 2.71828183d0)))
  :value "(T T)")

(defcase floats.atan-two-args-quadrants
  :category floats
  :features (atan pi)
  :forms ((list (< (abs (- (atan 1d0 1d0) (/ pi 4))) 1d-15) (< (abs (- (atan 1d0 -1d0) (* 3/4 pi))) 1d-15) (minusp (atan -1.0 1.0)) (minusp (atan -1.0 -1.0))))
  :value "(T T T T)")

(defcase floats.pi-value
  :category floats
  :features (pi long-float)
  :forms ((list (typep pi 'long-float) (< 3.14159 pi 3.1416) (= (float pi 1d0) 3.141592653589793d0)))
  :value "(T T T)")

(defcase floats.sin-pi-small
  :category floats
  :features (sin pi)
  :forms ((< (abs (sin pi)) 1d-15))
  :value "T")

(defcase floats.log-of-negative-is-complex
  :category floats
  :features (log complex)
  :forms ((list (log -1.0) (complexp (log -2d0))))
  :value "(#C(0.0 3.1415927) T)")

(defcase floats.log-one-double
  :category floats
  :features (log)
  :forms ((list (log 1d0) (log 1.0 10)))
  :value "(0.0d0 0.0)")

(defcase floats.inverse-trig-outside-domain-complex
  :category floats
  :features (asin acos acosh atanh complexp)
  :forms ((list (complexp (asin 2.0)) (complexp (acos 2d0)) (complexp (acosh 0.5)) (complexp (atanh 2.0))))
  :value "(T T T T)")

(defcase floats.expt-float-integer-powers
  :category floats
  :features (expt)
  :forms ((list (expt 2.0 3) (expt 0.5 2) (expt 2.0 -2) (expt 0.0 0) (expt 1.5d0 2)))
  :value "(8.0 0.25 0.25 1.0 2.25d0)")

(defcase floats.trig-non-number-signals
  :category floats
  :features (sin type-error)
  :forms ((sin (identity "x")))
  :signals type-error)

(defcase floats.cis-zero
  :category floats
  :features (cis)
  :forms ((list (cis 0.0) (cis 0d0)))
  :value "(#C(1.0 0.0) #C(1.0d0 0.0d0))")

(defcase floats.cis-is-exp-i
  :category floats
  :features (cis exp abs)
  :forms ((< (abs (- (cis 1d0) (exp (complex 0 1d0)))) 1d-15))
  :value "T")

(defcase floats.complex-float-parts-stay-complex
  :category floats
  :features (complex complexp)
  :forms ((list (complex 1.0 0) (complex 1 2.0) (complex 1.0d0 1) (complexp (complex 1.0 0))))
  :value "(#C(1.0 0.0) #C(1.0 2.0) #C(1.0d0 1.0d0) T)")

(defcase floats.complex-one-arg
  :category floats
  :features (complex)
  :forms ((list (complex 2) (complex 2.0) (complex 1/2)))
  :value "(2 #C(2.0 0.0) 1/2)")

(defcase floats.realpart-imagpart-of-reals
  :category floats
  :features (realpart imagpart)
  :forms ((list (realpart 5.0) (imagpart 5.0) (realpart 5) (imagpart 5) (imagpart 2d0)))
  :value "(5.0 0.0 5 0 0.0d0)")

(defcase floats.complex-arithmetic
  :category floats
  :features (complex * + =)
  :forms ((list (* (complex 0.0 1.0) (complex 0.0 1.0)) (+ (complex 1.0 2.0) 1) (= (complex 1.0 0.0) 1) (- (complex 1 2) (complex 1 2))))
  :value "(#C(-1.0 0.0) #C(2.0 2.0) T 0)")

(defcase floats.conjugate-float-complex
  :category floats
  :features (conjugate complex)
  :forms ((list (conjugate (complex 1.0 2.0)) (conjugate 3.5)))
  :value "(#C(1.0 -2.0) 3.5)")

(defcase floats.phase-of-reals
  :category floats
  :features (phase)
  :forms ((list (phase 1.0) (phase -1.0) (phase (complex 0.0 1.0)) (phase 2d0)))
  :value "(0.0 3.1415927 1.5707964 0.0d0)")

(defcase floats.abs-of-float-complex
  :category floats
  :features (abs complex)
  :forms ((list (abs (complex 3.0 4.0)) (abs (complex -5d0 12d0))))
  :value "(5.0 13.0d0)")

(defcase floats.complex-types
  :category floats
  :features (complex complexp typep upgraded-complex-part-type subtypep)
  :forms ((list (typep (complex 1.0 2.0) '(complex single-float)) (complexp (complex 1d0 2d0)) (typep (complex 1.0 2.0) 'number) (values (subtypep 'single-float (upgraded-complex-part-type 'single-float)))))
  :value "(T T T T)")

(defcase floats.float-type-specifiers
  :category floats
  :features (single-float double-float float typep subtypep)
  :forms ((list (subtypep 'single-float 'float) (subtypep 'double-float 'real) (typep 1.5 '(single-float 1.0 2.0)) (typep 1.5 '(float (1.5) *)) (typep 1.5d0 '(double-float * 2d0))))
  :value "(T T T NIL T)")

(defcase floats.float-real-not-rational
  :category floats
  :features (float real rational typep)
  :forms ((list (typep 1.0 'real) (typep 1.0 'rational) (typep 1.0 'float) (typep 1 'float)))
  :value "(T NIL T NIL)")

(defcase floats.coerce-between-formats
  :category floats
  :features (coerce)
  :forms ((list (coerce 1.5d0 'single-float) (coerce 0.1 'double-float) (coerce 1.5 'float) (coerce 2 'double-float)))
  :value "(1.5 0.10000000149011612d0 1.5 2.0d0)")

(defcase floats.coerce-float-to-integer-signals
  :category floats
  :features (coerce type-error)
  :forms ((coerce (identity 1.5) 'integer))
  :signals type-error)

(defcase floats.compare-across-formats
  :category floats
  :features (= < > eql)
  :forms ((list (= 0.5 0.5d0) (= 0.1 0.1d0) (> 0.1 0.1d0) (eql 0.5 0.5d0) (= 1.0 1) (eql 1.0 1)))
  :value "(T NIL T NIL T NIL)")

(defcase floats.max-across-formats
  :category floats
  :features (max min)
  :forms ((list (max 1.0 2.0d0) (min 1.5d0 3.0)))
  :value "(2.0d0 1.5d0)")

(defcase floats.sum-of-tenths-single
  :category floats
  :features (loop +)
  :forms ((loop repeat 10 sum 0.1))
  :value "1.0000001"
  :note "ten IEEE single additions in order")

(defcase floats.sum-of-tenths-double
  :category floats
  :features (loop +)
  :forms ((loop repeat 10 sum 0.1d0))
  :value "0.9999999999999999d0")

(defcase floats.arith-contagion-mixed
  :category floats
  :features (* - 1-)
  :forms ((list (* 1.5 2) (- 0.5 1/2) (1- 0.5d0) (+ 1/4 0.5d0)))
  :value "(3.0 0.0 -0.5d0 0.75d0)")

(defcase floats.format-a-double
  :category floats
  :features (format *read-default-float-format*)
  :forms ((list (format nil "~A" 1.5d0) (let ((*read-default-float-format* 'double-float)) (format nil "~A ~A" 1.5d0 1.5))))
  :value "(\"1.5d0\" \"1.5 1.5f0\")")

(defcase floats.float-integer-values-exact
  :category floats
  :features (float floor)
  :forms ((loop for n in (list 0 1 -1 16777216 (expt 2 60)) always (= n (floor (float n 1d0)))))
  :value "T")

(defcase floats.single-precision-limit
  :category floats
  :features (float =)
  :forms ((list (= (float 16777216 1.0) (float 16777217 1.0)) (= (float 16777216 1d0) (float 16777217 1d0))))
  :value "(T NIL)")

(defcase floats.float-rounds-ties-to-even
  :category floats
  :features (float)
  :forms ((list (float 16777217 1.0) (float 16777219 1.0)))
  :value "(1.6777216e7 1.677722e7)")

(defcase floats.short-float-constants
  :category floats
  :features (least-positive-short-float least-positive-normalized-short-float most-negative-short-float least-negative-short-float least-negative-normalized-short-float short-float-negative-epsilon)
  :forms ((list (typep least-positive-short-float 'short-float) (< 0 least-positive-short-float least-positive-normalized-short-float) (< most-negative-short-float least-negative-normalized-short-float least-negative-short-float 0) (/= (- 1s0 short-float-negative-epsilon) 1s0)))
  :value "(T T T T)")

(defcase floats.long-float-constants
  :category floats
  :features (least-positive-normalized-long-float most-negative-long-float least-negative-long-float least-negative-normalized-long-float long-float-negative-epsilon most-positive-long-float least-positive-long-float)
  :forms ((list (typep most-negative-long-float 'long-float) (< 0 least-positive-long-float least-positive-normalized-long-float most-positive-long-float) (< most-negative-long-float least-negative-normalized-long-float least-negative-long-float 0) (/= (- 1l0 long-float-negative-epsilon) 1l0)))
  :value "(T T T T)")

(defcase floats.negative-single-double-constants
  :category floats
  :features (least-negative-normalized-single-float least-negative-double-float least-negative-single-float most-negative-double-float)
  :forms ((list (= least-negative-normalized-single-float (- least-positive-normalized-single-float)) (= least-negative-double-float (- least-positive-double-float)) (< most-negative-double-float least-negative-double-float 0)))
  :value "(T T T)")

(defcase floats.floating-point-condition-types
  :category floats
  :features (floating-point-invalid-operation floating-point-inexact floating-point-overflow floating-point-underflow division-by-zero arithmetic-error subtypep)
  :forms ((mapcar (lambda (type) (subtypep type 'arithmetic-error)) '(floating-point-invalid-operation floating-point-inexact floating-point-overflow floating-point-underflow division-by-zero)))
  :value "(T T T T T)")

(defcase floats.arithmetic-error-operands-of-made-condition
  :category floats
  :features (arithmetic-error arithmetic-error-operation arithmetic-error-operands floating-point-overflow make-condition)
  :forms ((let ((c (make-condition 'floating-point-overflow :operation '* :operands '(1.0 2.0)))) (list (arithmetic-error-operation c) (arithmetic-error-operands c) (typep c 'arithmetic-error))))
  :value "(* (1.0 2.0) T)")

(defcase floats.random-state-type
  :category floats
  :features (random-state make-random-state *random-state* typep)
  :forms ((list (typep *random-state* 'random-state) (typep (make-random-state) 'random-state) (typep 0 'random-state)))
  :value "(T T NIL)")

(defcase floats.random-float-below-limit
  :category floats
  :features (random)
  :forms ((loop repeat 100 always (let ((r (random 1.5d0))) (and (typep r (quote double-float)) (<= 0 r) (< r 1.5d0)))))
  :value "T")
