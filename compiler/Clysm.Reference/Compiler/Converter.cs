using Clysm.Lisp;

namespace Clysm.Reference.Compiler;

/// <summary>What one compilation unit knows globally: specials, macros, global functions.</summary>
internal sealed class UnitInfo
{
    public HashSet<Symbol> Specials { get; } = new();
    public Dictionary<string, Func<object, object>> Macros { get; } = new(); // user defmacros, by name
    /// <summary>Global functions defined by DEFUN in this unit: how many times, and the lambda when it is
    /// a top-level function without free variables (callable directly).</summary>
    public Dictionary<Symbol, (int Count, LambdaNode? Fn)> Defuns { get; } = new();
    public HashSet<Symbol> CalledFunctions { get; } = new();
    public HashSet<Symbol> FunctionRefs { get; } = new();
    public Interpreter Interp { get; }
    public bool UserCode = true;
    public Dictionary<Symbol, Structs.StructInfo> Structs { get; } = new();
    public Dictionary<Symbol, Symbol> StructSetters { get; } = new();
    public Dictionary<Symbol, object> SymbolMacros { get; } = new(); // DEFINE-SYMBOL-MACRO, by name
    /// <summary>Long-form DEFSETF definitions: the place's argument forms to its setf expansion.</summary>
    public Dictionary<Symbol, Func<List<object>, SetfExpansion>> SetfExpanders { get; } = new();
    /// <summary>The symbols that name the functions (setf NAME) of this unit, by NAME.</summary>
    public Dictionary<Symbol, Symbol> SetfFunctions { get; } = new();
    /// <summary>While a macro is expanded: the expansion of a form by the local macros (MACROLET,
    /// SYMBOL-MACROLET) and global symbol macros in scope, else null; places use it.</summary>
    public Func<object, object?>? ExpandLocalMacro { get; set; }
    /// <summary>While a macro is expanded: the lexical scope of the call (what &amp;ENVIRONMENT holds).</summary>
    public object? MacroScope { get; set; }
    /// <summary>The unit's converter (macro bodies ask it to expand forms in an environment).</summary>
    public Converter? Conv { get; set; }
    public UnitInfo() { Interp = new Interpreter(this); }
}

/// <summary>Source forms to the intermediate tree.</summary>
internal sealed partial class Converter
{
    internal enum ScopeKind { Var, Special, Fun, Macro, Block, Tag, SymbolMacro, Frame }
    internal sealed record Scope(Scope? Up, ScopeKind Kind, Symbol Key, object? Value);

    private readonly UnitInfo _u;
    public Converter(UnitInfo unit) { _u = unit; unit.Conv = this; }
    /// <summary>Whether the special form being converted is at top level (set just before <see cref="Special"/>).</summary>
    private bool _formTop;

    public UnitInfo Unit => _u;
    private readonly HashSet<string> _noted = new(); // standard symbol names FIND-SYMBOL/INTERN calls made present

    private static readonly HashSet<string> SpecialForms = new()
    {
        "QUOTE", "FUNCTION", "IF", "PROGN", "LET", "LET*", "SETQ", "LAMBDA", "FLET", "LABELS", "MACROLET",
        "BLOCK", "RETURN-FROM", "TAGBODY", "GO", "CATCH", "THROW", "UNWIND-PROTECT", "MULTIPLE-VALUE-CALL",
        "MULTIPLE-VALUE-PROG1", "THE", "LOCALLY", "EVAL-WHEN", "LOAD-TIME-VALUE", "SYMBOL-MACROLET", "PROGV",
        "DEFUN", "DEFMACRO", "DEFVAR", "DEFPARAMETER", "DEFCONSTANT", "DECLAIM", "PROCLAIM",
        "MULTIPLE-VALUE-BIND", "MULTIPLE-VALUE-LIST", "HANDLER-CASE", "HANDLER-BIND", "FUNCALL", "APPLY",
        "IN-PACKAGE", "DEFPACKAGE", "DECLARE",
    };

    public static bool IsSpecialForm(string name) => SpecialForms.Contains(name);

