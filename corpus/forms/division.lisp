;;;; corpus/forms/division.lisp — floor, ceiling, truncate, round, mod, rem (CLHS 12). Expectations: SBCL 2.2.9.

(defcase division.floor-positive
  :category division
  :features (floor multiple-value-list)
  :forms ((multiple-value-list (floor 7 2)))
  :value "(3 1)")

(defcase division.floor-negative-dividend
  :category division
  :features (floor multiple-value-list)
  :forms ((multiple-value-list (floor -7 2)))
  :value "(-4 1)")

(defcase division.floor-negative-divisor
  :category division
  :features (floor multiple-value-list)
  :forms ((multiple-value-list (floor 7 -2)))
  :value "(-4 -1)")

(defcase division.floor-both-negative
  :category division
  :features (floor multiple-value-list)
  :forms ((multiple-value-list (floor -7 -2)))
  :value "(3 -1)")

(defcase division.floor-exact
  :category division
  :features (floor multiple-value-list)
  :forms ((multiple-value-list (floor 8 2)))
  :value "(4 0)")

(defcase division.floor-one-arg-integer
  :category division
  :features (floor multiple-value-list)
  :forms ((multiple-value-list (floor 5)))
  :value "(5 0)")

(defcase division.floor-one-arg-ratio
  :category division
  :features (floor multiple-value-list)
  :forms ((multiple-value-list (floor 7/2)))
  :value "(3 1/2)")

(defcase division.floor-one-arg-negative-ratio
  :category division
  :features (floor multiple-value-list)
  :forms ((multiple-value-list (floor -7/2)))
  :value "(-4 1/2)")

(defcase division.ceiling-positive
  :category division
  :features (ceiling multiple-value-list)
  :forms ((multiple-value-list (ceiling 7 2)))
  :value "(4 -1)")

(defcase division.ceiling-negative-dividend
  :category division
  :features (ceiling multiple-value-list)
  :forms ((multiple-value-list (ceiling -7 2)))
  :value "(-3 -1)")

(defcase division.ceiling-negative-divisor
  :category division
  :features (ceiling multiple-value-list)
  :forms ((multiple-value-list (ceiling 7 -2)))
  :value "(-3 1)")

(defcase division.ceiling-both-negative
  :category division
  :features (ceiling multiple-value-list)
  :forms ((multiple-value-list (ceiling -7 -2)))
  :value "(4 1)")

(defcase division.ceiling-exact
  :category division
  :features (ceiling multiple-value-list)
  :forms ((multiple-value-list (ceiling 6 3)))
  :value "(2 0)")

(defcase division.ceiling-one-arg-ratio
  :category division
  :features (ceiling multiple-value-list)
  :forms ((multiple-value-list (ceiling 1/3)))
  :value "(1 -2/3)")

(defcase division.truncate-positive
  :category division
  :features (truncate multiple-value-list)
  :forms ((multiple-value-list (truncate 7 2)))
  :value "(3 1)")

(defcase division.truncate-negative-dividend
  :category division
  :features (truncate multiple-value-list)
  :forms ((multiple-value-list (truncate -7 2)))
  :value "(-3 -1)")

(defcase division.truncate-negative-divisor
  :category division
  :features (truncate multiple-value-list)
  :forms ((multiple-value-list (truncate 7 -2)))
  :value "(-3 1)")

(defcase division.truncate-both-negative
  :category division
  :features (truncate multiple-value-list)
  :forms ((multiple-value-list (truncate -7 -2)))
  :value "(3 -1)")

(defcase division.truncate-one-arg-ratio
  :category division
  :features (truncate multiple-value-list)
  :forms ((multiple-value-list (truncate -5/3)))
  :value "(-1 -2/3)")

(defcase division.round-half-even-up
  :category division
  :features (round multiple-value-list)
  :forms ((multiple-value-list (round 5 2)))
  :value "(2 1)")

(defcase division.round-half-even-down
  :category division
  :features (round multiple-value-list)
  :forms ((multiple-value-list (round 7 2)))
  :value "(4 -1)")

