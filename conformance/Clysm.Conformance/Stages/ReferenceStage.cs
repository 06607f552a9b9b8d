using System.Diagnostics;
using Clysm.Reference;
using Clysm.Runtime;
using Clysm.Runtime.Engine;

namespace Clysm.Conformance.Stages;

/// <summary>The suite's own reference compiler (compiler/Clysm.Reference), in process. The default stage.</summary>
internal sealed class ReferenceStage : Stage
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
                _ => new StageOutput(StageStatus.Error, Message: r.Message ?? $"reference compiler failed in {r.Phase}")
                {
                    // The compiler knows where it failed, and for a read error which condition it was.
                    Diagnostic = r.Phase is "read" or "compile"
                        ? Diagnose(r.Phase, r.Condition, r.Message ?? $"failed in {r.Phase}", caseId)
                        : null,
                },
            };
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            output = new StageOutput(StageStatus.Crashed, Message: $"reference compiler threw {e.GetType().Name}: {e.Message}");
        }
        return output with { Duration = sw.Elapsed };
    }

    /// <summary>A read error's message is "CASE-ID:LINE:COLUMN: problem" (the compiler is given the
    /// case id as the file name): the position goes into the diagnostic.</summary>
    private static StageDiagnostic Diagnose(string phase, string? condition, string message, string caseId)
    {
        var parts = message.StartsWith(caseId + ":", StringComparison.Ordinal) ? message[(caseId.Length + 1)..].Split(':', 3) : [];
        return parts.Length == 3 && int.TryParse(parts[0], out var line) && int.TryParse(parts[1], out var column)
            ? new StageDiagnostic(phase, condition, message, line, column)
            : new StageDiagnostic(phase, condition, message);
    }
}
