using Clysm.Lisp;
using static Clysm.Reference.Compiler.L;

namespace Clysm.Reference.Compiler;

/// <summary>The standard macros, written as C# source-to-source rewrites over the reader's data.
/// The compiler and the macro interpreter share them.</summary>
internal static class Macros
{
    private delegate object Expander(Cons form, List<object> args, UnitInfo u);
    private static readonly Dictionary<string, Expander> Table = new();

    private static Symbol Q => LispSymbols.Quote;
    private static object Quote(object x) => List(Q, x);
    private static readonly Symbol Progn = S("PROGN"), If = S("IF"), Let = S("LET"), LetStar = S("LET*"), Setq = S("SETQ"),
        Block = S("BLOCK"), Tagbody = S("TAGBODY"), Go = S("GO"), Lambda = S("LAMBDA"), Function = S("FUNCTION"),
        Cond = S("COND"), Setf = S("SETF"), ReturnFrom = S("RETURN-FROM"), Funcall = S("FUNCALL");

    public static bool IsMacro(string name) => Table.ContainsKey(name);

    public static bool TryExpand(string name, Cons form, UnitInfo u, out object expansion)
    {
        if (Table.TryGetValue(name, out var e)) { expansion = e(form, ToList(form.Cdr), u); return true; }
        expansion = null!; return false;
    }

    private static object Body(IEnumerable<object> forms) => new Cons(Progn, FromList(forms));

    /// <summary>RESTART-CASE: the restarts are pushed on the special *%RESTARTS* while the form runs;
    /// INVOKE-RESTART throws (index . arguments) to the catch tag they share, and the clause with that
    /// index runs on the arguments.</summary>
    private static object RestartCase(List<object> a)
    {
        var tag = Gensym("TAG"); var blk = Gensym("B"); var got = Gensym("ARGS");
        var makes = new List<object>(); var cases = new List<object>();
        int i = 0;
        foreach (var cl in a.Skip(1))
        {
            var parts = ToList(cl);
            if (parts.Count < 2) throw new LispCompileException("RESTART-CASE: bad clause " + Print(cl));
            var body = parts.Skip(2).ToList(); object report = Nil;
            while (body.Count >= 2 && body[0] is Symbol { IsKeyword: true } k && k.Name is "REPORT" or "INTERACTIVE" or "TEST")
            {
                if (k.Name == "REPORT")
                    report = body[1] is Symbol rs && !IsNil(rs) ? List(S("FUNCTION"), rs) : body[1];
                body.RemoveRange(0, 2);
            }
            makes.Add(List(S("%MAKE-RESTART"), List(LispSymbols.Quote, parts[0]), tag, (long)i, report));
            cases.Add(List((long)i, List(S("APPLY"), ListStar(S("LAMBDA"), parts[1], FromList(body)), List(S("CDR"), got))));
            i++;
        }
        return List(Let, List(List(tag, List(S("LIST"), Nil))),
            List(S("BLOCK"), blk,
                List(Let, List(List(got, List(S("CATCH"), tag,
                        List(Let, List(List(S("*%RESTARTS*"), List(S("APPEND"), new Cons(S("LIST"), FromList(makes)), S("*%RESTARTS*")))),
                            List(S("RETURN-FROM"), blk, a[0]))))),
                    new Cons(S("CASE"), new Cons(List(S("CAR"), got), FromList(cases))))));
    }

    /// <summary>HANDLER-CASE with a :NO-ERROR clause: the form's values go to that clause when no handler ran.</summary>
    public static object HandlerCaseNoError(List<object> a)
    {
        var outer = Gensym("ERR"); var normal = Gensym("NORMAL");
        var noError = (Cons)a[^1];
        var clauses = a.Skip(1).Take(a.Count - 2);
        return List(S("BLOCK"), outer,
            List(S("MULTIPLE-VALUE-CALL"), new Cons(S("LAMBDA"), noError.Cdr),
                List(S("BLOCK"), normal,
                    List(S("RETURN-FROM"), outer,
                        new Cons(S("HANDLER-CASE"), new Cons(List(S("RETURN-FROM"), normal, a[0]), FromList(clauses)))))));
    }
    private static void Need(Cons form, List<object> a, int min)
    {
        if (a.Count < min) throw new LispCompileException($"{Print(form.Car)}: too few arguments in {Print(form)}");
    }

