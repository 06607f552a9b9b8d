using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Clysm.Conformance.Gate;
using Clysm.Conformance.Reporting;

namespace Clysm.Conformance.Outputs;

/// <summary>One JSON object per line per case: the report's case fields, plus the gate verdict when
/// expectations were applied ("gate", "expected", "note").</summary>
public static class JsonLines
{
    private static readonly JsonSerializerOptions OneLine = new() { WriteIndented = false, Encoder = ReportWriter.Json.Encoder };

    public static string Render(CompilationReport report, GateResult? gate = null)
    {
        var status = gate?.Cases.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var sb = new StringBuilder();
        foreach (var r in report.Cases)
        {
            var node = JsonSerializer.SerializeToNode(r, ReportWriter.Json)!.AsObject();
            node.Insert(0, "stage_version", report.StageVersion);
            if (status?.GetValueOrDefault(r.Id) is { } g)
            {
                node["gate"] = GateNames.Of(g.Status);
                node["expected"] = g.Expectation?.Expect;
                node["note"] = g.Note;
            }
            sb.Append(node.ToJsonString(OneLine)).Append('\n');
        }
        return sb.ToString();
    }
}

/// <summary>The names gate verdicts have in outputs.</summary>
public static class GateNames
{
    public static string Of(GateStatus s) => s switch
    {
        GateStatus.Pass => "pass",
        GateStatus.NewFailure => "new-failure",
        GateStatus.ExpectedFailure => "expected-failure",
        GateStatus.UnexpectedPass => "unexpected-pass",
        GateStatus.ExpectedSkip => "expected-skip",
        GateStatus.NewSkip => "new-skip",
        _ => s.ToString(),
    };
}
