using System.Text;

namespace Clysm.Runtime.Wasm;

/// <summary>
/// A cursor over one region of the module (the header or one section). Every read checks the
/// region's end, so malformed input becomes a <see cref="WasmLoadException"/> naming the region
/// and the absolute byte offset, never an index or overflow exception.
/// </summary>
internal sealed class ByteReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    private readonly byte[] _bytes;
    private readonly string? _path;

    public ByteReader(byte[] bytes, int start, int end, string region, string? path)
    {
        _bytes = bytes;
        Position = start;
        End = end;
        Region = region;
        _path = path;
    }

    public int Position { get; set; }
    public int End { get; }
    public string Region { get; }
    public int Remaining => End - Position;
    public bool AtEnd => Position >= End;

    public WasmLoadException Error(string what, int? offset = null) =>
        Fail(_path, $"{Region} at offset 0x{offset ?? Position:x}: {what}");

    public static WasmLoadException Fail(string? path, string message) =>
        new(ExitCode.EXIT_FAILURE, path is null ? message : $"{path}: {message}", path);

    public byte Byte()
    {
        if (Position >= End)
            throw Error($"unexpected end of the {Region}");
        return _bytes[Position++];
    }

    public byte PeekByte()
    {
        if (Position >= End)
            throw Error($"unexpected end of the {Region}");
        return _bytes[Position];
    }

    public void Skip(int count, string what)
    {
        if (count < 0 || count > Remaining)
            throw Error($"{what} of {count} bytes runs past the end of the {Region} ({Remaining} bytes left)");
        Position += count;
    }

    public uint U32() => (uint)Leb(32, signed: false);

    public ulong U64() => (ulong)Leb(64, signed: false);

    public int S32() => (int)Leb(32, signed: true);

    public long S33() => Leb(33, signed: true);

    public long S64() => Leb(64, signed: true);

    /// <summary>A u32 that must fit an int (counts, sizes, indices).</summary>
    public int Index(string what)
    {
        var start = Position;
        var v = U32();
        if (v > int.MaxValue)
            throw Error($"{what} {v} is too large", start);
        return (int)v;
    }

    /// <summary>A vector count; each element takes at least <paramref name="minElementSize"/> bytes,
    /// so a count the remaining bytes cannot hold is an error before anything is allocated.</summary>
    public int Count(string what, int minElementSize = 1)
    {
        var start = Position;
        var v = U32();
        if (v > (ulong)Remaining / (ulong)Math.Max(1, minElementSize))
            throw Error($"{what} count {v} is larger than the {Remaining} bytes left in the {Region} can hold", start);
        return (int)v;
    }

    public string Name(string what)
    {
        var start = Position;
        var len = Count(what + " length");
        try
        {
            var s = StrictUtf8.GetString(_bytes, Position, len);
            Position += len;
            return s;
        }
        catch (DecoderFallbackException)
        {
            throw Error($"{what} is not valid UTF-8", start);
        }
    }

    // LEB128 with the spec's limits: at most ceil(bits/7) bytes, and unused bits of the last byte
    // must be zero (unsigned) or a sign extension (signed).
    private long Leb(int bits, bool signed)
    {
        var start = Position;
        var maxBytes = (bits + 6) / 7;
        ulong result = 0;
        var shift = 0;
        for (var i = 0; ; i++)
        {
            if (Position >= End)
                throw Error($"LEB128 runs past the end of the {Region}", start);
            if (i >= maxBytes)
                throw Error($"LEB128 is longer than {maxBytes} bytes for a {bits}-bit value", start);
            var b = _bytes[Position++];
            result |= (ulong)(b & 0x7f) << shift;
            shift += 7;
            if ((b & 0x80) != 0)
                continue;
            if (i == maxBytes - 1)
            {
                // Bits beyond the value's width in the last byte.
                var used = bits - 7 * i;
                var extra = (b & 0x7f) >> (used - (signed ? 1 : 0));
                var allowedAll = signed && (b & 0x40) != 0 ? (0x7f >> (used - 1)) : 0;
                if (extra != allowedAll)
                    throw Error($"LEB128 value does not fit in {(signed ? "s" : "u")}{bits}", start);
            }
            if (signed && shift < 64 && (b & 0x40) != 0)
                result |= ulong.MaxValue << shift;
            return (long)result;
        }
    }
}
