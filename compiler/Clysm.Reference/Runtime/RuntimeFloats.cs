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
        ["$float-finite-p"] = @"(param $x eqref) (result i32) (local $d f64)
            local.get $x call $to-f64 local.tee $d local.get $d f64.sub f64.const 0 f64.eq",
        ["$float-sqrt"] = @"(param $x eqref) (result eqref)
            local.get $x ref.test $double if local.get $x ref.cast $double struct.get $double 0 f64.sqrt struct.new $double return end
            local.get $x call $to-f32 f32.sqrt struct.new $single",
        // ------------------------------------------------------------ the float printer's digit loop
        // Burger and Dybvig's digit generation on fixed-width limb arrays updated in place (the prelude's
        // %FLOAT-DIGITS sets up r, s, m+, m- and the decimal exponent): flags bit 0 low-ok, bit 1 high-ok.
        ["$fd-limbs"] = @"(param $x eqref) (param $n i32) (result (ref $limbs)) (local $m (ref $limbs)) (local $r (ref null $limbs))
            local.get $x call $mag-of local.set $m
            local.get $n array.new_default $limbs local.tee $r i32.const 0 local.get $m i32.const 0 local.get $m call $mag-len array.copy $limbs $limbs
            local.get $r ref.as_non_null",
        ["$fd-mul10"] = @"(param $a (ref $limbs)) (local $i i32) (local $c i64)
            block $done loop $l
              local.get $i local.get $a array.len i32.ge_u br_if $done
              local.get $a local.get $i array.get $limbs i64.extend_i32_u i64.const 10 i64.mul local.get $c i64.add local.set $c
              local.get $a local.get $i local.get $c i32.wrap_i64 array.set $limbs
              local.get $c i64.const 32 i64.shr_u local.set $c
              local.get $i i32.const 1 i32.add local.set $i br $l
            end end",
        ["$fd-cmp"] = @"(param $a (ref $limbs)) (param $b (ref $limbs)) (result i32) (local $i i32) (local $x i32) (local $y i32)
            local.get $a array.len local.set $i
            block $done loop $l
              local.get $i i32.eqz br_if $done
              local.get $i i32.const 1 i32.sub local.set $i
              local.get $a local.get $i array.get $limbs local.tee $x local.get $b local.get $i array.get $limbs local.tee $y i32.ne
              if local.get $x local.get $y i32.gt_u if i32.const 1 return end i32.const -1 return end
              br $l
            end end
            i32.const 0",
        // a := a - b (a >= b); $fd-add: t := a + b
        ["$fd-sub"] = @"(param $a (ref $limbs)) (param $b (ref $limbs)) (local $i i32) (local $c i64)
            block $done loop $l
              local.get $i local.get $a array.len i32.ge_u br_if $done
              local.get $a local.get $i array.get $limbs i64.extend_i32_u local.get $b local.get $i array.get $limbs i64.extend_i32_u i64.sub
              local.get $c i64.add local.set $c
              local.get $a local.get $i local.get $c i32.wrap_i64 array.set $limbs
              local.get $c i64.const 32 i64.shr_s local.set $c
              local.get $i i32.const 1 i32.add local.set $i br $l
            end end",
        ["$fd-add"] = @"(param $t (ref $limbs)) (param $a (ref $limbs)) (param $b (ref $limbs)) (local $i i32) (local $c i64)
            block $done loop $l
              local.get $i local.get $t array.len i32.ge_u br_if $done
              local.get $a local.get $i array.get $limbs i64.extend_i32_u local.get $b local.get $i array.get $limbs i64.extend_i32_u i64.add
              local.get $c i64.add local.set $c
              local.get $t local.get $i local.get $c i32.wrap_i64 array.set $limbs
              local.get $c i64.const 32 i64.shr_u local.set $c
              local.get $i i32.const 1 i32.add local.set $i br $l
            end end",
        ["$fd-generate"] = @"(param $r0 eqref) (param $s0 eqref) (param $mp0 eqref) (param $mm0 eqref) (param $flags eqref) (result eqref)
            (local $n i32) (local $r (ref $limbs)) (local $s (ref $limbs)) (local $mp (ref $limbs)) (local $mm (ref $limbs)) (local $t (ref $limbs))
            (local $out (ref null $str)) (local $len i32) (local $d i32) (local $low i32) (local $high i32) (local $c i32) (local $f i32) (local $grown (ref null $str))
            local.get $flags ref.cast i31 i31.get_s local.set $f
            ;; wide enough for the largest of them times ten, and a sum of two
            local.get $s0 call $mag-of call $mag-len local.set $n
            local.get $r0 call $mag-of call $mag-len local.tee $c local.get $n i32.gt_u if local.get $c local.set $n end
            local.get $mp0 call $mag-of call $mag-len local.tee $c local.get $n i32.gt_u if local.get $c local.set $n end
            local.get $n i32.const 2 i32.add local.set $n
            local.get $r0 local.get $n call $fd-limbs local.set $r
            local.get $s0 local.get $n call $fd-limbs local.set $s
            local.get $mp0 local.get $n call $fd-limbs local.set $mp
            local.get $mm0 local.get $n call $fd-limbs local.set $mm
            local.get $n array.new_default $limbs local.set $t
            i32.const 32 array.new_default $str local.set $out
            block $done loop $l
              local.get $r call $fd-mul10 local.get $mp call $fd-mul10 local.get $mm call $fd-mul10
              i32.const 0 local.set $d
              block $dd loop $ld
                local.get $r local.get $s call $fd-cmp i32.const 0 i32.lt_s br_if $dd
                local.get $r local.get $s call $fd-sub
                local.get $d i32.const 1 i32.add local.set $d br $ld
              end end
              local.get $r local.get $mm call $fd-cmp local.tee $c i32.const 0 i32.lt_s
              local.get $c i32.eqz local.get $f i32.const 1 i32.and i32.and i32.or local.set $low
              local.get $t local.get $r local.get $mp call $fd-add
              local.get $t local.get $s call $fd-cmp local.tee $c i32.const 0 i32.gt_s
              local.get $c i32.eqz local.get $f i32.const 2 i32.and i32.const 0 i32.ne i32.and i32.or local.set $high
              local.get $low local.get $high i32.or
              if
                local.get $high
                if
                  local.get $low i32.eqz
                  if (result i32) i32.const 1
                  else local.get $t local.get $r local.get $r call $fd-add local.get $t local.get $s call $fd-cmp i32.const 0 i32.ge_s end
                  if local.get $d i32.const 1 i32.add local.set $d end
                end
              end
              ;; append the digit, growing the buffer when it is full
              local.get $len local.get $out array.len i32.eq
              if
                local.get $len i32.const 2 i32.mul array.new_default $str local.tee $grown i32.const 0 local.get $out i32.const 0 local.get $len array.copy $str $str
                local.get $grown local.set $out
              end
              local.get $out local.get $len local.get $d i32.const 48 i32.add array.set $str
              local.get $len i32.const 1 i32.add local.set $len
              local.get $low local.get $high i32.or br_if $done
              br $l
            end end
            local.get $len array.new_default $str local.tee $grown i32.const 0 local.get $out i32.const 0 local.get $len array.copy $str $str
            local.get $grown ref.as_non_null",
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
