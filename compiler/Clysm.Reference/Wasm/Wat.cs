using System.Globalization;

namespace Clysm.Reference.Wasm;

/// <summary>Resolves the symbolic names used in hand-written runtime functions.</summary>
public interface IWatResolver
{
    int Type(string name);
    WasmGlobal Global(string name);
    WasmFunc Func(string name);
    int Tag(string name);
}

/// <summary>
/// A small assembler for the linear (non-folded) subset of the WebAssembly text format that the
/// runtime's hand-written functions use. It exists so those functions read like WAT instead of
/// chains of emitter calls. Header: (param $x t)* (result t)? (local $y t)*; then instructions.
/// </summary>
public static class Wat
{
    public sealed record Signature(List<(string Name, WasmValueType T)> Params, List<WasmValueType> Results, List<(string Name, WasmValueType T)> Locals);

    private static readonly Dictionary<string, byte> Simple = new()
    {
        ["unreachable"] = 0x00, ["nop"] = 0x01, ["return"] = 0x0F, ["drop"] = 0x1A, ["select"] = 0x1B,
        ["else"] = 0x05, ["end"] = 0x0B, ["throw_ref"] = 0x0A,
        ["ref.is_null"] = 0xD1, ["ref.eq"] = 0xD3, ["ref.as_non_null"] = 0xD4,
        ["i32.eqz"] = 0x45, ["i32.eq"] = 0x46, ["i32.ne"] = 0x47, ["i32.lt_s"] = 0x48, ["i32.lt_u"] = 0x49,
        ["i32.gt_s"] = 0x4A, ["i32.gt_u"] = 0x4B, ["i32.le_s"] = 0x4C, ["i32.le_u"] = 0x4D, ["i32.ge_s"] = 0x4E, ["i32.ge_u"] = 0x4F,
        ["i64.eqz"] = 0x50, ["i64.eq"] = 0x51, ["i64.ne"] = 0x52, ["i64.lt_s"] = 0x53, ["i64.gt_s"] = 0x55,
        ["i64.le_s"] = 0x57, ["i64.ge_s"] = 0x59, ["i64.lt_u"] = 0x54, ["i64.gt_u"] = 0x56, ["i64.le_u"] = 0x58, ["i64.ge_u"] = 0x5A,
        ["i32.add"] = 0x6A, ["i32.sub"] = 0x6B, ["i32.mul"] = 0x6C, ["i32.div_s"] = 0x6D, ["i32.div_u"] = 0x6E,
        ["i32.rem_s"] = 0x6F, ["i32.rem_u"] = 0x70, ["i32.and"] = 0x71, ["i32.or"] = 0x72, ["i32.xor"] = 0x73,
        ["i32.shl"] = 0x74, ["i32.shr_s"] = 0x75, ["i32.shr_u"] = 0x76,
        ["i64.add"] = 0x7C, ["i64.sub"] = 0x7D, ["i64.mul"] = 0x7E, ["i64.div_s"] = 0x7F, ["i64.rem_s"] = 0x81,
        ["i64.and"] = 0x83, ["i64.or"] = 0x84, ["i64.xor"] = 0x85, ["i64.shl"] = 0x86, ["i64.shr_s"] = 0x87, ["i64.shr_u"] = 0x88,
        ["i32.wrap_i64"] = 0xA7, ["i64.extend_i32_s"] = 0xAC, ["i64.extend_i32_u"] = 0xAD,
        ["i32.clz"] = 0x67, ["i32.ctz"] = 0x68, ["i32.popcnt"] = 0x69, ["i32.rotl"] = 0x77, ["i32.rotr"] = 0x78,
        ["i64.clz"] = 0x79, ["i64.ctz"] = 0x7A, ["i64.popcnt"] = 0x7B, ["i64.div_u"] = 0x80, ["i64.rem_u"] = 0x82,
        ["f32.eq"] = 0x5B, ["f32.ne"] = 0x5C, ["f32.lt"] = 0x5D, ["f32.gt"] = 0x5E, ["f32.le"] = 0x5F, ["f32.ge"] = 0x60,
        ["f64.eq"] = 0x61, ["f64.ne"] = 0x62, ["f64.lt"] = 0x63, ["f64.gt"] = 0x64, ["f64.le"] = 0x65, ["f64.ge"] = 0x66,
        ["f32.abs"] = 0x8B, ["f32.neg"] = 0x8C, ["f32.ceil"] = 0x8D, ["f32.floor"] = 0x8E, ["f32.trunc"] = 0x8F,
        ["f32.nearest"] = 0x90, ["f32.sqrt"] = 0x91, ["f32.add"] = 0x92, ["f32.sub"] = 0x93, ["f32.mul"] = 0x94,
        ["f32.div"] = 0x95, ["f32.min"] = 0x96, ["f32.max"] = 0x97, ["f32.copysign"] = 0x98,
        ["f64.abs"] = 0x99, ["f64.neg"] = 0x9A, ["f64.ceil"] = 0x9B, ["f64.floor"] = 0x9C, ["f64.trunc"] = 0x9D,
        ["f64.nearest"] = 0x9E, ["f64.sqrt"] = 0x9F, ["f64.add"] = 0xA0, ["f64.sub"] = 0xA1, ["f64.mul"] = 0xA2,
        ["f64.div"] = 0xA3, ["f64.min"] = 0xA4, ["f64.max"] = 0xA5, ["f64.copysign"] = 0xA6,
        ["i32.trunc_f32_s"] = 0xA8, ["i32.trunc_f64_s"] = 0xAA, ["i64.trunc_f32_s"] = 0xAE, ["i64.trunc_f64_s"] = 0xB0,
        ["f32.convert_i32_s"] = 0xB2, ["f32.convert_i64_s"] = 0xB4, ["f32.convert_i64_u"] = 0xB5, ["f32.demote_f64"] = 0xB6,
        ["f64.convert_i32_s"] = 0xB7, ["f64.convert_i64_s"] = 0xB9, ["f64.convert_i64_u"] = 0xBA, ["f64.promote_f32"] = 0xBB,
        ["i32.reinterpret_f32"] = 0xBC, ["i64.reinterpret_f64"] = 0xBD, ["f32.reinterpret_i32"] = 0xBE, ["f64.reinterpret_i64"] = 0xBF,
    };

