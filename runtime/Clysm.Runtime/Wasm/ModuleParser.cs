namespace Clysm.Runtime.Wasm;

/// <summary>Reads the binary format section by section (see <see cref="WasmModule"/>).</summary>
internal sealed class ModuleParser
{
    private static readonly byte[] Magic = [0x00, 0x61, 0x73, 0x6d];
    private static readonly byte[] Version1 = [0x01, 0x00, 0x00, 0x00];

    private readonly byte[] _bytes;
    private readonly string? _path;

    private readonly List<RecGroup> _recGroups = [];
    private readonly List<SubType> _types = [];
    private readonly List<ImportSpec> _imports = [];
    private readonly List<ExportSpec> _exports = [];
    private readonly List<int> _funcTypeIndices = [];
    private readonly List<FuncType> _funcTypes = [];
    private readonly List<TableType> _tables = [];
    private readonly List<Limits> _memories = [];
    private readonly List<GlobalType> _globals = [];
    private readonly List<FuncType> _tags = [];
    private readonly List<int> _codeSizes = [];
    private readonly List<CustomSection> _customs = [];
    private readonly List<HeapType> _unresolved = [];
    private TypeSectionEntries? _typeEntries;
    private bool _typesComplete;
    private int _importedFuncs;
    private int? _definedFuncs;
    private int? _codeCount;
    private int? _start;
    private int _elementCount;
    private int? _dataCount;
    private int? _dataSegments;
    private int _dataCountOffset;
    private int _codeOffset = -1;
    private int _functionOffset = -1;

    public ModuleParser(byte[] bytes, string? path)
    {
        _bytes = bytes;
        _path = path;
    }

    private static string SectionName(byte id) => id switch
    {
        0 => "custom section",
        1 => "type section",
        2 => "import section",
        3 => "function section",
        4 => "table section",
        5 => "memory section",
        6 => "global section",
        7 => "export section",
        8 => "start section",
        9 => "element section",
        10 => "code section",
        11 => "data section",
        12 => "data count section",
        13 => "tag section",
        _ => "",
    };

    // Position of each non-custom section in the required order (tag after memory, data count before code).
    private static int Rank(byte id) => id switch
    {
        1 => 1, 2 => 2, 3 => 3, 4 => 4, 5 => 5, 13 => 6, 6 => 7, 7 => 8, 8 => 9, 9 => 10, 12 => 11, 10 => 12, 11 => 13,
        _ => 0,
    };

    public WasmModule Parse()
    {
        var region = "header";
        try
        {
            ReadHeader();
            var pos = 8;
            byte lastId = 0;
            while (pos < _bytes.Length)
            {
                var sectionStart = pos;
                var id = _bytes[pos];
                var name = SectionName(id);
                region = name.Length > 0 ? name : "section header";
                if (name.Length == 0)
                    throw ByteReader.Fail(_path, $"section header at offset 0x{pos:x}: unknown section id {id} (0x{id:x2})");
                var sizeReader = new ByteReader(_bytes, pos + 1, _bytes.Length, name, _path);
                var size = sizeReader.Index("section size");
                var contentStart = sizeReader.Position;
                if (size > _bytes.Length - contentStart)
                    throw ByteReader.Fail(_path, $"{name} at offset 0x{sectionStart:x}: section size {size} runs past the end of the module ({_bytes.Length - contentStart} bytes left)");
                if (id != 0)
                {
                    if (Rank(id) <= Rank(lastId))
                        throw ByteReader.Fail(_path, lastId == id
                            ? $"{name} at offset 0x{sectionStart:x}: duplicate {name}"
                            : $"{name} at offset 0x{sectionStart:x}: out of order (it must come before the {SectionName(lastId)})");
                    lastId = id;
                }
                var r = new ByteReader(_bytes, contentStart, contentStart + size, name, _path);
                ReadSection(id, r, sectionStart);
                if (!r.AtEnd)
                    throw r.Error($"section size {size} does not match its contents: {r.Remaining} bytes left unread");
                pos = contentStart + size;
            }
            region = "module";
            CheckCounts();
        }
        catch (WasmLoadException)
        {
            throw;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A reader bug must still surface as the one documented exception type.
            throw ByteReader.Fail(_path, $"{region}: internal error in the module reader: {e.GetType().Name}: {e.Message}");
        }

        return new WasmModule
        {
            Path = _path,
            Size = _bytes.Length,
            RecGroups = _recGroups,
            TypeEntries = _typeEntries,
            Types = _types,
            Imports = _imports,
            Exports = _exports,
            FunctionTypeIndices = _funcTypeIndices,
            FunctionTypes = _funcTypes,
            ImportedFunctionCount = _importedFuncs,
            Tables = _tables,
            Memories = _memories,
            Globals = _globals,
            Tags = _tags,
            StartFunction = _start,
            ElementSegmentCount = _elementCount,
            DataSegmentCount = _dataSegments ?? 0,
            CodeBodySizes = _codeSizes,
            CustomSections = _customs,
        };
    }

