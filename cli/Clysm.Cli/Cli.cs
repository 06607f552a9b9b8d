using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using Clysm.Conformance.CommandLine;
using Clysm.Conformance.Corpus;
using Clysm.Conformance.Gate;
using Clysm.Conformance.Outputs;
using Clysm.Conformance.Reporting;
using Clysm.Conformance.Running;
using Clysm.Conformance.Stages;
using Clysm.Runtime.Contract;
using Clysm.Runtime.Engine;
using Clysm.Runtime.Host;
using Clysm.Runtime.Wasm;
using Clysm.Runtime;

namespace Clysm.Cli;

/// <summary>clysm-conformance: run the corpus through a stage, inspect modules, show the trend.</summary>
public static class Cli
{
    private const string MainUsage = """
        usage: clysm-conformance <command> [options]

        commands:
          run        compile and run the corpus through a stage, write the report
          inspect    describe a wasm module and check it against the host contract
          history    print the trend of past runs and write an SVG chart
          corpus     corpus stats | corpus check | corpus dictionary
          exec       run one module against the host and print its output, value and exit code
          gate       apply an expectations file to a report: new failures, expected failures, unexpected passes
          bless      rewrite an expectations file from a report
          compare    compare two reports: regressions first, newly passing, coverage change
          export     write a report as JUnit XML, JSON lines, Markdown or a self-contained HTML page
          report     report check FILE: a compilation report against its schema and its own sums

        'clysm-conformance <command> --help' describes each command. Every command also takes
        --verbose: an unexpected error then prints its stack trace, not only its one line.
        exit codes: 0 all passed, 1 partial, 2 failure, 3 stage or tool missing, 77 everything skipped
        """;

    private const string RunUsage = """
        usage: clysm-conformance run [options]

        stage (default: $CLYSM_STAGE, else the reference stage):
          --stage reference|wasm|command
          --stage-module PATH       Stage N module (default dist/clysm-stage1.wasm; $CLYSM_STAGE_MODULE)
          --stage-command TEMPLATE  command with {input} and {output}, e.g. "sbcl --script c.lisp {input} {output}"
                                    ($CLYSM_STAGE_COMMAND); run without a shell, words split as a shell
                                    would, NAME=value first words set its environment; also {id},
                                    {diagnostics} (docs/stage-abi.md, "Command stages")
          --stage-version VERSION   stage_version for the report, e.g. stage1-v0.3 ($CLYSM_STAGE_VERSION)
        selection (repeatable, comma-separated lists allowed; * and ? in id patterns):
          --include ID-PATTERN      --exclude ID-PATTERN
          --category NAME           --exclude-category NAME
          --feature NAME            --exclude-feature NAME
        running:
          --corpus DIR              corpus directory (default: ./corpus, searched upwards)
          --jobs N                  parallel workers, each with its own engine (default: processor count)
          --timeout SECONDS         per-case run time limit (default 10)
        output:
          --report PATH             report JSON (default out/report.json), schema-checked
          --results PATH            per-case JSON lines (default out/results.jsonl); written to PATH.partial
                                    as cases finish, moved into place with the report when the run ends
          --history PATH            history file to append to (default .clysm/history.jsonl)
          --no-history              do not append to the history
          --show-failures N         print the diffs of up to N failures (default 10)
          --quiet                   no progress display

        The report and results folders are locked for the run: a second run there is refused. A run
        that is killed or interrupted (Ctrl+C, SIGTERM) leaves the previous report and results as they
        were; its own partial results stay in PATH.partial (the next run keeps them as
        PATH.interrupted). Temporary folders live in .clysm-run/ beside the report.
        """;

    private const string InspectUsage = """
        usage: clysm-conformance inspect MODULE.wasm [--stage-module]

        Prints the module's types, imports and exports and checks them against the host contract
        (schemas/host-contract.json). --stage-module checks it as a Stage module (compile_form).
        Exit 0 when it conforms, 2 when it does not, 3 when the file is missing.
        """;

