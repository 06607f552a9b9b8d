using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Clysm.Conformance.Gate;
using Clysm.Conformance.Outputs;
using Clysm.Conformance.Reporting;
using Clysm.Conformance.Running;
using Clysm.Conformance.Tests.Support;
using Xunit;
using static Clysm.Conformance.Tests.Gate.Synthetic;

namespace Clysm.Conformance.Tests.Outputs;

public class OutputTests
{
    [Fact]
    public void JUnit_is_well_formed_with_a_suite_per_module_failures_with_diffs_and_skips_with_reasons()
    {
        var cases = Mixed();
        cases[1] = cases[1] with { Diff = "expected: 1\n  actual: \u0001<&>\u0000" };   // control characters and markup
        var doc = XDocument.Parse(JUnitXml.Render(Report(cases)));
        var root = doc.Root!;
        Assert.Equal("testsuites", root.Name.LocalName);
        Assert.Equal(("6", "3", "1"), ((string)root.Attribute("tests")!, (string)root.Attribute("failures")!, (string)root.Attribute("skipped")!));
        var suites = root.Elements("testsuite").ToList();
        Assert.Equal(["corpus/forms/conses.lisp", "corpus/forms/strings.lisp"], suites.Select(s => (string)s.Attribute("name")!));
        var cdr = root.Descendants("testcase").Single(t => (string)t.Attribute("name")! == "conses.cdr");
        Assert.Equal("corpus.forms.conses", (string)cdr.Attribute("classname")!);
        var failure = cdr.Element("failure")!;
        Assert.Equal("fail", (string)failure.Attribute("type")!);
        Assert.Contains("actual: \\u0001<&>\\u0000", failure.Value);
        Assert.Equal("compile_form returned null", (string)root.Descendants("testcase").Single(t => (string)t.Attribute("name")! == "conses.list*").Element("skipped")!.Attribute("message")!);
        Assert.Equal("0.004", (string)cdr.Attribute("time")!);
    }

    [Fact]
    public void JUnit_with_expectations_reports_expected_failures_as_skipped_and_strict_unexpected_passes_as_failures()
    {
        var report = Report(Mixed());
        var file = ExpFile(Entry("conses.cdr", "fail"), Entry("conses.nth", "compile-error"), Entry("strings.upcase", "trap"), Entry("conses.car", "fail"));
        var loose = XDocument.Parse(JUnitXml.Render(report, ExpectationGate.Apply(report, file)));
        Assert.Equal("0", (string)loose.Root!.Attribute("failures")!);
        Assert.StartsWith("expected failure", (string)loose.Descendants("testcase").Single(t => (string)t.Attribute("name")! == "conses.cdr").Element("skipped")!.Attribute("message")!);
        var strict = XDocument.Parse(JUnitXml.Render(report, ExpectationGate.Apply(report, file, strict: true)));
        Assert.Equal("1", (string)strict.Root!.Attribute("failures")!);
        Assert.StartsWith("unexpected pass", (string)strict.Descendants("failure").Single().Attribute("message")!);
    }

    [Fact]
    public void Jsonl_has_one_parsable_line_per_case_with_the_gate_verdict()
    {
        var report = Report(Mixed());
        var text = JsonLines.Render(report, ExpectationGate.Apply(report, ExpFile(Entry("conses.cdr", "fail"))));
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(6, lines.Length);
        var objects = lines.Select(l => JsonNode.Parse(l)!.AsObject()).ToList();
        Assert.All(objects, o => Assert.Equal("stage1-v0.3", (string?)o["stage_version"]));
        var cdr = objects.Single(o => (string?)o["id"] == "conses.cdr");
        Assert.Equal(("fail", "expected-failure", "fail"), ((string?)cdr["outcome"], (string?)cdr["gate"], (string?)cdr["expected"]));
        Assert.Equal("new-failure", (string?)objects.Single(o => (string?)o["id"] == "conses.nth")["gate"]);
        Assert.Null(JsonNode.Parse(JsonLines.Render(report).Split('\n')[0])!["gate"]);   // no expectations, no verdict
    }

