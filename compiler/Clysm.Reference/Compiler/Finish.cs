using Clysm.Lisp;
using Clysm.Reference.Wasm;

namespace Clysm.Reference.Compiler;

internal sealed partial class ModuleGen
{
    /// <summary>Generate _start from the top-level forms, then everything they reach, then the
    /// initialisation function (symbol values, prelude variables, function cells), and the exports.</summary>
    public byte[] Finish(LambdaNode top, List<Node> forms)
    {
        var init = M.Function("%init", M.FuncType(Array.Empty<ValType>(), Array.Empty<ValType>()));
        var start = M.Function("_start", M.FuncType(Array.Empty<ValType>(), new[] { ValType.Any }));
        new FnGen(this, top).CompileStart(start, init, forms);
        M.ExportFunc("_start", start);
        // a case module's printer and string channel are its support module's
        if (Kind == ModuleKind.SelfContained) ExportPrinterAndChannel();
        int before;
        int rounds = 0;
        do
        {
            CompilePending();
            before = Signature();
            Unit.UserCode = false;
            var initLambda = new LambdaNode(null, "%init") { User = false };
            new FnGen(this, initLambda).CompileInit(init, BuildInitNodes(initLambda));
            CompilePending();
            BuildHooks();
            CompilePending();
            if (++rounds > 20) throw new InvalidOperationException("initialisation did not converge");
        } while (Signature() != before);
        return M.Build();
    }

    private void ExportPrinterAndChannel()
    {
        M.ExportFunc("clysm:prin1", Runtime("$prin1-export"));
        M.ExportFunc("clysm:string-length", Runtime("$chan-length"));
        M.ExportFunc("clysm:string-byte", Runtime("$chan-byte"));
        M.ExportFunc("clysm:string-new", Runtime("$chan-new"));
        M.ExportFunc("clysm:string-set-byte", Runtime("$chan-set"));
    }

    /// <summary>The support module (<see cref="SupportModule"/>): every runtime function and Lisp function
    /// of the runtime compiled and exported, with the symbols, globals and tags the case modules share; a
    /// start function initialises every runtime variable.</summary>
    public byte[] FinishSupport(out SupportExports exports)
    {
        if (Kind != ModuleKind.Support) throw new InvalidOperationException("not a support module");
        Unit.UserCode = false;
        var init = M.Function("%init", M.FuncType(Array.Empty<ValType>(), Array.Empty<ValType>()));
        M.Start(init);
        foreach (var name in Prelude.FunctionNames.ToList()) Declare(GlobalFunction(name)!, name.Name, true);
        foreach (var name in RuntimeLib.Functions.Keys) Runtime(name);
        ExportPrinterAndChannel();
        foreach (var v in Prelude.Vars) NeededPreludeVars.Add(v.Name);
        int before, rounds = 0;
        do
        {
            CompilePending();
            before = Signature();
            var initLambda = new LambdaNode(null, "%init") { User = false };
            new FnGen(this, initLambda).CompileInit(init, BuildInitNodes(initLambda));
            CompilePending();
            BuildHooks();
            CompilePending();
            if (++rounds > 20) throw new InvalidOperationException("initialisation did not converge");
        } while (Signature() != before);

        var symbols = new HashSet<Symbol>();
        foreach (var (s, g) in _symbols)
            if (SupportModule.SymbolExport(s) is { } export) { M.ExportGlobal(export, g); symbols.Add(s); }
        var functions = new HashSet<Symbol>();
        foreach (var (s, l) in _globalFns)
        {
            if (l.Entry == null) continue;
            M.ExportFunc(SupportModule.EntryExport(s.Name), l.Entry);
            if (l.Direct != null) M.ExportFunc(s.Name, l.Direct);
            functions.Add(s);
        }
        var objects = new HashSet<Symbol>();
        foreach (var (s, g) in _fnObjects) { M.ExportGlobal(SupportModule.FunctionObjectExport(s.Name), g); objects.Add(s); }
        var runtime = new Dictionary<string, (ValType[] P, ValType[] R)>();
        foreach (var (name, f) in _runtime) { M.ExportFunc(name, f); runtime[name] = _runtimeSigs[name]; }
        var hook = (new[] { ValType.Eq, ValType.Eq }, new[] { ValType.Eq });
        foreach (var (op, f) in _numHooks) { M.ExportFunc("$num:" + op, f); runtime["$num:" + op] = hook; }
        foreach (var (fn, h) in _floatHooks) { M.ExportFunc("$float:" + fn, h.Fn); runtime["$float:" + fn] = hook; }
        if (_bigRem != null) M.ExportGlobal("$big_rem", _bigRem);
        exports = new SupportExports(symbols, functions, objects, runtime);
        return M.Build();
    }

    private int Signature() => _symbols.Count * 7919 + NeededPreludeVars.Count * 31 + M.Functions.Count + HookSignature() * 1000003;

    private List<(Symbol Sym, Node? Value, WasmGlobal? Fn)> BuildInitNodes(LambdaNode holder)
    {
        var list = new List<(Symbol, Node?, WasmGlobal?)>();
        foreach (var (name, init) in Prelude.Vars)
        {
            // a case module's runtime variables are its support instance's, initialised there
            if (Kind == ModuleKind.Case || !NeededPreludeVars.Contains(name)) continue;
            list.Add((name, Conv.Conv(init, null, holder), null));
        }
        foreach (var s in UserQuotedSymbols.ToList())
        {
            if (Unit.Defuns.ContainsKey(s)) continue;
            if (s.IsKeyword || s == Symbol.Nil || s == Symbol.T) continue;
            var fn = GlobalFunction(s);
            if (fn != null) list.Add((s, null, FunctionObject(s, fn)));
        }
        return list;
    }
}

internal sealed partial class FnGen
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
