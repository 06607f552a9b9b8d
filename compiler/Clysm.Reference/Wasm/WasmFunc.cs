namespace Clysm.Reference.Wasm;

/// <summary>A function of the module: imported or defined. Its final index is known only when the
/// module is written (imports come first), so code refers to it through this object.</summary>
public sealed class WasmFunc
{
    internal WasmFunc(string name, int typeIndex) { Name = name; TypeIndex = typeIndex; }
    public string Name { get; }
    public int TypeIndex { get; }
    public string? ImportModule { get; init; }
    public string? ImportName { get; init; }
    public bool IsImport => ImportModule != null;
    public Code? Body { get; set; }
    public List<WasmValueType> Locals { get; } = new();
    internal int Index = -1;
    internal bool Referenced; // by ref.func: needs a declarative element segment
    internal bool Used;       // by code or an export: an import nothing uses is left out
}
