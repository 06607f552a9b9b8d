using System.Globalization;
using Clysm.Conformance.Reporting;
using Clysm.Conformance.Running;

namespace Clysm.Cli;

/// <summary>What run and merge print at the end: failures with their diffs, the table by category (its
/// columns from the outcome table), the top blockers and the scored line.</summary>
internal static class RunSummary
{
    public static void Print(TextWriter o, CompilationReport report, IReadOnlyList<CaseResult> results, TimeSpan duration, int showFailures)
    {
        var ci = CultureInfo.InvariantCulture;
        if (showFailures > 0)
            foreach (var r in results.Where(r => r.Failed).Take(showFailures))
                o.WriteLine("FAIL " + Printable.Escape(r.Describe(), keepNewlines: true).Replace("\n", "\n     ") + "\n");

        // Columns from the outcome table: failures, the two verdicts that are not scored, skips.
        o.WriteLine();
        o.WriteLine(string.Format(ci, "{0,-28} {1,6} {2,6} {3,6} {4,6} {5,6} {6,6} {7,9}", "category", "total", "pass", "fail", "unver", "incon", "skip", "coverage"));
        foreach (var c in report.Categories)
            o.WriteLine(string.Format(ci, "{0,-28} {1,6} {2,6} {3,6} {4,6} {5,6} {6,6} {7,8:0.00}%", c.Category, c.Total, c.Passed, c.Failed, c.Unverified, c.Inconclusive, c.Skipped, c.CoveragePct));
        var s = report.Summary;
        o.WriteLine(string.Format(ci, "{0,-28} {1,6} {2,6} {3,6} {4,6} {5,6} {6,6} {7,8:0.00}%", "all", s.TotalForms, s.Passed, s.Scored - s.Passed, s.Unverified, s.Inconclusive, s.Skipped, s.CoveragePct));
        if (report.TopBlockers.Count > 0)
        {
            o.WriteLine();
            o.WriteLine("top blockers (fix these first):");
            foreach (var b in report.TopBlockers.Take(5))
                o.WriteLine($"  {b.Count,5} x {b.Outcome} at {b.Phase}: {b.Reason}  (e.g. {string.Join(", ", b.Examples)})");
        }
        if (s.Outcomes.GetValueOrDefault(Outcome.Disagreement.Name()) is > 0 and var disagreements)
        {
            o.WriteLine();
            o.WriteLine($"{disagreements} DISAGREEMENT(S) between the engines ({report.EngineVersion}): never a pass; both sides are in each diff");
        }
        o.WriteLine();
        o.WriteLine(s.ScoredLine());
        o.WriteLine(string.Format(ci, "{0} cases in {1:0.0} s ({2:0.0} cases/s), engine {3}", results.Count, duration.TotalSeconds,
            duration.TotalSeconds > 0 ? results.Count / duration.TotalSeconds : 0, report.EngineVersion ?? "not started"));
    }
}
