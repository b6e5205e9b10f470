#!/usr/bin/env bash
# The whole test suite, on a fresh machine: builds mlo and runs every test. Anything the tests
# need beyond the Rust toolchain is installed here, under the build directory (Python
# virtualenvs) or with apt-get (Debian packages), never by hand.
#   usage: scripts/test.sh            (from anywhere in the checkout)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"
# Tests run the real binary; build it and the test binaries first so test time is test time.
cargo build --locked --all-targets --quiet
# The remote tests talk to a real S3-protocol server (moto, in a virtualenv under the build
# directory), started here and stopped on exit; they read its address and keys from MLO_TEST_S3_*.
eval "$(scripts/s3-server.sh start)"
trap 'scripts/s3-server.sh stop' EXIT
mkdir -p target
cargo test --locked --quiet 2>&1 | tee target/test-output.txt
# cargo's own closing line is "test result: ok. N passed; ..." per test binary; sum them up.
awk '/^test result:/ {for (i=1;i<=NF;i++) {if ($(i+1) ~ /^passed;?/) p+=$i; if ($(i+1) ~ /^failed;?/) f+=$i; if ($(i+1) ~ /^ignored;?/) s+=$i}} END {printf "%d passed, %d failed, %d skipped\n", p, f, s}' target/test-output.txt
