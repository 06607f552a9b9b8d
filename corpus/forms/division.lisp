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
