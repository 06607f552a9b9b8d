using Clysm.Conformance.Gate;
using Clysm.Conformance.Reporting;
using Clysm.Conformance.Running;
using Clysm.Conformance.Tests.Support;
using Xunit;
using static Clysm.Conformance.Tests.Gate.Synthetic;

namespace Clysm.Conformance.Tests.Gate;

/// <summary>The commands end to end, through report and expectation files on disk.</summary>
public class GateCommandTests
{
    /// <summary>One command of the command line, run in process as `clysm-conformance COMMAND ARGS...`.</summary>
    private static (int Code, string Out, string Err) Run(string command, params string[] args)
    {
        var (o, e) = (new StringWriter(), new StringWriter());
        var code = Clysm.Cli.Cli.Execute([command, .. args], o, e);
        return (code, o.ToString(), e.ToString());
    }

    private static string Write(TempDir dir, string name, CompilationReport r)
    {
        var path = dir.File(name);
        ReportWriter.Write(r, path);
        return path;
    }

    [Fact]
    public void Gate_reports_each_kind_and_fails_on_a_new_failure()
    {
        using var dir = TestPaths.Temp();
        var report = Write(dir, "r.json", Report(Mixed()));
        Expectations.Save(dir.File("e.json"), ExpFile(Entry("conses.cdr", "fail"), Entry("conses.list*", "skip")));
        var (code, o, _) = Run("gate", report, "--expectations", dir.File("e.json"));
        Assert.Equal(1, code);
        Assert.Contains("NEW FAILURES (2)", o);
        Assert.Contains("conses.nth", o);
        Assert.Contains("strings.upcase", o);
        Assert.Contains("GATE FAILED: 2 new failure(s)", o);

        Expectations.Save(dir.File("e.json"), ExpFile(Entry("conses.cdr", "fail"), Entry("conses.list*", "skip"),
            Entry("conses.nth", "compile-error"), Entry("strings.upcase", "trap"), Entry("strings.concat", "fail"), Entry("conses.gone", "fail")));
        var loose = Run("gate", report, "--expectations", dir.File("e.json"));
        Assert.True(loose.Code == 0, loose.Out + loose.Err);
        Assert.True(loose.Out.Contains("UNEXPECTED PASSES (remove their entries: bless) (1)"), loose.Out);
        Assert.Contains("STALE ENTRIES (case no longer in the corpus) (1)", loose.Out);
        var strict = Run("gate", report, "--expectations", dir.File("e.json"), "--strict");
        Assert.Equal(1, strict.Code);
        Assert.Contains("1 unexpected pass(es) (--strict), 1 stale expectation(s) (--strict)", strict.Out);
    }

    [Fact]
    public void Gate_on_a_run_that_tested_nothing_says_so_loudly_and_exits_77()
    {
        using var dir = TestPaths.Temp();
        var empty = Write(dir, "empty.json", Report([]));
        var (code, o, _) = Run("gate", empty, "--expectations", dir.File("none.json"));
        Assert.Equal(2, code); // an explicit expectations path must exist
        (code, o, _) = Run("gate", empty);
        Assert.Equal(77, code);
        Assert.Contains("NOTHING WAS TESTED: the run has no cases at all", o);
        var skipped = Write(dir, "skipped.json", Report([Case("a.1", Outcome.Skip)]));
        (code, o, _) = Run("gate", skipped);
        Assert.Equal(77, code);
        Assert.Contains("none of the 1 case(s) was scored (1 skip)", o);
    }

    [Fact]
    public void Gate_names_the_file_and_line_of_a_malformed_expectations_file()
    {
        using var dir = TestPaths.Temp();
        var report = Write(dir, "r.json", Report(Mixed()));
        File.WriteAllText(dir.File("bad.json"), "{\n  \"stage\": \"stage1\",\n  \"entries\": [\n    { \"id\": \"conses.cdr\", \"expect\": \"fial\", \"reason\": \"r\" }\n  ]\n}\n");
        var (code, _, err) = Run("gate", report, "--expectations", dir.File("bad.json"));
        Assert.Equal(2, code);
        Assert.Contains("bad.json:4:", err);
        Assert.Contains("/entries/0/expect", err);
    }

