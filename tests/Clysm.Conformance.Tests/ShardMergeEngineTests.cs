using System.Diagnostics;
using Clysm.Conformance.Gate;
using Clysm.Conformance.Reporting;
using Clysm.Conformance.Running;
using Clysm.Conformance.Tests.Support;
using Xunit;
using static Clysm.Conformance.Tests.Gate.Synthetic;

namespace Clysm.Conformance.Tests;

/// <summary>The CI workflow's commands, run in process through the reference stage on a small corpus:
/// run --shard K/N, merge, run --engine, and the comparison of two engines.</summary>
public sealed class ShardMergeEngineTests : IDisposable
{
    private readonly TempDir _dir = TestPaths.Temp();
    public void Dispose() => _dir.Dispose();

    private static (int Code, string Out, string Err) Cli(params string[] args)
    {
        var (o, e) = (new StringWriter(), new StringWriter());
        var code = Clysm.Cli.Cli.Execute(args, o, e);
        return (code, o.ToString(), e.ToString());
    }

    /// <summary>Eleven cases in two categories; one expects the wrong value, so the run has a failure to carry.</summary>
    private string Corpus()
    {
        var dir = Directory.CreateDirectory(Path.Combine(_dir.Path, "corpus", "forms")).FullName;
        var lines = Enumerable.Range(0, 8).Select(i => $"(defcase n.add{i} :category numbers :features (+) :forms ((+ {i} 40)) :value \"{i + 40}\")")
            .Concat(Enumerable.Range(0, 2).Select(i => $"(defcase c.car{i} :category conses :features (car) :forms ((car (list {i} 2))) :value \"{i}\")"))
            .Append("(defcase n.wrong :category numbers :features (+) :forms ((+ 1 1)) :value \"3\")");
        File.WriteAllLines(Path.Combine(dir, "w.lisp"), lines);
        return Path.GetDirectoryName(dir)!;
    }

    private string[] RunArgs(string corpus, string name, params string[] more) =>
        ["run", "--corpus", corpus, "--report", _dir.File($"{name}/report.json"), "--results", _dir.File($"{name}/results.jsonl"),
         "--history", _dir.File("history.jsonl"), "--quiet", "--jobs", "1", .. more];

    private static string Key(CaseResult c) => $"{c.Id} {c.Outcome.Name()} {c.Phase.Name()} {c.Reason} {c.Diff} {c.Actual?.Value}";

