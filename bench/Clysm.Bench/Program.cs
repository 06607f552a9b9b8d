namespace Clysm.Bench;

/// <summary>Benchmarks (figures for the README), not tests: `dotnet run -c Release --project bench/Clysm.Bench -- WHAT`.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        var what = args.FirstOrDefault();
        var rest = args.Skip(1).ToArray();
        switch (what)
        {
            case "host" when OperatingSystem.IsLinux(): return HostBench.Run(rest);
            case "corpus": return CorpusBench.Run(rest);
            case "corpus-engines": return CorpusBench.Engines(rest);
            case "compile": return CompileBench.Run(rest);
            case "module-shapes": return ModuleShapeBench.Run(rest);
            case "wasmtime-compile": return EngineBench.Compile(rest);
            case "wasmtime-cases": return EngineBench.Cases(rest);
            default:
                Console.Error.WriteLine("""
                    usage: dotnet run -c Release --project bench/Clysm.Bench -- BENCH [ARGS]
                      host [WRITES] [LINES] [CASES]
                                              host calls, invocations and a large Stage module per case,
                                              on each engine (V8 unpinned and pinned)
                      corpus [--jobs N] [--fresh-sample N]
                                              cases/s of the corpus through $CLYSM_STAGE (default: reference)
                                              on reused engines vs one fresh engine process per case
                      corpus-engines [--jobs N] [--sample N]
                                              the corpus (or a sample) on v8, wasmtime cache cold, wasmtime cache warm:
                                              cases/s, wasmtime/v8 ratios, and every case whose result differs
                      compile [ROUNDS]        reference-stage compile time per corpus case
                      module-shapes [--jobs N] [--sample N] [--engine v8|wasmtime]
                                              reference-stage case module sizes self-contained vs with the
                                              support module, the corpus (or a sample) run in both shapes:
                                              time per case, ratio, and every case whose result differs
                      wasmtime-compile [CASES]
                                              Cranelift compile time of a sample of reference-stage case modules
                      wasmtime-cases [CASES]  where a case's time goes on Wasmtime's worker (module, run, pipe),
                                              cache cold and warm, beside V8
                    """);
                return what is null or "--help" or "-h" ? 0 : 2;
        }
    }
}
