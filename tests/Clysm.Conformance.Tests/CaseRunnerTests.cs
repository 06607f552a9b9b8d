using Clysm.Conformance.Corpus;
using Clysm.Conformance.Running;
using Clysm.Conformance.Stages;
using Clysm.Conformance.Tests.Support;
using Clysm.Runtime.Engine;
using Clysm.Runtime.Host;
using Xunit;

namespace Clysm.Conformance.Tests;

/// <summary>The runner's classification, with a stage and an engine whose answers the test picks.</summary>
public class CaseRunnerTests
{
    // The smallest valid module: magic and version only.
    private static readonly byte[] EmptyModule = [0, 0x61, 0x73, 0x6d, 1, 0, 0, 0];

    private sealed class FixedStage(StageOutput output) : Stage
    {
        public override string Kind => "command";
        public override string Description => "fixed";
        public override string StageVersion => "stage0-v0.0";
        public int Calls;
        public override StageOutput Compile(string source, string caseId, IWasmRunner engine) { Interlocked.Increment(ref Calls); return output; }
    }

    private static CorpusCase Case(string? value = "1", string? signals = null, ExpectedPhase phase = ExpectedPhase.Run,
        IReadOnlyList<CaseFile>? files = null, IReadOnlyList<CaseFile>? filesAfter = null) => new()
    {
        Id = "t.x", Category = "cat", Features = ["f"], Source = "(+ 1 0)", Module = "corpus/t.lisp", Line = 3, Column = 1,
        Value = value, Signals = signals, Phase = phase, Stderr = signals is null ? "" : null, Files = files ?? [], FilesAfter = filesAfter,
    };

    private static CaseResult Run(CorpusCase c, StageOutput stage, InvocationResult? run = null) =>
        CaseRunner.Run(c, new FixedStage(stage), new FakeEngine(_ => run ?? throw new InvalidOperationException("engine must not be called")), TimeSpan.FromSeconds(1));

    private static readonly StageOutput Compiled = new(StageStatus.Compiled, EmptyModule);

    [Fact]
    public void A_matching_run_passes_with_imports_and_what_happened_recorded()
    {
        var r = Run(Case() with { Stdout = "out", Stderr = "err" }, Compiled, new InvocationResult
        {
            Status = InvocationStatus.Returned, Value = new LispValue(LispValueKind.Fixnum, 1), Stdout = "out", Stderr = "err",
            ImportCalls = new Dictionary<string, int> { ["clysm:io write-char"] = 3 },
        });
        Assert.Equal(Outcome.Pass, r.Outcome);
        Assert.Equal(Phase.Done, r.Phase);
        Assert.True(r.Compiled);
        Assert.Equal(("1", "fixnum", "out", "err", EmptyModule.Length), (r.Actual!.Value, r.Actual.ValueKind, r.Actual.Stdout, r.Actual.Stderr, r.Actual.ModuleBytes));
        Assert.Equal("stage0-v0.0", r.StageVersion);
        Assert.Equal(3, r.ImportCalls["clysm:io write-char"]);
        Assert.Equal(["f"], r.Features);
        Assert.Equal("cat", r.Category);
    }

    [Fact]
    public void Stage_exit_77_is_a_skip_with_the_stages_reason()
    {
        var r = Run(Case(), new StageOutput(StageStatus.Skipped, Message: "compile_form returned null"));
        Assert.Equal(Outcome.Skip, r.Outcome);
        Assert.Equal("compile_form returned null", r.Reason);
        Assert.False(r.Scored);
    }

    [Fact]
    public void Stage_errors_are_compile_errors_never_skips()
    {
        var r = Run(Case(), new StageOutput(StageStatus.Error, Message: "undefined function FOO") { Diagnostic = new StageDiagnostic("compile", null, "undefined function FOO") });
        Assert.Equal(Outcome.CompileError, r.Outcome);
        Assert.Equal(Phase.Compile, r.Phase);
        Assert.Equal("undefined function FOO", r.Reason);
        Assert.True(r.Failed);
        Assert.False(r.Compiled);
        Assert.Equal("undefined function FOO", r.Actual!.Diagnostic!.Message);
    }

    private static StageOutput Rejected(string phase, string? condition) =>
        new(StageStatus.Error, Message: "stage said no") { Diagnostic = new StageDiagnostic(phase, condition, "stage said no", 1, 8) };

