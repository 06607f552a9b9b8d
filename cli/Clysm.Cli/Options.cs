using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Clysm.Conformance.Running;

namespace Clysm.Cli;

/// <summary>
/// Option shapes the commands share, each defined once: its parsing, its error message, its help
/// and its completions come from the same definition.
/// </summary>
internal static class Options
{
    /// <summary>A text option (the last one given wins).</summary>
    public static Option<string?> Text(string name, string description, string helpName) =>
        new(name) { Description = description, HelpName = helpName };

    /// <summary>A repeatable text option; each value may be a comma-separated list.</summary>
    public static Option<string[]> List(string name, string description, string helpName) =>
        new(name) { Description = description, HelpName = helpName, Arity = ArgumentArity.OneOrMore, AllowMultipleArgumentsPerToken = false };

    public static Option<bool> Flag(string name, string description) => new(name) { Description = description, Arity = ArgumentArity.Zero };

    /// <summary>A whole number of at least <paramref name="min"/>, else "option --jobs needs a whole number >= 1, not zero".</summary>
    public static Option<int> Count(string name, string description, int fallback, int min = 1, string helpName = "N") => new(name)
    {
        Description = description,      // System.CommandLine adds "[default: N]"
        HelpName = helpName,
        DefaultValueFactory = _ => fallback,
        CustomParser = r =>
        {
            var text = r.Tokens.Count > 0 ? r.Tokens[^1].Value : "";
            if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= min) return n;
            r.AddError($"option {name} needs a whole number >= {min}, not {text}");
            return fallback;
        },
    };

    /// <summary>--engine v8|wasmtime|both (default $CLYSM_ENGINE, else v8).</summary>
    public static Option<string?> Engine() => new Option<string?>("--engine")
    {
        Description = "engine(s) that run the modules: v8, wasmtime, or both (every case module on each, compared; "
            + "a difference is a disagreement) (default: $CLYSM_ENGINE, else v8)",
        HelpName = "v8|wasmtime|both",
    }.AcceptOnlyFromAmong([.. EngineSet.Choices]);

    /// <summary>--corpus DIR (default: the packaged corpus of an installed tool, else ./corpus searched upwards).</summary>
    public static Option<string?> Corpus() => Text("--corpus", "corpus directory (default: the corpus the tool carries; in a checkout ./corpus, searched upwards)", "DIR");

    /// <summary>Every value of a repeatable list option, comma-separated lists split.</summary>
    public static IReadOnlyList<string> Values(this ParseResult p, Option<string[]> option) =>
        (p.GetValue(option) ?? []).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
}
