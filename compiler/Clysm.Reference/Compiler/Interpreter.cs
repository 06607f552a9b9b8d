using Clysm.Lisp;
using static Clysm.Reference.Compiler.ListOps;

namespace Clysm.Reference.Compiler;

/// <summary>
/// A small evaluator for macro bodies, run at compile time. It knows the special forms, the
/// standard macros (shared with the compiler) and the list, symbol, number and string functions
/// macros commonly use; anything else is reported as an unsupported construct.
/// </summary>
internal sealed class Interpreter
{
    private readonly UnitInfo _unit;
    private readonly Dictionary<Symbol, object> _globals = new();
    private readonly Dictionary<Symbol, Closure> _functions = new();
    public Interpreter(UnitInfo u) { _unit = u; }

    internal sealed class Env(Env? up, Symbol key, object value)
    {
        public Env? Up = up; public Symbol Key = key; public object Value = value;
    }
    private sealed class Closure(Func<List<object>, object> call) { public Func<List<object>, object> Call = call; }
    /// <summary>The value of an &amp;ENVIRONMENT parameter: the lexical scope the macro was called in.</summary>
    private sealed class MacroEnvironment(Converter.Scope? scope) { public readonly Converter.Scope? Scope = scope; }
    /// <summary>All the values of the last form evaluated when it returned other than one value (VALUES,
    /// MACROEXPAND-1, GET-SETF-EXPANSION...); null when it returned one value.</summary>
    private List<object>? _mv;
    /// <summary>All the values of the last macro or form run, when there were other than one (null for one).</summary>
    public List<object>? LastValues => _mv;
    private sealed class ReturnEx(object tag, object value) : Exception { public object Tag = tag; public object Value = value; }
    private sealed class GoEx(object tagbody, int index) : Exception { public object Tagbody = tagbody; public int Index = index; }

    private int _depth;

    public Func<object, object> MakeMacro(Symbol name, object lambdaList, object body)
    {
        return form =>
        {
            var args = Cdr(form);
            Env? env = null;
            try
            {
                env = DestructBind(lambdaList, args, null, form);
                return Progn(body, env);
            }
            catch (LispCompileException e) { throw new LispCompileException($"in macro {name.Name}: {e.Message}"); }
        };
    }

    private Env? DestructBind(object ll, object args, Env? env, object whole)
    {
        string mode = "req";
        while (ll is Cons c)
        {
            var item = c.Car; ll = c.Cdr;
            if (item is Symbol s && s.Name.StartsWith('&'))
            {
                switch (s.Name)
                {
                    case "&OPTIONAL": mode = "opt"; continue;
                    case "&REST": case "&BODY": mode = "rest"; continue;
                    case "&KEY": mode = "key"; continue;
                    case "&WHOLE": env = Bind(env, (Symbol)Car(ll), whole); ll = Cdr(ll); continue;
                    case "&ENVIRONMENT": env = Bind(env, (Symbol)Car(ll), new MacroEnvironment(_unit.MacroScope as Converter.Scope)); ll = Cdr(ll); continue;
                    case "&ALLOW-OTHER-KEYS": continue;
                    case "&AUX": mode = "aux"; continue;
                }
            }
            switch (mode)
            {
                case "req":
                    if (args is not Cons ac) throw new LispCompileException($"too few arguments for macro in {Print(whole)}");
                    env = item is Cons ? DestructBind(item, ac.Car, env, ac.Car) : Bind(env, (Symbol)item, ac.Car);
                    args = ac.Cdr; break;
                case "opt":
                    {
                        var (v, init, sup) = Spec(item);
                        if (args is Cons oc) { env = v is Cons ? DestructBind(v, oc.Car, env, oc.Car) : Bind(env, (Symbol)v, oc.Car); args = oc.Cdr; if (sup != null) env = Bind(env, sup, T); }
                        else { env = Bind(env, (Symbol)v, Eval(init, env)); if (sup != null) env = Bind(env, sup, Nil); }
                        break;
                    }
                case "rest": env = Bind(env, (Symbol)item, args); break;
                case "key":
                    {
                        var (v, init, sup) = Spec(item);
                        Symbol key = v is Cons kv ? (Symbol)Car(kv) : Symbol.Keyword(((Symbol)v).Name);
                        if (v is Cons kv2) v = Cadr(kv2);
                        object found = Nil; bool has = false;
                        for (object p = args; p is Cons pc && pc.Cdr is Cons pv; p = pv.Cdr)
                            if (pc.Car == key) { found = pv.Car; has = true; break; }
                        env = Bind(env, (Symbol)v, has ? found : Eval(init, env));
                        if (sup != null) env = Bind(env, sup, has ? T : Nil);
                        break;
                    }
                case "aux": { var (v, init, _) = Spec(item); env = Bind(env, (Symbol)v, Eval(init, env)); break; }
            }
        }
        if (ll is Symbol restSym && !IsNil(ll)) env = Bind(env, restSym, args);
        else if (mode == "req" && args is Cons && IsNil(ll)) throw new LispCompileException($"too many arguments for macro in {Print(whole)}");
        return env;
    }

