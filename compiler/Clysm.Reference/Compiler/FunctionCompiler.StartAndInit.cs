using Clysm.Lisp;
using Clysm.Reference.Wasm;

namespace Clysm.Reference.Compiler;

internal sealed partial class FunctionCompiler
{
    public void CompileStart(WasmFunc start, WasmFunc init, List<Node> forms)
    {
        f = start; c = new Code(); _paramCount = 0;
        c.Call(init);
        var done = new object();
        var tag = NewLocal(); var val = NewLocal();
        c.Block(ValType.Eq); Push(done);
        c.BlockFuncType(0x02, g.TPair); Push("signal");
        c.BlockFuncType(0x02, g.TPair); Push("throw");
        c.TryTable(ValType.Eq, (0, g.TagSignal, 1), (0, g.TagThrow, 0)); Push("try");
        if (forms.Count == 0) Nil();
        for (int i = 0; i < forms.Count; i++)
        {
            Emit(forms[i], false);
            if (i < forms.Count - 1) c.Drop();
        }
        c.End(); Pop();
        c.Br(Depth(done));
        c.End(); Pop();
        // a THROW, GO or RETURN-FROM whose target no longer exists
        c.LocalSet(val).LocalSet(tag);
        c.LocalGet(tag); c.Call(g.LispDirect(ListOps.Intern("%REPORT-LOST-EXIT"))); c.Drop(); c.Unreachable();
        c.End(); Pop();
        c.LocalSet(val).LocalSet(tag);
        c.LocalGet(tag); c.Call(g.LispDirect(ListOps.Intern("%REPORT-UNHANDLED"))); c.Drop(); c.Unreachable();
        c.End(); Pop();
        f.Body = c;
    }

    public void CompileInit(WasmFunc init, List<(Symbol Sym, Node? Value, WasmGlobal? Fn)> items)
    {
        f = init; c = new Code(); _paramCount = 0;
        foreach (var kv in g.Symbols)
        {
            var s = kv.Key;
            if (kv.Value.IsImport) continue;   // the support instance's, set there
            if (s.IsKeyword || s == Symbol.Nil || s == Symbol.T) c.GlobalGet(kv.Value).GlobalGet(kv.Value).StructSet(g.TSym, 1);
        }
        foreach (var (sym, value, fn) in items)
        {
            c.GlobalGet(g.Sym(sym));
            if (value != null) { Emit(value, false); c.StructSet(g.TSym, 1); }
            else { c.GlobalGet(fn!); c.StructSet(g.TSym, 2); }
        }
        if (g.Kind == ModuleKind.Case)
        {
            // INTERN and FIND-SYMBOL (and READ) see the support module's symbols and the case's own
            var own = g.Symbols.Where(kv => kv.Key.Package != null && !kv.Value.IsImport).ToList();
            if (own.Count == 0) { f.Body = c; return; }
            var interned = g.Sym(ListOps.Intern("*%INTERNED*"));
            c.GlobalGet(interned);
            foreach (var kv in own) c.GlobalGet(kv.Value);
            c.GlobalGet(interned).StructGet(g.TSym, 1);
            foreach (var _ in own) c.StructNew(g.TCons);
            c.StructSet(g.TSym, 1);
        }
        else if (g.NeededPreludeVars.Contains(ListOps.Intern("*%INTERNED*")))
        {
            // INTERN and FIND-SYMBOL (and READ) see every interned symbol of the module (set after the
            // runtime variables, whose initial values would replace it)
            var all = g.Symbols.Where(kv => kv.Key.Package != null).ToList();
            c.GlobalGet(g.Sym(ListOps.Intern("*%INTERNED*")));
            foreach (var kv in all) c.GlobalGet(kv.Value);
            Nil();
            foreach (var _ in all) c.StructNew(g.TCons);
            c.StructSet(g.TSym, 1);
        }
        f.Body = c;
    }
}
