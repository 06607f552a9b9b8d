using Clysm.Lisp;
using Xunit;
using Xunit.Abstractions;

namespace Clysm.Reference.Tests;

/// <summary>The numeric tower against SBCL on generated values: the float printer on 100,000 doubles and
/// 100,000 singles, bignum arithmetic, conversions between rationals and floats, float arithmetic and
/// division, FORMAT's float directives and the reader. Each program makes its own inputs with a fixed
/// seed (a Park-Miller generator written in the program, so SBCL and the compiled module see the same
/// values, and every line shows the input it is about) and is run by `sbcl --script` and by the
/// reference stage; their outputs must be identical line for line.</summary>
[Collection("engine")]
public sealed class NumericTowerTests(EngineFixture engine, ITestOutputHelper output)
{
    /// <summary>The generator and the float constructors both sides share.</summary>
    private const string Prelude = """
        (setq *print-pretty* nil)
        (defvar *seed* SEED)
        (defun rnd16 () (setq *seed* (mod (* *seed* 48271) 2147483647)) (ldb (byte 16 8) *seed*))
        (defun rnd-bits (n) (let ((v 0)) (dotimes (i (ceiling n 16)) (setq v (logior (ash v 16) (rnd16)))) (ldb (byte n 0) v)))
        (defun rnd (n) (mod (rnd-bits 40) n))
        (defun coin () (= 0 (rnd 2)))
        (defun make-double (e m negative)
          (let ((x (if (= e 0) (scale-float (float m 1d0) -1074) (scale-float (float (+ m 4503599627370496) 1d0) (- e 1075)))))
            (if negative (- x) x)))
        (defun make-single (e m negative)
          (let ((x (if (= e 0) (scale-float (float m 1.0) -149) (scale-float (float (+ m 8388608) 1.0) (- e 150)))))
            (if negative (- x) x)))
        (defun random-double (i)
          ;; any normal; a short decimal; a power of ten nudged by a few units; subnormals and powers of two
          (case (mod i 4)
            (0 (make-double (+ 1 (rnd 2046)) (rnd-bits 52) (coin)))
            (1 (let ((v (* (mod (rnd-bits 64) (expt 10 (+ 1 (rnd 17)))) (expt 10 (- (rnd 61) 30))))) (float (if (coin) v (- v)) 1d0)))
            (2 (multiple-value-bind (m e) (integer-decode-float (float (expt 10 (- (rnd 40) 20)) 1d0))
                 (scale-float (float (+ m (- (rnd 9) 4)) 1d0) e)))
            (t (if (coin) (make-double (rnd 3) (rnd-bits (+ 1 (rnd 52))) (coin)) (scale-float 1d0 (- (rnd 2098) 1074))))))
        (defun random-single (i)
          (case (mod i 4)
            (0 (make-single (+ 1 (rnd 254)) (rnd-bits 23) (coin)))
            (1 (let ((v (* (mod (rnd-bits 32) (expt 10 (+ 1 (rnd 9)))) (expt 10 (- (rnd 75) 45))))) (float (if (coin) v (- v)) 1.0)))
            (2 (multiple-value-bind (m e) (integer-decode-float (float (expt 10 (- (rnd 20) 10)) 1.0))
                 (scale-float (float (+ m (- (rnd 9) 4)) 1.0) e)))
            (t (if (coin) (make-single (rnd 3) (rnd-bits (+ 1 (rnd 23))) (coin)) (scale-float 1.0 (- (rnd 276) 149))))))
        ;; an error as the most specific of the standard types it is of (SBCL's own subtypes differ)
        (defmacro try (form)
          `(handler-case ,form
             (error (c) (list 'error (find-if (lambda (ty) (typep c ty))
                                              '(division-by-zero floating-point-overflow floating-point-invalid-operation
                                                reader-error type-error arithmetic-error error))))))

        """;

    private static string Program(int seed, string body) => Prelude.Replace("SEED", seed.ToString()) + body;