    static Macros()
    {
        Table["WHEN"] = (f, a, u) => { Need(f, a, 1); return List(If, a[0], Body(a.Skip(1))); };
        Table["UNLESS"] = (f, a, u) => { Need(f, a, 1); return List(If, a[0], Nil, Body(a.Skip(1))); };
        Table["AND"] = (f, a, u) =>
        {
            if (a.Count == 0) return T;
            object r = a[^1];
            for (int i = a.Count - 2; i >= 0; i--) r = List(If, a[i], r, Nil);
            return r;
        };
        Table["OR"] = (f, a, u) =>
        {
            if (a.Count == 0) return Nil;
            object r = a[^1];
            for (int i = a.Count - 2; i >= 0; i--)
            {
                var g = Gensym("OR");
                r = List(Let, List(List(g, a[i])), List(If, g, g, r));
            }
            return r;
        };
        Table["COND"] = (f, a, u) =>
        {
            object r = Nil;
            for (int i = a.Count - 1; i >= 0; i--)
            {
                var clause = ToList(a[i]);
                if (clause.Count == 0) throw new LispCompileException("COND: empty clause");
                if (clause.Count == 1)
                {
                    var g = Gensym("COND");
                    r = List(Let, List(List(g, clause[0])), List(If, g, g, r));
                }
                else r = List(If, clause[0], Body(clause.Skip(1)), r);
            }
            return r;
        };
        Table["CASE"] = (f, a, u) => Case(f, a, null);
        Table["ECASE"] = (f, a, u) => Case(f, a, "ECASE");
        Table["TYPECASE"] = (f, a, u) => TypeCase(f, a, null);
        Table["ETYPECASE"] = (f, a, u) => TypeCase(f, a, "ETYPECASE");
        // the continuable variants: without a debugger, no store-value prompt can happen, so they behave like the E- forms
        Table["CTYPECASE"] = (f, a, u) => TypeCase(f, a, "ETYPECASE");
        Table["CCASE"] = (f, a, u) => Case(f, a, "ECASE");
        Table["RETURN"] = (f, a, u) => List(ReturnFrom, Nil, a.Count > 0 ? a[0] : Nil);
        Table["PROG1"] = (f, a, u) =>
        {
            Need(f, a, 1); var g = Gensym("PROG1");
            return ListStar(Let, List(List(g, a[0])), FromList(a.Skip(1), List(g)));
        };
        Table["PROG2"] = (f, a, u) => { Need(f, a, 2); return List(Progn, a[0], ListStar(S("PROG1"), a[1], FromList(a.Skip(2)))); };
        Table["PROG"] = (f, a, u) => Prog(a, Let);
        Table["PROG*"] = (f, a, u) => Prog(a, LetStar);
        Table["DOLIST"] = (f, a, u) =>
        {
            Need(f, a, 1);
            var spec = ToList(a[0]); var v = (Symbol)spec[0];
            var lst = Gensym("LIST"); var top = Gensym("TOP"); var end = Gensym("END");
            var (decls, body) = SplitDecls(a.Skip(1));
            return List(Block, Nil,
                List(Let, List(List(lst, spec[1])),
                    List(Tagbody,
                        top,
                        List(If, List(S("ATOM"), lst), List(Go, end)),
                        ListStar(Let, List(List(v, List(S("CAR"), lst))), FromList(decls, List(ListStar(Tagbody, FromList(body))))),
                        List(Setq, lst, List(S("CDR"), lst)),
                        List(Go, top),
                        end),
                    spec.Count > 2 ? List(Let, List(List(v, Nil)), v, spec[2]) : Nil));
        };
        Table["DOTIMES"] = (f, a, u) =>
        {
            // one binding of the variable, stepped, as SBCL's DO-based expansion (closures see the last value)
            Need(f, a, 1);
            var spec = ToList(a[0]); var v = (Symbol)spec[0];
            var n = Gensym("N"); var top = Gensym("TOP"); var end = Gensym("END");
            var (decls, body) = SplitDecls(a.Skip(1));
            return List(Block, Nil,
                ListStar(Let, List(List(n, spec[1]), List(v, 0L)), FromList(decls, List(
                    List(Tagbody,
                        top,
                        List(If, List(S(">="), v, n), List(Go, end)),
                        ListStar(Tagbody, FromList(body)),
                        List(Setq, v, List(S("1+"), v)),
                        List(Go, top),
                        end),
                    spec.Count > 2 ? spec[2] : Nil))));
        };
        Table["DO"] = (f, a, u) => Do(f, a, false);
        Table["DO*"] = (f, a, u) => Do(f, a, true);
        Table["LOOP"] = (f, a, u) => Loop.Expand(f, a);
        Table["PSETQ"] = (f, a, u) => PSet(a, Setq);
        Table["PSETF"] = (f, a, u) => PSet(a, Setf);
        Table["SETF"] = (f, a, u) =>
        {
            if (a.Count % 2 != 0) throw new LispCompileException($"SETF: odd number of arguments in {Print(f)}");
            var forms = new List<object>();
            for (int i = 0; i < a.Count; i += 2) forms.Add(Places.Set(a[i], a[i + 1], u));
            return forms.Count == 1 ? forms[0] : Body(forms);
        };
        Table["INCF"] = (f, a, u) => { Need(f, a, 1); return Places.Modify(a[0], x => List(S("+"), x, a.Count > 1 ? a[1] : 1L), u); };
        Table["DECF"] = (f, a, u) => { Need(f, a, 1); return Places.Modify(a[0], x => List(S("-"), x, a.Count > 1 ? a[1] : 1L), u); };
        Table["PUSH"] = (f, a, u) =>
        {
            Need(f, a, 2); var g = Gensym("ITEM");
            return List(Let, List(List(g, a[0])), Places.Modify(a[1], x => List(S("CONS"), g, x), u));
        };
        Table["PUSHNEW"] = (f, a, u) =>
        {
            Need(f, a, 2); var g = Gensym("ITEM");
            return List(Let, List(List(g, a[0])), Places.Modify(a[1], x => ListStar(S("ADJOIN"), g, x, FromList(a.Skip(2))), u));
        };
        Table["POP"] = (f, a, u) =>
        {
            Need(f, a, 1); var g = Gensym("LIST");
            return List(Let, List(List(g, a[0])), List(S("PROG1"), List(S("CAR"), g), Places.Set(a[0], List(S("CDR"), g), u)));
        };
        Table["MULTIPLE-VALUE-SETQ"] = (f, a, u) =>
        {
            Need(f, a, 2);
            var vars = ToList(a[0]); var gs = vars.Select(_ => (object)Gensym("V")).ToList();
            var sets = vars.Select((v, i) => List(Setq, v, gs[i])).ToList();
            return List(S("MULTIPLE-VALUE-BIND"), FromList(gs), a[1], Body(sets.Append(gs.Count > 0 ? gs[0] : Nil)));
        };
        Table["NTH-VALUE"] = (f, a, u) => { Need(f, a, 2); return List(S("NTH"), a[0], List(S("MULTIPLE-VALUE-LIST"), a[1])); };
        Table["IGNORE-ERRORS"] = (f, a, u) =>
        {
            var c = Gensym("C");
            return List(S("HANDLER-CASE"), Body(a), List(S("ERROR"), List(c), List(S("VALUES"), Nil, c)));
        };
        Table["RESTART-CASE"] = (f, a, u) => { Need(f, a, 1); return RestartCase(a); };
        Table["WITH-SIMPLE-RESTART"] = (f, a, u) =>
        {
            Need(f, a, 1);
            var spec = ToList(a[0]); var s = Gensym("S");
            var report = List(S("LAMBDA"), List(s), ListStar(S("FORMAT"), s, FromList(spec.Skip(1))));
            return RestartCase(new List<object> { Body(a.Skip(1)), List(spec[0], Nil, Symbol.Keyword("REPORT"), report, List(S("VALUES"), Nil, T)) });
        };
        Table["DESTRUCTURING-BIND"] = (f, a, u) =>
        {
            Need(f, a, 2);
            return Destructure(a[0], a[1], a.Skip(2).ToList());
        };
        Table["DECLAIM"] = null!; Table.Remove("DECLAIM");
        Table["ASSERT"] = (f, a, u) =>
        {
            Need(f, a, 1);
            object err = a.Count > 2 ? ListStar(S("ERROR"), FromList(a.Skip(2))) : List(S("ERROR"), new LispString("The assertion " + Print(a[0]) + " failed."));
            return List(S("UNLESS"), a[0], err);
        };
        Table["CHECK-TYPE"] = (f, a, u) =>
        {
            Need(f, a, 2);
            return List(S("UNLESS"), List(S("TYPEP"), a[0], Quote(a[1])),
                List(S("%CHECK-TYPE-FAIL"), a[0], Quote(a[1]), Quote(a[0])));
        };
        Table["WITH-OUTPUT-TO-STRING"] = (f, a, u) =>
        {
            Need(f, a, 1);
            var spec = ToList(a[0]); var v = spec[0];
            if (spec.Count > 1 && !IsNil(spec[1]))
            {
                // output goes onto the given string (which has a fill pointer); the body's values are returned
                return List(Let, List(List(v, List(S("MAKE-STRING-OUTPUT-STREAM")))),
                    List(S("MULTIPLE-VALUE-PROG1"), Body(a.Skip(1)),
                        List(S("%STRING-EXTEND"), spec[1], List(S("GET-OUTPUT-STREAM-STRING"), v))));
            }
            return List(Let, List(List(v, List(S("MAKE-STRING-OUTPUT-STREAM")))),
                Body(a.Skip(1)), List(S("GET-OUTPUT-STREAM-STRING"), v));
        };
        Table["WITH-INPUT-FROM-STRING"] = (f, a, u) =>
        {
            Need(f, a, 1);
            var spec = ToList(a[0]);
            return List(Let, List(List(spec[0], List(S("%MAKE-STRING-INPUT-STREAM"), spec[1]))), Body(a.Skip(1)));
        };
        Table["WITH-OPEN-FILE"] = (f, a, u) =>
        {
            Need(f, a, 1);
            var spec = ToList(a[0]); var v = spec[0];
            var ok = Gensym("OK");
            return List(Let, List(List(v, ListStar(S("OPEN"), FromList(spec.Skip(1))))),
                List(S("UNWIND-PROTECT"), Body(a.Skip(1)), List(S("WHEN"), v, List(S("CLOSE"), v))));
        };
        Table["WITH-OPEN-STREAM"] = (f, a, u) =>
        {
            Need(f, a, 1);
            var spec = ToList(a[0]); var v = spec[0];
            return List(Let, List(List(v, spec[1])), List(S("UNWIND-PROTECT"), Body(a.Skip(1)), List(S("WHEN"), v, List(S("CLOSE"), v))));
        };
        Table["DEFSTRUCT"] = (f, a, u) => Structs.Expand(f, a, u);
        Table["DEFINE-CONDITION"] = (f, a, u) => Structs.DefineCondition(f, a, u);
        Table["DEFTYPE"] = (f, a, u) => throw new UnsupportedConstructException("deftype");
        Table["DEFCLASS"] = (f, a, u) => throw new UnsupportedConstructException("defclass");
        Table["DEFGENERIC"] = (f, a, u) => throw new UnsupportedConstructException("defgeneric");
        Table["DEFMETHOD"] = (f, a, u) => throw new UnsupportedConstructException("defmethod");
        Table["WITH-SLOTS"] = (f, a, u) => throw new UnsupportedConstructException("with-slots");
        Table["DEFSETF"] = (f, a, u) =>
        {
            // the short form only: (setf (access args...) v) == (update args... v)
            if (a.Count < 2 || a[0] is not Symbol acc || a[1] is not Symbol upd || IsNil(a[1])) throw new UnsupportedConstructException("defsetf long form");
            u.StructSetters[acc] = upd;
            return List(LispSymbols.Quote, acc);
        };
        Table["DEFINE-SETF-EXPANDER"] = (f, a, u) => throw new UnsupportedConstructException("define-setf-expander");
        Table["DEFINE-MODIFY-MACRO"] = (f, a, u) =>
        {
            Need(f, a, 3);
            var name = (Symbol)a[0]; var fnName = a[2];
            u.Macros[name.Name] = form =>
            {
                var fa = ToList(Cdr(form));
                if (fa.Count < 1) throw new LispCompileException($"{name.Name}: no place");
                return Places.Modify(fa[0], x => ListStar(fnName, x, FromList(fa.Skip(1))), u);
            };
            return List(LispSymbols.Quote, name);
        };
        Table["WITH-HASH-TABLE-ITERATOR"] = (f, a, u) => throw new UnsupportedConstructException("with-hash-table-iterator");
        Table["ROTATEF"] = (f, a, u) =>
        {
            if (a.Count < 2) return Nil;
            var gs = a.Select(_ => (object)Gensym("R")).ToList();
            var binds = a.Select((p, i) => List(gs[i], p)).ToList();
            var sets = a.Select((p, i) => Places.Set(p, gs[(i + 1) % a.Count], u)).ToList();
            return List(Let, FromList(binds), Body(sets.Append(Nil)));
        };
        Table["SHIFTF"] = (f, a, u) =>
        {
            Need(f, a, 2);
            var places = a.Take(a.Count - 1).ToList();
            var gs = places.Select(_ => (object)Gensym("S")).ToList();
            var binds = places.Select((p, i) => List(gs[i], p)).ToList();
            var sets = places.Select((p, i) => Places.Set(p, i + 1 < places.Count ? gs[i + 1] : a[^1], u)).ToList();
            return List(Let, FromList(binds), Body(sets.Append(gs[0])));
        };
        Table["QUASIQUOTE"] = (f, a, u) => Backquote.Expand(a[0], 1);
        Table["DEFVAR-UNBOUND"] = null!; Table.Remove("DEFVAR-UNBOUND");
        Table["LAMBDA-FUNCTION"] = null!; Table.Remove("LAMBDA-FUNCTION");
        Table["PRINT-UNREADABLE-OBJECT"] = (f, a, u) => throw new UnsupportedConstructException("print-unreadable-object");
        Table["WITH-STANDARD-IO-SYNTAX"] = (f, a, u) => Body(a);
        Table["DOLIST-VALUES"] = null!; Table.Remove("DOLIST-VALUES");
    }

