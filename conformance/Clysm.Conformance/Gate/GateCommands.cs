using System.Globalization;
using Clysm.Conformance.CommandLine;
using Clysm.Conformance.Reporting;
using Clysm.Conformance.Running;
using Clysm.Runtime;

namespace Clysm.Conformance.Gate;

/// <summary>The gate, bless and compare commands of clysm-conformance, callable from any front end.
/// Each returns the process exit code: 0 ok, 1 gate failed / regressions, 2 usage or bad input,
/// 77 nothing was tested.</summary>
public static class GateCommands
{
    public const string GateUsage = """
        usage: clysm-conformance gate REPORT [--expectations FILE] [--strict] [--show N]

        Applies the stage's expectations file (known failures and skips) to a run's report and
        classifies every case: pass, new failure, expected failure, unexpected pass, and for the
        outcomes that are not scored (skip, unverified, inconclusive) expected or new; entries whose
        case is no longer in the corpus are stale; entries still without a written reason (bless's
        TODO placeholder) or without a not-yet/never kind are listed. The report must pass
        `report check`.
          --expectations FILE  default: $CLYSM_EXPECTATIONS, else expectations/<stage>.json
                               (expectations/reference.json for the reference stage, else e.g.
                               expectations/stage1.json); schemas/expectations.schema.json
          --strict             unexpected passes, new skips, stale and unexplained entries also fail the gate
          --show N             list at most N cases per kind (default 50)
        exit: 0 no new failure, 1 the gate fails, 2 bad input, 77 nothing was tested
        """;

    public const string BlessUsage = """
        usage: clysm-conformance bless REPORT [--expectations FILE] [--stage NAME] [--reason TEXT] [--kind not-yet|never] [--dry-run]

        Rewrites the expectations file from a run: every case that did not pass gets an entry
        (an existing entry keeps its reason, kind and link), entries of passing cases and of cases
        no longer in the corpus are removed. Prints what changed. A new entry needs a reason that
        says why: give it with --reason, or edit the placeholder "TODO: say why ..." that bless
        writes (gate lists such entries until then). The file is replaced atomically. A run in
        which nothing was scored is refused (77).
          --expectations FILE  default: $CLYSM_EXPECTATIONS, else expectations/<stage>.json
          --stage NAME         the file's stage (default: the file's, else the report's, e.g. stage1)
          --reason TEXT        the reason of every new entry (one line)
          --kind KIND          the kind of every new entry: not-yet (default) or never
          --dry-run            print the changes, write nothing
        """;

    public const string CompareUsage = """
        usage: clysm-conformance compare BASELINE CURRENT [--ignore-corpus-fingerprint] [--show N]

        Compares two reports: every case that passed in BASELINE and does not pass in CURRENT
        (a regression), every newly passing case, and the change of coverage_pct overall and per
        category. Refuses (exit 2, saying why) reports of suites whose major.minor versions differ,
        reports of different corpora (corpus_fingerprint), or reports sharing too few cases.
        Cases in only one report are listed, never counted as regressions.
          --ignore-corpus-fingerprint  compare cases by id even if the corpora differ
          --show N                     list at most N cases per kind (default 50)
        exit: 0 no regression, 1 regressions, 2 not comparable or bad input, 77 nothing was tested now
        """;

