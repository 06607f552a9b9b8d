using System.Text;
using Clysm.Conformance.Corpus;
using Clysm.Conformance.Tests.Support;
using Xunit;

namespace Clysm.Conformance.Tests.Corpus;

/// <summary>
/// Mutated corpus files (fixed seed, next to the runtime's module fuzz): every variant loads or is
/// a CorpusLoadException naming a place inside the file, never any other exception and never a
/// case dropped without a word.
/// </summary>
public class CorpusFuzzTests
{
    private const int Variants = 3000;

    // Bytes that matter to the reader and to the loader's checks.
    private static readonly byte[][] Pieces =
    [
        "("u8.ToArray(), ")"u8.ToArray(), "\""u8.ToArray(), "\\"u8.ToArray(), "#"u8.ToArray(), "|"u8.ToArray(), ";"u8.ToArray(),
        " . "u8.ToArray(), ":forms"u8.ToArray(), ":values"u8.ToArray(), ":value"u8.ToArray(), ":phase read"u8.ToArray(), ":signals"u8.ToArray(),
        "#|"u8.ToArray(), "|#"u8.ToArray(), "#\\"u8.ToArray(), "#+"u8.ToArray(), "#("u8.ToArray(), "'"u8.ToArray(), "`"u8.ToArray(), ","u8.ToArray(),
        "nil"u8.ToArray(), "\n"u8.ToArray(), [0xC3], [0x80], [0xFF], [0xE2, 0x82], [0xF0, 0x9F, 0x98, 0x80], [0x00],
    ];

    private static byte[] Mutate(byte[] seed, Random rng)
    {
        var b = new List<byte>(seed);
        for (int n = rng.Next(1, 4); n > 0; n--)
        {
            var at = rng.Next(b.Count + 1);
            switch (rng.Next(5))
            {
                case 0 when b.Count > 0: b.RemoveAt(Math.Min(at, b.Count - 1)); break;                               // delete a byte
                case 1: b.InsertRange(at, Pieces[rng.Next(Pieces.Length)]); break;                                   // insert syntax
                case 2 when b.Count > 0: b[Math.Min(at, b.Count - 1)] = (byte)rng.Next(256); break;                   // flip a byte
                case 3: b.RemoveRange(at, Math.Min(rng.Next(1, 40), b.Count - at)); break;                          // cut a stretch
                default: var from = rng.Next(b.Count); b.InsertRange(at, b.GetRange(from, Math.Min(rng.Next(1, 30), b.Count - from))); break; // duplicate one
            }
        }
        return b.ToArray();
    }

    [Fact]
    public void Mutated_corpus_files_load_or_fail_with_a_named_place()
    {
        var root = Path.Combine(TestPaths.Root, "corpus");
        var seeds = new[] { "forms/reader.lisp", "forms/multiple-values.lisp", "io/files.lisp", "forms/format.lisp" }
            .Select(f => Path.Combine(root, f)).Where(File.Exists)
            // A few cases from each file keep every variant small and fast.
            .Select(f => Encoding.UTF8.GetBytes(string.Join("\n", File.ReadAllText(f).Split("\n(defcase").Take(6).Select((s, i) => i == 0 ? s : "(defcase" + s))))
            .ToList();
        Assert.True(seeds.Count >= 3, "the fuzz needs corpus files to mutate");
        var rng = new Random(20260201);
        int loaded = 0, rejected = 0;
        for (var i = 0; i < Variants; i++)
        {
            var bytes = Mutate(seeds[i % seeds.Count], rng);
            try
            {
                var cases = CorpusLoader.LoadBytes(bytes, "corpus/fuzz.lisp");
                Assert.All(cases, c => Assert.False(string.IsNullOrEmpty(c.Source), $"variant {i}: case {c.Id} has no source"));
                loaded++;
            }
            catch (CorpusLoadException e)
            {
                var lines = bytes.Count(x => x == (byte)'\n') + 1;
                Assert.True(e.File == "corpus/fuzz.lisp" && e.Line >= 1 && e.Line <= lines && e.Column >= 1 && e.Problem.Length > 0,
                    $"variant {i}: a rejection must name a place in the file: {e.Message}");
                rejected++;
            }
            catch (Exception e)
            {
                Assert.Fail($"variant {i} ({Convert.ToBase64String(bytes)}): {e.GetType().Name}: {e.Message}");
            }
        }
        // Both branches are exercised, or the fuzz proves nothing.
        Assert.True(loaded > 100 && rejected > 100, $"loaded {loaded}, rejected {rejected}");
    }
}
