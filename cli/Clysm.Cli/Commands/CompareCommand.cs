using System.CommandLine;
using System.Globalization;
using Clysm.Conformance.Gate;
using Clysm.Conformance.Reporting;
using Clysm.Conformance.Running;
using Clysm.Runtime;

namespace Clysm.Cli.Commands;

/// <summary>compare: two reports, regressions first.</summary>
internal static class CompareCommand
{
    public static Command Create(Terminal t)
    {
        var baselineArg = new Argument<string>("BASELINE") { Description = "the earlier report" };
        var currentArg = new Argument<string>("CURRENT") { Description = "the report of this run" };
        var ignore = Options.Flag("--ignore-corpus-fingerprint", "compare cases by id even if the corpora differ");
        var show = Sections.Show();
        var command = new DocumentedCommand("compare", "compare two reports: regressions first, newly passing, coverage change",
            "compare BASELINE CURRENT [--ignore-corpus-fingerprint] [--show N]", """
            Compares two reports: every case that passed in BASELINE and does not pass in CURRENT
            (a regression), every newly passing case, and the change of coverage_pct overall and per
            category. Refuses (exit 2, saying why) reports of suites whose major.minor versions differ,
            reports of different corpora (corpus_fingerprint), or reports sharing too few cases.
            Cases in only one report are listed, never counted as regressions.
            exit: 0 no regression, 1 regressions, 2 not comparable or bad input, 77 nothing was tested now
            """)
        { baselineArg, currentArg, ignore, show };
        command.MissingFile = ExitCode.EXIT_FAILURE;   // a missing report or expectations file is bad input
        command.SetAction(p =>
        {
            var o = t.Out;
            var baseline = ReportFile.Load(p.GetValue(baselineArg)!);
            var current = ReportFile.Load(p.GetValue(currentArg)!);
            var c = ReportComparison.Compare(baseline, current, p.GetValue(ignore));
            if (c.CurrentNothingScored) o.WriteLine(RunStatus.LoudMessage(current.Report));
            if (c.Incompatible.Count > 0)
            {
                t.Err.WriteLine($"clysm-conformance compare: refusing to compare {baseline.Source} with {current.Source}:");
                foreach (var w in c.Incompatible) t.Err.WriteLine("  " + w);
                return (int)ExitCode.EXIT_FAILURE;
            }
            foreach (var w in c.Warnings) o.WriteLine("note: " + w);
            var n = p.GetValue(show);
            Sections.List(o, "REGRESSIONS (passed in the baseline, not now)", c.Regressions, n,
                x => $"{x.Id}: pass -> {x.After.Outcome.Name()} at {x.After.Phase.Name()}{(x.After.Reason is null ? "" : ": " + x.After.Reason)}");
            Sections.List(o, "newly passing", c.NewlyPassing, n, x => x.Id + (x.Before is null ? " (new case)" : $" (was {x.Before.Outcome.Name()})"));
            Sections.List(o, "still failing, other outcome", c.OutcomeChanged, n, x => $"{x.Id}: {x.Before!.Outcome.Name()} -> {x.After.Outcome.Name()}");
            Sections.List(o, "only in the baseline (not counted)", c.OnlyInBaseline, n, id => id);
            Sections.List(o, "only in the current run (not counted)", c.OnlyInCurrent, n, id => id);
            o.WriteLine();
            o.WriteLine($"{"coverage_pct",-28} {"baseline",9} {"current",9} {"change",8}");
            foreach (var x in c.Categories.Prepend(c.Overall))
                o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{x.Category,-28} {Sections.Pct(x.Before),9} {Sections.Pct(x.After),9} {(x.Delta is { } d ? d.ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture) : "-"),8}"));
            o.WriteLine();
            var line = c.Regressions.Count > 0 ? $"{c.Regressions.Count} REGRESSION(S)" : "no regressions";
            return Sections.Verdict(o, current.Report, c.ExitCode, $"{line}, {c.NewlyPassing.Count} newly passing");
        });
        return command;
    }
}
