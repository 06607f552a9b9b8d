namespace Clysm.Runtime.Engine;

/// <summary>
/// The bridge that lets the host read and build a module's own GC strings when the module
/// exports no string channel (docs/stage-abi.md §3): a small module the suite generates whose type
/// section repeats the module's type section verbatim, so every type index and recursion group is
/// the same and the engine canonicalises the two string types as one (values made by either
/// instance pass the other's <c>ref.test</c>), followed by four function types and the four
/// string-channel functions over that type. Any engine can instantiate it next to the module; an
/// engine with direct access to GC arrays may use <see cref="CheckedModule.StringType"/> instead.
/// </summary>
internal static class GcBridge
{
    /// <summary>The bridge for the module's string type (a type index of the module).</summary>
    public static byte[] Build(CheckedModule module, int stringType)
    {
        var entries = module.Module.TypeEntries ?? throw new ArgumentException("the module has no type section", nameof(module));
        var types = module.Module.Types.Count;
        var s = (uint)stringType;
        const byte anyref = 0x6e, i32 = 0x7f;

        var typeSection = new List<byte>();
        U32(typeSection, (uint)entries.GroupCount + 4);
        typeSection.AddRange(module.Bytes.AsSpan(entries.Offset, entries.Length).ToArray());
        typeSection.AddRange([0x60, 1, anyref, 1, i32]);              // string-length (anyref) -> i32
        typeSection.AddRange([0x60, 2, anyref, i32, 1, i32]);         // string-byte (anyref i32) -> i32
        typeSection.AddRange([0x60, 1, i32, 1, anyref]);              // string-new (i32) -> anyref
        typeSection.AddRange([0x60, 3, anyref, i32, i32, 0]);         // string-set-byte (anyref i32 i32)

        var functions = new List<byte> { 4 };
        for (var i = 0; i < 4; i++) U32(functions, (uint)(types + i));

        string[] names = ["clysm:string-length", "clysm:string-byte", "clysm:string-new", "clysm:string-set-byte"];
        var exports = new List<byte> { 4 };
        for (var i = 0; i < 4; i++)
        {
            var name = System.Text.Encoding.UTF8.GetBytes(names[i]);
            U32(exports, (uint)name.Length);
            exports.AddRange(name);
            exports.Add(0x00);                                        // a function
            U32(exports, (uint)i);
        }

        byte[] Get(byte local) => [0x20, local];
        byte[] Cast() => [0xfb, 0x16, .. S33(s)];                     // ref.cast (ref $string)
        byte[][] bodies =
        [
            // (if (result i32) (ref.test (ref $string) x) (then (array.len (ref.cast x))) (else -1))
            [.. Get(0), 0xfb, 0x14, .. S33(s), 0x04, i32, .. Get(0), .. Cast(), 0xfb, 0x0f, 0x05, 0x41, 0x7f, 0x0b],
            [.. Get(0), .. Cast(), .. Get(1), 0xfb, 0x0d, .. LebU(s)],                  // array.get_u
            [.. Get(0), 0xfb, 0x07, .. LebU(s)],                                         // array.new_default
            [.. Get(0), .. Cast(), .. Get(1), .. Get(2), 0xfb, 0x0e, .. LebU(s)],       // array.set
        ];
        var code = new List<byte> { 4 };
        foreach (var body in bodies)
        {
            U32(code, (uint)body.Length + 2);
            code.Add(0);                                              // no locals
            code.AddRange(body);
            code.Add(0x0b);
        }

        var m = new List<byte> { 0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00 };
        Section(m, 1, typeSection);
        Section(m, 3, functions);
        Section(m, 7, exports);
        Section(m, 10, code);
        return m.ToArray();
    }

    private static void Section(List<byte> m, byte id, List<byte> content)
    {
        m.Add(id);
        U32(m, (uint)content.Count);
        m.AddRange(content);
    }

    private static void U32(List<byte> to, uint v) => to.AddRange(LebU(v));

    private static byte[] LebU(uint v)
    {
        var b = new List<byte>();
        do { var x = (byte)(v & 0x7f); v >>= 7; b.Add(v != 0 ? (byte)(x | 0x80) : x); } while (v != 0);
        return b.ToArray();
    }

    // A heap type is a signed LEB128 (s33): a type index must not look negative.
    private static byte[] S33(uint index)
    {
        var b = new List<byte>();
        long v = index;
        for (;;)
        {
            var x = (byte)(v & 0x7f);
            v >>= 7;
            if ((v == 0 && (x & 0x40) == 0) || (v == -1 && (x & 0x40) != 0)) { b.Add(x); return b.ToArray(); }
            b.Add((byte)(x | 0x80));
        }
    }
}
