namespace Clysm.Reference.Wasm;

/// <summary>An instruction sequence. Function and global indices are known only when the module is
/// written (imports are added late and come first), so the code records where each goes and
/// <see cref="Finish"/> inserts them there, as short as their LEB128 encoding allows (wasm code
/// holds no byte offsets, so the instructions after an index may move).</summary>
public sealed class Code
{
    private readonly List<byte> _b = new();
    private readonly List<(int At, object Target)> _fixups = new();   // a WasmFunc or a WasmGlobal, in order of At

    public byte[] Finish()
    {
        if (_fixups.Count == 0) return _b.ToArray();
        var o = new List<byte>(_b.Count + 2 * _fixups.Count);
        int from = 0;
        foreach (var (at, target) in _fixups)
        {
            for (int k = from; k < at; k++) o.Add(_b[k]);
            from = at;
            var (index, name) = target switch
            {
                WasmFunc f => (f.Index, "function " + f.Name),
                WasmGlobal g => (g.Index, "global " + (g.ImportName ?? "(defined)")),
                _ => throw new InvalidOperationException("bad fixup"),
            };
            if (index < 0) throw new InvalidOperationException(name + " not placed");
            Leb128.Unsigned(o, (uint)index);
        }
        for (int k = from; k < _b.Count; k++) o.Add(_b[k]);
        return o.ToArray();
    }

    public Code Op(byte op) { _b.Add(op); return this; }
    public Code Unsigned(uint v) { Leb128.Unsigned(_b, v); return this; }
    private Code Gc(byte sub) { _b.Add(0xFB); Leb128.Unsigned(_b, sub); return this; }
    private Code Index(WasmFunc f) { f.Used = true; _fixups.Add((_b.Count, f)); return this; }
    private Code Index(WasmGlobal g) { g.Used = true; _fixups.Add((_b.Count, g)); return this; }

    public Code Append(Code other)
    {
        int baseAt = _b.Count;
        _b.AddRange(other._b);
        foreach (var (at, f) in other._fixups) _fixups.Add((baseAt + at, f));
        return this;
    }

    // control
    public Code Unreachable() => Op(0x00);
    public Code BlockType(WasmValueType? t)
    {
        if (t is { } v) v.Write(_b); else _b.Add(0x40);
        return this;
    }
    public Code Block(WasmValueType? t = null) { Op(0x02); return BlockType(t); }
    public Code Loop(WasmValueType? t = null) { Op(0x03); return BlockType(t); }
    public Code If(WasmValueType? t = null) { Op(0x04); return BlockType(t); }
    public Code BlockFuncType(byte op, int typeIndex) { Op(op); Leb128.Signed(_b, typeIndex); return this; }
    public Code Else() => Op(0x05);
    public Code End() => Op(0x0B);
    public Code Br(int depth) { Op(0x0C); return Unsigned((uint)depth); }
    public Code BrIf(int depth) { Op(0x0D); return Unsigned((uint)depth); }
    public Code BrTable(IReadOnlyList<int> depths, int dflt)
    {
        Op(0x0E); Unsigned((uint)depths.Count); foreach (var d in depths) Unsigned((uint)d); return Unsigned((uint)dflt);
    }
    public Code Return() => Op(0x0F);
    public Code Call(WasmFunc f) { Op(0x10); return Index(f); }
    public Code ReturnCall(WasmFunc f) { Op(0x12); return Index(f); }
    public Code CallRef(int typeIndex) { Op(0x14); return Unsigned((uint)typeIndex); }
    public Code Drop() => Op(0x1A);
    public Code Select() => Op(0x1B);
    public Code Throw(int tag) { Op(0x08); return Unsigned((uint)tag); }
    public Code ThrowRef() => Op(0x0A);
    /// <summary>try_table with catch clauses (kind 0 catch, 1 catch_ref, 2 catch_all, 3 catch_all_ref).</summary>
    public Code TryTable(WasmValueType? t, params (byte Kind, int Tag, int Label)[] catches)
    {
        Op(0x1F); BlockType(t); Unsigned((uint)catches.Length);
        foreach (var c in catches) { _b.Add(c.Kind); if (c.Kind < 2) Unsigned((uint)c.Tag); Unsigned((uint)c.Label); }
        return this;
    }

    // variables
    public Code LocalGet(int i) { Op(0x20); return Unsigned((uint)i); }
    public Code LocalSet(int i) { Op(0x21); return Unsigned((uint)i); }
    public Code LocalTee(int i) { Op(0x22); return Unsigned((uint)i); }
    public Code GlobalGet(WasmGlobal g) { Op(0x23); return Index(g); }
    public Code GlobalSet(WasmGlobal g) { Op(0x24); return Index(g); }

    // constants and numerics
    public Code I32(int v) { Op(0x41); Leb128.Signed(_b, v); return this; }
    public Code I64(long v) { Op(0x42); Leb128.Signed(_b, v); return this; }
    public Code F32(float v) { Op(0x43); _b.AddRange(BitConverter.GetBytes(BitConverter.SingleToInt32Bits(v))); return this; }
    public Code F64(double v) { Op(0x44); _b.AddRange(BitConverter.GetBytes(BitConverter.DoubleToInt64Bits(v))); return this; }

    // references
    public Code RefNull(byte heapType) { Op(0xD0); _b.Add(heapType); return this; }
    public Code RefNullT(int typeIndex) { Op(0xD0); Leb128.Signed(_b, typeIndex); return this; }
    public Code RefIsNull() => Op(0xD1);
    public Code RefFunc(WasmFunc f) { f.Referenced = true; Op(0xD2); return Index(f); }
    public Code RefEq() => Op(0xD3);
    public Code RefAsNonNull() => Op(0xD4);

    // GC
    public Code StructNew(int t) { Gc(0); return Unsigned((uint)t); }
    public Code StructGet(int t, int field) { Gc(2); Unsigned((uint)t); return Unsigned((uint)field); }
    public Code StructSet(int t, int field) { Gc(5); Unsigned((uint)t); return Unsigned((uint)field); }
    public Code ArrayNew(int t) { Gc(6); return Unsigned((uint)t); }
    public Code ArrayNewDefault(int t) { Gc(7); return Unsigned((uint)t); }
    public Code ArrayNewFixed(int t, int n) { Gc(8); Unsigned((uint)t); return Unsigned((uint)n); }
    public Code ArrayGet(int t) { Gc(11); return Unsigned((uint)t); }
    public Code ArrayGetU(int t) { Gc(13); return Unsigned((uint)t); }
    public Code ArraySet(int t) { Gc(14); return Unsigned((uint)t); }
    public Code ArrayLen() => Gc(15);
    public Code ArrayCopy(int dst, int src) { Gc(17); Unsigned((uint)dst); return Unsigned((uint)src); }
    public Code RefTest(int t) { Gc(20); Leb128.Signed(_b, t); return this; }
    public Code RefTestAbs(byte heap) { Gc(20); _b.Add(heap); return this; }
    public Code RefCast(int t) { Gc(22); Leb128.Signed(_b, t); return this; }
    public Code RefCastNull(int t) { Gc(23); Leb128.Signed(_b, t); return this; }
    public Code RefCastNullAbs(byte heap) { Gc(23); _b.Add(heap); return this; }
    public Code RefI31() => Gc(28);
    public Code I31GetS() => Gc(29);
    public Code AnyConvertExtern() => Gc(26);
    public Code ExternConvertAny() => Gc(27);
}
