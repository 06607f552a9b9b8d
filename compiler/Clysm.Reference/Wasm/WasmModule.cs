using System.Text;

namespace Clysm.Reference.Wasm;

/// <summary>Value type bytes of the binary format (GC proposal, final encoding).</summary>
public static class VT
{
    public const byte I32 = 0x7F, I64 = 0x7E, F32 = 0x7D, F64 = 0x7C, AnyRef = 0x6E, EqRef = 0x6D, I31Ref = 0x6C,
        FuncRef = 0x70, ExternRef = 0x6F, ExnRef = 0x69, I8 = 0x78;
    public const byte RefNull = 0x63, Ref = 0x64;
}

/// <summary>A value type: a single byte, or (ref null? $t).</summary>
public readonly record struct ValType(byte Code, int TypeIndex = -1)
{
    public static readonly ValType I32 = new(VT.I32), I64 = new(VT.I64), F32 = new(VT.F32), F64 = new(VT.F64), Any = new(VT.AnyRef),
        Eq = new(VT.EqRef), I31 = new(VT.I31Ref), Exn = new(VT.ExnRef), Func = new(VT.FuncRef), Extern = new(VT.ExternRef);
    public static ValType RefNull(int t) => new(VT.RefNull, t);
    public static ValType Ref(int t) => new(VT.Ref, t);

    public void Write(List<byte> o)
    {
        o.Add(Code);
        if (Code is VT.RefNull or VT.Ref) Leb.S(o, TypeIndex);
    }
}

public static class Leb
{
    public static void U(List<byte> o, ulong v)
    {
        do { byte b = (byte)(v & 0x7F); v >>= 7; if (v != 0) b |= 0x80; o.Add(b); } while (v != 0);
    }
    public static void S(List<byte> o, long v)
    {
        while (true)
        {
            byte b = (byte)(v & 0x7F); v >>= 7;
            bool done = (v == 0 && (b & 0x40) == 0) || (v == -1 && (b & 0x40) != 0);
            if (!done) b |= 0x80;
            o.Add(b);
            if (done) return;
        }
    }
    /// <summary>A u32 in exactly 5 bytes, so it can be patched once final indices are known.</summary>
    public static void Padded(List<byte> o, uint v)
    {
        for (int i = 0; i < 4; i++) { o.Add((byte)((v & 0x7F) | 0x80)); v >>= 7; }
        o.Add((byte)(v & 0x7F));
    }
    public static void PatchPadded(byte[] buf, int at, uint v)
    {
        for (int i = 0; i < 4; i++) { buf[at + i] = (byte)((v & 0x7F) | 0x80); v >>= 7; }
        buf[at + 4] = (byte)(v & 0x7F);
    }
    public static void Name(List<byte> o, string s)
    {
        var b = Encoding.UTF8.GetBytes(s);
        U(o, (ulong)b.Length); o.AddRange(b);
    }
}

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
    public List<ValType> Locals { get; } = new();
    internal int Index = -1;
    internal bool Referenced; // by ref.func: needs a declarative element segment
}

public sealed class WasmGlobal
{
    internal WasmGlobal(int index, ValType type, bool mutable, Code init) { Index = index; Type = type; Mutable = mutable; Init = init; }
    public int Index { get; }
    public ValType Type { get; }
    public bool Mutable { get; }
    public Code Init { get; }
}

/// <summary>Builds one module in binary format. Types are appended (a rec group or a plain type);
/// functions, globals, tags and exports are added in any order.</summary>
public sealed class ModuleBuilder
{
    private readonly List<byte[]> _typeEntries = new(); // encoded entries of the type section
    private int _typeCount;
    private readonly Dictionary<string, int> _funcTypes = new();
    private readonly List<WasmFunc> _funcs = new();
    private readonly List<WasmGlobal> _globals = new();
    private readonly List<int> _tags = new();
    private readonly List<(string Name, byte Kind, Func<uint> Index)> _exports = new();

