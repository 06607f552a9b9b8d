using Clysm.Conformance.Corpus;
using Clysm.Conformance.Running;
using Clysm.Conformance.Schema;
using Clysm.Conformance.Stages;
using Clysm.Conformance.Tests.Support;
using Clysm.Runtime.Engine;
using Xunit;

namespace Clysm.Conformance.Tests.Hardening;

/// <summary>The command stage as an interface: no shell, shell-word splitting, its own process group
/// killed whole, capped output, the diagnostics protocol, and a real wrapper running in SBCL.</summary>
public sealed class CommandStageTests : IDisposable
{
    private readonly TempDir _dir = TestPaths.Temp();
    public void Dispose() => _dir.Dispose();

    private static readonly CorpusCase Answer = CorpusLoader.LoadText(
        """(defcase t.answer :category numbers :features (+) :forms ((+ 40 2)) :value "42")""", "corpus/t.lisp")[0];

    private string Script(string body)
    {
        var path = _dir.File("stage-" + Guid.NewGuid().ToString("N")[..8] + ".sh");
        File.WriteAllText(path, "#!/bin/sh\n" + body + "\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return path;
    }

    private string ModuleFile()
    {
        var module = _dir.File("answer.wasm");
        File.WriteAllBytes(module, Fixtures.Answer42Bytes.Value);
        return module;
    }

    /// <summary>One compile, guarded: a stage mechanism that waits for what it should have killed
    /// fails here instead of hanging the test run.</summary>
    private static StageOutput Compile(CommandStage stage, string source = "(+ 40 2)", string id = "t.case")
    {
        var task = Task.Run(() => stage.Compile(source, id, null!));
        Assert.True(task.Wait(TimeSpan.FromSeconds(120)), "the stage command outlived its timeout");
        return task.Result;
    }

    private static bool Alive(int pid)
    {
        var stat = $"/proc/{pid}/stat";
        if (!File.Exists(stat)) return false;
        try { return File.ReadAllText(stat).Split(") ", 2)[1][0] != 'Z'; }   // a zombie has ended
        catch (IOException) { return false; }
    }

    private static int ReadPid(string file)
    {
        for (var i = 0; i < 200 && !File.Exists(file); i++) Thread.Sleep(50);
        return int.Parse(File.ReadAllText(file).Trim());
    }

    private static void AssertEnded(int pid)
    {
        for (var i = 0; i < 100 && Alive(pid); i++) Thread.Sleep(50);       // SIGKILL is asynchronous
        Assert.False(Alive(pid), $"process {pid} that the stage left behind is still running");
    }

    // ---- the template -----------------------------------------------------------------------

    [Theory]
    [InlineData("cc {input} {output}", new[] { "cc", "{input}", "{output}" })]
    [InlineData("sbcl --script 'my dir/c.lisp' {input} {output}", new[] { "sbcl", "--script", "my dir/c.lisp", "{input}", "{output}" })]
    [InlineData("c \"a \\\"b\\\" \\\\ c\" {input} {output}", new[] { "c", "a \"b\" \\ c", "{input}", "{output}" })]
    [InlineData("c a\\ b '' {input} {output}", new[] { "c", "a b", "", "{input}", "{output}" })]
    [InlineData("c --x='it''s' {input} {output}", new[] { "c", "--x=its", "{input}", "{output}" })]
    public void Templates_split_into_words_with_shell_rules(string template, string[] words) =>
        Assert.Equal(words, ShellWords.Parse(template).Words);

    [Fact]
    public void Leading_name_value_words_become_environment()
    {
        var c = ShellWords.Parse("X=1 SBCL_HOME='/opt/s b' sbcl Y=2 {input} {output}");
        Assert.Equal([new("X", "1"), new("SBCL_HOME", "/opt/s b")], c.Environment);
        Assert.Equal(["sbcl", "Y=2", "{input}", "{output}"], c.Words);
        Assert.Empty(ShellWords.Parse("'X=1' c").Environment);            // quoted: a word, not an assignment
    }

    [Theory]
    [InlineData("c {input} {output} | tee log", "'|'")]
    [InlineData("c {input} {output} > log", "'>'")]
    [InlineData("c {input} {output}; rm x", "';'")]
    [InlineData("c $HOME/{input} {output}", "expansion")]
    [InlineData("c \"$(date)\" {input} {output}", "expansion")]
    [InlineData("c *.lisp {input} {output}", "file name pattern")]
    [InlineData("c ~/x {input} {output}", "home directory")]
    [InlineData("c 'unterminated {input} {output}", "unterminated ' quote")]
    public void Shell_syntax_is_refused_with_the_reason(string template, string reason)
    {
        var e = Assert.Throws<ArgumentException>(() => new CommandStage(template));
        Assert.Contains(reason, e.Message);
    }

    [Fact]
    public void An_unknown_placeholder_is_refused() =>
        Assert.Contains("unknown placeholder {inptu}", Assert.Throws<ArgumentException>(() => new CommandStage("c {inptu} {input} {output}")).Message);

    [Fact]
    public void Environment_assignments_reach_the_stage_and_no_shell_runs_it()
    {
        // "X=1 cmd ..." used to be "stage command not found: X=1".
        var stage = new CommandStage($"GREETING='hello there' {Script("echo \"$GREETING|$1\" >&2; exit 2")} '{{id}}' {{input}} {{output}}");
        Assert.Equal(StageStatus.Compiled, stage.Prepare(null!).Status);
        var o = Compile(stage, id: "t.with-id");
        Assert.Equal("stage command exit 2: hello there|t.with-id", o.Message);
    }

