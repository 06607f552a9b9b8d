using Clysm.Lisp;

namespace Clysm.Reference.Compiler;

/// <summary>The function forms: naming a function (FUNCTION: a local function, a global one, a
/// (SETF f) name, or a lambda), making one (LAMBDA), and calling one (FUNCALL, APPLY).</summary>
internal sealed partial class Converter
{
    private Node Function(List<object> args, Scope? env, LambdaNode fn)
    {
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
    }

    private Node LambdaForm(Cons c, List<object> args, Scope? env, LambdaNode fn)
    {
        var l = Lambda("LAMBDA", args[0], ListOps.Cdr(c.Cdr), env, fn, null);
        return new LambdaExpr(l);
    }

    /// <summary>FUNCALL (spread false) or APPLY (spread true: the last argument is a list of arguments).</summary>
    private Node Call(List<object> args, Scope? env, LambdaNode fn, bool spread)
    {
        CheckQuotedOperator(args[0]);
        return new FuncallNode(Conv(args[0], env, fn), args.Skip(1).Select(a => Conv(a, env, fn)).ToList(), spread);
    }
}
