using System.Text.Json.Nodes;
using Clysm.Cli;
using Clysm.Conformance.Schema;
using Clysm.Conformance.Tests.Support;
using Xunit;

namespace Clysm.Conformance.Tests;

/// <summary>The clysm-conformance command line, run in process.</summary>
public sealed class CliTests : IDisposable
{
    private readonly TempDir _dir = TestPaths.Temp();
    public void Dispose() => _dir.Dispose();

    private (int Code, string Out, string Err) Cli(params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        var code = Clysm.Cli.Cli.Execute(args, o, e);
        return (code, o.ToString(), e.ToString());
    }

    private string Corpus(string text = """
        (defcase t.answer :category numbers :features (+) :forms ((+ 40 2)) :value "42")
        (defcase t.other :category numbers :features (+) :forms ((+ 1 0)) :value "1")
        (defcase s.answer :category strings :features (length) :forms ((+ 40 2)) :value "42")
        """)
    {
        var dir = Directory.CreateDirectory(Path.Combine(_dir.Path, "corpus", "forms")).FullName;
        File.WriteAllText(Path.Combine(dir, "t.lisp"), text);
        return Path.GetDirectoryName(dir)!;
    }

    private string AnswerStage()
    {
        var module = _dir.File("answer.wasm");
        File.WriteAllBytes(module, Fixtures.Answer42Bytes.Value);
        var script = _dir.File("stage.sh");
        File.WriteAllText(script, $"#!/bin/sh\ngrep -qF '(+ 40 2)' \"$1\" || {{ echo 'only 40+2' >&2; exit 2; }}\ncp '{module}' \"$2\"\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return script + " {input} {output}";
    }

    [Theory]
    [InlineData("run")]
    [InlineData("inspect")]
    [InlineData("history")]
    [InlineData("corpus")]
    [InlineData("exec")]
    [InlineData("gate")]
    [InlineData("bless")]
    [InlineData("compare")]
    [InlineData("export")]
    [InlineData("report")]
    [InlineData("merge")]
    public void Every_command_has_help(string command)
    {
        var (code, output, _) = Cli(command, "--help");
        Assert.Equal(0, code);
        Assert.Contains($"usage: clysm-conformance {command}", output);
    }

    [Fact]
    public void Every_command_option_and_argument_of_the_tree_says_what_it_is()
    {
        var root = Clysm.Cli.Cli.Build(new Terminal(TextWriter.Null, TextWriter.Null));
        var missing = new List<string>();
        void Walk(System.CommandLine.Command c, string path)
        {
            if (string.IsNullOrWhiteSpace(c.Description)) missing.Add(path);
            if (c != root && c is not DocumentedCommand) missing.Add(path + " (no usage line)");
            foreach (var o in c.Options.Where(o => string.IsNullOrWhiteSpace(o.Description))) missing.Add($"{path} {o.Name}");
            foreach (var a in c.Arguments.Where(a => string.IsNullOrWhiteSpace(a.Description))) missing.Add($"{path} <{a.Name}>");
            foreach (var sub in c.Subcommands) Walk(sub, path + " " + sub.Name);
        }
        Walk(root, "clysm-conformance");
        Assert.Empty(missing);
        Assert.True(root.Subcommands.Count >= 11, "the tree lost its commands");
    }

    [Fact]
    public void Every_command_and_option_in_the_ci_workflow_of_the_docs_exists()
    {
        // docs/ci.md's workflow is run by tools/ci/check-workflow.sh; this keeps its YAML in step with the tree.
        var doc = File.ReadAllText(Path.Combine(TestPaths.Root, "docs", "ci.md"));
        var yaml = System.Text.RegularExpressions.Regex.Match(doc, "```yaml\n(.*?)```", System.Text.RegularExpressions.RegexOptions.Singleline).Groups[1].Value
            .Replace("\\\n", " ");
        var root = Clysm.Cli.Cli.Build(new Terminal(TextWriter.Null, TextWriter.Null));
        var used = new List<string>();
        foreach (var line in yaml.Split('\n').Where(l => !l.Contains("tool install")))
            foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(line, @"clysm-conformance ([a-z]+)((?: [^|;&]*)?)"))
            {
                var command = root.Subcommands.SingleOrDefault(c => c.Name == m.Groups[1].Value);
                Assert.True(command is not null, $"docs/ci.md runs an unknown command: {m.Value}");
                var words = m.Groups[2].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (command.Subcommands.SingleOrDefault(c => words.FirstOrDefault() == c.Name) is { } sub) command = sub;
                foreach (var option in words.Where(w => w.StartsWith("--")))
                    Assert.True(command.Options.Any(o => o.Name == option) || option == "--verbose", $"docs/ci.md: {command.Name} has no option {option} ({m.Value.Trim()})");
                used.Add(command.Name);
            }
        Assert.Superset(new HashSet<string> { "run", "merge", "check", "gate", "compare", "export" }, used.ToHashSet());
    }

