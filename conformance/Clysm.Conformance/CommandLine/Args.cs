namespace Clysm.Conformance.CommandLine;

/// <summary>A bad command line: printed with the command's usage, exit 2.</summary>
public sealed class UsageException(string message) : Exception(message);

/// <summary>
/// The one option parser of the command-line tool and its commands: "--name value",
/// "--name=value", repeatable options, flags, positionals, and --help/-h.
/// </summary>
public sealed class Args
{
    private readonly Dictionary<string, List<string>> _values = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);
    public List<string> Positionals { get; } = [];
    public bool Help { get; }

    /// <param name="valued">Options that take a value.</param>
    /// <param name="flags">Options without a value.</param>
    public Args(IEnumerable<string> args, IEnumerable<string> valued, IEnumerable<string> flags)
    {
        var valuedSet = valued.ToHashSet(StringComparer.Ordinal);
        var flagSet = flags.ToHashSet(StringComparer.Ordinal);
        using var e = args.GetEnumerator();
        while (e.MoveNext())
        {
            var a = e.Current;
            if (a is "--help" or "-h") { Help = true; continue; }
            if (!a.StartsWith("--", StringComparison.Ordinal) || a == "--") { Positionals.Add(a); continue; }
            var eq = a.IndexOf('=');
            var name = eq > 0 ? a[..eq] : a;
            if (flagSet.Contains(name))
            {
                if (eq > 0) throw new UsageException($"option {name} takes no value");
                _flags.Add(name);
            }
            else if (valuedSet.Contains(name))
            {
                string value;
                if (eq > 0) value = a[(eq + 1)..];
                else if (e.MoveNext()) value = e.Current;
                else throw new UsageException($"option {name} needs a value");
                if (!_values.TryGetValue(name, out var list)) _values[name] = list = [];
                list.Add(value);
            }
            else throw new UsageException($"unknown option {name}");
        }
    }

    public bool Flag(string name) => _flags.Contains(name);

    /// <summary>The last value given for the option, or null.</summary>
    public string? Value(string name) => _values.TryGetValue(name, out var l) ? l[^1] : null;

    /// <summary>Every value given, comma-separated lists split.</summary>
    public IReadOnlyList<string> Values(string name) =>
        _values.TryGetValue(name, out var l) ? l.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList() : [];

    public int Int(string name, int fallback, int min = 1)
    {
        var v = Value(name);
        if (v is null) return fallback;
        if (!int.TryParse(v, out var n) || n < min) throw new UsageException($"option {name} needs a whole number >= {min}, not {v}");
        return n;
    }
}