(defcase division.round-half-negative
  :category division
  :features (round multiple-value-list)
  :forms ((multiple-value-list (round -5 2)))
  :value "(-2 -1)")

(defcase division.round-half-negative-odd
  :category division
  :features (round multiple-value-list)
  :forms ((multiple-value-list (round -7 2)))
  :value "(-4 1)")

(defcase division.round-not-half
  :category division
  :features (round multiple-value-list)
  :forms ((multiple-value-list (round 7 3)))
  :value "(2 1)")

(defcase division.round-one-arg-halves
  :category division
  :features (round)
  :forms ((list (round 1/2) (round 3/2) (round 5/2) (round -1/2) (round -3/2)))
  :value "(0 2 2 0 -2)")

(defcase division.round-negative-divisor
  :category division
  :features (round multiple-value-list)
  :forms ((multiple-value-list (round 8 -3)))
  :value "(-3 -1)")

(defcase division.mod-all-signs
  :category division
  :features (mod)
  :forms ((list (mod 7 3) (mod -7 3) (mod 7 -3) (mod -7 -3)))
  :value "(1 2 -2 -1)")

(defcase division.rem-all-signs
  :category division
  :features (rem)
  :forms ((list (rem 7 3) (rem -7 3) (rem 7 -3) (rem -7 -3)))
  :value "(1 -1 1 -1)")

(defcase division.mod-zero-dividend
  :category division
  :features (mod rem)
  :forms ((list (mod 0 5) (rem 0 -5)))
  :value "(0 0)")

(defcase division.mod-exact-multiple
  :category division
  :features (mod rem)
  :forms ((list (mod -9 3) (rem -9 3)))
  :value "(0 0)")

(defcase division.mod-equals-floor-remainder
  :category division
  :features (mod floor)
  :forms ((= (mod -17 5) (nth-value 1 (floor -17 5))))
  :value "T")

(defcase division.rem-equals-truncate-remainder
  :category division
  :features (rem truncate)
  :forms ((= (rem -17 5) (nth-value 1 (truncate -17 5))))
  :value "T")

(defcase division.floor-identity-check
  :category division
  :features (floor)
  :forms ((loop for (a b) in '((17 5) (-17 5) (17 -5) (-17 -5))
                always (multiple-value-bind (q r) (floor a b) (= a (+ (* q b) r)))))
  :value "T")

(defcase division.truncate-identity-check
  :category division
  :features (truncate)
  :forms ((loop for (a b) in '((17 5) (-17 5) (17 -5) (-17 -5))
                always (multiple-value-bind (q r) (truncate a b) (= a (+ (* q b) r)))))
  :value "T")

(defcase division.floor-by-zero-signals
  :category division
  :features (floor)
  :forms ((floor 5 (identity 0)))
  :signals division-by-zero)

(defcase division.divide-by-zero-signals
  :category division
  :features (/)
  :forms ((/ 1 (identity 0)))
  :signals division-by-zero)

(defcase division.mod-by-zero-signals
  :category division
  :features (mod)
  :forms ((mod 10 (identity 0)))
  :signals division-by-zero)

(defcase division.truncate-by-zero-signals
  :category division
  :features (truncate)
  :forms ((truncate 1 (identity 0)))
  :signals division-by-zero)

(defcase division.divide-exact-integer
  :category division
  :features (/)
  :forms ((/ 12 3))
  :value "4")

(defcase division.divide-to-ratio
  :category division
  :features (/)
  :forms ((/ 10 4))
  :value "5/2")

(defcase division.divide-negative-ratio
  :category division
  :features (/)
  :forms ((/ -3 6))
  :value "-1/2")

(defcase division.divide-reciprocal
  :category division
  :features (/)
  :forms ((list (/ 4) (/ -1) (/ 1/3)))
  :value "(1/4 -1 3)")

(defcase division.divide-many-args
  :category division
  :features (/)
  :forms ((/ 120 2 3 4))
  :value "5")

