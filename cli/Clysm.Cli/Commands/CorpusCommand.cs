using System.CommandLine;
using Clysm.Conformance.Corpus;
using Clysm.Conformance.Reporting;

namespace Clysm.Cli.Commands;

/// <summary>corpus stats | check | dictionary.</summary>
internal static class CorpusCommand
{
    public static Command Create(Terminal t)
    {
        var command = new DocumentedCommand("corpus", "corpus stats | corpus check | corpus dictionary", "corpus stats|check|dictionary [--corpus DIR]", """
              stats       case counts by category and by module
              check       load every file and check every case (exit 2 naming file:line:column on a problem)
              dictionary  dictionary entries of the standard covered by the cases ('corpus dictionary --help')
            """);
        command.Subcommands.Add(Stats(t));
        command.Subcommands.Add(Check(t));
        command.Subcommands.Add(Dictionary(t));
        return command;
    }

    private static Command Stats(Terminal t)
    {
        var corpusDir = Options.Corpus();
        var command = new DocumentedCommand("stats", "case counts by category and by module", "corpus stats [--corpus DIR]") { corpusDir };
        command.SetAction(p =>
        {
            var corpus = CorpusLoader.Load(CorpusLocation.Find(p.GetValue(corpusDir)));
            var o = t.Out;
            o.WriteLine($"{"category",-28} {"cases",6}");
            foreach (var g in corpus.Cases.GroupBy(c => c.Category).OrderBy(g => g.Key, StringComparer.Ordinal))
                o.WriteLine($"{g.Key,-28} {g.Count(),6}");
            o.WriteLine();
            o.WriteLine($"{"module",-40} {"cases",6}");
            foreach (var m in corpus.Modules)
                o.WriteLine($"{m,-40} {corpus.Cases.Count(c => c.Module == m),6}");
            o.WriteLine();
            // corpus/forms holds the Lisp form cases, corpus/io the I/O scenarios.
            foreach (var kind in corpus.Cases.GroupBy(c => c.Module.Split('/').Skip(1).FirstOrDefault() ?? "").OrderBy(g => g.Key, StringComparer.Ordinal))
                o.WriteLine($"{"corpus/" + kind.Key,-14} {kind.Count(),5} cases in {kind.Select(c => c.Category).Distinct().Count()} categories");
            o.WriteLine($"total: {corpus.Cases.Count} cases, {corpus.Cases.Select(c => c.Category).Distinct().Count()} categories, {corpus.Modules.Count} modules");
            return 0;
        });
        return command;
    }

    private static Command Check(Terminal t)
    {
        var corpusDir = Options.Corpus();
        var command = new DocumentedCommand("check", "load every file and check every case", "corpus check [--corpus DIR]",
            "exit 0 when every case loads, 2 naming file:line:column at the first problem") { corpusDir };
        command.SetAction(p =>
        {
            var corpus = CorpusLoader.Load(CorpusLocation.Find(p.GetValue(corpusDir)));
            t.Out.WriteLine($"corpus ok: {corpus.Cases.Count} cases in {corpus.Modules.Count} modules");
            return 0;
        });
        return command;
    }

    private static Command Dictionary(Terminal t)
    {
        var corpusDir = Options.Text("--corpus", "corpus directory (default as for run); its dictionary/ is read", "DIR");
        var write = Options.Text("--write", $"also write the Markdown table (entry -> case ids), e.g. docs/corpus-dictionary.md: {DictionaryCoverage.RegenerateCommand}", "FILE");
        var uncovered = Options.Flag("--uncovered", "list the entries no case names, per chapter");
        var unmatched = Options.Flag("--unmatched", "list the :features that name no entry of any dictionary file (typos, or chapters without a file)");
        var command = new DocumentedCommand("dictionary", "dictionary entries of the standard covered by the cases",
            "corpus dictionary [--corpus DIR] [--write FILE] [--uncovered] [--unmatched]", """
            Reads the dictionary files of the standard's chapters (corpus/dictionary/NN-slug.tsv: one
            "name<TAB>Kind" line per dictionary entry) and the corpus, maps every entry to the cases whose
            :features name it, and prints per chapter "entries covered / total".
            exit: 0 ok, 2 a malformed dictionary or corpus file (named with its line), 3 no dictionary directory
            """)
        { corpusDir, write, uncovered, unmatched };
        command.SetAction(p =>
        {
            var corpus = CorpusLoader.Load(CorpusLocation.Find(p.GetValue(corpusDir)));
            var coverage = DictionaryCoverage.Measure(corpus);
            t.Out.Write(DictionaryCoverage.Summary(coverage));
            if (p.GetValue(uncovered))
                foreach (var c in coverage.Where(c => c.CoveredCount < c.Entries.Count))
                    t.Out.WriteLine($"\nchapter {c.Chapter.Number} {c.Chapter.Title}, no case: " +
                        string.Join(" ", c.Entries.Where(e => !e.Covered).Select(e => e.Entry.Name).Distinct(StringComparer.Ordinal)));
            if (p.GetValue(unmatched))
            {
                var list = DictionaryCoverage.Unmatched(coverage, corpus.Cases);
                t.Out.WriteLine($"\n{list.Count} feature(s) name no dictionary entry: " + string.Join(" ", list.Select(u => $"{u.Feature}({u.Cases})")));
            }
            if (p.GetValue(write) is { } path)
            {
                ReportWriter.WriteAtomically(path, DictionaryCoverage.Markdown(coverage));
                t.Out.WriteLine($"wrote {path}");
            }
            return 0;
        });
        return command;
    }
}
