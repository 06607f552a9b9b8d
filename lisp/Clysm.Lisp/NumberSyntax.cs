using System.Globalization;
using System.Numerics;

namespace Clysm.Lisp;

/// <summary>Numeric token syntax (CLHS 2.3.1 with *read-base* 10 and single-float as the default format).</summary>
internal static class NumberSyntax
{
    /// <summary>Returned for a ratio with denominator 0 (SBCL signals a reader error).</summary>
    public sealed class DivisionByZero { public static readonly DivisionByZero Instance = new(); }

    /// <summary>Returned for a float too large for its format (SBCL signals a reader error).</summary>
    public sealed class FloatOverflow { public static readonly FloatOverflow Instance = new(); }

    /// <summary>The value of a decimal numeric token, or null when the token is not a number.</summary>
    public static object? Parse(string s)
    {
        int n = s.Length, i = 0;
        if (n == 0) return null;
        if (s[0] is '+' or '-') i = 1;
        int intStart = i;
        while (i < n && char.IsAsciiDigit(s[i])) i++;
        string intDigits = s[intStart..i];
        if (i == n) return intDigits.Length > 0 ? MakeInteger(s[..i], 10) : null;

        switch (s[i])
        {
            case '/':
            {
                int denStart = i + 1;
                if (intDigits.Length == 0 || denStart == n) return null;
                for (int j = denStart; j < n; j++) if (!char.IsAsciiDigit(s[j])) return null;
                return MakeRatio(BigInteger.Parse(s[..i], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture),
                                 BigInteger.Parse(s[denStart..], CultureInfo.InvariantCulture));
            }
            case '.':
            {
                i++;
                int fracStart = i;
                while (i < n && char.IsAsciiDigit(s[i])) i++;
                string frac = s[fracStart..i];
                if (i == n)
                {
                    if (frac.Length == 0) return intDigits.Length > 0 ? MakeInteger(s[..(i - 1)], 10) : null;
                    return MakeFloat(s[0] == '-', intDigits, frac, 'E', BigInteger.Zero, hasExponent: false);
                }
                if (intDigits.Length == 0 && frac.Length == 0) return null;
                return ParseExponent(s, i, s[0] == '-', intDigits, frac);
            }
            default:
                return intDigits.Length == 0 ? null : ParseExponent(s, i, s[0] == '-', intDigits, "");
        }
    }

    private static object? ParseExponent(string s, int i, bool negative, string intDigits, string frac)
    {
        char marker = char.ToUpperInvariant(s[i]);
        if (marker is not ('E' or 'S' or 'F' or 'D' or 'L')) return null;
        i++;
        int expStart = i;
        if (i < s.Length && s[i] is '+' or '-') i++;
        int digitsStart = i;
        while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
        if (i != s.Length || i == digitsStart) return null;
        var exponent = BigInteger.Parse(s[expStart..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        return MakeFloat(negative, intDigits, frac, marker, exponent);
    }

    /// <summary>The float of a decimal token as SBCL's reader makes it: the exact value number * 10^exponent
    /// / divisor (the exponent clamped first, as SBCL's TRUNCATE-EXPONENT does, when the token has one),
    /// coerced to the format the marker names (<see cref="FloatConversion"/>).</summary>
    private static object MakeFloat(bool negative, string intDigits, string frac, char marker, BigInteger exponent, bool hasExponent = true)
    {
        bool isDouble = marker is 'D' or 'L';
        var number = BigInteger.Parse("0" + intDigits + frac, CultureInfo.InvariantCulture);
        var divisor = BigInteger.Pow(10, frac.Length);
        if (number.IsZero) return isDouble ? (negative ? -0.0 : 0.0) : (object)(negative ? -0.0f : 0.0f);
        if (hasExponent) exponent = TruncateExponent(exponent, number, divisor);
        BigInteger num = number, den = divisor;
        if (exponent.Sign >= 0) num *= BigInteger.Pow(10, (int)exponent); else den *= BigInteger.Pow(10, (int)-exponent);
        var g = BigInteger.GreatestCommonDivisor(num, den);
        num /= g; den /= g;
        if (negative) num = -num;
        try { return FloatConversion.ToFloat(num, den, isDouble); }
        catch (FloatConversion.Overflow) { return FloatOverflow.Instance; }
    }

    /// <summary>SBCL keeps the decimal exponent within what a double could need (conservatively, in
    /// steps of 3 bits per digit), which also keeps the powers of ten small.</summary>
    private static BigInteger TruncateExponent(BigInteger exponent, BigInteger number, BigInteger divisor)
    {
        const long maxExponent = 53 + 1022;
        long magnitude = (long)number.GetBitLength() - ((long)divisor.GetBitLength() - 1);
        return exponent.Sign < 0
            ? BigInteger.Max(exponent, CeilingDiv(-(maxExponent + magnitude), 3))
            : BigInteger.Min(exponent, FloorDiv(maxExponent - magnitude, 3));
    }

    private static long FloorDiv(long a, long b) => a >= 0 ? a / b : -((-a + b - 1) / b);
    private static long CeilingDiv(long a, long b) => -FloorDiv(-a, b);

    /// <summary>[sign] digits [/ digits] in <paramref name="radix"/>, or null when the text is not that.</summary>
    public static object? ParseRational(string s, int radix)
    {
        int slash = s.IndexOf('/');
        if (slash < 0) return MakeInteger(s, radix);
        if (MakeIntegerBig(s[..slash], radix) is not { } num) return null;
        var denText = s[(slash + 1)..];
        if (denText.Length == 0 || denText[0] is '+' or '-') return null;
        if (MakeIntegerBig(denText, radix) is not { } den) return null;
        return MakeRatio(num, den);
    }

    private static object? MakeInteger(string s, int radix) =>
        MakeIntegerBig(s, radix) is { } v ? Normalize(v) : null;

    private static BigInteger? MakeIntegerBig(string s, int radix)
    {
        int i = 0;
        bool negative = false;
        if (s.Length > 0 && s[0] is '+' or '-') { negative = s[0] == '-'; i = 1; }
        if (i == s.Length) return null;
        BigInteger value = BigInteger.Zero;
        for (; i < s.Length; i++)
        {
            int digit = DigitValue(s[i]);
            if (digit < 0 || digit >= radix) return null;
            value = value * radix + digit;
        }
        return negative ? -value : value;
    }

    private static int DigitValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'A' and <= 'Z' => c - 'A' + 10,
        >= 'a' and <= 'z' => c - 'a' + 10,
        _ => -1,
    };

    /// <summary>An integer as the data model holds it: long when it fits, else BigInteger.</summary>
    public static object Normalize(BigInteger v) =>
        v >= long.MinValue && v <= long.MaxValue ? (long)v : (object)v;

    /// <summary>num/den in lowest terms; an integer when the denominator divides out.</summary>
    public static object MakeRatio(BigInteger num, BigInteger den)
    {
        if (den.IsZero) return DivisionByZero.Instance;
        if (den.Sign < 0) { num = -num; den = -den; }
        var g = BigInteger.GreatestCommonDivisor(num, den);
        if (!g.IsOne && !g.IsZero) { num /= g; den /= g; }
        return den.IsOne ? Normalize(num) : new Ratio(num, den);
    }
}