    private const string HistoryUsage = """
        usage: clysm-conformance history [--history PATH] [--svg PATH] [--all]

        Prints every recorded run of the whole corpus (coverage and passed/scored/total) and writes an
        SVG chart of coverage_pct over time, overall and per category (default out/history.svg).
        --all also includes runs made with filters (--category, --include, ...).
        """;

    private const string CorpusUsage = """
        usage: clysm-conformance corpus stats|check|dictionary [--corpus DIR]

          stats   case counts by category and by module
          check   load every file and check every case (exit 2 naming file:line:column on a problem)
          dictionary  dictionary entries of the standard covered by the cases ('corpus dictionary --help')
        """;

    private const string ExecUsage = """
        usage: clysm-conformance exec MODULE.wasm [options]

        Runs one case module against the host runtime (clysm:io, clysm:fs, clysm:runtime, clysm:math) on
        the engine $CLYSM_ENGINE names (default v8): reads it, checks it against the host contract,
        calls the export, and prints what the module
        wrote (its stdout to stdout, its stderr to stderr), then one summary line on stderr:
        status, decoded value, host error or condition, and the host imports called.

          --export NAME         export to call (default _start)
          --stdin FILE          standard input from a regular file; - for this process's standard input
                                (read whole first, within the timeout; default: empty)
          --stdin-text TEXT     standard input from the argument
          --sandbox DIR         root for clysm:fs paths (default: a fresh empty temporary folder,
                                deleted afterwards; give a folder to see the files a module writes)
          --timeout SECONDS     wall-clock limit (default 10)
          --output-limit BYTES  cap on stdout and on stderr, each (default 1048576)

        Names from the module (imports, exports) are printed with control characters escaped.
        exit codes: 0 returned, 2 invalid module, link error (contract mismatch), trap, timeout,
        output limit or unusable --stdin/--sandbox, 3 module file, stdin file or engine missing
        """;

    public static int Execute(string[] argv, TextWriter stdout, TextWriter stderr)
    {
        var verbose = argv.Contains("--verbose");
        argv = argv.Where(a => a != "--verbose").ToArray();
        if (argv.Length == 0 || argv[0] is "--help" or "-h" or "help")
        {
            stdout.WriteLine(MainUsage);
            return argv.Length == 0 ? (int)ExitCode.EXIT_FAILURE : 0;
        }
        var rest = argv.Skip(1).ToArray();
        var (usage, action) = argv[0] switch
        {
            "run" => (RunUsage, (Func<int>)(() => Run(rest, stdout, stderr))),
            "inspect" => (InspectUsage, () => Inspect(rest, stdout, stderr)),
            "history" => (HistoryUsage, () => HistoryCommand(rest, stdout)),
            "corpus" when rest.FirstOrDefault() == "dictionary" => (DictionaryCommand.Usage, () => DictionaryCommand.Run(rest[1..], stdout, stderr, FindCorpus)),
            "corpus" => (CorpusUsage, () => CorpusCommand(rest, stdout)),
            "exec" => (ExecUsage, () => Exec(rest, stdout, stderr)),
            "gate" => (GateCommands.GateUsage, () => GateCommands.Gate(rest, stdout, stderr)),
            "bless" => (GateCommands.BlessUsage, () => GateCommands.Bless(rest, stdout, stderr)),
            "compare" => (GateCommands.CompareUsage, () => GateCommands.Compare(rest, stdout, stderr)),
            "export" => (OutputCommands.ExportUsage, () => OutputCommands.Export(rest, stdout, stderr)),
            "report" => (ReportCommands.ReportUsage, () => ReportCommands.Report(rest, stdout, stderr)),
            _ => (MainUsage, (Func<int>?)null),
        };
        if (action is null)
        {
            stderr.WriteLine($"clysm-conformance: unknown command {argv[0]}");
            stderr.WriteLine(MainUsage);
            return (int)ExitCode.EXIT_FAILURE;
        }
        if (rest.Contains("--help") || rest.Contains("-h"))
        {
            stdout.WriteLine(usage);
            return 0;
        }
        var command = argv[0];
        int Error(string message, ExitCode code = ExitCode.EXIT_FAILURE)
        {
            stderr.WriteLine(Printable.ErrorLine(message, argv));
            return (int)code;
        }
        try
        {
            return action();
        }
        catch (UsageException e)
        {
            Error($"clysm-conformance {command}: {e.Message}");
            stderr.WriteLine(usage);
            return (int)ExitCode.EXIT_FAILURE;
        }
        catch (CorpusLoadException e) { return Error($"clysm-conformance: corpus error: {e.Message}"); }
        catch (Exception e) when (e is DirectoryNotFoundException or FileNotFoundException or EngineUnavailableException)
        {
            return Error($"clysm-conformance {command}: {e.Message}", ExitCode.EXIT_MISSING_DEP);
        }
        catch (ReportSchemaException e) { return Error(e.Message); }
        catch (ArgumentException e) { return Error($"clysm-conformance {command}: {e.Message}"); }
        // What a command can expect to meet: another run in the folder, an unusable input for the host,
        // a damaged file (named by file:line), a file or folder that cannot be read or written.
        catch (Exception e) when (e is RunFolderBusyException or HostErrorException or InvalidDataException
                                    or IOException or UnauthorizedAccessException or System.Text.Json.JsonException)
        {
            return Error($"clysm-conformance {command}: {e.Message}");
        }
        catch (Exception e)
        {
            // A bug of the suite: still one line, and the trace on request.
            Error($"clysm-conformance {command}: internal error: {e.GetType().Name}: {e.Message}"
                  + (verbose ? "" : " (rerun with --verbose for the stack trace)"));
            if (verbose) stderr.WriteLine(e.ToString());
            return (int)ExitCode.EXIT_FAILURE;
        }
    }