    [Fact]
    public void An_expected_early_error_passes_only_with_the_stages_evidence()
    {
        var c = Case(value: null, signals: "reader-error", phase: ExpectedPhase.Read);
        var pass = Run(c, Rejected("read", "READER-ERROR"));
        Assert.Equal((Outcome.Pass, Phase.Read), (pass.Outcome, pass.Phase));
        Assert.False(pass.Compiled);                                                  // no module: not counted as compiled
        Assert.Equal(Outcome.Pass, Run(Case(value: null, signals: "stream-error", phase: ExpectedPhase.Read), Rejected("read", "END-OF-FILE")).Outcome); // a subtype

        // No diagnostics, or a diagnostic without the condition type: unverified, never a pass.
        var none = Run(c, new StageOutput(StageStatus.Error, Message: "exit 2"));
        Assert.Equal((Outcome.Unverified, Phase.Read), (none.Outcome, none.Phase));
        Assert.Contains("without diagnostics", none.Reason);
        Assert.False(none.Scored);
        Assert.Equal(Outcome.Unverified, Run(c, Rejected("read", null)).Outcome);

        // The wrong phase or the wrong kind of error is a failure.
        var wrongPhase = Run(c, Rejected("compile", "READER-ERROR"));
        Assert.Equal((Outcome.Fail, Phase.Compile), (wrongPhase.Outcome, wrongPhase.Phase));
        var wrongType = Run(Case(value: null, signals: "end-of-file", phase: ExpectedPhase.Read), Rejected("read", "READER-ERROR"));
        Assert.Equal(Outcome.Fail, wrongType.Outcome);
        Assert.Contains("expected a read-time END-OF-FILE, the stage reported READER-ERROR", wrongType.Reason);

        var compiled = Run(c, Compiled);
        Assert.Equal(Outcome.Fail, compiled.Outcome);
        Assert.Contains("the stage compiled the case", compiled.Reason);
    }

    [Fact]
    public void A_command_stage_that_always_fails_scores_no_pass_and_leaves_the_read_phase_cases_unverified()
    {
        var corpus = Clysm.Conformance.Tests.Corpus.TestCorpus.Set.Cases;
        var early = corpus.Where(x => x.ExpectsEarlyError).ToList();
        Assert.NotEmpty(early);
        using var stage = new CommandStage("/bin/false {input} {output}");
        var results = early.Concat(corpus.Where(x => !x.ExpectsEarlyError).Take(5))
            .Select(x => CaseRunner.Run(x, stage, new FakeEngine(_ => throw new InvalidOperationException("nothing compiles")), TimeSpan.FromSeconds(5))).ToList();
        Assert.DoesNotContain(results, r => r.Outcome == Outcome.Pass);
        Assert.Equal(early.Count, results.Count(r => r.Outcome == Outcome.Unverified));
        Assert.All(results.Where(r => !early.Any(e => e.Id == r.Id)), r => Assert.Equal(Outcome.CompileError, r.Outcome));
        var summary = Clysm.Conformance.Reporting.ReportBuilder.Summarize(results);
        Assert.Equal((0, 0, early.Count), (summary.Passed, summary.Compiled, summary.Unverified));
    }

    [Fact]
    public void A_stage_that_crashes_or_times_out_on_every_case_compiles_nothing()
    {
        var cases = Enumerable.Range(0, 3).Select(i => Case() with { Id = $"t.{i}" }).ToList();
        var crashed = cases.Select(c => Run(c, new StageOutput(StageStatus.Crashed, Message: "stage command exit 5 (not a seed exit code)"))).ToList();
        var timedOut = cases.Select(c => Run(c, new StageOutput(StageStatus.Timeout, Message: "stage command timed out after 60 s"))).ToList();
        foreach (var results in new[] { crashed, timedOut })
        {
            var s = Clysm.Conformance.Reporting.ReportBuilder.Summarize(results);
            Assert.Equal((0, 3, 0.0), (s.Compiled, s.Failed, s.CoveragePct));
            Assert.Equal(3, s.Scored - s.Passed);
        }
    }

