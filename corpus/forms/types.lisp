;;;; corpus/forms/types.lisp — types and type tests (CLHS 4). Expectations: SBCL 2.2.9.

(defcase types.typep-integer-range
  :category types
  :features (typep)
  :forms ((list (typep 5 '(integer 0 10)) (typep 11 '(integer 0 10)) (typep -1 '(integer 0 *))))
  :value "(T NIL NIL)")

(defcase types.typep-integer-range-exclusive
  :category types
  :features (typep)
  :forms ((list (typep 10 '(integer 0 (10))) (typep 9 '(integer 0 (10)))))
  :value "(NIL T)")

(defcase types.typep-or
  :category types
  :features (typep)
  :forms ((list (typep "s" '(or string symbol)) (typep 'a '(or string symbol)) (typep 1 '(or string symbol))))
  :value "(T T NIL)")

(defcase types.typep-and
  :category types
  :features (typep)
  :forms ((list (typep 4 '(and integer (satisfies evenp))) (typep 3 '(and integer (satisfies evenp)))))
  :value "(T NIL)")

(defcase types.typep-not
  :category types
  :features (typep)
  :forms ((list (typep 1 '(not string)) (typep "a" '(not string))))
  :value "(T NIL)")

(defcase types.typep-member
  :category types
  :features (typep)
  :forms ((list (typep 'b '(member a b c)) (typep 'd '(member a b c)) (typep 2 '(member 1 2))))
  :value "(T NIL T)")

(defcase types.typep-eql
  :category types
  :features (typep)
  :forms ((list (typep 3 '(eql 3)) (typep 4 '(eql 3))))
  :value "(T NIL)")

(defcase types.typep-satisfies
  :category types
  :features (typep)
  :forms ((typep "abc" '(satisfies stringp)))
  :value "T")

(defcase types.typep-null-list-cons
  :category types
  :features (typep)
  :forms ((list (typep nil 'null) (typep nil 'list) (typep nil 'cons) (typep '(1) 'cons) (typep nil 'symbol)))
  :value "(T T NIL T T)")

(defcase types.typep-t-nil
  :category types
  :features (typep)
  :forms ((list (typep 1 t) (typep 1 nil) (typep nil t)))
  :value "(T NIL T)")

(defcase types.typep-atom
  :category types
  :features (typep)
  :forms ((list (typep 1 'atom) (typep '(1) 'atom) (typep nil 'atom)))
  :value "(T NIL T)")

(defcase types.typep-numbers
  :category types
  :features (typep)
  :forms ((list (typep 1 'number) (typep 1 'real) (typep 1 'rational) (typep 1 'float) (typep 1.0 'real)))
  :value "(T T T NIL T)")

(defcase types.typep-fixnum-small
  :category types
  :features (typep)
  :forms ((list (typep 0 'fixnum) (typep 1000 'fixnum) (typep (expt 2 200) 'fixnum)))
  :value "(T T NIL)")

(defcase types.typep-character-string
  :category types
  :features (typep)
  :forms ((list (typep #\a 'character) (typep "a" 'character) (typep "a" 'string) (typep "a" 'vector)))
  :value "(T NIL T T)")

(defcase types.typep-vector-array
  :category types
  :features (typep)
  :forms ((list (typep #(1) '(vector t)) (typep (make-array '(2 2)) '(array t (2 2))) (typep #(1 2) '(vector * 3))))
  :value "(T T NIL)")

(defcase types.typep-simple-string
  :category types
  :features (typep)
  :forms ((typep (make-string 3) 'simple-string))
  :value "T")

(defcase types.typep-function
  :category types
  :features (typep)
  :forms ((list (typep #'car 'function) (typep 'car 'function) (typep (lambda ()) 'function)))
  :value "(T NIL T)")

(defcase types.typep-keyword
  :category types
  :features (typep)
  :forms ((list (typep :a 'keyword) (typep 'a 'keyword)))
  :value "(T NIL)")

(defcase types.typep-boolean
  :category types
  :features (typep)
  :forms ((list (typep t 'boolean) (typep nil 'boolean) (typep 1 'boolean)))
  :value "(T T NIL)")

(defcase types.typep-float-range
  :category types
  :features (typep)
  :forms ((list (typep 0.5 '(float 0.0 1.0)) (typep 1.5 '(float 0.0 1.0))))
  :value "(T NIL)")

(defcase types.typep-unsigned-byte
  :category types
  :features (typep)
  :forms ((list (typep 255 '(unsigned-byte 8)) (typep 256 '(unsigned-byte 8)) (typep -1 '(unsigned-byte 8))))
  :value "(T NIL NIL)")

(defcase types.typep-signed-byte
  :category types
  :features (typep)
  :forms ((list (typep -128 '(signed-byte 8)) (typep 128 '(signed-byte 8))))
  :value "(T NIL)")

(defcase types.typep-mod
  :category types
  :features (typep)
  :forms ((list (typep 9 '(mod 10)) (typep 10 '(mod 10))))
  :value "(T NIL)")

(defcase types.typep-deftype
  :category types
  :features (deftype typep)
  :forms ((deftype ty-small () '(integer 0 9))
          (list (typep 5 'ty-small) (typep 50 'ty-small)))
  :value "(T NIL)")

(defcase types.deftype-with-args
  :category types
  :features (deftype typep)
  :forms ((deftype ty-list-of-length (n) `(and list (satisfies ,(if (= n 2) 'ty-len2-p 'ty-len-other-p))))
          (defun ty-len2-p (x) (= (length x) 2))
          (list (typep '(1 2) '(ty-list-of-length 2)) (typep '(1) '(ty-list-of-length 2))))
  :value "(T NIL)")

(defcase types.subtypep-basic
  :category types
  :features (subtypep multiple-value-list)
  :forms ((list (multiple-value-list (subtypep 'integer 'number))
                (multiple-value-list (subtypep 'number 'integer))))
  :value "((T T) (NIL T))")

(defcase types.subtypep-ranges
  :category types
  :features (subtypep multiple-value-list)
  :forms ((multiple-value-list (subtypep '(integer 0 5) '(integer 0 10))))
  :value "(T T)")

(defcase types.subtypep-null-list
  :category types
  :features (subtypep)
  :forms ((list (subtypep 'null 'list) (subtypep 'null 'symbol) (subtypep 'cons 'list)))
  :value "(T T T)")

(defcase types.subtypep-string-vector
  :category types
  :features (subtypep)
  :forms ((list (subtypep 'string 'vector) (subtypep 'string 'sequence) (subtypep 'vector 'string)))
  :value "(T T NIL)")

(defcase types.subtypep-member-type
  :category types
  :features (subtypep multiple-value-list)
  :forms ((multiple-value-list (subtypep '(member 1 2) 'integer)))
  :value "(T T)")

(defcase types.subtypep-nil-t
  :category types
  :features (subtypep)
  :forms ((list (subtypep nil 'integer) (subtypep 'integer t)))
  :value "(T T)")

(defcase types.subtypep-or
  :category types
  :features (subtypep)
  :forms ((subtypep 'fixnum '(or integer string)))
  :value "T")

(defcase types.type-of-portable-symbol
  :category types
  :features (type-of)
  :forms ((list (subtypep (type-of 'abc) 'symbol) (subtypep (type-of nil) 'null) (subtypep (type-of t) 'symbol)))
  :value "(T T T)")

(defcase types.type-of-character
  :category types
  :features (type-of subtypep)
  :forms ((subtypep (type-of #\a) 'character))
  :value "T")

(defcase types.type-of-cons
  :category types
  :features (type-of)
  :forms ((type-of '(1 2)))
  :value "CONS")

(defcase types.type-of-keyword
  :category types
  :features (type-of subtypep)
  :forms ((subtypep (type-of :kw) 'symbol))
  :value "T")

(defcase types.type-of-integer-subtype
  :category types
  :features (type-of subtypep)
  :forms ((subtypep (type-of 42) 'integer))
  :value "T")

(defcase types.type-of-string-subtype
  :category types
  :features (type-of subtypep)
  :forms ((subtypep (type-of "abc") 'string))
  :value "T")

(defcase types.typecase-dispatch
  :category types
  :features (typecase)
  :forms ((mapcar (lambda (x) (typecase x (integer 'int) (string 'str) (symbol 'sym) (t 'other))) '(1 "a" b 2.0)))
  :value "(INT STR SYM OTHER)")

(defcase types.typecase-no-match-nil
  :category types
  :features (typecase)
  :forms ((typecase 1.5 (integer 'int) (string 'str)))
  :value "NIL")

(defcase types.typecase-otherwise
  :category types
  :features (typecase)
  :forms ((typecase #\c (integer 'int) (otherwise 'fallback)))
  :value "FALLBACK")

(defcase types.typecase-null-before-list
  :category types
  :features (typecase)
  :forms ((mapcar (lambda (x) (typecase x (null 'empty) (list 'nonempty))) '(nil (1))))
  :value "(EMPTY NONEMPTY)")

(defcase types.etypecase-match
  :category types
  :features (etypecase)
  :forms ((etypecase 5 (string 's) (integer 'i)))
  :value "I")

(defcase types.etypecase-no-match-signals
  :category types
  :features (etypecase)
  :forms ((etypecase (identity 1.5) (string 's) (integer 'i)))
  :signals type-error)

(defcase types.ctypecase-match
  :category types
  :features (ctypecase)
  :forms ((let ((x 'a))
            (ctypecase x (symbol 'sym) (number 'num))))
  :value "SYM")

(defcase types.check-type-passes
  :category types
  :features (check-type)
  :forms ((let ((x 5))
            (check-type x integer)
            'ok))
  :value "OK")

(defcase types.check-type-fails-handler-case
  :category types
  :features (check-type handler-case)
  :forms ((let ((x "str"))
            (handler-case (progn (check-type x integer) 'passed)
              (type-error (e) (list 'type-error (type-error-datum e))))))
  :value "(TYPE-ERROR \"str\")")

(defcase types.check-type-unhandled-signals
  :category types
  :features (check-type)
  :forms ((let ((x 'sym))
            (check-type x string)
            x))
  :signals type-error)

(defcase types.coerce-list-vector-string
  :category types
  :features (coerce)
  :forms ((list (coerce '(1 2) 'vector) (coerce #(#\a #\b) 'string) (coerce "ab" 'list)))
  :value "(#(1 2) \"ab\" (#\\a #\\b))")

(defcase types.coerce-number-types
  :category types
  :features (coerce)
  :forms ((list (coerce 1 'float) (coerce 1/2 'double-float) (coerce 5 'integer)))
  :value "(1.0 0.5d0 5)")

(defcase types.coerce-character
  :category types
  :features (coerce)
  :forms ((list (coerce "x" 'character) (coerce 'y 'character)))
  :value "(#\\x #\\Y)")

(defcase types.coerce-function
  :category types
  :features (coerce funcall)
  :forms ((funcall (coerce '(lambda (x) (* x 2)) 'function) 21))
  :value "42")

(defcase types.coerce-symbol-to-function
  :category types
  :features (coerce funcall)
  :forms ((funcall (coerce 'car 'function) '(a b)))
  :value "A")

(defcase types.coerce-t-identity
  :category types
  :features (coerce)
  :forms ((coerce '(1 2) t))
  :value "(1 2)")

(defcase types.coerce-invalid-signals
  :category types
  :features (coerce)
  :forms ((coerce (identity "abc") 'integer))
  :signals type-error)

(defcase types.the-declaration-passes
  :category types
  :features (the)
  :forms ((the integer (+ 1 2)))
  :value "3")

(defcase types.declare-type-local
  :category types
  :features (declare let)
  :forms ((let ((x 10))
            (declare (type integer x))
            (* x x)))
  :value "100")

(defcase types.typep-class-names
  :category types
  :features (typep)
  :forms ((list (typep 1 'integer) (typep (make-hash-table) 'hash-table) (typep #'car 'function)))
  :value "(T T T)")

(defcase types.typep-sequence-types
  :category types
  :features (typep)
  :forms ((list (typep nil 'sequence) (typep "" 'sequence) (typep (vector) 'sequence)))
  :value "(T T T)")

(defcase types.typep-complex-nested
  :category types
  :features (typep)
  :forms ((typep '(1 2) '(or null (cons integer (cons integer null)))))
  :value "T")

(defcase types.typep-cons-compound
  :category types
  :features (typep)
  :forms ((list (typep '(a . 1) '(cons symbol integer)) (typep '(1 . a) '(cons symbol integer))))
  :value "(T NIL)")

(defcase types.subtypep-class-hierarchy
  :category types
  :features (subtypep defstruct)
  :forms ((defstruct ty-par)
          (defstruct (ty-chi (:include ty-par)))
          (list (subtypep 'ty-chi 'ty-par) (subtypep 'ty-par 'ty-chi)))
  :value "(T NIL)")

(defcase types.typep-array-element-type
  :category types
  :features (typep)
  :forms ((list (typep "abc" '(array character (*))) (typep (make-array 3 :element-type 'bit) 'bit-vector)))
  :value "(T T)")

(defcase types.type-error-slots
  :category types
  :features (handler-case type-error-expected-type)
  :forms ((handler-case (car (identity 5))
            (type-error (e) (list (type-error-datum e) (typep 5 (type-error-expected-type e))))))
  :value "(5 NIL)")

(defcase types.typep-rational-range
  :category types
  :features (typep)
  :forms ((list (typep 1/2 '(rational 0 1)) (typep 3/2 '(rational 0 1))))
  :value "(T NIL)")

(defcase types.typep-real-range-open
  :category types
  :features (typep)
  :forms ((list (typep 0 '(real (0) *)) (typep 0.001 '(real (0) *))))
  :value "(NIL T)")

(defcase types.typep-string-length
  :category types
  :features (typep)
  :forms ((list (typep "abc" '(string 3)) (typep "ab" '(string 3))))
  :value "(T NIL)")

(defcase types.upgraded-array-element-type-t
  :category types
  :features (upgraded-array-element-type)
  :forms ((upgraded-array-element-type t))
  :value "T")

(defcase types.typecase-multiple-types
  :category types
  :features (typecase)
  :forms ((mapcar (lambda (x) (typecase x ((or integer ratio) 'rational) ((member :a :b) 'ab) (t 'other))) '(1 1/2 :a :c)))
  :value "(RATIONAL RATIONAL AB OTHER)")

;;; typep with compound type specifiers (CLHS 4.2.3, 4.4)

(defcase types.typep-empty-or-and
  :category types
  :features (typep or and)
  :forms ((list (typep 1 '(or)) (typep 1 '(and)) (typep nil '(and)) (typep nil '(or))))
  :value "(NIL T T NIL)")

(defcase types.typep-nested-not-or-and
  :category types
  :features (typep or and not)
  :forms ((let ((ty '(and integer (not (or (eql 0) (integer 10 *))))))
            (mapcar (lambda (x) (typep x ty)) '(0 5 10 -3 5.0))))
  :value "(NIL T NIL T NIL)")

(defcase types.typep-member-empty-and-nil
  :category types
  :features (typep member)
  :forms ((list (typep nil '(member)) (typep nil '(member nil)) (typep 1.0 '(member 1)) (typep 'b '(member a b))))
  :value "(NIL T NIL T)")

(defcase types.typep-eql-specifier
  :category types
  :features (typep eql)
  :forms ((list (typep 1.0 '(eql 1.0)) (typep 1 '(eql 1.0)) (typep 'x '(eql x))
                (typep (copy-seq "a") '(eql "a"))))
  :value "(T NIL T NIL)")

(defcase types.typep-satisfies-user-predicate
  :category types
  :features (typep satisfies)
  :forms ((defun short-string-p (x) (and (stringp x) (< (length x) 3)))
          (list (typep "ab" '(satisfies short-string-p)) (typep "abcd" '(satisfies short-string-p))
                (typep 5 '(and integer (satisfies evenp)))))
  :value "(T NIL NIL)")

(defcase types.typep-integer-bounds-forms
  :category types
  :features (typep)
  :forms ((list (typep -1 '(integer 0 *)) (typep 0 '(integer 0 *)) (typep 6 '(integer * 5))
                (typep 0 '(integer (0) (5))) (typep 4 '(integer (0) (5))) (typep 0 '(integer 0 0))))
  :value "(NIL T NIL NIL T T)")

(defcase types.typep-mod-bounds
  :category types
  :features (typep)
  :forms ((list (typep 3 '(mod 4)) (typep 4 '(mod 4)) (typep -1 '(mod 4)) (typep 0 '(mod 1)) (typep 1 '(mod 1))))
  :value "(T NIL NIL T NIL)")

(defcase types.typep-byte-types
  :category types
  :features (typep)
  :forms ((list (typep 255 '(unsigned-byte 8)) (typep 256 '(unsigned-byte 8)) (typep -128 '(signed-byte 8))
                (typep 128 '(signed-byte 8)) (typep (expt 2 100) 'unsigned-byte) (typep -1 'unsigned-byte)
                (typep (- (expt 2 100)) '(signed-byte *))))
  :value "(T NIL T NIL T NIL T)")

(defcase types.typep-bit
  :category types
  :features (typep)
  :forms ((list (typep 0 'bit) (typep 1 'bit) (typep 2 'bit) (typep -1 'bit)))
  :value "(T T NIL NIL)")

(defcase types.typep-vector-with-size
  :category types
  :features (typep)
  :forms ((list (typep #(1 2 3) '(vector * 3)) (typep #(1 2) '(vector * 3)) (typep #(1 2 3) '(vector t 3))
                (typep "abc" '(vector * 3)) (typep '(1 2 3) '(vector * 3))))
  :value "(T NIL T T NIL)")

(defcase types.typep-array-dimensions
  :category types
  :features (typep)
  :forms ((let ((a (make-array '(2 3))))
            (list (typep a '(array * (2 3))) (typep a '(array * (* 3))) (typep a '(array * 2))
                  (typep a '(array * 1)) (typep a '(array * (3 2))) (typep a '(simple-array * (2 *))))))
  :value "(T T T NIL NIL T)")

(defcase types.typep-string-bit-vector-sizes
  :category types
  :features (typep)
  :forms ((let ((bits (make-array 4 :element-type 'bit :initial-contents '(1 0 1 1))))
            (list (typep "abc" '(string 3)) (typep "abc" '(simple-string 2)) (typep bits '(bit-vector 4))
                  (typep bits '(simple-bit-vector *)) (typep (vector 1 2) '(simple-vector 2)))))
  :value "(T NIL T T T)")

(defcase types.typep-cons-with-car-cdr-types
  :category types
  :features (typep)
  :forms ((list (typep '(1 . a) '(cons integer symbol)) (typep '(a . 1) '(cons integer symbol))
                (typep '(1) '(cons * null)) (typep '(1 2) '(cons * (cons * null)))
                (typep '(1 2 3) '(cons * (cons * null)))))
  :value "(T NIL T T NIL)")

(defcase types.typep-real-intervals
  :category types
  :features (typep)
  :forms ((list (typep 0.5 '(float 0.0 1.0)) (typep 1 '(real 0 (1))) (typep 1/2 '(rational 1/2 1))
                (typep 0.5d0 '(double-float 0d0 *)) (typep -0.5d0 '(double-float 0d0 *))))
  :value "(T NIL T T NIL)")

(defcase types.typep-function-type-specifier-signals
  :category types
  :features (typep)
  :note "CLHS typep: a list type specifier whose car is function or values signals an error"
  :forms ((typep #'car '(function (t) t)))
  :signals error)

(defcase types.typep-values-type-specifier-signals
  :category types
  :features (typep values)
  :forms ((typep 1 '(values integer)))
  :signals error)

(defcase types.typep-class-object
  :category types
  :features (typep find-class)
  :forms ((defclass typed-class () ())
          (list (typep (make-instance 'typed-class) (find-class 'typed-class))
                (typep 1 (find-class 'integer)) (typep 1 (find-class 'string))))
  :value "(T T NIL)")

(defcase types.typep-standard-char
  :category types
  :features (typep)
  :forms ((list (typep #\a 'standard-char) (typep #\Space 'standard-char) (typep #\Newline 'standard-char)
                (typep #\a 'base-char) (typep #\a 'character)))
  :value "(T T T T T)")

(defcase types.typep-symbols-and-nil
  :category types
  :features (typep boolean)
  :forms ((list (typep nil 'symbol) (typep nil 'list) (typep nil 'null) (typep nil 'boolean) (typep t 'boolean)
                (typep 'x 'boolean) (typep nil nil) (typep :k 'symbol)))
  :value "(T T T T T NIL NIL T)")

(defcase types.typep-fixnum-bignum-boundary
  :category types
  :features (typep)
  :forms ((list (typep most-positive-fixnum 'fixnum) (typep (1+ most-positive-fixnum) 'fixnum)
                (typep (1+ most-positive-fixnum) 'bignum) (typep most-negative-fixnum 'fixnum)
                (typep (1- most-negative-fixnum) 'bignum) (>= most-positive-fixnum 32767)))
  :value "(T NIL T T T T)")

(defcase types.typep-ratio-and-canonical-integers
  :category types
  :features (typep)
  :forms ((list (typep 1/2 'ratio) (typep 2/2 'ratio) (typep 4/2 'integer) (typep 1/2 'rational) (typep 1/2 'integer)))
  :value "(T NIL T T NIL)")

(defcase types.typep-complex-canonicalization
  :category types
  :features (typep)
  :forms ((list (typep (complex 1 0) 'complex) (typep (complex 1 2) 'complex) (typep (complex 1.0 0.0) 'complex)
                (typep (complex 1 2) '(complex rational))))
  :value "(NIL T T T)")

(defcase types.typep-float-subtypes
  :category types
  :features (typep)
  :forms ((list (typep 1.0 'single-float) (typep 1d0 'double-float) (typep 1d0 'float) (typep 1d0 'single-float)
                (typep 1 'float)))
  :value "(T T T NIL NIL)")

(defcase types.typep-hash-table-and-package
  :category types
  :features (typep)
  :forms ((list (typep (make-hash-table) 'hash-table) (typep (find-package "COMMON-LISP") 'package)
                (typep (make-hash-table) 'sequence)))
  :value "(T T NIL)")

;;; subtypep: both values where the standard determines them (CLHS subtypep, Figure 4-2)

(defcase types.subtypep-sequence-types
  :category types
  :features (subtypep)
  :forms ((mapcar (lambda (pair) (multiple-value-list (subtypep (first pair) (second pair))))
                  '((null list) (list sequence) (cons list) (vector sequence) (string vector)
                    (bit-vector vector) (simple-string string) (simple-vector vector))))
  :value "((T T) (T T) (T T) (T T) (T T) (T T) (T T) (T T))")

(defcase types.subtypep-definite-false
  :category types
  :features (subtypep)
  :forms ((mapcar (lambda (pair) (multiple-value-list (subtypep (first pair) (second pair))))
                  '((integer fixnum) (string simple-string) (symbol keyword) (atom cons) (real complex)
                    (hash-table sequence) (integer float) (condition error))))
  :value "((NIL T) (NIL T) (NIL T) (NIL T) (NIL T) (NIL T) (NIL T) (NIL T))")

(defcase types.subtypep-number-tower
  :category types
  :features (subtypep)
  :forms ((mapcar (lambda (pair) (multiple-value-list (subtypep (first pair) (second pair))))
                  '((fixnum integer) (bignum integer) (ratio rational) (integer rational) (rational real)
                    (float real) (double-float float) (real number) (complex number) (bit fixnum))))
  :value "((T T) (T T) (T T) (T T) (T T) (T T) (T T) (T T) (T T) (T T))")

(defcase types.subtypep-symbols-and-characters
  :category types
  :features (subtypep)
  :forms ((mapcar (lambda (pair) (multiple-value-list (subtypep (first pair) (second pair))))
                  '((keyword symbol) (null symbol) (boolean symbol) (standard-char character)
                    (base-char character) (character symbol))))
  :value "((T T) (T T) (T T) (T T) (T T) (NIL T))")

(defcase types.subtypep-nil-and-t
  :category types
  :features (subtypep t)
  :forms ((mapcar (lambda (pair) (multiple-value-list (subtypep (first pair) (second pair))))
                  '((nil nil) (nil integer) (t nil) (integer t) (t t))))
  :value "((T T) (T T) (NIL T) (T T) (T T))")

(defcase types.subtypep-function-classes
  :category types
  :features (subtypep generic-function standard-generic-function)
  :forms ((mapcar (lambda (pair) (multiple-value-list (subtypep (first pair) (second pair))))
                  '((generic-function function) (standard-generic-function generic-function)
                    (function generic-function) (standard-class class) (standard-method method))))
  :value "((T T) (T T) (NIL T) (T T) (T T))")

(defcase types.subtypep-user-classes-and-structures
  :category types
  :features (subtypep defclass defstruct)
  :forms ((defclass st-a () ())
          (defclass st-b (st-a) ())
          (defstruct st-s1 x)
          (defstruct (st-s2 (:include st-s1)) y)
          (mapcar (lambda (pair) (multiple-value-list (subtypep (first pair) (second pair))))
                  '((st-b st-a) (st-a st-b) (st-s2 st-s1) (st-s1 st-s2) (st-a standard-object)
                    (st-s1 structure-object))))
  :value "((T T) (NIL T) (T T) (NIL T) (T T) (T T))")

(defcase types.subtypep-user-condition
  :category types
  :features (subtypep define-condition)
  :forms ((define-condition st-cond (simple-error) ())
          (list (multiple-value-list (subtypep 'st-cond 'error))
                (multiple-value-list (subtypep 'st-cond 'warning))))
  :value "((T T) (NIL T))")

(defcase types.subtypep-class-objects
  :category types
  :features (subtypep find-class)
  :forms ((multiple-value-list (subtypep (find-class 'string) (find-class 'vector))))
  :value "(T T)")

(defcase types.subtypep-deftype-expansion
  :category types
  :features (subtypep deftype)
  :forms ((deftype my-list () 'list)
          (list (multiple-value-list (subtypep 'null 'my-list))
                (multiple-value-list (subtypep 'my-list 'sequence))))
  :value "((T T) (T T))")

;;; type-of (CLHS type-of: a recognizable subtype; the class name for instances)

(defcase types.type-of-instances-class-name
  :category types
  :features (type-of defclass defstruct define-condition)
  :forms ((defclass to-class () ())
          (defstruct to-struct a)
          (define-condition to-cond (error) ())
          (list (type-of (make-instance 'to-class)) (type-of (make-to-struct)) (type-of (make-condition 'to-cond))))
  :value "(TO-CLASS TO-STRUCT TO-COND)")

(defcase types.type-of-object-is-of-that-type
  :category types
  :features (type-of typep)
  :forms ((every (lambda (x) (typep x (type-of x)))
                 (list 1 (expt 2 80) 1/2 1.5 1.5d0 (complex 1 2) #\a "str" #(1 2) (coerce '(1 0) 'bit-vector) 'sym :kw nil
                       (list 1) (make-hash-table) #'car (make-array '(2 2)))))
  :value "T")

(defcase types.type-of-subtype-of-class-of
  :category types
  :features (type-of class-of subtypep)
  :forms ((every (lambda (x) (subtypep (type-of x) (class-of x)))
                 (list 1 1/2 1.5 #\a "str" #(1) 'sym (list 1) (make-hash-table))))
  :value "T")

(defcase types.type-of-recognizable-subtype-of-builtin
  :category types
  :features (type-of subtypep)
  :forms ((list (subtypep (type-of 5) 'integer) (subtypep (type-of 1/3) 'ratio)
                (subtypep (type-of 2.5d0) 'double-float) (subtypep (type-of "x") 'string)
                (subtypep (type-of #\a) 'character) (subtypep (type-of '(1)) 'cons)))
  :value "(T T T T T T)")

;;; deftype, coerce, typecase family, the

(defcase types.deftype-returns-name
  :category types
  :features (deftype)
  :forms ((deftype natural () '(integer 0 *)))
  :value "NATURAL")

(defcase types.deftype-optional-default-star
  :category types
  :features (deftype typep)
  :note "CLHS deftype: an optional parameter with no default defaults to *"
  :forms ((deftype vec-of (&optional size) `(vector * ,size))
          (list (typep #(1 2) '(vec-of)) (typep #(1 2) '(vec-of 2)) (typep #(1 2) '(vec-of 3)) (typep #(1 2) 'vec-of)))
  :value "(T T NIL T)")

(defcase types.deftype-with-default-and-expansion-chain
  :category types
  :features (deftype typep)
  :forms ((deftype small (&optional (limit 10)) `(integer 0 (,limit)))
          (deftype tiny () '(small 3))
          (list (typep 9 'small) (typep 10 'small) (typep 2 'tiny) (typep 3 'tiny) (typep 20 '(small 100))))
  :value "(T NIL T NIL T)")

(defcase types.deftype-key-parameters
  :category types
  :features (deftype typep)
  :forms ((deftype ranged (&key (low '*) (high '*)) `(integer ,low ,high))
          (list (typep 5 '(ranged :low 0 :high 10)) (typep -5 '(ranged :low 0)) (typep 100 '(ranged))))
  :value "(T NIL T)")

(defcase types.deftype-in-declaration-and-typecase
  :category types
  :features (deftype typecase)
  :forms ((deftype digit () '(integer 0 9))
          (mapcar (lambda (x) (typecase x (digit 'digit) (integer 'integer) (t 'other))) '(5 50 "5")))
  :value "(DIGIT INTEGER OTHER)")

(defcase types.coerce-sequences
  :category types
  :features (coerce)
  :forms ((list (coerce '(1 2) 'vector) (coerce #(1 2) 'list) (coerce '(#\a #\b) 'string)
                (coerce "ab" 'list) (coerce #(1 0 1) 'bit-vector) (coerce '(1 2) '(vector t 2))))
  :value "(#(1 2) (1 2) \"ab\" (#\\a #\\b) #*101 #(1 2))")

(defcase types.coerce-sequence-wrong-length-type-error
  :category types
  :features (coerce type-error)
  :forms ((coerce '(1 2 3) '(vector t 2)))
  :signals type-error)

(defcase types.coerce-numbers
  :category types
  :features (coerce)
  :forms ((list (coerce 1 'float) (coerce 1/2 'double-float) (coerce 1 'complex) (coerce 1.0 'complex)
                (coerce 2 'double-float) (coerce 5 'rational)))
  :value "(1.0 0.5d0 1 #C(1.0 0.0) 2.0d0 5)")

(defcase types.coerce-float-to-integer-type-error
  :category types
  :features (coerce type-error)
  :forms ((coerce 1.5 'integer))
  :signals type-error)

(defcase types.coerce-character-designators
  :category types
  :features (coerce)
  :forms ((list (coerce #\a 'character) (coerce "b" 'character) (coerce 'c 'character)))
  :value "(#\\a #\\b #\\C)")

(defcase types.coerce-lambda-expression-to-function
  :category types
  :features (coerce)
  :forms ((funcall (coerce '(lambda (x) (* x x)) 'function) 9))
  :value "81")

(defcase types.coerce-identity-when-already-type
  :category types
  :features (coerce)
  :forms ((let ((v (vector 1 2)) (l (list 1 2)))
            (list (eq (coerce v 'vector) v) (eq (coerce l 'list) l) (eq (coerce v t) v))))
  :value "(T T T)")

(defcase types.typecase-keyform-once-and-values
  :category types
  :features (typecase)
  :forms ((let ((n 0))
            (list (multiple-value-list (typecase (progn (incf n) "s") (string (values 'string n)) (t 'other)))
                  n)))
  :value "((STRING 1) 1)")

(defcase types.typecase-otherwise-and-order
  :category types
  :features (typecase)
  :forms ((mapcar (lambda (x) (typecase x ((integer 0 9) 'digit) (integer 'int) (otherwise 'else)))
                  '(3 30 x)))
  :value "(DIGIT INT ELSE)")

(defcase types.etypecase-type-error-slots
  :category types
  :features (etypecase type-error)
  :forms ((handler-case (etypecase 'sym (integer 1) (string 2))
            (type-error (c) (list (type-error-datum c) (typep 1 (type-error-expected-type c))
                                  (typep "s" (type-error-expected-type c)) (typep 'sym (type-error-expected-type c))))))
  :value "(SYM T T NIL)")

(defcase types.ctypecase-unhandled-type-error
  :category types
  :features (ctypecase type-error)
  :forms ((let ((x 'sym)) (ctypecase x (integer 1))))
  :signals type-error)

(defcase types.type-error-from-standard-function
  :category types
  :features (type-error type-error-datum)
  :forms ((handler-case (symbol-name 42)
            (type-error (c) (list (type-error-datum c) (typep 'a (type-error-expected-type c))))))
  :value "(42 T)")

(defcase types.simple-type-error-is-both
  :category types
  :features (simple-type-error type-error)
  :forms ((handler-case (error 'simple-type-error :datum 1 :expected-type 'string :format-control "need ~a" :format-arguments '("string"))
            (type-error (c) (list (typep c 'simple-condition) (type-error-datum c) (princ-to-string c)))))
  :value "(T 1 \"need string\")")

(defcase types.upgraded-array-element-type-required-specializations
  :category types
  :features (upgraded-array-element-type subtypep)
  :note "CLHS 15.1.2.2: bit, character and base-char arrays must be specialized; base-char may be the same type as character, so types are compared with subtypep"
  :forms ((flet ((same-type-p (a b) (and (subtypep a b) (subtypep b a))))
            (list (same-type-p (upgraded-array-element-type 'bit) 'bit)
                  (same-type-p (upgraded-array-element-type 'character) 'character)
                  (same-type-p (upgraded-array-element-type 'base-char) 'base-char)
                  (upgraded-array-element-type t))))
  :value "(T T T T)")

(defcase types.the-compound-type
  :category types
  :features (the)
  :forms ((list (the (integer 0 10) 5) (the (or null string) "s") (the (member a b) 'a)))
  :value "(5 \"s\" A)")

(defcase types.compiled-function-type
  :category types
  :features (compiled-function typep subtypep compile)
  :forms ((list (typep (compile nil '(lambda (x) x)) 'compiled-function)
                (multiple-value-list (subtypep 'compiled-function 'function))
                (typep 'car 'compiled-function)))
  :value "(T (T T) NIL)")

(defcase types.built-in-class-is-a-class
  :category types
  :features (built-in-class subtypep)
  :forms ((list (multiple-value-list (subtypep 'built-in-class 'class))
                (multiple-value-list (subtypep 'structure-class 'class))
                (multiple-value-list (subtypep 'standard-class 'class))))
  :value "((T T) (T T) (T T))")
