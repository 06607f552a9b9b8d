;;;; corpus/forms/integers.lisp — integer arithmetic and bit operations (CLHS 12). Expectations: SBCL 2.2.9.

(defcase integers.plus-many-args
  :category integers
  :features (+)
  :forms ((+ 1 2 3 4 5 6 7 8 9 10))
  :value "55")

(defcase integers.plus-no-args
  :category integers
  :features (+)
  :forms ((+))
  :value "0")

(defcase integers.plus-one-arg
  :category integers
  :features (+)
  :forms ((+ 5))
  :value "5")

(defcase integers.minus-negate
  :category integers
  :features (-)
  :forms ((- 5))
  :value "-5")

(defcase integers.minus-many
  :category integers
  :features (-)
  :forms ((- 100 1 2 3))
  :value "94")

(defcase integers.times-many
  :category integers
  :features (*)
  :forms ((* 1 2 3 4 5))
  :value "120")

(defcase integers.times-no-args
  :category integers
  :features (*)
  :forms ((*))
  :value "1")

(defcase integers.negative-arithmetic
  :category integers
  :features (+ - *)
  :forms ((list (+ -3 -4) (- -3 -4) (* -3 -4) (* -3 4)))
  :value "(-7 1 12 -12)")

(defcase integers.one-plus-minus
  :category integers
  :features (1+ 1-)
  :forms ((list (1+ 0) (1- 0) (1+ -1) (1- 1)))
  :value "(1 -1 0 0)")

(defcase integers.most-positive-fixnum-value
  :category integers
  :features (most-positive-fixnum most-negative-fixnum sbcl-fixnum)
  :forms ((list most-positive-fixnum most-negative-fixnum))
  :value "(4611686018427387903 -4611686018427387904)")

(defcase integers.fixnum-boundary-overflow
  :category integers
  :features (+ most-positive-fixnum integerp typep)
  :forms ((let ((n (+ most-positive-fixnum 1)))
            (list (integerp n) (typep n 'fixnum) (typep most-positive-fixnum 'fixnum))))
  :value "(T NIL T)")

