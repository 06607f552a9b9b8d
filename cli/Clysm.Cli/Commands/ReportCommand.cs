using System.CommandLine;
using Clysm.Conformance.Reporting;
using Clysm.Runtime;

namespace Clysm.Cli.Commands;

/// <summary>report check FILE...</summary>
internal static class ReportCommand
{
    public static Command Create(Terminal t)
    {
        var command = new DocumentedCommand("report", "report check FILE: a compilation report against its schema and its own sums", "report check FILE...");
        var files = new Argument<string[]>("FILE") { Description = "report files", Arity = ArgumentArity.OneOrMore };
        var check = new DocumentedCommand("check", "check compilation reports against the schema and their own sums", "report check FILE...", """
            Checks CompilationReport files, the suite's own or a compiler's (e.g. Clysm's
            dist/stage1-report.json), against schemas/compilation-report.schema.json (formats such as
            date-time included) and for consistency: summary totals equal the sums over modules (and
            categories), compiled + failed + skipped = total_forms wherever all three are given,
            coverage_pct = compiled / total_forms to two decimals, no duplicate case id or module path,
            and with per-case results the summary is what they add up to. Every violation is named by
            JSON pointer. gate, compare, export and merge refuse a report that fails this check.
            exit: 0 every file passes, 2 a violation (or a missing or unreadable file)
            """)
        { files };
        command.MissingFile = ExitCode.EXIT_FAILURE;   // a missing report is a failed check
        check.SetAction(p =>
        {
            var bad = 0;
            foreach (var path in p.GetValue(files)!)
            {
                if (!File.Exists(path)) throw new FileNotFoundException($"report not found: {path}", path);
                var violations = ReportCheck.CheckText(File.ReadAllText(path), out var document);
                document?.Dispose();
                if (violations.Count == 0) { t.Out.WriteLine($"{path}: ok"); continue; }
                bad++;
                foreach (var v in violations) t.Out.WriteLine($"{path}: {v}");
                t.Out.WriteLine($"{path}: {violations.Count} violation(s)");
            }
            return bad == 0 ? 0 : (int)ExitCode.EXIT_FAILURE;
        });
        command.Subcommands.Add(check);
        return command;
    }
}
