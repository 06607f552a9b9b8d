using System.Text.Json.Nodes;
using Clysm.Conformance.Reporting;
using Clysm.Conformance.Running;
using Clysm.Conformance.Schema;
using Clysm.Conformance.Tests.Support;
using Xunit;

namespace Clysm.Conformance.Tests;

public class ReportTests
{
    private static CaseResult R(string id, Outcome o, string module = "corpus/forms/a.lisp", string category = "conses", string? reason = null,
        Phase phase = Phase.Done) =>
        new() { Id = id, Module = module, Category = category, Outcome = o, Phase = phase, Reason = reason, ImportCalls = new Dictionary<string, int> { ["clysm:io write-char"] = 2 } };

    private static readonly RunInfo Info = new()
    {
        StageVersion = "stage0-v0.1",
        Stage = new StageInfo { Kind = "reference", Description = "test", Sha256 = new string('a', 64) },
        EngineVersion = "fake",
        Timestamp = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero),
    };

    private static List<CaseResult> Sample() =>
    [
        R("a.1", Outcome.Pass),
        R("a.2", Outcome.Fail, reason: "value differs", phase: Phase.Compare),
        R("a.3", Outcome.CompileError, reason: "undefined function #3", phase: Phase.Compile),
        R("a.4", Outcome.CompileError, reason: "undefined function #8", phase: Phase.Compile),
        R("b.1", Outcome.Skip, module: "corpus/io/b.lisp", category: "streams", reason: "compile_form returned null", phase: Phase.Compile),
        R("b.2", Outcome.InvalidModule, module: "corpus/io/b.lisp", category: "streams", reason: "bad", phase: Phase.Validate),
        R("b.3", Outcome.Trap, module: "corpus/io/b.lisp", category: "streams", reason: "unreachable", phase: Phase.Run),
        R("b.4", Outcome.Pass, module: "corpus/io/b.lisp", category: "streams"),
    ];

    [Fact]
    public void Summary_and_coverage_are_computed_from_the_per_case_results()
    {
        var report = ReportBuilder.Build(Sample(), ["corpus/forms/a.lisp", "corpus/io/b.lisp", "corpus/io/empty.lisp"], Info);
        var s = report.Summary;
        Assert.Equal(8, s.TotalForms);
        Assert.Equal(1, s.Skipped);
        Assert.Equal(3, s.Failed);             // two compile errors and one invalid module
        Assert.Equal(4, s.Compiled);           // everything that produced a valid module
        Assert.Equal(s.TotalForms, s.Compiled + s.Failed + s.Skipped);
        Assert.Equal(50.0, s.CoveragePct);     // 4 / 8
        Assert.Equal(2, s.Passed);
        Assert.Equal(7, s.Scored);
        Assert.Equal(25.0, s.PassPct);
        Assert.Contains("passed 2 / scored 7 / total 8", s.ScoredLine());

        var a = report.Modules.Single(m => m.Path == "corpus/forms/a.lisp");
        Assert.Equal((4, 2, 2), (a.Total, a.Compiled, a.Failed));
        var empty = report.Modules.Single(m => m.Path == "corpus/io/empty.lisp");
        Assert.Equal(0, empty.Total);
        Assert.Equal(s.TotalForms, report.Modules.Sum(m => m.Total));
        Assert.Equal(s.Compiled, report.Modules.Sum(m => m.Compiled));
        Assert.Equal(16, report.HostImportCalls["clysm:io write-char"]);
        Assert.Equal(2, report.FailuresByPhase["compile"]);
        var streams = report.Categories.Single(c => c.Category == "streams");
        Assert.Equal(50.0, streams.CoveragePct); // b.3 and b.4 of four
        Assert.Equal((4, 1, 1, 2), (streams.Total, streams.Passed, streams.Skipped, streams.Failed));
    }

    [Fact]
    public void Top_blockers_fold_numbers_and_put_the_most_frequent_first()
    {
        var b = ReportBuilder.Build(Sample(), [], Info).TopBlockers;
        Assert.Equal("undefined function #N", b[0].Reason);
        Assert.Equal(2, b[0].Count);
        Assert.Equal("compile", b[0].Phase);
        Assert.Equal(["a.3", "a.4"], b[0].Examples);
        Assert.DoesNotContain(b, x => x.Outcome == "pass");
        Assert.Contains(b, x => x.Outcome == "skip" && x.Reason == "compile_form returned null");
    }

    [Theory]
    [InlineData("undefined function PRIN1-TO-STRING", "undefined function PRIN1-TO-STRING")]
    [InlineData("stage module dist/clysm-stage1.wasm exports no compile_form", "stage module dist/clysm-stage1.wasm exports no compile_form")]
    [InlineData("function index #8 is out of bounds", "function index #N is out of bounds")]
    [InlineData("integer overflow beyond 64 bits (1234, 10)", "integer overflow beyond N bits (N, N)")]
    [InlineData("t.lisp:12:5: expected -3, got 1.5 (1+ x) U+0041 stage0-v0.1", "t.lisp:N:N: expected N, got N (1+ x) U+0041 stage0-v0.1")]
    public void Blockers_fold_numbers_but_keep_names_and_paths(string reason, string folded) =>
        Assert.Equal(folded, ReportBuilder.Normalize(reason));

    [Fact]
    public void Empty_runs_have_zero_coverage_not_a_division_error()
    {
        var report = ReportBuilder.Build([], [], Info);
        Assert.Equal(0, report.Summary.CoveragePct);
        Assert.Empty(SchemaValidator.Report.Validate(JsonText.Element(ReportWriter.Serialize(report))));
    }

    [Fact]
    public void A_built_report_validates_against_the_schema()
    {
        var json = ReportWriter.Serialize(ReportBuilder.Build(Sample(), ["corpus/forms/a.lisp"], Info));
        Assert.Empty(SchemaValidator.Report.Validate(JsonText.Element(json)));
        var node = JsonNode.Parse(json)!;
        Assert.Equal("stage0-v0.1", (string?)node["stage_version"]);
        Assert.Equal("2026-01-02T03:04:05.000Z", (string?)node["timestamp"]);
        Assert.Equal("compile-error", (string?)node["cases"]![2]!["outcome"]);
    }

    [Fact]
    public void The_seeds_required_fields_and_pattern_are_enforced()
    {
        const string ok = """{"timestamp":"2026-01-02T03:04:05Z","stage_version":"stage1-v0.3","summary":{"total_forms":1,"compiled":1,"failed":0,"coverage_pct":100}}""";
        Assert.Empty(SchemaValidator.Report.Validate(JsonText.Element(ok)));
        // The seed's own Stage 1 report shape (extra fields) stays valid.
        Assert.Empty(SchemaValidator.Report.Validate(JsonText.Element(ok.Replace("}}", "},\"modules\":[{\"path\":\"x.lisp\",\"compiled\":1,\"failed\":0,\"total\":1}]}"))));
        Assert.NotEmpty(SchemaValidator.Report.Validate(JsonText.Element(ok.Replace("stage1-v0.3", "stage1-v0"))));
        Assert.NotEmpty(SchemaValidator.Report.Validate(JsonText.Element(ok.Replace("stage1-v0.3", "v1.0"))));
        Assert.NotEmpty(SchemaValidator.Report.Validate(JsonText.Element(ok.Replace("\"timestamp\":\"2026-01-02T03:04:05Z\",", ""))));
        Assert.NotEmpty(SchemaValidator.Report.Validate(JsonText.Element(ok.Replace("\"failed\":0,", ""))));
        Assert.NotEmpty(SchemaValidator.Report.Validate(JsonText.Element(ok.Replace("\"coverage_pct\":100", "\"coverage_pct\":100.5"))));
        Assert.NotEmpty(SchemaValidator.Report.Validate(JsonText.Element(ok.Replace("\"compiled\":1", "\"compiled\":-1"))));
        Assert.NotEmpty(SchemaValidator.Report.Validate(JsonText.Element(ok.Replace("2026-01-02T03:04:05Z", "yesterday"))));
    }

    [Fact]
    public void The_schema_file_keeps_the_seeds_required_fields_and_pattern_exactly()
    {
        var schema = JsonNode.Parse(File.ReadAllText(Path.Combine(TestPaths.Root, "schemas", "compilation-report.schema.json")))!;
        Assert.Equal("http://json-schema.org/draft-07/schema#", (string?)schema["$schema"]);
        Assert.Equal(["timestamp", "stage_version", "summary"], schema["required"]!.AsArray().Select(n => (string)n!));
        Assert.Equal(@"^stage[0-9]+-v[0-9]+\.[0-9]+$", (string?)schema["properties"]!["stage_version"]!["pattern"]);
        Assert.Equal(["total_forms", "compiled", "failed", "coverage_pct"], schema["properties"]!["summary"]!["required"]!.AsArray().Select(n => (string)n!));
        Assert.Equal(["path", "compiled", "failed", "total"], schema["properties"]!["modules"]!["items"]!["required"]!.AsArray().Select(n => (string)n!));
    }

    [Fact]
    public void A_report_that_fails_the_schema_is_a_loud_error_and_is_never_written()
    {
        using var dir = TestPaths.Temp();
        var path = dir.File("report.json");
        File.WriteAllText(path, "previous");
        var bad = ReportBuilder.Build(Sample(), [], Info with { StageVersion = "not-a-version" });
        var e = Assert.Throws<ReportSchemaException>(() => ReportWriter.Write(bad, path));
        Assert.Contains("stage_version", e.Message);
        Assert.Equal("previous", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(dir.Path));
    }

    [Fact]
    public void Writes_are_atomic_and_leave_no_temporary_files()
    {
        using var dir = TestPaths.Temp();
        var path = Path.Combine(dir.Path, "nested", "report.json");
        ReportWriter.Write(ReportBuilder.Build(Sample(), [], Info), path);
        ReportWriter.Write(ReportBuilder.Build(Sample().Take(2).ToList(), [], Info), path);
        Assert.Equal(["report.json"], Directory.GetFiles(Path.GetDirectoryName(path)!).Select(Path.GetFileName));
        Assert.Equal(2, (int)JsonNode.Parse(File.ReadAllText(path))!["summary"]!["total_forms"]!);
    }

    [Fact]
    public void History_appends_one_line_per_run_and_charts_overall_and_per_category()
    {
        using var dir = TestPaths.Temp();
        var path = dir.File("h/history.jsonl");
        var first = ReportBuilder.Build(Sample(), [], Info);
        var second = ReportBuilder.Build(Sample().Select(r => r with { Outcome = Outcome.Pass, Phase = Phase.Done }).ToList(), [], Info with { Timestamp = Info.Timestamp.AddDays(1) });
        History.Append(path, HistoryEntry.From(first));
        History.Append(path, HistoryEntry.From(second));
        Assert.Equal(2, File.ReadAllLines(path).Length);
        var entries = History.Read(path);
        Assert.Equal([50.0, 100.0], entries.Select(e => e.CoveragePct));
        Assert.Equal(new string('a', 64), entries[0].StageSha256);
        var trend = History.Trend(entries);
        Assert.Contains("+50.00", trend);
        Assert.Contains("+75.00", trend);            // the pass rate went from 25% to 100%
        Assert.Contains("8/8/8", trend);
        var svg = SvgChart.Render(entries);
        Assert.StartsWith("<svg", svg);
        Assert.Contains("data-name=\"pass rate (overall)\"", svg);
        Assert.Contains("data-name=\"coverage_pct (overall)\"", svg);
        Assert.Contains("data-name=\"conses pass rate\"", svg);
        Assert.Contains("data-name=\"streams pass rate\"", svg);
        System.Xml.Linq.XDocument.Parse(svg); // well-formed
    }

    [Fact]
    public void The_schemas_name_exactly_the_outcomes_of_the_table()
    {
        var report = JsonNode.Parse(File.ReadAllText(Path.Combine(TestPaths.Root, "schemas", "compilation-report.schema.json")))!;
        Assert.Equal(Outcomes.Names, report["definitions"]!["case"]!["properties"]!["outcome"]!["enum"]!.AsArray().Select(n => (string)n!));
        var expectations = JsonNode.Parse(File.ReadAllText(Path.Combine(TestPaths.Root, "schemas", "expectations.schema.json")))!;
        Assert.Equal(Outcomes.Names.Where(n => n != "pass").Order(), expectations["properties"]!["entries"]!["items"]!["properties"]!["expect"]!["enum"]!.AsArray().Select(n => (string)n!).Order());
        // Every outcome round-trips through its name, and the table's columns say what the report counts.
        foreach (var row in Outcomes.Table)
        {
            Assert.True(Outcomes.TryParse(row.Name, out var back) && back == row.Outcome, row.Name);
            Assert.Equal(row.Outcome != Outcome.Pass && row.IsScored, row.IsFailure);   // scored = pass or a failure
        }
    }

    [Fact]
    public void A_report_with_every_outcome_and_what_actually_happened_passes_report_check()
    {
        var cases = Outcomes.Table.Select((t, i) => R($"x.{i}", t.Outcome, phase: t.Module == ModuleEvidence.No ? Phase.Compile : Phase.Run) with
        {
            Engine = "fake 1.0", StageVersion = "stage0-v0.1",
            Actual = new CaseActual { Value = "1", ValueKind = "fixnum", Stdout = "", Stderr = "", Files = [new ActualFile("a.txt", 1, "x")], ModuleBytes = 8,
                Condition = new ActualCondition("ERROR", "m"), Diagnostic = new ActualDiagnostic("read", "END-OF-FILE", "eof", 1, 2) },
        }).ToList();
        var report = ReportBuilder.Build(cases, ["corpus/forms/a.lisp"], Info);
        var json = ReportWriter.Serialize(report);
        Assert.Empty(ReportCheck.Check(JsonText.Element(json)));
        Assert.Equal(Outcomes.Table.Count, report.Summary.Outcomes.Values.Sum());
        Assert.Equal((1, 1), (report.Summary.Unverified, report.Summary.Inconclusive));
    }

    [Fact]
    public void A_damaged_history_line_is_named()
    {
        using var dir = TestPaths.Temp();
        File.WriteAllText(dir.File("h.jsonl"), "{\"timestamp\":\"t\",\"stage_version\":\"stage0-v0.1\"}\nnot json\n");
        var e = Assert.Throws<InvalidDataException>(() => History.Read(dir.File("h.jsonl")));
        Assert.Contains("h.jsonl:2", e.Message);
    }
}
