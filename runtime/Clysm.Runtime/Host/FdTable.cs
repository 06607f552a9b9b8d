using System.Text;

namespace Clysm.Runtime.Host;

/// <summary>Stream directions, with the values of the streams data model (+direction-input+ ...).</summary>
internal enum StreamDirection { Input = 0, Output = 1, Io = 2 }

/// <summary>One entry of the descriptor table (the seed's FileDescriptor).</summary>
internal sealed class FileDescriptor
{
    internal FileDescriptor(int id, string path, StreamDirection direction, CharReader? reader, TextSink? writer)
    {
        Id = id; Path = path; Direction = direction; Reader = reader; Writer = writer;
    }

    public int Id { get; }
    /// <summary>"&lt;stdin&gt;", "&lt;stdout&gt;", "&lt;stderr&gt;", or the path the module opened (sandbox-relative).</summary>
    public string Path { get; }
    public StreamDirection Direction { get; }
    public bool Closed { get; internal set; }
    public bool CanRead => Direction is StreamDirection.Input or StreamDirection.Io;
    public bool CanWrite => Direction is StreamDirection.Output or StreamDirection.Io;
    internal CharReader? Reader { get; }
    internal TextSink? Writer { get; }
    /// <summary>The file handle behind a user descriptor (null for 0, 1, 2).</summary>
    internal FileStream? File { get; init; }
}

/// <summary>
/// The descriptor table: 0 stdin, 1 stdout, 2 stderr, 3 and up for files the module opens.
/// Every lookup names the operation, so an error can say what was attempted on what.
/// Ids are never reused within an invocation, so a stale descriptor is always "closed",
/// never silently another file.
/// </summary>
internal sealed class FdTable : IDisposable
{
    private readonly List<FileDescriptor> _entries = new();

    public FdTable(CharReader stdin, TextSink stdout, TextSink stderr)
    {
        _entries.Add(new FileDescriptor(0, "<stdin>", StreamDirection.Input, stdin, null));
        _entries.Add(new FileDescriptor(1, "<stdout>", StreamDirection.Output, null, stdout));
        _entries.Add(new FileDescriptor(2, "<stderr>", StreamDirection.Output, null, stderr));
    }

    public IReadOnlyList<FileDescriptor> Entries => _entries;

    /// <summary>The open descriptor, or a host error naming the operation.</summary>
    public FileDescriptor Get(string op, int fd)
    {
        if (fd < 0 || fd >= _entries.Count) throw Error(op, fd, null, "no such file descriptor");
        var e = _entries[fd];
        if (e.Closed) throw Error(op, fd, e.Path, "file descriptor is closed");
        return e;
    }

    public FileDescriptor ForReading(string op, int fd)
    {
        var e = Get(op, fd);
        if (!e.CanRead) throw Error(op, fd, e.Path, "stream is not an input stream (direction " + e.Direction.ToString().ToLowerInvariant() + ")");
        return e;
    }

    public FileDescriptor ForWriting(string op, int fd)
    {
        var e = Get(op, fd);
        if (!e.CanWrite) throw Error(op, fd, e.Path, "stream is not an output stream (direction " + e.Direction.ToString().ToLowerInvariant() + ")");
        return e;
    }

    /// <summary>User descriptors open now (3 and up, not closed).</summary>
    public int OpenFiles { get; private set; }

    internal int Add(string path, StreamDirection direction, FileStream file, InvocationBudget? budget = null)
    {
        var id = _entries.Count;
        var reader = direction != StreamDirection.Output ? new CharReader(file, budget) : null;
        var writer = direction != StreamDirection.Input ? new FileSink(file, reader, budget) : null;
        _entries.Add(new FileDescriptor(id, path, direction, reader, writer) { File = file });
        OpenFiles++;
        return id;
    }

    public void Close(string op, int fd)
    {
        if (fd >= 0 && fd < 3) throw Error(op, fd, _entries[fd].Path, "standard streams cannot be closed");
        var e = Get(op, fd);
        e.Closed = true;
        OpenFiles--;
        e.File?.Dispose();
    }

    /// <summary>Closes every user descriptor still open (end of invocation, however it ended).</summary>
    public void Dispose()
    {
        foreach (var e in _entries)
        {
            if (e.File is null || e.Closed) continue;
            e.Closed = true;
            OpenFiles--;
            try { e.File.Dispose(); } catch (IOException) { /* flushed what it could; nothing else to do */ }
        }
    }

    internal static HostErrorException Error(string op, int? fd, string? path, string reason) =>
        new(new HostError(op, fd, path, reason));
}