    private static (List<object> Decls, List<object> Body) SplitDecls(IEnumerable<object> forms)
    {
        var decls = new List<object>(); var body = new List<object>();
        foreach (var x in forms)
            if (body.Count == 0 && x is Cons c && Is(c.Car, "DECLARE")) decls.Add(x); else body.Add(x);
        return (decls, body);
    }

    private static object Prog(List<object> a, Symbol let)
    {
        var (decls, body) = SplitDecls(a.Skip(1));
        return List(Block, Nil, ListStar(let, a[0], FromList(decls, List(ListStar(Tagbody, FromList(body))))));
    }

    private static object Case(Cons f, List<object> a, string? err)
    {
        Need(f, a, 1);
        var key = Gensym("KEY");
        var clauses = new List<object>();
        var allKeys = new List<object>();
        foreach (var cl in a.Skip(1))
        {
            var keys = Car(cl); var body = Cdr(cl);
            object test;
            if (err == null && (Is(keys, "OTHERWISE") || keys == T)) test = T;
            else
            {
                var ks = keys is Cons || IsNil(keys) ? ToList(keys) : new List<object> { keys };
                allKeys.AddRange(ks);
                test = ks.Count == 1 ? List(S("EQL"), key, Quote(ks[0])) : List(S("MEMBER"), key, Quote(FromList(ks)));
            }
            clauses.Add(new Cons(test, IsNil(body) ? List(Nil) : body));
        }
        if (err != null) clauses.Add(List(T, List(S("%CASE-FAILURE"), key, Quote(FromList(allKeys)))));
        return List(Let, List(List(key, a[0])), new Cons(Cond, FromList(clauses)));
    }

