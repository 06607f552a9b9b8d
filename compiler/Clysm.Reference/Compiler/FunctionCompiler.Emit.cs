using Clysm.Lisp;
using Clysm.Reference.Wasm;

namespace Clysm.Reference.Compiler;

internal sealed partial class FunctionCompiler
{
    /// <summary>Emit a node leaving one eqref; with mv, also leave the value count in mv_n.</summary>
    public void Emit(Node n, bool mv)
    {
        switch (n)
        {
            case ConstNode k: if (l.User) NoteSymbols(k.Value, 0); EmitConst(k.Value); if (mv) SetMv1(); break;
            case VarRef r: EmitVarRef(r.V); if (mv) SetMv1(); break;
            case VarSet s:
                if (s.V.Boxed)
                {
                    var t = NewLocal();
                    VarStorage(s.V); c.RefCast(g.TBox);
                    Emit(s.Value, false); c.LocalTee(t); c.StructSet(g.TBox, 0); c.LocalGet(t);
                }
                else
                {
                    if (s.V.Owner != l) throw new InvalidOperationException("assignment to an unboxed free variable");
                    Emit(s.Value, false); c.LocalTee(s.V.Local);
                }
                if (mv) SetMv1();
                break;
            case SymRef r: MarkSpecial(r.S); c.GlobalGet(g.Sym(r.S)); Call("$symbol-value"); if (mv) SetMv1(); break;
            case SymSet s:
                {
                    MarkSpecial(s.S);
                    var t = NewLocal();
                    c.GlobalGet(g.Sym(s.S)); Emit(s.Value, false); c.LocalTee(t); c.StructSet(g.TSym, 1); c.LocalGet(t);
                    if (mv) SetMv1();
                    break;
                }
            case IfNode i:
                Emit(i.Test, false); Nil(); c.RefEq();
                c.If(ValType.Eq); Push("if");
                Emit(i.Else, mv); c.Else(); Emit(i.Then, mv);
                c.End(); Pop();
                break;
            case PrognNode p:
                for (int k = 0; k < p.Body.Count; k++)
                {
                    bool last = k == p.Body.Count - 1;
                    Emit(p.Body[k], last && mv);
                    if (!last) c.Drop();
                }
                if (p.Body.Count == 0) { Nil(); if (mv) SetMv1(); }
                break;
            case LetNode let: EmitLet(let, mv); break;
            case LambdaExpr le: EmitClosure(le.Fn, Symbol.Nil); if (mv) SetMv1(); break;
            case DefunNode d:
                {
                    c.GlobalGet(g.Sym(d.Name));
                    if (g.Unit.Defuns.TryGetValue(d.Name, out var info) && info.Fn == d.Fn) c.GlobalGet(g.FunctionObject(d.Name, d.Fn));
                    else EmitClosure(d.Fn, d.Name);
                    c.StructSet(g.TSym, 2);
                    c.GlobalGet(g.Sym(d.Name));
                    if (mv) SetMv1();
                    break;
                }
            case FuncRefNode fr:
                {
                    var target = g.GlobalFunction(fr.Name);
                    if (target != null) c.GlobalGet(g.FunctionObject(fr.Name, target));
                    else { c.GlobalGet(g.Sym(fr.Name)); Call("$symbol-function"); }
                    if (mv) SetMv1();
                    break;
                }
            case CallNode call: EmitCall(call.Fn, call.Args); break;
            case FuncallNode fc:
                if (fc.Fn is FuncRefNode fr2 && !fc.Apply && g.GlobalFunction(fr2.Name) != null) { EmitCall(fr2.Name, fc.Args); break; }
                if (fc.Fn is ConstNode { Value: Symbol fs } && !fc.Apply && !g.Unit.Defuns.ContainsKey(fs) && g.GlobalFunction(fs) != null) { EmitCall(fs, fc.Args); break; }
                Emit(fc.Fn, false);
                if (fc.Apply) EmitListStar(fc.Args); else EmitList(fc.Args);
                Call("$funcall");
                break;
            case PrimNode p: EmitPrim(p, mv); break;
            case BlockNode b: EmitBlock(b, mv); break;
            case ReturnFromNode r: EmitReturnFrom(r); break;
            case TagbodyNode t: EmitTagbody(t); if (mv) SetMv1(); break;
            case GoNode go: EmitGo(go); break;
            case CatchNode cn: EmitCatch(cn, mv); break;
            case ThrowNode tn:
                {
                    var tag = NewLocal(); var val = NewLocal();
                    Emit(tn.Tag, false); c.LocalSet(tag);
                    Emit(tn.Value, true); c.LocalSet(val);
                    c.LocalGet(tag); Call("$check-catch");
                    c.LocalGet(tag).LocalGet(val).Throw(g.TagThrow);
                    break;
                }
            case UnwindNode u: EmitUnwind(u, mv); break;
            case MvListNode ml: Emit(ml.Form, true); Call("$mv-list"); if (mv) SetMv1(); break;
            case MvCallNode mc:
                {
                    Emit(mc.Fn, false);
                    if (mc.Args.Count == 0) Nil();
                    for (int k = 0; k < mc.Args.Count; k++)
                    {
                        Emit(mc.Args[k], true); Call("$mv-list");
                        if (k > 0) Call("$append2");
                    }
                    Call("$funcall");
                    break;
                }
            case MvProg1Node mp:
                {
                    var saved = NewLocal();
                    Emit(mp.First, mv);
                    if (mv) { Call("$mv-save"); c.LocalSet(saved); Emit(mp.Rest, false); c.Drop(); c.LocalGet(saved); Call("$mv-restore"); }
                    else { c.LocalSet(saved); Emit(mp.Rest, false); c.Drop(); c.LocalGet(saved); }
                    break;
                }
            case MvBindNode mb:
                {
                    var prim = NewLocal();
                    Emit(mb.Form, true); c.LocalSet(prim);
                    var specials = new List<(Symbol, int)>();
                    for (int k = 0; k < mb.Vars.Count; k++)
                    {
                        c.I32(k).LocalGet(prim); Call("$mv-ref");
                        var b = mb.Vars[k];
                        if (b.Lexical != null) BindVar(b.Lexical);
                        else { var t = NewLocal(); c.LocalSet(t); specials.Add((b.Special!, t)); }
                    }
                    if (specials.Count > 0) BindSpecials(specials, () => Emit(mb.Body, mv));
                    else Emit(mb.Body, mv);
                    break;
                }
            case HandlerCaseNode hc: EmitHandlerCase(hc, mv); break;
            case HandlerBindNode hb: EmitHandlerBind(hb, mv); break;
            default: throw new InvalidOperationException("no code for node " + n.GetType().Name);
        }
    }

