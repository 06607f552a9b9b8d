using Clysm.Runtime.Wasm;

namespace Clysm.Runtime.Contract;

/// <summary>
/// Compares a module's imports and exports with the host contract (docs/stage-abi.md §2-§7) for the
/// role its caller states. Every deviation is reported, not only the first; the bindings tell the
/// engine how each accepted host import's values cross the boundary.
/// </summary>
public static class ContractChecker
{
    /// <summary>The module name under which a case module imports its support module's exports.</summary>
    public const string SupportModuleName = "clysm:support";

    /// <param name="module">The module to check.</param>
    /// <param name="contract">Default: the contract built into the runtime.</param>
    /// <param name="role">Decides which exports are required and how they are typed.</param>
    /// <param name="support">The support module a case module is instantiated with, if any: its
    /// <c>clysm:support</c> imports must match the support module's exports, and the support module's
    /// string channel or string type may serve the case.</param>
    /// <param name="calls">Exports the caller will call: each must exist as a function (and match the
    /// contract where the role describes it).</param>
    public static ContractReport Check(WasmModule module, HostContract? contract = null, ModuleRole role = ModuleRole.Case,
        WasmModule? support = null, IReadOnlyCollection<string>? calls = null)
    {
        contract ??= HostContract.Default;
        var violations = new List<ContractViolation>();
        var bindings = new List<ImportBinding>();
        var stringReasons = new List<string>();

        foreach (var import in module.Imports)
        {
            if (import.Module == SupportModuleName)
                CheckSupportImport(import, role, support, violations);
            else
                CheckImport(import, contract, violations, bindings, stringReasons);
        }

        var channelNames = contract.StringChannel.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        var rules = contract.ExportsFor(role);
        foreach (var rule in rules)
        {
            if (channelNames.Contains(rule.Name))
                continue; // checked below with the rest of the channel
            var export = module.FindExport(rule.Name);
            if (export is null)
            {
                if (!rule.Optional || calls?.Contains(rule.Name) == true)
                    violations.Add(Missing(module, rule.Name, rule.Expected));
                continue;
            }
            if (CheckExport(export, rule, contract, violations) && rule.NeedsStrings)
                stringReasons.Add($"it exports {rule.Name}");
        }
        foreach (var name in calls ?? [])
        {
            if (rules.Any(r => r.Name == name))
                continue;
            if (module.FindExport(name) is not { } export)
                violations.Add(Missing(module, name, null));
            else if (!channelNames.Contains(name))
                CheckExport(export, null, contract, violations);
        }

        foreach (var c in contract.StringChannel)
            if (module.FindExport(c.Name) is { } export)
                CheckExport(export, c, contract, violations);
        CheckStrings(module, contract, role == ModuleRole.Case ? support : null, stringReasons, violations);
        return new ContractReport(violations, bindings);
    }

    /// <summary>True when the module exports the whole string channel (docs/stage-abi.md §3).</summary>
    public static bool HasStringChannel(WasmModule module, HostContract? contract = null) =>
        (contract ?? HostContract.Default).StringChannel.All(c => module.FindExport(c.Name) is not null);

    private static ContractViolation Missing(WasmModule module, string name, string? expected) =>
        new(ViolationKind.MissingExport, "", name, expected, null,
            $"missing export: {name}: expected {expected ?? "a function"}; the module exports {ExportList(module)}");

    private static string ExportList(WasmModule module) =>
        module.Exports.Count == 0 ? "nothing" : string.Join(", ", module.Exports.Select(e => e.Name));

    /// <summary>
    /// Strings cross as GC byte arrays through the module's own string channel, else its support
    /// module's, else through the suite's bridge over the module's (or its support module's) own
    /// string type. A channel that is only partly exported is always an error: a module that exports
    /// it is used through it.
    /// </summary>
    private static void CheckStrings(WasmModule module, HostContract contract, WasmModule? support,
        List<string> reasons, List<ContractViolation> violations)
    {
        var present = contract.StringChannel.Where(c => module.FindExport(c.Name) is not null).Select(c => c.Name).ToList();
        if (present.Count > 0 && present.Count < contract.StringChannel.Count)
        {
            foreach (var c in contract.StringChannel.Where(c => !present.Contains(c.Name)))
                violations.Add(new ContractViolation(ViolationKind.StringChannelMissing, "", c.Name, c.Expected, null,
                    $"string channel incomplete: {c.Name} {c.Expected} is not exported, but the module exports {string.Join(", ", present)}"));
            return;
        }
        if (reasons.Count == 0 || present.Count > 0 || module.FindStringType() is not null)
            return;
        if (support is not null && (HasStringChannel(support, contract) || support.FindStringType() is not null))
            return;
        foreach (var c in contract.StringChannel)
            violations.Add(new ContractViolation(ViolationKind.StringChannelMissing, "", c.Name, c.Expected, null,
                $"string channel missing: {c.Name} {c.Expected} is not exported, but {string.Join("; ", reasons)}; "
                + "and the module defines no string type (array (mut i8)) the suite could read strings of"));
    }

