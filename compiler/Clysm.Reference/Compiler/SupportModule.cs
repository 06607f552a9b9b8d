using System.Diagnostics;
using Clysm.Lisp;
using Clysm.Reference.Wasm;

namespace Clysm.Reference.Compiler;

/// <summary>
/// The reference stage's support module (docs/stage-abi.md §5, docs/reference-compiler.md "Module
/// shapes"): the whole runtime (Runtime/prelude.lisp and Runtime/Library, RuntimeLib's hand-written
/// functions, their symbols, variables, handler and value state, the printer and the string channel),
/// compiled once per process and exported, so that a case module holds only its own code and imports
/// the rest from <see cref="ImportModule"/>. Each case gets a fresh instance: the start function
/// initialises the runtime's variables in it.
/// </summary>
internal sealed class SupportModule
{
    public const string ImportModule = "clysm:support";

    private static readonly Lazy<SupportModule> Built = new(Build, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The one support module of this compiler (built on first use, then the same bytes).</summary>
    public static SupportModule Instance => Built.Value;

    private SupportModule(byte[] bytes, SupportExports exports, TimeSpan buildTime)
    {
        Bytes = bytes; Symbols = exports.Symbols; Functions = exports.Functions; FunctionObjects = exports.FunctionObjects;
        Runtime = exports.Runtime; BuildTime = buildTime;
    }

    public byte[] Bytes { get; }
    /// <summary>The interned symbols it exports (under <see cref="SymbolExport"/>).</summary>
    public HashSet<Symbol> Symbols { get; }
    /// <summary>The Lisp functions it exports: entry under <see cref="EntryExport"/>, the direct function
    /// under its name when its lambda list has only required and optional parameters.</summary>
    public HashSet<Symbol> Functions { get; }
    /// <summary>The functions whose function objects it exports (under <see cref="FunctionObjectExport"/>):
    /// a case uses them, so that #'EQUAL in the case is the runtime's #'EQUAL.</summary>
    public HashSet<Symbol> FunctionObjects { get; }
    /// <summary>The runtime functions and arithmetic hooks it exports, under their WAT names ($car, $num:ADD).</summary>
    public Dictionary<string, (WasmValueType[] P, WasmValueType[] R)> Runtime { get; }
    /// <summary>How long compiling it took (once per process).</summary>
    public TimeSpan BuildTime { get; }

    /// <summary>A symbol's export name: <c>'NAME</c> for the symbol a plain token NAME reads as
    /// (COMMON-LISP or COMMON-LISP-USER), <c>:NAME</c> for a keyword, <c>'PACKAGE::NAME</c> otherwise;
    /// null for an uninterned symbol (no case can name it).</summary>
    public static string? SymbolExport(Symbol s) =>
        s.Package == null ? null
        : s.IsKeyword ? ":" + s.Name
        : ReferenceEquals(LispSymbols.InternUser(s.Name), s) ? "'" + s.Name
        : "'" + s.Package + "::" + s.Name;

    /// <summary>The export name of a Lisp function's entry (closure, argument list) -> value.</summary>
    public static string EntryExport(string function) => function + "/entry";

    /// <summary>The export name of a Lisp function's function object (what #'NAME evaluates to).</summary>
    public static string FunctionObjectExport(string function) => "#'" + function;

    private static SupportModule Build()
    {
        var clock = Stopwatch.StartNew();
        var unit = new UnitInfo();
        Prelude.Install(unit);
        var gen = new ModuleCompiler(unit, ModuleKind.Support);
        var bytes = gen.FinishSupport(out var exports);
        return new SupportModule(bytes, exports, clock.Elapsed);
    }
}

/// <summary>What a support module exports, by the names the compiler knows them by.</summary>
internal sealed record SupportExports(HashSet<Symbol> Symbols, HashSet<Symbol> Functions, HashSet<Symbol> FunctionObjects,
    Dictionary<string, (WasmValueType[] P, WasmValueType[] R)> Runtime);
