using System.Text;
using Clysm.Conformance.CommandLine;
using Clysm.Conformance.Gate;
using Clysm.Conformance.Reporting;
using Clysm.Runtime;

namespace Clysm.Conformance.Outputs;

/// <summary>The export command: CI outputs from a report.</summary>
public static class OutputCommands
{
    public const string ExportUsage = """
        usage: clysm-conformance export junit|jsonl|markdown|html REPORT [options]

          junit     JUnit XML: a testsuite per corpus module, a testcase per case (default out/junit.xml)
          jsonl     one JSON line per case (default out/cases.jsonl)
          markdown  summary for a pull-request comment or CI step summary, under 60 KB (default out/summary.md)
          html      one self-contained HTML report with the trend chart and every failure's diff (default out/report.html)
        options:
          --out PATH            where to write ('-' for standard output); written atomically
          --expectations FILE   apply the stage's expectations (default: $CLYSM_EXPECTATIONS, else
                                expectations/<stage>.json when it exists)
          --strict              with expectations: unexpected passes, new skips and stale entries fail
          --baseline REPORT     markdown, html: regressions and coverage change against this report
          --history PATH        html: the history file for the trend chart (default .clysm/history.jsonl)
        The report must pass `report check`.
        exit: 0 written, 2 bad input, 77 written but nothing was scored (said loudly)
        TRX comes from dotnet test: dotnet test --logger trx (see docs/gate.md).
        """;

    private static readonly Dictionary<string, string> DefaultOut = new(StringComparer.Ordinal)
    {
        ["junit"] = "out/junit.xml", ["jsonl"] = "out/cases.jsonl", ["markdown"] = "out/summary.md", ["html"] = "out/report.html",
    };

    public static int Export(string[] args, TextWriter stdout, TextWriter stderr) => GateCommands.Guard("export", ExportUsage, stdout, stderr, () =>
    {
        var a = new Args(args, ["--out", "--expectations", "--baseline", "--history"], ["--strict"]);
        if (a.Help) { stdout.WriteLine(ExportUsage); return 0; }
        if (a.Positionals.Count != 2 || !DefaultOut.ContainsKey(a.Positionals[0]))
            throw new UsageException("give a format (junit, jsonl, markdown, html) and a report");
        var format = a.Positionals[0];
        var loaded = ReportFile.Load(a.Positionals[1]);
        var report = loaded.Report;

        var expectations = Expectations.ForStage(GateCommands.ExpectationsPath(a, report), report.StageVersion);
        var gate = expectations is null ? null : ExpectationGate.Apply(report, expectations, a.Flag("--strict"));

        RunComparison? baseline = a.Value("--baseline") is { } b ? ReportComparison.Compare(ReportFile.Load(b), loaded) : null;
        var text = format switch
        {
            "junit" => JUnitXml.Render(report, gate),
            "jsonl" => JsonLines.Render(report, gate),
            "markdown" => MarkdownSummary.Render(report, baseline, gate),
            _ => HtmlReport.Render(report, History.Read(a.Value("--history") ?? History.DefaultPath), baseline, gate),
        };
        var outPath = a.Value("--out") ?? DefaultOut[format];
        if (outPath == "-") stdout.Write(text);
        else
        {
            ReportWriter.WriteAtomically(outPath, text);
            stdout.WriteLine($"{format}: {outPath} ({Encoding.UTF8.GetByteCount(text)} bytes)");
        }
        if (RunStatus.NothingScored(report))
        {
            stderr.WriteLine(RunStatus.LoudMessage(report));
            return (int)ExitCode.EXIT_SKIP;
        }
        return 0;
    });
}
