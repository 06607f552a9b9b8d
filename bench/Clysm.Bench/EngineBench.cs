using System.Diagnostics;
using System.Globalization;
using Clysm.Conformance.Corpus;
using Clysm.Reference;
using Clysm.Runtime;
using Clysm.Runtime.Contract;
using Clysm.Runtime.Engine;
using Clysm.Runtime.Engine.V8;
using Clysm.Runtime.Engine.Wasmtime;
using Clysm.Runtime.Wasm;
using Clysm.TestSupport;

namespace Clysm.Bench;

/// <summary>
/// Wasmtime figures (issue 9), side by side with V8 in one run: host-call costs, invocation costs
/// and the cost of the worker-process design; Cranelift compile time of reference-stage case modules.
/// </summary>
internal static class EngineBench
{
    private static readonly CultureInfo Ci = CultureInfo.InvariantCulture;

    private const string Bytes = "(type $bytes (array (mut i8)))";
    private const string Channel = """
      (func (export "clysm:string-length") (param $s anyref) (result i32)
        (if (result i32) (ref.test (ref $bytes) (local.get $s)) (then (array.len (ref.cast (ref $bytes) (local.get $s)))) (else (i32.const -1))))
      (func (export "clysm:string-byte") (param $s anyref) (param $i i32) (result i32) (array.get_u $bytes (ref.cast (ref $bytes) (local.get $s)) (local.get $i)))
      (func (export "clysm:string-new") (param $n i32) (result anyref) (array.new_default $bytes (local.get $n)))
      (func (export "clysm:string-set-byte") (param $s anyref) (param $i i32) (param $b i32) (array.set $bytes (ref.cast (ref $bytes) (local.get $s)) (local.get $i) (local.get $b)))
      """;

    /// <summary><c>engines [WRITES] [LINES]</c>: host calls and invocations on V8 and Wasmtime.</summary>
    public static int Engines(string[] args)
    {
        var writes = args.Length > 0 ? int.Parse(args[0], Ci) : 2_000_000;
        var lines = args.Length > 1 ? int.Parse(args[1], Ci) : 200_000;
        var writeModule = Wat.Assemble($$"""
            (module
              (import "clysm:io" "write-char" (func $w (param i32 i32)))
              (func (export "_start") (result i32) (local $i i32)
                (loop $l (call $w (i32.const 1) (i32.const 120))
                  (local.set $i (i32.add (local.get $i) (i32.const 1)))
                  (br_if $l (i32.lt_s (local.get $i) (i32.const {{writes}}))))
                (local.get $i)))
            """);
        var readModule = Wat.Assemble($$"""
            (module {{Bytes}}
              (import "clysm:io" "read-line" (func $r (param i32) (result (ref null $bytes))))
              {{Channel}}
              (func (export "_start") (result i32) (local $n i32)
                (block $eof (loop $l
                  (br_if $eof (ref.is_null (call $r (i32.const 0))))
                  (local.set $n (i32.add (local.get $n) (i32.const 1))) (br $l)))
                (local.get $n)))
            """);
        var tiny = Wat.Assemble("""(module (func (export "_start") (result i32) (i32.const 42)))""");
        var stdin = string.Concat(Enumerable.Repeat("abc\n", lines));
        var writeRequest = new InvocationRequest { Module = writeModule, OutputLimitBytes = writes + 1, Timeout = TimeSpan.FromMinutes(5) };
        var readRequest = new InvocationRequest { Module = readModule, Stdin = stdin, Timeout = TimeSpan.FromMinutes(5) };

        Console.WriteLine($"engine bench: {Environment.ProcessorCount} cores, {writes:N0} write-char calls, {lines:N0} read-line round trips, best of 3");
        var rows = new List<(string Figure, string V8, string Worker, string InProcess)>();
        var v8 = Figures(() => new V8Engine(), writeRequest, readRequest, tiny, writes, lines);
        var wasmtime = Figures(() => new WasmtimeEngine(), writeRequest, readRequest, tiny, writes, lines);
        var inProcess = InProcessFigures(writeRequest, readRequest, tiny, writes, lines);
        Console.WriteLine($"{"figure",-46} {"V8 (Node worker)",18} {"Wasmtime (worker)",18} {"Wasmtime in process",20}");
        foreach (var key in v8.Keys)
            Console.WriteLine($"{key,-46} {Fmt(v8[key]),18} {Fmt(wasmtime[key]),18} {(inProcess.TryGetValue(key, out var ip) ? Fmt(ip) : "-"),20}");
        Console.WriteLine(string.Format(Ci, "cost of the worker process per invocation (worker - in process): {0:0.000} ms",
            wasmtime["invocation of a small module, reused (ms)"] - inProcess["invocation of a small module, reused (ms)"]));
        Console.WriteLine("targets (Wasmtime): >= 2,000,000 write-char/s; <= 3 µs per read-line round trip");
        return 0;
    }

