using Clysm.Conformance.Corpus;
using Clysm.Conformance.Tests.Support;
using Xunit;

namespace Clysm.Conformance.Tests.Corpus;

/// <summary>The dictionary coverage table: its files, its mapping, its command, and the checked-in
/// docs/corpus-dictionary.md being what the corpus generates.</summary>
public sealed class DictionaryCoverageTests : IDisposable
{
    private readonly TempDir _dir = TestPaths.Temp();
    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Checked_in_table_is_what_the_corpus_generates()
    {
        var expected = DictionaryCoverage.Markdown(DictionaryCoverage.Measure(CorpusLoader.Load(TestPaths.Corpus)));
        var path = Path.Combine(TestPaths.Root, "docs", "corpus-dictionary.md");
        var actual = File.Exists(path) ? File.ReadAllText(path).Replace("\r\n", "\n") : null;
        Assert.True(expected == actual,
            $"docs/corpus-dictionary.md is out of date with the corpus ({FirstDifference(expected, actual)}); regenerate it with\n  {DictionaryCoverage.RegenerateCommand}");
    }

    private static string FirstDifference(string expected, string? actual)
    {
        if (actual is null) return "the file is missing";
        var (want, have) = (expected.Split('\n'), actual.Split('\n'));
        for (var i = 0; i < Math.Max(want.Length, have.Length); i++)
            if (i >= want.Length || i >= have.Length || want[i] != have[i])
                return $"first difference at line {i + 1}: generated \"{Clip(want, i)}\", checked in \"{Clip(have, i)}\"";
        return "no difference";
        static string Clip(string[] lines, int i) => i >= lines.Length ? "(end)" : lines[i].Length > 160 ? lines[i][..160] + "…" : lines[i];
    }

    [Fact]
    public void Maps_each_entry_to_the_cases_whose_features_name_it()
    {
        var corpus = Corpus("""
            (defcase c.one :category conses :features (car cons) :forms ((car (cons 1 2))) :value "1")
            (defcase c.two :category conses :features (cons) :forms ((cons 1 2)) :value "(1 . 2)")
            (defcase s.other :category sequences :features (car length) :forms ((length (list (car '(1))))) :value "1")
            """, ("14-conses.tsv", "# chapter 14: Conses; categories: conses\ncons\tSystem Class\ncons\tFunction\ncar\tAccessor\nrplaca\tFunction\n"));
        var coverage = Assert.Single(DictionaryCoverage.Measure(CorpusLoader.Load(corpus)));
        Assert.Equal((14, "Conses", "corpus/dictionary/14-conses.tsv"), (coverage.Chapter.Number, coverage.Chapter.Title, coverage.Chapter.File));
        Assert.Equal(["conses"], coverage.Chapter.Categories);
        Assert.Equal(["cons/System Class: c.one c.two", "cons/Function: c.one c.two", "car/Accessor: c.one s.other", "rplaca/Function: "],
            coverage.Entries.Select(e => $"{e.Entry.Name}/{e.Entry.Kind}: {string.Join(" ", e.CaseIds)}"));
        Assert.Equal(3, coverage.CoveredCount);

        var md = DictionaryCoverage.Markdown([coverage]);
        Assert.Contains("| [14 Conses](#chapter-14-conses) | 3 | 4 | 75.0% |", md);
        Assert.Contains("\n## Chapter 14: Conses\n", md);
        Assert.Contains("| `car` | Accessor | `c.one`, `s.other` |", md);
        Assert.Contains("| `rplaca` | Function | **no case** |", md);
        Assert.Contains(DictionaryCoverage.RegenerateCommand, md);
        Assert.Equal(["length"], DictionaryCoverage.Unmatched([coverage], CorpusLoader.Load(corpus).Cases).Select(u => u.Feature));
    }

    [Theory]
    [InlineData("car\n", 1, "expected two tab-separated columns")]
    [InlineData("car\tAccessor\tx\n", 1, "expected two tab-separated columns")]
    [InlineData("# chapter 14: Conses\ncar\tAccessor\n\ncdr\tAcessor\n", 4, "unknown kind \"Acessor\"")]
    [InlineData("CAR\tAccessor\n", 1, "must be lower case")]
    [InlineData("car, cdr\tAccessor\n", 1, "one line per name")]
    [InlineData("\tFunction\n", 1, "is empty")]
    [InlineData("car\tAccessor\ncdr\tAccessor\ncar\tAccessor\n", 3, "car (Accessor) is already listed on line 1")]
    [InlineData("# chapter 15: Arrays\ncar\tAccessor\n", 1, "the header says chapter 15 but the file name says chapter 14")]
    [InlineData("# comment only\n", 1, "no entries")]
    public void A_malformed_line_is_an_error_naming_file_and_line(string text, int line, string problem)
    {
        var e = Assert.Throws<DictionaryFormatException>(() => DictionaryCoverage.Parse(text, "corpus/dictionary/14-conses.tsv", 14));
        Assert.Equal(line, e.Line);
        Assert.StartsWith($"corpus/dictionary/14-conses.tsv:{line}: ", e.Message);
        Assert.Contains(problem, e.Message);
    }