    private static void CheckSupportImport(ImportSpec import, ModuleRole role, WasmModule? support, List<ContractViolation> violations)
    {
        var who = $"{import.Module} {import.Name}";
        var declared = import.Signature?.ToString() ?? import.Global?.ToString();
        string? problem = null;
        ViolationKind kind = ViolationKind.UnknownImport;
        string? expected = null;
        if (role != ModuleRole.Case)
            problem = $"unknown import: {who}: only a case module imports from {SupportModuleName} (this is a {role.ToString().ToLowerInvariant()} module)";
        else if (support is null)
            problem = $"unknown import: {who}: the module imports from {SupportModuleName}, but the stage gave no support module";
        else if (support.FindExport(import.Name) is not { } export)
            problem = $"unknown import: {who}: the support module does not export {import.Name}; it exports {ExportList(support)}";
        else
        {
            expected = ExportType(support, export);
            kind = ViolationKind.SignatureMismatch;
            if (export.Kind != import.Kind)
                problem = $"signature mismatch: {who}: imported as a {import.Kind}, but the support module exports a {export.Kind}";
            else if (expected != declared)
                problem = $"signature mismatch: {who}: the support module exports {import.Kind} {expected}; declared {declared}";
        }
        if (problem is not null)
            violations.Add(new ContractViolation(kind, import.Module, import.Name, expected, declared, problem));
    }

    /// <summary>The WAT text of an export's type, compared structurally with an import's.</summary>
    private static string? ExportType(WasmModule module, ExportSpec export) => export.Kind switch
    {
        "function" or "tag" => export.Signature?.ToString(),
        "global" => export.Index < module.Globals.Count ? module.Globals[export.Index].ToString() : null,
        _ => null,
    };

    private static void CheckImport(ImportSpec import, HostContract contract, List<ContractViolation> violations,
        List<ImportBinding> bindings, List<string> stringReasons)
    {
        var who = $"{import.Module} {import.Name}";
        var declared = import.Signature?.ToString() ?? import.Global?.ToString();
        var declaredText = import.Kind + (declared is null ? "" : " " + declared);
        var spec = contract.FindImport(import.Module, import.Name);
        if (spec is null)
        {
            var sameModule = contract.Imports.Where(i => i.Module == import.Module).Select(i => i.Name).ToList();
            var hint = sameModule.Count > 0
                ? $"{import.Module} provides {string.Join(", ", sameModule)}"
                : $"the contract has no module {import.Module} (modules: {string.Join(", ", contract.Imports.Select(i => i.Module).Distinct())})";
            violations.Add(new ContractViolation(ViolationKind.UnknownImport, import.Module, import.Name, null, declared,
                $"unknown import: {who} ({declaredText}) is not in the host contract; {hint}"));
            return;
        }
        if (import.Kind != "function" || import.Signature is null)
        {
            violations.Add(new ContractViolation(ViolationKind.NonFunctionImport, import.Module, import.Name, spec.Expected, declared,
                $"non-function import: {who} is imported as a {declaredText}; the host provides it as a function {spec.Expected}"));
            return;
        }

        var sig = import.Signature;
        var problems = new List<string>();
        if (sig.Params.Count != spec.Params.Count)
            problems.Add($"{sig.Params.Count} params declared, {spec.Params.Count} expected");
        if (sig.Results.Count != spec.Results.Count)
            problems.Add($"{sig.Results.Count} results declared, {spec.Results.Count} expected");
        var ps = new List<Repr>();
        for (var i = 0; i < Math.Min(sig.Params.Count, spec.Params.Count); i++)
        {
            if (Accepts(contract, spec.Params[i], sig.Params[i]) is { } r)
                ps.Add(r);
            else
                problems.Add($"param {i + 1} is {sig.Params[i]}, not a {spec.Params[i]}");
        }
        Repr? result = null;
        if (sig.Results.Count == 1 && spec.Results.Count == 1)
        {
            result = Accepts(contract, spec.Results[0], sig.Results[0]);
            if (result is null)
                problems.Add($"the result is {sig.Results[0]}, not a {spec.Results[0]}");
        }

        if (problems.Count > 0)
        {
            var kinds = spec.Params.Concat(spec.Results).Distinct()
                .Select(k => $"{k} in {{{string.Join(", ", contract.Kinds[k].Select(a => a.Text))}}}");
            var typeNote = import.TypeIndex is { } ti ? $" (type {ti})" : "";
            violations.Add(new ContractViolation(ViolationKind.SignatureMismatch, import.Module, import.Name, spec.Expected, declared,
                $"signature mismatch: {who}: expected {spec.Expected}"
                + (spec.Params.Count + spec.Results.Count > 0 ? " with " + string.Join(", ", kinds) : "")
                + $"; declared {declared}{typeNote}: {string.Join("; ", problems)}"));
            return;
        }

        var binding = new ImportBinding(import.Module, import.Name, ps, result);
        bindings.Add(binding);
        var gc = binding.Params.Select((r, i) => (r, i)).Where(x => x.r is Repr.GcString or Repr.KeywordGcString)
            .Select(x => $"param {x.i + 1} ({sig.Params[x.i]})").ToList();
        if (binding.Result is Repr.GcString or Repr.KeywordGcString)
            gc.Add($"the result ({sig.Results[0]})");
        if (gc.Count > 0)
            stringReasons.Add($"{who} passes strings as GC references: {string.Join(", ", gc)}");
    }