    private static string Hex(ReadOnlySpan<byte> b) =>
        b.Length == 0 ? "nothing" : string.Join(' ', b.ToArray().Select(x => x.ToString("x2", System.Globalization.CultureInfo.InvariantCulture)));

    private void ReadHeader()
    {
        var head = _bytes.AsSpan(0, Math.Min(4, _bytes.Length));
        if (!head.SequenceEqual(Magic))
            throw ByteReader.Fail(_path, $"header at offset 0x0: not a WebAssembly module: expected magic bytes 00 61 73 6d, found {Hex(head)}"
                + (_bytes.Length < 4 ? $" (the file has only {_bytes.Length} bytes)" : ""));
        var version = _bytes.AsSpan(4, Math.Min(4, _bytes.Length - 4));
        if (!version.SequenceEqual(Version1))
            throw ByteReader.Fail(_path, $"header at offset 0x4: unsupported version: expected 01 00 00 00 (version 1), found {Hex(version)}"
                + (version.Length < 4 ? " (the header is truncated)" : ""));
    }

    private void CheckCounts()
    {
        var defined = _definedFuncs ?? 0;
        var bodies = _codeCount ?? 0;
        if (defined != bodies)
        {
            var where = _codeOffset >= 0 ? $"code section at offset 0x{_codeOffset:x}" : $"function section at offset 0x{_functionOffset:x}";
            throw ByteReader.Fail(_path, $"{where}: the function section declares {defined} functions but the code section has {bodies} bodies");
        }
        if (_dataCount is { } dc && dc != (_dataSegments ?? 0))
            throw ByteReader.Fail(_path, $"data count section at offset 0x{_dataCountOffset:x}: declares {dc} data segments but the data section has {_dataSegments ?? 0}");
    }

    private void ReadSection(byte id, ByteReader r, int sectionStart)
    {
        switch (id)
        {
            case 0: ReadCustom(r); break;
            case 1: ReadTypes(r); break;
            case 2: ReadImports(r); break;
            case 3: _functionOffset = sectionStart; ReadFunctions(r); break;
            case 4: ReadTables(r); break;
            case 5: ReadMemories(r); break;
            case 6: ReadGlobals(r); break;
            case 7: ReadExports(r); break;
            case 8: ReadStart(r); break;
            case 9: ReadElements(r); break;
            case 10: _codeOffset = sectionStart; ReadCode(r); break;
            case 11: ReadData(r); break;
            case 12: _dataCountOffset = sectionStart; _dataCount = r.Index("data count"); break;
            case 13: ReadTags(r); break;
        }
        // Types can only be referenced by later sections once the type section is over.
        if (id != 0)
            CompleteTypes();
    }

    private void CompleteTypes()
    {
        if (_typesComplete)
            return;
        foreach (var h in _unresolved)
            h.Definition = _types[h.Index!.Value];
        _unresolved.Clear();
        _typesComplete = true;
    }

    // ---- types ----

