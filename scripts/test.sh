#!/usr/bin/env bash
# The whole test suite, on a fresh machine: builds mlo and runs every test. Anything the tests
# need beyond the Rust toolchain is installed here, under the build directory (Python
# virtualenvs) or with apt-get (Debian packages), never by hand.
#   usage: scripts/test.sh            (from anywhere in the checkout)
# The MLflow mirror test needs a real MLflow server: this script installs MLflow into a
# virtualenv under the build directory (once, a few minutes, in parallel with the build),
# starts `mlflow server` on a free port of 127.0.0.1 with a SQLite store, exports its URL as
# MLO_TEST_MLFLOW_URL, and stops it at the end. Set MLO_TEST_MLFLOW_URL yourself to use
# another server, or MLO_TEST_NO_MLFLOW=1 to skip that test.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"
target="${CARGO_TARGET_DIR:-$root/target}"
mkdir -p "$target"
mlflow_dir="$target/mlflow"
started_mlflow=""
if [ -z "${MLO_TEST_MLFLOW_URL:-}" ] && [ -z "${MLO_TEST_NO_MLFLOW:-}" ]; then
  # pip runs while cargo builds; the two mostly wait on different things.
  "$root/scripts/mlflow-server.sh" install "$mlflow_dir" > "$target/mlflow-install.log" 2>&1 &
  install_pid=$!
fi
# Tests run the real binary; build it and the test binaries first so test time is test time.
cargo build --locked --all-targets --quiet
if [ -n "${install_pid:-}" ]; then
  if ! wait "$install_pid"; then
    cat "$target/mlflow-install.log" >&2
    echo "error: installing MLflow for the mirror test failed (set MLO_TEST_NO_MLFLOW=1 to skip it)" >&2
    exit 1
  fi
  MLO_TEST_MLFLOW_URL="$("$root/scripts/mlflow-server.sh" start "$mlflow_dir")"
  export MLO_TEST_MLFLOW_URL
  started_mlflow=1
  trap '"$root/scripts/mlflow-server.sh" stop "$mlflow_dir"' EXIT
fi
status=0
cargo test --locked --quiet 2>&1 | tee "$target/test-output.txt" || status=$?
# cargo's own closing line is "test result: ok. N passed; ..." per test binary; sum them up.
awk '/^test result:/ {for (i=1;i<=NF;i++) {if ($(i+1) ~ /^passed;?/) p+=$i; if ($(i+1) ~ /^failed;?/) f+=$i; if ($(i+1) ~ /^ignored;?/) s+=$i}} END {printf "%d passed, %d failed, %d skipped\n", p, f, s}' "$target/test-output.txt"
if [ -n "$started_mlflow" ]; then echo "MLflow mirror tested against $MLO_TEST_MLFLOW_URL"; fi
exit "$status"
