using System.Diagnostics;
using Clysm.Runtime.Engine;
using Clysm.Runtime.Engine.V8;
using Clysm.TestSupport;

namespace Clysm.Bench;

/// <summary>
/// Host-call and invocation costs of the V8 engine bridge (issue: host runtime).
/// Every figure is measured twice in the same run, with the harness and the worker free to
/// move between cores and with both pinned to one core (the default), because these machines are noisy.
/// </summary>
internal static class HostBench
{
    private const string Bytes = "(type $bytes (array (mut i8)))";
    private const string Channel = """
      (func (export "clysm:string-length") (param $s anyref) (result i32)
        (if (result i32) (ref.test (ref $bytes) (local.get $s)) (then (array.len (ref.cast (ref $bytes) (local.get $s)))) (else (i32.const -1))))
      (func (export "clysm:string-byte") (param $s anyref) (param $i i32) (result i32) (array.get_u $bytes (ref.cast (ref $bytes) (local.get $s)) (local.get $i)))
      (func (export "clysm:string-new") (param $n i32) (result anyref) (array.new_default $bytes (local.get $n)))
      (func (export "clysm:string-set-byte") (param $s anyref) (param $i i32) (param $b i32) (array.set $bytes (ref.cast (ref $bytes) (local.get $s)) (local.get $i) (local.get $b)))
      """;

    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    public static int Run(string[] args)
    {
        var writes = args.Length > 0 ? int.Parse(args[0]) : 1_000_000;
        var lines = args.Length > 1 ? int.Parse(args[1]) : 100_000;

        var writeModule = Wat.Assemble($$"""
            (module {{Bytes}}
              (import "clysm:io" "write-char" (func $w (param i32 i32)))
              (func (export "_start") (result i32) (local $i i32)
                (loop $l (call $w (i32.const 1) (i32.const 120))
                  (local.set $i (i32.add (local.get $i) (i32.const 1)))
                  (br_if $l (i32.lt_s (local.get $i) (i32.const {{writes}}))))
                (local.get $i)))
            """);
        var readModule = Wat.Assemble($$"""
            (module {{Bytes}}
              (import "clysm:io" "read-line" (func $r (param i32) (result (ref null $bytes))))
              {{Channel}}
              (func (export "_start") (result i32) (local $n i32)
                (block $eof (loop $l
                  (br_if $eof (ref.is_null (call $r (i32.const 0))))
                  (local.set $n (i32.add (local.get $n) (i32.const 1))) (br $l)))
                (local.get $n)))
            """);
        var tiny = Wat.Assemble("""(module (func (export "_start") (result i32) (i32.const 42)))""");
        var stdin = string.Concat(Enumerable.Repeat("abc\n", lines));

        Console.WriteLine($"host bench: {Environment.ProcessorCount} cores, {writes:N0} writes, {lines:N0} read-line round trips");
        Console.WriteLine($"{"",-44} {"unpinned",14} {"pinned (default)",18}");
        var results = new Dictionary<string, double[]>();
        foreach (var pinned in new[] { false, true })
        {
            using var engine = new WasmRunner(new V8Engine(pinned: pinned));
            Check(engine.Invoke(new InvocationRequest { Module = tiny }), "warm-up");

            // Batched write-char calls per second.
            var req = new InvocationRequest { Module = writeModule, OutputLimitBytes = writes + 1, Timeout = TimeSpan.FromMinutes(2) };
            Check(engine.Invoke(req), "write warm-up");
            var sw = Stopwatch.StartNew();
            var r = Check(engine.Invoke(req), "writes");
            var writeRate = writes / sw.Elapsed.TotalSeconds;
            if (r.Stdout.Length != writes) throw new InvalidOperationException($"wrote {r.Stdout.Length}, expected {writes}");

            // Synchronous read-line round trips.
            var rreq = new InvocationRequest { Module = readModule, Stdin = stdin, Timeout = TimeSpan.FromMinutes(2) };
            Check(engine.Invoke(rreq), "read warm-up");
            sw.Restart();
            Check(engine.Invoke(rreq), "reads");
            var roundTripUs = sw.Elapsed.TotalMicroseconds / (lines + 1);

            // Load + instantiate + call of a small module on the reused worker.
            const int n = 2000;
            sw.Restart();
            for (var i = 0; i < n; i++) Check(engine.Invoke(new InvocationRequest { Module = tiny }), "tiny");
            var reusedMs = sw.Elapsed.TotalMilliseconds / n;

            // The same on a fresh worker process each time.
            const int m = 20;
            sw.Restart();
            for (var i = 0; i < m; i++)
            {
                using var fresh = new WasmRunner(new V8Engine(pinned: pinned));
                Check(fresh.Invoke(new InvocationRequest { Module = tiny }), "fresh");
            }
            var freshMs = sw.Elapsed.TotalMilliseconds / m;

            Add(results, "batched write-char calls per second", writeRate);
            Add(results, "synchronous read-line round trip (µs)", roundTripUs);
            Add(results, "invocation on a reused worker (ms)", reusedMs);
            Add(results, "invocation on a fresh process (ms)", freshMs);
        }
        foreach (var (name, v) in results)
            Console.WriteLine($"{name,-44} {Fmt(v[0]),14} {Fmt(v[1]),18}");
        Console.WriteLine("targets: >= 1,000,000 writes/s; <= 15 µs per round trip; <= 5 ms per invocation on a reused worker");
        return 0;
    }

    private static void Add(Dictionary<string, double[]> d, string k, double v)
    {
        if (!d.TryGetValue(k, out var a)) d[k] = a = new double[2];
        a[a[0] == 0 ? 0 : 1] = v;
    }

    private static string Fmt(double v) => v >= 1000 ? v.ToString("N0") : v.ToString("0.00");

    private static InvocationResult Check(InvocationResult r, string what) =>
        r.Status == InvocationStatus.Returned ? r : throw new InvalidOperationException($"{what}: {r.Status} {r.Message}");
}
