using Clysm.Lisp;
using static Clysm.Reference.Compiler.ListOps;

namespace Clysm.Reference.Compiler;

/// <summary>A place's setf expansion (CLHS 5.1.1.2): temporaries bound, in order, to the place's
/// subforms; the store variables; the form that stores them and returns them; the form that reads
/// the place (in terms of the temporaries).</summary>
internal sealed record SetfExpansion(List<(Symbol Var, object Form)> Temps, List<Symbol> Stores, object Store, object Access);

/// <summary>SETF places: every macro that assigns a place (SETF PSETF SHIFTF ROTATEF INCF PUSH POP REMF
/// define-modify-macro...) goes through <see cref="Expand"/>, so each evaluates the place's subforms
/// once, left to right, before the new value, as CLHS 5.1.1.1 requires.</summary>
internal static class Places
{
    private static readonly Symbol Setq = Intern("SETQ"), LetStar = Intern("LET*"), Progn = Intern("PROGN");

    /// <summary>Accessors stored by a function of the same arguments plus the new value, last.</summary>
    private static readonly Dictionary<string, string> Accessors = new()
    {
        ["AREF"] = "%SETF-AREF", ["SVREF"] = "%SETF-AREF", ["CHAR"] = "%SETF-CHAR", ["SCHAR"] = "%SETF-CHAR",
        ["ELT"] = "%SETF-ELT", ["SYMBOL-VALUE"] = "SET", ["GET"] = "%SETF-GET", ["SYMBOL-FUNCTION"] = "%SET-SYMBOL-FUNCTION",
        ["FDEFINITION"] = "%SET-SYMBOL-FUNCTION", ["SYMBOL-PLIST"] = "%SET-SYMBOL-PLIST", ["FILL-POINTER"] = "%SETF-FILL-POINTER",
        ["ROW-MAJOR-AREF"] = "%SETF-ROW-MAJOR-AREF", ["BIT"] = "%SETF-AREF", ["SBIT"] = "%SETF-AREF",
        ["CAR"] = "%SETF-CAR", ["FIRST"] = "%SETF-CAR", ["CDR"] = "%SETF-CDR", ["REST"] = "%SETF-CDR",
        ["NTH"] = "%SETF-NTH", ["GETHASH"] = "%PUTHASH", ["READTABLE-CASE"] = "%SETF-READTABLE-CASE",
        ["MACRO-FUNCTION"] = "%SET-MACRO-FUNCTION", ["COMPILER-MACRO-FUNCTION"] = "%SET-COMPILER-MACRO-FUNCTION",
        ["SLOT-VALUE"] = "%SET-SLOT-VALUE", ["CLASS-NAME"] = "%SET-CLASS-NAME",
    };

    private static readonly string[] Ordinals = { "SECOND", "THIRD", "FOURTH", "FIFTH", "SIXTH", "SEVENTH", "EIGHTH", "NINTH", "TENTH" };