    // ---- run ------------------------------------------------------------------------------

    private static int Run(string[] argv, TextWriter stdout, TextWriter stderr)
    {
        var a = new Args(argv,
            new HashSet<string> { "--stage", "--stage-module", "--stage-command", "--stage-version", "--include", "--exclude", "--category",
                "--exclude-category", "--feature", "--exclude-feature", "--corpus", "--jobs", "--timeout", "--report", "--results", "--history", "--show-failures" },
            new HashSet<string> { "--no-history", "--quiet" });
        if (a.Positionals.Count > 0) throw new UsageException($"unexpected argument {a.Positionals[0]}");

        var selection = new StageSelection
        {
            Kind = a.Value("--stage"),
            ModulePath = a.Value("--stage-module"),
            Command = a.Value("--stage-command"),
            StageVersion = a.Value("--stage-version"),
        }.Over(StageSelection.FromEnvironment());
        var filter = new CaseFilter
        {
            IncludeIds = a.Values("--include"), ExcludeIds = a.Values("--exclude"),
            Categories = a.Values("--category"), ExcludeCategories = a.Values("--exclude-category"),
            Features = a.Values("--feature"), ExcludeFeatures = a.Values("--exclude-feature"),
        };
        var jobs = a.Int("--jobs", Environment.ProcessorCount);
        var timeout = TimeSpan.FromSeconds(a.Int("--timeout", 10));
        var reportPath = a.Value("--report") ?? "out/report.json";
        var resultsPath = a.Value("--results") ?? "out/results.jsonl";
        var historyPath = a.Flag("--no-history") ? null : a.Value("--history") ?? History.DefaultPath;
        var showFailures = a.Int("--show-failures", 10, min: 0);

        // First of all, so a second run in the same folder is refused at once: lock the output folders,
        // repair what a killed run left, check that every output can be written.
        using var files = RunFiles.Open(reportPath, resultsPath, historyPath);
        foreach (var note in files.Notes) stderr.WriteLine("clysm-conformance: " + note);
        var corpus = CorpusLoader.Load(a.Value("--corpus") ?? FindCorpus());
        var cases = filter.Apply(corpus.Cases);
        using var stage = selection.Create(files.StageFolder);
        stdout.WriteLine($"stage: {stage.Description} ({stage.StageVersion})");
        stdout.WriteLine($"corpus: {corpus.Cases.Count} cases in {corpus.Modules.Count} modules; selected {cases.Count}; {jobs} job(s)");
        stdout.WriteLine($"run {files.RunId}: results go to {files.PartialResultsPath} as cases finish and replace {resultsPath} at the end");

        using var session = new ConformanceSession(stage, () => WasmRunner.Create(), timeout) { SandboxFolder = files.SandboxFolder };
        var progress = a.Flag("--quiet") ? null : new ProgressDisplay(stdout, !Console.IsOutputRedirected && ReferenceEquals(stdout, Console.Out));
        // Ctrl+C or SIGTERM stops taking new cases; the cases already run make a partial report. A second
        // signal ends the process at once, which loses nothing either.
        using var cancel = new CancellationTokenSource();
        void OnSignal(PosixSignalContext context)
        {
            context.Cancel = !cancel.IsCancellationRequested;
            cancel.Cancel();
        }
        using var onInterrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
        using var onTerminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
        var outcome = ConformanceRun.Run(cases, session, new RunOptions
        {
            Jobs = jobs,
            OnCaseDone = (p, r) =>
            {
                files.Append(r);
                progress?.Update(p);
            },
            Cancel = cancel.Token,
        });
        progress?.Finish();

        if (outcome.Preparation.Status == StageStatus.Missing)
        {
            files.Discard();
            stderr.WriteLine($"clysm-conformance: stage missing: {outcome.Preparation.Message}");
            return (int)ExitCode.EXIT_MISSING_DEP;
        }
        if (outcome.Preparation.Status != StageStatus.Compiled)
            stderr.WriteLine($"clysm-conformance: stage {(outcome.Preparation.Status == StageStatus.Skipped ? "skipped every case" : "failed")}: {outcome.Preparation.Message}");

        var report = ReportBuilder.Build(outcome.Results, corpus.Modules, new RunInfo
        {
            StageVersion = stage.StageVersion,
            Stage = new StageInfo { Kind = stage.Kind, Description = stage.Description, Sha256 = stage.Sha256 },
            EngineVersion = outcome.EngineVersion,
            Duration = outcome.Duration,
            Filters = filter.Describe(),
            CorpusFingerprint = CorpusSet.Fingerprint(cases),
        });
        if (cancel.IsCancellationRequested)
        {
            // An interrupted run is not a run of the selection: it replaces nothing and joins no trend.
            files.Abandon(report);
            PrintSummary(stdout, report, outcome, showFailures);
            stderr.WriteLine($"clysm-conformance: interrupted after {outcome.Results.Count} of {cases.Count} cases; {reportPath} and {resultsPath} "
                + $"are left as they were; this run's partial results: {files.PartialResultsPath}, partial report: {files.PartialReportPath}");
            return (int)ExitCode.EXIT_FAILURE;
        }
        report = files.Commit(report);
        if (historyPath is not null) History.Append(historyPath, HistoryEntry.From(report));

        PrintSummary(stdout, report, outcome, showFailures);
        stdout.WriteLine($"report: {reportPath}; per-case results: {resultsPath}" + (historyPath is null ? "" : $"; history: {historyPath}"));
        var code = outcome.ExitCode;
        if (code == ExitCode.EXIT_SKIP) stderr.WriteLine(RunStatus.LoudMessage(report));
        return (int)code;
    }

