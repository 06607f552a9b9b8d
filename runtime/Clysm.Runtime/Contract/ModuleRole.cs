namespace Clysm.Runtime.Contract;

/// <summary>
/// What a module is to the suite, stated by whoever hands it over (never guessed from its export
/// names): it decides which exports the host contract checks (docs/stage-abi.md).
/// </summary>
public enum ModuleRole
{
    /// <summary>A compiled case: <c>_start</c> evaluates the case's forms.</summary>
    Case,
    /// <summary>A compiler compiled to wasm: <c>compile_form</c>, optional <c>_start</c>/<c>_initialize</c>.</summary>
    Stage,
    /// <summary>A stage's runtime, instantiated fresh for each case; case modules import from it as <c>clysm:support</c>.</summary>
    Support,
}
