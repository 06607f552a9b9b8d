using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using P = Clysm.Runtime.Engine.Wasmtime.WorkerProtocol;

namespace Clysm.Runtime.Engine.Wasmtime;

/// <summary>
/// The parent's handle on one Wasmtime worker process (runtime/Clysm.Runtime.Worker, found next to
/// this assembly): starting it, one request/answer exchange at a time under a watchdog, and its
/// death. When the worker dies, <see cref="DeathMessage"/> says how, with the engine's own last words.
/// </summary>
internal sealed class WorkerProcess : IDisposable
{
    private readonly Process _process;
    private readonly Stream _toWorker, _fromWorker;
    private readonly StringBuilder _stderr = new();
    private readonly object _gate = new();
    private bool _killed;

    /// <summary>The worker's assembly beside the runtime's.</summary>
    public static string WorkerPath => Path.Combine(Path.GetDirectoryName(typeof(WorkerProcess).Assembly.Location)!, "Clysm.Runtime.Worker.dll");

    public WorkerProcess(WasmtimeSettings settings, TimeSpan startTimeout)
    {
        var worker = WorkerPath;
        if (!File.Exists(worker))
            throw new EngineUnavailableException($"the Wasmtime worker {worker} is missing: build runtime/Clysm.Runtime.Worker (a project that creates WasmtimeEngine references it)");
        var psi = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        psi.ArgumentList.Add(worker);
        foreach (var a in settings.ToArguments()) psi.ArgumentList.Add(a);
        psi.Environment["DOTNET_TieredPGO"] = "0";
        psi.Environment["RUST_BACKTRACE"] = "0";           // a panic's message, not its frames
        _process = Process.Start(psi) ?? throw new EngineUnavailableException("cannot start the Wasmtime worker");
        _process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (_stderr) { if (_stderr.Length < 16384) _stderr.AppendLine(e.Data); }
        };
        _process.BeginErrorReadLine();
        _toWorker = _process.StandardInput.BaseStream;
        _fromWorker = _process.StandardOutput.BaseStream;

        var hello = Exchange(null, P.Hello, startTimeout, []);
        if (hello is null) throw new EngineUnavailableException("the Wasmtime worker did not start: " + DeathMessage());
        using var doc = JsonDocument.Parse(hello);
        if (doc.RootElement.TryGetProperty("error", out var error))
        {
            Kill();
            throw new EngineUnavailableException("Wasmtime: " + error.GetString());
        }
        Pid = doc.RootElement.GetProperty("pid").GetInt32();
    }

    public int Pid { get; }

    public bool Alive => !_killed && !_process.HasExited;

    /// <summary>True when the last <see cref="Exchange"/> ended because its watchdog fired.</summary>
    public bool TimedOut { get; private set; }

    /// <summary>
    /// Sends one frame (none when <paramref name="type"/> is null) and waits for the answer of type
    /// <paramref name="answer"/>. Null when the worker died or the watchdog killed it on
    /// <paramref name="limit"/> (then <see cref="TimedOut"/>).
    /// </summary>
    public byte[]? Exchange(byte? type, byte answer, TimeSpan limit, params byte[][] parts)
    {
        TimedOut = false;
        var finished = false;
        using var watchdog = new Timer(_ =>
        {
            lock (_gate) { if (finished) return; TimedOut = true; }
            Kill();
        }, null, limit, Timeout.InfiniteTimeSpan);
        try
        {
            if (type is { } t) P.WriteFrame(_toWorker, t, parts);
            var frame = P.ReadFrame(_fromWorker);
            if (frame is not { } f) return null;
            if (f.Type != answer) throw new ProtocolException($"protocol: the worker answered '{(char)f.Type}' to '{(char)(type ?? 0)}'");
            return f.Body;
        }
        catch (IOException) { return null; }
        catch (ObjectDisposedException) { return null; }
        finally { lock (_gate) finished = true; }
    }

    /// <summary>Sends a frame that has no answer.</summary>
    public void Send(byte type, params byte[][] parts)
    {
        try { P.WriteFrame(_toWorker, type, parts); }
        catch (IOException) { }
    }

    /// <summary>How the worker ended, with the tail of what it wrote to stderr (a Wasmtime panic, "Stack overflow.").</summary>
    public string DeathMessage()
    {
        // The timed wait does not wait for the stderr reader; once the process is gone the plain one does, at once.
        try { if (_process.WaitForExit(2000)) _process.WaitForExit(); } catch (InvalidOperationException) { }
        var how = !_process.HasExited ? "stopped answering"
            : _process.ExitCode > 128 ? $"died of signal {_process.ExitCode - 128}{SignalName(_process.ExitCode - 128)}"
            : $"exited with code {_process.ExitCode}";
        var tail = StderrTail();
        return $"the engine process {how}" + (tail.Length > 0 ? ": " + tail : "");
    }

    private static string SignalName(int signal) => signal switch { 6 => " (SIGABRT)", 9 => " (SIGKILL)", 11 => " (SIGSEGV)", 4 => " (SIGILL)", _ => "" };

    private string StderrTail()
    {
        string text;
        lock (_stderr) text = _stderr.ToString();
        return LastWords(text);
    }

    /// <summary>
    /// What a dying worker said, on one line: a Rust panic's location and message, the .NET runtime's
    /// "Stack overflow." with the innermost frame, or else the last lines, without backtraces and hints.
    /// </summary>
    internal static string LastWords(string stderr)
    {
        var lines = stderr.Replace("\r", "").Split('\n').Select(l => l.TrimEnd()).Where(l => l.Length > 0).ToList();
        var kept = new List<string>();
        for (var i = 0; i < lines.Count; i++)
        {
            var l = lines[i];
            if (l.StartsWith("stack backtrace:", StringComparison.Ordinal) || l.StartsWith("note: ", StringComparison.Ordinal)
                || System.Text.RegularExpressions.Regex.IsMatch(l, @"^\s+(\d+:|at )") || l.StartsWith("Repeat", StringComparison.Ordinal)
                || l.StartsWith("-----", StringComparison.Ordinal))
                continue;
            kept.Add(l.Trim());
        }
        var tail = string.Join(" | ", kept.TakeLast(6));
        return tail.Length > 2000 ? "..." + tail[^2000..] : tail;
    }

    public void Kill()
    {
        lock (_gate) _killed = true;
        try { if (!_process.HasExited) _process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
    }

    public void Dispose()
    {
        if (Alive)
        {
            Send(P.Quit);
            try { _toWorker.Close(); } catch (IOException) { }
            if (!_process.WaitForExit(2000)) Kill();
        }
        else Kill();
        try { _process.WaitForExit(2000); } catch (InvalidOperationException) { }
        _process.Dispose();
    }

    /// <summary>The <c>dotnet</c> host that runs this process, to run the worker's assembly with.</summary>
    private static string DotnetHost()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host)) return host;
        var exe = OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";
        if (Environment.ProcessPath is { } self && Path.GetFileName(self) == exe) return self;
        // The shared runtime lives at <root>/shared/Microsoft.NETCore.App/<version>/.
        var root = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
        var candidate = Path.Combine(root, exe);
        return File.Exists(candidate) ? candidate : exe;
    }
}