    private static object TypeCase(Cons f, List<object> a, string? err)
    {
        Need(f, a, 1);
        var key = Gensym("KEY");
        var clauses = new List<object>();
        var types = new List<object>();
        foreach (var cl in a.Skip(1))
        {
            var type = Car(cl); var body = Cdr(cl);
            object test = err == null && (Is(type, "OTHERWISE") || type == T) ? T : List(S("TYPEP"), key, Quote(type));
            types.Add(type);
            clauses.Add(new Cons(test, IsNil(body) ? List(Nil) : body));
        }
        if (err != null) clauses.Add(List(T, List(S("%TYPECASE-FAILURE"), key, Quote(new Cons(S("OR"), FromList(types))))));
        return List(Let, List(List(key, a[0])), new Cons(Cond, FromList(clauses)));
    }

    private static object Do(Cons f, List<object> a, bool sequential)
    {
        Need(f, a, 2);
        var specs = ToList(a[0]).Select(s => s is Symbol ? List(s) : s).Select(ToList).ToList();
        var end = ToList(a[1]);
        var (decls, body) = SplitDecls(a.Skip(2));
        var top = Gensym("TOP");
        var binds = FromList(specs.Select(s => List(s[0], s.Count > 1 ? s[1] : Nil)));
        var steps = new List<object>();
        foreach (var s in specs.Where(s => s.Count > 2)) { steps.Add(s[0]); steps.Add(s[2]); }
        object step = steps.Count == 0 ? Nil : new Cons(sequential ? Setq : S("PSETQ"), FromList(steps));
        return List(Block, Nil,
            ListStar(sequential ? LetStar : Let, binds, FromList(decls, List(
                List(Tagbody,
                    top,
                    List(If, end[0], List(ReturnFrom, Nil, Body(end.Skip(1)))),
                    ListStar(Tagbody, FromList(body)),
                    step,
                    List(Go, top))))));
    }

