using Clysm.Conformance.Reporting;
using Clysm.Conformance.Running;
using Clysm.Runtime;

namespace Clysm.Conformance.Gate;

/// <summary>A case's verdict once the expectations are applied.</summary>
public enum GateStatus
{
    Pass,
    /// <summary>Failed and no entry expected it (or the entry expected an outcome that is not scored).</summary>
    NewFailure,
    /// <summary>Failed, and the expectations said so (xfail).</summary>
    ExpectedFailure,
    /// <summary>Passed although an entry expected it not to (xpass): reported; fails --strict.</summary>
    UnexpectedPass,
    /// <summary>Skipped, unverified or inconclusive, as its entry says.</summary>
    ExpectedNotScored,
    /// <summary>Skipped, unverified or inconclusive without an entry saying so: reported; fails --strict.</summary>
    NewNotScored,
}

public sealed record GateCase(CaseResult Result, GateStatus Status, Expectation? Expectation, string? Note = null)
{
    public string Id => Result.Id;
}

public sealed record GateResult
{
    public required IReadOnlyList<GateCase> Cases { get; init; }
    /// <summary>Entries whose case is not in the run (no longer in the corpus).</summary>
    public IReadOnlyList<Expectation> Stale { get; init; } = [];
    /// <summary>Entries whose case the run's filters left out: neither stale nor checked.</summary>
    public IReadOnlyList<Expectation> NotSelected { get; init; } = [];
    /// <summary>Entries whose reason is still bless's placeholder, or that are not tagged not-yet/never.</summary>
    public IReadOnlyList<Expectation> Unexplained { get; init; } = [];
    public bool Strict { get; init; }

    public IEnumerable<GateCase> With(GateStatus s) => Cases.Where(c => c.Status == s);
    public int Count(GateStatus s) => Cases.Count(c => c.Status == s);
    public bool NothingScored => RunStatus.NothingScored(Cases.Select(c => c.Result).ToList());

    /// <summary>Why the gate fails, one line each; empty when it passes.</summary>
    public IReadOnlyList<string> FailureReasons()
    {
        var list = new List<string>();
        if (Count(GateStatus.NewFailure) > 0) list.Add($"{Count(GateStatus.NewFailure)} new failure(s)");
        if (Strict)
        {
            if (Count(GateStatus.UnexpectedPass) > 0) list.Add($"{Count(GateStatus.UnexpectedPass)} unexpected pass(es) (--strict)");
            if (Count(GateStatus.NewNotScored) > 0) list.Add($"{Count(GateStatus.NewNotScored)} new skip(s) or unverified/inconclusive case(s) (--strict)");
            if (Stale.Count > 0) list.Add($"{Stale.Count} stale expectation(s) (--strict)");
            if (Unexplained.Count > 0) list.Add($"{Unexplained.Count} expectation(s) without a written reason or a not-yet/never kind (--strict)");
        }
        return list;
    }

    /// <summary>77 when nothing ran, 1 when the gate fails, else 0.</summary>
    public ExitCode ExitCode =>
        NothingScored ? ExitCode.EXIT_SKIP : FailureReasons().Count > 0 ? ExitCode.EXIT_PARTIAL : ExitCode.EXIT_SUCCESS;
}

/// <summary>Applies an expectations file to a run.</summary>
public static class ExpectationGate
{
    /// <param name="expectations">null: no file, so every non-passing case is new.</param>
    /// <exception cref="ArgumentException">the file is for another stage.</exception>
    public static GateResult Apply(CompilationReport report, ExpectationsFile? expectations, bool strict = false)
    {
        if (expectations is not null && !expectations.AppliesTo(report.StageVersion))
            throw new ArgumentException($"the expectations are for stage {expectations.Stage}, the report is from {report.StageVersion}");
        var byId = (expectations?.Entries ?? []).ToDictionary(e => e.Id, StringComparer.Ordinal);
        var cases = report.Cases.Select(r => Classify(r, byId.GetValueOrDefault(r.Id))).ToList();

        var ran = report.Cases.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var missing = byId.Values.Where(e => !ran.Contains(e.Id)).OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
        // With filters, an absent case may simply not have been selected: we cannot call it stale.
        var filtered = report.Filters.Count > 0;
        return new GateResult
        {
            Cases = cases,
            Stale = filtered ? [] : missing,
            NotSelected = filtered ? missing : [],
            Unexplained = byId.Values.Where(e => e.Unexplained).OrderBy(e => e.Id, StringComparer.Ordinal).ToList(),
            Strict = strict,
        };
    }

