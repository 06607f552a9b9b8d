using Clysm.Conformance.Corpus;
using Clysm.Conformance.Tests.Support;
using Xunit;

namespace Clysm.Conformance.Tests;

public class CorpusLoaderTests
{
    private static CorpusLoadException Fails(string text, string module = "corpus/t.lisp") =>
        Assert.Throws<CorpusLoadException>(() => CorpusLoader.LoadText(text, module));

    [Fact]
    public void Reads_every_field()
    {
        var text = """
            ;;;; a module
            (defcase t.all
              :category streams-files
              :features (with-open-file read-line)
              :stdin "in
            put"
              :files (("a.txt" "x") ("d/b.txt" ""))
              :forms ((with-open-file (s "a.txt") ; a comment
                        (read-line s))
                      (+ 1 2))
              :value "3"
              :stdout "out"
              :stderr "err"
              :files-after (("a.txt" "x") ("gone.txt" nil))
              :note "n")
            """;
        var c = Assert.Single(CorpusLoader.LoadText(text, "corpus/io/t.lisp"));
        Assert.Equal("t.all", c.Id);
        Assert.Equal("streams-files", c.Category);
        Assert.Equal(["with-open-file", "read-line"], c.Features);
        Assert.Equal("in\nput", c.Stdin);
        Assert.Equal([new CaseFile("a.txt", "x"), new CaseFile("d/b.txt", "")], c.Files);
        // The source is the verbatim text of the forms, comment and spacing included.
        Assert.Equal("(with-open-file (s \"a.txt\") ; a comment\n            (read-line s))\n          (+ 1 2)", c.Source);
        Assert.Equal("3", c.Value);
        Assert.Equal("out", c.Stdout);
        Assert.Equal("err", c.Stderr);
        Assert.Equal([new CaseFile("a.txt", "x"), new CaseFile("gone.txt", null)], c.FilesAfter!);
        Assert.Equal("n", c.Note);
        Assert.Equal("corpus/io/t.lisp", c.Module);
        Assert.Equal((2, 1), (c.Line, c.Column));
    }

    [Fact]
    public void Absent_output_means_nothing_but_stderr_is_free_with_signals()
    {
        var cases = CorpusLoader.LoadText("""
            (defcase a :category c :forms ((car 1)) :signals type-error)
            (defcase b :category c :forms (1) :value "1")
            (defcase r :category c :source ")" :signals reader-error :phase read)
            """, "m.lisp");
        Assert.Equal("", cases[0].Stdout);
        Assert.Null(cases[0].Stderr);
        Assert.Equal("type-error", cases[0].Signals);
        Assert.Equal(ExpectedPhase.Run, cases[0].Phase);
        Assert.Equal("", cases[1].Stderr);
        Assert.Equal("1", cases[1].Source);
        Assert.Equal(")", cases[2].Source);
        Assert.Equal(ExpectedPhase.Read, cases[2].Phase);
    }

    [Fact]
    public void Unknown_field_names_file_line_column_and_field()
    {
        var e = Fails("(defcase x\n  :category c\n  :forms (1)\n  :valu \"1\")", "corpus/forms/conses.lisp");
        Assert.Equal("corpus/forms/conses.lisp:4:3: case x: unknown field :valu", e.Message);
    }

