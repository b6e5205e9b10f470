#!/usr/bin/env python3
"""Write the fixtures of the `mlo ab analyze` integration tests (tests/cli/ab.rs): small
experiment tables in tests/fixtures/ab/ (CSV, and the same data as JSON Lines and Parquet) and
tests/fixtures/ab/expected.json with reference values from scipy / statsmodels and, in a second
stage, from GrowthBook's engine (gbstats 0.8.0, which pins old numpy/pandas: its own venv).

    python3 -m venv /tmp/venv-ab && /tmp/venv-ab/bin/pip install scipy statsmodels numpy pyarrow
    /tmp/venv-ab/bin/python scripts/make_ab_cli_fixtures.py data
    python3 -m venv /tmp/venv-gb && /tmp/venv-gb/bin/pip install gbstats==0.8.0
    /tmp/venv-gb/bin/python scripts/make_ab_cli_fixtures.py gbstats

Stage `data` writes the tables and the scipy/statsmodels values; stage `gbstats` reads the CSV
back and adds the relative-effect, Bayesian, sequential and CUPED values. Seeded: re-running
reproduces the files with the same library versions.
"""

import csv
import json
import math
import pathlib
import sys
from importlib.metadata import version

ROOT = pathlib.Path(__file__).resolve().parent.parent
DIR = ROOT / "tests/fixtures/ab"
EXPECTED = DIR / "expected.json"
ALPHA = 0.05


def num(x):
    x = float(x)
    if not math.isfinite(x):
        raise ValueError(f"non-finite reference value {x}")
    return x