    /// <summary>Symbols quoted in user code may be called through their function cells: record them.</summary>
    private void NoteSymbols(object datum, int depth)
    {
        if (depth > 50) return;
        switch (datum)
        {
            case Symbol s:
                g.UserQuotedSymbols.Add(s);
                // (symbol-value '*print-base*), (boundp 'pi): a quoted runtime variable is initialised too
                if (Prelude.IsPreludeVar(s)) g.NeededPreludeVars.Add(s);
                // a quoted float type ((coerce x 'single-float)) is how a module without float literals makes floats
                if (s.Package == "COMMON-LISP" && s.Name is "FLOAT" or "SINGLE-FLOAT" or "DOUBLE-FLOAT" or "SHORT-FLOAT" or "LONG-FLOAT")
                    g.FloatsPossible = true;
                break;
            case Cons c: for (object p = c; p is Cons pc && depth < 50; p = pc.Cdr, depth++) NoteSymbols(pc.Car, depth + 1); break;
            // a FORMAT control with ~F ~E ~G ~$ prints rationals as floats: the module needs the float code
            case LispString str when str.Text.Contains('~') && FloatDirective.IsMatch(str.Text): g.FloatsPossible = g.FloatDirectivesPossible = true; break;
        }
    }

    private static readonly System.Text.RegularExpressions.Regex FloatDirective = new(
        @"~(?:[+-]?\d+|'.|[vV#])?(?:,(?:[+-]?\d+|'.|[vV#])?)*[:@]*[FfEeGg$]", System.Text.RegularExpressions.RegexOptions.Compiled);

    private void EmitList(List<Node> args)
    {
        foreach (var a in args) Emit(a, false);
        Nil();
        for (int i = 0; i < args.Count; i++) c.StructNew(g.TCons);
    }

    /// <summary>(list* a b ... rest): the last argument is the tail.</summary>
    private void EmitListStar(List<Node> args)
    {
        foreach (var a in args) Emit(a, false);
        for (int i = 0; i < args.Count - 1; i++) c.StructNew(g.TCons);
    }

