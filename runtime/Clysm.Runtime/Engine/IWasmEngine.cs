namespace Clysm.Runtime.Engine;

/// <summary>
/// A WebAssembly GC engine that runs one module invocation at a time against the C# host
/// (clysm:io, clysm:fs, clysm:runtime). Today's implementation is V8 in a reused Node worker
/// process (<see cref="V8.V8Engine"/>); another engine (Wasmtime, JavaScriptCore) implements
/// the same two calls. An instance is not thread-safe: use one per worker thread.
/// </summary>
public interface IWasmEngine : IDisposable
{
    /// <summary>Engine name and version, e.g. "V8 13.6.233.17 (Node 24.21.0)", recorded in reports.</summary>
    string Version { get; }

    /// <summary>Null when the engine accepts the module, else the engine's validation message.</summary>
    string? Validate(byte[] module);

    /// <summary>Instantiate the module against the host and call one export. Never throws for
    /// anything the module does (invalid module, link error, trap, timeout, runaway output):
    /// those are outcomes in the result.</summary>
    InvocationResult Invoke(InvocationRequest request);
}
