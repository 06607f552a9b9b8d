using Clysm.Lisp;
using static Clysm.Reference.Compiler.ListOps;

namespace Clysm.Reference.Compiler;

/// <summary>Literals with shared or circular structure (#1=(a . #1#), '(#1=(x) #1#)). A constant is
/// emitted as a tree of wasm constant expressions, which can neither share a part nor refer to
/// itself; such a literal is instead built once, at its first evaluation, by code that makes each
/// shared object once and then links it (the literal becomes a LOAD-TIME-VALUE of that code).</summary>
internal static class SharedLiterals
{
    /// <summary>The objects reached more than once from datum (empty for a tree).</summary>
    public static HashSet<object> Shared(object datum)
    {
        var shared = new HashSet<object>(ReferenceEqualityComparer.Instance);
        if (datum is not (Cons or LispVector or LispArray)) return shared;
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var todo = new Stack<object>();
        todo.Push(datum);
        while (todo.Count > 0)
        {
            var x = todo.Pop();
            if (x is not (Cons or LispVector or LispArray or LispString or LispBitVector)) continue;
            if (!seen.Add(x)) { shared.Add(x); continue; }
            switch (x)
            {
                case Cons c: todo.Push(c.Cdr); todo.Push(c.Car); break;
                case LispVector v: foreach (var e in v.Items) todo.Push(e); break;
                case LispArray a: foreach (var e in a.Items) todo.Push(e); break;
            }
        }
        return shared;
    }

    /// <summary>Code that builds datum: (let* ((n1 shell) ...) links... root).</summary>
    public static object Construction(object datum, HashSet<object> shared)
    {
        var vars = new Dictionary<object, Symbol>(ReferenceEqualityComparer.Instance);
        var holds = new Dictionary<object, bool>(ReferenceEqualityComparer.Instance);
        foreach (var s in shared) vars[s] = Gensym("SHARED");

        // whether a part reaches a shared object (then it is built, else it stays a constant)
        bool Holds(object x)
        {
            if (vars.ContainsKey(x)) return true;
            if (x is not (Cons or LispVector or LispArray)) return false;
            if (holds.TryGetValue(x, out var h)) return h;
            holds[x] = false;
            h = x switch
            {
                Cons c => Holds(c.Car) || Holds(c.Cdr),
                LispVector v => v.Items.Any(Holds),
                LispArray a => a.Items.Any(Holds),
                _ => false,
            };
            return holds[x] = h;
        }

        object Build(object x)
        {
            if (vars.TryGetValue(x, out var v)) return v;
            if (!Holds(x)) return List(LispSymbols.Quote, x);
            return x switch
            {
                Cons c => List(Intern("CONS"), Build(c.Car), Build(c.Cdr)),
                LispVector vec => new Cons(Intern("VECTOR"), FromList(vec.Items.Select(Build))),
                _ => throw new UnsupportedConstructException("array literal with shared elements"),
            };
        }

        var shells = new List<object>(); var links = new List<object>();
        foreach (var (node, name) in vars)
        {
            switch (node)
            {
                case Cons c:
                    shells.Add(List(name, List(Intern("CONS"), Nil, Nil)));
                    links.Add(List(Intern("RPLACA"), name, Build(c.Car)));
                    links.Add(List(Intern("RPLACD"), name, Build(c.Cdr)));
                    break;
                case LispVector vec:
                    shells.Add(List(name, List(Intern("MAKE-ARRAY"), (long)vec.Items.Count)));
                    for (int i = 0; i < vec.Items.Count; i++) links.Add(List(Intern("%VECTOR-SET"), name, (long)i, Build(vec.Items[i])));
                    break;
                case LispArray: throw new UnsupportedConstructException("array literal with shared elements");
                default: shells.Add(List(name, List(LispSymbols.Quote, node))); break; // a string or bit vector: one object
            }
        }
        return ListStar(Intern("LET*"), FromList(shells), FromList(links.Append(Build(datum))));
    }
}
