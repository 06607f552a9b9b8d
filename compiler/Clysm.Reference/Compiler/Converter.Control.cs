using Clysm.Lisp;

namespace Clysm.Reference.Compiler;

/// <summary>The control forms: IF and PROGN; lexical exits (BLOCK and RETURN-FROM, TAGBODY and GO),
/// which record whether an exit crosses a closure or a dynamic frame; dynamic exits (CATCH, THROW,
/// UNWIND-PROTECT).</summary>
internal sealed partial class Converter
{
    private Node If(List<object> args, Scope? env, LambdaNode fn) =>
        new IfNode(Conv(args[0], env, fn), Conv(args[1], env, fn), args.Count > 2 ? Conv(args[2], env, fn) : new ConstNode(Symbol.Nil));

    private Node Progn(Cons c, Scope? env, LambdaNode fn) => TopBody(c.Cdr, env, fn, _formTop);

    private Node Block(Cons c, List<object> args, Scope? env, LambdaNode fn)
    {
        var info = new BlockInfo((Symbol)args[0], fn);
        var node = new BlockNode(info);
        node.Body = Body(ListOps.Cdr(c.Cdr), new Scope(env, ScopeKind.Block, info.Name, info), fn);
        return node;
    }

    private Node ReturnFrom(List<object> args, Scope? env, LambdaNode fn)
    {
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

    private Node Tagbody(List<object> args, Scope? env, LambdaNode fn)
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

    private Node Go(List<object> args, Scope? env, LambdaNode fn)
    {
        var s = Find(env, ScopeKind.Tag, TagKey(args[0])) ?? throw new LispCompileException($"GO: no tag named {ListOps.Print(args[0])}");
        var (info, index) = ((TagbodyInfo, int))s.Value!;
        if (info.Owner != fn || CrossesFrame(env, s))
        {
            info.Id ??= new Var(ListOps.Gensym("TAGBODY"), info.Owner);
            Capture(info.Id, fn);
        }
        return new GoNode(info, index);
    }

    private static Symbol TagKey(object tag) => tag is Symbol s ? s : Symbol.Intern("%TAG-" + tag, "CLYSM");

    private Node Catch(Cons c, List<object> args, Scope? env, LambdaNode fn) =>
        new CatchNode(Conv(args[0], env, fn), Body(ListOps.Cdr(c.Cdr), Frame(env), fn));

    private Node Throw(List<object> args, Scope? env, LambdaNode fn) =>
        new ThrowNode(Conv(args[0], env, fn), Conv(args[1], env, fn));

    private Node UnwindProtect(Cons c, List<object> args, Scope? env, LambdaNode fn) =>
        new UnwindNode(Conv(args[0], Frame(env), fn), Body(ListOps.Cdr(c.Cdr), env, fn));
}
