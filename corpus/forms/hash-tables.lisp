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
