using Clysm.Lisp;
using static Clysm.Reference.Compiler.ListOps;

namespace Clysm.Reference.Compiler;

/// <summary>DEFTYPE (CLHS 4.4): the expander is installed at run time (Runtime/Library/types.lisp), where
/// TYPEP and SUBTYPEP look type names up; an &amp;optional or &amp;key parameter without a default is *.</summary>
internal static partial class Macros
{
    private static void RegisterTypes()
    {
        Table["DEFTYPE"] = (f, a, u) =>
        {
            Need(f, a, 2);
            if (a[0] is not Symbol name) throw new LispCompileException("DEFTYPE: bad name " + Print(a[0]));
            return List(Progn, List(Intern("%REGISTER-DEFTYPE"), Quote(name),
                List(Function, Converter.ExpanderLambda(StarDefaults(a[1]), FromList(a.Skip(2))))), Quote(name));
        };
    }

    private static object StarDefaults(object lambdaList)
    {
        var items = new List<object>(); bool defaulted = false;
        object p = lambdaList;
        for (; p is Cons c; p = c.Cdr)
        {
            var x = c.Car;
            if (x is Symbol s && s.Name.StartsWith('&')) { defaulted = s.Name is "&OPTIONAL" or "&KEY"; items.Add(x); continue; }
            if (defaulted && x is Symbol) x = List(x, Quote(Intern("*")));
            else if (defaulted && x is Cons { Cdr: var rest } xc && IsNil(rest)) x = List(xc.Car, Quote(Intern("*")));
            items.Add(x);
        }
        return FromList(items, p);
    }
}
