using System.Buffers.Binary;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Clysm.Runtime.Contract;
using Clysm.Runtime.Host;
using Clysm.Runtime.Wasm;

namespace Clysm.Runtime.Engine.V8;

/// <summary>
/// Runs modules on V8 in a Node.js worker process that is reused across invocations.
/// The worker (loader.mjs) forwards every host import to this process over its stdin/stdout;
/// <see cref="HostSession"/> answers. A trap leaves the worker usable; a timeout, a crash, a
/// protocol error or a runaway host bug kills it, and the next invocation starts a fresh one,
/// so nothing leaks from one invocation into the next.
/// </summary>
public sealed class V8Engine : IWasmEngine
{
    private readonly string _nodePath;
    private static int _nextCore = -1;
    private readonly int? _core;
    private Process? _node;
    private Stream? _toNode, _fromNode;
    private readonly StringBuilder _nodeStderr = new();
    private byte[] _frame = new byte[1 << 16];
    private HostError? _queuedWriteFailure;
    // The last module read and checked, by reference: callers pass the same array again for a Stage
    // module (unchanged between cases) and fresh arrays for case modules.
    private (byte[] Bytes, string Export, WasmModule Module, ContractReport Contract)? _lastCheck;
    private string _version = "V8 (not started)";

    /// <param name="nodePath">Node.js ≥ 22; default: <see cref="NodeLocator.Find"/>.</param>
    /// <param name="pinned">Run the worker, and the caller's thread while it invokes, on one core
    /// (engines take cores in turn). A synchronous host call then costs ~6 µs instead of
    /// 10-80 µs (bench/: `host`). Off, the scheduler places both.</param>
    public V8Engine(string? nodePath = null, bool pinned = true)
    {
        _nodePath = nodePath ?? NodeLocator.Find();
        if (pinned) _core = (int)((uint)Interlocked.Increment(ref _nextCore) % (uint)Environment.ProcessorCount);
    }

    /// <summary>The core this engine's worker and its caller share, or null when unpinned.</summary>
    public int? Core => _core;

    public string Version { get { EnsureWorker(); return _version; } }

    /// <summary>The worker's process id while one runs (tests kill it to simulate a crash).</summary>
    internal int? WorkerPid => _node is { HasExited: false } p ? p.Id : null;

    /// <summary>Worker processes started so far (a restart after a crash or timeout counts).</summary>
    public int WorkerStarts { get; private set; }

    public string? Validate(byte[] module)
    {
        var r = Invoke(new InvocationRequest { Module = module }, checkOnly: true);
        return r.Status == InvocationStatus.InvalidModule ? r.Message : null;
    }

    public InvocationResult Invoke(InvocationRequest request)
    {
        var saved = _core is { } core ? CpuAffinity.PinCurrentThread(core) : null;
        try { return Invoke(request, checkOnly: false); }
        finally { CpuAffinity.Restore(saved); }
    }

