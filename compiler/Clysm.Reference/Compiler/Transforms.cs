using Clysm.Lisp;

namespace Clysm.Reference.Compiler;

/// <summary>Rewrites of calls that SBCL's compiler makes and whose results can be seen: the corpus's
/// expectations come from SBCL compiling each form, so a float computed the way its compiler computes it
/// differs in the last bit from the runtime function's result. (EXPT x 2) is (* x x) there, not pow.</summary>
internal static class Transforms
{
    /// <summary>The rewritten form, or null when the call is left alone.</summary>
    public static object? Rewrite(string name, Cons call)
    {
        if (name != "EXPT") return null;
        var args = ListOps.ToList(call.Cdr);
        if (args.Count != 2) return null;
        // SBCL folds a call on a constant base with the function itself; only other bases are rewritten
        if (args[0] is long or System.Numerics.BigInteger or Ratio or float or double) return null;
        var x = ListOps.Gensym("X");
        object Times(int n) => ListOps.FromList(new object[] { ListOps.Intern("*") }.Concat(Enumerable.Repeat<object>(x, n)));
        object? body = args[1] switch
        {
            2L => Times(2),
            -2L => ListOps.List(ListOps.Intern("/"), Times(2)),
            3L => Times(3),
            -3L => ListOps.List(ListOps.Intern("/"), Times(3)),
            Ratio { Numerator.IsOne: true, Denominator: var d } when d == 2 => ListOps.List(ListOps.Intern("SQRT"), x),
            Ratio { Denominator: var d, Numerator: var n } when d == 2 && n == -1 => ListOps.List(ListOps.Intern("/"), ListOps.List(ListOps.Intern("SQRT"), x)),
            _ => null,
        };
        return body == null ? null : ListOps.List(ListOps.Intern("LET"), ListOps.List(ListOps.List(x, args[0])), body);
    }
}