    [Theory]
    [InlineData("(defcase x :forms (1) :value \"1\")", "1:1", "missing field :category")]
    [InlineData("(defcase x :category c :value \"1\")", "1:1", "exactly one of :forms and :source")]
    [InlineData("(defcase x :category c :forms (1) :source \"1\" :value \"1\")", "1:1", "exactly one of :forms and :source")]
    [InlineData("(defcase x :category c :forms (1))", "1:1", "at least one expectation")]
    [InlineData("(defcase x :category c\n :forms (1)\n :value 1)", "3:9", ":value must be a string")]
    [InlineData("(defcase x :category \"c\" :forms (1) :value \"1\")", "1:22", ":category must be a symbol")]
    [InlineData("(defcase x :category c :forms (1) :value \"1\" :value \"2\")", "1:46", ":value given twice")]
    [InlineData("(defcase x :category c :forms (1) :value)", "1:35", ":value has no value")]
    [InlineData("(defcase x :category c :forms (1) :signals error :phase later)", "1:50", ":phase must be read, compile or run")]
    [InlineData("(defcase x :category c :forms (1) :value \"1\" :phase read)", "1:46", "signals")]
    [InlineData("(defcase x :category c :forms (1) :files ((\"../up\" \"x\")) :value \"1\")", "1:35", "inside the sandbox")]
    [InlineData("(defcase x :category c :forms (1) :files ((\"/abs\" \"x\")) :value \"1\")", "1:35", "inside the sandbox")]
    [InlineData("(defcase x :category c :forms (1) :files ((\"a\")) :value \"1\")", "1:42", ":files entries must be")]
    [InlineData("(defcase \"x\" :category c :forms (1) :value \"1\")", "1:1", "case id symbol")]
    [InlineData("(defcase x :category c :forms () :value \"1\")", "1:31", "non-empty list")]
    [InlineData("(defcase x category c :forms (1) :value \"1\")", "1:12", "expected a field keyword")]
    [InlineData("(defcase |x y| :category c :forms (1) :value \"1\")", "1:1", "letters, digits")]
    [InlineData("(list 1 2)", "1:1", "expected a (defcase ID ...) form")]
    [InlineData("(defcase x :category c\n  :forms ((car 1)\n  :value \"1\")", "1:1", "")]
    public void Malformed_cases_stop_with_place_and_problem(string text, string place, string problem)
    {
        var e = Fails(text);
        Assert.StartsWith("corpus/t.lisp:", e.Message);
        Assert.Equal(place, $"{e.Line}:{e.Column}");
        Assert.Contains(problem, e.Message);
    }

    [Fact]
    public void Reader_errors_keep_the_readers_position()
    {
        var e = Fails("(defcase x :category c :forms (1) :value \"1\")\n\n   (defcase y :category c :forms (#<) :value \"1\")");
        Assert.Equal(3, e.Line);
        Assert.Equal("corpus/t.lisp", e.File);
    }

    [Fact]
    public void Duplicate_ids_in_one_file_name_both_places()
    {
        var e = Fails("(defcase x :category c :forms (1) :value \"1\")\n(defcase x :category c :forms (2) :value \"2\")");
        Assert.Equal("corpus/t.lisp:2:1: duplicate case id x: first defined at corpus/t.lisp:1:1", e.Message);
    }

    [Fact]
    public void Duplicate_ids_across_files_name_both_places()
    {
        using var dir = TestPaths.Temp();
        var corpus = Directory.CreateDirectory(Path.Combine(dir.Path, "corpus", "forms")).FullName;
        File.WriteAllText(Path.Combine(corpus, "a.lisp"), "(defcase same :category c :forms (1) :value \"1\")");
        File.WriteAllText(Path.Combine(corpus, "b.lisp"), "\n(defcase same :category c :forms (1) :value \"1\")");
        var e = Assert.Throws<CorpusLoadException>(() => CorpusLoader.Load(Path.Combine(dir.Path, "corpus")));
        Assert.Equal("corpus/forms/b.lisp:2:1: duplicate case id same: first defined at corpus/forms/a.lisp:1:1", e.Message);
    }

    [Fact]
    public void Loads_a_directory_in_path_order_with_module_paths()
    {
        using var dir = TestPaths.Temp();
        var root = Path.Combine(dir.Path, "corpus");
        Directory.CreateDirectory(Path.Combine(root, "io"));
        Directory.CreateDirectory(Path.Combine(root, "forms"));
        File.WriteAllText(Path.Combine(root, "io", "z.lisp"), "(defcase z1 :category io :forms (1) :value \"1\")");
        File.WriteAllText(Path.Combine(root, "forms", "a.lisp"), "(defcase a1 :category f :forms (1) :value \"1\") (defcase a2 :category f :forms (2) :value \"2\")");
        File.WriteAllText(Path.Combine(root, "forms", "empty.lisp"), ";; nothing yet\n");
        var set = CorpusLoader.Load(root);
        Assert.Equal(["a1", "a2", "z1"], set.Cases.Select(c => c.Id));
        Assert.Equal(["corpus/forms/a.lisp", "corpus/forms/empty.lisp", "corpus/io/z.lisp"], set.Modules);
        Assert.Equal("corpus/io/z.lisp", set.Cases[2].Module);
    }

