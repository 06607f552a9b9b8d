using System.Buffers.Binary;
using System.Text;
using System.Text.Json;
using Clysm.Runtime.Contract;
using Clysm.Runtime.Host;

namespace Clysm.Runtime.Engine.Wasmtime;

/// <summary>
/// The pipe protocol between a parent and its Wasmtime worker process. One request, one answer;
/// host calls never cross it (the worker serves them in process, with the worker's own
/// <see cref="WasmRunner"/> reading, checking and running the module).
/// Frames both ways: u32 length of what follows (little-endian), u8 type, payload.
/// <list type="bullet">
/// <item>worker → parent, once: <c>H</c> hello, JSON <c>{pid, wasmtime}</c> or <c>{error}</c>.</item>
/// <item><c>M</c> module: u32 id, wasm bytes → <c>m</c> JSON <c>{error, ms}</c>. The worker keeps the bytes
/// under the id (the same array every time, so its runner reuses a Stage or support module's compiled
/// code) and compiles them at once, under the parent's compile watchdog.</item>
/// <item><c>V</c> validate: wasm bytes → <c>v</c> JSON <c>{error}</c>.</item>
/// <item><c>R</c> run: JSON request naming modules by id → <c>D</c>: u32 JSON length, JSON result, then the returned bytes if any.</item>
/// <item><c>F</c> forget: u32 module id (no answer). <c>Q</c> quit (no answer).</item>
/// </list>
/// </summary>
internal static class WorkerProtocol
{
    public const byte Hello = (byte)'H', Module = (byte)'M', ModuleReady = (byte)'m', Validate = (byte)'V', Validated = (byte)'v',
        Run = (byte)'R', Done = (byte)'D', Forget = (byte)'F', Quit = (byte)'Q';

    /// <summary>Largest frame either side accepts: a module, or a result with two capped outputs.</summary>
    public const int MaxFrame = 512 << 20;

    // ---- framing -------------------------------------------------------------------------

    public static void WriteFrame(Stream s, byte type, params byte[][] parts)
    {
        var length = 1;
        foreach (var p in parts) length += p.Length;
        Span<byte> head = stackalloc byte[5];
        BinaryPrimitives.WriteUInt32LittleEndian(head, (uint)length);
        head[4] = type;
        s.Write(head);
        foreach (var p in parts) s.Write(p);
        s.Flush();
    }

    public static byte[] U32(uint v)
    {
        var b = new byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(b, v);
        return b;
    }

    /// <summary>The next frame; null at the end of the stream (the other side went away).</summary>
    public static (byte Type, byte[] Body)? ReadFrame(Stream s)
    {
        Span<byte> head = stackalloc byte[5];
        if (!ReadExactly(s, head)) return null;
        var length = (long)BinaryPrimitives.ReadUInt32LittleEndian(head) - 1;
        if (length < 0 || length > MaxFrame) throw new ProtocolException($"protocol: frame of {length} bytes");
        var body = new byte[length];
        if (!ReadExactly(s, body)) return null;
        return (head[4], body);
    }

    private static bool ReadExactly(Stream s, Span<byte> into)
    {
        var first = true;
        while (into.Length > 0)
        {
            var n = s.Read(into);
            if (n == 0)
            {
                if (first) return false;
                throw new EndOfStreamException("protocol: the stream ended inside a frame");
            }
            first = false;
            into = into[n..];
        }
        return true;
    }

    // ---- run requests ------------------------------------------------------------------

    public static byte[] EncodeRun(uint moduleId, uint? supportId, InvocationRequest r) => Json(w =>
    {
        w.WriteNumber("module", moduleId);
        if (supportId is { } s) w.WriteNumber("support", s);
        w.WriteString("role", r.Role.ToString());
        w.WriteString("export", r.Export);
        w.WriteStartArray("setup");
        foreach (var name in r.Setup) w.WriteStringValue(name);
        w.WriteEndArray();
        if (r.Argument is not null) w.WriteString("argument", r.Argument);
        w.WriteBoolean("returnsBytes", r.ReturnsBytes);
        w.WriteString("stdin", r.Stdin);
        if (r.StdinFile is not null) w.WriteString("stdinFile", Path.GetFullPath(r.StdinFile));
        if (r.SandboxRoot is not null) w.WriteString("sandbox", Path.GetFullPath(r.SandboxRoot));
        w.WriteNumber("timeoutMs", r.Timeout.TotalMilliseconds);
        w.WriteNumber("outputLimit", r.OutputLimitBytes);
    });

