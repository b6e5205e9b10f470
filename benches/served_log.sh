#!/usr/bin/env bash
# The readers of `mlo serve`'s prediction log on a ~200 MB log: `mlo monitor drift --current
# serve:`, `mlo monitor perf` and `mlo ab analyze serve:`, wall time and peak RSS (release build).
#   usage: benches/served_log.sh [WORK_DIR]        (needs ~450 MiB free)
#   MLO_BEFORE=/path/to/mlo benches/served_log.sh   also runs another build (one from main, say)
#       on the same log and checks that it prints the same results.
# The log (deterministic, seed 7) is written straight in the segment format of
# src/serve/predlog.rs (docs/serving.md), in a repository made with `mlo init`: 64 MiB segments;
# model `mlp` (x [1,16] FP32 -> probabilities [1,3] FP32), primary version 1 (90%) and canary
# version 2 (10%), 2% failed requests; model `other` (x [1,32] FP32 -> y [1,1] FP32); feedback
# `{"converted": 0|1}` for one `mlp` request in three; 48 hours of traffic.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
work="${1:-${CARGO_TARGET_DIR:-$here/target}/bench-served-log}"
mkdir -p "$work"
work="$(cd "$work" && pwd)"
cd "$here"
cargo build --release --quiet
mlo="${CARGO_TARGET_DIR:-$here/target}/release/mlo"
command -v /usr/bin/time >/dev/null || (apt-get update -qq && apt-get install -y -qq time) >/dev/null

repo="$work/repo"
log="$repo/.mlo/predictions"
if [ ! -f "$repo/.generated" ]; then
  rm -rf "$repo"
  mkdir -p "$repo"
  (cd "$repo" && git init -q && "$mlo" init --quiet >/dev/null)
  python3 - "$log" "$repo/reference.csv" <<'PY'
import json, math, os, random, struct, sys, time
log, reference = sys.argv[1], sys.argv[2]
os.makedirs(log, exist_ok=True)
rng = random.Random(7)
SEGMENT = 64 * 1024 * 1024
MLP, OTHER = 240_000, 40_000
start = 1_772_366_400 - 48 * 3600  # 2026-02-27T12:00:00Z

def f32(x):
    # The client sends x; the server logs the FP32 value widened to f64, as serde_json prints it.
    return repr(struct.unpack("<f", struct.pack("<f", x))[0])

def ts(sec):
    # chrono's RFC 3339 with microseconds, as `mlo serve` writes it.
    micros = int(sec * 1e6)
    s, us = divmod(micros, 1_000_000)
    return "%s.%06dZ" % (time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(s)), us)

def rid():
    # A UUID v7's shape (version and variant digits), as `mlo serve` generates them.
    h = "%032x" % rng.getrandbits(128)
    h = h[:12] + "7" + h[13:16] + "8" + h[17:]
    return "-".join((h[:8], h[8:12], h[12:16], h[16:20], h[20:]))

def tensor(name, row):
    return '{"name":"%s","datatype":"FP32","shape":[1,%d],"data":[%s]}' % (
        name, len(row), ",".join(f32(v) for v in row))

def prediction(t, id_, model, version, variant, status, latency, inputs, outputs, error=None):
    line = ('{"kind":"prediction","ts":"%s","id":"%s","model":"%s","version":"%s","variant":"%s",'
            '"endpoint":"infer","status":%d,"latency_ms":%s,"inputs":[%s],"outputs":[%s]'
            % (ts(t), id_, model, version, variant, status, repr(latency), inputs, outputs))
    if error is not None:
        line += ',"error":%s' % json.dumps(error)
    return line + "}\n"

def softmax(z):
    m = max(z)
    e = [math.exp(v - m) for v in z]
    s = sum(e)
    return [v / s for v in e]

events = []
for i in range(MLP):
    events.append((start + rng.random() * 48 * 3600, "mlp"))
for i in range(OTHER):
    events.append((start + rng.random() * 48 * 3600, "other"))
events.sort()
seq, size, out = 1, 0, open(os.path.join(log, "seg-%08d.jsonl" % 1), "w")
pending = []  # feedback (time, line), written once its time has come

def write(line):
    global seq, size, out
    if size > 0 and size + len(line) > SEGMENT:
        out.close()
        seq += 1
        size = 0
        out = open(os.path.join(log, "seg-%08d.jsonl" % seq), "w")
    out.write(line)
    size += len(line)