    /// <summary>Add a rec group of composite types given as encoders; returns the first index.</summary>
    public int AddRecGroup(params Action<List<byte>>[] types)
    {
        var o = new List<byte> { 0x4E };
        Leb.U(o, (ulong)types.Length);
        foreach (var t in types) t(o);
        _typeEntries.Add(o.ToArray());
        int first = _typeCount; _typeCount += types.Length; return first;
    }

    public int AddType(Action<List<byte>> type)
    {
        var o = new List<byte>(); type(o); _typeEntries.Add(o.ToArray()); return _typeCount++;
    }

    public static Action<List<byte>> Struct(params (ValType T, bool Mut)[] fields) => o =>
    {
        o.Add(0x5F); Leb.U(o, (ulong)fields.Length);
        foreach (var f in fields) { f.T.Write(o); o.Add(f.Mut ? (byte)1 : (byte)0); }
    };
    public static Action<List<byte>> Array(ValType elem, bool mut) => o => { o.Add(0x5E); elem.Write(o); o.Add(mut ? (byte)1 : (byte)0); };
    public static Action<List<byte>> PackedArray(byte packed, bool mut) => o => { o.Add(0x5E); o.Add(packed); o.Add(mut ? (byte)1 : (byte)0); };
    public static Action<List<byte>> FuncT(ValType[] ps, ValType[] rs) => o =>
    {
        o.Add(0x60); Leb.U(o, (ulong)ps.Length); foreach (var p in ps) p.Write(o);
        Leb.U(o, (ulong)rs.Length); foreach (var r in rs) r.Write(o);
    };

    /// <summary>A plain function type, shared by identical signatures.</summary>
    public int FuncType(ValType[] ps, ValType[] rs)
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

    public WasmGlobal Global(ValType t, bool mutable, Code init)
    {
        var g = new WasmGlobal(_globals.Count, t, mutable, init); _globals.Add(g); return g;
    }

    public int Tag(int funcTypeIndex) { _tags.Add(funcTypeIndex); return _tags.Count - 1; }

    public void ExportFunc(string name, WasmFunc f) => _exports.Add((name, 0, () => (uint)f.Index));

    public IReadOnlyList<WasmFunc> Functions => _funcs;

    public byte[] Build()
    {
        int i = 0;
        foreach (var f in _funcs.Where(f => f.IsImport)) f.Index = i++;
        foreach (var f in _funcs.Where(f => !f.IsImport)) f.Index = i++;
        var defined = _funcs.Where(f => !f.IsImport).ToList();
        foreach (var f in defined)
            if (f.Body == null) throw new InvalidOperationException($"function {f.Name} has no body");

        var m = new List<byte> { 0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00 };
        Section(m, 1, o => { Leb.U(o, (ulong)_typeEntries.Count); foreach (var t in _typeEntries) o.AddRange(t); });
        var imports = _funcs.Where(f => f.IsImport).ToList();
        if (imports.Count > 0)
            Section(m, 2, o =>
            {
                Leb.U(o, (ulong)imports.Count);
                foreach (var f in imports) { Leb.Name(o, f.ImportModule!); Leb.Name(o, f.ImportName!); o.Add(0); Leb.U(o, (ulong)f.TypeIndex); }
            });
        Section(m, 3, o => { Leb.U(o, (ulong)defined.Count); foreach (var f in defined) Leb.U(o, (ulong)f.TypeIndex); });
        if (_tags.Count > 0)
            Section(m, 13, o => { Leb.U(o, (ulong)_tags.Count); foreach (var t in _tags) { o.Add(0); Leb.U(o, (ulong)t); } });
        if (_globals.Count > 0)
            Section(m, 6, o =>
            {
                Leb.U(o, (ulong)_globals.Count);
                foreach (var g in _globals) { g.Type.Write(o); o.Add(g.Mutable ? (byte)1 : (byte)0); o.AddRange(g.Init.Finish()); o.Add(0x0B); }
            });
        if (_exports.Count > 0)
            Section(m, 7, o =>
            {
                Leb.U(o, (ulong)_exports.Count);
                foreach (var e in _exports) { Leb.Name(o, e.Name); o.Add(e.Kind); Leb.U(o, e.Index()); }
            });
        // Bodies are finished first: that is where ref.func marks functions as referenced.
        var bodies = defined.Select(f => f.Body!.Finish()).ToList();
        var declared = _funcs.Where(f => f.Referenced).ToList();
        if (declared.Count > 0)
            Section(m, 9, o =>
            {
                o.Add(1); o.Add(3); o.Add(0); // one declarative segment of function indices
                Leb.U(o, (ulong)declared.Count); foreach (var f in declared) Leb.U(o, (ulong)f.Index);
            });
        Section(m, 10, o =>
        {
            Leb.U(o, (ulong)defined.Count);
            for (int k = 0; k < defined.Count; k++)
            {
                var f = defined[k];
                var b = new List<byte>();
                var groups = new List<(int N, ValType T)>();
                foreach (var l in f.Locals)
                    if (groups.Count > 0 && groups[^1].T == l) groups[^1] = (groups[^1].N + 1, l); else groups.Add((1, l));
                Leb.U(b, (ulong)groups.Count);
                foreach (var g in groups) { Leb.U(b, (ulong)g.N); g.T.Write(b); }
                b.AddRange(bodies[k]); b.Add(0x0B);
                Leb.U(o, (ulong)b.Count); o.AddRange(b);
            }
        });
        return m.ToArray();
    }

