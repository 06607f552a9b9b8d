using System.CommandLine;
using Clysm.Conformance.Running;
using Clysm.Runtime;
using Clysm.Runtime.Engine;
using Clysm.Runtime.Host;
using Clysm.Runtime.Wasm;

namespace Clysm.Cli.Commands;

/// <summary>exec: one module against the host, on one engine or both.</summary>
internal static class ExecCommand
{
    public static Command Create(Terminal t)
    {
        var module = new Argument<string>("MODULE.wasm") { Description = "the case module to run" };
        var export = Options.Text("--export", "export to call (default _start)", "NAME");
        var stdin = Options.Text("--stdin", "standard input from a regular file; - for this process's standard input (read whole first, within the timeout; default: empty)", "FILE");
        var stdinText = Options.Text("--stdin-text", "standard input from the argument", "TEXT");
        var sandbox = Options.Text("--sandbox", "root for clysm:fs paths (default: a fresh empty temporary folder, deleted afterwards; give a folder to see the files a module writes)", "DIR");
        var timeout = Options.Count("--timeout", "wall-clock limit in seconds", 10, helpName: "SECONDS");
        var outputLimit = Options.Count("--output-limit", "cap on stdout and on stderr, each, in bytes", 1 << 20, helpName: "BYTES");
        var engine = Options.Engine();
        var command = new DocumentedCommand("exec", "run one module against the host and print its output, value and exit code", "exec MODULE.wasm [options]", """
            Runs one case module against the host runtime (clysm:io, clysm:fs, clysm:runtime, clysm:math):
            reads it, checks it against the host contract, calls the export, and prints what the module
            wrote (its stdout to stdout, its stderr to stderr), then one summary line on stderr:
            status, decoded value, host error or condition, and the host imports called. With
            --engine both it runs on each engine: one summary line per engine, and exit 2 when they differ.
            Names from the module (imports, exports) are printed with control characters escaped.
            exit codes: 0 returned, 2 invalid module, link error (contract mismatch), trap, timeout,
            output limit, engines that disagree or unusable --stdin/--sandbox, 3 module file, stdin file or engine missing
            """)
        { module, export, stdin, stdinText, sandbox, timeout, outputLimit, engine };
        command.SetAction(p => Run(t, p.GetValue(module)!, p.GetValue(export) ?? "_start", p.GetValue(stdin), p.GetValue(stdinText), p.GetValue(sandbox),
            TimeSpan.FromSeconds(p.GetValue(timeout)), p.GetValue(outputLimit), EngineSet.Parse(p.GetValue(engine))));
        return command;
    }