    public static IEnumerable<object[]> Batches => Enumerable.Range(0, 4).Select(i => new object[] { i });

    /// <summary>25,000 floats per batch and format: each printed by PRIN1 with its INTEGER-DECODE-FLOAT
    /// parts; every seventh also under *READ-DEFAULT-FLOAT-FORMAT* double-float, every fifth read back.</summary>
    [SkippableTheory]
    [MemberData(nameof(Batches))]
    public void Float_printer_matches_sbcl_on_doubles(int batch) => Printer(batch, "double", 1000 + batch);

    [SkippableTheory]
    [MemberData(nameof(Batches))]
    public void Float_printer_matches_sbcl_on_singles(int batch) => Printer(batch, "single", 2000 + batch);

    private void Printer(int batch, string format, int seed)
    {
        const int count = 25_000;
        var body = $$"""
            (dotimes (i {{count}})
              (let ((x (random-{{format}} i)))
                (multiple-value-bind (m e s) (integer-decode-float x)
                  (format t "~D ~D ~D ~S" m e s x))
                (when (= 0 (mod i 7)) (let ((*read-default-float-format* 'double-float)) (format t " ~S ~A" x x)))
                (when (= 0 (mod i 5)) (format t " ~S" (eql x (read-from-string (prin1-to-string x)))))
                (terpri)))
            """;
        int n = Differential.AssertAgrees(engine, Program(seed, body), count);
        output.WriteLine($"{n} {format} floats printed as SBCL prints them (batch {batch})");
    }

    /// <summary>The suite's own reader (Clysm.Lisp, which reads the compiler's literals and the corpus)
    /// against SBCL on 20,000 generated float tokens: the same float, bit for bit, including SBCL's own
    /// roundings of long mantissas and its truncation below the normal range.</summary>
    [SkippableFact]
    public void Float_literals_read_as_sbcl_reads_them()
    {
        Skip.If(Sbcl.Unavailable != null, Sbcl.Unavailable);
        var rnd = new Random(31);
        var tokens = new List<string>();
        for (int i = 0; i < 20_000; i++)
        {
            var digits = new System.Text.StringBuilder().Append((char)('1' + rnd.Next(9)));
            int n = 1 + rnd.Next(i % 3 == 0 ? 40 : 20);
            for (int k = 1; k < n; k++) digits.Append((char)('0' + rnd.Next(10)));
            var d = digits.ToString();
            int point = rnd.Next(d.Length + 1);
            int exponent = i % 2 == 0 ? rnd.Next(700) - 360 : rnd.Next(90) - 50;
            // without an exponent a token needs a digit after the point to be a float
            var fraction = i % 7 == 0 && point == d.Length ? "0" : d[point..];
            tokens.Add((i % 5 == 0 ? "-" : "") + d[..point] + "." + fraction + (i % 7 == 0 ? "" : "eEdDfsl"[rnd.Next(7)] + exponent.ToString()));
        }
        // one form over all the tokens: SBCL compiles each top-level form of a script
        var program = new System.Text.StringBuilder("(setq *print-pretty* nil)\n(dolist (tok '(");
        foreach (var t in tokens) program.Append('"').Append(t).Append("\" ");
        program.Append("))\n  (format t \"~A~%\" (handler-case (multiple-value-list (integer-decode-float (read-from-string tok))) (reader-error () 'overflow))))\n");
        var expected = Sbcl.Run(program.ToString()).Split('\n');
        var diffs = new List<string>();
        for (int i = 0; i < tokens.Count; i++)
        {
            string ours;
            try { ours = Decoded(LispReader.ReadFromString(tokens[i])); }
            catch (LispReadException) { ours = "OVERFLOW"; }
            if (ours != expected[i] && diffs.Count < 10) diffs.Add($"{tokens[i]}: sbcl {expected[i]}, suite reader {ours}");
        }
        Assert.True(diffs.Count == 0, string.Join("\n", diffs));
        output.WriteLine($"{tokens.Count} float tokens read as SBCL reads them");
    }

