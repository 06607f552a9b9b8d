using System.Text.Json;
using Clysm.Runtime.Contract;
using Clysm.Runtime.Wasm;

namespace Clysm.Runtime.Engine.V8;

/// <summary>
/// The messages between <see cref="V8Engine"/> and the wasm thread of its worker (wasm-thread.mjs),
/// carried as frames by <see cref="FrameChannel"/>. Every request but Unload and EndStore has one
/// reply; while the worker runs wasm (Instantiate, Call) it may first send any number of host calls,
/// each answered before it goes on, and batches of deferred writes, which get no answer.
/// <code>
/// host → worker
///   M compile      u32 module id, u32 json length, json bound imports, module bytes  → K | X
///   U unload       u32 module id
///   I instantiate  u8 slot, u32 module id, u8 support slot, u8 channel slot          → K | X
///   E call         u8 slot, u16 name length, name, u8 count, values                  → V | X
///   G read string  u8 channel slot, value                                            → B | X
///   N new string   u8 channel slot, bytes (to the end)                               → V | X
///   D end store    (instances and references of the store are dropped)
///   A answer       u8 1, u8 deferrable, i32 defer budget, result | u8 0, text message
/// worker → host
///   R hello        json {node, v8}
///   H host call    u8 slot, u16 import index, arguments by representation
///   W writes       (u8 slot, u16 import index, arguments)*
///   K ok · V u8 count, values · B bytes (u32 length, 0xffffffff: not a string)
///   X fault        u8 kind (1 invalid, 2 link, 3 trap), u8 from host, text message, text wasm stack
/// value: u8 tag (0 i32, 1 i64, 2 f32, 3 f64 (every JS number), 4 null, 5 reference id, 6 host string), payload
/// slot 255: none; channel slot 254: the instance itself
/// </code>
/// </summary>
internal static class V8Protocol
{
    public const byte Compile = (byte)'M', Unload = (byte)'U', Instantiate = (byte)'I', Call = (byte)'E',
        ReadString = (byte)'G', NewString = (byte)'N', EndStore = (byte)'D', Answer = (byte)'A';
    public const byte Hello = (byte)'R', HostCall = (byte)'H', Writes = (byte)'W', Ok = (byte)'K',
        Values = (byte)'V', Bytes = (byte)'B', Fault = (byte)'X';
    public const byte NoSlot = 255, SelfSlot = 254;

    private const byte TagI32 = 0, TagI64 = 1, TagF32 = 2, TagF64 = 3, TagNull = 4, TagRef = 5, TagHostString = 6;

    public static string FrameName(byte type) => type switch
    {
        Hello => "hello", HostCall => "host call", Writes => "writes", Ok => "ok", Values => "values",
        Bytes => "bytes", Fault => "fault", _ => $"type {type}",
    };

    /// <summary>The wire code of a representation (wasm-thread.mjs: Repr).</summary>
    public static int Code(Repr r) => r switch
    {
        Repr.Int => 0, Repr.Handle => 1, Repr.HostString => 2, Repr.GcString => 3,
        Repr.KeywordCode => 4, Repr.KeywordHostString => 5, Repr.KeywordGcString => 6, Repr.F64 => 7,
        _ => throw new ArgumentOutOfRangeException(nameof(r), r, null),
    };

    public static bool IsInt(Repr r) => r is Repr.Int or Repr.Handle or Repr.KeywordCode;

    /// <summary>The bound imports as the worker needs them: module, name, representations, deferral.</summary>
    public static byte[] ImportsJson(IReadOnlyList<BoundImport> imports) => JsonSerializer.SerializeToUtf8Bytes(imports.Select(b => new
    {
        m = b.Binding.Module,
        n = b.Binding.Name,
        p = b.Binding.Params.Select(Code).ToArray(),
        r = b.Binding.Result is { } r ? Code(r) : -1,
        d = b.Host.Traits switch { HostCallTraits.DeferrableWrite => 1, HostCallTraits.EndsDeferral => 2, _ => 0 },
    }));

    public static void PutValue(FrameChannel c, WasmValue v)
    {
        switch (v.Kind)
        {
            case WasmValueKind.I32 or WasmValueKind.I31: c.U8(TagI32); c.I32(v.AsI32); break;
            case WasmValueKind.I64: c.U8(TagI64); c.I64(v.Bits); break;
            case WasmValueKind.F32: c.U8(TagF32); c.F32(v.AsF32); break;
            case WasmValueKind.F64: c.U8(TagF64); c.F64(v.AsF64); break;
            case WasmValueKind.Null: c.U8(TagNull); break;
            case WasmValueKind.Ref: c.U8(TagRef); c.U32((uint)v.RefId); break;
            case WasmValueKind.HostString: c.U8(TagHostString); c.Text(v.Text); break;
        }
    }

    /// <summary>A value from the worker; a JS number is typed by what the export declares.</summary>
    public static WasmValue ReadValue(ref PayloadReader r, ValType? declared)
    {
        switch (r.U8())
        {
            case TagI32: return WasmValue.I32(r.I32());
            case TagI64: return WasmValue.I64(r.I64());
            case TagF32 or TagF64:
                var d = r.F64();
                return declared switch
                {
                    NumType { Kind: NumKind.I32 } => WasmValue.I32((int)d),
                    NumType { Kind: NumKind.F32 } => WasmValue.F32((float)d),
                    NumType { Kind: NumKind.F64 } or null => WasmValue.F64(d),
                    _ => WasmValue.I31((int)d),            // a reference that V8 handed to JS as a number
                };
            case TagNull: return WasmValue.Null;
            case TagRef: return WasmValue.Ref(r.U32());
            case TagHostString: return WasmValue.HostString(r.Text() ?? "");
            default: throw new ProtocolException("protocol: unknown value tag from the engine");
        }
    }
}