    [Fact]
    public void Shards_merged_equal_the_unsharded_run_case_by_case_and_the_history_records_the_merge_once()
    {
        var corpus = Corpus();
        var whole = Cli(RunArgs(corpus, "whole"));
        Assert.True(whole.Code == 1, whole.Out + whole.Err);                 // one failure: partial
        File.Delete(_dir.File("history.jsonl"));

        var sizes = new List<int>();
        for (var k = 1; k <= 3; k++)
        {
            var shard = Cli(RunArgs(corpus, $"s{k}", "--shard", $"{k}/3"));
            Assert.True(shard.Code is 0 or 1, shard.Out + shard.Err);
            Assert.Contains($"shard {k}/3 (id hash)", shard.Out);
            var r = ReportFile.Load(_dir.File($"s{k}/report.json")).Report;
            Assert.Equal(new ShardInfo { Index = k, Count = 3, Selected = 11, Balance = "id hash" }, r.Shard);
            sizes.Add(r.Cases.Count);
        }
        Assert.False(File.Exists(_dir.File("history.jsonl")), "a shard appended to the history");
        Assert.Equal(11, sizes.Sum());
        Assert.True(sizes.Max() - sizes.Min() <= 1, "unbalanced shards: " + string.Join(", ", sizes));

        // Given in any order.
        var merge = Cli("merge", _dir.File("s3/report.json"), _dir.File("s1/report.json"), _dir.File("s2/report.json"),
            "--report", _dir.File("merged/report.json"), "--results", _dir.File("merged/results.jsonl"), "--history", _dir.File("history.jsonl"));
        Assert.True(merge.Code == 1, merge.Out + merge.Err);
        Assert.Contains("merged 3 shard(s) of 11 case(s)", merge.Out);
        Assert.Contains("passed 10 / scored 11 / total 11", merge.Out);

        var expected = ReportFile.Load(_dir.File("whole/report.json")).Report;
        var merged = ReportFile.Load(_dir.File("merged/report.json")).Report;      // passes report check
        Assert.Equal(expected.Cases.Select(Key).Order(StringComparer.Ordinal), merged.Cases.Select(Key).Order(StringComparer.Ordinal));
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(expected.Summary), System.Text.Json.JsonSerializer.Serialize(merged.Summary));
        Assert.Equal(expected.Categories.Select(c => (c.Category, c.Total, c.Passed, c.Failed)), merged.Categories.Select(c => (c.Category, c.Total, c.Passed, c.Failed)));
        Assert.Equal(expected.CorpusFingerprint, merged.CorpusFingerprint);
        Assert.Null(merged.Shard);
        Assert.Equal(3, merged.MergedFrom!.Count);
        Assert.Equal(11, File.ReadAllLines(_dir.File("merged/results.jsonl")).Length);
        Assert.Single(File.ReadAllLines(_dir.File("history.jsonl")));
    }

    [Fact]
    public void Merge_refuses_a_missing_shard_a_shard_twice_and_a_report_that_is_no_shard_naming_the_files()
    {
        var corpus = Corpus();
        Assert.True(Cli(RunArgs(corpus, "whole", "--no-history")).Code == 1);
        for (var k = 1; k <= 2; k++) Assert.True(Cli(RunArgs(corpus, $"s{k}", "--shard", $"{k}/2")).Code is 0 or 1);
        string[] Merge(params string[] reports) => ["merge", .. reports, "--report", _dir.File("m/report.json"), "--no-history"];

        var (code, _, err) = Cli(Merge(_dir.File("s1/report.json")));
        Assert.Equal(2, code);
        Assert.Contains("shard(s) 2/2 missing", err);
        (code, _, err) = Cli(Merge(_dir.File("s1/report.json"), _dir.File("s1/report.json")));
        Assert.Equal(2, code);
        Assert.Contains("shard 1/2 is given twice", err);
        (code, _, err) = Cli(Merge(_dir.File("s1/report.json"), _dir.File("whole/report.json")));
        Assert.Equal(2, code);
        Assert.Contains($"{_dir.File("whole/report.json")} is not the report of a shard", err);
        (code, _, err) = Cli(Merge(_dir.File("s1/report.json"), _dir.File("nowhere.json")));
        Assert.Equal(2, code);
        Assert.Contains("report not found", err);
        Assert.False(File.Exists(_dir.File("m/report.json")), "a refused merge wrote a report");
    }

    [Fact]
    public void A_shard_balanced_by_an_earlier_report_says_so_and_bad_shard_options_are_usage_errors()
    {
        var corpus = Corpus();
        Assert.True(Cli(RunArgs(corpus, "whole", "--no-history")).Code == 1);
        var balanced = Cli(RunArgs(corpus, "b1", "--shard", "1/2", "--balance-from", _dir.File("whole/report.json")));
        Assert.True(balanced.Code is 0 or 1, balanced.Out + balanced.Err);
        var shard = ReportFile.Load(_dir.File("b1/report.json")).Report.Shard!;
        Assert.StartsWith("durations of ", shard.Balance);

        foreach (var (args, message) in new (string[], string)[]
                 {
                     (["--shard", "0/2"], "--shard takes K/N with 1 <= K <= N"),
                     (["--shard", "3/2"], "--shard takes K/N"),
                     (["--shard", "half"], "--shard takes K/N"),
                     (["--balance-from", _dir.File("whole/report.json")], "--balance-from needs --shard K/N"),
                     (["--engine", "spidermonkey"], "spidermonkey"),
                 })
        {
            var (code, _, err) = Cli(RunArgs(corpus, "bad", args));
            Assert.True(code == 2, $"{string.Join(" ", args)}: exit {code}\n{err}");
            Assert.Contains(message, err);
        }
    }

    [Fact]
    public void Run_on_both_engines_runs_every_case_on_each_and_records_both()
    {
        var corpus = Corpus();
        var (code, output, err) = Cli(RunArgs(corpus, "both", "--engine", "both", "--no-history", "--include", "n.add1,n.wrong,c.car0"));
        Assert.True(code == 1, output + err);
        Assert.Contains("engine both", output);
        var report = ReportFile.Load(_dir.File("both/report.json")).Report;
        Assert.Equal(2, report.Engines!.Count);
        Assert.StartsWith("v8 ", report.Engines[0]);
        Assert.StartsWith("wasmtime ", report.Engines[1]);
        var byId = report.Cases.ToDictionary(c => c.Id);
        Assert.Equal(Outcome.Pass, byId["n.add1"].Outcome);
        Assert.Equal(Outcome.Pass, byId["c.car0"].Outcome);
        Assert.Equal(Outcome.Fail, byId["n.wrong"].Outcome);    // both engines fail it alike: a failure, not a disagreement
    }

    [Fact]
    public void The_engine_comes_from_CLYSM_ENGINE_when_not_given()
    {
        // In a child process: the variable is the process's, and tests run side by side.
        var corpus = Corpus();
        (int Code, string Err) Child(string engine, params string[] more)
        {
            var dll = Path.Combine(AppContext.BaseDirectory, "clysm-conformance.dll");
            var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
            var psi = new ProcessStartInfo(dotnet) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = _dir.Path };
            psi.Environment["CLYSM_ENGINE"] = engine;
            psi.ArgumentList.Add(dll);
            foreach (var a in RunArgs(corpus, engine, ["--no-history", "--include", "n.add1", .. more])) psi.ArgumentList.Add(a);
            using var p = Process.Start(psi)!;
            var stderr = p.StandardError.ReadToEndAsync();
            p.StandardOutput.ReadToEnd();
            p.WaitForExit();
            return (p.ExitCode, stderr.Result);
        }
        var (code, err) = Child("wasmtime");
        Assert.True(code == 0, err);
        Assert.StartsWith("wasmtime ", ReportFile.Load(_dir.File("wasmtime/report.json")).Report.EngineVersion);
        (code, err) = Child("wasmtime", "--engine", "v8");          // the option wins over the variable
        Assert.True(code == 0, err);
        Assert.StartsWith("v8 ", ReportFile.Load(_dir.File("wasmtime/report.json")).Report.EngineVersion);
        (code, err) = Child("chakra");
        Assert.Equal(2, code);
        Assert.Contains("unknown engine \"chakra\" (from $CLYSM_ENGINE)", err);
    }

    [Fact]
    public void Engines_that_differ_give_a_disagreement_with_both_sides_and_engines_that_agree_give_their_verdict()
    {
        CaseResult On(string stdout, Outcome outcome = Outcome.Pass) => Case("a.1", outcome) with
        {
            Actual = new CaseActual { Value = "42", ValueKind = "fixnum", Stdout = stdout, Stderr = "" },
        };
        var agree = EngineComparison.Combine([("v8", On("hi")), ("wasmtime", On("hi"))]);
        Assert.Equal(Outcome.Pass, agree.Outcome);
        Assert.Equal(5.0, agree.RunMs);                             // both runs' time

        var differ = EngineComparison.Combine([("v8", On("hi")), ("wasmtime", On("ho", Outcome.Fail))]);
        Assert.Equal(Outcome.Disagreement, differ.Outcome);
        Assert.True(differ.Failed, "a disagreement must fail");
        Assert.Contains("the engines disagree on outcome, stdout (v8 pass vs wasmtime fail)", differ.Reason);
        Assert.Contains("v8        \"hi\"", differ.Diff);
        Assert.Contains("wasmtime  \"ho\"", differ.Diff);
        Assert.Contains("on wasmtime: fail at compare", differ.Diff);

        // The summary says so, and a report with it is still a valid report.
        var report = Report([differ, Case("a.2", Outcome.Pass)]);
        var o = new StringWriter();
        Clysm.Cli.RunSummary.Print(o, report, report.Cases, TimeSpan.FromSeconds(1), 10);
        Assert.Contains("1 DISAGREEMENT(S) between the engines", o.ToString());
        Assert.Contains("FAIL a.1", o.ToString());
        var path = _dir.File("d.json");
        ReportWriter.Write(report, path);
        Assert.Equal(Outcome.Disagreement, ReportFile.Load(path).Report.Cases[0].Outcome);
    }
}
