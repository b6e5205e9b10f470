#!/usr/bin/env python3
"""Write tests/fixtures/monitor/: CSV inputs for `mlo monitor drift` integration tests and the
verdicts Evidently 0.7.23 (and scipy, for mlo's own choices) give on them, in expected.json.

The Rust tests run the real binary on these files and compare column by column; they need no
Python. Run from the crate root in a throwaway virtualenv:

    python3 -m venv /tmp/venv-monitor
    /tmp/venv-monitor/bin/pip install scipy numpy 'pandas<3' evidently==0.7.23
    /tmp/venv-monitor/bin/python scripts/make_monitor_fixtures.py

Sets:
  small_*  200 + 200 rows  (reference <= 1000: KS / chi-square / Z)
  large_*  3000 + 2500 rows (reference > 1000: normed Wasserstein / Jensen-Shannon)
Each column is read back with pandas (as Evidently users would) before the statistics run.
"""

import json
import os
import sys
from pathlib import Path

import numpy as np
import pandas as pd
from scipy import stats

import evidently
from evidently.legacy.core import ColumnType
from evidently.legacy.calculations.stattests.registry import get_stattest
from evidently.legacy.calculations.stattests import (
    chi_stat_test,
    jensenshannon_stat_test,
    ks_stat_test,
    psi_stat_test,
    wasserstein_stat_test,
    z_stat_test,
)

OUT = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "monitor"

NUMERICAL = ["num_same", "num_shift", "num_scale", "int_small"]
CATEGORICAL = ["cat_same", "cat_shift", "binary"]


def make(n, rng, drift):
    cats = np.array(["apple", "banana", "cherry", "date", "elder"])
    p_ref = np.array([0.4, 0.25, 0.15, 0.12, 0.08])
    p_cur = np.array([0.25, 0.25, 0.2, 0.15, 0.15]) if drift else p_ref
    return pd.DataFrame(
        {
            "num_same": rng.normal(10.0, 2.0, n),
            "num_shift": rng.normal(0.0 + (0.6 if drift else 0.0), 1.0, n),
            "num_scale": rng.exponential(1.0 + (0.5 if drift else 0.0), n),
            "int_small": rng.integers(0, 4, n),  # 4 unique values: chi-square / JS
            "cat_same": rng.choice(cats, n, p=p_ref),
            "cat_shift": rng.choice(cats, n, p=p_cur),
            "binary": rng.choice(["no", "yes"], n, p=[0.7, 0.3] if not drift else [0.55, 0.45]),
        }
    )


TESTS = {
    "ks": ks_stat_test,
    "wasserstein": wasserstein_stat_test,
    "psi": psi_stat_test,
    "jensenshannon": jensenshannon_stat_test,
    "chisquare_gof": chi_stat_test,
    "z": z_stat_test,
}


def verdicts(ref, cur):
    out = {}
    for col in NUMERICAL + CATEGORICAL:
        kind = ColumnType.Numerical if col in NUMERICAL else ColumnType.Categorical
        r, c = ref[col].dropna(), cur[col].dropna()
        default = get_stattest(r, c, kind, None)
        res = default(r, c, kind, None)
        entry = {
            "type": "numerical" if col in NUMERICAL else "categorical",
            "n_unique": int(pd.concat([r, c]).nunique()),
            "default": {
                "name": default.name,
                "statistic": float(res.drift_score),
                "threshold": float(res.actual_threshold),
                "drifted": bool(res.drifted),
            },
            "methods": {},
        }
        for name, test in TESTS.items():
            if name in ("ks", "wasserstein") and kind != ColumnType.Numerical:
                continue
            if name == "z" and entry["n_unique"] > 2:
                continue
            t = test(r, c, kind, None)
            entry["methods"][name] = {
                "statistic": float(t.drift_score),
                "threshold": float(t.actual_threshold),
                "drifted": bool(t.drifted),
            }
        # mlo's default chi-square: the two-sample contingency test.
        keys = sorted(set(r.astype(str)) | set(c.astype(str)))
        table = [[int((r.astype(str) == k).sum()) for k in keys], [int((c.astype(str) == k).sum()) for k in keys]]
        chi2, p, _, _ = stats.chi2_contingency(table)
        entry["methods"]["chisquare"] = {"statistic": float(chi2), "p_value": float(p), "drifted": bool(p < 0.05)}
        if kind == ColumnType.Numerical:
            ks = stats.ks_2samp(r.to_numpy(), c.to_numpy())
            entry["methods"]["ks"]["d"] = float(ks.statistic)
        out[col] = entry
    return out


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(20240806)
    expected = {"evidently": evidently.__version__, "sets": {}}
    for name, (n_ref, n_cur) in {"small": (200, 200), "large": (3000, 2500)}.items():
        ref = make(n_ref, rng, False)
        cur = make(n_cur, rng, True)
        ref.to_csv(OUT / f"{name}_reference.csv", index=False)
        cur.to_csv(OUT / f"{name}_current.csv", index=False)
        ref = pd.read_csv(OUT / f"{name}_reference.csv")
        cur = pd.read_csv(OUT / f"{name}_current.csv")
        v = verdicts(ref, cur)
        drifted = sum(1 for e in v.values() if e["default"]["drifted"])
        expected["sets"][name] = {
            "columns": v,
            "drifted_columns": drifted,
            "dataset_drift": drifted / len(v) >= 0.5,
        }
    (OUT / "expected.json").write_text(json.dumps(expected, indent=1, sort_keys=True) + "\n")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
