namespace Clysm.Conformance.Stages;

/// <summary>
/// What a stage said went wrong when it did not produce a module: the evidence a case expecting a
/// read- or compile-time condition needs (docs/stage-abi.md, "Diagnostics"). <see cref="Phase"/> is
/// "read" or "compile"; <see cref="ConditionType"/> is the standard condition type name in upper case
/// (e.g. "END-OF-FILE") when the stage knows it; <see cref="Line"/> and <see cref="Column"/> are
/// 1-based positions in the case's source when known.
/// </summary>
internal sealed record StageDiagnostic(string Phase, string? ConditionType, string Message, int? Line = null, int? Column = null);
