namespace Clysm.Runtime.Engine;

internal enum WasmFaultKind
{
    /// <summary>The engine rejected the module (validation).</summary>
    Invalid,
    /// <summary>Instantiation failed: an import does not match, or an export is missing.</summary>
    Link,
    /// <summary>A trap, an uncaught exception or a host error ended the call.</summary>
    Trap,
    /// <summary>The store's deadline passed.</summary>
    Timeout,
    /// <summary>The engine failed (its process died, it broke the protocol, a harness bug).</summary>
    Crash,
}

/// <summary>How an engine reports that a module's run ended other than normally. Never a bug of
/// the caller: <see cref="WasmRunner"/> turns each into the invocation's outcome.</summary>
internal sealed class WasmFault(WasmFaultKind kind, string message, string? wasmStack = null, bool fromHost = false) : Exception(message)
{
    public WasmFaultKind Kind { get; } = kind;

    /// <summary>The wasm frames of a trap, when the engine gives them.</summary>
    public string? WasmStack { get; } = string.IsNullOrEmpty(wasmStack) ? null : wasmStack;

    /// <summary>The trap was a host function's error (a <see cref="Host.HostErrorException"/>).</summary>
    public bool FromHost { get; } = fromHost;
}
