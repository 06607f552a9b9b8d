using Clysm.Lisp;
using Clysm.Reference.Wasm;

namespace Clysm.Reference.Compiler;

/// <summary>Generates the wasm code of one Lisp function. Every Lisp value is an eqref; a form
/// compiled in a multiple-value context leaves its value count in the global mv_n.</summary>
internal sealed partial class FunctionCompiler
{
    private readonly ModuleCompiler g;
    private readonly LambdaNode l;
    private WasmFunc f = null!;
    private Code c = null!;
    private int _paramCount;
    private readonly List<object> _labels = new();
    private int _envLocal = -1;
    private readonly Dictionary<BlockInfo, bool> _blockMv = new();
    private sealed class Frame { }

    public FunctionCompiler(ModuleCompiler gen, LambdaNode lambda) { g = gen; l = lambda; }

    private int NewLocal(ValType t) { f.Locals.Add(t); return _paramCount + f.Locals.Count - 1; }
    private int NewLocal() => NewLocal(ValType.Eq);

    private void Push(object key) => _labels.Add(key);
    private void Pop() => _labels.RemoveAt(_labels.Count - 1);
    private int Depth(object key)
    {
        int i = _labels.LastIndexOf(key);
        if (i < 0) throw new InvalidOperationException("label not in scope");
        return _labels.Count - 1 - i;
    }
    /// <summary>A local branch to key is possible when key is in this function and no dynamic frame lies between.</summary>
    private bool CanBranch(object key)
    {
        int i = _labels.LastIndexOf(key);
        if (i < 0) return false;
        for (int k = i + 1; k < _labels.Count; k++) if (_labels[k] is Frame) return false;
        return true;
    }

    private void Nil() => c.GlobalGet(g.Sym(Symbol.Nil));
    /// <summary>i32 on the stack to T/NIL.</summary>
    private void Bool() { c.If(ValType.Eq); c.GlobalGet(g.Sym(Symbol.T)); c.Else(); Nil(); c.End(); }
    private void Call(string rt) => c.Call(g.Runtime(rt));
    private void SetMv1() { c.I32(1); c.GlobalSet(g.MvN); }

    // ------------------------------------------------------------------ functions

