using System.Numerics;

namespace Clysm.Lisp;

/// <summary>
/// The digits SBCL prints for a float: Steele and White's free-format algorithm in Burger and Dybvig's
/// integer form, as SBCL's FLONUM-TO-DIGITS runs it. This is not always what .NET's round-trip format
/// gives: a tie between two shortest candidates goes up (SBCL's 3415428.3 for 3415428.25), a subnormal
/// is taken at full precision (the smallest single prints as 1.4012985e-45, not 1.0e-45), and SBCL's
/// MIN-E (one above the exponent of the smallest normal) decides which power of two gets even gaps.
/// </summary>
internal static class FloatDigits
{
    /// <summary>(digits, k) with |f| = 0.DIGITS x 10^k; f is not zero.</summary>
    public static (string Digits, int Exponent) Of(float f)
    {
        int bits = BitConverter.SingleToInt32Bits(f) & 0x7FFFFFFF;
        int field = bits >> 23, mantissa = bits & 0x7FFFFF;
        return field == 0 ? Generate(mantissa, -149, 24, -148) : Generate(mantissa | 0x800000, field - 150, 24, -148);
    }

    public static (string Digits, int Exponent) Of(double d)
    {
        long bits = BitConverter.DoubleToInt64Bits(d) & long.MaxValue;
        long field = bits >> 52, mantissa = bits & 0xFFFFFFFFFFFFFL;
        return field == 0 ? Generate(mantissa, -1074, 53, -1073) : Generate(mantissa | (1L << 52), (int)field - 1075, 53, -1073);
    }

    private static (string, int) Generate(long mantissa, int e, int precision, int minE)
    {
        BigInteger f = mantissa;
        var top = BigInteger.One << (precision - 1);
        // a subnormal is normalised to full precision first
        while (f < top) { f <<= 1; e--; }
        bool inclusive = f.IsEven; // SBCL's high-ok and low-ok
        BigInteger r, s, mPlus, mMinus;
        if (e >= 0)
        {
            var be = BigInteger.One << e;
            if (f != top) { r = f * 2 * be; s = 2; mPlus = mMinus = be; }
            else { mMinus = be; mPlus = be * 2; r = f * 2 * mPlus; s = 4; }
        }
        else if (e == minE || f != top) { r = f * 2; s = BigInteger.One << (1 - e); mPlus = mMinus = 1; }
        else { r = f * 4; s = BigInteger.One << (2 - e); mPlus = 2; mMinus = 1; }

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
