using Clysm.Conformance.Reporting;
using Clysm.Conformance.Running;
using Clysm.Runtime;

namespace Clysm.Conformance.Gate;

public sealed record CaseChange(CaseResult? Before, CaseResult After)
{
    public string Id => After.Id;
}

public sealed record CoverageChange(string Category, double? Before, double? After)
{
    public double? Delta => Before is null || After is null ? null : After - Before;
}

/// <summary>The difference between two runs.</summary>
public sealed record RunComparison
{
    /// <summary>Why the reports cannot be compared; empty when they can.</summary>
    public IReadOnlyList<string> Incompatible { get; init; } = [];
    public IReadOnlyList<string> Warnings { get; init; } = [];
    /// <summary>Passed in the baseline, does not pass now.</summary>
    public IReadOnlyList<CaseChange> Regressions { get; init; } = [];
    /// <summary>Did not pass in the baseline (or was not in it), passes now.</summary>
    public IReadOnlyList<CaseChange> NewlyPassing { get; init; } = [];
    /// <summary>Failing in both, with a different outcome.</summary>
    public IReadOnlyList<CaseChange> OutcomeChanged { get; init; } = [];
    public IReadOnlyList<string> OnlyInBaseline { get; init; } = [];
    public IReadOnlyList<string> OnlyInCurrent { get; init; } = [];
    public CoverageChange Overall { get; init; } = new("overall", null, null);
    public IReadOnlyList<CoverageChange> Categories { get; init; } = [];
    public bool CurrentNothingScored { get; init; }

    /// <summary>2 incompatible, 77 nothing ran now, 1 regressions, 0 otherwise.</summary>
    public ExitCode ExitCode =>
        Incompatible.Count > 0 ? ExitCode.EXIT_FAILURE
        : CurrentNothingScored ? ExitCode.EXIT_SKIP
        : Regressions.Count > 0 ? ExitCode.EXIT_PARTIAL
        : ExitCode.EXIT_SUCCESS;
}

