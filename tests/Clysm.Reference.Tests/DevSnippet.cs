using Xunit;
using Xunit.Abstractions;

namespace Clysm.Reference.Tests;

// TEMPORARY development aid (removed before hand-off)
[Collection("engine")]
public sealed class DevSnippet(EngineFixture engine, ITestOutputHelper output)
{
    [SkippableFact]
    public void Dev()
    {
        var path = "/tmp/snippet.lisp";
        Skip.IfNot(File.Exists(path));
        var r = ReferenceCompiler.Compile(File.ReadAllText(path), "snippet.lisp");
        output.WriteLine($"compile: {r.ExitCode} {r.Message}");
        if (r.Module == null) return;
        File.WriteAllBytes("/tmp/snippet.wasm", r.Module);
        output.WriteLine("validate: " + engine.Validate(r.Module));
        var res = engine.Run(r.Module, File.Exists("/tmp/snippet.in") ? File.ReadAllText("/tmp/snippet.in") : "", "/tmp");
        output.WriteLine($"status {res.Status} value {res.Value} cond {res.Condition} msg {res.Message}\nstdout[{res.Stdout}]\nstderr[{res.Stderr}]\n{res.WasmStack}");
    }
}
