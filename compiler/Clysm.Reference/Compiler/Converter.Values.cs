using Clysm.Lisp;

namespace Clysm.Reference.Compiler;

/// <summary>The multiple-values forms: MULTIPLE-VALUE-BIND, -LIST, -CALL and -PROG1.</summary>
internal sealed partial class Converter
{
    private Node MultipleValueBind(Cons c, List<object> args, Scope? env, LambdaNode fn)
    {
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

    private Node MultipleValueList(List<object> args, Scope? env, LambdaNode fn) => new MvListNode(Conv(args[0], env, fn));

    private Node MultipleValueCall(List<object> args, Scope? env, LambdaNode fn) =>
        new MvCallNode(Conv(args[0], env, fn), args.Skip(1).Select(a => Conv(a, env, fn)).ToList());

    private Node MultipleValueProg1(Cons c, List<object> args, Scope? env, LambdaNode fn) =>
        new MvProg1Node(Conv(args[0], env, fn), Body(ListOps.Cdr(c.Cdr), env, fn));
}
