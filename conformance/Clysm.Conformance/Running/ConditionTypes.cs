namespace Clysm.Conformance.Running;

/// <summary>The standard Common Lisp condition type hierarchy (CLHS 9.1), enough to decide whether a
/// condition a module reported satisfies a case's :signals.</summary>
internal static class ConditionTypes
{
    private static readonly Dictionary<string, string[]> Parents = new(StringComparer.OrdinalIgnoreCase)
    {
        ["condition"] = [],
        ["serious-condition"] = ["condition"],
        ["error"] = ["serious-condition"],
        ["warning"] = ["condition"],
        ["style-warning"] = ["warning"],
        ["storage-condition"] = ["serious-condition"],
        ["simple-condition"] = ["condition"],
        ["simple-error"] = ["simple-condition", "error"],
        ["simple-warning"] = ["simple-condition", "warning"],
        ["type-error"] = ["error"],
        ["simple-type-error"] = ["simple-condition", "type-error"],
        ["program-error"] = ["error"],
        ["control-error"] = ["error"],
        ["arithmetic-error"] = ["error"],
        ["division-by-zero"] = ["arithmetic-error"],
        ["floating-point-overflow"] = ["arithmetic-error"],
        ["floating-point-underflow"] = ["arithmetic-error"],
        ["floating-point-inexact"] = ["arithmetic-error"],
        ["floating-point-invalid-operation"] = ["arithmetic-error"],
        ["cell-error"] = ["error"],
        ["unbound-variable"] = ["cell-error"],
        ["undefined-function"] = ["cell-error"],
        ["unbound-slot"] = ["cell-error"],
        ["stream-error"] = ["error"],
        ["end-of-file"] = ["stream-error"],
        ["parse-error"] = ["error"],
        ["reader-error"] = ["parse-error", "stream-error"],
        ["file-error"] = ["error"],
        ["package-error"] = ["error"],
        ["print-not-readable"] = ["error"],
    };

    /// <summary>True when <paramref name="actual"/> is <paramref name="expected"/> or one of its
    /// standard subtypes. Names compare case-insensitively; a package prefix on either is ignored
    /// only for COMMON-LISP ("CL:ERROR"). A non-standard actual type only matches itself.</summary>
    public static bool IsSubtype(string actual, string expected)
    {
        var a = Strip(actual);
        var e = Strip(expected);
        if (string.Equals(a, e, StringComparison.OrdinalIgnoreCase)) return true;
        if (!Parents.TryGetValue(a, out var parents)) return false;
        return parents.Any(p => IsSubtype(p, e));
    }

    private static string Strip(string type)
    {
        foreach (var prefix in new[] { "COMMON-LISP:", "CL:" })
            if (type.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) return type[prefix.Length..];
        return type;
    }
}
