using Clysm.Lisp;
using Clysm.Reference.Wasm;

namespace Clysm.Reference.Compiler;

/// <summary>Generates the wasm code of one Lisp function. Every Lisp value is an eqref; a form
/// compiled in a multiple-value context leaves its value count in the global mv_n.</summary>
internal sealed partial class FunctionCompiler
{
    private readonly ModuleCompiler _module;
    private readonly LambdaNode _lambda;
    private WasmFunc _func = null!;
    private Code _code = null!;
    private int _paramCount;
    private readonly List<object> _labels = new();
    private int _envLocal = -1;
    private readonly Dictionary<BlockInfo, bool> _blockMv = new();
    private sealed class Frame { }

    public FunctionCompiler(ModuleCompiler module, LambdaNode lambda) { _module = module; _lambda = lambda; }

    private int NewLocal(WasmValueType t) { _func.Locals.Add(t); return _paramCount + _func.Locals.Count - 1; }
    private int NewLocal() => NewLocal(WasmValueType.Eq);

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

    private void Nil() => _code.GlobalGet(_module.Sym(Symbol.Nil));
    /// <summary>i32 on the stack to T/NIL.</summary>
    private void Bool() { _code.If(WasmValueType.Eq); _code.GlobalGet(_module.Sym(Symbol.T)); _code.Else(); Nil(); _code.End(); }
    private void Call(string rt) => _code.Call(_module.Runtime(rt));
    private void SetMv1() { _code.I32(1); _code.GlobalSet(_module.MvN); }

    // ------------------------------------------------------------------ functions

    public void Compile()
    {
        if (_lambda.Direct != null)
        {
            _func = _lambda.Direct; _code = new Code(); _paramCount = _lambda.Required.Count + _lambda.Optional.Count;
            int p = 0;
            foreach (var v in _lambda.Required) { _code.LocalGet(p++); BindVar(v); }
            foreach (var o in _lambda.Optional)
            {
                _code.LocalGet(p++); _code.RefIsNull();
                _code.If(WasmValueType.Eq); Push("if");
                if (o.Init != null) Emit(o.Init, false); else Nil();
                _code.Else(); _code.LocalGet(p - 1); _code.End(); Pop();
                BindVar(o.V);
                if (o.Supplied != null) { _code.LocalGet(p - 1); _code.RefIsNull(); _code.If(WasmValueType.Eq); Nil(); _code.Else(); _code.GlobalGet(_module.Sym(Symbol.T)); _code.End(); BindVar(o.Supplied); }
            }
            Emit(_lambda.Body, true);
            _func.Body = _code;
            // the entry unpacks the argument list and calls the direct function
            _func = _lambda.Entry!; _code = new Code(); _paramCount = 2; _labels.Clear();
            int args = 1;
            for (int i = 0; i < _lambda.Required.Count; i++) { NextArg(args, true); }
            for (int i = 0; i < _lambda.Optional.Count; i++) { NextArg(args, false); }
            TooMany(args);
            _code.Call(_lambda.Direct);
            _func.Body = _code;
            return;
        }
        _func = _lambda.Entry!; _code = new Code(); _paramCount = 2;
        if (_lambda.Free.Count > 0)
        {
            _envLocal = NewLocal(WasmValueType.RefNull(_module.TVec));
            _code.LocalGet(0).RefCast(_module.TClo).StructGet(_module.TClo, 1).RefCastNull(_module.TVec).LocalSet(_envLocal);
        }
        var specials = new List<(Symbol, int)>();
        const int a = 1;
        for (int i = 0; i < _lambda.Required.Count; i++)
        {
            NextArg(a, true); BindVar(_lambda.Required[i]);
            if (_lambda.RequiredSpecial[i] is { } s) specials.Add((s, _lambda.Required[i].Local));
        }
        foreach (var o in _lambda.Optional)
        {
            int sup = o.Supplied != null ? NewLocal() : -1;
            _code.LocalGet(a).RefTest(_module.TCons); _code.If(WasmValueType.Eq); Push("if");
            if (sup >= 0) { _code.GlobalGet(_module.Sym(Symbol.T)); _code.LocalSet(sup); }
            NextArg(a, true);
            _code.Else();
            if (sup >= 0) { Nil(); _code.LocalSet(sup); }
            if (o.Init != null) Emit(o.Init, false); else Nil();
            _code.End(); Pop();
            BindVar(o.V);
            if (o.Special != null) specials.Add((o.Special, o.V.Local));
            if (o.Supplied != null) { _code.LocalGet(sup); BindVar(o.Supplied); }
        }
        if (_lambda.Rest != null)
        {
            _code.LocalGet(a); BindVar(_lambda.Rest);
            if (_lambda.RestSpecial != null) specials.Add((_lambda.RestSpecial, _lambda.Rest.Local));
        }
        if (_lambda.HasKey)
        {
            if (!_lambda.AllowOtherKeys) { _code.LocalGet(a); _code.GlobalGet(KeyList()); Call("$check-keys"); }
            foreach (var k in _lambda.Keys)
            {
                var tmp = NewLocal();
                _code.LocalGet(a); _code.GlobalGet(_module.Sym(k.Key)); Call("$getkey"); _code.LocalTee(tmp); _code.RefIsNull();
                _code.If(WasmValueType.Eq); Push("if");
                if (k.Init != null) Emit(k.Init, false); else Nil();
                _code.Else(); _code.LocalGet(tmp); _code.End(); Pop();
                BindVar(k.V);
                if (k.Special != null) specials.Add((k.Special, k.V.Local));
                if (k.Supplied != null) { _code.LocalGet(tmp); _code.RefIsNull(); _code.If(WasmValueType.Eq); Nil(); _code.Else(); _code.GlobalGet(_module.Sym(Symbol.T)); _code.End(); BindVar(k.Supplied); }
            }
        }
        else if (_lambda.Rest == null) TooMany(a);
        foreach (var aux in _lambda.Aux)
        {
            Emit(aux.Init, false);
            if (aux.Lexical != null) BindVar(aux.Lexical);
            else { var t = NewLocal(); _code.LocalSet(t); specials.Add((aux.Special!, t)); }
        }
        if (specials.Count > 0) BindSpecials(specials, () => Emit(_lambda.Body, true));
        else Emit(_lambda.Body, true);
        _func.Body = _code;
    }