(defcase integers.fixnum-boundary-negative
  :category integers
  :features (- most-negative-fixnum typep)
  :forms ((typep (- most-negative-fixnum 1) 'fixnum))
  :value "NIL")

(defcase integers.fixnum-at-least-16-bits
  :category integers
  :features (most-positive-fixnum)
  :forms ((>= most-positive-fixnum 32767))
  :value "T")

(defcase integers.gcd-values
  :category integers
  :features (gcd)
  :forms ((list (gcd 12 18) (gcd 0 5) (gcd -12 8) (gcd) (gcd 7)))
  :value "(6 5 4 0 7)")

(defcase integers.gcd-many
  :category integers
  :features (gcd)
  :forms ((gcd 60 90 150))
  :value "30")

(defcase integers.lcm-values
  :category integers
  :features (lcm)
  :forms ((list (lcm 4 6) (lcm 3 5 7) (lcm) (lcm 0 5)))
  :value "(12 105 1 0)")

(defcase integers.expt-integers
  :category integers
  :features (expt)
  :forms ((list (expt 2 10) (expt 3 0) (expt -2 3) (expt 0 0) (expt 1 100)))
  :value "(1024 1 -8 1 1)")

(defcase integers.expt-negative-exponent-ratio
  :category integers
  :features (expt)
  :forms ((expt 2 -3))
  :value "1/8")

(defcase integers.isqrt-values
  :category integers
  :features (isqrt)
  :forms ((list (isqrt 0) (isqrt 1) (isqrt 15) (isqrt 16) (isqrt 17) (isqrt 1000000)))
  :value "(0 1 3 4 4 1000)")

(defcase integers.ash-left-right
  :category integers
  :features (ash)
  :forms ((list (ash 1 10) (ash 1024 -3) (ash -8 -1) (ash -1 -10) (ash 5 0)))
  :value "(1024 128 -4 -1 5)")

(defcase integers.logand-logior-logxor
  :category integers
  :features (logand logior logxor)
  :forms ((list (logand 12 10) (logior 12 10) (logxor 12 10)))
  :value "(8 14 6)")

(defcase integers.logand-no-args
  :category integers
  :features (logand logior logxor)
  :forms ((list (logand) (logior) (logxor)))
  :value "(-1 0 0)")

(defcase integers.lognot-values
  :category integers
  :features (lognot)
  :forms ((list (lognot 0) (lognot 5) (lognot -1)))
  :value "(-1 -6 0)")

(defcase integers.logand-negative
  :category integers
  :features (logand)
  :forms ((list (logand -1 255) (logand -256 255)))
  :value "(255 0)")

(defcase integers.logbitp
  :category integers
  :features (logbitp)
  :forms ((list (logbitp 0 5) (logbitp 1 5) (logbitp 2 5) (logbitp 100 -1)))
  :value "(T NIL T T)")

(defcase integers.logcount
  :category integers
  :features (logcount)
  :forms ((list (logcount 0) (logcount 7) (logcount 255) (logcount -1) (logcount -8)))
  :value "(0 3 8 0 3)")

(defcase integers.integer-length
  :category integers
  :features (integer-length)
  :forms ((list (integer-length 0) (integer-length 1) (integer-length 255) (integer-length 256) (integer-length -1) (integer-length -256)))
  :value "(0 1 8 9 0 8)")

(defcase integers.logtest
  :category integers
  :features (logtest)
  :forms ((list (logtest 4 5) (logtest 2 5)))
  :value "(T NIL)")

(defcase integers.evenp-oddp
  :category integers
  :features (evenp oddp)
  :forms ((list (evenp 0) (evenp -2) (oddp -3) (oddp 4)))
  :value "(T T T NIL)")

(defcase integers.zerop-plusp-minusp
  :category integers
  :features (zerop plusp minusp)
  :forms ((list (zerop 0) (plusp 0) (minusp 0) (plusp 3) (minusp -3)))
  :value "(T NIL NIL T T)")

(defcase integers.max-min
  :category integers
  :features (max min)
  :forms ((list (max 3 9 2) (min 3 9 2) (max -1) (min -5 -10)))
  :value "(9 2 -1 -10)")

(defcase integers.abs-signum
  :category integers
  :features (abs signum)
  :forms ((list (abs -7) (abs 7) (abs 0) (signum -7) (signum 0) (signum 12)))
  :value "(7 7 0 -1 0 1)")

(defcase integers.compare-chain
  :category integers
  :features (< >)
  :forms ((list (< 1 2 3 4) (< 1 2 2) (> 5 4 3) (>= 5 5 4)))
  :value "(T NIL T T)")

(defcase integers.parse-integer-decimal
  :category integers
  :features (parse-integer)
  :forms ((parse-integer "-123"))
  :value "-123")

(defcase integers.parse-integer-plus-sign
  :category integers
  :features (parse-integer)
  :forms ((parse-integer "+77"))
  :value "77")

(defcase integers.parse-integer-radix-2
  :category integers
  :features (parse-integer)
  :forms ((parse-integer "1011" :radix 2))
  :value "11")

(defcase integers.parse-integer-radix-36
  :category integers
  :features (parse-integer)
  :forms ((parse-integer "zz" :radix 36))
  :value "1295")

(defcase integers.parse-integer-start-end
  :category integers
  :features (parse-integer multiple-value-list)
  :forms ((multiple-value-list (parse-integer "xx123yy" :start 2 :end 5)))
  :value "(123 5)")

(defcase integers.parse-integer-junk-allowed-none
  :category integers
  :features (parse-integer multiple-value-list)
  :forms ((multiple-value-list (parse-integer "abc" :junk-allowed t)))
  :value "(NIL 0)")

(defcase integers.parse-integer-empty-signals
  :category integers
  :features (parse-integer)
  :forms ((parse-integer ""))
  :signals parse-error)

(defcase integers.parse-integer-whitespace
  :category integers
  :features (parse-integer multiple-value-list)
  :forms ((multiple-value-list (parse-integer "  9  ")))
  :value "(9 5)")

(defcase integers.hex-literal
  :category integers
  :features (+)
  :forms ((+ #xff #x10))
  :value "271")

(defcase integers.integerp-predicates
  :category integers
  :features (integerp numberp rationalp)
  :forms ((list (integerp 5) (integerp 5.0) (numberp 5) (rationalp 5)))
  :value "(T NIL T T)")

(defcase integers.print-integer-radix
  :category integers
  :features (write-to-string)
  :forms ((list (write-to-string 255 :base 16) (write-to-string 5 :base 2) (write-to-string -255 :base 16)))
  :value "(\"FF\" \"101\" \"-FF\")")

(defcase integers.format-radix
  :category integers
  :features (format)
  :forms ((format nil "~B ~O ~X ~D" 10 10 255 -42))
  :value "\"1010 12 FF -42\"")

(defcase integers.incf-decf
  :category integers
  :features (incf decf)
  :forms ((let ((x 10))
            (incf x 5)
            (decf x 20)
            x))
  :value "-5")

(defcase integers.mod-expt
  :category integers
  :features (mod expt)
  :forms ((mod (expt 7 20) 13))
  :value "3")

(defcase integers.factorial-20
  :category integers
  :features (defun *)
  :forms ((defun int-fact (n) (if (= n 0) 1 (* n (int-fact (- n 1)))))
          (int-fact 20))
  :value "2432902008176640000")

(defcase integers.sum-of-squares
  :category integers
  :features (loop)
  :forms ((loop for i from 1 to 100 sum (* i i)))
  :value "338350")

(defcase integers.integer-division-exact-result
  :category integers
  :features (/)
  :forms ((/ 100 4))
  :value "25")

(defcase integers.ldb-byte
  :category integers
  :features (ldb byte)
  :forms ((list (ldb (byte 4 0) #xAB) (ldb (byte 4 4) #xAB)))
  :value "(11 10)")

(defcase integers.dpb-byte
  :category integers
  :features (dpb byte)
  :forms ((dpb 15 (byte 4 4) 0))
  :value "240")

(defcase integers.boole-operations
  :category integers
  :features (boole)
  :forms ((list (boole boole-and 12 10) (boole boole-ior 12 10) (boole boole-xor 12 10)))
  :value "(8 14 6)")

(defcase integers.plus-non-number-signals
  :category integers
  :features (+)
  :forms ((+ 1 (identity "2")))
  :signals type-error)

(defcase integers.integer-comparison-mixed
  :category integers
  :features (=)
  :forms ((list (= 3 3) (/= 3 4) (< -5 0)))
  :value "(T T T)")

(defcase integers.ash-large-shift-negative
  :category integers
  :features (ash)
  :forms ((ash -5 -100))
  :value "-1")

(defcase integers.logior-many
  :category integers
  :features (logior)
  :forms ((logior 1 2 4 8 16))
  :value "31")

(defcase integers.lognot-logand-mask
  :category integers
  :features (logand lognot)
  :forms ((logand 255 (lognot 15)))
  :value "240")

(defcase integers.integer-to-string-princ
  :category integers
  :features (princ-to-string)
  :forms ((princ-to-string -42))
  :value "\"-42\"")

(defcase integers.evenp-non-integer-signals
  :category integers
  :features (evenp)
  :forms ((evenp (identity 1.5)))
  :signals type-error)

(defcase integers.digit-sum-loop
  :category integers
  :features (loop floor)
  :forms ((loop with n = 98765 while (> n 0) sum (multiple-value-bind (q r) (floor n 10) (setq n q) r)))
  :value "35")

(defcase integers.collatz-steps
  :category integers
  :features (loop)
  :forms ((loop with n = 27 for steps from 0 until (= n 1)
                do (setq n (if (evenp n) (/ n 2) (+ (* 3 n) 1)))
                finally (return steps)))
  :value "111")

(defcase integers.primes-below-50
  :category integers
  :features (loop)
  :forms ((loop for n from 2 below 50
                when (loop for d from 2 to (isqrt n) never (zerop (mod n d)))
                collect n))
  :value "(2 3 5 7 11 13 17 19 23 29 31 37 41 43 47)")
