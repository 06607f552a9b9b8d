using System.Globalization;
using System.Numerics;
using System.Text;

namespace Clysm.Lisp;

/// <summary>
/// Prints data as SBCL 2.2.9 does with the standard settings the oracle uses
/// (WITH-STANDARD-IO-SYNTAX with *print-readably* NIL: *print-pretty* NIL, *print-case* :upcase,
/// *read-default-float-format* single-float, *package* a package using only COMMON-LISP).
/// Because *print-pretty* is NIL, (QUOTE X) prints as (QUOTE X); pass
/// <c>abbreviate: true</c> for the 'X / #'F / `X / ,X forms the pretty printer uses.
/// </summary>
public static class LispPrinter
{
    /// <summary>More conses than this in one datum is absurd: an exception, not a hang.</summary>
    public const int MaxConses = 10_000_000;

    /// <summary>prin1-to-string: escaped, readable where the type allows.</summary>
    public static string Prin1(object datum, bool abbreviate = false) => Write(datum, escape: true, abbreviate);

    /// <summary>princ-to-string: no escapes, no package prefixes.</summary>
    public static string Princ(object datum, bool abbreviate = false) => Write(datum, escape: false, abbreviate);

    public static string Write(object datum, bool escape, bool abbreviate = false)
    {
        ArgumentNullException.ThrowIfNull(datum);
        var sb = new StringBuilder();
        new Printer(sb, escape, abbreviate).Run(datum);
        return sb.ToString();
    }

    /// <summary>A piece of fixed text on the work stack (data are pushed as themselves).</summary>
    private sealed record Text(string Value);

    /// <summary>On the work stack after a container's text: it is no longer being printed.</summary>
    private sealed record Leave(object[] Containers);

    private static readonly Text Open = new("("), CloseParen = new(")"), Space = new(" "), DotText = new(" . "),
        VectorOpen = new("#(");

    private sealed class Printer(StringBuilder sb, bool escape, bool abbreviate)
    {
        // An explicit stack instead of recursion, so no nesting depth can overflow the CLR stack.
        private readonly Stack<object> _work = new();
        private long _conses;
        // The containers being printed: meeting one again inside itself means the datum is
        // circular, which SBCL prints forever without *print-circle*; here it is an exception.
        private readonly HashSet<object> _open = new(ReferenceEqualityComparer.Instance);

        public void Run(object datum)
        {
            _work.Push(datum);
            while (_work.Count > 0)
            {
                object x = _work.Pop();
                if (x is Text t) sb.Append(t.Value);
                else if (x is Leave leave) foreach (var c in leave.Containers) _open.Remove(c);
                else PrintAtomOrPush(x);
            }
        }

        /// <summary>Marks containers as being printed until the Leave pushed here (push it before their text).</summary>
        private void Enter(params object[] containers)
        {
            foreach (var c in containers)
                if (!_open.Add(c)) throw Circular();
            _work.Push(new Leave(containers));
        }

        private static InvalidOperationException Circular() =>
            new("circular datum: it contains itself, and the printer has no *print-circle*");

        private void PrintAtomOrPush(object? x)
        {
            switch (x)
            {
                case null: throw new ArgumentNullException(nameof(x), "null is not a Lisp datum (NIL is Symbol.Nil)");
                case long l: sb.Append(l.ToString(CultureInfo.InvariantCulture)); break;
                case int i: sb.Append(i.ToString(CultureInfo.InvariantCulture)); break;
                case BigInteger b: sb.Append(b.ToString(CultureInfo.InvariantCulture)); break;
                case Ratio r:
                    sb.Append(r.Numerator.ToString(CultureInfo.InvariantCulture)).Append('/')
                      .Append(r.Denominator.ToString(CultureInfo.InvariantCulture));
                    break;
                case float f: sb.Append(FloatFormat.Single(f)); break;
                case double d: sb.Append(FloatFormat.Double(d)); break;
                case LispChar c: PrintChar(c.CodePoint); break;
                case LispString s: PrintString(s.Text); break;
                case Symbol sym: PrintSymbol(sym); break;
                case Cons cons: PushList(cons); break;
                case LispVector v:
                    Enter(v);
                    _work.Push(CloseParen);
                    for (int k = v.Items.Count - 1; k >= 0; k--)
                    {
                        _work.Push(v.Items[k]);
                        if (k > 0) _work.Push(Space);
                    }
                    _work.Push(VectorOpen);
                    break;
                case LispBitVector bits:
                    sb.Append("#*");
                    foreach (bool bit in bits.Bits) sb.Append(bit ? '1' : '0');
                    break;
                case LispArray array: PushArray(array); break;
                case LispComplex z:
                    _work.Push(CloseParen);
                    _work.Push(z.Imaginary);
                    _work.Push(Space);
                    _work.Push(z.Real);
                    _work.Push(new Text("#C("));
                    break;
                case LispPathname path:
                    // SBCL prints a pathname as #P and its namestring, and princ as the namestring alone.
                    if (escape) sb.Append("#P");
                    PrintString(path.Namestring);
                    break;
                default:
                    throw new ArgumentException($"cannot print a {x.GetType().Name}: not a Lisp datum of Data.cs", nameof(x));
            }
        }

