using System.Diagnostics;
using System.Globalization;
using Clysm.Conformance.Corpus;
using Clysm.Reference;
using Clysm.Runtime;
using Clysm.Runtime.Engine;
using Clysm.Runtime.Engine.Wasmtime;
using Clysm.TestSupport;

namespace Clysm.Bench;

/// <summary>
/// Wasmtime figures (issue 9): Cranelift compile time of reference-stage case modules under each
/// compiler setting, side by side in one run (host calls on each engine: HostBench, <c>host</c>).
/// </summary>
internal static class EngineBench
{
    private static readonly CultureInfo Ci = CultureInfo.InvariantCulture;

    /// <summary><c>wasmtime-compile [CASES]</c>: an even sample of the corpus compiled by the reference
    /// stage, then by Cranelift in this process (no cache) under each setting.</summary>
    public static int Compile(int count)
    {
        var cases = CorpusLoader.Load(Repo.PathOf("corpus")).Cases;
        var step = Math.Max(1, cases.Count / count);
        var modules = cases.Where((_, i) => i % step == 0).Take(count)
            .Select(c => ReferenceCompiler.Compile(c.Source, c.Id))
            .Where(r => r.ExitCode == ExitCode.EXIT_SUCCESS).Select(r => r.Module!).ToList();
        var sizes = modules.Select(m => m.Length).Order().ToList();
        Console.WriteLine(string.Format(Ci, "{0} reference-stage case modules (every {1}th corpus case): size median {2:N0} bytes, p90 {3:N0}",
            modules.Count, step, sizes[sizes.Count / 2], sizes[(int)(sizes.Count * 0.9)]));
        Console.WriteLine($"{"Cranelift setting",-52} {"median ms",10} {"p90 ms",10} {"wall s",8} {"CPU s",8}");
        var cache = Directory.CreateTempSubdirectory("clysm-bench-wasmtime-cache-").FullName;
        var rows = new List<(string Label, WasmtimeSettings Settings)>
        {
            ("opt none, backtracking, parallel (default)", new WasmtimeSettings { CacheDirectory = null }),
            ("opt none, single-pass regalloc, parallel", new WasmtimeSettings { CacheDirectory = null, SinglePassRegalloc = true }),
            ("opt speed, backtracking, parallel", new WasmtimeSettings { CacheDirectory = null, Optimize = true }),
            ("opt none, backtracking, 1 thread", new WasmtimeSettings { CacheDirectory = null, ParallelCompilation = false }),
            ("default, cache cold (a fresh folder)", new WasmtimeSettings { CacheDirectory = cache }),
            ("default, cache warm (the same folder again)", new WasmtimeSettings { CacheDirectory = cache }),
            ("default, deserialize serialized bytes", new WasmtimeSettings { CacheDirectory = null, ParallelCompilation = true }),
        };
        try
        {
            foreach (var (label, settings) in rows) CompileRow(label, settings, modules);
        }
        finally
        {
            Directory.Delete(cache, recursive: true);
            File.Delete(cache + ".toml");
        }
        return 0;
    }

