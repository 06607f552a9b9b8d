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
            case ConstNode k: if (_lambda.User) NoteSymbols(k.Value, 0); EmitConst(k.Value); if (mv) SetMv1(); break;
            case VarRef r: EmitVarRef(r.Var); if (mv) SetMv1(); break;
            case VarSet s:
                if (s.Var.Boxed)
                {
                    var t = NewLocal();
                    VarStorage(s.Var); _code.RefCast(_module.TBox);
                    Emit(s.Value, false); _code.LocalTee(t); _code.StructSet(_module.TBox, 0); _code.LocalGet(t);
                }
                else
                {
                    if (s.Var.Owner != _lambda) throw new InvalidOperationException("assignment to an unboxed free variable");
                    Emit(s.Value, false); _code.LocalTee(s.Var.Local);
                }
                if (mv) SetMv1();
                break;
            case SymRef r: MarkSpecial(r.Symbol); _code.GlobalGet(_module.Sym(r.Symbol)); Call("$symbol-value"); if (mv) SetMv1(); break;
            case SymSet s:
                {
                    MarkSpecial(s.Symbol);
                    var t = NewLocal();
                    _code.GlobalGet(_module.Sym(s.Symbol)); Emit(s.Value, false); _code.LocalTee(t); _code.StructSet(_module.TSym, 1); _code.LocalGet(t);
                    if (mv) SetMv1();
                    break;
                }
            case IfNode i:
                Emit(i.Test, false); Nil(); _code.RefEq();
                _code.If(WasmValueType.Eq); Push("if");
                Emit(i.Else, mv); _code.Else(); Emit(i.Then, mv);
                _code.End(); Pop();
                break;
            case PrognNode p:
                for (int k = 0; k < p.Body.Count; k++)
                {
                    bool last = k == p.Body.Count - 1;
                    Emit(p.Body[k], last && mv);
                    if (!last) _code.Drop();
                }
                if (p.Body.Count == 0) { Nil(); if (mv) SetMv1(); }
                break;
            case LetNode let: EmitLet(let, mv); break;
            case LambdaExpr le: EmitClosure(le.Fn, Symbol.Nil); if (mv) SetMv1(); break;
            case DefunNode d:
                {
                    _code.GlobalGet(_module.Sym(d.Name));
                    if (_module.Unit.Defuns.TryGetValue(d.Name, out var info) && info.Fn == d.Fn) _code.GlobalGet(_module.FunctionObject(d.Name, d.Fn));
                    else EmitClosure(d.Fn, d.Name);
                    _code.StructSet(_module.TSym, 2);
                    _code.GlobalGet(_module.Sym(d.Name));
                    if (mv) SetMv1();
                    break;
                }
            case FuncRefNode fr:
                {
                    var target = _module.GlobalFunction(fr.Name);
                    if (target != null) _code.GlobalGet(_module.FunctionObject(fr.Name, target));
                    else { _code.GlobalGet(_module.Sym(fr.Name)); Call("$symbol-function"); }
                    if (mv) SetMv1();
                    break;
                }
            case CallNode call: EmitCall(call.Fn, call.Args); break;
            case FuncallNode fc:
                if (fc.Fn is FuncRefNode fr2 && !fc.Apply && _module.GlobalFunction(fr2.Name) != null) { EmitCall(fr2.Name, fc.Args); break; }
                if (fc.Fn is ConstNode { Value: Symbol fs } && !fc.Apply && !_module.Unit.Defuns.ContainsKey(fs) && _module.GlobalFunction(fs) != null) { EmitCall(fs, fc.Args); break; }
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
                    Emit(tn.Tag, false); _code.LocalSet(tag);
                    Emit(tn.Value, true); _code.LocalSet(val);
                    _code.LocalGet(tag); Call("$check-catch");
                    _code.LocalGet(tag).LocalGet(val).Throw(_module.TagThrow);
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
                    if (mv) { Call("$mv-save"); _code.LocalSet(saved); Emit(mp.Rest, false); _code.Drop(); _code.LocalGet(saved); Call("$mv-restore"); }
                    else { _code.LocalSet(saved); Emit(mp.Rest, false); _code.Drop(); _code.LocalGet(saved); }
                    break;
                }
            case MvBindNode mb:
                {
                    var prim = NewLocal();
                    Emit(mb.Form, true); _code.LocalSet(prim);
                    var specials = new List<(Symbol, int)>();
                    for (int k = 0; k < mb.Vars.Count; k++)
                    {
                        _code.I32(k).LocalGet(prim); Call("$mv-ref");
                        var b = mb.Vars[k];
                        if (b.Lexical != null) BindVar(b.Lexical);
                        else { var t = NewLocal(); _code.LocalSet(t); specials.Add((b.Special!, t)); }
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
                _module.UserQuotedSymbols.Add(s);
                // (symbol-value '*print-base*), (boundp 'pi): a quoted runtime variable is initialised too
                if (Prelude.IsPreludeVar(s)) _module.NeededPreludeVars.Add(s);
                // a quoted float type ((coerce x 'single-float)) is how a module without float literals makes floats
                if (s.Package == "COMMON-LISP" && s.Name is "FLOAT" or "SINGLE-FLOAT" or "DOUBLE-FLOAT" or "SHORT-FLOAT" or "LONG-FLOAT")
                    _module.FloatsPossible = true;
                break;
            case Cons cons: for (object p = cons; p is Cons pc && depth < 50; p = pc.Cdr, depth++) NoteSymbols(pc.Car, depth + 1); break;
            // a FORMAT control with ~F ~E ~G ~$ prints rationals as floats: the module needs the float code
            case LispString str when str.Text.Contains('~') && FloatDirective.IsMatch(str.Text): _module.FloatsPossible = _module.FloatDirectivesPossible = true; break;
        }
    }

    private static readonly System.Text.RegularExpressions.Regex FloatDirective = new(
        @"~(?:[+-]?\d+|'.|[vV#])?(?:,(?:[+-]?\d+|'.|[vV#])?)*[:@]*[FfEeGg$]", System.Text.RegularExpressions.RegexOptions.Compiled);

    private void EmitList(List<Node> args)
    {
        foreach (var a in args) Emit(a, false);
        Nil();
        for (int i = 0; i < args.Count; i++) _code.StructNew(_module.TCons);
    }

    /// <summary>(list* a b ... rest): the last argument is the tail.</summary>
    private void EmitListStar(List<Node> args)
    {
        foreach (var a in args) Emit(a, false);
        for (int i = 0; i < args.Count - 1; i++) _code.StructNew(_module.TCons);
    }

    private void EmitClosure(LambdaNode fn, Symbol name)
    {
        _module.Declare(fn, name == Symbol.Nil ? _lambda.Name + "/lambda" : name.Name, false);
        _code.RefFunc(fn.Entry!);
        if (fn.Free.Count == 0) _code.RefNull(0x71);
        else
        {
            foreach (var v in fn.Free) VarStorage(v);
            _code.ArrayNewFixed(_module.TVec, fn.Free.Count);
        }
        _code.GlobalGet(_module.Sym(name));
        _code.StructNew(_module.TClo);
    }

    private void EmitCall(Symbol name, List<Node> args)
    {
        var target = _module.GlobalFunction(name);
        if (target != null)
        {
            _module.Declare(target, name.Name, true);
            int req = target.Required.Count, opt = target.Optional.Count;
            if (target.Direct != null && args.Count >= req && args.Count <= req + opt)
            {
                foreach (var a in args) Emit(a, false);
                for (int i = args.Count; i < req + opt; i++) _code.RefNull(0x71);
                _code.Call(target.Direct);
                return;
            }
            _code.RefNull(0x71); EmitList(args); _code.Call(target.Entry!);
            return;
        }
        _code.GlobalGet(_module.Sym(name)); EmitList(args); Call("$call-symbol");
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
                _code.LocalGet(b.Lexical.Local).RefCast(_module.TBox);
                Emit(b.Init, false);
                _code.StructSet(_module.TBox, 0);
                continue;
            }
            Emit(b.Init, false);
            if (b.Lexical != null) BindVar(b.Lexical);
            else
            {
                var t = NewLocal(); _code.LocalSet(t);
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
            _code.Block(WasmValueType.Eq); Push(b.Info);
            Emit(b.Body, mv);
            _code.End(); Pop();
            return;
        }
        _code.GlobalGet(_module.Sym(Symbol.Nil)).GlobalGet(_module.Sym(Symbol.Nil)).StructNew(_module.TCons);
        BindVar(b.Info.Id);
        var tag = NewLocal(); var val = NewLocal();
        _code.Block(WasmValueType.Eq); Push(b.Info);
        _code.BlockFuncType(0x02, _module.TPair); Push("caught");
        _code.TryTable(WasmValueType.Eq, (0, _module.TagThrow, 0)); Push("try");
        Emit(b.Body, mv);
        _code.End(); Pop();
        _code.Br(Depth(b.Info));
        _code.End(); Pop();
        _code.LocalSet(val).LocalSet(tag);
        _code.LocalGet(tag); EmitVarRef(b.Info.Id); _code.RefEq();
        _code.If(WasmValueType.Eq); _code.LocalGet(val); _code.Else(); _code.LocalGet(tag).LocalGet(val).Throw(_module.TagThrow); _code.End();
        _code.End(); Pop();
    }

    private void EmitReturnFrom(ReturnFromNode r)
    {
        if (CanBranch(r.Info))
        {
            Emit(r.Value, _blockMv.TryGetValue(r.Info, out var m) && m);
            _code.Br(Depth(r.Info));
            return;
        }
        if (r.Info.Id == null) throw new InvalidOperationException($"non-local RETURN-FROM {r.Info.Name.Name} without a block id");
        var v = NewLocal();
        Emit(r.Value, true); _code.LocalSet(v);
        EmitVarRef(r.Info.Id); _code.LocalGet(v); _code.Throw(_module.TagThrow);
    }

    private readonly Dictionary<TagbodyInfo, (object Top, int Pc)> _tagbodies = new();

    private void EmitTagbody(TagbodyNode t)
    {
        int nseg = t.Segments.Count;
        if (nseg == 1 && t.Info.Id == null)
        {
            foreach (var s in t.Segments[0]) { Emit(s, false); _code.Drop(); }
            Nil();
            return;
        }
        var top = new object();
        int pc = NewLocal(WasmValueType.I32);
        _tagbodies[t.Info] = (top, pc);
        _code.I32(0).LocalSet(pc);
        if (t.Info.Id != null)
        {
            _code.GlobalGet(_module.Sym(Symbol.Nil)).GlobalGet(_module.Sym(Symbol.Nil)).StructNew(_module.TCons);
            BindVar(t.Info.Id);
        }
        var exit = new object();
        _code.Block(); Push(exit);
        _code.Loop(); Push(top);
        int tag = -1, val = -1;
        if (t.Info.Id != null)
        {
            tag = NewLocal(); val = NewLocal();
            _code.BlockFuncType(0x02, _module.TPair); Push("caught");
            _code.TryTable(null, (0, _module.TagThrow, 0)); Push("try");
        }
        var blocks = new List<object>();
        for (int i = 0; i < nseg; i++) { var k = new object(); blocks.Add(k); _code.Block(); Push(k); }
        // innermost block is segment 0's; br_table depth i lands after block i
        _code.LocalGet(pc); _code.BrTable(Enumerable.Range(0, nseg).ToList(), 0);
        for (int i = 0; i < nseg; i++)
        {
            _code.End(); Pop();
            foreach (var s in t.Segments[i]) { Emit(s, false); _code.Drop(); }
        }
        if (t.Info.Id != null)
        {
            _code.End(); Pop(); // try_table
            _code.Br(Depth(exit));
            _code.End(); Pop(); // caught: tag value on the stack
            _code.LocalSet(val).LocalSet(tag);
            _code.LocalGet(tag); EmitVarRef(t.Info.Id); _code.RefEq();
            _code.If(); _code.LocalGet(val).RefCastNullAbs(0x6C).I31GetS().LocalSet(pc); _code.Br(Depth(top) + 1);
            _code.Else(); _code.LocalGet(tag).LocalGet(val).Throw(_module.TagThrow); _code.End();
        }
        _code.End(); Pop(); // loop
        _code.End(); Pop(); // exit
        Nil();
    }

    private void EmitGo(GoNode go)
    {
        if (_tagbodies.TryGetValue(go.Info, out var tb) && CanBranch(tb.Top))
        {
            _code.I32(go.Index).LocalSet(tb.Pc).Br(Depth(tb.Top));
            return;
        }
        if (go.Info.Id == null) throw new InvalidOperationException("non-local GO without a tagbody id");
        EmitVarRef(go.Info.Id); _code.I32(go.Index).RefI31(); _code.Throw(_module.TagThrow);
    }

    /// <summary>A try_table that catches one tag (values to locals) and restores state on every exit.</summary>
    private void CatchFrame(int tagIndex, Action body, Action restore, Action<int, int> onCaught, bool mv)
    {
        var exn = NewLocal(WasmValueType.Exn); var a = NewLocal(); var b = NewLocal();
        var done = new object();
        _code.Block(WasmValueType.Eq); Push(done);
        _code.BlockFuncType(0x02, _module.TPair); Push("caught");
        _code.Block(WasmValueType.Exn); Push("other");
        _code.TryTable(WasmValueType.Eq, (0, tagIndex, 1), (3, 0, 0)); Push(new Frame());
        body();
        _code.End(); Pop();
        restore(); _code.Br(Depth(done));
        _code.End(); Pop();
        _code.LocalSet(exn); restore(); _code.LocalGet(exn); _code.ThrowRef();
        _code.End(); Pop();
        _code.LocalSet(b).LocalSet(a); restore();
        onCaught(a, b);
        _code.End(); Pop();
    }

    private void EmitCatch(CatchNode cn, bool mv)
    {
        var tag = NewLocal(); var saved = NewLocal();
        Emit(cn.Tag, false); _code.LocalSet(tag);
        _code.GlobalGet(_module.CatchTags).LocalTee(saved);
        _code.LocalGet(tag); _code.GlobalGet(_module.CatchTags); _code.StructNew(_module.TCons); _code.GlobalSet(_module.CatchTags);
        _code.Drop();
        CatchFrame(_module.TagThrow, () => Emit(cn.Body, mv), () => _code.LocalGet(saved).GlobalSet(_module.CatchTags), (t, v) =>
        {
            _code.LocalGet(t).LocalGet(tag).RefEq();
            _code.If(WasmValueType.Eq); _code.LocalGet(v); _code.Else(); _code.LocalGet(t).LocalGet(v).Throw(_module.TagThrow); _code.End();
        }, mv);
    }

    private void EmitUnwind(UnwindNode u, bool mv)
    {
        var res = NewLocal(); var exn = NewLocal(WasmValueType.Exn); var savedMv = NewLocal();
        var done = new object();
        _code.Block(WasmValueType.Eq); Push(done);
        _code.Block(WasmValueType.Exn); Push("exn");
        _code.TryTable(WasmValueType.Eq, (3, 0, 0)); Push(new Frame());
        Emit(u.Form, mv);
        _code.End(); Pop();
        if (mv) { Call("$mv-save"); _code.LocalSet(savedMv); } else _code.LocalSet(res);
        Emit(u.Cleanup, false); _code.Drop();
        if (mv) { _code.LocalGet(savedMv); Call("$mv-restore"); } else _code.LocalGet(res);
        _code.Br(Depth(done));
        _code.End(); Pop();
        _code.LocalSet(exn);
        Nil(); Call("$mv-save"); _code.LocalSet(savedMv);
        Emit(u.Cleanup, false); _code.Drop();
        _code.LocalGet(savedMv); Call("$mv-restore"); _code.Drop();
        _code.LocalGet(exn); _code.ThrowRef();
        _code.End(); Pop();
    }

    private void EmitHandlerCase(HandlerCaseNode hc, bool mv)
    {
        var id = NewLocal(); var saved = NewLocal();
        var types = ListOps.FromList(hc.Clauses.Select(cl => cl.TypeSpec));
        _code.GlobalGet(_module.Sym(Symbol.Nil)).GlobalGet(_module.Sym(Symbol.Nil)).StructNew(_module.TCons).LocalSet(id);
        _code.GlobalGet(_module.Handlers).LocalSet(saved);
        _code.LocalGet(id); _code.GlobalGet(ConstGlobal(types)); _code.StructNew(_module.TCons);
        _code.GlobalGet(_module.Handlers); _code.StructNew(_module.TCons); _code.GlobalSet(_module.Handlers);
        CatchFrame(_module.TagSignal, () => Emit(hc.Form, mv), () => _code.LocalGet(saved).GlobalSet(_module.Handlers), (cond, target) =>
        {
            var idx = NewLocal(WasmValueType.I32);
            _code.LocalGet(target).RefCast(_module.TCons).StructGet(_module.TCons, 0).LocalGet(id).RefEq();
            _code.If(WasmValueType.Eq); Push("if");
            _code.LocalGet(target).RefCast(_module.TCons).StructGet(_module.TCons, 1).RefCastNullAbs(0x6C).I31GetS().LocalSet(idx);
            for (int k = 0; k < hc.Clauses.Count; k++)
            {
                var cl = hc.Clauses[k];
                _code.LocalGet(idx).I32(k).Op(0x46);
                _code.If(WasmValueType.Eq); Push("if");
                if (cl.V != null) { _code.LocalGet(cond); BindVar(cl.V); }
                Emit(cl.Body, mv);
                _code.Else();
            }
            _code.Unreachable();
            for (int k = 0; k < hc.Clauses.Count; k++) { _code.End(); Pop(); }
            _code.Else(); _code.LocalGet(cond).LocalGet(target).Throw(_module.TagSignal);
            _code.End(); Pop();
        }, mv);
    }

    private void EmitHandlerBind(HandlerBindNode hb, bool mv)
    {
        var saved = NewLocal();
        _code.GlobalGet(_module.Handlers).LocalSet(saved);
        var fns = hb.Handlers.Select(_ => NewLocal()).ToList();
        for (int i = 0; i < hb.Handlers.Count; i++) { Emit(hb.Handlers[i].Fn, false); _code.LocalSet(fns[i]); }
        _code.LocalGet(saved);
        for (int i = hb.Handlers.Count - 1; i >= 0; i--)
        {
            // push (fn . type) onto the list built so far, keeping source order
            var rest = NewLocal(); _code.LocalSet(rest);
            _code.LocalGet(fns[i]); _code.GlobalGet(ConstGlobal(hb.Handlers[i].TypeSpec is Cons or Symbol ? hb.Handlers[i].TypeSpec : Symbol.T));
            _code.StructNew(_module.TCons); _code.LocalGet(rest); _code.StructNew(_module.TCons);
        }
        _code.GlobalSet(_module.Handlers);
        Protected(() => Emit(hb.Body, mv), () => _code.LocalGet(saved).GlobalSet(_module.Handlers), () => _code.LocalGet(saved).GlobalSet(_module.Handlers));
    }
}
