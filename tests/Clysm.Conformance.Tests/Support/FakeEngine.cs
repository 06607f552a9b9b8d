using Clysm.Runtime.Engine;

namespace Clysm.Conformance.Tests.Support;

/// <summary>An engine that answers every invocation with a result the test chooses, so runner and
/// comparer logic can be tested without Node.</summary>
public sealed class FakeEngine(Func<InvocationRequest, InvocationResult> answer) : IWasmRunner
{
    public List<InvocationRequest> Requests { get; } = [];
    public string EngineVersion => "fake 1.0";
    public string? Validate(byte[] module) => null;
    public InvocationResult Invoke(InvocationRequest request)
    {
        lock (Requests) Requests.Add(request);
        return answer(request);
    }
    public void Dispose() { }
}
