namespace Clysm.Conformance.Corpus;

/// <summary>A file in a case's sandbox: name relative to the sandbox, contents (null: must not exist).</summary>
internal sealed record CaseFile(string Name, string? Contents);

/// <summary>Where a case's expected condition must happen.</summary>
internal enum ExpectedPhase { Run, Read, Compile }

/// <summary>One defcase of the corpus (docs/corpus.md), with the place it was read from.</summary>
public sealed record CorpusCase
{
    public required string Id { get; init; }
    public required string Category { get; init; }
    public IReadOnlyList<string> Features { get; init; } = [];
    /// <summary>The source text handed to the stage (the verbatim :forms text, or :source).</summary>
    public required string Source { get; init; }
    public string Stdin { get; init; } = "";
    internal IReadOnlyList<CaseFile> Files { get; init; } = [];
    /// <summary>The expected primary value of the last form, as prin1 prints it.</summary>
    public string? Value { get; init; }
    /// <summary>Every expected value of the last form, in order (:values); the stage is then given the
    /// last form wrapped in (multiple-value-list ...), so its printed list is compared.</summary>
    public IReadOnlyList<string>? Values { get; init; }
    /// <summary>Expected stdout; null in the file means "nothing", stored here as "".</summary>
    public string Stdout { get; init; } = "";
    /// <summary>Expected stderr; null when absent and :signals is given (then anything is accepted).</summary>
    public string? Stderr { get; init; } = "";
    internal IReadOnlyList<CaseFile>? FilesAfter { get; init; }
    /// <summary>Expected condition type in lower case (e.g. "division-by-zero").</summary>
    public string? Signals { get; init; }
    internal ExpectedPhase Phase { get; init; } = ExpectedPhase.Run;
    public string? SbclDiffers { get; init; }
    public string? Note { get; init; }

    /// <summary>Corpus module path relative to the corpus root's parent, '/'-separated (e.g. "corpus/forms/conses.lisp").</summary>
    public required string Module { get; init; }
    public int Line { get; init; }
    public int Column { get; init; }

    public string Location => $"{Module}:{Line}:{Column}";

    /// <summary>The printed value the run must return: :value, or :values as the list multiple-value-list makes.</summary>
    public string? ExpectedPrinted => Value ?? (Values is null ? null : Values.Count == 0 ? "NIL" : "(" + string.Join(" ", Values) + ")");

    /// <summary>The case expects a condition while the stage reads or compiles it.</summary>
    public bool ExpectsEarlyError => Signals is not null && Phase != ExpectedPhase.Run;
    public override string ToString() => Id;
}

/// <summary>All cases of a corpus, in file order, and its modules.</summary>
public sealed record CorpusSet(string Root, IReadOnlyList<CorpusCase> Cases, IReadOnlyList<string> Modules)
{
    /// <summary>SHA-256 (hex) over the sorted ids of <paramref name="cases"/> with their sources and
    /// expectations: two reports with the same fingerprint ran the same cases against the same answers.</summary>
    public static string Fingerprint(IEnumerable<CorpusCase> cases)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var c in cases.OrderBy(c => c.Id, StringComparer.Ordinal))
        {
            // Length-prefixed fields, so no two different cases can print the same text.
            void F(string? s) => sb.Append(s is null ? "-1:" : $"{s.Length}:{s}");
            F(c.Id); F(c.Category); F(string.Join(" ", c.Features)); F(c.Source); F(c.Stdin);
            F(string.Join("\0", c.Files.Select(f => f.Name + "=" + f.Contents))); F(c.Value); F(c.Stdout); F(c.Stderr);
            F(c.FilesAfter is null ? null : string.Join("\0", c.FilesAfter.Select(f => f.Name + "=" + (f.Contents ?? "<none>"))));
            F(c.Signals); F(c.Phase.ToString());
            // Only when given, so the fingerprints of cases without :values stay what they were.
            if (c.Values is not null) { sb.Append("values"); F(string.Join("\0", c.Values)); }
        }
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(sb.ToString())));
    }
}

/// <summary>A malformed corpus file: stops the run, naming file, line, column and problem.</summary>
public sealed class CorpusLoadException(string file, int line, int column, string problem)
    : Exception($"{file}:{line}:{column}: {problem}")
{
    public string File { get; } = file;
    public int Line { get; } = line;
    public int Column { get; } = column;
    public string Problem { get; } = problem;
}