    /// <summary>Convert one top-level form in the body of the given top-level lambda.</summary>
    public Node TopLevel(object form, LambdaNode top)
    {
        _topLevel = true;
        try { return Conv(form, null, top); }
        finally { _topLevel = false; }
    }

    // ---------------------------------------------------------------- lookup

    private static Scope? Find(Scope? s, ScopeKind kind, Symbol key)
    {
        for (; s != null; s = s.Up) if (s.Kind == kind && ReferenceEquals(s.Key, key)) return s;
        return null;
    }

    /// <summary>A dynamic frame (special binding, unwind-protect, catch, handler) between env and target:
    /// a RETURN-FROM or GO across it must unwind through an exception.</summary>
    private static bool CrossesFrame(Scope? env, Scope target)
    {
        for (var s = env; s != null && s != target; s = s.Up) if (s.Kind == ScopeKind.Frame) return true;
        return false;
    }

    private static Scope Frame(Scope? env) => new(env, ScopeKind.Frame, Symbol.Nil, null);

    private static Scope? FindVar(Scope? s, Symbol key)
    {
        for (; s != null; s = s.Up)
            if ((s.Kind is ScopeKind.Var or ScopeKind.Special or ScopeKind.SymbolMacro) && ReferenceEquals(s.Key, key)) return s;
        return null;
    }

    private static void Capture(Var v, LambdaNode from)
    {
        if (v.Owner == from) return;
        v.Captured = true;
        for (var l = from; l != null && l != v.Owner; l = l.Parent) l.AddFree(v);
    }

    private Node VarReference(Symbol sym, Scope? env, LambdaNode fn)
    {
        if (sym.IsKeyword || ReferenceEquals(sym, Symbol.Nil) || ReferenceEquals(sym, Symbol.T)) return new ConstNode(sym);
        var s = FindVar(env, sym);
        if (s?.Kind == ScopeKind.Var) { var v = (Var)s.Value!; Capture(v, fn); return new VarRef(v); }
        if (s?.Kind == ScopeKind.SymbolMacro) return Conv(s.Value!, env, fn);
        if (s == null && _u.SymbolMacros.TryGetValue(sym, out var exp)) return Conv(exp, env, fn);
        return new SymRef(sym);
    }

    // ---------------------------------------------------------------- forms

    internal static bool FitsInt64(System.Numerics.BigInteger v) => v >= long.MinValue && v <= long.MaxValue;

    public Node Conv(object form, Scope? env, LambdaNode fn)
    {
        switch (form)
        {
            case Symbol sym: return VarReference(sym, env, fn);
            case Cons c: return ConvCompound(c, env, fn);
            case LispVector or LispArray: return Literal(form, fn);
            case long or System.Numerics.BigInteger or Ratio or float or double or LispString or LispChar or LispBitVector or LispComplex or LispPathname:
                return new ConstNode(form);
            default: throw new UnsupportedConstructException("literal of type " + form.GetType().Name);
        }
    }

    /// <summary>A constant; one with shared or circular parts is built once at run time (see SharedLiterals).</summary>
    private Node Literal(object datum, LambdaNode fn)
    {
        if (!MaySharePart(datum)) return new ConstNode(datum);
        var shared = SharedLiterals.Shared(datum);
        if (shared.Count == 0) return new ConstNode(datum);
        return Conv(ListOps.List(ListOps.Intern("LOAD-TIME-VALUE"), SharedLiterals.Construction(datum, shared)), null, fn);
    }

    /// <summary>False for the usual constants (atoms, lists of symbols and numbers), which cannot share.</summary>
    private static bool MaySharePart(object datum)
    {
        if (datum is LispVector or LispArray) return true;
        object p = datum;
        for (int i = 0; p is Cons c; i++, p = c.Cdr)
            if (c.Car is Cons or LispVector or LispArray or LispString or LispBitVector || i > 1000) return true;
        return false;
    }

    private Node Body(object forms, Scope? env, LambdaNode fn)
    {
        var list = ListOps.ToList(forms);
        if (list.Count == 1) return Conv(list[0], env, fn);
        if (list.Count == 0) return new ConstNode(Symbol.Nil);
        return new PrognNode(list.Select(f => Conv(f, env, fn)).ToList());
    }

