using System.Numerics;

namespace Clysm.Lisp;

/// <summary>
/// SBCL's way of printing subnormal floats, which differs from IEEE-exact .NET: it finds the shortest
/// digits as if the float still had full precision (so the smallest single prints as 1.4012985e-45, not
/// 1.0e-45). (Reading them is <see cref="FloatConversion"/>'s.)
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
}
