using System.CommandLine;
using System.Globalization;
using Clysm.Conformance.Gate;
using Clysm.Conformance.Reporting;
using Clysm.Conformance.Running;
using Clysm.Runtime;

namespace Clysm.Cli.Commands;

/// <summary>How gate, bless, compare and export print their findings: titled lists, one verdict line.</summary>
internal static class Sections
{
    public static Option<string?> Expectations() => Options.Text("--expectations",
        "default: $CLYSM_EXPECTATIONS, else expectations/<stage>.json (expectations/reference.json for the reference stage, "
        + "else e.g. expectations/stage1.json); schemas/expectations.schema.json", "FILE");

    public static Option<int> Show() => Options.Count("--show", "list at most N cases per kind", 50, min: 0);

    /// <summary>--expectations, else $CLYSM_EXPECTATIONS, else expectations/&lt;stage&gt;.json; and whether it was given.</summary>
    public static (string Path, bool Explicit) ExpectationsPath(string? given, CompilationReport report) =>
        Clysm.Conformance.Gate.Expectations.Locate(given, report.Stage?.Kind, report.StageVersion);

    public static int Verdict(TextWriter o, CompilationReport report, ExitCode code, string line)
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

    public static void List<T>(TextWriter o, string title, IReadOnlyList<T> items, int show, Func<T, string> line)
    {
        if (items.Count == 0) return;
        o.WriteLine();
        o.WriteLine($"{title} ({items.Count}):");
        foreach (var x in items.Take(show)) o.WriteLine("  " + line(x).Replace("\n", "\n    "));
        if (items.Count > show) o.WriteLine($"  ... and {items.Count - show} more");
    }

    public static string Describe(GateCase g) =>
        $"{g.Id} ({g.Result.Module}): {g.Result.Outcome.Name()} at {g.Result.Phase.Name()}"
        + (g.Result.Reason is null ? "" : ": " + g.Result.Reason) + (g.Note is null ? "" : $" [{g.Note}]");

    public static string Pct(double? v) => v is null ? "-" : v.Value.ToString("0.00", CultureInfo.InvariantCulture) + "%";
}
