using Clysm.Lisp;
using Clysm.Reference.Wasm;

namespace Clysm.Reference.Compiler;

/// <summary>What a module holds of the runtime (docs/reference-compiler.md, "Module shapes").</summary>
internal enum ModuleKind
{
    /// <summary>A case module with the runtime it reaches compiled in.</summary>
    SelfContained,
    /// <summary>The support module: the whole runtime, exported, initialised by its start function.</summary>
    Support,
    /// <summary>A case module that imports the runtime from the support module (clysm:support).</summary>
    Case,
}

/// <summary>The module being built: the fixed types, globals, imports, runtime and Lisp functions,
/// all created on first use so that a module holds only what its case reaches.</summary>
internal sealed partial class ModuleCompiler : IWatResolver
{
    public readonly ModuleKind Kind;
    /// <summary>What the support module exports, when <see cref="Kind"/> is <see cref="ModuleKind.Case"/>.</summary>
    private readonly SupportModule? _support;
    private const string Sup = SupportModule.ImportModule;
    /// <summary>The signatures of the runtime functions and hooks made so far, by name (a support module exports them).</summary>
    private readonly Dictionary<string, (WasmValueType[] P, WasmValueType[] R)> _runtimeSigs = new();
    /// <summary>Prelude functions a case module imports: only their lambda lists were converted.</summary>
    private readonly HashSet<LambdaNode> _imported = new(ReferenceEqualityComparer.Instance);

    public readonly ModuleBuilder Builder = new();
    public readonly int TCons, TSym, TStr, TVec, TChar, TI64, TFn, TClo, TBox, TStream, TCond, TInst, TRatio, TLimbs, TBig, TSingle, TDouble, TComplex, TBytes, TTagFn, TPair;
    public readonly int TagThrow, TagSignal;
    public readonly WasmGlobal MvN, MvBuf, Handlers, CatchTags;
    public readonly UnitInfo Unit;
    public readonly Converter Conv;
    private readonly Dictionary<string, WasmGlobal> _strings = new();
    private readonly Dictionary<Symbol, WasmGlobal> _symbols = new();
    private readonly Dictionary<string, WasmFunc> _runtime = new();
    private readonly Dictionary<string, WasmFunc> _imports = new();
    private readonly Dictionary<Symbol, LambdaNode> _globalFns = new();
    private readonly Dictionary<Symbol, WasmGlobal> _fnObjects = new();
    private readonly Queue<LambdaNode> _pending = new();
    public readonly HashSet<Symbol> UserQuotedSymbols = new();
    public readonly HashSet<Symbol> NeededPreludeVars = new();

