using Clysm.Lisp;
using static Clysm.Reference.Compiler.ListOps;

namespace Clysm.Reference.Compiler;

/// <summary>DESTRUCTURING-BIND as one LET* that walks the list: every variable of the pattern gets a
/// binding in the pattern's left-to-right order (so default forms see the variables before them), nested
/// patterns are allowed wherever a variable is (required, &amp;optional, &amp;key, &amp;whole, &amp;rest), and
/// a list that does not match signals an error (control.lisp's %DBIND-*).</summary>
internal static class Destructuring
{
    public static object Expand(object pattern, object expr, IEnumerable<object> body)
    {
        var binds = new List<object>();
        var whole = Gensym("WHOLE");
        binds.Add(List(whole, expr));
        Walk(pattern, whole, whole, pattern, binds);
        return ListStar(Intern("LET*"), FromList(binds), FromList(body));
    }

    /// <summary>Bind the variables of pattern to the parts of the list held by the variable list.</summary>
    private static void Walk(object pattern, Symbol list, Symbol whole, object top, List<object> binds)
    {
        object Q(object x) => List(LispSymbols.Quote, x);
        object p = pattern; var cur = list;
        string mode = "req";
        bool restSeen = false, keyed = false, allow = false, ended = false;
        int keyCheckAt = -1; var keys = new List<object>();
        if (p is Cons w && Is(w.Car, "&WHOLE"))
        {
            BindTo(Cadr(w), cur, whole, top, binds);
            p = Cddr(w);
        }
        void End()
        {
            if (ended) return;
            ended = true;
            if (!restSeen && !keyed) binds.Add(List(Gensym("END"), List(Intern("%DBIND-END"), cur, whole, Q(top))));
        }
        while (p is Cons c)
        {
            var item = c.Car; p = c.Cdr;
            if (item is Symbol ks && !ks.IsKeyword && ks.Name.StartsWith('&'))
            {
                switch (ks.Name)
                {
                    case "&OPTIONAL": mode = "opt"; continue;
                    case "&REST": case "&BODY":
                        if (p is not Cons rc) throw new LispCompileException($"DESTRUCTURING-BIND: {ks.Name} without a variable in {Print(top)}");
                        BindTo(rc.Car, cur, whole, top, binds); restSeen = true; p = rc.Cdr; continue;
                    case "&KEY":
                        mode = "key"; keyed = true; keyCheckAt = binds.Count; continue;
                    case "&ALLOW-OTHER-KEYS": allow = true; continue;
                    case "&AUX": End(); mode = "aux"; continue;
                    case "&ENVIRONMENT":
                        if (p is not Cons ec) throw new LispCompileException($"DESTRUCTURING-BIND: &ENVIRONMENT without a variable in {Print(top)}");
                        binds.Add(List(ec.Car, Nil)); p = ec.Cdr; continue;
                    case "&WHOLE": throw new LispCompileException($"DESTRUCTURING-BIND: &WHOLE must come first in {Print(top)}");
                    default: throw new UnsupportedConstructException("lambda list keyword " + ks.Name.ToLowerInvariant());
                }
            }
            switch (mode)
            {
                case "req":
                    {
                        BindValue(item, List(Intern("%DBIND-CAR"), cur, whole, Q(top)), whole, top, binds);
                        var next = Gensym("REST");
                        binds.Add(List(next, List(Intern("CDR"), cur)));
                        cur = next;
                        break;
                    }
                case "opt":
                    {
                        var (v, init, sup) = Spec(item);
                        BindValue(v, List(Intern("IF"), List(Intern("CONSP"), cur), List(Intern("CAR"), cur), init), whole, top, binds, sup, List(Intern("CONSP"), cur));
                        var next = Gensym("REST");
                        binds.Add(List(next, List(Intern("IF"), List(Intern("CONSP"), cur), List(Intern("CDR"), cur), cur)));
                        cur = next;
                        break;
                    }
                case "key":
                    {
                        object v, key;
                        var (first, init, sup) = Spec(item);
                        if (first is Cons kv) { key = Car(kv); v = Cadr(kv); }
                        else if (first is Symbol fs) { key = Symbol.Keyword(fs.Name); v = fs; }
                        else throw new LispCompileException($"DESTRUCTURING-BIND: bad &KEY parameter {Print(item)}");
                        keys.Add(key);
                        var cell = Gensym("KEY");
                        binds.Add(List(cell, List(Intern("%DBIND-KEY"), cur, Q(key))));
                        BindValue(v, List(Intern("IF"), cell, List(Intern("CADR"), cell), init), whole, top, binds, sup, List(Intern("IF"), cell, T, Nil));
                        break;
                    }
                case "aux":
                    {
                        var (v, init, _) = Spec(item);
                        binds.Add(List(v, init));
                        break;
                    }
            }
        }
        if (!IsNil(p))
        {
            // (a b . rest)
            if (p is not Symbol) throw new LispCompileException($"DESTRUCTURING-BIND: bad pattern {Print(top)}");
            binds.Add(List(p, cur)); restSeen = true;
        }
        End();
        if (keyed)
            binds.Insert(keyCheckAt, List(Gensym("KEYS"), List(Intern("%DBIND-KEYS"), cur, Q(FromList(keys)), allow ? T : Nil, whole, Q(top))));
    }

    /// <summary>Bind a variable or a nested pattern to the value of form (and supplied-p to supplied).</summary>
    private static void BindValue(object target, object form, Symbol whole, object top, List<object> binds, Symbol? sup = null, object? supplied = null)
    {
        if (target is Symbol s)
        {
            binds.Add(List(s, form));
            if (sup != null) binds.Add(List(sup, supplied!));
            return;
        }
        var g = Gensym("PART");
        binds.Add(List(g, form));
        if (sup != null) binds.Add(List(sup, supplied!));
        Walk(target, g, whole, top, binds);
    }

    private static void BindTo(object target, Symbol list, Symbol whole, object top, List<object> binds)
    {
        if (target is Symbol) binds.Add(List(target, list));
        else Walk(target, list, whole, top, binds);
    }

    private static (object V, object Init, Symbol? Sup) Spec(object item) =>
        item is Cons c ? (c.Car, c.Cdr is Cons ? Cadr(c) : Nil, Cddr(c) is Cons ? (Symbol)Caddr(c) : null) : (item, Nil, null);
}
