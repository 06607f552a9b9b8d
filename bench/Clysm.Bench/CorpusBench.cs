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
    public static int Run(string[] args)
    {
        var jobs = Option(args, "--jobs", Environment.ProcessorCount);
        var sample = Option(args, "--fresh-sample", 100);
        var cases = CorpusLoader.Load(Repo.PathOf("corpus")).Cases;
        var selection = StageSelection.FromEnvironment();
        var ci = CultureInfo.InvariantCulture;

        (double Rate, RunOutcome Outcome) Measure(IReadOnlyList<CorpusCase> selected, bool reuse)
        {
            using var stage = selection.Create();
            using var session = new ConformanceSession(stage, () => WasmRunner.Create(), reuseEngines: reuse);
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

    private static int Option(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], out var v) && v > 0 ? v : fallback;
    }
}
