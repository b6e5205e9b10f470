#!/usr/bin/env python3
"""Write tests/fixtures/stats/ab_cases.json: scipy / statsmodels reference values for the
A/B statistics in src/stats/{ab_binary,ab_continuous,ab_checks,power,special}.rs.

Run in a throwaway virtualenv (versions used for the committed fixture are recorded in it):

    python3 -m venv /tmp/venv-ab && /tmp/venv-ab/bin/pip install scipy statsmodels numpy
    /tmp/venv-ab/bin/python scripts/make_ab_fixtures.py

Every random input comes from a fixed seed, so re-running reproduces the file byte for byte
with the same library versions. Values that the reference cannot compute (NaN, or an exception)
are written as null and the Rust tests expect an error there.
"""

import json
import math
import pathlib
import warnings

import numpy as np
import scipy
import statsmodels
from scipy import optimize, special, stats
from statsmodels.stats.multitest import multipletests
from statsmodels.stats.power import NormalIndPower, TTestIndPower, tt_ind_solve_power
from statsmodels.stats.proportion import (
    confint_proportions_2indep,
    proportion_effectsize,
    proportions_ztest,
)

warnings.simplefilter("ignore")
OUT = pathlib.Path(__file__).resolve().parent.parent / "tests/fixtures/stats/ab_cases.json"


def num(x):
    """A float for JSON, or None for NaN / infinity."""
    x = float(x)
    return x if math.isfinite(x) else None


def proportion_cases():
    specs = [
        ("large", 1000, 10000, 1100, 10000),
        ("small", 3, 20, 9, 22),
        ("zero_control", 0, 50, 5, 50),
        ("zero_treatment", 5, 50, 0, 50),
        ("equal_arms", 100, 1000, 100, 1000),
        ("unequal_sizes", 200, 5000, 130, 2600),
        ("huge", 500000, 10000000, 502000, 10000000),
        ("all_converted_control", 20, 20, 15, 20),
        ("tiny", 1, 3, 3, 3),
        ("both_zero", 0, 10, 0, 10),
        ("mid", 48, 400, 70, 410),
        ("fisher_classic", 1, 6, 8, 10),
        ("symmetric_tie", 3, 10, 7, 10),
    ]
    out = []
    for name, x_c, n_c, x_t, n_t in specs:
        case = {"name": name, "x_c": x_c, "n_c": n_c, "x_t": x_t, "n_t": n_t}
        z, p = proportions_ztest([x_t, x_c], [n_t, n_c])
        case["ztest"] = None if not math.isfinite(z) else {"statistic": float(z), "p_value": float(p)}
        lo, hi = confint_proportions_2indep(x_t, n_t, x_c, n_c, method="wald", compare="diff", alpha=0.05)
        case["wald"] = {"estimate": x_t / n_t - x_c / n_c, "lower": float(lo), "upper": float(hi)}
        case["cohens_h"] = float(proportion_effectsize(x_t / n_t, x_c / n_c))
        table = [[x_c, n_c - x_c], [x_t, n_t - x_t]]
        for key, corr in [("chi2", False), ("chi2_yates", True)]:
            try:
                r = stats.chi2_contingency(table, correction=corr)
                case[key] = {"statistic": float(r.statistic), "p_value": float(r.pvalue)}
            except ValueError:
                case[key] = None
        # Orientation: rows treatment then control, so the odds ratio is treatment over control.
        r = stats.fisher_exact([[x_t, n_t - x_t], [x_c, n_c - x_c]])
        case["fisher"] = {"odds_ratio": num(r.statistic), "odds_ratio_is_inf": bool(np.isinf(r.statistic)),
                          "p_value": float(r.pvalue)}
        out.append(case)
    return out


def contingency_cases():
    tables = [
        [[120, 880], [150, 850], [135, 865]],
        [[5, 15], [9, 11], [2, 18], [7, 13]],
        [[30, 40, 30], [20, 50, 30], [25, 25, 50]],
        [[12, 5], [3, 9]],
    ]
    out = []
    for t in tables:
        case = {"table": t}
        for key, corr in [("chi2", False), ("chi2_yates", True)]:
            r = stats.chi2_contingency(t, correction=corr)
            case[key] = {"statistic": float(r.statistic), "p_value": float(r.pvalue), "df": int(r.dof)}
        out.append(case)
    return out


def ttests(control, treatment):
    out = {}
    for key, equal_var in [("welch", False), ("student", True)]:
        r = stats.ttest_ind(treatment, control, equal_var=equal_var)
        if not math.isfinite(r.statistic):
            out[key] = None
            continue
        ci = r.confidence_interval(0.95)
        out[key] = {"statistic": float(r.statistic), "p_value": float(r.pvalue), "df": float(r.df),
                    "lower": float(ci.low), "upper": float(ci.high),
                    "scale": float(ci.high - ci.low)}
    n_c, n_t = len(control), len(treatment)
    pooled = ((n_t - 1) * np.var(treatment, ddof=1) + (n_c - 1) * np.var(control, ddof=1)) / (n_t + n_c - 2)
    out["cohens_d"] = num((np.mean(treatment) - np.mean(control)) / math.sqrt(pooled)) if pooled > 0 else None
    return out