    private void EmitClosure(LambdaNode fn, Symbol name)
    {
        g.Declare(fn, name == Symbol.Nil ? l.Name + "/lambda" : name.Name, false);
        c.RefFunc(fn.Entry!);
        if (fn.Free.Count == 0) c.RefNull(0x71);
        else
        {
            foreach (var v in fn.Free) VarStorage(v);
            c.ArrayNewFixed(g.TVec, fn.Free.Count);
        }
        c.GlobalGet(g.Sym(name));
        c.StructNew(g.TClo);
    }

    private void EmitCall(Symbol name, List<Node> args)
    {
        var target = g.GlobalFunction(name);
        if (target != null)
        {
            g.Declare(target, name.Name, true);
            int req = target.Required.Count, opt = target.Optional.Count;
            if (target.Direct != null && args.Count >= req && args.Count <= req + opt)
            {
                foreach (var a in args) Emit(a, false);
                for (int i = args.Count; i < req + opt; i++) c.RefNull(0x71);
                c.Call(target.Direct);
                return;
            }
            c.RefNull(0x71); EmitList(args); c.Call(target.Entry!);
            return;
        }
        c.GlobalGet(g.Sym(name)); EmitList(args); Call("$call-symbol");
    }

    private void EmitLet(LetNode let, bool mv)
    {
        var specials = new List<(Symbol, int)>();
        foreach (var b in let.Bindings)
        {
            if (b.Lexical != null && let.Sequential && b.Init is LambdaExpr && b.Lexical.Boxed)
            {
                // LABELS: the box exists before the closures that capture it are made
                Nil(); BindVar(b.Lexical);
            }
        }
        foreach (var b in let.Bindings)
        {
            if (b.Lexical != null && b.Lexical.Local >= 0 && let.Sequential && b.Init is LambdaExpr && b.Lexical.Boxed)
            {
                c.LocalGet(b.Lexical.Local).RefCast(g.TBox);
                Emit(b.Init, false);
                c.StructSet(g.TBox, 0);
                continue;
            }
            Emit(b.Init, false);
            if (b.Lexical != null) BindVar(b.Lexical);
            else
            {
                var t = NewLocal(); c.LocalSet(t);
                if (let.Sequential)
                {
                    // LET*: the special is bound before the next init form runs
                    var rest = new LetNode(let.Bindings.SkipWhile(x => x != b).Skip(1).ToList(), let.Body, true);
                    BindSpecials(new List<(Symbol, int)> { (b.Special!, t) }, () => EmitLet(rest, mv));
                    return;
                }
                specials.Add((b.Special!, t));
            }
        }
        if (specials.Count > 0) BindSpecials(specials, () => Emit(let.Body, mv));
        else Emit(let.Body, mv);
    }

    private void EmitBlock(BlockNode b, bool mv)
    {
        _blockMv[b.Info] = mv;
        if (b.Info.Id == null)
        {
            c.Block(ValType.Eq); Push(b.Info);
            Emit(b.Body, mv);
            c.End(); Pop();
            return;
        }
        c.GlobalGet(g.Sym(Symbol.Nil)).GlobalGet(g.Sym(Symbol.Nil)).StructNew(g.TCons);
        BindVar(b.Info.Id);
        var tag = NewLocal(); var val = NewLocal();
        c.Block(ValType.Eq); Push(b.Info);
        c.BlockFuncType(0x02, g.TPair); Push("caught");
        c.TryTable(ValType.Eq, (0, g.TagThrow, 0)); Push("try");
        Emit(b.Body, mv);
        c.End(); Pop();
        c.Br(Depth(b.Info));
        c.End(); Pop();
        c.LocalSet(val).LocalSet(tag);
        c.LocalGet(tag); EmitVarRef(b.Info.Id); c.RefEq();
        c.If(ValType.Eq); c.LocalGet(val); c.Else(); c.LocalGet(tag).LocalGet(val).Throw(g.TagThrow); c.End();
        c.End(); Pop();
    }

    private void EmitReturnFrom(ReturnFromNode r)
    {
        if (CanBranch(r.Info))
        {
            Emit(r.Value, _blockMv.TryGetValue(r.Info, out var m) && m);
            c.Br(Depth(r.Info));
            return;
        }
        if (r.Info.Id == null) throw new InvalidOperationException($"non-local RETURN-FROM {r.Info.Name.Name} without a block id");
        var v = NewLocal();
        Emit(r.Value, true); c.LocalSet(v);
        EmitVarRef(r.Info.Id); c.LocalGet(v); c.Throw(g.TagThrow);
    }

