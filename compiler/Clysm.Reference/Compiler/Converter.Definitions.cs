using Clysm.Lisp;

namespace Clysm.Reference.Compiler;

/// <summary>The defining and proclaiming forms: DEFUN, DEFVAR, DEFPARAMETER, DEFCONSTANT, DECLAIM,
/// PROCLAIM, and IN-PACKAGE (only to CL-USER). DEFMACRO is in Evaluation.cs (DefineMacro).</summary>
internal sealed partial class Converter
{
    private Node Defun(Cons c, List<object> args, Scope? env, LambdaNode fn)
    {
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

    /// <summary>DEFVAR, DEFPARAMETER or DEFCONSTANT, by name.</summary>
    private Node DefineVariable(string name, List<object> args, Scope? env, LambdaNode fn)
    {
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

    /// <summary>DECLAIM, or PROCLAIM (whose argument is evaluated: a quoted specifier is unquoted); only
    /// SPECIAL has an effect.</summary>
    private Node Proclaim(string name, List<object> args)
    {
        foreach (var a in args)
        {
            var spec = name == "PROCLAIM" && a is Cons q && ListOps.Is(q.Car, "QUOTE") ? ListOps.Cadr(q) : a;
            if (spec is Cons sc && ListOps.Is(sc.Car, "SPECIAL")) foreach (var v in ListOps.ToList(sc.Cdr)) _unit.Specials.Add((Symbol)v);
        }
        return new ConstNode(Symbol.Nil);
    }

    private static Node InPackage(List<object> args)
    {
        if (args.Count == 1 && args[0] is Symbol or LispString && PkgName(args[0]) is "CL-USER" or "COMMON-LISP-USER")
            return new ConstNode(Symbol.Nil);
        throw new UnsupportedConstructException("in-package");
    }

    private static string? PkgName(object x) => x is Symbol s ? s.Name : x is LispString ls ? ls.Text : null;
}
