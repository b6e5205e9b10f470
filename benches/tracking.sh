#!/usr/bin/env bash
# Tracking figures for docs/performance.md, with MLflow timings from the same machine in the
# same run (MLflow in a throwaway virtualenv, SQLite tracking store, as its docs recommend).
#   usage: benches/tracking.sh [BUILD_DIR]        (SKIP_MLFLOW=1 to leave MLflow out)
# Measures: one `mlo run log --metric` process (hyperfine); `--stdin` ingestion of 1,000,000
# points; `mlo run list` with a metric+param filter over 10,000 runs; 8 processes logging to
# one run at once (counted afterwards: nothing may be lost).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-${CARGO_TARGET_DIR:-$here/target}/bench-tracking}"
mkdir -p "$build"
cd "$here"
cargo build --release --quiet
mlo="${CARGO_TARGET_DIR:-$here/target}/release/mlo"
if ! command -v hyperfine >/dev/null; then
  echo "installing hyperfine (Debian package)" >&2
  (apt-get update -qq && apt-get install -y -qq hyperfine) >/dev/null
fi
now_ms() { python3 -c 'import time; print(int(time.time()*1000))'; }

repo="$build/repo"
rm -rf "$repo" && mkdir -p "$repo"
"$mlo" -C "$repo" init --quiet
export MLO_ACTOR=bench@example.com

echo "== one 'mlo run log --metric' process =="
run="$("$mlo" -C "$repo" run start --quiet)"
hyperfine -N --warmup 10 --runs 200 "$mlo -C $repo run log --quiet --metric loss=0.5" 2>&1 | grep -E "Time|Range"