    private InvocationResult Invoke(InvocationRequest request, bool checkOnly)
    {
        var clock = Stopwatch.StartNew();
        InvocationResult Done(InvocationResult r) => r with { Duration = clock.Elapsed };

        // 1. Our own reading of the module, and the host contract check.
        WasmModule module;
        ContractReport contract;
        if (_lastCheck is { } last && ReferenceEquals(last.Bytes, request.Module) && last.Export == request.Export)
            (module, contract) = (last.Module, last.Contract);     // a Stage module, once per case: read it once
        else
        {
            try { module = WasmModule.Parse(request.Module); }
            catch (WasmLoadException e) { return Done(new InvocationResult { Status = InvocationStatus.InvalidModule, Message = e.Message }); }
            // A case module is checked whole; a Stage module (compile_form) and any other export
            // only for its imports and the export called.
            contract = request.Export switch
            {
                "_start" => ContractChecker.Check(module, HostContract.Default),
                "compile_form" => ContractChecker.CheckStage(module, HostContract.Default),
                _ => ContractChecker.CheckExports(module, HostContract.Default, request.Export),
            };
            _lastCheck = (request.Module, request.Export, module, contract);
        }
        var violations = contract.Violations.Select(v => v.Message).ToList();
        violations.AddRange(request.Setup.Where(n => module.FindExport(n) is null).Select(n => $"missing export: \"{n}\" (setup)"));
        var bindings = contract.Bindings;

        // 2. The engine: validate, link, run.
        using var session = new HostSession(request);
        var header = new Dictionary<string, object?>
        {
            ["export"] = request.Export,
            ["setup"] = request.Setup,
            ["argument"] = request.Argument,
            ["checkOnly"] = checkOnly || violations.Count > 0,
            ["outputLimit"] = request.OutputLimitBytes,
            ["wantBytes"] = request.Argument is not null,
            ["bindings"] = bindings.Select(b => new { module = b.Module, name = b.Name, @params = b.Params.Select(ReprCode).ToArray(), result = b.Result is { } r ? ReprCode(r) : (int?)null }),
        };

        _queuedWriteFailure = null;
        var timedOut = false;
        var finished = false;
        var gate = new object();
        string? reply = null;
        try
        {
            EnsureWorker();
            // The watchdog may fire while the run is ending: the gate makes "finished" and
            // "kill" exclusive, so it never kills a worker a later invocation is using.
            using var watchdog = new Timer(_ => { lock (gate) { if (finished) return; timedOut = true; KillWorker(); } },
                null, request.Timeout, Timeout.InfiniteTimeSpan);
            try
            {
                SendRun(JsonSerializer.SerializeToUtf8Bytes(header), request.Module);
                reply = Serve(session, bindings);
            }
            finally { lock (gate) finished = true; }
        }
        catch (Exception e) when (e is IOException or EndOfStreamException or ObjectDisposedException or InvalidOperationException or ProtocolException)
        {
            var stderr = NodeStderrTail();
            KillWorker();
            if (timedOut)
                return Done(Outcome(session, InvocationStatus.TimedOut, $"timed out after {request.Timeout.TotalSeconds:0.###} s", null));
            var why = e is ProtocolException ? e.Message : "the engine process died";
            return Done(Outcome(session, InvocationStatus.Crashed, why + (stderr.Length > 0 ? ": " + stderr : ""), null));
        }
        catch (OutputLimitException)
        {
            KillWorker();
            return Done(Outcome(session, InvocationStatus.OutputLimit, session.LimitReached, null));
        }
        catch (HostBugException e)
        {
            // Our own host code failed: the worker is waiting for an answer it will never get.
            KillWorker();
            return Done(Outcome(session, InvocationStatus.Crashed, "host error in the harness: " + e.InnerException, null));
        }

        if (_queuedWriteFailure is { } lost)
            return Done(Outcome(session, InvocationStatus.Trapped, "a queued write failed after the module had gone on: " + lost.Message, null) with { HostError = lost });
        using var doc = JsonDocument.Parse(reply);
        var root = doc.RootElement;
        var status = root.GetProperty("status").GetString();
        var message = root.TryGetProperty("message", out var m) ? m.GetString() : null;
        switch (status)
        {
            case "invalid":
                return Done(Outcome(session, InvocationStatus.InvalidModule, message, null));
            case "checked":
                return Done(violations.Count > 0
                    ? Outcome(session, InvocationStatus.LinkError, string.Join("; ", violations), null)
                    : Outcome(session, InvocationStatus.Returned, null, null));
            case "link":
                return Done(Outcome(session, InvocationStatus.LinkError, message, null));
            case "outputlimit":
                return Done(Outcome(session, InvocationStatus.OutputLimit, $"output limit of {request.OutputLimitBytes} bytes reached", null));
            case "trap":
                if (session.OutputLimitHit)
                    return Done(Outcome(session, InvocationStatus.OutputLimit, session.LimitReached, null));
                var stack = root.TryGetProperty("stack", out var s) ? s.GetString() : null;
                var fromHost = root.TryGetProperty("host", out var h) && h.GetBoolean();
                return Done(Outcome(session, InvocationStatus.Trapped, message, stack, fromHost));
            case "returned":
                var result = Outcome(session, session.OutputLimitHit ? InvocationStatus.OutputLimit : InvocationStatus.Returned,
                    session.OutputLimitHit ? session.LimitReached : null, null);
                var v = root.GetProperty("value");
                result = result with { Value = DecodeValue(v) };
                if (root.TryGetProperty("bytes", out var b)) result = result with { ReturnedBytes = Convert.FromBase64String(b.GetString()!) };
                return Done(result);
            default:
                KillWorker();
                return Done(Outcome(session, InvocationStatus.Crashed, "protocol: unknown status " + status, null));
        }
    }

