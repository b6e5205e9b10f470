#!/usr/bin/env bash
# Remote figures for docs/performance.md ("Remotes"), next to DVC and a plain parallel client.
#   usage: benches/remote.sh [WORK_DIR]     (needs ~4 GiB free; MLO=path/to/mlo to skip the build)
#   STEPS="dir s3 big ceiling dvc" (the default) picks the sections to run.
# Data as in benches/data.sh: small/ = 20,000 random files of 1-4 KiB in 20 directories,
# big.bin = 1 GiB from /dev/urandom. The S3 server is moto (scripts/s3-server.sh) on 127.0.0.1.
# Small-file transfers run twice: with packs (the default) and with `pack_threshold_kib = 0`
# (one key per object, the layout before packs).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
target="${CARGO_TARGET_DIR:-$here/target}"
work="${1:-$target/bench-remote}"
mkdir -p "$work"; work="$(cd "$work" && pwd)"
cd "$here"
if [ -z "${MLO:-}" ]; then cargo build --release --quiet; MLO="$target/release/mlo"; fi
eval "$("$here/scripts/s3-server.sh" start)"
trap '"$here/scripts/s3-server.sh" stop' EXIT
py="$target/s3-venv/bin/python"
export MLO_ACTOR=bench AWS_ACCESS_KEY_ID="$MLO_TEST_S3_KEY" AWS_SECRET_ACCESS_KEY="$MLO_TEST_S3_SECRET"
export AWS_DEFAULT_REGION=us-east-1
N="${N_FILES:-20000}"; BIG_MB="${BIG_MB:-1024}"; STEPS=" ${STEPS:-dir s3 big ceiling dvc} "
step() { [[ "$STEPS" == *" $1 "* ]]; }

src="$work/src"
if [ ! -d "$src/small" ]; then
  "$py" - "$src/small" "$N" <<'PY'
import os, random, sys
root, n = sys.argv[1], int(sys.argv[2]); rng = random.Random(7)
for i in range(n):
    d = f"{root}/d{i % 20:02d}"; os.makedirs(d, exist_ok=True)
    with open(f"{d}/f{i:05d}.bin", "wb") as f: f.write(rng.randbytes(rng.randint(1024, 4096)))
PY
fi
if step big || step ceiling || step dvc; then
  [ -f "$src/big.bin" ] || head -c $((BIG_MB << 20)) /dev/urandom > "$src/big.bin"
  big_bytes=$(stat -c %s "$src/big.bin")
fi
small_bytes=$(du -sb "$src/small" | cut -f1)

t() { # label objects bytes command...: wall time, MB/s and objects/s
  local label="$1" objs="$2" bytes="$3"; shift 3
  local s e; s=$(date +%s.%N); "$@" >/dev/null 2>"$work/last.err" || { cat "$work/last.err"; return 1; }; e=$(date +%s.%N)
  python3 -c "import sys; w=$e-$s; print(f'| {sys.argv[1]} | {w:.2f} s | {$bytes/w/1e6:.1f} MB/s | {$objs/w:.0f} obj/s |')" "$label"
}
fresh() { rm -rf "$1"; mkdir -p "$1"; cd "$1"; "$MLO" init -q; }

# Push `small` from a fresh clone to remote URL (extra `remote add` options after it), then
# pull it into a second fresh clone; $1 labels the remote, $2 is pack_threshold_kib.
small_round() {
  local where="$1" threshold="$2" url="$3"; shift 3
  local mode="packs"; [ "$threshold" = 0 ] && mode="no packs"
  fresh "$work/sa"; cp -r "$src/small" small
  "$MLO" -q remote add r "$url" "$@" --default
  "$MLO" -q config set remote.r.pack_threshold_kib "$threshold"
  "$MLO" -q data add small
  t "mlo push $N small files → $where ($mode)" $((N + 21)) "$small_bytes" "$MLO" -q push small
  cp small.mlo .mlops.toml "$work/"; fresh "$work/sb"; cp "$work/small.mlo" "$work/.mlops.toml" .
  t "mlo pull $N small files ← $where ($mode)" $((N + 21)) "$small_bytes" "$MLO" -q pull small
  cd "$work/sa"
}

echo "| operation | wall | MB/s | objects/s |"
echo "|---|---|---|---|"
# 1. Local-directory remote: small files both ways with and without packs; then one changed
#    file (the packs default: too few objects to pack).
if step dir; then
  for th in 1024 0; do
    rm -rf "$work/dirremote-$th"; small_round "dir remote" "$th" "$work/dirremote-$th"
  done
  rm -rf "$work/dirremote"; fresh "$work/a"; cp -r "$src/small" small
  "$MLO" -q remote add d "$work/dirremote" --default
  "$MLO" -q data add small; "$MLO" -q push
  for i in 1 2 3; do
    printf 'x%s\n' "$i" >> small/d05/f05005.bin; "$MLO" -q data add small
    t "mlo push 1 changed file of $N → dir remote (run $i)" 3 0 "$MLO" -q push
  done
