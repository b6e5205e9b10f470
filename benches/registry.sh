#!/usr/bin/env bash
# `mlo model list` over 1,000 models x 10 versions (target: under 50 ms).
#   usage: benches/registry.sh
# The criterion bench (benches/registry.rs) times the library query and leaves the fixture
# repository at target/bench-registry/repo (under the checkout); hyperfine then times the real
# command, table and JSON, on the release binary (honours CARGO_TARGET_DIR).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
cd "$here"
target="${CARGO_TARGET_DIR:-$here/target}"
cargo build --release --quiet
cargo bench --quiet --bench registry -- --noplot 2>&1 | grep -E "registry/|time:"
command -v hyperfine >/dev/null || (apt-get update -qq && apt-get install -y -qq hyperfine) >/dev/null
repo="$here/target/bench-registry/repo"
mlo="$target/release/mlo"
"$mlo" -C "$repo" --json model list | python3 -c 'import json,sys; m=json.load(sys.stdin); print("fixture:", len(m), "models,", sum(x["versions"] for x in m), "versions")'
hyperfine -N --warmup 3 --runs 30 "$mlo -C $repo model list" "$mlo -C $repo --json model list" 2>&1 | grep -E "Benchmark|Time|User"
