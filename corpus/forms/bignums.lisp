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

;;; ---------------------------------------------------------------- across the fixnum boundary, large powers, bit operations, printing in bases 2-36 (CLHS 12.1, 22.1.3.1.1)

(defcase bignums.plus-crosses-fixnum-boundary
  :category bignums
  :features (+ most-positive-fixnum fixnum bignum)
  :forms ((let* ((x most-positive-fixnum) (y (+ x 1))) (list (typep y 'fixnum) (typep y 'bignum) (= (- y 1) x) (typep (- y 1) 'fixnum))))
  :value "(NIL T T T)")

(defcase bignums.minus-crosses-fixnum-boundary
  :category bignums
  :features (- most-negative-fixnum fixnum bignum)
  :forms ((let* ((x most-negative-fixnum) (y (- x 1))) (list (typep y 'bignum) (= (+ y 1) x) (typep (+ y 1) 'fixnum))))
  :value "(T T T)")

(defcase bignums.times-crosses-fixnum-boundary
  :category bignums
  :features (* / most-positive-fixnum)
  :forms ((let ((x most-positive-fixnum)) (list (= (/ (* x x) x) x) (typep (* x x) (quote bignum)) (typep (/ (* x x) x) (quote fixnum)))))
  :value "(T T T)")

(defcase bignums.sum-back-to-fixnum
  :category bignums
  :features (+ - fixnum)
  :forms ((let ((big (expt 2 100))) (list (- big big) (typep (- big big) 'fixnum) (+ big (- 5 big)))))
  :value "(0 T 5)")

(defcase bignums.times-2-32-squared
  :category bignums
  :features (*)
  :forms ((* (expt 2 32) (expt 2 32)))
  :value "18446744073709551616")

(defcase bignums.times-zero
  :category bignums
  :features (*)
  :forms ((list (* (expt 10 50) 0) (* 0 (- (expt 10 50)))))
  :value "(0 0)")

(defcase bignums.one-plus-carry
  :category bignums
  :features (1+ 1-)
  :forms ((list (1+ (1- (expt 2 128))) (1- (- (expt 2 64)))))
  :value "(340282366920938463463374607431768211456 -18446744073709551617)")

(defcase bignums.negative-printing
  :category bignums
  :features (prin1-to-string)
  :forms ((prin1-to-string (- (expt 10 25))))
  :value "\"-10000000000000000000000000\"")

(defcase bignums.sum-of-powers
  :category bignums
  :features (reduce +)
  :forms ((reduce (function +) (loop for i below 10 collect (expt 10 (* 5 i)))))
  :value "1000010000100001000010000100001000010000100001")

(defcase bignums.compare-chain-mixed-signs
  :category bignums
  :features (< >)
  :forms ((list (< (- (expt 2 100)) -1 0 1 (expt 2 100)) (> (expt 2 101) (expt 2 100) (- (expt 2 100)))))
  :value "(T T)")

(defcase bignums.expt-2-1000-size
  :category bignums
  :features (expt integer-length princ-to-string)
  :forms ((list (integer-length (expt 2 1000)) (length (princ-to-string (expt 2 1000)))))
  :value "(1001 302)")

(defcase bignums.expt-7-77
  :category bignums
  :features (expt)
  :forms ((expt 7 77))
  :value "118181386580595879976868414312001964434038548836769923458287039207")

(defcase bignums.expt-negative-base-even
  :category bignums
  :features (expt)
  :forms ((expt -2 100))
  :value "1267650600228229401496703205376")

(defcase bignums.expt-bignum-base
  :category bignums
  :features (expt)
  :forms ((expt (expt 10 10) 5))
  :value "100000000000000000000000000000000000000000000000000")

(defcase bignums.expt-bignum-exponent-of-one
  :category bignums
  :features (expt)
  :forms ((list (expt 1 (expt 10 20)) (expt -1 (expt 10 20)) (expt -1 (1+ (expt 10 20))) (expt 0 (expt 10 20))))
  :value "(1 1 -1 0)")

(defcase bignums.expt-bignum-zero-exponent
  :category bignums
  :features (expt)
  :forms ((expt (expt 10 40) 0))
  :value "1")

(defcase bignums.expt-negative-exponent-ratio
  :category bignums
  :features (expt ratios)
  :forms ((expt 2 -100))
  :value "1/1267650600228229401496703205376")

(defcase bignums.expt-ratio-large
  :category bignums
  :features (expt ratios)
  :forms ((expt 2/3 50))
  :value "1125899906842624/717897987691852588770249")

(defcase bignums.ash-left-1000
  :category bignums
  :features (ash integer-length)
  :forms ((integer-length (ash 3 1000)))
  :value "1002")

(defcase bignums.ash-right-to-fixnum
  :category bignums
  :features (ash)
  :forms ((list (ash (expt 2 100) -98) (ash (1- (expt 2 100)) -98)))
  :value "(4 3)")

(defcase bignums.ash-negative-right-floors
  :category bignums
  :features (ash)
  :forms ((list (ash (- (expt 2 100)) -99) (ash (- 1 (expt 2 100)) -99) (ash (- -1 (expt 2 100)) -99)))
  :value "(-2 -2 -3)")

(defcase bignums.ash-right-past-length
  :category bignums
  :features (ash)
  :forms ((list (ash (expt 2 100) -200) (ash (- (expt 2 100)) -200)))
  :value "(0 -1)")

(defcase bignums.ash-round-trip
  :category bignums
  :features (ash)
  :forms ((= (ash (ash 12345 300) -300) 12345))
  :value "T")

(defcase bignums.logand-bignums
  :category bignums
  :features (logand)
  :forms ((list (logand (expt 2 100) (1- (expt 2 101))) (logand (- (expt 2 100)) (1- (expt 2 101))) (logand (1+ (expt 2 100)) 255)))
  :value "(1267650600228229401496703205376 1267650600228229401496703205376 1)")

(defcase bignums.logand-negative-bignums
  :category bignums
  :features (logand)
  :forms ((logand (- (expt 2 100)) (- (expt 2 80))))
  :value "-1267650600228229401496703205376")

(defcase bignums.logior-negative-bignum
  :category bignums
  :features (logior)
  :forms ((logior (- (expt 2 100)) 1))
  :value "-1267650600228229401496703205375")

(defcase bignums.logxor-minus-one-is-lognot
  :category bignums
  :features (logxor lognot)
  :forms ((= (logxor (expt 3 70) -1) (lognot (expt 3 70))))
  :value "T")

(defcase bignums.logxor-bignums
  :category bignums
  :features (logxor)
  :forms ((logxor (expt 2 100) (expt 2 99) (expt 2 100)))
  :value "633825300114114700748351602688")

(defcase bignums.lognor-bignum
  :category bignums
  :features (lognor logeqv)
  :forms ((list (lognor (expt 2 100) 0) (logeqv (expt 2 100) (expt 2 100))))
  :value "(-1267650600228229401496703205377 -1)")

(defcase bignums.logcount-negative-bignum
  :category bignums
  :features (logcount)
  :forms ((list (logcount (- (expt 2 100))) (logcount (expt 2 100))))
  :value "(100 1)")

(defcase bignums.integer-length-negative-bignum
  :category bignums
  :features (integer-length)
  :forms ((list (integer-length (- (expt 2 100))) (integer-length (- -1 (expt 2 100)))))
  :value "(100 101)")

(defcase bignums.ldb-of-bignum
  :category bignums
  :features (ldb byte)
  :forms ((list (ldb (byte 8 96) (expt 2 100)) (ldb (byte 8 0) (- (expt 2 100))) (ldb (byte 4 100) (- (expt 2 100)))))
  :value "(16 0 15)")

(defcase bignums.dpb-into-bignum
  :category bignums
  :features (dpb byte)
  :forms ((list (dpb 1 (byte 1 100) 0) (dpb 0 (byte 1 100) (expt 2 100))))
  :value "(1267650600228229401496703205376 0)")

(defcase bignums.mask-field-deposit-field-bignum
  :category bignums
  :features (mask-field deposit-field byte)
  :forms ((list (mask-field (byte 4 100) (1- (expt 2 104))) (deposit-field (expt 2 100) (byte 1 100) 0)))
  :value "(19014759003423441022450548080640 1267650600228229401496703205376)")

(defcase bignums.logbitp-negative-bignum
  :category bignums
  :features (logbitp)
  :forms ((list (logbitp 200 (- (expt 2 100))) (logbitp 99 (- (expt 2 100))) (logbitp 100 (- (expt 2 100)))))
  :value "(T NIL T)")

(defcase bignums.logtest-bignums
  :category bignums
  :features (logtest)
  :forms ((list (logtest (expt 2 100) (expt 2 101)) (logtest (expt 2 100) (- (expt 2 100)))))
  :value "(NIL T)")

(defcase bignums.bytes-reassemble
  :category bignums
  :features (ldb dpb byte)
  :forms ((let* ((n (expt 7 60)) (m 0)) (loop for pos from 0 below (integer-length n) by 8 do (setf m (dpb (ldb (byte 8 pos) n) (byte 8 pos) m))) (= m n)))
  :value "T")

(defcase bignums.print-base-2
  :category bignums
  :features (write-to-string *print-base*)
  :forms ((write-to-string (expt 2 100) :base 2))
  :value "\"10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000\"")

(defcase bignums.print-base-3
  :category bignums
  :features (write-to-string *print-base*)
  :forms ((write-to-string (expt 3 41) :base 3))
  :value "\"100000000000000000000000000000000000000000\"")

(defcase bignums.print-base-7-negative
  :category bignums
  :features (write-to-string *print-base*)
  :forms ((write-to-string (- (expt 7 30)) :base 7))
  :value "\"-1000000000000000000000000000000\"")

(defcase bignums.print-base-8
  :category bignums
  :features (write-to-string *print-base*)
  :forms ((write-to-string (1- (expt 2 99)) :base 8))
  :value "\"777777777777777777777777777777777\"")

(defcase bignums.print-base-16
  :category bignums
  :features (write-to-string *print-base*)
  :forms ((write-to-string (1- (expt 2 128)) :base 16))
  :value "\"FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF\"")

(defcase bignums.print-base-36
  :category bignums
  :features (write-to-string *print-base*)
  :forms ((write-to-string (expt 3 100) :base 36))
  :value "\"AJMFWC7PEP3ZSS2FWKM9ZM45PD86W29\"")

(defcase bignums.print-base-36-power
  :category bignums
  :features (*print-base* prin1-to-string)
  :forms ((let ((*print-base* 36)) (prin1-to-string (expt 36 20))))
  :value "\"100000000000000000000\"")

(defcase bignums.print-bases-2-to-36
  :category bignums
  :features (write-to-string *print-base* parse-integer)
  :forms ((loop with n = (expt 10 40) for base from 2 to 36 always (= n (parse-integer (write-to-string n :base base) :radix base))))
  :value "T")

(defcase bignums.print-radix-decimal
  :category bignums
  :features (*print-radix* prin1-to-string)
  :forms ((let ((*print-radix* t)) (prin1-to-string (expt 2 100))))
  :value "\"1267650600228229401496703205376.\"")

(defcase bignums.print-radix-hex
  :category bignums
  :features (*print-radix* *print-base* prin1-to-string)
  :forms ((let ((*print-base* 16) (*print-radix* t)) (prin1-to-string (expt 2 64))))
  :value "\"#x10000000000000000\"")

(defcase bignums.print-radix-binary-octal
  :category bignums
  :features (write-to-string *print-radix*)
  :forms ((list (write-to-string (expt 2 70) :base 2 :radix t) (write-to-string (expt 2 69) :base 8 :radix t)))
  :value "(\"#b10000000000000000000000000000000000000000000000000000000000000000000000\" \"#o100000000000000000000000\")")

(defcase bignums.print-radix-base-36
  :category bignums
  :features (write-to-string *print-radix*)
  :forms ((write-to-string (expt 36 13) :base 36 :radix t))
  :value "\"#36r10000000000000\"")

(defcase bignums.print-radix-negative-hex
  :category bignums
  :features (write-to-string *print-radix*)
  :forms ((write-to-string (- (expt 2 80)) :base 16 :radix t))
  :value "\"#x-100000000000000000000\"")

(defcase bignums.princ-print-base-2
  :category bignums
  :features (princ-to-string *print-base*)
  :forms ((let ((*print-base* 2)) (princ-to-string (expt 2 64))))
  :value "\"10000000000000000000000000000000000000000000000000000000000000000\"")

(defcase bignums.format-b-bignum
  :category bignums
  :features (format)
  :forms ((format nil "~B" (expt 2 70)))
  :value "\"10000000000000000000000000000000000000000000000000000000000000000000000\"")

(defcase bignums.format-36r-bignum
  :category bignums
  :features (format)
  :forms ((format nil "~36R" (1- (expt 36 10))))
  :value "\"ZZZZZZZZZZ\"")

(defcase bignums.format-r-commas-bignum
  :category bignums
  :features (format)
  :forms ((format nil "~16,,,' ,4:R" (1- (expt 2 64))))
  :value "\"FFFF FFFF FFFF FFFF\"")

(defcase bignums.parse-integer-radix-36
  :category bignums
  :features (parse-integer)
  :forms ((parse-integer "ZZZZZZZZZZZZZZZ" :radix 36))
  :value "221073919720733357899775")

(defcase bignums.read-base-16
  :category bignums
  :features (*read-base* read-from-string)
  :forms ((let ((*read-base* 16)) (read-from-string "FFFFFFFFFFFFFFFFFFFF")))
  :value "1208925819614629174706175")

(defcase bignums.read-sharp-x
  :category bignums
  :features (read-from-string)
  :forms ((read-from-string "#x10000000000000000"))
  :value "18446744073709551616")

(defcase bignums.read-sharp-b-negative
  :category bignums
  :features (read-from-string)
  :forms ((read-from-string "#b-100000000000000000000000000000000000000000000000000000000000000000000000000000000"))
  :value "-1208925819614629174706176")

(defcase bignums.printed-reads-back
  :category bignums
  :features (parse-integer princ-to-string)
  :forms ((= (parse-integer (princ-to-string (expt 3 100))) (expt 3 100)))
  :value "T")

(defcase bignums.read-trailing-dot-decimal
  :category bignums
  :features (read-from-string)
  :forms ((let ((*read-base* 16)) (read-from-string "100000000000000000000.")))
  :value "100000000000000000000")

(defcase bignums.gcd-with-zero
  :category bignums
  :features (gcd)
  :forms ((gcd (expt 2 100) 0))
  :value "1267650600228229401496703205376")

(defcase bignums.gcd-negative-bignum
  :category bignums
  :features (gcd)
  :forms ((gcd (- (expt 6 30)) (expt 4 20)))
  :value "1073741824")

(defcase bignums.lcm-powers-of-two
  :category bignums
  :features (lcm)
  :forms ((lcm (expt 2 64) (expt 2 65) (- (expt 2 3))))
  :value "36893488147419103232")

(defcase bignums.gcd-consecutive-fibonacci
  :category bignums
  :features (gcd)
  :forms ((let ((a 0) (b 1)) (dotimes (i 150) (psetq a b b (+ a b))) (list (> a most-positive-fixnum) (gcd a b))))
  :value "(T 1)")

(defcase bignums.truncate-negative-by-negative
  :category bignums
  :features (truncate multiple-value-list)
  :forms ((multiple-value-list (truncate (- (expt 10 20)) -3)))
  :value "(33333333333333333333 -1)")

(defcase bignums.ceiling-bignum
  :category bignums
  :features (ceiling multiple-value-list)
  :forms ((multiple-value-list (ceiling (expt 10 20) 3)))
  :value "(33333333333333333334 -2)")

(defcase bignums.rem-negative-bignum
  :category bignums
  :features (rem mod)
  :forms ((list (rem (- (expt 10 20)) 7) (mod (- (expt 10 20)) 7)))
  :value "(-2 5)")

(defcase bignums.mod-bignum-by-bignum
  :category bignums
  :features (mod)
  :forms ((mod (expt 10 30) (- (expt 10 19) 1)))
  :value "100000000000")

(defcase bignums.mod-by-negative-bignum
  :category bignums
  :features (mod)
  :forms ((mod (expt 10 30) (- 1 (expt 10 19))))
  :value "-9999999899999999999")

(defcase bignums.floor-identity-across-boundary
  :category bignums
  :features (floor)
  :forms ((loop for a in (list (expt 2 70) (- (expt 2 70)) (1+ most-positive-fixnum) (1- most-negative-fixnum)) always (loop for d in (list 3 -3 (expt 2 40) (- (expt 3 45))) always (multiple-value-bind (q r) (floor a d) (= a (+ (* q d) r))))))
  :value "T")

(defcase bignums.floor-by-float
  :category bignums
  :features (floor multiple-value-list)
  :forms ((multiple-value-list (floor (expt 2 100) 1.0)))
  :value "(1267650600228229401496703205376 0.0)")

(defcase bignums.divide-to-ratio
  :category bignums
  :features (/ ratios)
  :forms ((/ (expt 2 100) (expt 6 50)))
  :value "1125899906842624/717897987691852588770249")

(defcase bignums.isqrt-perfect-square
  :category bignums
  :features (isqrt)
  :forms ((isqrt (expt (1+ (expt 10 20)) 2)))
  :value "100000000000000000001")

(defcase bignums.isqrt-odd-power-of-two
  :category bignums
  :features (isqrt)
  :forms ((isqrt (expt 2 201)))
  :value "1792728671193156477399422023278")

(defcase bignums.compare-with-float-exact
  :category bignums
  :features (= float)
  :forms ((list (= (expt 2 100) (float (expt 2 100) 1d0)) (= (1+ (expt 2 100)) (float (expt 2 100) 1d0))))
  :value "(T NIL)")

(defcase bignums.compare-beyond-double-range
  :category bignums
  :features (< > most-positive-double-float)
  :forms ((list (> (expt 10 400) most-positive-double-float) (< (- (expt 10 400)) most-negative-double-float)))
  :value "(T T)")

(defcase bignums.equalp-with-float
  :category bignums
  :features (equalp eql)
  :forms ((list (equalp (expt 2 70) (float (expt 2 70) 1d0)) (eql (expt 2 70) (float (expt 2 70) 1d0))))
  :value "(T NIL)")

(defcase bignums.member-uses-eql
  :category bignums
  :features (member)
  :forms ((member (expt 2 70) (list 1 (expt 2 70) 3)))
  :value "(1180591620717411303424 3)")

(defcase bignums.evenp-negative-bignum
  :category bignums
  :features (evenp oddp)
  :forms ((list (evenp (- (expt 2 100))) (oddp (- 1 (expt 2 100)))))
  :value "(T T)")

(defcase bignums.typep-unsigned-byte-width
  :category bignums
  :features (unsigned-byte signed-byte typep)
  :forms ((list (typep (expt 2 100) '(unsigned-byte 100)) (typep (expt 2 100) '(unsigned-byte 101)) (typep (- (expt 2 100)) '(signed-byte 101)) (typep (- (expt 2 100)) '(signed-byte 100)) (typep (expt 2 100) '(signed-byte 101))))
  :value "(NIL T T NIL NIL)")

(defcase bignums.typep-integer-range-bignum-bounds
  :category bignums
  :features (integer typep)
  :forms ((list (typep (expt 2 100) '(integer 0 *)) (typep (expt 2 100) (list 'integer 0 (expt 2 99))) (typep (expt 2 99) (list 'integer (expt 2 98) (expt 2 99)))))
  :value "(T NIL T)")

(defcase bignums.random-bignum-limit
  :category bignums
  :features (random)
  :forms ((loop repeat 50 always (let ((r (random (expt 10 30)))) (and (integerp r) (<= 0 r) (< r (expt 10 30))))))
  :value "T")

(defcase bignums.string-of-2-64
  :category bignums
  :features (format)
  :forms ((string= (format nil "~D" (expt 2 64)) "18446744073709551616"))
  :value "T")
