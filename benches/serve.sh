#!/usr/bin/env bash
# Serving benchmark (issue 7): `mlo serve` vs a FastAPI + onnxruntime server, same models,
# same Open Inference Protocol request, same load generator, same machine, same run.
#
#   benches/serve.sh                # both models, 64 connections, 10 s each
#   DURATION=30 CONNECTIONS=64 benches/serve.sh
#
# Needs: wrk (apt-get install wrk), python3 (for a throwaway virtualenv with onnxruntime,
# fastapi and uvicorn — not a project dependency), curl. Prints one Markdown table; the
# figures in docs/performance.md come from this script.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
DURATION=${DURATION:-10}
CONNECTIONS=${CONNECTIONS:-64}
VENV=${VENV:-/tmp/mlo-serve-bench-venv}
WORK=$(mktemp -d)
PIDS=()
cleanup() { for p in "${PIDS[@]:-}"; do [ -n "$p" ] && kill "$p" 2>/dev/null || true; done; rm -rf "$WORK"; }
trap cleanup EXIT

command -v wrk >/dev/null || { echo "wrk not found: apt-get install wrk" >&2; exit 2; }
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$ROOT/target}
cargo build --release --quiet
MLO=$CARGO_TARGET_DIR/release/mlo

if [ ! -x "$VENV/bin/uvicorn" ]; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet onnxruntime fastapi uvicorn numpy
fi

cat > "$WORK/fastapi_server.py" <<'PY'
# The comparison server: FastAPI + onnxruntime, Open Inference Protocol infer route.
import os, sys
import numpy as np
import onnxruntime as ort
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

path = os.environ["MODEL"]
name = os.path.splitext(os.path.basename(path))[0]
opts = ort.SessionOptions()
opts.intra_op_num_threads = 1
sess = ort.InferenceSession(path, opts, providers=["CPUExecutionProvider"])
inp = sess.get_inputs()[0].name
outs = [o.name for o in sess.get_outputs()]
x0 = np.zeros((1, sess.get_inputs()[0].shape[1]), dtype=np.float32)
sess.run(None, {inp: x0})  # warm-up
app = FastAPI()

@app.get("/v2/health/ready")
def ready():
    return {"ready": True}

@app.post("/v2/models/{model}/infer")
async def infer(model: str, request: Request):
    body = await request.json()
    t = body["inputs"][0]
    x = np.asarray(t["data"], dtype=np.float32).reshape(t["shape"])
    res = sess.run(None, {inp: x})
    return JSONResponse({
        "model_name": name, "id": body.get("id", ""),
        "outputs": [{"name": n, "shape": list(r.shape), "datatype": "FP32" if r.dtype == np.float32 else "INT64",
                     "data": r.ravel().tolist()} for n, r in zip(outs, res)],
    })
PY

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# Wait for /v2/health/ready; print milliseconds from $1 (ns) to ready.
wait_ready() {
  local start=$1 port=$2
  for _ in $(seq 1 3000); do
    if curl -fs "http://127.0.0.1:$port/v2/health/ready" >/dev/null 2>&1; then
      echo $(( ($(date +%s%N) - start) / 1000000 )); return 0
    fi
    sleep 0.005
  done
  echo "server on $port never became ready" >&2; return 1
}

# Sum of resident memory (MiB) of a process and its children.
rss_mib() {
  local total=0 p
  for p in $1 $(pgrep -P "$1" || true); do
    total=$(( total + $(awk '/VmRSS/ {print $2}' "/proc/$p/status" 2>/dev/null || echo 0) ))
  done
  echo $(( total / 1024 ))
}

load() { # url body-file -> "req/s p50 p99"
  cat > "$WORK/post.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local f = io.open("$2", "r"); wrk.body = f:read("*a"); f:close()
LUA
  wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$WORK/post.lua" "$1" > "$WORK/wrk.out"
  local rps p50 p99 non2xx
  rps=$(awk '/Requests\/sec/ {print $2}' "$WORK/wrk.out")
  p50=$(awk '$1=="50%" {print $2}' "$WORK/wrk.out")
  p99=$(awk '$1=="99%" {print $2}' "$WORK/wrk.out")
  non2xx=$(awk '/Non-2xx/ {print $5}' "$WORK/wrk.out")
  if [ -n "$non2xx" ]; then echo "error: $non2xx non-2xx responses" >&2; cat "$WORK/wrk.out" >&2; exit 1; fi
  echo "$rps $p50 $p99"
}

python3 - "$WORK" <<'PY'
import json, sys
work = sys.argv[1]
json.dump({"inputs": [{"name": "x", "shape": [1, 16], "datatype": "FP32",
           "data": [[0.1 * i for i in range(16)]]}]}, open(f"{work}/mlp.json", "w"))
json.dump({"inputs": [{"name": "X", "shape": [1, 4], "datatype": "FP32",
           "data": [[5.1, 3.5, 1.4, 0.2]]}]}, open(f"{work}/logreg.json", "w"))
PY

echo "| model | server | req/s | p50 | p99 | time to ready | RSS after load |"
echo "|---|---|---:|---:|---:|---:|---:|"
for model in mlp logreg; do
  file=$ROOT/tests/fixtures/serve/$model.onnx

  port=$(free_port)
  start=$(date +%s%N)
  (cd "$WORK" && exec "$MLO" serve --path "$file" --port "$port" --no-log -q) &
  pid=$!; PIDS+=("$pid")
  ready=$(wait_ready "$start" "$port")
  read -r rps p50 p99 < <(load "http://127.0.0.1:$port/v2/models/$model/infer" "$WORK/$model.json")
  echo "| $model | mlo serve | $rps | $p50 | $p99 | ${ready} ms | $(rss_mib "$pid") MiB |"
  kill -TERM "$pid"; wait "$pid" 2>/dev/null || true

  port=$(free_port)
  start=$(date +%s%N)
  (cd "$WORK" && MODEL=$file exec "$VENV/bin/uvicorn" fastapi_server:app --port "$port" \
      --workers "${PY_WORKERS:-2}" --log-level warning --no-access-log) &
  pid=$!; PIDS+=("$pid")
  ready=$(wait_ready "$start" "$port")
  read -r rps p50 p99 < <(load "http://127.0.0.1:$port/v2/models/$model/infer" "$WORK/$model.json")
  echo "| $model | FastAPI + onnxruntime ($(${VENV}/bin/python -c 'import onnxruntime; print(onnxruntime.__version__)'), ${PY_WORKERS:-2} workers) | $rps | $p50 | $p99 | ${ready} ms | $(rss_mib "$pid") MiB |"
  kill -TERM "$pid"; wait "$pid" 2>/dev/null || true
done
