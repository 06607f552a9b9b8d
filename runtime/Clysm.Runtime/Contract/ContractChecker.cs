using Clysm.Runtime.Wasm;

namespace Clysm.Runtime.Contract;

/// <summary>
/// Compares a module's imports and exports with the host contract (docs/stage-abi.md §1-§4).
/// Every deviation is reported, not only the first; the bindings tell the engine how each
/// accepted import's values cross the boundary.
/// </summary>
public static class ContractChecker
{
    /// <summary>A compiled case module: imports, <c>_start</c>, optional <c>clysm:prin1</c>, string channel.</summary>
    public static ContractReport Check(WasmModule module, HostContract? contract = null)
    {
        contract ??= HostContract.Default;
        return Run(module, contract, contract.Exports.Select(e => (e.Name, (ContractExport?)e, !e.Optional)));
    }

    /// <summary>A Stage module: imports and the contract's stage exports (<c>compile_form</c>; a
    /// missing string channel is reported, as the stage could not be given source text).</summary>
    public static ContractReport CheckStage(WasmModule module, HostContract? contract = null)
    {
        contract ??= HostContract.Default;
        return Run(module, contract, contract.StageExports.Select(e => (e.Name, (ContractExport?)e, !e.Optional)));
    }

    /// <summary>Imports plus the named exports, which must exist as functions; a name the contract
    /// describes (case, stage or channel export, in that order) is checked against it.</summary>
    public static ContractReport CheckExports(WasmModule module, HostContract contract, params string[] requiredExports)
    {
        var rules = requiredExports.Select(name => (name,
            contract.Exports.FirstOrDefault(e => e.Name == name)
            ?? contract.StageExports.FirstOrDefault(e => e.Name == name)
            ?? contract.StringChannel.FirstOrDefault(e => e.Name == name), true));
        return Run(module, contract, rules);
    }

    private static ContractReport Run(WasmModule module, HostContract contract,
        IEnumerable<(string Name, ContractExport? Rule, bool Required)> exportRules)
    {
        var violations = new List<ContractViolation>();
        var bindings = new List<ImportBinding>();
        var channelReasons = new List<string>();

        foreach (var import in module.Imports)
            CheckImport(import, contract, violations, bindings, channelReasons);

        var channelNames = contract.StringChannel.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var (name, rule, required) in exportRules)
        {
            if (channelNames.Contains(name))
                continue; // checked below with the rest of the channel
            var export = module.FindExport(name);
            if (export is null)
            {
                if (required)
                {
                    var expected = rule?.Expected ?? "a function";
                    violations.Add(new ContractViolation(ViolationKind.MissingExport, "", name, rule?.Expected, null,
                        $"missing export: {name}: expected {expected}; the module exports {ExportList(module)}"));
                }
                continue;
            }
            if (CheckExport(export, rule, violations) && rule is { NeedsStringChannel: true })
                channelReasons.Add($"it exports {name}");
        }

        foreach (var c in contract.StringChannel)
        {
            var export = module.FindExport(c.Name);
            if (export is not null)
                CheckExport(export, c, violations);
            else if (channelReasons.Count > 0)
                violations.Add(new ContractViolation(ViolationKind.StringChannelMissing, "", c.Name, c.Expected, null,
                    $"string channel missing: {c.Name} {c.Expected} is not exported, but {string.Join("; ", channelReasons)}"));
        }

        return new ContractReport(violations, bindings);
    }

    private static string ExportList(WasmModule module) =>
        module.Exports.Count == 0 ? "nothing" : string.Join(", ", module.Exports.Select(e => e.Name));

    private static void CheckImport(ImportSpec import, HostContract contract, List<ContractViolation> violations,
        List<ImportBinding> bindings, List<string> channelReasons)
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
            channelReasons.Add($"{who} passes strings as GC references: {string.Join(", ", gc)}");
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
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "no representation for this kind"),
        };
    }

    /// <summary>Checks one present export; true when it matches.</summary>
    private static bool CheckExport(ExportSpec export, ContractExport? rule, List<ContractViolation> violations)
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
            && sig.Params.Zip(rule.Params).All(p => ExportTypeMatches(p.Second, p.First))
            && rule.ResultAlternatives.Any(rs => rs.Count == sig.Results.Count && sig.Results.Zip(rs).All(p => ExportTypeMatches(p.Second, p.First)));
        if (!ok)
        {
            violations.Add(new ContractViolation(ViolationKind.BadExportSignature, "", export.Name, rule.Expected, sig.ToString(),
                $"bad export signature: {export.Name}: expected {expected} (anyref: any reference type); declared {sig}"));
        }
        return ok;
    }

    /// <summary>Where the contract says anyref, any reference type will do: the host only hands
    /// the module back references the module made.</summary>
    private static bool ExportTypeMatches(ValType expected, ValType declared) =>
        expected is RefType { Nullable: true, Heap.Abstract: AbstractHeapType.Any } ? declared.IsReference : expected.SameAs(declared);
}
