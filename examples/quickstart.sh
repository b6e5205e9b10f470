#!/usr/bin/env bash
# The quick start: builds mlo if needed, then walks the life of a model on the embedded default
# (a local .mlo/ with objects and a SQLite index; no server to install, no network) in a scratch
# repository, printing each step:
#   data versions → two training runs (candle) → compare and plot → register → gated promotion
#   → serve it with a canary, query it and report outcomes → drift of the served traffic and of
#   a shifted dataset → A/B readout of the canary → audit → a CI pipeline.
#   usage: ./examples/quickstart.sh [SCRATCH_DIR]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
scratch="${1:-$(mktemp -d -t mlo-quickstart.XXXXXX)}"
step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; current="$*"; }
current="start"
trap 'echo "quickstart failed at step: $current" >&2' ERR
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }

step "build mlo and the training example (debug build, shared with the test suite)"
# The end-to-end test runs this script with the binaries cargo test already built.
bin_dir="${MLO_QUICKSTART_BIN_DIR:-}"
if [ -z "$bin_dir" ]; then
  (cd "$root" && cargo build --quiet --bin mlo --example train_iris)
  bin_dir="${CARGO_TARGET_DIR:-$root/target}/debug"
fi
export PATH="$bin_dir:$PATH"
export MLO_BIN="$bin_dir/mlo"
train="$bin_dir/examples/train_iris"
mlo --version

step "mlo init in $scratch"
mkdir -p "$scratch" && cd "$scratch"
git init -q . && git config user.email "quickstart@example.com" && git config user.name "quickstart"
mlo init
cat >> .mlops.toml <<'TOML'

[registry.gates.production]
metrics = ["accuracy >= 0.9"]
no_regression = ["accuracy >= current - 0.02"]
TOML

step "version the data: Iris (examples/data/iris.csv), then a second version"
mkdir -p data && cp "$root/examples/data/iris.csv" data/iris.csv
mlo data add data/iris.csv --desc "Iris, 150 rows"
git add -A && git commit -qm "data v1"
# v2: 15 more measurements (every tenth flower measured again, 0.1 cm longer sepals).
python3 - <<'PY'
rows = open("data/iris.csv").read().splitlines()
extra = []
for r in rows[1::10]:
    v = r.split(",")
    v[0] = f"{float(v[0]) + 0.1:.1f}"
    extra.append(",".join(v))
open("data/iris.csv.new", "w").write("\n".join(rows + extra) + "\n")
PY
mlo data unprotect data/iris.csv && mv data/iris.csv.new data/iris.csv
mlo data add data/iris.csv
git add -A && git commit -qm "data v2"
mlo data log data/iris.csv

step "train twice with candle under mlo run exec: a short logistic regression, then an MLP"
mlo run exec --name logistic-20 -- "$train" --data data/iris.csv --epochs 20 --lr 0.01 --hidden 0 --out models/logistic
mlo run exec --name mlp-400 -- "$train" --data data/iris.csv --epochs 400 --lr 0.05 --hidden 16 --out models/mlp
runs=$(mlo --json run list --sort start_time | json '" ".join(r["run_id"] for r in d)')
set -- $runs
run_a=$1; run_b=$2
mlo run list
mlo run compare "$run_a" "$run_b"
mlo run plot "$run_a" "$run_b" --metric loss --out loss.svg

step "register both models; the weaker fails the production gate, the better passes"
# The features tag names the served input's columns, so drift checks of the served traffic
# line up with the training CSV's columns.
features=sepal_length,sepal_width,petal_length,petal_width
mlo model register iris models/logistic --run "$run_a" --format safetensors --tag features=$features
mlo model register iris models/mlp --run "$run_b" --format safetensors --tag features=$features
mlo model versions iris
mlo model promote iris@1 --to production || echo "(refused, as the gates say)"
mlo model promote iris@2 --to staging
mlo model promote iris@2 --to production
mlo model history iris

