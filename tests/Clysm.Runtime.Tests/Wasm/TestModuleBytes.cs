using System.Text;

namespace Clysm.Runtime.Tests.Wasm;

/// <summary>Byte-level encoders for hand-built test modules (so no binaries are committed).</summary>
internal static class Enc
{
    public const byte I32 = 0x7f, I64 = 0x7e, F32 = 0x7d, F64 = 0x7c, V128 = 0x7b;
    public const byte FuncRef = 0x70, ExternRef = 0x6f, AnyRef = 0x6e, EqRef = 0x6d, I31Ref = 0x6c,
        StructRef = 0x6b, ArrayRef = 0x6a, ExnRef = 0x69, NullRef = 0x71, NullFuncRef = 0x73,
        NullExternRef = 0x72, NullExnRef = 0x74;
    public const byte I8 = 0x78, I16 = 0x77;

    public static byte[] U32(uint v)
    {
        var list = new List<byte>();
        do
        {
            var b = (byte)(v & 0x7f);
            v >>= 7;
            list.Add(v != 0 ? (byte)(b | 0x80) : b);
        } while (v != 0);
        return [.. list];
    }

    public static byte[] S64(long v)
    {
        var list = new List<byte>();
        while (true)
        {
            var b = (byte)(v & 0x7f);
            v >>= 7;
            var done = (v == 0 && (b & 0x40) == 0) || (v == -1 && (b & 0x40) != 0);
            list.Add(done ? b : (byte)(b | 0x80));
            if (done)
                return [.. list];
        }
    }

    public static byte[] Cat(params byte[][] parts) => parts.SelectMany(p => p).ToArray();

    public static byte[] Vec(params byte[][] items) => Cat([U32((uint)items.Length), .. items]);

    public static byte[] Name(string s)
    {
        var b = Encoding.UTF8.GetBytes(s);
        return Cat(U32((uint)b.Length), b);
    }

    public static byte[] Section(byte id, byte[] content) => Cat([id], U32((uint)content.Length), content);

    public static byte[] Header => [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];

    public static byte[] Module(params byte[][] sections) => Cat([Header, .. sections]);

    // ---- types ----
    public static byte[] Val(byte code) => [code];
    public static byte[] RefNull(int typeIndex) => Cat([0x63], S64(typeIndex));
    public static byte[] Ref(int typeIndex) => Cat([0x64], S64(typeIndex));
    public static byte[] RefNullAbs(byte code) => [0x63, code];
    public static byte[] RefAbs(byte code) => [0x64, code];

    public static byte[] Func(byte[][] ps, byte[][] rs) => Cat([0x60], Vec(ps), Vec(rs));
    public static byte[] Func(params byte[] ps) => Func(ps.Select(p => new[] { p }).ToArray(), []);
    public static byte[] Field(byte[] storage, bool mutable) => Cat(storage, [mutable ? (byte)1 : (byte)0]);
    public static byte[] Struct(params byte[][] fields) => Cat([0x5f], Vec(fields));
    public static byte[] Array(byte[] field) => Cat([0x5e], field);
    public static byte[] Sub(bool final, int[] supers, byte[] composite) =>
        Cat([final ? (byte)0x4f : (byte)0x50], Vec(supers.Select(s => U32((uint)s)).ToArray()), composite);
    public static byte[] Rec(params byte[][] subtypes) => Cat([0x4e], Vec(subtypes));

    public static byte[] End => [0x0b];
    public static byte[] I32Const(int v) => Cat([0x41], S64(v));

    /// <summary>A function body: no locals, the given instructions, then <c>end</c>.</summary>
    public static byte[] Body(params byte[] instructions) => Cat(U32((uint)instructions.Length + 2), [0x00], instructions, [0x0b]);
}

/// <summary>Builds a module section by section; indices are returned as things are added.</summary>
internal sealed class TestModuleBuilder
{
    private readonly List<byte[]> _types = [];
    private int _typeCount;
    private readonly List<byte[]> _imports = [];
    private readonly List<byte[]> _funcs = [];
    private readonly List<byte[]> _bodies = [];
    private readonly List<byte[]> _tables = [];
    private readonly List<byte[]> _memories = [];
    private readonly List<byte[]> _globals = [];
    private readonly List<byte[]> _exports = [];
    private readonly List<byte[]> _tags = [];
    private readonly List<byte[]> _elements = [];
    private readonly List<byte[]> _data = [];
    private readonly List<(string Name, byte[] Payload)> _customs = [];
    private int _funcCount;
    private int? _start;
    public bool DataCount { get; set; }

    public int Type(byte[] compositeOrSub)
    {
        _types.Add(compositeOrSub);
        return _typeCount++;
    }

