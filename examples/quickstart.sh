#!/usr/bin/env bash
# The quick start: builds mlo if needed, then walks what this build of mlo can do on the
# embedded default (a local .mlo/ with objects and a SQLite index; no server, no network) in a
# scratch repository, printing each step. Later versions extend the walk to the whole life of
# a model (data, runs, registry, serving, drift, A/B, CI).
#   usage: ./examples/quickstart.sh [SCRATCH_DIR]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
scratch="${1:-$(mktemp -d -t mlo-quickstart.XXXXXX)}"
step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }
fail() { echo "quickstart failed at step: $current" >&2; }
trap fail ERR

current="build mlo"
step "$current"
(cd "$root" && cargo build --release --quiet)
mlo="$root/target/release/mlo"
"$mlo" --version

current="mlo init in $scratch"
step "$current"
mkdir -p "$scratch" && cd "$scratch"
git init -q . 2>/dev/null || true
"$mlo" init

current="configure the project (.mlops.toml, committed) and this machine (.mlo/config.local.toml)"
step "$current"
"$mlo" config set store.link copy
"$mlo" config set --local index.busy_timeout_ms 20000
"$mlo" config list

current="repository status"
step "$current"
"$mlo" status

current="the audit trail: every change so far, hash-chained"
step "$current"
"$mlo" audit log
"$mlo" audit verify

current="rebuild the index from the record objects and check everything"
step "$current"
"$mlo" index rebuild
"$mlo" fsck

trap - ERR
step "done"
echo "scratch repository: $scratch"
echo "next: \`cd $scratch && mlo --help\`"
