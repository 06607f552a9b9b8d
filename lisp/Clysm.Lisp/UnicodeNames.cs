using System.Globalization;
using System.IO.Compression;

namespace Clysm.Lisp;

/// <summary>
/// SBCL 2.2.9's Unicode character names (LATIN_SMALL_LETTER_E_WITH_ACUTE ...),
/// loaded on first use from a table SBCL generated (Generated/gen-char-names.lisp).
/// Hangul syllable names follow the Unicode algorithm instead of taking table space.
/// </summary>
internal static class UnicodeNames
{
    private static readonly Lazy<(Dictionary<int, string> ByCode, Dictionary<string, int> ByName)> Tables =
        new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private const int HangulBase = 0xAC00, HangulCount = 11172;
    private static readonly string[] JamoL = ["G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"];
    private static readonly string[] JamoV = ["A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"];
    private static readonly string[] JamoT = ["", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"];

    public static string? NameOf(int code)
    {
        if (code is >= HangulBase and < HangulBase + HangulCount) return HangulName(code);
        return Tables.Value.ByCode.TryGetValue(code, out var name) ? name : null;
    }

    public static int CodeOf(string name) =>
        Tables.Value.ByName.TryGetValue(name, out int code) ? code : -1;

    private static string HangulName(int code)
    {
        int s = code - HangulBase;
        return "HANGUL_SYLLABLE_" + JamoL[s / (21 * 28)] + JamoV[s % (21 * 28) / 28] + JamoT[s % 28];
    }

    private static (Dictionary<int, string>, Dictionary<string, int>) Load()
    {
        var byCode = new Dictionary<int, string>();
        var byName = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        // The table also holds the ASCII names (LATIN_SMALL_LETTER_A ...) so they read as SBCL reads them.
        using var stream = typeof(UnicodeNames).Assembly.GetManifestResourceStream("Clysm.Lisp.unicode-names.txt.gz")
            ?? throw new InvalidOperationException("embedded resource Clysm.Lisp.unicode-names.txt.gz is missing");
        using var reader = new StreamReader(new GZipStream(stream, CompressionMode.Decompress));
        while (reader.ReadLine() is { } line)
        {
            int sp = line.IndexOf(' ');
            if (sp <= 0) continue;
            int code = int.Parse(line.AsSpan(0, sp), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
            string name = line[(sp + 1)..];
            byCode[code] = name;
            byName.TryAdd(name, code);
        }
        for (int i = 0; i < HangulCount; i++) byName.TryAdd(HangulName(HangulBase + i), HangulBase + i);
        return (byCode, byName);
    }
}