    /// <summary>Split leading declarations (and a docstring when allowed) from a body; collects specials.</summary>
    private static object ParseDecls(object body, bool allowDoc, List<Symbol> specials)
    {
        while (body is Cons c)
        {
            if (c.Car is Cons d && ListOps.Is(d.Car, "DECLARE"))
            {
                foreach (var spec in ListOps.ToList(d.Cdr))
                    if (spec is Cons sc && ListOps.Is(sc.Car, "SPECIAL"))
                        foreach (var v in ListOps.ToList(sc.Cdr)) specials.Add((Symbol)v);
                body = c.Cdr; continue;
            }
            if (allowDoc && c.Car is LispString && c.Cdr is Cons) { body = c.Cdr; allowDoc = false; continue; }
            break;
        }
        return body;
    }

    private Node ConvCompound(Cons c, Scope? env, LambdaNode fn)
    {
        // a macro expansion of a top-level form is top-level; the subforms of anything else are not
        bool top = _topLevel; _topLevel = false;
        var head = c.Car;
        if (head is Cons lam && ListOps.Is(lam.Car, "LAMBDA"))
            return new FuncallNode(Conv(lam, env, fn), ListOps.ToList(c.Cdr).Select(a => Conv(a, env, fn)).ToList(), false);
        if (head is not Symbol op) throw new LispCompileException($"illegal function call: {ListOps.Print(c)}");
        // local functions and macros shadow global ones
        for (var s = env; s != null; s = s.Up)
        {
            if (ReferenceEquals(s.Key, op) && s.Kind == ScopeKind.Fun)
            {
                var v = (Var)s.Value!; Capture(v, fn);
                return new FuncallNode(new VarRef(v), Args(c.Cdr, env, fn), false);
            }
            if (ReferenceEquals(s.Key, op) && s.Kind == ScopeKind.Macro)
            {
                var local = WithLocalMacros(env, () => ((Func<object, object>)s.Value!)(c));
                _topLevel = top; return Conv(local, env, fn);
            }
        }
        var name = op.IsKeyword ? "" : op.Name;
        if (name == "EVAL" && op.Package == LispSymbols.CommonLisp && !_u.Defuns.ContainsKey(op) && FoldEval(c, fn) is { } evaluated) return evaluated;
        if (!_u.Defuns.ContainsKey(op) && Introspection(name, c) is { } replaced) return Conv(replaced, env, fn);
        if (!_u.Defuns.ContainsKey(op) && Transforms.Rewrite(name, c) is { } rewritten) return Conv(rewritten, env, fn);
        if (IsSpecialForm(name)) { _formTop = top; return Special(name, c, env, fn); }
        if (_u.Macros.TryGetValue(name, out var um)) { var x = WithLocalMacros(env, () => um(c)); _topLevel = top; return Conv(x, env, fn); }
        object? expansion = null;
        if (Macros.IsMacro(name) && WithLocalMacros(env, () => Macros.TryExpand(name, c, _u, out expansion))) { _topLevel = top; return Conv(expansion!, env, fn); }
        if (name == "FORMAT" && _u.UserCode && c.Cdr is Cons { Cdr: Cons { Car: LispString control } } && FormatControl.Unsupported(control.Text) is { } directive)
            throw new UnsupportedConstructException(directive);
        if (!Prims.IsUnsupported(name)) CheckStandardOperator(op); // before the arguments, which may not be forms (a missing macro)
        var args = Args(c.Cdr, env, fn);
        // STRINGP inline is the runtime's test for a simple string; user code asks about every string
        if (Prims.Accepts(name, args.Count) && !_u.Defuns.ContainsKey(op) && !(name == "STRINGP" && _u.UserCode)) return new PrimNode(name, args);
        if (Prims.IsUnsupported(name) && !Prelude.Has(op) && !_u.Defuns.ContainsKey(op)) throw new UnsupportedConstructException(name.ToLowerInvariant());
        _u.CalledFunctions.Add(op);
        return new CallNode(op, args);
    }

