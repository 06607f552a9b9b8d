using Clysm.Lisp;

namespace Clysm.Reference.Compiler;

/// <summary>Chapter 3 (Evaluation and Compilation) in the converter: EVAL of a form known at compile
/// time compiled in place, macro functions that exist at run time (MACRO-FUNCTION, *MACROEXPAND-HOOK*,
/// compiler macros), the macro environment of &amp;ENVIRONMENT, EVAL-WHEN outside top level,
/// LOAD-TIME-VALUE evaluated once. The run-time side is Runtime/Library/macros.lisp.</summary>
internal sealed partial class Converter
{
    /// <summary>True while the form being converted is a top-level form (CLHS 3.2.3.1): only PROGN,
    /// LOCALLY, MACROLET, SYMBOL-MACROLET, EVAL-WHEN and macro expansions keep it so for their body.</summary>
    private bool _topLevel;

    private static object Quote(object x) => ListOps.List(LispSymbols.Quote, x);

    /// <summary>Standard macros this converter handles as special forms.</summary>
    private static readonly HashSet<string> MacrosAsSpecialForms = new()
    {
        "DEFUN", "DEFMACRO", "DEFVAR", "DEFPARAMETER", "DEFCONSTANT", "DECLAIM", "MULTIPLE-VALUE-BIND", "MULTIPLE-VALUE-LIST",
        "HANDLER-CASE", "HANDLER-BIND", "IN-PACKAGE", "DEFPACKAGE", "LAMBDA",
    };

    /// <summary>A macro of COMMON-LISP (whichever way this compiler implements it).</summary>
    internal static bool IsStandardMacro(Symbol s) =>
        s.Package == LispSymbols.CommonLisp && (Macros.IsMacro(s.Name) && !IsSpecialForm(s.Name) || MacrosAsSpecialForms.Contains(s.Name));

    /// <summary>A special operator of COMMON-LISP (CLHS 3.1.2.1.2.1).</summary>
    internal static bool IsStandardSpecialOperator(Symbol s) =>
        s.Package == LispSymbols.CommonLisp && s.Name is "BLOCK" or "CATCH" or "EVAL-WHEN" or "FLET" or "FUNCTION" or "GO" or "IF" or "LABELS"
            or "LET" or "LET*" or "LOAD-TIME-VALUE" or "LOCALLY" or "MACROLET" or "MULTIPLE-VALUE-CALL" or "MULTIPLE-VALUE-PROG1" or "PROGN"
            or "PROGV" or "QUOTE" or "RETURN-FROM" or "SETQ" or "SYMBOL-MACROLET" or "TAGBODY" or "THE" or "THROW" or "UNWIND-PROTECT";

    private static bool SelfEvaluating(object x) =>
        x is not Symbol and not Cons || x is Symbol { IsKeyword: true } || ListOps.IsNil(x) || x == Symbol.T;

    /// <summary>The datum of a constant form: (QUOTE x) or a self-evaluating object.</summary>
    private static bool IsConstantForm(object form, out object datum)
    {
        if (form is Cons { Car: Symbol q, Cdr: Cons { Car: var d, Cdr: var rest } } && q == LispSymbols.Quote && ListOps.IsNil(rest)) { datum = d; return true; }
        datum = form;
        return SelfEvaluating(form);
    }

    /// <summary>(EVAL form) where the form is known at compile time and every operator in its head is
    /// one the compiler knows: the form compiled in place, in the null lexical environment. An error a
    /// Lisp would report while compiling it becomes a PROGRAM-ERROR signalled at run time, when EVAL
    /// runs. Null when the form must be evaluated at run time (Runtime/Library/eval.lisp).</summary>
    private Node? FoldEval(Cons c, LambdaNode fn)
    {
        var args = ListOps.ToList(c.Cdr);
        if (args.Count != 1) return null;
        object form;
        if (IsConstantForm(args[0], out var datum)) form = datum;
        else if (args[0] is Cons { Car: Symbol me } mc && me.Package == LispSymbols.CommonLisp && me.Name is "MACROEXPAND" or "MACROEXPAND-1"
                 && ListOps.Cdr(mc) is Cons { Car: var q, Cdr: var more } && ListOps.IsNil(more) && IsConstantForm(q, out var expandee))
        {
            form = expandee;
            while (ExpandOnce(form) is { } next) { form = next; if (me.Name == "MACROEXPAND-1") break; }
        }
        else return null;
        if (!KnownOperator(form)) return null;
        var wasTop = _topLevel;
        try { _topLevel = true; return Conv(form, null, fn); }
        catch (LispCompileException e)
        {
            _topLevel = false;
            return Conv(ListOps.List(ListOps.Intern("ERROR"), Quote(ListOps.Intern("PROGRAM-ERROR")), ListOps.Keyword("FORMAT-CONTROL"), new LispString("~A"),
                ListOps.Keyword("FORMAT-ARGUMENTS"), Quote(ListOps.List(new LispString(e.Message)))), null, fn);
        }
        finally { _topLevel = wasTop; }
    }

