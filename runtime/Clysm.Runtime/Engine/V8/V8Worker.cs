using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Clysm.Runtime.Engine.V8;

/// <summary>
/// One Node.js worker process (process management): started with loader.mjs, which runs the wasm
/// thread (wasm-thread.mjs) and exits when this process dies, even while wasm loops. Its stdin and
/// stdout carry the frames, its stderr is kept (a bounded tail) for crash messages.
/// </summary>
internal sealed class V8Worker : IDisposable
{
    /// <summary>Heap of the wasm thread: runaway allocation becomes a reported crash, not a swapping machine.</summary>
    private const int HeapMb = 2048;
    /// <summary>Node keeps this much of a worker thread's stack for itself (its kStackBufferSize).</summary>
    private const int NodeStackReserveBytes = 192 << 10;

    private readonly Process _process;
    private readonly StringBuilder _stderr = new();

    /// <summary>How to start a worker: the program and its arguments.</summary>
    public sealed record Launch(string Program, IReadOnlyList<string> Arguments);

    /// <summary>Node with loader.mjs and the wasm thread, whose stack is the stack budget plus what
    /// Node keeps, so that V8's limit is the budget (docs/stage-abi.md).</summary>
    public static Launch Default(string node)
    {
        var stackMb = (EngineLimits.WasmStackBytes + NodeStackReserveBytes) / (double)(1 << 20);
        return new Launch(node, ["--no-warnings", Scripts.Loader, Scripts.WasmThread,
            stackMb.ToString("0.####", CultureInfo.InvariantCulture), HeapMb.ToString(CultureInfo.InvariantCulture)]);
    }

    /// <summary>The wasm thread's script (tests start it in other ways).</summary>
    public static string WasmThreadScript => Scripts.WasmThread;

    public V8Worker(Launch launch, int? core)
    {
        var psi = new ProcessStartInfo(launch.Program)
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in launch.Arguments) psi.ArgumentList.Add(a);
        _process = Process.Start(psi) ?? throw new EngineUnavailableException($"cannot start {launch.Program}");
        _process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (_stderr) { if (_stderr.Length < 8192) _stderr.AppendLine(e.Data); }
        };
        _process.BeginErrorReadLine();
        if (core is { } c && (OperatingSystem.IsLinux() || OperatingSystem.IsWindows()))
            try { _process.ProcessorAffinity = (IntPtr)(1L << c); } catch (InvalidOperationException) { /* already gone: the hello fails */ }
        Channel = new FrameChannel(_process.StandardOutput.BaseStream, _process.StandardInput.BaseStream);
    }

    public FrameChannel Channel { get; }
    public int Pid => _process.Id;
    public bool HasExited { get { try { return _process.HasExited; } catch (InvalidOperationException) { return true; } } }

    /// <summary>Reads the worker's hello; returns (node, v8) as it reports them.</summary>
    public (string Node, string V8) ReadHello()
    {
        var (type, payload) = Channel.Read();
        if (type != V8Protocol.Hello) throw new ProtocolException($"protocol: the engine did not say hello (frame {V8Protocol.FrameName(type)})");
        using var hello = JsonDocument.Parse(payload);
        return (hello.RootElement.GetProperty("node").GetString() ?? "?", hello.RootElement.GetProperty("v8").GetString() ?? "?");
    }

    /// <summary>What the worker wrote to stderr, trimmed (after a crash, waits briefly for the last lines).</summary>
    public string StderrTail()
    {
        try { if (_process.HasExited) _process.WaitForExit(500); } catch (InvalidOperationException) { }
        lock (_stderr) return _stderr.ToString().Trim();
    }

    public void Kill()
    {
        try { if (!_process.HasExited) _process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
        catch (System.ComponentModel.Win32Exception) { }
        try { _process.WaitForExit(2000); } catch (InvalidOperationException) { }
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    /// <summary>The worker scripts, written once per content to the temp directory.</summary>
    private static class Scripts
    {
        private static readonly Lazy<string> LoaderPath = new(() => Write("loader.mjs"));
        private static readonly Lazy<string> ThreadPath = new(() => Write("wasm-thread.mjs"));

        public static string Loader => LoaderPath.Value;
        public static string WasmThread => ThreadPath.Value;

        private static string Write(string name)
        {
            using var s = typeof(V8Worker).Assembly.GetManifestResourceStream("Clysm.Runtime." + name)
                ?? throw new InvalidOperationException(name + " is not embedded");
            using var ms = new MemoryStream();
            s.CopyTo(ms);
            var bytes = ms.ToArray();
            var hash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(bytes))[..16];
            var path = Path.Combine(Path.GetTempPath(), $"clysm-{Path.GetFileNameWithoutExtension(name)}-{hash}.mjs");
            if (!File.Exists(path))
            {
                var tmp = path + "." + Environment.ProcessId + ".tmp";
                File.WriteAllBytes(tmp, bytes);
                File.Move(tmp, path, overwrite: true);
            }
            return path;
        }
    }
}