    /// <summary>The suite's own printer (Clysm.Lisp, used for the corpus and reports) against SBCL on
    /// 20,000 float bit patterns and the powers of two around the smallest normals.</summary>
    [SkippableFact]
    public void The_suite_printer_prints_floats_as_sbcl_prints_them()
    {
        Skip.If(Sbcl.Unavailable != null, Sbcl.Unavailable);
        var rnd = new Random(41);
        var values = new List<object>();
        var program = new System.Text.StringBuilder("(setq *print-pretty* nil)\n(dolist (b '(");
        void Double(double d) { values.Add(d); program.Append($"(d {BitConverter.DoubleToInt64Bits(d)}) "); }
        void Single(float f) { values.Add(f); program.Append($"(s {BitConverter.SingleToInt32Bits(f)}) "); }
        for (int i = 0; i < 20_000; i++)
        {
            if (i % 2 == 0) { var d = BitConverter.Int64BitsToDouble(rnd.NextInt64()); if (double.IsFinite(d)) Double(d); }
            else { var f = BitConverter.Int32BitsToSingle(rnd.Next() ^ (rnd.Next(2) << 31)); if (float.IsFinite(f)) Single(f); }
        }
        foreach (var e in new[] { -1074, -1023, -1022, -1021, -1020, 1023 }) Double(Math.ScaleB(1.0, e));
        foreach (var e in new[] { -149, -127, -126, -125, -124, 127 }) Single(MathF.ScaleB(1f, e));
        program.Append("))\n  (format t \"~S~%\" (if (eq (car b) 'd)\n    (sb-kernel:make-double-float (ash (cadr b) -32) (ldb (byte 32 0) (cadr b)))\n    (sb-kernel:make-single-float (cadr b)))))\n");
        var expected = Sbcl.Run(program.ToString()).Split('\n');
        var diffs = values.Select((v, i) => (Want: expected[i], Got: LispPrinter.Prin1(v))).Where(p => p.Want != p.Got).Take(10).ToList();
        Assert.True(diffs.Count == 0, string.Join("\n", diffs.Select(d => $"sbcl {d.Want}, suite printer {d.Got}")));
        output.WriteLine($"{values.Count} floats printed by the suite printer as SBCL prints them");
    }

    private static string Decoded(object x)
    {
        (System.Numerics.BigInteger M, long E, int S) Parts(long bits, int mbits, int ebits, int bias)
        {
            int sign = ((bits >> (mbits + ebits)) & 1) == 1 ? -1 : 1;
            long e = (bits >> mbits) & ((1L << ebits) - 1), m = bits & ((1L << mbits) - 1);
            return e == 0 ? (m, m == 0 ? 0 : 1 - bias - mbits, sign) : (m + (1L << mbits), e - bias - mbits, sign);
        }
        var (m, e, s) = x switch
        {
            float f => Parts(BitConverter.SingleToInt32Bits(f) & 0xFFFFFFFFL, 23, 8, 127),
            double d => Parts(BitConverter.DoubleToInt64Bits(d), 52, 11, 1023),
            _ => throw new InvalidOperationException("not a float: " + x),
        };
        return $"({m} {e} {s})";
    }