    public ModuleCompiler(UnitInfo unit, ModuleKind kind = ModuleKind.SelfContained, SupportModule? support = null)
    {
        Kind = kind;
        _support = kind == ModuleKind.Case ? support ?? throw new ArgumentNullException(nameof(support)) : null;
        Unit = unit;
        Conv = new Converter(unit);
        var eq = WasmValueType.Eq;
        // One rec group: every Lisp type is distinct even when two have the same shape.
        int b = 0;
        TCons = b; TSym = b + 1; TStr = b + 2; TVec = b + 3; TChar = b + 4; TI64 = b + 5; TFn = b + 6; TClo = b + 7;
        TBox = b + 8; TStream = b + 9; TCond = b + 10; TInst = b + 11; TRatio = b + 12;
        TLimbs = b + 13; TBig = b + 14; TSingle = b + 15; TDouble = b + 16; TComplex = b + 17;
        Builder.AddRecGroup(
            ModuleBuilder.Struct((eq, true), (eq, true)),                                   // cons
            ModuleBuilder.Struct((WasmValueType.RefNull(TStr), false), (eq, true), (eq, true), (eq, true), (WasmValueType.I32, false)), // symbol: name value function plist kind
            ModuleBuilder.Array(WasmValueType.I32, true),                                         // string of code points
            ModuleBuilder.Array(eq, true),                                                  // simple vector
            ModuleBuilder.Struct((WasmValueType.I32, false)),                                     // character
            ModuleBuilder.Struct((WasmValueType.I64, false)),                                     // integer beyond i31
            ModuleBuilder.FuncT(new[] { eq, eq }, new[] { eq }),                            // function entry (closure, args)
            ModuleBuilder.Struct((WasmValueType.Ref(TFn), false), (eq, false), (eq, false)),      // closure: code env name
            ModuleBuilder.Struct((eq, true)),                                               // box of a captured, assigned variable
            ModuleBuilder.Struct((WasmValueType.I32, false), (WasmValueType.I32, false), (WasmValueType.I32, true), (eq, true), (WasmValueType.I32, true), (WasmValueType.I32, true)), // stream: fd direction col buf pos open
            ModuleBuilder.Struct((eq, false), (eq, true)),                                  // condition: type plist
            ModuleBuilder.Struct((eq, false), (WasmValueType.RefNull(TVec), false)),              // structure instance: type slots
            ModuleBuilder.Struct((eq, false), (eq, false)),                                 // ratio: numerator denominator (integers, lowest terms, denominator > 1)
            ModuleBuilder.Array(WasmValueType.I32, true),                                         // limbs of a bignum's magnitude, 32 bits each, least significant first
            ModuleBuilder.Struct((WasmValueType.I32, false), (WasmValueType.Ref(TLimbs), false)),       // bignum: negative flag, magnitude (only values beyond 64 bits)
            ModuleBuilder.Struct((WasmValueType.F32, false)),                                     // single-float
            ModuleBuilder.Struct((WasmValueType.F64, false)),                                     // double-float
            ModuleBuilder.Struct((eq, false), (eq, false)));                                // complex: real part, imaginary part
        TBytes = Builder.AddType(ModuleBuilder.PackedArray(ValueTypeCodes.I8, true)); // the string channel's (array (mut i8)), a type of its own
        TTagFn = Builder.FuncType(new[] { eq, eq }, Array.Empty<WasmValueType>());
        TPair = Builder.FuncType(Array.Empty<WasmValueType>(), new[] { eq, eq });
        if (kind == ModuleKind.Case)
        {
            // the runtime's state is the support instance's: one set of values and handlers per case
            TagThrow = Builder.ImportTag(Sup, "$throw", TTagFn);
            TagSignal = Builder.ImportTag(Sup, "$signal", TTagFn);
            MvN = Builder.ImportGlobal(Sup, "$mv_n", WasmValueType.I32, true);
            MvBuf = Builder.ImportGlobal(Sup, "$mv_buf", WasmValueType.Ref(TVec), false);
            Handlers = Builder.ImportGlobal(Sup, "$handlers", eq, true);
            CatchTags = Builder.ImportGlobal(Sup, "$catch_tags", eq, true);
            // a case adds no runtime code of its own, and the support module's is complete
            RatiosPossible = FloatsPossible = FloatDirectivesPossible = ComplexesPossible = true;
            return;
        }
        TagThrow = Builder.Tag(TTagFn);
        TagSignal = Builder.Tag(TTagFn);
        MvN = Builder.Global(WasmValueType.I32, true, new Code().I32(1));
        MvBuf = Builder.Global(WasmValueType.Ref(TVec), false, new Code().I32(64).ArrayNewDefault(TVec));
        Handlers = Builder.Global(eq, true, new Code().GlobalGet(Sym(Symbol.Nil)));
        CatchTags = Builder.Global(eq, true, new Code().GlobalGet(Sym(Symbol.Nil)));
        if (kind == ModuleKind.Support)
        {
            Builder.ExportTag("$throw", TagThrow); Builder.ExportTag("$signal", TagSignal);
            Builder.ExportGlobal("$mv_n", MvN); Builder.ExportGlobal("$mv_buf", MvBuf);
            Builder.ExportGlobal("$handlers", Handlers); Builder.ExportGlobal("$catch_tags", CatchTags);
            RatiosPossible = FloatsPossible = FloatDirectivesPossible = ComplexesPossible = true;
        }
    }

    // ------------------------------------------------------------- constants

    public WasmGlobal StringConst(string s)
    {
        if (_strings.TryGetValue(s, out var g)) return g;
        var c = new Code();
        int n = 0;
        foreach (var r in s.EnumerateRunes()) { c.I32(r.Value); n++; }
        c.ArrayNewFixed(TStr, n);
        g = Builder.Global(WasmValueType.Ref(TStr), false, c);
        _strings[s] = g;
        return g;
    }

