#!/usr/bin/env bash
# Audit figures for docs/performance.md: `mlo audit verify`, `mlo audit checkpoint` and
# `mlo audit export --format jsonl|csv` over 1,000,000 events (targets: verify < 2 s, JSONL
# export < 3 s). The events are made by examples/audit_fill.rs through the library, not by a
# million process spawns. Then the same number of events split over two chains (this
# repository's and one "pulled" from another clone), for the cost of walking and merging
# several chains. Usage: benches/audit.sh [BUILD_DIR] [EVENTS]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$here/target/bench-audit}"
events="${2:-1000000}"
target="${CARGO_TARGET_DIR:-$here/target}"
mkdir -p "$build"
cd "$here"
cargo build --release --quiet --bin mlo --example audit_fill
mlo="$target/release/mlo"
repo="$build/repo"
if [ ! -f "$repo/.mlo/index.db" ] || [ "$("$mlo" -C "$repo" --json status | grep -o '"audit_events": [0-9]*' | grep -o '[0-9]*$')" -lt "$events" ]; then
  rm -rf "$repo" && mkdir -p "$repo"
  "$mlo" -C "$repo" init --quiet
  /usr/bin/time -f "fill: %e s, %M KiB max RSS" "$target/release/examples/audit_fill" "$repo" "$events"
fi
run() { # label, command...
  local label="$1"; shift
  /usr/bin/time -f "$label: %e s wall, %U s user, %M KiB max RSS" "$@"
}
echo "== $events events =="
for i in 1 2 3; do run "verify" "$mlo" -C "$repo" --quiet audit verify; done
for i in 1 2 3; do run "export jsonl" "$mlo" -C "$repo" --quiet audit export --format jsonl --out "$build/export.jsonl"; done
ls -l "$build/export.jsonl" | awk '{print "jsonl size:", $5, "bytes"}'
run "export csv" "$mlo" -C "$repo" --quiet audit export --format csv --out "$build/export.csv"
run "checkpoint" "$mlo" -C "$repo" --quiet audit checkpoint --out "$build/checkpoint.json"
run "verify --from-checkpoint" "$mlo" -C "$repo" --quiet audit verify --from-checkpoint "$build/checkpoint.json"
run "export --verify jsonl" "$mlo" -C "$repo" --quiet audit export --verify "$build/export.jsonl"

# Two chains: half the events local, half in a chain "pulled" from another clone.
merged="$build/merged"
half=$((events / 2))
if [ ! -f "$merged/.mlo/index.db" ] || [ "$("$mlo" -C "$merged" --json status | grep -o '"audit_pulled_events": [0-9]*' | grep -o '[0-9]*$')" -lt "$half" ]; then
  rm -rf "$merged" && mkdir -p "$merged"
  "$mlo" -C "$merged" init --quiet
  "$target/release/examples/audit_fill" "$merged" "$half"
  "$target/release/examples/audit_fill" "$merged" "$half" 0190aaaa-0000-7000-8000-00000000beef other-host
fi
echo "== $events events in two chains ($half local, $half pulled) =="
for i in 1 2; do run "verify (2 chains)" "$mlo" -C "$merged" --quiet audit verify; done
for i in 1 2; do run "export jsonl (2 chains, merged)" "$mlo" -C "$merged" --quiet audit export --format jsonl --out "$build/merged.jsonl"; done
run "export --verify jsonl (2 chains)" "$mlo" -C "$merged" --quiet audit export --verify "$build/merged.jsonl"