    [SkippableFact]
    public void Bignum_arithmetic_matches_sbcl()
    {
        const int count = 3000;
        var body = $$"""
            (defun random-integer ()
              (case (rnd 8)
                (0 (- (expt 2 (rnd 300)) (rnd 3)))
                (1 (- (rnd 3) (expt 2 (rnd 300))))
                (2 (- (rnd 2000) 1000))
                (t (let ((v (rnd-bits (rnd 500)))) (if (coin) (- v) v)))))
            (dotimes (i {{count}})
              (let ((a (random-integer)) (b (random-integer)) (k (- (rnd 300) 150)))
                (format t "~D ~D k=~D: ~S ~S ~S" a b k (+ a b) (- a b) (* a b))
                (unless (zerop b)
                  (format t " ~S ~S ~S ~S ~S ~S ~S" (multiple-value-list (floor a b)) (multiple-value-list (ceiling a b))
                          (multiple-value-list (truncate a b)) (multiple-value-list (round a b)) (mod a b) (rem a b) (/ a b)))
                (format t " ~S ~S ~S ~S ~S ~S ~S ~S ~S" (gcd a b) (lcm a b) (logand a b) (logior a b) (logxor a b)
                        (lognot a) (logcount a) (integer-length a) (ash a k))
                (format t " ~S ~S ~S ~S ~S ~S ~S" (< a b) (<= a b) (= a b) (eql a b) (equal a b) (isqrt (abs a)) (logbitp (rnd 300) a))
                (when (< (integer-length a) 100) (format t " ~S" (expt a (rnd 5))))
                (format t " ~A ~A ~S" (write-to-string a :base 16) (write-to-string b :base 36 :radix t)
                        (= a (parse-integer (prin1-to-string a))))
                (format t " ~S ~S~%" (try (float a 1d0)) (try (float b 1.0)))))
            """;
        int n = Differential.AssertAgrees(engine, Program(77, body), count);
        output.WriteLine($"{n} operand pairs, 30-odd integer operations each, as SBCL computes them");
    }

    [SkippableFact]
    public void Conversions_and_float_arithmetic_match_sbcl()
    {
        const int count = 4000;
        var body = $$"""
            (defun random-rational ()
              (let ((n (- (rnd-bits (rnd 200)) (rnd-bits (rnd 200)))) (d (+ 1 (rnd-bits (rnd 200)))))
                (/ n d)))
            (dotimes (i {{count}})
              (let* ((r (random-rational)) (x (if (coin) (random-double i) (random-single i))) (y (random-single (+ i 1)))
                     (small (and (< (abs x) 1e15) (> (abs x) 1e-15))))
                (format t "~S ~S ~S: ~S ~S" r x y (try (float r 1.0)) (try (float r 1d0)))
                (format t " ~S ~S ~S ~S" (rational x) (rationalize x) (multiple-value-list (decode-float x)) (float-precision x))
                (format t " ~S ~S ~S" (try (scale-float x (- (rnd 400) 200))) (float-sign x) (float-sign y x))
                (format t " ~S ~S ~S ~S" (try (+ x y)) (try (- x r)) (try (* x y)) (try (/ x y)))
                (format t " ~S ~S ~S ~S ~S" (< x r) (= x (rational x)) (> y x) (= x y) (eql x (float (rational x) x)))
                (format t " ~S ~S ~S" (try (sqrt (abs x))) (try (sqrt x)) (abs x))
                (when small
                  (format t " ~S ~S ~S ~S" (multiple-value-list (floor x)) (multiple-value-list (round x))
                          (multiple-value-list (truncate x 0.7)) (multiple-value-list (ceiling x 3)))
                  (format t " ~S ~S ~S ~S" (multiple-value-list (ffloor x)) (multiple-value-list (fround x 2))
                          (multiple-value-list (ftruncate x)) (multiple-value-list (fceiling x 1/3))))
                (terpri)))
            """;
        int n = Differential.AssertAgrees(engine, Program(99, body), count);
        output.WriteLine($"{n} lines of conversions and float arithmetic as SBCL computes them");
    }