for n, (t, model) in enumerate(events):
    while pending and pending[0][0] <= t:
        write(pending.pop(0)[1])
    id_ = rid()
    latency = rng.lognormvariate(-0.9, 0.4)
    if model == "mlp":
        canary = rng.random() < 0.10
        version, variant = ("2", "canary") if canary else ("1", "primary")
        shift = 0.3 if t > start + 24 * 3600 else 0.0
        x = [round(rng.gauss(shift if j < 4 else 0.0, 1.0), 3) for j in range(16)]
        if rng.random() < 0.02:
            write(prediction(t, id_, model, version, variant, 400, latency,
                             tensor("x", x), "", "input `x`: expected shape [-1, 16]"))
            continue
        p = softmax([x[0] + x[1], x[2] - x[3], 0.5 * x[4]])
        write(prediction(t, id_, model, version, variant, 200, latency,
                         tensor("x", x), tensor("probabilities", p)))
        if n % 3 == 0:
            converted = 1 if rng.random() < (p[0] * (1.1 if canary else 1.0)) else 0
            pending.append((t + 60, '{"kind":"feedback","ts":"%s","id":"%s","model":"mlp","outcome":{"converted":%d}}\n'
                            % (ts(t + 60), id_, converted)))
    else:
        x = [round(rng.gauss(0.0, 1.0), 3) for _ in range(32)]
        write(prediction(t, id_, model, "7", "primary", 200, latency,
                         tensor("x", x), tensor("y", [sum(x) / 32])))
for _, line in pending:
    write(line)
out.close()

with open(reference, "w") as f:
    f.write(",".join("x_%d" % j for j in range(16)) + "\n")
    for _ in range(10_000):
        f.write(",".join(str(round(rng.gauss(0.0, 1.0), 3)) for _ in range(16)) + "\n")
PY
  touch "$repo/.generated"
fi
bytes=$(cat "$log"/seg-*.jsonl | wc -c)
echo "log: $log ($((bytes / 1024 / 1024)) MiB in $(ls "$log" | wc -l) segments, $(cat "$log"/seg-*.jsonl | wc -l) records)"
cat "$log"/seg-*.jsonl >/dev/null # warm the page cache

t() { # label, output file, command...
  local label="$1" outfile="$2"; shift 2
  local tf
  tf="$(mktemp)"
  /usr/bin/time -f '%e s %M KiB' -o "$tf" "$@" >"$outfile" 2>"$outfile.stderr" || true
  printf '| %-62s | %s |\n' "$label" "$(tail -1 "$tf")"
  rm -f "$tf"
}

run_all() { # name, mlo binary
  local name="$1" bin="$2"
  cd "$repo"
  t "$name: monitor drift --current serve:mlp (vs 10k-row CSV)" "$work/$name.drift.json" \
    "$bin" --json monitor drift --reference reference.csv --current serve:mlp --no-record --fail-on never
  t "$name: monitor perf mlp (48 hourly windows, prediction drift)" "$work/$name.perf.json" \
    "$bin" --json monitor perf mlp
  t "$name: ab analyze serve:mlp --metric converted --guardrail latency_ms:max" "$work/$name.ab.json" \
    "$bin" --json ab analyze serve:mlp --metric converted --guardrail latency_ms:max
  cd "$here"
}

echo "| command | wall, max RSS |"
echo "|---|---|"
if [ -n "${MLO_BEFORE:-}" ]; then
  run_all before "$MLO_BEFORE"
fi
run_all after "$mlo"

python3 - "$work" "${MLO_BEFORE:+compare}" <<'PY'
import json, sys
work, compare = sys.argv[1], len(sys.argv) > 2 and sys.argv[2] == "compare"
d = json.load(open(f"{work}/after.drift.json"))
rows = d["current"]["rows"]
cols = len(d["current"]["served"]["input_columns"]) + len(d["current"]["served"]["prediction_columns"])
print(f"chosen model's rows: {rows} x {cols} columns = {rows * cols * 8 / 2**20:.1f} MiB as f64")
if compare:
    same = True
    for cmd in ("drift", "perf", "ab"):
        a = json.load(open(f"{work}/before.{cmd}.json"))
        b = json.load(open(f"{work}/after.{cmd}.json"))
        if cmd == "ab":  # the recorded analysis has its own digest
            a, b = a["analysis"], b["analysis"]
        if a != b:
            same = False
            print(f"{cmd}: results differ between the two builds")
    if same:
        print("results: identical JSON from both builds (drift, perf, ab analysis)")
PY
