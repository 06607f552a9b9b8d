namespace Clysm.Reference;

/// <summary>Integers and the dispatch of the inline arithmetic operators. A fixnum is an i31, an integer
/// beyond that but within 64 bits a $int64, anything larger a $bignum: a negative flag and a magnitude of
/// 32-bit limbs (least significant first, no value within 64 bits, so each integer has one representation).
/// Every operator has a fast path for i31 and 64-bit arguments; a 64-bit overflow goes to the $big- code
/// here, any other argument to the $num: hook (floats, ratios, bignums; see ModuleCompiler.BuildHooks).
/// Magnitudes may carry leading zero limbs while they are computed; $normalize trims them.</summary>
internal static partial class RuntimeLib
{
    private static Dictionary<string, string> Integers() => new()
    {
        ["$integerp"] = @"(param $x eqref) (result i32)
            local.get $x ref.test i31 local.get $x ref.test $int64 i32.or local.get $x ref.test $bignum i32.or",
        ["$rationalp"] = @"(param $x eqref) (result i32)
            local.get $x call $integerp local.get $x ref.test $ratio i32.or",
        ["$floatp"] = @"(param $x eqref) (result i32)
            local.get $x ref.test $single local.get $x ref.test $double i32.or",
        ["$realp"] = @"(param $x eqref) (result i32)
            local.get $x call $rationalp local.get $x call $floatp i32.or",
        ["$numberp"] = @"(param $x eqref) (result i32)
            local.get $x call $realp local.get $x ref.test $complex i32.or",
        // true when either argument is a ratio (or a float): arithmetic then goes to the prelude's exact rational code
        ["$ratio-args"] = @"(param $a eqref) (param $b eqref) (result i32)
            local.get $a ref.test $ratio local.get $b ref.test $ratio i32.or",
        ["$complex-args"] = @"(param $a eqref) (param $b eqref) (result i32)
            local.get $a ref.test $complex local.get $b ref.test $complex i32.or",
        ["$float-args"] = @"(param $a eqref) (param $b eqref) (result i32)
            local.get $a call $floatp local.get $b call $floatp i32.or",
        // both arguments fixnums or 64-bit integers: the fast paths
        ["$small-args"] = @"(param $a eqref) (param $b eqref) (result i32)
            local.get $a ref.test i31 local.get $a ref.test $int64 i32.or
            local.get $b ref.test i31 local.get $b ref.test $int64 i32.or i32.and",
        ["$eql"] = @"(param $a eqref) (param $b eqref) (result i32)
            local.get $a local.get $b ref.eq
            if (result i32) i32.const 1
            else
              local.get $a ref.test $char local.get $b ref.test $char i32.and
              if (result i32)
                local.get $a ref.cast $char struct.get $char 0 local.get $b ref.cast $char struct.get $char 0 i32.eq
              else
                local.get $a ref.test $int64 local.get $b ref.test $int64 i32.and
                if (result i32)
                  local.get $a ref.cast $int64 struct.get $int64 0 local.get $b ref.cast $int64 struct.get $int64 0 i64.eq
                else
                  local.get $a ref.test $ratio local.get $b ref.test $ratio i32.and
                  if (result i32)
                    local.get $a ref.cast $ratio struct.get $ratio 0 local.get $b ref.cast $ratio struct.get $ratio 0 call $eql
                    local.get $a ref.cast $ratio struct.get $ratio 1 local.get $b ref.cast $ratio struct.get $ratio 1 call $eql i32.and
                  else local.get $a local.get $b call $eql-other end
                end
              end
            end",
        // bignums by value, floats by their bits (so 0.0 and -0.0 differ), complexes by their parts
        ["$eql-other"] = @"(param $a eqref) (param $b eqref) (result i32)
            local.get $a ref.test $bignum local.get $b ref.test $bignum i32.and
            if local.get $a local.get $b call $big-compare i32.eqz return end
            local.get $a ref.test $single local.get $b ref.test $single i32.and
            if local.get $a ref.cast $single struct.get $single 0 i32.reinterpret_f32
               local.get $b ref.cast $single struct.get $single 0 i32.reinterpret_f32 i32.eq return end
            local.get $a ref.test $double local.get $b ref.test $double i32.and
            if local.get $a ref.cast $double struct.get $double 0 i64.reinterpret_f64
               local.get $b ref.cast $double struct.get $double 0 i64.reinterpret_f64 i64.eq return end
            local.get $a ref.test $complex local.get $b ref.test $complex i32.and
            if local.get $a ref.cast $complex struct.get $complex 0 local.get $b ref.cast $complex struct.get $complex 0 call $eql
               local.get $a ref.cast $complex struct.get $complex 1 local.get $b ref.cast $complex struct.get $complex 1 call $eql
               i32.and return end
            i32.const 0",
        ["$to-i64"] = @"(param $x eqref) (result i64)
            local.get $x ref.test i31
            if (result i64) local.get $x ref.cast i31 i31.get_s i64.extend_i32_s
            else local.get $x ref.test $int64
              if (result i64) local.get $x ref.cast $int64 struct.get $int64 0
              else local.get $x global.get $sym:NUMBER call $lisp:%TYPE-ERROR drop i64.const 0 end
            end",
        ["$from-i64"] = @"(param $v i64) (result eqref)
            local.get $v i64.const 1073741824 i64.add i64.const 2147483648 i64.lt_u
            if (result eqref) local.get $v i32.wrap_i64 ref.i31
            else local.get $v struct.new $int64 end",
        ["$add"] = @"(param $a eqref) (param $b eqref) (result eqref) (local $x i64) (local $y i64) (local $r i64)
            local.get $a ref.test i31 local.get $b ref.test i31 i32.and
            if
              local.get $a ref.cast i31 i31.get_s i64.extend_i32_s local.get $b ref.cast i31 i31.get_s i64.extend_i32_s
              i64.add call $from-i64 return
            end
            local.get $a local.get $b call $small-args
            if
              local.get $a call $to-i64 local.set $x local.get $b call $to-i64 local.set $y
              local.get $x local.get $y i64.add local.set $r
              local.get $x local.get $r i64.xor local.get $y local.get $r i64.xor i64.and i64.const 0 i64.lt_s
              if local.get $a local.get $b call $big-add return end
              local.get $r call $from-i64 return
            end
            local.get $a local.get $b call $num:ADD",
        ["$sub"] = @"(param $a eqref) (param $b eqref) (result eqref) (local $x i64) (local $y i64) (local $r i64)
            local.get $a ref.test i31 local.get $b ref.test i31 i32.and
            if
              local.get $a ref.cast i31 i31.get_s i64.extend_i32_s local.get $b ref.cast i31 i31.get_s i64.extend_i32_s
              i64.sub call $from-i64 return
            end
            local.get $a local.get $b call $small-args
            if
              local.get $a call $to-i64 local.set $x local.get $b call $to-i64 local.set $y
              local.get $x local.get $y i64.sub local.set $r
              local.get $x local.get $y i64.xor local.get $x local.get $r i64.xor i64.and i64.const 0 i64.lt_s
              if local.get $a local.get $b call $big-sub return end
              local.get $r call $from-i64 return
            end
            local.get $a local.get $b call $num:SUB",
        ["$mul"] = @"(param $a eqref) (param $b eqref) (result eqref) (local $x i64) (local $y i64) (local $r i64)
            local.get $a ref.test i31 local.get $b ref.test i31 i32.and
            if
              local.get $a ref.cast i31 i31.get_s i64.extend_i32_s local.get $b ref.cast i31 i31.get_s i64.extend_i32_s
              i64.mul call $from-i64 return
            end
            local.get $a local.get $b call $small-args
            if
              local.get $a call $to-i64 local.set $x local.get $b call $to-i64 local.set $y
              local.get $x i64.eqz if i32.const 0 ref.i31 return end
              local.get $x i64.const -1 i64.eq local.get $y i64.const -9223372036854775808 i64.eq i32.and
              local.get $y i64.const -1 i64.eq local.get $x i64.const -9223372036854775808 i64.eq i32.and i32.or
              if local.get $a local.get $b call $big-mul return end
              local.get $x local.get $y i64.mul local.set $r
              local.get $r local.get $x i64.div_s local.get $y i64.ne
              if local.get $a local.get $b call $big-mul return end
              local.get $r call $from-i64 return
            end
            local.get $a local.get $b call $num:MUL",
        // the comparison hook answers -1, 0 or 1, or 2 when the arguments are unordered (a NaN)
        ["$lt"] = Cmp("i64.lt_s", "i32.const -1 i32.eq"),
        ["$gt"] = Cmp("i64.gt_s", "i32.const 1 i32.eq"),
        ["$le"] = Cmp("i64.le_s", "i32.const 0 i32.le_s"),
        ["$ge"] = Cmp("i64.ge_s", "local.tee $r i32.const 0 i32.ge_s local.get $r i32.const 2 i32.ne i32.and"),
        ["$num-eq"] = Cmp("i64.eq", "i32.eqz"),
        ["$truncate"] = @"(param $a eqref) (param $b eqref) (result eqref) (local $x i64) (local $y i64)
            local.get $a local.get $b call $small-args i32.eqz
            if local.get $a local.get $b call $big-truncate return end
            local.get $a call $to-i64 local.set $x local.get $b call $to-i64 local.set $y
            local.get $y i64.eqz
            if (result eqref) local.get $a local.get $b call $lisp:%DIVISION-BY-ZERO
            else
              local.get $y i64.const -1 i64.eq local.get $x i64.const -9223372036854775808 i64.eq i32.and
              if (result eqref) local.get $a local.get $b call $big-truncate
              else local.get $x local.get $y i64.div_s call $from-i64 end
            end",
        ["$rem"] = @"(param $a eqref) (param $b eqref) (result eqref) (local $x i64) (local $y i64)
            local.get $a local.get $b call $small-args i32.eqz
            if local.get $a local.get $b call $big-rem return end
            local.get $a call $to-i64 local.set $x local.get $b call $to-i64 local.set $y
            local.get $y i64.eqz
            if (result eqref) local.get $a local.get $b call $lisp:%DIVISION-BY-ZERO
            else local.get $x local.get $y i64.rem_s call $from-i64 end",
        ["$logand"] = Bits("i64.and", 0), ["$logior"] = Bits("i64.or", 1), ["$logxor"] = Bits("i64.xor", 2),
        ["$ash"] = @"(param $a eqref) (param $b eqref) (result eqref) (local $x i64) (local $n i64) (local $r i64)
            local.get $a local.get $b call $small-args i32.eqz
            if local.get $a local.get $b call $big-ash return end
            local.get $a call $to-i64 local.set $x local.get $b call $to-i64 local.set $n
            local.get $n i64.const 0 i64.lt_s
            if (result eqref)
              local.get $x
              local.get $n i64.const -63 i64.lt_s if (result i64) i64.const 63 else i64.const 0 local.get $n i64.sub end
              i64.shr_s call $from-i64
            else
              local.get $n i64.const 63 i64.ge_s local.get $x i64.eqz i32.eqz i32.and
              if (result eqref) local.get $a local.get $b call $big-ash
              else
                local.get $x local.get $n i64.shl local.tee $r local.get $n i64.shr_s local.get $x i64.ne
                if (result eqref) local.get $a local.get $b call $big-ash
                else local.get $r call $from-i64 end
              end
            end",

        // ---------------------------------------------------------------- bignums: magnitudes
        ["$limb"] = @"(param $m (ref $limbs)) (param $i i32) (result i64)
            local.get $i local.get $m array.len i32.lt_u
            if (result i64) local.get $m local.get $i array.get $limbs i64.extend_i32_u else i64.const 0 end",
        ["$mag-len"] = @"(param $m (ref $limbs)) (result i32) (local $n i32)
            local.get $m array.len local.set $n
            block $done loop $l
              local.get $n i32.eqz br_if $done
              local.get $m local.get $n i32.const 1 i32.sub array.get $limbs br_if $done
              local.get $n i32.const 1 i32.sub local.set $n br $l
            end end
            local.get $n",
        // 1 when the integer x is negative; a non-integer is a type error
        ["$int-neg"] = @"(param $x eqref) (result i32)
            local.get $x ref.test $bignum
            if (result i32) local.get $x ref.cast $bignum struct.get $bignum 0
            else local.get $x call $to-i64 i64.const 0 i64.lt_s end",
        ["$mag-of"] = @"(param $x eqref) (result (ref $limbs)) (local $v i64)
            local.get $x ref.test $bignum
            if (result (ref $limbs)) local.get $x ref.cast $bignum struct.get $bignum 1
            else
              local.get $x call $to-i64 local.set $v
              local.get $v i64.const 0 i64.lt_s if i64.const 0 local.get $v i64.sub local.set $v end
              local.get $v i32.wrap_i64 local.get $v i64.const 32 i64.shr_u i32.wrap_i64 array.new_fixed $limbs 2
            end",
        // the integer with sign neg and magnitude m, in its one representation
        ["$normalize"] = @"(param $neg i32) (param $m (ref $limbs)) (result eqref) (local $n i32) (local $u i64) (local $r (ref null $limbs))
            local.get $m call $mag-len local.tee $n i32.eqz if i32.const 0 ref.i31 return end
            local.get $n i32.const 2 i32.le_u
            if
              local.get $m i32.const 0 call $limb local.get $m i32.const 1 call $limb i64.const 32 i64.shl i64.or local.set $u
              local.get $neg i32.eqz local.get $u i64.const 0 i64.ge_s i32.and if local.get $u call $from-i64 return end
              local.get $neg local.get $u i64.const -9223372036854775808 i64.le_u i32.and
              if i64.const 0 local.get $u i64.sub call $from-i64 return end
            end
            local.get $n local.get $m array.len i32.lt_u
            if
              local.get $n array.new_default $limbs local.tee $r i32.const 0 local.get $m i32.const 0 local.get $n array.copy $limbs $limbs
              local.get $neg local.get $r ref.as_non_null struct.new $bignum return
            end
            local.get $neg local.get $m struct.new $bignum",
        ["$mag-cmp"] = @"(param $a (ref $limbs)) (param $b (ref $limbs)) (result i32) (local $la i32) (local $lb i32) (local $x i32) (local $y i32)
            local.get $a call $mag-len local.set $la local.get $b call $mag-len local.set $lb
            local.get $la local.get $lb i32.ne
            if local.get $la local.get $lb i32.gt_u if i32.const 1 return end i32.const -1 return end
            block $done loop $l
              local.get $la i32.eqz br_if $done
              local.get $la i32.const 1 i32.sub local.set $la
              local.get $a local.get $la array.get $limbs local.set $x local.get $b local.get $la array.get $limbs local.set $y
              local.get $x local.get $y i32.ne
              if local.get $x local.get $y i32.gt_u if i32.const 1 return end i32.const -1 return end
              br $l
            end end
            i32.const 0",
        ["$mag-add"] = @"(param $a (ref $limbs)) (param $b (ref $limbs)) (result (ref $limbs)) (local $la i32) (local $lb i32) (local $n i32) (local $r (ref null $limbs)) (local $i i32) (local $c i64)
            local.get $a call $mag-len local.set $la local.get $b call $mag-len local.set $lb
            local.get $la local.get $lb local.get $la local.get $lb i32.gt_u select local.set $n
            local.get $n i32.const 1 i32.add array.new_default $limbs local.set $r
            block $done loop $l
              local.get $i local.get $n i32.ge_u br_if $done
              local.get $c local.get $a local.get $i call $limb i64.add local.get $b local.get $i call $limb i64.add local.set $c
              local.get $r local.get $i local.get $c i32.wrap_i64 array.set $limbs
              local.get $c i64.const 32 i64.shr_u local.set $c
              local.get $i i32.const 1 i32.add local.set $i br $l
            end end
            local.get $r local.get $n local.get $c i32.wrap_i64 array.set $limbs
            local.get $r ref.as_non_null",
        // a - b for magnitudes with a >= b
        ["$mag-sub"] = @"(param $a (ref $limbs)) (param $b (ref $limbs)) (result (ref $limbs)) (local $n i32) (local $r (ref null $limbs)) (local $i i32) (local $c i64)
            local.get $a call $mag-len local.tee $n array.new_default $limbs local.set $r
            block $done loop $l
              local.get $i local.get $n i32.ge_u br_if $done
              local.get $a local.get $i call $limb local.get $b local.get $i call $limb i64.sub local.get $c i64.add local.set $c
              local.get $r local.get $i local.get $c i32.wrap_i64 array.set $limbs
              local.get $c i64.const 32 i64.shr_s local.set $c
              local.get $i i32.const 1 i32.add local.set $i br $l
            end end
            local.get $r ref.as_non_null",
        ["$mag-mul"] = @"(param $a (ref $limbs)) (param $b (ref $limbs)) (result (ref $limbs)) (local $la i32) (local $lb i32) (local $r (ref null $limbs)) (local $i i32) (local $j i32) (local $c i64) (local $ai i64) (local $t i64)
            local.get $a call $mag-len local.set $la local.get $b call $mag-len local.set $lb
            local.get $la local.get $lb i32.add array.new_default $limbs local.set $r
            block $di loop $li
              local.get $i local.get $la i32.ge_u br_if $di
              local.get $a local.get $i array.get $limbs i64.extend_i32_u local.set $ai
              i64.const 0 local.set $c i32.const 0 local.set $j
              block $dj loop $lj
                local.get $j local.get $lb i32.ge_u br_if $dj
                local.get $ai local.get $b local.get $j array.get $limbs i64.extend_i32_u i64.mul
                local.get $r local.get $i local.get $j i32.add array.get $limbs i64.extend_i32_u i64.add
                local.get $c i64.add local.set $t
                local.get $r local.get $i local.get $j i32.add local.get $t i32.wrap_i64 array.set $limbs
                local.get $t i64.const 32 i64.shr_u local.set $c
                local.get $j i32.const 1 i32.add local.set $j br $lj
              end end
              local.get $r local.get $i local.get $lb i32.add local.get $c i32.wrap_i64 array.set $limbs
              local.get $i i32.const 1 i32.add local.set $i br $li
            end end
            local.get $r ref.as_non_null",
        // a / b (b not zero) by Knuth's algorithm D; the remainder is left in $big_rem
        ["$mag-divrem"] = @"(param $a (ref $limbs)) (param $b (ref $limbs)) (result (ref $limbs))
            (local $la i32) (local $lb i32) (local $q (ref null $limbs)) (local $i i32) (local $j i32) (local $r i64) (local $d i64) (local $cur i64)
            (local $s i64) (local $un (ref null $limbs)) (local $vn (ref null $limbs)) (local $num i64) (local $qhat i64) (local $rhat i64)
            (local $vtop i64) (local $vnext i64) (local $k i64) (local $p i64) (local $t i64)
            local.get $a call $mag-len local.set $la local.get $b call $mag-len local.set $lb
            local.get $a local.get $b call $mag-cmp i32.const 0 i32.lt_s
            if local.get $a global.set $big_rem i32.const 0 array.new_default $limbs return end
            local.get $lb i32.const 1 i32.eq
            if
              local.get $b i32.const 0 array.get $limbs i64.extend_i32_u local.set $d
              local.get $la array.new_default $limbs local.set $q
              local.get $la local.set $i
              block $d1 loop $l1
                local.get $i i32.eqz br_if $d1
                local.get $i i32.const 1 i32.sub local.set $i
                local.get $r i64.const 32 i64.shl local.get $a local.get $i array.get $limbs i64.extend_i32_u i64.or local.set $cur
                local.get $q local.get $i local.get $cur local.get $d i64.div_u i32.wrap_i64 array.set $limbs
                local.get $cur local.get $d i64.rem_u local.set $r
                br $l1
              end end
              local.get $r i32.wrap_i64 array.new_fixed $limbs 1 global.set $big_rem
              local.get $q ref.as_non_null return
            end
            ;; normalise: shift both so that the divisor's top limb has its high bit set
            local.get $b local.get $lb i32.const 1 i32.sub array.get $limbs i32.clz i64.extend_i32_u local.set $s
            local.get $lb array.new_default $limbs local.set $vn
            local.get $lb i32.const 1 i32.sub local.set $i
            block $d2 loop $l2
              local.get $i i32.eqz br_if $d2
              local.get $vn local.get $i
              local.get $b local.get $i array.get $limbs i64.extend_i32_u i64.const 32 i64.shl
              local.get $b local.get $i i32.const 1 i32.sub array.get $limbs i64.extend_i32_u i64.or
              local.get $s i64.shl i64.const 32 i64.shr_u i32.wrap_i64 array.set $limbs
              local.get $i i32.const 1 i32.sub local.set $i br $l2
            end end
            local.get $vn i32.const 0 local.get $b i32.const 0 array.get $limbs local.get $s i32.wrap_i64 i32.shl array.set $limbs
            local.get $la i32.const 1 i32.add array.new_default $limbs local.set $un
            local.get $un local.get $la local.get $a local.get $la i32.const 1 i32.sub array.get $limbs i64.extend_i32_u
            i64.const 32 local.get $s i64.sub i64.shr_u i32.wrap_i64 array.set $limbs
            local.get $la i32.const 1 i32.sub local.set $i
            block $d3 loop $l3
              local.get $i i32.eqz br_if $d3
              local.get $un local.get $i
              local.get $a local.get $i array.get $limbs i64.extend_i32_u i64.const 32 i64.shl
              local.get $a local.get $i i32.const 1 i32.sub array.get $limbs i64.extend_i32_u i64.or
              local.get $s i64.shl i64.const 32 i64.shr_u i32.wrap_i64 array.set $limbs
              local.get $i i32.const 1 i32.sub local.set $i br $l3
            end end
            local.get $un i32.const 0 local.get $a i32.const 0 array.get $limbs local.get $s i32.wrap_i64 i32.shl array.set $limbs
            local.get $vn local.get $lb i32.const 1 i32.sub array.get $limbs i64.extend_i32_u local.set $vtop
            local.get $vn local.get $lb i32.const 2 i32.sub array.get $limbs i64.extend_i32_u local.set $vnext
            local.get $la local.get $lb i32.sub i32.const 1 i32.add array.new_default $limbs local.set $q
            local.get $la local.get $lb i32.sub i32.const 1 i32.add local.set $j
            block $dj loop $lj
              local.get $j i32.eqz br_if $dj
              local.get $j i32.const 1 i32.sub local.set $j
              ;; estimate the quotient digit from the top two limbs, then correct it at most twice
              local.get $un local.get $j local.get $lb i32.add array.get $limbs i64.extend_i32_u i64.const 32 i64.shl
              local.get $un local.get $j local.get $lb i32.add i32.const 1 i32.sub array.get $limbs i64.extend_i32_u i64.or local.set $num
              local.get $num local.get $vtop i64.div_u local.set $qhat
              local.get $num local.get $vtop i64.rem_u local.set $rhat
              block $dq loop $lq
                local.get $qhat i64.const 4294967296 i64.ge_u
                if (result i32) i32.const 1
                else
                  local.get $qhat local.get $vnext i64.mul
                  local.get $rhat i64.const 32 i64.shl
                  local.get $un local.get $j local.get $lb i32.add i32.const 2 i32.sub array.get $limbs i64.extend_i32_u i64.or
                  i64.gt_u
                end
                i32.eqz br_if $dq
                local.get $qhat i64.const 1 i64.sub local.set $qhat
                local.get $rhat local.get $vtop i64.add local.tee $rhat i64.const 4294967296 i64.lt_u br_if $lq
              end end
              ;; multiply and subtract
              i64.const 0 local.set $k i32.const 0 local.set $i
              block $dm loop $lm
                local.get $i local.get $lb i32.ge_u br_if $dm
                local.get $qhat local.get $vn local.get $i array.get $limbs i64.extend_i32_u i64.mul local.set $p
                local.get $un local.get $i local.get $j i32.add array.get $limbs i64.extend_i32_u
                local.get $k i64.sub local.get $p i64.const 4294967295 i64.and i64.sub local.set $t
                local.get $un local.get $i local.get $j i32.add local.get $t i32.wrap_i64 array.set $limbs
                local.get $p i64.const 32 i64.shr_u local.get $t i64.const 32 i64.shr_s i64.sub local.set $k
                local.get $i i32.const 1 i32.add local.set $i br $lm
              end end
              local.get $un local.get $j local.get $lb i32.add array.get $limbs i64.extend_i32_u local.get $k i64.sub local.set $t
              local.get $un local.get $j local.get $lb i32.add local.get $t i32.wrap_i64 array.set $limbs
              local.get $t i64.const 0 i64.lt_s
              if
                ;; the estimate was one too large: add the divisor back
                local.get $qhat i64.const 1 i64.sub local.set $qhat
                i64.const 0 local.set $k i32.const 0 local.set $i
                block $da loop $la2
                  local.get $i local.get $lb i32.ge_u br_if $da
                  local.get $un local.get $i local.get $j i32.add array.get $limbs i64.extend_i32_u
                  local.get $vn local.get $i array.get $limbs i64.extend_i32_u i64.add local.get $k i64.add local.set $t
                  local.get $un local.get $i local.get $j i32.add local.get $t i32.wrap_i64 array.set $limbs
                  local.get $t i64.const 32 i64.shr_u local.set $k
                  local.get $i i32.const 1 i32.add local.set $i br $la2
                end end
                local.get $un local.get $j local.get $lb i32.add
                local.get $un local.get $j local.get $lb i32.add array.get $limbs i64.extend_i32_u local.get $k i64.add i32.wrap_i64
                array.set $limbs
              end
              local.get $q local.get $j local.get $qhat i32.wrap_i64 array.set $limbs
              br $lj
            end end
            ;; the remainder is what is left of the dividend, shifted back
            local.get $lb array.new_default $limbs local.set $vn
            i32.const 0 local.set $i
            block $dr loop $lr
              local.get $i local.get $lb i32.ge_u br_if $dr
              local.get $vn local.get $i
              local.get $un local.get $i i32.const 1 i32.add array.get $limbs i64.extend_i32_u i64.const 32 i64.shl
              local.get $un local.get $i array.get $limbs i64.extend_i32_u i64.or local.get $s i64.shr_u i32.wrap_i64
              array.set $limbs
              local.get $i i32.const 1 i32.add local.set $i br $lr
            end end
            local.get $vn global.set $big_rem
            local.get $q ref.as_non_null",
        ["$mag-shl"] = @"(param $a (ref $limbs)) (param $n i32) (result (ref $limbs)) (local $w i32) (local $bits i64) (local $la i32) (local $r (ref null $limbs)) (local $i i32) (local $v i64)
            local.get $n i32.const 5 i32.shr_u local.set $w local.get $n i32.const 31 i32.and i64.extend_i32_u local.set $bits
            local.get $a call $mag-len local.set $la
            local.get $la local.get $w i32.add i32.const 1 i32.add array.new_default $limbs local.set $r
            block $done loop $l
              local.get $i local.get $la i32.ge_u br_if $done
              local.get $a local.get $i array.get $limbs i64.extend_i32_u local.get $bits i64.shl local.set $v
              local.get $r local.get $i local.get $w i32.add
              local.get $r local.get $i local.get $w i32.add array.get $limbs local.get $v i32.wrap_i64 i32.or array.set $limbs
              local.get $r local.get $i local.get $w i32.add i32.const 1 i32.add local.get $v i64.const 32 i64.shr_u i32.wrap_i64 array.set $limbs
              local.get $i i32.const 1 i32.add local.set $i br $l
            end end
            local.get $r ref.as_non_null",
        ["$mag-shr"] = @"(param $a (ref $limbs)) (param $n i32) (result (ref $limbs)) (local $w i32) (local $bits i64) (local $la i32) (local $r (ref null $limbs)) (local $i i32)
            local.get $n i32.const 5 i32.shr_u local.set $w local.get $n i32.const 31 i32.and i64.extend_i32_u local.set $bits
            local.get $a call $mag-len local.set $la
            local.get $w local.get $la i32.ge_u if i32.const 0 array.new_default $limbs return end
            local.get $la local.get $w i32.sub array.new_default $limbs local.set $r
            block $done loop $l
              local.get $i local.get $la local.get $w i32.sub i32.ge_u br_if $done
              local.get $r local.get $i
              local.get $a local.get $i local.get $w i32.add i32.const 1 i32.add call $limb i64.const 32 i64.shl
              local.get $a local.get $i local.get $w i32.add array.get $limbs i64.extend_i32_u i64.or
              local.get $bits i64.shr_u i32.wrap_i64 array.set $limbs
              local.get $i i32.const 1 i32.add local.set $i br $l
            end end
            local.get $r ref.as_non_null",
        // two's complement of m in place (the magnitude of a negative number and its n-limb pattern)
        ["$limbs-negate"] = @"(param $m (ref $limbs)) (local $i i32) (local $c i64)
            i64.const 1 local.set $c
            block $done loop $l
              local.get $i local.get $m array.len i32.ge_u br_if $done
              local.get $m local.get $i array.get $limbs i32.const -1 i32.xor i64.extend_i32_u local.get $c i64.add local.set $c
              local.get $m local.get $i local.get $c i32.wrap_i64 array.set $limbs
              local.get $c i64.const 32 i64.shr_u local.set $c
              local.get $i i32.const 1 i32.add local.set $i br $l
            end end",
        // x as an n-limb two's complement pattern
        ["$twos"] = @"(param $x eqref) (param $n i32) (result (ref $limbs)) (local $m (ref $limbs)) (local $r (ref null $limbs))
            local.get $x call $mag-of local.set $m
            local.get $n array.new_default $limbs local.tee $r i32.const 0 local.get $m i32.const 0 local.get $m call $mag-len array.copy $limbs $limbs
            local.get $x call $int-neg if local.get $r ref.as_non_null call $limbs-negate end
            local.get $r ref.as_non_null",

        // ---------------------------------------------------------------- bignums: integer operations
        ["$big-add-signed"] = @"(param $na i32) (param $ma (ref $limbs)) (param $nb i32) (param $mb (ref $limbs)) (result eqref)
            local.get $na local.get $nb i32.eq
            if local.get $na local.get $ma local.get $mb call $mag-add call $normalize return end
            local.get $ma local.get $mb call $mag-cmp i32.const 0 i32.ge_s
            if (result eqref) local.get $na local.get $ma local.get $mb call $mag-sub call $normalize
            else local.get $nb local.get $mb local.get $ma call $mag-sub call $normalize end",
        ["$big-add"] = @"(param $a eqref) (param $b eqref) (result eqref)
            local.get $a call $int-neg local.get $a call $mag-of local.get $b call $int-neg local.get $b call $mag-of call $big-add-signed",
        ["$big-sub"] = @"(param $a eqref) (param $b eqref) (result eqref)
            local.get $a call $int-neg local.get $a call $mag-of local.get $b call $int-neg i32.eqz local.get $b call $mag-of call $big-add-signed",
        ["$big-mul"] = @"(param $a eqref) (param $b eqref) (result eqref)
            local.get $a call $int-neg local.get $b call $int-neg i32.xor local.get $a call $mag-of local.get $b call $mag-of call $mag-mul call $normalize",
        ["$big-compare"] = @"(param $a eqref) (param $b eqref) (result i32) (local $na i32) (local $nb i32)
            local.get $a call $int-neg local.set $na local.get $b call $int-neg local.set $nb
            local.get $na local.get $nb i32.ne if i32.const -1 i32.const 1 local.get $na select return end
            local.get $a call $mag-of local.get $b call $mag-of call $mag-cmp
            i32.const 0 local.get $na i32.sub i32.const 1 i32.or i32.mul",
        ["$big-truncate"] = @"(param $a eqref) (param $b eqref) (result eqref) (local $mb (ref $limbs))
            local.get $a call $int-neg drop
            local.get $b call $mag-of local.tee $mb call $mag-len i32.eqz if local.get $a local.get $b call $lisp:%DIVISION-BY-ZERO return end
            local.get $a call $int-neg local.get $b call $int-neg i32.xor
            local.get $a call $mag-of local.get $mb call $mag-divrem call $normalize",
        ["$big-rem"] = @"(param $a eqref) (param $b eqref) (result eqref) (local $mb (ref $limbs))
            local.get $a call $int-neg drop
            local.get $b call $mag-of local.tee $mb call $mag-len i32.eqz if local.get $a local.get $b call $lisp:%DIVISION-BY-ZERO return end
            local.get $a call $mag-of local.get $mb call $mag-divrem drop
            local.get $a call $int-neg global.get $big_rem ref.as_non_null call $normalize",
        // logand (0), logior (1), logxor (2) on two's complement patterns one limb wider than either magnitude
        ["$big-logop"] = @"(param $op i32) (param $a eqref) (param $b eqref) (result eqref) (local $n i32) (local $ta (ref $limbs)) (local $tb (ref $limbs)) (local $i i32) (local $x i32) (local $y i32) (local $neg i32)
            local.get $a call $int-neg drop local.get $b call $int-neg drop
            local.get $a call $mag-of call $mag-len local.tee $n local.get $b call $mag-of call $mag-len local.tee $i
            local.get $n local.get $i i32.gt_u select i32.const 1 i32.add local.set $n
            local.get $a local.get $n call $twos local.set $ta local.get $b local.get $n call $twos local.set $tb
            i32.const 0 local.set $i
            block $done loop $l
              local.get $i local.get $n i32.ge_u br_if $done
              local.get $ta local.get $i array.get $limbs local.set $x local.get $tb local.get $i array.get $limbs local.set $y
              local.get $ta local.get $i
              local.get $op i32.eqz
              if (result i32) local.get $x local.get $y i32.and
              else local.get $op i32.const 1 i32.eq
                if (result i32) local.get $x local.get $y i32.or else local.get $x local.get $y i32.xor end
              end
              array.set $limbs
              local.get $i i32.const 1 i32.add local.set $i br $l
            end end
            local.get $ta local.get $n i32.const 1 i32.sub array.get $limbs i32.const 31 i32.shr_u local.tee $neg
            if local.get $ta call $limbs-negate end
            local.get $neg local.get $ta call $normalize",
        ["$big-ash"] = @"(param $a eqref) (param $b eqref) (result eqref) (local $n i64) (local $neg i32) (local $m (ref $limbs))
            local.get $b ref.test $bignum
            if (result i64) i64.const -9223372036854775807 i64.const 9223372036854775807 local.get $b call $int-neg select
            else local.get $b call $to-i64 end
            local.set $n
            local.get $a call $int-neg local.set $neg local.get $a call $mag-of local.tee $m call $mag-len i32.eqz
            if i32.const 0 ref.i31 return end
            local.get $n i64.const 0 i64.ge_s
            if
              local.get $n i64.const 1073741824 i64.gt_s if local.get $a local.get $b call $lisp:%SHIFT-TOO-LARGE return end
              local.get $neg local.get $m local.get $n i32.wrap_i64 call $mag-shl call $normalize return
            end
            ;; a right shift beyond every limb leaves 0 or -1
            local.get $n i64.const -1073741824 i64.lt_s if i64.const -1073741824 local.set $n end
            local.get $neg i32.eqz
            if local.get $neg local.get $m i64.const 0 local.get $n i64.sub i32.wrap_i64 call $mag-shr call $normalize return end
            ;; floor for negative numbers: -(((|a| - 1) >> n) + 1)
            i32.const 1
            local.get $m i32.const 1 array.new_fixed $limbs 1 call $mag-sub i64.const 0 local.get $n i64.sub i32.wrap_i64 call $mag-shr
            i32.const 1 array.new_fixed $limbs 1 call $mag-add call $normalize",
        // integer-length and logcount of any integer, as fixnums
        ["$int-length"] = @"(param $x eqref) (result eqref) (local $m (ref $limbs)) (local $n i32)
            local.get $x call $mag-of local.set $m
            local.get $x call $int-neg if local.get $m call $mag-len if local.get $m i32.const 1 array.new_fixed $limbs 1 call $mag-sub local.set $m end end
            local.get $m call $mag-len local.tee $n i32.eqz if i32.const 0 ref.i31 return end
            local.get $n i32.const 5 i32.shl local.get $m local.get $n i32.const 1 i32.sub array.get $limbs i32.clz i32.sub ref.i31",
        ["$int-logcount"] = @"(param $x eqref) (result eqref) (local $m (ref $limbs)) (local $i i32) (local $c i32)
            local.get $x call $mag-of local.set $m
            local.get $x call $int-neg if local.get $m call $mag-len if local.get $m i32.const 1 array.new_fixed $limbs 1 call $mag-sub local.set $m end end
            block $done loop $l
              local.get $i local.get $m array.len i32.ge_u br_if $done
              local.get $c local.get $m local.get $i array.get $limbs i32.popcnt i32.add local.set $c
              local.get $i i32.const 1 i32.add local.set $i br $l
            end end
            local.get $c ref.i31",
    };

    private static string Bits(string op, int code) => @"(param $a eqref) (param $b eqref) (result eqref)
            local.get $a local.get $b call $small-args
            if (result eqref) local.get $a call $to-i64 local.get $b call $to-i64 " + op + @" call $from-i64
            else i32.const " + code + @" local.get $a local.get $b call $big-logop end";

    private static string Cmp(string op, string onOrder) => @"(param $a eqref) (param $b eqref) (result eqref) (local $r i32)
            local.get $a local.get $b call $small-args
            if (result i32) local.get $a call $to-i64 local.get $b call $to-i64 " + op + @"
            else local.get $a local.get $b call $num:COMPARE ref.cast i31 i31.get_s " + onOrder + @" end
            if (result eqref) global.get $t else global.get $nil end";
}