(defcase division.floor-ratio-divisor
  :category division
  :features (floor multiple-value-list)
  :forms ((multiple-value-list (floor 7 1/2)))
  :value "(14 0)")

(defcase division.floor-ratio-by-ratio
  :category division
  :features (floor multiple-value-list)
  :forms ((multiple-value-list (floor 5/2 1/3)))
  :value "(7 1/6)")

(defcase division.floor-float
  :category division
  :features (floor multiple-value-list)
  :forms ((multiple-value-list (floor 7.5)))
  :value "(7 0.5)")

(defcase division.ffloor-returns-float
  :category division
  :features (ffloor multiple-value-list)
  :forms ((multiple-value-list (ffloor 7 2)))
  :value "(3.0 1)")

(defcase division.fceiling-fround-ftruncate
  :category division
  :features (fceiling fround ftruncate)
  :forms ((list (fceiling 7 2) (fround 7 2) (ftruncate -7 2)))
  :value "(4.0 4.0 -3.0)")

(defcase division.round-float-half-even
  :category division
  :features (round)
  :forms ((list (round 2.5) (round 3.5) (round -2.5)))
  :value "(2 4 -2)")

(defcase division.truncate-float
  :category division
  :features (truncate multiple-value-list)
  :forms ((multiple-value-list (truncate -2.75)))
  :value "(-2 -0.75)")

(defcase division.ceiling-float-one-arg
  :category division
  :features (ceiling)
  :forms ((list (ceiling 2.1) (ceiling -2.1)))
  :value "(3 -2)")

(defcase division.floor-large-dividend
  :category division
  :features (floor multiple-value-list)
  :forms ((multiple-value-list (floor 1000000007 97)))
  :value "(10309278 41)")

(defcase division.mod-large-negative
  :category division
  :features (mod)
  :forms ((mod -1000000007 97))
  :value "56")

(defcase division.floor-divisor-one
  :category division
  :features (floor multiple-value-list)
  :forms ((multiple-value-list (floor -5 1)))
  :value "(-5 0)")

(defcase division.rem-divisor-larger
  :category division
  :features (rem mod)
  :forms ((list (rem 3 10) (mod 3 10) (rem -3 10) (mod -3 10)))
  :value "(3 3 -3 7)")

(defcase division.mod-float
  :category division
  :features (mod)
  :forms ((mod 7.5 2))
  :value "1.5")

(defcase division.rem-float
  :category division
  :features (rem)
  :forms ((rem -7.5 2))
  :value "-1.5")

(defcase division.gcd-via-mod-loop
  :category division
  :features (mod)
  :forms ((let ((a 1071) (b 462))
            (loop until (zerop b) do (psetq a b b (mod a b)))
            a))
  :value "21")

(defcase division.division-sum-of-parts
  :category division
  :features (floor)
  :forms ((multiple-value-bind (h rest) (floor 3725 3600)
            (multiple-value-bind (m s) (floor rest 60)
              (list h m s))))
  :value "(1 2 5)")

(defcase division.round-to-nearest-ten
  :category division
  :features (round)
  :forms ((list (* 10 (round 45 10)) (* 10 (round 55 10)) (* 10 (round 46 10))))
  :value "(40 60 50)")

;;; ---------------------------------------------------------------- entry by entry: floor ceiling truncate round and the f- variants, mod rem, / (CLHS 12.2)

(defcase division.floor-float-divisor
  :category division
  :features (floor multiple-value-list)
  :forms ((multiple-value-list (floor 7 2.0)))
  :value "(3 1.0)")

(defcase division.floor-negative-float
  :category division
  :features (floor multiple-value-list)
  :forms ((multiple-value-list (floor -7.5 2)))
  :value "(-4 0.5)")

(defcase division.ceiling-float
  :category division
  :features (ceiling multiple-value-list)
  :forms ((multiple-value-list (ceiling 7.5 2)))
  :value "(4 -0.5)")

(defcase division.truncate-float-negative-divisor
  :category division
  :features (truncate multiple-value-list)
  :forms ((multiple-value-list (truncate 7 -2.0)))
  :value "(-3 1.0)")