    private static object PSet(List<object> a, Symbol setter)
    {
        var binds = new List<object>(); var sets = new List<object>();
        for (int i = 0; i + 1 < a.Count; i += 2)
        {
            var g = Gensym("P");
            binds.Add(List(g, a[i + 1])); sets.Add(List(setter, a[i], g));
        }
        return List(Let, FromList(binds), Body(sets.Append(Nil)));
    }

    /// <summary>DESTRUCTURING-BIND through a lambda: nested patterns become nested binds.</summary>
    public static object Destructure(object pattern, object expr, List<object> body)
    {
        var (flat, nested) = FlattenPattern(pattern);
        object inner = Body(body);
        var (decls, rest) = SplitDecls(body);
        inner = FromList(decls.Concat(rest));
        foreach (var (g, sub) in nested.AsEnumerable().Reverse()) inner = List(Destructure(sub, g, ToList(inner)));
        return ListStar(S("APPLY"), List(Function, ListStar(Lambda, flat, inner)), List(expr));
    }

    /// <summary>Replace nested list patterns in required/optional positions by gensyms; a dotted tail becomes &rest.</summary>
    public static (object Flat, List<(Symbol, object)> Nested) FlattenPattern(object pattern)
    {
        var items = new List<object>(); var nested = new List<(Symbol, object)>();
        object p = pattern; bool inReq = true;
        while (p is Cons c)
        {
            var x = c.Car;
            if (x is Symbol s && s.Name.StartsWith('&')) { inReq = s.Name is "&WHOLE"; items.Add(x); }
            else if (inReq && x is Cons)
            {
                var g = Gensym("D"); nested.Add((g, x)); items.Add(g);
            }
            else items.Add(x);
            p = c.Cdr;
        }
        if (!IsNil(p)) { items.Add(S("&REST")); items.Add(p); }
        var whole = items.FindIndex(x => Is(x, "&WHOLE"));
        if (whole >= 0) throw new UnsupportedConstructException("&whole");
        return (FromList(items), nested);
    }
}

