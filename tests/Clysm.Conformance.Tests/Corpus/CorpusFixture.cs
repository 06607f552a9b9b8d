
using Clysm.Conformance.Corpus;
using Clysm.Conformance.Gate;
using Clysm.Conformance.Running;
using Clysm.Conformance.Stages;
using Clysm.Conformance.Tests.Support;
using Clysm.Runtime.Engine;

namespace Clysm.Conformance.Tests.Corpus;

/// <summary>
/// Runs the corpus for the per-case tests through the stage chosen by CLYSM_STAGE (default: the
/// reference stage), on reused engines, ahead of the tests and in parallel, with the same
/// <see cref="CaseScheduler"/> as `run`: the case a test asks for jumps the queue, so a filtered
/// run only waits for its own cases.
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
            var corpus = TestCorpus.Set;
            Cases = corpus.Cases.ToDictionary(c => c.Id);
            Session = new ConformanceSession(StageSelection.FromEnvironment().Create(), () => EngineFactory.CreateRunner());
            Scheduler = new CaseScheduler(corpus.Cases, Session.Run, Environment.ProcessorCount);
            var stage = Session.Stage;
            // The gate's rule for which file applies, with the checkout as the root. No file: every
            // failure is new. A malformed file or one for another stage: an error.
            var located = Clysm.Conformance.Gate.Expectations.Locate(null, stage.Kind, stage.StageVersion, TestPaths.Root);
            ExpectationsPath = located.Path;
            var file = Clysm.Conformance.Gate.Expectations.ForStage(located, stage.StageVersion);
            Expected = (file?.Entries ?? []).ToDictionary(e => e.Id, StringComparer.Ordinal);
        }
    }
}
