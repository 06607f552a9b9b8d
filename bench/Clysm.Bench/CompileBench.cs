using System.Diagnostics;
using System.Globalization;
using Clysm.Conformance.Corpus;
using Clysm.Reference;
using Clysm.Runtime;
using Clysm.TestSupport;

namespace Clysm.Bench;

/// <summary>
/// Compile time of the reference stage per corpus case (issue: reference stage, "at most 5 ms for a
/// typical form"): every case compiled once to warm up (JIT, the compiled prelude), then each
/// timed over several rounds keeping its fastest, and the distribution printed.
/// </summary>
internal static class CompileBench
{
    public static int Run(int rounds)
    {
        var cases = CorpusLoader.Load(Repo.PathOf("corpus")).Cases;
        var ci = CultureInfo.InvariantCulture;
        _ = ReferenceCompiler.SupportModule;                                    // compiled once, as the stage does
        var medians = new List<double>();
        // The stage's shape first (case modules that import the support module), then self-contained.
        foreach (var shape in new[] { ModuleShape.WithSupport, ModuleShape.SelfContained })
        {
            foreach (var c in cases) ReferenceCompiler.Compile(c.Source, c.Id, shape);     // warm-up
            var times = new List<(double Ms, CorpusCase Case, int Bytes)>();
            var sw = new Stopwatch();
            foreach (var c in cases)
            {
                var best = double.MaxValue;
                var bytes = 0;
                for (var r = 0; r < rounds; r++)
                {
                    sw.Restart();
                    var result = ReferenceCompiler.Compile(c.Source, c.Id, shape);
                    sw.Stop();
                    best = Math.Min(best, sw.Elapsed.TotalMilliseconds);
                    if (result.ExitCode == ExitCode.EXIT_SUCCESS) bytes = result.Module!.Length;
                }
                if (bytes > 0) times.Add((best, c, bytes));
            }
            times.Sort((a, b) => a.Ms.CompareTo(b.Ms));
            double P(double q) => times[(int)Math.Min(times.Count - 1, Math.Floor(q * times.Count))].Ms;
            medians.Add(P(0.5));
            Console.WriteLine(string.Format(ci, "reference stage {0}, {1}: {2} corpus cases compiled to modules, fastest of {3} rounds each",
                ReferenceCompiler.Version, shape, times.Count, rounds));
            Console.WriteLine(string.Format(ci, "  compile time  median {0:0.00} ms   p90 {1:0.00} ms   mean {2:0.00} ms   max {3:0.00} ms ({4})",
                P(0.5), P(0.9), times.Average(t => t.Ms), times[^1].Ms, times[^1].Case.Id));
            Console.WriteLine(string.Format(ci, "  module size   median {0:N0} bytes", times.Select(t => t.Bytes).Order().ElementAt(times.Count / 2)));
        }
        Console.WriteLine(string.Format(ci, "target: <= 5 ms for a typical form (the median, in the stage's shape): {0}", medians[0] <= 5 ? "met" : "NOT met"));
        return 0;
    }
}
