;;;; Writes SbclTables.g.cs: what SBCL prints and reads, for the printer and reader tests.
;;;; Regenerate from this folder with:
;;;;   sbcl --script gen-tables.lisp > SbclTables.g.cs
;;;; Printing uses the oracle's settings (WITH-STANDARD-IO-SYNTAX, *print-readably* NIL) in a fresh
;;;; package that uses only COMMON-LISP. Random data come from a fixed seed so the file is stable.

(defpackage :gen-case (:use :cl))

(defvar *rs* (sb-ext:seed-random-state 20240611))

(defun cs-string (s)
  "S as a C# string literal."
  (with-output-to-string (o)
    (write-char #\" o)
    (loop for c across s
          for code = (char-code c)
          do (cond ((char= c #\") (write-string "\\\"" o))
                   ((char= c #\\) (write-string "\\\\" o))
                   ((<= 32 code 126) (write-char c o))
                   ((<= code #xFFFF) (format o "\\u~4,'0X" code))
                   (t (format o "\\U~8,'0X" code))))
    (write-char #\" o)))

(defun p1 (x)
  (with-standard-io-syntax
    (let ((*print-readably* nil) (*package* (find-package :gen-case)))
      (prin1-to-string x))))

(defun rnd (n) (random n *rs*))

;;; ---------------------------------------------------------------- floats

(defun single-values ()
  (let ((v '()))
    (dolist (x (list 0.0 -0.0 1.0 1.5 -1.5 0.1 0.2 0.3 (/ 1.0 3) 100.0 1234.5 9999999.0 1e7 1.0000001e7 0.001 0.00099999 1e-3 1e-4 123456.7 1.2345678e7 3.4028235e38 1.4012985e-45 1.1754944e-38 1e10 1.5e-5 16777216.0 16777217.0 0.5 2.5 1e-10 6.0221409e23 299792458.0))
      (push x v))
    (dotimes (i 40) (push (expt 10.0 (- (rnd 80) 40)) v))
    (dotimes (i 120)
      (let ((bits (rnd #x7F800000)))
        (push (* (if (zerop (rnd 2)) 1 -1) (sb-kernel:make-single-float bits)) v)))
    (dotimes (i 80) (push (float (/ (- (rnd 2000000) 1000000) (expt 10 (rnd 9))) 1.0) v))
    (nreverse v)))

(defun double-values ()
  (let ((v '()))
    (dolist (x (list 0d0 -0d0 1d0 1.5d0 -1.5d0 0.1d0 0.2d0 0.3d0 (/ 1d0 3) 100d0 1d7 9999999d0 1d-3 1d-4 1d23 1d22 5d-324 most-positive-double-float least-positive-normalized-double-float 123456789012345678d0 1d16 9007199254740993d0 2.5d0 0.1d-5 6.02214076d23))
      (push x v))
    (dotimes (i 40) (push (expt 10d0 (- (rnd 600) 300)) v))
    (dotimes (i 120)
      (let ((hi (rnd #x7FF00000)) (lo (rnd #x100000000)))
        (push (* (if (zerop (rnd 2)) 1 -1) (sb-kernel:make-double-float hi lo)) v)))
    (dotimes (i 80) (push (float (/ (- (rnd 2000000000) 1000000000) (expt 10 (rnd 12))) 1d0) v))
    (nreverse v)))

;;; ---------------------------------------------------------------- symbols

(defparameter +name-alphabet+ "aAbBeEdDfFxXzZ0123456789+-./^_*$%&<=>?!@[]{}~:|\\#\"'(); `,é")

(defun random-name ()
  (let ((n (rnd 5)))
    (coerce (loop repeat (1+ n) collect (char +name-alphabet+ (rnd (length +name-alphabet+)))) 'string)))

(defparameter +fixed-names+
  '("" "A" "FOO" "foo" "Foo" "1+" "1-" "+" "-" "1E" "1.5X" "1/" "/" "+1X" "1A" "A1" "+." "..." "." ".."
    "1E5" "1.0" "1." ".5" "1/2" "1/0" "A B" "A|B" "A\\B" "A:B" "(" "#A" "A#" "1_" "^" "1^" "1E+" "-E1"
    "+5" "1A2" "12/3X" "1..2" "FOO." "+.5" "1EE" "1EX" "1D" "1F5X" "$1" "1$" "-1-" "*" "1*" "É" "é" "ß"
    "1B" "X1" "1X" "NIL" "T" "CAR" "*PRINT-BASE*" "&OPTIONAL" "A;B" "A`B" "A,B" "A'B" "A\"B"
    "_1" "^1" ".E1" "-.5" "+-1" "1+2" "1-2" "--" "++" "1/2/3" "1//2" "E1" "1ee" "1e" "1B2C" "1BC2"))

;;; ---------------------------------------------------------------- reader inputs

(defparameter +reader-inputs+
  '("0" "-0" "+7" "123" "-123" "10." "-10." "+10." "123456789012345678901234567890" "-9223372036854775808"
    "9223372036854775808" "9223372036854775807" "1/2" "4/2" "-4/6" "0/5" "+3/9" "#x-1F" "#xff/a" "#b101" "#o777"
    "#36rZZ" "#3r12" "#XFF" "#B-1010" "1.5" "-1.5" ".5" "-.5" "+.5" "1.e5" "1.5e3" "1.5E3" "1.0E+3" "1.5e-3"
    "1.5f0" "1.5s0" "1.5d0" "1.5l0" "1.5D-3" "1d23" "1e-50" "0.1" "3.14159" "2.718281828459045d0"
    "1e38" "3.4028235e38" "1.4e-45" "1e-46" "1d-400" "123456.7" "1234567.0" "12345678.0"
    "a" "abc" "ABC" "aBc" "|aBc|" "a|b|c" "a\\bc" "\\a" "||" "|a b|" "foo-bar" "*x*" "+x+" "1+" "1-" "+" "-"
    "..a" "a.b" "a." "1a" "1e" "1.5e" "--1" "+-1" "1/2/3" "^" "_" "$"
    "nil" "NIL" "t" "()" "( )" "car" "cl:car" "cl::car" "common-lisp:car" "cl-user::car" "cl-user::foo"
    "cl::foo" ":foo" ":FOO" "keyword:foo" "::foo" ":|a b|" ":1" "#:foo" "#:|Foo|"
    "#\\a" "#\\A" "#\\Space" "#\\space" "#\\SPACE" "#\\Newline" "#\\Tab" "#\\Return" "#\\Linefeed" "#\\Page"
    "#\\Backspace" "#\\Rubout" "#\\Nul" "#\\Null" "#\\Escape" "#\\Esc" "#\\Bel" "#\\(" "#\\)" "#\\;" "#\\\"" "#\\\\"
    "#\\#" "#\\'" "#\\|" "#\\u41" "#\\U+41" "#\\u1F600" "#\\Latin_Small_Letter_A" "#\\latin_small_letter_e_with_acute"
    "#\\NO-BREAK_SPACE" "#\\Next-Line" "#\\C80" "#\\é" "#\\HANGUL_SYLLABLE_GAG" "#\\GRINNING_FACE"
    "\"\"" "\"abc\"" "\"a\\\"b\"" "\"a\\\\b\"" "\"\\a\\b\"" "\"line1
line2\""
    "(a b c)" "(a . b)" "(a b . c)" "(a (b (c)))" "(a . (b c))" "(a . nil)" "((a . b) . (c . d))"
    "'a" "'(a b)" "''a" "#'car" "#'(lambda (x) x)" "(quote a)" "(function f)"
    "#()" "#(1 2 3)" "#(a #(b) (c))" "#2(a)" "#0()" "#3(a b)"
    "(a ; comment
 b)" "(a #| block |# b)" "(a #| outer #| inner |# still |# b)" "#|c|# x" "; c
y"
    "(1 #+sbcl 2 3)" "(1 #-sbcl 2 3)" "(1 #+(or) 2 3)" "(1 #+(and) 2 3)" "(1 #-(or) 2 3)" "(1 #+(not x) 2 3)"
    "(1 #+nope #.(foo) 3)" "(1 #+nope #c(1 2) 3)" "(1 #+nope (a . b) 3)" "(#+nope a)"
    "+.e1" "1.5e+3" ".e5" "-.e5" "1.5." "1e5." "#o-7/2" "#x+F" "#b1/10" "#\\u+1F600" "#\\RUBOUT" "|a\\|b|"
    "\\(" "a\\ b" "#:||" ":||" "(a . #(b))" "#(a 'b)" "(quote)" "'(quote x)" "\\1" "|1|" "1\\2" "1.5d+2" "-1.5E-2"
    "1.0e7" "9999999.0" "0.001" "0.00099" "123456789.0" "1d7" "0.1d-2" "+0.0" "-0.0d0" "00012" "-007/014"
    "(1 #+nope #+sbcl 2 3 5)" "(1 #+nope #-sbcl 2 3 5)" "(1 #+nope (#+sbcl . 2) 3)"))

(defparameter +reader-errors+
  '("(" "(a" ")" "(a))" "\"abc" "#|abc" "#| #| |# x" "|abc" "a\\" "#" "#\\" "#<x>" "#)" "#z" "#\\ab" "#\\)a"
    "'" "#'" "." "..." ".." "(. a)" "(a .)" "(a . b c)" "(a . . b)" "(a . b . c)" "#(a . b)" "cl:foo"
    "a:b:c" "a:" ":a:b" "#:a:b" "1/0" "1e39" "1d309" "#x" "#xg" "#x1.5" "#1r1" "#37r1" "#3()" "#1(a b)"
    ",a" "(a ,b)" "#+" "(a #+sbcl)" "#+1 a" "cl-user:foo"))

;;; ---------------------------------------------------------------- output

(defun emit-pairs (name pairs)
  (format t "    public static readonly (string, string)[] ~A =~%    [~%" name)
  (dolist (p pairs) (format t "        (~A, ~A),~%" (cs-string (car p)) (cs-string (cdr p))))
  (format t "    ];~%~%"))

(defun read-outcome (text)
  (handler-case
      (with-standard-io-syntax
        (let ((*package* (find-package :gen-case)) (*read-eval* nil))
          (multiple-value-bind (x end) (read-from-string text)
            (if (with-standard-io-syntax
                  (let ((*package* (find-package :gen-case)))
                    (ignore-errors (read-from-string text t nil :start end))))
                "ERROR: trailing datum"
                (p1 x)))))
    (error () "ERROR")))

(format t "// <auto-generated>~%// Tables SBCL ~A produced for the printer and reader tests; see gen-tables.lisp.~%"
        (lisp-implementation-version))
(format t "//   cd tests/Clysm.Lisp.Tests/Sbcl && sbcl --script gen-tables.lisp > SbclTables.g.cs~%// </auto-generated>~%")
(format t "namespace Clysm.Lisp.Tests;~%~%internal static class SbclTables~%{~%")
(format t "    /// <summary>(IEEE bits of a single-float in hex, prin1 output).</summary>~%")
(emit-pairs "Singles" (mapcar (lambda (x) (cons (format nil "~8,'0X" (ldb (byte 32 0) (sb-kernel:single-float-bits x))) (p1 x)))
                              (single-values)))
(format t "    /// <summary>(IEEE bits of a double-float in hex, prin1 output).</summary>~%")
(emit-pairs "Doubles" (mapcar (lambda (x) (cons (format nil "~16,'0X" (ldb (byte 64 0) (logior (ash (sb-kernel:double-float-high-bits x) 32)
                                                                                         (sb-kernel:double-float-low-bits x))))
                                                (p1 x)))
                              (double-values)))
(let ((names (remove-duplicates (append +fixed-names+ (loop repeat 400 collect (random-name))) :test #'string= :from-end t)))
  (format t "    /// <summary>(symbol name, prin1 of the symbol interned in the current package).</summary>~%")
  (emit-pairs "SymbolNames" (mapcar (lambda (n) (cons n (p1 (intern n :gen-case)))) names))
  (format t "    /// <summary>(symbol name, prin1 of the keyword).</summary>~%")
  (emit-pairs "KeywordNames" (mapcar (lambda (n) (cons n (p1 (intern n :keyword)))) (subseq names 0 60)))
  (format t "    /// <summary>(symbol name, prin1 of an uninterned symbol).</summary>~%")
  (emit-pairs "UninternedNames" (mapcar (lambda (n) (cons n (p1 (make-symbol n)))) (subseq names 0 60))))
(let ((codes (append (loop for i from 0 below 300 collect i)
                     '(#x2028 #x2029 #x3000 #x4E00 #xAC00 #xAC01 #xD7A3 #xD800 #xDFFF #xFEFF #xFFFD #xFFFE
                       #x1F600 #x1F514 #x10000 #x10FFFF #x0416 #x03BB #x05D0 #x0E01 #x2603 #x20AC))))
  (format t "    /// <summary>(code point in hex, prin1 of the character).</summary>~%")
  (emit-pairs "Chars" (mapcar (lambda (c) (cons (format nil "~X" c) (p1 (code-char c)))) codes)))
(format t "    /// <summary>(text, prin1 of what READ-FROM-STRING gives, or ERROR).</summary>~%")
(emit-pairs "Reads" (mapcar (lambda (s) (cons s (read-outcome s))) (append +reader-inputs+ +reader-errors+)))
(defparameter +token-alphabet+ "0123456789+-./eEdDfFsSlLxa_^1234")
(format t "    /// <summary>(random numeric-looking token, prin1 of what READ-FROM-STRING gives, or ERROR).</summary>~%")
(emit-pairs "RandomTokens"
            (mapcar (lambda (s) (cons s (read-outcome s)))
                    (remove-duplicates
                     (loop repeat 600
                           collect (coerce (loop repeat (1+ (rnd 7))
                                                 collect (char +token-alphabet+ (rnd (length +token-alphabet+))))
                                           'string))
                     :test #'string= :from-end t)))
(format t "}~%")
