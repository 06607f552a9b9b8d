using System.Diagnostics;
using System.Text;
using Clysm.Conformance.Corpus;
using Clysm.Conformance.Stages;
using Clysm.Runtime.Engine;

namespace Clysm.Conformance.Running;

/// <summary>Runs one case: compile through the stage → check the module → run it in a fresh sandbox → compare.</summary>
public static class CaseRunner
{
    public static CaseResult Run(CorpusCase c, Stage stage, IWasmRunner engine, TimeSpan timeout)
    {
        var result = new CaseResult { Id = c.Id, Module = c.Module, Category = c.Category, Features = c.Features, Outcome = Outcome.Crash, Phase = Phase.Compile };
        StageOutput compiled;
        try { compiled = stage.Compile(c.Source, c.Id, engine); }
        catch (Exception e)
        {
            // A stage must never throw; if it does, the case is a crash, and the run goes on.
            return result with { Reason = $"stage {stage.Kind} threw {e.GetType().Name}: {e.Message}", Diff = e.ToString() };
        }
        result = result with { CompileMs = Math.Round(compiled.Duration.TotalMilliseconds, 2) };
        return compiled.Status == StageStatus.Compiled
            ? RunModule(c, compiled.Module!, stage.SupportModule, engine, timeout, result)
            : FromStageFailure(c, compiled, result);
    }

    /// <summary>The verdict for a case the stage did not compile (also used when the stage's
    /// preparation failed, so every case carries the stage's reason).</summary>
    public static CaseResult FromStageFailure(CorpusCase c, StageOutput s, CaseResult result)
    {
        var errorPhase = s.ErrorPhase == "read" ? Phase.Read : Phase.Compile;
        return s.Status switch
        {
            StageStatus.Skipped => result with { Outcome = Outcome.Skip, Phase = Phase.Compile, Reason = s.Message ?? "stage exit 77 (known limitation)" },
            StageStatus.Timeout => result with { Outcome = Outcome.Timeout, Phase = Phase.Compile, Reason = s.Message },
            StageStatus.Crashed => result with { Outcome = Outcome.Crash, Phase = Phase.Compile, Reason = s.Message },
            StageStatus.Missing => result with { Outcome = Outcome.CompileError, Phase = Phase.Compile, Reason = "stage missing a dependency (exit 3): " + s.Message },
            _ when ExpectsEarlyError(c, s.ErrorPhase) => result with { Outcome = Outcome.Pass, Phase = Phase.Done },
            _ => result with
            {
                Outcome = Outcome.CompileError, Phase = errorPhase, Reason = s.Message ?? "stage failed (exit 2)",
                Diff = c.Signals is null ? null : $"condition: expected {c.Signals.ToUpperInvariant()} at run time\n           actual   the stage rejected the case: {s.Message}",
            },
        };
    }

    /// <summary>A case expecting a read/compile-time condition is satisfied by a stage error in that
    /// phase (or an error whose phase the stage does not say).</summary>
    private static bool ExpectsEarlyError(CorpusCase c, string? stagePhase) =>
        c.Signals is not null && c.Phase != ExpectedPhase.Run
        && (stagePhase is null || string.Equals(stagePhase, c.Phase.ToString(), StringComparison.OrdinalIgnoreCase));

    private static CaseResult RunModule(CorpusCase c, byte[] module, byte[]? support, IWasmRunner engine, TimeSpan timeout, CaseResult result)
    {
        if (c.Signals is not null && c.Phase != ExpectedPhase.Run)
        {
            var phase = c.Phase.ToString().ToLowerInvariant();
            return result with
            {
                Outcome = Outcome.Fail, Phase = Phase.Compile,
                Reason = $"expected a {phase}-time {c.Signals.ToUpperInvariant()}, the stage compiled the case",
                Diff = $"condition: expected {c.Signals.ToUpperInvariant()} while {(phase == "read" ? "reading" : "compiling")}\n           actual   the stage produced a module ({module.Length} bytes)",
            };
        }

        // Magic, version, sections and the host contract are checked by the engine's Invoke
        // (our own reader first, then the engine's validator): Judge maps what it reports.
        string? sandbox = null;
        try
        {
            sandbox = CreateSandbox(c);
            var run = engine.Invoke(new InvocationRequest { Module = module, Support = support, Stdin = c.Stdin, SandboxRoot = sandbox, Timeout = timeout });
            result = result with { RunMs = Math.Round(run.Duration.TotalMilliseconds, 2), ImportCalls = run.ImportCalls };
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
        return result with { Outcome = Outcome.Fail, Phase = Phase.Compare, Reason = cmp.Reason, Diff = cmp.Diff };
    }

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s.TrimStart('\n');

    /// <summary>A fresh directory holding the case's :files; the caller deletes it.</summary>
    internal static string CreateSandbox(CorpusCase c)
    {
        var dir = Directory.CreateTempSubdirectory("clysm-case-").FullName;
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
}
