using System.Globalization;
using System.Text.RegularExpressions;
using Clysm.Conformance.Running;

namespace Clysm.Conformance.Reporting;

/// <summary>Facts about a run that are not in the per-case results.</summary>
public sealed record RunInfo
{
    public required string StageVersion { get; init; }
    public required StageInfo Stage { get; init; }
    public string? EngineVersion { get; init; }
    /// <summary>Each engine's name and version (two with --engine both); null leaves the field out.</summary>
    public IReadOnlyList<string>? Engines { get; init; }
    public ShardInfo? Shard { get; init; }
    public DateTimeOffset Timestamp { get; init; } = DateTimeOffset.UtcNow;
    public TimeSpan Duration { get; init; }
    public IReadOnlyList<string> Filters { get; init; } = [];
    public string? CorpusFingerprint { get; init; }
}

/// <summary>Builds the report from per-case results only (never from running counters that can drift).</summary>
public static partial class ReportBuilder
{
    public static string SuiteVersion =>
        typeof(ReportBuilder).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    /// <param name="modules">Every corpus module of the run, so a module with no selected case still appears.</param>
    public static CompilationReport Build(IReadOnlyList<CaseResult> results, IEnumerable<string> modules, RunInfo info)
    {
        var byModule = results.ToLookup(r => r.Module);
        var moduleResults = modules.Concat(results.Select(r => r.Module)).Distinct().Order(StringComparer.Ordinal)
            .Select(m => new ModuleResult
            {
                Path = m,
                Total = byModule[m].Count(),
                Compiled = byModule[m].Count(r => r.Compiled),
                Failed = byModule[m].Count(NoModule),
                Skipped = byModule[m].Count(r => r.Outcome == Outcome.Skip),
                Passed = byModule[m].Count(r => r.Outcome == Outcome.Pass),
            }).ToList();

        var categories = results.GroupBy(r => r.Category).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new CategoryResult
            {
                Category = g.Key,
                Total = g.Count(),
                Compiled = g.Count(r => r.Compiled),
                Passed = g.Count(r => r.Outcome == Outcome.Pass),
                Skipped = g.Count(r => r.Outcome == Outcome.Skip),
                Failed = g.Count(r => r.Failed),
                Unverified = g.Count(r => r.Outcome == Outcome.Unverified),
                Inconclusive = g.Count(r => r.Outcome == Outcome.Inconclusive),
                CoveragePct = Pct(g.Count(r => r.Compiled), g.Count()),
                PassPct = Pct(g.Count(r => r.Outcome == Outcome.Pass), g.Count()),
            }).ToList();

        var failures = results.Where(r => r.Failed).ToList();
        var importCalls = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var r in results)
            foreach (var (k, v) in r.ImportCalls)
                importCalls[k] = importCalls.GetValueOrDefault(k) + v;

        return new CompilationReport
        {
            Timestamp = info.Timestamp.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            StageVersion = info.StageVersion,
            Summary = Summarize(results),
            Modules = moduleResults,
            SuiteVersion = SuiteVersion,
            EngineVersion = info.EngineVersion,
            Engines = info.Engines is { Count: > 0 } e ? e : null,
            Shard = info.Shard,
            Stage = info.Stage,
            DurationMs = Math.Round(info.Duration.TotalMilliseconds, 1),
            Filters = info.Filters,
            CorpusFingerprint = info.CorpusFingerprint,
            Categories = categories,
            FailuresByPhase = failures.GroupBy(r => r.Phase.Name()).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count()),
            TopBlockers = Blockers(results),
            HostImportCalls = importCalls,
            Cases = results.OrderBy(r => r.Module, StringComparer.Ordinal).ThenBy(r => r.Id, StringComparer.Ordinal).ToList(),
        };
    }

    /// <summary>The seed's three counts say what the stage did with each form: a valid module
    /// (compiled), no module (failed, whatever the verdict), or exit 77 (skipped); they add up to
    /// total_forms. The verdicts are in passed, scored and outcomes.</summary>
    public static Summary Summarize(IReadOnlyCollection<CaseResult> results)
    {
        var total = results.Count;
        var compiled = results.Count(r => r.Compiled);
        var passed = results.Count(r => r.Outcome == Outcome.Pass);
        return new Summary
        {
            TotalForms = total,
            Compiled = compiled,
            Failed = results.Count(NoModule),
            Skipped = results.Count(r => r.Outcome == Outcome.Skip),
            CoveragePct = Pct(compiled, total),
            Passed = passed,
            RunFailed = results.Count(r => r.Compiled && r.Outcome != Outcome.Pass),
            Scored = results.Count(r => r.Scored),
            Unverified = results.Count(r => r.Outcome == Outcome.Unverified),
            Inconclusive = results.Count(r => r.Outcome == Outcome.Inconclusive),
            PassPct = Pct(passed, total),
            Outcomes = results.GroupBy(r => r.Outcome).OrderBy(g => g.Key.Name(), StringComparer.Ordinal).ToDictionary(g => g.Key.Name(), g => g.Count()),
        };
    }

    /// <summary>The seed's "failed": the stage produced no valid module and did not skip.</summary>
    private static bool NoModule(CaseResult r) => !r.Compiled && r.Outcome != Outcome.Skip;

    /// <summary>Every case that did not pass, grouped by phase, outcome and reason (numbers folded so
    /// "function #3" and "function #8" count together, while digits inside names such as
    /// PRIN1-TO-STRING or clysm-stage1.wasm stay), most frequent first.</summary>
    public static IReadOnlyList<Blocker> Blockers(IEnumerable<CaseResult> results, int top = 10) =>
        results.Where(r => r.Outcome != Outcome.Pass)
            .GroupBy(r => (Phase: r.Phase.Name(), Outcome: r.Outcome.Name(), Reason: Normalize(r.Reason)))
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Phase, StringComparer.Ordinal).ThenBy(g => g.Key.Reason, StringComparer.Ordinal)
            .Take(top)
            .Select(g => new Blocker
            {
                Phase = g.Key.Phase,
                Outcome = g.Key.Outcome,
                Reason = g.Key.Reason,
                Count = g.Count(),
                Examples = g.Select(r => r.Id).Order(StringComparer.Ordinal).Take(3).ToList(),
            }).ToList();

    internal static string Normalize(string? reason)
    {
        if (string.IsNullOrWhiteSpace(reason)) return "(no reason given)";
        var s = Numbers().Replace(reason.Split('\n')[0], "N");
        return s.Length > 200 ? s[..200] + "…" : s;
    }

    internal static double Pct(int part, int whole) => whole == 0 ? 0 : Math.Round(100.0 * part / whole, 2);

    // A number standing alone: not touching a letter, digit or the characters names and paths are
    // made of (so "x1", "1+", "stage1.wasm", "-v0.1" and "U+0041" are left as they are), with an
    // optional sign and fraction ("-5", "1.5").
    [GeneratedRegex(@"(?<![\p{L}\p{N}_+*/.\-])-?\d+(?:\.\d+)?(?![\p{L}\p{N}_+*/\-])")]
    private static partial Regex Numbers();
}