/// <summary>SETF places.</summary>
internal static class Places
{
    public static object Set(object place, object value, UnitInfo u)
    {
        if (place is Symbol) return List(S("SETQ"), place, value);
        if (place is not Cons c || c.Car is not Symbol op) throw new LispCompileException($"SETF: bad place {Print(place)}");
        var a = ToList(c.Cdr);
        if (u.StructSetters.TryGetValue(op, out var structSetter)) return FromList(new object[] { structSetter }.Concat(a).Append(value));
        if (u.Macros.ContainsKey(op.Name) && !Accessors.ContainsKey(op.Name)) return Set(u.Macros[op.Name](place), value, u);
        switch (op.Name)
        {
            case "CAR": case "FIRST": return List(S("%SETF-CAR"), a[0], value);
            case "CDR": case "REST": return List(S("%SETF-CDR"), a[0], value);
            case "NTH": return List(S("%SETF-NTH"), a[0], a[1], value);
            case "NTHCDR": throw new UnsupportedConstructException("setf nthcdr");
            case "GETF": return Modify(a[0], x => List(S("%PUTF"), x, a[1], value), u);
            case "VALUES": throw new UnsupportedConstructException("setf values");
            case "GETHASH": return List(S("%PUTHASH"), a[0], a[1], value);
            case "LDB": case "MASK-FIELD":
                {
                    // the byte specifier, then the place's subforms, then the value; the result is the value
                    var b = Gensym("BYTE"); var v = Gensym("NEW");
                    var deposit = S(op.Name == "LDB" ? "DPB" : "DEPOSIT-FIELD");
                    return List(S("LET*"), List(List(b, a[0]), List(v, value)), Modify(a[1], x => List(deposit, v, b, x), u), v);
                }
        }
        if (Accessors.TryGetValue(op.Name, out var setter)) return FromList(new object[] { S(setter) }.Concat(a).Append(value));
        var cxr = op.Name;
        if (cxr.Length >= 4 && cxr[0] == 'C' && cxr[^1] == 'R' && cxr[1..^1].All(ch => ch is 'A' or 'D'))
        {
            // (setf (cadr x) v) == (setf (car (cdr x)) v)
            var inner = List(S("C" + cxr[2..^1] + "R"), a[0]);
            return Set(List(S(cxr[1] == 'A' ? "CAR" : "CDR"), inner), value, u);
        }
        var ordinal = new[] { "SECOND", "THIRD", "FOURTH", "FIFTH", "SIXTH", "SEVENTH", "EIGHTH", "NINTH", "TENTH" };
        int ord = Array.IndexOf(ordinal, op.Name);
        if (ord >= 0) return List(S("%SETF-NTH"), (long)(ord + 1), a[0], value);
        if (u.Macros.TryGetValue(op.Name, out var m)) return Set(m(place), value, u);
        if (Structs.SetterFor(op, u) is { } st) return FromList(new object[] { st }.Concat(a).Append(value));
        throw new UnsupportedConstructException("setf of " + op.Name.ToLowerInvariant());
    }

