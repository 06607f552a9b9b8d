using Clysm.Lisp;
using static Clysm.Reference.Compiler.L;

namespace Clysm.Reference.Compiler;

/// <summary>The standard macros, written as C# source-to-source rewrites over the reader's data.
/// The compiler and the macro interpreter share them.</summary>
internal static partial class Macros
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
        RegisterRestarts();
        RegisterTypes();
        RegisterClos();
        RegisterPretty();
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
                        // a list ends at NIL; any other atom is not a list (as ENDP, SBCL signals)
                        List(If, List(S("ATOM"), lst), List(Progn, List(If, lst, List(S("%TYPE-ERROR"), lst, Quote(S("LIST")))), List(Go, end))),
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
        Table["PSETQ"] = (f, a, u) => Places.ParallelSet(a, u);
        Table["PSETF"] = (f, a, u) => Places.ParallelSet(a, u);
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
            Need(f, a, 1);
            return Places.Pop(a[0], u);
        };
        Table["REMF"] = (f, a, u) =>
        {
            Need(f, a, 2); var found = Gensym("FOUND"); var plist = Gensym("PLIST"); var hit = Gensym("HIT");
            return List(Let, List(List(found, Nil)),
                Places.Modify(a[0], x => List(S("MULTIPLE-VALUE-BIND"), List(plist, hit), List(S("%REMF"), x, a[1]),
                    List(Setq, found, hit), plist), u),
                found);
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
        Table["DESTRUCTURING-BIND"] = (f, a, u) =>
        {
            Need(f, a, 2);
            return Destructuring.Expand(a[0], a[1], a.Skip(2));
        };
        Table["DECLAIM"] = null!; Table.Remove("DECLAIM");
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
            // (var string &key index start end): index, a place, gets the position reached at the end
            var spec = ToList(a[0]);
            object Key(string k) { for (int i = 2; i + 1 < spec.Count; i += 2) if (spec[i] is Symbol { Name: var n } && n == k) return spec[i + 1]; return Nil; }
            var start = Key("START"); var end = Key("END"); var index = Key("INDEX"); var from = Gensym("START");
            var open = List(Let, List(List(spec[0], List(S("%MAKE-STRING-INPUT-STREAM"), spec[1], from, end))), Body(a.Skip(1)));
            if (IsNil(index)) return List(Let, List(List(from, IsNil(start) ? 0L : List(S("OR"), start, 0L))), open);
            return List(Let, List(List(from, IsNil(start) ? 0L : List(S("OR"), start, 0L))),
                List(Let, List(List(spec[0], List(S("%MAKE-STRING-INPUT-STREAM"), spec[1], from, end))),
                    List(S("MULTIPLE-VALUE-PROG1"), Body(a.Skip(1)),
                        Places.Set(index, List(S("+"), from, List(S("%STREAM-POS"), spec[0])), u))));
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
        Table["DEFSETF"] = (f, a, u) =>
        {
            Need(f, a, 2);
            var acc = a[0] as Symbol ?? throw new LispCompileException("DEFSETF: the access function must be a symbol");
            // short form: (setf (access args...) v) == (update args... v)
            if (a[1] is Symbol upd && !IsNil(upd)) u.StructSetters[acc] = upd;
            else
            {
                // long form (defsetf access lambda-list (store-vars...) body...): the body, run at compile time with
                // the parameters bound to temporaries and the store variables to fresh symbols, gives the store form
                Need(f, a, 3);
                var lambdaList = a[1]; var storeVars = ToList(a[2]);
                var expander = u.Interp.MakeMacro(acc, FromList(storeVars.Concat(ToList(lambdaList))), FromList(a.Skip(3)));
                u.SetfExpanders[acc] = args =>
                {
                    var temps = args.Select(x => (Var: Gensym("PL"), Form: x)).ToList();
                    var stores = storeVars.Select(_ => Gensym("NEW")).ToList();
                    var store = expander(new Cons(acc, FromList(stores.Cast<object>().Concat(temps.Select(t => (object)t.Var)))));
                    return new SetfExpansion(temps, stores, store, new Cons(acc, FromList(temps.Select(t => (object)t.Var))));
                };
            }
            return List(LispSymbols.Quote, acc);
        };
        Table["DEFINE-SETF-EXPANDER"] = (f, a, u) => throw new UnsupportedConstructException("define-setf-expander");
        Table["DEFINE-MODIFY-MACRO"] = (f, a, u) =>
        {
            Need(f, a, 3);
            var name = (Symbol)a[0]; var fnName = a[2]; var lambdaList = ToList(a[1]);
            u.Macros[name.Name] = form =>
            {
                var fa = ToList(Cdr(form));
                if (fa.Count < 1) throw new LispCompileException($"{name.Name}: no place");
                var args = ModifyMacroArguments(name, lambdaList, fa.Skip(1).ToList());
                return Places.Modify(fa[0], x => ListStar(fnName, x, FromList(args)), u);
            };
            return List(LispSymbols.Quote, name);
        };
        Table["WITH-HASH-TABLE-ITERATOR"] = (f, a, u) =>
        {
            // (name table): name is a local macro giving (values more key value) over a snapshot of the entries
            Need(f, a, 1);
            var spec = ToList(a[0]); var entries = Gensym("ENTRIES"); var e = Gensym("E");
            var next = List(If, entries, List(Let, List(List(e, List(S("POP"), entries))), List(S("VALUES"), T, List(S("CAR"), e), List(S("CDR"), e))), Nil);
            return List(Let, List(List(entries, List(S("%HASH-ENTRIES"), spec[1]))),
                ListStar(S("MACROLET"), List(List(spec[0], Nil, Quote(next))), FromList(a.Skip(1))));
        };
        Table["ROTATEF"] = (f, a, u) => a.Count == 0 ? Nil : Places.Shift(a, true, u);
        Table["SHIFTF"] = (f, a, u) => { Need(f, a, 2); return Places.Shift(a, false, u); };
        Table["FORMATTER"] = (f, a, u) =>
        {
            Need(f, a, 1);
            if (a[0] is LispString control && FormatControl.Unsupported(control.Text) is { } directive) throw new UnsupportedConstructException(directive);
            var s = Gensym("STREAM"); var args = Gensym("ARGS");
            return List(Function, List(Lambda, List(s, S("&REST"), args), List(S("%FORMATTER-RUN"), s, a[0], args)));
        };
                Table["QUASIQUOTE"] = (f, a, u) => Backquote.Expand(a[0], 1);
        Table["DEFVAR-UNBOUND"] = null!; Table.Remove("DEFVAR-UNBOUND");
        Table["LAMBDA-FUNCTION"] = null!; Table.Remove("LAMBDA-FUNCTION");
        Table["WITH-STANDARD-IO-SYNTAX"] = (f, a, u) =>
        {
            // the standard values of CLHS with-standard-io-syntax (no *print-pprint-dispatch*: no pretty printer)
            object Kw(string k) => Symbol.Keyword(k);
            var binds = new (string, object)[]
            {
                ("*PRINT-ARRAY*", T), ("*PRINT-BASE*", 10L), ("*PRINT-CASE*", Kw("UPCASE")), ("*PRINT-CIRCLE*", Nil),
                ("*PRINT-ESCAPE*", T), ("*PRINT-GENSYM*", T), ("*PRINT-LENGTH*", Nil), ("*PRINT-LEVEL*", Nil),
                ("*PRINT-LINES*", Nil), ("*PRINT-MISER-WIDTH*", Nil), ("*PRINT-PRETTY*", Nil), ("*PRINT-RADIX*", Nil),
                ("*PRINT-READABLY*", T), ("*PRINT-RIGHT-MARGIN*", Nil), ("*READ-BASE*", 10L),
                ("*READ-DEFAULT-FLOAT-FORMAT*", Quote(S("SINGLE-FLOAT"))), ("*READ-EVAL*", T), ("*READ-SUPPRESS*", Nil),
                ("*READTABLE*", List(S("COPY-READTABLE"), Nil)),
            };
            return ListStar(Let, FromList(binds.Select(b => (object)List(S(b.Item1), b.Item2))), FromList(a));
        };
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

    /// <summary>The arguments a define-modify-macro function receives after the place's value: the macro's
    /// lambda list (required, &amp;optional with defaults, &amp;rest) applied to the call's arguments.</summary>
    private static List<object> ModifyMacroArguments(Symbol name, List<object> lambdaList, List<object> given)
    {
        var result = new List<object>(); string mode = "req"; int i = 0;
        foreach (var item in lambdaList)
        {
            if (item is Symbol { Name: "&OPTIONAL" }) { mode = "opt"; continue; }
            if (item is Symbol { Name: "&REST" }) { mode = "rest"; continue; }
            if (mode == "rest") { result.AddRange(given.Skip(i)); i = given.Count; break; }
            if (i < given.Count) result.Add(given[i++]);
            else if (mode == "req") throw new LispCompileException($"{name.Name}: too few arguments");
            else result.Add(item is Cons spec && spec.Cdr is Cons ? Cadr(spec) : Nil);
        }
        if (i < given.Count) throw new LispCompileException($"{name.Name}: too many arguments");
        return result;
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
