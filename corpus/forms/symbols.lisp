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