    private static List<string> Tokens(string text)
    {
        var toks = new List<string>();
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (c == ';' && i + 1 < text.Length && text[i + 1] == ';') { while (i < text.Length && text[i] != '\n') i++; continue; }
            if (c == '(' || c == ')') { toks.Add(c.ToString()); i++; continue; }
            int s = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] != '(' && text[i] != ')') i++;
            toks.Add(text[s..i]);
        }
        return toks;
    }

    public static WasmValueType ParseType(IWatResolver r, List<string> t, ref int p)
    {
        string tok = t[p++];
        switch (tok)
        {
            case "i32": return WasmValueType.I32;
            case "i64": return WasmValueType.I64;
            case "f32": return WasmValueType.F32;
            case "f64": return WasmValueType.F64;
            case "anyref": return WasmValueType.Any;
            case "eqref": return WasmValueType.Eq;
            case "i31ref": return WasmValueType.I31;
            case "exnref": return WasmValueType.Exn;
            case "externref": return WasmValueType.Extern;
            case "(":
                if (t[p++] != "ref") throw new FormatException("expected ref type");
                bool nullable = false;
                if (t[p] == "null") { nullable = true; p++; }
                int idx = r.Type(t[p++]);
                if (t[p++] != ")") throw new FormatException("expected )");
                return nullable ? WasmValueType.RefNull(idx) : WasmValueType.Ref(idx);
            default: throw new FormatException($"unknown type {tok}");
        }
    }

    /// <summary>Parse the header and body of one function and emit it into f.</summary>
    public static Signature ParseSignature(IWatResolver r, string text, out List<string> toks, out int pos)
    {
        toks = Tokens(text);
        int p = 0;
        var ps = new List<(string, WasmValueType)>(); var rs = new List<WasmValueType>(); var ls = new List<(string, WasmValueType)>();
        while (p < toks.Count && toks[p] == "(" && toks[p + 1] is "param" or "result" or "local")
        {
            string kind = toks[p + 1]; p += 2;
            if (kind == "result") { rs.Add(ParseType(r, toks, ref p)); }
            else
            {
                string name = toks[p++];
                var vt = ParseType(r, toks, ref p);
                (kind == "param" ? ps : ls).Add((name, vt));
            }
            if (toks[p++] != ")") throw new FormatException("expected ) in header");
        }
        pos = p;
        return new Signature(ps, rs, ls);
    }

    public static void Assemble(IWatResolver r, Signature sig, List<string> t, int p, Code c, string fnName)
    {
        var locals = new Dictionary<string, int>();
        foreach (var (n, _) in sig.Params) locals[n] = locals.Count;
        foreach (var (n, _) in sig.Locals) locals[n] = locals.Count;
        var labels = new List<string?>(); // innermost last
        int Local(string s) => s.StartsWith('$') ? (locals.TryGetValue(s, out var i) ? i : throw new FormatException($"{fnName}: unknown local {s}")) : int.Parse(s, CultureInfo.InvariantCulture);
        int Label(string s)
        {
            if (!s.StartsWith('$')) return int.Parse(s, CultureInfo.InvariantCulture);
            for (int k = labels.Count - 1; k >= 0; k--) if (labels[k] == s) return labels.Count - 1 - k;
            throw new FormatException($"{fnName}: unknown label {s}");
        }
        WasmValueType? BlockT(ref int q)
        {
            if (q < t.Count && t[q] == "(" && t[q + 1] == "result")
            {
                q += 2; var vt = ParseType(r, t, ref q);
                if (t[q++] != ")") throw new FormatException("expected )");
                return vt;
            }
            return null;
        }
        int HeapT(ref int q) => r.Type(t[q++]);
        while (p < t.Count)
        {
            string op = t[p++];
            try
            {
                switch (op)
                {
                    case "block": case "loop": case "if":
                        {
                            string? label = p < t.Count && t[p].StartsWith('$') ? t[p++] : null;
                            var bt = BlockT(ref p);
                            if (op == "block") c.Block(bt); else if (op == "loop") c.Loop(bt); else c.If(bt);
                            labels.Add(label); break;
                        }
                    case "try_table":
                        {
                            string? label = p < t.Count && t[p].StartsWith('$') ? t[p++] : null;
                            var bt = BlockT(ref p);
                            var catches = new List<(byte, int, int)>();
                            while (t[p] == "(" && t[p + 1].StartsWith("catch"))
                            {
                                string kind = t[p + 1]; p += 2;
                                byte k = kind switch { "catch" => 0, "catch_ref" => 1, "catch_all" => 2, "catch_all_ref" => 3, _ => throw new FormatException(kind) };
                                int tag = k < 2 ? r.Tag(t[p++]) : 0;
                                int lab = Label(t[p++]);
                                if (t[p++] != ")") throw new FormatException("expected )");
                                catches.Add((k, tag, lab));
                            }
                            c.TryTable(bt, catches.ToArray());
                            labels.Add(label); break;
                        }
                    case "end": c.End(); labels.RemoveAt(labels.Count - 1); break;
                    case "br": c.Br(Label(t[p++])); break;
                    case "br_if": c.BrIf(Label(t[p++])); break;
                    case "local.get": c.LocalGet(Local(t[p++])); break;
                    case "local.set": c.LocalSet(Local(t[p++])); break;
                    case "local.tee": c.LocalTee(Local(t[p++])); break;
                    case "global.get": c.GlobalGet(r.Global(t[p++])); break;
                    case "global.set": c.GlobalSet(r.Global(t[p++])); break;
                    case "call": c.Call(r.Func(t[p++])); break;
                    case "return_call": c.ReturnCall(r.Func(t[p++])); break;
                    case "call_ref": c.CallRef(r.Type(t[p++])); break;
                    case "throw": c.Throw(r.Tag(t[p++])); break;
                    case "i32.const": c.I32(int.Parse(t[p++], CultureInfo.InvariantCulture)); break;
                    case "i64.const": c.I64(long.Parse(t[p++], CultureInfo.InvariantCulture)); break;
                    case "f32.const": c.F32(float.Parse(t[p++], CultureInfo.InvariantCulture)); break;
                    case "f64.const": c.F64(double.Parse(t[p++], CultureInfo.InvariantCulture)); break;
                    case "ref.null":
                        {
                            string h = t[p++];
                            if (h == "none") c.RefNull(0x71); else if (h == "any") c.RefNull(0x6E); else if (h == "eq") c.RefNull(0x6D);
                            else if (h == "extern") c.RefNull(0x6F); else c.RefNullT(r.Type(h));
                            break;
                        }
                    case "ref.func": c.RefFunc(r.Func(t[p++])); break;
                    case "ref.i31": c.RefI31(); break;
                    case "i31.get_s": c.I31GetS(); break;
                    case "ref.test":
                        if (t[p] == "i31") { p++; c.RefTestAbs(0x6C); } else c.RefTest(HeapT(ref p));
                        break;
                    case "ref.cast":
                        if (t[p] == "i31") { p++; c.RefCastNullAbs(0x6C); } else c.RefCast(HeapT(ref p));
                        break;
                    case "ref.cast_null":
                        if (t[p] == "eq") { p++; c.RefCastNullAbs(0x6D); } else c.RefCastNull(HeapT(ref p));
                        break;
                    case "struct.new": c.StructNew(r.Type(t[p++])); break;
                    case "struct.get": { int ty = r.Type(t[p++]); c.StructGet(ty, int.Parse(t[p++], CultureInfo.InvariantCulture)); break; }
                    case "struct.set": { int ty = r.Type(t[p++]); c.StructSet(ty, int.Parse(t[p++], CultureInfo.InvariantCulture)); break; }
                    case "array.new": c.ArrayNew(r.Type(t[p++])); break;
                    case "array.new_default": c.ArrayNewDefault(r.Type(t[p++])); break;
                    case "array.new_fixed": { int ty = r.Type(t[p++]); c.ArrayNewFixed(ty, int.Parse(t[p++], CultureInfo.InvariantCulture)); break; }
                    case "array.get": c.ArrayGet(r.Type(t[p++])); break;
                    case "array.get_u": c.ArrayGetU(r.Type(t[p++])); break;
                    case "array.set": c.ArraySet(r.Type(t[p++])); break;
                    case "array.len": c.ArrayLen(); break;
                    case "array.copy": { int a = r.Type(t[p++]); c.ArrayCopy(a, r.Type(t[p++])); break; }
                    case "any.convert_extern": c.AnyConvertExtern(); break;
                    case "extern.convert_any": c.ExternConvertAny(); break;
                    default:
                        if (Simple.TryGetValue(op, out var b)) { c.Op(b); break; }
                        throw new FormatException($"unknown instruction {op}");
                }
            }
            catch (Exception e) when (e is FormatException or ArgumentOutOfRangeException or KeyNotFoundException)
            {
                throw new InvalidOperationException($"runtime function {fnName}: at '{op}': {e.Message}", e);
            }
        }
        if (labels.Count != 0) throw new InvalidOperationException($"runtime function {fnName}: unbalanced blocks");
    }
}