    /// <summary>The request, with its modules' bytes looked up by id (null: the worker has no such module).</summary>
    public static (InvocationRequest? Request, uint MissingId) DecodeRun(byte[] json, Func<uint, byte[]?> module)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        string? Opt(string name) => root.TryGetProperty(name, out var v) ? v.GetString() : null;
        var moduleId = root.GetProperty("module").GetUInt32();
        if (module(moduleId) is not { } bytes) return (null, moduleId);
        byte[]? support = null;
        if (root.TryGetProperty("support", out var s) && (support = module(s.GetUInt32())) is null) return (null, s.GetUInt32());
        return (new InvocationRequest
        {
            Module = bytes,
            Support = support,
            Role = Enum.Parse<ModuleRole>(root.GetProperty("role").GetString()!),
            Export = root.GetProperty("export").GetString()!,
            Setup = root.GetProperty("setup").EnumerateArray().Select(e => e.GetString()!).ToList(),
            Argument = Opt("argument"),
            ReturnsBytes = root.GetProperty("returnsBytes").GetBoolean(),
            Stdin = root.GetProperty("stdin").GetString()!,
            StdinFile = Opt("stdinFile"),
            SandboxRoot = Opt("sandbox"),
            Timeout = TimeSpan.FromMilliseconds(root.GetProperty("timeoutMs").GetDouble()),
            OutputLimitBytes = root.GetProperty("outputLimit").GetInt32(),
        }, 0);
    }

    // ---- results -------------------------------------------------------------------------

    /// <param name="compiles">Modules the worker's runner has compiled so far (tests check reuse with it).</param>
    public static byte[] EncodeResult(InvocationResult r, int compiles)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms))
        {
            w.WriteStartObject();
            w.WriteString("status", r.Status.ToString());
            w.WriteStartObject("value");
            w.WriteString("kind", r.Value.Kind.ToString());
            w.WriteNumber("fixnum", r.Value.Fixnum);
            if (r.Value.Text is not null) w.WriteString("text", r.Value.Text);
            w.WriteEndObject();
            w.WriteString("stdout", r.Stdout);
            w.WriteString("stderr", r.Stderr);
            if (r.Message is not null) w.WriteString("message", r.Message);
            if (r.WasmStack is not null) w.WriteString("stack", r.WasmStack);
            if (r.HostError is { } h)
            {
                w.WriteStartObject("hostError");
                w.WriteString("operation", h.Operation);
                if (h.Fd is { } fd) w.WriteNumber("fd", fd);
                if (h.Path is not null) w.WriteString("path", h.Path);
                w.WriteString("reason", h.Reason);
                w.WriteEndObject();
            }
            if (r.Condition is { } c)
            {
                w.WriteStartObject("condition");
                w.WriteString("type", c.Type);
                w.WriteString("message", c.Message);
                w.WriteEndObject();
            }
            w.WriteStartObject("calls");
            foreach (var (k, v) in r.ImportCalls) w.WriteNumber(k, v);
            w.WriteEndObject();
            w.WriteStartArray("exportsCalled");
            foreach (var e in r.ExportsCalled) w.WriteStringValue(e);
            w.WriteEndArray();
            if (r.Engine is not null) w.WriteString("engine", r.Engine);
            w.WriteNumber("ms", r.Duration.TotalMilliseconds);
            w.WriteNumber("compiles", compiles);
            w.WriteBoolean("bytes", r.ReturnedBytes is not null);
            w.WriteEndObject();
        }
        return ms.ToArray();
    }

    public static (InvocationResult Result, int Compiles) DecodeResult(byte[] body)
    {
        var jsonLength = (int)BinaryPrimitives.ReadUInt32LittleEndian(body);
        using var doc = JsonDocument.Parse(body.AsMemory(4, jsonLength));
        var root = doc.RootElement;
        string? Opt(JsonElement e, string name) => e.TryGetProperty(name, out var v) ? v.GetString() : null;
        var value = root.GetProperty("value");
        HostError? host = root.TryGetProperty("hostError", out var h)
            ? new HostError(h.GetProperty("operation").GetString()!, h.TryGetProperty("fd", out var fd) ? fd.GetInt32() : null, Opt(h, "path"), h.GetProperty("reason").GetString()!)
            : null;
        ConditionInfo? condition = root.TryGetProperty("condition", out var c)
            ? new ConditionInfo(c.GetProperty("type").GetString()!, c.GetProperty("message").GetString()!)
            : null;
        return (new InvocationResult
        {
            Status = Enum.Parse<InvocationStatus>(root.GetProperty("status").GetString()!),
            Value = new LispValue(Enum.Parse<LispValueKind>(value.GetProperty("kind").GetString()!), value.GetProperty("fixnum").GetInt64(), Opt(value, "text")),
            Stdout = root.GetProperty("stdout").GetString()!,
            Stderr = root.GetProperty("stderr").GetString()!,
            Message = Opt(root, "message"),
            WasmStack = Opt(root, "stack"),
            HostError = host,
            Condition = condition,
            ImportCalls = root.GetProperty("calls").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32()),
            ExportsCalled = root.GetProperty("exportsCalled").EnumerateArray().Select(e => e.GetString()!).ToList(),
            Engine = Opt(root, "engine"),
            Duration = TimeSpan.FromMilliseconds(root.GetProperty("ms").GetDouble()),
            ReturnedBytes = root.GetProperty("bytes").GetBoolean() ? body.AsSpan(4 + jsonLength).ToArray() : null,
        }, root.GetProperty("compiles").GetInt32());
    }

    public static byte[] Json(Action<Utf8JsonWriter> write)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms))
        {
            w.WriteStartObject();
            write(w);
            w.WriteEndObject();
        }
        return ms.ToArray();
    }

    public static string Text(byte[] body) => Encoding.UTF8.GetString(body);
}

/// <summary>The other side of the pipe broke the protocol: the worker is killed, the case is a crash.</summary>
internal sealed class ProtocolException(string message) : Exception(message);
