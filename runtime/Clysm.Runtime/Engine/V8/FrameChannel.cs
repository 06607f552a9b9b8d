using System.Buffers.Binary;
using System.Text;

namespace Clysm.Runtime.Engine.V8;

/// <summary>The worker broke the protocol (a frame of the wrong size, type or shape): the stream
/// is out of step, so the worker is killed and only the call in flight fails, with this message.</summary>
internal sealed class ProtocolException(string message) : Exception(message);

/// <summary>
/// Length-prefixed frames over a pair of streams (the transport): u32 length of what follows
/// (little-endian), u8 frame type, payload. Reads block; a frame larger than
/// <see cref="MaxFrameBytes"/> is a <see cref="ProtocolException"/>, an ended stream an
/// <see cref="EndOfStreamException"/>. Writes are assembled in one buffer and sent by <see cref="Flush"/>.
/// </summary>
internal sealed class FrameChannel(Stream input, Stream output)
{
    public const int MaxFrameBytes = 512 << 20;

    private byte[] _in = new byte[1 << 16];
    private byte[] _out = new byte[1 << 16];
    private int _outLength;
    private int _frameStart = -1;

    /// <summary>Reads one frame; its payload stays valid until the next read.</summary>
    public (byte Type, ReadOnlyMemory<byte> Payload) Read()
    {
        Span<byte> head = stackalloc byte[5];
        ReadExactly(head);
        var length = BinaryPrimitives.ReadUInt32LittleEndian(head);
        if (length is 0 or > MaxFrameBytes)
            throw new ProtocolException($"protocol: the engine sent a frame of {length} bytes (frames hold 1 to {MaxFrameBytes} bytes)");
        var size = (int)length - 1;
        if (_in.Length < size) _in = new byte[Math.Max(size, _in.Length * 2)];
        ReadExactly(_in.AsSpan(0, size));
        return (head[4], _in.AsMemory(0, size));
    }

    private void ReadExactly(Span<byte> into)
    {
        while (into.Length > 0)
        {
            var n = input.Read(into);
            if (n == 0) throw new EndOfStreamException();
            into = into[n..];
        }
    }

    public void Begin(byte type)
    {
        if (_frameStart >= 0) throw new InvalidOperationException("a frame is already open");
        _frameStart = _outLength;
        Reserve(5);
        _outLength += 4;
        _out[_outLength++] = type;
    }

    public void End()
    {
        BinaryPrimitives.WriteUInt32LittleEndian(_out.AsSpan(_frameStart), (uint)(_outLength - _frameStart - 4));
        _frameStart = -1;
    }

    public void Flush()
    {
        output.Write(_out, 0, _outLength);
        output.Flush();
        _outLength = 0;
    }

    /// <summary>Drops everything not yet sent (after a failure, before the worker is killed).</summary>
    public void Discard() { _outLength = 0; _frameStart = -1; }

    public void U8(byte v) { Reserve(1); _out[_outLength++] = v; }
    public void U16(int v) { Reserve(2); BinaryPrimitives.WriteUInt16LittleEndian(_out.AsSpan(_outLength), (ushort)v); _outLength += 2; }
    public void I32(int v) { Reserve(4); BinaryPrimitives.WriteInt32LittleEndian(_out.AsSpan(_outLength), v); _outLength += 4; }
    public void U32(uint v) { Reserve(4); BinaryPrimitives.WriteUInt32LittleEndian(_out.AsSpan(_outLength), v); _outLength += 4; }
    public void I64(long v) { Reserve(8); BinaryPrimitives.WriteInt64LittleEndian(_out.AsSpan(_outLength), v); _outLength += 8; }
    public void F32(float v) { Reserve(4); BinaryPrimitives.WriteSingleLittleEndian(_out.AsSpan(_outLength), v); _outLength += 4; }
    public void F64(double v) { Reserve(8); BinaryPrimitives.WriteDoubleLittleEndian(_out.AsSpan(_outLength), v); _outLength += 8; }

    public void Raw(ReadOnlySpan<byte> bytes)
    {
        Reserve(bytes.Length);
        bytes.CopyTo(_out.AsSpan(_outLength));
        _outLength += bytes.Length;
    }

    /// <summary>u32 length (0xffffffff for null) and the bytes.</summary>
    public void Bytes(ReadOnlySpan<byte> bytes, bool isNull = false)
    {
        U32(isNull ? uint.MaxValue : (uint)bytes.Length);
        if (!isNull) Raw(bytes);
    }

    public void Text(string? s)
    {
        if (s is null) { U32(uint.MaxValue); return; }
        var n = Encoding.UTF8.GetByteCount(s);
        U32((uint)n);
        Reserve(n);
        _outLength += Encoding.UTF8.GetBytes(s, _out.AsSpan(_outLength));
    }

    private void Reserve(int n)
    {
        if (_outLength + n <= _out.Length) return;
        Array.Resize(ref _out, Math.Max(_out.Length * 2, _outLength + n));
    }
}

/// <summary>A cursor over one frame's payload: reading past its end is a <see cref="ProtocolException"/>
/// naming the frame, never an out-of-range exception.</summary>
internal ref struct PayloadReader(ReadOnlySpan<byte> payload, string frame)
{
    private readonly ReadOnlySpan<byte> _b = payload;
    private int _p;

    public readonly bool AtEnd => _p >= _b.Length;

    private ReadOnlySpan<byte> Take(int n)
    {
        if (n < 0 || _p + n > _b.Length)
            throw new ProtocolException($"protocol: truncated {frame} frame from the engine ({_b.Length} bytes, {n} more wanted at {_p})");
        var s = _b.Slice(_p, n);
        _p += n;
        return s;
    }

    public byte U8() => Take(1)[0];
    public int U16() => BinaryPrimitives.ReadUInt16LittleEndian(Take(2));
    public int I32() => BinaryPrimitives.ReadInt32LittleEndian(Take(4));
    public uint U32() => BinaryPrimitives.ReadUInt32LittleEndian(Take(4));
    public long I64() => BinaryPrimitives.ReadInt64LittleEndian(Take(8));
    public double F64() => BinaryPrimitives.ReadDoubleLittleEndian(Take(8));

    /// <summary>u32 length (0xffffffff: null) and that many bytes, copied.</summary>
    public byte[]? Bytes()
    {
        var n = U32();
        return n == uint.MaxValue ? null : Take(checked((int)Math.Min(n, int.MaxValue))).ToArray();
    }

    public string? Text() => Bytes() is { } b ? Encoding.UTF8.GetString(b) : null;
}