    [Fact]
    public void Fingerprint_changes_with_any_expectation_but_not_with_order()
    {
        var cases = CorpusLoader.LoadText("(defcase a :category c :forms (1) :value \"1\") (defcase b :category c :forms (2) :value \"2\")", "m.lisp");
        var fp = CorpusSet.Fingerprint(cases);
        Assert.Matches("^[0-9a-f]{64}$", fp);
        Assert.Equal(fp, CorpusSet.Fingerprint(cases.Reverse()));
        Assert.NotEqual(fp, CorpusSet.Fingerprint([cases[0], cases[1] with { Value = "3" }]));
        Assert.NotEqual(fp, CorpusSet.Fingerprint([cases[0], cases[1] with { Stdout = "x" }]));
        Assert.NotEqual(fp, CorpusSet.Fingerprint([cases[0]]));
    }

    [Fact]
    public void Invalid_utf8_is_an_error_at_its_line_and_column_never_replaced()
    {
        var text = "(defcase a :category c :forms (1) :value \"1\")\n(defcase b :category c :forms (\"é";
        var bytes = System.Text.Encoding.UTF8.GetBytes(text).Concat(new byte[] { 0xC3, 0x28 }).Concat(System.Text.Encoding.UTF8.GetBytes("\") :value \"1\")")).ToArray();
        var e = Assert.Throws<CorpusLoadException>(() => CorpusLoader.LoadBytes(bytes, "corpus/t.lisp"));
        Assert.Equal("corpus/t.lisp:2:34: not UTF-8: invalid byte 0xC3 (corpus files are UTF-8 text)", e.Message);
        // Through a directory load too, and a lone continuation byte on the first line.
        using var dir = TestPaths.Temp();
        var root = Directory.CreateDirectory(Path.Combine(dir.Path, "corpus")).FullName;
        File.WriteAllBytes(Path.Combine(root, "bad.lisp"), [(byte)';', 0x80, (byte)'\n']);
        Assert.Equal("corpus/bad.lisp:1:2: not UTF-8: invalid byte 0x80 (corpus files are UTF-8 text)", Assert.Throws<CorpusLoadException>(() => CorpusLoader.Load(root)).Message);
        Assert.Single(CorpusLoader.LoadBytes(System.Text.Encoding.UTF8.GetBytes("\uFEFF(defcase a :category c :forms (\"é\") :value \"\\\"é\\\"\")"), "m.lisp"));
    }

    [Theory]
    [InlineData("(defcase x :category c :forms ((+ 1 1) . 3) :value \"2\")", "1:31", ":forms must be a proper list of forms, found a dotted list ending in 3")]
    [InlineData("(defcase x :category c :forms (1) :values (\"1\" . \"2\"))", "1:43", "dotted list")]
    [InlineData("(defcase x :category c :forms (1) :values (1))", "1:43", ":values must be a list of strings")]
    [InlineData("(defcase x :category c :forms (1) :values \"1\")", "1:43", ":values must be a list of strings")]
    [InlineData("(defcase x :category c :forms (1) :value \"1\" :values (\"1\"))", "1:46", ":value and :values cannot both be given")]
    [InlineData("(defcase x :category c :source \"1\" :values (\"1\"))", "1:36", ":values needs :forms")]
    [InlineData("(defcase conses:x :category c :forms (1) :value \"1\")", "1:1", "package prefix")]
    public void Dotted_forms_and_bad_values_name_the_field(string text, string place, string problem)
    {
        var e = Fails(text);
        Assert.Equal(place, $"{e.Line}:{e.Column}");
        Assert.Contains(problem, e.Message);
    }