    public static int Gate(string[] args, TextWriter stdout, TextWriter stderr) => Guard("gate", GateUsage, stdout, stderr, () =>
    {
        var a = new Args(args, ["--expectations", "--show"], ["--strict"]);
        if (a.Help) { stdout.WriteLine(GateUsage); return 0; }
        if (a.Positionals.Count != 1) throw new UsageException("give exactly one report");
        var report = ReportFile.Load(a.Positionals[0]).Report;
        var located = ExpectationsPath(a, report);
        var path = located.Path;
        var file = Expectations.ForStage(located, report.StageVersion);
        if (file is null) stdout.WriteLine($"no expectations file at {path}: every case that does not pass counts as a new failure");

        var result = ExpectationGate.Apply(report, file, a.Flag("--strict"));
        var show = a.Int("--show", 50, min: 0);
        stdout.WriteLine($"gate: {report.StageVersion}, {report.Cases.Count} case(s), expectations {(file is null ? "none" : path)}{(result.Strict ? " (strict)" : "")}");
        if (result.NothingScored) stdout.WriteLine(RunStatus.LoudMessage(report));
        Section(stdout, "NEW FAILURES", result.With(GateStatus.NewFailure).ToList(), show, g => Describe(g));
        Section(stdout, "UNEXPECTED PASSES (remove their entries: bless)", result.With(GateStatus.UnexpectedPass).ToList(), show, g => $"{g.Id}: {g.Note}");
        Section(stdout, "NEW SKIPS, UNVERIFIED AND INCONCLUSIVE CASES (not in the expectations file)", result.With(GateStatus.NewNotScored).ToList(), show, g => Describe(g));
        Section(stdout, "STALE ENTRIES (case no longer in the corpus)", result.Stale, show, e => $"{e.Id} (expect {e.Expect.Name()}: {e.Reason})");
        Section(stdout, $"ENTRIES THAT STILL NEED A REASON OR A KIND (edit {path})", result.Unexplained, show,
            e => $"{e.Id}: {(e.Kind is null ? "no kind (not-yet or never); " : "")}{e.Reason}");
        Section(stdout, "expected failures whose outcome changed", result.With(GateStatus.ExpectedFailure).Where(g => g.Note is not null).ToList(), show, g => $"{g.Id}: {g.Note}");
        if (result.NotSelected.Count > 0) stdout.WriteLine($"{result.NotSelected.Count} entr(ies) not checked: the run's filters left their cases out");
        stdout.WriteLine();
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"pass {result.Count(GateStatus.Pass)}, new failure {result.Count(GateStatus.NewFailure)}, expected failure {result.Count(GateStatus.ExpectedFailure)}, " +
            $"unexpected pass {result.Count(GateStatus.UnexpectedPass)}, expected not scored {result.Count(GateStatus.ExpectedNotScored)}, new not scored {result.Count(GateStatus.NewNotScored)}, stale {result.Stale.Count}, unexplained {result.Unexplained.Count}"));
        return Verdict(stdout, report, result.ExitCode,
            result.FailureReasons() is { Count: > 0 } why ? "GATE FAILED: " + string.Join(", ", why) : "gate passed");
    });

    public static int Bless(string[] args, TextWriter stdout, TextWriter stderr) => Guard("bless", BlessUsage, stdout, stderr, () =>
    {
        var a = new Args(args, ["--expectations", "--stage", "--reason", "--kind"], ["--dry-run"]);
        if (a.Help) { stdout.WriteLine(BlessUsage); return 0; }
        if (a.Positionals.Count != 1) throw new UsageException("give exactly one report");
        var kind = a.Value("--kind") switch
        {
            null or "not-yet" => ExpectationKind.NotYet,
            "never" => ExpectationKind.Never,
            var k => throw new UsageException($"--kind is not-yet or never, not {k}"),
        };
        var report = ReportFile.Load(a.Positionals[0]).Report;
        if (RunStatus.NothingScored(report))
        {
            stderr.WriteLine(RunStatus.LoudMessage(report));
            stderr.WriteLine("refusing to bless it: the expectations file is unchanged");
            return (int)ExitCode.EXIT_SKIP;
        }
        var (path, _) = ExpectationsPath(a, report);
        var existing = File.Exists(path) ? Expectations.Load(path) : null;
        if (existing is not null && a.Value("--stage") is null && !existing.AppliesTo(report.StageVersion))
            throw new ArgumentException($"{path} is for stage {existing.Stage}, the report is from {report.StageVersion} (use --stage to retarget it)");
        var r = Blesser.Bless(report, existing, a.Value("--stage"), a.Value("--reason"), kind);
        foreach (var e in r.Added) stdout.WriteLine($"+ {e.Id}: {e.Expect.Name()}: {e.Reason}");
        foreach (var (e, why) in r.Removed) stdout.WriteLine($"- {e.Id}: {why}");
        foreach (var (before, after) in r.Updated) stdout.WriteLine($"~ {after.Id}: {before.Expect.Name()} -> {after.Expect.Name()}");
        stdout.WriteLine($"{r.Added.Count} added, {r.Removed.Count} removed, {r.Updated.Count} updated, {r.Kept} kept; {r.File.Entries.Count} entries");
        var untagged = existing?.Entries.Where(e => e.Kind is null).Select(e => e.Id).ToHashSet(StringComparer.Ordinal) ?? [];
        var tagged = r.File.Entries.Count(e => untagged.Contains(e.Id));
        if (tagged > 0) stdout.WriteLine($"{tagged} entr{(tagged == 1 ? "y" : "ies")} without a kind tagged not-yet (make it never where the stage will not do it by design)");
        var unexplained = r.File.Entries.Count(e => e.Unexplained);
        if (unexplained > 0)
            stdout.WriteLine($"{unexplained} entr{(unexplained == 1 ? "y needs" : "ies need")} a reason that says why (replace \"TODO: ...\") or a kind (not-yet, never): gate lists them until then");
        if (a.Flag("--dry-run")) stdout.WriteLine($"dry run: {path} not written");
        else
        {
            Expectations.Save(path, r.File);
            stdout.WriteLine($"wrote {path}");
        }
        return 0;
    });

    public static int Compare(string[] args, TextWriter stdout, TextWriter stderr) => Guard("compare", CompareUsage, stdout, stderr, () =>
    {
        var a = new Args(args, ["--show"], ["--ignore-corpus-fingerprint"]);
        if (a.Help) { stdout.WriteLine(CompareUsage); return 0; }
        if (a.Positionals.Count != 2) throw new UsageException("give two reports: BASELINE CURRENT");
        var baseline = ReportFile.Load(a.Positionals[0]);
        var current = ReportFile.Load(a.Positionals[1]);
        var c = ReportComparison.Compare(baseline, current, a.Flag("--ignore-corpus-fingerprint"));
        if (c.CurrentNothingScored) stdout.WriteLine(RunStatus.LoudMessage(current.Report));
        if (c.Incompatible.Count > 0)
        {
            stderr.WriteLine($"clysm-conformance compare: refusing to compare {baseline.Source} with {current.Source}:");
            foreach (var w in c.Incompatible) stderr.WriteLine("  " + w);
            return (int)ExitCode.EXIT_FAILURE;
        }
        foreach (var w in c.Warnings) stdout.WriteLine("note: " + w);
        var show = a.Int("--show", 50, min: 0);
        Section(stdout, "REGRESSIONS (passed in the baseline, not now)", c.Regressions, show,
            x => $"{x.Id}: pass -> {x.After.Outcome.Name()} at {x.After.Phase.Name()}{(x.After.Reason is null ? "" : ": " + x.After.Reason)}");
        Section(stdout, "newly passing", c.NewlyPassing, show, x => x.Id + (x.Before is null ? " (new case)" : $" (was {x.Before.Outcome.Name()})"));
        Section(stdout, "still failing, other outcome", c.OutcomeChanged, show, x => $"{x.Id}: {x.Before!.Outcome.Name()} -> {x.After.Outcome.Name()}");
        Section(stdout, "only in the baseline (not counted)", c.OnlyInBaseline, show, id => id);
        Section(stdout, "only in the current run (not counted)", c.OnlyInCurrent, show, id => id);
        stdout.WriteLine();
        stdout.WriteLine($"{"coverage_pct",-28} {"baseline",9} {"current",9} {"change",8}");
        foreach (var x in c.Categories.Prepend(c.Overall))
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{x.Category,-28} {Pct(x.Before),9} {Pct(x.After),9} {(x.Delta is { } d ? d.ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture) : "-"),8}"));
        stdout.WriteLine();
        var line = c.Regressions.Count > 0 ? $"{c.Regressions.Count} REGRESSION(S)" : "no regressions";
        return Verdict(stdout, current.Report, c.ExitCode, $"{line}, {c.NewlyPassing.Count} newly passing");
    });

    /// <summary>--expectations, else $CLYSM_EXPECTATIONS, else expectations/&lt;stage&gt;.json; and whether it was given.</summary>
    internal static (string Path, bool Explicit) ExpectationsPath(Args a, CompilationReport report) =>
        Expectations.Locate(a.Value("--expectations"), report.Stage?.Kind, report.StageVersion);

    private static int Verdict(TextWriter o, CompilationReport report, ExitCode code, string line)
    {
        if (code == ExitCode.EXIT_SKIP)
        {
            o.WriteLine(new string('!', 72));
            o.WriteLine(RunStatus.LoudMessage(report));
            o.WriteLine(new string('!', 72));
        }
        else o.WriteLine(line);
        return (int)code;
    }

    private static void Section<T>(TextWriter o, string title, IReadOnlyList<T> items, int show, Func<T, string> line)
    {
        if (items.Count == 0) return;
        o.WriteLine();
        o.WriteLine($"{title} ({items.Count}):");
        foreach (var x in items.Take(show)) o.WriteLine("  " + line(x).Replace("\n", "\n    "));
        if (items.Count > show) o.WriteLine($"  ... and {items.Count - show} more");
    }

    private static string Describe(GateCase g) =>
        $"{g.Id} ({g.Result.Module}): {g.Result.Outcome.Name()} at {g.Result.Phase.Name()}"
        + (g.Result.Reason is null ? "" : ": " + g.Result.Reason) + (g.Note is null ? "" : $" [{g.Note}]");

    private static string Pct(double? v) => v is null ? "-" : v.Value.ToString("0.00", CultureInfo.InvariantCulture) + "%";

    /// <summary>Turns the expected kinds of bad input into one clear line and exit 2.</summary>
    internal static int Guard(string command, string usage, TextWriter stdout, TextWriter stderr, Func<int> body)
    {
        try { return body(); }
        catch (UsageException e)
        {
            stderr.WriteLine($"clysm-conformance {command}: {e.Message}");
            stderr.WriteLine(usage);
        }
        catch (ExpectationsFormatException e) { stderr.WriteLine($"clysm-conformance {command}: bad expectations file: {e.Message}"); }
        catch (ReportLoadException e) { stderr.WriteLine($"clysm-conformance {command}: {e.Message}"); }
        catch (FileNotFoundException e) { stderr.WriteLine($"clysm-conformance {command}: {e.Message}"); }
        catch (InvalidDataException e) { stderr.WriteLine($"clysm-conformance {command}: {e.Message}"); }
        catch (ArgumentException e) { stderr.WriteLine($"clysm-conformance {command}: {e.Message}"); }
        catch (IOException e) { stderr.WriteLine($"clysm-conformance {command}: {e.Message}"); }
        return (int)ExitCode.EXIT_FAILURE;
    }
}
