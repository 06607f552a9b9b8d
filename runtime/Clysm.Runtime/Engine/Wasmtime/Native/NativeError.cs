using System.Text;
using static Clysm.Runtime.Engine.Wasmtime.Native.WasmtimeApi;

namespace Clysm.Runtime.Engine.Wasmtime.Native;

/// <summary>A Wasmtime error or trap could not be avoided: its text, its trap code, its wasm frames.</summary>
internal sealed class NativeException(string message) : Exception(message);

/// <summary>One frame of a trap's wasm backtrace.</summary>
internal sealed record WasmFrame(uint FunctionIndex, string? FunctionName, ulong ModuleOffset)
{
    /// <summary>Formatted like V8's frames, so both engines' stacks read the same (no offset when the
    /// engine has none: the frame that overflowed the stack).</summary>
    public override string ToString() =>
        $"    at {(FunctionName is { Length: > 0 } n ? n : $"func{FunctionIndex}")} (wasm-function[{FunctionIndex}]"
        + (ModuleOffset == ulong.MaxValue || ModuleOffset == uint.MaxValue ? ")" : $":0x{ModuleOffset:x})");
}

/// <summary>What a trap says: its first-line message, its code when the engine raised it, its frames.</summary>
internal sealed record TrapDetails(string Message, byte? Code, IReadOnlyList<WasmFrame> Frames)
{
    /// <summary>Frames kept in a report: the innermost ones say where, the outermost add nothing.</summary>
    public const int FramesKept = 16;

    /// <summary>Wasmtime records at most this many frames of a trap (its default, not settable through the C API).</summary>
    public const int FramesRecorded = 20;

    public string? Stack => Frames.Count == 0 ? null
        : string.Join("\n", Frames.Take(FramesKept).Select(f => f.ToString()))
          + (Frames.Count > FramesKept ? $"\n    ... {Frames.Count - FramesKept} more frames" : "")
          + (Frames.Count >= FramesRecorded ? $" (the engine records at most {FramesRecorded})" : "");
}

/// <summary>Reads (and frees) errors and traps the library hands over.</summary>
internal static unsafe class NativeError
{
    /// <summary>The error's text; frees the error.</summary>
    public static string TakeMessage(nint error)
    {
        ByteVec v;
        wasmtime_error_message(error, &v);
        var text = v.Text();
        wasm_byte_vec_delete(&v);
        wasmtime_error_delete(error);
        return text;
    }

    /// <summary>Throws the error's text when <paramref name="error"/> is not null.</summary>
    public static void Check(nint error, string what)
    {
        if (error != 0) throw new NativeException($"{what}: {TakeMessage(error)}");
    }

    /// <summary>The trap's message, code and frames; frees the trap.</summary>
    public static TrapDetails TakeTrap(nint trap)
    {
        ByteVec v;
        wasm_trap_message(trap, &v);
        var message = TrimMessage(v.Text());
        wasm_byte_vec_delete(&v);
        byte code;
        byte? known = wasmtime_trap_code(trap, &code) ? code : null;
        PointerVec frames;
        wasm_trap_trace(trap, &frames);
        var list = new List<WasmFrame>((int)frames.Size);
        for (nuint i = 0; i < frames.Size; i++)
        {
            var f = frames.Data[i];
            var name = wasmtime_frame_func_name(f);
            list.Add(new WasmFrame(wasm_frame_func_index(f), name is null ? null : name->Text(), wasm_frame_module_offset(f)));
        }
        wasm_frame_vec_delete(&frames);
        wasm_trap_delete(trap);
        return new TrapDetails(message, known, list);
    }

    /// <summary>A trap made by a host function: ends the run with our message.</summary>
    public static nint NewTrap(string message)
    {
        var bytes = Encoding.UTF8.GetBytes(message);
        fixed (byte* p = bytes) return wasmtime_trap_new(p, (nuint)bytes.Length);
    }

    /// <summary>
    /// Wasmtime's trap text can carry a printed backtrace and a chain of causes
    /// ("error while executing at wasm backtrace: ... Caused by: ..."); the frames are reported
    /// apart, so the message keeps the cause only, on one line.
    /// </summary>
    internal static string TrimMessage(string text)
    {
        var lines = text.Replace("\r", "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var caused = lines.FindIndex(l => l.StartsWith("Caused by:", StringComparison.Ordinal));
        if (caused >= 0 && caused + 1 < lines.Count)
            return string.Join("; ", lines.Skip(caused + 1).Select(l => System.Text.RegularExpressions.Regex.Replace(l, @"^\d+:\s*", "")));
        var backtrace = lines.FindIndex(l => l.Contains("wasm backtrace", StringComparison.Ordinal));
        if (backtrace >= 0) lines = lines.Take(backtrace).Concat(lines.Skip(backtrace + 1).Where(l => !System.Text.RegularExpressions.Regex.IsMatch(l, @"^\d+:\s+0x"))).ToList();
        return lines.Count == 0 ? text.Trim() : string.Join("; ", lines);
    }
}