    private WasmGlobal KeyList()
    {
        var keys = ListOps.FromList(_lambda.Keys.Select(k => (object)k.Key));
        return ConstGlobal(keys);
    }

    /// <summary>Pop the next argument from the argument list in local a (a missing required one is an error).</summary>
    private void NextArg(int a, bool required)
    {
        if (required) { _code.LocalGet(a); _code.GlobalGet(_module.Sym(NameSym())); Call("$arg-car"); }
        else { _code.LocalGet(a); Call("$arg-opt"); }
        _code.LocalGet(a); Call("$arg-cdr"); _code.LocalSet(a);
    }

    private void TooMany(int a) { _code.LocalGet(a); _code.GlobalGet(_module.Sym(NameSym())); Call("$check-no-more"); }

    private Symbol NameSym() => ListOps.Intern(_lambda.Name);

    // ------------------------------------------------------------------ variables

    /// <summary>Bind the value on the stack to a new lexical variable.</summary>
    private void BindVar(Var v)
    {
        v.Local = NewLocal();
        if (v.Boxed) _code.StructNew(_module.TBox);
        _code.LocalSet(v.Local);
    }

    /// <summary>Push the storage of a variable: its box when boxed, else its value.</summary>
    private void VarStorage(Var v)
    {
        if (v.Owner == _lambda && v.Local >= 0) _code.LocalGet(v.Local);
        else
        {
            int i = _lambda.Free.IndexOf(v);
            if (i < 0) throw new InvalidOperationException($"variable {v.Name.Name} not reachable in {_lambda.Name}");
            _code.LocalGet(_envLocal).I32(i).ArrayGet(_module.TVec);
        }
    }

    private void EmitVarRef(Var v)
    {
        VarStorage(v);
        if (v.Boxed) _code.RefCast(_module.TBox).StructGet(_module.TBox, 0);
    }

    private void BindSpecials(List<(Symbol S, int Local)> specials, Action body)
    {
        var saved = new List<int>();
        foreach (var (s, loc) in specials)
        {
            var sv = NewLocal(); saved.Add(sv);
            MarkSpecial(s);
            _code.GlobalGet(_module.Sym(s)).StructGet(_module.TSym, 1).LocalSet(sv);
            _code.GlobalGet(_module.Sym(s)).LocalGet(loc).StructSet(_module.TSym, 1);
        }
        void Restore() { for (int i = 0; i < specials.Count; i++) _code.GlobalGet(_module.Sym(specials[i].S)).LocalGet(saved[i]).StructSet(_module.TSym, 1); }
        Protected(body, Restore, Restore);
    }

    /// <summary>body inside try_table; onNormal after it, onUnwind before rethrowing any exception.</summary>
    private void Protected(Action body, Action onNormal, Action onUnwind)
    {
        var exn = NewLocal(WasmValueType.Exn);
        var done = new object();
        _code.Block(WasmValueType.Eq); Push(done);
        _code.Block(WasmValueType.Exn); Push("exn");
        _code.TryTable(WasmValueType.Eq, (3, 0, 0)); Push(new Frame());
        body();
        _code.End(); Pop();
        onNormal();
        _code.Br(Depth(done));
        _code.End(); Pop();
        _code.LocalSet(exn); onUnwind(); _code.LocalGet(exn); _code.ThrowRef();
        _code.End(); Pop();
    }

    private void MarkSpecial(Symbol s)
    {
        if (Prelude.IsPreludeVar(s)) _module.NeededPreludeVars.Add(s);
    }

    // ------------------------------------------------------------------ constants

    private readonly Dictionary<object, WasmGlobal> _consts = new(ReferenceEqualityComparer.Instance);

