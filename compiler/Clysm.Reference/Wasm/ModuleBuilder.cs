namespace Clysm.Reference.Wasm;

/// <summary>Builds one module in binary format. Types are appended (a rec group or a plain type);
/// functions, globals, tags and exports are added in any order.</summary>
public sealed class ModuleBuilder
{
    private readonly List<byte[]> _typeEntries = new(); // encoded entries of the type section
    private int _typeCount;
    private readonly Dictionary<string, int> _funcTypes = new();
    private readonly List<WasmFunc> _funcs = new();
    private readonly List<WasmGlobal> _globals = new();
    private readonly List<(string Module, string Name, int Type)> _tagImports = new();
    private readonly List<int> _tags = new();
    private readonly List<(string Name, byte Kind, Func<uint> Index)> _exports = new();
    private readonly HashSet<string> _exportNames = new(StringComparer.Ordinal);
    private WasmFunc? _start;

    /// <summary>Add a rec group of composite types given as encoders; returns the first index.</summary>
    public int AddRecGroup(params Action<List<byte>>[] types)
    {
        var o = new List<byte> { 0x4E };
        Leb128.Unsigned(o, (ulong)types.Length);
        foreach (var t in types) t(o);
        _typeEntries.Add(o.ToArray());
        int first = _typeCount; _typeCount += types.Length; return first;
    }

    public int AddType(Action<List<byte>> type)
    {
        var o = new List<byte>(); type(o); _typeEntries.Add(o.ToArray()); return _typeCount++;
    }

    public static Action<List<byte>> Struct(params (WasmValueType T, bool Mut)[] fields) => o =>
    {
        o.Add(0x5F); Leb128.Unsigned(o, (ulong)fields.Length);
        foreach (var f in fields) { f.T.Write(o); o.Add(f.Mut ? (byte)1 : (byte)0); }
    };
    public static Action<List<byte>> Array(WasmValueType elem, bool mut) => o => { o.Add(0x5E); elem.Write(o); o.Add(mut ? (byte)1 : (byte)0); };
    public static Action<List<byte>> PackedArray(byte packed, bool mut) => o => { o.Add(0x5E); o.Add(packed); o.Add(mut ? (byte)1 : (byte)0); };
    public static Action<List<byte>> FuncT(WasmValueType[] ps, WasmValueType[] rs) => o =>
    {
        o.Add(0x60); Leb128.Unsigned(o, (ulong)ps.Length); foreach (var p in ps) p.Write(o);
        Leb128.Unsigned(o, (ulong)rs.Length); foreach (var r in rs) r.Write(o);
    };

    /// <summary>A plain function type, shared by identical signatures.</summary>
    public int FuncType(WasmValueType[] ps, WasmValueType[] rs)
    {
        var key = string.Join(",", ps) + "->" + string.Join(",", rs);
        if (!_funcTypes.TryGetValue(key, out var idx)) _funcTypes[key] = idx = AddType(FuncT(ps, rs));
        return idx;
    }

    public WasmFunc Import(string module, string name, int typeIndex)
    {
        var f = new WasmFunc(module + "." + name, typeIndex) { ImportModule = module, ImportName = name };
        _funcs.Add(f); return f;
    }

    public WasmFunc Function(string name, int typeIndex)
    {
        var f = new WasmFunc(name, typeIndex); _funcs.Add(f); return f;
    }

    public WasmGlobal Global(WasmValueType t, bool mutable, Code init)
    {
        var g = new WasmGlobal(t, mutable, init); _globals.Add(g); return g;
    }

    public WasmGlobal ImportGlobal(string module, string name, WasmValueType t, bool mutable)
    {
        var g = new WasmGlobal(t, mutable, null) { ImportModule = module, ImportName = name }; _globals.Add(g); return g;
    }

    public int Tag(int funcTypeIndex) { _tags.Add(funcTypeIndex); return _tagImports.Count + _tags.Count - 1; }

    /// <summary>An imported tag. Tags are referred to by index as soon as they exist, so every imported
    /// tag must come before the first defined one.</summary>
    public int ImportTag(string module, string name, int funcTypeIndex)
    {
        if (_tags.Count > 0) throw new InvalidOperationException("a tag is imported after a tag was defined");
        _tagImports.Add((module, name, funcTypeIndex)); return _tagImports.Count - 1;
    }

    public void ExportFunc(string name, WasmFunc f) { f.Used = true; Export(name, 0, () => (uint)f.Index); }
    public void ExportGlobal(string name, WasmGlobal g) { g.Used = true; Export(name, 3, () => (uint)g.Index); }
    public void ExportTag(string name, int tag) => Export(name, 4, () => (uint)tag);

    private void Export(string name, byte kind, Func<uint> index)
    {
        if (!_exportNames.Add(name)) throw new InvalidOperationException("export " + name + " is defined twice");
        _exports.Add((name, kind, index));
    }

    /// <summary>The start function, run when the module is instantiated.</summary>
    public void Start(WasmFunc f) { f.Used = true; _start = f; }

