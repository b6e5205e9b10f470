#!/usr/bin/env bash
# `mlo model list` over 1,000 models x 10 versions (target: under 50 ms).
#   usage: benches/registry.sh
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
cd "$here"
cargo build --release --quiet
cargo bench --quiet --bench registry -- --noplot 2>&1 | grep -E "registry/|time:"
command -v hyperfine >/dev/null || (apt-get update -qq && apt-get install -y -qq hyperfine) >/dev/null
repo="$here/target/bench-registry/repo"
hyperfine -N --warmup 3 --runs 30 "$here/target/release/mlo -C $repo model list" "$here/target/release/mlo -C $repo --json model list" 2>&1 | grep -E "Benchmark|Time"
