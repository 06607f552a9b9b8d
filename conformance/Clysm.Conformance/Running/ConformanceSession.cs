using System.Collections.Concurrent;
using Clysm.Conformance.Corpus;
using Clysm.Conformance.Stages;
using Clysm.Runtime;
using Clysm.Runtime.Engine;

namespace Clysm.Conformance.Running;

/// <summary>
/// A stage plus a pool of reused engines: prepares the stage once, then runs cases from any number
/// of threads (each call rents an engine, so engines are never shared by two threads).
/// </summary>
public sealed class ConformanceSession : IDisposable
{
    private readonly Func<IWasmRunner> _engineFactory;
    private readonly ConcurrentBag<IWasmRunner> _idle = [];
    private readonly ConcurrentBag<IWasmRunner> _all = [];
    private readonly Lazy<StageOutput> _preparation;
    private string? _engineVersion;
    private readonly bool _reuse;

    /// <param name="reuseEngines">False disposes each case's engine after the case (one fresh engine
    /// process per case): only for measuring what reuse saves.</param>
    public ConformanceSession(Stage stage, Func<IWasmRunner> engineFactory, TimeSpan? caseTimeout = null, bool reuseEngines = true)
    {
        Stage = stage;
        _reuse = reuseEngines;
        _engineFactory = engineFactory;
        CaseTimeout = caseTimeout ?? TimeSpan.FromSeconds(10);
        _preparation = new Lazy<StageOutput>(PrepareStage, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public Stage Stage { get; }
    public TimeSpan CaseTimeout { get; }

    /// <summary>The stage's one-time check (exit 3 missing, 77 skip-all, 2 broken), done on first use.</summary>
    public StageOutput Preparation => _preparation.Value;

    /// <summary>Engine name and version, once an engine has started; null before.</summary>
    public string? EngineVersion => _engineVersion;

    /// <summary>Runs one case. Never throws for anything a case, stage or engine does; a harness
    /// exception becomes a crash result naming the case.</summary>
    public CaseResult Run(CorpusCase c)
    {
        var baseResult = new CaseResult { Id = c.Id, Module = c.Module, Category = c.Category, Features = c.Features, Outcome = Outcome.Crash, Phase = Phase.Compile };
        var prep = Preparation;
        if (prep.Status != StageStatus.Compiled)
            return CaseRunner.FromStageFailure(c, prep with { Status = prep.Status == StageStatus.Missing ? StageStatus.Error : prep.Status }, baseResult);
        IWasmRunner? engine = null;
        try
        {
            engine = Rent();
            return CaseRunner.Run(c, Stage, engine, CaseTimeout);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return baseResult with { Reason = $"harness error on {c.Location}: {e.GetType().Name}: {e.Message}", Diff = e.ToString() };
        }
        finally
        {
            if (engine is not null)
            {
                if (_reuse) _idle.Add(engine);
                else engine.Dispose();
            }
        }
    }

    private IWasmRunner Rent()
    {
        if (_idle.TryTake(out var e)) return e;
        e = _engineFactory();
        _all.Add(e);
        return e;
    }

    private StageOutput PrepareStage()
    {
        IWasmRunner engine;
        string? engineProblem = null;
        try { engine = Rent(); }
        catch (Exception e) when (e is Clysm.Runtime.Engine.EngineUnavailableException or FileNotFoundException or ArgumentException)
        {
            // The stage's own checks still come first: a missing stage is named before a missing engine.
            engineProblem = "engine unavailable: " + e.Message;
            engine = new UnavailableEngine(engineProblem);
        }
        try
        {
            if (engineProblem is null)
                try { _engineVersion = engine.EngineVersion; } catch (Exception e) when (e is not OutOfMemoryException) { _engineVersion = "unavailable: " + e.Message; }
            var prep = Stage.Prepare(engine);
            return engineProblem is not null && prep.Status == StageStatus.Compiled ? new StageOutput(StageStatus.Missing, Message: engineProblem) : prep;
        }
        catch (EngineUnavailableException)
        {
            return new StageOutput(StageStatus.Missing, Message: engineProblem);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new StageOutput(StageStatus.Crashed, Message: $"stage {Stage.Kind} failed to prepare: {e.Message}");
        }
        finally
        {
            if (engineProblem is null) _idle.Add(engine);
        }
    }

    private sealed class EngineUnavailableException(string message) : Exception(message);

    /// <summary>Stands in for an engine that could not start, so a stage's checks that need none still run.</summary>
    private sealed class UnavailableEngine(string problem) : IWasmRunner
    {
        public string EngineVersion => problem;
        public string? Validate(byte[] module) => throw new EngineUnavailableException(problem);
        public InvocationResult Invoke(InvocationRequest request) => throw new EngineUnavailableException(problem);
        public void Dispose() { }
    }

    /// <summary>The seed exit code of a finished run: 3 stage missing, 77 all skipped, 0 all passed,
    /// 2 none passed, 1 otherwise.</summary>
    public static ExitCode ExitCodeFor(StageOutput preparation, IReadOnlyCollection<CaseResult> results)
    {
        if (preparation.Status == StageStatus.Missing) return ExitCode.EXIT_MISSING_DEP;
        if (preparation.Status is StageStatus.Error or StageStatus.Crashed or StageStatus.Timeout) return ExitCode.EXIT_FAILURE;
        // Nothing tested is never a green run (automake's 77).
        if (results.Count == 0 || results.All(r => r.Outcome == Outcome.Skip)) return ExitCode.EXIT_SKIP;
        var scored = results.Where(r => r.Scored).ToList();
        if (scored.All(r => r.Outcome == Outcome.Pass)) return ExitCode.EXIT_SUCCESS;
        if (scored.All(r => r.Outcome != Outcome.Pass)) return ExitCode.EXIT_FAILURE;
        return ExitCode.EXIT_PARTIAL;
    }

    public void Dispose()
    {
        foreach (var e in _all) e.Dispose();
        Stage.Dispose();
    }
}
