using Clysm.Lisp;

namespace Clysm.Reference.Compiler;

/// <summary>The binding forms: lexical and special variables (LET, LET*, PROGV, SETQ), local functions
/// (FLET, LABELS), local macros and symbol macros (MACROLET, SYMBOL-MACROLET), and declarations (LOCALLY).</summary>
internal sealed partial class Converter
{
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

    private Node Progv(Cons c, List<object> args, Scope? env, LambdaNode fn) =>
        // the symbols' values are set, and restored on every exit, by the runtime's %PROGV
        Conv(ListOps.List(ListOps.Intern("%PROGV"), args[0], args[1], ListOps.ListStar(ListOps.Intern("LAMBDA"), Symbol.Nil, ListOps.Cddr(c.Cdr))), env, fn);

    private Node Setq(Cons c, List<object> args, Scope? env, LambdaNode fn)
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

    /// <summary>FLET (name "FLET") or LABELS (name "LABELS", whose definitions see each other).</summary>
    private Node LocalFunctions(string name, Cons c, List<object> args, Scope? env, LambdaNode fn)
    {
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

    private Node Macrolet(Cons c, List<object> args, Scope? env, LambdaNode fn)
    {
        var e2 = env;
        foreach (var d in ListOps.ToList(args[0]))
            e2 = new Scope(e2, ScopeKind.Macro, (Symbol)ListOps.Car(d), _unit.Interp.MakeMacro((Symbol)ListOps.Car(d), ListOps.Cadr(d), ListOps.Cddr(d)));
        var sp = new List<Symbol>(); var body = ParseDecls(ListOps.Cdr(c.Cdr), false, sp);
        return TopBody(body, DeclareSpecials(e2, sp), fn, _formTop);
    }

    private Node SymbolMacrolet(Cons c, List<object> args, Scope? env, LambdaNode fn)
    {
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

    private Node Locally(Cons c, Scope? env, LambdaNode fn)
    {
        var sp = new List<Symbol>(); var b = ParseDecls(c.Cdr, false, sp);
        return TopBody(b, DeclareSpecials(env, sp), fn, _formTop);
    }

    private bool IsSpecial(Symbol s, List<Symbol> localSpecials) => _unit.Specials.Contains(s) || localSpecials.Contains(s);

    private static Scope? DeclareSpecials(Scope? env, List<Symbol> specials)
    {
        foreach (var s in specials) env = new Scope(env, ScopeKind.Special, s, null);
        return env;
    }
}
