using System.Text;
using Clysm.Runtime.Contract;
using Clysm.Runtime.Host;
using Clysm.Runtime.Wasm;

namespace Clysm.Runtime.Engine;

/// <summary>A host function: it acts on the invocation's <see cref="HostSession"/> and fails with a
/// <see cref="HostErrorException"/>, which the module sees as a trap.</summary>
internal delegate HostValue HostFunction(HostSession session, HostArgs args);

internal enum HostValueKind { None, Int, F64, Bytes }

/// <summary>A value given to or returned by a host function: an int (descriptor, code point, keyword
/// code), an f64, or a string as UTF-8 bytes (null bytes: a null reference).</summary>
internal readonly struct HostValue
{
    private HostValue(HostValueKind kind, long bits, byte[]? bytes) { Kind = kind; _bits = bits; Bytes = bytes; }

    private readonly long _bits;

    public static readonly HostValue None = default;

    public HostValueKind Kind { get; }
    public int Int => (int)_bits;
    public double F64 => BitConverter.Int64BitsToDouble(_bits);
    /// <summary>UTF-8 bytes of a string; null for a null reference.</summary>
    public byte[]? Bytes { get; }

    public static HostValue FromInt(int v) => new(HostValueKind.Int, v, null);
    public static HostValue FromF64(double v) => new(HostValueKind.F64, BitConverter.DoubleToInt64Bits(v), null);
    public static HostValue FromBytes(byte[]? utf8) => new(HostValueKind.Bytes, 0, utf8);
    public static HostValue FromText(string? s) => FromBytes(s is null ? null : Encoding.UTF8.GetBytes(s));
}

/// <summary>The arguments of one host call, with the conversions every host function needs.</summary>
internal readonly ref struct HostArgs(ReadOnlySpan<HostValue> values, string operation)
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);
    private readonly ReadOnlySpan<HostValue> _values = values;

    /// <summary>"clysm:io write-char": names the call in errors.</summary>
    public string Operation { get; } = operation;
    public int Count => _values.Length;

    public int Int(int i) => _values[i].Int;
    public double F64(int i) => _values[i].F64;

    /// <summary>The argument as a string (strict UTF-8), or null for a null reference.</summary>
    public string? String(int i)
    {
        if (_values[i].Bytes is not { } bytes) return null;
        try { return StrictUtf8.GetString(bytes); }
        catch (DecoderFallbackException) { throw new HostErrorException(new HostError(Operation, null, null, $"argument {i + 1} is not valid UTF-8")); }
    }

    /// <summary>A keyword given as its code or as its name (docs/stage-abi.md §2).</summary>
    public int Keyword(int i, string kind) =>
        _values[i].Kind == HostValueKind.Int ? _values[i].Int : HostSession.KeywordCode(Operation, kind, String(i));
}

/// <summary>What an engine may do with calls of a host function besides calling it at once.</summary>
internal enum HostCallTraits
{
    None,
    /// <summary>(descriptor, character or string) → nothing. Once the host has confirmed the descriptor
    /// writable, an engine may queue such calls (up to <see cref="HostFunctions.DeferBudget"/> bytes)
    /// and deliver them in order before the next call that answers: the host never refuses them.</summary>
    DeferrableWrite,
    /// <summary>Ends every confirmation of writable descriptors (close).</summary>
    EndsDeferral,
}

/// <summary>One registered host function.</summary>
internal sealed record HostFunctionEntry(string Module, string Name, HostFunction Function, HostCallTraits Traits = HostCallTraits.None)
{
    public string Operation { get; } = Module + " " + Name;
}

/// <summary>
/// The table of host functions, registered by the caller: which C# function serves each import
/// (module, name). <see cref="Default"/> serves every import of schemas/host-contract.json over
/// <see cref="HostSession"/> and <see cref="HostMath"/>. Engines never switch on import names:
/// they call the entry a module's <see cref="BoundImport"/> names.
/// </summary>
internal sealed class HostFunctions
{
    private readonly Dictionary<(string, string), HostFunctionEntry> _entries = new();

    public static HostFunctions Default { get; } = CreateDefault();

    public IEnumerable<HostFunctionEntry> Entries => _entries.Values;

    /// <summary>Registers (or replaces) the function serving module/name.</summary>
    public HostFunctions Add(string module, string name, HostFunction function, HostCallTraits traits = HostCallTraits.None)
    {
        _entries[(module, name)] = new HostFunctionEntry(module, name, function, traits);
        return this;
    }

