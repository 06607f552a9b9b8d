using Clysm.Lisp;

namespace Clysm.Reference.Compiler;

/// <summary>The condition-handling forms: HANDLER-CASE (which unwinds to its clause) and HANDLER-BIND
/// (which runs its handler where the condition is signalled).</summary>
internal sealed partial class Converter
{
    private Node HandlerCase(List<object> args, Scope? env, LambdaNode fn)
    {
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

    private Node HandlerBind(Cons c, List<object> args, Scope? env, LambdaNode fn)
    {
        var hs = ListOps.ToList(args[0]).Select(b => (ListOps.Car(b), Conv(ListOps.Cadr(b), env, fn))).ToList();
        return new HandlerBindNode(hs, Body(ListOps.Cdr(c.Cdr), Frame(env), fn));
    }
}
