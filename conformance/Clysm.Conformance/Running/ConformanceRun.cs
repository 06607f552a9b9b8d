using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Clysm.Conformance.Corpus;
using Clysm.Conformance.Stages;
using Clysm.Runtime;

namespace Clysm.Conformance.Running;

/// <summary>Counts so far, for progress displays.</summary>
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

/// <summary>Runs cases in parallel on a <see cref="ConformanceSession"/>; results come back in case order.</summary>
public static class ConformanceRun
{
    public static RunOutcome Run(IReadOnlyList<CorpusCase> cases, ConformanceSession session, RunOptions options)
    {
        var clock = Stopwatch.StartNew();
        var prep = session.Preparation;
        if (prep.Status == StageStatus.Missing)
            return new RunOutcome(prep, [], clock.Elapsed, session.EngineVersion);

        var results = new CaseResult?[cases.Count];
        var next = -1;
        int done = 0, passed = 0, failed = 0, skipped = 0;
        var gate = new object();
        StreamWriter? log = null;
        if (options.ResultsLogPath is { } logPath)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(logPath))!);
            log = new StreamWriter(logPath, append: false, new UTF8Encoding(false));
        }
        var lineOptions = new JsonSerializerOptions { WriteIndented = false };

        void Worker()
        {
            for (;;)
            {
                if (options.Cancel.IsCancellationRequested) return;
                var i = Interlocked.Increment(ref next);
                if (i >= cases.Count) return;
                var r = session.Run(cases[i]);
                results[i] = r;
                lock (gate)
                {
                    done++;
                    if (r.Outcome == Outcome.Pass) passed++;
                    else if (r.Outcome == Outcome.Skip) skipped++;
                    else failed++;
                    if (log is not null) { log.WriteLine(JsonSerializer.Serialize(r, lineOptions)); log.Flush(); }
                    options.OnCaseDone?.Invoke(new Progress(done, cases.Count, passed, failed, skipped, clock.Elapsed), r);
                }
            }
        }

        try
        {
            var jobs = Math.Clamp(options.Jobs, 1, Math.Max(1, cases.Count));
            var threads = Enumerable.Range(0, jobs).Select(n => new Thread(Worker) { Name = $"case-worker-{n}", IsBackground = true }).ToList();
            threads.ForEach(t => t.Start());
            threads.ForEach(t => t.Join());
        }
        finally { log?.Dispose(); }

        return new RunOutcome(prep, results.Where(r => r is not null).Select(r => r!).ToList(), clock.Elapsed, session.EngineVersion);
    }
}