    internal static GateCase Classify(CaseResult r, Expectation? e)
    {
        var outcome = r.Outcome.Name();
        if (r.Outcome == Outcome.Pass)
            return new GateCase(r, e is null ? GateStatus.Pass : GateStatus.UnexpectedPass, e,
                e is null ? null : $"expected {e.Expect.Name()}, now passes: remove its entry (bless)");
        if (!r.Scored)
            return e?.Expect == r.Outcome
                ? new GateCase(r, GateStatus.ExpectedNotScored, e)
                : new GateCase(r, GateStatus.NewNotScored, e, e is null ? $"{outcome}, no entry expects it" : $"expected {e.Expect.Name()}, now {outcome}");
        // A failing outcome.
        if (e is null) return new GateCase(r, GateStatus.NewFailure, null);
        if (!e.Expect.IsScored()) return new GateCase(r, GateStatus.NewFailure, e, $"expected {e.Expect.Name()}, now runs and fails ({outcome})");
        if (e.Expect == r.Outcome) return new GateCase(r, GateStatus.ExpectedFailure, e);
        // A crash, an invalid module, a timeout or an engine disagreement is never covered by an entry
        // that names anything else: a known wrong value turning into a crash is news.
        if (r.Outcome is Outcome.Crash or Outcome.InvalidModule or Outcome.Timeout or Outcome.Disagreement)
            return new GateCase(r, GateStatus.NewFailure, e, $"expected {e.Expect.Name()}, now {outcome}: only an entry naming {outcome} covers it");
        if (e.Expect == Outcome.Fail) return new GateCase(r, GateStatus.ExpectedFailure, e);
        return new GateCase(r, GateStatus.ExpectedFailure, e, $"outcome changed: expected {e.Expect.Name()}, got {outcome}");
    }
}

/// <summary>The "nothing was tested" rule shared by every command and by dotnet test.</summary>
public static class RunStatus
{
    /// <summary>No case ran, or none was scored: every one skipped, unverified or inconclusive.</summary>
    public static bool NothingScored(IReadOnlyCollection<CaseResult> cases) => cases.Count == 0 || cases.All(c => !c.Scored);

    /// <summary>For a report: from its cases, or from its summary when it has none.</summary>
    public static bool NothingScored(CompilationReport r) =>
        r.Cases.Count > 0 ? NothingScored(r.Cases)
        : r.Summary.TotalForms == 0 || r.Summary.Skipped + r.Summary.Unverified + r.Summary.Inconclusive >= r.Summary.TotalForms;

    public static string LoudMessage(CompilationReport r) =>
        r.Cases.Count > 0 ? LoudMessage(r.Cases)
        : r.Summary.TotalForms == 0 ? "NOTHING WAS TESTED: the run has no cases at all (exit 77)."
        : $"NOTHING WAS TESTED: none of the {r.Summary.TotalForms} case(s) was scored (exit 77).";

    /// <summary>Says how many were skipped, unverified and inconclusive, and the commonest reason.</summary>
    public static string LoudMessage(IReadOnlyCollection<CaseResult> cases)
    {
        if (cases.Count == 0) return "NOTHING WAS TESTED: the run has no cases at all (exit 77).";
        var counts = string.Join(", ", cases.GroupBy(c => c.Outcome).OrderByDescending(g => g.Count()).Select(g => $"{g.Count()} {g.Key.Name()}"));
        var top = cases.Where(c => !c.Scored).GroupBy(c => ReportBuilder.Normalize(c.Reason)).OrderByDescending(g => g.Count()).FirstOrDefault();
        return $"NOTHING WAS TESTED: none of the {cases.Count} case(s) was scored ({counts})"
               + (top is null ? "" : $"; most often: {top.Key} ({top.Count()})") + " (exit 77).";
    }
}
