using Clysm.Conformance.Corpus;
using Clysm.Conformance.Running;
using Clysm.Conformance.Stages;
using Clysm.Conformance.Tests.Support;
using Clysm.Runtime;
using Clysm.Runtime.Engine;
using Xunit;

namespace Clysm.Conformance.Tests;

/// <summary>The wasm and command stages against fixture stages, on the real engine.</summary>
public sealed class StageTests : IDisposable
{
    private readonly TempDir _dir = TestPaths.Temp();
    public void Dispose() => _dir.Dispose();

    private static readonly IReadOnlyList<CorpusCase> Cases = CorpusLoader.LoadText("""
        (defcase t.answer :category numbers :features (+) :forms ((+ 40 2)) :value "42")
        (defcase t.other :category numbers :features (+) :forms ((+ 1 0)) :value "1")
        """, "corpus/t.lisp");

    private static RunOutcome Run(Stage stage, IReadOnlyList<CorpusCase>? cases = null)
    {
        using var session = new ConformanceSession(stage, () => EngineFactory.CreateRunner(), TimeSpan.FromSeconds(10));
        return ConformanceRun.Run(cases ?? Cases, session, new RunOptions { Jobs = 2 });
    }

    private string StageFile(string wat) => WasmAs.AssembleTo(wat, _dir.File(Guid.NewGuid().ToString("N") + ".wasm"));

    // ---- reference stage -----------------------------------------------------------------------

    [Theory]
    [InlineData("(+ 1 2", "END-OF-FILE", 1, 1)]
    [InlineData("(print \"abc)", "END-OF-FILE", 1, 8)]
    [InlineData("(+ 1 2))", "READER-ERROR", 1, 8)]
    [InlineData("(print 1)\n(a . b c)", "READER-ERROR", 2, 8)]
    public void The_reference_stage_says_which_read_error_and_where(string source, string condition, int line, int column)
    {
        using var stage = new ReferenceStage();
        var r = stage.Compile(source, "t.read", new FakeEngine(_ => throw new InvalidOperationException("nothing runs")));
        Assert.Equal(StageStatus.Error, r.Status);
        Assert.Equal(new StageDiagnostic("read", condition, r.Message!, line, column), r.Diagnostic);
    }

    // ---- wasm stage ----------------------------------------------------------------------------

    [Fact]
    public void Missing_stage_module_is_exit_3()
    {
        var o = Run(new WasmStage(_dir.File("no-such-stage1.wasm")));
        Assert.Equal(StageStatus.Missing, o.Preparation.Status);
        Assert.Contains("no-such-stage1.wasm", o.Preparation.Message);
        Assert.Equal(ExitCode.EXIT_MISSING_DEP, o.ExitCode);
        Assert.Empty(o.Results);
    }

    [Fact]
    public void Stage_without_compile_form_skips_every_case_with_exit_77()
    {
        var o = Run(new WasmStage(StageFile(Fixtures.StageWithoutCompileForm)));
        Assert.All(o.Results, r =>
        {
            Assert.Equal(Outcome.Skip, r.Outcome);
            Assert.Contains("exports no compile_form", r.Reason);
        });
        Assert.Equal(2, o.Results.Count);
        Assert.Equal(ExitCode.EXIT_SKIP, o.ExitCode);
    }

    [Fact]
    public void Stage_without_a_string_channel_says_it_uses_no_source_channel()
    {
        var o = Run(new WasmStage(StageFile(Fixtures.StageNoChannel)));
        Assert.Equal(2, o.Results.Count);
        Assert.All(o.Results, r => Assert.Contains("stage uses no source channel", r.Reason));
        Assert.Equal(ExitCode.EXIT_SKIP, o.ExitCode);
    }

    [Fact]
    public void Stage_whose_start_traps_is_exit_2_for_the_run()
    {
        var o = Run(new WasmStage(StageFile(Fixtures.StageStartTraps)));
        Assert.Equal(StageStatus.Error, o.Preparation.Status);
        Assert.Contains("_start", o.Preparation.Message);
        Assert.Equal(ExitCode.EXIT_FAILURE, o.ExitCode);
        Assert.Equal(2, o.Results.Count);
        Assert.All(o.Results, r => Assert.Equal(Outcome.CompileError, r.Outcome));
    }

    [Fact]
    public void Stage_with_wrong_import_signatures_names_the_mismatch()
    {
        var o = Run(new WasmStage(StageFile(Fixtures.StageWrongImport)));
        Assert.Equal(StageStatus.Error, o.Preparation.Status);
        Assert.Contains("write-char", o.Preparation.Message);
        Assert.Contains("f64", o.Preparation.Message);
        Assert.Equal(ExitCode.EXIT_FAILURE, o.ExitCode);
    }

    [Fact]
    public void Compile_form_returning_null_is_a_skip_never_a_pass_or_failure()
    {
        var o = Run(new WasmStage(StageFile(Fixtures.StageReturnsNull)));
        Assert.Equal(2, o.Results.Count);   // an empty run is exit 77 too: the count proves the cases ran
        Assert.All(o.Results, r => Assert.Equal((Outcome.Skip, "compile_form returned null"), (r.Outcome, r.Reason)));
        Assert.Equal(ExitCode.EXIT_SKIP, o.ExitCode);
    }

    [Fact]
    public void Compile_form_trapping_is_a_compile_error()
    {
        var o = Run(new WasmStage(StageFile(Fixtures.StageCompileTraps)));
        Assert.Equal(StageStatus.Compiled, o.Preparation.Status);
        Assert.Equal(2, o.Results.Count);
        Assert.All(o.Results, r => Assert.Equal(Outcome.CompileError, r.Outcome));
        Assert.Equal(ExitCode.EXIT_FAILURE, o.ExitCode);
    }

