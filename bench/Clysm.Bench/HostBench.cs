using System.Diagnostics;
using System.Globalization;
using System.Text;
using Clysm.Runtime.Contract;
using Clysm.Runtime.Engine;
using Clysm.Runtime.Engine.V8;
using Clysm.TestSupport;

namespace Clysm.Bench;

/// <summary>
/// Host-call and invocation costs of each engine, side by side in one run: batched write-char calls,
/// synchronous read-line round trips, a small module's invocation, and a large Stage module invoked
/// once per case on a reused runner, with its compiles counted (the Stage is compiled once per
/// runner; a copy of its bytes per case shows what that saves). V8 is measured unpinned and pinned
/// to one core (its default), because these machines are noisy.
/// </summary>
internal static class HostBench
{
    private const string Bytes = "(type $bytes (array (mut i8)))";

    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    public static int Run(int writes, int lines, int cases)
    {
        var ci = CultureInfo.InvariantCulture;

        var writeModule = WasmAs.Assemble($$"""
            (module {{Bytes}}
              (import "clysm:io" "write-char" (func $w (param i32 i32)))
              (func (export "_start") (result i32) (local $i i32)
                (loop $l (call $w (i32.const 1) (i32.const 120))
                  (local.set $i (i32.add (local.get $i) (i32.const 1)))
                  (br_if $l (i32.lt_s (local.get $i) (i32.const {{writes}}))))
                (local.get $i)))
            """);
        var readModule = WasmAs.Assemble($$"""
            (module {{Bytes}}
              (import "clysm:io" "read-line" (func $r (param i32) (result (ref null $bytes))))
              (func (export "_start") (result i32) (local $n i32)
                (block $eof (loop $l
                  (br_if $eof (ref.is_null (call $r (i32.const 0))))
                  (local.set $n (i32.add (local.get $n) (i32.const 1))) (br $l)))
                (local.get $n)))
            """);
        var tiny = WasmAs.Assemble("""(module (func (export "_start") (result i32) (i32.const 42)))""");
        var stage = LargeStage();
        var stdin = string.Concat(Enumerable.Repeat("abc\n", lines));

        var configs = new List<(string Label, Func<IWasmRunner> Create)>
        {
            ("v8 unpinned", () => new WasmRunner(new V8Engine(pinned: false))),
            ("v8 pinned (default)", () => new WasmRunner(new V8Engine())),
        };
        // Each other engine as the suite runs it (EngineFactory.CreateRunner: Wasmtime in its worker
        // process), and in this process under a WasmRunner: the difference is the worker's cost.
        foreach (var (name, unavailable) in EngineFactory.Probe().Where(e => e.Name != "v8"))
            if (unavailable is null)
            {
                configs.Add((name, () => EngineFactory.CreateRunner(name)));
                configs.Add((name + " in process", () => new WasmRunner(EngineFactory.Create(name))));
            }
            else Console.WriteLine($"({name}: {unavailable})");

        Console.WriteLine($"host bench: {Environment.ProcessorCount} cores, {writes:N0} writes, {lines:N0} read-line round trips, "
            + $"{cases} cases of a {stage.Length / 1024} KiB Stage module");
        var rows = new List<(string Name, string[] Values)>();
        void Row(int column, string name, string value)
        {
            var i = rows.FindIndex(r => r.Name == name);
            if (i < 0) { rows.Add((name, new string[configs.Count])); i = rows.Count - 1; }
            rows[i].Values[column] = value;
        }

        for (var col = 0; col < configs.Count; col++)
        {
            var create = configs[col].Create;
            using var runner = create();
            Check(runner.Invoke(new InvocationRequest { Module = tiny }), "warm-up");

            // Batched write-char calls per second.
            var req = new InvocationRequest { Module = writeModule, OutputLimitBytes = writes + 1, Timeout = TimeSpan.FromMinutes(2) };
            Check(runner.Invoke(req), "write warm-up");
            var sw = Stopwatch.StartNew();
            var r = Check(runner.Invoke(req), "writes");
            Row(col, "write-char calls per second", (writes / sw.Elapsed.TotalSeconds).ToString("N0", ci));
            if (r.Stdout.Length != writes) throw new InvalidOperationException($"wrote {r.Stdout.Length}, expected {writes}");

            // Synchronous read-line round trips.
            var rreq = new InvocationRequest { Module = readModule, Stdin = stdin, Timeout = TimeSpan.FromMinutes(2) };
            Check(runner.Invoke(rreq), "read warm-up");
            sw.Restart();
            Check(runner.Invoke(rreq), "reads");
            Row(col, "read-line round trip (µs)", (sw.Elapsed.TotalMicroseconds / (lines + 1)).ToString("0.00", ci));

            // Read, check, compile, instantiate and call a small module on the reused worker.
            const int n = 2000;
            sw.Restart();
            for (var i = 0; i < n; i++) Check(runner.Invoke(new InvocationRequest { Module = tiny }), "tiny");
            Row(col, "small module invocation, reused worker (ms)", (sw.Elapsed.TotalMilliseconds / n).ToString("0.000", ci));

            // The same with a fresh engine (and worker process) each time.
            const int m = 20;
            sw.Restart();
            for (var i = 0; i < m; i++)
            {
                using var fresh = create();
                Check(fresh.Invoke(new InvocationRequest { Module = tiny }), "fresh");
            }
            Row(col, "small module invocation, fresh engine (ms)", (sw.Elapsed.TotalMilliseconds / m).ToString("0.00", ci));

            // A large Stage module, once per case: the same bytes (compiled once), then a copy per case.
            var before = Compiles(runner);
            var perCase = TimeCases(runner, cases, _ => stage);
            Row(col, "Stage module per case, compiled once (ms)", perCase.ToString("0.000", ci));
            Row(col, "  compiles for those cases (stage, bridge)", (Compiles(runner) - before).ToString(ci));
            before = Compiles(runner);
            var copies = TimeCases(runner, Math.Max(10, cases / 10), _ => (byte[])stage.Clone());
            Row(col, "Stage module per case, a copy per case (ms)", copies.ToString("0.000", ci));
            Row(col, "  compiles for those cases (2 per case)", (Compiles(runner) - before).ToString(ci));
        }

        var width = rows.Max(r => r.Name.Length) + 2;
        Console.WriteLine("".PadRight(width) + string.Concat(configs.Select(c => c.Label.PadLeft(22))));
        foreach (var (name, values) in rows)
            Console.WriteLine(name.PadRight(width) + string.Concat(values.Select(v => (v ?? "-").PadLeft(22))));
        Console.WriteLine("targets: >= 1,000,000 writes/s; <= 15 µs per round trip; <= 5 ms per invocation on a reused worker; "
            + "no per-case compile of the Stage");
        Console.WriteLine("targets (wasmtime, as the suite runs it): >= 2,000,000 writes/s; <= 3 µs per round trip");
        return 0;
    }

