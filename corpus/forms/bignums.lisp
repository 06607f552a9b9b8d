;;;; corpus/forms/bignums.lisp — integers beyond the fixnum range (CLHS 12.1). Expectations: SBCL 2.2.9.

(defcase bignums.expt-2-100
  :category bignums
  :features (expt)
  :forms ((expt 2 100))
  :value "1267650600228229401496703205376")

(defcase bignums.expt-10-30
  :category bignums
  :features (expt)
  :forms ((expt 10 30))
  :value "1000000000000000000000000000000")

(defcase bignums.expt-negative-base-odd
  :category bignums
  :features (expt)
  :forms ((expt -3 41))
  :value "-36472996377170786403")

(defcase bignums.factorial-30
  :category bignums
  :features (defun *)
  :forms ((defun bn-fact (n) (if (< n 2) 1 (* n (bn-fact (- n 1)))))
          (bn-fact 30))
  :value "265252859812191058636308480000000")

(defcase bignums.factorial-50
  :category bignums
  :features (*)
  :forms ((let ((p 1)) (loop for i from 1 to 50 do (setq p (* p i))) p))
  :value "30414093201713378043612608166064768844377641568960512000000000000")

(defcase bignums.bignum-plus
  :category bignums
  :features (+)
  :forms ((+ (expt 2 64) (expt 2 64)))
  :value "36893488147419103232")

(defcase bignums.bignum-minus-to-fixnum
  :category bignums
  :features (-)
  :forms ((- (expt 2 70) (expt 2 70) -5))
  :value "5")

(defcase bignums.bignum-times
  :category bignums
  :features (*)
  :forms ((* 123456789012345678901234567890 987654321098765432109876543210))
  :value "121932631137021795226185032733622923332237463801111263526900")

(defcase bignums.bignum-negative-times
  :category bignums
  :features (*)
  :forms ((* (- (expt 10 20)) (expt 10 20)))
  :value "-10000000000000000000000000000000000000000")

(defcase bignums.bignum-compare
  :category bignums
  :features (< > =)
  :forms ((list (< (expt 2 100) (expt 2 101)) (> (- (expt 2 100)) 0) (= (expt 2 100) (* (expt 2 50) (expt 2 50)))))
  :value "(T NIL T)")

(defcase bignums.bignum-equal-eql
  :category bignums
  :features (eql equal)
  :forms ((list (eql (expt 3 50) (expt 3 50)) (equal (list (expt 3 50)) (list (expt 3 50)))))
  :value "(T T)")

(defcase bignums.bignum-floor
  :category bignums
  :features (floor multiple-value-list)
  :forms ((multiple-value-list (floor (expt 10 25) 7)))
  :value "(1428571428571428571428571 3)")

(defcase bignums.bignum-floor-by-bignum
  :category bignums
  :features (floor multiple-value-list)
  :forms ((multiple-value-list (floor (expt 10 40) (+ (expt 10 20) 1))))
  :value "(99999999999999999999 1)")

(defcase bignums.bignum-mod
  :category bignums
  :features (mod)
  :forms ((mod (expt 2 100) 1000007))
  :value "698635")

(defcase bignums.bignum-rem-negative
  :category bignums
  :features (rem)
  :forms ((rem (- (expt 2 100)) 12345))
  :value "-4396")

(defcase bignums.bignum-gcd
  :category bignums
  :features (gcd)
  :forms ((gcd (expt 2 80) (* (expt 2 40) (expt 3 30))))
  :value "1099511627776")

(defcase bignums.bignum-lcm
  :category bignums
  :features (lcm)
  :forms ((lcm (expt 2 70) (expt 3 40)))
  :value "14353237968448109868972222216943775514624")

(defcase bignums.bignum-isqrt
  :category bignums
  :features (isqrt)
  :forms ((isqrt (expt 10 40)))
  :value "100000000000000000000")

