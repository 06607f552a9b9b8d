using Clysm.Lisp;

namespace Clysm.Reference.Compiler;

/// <summary>Source forms to the intermediate tree.</summary>
internal sealed partial class Converter
{
    internal enum ScopeKind { Var, Special, Fun, Macro, Block, Tag, SymbolMacro, Frame }
    internal sealed record Scope(Scope? Up, ScopeKind Kind, Symbol Key, object? Value);

    private readonly UnitInfo _unit;
    public Converter(UnitInfo unit) { _unit = unit; unit.Conv = this; }
    /// <summary>Whether the special form being converted is at top level (set just before <see cref="Special"/>).</summary>
    private bool _formTop;

    public UnitInfo Unit => _unit;
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
        if (s == null && _unit.SymbolMacros.TryGetValue(sym, out var exp)) return Conv(exp, env, fn);
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
        if (name == "EVAL" && op.Package == LispSymbols.CommonLisp && !_unit.Defuns.ContainsKey(op) && FoldEval(c, fn) is { } evaluated) return evaluated;
        if (!_unit.Defuns.ContainsKey(op) && Introspection(name, c) is { } replaced) return Conv(replaced, env, fn);
        if (!_unit.Defuns.ContainsKey(op) && Transforms.Rewrite(name, c) is { } rewritten) return Conv(rewritten, env, fn);
        if (IsSpecialForm(name)) { _formTop = top; return Special(name, c, env, fn); }
        if (_unit.Macros.TryGetValue(name, out var um)) { var x = WithLocalMacros(env, () => um(c)); _topLevel = top; return Conv(x, env, fn); }
        object? expansion = null;
        if (Macros.IsMacro(name) && WithLocalMacros(env, () => Macros.TryExpand(name, c, _unit, out expansion))) { _topLevel = top; return Conv(expansion!, env, fn); }
        if (name == "FORMAT" && _unit.UserCode && c.Cdr is Cons { Cdr: Cons { Car: LispString control } } && FormatControl.Unsupported(control.Text) is { } directive)
            throw new UnsupportedConstructException(directive);
        if (!Prims.IsUnsupported(name)) CheckStandardOperator(op); // before the arguments, which may not be forms (a missing macro)
        var args = Args(c.Cdr, env, fn);
        // STRINGP inline is the runtime's test for a simple string; user code asks about every string
        if (Prims.Accepts(name, args.Count) && !_unit.Defuns.ContainsKey(op) && !(name == "STRINGP" && _unit.UserCode)) return new PrimNode(name, args);
        if (Prims.IsUnsupported(name) && !Prelude.Has(op) && !_unit.Defuns.ContainsKey(op)) throw new UnsupportedConstructException(name.ToLowerInvariant());
        _unit.CalledFunctions.Add(op);
        return new CallNode(op, args);
    }

    private List<Node> Args(object list, Scope? env, LambdaNode fn) => ListOps.ToList(list).Select(a => Conv(a, env, fn)).ToList();
}