def sums(values):
    return {"n": len(values), "sum": math.fsum(values), "sum_squares": math.fsum(v * v for v in values)}


def continuous_cases(rng):
    out = []
    raw = [
        ("small", rng.normal(10, 2, 12), rng.normal(11, 3, 15)),
        ("tiny", np.array([1.0, 2.5]), np.array([2.0, 2.2, 3.9])),
        ("zero_variance_control", np.full(4, 5.0), rng.normal(6, 1, 6)),
        ("both_zero_variance", np.full(4, 5.0), np.full(5, 7.0)),
        ("equal_arms", np.arange(10.0), np.arange(10.0)),
        ("unequal_sizes", rng.normal(3, 1, 30), rng.normal(3.3, 2, 3000)),
    ]
    for name, c, t in raw:
        case = {"name": name, "control": [float(v) for v in c], "treatment": [float(v) for v in t]}
        case.update(ttests(c, t))
        out.append(case)
    big = [
        ("large_revenue", rng.lognormal(0.5, 1.0, 50000), rng.lognormal(0.52, 1.0, 48000)),
        ("huge", rng.normal(20.0, 5.0, 5_000_000), rng.normal(20.004, 5.0, 5_000_000)),
    ]
    for name, c, t in big:
        case = {"name": name, "control_sums": sums(c.tolist()), "treatment_sums": sums(t.tolist())}
        case.update(ttests(c, t))
        out.append(case)
    return out


def mann_whitney_cases(rng):
    specs = [
        ("exact_small", rng.normal(0, 1, 5), rng.normal(1, 1, 7)),
        ("exact_8_vs_40", rng.normal(0, 1, 8), rng.normal(0.5, 1, 40)),
        ("exact_separated", np.arange(4.0), np.arange(10.0, 16.0)),
        ("exact_3_vs_500", rng.normal(0, 1, 3), rng.normal(0, 1, 500)),
        ("ties_small", rng.integers(0, 5, 6).astype(float), rng.integers(1, 6, 7).astype(float)),
        ("ties_large", np.round(rng.normal(10, 3, 300)), np.round(rng.normal(10.5, 3, 280))),
        ("no_ties_large", rng.normal(0, 1, 50), rng.normal(0.3, 1, 60)),
        ("identical_samples", np.arange(1.0, 11.0), np.arange(1.0, 11.0)),
        ("all_values_equal", np.full(5, 2.0), np.full(9, 2.0)),
        ("binary_outcomes", rng.integers(0, 2, 200).astype(float), rng.integers(0, 2, 190).astype(float)),
    ]
    out = []
    for name, c, t in specs:
        r = stats.mannwhitneyu(t, c, method="auto", alternative="two-sided")
        all_vals = np.concatenate([c, t])
        ties = len(np.unique(all_vals)) < len(all_vals)
        method = "exact" if (min(len(c), len(t)) <= 8 and not ties) else "asymptotic"
        out.append({"name": name, "control": [float(v) for v in c], "treatment": [float(v) for v in t],
                    "u_treatment": float(r.statistic), "p_value": float(r.pvalue), "method": method})
    return out


def srm_cases():
    specs = [
        ([5000, 5000], [0.5, 0.5]),
        ([5100, 4900], [0.5, 0.5]),
        ([5200, 4800], [1.0, 1.0]),
        ([3400, 3300, 3300], [1.0, 1.0, 1.0]),
        ([7000, 3000], [0.7, 0.3]),
        ([7150, 2850], [70.0, 30.0]),
        ([5500, 4500], [0.5, 0.5]),
        ([9, 1], [0.5, 0.5]),
    ]
    out = []
    for observed, weights in specs:
        total = sum(observed)
        f_exp = [w / sum(weights) * total for w in weights]
        r = stats.chisquare(observed, f_exp)
        out.append({"observed": observed, "weights": weights, "statistic": float(r.statistic),
                    "p_value": float(r.pvalue), "mismatch": bool(r.pvalue < 0.001)})
    return out


def multitest_cases(rng):
    arrays = [
        [0.01, 0.04, 0.03, 0.2],
        [0.001, 0.008, 0.039, 0.041, 0.042, 0.06, 0.074, 0.205, 0.212, 0.216],
        [0.5, 0.5, 0.01, 1.0, 0.0],
        [0.049],
        rng.uniform(0, 0.2, 25).tolist(),
    ]
    out = []
    for p in arrays:
        case = {"p_values": [float(v) for v in p]}
        for method in ["bonferroni", "holm", "fdr_bh"]:
            case[method] = [float(v) for v in multipletests(p, alpha=0.05, method=method)[1]]
        out.append(case)
    return out


def exact_root(power_fn, target, guess):
    lo, hi = guess * 0.5, guess * 2.0
    return optimize.brentq(lambda n: power_fn(n) - target, lo, hi, xtol=1e-13, rtol=4 * np.finfo(float).eps, maxiter=500)