        private void PushList(Cons list)
        {
            if (abbreviate && list.Car is Symbol head && list.Cdr is Cons { Cdr: var end } arg && end == Symbol.Nil
                && Abbreviation(head) is { } prefix)
            {
                Enter(list, arg);
                _work.Push(arg.Car);
                _work.Push(new Text(prefix));
                return;
            }
            var items = new List<object>();
            object x = list;
            while (x is Cons c)
            {
                if (++_conses > MaxConses) throw new InvalidOperationException($"datum has more than {MaxConses} conses");
                if (!_open.Add(c)) throw Circular();
                items.Add(c);
                x = c.Cdr;
            }
            _work.Push(new Leave(items.ToArray()));
            for (int k = 0; k < items.Count; k++) items[k] = ((Cons)items[k]).Car;
            _work.Push(CloseParen);
            if (x != Symbol.Nil) { _work.Push(x); _work.Push(DotText); }
            for (int k = items.Count - 1; k >= 0; k--)
            {
                _work.Push(items[k]);
                if (k > 0) _work.Push(Space);
            }
            _work.Push(Open);
        }

        /// <summary>#0A5, #2A((1 2) (3 4)): the rank, then the contents as nested lists by row-major order.</summary>
        private void PushArray(LispArray array)
        {
            int[] dims = array.Dimensions;
            var text = new List<object> { new Text("#" + dims.Length.ToString(CultureInfo.InvariantCulture) + "A") };
            if (dims.Length == 0) text.Add(array.Items[0]);
            else Axis(0, 0);
            Enter(array);
            for (int k = text.Count - 1; k >= 0; k--) _work.Push(text[k]);

            // The axis's elements, nested lists down to the items; an axis of length 0 prints as ().
            void Axis(int axis, int prefix)
            {
                text.Add(Open);
                for (int i = 0; i < dims[axis]; i++)
                {
                    if (i > 0) text.Add(Space);
                    int index = prefix * dims[axis] + i;
                    if (axis == dims.Length - 1) text.Add(array.Items[index]);
                    else Axis(axis + 1, index);
                }
                text.Add(CloseParen);
            }
        }

        private void PrintChar(int code)
        {
            if (escape)
            {
                sb.Append("#\\");
                if (CharNames.PrintName(code) is { } name) { sb.Append(name); return; }
            }
            // Lone surrogates are characters in Lisp but not valid input to ConvertFromUtf32.
            if (code < 0x10000) sb.Append((char)code);
            else sb.Append(char.ConvertFromUtf32(code));
        }

        private void PrintString(string text)
        {
            if (!escape) { sb.Append(text); return; }
            sb.Append('"');
            foreach (char c in text)
            {
                if (c is '"' or '\\') sb.Append('\\');
                sb.Append(c);
            }
            sb.Append('"');
        }

        private void PrintSymbol(Symbol s)
        {
            if (!escape) { sb.Append(s.Name); return; }
            switch (s.Package)
            {
                case null: sb.Append("#:"); break;
                case LispSymbols.KeywordPackage: sb.Append(':'); break;
                case LispSymbols.CommonLisp:
                    if (!LispSymbols.IsCommonLispExternal(s.Name)) { AppendName(LispSymbols.CommonLisp); sb.Append("::"); }
                    break;
                case LispSymbols.CommonLispUser: break;
                default: AppendName(s.Package); sb.Append("::"); break;
            }
            AppendName(s.Name);
        }

        private void AppendName(string name)
        {
            if (!SymbolSyntax.NeedsEscape(name)) { sb.Append(name); return; }
            sb.Append('|');
            foreach (char c in name)
            {
                if (c is '|' or '\\') sb.Append('\\');
                sb.Append(c);
            }
            sb.Append('|');
        }