    /// <summary>The setf expansion of a place. A standard operator that is no place is refused (skip),
    /// unless <paramref name="anyOperator"/>: GET-SETF-EXPANSION, as SBCL, then gives the (setf op)
    /// function call expansion (CLHS 5.1.2.9), which fails only if its store form is run.</summary>
    public static SetfExpansion Expand(object place, UnitInfo u, bool anyOperator = false)
    {
        if (place is Symbol sym)
        {
            if (u.ExpandLocalMacro?.Invoke(place) is { } sm) return Expand(sm, u);
            var s = Gensym("NEW");
            return new(new(), new() { s }, List(Setq, sym, s), sym);
        }
        if (place is not Cons c || c.Car is not Symbol op) throw new LispCompileException($"SETF: bad place {Print(place)}");
        if (u.ExpandLocalMacro?.Invoke(place) is { } local) return Expand(local, u);
        var a = ToList(c.Cdr);
        if (u.SetfExpanders.TryGetValue(op, out var user)) return user(a);
        if (u.StructSetters.TryGetValue(op, out var setter)) return Call(op, a, (v, s) => FromList(v.Prepend(setter).Append(s)));
        if (u.Macros.TryGetValue(op.Name, out var macro) && !Accessors.ContainsKey(op.Name)) return Expand(macro(place), u);
        switch (op.Name)
        {
            case "GETF":
                {
                    // (getf place indicator [default]): the plist place is itself expanded
                    var inner = Expand(a[0], u);
                    var temps = new List<(Symbol, object)>(inner.Temps);
                    var ind = Temp(a[1], temps);
                    var def = a.Count > 2 ? Temp(a[2], temps) : Nil;
                    var s = Gensym("NEW");
                    var store = List(Intern("LET"), List(List(inner.Stores[0], List(Intern("%PUTF"), inner.Access, ind, s))), inner.Store, s);
                    return new(temps, new() { s }, store, List(Intern("GETF"), inner.Access, ind, def));
                }
            case "LDB": case "MASK-FIELD":
                {
                    // a byte of an integer place: the new integer is stored into the inner place
                    var temps = new List<(Symbol, object)>();
                    var spec = Temp(a[0], temps);
                    var inner = Expand(a[1], u);
                    temps.AddRange(inner.Temps);
                    var s = Gensym("NEW");
                    object updated = op.Name == "LDB"
                        ? List(Intern("DPB"), s, spec, inner.Access)
                        : List(Intern("LOGIOR"), List(Intern("LOGAND"), inner.Access, List(Intern("LOGNOT"), List(Intern("MASK-FIELD"), spec, -1L))),
                                            List(Intern("MASK-FIELD"), spec, s));
                    var store = List(Intern("LET"), List(List(inner.Stores[0], updated)), inner.Store, s);
                    return new(temps, new() { s }, store, List(op, spec, inner.Access));
                }
            case "VALUES":
                {
                    var parts = a.Select(p => Expand(p, u)).ToList();
                    var temps = parts.SelectMany(p => p.Temps).ToList();
                    var stores = parts.SelectMany(p => p.Stores).ToList();
                    var store = new Cons(Progn, FromList(parts.Select(p => p.Store)
                        .Append(new Cons(Intern("VALUES"), FromList(parts.Select(p => (object)p.Stores[0]))))));
                    return new(temps, stores, store, new Cons(Intern("VALUES"), FromList(parts.Select(p => p.Access))));
                }
            case "THE": return Expand(a[1], u);
            case "SUBSEQ":
                return Call(op, a, (v, s) => List(Progn,
                    FromList(new object[] { Intern("REPLACE"), v[0], s, Keyword("START1"), v.Count > 1 ? v[1] : 0L }
                        .Concat(v.Count > 2 ? new object[] { Keyword("END1"), v[2] } : Array.Empty<object>())), s));
            case "APPLY" when a.Count >= 2 && a[0] is Cons { Car: Symbol fq } fc && (fq.Name is "FUNCTION" || fq == LispSymbols.Quote) && Cadr(fc) is Symbol target:
                {
                    // (apply #'aref array subscripts...): the store function applied with the new value added;
                    // a setf function takes the new value first, the standard accessors last
                    var temps = new List<(Symbol, object)>();
                    var v = a.Skip(1).Select(x => Temp(x, temps)).ToList();
                    var s = Gensym("NEW");
                    bool standard = target.Package == LispSymbols.CommonLisp && Accessors.ContainsKey(target.Name);
                    var fn = List(Intern("FUNCTION"), standard ? Intern(Accessors[target.Name]) : SetfFunctionName(target, u));
                    object store = standard
                        ? FromList(new object[] { Intern("APPLY"), fn }.Concat(v.Take(v.Count - 1)).Append(List(Intern("APPEND"), v[^1], List(Intern("LIST"), s))))
                        : FromList(new object[] { Intern("APPLY"), fn, s }.Concat(v));
                    return new(temps, new() { s }, store, FromList(new object[] { Intern("APPLY"), a[0] }.Concat(v)));
                }
            case "GET": case "GETHASH" when op.Package == LispSymbols.CommonLisp:
                // a default is evaluated (it is a subform) but not stored
                return Call(op, a, (v, s) => List(Intern(Accessors[op.Name]), v[0], v[1], s));
        }
        if (op.Package == LispSymbols.CommonLisp && Accessors.TryGetValue(op.Name, out var fnName))
            return Call(op, a, (v, s) => FromList(v.Prepend(Intern(fnName)).Append(s)));
        var cxr = op.Name;
        if (op.Package == LispSymbols.CommonLisp && cxr.Length >= 4 && cxr[0] == 'C' && cxr[^1] == 'R' && cxr[1..^1].All(ch => ch is 'A' or 'D'))
            // (cadr x) is (car (cdr x))
            return Expand(List(Intern(cxr[1] == 'A' ? "CAR" : "CDR"), List(Intern("C" + cxr[2..^1] + "R"), a[0])), u);
        int ord = Array.IndexOf(Ordinals, op.Name);
        if (ord >= 0 && op.Package == LispSymbols.CommonLisp) return Expand(List(Intern("NTH"), (long)(ord + 1), a[0]), u);
        if (Structs.SetterFor(op, u) is { } structSetter) return Call(op, a, (v, s) => FromList(v.Prepend(structSetter).Append(s)));
        if (op.Package == LispSymbols.CommonLisp && !anyOperator) throw new UnsupportedConstructException("setf of " + op.Name.ToLowerInvariant());
        // any other operator: the function (setf op) gets the new value first (CLHS 5.1.2.9)
        var setfFn = SetfFunctionName(op, u);
        return Call(op, a, (v, s) => FromList(new object[] { Intern("FUNCALL"), List(Intern("FUNCTION"), setfFn), s }.Concat(v)));
    }

