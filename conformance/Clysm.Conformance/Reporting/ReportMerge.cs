using Clysm.Conformance.Gate;
using Clysm.Conformance.Running;

namespace Clysm.Conformance.Reporting;

/// <summary>Shard reports that cannot be joined: named with the files and the reason.</summary>
public sealed class ReportMergeException(string message) : Exception(message);

/// <summary>
/// Joins the reports of the N shards of one run (run --shard K/N) into the report the unsharded run
/// would have written: the per-case results of every shard, summed again from the cases
/// (<see cref="ReportBuilder"/>). Refused, naming the files: a report that is not a shard, shards of
/// different runs (stage, stage hash, engine, suite version, filters, corpus fingerprint, shard
/// count), a shard missing or given twice, a case in two shards (an overlap), or fewer cases than
/// the run selected (a gap, e.g. an interrupted shard).
/// </summary>
public static class ReportMerge
{
    public static CompilationReport Merge(IReadOnlyList<LoadedReport> shards)
    {
        if (shards.Count == 0) throw new ReportMergeException("give the report of every shard");
        foreach (var s in shards)
            if (s.Report.Shard is null)
                throw new ReportMergeException($"{s.Source} is not the report of a shard (it has no \"shard\"; run --shard K/N writes one)");

        var first = shards[0];
        void Same(string what, Func<CompilationReport, string?> get)
        {
            foreach (var s in shards.Skip(1))
                if (!string.Equals(get(s.Report), get(first.Report), StringComparison.Ordinal))
                    throw new ReportMergeException($"{s.Source} and {first.Source} are shards of different runs: {what} {Show(get(s.Report))} vs {Show(get(first.Report))}");
        }
        Same("stage_version", r => r.StageVersion);
        Same("stage", r => r.Stage is { } st ? $"{st.Kind} {st.Sha256}" : null);
        Same("engine", r => r.EngineVersion);
        Same("suite_version", r => r.SuiteVersion);
        Same("filters", r => string.Join(" ", r.Filters));
        Same("corpus_fingerprint", r => r.CorpusFingerprint);
        Same("shard count", r => r.Shard!.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Same("cases selected", r => r.Shard!.Selected.ToString(System.Globalization.CultureInfo.InvariantCulture));

        var count = first.Report.Shard!.Count;
        var byIndex = shards.GroupBy(s => s.Report.Shard!.Index).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var (index, list) in byIndex)
            if (list.Count > 1) throw new ReportMergeException($"shard {index}/{count} is given twice: {string.Join(" and ", list.Select(s => s.Source))}");
        var missing = Enumerable.Range(1, count).Where(i => !byIndex.ContainsKey(i)).ToList();
        if (missing.Count > 0) throw new ReportMergeException($"shard(s) {string.Join(", ", missing.Select(i => $"{i}/{count}"))} missing: a merge needs all {count}");

        var ordered = Enumerable.Range(1, count).Select(i => byIndex[i][0]).ToList();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var cases = new List<CaseResult>();
        foreach (var s in ordered)
            foreach (var c in s.Report.Cases)
            {
                if (seen.TryGetValue(c.Id, out var other))
                    throw new ReportMergeException($"case {c.Id} is in {other} and in {s.Source}: the shards overlap");
                seen[c.Id] = s.Source;
                cases.Add(c);
            }
        var selected = first.Report.Shard.Selected;
        if (cases.Count != selected)
            throw new ReportMergeException($"the run selected {selected} case(s) and the shards hold {cases.Count}: a gap "
                + $"({string.Join(", ", ordered.Select(s => $"{s.Source}: {s.Report.Cases.Count}"))}); was a shard interrupted?");

        var stage = first.Report.Stage ?? new StageInfo { Kind = "reference", Description = first.Report.StageVersion };
        var merged = ReportBuilder.Build(cases, ordered.SelectMany(s => s.Report.Modules.Select(m => m.Path)), new RunInfo
        {
            StageVersion = first.Report.StageVersion,
            Stage = stage,
            EngineVersion = first.Report.EngineVersion,
            Engines = first.Report.Engines,
            // The shards ran side by side: the run took as long as its slowest shard.
            Duration = TimeSpan.FromMilliseconds(ordered.Max(s => s.Report.DurationMs)),
            Filters = first.Report.Filters,
            CorpusFingerprint = first.Report.CorpusFingerprint,
        });
        return merged with { SuiteVersion = first.Report.SuiteVersion, MergedFrom = ordered.Select(s => s.Report.RunId ?? s.Source).ToList() };
    }

    private static string Show(string? s) => s is null ? "(none)" : $"\"{s}\"";
}