    [Fact]
    public void Paths_with_spaces_need_no_quoting_and_the_stage_runs_in_the_start_directory()
    {
        var work = Path.Combine(_dir.Path, "work folder with spaces");
        var log = _dir.File("where.txt");
        var stage = new CommandStage($"{Script($"pwd > '{log}'; echo \"$1\" >> '{log}'; echo \"$TMPDIR\" >> '{log}'; cp '{ModuleFile()}' \"$2\"")} {{input}} {{output}}",
            workFolder: work);
        Assert.Equal(StageStatus.Compiled, Compile(stage).Status);
        var lines = File.ReadAllLines(log);
        Assert.Equal(Directory.GetCurrentDirectory(), lines[0]);
        Assert.StartsWith(work + "/case-", lines[1]);
        Assert.EndsWith("/input.lisp", lines[1]);
        Assert.StartsWith(work + "/case-", lines[2]);                      // temp files stay in the work folder
        Assert.Empty(Directory.GetFileSystemEntries(work));                 // and the case folder is gone
    }

    // ---- process control --------------------------------------------------------------------

    [Fact]
    public void A_background_process_holding_the_pipes_is_ended_when_the_stage_exits()
    {
        var pid = _dir.File("bg.pid");
        var stage = new CommandStage($"{Script($"(while :; do sleep 1; done & echo $! > '{pid}'); cp '{ModuleFile()}' \"$2\"")} {{input}} {{output}}",
            timeout: TimeSpan.FromSeconds(30));
        var o = Compile(stage);
        Assert.Equal(StageStatus.Compiled, o.Status);
        AssertEnded(ReadPid(pid));
    }

    [Fact]
    public void A_detached_background_process_is_ended_too()
    {
        var pid = _dir.File("bg.pid");
        var stage = new CommandStage($"{Script($"(sleep 90 </dev/null >/dev/null 2>&1 & echo $! > '{pid}'); exit 2")} {{input}} {{output}}");
        Assert.Equal(StageStatus.Error, Compile(stage).Status);
        AssertEnded(ReadPid(pid));
    }

    [Fact]
    public void At_the_timeout_the_whole_group_is_killed()
    {
        var pid = _dir.File("bg.pid");
        var stage = new CommandStage($"{Script($"sleep 600 & echo $! > '{pid}'; wait")} {{input}} {{output}}", timeout: TimeSpan.FromSeconds(1));
        var o = Compile(stage);
        Assert.Equal(StageStatus.Timeout, o.Status);
        Assert.Equal("stage command timed out after 1 s", o.Message);
        AssertEnded(ReadPid(pid));
    }

    [Theory]
    [InlineData("yes", "stdout")]
    [InlineData("yes >&2", "stderr")]
    public void A_stage_writing_forever_is_stopped_at_the_output_cap(string body, string stream)
    {
        var o = Compile(new CommandStage($"{Script(body)} {{input}} {{output}}", timeout: TimeSpan.FromSeconds(60)));
        Assert.Equal(StageStatus.Crashed, o.Status);
        Assert.Equal($"stage command wrote more than {StageProcess.MaxOutputBytes} bytes to {stream} (stopped)", o.Message);
    }

    [Fact]
    public void Output_with_invalid_utf8_and_escape_codes_is_shown_safely()
    {
        var o = Compile(new CommandStage($"{Script("printf 'bad \\377\\033[31m red\\n' >&2; exit 2")} {{input}} {{output}}"));
        Assert.Equal("stage command exit 2: bad \uFFFD\\x1b[31m red", o.Message);
    }

    [Fact]
    public void A_fifo_as_output_is_refused_without_blocking()
    {
        var o = Compile(new CommandStage($"{Script("rm -f \"$2\"; mkfifo \"$2\"")} {{input}} {{output}}"));
        Assert.Equal(StageStatus.Crashed, o.Status);
        Assert.Contains("a FIFO", o.Message);
    }

    [Fact]
    public void A_relative_program_path_is_resolved_from_the_start_directory()
    {
        var script = Script("exit 77");
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), script);
        Assert.False(Path.IsPathRooted(relative));
        var stage = new CommandStage((relative.Contains('/') ? relative : "./" + relative) + " {input} {output}");
        Assert.Equal(StageStatus.Compiled, stage.Prepare(null!).Status);
        Assert.Equal(StageStatus.Skipped, Compile(stage).Status);
    }

    // ---- diagnostics ------------------------------------------------------------------------

    [Fact]
    public void Diagnostics_written_by_the_stage_become_the_outputs_diagnostic()
    {
        var stage = new CommandStage($$"""{{Script("""printf '{"phase": "read", "condition": "end-of-file", "message": "eof in list", "line": 2, "column": 7}' > "$3"; exit 2""")}} {input} {output} {diagnostics}""");
        var o = Compile(stage);
        Assert.Equal(StageStatus.Error, o.Status);
        Assert.Equal(new StageDiagnostic("read", "END-OF-FILE", "eof in list", 2, 7), o.Diagnostic);
        Assert.Equal("stage command exit 2: eof in list", o.Message);
    }

    [Theory]
    [InlineData("""not json""", "not JSON")]
    [InlineData("""[1]""", "expected one JSON object, found an array")]
    [InlineData("""{"message": "m"}""", "\"phase\" is required")]
    [InlineData("""{"phase": "run", "message": "m"}""", "\"phase\" must be \"read\" or \"compile\"")]
    [InlineData("""{"phase": "read"}""", "\"message\" is required")]
    [InlineData("""{"phase": "read", "message": 3}""", "\"message\" must be a string")]
    [InlineData("""{"phase": "read", "message": "m", "line": 0}""", "\"line\" must be a whole number >= 1")]
    [InlineData("""{"phase": "read", "message": "m", "column": "5"}""", "\"column\" must be a whole number >= 1")]
    [InlineData("""{"phase": "read", "message": "m", "condition": ""}""", "\"condition\" is empty")]
    [InlineData("""{"phase": "read", "message": "m", "extra": 1}""", "unknown member \"extra\"")]
    public void A_malformed_diagnostics_file_is_a_named_stage_error_never_a_pass(string json, string problem)
    {
        var file = _dir.File("d.json");
        File.WriteAllText(file, json);
        var stage = new CommandStage($"{Script($"cp '{file}' \"$3\"; exit 2")} {{input}} {{output}} {{diagnostics}}");
        var o = Compile(stage);
        Assert.Equal(StageStatus.Crashed, o.Status);
        Assert.Contains("malformed diagnostics file", o.Message);
        Assert.Contains(problem, o.Message);
        Assert.Null(o.Diagnostic);

        // The schema says the same about the same text.
        var schema = SchemaValidator.StageDiagnostics;
        if (json != "not json") Assert.NotEmpty(schema.Validate(System.Text.Json.JsonDocument.Parse(json).RootElement));
    }

    [Theory]
    [InlineData("""{"phase": "compile", "message": "unsupported special form"}""")]
    [InlineData("""{"phase": "read", "condition": "READER-ERROR", "message": "dot context error", "line": 1, "column": 8}""")]
    public void Well_formed_diagnostics_pass_the_schema_and_the_reader(string json)
    {
        var schema = SchemaValidator.StageDiagnostics;
        Assert.Empty(schema.Validate(System.Text.Json.JsonDocument.Parse(json).RootElement));
        Assert.NotNull(StageDiagnosticsFile.Parse(json, "d.json"));
    }

    // ---- a wrapper running in SBCL ------------------------------------------------------------

    [Fact]
    public void The_sbcl_wrapper_fixture_compiles_refuses_and_reports_read_errors_through_the_protocol()
    {
        var wrapper = Path.Combine(TestPaths.Root, "tests", "fixtures", "stages", "sbcl-wrapper.lisp");
        var cases = CorpusLoader.LoadText("""
            (defcase w.sum :category numbers :features (+) :forms ((+ 1 2 39)) :value "42")
            (defcase w.negative :category numbers :features (+) :forms ((+ -7 3)) :value "-4")
            (defcase w.list :category conses :features (list) :forms ((list 1 2)) :value "(1 2)")
            (defcase w.unterminated :category reader :features (end-of-file) :source "(+ 1
              (2" :signals end-of-file :phase read)
            (defcase w.dots :category reader :features (reader-error) :source "(a . . b)" :signals reader-error :phase read)
            """, "corpus/w.lisp");
        using var stage = new CommandStage($"sbcl --script '{wrapper}' {{input}} {{output}} {{diagnostics}}", "stage0-v0.1", workFolder: _dir.File("work"));
        var diagnostics = new Dictionary<string, StageDiagnostic?>();
        foreach (var c in cases.Where(c => c.Signals is not null))
            diagnostics[c.Id] = Compile(stage, c.Source, c.Id).Diagnostic;
        using var session = new ConformanceSession(stage, () => EngineFactory.CreateRunner("v8"), TimeSpan.FromSeconds(10));
        var results = ConformanceRun.Run(cases, session, new RunOptions { Jobs = 2 }).Results.ToDictionary(r => r.Id);

        Assert.Equal(Outcome.Pass, results["w.sum"].Outcome);
        Assert.Equal(Outcome.Pass, results["w.negative"].Outcome);
        Assert.Equal(Outcome.Skip, results["w.list"].Outcome);
        Assert.Equal("sbcl-wrapper: only one form (+ integer ...) with small integers is supported, not (LIST 1 2)", results["w.list"].Reason);
        var unterminated = cases.Single(c => c.Id == "w.unterminated").Source;   // the end of file is one past its last character
        Assert.Equal(new StageDiagnostic("read", "END-OF-FILE", "end of file in the middle of a form", 2, unterminated.Split('\n')[1].Length + 1), diagnostics["w.unterminated"]);
        Assert.Equal(new StageDiagnostic("read", "READER-ERROR", "dot context error", 1, 8), diagnostics["w.dots"]);
        Assert.Equal(Outcome.Pass, results["w.unterminated"].Outcome);
    }
}