def write_csv(path, header, rows):
    with open(path, "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow([repr(v) if isinstance(v, float) else v for v in r])


def read_csv(path):
    with open(path, newline="") as f:
        rows = list(csv.DictReader(f))
    return rows


def columns(rows, variant_col, metric):
    out = {}
    for r in rows:
        out.setdefault(r[variant_col], []).append(float(r[metric]))
    return out


# ---------------------------------------------------------------------------------------------
# Stage 1: data and scipy / statsmodels references
# ---------------------------------------------------------------------------------------------

def stage_data():
    import numpy as np
    import pyarrow as pa
    import pyarrow.parquet as pq
    import scipy
    import statsmodels
    from scipy import stats
    from statsmodels.stats.multitest import multipletests
    from statsmodels.stats.proportion import (
        confint_proportions_2indep, proportion_effectsize, proportions_ztest)

    DIR.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(20240609)
    header = ["user_id", "variant", "converted", "revenue", "pre_revenue", "latency_ms"]
    rows = []
    uid = 0
    for variant, n, rate, shift, slow in [("A", 2000, 0.10, 0.0, 0.0), ("B", 2000, 0.13, 0.4, 0.0),
                                          ("C", 2000, 0.10, 0.0, 8.0)]:
        pre = np.round(rng.normal(10, 3, n), 6)
        conv = (rng.uniform(size=n) < rate).astype(int)
        rev = np.round(2.0 + 0.8 * pre + rng.normal(0, 2, n) + shift, 6)
        lat = np.round(rng.normal(200, 30, n) + slow, 3)
        for i in range(n):
            uid += 1
            rows.append([f"u{uid}", variant, int(conv[i]), float(rev[i]), float(pre[i]), float(lat[i])])
    order = rng.permutation(len(rows))
    rows = [rows[i] for i in order]
    write_csv(DIR / "experiment.csv", header, rows)
    with open(DIR / "experiment.jsonl", "w") as f:
        for r in rows:
            f.write(json.dumps(dict(zip(header, r)), separators=(",", ":")) + "\n")
    table = pa.table({h: [r[i] for r in rows] for i, h in enumerate(header)})
    pq.write_table(table, DIR / "experiment.parquet", compression="snappy")

    # Small binary table: Fisher's exact test is chosen automatically.
    small = [["A", 1 if i < 2 else 0] for i in range(20)] + [["B", 1 if i < 8 else 0] for i in range(22)]
    write_csv(DIR / "small.csv", ["variant", "converted"], small)
    # Sample ratio mismatch: 1000 vs 1200 units for a 50/50 split.
    srm = [["A", int(i % 10 == 0)] for i in range(1000)] + [["B", int(i % 9 == 0)] for i in range(1200)]
    write_csv(DIR / "srm.csv", ["variant", "converted"], srm)
    # Ties for Mann-Whitney.
    ties_c = rng.integers(0, 6, 40)
    ties_t = rng.integers(1, 7, 45)
    write_csv(DIR / "ties.csv", ["variant", "score"],
              [["A", float(x)] for x in ties_c] + [["B", float(x)] for x in ties_t])

    data = read_csv(DIR / "experiment.csv")
    exp = {"generator": "scripts/make_ab_cli_fixtures.py",
           "versions": {"numpy": np.__version__, "scipy": scipy.__version__,
                        "statsmodels": statsmodels.__version__, "pyarrow": pa.__version__},
           "alpha": ALPHA, "experiment": {}}
    units = {v: len(x) for v, x in columns(data, "variant", "converted").items()}
    exp["experiment"]["units"] = units
    exp["experiment"]["srm_p"] = num(stats.chisquare([units["A"], units["B"], units["C"]]).pvalue)
    pvals = []
    for metric in ["converted", "revenue", "latency_ms"]:
        cols = {v: np.array(x) for v, x in columns(data, "variant", metric).items()}
        c = cols["A"]
        for t_name in ["B", "C"]:
            t = cols[t_name]
            e = {"control_mean": num(c.mean()), "treatment_mean": num(t.mean())}
            if metric == "converted":
                x_c, x_t, n_c, n_t = int(c.sum()), int(t.sum()), len(c), len(t)
                z, p = proportions_ztest([x_t, x_c], [n_t, n_c])
                lo, hi = confint_proportions_2indep(x_t, n_t, x_c, n_c, method="wald", compare="diff", alpha=ALPHA)
                e.update(statistic=num(z), p_value=num(p), abs_estimate=num(x_t / n_t - x_c / n_c),
                         abs_lower=num(lo), abs_upper=num(hi),
                         effect_size=num(proportion_effectsize(x_t / n_t, x_c / n_c)))
            else:
                r = stats.ttest_ind(t, c, equal_var=False)
                ci = r.confidence_interval(1 - ALPHA)
                pooled = math.sqrt(((len(t) - 1) * t.var(ddof=1) + (len(c) - 1) * c.var(ddof=1)) / (len(t) + len(c) - 2))
                e.update(statistic=num(r.statistic), p_value=num(r.pvalue),
                         abs_estimate=num(t.mean() - c.mean()), abs_lower=num(ci.low), abs_upper=num(ci.high),
                         effect_size=num((t.mean() - c.mean()) / pooled))
            exp["experiment"][f"{metric}:{t_name}"] = e
            pvals.append(e["p_value"])
    for method, key in [("holm", "holm"), ("fdr_bh", "bh"), ("bonferroni", "bonferroni")]:
        exp["experiment"][key] = [num(p) for p in multipletests(pvals, method=method)[1]]

    s = read_csv(DIR / "small.csv")
    sc = columns(s, "variant", "converted")
    xa, xb = int(sum(sc["A"])), int(sum(sc["B"]))
    na, nb = len(sc["A"]), len(sc["B"])
    odds, p = stats.fisher_exact([[xb, nb - xb], [xa, na - xa]])
    exp["small"] = {"fisher_p": num(p), "odds_ratio": num(odds)}
    r = read_csv(DIR / "srm.csv")
    rc = columns(r, "variant", "converted")
    exp["srm"] = {"p_value": num(stats.chisquare([len(rc["A"]), len(rc["B"])]).pvalue)}
    t = read_csv(DIR / "ties.csv")
    tc = columns(t, "variant", "score")
    mw = stats.mannwhitneyu(tc["B"], tc["A"], alternative="two-sided", method="auto")
    exp["ties"] = {"u": num(mw.statistic), "p_value": num(mw.pvalue)}
    z, p = proportions_ztest([1100, 1000], [10000, 10000])
    lo, hi = confint_proportions_2indep(1100, 10000, 1000, 10000, method="wald", compare="diff")
    exp["counts"] = {"statistic": num(z), "p_value": num(p), "abs_lower": num(lo), "abs_upper": num(hi)}
    from statsmodels.stats.power import NormalIndPower, tt_ind_solve_power
    h = proportion_effectsize(0.11, 0.10)
    n_prop = NormalIndPower().solve_power(effect_size=h, alpha=0.05, power=0.8, ratio=1.0)
    n_mean = tt_ind_solve_power(effect_size=0.5 / 4.0, alpha=0.05, power=0.8, ratio=1.0)
    exp["plan"] = {
        "proportion": {"effect_size": num(abs(h)), "control_size": num(n_prop)},
        "proportion_power_10000": num(NormalIndPower().power(effect_size=h, nobs1=10000, alpha=0.05, ratio=1.0)),
        "mean": {"effect_size": 0.125, "control_size": num(n_mean)},
    }
    EXPECTED.write_text(json.dumps(exp, indent=1, allow_nan=False) + "\n")
    print(f"wrote {DIR}")


# ---------------------------------------------------------------------------------------------
# Stage 2: gbstats references
# ---------------------------------------------------------------------------------------------

def stage_gbstats():
    from gbstats.bayesian.tests import EffectBayesianABTest, EffectBayesianConfig
    from gbstats.frequentist.tests import (FrequentistConfig, SequentialConfig,
                                           SequentialTwoSidedTTest, TwoSidedTTest)
    from gbstats.models.statistics import (ProportionStatistic, RegressionAdjustedStatistic,
                                           SampleMeanStatistic, compute_theta)

    exp = json.loads(EXPECTED.read_text())
    data = read_csv(DIR / "experiment.csv")

    def stat(metric, variant):
        xs = [float(r[metric]) for r in data if r["variant"] == variant]
        if metric == "converted":
            return ProportionStatistic(n=len(xs), sum=math.fsum(xs))
        return SampleMeanStatistic(n=len(xs), sum=math.fsum(xs), sum_squares=math.fsum(x * x for x in xs))

    def cuped(variant):
        rows = [r for r in data if r["variant"] == variant]
        post = [float(r["revenue"]) for r in rows]
        pre = [float(r["pre_revenue"]) for r in rows]
        n = len(rows)
        return RegressionAdjustedStatistic(
            n=n,
            post_statistic=SampleMeanStatistic(n=n, sum=math.fsum(post), sum_squares=math.fsum(x * x for x in post)),
            pre_statistic=SampleMeanStatistic(n=n, sum=math.fsum(pre), sum_squares=math.fsum(x * x for x in pre)),
            post_pre_sum_of_products=math.fsum(a * b for a, b in zip(post, pre)), theta=0)

    def res(r):
        return {"expected": num(r.expected), "lower": num(r.ci[0]), "upper": num(r.ci[1]), "p_value": num(r.p_value)}

    gb = {"version": version("gbstats")}
    for metric in ["converted", "revenue", "latency_ms"]:
        for t in ["B", "C"]:
            c_stat, t_stat = stat(metric, "A"), stat(metric, t)
            out = {}
            for scale in ["relative", "absolute"]:
                out[f"ttest_{scale}"] = res(TwoSidedTTest(c_stat, t_stat, FrequentistConfig(
                    difference_type=scale, alpha=ALPHA)).compute_result())
                out[f"sequential_{scale}"] = res(SequentialTwoSidedTTest(c_stat, t_stat, SequentialConfig(
                    difference_type=scale, alpha=ALPHA, sequential_tuning_parameter=5000)).compute_result())
            inverse = metric == "latency_ms"
            b = EffectBayesianABTest(c_stat, t_stat, EffectBayesianConfig(
                difference_type="relative", alpha=ALPHA, inverse=inverse)).compute_result()
            out["bayesian"] = {"chance_to_win": num(b.chance_to_win), "risk_control": num(b.risk[0]),
                               "risk_treatment": num(b.risk[1])}
            gb[f"{metric}:{t}"] = out
    for t in ["B", "C"]:
        c_stat, t_stat = cuped("A"), cuped(t)
        theta = compute_theta(c_stat, t_stat)
        c_stat.theta = theta
        t_stat.theta = theta
        out = {"theta": num(theta)}
        for scale in ["relative", "absolute"]:
            out[f"ttest_{scale}"] = res(TwoSidedTTest(c_stat, t_stat, FrequentistConfig(
                difference_type=scale, alpha=ALPHA)).compute_result())
        gb[f"cuped_revenue:{t}"] = out
    exp["gbstats"] = gb
    EXPECTED.write_text(json.dumps(exp, indent=1, allow_nan=False) + "\n")
    print(f"added gbstats values to {EXPECTED}")


if __name__ == "__main__":
    {"data": stage_data, "gbstats": stage_gbstats}[sys.argv[1] if len(sys.argv) > 1 else "data"]()
