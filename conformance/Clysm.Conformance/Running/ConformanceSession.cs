using System.Collections.Concurrent;
using Clysm.Conformance.Corpus;
using Clysm.Conformance.Stages;
using Clysm.Runtime;
using Clysm.Runtime.Engine;

namespace Clysm.Conformance.Running;

/// <summary>
/// A stage plus a pool of reused engine runners: prepares the stage once, then runs cases from any
/// number of threads (each call rents a runner, so runners are never shared by two threads).
/// </summary>
public sealed class ConformanceSession : IDisposable
{
    // One pool per engine of the run (two with --engine both); a case rents one runner of each.
    private readonly IReadOnlyList<Func<IWasmRunner>> _engineFactories;
    private readonly ConcurrentBag<IWasmRunner>[] _idle;
    private readonly ConcurrentBag<IWasmRunner> _all = [];
    private readonly Lazy<StageOutput> _preparation;
    private IReadOnlyList<string> _engineVersions = [];
    private readonly bool _reuse;

    /// <param name="reuseEngines">False disposes each case's engine after the case (one fresh engine
    /// process per case): only for measuring what reuse saves.</param>
    public ConformanceSession(Stage stage, Func<IWasmRunner> engineFactory, TimeSpan? caseTimeout = null, bool reuseEngines = true)
        : this(stage, [engineFactory], caseTimeout, reuseEngines) { }

    /// <summary>A session on the engines of <paramref name="engines"/> (every case module runs on each).</summary>
    public ConformanceSession(Stage stage, EngineSet engines, TimeSpan? caseTimeout = null)
        : this(stage, engines.Factories, caseTimeout) { }

    /// <param name="engineFactories">One factory per engine; with more than one, every case module runs
    /// on each and the results are compared (<see cref="EngineComparison"/>). The first also runs the Stage.</param>
    public ConformanceSession(Stage stage, IReadOnlyList<Func<IWasmRunner>> engineFactories, TimeSpan? caseTimeout = null, bool reuseEngines = true)
    {
        if (engineFactories.Count == 0) throw new ArgumentException("a session needs an engine", nameof(engineFactories));
        Stage = stage;
        _reuse = reuseEngines;
        _engineFactories = engineFactories;
        _idle = engineFactories.Select(_ => new ConcurrentBag<IWasmRunner>()).ToArray();
        CaseTimeout = caseTimeout ?? TimeSpan.FromSeconds(10);
        _preparation = new Lazy<StageOutput>(PrepareStage, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public Stage Stage { get; }
    public TimeSpan CaseTimeout { get; }
    /// <summary>Where case sandboxes are made (a run's <see cref="RunFiles.SandboxFolder"/>); null: the system temp folder.</summary>
    public string? SandboxFolder { get; init; }

    /// <summary>The stage's one-time check (exit 3 missing, 77 skip-all, 2 broken), done on first use.</summary>
    public StageOutput Preparation => _preparation.Value;

    /// <summary>Engine name and version ("v8 13.6.233.17-node.53 (Node 24.21.0)"; with several engines
    /// each of them, joined by " + "), once the engines have started; null before.</summary>
    public string? EngineVersion => _engineVersions.Count == 0 ? null : string.Join(" + ", _engineVersions);

    /// <summary>Each engine's name and version, in the run's engine order; empty before they started.</summary>
    public IReadOnlyList<string> EngineVersions => _engineVersions;

    /// <summary>Runs one case. Never throws for anything a case, stage or engine does; a harness
    /// exception becomes a crash result naming the case.</summary>
    public CaseResult Run(CorpusCase c)
    {
        var prep = Preparation;
        var start = CaseRunner.Start(c) with { StageVersion = Stage.StageVersion, Engine = EngineVersion };
        if (prep.Status != StageStatus.Compiled)
            return CaseRunner.FromStageFailure(c, prep with { Status = prep.Status == StageStatus.Missing ? StageStatus.Error : prep.Status }, start);
        var engines = new IWasmRunner?[_engineFactories.Count];
        try
        {
            for (var i = 0; i < engines.Length; i++) engines[i] = Rent(i);
            return CaseRunner.Run(c, Stage, engines!, CaseTimeout, SandboxFolder) with { Engine = EngineVersion };
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return start with { Reason = $"harness error on {c.Location}: {e.GetType().Name}: {e.Message}", Diff = e.ToString() };
        }
        finally
        {
            for (var i = 0; i < engines.Length; i++)
            {
                if (engines[i] is not { } engine) continue;
                if (_reuse) _idle[i].Add(engine);
                else engine.Dispose();
            }
        }
    }

    private IWasmRunner Rent(int engine)
    {
        if (_idle[engine].TryTake(out var e)) return e;
        e = _engineFactories[engine]();
        _all.Add(e);
        return e;
    }

    private StageOutput PrepareStage()
    {
        var engines = new List<IWasmRunner>();
        try
        {
            for (var i = 0; i < _engineFactories.Count; i++) engines.Add(Rent(i));
        }
        catch (Exception e) when (e is EngineUnavailableException or FileNotFoundException or ArgumentException)
        {
            for (var i = 0; i < engines.Count; i++) _idle[i].Add(engines[i]);
            // The stage's own checks still come first: a missing stage is named before a missing engine.
            var problem = "engine unavailable: " + e.Message;
            var prep = Prepare(new UnavailableEngine(problem));
            return prep.Status == StageStatus.Compiled ? new StageOutput(StageStatus.Missing, Message: problem) : prep;
        }
        try
        {
            _engineVersions = engines.Select(e =>
            {
                try { return e.EngineVersion; }
                catch (Exception x) when (x is not OutOfMemoryException) { return "unavailable: " + x.Message; }
            }).ToList();
            return Prepare(engines[0]);
        }
        finally
        {
            for (var i = 0; i < engines.Count; i++) _idle[i].Add(engines[i]);
        }
    }

    private StageOutput Prepare(IWasmRunner engine)
    {
        try { return Stage.Prepare(engine); }
        catch (EngineUnavailableException e) { return new StageOutput(StageStatus.Missing, Message: e.Message); }
        catch (Exception e) when (e is not OutOfMemoryException and not FileNotFoundException)
        {
            return new StageOutput(StageStatus.Crashed, Message: $"stage {Stage.Kind} failed to prepare: {e.Message}");
        }
    }

    /// <summary>Stands in for an engine that could not start, so a stage's checks that need none still run.</summary>
    private sealed class UnavailableEngine(string problem) : IWasmRunner
    {
        public string EngineVersion => problem;
        public string? Validate(byte[] module) => throw new EngineUnavailableException(problem);
        public InvocationResult Invoke(InvocationRequest request) => throw new EngineUnavailableException(problem);
        public void Dispose() { }
    }

    /// <summary>The seed exit code of a finished run: 3 stage missing, 77 nothing scored (every case
    /// skipped, unverified or inconclusive), 0 all scored cases passed, 2 none passed, 1 otherwise.</summary>
    public static ExitCode ExitCodeFor(StageOutput preparation, IReadOnlyCollection<CaseResult> results)
    {
        if (preparation.Status == StageStatus.Missing) return ExitCode.EXIT_MISSING_DEP;
        if (preparation.Status is StageStatus.Error or StageStatus.Crashed or StageStatus.Timeout) return ExitCode.EXIT_FAILURE;
        // Nothing tested is never a green run (automake's 77).
        if (results.Count == 0 || results.All(r => !r.Scored)) return ExitCode.EXIT_SKIP;
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
