using System.Globalization;

namespace Clysm.Lisp.Tests;

/// <summary>The printer and reader against what SBCL 2.2.9 printed and read (Sbcl/SbclTables.g.cs).</summary>
public class SbclTableTests
{
    // Inputs where the suite's reader differs from SBCL on purpose.
    private static readonly Dictionary<string, string> Deviations = new()
    {
        // SBCL refuses to intern into the locked COMMON-LISP package; the suite has no package locks.
        ["cl::foo"] = "COMMON-LISP::FOO",
        // SBCL printed in a fresh package; the suite's current package is COMMON-LISP-USER.
        ["cl-user::foo"] = "FOO",
    };

    // The table was made in SBCL, whose *features* include :SBCL.
    private static readonly ReaderOptions SbclFeatures = new() { Features = new HashSet<string> { "SBCL", "COMMON-LISP", "ANSI-CL" } };

    private static List<string> Mismatches(IEnumerable<(string Input, string Expected)> table, Func<string, string> actual)
    {
        var bad = new List<string>();
        foreach (var (input, expected) in table)
        {
            string got;
            try { got = actual(input); }
            catch (Exception e) { got = $"{e.GetType().Name}: {e.Message}"; }
            if (got != expected) bad.Add($"input {Show(input)}: SBCL {Show(expected)}, suite {Show(got)}");
        }
        return bad;
    }

    private static string Show(string s) => "\"" + string.Concat(s.Select(c => c < 32 || c > 126 ? $"\\u{(int)c:X4}" : c.ToString())) + "\"";

    private static void AssertNone(List<string> bad, int total) =>
        Assert.True(bad.Count == 0, $"{bad.Count} of {total} differ:\n" + string.Join("\n", bad.Take(40)));

    [Fact]
    public void SingleFloatsPrintAsSbcl()
    {
        var bad = Mismatches(SbclTables.Singles, hex =>
            LispPrinter.Prin1(BitConverter.Int32BitsToSingle(unchecked((int)uint.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture)))));
        AssertNone(bad, SbclTables.Singles.Length);
    }

    [Fact]
    public void DoubleFloatsPrintAsSbcl()
    {
        var bad = Mismatches(SbclTables.Doubles, hex =>
            LispPrinter.Prin1(BitConverter.Int64BitsToDouble(unchecked((long)ulong.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture)))));
        AssertNone(bad, SbclTables.Doubles.Length);
    }

    [Fact]
    public void SymbolsPrintAsSbcl()
    {
        var bad = Mismatches(SbclTables.SymbolNames, name => LispPrinter.Prin1(LispSymbols.InternUser(name)));
        bad.AddRange(Mismatches(SbclTables.KeywordNames, name => LispPrinter.Prin1(Symbol.Keyword(name))));
        bad.AddRange(Mismatches(SbclTables.UninternedNames, name => LispPrinter.Prin1(Symbol.Uninterned(name))));
        AssertNone(bad, SbclTables.SymbolNames.Length + SbclTables.KeywordNames.Length + SbclTables.UninternedNames.Length);
    }

    [Fact]
    public void CharactersPrintAsSbcl()
    {
        var bad = Mismatches(SbclTables.Chars, hex => LispPrinter.Prin1(new LispChar(int.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture))));
        AssertNone(bad, SbclTables.Chars.Length);
    }

    [Fact]
    public void SymbolsAndCharactersReadBackFromWhatSbclPrints()
    {
        var bad = Mismatches(SbclTables.SymbolNames.Select(p => (p.Item2, p.Item1)), printed => ((Symbol)LispReader.ReadFromString(printed)).Name);
        bad.AddRange(Mismatches(SbclTables.Chars.Select(p => (p.Item2, p.Item1)),
            printed => ((LispChar)LispReader.ReadFromString(printed)).CodePoint.ToString("X", CultureInfo.InvariantCulture)));
        AssertNone(bad, SbclTables.SymbolNames.Length + SbclTables.Chars.Length);
    }

    [Fact]
    public void ReaderReadsAsSbcl()
    {
        var table = SbclTables.Reads.Concat(SbclTables.RandomTokens).Select(p => Deviations.TryGetValue(p.Item1, out var d) ? (p.Item1, d) : p);
        var bad = Mismatches(table, text =>
        {
            try
            {
                // Like READ-FROM-STRING: the first datum; what follows is not looked at.
                var r = new LispReader(text, null, SbclFeatures).ReadNext();
                return r is null ? "ERROR" : LispPrinter.Prin1(r.Datum);
            }
            catch (LispReadException) { return "ERROR"; }
        });
        AssertNone(bad, SbclTables.Reads.Length + SbclTables.RandomTokens.Length);
    }
}
