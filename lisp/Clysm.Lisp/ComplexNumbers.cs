using System.Numerics;

namespace Clysm.Lisp;

/// <summary>
/// What #C(real imag) reads as: COMPLEX's canonical form (CLHS 12.1.5.3) with float contagion
/// (CLHS 12.1.4.4): rational parts with a zero imaginary part give the rational; a float part
/// makes both parts floats of the larger format.
/// </summary>
internal static class ComplexNumbers
{
    /// <summary>The number #C(re im) stands for, or null with a problem (data described by <paramref name="show"/>) when it stands for none.</summary>
    public static object? Make(object re, object im, Func<object, string> show, out string? problem)
    {
        problem = null;
        if (!IsReal(re) || !IsReal(im))
        {
            problem = $"#C parts must be real numbers: {show(IsReal(re) ? im : re)} is not";
            return null;
        }
        if (re is not (float or double) && im is not (float or double))
            return im is 0L ? re : new LispComplex(re, im);
        bool isDouble = re is double || im is double;
        object? r = ToFloat(re, isDouble), i = ToFloat(im, isDouble);
        if (r is null || i is null)
        {
            problem = $"#C part too large for a {(isDouble ? "double" : "single")}-float: {show(r is null ? re : im)}";
            return null;
        }
        return new LispComplex(r, i);
    }

    private static bool IsReal(object x) => x is long or BigInteger or Ratio or float or double;

    /// <summary>(float x prototype): a float unchanged or widened, a rational rounded to nearest-even; null on overflow.</summary>
    private static object? ToFloat(object x, bool isDouble)
    {
        switch (x)
        {
            case double d: return d;
            case float f: return isDouble ? (object)(double)f : f;
            case long l: return RationalToFloat(l, BigInteger.One, isDouble);
            case BigInteger b: return RationalToFloat(b, BigInteger.One, isDouble);
            case Ratio q: return RationalToFloat(q.Numerator, q.Denominator, isDouble);
            default: throw new ArgumentException("not a real", nameof(x));
        }
    }

    /// <summary>num/den (den &gt; 0) correctly rounded, ties to even, subnormals included; null when too large.</summary>
    private static object? RationalToFloat(BigInteger num, BigInteger den, bool isDouble)
    {
        if (num.IsZero) return isDouble ? 0.0 : (object)0.0f;
        bool negative = num.Sign < 0;
        num = BigInteger.Abs(num);
        int precision = isDouble ? 53 : 24, minExponent = isDouble ? -1022 : -126, maxExponent = isDouble ? 1023 : 127;

        // E = floor(log2(num/den)).
        long e = (long)num.GetBitLength() - (long)den.GetBitLength();
        if (e > maxExponent + 1) return null;
        if (e < minExponent - precision - 1) return isDouble ? (negative ? -0.0 : 0.0) : (object)(negative ? -0.0f : 0.0f);
        bool atLeast = e >= 0 ? num >= den << (int)e : num << (int)-e >= den;
        if (!atLeast) e--;

        // The exponent of one unit in the last place, normal or subnormal.
        long quantum = Math.Max(e - precision + 1, minExponent - precision + 1);
        BigInteger scaledNum = quantum <= 0 ? num << (int)-quantum : num;
        BigInteger scaledDen = quantum <= 0 ? den : den << (int)quantum;
        BigInteger m = BigInteger.DivRem(scaledNum, scaledDen, out BigInteger rem);
        int half = (rem * 2).CompareTo(scaledDen);
        if (half > 0 || (half == 0 && !m.IsEven)) m += 1;
        // m < 2^(precision+1), so the double is exact, and scaling by a power of two is exact on this grid.
        double value = Math.ScaleB((double)m, (int)quantum);
        double max = isDouble ? double.MaxValue : float.MaxValue;
        if (value > max) return null;
        if (negative) value = -value;
        return isDouble ? value : (object)(float)value;
    }
}