    private void ReadTypes(ByteReader r)
    {
        var groups = r.Count("recursion group");
        _typeEntries = new TypeSectionEntries(r.Position, r.End - r.Position, groups);
        for (var g = 0; g < groups; g++)
        {
            if (r.PeekByte() == 0x4e)
            {
                r.Byte();
                var n = r.Count("recursion group member");
                var groupEnd = _types.Count + n;
                var members = new List<SubType>(n);
                for (var i = 0; i < n; i++)
                    members.Add(ReadSubType(r, groupEnd));
                _recGroups.Add(new RecGroup(members, true));
            }
            else
            {
                _recGroups.Add(new RecGroup([ReadSubType(r, _types.Count + 1)], false));
            }
        }
    }

    private SubType ReadSubType(ByteReader r, int typeLimit)
    {
        var index = _types.Count;
        var final = true;
        var supers = new List<int>();
        var b = r.PeekByte();
        if (b is 0x50 or 0x4f)
        {
            r.Byte();
            final = b == 0x4f;
            var n = r.Count("supertype");
            for (var i = 0; i < n; i++)
            {
                var off = r.Position;
                var s = r.Index("supertype index");
                if (s >= index)
                    throw r.Error($"type {index}: supertype index {s} must refer to an earlier type", off);
                supers.Add(s);
            }
        }
        var composite = ReadComposite(r, typeLimit);
        var t = new SubType(index, final, supers, composite);
        _types.Add(t);
        return t;
    }

    private CompositeType ReadComposite(ByteReader r, int typeLimit)
    {
        var off = r.Position;
        var form = r.Byte();
        switch (form)
        {
            case 0x60:
            {
                var ps = ReadValTypes(r, typeLimit, "parameter");
                var rs = ReadValTypes(r, typeLimit, "result");
                return new FuncType(ps, rs);
            }
            case 0x5f:
            {
                var n = r.Count("struct field", 2);
                var fields = new List<FieldType>(n);
                for (var i = 0; i < n; i++)
                    fields.Add(ReadField(r, typeLimit));
                return new StructType(fields);
            }
            case 0x5e:
                return new ArrayType(ReadField(r, typeLimit));
            default:
                throw r.Error($"type {_types.Count}: unknown composite type 0x{form:x2} (expected 0x5e array, 0x5f struct or 0x60 func)", off);
        }
    }

    private List<ValType> ReadValTypes(ByteReader r, int typeLimit, string what)
    {
        var n = r.Count(what);
        var list = new List<ValType>(n);
        for (var i = 0; i < n; i++)
            list.Add(ReadValType(r, typeLimit));
        return list;
    }

    private FieldType ReadField(ByteReader r, int typeLimit)
    {
        var b = r.PeekByte();
        StorageType t;
        if (b == 0x78) { r.Byte(); t = PackedType.I8; }
        else if (b == 0x77) { r.Byte(); t = PackedType.I16; }
        else t = ReadValType(r, typeLimit);
        return new FieldType(t, ReadMutability(r));
    }

    private static bool ReadMutability(ByteReader r)
    {
        var off = r.Position;
        var m = r.Byte();
        return m switch
        {
            0 => false,
            1 => true,
            _ => throw r.Error($"invalid mutability 0x{m:x2} (expected 0x00 or 0x01)", off),
        };
    }

    private static AbstractHeapType? AbstractFromCode(int code) => code switch
    {
        0x70 => AbstractHeapType.Func,
        0x6f => AbstractHeapType.Extern,
        0x6e => AbstractHeapType.Any,
        0x6d => AbstractHeapType.Eq,
        0x6c => AbstractHeapType.I31,
        0x6b => AbstractHeapType.Struct,
        0x6a => AbstractHeapType.Array,
        0x69 => AbstractHeapType.Exn,
        0x71 => AbstractHeapType.None,
        0x73 => AbstractHeapType.NoFunc,
        0x72 => AbstractHeapType.NoExtern,
        0x74 => AbstractHeapType.NoExn,
        _ => null,
    };

