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
