using System.Diagnostics;
using System.Text;
using Clysm.Conformance.Corpus;
using Clysm.Conformance.Stages;
using Clysm.Runtime;

namespace Clysm.Conformance.Running;

/// <summary>Counts so far, for progress displays. <see cref="Skipped"/> counts every case that is not
/// scored (skip, unverified, inconclusive); <see cref="Failed"/> the outcome table's failures.</summary>
public sealed record Progress(int Done, int Total, int Passed, int Failed, int Skipped, TimeSpan Elapsed)
{
    public double CasesPerSecond => Elapsed.TotalSeconds <= 0 ? 0 : Done / Elapsed.TotalSeconds;
}

public sealed record RunOptions
{
    /// <summary>Worker threads, each with its own reused engine.</summary>
    public int Jobs { get; init; } = Environment.ProcessorCount;
    /// <summary>When set, every finished case is appended here as one JSON line at once, so an
    /// interrupted run still leaves its results.</summary>
    public string? ResultsLogPath { get; init; }
    public Action<Progress, CaseResult>? OnCaseDone { get; init; }
    public CancellationToken Cancel { get; init; }
}

public sealed record RunOutcome(StageOutput Preparation, IReadOnlyList<CaseResult> Results, TimeSpan Duration, string? EngineVersion)
{
    public ExitCode ExitCode => ConformanceSession.ExitCodeFor(Preparation, Results);
}

/// <summary>Runs cases in parallel on a <see cref="ConformanceSession"/> through the one
/// <see cref="CaseScheduler"/>; results come back in case order.</summary>
public static class ConformanceRun
{
    public static RunOutcome Run(IReadOnlyList<CorpusCase> cases, ConformanceSession session, RunOptions options)
    {
        var clock = Stopwatch.StartNew();
        var prep = session.Preparation;
        if (prep.Status == StageStatus.Missing)
            return new RunOutcome(prep, [], clock.Elapsed, session.EngineVersion);

        int done = 0, passed = 0, failed = 0, skipped = 0;
        var gate = new object();
        StreamWriter? log = null;
        if (options.ResultsLogPath is { } logPath)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(logPath))!);
            log = new StreamWriter(logPath, append: false, new UTF8Encoding(false));
        }

        void OnDone(CaseResult r)
        {
            lock (gate)
            {
                done++;
                if (r.Outcome == Outcome.Pass) passed++;
                else if (r.Failed) failed++;
                else skipped++;
                if (log is not null) { log.WriteLine(CaseLines.Line(r)); log.Flush(); }
                options.OnCaseDone?.Invoke(new Progress(done, cases.Count, passed, failed, skipped, clock.Elapsed), r);
            }
        }

        IReadOnlyList<CaseResult> results;
        try
        {
            using var scheduler = new CaseScheduler(cases, session.Run, options.Jobs, OnDone, options.Cancel);
            results = scheduler.RunAll();
        }
        finally { log?.Dispose(); }

        return new RunOutcome(prep, results, clock.Elapsed, session.EngineVersion);
    }
}