    private ValType ReadValType(ByteReader r, int? typeLimit = null)
    {
        var off = r.Position;
        var b = r.Byte();
        switch (b)
        {
            case 0x7f: return ValType.I32;
            case 0x7e: return ValType.I64;
            case 0x7d: return ValType.F32;
            case 0x7c: return ValType.F64;
            case 0x7b: return ValType.V128;
            case 0x63: return new RefType(true, ReadHeapType(r, typeLimit));
            case 0x64: return new RefType(false, ReadHeapType(r, typeLimit));
        }
        if (AbstractFromCode(b) is { } a)
            return new RefType(true, new HeapType(a));
        throw r.Error($"invalid value type 0x{b:x2}", off);
    }

    private RefType ReadRefType(ByteReader r, string what)
    {
        var off = r.Position;
        return ReadValType(r) as RefType ?? throw r.Error($"{what} must be a reference type", off);
    }

    private HeapType ReadHeapType(ByteReader r, int? typeLimit)
    {
        var off = r.Position;
        var v = r.S33();
        if (v < 0)
        {
            // A negative s33 is a one-byte abstract heap type code (0x70 funcref = -0x10, ...).
            if (v >= -0x40 && AbstractFromCode((int)(v + 0x80)) is { } a)
                return new HeapType(a);
            throw r.Error($"invalid heap type {v}", off);
        }
        var limit = typeLimit ?? _types.Count;
        if (v >= limit)
            throw r.Error($"type index {v} is out of range ({limit} types are defined at this point)", off);
        var h = new HeapType((int)v);
        if (_typesComplete)
            h.Definition = _types[(int)v];
        else
            _unresolved.Add(h);
        return h;
    }

    private (int Index, FuncType Type) ReadFuncTypeIndex(ByteReader r, string what)
    {
        var off = r.Position;
        var idx = r.Index("type index");
        if (idx >= _types.Count)
            throw r.Error($"{what}: type index {idx} is out of range ({_types.Count} types)", off);
        if (_types[idx].Composite is not FuncType f)
            throw r.Error($"{what}: type index {idx} is {_types[idx].Composite}, not a function type", off);
        return (idx, f);
    }

    // ---- imports and definitions ----

    private void ReadImports(ByteReader r)
    {
        var n = r.Count("import", 4);
        for (var i = 0; i < n; i++)
        {
            var module = r.Name("import module name");
            var name = r.Name("import name");
            var off = r.Position;
            var kind = r.Byte();
            var what = $"import {module} {name}";
            switch (kind)
            {
                case 0x00:
                {
                    var (idx, f) = ReadFuncTypeIndex(r, what);
                    _funcTypeIndices.Add(idx);
                    _funcTypes.Add(f);
                    _importedFuncs++;
                    _imports.Add(new ImportSpec(module, name, "function", f) { TypeIndex = idx });
                    break;
                }
                case 0x01:
                    _tables.Add(ReadTableType(r, what));
                    _imports.Add(new ImportSpec(module, name, "table", null));
                    break;
                case 0x02:
                    _memories.Add(ReadLimits(r, what));
                    _imports.Add(new ImportSpec(module, name, "memory", null));
                    break;
                case 0x03:
                {
                    var g = ReadGlobalType(r);
                    _globals.Add(g);
                    _imports.Add(new ImportSpec(module, name, "global", null) { Global = g });
                    break;
                }
                case 0x04:
                {
                    var (idx, f) = ReadTag(r, what);
                    _imports.Add(new ImportSpec(module, name, "tag", f) { TypeIndex = idx });
                    break;
                }
                default:
                    throw r.Error($"{what}: unknown import kind 0x{kind:x2}", off);
            }
        }
    }

    private (int, FuncType) ReadTag(ByteReader r, string what)
    {
        var off = r.Position;
        var attr = r.Byte();
        if (attr != 0)
            throw r.Error($"{what}: unknown tag attribute 0x{attr:x2} (expected 0x00, exception)", off);
        var t = ReadFuncTypeIndex(r, what);
        _tags.Add(t.Type);
        return t;
    }

    private TableType ReadTableType(ByteReader r, string what) =>
        new(ReadRefType(r, $"{what}: the table element type"), ReadLimits(r, what));

