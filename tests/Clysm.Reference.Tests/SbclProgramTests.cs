using Clysm.Runtime;
using Clysm.Runtime.Engine;
using Xunit;

namespace Clysm.Reference.Tests;

/// <summary>Small programs compiled, run on V8 and compared with what SBCL 2.2.9 prints for them.
/// The expectations were produced by running each program in SBCL (value as prin1 shows it,
/// everything written to standard output); none comes from this compiler.</summary>
[Collection("engine")]
public sealed class SbclProgramTests(EngineFixture engine)
{
    public sealed record SbclProgram(string Name, string Source, string Stdin, string Value, string Stdout)
    {
        public override string ToString() => Name;
    }

    public static readonly SbclProgram[] Programs =
    {
        new("arrays-multidimensional", "(let ((a (make-array '(2 3) :initial-contents '((1 2 3) (4 5 6))))) (setf (aref a 1 2) 'x) (list a (array-dimensions a) (array-rank a) (row-major-aref a 4) (array-total-size a) (aref (make-array nil :initial-element 7))))", "", "(#2A((1 2 3) (4 5 X)) (2 3) 2 5 6 7)", ""),
        new("fill-pointer-adjustable", "(let ((v (make-array 2 :fill-pointer 0 :adjustable t))) (vector-push-extend 'a v) (vector-push-extend 'b v) (vector-push-extend 'c v) (list (length v) (vector-pop v) v (fill-pointer v) (adjustable-array-p v) (array-has-fill-pointer-p (vector 1)) (vector-push 'z (make-array 1 :fill-pointer 1))))", "", "(3 C #(A B) 2 T NIL NIL)", ""),
        new("restarts", "(list (restart-case (invoke-restart 'r 1 2) (r (a b) (+ a b))) (handler-bind ((error (lambda (c) (declare (ignore c)) (invoke-restart 'use-value 7)))) (restart-case (error \"x\") (use-value (v) (* v 2)))) (with-simple-restart (skip \"s\") 5) (handler-bind ((error #'continue)) (cerror \"go\" \"bad\") 'after) (find-restart 'nothing-here))", "", "(3 14 5 AFTER NIL)", ""),
        new("macroexpand-macro-function", "(defmacro m1 (x) `(m2 ,x)) (defmacro m2 (x) `(list ,x)) (list (macroexpand-1 '(m1 a)) (multiple-value-list (macroexpand '(m1 a))) (multiple-value-list (macroexpand-1 '(car x))) (not (null (macro-function 'm1))) (macro-function 'car) (special-operator-p 'if))", "", "((M2 A) ((LIST A) T) ((CAR X) NIL) T NIL T)", ""),
        new("subtypep-typep-compound", "(list (subtypep 'fixnum 'integer) (subtypep '(integer 1 5) '(integer 0 (6))) (subtypep 'string 'sequence) (subtypep 'integer 'string) (typep 5 '(unsigned-byte 3)) (typep 8 '(unsigned-byte 3)) (typep '(a . 1) '(cons symbol integer)))", "", "(T T T NIL T NIL T)", ""),
        new("printer-variables", "(list (let ((*print-case* :downcase)) (prin1-to-string '(ab cd))) (let ((*print-length* 2)) (prin1-to-string '(1 2 3))) (let ((*print-level* 1)) (prin1-to-string '(1 (2)))) (write-to-string 10 :base 2) (prin1-to-string ''x))", "", "(\"(ab cd)\" \"(1 2 ...)\" \"(1 #)\" \"1010\" \"(QUOTE X)\")", ""),
        new("list-length-circular", "(let ((l (list 1 2 3))) (setf (cdr (last l)) l) (list (list-length l) (list-length '(1 2 3)) (list-length nil)))", "", "(NIL 3 0)", ""),
        new("handler-case-no-error", "(handler-case (values 1 2) (error () :err) (:no-error (a b) (list a b)))", "", "(1 2)", ""),
        new("arith", "(list (+ 1 2 3) (- 10 4 3) (* 2 3 4) (- 5) (1+ 41) (1- 0))", "", "(6 3 24 -5 42 -1)", ""),
        new("fixnum-boundary", "(list (+ 1073741823 1) (* 1073741824 4) (- -1073741824 1) (* 3037000499 3037000499))", "", "(1073741824 4294967296 -1073741825 9223372030926249001)", ""),
        new("division", "(list (floor 7 2) (ceiling 7 2) (truncate -7 2) (round 5 2) (mod -7 3) (rem -7 3) (/ 12 4))", "", "(3 4 -3 2 2 -1 3)", ""),
        new("floor-values", "(multiple-value-list (floor -7 2))", "", "(-4 1)", ""),
        new("compare", "(list (< 1 2 3) (> 3 2 2) (<= 1 1 2) (>= 3 3 1) (= 2 2 2) (/= 1 2 3) (max 3 9 2) (min 3 9 2))", "", "(T NIL T T T T 9 2)", ""),
        new("predicates", "(list (evenp 4) (oddp 4) (zerop 0) (plusp -1) (minusp -1) (abs -5))", "", "(T NIL T NIL T 5)", ""),
        new("let-star", "(let* ((x 1) (y (+ x 1))) (let ((x 10) (z x)) (list x y z)))", "", "(10 2 1)", ""),
        new("defun-recursion", "(defun fact (n) (if (<= n 1) 1 (* n (fact (1- n))))) (fact 20)", "", "2432902008176640000", ""),
        new("optional-rest-key", "(defun f (a &optional (b 2 bp) &rest r &key (k 5) &allow-other-keys) (list a b bp r k)) (list (f 1) (f 1 3 :k 9))", "", "((1 2 NIL NIL 5) (1 3 T (:K 9) 9))", ""),
        new("closures-counter", "(let ((n 0)) (defun next-n () (incf n))) (next-n) (next-n) (next-n)", "", "3", ""),
        new("closure-list", "(let ((fs nil)) (dotimes (i 3) (push (lambda () i) fs)) (mapcar #'funcall fs))", "", "(3 3 3)", ""),
        new("labels-flet", "(labels ((ev (n) (if (= n 0) t (od (1- n)))) (od (n) (if (= n 0) nil (ev (1- n))))) (flet ((sq (x) (* x x))) (list (ev 10) (od 7) (sq 9))))", "", "(T T 81)", ""),
        new("block-return", "(list (block b (return-from b 1) 2) (dolist (x '(1 2 3 4)) (when (= x 3) (return x))))", "", "(1 3)", ""),
        new("nonlocal-return", "(defun find-first (p l) (mapc (lambda (x) (when (funcall p x) (return-from find-first x))) l) nil) (find-first #'evenp '(1 3 6 7))", "", "6", ""),
        new("tagbody-go", "(let ((n 0) (acc nil)) (tagbody top (push n acc) (incf n) (when (< n 4) (go top))) acc)", "", "(3 2 1 0)", ""),
        new("catch-throw", "(list (catch 'k (throw 'k 5) 6) (catch 'a (catch 'b (throw 'a 1)) 2))", "", "(5 1)", ""),
        new("unwind-protect", "(let ((log nil)) (catch 'x (unwind-protect (throw 'x 1) (push 'cleanup log))) log)", "", "(CLEANUP)", ""),
        new("special-binding", "(defvar *d* 1) (defun get-d () *d*) (list (let ((*d* 2)) (get-d)) (get-d) (catch 'x (let ((*d* 3)) (throw 'x (get-d)))) (get-d))", "", "(2 1 3 1)", ""),
        new("mv", "(list (multiple-value-list (values 1 2 3)) (multiple-value-bind (a b c) (values 1 2) (list a b c)) (nth-value 1 (values 1 2)) (multiple-value-list (values)))", "", "((1 2 3) (1 2 NIL) 2 NIL)", ""),
        new("mv-prog1", "(multiple-value-list (multiple-value-prog1 (values 1 2) (values 3 4)))", "", "(1 2)", ""),
        new("mv-call", "(multiple-value-call #'list (values 1 2) (values) (values 3))", "", "(1 2 3)", ""),
        new("cond-case", "(list (cond ((= 1 2) 'a) ((= 1 1) 'b)) (case 3 ((1 2) 'low) ((3 4) 'mid) (otherwise 'high)) (typecase \"s\" (integer 'i) (string 's)))", "", "(B MID S)", ""),
        new("and-or", "(list (and 1 2 3) (and 1 nil 3) (or nil nil 4) (or) (and))", "", "(3 NIL 4 NIL T)", ""),
        new("loop-collect", "(loop for i from 1 to 5 when (oddp i) collect (* i i))", "", "(1 9 25)", ""),
        new("loop-sum", "(list (loop for x in '(1 2 3) sum x) (loop for x across #(1 2 3) maximize x) (loop repeat 3 count t))", "", "(6 3 3)", ""),
        new("do-loop", "(do ((i 0 (1+ i)) (acc nil (cons i acc))) ((= i 4) acc))", "", "(3 2 1 0)", ""),
        new("conses", "(list (cons 1 2) (list* 1 2 '(3)) (append '(1 2) '(3) nil '(4 5)) (reverse '(1 2 3)) (last '(1 2 3)) (butlast '(1 2 3)) (nth 2 '(a b c)) (nthcdr 1 '(a b c)))", "", "((1 . 2) (1 2 3) (1 2 3 4 5) (3 2 1) (3) (1 2) C (B C))", ""),
        new("cxr", "(let ((l '((1 2) (3 4) 5))) (list (caar l) (cadr l) (cdar l) (cddr l) (caddr l) (cadadr l)))", "", "(1 (3 4) (2) (5) 5 4)", ""),
        new("member-assoc", "(list (member 3 '(1 2 3 4)) (assoc 'b '((a . 1) (b . 2))) (rassoc 2 '((a . 1) (b . 2))) (member \"b\" '(\"a\" \"b\") :test #'string=))", "", "((3 4) (B . 2) (B . 2) (\"b\"))", ""),
        new("mapping", "(list (mapcar #'+ '(1 2 3) '(10 20 30)) (mapcan (lambda (x) (list x x)) '(1 2)) (remove-if #'oddp '(1 2 3 4)) (remove 2 '(1 2 3 2)) (find-if #'evenp '(1 3 4 5)) (position 3 '(1 2 3)) (count 1 '(1 2 1)) (reduce #'+ '(1 2 3 4)) (some #'evenp '(1 3 4)) (every #'evenp '(2 4)))", "", "((11 22 33) (1 1 2 2) (2 4) (1 3) 4 2 2 10 T T)", ""),
        new("sort", "(list (sort (list 3 1 2) #'<) (sort (list \"b\" \"a\") #'string<) (remove-duplicates '(1 2 1 3 2)))", "", "((1 2 3) (\"a\" \"b\") (1 3 2))", ""),
        new("equality", "(list (eq 'a 'a) (eql 3 3) (equal '(1 (2)) '(1 (2))) (equal \"ab\" \"ab\") (eq \"ab\" \"ab\") (equalp \"AB\" \"ab\") (eql #\\a #\\a))", "", "(T T T T NIL T T)", ""),
        new("chars", "(list (char-code #\\A) (code-char 98) (char-upcase #\\a) (char-downcase #\\A) (alpha-char-p #\\1) (digit-char-p #\\7) (upper-case-p #\\Q) (char< #\\a #\\b #\\c) (char= #\\a #\\b))", "", "(65 #\\b #\\A #\\a NIL 7 T T NIL)", ""),
        new("strings", "(list (string-upcase \"abc\") (string-downcase \"ABC\") (subseq \"hello\" 1 3) (concatenate 'string \"ab\" \"cd\") (length \"héllo\") (char \"abc\" 1) (string= \"a\" \"a\") (string< \"abc\" \"abd\") (reverse \"abc\") (string-trim \" \" \"  x  \"))", "", "(\"ABC\" \"abc\" \"el\" \"abcd\" 5 #\\b T 2 \"cba\" \"x\")", ""),
        new("vectors", "(let ((v (make-array 3 :initial-element 0))) (setf (aref v 1) 5) (list v (vector 1 2) (svref #(a b c) 2) (length v) (coerce '(1 2) 'vector)))", "", "(#(0 5 0) #(1 2) C 3 #(1 2))", ""),
        new("symbols", "(list 'foo :key (symbol-name 'bar) (keywordp :a) (symbolp 'x) (make-symbol \"G\") (intern \"hello\") '|Mixed Case|)", "", "(FOO :KEY \"BAR\" T T #:G |hello| |Mixed Case|)", ""),
        new("printer", "(list \"a\\\"b\" #\\a #\\Space #\\Newline '(1 . 2) '(1 (2 . 3) . 4) #(1 \"x\") ''q nil t)", "", "(\"a\\\"b\" #\\a #\\  #\\Newline (1 . 2) (1 (2 . 3) . 4) #(1 \"x\") (QUOTE Q) NIL T)", ""),
        new("format-basic", "(format nil \"~A|~S|~D|~5D|~%|~~|~{~A~^,~}|~:[no~;yes~]|~B|~X\" \"s\" \"s\" 42 7 '(1 2 3) t 5 255)", "", "\"s|\\\"s\\\"|42|    7|\n|~|1,2,3|yes|101|FF\"", ""),
        new("format-stdout", "(format t \"x=~A~%\" 1) (format t \"~&fresh~%~&\") (write-string \"ws\") (terpri) (write-line \"wl\") (princ 'p) (prin1 \"q\") (print 3) 'done", "", "DONE", "x=1\nfresh\nws\nwl\nP\"q\"\n3 "),
        new("write-char-stdout", "(write-char #\\h) (write-char #\\i) (fresh-line) (fresh-line) nil", "", "NIL", "hi\n"),
        new("read-line-stdin", "(let ((a (read-line)) (b (read-line nil nil :eof))) (multiple-value-bind (c missing) (read-line nil nil :eof) (list a b c missing)))", "first\nsecond\nthird", "(\"first\" \"second\" \"third\" T)", ""),
        new("read-char-stdin", "(list (read-char) (peek-char) (read-char) (read-char nil nil :eof))", "first\nsecond\nthird", "(#\\f #\\i #\\i #\\r)", ""),
        new("handler-case-types", "(list (handler-case (car 1) (type-error () 'te)) (handler-case (/ 1 0) (division-by-zero () 'dz)) (handler-case (error \"boom ~A\" 1) (error (c) (format nil \"~A\" c))) (handler-case (undefined-fn-xyz) (undefined-function () 'uf)))", "", "(TE DZ \"boom 1\" UF)", ""),
        new("handler-case-unbound", "(handler-case (symbol-value 'no-such-var-xyz) (unbound-variable () 'unbound))", "", "UNBOUND", ""),
        new("ignore-errors", "(let ((r (multiple-value-list (ignore-errors (error \"x\"))))) (list (first r) (typep (second r) 'simple-error) (format nil \"~A\" (second r))))", "", "(NIL T \"x\")", ""),
        new("signal-unhandled", "(list (signal \"nothing\") 'after)", "", "(NIL AFTER)", ""),
        new("handler-bind", "(let ((seen nil)) (handler-case (handler-bind ((error (lambda (c) (push 'bound seen)))) (error \"e\")) (error () (push 'case seen))) seen)", "", "(CASE BOUND)", ""),
        new("string-output-stream", "(with-output-to-string (s) (write-string \"ab\" s) (format s \"~D\" 3) (write-char #\\c s))", "", "\"ab3c\"", ""),
        new("string-input-stream", "(with-input-from-string (s (format nil \"line1~%line2\")) (list (read-line s) (read-line s) (read-line s nil :eof)))", "", "(\"line1\" \"line2\" :EOF)", ""),
        new("streams-predicates", "(list (streamp *standard-output*) (input-stream-p *standard-input*) (output-stream-p *standard-input*) (output-stream-p *error-output*))", "", "(T T NIL T)", ""),
        new("write-to-input-stream", "(handler-case (write-char #\\a *standard-input*) (error (c) (type-of c)))", "", "SIMPLE-TYPE-ERROR", ""),
        new("macro-destructuring", "(defmacro my-let1 ((var val) &body body) `(let ((,var ,val)) ,@body)) (my-let1 (x 5) (* x 2))", "", "10", ""),
        new("macro-gensym", "(defmacro swap (a b) (let ((tmp (gensym))) `(let ((,tmp ,a)) (setf ,a ,b ,b ,tmp)))) (let ((x 1) (y 2)) (swap x y) (list x y))", "", "(2 1)", ""),
        new("setf-places", "(let ((l (list 1 2 3)) (v (vector 1 2))) (setf (car l) 'a (cadr l) 'b (nth 2 l) 'c (aref v 0) 'z) (push 0 l) (incf (aref v 1) 10) (list l v (pop l) l))", "", "((0 A B C) #(Z 12) 0 (A B C))", ""),
        new("apply-funcall", "(list (apply #'+ 1 2 '(3 4)) (funcall #'list 1 2) (apply 'max '(3 8 1)) (funcall 'car '(q)))", "", "(10 (1 2) 8 Q)", ""),
        new("destructuring-bind", "(destructuring-bind (a (b c) &rest d) '(1 (2 3) 4 5) (list a b c d))", "", "(1 2 3 (4 5))", ""),
        new("gensym-uninterned", "(symbol-package (gensym))", "", "NIL", ""),
        new("type-of", "(list (type-of 1) (type-of 'a) (type-of \"s\") (type-of #\\c) (type-of '(1)) (type-of nil))", "", "(BIT SYMBOL (SIMPLE-ARRAY CHARACTER (1)) STANDARD-CHAR CONS NULL)", ""),
        // ratios (exact over 64-bit integers): reading, arithmetic, division, predicates, printing
        new("ratio-literals", "(list 1/2 -3/4 6/4 4/2 -0/5 (/ 1 -2) (/ 10 4) (/ 6) (/ -1/3))", "", "(1/2 -3/4 3/2 2 0 -1/2 5/2 1/6 -3)", ""),
        new("ratio-arith", "(list (+ 1/2 1/3) (- 1/2 1/3) (* 2/3 3/4) (/ 2/3 4/9) (+ 1/2 1/2) (+ 1 1/2) (- 3 1/3) (* 4 3/4) (1+ 1/2) (1- -1/2) (- 1/2) (+ 1/4 1/4 1/4 1/4) (* 1/2 1/3 6))", "", "(5/6 1/6 1/2 3/2 1 3/2 8/3 3 3/2 -3/2 -1/2 1 1)", ""),
        new("ratio-parts", "(list (numerator 6/4) (denominator 6/4) (numerator -2/3) (denominator -2/3) (numerator 5) (denominator 5) (rational 3/4))", "", "(3 2 -2 3 5 1 3/4)", ""),
        new("ratio-compare", "(list (< 1/3 1/2) (> 1/3 1/2) (= 1/2 2/4) (= 1/2 1) (/= 1/2 1/3) (<= 1/2 1/2 1) (>= 2 3/2 1) (< -1/2 0 1/2) (max 1/2 1/3 -1) (min 1/2 1/3 2) (= 4/2 2))", "", "(T NIL T NIL T T T T 1/2 1/3 T)", ""),
        new("ratio-division-values", "(list (multiple-value-list (floor 7/2)) (multiple-value-list (floor -7/2)) (multiple-value-list (ceiling 7/2)) (multiple-value-list (truncate -7/2)) (multiple-value-list (round 5/2)) (multiple-value-list (round 7/2)) (multiple-value-list (round -5/2)) (multiple-value-list (floor 5 2/3)) (multiple-value-list (floor 7/3 1/2)) (mod 7/2 1) (mod -7/2 1) (rem -7/2 1) (rem 7/2 -1))", "", "((3 1/2) (-4 1/2) (4 -1/2) (-3 -1/2) (2 1/2) (4 -1/2) (-2 -1/2) (7 1/3) (4 1/3) 1/2 1/2 -1/2 1/2)", ""),
        new("ratio-predicates", "(list (rationalp 1/2) (integerp 1/2) (numberp 1/2) (realp 1/2) (rationalp 2) (rationalp \"x\") (zerop 1/2) (plusp 1/2) (minusp -1/2) (abs -3/4) (signum -3/4) (signum 1/2) (expt 2/3 3) (expt 2 -3) (expt -1/2 -2) (expt 3/4 0))", "", "(T NIL T T T NIL NIL T T 3/4 -1 1 8/27 1/8 4 1)", ""),
        new("ratio-types", "(list (type-of 1/2) (typep 1/2 'ratio) (typep 1/2 'rational) (typep 1/2 'integer) (typep 1/2 'real) (typep 1/2 'number) (typep 1/2 '(rational 0 1)) (typep 3/2 '(rational 0 1)) (typep 0 '(rational (0) *)) (typecase 1/2 (integer 'int) (ratio 'rat)))", "", "(RATIO T T NIL T T T NIL NIL RAT)", ""),
        new("ratio-equality", "(list (eql 1/2 1/2) (eql 1/2 2/4) (eql 1/2 (/ 1 2)) (equal '(1/2) (list (/ 2 4))) (equalp 1/2 (/ 3 6)) (eql 1/2 1/3) (eq 1 1/1) (member 1/3 (list 1/2 (/ 2 6))) (let ((h (make-hash-table))) (setf (gethash (/ 1 2) h) 'half) (gethash 1/2 h)))", "", "(T T T T T NIL T (1/3) HALF)", ""),
        new("ratio-printing", "(list (prin1-to-string -3/4) (princ-to-string 1/2) (let ((*print-base* 2)) (prin1-to-string 1/3)) (let ((*print-base* 16)) (prin1-to-string 31/2)) (let ((*print-radix* t)) (prin1-to-string 1/2)) (let ((*print-radix* t) (*print-base* 16)) (prin1-to-string -1/2)) (let ((*print-radix* t) (*print-base* 3)) (prin1-to-string 1/2)) (format nil \"~A ~S ~D|~5D|~B|~@D\" 3/4 -1/2 1/2 1/2 1/2 -1/2))", "", "(\"-3/4\" \"1/2\" \"1/11\" \"1F/2\" \"#10r1/2\" \"#x-1/2\" \"#3r1/2\" \"3/4 -1/2 1/2|1/2|1/10|-1/2\")", ""),
        new("ratio-read-at-run-time", "(list (read-from-string \"6/4\") (read-from-string \"-1/2\") (read-from-string \"4/2\") (read-from-string \"1/2/3\") (read-from-string \"1/0x\"))", "", "(3/2 -1/2 2 |1/2/3| |1/0X|)", ""),
        new("ratio-harmonic", "(let ((s 0)) (dotimes (i 10 s) (setq s (+ s (/ 1 (1+ i))))))", "", "7381/2520", ""),
        new("ratio-sort", "(sort (list 1/2 1/3 2/3 1/6 1 0) #'<)", "", "(0 1/6 1/3 1/2 2/3 1)", ""),
        new("ratio-errors", "(list (handler-case (+ 1/2 (identity \"a\")) (type-error () 'te)) (handler-case (< (identity \"a\") 1/2) (type-error () 'te)) (handler-case (/ 1/2 (identity 0)) (division-by-zero () 'dz)) (handler-case (numerator (identity \"a\")) (type-error () 'te)) (handler-case (floor 1/2 (identity 0)) (division-by-zero () 'dz)))", "", "(TE TE DZ TE DZ)", ""),
        new("potential-number-symbols", "(list (intern \"1/2\") (intern \"1+\") (intern \"1ST\") (intern \"1E5X\") (intern \"+1A\") (intern \"_1\") (intern \"1-\"))", "", "(|1/2| 1+ 1ST |1E5X| |+1A| |_1| 1-)", ""),
        new("ratio-only-in-defvar", "(defvar *h* 1/2) (list (+ *h* 1) (< *h* 1))", "", "(3/2 T)", ""),
        new("typep", "(list (typep 1 'integer) (typep \"s\" 'string) (typep 'a 'symbol) (typep nil 'list) (typep 5 '(integer 0 10)) (typep 5 '(or string integer)))", "", "(T T T T T T)", "")
    };

    public static IEnumerable<object[]> Data => Programs.Select(p => new object[] { p });

    [SkippableTheory]
    [MemberData(nameof(Data))]
    public void Program_matches_sbcl(SbclProgram p)
    {
        var module = Lisp.Compile(p.Source);
        var r = engine.Run(module, p.Stdin);
        Assert.True(r.Status == InvocationStatus.Returned, $"{p.Name}: {r.Status} {r.Message} {r.Condition}");
        Assert.Equal(p.Value, r.Value.Printed);
        Assert.Equal(p.Stdout, r.Stdout);
    }
}