step "serve iris@production with iris@1 as a 30% canary; query it, and report outcomes"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
mlo serve iris@production --canary iris@1=30 --port "$port" > serve.log 2>&1 &
server=$!
for _ in $(seq 1 100); do
  python3 -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$port/v2/health/ready')" 2>/dev/null && break
  sleep 0.1
done
python3 - "$port" data/iris.csv <<'PY'
import collections, json, sys, urllib.request
port, data = sys.argv[1], sys.argv[2]
def post(path, body, headers={}):
    req = urllib.request.Request(f"http://127.0.0.1:{port}{path}", data=json.dumps(body).encode(),
                                 headers={"Content-Type": "application/json", **headers})
    with urllib.request.urlopen(req) as r:
        return json.load(r), r.headers
oip, _ = post("/v2/models/iris/infer", {"id": "q1", "inputs": [{"name": "x", "shape": [2, 4], "datatype": "FP32", "data": [[5.1, 3.5, 1.4, 0.2], [6.7, 3.0, 5.2, 2.3]]}]})
print("OIP infer      ->", json.dumps(oip["outputs"][0]["data"][:6]))
inv, _ = post("/invocations", {"inputs": [[5.9, 3.0, 4.2, 1.5]]})
print("/invocations   ->", json.dumps(inv)[:120])
# Live traffic: each flower is one user (the route key keeps a user on one variant); the
# application learns the true species later and reports whether the answer was right.
rows = [l.split(",") for l in open(data).read().split()[1:]]
species = sorted({r[4] for r in rows})
tally = collections.Counter()
for i, r in enumerate(rows):
    out, headers = post("/v2/models/iris/infer",
                        {"id": f"req-{i}", "inputs": [{"name": "x", "shape": [1, 4], "datatype": "FP32", "data": [float(v) for v in r[:4]]}]},
                        {"x-mlo-route-key": f"user-{i}"})
    probs = out["outputs"][0]["data"]
    correct = max(range(3), key=probs.__getitem__) == species.index(r[4])
    post("/v2/models/iris/feedback", {"id": f"req-{i}", "outcome": {"correct": correct}})
    tally[(headers["x-mlo-variant"], correct)] += 1
for variant in ("primary", "canary"):
    n = tally[(variant, True)] + tally[(variant, False)]
    print(f"{variant:8} {n:3} requests, {tally[(variant, True)]:3} answered correctly")
PY
kill -TERM "$server" && wait "$server" || true
tail -2 serve.log
mlo monitor perf iris

step "drift: the training data against a shifted copy (HTML report)"
python3 - <<'PY'
rows = open("data/iris.csv").read().splitlines()
out = [rows[0]] + [",".join(str(round(float(v) + (1.5 if i == 2 else 0), 1)) if i < 4 else v for i, v in enumerate(r.split(","))) for r in rows[1:]]
open("data/iris_shifted.csv", "w").write("\n".join(out) + "\n")
PY
mlo monitor drift --reference data/iris.csv --current data/iris_shifted.csv --html drift.html --fail-on never
# The served traffic against the training data: the same flowers, so nothing drifts.
mlo monitor drift --reference data/iris.csv --current serve:iris --fail-on dataset

step "A/B readout: the canary against production on the reported outcomes; conversions; sample size"
mlo ab analyze serve:iris --metric correct
mlo ab analyze --counts A=1000/10000 --counts B=1100/10000 --control A
mlo ab plan --baseline 0.10 --mde 0.01

step "the audit trail: verify the chain and write the compliance report"
mlo audit verify
mlo audit report --format md --out audit-report.md

step "a GitHub Actions pipeline for this project"
mlo ci generate github --model iris --train-cmd "$train --data data/iris.csv --out models/mlp --hidden 16"

trap - ERR
step "done"
echo "scratch repository: $scratch"
echo "  loss curves:    $scratch/loss.svg"
echo "  drift report:   $scratch/drift.html"
echo "  audit report:   $scratch/audit-report.md"
echo "  CI pipeline:    $scratch/.github/workflows/mlo.yml"
