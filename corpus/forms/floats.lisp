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
