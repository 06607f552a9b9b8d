using System.Numerics;

namespace Clysm.Lisp;

/// <summary>
/// SBCL's own ways with subnormal floats, which differ from IEEE-exact .NET:
/// reading rounds to full precision first and then truncates into the subnormal range
/// (so 1e-45 reads as 0.0), and printing finds the shortest digits as if the float still had
/// full precision (so the smallest single prints as 1.4012985e-45, not 1.0e-45).
/// </summary>
internal static class SubnormalFloats
{
    private const int SinglePrecision = 24, SingleMinExponent = -149; // value = m * 2^-149 below normal
    private const int DoublePrecision = 53, DoubleMinExponent = -1074;

    public static bool IsSubnormal(float f) => f != 0 && float.IsSubnormal(f);
    public static bool IsSubnormal(double d) => d != 0 && double.IsSubnormal(d);

    /// <summary>Shortest digits SBCL prints for a subnormal single: (digits, k) with value 0.DIGITS x 10^k.</summary>
    public static (string Digits, int Exponent) Digits(float f) =>
        Digits(BitConverter.SingleToInt32Bits(Math.Abs(f)) & 0x7FFFFF, SingleMinExponent, SinglePrecision);

    public static (string Digits, int Exponent) Digits(double d) =>
        Digits(BitConverter.DoubleToInt64Bits(Math.Abs(d)) & 0xFFFFFFFFFFFFFL, DoubleMinExponent, DoublePrecision);

    private static (string, int) Digits(long mantissa, int e, int precision)
    {
        // Normalize to full precision, as SBCL's integer-decode-float does for denormals.
        BigInteger f = mantissa;
        var top = BigInteger.One << (precision - 1);
        while (f < top) { f <<= 1; e--; }
        bool unequalGaps = f == top; // the float below is closer than the one above
        bool inclusive = f.IsEven;
        BigInteger r, s, mPlus, mMinus;
        if (!unequalGaps) { r = f * 2; s = BigInteger.One << (1 - e); mPlus = mMinus = 1; }
        else { r = f * 4; s = BigInteger.One << (2 - e); mPlus = 2; mMinus = 1; }
        return FreeFormat(r, s, mPlus, mMinus, inclusive);
    }

    /// <summary>Burger and Dybvig's free-format digit generation (value = r/s, gaps m+/s and m-/s).</summary>
    private static (string, int) FreeFormat(BigInteger r, BigInteger s, BigInteger mPlus, BigInteger mMinus, bool inclusive)
    {
        int k = 0;
        while (inclusive ? r + mPlus >= s : r + mPlus > s) { s *= 10; k++; }
        while (inclusive ? (r + mPlus) * 10 < s : (r + mPlus) * 10 <= s) { r *= 10; mPlus *= 10; mMinus *= 10; k--; }
        var digits = new System.Text.StringBuilder();
        while (true)
        {
            var d = BigInteger.DivRem(r * 10, s, out r);
            mPlus *= 10;
            mMinus *= 10;
            bool low = inclusive ? r <= mMinus : r < mMinus;
            bool high = inclusive ? r + mPlus >= s : r + mPlus > s;
            if (low || high)
            {
                if (high && (!low || r * 2 >= s)) d += 1;
                digits.Append((char)('0' + (int)d));
                return (digits.ToString(), k);
            }
            digits.Append((char)('0' + (int)d));
        }
    }

    /// <summary>
    /// The float SBCL reads for num/den when the value lies below the normal range: rounded to
    /// full precision, then truncated to a multiple of the smallest subnormal.
    /// Returns null when the value is normal after rounding (the IEEE result is then SBCL's too).
    /// </summary>
    public static object? Read(BigInteger num, BigInteger den, bool negative, bool isDouble)
    {
        int precision = isDouble ? DoublePrecision : SinglePrecision;
        int minExponent = isDouble ? DoubleMinExponent : SingleMinExponent;
        // Find b with 2^(p-1) <= num / (den * 2^b) < 2^p, then round that quotient to an integer.
        long b = (long)(num.GetBitLength() - den.GetBitLength()) - (precision - 1);
        BigInteger q;
        while (true)
        {
            BigInteger n = num, d = den;
            if (b >= 0) d <<= (int)b; else n <<= (int)-b;
            q = BigInteger.DivRem(n, d, out var rem);
            if (q >= BigInteger.One << precision) { b++; continue; }
            if (q < BigInteger.One << (precision - 1)) { b--; continue; }
            var twice = rem * 2;
            if (twice > d || (twice == d && !q.IsEven)) q += 1;
            if (q == BigInteger.One << precision) { q >>= 1; b++; }
            break;
        }
        long shift = minExponent - b;
        if (shift <= 0) return null;
        long m = shift >= precision ? 0 : (long)(q >> (int)shift);
        if (isDouble)
        {
            double v = BitConverter.Int64BitsToDouble(m);
            return negative ? -v : v;
        }
        float f = BitConverter.Int32BitsToSingle((int)m);
        return negative ? -f : f;
    }
}
