;;;; corpus/forms/hash-tables.lisp — hash tables (CLHS 18). Results never depend on iteration order. Expectations: SBCL 2.2.9.

(defcase hash-tables.gethash-present
  :category hash-tables
  :features (make-hash-table gethash)
  :forms ((let ((h (make-hash-table)))
            (setf (gethash 'a h) 1)
            (gethash 'a h)))
  :value "1")

(defcase hash-tables.gethash-two-values-present
  :category hash-tables
  :features (gethash multiple-value-list)
  :forms ((let ((h (make-hash-table)))
            (setf (gethash 'a h) 1)
            (multiple-value-list (gethash 'a h))))
  :value "(1 T)")

(defcase hash-tables.gethash-missing
  :category hash-tables
  :features (gethash multiple-value-list)
  :forms ((multiple-value-list (gethash 'nope (make-hash-table))))
  :value "(NIL NIL)")

(defcase hash-tables.gethash-default
  :category hash-tables
  :features (gethash multiple-value-list)
  :forms ((multiple-value-list (gethash 'nope (make-hash-table) 'dflt)))
  :value "(DFLT NIL)")

(defcase hash-tables.gethash-nil-value-present
  :category hash-tables
  :features (gethash multiple-value-list)
  :forms ((let ((h (make-hash-table)))
            (setf (gethash 'k h) nil)
            (multiple-value-list (gethash 'k h 'dflt))))
  :value "(NIL T)")

(defcase hash-tables.setf-gethash-returns-value
  :category hash-tables
  :features (setf gethash)
  :forms ((setf (gethash 1 (make-hash-table)) 'stored))
  :value "STORED")

(defcase hash-tables.overwrite-value
  :category hash-tables
  :features (setf gethash hash-table-count)
  :forms ((let ((h (make-hash-table)))
            (setf (gethash 'k h) 1)
            (setf (gethash 'k h) 2)
            (list (gethash 'k h) (hash-table-count h))))
  :value "(2 1)")

(defcase hash-tables.hash-table-count
  :category hash-tables
  :features (hash-table-count)
  :forms ((let ((h (make-hash-table)))
            (dotimes (i 10) (setf (gethash i h) (* i i)))
            (hash-table-count h)))
  :value "10")

(defcase hash-tables.hash-table-count-empty
  :category hash-tables
  :features (hash-table-count)
  :forms ((hash-table-count (make-hash-table)))
  :value "0")

(defcase hash-tables.remhash-present-absent
  :category hash-tables
  :features (remhash)
  :forms ((let ((h (make-hash-table)))
            (setf (gethash 'a h) 1)
            (list (remhash 'a h) (remhash 'a h) (hash-table-count h))))
  :value "(T NIL 0)")

(defcase hash-tables.clrhash
  :category hash-tables
  :features (clrhash hash-table-count)
  :forms ((let ((h (make-hash-table)))
            (setf (gethash 1 h) 1 (gethash 2 h) 2)
            (clrhash h)
            (list (hash-table-count h) (gethash 1 h))))
  :value "(0 NIL)")

(defcase hash-tables.eql-table-string-keys-miss
  :category hash-tables
  :features (make-hash-table gethash)
  :forms ((let ((h (make-hash-table)))
            (setf (gethash (copy-seq "key") h) 'v)
            (gethash (copy-seq "key") h)))
  :value "NIL")

(defcase hash-tables.equal-table-string-keys-hit
  :category hash-tables
  :features (make-hash-table gethash equal)
  :forms ((let ((h (make-hash-table :test #'equal)))
            (setf (gethash (copy-seq "key") h) 'v)
            (gethash (copy-seq "key") h)))
  :value "V")

(defcase hash-tables.equal-table-list-keys
  :category hash-tables
  :features (make-hash-table gethash equal)
  :forms ((let ((h (make-hash-table :test 'equal)))
            (setf (gethash (list 1 2) h) 'pair)
            (gethash (list 1 2) h)))
  :value "PAIR")

(defcase hash-tables.equalp-table-case-insensitive
  :category hash-tables
  :features (make-hash-table gethash equalp)
  :forms ((let ((h (make-hash-table :test 'equalp)))
            (setf (gethash "Key" h) 'v)
            (gethash "KEY" h)))
  :value "V")

(defcase hash-tables.equalp-table-numeric-keys
  :category hash-tables
  :features (make-hash-table gethash equalp)
  :forms ((let ((h (make-hash-table :test 'equalp)))
            (setf (gethash 1 h) 'one)
            (gethash 1.0 h)))
  :value "ONE")

(defcase hash-tables.eql-table-numbers
  :category hash-tables
  :features (make-hash-table gethash)
  :forms ((let ((h (make-hash-table)))
            (setf (gethash 1 h) 'int)
            (list (gethash 1 h) (gethash 1.0 h))))
  :value "(INT NIL)")

(defcase hash-tables.eq-table-symbols
  :category hash-tables
  :features (make-hash-table gethash)
  :forms ((let ((h (make-hash-table :test 'eq)))
            (setf (gethash 'sym h) 'found)
            (gethash 'sym h)))
  :value "FOUND")

(defcase hash-tables.character-keys
  :category hash-tables
  :features (make-hash-table gethash)
  :forms ((let ((h (make-hash-table)))
            (loop for c across "hello" do (incf (gethash c h 0)))
            (list (gethash #\l h) (gethash #\h h) (gethash #\z h 0))))
  :value "(2 1 0)")

(defcase hash-tables.maphash-sum-values
  :category hash-tables
  :features (maphash)
  :forms ((let ((h (make-hash-table)) (sum 0))
            (dotimes (i 5) (setf (gethash i h) (* 10 i)))
            (maphash (lambda (k v) (declare (ignore k)) (incf sum v)) h)
            sum))
  :value "100")

(defcase hash-tables.maphash-returns-nil
  :category hash-tables
  :features (maphash)
  :forms ((maphash (lambda (k v) (list k v)) (make-hash-table)))
  :value "NIL")

(defcase hash-tables.maphash-collect-sorted-keys
  :category hash-tables
  :features (maphash sort)
  :forms ((let ((h (make-hash-table)) (keys nil))
            (dolist (k '(3 1 2)) (setf (gethash k h) t))
            (maphash (lambda (k v) (declare (ignore v)) (push k keys)) h)
            (sort keys #'<)))
  :value "(1 2 3)")

(defcase hash-tables.loop-hash-keys-sorted
  :category hash-tables
  :features (loop sort)
  :forms ((let ((h (make-hash-table)))
            (setf (gethash 'b h) 2 (gethash 'a h) 1 (gethash 'c h) 3)
            (sort (loop for k being the hash-keys of h collect (symbol-name k)) #'string<)))
  :value "(\"A\" \"B\" \"C\")")

(defcase hash-tables.loop-hash-values-sum
  :category hash-tables
  :features (loop)
  :forms ((let ((h (make-hash-table)))
            (dotimes (i 4) (setf (gethash i h) i))
            (loop for v being the hash-values of h sum v)))
  :value "6")

(defcase hash-tables.loop-hash-key-using-value
  :category hash-tables
  :features (loop)
  :forms ((let ((h (make-hash-table)))
            (setf (gethash 1 h) 10 (gethash 2 h) 20)
            (loop for k being the hash-keys of h using (hash-value v) sum (* k v))))
  :value "50")

(defcase hash-tables.with-hash-table-iterator-count
  :category hash-tables
  :features (with-hash-table-iterator)
  :forms ((let ((h (make-hash-table)) (n 0))
            (dotimes (i 7) (setf (gethash i h) t))
            (with-hash-table-iterator (next h)
              (loop (multiple-value-bind (more k v) (next)
                      (declare (ignore k v))
                      (unless more (return))
                      (incf n))))
            n))
  :value "7")

(defcase hash-tables.incf-gethash-default
  :category hash-tables
  :features (incf gethash)
  :forms ((let ((h (make-hash-table)))
            (incf (gethash 'x h 0))
            (incf (gethash 'x h 0) 5)
            (gethash 'x h)))
  :value "6")

(defcase hash-tables.push-gethash
  :category hash-tables
  :features (push gethash)
  :forms ((let ((h (make-hash-table)))
            (push 1 (gethash 'k h))
            (push 2 (gethash 'k h))
            (gethash 'k h)))
  :value "(2 1)")

(defcase hash-tables.word-frequency
  :category hash-tables
  :features (make-hash-table gethash equal)
  :forms ((let ((h (make-hash-table :test #'equal)))
            (dolist (w '("a" "b" "a" "c" "a" "b")) (incf (gethash w h 0)))
            (list (gethash "a" h) (gethash "b" h) (gethash "c" h) (hash-table-count h))))
  :value "(3 2 1 3)")

(defcase hash-tables.hash-table-p
  :category hash-tables
  :features (hash-table-p)
  :forms ((list (hash-table-p (make-hash-table)) (hash-table-p '((a . 1)))))
  :value "(T NIL)")

(defcase hash-tables.hash-table-test-name
  :category hash-tables
  :features (hash-table-test)
  :forms ((list (hash-table-test (make-hash-table)) (hash-table-test (make-hash-table :test #'equal))))
  :value "(EQL EQUAL)")

(defcase hash-tables.remhash-during-maphash-current
  :category hash-tables
  :features (maphash remhash)
  :forms ((let ((h (make-hash-table)))
            (dotimes (i 6) (setf (gethash i h) i))
            (maphash (lambda (k v) (declare (ignore v)) (when (evenp k) (remhash k h))) h)
            (hash-table-count h)))
  :value "3")

(defcase hash-tables.keys-of-different-types
  :category hash-tables
  :features (make-hash-table gethash equal)
  :forms ((let ((h (make-hash-table :test #'equal)))
            (setf (gethash 1 h) 'int (gethash "1" h) 'str (gethash '(1) h) 'list (gethash #\1 h) 'char)
            (list (gethash 1 h) (gethash "1" h) (gethash (list 1) h) (gethash #\1 h))))
  :value "(INT STR LIST CHAR)")

(defcase hash-tables.many-entries
  :category hash-tables
  :features (make-hash-table gethash)
  :forms ((let ((h (make-hash-table)))
            (dotimes (i 1000) (setf (gethash i h) (* 2 i)))
            (list (hash-table-count h) (gethash 999 h) (gethash 500 h))))
  :value "(1000 1998 1000)")

(defcase hash-tables.nil-as-key
  :category hash-tables
  :features (gethash)
  :forms ((let ((h (make-hash-table)))
            (setf (gethash nil h) 'nil-key)
            (multiple-value-list (gethash nil h))))
  :value "(NIL-KEY T)")

(defcase hash-tables.bignum-keys-eql
  :category hash-tables
  :features (gethash make-hash-table)
  :forms ((let ((h (make-hash-table)))
            (setf (gethash (expt 10 25) h) 'big)
            (gethash (expt 10 25) h)))
  :value "BIG")

(defcase hash-tables.ratio-keys-eql
  :category hash-tables
  :features (gethash make-hash-table)
  :forms ((let ((h (make-hash-table)))
            (setf (gethash 1/3 h) 'third)
            (gethash (/ 2 6) h)))
  :value "THIRD")

(defcase hash-tables.copy-hash-by-maphash
  :category hash-tables
  :features (maphash gethash)
  :forms ((let ((a (make-hash-table)) (b (make-hash-table)))
            (setf (gethash 'x a) 1 (gethash 'y a) 2)
            (maphash (lambda (k v) (setf (gethash k b) v)) a)
            (setf (gethash 'x a) 100)
            (list (gethash 'x b) (gethash 'y b) (hash-table-count b))))
  :value "(1 2 2)")

(defcase hash-tables.invert-hash
  :category hash-tables
  :features (maphash gethash)
  :forms ((let ((h (make-hash-table)) (inv (make-hash-table)))
            (setf (gethash 'one h) 1 (gethash 'two h) 2)
            (maphash (lambda (k v) (setf (gethash v inv) k)) h)
            (list (gethash 1 inv) (gethash 2 inv))))
  :value "(ONE TWO)")

(defcase hash-tables.make-hash-table-size-hint
  :category hash-tables
  :features (make-hash-table hash-table-count)
  :forms ((hash-table-count (make-hash-table :size 1000)))
  :value "0")

(defcase hash-tables.hash-table-as-set
  :category hash-tables
  :features (gethash)
  :forms ((let ((seen (make-hash-table)) (dups nil))
            (dolist (x '(1 2 3 2 4 1))
              (if (gethash x seen) (push x dups) (setf (gethash x seen) t)))
            (nreverse dups)))
  :value "(2 1)")

(defcase hash-tables.gethash-on-non-table-signals
  :category hash-tables
  :note "not an exceptional situation of the standard (consequences undefined): the safe-code error SBCL signals"
  :features (gethash)
  :forms ((gethash 'k (identity '((k . v)))))
  :signals type-error)

(defcase hash-tables.memo-fibonacci-hash
  :category hash-tables
  :features (make-hash-table gethash labels)
  :forms ((let ((memo (make-hash-table)))
            (labels ((fib (n)
                       (or (gethash n memo)
                           (setf (gethash n memo)
                                 (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2))))))))
              (fib 80))))
  :value "23416728348467685")

(defcase hash-tables.hash-count-after-remhash-all
  :category hash-tables
  :features (remhash hash-table-count)
  :forms ((let ((h (make-hash-table)))
            (dotimes (i 5) (setf (gethash i h) t))
            (dotimes (i 5) (remhash i h))
            (hash-table-count h)))
  :value "0")

(defcase hash-tables.equal-table-nested-keys
  :category hash-tables
  :features (gethash equal)
  :forms ((let ((h (make-hash-table :test 'equal)))
            (setf (gethash '(a (b "c")) h) 'deep)
            (gethash (list 'a (list 'b "c")) h)))
  :value "DEEP")

(defcase hash-tables.equalp-table-vector-keys
  :category hash-tables
  :features (gethash equalp)
  :forms ((let ((h (make-hash-table :test 'equalp)))
            (setf (gethash (vector 1 2) h) 'vec)
            (gethash (vector 1 2) h)))
  :value "VEC")

(defcase hash-tables.equal-table-vector-keys-miss
  :category hash-tables
  :features (gethash equal)
  :forms ((let ((h (make-hash-table :test 'equal)))
            (setf (gethash (vector 1 2) h) 'vec)
            (gethash (vector 1 2) h)))
  :value "NIL")

(defcase hash-tables.setf-gethash-multiple
  :category hash-tables
  :features (setf gethash)
  :forms ((let ((h (make-hash-table)))
            (setf (gethash 'a h) 1 (gethash 'b h) 2 (gethash 'c h) 3)
            (+ (gethash 'a h) (gethash 'b h) (gethash 'c h))))
  :value "6")

(defcase hash-tables.sxhash-equal-objects
  :category hash-tables
  :features (sxhash)
  :forms ((list (= (sxhash (list 1 2)) (sxhash (list 1 2))) (= (sxhash "ab") (sxhash (copy-seq "ab")))))
  :value "(T T)")

(defcase hash-tables.group-by-length
  :category hash-tables
  :features (gethash push)
  :forms ((let ((h (make-hash-table)))
            (dolist (w '("a" "bb" "c" "dd" "eee")) (push w (gethash (length w) h)))
            (list (reverse (gethash 1 h)) (reverse (gethash 2 h)) (gethash 3 h))))
  :value "((\"a\" \"c\") (\"bb\" \"dd\") (\"eee\"))")

(defcase hash-tables.maphash-count-predicate
  :category hash-tables
  :features (maphash)
  :forms ((let ((h (make-hash-table)) (n 0))
            (dotimes (i 20) (setf (gethash i h) (* i i)))
            (maphash (lambda (k v) (declare (ignore k)) (when (oddp v) (incf n))) h)
            n))
  :value "10")

(defcase hash-tables.hash-keys-to-sorted-alist
  :category hash-tables
  :features (maphash sort)
  :forms ((let ((h (make-hash-table)) (al nil))
            (setf (gethash 2 h) 'b (gethash 1 h) 'a (gethash 3 h) 'c)
            (maphash (lambda (k v) (push (cons k v) al)) h)
            (sort al #'< :key #'car)))
  :value "((1 . A) (2 . B) (3 . C))")

;;; ---- make-hash-table: every test, given as a symbol or a function (CLHS 18.2) ----

(defcase hash-tables.hash-table-test-default-eql
  :category hash-tables
  :features (make-hash-table hash-table-test)
  :forms ((hash-table-test (make-hash-table)))
  :value "EQL")

(defcase hash-tables.hash-table-test-symbols
  :category hash-tables
  :features (make-hash-table hash-table-test)
  :forms ((mapcar (lambda (test) (hash-table-test (make-hash-table :test test))) '(eq eql equal equalp)))
  :value "(EQ EQL EQUAL EQUALP)")

(defcase hash-tables.hash-table-test-function-objects-give-symbols
  :category hash-tables
  :features (make-hash-table hash-table-test)
  :forms ((mapcar (lambda (test) (hash-table-test (make-hash-table :test test))) (list #'eq #'eql #'equal #'equalp)))
  :value "(EQ EQL EQUAL EQUALP)")

(defcase hash-tables.function-test-behaves-like-symbol-test
  :category hash-tables
  :features (make-hash-table gethash)
  :forms ((let ((h (make-hash-table :test #'equal)))
            (setf (gethash (list 1 "a") h) 'found)
            (gethash (list 1 (copy-seq "a")) h)))
  :value "FOUND")

(defcase hash-tables.size-rehash-options-accepted
  :category hash-tables
  :features (make-hash-table hash-table-size hash-table-rehash-size hash-table-rehash-threshold hash-table-count)
  :forms ((let ((h (make-hash-table :size 100 :rehash-size 2.0 :rehash-threshold 0.8)))
            (list (hash-table-p h) (hash-table-count h)
                  (typep (hash-table-size h) '(integer 0 *))
                  (typep (hash-table-rehash-size h) '(or (integer 1 *) (float (1.0) *)))
                  (typep (hash-table-rehash-threshold h) '(real 0 1)))))
  :value "(T 0 T T T)")

(defcase hash-tables.integer-rehash-size-accepted
  :category hash-tables
  :features (make-hash-table hash-table-rehash-size)
  :forms ((let ((h (make-hash-table :test 'equal :size 4 :rehash-size 10 :rehash-threshold 1)))
            (dotimes (i 50) (setf (gethash (format nil "k~D" i) h) i))
            (list (hash-table-count h) (gethash "k49" h)
                  (typep (hash-table-rehash-size h) '(or (integer 1 *) (float (1.0) *))))))
  :value "(50 49 T)")

(defcase hash-tables.size-zero-table-grows
  :category hash-tables
  :features (make-hash-table hash-table-size)
  :forms ((let ((h (make-hash-table :size 0)))
            (dotimes (i 20) (setf (gethash i h) (* i i)))
            (list (hash-table-count h) (gethash 19 h) (typep (hash-table-size h) '(integer 0 *)))))
  :value "(20 361 T)")

(defcase hash-tables.rehash-threshold-zero-and-one
  :category hash-tables
  :features (make-hash-table hash-table-rehash-threshold)
  :forms ((list (typep (hash-table-rehash-threshold (make-hash-table :rehash-threshold 0)) '(real 0 1))
                (typep (hash-table-rehash-threshold (make-hash-table :rehash-threshold 1.0)) '(real 0 1))))
  :value "(T T)")

(defcase hash-tables.hash-table-type-and-predicate
  :category hash-tables
  :features (hash-table hash-table-p typep)
  :forms ((let ((h (make-hash-table)))
            (list (typep h 'hash-table) (hash-table-p h) (hash-table-p '((a . 1))) (hash-table-p nil) (hash-table-p (vector)))))
  :value "(T T NIL NIL NIL)")

;;; ---- gethash: both values, defaults, setf ----

(defcase hash-tables.gethash-both-values-all-cases
  :category hash-tables
  :features (gethash)
  :forms ((let ((h (make-hash-table)))
            (setf (gethash 'a h) 1 (gethash 'n h) nil)
            (list (multiple-value-list (gethash 'a h)) (multiple-value-list (gethash 'n h))
                  (multiple-value-list (gethash 'missing h)) (multiple-value-list (gethash 'missing h 'dflt)))))
  :value "((1 T) (NIL T) (NIL NIL) (DFLT NIL))")

(defcase hash-tables.gethash-default-not-used-when-present
  :category hash-tables
  :features (gethash)
  :forms ((let ((h (make-hash-table)))
            (setf (gethash 'k h) nil)
            (multiple-value-list (gethash 'k h 'dflt))))
  :value "(NIL T)")

(defcase hash-tables.gethash-default-not-stored
  :category hash-tables
  :features (gethash hash-table-count)
  :forms ((let ((h (make-hash-table)))
            (gethash 'x h 42)
            (list (hash-table-count h) (nth-value 1 (gethash 'x h)))))
  :value "(0 NIL)")

(defcase hash-tables.setf-gethash-with-default-ignores-default
  :category hash-tables
  :features (gethash setf)
  :forms ((let ((h (make-hash-table)))
            (list (setf (gethash 'k h 'ignored) 'v) (gethash 'k h))))
  :value "(V V)")

(defcase hash-tables.incf-gethash-default-evaluated-once
  :category hash-tables
  :features (gethash incf)
  :forms ((let ((h (make-hash-table)) (evals 0))
            (dotimes (i 3) (incf (gethash 'n h (progn (incf evals) 10))))
            (list (gethash 'n h) evals)))
  :value "(13 3)")

(defcase hash-tables.push-onto-gethash-builds-lists
  :category hash-tables
  :features (gethash push)
  :forms ((let ((h (make-hash-table)))
            (dolist (pair '((a . 1) (b . 2) (a . 3)))
              (push (cdr pair) (gethash (car pair) h)))
            (list (gethash 'a h) (gethash 'b h) (gethash 'c h))))
  :value "((3 1) (2) NIL)")

(defcase hash-tables.overwrite-does-not-change-count
  :category hash-tables
  :features (gethash hash-table-count)
  :forms ((let ((h (make-hash-table :test 'equal)))
            (setf (gethash "k" h) 1)
            (setf (gethash (copy-seq "k") h) 2)
            (list (hash-table-count h) (gethash "k" h))))
  :value "(1 2)")

(defcase hash-tables.gethash-wrong-argument-count-signals
  :category hash-tables
  :features (gethash)
  :forms ((apply 'gethash (list 'k)))
  :signals program-error)

;;; ---- remhash, clrhash ----

(defcase hash-tables.remhash-return-values
  :category hash-tables
  :features (remhash)
  :forms ((let ((h (make-hash-table)))
            (setf (gethash 1 h) 'one)
            (list (remhash 1 h) (remhash 1 h) (remhash 2 h) (hash-table-count h))))
  :value "(T NIL NIL 0)")

(defcase hash-tables.remhash-entry-with-nil-value
  :category hash-tables
  :features (remhash gethash)
  :forms ((let ((h (make-hash-table)))
            (setf (gethash 'k h) nil)
            (list (remhash 'k h) (multiple-value-list (gethash 'k h)))))
  :value "(T (NIL NIL))")

(defcase hash-tables.remhash-equal-table-by-equal-key
  :category hash-tables
  :features (remhash)
  :forms ((let ((h (make-hash-table :test 'equal)))
            (setf (gethash '(1 2) h) 'x)
            (list (remhash (list 1 2) h) (hash-table-count h))))
  :value "(T 0)")

(defcase hash-tables.clrhash-returns-table
  :category hash-tables
  :features (clrhash hash-table-count)
  :forms ((let ((h (make-hash-table)))
            (dotimes (i 5) (setf (gethash i h) i))
            (list (eq (clrhash h) h) (hash-table-count h) (gethash 3 h))))
  :value "(T 0 NIL)")

(defcase hash-tables.clrhash-keeps-test-and-is-reusable
  :category hash-tables
  :features (clrhash hash-table-test)
  :forms ((let ((h (make-hash-table :test 'equalp)))
            (setf (gethash "A" h) 1)
            (clrhash h)
            (setf (gethash "b" h) 2)
            (list (hash-table-test h) (gethash "B" h) (hash-table-count h))))
  :value "(EQUALP 2 1)")

;;; ---- what each test considers the same key ----

(defcase hash-tables.eq-table-symbols-and-same-object
  :category hash-tables
  :features (make-hash-table gethash)
  :forms ((let ((h (make-hash-table :test 'eq)) (key (list 1 2)))
            (setf (gethash 'sym h) 's (gethash key h) 'l)
            (list (gethash 'sym h) (gethash key h) (gethash (list 1 2) h))))
  :value "(S L NIL)")

(defcase hash-tables.eql-table-numbers-by-type
  :category hash-tables
  :features (make-hash-table gethash)
  :forms ((let ((h (make-hash-table)))
            (setf (gethash 1 h) 'int (gethash 1.0 h) 'float (gethash 1/2 h) 'ratio)
            (list (gethash 1 h) (gethash 1.0 h) (gethash 2/4 h) (gethash 0.5 h) (hash-table-count h))))
  :value "(INT FLOAT RATIO NIL 3)")

(defcase hash-tables.eql-table-characters-case-sensitive
  :category hash-tables
  :features (make-hash-table gethash)
  :forms ((let ((h (make-hash-table)))
            (setf (gethash #\a h) 'lower)
            (list (gethash #\a h) (gethash #\A h) (gethash (char "a" 0) h))))
  :value "(LOWER NIL LOWER)")

(defcase hash-tables.eql-table-bignum-computed-key
  :category hash-tables
  :features (make-hash-table gethash)
  :forms ((let ((h (make-hash-table)))
            (setf (gethash (expt 2 100) h) 'big)
            (gethash (* (expt 2 50) (expt 2 50)) h)))
  :value "BIG")

(defcase hash-tables.eql-table-strings-by-identity
  :category hash-tables
  :features (make-hash-table gethash)
  :forms ((let ((h (make-hash-table)) (s (copy-seq "key")))
            (setf (gethash s h) 'same)
            (list (gethash s h) (gethash (copy-seq "key") h))))
  :value "(SAME NIL)")

(defcase hash-tables.equal-table-strings-case-sensitive
  :category hash-tables
  :features (make-hash-table gethash)
  :forms ((let ((h (make-hash-table :test 'equal)))
            (setf (gethash "Key" h) 1)
            (list (gethash (copy-seq "Key") h) (gethash "key" h))))
  :value "(1 NIL)")

(defcase hash-tables.equal-table-conses-and-bit-vectors
  :category hash-tables
  :features (make-hash-table gethash)
  :forms ((let ((h (make-hash-table :test 'equal)))
            (setf (gethash '(a (b "c")) h) 'tree)
            (setf (gethash (coerce '(1 0 1) 'bit-vector) h) 'bits)
            (list (gethash (list 'a (list 'b (copy-seq "c"))) h) (gethash (coerce '(1 0 1) 'bit-vector) h))))
  :value "(TREE BITS)")

(defcase hash-tables.equal-table-numbers-are-eql
  :category hash-tables
  :features (make-hash-table gethash)
  :forms ((let ((h (make-hash-table :test 'equal)))
            (setf (gethash 2 h) 'two)
            (list (gethash 2 h) (gethash 2.0 h) (gethash '(2) h))))
  :value "(TWO NIL NIL)")

(defcase hash-tables.equal-table-general-vectors-by-identity
  :category hash-tables
  :features (make-hash-table gethash)
  :forms ((let ((h (make-hash-table :test 'equal)) (v (vector 1 2)))
            (setf (gethash v h) 'vec)
            (list (gethash v h) (gethash (vector 1 2) h))))
  :value "(VEC NIL)")

(defcase hash-tables.equalp-table-numbers-by-value
  :category hash-tables
  :features (make-hash-table gethash)
  :forms ((let ((h (make-hash-table :test 'equalp)))
            (setf (gethash 1 h) 'one (gethash 1/2 h) 'half)
            (list (gethash 1.0 h) (gethash 0.5 h) (gethash 2/4 h) (hash-table-count h))))
  :value "(ONE HALF HALF 2)")

(defcase hash-tables.equalp-table-zero-and-negative-zero
  :category hash-tables
  :features (make-hash-table gethash)
  :forms ((let ((h (make-hash-table :test 'equalp)))
            (setf (gethash 0.0 h) 'zero)
            (list (gethash -0.0 h) (gethash 0 h))))
  :value "(ZERO ZERO)")

(defcase hash-tables.equalp-table-characters-and-strings-fold-case
  :category hash-tables
  :features (make-hash-table gethash)
  :forms ((let ((h (make-hash-table :test 'equalp)))
            (setf (gethash #\a h) 'char (gethash "Hello" h) 'str)
            (list (gethash #\A h) (gethash "HELLO" h) (gethash "hello " h))))
  :value "(CHAR STR NIL)")

(defcase hash-tables.equalp-table-arrays-by-contents
  :category hash-tables
  :features (make-hash-table gethash)
  :forms ((let ((h (make-hash-table :test 'equalp)))
            (setf (gethash (vector 1 "a") h) 'vec)
            (setf (gethash (make-array '(2 2) :initial-contents '((1 2) (3 4))) h) 'matrix)
            (list (gethash (vector 1.0 "A") h) (gethash (make-array '(2 2) :initial-contents '((1 2) (3 4))) h)
                  (gethash (make-array 4 :initial-contents '(1 2 3 4)) h))))
  :value "(VEC MATRIX NIL)")

(defcase hash-tables.equalp-table-structures
  :category hash-tables
  :features (make-hash-table gethash defstruct)
  :forms ((defstruct ht-point x y)
          (let ((h (make-hash-table :test 'equalp)))
            (setf (gethash (make-ht-point :x 1 :y "a") h) 'p)
            (list (gethash (make-ht-point :x 1 :y "A") h) (gethash (make-ht-point :x 2 :y "a") h))))
  :value "(P NIL)")

(defcase hash-tables.equalp-table-nested-lists
  :category hash-tables
  :features (make-hash-table gethash)
  :forms ((let ((h (make-hash-table :test 'equalp)))
            (setf (gethash '("Ab" (1 #\c)) h) 'x)
            (gethash (list "aB" (list 1.0 #\C)) h)))
  :value "X")

(defcase hash-tables.equal-table-symbol-and-string-differ
  :category hash-tables
  :features (make-hash-table gethash)
  :forms ((let ((h (make-hash-table :test 'equal)))
            (setf (gethash 'abc h) 'sym (gethash "ABC" h) 'str)
            (list (gethash 'abc h) (gethash "ABC" h) (hash-table-count h))))
  :value "(SYM STR 2)")

(defcase hash-tables.nil-key-and-nil-value
  :category hash-tables
  :features (gethash)
  :forms ((let ((h (make-hash-table :test 'equal)))
            (setf (gethash nil h) nil)
            (list (multiple-value-list (gethash nil h)) (multiple-value-list (gethash '() h)) (hash-table-count h))))
  :value "((NIL T) (NIL T) 1)")

;;; ---- maphash ----

(defcase hash-tables.maphash-visits-each-entry-once
  :category hash-tables
  :features (maphash)
  :forms ((let ((h (make-hash-table)) (seen '()))
            (dotimes (i 10) (setf (gethash i h) (* 10 i)))
            (maphash (lambda (k v) (push (cons k v) seen)) h)
            (sort seen #'< :key #'car)))
  :value "((0 . 0) (1 . 10) (2 . 20) (3 . 30) (4 . 40) (5 . 50) (6 . 60) (7 . 70) (8 . 80) (9 . 90))")

(defcase hash-tables.maphash-setf-current-value
  :category hash-tables
  :features (maphash gethash)
  :forms ((let ((h (make-hash-table)))
            (dolist (k '(a b c)) (setf (gethash k h) 1))
            (maphash (lambda (k v) (setf (gethash k h) (+ v 10))) h)
            (list (gethash 'a h) (gethash 'b h) (gethash 'c h) (hash-table-count h))))
  :value "(11 11 11 3)")

(defcase hash-tables.maphash-remhash-current-entry-filter
  :category hash-tables
  :features (maphash remhash)
  :forms ((let ((h (make-hash-table)))
            (dotimes (i 10) (setf (gethash i h) i))
            (maphash (lambda (k v) (when (oddp v) (remhash k h))) h)
            (let ((keys '())) (maphash (lambda (k v) (declare (ignore v)) (push k keys)) h) (sort keys #'<))))
  :value "(0 2 4 6 8)")

(defcase hash-tables.maphash-empty-table
  :category hash-tables
  :features (maphash)
  :forms ((let ((calls 0))
            (list (maphash (lambda (k v) (declare (ignore k v)) (incf calls)) (make-hash-table)) calls)))
  :value "(NIL 0)")

(defcase hash-tables.maphash-function-designator-symbol
  :category hash-tables
  :features (maphash)
  :forms ((defvar *ht-total* 0)
          (defun ht-add-value (k v) (declare (ignore k)) (incf *ht-total* v))
          (let ((h (make-hash-table)))
            (setf (gethash 'a h) 5 (gethash 'b h) 7)
            (maphash 'ht-add-value h)
            *ht-total*))
  :value "12")

;;; ---- with-hash-table-iterator ----

(defcase hash-tables.with-hash-table-iterator-collects-all
  :category hash-tables
  :features (with-hash-table-iterator)
  :forms ((let ((h (make-hash-table)) (out '()))
            (dolist (k '(3 1 2)) (setf (gethash k h) (* k k)))
            (with-hash-table-iterator (next h)
              (loop (multiple-value-bind (more key value) (next)
                      (unless more (return))
                      (push (list key value) out))))
            (sort out #'< :key #'first)))
  :value "((1 1) (2 4) (3 9))")

(defcase hash-tables.with-hash-table-iterator-empty-first-value-nil
  :category hash-tables
  :features (with-hash-table-iterator)
  :forms ((with-hash-table-iterator (next (make-hash-table))
            (list (not (next)))))
  :value "(T)")

(defcase hash-tables.with-hash-table-iterator-exhaustion
  :category hash-tables
  :features (with-hash-table-iterator)
  :forms ((let ((h (make-hash-table)))
            (setf (gethash 'only h) 'v)
            (with-hash-table-iterator (next h)
              (let ((first (multiple-value-list (next))))
                (list first (not (next)) (not (next)))))))
  :value "((T ONLY V) T T)")

(defcase hash-tables.with-hash-table-iterator-returns-body-values
  :category hash-tables
  :features (with-hash-table-iterator)
  :forms ((multiple-value-list
           (with-hash-table-iterator (it (make-hash-table))
             (values 'a 'b))))
  :value "(A B)")

(defcase hash-tables.with-hash-table-iterator-nested-two-tables
  :category hash-tables
  :features (with-hash-table-iterator)
  :forms ((let ((h1 (make-hash-table)) (h2 (make-hash-table)) (pairs '()))
            (setf (gethash 'a h1) 1 (gethash 'b h1) 2 (gethash 'x h2) 10)
            (with-hash-table-iterator (outer h1)
              (loop (multiple-value-bind (m1 k1 v1) (outer)
                      (unless m1 (return))
                      (with-hash-table-iterator (inner h2)
                        (loop (multiple-value-bind (m2 k2 v2) (inner)
                                (unless m2 (return))
                                (push (list k1 k2 (+ v1 v2)) pairs)))))))
            (sort pairs #'string< :key (lambda (p) (symbol-name (first p))))))
  :value "((A X 11) (B X 12))")

(defcase hash-tables.with-hash-table-iterator-remhash-current
  :category hash-tables
  :features (with-hash-table-iterator remhash)
  :forms ((let ((h (make-hash-table)))
            (dotimes (i 6) (setf (gethash i h) i))
            (with-hash-table-iterator (next h)
              (loop (multiple-value-bind (more k v) (next)
                      (unless more (return))
                      (when (evenp v) (remhash k h)))))
            (let ((keys '())) (maphash (lambda (k v) (declare (ignore v)) (push k keys)) h) (sort keys #'<))))
  :value "(1 3 5)")

(defcase hash-tables.with-hash-table-iterator-sum-values
  :category hash-tables
  :features (with-hash-table-iterator)
  :forms ((let ((h (make-hash-table :test 'equal)) (sum 0))
            (loop for w in '("a" "bb" "ccc") do (setf (gethash w h) (length w)))
            (with-hash-table-iterator (next h)
              (loop (multiple-value-bind (more k v) (next)
                      (declare (ignore k))
                      (if more (incf sum v) (return sum)))))))
  :value "6")

;;; ---- hash-table-count and growth ----

(defcase hash-tables.count-tracks-adds-and-removes
  :category hash-tables
  :features (hash-table-count remhash)
  :forms ((let ((h (make-hash-table)) (counts '()))
            (setf (gethash 'a h) 1) (push (hash-table-count h) counts)
            (setf (gethash 'b h) 2) (push (hash-table-count h) counts)
            (setf (gethash 'a h) 3) (push (hash-table-count h) counts)
            (remhash 'a h) (push (hash-table-count h) counts)
            (remhash 'zz h) (push (hash-table-count h) counts)
            (nreverse counts)))
  :value "(1 2 2 1 1)")

(defcase hash-tables.thousand-entries-equal-keys
  :category hash-tables
  :features (make-hash-table gethash hash-table-count)
  :forms ((let ((h (make-hash-table :test 'equal)))
            (dotimes (i 1000) (setf (gethash (list i (format nil "~D" i)) h) i))
            (list (hash-table-count h) (gethash (list 999 "999") h) (gethash (list 500 "500") h) (gethash (list 1000 "1000") h))))
  :value "(1000 999 500 NIL)")

;;; ---- sxhash: equal objects have equal hash codes (CLHS 18.2 sxhash) ----

(defcase hash-tables.sxhash-strings-equal-objects
  :category hash-tables
  :features (sxhash)
  :forms ((list (= (sxhash "abc") (sxhash (copy-seq "abc"))) (= (sxhash "") (sxhash (make-string 0)))
                (= (sxhash (make-array 3 :element-type 'character :fill-pointer 3 :initial-contents "xyz")) (sxhash "xyz"))))
  :value "(T T T)")

(defcase hash-tables.sxhash-lists-equal-objects
  :category hash-tables
  :features (sxhash)
  :forms ((= (sxhash '(1 "two" #\3 (4.0 . five))) (sxhash (list 1 (copy-seq "two") #\3 (cons 4.0 'five)))))
  :value "T")

(defcase hash-tables.sxhash-numbers-characters-symbols
  :category hash-tables
  :features (sxhash)
  :forms ((list (= (sxhash (expt 10 30)) (sxhash (* (expt 10 15) (expt 10 15)))) (= (sxhash 1.5) (sxhash (/ 3.0 2)))
                (= (sxhash 2/3) (sxhash (/ 4 6))) (= (sxhash #\q) (sxhash (char "q" 0))) (= (sxhash 'sym) (sxhash 'sym))))
  :value "(T T T T T)")

(defcase hash-tables.sxhash-bit-vectors
  :category hash-tables
  :features (sxhash)
  :forms ((= (sxhash (coerce '(1 0 1 1) 'bit-vector)) (sxhash (make-array 4 :element-type 'bit :initial-contents '(1 0 1 1)))))
  :value "T")

(defcase hash-tables.sxhash-non-negative-fixnum
  :category hash-tables
  :features (sxhash)
  :forms ((every (lambda (x) (typep (sxhash x) '(and fixnum (integer 0 *))))
                 (list 0 -1 (expt 2 80) 1.5d0 2/7 #\a "str" 'sym :key nil '(1 2) (vector 1) (coerce '(1) 'bit-vector))))
  :value "T")

(defcase hash-tables.sxhash-stable-across-calls
  :category hash-tables
  :features (sxhash)
  :forms ((let ((x (list 'a "b" 3)))
            (= (sxhash x) (sxhash x) (sxhash (copy-tree x)))))
  :value "T")

;;; ---- using hash tables ----

(defcase hash-tables.memoization-counts-calls
  :category hash-tables
  :features (gethash)
  :forms ((let ((memo (make-hash-table)) (calls 0))
            (labels ((slow-square (n)
                       (multiple-value-bind (v found) (gethash n memo)
                         (if found v (progn (incf calls) (setf (gethash n memo) (* n n)))))))
              (list (mapcar #'slow-square '(2 3 2 3 4 2)) calls))))
  :value "((4 9 4 9 16 4) 3)")

(defcase hash-tables.set-membership-with-equal-table
  :category hash-tables
  :features (gethash remhash hash-table-count)
  :forms ((let ((set (make-hash-table :test 'equal)))
            (dolist (w '("red" "green" "red" "blue" "green")) (setf (gethash w set) t))
            (remhash "blue" set)
            (let ((members '())) (maphash (lambda (k v) (declare (ignore v)) (push k members)) set)
              (list (hash-table-count set) (sort members #'string<)))))
  :value "(2 (\"green\" \"red\"))")

(defcase hash-tables.table-of-tables
  :category hash-tables
  :features (gethash make-hash-table)
  :forms ((let ((outer (make-hash-table)))
            (flet ((put (a b v)
                     (let ((inner (or (gethash a outer) (setf (gethash a outer) (make-hash-table)))))
                       (setf (gethash b inner) v))))
              (put 'x 1 'x1) (put 'x 2 'x2) (put 'y 1 'y1)
              (list (gethash 1 (gethash 'x outer)) (gethash 2 (gethash 'x outer)) (gethash 1 (gethash 'y outer))
                    (hash-table-count outer) (hash-table-count (gethash 'x outer))))))
  :value "(X1 X2 Y1 2 2)")

(defcase hash-tables.hash-table-values-can-be-functions
  :category hash-tables
  :features (gethash funcall)
  :forms ((let ((ops (make-hash-table)))
            (setf (gethash '+ ops) #'+ (gethash 'max ops) #'max)
            (list (funcall (gethash '+ ops) 2 3) (funcall (gethash 'max ops) 2 9 4))))
  :value "(5 9)")

(defcase hash-tables.group-by-first-char-equalp
  :category hash-tables
  :features (gethash push make-hash-table)
  :forms ((let ((h (make-hash-table :test 'equalp)))
            (dolist (w '("apple" "Avocado" "banana" "Blueberry" "cherry"))
              (push w (gethash (char w 0) h)))
            (list (reverse (gethash #\a h)) (reverse (gethash #\B h)) (gethash #\c h) (hash-table-count h))))
  :value "((\"apple\" \"Avocado\") (\"banana\" \"Blueberry\") (\"cherry\") 3)")

(defcase hash-tables.loop-being-hash-keys-and-values
  :category hash-tables
  :features (loop gethash)
  :forms ((let ((h (make-hash-table)))
            (setf (gethash 1 h) 'one (gethash 2 h) 'two)
            (list (sort (loop for k being the hash-keys of h collect k) #'<)
                  (sort (loop for k being the hash-keys of h using (hash-value v) collect (list k v)) #'< :key #'first))))
  :value "((1 2) ((1 ONE) (2 TWO)))")

(defcase hash-tables.hash-table-test-of-non-table-signals
  :category hash-tables
  :features (hash-table-test)
  :forms ((funcall 'hash-table-test 'eql))
  :signals type-error)

(defcase hash-tables.float-keys-eql-table
  :category hash-tables
  :features (gethash)
  :forms ((let ((h (make-hash-table)))
            (setf (gethash 0.5 h) 'half (gethash 1.5d0 h) 'double)
            (list (gethash (/ 1.0 2) h) (gethash 1.5d0 h) (gethash 1.5 h))))
  :value "(HALF DOUBLE NIL)")

(defcase hash-tables.keyword-keys-eq-table
  :category hash-tables
  :features (gethash make-hash-table)
  :forms ((let ((h (make-hash-table :test 'eq)))
            (setf (gethash :width h) 10 (gethash :height h) 20)
            (list (* (gethash :width h) (gethash :height h)) (gethash (intern "WIDTH" "KEYWORD") h))))
  :value "(200 10)")

(defcase hash-tables.gethash-nil-value-vs-absent-with-default
  :category hash-tables
  :features (gethash)
  :forms ((let ((h (make-hash-table)))
            (setf (gethash 'present h) nil)
            (list (gethash 'present h 'default) (gethash 'absent h 'default))))
  :value "(NIL DEFAULT)")

(defcase hash-tables.rotatef-gethash-values
  :category hash-tables
  :features (gethash rotatef)
  :forms ((let ((h (make-hash-table)))
            (setf (gethash 'a h) 1 (gethash 'b h) 2)
            (rotatef (gethash 'a h) (gethash 'b h))
            (list (gethash 'a h) (gethash 'b h))))
  :value "(2 1)")

(defcase hash-tables.copy-table-independent
  :category hash-tables
  :features (maphash hash-table-test make-hash-table)
  :forms ((let ((h (make-hash-table :test 'equal)))
            (setf (gethash "a" h) 1)
            (let ((c (make-hash-table :test (hash-table-test h))))
              (maphash (lambda (k v) (setf (gethash k c) v)) h)
              (setf (gethash "a" c) 99)
              (list (gethash "a" h) (gethash "a" c) (hash-table-test c)))))
  :value "(1 99 EQUAL)")

(defcase hash-tables.equal-table-pathname-like-strings-trailing-space
  :category hash-tables
  :features (gethash)
  :forms ((let ((h (make-hash-table :test 'equal)))
            (setf (gethash "a" h) 1)
            (list (gethash "a " h) (gethash " a" h) (gethash "a" h))))
  :value "(NIL NIL 1)")

(defcase hash-tables.equalp-table-string-vs-char-vector
  :category hash-tables
  :features (gethash)
  :forms ((let ((h (make-hash-table :test 'equalp)))
            (setf (gethash "ab" h) 'str)
            (gethash (vector #\A #\B) h)))
  :value "STR")

(defcase hash-tables.incf-gethash-counts-characters
  :category hash-tables
  :features (gethash incf)
  :forms ((let ((h (make-hash-table)))
            (loop for c across "mississippi" do (incf (gethash c h 0)))
            (mapcar (lambda (c) (gethash c h)) '(#\m #\i #\s #\p #\x))))
  :value "(1 4 4 2 NIL)")

(defcase hash-tables.remhash-then-re-add
  :category hash-tables
  :features (remhash gethash)
  :forms ((let ((h (make-hash-table)))
            (setf (gethash 'k h) 'first)
            (remhash 'k h)
            (setf (gethash 'k h) 'second)
            (list (gethash 'k h) (hash-table-count h))))
  :value "(SECOND 1)")

(defcase hash-tables.maphash-collect-then-modify-other-keys
  :category hash-tables
  :features (maphash gethash)
  :forms ((let ((h (make-hash-table)) (keys '()))
            (dotimes (i 4) (setf (gethash i h) 0))
            (maphash (lambda (k v) (declare (ignore v)) (push k keys)) h)
            (dolist (k keys) (setf (gethash (+ k 10) h) k))
            (list (hash-table-count h) (gethash 13 h))))
  :value "(8 3)")

(defcase hash-tables.setf-gethash-evaluation-order
  :category hash-tables
  :features (gethash setf)
  :forms ((let ((log '()) (h (make-hash-table)))
            (setf (gethash (progn (push 'key log) 'k) (progn (push 'table log) h) (progn (push 'default log) 0))
                  (progn (push 'value log) 'v))
            (list (nreverse log) (gethash 'k h))))
  :value "((KEY TABLE DEFAULT VALUE) V)")

(defcase hash-tables.equalp-on-hash-tables
  :category hash-tables
  :features (equalp make-hash-table)
  :forms ((let ((a (make-hash-table :test 'equal)) (b (make-hash-table :test 'equal)) (c (make-hash-table :test 'eql)))
            (setf (gethash "k" a) "VALUE" (gethash "k" b) "value" (gethash "k" c) "value")
            (list (equalp a b) (equal a b) (equalp a c) (equalp a a))))
  :value "(T NIL NIL T)")

(defcase hash-tables.equalp-hash-tables-different-counts
  :category hash-tables
  :features (equalp)
  :forms ((let ((a (make-hash-table)) (b (make-hash-table)))
            (setf (gethash 1 a) 'x (gethash 1 b) 'x (gethash 2 b) 'y)
            (list (equalp a b) (progn (remhash 2 b) (equalp a b)))))
  :value "(NIL T)")

(defcase hash-tables.with-hash-table-iterator-setf-current-value
  :category hash-tables
  :features (with-hash-table-iterator gethash)
  :forms ((let ((h (make-hash-table)))
            (dolist (k '(1 2 3)) (setf (gethash k h) k))
            (with-hash-table-iterator (next h)
              (loop (multiple-value-bind (more k v) (next)
                      (unless more (return))
                      (setf (gethash k h) (* v 100)))))
            (list (gethash 1 h) (gethash 2 h) (gethash 3 h))))
  :value "(100 200 300)")

(defcase hash-tables.remhash-every-entry-in-maphash
  :category hash-tables
  :features (maphash remhash hash-table-count)
  :forms ((let ((h (make-hash-table :test 'equal)))
            (dotimes (i 25) (setf (gethash (list i) h) i))
            (maphash (lambda (k v) (declare (ignore v)) (remhash k h)) h)
            (hash-table-count h)))
  :value "0")

(defcase hash-tables.equal-table-bit-vector-inside-list
  :category hash-tables
  :features (gethash)
  :forms ((let ((h (make-hash-table :test 'equal)))
            (setf (gethash (list 'flags (coerce '(1 1 0) 'bit-vector)) h) 'ok)
            (list (gethash (list 'flags (coerce '(1 1 0) 'bit-vector)) h) (gethash (list 'flags (coerce '(1 1 1) 'bit-vector)) h))))
  :value "(OK NIL)")

(defcase hash-tables.hash-table-size-non-negative-after-growth
  :category hash-tables
  :features (hash-table-size hash-table-count)
  :forms ((let ((h (make-hash-table :size 2)))
            (dotimes (i 100) (setf (gethash i h) i))
            (list (typep (hash-table-size h) '(integer 0 *)) (hash-table-count h))))
  :value "(T 100)")

(defcase hash-tables.make-hash-table-fresh-tables
  :category hash-tables
  :features (make-hash-table)
  :forms ((let ((a (make-hash-table)) (b (make-hash-table)))
            (setf (gethash 'k a) 1)
            (list (eq a b) (gethash 'k b) (hash-table-count a) (hash-table-count b))))
  :value "(NIL NIL 1 0)")

(defcase hash-tables.sxhash-equal-strings-different-fill-pointer-views
  :category hash-tables
  :features (sxhash)
  :forms ((let ((s (make-array 6 :element-type 'character :fill-pointer 3 :initial-contents "abcxyz")))
            (list (equal s "abc") (= (sxhash s) (sxhash "abc")))))
  :value "(T T)")

(defcase hash-tables.equalp-table-bit-vector-and-vector-same-key
  :category hash-tables
  :features (gethash)
  :forms ((let ((h (make-hash-table :test 'equalp)))
            (setf (gethash (coerce '(1 0 1) 'bit-vector) h) 'bits)
            (list (gethash (vector 1 0 1) h) (gethash (list 1 0 1) h))))
  :value "(BITS NIL)")

(defcase hash-tables.equalp-table-setf-with-other-case-replaces
  :category hash-tables
  :features (gethash hash-table-count)
  :forms ((let ((h (make-hash-table :test 'equalp)))
            (setf (gethash "abc" h) 1)
            (setf (gethash "ABC" h) 2)
            (list (hash-table-count h) (gethash "Abc" h))))
  :value "(1 2)")

(defcase hash-tables.equal-table-character-keys-case-sensitive
  :category hash-tables
  :features (gethash)
  :forms ((let ((h (make-hash-table :test 'equal)))
            (setf (gethash #\x h) 'lower)
            (list (gethash #\x h) (gethash #\X h))))
  :value "(LOWER NIL)")

(defcase hash-tables.with-hash-table-iterator-count-matches
  :category hash-tables
  :features (with-hash-table-iterator hash-table-count)
  :forms ((let ((h (make-hash-table)) (n 0))
            (dotimes (i 100) (setf (gethash (* i 7) h) i))
            (remhash 0 h) (remhash 7 h)
            (with-hash-table-iterator (next h)
              (loop (unless (next) (return)) (incf n)))
            (list n (hash-table-count h))))
  :value "(98 98)")

(defcase hash-tables.default-table-reader-types
  :category hash-tables
  :features (hash-table-rehash-size hash-table-rehash-threshold hash-table-size)
  :forms ((let ((h (make-hash-table)))
            (list (typep (hash-table-rehash-size h) '(or (integer 1 *) (float (1.0) *)))
                  (typep (hash-table-rehash-threshold h) '(real 0 1))
                  (typep (hash-table-size h) '(integer 0 *)))))
  :value "(T T T)")

(defcase hash-tables.hash-table-size-non-table-signals
  :category hash-tables
  :features (hash-table-size hash-table-rehash-size)
  :forms ((list (handler-case (hash-table-size (list 1)) (type-error () 'size-type-error))
                (handler-case (hash-table-rehash-size "x") (type-error () 'rehash-type-error))))
  :value "(SIZE-TYPE-ERROR REHASH-TYPE-ERROR)")
