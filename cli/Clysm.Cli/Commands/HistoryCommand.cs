using System.CommandLine;
using Clysm.Conformance.Reporting;

namespace Clysm.Cli.Commands;

/// <summary>history: the trend of past runs and its SVG chart.</summary>
internal static class HistoryCommand
{
    public static Command Create(Terminal t)
    {
        var history = Options.Text("--history", $"the history file (default {History.DefaultPath})", "PATH");
        var svg = Options.Text("--svg", "where to write the chart (default out/history.svg)", "PATH");
        var all = Options.Flag("--all", "also include runs made with filters (--category, --include, ...)");
        var command = new DocumentedCommand("history", "print the trend of past runs and write an SVG chart", "history [--history PATH] [--svg PATH] [--all]", """
            Prints every recorded run of the whole corpus (coverage and passed/scored/total) and writes an
            SVG chart of coverage_pct over time, overall and per category. A sharded run is recorded once,
            by merge.
            """)
        { history, svg, all };
        command.SetAction(p =>
        {
            var path = p.GetValue(history) ?? History.DefaultPath;
            var entries = History.Read(path);
            // A filtered run covers other cases: mixing it into the trend would make a jump of nothing.
            var shown = p.GetValue(all) ? entries : entries.Where(e => e.WholeCorpus).ToList();
            t.Out.Write(History.Trend(shown));
            if (shown.Count < entries.Count)
                t.Out.WriteLine($"{entries.Count - shown.Count} run(s) with filters left out (--all includes them)");
            var chart = p.GetValue(svg) ?? "out/history.svg";
            ReportWriter.WriteAtomically(chart, SvgChart.Render(shown));
            t.Out.WriteLine($"chart: {chart} ({shown.Count} run(s) from {path})");
            return 0;
        });
        return command;
    }
}
