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

;;; ---------------------------------------------------------------- normalisation, numerator/denominator, rational/rationalize, float contagion, printing and reading in radixes (CLHS 12.1.3, 12.1.4)

(defcase ratios.normalise-negative-denominator
  :category ratios
  :features (/)
  :forms ((list (/ 3 -6) (/ -3 -6) (/ 0 -6)))
  :value "(-1/2 1/2 0)")

(defcase ratios.read-normalises
  :category ratios
  :features (read-from-string ratio)
  :forms ((list (read-from-string "+4/6") (read-from-string "-10/4") (read-from-string "0/7") (read-from-string "8/4")))
  :value "(2/3 -5/2 0 2)")

(defcase ratios.read-integer-valued-is-integer
  :category ratios
  :features (read-from-string integerp)
  :forms ((list (integerp (read-from-string "8/4")) (integerp (read-from-string "0/3"))))
  :value "(T T)")

(defcase ratios.read-signed-denominator-is-symbol
  :category ratios
  :features (read-from-string symbolp)
  :forms ((list (symbolp (read-from-string "6/-3")) (symbolp (read-from-string "1/2/3")) (symbolp (read-from-string "1/"))))
  :value "(T T T)")

(defcase ratios.numerator-denominator-of-integers
  :category ratios
  :features (numerator denominator)
  :forms ((list (numerator -5) (denominator -5) (numerator 0) (denominator 0) (numerator (expt 10 20)) (denominator (expt 10 20))))
  :value "(-5 1 0 1 100000000000000000000 1)")

(defcase ratios.numerator-denominator-lowest-terms
  :category ratios
  :features (numerator denominator)
  :forms ((let ((r (/ 10 -4))) (list (numerator r) (denominator r))))
  :value "(-5 2)")

(defcase ratios.numerator-denominator-bignum-parts
  :category ratios
  :features (numerator denominator bignums)
  :forms ((let ((r (/ (expt 10 30) (expt 2 40)))) (list (numerator r) (denominator r))))
  :value "(931322574615478515625 1024)")

(defcase ratios.numerator-float-signals
  :category ratios
  :features (numerator type-error)
  :forms ((numerator (identity 0.5)))
  :signals type-error)