    public void Compile()
    {
        if (l.Direct != null)
        {
            f = l.Direct; c = new Code(); _paramCount = l.Required.Count + l.Optional.Count;
            int p = 0;
            foreach (var v in l.Required) { c.LocalGet(p++); BindVar(v); }
            foreach (var o in l.Optional)
            {
                c.LocalGet(p++); c.RefIsNull();
                c.If(ValType.Eq); Push("if");
                if (o.Init != null) Emit(o.Init, false); else Nil();
                c.Else(); c.LocalGet(p - 1); c.End(); Pop();
                BindVar(o.V);
                if (o.Supplied != null) { c.LocalGet(p - 1); c.RefIsNull(); c.If(ValType.Eq); Nil(); c.Else(); c.GlobalGet(g.Sym(Symbol.T)); c.End(); BindVar(o.Supplied); }
            }
            Emit(l.Body, true);
            f.Body = c;
            // the entry unpacks the argument list and calls the direct function
            f = l.Entry!; c = new Code(); _paramCount = 2; _labels.Clear();
            int args = 1;
            for (int i = 0; i < l.Required.Count; i++) { NextArg(args, true); }
            for (int i = 0; i < l.Optional.Count; i++) { NextArg(args, false); }
            TooMany(args);
            c.Call(l.Direct);
            f.Body = c;
            return;
        }
        f = l.Entry!; c = new Code(); _paramCount = 2;
        if (l.Free.Count > 0)
        {
            _envLocal = NewLocal(ValType.RefNull(g.TVec));
            c.LocalGet(0).RefCast(g.TClo).StructGet(g.TClo, 1).RefCastNull(g.TVec).LocalSet(_envLocal);
        }
        var specials = new List<(Symbol, int)>();
        const int a = 1;
        for (int i = 0; i < l.Required.Count; i++)
        {
            NextArg(a, true); BindVar(l.Required[i]);
            if (l.RequiredSpecial[i] is { } s) specials.Add((s, l.Required[i].Local));
        }
        foreach (var o in l.Optional)
        {
            int sup = o.Supplied != null ? NewLocal() : -1;
            c.LocalGet(a).RefTest(g.TCons); c.If(ValType.Eq); Push("if");
            if (sup >= 0) { c.GlobalGet(g.Sym(Symbol.T)); c.LocalSet(sup); }
            NextArg(a, true);
            c.Else();
            if (sup >= 0) { Nil(); c.LocalSet(sup); }
            if (o.Init != null) Emit(o.Init, false); else Nil();
            c.End(); Pop();
            BindVar(o.V);
            if (o.Special != null) specials.Add((o.Special, o.V.Local));
            if (o.Supplied != null) { c.LocalGet(sup); BindVar(o.Supplied); }
        }
        if (l.Rest != null)
        {
            c.LocalGet(a); BindVar(l.Rest);
            if (l.RestSpecial != null) specials.Add((l.RestSpecial, l.Rest.Local));
        }
        if (l.HasKey)
        {
            if (!l.AllowOtherKeys) { c.LocalGet(a); c.GlobalGet(KeyList()); Call("$check-keys"); }
            foreach (var k in l.Keys)
            {
                var tmp = NewLocal();
                c.LocalGet(a); c.GlobalGet(g.Sym(k.Key)); Call("$getkey"); c.LocalTee(tmp); c.RefIsNull();
                c.If(ValType.Eq); Push("if");
                if (k.Init != null) Emit(k.Init, false); else Nil();
                c.Else(); c.LocalGet(tmp); c.End(); Pop();
                BindVar(k.V);
                if (k.Special != null) specials.Add((k.Special, k.V.Local));
                if (k.Supplied != null) { c.LocalGet(tmp); c.RefIsNull(); c.If(ValType.Eq); Nil(); c.Else(); c.GlobalGet(g.Sym(Symbol.T)); c.End(); BindVar(k.Supplied); }
            }
        }
        else if (l.Rest == null) TooMany(a);
        foreach (var aux in l.Aux)
        {
            Emit(aux.Init, false);
            if (aux.Lexical != null) BindVar(aux.Lexical);
            else { var t = NewLocal(); c.LocalSet(t); specials.Add((aux.Special!, t)); }
        }
        if (specials.Count > 0) BindSpecials(specials, () => Emit(l.Body, true));
        else Emit(l.Body, true);
        f.Body = c;
    }

    private WasmGlobal KeyList()
    {
        var keys = ListOps.FromList(l.Keys.Select(k => (object)k.Key));
        return ConstGlobal(keys);
    }

    /// <summary>Pop the next argument from the argument list in local a (a missing required one is an error).</summary>
    private void NextArg(int a, bool required)
    {
        if (required) { c.LocalGet(a); c.GlobalGet(g.Sym(NameSym())); Call("$arg-car"); }
        else { c.LocalGet(a); Call("$arg-opt"); }
        c.LocalGet(a); Call("$arg-cdr"); c.LocalSet(a);
    }

    private void TooMany(int a) { c.LocalGet(a); c.GlobalGet(g.Sym(NameSym())); Call("$check-no-more"); }

    private Symbol NameSym() => ListOps.Intern(l.Name);

    // ------------------------------------------------------------------ variables

    /// <summary>Bind the value on the stack to a new lexical variable.</summary>
    private void BindVar(Var v)
    {
        v.Local = NewLocal();
        if (v.Boxed) c.StructNew(g.TBox);
        c.LocalSet(v.Local);
    }

    /// <summary>Push the storage of a variable: its box when boxed, else its value.</summary>
    private void VarStorage(Var v)
    {
        if (v.Owner == l && v.Local >= 0) c.LocalGet(v.Local);
        else
        {
            int i = l.Free.IndexOf(v);
            if (i < 0) throw new InvalidOperationException($"variable {v.Name.Name} not reachable in {l.Name}");
            c.LocalGet(_envLocal).I32(i).ArrayGet(g.TVec);
        }
    }

