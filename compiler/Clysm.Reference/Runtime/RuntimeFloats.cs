namespace Clysm.Reference;

/// <summary>Floats: a single-float is a $single (f32), a double-float a $double (f64). Arithmetic follows the
/// standard's contagion (a rational meets a float: the rational is converted to that float's format; a single
/// meets a double: double) and SBCL's default traps: a result that overflows, an invalid operation (NaN) and a
/// division by zero signal FLOATING-POINT-OVERFLOW, FLOATING-POINT-INVALID-OPERATION and DIVISION-BY-ZERO
/// instead of giving an infinity or a NaN. Conversions of bignums and ratios are the prelude's (exact rounding).</summary>
internal static partial class RuntimeLib
{
    private static Dictionary<string, string> Floats() => new()
    {
        ["$to-f64"] = @"(param $x eqref) (result f64)
            local.get $x ref.test $double if local.get $x ref.cast $double struct.get $double 0 return end
            local.get $x ref.test $single if local.get $x ref.cast $single struct.get $single 0 f64.promote_f32 return end
            local.get $x ref.test i31 if local.get $x ref.cast i31 i31.get_s f64.convert_i32_s return end
            local.get $x ref.test $int64 if local.get $x ref.cast $int64 struct.get $int64 0 f64.convert_i64_s return end
            local.get $x call $rationalp if local.get $x call $lisp:%RATIONAL-TO-DOUBLE ref.cast $double struct.get $double 0 return end
            local.get $x global.get $sym:NUMBER call $lisp:%TYPE-ERROR drop f64.const 0",
        ["$to-f32"] = @"(param $x eqref) (result f32) (local $d f64) (local $r f32)
            local.get $x ref.test $single if local.get $x ref.cast $single struct.get $single 0 return end
            local.get $x ref.test $double
            if
              ;; a double too large for a single overflows (SBCL's COERCE signals it)
              local.get $x ref.cast $double struct.get $double 0 local.tee $d f32.demote_f64 local.tee $r
              local.get $r f32.sub f32.const 0 f32.eq
              local.get $d local.get $d f64.sub f64.const 0 f64.ne i32.or
              if local.get $r return end
              i32.const 0 ref.i31 i32.const 4 ref.i31 local.get $x local.get $x call $lisp:%FLOAT-TRAP drop f32.const 0 return
            end
            local.get $x ref.test i31 if local.get $x ref.cast i31 i31.get_s f32.convert_i32_s return end
            local.get $x ref.test $int64 if local.get $x ref.cast $int64 struct.get $int64 0 f32.convert_i64_s return end
            local.get $x call $rationalp if local.get $x call $lisp:%RATIONAL-TO-SINGLE ref.cast $single struct.get $single 0 return end
            local.get $x global.get $sym:NUMBER call $lisp:%TYPE-ERROR drop f32.const 0",
        ["$box-f64"] = @"(param $x f64) (result eqref) local.get $x struct.new $double",
        ["$box-f32"] = @"(param $x f32) (result eqref) local.get $x struct.new $single",
        ["$to-double"] = @"(param $x eqref) (result eqref) local.get $x ref.test $double if local.get $x return end local.get $x call $to-f64 struct.new $double",
        ["$to-single"] = @"(param $x eqref) (result eqref) local.get $x ref.test $single if local.get $x return end local.get $x call $to-f32 struct.new $single",
        // op: 0 +, 1 -, 2 *, 3 /; a non-finite result from finite arguments is SBCL's trap
        ["$float-arith"] = @"(param $op i32) (param $a eqref) (param $b eqref) (result eqref) (local $x f64) (local $y f64) (local $r f64) (local $p f32) (local $q f32) (local $s f32)
            local.get $a ref.test $double local.get $b ref.test $double i32.or
            if
              local.get $a call $to-f64 local.set $x local.get $b call $to-f64 local.set $y
              local.get $op i32.const 3 i32.eq local.get $y f64.const 0 f64.eq i32.and
              if i32.const 2 local.get $x f64.const 0 f64.eq i32.sub ref.i31 local.get $op ref.i31 local.get $a local.get $b call $lisp:%FLOAT-TRAP return end
              local.get $op i32.eqz if local.get $x local.get $y f64.add local.set $r end
              local.get $op i32.const 1 i32.eq if local.get $x local.get $y f64.sub local.set $r end
              local.get $op i32.const 2 i32.eq if local.get $x local.get $y f64.mul local.set $r end
              local.get $op i32.const 3 i32.eq if local.get $x local.get $y f64.div local.set $r end
              local.get $r local.get $r f64.sub f64.const 0 f64.ne
              if local.get $r local.get $r f64.eq i32.eqz ref.i31 local.get $op ref.i31 local.get $a local.get $b call $lisp:%FLOAT-TRAP return end
              local.get $r struct.new $double return
            end
            local.get $a call $to-f32 local.set $p local.get $b call $to-f32 local.set $q
            local.get $op i32.const 3 i32.eq local.get $q f32.const 0 f32.eq i32.and
            if i32.const 2 local.get $p f32.const 0 f32.eq i32.sub ref.i31 local.get $op ref.i31 local.get $a local.get $b call $lisp:%FLOAT-TRAP return end
            local.get $op i32.eqz if local.get $p local.get $q f32.add local.set $s end
            local.get $op i32.const 1 i32.eq if local.get $p local.get $q f32.sub local.set $s end
            local.get $op i32.const 2 i32.eq if local.get $p local.get $q f32.mul local.set $s end
            local.get $op i32.const 3 i32.eq if local.get $p local.get $q f32.div local.set $s end
            local.get $s local.get $s f32.sub f32.const 0 f32.ne
            if local.get $s local.get $s f32.eq i32.eqz ref.i31 local.get $op ref.i31 local.get $a local.get $b call $lisp:%FLOAT-TRAP return end
            local.get $s struct.new $single",
        ["$float-add"] = @"(param $a eqref) (param $b eqref) (result eqref) i32.const 0 local.get $a local.get $b call $float-arith",
        ["$float-sub"] = @"(param $a eqref) (param $b eqref) (result eqref) i32.const 1 local.get $a local.get $b call $float-arith",
        ["$float-mul"] = @"(param $a eqref) (param $b eqref) (result eqref) i32.const 2 local.get $a local.get $b call $float-arith",
        ["$float-div"] = @"(param $a eqref) (param $b eqref) (result eqref) i32.const 3 local.get $a local.get $b call $float-arith",
        // a real that converts to f64 exactly: a float, a fixnum, a 64-bit integer within 2^53
        ["$exact-f64-p"] = @"(param $x eqref) (result i32) (local $v i64)
            local.get $x call $floatp local.get $x ref.test i31 i32.or if i32.const 1 return end
            local.get $x ref.test $int64 i32.eqz if i32.const 0 return end
            local.get $x ref.cast $int64 struct.get $int64 0 local.tee $v i64.const 9007199254740992 i64.le_s
            local.get $v i64.const -9007199254740992 i64.ge_s i32.and",
        // -1, 0, 1, or 2 for unordered; a float against a rational compares exactly, as the standard says
        ["$float-compare"] = @"(param $a eqref) (param $b eqref) (result eqref) (local $x f64) (local $y f64)
            local.get $a call $exact-f64-p local.get $b call $exact-f64-p i32.and i32.eqz
            if local.get $a local.get $b call $lisp:%FLOAT-COMPARE-EXACT return end
            local.get $a call $to-f64 local.set $x local.get $b call $to-f64 local.set $y
            local.get $x local.get $y f64.lt if i32.const -1 ref.i31 return end
            local.get $x local.get $y f64.gt if i32.const 1 ref.i31 return end
            local.get $x local.get $y f64.eq if i32.const 0 ref.i31 return end
            i32.const 2 ref.i31",
        ["$negate"] = @"(param $x eqref) (result eqref)
            local.get $x ref.test $double if local.get $x ref.cast $double struct.get $double 0 f64.neg struct.new $double return end
            local.get $x ref.test $single if local.get $x ref.cast $single struct.get $single 0 f32.neg struct.new $single return end
            i32.const 0 ref.i31 local.get $x call $sub",
        // op: 0 truncate, 1 floor, 2 ceiling, 3 round to even; the result is a float of the same format
        ["$float-round"] = @"(param $op i32) (param $x eqref) (result eqref) (local $d f64) (local $f f32)
            local.get $x ref.test $double
            if
              local.get $x ref.cast $double struct.get $double 0 local.set $d
              local.get $op i32.eqz if local.get $d f64.trunc local.set $d end
              local.get $op i32.const 1 i32.eq if local.get $d f64.floor local.set $d end
              local.get $op i32.const 2 i32.eq if local.get $d f64.ceil local.set $d end
              local.get $op i32.const 3 i32.eq if local.get $d f64.nearest local.set $d end
              local.get $d struct.new $double return
            end
            local.get $x ref.test $single i32.eqz if local.get $x global.get $sym:FLOAT call $lisp:%TYPE-ERROR return end
            local.get $x ref.cast $single struct.get $single 0 local.set $f
            local.get $op i32.eqz if local.get $f f32.trunc local.set $f end
            local.get $op i32.const 1 i32.eq if local.get $f f32.floor local.set $f end
            local.get $op i32.const 2 i32.eq if local.get $f f32.ceil local.set $f end
            local.get $op i32.const 3 i32.eq if local.get $f f32.nearest local.set $f end
            local.get $f struct.new $single",
        // an integral float as an integer (beyond 2^62 through the prelude's integer-decode-float)
        ["$float-integer"] = @"(param $x eqref) (result eqref) (local $d f64)
            local.get $x call $to-f64 local.tee $d f64.abs f64.const 4611686018427387904 f64.lt
            if (result eqref) local.get $d i64.trunc_f64_s call $from-i64
            else local.get $x call $lisp:%FLOAT-INTEGER-BIG end",
        ["$float-sqrt"] = @"(param $x eqref) (result eqref)
            local.get $x ref.test $double if local.get $x ref.cast $double struct.get $double 0 f64.sqrt struct.new $double return end
            local.get $x call $to-f32 f32.sqrt struct.new $single",
        // the bits of a float as an integer: a single's 32 bits unsigned, a double's 64 bits signed
        ["$single-bits"] = @"(param $x eqref) (result eqref)
            local.get $x ref.test $single i32.eqz if local.get $x global.get $sym:SINGLE-FLOAT call $lisp:%TYPE-ERROR return end
            local.get $x ref.cast $single struct.get $single 0 i32.reinterpret_f32 i64.extend_i32_u call $from-i64",
        ["$double-bits"] = @"(param $x eqref) (result eqref)
            local.get $x ref.test $double i32.eqz if local.get $x global.get $sym:DOUBLE-FLOAT call $lisp:%TYPE-ERROR return end
            local.get $x ref.cast $double struct.get $double 0 i64.reinterpret_f64 call $from-i64",
        ["$bits-single"] = @"(param $n eqref) (result eqref)
            local.get $n call $to-i64 i32.wrap_i64 f32.reinterpret_i32 struct.new $single",
        ["$bits-double"] = @"(param $n eqref) (result eqref)
            local.get $n call $to-i64 f64.reinterpret_i64 struct.new $double",
    };
}