    internal static void PrintSummary(TextWriter o, CompilationReport report, RunOutcome outcome, int showFailures)
    {
        var ci = CultureInfo.InvariantCulture;
        if (showFailures > 0)
            foreach (var r in outcome.Results.Where(r => r.Failed).Take(showFailures))
                o.WriteLine("FAIL " + Printable.Escape(r.Describe(), keepNewlines: true).Replace("\n", "\n     ") + "\n");

        // Columns from the outcome table: failures, the two verdicts that are not scored, skips.
        o.WriteLine();
        o.WriteLine(string.Format(ci, "{0,-28} {1,6} {2,6} {3,6} {4,6} {5,6} {6,6} {7,9}", "category", "total", "pass", "fail", "unver", "incon", "skip", "coverage"));
        foreach (var c in report.Categories)
            o.WriteLine(string.Format(ci, "{0,-28} {1,6} {2,6} {3,6} {4,6} {5,6} {6,6} {7,8:0.00}%", c.Category, c.Total, c.Passed, c.Failed, c.Unverified, c.Inconclusive, c.Skipped, c.CoveragePct));
        var s = report.Summary;
        o.WriteLine(string.Format(ci, "{0,-28} {1,6} {2,6} {3,6} {4,6} {5,6} {6,6} {7,8:0.00}%", "all", s.TotalForms, s.Passed, s.Scored - s.Passed, s.Unverified, s.Inconclusive, s.Skipped, s.CoveragePct));
        if (report.TopBlockers.Count > 0)
        {
            o.WriteLine();
            o.WriteLine("top blockers (fix these first):");
            foreach (var b in report.TopBlockers.Take(5))
                o.WriteLine($"  {b.Count,5} x {b.Outcome} at {b.Phase}: {b.Reason}  (e.g. {string.Join(", ", b.Examples)})");
        }
        o.WriteLine();
        o.WriteLine(s.ScoredLine());
        o.WriteLine(string.Format(ci, "{0} cases in {1:0.0} s ({2:0.0} cases/s), engine {3}", outcome.Results.Count, outcome.Duration.TotalSeconds,
            outcome.Duration.TotalSeconds > 0 ? outcome.Results.Count / outcome.Duration.TotalSeconds : 0, outcome.EngineVersion ?? "not started"));
    }