    private void EmitVarRef(Var v)
    {
        VarStorage(v);
        if (v.Boxed) c.RefCast(g.TBox).StructGet(g.TBox, 0);
    }

    private void BindSpecials(List<(Symbol S, int Local)> specials, Action body)
    {
        var saved = new List<int>();
        foreach (var (s, loc) in specials)
        {
            var sv = NewLocal(); saved.Add(sv);
            MarkSpecial(s);
            c.GlobalGet(g.Sym(s)).StructGet(g.TSym, 1).LocalSet(sv);
            c.GlobalGet(g.Sym(s)).LocalGet(loc).StructSet(g.TSym, 1);
        }
        void Restore() { for (int i = 0; i < specials.Count; i++) c.GlobalGet(g.Sym(specials[i].S)).LocalGet(saved[i]).StructSet(g.TSym, 1); }
        Protected(body, Restore, Restore);
    }

    /// <summary>body inside try_table; onNormal after it, onUnwind before rethrowing any exception.</summary>
    private void Protected(Action body, Action onNormal, Action onUnwind)
    {
        var exn = NewLocal(ValType.Exn);
        var done = new object();
        c.Block(ValType.Eq); Push(done);
        c.Block(ValType.Exn); Push("exn");
        c.TryTable(ValType.Eq, (3, 0, 0)); Push(new Frame());
        body();
        c.End(); Pop();
        onNormal();
        c.Br(Depth(done));
        c.End(); Pop();
        c.LocalSet(exn); onUnwind(); c.LocalGet(exn); c.ThrowRef();
        c.End(); Pop();
    }

    private void MarkSpecial(Symbol s)
    {
        if (Prelude.IsPreludeVar(s)) g.NeededPreludeVars.Add(s);
    }

    // ------------------------------------------------------------------ constants

    private readonly Dictionary<object, WasmGlobal> _consts = new(ReferenceEqualityComparer.Instance);

    private WasmGlobal ConstGlobal(object datum)
    {
        if (_consts.TryGetValue(datum, out var gl)) return gl;
        var code = new Code();
        ConstExpr(datum, code, 0);
        gl = g.Builder.Global(ValType.Eq, false, code);
        _consts[datum] = gl;
        return gl;
    }

    private void ConstExpr(object d, Code code, int depth)
    {
        if (depth > 5000) throw new UnsupportedConstructException("constant nested too deeply");
        switch (d)
        {
            case Symbol s: code.GlobalGet(g.Sym(s)); break;
            case long v when v >= -(1L << 30) && v < (1L << 30): code.I32((int)v).RefI31(); break;
            case long v: code.I64(v).StructNew(g.TI64); break;
            case LispString s:
                {
                    // a fresh array per literal: (eq "a" "a") is false, as in a compiled Lisp
                    int n = 0;
                    foreach (var r in s.Text.EnumerateRunes()) { code.I32(r.Value); n++; }
                    code.ArrayNewFixed(g.TStr, n);
                    break;
                }
            case LispChar ch: code.I32(ch.CodePoint).StructNew(g.TChar); break;
            case Cons cons:
                {
                    // iterative over the spine so long lists do not recurse deeply
                    var items = new List<object>(); object p = cons;
                    while (p is Cons pc) { items.Add(pc.Car); p = pc.Cdr; }
                    foreach (var it in items) ConstExpr(it, code, depth + 1);
                    ConstExpr(p, code, depth + 1);
                    for (int i = 0; i < items.Count; i++) code.StructNew(g.TCons);
                    break;
                }
            case LispVector v:
                foreach (var it in v.Items) ConstExpr(it, code, depth + 1);
                code.ArrayNewFixed(g.TVec, v.Items.Count); break;
            case System.Numerics.BigInteger v: BignumConst(v, code); break;
            case Ratio r:
                // the reader gives lowest terms with a positive denominator, the runtime's invariant
                IntegerConst(r.Numerator, code); IntegerConst(r.Denominator, code);
                code.StructNew(g.TRatio); g.RatiosPossible = true; break;
            case LispBitVector bv:
                // a simple bit vector: a %ARRAY of element type BIT over a simple vector of 0s and 1s
                ArrayConst(new[] { bv.Bits.Count }, bv.Bits.Select(b => (object)(b ? 1L : 0L)).ToList(), "BIT", code, depth);
                break;
            case LispArray arr: ArrayConst(arr.Dimensions, arr.Items, "T", code, depth); break;
            case LispPathname path:
                // an instance of type PATHNAME holding its namestring (Runtime/Library/files.lisp)
                code.GlobalGet(g.Sym(ListOps.Intern("PATHNAME")));
                ConstExpr(new LispString(path.Namestring), code, depth + 1);
                code.ArrayNewFixed(g.TVec, 1).StructNew(g.TInst); break;
            case LispComplex z:
                ConstExpr(z.Real, code, depth + 1); ConstExpr(z.Imaginary, code, depth + 1);
                code.StructNew(g.TComplex); g.ComplexesPossible = true; break; // its arithmetic goes through the complex hooks
            case float f: code.F32(f).StructNew(g.TSingle); g.FloatsPossible = true; break;
            case double dbl: code.F64(dbl).StructNew(g.TDouble); g.FloatsPossible = true; break;
            default: throw new UnsupportedConstructException("constant of type " + d.GetType().Name);
        }
    }