    public WasmGlobal Sym(Symbol s)
    {
        if (_symbols.TryGetValue(s, out var g)) return g;
        if (_support != null && _support.Symbols.Contains(s))
        {
            // the support instance's symbol: one identity for both modules
            g = Builder.ImportGlobal(Sup, SupportModule.SymbolExport(s)!, WasmValueType.Ref(TSym), false);
            _symbols[s] = g;
            return g;
        }
        var name = StringConst(s.Name);
        int kind = s.IsKeyword ? 1 : s.Package == null ? 2 : s.Package == "COMMON-LISP-USER" ? 0 : s.Package == "COMMON-LISP" ? 4 : 3;
        var c = new Code().GlobalGet(name).RefNull(0x71).RefNull(0x71).RefNull(0x71).I32(kind).StructNew(TSym);
        g = Builder.Global(WasmValueType.Ref(TSym), false, c);
        _symbols[s] = g;
        return g;
    }

    /// <summary>The symbols of the module, with the globals that hold them (imported ones included).</summary>
    public IEnumerable<KeyValuePair<Symbol, WasmGlobal>> Symbols => _symbols.ToList();

    // ------------------------------------------------------------- imports

    public WasmFunc Import(string module, string name)
    {
        var key = module + " " + name;
        if (_imports.TryGetValue(key, out var f)) return f;
        var i32 = WasmValueType.I32; var str = WasmValueType.RefNull(TBytes);
        (WasmValueType[] p, WasmValueType[] r) sig = key switch
        {
            "clysm:io write-char" => (new[] { i32, i32 }, Array.Empty<WasmValueType>()),
            "clysm:io write-string" => (new[] { i32, str }, Array.Empty<WasmValueType>()),
            "clysm:io read-char" => (new[] { i32 }, new[] { i32 }),
            "clysm:io read-line" => (new[] { i32 }, new[] { str }),
            "clysm:fs open" => (new[] { str, i32, i32, i32 }, new[] { i32 }),
            "clysm:fs close" => (new[] { i32 }, Array.Empty<WasmValueType>()),
            "clysm:fs read-all" => (new[] { i32 }, new[] { str }),
            "clysm:fs write-all" => (new[] { i32, str }, Array.Empty<WasmValueType>()),
            "clysm:runtime unhandled-condition" => (new[] { str, str }, Array.Empty<WasmValueType>()),
            "clysm:math atan2" or "clysm:math pow" => (new[] { WasmValueType.F64, WasmValueType.F64 }, new[] { WasmValueType.F64 }),
            _ when module == "clysm:math" && MathUnary.Contains(name) => (new[] { WasmValueType.F64 }, new[] { WasmValueType.F64 }),
            _ => throw new InvalidOperationException("unknown import " + key),
        };
        f = Builder.Import(module, name, Builder.FuncType(sig.p, sig.r));
        _imports[key] = f;
        return f;
    }

    /// <summary>The one-argument functions of the host's clysm:math (docs/stage-abi.md); atan2 and pow take two.</summary>
    public static readonly HashSet<string> MathUnary = new()
    {
        "sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "exp", "log", "log10", "sqrt",
    };

    // ------------------------------------------------------------- IWatResolver

    public int Type(string name) => name switch
    {
        "$cons" => TCons, "$symbol" => TSym, "$str" => TStr, "$vec" => TVec, "$char" => TChar, "$int64" => TI64,
        "$fn" => TFn, "$closure" => TClo, "$box" => TBox, "$stream" => TStream, "$cond" => TCond, "$inst" => TInst, "$ratio" => TRatio,
        "$limbs" => TLimbs, "$bignum" => TBig, "$single" => TSingle, "$double" => TDouble, "$complex" => TComplex,
        "$bytes" => TBytes, "$pair" => TPair,
        _ => throw new FormatException("unknown type " + name),
    };