(defcase division.round-float-divisor-halves
  :category division
  :features (round multiple-value-list)
  :forms ((list (multiple-value-list (round 5 2.0)) (multiple-value-list (round 7 2.0))))
  :value "((2 1.0) (4 -1.0))")

(defcase division.round-ratio-half-even
  :category division
  :features (round multiple-value-list)
  :forms ((list (multiple-value-list (round 5/2)) (multiple-value-list (round 7/2))))
  :value "((2 1/2) (4 -1/2))")

(defcase division.round-negative-ratio-half
  :category division
  :features (round multiple-value-list)
  :forms ((list (multiple-value-list (round -5/2)) (multiple-value-list (round -7/2))))
  :value "((-2 -1/2) (-4 1/2))")

(defcase division.floor-ratio-by-ratio-negative
  :category division
  :features (floor multiple-value-list)
  :forms ((multiple-value-list (floor -7/3 2/3)))
  :value "(-4 1/3)")

(defcase division.ceiling-ratio-by-ratio
  :category division
  :features (ceiling multiple-value-list)
  :forms ((multiple-value-list (ceiling 7/3 2/3)))
  :value "(4 -1/3)")

(defcase division.truncate-ratio-by-integer
  :category division
  :features (truncate multiple-value-list)
  :forms ((multiple-value-list (truncate -7/2 2)))
  :value "(-1 -3/2)")

(defcase division.round-ratio-by-ratio-tie
  :category division
  :features (round multiple-value-list)
  :forms ((multiple-value-list (round 1/2 1/3)))
  :value "(2 -1/6)")

(defcase division.truncate-integer-by-ratio
  :category division
  :features (truncate multiple-value-list)
  :forms ((multiple-value-list (truncate 1 2/3)))
  :value "(1 1/3)")

(defcase division.floor-integer-by-ratio-negative
  :category division
  :features (floor multiple-value-list)
  :forms ((multiple-value-list (floor -1 2/3)))
  :value "(-2 1/3)")

(defcase division.ceiling-by-negative-ratio
  :category division
  :features (ceiling multiple-value-list)
  :forms ((multiple-value-list (ceiling 1 -2/3)))
  :value "(-1 1/3)")

(defcase division.ffloor-negative
  :category division
  :features (ffloor multiple-value-list)
  :forms ((multiple-value-list (ffloor -7 2)))
  :value "(-4.0 1)")

(defcase division.fceiling-both-values
  :category division
  :features (fceiling multiple-value-list)
  :forms ((multiple-value-list (fceiling 7 2)))
  :value "(4.0 -1)")

(defcase division.ftruncate-both-values
  :category division
  :features (ftruncate multiple-value-list)
  :forms ((multiple-value-list (ftruncate -7 2)))
  :value "(-3.0 -1)")

(defcase division.fround-both-values
  :category division
  :features (fround multiple-value-list)
  :forms ((list (multiple-value-list (fround 5 2)) (multiple-value-list (fround 7 2))))
  :value "((2.0 1) (4.0 -1))")

(defcase division.ffloor-double
  :category division
  :features (ffloor multiple-value-list)
  :forms ((multiple-value-list (ffloor 7.5d0)))
  :value "(7.0d0 0.5d0)")

(defcase division.fround-float-half-even
  :category division
  :features (fround multiple-value-list)
  :forms ((list (multiple-value-list (fround 2.5)) (multiple-value-list (fround -3.5))))
  :value "((2.0 0.5) (-4.0 0.5))")

(defcase division.ffloor-ratio
  :category division
  :features (ffloor multiple-value-list)
  :forms ((multiple-value-list (ffloor 7/2)))
  :value "(3.0 1/2)")

(defcase division.fceiling-float-divisor
  :category division
  :features (fceiling multiple-value-list)
  :forms ((multiple-value-list (fceiling 7 2.0)))
  :value "(4.0 -1.0)")

