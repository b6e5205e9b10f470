#!/usr/bin/env bash
# Drift figures for docs/performance.md: `mlo monitor drift` (release) on 1,000,000 reference +
# 1,000,000 current rows x 25 columns (20 numerical, 5 categorical) from CSV, all columns
# (target: < 5 s wall, < 1 GB peak RSS on the 2-core build machine). The data is generated
# deterministically by examples/drift_data.rs. With --evidently, Evidently 0.7.23's
# DataDriftPreset is timed side by side in a throwaway virtualenv (pandas < 3; ~100 s or more).
# Usage: benches/drift.sh [--evidently] [BUILD_DIR] [ROWS]
set -euo pipefail
evidently=0
if [ "${1:-}" = "--evidently" ]; then evidently=1; shift; fi
here="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$here/target/bench-drift}"
rows="${2:-1000000}"
target="${CARGO_TARGET_DIR:-$here/target}"
mkdir -p "$build"
cd "$here"
cargo build --release --quiet --bin mlo --example drift_data
mlo="$target/release/mlo"
if [ ! -f "$build/current.csv" ] || [ "$(wc -l < "$build/reference.csv")" -ne $((rows + 1)) ]; then
  /usr/bin/time -f "generate: %e s" "$target/release/examples/drift_data" "$build" "$rows"
fi
ls -l "$build/reference.csv" "$build/current.csv" | awk '{print $NF ": " $5 " bytes"}'
echo "== mlo monitor drift, $rows + $rows rows x 25 columns =="
for i in 1 2 3; do
  /usr/bin/time -f "mlo: %e s wall, %U s user, %S s sys, %M KiB max RSS" \
    "$mlo" --json monitor drift --reference "$build/reference.csv" --current "$build/current.csv" \
    --fail-on never > "$build/mlo.json"
done
grep -E '"(drifted_columns|dataset_drift)"' "$build/mlo.json" | tail -2
echo "== with a saved reference profile =="
"$mlo" --quiet monitor drift --reference "$build/reference.csv" --current "$build/current.csv" \
  --fail-on never --save-profile "$build/reference.prof" > /dev/null
ls -l "$build/reference.prof" | awk '{print "profile: " $5 " bytes"}'
/usr/bin/time -f "mlo (profile): %e s wall, %M KiB max RSS" \
  "$mlo" --json monitor drift --reference-profile "$build/reference.prof" --current "$build/current.csv" \
  --fail-on never > "$build/mlo-profile.json"
if [ "$evidently" = 1 ]; then
  venv="$build/venv"
  [ -x "$venv/bin/python" ] || { python3 -m venv "$venv" && "$venv/bin/pip" install -q 'pandas<3' evidently==0.7.23; }
  cat > "$build/evidently_drift.py" <<'PY'
import sys, time
import pandas as pd
from evidently import Report, Dataset, DataDefinition
from evidently.presets import DataDriftPreset
t0 = time.time()
ref, cur = pd.read_csv(sys.argv[1]), pd.read_csv(sys.argv[2])
t1 = time.time()
num = [c for c in ref.columns if c.startswith("num")]
cat = [c for c in ref.columns if c.startswith("cat")]
dd = DataDefinition(numerical_columns=num, categorical_columns=cat)
snap = Report([DataDriftPreset()]).run(current_data=Dataset.from_pandas(cur, data_definition=dd),
                                       reference_data=Dataset.from_pandas(ref, data_definition=dd))
t2 = time.time()
m = snap.dict()["metrics"]
print(f"read_csv {t1 - t0:.1f} s, report {t2 - t1:.1f} s; {m[0]['value']}")
PY
  /usr/bin/time -f "evidently: %e s wall, %M KiB max RSS" "$venv/bin/python" "$build/evidently_drift.py" \
    "$build/reference.csv" "$build/current.csv"
fi