    /// <summary>The representation of a declared type for a kind, or null when the contract does
    /// not accept that type for that kind.</summary>
    private static Repr? Accepts(HostContract contract, string kind, ValType declared)
    {
        if (!contract.Kinds[kind].Any(a => a.Type.SameAs(declared)))
            return null;
        return ReprFor(kind, declared);
    }

    internal static Repr ReprFor(string kind, ValType t)
    {
        var isI32 = t is NumType { Kind: NumKind.I32 };
        var isExtern = t is RefType { Heap.Abstract: AbstractHeapType.Extern };
        var isI31 = t is RefType { Heap.Abstract: AbstractHeapType.I31 };
        return kind switch
        {
            "fd" => isExtern ? Repr.Handle : Repr.Int,
            "codepoint" => Repr.Int,
            "string" => isExtern ? Repr.HostString : Repr.GcString,
            "keyword" => isI32 || isI31 ? Repr.KeywordCode : isExtern ? Repr.KeywordHostString : Repr.KeywordGcString,
            "f64" => Repr.F64,
            "gc-string" => Repr.GcString,
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "no representation for this kind"),
        };
    }

    /// <summary>Checks one present export; true when it matches.</summary>
    private static bool CheckExport(ExportSpec export, ContractExport? rule, HostContract contract, List<ContractViolation> violations)
    {
        var expected = rule?.Expected ?? "a function";
        if (export.Kind != "function" || export.Signature is null)
        {
            violations.Add(new ContractViolation(ViolationKind.BadExportSignature, "", export.Name, rule?.Expected, export.Kind,
                $"bad export signature: {export.Name}: expected {expected}; the module exports a {export.Kind}"));
            return false;
        }
        if (rule is null)
            return true;
        var sig = export.Signature;
        var ok = sig.Params.Count == rule.Params.Count
            && sig.Params.Zip(rule.Params).All(p => Matches(contract, p.Second, p.First))
            && rule.ResultAlternatives.Any(rs => rs.Count == sig.Results.Count && sig.Results.Zip(rs).All(p => Matches(contract, p.Second, p.First)));
        if (!ok)
        {
            var kinds = rule.Params.Concat(rule.ResultAlternatives.SelectMany(r => r)).Where(v => v.Kind is not null).Select(v => v.Kind!).Distinct()
                .Select(k => $"{k} in {{{string.Join(", ", contract.Kinds[k].Select(a => a.Text))}}}");
            var note = string.Join(", ", kinds.Prepend("anyref: any reference type"));
            violations.Add(new ContractViolation(ViolationKind.BadExportSignature, "", export.Name, rule.Expected, sig.ToString(),
                $"bad export signature: {export.Name}: expected {expected} ({note}); declared {sig}"));
        }
        return ok;
    }

    /// <summary>A kind accepts exactly its listed types. Where the contract says anyref, any reference
    /// type will do: the host only hands the module back references the module made.</summary>
    private static bool Matches(HostContract contract, ExportValue expected, ValType declared) =>
        expected.Kind is { } kind ? contract.Kinds[kind].Any(a => a.Type.SameAs(declared))
        : expected.Type is RefType { Nullable: true, Heap.Abstract: AbstractHeapType.Any } ? declared.IsReference
        : expected.Type!.SameAs(declared);
}
