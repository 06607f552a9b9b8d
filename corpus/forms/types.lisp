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
