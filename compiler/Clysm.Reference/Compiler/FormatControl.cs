namespace Clysm.Reference.Compiler;

/// <summary>A format control string known at compile time, checked against the directives the
/// runtime's FORMAT (prelude.lisp %format-run, Library/format.lisp) implements, so that a case using
/// one it lacks is a 77 naming the directive rather than an error at run time.</summary>
internal static class FormatControl
{
    // Every directive of CLHS 22.3 but these is implemented (and ~<...~:>, below). Keep in step with %format-run.
    private static readonly Dictionary<char, string> Missing = new();

    /// <summary>The first directive of control the runtime does not implement, or null.</summary>
    public static string? Unsupported(string control)
    {
        for (int i = 0; i < control.Length; i++)
        {
            if (control[i] != '~') continue;
            int j = i + 1;
            // parameters and modifiers: digits, signs, commas, V, #, 'c, : and @
            while (j < control.Length)
            {
                char c = control[j];
                if (c == '\'') { j += 2; continue; }
                if (char.IsDigit(c) || c is ',' or '+' or '-' or 'v' or 'V' or '#' or ':' or '@') { j++; continue; }
                break;
            }
            if (j >= control.Length) return null; // malformed: the runtime reports it
            char d = char.ToUpperInvariant(control[j]);
            if (Missing.TryGetValue(d, out var name)) return "format directive " + name;
            // ~<...~:> is a logical block (pretty printer), not justification
            if (d == '>' && control[i..j].Contains(':')) return "format directive ~<...~:> (logical block)";
            if (d == '/') { int close = control.IndexOf('/', j + 1); if (close < 0) return null; j = close; }
            i = j;
        }
        return null;
    }
}