    private static void Section(List<byte> m, byte id, Action<List<byte>> fill)
    {
        var o = new List<byte>(); fill(o);
        m.Add(id); Leb.U(m, (ulong)o.Count); m.AddRange(o);
    }
}

/// <summary>An instruction sequence. Function references are written as patchable placeholders.</summary>
public sealed class Code
{
    private readonly List<byte> _b = new();
    private readonly List<(int At, WasmFunc F)> _fixups = new();

    public int Length => _b.Count;

    public byte[] Finish()
    {
        var arr = _b.ToArray();
        foreach (var (at, f) in _fixups)
        {
            if (f.Index < 0) throw new InvalidOperationException($"function {f.Name} not placed");
            Leb.PatchPadded(arr, at, (uint)f.Index);
        }
        return arr;
    }

    public Code Op(byte op) { _b.Add(op); return this; }
    public Code U(uint v) { Leb.U(_b, v); return this; }
    private Code Gc(byte sub) { _b.Add(0xFB); Leb.U(_b, sub); return this; }
    private Code FuncIdx(WasmFunc f) { _fixups.Add((_b.Count, f)); Leb.Padded(_b, 0); return this; }

    public Code Append(Code other)
    {
        int baseAt = _b.Count;
        _b.AddRange(other._b);
        foreach (var (at, f) in other._fixups) _fixups.Add((baseAt + at, f));
        return this;
    }

    // control
    public Code Unreachable() => Op(0x00);
    public Code BlockType(ValType? t)
    {
        if (t is { } v) v.Write(_b); else _b.Add(0x40);
        return this;
    }
    public Code Block(ValType? t = null) { Op(0x02); return BlockType(t); }
    public Code Loop(ValType? t = null) { Op(0x03); return BlockType(t); }
    public Code If(ValType? t = null) { Op(0x04); return BlockType(t); }
    public Code BlockFuncType(byte op, int typeIndex) { Op(op); Leb.S(_b, typeIndex); return this; }
    public Code Else() => Op(0x05);
    public Code End() => Op(0x0B);
    public Code Br(int depth) { Op(0x0C); return U((uint)depth); }
    public Code BrIf(int depth) { Op(0x0D); return U((uint)depth); }
    public Code BrTable(IReadOnlyList<int> depths, int dflt)
    {
        Op(0x0E); U((uint)depths.Count); foreach (var d in depths) U((uint)d); return U((uint)dflt);
    }
    public Code Return() => Op(0x0F);
    public Code Call(WasmFunc f) { Op(0x10); return FuncIdx(f); }
    public Code ReturnCall(WasmFunc f) { Op(0x12); return FuncIdx(f); }
    public Code CallRef(int typeIndex) { Op(0x14); return U((uint)typeIndex); }
    public Code Drop() => Op(0x1A);
    public Code Select() => Op(0x1B);
    public Code Throw(int tag) { Op(0x08); return U((uint)tag); }
    public Code ThrowRef() => Op(0x0A);
    /// <summary>try_table with catch clauses (kind 0 catch, 1 catch_ref, 2 catch_all, 3 catch_all_ref).</summary>
    public Code TryTable(ValType? t, params (byte Kind, int Tag, int Label)[] catches)
    {
        Op(0x1F); BlockType(t); U((uint)catches.Length);
        foreach (var c in catches) { _b.Add(c.Kind); if (c.Kind < 2) U((uint)c.Tag); U((uint)c.Label); }
        return this;
    }