    [Fact]
    public void Bless_writes_the_file_that_makes_the_gate_pass_and_prints_the_changes()
    {
        using var dir = TestPaths.Temp();
        var report = Write(dir, "r.json", Report(Mixed()));
        var path = dir.File("exp/stage1.json");
        var (code, o, _) = Run("bless", report, "--expectations", path);
        Assert.Equal(0, code);
        Assert.Contains("+ conses.nth: compile-error: TODO: say why this case does not pass (the run said: undefined function NTH)", o);
        Assert.Contains("4 added, 0 removed", o);
        Assert.Contains("4 entries need a reason that says why", o);
        Assert.Equal(4, Expectations.Load(path).Entries.Count);
        Assert.Equal(0, Run("gate", report, "--expectations", path).Code);
        // The placeholders are listed by the gate, and fail it in strict mode until someone writes why.
        var strict = Run("gate", report, "--expectations", path, "--strict");
        Assert.Equal(1, strict.Code);
        Assert.Contains("ENTRIES THAT STILL NEED A REASON OR A KIND", strict.Out);
        File.WriteAllText(path, File.ReadAllText(path).Replace("TODO: say why this case does not pass", "known limitation of this stage"));
        Assert.Equal(0, Run("gate", report, "--expectations", path, "--strict").Code);

        var fixedRun = Write(dir, "r2.json", Report(Mixed().Select(c => c.Id == "conses.nth" ? c with { Outcome = Outcome.Pass, Reason = null } : c).ToList()));
        (code, o, _) = Run("bless", fixedRun, "--expectations", path);
        Assert.Contains("- conses.nth: passes now", o);
        Assert.DoesNotContain(Expectations.Load(path).Entries, e => e.Id == "conses.nth");

        var skipped = Write(dir, "skipped.json", Report([Case("a.1", Outcome.Skip)]));
        var before = File.ReadAllText(path);
        var refused = Run("bless", skipped, "--expectations", path);
        Assert.Equal(77, refused.Code);
        Assert.Contains("NOTHING WAS TESTED", refused.Err);
        Assert.Equal(before, File.ReadAllText(path));
    }

    [Fact]
    public void Compare_lists_regressions_first_and_refuses_incompatible_reports()
    {
        using var dir = TestPaths.Temp();
        var b = Write(dir, "b.json", Report(Mixed()));
        var now = Mixed().Select(c => c.Id switch
        {
            "conses.car" => c with { Outcome = Outcome.Trap, Phase = Phase.Run, Reason = "unreachable" },
            "conses.cdr" => c with { Outcome = Outcome.Pass, Reason = null },
            _ => c,
        }).ToList();
        var c = Write(dir, "c.json", Report(now));
        var (code, o, _) = Run("compare", b, c);
        Assert.Equal(1, code);
        Assert.True(o.IndexOf("REGRESSIONS (1)", StringComparison.Ordinal) < o.IndexOf("newly passing (1)", StringComparison.Ordinal));
        Assert.Contains("conses.car: pass -> trap at run: unreachable", o);
        Assert.Contains("1 REGRESSION(S), 1 newly passing", o);
        Assert.Equal(0, Run("compare", b, b).Code);

        var other = Write(dir, "o.json", Report(Mixed()) with { SuiteVersion = "9.9.0" });
        var refused = Run("compare", b, other);
        Assert.Equal(2, refused.Code);
        Assert.Contains("refusing to compare", refused.Err);
        Assert.Contains("suite versions differ", refused.Err);

        File.WriteAllText(dir.File("junk.json"), "{\"timestamp\": 3}");
        var junk = Run("compare", b, dir.File("junk.json"));
        Assert.Equal(2, junk.Code);
        Assert.Contains("junk.json: fails `report check`", junk.Err);
        Assert.Contains("/timestamp: Value is \"integer\" but should be \"string\"", junk.Err);
    }

    [Fact]
    public void Compare_reads_the_corpus_fingerprint_of_report_files()
    {
        using var dir = TestPaths.Temp();
        var a = Write(dir, "a.json", Report(Mixed()) with { CorpusFingerprint = new string('1', 64) });
        var b = Write(dir, "b.json", Report(Mixed()) with { CorpusFingerprint = new string('2', 64) });
        var (code, _, err) = Run("compare", a, b);
        Assert.Equal(2, code);
        Assert.Contains("corpora differ (corpus_fingerprint 111111111111 vs 222222222222", err);
        Assert.Equal(0, Run("compare", a, b, "--ignore-corpus-fingerprint").Code);
    }

    [Fact]
    public void Every_command_prints_its_help_and_rejects_unknown_options()
    {
        foreach (var (cmd, usage) in new[] { ("gate", "gate REPORT"), ("bless", "bless REPORT"), ("compare", "compare BASELINE CURRENT") })
        {
            var help = Run(cmd, "--help");
            Assert.Equal(0, help.Code);
            Assert.Contains("usage: clysm-conformance " + usage, help.Out);
            var bad = Run(cmd, "--bogus");
            Assert.Equal(2, bad.Code);
            Assert.Contains("unknown option --bogus", bad.Err);
        }
    }
}
