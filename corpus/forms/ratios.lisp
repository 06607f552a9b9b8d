;;;; corpus/forms/ratios.lisp — ratios and rational arithmetic (CLHS 12.1.3). Expectations: SBCL 2.2.9.

(defcase ratios.ratio-literal
  :category ratios
  :features (quote)
  :forms (1/3)
  :value "1/3")

(defcase ratios.ratio-normalized-literal
  :category ratios
  :features (quote)
  :forms (4/6)
  :value "2/3")

(defcase ratios.ratio-integer-literal
  :category ratios
  :features (quote)
  :forms (6/3)
  :value "2")

(defcase ratios.divide-produces-ratio
  :category ratios
  :features (/)
  :forms ((/ 1 3))
  :value "1/3")

(defcase ratios.ratio-plus
  :category ratios
  :features (+)
  :forms ((+ 1/3 1/6))
  :value "1/2")

(defcase ratios.ratio-plus-to-integer
  :category ratios
  :features (+)
  :forms ((+ 1/2 1/2))
  :value "1")

(defcase ratios.ratio-minus
  :category ratios
  :features (-)
  :forms ((- 1/2 3/4))
  :value "-1/4")

(defcase ratios.ratio-times
  :category ratios
  :features (*)
  :forms ((* 2/3 3/4))
  :value "1/2")

(defcase ratios.ratio-times-integer
  :category ratios
  :features (*)
  :forms ((* 2/3 3))
  :value "2")

(defcase ratios.ratio-divide
  :category ratios
  :features (/)
  :forms ((/ 2/3 4/5))
  :value "5/6")

(defcase ratios.ratio-negation
  :category ratios
  :features (-)
  :forms ((- 5/7))
  :value "-5/7")

(defcase ratios.ratio-sign-normalized
  :category ratios
  :features (/)
  :forms ((list (/ 1 -2) (/ -1 -2)))
  :value "(-1/2 1/2)")

(defcase ratios.numerator-denominator
  :category ratios
  :features (numerator denominator)
  :forms ((list (numerator 6/8) (denominator 6/8)))
  :value "(3 4)")

(defcase ratios.numerator-negative
  :category ratios
  :features (numerator denominator)
  :forms ((list (numerator -3/4) (denominator -3/4)))
  :value "(-3 4)")

(defcase ratios.numerator-of-integer
  :category ratios
  :features (numerator denominator)
  :forms ((list (numerator 5) (denominator 5)))
  :value "(5 1)")

(defcase ratios.rationalp-ratiop
  :category ratios
  :features (rationalp typep)
  :forms ((list (rationalp 1/2) (rationalp 2) (rationalp 0.5) (typep 1/2 'ratio) (typep 2 'ratio)))
  :value "(T T NIL T NIL)")

(defcase ratios.integerp-ratio
  :category ratios
  :features (integerp)
  :forms ((list (integerp 1/2) (integerp 4/2)))
  :value "(NIL T)")

(defcase ratios.ratio-comparison
  :category ratios
  :features (< > =)
  :forms ((list (< 1/3 1/2) (> 2/3 0.6) (= 1/2 2/4) (= 1/2 0.5)))
  :value "(T T T T)")

(defcase ratios.ratio-max-min
  :category ratios
  :features (max min)
  :forms ((list (max 1/2 1/3 2/5) (min 1/2 1/3 2/5)))
  :value "(1/2 1/3)")

(defcase ratios.ratio-abs
  :category ratios
  :features (abs)
  :forms ((abs -7/3))
  :value "7/3")

(defcase ratios.ratio-floor
  :category ratios
  :features (floor multiple-value-list)
  :forms ((multiple-value-list (floor 7/3)))
  :value "(2 1/3)")

(defcase ratios.ratio-truncate-negative
  :category ratios
  :features (truncate multiple-value-list)
  :forms ((multiple-value-list (truncate -7/3)))
  :value "(-2 -1/3)")

(defcase ratios.ratio-round
  :category ratios
  :features (round)
  :forms ((list (round 7/3) (round 5/2) (round 7/2)))
  :value "(2 2 4)")

(defcase ratios.ratio-expt
  :category ratios
  :features (expt)
  :forms ((list (expt 2/3 3) (expt 1/2 -2) (expt 3/4 0)))
  :value "(8/27 4 1)")

(defcase ratios.ratio-reciprocal
  :category ratios
  :features (/)
  :forms ((/ 3/7))
  :value "7/3")

(defcase ratios.ratio-sum-harmonic
  :category ratios
  :features (loop)
  :forms ((loop for i from 1 to 10 sum (/ 1 i)))
  :value "7381/2520")

(defcase ratios.ratio-sum-to-one
  :category ratios
  :features (loop)
  :forms ((loop for i from 1 to 5 sum (/ 1 (* i (1+ i)))))
  :value "5/6")

(defcase ratios.rational-of-float
  :category ratios
  :features (rational)
  :forms ((rational 0.5))
  :value "1/2")

(defcase ratios.rational-of-float-exact
  :category ratios
  :features (rational)
  :forms ((rational 0.1d0))
  :value "3602879701896397/36028797018963968")

