;;;; corpus/forms/iteration.lisp — do, dotimes, dolist and loop (CLHS 6). Expectations: SBCL 2.2.9.

(defcase iteration.dotimes-result-nil
  :category iteration
  :features (dotimes)
  :forms ((dotimes (i 3)))
  :value "NIL")

(defcase iteration.dotimes-result-form-sees-count
  :category iteration
  :features (dotimes)
  :forms ((dotimes (i 4 i)))
  :value "4")

(defcase iteration.dotimes-zero-count
  :category iteration
  :features (dotimes)
  :forms ((let ((n 0))
            (dotimes (i 0 n) (incf n))))
  :value "0")

(defcase iteration.dotimes-negative-count
  :category iteration
  :features (dotimes)
  :forms ((let ((n 0))
            (dotimes (i -5 n) (incf n))))
  :value "0")

(defcase iteration.dotimes-collect
  :category iteration
  :features (dotimes push)
  :forms ((let ((acc nil))
            (dotimes (i 5 (nreverse acc)) (push (* i i) acc))))
  :value "(0 1 4 9 16)")

(defcase iteration.dolist-result-nil
  :category iteration
  :features (dolist)
  :forms ((dolist (x '(1 2 3))))
  :value "NIL")

(defcase iteration.dolist-result-form
  :category iteration
  :features (dolist)
  :forms ((let ((sum 0))
            (dolist (x '(1 2 3 4) sum) (incf sum x))))
  :value "10")

(defcase iteration.dolist-result-var-is-nil
  :category iteration
  :features (dolist)
  :forms ((dolist (x '(1 2 3) x)))
  :value "NIL")

(defcase iteration.dolist-empty
  :category iteration
  :features (dolist)
  :forms ((let ((n 0))
            (dolist (x nil n) (incf n))))
  :value "0")

(defcase iteration.dolist-nested
  :category iteration
  :features (dolist push)
  :forms ((let ((acc nil))
            (dolist (a '(1 2))
              (dolist (b '(x y))
                (push (list a b) acc)))
            (nreverse acc)))
  :value "((1 X) (1 Y) (2 X) (2 Y))")

(defcase iteration.do-parallel-step
  :category iteration
  :features (do)
  :forms ((do ((i 0 (+ i 1))
               (j 10 (- j i)))
              ((= i 4) (list i j))))
  :value "(4 4)")

(defcase iteration.do-star-sequential-step
  :category iteration
  :features (do*)
  :forms ((do* ((i 0 (+ i 1))
                (j 10 (- j i)))
               ((= i 4) (list i j))))
  :value "(4 0)")

(defcase iteration.do-no-step-var
  :category iteration
  :features (do)
  :forms ((do ((i 0 (+ i 1))
               (acc nil))
              ((= i 3) acc)
            (push i acc)))
  :value "(2 1 0)")

(defcase iteration.do-end-test-first
  :category iteration
  :features (do)
  :forms ((let ((body-runs 0))
            (do ((i 10 (+ i 1))) ((> i 5) body-runs) (incf body-runs))))
  :value "0")

(defcase iteration.do-result-multiple-forms
  :category iteration
  :features (do)
  :forms ((do ((i 0 (+ i 1))) ((= i 2) 'first 'second)))
  :value "SECOND")

(defcase iteration.do-reverse-list
  :category iteration
  :features (do)
  :forms ((do ((l '(1 2 3 4) (cdr l))
               (r nil (cons (car l) r)))
              ((null l) r)))
  :value "(4 3 2 1)")

(defcase iteration.do-fibonacci
  :category iteration
  :features (do)
  :forms ((do ((n 0 (+ n 1))
               (a 0 b)
               (b 1 (+ a b)))
              ((= n 15) a)))
  :value "610")

(defcase iteration.loop-simple-return
  :category iteration
  :features (loop return)
  :forms ((let ((i 0))
            (loop (incf i) (when (>= i 5) (return i)))))
  :value "5")

(defcase iteration.loop-for-from-to
  :category iteration
  :features (loop)
  :forms ((loop for i from 1 to 5 collect i))
  :value "(1 2 3 4 5)")

(defcase iteration.loop-for-below
  :category iteration
  :features (loop)
  :forms ((loop for i from 0 below 5 collect i))
  :value "(0 1 2 3 4)")

(defcase iteration.loop-for-by
  :category iteration
  :features (loop)
  :forms ((loop for i from 0 to 10 by 3 collect i))
  :value "(0 3 6 9)")

(defcase iteration.loop-for-downfrom
  :category iteration
  :features (loop)
  :forms ((loop for i from 5 downto 1 collect i))
  :value "(5 4 3 2 1)")

(defcase iteration.loop-for-downto-by
  :category iteration
  :features (loop)
  :forms ((loop for i from 10 downto 0 by 4 collect i))
  :value "(10 6 2)")

(defcase iteration.loop-for-above
  :category iteration
  :features (loop)
  :forms ((loop for i from 5 above 2 collect i))
  :value "(5 4 3)")

(defcase iteration.loop-for-empty-range
  :category iteration
  :features (loop)
  :forms ((loop for i from 5 to 1 collect i))
  :value "NIL")

(defcase iteration.loop-for-in
  :category iteration
  :features (loop)
  :forms ((loop for x in '(a b c) collect (list x)))
  :value "((A) (B) (C))")

(defcase iteration.loop-for-in-by-cddr
  :category iteration
  :features (loop)
  :forms ((loop for x in '(1 2 3 4 5 6) by #'cddr collect x))
  :value "(1 3 5)")

(defcase iteration.loop-for-on
  :category iteration
  :features (loop)
  :forms ((loop for tail on '(1 2 3) collect tail))
  :value "((1 2 3) (2 3) (3))")

(defcase iteration.loop-for-across-vector
  :category iteration
  :features (loop)
  :forms ((loop for x across #(1 2 3) collect (* x 10)))
  :value "(10 20 30)")

(defcase iteration.loop-for-across-string
  :category iteration
  :features (loop)
  :forms ((loop for c across "abc" collect (char-upcase c)))
  :value "(#\\A #\\B #\\C)")

(defcase iteration.loop-for-equals-then
  :category iteration
  :features (loop)
  :forms ((loop for x = 1 then (* x 2)
                repeat 6
                collect x))
  :value "(1 2 4 8 16 32)")

(defcase iteration.loop-destructuring-for
  :category iteration
  :features (loop)
  :forms ((loop for (a b) in '((1 2) (3 4) (5 6)) collect (+ a b)))
  :value "(3 7 11)")

(defcase iteration.loop-destructuring-dotted
  :category iteration
  :features (loop)
  :forms ((loop for (k . v) in '((a . 1) (b . 2)) collect v))
  :value "(1 2)")

(defcase iteration.loop-parallel-for-stops-at-shortest
  :category iteration
  :features (loop)
  :forms ((loop for x in '(a b c d) for i from 1 to 2 collect (cons i x)))
  :value "((1 . A) (2 . B))")

(defcase iteration.loop-for-and-parallel
  :category iteration
  :features (loop)
  :forms ((loop for x = 1 then y and y = 2 then (+ x y) repeat 5 collect x))
  :value "(1 2 3 5 8)")

(defcase iteration.loop-repeat
  :category iteration
  :features (loop)
  :forms ((loop repeat 3 collect 'x))
  :value "(X X X)")

(defcase iteration.loop-sum
  :category iteration
  :features (loop)
  :forms ((loop for i from 1 to 100 sum i))
  :value "5050")

(defcase iteration.loop-count
  :category iteration
  :features (loop)
  :forms ((loop for x in '(1 2 3 4 5 6) count (evenp x)))
  :value "3")

(defcase iteration.loop-maximize-minimize
  :category iteration
  :features (loop)
  :forms ((list (loop for x in '(3 9 2 7) maximize x)
                (loop for x in '(3 9 2 7) minimize x)))
  :value "(9 2)")

(defcase iteration.loop-append
  :category iteration
  :features (loop)
  :forms ((loop for x in '((1 2) (3) () (4 5)) append x))
  :value "(1 2 3 4 5)")

(defcase iteration.loop-nconc
  :category iteration
  :features (loop)
  :forms ((loop for x in '(1 2 3) nconc (list x x)))
  :value "(1 1 2 2 3 3)")

(defcase iteration.loop-collect-into-finally
  :category iteration
  :features (loop)
  :forms ((loop for x in '(1 2 3 4)
                when (evenp x) collect x into evens
                else collect x into odds
                finally (return (list evens odds))))
  :value "((2 4) (1 3))")

(defcase iteration.loop-while
  :category iteration
  :features (loop)
  :forms ((loop for x in '(1 2 3 10 4) while (< x 5) collect x))
  :value "(1 2 3)")

(defcase iteration.loop-until
  :category iteration
  :features (loop)
  :forms ((loop for i from 1 until (> (* i i) 20) collect i))
  :value "(1 2 3 4)")

(defcase iteration.loop-when-collect
  :category iteration
  :features (loop)
  :forms ((loop for i from 1 to 10 when (zerop (mod i 3)) collect i))
  :value "(3 6 9)")

(defcase iteration.loop-unless
  :category iteration
  :features (loop)
  :forms ((loop for i from 1 to 6 unless (evenp i) collect i))
  :value "(1 3 5)")

(defcase iteration.loop-if-else
  :category iteration
  :features (loop)
  :forms ((loop for i from 1 to 5 if (oddp i) collect 'odd else collect 'even))
  :value "(ODD EVEN ODD EVEN ODD)")

(defcase iteration.loop-when-it
  :category iteration
  :features (loop)
  :forms ((loop for x in '(1 2 3) when (and (> x 1) (* x 10)) collect it))
  :value "(20 30)")

(defcase iteration.loop-with
  :category iteration
  :features (loop)
  :forms ((loop with base = 100 for i from 1 to 3 collect (+ base i)))
  :value "(101 102 103)")

(defcase iteration.loop-always-never-thereis
  :category iteration
  :features (loop)
  :forms ((list (loop for x in '(2 4 6) always (evenp x))
                (loop for x in '(2 4 6) never (oddp x))
                (loop for x in '(1 2 3) thereis (and (evenp x) x))))
  :value "(T T 2)")

(defcase iteration.loop-always-fails-early
  :category iteration
  :features (loop)
  :forms ((loop for x in '(2 3 4) always (evenp x)))
  :value "NIL")

(defcase iteration.loop-finally-return-accumulator
  :category iteration
  :features (loop)
  :forms ((loop for i from 1 to 3 sum i into s finally (return (* s 10))))
  :value "60")

(defcase iteration.loop-initially
  :category iteration
  :features (loop)
  :forms ((let ((log nil))
            (loop initially (push 'start log)
                  for i from 1 to 2 do (push i log)
                  finally (push 'end log))
            (nreverse log)))
  :value "(START 1 2 END)")

(defcase iteration.loop-do-multiple-forms
  :category iteration
  :features (loop)
  :forms ((let ((a 0) (b 0))
            (loop for i from 1 to 3 do (incf a i) (incf b))
            (list a b)))
  :value "(6 3)")

(defcase iteration.loop-return-clause
  :category iteration
  :features (loop)
  :forms ((loop for x in '(1 2 3 4) when (> x 2) return (* x x)))
  :value "9")

(defcase iteration.loop-named-nested
  :category iteration
  :features (loop return-from)
  :forms ((loop named outer for i from 0 to 3
                do (loop for j from 0 to 3
                         when (= (+ i j) 5) do (return-from outer (list i j)))))
  :value "(2 3)")

(defcase iteration.loop-sum-into
  :category iteration
  :features (loop)
  :forms ((loop for x in '(1 2 3 4)
                sum x into total
                count t into n
                finally (return (list total n))))
  :value "(10 4)")

(defcase iteration.loop-hash-keys-sum
  :category iteration
  :features (loop hash-table)
  :forms ((let ((h (make-hash-table)))
            (setf (gethash 'a h) 1 (gethash 'b h) 2 (gethash 'c h) 3)
            (loop for v being the hash-values of h sum v)))
  :value "6")

(defcase iteration.loop-collect-vector-result
  :category iteration
  :features (loop coerce)
  :forms ((coerce (loop for i below 4 collect (* i 2)) 'vector))
  :value "#(0 2 4 6)")

(defcase iteration.loop-nested-collect
  :category iteration
  :features (loop)
  :forms ((loop for i from 1 to 3 collect (loop for j from 1 to i collect j)))
  :value "((1) (1 2) (1 2 3))")

(defcase iteration.loop-for-from-by-float-free
  :category iteration
  :features (loop)
  :forms ((loop for i from -3 to 3 by 2 collect i))
  :value "(-3 -1 1 3)")

(defcase iteration.loop-for-on-by
  :category iteration
  :features (loop)
  :forms ((loop for tail on '(1 2 3 4 5) by #'cddr collect (car tail)))
  :value "(1 3 5)")

(defcase iteration.loop-maximize-negative
  :category iteration
  :features (loop)
  :forms ((loop for x in '(-5 -2 -9) maximize x))
  :value "-2")

(defcase iteration.loop-count-empty-zero
  :category iteration
  :features (loop)
  :forms ((loop for x in nil count x))
  :value "0")

(defcase iteration.loop-sum-empty-zero
  :category iteration
  :features (loop)
  :forms ((loop for x in nil sum x))
  :value "0")

(defcase iteration.loop-for-in-nil-body-not-run
  :category iteration
  :features (loop)
  :forms ((let ((n 0))
            (loop for x in nil do (incf n))
            n))
  :value "0")

(defcase iteration.loop-while-before-for-ends
  :category iteration
  :features (loop)
  :forms ((let ((i 0))
            (loop while (< i 3) do (incf i))
            i))
  :value "3")

(defcase iteration.loop-collect-and-count
  :category iteration
  :features (loop)
  :forms ((loop for c across "a1b2c3"
                when (digit-char-p c) collect c into digits
                and count t into n
                finally (return (list (coerce digits 'string) n))))
  :value "(\"123\" 3)")

(defcase iteration.loop-across-with-index
  :category iteration
  :features (loop)
  :forms ((loop for x across #(a b c) for i from 0 collect (list i x)))
  :value "((0 A) (1 B) (2 C))")

(defcase iteration.loop-destructuring-nil-ignore
  :category iteration
  :features (loop)
  :forms ((loop for (a nil c) in '((1 2 3) (4 5 6)) collect (list a c)))
  :value "((1 3) (4 6))")

(defcase iteration.do-body-tagbody
  :category iteration
  :features (do go)
  :forms ((let ((acc nil))
            (do ((i 0 (+ i 1))) ((= i 4) (nreverse acc))
              (when (oddp i) (go skip))
              (push i acc)
              skip)))
  :value "(0 2)")

(defcase iteration.dotimes-body-tagbody
  :category iteration
  :features (dotimes go)
  :forms ((let ((acc nil))
            (dotimes (i 5 (nreverse acc))
              (when (= i 2) (go next))
              (push i acc)
              next)))
  :value "(0 1 3 4)")

(defcase iteration.dolist-return-value-nil
  :category iteration
  :features (dolist return)
  :forms ((dolist (x '(1 2 3)) (when (= x 2) (return))))
  :value "NIL")

(defcase iteration.mapcar-vs-dolist-same
  :category iteration
  :features (mapcar dolist)
  :forms ((let ((acc nil))
            (dolist (x '(1 2 3)) (push (* x 2) acc))
            (equal (nreverse acc) (mapcar (lambda (x) (* x 2)) '(1 2 3)))))
  :value "T")

(defcase iteration.loop-for-in-modifies-via-setf
  :category iteration
  :features (loop setf)
  :forms ((let ((l (list 1 2 3)))
            (loop for tail on l do (setf (car tail) (* 10 (car tail))))
            l))
  :value "(10 20 30)")

(defcase iteration.loop-repeat-zero
  :category iteration
  :features (loop)
  :forms ((loop repeat 0 collect 'x))
  :value "NIL")

(defcase iteration.loop-until-finally
  :category iteration
  :features (loop)
  :forms ((loop for i from 1 until (= i 4) finally (return i)))
  :value "4")

(defcase iteration.loop-of-type-declaration
  :category iteration
  :features (loop)
  :forms ((loop for i of-type fixnum from 1 to 4 sum i))
  :value "10")

(defcase iteration.loop-thereis-none
  :category iteration
  :features (loop)
  :forms ((loop for x in '(1 3 5) thereis (evenp x)))
  :value "NIL")

(defcase iteration.loop-minimize-into
  :category iteration
  :features (loop)
  :forms ((loop for x in '(5 3 8) minimize x into m finally (return (* m 2))))
  :value "6")

(defcase iteration.do-with-empty-body-counts
  :category iteration
  :features (do)
  :forms ((do ((i 0 (1+ i)) (s 0 (+ s i))) ((= i 5) s)))
  :value "10")

(defcase iteration.dotimes-large
  :category iteration
  :features (dotimes)
  :forms ((let ((s 0))
            (dotimes (i 10000 s) (incf s i))))
  :value "49995000")

(defcase iteration.loop-for-being-elements-string
  :category iteration
  :features (loop)
  :forms ((loop for c across "hello" count (char= c #\l)))
  :value "2")

(defcase iteration.loop-multiple-accumulations-same-list
  :category iteration
  :features (loop)
  :forms ((loop for i from 1 to 3 collect i collect (- i)))
  :value "(1 -1 2 -2 3 -3)")

(defcase iteration.loop-append-into
  :category iteration
  :features (loop)
  :forms ((loop for x in '((a) (b c)) append x into all finally (return (length all))))
  :value "3")

(defcase iteration.loop-if-and-else-end
  :category iteration
  :features (loop)
  :forms ((loop for i from 1 to 4
                if (evenp i) collect i and collect 'e
                else collect (- i) end))
  :value "(-1 2 E -3 4 E)")

(defcase iteration.loop-vector-push-do
  :category iteration
  :features (loop vector-push-extend)
  :forms ((let ((v (make-array 0 :adjustable t :fill-pointer t)))
            (loop for i from 1 to 3 do (vector-push-extend (* i i) v))
            (coerce v 'list)))
  :value "(1 4 9)")

;;; loop, clause by clause (CLHS 6.1)

(defcase iteration.loop-for-from-to-by
  :category iteration
  :features (loop)
  :forms ((loop for x from 0 to 10 by 3 collect x))
  :value "(0 3 6 9)")

(defcase iteration.loop-for-upfrom-below
  :category iteration
  :features (loop)
  :forms ((loop for x upfrom 5 below 8 collect x))
  :value "(5 6 7)")

(defcase iteration.loop-for-upto
  :category iteration
  :features (loop)
  :forms ((loop for x from 1 upto 3 collect x))
  :value "(1 2 3)")

(defcase iteration.loop-for-to-default-start-zero
  :category iteration
  :features (loop)
  :forms ((loop for x to 3 collect x))
  :value "(0 1 2 3)")

(defcase iteration.loop-for-below-default-start-zero
  :category iteration
  :features (loop)
  :forms ((loop for x below 3 collect x))
  :value "(0 1 2)")

(defcase iteration.loop-for-from-downto
  :category iteration
  :features (loop)
  :forms ((loop for x from 10 downto 7 collect x))
  :value "(10 9 8 7)")

(defcase iteration.loop-for-downfrom-above
  :category iteration
  :features (loop)
  :forms ((loop for x downfrom 5 above 2 collect x))
  :value "(5 4 3)")

(defcase iteration.loop-for-downfrom-by-unbounded
  :category iteration
  :features (loop)
  :forms ((loop for x downfrom 10 by 3 repeat 5 collect x))
  :value "(10 7 4 1 -2)")

(defcase iteration.loop-for-from-by-unbounded
  :category iteration
  :features (loop)
  :forms ((loop for x from 1 by 2 while (< x 8) collect x))
  :value "(1 3 5 7)")

(defcase iteration.loop-for-ratio-step
  :category iteration
  :features (loop)
  :forms ((loop for x from 0 to 1 by 1/4 collect x))
  :value "(0 1/4 1/2 3/4 1)")

(defcase iteration.loop-for-below-equal-bound-empty
  :category iteration
  :features (loop)
  :forms ((loop for x from 3 below 3 collect x))
  :value "NIL")

(defcase iteration.loop-for-arithmetic-forms-evaluated-once-in-order
  :category iteration
  :features (loop)
  :forms ((let ((order nil))
            (list (loop for x from (progn (push 'from order) 1)
                          to (progn (push 'to order) 7)
                          by (progn (push 'by order) 3)
                        collect x)
                  (reverse order))))
  :value "((1 4 7) (FROM TO BY))")

(defcase iteration.loop-for-in-by-function
  :category iteration
  :features (loop)
  :forms ((loop for x in '(1 2 3 4 5 6 7) by (lambda (l) (cdddr l)) collect x))
  :value "(1 4 7)")

(defcase iteration.loop-for-on-plist-by-cddr
  :category iteration
  :features (loop)
  :forms ((loop for (key value) on '(:a 1 :b 2 :c 3) by #'cddr collect (cons key value)))
  :value "((:A . 1) (:B . 2) (:C . 3))")

(defcase iteration.loop-for-on-dotted-stops-at-atom
  :category iteration
  :features (loop)
  :note "CLHS 6.1.2.1.3: for-as-on-list ends when the variable would be an atom"
  :forms ((loop for x on '(1 2 . 3) collect x))
  :value "((1 2 . 3) (2 . 3))")

(defcase iteration.loop-for-in-list-evaluated-once
  :category iteration
  :features (loop)
  :forms ((let ((n 0))
            (list (loop for x in (progn (incf n) '(a b c)) collect x) n)))
  :value "((A B C) 1)")

(defcase iteration.loop-for-equals-evaluated-each-time
  :category iteration
  :features (loop)
  :forms ((let ((n 0))
            (loop for x = (incf n) repeat 3 collect x)))
  :value "(1 2 3)")

(defcase iteration.loop-for-equals-then-uses-previous
  :category iteration
  :features (loop)
  :forms ((loop for x = 1 then (* x 2) repeat 6 collect x))
  :value "(1 2 4 8 16 32)")

(defcase iteration.loop-for-equals-then-refers-to-earlier-for
  :category iteration
  :features (loop)
  :forms ((loop for i from 1 to 4 for sq = (* i i) then (* i i) collect sq))
  :value "(1 4 9 16)")

(defcase iteration.loop-for-across-fill-pointer
  :category iteration
  :features (loop)
  :forms ((let ((v (make-array 5 :initial-contents '(a b c d e) :fill-pointer 3)))
            (loop for x across v collect x)))
  :value "(A B C)")

(defcase iteration.loop-for-across-vector-evaluated-once
  :category iteration
  :features (loop)
  :forms ((let ((n 0))
            (list (loop for x across (progn (incf n) #(1 2 3)) sum x) n)))
  :value "(6 1)")

(defcase iteration.loop-for-across-empty
  :category iteration
  :features (loop)
  :forms ((loop for x across "" collect x))
  :value "NIL")

(defcase iteration.loop-for-across-bit-vector
  :category iteration
  :features (loop)
  :forms ((loop for b across (coerce '(1 0 1 1 0) 'bit-vector) count (= b 1)))
  :value "3")

(defcase iteration.loop-as-synonym
  :category iteration
  :features (loop)
  :forms ((loop as x in '(1 2) as y = (* x 10) collect y))
  :value "(10 20)")

(defcase iteration.loop-for-and-parallel-then
  :category iteration
  :features (loop)
  :forms ((loop for x from 1 to 3 and y = 0 then x collect (list x y)))
  :value "((1 0) (2 1) (3 2))")

(defcase iteration.loop-for-sequential-sees-new-value
  :category iteration
  :features (loop)
  :forms ((loop for x from 1 to 3 for y = x collect (list x y)))
  :value "((1 1) (2 2) (3 3))")

(defcase iteration.loop-for-stops-at-first-exhausted
  :category iteration
  :features (loop)
  :forms ((loop for i from 0 for x in '(a b c) collect (cons i x)))
  :value "((0 . A) (1 . B) (2 . C))")

(defcase iteration.loop-destructuring-cons-in
  :category iteration
  :features (loop)
  :forms ((loop for (a . b) in '((1 . 2) (3 . 4)) collect (+ a b)))
  :value "(3 7)")

(defcase iteration.loop-destructuring-nested
  :category iteration
  :features (loop)
  :forms ((loop for (a (b c)) in '((1 (2 3)) (4 (5 6))) collect (list c b a)))
  :value "((3 2 1) (6 5 4))")

(defcase iteration.loop-destructuring-nil-skips-element
  :category iteration
  :features (loop)
  :forms ((loop for (a nil c) in '((1 2 3) (4 5 6)) collect (+ a c)))
  :value "(4 10)")

(defcase iteration.loop-destructuring-rest-tail
  :category iteration
  :features (loop)
  :forms ((loop for (first . rest) in '((1 2 3) (4) (5 6)) collect rest))
  :value "((2 3) NIL (6))")

(defcase iteration.loop-destructuring-of-type
  :category iteration
  :features (loop)
  :forms ((loop for (a b) of-type (fixnum fixnum) in '((1 2) (3 4)) sum (* a b)))
  :value "14")

(defcase iteration.loop-destructuring-equals
  :category iteration
  :features (loop)
  :forms ((loop for (q r) = (multiple-value-list (floor 17 5)) repeat 1 return (list q r)))
  :value "(3 2)")

(defcase iteration.loop-with-destructuring
  :category iteration
  :features (loop)
  :forms ((loop with (a b) = '(3 4) repeat 1 return (* a b)))
  :value "12")

(defcase iteration.loop-with-and-parallel
  :category iteration
  :features (loop)
  :forms ((let ((a 10))
            (loop with a = 1 and b = a repeat 1 return (list a b))))
  :value "(1 10)")

(defcase iteration.loop-with-sequential
  :category iteration
  :features (loop)
  :forms ((loop with a = 1 with b = (+ a 1) repeat 1 return (list a b)))
  :value "(1 2)")

(defcase iteration.loop-with-no-init-nil
  :category iteration
  :features (loop)
  :forms ((loop with x repeat 1 return x))
  :value "NIL")

(defcase iteration.loop-with-accumulates-in-do
  :category iteration
  :features (loop)
  :forms ((loop with total = 0 for x in '(1 2 3) do (incf total x) finally (return total)))
  :value "6")

(defcase iteration.loop-hash-keys-using-hash-value
  :category iteration
  :features (loop)
  :forms ((let ((h (make-hash-table)))
            (setf (gethash 'a h) 1 (gethash 'b h) 2 (gethash 'c h) 3)
            (sort (loop for k being the hash-keys of h using (hash-value v)
                        collect (* v 10))
                  #'<)))
  :value "(10 20 30)")

(defcase iteration.loop-hash-values-using-hash-key
  :category iteration
  :features (loop)
  :forms ((let ((h (make-hash-table)))
            (setf (gethash 1 h) 'one (gethash 2 h) 'two)
            (sort (loop for v being each hash-value in h using (hash-key k)
                        collect (list k v))
                  #'< :key #'first)))
  :value "((1 ONE) (2 TWO))")

(defcase iteration.loop-hash-key-singular-each-in
  :category iteration
  :features (loop)
  :forms ((let ((h (make-hash-table)))
            (setf (gethash 'only h) 1)
            (loop for k being each hash-key in h collect k)))
  :value "(ONLY)")

(defcase iteration.loop-hash-keys-empty-table
  :category iteration
  :features (loop)
  :forms ((loop for k being the hash-keys of (make-hash-table) collect k))
  :value "NIL")

(defcase iteration.loop-hash-values-sum
  :category iteration
  :features (loop)
  :forms ((let ((h (make-hash-table :test 'equal)))
            (setf (gethash "x" h) 5 (gethash "y" h) 7)
            (loop for v being the hash-values of h sum v)))
  :value "12")

(defcase iteration.loop-external-symbols
  :category iteration
  :features (loop)
  :forms ((let ((p (make-package "ITER-LOOP-EXT" :use nil)))
            (export (intern "VISIBLE" p) p)
            (intern "HIDDEN" p)
            (loop for s being the external-symbols of p collect (symbol-name s))))
  :value "(\"VISIBLE\")")

(defcase iteration.loop-present-symbols
  :category iteration
  :features (loop)
  :forms ((let ((p (make-package "ITER-LOOP-PRESENT" :use nil)))
            (export (intern "B" p) p)
            (intern "A" p)
            (sort (loop for s being each present-symbol of p collect (symbol-name s)) #'string<)))
  :value "(\"A\" \"B\")")

(defcase iteration.loop-repeat-evaluated-once
  :category iteration
  :features (loop)
  :forms ((let ((n 0))
            (list (loop repeat (progn (incf n) 3) collect 'x) n)))
  :value "((X X X) 1)")

(defcase iteration.loop-repeat-negative
  :category iteration
  :features (loop)
  :forms ((loop repeat -2 collect 'x))
  :value "NIL")

(defcase iteration.loop-simple-form
  :category iteration
  :features (loop)
  :forms ((let ((n 0))
            (loop (incf n) (when (> n 4) (return n)))))
  :value "5")

(defcase iteration.loop-initially-finally-order
  :category iteration
  :features (loop)
  :forms ((loop for x in '(1 2)
                initially (princ "[")
                do (princ x)
                finally (princ "]")))
  :stdout "[12]"
  :value "NIL")

(defcase iteration.loop-several-initially-and-finally-in-order
  :category iteration
  :features (loop)
  :forms ((loop repeat 1
                initially (princ "a")
                finally (princ "y")
                initially (princ "b")
                finally (princ "z")
                do (princ "-")))
  :stdout "ab-yz"
  :value "NIL")

(defcase iteration.loop-initially-runs-before-zero-iterations
  :category iteration
  :features (loop)
  :forms ((loop for x in nil initially (princ "init") finally (princ "fin") do (princ x)))
  :stdout "initfin"
  :value "NIL")

(defcase iteration.loop-return-skips-finally
  :category iteration
  :features (loop)
  :forms ((loop for x in '(1 2 3)
                when (= x 2) do (return 'early)
                finally (princ "not printed")))
  :value "EARLY")

(defcase iteration.loop-finish-runs-finally
  :category iteration
  :features (loop loop-finish)
  :forms ((loop for x in '(1 2 3 4)
                do (when (= x 3) (loop-finish))
                collect x into seen
                finally (return (list 'finished seen))))
  :value "(FINISHED (1 2))")

(defcase iteration.loop-finish-returns-accumulation
  :category iteration
  :features (loop loop-finish)
  :forms ((loop for x in '(1 2 3 4)
                collect x
                when (= x 2) do (loop-finish)))
  :value "(1 2)")

(defcase iteration.loop-finish-from-nested-form
  :category iteration
  :features (loop loop-finish)
  :forms ((loop for x from 1
                sum x
                do (dolist (y '(a b)) (when (and (eq y 'b) (= x 3)) (loop-finish)))))
  :value "6")

(defcase iteration.loop-named-return-from
  :category iteration
  :features (loop return-from)
  :forms ((loop named outer
                for x in '(1 2 3)
                do (loop for y in '(10 20 30)
                         when (= (+ x y) 22) do (return-from outer (list x y)))))
  :value "(2 20)")

(defcase iteration.loop-named-still-block-nil-inner
  :category iteration
  :features (loop return)
  :forms ((loop named outer
                for x in '(1 2)
                collect (loop for y in '(a b c) when (eq y 'b) do (return y))))
  :value "(B B)")

(defcase iteration.loop-return-clause-value
  :category iteration
  :features (loop)
  :forms ((loop for x in '(1 2 3) when (= x 2) return (* x 10)))
  :value "20")

(defcase iteration.loop-return-clause-multiple-values
  :category iteration
  :features (loop)
  :forms ((multiple-value-list (loop for x in '(1 2 3) when (= x 3) return (values x 'found))))
  :value "(3 FOUND)")

(defcase iteration.loop-return-it
  :category iteration
  :features (loop)
  :forms ((loop for x in '((a . 1) (b . 2) (c . 3)) when (and (eq (car x) 'b) (cdr x)) return it))
  :value "2")

(defcase iteration.loop-collect-it
  :category iteration
  :features (loop)
  :forms ((loop for x in '(1 2 3 4) when (and (evenp x) (* x x)) collect it))
  :value "(4 16)")

(defcase iteration.loop-sum-it
  :category iteration
  :features (loop)
  :forms ((loop for s in '("1" "x" "20") when (digit-char-p (char s 0)) sum it))
  :value "3")

(defcase iteration.loop-thereis-returns-value
  :category iteration
  :features (loop)
  :forms ((loop for x in '(1 2 3) thereis (and (> x 1) (* x 10))))
  :value "20")

(defcase iteration.loop-always-empty-is-t
  :category iteration
  :features (loop)
  :forms ((list (loop for x in nil always nil) (loop for x in nil never t) (loop for x in nil thereis t)))
  :value "(T T NIL)")

(defcase iteration.loop-never-fails
  :category iteration
  :features (loop)
  :forms ((loop for x in '(1 2 3) never (= x 2)))
  :value "NIL")

(defcase iteration.loop-always-stops-evaluating
  :category iteration
  :features (loop)
  :forms ((let ((seen nil))
            (list (loop for x in '(2 4 5 6) always (progn (push x seen) (evenp x)))
                  (reverse seen))))
  :value "(NIL (2 4 5))")

(defcase iteration.loop-always-true-runs-finally
  :category iteration
  :features (loop)
  :forms ((loop for x in '(2 4) always (evenp x) finally (princ "done")))
  :stdout "done"
  :value "T")

(defcase iteration.loop-while-runs-finally
  :category iteration
  :features (loop)
  :forms ((loop for x in '(1 2 3 4) while (< x 3) collect x into got finally (return (cons 'end got))))
  :value "(END 1 2)")

(defcase iteration.loop-until-before-collect
  :category iteration
  :features (loop)
  :forms ((loop for x in '(1 2 3 4) until (= x 3) collect x))
  :value "(1 2)")

(defcase iteration.loop-collect-into-not-returned-by-default
  :category iteration
  :features (loop)
  :forms ((loop for x in '(1 2) collect x into l))
  :value "NIL")

(defcase iteration.loop-two-accumulators-into
  :category iteration
  :features (loop)
  :forms ((loop for x in '(1 2 3 4 5)
                if (evenp x) collect x into evens
                else collect x into odds
                finally (return (list evens odds))))
  :value "((2 4) (1 3 5))")

(defcase iteration.loop-collect-and-append-same-result
  :category iteration
  :features (loop)
  :forms ((loop for x in '(1 2) collect x append (list 'a 'b)))
  :value "(1 A B 2 A B)")

(defcase iteration.loop-sum-and-count-same-result
  :category iteration
  :features (loop)
  :forms ((loop for x in '(1 2 3) sum x count t))
  :value "9")

(defcase iteration.loop-append-does-not-modify-arguments
  :category iteration
  :features (loop)
  :forms ((let ((a (list 1 2)) (b (list 3)))
            (list (loop for l in (list a b) append l) a b)))
  :value "((1 2 3) (1 2) (3))")

(defcase iteration.loop-nconc-fresh-lists
  :category iteration
  :features (loop)
  :forms ((loop for x in '(1 2 3) nconc (list x (- x))))
  :value "(1 -1 2 -2 3 -3)")

(defcase iteration.loop-nconc-into
  :category iteration
  :features (loop)
  :forms ((loop for x in '(a b) nconc (list x x) into l finally (return (length l))))
  :value "4")

(defcase iteration.loop-count-into
  :category iteration
  :features (loop)
  :forms ((loop for x in '(1 nil 2 nil nil) count x into n finally (return n)))
  :value "2")

(defcase iteration.loop-count-of-type
  :category iteration
  :features (loop)
  :forms ((loop for x in '(a b c) count (symbolp x) of-type fixnum))
  :value "3")

(defcase iteration.loop-sum-of-type-float
  :category iteration
  :features (loop)
  :forms ((loop for x in '(1.5d0 2.5d0) sum x of-type double-float))
  :value "4.0d0")

(defcase iteration.loop-maximize-of-type
  :category iteration
  :features (loop)
  :forms ((loop for x in '(3 9 2) maximize x of-type fixnum))
  :value "9")

(defcase iteration.loop-minimize-into-finally
  :category iteration
  :features (loop)
  :forms ((loop for x in '(3 -9 2) minimize x into m finally (return (* m 2))))
  :value "-18")

(defcase iteration.loop-maximize-form-expression
  :category iteration
  :features (loop)
  :forms ((loop for s in '("ab" "abcd" "a") maximize (length s)))
  :value "4")

(defcase iteration.loop-plural-accumulation-keywords
  :category iteration
  :features (loop)
  :forms ((list (loop for x in '(1 2) collecting x)
                (loop for x in '(1 2) summing x)
                (loop for x in '(1 2) counting (oddp x))
                (loop for x in '(1 2) maximizing x)
                (loop for x in '(1 2) minimizing x)
                (loop for x in '((1) (2)) appending x)
                (loop for x in '(1 2) nconcing (list x))))
  :value "((1 2) 3 1 2 1 (1 2) (1 2))")

(defcase iteration.loop-doing-synonym
  :category iteration
  :features (loop)
  :forms ((loop for x in '(1 2) doing (princ x)))
  :stdout "12"
  :value "NIL")

(defcase iteration.loop-when-and-conjunction
  :category iteration
  :features (loop)
  :forms ((loop for x in '(1 2 3 4) when (evenp x) collect x and collect (* x 100)))
  :value "(2 200 4 400)")

(defcase iteration.loop-else-binds-to-nearest-if
  :category iteration
  :features (loop)
  :forms ((loop for x from 1 to 6
                when (evenp x)
                  if (> x 3) collect x
                  else collect (- x)))
  :value "(-2 4 6)")

(defcase iteration.loop-end-closes-conditional
  :category iteration
  :features (loop)
  :forms ((loop for x from 1 to 4
                when (evenp x) collect x into evens end
                collect x into all
                finally (return (list evens all))))
  :value "((2 4) (1 2 3 4))")

(defcase iteration.loop-unless-else
  :category iteration
  :features (loop)
  :forms ((loop for x in '(1 2 3) unless (= x 2) collect 'keep else collect 'skip))
  :value "(KEEP SKIP KEEP)")

(defcase iteration.loop-if-it-else-count-into
  :category iteration
  :features (loop)
  :forms ((loop for x in '(nil 5 nil 6) if x collect it else count t into nils
                finally (princ nils)))
  :stdout "2"
  :value "(5 6)")

(defcase iteration.loop-do-several-forms
  :category iteration
  :features (loop)
  :forms ((loop for x in '(1 2) do (princ x) (princ ",")))
  :stdout "1,2,"
  :value "NIL")

(defcase iteration.loop-empty-accumulations
  :category iteration
  :features (loop)
  :forms ((list (loop for x in nil collect x)
                (loop for x in nil sum x)
                (loop for x in nil count x)
                (loop for x in nil append x)))
  :value "(NIL 0 0 NIL)")

(defcase iteration.loop-of-type-for-variable
  :category iteration
  :features (loop)
  :forms ((loop for i of-type fixnum from 1 to 4 sum i))
  :value "10")

(defcase iteration.loop-fixnum-simple-type-spec
  :category iteration
  :features (loop)
  :forms ((loop for i fixnum from 1 to 3 collect i))
  :value "(1 2 3)")

(defcase iteration.loop-while-then-for-order
  :category iteration
  :features (loop)
  :forms ((let ((trace-list nil))
            (loop for x in '(1 2 3)
                  do (push x trace-list)
                  while (< x 2))
            (reverse trace-list)))
  :value "(1 2)")

(defcase iteration.loop-returns-block-nil
  :category iteration
  :features (loop return)
  :forms ((loop for x from 1 do (when (> x 2) (return (* x 100)))))
  :value "300")

;;; do, do*, dotimes, dolist (CLHS 6.2)

(defcase iteration.do-steps-in-parallel
  :category iteration
  :features (do)
  :forms ((do ((i 0 (1+ i))
               (acc nil (cons i acc)))
              ((= i 3) acc)))
  :value "(2 1 0)")

(defcase iteration.do-init-forms-parallel
  :category iteration
  :features (do)
  :forms ((let ((x 'outer))
            (do ((x 1) (y x)) (t (list x y)))))
  :value "(1 OUTER)")

(defcase iteration.do-star-init-sequential
  :category iteration
  :features (do*)
  :forms ((let ((x 'outer))
            (declare (ignorable x))
            (do* ((x 1) (y x)) (t (list x y)))))
  :value "(1 1)")

(defcase iteration.do-star-steps-sequential
  :category iteration
  :features (do*)
  :forms ((do* ((i 0 (1+ i))
                (j 0 (+ j i)))
               ((= i 4) j)))
  :value "10")

(defcase iteration.do-step-order-left-to-right
  :category iteration
  :features (do)
  :forms ((let ((order nil))
            (do ((a 0 (progn (push 'a order) (1+ a)))
                 (b 0 (progn (push 'b order) (1+ b))))
                ((= a 2) (reverse order)))))
  :value "(A B A B)")

(defcase iteration.do-var-without-step-keeps-value
  :category iteration
  :features (do)
  :forms ((do ((i 0 (1+ i)) (fixed 'same)) ((= i 2) fixed)))
  :value "SAME")

(defcase iteration.do-var-without-init-nil
  :category iteration
  :features (do)
  :forms ((do ((i 0 (1+ i)) v) ((= i 1) v)))
  :value "NIL")

(defcase iteration.do-end-test-no-result-forms
  :category iteration
  :features (do)
  :forms ((do ((i 0 (1+ i))) ((= i 3))))
  :value "NIL")

(defcase iteration.do-end-test-before-body
  :category iteration
  :features (do)
  :forms ((do ((i 10)) ((> i 5) 'no-body-run) (princ "body")))
  :value "NO-BODY-RUN")

(defcase iteration.do-result-multiple-values
  :category iteration
  :features (do)
  :forms ((multiple-value-list (do ((i 0 (1+ i))) ((= i 2) (values i 'done)))))
  :value "(2 DONE)")

(defcase iteration.do-body-tags-and-go
  :category iteration
  :features (do go)
  :forms ((do ((i 0 (1+ i)) (acc nil))
              ((= i 4) (nreverse acc))
            (when (oddp i) (go skip))
            (push i acc)
            skip))
  :value "(0 2)")

(defcase iteration.do-return-from-block-nil
  :category iteration
  :features (do return)
  :forms ((do ((i 0 (1+ i))) (nil) (when (= i 5) (return (* i i)))))
  :value "25")

(defcase iteration.do-declaration
  :category iteration
  :features (do declare)
  :forms ((do ((i 0 (1+ i)) (s 0 (+ s i)))
              ((= i 5) s)
            (declare (type fixnum i s))))
  :value "10")

(defcase iteration.do-star-no-step-sequential-init
  :category iteration
  :features (do*)
  :forms ((do* ((a 2) (b (* a a)) (c (* b b))) (t (list a b c))))
  :value "(2 4 16)")

(defcase iteration.dotimes-count-evaluated-once
  :category iteration
  :features (dotimes)
  :forms ((let ((n 0) (count 0))
            (dotimes (i (progn (incf n) 4)) (incf count))
            (list n count)))
  :value "(1 4)")

(defcase iteration.dotimes-result-multiple-values
  :category iteration
  :features (dotimes)
  :forms ((multiple-value-list (dotimes (i 2 (values i 'end)))))
  :value "(2 END)")

(defcase iteration.dotimes-return
  :category iteration
  :features (dotimes return)
  :forms ((dotimes (i 10 'not-reached) (when (= i 3) (return (list 'stopped i)))))
  :value "(STOPPED 3)")

(defcase iteration.dotimes-body-go
  :category iteration
  :features (dotimes go)
  :forms ((let ((acc nil))
            (dotimes (i 5 (nreverse acc))
              (when (evenp i) (go next))
              (push i acc)
              next)))
  :value "(1 3)")

(defcase iteration.dotimes-declare
  :category iteration
  :features (dotimes declare)
  :forms ((let ((s 0))
            (dotimes (i 4 s) (declare (fixnum i)) (incf s i))))
  :value "6")

(defcase iteration.dolist-list-evaluated-once
  :category iteration
  :features (dolist)
  :forms ((let ((n 0) (acc nil))
            (dolist (x (progn (incf n) '(1 2 3))) (push x acc))
            (list n acc)))
  :value "(1 (3 2 1))")

(defcase iteration.dolist-result-var-nil-in-result-form
  :category iteration
  :features (dolist)
  :forms ((dolist (x '(1 2 3) (list 'x-is x))))
  :value "(X-IS NIL)")

(defcase iteration.dolist-result-multiple-values
  :category iteration
  :features (dolist)
  :forms ((multiple-value-list (dolist (x '(a) (values 1 2 3)))))
  :value "(1 2 3)")

(defcase iteration.dolist-body-go
  :category iteration
  :features (dolist go)
  :forms ((let ((acc nil))
            (dolist (x '(1 2 3 4) (nreverse acc))
              (when (= x 2) (go skip))
              (push x acc)
              skip)))
  :value "(1 3 4)")

(defcase iteration.dolist-return-multiple-values
  :category iteration
  :features (dolist return)
  :forms ((multiple-value-list (dolist (x '(1 2 3)) (when (= x 2) (return (values x 'hit))))))
  :value "(2 HIT)")

(defcase iteration.dolist-declare
  :category iteration
  :features (dolist declare)
  :forms ((let ((s 0))
            (dolist (x '(1 2 3) s) (declare (type fixnum x)) (incf s x))))
  :value "6")

(defcase iteration.loop-always-failing-skips-finally
  :category iteration
  :features (loop)
  :note "CLHS 6.1.4: always, never and thereis exit with return-from, so finally is not evaluated"
  :forms ((loop for x in '(2 3) always (evenp x) finally (princ "not printed")))
  :value "NIL")

(defcase iteration.loop-thereis-skips-finally
  :category iteration
  :features (loop)
  :forms ((loop for x in '(1 2) thereis (and (= x 2) 'two) finally (princ "not printed")))
  :value "TWO")

(defcase iteration.loop-never-true-skips-finally
  :category iteration
  :features (loop)
  :forms ((loop for x in '(1 2) never (= x 1) finally (princ "not printed")))
  :value "NIL")

(defcase iteration.loop-thereis-exhausted-runs-finally
  :category iteration
  :features (loop)
  :forms ((loop for x in '(1 2) thereis (> x 5) finally (princ "ran")))
  :stdout "ran"
  :value "NIL")

(defcase iteration.loop-always-with-unnamed-collect-is-program-error
  :category iteration
  :features (loop program-error)
  :note "CLHS 6.1.4: always with an accumulation clause that is not into signals program-error at macro expansion time"
  :forms ((eval '(loop for x in '(1 2) collect x always (numberp x))))
  :signals program-error)