    public HostFunctionEntry? Find(string module, string name) => _entries.GetValueOrDefault((module, name));

    /// <summary>Bytes an engine may queue on a confirmed descriptor before it must ask again: what
    /// is left below the output cap on stdout and stderr, 1 MiB at a time on files.</summary>
    public static int DeferBudget(HostSession s, int fd) => fd switch
    {
        1 => (int)Math.Max(0, s.Stdout.LimitBytes - s.Stdout.Bytes),
        2 => (int)Math.Max(0, s.Stderr.LimitBytes - s.Stderr.Bytes),
        _ => 1 << 20,
    };

    private static HostFunctions CreateDefault()
    {
        var t = new HostFunctions()
            .Add("clysm:io", "write-char", (s, a) => { s.WriteChar(a.Int(0), a.Int(1)); return Written(s); }, HostCallTraits.DeferrableWrite)
            .Add("clysm:io", "write-string", (s, a) => { s.WriteString(a.Int(0), a.String(1)); return Written(s); }, HostCallTraits.DeferrableWrite)
            .Add("clysm:io", "read-char", (s, a) => HostValue.FromInt(s.ReadChar(a.Int(0))))
            .Add("clysm:io", "read-line", (s, a) => HostValue.FromText(s.ReadLine(a.Int(0))))
            .Add("clysm:fs", "open", (s, a) => HostValue.FromInt(s.Open(a.String(0), a.Keyword(1, "direction"), a.Keyword(2, "if-exists"), a.Keyword(3, "if-does-not-exist"))))
            .Add("clysm:fs", "close", (s, a) => { s.Close(a.Int(0)); return HostValue.None; }, HostCallTraits.EndsDeferral)
            .Add("clysm:fs", "read-all", (s, a) => HostValue.FromText(s.ReadAll(a.Int(0))))
            .Add("clysm:fs", "write-all", (s, a) => { s.WriteAll(a.Int(0), a.String(1)); return Written(s); })
            .Add("clysm:runtime", "unhandled-condition", (s, a) => throw s.UnhandledCondition(a.String(0), a.String(1)));
        foreach (var (name, f) in HostMath.Unary)
            t.Add(HostMath.Module, name, (_, a) => HostValue.FromF64(f(a.F64(0))));
        foreach (var (name, f) in HostMath.Binary)
            t.Add(HostMath.Module, name, (_, a) => HostValue.FromF64(f(a.F64(0), a.F64(1))));
        return t;
    }

    // A write past the output cap ends the run: the module must not go on writing into nothing.
    private static HostValue Written(HostSession s)
    {
        if (s.OutputLimitHit)
            throw new HostErrorException(new HostError("output limit", null, null, $"output limit of {s.Stdout.LimitBytes} bytes reached"));
        return HostValue.None;
    }
}

/// <summary>One host import of a module bound to the host function that serves it, with the value
/// representation of each parameter and of the result (from the contract check).</summary>
/// <param name="Index">Position among the module's host imports (what an engine routes by).</param>
/// <param name="Declared">The import as the module declares it (its signature and type index: an
/// engine that links by type defines the host function with exactly this type).</param>
internal sealed record BoundImport(int Index, ImportBinding Binding, HostFunctionEntry Host, ImportSpec Declared)
{
    /// <summary>Calls the host function and counts the call. <see cref="HostErrorException"/> is the
    /// module's fault; any other exception is a bug of the harness.</summary>
    public HostValue Invoke(HostContext host, ReadOnlySpan<HostValue> args)
    {
        host.Count(Host);
        return Host.Function(host.Session, new HostArgs(args, Host.Operation));
    }

    public override string ToString() => Binding.ToString();
}

/// <summary>The data of one store (as a wasmtime store's data): the invocation's host session,
/// and the number of calls of each host import, counted where calls are dispatched.</summary>
internal sealed class HostContext(HostSession session)
{
    // By entry (a reference, hashed cheaply): this is on the path of every host call.
    private readonly Dictionary<HostFunctionEntry, int> _calls = new(ReferenceEqualityComparer.Instance);

    public HostSession Session { get; } = session;

    /// <summary>Calls per host import ("clysm:io write-char" → count).</summary>
    public IReadOnlyDictionary<string, int> Calls
    {
        get
        {
            var byName = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var (entry, n) in _calls) byName[entry.Operation] = byName.GetValueOrDefault(entry.Operation) + n;
            return byName;
        }
    }

    internal void Count(HostFunctionEntry entry) =>
        System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_calls, entry, out _)++;
}
