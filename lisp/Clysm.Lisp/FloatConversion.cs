using System.Numerics;

namespace Clysm.Lisp;

/// <summary>
/// A rational to the float SBCL 2.2.9 makes of it, which is how it reads a float token: the exact decimal
/// value is coerced to the format. SBCL's coercion is not always the nearest float, and a literal must read
/// as SBCL reads it, so this follows its three ways: an integer within 64 bits by the hardware (nearest,
/// ties to even); a larger one by BIGNUM-TO-FLOAT, which rounds on the 64 bits below the kept ones and
/// judges a tie only on whole 64-bit words; a ratio by FLOAT-RATIO, which shifts the numerator right (losing
/// its low bits) when it is much larger than the denominator, then scales, truncating below the normal range.
/// </summary>
internal static class FloatConversion
{
    public sealed class Overflow : Exception;

    /// <summary>num/den (den > 0, lowest terms, num not 0) as a double, or a float when !isDouble.</summary>
    public static object ToFloat(BigInteger num, BigInteger den, bool isDouble)
    {
        if (den.IsOne)
        {
            if (num >= long.MinValue && num <= long.MaxValue)
                return isDouble ? (double)(long)num : (object)(float)(long)num;
            return Make(num.Sign < 0, BignumToFloat(BigInteger.Abs(num), isDouble), isDouble);
        }
        return Make(num.Sign < 0, FloatRatio(BigInteger.Abs(num), den, isDouble), isDouble);
    }

    /// <summary>The bits of a positive float (no sign) of the format.</summary>
    private static object Make(bool negative, long bits, bool isDouble)
    {
        if (isDouble)
        {
            var d = BitConverter.Int64BitsToDouble(bits);
            return negative ? -d : d;
        }
        var f = BitConverter.Int32BitsToSingle((int)bits);
        return negative ? -f : f;
    }

    private static int Digits(bool isDouble) => isDouble ? 53 : 24;
    private static int Bias(bool isDouble) => isDouble ? 1022 : 126;        // SBCL's biases
    private static int MaxField(bool isDouble) => isDouble ? 2046 : 254;

    private static long Normal(long field, BigInteger significand, bool isDouble)
    {
        if (field > MaxField(isDouble)) throw new Overflow();
        int p = Digits(isDouble);
        long fraction = (long)(significand & ((BigInteger.One << (p - 1)) - 1));
        return (field << (p - 1)) | fraction;
    }

    private static long BignumToFloat(BigInteger x, bool isDouble)
    {
        long len = (long)x.GetBitLength();
        int digits = Digits(isDouble);
        int keep = digits + 64;
        var shifted = keep - len >= 0 ? x << (int)(keep - len) : x >> (int)(len - keep);
        var low = shifted & ulong.MaxValue;
        var roundBit = BigInteger.One << 63;
        long FromBits(BigInteger bits, long length) => Normal(length + Bias(isDouble), bits >> 64, isDouble);
        long RoundUp()
        {
            var rounded = shifted + roundBit;
            return rounded.GetBitLength() > keep ? FromBits(rounded >> 1, len + 1) : FromBits(rounded, len);
        }
        if ((low & roundBit).IsZero) return FromBits(shifted, len);
        // a tie is judged only on the whole 64-bit words of x below the kept ones
        long checkedBits = 64 * Math.Max(0, len / 64 + 1 - (keep + 63) / 64);
        if (low == roundBit && (x & ((BigInteger.One << (int)checkedBits) - 1)).IsZero)
            return (shifted >> 64).IsEven ? FromBits(shifted, len) : RoundUp();
        return RoundUp();
    }

    private static long FloatRatio(BigInteger num, BigInteger den, bool isDouble)
    {
        int digits = Digits(isDouble);
        long scale = 0;
        int twos = 0;
        while (den.IsEven) { den >>= 1; twos++; }
        scale -= twos;
        long delta = (long)den.GetBitLength() - (long)num.GetBitLength();
        long shift = 1 + delta + digits;
        var shifted = shift >= 0 ? num << (int)shift : num >> (int)-shift;
        scale -= delta;
        while (true)
        {
            var fg = BigInteger.DivRem(shifted, den, out var rem);
            if ((long)fg.GetBitLength() - digits == 1)
            {
                var rounded = fg.IsEven ? fg : rem.IsZero && (fg & 2).IsZero ? fg : fg + 1;
                var bits = rounded >> 1;
                if ((long)bits.GetBitLength() > digits) { bits >>= 1; scale++; }
                return ScaleFloat(bits, scale, isDouble);
            }
            shifted >>= 1;
            scale++;
        }
    }

    /// <summary>SBCL's SCALE-FLOAT of the float bits * 2^-digits by scale: exact in range, truncated below.</summary>
    private static long ScaleFloat(BigInteger bits, long scale, bool isDouble)
    {
        int digits = Digits(isDouble);
        long field = scale + Bias(isDouble);
        if (field >= 1) return Normal(field, bits, isDouble);
        long shift = field - 1;
        if (shift < -(digits - 1)) return 0;
        return (long)(bits >> (int)-shift);
    }
}