    private bool KnownOperator(object form)
    {
        if (form is not Cons c) return true;
        if (c.Car is Cons { Car: Symbol lam } && lam.Name == "LAMBDA") return true;
        if (c.Car is not Symbol op) return false;
        return IsSpecialForm(op.Name) || Macros.IsMacro(op.Name) || _unit.Macros.ContainsKey(op.Name) || _unit.Defuns.ContainsKey(op)
               || Prelude.Has(op) || Prims.IsPrim(op.Name) || op.Name == "LAMBDA";
    }

    /// <summary>Set when the unit's source mentions the run-time side of macros: then every DEFMACRO
    /// also installs its expander as a function at run time.</summary>
    internal bool RuntimeMacros;
    /// <summary>The source mentions *MACROEXPAND-HOOK*: MACROEXPAND(-1) of a user macro form runs at run time.</summary>
    internal bool MacroexpandHook;

    internal void ScanSource(IEnumerable<object> forms)
    {
        var names = new HashSet<string>();
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        void Walk(object x, int depth)
        {
            // literals may be circular (#1=): each cons is visited once
            if (depth > 200) return;
            for (; x is Cons cc && seen.Add(cc); x = cc.Cdr) Walk(cc.Car, depth + 1);
            if (x is Symbol s) names.Add(s.Name);
        }
        foreach (var f in forms) Walk(f, 0);
        MacroexpandHook = names.Contains("*MACROEXPAND-HOOK*");
        RuntimeMacros = MacroexpandHook || names.Contains("MACRO-FUNCTION") || names.Contains("EVAL");
    }

    /// <summary>A macro's expander as a Lisp function of (form environment): &amp;WHOLE gets the form,
    /// &amp;ENVIRONMENT the environment, the rest of the lambda list destructures the form's arguments.</summary>
    internal static object ExpanderLambda(object lambdaList, object body)
    {
        var form = ListOps.Gensym("FORM"); var env = ListOps.Gensym("ENV");
        var binds = new List<object>();
        var rest = new List<object>();
        object p = lambdaList;
        if (p is Cons { Car: Symbol { Name: "&WHOLE" } } w) { binds.Add(ListOps.List(ListOps.Cadr(w), form)); p = ListOps.Cddr(w); }
        while (p is Cons pc)
        {
            if (pc.Car is Symbol { Name: "&ENVIRONMENT" } && pc.Cdr is Cons ec) { binds.Add(ListOps.List(ec.Car, env)); p = ec.Cdr; continue; }
            rest.Add(pc.Car);
            p = pc.Cdr;
        }
        var pattern = ListOps.FromList(rest, p);
        var forms = ListOps.ToList(body);
        if (forms.Count > 1 && forms[0] is LispString) forms.RemoveAt(0);
        object inner = ListOps.ListStar(ListOps.Intern("DESTRUCTURING-BIND"), pattern, ListOps.List(ListOps.Intern("CDR"), form), ListOps.FromList(forms));
        if (binds.Count > 0) inner = ListOps.List(ListOps.Intern("LET"), ListOps.FromList(binds), inner);
        return ListOps.List(ListOps.Intern("LAMBDA"), ListOps.List(form, env), ListOps.List(ListOps.Intern("DECLARE"), ListOps.List(ListOps.Intern("IGNORABLE"), form, env)), inner);
    }