    /// <summary>The symbol that names the function (setf name) in this unit (an uninterned symbol,
    /// so it clashes with nothing).</summary>
    public static Symbol SetfFunctionName(Symbol name, UnitInfo u)
    {
        if (!u.SetfFunctions.TryGetValue(name, out var s)) u.SetfFunctions[name] = s = Symbol.Uninterned("(SETF " + name.Name + ")");
        return s;
    }

    /// <summary>A place that is a call: a temporary for each argument that is not a constant.</summary>
    private static SetfExpansion Call(Symbol op, List<object> args, Func<List<object>, Symbol, object> store)
    {
        var temps = new List<(Symbol, object)>();
        var vals = args.Select(x => Temp(x, temps)).ToList();
        var s = Gensym("NEW");
        return new(temps, new() { s }, store(vals, s), new Cons(op, FromList(vals)));
    }

    private static object Temp(object form, List<(Symbol, object)> temps)
    {
        if (IsConstant(form)) return form;
        var g = Gensym("PL"); temps.Add((g, form)); return g;
    }

    private static bool IsConstant(object x) =>
        x is not Symbol and not Cons || x is Symbol { IsKeyword: true } || IsNil(x) || x == T
        || x is Cons { Car: Symbol q } && q == LispSymbols.Quote;

    private static object Bindings(IEnumerable<(Symbol Var, object Form)> temps) => FromList(temps.Select(t => List(t.Var, t.Form)));

    /// <summary>(setf place value).</summary>
    public static object Set(object place, object value, UnitInfo u)
    {
        if (place is Symbol && u.ExpandLocalMacro?.Invoke(place) is null) return List(Setq, place, value);
        var e = Expand(place, u);
        if (e.Stores.Count == 1 && Inline(e, value) is { } direct) return direct;
        if (e.Stores.Count == 1) return List(LetStar, Bindings(e.Temps.Append((e.Stores[0], value))), e.Store);
        return List(LetStar, Bindings(e.Temps), List(Intern("MULTIPLE-VALUE-BIND"), FromList(e.Stores), value, e.Store));
    }

