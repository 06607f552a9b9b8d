using Clysm.Lisp;

namespace Clysm.Reference.Compiler;

/// <summary>The special forms (and the compiler's own special forms): one switch, by operator name.</summary>
internal sealed partial class Converter
{
    private Node Special(string name, Cons c, Scope? env, LambdaNode fn)
    {
        var args = ListOps.ToList(c.Cdr);
        void Need(int min, int max = int.MaxValue)
        {
            if (args.Count < min || args.Count > max) throw new LispCompileException($"{name}: wrong number of arguments in {ListOps.Print(c)}");
        }
        switch (name)
        {
            case "QUOTE": Need(1, 1); return Literal(args[0], fn);
            case "FUNCTION":
                Need(1, 1);
                if (args[0] is Cons fl && ListOps.Is(fl.Car, "LAMBDA")) return Conv(fl, env, fn);
                if (args[0] is Symbol fs)
                {
                    var local = Find(env, ScopeKind.Fun, fs);
                    if (local != null) { var v = (Var)local.Value!; Capture(v, fn); return new VarRef(v); }
                    if (!Macros.IsMacro(fs.Name) && !_unit.Macros.ContainsKey(fs.Name)) CheckStandardOperator(fs);
                    _unit.FunctionRefs.Add(fs);
                    return new FuncRefNode(fs);
                }
                if (args[0] is Cons { Car: Symbol { Name: "SETF" }, Cdr: Cons { Car: Symbol accessor } })
                    return Conv(ListOps.List(ListOps.Intern("FUNCTION"), Places.SetfFunctionName(accessor, _unit)), env, fn);
                throw new LispCompileException($"FUNCTION: bad name {ListOps.Print(args[0])}");
            case "IF":
                Need(2, 3);
                return new IfNode(Conv(args[0], env, fn), Conv(args[1], env, fn), args.Count > 2 ? Conv(args[2], env, fn) : new ConstNode(Symbol.Nil));
            case "PROGN": return TopBody(c.Cdr, env, fn, _formTop);
            case "LOCALLY": { var sp = new List<Symbol>(); var b = ParseDecls(c.Cdr, false, sp); return TopBody(b, DeclareSpecials(env, sp), fn, _formTop); }
            case "THE": Need(2, 2); return Conv(args[1], env, fn);
            case "EVAL-WHEN": Need(1); return EvalWhen(args[0], ListOps.Cdr(c.Cdr), env, fn, _formTop);
            case "LOAD-TIME-VALUE": Need(1, 2); return LoadTimeValue(args[0], fn);
            case "DECLARE": throw new LispCompileException("misplaced DECLARE");
            case "IN-PACKAGE":
                if (args.Count == 1 && args[0] is Symbol or LispString && PkgName(args[0]) is "CL-USER" or "COMMON-LISP-USER")
                    return new ConstNode(Symbol.Nil);
                throw new UnsupportedConstructException("in-package");
            case "DEFPACKAGE": throw new UnsupportedConstructException("defpackage");
            case "SYMBOL-MACROLET":
                {
                    Need(1);
                    var e2 = env;
                    var bound = new List<Symbol>();
                    foreach (var b in ListOps.ToList(args[0]))
                    {
                        var sym = ListOps.Car(b) as Symbol ?? throw new LispCompileException($"SYMBOL-MACROLET: bad binding {ListOps.Print(b)}");
                        // CLHS symbol-macrolet: a global variable or a constant cannot be a symbol macro
                        if (sym.IsKeyword || sym == Symbol.Nil || sym == Symbol.T || _unit.Specials.Contains(sym))
                            throw new LispCompileException($"SYMBOL-MACROLET: {ListOps.Print(sym)} names a global variable or a constant");
                        bound.Add(sym);
                        e2 = new Scope(e2, ScopeKind.SymbolMacro, sym, ListOps.Cadr(b));
                    }
                    var sp = new List<Symbol>(); var body = ParseDecls(ListOps.Cdr(c.Cdr), false, sp);
                    if (sp.FirstOrDefault(bound.Contains) is { } special)
                        throw new LispCompileException($"SYMBOL-MACROLET: {ListOps.Print(special)} is declared special");
                    return TopBody(body, e2, fn, _formTop);
                }
            case "PROGV":
                // the symbols' values are set, and restored on every exit, by the runtime's %PROGV
                Need(2);
                return Conv(ListOps.List(ListOps.Intern("%PROGV"), args[0], args[1], ListOps.ListStar(ListOps.Intern("LAMBDA"), Symbol.Nil, ListOps.Cddr(c.Cdr))), env, fn);
            case "SETQ":
                {
                    if (args.Count % 2 != 0) throw new LispCompileException($"SETQ: odd number of arguments in {ListOps.Print(c)}");
                    var sets = new List<Node>();
                    for (int i = 0; i < args.Count; i += 2)
                    {
                        if (args[i] is not Symbol s || s.IsKeyword || s == Symbol.Nil || s == Symbol.T)
                            throw new LispCompileException($"SETQ: cannot assign {ListOps.Print(args[i])}");
                        var sc = FindVar(env, s);
                        if (sc?.Kind == ScopeKind.SymbolMacro) { sets.Add(Conv(ListOps.List(ListOps.Intern("SETF"), sc.Value!, args[i + 1]), env, fn)); continue; }
                        if (sc == null && _unit.SymbolMacros.TryGetValue(s, out var gexp)) { sets.Add(Conv(ListOps.List(ListOps.Intern("SETF"), gexp, args[i + 1]), env, fn)); continue; }
                        var val = Conv(args[i + 1], env, fn);
                        if (sc?.Kind == ScopeKind.Var) { var v = (Var)sc.Value!; v.Assigned = true; Capture(v, fn); sets.Add(new VarSet(v, val)); }
                        else sets.Add(new SymSet(s, val));
                    }
                    return sets.Count == 1 ? sets[0] : sets.Count == 0 ? new ConstNode(Symbol.Nil) : new PrognNode(sets);
                }
            case "LET": case "LET*": return Let(c, env, fn, name == "LET*");
            case "MULTIPLE-VALUE-BIND":
                {
                    Need(2);
                    var vars = ListOps.ToList(args[0]).Cast<Symbol>().ToList();
                    var valueForm = Conv(args[1], env, fn);
                    var sp = new List<Symbol>();
                    var body = ParseDecls(ListOps.Cddr(c.Cdr), false, sp);
                    var e2 = env; var bs = new List<Binding>();
                    foreach (var v in vars)
                    {
                        if (IsSpecial(v, sp)) { bs.Add(new Binding(null, v, null!)); e2 = new Scope(e2, ScopeKind.Special, v, null); }
                        else { var vv = new Var(v, fn); bs.Add(new Binding(vv, null, null!)); e2 = new Scope(e2, ScopeKind.Var, v, vv); }
                    }
                    if (bs.Any(b => b.Special != null)) e2 = Frame(e2);
                    return new MvBindNode(bs, valueForm, Body(body, DeclareSpecials(e2, sp), fn));
                }
            case "MULTIPLE-VALUE-LIST": Need(1, 1); return new MvListNode(Conv(args[0], env, fn));
            case "MULTIPLE-VALUE-CALL": Need(1); return new MvCallNode(Conv(args[0], env, fn), args.Skip(1).Select(a => Conv(a, env, fn)).ToList());
            case "MULTIPLE-VALUE-PROG1": Need(1); return new MvProg1Node(Conv(args[0], env, fn), Body(ListOps.Cdr(c.Cdr), env, fn));
            case "FUNCALL": Need(1); CheckQuotedOperator(args[0]); return new FuncallNode(Conv(args[0], env, fn), args.Skip(1).Select(a => Conv(a, env, fn)).ToList(), false);
            case "APPLY": Need(2); CheckQuotedOperator(args[0]); return new FuncallNode(Conv(args[0], env, fn), args.Skip(1).Select(a => Conv(a, env, fn)).ToList(), true);
            case "LAMBDA":
                {
                    Need(1);
                    var l = Lambda("LAMBDA", args[0], ListOps.Cdr(c.Cdr), env, fn, null);
                    return new LambdaExpr(l);
                }
            case "FLET": case "LABELS":
                {
                    Need(1);
                    var defs = ListOps.ToList(args[0]);
                    var e2 = env;
                    var vars = new List<(Var V, object Def)>();
                    foreach (var d in defs)
                    {
                        var fname = ListOps.Car(d) as Symbol ?? throw new LispCompileException($"{name}: bad function name in {ListOps.Print(d)}");
                        var v = new Var(fname, fn);
                        vars.Add((v, d));
                        e2 = new Scope(e2, ScopeKind.Fun, fname, v);
                    }
                    var defEnv = name == "LABELS" ? e2 : env;
                    var bindings = vars.Select(x => new Binding(x.V, null,
                        new LambdaExpr(Lambda(((Symbol)ListOps.Car(x.Def)).Name, ListOps.Cadr(x.Def), ListOps.Cddr(x.Def), defEnv, fn, (Symbol)ListOps.Car(x.Def))))).ToList();
                    var sp = new List<Symbol>(); var body = ParseDecls(ListOps.Cdr(c.Cdr), false, sp);
                    if (name == "LABELS") foreach (var b in bindings) b.Lexical!.Assigned = true; // bound after creation: box
                    return new LetNode(bindings, Body(body, DeclareSpecials(e2, sp), fn), name == "LABELS");
                }
            case "MACROLET":
                {
                    Need(1);
                    var e2 = env;
                    foreach (var d in ListOps.ToList(args[0]))
                        e2 = new Scope(e2, ScopeKind.Macro, (Symbol)ListOps.Car(d), _unit.Interp.MakeMacro((Symbol)ListOps.Car(d), ListOps.Cadr(d), ListOps.Cddr(d)));
                    var sp = new List<Symbol>(); var body = ParseDecls(ListOps.Cdr(c.Cdr), false, sp);
                    return TopBody(body, DeclareSpecials(e2, sp), fn, _formTop);
                }
            case "BLOCK":
                {
                    Need(1);
                    var info = new BlockInfo((Symbol)args[0], fn);
                    var node = new BlockNode(info);
                    node.Body = Body(ListOps.Cdr(c.Cdr), new Scope(env, ScopeKind.Block, info.Name, info), fn);
                    return node;
                }
            case "RETURN-FROM":
                {
                    Need(1, 2);
                    var s = Find(env, ScopeKind.Block, (Symbol)args[0]) ?? throw new LispCompileException($"RETURN-FROM: no block named {ListOps.Print(args[0])}");
                    var info = (BlockInfo)s.Value!;
                    var value = args.Count > 1 ? Conv(args[1], env, fn) : new ConstNode(Symbol.Nil);
                    if (info.Owner != fn || CrossesFrame(env, s))
                    {
                        info.Id ??= new Var(ListOps.Gensym("BLOCK"), info.Owner);
                        Capture(info.Id, fn);
                    }
                    return new ReturnFromNode(info, value);
                }
            case "TAGBODY":
                {
                    var info = new TagbodyInfo(fn);
                    var node = new TagbodyNode(info);
                    var e2 = env; int seg = 0;
                    foreach (var item in args)
                        if (item is Symbol or long) e2 = new Scope(e2, ScopeKind.Tag, TagKey(item), (info, ++seg));
                    node.Segments.Add(new List<Node>());
                    foreach (var item in args)
                    {
                        if (item is Symbol or long) node.Segments.Add(new List<Node>());
                        else if (item is Cons) node.Segments[^1].Add(Conv(item, e2, fn));
                    }
                    return node;
                }
            case "GO":
                {
                    Need(1, 1);
                    var s = Find(env, ScopeKind.Tag, TagKey(args[0])) ?? throw new LispCompileException($"GO: no tag named {ListOps.Print(args[0])}");
                    var (info, index) = ((TagbodyInfo, int))s.Value!;
                    if (info.Owner != fn || CrossesFrame(env, s))
                    {
                        info.Id ??= new Var(ListOps.Gensym("TAGBODY"), info.Owner);
                        Capture(info.Id, fn);
                    }
                    return new GoNode(info, index);
                }
            case "CATCH": Need(1); return new CatchNode(Conv(args[0], env, fn), Body(ListOps.Cdr(c.Cdr), Frame(env), fn));
            case "THROW": Need(2, 2); return new ThrowNode(Conv(args[0], env, fn), Conv(args[1], env, fn));
            case "UNWIND-PROTECT": Need(1); return new UnwindNode(Conv(args[0], Frame(env), fn), Body(ListOps.Cdr(c.Cdr), env, fn));
            case "DEFUN":
                {
                    Need(2);
                    if (args[0] is Cons { Car: Symbol { Name: "SETF" }, Cdr: Cons { Car: Symbol setfAccessor } } setfName)
                        // (defun (setf f) ...) defines the function named by f's setf symbol; the value is the list name
                        return new PrognNode(new List<Node> {
                            Conv(new Cons(ListOps.Intern("DEFUN"), new Cons(Places.SetfFunctionName(setfAccessor, _unit), ListOps.Cddr(c))), env, fn),
                            new ConstNode(setfName) });
                    if (args[0] is not Symbol fname) throw new LispCompileException($"DEFUN: bad function name {ListOps.Print(args[0])}");
                    var l = Lambda(fname.Name, args[1], ListOps.Cddr(c.Cdr), env, fn, fname);
                    if (_unit.UserCode)
                    {
                        // the prelude's own DEFUNs are compiled on demand, not registered as user functions
                        _unit.Defuns.TryGetValue(fname, out var prev);
                        bool direct = l.Free.Count == 0 && prev.Count == 0;
                        _unit.Defuns[fname] = (prev.Count + 1, direct ? l : null);
                        _unit.Interp.DefineFunction(fname, args[1], ListOps.Cddr(c.Cdr));
                    }
                    return new DefunNode(fname, l);
                }
            case "DEFMACRO":
                {
                    Need(2);
                    return DefineMacro((Symbol)args[0], args[1], ListOps.Cddr(c.Cdr), fn);
                }
            case "DEFVAR": case "DEFPARAMETER": case "DEFCONSTANT":
                {
                    Need(1, 3);
                    var v = (Symbol)args[0];
                    _unit.Specials.Add(v);
                    if (args.Count == 1) return new ConstNode(v);
                    var init = Conv(args[1], env, fn);
                    if (name == "DEFVAR")
                        return new PrognNode(new List<Node> {
                            new IfNode(new PrimNode("BOUNDP", new List<Node> { new ConstNode(v) }), new ConstNode(Symbol.Nil), new SymSet(v, init)),
                            new ConstNode(v) });
                    if (name == "DEFCONSTANT")
                        // CONSTANTP knows the unit's constants through the runtime's list
                        return new PrognNode(new List<Node> { new SymSet(v, init), Conv(ListOps.List(ListOps.Intern("%NOTE-CONSTANT"), ListOps.List(LispSymbols.Quote, v)), env, fn) });
                    return new PrognNode(new List<Node> { new SymSet(v, init), new ConstNode(v) });
                }
            case "DECLAIM": case "PROCLAIM":
                foreach (var a in args)
                {
                    var spec = name == "PROCLAIM" && a is Cons q && ListOps.Is(q.Car, "QUOTE") ? ListOps.Cadr(q) : a;
                    if (spec is Cons sc && ListOps.Is(sc.Car, "SPECIAL")) foreach (var v in ListOps.ToList(sc.Cdr)) _unit.Specials.Add((Symbol)v);
                }
                return new ConstNode(Symbol.Nil);
            case "HANDLER-CASE":
                {
                    Need(1);
                    if (args.Skip(1).LastOrDefault() is Cons last && last.Car is Symbol { IsKeyword: true, Name: "NO-ERROR" })
                        return Conv(Macros.HandlerCaseNoError(args), env, fn);
                    var form = Conv(args[0], Frame(env), fn);
                    var clauses = new List<HandlerClause>();
                    foreach (var cl in args.Skip(1))
                    {
                        var type = ListOps.Car(cl);
                        if (type is Symbol ks && ks.IsKeyword && ks.Name == "NO-ERROR") throw new UnsupportedConstructException("handler-case :no-error");
                        var vl = ListOps.ToList(ListOps.Cadr(cl));
                        var sp = new List<Symbol>();
                        var body = ParseDecls(ListOps.Cddr(cl), false, sp);
                        if (vl.Count == 0) clauses.Add(new HandlerClause(type, null, Body(body, DeclareSpecials(env, sp), fn)));
                        else
                        {
                            var v = new Var((Symbol)vl[0], fn);
                            clauses.Add(new HandlerClause(type, v, Body(body, DeclareSpecials(new Scope(env, ScopeKind.Var, v.Name, v), sp), fn)));
                        }
                    }
                    return new HandlerCaseNode(form, clauses);
                }
            case "HANDLER-BIND":
                {
                    Need(1);
                    var hs = ListOps.ToList(args[0]).Select(b => (ListOps.Car(b), Conv(ListOps.Cadr(b), env, fn))).ToList();
                    return new HandlerBindNode(hs, Body(ListOps.Cdr(c.Cdr), Frame(env), fn));
                }
        }
        throw new InvalidOperationException("special form not handled: " + name);
    }

