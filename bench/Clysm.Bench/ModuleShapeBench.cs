using System.Diagnostics;
using System.Globalization;
using Clysm.Conformance.Corpus;
using Clysm.Conformance.Reporting;
using Clysm.Conformance.Running;
using Clysm.Conformance.Stages;
using Clysm.Reference;
using Clysm.Runtime;
using Clysm.Runtime.Engine;
using Clysm.TestSupport;

namespace Clysm.Bench;

/// <summary>
/// <c>module-shapes [--jobs N] [--sample N] [--engine NAME]</c>: the reference stage's two module shapes
/// (docs/reference-compiler.md, "Module shapes") side by side in one run. First the size of every
/// corpus case's module in each shape (median, p90, max) and the support module's size; then the corpus
/// (or an even sample of N cases) run through the stage in each shape on one engine, with the time per
/// case of each and their ratio, and every case whose result differs between the shapes (another
/// outcome, or another wrong value). The shapes run in turn after a warm-up of both, so neither pays
/// the JIT alone.
/// </summary>
internal static class ModuleShapeBench
{
    public static int Run(int jobs, int? sampleSize, string? engineName)
    {
        var all = CorpusLoader.Load(Repo.PathOf("corpus")).Cases;
        var sample = sampleSize ?? all.Count;
        var engine = engineName ?? (Environment.GetEnvironmentVariable("CLYSM_ENGINE") is { Length: > 0 } e ? e : "v8");
        var ci = CultureInfo.InvariantCulture;
        var shapes = new[] { ModuleShape.SelfContained, ModuleShape.WithSupport };

        // sizes: every case that compiles, in both shapes
        var clock = Stopwatch.StartNew();
        var support = ReferenceCompiler.SupportModule;
        var supportMs = clock.Elapsed.TotalMilliseconds;
        Console.WriteLine(string.Format(ci, "support module: {0:N0} bytes, compiled once in {1:0} ms", support.Length, supportMs));
        foreach (var shape in shapes)
        {
            var sizes = all.Select(c => ReferenceCompiler.Compile(c.Source, c.Id, shape))
                .Where(r => r.ExitCode == ExitCode.EXIT_SUCCESS).Select(r => r.Module!.Length).Order().ToList();
            Console.WriteLine(string.Format(ci, "{0,-15} case modules of {1} corpus cases: median {2,7:N0} bytes  p90 {3,7:N0}  max {4,7:N0}  total {5,11:N0}",
                Label(shape), sizes.Count, sizes[sizes.Count / 2], sizes[(int)(sizes.Count * 0.9)], sizes[^1], sizes.Sum(s => (long)s)));
        }

        var step = Math.Max(1, all.Count / Math.Max(1, sample));
        var cases = all.Where((_, i) => i % step == 0).Take(sample).ToList();
        Console.WriteLine(string.Format(ci, "running {0} of {1} corpus cases{2} on {3}, {4} job(s)", cases.Count, all.Count,
            cases.Count < all.Count ? $" (every {step}th)" : "", engine, jobs));
        RunOutcome Measure(ModuleShape shape, IReadOnlyList<CorpusCase> selected)
        {
            using var stage = new ReferenceStage(shape);
            using var session = new ConformanceSession(stage, () => EngineFactory.CreateRunner(engine));
            _ = session.Preparation;                     // the support module's compilation is not per-case work
            return ConformanceRun.Run(selected, session, new RunOptions { Jobs = jobs });
        }
        var warmUp = cases.Where((_, i) => i % 20 == 0).ToList();
        foreach (var shape in shapes) Measure(shape, warmUp);
        var outcomes = shapes.Select(shape =>
        {
            var outcome = Measure(shape, cases);
            Console.WriteLine(string.Format(ci, "{0,-15} {1,5} cases in {2,7:0.00} s = {3,6:0.00} ms per case  (compile median {4:0.00} ms, run median {5:0.00} ms; {6}; {7})",
                Label(shape), cases.Count, outcome.Duration.TotalSeconds, outcome.Duration.TotalMilliseconds / cases.Count,
                Median(outcome.Results.Select(r => r.CompileMs)), Median(outcome.Results.Select(r => r.RunMs)),
                ReportBuilder.Summarize(outcome.Results).ScoredLine(), outcome.EngineVersion));
            return outcome;
        }).ToList();
        Console.WriteLine(string.Format(ci, "time with support / self-contained: {0:0.00}x", outcomes[1].Duration / outcomes[0].Duration));

        var byId = outcomes[1].Results.ToDictionary(r => r.Id);
        var differing = outcomes[0].Results.Where(a => byId[a.Id] is var b && (a.Outcome != b.Outcome || (a.Outcome == Outcome.Fail && a.Diff != b.Diff))).ToList();
        Console.WriteLine($"cases whose result differs between the shapes: {differing.Count}");
        foreach (var a in differing)
        {
            var b = byId[a.Id];
            Console.WriteLine($"  {a.Id}");
            Console.WriteLine($"    self-contained: {a.Outcome} {a.Reason}");
            Console.WriteLine($"    with support:   {b.Outcome} {b.Reason}");
        }
        return differing.Count == 0 ? 0 : 1;
    }

    private static string Label(ModuleShape shape) => shape == ModuleShape.WithSupport ? "with support" : "self-contained";

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted[sorted.Count / 2];
    }
}
