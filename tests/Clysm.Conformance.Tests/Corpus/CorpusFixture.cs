
using Clysm.Conformance.Corpus;
using Clysm.Conformance.Gate;
using Clysm.Conformance.Running;
using Clysm.Conformance.Stages;
using Clysm.Conformance.Tests.Support;
using Clysm.Runtime.Engine;

namespace Clysm.Conformance.Tests.Corpus;

/// <summary>
/// Runs the corpus for the per-case tests through the stage chosen by CLYSM_STAGE (default: the
/// reference stage), on reused engines, ahead of the tests and in parallel: the case a test asks
/// for jumps the queue, so a filtered run only waits for its own cases.
/// </summary>
public sealed class CorpusFixture : IDisposable
{
    private readonly Lazy<State> _state;

    public CorpusFixture() => _state = new Lazy<State>(() => new State());

    public StageOutput Preparation => _state.Value.Session.Preparation;
    public string StageDescription => _state.Value.Session.Stage.Description;
    public string StageKind => _state.Value.Session.Stage.Kind;

    /// <summary>Every case's result (waits for the whole corpus).</summary>
    public IEnumerable<CaseResult> AllResults() => _state.Value.Cases.Keys.Select(Result);

    public CaseResult Result(string id) => _state.Value.Scheduler.Get(id);

    /// <summary>$CLYSM_EXPECTATIONS, else the stage's default file in the checkout.</summary>
    public string ExpectationsPath => _state.Value.ExpectationsPath;

    /// <summary>The stage's expectation for a case, or null (no entry, or no file).</summary>
    public Expectation? Expectation(string id) => _state.Value.Expected.GetValueOrDefault(id);

    public IReadOnlyList<string> StaleExpectations() =>
        _state.Value.Expected.Keys.Where(id => !_state.Value.Cases.ContainsKey(id)).Order(StringComparer.Ordinal).ToList();

    /// <summary>file:line:column of the case's defcase.</summary>
    public string Location(string id) => _state.Value.Cases.TryGetValue(id, out var c) ? c.Location : "(not in the corpus)";

    public void Dispose()
    {
        if (!_state.IsValueCreated) return;
        _state.Value.Scheduler.Dispose();
        _state.Value.Session.Dispose();
    }

    private sealed class State
    {
        public readonly ConformanceSession Session;
        public readonly CaseScheduler Scheduler;
        public readonly Dictionary<string, CorpusCase> Cases;
        public readonly string ExpectationsPath;
        public readonly Dictionary<string, Expectation> Expected;

        public State()
        {
            var corpus = CorpusLoader.Load(TestPaths.Corpus);
            Cases = corpus.Cases.ToDictionary(c => c.Id);
            Session = new ConformanceSession(StageSelection.FromEnvironment().Create(), () => WasmRunner.Create());
            Scheduler = new CaseScheduler(corpus.Cases, Session.Run, Environment.ProcessorCount);
            var stage = Session.Stage;
            ExpectationsPath = Environment.GetEnvironmentVariable("CLYSM_EXPECTATIONS") is { Length: > 0 } env
                ? env
                : Path.Combine(TestPaths.Root, Clysm.Conformance.Gate.Expectations.DefaultPath(stage.Kind, stage.StageVersion));
            // No file: every failure is new. A malformed file or one for another stage: an error.
            var file = File.Exists(ExpectationsPath) ? Clysm.Conformance.Gate.Expectations.Load(ExpectationsPath) : null;
            if (file is not null && !file.AppliesTo(stage.StageVersion))
                throw new InvalidOperationException($"{ExpectationsPath} is for stage {file.Stage}, not {stage.StageVersion}");
            Expected = (file?.Entries ?? []).ToDictionary(e => e.Id, StringComparer.Ordinal);
        }
    }
}

/// <summary>Runs cases on worker threads in corpus order; a case someone waits for goes first.</summary>
public sealed class CaseScheduler : IDisposable
{
    private readonly Func<CorpusCase, CaseResult> _run;
    private readonly LinkedList<CorpusCase> _pending = new();
    private readonly Dictionary<string, LinkedListNode<CorpusCase>> _nodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TaskCompletionSource<CaseResult>> _results = new(StringComparer.Ordinal);
    private readonly List<Thread> _workers = [];
    private readonly int _workerCount;
    private bool _stopping;

    public CaseScheduler(IEnumerable<CorpusCase> cases, Func<CorpusCase, CaseResult> run, int workers)
    {
        _run = run;
        _workerCount = Math.Max(1, workers);
        foreach (var c in cases)
        {
            _nodes[c.Id] = _pending.AddLast(c);
            _results[c.Id] = new TaskCompletionSource<CaseResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    public CaseResult Get(string id)
    {
        TaskCompletionSource<CaseResult> tcs;
        lock (_pending)
        {
            if (!_results.TryGetValue(id, out tcs!)) throw new KeyNotFoundException($"no corpus case {id} (was the corpus changed after discovery?)");
            if (_nodes.Remove(id, out var node))
            {
                _pending.Remove(node);
                _pending.AddFirst(node);
            }
            if (_workers.Count == 0)
                for (var i = 0; i < _workerCount; i++)
                {
                    var t = new Thread(Work) { IsBackground = true, Name = "corpus-worker-" + i };
                    _workers.Add(t);
                    t.Start();
                }
            Monitor.PulseAll(_pending);
        }
        return tcs.Task.GetAwaiter().GetResult();
    }

    private void Work()
    {
        for (;;)
        {
            CorpusCase c;
            lock (_pending)
            {
                if (_stopping || _pending.First is null) return;
                c = _pending.First.Value;
                _pending.RemoveFirst();
                _nodes.Remove(c.Id);
            }
            try { _results[c.Id].SetResult(_run(c)); }
            catch (Exception e) { _results[c.Id].SetException(e); }
        }
    }

    public void Dispose()
    {
        lock (_pending) _stopping = true;
        foreach (var t in _workers) t.Join(TimeSpan.FromSeconds(30));
    }
}
