using Clysm.Conformance.Gate;
using Clysm.Conformance.Reporting;
using Clysm.Conformance.Running;

namespace Clysm.Conformance.Tests.Gate;

/// <summary>Small made-up runs for the gate and output tests, built with the real report builder.</summary>
public static class Synthetic
{
    public static CaseResult Case(string id, Outcome outcome, string? reason = null, string? diff = null, string category = "conses",
        string module = "corpus/forms/conses.lisp", Phase? phase = null) => new()
    {
        Id = id,
        Module = module,
        Category = category,
        Outcome = outcome,
        Phase = phase ?? outcome switch
        {
            Outcome.Pass => Phase.Done,
            Outcome.Fail => Phase.Compare,
            Outcome.Skip or Outcome.CompileError or Outcome.Unverified => Phase.Compile,
            Outcome.Inconclusive => Phase.Compare,
            Outcome.InvalidModule => Phase.Validate,
            Outcome.LinkError => Phase.Link,
            _ => Phase.Run,
        },
        Reason = reason ?? (outcome == Outcome.Pass ? null : $"{outcome} reason"),
        Diff = diff,
        CompileMs = 1.5,
        RunMs = 2.5,
    };

    public static CompilationReport Report(IReadOnlyList<CaseResult> cases, string stageVersion = "stage1-v0.3", IReadOnlyList<string>? filters = null,
        string? suiteVersion = null, int minute = 0)
    {
        var r = ReportBuilder.Build(cases, cases.Select(c => c.Module).Distinct(), new RunInfo
        {
            StageVersion = stageVersion,
            Stage = new StageInfo { Kind = "wasm", Description = "synthetic", Sha256 = new string('b', 64) },
            EngineVersion = "test-engine",
            Timestamp = new DateTimeOffset(2026, 2, 3, 4, minute, 0, TimeSpan.Zero),
            Duration = TimeSpan.FromSeconds(1),
            Filters = filters ?? [],
        });
        return suiteVersion is null ? r : r with { SuiteVersion = suiteVersion };
    }

    public static LoadedReport Loaded(CompilationReport r, string source = "synthetic.json") => new(r, source);

    public static Expectation Entry(string id, string expect, string reason = "known", string? link = null, ExpectationKind? kind = ExpectationKind.NotYet) =>
        new() { Id = id, Expect = Outcomes.TryParse(expect, out var o) ? o : throw new ArgumentException("no outcome " + expect), Reason = reason, Link = link, Kind = kind };

    public static ExpectationsFile ExpFile(params Expectation[] entries) => new() { Stage = "stage1", Entries = entries };

    /// <summary>A mixed run: two categories, every outcome kind.</summary>
    public static List<CaseResult> Mixed() =>
    [
        Case("conses.car", Outcome.Pass),
        Case("conses.cdr", Outcome.Fail, "value differs", "expected: 1\n  actual: 2"),
        Case("conses.nth", Outcome.CompileError, "undefined function NTH"),
        Case("conses.list*", Outcome.Skip, "compile_form returned null"),
        Case("strings.concat", Outcome.Pass, category: "strings", module: "corpus/forms/strings.lisp"),
        Case("strings.upcase", Outcome.Trap, "unreachable", "trap: unreachable", category: "strings", module: "corpus/forms/strings.lisp"),
    ];
}
