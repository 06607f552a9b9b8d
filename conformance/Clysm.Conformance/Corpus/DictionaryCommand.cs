using Clysm.Conformance.CommandLine;
using Clysm.Conformance.Reporting;

namespace Clysm.Conformance.Corpus;

/// <summary>clysm-conformance corpus dictionary: the dictionary coverage table of the corpus.</summary>
public static class DictionaryCommand
{
    public const string Usage = $"""
        usage: clysm-conformance corpus dictionary [--corpus DIR] [--write FILE] [--uncovered] [--unmatched]

        Reads the dictionary files of the standard's chapters (corpus/dictionary/NN-slug.tsv: one
        "name<TAB>Kind" line per dictionary entry) and the corpus, maps every entry to the cases whose
        :features name it, and prints per chapter "entries covered / total".
          --corpus DIR   corpus directory (default: ./corpus, searched upwards); its dictionary/ is read
          --write FILE   also write the Markdown table (entry -> case ids), e.g. docs/corpus-dictionary.md:
                         {DictionaryCoverage.RegenerateCommand}
          --uncovered    list the entries no case names, per chapter
          --unmatched    list the :features that name no entry of any dictionary file (typos, or
                         chapters without a file)
        exit: 0 ok, 2 a malformed dictionary or corpus file (named with its line), 3 no dictionary directory
        """;

    /// <param name="findCorpus">The default corpus directory when --corpus is not given.</param>
    public static int Run(string[] argv, TextWriter stdout, TextWriter stderr, Func<string> findCorpus)
    {
        var a = new Args(argv, ["--corpus", "--write"], ["--uncovered", "--unmatched"]);
        if (a.Help) { stdout.WriteLine(Usage); return 0; }
        if (a.Positionals.Count > 0) throw new UsageException($"unexpected argument {a.Positionals[0]}");
        var corpus = CorpusLoader.Load(a.Value("--corpus") ?? findCorpus());
        IReadOnlyList<ChapterCoverage> coverage;
        try { coverage = DictionaryCoverage.Measure(corpus); }
        catch (DictionaryFormatException e)
        {
            stderr.WriteLine($"clysm-conformance: dictionary error: {e.Message}");
            return (int)Clysm.Runtime.ExitCode.EXIT_FAILURE;
        }
        stdout.Write(DictionaryCoverage.Summary(coverage));
        if (a.Flag("--uncovered"))
            foreach (var c in coverage.Where(c => c.CoveredCount < c.Entries.Count))
                stdout.WriteLine($"\nchapter {c.Chapter.Number} {c.Chapter.Title}, no case: " +
                    string.Join(" ", c.Entries.Where(e => !e.Covered).Select(e => e.Entry.Name).Distinct(StringComparer.Ordinal)));
        if (a.Flag("--unmatched"))
        {
            var unmatched = DictionaryCoverage.Unmatched(coverage, corpus.Cases);
            stdout.WriteLine($"\n{unmatched.Count} feature(s) name no dictionary entry: " + string.Join(" ", unmatched.Select(u => $"{u.Feature}({u.Cases})")));
        }
        if (a.Value("--write") is { } path)
        {
            ReportWriter.WriteAtomically(path, DictionaryCoverage.Markdown(coverage));
            stdout.WriteLine($"wrote {path}");
        }
        return 0;
    }
}
