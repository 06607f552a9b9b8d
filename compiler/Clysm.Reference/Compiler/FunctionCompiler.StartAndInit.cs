using Clysm.Lisp;
using Clysm.Reference.Wasm;

namespace Clysm.Reference.Compiler;

internal sealed partial class FunctionCompiler
{
    public void CompileStart(WasmFunc start, WasmFunc init, List<Node> forms)
    {
        _func = start; _code = new Code(); _paramCount = 0;
        _code.Call(init);
        var done = new object();
        var tag = NewLocal(); var val = NewLocal();
        _code.Block(WasmValueType.Eq); Push(done);
        _code.BlockFuncType(0x02, _module.TPair); Push("signal");
        _code.BlockFuncType(0x02, _module.TPair); Push("throw");
        _code.TryTable(WasmValueType.Eq, (0, _module.TagSignal, 1), (0, _module.TagThrow, 0)); Push("try");
        if (forms.Count == 0) Nil();
        for (int i = 0; i < forms.Count; i++)
        {
            Emit(forms[i], false);
            if (i < forms.Count - 1) _code.Drop();
        }
        _code.End(); Pop();
        _code.Br(Depth(done));
        _code.End(); Pop();
        // a THROW, GO or RETURN-FROM whose target no longer exists
        _code.LocalSet(val).LocalSet(tag);
        _code.LocalGet(tag); _code.Call(_module.LispDirect(ListOps.Intern("%REPORT-LOST-EXIT"))); _code.Drop(); _code.Unreachable();
        _code.End(); Pop();
        _code.LocalSet(val).LocalSet(tag);
        _code.LocalGet(tag); _code.Call(_module.LispDirect(ListOps.Intern("%REPORT-UNHANDLED"))); _code.Drop(); _code.Unreachable();
        _code.End(); Pop();
        _func.Body = _code;
    }

    public void CompileInit(WasmFunc init, List<(Symbol Sym, Node? Value, WasmGlobal? Fn)> items)
    {
        _func = init; _code = new Code(); _paramCount = 0;
        foreach (var kv in _module.Symbols)
        {
            var s = kv.Key;
            if (kv.Value.IsImport) continue;   // the support instance's, set there
            if (s.IsKeyword || s == Symbol.Nil || s == Symbol.T) _code.GlobalGet(kv.Value).GlobalGet(kv.Value).StructSet(_module.TSym, 1);
        }
        foreach (var (sym, value, fn) in items)
        {
            _code.GlobalGet(_module.Sym(sym));
            if (value != null) { Emit(value, false); _code.StructSet(_module.TSym, 1); }
            else { _code.GlobalGet(fn!); _code.StructSet(_module.TSym, 2); }
        }
        if (_module.Kind == ModuleKind.Case)
        {
            // INTERN and FIND-SYMBOL (and READ) see the support module's symbols and the case's own
            var own = _module.Symbols.Where(kv => kv.Key.Package != null && !kv.Value.IsImport).ToList();
            if (own.Count == 0) { _func.Body = _code; return; }
            var interned = _module.Sym(ListOps.Intern("*%INTERNED*"));
            _code.GlobalGet(interned);
            foreach (var kv in own) _code.GlobalGet(kv.Value);
            _code.GlobalGet(interned).StructGet(_module.TSym, 1);
            foreach (var _ in own) _code.StructNew(_module.TCons);
            _code.StructSet(_module.TSym, 1);
        }
        else if (_module.NeededPreludeVars.Contains(ListOps.Intern("*%INTERNED*")))
        {
            // INTERN and FIND-SYMBOL (and READ) see every interned symbol of the module (set after the
            // runtime variables, whose initial values would replace it)
            var all = _module.Symbols.Where(kv => kv.Key.Package != null).ToList();
            _code.GlobalGet(_module.Sym(ListOps.Intern("*%INTERNED*")));
            foreach (var kv in all) _code.GlobalGet(kv.Value);
            Nil();
            foreach (var _ in all) _code.StructNew(_module.TCons);
            _code.StructSet(_module.TSym, 1);
        }
        _func.Body = _code;
    }
}