    /// <summary>Operators about macros, answered at compile time (the macros exist only then):
    /// MACROEXPAND(-1) of a quoted form, MACRO-FUNCTION of a quoted symbol, DEFINE-SYMBOL-MACRO,
    /// DEFINE-COMPILER-MACRO (a compiler may ignore compiler macros). Null when the form is not one.</summary>
    private object? Introspection(string name, Cons c)
    {
        var args = ListOps.ToList(c.Cdr);
        object Quote(object x) => ListOps.List(LispSymbols.Quote, x);
        switch (name)
        {
            case "MACROEXPAND-1": case "MACROEXPAND": case "MACRO-FUNCTION": case "DEFINE-COMPILER-MACRO": case "COMPILE":
                return MacroIntrospection(name, args);
            case "FBOUNDP" when MacroIntrospection(name, args) is { } bound: return bound;
            case "DEFINE-SYMBOL-MACRO":
                if (args.Count != 2 || args[0] is not Symbol sm) throw new LispCompileException("DEFINE-SYMBOL-MACRO: bad arguments");
                _u.SymbolMacros[sm] = args[1];
                return Quote(sm);
            case "COERCE" when args.Count == 2 && args[0] is Cons q && ListOps.Is(q.Car, "QUOTE") && ListOps.Cadr(q) is Cons { Car: Symbol { Name: "LAMBDA" } } lam
                               && args[1] is Cons t && ListOps.Is(t.Car, "QUOTE") && ListOps.Cadr(t) is Symbol { Name: "FUNCTION" }:
                // a constant lambda expression coerced to a function: compiled here, as COMPILE would
                return ListOps.List(ListOps.Intern("FUNCTION"), lam);
            case "FBOUNDP" or "FDEFINITION" or "FMAKUNBOUND" when args.Count == 1 && args[0] is Cons q && ListOps.Is(q.Car, "QUOTE")
                                                              && ListOps.Cadr(q) is Cons { Car: Symbol { Name: "SETF" }, Cdr: Cons { Car: Symbol accessor } } setfName:
                {
                    // a function name (setf f) given as a constant: the unit's symbol for it
                    var call = ListOps.List(ListOps.Intern(name), Quote(Places.SetfFunctionName(accessor, _u)));
                    return name == "FMAKUNBOUND" ? ListOps.List(ListOps.Intern("PROGN"), call, Quote(setfName)) : call;
                }
            case "FBOUNDP" when args.Count == 1 && args[0] is Cons q && ListOps.Is(q.Car, "QUOTE") && ListOps.Cadr(q) is Symbol fb
                                && fb.Package == LispSymbols.CommonLisp && (IsStandardMacro(fb.Name) || SpecialOperators.Contains(fb.Name)):
                // a standard macro or special operator is fbound, though its definition lives in the compiler
                return Symbol.T;
            case "GET-SETF-EXPANSION" when args.Count >= 1 && args[0] is Cons q && ListOps.Is(q.Car, "QUOTE"):
                return Places.ExpansionValues(ListOps.Cadr(q), _u);
            case "FIND-SYMBOL" or "INTERN" when args.Count >= 1 && args[0] is LispString { Text: var symbolName }
                                               && LispSymbols.IsCommonLispExternal(symbolName) && !_u.Defuns.ContainsKey(ListOps.Intern(name))
                                               && (args.Count == 1 || args[1] is LispString { Text: "CL" or "COMMON-LISP" or "CL-USER" or "COMMON-LISP-USER" }):
                // a standard symbol always exists: the module must hold it for the run-time lookup to find it
                if (_noted.Add(symbolName)) return ListOps.List(ListOps.Intern("PROGN"), Quote(LispSymbols.InternUser(symbolName)), c);
                return null;
        }
        return null;
    }