    /// <summary>A rec group of <paramref name="count"/> subtypes; returns the first index.</summary>
    public int Rec(int count, byte[] encodedGroup)
    {
        _types.Add(encodedGroup);
        var first = _typeCount;
        _typeCount += count;
        return first;
    }

    public int ImportFunc(string module, string name, int typeIndex)
    {
        _imports.Add(Enc.Cat(Enc.Name(module), Enc.Name(name), [0x00], Enc.U32((uint)typeIndex)));
        return _funcCount++;
    }

    public void ImportRaw(string module, string name, byte[] desc)
    {
        _imports.Add(Enc.Cat(Enc.Name(module), Enc.Name(name), desc));
        if (desc.Length > 0 && desc[0] == 0x00)
            _funcCount++;
    }

    public int Func(int typeIndex, byte[]? body = null)
    {
        _funcs.Add(Enc.U32((uint)typeIndex));
        _bodies.Add(body ?? Enc.Body(0x00)); // unreachable
        return _funcCount++;
    }

    public void Export(string name, byte kind, int index) =>
        _exports.Add(Enc.Cat(Enc.Name(name), [kind], Enc.U32((uint)index)));

    public void ExportFunc(string name, int index) => Export(name, 0, index);

    public void Table(byte[] tableType) => _tables.Add(tableType);
    public void Memory(byte[] limits) => _memories.Add(limits);
    public void Global(byte[] valType, bool mutable, byte[] init) =>
        _globals.Add(Enc.Cat(valType, [mutable ? (byte)1 : (byte)0], init));
    public void Tag(int typeIndex) => _tags.Add(Enc.Cat([0x00], Enc.U32((uint)typeIndex)));
    public void Element(byte[] segment) => _elements.Add(segment);
    public void Data(byte[] segment) => _data.Add(segment);
    public void Start(int func) => _start = func;
    public void Custom(string name, byte[] payload) => _customs.Add((name, payload));

    /// <summary>The sections in the required order (with their ids), custom sections last.</summary>
    public List<(byte Id, byte[] Content)> Sections()
    {
        var s = new List<(byte, byte[])>();
        void Add(byte id, List<byte[]> items)
        {
            if (items.Count > 0)
                s.Add((id, Enc.Vec([.. items])));
        }
        Add(1, _types);
        Add(2, _imports);
        Add(3, _funcs);
        Add(4, _tables);
        Add(5, _memories);
        Add(13, _tags);
        Add(6, _globals);
        Add(7, _exports);
        if (_start is { } st)
            s.Add((8, Enc.U32((uint)st)));
        Add(9, _elements);
        if (DataCount)
            s.Add((12, Enc.U32((uint)_data.Count)));
        Add(10, _bodies);
        Add(11, _data);
        foreach (var (name, payload) in _customs)
            s.Add((0, Enc.Cat(Enc.Name(name), payload)));
        return s;
    }

    public byte[] Build() => Enc.Module(Sections().Select(x => Enc.Section(x.Id, x.Content)).ToArray());
}

/// <summary>Ready-made modules shared by the tests.</summary>
internal static class Samples
{
    /// <summary>A module with every standard section (and a custom one), all sizes below 128.</summary>
    public static TestModuleBuilder KitchenSink()
    {
        var b = new TestModuleBuilder { DataCount = true };
        var bytes = b.Type(Enc.Array(Enc.Field([Enc.I8], true)));        // 0
        var start = b.Type(Enc.Func([], [[Enc.I32]]));                     // 1
        var wc = b.Type(Enc.Func(Enc.I32, Enc.I32));                        // 2
        var tagT = b.Type(Enc.Func(Enc.AnyRef, Enc.AnyRef));                // 3
        b.ImportFunc("clysm:io", "write-char", wc);
        b.Table(Enc.Cat([Enc.FuncRef], [0x00, 0x01]));
        b.Memory([0x01, 0x01, 0x02]);
        b.Tag(tagT);
        b.Global([Enc.I32], true, Enc.Cat(Enc.I32Const(11), Enc.End));      // 11 = 0x0b inside the immediate
        b.Global(Enc.RefNull(bytes), false, Enc.Cat([0xd0], Enc.S64(bytes), Enc.End));
        var unit = b.Type(Enc.Func());                                      // 4
        var f = b.Func(start, Enc.Body(0x41, 0x2a));                          // i32.const 42
        var init = b.Func(unit, Enc.Body());
        b.ExportFunc("_start", f);
        b.Export("mem", 2, 0);
        b.Start(init);
        b.Element(Enc.Cat(Enc.U32(0), Enc.I32Const(0), Enc.End, Enc.Vec(Enc.U32((uint)f))));
        b.Data(Enc.Cat(Enc.U32(0), Enc.I32Const(0), Enc.End, Enc.Vec([0x68], [0x69])));
        b.Custom("name", [0x00, 0x01, 0x02]);
        return b;
    }
}
