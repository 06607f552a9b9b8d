using System.Diagnostics;
using Clysm.Reference;
using Clysm.Runtime;
using Clysm.Runtime.Engine;

namespace Clysm.Conformance.Stages;

/// <summary>The suite's own reference compiler (compiler/Clysm.Reference), in process. The default stage.</summary>
public sealed class ReferenceStage : Stage
{
    public override string Kind => "reference";
    public override string Description => "reference compiler " + ReferenceCompiler.Version;
    public override string StageVersion => ReferenceCompiler.Version;
    public override string? Sha256 => HashFile(typeof(ReferenceCompiler).Assembly.Location);

    public override StageOutput Compile(string source, string caseId, IWasmRunner engine)
    {
        var sw = Stopwatch.StartNew();
        StageOutput output;
        try
        {
            var r = ReferenceCompiler.Compile(source, caseId);
            output = r.ExitCode switch
            {
                ExitCode.EXIT_SUCCESS when r.Module is not null => new StageOutput(StageStatus.Compiled, r.Module),
                ExitCode.EXIT_SUCCESS => new StageOutput(StageStatus.Crashed, Message: "reference compiler reported success without a module"),
                ExitCode.EXIT_SKIP => new StageOutput(StageStatus.Skipped, Message: r.Message ?? "reference compiler: known limitation"),
                ExitCode.EXIT_MISSING_DEP => new StageOutput(StageStatus.Missing, Message: r.Message),
                _ => new StageOutput(StageStatus.Error, Message: r.Message ?? $"reference compiler failed in {r.Phase}",
                        ErrorPhase: r.Phase is "read" or "compile" ? r.Phase : null),
            };
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            output = new StageOutput(StageStatus.Crashed, Message: $"reference compiler threw {e.GetType().Name}: {e.Message}");
        }
        return output with { Duration = sw.Elapsed };
    }
}
