using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Clysm.Conformance.Corpus;

/// <summary>One dictionary entry of the standard: its name as the heading spells it, its kind, and
/// the line of the dictionary file it was read from.</summary>
public sealed record DictionaryEntry(string Name, string Kind, int Line);

/// <summary>One chapter's dictionary file (corpus/dictionary/NN-slug.tsv).</summary>
/// <param name="File">Path relative to the corpus root's parent, '/'-separated ("corpus/dictionary/14-conses.tsv").</param>
/// <param name="Categories">The corpus categories the chapter's header names (may be empty).</param>
public sealed record DictionaryChapter(int Number, string Title, IReadOnlyList<string> Categories, string File, IReadOnlyList<DictionaryEntry> Entries);

/// <summary>An entry and the ids of the cases whose :features name it, in corpus order.</summary>
public sealed record EntryCoverage(DictionaryEntry Entry, IReadOnlyList<string> CaseIds)
{
    public bool Covered => CaseIds.Count > 0;
}

public sealed record ChapterCoverage(DictionaryChapter Chapter, IReadOnlyList<EntryCoverage> Entries)
{
    public int CoveredCount => Entries.Count(e => e.Covered);
}

/// <summary>A malformed dictionary file: names the file and line.</summary>
public sealed class DictionaryFormatException(string file, int line, string problem) : Exception($"{file}:{line}: {problem}")
{
    public string File { get; } = file;
    public int Line { get; } = line;
    public string Problem { get; } = problem;
}

/// <summary>
/// The dictionary coverage table (docs/corpus-dictionary.md says the file format): reads one tab-separated
/// file per chapter of the standard and maps each entry to the corpus cases whose :features name
/// it. docs/corpus-dictionary.md is this table rendered by <see cref="Markdown"/>.
/// </summary>
public static partial class DictionaryCoverage
{
    /// <summary>The command that regenerates the checked-in table.</summary>
    public const string RegenerateCommand = "dotnet run --project cli/Clysm.Cli -- corpus dictionary --write docs/corpus-dictionary.md";

    /// <summary>The kinds the standard's dictionary headings use.</summary>
    public static readonly IReadOnlySet<string> Kinds = new HashSet<string>(StringComparer.Ordinal)
    {
        "Function", "Macro", "Special Operator", "Accessor", "Variable", "Constant Variable", "Type", "Class",
        "System Class", "Condition Type", "Declaration", "Local Macro", "Local Function",
        "Standard Generic Function", "Restart", "Symbol", "Type Specifier",
    };

    [GeneratedRegex(@"^(\d{1,2})-[a-z0-9]+(?:-[a-z0-9]+)*\.tsv$")]
    private static partial Regex FileNamePattern();