    // variables
    public Code LocalGet(int i) { Op(0x20); return U((uint)i); }
    public Code LocalSet(int i) { Op(0x21); return U((uint)i); }
    public Code LocalTee(int i) { Op(0x22); return U((uint)i); }
    public Code GlobalGet(WasmGlobal g) { Op(0x23); return U((uint)g.Index); }
    public Code GlobalSet(WasmGlobal g) { Op(0x24); return U((uint)g.Index); }

    // constants and numerics
    public Code I32(int v) { Op(0x41); Leb.S(_b, v); return this; }
    public Code I64(long v) { Op(0x42); Leb.S(_b, v); return this; }
    public Code F32(float v) { Op(0x43); _b.AddRange(BitConverter.GetBytes(BitConverter.SingleToInt32Bits(v))); return this; }
    public Code F64(double v) { Op(0x44); _b.AddRange(BitConverter.GetBytes(BitConverter.DoubleToInt64Bits(v))); return this; }

    // references
    public Code RefNull(byte heapType) { Op(0xD0); _b.Add(heapType); return this; }
    public Code RefNullT(int typeIndex) { Op(0xD0); Leb.S(_b, typeIndex); return this; }
    public Code RefIsNull() => Op(0xD1);
    public Code RefFunc(WasmFunc f) { f.Referenced = true; Op(0xD2); return FuncIdx(f); }
    public Code RefEq() => Op(0xD3);
    public Code RefAsNonNull() => Op(0xD4);

    // GC
    public Code StructNew(int t) { Gc(0); return U((uint)t); }
    public Code StructGet(int t, int field) { Gc(2); U((uint)t); return U((uint)field); }
    public Code StructSet(int t, int field) { Gc(5); U((uint)t); return U((uint)field); }
    public Code ArrayNew(int t) { Gc(6); return U((uint)t); }
    public Code ArrayNewDefault(int t) { Gc(7); return U((uint)t); }
    public Code ArrayNewFixed(int t, int n) { Gc(8); U((uint)t); return U((uint)n); }
    public Code ArrayGet(int t) { Gc(11); return U((uint)t); }
    public Code ArrayGetU(int t) { Gc(13); return U((uint)t); }
    public Code ArraySet(int t) { Gc(14); return U((uint)t); }
    public Code ArrayLen() => Gc(15);
    public Code ArrayCopy(int dst, int src) { Gc(17); U((uint)dst); return U((uint)src); }
    public Code RefTest(int t) { Gc(20); Leb.S(_b, t); return this; }
    public Code RefTestAbs(byte heap) { Gc(20); _b.Add(heap); return this; }
    public Code RefCast(int t) { Gc(22); Leb.S(_b, t); return this; }
    public Code RefCastNull(int t) { Gc(23); Leb.S(_b, t); return this; }
    public Code RefCastNullAbs(byte heap) { Gc(23); _b.Add(heap); return this; }
    public Code RefI31() => Gc(28);
    public Code I31GetS() => Gc(29);
    public Code AnyConvertExtern() => Gc(26);
    public Code ExternConvertAny() => Gc(27);
}
