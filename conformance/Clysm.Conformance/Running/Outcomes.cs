using System.Text.Json;
using System.Text.Json.Serialization;

namespace Clysm.Conformance.Running;

/// <summary>The verdict of one case. What each one means, and how it counts, is in <see cref="Outcomes.Table"/>.</summary>
[JsonConverter(typeof(OutcomeJsonConverter))]
public enum Outcome
{
    Pass,
    Fail,
    Skip,
    Unverified,
    Inconclusive,
    Disagreement,
    CompileError,
    InvalidModule,
    LinkError,
    Trap,
    Timeout,
    Crash,
}

/// <summary>Whether an outcome implies that the stage produced a module that validated.</summary>
internal enum ModuleEvidence
{
    /// <summary>Always: the case got as far as linking or running it.</summary>
    Yes,
    /// <summary>Never.</summary>
    No,
    /// <summary>Depends on where the case ended: a module exists when it reached <see cref="Phase.Link"/> or later.</summary>
    ByPhase,
}

/// <summary>One row of the outcome table.</summary>
/// <param name="Name">The name in reports, JUnit, expectations files and the command line.</param>
/// <param name="IsFailure">A failure of the stage under test: fails a test and the gate unless expected.</param>
/// <param name="Module">Whether a valid module was produced (what "compiled" counts).</param>
/// <param name="IsScored">Counts towards passed/scored: neither a skip nor a verdict the suite could not reach.</param>
/// <param name="Meaning">One line for docs and help.</param>
internal sealed record OutcomeInfo(Outcome Outcome, string Name, bool IsFailure, ModuleEvidence Module, bool IsScored, string Meaning);

/// <summary>
/// The one table of outcomes, used by the report, the CLI, JUnit, the gate and dotnet test alike
/// (the model is LLVM lit's result codes: each knows whether it is a failure).
/// </summary>
public static class Outcomes
{
    internal static readonly IReadOnlyList<OutcomeInfo> Table =
    [
        new(Outcome.Pass, "pass", false, ModuleEvidence.ByPhase, true, "every expectation met (for an expected read/compile-time condition: the stage reported it, with its type)"),
        new(Outcome.Fail, "fail", true, ModuleEvidence.ByPhase, true, "a value, output, file or condition differs, or the stage reported the wrong early error, or compiled a case it should reject"),
        new(Outcome.Skip, "skip", false, ModuleEvidence.No, false, "the stage declined (exit 77), with its reason"),
        new(Outcome.Unverified, "unverified", false, ModuleEvidence.No, false, "the case expects a read/compile-time condition and the stage failed without saying which (no diagnostics)"),
        new(Outcome.Inconclusive, "inconclusive", false, ModuleEvidence.Yes, false, "the result channel cannot tell the answer from the expected one (T vs 1, a character vs its code point, a sentinel)"),
        new(Outcome.Disagreement, "disagreement", true, ModuleEvidence.Yes, true, "two engines ran the same module and disagree"),
        new(Outcome.CompileError, "compile-error", true, ModuleEvidence.No, true, "the stage failed to compile the case (exit 1 or 2, or exit 3 for one case)"),
        new(Outcome.InvalidModule, "invalid-module", true, ModuleEvidence.No, true, "bad magic or version, or the engine's validation rejected the module"),
        new(Outcome.LinkError, "link-error", true, ModuleEvidence.Yes, true, "imports violate the host contract, or instantiation failed"),
        new(Outcome.Trap, "trap", true, ModuleEvidence.Yes, true, "the module trapped, hit a host error or ended in an unhandled condition the case did not expect"),
        new(Outcome.Timeout, "timeout", true, ModuleEvidence.ByPhase, true, "the stage or the run took longer than its limit"),
        new(Outcome.Crash, "crash", true, ModuleEvidence.ByPhase, true, "the stage or the engine process died, or the harness failed on this case"),
    ];

    private static readonly OutcomeInfo[] ByOutcome = Table.OrderBy(t => t.Outcome).ToArray();
    private static readonly Dictionary<string, Outcome> ByName = Table.ToDictionary(t => t.Name, t => t.Outcome, StringComparer.Ordinal);

    internal static OutcomeInfo Info(this Outcome o) => ByOutcome[(int)o];
    public static string Name(this Outcome o) => ByOutcome[(int)o].Name;
    public static bool IsFailure(this Outcome o) => ByOutcome[(int)o].IsFailure;
    public static bool IsScored(this Outcome o) => ByOutcome[(int)o].IsScored;

    public static bool TryParse(string name, out Outcome outcome) => ByName.TryGetValue(name, out outcome);

    /// <summary>Every outcome name, in table order.</summary>
    public static IEnumerable<string> Names => Table.Select(t => t.Name);
}

/// <summary>Where a case ended: the last phase it reached.</summary>
[JsonConverter(typeof(PhaseJsonConverter))]
public enum Phase
{
    Read,
    Compile,
    Validate,
    Link,
    Run,
    Compare,
    Done,
}

public static class Phases
{
    private static readonly string[] Names = ["read", "compile", "validate", "link", "run", "compare", "done"];
    private static readonly Dictionary<string, Phase> ByName =
        Names.Select((n, i) => (n, (Phase)i)).ToDictionary(x => x.n, x => x.Item2, StringComparer.Ordinal);

    public static string Name(this Phase p) => Names[(int)p];
    public static bool TryParse(string name, out Phase phase) => ByName.TryGetValue(name, out phase);
}

internal sealed class OutcomeJsonConverter : JsonConverter<Outcome>
{
    public override Outcome Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetString() is { } s && Outcomes.TryParse(s, out var o) ? o : throw new JsonException($"unknown outcome {reader.GetString()}");

    public override void Write(Utf8JsonWriter writer, Outcome value, JsonSerializerOptions options) => writer.WriteStringValue(value.Name());
}

internal sealed class PhaseJsonConverter : JsonConverter<Phase>
{
    public override Phase Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetString() is { } s && Phases.TryParse(s, out var p) ? p : throw new JsonException($"unknown phase {reader.GetString()}");

    public override void Write(Utf8JsonWriter writer, Phase value, JsonSerializerOptions options) => writer.WriteStringValue(value.Name());
}
