using System.Globalization;
using System.Text;

namespace Clysm.Runtime.Wasm;

/// <summary>An import the module requires (seed "ImportSpec"). <paramref name="Kind"/> is one of
/// "function", "table", "memory", "global", "tag"; <paramref name="Signature"/> is set for
/// functions (and for tags: the tag's parameter type).</summary>
internal sealed record ImportSpec(string Module, string Name, string Kind, FuncType? Signature)
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
internal sealed record ExportSpec(string Name, string Kind, FuncType? Signature)
{
    public int Index { get; init; }

    public override string ToString() => $"{Name}: {Kind}" + (Signature is null ? "" : " " + Signature);
}

internal sealed record GlobalType(ValType Type, bool Mutable)
{
    public override string ToString() => Mutable ? $"(mut {Type})" : Type.ToString();
}

internal sealed record Limits(ulong Min, ulong? Max, bool Shared = false, bool Is64 = false)
{
    public override string ToString() =>
        (Is64 ? "i64 " : "") + Min.ToString(CultureInfo.InvariantCulture)
        + (Max is { } m ? " " + m.ToString(CultureInfo.InvariantCulture) : "") + (Shared ? " shared" : "");
}

internal sealed record TableType(RefType Element, Limits Limits)
{
    public override string ToString() => $"{Limits} {Element}";
}

/// <summary>A custom section: its name and where its payload lies.</summary>
internal sealed record CustomSection(string Name, int Offset, int Size);

/// <summary>Where the recursion groups of the type section lie in the module's bytes (after the
/// group count), so a generated module can repeat them verbatim (see Engine/GcBridge).</summary>
internal sealed record TypeSectionEntries(int Offset, int Length, int GroupCount);

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

    internal IReadOnlyList<RecGroup> RecGroups { get; init; } = [];

    /// <summary>The type section's groups as bytes, or null when the module has no type section.</summary>
    internal TypeSectionEntries? TypeEntries { get; init; }

    /// <summary>Every defined type, by type index.</summary>
    internal IReadOnlyList<SubType> Types { get; init; } = [];
    internal IReadOnlyList<ImportSpec> Imports { get; init; } = [];
    internal IReadOnlyList<ExportSpec> Exports { get; init; } = [];

    /// <summary>Type index of each function, imports first.</summary>
    internal IReadOnlyList<int> FunctionTypeIndices { get; init; } = [];

    /// <summary>Signature of each function, imports first.</summary>
    internal IReadOnlyList<FuncType> FunctionTypes { get; init; } = [];
    internal int ImportedFunctionCount { get; init; }
    internal IReadOnlyList<TableType> Tables { get; init; } = [];
    internal IReadOnlyList<Limits> Memories { get; init; } = [];

    /// <summary>Every global, imports first.</summary>
    internal IReadOnlyList<GlobalType> Globals { get; init; } = [];

    /// <summary>The parameter type of every exception tag, imports first.</summary>
    internal IReadOnlyList<FuncType> Tags { get; init; } = [];
    internal int? StartFunction { get; init; }
    internal int ElementSegmentCount { get; init; }
    internal int DataSegmentCount { get; init; }

    /// <summary>Size in bytes of each function body of the code section.</summary>
    internal IReadOnlyList<int> CodeBodySizes { get; init; } = [];
    internal IReadOnlyList<CustomSection> CustomSections { get; init; } = [];

    /// <summary>The index of the module's string type: the first defined <c>(array (mut i8))</c>, in
    /// whatever recursion group it sits (docs/stage-abi.md §3), or null when it defines none.</summary>
    internal int? FindStringType()
    {
        foreach (var t in Types)
            if (t.Composite is ArrayType { Element: { Mutable: true, Type: PackedType { Kind: PackedKind.I8 } } })
                return t.Index;
        return null;
    }

    public bool HasExport(string name) => FindExport(name) is not null;

    internal ExportSpec? FindExport(string name)
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

    /// <summary>The module and field names of every import and every export's name: the names the CLI
    /// may print verbatim (everything else a module hands over is shown escaped).</summary>
    public IReadOnlyList<string> Names() =>
        [.. Imports.SelectMany(i => new[] { i.Module, i.Name }), .. Exports.Select(e => e.Name)];

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
