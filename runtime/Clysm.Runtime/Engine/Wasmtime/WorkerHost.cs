using System.Diagnostics;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;
using P = Clysm.Runtime.Engine.Wasmtime.WorkerProtocol;

namespace Clysm.Runtime.Engine.Wasmtime;

/// <summary>
/// The Wasmtime worker process (runtime/Clysm.Runtime.Worker calls <see cref="Main"/>): a
/// <see cref="WasmRunner"/> over an in-process <see cref="WasmtimeEngine"/>, so the C# host serves host
/// calls right beside the engine, and the modules the parent sent, by id. Requests are answered one at a
/// time over stdin/stdout (<see cref="WorkerProtocol"/>), on the engine's wasm thread. It exits as soon as
/// its parent is gone, even while a case runs: a watcher thread polls the request pipe and the parent pid.
/// </summary>
internal static class WorkerHost
{
    public static int Main(string[] args)
    {
        // The protocol gets the real stdout; fd 1 becomes stderr, so nothing else (a native library, a
        // stray Console.Write) can put bytes into the protocol stream.
        var protocolFd = Libc.dup(1);
        if (protocolFd < 0 || Libc.dup2(2, 1) < 0) { Console.Error.WriteLine("worker: cannot set up the protocol pipe"); return 3; }
        using var output = new FileStream(new SafeFileHandle(protocolFd, ownsHandle: true), FileAccess.Write, 1 << 16);
        using var input = Console.OpenStandardInput(1 << 16);
        StartParentWatch();

        WasmtimeEngine engine;
        try { engine = new WasmtimeEngine(WasmtimeSettings.FromArguments(args)); }
        catch (Exception e) when (e is EngineUnavailableException or ArgumentException or FormatException)
        {
            P.WriteFrame(output, P.Hello, P.Json(w => w.WriteString("error", e.Message)));
            return 3;
        }
        P.WriteFrame(output, P.Hello, P.Json(w =>
        {
            w.WriteNumber("pid", Environment.ProcessId);
            w.WriteString("wasmtime", WasmtimeEngine.LibraryVersion);
        }));
        using var runner = new WasmRunner(engine);
        return engine.OnWasmThread(() => Serve(input, output, engine, runner));
    }

    private static int Serve(Stream input, Stream output, WasmtimeEngine engine, WasmRunner runner)
    {
        var modules = new Dictionary<uint, byte[]>();
        for (;;)
        {
            var frame = P.ReadFrame(input);
            if (frame is not { } f || f.Type == P.Quit) return 0;
            switch (f.Type)
            {
                case P.Module:
                {
                    var id = BitConverter.ToUInt32(f.Body, 0);
                    var bytes = f.Body[4..];
                    if (modules.Remove(id, out var old)) engine.Forget(old);
                    modules[id] = bytes;
                    var clock = Stopwatch.StartNew();
                    var error = engine.Precompile(bytes);
                    P.WriteFrame(output, P.ModuleReady, P.Json(w =>
                    {
                        if (error is not null) w.WriteString("error", error);
                        w.WriteNumber("ms", clock.Elapsed.TotalMilliseconds);
                    }));
                    break;
                }
                case P.Validate:
                {
                    var error = runner.Validate(f.Body);
                    P.WriteFrame(output, P.Validated, P.Json(w => { if (error is not null) w.WriteString("error", error); }));
                    break;
                }
                case P.Run:
                {
                    var (request, missing) = P.DecodeRun(f.Body, id => modules.GetValueOrDefault(id));
                    var result = request is not null
                        ? runner.Invoke(request)
                        : new InvocationResult { Status = InvocationStatus.Crashed, Message = $"protocol: the worker has no module {missing}" };
                    var json = P.EncodeResult(result, runner.Compiles);
                    P.WriteFrame(output, P.Done, P.U32((uint)json.Length), json, result.ReturnedBytes ?? []);
                    break;
                }
                case P.Forget:
                    if (modules.Remove(BitConverter.ToUInt32(f.Body, 0), out var gone)) engine.Forget(gone);
                    break;
                default:
                    Console.Error.WriteLine($"worker: unknown frame type {f.Type}");
                    return 2;
            }
        }
    }

    /// <summary>Ends the process when the parent dies: the request pipe hangs up, or the parent pid
    /// changes (re-parented). Runs beside the wasm thread, so a looping case cannot hold it up.</summary>
    private static void StartParentWatch()
    {
        var parent = Libc.getppid();
        new Thread(() =>
        {
            var fds = new Libc.PollFd { Fd = 0, Events = 0 };
            for (;;)
            {
                fds.Revents = 0;
                var ready = Libc.poll(ref fds, 1, 200);
                var hungUp = ready > 0 && (fds.Revents & (Libc.PollHup | Libc.PollErr | Libc.PollNval)) != 0;
                if (hungUp || Libc.getppid() != parent) Libc._exit(0);
            }
        }) { IsBackground = true, Name = "parent-watch" }.Start();
    }

    private static class Libc
    {
        public const short PollErr = 0x8, PollHup = 0x10, PollNval = 0x20;

        [StructLayout(LayoutKind.Sequential)]
        public struct PollFd { public int Fd; public short Events; public short Revents; }

        [DllImport("libc", SetLastError = true)] public static extern int poll(ref PollFd fds, nuint count, int timeoutMs);
        [DllImport("libc")] public static extern int getppid();
        [DllImport("libc")] public static extern int dup(int fd);
        [DllImport("libc")] public static extern int dup2(int from, int to);
        /// <summary>Immediate exit: no finalizers, no waiting for the wasm thread.</summary>
        [DllImport("libc")] public static extern void _exit(int status);
    }
}