(defcase division.ffloor-double-divisor
  :category division
  :features (ffloor multiple-value-list)
  :forms ((multiple-value-list (ffloor 7 2d0)))
  :value "(3.0d0 1.0d0)")

(defcase division.fround-ratio
  :category division
  :features (fround multiple-value-list)
  :forms ((multiple-value-list (fround 7/2)))
  :value "(4.0 -1/2)")

(defcase division.ffloor-integer-one-arg
  :category division
  :features (ffloor ftruncate multiple-value-list)
  :forms ((list (multiple-value-list (ffloor 5)) (multiple-value-list (ftruncate -5))))
  :value "((5.0 0) (-5.0 0))")

(defcase division.f-variants-return-floats
  :category division
  :features (ffloor fceiling ftruncate fround floatp)
  :forms ((every (function floatp) (list (ffloor 7 2) (fceiling 7 2) (ftruncate 7 2) (fround 7 2) (ffloor 1/2))))
  :value "T")

(defcase division.floor-one-arg-negative-float
  :category division
  :features (floor multiple-value-list)
  :forms ((multiple-value-list (floor -2.5)))
  :value "(-3 0.5)")

(defcase division.round-one-arg-float-values
  :category division
  :features (round multiple-value-list)
  :forms ((list (multiple-value-list (round 2.5)) (multiple-value-list (round -2.5)) (multiple-value-list (round 1.5))))
  :value "((2 0.5) (-2 -0.5) (2 -0.5))")

(defcase division.round-half-to-zero
  :category division
  :features (round multiple-value-list)
  :forms ((list (multiple-value-list (round 1/2)) (multiple-value-list (round -1/2))))
  :value "((0 1/2) (0 -1/2))")

(defcase division.one-arg-integer-identity
  :category division
  :features (floor ceiling truncate round multiple-value-list)
  :forms ((list (multiple-value-list (ceiling 5)) (multiple-value-list (truncate -5)) (multiple-value-list (round -5)) (multiple-value-list (floor 0))))
  :value "((5 0) (-5 0) (-5 0) (0 0))")

(defcase division.zero-dividend
  :category division
  :features (floor ceiling multiple-value-list)
  :forms ((list (multiple-value-list (floor 0 5)) (multiple-value-list (floor 0 -5)) (multiple-value-list (ceiling 0 5))))
  :value "((0 0) (0 0) (0 0))")

(defcase division.floor-double-remainder
  :category division
  :features (floor multiple-value-list)
  :forms ((multiple-value-list (floor 7.5d0 2)))
  :value "(3 1.5d0)")

(defcase division.floor-mixed-float-contagion
  :category division
  :features (floor multiple-value-list)
  :forms ((multiple-value-list (floor 7.5 2d0)))
  :value "(3 1.5d0)")

(defcase division.truncate-quotient-is-integer
  :category division
  :features (truncate integerp)
  :forms ((list (integerp (truncate 7.5)) (integerp (floor 7.5d0)) (integerp (round 1/3))))
  :value "(T T T)")

(defcase division.floor-large-float
  :category division
  :features (floor multiple-value-list)
  :forms ((multiple-value-list (floor 1e10)))
  :value "(10000000000 0.0)")

(defcase division.floor-bignum
  :category division
  :features (floor multiple-value-list bignums)
  :forms ((multiple-value-list (floor (expt 10 20) 7)))
  :value "(14285714285714285714 2)")

(defcase division.floor-negative-bignum
  :category division
  :features (floor multiple-value-list bignums)
  :forms ((multiple-value-list (floor (- (expt 10 20)) 7)))
  :value "(-14285714285714285715 5)")

(defcase division.truncate-bignum-by-bignum
  :category division
  :features (truncate multiple-value-list bignums)
  :forms ((multiple-value-list (truncate (expt 10 30) (expt 10 15))))
  :value "(1000000000000000 0)")

(defcase division.round-bignum-half-even
  :category division
  :features (round multiple-value-list bignums)
  :forms ((multiple-value-list (round (1+ (* 2 (expt 10 20))) 2)))
  :value "(100000000000000000000 1)")

