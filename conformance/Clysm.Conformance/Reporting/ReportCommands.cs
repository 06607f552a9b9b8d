using Clysm.Conformance.CommandLine;
using Clysm.Conformance.Gate;
using Clysm.Runtime;

namespace Clysm.Conformance.Reporting;

/// <summary>The `report` command: `report check FILE...`.</summary>
public static class ReportCommands
{
    public const string ReportUsage = """
        usage: clysm-conformance report check FILE...

        Checks CompilationReport files, the suite's own or a compiler's (e.g. Clysm's
        dist/stage1-report.json), against schemas/compilation-report.schema.json (formats such as
        date-time included) and for consistency: summary totals equal the sums over modules (and
        categories), compiled + failed + skipped = total_forms wherever all three are given,
        coverage_pct = compiled / total_forms to two decimals, no duplicate case id or module path,
        and with per-case results the summary is what they add up to. Every violation is named by
        JSON pointer. gate, compare and export refuse a report that fails this check.
        exit: 0 every file passes, 2 a violation (or a missing or unreadable file)
        """;

    public static int Report(string[] args, TextWriter stdout, TextWriter stderr) => GateCommands.Guard("report", ReportUsage, stdout, stderr, () =>
    {
        var a = new Args(args, [], []);
        if (a.Help) { stdout.WriteLine(ReportUsage); return 0; }
        if (a.Positionals.Count < 2 || a.Positionals[0] != "check") throw new UsageException("say report check FILE...");
        var bad = 0;
        foreach (var path in a.Positionals.Skip(1))
        {
            if (!File.Exists(path)) throw new FileNotFoundException($"report not found: {path}", path);
            var violations = ReportCheck.CheckText(File.ReadAllText(path), out var document);
            document?.Dispose();
            if (violations.Count == 0) { stdout.WriteLine($"{path}: ok"); continue; }
            bad++;
            foreach (var v in violations) stdout.WriteLine($"{path}: {v}");
            stdout.WriteLine($"{path}: {violations.Count} violation(s)");
        }
        return bad == 0 ? 0 : (int)ExitCode.EXIT_FAILURE;
    });
}
