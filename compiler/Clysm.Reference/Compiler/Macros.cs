using Clysm.Lisp;
using static Clysm.Reference.Compiler.ListOps;

namespace Clysm.Reference.Compiler;

/// <summary>The standard macros, written as C# source-to-source rewrites over the reader's data.
/// The compiler and the macro interpreter share them.</summary>
internal static partial class Macros
{
    private delegate object Expander(Cons form, List<object> args, UnitInfo u);
    private static readonly Dictionary<string, Expander> Table = new();

    private static Symbol Q => LispSymbols.Quote;
    private static object Quote(object x) => List(Q, x);
    private static readonly Symbol Progn = Intern("PROGN"), If = Intern("IF"), Let = Intern("LET"), LetStar = Intern("LET*"), Setq = Intern("SETQ"),
        Block = Intern("BLOCK"), Tagbody = Intern("TAGBODY"), Go = Intern("GO"), Lambda = Intern("LAMBDA"), Function = Intern("FUNCTION"),
        Cond = Intern("COND"), Setf = Intern("SETF"), ReturnFrom = Intern("RETURN-FROM"), Funcall = Intern("FUNCALL");

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
        return List(Intern("BLOCK"), outer,
            List(Intern("MULTIPLE-VALUE-CALL"), new Cons(Intern("LAMBDA"), noError.Cdr),
                List(Intern("BLOCK"), normal,
                    List(Intern("RETURN-FROM"), outer,
                        new Cons(Intern("HANDLER-CASE"), new Cons(List(Intern("RETURN-FROM"), normal, a[0]), FromList(clauses)))))));
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
        Table["PROG2"] = (f, a, u) => { Need(f, a, 2); return List(Progn, a[0], ListStar(Intern("PROG1"), a[1], FromList(a.Skip(2)))); };
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
                        List(If, List(Intern("ATOM"), lst), List(Progn, List(If, lst, List(Intern("%TYPE-ERROR"), lst, Quote(Intern("LIST")))), List(Go, end))),
                        ListStar(Let, List(List(v, List(Intern("CAR"), lst))), FromList(decls, List(ListStar(Tagbody, FromList(body))))),
                        List(Setq, lst, List(Intern("CDR"), lst)),
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
                        List(If, List(Intern(">="), v, n), List(Go, end)),
                        ListStar(Tagbody, FromList(body)),
                        List(Setq, v, List(Intern("1+"), v)),
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
        Table["INCF"] = (f, a, u) => { Need(f, a, 1); return Places.Modify(a[0], x => List(Intern("+"), x, a.Count > 1 ? a[1] : 1L), u); };
        Table["DECF"] = (f, a, u) => { Need(f, a, 1); return Places.Modify(a[0], x => List(Intern("-"), x, a.Count > 1 ? a[1] : 1L), u); };
        Table["PUSH"] = (f, a, u) =>
        {
            Need(f, a, 2); var g = Gensym("ITEM");
            return List(Let, List(List(g, a[0])), Places.Modify(a[1], x => List(Intern("CONS"), g, x), u));
        };
        Table["PUSHNEW"] = (f, a, u) =>
        {
            Need(f, a, 2); var g = Gensym("ITEM");
            return List(Let, List(List(g, a[0])), Places.Modify(a[1], x => ListStar(Intern("ADJOIN"), g, x, FromList(a.Skip(2))), u));
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
                Places.Modify(a[0], x => List(Intern("MULTIPLE-VALUE-BIND"), List(plist, hit), List(Intern("%REMF"), x, a[1]),
                    List(Setq, found, hit), plist), u),
                found);
        };
        Table["MULTIPLE-VALUE-SETQ"] = (f, a, u) =>
        {
            Need(f, a, 2);
            var vars = ToList(a[0]); var gs = vars.Select(_ => (object)Gensym("V")).ToList();
            var sets = vars.Select((v, i) => List(Setq, v, gs[i])).ToList();
            return List(Intern("MULTIPLE-VALUE-BIND"), FromList(gs), a[1], Body(sets.Append(gs.Count > 0 ? gs[0] : Nil)));
        };
        Table["NTH-VALUE"] = (f, a, u) => { Need(f, a, 2); return List(Intern("NTH"), a[0], List(Intern("MULTIPLE-VALUE-LIST"), a[1])); };
        Table["IGNORE-ERRORS"] = (f, a, u) =>
        {
            var c = Gensym("C");
            return List(Intern("HANDLER-CASE"), Body(a), List(Intern("ERROR"), List(c), List(Intern("VALUES"), Nil, c)));
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
                return List(Let, List(List(v, List(Intern("MAKE-STRING-OUTPUT-STREAM")))),
                    List(Intern("MULTIPLE-VALUE-PROG1"), Body(a.Skip(1)),
                        List(Intern("%STRING-EXTEND"), spec[1], List(Intern("GET-OUTPUT-STREAM-STRING"), v))));
            }
            return List(Let, List(List(v, List(Intern("MAKE-STRING-OUTPUT-STREAM")))),
                Body(a.Skip(1)), List(Intern("GET-OUTPUT-STREAM-STRING"), v));
        };
        Table["WITH-INPUT-FROM-STRING"] = (f, a, u) =>
        {
            Need(f, a, 1);
            // (var string &key index start end): index, a place, gets the position reached at the end
            var spec = ToList(a[0]);
            object Key(string k) { for (int i = 2; i + 1 < spec.Count; i += 2) if (spec[i] is Symbol { Name: var n } && n == k) return spec[i + 1]; return Nil; }
            var start = Key("START"); var end = Key("END"); var index = Key("INDEX"); var from = Gensym("START");
            var open = List(Let, List(List(spec[0], List(Intern("%MAKE-STRING-INPUT-STREAM"), spec[1], from, end))), Body(a.Skip(1)));
            if (IsNil(index)) return List(Let, List(List(from, IsNil(start) ? 0L : List(Intern("OR"), start, 0L))), open);
            return List(Let, List(List(from, IsNil(start) ? 0L : List(Intern("OR"), start, 0L))),
                List(Let, List(List(spec[0], List(Intern("%MAKE-STRING-INPUT-STREAM"), spec[1], from, end))),
                    List(Intern("MULTIPLE-VALUE-PROG1"), Body(a.Skip(1)),
                        Places.Set(index, List(Intern("+"), from, List(Intern("%STREAM-POS"), spec[0])), u))));
        };
        Table["WITH-OPEN-FILE"] = (f, a, u) =>
        {
            Need(f, a, 1);
            var spec = ToList(a[0]); var v = spec[0];
            var ok = Gensym("OK");
            return List(Let, List(List(v, ListStar(Intern("OPEN"), FromList(spec.Skip(1))))),
                List(Intern("UNWIND-PROTECT"), Body(a.Skip(1)), List(Intern("WHEN"), v, List(Intern("CLOSE"), v))));
        };
        Table["WITH-OPEN-STREAM"] = (f, a, u) =>
        {
            Need(f, a, 1);
            var spec = ToList(a[0]); var v = spec[0];
            return List(Let, List(List(v, spec[1])), List(Intern("UNWIND-PROTECT"), Body(a.Skip(1)), List(Intern("WHEN"), v, List(Intern("CLOSE"), v))));
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
        Table["DEFINE-SETF-EXPANDER"] = (f, a, u) =>
        {
            // the expander runs at compile time on the place's subforms and returns the five values of
            // the setf expansion (temporaries, their value forms, store variables, storing and accessing forms)
            Need(f, a, 2);
            if (a[0] is not Symbol acc) throw new LispCompileException("DEFINE-SETF-EXPANDER: bad name " + Print(a[0]));
            var body = a.Skip(2).ToList();
            if (body.Count > 1 && body[0] is LispString) body.RemoveAt(0);
            var expander = u.Interp.MakeMacro(acc, a[1], FromList(body));
            u.SetfExpanders[acc] = args =>
            {
                var primary = expander(new Cons(acc, FromList(args)));
                var values = u.Interp.LastValues ?? new List<object> { primary };
                if (values.Count < 5) throw new LispCompileException($"the setf expander of {acc.Name} returned {values.Count} values, not 5");
                var vars = ToList(values[0]); var forms = ToList(values[1]);
                if (vars.Count != forms.Count || vars.Any(v => v is not Symbol) || ToList(values[2]).Any(v => v is not Symbol))
                    throw new LispCompileException($"the setf expander of {acc.Name} returned a malformed expansion");
                return new SetfExpansion(vars.Zip(forms, (v, x) => ((Symbol)v, x)).ToList(), ToList(values[2]).Cast<Symbol>().ToList(), values[3], values[4]);
            };
            return List(LispSymbols.Quote, acc);
        };
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
            var next = List(If, entries, List(Let, List(List(e, List(Intern("POP"), entries))), List(Intern("VALUES"), T, List(Intern("CAR"), e), List(Intern("CDR"), e))), Nil);
            return List(Let, List(List(entries, List(Intern("%HASH-ENTRIES"), spec[1]))),
                ListStar(Intern("MACROLET"), List(List(spec[0], Nil, Quote(next))), FromList(a.Skip(1))));
        };
        Table["ROTATEF"] = (f, a, u) => a.Count == 0 ? Nil : Places.Shift(a, true, u);
        Table["SHIFTF"] = (f, a, u) => { Need(f, a, 2); return Places.Shift(a, false, u); };
        Table["FORMATTER"] = (f, a, u) =>
        {
            Need(f, a, 1);
            if (a[0] is LispString control && FormatControl.Unsupported(control.Text) is { } directive) throw new UnsupportedConstructException(directive);
            var s = Gensym("STREAM"); var args = Gensym("ARGS");
            return List(Function, List(Lambda, List(s, Intern("&REST"), args), List(Intern("%FORMATTER-RUN"), s, a[0], args)));
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
                ("*READ-DEFAULT-FLOAT-FORMAT*", Quote(Intern("SINGLE-FLOAT"))), ("*READ-EVAL*", T), ("*READ-SUPPRESS*", Nil),
                ("*READTABLE*", List(Intern("COPY-READTABLE"), Nil)),
            };
            return ListStar(Let, FromList(binds.Select(b => (object)List(Intern(b.Item1), b.Item2))), FromList(a));
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
                test = ks.Count == 1 ? List(Intern("EQL"), key, Quote(ks[0])) : List(Intern("MEMBER"), key, Quote(FromList(ks)));
            }
            clauses.Add(new Cons(test, IsNil(body) ? List(Nil) : body));
        }
        if (err != null) clauses.Add(List(T, List(Intern("%CASE-FAILURE"), key, Quote(FromList(allKeys)))));
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
            object test = err == null && (Is(type, "OTHERWISE") || type == T) ? T : List(Intern("TYPEP"), key, Quote(type));
            types.Add(type);
            clauses.Add(new Cons(test, IsNil(body) ? List(Nil) : body));
        }
        if (err != null) clauses.Add(List(T, List(Intern("%TYPECASE-FAILURE"), key, Quote(new Cons(Intern("OR"), FromList(types))))));
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
        object step = steps.Count == 0 ? Nil : new Cons(sequential ? Setq : Intern("PSETQ"), FromList(steps));
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
        if (x is LispVector v) return List(Intern("APPLY"), List(Intern("FUNCTION"), Intern("VECTOR")), Expand(FromList(v.Items), depth));
        if (x is not Cons c) return x is Symbol s && !IsNil(x) && s != T && !s.IsKeyword ? List(LispSymbols.Quote, x) : x;
        if (c.Car == LispSymbols.Unquote)
            return depth == 1 ? Cadr(c) : List(Intern("LIST"), List(LispSymbols.Quote, LispSymbols.Unquote), Expand(Cadr(c), depth - 1));
        if (c.Car == LispSymbols.Quasiquote)
            return List(Intern("LIST"), List(LispSymbols.Quote, LispSymbols.Quasiquote), Expand(Cadr(c), depth + 1));
        // walk the list, collecting segments for APPEND
        var segments = new List<object>();
        object p = c;
        while (p is Cons pc)
        {
            if (pc.Car == LispSymbols.Unquote && depth == 1) { segments.Add(Cadr(pc)); p = Nil; goto done; }
            var item = pc.Car;
            if (item is Cons ic && (ic.Car == LispSymbols.UnquoteSplicing || ic.Car == LispSymbols.UnquoteNSplicing) && depth == 1)
                segments.Add(Cadr(ic));
            else segments.Add(List(Intern("LIST"), Expand(item, depth)));
            p = pc.Cdr;
        }
        if (!IsNil(p)) segments.Add(Expand(p, depth));
        done:
        if (segments.Count == 1) return segments[0] is Cons sc && Is(sc.Car, "LIST") ? segments[0] : List(Intern("APPEND"), segments[0]);
        return new Cons(Intern("APPEND"), FromList(segments));
    }
}