    /// <summary>DEFMACRO: the expander is made for the compiler; with <see cref="RuntimeMacros"/> it is
    /// also compiled and installed for MACRO-FUNCTION and EVAL at run time.</summary>
    private Node DefineMacro(Symbol name, object lambdaList, object body, LambdaNode fn)
    {
        _unit.Macros[name.Name] = _unit.Interp.MakeMacro(name, lambdaList, body);
        if (!RuntimeMacros || !_unit.UserCode) return new ConstNode(name);
        Node Install(object expander) =>
            Conv(ListOps.List(ListOps.Intern("PROGN"), ListOps.List(ListOps.Intern("%SET-MACRO-FUNCTION"), Quote(name), ListOps.List(ListOps.Intern("FUNCTION"), expander)), Quote(name)), null, fn);
        try { return Install(ExpanderLambda(lambdaList, body)); }
        catch (Exception e) when (e is UnsupportedConstructException or LispCompileException)
        {
            // the expander runs in the compiler but cannot be compiled for run time: MACRO-FUNCTION still
            // answers that the name is a macro, and calling the function says why it cannot expand
            var f = ListOps.Gensym("FORM"); var v = ListOps.Gensym("ENV");
            return Install(ListOps.List(ListOps.Intern("LAMBDA"), ListOps.List(f, v), ListOps.List(ListOps.Intern("DECLARE"), ListOps.List(ListOps.Intern("IGNORE"), f, v)),
                ListOps.List(ListOps.Intern("ERROR"), new LispString("the expander of ~S cannot run at run time: ~A"), Quote(name), new LispString(e.Message))));
        }
    }

    /// <summary>MACROEXPAND and MACROEXPAND-1 of a constant form, MACRO-FUNCTION and COMPILER-MACRO-FUNCTION
    /// of a constant name, DEFINE-COMPILER-MACRO; null when the form is not one of these.</summary>
    private object? MacroIntrospection(string name, List<object> args)
    {
        switch (name)
        {
            case "MACROEXPAND-1": case "MACROEXPAND":
                {
                    if (args.Count is < 1 or > 2 || !IsConstantForm(args[0], out var form) || args.Count == 2 && !ListOps.IsNil(args[1]))
                        throw new UnsupportedConstructException(name.ToLowerInvariant() + " of a form not known at compile time");
                    // the hook is a run-time value: a user macro is then expanded at run time, through it
                    if (MacroexpandHook && form is Cons { Car: Symbol op } && _unit.Macros.ContainsKey(op.Name))
                        return ListOps.List(ListOps.Intern("%" + name), Quote(form));
                    bool expanded = false;
                    try
                    {
                        while (ExpandOnce(form) is { } next)
                        {
                            form = next; expanded = true;
                            if (name == "MACROEXPAND-1") break;
                        }
                    }
                    catch (LispCompileException e)
                    {
                        // the expander fails: an error when MACROEXPAND runs, as in a Lisp that expands then
                        return ListOps.List(ListOps.Intern("ERROR"), new LispString("~A"), new LispString(e.Message));
                    }
                    return ListOps.List(ListOps.Intern("VALUES"), Quote(form), expanded ? Symbol.T : Symbol.Nil);
                }
            case "MACRO-FUNCTION":
                {
                    if (args.Count is < 1 or > 2 || !IsConstantForm(args[0], out var m) || m is not Symbol ms || args.Count == 2 && !ListOps.IsNil(args[1]))
                        throw new UnsupportedConstructException("macro-function of a name not known at compile time");
                    if (_unit.Macros.ContainsKey(ms.Name)) return ListOps.List(ListOps.Intern("%MACRO-FUNCTION"), Quote(ms));
                    if (IsStandardMacro(ms))
                        // a standard macro: its expander is C# in the compiler; the function says so when called
                        return ListOps.List(ListOps.Intern("FUNCTION"), ListOps.Intern("%STANDARD-MACRO-EXPANDER"));
                    return ListOps.List(ListOps.Intern("%MACRO-FUNCTION"), Quote(ms));
                }
            case "COMPILE" when args.Count is 1 or 2 && IsConstantForm(args[0], out var cname) && (args.Count == 1 || IsConstantForm(args[1], out _)):
                {
                    // everything is compiled already: COMPILE of a constant definition is the function itself
                    if (args.Count == 2)
                    {
                        IsConstantForm(args[1], out var definition);
                        var function = definition is Cons { Car: Symbol { Name: "LAMBDA" } } ? ListOps.List(ListOps.Intern("FUNCTION"), definition) : definition is Symbol ? args[1] : null;
                        if (function == null) return null;
                        if (ListOps.IsNil(cname)) return ListOps.List(ListOps.Intern("VALUES"), function, Symbol.Nil, Symbol.Nil);
                        return ListOps.List(ListOps.Intern("PROGN"), ListOps.List(ListOps.Intern("SETF"), ListOps.List(ListOps.Intern("FDEFINITION"), Quote(cname)), function),
                            ListOps.List(ListOps.Intern("VALUES"), Quote(cname), Symbol.Nil, Symbol.Nil));
                    }
                    return cname is Symbol && !ListOps.IsNil(cname) ? ListOps.List(ListOps.Intern("VALUES"), Quote(cname), Symbol.Nil, Symbol.Nil) : null;
                }
            case "FBOUNDP" when args.Count == 1 && IsConstantForm(args[0], out var fname) && fname is Symbol fs
                                && (IsStandardMacro(fs) || IsStandardSpecialOperator(fs) || _unit.Macros.ContainsKey(fs.Name) && !_unit.Defuns.ContainsKey(fs)):
                // a macro or special operator is fbound (CLHS fboundp)
                return Symbol.T;
            case "DEFINE-COMPILER-MACRO":
                {
                    if (args.Count < 2 || args[0] is not Symbol cm) throw new LispCompileException("DEFINE-COMPILER-MACRO: bad arguments");
                    // compiler macros are not applied (a compiler may ignore them) but exist for COMPILER-MACRO-FUNCTION
                    return ListOps.List(ListOps.Intern("PROGN"), ListOps.List(ListOps.Intern("%SET-COMPILER-MACRO-FUNCTION"), Quote(cm),
                        ListOps.List(ListOps.Intern("FUNCTION"), ExpanderLambda(args[1], ListOps.FromList(args.Skip(2))))), Quote(cm));
                }
        }
        return null;
    }