    private static (object V, object Init, Symbol? Sup) Spec(object item) =>
        item is Cons c ? (c.Car, c.Cdr is Cons ? Cadr(c) : Nil, Cddr(c) is Cons ? (Symbol)Caddr(c) : null) : (item, Nil, null);

    private static Env Bind(Env? env, Symbol s, object v) => new(env, s, v);

    private object Progn(object body, Env? env)
    {
        object r = Nil; _mv = null;
        foreach (var f in ToList(body))
        {
            if (f is Cons d && Is(d.Car, "DECLARE")) continue;
            r = Eval(f, env);
        }
        return r;
    }

    public object Eval(object form, Env? env)
    {
        if (++_depth > 2000) { _depth = 0; throw new LispCompileException("macro expansion too deep"); }
        _mv = null;
        try { return EvalInner(form, env); }
        finally { _depth--; }
    }

    private object EvalInner(object form, Env? env)
    {
        switch (form)
        {
            case Symbol s:
                if (s.IsKeyword || s == Nil || s == T) return s;
                for (var e = env; e != null; e = e.Up) if (e.Key == s) return e.Value;
                if (_globals.TryGetValue(s, out var g)) return g;
                throw new UnsupportedConstructException($"global variable {s.Name.ToLowerInvariant()} used at macro-expansion time");
            case Cons c: break;
            default: return form;
        }
        var cf = (Cons)form;
        if (cf.Car is Cons lam && Is(lam.Car, "LAMBDA"))
            return ((Closure)Eval(lam, env)).Call(ToList(cf.Cdr).Select(a => Eval(a, env)).ToList());
        var op = cf.Car as Symbol ?? throw new LispCompileException($"illegal call {Print(form)}");
        var args = ToList(cf.Cdr);
        switch (op.Name)
        {
            case "QUOTE": return args[0];
            case "IF":
                {
                    if (!IsNil(Eval(args[0], env))) return Eval(args[1], env);
                    if (args.Count > 2) return Eval(args[2], env);
                    _mv = null; return Nil;
                }
            case "PROGN": case "LOCALLY": return Progn(cf.Cdr, env);
            case "LET": case "LET*":
                {
                    var e2 = env;
                    foreach (var b in ToList(args[0]))
                    {
                        var (sym, init) = b is Symbol bs ? (bs, (object)Nil) : ((Symbol)Car(b), Cdr(b) is Cons ? Cadr(b) : Nil);
                        e2 = Bind(e2, sym, Eval(init, op.Name == "LET" ? env : e2));
                    }
                    return Progn(Cdr(cf.Cdr), e2);
                }
            case "SETQ":
                {
                    object v = Nil;
                    for (int i = 0; i < args.Count; i += 2)
                    {
                        var s = (Symbol)args[i]; v = Eval(args[i + 1], env);
                        var e = env; while (e != null && e.Key != s) e = e.Up;
                        if (e != null) e.Value = v; else _globals[s] = v;
                    }
                    return v;
                }
            case "FUNCTION":
                if (args[0] is Cons fl && Is(fl.Car, "LAMBDA")) return Eval(fl, env);
                return FunctionValue((Symbol)args[0], env);
            case "LAMBDA":
                {
                    var ll = args[0]; var body = Cdr(cf.Cdr);
                    return new Closure(actuals => Progn(body, DestructBind(ll, FromList(actuals), env, FromList(actuals))));
                }
            case "FLET": case "LABELS":
                {
                    var e2 = env;
                    var cells = new List<Env>();
                    foreach (var d in ToList(args[0]))
                    {
                        var name = Symbol.Intern("%FN-" + ((Symbol)Car(d)).Name, "CLYSM-INTERP");
                        e2 = Bind(e2, name, Nil); cells.Add(e2);
                    }
                    int i = 0;
                    foreach (var d in ToList(args[0]))
                    {
                        var defEnv = op.Name == "LABELS" ? e2 : env;
                        var ll = Cadr(d); var body = Cddr(d);
                        cells[i++].Value = new Closure(actuals => Progn(body, DestructBind(ll, FromList(actuals), defEnv, Nil)));
                    }
                    return Progn(Cdr(cf.Cdr), e2);
                }
            case "BLOCK":
                {
                    var tag = new object();
                    try { return Progn(Cdr(cf.Cdr), Bind(env, Symbol.Intern("%BLOCK-" + ((Symbol)args[0]).Name, "CLYSM-INTERP"), tag)); }
                    catch (ReturnEx r) when (r.Tag == tag) { return r.Value; }
                }
            case "RETURN-FROM":
                {
                    var key = Symbol.Intern("%BLOCK-" + ((Symbol)args[0]).Name, "CLYSM-INTERP");
                    var e = env; while (e != null && e.Key != key) e = e.Up;
                    if (e == null) throw new LispCompileException($"RETURN-FROM unknown block in macro body");
                    throw new ReturnEx(e.Value, args.Count > 1 ? Eval(args[1], env) : Nil);
                }
            case "TAGBODY":
                {
                    var id = new object();
                    var e2 = env; int seg = 0;
                    var segs = new List<List<object>> { new() };
                    foreach (var item in args)
                    {
                        if (item is Symbol or long) { seg++; segs.Add(new()); e2 = Bind(e2, Symbol.Intern("%TAG-" + Print(item), "CLYSM-INTERP"), new Cons(id, (long)seg)); }
                        else segs[^1].Add(item);
                    }
                    int pc = 0;
                    while (pc < segs.Count)
                    {
                        try
                        {
                            for (; pc < segs.Count; pc++) foreach (var f in segs[pc]) Eval(f, e2);
                        }
                        catch (GoEx g) when (g.Tagbody == id) { pc = g.Index; }
                    }
                    _mv = null; return Nil;
                }
            case "GO":
                {
                    var key = Symbol.Intern("%TAG-" + Print(args[0]), "CLYSM-INTERP");
                    var e = env; while (e != null && e.Key != key) e = e.Up;
                    if (e == null) throw new LispCompileException("GO to unknown tag in macro body");
                    var c = (Cons)e.Value;
                    throw new GoEx(c.Car, (int)(long)c.Cdr);
                }
            case "UNWIND-PROTECT":
                {
                    List<object>? mv = null;
                    try { var r = Eval(args[0], env); mv = _mv; return r; }
                    finally { Progn(Cdr(cf.Cdr), env); _mv = mv; }
                }
            case "MULTIPLE-VALUE-BIND":
                {
                    var vals = Values(Eval(args[1], env));
                    var e2 = env; int i = 0;
                    foreach (var s in ToList(args[0])) e2 = Bind(e2, (Symbol)s, i < vals.Count ? vals[i++] : Nil);
                    return Progn(Cddr(cf.Cdr), e2);
                }
            case "MULTIPLE-VALUE-LIST": { var r = FromList(Values(Eval(args[0], env))); _mv = null; return r; }
            case "FUNCALL": return Apply(Eval(args[0], env), args.Skip(1).Select(a => Eval(a, env)).ToList());
            case "APPLY":
                {
                    var fnv = Eval(args[0], env);
                    var vals = args.Skip(1).Select(a => Eval(a, env)).ToList();
                    var spread = vals.Take(vals.Count - 1).ToList(); spread.AddRange(ToList(vals[^1]));
                    return Apply(fnv, spread);
                }
            case "DECLARE": return Nil;
            case "THE": return Eval(args[1], env);
            case "EVAL-WHEN": return Progn(Cdr(cf.Cdr), env);
            case "DEFUN":
                {
                    var ll = args[1]; var body = Cddr(cf.Cdr); var name = (Symbol)args[0];
                    _functions[name] = new Closure(actuals => Progn(body, DestructBind(ll, FromList(actuals), null, Nil)));
                    return name;
                }
        }
        // local functions
        var fk = Symbol.Intern("%FN-" + op.Name, "CLYSM-INTERP");
        for (var e = env; e != null; e = e.Up)
            if (e.Key == fk) return ((Closure)e.Value).Call(args.Select(a => Eval(a, env)).ToList());
        if (_unit.Macros.TryGetValue(op.Name, out var um)) return Eval(um(cf), env);
        if (Macros.TryExpand(op.Name, cf, _unit, out var exp)) return Eval(exp, env);
        var argv = args.Select(a => Eval(a, env)).ToList();
        return CallGlobal(op, argv);
    }

