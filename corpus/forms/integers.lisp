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

;;; ---------------------------------------------------------------- entry by entry through CLHS 12.2 (integer operators)

(defcase integers.ash-negative-left
  :category integers
  :features (ash)
  :forms ((list (ash -1 3) (ash -3 2) (ash -5 1)))
  :value "(-8 -12 -10)")

(defcase integers.ash-right-floors
  :category integers
  :features (ash)
  :forms ((list (ash 7 -1) (ash -7 -1) (ash -1 -1) (ash 1 -1)))
  :value "(3 -4 -1 0)")

(defcase integers.ash-zero
  :category integers
  :features (ash)
  :forms ((list (ash 0 100) (ash 0 -100)))
  :value "(0 0)")

(defcase integers.ash-into-bignum
  :category integers
  :features (ash bignum)
  :forms ((list (ash 1 100) (typep (ash 1 100) (quote bignum))))
  :value "(1267650600228229401496703205376 T)")

(defcase integers.ash-non-integer-signals
  :category integers
  :features (ash type-error)
  :forms ((ash (identity 1.0) 1))
  :signals type-error)

(defcase integers.ash-wrong-arg-count
  :category integers
  :features (ash program-error)
  :forms ((funcall 'ash 1))
  :signals program-error)

(defcase integers.logand-negatives
  :category integers
  :features (logand)
  :forms ((list (logand -6 -3) (logand -8 7) (logand -1 -1)))
  :value "(-8 0 -1)")

(defcase integers.logior-negatives
  :category integers
  :features (logior)
  :forms ((list (logior -8 3) (logior -6 -3) (logior 0 -1)))
  :value "(-5 -1 -1)")

(defcase integers.logxor-negatives
  :category integers
  :features (logxor)
  :forms ((list (logxor -1 5) (logxor -6 -3) (logxor 12 10 6)))
  :value "(-6 7 0)")

(defcase integers.logeqv
  :category integers
  :features (logeqv)
  :forms ((list (logeqv) (logeqv 5) (logeqv 12 10) (logeqv -1 7)))
  :value "(-1 5 -7 7)")

(defcase integers.logeqv-one-arg-identity
  :category integers
  :features (logeqv logxor lognot)
  :forms ((= (logeqv 12 10) (lognot (logxor 12 10))))
  :value "T")

(defcase integers.lognand-lognor
  :category integers
  :features (lognand lognor)
  :forms ((list (lognand 12 10) (lognor 12 10) (lognand -1 -1) (lognor 0 0)))
  :value "(-9 -15 0 -1)")

(defcase integers.logandc1-logandc2
  :category integers
  :features (logandc1 logandc2)
  :forms ((list (logandc1 12 10) (logandc2 12 10) (logandc1 -1 5) (logandc2 5 -1)))
  :value "(2 4 0 0)")

(defcase integers.logorc1-logorc2
  :category integers
  :features (logorc1 logorc2)
  :forms ((list (logorc1 12 10) (logorc2 12 10) (logorc1 0 0) (logorc2 -1 0)))
  :value "(-5 -3 -1 -1)")

(defcase integers.lognot-is-minus-one-minus
  :category integers
  :features (lognot)
  :forms ((loop for x in (list -100 -1 0 1 77) always (= (lognot x) (- -1 x))))
  :value "T")

(defcase integers.logand-one-arg
  :category integers
  :features (logand logior logxor)
  :forms ((list (logand -7) (logior -7) (logxor -7)))
  :value "(-7 -7 -7)")

(defcase integers.logand-non-integer-signals
  :category integers
  :features (logand type-error)
  :forms ((logand 1 (identity 1.5)))
  :signals type-error)

(defcase integers.lognot-wrong-arg-count
  :category integers
  :features (lognot program-error)
  :forms ((funcall 'lognot 1 2))
  :signals program-error)

(defcase integers.boole-constant-ops
  :category integers
  :features (boole boole-clr boole-set boole-1 boole-2 boole-c1 boole-c2)
  :forms ((list (boole boole-clr 12 10) (boole boole-set 12 10) (boole boole-1 12 10) (boole boole-2 12 10) (boole boole-c1 12 10) (boole boole-c2 12 10)))
  :value "(0 -1 12 10 -13 -11)")

(defcase integers.boole-two-arg-ops
  :category integers
  :features (boole boole-and boole-ior boole-xor boole-eqv boole-nand boole-nor)
  :forms ((list (boole boole-and 12 10) (boole boole-ior 12 10) (boole boole-xor 12 10) (boole boole-eqv 12 10) (boole boole-nand 12 10) (boole boole-nor 12 10)))
  :value "(8 14 6 -7 -9 -15)")

(defcase integers.boole-complement-ops
  :category integers
  :features (boole boole-andc1 boole-andc2 boole-orc1 boole-orc2)
  :forms ((list (boole boole-andc1 12 10) (boole boole-andc2 12 10) (boole boole-orc1 12 10) (boole boole-orc2 12 10)))
  :value "(2 4 -5 -3)")

(defcase integers.boole-matches-log-functions
  :category integers
  :features (boole boole-and boole-nor logand lognor)
  :forms ((loop for (a b) in (quote ((5 3) (-5 3) (-5 -3) (0 -1))) always (and (= (boole boole-and a b) (logand a b)) (= (boole boole-nor a b) (lognor a b)))))
  :value "T")

(defcase integers.boole-constants-distinct
  :category integers
  :features (boole-clr boole-set boole-1 boole-2 boole-c1 boole-c2 boole-and boole-ior boole-xor boole-eqv boole-nand boole-nor boole-andc1 boole-andc2 boole-orc1 boole-orc2)
  :forms ((length (remove-duplicates (list boole-clr boole-set boole-1 boole-2 boole-c1 boole-c2 boole-and boole-ior boole-xor boole-eqv boole-nand boole-nor boole-andc1 boole-andc2 boole-orc1 boole-orc2))))
  :value "16")

(defcase integers.logbitp-negative
  :category integers
  :features (logbitp)
  :forms ((list (logbitp 0 -2) (logbitp 1 -2) (logbitp 3 -8) (logbitp 2 -8) (logbitp 1000 -8)))
  :value "(NIL T T NIL T)")

(defcase integers.logbitp-large-index-positive
  :category integers
  :features (logbitp)
  :forms ((list (logbitp 64 (ash 1 64)) (logbitp 63 (ash 1 64)) (logbitp 200 5)))
  :value "(T NIL NIL)")

(defcase integers.logbitp-negative-index-signals
  :category integers
  :features (logbitp type-error)
  :forms ((funcall (lambda (i) (logbitp i 5)) (identity -1)))
  :signals type-error)

(defcase integers.logtest-negatives
  :category integers
  :features (logtest)
  :forms ((list (logtest -1 1) (logtest -2 1) (logtest 0 -1) (logtest -4 -8)))
  :value "(T NIL NIL T)")

(defcase integers.logtest-is-logand-nonzero
  :category integers
  :features (logtest logand)
  :forms ((loop for (a b) in (quote ((6 9) (6 10) (-1 0) (-3 2))) always (eq (logtest a b) (not (zerop (logand a b))))))
  :value "T")

(defcase integers.logcount-negative-counts-zeros
  :category integers
  :features (logcount)
  :forms ((list (logcount -2) (logcount -256) (logcount 256) (logcount -7)))
  :value "(1 8 1 2)")

(defcase integers.logcount-lognot-same
  :category integers
  :features (logcount lognot)
  :forms ((loop for x in (list 0 5 -5 1000 -1000) always (= (logcount x) (logcount (lognot x)))))
  :value "T")

(defcase integers.integer-length-negatives
  :category integers
  :features (integer-length)
  :forms ((list (integer-length -1) (integer-length -2) (integer-length -8) (integer-length -9) (integer-length -256)))
  :value "(0 1 3 4 8)")

(defcase integers.integer-length-powers
  :category integers
  :features (integer-length)
  :forms ((list (integer-length 7) (integer-length 8) (integer-length (1- (ash 1 70))) (integer-length (ash 1 70))))
  :value "(3 4 70 71)")

(defcase integers.byte-size-position
  :category integers
  :features (byte byte-size byte-position)
  :forms ((let ((b (byte 5 3))) (list (byte-size b) (byte-position b))))
  :value "(5 3)")

(defcase integers.ldb-negative-integer
  :category integers
  :features (ldb byte)
  :forms ((list (ldb (byte 8 0) -1) (ldb (byte 4 4) -16) (ldb (byte 3 0) -3)))
  :value "(255 15 5)")

(defcase integers.ldb-zero-size
  :category integers
  :features (ldb byte)
  :forms ((ldb (byte 0 5) 255))
  :value "0")

(defcase integers.ldb-beyond-length
  :category integers
  :features (ldb byte)
  :forms ((list (ldb (byte 8 16) 255) (ldb (byte 8 100) -1)))
  :value "(0 255)")

(defcase integers.ldb-is-shift-and-mask
  :category integers
  :features (ldb byte ash logand)
  :forms ((loop for n in (list 12345 -12345 98765432) always (= (ldb (byte 7 5) n) (logand (ash n -5) 127))))
  :value "T")

(defcase integers.setf-ldb
  :category integers
  :features (ldb byte setf)
  :forms ((let ((x 0)) (setf (ldb (byte 4 4) x) 15) (setf (ldb (byte 2 0) x) 7) x))
  :value "243")

(defcase integers.setf-ldb-returns-new-byte
  :category integers
  :features (ldb setf)
  :forms ((let ((x 255)) (list (setf (ldb (byte 4 0) x) 0) x)))
  :value "(0 240)")

(defcase integers.dpb-values
  :category integers
  :features (dpb byte)
  :forms ((list (dpb 1 (byte 1 10) 0) (dpb -1 (byte 4 0) 0) (dpb 0 (byte 4 4) 255) (dpb 5 (byte 0 3) 7)))
  :value "(1024 15 15 7)")

(defcase integers.dpb-negative-target
  :category integers
  :features (dpb byte)
  :forms ((list (dpb 0 (byte 8 0) -1) (dpb 3 (byte 2 2) -1)))
  :value "(-256 -1)")

(defcase integers.dpb-ignores-high-bits-of-newbyte
  :category integers
  :features (dpb byte)
  :forms ((dpb #xFFF (byte 4 8) 0))
  :value "3840")

(defcase integers.deposit-field
  :category integers
  :features (deposit-field byte)
  :forms ((list (deposit-field #xAB (byte 4 4) 0) (deposit-field -1 (byte 4 0) 0) (deposit-field 0 (byte 4 4) #xFF)))
  :value "(160 15 15)")

(defcase integers.deposit-field-vs-dpb
  :category integers
  :features (deposit-field dpb byte)
  :forms ((list (deposit-field 7 (byte 4 4) 0) (dpb 7 (byte 4 4) 0)))
  :value "(0 112)")

(defcase integers.mask-field
  :category integers
  :features (mask-field byte)
  :forms ((list (mask-field (byte 4 4) #xABC) (mask-field (byte 8 0) -1) (mask-field (byte 2 1) 7)))
  :value "(176 255 6)")

(defcase integers.mask-field-is-logand
  :category integers
  :features (mask-field ldb byte ash)
  :forms ((loop for n in (list 1000 -1000 123456) always (= (mask-field (byte 6 3) n) (ash (ldb (byte 6 3) n) 3))))
  :value "T")

(defcase integers.setf-mask-field
  :category integers
  :features (mask-field setf)
  :forms ((let ((x #xFF)) (setf (mask-field (byte 4 0) x) #x35) x))
  :value "245")

(defcase integers.ldb-test
  :category integers
  :features (ldb-test byte)
  :forms ((list (ldb-test (byte 4 0) 16) (ldb-test (byte 4 4) 16) (ldb-test (byte 3 0) -8) (ldb-test (byte 8 0) -1)))
  :value "(NIL T NIL T)")

(defcase integers.parse-integer-both-values
  :category integers
  :features (parse-integer multiple-value-list)
  :forms ((multiple-value-list (parse-integer "123")))
  :value "(123 3)")

(defcase integers.parse-integer-whitespace-index
  :category integers
  :features (parse-integer multiple-value-list)
  :forms ((multiple-value-list (parse-integer "  42  x" :end 6)))
  :value "(42 6)")

(defcase integers.parse-integer-junk-allowed-stops
  :category integers
  :features (parse-integer multiple-value-list)
  :forms ((multiple-value-list (parse-integer "12ab" :junk-allowed t)))
  :value "(12 2)")

(defcase integers.parse-integer-junk-allowed-leading-space
  :category integers
  :features (parse-integer multiple-value-list)
  :forms ((multiple-value-list (parse-integer "  -7 8" :junk-allowed t)))
  :value "(-7 4)")

(defcase integers.parse-integer-junk-allowed-sign-only
  :category integers
  :features (parse-integer multiple-value-list)
  :forms ((multiple-value-list (parse-integer "-" :junk-allowed t)))
  :value "(NIL 1)")

(defcase integers.parse-integer-junk-allowed-empty
  :category integers
  :features (parse-integer multiple-value-list)
  :forms ((multiple-value-list (parse-integer "" :junk-allowed t)))
  :value "(NIL 0)")

(defcase integers.parse-integer-junk-signals
  :category integers
  :features (parse-integer parse-error)
  :forms ((parse-integer "12ab"))
  :signals parse-error)

(defcase integers.parse-integer-only-sign-signals
  :category integers
  :features (parse-integer parse-error)
  :forms ((parse-integer "+"))
  :signals parse-error)

(defcase integers.parse-integer-inner-space-signals
  :category integers
  :features (parse-integer parse-error)
  :forms ((parse-integer "1 2"))
  :signals parse-error)

(defcase integers.parse-integer-radix-16
  :category integers
  :features (parse-integer multiple-value-list)
  :forms ((multiple-value-list (parse-integer "-FF" :radix 16)))
  :value "(-255 3)")

(defcase integers.parse-integer-radix-lowercase
  :category integers
  :features (parse-integer)
  :forms ((list (parse-integer "ff" :radix 16) (parse-integer "z" :radix 36) (parse-integer "777" :radix 8)))
  :value "(255 35 511)")

(defcase integers.parse-integer-radix-digit-too-big
  :category integers
  :features (parse-integer multiple-value-list)
  :forms ((multiple-value-list (parse-integer "129" :radix 2 :junk-allowed t)))
  :value "(1 1)")

(defcase integers.parse-integer-start-only
  :category integers
  :features (parse-integer multiple-value-list)
  :forms ((multiple-value-list (parse-integer "abc99" :start 3)))
  :value "(99 5)")

(defcase integers.parse-integer-end-nil
  :category integers
  :features (parse-integer multiple-value-list)
  :forms ((multiple-value-list (parse-integer "x55" :start 1 :end nil)))
  :value "(55 3)")

(defcase integers.parse-integer-bignum
  :category integers
  :features (parse-integer bignum)
  :forms ((parse-integer "123456789012345678901234567890"))
  :value "123456789012345678901234567890")

(defcase integers.parse-integer-no-decimal-point
  :category integers
  :features (parse-integer parse-error)
  :forms ((parse-integer "10."))
  :signals parse-error)

(defcase integers.parse-integer-leading-zeros
  :category integers
  :features (parse-integer)
  :forms ((parse-integer "-0007"))
  :value "-7")

(defcase integers.parse-integer-start-equals-end
  :category integers
  :features (parse-integer multiple-value-list)
  :forms ((multiple-value-list (parse-integer "123" :start 1 :end 1 :junk-allowed t)))
  :value "(NIL 1)")

(defcase integers.parse-integer-not-string-signals
  :category integers
  :features (parse-integer type-error)
  :forms ((parse-integer (identity 123)))
  :signals type-error)

(defcase integers.isqrt-squares-and-neighbours
  :category integers
  :features (isqrt)
  :forms ((loop for n from 1 to 30 always (let ((r (isqrt (* n n)))) (and (= r n) (= (isqrt (1- (* n n))) (1- n))))))
  :value "T")

(defcase integers.isqrt-bignum
  :category integers
  :features (isqrt bignum)
  :forms ((list (isqrt (expt 10 40)) (isqrt (1- (expt 10 40)))))
  :value "(100000000000000000000 99999999999999999999)")

(defcase integers.isqrt-negative-signals
  :category integers
  :features (isqrt type-error)
  :forms ((isqrt (identity -4)))
  :signals type-error)

(defcase integers.isqrt-float-signals
  :category integers
  :features (isqrt type-error)
  :forms ((isqrt (identity 4.0)))
  :signals type-error)

(defcase integers.gcd-zero-and-negatives
  :category integers
  :features (gcd)
  :forms ((list (gcd 0 0) (gcd 0 -7) (gcd -12 -18) (gcd -5)))
  :value "(0 7 6 5)")

(defcase integers.gcd-coprime
  :category integers
  :features (gcd)
  :forms ((list (gcd 17 31) (gcd 1 1000) (gcd (expt 2 40) (expt 6 20))))
  :value "(1 1 1048576)")

(defcase integers.lcm-negatives-and-zero
  :category integers
  :features (lcm)
  :forms ((list (lcm -4 6) (lcm -5) (lcm 0 0) (lcm 2 0 5) (lcm 7)))
  :value "(12 5 0 0 7)")

(defcase integers.lcm-many
  :category integers
  :features (lcm)
  :forms ((lcm 2 3 4 5 6 7 8 9 10))
  :value "2520")

(defcase integers.gcd-lcm-product
  :category integers
  :features (gcd lcm)
  :forms ((loop for (a b) in (quote ((12 18) (7 5) (100 75))) always (= (* (gcd a b) (lcm a b)) (* a b))))
  :value "T")

(defcase integers.gcd-non-integer-signals
  :category integers
  :features (gcd type-error)
  :forms ((gcd 4 (identity 2.0)))
  :signals type-error)

(defcase integers.evenp-oddp-bignum
  :category integers
  :features (evenp oddp bignum)
  :forms ((list (evenp (expt 2 70)) (oddp (1+ (expt 2 70))) (evenp (- (expt 3 50)))))
  :value "(T T NIL)")

(defcase integers.oddp-negative-one
  :category integers
  :features (oddp evenp)
  :forms ((list (oddp -1) (evenp -1) (oddp most-negative-fixnum)))
  :value "(T NIL NIL)")

(defcase integers.oddp-ratio-signals
  :category integers
  :features (oddp type-error)
  :forms ((oddp (identity 1/2)))
  :signals type-error)

(defcase integers.equal-many-args
  :category integers
  :features (= /=)
  :forms ((list (= 1 1 1) (= 1 1 2) (/= 1 2 3) (/= 1 2 1) (= 5) (/= 5)))
  :value "(T NIL T NIL T T)")

(defcase integers.compare-one-arg
  :category integers
  :features (< > <= >=)
  :forms ((list (< 1) (> 1) (<= 1) (>= 1)))
  :value "(T T T T)")

(defcase integers.compare-non-monotonic
  :category integers
  :features (< <= > >=)
  :forms ((list (< 1 3 2) (<= 1 1 2 2) (> 3 1 2) (>= 3 3 1 1)))
  :value "(NIL T NIL T)")

(defcase integers.compare-non-number-signals
  :category integers
  :features (< type-error)
  :forms ((< 1 (identity (quote a))))
  :signals type-error)

(defcase integers.compare-no-args-signals
  :category integers
  :features (= program-error)
  :forms ((funcall '=))
  :signals program-error)

(defcase integers.max-min-many
  :category integers
  :features (max min)
  :forms ((list (max 1 -5 30 7) (min 1 -5 30 7) (max -3 -3) (min 4)))
  :value "(30 -5 -3 4)")

(defcase integers.max-no-args-signals
  :category integers
  :features (max program-error)
  :forms ((funcall 'max))
  :signals program-error)

(defcase integers.plusp-minusp-non-real-signals
  :category integers
  :features (plusp type-error)
  :forms ((plusp (identity 'x)))
  :signals type-error)

(defcase integers.zerop-bignum
  :category integers
  :features (zerop bignum)
  :forms ((list (zerop (- (expt 2 80) (expt 2 80))) (zerop (expt 2 80))))
  :value "(T NIL)")

(defcase integers.abs-most-negative-fixnum
  :category integers
  :features (abs most-negative-fixnum)
  :forms ((= (abs most-negative-fixnum) (- most-negative-fixnum)))
  :value "T")

(defcase integers.signum-integers
  :category integers
  :features (signum)
  :forms ((list (signum -100) (signum 100) (signum (expt 10 30)) (signum (- (expt 10 30)))))
  :value "(-1 1 1 -1)")

(defcase integers.minus-no-args-signals
  :category integers
  :features (- program-error)
  :forms ((funcall '-))
  :signals program-error)

(defcase integers.one-plus-fixnum-boundary
  :category integers
  :features (1+ 1- most-positive-fixnum most-negative-fixnum)
  :forms ((list (= (1+ most-positive-fixnum) (+ most-positive-fixnum 1)) (= (1- most-negative-fixnum) (- most-negative-fixnum 1)) (typep (1- (1+ most-positive-fixnum)) (quote fixnum))))
  :value "(T T T)")

(defcase integers.times-signs
  :category integers
  :features (*)
  :forms ((list (* -1 -1 -1) (* -2 0) (* 7)))
  :value "(-1 0 7)")

(defcase integers.incf-decf-delta
  :category integers
  :features (incf decf)
  :forms ((let ((x 5)) (list (incf x 10) (decf x 3) (incf x -20) x)))
  :value "(15 12 -8 -8)")

(defcase integers.incf-evaluates-place-once
  :category integers
  :features (incf)
  :forms ((let ((v (vector 1 2 3)) (i 0)) (incf (aref v (incf i))) (list v i)))
  :value "(#(1 3 3) 1)")

(defcase integers.decf-default-one
  :category integers
  :features (decf)
  :forms ((let ((x 0)) (decf x) (decf x) x))
  :value "-2")

(defcase integers.typep-signed-unsigned-byte
  :category integers
  :features (signed-byte unsigned-byte typep)
  :forms ((list (typep 127 '(signed-byte 8)) (typep 128 '(signed-byte 8)) (typep -128 '(signed-byte 8)) (typep 255 '(unsigned-byte 8)) (typep -1 '(unsigned-byte 8)) (typep (expt 2 100) 'unsigned-byte)))
  :value "(T NIL T T NIL T)")

(defcase integers.typep-mod-bit
  :category integers
  :features (mod bit typep)
  :forms ((list (typep 9 '(mod 10)) (typep 10 '(mod 10)) (typep 1 'bit) (typep 2 'bit) (typep -1 'bit)))
  :value "(T NIL T NIL NIL)")

(defcase integers.typep-integer-ranges
  :category integers
  :features (integer typep)
  :forms ((list (typep 5 '(integer 0 5)) (typep 6 '(integer 0 5)) (typep -3 '(integer * 0)) (typep 3 '(integer (0) (5))) (typep 0 '(integer (0) *))))
  :value "(T NIL T T NIL)")

(defcase integers.fixnum-bignum-partition
  :category integers
  :features (fixnum bignum typep)
  :forms ((list (typep most-positive-fixnum 'fixnum) (typep (1+ most-positive-fixnum) 'bignum) (typep most-negative-fixnum 'bignum) (subtypep 'fixnum 'integer)))
  :value "(T T NIL T)")

(defcase integers.integer-is-rational-real-number
  :category integers
  :features (integer rational real number typep)
  :forms ((list (typep 3 'rational) (typep 3 'real) (typep 3 'number) (typep 3 'ratio) (typep 3 'float)))
  :value "(T T T NIL NIL)")

(defcase integers.integerp-numberp-non-numbers
  :category integers
  :features (integerp numberp)
  :forms ((list (integerp nil) (integerp #\1) (integerp "1") (numberp 'a) (numberp -0)))
  :value "(NIL NIL NIL NIL T)")

(defcase integers.random-below-limit
  :category integers
  :features (random)
  :forms ((loop repeat 200 always (let ((r (random 7))) (and (integerp r) (<= 0 r 6)))))
  :value "T")

(defcase integers.random-one-is-zero
  :category integers
  :features (random)
  :forms ((list (random 1) (random 1)))
  :value "(0 0)")

(defcase integers.random-state-copy-repeats
  :category integers
  :features (make-random-state random random-state-p)
  :forms ((let* ((a (make-random-state nil)) (b (make-random-state a))) (list (random-state-p a) (loop repeat 20 always (= (random 1000000 a) (random 1000000 b))))))
  :value "(T T)")

(defcase integers.random-state-copy-from-t-is-fresh
  :category integers
  :features (make-random-state random-state-p *random-state*)
  :forms ((list (random-state-p (make-random-state t)) (random-state-p *random-state*) (random-state-p 5) (typep (make-random-state) (quote random-state))))
  :value "(T T NIL T)")

(defcase integers.random-state-default-copies-current
  :category integers
  :features (make-random-state *random-state* random)
  :forms ((let ((copy (make-random-state))) (= (random 1000000) (random 1000000 copy))))
  :value "T")

(defcase integers.random-zero-signals
  :category integers
  :features (random type-error)
  :forms ((random (identity 0)))
  :signals type-error)

(defcase integers.random-negative-signals
  :category integers
  :features (random type-error)
  :forms ((random (identity -5)))
  :signals type-error)