/// <summary>Reads code points from UTF-8 bytes, strictly: invalid UTF-8 is an error, never replaced.</summary>
internal sealed class CharReader
{
    private readonly Stream _stream;
    private readonly InvocationBudget? _budget;
    private long _offset;
    private int _peeked = -2;

    public CharReader(Stream stream) => _stream = stream;

    /// <summary>A reader whose bytes count against the invocation's read limit and deadline.</summary>
    internal CharReader(Stream stream, InvocationBudget? budget) : this(stream) => _budget = budget;

    public static CharReader FromText(string text) => new(new MemoryStream(new UTF8Encoding(false, true).GetBytes(text)));

    /// <summary>Drops a read-ahead byte before the stream is written at its position (io streams).</summary>
    internal void Sync()
    {
        if (_peeked >= 0 && _stream.CanSeek) _stream.Seek(-1, SeekOrigin.Current);
        _peeked = -2;
    }

    private int NextByte()
    {
        if (_peeked != -2) { var p = _peeked; _peeked = -2; return p; }
        var b = _stream.ReadByte();
        if (b >= 0) { _offset++; _budget?.Read(1); }
        return b;
    }

    /// <summary>The next code point, or -1 at end of input.</summary>
    public int ReadChar()
    {
        var start = _offset;
        var b0 = NextByte();
        if (b0 < 0) return -1;
        if (b0 < 0x80) return b0;
        int n = b0 >= 0xC2 && b0 <= 0xDF ? 1 : b0 >= 0xE0 && b0 <= 0xEF ? 2 : b0 >= 0xF0 && b0 <= 0xF4 ? 3 : -1;
        if (n < 0) throw new InvalidDataException($"invalid UTF-8 byte 0x{b0:x2} at byte offset {start}");
        int cp = b0 & (0x3F >> n);
        for (var k = 0; k < n; k++)
        {
            var b = NextByte();
            if (b < 0 || (b & 0xC0) != 0x80)
            {
                if (b >= 0) _peeked = b;
                throw new InvalidDataException($"invalid UTF-8 sequence at byte offset {start}");
            }
            cp = (cp << 6) | (b & 0x3F);
        }
        if ((n == 2 && (cp < 0x800 || cp is >= 0xD800 and <= 0xDFFF)) || (n == 3 && (cp < 0x10000 || cp > 0x10FFFF)))
            throw new InvalidDataException($"invalid UTF-8 sequence at byte offset {start}");
        return cp;
    }

    /// <summary>The next line without its newline (a CR before it is kept), or null at end of input.</summary>
    public string? ReadLine()
    {
        var sb = new StringBuilder();
        var any = false;
        for (int c; (c = ReadChar()) >= 0;)
        {
            any = true;
            if (c == '\n') return sb.ToString();
            sb.Append(char.ConvertFromUtf32(c));
        }
        return any ? sb.ToString() : null;
    }

    /// <summary>Everything left.</summary>
    public string ReadAll()
    {
        var sb = new StringBuilder();
        for (int c; (c = ReadChar()) >= 0;) sb.Append(char.ConvertFromUtf32(c));
        return sb.ToString();
    }
}

/// <summary>Where text written to a descriptor goes.</summary>
internal abstract class TextSink
{
    internal static readonly UTF8Encoding Utf8 = new(false, true);
    public abstract void Write(string text);
}

/// <summary>Captured stdout or stderr, with a byte cap that is reported when hit.</summary>
internal sealed class CapturedOutput(int limitBytes) : TextSink
{
    private readonly StringBuilder _text = new();
    public long Bytes { get; private set; }
    public bool LimitHit { get; private set; }
    public int LimitBytes { get; } = limitBytes;
    public string Text => _text.ToString();

    public override void Write(string text)
    {
        if (LimitHit) return;
        var n = Utf8.GetByteCount(text);
        if (Bytes + n > LimitBytes)
        {
            // Keep whole characters up to the cap, then stop capturing.
            foreach (var r in text.EnumerateRunes())
            {
                if (Bytes + r.Utf8SequenceLength > LimitBytes) break;
                _text.Append(r.ToString()); Bytes += r.Utf8SequenceLength;
            }
            LimitHit = true;
            return;
        }
        _text.Append(text); Bytes += n;
    }
}

internal sealed class FileSink(FileStream file, CharReader? reader, InvocationBudget? budget) : TextSink
{
    public override void Write(string text)
    {
        reader?.Sync();
        var bytes = Utf8.GetBytes(text);
        budget?.Write(bytes.Length);             // refused whole: a file never holds part of a write past the cap
        file.Write(bytes, 0, bytes.Length);
        // Straight to the OS: the host may run inside an engine worker process (Wasmtime), and a
        // killed worker must not take written bytes with it.
        file.Flush();
    }
}