    /// <summary>The values of the form just evaluated, given its primary value.</summary>
    private List<object> Values(object primary) => _mv ?? new List<object> { primary };

    private object Return(List<object> values)
    {
        _mv = values.Count == 1 ? null : values;
        return values.Count > 0 ? values[0] : Nil;
    }

    /// <summary>A global function of the unit (a DEFUN the converter met): callable from macro bodies,
    /// since a case is loaded form by form and a macro expanded later sees the functions defined before.</summary>
    public void DefineFunction(Symbol name, object lambdaList, object body)
    {
        var block = List(new Cons(Intern("BLOCK"), new Cons(name, SkipDoc(body))));
        _functions[name] = new Closure(actuals => Progn(block, DestructBind(lambdaList, FromList(actuals), null, Nil)));
    }

    private static object SkipDoc(object body) => body is Cons { Car: LispString, Cdr: Cons rest } ? rest : body;

    private object FunctionValue(Symbol s, Env? env)
    {
        var fk = Symbol.Intern("%FN-" + s.Name, "CLYSM-INTERP");
        for (var e = env; e != null; e = e.Up) if (e.Key == fk) return e.Value;
        return new Closure(a => CallGlobal(s, a));
    }

    private object Apply(object f, List<object> args) => f switch
    {
        Closure c => c.Call(args),
        Symbol s => CallGlobal(s, args),
        _ => throw new LispCompileException($"not a function in macro body: {Print(f)}"),
    };