echo "== --stdin ingestion, 1,000,000 points (JSON Lines) =="
lines="$build/points.jsonl"
python3 -c '
import sys
with open(sys.argv[1], "w") as f:
    for i in range(1_000_000):
        f.write("{\"metric\":\"m%d\",\"value\":%r,\"step\":%d}\n" % (i % 4, 1.0 / (i + 1), i // 4))
' "$lines"
for i in 1 2 3; do
  id="$("$mlo" -C "$repo" run start --quiet)"
  t0=$(now_ms); "$mlo" -C "$repo" run log --quiet --run "$id" --stdin < "$lines"; t1=$(now_ms)
  echo "try $i: $((t1 - t0)) ms, $(( 1000000 * 1000 / (t1 - t0) )) points/s"
done
kv="$build/points.kv"
python3 -c '
import sys
with open(sys.argv[1], "w") as f:
    for i in range(250_000):
        f.write("loss=%r acc=%r lr=0.001 grad=%r step=%d\n" % (1.0/(i+1), i/250000, (i%97)/97, i))
' "$kv"
id="$("$mlo" -C "$repo" run start --quiet)"
t0=$(now_ms); "$mlo" -C "$repo" run log --quiet --run "$id" --stdin < "$kv"; t1=$(now_ms)
echo "key=value lines (4 metrics a line): 1,000,000 points in $((t1 - t0)) ms, $(( 1000000 * 1000 / (t1 - t0) )) points/s"

echo "== 8 processes logging to one run at once (8 x 100,000 points) =="
id="$("$mlo" -C "$repo" run start --quiet)"
head -n 100000 "$lines" > "$build/part.jsonl"
t0=$(now_ms)
pids=()
for p in 1 2 3 4 5 6 7 8; do
  "$mlo" -C "$repo" run log --quiet --run "$id" --stdin < "$build/part.jsonl" 2> "$build/proc$p.err" &
  pids+=($!)
done
fail=0; for pid in "${pids[@]}"; do wait "$pid" || fail=1; done
t1=$(now_ms)
count=$("$mlo" -C "$repo" --json run show "$id" | python3 -c 'import json,sys; print(sum(m["count"] for m in json.load(sys.stdin)["metrics"].values()))')
locked=$(cat "$build"/proc*.err | grep -c "locked" || true)
echo "$((t1 - t0)) ms; stored $count of 800000 points; failures: $fail; 'database is locked': $locked"

echo "== run list with a filter over 10,000 runs =="
big="$build/big"
rm -rf "$big" && mkdir -p "$big" && "$mlo" -C "$big" init --quiet
"$mlo" -C "$big" run list --quiet > /dev/null  # migrate
# Seed 10,000 ended runs straight into the index (creating them one process at a time would
# measure process start-up 30,000 times, not the query): 3 params, 2 tags, 3 metrics each.
python3 - "$big/.mlo/index.db" <<'PY'
import sqlite3, sys, uuid, random, json
random.seed(1)
db = sqlite3.connect(sys.argv[1])
with db:
    for i in range(10_000):
        rid = str(uuid.uuid4())
        db.execute("INSERT INTO track_runs (run_id,name,experiment,status,start_time,end_time,source) VALUES (?,?,?,?,?,?,?)",
                   (rid, f"run-{i}", f"exp{i%5}", "finished", f"2026-01-01T00:{i//600%60:02d}:{i%60:02d}.000000Z", None, "{}"))
        for k, v, n in [("model", random.choice(["x", "y", "z"]), None), ("depth", str(i % 17), i % 17), ("lr", "0.01", 0.01)]:
            db.execute("INSERT INTO track_params VALUES (?,?,?,?,?)", (rid, k, "number" if n is not None else "string", v, n))
        for k, v in [("team", random.choice("ab")), ("owner", "bench")]:
            db.execute("INSERT INTO track_tags VALUES (?,?,?)", (rid, k, v))
        for k in ["rmse", "mae", "loss"]:
            v = random.random() * 2
            db.execute("INSERT INTO track_metric_keys (run_id,key,last,last_step,last_ts,min,max,count) VALUES (?,?,?,?,?,?,?,?)", (rid, k, v, 99, 0, v, v, 100))
PY
hyperfine -N --warmup 5 --runs 50 \
  "$mlo -C $big run list --filter \"metrics.rmse < 1 and params.model = 'x'\"" \
  "$mlo -C $big --json run list --filter \"metrics.rmse < 1 and params.model = 'x'\"" \
  "$mlo -C $big run list --filter \"metrics.rmse < 0.1 or (params.depth > 12 and tags.team = 'a')\" --limit 100" \
  "$mlo -C $big run list --limit 1000" 2>&1 | grep -E "Benchmark|Time|Range"
echo "matching runs: $("$mlo" -C "$big" --json run list --filter "metrics.rmse < 1 and params.model = 'x'" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')"

if [ "${SKIP_MLFLOW:-}" = 1 ]; then exit 0; fi
echo "== MLflow, same machine (sqlite:/// store) =="
# The same throwaway virtualenv scripts/test.sh uses (installed once).
venv_dir="${CARGO_TARGET_DIR:-$here/target}/mlflow"
"$here/scripts/mlflow-server.sh" install "$venv_dir" >/dev/null
py="$venv_dir/venv/bin/python"
rm -rf "$build/mlflow-work" && mkdir -p "$build/mlflow-work" && cd "$build/mlflow-work"
"$py" - <<'PY'
import time, statistics, mlflow
from mlflow.tracking import MlflowClient
from mlflow.entities import Metric, Param, RunTag
mlflow.set_tracking_uri("sqlite:///mlflow.db")
client = MlflowClient()
exp = client.create_experiment("bench")
run = client.create_run(exp)
rid = run.info.run_id
t = []
for i in range(200):
    t0 = time.perf_counter(); client.log_metric(rid, "loss", 0.5, step=i); t.append(time.perf_counter() - t0)
print(f"log_metric (in-process, per call): mean {statistics.mean(t)*1000:.2f} ms, median {statistics.median(t)*1000:.2f} ms")
ts = int(time.time() * 1000)
t0 = time.perf_counter()
for b in range(100):
    client.log_batch(rid, metrics=[Metric("m%d" % (j % 4), 1.0 / (j + 1), ts, b * 1000 + j) for j in range(1000)])
dt = time.perf_counter() - t0
print(f"log_batch 100,000 points: {dt:.2f} s, {100000/dt:,.0f} points/s")
import random
random.seed(1)
t0 = time.perf_counter()
for i in range(300):
    r = client.create_run(exp)
    client.log_batch(r.info.run_id, metrics=[Metric("rmse", random.random() * 2, ts, 0)],
                     params=[Param("model", random.choice("xyz")), Param("depth", str(i % 17))])
    client.set_terminated(r.info.run_id)
print(f"create 300 runs (create_run + log_batch + set_terminated): {time.perf_counter() - t0:.1f} s")
t = []
for _ in range(3):
    t0 = time.perf_counter()
    client.search_runs([exp], "metrics.rmse < 1 and params.model = 'x'", max_results=1000)
    t.append(time.perf_counter() - t0)
print(f"search_runs with filter over 301 runs: median {statistics.median(t)*1000:.0f} ms")
PY
echo "mlflow CLI start-up:"
hyperfine -N --warmup 1 --runs 5 "$venv_dir/venv/bin/mlflow --version" 2>&1 | grep -E "Time|Range"
