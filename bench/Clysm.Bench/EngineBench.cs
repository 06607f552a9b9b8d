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
/// Wasmtime figures (issue 9): Cranelift compile time of reference-stage case modules under each
/// compiler setting, side by side in one run (host calls on each engine: HostBench, <c>host</c>).
/// </summary>
internal static class EngineBench
{
    private static readonly CultureInfo Ci = CultureInfo.InvariantCulture;

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
            using var engine = new WasmtimeEngine(settings);
            using (engine.Native.Compile(modules[0]).Module) { }           // warm-up
            var times = new List<double>();
            var sw = new Stopwatch();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            foreach (var m in modules)
            {
                sw.Restart();
                var (module, error) = engine.Run(() => engine.Native.Compile(m));
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