fi
# 2. S3 (moto): small files with and without packs; the big file push and pull.
if step s3; then
  for th in 1024 0; do
    small_round "S3" "$th" "s3://$MLO_TEST_S3_BUCKET/bench-$$-$th" \
      --endpoint "$MLO_TEST_S3_ENDPOINT" --allow-http true
  done
fi
if step big; then
  fresh "$work/s3a"
  "$MLO" -q remote add s3 "s3://$MLO_TEST_S3_BUCKET/bench-big-$$" --endpoint "$MLO_TEST_S3_ENDPOINT" --allow-http true --default
  ln "$src/big.bin" big.bin 2>/dev/null || cp "$src/big.bin" big.bin
  "$MLO" -q data add big.bin --link copy
  t "mlo push 1 GiB file → S3" 1 "$big_bytes" "$MLO" -q push big.bin
  cp big.bin.mlo .mlops.toml "$work/"; fresh "$work/s3b"; cp "$work/big.bin.mlo" "$work/.mlops.toml" .
  t "mlo pull 1 GiB file ← S3" 1 "$big_bytes" "$MLO" -q pull big.bin
fi
# 3. The server's ceiling: a plain boto3 client, 32 threads (small), multipart (big).
if step ceiling; then
cat > "$work/ceiling.py" <<'PY'
import os, sys, boto3, concurrent.futures as cf
from boto3.s3.transfer import TransferConfig
op, root, prefix = sys.argv[1], sys.argv[2], sys.argv[3]
s3 = boto3.client("s3", endpoint_url=os.environ["MLO_TEST_S3_ENDPOINT"],
                  config=boto3.session.Config(max_pool_connections=32))
b = os.environ["MLO_TEST_S3_BUCKET"]
files = [os.path.join(d, f) for d, _, fs in os.walk(root) for f in fs] if os.path.isdir(root) else [root]
cfg = TransferConfig(multipart_chunksize=16 << 20, max_concurrency=8)
def put(p): s3.upload_file(p, b, prefix + os.path.relpath(p, os.path.dirname(root)), Config=cfg)
def get(p): s3.download_file(b, prefix + os.path.relpath(p, os.path.dirname(root)), p + ".dl", Config=cfg); os.remove(p + ".dl")
with cf.ThreadPoolExecutor(32) as ex: list(ex.map(put if op == "put" else get, files))
PY
t "boto3 put, 32 threads: $N small files" "$N" "$small_bytes" "$py" "$work/ceiling.py" put "$src/small" "ceil-$$/"
t "boto3 get, 32 threads: $N small files" "$N" "$small_bytes" "$py" "$work/ceiling.py" get "$src/small" "ceil-$$/"
t "boto3 multipart put: 1 GiB" 1 "$big_bytes" "$py" "$work/ceiling.py" put "$src/big.bin" "ceil-$$/"
t "boto3 multipart get: 1 GiB" 1 "$big_bytes" "$py" "$work/ceiling.py" get "$src/big.bin" "ceil-$$/"
fi
# 4. DVC with an S3 remote on the same server (throwaway venv).
dvc="$target/dvc-venv/bin/dvc"
if step dvc && [ ! -x "$dvc" ]; then python3 -m venv "$target/dvc-venv" && "$target/dvc-venv/bin/pip" install -q dvc dvc-s3 || true; fi
if step dvc && [ -x "$dvc" ]; then
  export DVC_NO_ANALYTICS=1
  rm -rf "$work/dvc"; mkdir -p "$work/dvc"; cd "$work/dvc"; git init -q; "$dvc" init -q
  "$dvc" remote add -d s3 "s3://$MLO_TEST_S3_BUCKET/dvc-$$" >/dev/null
  "$dvc" remote modify s3 endpointurl "$MLO_TEST_S3_ENDPOINT"
  cp -r "$src/small" small; "$dvc" add -q small
  t "dvc push $N small files → S3" $((N + 1)) "$small_bytes" "$dvc" push -q
  printf 'x\n' >> small/d05/f05005.bin; "$dvc" add -q small
  t "dvc push 1 changed file → S3" 2 0 "$dvc" push -q
  rm -rf .dvc/cache small
  t "dvc pull $N small files ← S3" $((N + 1)) "$small_bytes" "$dvc" pull -q
  cp "$src/big.bin" big.bin; "$dvc" add -q big.bin
  t "dvc push 1 GiB file → S3" 1 "$big_bytes" "$dvc" push -q big.bin.dvc
  rm -rf .dvc/cache big.bin
  t "dvc pull 1 GiB file ← S3" 1 "$big_bytes" "$dvc" pull -q big.bin.dvc
fi