    /// <summary>A standard operator reached as a function call that neither the prelude nor an inline
    /// operator implements (a macro this compiler lacks lands here too): the case is a 77 naming it, at
    /// compile time, instead of an undefined-function error at run time that no Lisp would signal.</summary>
    internal void CheckStandardOperator(Symbol op)
    {
        if (op.Package != LispSymbols.CommonLisp || !LispSymbols.IsCommonLispExternal(op.Name)) return;
        if (Prelude.Has(op) || Prims.IsPrim(op.Name) || _u.Defuns.ContainsKey(op) || IsSpecialForm(op.Name)) return;
        throw new UnsupportedConstructException(op.Name.ToLowerInvariant());
    }

    private void CheckQuotedOperator(object f)
    {
        if (f is Cons { Car: Symbol q, Cdr: Cons { Car: Symbol op } } && q == LispSymbols.Quote
            && !Macros.IsMacro(op.Name) && !_u.Macros.ContainsKey(op.Name)) CheckStandardOperator(op);
    }

    /// <summary>The CLHS special operators (special-operator-p); the compiler's other special forms are macros.</summary>
    private static readonly HashSet<string> SpecialOperators = new()
    {
        "BLOCK", "CATCH", "EVAL-WHEN", "FLET", "FUNCTION", "GO", "IF", "LABELS", "LET", "LET*", "LOAD-TIME-VALUE", "LOCALLY",
        "MACROLET", "MULTIPLE-VALUE-CALL", "MULTIPLE-VALUE-PROG1", "PROGN", "PROGV", "QUOTE", "RETURN-FROM", "SETQ",
        "SYMBOL-MACROLET", "TAGBODY", "THE", "THROW", "UNWIND-PROTECT",
    };

    private static bool IsStandardMacro(string name) => Macros.IsMacro(name) || IsSpecialForm(name) && LispSymbols.IsCommonLispExternal(name);

    private readonly Dictionary<Symbol, Symbol> _expanderCells = new();

    /// <summary>Run a macro expander with the local macros of env visible to the places it expands.</summary>
    private T WithLocalMacros<T>(Scope? env, Func<T> expand)
    {
        var outer = _u.ExpandLocalMacro; var outerScope = _u.MacroScope;
        _u.ExpandLocalMacro = form => LocalExpansion(form, env);
        _u.MacroScope = env;
        try { return expand(); }
        finally { _u.ExpandLocalMacro = outer; _u.MacroScope = outerScope; }
    }

    private object? LocalExpansion(object form, Scope? env)
    {
        if (form is Symbol sym)
        {
            var s = FindVar(env, sym);
            if (s != null) return s.Kind == ScopeKind.SymbolMacro ? s.Value : null;
            return _u.SymbolMacros.TryGetValue(sym, out var global) ? global : null;
        }
        if (form is not Cons { Car: Symbol op } c) return null;
        for (var s = env; s != null; s = s.Up)
        {
            if (!ReferenceEquals(s.Key, op)) continue;
            if (s.Kind == ScopeKind.Fun) return null;
            if (s.Kind == ScopeKind.Macro) return ((Func<object, object>)s.Value!)(c);
        }
        return null;
    }

    private object? ExpandOnce(object form)
    {
        if (form is Symbol s && _u.SymbolMacros.TryGetValue(s, out var e)) return e;
        if (form is not Cons c || c.Car is not Symbol op) return null;
        if (_u.Macros.TryGetValue(op.Name, out var um)) return um(c);
        // LAMBDA is a macro too: (lambda ...) is (function (lambda ...))
        if (op.Name == "LAMBDA" && op.Package == LispSymbols.CommonLisp) return ListOps.List(ListOps.Intern("FUNCTION"), c);
        if (!IsSpecialForm(op.Name) && !_u.Defuns.ContainsKey(op) && Macros.TryExpand(op.Name, c, _u, out var x)) return x;
        return null;
    }