    private static InvocationResult Outcome(HostSession session, InvocationStatus status, string? message, string? stack, bool fromHost = false) => new()
    {
        Status = status,
        Message = message,
        WasmStack = string.IsNullOrEmpty(stack) ? null : stack,
        Stdout = session.Stdout.Text,
        Stderr = session.Stderr.Text,
        HostError = fromHost && session.Condition is null ? session.LastError : null,
        Condition = session.Condition,
        ImportCalls = new Dictionary<string, int>(session.Calls),
    };

    private static LispValue DecodeValue(JsonElement v) => v.GetProperty("kind").GetString() switch
    {
        "fixnum" => new LispValue(LispValueKind.Fixnum, v.GetProperty("value").GetInt64()),
        "nil" => LispValue.Nil,
        "notfixnum" => LispValue.NotFixnum,
        "string" => new LispValue(LispValueKind.String, Text: v.GetProperty("text").GetString()),
        "printed" => new LispValue(LispValueKind.Printed, Text: v.GetProperty("text").GetString()),
        "opaque" or "bytes" => LispValue.Opaque,
        _ => LispValue.None,
    };

    private static int ReprCode(Repr r) => r switch
    {
        Repr.Int => 0, Repr.Handle => 1, Repr.HostString => 2, Repr.GcString => 3,
        Repr.KeywordCode => 4, Repr.KeywordHostString => 5, Repr.KeywordGcString => 6,
        _ => throw new ArgumentOutOfRangeException(nameof(r), r, null),
    };

    // ---- serving host calls ------------------------------------------------------------

    /// <summary>Answers host calls until the worker reports the end of the run; returns its JSON.</summary>
    private string Serve(HostSession session, IReadOnlyList<ImportBinding> bindings)
    {
        for (;;)
        {
            var (type, len) = ReadFrame();
            var body = _frame.AsSpan(0, len);
            switch (type)
            {
                case (byte)'D':
                    return Encoding.UTF8.GetString(body);
                case (byte)'W':
                    for (var pos = 0; pos < len;)
                    {
                        var b = bindings[BinaryPrimitives.ReadUInt16LittleEndian(body[pos..])];
                        pos += 2;
                        var args = ReadArgs(b, body, ref pos);
                        // The loader queues only writes the host has accepted before, so this fails only when
                        // the machine does (disk full): the module went on, so the run must not pass as clean.
                        try { Call(session, b, args); }
                        catch (HostErrorException e)
                        {
                            _queuedWriteFailure ??= e.Error;
                            // A cap reached by a queued write (the host's file write cap) ends the run now:
                            // the module, waiting for no answer, would go on writing until the timeout.
                            if (session.OutputLimitHit) throw new OutputLimitException();
                        }
                    }
                    break;
                case (byte)'C':
                {
                    var b = bindings[BinaryPrimitives.ReadUInt16LittleEndian(body)];
                    var pos = 2;
                    var args = ReadArgs(b, body, ref pos);
                    object? answer;
                    try { answer = Call(session, b, args); }
                    catch (HostErrorException e) { SendError(e.Message); continue; }
                    catch (Exception e) { throw new HostBugException(e); }
                    var writable = b.Module == "clysm:io" && b.Name is "write-char" or "write-string";
                    SendAnswer(writable, b.Result, answer);
                    break;
                }
                default:
                    throw new ProtocolException($"protocol: unexpected frame type {type} from the engine");
            }
        }
    }

