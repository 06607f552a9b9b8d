using Clysm.Lisp;
using Clysm.Reference.Wasm;

namespace Clysm.Reference.Compiler;

internal sealed partial class FunctionCompiler
{
    private void Args(PrimNode p) { foreach (var a in p.Args) Emit(a, false); }
    private void Fix() => Call("$fix");          // eqref -> i32 (type-checked fixnum)
    private void Box() => c.RefI31();            // i32 -> fixnum (callers keep values in range)

    private void EmitPrim(PrimNode p, bool mv)
    {
        var a = p.Args;
        switch (p.Op)
        {
            case "CAR": Args(p); Call("$car"); break;
            case "CDR": Args(p); Call("$cdr"); break;
            case "CONS": Args(p); c.StructNew(g.TCons); break;
            case "RPLACA": Args(p); Call("$rplaca"); break;
            case "RPLACD": Args(p); Call("$rplacd"); break;
            case "EQ": case "EQL": Args(p); Call("$eql"); Bool(); break;
            case "NOT": case "NULL": Args(p); Nil(); c.RefEq(); Bool(); break;
            case "CONSP": Args(p); c.RefTest(g.TCons); Bool(); break;
            case "ATOM": Args(p); c.RefTest(g.TCons); c.Op(0x45); Bool(); break;
            case "LISTP": Args(p); Call("$listp"); Bool(); break;
            case "SYMBOLP": Args(p); c.RefTest(g.TSym); Bool(); break;
            case "KEYWORDP": Args(p); Call("$keywordp"); Bool(); break;
            case "STRINGP": Args(p); c.RefTest(g.TStr); Bool(); break;
            case "CHARACTERP": Args(p); c.RefTest(g.TChar); Bool(); break;
            case "INTEGERP": Args(p); Call("$integerp"); Bool(); break;
            case "NUMBERP": Args(p); Call("$numberp"); Bool(); break;
            case "RATIONALP": Args(p); Call("$rationalp"); Bool(); break;
            case "REALP": Args(p); Call("$realp"); Bool(); break;
            case "FLOATP": Args(p); Call("$floatp"); Bool(); break;
            case "%BIGNUMP": Args(p); c.RefTest(g.TBig); Bool(); break;
            case "%INTEGER-LENGTH": Args(p); Call("$int-length"); break;
            case "%SINGLEP": Args(p); c.RefTest(g.TSingle); Bool(); break;
            case "%DOUBLEP": Args(p); c.RefTest(g.TDouble); Bool(); break;
            // the operations that make a float from non-floats: only then can the module hold floats
            case "%SINGLE": g.FloatsPossible = true; Args(p); Call("$to-single"); break;
            case "%DOUBLE": g.FloatsPossible = true; Args(p); Call("$to-double"); break;
            case "%BITS-SINGLE": g.FloatsPossible = true; Args(p); Call("$bits-single"); break;
            case "%BITS-DOUBLE": g.FloatsPossible = true; Args(p); Call("$bits-double"); break;
            case "%FLOAT-DIV": Args(p); Call("$float-div"); break;
            case "%FTRUNC": c.I32(0); Args(p); Call("$float-round"); break;
            case "%FFLOOR": c.I32(1); Args(p); Call("$float-round"); break;
            case "%FCEIL": c.I32(2); Args(p); Call("$float-round"); break;
            case "%FNEAREST": c.I32(3); Args(p); Call("$float-round"); break;
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
                    g.FloatsPossible = true;
                    for (int i = 1; i < a.Count; i++) { Emit(a[i], false); Call("$to-f64"); }
                    c.Call(g.Import("clysm:math", name)).StructNew(g.TDouble);
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
                    Emit(a[1], false); Emit(a[2], false); c.Call(g.FloatHookFor(fn, kind));
                    return;
                }
            case "%COMPLEXP": Args(p); c.RefTest(g.TComplex); Bool(); break;
            case "%MAKE-COMPLEX": g.ComplexesPossible = true; Args(p); c.StructNew(g.TComplex); break;
            case "%REALPART": Args(p); c.RefCast(g.TComplex).StructGet(g.TComplex, 0); break;
            case "%IMAGPART": Args(p); c.RefCast(g.TComplex).StructGet(g.TComplex, 1); break;
            case "%LOGCOUNT": Args(p); Call("$int-logcount"); break;
            case "%MAKE-RATIO": g.RatiosPossible = true; Args(p); c.StructNew(g.TRatio); break;
            case "%RATIOP": Args(p); c.RefTest(g.TRatio); Bool(); break;
            case "%RATIO-NUM": Args(p); c.RefCast(g.TRatio).StructGet(g.TRatio, 0); break;
            case "%RATIO-DEN": Args(p); c.RefCast(g.TRatio).StructGet(g.TRatio, 1); break;
            case "%FIXNUMP": Args(p); c.RefTestAbs(0x6C); Bool(); break;
            case "%INT64P": Args(p); c.RefTest(g.TI64); Bool(); break;
            case "FUNCTIONP": Args(p); c.RefTest(g.TClo); Bool(); break;
            case "SIMPLE-VECTOR-P": case "%VECTORP": Args(p); c.RefTest(g.TVec); Bool(); break;
            case "STREAMP": Args(p); c.RefTest(g.TStream); Bool(); break;
            case "%CONDITIONP": Args(p); c.RefTest(g.TCond); Bool(); break;
            case "%INSTANCEP": Args(p); c.RefTest(g.TInst); Bool(); break;
            case "+": case "*":
                if (a.Count == 0) { c.I32(p.Op == "+" ? 0 : 1).RefI31(); break; }
                Emit(a[0], false);
                if (a.Count == 1) { c.I32(p.Op == "+" ? 0 : 1).RefI31(); Call(p.Op == "+" ? "$add" : "$mul"); break; }
                for (int i = 1; i < a.Count; i++) { Emit(a[i], false); Call(p.Op == "+" ? "$add" : "$mul"); }
                break;
            case "-":
                if (a.Count == 1) { Emit(a[0], false); Call("$negate"); break; }
                Emit(a[0], false);
                for (int i = 1; i < a.Count; i++) { Emit(a[i], false); Call("$sub"); }
                break;
            case "1+": Args(p); c.I32(1).RefI31(); Call("$add"); break;
            case "1-": Args(p); c.I32(1).RefI31(); Call("$sub"); break;
            case "<": Args(p); Call("$lt"); break;
            case ">": Args(p); Call("$gt"); break;
            case "<=": Args(p); Call("$le"); break;
            case ">=": Args(p); Call("$ge"); break;
            case "=": Args(p); Call("$num-eq"); break;
            case "/=": Args(p); Call("$num-eq"); Nil(); c.RefEq(); Bool(); break;
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
                    for (int i = 0; i < a.Count; i++) { Emit(a[i], false); c.LocalSet(temps[i]); }
                    for (int i = 1; i < a.Count; i++) { c.GlobalGet(g.MvBuf).I32(i).LocalGet(temps[i]).ArraySet(g.TVec); }
                    c.I32(a.Count).GlobalSet(g.MvN);
                    if (a.Count == 0) Nil(); else c.LocalGet(temps[0]);
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
            case "%SYMBOL-KIND": Args(p); c.RefCast(g.TSym).StructGet(g.TSym, 4).RefI31(); break;
            case "%MAKE-SYMBOL":
                Emit(a[0], false); c.RefCast(g.TStr); c.RefNull(0x71).RefNull(0x71).RefNull(0x71); Emit(a[1], false); Fix(); c.StructNew(g.TSym); break;
            case "%MAKE-CHAR": Emit(a[0], false); Fix(); c.StructNew(g.TChar); break;
            case "%CHAR-CODE": Args(p); Call("$char-code"); Box(); break;
            case "%STRING-NEW": Emit(a[1], false); Fix(); Emit(a[0], false); Fix(); c.ArrayNew(g.TStr); break;
            case "%STRING-REF": Args(p); Call("$string-ref"); break;
            case "%STRING-SET": Args(p); Call("$string-set"); break;
            case "%STRING-LENGTH": Args(p); c.RefCast(g.TStr).ArrayLen(); Box(); break;
            case "%STRING-COPY":
                Emit(a[0], false); c.RefCast(g.TStr); Emit(a[1], false); Fix();
                Emit(a[2], false); c.RefCast(g.TStr); Emit(a[3], false); Fix(); Emit(a[4], false); Fix();
                c.ArrayCopy(g.TStr, g.TStr); Nil(); break;
            case "%VECTOR-NEW": Emit(a[1], false); Emit(a[0], false); Fix(); c.ArrayNew(g.TVec); break;
            case "%VECTOR-REF": Args(p); Call("$vector-ref"); break;
            case "%VECTOR-SET": Args(p); Call("$vector-set"); break;
            case "%VECTOR-LENGTH": Args(p); c.RefCast(g.TVec).ArrayLen(); Box(); break;
            case "%HOST-WRITE-CHAR": Emit(a[0], false); Fix(); Emit(a[1], false); Fix(); c.Call(g.Import("clysm:io", "write-char")); Nil(); break;
            case "%HOST-WRITE-STRING":
                Emit(a[0], false); Fix(); Emit(a[1], false); Call("$str-to-bytes"); c.Call(g.Import("clysm:io", "write-string")); Nil(); break;
            case "%HOST-READ-CHAR": Emit(a[0], false); Fix(); c.Call(g.Import("clysm:io", "read-char")); Box(); break;
            case "%HOST-READ-LINE": Emit(a[0], false); Fix(); c.Call(g.Import("clysm:io", "read-line")); Call("$bytes-to-str-or-nil"); break;
            case "%FS-OPEN":
                Emit(a[0], false); Call("$str-to-bytes");
                for (int i = 1; i < 4; i++) { Emit(a[i], false); Fix(); }
                c.Call(g.Import("clysm:fs", "open")); Box(); break;
            case "%FS-CLOSE": Emit(a[0], false); Fix(); c.Call(g.Import("clysm:fs", "close")); Nil(); break;
            case "%FS-READ-ALL": Emit(a[0], false); Fix(); c.Call(g.Import("clysm:fs", "read-all")); Call("$bytes-to-str-or-nil"); break;
            case "%FS-WRITE-ALL": Emit(a[0], false); Fix(); Emit(a[1], false); Call("$str-to-bytes"); c.Call(g.Import("clysm:fs", "write-all")); Nil(); break;
            case "%MAKE-STREAM":
                Emit(a[0], false); Fix(); Emit(a[1], false); Fix(); c.I32(0); Nil(); c.I32(0).I32(1); c.StructNew(g.TStream); break;
            case "%STREAM-FD": Args(p); c.RefCast(g.TStream).StructGet(g.TStream, 0).RefI31(); break;
            case "%STREAM-DIRECTION": Args(p); c.RefCast(g.TStream).StructGet(g.TStream, 1).RefI31(); break;
            case "%STREAM-COL": Args(p); c.RefCast(g.TStream).StructGet(g.TStream, 2).RefI31(); break;
            case "%STREAM-BUF": Args(p); c.RefCast(g.TStream).StructGet(g.TStream, 3); break;
            case "%STREAM-POS": Args(p); c.RefCast(g.TStream).StructGet(g.TStream, 4).RefI31(); break;
            case "%STREAM-OPEN": Args(p); c.RefCast(g.TStream).StructGet(g.TStream, 5).RefI31(); break;
            case "%SET-STREAM-COL": SetField(a, g.TStream, 2, true); break;
            case "%SET-STREAM-BUF": SetField(a, g.TStream, 3, false); break;
            case "%SET-STREAM-POS": SetField(a, g.TStream, 4, true); break;
            case "%SET-STREAM-OPEN": SetField(a, g.TStream, 5, true); break;
            case "%MAKE-CONDITION": Args(p); c.StructNew(g.TCond); break;
            case "%CONDITION-TYPE": Args(p); c.RefCast(g.TCond).StructGet(g.TCond, 0); break;
            case "%CONDITION-PLIST": Args(p); c.RefCast(g.TCond).StructGet(g.TCond, 1); break;
            case "%SET-CONDITION-PLIST": SetField(a, g.TCond, 1, false); break;
            case "%MAKE-INSTANCE": Emit(a[0], false); Emit(a[1], false); c.RefCast(g.TVec); c.StructNew(g.TInst); break;
            case "%INSTANCE-TYPE": Args(p); c.RefCast(g.TInst).StructGet(g.TInst, 0); break;
            case "%INSTANCE-SLOTS": Args(p); c.RefCast(g.TInst).StructGet(g.TInst, 1); break;
            case "%SIGNAL-TO": Args(p); c.Throw(g.TagSignal); break;
            case "%HANDLERS": c.GlobalGet(g.Handlers); break;
            case "%SET-HANDLERS": Args(p); c.GlobalSet(g.Handlers); Nil(); break;
            case "%CATCH-TAGS": c.GlobalGet(g.CatchTags); break;
            case "%UNHANDLED":
                Emit(a[0], false); Call("$str-to-bytes"); Emit(a[1], false); Call("$str-to-bytes");
                c.Call(g.Import("clysm:runtime", "unhandled-condition")); Nil(); break;
            case "%FUNCTION-NAME": Args(p); c.RefCast(g.TClo).StructGet(g.TClo, 2); break;
            default: throw new InvalidOperationException("no inline code for " + p.Op);
        }
        if (mv) SetMv1();
    }

    private void SetField(List<Node> a, int type, int field, bool fixnum)
    {
        var t = NewLocal();
        Emit(a[0], false); c.RefCast(type);
        Emit(a[1], false); c.LocalTee(t);
        if (fixnum) Fix();
        c.StructSet(type, field);
        c.LocalGet(t);
    }
}