    private static Limits ReadLimits(ByteReader r, string what)
    {
        var off = r.Position;
        var flags = r.Byte();
        if (flags > 7)
            throw r.Error($"{what}: invalid limits flags 0x{flags:x2}", off);
        var is64 = (flags & 4) != 0;
        var min = is64 ? r.U64() : r.U32();
        ulong? max = (flags & 1) != 0 ? (is64 ? r.U64() : r.U32()) : null;
        return new Limits(min, max, (flags & 2) != 0, is64);
    }

    private GlobalType ReadGlobalType(ByteReader r) => new(ReadValType(r), ReadMutability(r));

    private void ReadFunctions(ByteReader r)
    {
        var n = r.Count("function");
        for (var i = 0; i < n; i++)
        {
            var (idx, f) = ReadFuncTypeIndex(r, $"function {_funcTypes.Count}");
            _funcTypeIndices.Add(idx);
            _funcTypes.Add(f);
        }
        _definedFuncs = n;
    }

    private void ReadTables(ByteReader r)
    {
        var n = r.Count("table", 2);
        for (var i = 0; i < n; i++)
        {
            var what = $"table {_tables.Count}";
            if (r.PeekByte() == 0x40)
            {
                // Table with an initializer expression: 0x40 0x00 tabletype expr.
                r.Byte();
                var off = r.Position;
                if (r.Byte() != 0)
                    throw r.Error($"{what}: expected 0x00 after 0x40", off);
                _tables.Add(ReadTableType(r, what));
                SkipConstExpr(r);
            }
            else
            {
                _tables.Add(ReadTableType(r, what));
            }
        }
    }

    private void ReadMemories(ByteReader r)
    {
        var n = r.Count("memory", 2);
        for (var i = 0; i < n; i++)
            _memories.Add(ReadLimits(r, $"memory {_memories.Count}"));
    }

    private void ReadGlobals(ByteReader r)
    {
        var n = r.Count("global", 3);
        for (var i = 0; i < n; i++)
        {
            _globals.Add(ReadGlobalType(r));
            SkipConstExpr(r);
        }
    }

    private void ReadTags(ByteReader r)
    {
        var n = r.Count("tag", 2);
        for (var i = 0; i < n; i++)
            ReadTag(r, $"tag {_tags.Count}");
    }

    private static readonly string[] ExportKinds = ["function", "table", "memory", "global", "tag"];

