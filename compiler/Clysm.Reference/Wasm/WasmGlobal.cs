namespace Clysm.Reference.Wasm;

/// <summary>A global of the module: imported (no <see cref="Init"/>) or defined. Like a function's, its
/// index is known only when the module is written (imported globals come first).</summary>
public sealed class WasmGlobal
{
    internal WasmGlobal(WasmValueType type, bool mutable, Code? init) { Type = type; Mutable = mutable; Init = init; }
    public WasmValueType Type { get; }
    public bool Mutable { get; }
    /// <summary>The initialiser of a defined global; null for an imported one.</summary>
    public Code? Init { get; }
    public string? ImportModule { get; init; }
    public string? ImportName { get; init; }
    public bool IsImport => ImportModule != null;
    internal int Index = -1;
    internal bool Used;       // by code or an export: an import nothing uses is left out
}
