using System.Text;
using Clysm.Conformance.Corpus;
using Clysm.Conformance.Stages;
using Clysm.Runtime.Engine;

namespace Clysm.Conformance.Running;

/// <summary>Runs one case: compile through the stage → check the module → run it in a fresh sandbox → compare.</summary>
internal static class CaseRunner
{
    /// <param name="sandboxParent">Where the case's sandbox folder is made; default: the system temp folder.</param>
    public static CaseResult Run(CorpusCase c, Stage stage, IWasmRunner engine, TimeSpan timeout, string? sandboxParent = null) =>
        Run(c, stage, [engine], timeout, sandboxParent);

    /// <summary>The case compiled once (a Stage module runs on the first engine), its module run on
    /// every engine given and the runs compared (<see cref="EngineComparison"/>).</summary>
    public static CaseResult Run(CorpusCase c, Stage stage, IReadOnlyList<IWasmRunner> engines, TimeSpan timeout, string? sandboxParent = null)
    {
        var result = Start(c) with { StageVersion = stage.StageVersion };
        StageOutput compiled;
        try { compiled = stage.Compile(c.Source, c.Id, engines[0]); }
        catch (Exception e)
        {
            // A stage must never throw; if it does, the case is a crash, and the run goes on.
            return result with { Reason = $"stage {stage.Kind} threw {e.GetType().Name}: {e.Message}", Diff = e.ToString() };
        }
        result = result with { CompileMs = Math.Round(compiled.Duration.TotalMilliseconds, 2) };
        if (compiled.Status != StageStatus.Compiled) return FromStageFailure(c, compiled, result);
        if (engines.Count == 1) return RunModule(c, compiled.Module!, stage.SupportModule, engines[0], timeout, result, sandboxParent);
        return EngineComparison.Combine(engines.Select(e =>
            (EngineName(e), RunModule(c, compiled.Module!, stage.SupportModule, e, timeout, result, sandboxParent))).ToList());
    }

    /// <summary>"v8" of "v8 13.6.233.17-node.53 (Node 24.21.0)".</summary>
    internal static string EngineName(IWasmRunner engine) => engine.EngineVersion.Split(' ', 2)[0];

    /// <summary>A result for <paramref name="c"/> before anything happened (a crash until told otherwise).</summary>
    internal static CaseResult Start(CorpusCase c) =>
        new() { Id = c.Id, Module = c.Module, Category = c.Category, Features = c.Features, Outcome = Outcome.Crash, Phase = Phase.Compile };

    /// <summary>The verdict for a case the stage did not compile (also used when the stage's
    /// preparation failed, so every case carries the stage's reason).</summary>
    public static CaseResult FromStageFailure(CorpusCase c, StageOutput s, CaseResult result)
    {
        result = result with { Actual = CaseActual.FromStage(s) };
        switch (s.Status)
        {
            case StageStatus.Skipped:
                return result with { Outcome = Outcome.Skip, Phase = Phase.Compile, Reason = s.Message ?? "stage exit 77 (known limitation)" };
            case StageStatus.Timeout:
                return result with { Outcome = Outcome.Timeout, Phase = Phase.Compile, Reason = s.Message };
            case StageStatus.Crashed:
                return result with { Outcome = Outcome.Crash, Phase = Phase.Compile, Reason = s.Message };
            case StageStatus.Missing:
                return result with { Outcome = Outcome.CompileError, Phase = Phase.Compile, Reason = "stage missing a dependency (exit 3): " + s.Message };
        }
        if (c.ExpectsEarlyError) return JudgeEarlyError(c, s, result);
        return result with
        {
            Outcome = Outcome.CompileError, Phase = s.Diagnostic?.Phase == "read" ? Phase.Read : Phase.Compile,
            Reason = s.Message ?? "stage failed (exit 2)",
            Diff = c.Signals is null ? null : $"condition: expected {c.Signals.ToUpperInvariant()} at run time\n           actual   the stage rejected the case: {s.Message}",
        };
    }