        private static string? Abbreviation(Symbol head) =>
            head == LispSymbols.Quote ? "'"
            : head == LispSymbols.Function ? "#'"
            : head == LispSymbols.Quasiquote ? "`"
            : head == LispSymbols.Unquote ? ","
            : head == LispSymbols.UnquoteSplicing ? ",@"
            : head == LispSymbols.UnquoteNSplicing ? ",."
            : null;
    }
}

/// <summary>When a symbol name must be printed inside |...| to read back as itself.</summary>
internal static class SymbolSyntax
{
    public static bool NeedsEscape(string name)
    {
        if (name.Length == 0) return true;
        bool allDots = true;
        foreach (char c in name)
        {
            if (c != '.') allDots = false;
            if (c < 33 || c is >= '\u007f' and <= '\u00a0' || char.IsWhiteSpace(c)) return true;
            if (c is '(' or ')' or '"' or '\'' or ';' or '`' or ',' or '|' or '\\' or ':' or '#') return true;
            if (LispReader.Upcase(c) != c) return true;
        }
        return allDots || IsPotentialNumber(name);
    }

    /// <summary>
    /// CLHS 2.3.1.1 potential number in base 10: digits, signs, ratio markers, decimal points,
    /// extension characters (^ _) and letters as number markers (never two adjacent); at least one
    /// digit; starts with a digit, sign, decimal point or extension character; does not end with a sign.
    /// Such names are escaped even when they do not read as numbers (1E, 1A2 print as |1E|, |1A2|).
    /// </summary>
    public static bool IsPotentialNumber(string name)
    {
        bool digit = false;
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            if (char.IsAsciiDigit(c)) { digit = true; continue; }
            if (c is '+' or '-' or '/' or '.' or '^' or '_') continue;
            if (char.IsAsciiLetter(c))
            {
                if (i > 0 && char.IsAsciiLetter(name[i - 1])) return false;
                continue;
            }
            return false;
        }
        char first = name[0], last = name[^1];
        return digit && (char.IsAsciiDigit(first) || first is '+' or '-' or '.' or '^' or '_') && last is not ('+' or '-');
    }
}

/// <summary>SBCL's float printing: its shortest digits (<see cref="FloatDigits"/>), fixed notation when they
/// make 1e-3 &lt;= |x| &lt; 1e7, else exponent notation.</summary>
internal static class FloatFormat
{
    public static string Single(float f)
    {
        if (float.IsNaN(f)) return "#<SINGLE-FLOAT quiet NaN>";
        if (float.IsInfinity(f)) return f > 0 ? "#.SB-EXT:SINGLE-FLOAT-POSITIVE-INFINITY" : "#.SB-EXT:SINGLE-FLOAT-NEGATIVE-INFINITY";
        var (digits, exponent) = f == 0 ? ("", 0) : FloatDigits.Of(f);
        return Format(float.IsNegative(f), digits, exponent, 'e', false);
    }

    public static string Double(double d)
    {
        if (double.IsNaN(d)) return "#<DOUBLE-FLOAT quiet NaN>";
        if (double.IsInfinity(d)) return d > 0 ? "#.SB-EXT:DOUBLE-FLOAT-POSITIVE-INFINITY" : "#.SB-EXT:DOUBLE-FLOAT-NEGATIVE-INFINITY";
        var (digits, exponent) = d == 0 ? ("", 0) : FloatDigits.Of(d);
        return Format(double.IsNegative(d), digits, exponent, 'd', true);
    }

    /// <summary>Lays out shortest digits (value = 0.DIGITS x 10^exponent) the way SBCL does.</summary>
    private static string Format(bool negative, string digits, int exponent, char marker, bool isDouble)
    {
        var sb = new StringBuilder();
        if (negative) sb.Append('-');
        if (digits.Length == 0)
        {
            sb.Append("0.0");
            if (isDouble) sb.Append("d0");
            return sb.ToString();
        }
        // SBCL decides on the digits' exponent (fixed for 1e-3 <= |x| < 1e7 as printed), not on the value
        if (exponent > -3 && exponent < 8)
        {
            if (exponent <= 0) sb.Append("0.").Append('0', -exponent).Append(digits);
            else if (exponent < digits.Length) sb.Append(digits, 0, exponent).Append('.').Append(digits, exponent, digits.Length - exponent);
            else sb.Append(digits).Append('0', exponent - digits.Length).Append(".0");
            if (isDouble) sb.Append("d0");
        }
        else
        {
            sb.Append(digits[0]).Append('.');
            sb.Append(digits.Length > 1 ? digits[1..] : "0");
            sb.Append(marker).Append((exponent - 1).ToString(CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }
}
