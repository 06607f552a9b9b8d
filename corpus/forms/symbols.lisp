;;;; corpus/forms/symbols.lisp — symbols and packages (CLHS 10, 11). Expectations: SBCL 2.2.9.

(defcase symbols.symbol-name-upcased
  :category symbols
  :features (symbol-name)
  :forms ((symbol-name 'hello))
  :value "\"HELLO\"")

(defcase symbols.symbol-name-escaped-case
  :category symbols
  :features (symbol-name)
  :forms ((symbol-name '|MixedCase|))
  :value "\"MixedCase\"")

(defcase symbols.symbol-name-keyword
  :category symbols
  :features (symbol-name)
  :forms ((symbol-name :key))
  :value "\"KEY\"")

(defcase symbols.symbol-name-nil-t
  :category symbols
  :features (symbol-name)
  :forms ((list (symbol-name nil) (symbol-name t)))
  :value "(\"NIL\" \"T\")")

(defcase symbols.symbolp-values
  :category symbols
  :features (symbolp)
  :forms ((list (symbolp 'a) (symbolp nil) (symbolp :k) (symbolp "a") (symbolp 1)))
  :value "(T T T NIL NIL)")

(defcase symbols.keywordp
  :category symbols
  :features (keywordp)
  :forms ((list (keywordp :a) (keywordp 'a) (keywordp nil)))
  :value "(T NIL NIL)")

(defcase symbols.keyword-self-evaluating
  :category symbols
  :features (eq)
  :forms ((eq :x ':x))
  :value "T")

(defcase symbols.intern-same-symbol
  :category symbols
  :features (intern eq)
  :forms ((eq (intern "SYM-A") 'sym-a))
  :value "T")

(defcase symbols.intern-second-value
  :category symbols
  :features (intern multiple-value-list)
  :forms ((multiple-value-list (intern "CAR" "COMMON-LISP")))
  :value "(CAR :EXTERNAL)")

(defcase symbols.intern-new-then-existing
  :category symbols
  :features (intern)
  :forms ((list (nth-value 1 (intern "SY-FRESH-ONE")) (nth-value 1 (intern "SY-FRESH-ONE"))))
  :value "(NIL :INTERNAL)")

(defcase symbols.intern-keyword-package
  :category symbols
  :features (intern keywordp)
  :forms ((keywordp (intern "NEWKEY" "KEYWORD")))
  :value "T")

(defcase symbols.find-symbol-present
  :category symbols
  :features (find-symbol multiple-value-list)
  :forms ((multiple-value-list (find-symbol "CONS" "COMMON-LISP")))
  :value "(CONS :EXTERNAL)")

(defcase symbols.find-symbol-absent
  :category symbols
  :features (find-symbol multiple-value-list)
  :forms ((multiple-value-list (find-symbol "SY-NEVER-INTERNED-XYZ")))
  :value "(NIL NIL)")

(defcase symbols.find-symbol-inherited
  :category symbols
  :features (find-symbol)
  :forms ((nth-value 1 (find-symbol "CAR")))
  :value ":INHERITED")

(defcase symbols.find-symbol-keyword-external
  :category symbols
  :features (find-symbol)
  :forms ((nth-value 1 (find-symbol "TEST" "KEYWORD")))
  :value ":EXTERNAL")

(defcase symbols.make-symbol-uninterned
  :category symbols
  :features (make-symbol symbol-package)
  :forms ((let ((s (make-symbol "FRESH")))
            (list (symbol-name s) (symbol-package s))))
  :value "(\"FRESH\" NIL)")

(defcase symbols.make-symbol-not-eq-interned
  :category symbols
  :features (make-symbol eq)
  :forms ((eq (make-symbol "A") 'a))
  :value "NIL")

(defcase symbols.gensym-prefix
  :category symbols
  :features (gensym symbol-name)
  :forms ((let ((g (gensym "TMP")))
            (list (string= "TMP" (subseq (symbol-name g) 0 3)) (symbol-package g))))
  :value "(T NIL)")

(defcase symbols.gensyms-distinct
  :category symbols
  :features (gensym eq)
  :forms ((eq (gensym) (gensym)))
  :value "NIL")

(defcase symbols.copy-symbol-fresh
  :category symbols
  :features (copy-symbol)
  :forms ((let ((c (copy-symbol 'car)))
            (list (symbol-name c) (eq c 'car) (symbol-package c))))
  :value "(\"CAR\" NIL NIL)")

(defcase symbols.symbol-package-cl
  :category symbols
  :features (symbol-package package-name)
  :forms ((package-name (symbol-package 'car)))
  :value "\"COMMON-LISP\"")

(defcase symbols.symbol-package-keyword
  :category symbols
  :features (symbol-package package-name)
  :forms ((package-name (symbol-package :foo)))
  :value "\"KEYWORD\"")

(defcase symbols.symbol-value-defvar
  :category symbols
  :features (symbol-value defvar)
  :forms ((defvar *sy-v* 'val)
          (symbol-value '*sy-v*))
  :value "VAL")

(defcase symbols.boundp-fboundp
  :category symbols
  :features (boundp fboundp)
  :forms ((defvar *sy-bound* 1)
          (list (boundp '*sy-bound*) (boundp 'sy-unbound-name) (not (null (fboundp 'car))) (fboundp 'sy-nofun)))
  :value "(T NIL T NIL)")

(defcase symbols.keyword-boundp-to-itself
  :category symbols
  :features (symbol-value)
  :forms ((symbol-value :kw))
  :value ":KW")

(defcase symbols.symbol-function-car
  :category symbols
  :features (symbol-function funcall)
  :forms ((funcall (symbol-function 'car) '(9 8)))
  :value "9")

(defcase symbols.symbol-plist-get
  :category symbols
  :features (get setf)
  :forms ((setf (get 'sy-pl-a 'color) 'red)
          (setf (get 'sy-pl-a 'size) 10)
          (list (get 'sy-pl-a 'color) (get 'sy-pl-a 'size) (get 'sy-pl-a 'missing)))
  :value "(RED 10 NIL)")

(defcase symbols.get-default
  :category symbols
  :features (get)
  :forms ((get 'sy-pl-b 'absent 'dflt))
  :value "DFLT")

(defcase symbols.remprop
  :category symbols
  :features (remprop get setf)
  :forms ((setf (get 'sy-pl-c 'k) 1)
          (list (not (null (remprop 'sy-pl-c 'k))) (get 'sy-pl-c 'k)))
  :value "(T NIL)")

(defcase symbols.symbol-plist-fresh-symbol
  :category symbols
  :features (symbol-plist make-symbol)
  :forms ((symbol-plist (make-symbol "EMPTY")))
  :value "NIL")

(defcase symbols.set-symbol-value
  :category symbols
  :features (set symbol-value)
  :forms ((defvar *sy-set* 0)
          (set '*sy-set* 5)
          *sy-set*)
  :value "5")

(defcase symbols.symbol-printing-escapes
  :category symbols
  :features (prin1-to-string)
  :forms ((list (prin1-to-string 'abc) (prin1-to-string '|a b|) (prin1-to-string :key)))
  :value "(\"ABC\" \"|a b|\" \":KEY\")")

(defcase symbols.symbol-printing-princ
  :category symbols
  :features (princ-to-string)
  :forms ((princ-to-string '|a b|))
  :value "\"a b\"")

(defcase symbols.string-of-symbol
  :category symbols
  :features (string)
  :forms ((string :hello))
  :value "\"HELLO\"")

(defcase symbols.symbol-name-of-gensym-counter
  :category symbols
  :features (gensym symbol-name)
  :forms ((let ((*gensym-counter* 42))
            (symbol-name (gensym "X"))))
  :value "\"X42\"")

(defcase symbols.make-package-and-intern
  :category symbols
  :features (make-package intern symbol-package package-name)
  :forms ((let* ((p (make-package "SY-PKG-ONE" :use nil))
                 (s (intern "THING" p)))
            (list (package-name (symbol-package s)) (symbol-name s))))
  :value "(\"SY-PKG-ONE\" \"THING\")")

(defcase symbols.export-external
  :category symbols
  :features (make-package intern export find-symbol)
  :forms ((let* ((p (make-package "SY-PKG-TWO" :use nil))
                 (s (intern "EXPORTED" p)))
            (export s p)
            (nth-value 1 (find-symbol "EXPORTED" p))))
  :value ":EXTERNAL")

(defcase symbols.use-package-inherits
  :category symbols
  :features (make-package use-package find-symbol)
  :forms ((let ((a (make-package "SY-PKG-A" :use nil))
                (b (make-package "SY-PKG-B" :use nil)))
            (export (intern "SHARED" a) a)
            (use-package a b)
            (multiple-value-bind (s status) (find-symbol "SHARED" b)
              (list (symbol-name s) status))))
  :value "(\"SHARED\" :INHERITED)")

(defcase symbols.find-package-name
  :category symbols
  :features (find-package package-name)
  :forms ((list (package-name (find-package "COMMON-LISP")) (find-package "SY-NO-SUCH-PACKAGE")))
  :value "(\"COMMON-LISP\" NIL)")

(defcase symbols.package-nicknames-cl
  :category symbols
  :features (package-nicknames find-package)
  :forms ((eq (find-package "CL") (find-package "COMMON-LISP")))
  :value "T")

(defcase symbols.defpackage-and-intern
  :category symbols
  :features (defpackage find-package intern)
  :forms ((defpackage "SY-DEFPKG" (:use "COMMON-LISP") (:export "API"))
          (list (nth-value 1 (find-symbol "API" "SY-DEFPKG"))
                (eq (find-symbol "CAR" "SY-DEFPKG") 'car)))
  :value "(:EXTERNAL T)")

(defcase symbols.symbol-with-package-prefix
  :category symbols
  :features (symbol-name)
  :forms ((symbol-name 'cl:car))
  :value "\"CAR\"")

(defcase symbols.keyword-prefix-reader
  :category symbols
  :features (keywordp)
  :forms ((keywordp ':abc))
  :value "T")

(defcase symbols.unintern-removes
  :category symbols
  :features (intern unintern find-symbol)
  :forms ((intern "SY-TO-REMOVE")
          (unintern (find-symbol "SY-TO-REMOVE"))
          (find-symbol "SY-TO-REMOVE"))
  :value "NIL")

(defcase symbols.symbols-sorted-by-name
  :category symbols
  :features (sort string<)
  :forms ((sort (list 'pear 'apple 'fig) #'string<))
  :value "(APPLE FIG PEAR)")

(defcase symbols.symbol-name-immutable-copy
  :category symbols
  :features (symbol-name copy-seq string-downcase)
  :forms ((string-downcase (copy-seq (symbol-name 'shout))))
  :value "\"shout\"")

(defcase symbols.fboundp-special-operator
  :category symbols
  :features (special-operator-p)
  :forms ((list (not (null (special-operator-p 'if))) (special-operator-p 'car)))
  :value "(T NIL)")

(defcase symbols.macro-function-of-macro
  :category symbols
  :features (macro-function)
  :forms ((list (not (null (macro-function 'when))) (macro-function 'car)))
  :value "(T NIL)")

(defcase symbols.symbol-value-unbound-signals
  :category symbols
  :features (symbol-value)
  :forms ((symbol-value 'sy-definitely-unbound))
  :signals unbound-variable)

(defcase symbols.symbol-function-undefined-signals
  :category symbols
  :features (symbol-function)
  :forms ((symbol-function 'sy-definitely-undefined))
  :signals undefined-function)

(defcase symbols.symbol-name-non-symbol-signals
  :category symbols
  :features (symbol-name)
  :forms ((symbol-name (identity "str")))
  :signals type-error)

(defcase symbols.nil-is-symbol-and-list
  :category symbols
  :features (symbolp listp)
  :forms ((list (symbolp nil) (listp nil) (symbolp '())))
  :value "(T T T)")

(defcase symbols.intern-lowercase-distinct
  :category symbols
  :features (intern eq)
  :forms ((eq (intern "abc") (intern "ABC")))
  :value "NIL")

(defcase symbols.symbol-in-list-member
  :category symbols
  :features (member)
  :forms ((not (null (member 'b '(a b c)))))
  :value "T")

(defcase symbols.case-on-symbols
  :category symbols
  :features (case)
  :forms ((case 'green (red 1) (green 2) (blue 3)))
  :value "2")

(defcase symbols.gensym-uninterned
  :category symbols
  :features (gensym symbol-package)
  :forms ((symbol-package (gensym)))
  :value "NIL")

(defcase symbols.boundp-after-makunbound
  :category symbols
  :features (defvar makunbound boundp)
  :forms ((defvar *sy-mk* 1)
          (makunbound '*sy-mk*)
          (boundp '*sy-mk*))
  :value "NIL")

(defcase symbols.symbol-value-setf-new-global
  :category symbols
  :features (setf symbol-value)
  :forms ((setf (symbol-value 'sy-new-global) 77)
          (symbol-value 'sy-new-global))
  :value "77")

(defcase symbols.do-symbols-count-own-package
  :category symbols
  :features (make-package intern do-symbols)
  :forms ((let ((p (make-package "SY-PKG-COUNT" :use nil)) (n 0))
            (intern "A" p) (intern "B" p) (intern "C" p)
            (do-symbols (s p) (declare (ignore s)) (incf n))
            n))
  :value "3")

;;; ---- symbol, keyword, symbolp, keywordp (CLHS 10.2) ----

(defcase symbols.symbol-type-and-subtypes
  :category symbols
  :features (symbol keyword typep subtypep)
  :forms ((list (typep 'a 'symbol) (typep nil 'symbol) (typep :k 'symbol) (typep "a" 'symbol)
                (typep :k 'keyword) (typep 'k 'keyword) (subtypep 'keyword 'symbol) (subtypep 'null 'symbol)))
  :value "(T T T NIL T NIL T T)")

(defcase symbols.symbolp-kinds
  :category symbols
  :features (symbolp)
  :forms ((mapcar #'symbolp (list 'x nil t :key (make-symbol "U") "x" 1 #\x '(x))))
  :value "(T T T T T NIL NIL NIL NIL)")

(defcase symbols.keywordp-kinds
  :category symbols
  :features (keywordp)
  :forms ((list (keywordp :a) (keywordp 'a) (keywordp nil) (keywordp ":a") (keywordp (intern "NEW-KEY" "KEYWORD"))
                (keywordp (make-symbol "A"))))
  :value "(T NIL NIL NIL T NIL)")

(defcase symbols.keywords-evaluate-to-themselves
  :category symbols
  :features (keyword symbol-value constantp)
  :forms ((list (eq :x (symbol-value :x)) (eval :y) (constantp :z) (boundp :w)))
  :value "(T :Y T T)")

(defcase symbols.keyword-package
  :category symbols
  :features (symbol-package keyword)
  :forms ((list (package-name (symbol-package :any)) (eq (symbol-package :a) (find-package "KEYWORD"))))
  :value "(\"KEYWORD\" T)")

;;; ---- make-symbol, copy-symbol ----

(defcase symbols.make-symbol-properties
  :category symbols
  :features (make-symbol symbol-name symbol-package boundp fboundp symbol-plist)
  :forms ((let ((s (make-symbol "aBc")))
            (list (symbol-name s) (symbol-package s) (boundp s) (fboundp s) (symbol-plist s))))
  :value "(\"aBc\" NIL NIL NIL NIL)")

(defcase symbols.make-symbol-distinct-each-call
  :category symbols
  :features (make-symbol)
  :forms ((let ((a (make-symbol "X")) (b (make-symbol "X")))
            (list (eq a b) (string= a b) (eq a 'x))))
  :value "(NIL T NIL)")

(defcase symbols.make-symbol-prints-with-sharp-colon
  :category symbols
  :features (make-symbol prin1-to-string)
  :forms ((list (prin1-to-string (make-symbol "FOO")) (prin1-to-string (make-symbol "lower")) (princ-to-string (make-symbol "FOO"))))
  :value "(\"#:FOO\" \"#:|lower|\" \"FOO\")")

(defcase symbols.make-symbol-non-string-signals
  :category symbols
  :features (make-symbol)
  :forms ((funcall 'make-symbol 'sym))
  :signals type-error)

(defcase symbols.copy-symbol-without-properties
  :category symbols
  :features (copy-symbol boundp fboundp symbol-plist)
  :forms ((defvar *sy-orig* 10)
          (defun sy-orig-fn () 'called)
          (setf (get '*sy-orig* 'color) 'red)
          (let ((c (copy-symbol '*sy-orig*)))
            (list (symbol-name c) (symbol-package c) (boundp c) (fboundp c) (symbol-plist c))))
  :value "(\"*SY-ORIG*\" NIL NIL NIL NIL)")

(defcase symbols.copy-symbol-nil-flag-same-as-default
  :category symbols
  :features (copy-symbol)
  :forms ((defvar *sy-c2* 1)
          (let ((c (copy-symbol '*sy-c2* nil)))
            (list (boundp c) (symbol-plist c))))
  :value "(NIL NIL)")

(defcase symbols.copy-symbol-with-properties
  :category symbols
  :features (copy-symbol symbol-value symbol-function get)
  :forms ((defvar sy-full 'the-value)
          (defun sy-full (x) (* x 2))
          (setf (get 'sy-full 'tag) 'tagged)
          (let ((c (copy-symbol 'sy-full t)))
            (list (symbol-value c) (funcall (symbol-function c) 21) (get c 'tag) (symbol-package c) (eq c 'sy-full))))
  :value "(THE-VALUE 42 TAGGED NIL NIL)")

(defcase symbols.copy-symbol-plist-is-a-copy
  :category symbols
  :features (copy-symbol get symbol-plist)
  :forms ((let ((orig (make-symbol "ORIG")))
            (setf (get orig 'a) 1)
            (let ((c (copy-symbol orig t)))
              (setf (get c 'a) 2 (get c 'b) 3)
              (list (get orig 'a) (get orig 'b) (get c 'a) (get c 'b)))))
  :value "(1 NIL 2 3)")

(defcase symbols.copy-symbol-value-independent
  :category symbols
  :features (copy-symbol symbol-value set)
  :forms ((let ((orig (make-symbol "V")))
            (setf (symbol-value orig) 'old)
            (let ((c (copy-symbol orig t)))
              (set c 'new)
              (list (symbol-value orig) (symbol-value c)))))
  :value "(OLD NEW)")

(defcase symbols.copy-symbol-of-uninterned-and-keyword
  :category symbols
  :features (copy-symbol)
  :forms ((list (symbol-name (copy-symbol :kw)) (symbol-package (copy-symbol :kw)) (keywordp (copy-symbol :kw))))
  :value "(\"KW\" NIL NIL)")

;;; ---- gensym, *gensym-counter*, gentemp ----

(defcase symbols.gensym-uses-and-increments-counter
  :category symbols
  :features (gensym *gensym-counter*)
  :forms ((let ((*gensym-counter* 42))
            (let ((g (gensym)))
              (list (symbol-name g) *gensym-counter*))))
  :value "(\"G42\" 43)")

(defcase symbols.gensym-string-prefix
  :category symbols
  :features (gensym *gensym-counter*)
  :forms ((let ((*gensym-counter* 7))
            (list (symbol-name (gensym "TEMP-")) (symbol-name (gensym "x")) (symbol-name (gensym)) *gensym-counter*)))
  :value "(\"TEMP-7\" \"x8\" \"G9\" 10)")

(defcase symbols.gensym-integer-suffix-does-not-increment
  :category symbols
  :features (gensym *gensym-counter*)
  :forms ((let ((*gensym-counter* 5))
            (list (symbol-name (gensym 100)) *gensym-counter*)))
  :value "(\"G100\" 5)")

(defcase symbols.gensym-uninterned-fresh
  :category symbols
  :features (gensym symbol-package)
  :forms ((let ((*gensym-counter* 1))
            (let ((a (gensym)))
              (setf *gensym-counter* 1)
              (let ((b (gensym)))
                (list (string= a b) (eq a b) (symbol-package a) (boundp a))))))
  :value "(T NIL NIL NIL)")

(defcase symbols.gensym-prints-with-sharp-colon
  :category symbols
  :features (gensym prin1-to-string)
  :forms ((let ((*gensym-counter* 3))
            (prin1-to-string (gensym "X"))))
  :value "\"#:X3\"")

(defcase symbols.gensym-counter-is-non-negative-integer
  :category symbols
  :features (*gensym-counter*)
  :forms ((typep *gensym-counter* '(integer 0 *)))
  :value "T")

(defcase symbols.gensym-counter-setf-globally
  :category symbols
  :features (gensym *gensym-counter*)
  :forms ((setf *gensym-counter* 1000)
          (symbol-name (gensym "N")))
  :value "\"N1000\"")

(defcase symbols.gensym-bad-argument-signals
  :category symbols
  :features (gensym)
  :forms ((funcall 'gensym 'not-a-string))
  :signals type-error)

(defcase symbols.gentemp-interns-new-symbol
  :category symbols
  :features (gentemp find-symbol)
  :forms ((let ((s (gentemp "SYTMP")))
            (list (eq (symbol-package s) *package*) (string= "SYTMP" (subseq (symbol-name s) 0 5))
                  (eq (find-symbol (symbol-name s)) s) (nth-value 1 (find-symbol (symbol-name s))))))
  :value "(T T T :INTERNAL)")

(defcase symbols.gentemp-distinct-and-unbound
  :category symbols
  :features (gentemp)
  :forms ((let ((a (gentemp)) (b (gentemp)))
            (list (eq a b) (boundp a) (string= "T" (subseq (symbol-name a) 0 1)))))
  :value "(NIL NIL T)")

;;; ---- symbol-function ----

(defcase symbols.setf-symbol-function-defines
  :category symbols
  :features (symbol-function fboundp setf)
  :forms ((setf (symbol-function 'sy-doubler) (lambda (x) (* 2 x)))
          (list (not (null (fboundp 'sy-doubler))) (sy-doubler 4) (funcall 'sy-doubler 5)))
  :value "(T 8 10)")

(defcase symbols.symbol-function-of-defun-is-function
  :category symbols
  :features (symbol-function functionp)
  :forms ((defun sy-f1 () 1)
          (list (functionp (symbol-function 'sy-f1)) (eq (symbol-function 'sy-f1) #'sy-f1) (funcall (symbol-function 'sy-f1))))
  :value "(T T 1)")

(defcase symbols.fmakunbound-then-symbol-function-signals
  :category symbols
  :features (symbol-function fmakunbound)
  :forms ((defun sy-gone () 1)
          (fmakunbound 'sy-gone)
          (symbol-function 'sy-gone))
  :signals undefined-function)

(defcase symbols.symbol-function-non-symbol-signals
  :category symbols
  :features (symbol-function)
  :forms ((funcall 'symbol-function "car"))
  :signals type-error)

;;; ---- symbol-name, symbol-package ----

(defcase symbols.symbol-name-kinds
  :category symbols
  :features (symbol-name)
  :forms ((list (symbol-name 'abc) (symbol-name :key) (symbol-name nil) (symbol-name t) (symbol-name '|a b|) (symbol-name '|123|)))
  :value "(\"ABC\" \"KEY\" \"NIL\" \"T\" \"a b\" \"123\")")

(defcase symbols.symbol-package-kinds
  :category symbols
  :features (symbol-package)
  :forms ((list (eq (symbol-package 'car) (find-package "COMMON-LISP")) (eq (symbol-package 'sy-local-name) *package*)
                (symbol-package (make-symbol "X")) (package-name (symbol-package nil))))
  :value "(T T NIL \"COMMON-LISP\")")

(defcase symbols.symbol-package-non-symbol-signals
  :category symbols
  :features (symbol-package)
  :forms ((funcall 'symbol-package "X"))
  :signals type-error)

;;; ---- symbol-plist, get, remprop ----

(defcase symbols.symbol-plist-setf-and-get
  :category symbols
  :features (symbol-plist get setf)
  :forms ((let ((s (make-symbol "P")))
            (setf (symbol-plist s) (list 'a 1 'b 2))
            (list (get s 'a) (get s 'b) (get s 'c) (symbol-plist s))))
  :value "(1 2 NIL (A 1 B 2))")

(defcase symbols.setf-get-adds-and-replaces
  :category symbols
  :features (get setf symbol-plist)
  :forms ((let ((s (make-symbol "Q")))
            (setf (get s 'x) 1)
            (setf (get s 'x) 2)
            (list (get s 'x) (length (symbol-plist s)))))
  :value "(2 2)")

(defcase symbols.get-default-and-nil-value
  :category symbols
  :features (get)
  :forms ((let ((s (make-symbol "D")))
            (setf (get s 'present) nil)
            (list (get s 'present 'dflt) (get s 'absent 'dflt) (get s 'absent))))
  :value "(NIL DFLT NIL)")

(defcase symbols.setf-get-returns-new-value
  :category symbols
  :features (get setf)
  :forms ((let ((s (make-symbol "R")))
            (list (setf (get s 'k) 'v) (get s 'k))))
  :value "(V V)")

(defcase symbols.setf-get-default-evaluated-ignored
  :category symbols
  :features (get setf incf)
  :forms ((let ((s (make-symbol "C")) (evals 0))
            (incf (get s 'n (progn (incf evals) 0)))
            (incf (get s 'n (progn (incf evals) 100)))
            (list (get s 'n) evals)))
  :value "(2 2)")

(defcase symbols.get-first-occurrence-in-plist
  :category symbols
  :features (get symbol-plist)
  :forms ((let ((s (make-symbol "F")))
            (setf (symbol-plist s) (list 'k 'first 'k 'second))
            (get s 'k)))
  :value "FIRST")

(defcase symbols.remprop-returns-true-and-removes-first
  :category symbols
  :features (remprop symbol-plist)
  :forms ((let ((s (make-symbol "RP")))
            (setf (symbol-plist s) (list 'a 1 'b 2 'a 3))
            (list (not (null (remprop s 'a))) (symbol-plist s) (remprop s 'zz) (symbol-plist s))))
  :value "(T (B 2 A 3) NIL (B 2 A 3))")

(defcase symbols.remprop-last-leaves-empty-plist
  :category symbols
  :features (remprop symbol-plist get)
  :forms ((let ((s (make-symbol "E")))
            (setf (get s 'only) 1)
            (remprop s 'only)
            (list (symbol-plist s) (get s 'only 'gone))))
  :value "(NIL GONE)")

(defcase symbols.plist-indicators-compared-with-eq
  :category symbols
  :features (get)
  :forms ((let ((s (make-symbol "I")))
            (setf (get s :kw) 'keyword-prop (get s 'kw) 'symbol-prop)
            (list (get s :kw) (get s 'kw))))
  :value "(KEYWORD-PROP SYMBOL-PROP)")

(defcase symbols.get-on-non-symbol-signals
  :category symbols
  :features (get)
  :forms ((funcall 'get "str" 'a))
  :signals type-error)

(defcase symbols.symbol-plist-of-interned-symbol-setf
  :category symbols
  :features (symbol-plist get)
  :forms ((setf (symbol-plist 'sy-interned-p) (list 'size 3))
          (list (get 'sy-interned-p 'size) (symbol-plist 'sy-interned-p)))
  :value "(3 (SIZE 3))")

;;; ---- symbol-value, boundp, makunbound, set ----

(defcase symbols.makunbound-returns-symbol
  :category symbols
  :features (makunbound boundp)
  :forms ((defvar *sy-mk* 1)
          (list (makunbound '*sy-mk*) (boundp '*sy-mk*)))
  :value "(*SY-MK* NIL)")

(defcase symbols.makunbound-then-reference-signals
  :category symbols
  :features (makunbound)
  :forms ((defvar *sy-mk2* 1)
          (makunbound '*sy-mk2*)
          (symbol-value '*sy-mk2*))
  :signals unbound-variable)

(defcase symbols.makunbound-unbound-is-harmless
  :category symbols
  :features (makunbound boundp)
  :forms ((let ((s (make-symbol "NEVER")))
            (list (eq (makunbound s) s) (boundp s))))
  :value "(T NIL)")

(defcase symbols.boundp-constants-and-keywords
  :category symbols
  :features (boundp)
  :forms ((list (boundp t) (boundp nil) (boundp :k) (boundp 'pi) (boundp (make-symbol "Z"))))
  :value "(T T T T NIL)")

(defcase symbols.boundp-ignores-lexical-bindings
  :category symbols
  :features (boundp)
  :forms ((let ((sy-lexical-only 1))
            (declare (ignorable sy-lexical-only))
            (boundp 'sy-lexical-only)))
  :value "NIL")

(defcase symbols.boundp-sees-dynamic-binding
  :category symbols
  :features (boundp symbol-value)
  :forms ((list (let ((sy-dyn 1)) (declare (special sy-dyn)) (list (boundp 'sy-dyn) (symbol-value 'sy-dyn)))
                (boundp 'sy-dyn)))
  :value "((T 1) NIL)")

(defcase symbols.set-returns-value-changes-global
  :category symbols
  :features (set symbol-value)
  :forms ((let ((s (make-symbol "G")))
            (list (set s 'first) (symbol-value s) (set s 'second) (symbol-value s))))
  :value "(FIRST FIRST SECOND SECOND)")

(defcase symbols.set-does-not-touch-lexical-variable
  :category symbols
  :features (set symbol-value)
  :forms ((let ((sy-lex 'lexical))
            (set 'sy-lex 'global)
            (list sy-lex (symbol-value 'sy-lex))))
  :value "(LEXICAL GLOBAL)")

(defcase symbols.set-changes-current-dynamic-binding
  :category symbols
  :features (set symbol-value)
  :forms ((defvar *sy-dv* 'global)
          (defun sy-read-dv () *sy-dv*)
          (list (let ((*sy-dv* 'dynamic))
                  (set '*sy-dv* 'changed)
                  (sy-read-dv))
                *sy-dv*))
  :value "(CHANGED GLOBAL)")

(defcase symbols.setf-symbol-value-and-read
  :category symbols
  :features (symbol-value setf)
  :forms ((defvar *sy-sv* 0)
          (list (setf (symbol-value '*sy-sv*) 9) *sy-sv* (symbol-value '*sy-sv*)))
  :value "(9 9 9)")

(defcase symbols.symbol-value-of-constants
  :category symbols
  :features (symbol-value)
  :forms ((list (symbol-value nil) (symbol-value t) (symbol-value :k) (= (symbol-value 'pi) pi)))
  :value "(NIL T :K T)")

(defcase symbols.symbol-value-sees-dynamic-not-lexical
  :category symbols
  :features (symbol-value)
  :forms ((defvar *sy-v* 'outer)
          (let ((sy-v2 'lexical))
            (declare (ignorable sy-v2))
            (let ((*sy-v* 'inner))
              (list (symbol-value '*sy-v*) (boundp 'sy-v2)))))
  :value "(INNER NIL)")

(defcase symbols.unbound-variable-cell-error-name
  :category symbols
  :features (unbound-variable symbol-value cell-error-name)
  :forms ((handler-case (symbol-value 'sy-never-bound)
            (unbound-variable (c) (list 'caught (cell-error-name c)))))
  :value "(CAUGHT SY-NEVER-BOUND)")

(defcase symbols.unbound-variable-from-evaluation
  :category symbols
  :features (unbound-variable)
  :forms ((defvar *sy-unb*)
          (handler-case *sy-unb*
            (unbound-variable (c) (cell-error-name c))))
  :value "*SY-UNB*")

(defcase symbols.unbound-variable-is-cell-error
  :category symbols
  :features (unbound-variable subtypep)
  :forms ((list (subtypep 'unbound-variable 'cell-error) (subtypep 'unbound-variable 'error)))
  :value "(T T)")

(defcase symbols.unbound-variable-unhandled-signals
  :category symbols
  :features (unbound-variable)
  :forms ((defvar *sy-unb2*)
          (list *sy-unb2*))
  :signals unbound-variable)

(defcase symbols.symbol-value-non-symbol-signals
  :category symbols
  :features (symbol-value)
  :forms ((funcall 'symbol-value "x"))
  :signals type-error)

(defcase symbols.boundp-non-symbol-signals
  :category symbols
  :features (boundp)
  :forms ((funcall 'boundp 42))
  :signals type-error)

(defcase symbols.symbol-name-on-keyword-and-string-compare
  :category symbols
  :features (symbol-name string=)
  :forms ((list (string= (symbol-name :test) "TEST") (string= 'test :test) (eq 'test :test)))
  :value "(T T NIL)")

(defcase symbols.symbol-as-string-designator-case
  :category symbols
  :features (symbol-name string)
  :forms ((list (string '|MixedCase|) (symbol-name (intern "lower")) (eq (intern "LOWER") 'lower)))
  :value "(\"MixedCase\" \"lower\" T)")

(defcase symbols.nil-and-t-properties
  :category symbols
  :features (symbolp symbol-name symbol-package keywordp)
  :forms ((list (symbolp nil) (symbolp '()) (eq nil '()) (keywordp t) (symbol-name '()) (constantp t)))
  :value "(T T T NIL \"NIL\" T)")

(defcase symbols.make-symbol-name-case-preserved-print-escapes
  :category symbols
  :features (make-symbol symbol-name)
  :forms ((let ((s (make-symbol "with space")))
            (list (symbol-name s) (prin1-to-string s))))
  :value "(\"with space\" \"#:|with space|\")")

(defcase symbols.symbol-function-setf-then-funcall-by-symbol
  :category symbols
  :features (symbol-function fdefinition)
  :forms ((defun sy-orig-impl (x) (+ x 1))
          (setf (symbol-function 'sy-alias) (symbol-function 'sy-orig-impl))
          (list (sy-alias 1) (eq (fdefinition 'sy-alias) (symbol-function 'sy-orig-impl))))
  :value "(2 T)")

(defcase symbols.get-on-symbol-with-keyword-defaults
  :category symbols
  :features (get symbol-plist)
  :forms ((let ((s (make-symbol "K")))
            (setf (get s :color) 'blue)
            (list (get s :color) (get s :size :unknown))))
  :value "(BLUE :UNKNOWN)")

(defcase symbols.plist-independent-per-symbol
  :category symbols
  :features (get setf)
  :forms ((let ((a (make-symbol "A")) (b (make-symbol "A")))
            (setf (get a 'p) 'on-a)
            (list (get a 'p) (get b 'p))))
  :value "(ON-A NIL)")

(defcase symbols.defparameter-vs-defvar-boundp
  :category symbols
  :features (boundp defvar defparameter)
  :forms ((defvar *sy-unbound-defvar*)
          (defparameter *sy-param* 'p)
          (list (boundp '*sy-unbound-defvar*) (boundp '*sy-param*) (symbol-value '*sy-param*)))
  :value "(NIL T P)")

(defcase symbols.makunbound-global-under-dynamic-binding
  :category symbols
  :features (makunbound boundp)
  :forms ((defvar *sy-mb* 'global)
          (list (let ((*sy-mb* 'dynamic))
                  (makunbound '*sy-mb*)
                  (boundp '*sy-mb*))
                *sy-mb*))
  :value "(NIL GLOBAL)")

(defcase symbols.keyword-intern-round-trip
  :category symbols
  :features (keywordp intern symbol-name)
  :forms ((let ((k (intern (symbol-name 'dynamic) "KEYWORD")))
            (list (keywordp k) (eq k :dynamic))))
  :value "(T T)")

(defcase symbols.copy-symbol-with-properties-unbound-source
  :category symbols
  :features (copy-symbol boundp fboundp)
  :forms ((let* ((s (make-symbol "EMPTY")) (c (copy-symbol s t)))
            (list (boundp c) (fboundp c) (symbol-plist c) (symbol-name c))))
  :value "(NIL NIL NIL \"EMPTY\")")

(defcase symbols.gensym-prefix-for-one-call-only
  :category symbols
  :features (gensym *gensym-counter*)
  :forms ((let ((*gensym-counter* 20))
            (list (symbol-name (gensym "ONCE")) (symbol-name (gensym)))))
  :value "(\"ONCE20\" \"G21\")")

(defcase symbols.gensym-empty-prefix
  :category symbols
  :features (gensym *gensym-counter*)
  :forms ((let ((*gensym-counter* 12))
            (symbol-name (gensym ""))))
  :value "\"12\"")

(defcase symbols.gensym-counter-binding-restored
  :category symbols
  :features (gensym *gensym-counter*)
  :forms ((let ((before *gensym-counter*))
            (let ((*gensym-counter* 0)) (gensym) (gensym))
            (= before *gensym-counter*)))
  :value "T")

(defcase symbols.copy-symbol-function-independent
  :category symbols
  :features (copy-symbol symbol-function)
  :forms ((defun sy-cf () 'original)
          (let ((c (copy-symbol 'sy-cf t)))
            (setf (symbol-function c) (lambda () 'replaced))
            (list (sy-cf) (funcall (symbol-function c)))))
  :value "(ORIGINAL REPLACED)")

(defcase symbols.keyword-name-case-preserved
  :category symbols
  :features (symbol-name keywordp)
  :forms ((list (symbol-name :|mixed|) (keywordp :|mixed|) (eq :|MIXED| :mixed)))
  :value "(\"mixed\" T T)")

(defcase symbols.get-with-nil-indicator
  :category symbols
  :features (get setf)
  :forms ((let ((s (make-symbol "N")))
            (setf (get s nil) 'nil-prop)
            (list (get s nil) (get s 'other))))
  :value "(NIL-PROP NIL)")

(defcase symbols.remprop-non-symbol-signals
  :category symbols
  :features (remprop)
  :forms ((funcall 'remprop (list 'a 1) 'a))
  :signals type-error)

(defcase symbols.symbol-value-setf-on-uninterned
  :category symbols
  :features (symbol-value boundp makunbound)
  :forms ((let ((s (make-symbol "CELL")))
            (setf (symbol-value s) 10)
            (incf (symbol-value s) 5)
            (let ((v (symbol-value s)))
              (makunbound s)
              (list v (boundp s)))))
  :value "(15 NIL)")

(defcase symbols.fboundp-after-defun-and-fmakunbound
  :category symbols
  :features (fboundp fmakunbound)
  :forms ((defun sy-temp-fn () nil)
          (list (not (null (fboundp 'sy-temp-fn))) (progn (fmakunbound 'sy-temp-fn) (fboundp 'sy-temp-fn))))
  :value "(T NIL)")

(defcase symbols.copy-symbol-non-symbol-signals
  :category symbols
  :features (copy-symbol)
  :forms ((funcall 'copy-symbol "name"))
  :signals type-error)

(defcase symbols.gentemp-non-string-prefix-signals
  :category symbols
  :features (gentemp)
  :forms ((funcall 'gentemp 'prefix))
  :signals type-error)

(defcase symbols.makunbound-and-symbol-plist-non-symbol-signal
  :category symbols
  :features (makunbound symbol-plist)
  :forms ((list (handler-case (makunbound "x") (type-error () 'makunbound-type-error))
                (handler-case (symbol-plist 7) (type-error () 'plist-type-error))))
  :value "(MAKUNBOUND-TYPE-ERROR PLIST-TYPE-ERROR)")