(defcase ratios.denominator-wrong-arg-count
  :category ratios
  :features (denominator program-error)
  :forms ((funcall 'denominator 1 2))
  :signals program-error)

(defcase ratios.rational-of-floats
  :category ratios
  :features (rational)
  :forms ((list (rational -0.75) (rational 1.0) (rational 0.0) (rational 1.5d0) (rational 0.1)))
  :value "(-3/4 1 0 3/2 13421773/134217728)")

(defcase ratios.rational-of-rational
  :category ratios
  :features (rational)
  :forms ((list (rational 2/3) (rational -7)))
  :value "(2/3 -7)")

(defcase ratios.rational-float-round-trip
  :category ratios
  :features (rational float)
  :forms ((loop for x in (list 0.1 (/ 1 3.0) 123.456 -7.5e-5) always (= (float (rational x) 1.0) x)))
  :value "T")

(defcase ratios.rational-is-exact
  :category ratios
  :features (rational =)
  :forms ((list (= (rational 0.1) 0.1) (= (rational 0.1) 1/10)))
  :value "(T NIL)")

(defcase ratios.rational-denominator-power-of-two
  :category ratios
  :features (rational denominator)
  :forms ((list (denominator (rational 0.5)) (denominator (rational 0.1d0)) (numerator (rational -1.5))))
  :value "(2 36028797018963968 -3)")

(defcase ratios.rationalize-exact-binary
  :category ratios
  :features (rationalize)
  :forms ((list (rationalize 0.5) (rationalize 0.75) (rationalize -0.25) (rationalize 1.0d0)))
  :value "(1/2 3/4 -1/4 1)")

(defcase ratios.rationalize-rational-unchanged
  :category ratios
  :features (rationalize)
  :forms ((list (rationalize 1/3) (rationalize 2) (rationalize -5/7)))
  :value "(1/3 2 -5/7)")

(defcase ratios.rationalize-round-trip
  :category ratios
  :features (rationalize float)
  :forms ((loop for x in (list 0.1 0.2 (/ 1 3.0) 3.14159 -2.5e-3 0.1d0 1d-10) always (= (float (rationalize x) x) x)))
  :value "T")

(defcase ratios.rationalize-simpler-than-rational
  :category ratios
  :features (rationalize rational denominator)
  :forms ((list (denominator (rationalize 0.1d0)) (< (denominator (rationalize 0.1)) (denominator (rational 0.1)))))
  :value "(10 T)")

(defcase ratios.contagion-sum-is-float
  :category ratios
  :features (+ floatp)
  :forms ((list (+ 1/2 0.5) (* 1/3 3.0) (+ 1/2 0.5d0) (- 1/4 0.25)))
  :value "(1.0 1.0 1.0d0 0.0)")

(defcase ratios.contagion-result-types
  :category ratios
  :features (+ typep)
  :forms ((list (floatp (+ 1/3 1.0)) (typep (+ 1/3 1d0) 'double-float) (typep (* 2/3 0.5) 'single-float) (rationalp (+ 1/3 1))))
  :value "(T T T T)")

(defcase ratios.contagion-times-zero-float
  :category ratios
  :features (*)
  :forms ((list (* 1/3 0.0) (* 0.0d0 2/7)))
  :value "(0.0 0.0d0)")

(defcase ratios.compare-with-floats-rationally
  :category ratios
  :features (< > =)
  :forms ((list (< 1/3 0.33333334) (> 1/3 0.3333333) (= 1/2 0.5) (= 1/3 (float 1/3))))
  :value "(T T T NIL)")

(defcase ratios.equal-ratio-float-distinct
  :category ratios
  :features (equal eql equalp)
  :forms ((list (equal 1/2 0.5) (eql 1/2 1/2) (equalp 1/2 0.5) (equal 1/2 2/4)))
  :value "(NIL T T T)")

(defcase ratios.ratio-plus-integer
  :category ratios
  :features (+ - *)
  :forms ((list (+ 1/2 1) (- 1 1/3) (* 1/2 4) (integerp (* 1/2 4))))
  :value "(3/2 2/3 2 T)")

(defcase ratios.arithmetic-many-args
  :category ratios
  :features (+ * - /)
  :forms ((list (+ 1/2 1/3 1/6) (* 1/2 2/3 3/4) (- 1 1/2 1/4 1/8) (/ 1 1/2 1/3)))
  :value "(1 1/4 1/8 6)")

(defcase ratios.reciprocals
  :category ratios
  :features (/)
  :forms ((list (/ 2/3) (/ -2/3) (/ 1/5)))
  :value "(3/2 -3/2 5)")

(defcase ratios.negation
  :category ratios
  :features (-)
  :forms ((list (- 1/2) (- -1/2) (- 0 1/2)))
  :value "(-1/2 1/2 -1/2)")

(defcase ratios.expt-ratio-negative-exponent
  :category ratios
  :features (expt)
  :forms ((list (expt 2/3 -2) (expt -1/2 3) (expt 1/2 10) (expt -2/3 0)))
  :value "(9/4 -1/8 1/1024 1)")

(defcase ratios.expt-integer-negative-exponent
  :category ratios
  :features (expt)
  :forms ((list (expt -2 -3) (expt 10 -2) (expt 1 -5)))
  :value "(-1/8 1/100 1)")

(defcase ratios.compare-chains
  :category ratios
  :features (< = /=)
  :forms ((list (< 1/3 1/2 2/3 1) (= 2/4 1/2 3/6) (/= 1/2 1/3 1/4) (/= 1/2 1/3 2/4)))
  :value "(T T T NIL)")

(defcase ratios.abs-signum-max-min
  :category ratios
  :features (abs signum max min)
  :forms ((list (abs -1/2) (signum 5/3) (max -1/2 -1/3) (min 1/2 1/3 1/4)))
  :value "(1/2 1 -1/3 1/4)")

(defcase ratios.floor-ratio-exact-multiple
  :category ratios
  :features (floor multiple-value-list)
  :forms ((multiple-value-list (floor 7/2 1/2)))
  :value "(7 0)")

(defcase ratios.mod-rem-ratios
  :category ratios
  :features (mod rem)
  :forms ((list (mod 1/2 1/3) (rem -1/2 1/3) (mod -1/2 1/3)))
  :value "(1/6 -1/6 1/6)")

(defcase ratios.one-plus-minus
  :category ratios
  :features (1+ 1-)
  :forms ((list (1+ -1/2) (1- -1/2) (1+ 2/3)))
  :value "(1/2 -3/2 5/3)")

(defcase ratios.incf-sums-to-integer
  :category ratios
  :features (incf)
  :forms ((let ((x 0)) (dotimes (i 4) (incf x 1/4)) (list x (integerp x))))
  :value "(1 T)")

(defcase ratios.decf-ratio
  :category ratios
  :features (decf)
  :forms ((let ((x 1)) (decf x 1/3) (decf x 1/3) x))
  :value "1/3")

(defcase ratios.sqrt-of-square-ratio
  :category ratios
  :features (sqrt =)
  :forms ((list (= (sqrt 1/4) 1/2) (= (sqrt 9/16) 3/4)))
  :value "(T T)")

(defcase ratios.zero-difference
  :category ratios
  :features (zerop -)
  :forms ((list (zerop (- 1/3 1/3)) (zerop (+ 1/3 -1/3)) (integerp (- 1/3 1/3))))
  :value "(T T T)")

(defcase ratios.product-integer
  :category ratios
  :features (* integerp)
  :forms ((list (integerp (* 2/3 3/2)) (* 2/3 3/2)))
  :value "(T 1)")

(defcase ratios.small-plus-third
  :category ratios
  :features (+)
  :forms ((+ 1/1000000000000 1/3))
  :value "1000000000003/3000000000000")

(defcase ratios.bignum-over-three
  :category ratios
  :features (/ bignums)
  :forms ((/ (expt 10 20) 3))
  :value "100000000000000000000/3")

(defcase ratios.bignum-ratio-arith
  :category ratios
  :features (+ bignums)
  :forms ((+ (/ 1 (expt 2 70)) (/ 1 (expt 2 70))))
  :value "1/590295810358705651712")

(defcase ratios.print-base-2
  :category ratios
  :features (write-to-string *print-base*)
  :forms ((write-to-string 3/4 :base 2))
  :value "\"11/100\"")

(defcase ratios.print-radix-binary
  :category ratios
  :features (write-to-string *print-radix*)
  :forms ((write-to-string 3/4 :base 2 :radix t))
  :value "\"#b11/100\"")

(defcase ratios.print-radix-decimal-ratio
  :category ratios
  :features (write-to-string *print-radix*)
  :forms ((write-to-string 1/2 :radix t))
  :value "\"#10r1/2\"")

(defcase ratios.print-radix-hex-ratio
  :category ratios
  :features (write-to-string *print-radix*)
  :forms ((write-to-string -255/256 :base 16 :radix t))
  :value "\"#x-FF/100\"")

(defcase ratios.print-base-36-ratio
  :category ratios
  :features (write-to-string *print-radix*)
  :forms ((write-to-string 1/36 :base 36 :radix t))
  :value "\"#36r1/10\"")

(defcase ratios.print-base-16-negative
  :category ratios
  :features (write-to-string *print-base*)
  :forms ((write-to-string -255/256 :base 16))
  :value "\"-FF/100\"")

(defcase ratios.prin1-princ
  :category ratios
  :features (prin1-to-string princ-to-string)
  :forms ((list (prin1-to-string 4/6) (princ-to-string -1/2)))
  :value "(\"2/3\" \"-1/2\")")

(defcase ratios.read-base-16-ratio
  :category ratios
  :features (*read-base* read-from-string)
  :forms ((let ((*read-base* 16)) (read-from-string "A/F")))
  :value "2/3")

(defcase ratios.read-sharp-radix-ratios
  :category ratios
  :features (read-from-string)
  :forms ((list (read-from-string "#x-1/10") (read-from-string "#b11/100") (read-from-string "#3r1/10") (read-from-string "#o7/10")))
  :value "(-1/16 3/4 1/3 7/8)")

(defcase ratios.read-whitespace-around
  :category ratios
  :features (read-from-string)
  :forms ((list (read-from-string " 3/1 ") (read-from-string "  -2/4")))
  :value "(3 -1/2)")

(defcase ratios.typep-rational-ranges
  :category ratios
  :features (rational typep)
  :forms ((list (typep 1/2 '(rational 0 1)) (typep 3/2 '(rational 0 1)) (typep 1/2 '(rational (1/2) *)) (typep 1/2 '(real 0 1)) (typep 1/2 '(integer 0 1))))
  :value "(T NIL NIL T NIL)")

(defcase ratios.ratio-type-partition
  :category ratios
  :features (ratio rational integer typep subtypep)
  :forms ((list (typep 1/2 'ratio) (typep 1 'ratio) (subtypep 'ratio 'rational) (subtypep 'integer 'ratio)))
  :value "(T NIL T NIL)")

(defcase ratios.coerce-ratio
  :category ratios
  :features (coerce)
  :forms ((list (coerce 1/2 'double-float) (coerce 1/3 'single-float) (coerce 2/4 'rational) (coerce 1/4 'real)))
  :value "(0.5d0 0.33333334 1/2 1/4)")

(defcase ratios.float-of-ratio-prototypes
  :category ratios
  :features (float)
  :forms ((list (float 1/3 1.0) (float -2/3 1d0) (float 1/1024) (float 1/3)))
  :value "(0.33333334 -0.6666666666666666d0 9.765625e-4 0.33333334)")

(defcase ratios.hash-key-eql
  :category ratios
  :features (gethash make-hash-table)
  :forms ((let ((h (make-hash-table))) (setf (gethash 2/4 h) :half) (list (gethash 1/2 h) (gethash 0.5 h))))
  :value "(:HALF NIL)")

(defcase ratios.lcm-ratio-signals
  :category ratios
  :features (lcm type-error)
  :forms ((lcm (identity 1/2) 2))
  :signals type-error)

(defcase ratios.evenp-ratio-signals
  :category ratios
  :features (evenp type-error)
  :forms ((evenp (identity 1/2)))
  :signals type-error)

(defcase ratios.complex-rational-parts
  :category ratios
  :features (complex realpart imagpart)
  :forms ((let ((z (complex 1/2 3/4))) (list z (realpart z) (imagpart z))))
  :value "(#C(1/2 3/4) 1/2 3/4)")

(defcase ratios.complex-zero-imaginary-is-rational
  :category ratios
  :features (complex complexp)
  :forms ((list (complex 1/2 0) (complexp (complex 1/2 0)) (complex 4/2 0)))
  :value "(1/2 NIL 2)")

(defcase ratios.complex-rational-square
  :category ratios
  :features (complex *)
  :forms ((* (complex 0 1/2) (complex 0 1/2)))
  :value "-1/4")

(defcase ratios.conjugate-rational-complex
  :category ratios
  :features (conjugate complex)
  :forms ((list (conjugate (complex 1/2 1/3)) (conjugate 1/2)))
  :value "(#C(1/2 -1/3) 1/2)")

(defcase ratios.complex-rational-typep
  :category ratios
  :features (complex typep)
  :forms ((list (typep (complex 1/2 1) '(complex rational)) (typep (complex 1/2 1) 'complex) (typep (complex 1/2 1) 'real)))
  :value "(T T NIL)")

(defcase ratios.upgraded-complex-part-type-of-ratio
  :category ratios
  :features (upgraded-complex-part-type subtypep)
  :forms ((multiple-value-list (subtypep 'ratio (upgraded-complex-part-type 'ratio))))
  :value "(T T)")

(defcase ratios.rational-of-double-extremes
  :category ratios
  :features (rational integerp most-positive-double-float)
  :forms ((list (integerp (rational most-positive-double-float)) (= (rational (float 1/1024 1d0)) 1/1024)))
  :value "(T T)")

(defcase ratios.ratio-sum-of-halves-loop
  :category ratios
  :features (loop +)
  :forms ((loop for i from 1 to 20 sum (/ 1 (expt 2 i))))
  :value "1048575/1048576")

(defcase ratios.ratio-egyptian-fraction
  :category ratios
  :features (+ /)
  :forms ((+ 1/2 1/3 1/7 1/42))
  :value "1")

(defcase ratios.numerator-denominator-identity
  :category ratios
  :features (numerator denominator /)
  :forms ((loop for r in (list 1/2 -3/4 22/7 5 -9 (/ (expt 2 70) 3)) always (= r (/ (numerator r) (denominator r)))))
  :value "T")

(defcase ratios.denominator-positive
  :category ratios
  :features (denominator plusp)
  :forms ((every (function plusp) (mapcar (function denominator) (list -1/2 1/2 -7 0 (/ -1 (expt 2 70))))))
  :value "T")

(defcase ratios.rationalp-not-float
  :category ratios
  :features (rationalp realp)
  :forms ((list (rationalp 0.5) (rationalp 1/2) (realp 1/2) (rationalp (complex 1/2 1))))
  :value "(NIL T T NIL)")

(defcase ratios.plusp-minusp-tiny
  :category ratios
  :features (plusp minusp)
  :forms ((list (plusp (/ 1 (expt 10 30))) (minusp (/ -1 (expt 10 30)))))
  :value "(T T)")

(defcase ratios.max-min-with-integers
  :category ratios
  :features (max min)
  :forms ((list (max 1/2 1) (min -1/2 -1) (max 3/2 1)))
  :value "(1 -1 3/2)")

(defcase ratios.truncate-toward-zero
  :category ratios
  :features (truncate multiple-value-list)
  :forms ((list (multiple-value-list (truncate -1/3)) (multiple-value-list (truncate 1/3))))
  :value "((0 -1/3) (0 1/3))")

(defcase ratios.plus-non-number-signals
  :category ratios
  :features (+ type-error)
  :forms ((+ 1/2 (identity "x")))
  :signals type-error)