    /// <summary>The irrational functions over the host's clysm:math: SBCL calls the same C library, so the
    /// results are bit for bit the same when the dispatch around the calls is SBCL's.</summary>
    [SkippableFact]
    public void Irrational_functions_match_sbcl()
    {
        const int count = 3000;
        var body = $$"""
            (dotimes (i {{count}})
              (let* ((x (case (mod i 3)
                          (0 (* (if (coin) 1 -1) (float (rnd 1000000) 1.0) (expt 10.0 (- (rnd 10) 6))))
                          (1 (* (if (coin) 1 -1) (float (rnd-bits 50) 1d0) (expt 10d0 (- (rnd 30) 20))))
                          (t (/ (- (rnd 20000) 10000) (+ 1 (rnd 300))))))
                     (y (if (coin) (- (rnd 21) 10) (/ (float (- (rnd 2000) 1000) 1d0) 100))))
                (format t "~S ~S:" x y)
                (dolist (f (list #'exp #'sin #'cos #'tan #'atan #'sinh #'cosh #'tanh #'asinh #'sqrt #'abs #'phase #'cis))
                  (format t " ~S" (try (funcall f x))))
                (format t " ~S ~S ~S ~S ~S" (try (asin (sin x))) (try (acos (cos x))) (try (acosh (+ 1 (abs x))))
                        (try (atanh (tanh x))) (try (atan x y)))
                (format t " ~S ~S ~S ~S" (try (expt x y)) (try (expt (abs x) 0.37)) (try (expt 2 x)) (try (expt x 3)))
                (format t " ~S ~S ~S ~S~%" (try (log (abs x))) (try (log x)) (try (log (abs x) 10)) (try (log (+ 2 (abs x)) 2d0)))))
            """;
        int n = Differential.AssertAgrees(engine, Program(23, body), count);
        output.WriteLine($"{n} arguments through 27 irrational functions as SBCL computes them");
    }

    [SkippableFact]
    public void Format_float_directives_match_sbcl()
    {
        const int count = 3000;
        var body = $$"""
            (defvar *directives* '("~F" "~,2F" "~,0F" "~8,3F" "~3,1,,'*F" "~,,2F" "~@F" "~,4,-1F" "~10,2,,,'0F" "~1F"
                                   "~E" "~,2E" "~12,4E" "~,3,2E" "~,2,,2E" "~,2,,0E" "~@E" "~10,2,,,'*E" "~,,,,,,'DE"
                                   "~G" "~,3G" "~12,2G" "~$" "~,3$" "~3,2,10$" "~@$" "~:10$"))
            (dotimes (i {{count}})
              (let ((x (if (= 0 (mod i 3)) (* (rnd 100000) (expt 10 (- (rnd 12) 8))) (if (coin) (random-double i) (random-single i)))))
                (unless (floatp x) (setq x (float x)))
                (when (and (< (abs x) 1e20) (or (zerop x) (> (abs x) 1e-20)))
                  (format t "~S" x)
                  (dolist (d *directives*) (format t " [~A]" (try (format nil d x)))))
                (terpri)))
            """;
        int n = Differential.AssertAgrees(engine, Program(5, body), count);
        output.WriteLine($"{n} floats through 27 FORMAT directives as SBCL writes them");
    }

    [SkippableFact]
    public void Reading_floats_matches_sbcl()
    {
        const int count = 4000;
        var body = $$"""
            (dotimes (i {{count}})
              (let* ((digits (format nil "~D" (rnd-bits (+ 1 (rnd 70)))))
                     (point (rnd (+ 1 (length digits))))
                     (text (format nil "~:[~;-~]~A.~A~A~A" (coin) (subseq digits 0 point) (subseq digits point)
                                   (char "eEdDfsl" (rnd 7)) (- (rnd 100) 60))))
                (when (= 0 (mod i 3)) (setq text (format nil "~A~A~D" (subseq digits 0 (min 9 (length digits))) (char "ed" (rnd 2)) (- (rnd 700) 360))))
                (let ((x (try (read-from-string text))))
                  (format t "~A ~S ~S~%" text x (if (floatp x) (multiple-value-list (integer-decode-float x)) x)))))
            """;
        int n = Differential.AssertAgrees(engine, Program(11, body), count);
        output.WriteLine($"{n} decimal texts read as SBCL reads them");
    }
}