    [GeneratedRegex(@"^#\s*chapter\s+(\d+)\s*:\s*([^;]*?)\s*(?:;\s*categories\s*:\s*(.*?))?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex HeaderPattern();

    /// <summary>The directory of dictionary files of a corpus root.</summary>
    public static string DirectoryOf(string corpusRoot) => Path.Combine(corpusRoot, "dictionary");

    /// <summary>Every NN-slug.tsv file of <paramref name="dictionaryDir"/>, in chapter order.
    /// <paramref name="displayParent"/> is the directory paths are shown relative to.</summary>
    /// <exception cref="DirectoryNotFoundException">the directory does not exist.</exception>
    /// <exception cref="DictionaryFormatException">a file is malformed, misnamed, or two files share a chapter.</exception>
    internal static IReadOnlyList<DictionaryChapter> LoadDictionary(string dictionaryDir, string displayParent)
    {
        if (!Directory.Exists(dictionaryDir))
            throw new DirectoryNotFoundException($"dictionary directory not found: {dictionaryDir}");
        var chapters = new List<DictionaryChapter>();
        foreach (var path in Directory.EnumerateFiles(dictionaryDir).Order(StringComparer.Ordinal))
        {
            var shown = Path.GetRelativePath(displayParent, path).Replace(Path.DirectorySeparatorChar, '/');
            var name = Path.GetFileName(path);
            if (name.StartsWith('.')) continue;   // editor and OS litter
            var m = FileNamePattern().Match(name);
            if (!m.Success)
                throw new DictionaryFormatException(shown, 1, "a dictionary file is named NN-slug.tsv (chapter number, lower-case slug), e.g. 14-conses.tsv");
            var chapter = Parse(File.ReadAllText(path, Encoding.UTF8), shown, int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));
            if (chapters.FirstOrDefault(c => c.Number == chapter.Number) is { } other)
                throw new DictionaryFormatException(shown, 1, $"chapter {chapter.Number} already has a dictionary file: {other.File}");
            chapters.Add(chapter);
        }
        if (chapters.Count == 0)
            throw new DictionaryFormatException(Path.GetRelativePath(displayParent, dictionaryDir).Replace(Path.DirectorySeparatorChar, '/'), 0, "no NN-slug.tsv dictionary files");
        return chapters.OrderBy(c => c.Number).ToList();
    }

    /// <summary>One dictionary file's text. Lines: "name\tKind", blank, or "#" comments; the
    /// first "# chapter N: Title; categories: a, b" comment gives the title and categories.</summary>
    internal static DictionaryChapter Parse(string text, string file, int number)
    {
        var entries = new List<DictionaryEntry>();
        var seen = new Dictionary<(string, string), int>();
        string? title = null;
        IReadOnlyList<string> categories = [];
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var lineNo = i + 1;
            var line = lines[i].TrimEnd('\r');
            DictionaryFormatException Error(string problem) => new(file, lineNo, problem);
            if (line.Trim().Length == 0) continue;
            if (line.StartsWith('#'))
            {
                var h = HeaderPattern().Match(line);
                if (!h.Success) continue;
                if (title is not null) throw Error("a second \"# chapter\" header");
                if (int.Parse(h.Groups[1].Value, CultureInfo.InvariantCulture) != number)
                    throw Error($"the header says chapter {h.Groups[1].Value} but the file name says chapter {number}");
                title = h.Groups[2].Value.Length > 0 ? h.Groups[2].Value : throw Error("the chapter header has no title");
                categories = h.Groups[3].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                continue;
            }
            var cols = line.Split('\t');
            if (cols.Length != 2)
                throw Error($"expected two tab-separated columns (name, kind), found {cols.Length}");
            var (name, kind) = (cols[0], cols[1]);
            if (name.Length == 0 || name.Any(char.IsWhiteSpace))
                throw Error($"the entry name \"{name}\" is empty or holds white space (a heading naming several operators becomes one line per name)");
            if (name != name.ToLowerInvariant())
                throw Error($"the entry name {name} must be lower case, as :features are");
            if (!Kinds.Contains(kind))
                throw Error($"unknown kind \"{kind}\"; one of: {string.Join(", ", Kinds)}");
            if (!seen.TryAdd((name, kind), lineNo))
                throw Error($"{name} ({kind}) is already listed on line {seen[(name, kind)]}");
            entries.Add(new DictionaryEntry(name, kind, lineNo));
        }
        if (entries.Count == 0) throw new DictionaryFormatException(file, 1, "no entries");
        return new DictionaryChapter(number, title ?? Path.GetFileNameWithoutExtension(file), categories, file, entries);
    }

