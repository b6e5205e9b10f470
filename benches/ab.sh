#!/usr/bin/env bash
# `mlo ab analyze` on 10,000,000 rows of CSV (target: under 5 s), with pandas + scipy/statsmodels
# doing the same analysis side by side when they install in a throwaway venv.
#   usage: benches/ab.sh [WORK_DIR]        (needs ~400 MiB free)
# Data (deterministic, seed 7): variant A/B 50/50, converted ~ Bernoulli(0.10 / 0.105),
# revenue ~ Exp(mean 20 / 20.2) rounded to cents, pre_revenue correlated with revenue.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
work="${1:-${CARGO_TARGET_DIR:-$here/target}/bench-ab}"
mkdir -p "$work"
work="$(cd "$work" && pwd)"
cd "$here"
cargo build --release --quiet
mlo="${CARGO_TARGET_DIR:-$here/target}/release/mlo"
command -v /usr/bin/time >/dev/null || (apt-get update -qq && apt-get install -y -qq time) >/dev/null

csv="$work/ab_10m.csv"
if [ ! -f "$csv" ]; then
  python3 - "$csv" <<'PY'
import random, sys
rng = random.Random(7)
with open(sys.argv[1], "w") as f:
    f.write("variant,converted,revenue,pre_revenue\n")
    lines = []
    for i in range(10_000_000):
        b = rng.random() < 0.5
        conv = 1 if rng.random() < (0.105 if b else 0.10) else 0
        pre = rng.expovariate(1 / 20.0)
        rev = 0.6 * pre + rng.expovariate(1 / (8.2 if b else 8.0))
        lines.append(f"{'B' if b else 'A'},{conv},{rev:.2f},{pre:.2f}\n")
        if len(lines) == 100_000:
            f.write("".join(lines))
            lines.clear()
    f.write("".join(lines))
PY
fi
echo "input: $csv ($(du -h "$csv" | cut -f1), $(($(wc -l < "$csv") - 1)) rows)"

t() { # label, command...
  local label="$1"; shift
  local tf
  tf="$(mktemp)"
  /usr/bin/time -f '%e|%U|%S|%M' -o "$tf" "$@" >/dev/null 2>&1 || echo "(failed: $*)" >&2
  IFS='|' read -r wall user sys rss < <(tail -1 "$tf")
  rm -f "$tf"
  printf '| %-58s | %7s | %5s / %5s | %6d |\n' "$label" "$wall" "$user" "$sys" "$((rss / 1024))"
}

cat "$csv" >/dev/null # warm the page cache
echo "| command | wall s | user / sys s | max RSS MiB |"
echo "|---|---|---|---|"
cd "$work"
t "mlo ab analyze (converted, revenue)" "$mlo" ab analyze "$csv" --variant-col variant --control A --metric converted --metric revenue
t "mlo ab analyze (same, --json)" "$mlo" --json ab analyze "$csv" --variant-col variant --control A --metric converted --metric revenue
t "mlo ab analyze (+ CUPED on revenue)" "$mlo" ab analyze "$csv" --variant-col variant --control A --metric converted --metric revenue --covariate revenue=pre_revenue
t "mlo ab analyze (+ --sequential --correction holm)" "$mlo" ab analyze "$csv" --variant-col variant --control A --metric converted --metric revenue --sequential --correction holm

venv="$work/venv"
if [ ! -x "$venv/bin/python" ]; then
  (python3 -m venv "$venv" && "$venv/bin/pip" install -q pandas scipy statsmodels) >/dev/null 2>&1 || rm -rf "$venv"
fi
if [ -x "$venv/bin/python" ]; then
  cat > "$work/ab_pandas.py" <<'PY'
import sys
import pandas as pd
from scipy import stats
from statsmodels.stats.proportion import proportions_ztest, confint_proportions_2indep
df = pd.read_csv(sys.argv[1])
a, b = df[df.variant == "A"], df[df.variant == "B"]
x = [b.converted.sum(), a.converted.sum()]; n = [len(b), len(a)]
print(proportions_ztest(x, n), confint_proportions_2indep(x[0], n[0], x[1], n[1], method="wald"))
r = stats.ttest_ind(b.revenue, a.revenue, equal_var=False)
print(r, r.confidence_interval())
print(stats.chisquare([len(a), len(b)]))
PY
  t "pandas read_csv + scipy/statsmodels (same tests)" "$venv/bin/python" "$work/ab_pandas.py" "$csv"
else
  echo "(pandas/scipy/statsmodels did not install: no side-by-side figure)"
fi
