using Clysm.Runtime.Host;

namespace Clysm.Runtime.Engine;

/// <summary>
/// A WebAssembly GC engine, and only that: it compiles modules, instantiates them in a store,
/// calls exports, and routes each import call to the host function its <see cref="BoundImport"/>
/// names. Everything else (reading the module, its role, the host contract, which host function
/// serves which import, decoding values, mapping faults to outcomes) is decided above it, once,
/// by <see cref="WasmRunner"/> and <see cref="CheckedModule"/>: a new engine implements these
/// members and nothing more, and registers itself in <see cref="EngineFactory"/>.
/// The shape follows wasmtime's: engine, module, store (whose data is a <see cref="HostContext"/>
/// over the invocation's <see cref="HostSession"/>), instance. An engine is used by one thread at a time.
/// </summary>
internal interface IWasmEngine : IDisposable
{
    /// <summary>The name <see cref="EngineFactory"/> knows it by: "v8", "wasmtime".</summary>
    string Name { get; }

    /// <summary>Version text recorded in results and reports, e.g. "13.6.233.17-node.53 (Node 24.21.0)".
    /// Known when the engine is constructed: reading it never starts anything.</summary>
    string Version { get; }

    /// <summary>Compiles a module into a handle that may be instantiated any number of times, in
    /// any store of this engine, until it is disposed.</summary>
    /// <exception cref="WasmFault">kind <see cref="WasmFaultKind.Invalid"/> with the engine's
    /// validation message; <see cref="WasmFaultKind.Crash"/> when the engine itself failed.</exception>
    ICompiledModule Compile(CheckedModule module);

    /// <summary>A store for one invocation: its instances, the values they made, its data (the host
    /// session every host call acts on) and its limits. Dispose it when the invocation ends.</summary>
    IWasmStore CreateStore(HostContext host, StoreLimits limits);
}

/// <summary>An engine's compiled module. Disposing it lets the engine free the code.</summary>
internal interface ICompiledModule : IDisposable
{
    CheckedModule Module { get; }
}

/// <summary>An instance living in one store.</summary>
internal interface IWasmInstance
{
    CheckedModule Module { get; }
}

/// <summary>
/// One invocation's store. Every member may throw <see cref="WasmFault"/>: a trap, a link error,
/// the store's deadline (<see cref="WasmFaultKind.Timeout"/>) or the engine's own failure
/// (<see cref="WasmFaultKind.Crash"/>); after a timeout or a crash the store is dead and every
/// member throws the same fault again.
/// </summary>
internal interface IWasmStore : IDisposable
{
    /// <summary>Instantiates the module: its host imports are served by the module's
    /// <see cref="CheckedModule.Imports"/>, its <c>clysm:support</c> imports by
    /// <see cref="InstanceLinks.Support"/>'s exports. A trap in its start function is a trap.</summary>
    IWasmInstance Instantiate(ICompiledModule module, InstanceLinks links);

    /// <summary>Calls an export; returns its results (typed by the export's declared results).</summary>
    IReadOnlyList<WasmValue> Call(IWasmInstance instance, string export, IReadOnlyList<WasmValue> args);

    /// <summary>The bytes of a GC string, read through <paramref name="via"/>'s string channel
    /// (its own exports, or the suite's bridge); null when the value is not such a string.</summary>
    byte[]? ReadString(IWasmInstance via, WasmValue value);

    /// <summary>A new GC string holding these bytes, built through <paramref name="via"/>'s string channel.</summary>
    WasmValue NewString(IWasmInstance via, ReadOnlySpan<byte> utf8);
}

/// <summary>What an instance is linked with besides the host.</summary>
internal sealed record InstanceLinks
{
    /// <summary>The support instance whose exports serve the module's <c>clysm:support</c> imports.</summary>
    public IWasmInstance? Support { get; init; }

    /// <summary>The instance whose string channel (four exports, docs/stage-abi.md §3) reads and builds
    /// the GC strings of host calls; null with <see cref="StringsFromSelf"/> false: none.</summary>
    public IWasmInstance? Strings { get; init; }

    /// <summary>The instance's own string channel serves its host calls (not during its start function).</summary>
    public bool StringsFromSelf { get; init; }
}

/// <summary>Limits of one store.</summary>
/// <param name="Timeout">Wall-clock budget from the store's creation; past it the store is a timeout.</param>
internal sealed record StoreLimits(TimeSpan Timeout);

/// <summary>
/// The one stack budget every engine gives wasm (docs/stage-abi.md, "Limits"), so a case means the
/// same on every engine: 1 MiB, enough for 10,000-deep non-tail recursion of the reference
/// compiler's functions. Wasmtime: <c>max_wasm_stack</c>. V8: the size of the thread that runs wasm.
/// </summary>
internal static class EngineLimits
{
    public const int WasmStackBytes = 1 << 20;
}