    public WasmGlobal Global(string name)
    {
        switch (name)
        {
            case "$nil": return Sym(Symbol.Nil);
            case "$t": return Sym(Symbol.T);
            case "$mv_n": return MvN;
            case "$mv_buf": return MvBuf;
            case "$handlers": return Handlers;
            case "$catch_tags": return CatchTags;
            case "$big_rem":
                return _bigRem ??= _support != null ? Builder.ImportGlobal(Sup, "$big_rem", WasmValueType.RefNull(TLimbs), true)
                    : Builder.Global(WasmValueType.RefNull(TLimbs), true, new Code().RefNullT(TLimbs));
        }
        if (name.StartsWith("$sym:")) return Sym(LispSymbols.InternUser(name[5..]));
        if (name.StartsWith("$kw:")) return Sym(Symbol.Keyword(name[4..]));
        throw new FormatException("unknown global " + name);
    }

    public int Tag(string name) => name switch { "$throw" => TagThrow, "$signal" => TagSignal, _ => throw new FormatException("unknown tag " + name) };

    public WasmFunc Func(string name)
    {
        if (name.StartsWith("$lisp:")) return LispDirect(LispSymbols.InternUser(name[6..]));
        if (name.StartsWith("$io:")) return Import("clysm:io", name[4..]);
        if (name.StartsWith("$fs:")) return Import("clysm:fs", name[4..]);
        if (name == "$unhandled-condition") return Import("clysm:runtime", "unhandled-condition");
        if (name.StartsWith("$num:")) return NumHook(name[5..]);
        if (name.StartsWith("$float:")) return FloatHook(name[7..], HookGate.Floats);
        return Runtime(name);
    }

    // ------------------------------------------------------------- number hooks

    /// <summary>Set when the module can make a ratio (a ratio constant or %MAKE-RATIO is compiled).</summary>
    public bool RatiosPossible;
    /// <summary>Set when the module can make a float (a float constant or an operation that makes one
    /// from non-floats is compiled).</summary>
    public bool FloatsPossible;
    private WasmGlobal? _bigRem;
    private readonly Dictionary<string, WasmFunc> _numHooks = new();
    private readonly Dictionary<string, (WasmFunc Fn, HookGate Gate)> _floatHooks = new();

    /// <summary>The slow path of an inline arithmetic operator (ADD SUB MUL COMPARE), (eqref eqref) -> eqref,
    /// taken when an argument is not a fixnum or 64-bit integer. Its body is decided at the end: it tests
    /// for floats only when the module can make one and for ratios only when it can make one, so an
    /// integer-only module links none of the float or rational code; bignums are always possible.</summary>
    private WasmFunc NumHook(string op)
    {
        if (_numHooks.TryGetValue(op, out var f)) return f;
        if (SupportFunction("$num:" + op) is { } imported) return _numHooks[op] = imported;
        f = Builder.Function("$num:" + op, HookType());
        _numHooks[op] = f;
        return f;
    }

    private int HookType()
    {
        var (p, r) = (new[] { WasmValueType.Eq, WasmValueType.Eq }, new[] { WasmValueType.Eq });
        return Builder.FuncType(p, r);
    }

    /// <summary>A case module's import of a runtime function or hook of the support module, or null
    /// (not a case module, or the support module lacks it: the case then compiles its own).</summary>
    private WasmFunc? SupportFunction(string name)
    {
        if (_support == null || !_support.Runtime.TryGetValue(name, out var sig)) return null;
        return Builder.Import(Sup, name, Builder.FuncType(sig.P, sig.R));
    }

    /// <summary>What a float hook waits for: floats being possible (else its call cannot happen and it is
    /// `unreachable`), the same but reachable anyway (it then signals an error saying why), or a FORMAT
    /// control with a float directive among the case's strings (FORMAT's ~F code is large and most
    /// modules that print floats never use it).</summary>
    public enum HookGate { Floats, FloatsChecked, FloatDirectives, Complexes }

    /// <summary>Set when the module can make a complex (%MAKE-COMPLEX is compiled).</summary>
    public bool ComplexesPossible;

    /// <summary>Set when a string of the case is a FORMAT control with ~F ~E ~G or ~$.</summary>
    public bool FloatDirectivesPossible;

