using System.Globalization;
using System.Text;

namespace Clysm.Cli;

/// <summary>
/// Text from outside (names in a module, messages quoting them, paths from the command line) made
/// safe to print: control characters, line and paragraph separators and bidirectional overrides are
/// shown as escapes, so a module cannot move the cursor, colour the terminal or forge a line of the
/// suite's own output; a very long argument is shown shortened.
/// </summary>
internal static class Printable
{
    private const int LongArgument = 300;

    /// <summary>Every character that could act on a terminal shown as \xNN or \u{NNNN}; newlines too
    /// unless <paramref name="keepNewlines"/>.</summary>
    public static string Escape(string s, bool keepNewlines = false)
    {
        if (!s.Any(c => Acts(c, keepNewlines))) return s;
        var sb = new StringBuilder(s.Length + 16);
        foreach (var c in s)
        {
            if (!Acts(c, keepNewlines)) sb.Append(c);
            else if (c < 0x100) sb.Append(CultureInfo.InvariantCulture, $"\\x{(int)c:x2}");
            else sb.Append(CultureInfo.InvariantCulture, $"\\u{{{(int)c:x4}}}");
        }
        return sb.ToString();
    }

    /// <summary>A multi-line text (a module listing, a contract report) with the module's names escaped
    /// where they occur, then any other acting character; its own line breaks stay.</summary>
    public static string WithNames(string text, IEnumerable<string> names)
    {
        foreach (var name in names.Where(n => n.Any(c => Acts(c, keepNewlines: false))).Distinct().OrderByDescending(n => n.Length))
            text = text.Replace(name, Escape(name), StringComparison.Ordinal);
        return Escape(text, keepNewlines: true);
    }

    /// <summary>One line for the error stream: every over-long command-line argument it quotes is shortened,
    /// and nothing in it can act on the terminal.</summary>
    public static string ErrorLine(string message, IEnumerable<string> argv)
    {
        foreach (var arg in argv.Where(a => a.Length > LongArgument).Distinct().OrderByDescending(a => a.Length))
            message = message.Replace(arg, Shorten(arg), StringComparison.Ordinal);
        return Escape(message.TrimEnd(), keepNewlines: true);
    }

    public static string Shorten(string s) =>
        s.Length <= LongArgument ? s : $"{s[..120]}…({s.Length - 160} characters left out)…{s[^40..]}";

    private static bool Acts(char c, bool keepNewlines) =>
        (char.IsControl(c) && !(keepNewlines && c == '\n') && c != '\t')
        || c is '\u2028' or '\u2029' or (>= '\u202a' and <= '\u202e') or (>= '\u2066' and <= '\u2069') or '\u200e' or '\u200f';
}