    /// <summary>EVAL-WHEN (CLHS 3.2.3.1): at top level the body runs for :LOAD-TOPLEVEL or :EXECUTE (the
    /// case is loaded as source); elsewhere only :EXECUTE counts. COMPILE, LOAD and EVAL are the old names.</summary>
    private Node EvalWhen(object situations, object body, Scope? env, LambdaNode fn, bool top)
    {
        var names = ListOps.ToList(situations).Select(s => (s as Symbol)?.Name).ToList();
        bool execute = names.Any(n => n is "EXECUTE" or "EVAL");
        bool load = names.Any(n => n is "LOAD-TOPLEVEL" or "LOAD");
        if (!(execute || top && load)) return new ConstNode(Symbol.Nil);
        return TopBody(body, env, fn, top);
    }

    /// <summary>A body whose forms are top-level when the form holding them is.</summary>
    private Node TopBody(object forms, Scope? env, LambdaNode fn, bool top)
    {
        var list = ListOps.ToList(forms);
        if (list.Count == 0) return new ConstNode(Symbol.Nil);
        var nodes = new List<Node>();
        foreach (var f in list) { _topLevel = top; nodes.Add(Conv(f, env, fn)); }
        _topLevel = false;
        return nodes.Count == 1 ? nodes[0] : new PrognNode(nodes);
    }

    /// <summary>One macro expansion step of form in the lexical scope env (local macros and symbol macros,
    /// then the global ones; a local function shadows a global macro), or null when form is not a macro form.</summary>
    internal object? ExpandIn(object form, Scope? env)
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
            if (s.Kind == ScopeKind.Macro) { var local = s; return WithLocalMacros(env, () => ((Func<object, object>)local.Value!)(c)); }
        }
        return WithLocalMacros(env, () => ExpandOnce(form));
    }

    /// <summary>MACRO-FUNCTION's test in a lexical scope: is name a macro there.</summary>
    internal bool IsMacroIn(Symbol name, Scope? env)
    {
        for (var s = env; s != null; s = s.Up)
            if (ReferenceEquals(s.Key, name) && s.Kind is ScopeKind.Fun or ScopeKind.Macro) return s.Kind == ScopeKind.Macro;
        return _unit.Macros.ContainsKey(name.Name) || IsStandardMacro(name) && !_unit.Defuns.ContainsKey(name);
    }

    /// <summary>LOAD-TIME-VALUE: the form, in the null lexical environment, evaluated the first time
    /// and kept in a symbol of its own.</summary>
    private Node LoadTimeValue(object form, LambdaNode fn)
    {
        var cell = Quote(Symbol.Uninterned("LOAD-TIME-VALUE"));
        return Conv(ListOps.List(ListOps.Intern("IF"), ListOps.List(ListOps.Intern("BOUNDP"), cell), ListOps.List(ListOps.Intern("SYMBOL-VALUE"), cell), ListOps.List(ListOps.Intern("SET"), cell, form)), null, fn);
    }
}
