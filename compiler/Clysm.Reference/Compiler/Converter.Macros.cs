using Clysm.Lisp;

namespace Clysm.Reference.Compiler;

/// <summary>Macro expansion in the converter, and the macro operators answered at compile time.</summary>
internal sealed partial class Converter
{
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
                _unit.SymbolMacros[sm] = args[1];
                return Quote(sm);
            case "COERCE" when args.Count == 2 && args[0] is Cons q && ListOps.Is(q.Car, "QUOTE") && ListOps.Cadr(q) is Cons { Car: Symbol { Name: "LAMBDA" } } lam
                               && args[1] is Cons t && ListOps.Is(t.Car, "QUOTE") && ListOps.Cadr(t) is Symbol { Name: "FUNCTION" }:
                // a constant lambda expression coerced to a function: compiled here, as COMPILE would
                return ListOps.List(ListOps.Intern("FUNCTION"), lam);
            case "FBOUNDP" or "FDEFINITION" or "FMAKUNBOUND" when args.Count == 1 && args[0] is Cons q && ListOps.Is(q.Car, "QUOTE")
                                                              && ListOps.Cadr(q) is Cons { Car: Symbol { Name: "SETF" }, Cdr: Cons { Car: Symbol accessor } } setfName:
                {
                    // a function name (setf f) given as a constant: the unit's symbol for it
                    var call = ListOps.List(ListOps.Intern(name), Quote(Places.SetfFunctionName(accessor, _unit)));
                    return name == "FMAKUNBOUND" ? ListOps.List(ListOps.Intern("PROGN"), call, Quote(setfName)) : call;
                }
            case "FBOUNDP" when args.Count == 1 && args[0] is Cons q && ListOps.Is(q.Car, "QUOTE") && ListOps.Cadr(q) is Symbol fb
                                && fb.Package == LispSymbols.CommonLisp && (IsStandardMacro(fb.Name) || SpecialOperators.Contains(fb.Name)):
                // a standard macro or special operator is fbound, though its definition lives in the compiler
                return Symbol.T;
            case "GET-SETF-EXPANSION" when args.Count >= 1 && args[0] is Cons q && ListOps.Is(q.Car, "QUOTE"):
                return Places.ExpansionValues(ListOps.Cadr(q), _unit);
            case "FIND-SYMBOL" or "INTERN" when args.Count >= 1 && args[0] is LispString { Text: var symbolName }
                                               && LispSymbols.IsCommonLispExternal(symbolName) && !_unit.Defuns.ContainsKey(ListOps.Intern(name))
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
        if (Prelude.Has(op) || Prims.IsPrim(op.Name) || _unit.Defuns.ContainsKey(op) || IsSpecialForm(op.Name)) return;
        throw new UnsupportedConstructException(op.Name.ToLowerInvariant());
    }

    private void CheckQuotedOperator(object f)
    {
        if (f is Cons { Car: Symbol q, Cdr: Cons { Car: Symbol op } } && q == LispSymbols.Quote
            && !Macros.IsMacro(op.Name) && !_unit.Macros.ContainsKey(op.Name)) CheckStandardOperator(op);
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
        var outer = _unit.ExpandLocalMacro; var outerScope = _unit.MacroScope;
        _unit.ExpandLocalMacro = form => LocalExpansion(form, env);
        _unit.MacroScope = env;
        try { return expand(); }
        finally { _unit.ExpandLocalMacro = outer; _unit.MacroScope = outerScope; }
    }

    private object? LocalExpansion(object form, Scope? env)
    {
        if (form is Symbol sym)
        {
            var s = FindVar(env, sym);
            if (s != null) return s.Kind == ScopeKind.SymbolMacro ? s.Value : null;
            return _unit.SymbolMacros.TryGetValue(sym, out var global) ? global : null;
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
        if (form is Symbol s && _unit.SymbolMacros.TryGetValue(s, out var e)) return e;
        if (form is not Cons c || c.Car is not Symbol op) return null;
        if (_unit.Macros.TryGetValue(op.Name, out var um)) return um(c);
        // LAMBDA is a macro too: (lambda ...) is (function (lambda ...))
        if (op.Name == "LAMBDA" && op.Package == LispSymbols.CommonLisp) return ListOps.List(ListOps.Intern("FUNCTION"), c);
        if (!IsSpecialForm(op.Name) && !_unit.Defuns.ContainsKey(op) && Macros.TryExpand(op.Name, c, _unit, out var x)) return x;
        return null;
    }
}