    private static object?[] ReadArgs(ImportBinding b, ReadOnlySpan<byte> body, ref int pos)
    {
        var args = new object?[b.Params.Count];
        for (var i = 0; i < args.Length; i++)
        {
            switch (b.Params[i])
            {
                case Repr.Int or Repr.Handle or Repr.KeywordCode:
                    args[i] = BinaryPrimitives.ReadInt32LittleEndian(body[pos..]); pos += 4; break;
                default:
                    var n = BinaryPrimitives.ReadUInt32LittleEndian(body[pos..]); pos += 4;
                    if (n == uint.MaxValue) { args[i] = null; break; }
                    args[i] = body.Slice(pos, (int)n).ToArray(); pos += (int)n; break;
            }
        }
        return args;
    }

    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    /// <summary>One host call: decode arguments, call the host function, return its answer.</summary>
    private static object? Call(HostSession s, ImportBinding b, object?[] a)
    {
        var op = b.Module + " " + b.Name;
        int I(int i) => (int)a[i]!;
        string? S(int i)
        {
            if (a[i] is not byte[] bytes) return null;
            try { return StrictUtf8.GetString(bytes); }
            catch (DecoderFallbackException) { throw new HostErrorException(new HostError(op, null, null, $"argument {i + 1} is not valid UTF-8")); }
        }
        int K(int i, string kind) => b.Params[i] == Repr.KeywordCode ? I(i) : HostSession.KeywordCode(op, kind, S(i));

        switch (b.Module, b.Name)
        {
            case ("clysm:io", "write-char"): s.WriteChar(I(0), I(1)); return null;
            case ("clysm:io", "write-string"): s.WriteString(I(0), S(1)); return null;
            case ("clysm:io", "read-char"): return s.ReadChar(I(0));
            case ("clysm:io", "read-line"): return s.ReadLine(I(0));
            case ("clysm:fs", "open"): return s.Open(S(0), K(1, "direction"), K(2, "if-exists"), K(3, "if-does-not-exist"));
            case ("clysm:fs", "close"): s.Close(I(0)); return null;
            case ("clysm:fs", "read-all"): return s.ReadAll(I(0));
            case ("clysm:fs", "write-all"): s.WriteAll(I(0), S(1)); return null;
            case ("clysm:runtime", "unhandled-condition"): throw s.UnhandledCondition(S(0), S(1));
            default: throw new HostErrorException(new HostError(op, null, null, "no such host function"));
        }
    }

    // ---- the worker process and framing ------------------------------------------------

