#!/usr/bin/env python3
"""Write tests/fixtures/stats/gbstats_cases.json: GrowthBook engine (gbstats 0.8.0) reference
values for src/stats/ab_gbstats.rs — the frequentist relative/absolute t-test, the sequential
test, the Bayesian effect test with a flat prior, CUPED (regression adjustment) and check_srm.

gbstats 0.8.0 pins old numpy / pandas, so it gets its own throwaway virtualenv:

    python3 -m venv /tmp/venv-gb && /tmp/venv-gb/bin/pip install gbstats==0.8.0
    /tmp/venv-gb/bin/python scripts/make_gbstats_fixtures.py

Inputs are sufficient statistics (n, sums, sums of squares, cross products) computed from
seeded random data, so both sides start from the same numbers.
"""

import json
import math
import pathlib
from importlib.metadata import version

import numpy as np
from gbstats.bayesian.tests import EffectBayesianABTest, EffectBayesianConfig
from gbstats.frequentist.tests import (
    FrequentistConfig,
    SequentialConfig,
    SequentialTwoSidedTTest,
    TwoSidedTTest,
)
from gbstats.models.statistics import (
    ProportionStatistic,
    RegressionAdjustedStatistic,
    SampleMeanStatistic,
    compute_theta,
)
from gbstats.utils import check_srm

OUT = pathlib.Path(__file__).resolve().parent.parent / "tests/fixtures/stats/gbstats_cases.json"


def fsum(v):
    return math.fsum(float(x) for x in v)


def proportion_arm(successes, n):
    return {"kind": "binary", "n": int(n), "sum": float(successes)}


def mean_arm(values):
    return {"kind": "continuous", "n": len(values), "sum": fsum(values), "sum_squares": fsum(values * values)}


def cuped_arm(post, pre, post_kind, pre_kind):
    return {
        "kind": "cuped", "n": len(post), "post_kind": post_kind, "pre_kind": pre_kind,
        "post_sum": fsum(post), "post_sum_squares": fsum(post * post),
        "pre_sum": fsum(pre), "pre_sum_squares": fsum(pre * pre), "post_pre_sum_products": fsum(post * pre),
    }


def make_stat(arm):
    if arm["kind"] == "binary":
        return ProportionStatistic(n=arm["n"], sum=arm["sum"])
    if arm["kind"] == "continuous":
        return SampleMeanStatistic(n=arm["n"], sum=arm["sum"], sum_squares=arm["sum_squares"])

    def part(kind, s, ss):
        if kind == "binary":
            return ProportionStatistic(n=arm["n"], sum=s)
        return SampleMeanStatistic(n=arm["n"], sum=s, sum_squares=ss)

    return RegressionAdjustedStatistic(
        n=arm["n"],
        post_statistic=part(arm["post_kind"], arm["post_sum"], arm["post_sum_squares"]),
        pre_statistic=part(arm["pre_kind"], arm["pre_sum"], arm["pre_sum_squares"]),
        post_pre_sum_of_products=arm["post_pre_sum_products"],
        theta=0,
    )


def num(x):
    x = float(x)
    if not math.isfinite(x):
        raise ValueError(f"non-finite reference value {x}")
    return x


def frequentist(result):
    return {"error": result.error_message, "expected": num(result.expected), "lower": num(result.ci[0]),
            "upper": num(result.ci[1]), "p_value": num(result.p_value), "std_error": num(result.uplift.stddev)}


def bayesian(result):
    return {"error": result.error_message, "chance_to_win": num(result.chance_to_win),
            "expected": num(result.expected), "lower": num(result.ci[0]), "upper": num(result.ci[1]),
            "std_dev": num(result.uplift.stddev), "risk_control": num(result.risk[0]),
            "risk_treatment": num(result.risk[1])}


def run_case(name, control, treatment, alpha=0.05):
    case = {"name": name, "control": control, "treatment": treatment, "alpha": alpha}
    if control["kind"] == "cuped":
        case["theta"] = num(compute_theta(make_stat(control), make_stat(treatment)))
    for scale in ["relative", "absolute"]:
        out = {}
        t = TwoSidedTTest(make_stat(control), make_stat(treatment),
                          FrequentistConfig(difference_type=scale, alpha=alpha))
        out["ttest"] = frequentist(t.compute_result())
        if out["ttest"]["error"] is None:
            out["ttest"]["df"] = num(t.dof)
        s = SequentialTwoSidedTTest(make_stat(control), make_stat(treatment),
                                    SequentialConfig(difference_type=scale, alpha=alpha,
                                                     sequential_tuning_parameter=5000))
        out["sequential"] = frequentist(s.compute_result())
        for inverse in [False, True]:
            key = "bayesian_inverse" if inverse else "bayesian"
            b = EffectBayesianABTest(make_stat(control), make_stat(treatment),
                                     EffectBayesianConfig(difference_type=scale, alpha=alpha, inverse=inverse))
            try:
                out[key] = bayesian(b.compute_result())
            except ZeroDivisionError as e:
                # gbstats 0.8.0 rescales the flat prior by the control mean for absolute
                # effects and divides by its variance, 0 when the control mean is 0.
                out[key] = {"exception": f"ZeroDivisionError: {e}"}
        case[scale] = out
    return case


