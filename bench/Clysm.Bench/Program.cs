using System.CommandLine;
using System.CommandLine.Parsing;

namespace Clysm.Bench;

/// <summary>Benchmarks (figures for the README), not tests: `dotnet run -c Release --project bench/Clysm.Bench -- BENCH`.
/// Options are parsed by System.CommandLine, as in the CLI: a malformed count is an error, not a default.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        var root = new RootCommand("Benchmarks behind the README's figures (dotnet run -c Release --project bench/Clysm.Bench -- BENCH --help)");

        var writes = Count("WRITES", 1_000_000, "host calls of the write benchmark");
        var lines = Count("LINES", 100_000, "lines of the read benchmark");
        var hostCases = Count("CASES", 200, "invocations of a large Stage module");
        var host = new Command("host", "host calls, invocations and a large Stage module per case, on each engine (V8 unpinned and pinned); Linux only") { writes, lines, hostCases };
        host.SetAction(p => OperatingSystem.IsLinux() ? HostBench.Run(p.GetValue(writes), p.GetValue(lines), p.GetValue(hostCases))
                                                      : Unsupported("host"));

        var jobs = new Option<int>("--jobs") { Description = "worker threads", DefaultValueFactory = _ => Environment.ProcessorCount, Validators = { Positive } };
        var freshSample = new Option<int>("--fresh-sample") { Description = "cases run on one fresh engine process each", DefaultValueFactory = _ => 100, Validators = { Positive } };
        var corpus = new Command("corpus", "cases/s of the corpus through $CLYSM_STAGE (default: reference) on reused engines vs one fresh engine process per case") { jobs, freshSample };
        corpus.SetAction(p => CorpusBench.Run(p.GetValue(jobs), p.GetValue(freshSample)));

        var sample = new Option<int?>("--sample") { Description = "an even sample of this many cases (default: the whole corpus)", Validators = { Positive } };
        var engines = new Command("corpus-engines", "the corpus (or a sample) on v8, wasmtime cache cold, wasmtime cache warm: cases/s, wasmtime/v8 ratios, and every case whose result differs") { jobs, sample };
        engines.SetAction(p => CorpusBench.Engines(p.GetValue(jobs), p.GetValue(sample)));

        var engine = new Option<string?>("--engine") { Description = "v8 or wasmtime (default: $CLYSM_ENGINE, else v8)" };
        var shapes = new Command("module-shapes", "reference-stage case module sizes self-contained vs with the support module, and the corpus (or a sample) run in both shapes: time per case, ratio, and every case whose result differs") { jobs, sample, engine };
        shapes.SetAction(p => ModuleShapeBench.Run(p.GetValue(jobs), p.GetValue(sample), p.GetValue(engine)));

        var rounds = Count("ROUNDS", 5, "rounds over the corpus");
        var compile = new Command("compile", "reference-stage compile time per corpus case") { rounds };
        compile.SetAction(p => CompileBench.Run(p.GetValue(rounds)));

        var compileCases = Count("CASES", 40, "an even sample of this many corpus cases");
        var wasmtimeCompile = new Command("wasmtime-compile", "Cranelift compile time of a sample of reference-stage case modules") { compileCases };
        wasmtimeCompile.SetAction(p => EngineBench.Compile(p.GetValue(compileCases)));

        var runCases = Count("CASES", 40, "an even sample of this many corpus cases");
        var wasmtimeCases = new Command("wasmtime-cases", "where a case's time goes on Wasmtime's worker (module, run, pipe), cache cold and warm, beside V8") { runCases };
        wasmtimeCases.SetAction(p => EngineBench.Cases(p.GetValue(runCases)));

        foreach (var c in new[] { host, corpus, engines, shapes, compile, wasmtimeCompile, wasmtimeCases }) root.Subcommands.Add(c);
        return root.Parse(args).Invoke();
    }

    /// <summary>An optional positive count in the bench's position.</summary>
    private static Argument<int> Count(string name, int fallback, string description) =>
        new(name) { Description = description, Arity = ArgumentArity.ZeroOrOne, DefaultValueFactory = _ => fallback, Validators = { Positive } };

    // Only a count that parses is checked here; one that does not is System.CommandLine's own error.
    private static void Positive(ArgumentResult r)
    {
        if (NotPositive(r.Tokens)) r.AddError($"{r.Argument.Name} must be a positive count");
    }

    private static void Positive(OptionResult r)
    {
        if (NotPositive(r.Tokens)) r.AddError($"{r.Option.Name} must be a positive count");
    }

    private static bool NotPositive(IReadOnlyList<Token> tokens) =>
        tokens.Count == 1 && int.TryParse(tokens[0].Value, out var n) && n <= 0;

    private static int Unsupported(string bench)
    {
        Console.Error.WriteLine($"bench {bench}: runs on Linux only");
        return 2;
    }
}