(defcase division.mod-bignum-divisor
  :category division
  :features (mod bignums)
  :forms ((mod -1 (expt 2 70)))
  :value "1180591620717411303423")

(defcase division.floor-most-negative-fixnum-by-minus-one
  :category division
  :features (floor most-negative-fixnum)
  :forms ((multiple-value-bind (q r) (floor most-negative-fixnum -1) (list (= q (- most-negative-fixnum)) (typep q (quote fixnum)) r)))
  :value "(T NIL 0)")

(defcase division.mod-ratio
  :category division
  :features (mod rem)
  :forms ((list (mod 7/2 1) (mod -7/2 1) (rem -7/2 1) (rem 7/2 -1)))
  :value "(1/2 1/2 -1/2 1/2)")

(defcase division.mod-rem-float-negative-divisor
  :category division
  :features (mod rem)
  :forms ((list (mod 7.5 -2) (rem 7.5 -2)))
  :value "(-0.5 1.5)")

(defcase division.mod-rem-float-divisor
  :category division
  :features (mod rem)
  :forms ((list (rem 10 3.0) (mod -10 3.0)))
  :value "(1.0 2.0)")

(defcase division.mod-fractional-part
  :category division
  :features (mod)
  :forms ((mod 3.25 1))
  :value "0.25")

