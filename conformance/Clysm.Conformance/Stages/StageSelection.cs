using System.Text.RegularExpressions;

namespace Clysm.Conformance.Stages;

/// <summary>
/// Which stage to test: from command-line options, else the environment (CLYSM_STAGE,
/// CLYSM_STAGE_MODULE, CLYSM_STAGE_COMMAND, CLYSM_STAGE_VERSION), else the reference stage.
/// </summary>
public sealed partial record StageSelection
{
    public string? Kind { get; init; }
    public string? ModulePath { get; init; }
    public string? Command { get; init; }
    /// <summary>Overrides the stage_version recorded in the report (wasm and command stages).</summary>
    public string? StageVersion { get; init; }

    public static StageSelection FromEnvironment() => new()
    {
        Kind = Env("CLYSM_STAGE"),
        ModulePath = Env("CLYSM_STAGE_MODULE"),
        Command = Env("CLYSM_STAGE_COMMAND"),
        StageVersion = Env("CLYSM_STAGE_VERSION"),
    };

    /// <summary>Options given explicitly win over the environment, field by field.</summary>
    public StageSelection Over(StageSelection fallback) => new()
    {
        Kind = Kind ?? (Command is not null ? "command" : ModulePath is not null ? "wasm" : fallback.Kind),
        ModulePath = ModulePath ?? fallback.ModulePath,
        Command = Command ?? fallback.Command,
        StageVersion = StageVersion ?? fallback.StageVersion,
    };

    /// <summary>The kind actually used: explicit, else implied by a module path or command, else reference.</summary>
    public string EffectiveKind => Kind?.ToLowerInvariant() ?? (Command is not null ? "command" : ModulePath is not null ? "wasm" : "reference");

    /// <param name="workFolder">Where a command stage makes its per-case folders (a run puts them under
    /// its output folder); default: the system temp folder.</param>
    /// <exception cref="ArgumentException">an unknown kind, a command stage without a command, or a bad stage version.</exception>
    public Stage Create(string? workFolder = null)
    {
        if (StageVersion is not null && !VersionPattern().IsMatch(StageVersion))
            throw new ArgumentException($"stage version {StageVersion} does not match ^stage[0-9]+-v[0-9]+\\.[0-9]+$ (e.g. stage1-v0.3)");
        return EffectiveKind switch
        {
            "reference" => new ReferenceStage(),
            "wasm" => new WasmStage(ModulePath, StageVersion),
            "command" => new CommandStage(Command ?? throw new ArgumentException("the command stage needs a command: --stage-command or CLYSM_STAGE_COMMAND, e.g. \"sbcl --script compile.lisp {input} {output}\""), StageVersion, workFolder: workFolder),
            var k => throw new ArgumentException($"unknown stage {k}: use reference, wasm or command"),
        };
    }

    private static string? Env(string name) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } v ? v : null;

    [GeneratedRegex(@"^stage[0-9]+-v[0-9]+\.[0-9]+$")]
    private static partial Regex VersionPattern();
}
