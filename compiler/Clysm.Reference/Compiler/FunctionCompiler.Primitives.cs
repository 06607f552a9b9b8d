using Clysm.Lisp;
using Clysm.Reference.Wasm;

namespace Clysm.Reference.Compiler;

internal sealed partial class FunctionCompiler
{
    private void Args(PrimNode p) { foreach (var a in p.Args) Emit(a, false); }
    private void Fix() => Call("$fix");          // eqref -> i32 (type-checked fixnum)
    private void Box() => _code.RefI31();            // i32 -> fixnum (callers keep values in range)

    private void EmitPrim(PrimNode p, bool mv)
    {
        var a = p.Args;
        switch (p.Op)
        {
            case "CAR": Args(p); Call("$car"); break;
            case "CDR": Args(p); Call("$cdr"); break;
            case "CONS": Args(p); _code.StructNew(_module.TCons); break;
            case "RPLACA": Args(p); Call("$rplaca"); break;
            case "RPLACD": Args(p); Call("$rplacd"); break;
            case "EQ": case "EQL": Args(p); Call("$eql"); Bool(); break;
            case "NOT": case "NULL": Args(p); Nil(); _code.RefEq(); Bool(); break;
            case "CONSP": Args(p); _code.RefTest(_module.TCons); Bool(); break;
            case "ATOM": Args(p); _code.RefTest(_module.TCons); _code.Op(0x45); Bool(); break;
            case "LISTP": Args(p); Call("$listp"); Bool(); break;
            case "SYMBOLP": Args(p); _code.RefTest(_module.TSym); Bool(); break;
            case "KEYWORDP": Args(p); Call("$keywordp"); Bool(); break;
            case "STRINGP": Args(p); _code.RefTest(_module.TStr); Bool(); break;
            case "CHARACTERP": Args(p); _code.RefTest(_module.TChar); Bool(); break;
            case "INTEGERP": Args(p); Call("$integerp"); Bool(); break;
            case "NUMBERP": Args(p); Call("$numberp"); Bool(); break;
            case "RATIONALP": Args(p); Call("$rationalp"); Bool(); break;
            case "REALP": Args(p); Call("$realp"); Bool(); break;
            case "FLOATP": Args(p); Call("$floatp"); Bool(); break;
            case "%BIGNUMP": Args(p); _code.RefTest(_module.TBig); Bool(); break;
            case "%INTEGER-LENGTH": Args(p); Call("$int-length"); break;
            case "%SINGLEP": Args(p); _code.RefTest(_module.TSingle); Bool(); break;
            case "%DOUBLEP": Args(p); _code.RefTest(_module.TDouble); Bool(); break;
            // the operations that make a float from non-floats: only then can the module hold floats
            case "%SINGLE": _module.FloatsPossible = true; Args(p); Call("$to-single"); break;
            case "%DOUBLE": _module.FloatsPossible = true; Args(p); Call("$to-double"); break;
            case "%BITS-SINGLE": _module.FloatsPossible = true; Args(p); Call("$bits-single"); break;
            case "%BITS-DOUBLE": _module.FloatsPossible = true; Args(p); Call("$bits-double"); break;
            case "%FLOAT-DIV": Args(p); Call("$float-div"); break;
            case "%FTRUNC": _code.I32(0); Args(p); Call("$float-round"); break;
            case "%FFLOOR": _code.I32(1); Args(p); Call("$float-round"); break;
            case "%FCEIL": _code.I32(2); Args(p); Call("$float-round"); break;
            case "%FNEAREST": _code.I32(3); Args(p); Call("$float-round"); break;
            case "%FLOAT-INTEGER": Args(p); Call("$float-integer"); break;
            case "%SINGLE-BITS": Args(p); Call("$single-bits"); break;
            case "%DOUBLE-BITS": Args(p); Call("$double-bits"); break;
            case "%FLOAT-SQRT": Args(p); Call("$float-sqrt"); break;
            case "%FLOAT-DIGIT-LOOP": Args(p); Call("$fd-generate"); break;
            case "%LIBM":
                {
                    // (%libm 'name x [y]): the host's clysm:math function on the arguments as doubles, a double
                    if (a[0] is not ConstNode { Value: Symbol fn }) throw new InvalidOperationException("%LIBM needs a quoted function name");
                    var name = fn.Name.ToLowerInvariant();
                    if (a.Count == 3 ? name is not ("atan2" or "pow") : !ModuleCompiler.MathUnary.Contains(name))
                        throw new InvalidOperationException("%LIBM: no clysm:math function " + name + " of " + (a.Count - 1) + " arguments");
                    _module.FloatsPossible = true;
                    for (int i = 1; i < a.Count; i++) { Emit(a[i], false); Call("$to-f64"); }
                    _code.Call(_module.Import("clysm:math", name)).StructNew(_module.TDouble);
                    break;
                }
            case "%FLOAT-FINITE-P": Args(p); Call("$float-finite-p"); Bool(); break;
            case "%FLOAT-HOOK": case "%FLOAT-HOOK-CHECKED": case "%FLOAT-FORMAT-HOOK": case "%COMPLEX-HOOK":
                {
                    // (%float-hook 'name a b): name's values are the hook's (the callee sets the value count)
                    if (a[0] is not ConstNode { Value: Symbol fn }) throw new InvalidOperationException(p.Op + " needs a quoted function name");
                    var kind = p.Op switch
                    {
                        "%FLOAT-HOOK" => ModuleCompiler.HookGate.Floats, "%FLOAT-HOOK-CHECKED" => ModuleCompiler.HookGate.FloatsChecked,
                        "%COMPLEX-HOOK" => ModuleCompiler.HookGate.Complexes, _ => ModuleCompiler.HookGate.FloatDirectives,
                    };
                    Emit(a[1], false); Emit(a[2], false); _code.Call(_module.FloatHookFor(fn, kind));
                    return;
                }
            case "%COMPLEXP": Args(p); _code.RefTest(_module.TComplex); Bool(); break;
            case "%MAKE-COMPLEX": _module.ComplexesPossible = true; Args(p); _code.StructNew(_module.TComplex); break;
            case "%REALPART": Args(p); _code.RefCast(_module.TComplex).StructGet(_module.TComplex, 0); break;
            case "%IMAGPART": Args(p); _code.RefCast(_module.TComplex).StructGet(_module.TComplex, 1); break;
            case "%LOGCOUNT": Args(p); Call("$int-logcount"); break;
            case "%MAKE-RATIO": _module.RatiosPossible = true; Args(p); _code.StructNew(_module.TRatio); break;
            case "%RATIOP": Args(p); _code.RefTest(_module.TRatio); Bool(); break;
            case "%RATIO-NUM": Args(p); _code.RefCast(_module.TRatio).StructGet(_module.TRatio, 0); break;
            case "%RATIO-DEN": Args(p); _code.RefCast(_module.TRatio).StructGet(_module.TRatio, 1); break;
            case "%FIXNUMP": Args(p); _code.RefTestAbs(0x6C); Bool(); break;
            case "%INT64P": Args(p); _code.RefTest(_module.TI64); Bool(); break;
            case "FUNCTIONP": Args(p); _code.RefTest(_module.TClo); Bool(); break;
            case "SIMPLE-VECTOR-P": case "%VECTORP": Args(p); _code.RefTest(_module.TVec); Bool(); break;
            case "STREAMP": Args(p); _code.RefTest(_module.TStream); Bool(); break;
            case "%CONDITIONP": Args(p); _code.RefTest(_module.TCond); Bool(); break;
            case "%INSTANCEP": Args(p); _code.RefTest(_module.TInst); Bool(); break;
            case "+": case "*":
                if (a.Count == 0) { _code.I32(p.Op == "+" ? 0 : 1).RefI31(); break; }
                Emit(a[0], false);
                if (a.Count == 1) { _code.I32(p.Op == "+" ? 0 : 1).RefI31(); Call(p.Op == "+" ? "$add" : "$mul"); break; }
                for (int i = 1; i < a.Count; i++) { Emit(a[i], false); Call(p.Op == "+" ? "$add" : "$mul"); }
                break;
            case "-":
                if (a.Count == 1) { Emit(a[0], false); Call("$negate"); break; }
                Emit(a[0], false);
                for (int i = 1; i < a.Count; i++) { Emit(a[i], false); Call("$sub"); }
                break;
            case "1+": Args(p); _code.I32(1).RefI31(); Call("$add"); break;
            case "1-": Args(p); _code.I32(1).RefI31(); Call("$sub"); break;
            case "<": Args(p); Call("$lt"); break;
            case ">": Args(p); Call("$gt"); break;
            case "<=": Args(p); Call("$le"); break;
            case ">=": Args(p); Call("$ge"); break;
            case "=": Args(p); Call("$num-eq"); break;
            case "/=": Args(p); Call("$num-eq"); Nil(); _code.RefEq(); Bool(); break;
            case "%TRUNCATE": Args(p); Call("$truncate"); break;
            case "%REM": Args(p); Call("$rem"); break;
            case "%LOGAND": Args(p); Call("$logand"); break;
            case "%LOGIOR": Args(p); Call("$logior"); break;
            case "%LOGXOR": Args(p); Call("$logxor"); break;
            case "%ASH": Args(p); Call("$ash"); break;
            case "VALUES":
                {
                    if (a.Count == 1) { Emit(a[0], false); if (mv) SetMv1(); return; }
                    var temps = a.Select(_ => NewLocal()).ToList();
                    for (int i = 0; i < a.Count; i++) { Emit(a[i], false); _code.LocalSet(temps[i]); }
                    for (int i = 1; i < a.Count; i++) { _code.GlobalGet(_module.MvBuf).I32(i).LocalGet(temps[i]).ArraySet(_module.TVec); }
                    _code.I32(a.Count).GlobalSet(_module.MvN);
                    if (a.Count == 0) Nil(); else _code.LocalGet(temps[0]);
                    return;
                }
            case "%VALUES-VECTOR": Args(p); Call("$mv-restore"); return; // the elements of a simple vector are the values
            case "SYMBOL-VALUE": Args(p); Call("$symbol-value-of"); break;
            case "BOUNDP": Args(p); Call("$boundp"); Bool(); break;
            case "SET": Args(p); Call("$set"); break;
            case "MAKUNBOUND": Args(p); Call("$makunbound"); break;
            case "SYMBOL-FUNCTION": Args(p); Call("$symbol-function-of"); break;
            case "FBOUNDP": Args(p); Call("$fboundp"); Bool(); break;
            case "FMAKUNBOUND": Args(p); Call("$fmakunbound"); break;
            case "%SET-SYMBOL-FUNCTION": Args(p); Call("$set-symbol-function"); break;
            case "%SYMBOL-NAME": Args(p); Call("$symbol-name"); break;
            case "SYMBOL-PLIST": Args(p); Call("$symbol-plist"); break;
            case "%SET-SYMBOL-PLIST": Args(p); Call("$set-symbol-plist"); break;
            case "%SYMBOL-KIND": Args(p); _code.RefCast(_module.TSym).StructGet(_module.TSym, 4).RefI31(); break;
            case "%MAKE-SYMBOL":
                Emit(a[0], false); _code.RefCast(_module.TStr); _code.RefNull(0x71).RefNull(0x71).RefNull(0x71); Emit(a[1], false); Fix(); _code.StructNew(_module.TSym); break;
            case "%MAKE-CHAR": Emit(a[0], false); Fix(); _code.StructNew(_module.TChar); break;
            case "%CHAR-CODE": Args(p); Call("$char-code"); Box(); break;
            case "%STRING-NEW": Emit(a[1], false); Fix(); Emit(a[0], false); Fix(); _code.ArrayNew(_module.TStr); break;
            case "%STRING-REF": Args(p); Call("$string-ref"); break;
            case "%STRING-SET": Args(p); Call("$string-set"); break;
            case "%STRING-LENGTH": Args(p); _code.RefCast(_module.TStr).ArrayLen(); Box(); break;
            case "%STRING-COPY":
                Emit(a[0], false); _code.RefCast(_module.TStr); Emit(a[1], false); Fix();
                Emit(a[2], false); _code.RefCast(_module.TStr); Emit(a[3], false); Fix(); Emit(a[4], false); Fix();
                _code.ArrayCopy(_module.TStr, _module.TStr); Nil(); break;
            case "%VECTOR-NEW": Emit(a[1], false); Emit(a[0], false); Fix(); _code.ArrayNew(_module.TVec); break;
            case "%VECTOR-REF": Args(p); Call("$vector-ref"); break;
            case "%VECTOR-SET": Args(p); Call("$vector-set"); break;
            case "%VECTOR-LENGTH": Args(p); _code.RefCast(_module.TVec).ArrayLen(); Box(); break;
            case "%HOST-WRITE-CHAR": Emit(a[0], false); Fix(); Emit(a[1], false); Fix(); _code.Call(_module.Import("clysm:io", "write-char")); Nil(); break;
            case "%HOST-WRITE-STRING":
                Emit(a[0], false); Fix(); Emit(a[1], false); Call("$str-to-bytes"); _code.Call(_module.Import("clysm:io", "write-string")); Nil(); break;
            case "%HOST-READ-CHAR": Emit(a[0], false); Fix(); _code.Call(_module.Import("clysm:io", "read-char")); Box(); break;
            case "%HOST-READ-LINE": Emit(a[0], false); Fix(); _code.Call(_module.Import("clysm:io", "read-line")); Call("$bytes-to-str-or-nil"); break;
            case "%FS-OPEN":
                Emit(a[0], false); Call("$str-to-bytes");
                for (int i = 1; i < 4; i++) { Emit(a[i], false); Fix(); }
                _code.Call(_module.Import("clysm:fs", "open")); Box(); break;
            case "%FS-CLOSE": Emit(a[0], false); Fix(); _code.Call(_module.Import("clysm:fs", "close")); Nil(); break;
            case "%FS-READ-ALL": Emit(a[0], false); Fix(); _code.Call(_module.Import("clysm:fs", "read-all")); Call("$bytes-to-str-or-nil"); break;
            case "%FS-WRITE-ALL": Emit(a[0], false); Fix(); Emit(a[1], false); Call("$str-to-bytes"); _code.Call(_module.Import("clysm:fs", "write-all")); Nil(); break;
            case "%MAKE-STREAM":
                Emit(a[0], false); Fix(); Emit(a[1], false); Fix(); _code.I32(0); Nil(); _code.I32(0).I32(1); _code.StructNew(_module.TStream); break;
            case "%STREAM-FD": Args(p); _code.RefCast(_module.TStream).StructGet(_module.TStream, 0).RefI31(); break;
            case "%STREAM-DIRECTION": Args(p); _code.RefCast(_module.TStream).StructGet(_module.TStream, 1).RefI31(); break;
            case "%STREAM-COL": Args(p); _code.RefCast(_module.TStream).StructGet(_module.TStream, 2).RefI31(); break;
            case "%STREAM-BUF": Args(p); _code.RefCast(_module.TStream).StructGet(_module.TStream, 3); break;
            case "%STREAM-POS": Args(p); _code.RefCast(_module.TStream).StructGet(_module.TStream, 4).RefI31(); break;
            case "%STREAM-OPEN": Args(p); _code.RefCast(_module.TStream).StructGet(_module.TStream, 5).RefI31(); break;
            case "%SET-STREAM-COL": SetField(a, _module.TStream, 2, true); break;
            case "%SET-STREAM-BUF": SetField(a, _module.TStream, 3, false); break;
            case "%SET-STREAM-POS": SetField(a, _module.TStream, 4, true); break;
            case "%SET-STREAM-OPEN": SetField(a, _module.TStream, 5, true); break;
            case "%MAKE-CONDITION": Args(p); _code.StructNew(_module.TCond); break;
            case "%CONDITION-TYPE": Args(p); _code.RefCast(_module.TCond).StructGet(_module.TCond, 0); break;
            case "%CONDITION-PLIST": Args(p); _code.RefCast(_module.TCond).StructGet(_module.TCond, 1); break;
            case "%SET-CONDITION-PLIST": SetField(a, _module.TCond, 1, false); break;
            case "%MAKE-INSTANCE": Emit(a[0], false); Emit(a[1], false); _code.RefCast(_module.TVec); _code.StructNew(_module.TInst); break;
            case "%INSTANCE-TYPE": Args(p); _code.RefCast(_module.TInst).StructGet(_module.TInst, 0); break;
            case "%INSTANCE-SLOTS": Args(p); _code.RefCast(_module.TInst).StructGet(_module.TInst, 1); break;
            case "%SIGNAL-TO": Args(p); _code.Throw(_module.TagSignal); break;
            case "%HANDLERS": _code.GlobalGet(_module.Handlers); break;
            case "%SET-HANDLERS": Args(p); _code.GlobalSet(_module.Handlers); Nil(); break;
            case "%CATCH-TAGS": _code.GlobalGet(_module.CatchTags); break;
            case "%UNHANDLED":
                Emit(a[0], false); Call("$str-to-bytes"); Emit(a[1], false); Call("$str-to-bytes");
                _code.Call(_module.Import("clysm:runtime", "unhandled-condition")); Nil(); break;
            case "%FUNCTION-NAME": Args(p); _code.RefCast(_module.TClo).StructGet(_module.TClo, 2); break;
            default: throw new InvalidOperationException("no inline code for " + p.Op);
        }
        if (mv) SetMv1();
    }

    private void SetField(List<Node> a, int type, int field, bool fixnum)
    {
        var t = NewLocal();
        Emit(a[0], false); _code.RefCast(type);
        Emit(a[1], false); _code.LocalTee(t);
        if (fixnum) Fix();
        _code.StructSet(type, field);
        _code.LocalGet(t);
    }
}