    [Fact]
    public void A_working_stage_compiles_through_the_string_channel_and_its_output_runs()
    {
        // compile_form answers only for a source of exactly 9 bytes, "(+ 40 2)"... is 8: use the case's own text.
        var source = Cases[0].Source;
        var stage = new WasmStage(StageFile(Fixtures.StageReturning(Fixtures.Answer42Bytes.Value, echoLength: System.Text.Encoding.UTF8.GetByteCount(source))), "stage1-v0.9");
        var o = Run(stage);
        Assert.Equal(Outcome.Pass, o.Results[0].Outcome);
        var other = o.Results[1]; // a source of another length: compile_form returns null
        Assert.Equal(Outcome.Skip, other.Outcome);
        Assert.Equal(ExitCode.EXIT_SUCCESS, o.ExitCode);
        Assert.Equal("stage1-v0.9", stage.StageVersion);
        Assert.Matches("^[0-9a-f]{64}$", stage.Sha256!);
    }

    [Fact]
    public void Stage_version_comes_from_the_file_name()
    {
        Assert.Equal("stage2-v0.0", new WasmStage("dist/clysm-stage2.wasm").StageVersion);
        Assert.Equal("stage1-v0.0", new WasmStage(null).StageVersion);
        Assert.Equal("dist/clysm-stage1.wasm", WasmStage.DefaultPath);
    }

    // ---- command stage -------------------------------------------------------------------------

    private string Script(string name, string body)
    {
        var path = _dir.File(name);
        File.WriteAllText(path, "#!/bin/sh\n" + body + "\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return path;
    }

    private CommandStage Command(string body, TimeSpan? timeout = null) =>
        new(Script("stage-" + Guid.NewGuid().ToString("N")[..8] + ".sh", body) + " {input} {output}", timeout: timeout);

    [Fact]
    public void Command_stage_exit_0_with_a_module_runs_it()
    {
        var module = _dir.File("answer.wasm");
        File.WriteAllBytes(module, Fixtures.Answer42Bytes.Value);
        // Compiles only "(+ 40 2)": proves the source reaches {input}.
        var o = Run(Command($"grep -qF '(+ 40 2)' \"$1\" || {{ echo 'cannot compile' >&2; exit 2; }}\ncp '{module}' \"$2\""));
        Assert.Equal(Outcome.Pass, o.Results[0].Outcome);
        Assert.Equal(Outcome.CompileError, o.Results[1].Outcome);
        Assert.Equal("stage command exit 2: cannot compile", o.Results[1].Reason);
        Assert.Equal(ExitCode.EXIT_PARTIAL, o.ExitCode);
    }

    [Theory]
    [InlineData("exit 0", Outcome.CompileError, "wrote no output file")]
    [InlineData("echo partial >&2; exit 1", Outcome.CompileError, "exit 1 (partial): partial")]
    [InlineData("echo 'no such form' >&2; exit 2", Outcome.CompileError, "exit 2: no such form")]
    [InlineData("echo 'sbcl not found' >&2; exit 3", Outcome.CompileError, "missing dependency")]
    [InlineData("echo 'known limitation: format' >&2; exit 77", Outcome.Skip, "known limitation: format")]
    [InlineData("exit 9", Outcome.Crash, "exit 9 (not a seed exit code)")]
    [InlineData("printf 'garbage' > \"$2\"", Outcome.InvalidModule, "")]
    public void Command_stage_exit_codes_map_to_outcomes(string body, Outcome outcome, string reason)
    {
        var o = Run(Command(body));
        Assert.Equal(2, o.Results.Count);
        Assert.All(o.Results, r =>
        {
            Assert.Equal(outcome, r.Outcome);
            Assert.Contains(reason, r.Reason);
        });
    }

    [Fact]
    public void Command_stage_all_skipped_is_exit_77()
    {
        Assert.Equal(ExitCode.EXIT_SKIP, Run(Command("exit 77")).ExitCode);
    }

    [Fact]
    public void Command_stage_that_hangs_times_out()
    {
        var o = Run(Command("sleep 20", TimeSpan.FromMilliseconds(500)), [Cases[0]]);
        Assert.Equal(Outcome.Timeout, o.Results[0].Outcome);
        Assert.Equal(Phase.Compile, o.Results[0].Phase);
    }

    [Fact]
    public void Command_stage_whose_program_is_missing_is_exit_3()
    {
        var o = Run(new CommandStage("/no/such/compiler {input} {output}"));
        Assert.Equal(ExitCode.EXIT_MISSING_DEP, o.ExitCode);
        Assert.Contains("/no/such/compiler", o.Preparation.Message);
    }

    [Fact]
    public void Command_template_needs_input_and_output()
    {
        Assert.Throws<ArgumentException>(() => new CommandStage("sbcl --script x.lisp"));
    }

    [Fact]
    public void Stage_selection_uses_options_then_environment_then_reference()
    {
        var env = new StageSelection { Kind = "command", Command = "c {input} {output}" };
        Assert.Equal("command", new StageSelection().Over(env).EffectiveKind);
        Assert.Equal("wasm", new StageSelection { ModulePath = "x.wasm" }.Over(env).EffectiveKind);
        Assert.Equal("reference", new StageSelection().Over(new StageSelection()).EffectiveKind);
        Assert.Equal("wasm", new StageSelection { Kind = "wasm" }.Over(env).EffectiveKind);
        Assert.Throws<ArgumentException>(() => new StageSelection { Kind = "jvm" }.Create());
        Assert.Throws<ArgumentException>(() => new StageSelection { Kind = "command" }.Create());
        Assert.Throws<ArgumentException>(() => new StageSelection { Kind = "wasm", StageVersion = "1.0" }.Create());
    }
}