    [Fact]
    public void Markdown_puts_regressions_first_and_shows_counts_and_the_coverage_change()
    {
        var before = Report(Mixed());
        var nowCases = Mixed().Select(c => c.Id == "conses.car" ? c with { Outcome = Outcome.CompileError, Phase = Phase.Compile, Reason = "undefined CAR | <b>" } : c).ToList();
        var now = Report(nowCases);
        var cmp = ReportComparison.Compare(Loaded(before), Loaded(now));
        var md = MarkdownSummary.Render(now, cmp, ExpectationGate.Apply(now, ExpFile(Entry("conses.cdr", "fail"))));
        Assert.StartsWith("## ❌ Clysm conformance: stage1-v0.3: 1 regression(s), 3 new failure(s)", md);
        var reg = md.IndexOf("### Regressions", StringComparison.Ordinal);
        var fails = md.IndexOf("### New failures", StringComparison.Ordinal);
        var blockers = md.IndexOf("### Top blockers", StringComparison.Ordinal);
        Assert.True(reg > 0 && reg < fails && fails < blockers, md);
        Assert.Contains("`conses.car`: pass → compile-error at compile: undefined CAR \\| &lt;b&gt;", md);
        Assert.Contains("| passed | 1 |", md);
        Assert.Contains("| coverage_pct (compiled) | 50.00% (-16.67) |", md);
        // Per category: the stacked bar (no green for what does not pass), then the counts.
        Assert.Contains("| conses | 🟥🟥🟥🟥🟥🟥🟥🟥⬜⬜ | 4 | 0 | 3 | 0 | 0 | 1 | 0.00% | 25.00% | -25.00 |", md);
        Assert.Contains("1 expected failure(s)", md);
        // Shares of ten squares, and a lone failure still shows: 2 passed, 1 failed, 52 skipped.
        Assert.Equal("🟩🟥⬜⬜⬜⬜⬜⬜⬜⬜", MarkdownSummary.Bar(55, 2, 1, 0, 0, 52));
        Assert.Equal("🟩🟩🟩🟩🟩🟥🟥🟧🟨⬜", MarkdownSummary.Bar(10, 5, 2, 1, 1, 1));
    }

    [Fact]
    public void Markdown_stays_under_60_KB_and_counts_what_it_leaves_out()
    {
        var many = Enumerable.Range(0, 3000).Select(i => Case($"big.case-{i:0000}", Outcome.Trap, new string('r', 400))).ToList();
        var md = MarkdownSummary.Render(Report(many), null, ExpectationGate.Apply(Report(many), null));
        Assert.True(Encoding.UTF8.GetByteCount(md) <= MarkdownSummary.MaxBytes, $"{Encoding.UTF8.GetByteCount(md)} bytes");
        Assert.Contains("### New failures (3000)", md);
        Assert.Matches(@"… and 29\d\d more", md);
        Assert.Contains("### Top blockers", md);
    }

    [Fact]
    public void Markdown_and_html_say_loudly_when_nothing_was_tested()
    {
        var skipped = Report([Case("a.1", Outcome.Skip), Case("a.2", Outcome.Skip)]);
        Assert.Contains("NOTHING WAS TESTED", MarkdownSummary.Render(skipped).Split('\n')[0]);
        Assert.Contains("[!CAUTION]", MarkdownSummary.Render(skipped));
        Assert.Contains("<div class=\"banner warn\">⚠ NOTHING WAS TESTED", HtmlReport.Render(Report([])));
    }