    private static Dictionary<string, double> Figures(Func<IWasmEngine> create, InvocationRequest writes, InvocationRequest reads, byte[] tiny, int writeCount, int lineCount)
    {
        using var engine = create();
        Check(engine.Invoke(new InvocationRequest { Module = tiny }), "warm-up");
        var d = new Dictionary<string, double>();
        d["write-char calls per second"] = Best(3, () => Check(engine.Invoke(writes), "writes"), true) is var w ? writeCount / w : 0;
        d["read-line round trip (µs)"] = Best(3, () => Check(engine.Invoke(reads), "reads"), true) * 1e6 / (lineCount + 1);
        const int n = 500;
        d["invocation of a small module, reused (ms)"] = Best(3, () => { for (var i = 0; i < n; i++) Check(engine.Invoke(new InvocationRequest { Module = tiny }), "tiny"); }) * 1000 / n;
        const int m = 10;
        d["first invocation on a fresh worker (ms)"] = Best(1, () =>
        {
            for (var i = 0; i < m; i++) { using var fresh = create(); Check(fresh.Invoke(new InvocationRequest { Module = tiny }), "fresh"); }
        }) * 1000 / m;
        return d;
    }

    private static Dictionary<string, double> InProcessFigures(InvocationRequest writes, InvocationRequest reads, byte[] tiny, int writeCount, int lineCount)
    {
        using var runner = new WasmtimeRunner(new WasmtimeSettings().Check());
        InvocationResult Run(InvocationRequest r)
        {
            var bindings = ContractChecker.Check(WasmModule.Parse(r.Module), HostContract.Default).Bindings;
            var (module, error) = runner.Compile(r.Module);
            using (module) return module is null ? throw new InvalidOperationException(error) : runner.Run(module, r, bindings);
        }
        var (tinyModule, _) = runner.Compile(tiny);
        var d = new Dictionary<string, double>();
        d["write-char calls per second"] = writeCount / Best(3, () => Check(Run(writes), "writes"), true);
        d["read-line round trip (µs)"] = Best(3, () => Check(Run(reads), "reads"), true) * 1e6 / (lineCount + 1);
        const int n = 500;
        d["invocation of a small module, reused (ms)"] = Best(3, () =>
        {
            for (var i = 0; i < n; i++) Check(runner.Run(tinyModule!, new InvocationRequest { Module = tiny }, []), "tiny");
        }) * 1000 / n;
        tinyModule!.Dispose();
        return d;
    }

    /// <summary>Seconds of the fastest of <paramref name="rounds"/> runs; with <paramref name="warm"/>, one untimed run first.</summary>
    private static double Best(int rounds, Action run, bool warm = false)
    {
        if (warm) run();
        var best = double.MaxValue;
        for (var i = 0; i < rounds; i++)
        {
            var sw = Stopwatch.StartNew();
            run();
            best = Math.Min(best, sw.Elapsed.TotalSeconds);
        }
        return best;
    }

    private static void Check(InvocationResult r, string what)
    {
        if (r.Status != InvocationStatus.Returned) throw new InvalidOperationException($"{what}: {r.Status} {r.Message}");
    }

    private static string Fmt(double v) => v >= 1000 ? v.ToString("N0", Ci) : v.ToString("0.000", Ci);

    /// <summary><c>wasmtime-compile [CASES]</c>: an even sample of the corpus compiled by the reference
    /// stage, then by Cranelift in this process (no cache) under each setting.</summary>
    public static int Compile(string[] args)
    {
        var count = args.Length > 0 && int.TryParse(args[0], out var n) && n > 0 ? n : 40;
        var cases = CorpusLoader.Load(Repo.PathOf("corpus")).Cases;
        var step = Math.Max(1, cases.Count / count);
        var modules = cases.Where((_, i) => i % step == 0).Take(count)
            .Select(c => ReferenceCompiler.Compile(c.Source, c.Id))
            .Where(r => r.ExitCode == ExitCode.EXIT_SUCCESS).Select(r => r.Module!).ToList();
        var sizes = modules.Select(m => m.Length).Order().ToList();
        Console.WriteLine(string.Format(Ci, "{0} reference-stage case modules (every {1}th corpus case): size median {2:N0} bytes, p90 {3:N0}",
            modules.Count, step, sizes[sizes.Count / 2], sizes[(int)(sizes.Count * 0.9)]));
        Console.WriteLine($"{"Cranelift setting",-52} {"median ms",10} {"p90 ms",10} {"wall s",8} {"CPU s",8}");
        foreach (var (optimize, singlePass, parallel) in new[] { (false, false, true), (false, true, true), (true, false, true), (false, false, false), (false, true, false) })
        {
            var settings = new WasmtimeSettings { CacheDirectory = null, Optimize = optimize, SinglePassRegalloc = singlePass, ParallelCompilation = parallel };
            using var runner = new WasmtimeRunner(settings);
            using (runner.Compile(modules[0]).Module) { }                  // warm-up
            var times = new List<double>();
            var sw = new Stopwatch();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            foreach (var m in modules)
            {
                sw.Restart();
                var (module, error) = runner.Compile(m);
                sw.Stop();
                module?.Dispose();
                if (error is not null) throw new InvalidOperationException(error);
                times.Add(sw.Elapsed.TotalMilliseconds);
            }
            var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
            times.Sort();
            Console.WriteLine(string.Format(Ci, "{0,-52} {1,10:0.0} {2,10:0.0} {3,8:0.00} {4,8:0.00}",
                $"opt {(optimize ? "speed" : "none")}, regalloc {(singlePass ? "single-pass" : "backtracking")}, {(parallel ? "parallel" : "1 thread")}",
                times[times.Count / 2], times[(int)(times.Count * 0.9)], times.Sum() / 1000, cpuSeconds));
        }
        return 0;
    }
}
