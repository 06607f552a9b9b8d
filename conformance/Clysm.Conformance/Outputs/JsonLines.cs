using System.Text;
using Clysm.Conformance.Gate;
using Clysm.Conformance.Reporting;
using Clysm.Conformance.Running;

namespace Clysm.Conformance.Outputs;

/// <summary>`export jsonl`: one line per case in the shape of out/results.jsonl (<see cref="CaseLines"/>),
/// plus the gate verdict when expectations were applied ("gate", "expected", "note").</summary>
public static class JsonLines
{
    public static string Render(CompilationReport report, GateResult? gate = null)
    {
        var status = gate?.Cases.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var sb = new StringBuilder();
        foreach (var r in report.Cases)
        {
            // A report from before per-case stage versions still says which stage ran the case.
            var line = r with { StageVersion = r.StageVersion ?? report.StageVersion };
            sb.Append(status?.GetValueOrDefault(r.Id) is { } g
                ? CaseLines.Line(line, node =>
                {
                    node["gate"] = GateNames.Of(g.Status);
                    node["expected"] = g.Expectation?.Expect.Name();
                    node["note"] = g.Note;
                })
                : CaseLines.Line(line)).Append('\n');
        }
        return sb.ToString();
    }
}

/// <summary>The names gate verdicts have in outputs.</summary>
internal static class GateNames
{
    public static string Of(GateStatus s) => s switch
    {
        GateStatus.Pass => "pass",
        GateStatus.NewFailure => "new-failure",
        GateStatus.ExpectedFailure => "expected-failure",
        GateStatus.UnexpectedPass => "unexpected-pass",
        GateStatus.ExpectedNotScored => "expected-not-scored",
        GateStatus.NewNotScored => "new-not-scored",
        _ => throw new ArgumentOutOfRangeException(nameof(s)),
    };
}
