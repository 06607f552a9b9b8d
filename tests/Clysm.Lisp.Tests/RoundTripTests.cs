using System.Numerics;
using System.Text;

namespace Clysm.Lisp.Tests;

/// <summary>read(prin1(x)) is x again, for random data from a fixed seed.</summary>
public class RoundTripTests
{
    private static readonly string[] Packages = ["COMMON-LISP-USER", "KEYWORD", "COMMON-LISP", "SB-IMPL", "MY-PKG"];
    private const string NameChars = "abcXYZ0123456789+-./^_*$:|\\#\"'(); `,é\u00df\t\nEeDd";

    private sealed class Gen(int seed)
    {
        private readonly Random _rng = new(seed);

        public object Datum(int depth)
        {
            int kind = _rng.Next(depth > 3 ? 8 : 11);
            return kind switch
            {
                0 => _rng.NextInt64(long.MinValue, long.MaxValue) >> _rng.Next(64),
                1 => new BigInteger(_rng.NextDouble() * 1e30) * (_rng.Next(2) == 0 ? 1 : -1) + long.MaxValue,
                2 => Ratio(),
                3 => Single(),
                4 => Double(),
                5 => new LispChar(CodePoint()),
                6 => new LispString(Text()),
                7 => Sym(),
                8 => List(depth),
                9 => new LispVector(Enumerable.Range(0, _rng.Next(4)).Select(_ => Datum(depth + 1)).ToList()),
                _ => new Cons(Datum(depth + 1), Datum(depth + 1)),
            };
        }

        private object Ratio()
        {
            var num = new BigInteger(_rng.NextInt64(-1_000_000_000_000, 1_000_000_000_000));
            var den = new BigInteger(_rng.NextInt64(2, 1_000_000));
            var g = BigInteger.GreatestCommonDivisor(num, den);
            num /= g; den /= g;
            return den.IsOne ? (object)(long)num : new Ratio(num, den);
        }

        private float Single()
        {
            while (true)
            {
                float f = _rng.Next(3) == 0 ? (float)(_rng.NextDouble() * Math.Pow(10, _rng.Next(-10, 10)))
                                            : BitConverter.Int32BitsToSingle(_rng.Next(int.MinValue, int.MaxValue));
                if (float.IsFinite(f)) return f;
            }
        }

        private double Double()
        {
            while (true)
            {
                double d = _rng.Next(3) == 0 ? _rng.NextDouble() * Math.Pow(10, _rng.Next(-20, 20))
                                             : BitConverter.Int64BitsToDouble(_rng.NextInt64(long.MinValue, long.MaxValue));
                if (double.IsFinite(d)) return d;
            }
        }

        private int CodePoint() => _rng.Next(4) switch
        {
            0 => _rng.Next(0, 0x100),
            1 => _rng.Next(0, 0x3000),
            2 => _rng.Next(0, 0x110000),
            _ => "aZ( );\"\\|#'"[_rng.Next(11)],
        };

        private string Text()
        {
            var sb = new StringBuilder();
            int n = _rng.Next(6);
            for (int i = 0; i < n; i++) sb.Append(_rng.Next(3) == 0 ? char.ConvertFromUtf32(_rng.Next(0x20, 0xD000)) : NameChars[_rng.Next(NameChars.Length)].ToString());
            return sb.ToString();
        }

        private Symbol Sym()
        {
            string name = Text();
            string package = Packages[_rng.Next(Packages.Length)];
            if (_rng.Next(10) == 0) return Symbol.Uninterned(name);
            if (package == "COMMON-LISP" && _rng.Next(2) == 0)
                return Symbol.Intern(LispSymbols.CommonLispExternalNames.ElementAt(_rng.Next(978)), package);
            // An unqualified name that is a CL external is read as the CL symbol, never a CL-USER one.
            if (package == "COMMON-LISP-USER") return LispSymbols.InternUser(name);
            return Symbol.Intern(name, package);
        }

        private object List(int depth)
        {
            object list = Symbol.Nil;
            for (int i = _rng.Next(5); i > 0; i--) list = new Cons(Datum(depth + 1), list);
            return list;
        }
    }

    /// <summary>EQL for atoms (uninterned symbols by name), structure for conses, vectors and strings.</summary>
    private static bool Same(object a, object b) => (a, b) switch
    {
        (Cons x, Cons y) => Same(x.Car, y.Car) && Same(x.Cdr, y.Cdr),
        (LispVector x, LispVector y) => x.Items.Count == y.Items.Count && x.Items.Zip(y.Items).All(p => Same(p.First, p.Second)),
        (LispString x, LispString y) => x.Text == y.Text,
        (Symbol { Package: null } x, Symbol { Package: null } y) => x.Name == y.Name,
        (Symbol x, Symbol y) => ReferenceEquals(x, y),
        (float x, float y) => BitConverter.SingleToInt32Bits(x) == BitConverter.SingleToInt32Bits(y),
        (double x, double y) => BitConverter.DoubleToInt64Bits(x) == BitConverter.DoubleToInt64Bits(y),
        _ => a.GetType() == b.GetType() && a.Equals(b),
    };

    [Fact]
    public void RandomDataReadBackAsPrinted()
    {
        var gen = new Gen(20240611);
        for (int i = 0; i < 5000; i++)
        {
            object datum = gen.Datum(0);
            string printed = LispPrinter.Prin1(datum);
            object back;
            try { back = LispReader.ReadFromString(printed); }
            catch (LispReadException e) { Assert.Fail($"case {i}: cannot read back {printed}: {e.Message}"); throw; }
            Assert.True(Same(datum, back), $"case {i}: {printed} read back as {LispPrinter.Prin1(back)}");
            Assert.Equal(printed, LispPrinter.Prin1(back));
        }
    }

    [Fact]
    public void AbbreviatedQuoteFormsReadBack()
    {
        foreach (var text in new[] { "'x", "#'f", "`(a ,b ,@c ,.d)", "'(1 '2 #'(lambda (x) `(,x)))" })
        {
            object datum = LispReader.ReadFromString(text);
            Assert.Equal(LispPrinter.Prin1(datum), LispPrinter.Prin1(LispReader.ReadFromString(LispPrinter.Prin1(datum, abbreviate: true))));
        }
    }
}