    [Fact]
    public void Crlf_lines_and_comments_are_accepted()
    {
        var ch = DictionaryCoverage.Parse("# chapter 14: Conses; categories: conses, sequences\r\n# a note\r\ncar\tAccessor\r\n\r\n", "f.tsv", 14);
        Assert.Equal(("Conses", 3), (ch.Title, ch.Entries.Single().Line));
        Assert.Equal(["conses", "sequences"], ch.Categories);
    }

    [Fact]
    public void Misnamed_and_duplicate_chapter_files_are_errors()
    {
        var corpus = Corpus("", ("conses.tsv", "car\tAccessor\n"));
        var e = Assert.Throws<DictionaryFormatException>(() => DictionaryCoverage.Measure(CorpusLoader.Load(corpus)));
        Assert.StartsWith("corpus/dictionary/conses.tsv:1: a dictionary file is named NN-slug.tsv", e.Message);

        File.Delete(Path.Combine(corpus, "dictionary", "conses.tsv"));
        File.WriteAllText(Path.Combine(corpus, "dictionary", "14-conses.tsv"), "car\tAccessor\n");
        File.WriteAllText(Path.Combine(corpus, "dictionary", "14-lists.tsv"), "cdr\tAccessor\n");
        e = Assert.Throws<DictionaryFormatException>(() => DictionaryCoverage.Measure(CorpusLoader.Load(corpus)));
        Assert.Equal("corpus/dictionary/14-lists.tsv:1: chapter 14 already has a dictionary file: corpus/dictionary/14-conses.tsv", e.Message);
    }

    [Fact]
    public void Command_prints_coverage_per_chapter_and_writes_the_table()
    {
        var corpus = Corpus("(defcase c.one :category conses :features (car) :forms ((car '(1))) :value \"1\")",
            ("14-conses.tsv", "# chapter 14: Conses\ncar\tAccessor\ncdr\tAccessor\n"),
            ("08-structures.tsv", "# chapter 8: Structures\ndefstruct\tMacro\n"));
        var table = _dir.File("out/dict.md");
        var (code, output, err) = Cli("corpus", "dictionary", "--corpus", corpus, "--write", table, "--uncovered");
        Assert.True(code == 0, err);
        Assert.Matches(@" 8 Structures\s+0\s+1\s+0\.0%", output);
        Assert.Matches(@"14 Conses\s+1\s+2\s+50\.0%", output);
        Assert.Matches(@"all\s+1\s+3\s+33\.3%", output);
        Assert.Contains("chapter 14 Conses, no case: cdr", output);
        Assert.Equal(DictionaryCoverage.Markdown(DictionaryCoverage.Measure(CorpusLoader.Load(corpus))), File.ReadAllText(table));
        // Chapters come in number order, not file-name order.
        Assert.True(output.IndexOf("Structures", StringComparison.Ordinal) < output.IndexOf("Conses", StringComparison.Ordinal));

        (code, output, _) = Cli("corpus", "dictionary", "--help");
        Assert.Equal(0, code);
        Assert.Contains("usage: clysm-conformance corpus dictionary", output);
    }

    [Fact]
    public void Command_fails_clearly_on_a_malformed_or_missing_dictionary()
    {
        var corpus = Corpus("", ("14-conses.tsv", "car\tAccessor\ncdr Accessor\n"));
        var (code, _, err) = Cli("corpus", "dictionary", "--corpus", corpus);
        Assert.Equal(2, code);
        Assert.Contains("corpus/dictionary/14-conses.tsv:2: expected two tab-separated columns", err);

        Directory.Delete(Path.Combine(corpus, "dictionary"), true);
        (code, _, err) = Cli("corpus", "dictionary", "--corpus", corpus);
        Assert.Equal(3, code);
        Assert.Contains("dictionary directory not found", err);
    }

    private static (int Code, string Out, string Err) Cli(params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        var code = Clysm.Cli.Cli.Execute(args, o, e);
        return (code, o.ToString(), e.ToString());
    }

    /// <summary>A corpus directory with one forms file and the given dictionary files.</summary>
    private string Corpus(string forms, params (string Name, string Text)[] dictionary)
    {
        var root = Path.Combine(_dir.Path, "corpus");
        Directory.CreateDirectory(Path.Combine(root, "forms"));
        File.WriteAllText(Path.Combine(root, "forms", "t.lisp"), forms);
        Directory.CreateDirectory(Path.Combine(root, "dictionary"));
        foreach (var (name, text) in dictionary) File.WriteAllText(Path.Combine(root, "dictionary", name), text);
        return root;
    }
}
