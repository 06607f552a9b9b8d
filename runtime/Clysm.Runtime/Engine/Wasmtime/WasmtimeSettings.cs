namespace Clysm.Runtime.Engine.Wasmtime;

/// <summary>
/// The guard rails every Wasmtime engine and store of the suite runs under (measured facts in
/// docs/stage-abi.md "Engines"): what is switched on, the stack and heap budgets, where compiled
/// code is cached. The parent passes them to its worker process on the command line.
/// </summary>
internal sealed record WasmtimeSettings
{
    /// <summary>The wasm stack budget. 1 MiB lets 10,000-deep non-tail recursion run, as on V8 with its
    /// default stack; Wasmtime panics above 2 MiB, and Wasmtime's own default (512 KiB) is too small.</summary>
    public int WasmStackBytes { get; init; } = 1 << 20;

    /// <summary>The native stack of the thread that runs wasm: larger than the wasm stack, otherwise deep
    /// recursion overflows the thread before Wasmtime's own check and the process aborts.</summary>
    public int ThreadStackBytes { get; init; } = 16 << 20;

    /// <summary>Cap on each store's linear memory and GC heap growth: an allocation bomb ends as
    /// "GC heap out of memory" in its case, not as a machine out of memory. 2 GiB, as V8's heap cap
    /// (docs/stage-abi.md §8), so an allocation-heavy case means the same on both.</summary>
    public long MemoryLimitBytes { get; init; } = 2L << 30;

    /// <summary>Cranelift optimisation: false keeps compile time, the cost that dominates a Wasmtime
    /// corpus run, as low as it goes (bench/: <c>wasmtime-compile</c>).</summary>
    public bool Optimize { get; init; }

    /// <summary>Cranelift's single-pass register allocator instead of backtracking: about 30% less compile
    /// CPU (bench/: <c>wasmtime-compile</c>), but its frames are larger, and 10,000-deep non-tail
    /// recursion no longer fits the 1 MiB stack budget both engines share. Off.</summary>
    public bool SinglePassRegalloc { get; init; }

    /// <summary>Compile a module's functions on several threads.</summary>
    public bool ParallelCompilation { get; init; } = true;

    /// <summary>Directory of the engine's compilation cache (null: no cache).</summary>
    public string? CacheDirectory { get; init; } = DefaultCacheDirectory();

    /// <summary><c>$CLYSM_WASMTIME_CACHE</c>, else <c>.clysm/wasmtime-cache</c> under the current
    /// directory (git-ignored, beside the run history), so repeat runs reuse compiled modules.
    /// <c>CLYSM_WASMTIME_CACHE=off</c> turns the cache off.</summary>
    public static string? DefaultCacheDirectory()
    {
        var env = Environment.GetEnvironmentVariable("CLYSM_WASMTIME_CACHE");
        if (string.Equals(env, "off", StringComparison.OrdinalIgnoreCase)) return null;
        return Path.GetFullPath(string.IsNullOrEmpty(env) ? Path.Combine(".clysm", "wasmtime-cache") : env);
    }

    /// <summary>The settings, refused when they break a guard rail that would kill the engine's process.</summary>
    public WasmtimeSettings Check()
    {
        if (WasmStackBytes is <= 0 or > 2 << 20)
            throw new ArgumentOutOfRangeException(nameof(WasmStackBytes), WasmStackBytes, "the wasm stack must be at most 2 MiB: above, Wasmtime panics");
        if (ThreadStackBytes <= WasmStackBytes)
            throw new ArgumentOutOfRangeException(nameof(ThreadStackBytes), ThreadStackBytes, "the thread running wasm needs a stack larger than the wasm stack: otherwise deep recursion aborts the process");
        if (MemoryLimitBytes <= 0)
            throw new ArgumentOutOfRangeException(nameof(MemoryLimitBytes), MemoryLimitBytes, "every store needs a memory limit");
        return this;
    }

    public IEnumerable<string> ToArguments()
    {
        yield return $"--wasm-stack={WasmStackBytes}";
        yield return $"--thread-stack={ThreadStackBytes}";
        yield return $"--memory-limit={MemoryLimitBytes}";
        yield return $"--optimize={(Optimize ? 1 : 0)}";
        yield return $"--single-pass-regalloc={(SinglePassRegalloc ? 1 : 0)}";
        yield return $"--parallel-compilation={(ParallelCompilation ? 1 : 0)}";
        yield return $"--cache={CacheDirectory ?? ""}";
    }

    public static WasmtimeSettings FromArguments(IEnumerable<string> args)
    {
        var s = new WasmtimeSettings();
        foreach (var a in args)
        {
            var eq = a.IndexOf('=');
            if (!a.StartsWith("--", StringComparison.Ordinal) || eq < 0) throw new ArgumentException($"worker: bad argument {a}");
            var (key, value) = (a[2..eq], a[(eq + 1)..]);
            s = key switch
            {
                "wasm-stack" => s with { WasmStackBytes = int.Parse(value) },
                "thread-stack" => s with { ThreadStackBytes = int.Parse(value) },
                "memory-limit" => s with { MemoryLimitBytes = long.Parse(value) },
                "optimize" => s with { Optimize = value == "1" },
                "single-pass-regalloc" => s with { SinglePassRegalloc = value == "1" },
                "parallel-compilation" => s with { ParallelCompilation = value == "1" },
                "cache" => s with { CacheDirectory = value.Length == 0 ? null : value },
                _ => throw new ArgumentException($"worker: unknown option --{key}"),
            };
        }
        return s;
    }
}