    [Fact]
    public void The_tool_package_carries_the_suite_s_version()
    {
        // The package version is written in cli/Clysm.Cli.csproj, the suite's in Clysm.Conformance.csproj.
        var suite = typeof(Clysm.Conformance.Reporting.ReportBuilder).Assembly.GetName().Version;
        Assert.Equal(suite, typeof(Clysm.Cli.Cli).Assembly.GetName().Version);
    }

    [Fact]
    public void A_usage_error_is_one_error_line_the_usage_line_and_where_the_help_is()
    {
        var (code, output, err) = Cli("merge");
        Assert.Equal(2, code);
        Assert.Equal("", output);
        var lines = err.TrimEnd('\n').Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("clysm-conformance merge: ", lines[0]);
        Assert.Equal("usage: clysm-conformance merge REPORT... [options]", lines[1]);
        Assert.Contains("clysm-conformance merge --help", lines[2]);
    }

    [Fact]
    public void Progress_is_a_plain_line_in_a_log_and_one_rewritten_line_on_a_terminal()
    {
        var log = new StringWriter();
        var plain = new ProgressDisplay(log, tty: false, every: TimeSpan.Zero);
        plain.Update(new Clysm.Conformance.Running.Progress(1, 3, 1, 0, 0, TimeSpan.FromSeconds(1)));
        plain.Update(new Clysm.Conformance.Running.Progress(3, 3, 2, 1, 0, TimeSpan.FromSeconds(2)));
        plain.Finish();
        Assert.Equal(["1/3 pass 1 fail 0 skip 0 (1 cases/s)", "3/3 pass 2 fail 1 skip 0 (2 cases/s)"], log.ToString().TrimEnd('\n').Split('\n'));

        var tty = new StringWriter();
        var line = new ProgressDisplay(tty, tty: true);
        line.Update(new Clysm.Conformance.Running.Progress(3, 3, 3, 0, 0, TimeSpan.FromSeconds(1)));
        line.Finish();
        Assert.StartsWith("\r3/3 pass 3", tty.ToString());
        Assert.EndsWith("\n", tty.ToString());

        var quiet = new StringWriter();
        new ProgressDisplay(quiet, tty: false).Update(new Clysm.Conformance.Running.Progress(1, 9, 1, 0, 0, TimeSpan.FromSeconds(1)));
        Assert.Equal("", quiet.ToString());       // a log gets a line only every few seconds, not one per case
    }

    [Fact]
    public void Unknown_commands_and_options_are_exit_2_with_usage()
    {
        var (code, _, err) = Cli("frobnicate");
        Assert.Equal(2, code);
        Assert.Contains("unknown command frobnicate", err);
        (code, _, err) = Cli("run", "--jobz", "2");
        Assert.Equal(2, code);
        Assert.Contains("unknown option --jobz", err);
        Assert.Contains("usage: clysm-conformance run", err);
        (code, _, err) = Cli("run", "--jobs", "zero");
        Assert.Equal(2, code);
        Assert.Contains("--jobs needs a whole number", err);
    }

    [Fact]
    public void Run_writes_a_valid_report_results_and_history_and_prints_a_summary()
    {
        var corpus = Corpus();
        var report = _dir.File("out/report.json");
        var results = _dir.File("out/results.jsonl");
        var history = _dir.File("h/history.jsonl");
        var (code, output, err) = Cli("run", "--stage-command", AnswerStage(), "--stage-version", "stage0-v0.2", "--corpus", corpus,
            "--report", report, "--results", results, "--history", history, "--jobs", "2", "--quiet");
        Assert.True(code == 1, $"exit {code}\n{output}\n{err}");     // one of three fails: partial
        var json = File.ReadAllText(report);
        Assert.Empty(SchemaValidator.Report.Validate(JsonText.Element(json)));
        var node = JsonNode.Parse(json)!;
        Assert.Equal("stage0-v0.2", (string?)node["stage_version"]);
        Assert.Equal(3, (int)node["summary"]!["total_forms"]!);
        Assert.Equal(2, (int)node["summary"]!["compiled"]!);
        Assert.Equal(66.67, (double)node["summary"]!["coverage_pct"]!);
        Assert.Equal("command", (string?)node["stage"]!["kind"]);
        Assert.Matches("^[0-9a-f]{64}$", (string?)node["corpus_fingerprint"]);
        Assert.Equal(3, File.ReadAllLines(results).Length);
        Assert.Single(File.ReadAllLines(history));
        Assert.Contains("numbers", output);
        Assert.Contains("strings", output);
        Assert.Contains("passed 2 / scored 3 / total 3", output);
        Assert.Contains("only 40+2", output); // the failure and its reason are shown
    }