(defcase division.mod-sign-follows-divisor
  :category division
  :features (mod)
  :forms ((loop for (a b) in '((7 3) (-7 3) (7 -3) (-7 -3) (9 -4) (-9 4)) for m = (mod a b) always (or (zerop m) (eq (minusp m) (minusp b)))))
  :value "T")

(defcase division.rem-sign-follows-dividend
  :category division
  :features (rem)
  :forms ((loop for (a b) in '((7 3) (-7 3) (7 -3) (-7 -3) (9 -4) (-9 4)) for r = (rem a b) always (or (zerop r) (eq (minusp r) (minusp a)))))
  :value "T")

(defcase division.mod-rem-agree-same-signs
  :category division
  :features (mod rem)
  :forms ((loop for (a b) in '((17 5) (-17 -5) (5/2 1/3) (100 7)) always (= (mod a b) (rem a b))))
  :value "T")

(defcase division.floor-remainder-range
  :category division
  :features (floor)
  :forms ((loop for (a b) in '((17 5) (-17 5) (17 -5) (-17 -5) (7/2 2/3) (-7/2 2/3)) always (multiple-value-bind (q r) (floor a b) (and (integerp q) (if (plusp b) (and (<= 0 r) (< r b)) (and (< b r) (<= r 0)))))))
  :value "T")

(defcase division.ceiling-identity-check
  :category division
  :features (ceiling)
  :forms ((loop for (a b) in '((17 5) (-17 5) (17 -5) (-17 -5) (7/2 1/3)) always (multiple-value-bind (q r) (ceiling a b) (= a (+ (* q b) r)))))
  :value "T")

(defcase division.round-identity-and-bound
  :category division
  :features (round)
  :forms ((loop for (a b) in '((17 5) (-17 5) (17 -5) (-17 -5) (5 2) (-5 2) (7/2 1)) always (multiple-value-bind (q r) (round a b) (and (= a (+ (* q b) r)) (<= (* 2 (abs r)) (abs b))))))
  :value "T")

(defcase division.round-tie-quotient-even
  :category division
  :features (round evenp)
  :forms ((loop for n from -9 to 9 by 2 always (evenp (round n 2))))
  :value "T")

(defcase division.nth-value-quotient
  :category division
  :features (truncate nth-value)
  :forms ((list (nth-value 0 (truncate 17 5)) (nth-value 1 (truncate 17 5))))
  :value "(3 2)")

(defcase division.divide-floats
  :category division
  :features (/)
  :forms ((list (/ 1 4.0) (/ 3.0 2) (/ 1.5d0 3)))
  :value "(0.25 1.5 0.5d0)")

(defcase division.divide-ratios
  :category division
  :features (/)
  :forms ((list (/ 2/3 4/9) (/ 1/2 2) (/ 3 3/4)))
  :value "(3/2 1/4 4)")

(defcase division.divide-zero-dividend
  :category division
  :features (/)
  :forms ((list (/ 0 5) (/ 0 -5) (/ 0 1/3)))
  :value "(0 0 0)")

(defcase division.divide-result-integer-type
  :category division
  :features (/ integerp)
  :forms ((list (integerp (/ 6 3)) (integerp (/ 6 4)) (typep (/ 6 4) (quote ratio))))
  :value "(T NIL T)")

(defcase division.divide-then-multiply-exact
  :category division
  :features (/ *)
  :forms ((list (* (/ 1 3) 3) (* (/ 7 11) 11/7)))
  :value "(1 1)")

(defcase division.divide-one-arg-reciprocal-float
  :category division
  :features (/)
  :forms ((list (/ 2.0) (/ 0.5d0) (/ -4)))
  :value "(0.5 2.0d0 -1/4)")

(defcase division.division-by-zero-type
  :category division
  :features (division-by-zero handler-case floor)
  :forms ((handler-case (floor 1 (identity 0)) (division-by-zero () :caught)))
  :value ":CAUGHT")

(defcase division.division-by-zero-is-arithmetic-error
  :category division
  :features (division-by-zero arithmetic-error arithmetic-error-operands arithmetic-error-operation)
  :forms ((handler-case (/ 5 (identity 0)) (arithmetic-error (c) (list (typep c (quote division-by-zero)) (listp (arithmetic-error-operands c)) (not (null (arithmetic-error-operation c)))))))
  :value "(T T T)")

(defcase division.division-by-zero-subtype
  :category division
  :features (division-by-zero arithmetic-error subtypep)
  :forms ((list (subtypep 'division-by-zero 'arithmetic-error) (subtypep 'arithmetic-error 'error)))
  :value "(T T)")

(defcase division.ceiling-by-zero-signals
  :category division
  :features (ceiling division-by-zero)
  :forms ((ceiling 5 (identity 0)))
  :signals division-by-zero)

(defcase division.round-by-zero-signals
  :category division
  :features (round division-by-zero)
  :forms ((round 5 (identity 0)))
  :signals division-by-zero)

(defcase division.rem-by-zero-signals
  :category division
  :features (rem division-by-zero)
  :forms ((rem 5 (identity 0)))
  :signals division-by-zero)

(defcase division.ffloor-by-zero-signals
  :category division
  :features (ffloor division-by-zero)
  :forms ((ffloor 5 (identity 0)))
  :signals division-by-zero)

(defcase division.divide-ratio-by-zero-signals
  :category division
  :features (/ division-by-zero)
  :forms ((/ 1/2 (identity 0)))
  :signals division-by-zero)

(defcase division.divide-one-arg-zero-signals
  :category division
  :features (/ division-by-zero)
  :forms ((/ (identity 0)))
  :signals division-by-zero)

(defcase division.floor-non-number-signals
  :category division
  :features (floor type-error)
  :forms ((floor (identity 'a) 2))
  :signals type-error)

(defcase division.floor-complex-signals
  :category division
  :features (floor type-error)
  :forms ((floor (complex 1 2)))
  :signals type-error)

(defcase division.mod-non-integer-signals
  :category division
  :features (mod type-error)
  :forms ((mod (identity "7") 2))
  :signals type-error)

(defcase division.floor-no-args-signals
  :category division
  :features (floor program-error)
  :forms ((funcall 'floor))
  :signals program-error)

(defcase division.mod-one-arg-signals
  :category division
  :features (mod program-error)
  :forms ((funcall 'mod 7))
  :signals program-error)

(defcase division.truncate-three-args-signals
  :category division
  :features (truncate program-error)
  :forms ((funcall 'truncate 7 2 1))
  :signals program-error)

(defcase division.divide-no-args-signals
  :category division
  :features (/ program-error)
  :forms ((funcall '/))
  :signals program-error)