    private readonly Dictionary<TagbodyInfo, (object Top, int Pc)> _tagbodies = new();

    private void EmitTagbody(TagbodyNode t)
    {
        int nseg = t.Segments.Count;
        if (nseg == 1 && t.Info.Id == null)
        {
            foreach (var s in t.Segments[0]) { Emit(s, false); c.Drop(); }
            Nil();
            return;
        }
        var top = new object();
        int pc = NewLocal(ValType.I32);
        _tagbodies[t.Info] = (top, pc);
        c.I32(0).LocalSet(pc);
        if (t.Info.Id != null)
        {
            c.GlobalGet(g.Sym(Symbol.Nil)).GlobalGet(g.Sym(Symbol.Nil)).StructNew(g.TCons);
            BindVar(t.Info.Id);
        }
        var exit = new object();
        c.Block(); Push(exit);
        c.Loop(); Push(top);
        int tag = -1, val = -1;
        if (t.Info.Id != null)
        {
            tag = NewLocal(); val = NewLocal();
            c.BlockFuncType(0x02, g.TPair); Push("caught");
            c.TryTable(null, (0, g.TagThrow, 0)); Push("try");
        }
        var blocks = new List<object>();
        for (int i = 0; i < nseg; i++) { var k = new object(); blocks.Add(k); c.Block(); Push(k); }
        // innermost block is segment 0's; br_table depth i lands after block i
        c.LocalGet(pc); c.BrTable(Enumerable.Range(0, nseg).ToList(), 0);
        for (int i = 0; i < nseg; i++)
        {
            c.End(); Pop();
            foreach (var s in t.Segments[i]) { Emit(s, false); c.Drop(); }
        }
        if (t.Info.Id != null)
        {
            c.End(); Pop(); // try_table
            c.Br(Depth(exit));
            c.End(); Pop(); // caught: tag value on the stack
            c.LocalSet(val).LocalSet(tag);
            c.LocalGet(tag); EmitVarRef(t.Info.Id); c.RefEq();
            c.If(); c.LocalGet(val).RefCastNullAbs(0x6C).I31GetS().LocalSet(pc); c.Br(Depth(top) + 1);
            c.Else(); c.LocalGet(tag).LocalGet(val).Throw(g.TagThrow); c.End();
        }
        c.End(); Pop(); // loop
        c.End(); Pop(); // exit
        Nil();
    }

    private void EmitGo(GoNode go)
    {
        if (_tagbodies.TryGetValue(go.Info, out var tb) && CanBranch(tb.Top))
        {
            c.I32(go.Index).LocalSet(tb.Pc).Br(Depth(tb.Top));
            return;
        }
        if (go.Info.Id == null) throw new InvalidOperationException("non-local GO without a tagbody id");
        EmitVarRef(go.Info.Id); c.I32(go.Index).RefI31(); c.Throw(g.TagThrow);
    }

    /// <summary>A try_table that catches one tag (values to locals) and restores state on every exit.</summary>
    private void CatchFrame(int tagIndex, Action body, Action restore, Action<int, int> onCaught, bool mv)
    {
        var exn = NewLocal(ValType.Exn); var a = NewLocal(); var b = NewLocal();
        var done = new object();
        c.Block(ValType.Eq); Push(done);
        c.BlockFuncType(0x02, g.TPair); Push("caught");
        c.Block(ValType.Exn); Push("other");
        c.TryTable(ValType.Eq, (0, tagIndex, 1), (3, 0, 0)); Push(new Frame());
        body();
        c.End(); Pop();
        restore(); c.Br(Depth(done));
        c.End(); Pop();
        c.LocalSet(exn); restore(); c.LocalGet(exn); c.ThrowRef();
        c.End(); Pop();
        c.LocalSet(b).LocalSet(a); restore();
        onCaught(a, b);
        c.End(); Pop();
    }

    private void EmitCatch(CatchNode cn, bool mv)
    {
        var tag = NewLocal(); var saved = NewLocal();
        Emit(cn.Tag, false); c.LocalSet(tag);
        c.GlobalGet(g.CatchTags).LocalTee(saved);
        c.LocalGet(tag); c.GlobalGet(g.CatchTags); c.StructNew(g.TCons); c.GlobalSet(g.CatchTags);
        c.Drop();
        CatchFrame(g.TagThrow, () => Emit(cn.Body, mv), () => c.LocalGet(saved).GlobalSet(g.CatchTags), (t, v) =>
        {
            c.LocalGet(t).LocalGet(tag).RefEq();
            c.If(ValType.Eq); c.LocalGet(v); c.Else(); c.LocalGet(t).LocalGet(v).Throw(g.TagThrow); c.End();
        }, mv);
    }