    [Fact]
    public void A_stage_that_crashes_on_every_case_compiles_nothing_and_fails_every_case()
    {
        var report = _dir.File("r.json");
        var (code, output, err) = Cli("run", "--stage-command", "sh -c 'exit 5' {input} {output}", "--corpus", Corpus(), "--report", report,
            "--results", _dir.File("r.jsonl"), "--no-history", "--quiet");
        Assert.True(code == 2, $"exit {code}\n{output}\n{err}");               // none passed
        var summary = JsonNode.Parse(File.ReadAllText(report))!["summary"]!;
        Assert.Equal((0, 3, 0.0), ((int)summary["compiled"]!, (int)summary["failed"]!, (double)summary["coverage_pct"]!));
        Assert.Equal(3, (int)summary["outcomes"]!["crash"]!);
        Assert.Contains("compiled 0/3 = 0.00%", output);
    }

    [Fact]
    public void Run_filters_by_id_category_and_feature()
    {
        var corpus = Corpus();
        var report = _dir.File("r.json");
        var (code, output, _) = Cli("run", "--stage-command", AnswerStage(), "--corpus", corpus, "--report", report, "--results", _dir.File("r.jsonl"),
            "--no-history", "--quiet", "--category", "numbers", "--exclude", "*.other");
        Assert.Equal(0, code);
        Assert.Contains("selected 1", output);
        var node = JsonNode.Parse(File.ReadAllText(report))!;
        Assert.Equal("t.answer", (string?)node["cases"]![0]!["id"]);
        Assert.Equal(["--exclude *.other", "--category numbers"], node["filters"]!.AsArray().Select(n => (string)n!));
        (code, _, _) = Cli("run", "--stage-command", AnswerStage(), "--corpus", corpus, "--report", report, "--results", _dir.File("r.jsonl"),
            "--no-history", "--quiet", "--feature", "length");
        Assert.Equal(0, code);
        Assert.Equal(1, (int)JsonNode.Parse(File.ReadAllText(report))!["summary"]!["total_forms"]!);
    }

    [Fact]
    public void Run_with_a_missing_stage_module_is_exit_3()
    {
        var (code, _, err) = Cli("run", "--stage", "wasm", "--stage-module", _dir.File("nope.wasm"), "--corpus", Corpus(), "--report", _dir.File("r.json"),
            "--results", _dir.File("r.jsonl"), "--no-history", "--quiet");
        Assert.Equal(3, code);
        Assert.Contains("nope.wasm", err);
        Assert.False(File.Exists(_dir.File("r.json")));
    }

    [Fact]
    public void Run_where_everything_is_skipped_is_exit_77_and_says_so()
    {
        var stage = WasmAs.AssembleTo(Fixtures.StageWithoutCompileForm, _dir.File("clysm-stage1.wasm"));
        var (code, output, err) = Cli("run", "--stage-module", stage, "--corpus", Corpus(), "--report", _dir.File("r.json"),
            "--results", _dir.File("r.jsonl"), "--no-history", "--quiet");
        Assert.Equal(77, code);
        Assert.Contains("NOTHING WAS TESTED: none of the 3 case(s) was scored (3 skip)", err);
        Assert.Contains("exports no compile_form", err);
        Assert.Contains("passed 0 / scored 0 / total 3", output);
        var node = JsonNode.Parse(File.ReadAllText(_dir.File("r.json")))!;
        Assert.Equal("stage1-v0.0", (string?)node["stage_version"]);
        Assert.Equal(3, (int)node["summary"]!["skipped"]!);
    }

    [Fact]
    public void Run_that_selects_no_case_is_exit_77_and_says_so()
    {
        var (code, _, err) = Cli("run", "--corpus", Corpus(), "--include", "no-such-case", "--report", _dir.File("r.json"),
            "--results", _dir.File("r.jsonl"), "--no-history", "--quiet");
        Assert.Equal(77, code);
        Assert.Contains("NOTHING WAS TESTED: the run has no cases at all", err);
    }

    [Fact]
    public void A_malformed_corpus_stops_the_run_naming_the_place()
    {
        var corpus = Corpus("(defcase a :category c :forms (1) :value \"1\")\n(defcase b :category c :forms (1) :valu \"1\")");
        var (code, _, err) = Cli("corpus", "check", "--corpus", corpus);
        Assert.Equal(2, code);
        Assert.Contains("corpus/forms/t.lisp:2:35: case b: unknown field :valu", err);
        (code, _, err) = Cli("run", "--corpus", corpus, "--no-history");
        Assert.Equal(2, code);
        Assert.Contains("corpus/forms/t.lisp:2:35", err);
    }

