namespace Clysm.Lisp;

/// <summary>
/// Symbols the reader and printer give meaning to, and the package rules they share.
/// Backquote syntax is read into symbols of the package "CLYSM" so that nothing depends on
/// one implementation's internals: `x is (CLYSM::QUASIQUOTE x), ,x is (CLYSM::UNQUOTE x),
/// ,@x is (CLYSM::UNQUOTE-SPLICING x) and ,.x is (CLYSM::UNQUOTE-NSPLICING x).
/// </summary>
public static class LispSymbols
{
    public const string CommonLisp = "COMMON-LISP";
    public const string CommonLispUser = "COMMON-LISP-USER";
    public const string KeywordPackage = "KEYWORD";
    public const string ClysmPackage = "CLYSM";

    public static readonly Symbol Quote = Symbol.Intern("QUOTE", CommonLisp);
    public static readonly Symbol Function = Symbol.Intern("FUNCTION", CommonLisp);
    public static readonly Symbol Quasiquote = Symbol.Intern("QUASIQUOTE", ClysmPackage);
    public static readonly Symbol Unquote = Symbol.Intern("UNQUOTE", ClysmPackage);
    public static readonly Symbol UnquoteSplicing = Symbol.Intern("UNQUOTE-SPLICING", ClysmPackage);
    public static readonly Symbol UnquoteNSplicing = Symbol.Intern("UNQUOTE-NSPLICING", ClysmPackage);

    private static readonly HashSet<string> ClExternals = new(ClSymbols.ExternalNames, StringComparer.Ordinal);

    /// <summary>All 978 external symbol names of COMMON-LISP (as SBCL lists them).</summary>
    public static IReadOnlyCollection<string> CommonLispExternalNames => ClExternals;

    /// <summary>True when <paramref name="name"/> (already upper-cased) names an external symbol of COMMON-LISP.</summary>
    public static bool IsCommonLispExternal(string name) => ClExternals.Contains(name);

    /// <summary>
    /// The symbol the reader gives for an unqualified name read in COMMON-LISP-USER: the
    /// COMMON-LISP symbol when the name is one of its externals (so "CAR" is CL:CAR), else a
    /// symbol of COMMON-LISP-USER.
    /// </summary>
    public static Symbol InternUser(string name) =>
        Symbol.Intern(name, IsCommonLispExternal(name) ? CommonLisp : CommonLispUser);

    /// <summary>The full package name for a name or standard nickname ("CL" → "COMMON-LISP", "" → "KEYWORD").</summary>
    public static string CanonicalPackage(string name) => name switch
    {
        "CL" or CommonLisp => CommonLisp,
        "CL-USER" or CommonLispUser => CommonLispUser,
        "" or KeywordPackage => KeywordPackage,
        _ => name,
    };

    /// <summary>Builds a proper list.</summary>
    public static object List(params object[] items)
    {
        object result = Symbol.Nil;
        for (int i = items.Length - 1; i >= 0; i--) result = new Cons(items[i], result);
        return result;
    }
}