    /// <summary>
    /// A case expecting a read/compile-time condition, which the stage rejected. Only the stage's
    /// diagnostic can show that it was the right condition in the right phase: a rejection it does
    /// not explain is unverified, never a pass, and the wrong phase or type is a failure.
    /// </summary>
    private static CaseResult JudgeEarlyError(CorpusCase c, StageOutput s, CaseResult result)
    {
        var want = c.Signals!.ToUpperInvariant();
        var phase = c.Phase == ExpectedPhase.Read ? "read" : "compile";
        var doing = phase == "read" ? "reading" : "compiling";
        var at = phase == "read" ? Phase.Read : Phase.Compile;
        string Diff(string actual) => $"condition: expected {want} while {doing}\n           actual   {actual}";

        if (s.Diagnostic is not { } d)
            return result with
            {
                Outcome = Outcome.Unverified, Phase = at,
                Reason = $"expected a {phase}-time {want}; the stage failed without diagnostics, so which error it was is unknown",
                Diff = Diff($"the stage failed and did not say why: {s.Message ?? "(no message)"}"),
            };
        var theirPhase = d.Phase == "read" ? Phase.Read : Phase.Compile;
        if (d.Phase != phase)
            return result with
            {
                Outcome = Outcome.Fail, Phase = theirPhase,
                Reason = $"expected a {phase}-time {want}, the stage reported a {d.Phase}-time {d.ConditionType ?? "error"}",
                Diff = Diff($"a {d.Phase}-time {d.ConditionType ?? "error"}: {d.Message}"),
            };
        if (d.ConditionType is null)
            return result with
            {
                Outcome = Outcome.Unverified, Phase = at,
                Reason = $"expected a {phase}-time {want}; the stage reported a {phase} error but not its condition type",
                Diff = Diff($"a {phase} error of unknown type: {d.Message}"),
            };
        if (!ConditionTypes.IsSubtype(d.ConditionType, want))
            return result with
            {
                Outcome = Outcome.Fail, Phase = at,
                Reason = $"expected a {phase}-time {want}, the stage reported {d.ConditionType.ToUpperInvariant()}",
                Diff = Diff($"{d.ConditionType.ToUpperInvariant()}: {d.Message}"),
            };
        return result with { Outcome = Outcome.Pass, Phase = at };
    }

