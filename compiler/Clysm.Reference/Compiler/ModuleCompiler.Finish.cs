using Clysm.Lisp;
using Clysm.Reference.Wasm;

namespace Clysm.Reference.Compiler;

internal sealed partial class ModuleCompiler
{
    /// <summary>Generate _start from the top-level forms, then everything they reach, then the
    /// initialisation function (symbol values, prelude variables, function cells), and the exports.</summary>
    public byte[] Finish(LambdaNode top, List<Node> forms)
    {
        var init = Builder.Function("%init", Builder.FuncType(Array.Empty<WasmValueType>(), Array.Empty<WasmValueType>()));
        var start = Builder.Function("_start", Builder.FuncType(Array.Empty<WasmValueType>(), new[] { WasmValueType.Any }));
        new FunctionCompiler(this, top).CompileStart(start, init, forms);
        Builder.ExportFunc("_start", start);
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
            new FunctionCompiler(this, initLambda).CompileInit(init, BuildInitNodes(initLambda));
            CompilePending();
            BuildHooks();
            CompilePending();
            if (++rounds > 20) throw new InvalidOperationException("initialisation did not converge");
        } while (Signature() != before);
        return Builder.Build();
    }

    private void ExportPrinterAndChannel()
    {
        Builder.ExportFunc("clysm:prin1", Runtime("$prin1-export"));
        Builder.ExportFunc("clysm:string-length", Runtime("$chan-length"));
        Builder.ExportFunc("clysm:string-byte", Runtime("$chan-byte"));
        Builder.ExportFunc("clysm:string-new", Runtime("$chan-new"));
        Builder.ExportFunc("clysm:string-set-byte", Runtime("$chan-set"));
    }

    /// <summary>The support module (<see cref="SupportModule"/>): every runtime function and Lisp function
    /// of the runtime compiled and exported, with the symbols, globals and tags the case modules share; a
    /// start function initialises every runtime variable.</summary>
    public byte[] FinishSupport(out SupportExports exports)
    {
        if (Kind != ModuleKind.Support) throw new InvalidOperationException("not a support module");
        Unit.UserCode = false;
        var init = Builder.Function("%init", Builder.FuncType(Array.Empty<WasmValueType>(), Array.Empty<WasmValueType>()));
        Builder.Start(init);
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
            new FunctionCompiler(this, initLambda).CompileInit(init, BuildInitNodes(initLambda));
            CompilePending();
            BuildHooks();
            CompilePending();
            if (++rounds > 20) throw new InvalidOperationException("initialisation did not converge");
        } while (Signature() != before);

        var symbols = new HashSet<Symbol>();
        foreach (var (s, g) in _symbols)
            if (SupportModule.SymbolExport(s) is { } export) { Builder.ExportGlobal(export, g); symbols.Add(s); }
        var functions = new HashSet<Symbol>();
        foreach (var (s, l) in _globalFns)
        {
            if (l.Entry == null) continue;
            Builder.ExportFunc(SupportModule.EntryExport(s.Name), l.Entry);
            if (l.Direct != null) Builder.ExportFunc(s.Name, l.Direct);
            functions.Add(s);
        }
        var objects = new HashSet<Symbol>();
        foreach (var (s, g) in _fnObjects) { Builder.ExportGlobal(SupportModule.FunctionObjectExport(s.Name), g); objects.Add(s); }
        var runtime = new Dictionary<string, (WasmValueType[] P, WasmValueType[] R)>();
        foreach (var (name, f) in _runtime) { Builder.ExportFunc(name, f); runtime[name] = _runtimeSigs[name]; }
        var hook = (new[] { WasmValueType.Eq, WasmValueType.Eq }, new[] { WasmValueType.Eq });
        foreach (var (op, f) in _numHooks) { Builder.ExportFunc("$num:" + op, f); runtime["$num:" + op] = hook; }
        foreach (var (fn, h) in _floatHooks) { Builder.ExportFunc("$float:" + fn, h.Fn); runtime["$float:" + fn] = hook; }
        if (_bigRem != null) Builder.ExportGlobal("$big_rem", _bigRem);
        exports = new SupportExports(symbols, functions, objects, runtime);
        return Builder.Build();
    }

    private int Signature() => _symbols.Count * 7919 + NeededPreludeVars.Count * 31 + Builder.Functions.Count + HookSignature() * 1000003;

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