    private static readonly Dictionary<string, string> Accessors = new()
    {
        ["AREF"] = "%SETF-AREF", ["SVREF"] = "%SETF-AREF", ["CHAR"] = "%SETF-CHAR", ["SCHAR"] = "%SETF-CHAR",
        ["ELT"] = "%SETF-ELT", ["SYMBOL-VALUE"] = "SET", ["GET"] = "%SETF-GET", ["SYMBOL-FUNCTION"] = "%SET-SYMBOL-FUNCTION",
        ["FDEFINITION"] = "%SET-SYMBOL-FUNCTION", ["SYMBOL-PLIST"] = "%SET-SYMBOL-PLIST", ["FILL-POINTER"] = "%SETF-FILL-POINTER",
        ["ROW-MAJOR-AREF"] = "%SETF-ROW-MAJOR-AREF", ["BIT"] = "%SETF-AREF", ["SBIT"] = "%SETF-AREF",
    };

    /// <summary>Read-modify-write of a place, evaluating the place's subforms once.</summary>
    public static object Modify(object place, Func<object, object> update, UnitInfo u)
    {
        if (place is Symbol) return Set(place, update(place), u);
        if (place is not Cons c || c.Car is not Symbol op) throw new LispCompileException($"bad place {Print(place)}");
        var a = ToList(c.Cdr);
        var binds = new List<object>(); var args = new List<object>();
        foreach (var x in a)
        {
            if (x is Cons) { var g = Gensym("PL"); binds.Add(List(g, x)); args.Add(g); } else args.Add(x);
        }
        var simple = new Cons(op, FromList(args));
        return List(S("LET*"), FromList(binds), Set(simple, update(simple), u));
    }
}

