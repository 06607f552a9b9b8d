using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Clysm.Conformance.Running;

namespace Clysm.Conformance.Reporting;

/// <summary>Facts about a run that are not in the per-case results.</summary>
public sealed record RunInfo
{
    public required string StageVersion { get; init; }
    public required StageInfo Stage { get; init; }
    public string? EngineVersion { get; init; }
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
                Failed = byModule[m].Count(r => r.CompileFailed),
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
                Failed = g.Count(r => r.Outcome is not (Outcome.Pass or Outcome.Skip)),
                CoveragePct = Pct(g.Count(r => r.Compiled), g.Count()),
            }).ToList();

        var failures = results.Where(r => r.Outcome is not (Outcome.Pass or Outcome.Skip)).ToList();
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
            Stage = info.Stage,
            DurationMs = Math.Round(info.Duration.TotalMilliseconds, 1),
            Filters = info.Filters,
            CorpusFingerprint = info.CorpusFingerprint,
            Categories = categories,
            FailuresByPhase = failures.GroupBy(r => Name(r.Phase)).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count()),
            TopBlockers = Blockers(results),
            HostImportCalls = importCalls,
            Cases = results.OrderBy(r => r.Module, StringComparer.Ordinal).ThenBy(r => r.Id, StringComparer.Ordinal).ToList(),
        };
    }

    public static Summary Summarize(IReadOnlyCollection<CaseResult> results)
    {
        var total = results.Count;
        var compiled = results.Count(r => r.Compiled);
        var passed = results.Count(r => r.Outcome == Outcome.Pass);
        return new Summary
        {
            TotalForms = total,
            Compiled = compiled,
            Failed = results.Count(r => r.CompileFailed),
            Skipped = results.Count(r => r.Outcome == Outcome.Skip),
            CoveragePct = Pct(compiled, total),
            Passed = passed,
            RunFailed = results.Count(r => r.Compiled && r.Outcome != Outcome.Pass),
            Scored = results.Count(r => r.Scored),
            PassPct = Pct(passed, total),
            Outcomes = results.GroupBy(r => Name(r.Outcome)).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count()),
        };
    }

    /// <summary>Every case that did not pass, grouped by phase, outcome and reason (numbers folded so
    /// "function #3" and "function #8" count together), most frequent first.</summary>
    public static IReadOnlyList<Blocker> Blockers(IEnumerable<CaseResult> results, int top = 10) =>
        results.Where(r => r.Outcome != Outcome.Pass)
            .GroupBy(r => (Phase: Name(r.Phase), Outcome: Name(r.Outcome), Reason: Normalize(r.Reason)))
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
        var s = Digits().Replace(reason.Split('\n')[0], "N");
        return s.Length > 200 ? s[..200] + "…" : s;
    }

    internal static double Pct(int part, int whole) => whole == 0 ? 0 : Math.Round(100.0 * part / whole, 2);

    /// <summary>The JSON name of an enum value ("compile-error", "link").</summary>
    public static string Name<T>(T value) where T : struct, Enum => JsonSerializer.Serialize(value).Trim('"');

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}