    [Fact]
    public void Values_wrap_the_last_form_so_every_value_comes_back()
    {
        var c = Assert.Single(CorpusLoader.LoadText("""
            (defcase mv.floor :category multiple-values
              :forms ((defvar *x* 7)
                      (floor *x* 2) ; quotient and remainder
                      )
              :values ("3" "1"))
            """, "m.lisp"));
        Assert.Equal(["3", "1"], c.Values!);
        Assert.Null(c.Value);
        Assert.Equal("(3 1)", c.ExpectedPrinted);
        Assert.Equal("(defvar *x* 7)\n          (multiple-value-list (floor *x* 2) ; quotient and remainder\n)", c.Source);
        var none = Assert.Single(CorpusLoader.LoadText("(defcase mv.none :category multiple-values :forms ((values)) :values ())", "m.lisp"));
        Assert.Equal(("(multiple-value-list (values)\n)", "NIL"), (none.Source, none.ExpectedPrinted));
    }

    [Theory]
    [InlineData("strings.string<=", "strings.string<=")]
    [InlineData("integers.1+", "integers.1+")]
    [InlineData("format.~{-iteration", "format.~{-iteration")]
    [InlineData("format.~#[-case", "format.~#[-case")]
    [InlineData("Binding.&OPTIONAL-default", "binding.&optional-default")]
    [InlineData("equality.eq/=?", "equality.eq/=?")]
    public void Ids_take_the_characters_of_standard_operator_names(string written, string id)
    {
        var c = Assert.Single(CorpusLoader.LoadText($"(defcase {written} :category c :forms (1) :value \"1\")", "m.lisp"));
        Assert.Equal(id, c.Id);
    }

    [Fact]
    public void Missing_corpus_directory_is_an_error()
    {
        Assert.Throws<DirectoryNotFoundException>(() => CorpusLoader.Load("/nonexistent/corpus"));
    }

    [Fact]
    public void The_real_corpus_loads_without_problems()
    {
        var set = CorpusLoader.Load(TestPaths.Corpus);
        Assert.NotEmpty(set.Cases);
        Assert.All(set.Cases, c => Assert.False(string.IsNullOrWhiteSpace(c.Source), c.Id));
        Assert.Equal(set.Cases.Count, set.Cases.Select(c => c.Id).Distinct().Count());
    }

    [Fact]
    public void Filters_select_by_id_pattern_category_and_feature()
    {
        var cases = CorpusLoader.LoadText("""
            (defcase conses.car :category conses :features (car) :forms (1) :value "1")
            (defcase conses.cdr :category conses :features (cdr) :forms (1) :value "1")
            (defcase io.echo :category streams :features (read-line car) :forms (1) :value "1")
            """, "m.lisp");
        string Ids(CaseFilter f) => string.Join(",", f.Apply(cases).Select(c => c.Id));
        Assert.Equal("conses.car,conses.cdr,io.echo", Ids(new CaseFilter()));
        Assert.Equal("conses.car,conses.cdr", Ids(new CaseFilter { IncludeIds = ["conses.*"] }));
        Assert.Equal("conses.cdr,io.echo", Ids(new CaseFilter { ExcludeIds = ["*.car"] }));
        Assert.Equal("io.echo", Ids(new CaseFilter { Categories = ["streams"] }));
        Assert.Equal("conses.car,io.echo", Ids(new CaseFilter { Features = ["car"] }));
        Assert.Equal("conses.car", Ids(new CaseFilter { Features = ["car"], ExcludeCategories = ["streams"] }));
        Assert.Equal("conses.cdr", Ids(new CaseFilter { ExcludeFeatures = ["car"] }));
        Assert.Equal("conses.c?r", new CaseFilter { IncludeIds = ["conses.c?r"] }.Describe().Single()["--include ".Length..]);
    }
}
