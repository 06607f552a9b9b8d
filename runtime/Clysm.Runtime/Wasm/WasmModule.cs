using System.Globalization;
using System.Text;

namespace Clysm.Runtime.Wasm;

/// <summary>An import the module requires (seed "ImportSpec"). <paramref name="Kind"/> is one of
/// "function", "table", "memory", "global", "tag"; <paramref name="Signature"/> is set for
/// functions (and for tags: the tag's parameter type).</summary>
public sealed record ImportSpec(string Module, string Name, string Kind, FuncType? Signature)
{
    /// <summary>The type index the import declares (functions and tags).</summary>
    public int? TypeIndex { get; init; }

    /// <summary>The global's type, for a global import.</summary>
    public GlobalType? Global { get; init; }

    public override string ToString() =>
        $"{Module} {Name}: {Kind}" + (Signature is null ? "" : " " + Signature) + (Global is null ? "" : " " + Global);
}

/// <summary>An export: its name, kind (as <see cref="ImportSpec.Kind"/>), index in its index space,
/// and signature for functions and tags.</summary>
public sealed record ExportSpec(string Name, string Kind, FuncType? Signature)
{
    public int Index { get; init; }

    public override string ToString() => $"{Name}: {Kind}" + (Signature is null ? "" : " " + Signature);
}

public sealed record GlobalType(ValType Type, bool Mutable)
{
    public override string ToString() => Mutable ? $"(mut {Type})" : Type.ToString();
}

public sealed record Limits(ulong Min, ulong? Max, bool Shared = false, bool Is64 = false)
{
    public override string ToString() =>
        (Is64 ? "i64 " : "") + Min.ToString(CultureInfo.InvariantCulture)
        + (Max is { } m ? " " + m.ToString(CultureInfo.InvariantCulture) : "") + (Shared ? " shared" : "");
}

public sealed record TableType(RefType Element, Limits Limits)
{
    public override string ToString() => $"{Limits} {Element}";
}

/// <summary>A custom section: its name and where its payload lies.</summary>
public sealed record CustomSection(string Name, int Offset, int Size);

/// <summary>Where the recursion groups of the type section lie in the module's bytes (after the
/// group count), so a generated module can repeat them verbatim (see Engine/GcBridge).</summary>
public sealed record TypeSectionEntries(int Offset, int Length, int GroupCount);

/// <summary>
/// A WebAssembly module read from its binary form (seed "WasmModule"). The reader checks the
/// structure of every standard section, the section order, and the function/code counts, and
/// decodes types (GC proposal, final encoding), imports, exports, globals and tags. It does not
/// decode function bodies or validate instructions: that is the engine's job.
/// </summary>
public sealed class WasmModule
{
    internal WasmModule() { }

    /// <summary>The file the module was loaded from, or the name given to <see cref="Parse"/>.</summary>
    public string? Path { get; internal init; }
    public long Size { get; internal init; }

    public IReadOnlyList<RecGroup> RecGroups { get; internal init; } = [];

    /// <summary>The type section's groups as bytes, or null when the module has no type section.</summary>
    public TypeSectionEntries? TypeEntries { get; internal init; }

    /// <summary>Every defined type, by type index.</summary>
    public IReadOnlyList<SubType> Types { get; internal init; } = [];
    public IReadOnlyList<ImportSpec> Imports { get; internal init; } = [];
    public IReadOnlyList<ExportSpec> Exports { get; internal init; } = [];

    /// <summary>Type index of each function, imports first.</summary>
    public IReadOnlyList<int> FunctionTypeIndices { get; internal init; } = [];

    /// <summary>Signature of each function, imports first.</summary>
    public IReadOnlyList<FuncType> FunctionTypes { get; internal init; } = [];
    public int ImportedFunctionCount { get; internal init; }
    public IReadOnlyList<TableType> Tables { get; internal init; } = [];
    public IReadOnlyList<Limits> Memories { get; internal init; } = [];

    /// <summary>Every global, imports first.</summary>
    public IReadOnlyList<GlobalType> Globals { get; internal init; } = [];

    /// <summary>The parameter type of every exception tag, imports first.</summary>
    public IReadOnlyList<FuncType> Tags { get; internal init; } = [];
    public int? StartFunction { get; internal init; }
    public int ElementSegmentCount { get; internal init; }
    public int DataSegmentCount { get; internal init; }

    /// <summary>Size in bytes of each function body of the code section.</summary>
    public IReadOnlyList<int> CodeBodySizes { get; internal init; } = [];
    public IReadOnlyList<CustomSection> CustomSections { get; internal init; } = [];

    /// <summary>The index of the module's string type: the first defined <c>(array (mut i8))</c>, in
    /// whatever recursion group it sits (docs/stage-abi.md §3), or null when it defines none.</summary>
    public int? FindStringType()
    {
        foreach (var t in Types)
            if (t.Composite is ArrayType { Element: { Mutable: true, Type: PackedType { Kind: PackedKind.I8 } } })
                return t.Index;
        return null;
    }

    public ExportSpec? FindExport(string name)
    {
        foreach (var e in Exports)
            if (e.Name == name)
                return e;
        return null;
    }

    /// <summary>Read a module file. A file that cannot be read is <see cref="ExitCode.EXIT_MISSING_DEP"/>;
    /// a malformed module is <see cref="ExitCode.EXIT_FAILURE"/>.</summary>
    /// <exception cref="WasmLoadException">always and only on failure.</exception>
    public static WasmModule Load(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            var reason = e switch
            {
                FileNotFoundException or DirectoryNotFoundException => "no such file",
                UnauthorizedAccessException => "permission denied or not a file",
                _ => e.Message,
            };
            throw new WasmLoadException(ExitCode.EXIT_MISSING_DEP, $"{path}: cannot read the module: {reason}", path, e);
        }
        return Parse(bytes, path);
    }

    /// <summary>Read a module from bytes; <paramref name="path"/> only names it in messages.</summary>
    /// <exception cref="WasmLoadException">the bytes are not a well-formed module.</exception>
    public static WasmModule Parse(byte[] bytes, string? path = null)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        return new ModuleParser(bytes, path).Parse();
    }

    /// <summary>A text listing for the CLI: size, types, imports and exports with signatures.</summary>
    public string Describe()
    {
        var sb = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        sb.Append(inv, $"module {Path ?? "(bytes)"}: {Size} bytes").AppendLine();
        sb.Append(inv, $"types: {Types.Count} in {RecGroups.Count} recursion groups").AppendLine();
        sb.Append(inv, $"functions: {FunctionTypes.Count} ({ImportedFunctionCount} imported), globals: {Globals.Count}, ")
          .Append(inv, $"tags: {Tags.Count}, tables: {Tables.Count}, memories: {Memories.Count}, ")
          .Append(inv, $"element segments: {ElementSegmentCount}, data segments: {DataSegmentCount}").AppendLine();
        if (StartFunction is { } start)
            sb.Append(inv, $"start function: {start}").AppendLine();
        sb.Append(inv, $"imports ({Imports.Count}):").AppendLine();
        foreach (var i in Imports)
            sb.Append("  ").Append(i).AppendLine();
        sb.Append(inv, $"exports ({Exports.Count}):").AppendLine();
        foreach (var e in Exports)
            sb.Append("  ").Append(e).AppendLine();
        if (CustomSections.Count > 0)
            sb.Append("custom sections: ").AppendJoin(", ", CustomSections.Select(c => c.Name)).AppendLine();
        return sb.ToString();
    }

    public override string ToString() => $"{Path ?? "(bytes)"} ({Size} bytes)";
}