    private static object Bool(bool b) => b ? T : Nil;
    private static long Num(object x) => x is long l ? l : throw new LispCompileException($"not an integer in macro body: {Print(x)}");

    private object CallGlobal(Symbol op, List<object> a)
    {
        if (_functions.TryGetValue(op, out var uf)) return uf.Call(a);
        switch (op.Name)
        {
            case "CAR": case "FIRST": return Car(a[0]);
            case "CDR": case "REST": return Cdr(a[0]);
            case "CADR": case "SECOND": return Cadr(a[0]);
            case "CDDR": return Cddr(a[0]);
            case "CADDR": case "THIRD": return Caddr(a[0]);
            case "CAAR": return Car(Car(a[0]));
            case "CDAR": return Cdr(Car(a[0]));
            case "FOURTH": return Car(Cdr(Cddr(a[0])));
            case "CONS": return new Cons(a[0], a[1]);
            case "LIST": return FromList(a);
            case "LIST*": return ListStar(a.ToArray());
            case "APPEND":
                {
                    if (a.Count == 0) return Nil;
                    object r = a[^1];
                    for (int i = a.Count - 2; i >= 0; i--) r = FromList(ToList(a[i]), r);
                    return r;
                }
            case "REVERSE": { var l = ToList(a[0]); l.Reverse(); return FromList(l); }
            case "NREVERSE": { var l = ToList(a[0]); l.Reverse(); return FromList(l); }
            case "LENGTH": return a[0] is LispString ls ? (long)ls.Text.Length : (long)ToList(a[0]).Count;
            case "NTH": return ToList(a[1]).ElementAtOrDefault((int)Num(a[0])) ?? Nil;
            case "NTHCDR": { var x = a[1]; for (long i = Num(a[0]); i > 0; i--) x = Cdr(x); return x; }
            case "LAST": { var x = a[0]; while (x is Cons c && c.Cdr is Cons) x = c.Cdr; return x; }
            case "BUTLAST": { var l = ToList(a[0]); return FromList(l.Take(Math.Max(0, l.Count - 1))); }
            case "COPY-LIST": return FromList(ToList(a[0]));
            case "MEMBER": for (var x = a[1]; x is Cons c; x = c.Cdr) if (Eql(c.Car, a[0])) return c; return Nil;
            case "ASSOC": foreach (var p in ToList(a[1])) if (p is Cons pc && Eql(pc.Car, a[0])) return p; return Nil;
            case "GETF": for (var x = a[0]; x is Cons c && c.Cdr is Cons v; x = v.Cdr) if (c.Car == a[1]) return v.Car; return a.Count > 2 ? a[2] : Nil;
            case "MAPCAR":
                {
                    var lists = a.Skip(1).Select(ToList).ToList();
                    int n = lists.Min(l => l.Count);
                    var r = new List<object>();
                    for (int i = 0; i < n; i++) r.Add(Apply(a[0], lists.Select(l => l[i]).ToList()));
                    return FromList(r);
                }
            case "MAPCAN": return CallGlobal(Intern("APPEND"), ToList(CallGlobal(Intern("MAPCAR"), a)));
            case "MAPC": CallGlobal(Intern("MAPCAR"), a); return a[1];
            case "REMOVE-IF": return FromList(ToList(a[1]).Where(x => IsNil(Apply(a[0], new() { x }))));
            case "REMOVE-IF-NOT": return FromList(ToList(a[1]).Where(x => !IsNil(Apply(a[0], new() { x }))));
            case "EQ": return Bool(ReferenceEquals(a[0], a[1]) || Eql(a[0], a[1]) && a[0] is long or LispChar);
            case "EQL": return Bool(Eql(a[0], a[1]));
            case "EQUAL": return Bool(Equal(a[0], a[1]));
            case "NOT": case "NULL": return Bool(IsNil(a[0]));
            case "ATOM": return Bool(a[0] is not Cons);
            case "CONSP": return Bool(a[0] is Cons);
            case "LISTP": return Bool(IsList(a[0]));
            case "SYMBOLP": return Bool(a[0] is Symbol);
            case "KEYWORDP": return Bool(a[0] is Symbol { IsKeyword: true });
            case "STRINGP": return Bool(a[0] is LispString);
            case "NUMBERP": case "INTEGERP": return Bool(a[0] is long);
            case "ENDP": return Bool(IsNil(a[0]));
            case "IDENTITY": return a[0];
            case "+": return a.Aggregate(0L, (s, x) => s + Num(x));
            case "*": return a.Aggregate(1L, (s, x) => s * Num(x));
            case "-": return a.Count == 1 ? -Num(a[0]) : a.Skip(1).Aggregate(Num(a[0]), (s, x) => s - Num(x));
            case "1+": return Num(a[0]) + 1;
            case "1-": return Num(a[0]) - 1;
            case "=": return Bool(Num(a[0]) == Num(a[1]));
            case "<": return Bool(Num(a[0]) < Num(a[1]));
            case ">": return Bool(Num(a[0]) > Num(a[1]));
            case "<=": return Bool(Num(a[0]) <= Num(a[1]));
            case ">=": return Bool(Num(a[0]) >= Num(a[1]));
            case "ZEROP": return Bool(Num(a[0]) == 0);
            case "GENSYM": return Gensym(a.Count > 0 && a[0] is LispString gs ? gs.Text : "G");
            case "MAKE-SYMBOL": return Symbol.Uninterned(((LispString)a[0]).Text);
            case "SYMBOL-NAME": return new LispString(((Symbol)a[0]).Name);
            case "INTERN": return LispSymbols.InternUser(((LispString)a[0]).Text);
            case "STRING": return a[0] is Symbol ss ? new LispString(ss.Name) : a[0];
            case "STRING-UPCASE": return new LispString(((LispString)a[0]).Text.ToUpperInvariant());
            case "CONCATENATE": return new LispString(string.Concat(a.Skip(1).Select(x => ((LispString)x).Text)));
            case "FORMAT":
                {
                    var text = Format(((LispString)a[1]).Text, a.Skip(2).ToList());
                    if (IsNil(a[0])) return new LispString(text);
                    throw new UnsupportedConstructException("format to a stream in a macro body");
                }
            case "VALUES": return Return(a);
            case "VALUES-LIST": return Return(ToList(a[0]));
            case "MACROEXPAND-1": case "MACROEXPAND":
                {
                    var scope = a.Count > 1 && a[1] is MacroEnvironment me ? me.Scope : null;
                    var conv = _unit.Conv ?? throw new UnsupportedConstructException(op.Name.ToLowerInvariant() + " in a macro body");
                    object form = a[0]; bool expanded = false;
                    while (conv.ExpandIn(form, scope) is { } next) { form = next; expanded = true; if (op.Name == "MACROEXPAND-1") break; }
                    return Return(new List<object> { form, expanded ? T : Nil });
                }
            case "MACRO-FUNCTION":
                {
                    var scope = a.Count > 1 && a[1] is MacroEnvironment me ? me.Scope : null;
                    var conv = _unit.Conv ?? throw new UnsupportedConstructException("macro-function in a macro body");
                    if (a[0] is not Symbol ms || !conv.IsMacroIn(ms, scope)) return Nil;
                    return new Closure(x => conv.ExpandIn(x[0], scope) ?? x[0]);
                }
            case "GET-SETF-EXPANSION":
                {
                    var e = Places.Expand(a[0], _unit, anyOperator: true);
                    return Return(new List<object> { FromList(e.Temps.Select(t => (object)t.Var)), FromList(e.Temps.Select(t => t.Form)),
                        FromList(e.Stores), e.Store, e.Access });
                }
            // DESTRUCTURING-BIND's helpers (Destructuring.cs), as control.lisp defines them
            case "%DBIND-CAR": return a[0] is Cons dc ? dc.Car : throw new LispCompileException($"DESTRUCTURING-BIND: too few elements in {Print(a[1])} for {Print(a[2])}");
            case "%DBIND-END": return IsNil(a[0]) ? Nil : throw new LispCompileException($"DESTRUCTURING-BIND: too many elements in {Print(a[1])} for {Print(a[2])}");
            case "%DBIND-KEY": for (var x = a[0]; x is Cons c; x = Cdr(c.Cdr)) if (c.Car == a[1]) return c; return Nil;
            case "%DBIND-KEYS":
                {
                    var items = new List<object>(); object x = a[0];
                    for (; x is Cons c; x = c.Cdr) items.Add(c.Car);
                    if (!IsNil(x) || items.Count % 2 != 0) throw new LispCompileException($"DESTRUCTURING-BIND: odd keyword list in {Print(a[3])}");
                    bool allow = !IsNil(a[2]) || Enumerable.Range(0, items.Count / 2).Any(i => items[2 * i] is Symbol { Name: "ALLOW-OTHER-KEYS", IsKeyword: true } && !IsNil(items[2 * i + 1]));
                    var known = ToList(a[1]);
                    for (int i = 0; !allow && i < items.Count; i += 2)
                        if (!known.Contains(items[i]) && items[i] is not Symbol { Name: "ALLOW-OTHER-KEYS", IsKeyword: true })
                            throw new LispCompileException($"DESTRUCTURING-BIND: unknown keyword {Print(items[i])} in {Print(a[3])}");
                    return Nil;
                }
            case "ERROR": throw new LispCompileException("error in macro body: " + (a.Count > 0 && a[0] is LispString es ? Format(es.Text, a.Skip(1).ToList()) : Print(a.FirstOrDefault() ?? Nil)));
        }
        throw new UnsupportedConstructException($"{op.Name.ToLowerInvariant()} in a macro body");
    }

    private static string Format(string control, List<object> args)
    {
        var sb = new System.Text.StringBuilder(); int ai = 0;
        for (int i = 0; i < control.Length; i++)
        {
            if (control[i] != '~' || i + 1 >= control.Length) { sb.Append(control[i]); continue; }
            char d = char.ToUpperInvariant(control[++i]);
            switch (d)
            {
                case 'A': sb.Append(args[ai] is LispString s ? s.Text : Print(args[ai])); ai++; break;
                case 'S': case 'D': sb.Append(Print(args[ai++])); break;
                case '%': sb.Append('\n'); break;
                case '~': sb.Append('~'); break;
                default: throw new UnsupportedConstructException("format directive ~" + d + " in a macro body");
            }
        }
        return sb.ToString();
    }

    private static bool Eql(object a, object b) => ReferenceEquals(a, b) || (a is long x && b is long y && x == y) || (a is LispChar c && b is LispChar d && c == d);
    private static bool Equal(object a, object b) =>
        Eql(a, b) || (a is Cons ca && b is Cons cb && Equal(ca.Car, cb.Car) && Equal(ca.Cdr, cb.Cdr)) || (a is LispString sa && b is LispString sb && sa.Text == sb.Text);
}
