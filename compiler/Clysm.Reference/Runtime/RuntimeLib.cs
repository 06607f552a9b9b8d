namespace Clysm.Reference;

/// <summary>The hand-written runtime functions (linear WAT, see Wasm/Wat.cs). Errors are signalled by
/// calling prelude functions ($lisp:NAME), so every error is a Lisp condition a handler can catch.</summary>
internal static partial class RuntimeLib
{
    public static readonly Dictionary<string, string> Functions = Merge(Core(), Integers(), Floats());

    private static Dictionary<string, string> Merge(params Dictionary<string, string>[] parts)
    {
        var all = new Dictionary<string, string>();
        foreach (var part in parts) foreach (var (k, v) in part) all.Add(k, v);
        return all;
    }

    private static Dictionary<string, string> Core() => new()
    {
        ["$car"] = @"(param $x eqref) (result eqref)
            local.get $x ref.test $cons
            if (result eqref) local.get $x ref.cast $cons struct.get $cons 0
            else local.get $x global.get $nil ref.eq
              if (result eqref) global.get $nil
              else local.get $x global.get $sym:LIST call $lisp:%TYPE-ERROR end
            end",
        ["$cdr"] = @"(param $x eqref) (result eqref)
            local.get $x ref.test $cons
            if (result eqref) local.get $x ref.cast $cons struct.get $cons 1
            else local.get $x global.get $nil ref.eq
              if (result eqref) global.get $nil
              else local.get $x global.get $sym:LIST call $lisp:%TYPE-ERROR end
            end",
        ["$rplaca"] = @"(param $x eqref) (param $v eqref) (result eqref)
            local.get $x ref.test $cons
            if (result eqref) local.get $x ref.cast $cons local.get $v struct.set $cons 0 local.get $x
            else local.get $x global.get $sym:CONS call $lisp:%TYPE-ERROR end",
        ["$rplacd"] = @"(param $x eqref) (param $v eqref) (result eqref)
            local.get $x ref.test $cons
            if (result eqref) local.get $x ref.cast $cons local.get $v struct.set $cons 1 local.get $x
            else local.get $x global.get $sym:CONS call $lisp:%TYPE-ERROR end",
        ["$listp"] = @"(param $x eqref) (result i32)
            local.get $x ref.test $cons local.get $x global.get $nil ref.eq i32.or",
        ["$keywordp"] = @"(param $x eqref) (result i32)
            local.get $x ref.test $symbol
            if (result i32) local.get $x ref.cast $symbol struct.get $symbol 4 i32.const 1 i32.eq
            else i32.const 0 end",
        ["$fix"] = @"(param $x eqref) (result i32)
            local.get $x ref.test i31
            if (result i32) local.get $x ref.cast i31 i31.get_s
            else local.get $x global.get $sym:FIXNUM call $lisp:%TYPE-ERROR drop i32.const 0 end",
        ["$symbol-value"] = @"(param $s eqref) (result eqref) (local $v eqref)
            local.get $s ref.cast $symbol struct.get $symbol 1 local.tee $v ref.is_null
            if (result eqref) local.get $s call $lisp:%UNBOUND-VARIABLE else local.get $v end",
        ["$symbol-value-of"] = @"(param $s eqref) (result eqref)
            local.get $s ref.test $symbol
            if (result eqref) local.get $s call $symbol-value
            else local.get $s global.get $sym:SYMBOL call $lisp:%TYPE-ERROR end",
        ["$check-symbol"] = @"(param $s eqref) (result eqref)
            local.get $s ref.test $symbol
            if (result eqref) local.get $s
            else local.get $s global.get $sym:SYMBOL call $lisp:%TYPE-ERROR end",
        ["$boundp"] = @"(param $s eqref) (result i32)
            local.get $s call $check-symbol ref.cast $symbol struct.get $symbol 1 ref.is_null i32.eqz",
        ["$set"] = @"(param $s eqref) (param $v eqref) (result eqref)
            local.get $s call $check-symbol ref.cast $symbol local.get $v struct.set $symbol 1 local.get $v",
        ["$makunbound"] = @"(param $s eqref) (result eqref)
            local.get $s call $check-symbol ref.cast $symbol ref.null none struct.set $symbol 1 local.get $s",
        ["$symbol-function"] = @"(param $s eqref) (result eqref) (local $v eqref)
            local.get $s ref.cast $symbol struct.get $symbol 2 local.tee $v ref.is_null
            if (result eqref) local.get $s call $lisp:%UNDEFINED-FUNCTION else local.get $v end",
        ["$symbol-function-of"] = @"(param $s eqref) (result eqref)
            local.get $s call $check-symbol call $symbol-function",
        ["$fboundp"] = @"(param $s eqref) (result i32)
            local.get $s call $check-symbol ref.cast $symbol struct.get $symbol 2 ref.is_null i32.eqz",
        ["$fmakunbound"] = @"(param $s eqref) (result eqref)
            local.get $s call $check-symbol ref.cast $symbol ref.null none struct.set $symbol 2 local.get $s",
        ["$set-symbol-function"] = @"(param $s eqref) (param $f eqref) (result eqref)
            local.get $s call $check-symbol ref.cast $symbol local.get $f struct.set $symbol 2 local.get $f",
        ["$symbol-name"] = @"(param $s eqref) (result eqref)
            local.get $s call $check-symbol ref.cast $symbol struct.get $symbol 0",
        ["$symbol-plist"] = @"(param $s eqref) (result eqref) (local $v eqref)
            local.get $s call $check-symbol ref.cast $symbol struct.get $symbol 3 local.tee $v ref.is_null
            if (result eqref) global.get $nil else local.get $v end",
        ["$set-symbol-plist"] = @"(param $s eqref) (param $v eqref) (result eqref)
            local.get $s call $check-symbol ref.cast $symbol local.get $v struct.set $symbol 3 local.get $v",
        ["$char-code"] = @"(param $c eqref) (result i32)
            local.get $c ref.test $char
            if (result i32) local.get $c ref.cast $char struct.get $char 0
            else local.get $c global.get $sym:CHARACTER call $lisp:%TYPE-ERROR drop i32.const 0 end",
        ["$index"] = @"(param $seq eqref) (param $i eqref) (param $len i32) (result i32) (local $k i32)
            local.get $i ref.test i31
            if (result i32)
              local.get $i ref.cast i31 i31.get_s local.tee $k local.get $len i32.lt_u
              if (result i32) local.get $k
              else local.get $seq local.get $i call $lisp:%INDEX-ERROR drop i32.const 0 end
            else local.get $seq local.get $i call $lisp:%INDEX-ERROR drop i32.const 0 end",
        ["$string-ref"] = @"(param $s eqref) (param $i eqref) (result eqref)
            local.get $s ref.test $str
            if (result eqref)
              local.get $s ref.cast $str
              local.get $s local.get $i local.get $s ref.cast $str array.len call $index
              array.get $str struct.new $char
            else local.get $s global.get $sym:STRING call $lisp:%TYPE-ERROR end",
        ["$string-set"] = @"(param $s eqref) (param $i eqref) (param $c eqref) (result eqref)
            local.get $s ref.test $str
            if (result eqref)
              local.get $s ref.cast $str
              local.get $s local.get $i local.get $s ref.cast $str array.len call $index
              local.get $c call $char-code array.set $str local.get $c
            else local.get $s global.get $sym:STRING call $lisp:%TYPE-ERROR end",
        ["$vector-ref"] = @"(param $v eqref) (param $i eqref) (result eqref)
            local.get $v ref.test $vec
            if (result eqref)
              local.get $v ref.cast $vec
              local.get $v local.get $i local.get $v ref.cast $vec array.len call $index
              array.get $vec
            else local.get $v global.get $sym:SIMPLE-VECTOR call $lisp:%TYPE-ERROR end",
        ["$vector-set"] = @"(param $v eqref) (param $i eqref) (param $x eqref) (result eqref)
            local.get $v ref.test $vec
            if (result eqref)
              local.get $v ref.cast $vec
              local.get $v local.get $i local.get $v ref.cast $vec array.len call $index
              local.get $x array.set $vec local.get $x
            else local.get $v global.get $sym:SIMPLE-VECTOR call $lisp:%TYPE-ERROR end",
        // UTF-8 across the host boundary; inside, strings are arrays of code points
        ["$str-to-bytes"] = @"(param $x eqref) (result (ref null $bytes)) (local $s (ref null $str)) (local $n i32) (local $i i32) (local $len i32) (local $c i32) (local $b (ref null $bytes)) (local $j i32)
            local.get $x ref.test $str i32.eqz
            if local.get $x global.get $sym:STRING call $lisp:%TYPE-ERROR drop end
            local.get $x ref.cast $str local.tee $s array.len local.set $len
            block $done loop $count
              local.get $i local.get $len i32.ge_u br_if $done
              local.get $s local.get $i array.get $str local.set $c
              local.get $n i32.const 1 i32.add
              local.get $c i32.const 127 i32.gt_u i32.add
              local.get $c i32.const 2047 i32.gt_u i32.add
              local.get $c i32.const 65535 i32.gt_u i32.add local.set $n
              local.get $i i32.const 1 i32.add local.set $i br $count
            end end
            local.get $n array.new_default $bytes local.set $b
            i32.const 0 local.set $i
            block $done2 loop $fill
              local.get $i local.get $len i32.ge_u br_if $done2
              local.get $s local.get $i array.get $str local.set $c
              local.get $c i32.const 128 i32.lt_u
              if local.get $b local.get $j local.get $c array.set $bytes local.get $j i32.const 1 i32.add local.set $j
              else local.get $c i32.const 2048 i32.lt_u
                if
                  local.get $b local.get $j local.get $c i32.const 6 i32.shr_u i32.const 192 i32.or array.set $bytes
                  local.get $b local.get $j i32.const 1 i32.add local.get $c i32.const 63 i32.and i32.const 128 i32.or array.set $bytes
                  local.get $j i32.const 2 i32.add local.set $j
                else local.get $c i32.const 65536 i32.lt_u
                  if
                    local.get $b local.get $j local.get $c i32.const 12 i32.shr_u i32.const 224 i32.or array.set $bytes
                    local.get $b local.get $j i32.const 1 i32.add local.get $c i32.const 6 i32.shr_u i32.const 63 i32.and i32.const 128 i32.or array.set $bytes
                    local.get $b local.get $j i32.const 2 i32.add local.get $c i32.const 63 i32.and i32.const 128 i32.or array.set $bytes
                    local.get $j i32.const 3 i32.add local.set $j
                  else
                    local.get $b local.get $j local.get $c i32.const 18 i32.shr_u i32.const 240 i32.or array.set $bytes
                    local.get $b local.get $j i32.const 1 i32.add local.get $c i32.const 12 i32.shr_u i32.const 63 i32.and i32.const 128 i32.or array.set $bytes
                    local.get $b local.get $j i32.const 2 i32.add local.get $c i32.const 6 i32.shr_u i32.const 63 i32.and i32.const 128 i32.or array.set $bytes
                    local.get $b local.get $j i32.const 3 i32.add local.get $c i32.const 63 i32.and i32.const 128 i32.or array.set $bytes
                    local.get $j i32.const 4 i32.add local.set $j
                  end
                end
              end
              local.get $i i32.const 1 i32.add local.set $i br $fill
            end end
            local.get $b",
        ["$bytes-to-str-or-nil"] = @"(param $b (ref null $bytes)) (result eqref) (local $len i32) (local $i i32) (local $n i32) (local $s (ref null $str)) (local $c i32) (local $k i32) (local $j i32)
            local.get $b ref.is_null
            if (result eqref) global.get $nil
            else
              local.get $b array.len local.set $len
              block $d1 loop $l1
                local.get $i local.get $len i32.ge_u br_if $d1
                local.get $b local.get $i array.get_u $bytes i32.const 192 i32.and i32.const 128 i32.ne
                local.get $n i32.add local.set $n
                local.get $i i32.const 1 i32.add local.set $i br $l1
              end end
              local.get $n array.new_default $str local.set $s
              i32.const 0 local.set $i
              block $d2 loop $l2
                local.get $i local.get $len i32.ge_u br_if $d2
                local.get $b local.get $i array.get_u $bytes local.set $c
                local.get $c i32.const 128 i32.lt_u
                if i32.const 0 local.set $k
                else local.get $c i32.const 224 i32.lt_u
                  if local.get $c i32.const 31 i32.and local.set $c i32.const 1 local.set $k
                  else local.get $c i32.const 240 i32.lt_u
                    if local.get $c i32.const 15 i32.and local.set $c i32.const 2 local.set $k
                    else local.get $c i32.const 7 i32.and local.set $c i32.const 3 local.set $k end
                  end
                end
                local.get $i i32.const 1 i32.add local.set $i
                block $d3 loop $l3
                  local.get $k i32.eqz br_if $d3
                  local.get $i local.get $len i32.ge_u br_if $d3
                  local.get $c i32.const 6 i32.shl local.get $b local.get $i array.get_u $bytes i32.const 63 i32.and i32.or local.set $c
                  local.get $i i32.const 1 i32.add local.set $i
                  local.get $k i32.const 1 i32.sub local.set $k br $l3
                end end
                local.get $s local.get $j local.get $c array.set $str
                local.get $j i32.const 1 i32.add local.set $j br $l2
              end end
              local.get $s
            end",
        ["$funcall"] = @"(param $f eqref) (param $args eqref) (result eqref)
            local.get $f ref.test $closure
            if (result eqref) local.get $f local.get $args local.get $f ref.cast $closure struct.get $closure 0 call_ref $fn
            else local.get $f ref.test $symbol
              if (result eqref) local.get $f local.get $args call $call-symbol
              else local.get $f global.get $sym:FUNCTION call $lisp:%TYPE-ERROR end
            end",
        ["$call-symbol"] = @"(param $s eqref) (param $args eqref) (result eqref) (local $f eqref)
            local.get $s call $symbol-function local.tee $f local.get $args local.get $f ref.cast $closure struct.get $closure 0 call_ref $fn",
        ["$arg-car"] = @"(param $args eqref) (param $name eqref) (result eqref)
            local.get $args ref.test $cons
            if (result eqref) local.get $args ref.cast $cons struct.get $cons 0
            else local.get $name call $lisp:%ARG-COUNT-ERROR end",
        ["$arg-opt"] = @"(param $args eqref) (result eqref)
            local.get $args ref.test $cons
            if (result eqref) local.get $args ref.cast $cons struct.get $cons 0
            else ref.null none end",
        ["$arg-cdr"] = @"(param $args eqref) (result eqref)
            local.get $args ref.test $cons
            if (result eqref) local.get $args ref.cast $cons struct.get $cons 1
            else local.get $args end",
        ["$check-no-more"] = @"(param $args eqref) (param $name eqref)
            local.get $args global.get $nil ref.eq i32.eqz
            if local.get $name call $lisp:%ARG-COUNT-ERROR drop end",
        ["$check-keys"] = @"(param $args eqref) (param $keys eqref)
            local.get $args local.get $keys call $lisp:%CHECK-KEYS drop",
        ["$getkey"] = @"(param $args eqref) (param $key eqref) (result eqref) (local $p eqref)
            local.get $args local.set $p
            block $no (result eqref) loop $l
              ref.null none local.get $p ref.test $cons i32.eqz br_if $no drop
              ref.null none local.get $p ref.cast $cons struct.get $cons 1 ref.test $cons i32.eqz br_if $no drop
              local.get $p ref.cast $cons struct.get $cons 0 local.get $key ref.eq
              if local.get $p ref.cast $cons struct.get $cons 1 ref.cast $cons struct.get $cons 0 return end
              local.get $p ref.cast $cons struct.get $cons 1 ref.cast $cons struct.get $cons 1 local.set $p br $l
            end unreachable end",
        ["$check-catch"] = @"(param $tag eqref) (local $p eqref)
            global.get $catch_tags local.set $p
            block $no loop $l
              local.get $p ref.test $cons i32.eqz br_if $no
              local.get $p ref.cast $cons struct.get $cons 0 local.get $tag ref.eq if return end
              local.get $p ref.cast $cons struct.get $cons 1 local.set $p br $l
            end end
            local.get $tag call $lisp:%NO-CATCH-TAG drop",
        ["$mv-list"] = @"(param $x eqref) (result eqref) (local $i i32) (local $acc eqref)
            global.get $mv_n i32.eqz
            if (result eqref) global.get $nil
            else
              global.get $nil local.set $acc
              global.get $mv_n i32.const 1 i32.sub local.set $i
              block $d loop $l
                local.get $i i32.const 1 i32.lt_s br_if $d
                global.get $mv_buf local.get $i array.get $vec local.get $acc struct.new $cons local.set $acc
                local.get $i i32.const 1 i32.sub local.set $i br $l
              end end
              local.get $x local.get $acc struct.new $cons
            end",
        ["$mv-ref"] = @"(param $k i32) (param $x eqref) (result eqref)
            local.get $k global.get $mv_n i32.lt_s
            if (result eqref)
              local.get $k i32.eqz
              if (result eqref) local.get $x else global.get $mv_buf local.get $k array.get $vec end
            else global.get $nil end",
        ["$mv-save"] = @"(param $x eqref) (result eqref) (local $v (ref null $vec))
            global.get $mv_n array.new_default $vec local.set $v
            global.get $mv_n i32.const 0 i32.gt_s
            if
              local.get $v i32.const 0 local.get $x array.set $vec
              local.get $v i32.const 1 global.get $mv_buf i32.const 1 global.get $mv_n i32.const 1 i32.sub array.copy $vec $vec
            end
            local.get $v",
        ["$mv-restore"] = @"(param $x eqref) (result eqref) (local $v (ref null $vec))
            local.get $x ref.cast $vec local.tee $v array.len global.set $mv_n
            global.get $mv_n i32.const 0 i32.gt_s
            if (result eqref)
              global.get $mv_buf i32.const 1 local.get $v i32.const 1 global.get $mv_n i32.const 1 i32.sub array.copy $vec $vec
              local.get $v i32.const 0 array.get $vec
            else global.get $nil end",
        ["$append2"] = @"(param $a eqref) (param $b eqref) (result eqref)
            local.get $a local.get $b call $lisp:%APPEND2",
        // exports
        ["$chan-length"] = @"(param $x anyref) (result i32)
            local.get $x ref.test $bytes
            if (result i32) local.get $x ref.cast $bytes array.len else i32.const -1 end",
        ["$chan-byte"] = @"(param $x anyref) (param $i i32) (result i32)
            local.get $x ref.cast $bytes local.get $i array.get_u $bytes",
        ["$chan-new"] = @"(param $n i32) (result anyref)
            local.get $n array.new_default $bytes",
        ["$chan-set"] = @"(param $x anyref) (param $i i32) (param $v i32)
            local.get $x ref.cast $bytes local.get $i local.get $v array.set $bytes",
        ["$prin1-export"] = @"(param $x anyref) (result anyref)
            local.get $x ref.cast_null eq call $lisp:%PRIN1-TO-STRING call $str-to-bytes",
    };
}