    private void EmitUnwind(UnwindNode u, bool mv)
    {
        var res = NewLocal(); var exn = NewLocal(ValType.Exn); var savedMv = NewLocal();
        var done = new object();
        c.Block(ValType.Eq); Push(done);
        c.Block(ValType.Exn); Push("exn");
        c.TryTable(ValType.Eq, (3, 0, 0)); Push(new Frame());
        Emit(u.Form, mv);
        c.End(); Pop();
        if (mv) { Call("$mv-save"); c.LocalSet(savedMv); } else c.LocalSet(res);
        Emit(u.Cleanup, false); c.Drop();
        if (mv) { c.LocalGet(savedMv); Call("$mv-restore"); } else c.LocalGet(res);
        c.Br(Depth(done));
        c.End(); Pop();
        c.LocalSet(exn);
        Nil(); Call("$mv-save"); c.LocalSet(savedMv);
        Emit(u.Cleanup, false); c.Drop();
        c.LocalGet(savedMv); Call("$mv-restore"); c.Drop();
        c.LocalGet(exn); c.ThrowRef();
        c.End(); Pop();
    }

    private void EmitHandlerCase(HandlerCaseNode hc, bool mv)
    {
        var id = NewLocal(); var saved = NewLocal();
        var types = ListOps.FromList(hc.Clauses.Select(cl => cl.TypeSpec));
        c.GlobalGet(g.Sym(Symbol.Nil)).GlobalGet(g.Sym(Symbol.Nil)).StructNew(g.TCons).LocalSet(id);
        c.GlobalGet(g.Handlers).LocalSet(saved);
        c.LocalGet(id); c.GlobalGet(ConstGlobal(types)); c.StructNew(g.TCons);
        c.GlobalGet(g.Handlers); c.StructNew(g.TCons); c.GlobalSet(g.Handlers);
        CatchFrame(g.TagSignal, () => Emit(hc.Form, mv), () => c.LocalGet(saved).GlobalSet(g.Handlers), (cond, target) =>
        {
            var idx = NewLocal(ValType.I32);
            c.LocalGet(target).RefCast(g.TCons).StructGet(g.TCons, 0).LocalGet(id).RefEq();
            c.If(ValType.Eq); Push("if");
            c.LocalGet(target).RefCast(g.TCons).StructGet(g.TCons, 1).RefCastNullAbs(0x6C).I31GetS().LocalSet(idx);
            for (int k = 0; k < hc.Clauses.Count; k++)
            {
                var cl = hc.Clauses[k];
                c.LocalGet(idx).I32(k).Op(0x46);
                c.If(ValType.Eq); Push("if");
                if (cl.V != null) { c.LocalGet(cond); BindVar(cl.V); }
                Emit(cl.Body, mv);
                c.Else();
            }
            c.Unreachable();
            for (int k = 0; k < hc.Clauses.Count; k++) { c.End(); Pop(); }
            c.Else(); c.LocalGet(cond).LocalGet(target).Throw(g.TagSignal);
            c.End(); Pop();
        }, mv);
    }

    private void EmitHandlerBind(HandlerBindNode hb, bool mv)
    {
        var saved = NewLocal();
        c.GlobalGet(g.Handlers).LocalSet(saved);
        var fns = hb.Handlers.Select(_ => NewLocal()).ToList();
        for (int i = 0; i < hb.Handlers.Count; i++) { Emit(hb.Handlers[i].Fn, false); c.LocalSet(fns[i]); }
        c.LocalGet(saved);
        for (int i = hb.Handlers.Count - 1; i >= 0; i--)
        {
            // push (fn . type) onto the list built so far, keeping source order
            var rest = NewLocal(); c.LocalSet(rest);
            c.LocalGet(fns[i]); c.GlobalGet(ConstGlobal(hb.Handlers[i].TypeSpec is Cons or Symbol ? hb.Handlers[i].TypeSpec : Symbol.T));
            c.StructNew(g.TCons); c.LocalGet(rest); c.StructNew(g.TCons);
        }
        c.GlobalSet(g.Handlers);
        Protected(() => Emit(hb.Body, mv), () => c.LocalGet(saved).GlobalSet(g.Handlers), () => c.LocalGet(saved).GlobalSet(g.Handlers));
    }
}
