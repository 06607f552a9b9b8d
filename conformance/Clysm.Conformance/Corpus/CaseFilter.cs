using System.Text.RegularExpressions;

namespace Clysm.Conformance.Corpus;

/// <summary>Selects cases by id pattern (* and ? wildcards), category and feature, each with an
/// include and an exclude list. Empty include lists select everything.</summary>
public sealed record CaseFilter
{
    public IReadOnlyList<string> IncludeIds { get; init; } = [];
    public IReadOnlyList<string> ExcludeIds { get; init; } = [];
    public IReadOnlyList<string> Categories { get; init; } = [];
    public IReadOnlyList<string> ExcludeCategories { get; init; } = [];
    public IReadOnlyList<string> Features { get; init; } = [];
    public IReadOnlyList<string> ExcludeFeatures { get; init; } = [];

    public bool Matches(CorpusCase c) =>
        (IncludeIds.Count == 0 || IncludeIds.Any(p => Glob(p, c.Id)))
        && !ExcludeIds.Any(p => Glob(p, c.Id))
        && (Categories.Count == 0 || Categories.Contains(c.Category, StringComparer.OrdinalIgnoreCase))
        && !ExcludeCategories.Contains(c.Category, StringComparer.OrdinalIgnoreCase)
        && (Features.Count == 0 || c.Features.Any(f => Features.Contains(f, StringComparer.OrdinalIgnoreCase)))
        && !c.Features.Any(f => ExcludeFeatures.Contains(f, StringComparer.OrdinalIgnoreCase));

    public IReadOnlyList<CorpusCase> Apply(IEnumerable<CorpusCase> cases) => cases.Where(Matches).ToList();

    /// <summary>The filters as written on the command line, for the report.</summary>
    public IReadOnlyList<string> Describe() =>
        IncludeIds.Select(p => "--include " + p)
            .Concat(ExcludeIds.Select(p => "--exclude " + p))
            .Concat(Categories.Select(p => "--category " + p))
            .Concat(ExcludeCategories.Select(p => "--exclude-category " + p))
            .Concat(Features.Select(p => "--feature " + p))
            .Concat(ExcludeFeatures.Select(p => "--exclude-feature " + p)).ToList();

    internal static bool Glob(string pattern, string id) =>
        Regex.IsMatch(id, "^" + Regex.Escape(pattern).Replace("\\*", ".*").Replace("\\?", ".") + "$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
}