    private WasmGlobal ConstGlobal(object datum)
    {
        if (_consts.TryGetValue(datum, out var gl)) return gl;
        var code = new Code();
        ConstExpr(datum, code, 0);
        gl = _module.Builder.Global(WasmValueType.Eq, false, code);
        _consts[datum] = gl;
        return gl;
    }

    private void ConstExpr(object d, Code code, int depth)
    {
        if (depth > 5000) throw new UnsupportedConstructException("constant nested too deeply");
        switch (d)
        {
            case Symbol s: code.GlobalGet(_module.Sym(s)); break;
            case long v when v >= -(1L << 30) && v < (1L << 30): code.I32((int)v).RefI31(); break;
            case long v: code.I64(v).StructNew(_module.TI64); break;
            case LispString s:
                {
                    // a fresh array per literal: (eq "a" "a") is false, as in a compiled Lisp
                    int n = 0;
                    foreach (var r in s.Text.EnumerateRunes()) { code.I32(r.Value); n++; }
                    code.ArrayNewFixed(_module.TStr, n);
                    break;
                }
            case LispChar ch: code.I32(ch.CodePoint).StructNew(_module.TChar); break;
            case Cons cons:
                {
                    // iterative over the spine so long lists do not recurse deeply
                    var items = new List<object>(); object p = cons;
                    while (p is Cons pc) { items.Add(pc.Car); p = pc.Cdr; }
                    foreach (var it in items) ConstExpr(it, code, depth + 1);
                    ConstExpr(p, code, depth + 1);
                    for (int i = 0; i < items.Count; i++) code.StructNew(_module.TCons);
                    break;
                }
            case LispVector v:
                foreach (var it in v.Items) ConstExpr(it, code, depth + 1);
                code.ArrayNewFixed(_module.TVec, v.Items.Count); break;
            case System.Numerics.BigInteger v: BignumConst(v, code); break;
            case Ratio r:
                // the reader gives lowest terms with a positive denominator, the runtime's invariant
                IntegerConst(r.Numerator, code); IntegerConst(r.Denominator, code);
                code.StructNew(_module.TRatio); _module.RatiosPossible = true; break;
            case LispBitVector bv:
                // a simple bit vector: a %ARRAY of element type BIT over a simple vector of 0s and 1s
                ArrayConst(new[] { bv.Bits.Count }, bv.Bits.Select(b => (object)(b ? 1L : 0L)).ToList(), "BIT", code, depth);
                break;
            case LispArray arr: ArrayConst(arr.Dimensions, arr.Items, "T", code, depth); break;
            case LispPathname path:
                // an instance of type PATHNAME holding its namestring (Runtime/Library/files.lisp)
                code.GlobalGet(_module.Sym(ListOps.Intern("PATHNAME")));
                ConstExpr(new LispString(path.Namestring), code, depth + 1);
                code.ArrayNewFixed(_module.TVec, 1).StructNew(_module.TInst); break;
            case LispComplex z:
                ConstExpr(z.Real, code, depth + 1); ConstExpr(z.Imaginary, code, depth + 1);
                code.StructNew(_module.TComplex); _module.ComplexesPossible = true; break; // its arithmetic goes through the complex hooks
            case float _func: code.F32(_func).StructNew(_module.TSingle); _module.FloatsPossible = true; break;
            case double dbl: code.F64(dbl).StructNew(_module.TDouble); _module.FloatsPossible = true; break;
            default: throw new UnsupportedConstructException("constant of type " + d.GetType().Name);
        }
    }

    /// <summary>An array other than a simple vector, in the runtime's %ARRAY layout (prelude.lisp, make-array):
    /// dimensions, row-major storage, no fill pointer, not adjustable, offset 0, element type, not displaced.</summary>
    private void ArrayConst(IReadOnlyList<int> dims, List<object> items, string elementType, Code code, int depth)
    {
        code.GlobalGet(_module.Sym(ListOps.Intern("%ARRAY")));
        ConstExpr(ListOps.FromList(dims.Select(d => (object)(long)d)), code, depth + 1);
        foreach (var it in items) ConstExpr(it, code, depth + 1);
        code.ArrayNewFixed(_module.TVec, items.Count);
        ConstExpr(Symbol.Nil, code, depth + 1); ConstExpr(Symbol.Nil, code, depth + 1); ConstExpr(0L, code, depth + 1);
        ConstExpr(ListOps.Intern(elementType), code, depth + 1); ConstExpr(Symbol.Nil, code, depth + 1);
        code.ArrayNewFixed(_module.TVec, 7).StructNew(_module.TInst);
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
        code.ArrayNewFixed(_module.TLimbs, n).StructNew(_module.TBig);
    }

    private void EmitConst(object v)
    {
        switch (v)
        {
            case Symbol s: _code.GlobalGet(_module.Sym(s)); break;
            case long n when n >= -(1L << 30) && n < (1L << 30): _code.I32((int)n).RefI31(); break;
            case LispChar ch: _code.I32(ch.CodePoint).StructNew(_module.TChar); break;
            default: _code.GlobalGet(ConstGlobal(v)); break;
        }
    }
}
