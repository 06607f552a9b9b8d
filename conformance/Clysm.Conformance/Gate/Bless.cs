using Clysm.Conformance.Reporting;
using Clysm.Conformance.Running;

namespace Clysm.Conformance.Gate;

/// <summary>What bless changed: ids added, removed (now passing or no longer in the corpus) and
/// updated (a different outcome now).</summary>
public sealed record BlessResult(
    ExpectationsFile File,
    IReadOnlyList<Expectation> Added,
    IReadOnlyList<(Expectation Entry, string Why)> Removed,
    IReadOnlyList<(Expectation Before, Expectation After)> Updated,
    int Kept);

public static class Blesser
{
    private const int MaxReason = 200;

    /// <summary>The expectations that make this run pass the gate exactly: every non-passing case gets
    /// an entry, keeping the reason, kind and link of an entry already there (an entry written
    /// before kinds existed becomes not-yet). A new entry gets
    /// <paramref name="reason"/>, else <see cref="Expectation.ReasonPlaceholder"/> with what the run
    /// said, which the gate reports until someone writes why; and the kind not-yet unless told.</summary>
    /// <param name="stage">The file's stage; default: the existing file's, else the report's stage without its version.</param>
    public static BlessResult Bless(CompilationReport report, ExpectationsFile? existing, string? stage = null,
        string? reason = null, ExpectationKind kind = ExpectationKind.NotYet)
    {
        if (RunStatus.NothingScored(report))
            throw new InvalidOperationException("refusing to bless a run in which nothing was tested: " + RunStatus.LoudMessage(report));
        var old = (existing?.Entries ?? []).ToDictionary(e => e.Id, StringComparer.Ordinal);
        var entries = new List<Expectation>();
        var added = new List<Expectation>();
        var removed = new List<(Expectation, string)>();
        var updated = new List<(Expectation, Expectation)>();
        var kept = 0;

        foreach (var r in report.Cases)
        {
            old.Remove(r.Id, out var before);
            if (r.Outcome == Outcome.Pass)
            {
                if (before is not null) removed.Add((before, "passes now"));
                continue;
            }
            if (before is null)
            {
                var said = OneLine(r.Reason);
                var e = new Expectation
                {
                    Id = r.Id, Expect = r.Outcome, Kind = kind,
                    Reason = OneLine(reason) ?? Expectation.ReasonPlaceholder + (said is null ? "" : $" (the run said: {said})"),
                };
                entries.Add(e);
                added.Add(e);
                continue;
            }
            // "fail" covers the ordinary failing outcomes (as the gate judges it); anything else must name the outcome exactly.
            var stillMatches = before.Expect == r.Outcome
                || (before.Expect == Outcome.Fail && ExpectationGate.Classify(r, before).Status == GateStatus.ExpectedFailure);
            // An entry from before kinds existed is tagged not-yet; "never" is a person's call.
            before = before with { Kind = before.Kind ?? ExpectationKind.NotYet };
            if (stillMatches) { entries.Add(before); kept++; continue; }
            var after = before with { Expect = r.Outcome };
            entries.Add(after);
            updated.Add((before, after));
        }

        // Entries for cases the run did not have: kept when filters may have left them out.
        foreach (var e in old.Values)
            if (report.Filters.Count > 0) { entries.Add(e with { Kind = e.Kind ?? ExpectationKind.NotYet }); kept++; }
            else removed.Add((e, "no longer in the corpus"));

        var file = new ExpectationsFile
        {
            Stage = stage ?? existing?.Stage ?? StageName(report.StageVersion),
            Entries = entries.OrderBy(e => e.Id, StringComparer.Ordinal).ToList(),
        };
        return new BlessResult(file, added, removed.OrderBy(x => x.Item1.Id, StringComparer.Ordinal).ToList(), updated, kept);
    }

    /// <summary>"stage1-v0.3" -> "stage1".</summary>
    public static string StageName(string stageVersion)
    {
        var cut = stageVersion.IndexOf("-v", StringComparison.Ordinal);
        return cut > 0 ? stageVersion[..cut] : stageVersion;
    }

    private static string? OneLine(string? s)
    {
        if (string.IsNullOrWhiteSpace(s)) return null;
        var line = s.Split('\n', 2)[0].Trim();
        if (line.Length == 0) return null;
        return line.Length <= MaxReason ? line : line[..MaxReason] + "...";
    }
}