    /// <summary>Milliseconds per case of a Stage's _start + compile_form(source), after two warm-up cases.</summary>
    /// <summary>Modules compiled by the runner, in this process or in its worker processes.</summary>
    private static int Compiles(IWasmRunner runner) => runner switch
    {
        WasmRunner w => w.Compiles,
        Clysm.Runtime.Engine.Wasmtime.WasmtimeWorkerRunner t => t.Compiles,
        _ => -1,
    };

    private static double TimeCases(IWasmRunner runner, int cases, Func<int, byte[]> module)
    {
        InvocationRequest Case(int i) => new()
        {
            Module = module(i), Role = ModuleRole.Stage, Setup = ["_start"], Export = "compile_form",
            Argument = $"(+ 40 {i})", ReturnsBytes = true, Timeout = TimeSpan.FromMinutes(1),
        };
        for (var i = 0; i < 2; i++) CheckNull(runner.Invoke(Case(i)));
        var sw = Stopwatch.StartNew();
        for (var i = 0; i < cases; i++) CheckNull(runner.Invoke(Case(i)));
        return sw.Elapsed.TotalMilliseconds / cases;
    }

    /// <summary>A Stage module of the shape of Clysm's Stage 1 (no channel, strings of its own type),
    /// made large by functions it never calls, whose compile_form reads its source and returns null.</summary>
    private static byte[] LargeStage()
    {
        var wat = new StringBuilder("""
            (module
              (rec (type $string (array (mut i8))) (type $cons (struct (field (mut anyref)) (field (mut anyref)))))
              (global $seen (mut i32) (i32.const 0))
              (func (export "_start") (result i32) (i32.const 0))
              (func (export "compile_form") (param $s anyref) (result anyref)
                (global.set $seen (array.len (ref.cast (ref $string) (local.get $s)))) (ref.null any))

            """);
        for (var f = 0; f < 4000; f++)
        {
            wat.Append(CultureInfo.InvariantCulture, $"  (func $f{f} (param $x anyref) (result anyref) (local $i i32)\n");
            wat.Append("    (loop $l (local.set $i (i32.add (local.get $i) (i32.const 1)))");
            for (var k = 0; k < 6; k++)
                wat.Append(CultureInfo.InvariantCulture, $" (local.set $x (struct.new $cons (local.get $x) (ref.i31 (i32.const {f * 7 + k}))))");
            wat.Append(" (br_if $l (i32.lt_u (local.get $i) (i32.const 10)))) (local.get $x))\n");
        }
        return WasmAs.Assemble(wat.Append(")\n").ToString());
    }

    private static InvocationResult Check(InvocationResult r, string what) =>
        r.Status == InvocationStatus.Returned ? r : throw new InvalidOperationException($"{what}: {r.Status} {r.Message}");

    private static void CheckNull(InvocationResult r)
    {
        if (r.Status != InvocationStatus.Returned || r.Value.Kind != Clysm.Runtime.Engine.LispValueKind.Nil)
            throw new InvalidOperationException($"Stage case: {r.Status} {r.Message} {r.Value}");
    }
}