    private static int Run(Terminal t, string path, string export, string? stdinFile, string? stdinText, string? sandbox, TimeSpan timeout, int outputLimit, EngineSet engines)
    {
        var (stdout, stderr) = (t.Out, t.Err);
        WasmModule module;
        byte[] bytes;
        try { module = WasmModule.Load(path); bytes = File.ReadAllBytes(path); }   // names a missing (3) or malformed (2) file
        catch (WasmLoadException e)
        {
            stderr.WriteLine(Printable.ErrorLine($"clysm-conformance exec: {e.Message}", [path]));
            return (int)e.ExitCode;
        }
        var names = module.Names();
        if (stdinFile is not null and not "-" && !File.Exists(stdinFile) && !Directory.Exists(stdinFile))
            throw new FileNotFoundException($"--stdin {stdinFile}: no such file");
        var text = stdinText ?? (stdinFile == "-" ? ReadStandardInput(HostLimits.Default.ReadBytes, timeout) : "");
        if (sandbox is not null && !Directory.Exists(sandbox)) throw new DirectoryNotFoundException($"--sandbox {sandbox}: no such folder");
        NodeSetup.EnsureFor(engines, t);

        var runs = new List<(string Engine, InvocationResult Result)>();
        foreach (var name in engines.Names)
        {
            // Without --sandbox a module gets an empty folder of its own (one per engine), never the current directory.
            var fresh = sandbox is null ? Directory.CreateTempSubdirectory("clysm-exec-").FullName : null;
            try
            {
                using var engine = EngineFactory.CreateRunner(name);
                var r = engine.Invoke(new InvocationRequest
                {
                    Module = bytes, Export = export, Stdin = text, StdinFile = stdinFile == "-" ? null : stdinFile,
                    SandboxRoot = sandbox ?? fresh, Timeout = timeout, OutputLimitBytes = outputLimit,
                });
                if (runs.Count == 0)
                {
                    // The module's own output once (from the first engine); each engine gets its summary line.
                    stderr.Flush();
                    stdout.Write(r.Stdout);
                    stdout.Flush();
                    stderr.Write(r.Stderr);
                }
                var what = r.Status == InvocationStatus.Returned ? "value " + r.Value : r.Message;
                var extra = r.Condition is { } c ? $"; condition {c.Type}: {c.Message}" : r.HostError is { } h && h.Message != r.Message ? $"; host error: {h.Message}" : "";
                var calls = r.ImportCalls.Count == 0 ? "none" : string.Join(", ", r.ImportCalls.Select(kv => $"{kv.Key} x{kv.Value}"));
                var status = System.Text.RegularExpressions.Regex.Replace(r.Status.ToString(), "(?<=[a-z])(?=[A-Z])", " ").ToLowerInvariant();   // "link error"
                var summary = $"[exec] {status}: {what}{extra}; imports called: {calls}; {r.Duration.TotalMilliseconds:0.0} ms; engine {engine.EngineVersion}";
                // The summary is one line whatever the module's names hold; so is each line of the stack.
                stderr.WriteLine(Printable.Escape(Printable.WithNames(summary, names)));
                if (r.WasmStack is { } stack) stderr.WriteLine(Printable.WithNames(stack, names));
                runs.Add((name, r));
            }
            finally
            {
                if (fresh is not null)
                    try { Directory.Delete(fresh, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
            }
        }
        if (runs.Count > 1)
        {
            var differ = Differences(runs);
            if (differ.Count > 0)
            {
                stderr.WriteLine($"[exec] disagreement: the engines differ on {string.Join(", ", differ)}");
                return (int)ExitCode.EXIT_FAILURE;
            }
        }
        return (int)runs[0].Result.ExitCode;
    }

    private static List<string> Differences(List<(string Engine, InvocationResult Result)> runs)
    {
        var first = runs[0].Result;
        var list = new List<string>();
        foreach (var (_, r) in runs.Skip(1))
        {
            if (r.Status != first.Status) list.Add("status");
            if (r.Value != first.Value) list.Add("value");
            if (r.Stdout != first.Stdout) list.Add("stdout");
            if (r.Stderr != first.Stderr) list.Add("stderr");
            if (r.Condition?.Type != first.Condition?.Type || r.Condition?.Message != first.Condition?.Message) list.Add("condition");
        }
        return list.Distinct().ToList();
    }

    /// <summary>This process's standard input, for --stdin -: at most <paramref name="limit"/> bytes of
    /// UTF-8, within the invocation's timeout (a pipe that never ends must not hang exec).</summary>
    private static string ReadStandardInput(long limit, TimeSpan timeout)
    {
        var read = Task.Run(() =>
        {
            using var input = Console.OpenStandardInput();
            var buffer = new MemoryStream();
            var chunk = new byte[64 << 10];
            for (int n; (n = input.Read(chunk)) > 0;)
            {
                if (buffer.Length + n > limit) throw new HostErrorException(new HostError("stdin", 0, "-", $"standard input is larger than {limit} bytes"));
                buffer.Write(chunk, 0, n);
            }
            return buffer.ToArray();
        });
        if (Task.WhenAny(read, Task.Delay(timeout)).GetAwaiter().GetResult() != read)
            throw new HostErrorException(new HostError("stdin", 0, "-", $"standard input did not end within {timeout.TotalSeconds:0.###} s"));
        try { return new System.Text.UTF8Encoding(false, true).GetString(read.GetAwaiter().GetResult()); }
        catch (System.Text.DecoderFallbackException) { throw new HostErrorException(new HostError("stdin", 0, "-", "standard input is not valid UTF-8")); }
    }
}
