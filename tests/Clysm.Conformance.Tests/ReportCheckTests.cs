using Clysm.Conformance.Reporting;
using Clysm.Conformance.Tests.Support;
using Xunit;
using static Clysm.Conformance.Tests.Gate.Synthetic;

namespace Clysm.Conformance.Tests;

/// <summary>`report check`: any compilation report against the schema and its own sums, every
/// violation named by JSON pointer; gate and compare refuse what fails it.</summary>
public class ReportCheckTests
{
    private static string Fixture(string name) => Path.Combine(TestPaths.Root, "tests", "Clysm.Conformance.Tests", "Fixtures", "reports", name);

    private static IReadOnlyList<ReportViolation> Check(string name) => ReportCheck.CheckText(File.ReadAllText(Fixture(name)), out _);

    private static (int Code, string Out, string Err) Cli(params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        return (Clysm.Cli.Cli.Execute(args, o, e), o.ToString(), e.ToString());
    }

    [Fact]
    public void A_report_like_clysms_with_stage0_version_is_rejected_by_name()
    {
        var v = Check("stage1-report-stage0-version.json");
        var missing = Assert.Single(v, x => x.Pointer == "");
        Assert.Contains("missing required field stage_version", missing.Problem);
        Assert.Contains("found stage0_version", missing.Problem);
    }

    [Fact]
    public void A_summary_that_disagrees_with_its_modules_names_each_field()
    {
        var v = Check("summary-disagrees-with-modules.json");
        Assert.Contains(v, x => x.Pointer == "/summary/compiled" && x.Problem.Contains("compiled is 20 but the modules add up to 3"));
        Assert.Contains(v, x => x.Pointer == "/summary/failed" && x.Problem.Contains("failed is 0 but the modules add up to 17"));
        Assert.DoesNotContain(v, x => x.Pointer == "/summary/total_forms");   // 20 = 10 + 10
    }

    [Fact]
    public void Duplicate_case_ids_are_named_with_the_first_place()
    {
        var dup = Assert.Single(Check("duplicate-case-ids.json"));
        Assert.Equal("/cases/2/id", dup.Pointer);
        Assert.Equal("duplicate case id conses.car (first at /cases/0/id)", dup.Problem);
    }

    [Fact]
    public void Coverage_must_be_compiled_over_total_and_the_seed_counts_must_add_up()
    {
        var v = Assert.Single(Check("drifted-coverage.json"));
        Assert.Equal("/summary/coverage_pct", v.Pointer);
        Assert.Contains("coverage_pct is 100 but compiled / total_forms = 91 / 1261 = 7.22", v.Problem);
        Assert.Empty(Check("consistent.json"));
        var sum = ReportCheck.CheckText("""{"timestamp":"2026-01-20T10:00:00Z","stage_version":"stage1-v0.1","summary":{"total_forms":5,"compiled":1,"failed":1,"skipped":1,"coverage_pct":20}}""", out _);
        Assert.Equal("/summary/total_forms", Assert.Single(sum).Pointer);
        Assert.Contains("1 + 1 + 1 = 3, not total_forms 5", sum[0].Problem);
        Assert.Contains("not valid JSON", Assert.Single(ReportCheck.CheckText("{\"summary\": ", out _)).Problem);
    }

    [Fact]
    public void A_summary_that_is_not_what_its_cases_add_up_to_is_named()
    {
        var report = Report(Mixed());
        var inflated = report with { Summary = report.Summary with { Passed = 99999 } };
        var v = ReportCheck.Check(JsonText.Element(ReportWriter.Serialize(inflated)));
        Assert.Contains(v, x => x.Pointer == "/summary/passed" && x.Problem.Contains("passed is 99999 but the 6 per-case results (/cases) give 2"));
        Assert.Empty(ReportCheck.Check(JsonText.Element(ReportWriter.Serialize(report))));
    }

    [Fact]
    public void The_command_names_every_violation_and_exits_2()
    {
        var (code, output, _) = Cli("report", "check", Fixture("stage1-report-stage0-version.json"), Fixture("duplicate-case-ids.json"));
        Assert.Equal(2, code);
        Assert.Contains("stage1-report-stage0-version.json: /: missing required field stage_version", output);
        Assert.Contains("duplicate-case-ids.json: /cases/2/id: duplicate case id conses.car", output);
        Assert.Equal(0, Cli("report", "check", Fixture("consistent.json")).Code);
        Assert.Equal(2, Cli("report", "check").Code);
        Assert.Equal(2, Cli("report", "check", Fixture("no-such-report.json")).Code);
        Assert.Contains("usage: clysm-conformance report check", Cli("report", "--help").Out);
    }

    [Fact]
    public void Gate_compare_and_export_refuse_a_report_that_fails_the_check()
    {
        using var dir = TestPaths.Temp();
        var dup = Fixture("duplicate-case-ids.json");
        var gate = Cli("gate", dup, "--expectations", dir.File("none.json"));
        Assert.Equal(2, gate.Code);
        Assert.Contains("fails `report check`", gate.Err);
        Assert.Contains("/cases/2/id: duplicate case id conses.car", gate.Err);
        var good = dir.File("good.json");
        ReportWriter.Write(Report(Mixed()), good);
        var compare = Cli("compare", good, dup);
        Assert.Equal(2, compare.Code);
        Assert.Contains("/cases/2/id", compare.Err);
        Assert.Equal(2, Cli("export", "junit", Fixture("summary-disagrees-with-modules.json"), "--out", dir.File("j.xml")).Code);
    }
}
