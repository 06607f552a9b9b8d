using System.Globalization;

namespace Clysm.Lisp;

/// <summary>Character names as SBCL 2.2.9 reads and prints them after #\.</summary>
internal static class CharNames
{
    // The names SBCL prints for codes 0-159 that are not graphic (char-name in SBCL 2.2.9).
    private static readonly string[] Control =
    [
        "Nul", "Soh", "Stx", "Etx", "Eot", "Enq", "Ack", "Bel", "Backspace", "Tab", "Newline", "Vt", "Page",
        "Return", "So", "Si", "Dle", "Dc1", "Dc2", "Dc3", "Dc4", "Nak", "Syn", "Etb", "Can", "Em", "Sub",
        "Esc", "Fs", "Gs", "Rs", "Us",
    ];

    private static readonly string[] C1 =
    [
        "C80", "C81", "Break-Permitted", "No-Break-Permitted", "C84", "Next-Line", "Start-Selected-Area",
        "End-Selected-Area", "Character-Tabulation-Set", "Character-Tabulation-With-Justification",
        "Line-Tabulation-Set", "Partial-Line-Forward", "Partial-Line-Backward", "Reverse-Linefeed",
        "Single-Shift-Two", "Single-Shift-Three", "Device-Control-String", "Private-Use-One", "Private-Use-Two",
        "Set-Transmit-State", "Cancel-Character", "Message-Waiting", "Start-Guarded-Area", "End-Guarded-Area",
        "Start-String", "C99", "Single-Character-Introducer", "Control-Sequence-Introducer", "String-Terminator",
        "Operating-System-Command", "Privacy-Message", "Application-Program-Command",
    ];

    // Extra spellings SBCL accepts on input (name-char), beyond the printed names.
    private static readonly (string Name, int Code)[] Aliases =
    [
        ("Null", 0), ("Bell", 0x1F514), ("Escape", 27), ("Altmode", 27), ("Alt", 27), ("Linefeed", 10),
        ("Lf", 10), ("Nl", 10), ("Del", 127), ("Delete", 127), ("Rubout", 127), ("Bs", 8), ("Cr", 13),
        ("Ht", 9), ("Ff", 12), ("Formfeed", 12), ("Space", 32), ("Sp", 32), ("No-break_space", 160),
    ];

    private static readonly Dictionary<string, int> ByName = BuildByName();

    private static Dictionary<string, int> BuildByName()
    {
        var d = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < Control.Length; i++) d[Control[i]] = i;
        for (int i = 0; i < C1.Length; i++) d[C1[i]] = 0x80 + i;
        foreach (var (name, code) in Aliases) d[name] = code;
        return d;
    }

    /// <summary>
    /// The name prin1 writes after #\ for a character SBCL prints by name, or null when SBCL
    /// prints the character itself (the ASCII graphic characters, space included).
    /// </summary>
    public static string? PrintName(int code)
    {
        if (code < 32) return Control[code];
        if (code < 127) return null;
        if (code == 127) return "Rubout";
        if (code < 160) return C1[code - 0x80];
        return UnicodeNames.NameOf(code) ?? "U" + code.ToString("X", CultureInfo.InvariantCulture);
    }

    /// <summary>The code point a (case-insensitive) character name stands for, or -1.</summary>
    public static int Lookup(string name)
    {
        if (ByName.TryGetValue(name, out int code)) return code;
        // Uxxxx / U+xxxx: the form SBCL prints for unnamed code points.
        if (name.Length > 1 && (name[0] == 'U' || name[0] == 'u'))
        {
            var hex = name.AsSpan(name[1] == '+' ? 2 : 1);
            if (hex.Length is > 0 and <= 6 && IsHex(hex)
                && int.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int cp)
                && cp <= 0x10FFFF)
                return cp;
        }
        return UnicodeNames.CodeOf(name);
    }

    private static bool IsHex(ReadOnlySpan<char> s)
    {
        foreach (char c in s) if (!char.IsAsciiHexDigit(c)) return false;
        return true;
    }
}
