using System.Numerics;
using Clysm.Lisp;
using Clysm.Runtime.Engine;

namespace Clysm.Conformance.Running;

/// <summary>
/// What a value that came back through a result channel can prove (docs/stage-abi.md, "Decoding the
/// value of _start"). Without the module's own printer the channel is lossy: through i32 (and an
/// i31 reference) T reads as 1 and a character as its code point; INT32_MIN+1 stands for any value
/// that is not a fixnum; a reference the host cannot print is opaque. A value such a channel cannot
/// tell from the expected one is inconclusive; a value it shows to be different is a failure.
/// </summary>
internal static class ResultChannel
{
    // INT32_MIN is NIL and INT32_MIN+1 "not a fixnum": the fixnums the i32 channel can carry.
    private const long I32Min = int.MinValue + 2L, I32Max = int.MaxValue;
    private const long I31Min = -(1L << 30), I31Max = (1L << 30) - 1;

    /// <summary>Null <paramref name="Difference"/> and null <paramref name="Inconclusive"/>: the value matches.
    /// A difference is the text to append to the diff's "actual" line (may be empty).</summary>
    internal readonly record struct Verdict(string? Difference, string? Inconclusive);

    public static Verdict Check(string expected, LispValue actual)
    {
        if (actual.Printed == expected) return new(null, null);
        var datum = Read(expected);
        switch (actual.Kind)
        {
            case LispValueKind.Fixnum:
                if (AliasCode(datum) is { } code)
                {
                    if (code == actual.Fixnum)
                        return new(null, $"the numeric result channel cannot tell {expected} from {actual.Fixnum} ({Alias(datum)}); the module exports no clysm:prin1");
                    return new($"\n        note: through the numeric result channel {Alias(datum)}, so {expected} would read as {code}", null);
                }
                return new("", null);
            case LispValueKind.NotFixnum:
                // Anything the channel can carry would have come back as itself.
                if (I32Carries(datum)) return new(" (the i32 channel says the value is not a fixnum)", null);
                return new(null, $"the i32 result channel returned its not-a-fixnum sentinel: {expected} cannot be checked through it");
            case LispValueKind.Opaque:
                if (ReferenceDecodes(datum)) return new(" (the stage gave no printable value)", null);
                return new(null, $"the module returned a reference the suite cannot print (no clysm:prin1 export): {expected} cannot be checked");
            default:
                return new(actual.Printed is null ? " (the stage gave no printable value)" : "", null);
        }
    }

    /// <summary>The expected value read back, or null when it is not readable text (e.g. #&lt;FUNCTION ...&gt;).</summary>
    private static object? Read(string printed)
    {
        try { return LispReader.ReadFromString(printed); }
        catch (LispReadException) { return null; }
    }

    /// <summary>The number a value that is not a fixnum shows as through the numeric channel.</summary>
    private static long? AliasCode(object? datum) => datum switch
    {
        Symbol s when s == Symbol.T => 1,
        LispChar ch => ch.CodePoint,
        _ => null,
    };

    private static string Alias(object? datum) => datum is LispChar ? "a character reads as its code point" : "T reads as 1";

    private static bool I32Carries(object? datum) => datum switch
    {
        long n => n is >= I32Min and <= I32Max,
        Symbol s => s == Symbol.Nil || s == Symbol.T,
        LispChar => true,
        _ => false,
    };

    // Without a printer the host still decodes null (NIL), an i31 (a fixnum) and a string.
    private static bool ReferenceDecodes(object? datum) => datum switch
    {
        long n => n is >= I31Min and <= I31Max,
        BigInteger => false,
        Symbol s => s == Symbol.Nil,
        LispString => true,
        _ => false,
    };
}
