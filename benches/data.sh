#!/usr/bin/env bash
# Data versioning figures for docs/performance.md, with DVC side by side on the same data.
#   usage: benches/data.sh [WORK_DIR]      (needs ~5 GiB free; installs DVC in a throwaway venv)
# Data: big.bin = 1 GiB from /dev/urandom; small/ = 20,000 files of 1-4 KiB in 20 directories.
# "One change" replaces small/d05/f05000.bin with a copy that has one more line (written to a
# temporary file and renamed over, as editors and most tools do).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
work="${1:-$here/target/bench-data}"
mkdir -p "$work"
work="$(cd "$work" && pwd)"
cd "$here"
cargo build --release --quiet
mlo="$here/target/release/mlo"
command -v /usr/bin/time >/dev/null || (apt-get update -qq && apt-get install -y -qq time) >/dev/null
command -v b3sum >/dev/null || apt-get install -y -qq b3sum >/dev/null 2>&1 || true

gen() {
  local dir="$1"
  mkdir -p "$dir"
  if [ ! -f "$dir/big.bin" ]; then head -c $((1 << 30)) /dev/urandom > "$dir/big.bin"; fi
  if [ ! -d "$dir/small" ]; then
    python3 - "$dir/small" <<'PY'
import os, random, sys
root = sys.argv[1]
rng = random.Random(7)
for d in range(20):
    os.makedirs(f"{root}/d{d:02d}", exist_ok=True)
    for i in range(1000):
        n = d * 1000 + i
        with open(f"{root}/d{d:02d}/f{n:05d}.bin", "wb") as f:
            f.write(rng.randbytes(rng.randint(1024, 4096)))
PY
  fi
}

src="$work/src"
gen "$src"
t() { # label, command...
  local label="$1"; shift
  local tf
  tf="$(mktemp)"
  /usr/bin/time -f '%e|%U|%S|%M' -o "$tf" "$@" >/dev/null 2>&1 || echo "(failed: $*)" >&2
  IFS='|' read -r wall user sys rss < <(tail -1 "$tf")
  rm -f "$tf"
  printf '| %-44s | %7s | %5s / %5s | %6d |\n' "$label" "$wall" "$user" "$sys" "$((rss / 1024))"
}
one_change() {
  local f="$1/small/d05/f05000.bin"
  cp "$f" "$f.tmp" && echo x >> "$f.tmp" && mv -f "$f.tmp" "$f"
}
fresh_repo() {
  rm -rf "$1" && mkdir -p "$1"
  cp --reflink=auto "$src/big.bin" "$1/big.bin"
  cp -r "$src/small" "$1/small"
  (cd "$1" && git init -q .)
  sync
}

echo "== floors (same files) =="
cat "$src/big.bin" > /dev/null
printf '| %-44s | %7s | %13s | %6s |\n' "operation" "wall s" "user / sys s" "RSS MB"
t "cat big.bin > /dev/null" sh -c "cat '$src/big.bin' > /dev/null"
command -v b3sum >/dev/null && t "b3sum big.bin" b3sum "$src/big.bin"
t "b3sum over the 20k files" sh -c "find '$src/small' -type f -print0 | xargs -0 b3sum > /dev/null"
t "stat walk of the 20k files (find -printf)" sh -c "find '$src/small' -printf '%i %s %T@\n' > /dev/null"

echo "== mlo $("$mlo" --version | cut -d' ' -f2) (store.link = auto: reflink, else hard link) =="
r="$work/mlo-repo"
fresh_repo "$r"
cd "$r"
"$mlo" init -q
printf '| %-44s | %7s | %13s | %6s |\n' "operation" "wall s" "user / sys s" "RSS MB"
t "mlo data add big.bin (1 GiB)" "$mlo" data add big.bin
t "mlo data add small (20k files)" "$mlo" data add small
sleep 1
t "mlo data status, nothing changed (warm-up)" "$mlo" data status
t "mlo data status, nothing changed" "$mlo" data status
t "re-add small, nothing changed" "$mlo" data add small
one_change "$r"
t "mlo data status after 1 of 20k files changed" "$mlo" data status
t "re-add small after 1 change" "$mlo" data add small
rm -rf big.bin small
t "mlo data checkout of both (workspace deleted)" "$mlo" data checkout
t "mlo data status after checkout" "$mlo" data status
cd "$here"

venv="$work/venv-dvc"
if [ ! -x "$venv/bin/dvc" ]; then
  python3 -m venv "$venv" && "$venv/bin/pip" install -q dvc >/dev/null 2>&1 || echo "(could not install DVC; skipping it)"
fi
if [ -x "$venv/bin/dvc" ]; then
  echo "== DVC $("$venv/bin/dvc" --version) (default cache.type: reflink,copy) =="
  export DVC_NO_ANALYTICS=1
  r="$work/dvc-repo"
  fresh_repo "$r"
  cd "$r"
  "$venv/bin/dvc" init -q
  printf '| %-44s | %7s | %13s | %6s |\n' "operation" "wall s" "user / sys s" "RSS MB"
  t "dvc add big.bin (1 GiB)" "$venv/bin/dvc" add big.bin
  t "dvc add small (20k files)" "$venv/bin/dvc" add small
  t "dvc status, nothing changed" "$venv/bin/dvc" status
  t "re-add small, nothing changed" "$venv/bin/dvc" add small
  one_change "$r"
  t "dvc status after 1 of 20k files changed" "$venv/bin/dvc" status
  t "re-add small after 1 change" "$venv/bin/dvc" add small
  rm -rf big.bin small
  t "dvc checkout of both (workspace deleted)" "$venv/bin/dvc" checkout
  cd "$here"
fi