    [Fact]
    public void T_through_the_i32_channel_is_inconclusive_and_a_wrong_value_through_it_fails()
    {
        var t = Case(value: "T");
        var one = Run(t, Compiled, new InvocationResult { Status = InvocationStatus.Returned, Value = new LispValue(LispValueKind.Fixnum, 1) });
        Assert.Equal((Outcome.Inconclusive, Phase.Compare), (one.Outcome, one.Phase));
        Assert.Contains("cannot tell T from 1", one.Reason);
        Assert.False(one.Scored);
        Assert.True(one.Compiled);
        var two = Run(t, Compiled, new InvocationResult { Status = InvocationStatus.Returned, Value = new LispValue(LispValueKind.Fixnum, 2) });
        Assert.Equal((Outcome.Fail, Phase.Compare), (two.Outcome, two.Phase));
        Assert.Contains("T reads as 1", two.Diff);
        Assert.Equal("1", one.Actual!.Value);                   // the channel's raw value is recorded
    }

    [Fact]
    public void Bad_magic_is_an_invalid_module_at_validate()
    {
        // Through the real engine: it reads the module before anything runs.
        using var engine = EngineFactory.CreateRunner();
        var r = CaseRunner.Run(Case(), new FixedStage(new StageOutput(StageStatus.Compiled, [1, 2, 3, 4, 5, 6, 7, 8])), engine, TimeSpan.FromSeconds(5));
        Assert.Equal(Outcome.InvalidModule, r.Outcome);
        Assert.Equal(Phase.Validate, r.Phase);
        Assert.Contains("01 02 03 04", r.Reason);
        Assert.Empty(r.ImportCalls);
    }

    [Theory]
    [InlineData(InvocationStatus.InvalidModule, Outcome.InvalidModule, Phase.Validate)]
    [InlineData(InvocationStatus.LinkError, Outcome.LinkError, Phase.Link)]
    [InlineData(InvocationStatus.Trapped, Outcome.Trap, Phase.Run)]
    [InlineData(InvocationStatus.TimedOut, Outcome.Timeout, Phase.Run)]
    [InlineData(InvocationStatus.Crashed, Outcome.Crash, Phase.Run)]
    [InlineData(InvocationStatus.OutputLimit, Outcome.Fail, Phase.Run)]
    public void Engine_statuses_map_to_outcomes_and_phases(InvocationStatus status, Outcome outcome, Phase phase)
    {
        var r = Run(Case(), Compiled, new InvocationResult { Status = status, Message = "engine says " + status });
        Assert.Equal(outcome, r.Outcome);
        Assert.Equal(phase, r.Phase);
        Assert.Equal("engine says " + status, r.Reason);
    }

    [Fact]
    public void Host_errors_are_named_in_the_trap_reason()
    {
        var r = Run(Case(), Compiled, new InvocationResult
        {
            Status = InvocationStatus.Trapped, Message = "trap",
            HostError = new HostError("clysm:io write-char", 3, "out.txt", "stream is not an output stream"),
        });
        Assert.Equal(Outcome.Trap, r.Outcome);
        Assert.Equal("host error: clysm:io write-char: fd 3 (out.txt): stream is not an output stream", r.Reason);
    }

    [Fact]
    public void Unexpected_conditions_are_traps_and_expected_ones_pass()
    {
        var run = new InvocationResult { Status = InvocationStatus.Trapped, Condition = new ConditionInfo("DIVISION-BY-ZERO", "1/0") };
        var unexpected = Run(Case(), Compiled, run);
        Assert.Equal(Outcome.Trap, unexpected.Outcome);
        Assert.Equal("unhandled DIVISION-BY-ZERO: 1/0", unexpected.Reason);
        Assert.Equal(Outcome.Pass, Run(Case(value: null, signals: "arithmetic-error"), Compiled, run).Outcome);
        var wrong = Run(Case(value: null, signals: "type-error"), Compiled, run);
        Assert.Equal(Outcome.Fail, wrong.Outcome);
        Assert.Equal(Phase.Compare, wrong.Phase);
    }