    [Fact]
    public void Corpus_stats_counts_by_category_and_module()
    {
        var (code, output, _) = Cli("corpus", "stats", "--corpus", Corpus());
        Assert.Equal(0, code);
        Assert.Matches(@"numbers\s+2", output);
        Assert.Matches(@"strings\s+1", output);
        Assert.Matches(@"corpus/forms/t\.lisp\s+3", output);
        Assert.Contains("total: 3 cases, 2 categories, 1 modules", output);
    }

    [Fact]
    public void History_prints_the_trend_and_writes_the_chart()
    {
        var corpus = Corpus();
        var history = _dir.File("history.jsonl");
        foreach (var _ in new[] { 1, 2 })
            Cli("run", "--stage-command", AnswerStage(), "--corpus", corpus, "--report", _dir.File("r.json"), "--results", _dir.File("r.jsonl"), "--history", history, "--quiet");
        var svg = _dir.File("chart.svg");
        var (code, output, _) = Cli("history", "--history", history, "--svg", svg);
        Assert.Equal(0, code);
        Assert.Equal(3, output.Split('\n').Count(l => l.Contains("stage0-v0.0")) + 1); // header + two runs
        Assert.Contains("66.67%", output);
        Assert.Contains("data-name=\"numbers pass rate\"", File.ReadAllText(svg));
    }

    [Fact]
    public void History_leaves_filtered_runs_out_of_the_trend_unless_asked()
    {
        var corpus = Corpus();
        var history = _dir.File("history.jsonl");
        string[] common = ["--stage-command", AnswerStage(), "--corpus", corpus, "--report", _dir.File("r.json"), "--results", _dir.File("r.jsonl"), "--history", history, "--quiet"];
        Cli(["run", .. common]);
        Cli(["run", "--category", "strings", .. common]);
        var (_, output, _) = Cli("history", "--history", history, "--svg", _dir.File("c.svg"));
        Assert.Single(output.Split('\n'), l => l.Contains("stage0-v0.0"));
        Assert.Contains("1 run(s) with filters left out", output);
        (_, output, _) = Cli("history", "--history", history, "--svg", _dir.File("c.svg"), "--all");
        Assert.Equal(2, output.Split('\n').Count(l => l.Contains("stage0-v0.0")));
    }

    [Fact]
    public void Inspect_describes_a_module_and_checks_the_contract()
    {
        var good = WasmAs.AssembleTo(Fixtures.Answer42, _dir.File("good.wasm"));
        var (code, output, _) = Cli("inspect", good);
        Assert.Equal(0, code);
        Assert.Contains("_start", output);
        Assert.Contains("host contract: ok", output);

        var bad = WasmAs.AssembleTo(Fixtures.StageWrongImport, _dir.File("bad.wasm"));
        (code, output, _) = Cli("inspect", bad);
        Assert.Equal(2, code);
        Assert.Contains("write-char", output);

        (code, _, var err) = Cli("inspect", _dir.File("missing.wasm"));
        Assert.Equal(3, code);
        Assert.Contains("missing.wasm", err);
    }

    [Fact]
    public void Exec_runs_a_module_against_the_host_and_exits_per_the_seed()
    {
        var module = _dir.File("host-paths.wasm");
        File.WriteAllBytes(module, WasmAs.Fixture("host-paths.wat"));

        var (code, stdout, err) = Cli("exec", module, "--stdin-text", "one\ntwo\n");
        Assert.Equal(0, code);
        Assert.Equal("one\ntwo\n", stdout);
        Assert.Contains("[exec] returned: value 2", err);
        Assert.Contains("clysm:io read-line x3", err);

        (code, _, err) = Cli("exec", module, "--export", "write-to-stdin");
        Assert.Equal(2, code);
        Assert.Contains("clysm:io write-char: fd 0 (<stdin>): stream is not an output stream", err);

        File.WriteAllText(_dir.File("in.txt"), "x");
        (code, stdout, _) = Cli("exec", module, "--export", "file-roundtrip", "--sandbox", _dir.Path);
        Assert.Equal(0, code);
        Assert.Equal("hello", stdout);
        Assert.Equal("hello", File.ReadAllText(_dir.File("out.txt")));

        (code, _, err) = Cli("exec", _dir.File("missing.wasm"));
        Assert.Equal(3, code);
        Assert.Contains("missing.wasm", err);

        File.WriteAllBytes(_dir.File("junk.wasm"), [1, 2, 3, 4, 5, 6, 7, 8]);
        (code, _, err) = Cli("exec", _dir.File("junk.wasm"));
        Assert.Equal(2, code);
        Assert.Contains("01 02 03 04", err);
    }
}