    /// <summary>./corpus, or the first corpus/ folder above the working directory.</summary>
    internal static string FindCorpus()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            if (Directory.Exists(Path.Combine(dir.FullName, "corpus"))) return Path.Combine(dir.FullName, "corpus");
        throw new DirectoryNotFoundException("no corpus/ directory here or above; give one with --corpus DIR");
    }

    // ---- exec -----------------------------------------------------------------------------

    private static int Exec(string[] argv, TextWriter stdout, TextWriter stderr)
    {
        var a = new Args(argv, new HashSet<string> { "--export", "--stdin", "--stdin-text", "--sandbox", "--timeout", "--output-limit" }, new HashSet<string>());
        if (a.Positionals.Count != 1) throw new UsageException("exactly one MODULE.wasm is needed");
        var path = a.Positionals[0];
        WasmModule module;
        byte[] bytes;
        try { module = WasmModule.Load(path); bytes = File.ReadAllBytes(path); }   // names a missing (3) or malformed (2) file
        catch (WasmLoadException e)
        {
            stderr.WriteLine(Printable.ErrorLine($"clysm-conformance exec: {e.Message}", argv));
            return (int)e.ExitCode;
        }
        var names = module.Imports.SelectMany(i => new[] { i.Module, i.Name }).Concat(module.Exports.Select(e => e.Name)).ToList();
        var timeout = TimeSpan.FromSeconds(a.Int("--timeout", 10));
        var stdinFile = a.Value("--stdin");
        if (stdinFile is not null and not "-" && !File.Exists(stdinFile) && !Directory.Exists(stdinFile))
            throw new FileNotFoundException($"--stdin {stdinFile}: no such file");
        var stdinText = a.Value("--stdin-text") ?? (stdinFile == "-" ? ReadStandardInput(HostLimits.Default.ReadBytes, timeout) : "");
        var sandbox = a.Value("--sandbox");
        if (sandbox is not null && !Directory.Exists(sandbox)) throw new DirectoryNotFoundException($"--sandbox {sandbox}: no such folder");
        // Without --sandbox a module gets an empty folder of its own, never the current directory.
        var fresh = sandbox is null ? Directory.CreateTempSubdirectory("clysm-exec-").FullName : null;
        try
        {
            var request = new InvocationRequest
            {
                Module = bytes,
                Export = a.Value("--export") ?? "_start",
                Stdin = stdinText,
                StdinFile = stdinFile == "-" ? null : stdinFile,
                SandboxRoot = sandbox ?? fresh,
                Timeout = timeout,
                OutputLimitBytes = a.Int("--output-limit", 1 << 20),
            };
            InvocationResult r;
            try
            {
                using var engine = WasmRunner.Create();
                r = engine.Invoke(request);
                stderr.Flush();
                stdout.Write(r.Stdout);
                stdout.Flush();
                stderr.Write(r.Stderr);
                var what = r.Status == InvocationStatus.Returned ? "value " + r.Value : r.Message;
                var extra = r.Condition is { } c ? $"; condition {c.Type}: {c.Message}" : r.HostError is { } h && h.Message != r.Message ? $"; host error: {h.Message}" : "";
                var calls = r.ImportCalls.Count == 0 ? "none" : string.Join(", ", r.ImportCalls.Select(kv => $"{kv.Key} x{kv.Value}"));
                var status = System.Text.RegularExpressions.Regex.Replace(r.Status.ToString(), "(?<=[a-z])(?=[A-Z])", " ").ToLowerInvariant();   // "link error"
                var summary = $"[exec] {status}: {what}{extra}; imports called: {calls}; {r.Duration.TotalMilliseconds:0.0} ms; engine {engine.EngineVersion}";
                // The summary is one line whatever the module's names hold; so is each line of the stack.
                stderr.WriteLine(Printable.Escape(Printable.WithNames(summary, names)));
                if (r.WasmStack is { } stack) stderr.WriteLine(Printable.WithNames(stack, names));
            }
            catch (EngineUnavailableException e)
            {
                stderr.WriteLine($"clysm-conformance exec: {e.Message}");
                return (int)e.ExitCode;
            }
            return (int)r.ExitCode;
        }
        finally
        {
            if (fresh is not null)
                try { Directory.Delete(fresh, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    /// <summary>This process's standard input, for --stdin -: at most <paramref name="limit"/> bytes of
    /// UTF-8, within the invocation's timeout (a pipe that never ends must not hang exec).</summary>
    private static string ReadStandardInput(long limit, TimeSpan timeout)
    {
        var read = Task.Run(() =>
        {
            using var stdin = Console.OpenStandardInput();
            var buffer = new MemoryStream();
            var chunk = new byte[64 << 10];
            for (int n; (n = stdin.Read(chunk)) > 0;)
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

    // ---- inspect --------------------------------------------------------------------------

    private static int Inspect(string[] argv, TextWriter stdout, TextWriter stderr)
    {
        var a = new Args(argv, new HashSet<string>(), new HashSet<string> { "--stage-module" });
        if (a.Positionals.Count != 1) throw new UsageException("give exactly one module path");
        WasmModule module;
        try { module = WasmModule.Load(a.Positionals[0]); }
        catch (WasmLoadException e)
        {
            stderr.WriteLine(Printable.ErrorLine($"clysm-conformance inspect: {e.Message}", argv));
            return (int)e.ExitCode;
        }
        var names = module.Imports.SelectMany(i => new[] { i.Module, i.Name }).Concat(module.Exports.Select(e => e.Name)).ToList();
        stdout.WriteLine(Printable.WithNames(module.Describe(), names));
        var report = ContractChecker.Check(module, HostContract.Default, a.Flag("--stage-module") ? ModuleRole.Stage : ModuleRole.Case);
        stdout.WriteLine(Printable.WithNames(report.ToString(), names));
        return (int)report.ExitCode;
    }

    // ---- history --------------------------------------------------------------------------

    private static int HistoryCommand(string[] argv, TextWriter stdout)
    {
        var a = new Args(argv, new HashSet<string> { "--history", "--svg" }, new HashSet<string> { "--all" });
        if (a.Positionals.Count > 0) throw new UsageException($"unexpected argument {a.Positionals[0]}");
        var path = a.Value("--history") ?? History.DefaultPath;
        var all = History.Read(path);
        // A filtered run covers other cases: mixing it into the trend would make a jump of nothing.
        var entries = a.Flag("--all") ? all : all.Where(e => e.WholeCorpus).ToList();
        stdout.Write(History.Trend(entries));
        if (entries.Count < all.Count)
            stdout.WriteLine($"{all.Count - entries.Count} run(s) with filters left out (--all includes them)");
        var svg = a.Value("--svg") ?? "out/history.svg";
        ReportWriter.WriteAtomically(svg, SvgChart.Render(entries));
        stdout.WriteLine($"chart: {svg} ({entries.Count} run(s) from {path})");
        return 0;
    }

    // ---- corpus ---------------------------------------------------------------------------

    private static int CorpusCommand(string[] argv, TextWriter stdout)
    {
        var a = new Args(argv, new HashSet<string> { "--corpus" }, new HashSet<string>());
        if (a.Positionals.Count != 1 || a.Positionals[0] is not ("stats" or "check"))
            throw new UsageException("say which: corpus stats or corpus check");
        var corpus = CorpusLoader.Load(a.Value("--corpus") ?? FindCorpus());
        if (a.Positionals[0] == "check")
        {
            stdout.WriteLine($"corpus ok: {corpus.Cases.Count} cases in {corpus.Modules.Count} modules");
            return 0;
        }
        stdout.WriteLine($"{"category",-28} {"cases",6}");
        foreach (var g in corpus.Cases.GroupBy(c => c.Category).OrderBy(g => g.Key, StringComparer.Ordinal))
            stdout.WriteLine($"{g.Key,-28} {g.Count(),6}");
        stdout.WriteLine();
        stdout.WriteLine($"{"module",-40} {"cases",6}");
        foreach (var m in corpus.Modules)
            stdout.WriteLine($"{m,-40} {corpus.Cases.Count(c => c.Module == m),6}");
        stdout.WriteLine();
        // corpus/forms holds the Lisp form cases, corpus/io the I/O scenarios.
        foreach (var kind in corpus.Cases.GroupBy(c => c.Module.Split('/').Skip(1).FirstOrDefault() ?? "").OrderBy(g => g.Key, StringComparer.Ordinal))
            stdout.WriteLine($"{"corpus/" + kind.Key,-14} {kind.Count(),5} cases in {kind.Select(c => c.Category).Distinct().Count()} categories");
        stdout.WriteLine($"total: {corpus.Cases.Count} cases, {corpus.Cases.Select(c => c.Category).Distinct().Count()} categories, {corpus.Modules.Count} modules");
        return 0;
    }
}

/// <summary>A single updating line on a terminal; a plain line every few seconds otherwise.</summary>
internal sealed class ProgressDisplay(TextWriter o, bool tty)
{
    private readonly Stopwatch _since = Stopwatch.StartNew();
    private Progress? _last;

    public void Update(Progress p)
    {
        _last = p;
        var line = string.Format(CultureInfo.InvariantCulture, "{0}/{1} pass {2} fail {3} skip {4} ({5:0} cases/s)", p.Done, p.Total, p.Passed, p.Failed, p.Skipped, p.CasesPerSecond);
        if (tty)
        {
            if (_since.ElapsedMilliseconds < 100 && p.Done != p.Total) return;
            o.Write("\r" + line + "   ");
            _since.Restart();
        }
        else if (_since.ElapsedMilliseconds >= 5000)
        {
            o.WriteLine(line);
            _since.Restart();
        }
    }

    public void Finish()
    {
        if (tty && _last is not null) o.WriteLine();
    }
}
