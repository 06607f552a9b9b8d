using Clysm.Conformance.Corpus;

namespace Clysm.Conformance.Running;

/// <summary>
/// The one way cases are scheduled, for `run` and for dotnet test alike: worker threads take cases
/// in corpus order, and <see cref="MoveToFront"/> (the ordering hook) lets a case someone waits for
/// jump the queue, so a filtered dotnet test run only waits for its own cases.
/// </summary>
internal sealed class CaseScheduler : IDisposable
{
    private readonly Func<CorpusCase, CaseResult> _run;
    private readonly Action<CaseResult>? _onDone;
    private readonly CancellationToken _cancel;
    private readonly IReadOnlyList<CorpusCase> _cases;
    private readonly LinkedList<CorpusCase> _pending = new();
    private readonly Dictionary<string, LinkedListNode<CorpusCase>> _nodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TaskCompletionSource<CaseResult>> _results = new(StringComparer.Ordinal);
    private readonly List<Thread> _workers = [];
    private readonly int _workerCount;
    private bool _stopping;

    /// <param name="run">Runs one case; it should not throw (a throw fails that case's waiters).</param>
    /// <param name="onDone">Called on the worker thread as each case finishes.</param>
    /// <param name="cancel">Stops workers taking new cases; cases already running finish.</param>
    public CaseScheduler(IReadOnlyList<CorpusCase> cases, Func<CorpusCase, CaseResult> run, int workers,
        Action<CaseResult>? onDone = null, CancellationToken cancel = default)
    {
        _run = run;
        _onDone = onDone;
        _cancel = cancel;
        _cases = cases;
        _workerCount = Math.Clamp(workers, 1, Math.Max(1, cases.Count));
        foreach (var c in cases)
        {
            _nodes[c.Id] = _pending.AddLast(c);
            _results[c.Id] = new TaskCompletionSource<CaseResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    /// <summary>Starts the workers (once).</summary>
    public void Start()
    {
        lock (_pending)
        {
            if (_workers.Count > 0) return;
            for (var i = 0; i < _workerCount; i++)
            {
                var t = new Thread(Work) { IsBackground = true, Name = "case-worker-" + i };
                _workers.Add(t);
                t.Start();
            }
        }
    }

    /// <summary>The ordering hook: the case runs next unless it has started already.</summary>
    public void MoveToFront(string id)
    {
        lock (_pending)
        {
            if (!_nodes.TryGetValue(id, out var node)) return;
            _pending.Remove(node);
            _pending.AddFirst(node);
        }
    }

    /// <summary>The result of one case: it jumps the queue, and the call waits for it.</summary>
    public CaseResult Get(string id)
    {
        if (!_results.TryGetValue(id, out var tcs)) throw new KeyNotFoundException($"no corpus case {id} (was the corpus changed after discovery?)");
        MoveToFront(id);
        Start();
        return tcs.Task.GetAwaiter().GetResult();
    }

    /// <summary>Runs every case (or until cancelled) and returns the results that exist, in case order.</summary>
    public IReadOnlyList<CaseResult> RunAll()
    {
        Start();
        foreach (var t in _workers) t.Join();
        return _cases.Select(c => _results[c.Id].Task).Where(t => t.IsCompleted).Select(t => t.GetAwaiter().GetResult()).ToList();
    }

    private void Work()
    {
        for (;;)
        {
            CorpusCase c;
            lock (_pending)
            {
                if (_stopping || _cancel.IsCancellationRequested || _pending.First is null) return;
                c = _pending.First.Value;
                _pending.RemoveFirst();
                _nodes.Remove(c.Id);
            }
            CaseResult r;
            try { r = _run(c); }
            catch (Exception e) { _results[c.Id].SetException(e); continue; }
            _onDone?.Invoke(r);
            _results[c.Id].SetResult(r);
        }
    }

    public void Dispose()
    {
        lock (_pending) _stopping = true;
        foreach (var t in _workers) t.Join(TimeSpan.FromSeconds(30));
    }
}
