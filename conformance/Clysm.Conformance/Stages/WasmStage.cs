using System.Diagnostics;
using System.Text.RegularExpressions;
using Clysm.Runtime.Contract;
using Clysm.Runtime.Engine;
using Clysm.Runtime.Wasm;

namespace Clysm.Conformance.Stages;

/// <summary>
/// A Stage N compiler compiled to wasm (default dist/clysm-stage1.wasm), handed to the engine as a
/// Stage module: checked and started once, then each case's source goes to its compile_form export
/// as a string of the Stage's own type, through its string channel when it exports one, else through
/// the suite's bridge over its string type (docs/stage-abi.md §4). Missing module: exit 3. No
/// compile_form, no way to pass a string, or a null result: exit 77 with the reason. A trap: exit 2.
/// </summary>
internal sealed partial class WasmStage : Stage
{
    public const string DefaultPath = "dist/clysm-stage1.wasm";

    private readonly string _path;
    private readonly string _version;
    private readonly TimeSpan _timeout;
    private byte[]? _bytes;
    private string? _init;

    public WasmStage(string? path = null, string? stageVersion = null, TimeSpan? compileTimeout = null)
    {
        _path = path ?? DefaultPath;
        // "clysm-stage1.wasm" → "stage1-v0.0" unless told otherwise.
        _version = stageVersion ?? (StageNumber().Match(Path.GetFileName(_path)) is { Success: true } m ? $"stage{m.Groups[1].Value}-v0.0" : "stage1-v0.0");
        _timeout = compileTimeout ?? TimeSpan.FromSeconds(30);
    }

    public override string Kind => "wasm";
    public override string Description => "wasm stage module " + _path;
    public override string StageVersion => _version;
    public override string? Sha256 => HashFile(_path);

    public override StageOutput Prepare(IWasmRunner engine)
    {
        if (!File.Exists(_path))
            return new StageOutput(StageStatus.Missing, Message: $"stage module not found: {_path}");
        byte[] bytes;
        WasmModule module;
        try
        {
            bytes = File.ReadAllBytes(_path);
            module = WasmModule.Parse(bytes, _path);
        }
        catch (WasmLoadException e)
        {
            return new StageOutput(e.ExitCode == Clysm.Runtime.ExitCode.EXIT_MISSING_DEP ? StageStatus.Missing : StageStatus.Error, Message: e.Message);
        }

        // The Stage contract (its imports, and its exports' types) is checked before anything runs;
        // having no way to pass strings is a known limitation, decided once _start has run.
        var violations = ContractChecker.Check(module, HostContract.Default, ModuleRole.Stage).Violations;
        var errors = violations.Where(v => v.Kind != ViolationKind.StringChannelMissing).ToList();
        if (errors.Count > 0)
            return new StageOutput(StageStatus.Error, Message: $"stage module {_path} violates the host contract: " + string.Join("; ", errors.Select(v => v.Message)));

        // _start (or _initialize) must not trap; it may return nothing, an i32 or a reference.
        var init = new[] { "_start", "_initialize" }.FirstOrDefault(n => module.HasExport(n));
        if (init is not null)
        {
            var r = engine.Invoke(new InvocationRequest { Module = bytes, Role = ModuleRole.Stage, Export = init, Timeout = _timeout });
            var failure = r.Status switch
            {
                InvocationStatus.Returned => null,
                InvocationStatus.LinkError => $"stage module {_path} does not link: {r.Message}",
                InvocationStatus.InvalidModule => $"stage module {_path} is invalid: {r.Message}",
                _ => $"stage module {_path}: {init} ended in {r.Status}: {r.Message}",
            };
            if (failure is not null) return new StageOutput(StageStatus.Error, Message: failure);
        }
        else if (engine.Validate(bytes) is { } invalid)
        {
            return new StageOutput(StageStatus.Error, Message: $"stage module {_path} is invalid: {invalid}");
        }

        if (!module.HasExport("compile_form"))
            return new StageOutput(StageStatus.Skipped, Message: $"stage module {_path} exports no compile_form (known limitation)");
        if (violations.Any(v => v.Kind == ViolationKind.StringChannelMissing))
            return new StageOutput(StageStatus.Skipped, Message:
                $"stage uses no source channel: compile_form cannot be given source text: " + string.Join("; ", violations.Where(v => v.Kind == ViolationKind.StringChannelMissing).Select(v => v.Message)) + " (docs/stage-abi.md §3)");
        _bytes = bytes;
        _init = init;
        return StageOutput.Ready;
    }

    public override StageOutput Compile(string source, string caseId, IWasmRunner engine)
    {
        var sw = Stopwatch.StartNew();
        if (_bytes is null) return new StageOutput(StageStatus.Crashed, Message: "wasm stage used before Prepare succeeded");
        // Each case gets a fresh instance, initialised as the Stage expects before compile_form. The
        // same array every time: the runner compiles the Stage once per engine worker.
        var r = engine.Invoke(new InvocationRequest
        {
            Module = _bytes, Role = ModuleRole.Stage, Setup = _init is null ? [] : [_init], Export = "compile_form",
            Argument = source, ReturnsBytes = true, Timeout = _timeout,
        });
        StageOutput output = r.Status switch
        {
            InvocationStatus.Returned when r.ReturnedBytes is { } b => new(StageStatus.Compiled, b),
            InvocationStatus.Returned when r.Value.Kind == LispValueKind.Nil => new(StageStatus.Skipped, Message: "compile_form returned null"),
            InvocationStatus.Returned => new(StageStatus.Error, Message: $"compile_form returned {r.Value}, not a byte array"),
            InvocationStatus.TimedOut => new(StageStatus.Timeout, Message: "compile_form " + r.Message),
            InvocationStatus.Crashed => new(StageStatus.Crashed, Message: "compile_form: " + r.Message),
            _ => new(StageStatus.Error, Message: $"compile_form {r.Status.ToString().ToLowerInvariant()}: {r.Message}"),
        };
        return output with { Duration = sw.Elapsed };
    }

    [GeneratedRegex(@"stage(\d+)", RegexOptions.IgnoreCase)]
    private static partial Regex StageNumber();
}