    private void ReadExports(ByteReader r)
    {
        var n = r.Count("export", 3);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < n; i++)
        {
            var nameOff = r.Position;
            var name = r.Name("export name");
            var off = r.Position;
            var kind = r.Byte();
            if (kind >= ExportKinds.Length)
                throw r.Error($"export {name}: unknown export kind 0x{kind:x2}", off);
            var idxOff = r.Position;
            var idx = r.Index("export index");
            var count = kind switch
            {
                0 => _funcTypes.Count,
                1 => _tables.Count,
                2 => _memories.Count,
                3 => _globals.Count,
                _ => _tags.Count,
            };
            if (idx >= count)
                throw r.Error($"export {name}: {ExportKinds[kind]} index {idx} is out of range ({count} {ExportKinds[kind]}s)", idxOff);
            if (!seen.Add(name))
                throw r.Error($"duplicate export name {name}", nameOff);
            var sig = kind switch { 0 => _funcTypes[idx], 4 => _tags[idx], _ => null };
            _exports.Add(new ExportSpec(name, ExportKinds[kind], sig) { Index = idx });
        }
    }

    private void ReadStart(ByteReader r)
    {
        var off = r.Position;
        var idx = r.Index("start function index");
        if (idx >= _funcTypes.Count)
            throw r.Error($"start function index {idx} is out of range ({_funcTypes.Count} functions)", off);
        _start = idx;
    }

    private void ReadElements(ByteReader r)
    {
        var n = r.Count("element segment", 2);
        for (var i = 0; i < n; i++)
        {
            var off = r.Position;
            var flags = r.Index("element segment flags");
            if (flags > 7)
                throw r.Error($"element segment {i}: invalid flags {flags}", off);
            if ((flags & 3) == 2)
                r.Index("table index");
            if ((flags & 1) == 0)
                SkipConstExpr(r);
            var usesExprs = (flags & 4) != 0;
            if (flags is not (0 or 4))
            {
                if (usesExprs)
                {
                    ReadRefType(r, $"element segment {i}: the element type");
                }
                else
                {
                    var kOff = r.Position;
                    var kind = r.Byte();
                    if (kind != 0)
                        throw r.Error($"element segment {i}: unknown element kind 0x{kind:x2}", kOff);
                }
            }
            var count = r.Count("element");
            for (var j = 0; j < count; j++)
            {
                if (usesExprs)
                {
                    SkipConstExpr(r);
                }
                else
                {
                    var fOff = r.Position;
                    var f = r.Index("function index");
                    if (f >= _funcTypes.Count)
                        throw r.Error($"element segment {i}: function index {f} is out of range ({_funcTypes.Count} functions)", fOff);
                }
            }
            _elementCount++;
        }
    }

    private void ReadCode(ByteReader r)
    {
        var n = r.Count("function body");
        for (var i = 0; i < n; i++)
        {
            var size = r.Index("function body size");
            r.Skip(size, $"function body {i}");
            _codeSizes.Add(size);
        }
        _codeCount = n;
    }

    private void ReadData(ByteReader r)
    {
        var n = r.Count("data segment");
        for (var i = 0; i < n; i++)
        {
            var off = r.Position;
            var flags = r.Index("data segment flags");
            switch (flags)
            {
                case 0: SkipConstExpr(r); break;
                case 1: break;
                case 2: r.Index("memory index"); SkipConstExpr(r); break;
                default: throw r.Error($"data segment {i}: invalid flags {flags}", off);
            }
            var len = r.Count("data segment length");
            r.Skip(len, $"data segment {i}");
        }
        _dataSegments = n;
    }

    private void ReadCustom(ByteReader r)
    {
        var name = r.Name("custom section name");
        _customs.Add(new CustomSection(name, r.Position, r.Remaining));
        r.Skip(r.Remaining, "custom section payload");
    }

    /// <summary>Skip a constant expression up to its <c>end</c>, decoding each instruction's
    /// immediates so that an 0x0b inside an immediate is not taken for the end.</summary>
    private void SkipConstExpr(ByteReader r)
    {
        while (true)
        {
            var off = r.Position;
            var op = r.Byte();
            switch (op)
            {
                case 0x0b: return;
                case 0x41: r.S32(); break;
                case 0x42: r.S64(); break;
                case 0x43: r.Skip(4, "f32 constant"); break;
                case 0x44: r.Skip(8, "f64 constant"); break;
                case 0x23: r.Index("global index"); break;
                case 0xd0: ReadHeapType(r, null); break;
                case 0xd2: r.Index("function index"); break;
                case 0x6a or 0x6b or 0x6c or 0x7c or 0x7d or 0x7e: break; // extended-const arithmetic
                case 0xfb:
                {
                    var sub = r.U32();
                    switch (sub)
                    {
                        case 0 or 1 or 6 or 7: ReadGcTypeIndex(r); break; // struct.new(_default), array.new(_default)
                        case 8: ReadGcTypeIndex(r); r.U32(); break;       // array.new_fixed
                        case 0x1a or 0x1b or 0x1c: break;                 // any.convert_extern, extern.convert_any, ref.i31
                        default: throw r.Error($"instruction 0xfb {sub} is not allowed in a constant expression", off);
                    }
                    break;
                }
                case 0xfd:
                {
                    var sub = r.U32();
                    if (sub != 12)
                        throw r.Error($"instruction 0xfd {sub} is not allowed in a constant expression", off);
                    r.Skip(16, "v128 constant");
                    break;
                }
                default:
                    throw r.Error($"opcode 0x{op:x2} is not allowed in a constant expression", off);
            }
        }
    }

    private void ReadGcTypeIndex(ByteReader r)
    {
        var off = r.Position;
        var idx = r.Index("type index");
        if (idx >= _types.Count)
            throw r.Error($"type index {idx} is out of range ({_types.Count} types)", off);
    }
}
