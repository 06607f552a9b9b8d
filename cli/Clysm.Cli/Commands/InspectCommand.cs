using System.CommandLine;
using Clysm.Conformance.Running;
using Clysm.Runtime;
using Clysm.Runtime.Contract;
using Clysm.Runtime.Engine;
using Clysm.Runtime.Wasm;

namespace Clysm.Cli.Commands;

/// <summary>inspect: a module's types, imports and exports against the host contract; with --validate, what
/// the engine(s) say of it.</summary>
internal static class InspectCommand
{
    public static Command Create(Terminal t)
    {
        var module = new Argument<string>("MODULE.wasm") { Description = "the module to describe" };
        var stageModule = Options.Flag("--stage-module", "check it as a Stage module (compile_form)");
        var validate = Options.Flag("--validate", "also compile it on the engine(s) and print what each says (their validation messages)");
        var engine = Options.Engine();
        var command = new DocumentedCommand("inspect", "describe a wasm module and check it against the host contract", "inspect MODULE.wasm [--stage-module] [--validate [--engine v8|wasmtime|both]]", """
            Prints the module's types, imports and exports and checks them against the host contract
            (schemas/host-contract.json). With --validate each engine compiles it too; every engine's
            message is printed, and a module one engine refuses does not conform.
            exit 0 when it conforms, 2 when it does not, 3 when the file or an engine is missing.
            """)
        { module, stageModule, validate, engine };
        command.SetAction(p =>
        {
            var path = p.GetValue(module)!;
            WasmModule m;
            try { m = WasmModule.Load(path); }
            catch (WasmLoadException e)
            {
                t.Err.WriteLine(Printable.ErrorLine($"clysm-conformance inspect: {e.Message}", [path]));
                return (int)e.ExitCode;
            }
            var names = m.Names();
            t.Out.WriteLine(Printable.WithNames(m.Describe(), names));
            var report = ContractChecker.Check(m, HostContract.Default, p.GetValue(stageModule) ? ModuleRole.Stage : ModuleRole.Case);
            t.Out.WriteLine(Printable.WithNames(report.ToString(), names));
            var code = (int)report.ExitCode;
            if (!p.GetValue(validate)) return code;
            var engines = EngineSet.Parse(p.GetValue(engine));
            NodeSetup.EnsureFor(engines, t);
            var bytes = File.ReadAllBytes(path);
            foreach (var name in engines.Names)
            {
                using var runner = EngineFactory.CreateRunner(name);
                var problem = runner.Validate(bytes);
                t.Out.WriteLine(Printable.Escape(Printable.WithNames($"{runner.EngineVersion}: {problem ?? "valid"}", names)));
                if (problem is not null) code = (int)ExitCode.EXIT_FAILURE;
            }
            return code;
        });
        return command;
    }
}
