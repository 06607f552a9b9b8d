using Clysm.Runtime.Contract;
using Clysm.Runtime.Wasm;

namespace Clysm.Runtime.Engine;

/// <summary>
/// A module read, checked against the host contract for its stated role, and linked to the host on
/// paper: everything an engine needs to compile and instantiate it, computed once, in one place,
/// for every engine. (Like a wasmtime Module plus the Linker definitions it needs.)
/// </summary>
internal sealed class CheckedModule
{
    private CheckedModule(byte[] bytes, WasmModule module, ModuleRole role, ContractReport contract,
        IReadOnlyList<BoundImport> imports, IReadOnlyList<string> problems, HostContract hostContract)
    {
        Bytes = bytes;
        Module = module;
        Role = role;
        Contract = contract;
        Imports = imports;
        Problems = problems;
        HasStringChannel = ContractChecker.HasStringChannel(module, hostContract);
        StringType = module.FindStringType();
        _bridge = new Lazy<CheckedModule?>(() => StringType is { } t ? Bridge(GcBridge.Build(this, t), hostContract) : null);
    }

    private readonly Lazy<CheckedModule?> _bridge;

    /// <summary>The module's bytes, as handed over (not to be changed).</summary>
    public byte[] Bytes { get; }
    public WasmModule Module { get; }
    public ModuleRole Role { get; }
    public ContractReport Contract { get; }

    /// <summary>The host imports, in import order (<see cref="BoundImport.Index"/>), each with the host
    /// function that serves it; <c>clysm:support</c> imports are not among them.</summary>
    public IReadOnlyList<BoundImport> Imports { get; }

    /// <summary>Contract violations, then imports no host function serves: each a sentence.</summary>
    public IReadOnlyList<string> Problems { get; }

    /// <summary>The module exports the four string-channel functions (docs/stage-abi.md §3).</summary>
    public bool HasStringChannel { get; }

    /// <summary>The module's string type <c>(array (mut i8))</c>, by type index, if it defines one.</summary>
    public int? StringType { get; }

    /// <summary>The suite's bridge over <see cref="StringType"/> (see <see cref="GcBridge"/>), generated
    /// on first use; null when the module defines no string type.</summary>
    public CheckedModule? StringBridge => _bridge.Value;

    public bool Exports(string name) => Module.FindExport(name) is { Kind: "function" };

    /// <summary>Reads and checks a module.</summary>
    /// <param name="support">The support module a case module will be instantiated with, if any.</param>
    /// <exception cref="WasmLoadException">the bytes are not a well-formed module.</exception>
    public static CheckedModule Load(byte[] bytes, ModuleRole role, HostFunctions? host = null, HostContract? contract = null,
        CheckedModule? support = null)
    {
        host ??= HostFunctions.Default;
        contract ??= HostContract.Default;
        var module = WasmModule.Parse(bytes);
        var report = ContractChecker.Check(module, contract, role, support?.Module);
        var problems = report.Violations.Select(v => v.Message).ToList();
        var bound = new List<BoundImport>();
        var next = 0;                  // bindings are the accepted host imports, in import order
        foreach (var b in report.Bindings)
        {
            while (module.Imports[next].Module != b.Module || module.Imports[next].Name != b.Name) next++;
            var declared = module.Imports[next++];
            if (host.Find(b.Module, b.Name) is { } entry)
                bound.Add(new BoundImport(bound.Count, b, entry, declared));
            else
                problems.Add($"unbound import: {b.Module} {b.Name} is in the host contract, but no host function serves it");
        }
        return new CheckedModule(bytes, module, role, report, bound, problems, contract);
    }

    private static CheckedModule Bridge(byte[] bytes, HostContract contract) =>
        new(bytes, WasmModule.Parse(bytes, "(string bridge)"), ModuleRole.Support, ContractReport.Empty, [], [], contract);

    public override string ToString() => $"{Role.ToString().ToLowerInvariant()} module ({Bytes.Length} bytes)";
}