def main():
    rng = np.random.default_rng(7)
    cases = []
    # Conversion metrics.
    for name, x_c, n_c, x_t, n_t in [
        ("binary_large", 1000, 10000, 1100, 10000),
        ("binary_small", 3, 20, 9, 22),
        ("binary_unequal", 200, 5000, 130, 2600),
        ("binary_equal", 100, 1000, 100, 1000),
        ("binary_negative", 480, 4000, 410, 4100),
        ("binary_huge", 500000, 10000000, 502000, 10000000),
        ("binary_zero_control", 0, 50, 5, 50),
        ("binary_zero_treatment", 5, 50, 0, 50),
        ("binary_certain", 2, 100000, 9000, 100000),
    ]:
        cases.append(run_case(name, proportion_arm(x_c, n_c), proportion_arm(x_t, n_t)))
    cases.append(run_case("binary_alpha_10", proportion_arm(48, 400), proportion_arm(70, 410), alpha=0.1))
    # Continuous metrics.
    for name, c, t in [
        ("mean_small", rng.normal(10, 2, 12), rng.normal(11, 3, 15)),
        ("mean_revenue", rng.lognormal(0.5, 1.0, 50000), rng.lognormal(0.52, 1.0, 48000)),
        ("mean_equal", np.arange(10.0), np.arange(10.0)),
        ("mean_negative_effect", rng.normal(5, 1, 300), rng.normal(4.8, 1.2, 280)),
        ("mean_zero_baseline", np.array([-1.0, 1.0, -2.0, 2.0]), rng.normal(0.5, 1, 6)),
        ("mean_constant_treatment", rng.normal(5, 1, 8), np.full(6, 5.0)),
        ("mean_one_unit", np.array([3.0]), rng.normal(3, 1, 5)),
    ]:
        cases.append(run_case(name, mean_arm(c), mean_arm(t)))
    # CUPED: post = a + b * pre + noise, with a treatment shift.
    for name, n_c, n_t, shift, post_kind, pre_kind in [
        ("cuped_continuous", 4000, 4200, 0.3, "continuous", "continuous"),
        ("cuped_small", 25, 30, 0.5, "continuous", "continuous"),
        ("cuped_binary_post", 5000, 5000, 0.02, "binary", "continuous"),
        ("cuped_binary_both", 6000, 5800, 0.02, "binary", "binary"),
    ]:
        arms = []
        for n, s in [(n_c, 0.0), (n_t, shift)]:
            pre = rng.normal(10, 3, n)
            if pre_kind == "binary":
                pre = (pre > 11).astype(float)
            if post_kind == "binary":
                post = (rng.uniform(size=n) < np.clip(0.1 + 0.03 * (pre - pre.mean()) + s, 0, 1)).astype(float)
            else:
                post = 2.0 + 0.8 * pre + rng.normal(0, 2, n) + s
            arms.append(cuped_arm(post, pre, post_kind, pre_kind))
        cases.append(run_case(name, arms[0], arms[1]))
    # CUPED with a constant covariate: theta = 0, gbstats falls back to the unadjusted means.
    post_c, post_t = rng.normal(5, 1, 50), rng.normal(5.4, 1, 60)
    cases.append(run_case("cuped_constant_pre",
                          cuped_arm(post_c, np.full(50, 2.0), "continuous", "continuous"),
                          cuped_arm(post_t, np.full(60, 2.0), "continuous", "continuous")))

    srm = []
    for users, weights in [
        ([5000, 5000], [0.5, 0.5]),
        ([5100, 4900], [0.5, 0.5]),
        ([3400, 3300, 3300], [1 / 3, 1 / 3, 1 / 3]),
        ([7150, 2850], [0.7, 0.3]),
        ([5500, 4500], [0.5, 0.5]),
    ]:
        srm.append({"observed": users, "weights": weights, "p_value": num(check_srm(users, weights))})

    doc = {"generator": "scripts/make_gbstats_fixtures.py",
           "versions": {"gbstats": version("gbstats"), "numpy": np.__version__, "scipy": version("scipy")},
           "cases": cases, "srm": srm}
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(doc, allow_nan=False, separators=(",", ":")) + "\n")
    print(f"wrote {OUT} ({OUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