    private static string? PkgName(object x) => x is Symbol s ? s.Name : x is LispString ls ? ls.Text : null;

    private static Symbol TagKey(object tag) => tag is Symbol s ? s : Symbol.Intern("%TAG-" + tag, "CLYSM");

    private bool IsSpecial(Symbol s, List<Symbol> localSpecials) => _unit.Specials.Contains(s) || localSpecials.Contains(s);

    private static Scope? DeclareSpecials(Scope? env, List<Symbol> specials)
    {
        foreach (var s in specials) env = new Scope(env, ScopeKind.Special, s, null);
        return env;
    }

    private Node Let(Cons c, Scope? env, LambdaNode fn, bool sequential)
    {
        var args = ListOps.ToList(c.Cdr);
        if (args.Count < 1) throw new LispCompileException($"malformed {ListOps.Print(c)}");
        var sp = new List<Symbol>();
        var body = ParseDecls(ListOps.Cdr(c.Cdr), false, sp);
        var bindings = new List<Binding>();
        var e2 = env;
        foreach (var b in ListOps.ToList(args[0]))
        {
            Symbol s; object init;
            if (b is Symbol bs) { s = bs; init = Symbol.Nil; }
            else { s = ListOps.Car(b) as Symbol ?? throw new LispCompileException($"bad binding {ListOps.Print(b)}"); init = ListOps.Length(b) > 1 ? ListOps.Cadr(b) : Symbol.Nil; }
            if (s.IsKeyword || s == Symbol.T || s == Symbol.Nil) throw new LispCompileException($"cannot bind constant {ListOps.Print(s)}");
            var initNode = Conv(init, sequential ? e2 : env, fn);
            if (IsSpecial(s, sp)) { bindings.Add(new Binding(null, s, initNode)); e2 = new Scope(e2, ScopeKind.Special, s, null); if (sequential) e2 = Frame(e2); }
            else { var v = new Var(s, fn); bindings.Add(new Binding(v, null, initNode)); e2 = new Scope(e2, ScopeKind.Var, s, v); }
        }
        if (bindings.Any(b => b.Special != null)) e2 = Frame(e2);
        return new LetNode(bindings, Body(body, DeclareSpecials(e2, sp), fn), sequential);
    }
}