    /// <summary>A call from the prelude, (%FLOAT-HOOK 'NAME a b) and its variants (<see cref="HookGate"/>),
    /// to a prelude function that only some modules need: its body calls NAME when its gate is open, else
    /// it is `unreachable` or an error and NAME is not linked.</summary>
    private WasmFunc FloatHook(string fn, HookGate gate)
    {
        if (_floatHooks.TryGetValue(fn, out var h)) return h.Fn;
        if (SupportFunction("$float:" + fn) is { } imported) { _floatHooks[fn] = (imported, gate); return imported; }
        var f = Builder.Function("$float:" + fn, HookType());
        _floatHooks[fn] = (f, gate);
        return f;
    }

    public WasmFunc FloatHookFor(Symbol fn, HookGate gate) => FloatHook(fn.Name, gate);

    /// <summary>(Re)build every hook body from the current flags; the bodies may link new functions.</summary>
    public void BuildHooks()
    {
        foreach (var (op, f) in _numHooks.ToList())
        {
            if (f.IsImport) continue;
            var c = new Code();
            if (ComplexesPossible)
            {
                c.LocalGet(0).LocalGet(1).Call(Runtime("$complex-args")).If();
                c.LocalGet(0).LocalGet(1).Call(LispDirect(LispSymbols.InternUser("%COMPLEX-" + op))).Return().End();
            }
            if (FloatsPossible)
            {
                c.LocalGet(0).LocalGet(1).Call(Runtime("$float-args")).If();
                c.LocalGet(0).LocalGet(1).Call(Runtime("$float-" + op.ToLowerInvariant())).Return().End();
            }
            if (RatiosPossible)
            {
                c.LocalGet(0).LocalGet(1).Call(Runtime("$ratio-args")).If();
                c.LocalGet(0).LocalGet(1).Call(LispDirect(LispSymbols.InternUser("%RATIO-" + op))).Return().End();
            }
            c.LocalGet(0).LocalGet(1).Call(Runtime("$big-" + op.ToLowerInvariant()));
            if (op == "COMPARE") c.RefI31();
            f.Body = c;
        }
        foreach (var (fn, (f, gate)) in _floatHooks.ToList().Where(h => !h.Value.Fn.IsImport))
            f.Body = (gate switch { HookGate.FloatDirectives => FloatDirectivesPossible, HookGate.Complexes => ComplexesPossible, _ => FloatsPossible })
                ? new Code().LocalGet(0).LocalGet(1).Call(LispDirect(LispSymbols.InternUser(fn)))
                : gate is HookGate.Floats or HookGate.Complexes ? new Code().Unreachable()
                : new Code().LocalGet(0).LocalGet(1).Call(LispDirect(LispSymbols.InternUser(
                    gate == HookGate.FloatDirectives ? "%FLOAT-DIRECTIVES-UNAVAILABLE" : "%FLOATS-UNAVAILABLE")));
    }

    public int HookSignature() => (RatiosPossible ? 1 : 0) + (FloatsPossible ? 2 : 0) + (FloatDirectivesPossible ? 4 : 0) + (ComplexesPossible ? 8 : 0)
        + _numHooks.Count * 16 + _floatHooks.Count * 4096;

    public WasmFunc Runtime(string name)
    {
        if (_runtime.TryGetValue(name, out var f)) return f;
        if (SupportFunction(name) is { } imported) return _runtime[name] = imported;
        if (!RuntimeLib.Functions.TryGetValue(name, out var text)) throw new InvalidOperationException("no runtime function " + name);
        var sig = Wat.ParseSignature(this, text, out var toks, out var pos);
        var (ps, rs) = (sig.Params.Select(p => p.T).ToArray(), sig.Results.ToArray());
        f = Builder.Function(name, Builder.FuncType(ps, rs));
        _runtimeSigs[name] = (ps, rs);
        _runtime[name] = f;
        foreach (var l in sig.Locals) f.Locals.Add(l.T);
        var code = new Code();
        Wat.Assemble(this, sig, toks, pos, code, name);
        f.Body = code;
        return f;
    }

    // ------------------------------------------------------------- Lisp functions