    public IReadOnlyList<WasmFunc> Functions => _funcs;
    public IReadOnlyList<WasmGlobal> Globals => _globals;

    public byte[] Build()
    {
        // Imports nothing uses are dropped (a case module declares both imports of a function it
        // calls, the direct one and its entry, and uses one). Imports come first in each index space.
        var imports = _funcs.Where(f => f.IsImport && f.Used).ToList();
        var globalImports = _globals.Where(g => g.IsImport && g.Used).ToList();
        var definedGlobals = _globals.Where(g => !g.IsImport).ToList();
        int i = 0;
        foreach (var f in imports) f.Index = i++;
        foreach (var f in _funcs.Where(f => !f.IsImport)) f.Index = i++;
        i = 0;
        foreach (var g in globalImports) g.Index = i++;
        foreach (var g in definedGlobals) g.Index = i++;
        var defined = _funcs.Where(f => !f.IsImport).ToList();
        foreach (var f in defined)
            if (f.Body == null) throw new InvalidOperationException($"function {f.Name} has no body");

        var m = new List<byte> { 0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00 };
        Section(m, 1, o => { Leb128.Unsigned(o, (ulong)_typeEntries.Count); foreach (var t in _typeEntries) o.AddRange(t); });
        if (imports.Count + globalImports.Count + _tagImports.Count > 0)
            Section(m, 2, o =>
            {
                Leb128.Unsigned(o, (ulong)(imports.Count + globalImports.Count + _tagImports.Count));
                foreach (var f in imports) { Leb128.Name(o, f.ImportModule!); Leb128.Name(o, f.ImportName!); o.Add(0); Leb128.Unsigned(o, (ulong)f.TypeIndex); }
                foreach (var g in globalImports) { Leb128.Name(o, g.ImportModule!); Leb128.Name(o, g.ImportName!); o.Add(3); g.Type.Write(o); o.Add(g.Mutable ? (byte)1 : (byte)0); }
                foreach (var t in _tagImports) { Leb128.Name(o, t.Module); Leb128.Name(o, t.Name); o.Add(4); o.Add(0); Leb128.Unsigned(o, (ulong)t.Type); }
            });
        Section(m, 3, o => { Leb128.Unsigned(o, (ulong)defined.Count); foreach (var f in defined) Leb128.Unsigned(o, (ulong)f.TypeIndex); });
        if (_tags.Count > 0)
            Section(m, 13, o => { Leb128.Unsigned(o, (ulong)_tags.Count); foreach (var t in _tags) { o.Add(0); Leb128.Unsigned(o, (ulong)t); } });
        if (definedGlobals.Count > 0)
            Section(m, 6, o =>
            {
                Leb128.Unsigned(o, (ulong)definedGlobals.Count);
                foreach (var g in definedGlobals) { g.Type.Write(o); o.Add(g.Mutable ? (byte)1 : (byte)0); o.AddRange(g.Init!.Finish()); o.Add(0x0B); }
            });
        if (_exports.Count > 0)
            Section(m, 7, o =>
            {
                Leb128.Unsigned(o, (ulong)_exports.Count);
                foreach (var e in _exports) { Leb128.Name(o, e.Name); o.Add(e.Kind); Leb128.Unsigned(o, e.Index()); }
            });
        if (_start != null) Section(m, 8, o => Leb128.Unsigned(o, (ulong)_start.Index));
        // Bodies are finished first: that is where ref.func marks functions as referenced.
        var bodies = defined.Select(f => f.Body!.Finish()).ToList();
        var declared = _funcs.Where(f => f.Referenced).ToList();
        if (declared.Count > 0)
            Section(m, 9, o =>
            {
                o.Add(1); o.Add(3); o.Add(0); // one declarative segment of function indices
                Leb128.Unsigned(o, (ulong)declared.Count); foreach (var f in declared) Leb128.Unsigned(o, (ulong)f.Index);
            });
        Section(m, 10, o =>
        {
            Leb128.Unsigned(o, (ulong)defined.Count);
            for (int k = 0; k < defined.Count; k++)
            {
                var f = defined[k];
                var b = new List<byte>();
                var groups = new List<(int N, WasmValueType T)>();
                foreach (var l in f.Locals)
                    if (groups.Count > 0 && groups[^1].T == l) groups[^1] = (groups[^1].N + 1, l); else groups.Add((1, l));
                Leb128.Unsigned(b, (ulong)groups.Count);
                foreach (var g in groups) { Leb128.Unsigned(b, (ulong)g.N); g.T.Write(b); }
                b.AddRange(bodies[k]); b.Add(0x0B);
                Leb128.Unsigned(o, (ulong)b.Count); o.AddRange(b);
            }
        });
        return m.ToArray();
    }

    private static void Section(List<byte> m, byte id, Action<List<byte>> fill)
    {
        var o = new List<byte>(); fill(o);
        m.Add(id); Leb128.Unsigned(m, (ulong)o.Count); m.AddRange(o);
    }
}