    [Fact]
    public void Each_case_runs_in_a_fresh_sandbox_holding_its_files_removed_afterwards()
    {
        string? seen = null;
        var engine = new FakeEngine(req =>
        {
            seen = req.SandboxRoot;
            Assert.Equal("content", File.ReadAllText(Path.Combine(req.SandboxRoot!, "sub", "in.txt")));
            File.WriteAllText(Path.Combine(req.SandboxRoot!, "out.txt"), "written");
            return new InvocationResult { Status = InvocationStatus.Returned, Value = LispValue.Nil };
        });
        var c = Case(value: "NIL", files: [new CaseFile("sub/in.txt", "content")], filesAfter: [new CaseFile("out.txt", "written")]);
        var r = CaseRunner.Run(c with { Stdin = "input" }, new FixedStage(Compiled), engine, TimeSpan.FromSeconds(1));
        Assert.Equal(Outcome.Pass, r.Outcome);
        // Every file the run left is recorded, with its contents.
        Assert.Equal([new ActualFile("out.txt", 7, "written"), new ActualFile("sub/in.txt", 7, "content")], r.Actual!.Files!);
        Assert.Equal("input", engine.Requests.Single().Stdin);
        Assert.NotNull(seen);
        Assert.False(Directory.Exists(seen));
    }

    [Fact]
    public void A_stage_that_throws_is_a_crash_not_a_dead_run()
    {
        var throwing = new ThrowingStage();
        var r = CaseRunner.Run(Case(), throwing, new FakeEngine(_ => throw new InvalidOperationException()), TimeSpan.FromSeconds(1));
        Assert.Equal(Outcome.Crash, r.Outcome);
        Assert.Contains("boom", r.Reason);
    }

    private sealed class ThrowingStage : Stage
    {
        public override string Kind => "command";
        public override string Description => "throws";
        public override string StageVersion => "stage0-v0.0";
        public override StageOutput Compile(string source, string caseId, IWasmRunner engine) => throw new InvalidOperationException("boom");
    }

    [Fact]
    public void Parallel_run_keeps_case_order_writes_json_lines_and_reports_progress()
    {
        var cases = Enumerable.Range(0, 40).Select(i => Case() with { Id = $"t.{i:00}" }).ToList();
        var stage = new FixedStage(Compiled);
        using var dir = TestPaths.Temp();
        var progress = new List<Progress>();
        using var session = new ConformanceSession(stage, () => new FakeEngine(_ => new InvocationResult { Status = InvocationStatus.Returned, Value = new LispValue(LispValueKind.Fixnum, 1) }));
        var outcome = ConformanceRun.Run(cases, session, new RunOptions { Jobs = 3, ResultsLogPath = dir.File("r.jsonl"), OnCaseDone = (p, _) => progress.Add(p) });
        Assert.Equal(cases.Select(c => c.Id), outcome.Results.Select(r => r.Id));
        Assert.All(outcome.Results, r => Assert.Equal(Outcome.Pass, r.Outcome));
        Assert.Equal(40, stage.Calls);
        Assert.Equal(40, File.ReadAllLines(dir.File("r.jsonl")).Length);
        Assert.Contains("\"outcome\":\"pass\"", File.ReadAllLines(dir.File("r.jsonl"))[0]);
        Assert.Equal(40, progress[^1].Done);
        Assert.Equal(Clysm.Runtime.ExitCode.EXIT_SUCCESS, outcome.ExitCode);
    }

    [Fact]
    public void Exit_codes_follow_the_seed()
    {
        CaseResult R(Outcome o) => new() { Id = "x", Module = "m", Category = "c", Outcome = o, Phase = Phase.Done };
        var ready = StageOutput.Ready;
        Assert.Equal(Clysm.Runtime.ExitCode.EXIT_SUCCESS, ConformanceSession.ExitCodeFor(ready, [R(Outcome.Pass), R(Outcome.Skip)]));
        Assert.Equal(Clysm.Runtime.ExitCode.EXIT_PARTIAL, ConformanceSession.ExitCodeFor(ready, [R(Outcome.Pass), R(Outcome.Fail)]));
        Assert.Equal(Clysm.Runtime.ExitCode.EXIT_FAILURE, ConformanceSession.ExitCodeFor(ready, [R(Outcome.Trap), R(Outcome.Skip)]));
        Assert.Equal(Clysm.Runtime.ExitCode.EXIT_SKIP, ConformanceSession.ExitCodeFor(ready, [R(Outcome.Skip), R(Outcome.Skip)]));
        Assert.Equal(Clysm.Runtime.ExitCode.EXIT_MISSING_DEP, ConformanceSession.ExitCodeFor(new StageOutput(StageStatus.Missing), []));
    }
}