    private void EnsureWorker()
    {
        if (_node is { HasExited: false }) return;
        KillWorker();
        var psi = new ProcessStartInfo(_nodePath)
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true,
            UseShellExecute = false,
        };
        // A heap cap turns runaway allocation into a reported crash instead of a swapping machine.
        foreach (var arg in new[] { "--max-old-space-size=2048", "--no-warnings", LoaderScript.Path }) psi.ArgumentList.Add(arg);
        var p = Process.Start(psi) ?? throw new EngineUnavailableException($"cannot start {_nodePath}");
        lock (_nodeStderr) _nodeStderr.Clear();
        p.ErrorDataReceived += (_, e) => { if (e.Data is null) return; lock (_nodeStderr) { if (_nodeStderr.Length < 8192) _nodeStderr.AppendLine(e.Data); } };
        p.BeginErrorReadLine();
        if (_core is { } core && (OperatingSystem.IsLinux() || OperatingSystem.IsWindows())) p.ProcessorAffinity = (IntPtr)(1L << core);
        _node = p;
        _toNode = p.StandardInput.BaseStream;
        _fromNode = p.StandardOutput.BaseStream;
        WorkerStarts++;
        var (type, len) = ReadFrame();
        if (type != (byte)'R') throw new ProtocolException("protocol: the engine did not say hello");
        using var hello = JsonDocument.Parse(_frame.AsMemory(0, len));
        _version = $"V8 {hello.RootElement.GetProperty("v8").GetString()} (Node {hello.RootElement.GetProperty("node").GetString()!.TrimStart('v')})";
    }

    private void KillWorker()
    {
        var p = _node;
        _node = null;
        if (p is null) return;
        try { if (!p.HasExited) p.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
        try { p.WaitForExit(2000); } catch (InvalidOperationException) { }
        p.Dispose();
    }

    private string NodeStderrTail() { lock (_nodeStderr) return _nodeStderr.ToString().Trim(); }

    private (byte Type, int Length) ReadFrame()
    {
        Span<byte> head = stackalloc byte[5];
        ReadExactly(head);
        var len = (int)BinaryPrimitives.ReadUInt32LittleEndian(head) - 1;
        if (len < 0 || len > 256 << 20) throw new ProtocolException($"protocol: frame of {len} bytes");
        if (_frame.Length < len) _frame = new byte[Math.Max(len, _frame.Length * 2)];
        ReadExactly(_frame.AsSpan(0, len));
        return (head[4], len);
    }

    private void ReadExactly(Span<byte> into)
    {
        var s = _fromNode ?? throw new EndOfStreamException();
        while (into.Length > 0)
        {
            var n = s.Read(into);
            if (n == 0) throw new EndOfStreamException();
            into = into[n..];
        }
    }

    private byte[] _out = new byte[1 << 12];

    private void SendRun(byte[] json, byte[] module)
    {
        var total = 5 + 4 + json.Length + module.Length;
        var buf = total <= _out.Length ? _out : _out = new byte[total];
        BinaryPrimitives.WriteUInt32LittleEndian(buf, (uint)(total - 4));
        buf[4] = (byte)'R';
        BinaryPrimitives.WriteUInt32LittleEndian(buf.AsSpan(5), (uint)json.Length);
        json.CopyTo(buf, 9);
        module.CopyTo(buf, 9 + json.Length);
        Send(buf.AsSpan(0, total));
    }

    private void SendAnswer(bool writable, Repr? repr, object? value)
    {
        byte[]? text = null;
        if (repr is { } r && r is not (Repr.Int or Repr.Handle or Repr.KeywordCode) && value is string s) text = Encoding.UTF8.GetBytes(s);
        var total = 5 + 2 + (repr is null ? 0 : 4 + (text?.Length ?? 0));
        var buf = total <= _out.Length ? _out : _out = new byte[total];
        BinaryPrimitives.WriteUInt32LittleEndian(buf, (uint)(total - 4));
        buf[4] = (byte)'A'; buf[5] = 1; buf[6] = writable ? (byte)1 : (byte)0;
        if (repr is Repr.Int or Repr.Handle or Repr.KeywordCode) BinaryPrimitives.WriteInt32LittleEndian(buf.AsSpan(7), value is int i ? i : -1);
        else if (repr is not null)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(buf.AsSpan(7), text is null ? uint.MaxValue : (uint)text.Length);
            text?.CopyTo(buf, 11);
        }
        Send(buf.AsSpan(0, total));
    }

    private void SendError(string message)
    {
        var text = Encoding.UTF8.GetBytes(message);
        var total = 5 + 1 + 4 + text.Length;
        var buf = total <= _out.Length ? _out : _out = new byte[total];
        BinaryPrimitives.WriteUInt32LittleEndian(buf, (uint)(total - 4));
        buf[4] = (byte)'A'; buf[5] = 0;
        BinaryPrimitives.WriteUInt32LittleEndian(buf.AsSpan(6), (uint)text.Length);
        text.CopyTo(buf, 10);
        Send(buf.AsSpan(0, total));
    }

    private void Send(ReadOnlySpan<byte> bytes)
    {
        var s = _toNode ?? throw new EndOfStreamException();
        s.Write(bytes);
        s.Flush();
    }

    public void Dispose() => KillWorker();

    private sealed class ProtocolException(string message) : Exception(message);
    private sealed class HostBugException(Exception inner) : Exception(inner.Message, inner);
    private sealed class OutputLimitException : Exception;
}

/// <summary>No usable engine on this machine (exit code 3: a missing dependency).</summary>
public sealed class EngineUnavailableException(string message) : Exception(message)
{
    public ExitCode ExitCode => ExitCode.EXIT_MISSING_DEP;
}

/// <summary>The loader script, written once per content to the temp directory.</summary>
internal static class LoaderScript
{
    private static readonly Lazy<string> Lazy = new(() =>
    {
        using var s = typeof(LoaderScript).Assembly.GetManifestResourceStream("Clysm.Runtime.loader.mjs")
            ?? throw new InvalidOperationException("loader.mjs is not embedded");
        using var ms = new MemoryStream();
        s.CopyTo(ms);
        var bytes = ms.ToArray();
        var hash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(bytes))[..16];
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"clysm-loader-{hash}.mjs");
        if (!File.Exists(path))
        {
            var tmp = path + "." + Environment.ProcessId + ".tmp";
            File.WriteAllBytes(tmp, bytes);
            File.Move(tmp, path, overwrite: true);
        }
        return path;
    });

    public static string Path => Lazy.Value;
}
