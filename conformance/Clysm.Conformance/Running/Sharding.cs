using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Clysm.Conformance.Corpus;
using Clysm.Conformance.Reporting;

namespace Clysm.Conformance.Running;

/// <summary>Shard K of N (1-based), as run --shard K/N gives it.</summary>
public sealed record ShardSpec(int Index, int Count)
{
    /// <exception cref="ArgumentException">not K/N with 1 ≤ K ≤ N.</exception>
    public static ShardSpec Parse(string text)
    {
        var parts = text.Split('/');
        if (parts.Length == 2 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var k)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 && k >= 1 && k <= n)
            return new ShardSpec(k, n);
        throw new ArgumentException($"--shard takes K/N with 1 <= K <= N (e.g. 2/4), not {text}");
    }

    public override string ToString() => $"{Index}/{Count}";
}

/// <summary>
/// Splits a run's selection into N shards for a CI matrix. Deterministic: the same selection (and
/// the same balancing report) gives every machine the same split, whatever order it loaded the
/// corpus in. Balanced: without durations the cases are dealt round-robin in the order of a stable
/// hash of their id (shard sizes differ by at most one); with a previous report's durations (compile
/// plus run time per case) each case, longest first, goes to the shard with the least time so far,
/// so the shards take about as long as each other. A case the report does not know counts as the
/// median duration of those it does.
/// </summary>
public static class Sharding
{
    /// <returns>The cases of <paramref name="shard"/>, in the selection's order, and how they were spread.</returns>
    public static (IReadOnlyList<CorpusCase> Cases, string Balance) Select(IReadOnlyList<CorpusCase> selection, ShardSpec shard, CompilationReport? balanceFrom = null)
    {
        var assigned = Assign(selection.Select(c => c.Id).ToList(), shard.Count, balanceFrom);
        var mine = selection.Where(c => assigned[c.Id] == shard.Index).ToList();
        var balance = balanceFrom is null ? "id hash" : $"durations of {balanceFrom.RunId ?? balanceFrom.Timestamp}";
        return (mine, balance);
    }

    /// <summary>The shard (1-based) of every id.</summary>
    internal static IReadOnlyDictionary<string, int> Assign(IReadOnlyList<string> ids, int count, CompilationReport? balanceFrom)
    {
        var byHash = ids.Distinct(StringComparer.Ordinal).OrderBy(Hash, StringComparer.Ordinal).ThenBy(id => id, StringComparer.Ordinal).ToList();
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        if (balanceFrom is null)
        {
            for (var i = 0; i < byHash.Count; i++) result[byHash[i]] = i % count + 1;
            return result;
        }

        var known = balanceFrom.Cases.GroupBy(r => r.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Max(r => r.CompileMs + r.RunMs), StringComparer.Ordinal);
        var durations = known.Values.Order().ToList();
        var median = durations.Count == 0 ? 1.0 : durations[durations.Count / 2];
        var load = new double[count];
        // Longest first (ties in hash order, so the split does not depend on the selection's order).
        foreach (var id in byHash.OrderByDescending(id => known.GetValueOrDefault(id, median)))
        {
            var least = 0;
            for (var s = 1; s < count; s++) if (load[s] < load[least]) least = s;
            load[least] += Math.Max(known.GetValueOrDefault(id, median), 0.001);
            result[id] = least + 1;
        }
        return result;
    }

    private static string Hash(string id) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(id)));
}
