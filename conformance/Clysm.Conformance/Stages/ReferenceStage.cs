using System.Diagnostics;
using Clysm.Reference;
using Clysm.Runtime;
using Clysm.Runtime.Engine;

namespace Clysm.Conformance.Stages;

/// <summary>The suite's own reference compiler (compiler/Clysm.Reference), in process. The default stage.
/// Its case modules are small: they import the runtime from its <see cref="SupportModule"/>
/// (docs/reference-compiler.md, "Module shapes"), unless it is made with
/// <see cref="ModuleShape.SelfContained"/>.</summary>
public sealed class ReferenceStage(ModuleShape shape = ModuleShape.WithSupport) : Stage
{
    public override string Kind => "reference";
    public override string Description => "reference compiler " + ReferenceCompiler.Version
        + (shape == ModuleShape.SelfContained ? " (self-contained modules)" : "");
    public override string StageVersion => ReferenceCompiler.Version;
    public override string? Sha256 => HashFile(typeof(ReferenceCompiler).Assembly.Location);

    /// <summary>The runtime every case module imports from, compiled in <see cref="Prepare"/>; the
    /// same array for every case, so each engine worker compiles it once.</summary>
    public override byte[]? SupportModule => shape == ModuleShape.WithSupport ? ReferenceCompiler.SupportModule : null;

    public override StageOutput Prepare(IWasmRunner engine)
    {
        if (shape != ModuleShape.WithSupport) return StageOutput.Ready;
        var sw = Stopwatch.StartNew();
        try { _ = ReferenceCompiler.SupportModule; }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // a bug of the compiler: no case can run without its runtime
            return new StageOutput(StageStatus.Crashed, Message: $"reference compiler: the support module failed to compile: {e.GetType().Name}: {e.Message}");
        }
        return StageOutput.Ready with { Duration = sw.Elapsed };
    }

    public override StageOutput Compile(string source, string caseId, IWasmRunner engine)
    {
        var sw = Stopwatch.StartNew();
        StageOutput output;
        try
        {
            var r = ReferenceCompiler.Compile(source, caseId, shape);
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