    /// <summary>The lambda of a global function known at compile time (user DEFUN compiled directly,
    /// prelude function, or a generated wrapper of an inline operator), else null.</summary>
    public LambdaNode? GlobalFunction(Symbol name)
    {
        if (_globalFns.TryGetValue(name, out var l)) return l;
        if (Unit.Defuns.TryGetValue(name, out var d)) return d.Count == 1 ? d.Fn : null;
        object? def = Prelude.Defun(name);
        if (def == null && Prims.IsPrim(name.Name))
        {
            // #'car and friends: a real function wrapping the inline operator
            var (min, max) = (1, 1);
            for (int n = 0; n <= 3; n++) if (Prims.Accepts(name.Name, n)) { min = n; break; }
            max = min;
            while (Prims.Accepts(name.Name, max + 1) && max < 3) max++;
            if (min != max) return null;
            var ps = Enumerable.Range(0, min).Select(i => (object)ListOps.Intern("A" + i)).ToList();
            def = ListOps.ListStar(ListOps.Intern("DEFUN"), name, ListOps.FromList(ps), ListOps.List(ListOps.ListStar(name, ListOps.FromList(ps))));
        }
        if (def == null) return null;
        // A case module imports the support module's compiled function: only its lambda list is
        // converted, for the calls (argument counts, direct or through the entry).
        bool imported = _support != null && _support.Functions.Contains(name);
        if (imported) def = ListOps.List(ListOps.Car(def), ListOps.Cadr(def), ListOps.Caddr(def));
        bool wasUser = Unit.UserCode; Unit.UserCode = false;
        try
        {
            var top = new LambdaNode(null, "%prelude");
            var node = Conv.TopLevel(def, top);
            l = node is DefunNode dn ? dn.Fn : throw new InvalidOperationException("prelude definition of " + name.Name + " is not a DEFUN");
            if (l.Free.Count > 0) throw new InvalidOperationException("prelude function " + name.Name + " has free variables");
        }
        finally { Unit.UserCode = wasUser; }
        if (imported) _imported.Add(l);
        _globalFns[name] = l;
        return l;
    }

    public void Declare(LambdaNode l, string name, bool global)
    {
        if (l.Entry != null) return;
        if (_imported.Contains(l))
        {
            // both imports are declared; the one no code calls is left out of the module (ModuleBuilder)
            if (l.IsSimple)
                l.Direct = Builder.Import(Sup, name, Builder.FuncType(Enumerable.Repeat(WasmValueType.Eq, l.Required.Count + l.Optional.Count).ToArray(), new[] { WasmValueType.Eq }));
            l.Entry = Builder.Import(Sup, SupportModule.EntryExport(name), TFn);
            return;
        }
        if (global && l.IsSimple)
        {
            int n = l.Required.Count + l.Optional.Count;
            l.Direct = Builder.Function(name, Builder.FuncType(Enumerable.Repeat(WasmValueType.Eq, n).ToArray(), new[] { WasmValueType.Eq }));
        }
        l.Entry = Builder.Function(name + "/entry", TFn);
        _pending.Enqueue(l);
    }

    public WasmFunc LispDirect(Symbol name)
    {
        var l = GlobalFunction(name) ?? throw new InvalidOperationException("runtime needs prelude function " + name.Name);
        Declare(l, name.Name, true);
        return l.Direct ?? throw new InvalidOperationException("prelude function " + name.Name + " is not simple");
    }

    /// <summary>The function object (closure without environment) of a compile-time known global function.</summary>
    public WasmGlobal FunctionObject(Symbol name, LambdaNode l)
    {
        if (_fnObjects.TryGetValue(name, out var g)) return g;
        if (_imported.Contains(l) && _support!.FunctionObjects.Contains(name))
        {
            // the runtime's own object: a function the runtime compares with (a hash table's #'EQUAL) is eq to the case's
            g = Builder.ImportGlobal(Sup, SupportModule.FunctionObjectExport(name.Name), WasmValueType.Ref(TClo), false);
            _fnObjects[name] = g;
            return g;
        }
        Declare(l, name.Name, true);
        var c = new Code().RefFunc(l.Entry!).RefNull(0x71).GlobalGet(Sym(name)).StructNew(TClo);
        g = Builder.Global(WasmValueType.Ref(TClo), false, c);
        _fnObjects[name] = g;
        return g;
    }

    public void CompilePending()
    {
        while (_pending.Count > 0)
        {
            var l = _pending.Dequeue();
            new FunctionCompiler(this, l).Compile();
        }
    }
}