    private List<Node> Args(object list, Scope? env, LambdaNode fn) => ListOps.ToList(list).Select(a => Conv(a, env, fn)).ToList();

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
                    if (!Macros.IsMacro(fs.Name) && !_u.Macros.ContainsKey(fs.Name)) CheckStandardOperator(fs);
                    _u.FunctionRefs.Add(fs);
                    return new FuncRefNode(fs);
                }
                if (args[0] is Cons { Car: Symbol { Name: "SETF" }, Cdr: Cons { Car: Symbol accessor } })
                    return Conv(ListOps.List(ListOps.Intern("FUNCTION"), Places.SetfFunctionName(accessor, _u)), env, fn);
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
                        if (sym.IsKeyword || sym == Symbol.Nil || sym == Symbol.T || _u.Specials.Contains(sym))
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
                        if (sc == null && _u.SymbolMacros.TryGetValue(s, out var gexp)) { sets.Add(Conv(ListOps.List(ListOps.Intern("SETF"), gexp, args[i + 1]), env, fn)); continue; }
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
                        e2 = new Scope(e2, ScopeKind.Macro, (Symbol)ListOps.Car(d), _u.Interp.MakeMacro((Symbol)ListOps.Car(d), ListOps.Cadr(d), ListOps.Cddr(d)));
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
                            Conv(new Cons(ListOps.Intern("DEFUN"), new Cons(Places.SetfFunctionName(setfAccessor, _u), ListOps.Cddr(c))), env, fn),
                            new ConstNode(setfName) });
                    if (args[0] is not Symbol fname) throw new LispCompileException($"DEFUN: bad function name {ListOps.Print(args[0])}");
                    var l = Lambda(fname.Name, args[1], ListOps.Cddr(c.Cdr), env, fn, fname);
                    if (_u.UserCode)
                    {
                        // the prelude's own DEFUNs are compiled on demand, not registered as user functions
                        _u.Defuns.TryGetValue(fname, out var prev);
                        bool direct = l.Free.Count == 0 && prev.Count == 0;
                        _u.Defuns[fname] = (prev.Count + 1, direct ? l : null);
                        _u.Interp.DefineFunction(fname, args[1], ListOps.Cddr(c.Cdr));
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
                    _u.Specials.Add(v);
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
                    if (spec is Cons sc && ListOps.Is(sc.Car, "SPECIAL")) foreach (var v in ListOps.ToList(sc.Cdr)) _u.Specials.Add((Symbol)v);
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

    private bool IsSpecial(Symbol s, List<Symbol> localSpecials) => _u.Specials.Contains(s) || localSpecials.Contains(s);

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

    /// <summary>Convert a lambda list and body into a new function nested in parent.</summary>
    public LambdaNode Lambda(string name, object lambdaList, object body, Scope? env, LambdaNode? parent, Symbol? blockName)
    {
        var l = new LambdaNode(parent, name) { User = _u.UserCode };
        var sp = new List<Symbol>();
        body = ParseDecls(body, true, sp);
        var e2 = env;
        string mode = "req";
        var ll = lambdaList;
        Binding Bind(Symbol s, out Var? v, out Symbol? special)
        {
            if (IsSpecial(s, sp)) { v = null; special = s; e2 = new Scope(e2, ScopeKind.Special, s, null); }
            else { v = new Var(s, l); special = null; }
            return null!;
        }
        // An &optional or &key parameter: its default (converted where the earlier parameters are
        // visible), its variable, and its supplied-p variable.
        (Node? Init, Var Var, Var? Supplied, Symbol? Special) BindDefaulted(Symbol s, object init, bool hasInit, Symbol? sup)
        {
            var initNode = hasInit ? Conv(init, e2, l) : null;
            Bind(s, out var v, out var special);
            var lv = v ?? new Var(ListOps.Gensym(s.Name), l);
            if (v != null) e2 = new Scope(e2, ScopeKind.Var, s, v);
            Var? supVar = null;
            if (sup != null) { supVar = new Var(sup, l); e2 = new Scope(e2, ScopeKind.Var, sup, supVar); }
            return (initNode, lv, supVar, special);
        }
        while (ll is Cons cell)
        {
            var item = cell.Car; ll = cell.Cdr;
            if (item is Symbol ks && !ks.IsKeyword && ks.Name.StartsWith('&'))
            {
                switch (ks.Name)
                {
                    case "&OPTIONAL": mode = "opt"; continue;
                    case "&REST": case "&BODY": mode = "rest"; continue;
                    case "&KEY": mode = "key"; l.HasKey = true; continue;
                    case "&ALLOW-OTHER-KEYS": l.AllowOtherKeys = true; continue;
                    case "&AUX": mode = "aux"; continue;
                    default: throw new UnsupportedConstructException("lambda list keyword " + ks.Name.ToLowerInvariant());
                }
            }
            switch (mode)
            {
                case "req":
                    {
                        if (item is not Symbol s) throw new LispCompileException($"bad required parameter {ListOps.Print(item)} in {name}");
                        Bind(s, out var v, out var special);
                        // a special required parameter: bind a hidden lexical and rebind the special in the body
                        var lv = v ?? new Var(ListOps.Gensym(s.Name), l);
                        l.Required.Add(lv); l.RequiredSpecial.Add(special);
                        if (v != null) e2 = new Scope(e2, ScopeKind.Var, s, v);
                        break;
                    }
                case "opt":
                    {
                        Symbol s; object init = Symbol.Nil; Symbol? sup = null; bool hasInit = false;
                        if (item is Symbol si) s = si; else { s = (Symbol)ListOps.Car(item); if (ListOps.Cdr(item) is Cons) { init = ListOps.Cadr(item); hasInit = true; } if (ListOps.Cddr(item) is Cons) sup = (Symbol)ListOps.Caddr(item); }
                        var (initNode, lv, supVar, special) = BindDefaulted(s, init, hasInit, sup);
                        l.Optional.Add(new OptParam(lv, initNode, supVar, special));
                        break;
                    }
                case "rest":
                    {
                        var s = (Symbol)item;
                        Bind(s, out var v, out var special);
                        l.Rest = v ?? new Var(ListOps.Gensym(s.Name), l); l.RestSpecial = special;
                        if (v != null) e2 = new Scope(e2, ScopeKind.Var, s, v);
                        break;
                    }
                case "key":
                    {
                        Symbol s, key; object init = Symbol.Nil; Symbol? sup = null; bool hasInit = false;
                        if (item is Symbol si) { s = si; key = Symbol.Keyword(si.Name); }
                        else
                        {
                            var first = ListOps.Car(item);
                            if (first is Cons kv) { key = (Symbol)ListOps.Car(kv); s = (Symbol)ListOps.Cadr(kv); }
                            else { s = (Symbol)first; key = Symbol.Keyword(s.Name); }
                            if (ListOps.Cdr(item) is Cons) { init = ListOps.Cadr(item); hasInit = true; }
                            if (ListOps.Cddr(item) is Cons) sup = (Symbol)ListOps.Caddr(item);
                        }
                        var (initNode, lv, supVar, special) = BindDefaulted(s, init, hasInit, sup);
                        l.Keys.Add(new KeyParam(key, lv, initNode, supVar, special));
                        break;
                    }
                case "aux":
                    {
                        Symbol s; object init = Symbol.Nil;
                        if (item is Symbol si) s = si; else { s = (Symbol)ListOps.Car(item); if (ListOps.Cdr(item) is Cons) init = ListOps.Cadr(item); }
                        var initNode = Conv(init, e2, l);
                        Bind(s, out var v, out var special);
                        l.Aux.Add(new Binding(v, special, initNode));
                        if (v != null) e2 = new Scope(e2, ScopeKind.Var, s, v);
                        break;
                    }
            }
        }
        if (!ListOps.IsNil(ll))
        {
            // (a b . rest) is allowed in macro lambda lists only
            throw new LispCompileException($"dotted lambda list in {name}");
        }
        e2 = DeclareSpecials(e2, sp);
        if (!l.IsSimple && (l.RequiredSpecial.Any(x => x != null) || l.Optional.Any(o => o.Special != null) || l.RestSpecial != null
                            || l.Keys.Any(k => k.Special != null) || l.Aux.Any(a => a.Special != null))) e2 = Frame(e2);
        if (blockName != null)
        {
            var info = new BlockInfo(blockName, l);
            var block = new BlockNode(info);
            block.Body = Body(body, new Scope(e2, ScopeKind.Block, blockName, info), l);
            l.Body = block;
        }
        else l.Body = Body(body, e2, l);
        return l;
    }
}
