using System.Security.Cryptography;
using Clysm.Runtime;
using Clysm.Runtime.Engine;

namespace Clysm.Conformance.Stages;

/// <summary>How a stage's attempt to compile a case ended.</summary>
public enum StageStatus
{
    /// <summary>Module bytes produced (exit 0).</summary>
    Compiled,
    /// <summary>The stage rejected the source or failed (exit 1 or 2).</summary>
    Error,
    /// <summary>Known limitation (exit 77): the case is skipped with <see cref="StageOutput.Message"/>.</summary>
    Skipped,
    /// <summary>The stage or something it needs is missing (exit 3).</summary>
    Missing,
    Timeout,
    /// <summary>The stage process died, or the stage misbehaved in a way it has no exit code for.</summary>
    Crashed,
}

/// <summary>The result of one stage operation. Where an error happened, and which condition it
/// was, is the stage's <see cref="Diagnostic"/>: without one the suite cannot tell.</summary>
public sealed record StageOutput(StageStatus Status, byte[]? Module = null, string? Message = null)
{
    public TimeSpan Duration { get; init; }

    /// <summary>The stage's own account of an error (phase, condition type, message, position), when it gave one.</summary>
    internal StageDiagnostic? Diagnostic { get; init; }

    public static readonly StageOutput Ready = new(StageStatus.Compiled);

    public ExitCode ExitCode => Status switch
    {
        StageStatus.Compiled => ExitCode.EXIT_SUCCESS,
        StageStatus.Skipped => ExitCode.EXIT_SKIP,
        StageStatus.Missing => ExitCode.EXIT_MISSING_DEP,
        _ => ExitCode.EXIT_FAILURE,
    };
}

/// <summary>
/// A compiler under test: turns the source text of one case into a wasm module. Three kinds:
/// <see cref="ReferenceStage"/>, <see cref="WasmStage"/> (a Stage N module's compile_form) and
/// <see cref="CommandStage"/> (any external command). <see cref="Compile"/> may be called from
/// several threads at once, each with its own engine.
/// </summary>
public abstract class Stage : IDisposable
{
    /// <summary>"reference", "wasm" or "command".</summary>
    public abstract string Kind { get; }
    /// <summary>What is being tested, for people (path, command line, version).</summary>
    public abstract string Description { get; }
    /// <summary>The report's stage_version: matches ^stage[0-9]+-v[0-9]+\.[0-9]+$.</summary>
    public abstract string StageVersion { get; }
    /// <summary>SHA-256 (hex) of the stage's binary or script when there is one, else null.</summary>
    public virtual string? Sha256 => null;

    /// <summary>Checks done once before the first case. Anything but <see cref="StageStatus.Compiled"/>
    /// applies to every case (a missing stage is exit 3 for the whole run, a stage without
    /// compile_form skips every case with its reason).</summary>
    public virtual StageOutput Prepare(IWasmRunner engine) => StageOutput.Ready;

    /// <summary>The stage's support module (docs/stage-abi.md §5), handed over once (the same array for
    /// every case), or null: each case module is instantiated with a fresh instance of it.</summary>
    public virtual byte[]? SupportModule => null;

    /// <summary>Compile one case. Never throws for anything the stage does.</summary>
    public abstract StageOutput Compile(string source, string caseId, IWasmRunner engine);

    public virtual void Dispose() => GC.SuppressFinalize(this);

    internal static string? HashFile(string path)
    {
        if (!File.Exists(path)) return null;
        using var s = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(s));
    }
}