    [Fact]
    public void Html_is_self_contained_escaped_and_has_every_section()
    {
        var cases = Mixed();
        cases[5] = cases[5] with { Diff = "expected: \"<script>alert(1)</script>\"\n  actual: & done" };
        var report = Report(cases);
        var history = new[] { HistoryEntry.From(Report(Mixed(), minute: 1)), HistoryEntry.From(report) };
        var html = HtmlReport.Render(report, history, ReportComparison.Compare(Loaded(Report(Mixed())), Loaded(report)),
            ExpectationGate.Apply(report, ExpFile(Entry("conses.cdr", "fail"))));

        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.DoesNotContain("<script", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        // No external resources: no src/href at all, no URL but the SVG namespace.
        Assert.DoesNotMatch(new Regex(@"\s(src|href)\s*=", RegexOptions.IgnoreCase), html);
        Assert.DoesNotContain("<link", html);
        Assert.DoesNotContain(Regex.Matches(html, @"https?://[^\s""']+").Select(m => m.Value), u => u != "http://www.w3.org/2000/svg");
        Assert.Contains("<style>", html);
        Assert.Contains("<h2 id=\"categories\">Categories</h2>", html);
        Assert.Contains("<svg", html);
        // Pass rate and coverage overall, and the pass rate of each of the two categories.
        Assert.Equal(2 + 2, Regex.Matches(html, "class=\"series\"").Count);
        Assert.Contains("data-name=\"pass rate (overall)\"", html);
        Assert.Contains("data-name=\"coverage_pct (overall)\"", html);
        // Category bars stack passed, failed and skipped: conses has 1 pass, 2 failures, 1 skip of 4.
        Assert.Contains("<div class=\"bar\"><i class=\"pass\" style=\"width:25%\" title=\"pass 1\"></i><i class=\"fail\" style=\"width:50%\" title=\"fail 2\"></i><i class=\"skip\" style=\"width:25%\" title=\"skip 1\"></i></div>", html);
        Assert.Contains("<h2 id=\"failing\">Failing cases (3)</h2>", html);
        Assert.Equal(3, Regex.Matches(html, "<details><summary>").Count);     // one per failing case
        Assert.Contains("<span class=\"tag new\">new</span><code>conses.nth</code>", html);
        Assert.True(html.IndexOf("conses.nth", html.IndexOf("Failing cases", StringComparison.Ordinal), StringComparison.Ordinal)
                    < html.IndexOf("<code>conses.cdr</code> fail", StringComparison.Ordinal), "new failures come before expected ones");
        // Balanced block tags: a cheap well-formedness check that needs no browser.
        foreach (var tag in new[] { "details", "table", "div", "pre", "svg", "tr" })
            Assert.Equal(Regex.Matches(html, $"<{tag}[ >]").Count, Regex.Matches(html, $"</{tag}>").Count);
    }

    [Fact]
    public void Export_writes_each_format_and_exits_77_for_a_run_that_tested_nothing()
    {
        using var dir = TestPaths.Temp();
        var reportPath = dir.File("r.json");
        ReportWriter.Write(Report(Mixed()), reportPath);
        foreach (var (format, check) in new (string, Action<string>)[]
                 {
                     ("junit", t => XDocument.Parse(t)),
                     ("jsonl", t => Assert.Equal(6, t.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length)),
                     ("markdown", t => Assert.StartsWith("## ", t)),
                     ("html", t => Assert.Contains("</html>", t)),
                 })
        {
            var o = new StringWriter();
            var e = new StringWriter();
            Assert.True(0 == Clysm.Cli.Cli.Execute(["export", format, reportPath, "--out", dir.File(format), "--history", dir.File("none.jsonl")], o, e), e.ToString());
            check(File.ReadAllText(dir.File(format)));
        }
        var stdout = new StringWriter();
        Assert.Equal(0, Clysm.Cli.Cli.Execute(["export", "markdown", reportPath, "--out", "-", "--baseline", reportPath], stdout, new StringWriter()));
        Assert.Contains("no regressions", stdout.ToString());

        ReportWriter.Write(Report([]), dir.File("empty.json"));
        var err = new StringWriter();
        Assert.Equal(77, Clysm.Cli.Cli.Execute(["export", "junit", dir.File("empty.json"), "--out", dir.File("e.xml")], new StringWriter(), err));
        Assert.Contains("NOTHING WAS TESTED", err.ToString());
        Assert.True(File.Exists(dir.File("e.xml")));
        Assert.Equal(2, Clysm.Cli.Cli.Execute(["export", "pdf", reportPath], new StringWriter(), new StringWriter()));
    }
}