    /// <summary>An array other than a simple vector, in the runtime's %ARRAY layout (prelude.lisp, make-array):
    /// dimensions, row-major storage, no fill pointer, not adjustable, offset 0, element type, not displaced.</summary>
    private void ArrayConst(IReadOnlyList<int> dims, List<object> items, string elementType, Code code, int depth)
    {
        code.GlobalGet(g.Sym(ListOps.Intern("%ARRAY")));
        ConstExpr(ListOps.FromList(dims.Select(d => (object)(long)d)), code, depth + 1);
        foreach (var it in items) ConstExpr(it, code, depth + 1);
        code.ArrayNewFixed(g.TVec, items.Count);
        ConstExpr(Symbol.Nil, code, depth + 1); ConstExpr(Symbol.Nil, code, depth + 1); ConstExpr(0L, code, depth + 1);
        ConstExpr(ListOps.Intern(elementType), code, depth + 1); ConstExpr(Symbol.Nil, code, depth + 1);
        code.ArrayNewFixed(g.TVec, 7).StructNew(g.TInst);
    }

    private void IntegerConst(System.Numerics.BigInteger v, Code code)
    {
        if (Converter.FitsInt64(v)) ConstExpr((long)v, code, 0); else BignumConst(v, code);
    }

    /// <summary>A bignum literal (the reader gives BigInteger only beyond 64 bits): sign and 32-bit limbs.</summary>
    private void BignumConst(System.Numerics.BigInteger v, Code code)
    {
        var bytes = System.Numerics.BigInteger.Abs(v).ToByteArray(isUnsigned: true, isBigEndian: false);
        int n = (bytes.Length + 3) / 4;
        code.I32(v.Sign < 0 ? 1 : 0);
        for (int i = 0; i < n; i++)
        {
            uint limb = 0;
            for (int k = 0; k < 4 && 4 * i + k < bytes.Length; k++) limb |= (uint)bytes[4 * i + k] << (8 * k);
            code.I32(unchecked((int)limb));
        }
        code.ArrayNewFixed(g.TLimbs, n).StructNew(g.TBig);
    }

    private void EmitConst(object v)
    {
        switch (v)
        {
            case Symbol s: c.GlobalGet(g.Sym(s)); break;
            case long n when n >= -(1L << 30) && n < (1L << 30): c.I32((int)n).RefI31(); break;
            case LispChar ch: c.I32(ch.CodePoint).StructNew(g.TChar); break;
            default: c.GlobalGet(ConstGlobal(v)); break;
        }
    }
}