    /// <summary>Maps every entry to the cases (of any category) whose :features name it.</summary>
    internal static IReadOnlyList<ChapterCoverage> Measure(IReadOnlyList<DictionaryChapter> chapters, IEnumerable<CorpusCase> cases)
    {
        var byFeature = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var c in cases)
            foreach (var f in c.Features.Distinct(StringComparer.Ordinal))
            {
                if (!byFeature.TryGetValue(f, out var ids)) byFeature[f] = ids = [];
                ids.Add(c.Id);
            }
        return chapters.Select(ch => new ChapterCoverage(ch, ch.Entries
            .Select(e => new EntryCoverage(e, byFeature.TryGetValue(e.Name, out var ids) ? ids : []))
            .ToList())).ToList();
    }

    /// <summary>The dictionary of <paramref name="corpus"/>'s root, measured against its cases.</summary>
    public static IReadOnlyList<ChapterCoverage> Measure(CorpusSet corpus) =>
        Measure(LoadDictionary(DirectoryOf(corpus.Root), Path.GetDirectoryName(corpus.Root) ?? corpus.Root), corpus.Cases);

    /// <summary>Features used by the cases that name no entry of any loaded chapter (typos, or
    /// entries of chapters without a dictionary file yet), with how many cases use each.</summary>
    public static IReadOnlyList<(string Feature, int Cases)> Unmatched(IReadOnlyList<ChapterCoverage> coverage, IEnumerable<CorpusCase> cases)
    {
        var names = coverage.SelectMany(c => c.Entries).Select(e => e.Entry.Name).ToHashSet(StringComparer.Ordinal);
        return cases.SelectMany(c => c.Features.Distinct(StringComparer.Ordinal)).Where(f => !names.Contains(f))
            .GroupBy(f => f, StringComparer.Ordinal).Select(g => (g.Key, g.Count()))
            .OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
    }

    /// <summary>"entries covered / total" per chapter and overall, for the terminal.</summary>
    public static string Summary(IReadOnlyList<ChapterCoverage> coverage)
    {
        var ci = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine(string.Format(ci, "{0,-36} {1,7} {2,7} {3,8}", "chapter", "covered", "entries", "%"));
        foreach (var c in coverage)
            sb.AppendLine(string.Format(ci, "{0,-36} {1,7} {2,7} {3,7:0.0}%", $"{c.Chapter.Number,2} {c.Chapter.Title}", c.CoveredCount, c.Entries.Count, Percent(c.CoveredCount, c.Entries.Count)));
        var (covered, total) = (coverage.Sum(c => c.CoveredCount), coverage.Sum(c => c.Entries.Count));
        sb.AppendLine(string.Format(ci, "{0,-36} {1,7} {2,7} {3,7:0.0}%", "all", covered, total, Percent(covered, total)));
        return sb.ToString();
    }

    /// <summary>docs/corpus-dictionary.md: a summary table, then per chapter every entry with its
    /// case ids ("no case" when none). Deterministic, so the checked-in copy can be compared.</summary>
    public static string Markdown(IReadOnlyList<ChapterCoverage> coverage)
    {
        var ci = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.Append("# Dictionary coverage\n\n");
        sb.Append("Each entry of the dictionary of the chapters of the Common Lisp standard in `corpus/dictionary/`, with the\n");
        sb.Append("corpus cases whose `:features` name it. An entry is matched by name alone, so a name with two entries\n");
        sb.Append("(`list` the system class and `list` the function) lists the same cases twice.\n\n");
        sb.Append("The dictionary files: one per chapter, `NN-slug.tsv` (`14-conses.tsv`), UTF-8, one `name<TAB>Kind` line\n");
        sb.Append("per entry in the standard's order (a heading naming several operators gives one line per name; names in\n");
        sb.Append("lower case; kinds as the headings spell them: Function, Macro, Accessor, System Class, ...), `#` comments,\n");
        sb.Append("and a first comment `# chapter 14: Conses; categories: conses` giving the title and the corpus categories.\n\n");
        sb.Append("Generated; do not edit. After changing the corpus or a dictionary file, regenerate it with\n");
        sb.Append($"`{RegenerateCommand}`\n");
        sb.Append("(a test in tests/Clysm.Conformance.Tests fails while this file is out of date).\n\n");
        sb.Append("| chapter | covered | entries | % |\n|---|---:|---:|---:|\n");
        foreach (var c in coverage)
            sb.Append(string.Format(ci, "| [{0} {1}](#{2}) | {3} | {4} | {5:0.0}% |\n", c.Chapter.Number, Cell(c.Chapter.Title), Anchor(Heading(c.Chapter)), c.CoveredCount, c.Entries.Count, Percent(c.CoveredCount, c.Entries.Count)));
        var (covered, total) = (coverage.Sum(c => c.CoveredCount), coverage.Sum(c => c.Entries.Count));
        sb.Append(string.Format(ci, "| all | {0} | {1} | {2:0.0}% |\n", covered, total, Percent(covered, total)));
        foreach (var c in coverage)
        {
            sb.Append($"\n## {Heading(c.Chapter)}\n\n");
            var cats = c.Chapter.Categories.Count == 0 ? "" : "; categories: " + string.Join(", ", c.Chapter.Categories.Select(x => $"`{x}`"));
            sb.Append(string.Format(ci, "`{0}`{1}. {2} of {3} entries have a case.\n\n", c.Chapter.File, cats, c.CoveredCount, c.Entries.Count));
            sb.Append("| entry | kind | cases |\n|---|---|---|\n");
            foreach (var e in c.Entries)
            {
                var ids = e.Covered ? string.Join(", ", e.CaseIds.Select(id => $"`{Cell(id)}`")) : "**no case**";
                sb.Append($"| `{Cell(e.Entry.Name)}` | {e.Entry.Kind} | {ids} |\n");
            }
        }
        return sb.ToString();
    }

    private static string Heading(DictionaryChapter c) => $"Chapter {c.Number}: {c.Title}";

    // GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens.
    private static string Anchor(string heading) =>
        new string(heading.ToLowerInvariant().Where(ch => char.IsLetterOrDigit(ch) || ch is ' ' or '-' or '_').ToArray()).Replace(' ', '-');

    // A '|' would end a table cell, even inside backquotes.
    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);

    private static double Percent(int part, int whole) => whole == 0 ? 0 : 100.0 * part / whole;
}
