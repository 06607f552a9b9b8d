using Clysm.Lisp;

namespace Clysm.Reference.Compiler;

/// <summary>Helpers over the reader's data (lists are Cons chains ending in Symbol.Nil).</summary>
internal static class ListOps
{
    public static readonly Symbol Nil = Symbol.Nil, T = Symbol.T;
    public static Symbol Intern(string name) => LispSymbols.InternUser(name);
    public static Symbol Keyword(string name) => Symbol.Keyword(name);

    public static bool IsNil(object x) => ReferenceEquals(x, Symbol.Nil);
    public static object Car(object x) => x is Cons c ? c.Car : IsNil(x) ? Nil : throw new LispCompileException($"not a list: {Print(x)}");
    public static object Cdr(object x) => x is Cons c ? c.Cdr : IsNil(x) ? Nil : throw new LispCompileException($"not a list: {Print(x)}");
    public static object Cadr(object x) => Car(Cdr(x));
    public static object Cddr(object x) => Cdr(Cdr(x));
    public static object Caddr(object x) => Car(Cddr(x));

    public static object List(params object[] items) => FromList(items);
    public static object ListStar(params object[] items)
    {
        object r = items[^1];
        for (int i = items.Length - 2; i >= 0; i--) r = new Cons(items[i], r);
        return r;
    }
    public static object FromList(IEnumerable<object> items, object? tail = null)
    {
        var arr = items as IList<object> ?? items.ToList();
        object r = tail ?? Nil;
        for (int i = arr.Count - 1; i >= 0; i--) r = new Cons(arr[i], r);
        return r;
    }
    /// <summary>The elements of a proper list; a dotted or circular list is a compile error.</summary>
    public static List<object> ToList(object x)
    {
        var r = new List<object>();
        while (x is Cons c) { r.Add(c.Car); x = c.Cdr; if (r.Count > 1_000_000) throw new LispCompileException("circular list"); }
        if (!IsNil(x)) throw new LispCompileException($"not a proper list (ends in {Print(x)})");
        return r;
    }
    public static bool IsList(object x) => x is Cons || IsNil(x);

    /// <summary>Whether a symbol of this name occurs anywhere in x (literals may be circular: each cons is
    /// visited once).</summary>
    public static bool Mentions(object x, string name)
    {
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        bool Walk(object y, int depth)
        {
            if (depth > 500) return false;
            for (; y is Cons c && seen.Add(c); y = c.Cdr) if (Walk(c.Car, depth + 1)) return true;
            return y is Symbol s && s.Name == name;
        }
        return Walk(x, 0);
    }
    public static int Length(object x) => ToList(x).Count;

    /// <summary>The operator name of a symbol, ignoring its package (keywords excluded).</summary>
    public static string? Name(object x) => x is Symbol s && !s.IsKeyword ? s.Name : null;
    public static bool Is(object x, string name) => x is Symbol s && !s.IsKeyword && s.Name == name;

    private static int _gensym;
    public static Symbol Gensym(string prefix = "G") => Symbol.Uninterned(prefix + Interlocked.Increment(ref _gensym));

    /// <summary>A short printed form for messages.</summary>
    public static string Print(object x, int depth = 0)
    {
        if (depth > 6) return "...";
        switch (x)
        {
            case Symbol s: return s.IsKeyword ? ":" + s.Name : s.Package == null ? "#:" + s.Name : s.Name;
            case LispString str: return "\"" + str.Text + "\"";
            case LispChar ch: return "#\\" + ch;
            case Cons c:
                {
                    var sb = new System.Text.StringBuilder("(");
                    object o = c; int n = 0;
                    while (o is Cons cc) { if (n++ > 0) sb.Append(' '); if (n > 20) { sb.Append("..."); break; } sb.Append(Print(cc.Car, depth + 1)); o = cc.Cdr; }
                    if (!IsNil(o) && o is not Cons) sb.Append(" . ").Append(Print(o, depth + 1));
                    return sb.Append(')').ToString();
                }
            case LispVector v: return "#(" + string.Join(" ", v.Items.Select(i => Print(i, depth + 1))) + ")";
            case null: return "<null>";
            default: return Convert.ToString(x, System.Globalization.CultureInfo.InvariantCulture) ?? "?";
        }
    }
}