    /// <summary>A store that is one call taking the temporaries in order and then the new value is the
    /// same call on the subforms themselves: no temporaries are needed.</summary>
    private static object? Inline(SetfExpansion e, object value)
    {
        if (e.Store is not Cons call || call.Car is not Symbol) return null;
        var args = ToList(call.Cdr);
        if (args.Count == 0 || args[^1] != e.Stores[0]) return null;
        int t = 0; var result = new List<object> { call.Car };
        foreach (var x in args.Take(args.Count - 1))
        {
            if (t < e.Temps.Count && x == e.Temps[t].Var) { result.Add(e.Temps[t].Form); t++; }
            else if (IsConstant(x)) result.Add(x);
            else return null;
        }
        if (t != e.Temps.Count) return null;
        result.Add(value);
        return FromList(result);
    }

    /// <summary>Read-modify-write of a place (INCF, PUSH, define-modify-macro...): subforms once.</summary>
    public static object Modify(object place, Func<object, object> update, UnitInfo u)
    {
        if (place is Symbol && u.ExpandLocalMacro?.Invoke(place) is null) return List(Setq, place, update(place));
        var e = Expand(place, u);
        return List(LetStar, Bindings(e.Temps.Append((e.Stores[0], update(e.Access)))), e.Store);
    }

    /// <summary>PSETF: every place's subforms and then its value, pair by pair; then all the stores.</summary>
    public static object ParallelSet(List<object> a, UnitInfo u)
    {
        var binds = new List<(Symbol, object)>(); var stores = new List<object>();
        for (int i = 0; i + 1 < a.Count; i += 2)
        {
            var e = Expand(a[i], u);
            binds.AddRange(e.Temps);
            if (e.Stores.Count == 1) binds.Add((e.Stores[0], a[i + 1]));
            else
            {
                var all = Gensym("VALUES");
                binds.Add((all, List(Intern("MULTIPLE-VALUE-LIST"), a[i + 1])));
                binds.AddRange(e.Stores.Select((s, k) => (s, (object)List(Intern("NTH"), (long)k, all))));
            }
            stores.Add(e.Store);
        }
        return ListStar(LetStar, Bindings(binds), FromList(stores.Append(Nil)));
    }

    /// <summary>SHIFTF (rotate = false: the last argument is the new value) and ROTATEF.</summary>
    public static object Shift(List<object> a, bool rotate, UnitInfo u)
    {
        var places = rotate ? a : a.Take(a.Count - 1).ToList();
        var es = places.Select(p => Expand(p, u)).ToList();
        var binds = es.SelectMany(e => e.Temps).ToList();
        var old = Gensym("OLD");
        binds.Add((old, es[0].Access));
        for (int i = 0; i < es.Count; i++)
            binds.Add((es[i].Stores[0], i + 1 < es.Count ? es[i + 1].Access : rotate ? old : a[^1]));
        return ListStar(LetStar, Bindings(binds), FromList(es.Select(e => e.Store).Append(rotate ? Nil : old)));
    }

    /// <summary>POP: the place read once, its cdr stored, its car returned.</summary>
    public static object Pop(object place, UnitInfo u)
    {
        var g = Gensym("LIST");
        if (place is Symbol && u.ExpandLocalMacro?.Invoke(place) is null)
            return List(Intern("LET"), List(List(g, place)), List(Setq, place, List(Intern("CDR"), g)), List(Intern("CAR"), g));
        var e = Expand(place, u);
        return List(LetStar, Bindings(e.Temps.Append((g, e.Access)).Append((e.Stores[0], List(Intern("CDR"), g)))), e.Store, List(Intern("CAR"), g));
    }

    /// <summary>(get-setf-expansion 'place) answered at compile time: the five values as constants.</summary>
    public static object ExpansionValues(object place, UnitInfo u)
    {
        var e = Expand(place, u);
        object Q(object x) => List(LispSymbols.Quote, x);
        return List(Intern("VALUES"), Q(FromList(e.Temps.Select(t => (object)t.Var))), Q(FromList(e.Temps.Select(t => t.Form))),
            Q(FromList(e.Stores)), Q(e.Store), Q(e.Access));
    }
}
