using Clysm.Conformance.Corpus;
using Clysm.Conformance.Tests.Support;

namespace Clysm.Conformance.Tests.Corpus;

/// <summary>The corpus of the checkout, read and checked once per test process: the discoverer
/// (one test per case) and the fixture (that runs them) share it.</summary>
public static class TestCorpus
{
    private static readonly Lazy<CorpusSet> Loaded = new(() => CorpusLoader.Load(TestPaths.Corpus), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <exception cref="CorpusLoadException">a malformed corpus file (the same error every time).</exception>
    public static CorpusSet Set => Loaded.Value;
}
