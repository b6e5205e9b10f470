#!/usr/bin/env bash
# Foundation figures for docs/performance.md: wall time of `mlo --version` and `mlo status`
# (hyperfine, warm cache), and blake3 hashing throughput of the store next to `cat` and
# `b3sum` on the same 1 GiB file. Usage: benches/foundation.sh [BUILD_DIR]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$here/target/bench-foundation}"
mkdir -p "$build"
cd "$here"
cargo build --release --quiet
mlo="$here/target/release/mlo"
if ! command -v hyperfine >/dev/null; then
  echo "installing hyperfine (Debian package)" >&2
  (apt-get update -qq && apt-get install -y -qq hyperfine) >/dev/null
fi
if ! command -v b3sum >/dev/null; then
  (apt-get install -y -qq b3sum >/dev/null 2>&1) || cargo install --quiet b3sum
fi

repo="$build/repo"
rm -rf "$repo" && mkdir -p "$repo"
"$mlo" -C "$repo" init --quiet
for i in $(seq 1 200); do "$mlo" -C "$repo" config set core.actor "a$i" --quiet; done

echo "== start-up =="
hyperfine -N --warmup 20 --runs 200 "$mlo --version" "$mlo -C $repo status" "$mlo -C $repo --json status" 2>&1 | grep -E "Time|±|Benchmark"

big="$build/big.bin"
if [ ! -f "$big" ]; then head -c $((1 << 30)) /dev/urandom > "$big"; fi
cat "$big" > /dev/null
echo "== 1 GiB file, warm page cache =="
hyperfine -N --warmup 2 --runs 10 "cat $big" "b3sum $big" 2>&1 | grep -E "Time|Benchmark" || true
echo "== store (criterion; throughput per iteration) =="
cargo bench --quiet --bench store -- --noplot 2>&1 | grep -E "store/|time:|thrpt:"
