namespace Clysm.Conformance.Gate;

/// <summary>A bad command line for a gate or export command (exit 2 with the usage).</summary>
public sealed class CommandUsageException(string message) : Exception(message);

/// <summary>"--name value", "--name=value", flags and positionals: the little the gate commands need
/// (the CLI's own parser lives in the CLI project, which this one cannot reference).</summary>
internal sealed class CommandArgs
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);
    public List<string> Positionals { get; } = [];
    public bool Help { get; }

    public CommandArgs(IReadOnlyList<string> args, IReadOnlyCollection<string> valued, IReadOnlyCollection<string> flags)
    {
        for (var i = 0; i < args.Count; i++)
        {
            var a = args[i];
            if (a is "--help" or "-h") { Help = true; continue; }
            if (!a.StartsWith("--", StringComparison.Ordinal) || a == "--") { Positionals.Add(a); continue; }
            var eq = a.IndexOf('=');
            var name = eq > 0 ? a[..eq] : a;
            if (flags.Contains(name))
            {
                if (eq > 0) throw new CommandUsageException($"option {name} takes no value");
                _flags.Add(name);
            }
            else if (valued.Contains(name))
            {
                if (eq > 0) _values[name] = a[(eq + 1)..];
                else if (i + 1 < args.Count) _values[name] = args[++i];
                else throw new CommandUsageException($"option {name} needs a value");
            }
            else throw new CommandUsageException($"unknown option {name}");
        }
    }

    public bool Flag(string name) => _flags.Contains(name);
    public string? Value(string name) => _values.GetValueOrDefault(name);

    public int Int(string name, int fallback)
    {
        var v = Value(name);
        if (v is null) return fallback;
        return int.TryParse(v, out var n) && n >= 0 ? n : throw new CommandUsageException($"option {name} needs a whole number >= 0, not {v}");
    }
}
