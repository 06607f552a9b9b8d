using System.CommandLine;
using System.Globalization;
using Clysm.Conformance.Gate;
using Clysm.Conformance.Reporting;
using Clysm.Conformance.Running;

using Clysm.Runtime;

namespace Clysm.Cli.Commands;

/// <summary>gate: the stage's expectations applied to a report.</summary>
internal static class GateCommand
{
    public static Command Create(Terminal t)
    {
        var reportArg = new Argument<string>("REPORT") { Description = "the run's report (it must pass `report check`)" };
        var expectations = Sections.Expectations();
        var strict = Options.Flag("--strict", "unexpected passes, new skips, stale and unexplained entries also fail the gate");
        var show = Sections.Show();
        var command = new DocumentedCommand("gate", "apply an expectations file to a report: new failures, expected failures, unexpected passes",
            "gate REPORT [--expectations FILE] [--strict] [--show N]", """
            Applies the stage's expectations file (known failures and skips) to a run's report and
            classifies every case: pass, new failure, expected failure, unexpected pass, and for the
            outcomes that are not scored (skip, unverified, inconclusive) expected or new; entries whose
            case is no longer in the corpus are stale; entries still without a written reason (bless's
            TODO placeholder) or without a not-yet/never kind are listed. The report must pass
            `report check`.
            exit: 0 no new failure, 1 the gate fails, 2 bad input, 77 nothing was tested
            """)
        { reportArg, expectations, strict, show };
        command.MissingFile = ExitCode.EXIT_FAILURE;   // a missing report or expectations file is bad input
        command.SetAction(p =>
        {
            var o = t.Out;
            var report = ReportFile.Load(p.GetValue(reportArg)!).Report;
            var located = Sections.ExpectationsPath(p.GetValue(expectations), report);
            var path = located.Path;
            var file = Expectations.ForStage(located, report.StageVersion);
            if (file is null) o.WriteLine($"no expectations file at {path}: every case that does not pass counts as a new failure");

            var result = ExpectationGate.Apply(report, file, p.GetValue(strict));
            var n = p.GetValue(show);
            o.WriteLine($"gate: {report.StageVersion}, {report.Cases.Count} case(s), expectations {(file is null ? "none" : path)}{(result.Strict ? " (strict)" : "")}");
            if (result.NothingScored) o.WriteLine(RunStatus.LoudMessage(report));
            Sections.List(o, "NEW FAILURES", result.With(GateStatus.NewFailure).ToList(), n, Sections.Describe);
            Sections.List(o, "UNEXPECTED PASSES (remove their entries: bless)", result.With(GateStatus.UnexpectedPass).ToList(), n, g => $"{g.Id}: {g.Note}");
            Sections.List(o, "NEW SKIPS, UNVERIFIED AND INCONCLUSIVE CASES (not in the expectations file)", result.With(GateStatus.NewNotScored).ToList(), n, Sections.Describe);
            Sections.List(o, "STALE ENTRIES (case no longer in the corpus)", result.Stale, n, e => $"{e.Id} (expect {e.Expect.Name()}: {e.Reason})");
            Sections.List(o, $"ENTRIES THAT STILL NEED A REASON OR A KIND (edit {path})", result.Unexplained, n,
                e => $"{e.Id}: {(e.Kind is null ? "no kind (not-yet or never); " : "")}{e.Reason}");
            Sections.List(o, "expected failures whose outcome changed", result.With(GateStatus.ExpectedFailure).Where(g => g.Note is not null).ToList(), n, g => $"{g.Id}: {g.Note}");
            if (result.NotSelected.Count > 0) o.WriteLine($"{result.NotSelected.Count} entr(ies) not checked: the run's filters left their cases out");
            o.WriteLine();
            o.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"pass {result.Count(GateStatus.Pass)}, new failure {result.Count(GateStatus.NewFailure)}, expected failure {result.Count(GateStatus.ExpectedFailure)}, " +
                $"unexpected pass {result.Count(GateStatus.UnexpectedPass)}, expected not scored {result.Count(GateStatus.ExpectedNotScored)}, new not scored {result.Count(GateStatus.NewNotScored)}, stale {result.Stale.Count}, unexplained {result.Unexplained.Count}"));
            return Sections.Verdict(o, report, result.ExitCode,
                result.FailureReasons() is { Count: > 0 } why ? "GATE FAILED: " + string.Join(", ", why) : "gate passed");
        });
        return command;
    }
}