def power_cases():
    prop_specs = [
        # baseline, treatment rate, alpha, power, ratio
        (0.10, 0.11, 0.05, 0.8, 1.0),
        (0.05, 0.06, 0.05, 0.8, 2.0),
        (0.30, 0.285, 0.01, 0.9, 1.0),
        (0.10, 0.12, 0.025, 0.8, 1.0),
        (0.50, 0.60, 0.05, 0.95, 0.5),
    ]
    proportions = []
    for base, treat, alpha, power, ratio in prop_specs:
        h = proportion_effectsize(treat, base)
        nip = NormalIndPower()
        default = nip.solve_power(effect_size=abs(h), alpha=alpha, power=power, ratio=ratio)
        root = exact_root(lambda n: nip.power(abs(h), n, alpha, ratio), power, default)
        checks = [(n, float(nip.power(abs(h), n, alpha, ratio))) for n in [math.ceil(root), 100.0, 2500.0, 37.5]]
        proportions.append({"baseline": base, "treatment_rate": treat, "alpha": alpha, "power": power,
                            "ratio": ratio, "effect_size": float(h), "nobs1_statsmodels": float(default),
                            "nobs1": float(root), "achieved": checks})
    mean_specs = [
        # effect size d, alpha, power, ratio
        (0.2, 0.05, 0.8, 1.0),
        (0.05, 0.05, 0.8, 1.0),
        (0.5, 0.01, 0.9, 2.0),
        (1.2, 0.05, 0.8, 1.0),
        (0.1, 0.025, 0.95, 0.5),
    ]
    means = []
    for d, alpha, power, ratio in mean_specs:
        tip = TTestIndPower()
        default = tt_ind_solve_power(effect_size=d, alpha=alpha, power=power, ratio=ratio)
        root = exact_root(lambda n: tip.power(d, n, alpha, ratio), power, default)
        # scipy's nctdtr returns NaN far in the tail (e.g. power ≈ 1 at d = 0.2, n = 4000):
        # such points are left out.
        checks = [(n, float(tip.power(d, n, alpha, ratio))) for n in [math.ceil(root), 10.0, 250.5, 4000.0]]
        checks = [(n, p) for n, p in checks if math.isfinite(p)]
        means.append({"effect_size": d, "alpha": alpha, "power": power, "ratio": ratio,
                      "nobs1_statsmodels": float(default), "nobs1": float(root), "achieved": checks})
    return {"proportions": proportions, "means": means}


def special_cases():
    t_sf, t_ppf, nct, chi2, ncdf = [], [], [], [], []
    for df in [1.0, 2.0, 3.5, 10.0, 29.0, 31.0, 99.5, 998.0, 19998.0, 123456.7, 2e6, 2e7]:
        for t in [0.01, 0.3, 1.0, 1.96, 2.5, 3.0, 6.0, 12.0, -0.7, -2.2, -8.0]:
            t_sf.append([df, t, float(stats.t.sf(t, df))])
        for p in [1e-9, 0.001, 0.025, 0.05, 0.3, 0.7, 0.95, 0.975, 0.9995]:
            t_ppf.append([df, p, float(stats.t.ppf(p, df))])
    for df in [2.0, 7.5, 38.0, 198.0, 1998.0, 39998.0, 1e6]:
        for nc in [0.0, 0.5, 2.8, -2.8, 5.0, 12.0]:
            for t in [0.5, 1.97, 3.0, -1.97]:
                value = float(special.nctdtr(df, nc, t))
                if math.isfinite(value):  # scipy gives NaN for some far-tail points
                    nct.append([df, nc, t, value])
    for df in [1, 2, 3, 4, 7, 12, 30]:
        for x in [0.001, 0.5, 3.84, 10.0, 30.0, 80.0]:
            chi2.append([df, x, float(stats.chi2.sf(x, df))])
    for z in [-37.5, -20.0, -8.0, -3.0, -1.96, -0.7, -0.1, 0.0, 0.4, 1.0, 2.5, 6.0]:
        ncdf.append([z, float(special.ndtr(z))])
    return {"t_sf": t_sf, "t_ppf": t_ppf, "nct_cdf": nct, "chi2_sf": chi2, "norm_cdf": ncdf}


def main():
    rng = np.random.default_rng(20240611)
    doc = {
        "generator": "scripts/make_ab_fixtures.py",
        "versions": {"numpy": np.__version__, "scipy": scipy.__version__, "statsmodels": statsmodels.__version__},
        "proportions": proportion_cases(),
        "contingency": contingency_cases(),
        "continuous": continuous_cases(rng),
        "mann_whitney": mann_whitney_cases(rng),
        "srm": srm_cases(),
        "multipletests": multitest_cases(rng),
        "power": power_cases(),
        "special": special_cases(),
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(doc, allow_nan=False, separators=(",", ":")) + "\n")
    print(f"wrote {OUT} ({OUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