(defcase bignums.bignum-isqrt-non-square
  :category bignums
  :features (isqrt)
  :forms ((isqrt (+ (expt 10 30) 12345)))
  :value "1000000000000000")

(defcase bignums.bignum-ash-left
  :category bignums
  :features (ash)
  :forms ((ash 1 200))
  :value "1606938044258990275541962092341162602522202993782792835301376")

(defcase bignums.bignum-ash-right
  :category bignums
  :features (ash)
  :forms ((ash (expt 2 200) -190))
  :value "1024")

(defcase bignums.bignum-integer-length
  :category bignums
  :features (integer-length)
  :forms ((list (integer-length (expt 2 100)) (integer-length (- (expt 2 100)))))
  :value "(101 100)")

(defcase bignums.bignum-logand
  :category bignums
  :features (logand)
  :forms ((logand (1- (expt 2 100)) (expt 2 99)))
  :value "633825300114114700748351602688")

(defcase bignums.bignum-logior
  :category bignums
  :features (logior)
  :forms ((logior (expt 2 100) 1))
  :value "1267650600228229401496703205377")

(defcase bignums.bignum-logxor-self
  :category bignums
  :features (logxor)
  :forms ((logxor (expt 7 40) (expt 7 40)))
  :value "0")

(defcase bignums.bignum-lognot
  :category bignums
  :features (lognot)
  :forms ((lognot (expt 2 80)))
  :value "-1208925819614629174706177")

(defcase bignums.bignum-logcount
  :category bignums
  :features (logcount)
  :forms ((logcount (1- (expt 2 100))))
  :value "100")

(defcase bignums.bignum-logbitp
  :category bignums
  :features (logbitp)
  :forms ((list (logbitp 100 (expt 2 100)) (logbitp 99 (expt 2 100))))
  :value "(T NIL)")

(defcase bignums.bignum-typep
  :category bignums
  :features (typep integerp)
  :forms ((list (integerp (expt 2 100)) (typep (expt 2 100) 'fixnum) (typep (expt 2 100) 'bignum)))
  :value "(T NIL T)")

(defcase bignums.bignum-evenp-oddp
  :category bignums
  :features (evenp oddp)
  :forms ((list (evenp (expt 2 100)) (oddp (1+ (expt 2 100)))))
  :value "(T T)")

(defcase bignums.bignum-abs-signum
  :category bignums
  :features (abs signum)
  :forms ((list (abs (- (expt 10 25))) (signum (- (expt 10 25)))))
  :value "(10000000000000000000000000 -1)")

(defcase bignums.bignum-max-min
  :category bignums
  :features (max min)
  :forms ((list (max (expt 2 90) (expt 3 50)) (min (- (expt 2 90)) 5)))
  :value "(1237940039285380274899124224 -1237940039285380274899124224)")

(defcase bignums.bignum-negation
  :category bignums
  :features (-)
  :forms ((- (expt 2 64)))
  :value "-18446744073709551616")

(defcase bignums.bignum-to-fixnum-division
  :category bignums
  :features (/)
  :forms ((/ (expt 2 100) (expt 2 98)))
  :value "4")

(defcase bignums.bignum-ratio
  :category bignums
  :features (/)
  :forms ((/ (expt 10 20) (expt 6 10)))
  :value "97656250000000000/59049")

(defcase bignums.bignum-printed-string
  :category bignums
  :features (prin1-to-string)
  :forms ((prin1-to-string (expt 2 90)))
  :value "\"1237940039285380274899124224\"")

(defcase bignums.bignum-format-d
  :category bignums
  :features (format)
  :forms ((format nil "~D" (expt 10 21)))
  :value "\"1000000000000000000000\"")

(defcase bignums.bignum-format-hex
  :category bignums
  :features (format)
  :forms ((format nil "~X" (expt 2 68)))
  :value "\"100000000000000000\"")

(defcase bignums.bignum-parse-integer
  :category bignums
  :features (parse-integer)
  :forms ((parse-integer "123456789012345678901234567890"))
  :value "123456789012345678901234567890")

