namespace Clysm.Runtime.Host;

/// <summary>The one piece of Lisp printing the host needs: a string as prin1 shows it.</summary>
internal static class LispText
{
    public static string Prin1String(string s) =>
        "\"" + s.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}