public static class ReportComparison
{
    /// <param name="ignoreCorpusFingerprint">Compare by case ids even when the fingerprints differ.</param>
    public static RunComparison Compare(LoadedReport baseline, LoadedReport current, bool ignoreCorpusFingerprint = false)
    {
        var (b, c) = (baseline.Report, current.Report);
        var why = new List<string>();
        var warnings = new List<string>();

        var (vb, vc) = (MajorMinor(b.SuiteVersion), MajorMinor(c.SuiteVersion));
        if (vb is not null && vc is not null && vb != vc)
            why.Add($"suite versions differ: baseline {b.SuiteVersion} ({baseline.Source}), current {c.SuiteVersion} ({current.Source}); reports of suite {vb} and {vc} judge cases differently");
        else if (vb is null || vc is null)
            warnings.Add($"suite_version missing in the {(vb is null ? "baseline" : "current")} report: cannot check that the two suites agree");

        if (b.Cases.Count == 0 && b.Summary.TotalForms > 0)
            why.Add($"the baseline ({baseline.Source}) has no per-case results (\"cases\"), so regressions cannot be found");
        if (c.Cases.Count == 0 && c.Summary.TotalForms > 0)
            why.Add($"the current report ({current.Source}) has no per-case results (\"cases\"), so regressions cannot be found");

        var before = b.Cases.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var now = c.Cases.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var onlyBefore = before.Keys.Where(k => !now.ContainsKey(k)).Order(StringComparer.Ordinal).ToList();
        var onlyNow = now.Keys.Where(k => !before.ContainsKey(k)).Order(StringComparer.Ordinal).ToList();
        var common = before.Count - onlyBefore.Count;

        if (b.CorpusFingerprint is not null && c.CorpusFingerprint is not null)
        {
            if (b.CorpusFingerprint != c.CorpusFingerprint)
            {
                var msg = $"the corpora differ (corpus_fingerprint {Short(b.CorpusFingerprint)} vs {Short(c.CorpusFingerprint)}; " +
                          $"{onlyNow.Count} case(s) appeared, {onlyBefore.Count} disappeared, others may have changed their source or expectations)";
                if (ignoreCorpusFingerprint) warnings.Add(msg + "; comparing the cases with the same id anyway");
                else why.Add(msg + "; rerun the baseline on this corpus, or pass --ignore-corpus-fingerprint");
            }
        }
        else if (why.Count == 0 && (before.Count > 0 || now.Count > 0))
        {
            // No fingerprint: the case id sets must overlap enough for the comparison to mean something.
            if (common == 0)
                why.Add($"the reports have no case in common ({before.Count} in the baseline, {now.Count} now)");
            else if (common * 2 < Math.Max(before.Count, now.Count))
                why.Add($"the reports share only {common} case(s) of {before.Count} (baseline) and {now.Count} (current): different corpora or filters");
            else if (onlyBefore.Count + onlyNow.Count > 0)
                warnings.Add($"no corpus fingerprint; by case id: {onlyNow.Count} case(s) appeared, {onlyBefore.Count} disappeared (listed, not counted as regressions)");
        }
        if (!b.Filters.SequenceEqual(c.Filters))
            warnings.Add($"the runs used different filters: baseline [{string.Join(", ", b.Filters)}], current [{string.Join(", ", c.Filters)}]");

        var regressions = new List<CaseChange>();
        var newlyPassing = new List<CaseChange>();
        var changed = new List<CaseChange>();
        foreach (var r in c.Cases)
        {
            before.TryGetValue(r.Id, out var old);
            if (old is null)
            {
                if (r.Outcome == Outcome.Pass) newlyPassing.Add(new CaseChange(null, r));
                continue;
            }
            if (old.Outcome == Outcome.Pass && r.Outcome != Outcome.Pass) regressions.Add(new CaseChange(old, r));
            else if (old.Outcome != Outcome.Pass && r.Outcome == Outcome.Pass) newlyPassing.Add(new CaseChange(old, r));
            else if (old.Outcome != r.Outcome) changed.Add(new CaseChange(old, r));
        }

        var catBefore = b.Categories.ToDictionary(x => x.Category, x => x.CoveragePct, StringComparer.Ordinal);
        var catNow = c.Categories.ToDictionary(x => x.Category, x => x.CoveragePct, StringComparer.Ordinal);
        var categories = catBefore.Keys.Union(catNow.Keys).Order(StringComparer.Ordinal)
            .Select(k => new CoverageChange(k, catBefore.TryGetValue(k, out var x) ? x : null, catNow.TryGetValue(k, out var y) ? y : null))
            .ToList();

        return new RunComparison
        {
            Incompatible = why,
            Warnings = warnings,
            Regressions = regressions.OrderBy(x => x.Id, StringComparer.Ordinal).ToList(),
            NewlyPassing = newlyPassing.OrderBy(x => x.Id, StringComparer.Ordinal).ToList(),
            OutcomeChanged = changed.OrderBy(x => x.Id, StringComparer.Ordinal).ToList(),
            OnlyInBaseline = onlyBefore,
            OnlyInCurrent = onlyNow,
            Overall = new CoverageChange("overall", b.Summary.CoveragePct, c.Summary.CoveragePct),
            Categories = categories,
            CurrentNothingScored = RunStatus.NothingScored(c),
        };
    }

    /// <summary>"1.4.2" -> "1.4"; null when absent or unparsable.</summary>
    public static string? MajorMinor(string? version)
    {
        if (string.IsNullOrWhiteSpace(version)) return null;
        var parts = version.Trim().TrimStart('v').Split('.', '-', '+');
        return parts.Length >= 2 && int.TryParse(parts[0], out var maj) && int.TryParse(parts[1], out var min) ? $"{maj}.{min}" : version.Trim();
    }

    private static string Short(string fp) => fp.Length > 12 ? fp[..12] : fp;
}