    private static CaseResult RunModule(CorpusCase c, byte[] module, byte[]? support, IWasmRunner engine, TimeSpan timeout, CaseResult result, string? sandboxParent)
    {
        if (c.ExpectsEarlyError)
        {
            var phase = c.Phase.ToString().ToLowerInvariant();
            return result with
            {
                Outcome = Outcome.Fail, Phase = Phase.Compile,
                Reason = $"expected a {phase}-time {c.Signals!.ToUpperInvariant()}, the stage compiled the case",
                Diff = $"condition: expected {c.Signals.ToUpperInvariant()} while {(phase == "read" ? "reading" : "compiling")}\n           actual   the stage produced a module ({module.Length} bytes)",
                Actual = new CaseActual { ModuleBytes = module.Length },
            };
        }

        // Magic, version, sections and the host contract are checked by the engine's Invoke
        // (our own reader first, then the engine's validator): Judge maps what it reports.
        string? sandbox = null;
        try
        {
            sandbox = CreateSandbox(c, sandboxParent);
            var run = engine.Invoke(new InvocationRequest { Module = module, Support = support, Stdin = c.Stdin, SandboxRoot = sandbox, Timeout = timeout });
            result = result with
            {
                RunMs = Math.Round(run.Duration.TotalMilliseconds, 2), ImportCalls = run.ImportCalls,
                Actual = CaseActual.FromRun(run, module.Length, SandboxFiles(sandbox)),
            };
            return Judge(c, run, sandbox, result);
        }
        finally
        {
            if (sandbox is not null)
                try { Directory.Delete(sandbox, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    internal static CaseResult Judge(CorpusCase c, InvocationResult run, string? sandbox, CaseResult result)
    {
        string Output() => (run.Stdout.Length > 0 ? "\nstdout so far: " + Comparer.Show(run.Stdout) : "")
                         + (run.Stderr.Length > 0 ? "\nstderr so far: " + Comparer.Show(run.Stderr) : "");
        switch (run.Status)
        {
            case InvocationStatus.InvalidModule:
                return result with { Outcome = Outcome.InvalidModule, Phase = Phase.Validate, Reason = run.Message };
            case InvocationStatus.LinkError:
                return result with { Outcome = Outcome.LinkError, Phase = Phase.Link, Reason = run.Message };
            case InvocationStatus.TimedOut:
                return result with { Outcome = Outcome.Timeout, Phase = Phase.Run, Reason = run.Message ?? "timed out", Diff = NullIfEmpty(Output()) };
            case InvocationStatus.Crashed:
                return result with { Outcome = Outcome.Crash, Phase = Phase.Run, Reason = run.Message ?? "the engine crashed" };
            case InvocationStatus.OutputLimit:
                return result with { Outcome = Outcome.Fail, Phase = Phase.Run, Reason = run.Message ?? "output limit reached" };
            case InvocationStatus.Trapped when run.Condition is null:
                var why = run.HostError is { } he ? "host error: " + he.Message : run.Message ?? "trap";
                var expected = c.Signals is null ? "" : $"condition: expected {c.Signals.ToUpperInvariant()}\n           actual   a trap with no condition: {why}\n";
                return result with
                {
                    Outcome = Outcome.Trap, Phase = Phase.Run, Reason = why,
                    Diff = NullIfEmpty(expected + (run.WasmStack is null ? "" : "wasm stack:\n" + run.WasmStack) + Output()),
                };
        }

        // Returned, or ended in an unhandled condition the module reported.
        var cmp = Comparer.Compare(c, run, sandbox);
        if (cmp.Passed) return result with { Outcome = Outcome.Pass, Phase = Phase.Done };
        if (run.Condition is { } cond && c.Signals is null)
            return result with { Outcome = Outcome.Trap, Phase = Phase.Run, Reason = $"unhandled {cond.Type.ToUpperInvariant()}: {cond.Message}", Diff = cmp.Diff };
        // A real difference wins over what the channel could not show.
        if (cmp.Differences.Count > 0)
            return result with { Outcome = Outcome.Fail, Phase = Phase.Compare, Reason = cmp.Reason, Diff = cmp.Diff };
        return result with { Outcome = Outcome.Inconclusive, Phase = Phase.Compare, Reason = cmp.Inconclusive };
    }

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s.TrimStart('\n');

    /// <summary>A fresh directory holding the case's :files; the caller deletes it.</summary>
    internal static string CreateSandbox(CorpusCase c, string? parent = null)
    {
        var dir = parent is null
            ? Directory.CreateTempSubdirectory("clysm-case-").FullName
            : Directory.CreateDirectory(Path.Combine(parent, "case-" + Guid.NewGuid().ToString("N")[..12])).FullName;
        foreach (var f in c.Files)
        {
            var path = Path.GetFullPath(Path.Combine(dir, f.Name));
            if (!path.StartsWith(dir + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                throw new InvalidOperationException($"{c.Location}: case {c.Id}: file name {f.Name} leaves the sandbox");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, f.Contents ?? "", new UTF8Encoding(false));
        }
        return dir;
    }

    private static readonly UTF8Encoding StrictUtf8 = new(false, throwOnInvalidBytes: true);

    /// <summary>Every regular file in the sandbox after the run, with its text when it is UTF-8 and
    /// not too long to record (links are listed, never followed).</summary>
    internal static IReadOnlyList<ActualFile> SandboxFiles(string sandbox)
    {
        var list = new List<ActualFile>();
        foreach (var f in new DirectoryInfo(sandbox).EnumerateFiles("*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint }))
        {
            var name = Path.GetRelativePath(sandbox, f.FullName).Replace(Path.DirectorySeparatorChar, '/');
            string? text = null;
            if (f.Length <= 4 * CaseActual.MaxChars)
                try { text = CaseActual.Cut(StrictUtf8.GetString(File.ReadAllBytes(f.FullName))).Text; }
                catch (Exception e) when (e is DecoderFallbackException or IOException or UnauthorizedAccessException) { }
            list.Add(new ActualFile(name, f.Length, text));
        }
        return list.OrderBy(f => f.Name, StringComparer.Ordinal).ToList();
    }
}
