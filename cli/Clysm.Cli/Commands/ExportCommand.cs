using System.CommandLine;
using System.Text;
using Clysm.Conformance.Gate;
using Clysm.Conformance.Outputs;
using Clysm.Conformance.Reporting;
using Clysm.Runtime;

namespace Clysm.Cli.Commands;

/// <summary>export: CI outputs from a report.</summary>
internal static class ExportCommand
{
    private static readonly Dictionary<string, string> DefaultOut = new(StringComparer.Ordinal)
    {
        ["junit"] = "out/junit.xml", ["jsonl"] = "out/cases.jsonl", ["markdown"] = "out/summary.md", ["html"] = "out/report.html",
    };

    public static Command Create(Terminal t)
    {
        var format = new Argument<string>("FORMAT") { Description = "junit, jsonl, markdown or html" };
        format.AcceptOnlyFromAmong([.. DefaultOut.Keys]);
        var reportArg = new Argument<string>("REPORT") { Description = "the report (it must pass `report check`)" };
        var output = Options.Text("--out", "where to write ('-' for standard output); written atomically", "PATH");
        var expectations = Sections.Expectations();
        var strict = Options.Flag("--strict", "with expectations: unexpected passes, new skips and stale entries fail");
        var baseline = Options.Text("--baseline", "markdown, html: regressions and coverage change against this report", "REPORT");
        var history = Options.Text("--history", $"html: the history file for the trend chart (default {History.DefaultPath})", "PATH");
        var command = new DocumentedCommand("export", "write a report as JUnit XML, JSON lines, Markdown or a self-contained HTML page",
            "export junit|jsonl|markdown|html REPORT [options]", """
              junit     JUnit XML: a testsuite per corpus module, a testcase per case (default out/junit.xml)
              jsonl     one JSON line per case (default out/cases.jsonl)
              markdown  summary for a pull-request comment or CI step summary, under 60 KB (default out/summary.md)
              html      one self-contained HTML report with the trend chart and every failure's diff (default out/report.html)
            The expectations file, when there is one (default: $CLYSM_EXPECTATIONS, else
            expectations/<stage>.json), is applied. The report must pass `report check`.
            exit: 0 written, 2 bad input, 77 written but nothing was scored (said loudly)
            TRX comes from dotnet test: dotnet test --logger trx (see docs/gate.md).
            """)
        { format, reportArg, output, expectations, strict, baseline, history };
        command.MissingFile = ExitCode.EXIT_FAILURE;   // a missing report or expectations file is bad input
        command.SetAction(p =>
        {
            var kind = p.GetValue(format)!;
            var loaded = ReportFile.Load(p.GetValue(reportArg)!);
            var report = loaded.Report;
            var file = Expectations.ForStage(Sections.ExpectationsPath(p.GetValue(expectations), report), report.StageVersion);
            var gate = file is null ? null : ExpectationGate.Apply(report, file, p.GetValue(strict));
            RunComparison? against = p.GetValue(baseline) is { } b ? ReportComparison.Compare(ReportFile.Load(b), loaded) : null;
            var text = kind switch
            {
                "junit" => JUnitXml.Render(report, gate),
                "jsonl" => JsonLines.Render(report, gate),
                "markdown" => MarkdownSummary.Render(report, against, gate),
                _ => HtmlReport.Render(report, History.Read(p.GetValue(history) ?? History.DefaultPath), against, gate),
            };
            var outPath = p.GetValue(output) ?? DefaultOut[kind];
            if (outPath == "-") t.Out.Write(text);
            else
            {
                ReportWriter.WriteAtomically(outPath, text);
                t.Out.WriteLine($"{kind}: {outPath} ({Encoding.UTF8.GetByteCount(text)} bytes)");
            }
            if (RunStatus.NothingScored(report))
            {
                t.Err.WriteLine(RunStatus.LoudMessage(report));
                return (int)ExitCode.EXIT_SKIP;
            }
            return 0;
        });
        return command;
    }
}
