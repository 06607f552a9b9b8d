#!/usr/bin/env bash
# Installs what the tests need (pinned Node + binaryen into .tools/, SBCL from Debian, NuGet
# packages, among them Wasmtime's), builds, and runs every test with `dotnet test` (the engine
# tests on both engines, V8 and Wasmtime), then checks the packed .NET tool and docs/ci.md's workflow
# (tools/ci/check-workflow.sh). Idempotent: reuses what is there.
# Extra arguments go to `dotnet test` (e.g. ./run-tests.sh --filter "category=conses").
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

./tools/setup.sh
# Restoring the Wasmtime NuGet package brings Wasmtime's native library (nothing else to install).
dotnet restore Clysm.Conformance.sln --verbosity quiet
# Wasmtime's compiled modules, shared by every test process and kept between runs (git-ignored).
export CLYSM_WASMTIME_CACHE="${CLYSM_WASMTIME_CACHE:-$PWD/.clysm/wasmtime-cache}"
dotnet build Clysm.Conformance.sln --no-restore -c Release --verbosity quiet -nologo

results=TestResults
rm -rf "$results"
status=0
dotnet test Clysm.Conformance.sln --no-build -c Release --results-directory "$results" \
  --logger "trx" --logger "console;verbosity=quiet" "$@" || status=$?

# One closing line over all test projects, counted from the TRX files.
cat "$results"/*.trx 2>/dev/null | grep -o '<Counters [^>]*>' | awk '
  function attr(n,  m) { return match($0, n "=\"[0-9]+\"") ? substr($0, RSTART + length(n) + 2, RLENGTH - length(n) - 3) + 0 : 0 }
  { p += attr("passed"); f += attr("failed") + attr("error") + attr("timeout"); s += attr("total") - attr("executed") }
  END { printf "%d passed, %d failed, %d skipped\n", p, f, s }'

# The suite as Clysm's CI uses it: packed as a .NET tool, installed from a local folder, and the
# pull-request workflow of docs/ci.md (shards, merge, gate, compare, export) run step by step.
./tools/ci/check-workflow.sh || status=$?
exit $status