(defcase bignums.bignum-parse-integer-negative-hex
  :category bignums
  :features (parse-integer)
  :forms ((parse-integer "-FFFFFFFFFFFFFFFFFFFF" :radix 16))
  :value "-1208925819614629174706175")

(defcase bignums.bignum-literal
  :category bignums
  :features (+)
  :forms ((+ 100000000000000000000000000000 1))
  :value "100000000000000000000000000001")

(defcase bignums.bignum-fibonacci-100
  :category bignums
  :features (do)
  :forms ((do ((i 0 (1+ i)) (a 0 b) (b 1 (+ a b))) ((= i 100) a)))
  :value "354224848179261915075")

(defcase bignums.bignum-sum-of-digits-2-1000
  :category bignums
  :features (loop floor)
  :forms ((loop with n = (expt 2 1000) while (> n 0)
                sum (multiple-value-bind (q r) (floor n 10) (setq n q) r)))
  :value "1366")

(defcase bignums.bignum-expt-mod-loop
  :category bignums
  :features (loop mod)
  :forms ((let ((result 1) (base 3) (e 200) (m 1000000007))
            (loop while (> e 0)
                  do (when (oddp e) (setq result (mod (* result base) m)))
                     (setq base (mod (* base base) m) e (ash e -1)))
            result))
  :value "136318165")

(defcase bignums.bignum-subtract-below-zero
  :category bignums
  :features (-)
  :forms ((- (expt 2 64) (expt 2 65)))
  :value "-18446744073709551616")

(defcase bignums.bignum-product-back-to-fixnum
  :category bignums
  :features (* /)
  :forms ((/ (* (expt 10 30) 7) (expt 10 30)))
  :value "7")

(defcase bignums.bignum-hash-key
  :category bignums
  :features (gethash make-hash-table)
  :forms ((let ((h (make-hash-table)))
            (setf (gethash (expt 2 100) h) 'big)
            (gethash (expt 2 100) h)))
  :value "BIG")

(defcase bignums.bignum-sort
  :category bignums
  :features (sort)
  :forms ((sort (list (expt 2 70) 5 (- (expt 2 70)) (expt 3 40)) #'<))
  :value "(-1180591620717411303424 5 12157665459056928801 1180591620717411303424)")

(defcase bignums.bignum-truncate-negative
  :category bignums
  :features (truncate multiple-value-list)
  :forms ((multiple-value-list (truncate (- (expt 10 22)) 3)))
  :value "(-3333333333333333333333 -1)")

(defcase bignums.bignum-round
  :category bignums
  :features (round multiple-value-list)
  :forms ((multiple-value-list (round (1+ (* 2 (expt 10 20))) 2)))
  :value "(100000000000000000000 1)")

(defcase bignums.bignum-zerop-plusp
  :category bignums
  :features (zerop plusp)
  :forms ((list (zerop (- (expt 2 70) (expt 2 70))) (plusp (expt 2 70))))
  :value "(T T)")

(defcase bignums.bignum-most-positive-fixnum-plus-one
  :category bignums
  :features (most-positive-fixnum + -)
  :forms ((= most-positive-fixnum (- (+ most-positive-fixnum 1) 1)))
  :value "T")

(defcase bignums.bignum-float-conversion
  :category bignums
  :features (float)
  :forms ((float (expt 2 80) 1d0))
  :value "1.2089258196146292d24")

(defcase bignums.bignum-1+-1-
  :category bignums
  :features (1+ 1-)
  :forms ((list (1+ (expt 2 64)) (1- (expt 2 64))))
  :value "(18446744073709551617 18446744073709551615)")

(defcase bignums.bignum-mixed-fixnum-addition
  :category bignums
  :features (+)
  :forms ((+ 1 2 (expt 2 62) (expt 2 62)))
  :value "9223372036854775811")