    /// <summary><c>wasmtime-cases [CASES]</c>: where a case's time goes on Wasmtime as the suite runs it
    /// (through the worker): sending and compiling its module, the run inside the worker, and the
    /// request/response around it; with a cold cache, then a warm one; V8 beside it.</summary>
    public static int Cases(int count)
    {
        var cases = CorpusLoader.Load(Repo.PathOf("corpus")).Cases;
        var step = Math.Max(1, cases.Count / count);
        var modules = cases.Where((_, i) => i % step == 0).Take(count)
            .Select(c => (c, ReferenceCompiler.Compile(c.Source, c.Id)))
            .Where(x => x.Item2.ExitCode == ExitCode.EXIT_SUCCESS).Select(x => (x.c, Module: x.Item2.Module!)).ToList();
        var cache = Directory.CreateTempSubdirectory("clysm-bench-wasmtime-cache-").FullName;
        Console.WriteLine($"{modules.Count} reference-stage case modules (every {step}th corpus case), one job");
        Console.WriteLine($"{"",-34} {"module ms",10} {"run ms",10} {"pipe ms",10} {"case ms",10}");
        try
        {
            foreach (var label in new[] { "wasmtime, cache cold", "wasmtime, cache warm" })
            {
                using var runner = new WasmtimeWorkerRunner(new WasmtimeSettings { CacheDirectory = cache }.Check());
                runner.Invoke(new InvocationRequest { Module = modules[0].Module });     // the worker is up
                var rows = new List<(double Module, double Run, double Pipe, double Case)>();
                foreach (var (c, module) in modules)
                {
                    var bytes = (byte[])module.Clone();                                    // a new case module each time
                    var sw = Stopwatch.StartNew();
                    var r = runner.Invoke(new InvocationRequest { Module = bytes, Stdin = c.Stdin, Timeout = TimeSpan.FromMinutes(1) });
                    var total = sw.Elapsed.TotalMilliseconds;
                    var compile = runner.LastCompileTime.TotalMilliseconds;
                    var inWorker = runner.LastRunTime.TotalMilliseconds;
                    rows.Add((compile, inWorker, total - compile - inWorker, total));
                }
                Row(label, rows);
            }
            using var v8 = new WasmRunner(new Clysm.Runtime.Engine.V8.V8Engine());
            v8.Invoke(new InvocationRequest { Module = modules[0].Module });
            var v8Rows = modules.Select(m =>
            {
                var sw = Stopwatch.StartNew();
                var r = v8.Invoke(new InvocationRequest { Module = (byte[])m.Module.Clone(), Stdin = m.c.Stdin, Timeout = TimeSpan.FromMinutes(1) });
                return (0.0, r.Duration.TotalMilliseconds, 0.0, sw.Elapsed.TotalMilliseconds);
            }).ToList();
            Row("v8 (compile inside the run)", v8Rows);
        }
        finally
        {
            Directory.Delete(cache, recursive: true);
            File.Delete(cache + ".toml");
        }
        Console.WriteLine("module: sending the module to the worker and compiling it there; run: the invocation inside the worker;");
        Console.WriteLine("pipe: the request and result crossing the pipe (case - module - run). Medians.");
        return 0;
    }

    private static void Row(string label, List<(double Module, double Run, double Pipe, double Case)> rows)
    {
        double Median(Func<(double, double, double, double), double> f) => rows.Select(f).Order().ElementAt(rows.Count / 2);
        Console.WriteLine(string.Format(Ci, "{0,-34} {1,10:0.00} {2,10:0.00} {3,10:0.00} {4,10:0.00}", label,
            Median(r => r.Item1), Median(r => r.Item2), Median(r => r.Item3), Median(r => r.Item4)));
    }

    private static void CompileRow(string label, WasmtimeSettings settings, List<byte[]> modules)
    {
        {
            using var engine = new WasmtimeEngine(settings.Check());
            if (settings.CacheDirectory is null) using (engine.Run(() => engine.Native.Compile(modules[0])).Module) { }   // warm-up
            var times = new List<double>();
            var sw = new Stopwatch();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var serialized = label.Contains("deserialize") ? modules.Select(m => engine.Run(() => { using var c = engine.Native.Compile(m).Module!; return c.Serialize(); })).ToList() : null;
            if (serialized is not null) Console.WriteLine($"  (serialized size median {serialized.Select(b => b.Length).Order().ElementAt(serialized.Count / 2):N0} bytes)");
            cpu = Process.GetCurrentProcess().TotalProcessorTime;
            for (var k = 0; k < modules.Count; k++)
            {
                var m = modules[k];
                sw.Restart();
                var (module, error) = serialized is null ? engine.Run(() => engine.Native.Compile(m)) : engine.Run(() => engine.Native.Deserialize(serialized[k]));
                sw.Stop();
                module?.Dispose();
                if (error is not null) throw new InvalidOperationException(error);
                times.Add(sw.Elapsed.TotalMilliseconds);
            }
            var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
            times.Sort();
            Console.WriteLine(string.Format(Ci, "{0,-52} {1,10:0.0} {2,10:0.0} {3,8:0.00} {4,8:0.00}",
                label, times[times.Count / 2], times[(int)(times.Count * 0.9)], times.Sum() / 1000, cpuSeconds));
        }
    }
}
