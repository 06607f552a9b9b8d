using Clysm.Conformance.Corpus;
using Clysm.Conformance.Tests.Support;
using Xunit;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Clysm.Conformance.Tests.Corpus;

/// <summary>
/// Marks a method (string id, string category, string features) that runs one corpus case: the
/// discoverer makes one test per case, named by the case id, with traits "category", "feature"
/// (one per feature) and "module", so `dotnet test --filter category=conses` selects cases.
/// A SkipException (stage exit 77) reports the test as skipped with the stage's reason.
/// </summary>
[XunitTestCaseDiscoverer("Clysm.Conformance.Tests.Corpus.CorpusCaseDiscoverer", "Clysm.Conformance.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class CorpusCasesAttribute : FactAttribute;

public sealed class CorpusCaseDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var display = discoveryOptions.MethodDisplayOrDefault();
        var options = discoveryOptions.MethodDisplayOptionsOrDefault();
        CorpusSet corpus;
        try { corpus = TestCorpus.Set; }
        catch (Exception e) when (e is CorpusLoadException or IOException)
        {
            // A malformed corpus is one loud failing test naming file:line:column, never zero tests.
            return [new ExecutionErrorTestCase(diagnosticMessageSink, display, options, testMethod, "corpus error: " + e.Message)];
        }
        return corpus.Cases.Select(c => (IXunitTestCase)new CorpusTestCase(diagnosticMessageSink, display, options, testMethod,
            [c.Id, c.Category, string.Join(" ", c.Features), c.Module])).ToList();
    }
}

/// <summary>One corpus case as an xunit test: display name = case id, traits from the case.</summary>
public sealed class CorpusTestCase : SkippableFactTestCase
{
    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public CorpusTestCase() { }

    public CorpusTestCase(IMessageSink sink, TestMethodDisplay display, TestMethodDisplayOptions options, ITestMethod method, object[] args)
        : base([typeof(Xunit.SkipException).FullName!], sink, display, options, method, args) { }

    protected override void Initialize()
    {
        base.Initialize();
        var args = TestMethodArguments;
        DisplayName = (string)args[0];
        Traits["category"] = [(string)args[1]];
        Traits["feature"] = ((string)args[2]).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        Traits["module"] = [(string)args[3]];
    }
}