/// <summary>Backquote: (QUASIQUOTE x) into LIST / APPEND / CONS / QUOTE forms.</summary>
internal static class Backquote
{
    public static object Expand(object x, int depth)
    {
        if (x is LispVector v) return List(S("APPLY"), List(S("FUNCTION"), S("VECTOR")), Expand(FromList(v.Items), depth));
        if (x is not Cons c) return x is Symbol s && !IsNil(x) && s != T && !s.IsKeyword ? List(LispSymbols.Quote, x) : x;
        if (c.Car == LispSymbols.Unquote)
            return depth == 1 ? Cadr(c) : List(S("LIST"), List(LispSymbols.Quote, LispSymbols.Unquote), Expand(Cadr(c), depth - 1));
        if (c.Car == LispSymbols.Quasiquote)
            return List(S("LIST"), List(LispSymbols.Quote, LispSymbols.Quasiquote), Expand(Cadr(c), depth + 1));
        // walk the list, collecting segments for APPEND
        var segments = new List<object>();
        object p = c;
        while (p is Cons pc)
        {
            if (pc.Car == LispSymbols.Unquote && depth == 1) { segments.Add(Cadr(pc)); p = Nil; goto done; }
            var item = pc.Car;
            if (item is Cons ic && (ic.Car == LispSymbols.UnquoteSplicing || ic.Car == LispSymbols.UnquoteNSplicing) && depth == 1)
                segments.Add(Cadr(ic));
            else segments.Add(List(S("LIST"), Expand(item, depth)));
            p = pc.Cdr;
        }
        if (!IsNil(p)) segments.Add(Expand(p, depth));
        done:
        if (segments.Count == 1) return segments[0] is Cons sc && Is(sc.Car, "LIST") ? segments[0] : List(S("APPEND"), segments[0]);
        return new Cons(S("APPEND"), FromList(segments));
    }
}
