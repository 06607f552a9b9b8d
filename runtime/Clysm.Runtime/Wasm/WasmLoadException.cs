namespace Clysm.Runtime.Wasm;

/// <summary>
/// The one exception the module reader throws: a missing file (<see cref="ExitCode.EXIT_MISSING_DEP"/>)
/// or a module that is not well-formed WebAssembly (<see cref="ExitCode.EXIT_FAILURE"/>). The message
/// names the file when known, the section (or "header") and the byte offset.
/// </summary>
public sealed class WasmLoadException : Exception
{
    public WasmLoadException(ExitCode exitCode, string message, string? path = null, Exception? inner = null)
        : base(message, inner)
    {
        ExitCode = exitCode;
        Path = path;
    }

    public ExitCode ExitCode { get; }

    /// <summary>The file the module came from, when it came from a file.</summary>
    public string? Path { get; }
}