(defcase ratios.rationalize-float
  :category ratios
  :features (rationalize)
  :forms ((rationalize 0.1))
  :value "1/10")

(defcase ratios.float-of-ratio
  :category ratios
  :features (float)
  :forms ((float 1/4))
  :value "0.25")

(defcase ratios.float-of-ratio-double
  :category ratios
  :features (float)
  :forms ((float 1/3 1d0))
  :value "0.3333333333333333d0")

(defcase ratios.ratio-plus-float-contagion
  :category ratios
  :features (+)
  :forms ((+ 1/2 0.25))
  :value "0.75")

(defcase ratios.ratio-printing
  :category ratios
  :features (prin1-to-string)
  :forms ((prin1-to-string -22/7))
  :value "\"-22/7\"")

(defcase ratios.ratio-princ-radix
  :category ratios
  :features (write-to-string)
  :forms ((write-to-string 1/2 :base 2 :radix t))
  :value "\"#b1/10\"")

(defcase ratios.ratio-zerop-plusp
  :category ratios
  :features (zerop plusp minusp)
  :forms ((list (zerop 0/5) (plusp 1/100) (minusp -1/100)))
  :value "(T T T)")

(defcase ratios.ratio-mod
  :category ratios
  :features (mod)
  :forms ((mod 7/2 2))
  :value "3/2")

(defcase ratios.ratio-rem-negative
  :category ratios
  :features (rem)
  :forms ((rem -7/2 2))
  :value "-3/2")

(defcase ratios.ratio-eql
  :category ratios
  :features (eql)
  :forms ((list (eql 1/2 2/4) (eql 1/2 0.5)))
  :value "(T NIL)")

(defcase ratios.ratio-equal-equalp
  :category ratios
  :features (equal equalp)
  :forms ((list (equal 1/2 1/2) (equalp 1/2 0.5)))
  :value "(T T)")

(defcase ratios.ratio-big-components
  :category ratios
  :features (/)
  :forms ((/ (expt 2 70) (expt 3 45)))
  :value "1180591620717411303424/2954312706550833698643")

(defcase ratios.ratio-denominator-power-of-two
  :category ratios
  :features (denominator)
  :forms ((denominator (/ 3 (expt 2 10))))
  :value "1024")

(defcase ratios.ratio-signum
  :category ratios
  :features (signum)
  :forms ((list (signum -2/3) (signum 2/3)))
  :value "(-1 1)")

(defcase ratios.ratio-1+
  :category ratios
  :features (1+ 1-)
  :forms ((list (1+ 1/2) (1- 1/2)))
  :value "(3/2 -1/2)")

(defcase ratios.ratio-sort
  :category ratios
  :features (sort)
  :forms ((sort (list 1/2 1/3 3/4 1/4) #'<))
  :value "(1/4 1/3 1/2 3/4)")

(defcase ratios.ratio-read-from-string
  :category ratios
  :features (read-from-string)
  :forms ((read-from-string "10/4"))
  :value "5/2")

(defcase ratios.ratio-parse-via-divide
  :category ratios
  :features (/ parse-integer)
  :forms ((/ (parse-integer "22") (parse-integer "7")))
  :value "22/7")

(defcase ratios.ratio-gcd-of-ratio-signals
  :category ratios
  :features (gcd)
  :forms ((gcd (identity 1/2) 2))
  :signals type-error)

(defcase ratios.ratio-divide-by-zero
  :category ratios
  :features (/)
  :forms ((/ 1/2 (identity 0)))
  :signals division-by-zero)

(defcase ratios.ratio-numberp-realp
  :category ratios
  :features (numberp realp)
  :forms ((list (numberp 3/4) (realp 3/4)))
  :value "(T T)")

(defcase ratios.ratio-average
  :category ratios
  :features (/ +)
  :forms ((/ (+ 1 2 3 4) 4))
  :value "5/2")

(defcase ratios.ratio-continued-fraction
  :category ratios
  :features (dotimes / +)
  :forms ((let ((x 1))
            (dotimes (i 10) (setq x (+ 1 (/ 1 x))))
            x))
  :value "144/89")

(defcase ratios.ratio-coerce-to-float
  :category ratios
  :features (coerce)
  :forms ((coerce 3/8 'float))
  :value "0.375")

(defcase ratios.ratio-type-of-portable
  :category ratios
  :features (typep)
  :forms ((list (typep 3/8 'rational) (typep 3/8 'real) (typep 3/8 'float)))
  :value "(T T NIL)")

(defcase ratios.ratio-exact-arithmetic
  :category ratios
  :features (+ *)
  :forms ((= 1 (+ 1/3 1/3 1/3)))
  :value "T")

(defcase ratios.ratio-ceiling
  :category ratios
  :features (ceiling multiple-value-list)
  :forms ((multiple-value-list (ceiling 7/3)))
  :value "(3 -2/3)")

(defcase ratios.ratio-in-format
  :category ratios
  :features (format)
  :forms ((format nil "~A and ~S" 3/4 -1/2))
  :value "\"3/4 and -1/2\"")
