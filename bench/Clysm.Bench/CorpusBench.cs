using System.Globalization;
using Clysm.Conformance.Corpus;
using Clysm.Conformance.Reporting;
using Clysm.Conformance.Running;
using Clysm.Conformance.Stages;
using Clysm.Runtime.Engine;
using Clysm.TestSupport;

namespace Clysm.Bench;

/// <summary>
/// Cases per second of the whole corpus through the stage ($CLYSM_STAGE, default: the reference
/// stage) on reused engine workers, beside the same cases with one fresh engine process per case,
/// in one invocation (issue: conformance run, speed).
/// </summary>
internal static class CorpusBench
{
    public static int Run(int jobs, int sample)
    {
        var cases = CorpusLoader.Load(Repo.PathOf("corpus")).Cases;
        var selection = StageSelection.FromEnvironment();
        var ci = CultureInfo.InvariantCulture;

        (double Rate, RunOutcome Outcome) Measure(IReadOnlyList<CorpusCase> selected, bool reuse)
        {
            using var stage = selection.Create();
            using var session = new ConformanceSession(stage, () => EngineFactory.CreateRunner(), reuseEngines: reuse);
            _ = session.Preparation;                     // stage start-up is not per-case work
            var outcome = ConformanceRun.Run(selected, session, new RunOptions { Jobs = jobs });
            return (selected.Count / outcome.Duration.TotalSeconds, outcome);
        }

        var (reused, first) = Measure(cases, reuse: true);
        // An even spread over the corpus, so no one category decides the fresh-process figure.
        var step = Math.Max(1, cases.Count / Math.Max(1, sample));
        var spread = cases.Where((_, i) => i % step == 0).Take(sample).ToList();
        var (fresh, _) = Measure(spread, reuse: false);
        var ratio = reused / fresh;
        Console.WriteLine(string.Format(ci, "stage {0}, {1} job(s), engine {2}", selection.EffectiveKind, jobs, first.EngineVersion));
        Console.WriteLine(string.Format(ci, "reused engines:          {0,5} cases in {1,6:0.00} s = {2,7:0.0} cases/s  ({3})",
            cases.Count, first.Duration.TotalSeconds, reused, ReportBuilder.Summarize(first.Results).ScoredLine()));
        Console.WriteLine(string.Format(ci, "fresh process per case:  {0,5} cases            = {1,7:0.0} cases/s", spread.Count, fresh));
        Console.WriteLine(string.Format(ci, "speed-up {0:0.0}x (targets: >= 100 cases/s and >= 5x: {1})", ratio, reused >= 100 && ratio >= 5 ? "met" : "NOT met"));
        return 0;
    }

    /// <summary>
    /// <c>corpus-engines [--jobs N] [--sample N]</c>: the corpus (or an even sample of N cases) through the
    /// stage on V8, on Wasmtime with a cold compilation cache (a fresh folder), and on Wasmtime again with
    /// that cache warm, side by side in one run, with cases/s and the Wasmtime/V8 ratios; then every case
    /// whose result differs between V8 and Wasmtime: another outcome, or another wrong value (a failure's
    /// diff). Engines word their traps differently, so a trap's message is not compared.
    /// </summary>
    public static int Engines(int jobs, int? sampleSize)
    {
        var all = CorpusLoader.Load(Repo.PathOf("corpus")).Cases;
        var sample = sampleSize ?? all.Count;
        var step = Math.Max(1, all.Count / Math.Max(1, sample));
        var cases = all.Where((_, i) => i % step == 0).Take(sample).ToList();
        var selection = StageSelection.FromEnvironment();
        var ci = CultureInfo.InvariantCulture;
        var cache = Directory.CreateTempSubdirectory("clysm-bench-wasmtime-cache-").FullName;
        var savedCache = Environment.GetEnvironmentVariable("CLYSM_WASMTIME_CACHE");
        Environment.SetEnvironmentVariable("CLYSM_WASMTIME_CACHE", cache);
        Console.WriteLine(string.Format(ci, "stage {0}, {1} job(s), {2} of {3} corpus cases{4}", selection.EffectiveKind, jobs, cases.Count, all.Count,
            cases.Count < all.Count ? $" (every {step}th)" : ""));
        try
        {
            RunOutcome Measure(string engine, string label)
            {
                using var stage = selection.Create();
                using var session = new ConformanceSession(stage, () => EngineFactory.CreateRunner(engine));
                _ = session.Preparation;
                var outcome = ConformanceRun.Run(cases, session, new RunOptions { Jobs = jobs });
                Console.WriteLine(string.Format(ci, "{0,-24} {1,5} cases in {2,8:0.00} s = {3,7:0.0} cases/s  ({4}; {5})", label, cases.Count,
                    outcome.Duration.TotalSeconds, cases.Count / outcome.Duration.TotalSeconds, ReportBuilder.Summarize(outcome.Results).ScoredLine(), outcome.EngineVersion));
                return outcome;
            }
            var v8 = Measure("v8", "v8");
            var cold = Measure("wasmtime", "wasmtime, cache cold");
            var warm = Measure("wasmtime", "wasmtime, cache warm");
            Console.WriteLine(string.Format(ci, "wasmtime/v8 time: cold {0:0.0}x, warm {1:0.0}x (target <= 1.5x)",
                cold.Duration / v8.Duration, warm.Duration / v8.Duration));

            var byId = cold.Results.ToDictionary(r => r.Id);
            var differing = v8.Results.Where(a => byId[a.Id] is var b && (a.Outcome != b.Outcome || (a.Outcome == Outcome.Fail && a.Diff != b.Diff))).ToList();
            Console.WriteLine($"cases whose result differs between v8 and wasmtime: {differing.Count}");
            foreach (var a in differing)
            {
                var b = byId[a.Id];
                Console.WriteLine($"  {a.Id}");
                Console.WriteLine($"    v8:       {a.Outcome} {a.Reason}");
                Console.WriteLine($"    wasmtime: {b.Outcome} {b.Reason}");
            }
            return 0;
        }
        finally
        {
            Environment.SetEnvironmentVariable("CLYSM_WASMTIME_CACHE", savedCache);
            Directory.Delete(cache, recursive: true);
            File.Delete(cache + ".toml");
        }
    }
}
