#!/usr/bin/env python3
"""Write tests/fixtures/stats/drift_cases.json: reference values for mlo's drift statistics.

The numbers come from scipy (and Evidently where mlo follows it), so the Rust unit tests in
src/stats/ks.rs and src/stats/drift.rs check mlo against an independent implementation without
needing Python. Run from the crate root in a throwaway virtualenv:

    python3 -m venv /tmp/venv-drift
    /tmp/venv-drift/bin/pip install scipy numpy 'pandas<3' evidently==0.7.23
    /tmp/venv-drift/bin/python scripts/make_drift_fixtures.py

Large samples are not stored: they are described by a generator spec that the Rust tests replay
bit for bit (splitmix64 integers -> uniforms k / 2^53 -> sums of 12 uniforms, scaled, optionally
floored to a power-of-two quantum; every step is an exactly rounded IEEE operation, so numpy and
Rust produce identical doubles). Each spec carries a few of its values as a check.
Everything is seeded, and the script re-executes itself with PYTHONHASHSEED=0 because
Evidently orders category bins by a Python set of strings (the order only moves the last digit
of sums, but a rerun should reproduce the file byte for byte with the same library versions).
"""

import json
import math
import os
import sys
import warnings
from pathlib import Path

import numpy as np
import scipy
from scipy import stats
from scipy.spatial import distance
from scipy.stats import _stats_py

try:
    import pandas as pd
    import evidently
    from evidently.legacy.core import ColumnType
    from evidently.legacy.calculations.stattests import (
        chisquare_stattest,
        jensenshannon,
        psi,
        wasserstein_distance_norm,
        z_stattest,
    )
    from evidently.legacy.calculations.stattests.utils import get_binned_data

    HAVE_EVIDENTLY = True
except ImportError:  # the scipy reference values are still written
    HAVE_EVIDENTLY = False

OUT = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "stats" / "drift_cases.json"

# ---------------------------------------------------------------------------------------------
# Deterministic sample generator, mirrored in Rust (see `generate` in the Rust tests).
# ---------------------------------------------------------------------------------------------
GAMMA = np.uint64(0x9E3779B97F4A7C15)
MIX1 = np.uint64(0xBF58476D1CE4E5B9)
MIX2 = np.uint64(0x94D049BB133111EB)


def splitmix64(seed, count):
    i = np.arange(1, count + 1, dtype=np.uint64)
    with np.errstate(over="ignore"):
        z = np.uint64(seed) + i * GAMMA
        z = (z ^ (z >> np.uint64(30))) * MIX1
        z = (z ^ (z >> np.uint64(27))) * MIX2
    return z ^ (z >> np.uint64(31))


def uniforms(seed, count):
    return (splitmix64(seed, count) >> np.uint64(11)).astype(np.float64) * (2.0**-53)


def generate(spec):
    """kind "normal": (sum of 12 uniforms - 6) * scale + loc; "uniform": u * scale + loc;
    then, if quantum is set (a power of two), floor(x / quantum) * quantum."""
    n, seed = spec["n"], spec["seed"]
    if spec["kind"] == "normal":
        u = uniforms(seed, 12 * n).reshape(n, 12)
        s = u[:, 0].copy()
        for k in range(1, 12):
            s = s + u[:, k]
        x = (s - 6.0) * spec["scale"] + spec["loc"]
    elif spec["kind"] == "uniform":
        x = uniforms(seed, n) * spec["scale"] + spec["loc"]
    else:
        raise ValueError(spec["kind"])
    q = spec.get("quantum")
    if q is not None:
        assert math.frexp(q)[0] == 0.5, "quantum must be a power of two"
        x = np.floor(x / q) * q
    return x


def spec(kind, n, seed, loc=0.0, scale=1.0, quantum=None):
    s = {"kind": kind, "n": n, "seed": seed, "loc": loc, "scale": scale}
    if quantum is not None:
        s["quantum"] = quantum
    x = generate(s)
    s["check"] = {"head": x[:3].tolist(), "tail": x[-2:].tolist()}
    return s, x


def stored(values):
    return {"values": [float(v) for v in values]}, np.asarray(values, dtype=np.float64)


def counts_sample(value_counts):
    """A sample given by {value: count}; expands to the sorted array."""
    keys = sorted(value_counts)
    x = np.repeat(np.asarray(keys, dtype=np.float64), [value_counts[k] for k in keys])
    return {"counts": [[float(k), int(value_counts[k])] for k in keys]}, x


# ---------------------------------------------------------------------------------------------
# KS reference helpers.
# ---------------------------------------------------------------------------------------------


def ks_reference(a, b):
    """scipy.stats.ks_2samp plus which path it took (exact, asymp, exact -> asymp fallback)."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        r = stats.ks_2samp(a, b)
    fell_back = any("Exact calculation unsuccessful" in str(w.message) for w in caught)
    if fell_back:
        method = "fallback"
    elif max(len(a), len(b)) <= 10000:
        method = "exact"
    else:
        method = "asymp"
    return float(r.statistic), float(r.pvalue), method


def ks_from_statistic(d, n1, n2):
    """The p-value part of ks_2samp(method="auto", alternative="two-sided") for a given D,
    written with scipy's own internals in the order ks_2samp runs them."""
    g = math.gcd(n1, n2)
    if max(n1, n2) <= 10000:
        success, d2, prob = _stats_py._attempt_exact_2kssamp(n1, n2, g, d, "two-sided")
        if success:
            return float(d2), float(np.clip(prob, 0, 1)), "exact"
        d, method = d2, "fallback"
    else:
        method = "asymp"
    m, n = sorted([float(n1), float(n2)], reverse=True)
    en = m * n / (m + n)
    prob = stats.kstwo.sf(d, np.round(en))
    return float(d), float(np.clip(prob, 0, 1)), method


# ---------------------------------------------------------------------------------------------
# Sections.
# ---------------------------------------------------------------------------------------------


def kstwo_cases():
    cases = []
    for n in [1, 2, 3, 5, 10, 50, 100, 140, 141, 1000, 10000, 100000, 500000, 1000000]:
        xs = {0.0, 1.0, 0.3, 0.5, 0.6, 0.9, 0.999}
        xs |= {f / n for f in [0.4, 0.5, 0.5000001, 0.75, 1.0, 1.5, 2.5]}
        xs |= {1.0 - f / n for f in [0.5, 1.0, 1.5]}
        xs |= {c / math.sqrt(n) for c in [0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9,
                                            1.0, 1.1, 1.2, 1.36, 1.5, 1.63, 1.8, 2.0, 2.5, 3.0,
                                            4.0, 5.0, 7.0]}
        # Method switch points: n x^2 in {0.754693, 2.2, 4, 18, 370}, n x^1.5 = 1.4.
        for nx2 in [0.754693, 2.2, 4.0, 18.0, 370.0]:
            for f in [0.999, 1.001]:
                xs.add(math.sqrt(nx2 * f / n))
        for f in [0.99, 1.01]:
            xs.add((1.4 * f / n) ** (2.0 / 3.0))
        for x in sorted(v for v in xs if 0.0 <= v <= 1.0):
            sf = float(stats.kstwo.sf(x, n))
            cdf = float(stats.kstwo.cdf(x, n))
            cases.append({"n": n, "x": x, "sf": sf, "cdf": cdf})
    return cases


def kstwobign_cases():
    xs = [0.0, 0.01, 0.04, 0.0406, 0.041, 0.05, 0.1, 0.2, 0.3, 0.5, 0.7, 0.8, 0.82, 0.8200001,
          0.83, 0.9, 1.0, 1.2, 1.358, 1.5, 2.0, 2.5, 3.0, 4.0, 6.0, 10.0, 20.0, 30.0]
    return [{"x": x, "sf": float(stats.kstwobign.sf(x)), "cdf": float(stats.kstwobign.cdf(x))}
            for x in xs]


def smirnov_cases():
    cases = []
    for n in [1, 2, 5, 10, 11, 50, 140, 1000, 100000, 1000000, 1000001, 5000000]:
        xs = {0.0, 1.0, 0.5, 0.7, 0.99, 1.0 / n, 0.5 / n, 1.0 - 1.0 / n, 1.0 - 0.5 / n}
        xs |= {c / math.sqrt(n) for c in [0.05, 0.3, 0.5, 1.0, 1.5, 2.0, 3.0, 5.0]}
        for x in sorted(v for v in xs if 0.0 <= v <= 1.0):
            cases.append({"n": n, "x": x, "sf": float(scipy.special.smirnov(n, x))})
    return cases


def ks_from_statistic_cases(rng):
    cases = []
    sizes = [(1, 1), (1, 5), (3, 3), (7, 5), (20, 20), (40, 15), (137, 60), (500, 500),
             (1000, 999), (2500, 4000), (9999, 10000), (10000, 10000), (10000, 10001),
             (20000, 5000), (100000, 100000), (1000000, 1000000), (1000000, 3000000),
             (5000000, 4000000), (12345, 678)]
    for n1, n2 in sizes:
        ds = set()
        # The exact path costs O(max(n1, n2) * D * min(n1, n2)) for unequal sizes (about 1 s at
        # 10000 x 9999 and D = 1, in scipy too): keep large unequal cases to moderate D so the
        # unit tests stay fast in debug builds.
        slow = n1 != n2 and max(n1, n2) <= 10000 and n1 * n2 > 1_000_000
        # Attainable values i/n1 - j/n2 spread from tiny to large D.
        for _ in range(8):
            i = int(rng.integers(0, n1 + 1))
            j = int(rng.integers(0, n2 + 1))
            ds.add(abs(i / n1 - j / n2))
        en = n1 * n2 / (n1 + n2)
        for c in [0.3, 0.8, 1.2, 1.6, 2.0, 3.0, 5.0, 8.0]:
            # D near c / sqrt(en), snapped to the lattice of attainable values.
            ds.add(min(n1, round(c / math.sqrt(en) * n1)) / n1)
        ds |= {1.0 / max(n1, n2), 1.0}
        if slow:
            ds = {d for d in ds if d <= 0.12}
        for d in sorted(ds):
            if not 0.0 <= d <= 1.0:
                continue
            stat, p, method = ks_from_statistic(d, n1, n2)
            cases.append({"n1": n1, "n2": n2, "d": d, "statistic": stat, "pvalue": p,
                          "method": method})
    return cases


def evidently_numeric(a, b, integer):
    """Evidently's own functions on pandas Series (int64 dtype when `integer`)."""
    dtype = np.int64 if integer else np.float64
    ra, cb = pd.Series(a.astype(dtype)), pd.Series(b.astype(dtype))
    out = {}
    out["wasserstein_normed"] = float(
        wasserstein_distance_norm._wasserstein_distance_norm(ra, cb, ColumnType.Numerical, 0.1)[0])
    out["jensenshannon"] = float(
        jensenshannon._jensenshannon(ra, cb, ColumnType.Numerical, 0.1)[0])
    out["psi"] = float(psi._psi(ra, cb, ColumnType.Numerical, 0.1)[0])
    rp, cp = get_binned_data(ra, cb, ColumnType.Numerical, 30, feel_zeroes=False)
    out["reference_proportions"] = [float(v) for v in rp]
    out["current_proportions"] = [float(v) for v in cp]
    return out


def numeric_case(name, ref, cur, integer=False, keep_props=True):
    (rspec, a), (cspec, b) = ref, cur
    d, p, method = ks_reference(a, b)
    sa, sb = np.sort(a), np.sort(b)
    case = {
        "name": name,
        "reference": rspec,
        "current": cspec,
        "integer": integer,
        "ks_statistic": d,
        "ks_pvalue": p,
        "ks_method": method,
        "wasserstein": float(stats.wasserstein_distance(a, b)),
        "reference_std": float(np.std(a)),
        "reference_uniques": int(len(np.unique(a))),
    }
    if len(np.unique(a)) > 20:
        edges = np.histogram_bin_edges(np.concatenate([a, b]).astype(
            np.int64 if integer else np.float64), bins="sturges")
        case["bins"] = "histogram"
        case["edges"] = [float(e) for e in edges]
    else:
        case["bins"] = "values"
        case["values"] = [float(v) for v in np.unique(np.concatenate([sa, sb]))]
    if HAVE_EVIDENTLY:
        ev = evidently_numeric(a, b, integer)
        if not keep_props:
            ev.pop("reference_proportions")
            ev.pop("current_proportions")
        case["evidently"] = ev
    return case


def numeric_cases(rng):
    cases = []
    r = lambda *v: stored(v)  # noqa: E731
    # Small stored samples with ties (n = 1..50).
    cases.append(numeric_case("one_vs_one", r(1.0), r(2.0)))
    cases.append(numeric_case("one_vs_three", r(2.0), r(1.0, 2.0, 3.0)))
    cases.append(numeric_case("identical_5", r(1, 2, 2, 3, 5), r(1, 2, 2, 3, 5)))
    cases.append(numeric_case("constant_equal", r(*[4.0] * 6), r(*[4.0] * 9)))
    cases.append(numeric_case("constant_different", r(*[4.0] * 6), r(*[5.0] * 9)))
    cases.append(numeric_case("separated_10", stored(np.arange(10.0)), stored(np.arange(10.0) + 100)))
    cases.append(numeric_case("ties_5_vs_7", r(1, 1, 2, 3, 3), r(1, 2, 2, 2, 3, 4, 4)))
    cases.append(numeric_case("interleaved_5_fallback", stored(np.arange(5.0)), stored(np.arange(5.0) + 0.5)))
    for n1, n2, shift, seed in [(8, 13, 0.5, 1), (13, 50, 1.0, 2), (20, 20, 0.8, 3), (30, 45, 0.0, 4),
                                (49, 50, 0.3, 5), (37, 11, 2.0, 6), (50, 50, 0.0, 7)]:
        a = np.round(rng.normal(0, 1, n1) * 4) / 4
        b = np.round(rng.normal(shift, 1, n2) * 4) / 4
        cases.append(numeric_case(f"small_{n1}_vs_{n2}_shift_{shift}", stored(a), stored(b)))
    for n1, n2, seed in [(25, 30, 8), (40, 40, 9)]:
        a = rng.normal(0, 1, n1)
        b = rng.normal(0.5, 1.3, n2)
        cases.append(numeric_case(f"continuous_{n1}_vs_{n2}", stored(a), stored(b)))
    # D = 1/n lattice cases where scipy's exact computation rounds above 1 and falls back.
    cases.append(numeric_case("interleaved_1000_fallback", stored(np.arange(1000.0)),
                              stored(np.arange(1000.0) + 0.5), keep_props=False))
    # Generated samples (not stored).
    g = spec
    cases.append(numeric_case("n500_shift", g("normal", 500, 11), g("normal", 500, 12, loc=0.1)))
    cases.append(numeric_case("n1000_same", g("normal", 1000, 13), g("normal", 1000, 14)))
    cases.append(numeric_case("n1000_vs_700_scale", g("normal", 1000, 15), g("normal", 700, 16, scale=1.3)))
    cases.append(numeric_case("n5000_shift", g("normal", 5000, 17), g("normal", 5000, 18, loc=0.05)))
    cases.append(numeric_case("n5000_vs_3001", g("normal", 5000, 19), g("uniform", 3001, 20, loc=-2.0, scale=4.0)))
    cases.append(numeric_case("n10000_square_exact", g("normal", 10000, 21), g("normal", 10000, 22, loc=0.02)))
    cases.append(numeric_case("n10000_vs_9999_exact", g("normal", 10000, 23), g("normal", 9999, 24, loc=0.03)))
    cases.append(numeric_case("n10001_vs_10000_asymp", g("normal", 10001, 25), g("normal", 10000, 26, loc=0.03)))
    cases.append(numeric_case("n10001_vs_10001_asymp", g("normal", 10001, 27), g("normal", 10001, 28)))
    cases.append(numeric_case("n3000_vs_100000", g("normal", 3000, 29), g("normal", 100000, 30, loc=0.04)))
    cases.append(numeric_case("n100000_shift", g("normal", 100000, 31), g("normal", 100000, 32, loc=0.01)))
    cases.append(numeric_case("n100000_same", g("normal", 100000, 33), g("normal", 100000, 34)))
    cases.append(numeric_case("n2000_vs_3000_ties", g("normal", 2000, 35, quantum=0.25),
                              g("normal", 3000, 36, loc=0.1, quantum=0.25)))
    cases.append(numeric_case("n20000_vs_15000_ties", g("normal", 20000, 37, scale=4.0, quantum=0.5),
                              g("normal", 15000, 38, scale=4.0, quantum=0.5)))
    cases.append(numeric_case("n6000_few_values", g("uniform", 6000, 39, scale=8.0, quantum=1.0),
                              g("uniform", 4000, 40, scale=10.0, quantum=1.0)))
    cases.append(numeric_case("n1000000_shift", g("normal", 1000000, 41), g("normal", 1000000, 42, loc=0.003)))
    # Integer column with 22 values over 2M rows each: numpy's integer rule (bin width >= 1)
    # changes the number of Sturges bins (21 instead of 23).
    ra = {k: 90000 + 1000 * k for k in range(22)}
    cb = {k: 100000 + 500 * ((k * 7) % 22) for k in range(22)}
    cases.append(numeric_case("integer_22_values_4m_rows", counts_sample(ra), counts_sample(cb), integer=True))
    cases.append(numeric_case("integer_22_values_4m_rows_as_float", counts_sample(ra), counts_sample(cb)))
    return cases


def evidently_categorical(ref_counts, cur_counts):
    keys = [f"k{i:02d}" for i in range(len(ref_counts))]
    ra = pd.Series(np.repeat(np.array(keys, dtype=object), ref_counts))
    cb = pd.Series(np.repeat(np.array(keys, dtype=object), cur_counts))
    out = {
        "jensenshannon": float(jensenshannon._jensenshannon(ra, cb, ColumnType.Categorical, 0.1)[0]),
        "psi": float(psi._psi(ra, cb, ColumnType.Categorical, 0.1)[0]),
        "chisquare_pvalue": float(chisquare_stattest._chi_stat_test(ra, cb, ColumnType.Categorical, 0.05)[0]),
        "z_pvalue": float(z_stattest._z_stat_test(ra, cb, ColumnType.Categorical, 0.05)[0]),
    }
    return out


def categorical_case(name, ref_counts, cur_counts):
    ref_counts, cur_counts = list(ref_counts), list(cur_counts)
    case = {"name": name, "reference_counts": ref_counts, "current_counts": cur_counts}
    keep = [i for i in range(len(ref_counts)) if ref_counts[i] + cur_counts[i] > 0]
    table = np.array([[ref_counts[i] for i in keep], [cur_counts[i] for i in keep]])
    if table.shape[1] >= 2:
        res = stats.chi2_contingency(table)
        case["contingency"] = {"statistic": float(res.statistic), "pvalue": float(res.pvalue)}
    else:
        case["contingency"] = {"statistic": 0.0, "pvalue": 1.0}
    # Goodness of fit as Evidently calls it (scipy.stats.chisquare with scaled reference).
    k_norm = sum(cur_counts) / sum(ref_counts)
    f_exp = [ref_counts[i] * k_norm for i in keep]
    f_obs = [cur_counts[i] for i in keep]
    with np.errstate(divide="ignore", invalid="ignore"), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        gof = stats.chisquare(f_obs, f_exp)
    case["goodness_of_fit"] = {"statistic": float(gof.statistic), "pvalue": float(gof.pvalue)}
    # Pooled two-proportion z exactly as Evidently computes it (first key -> 0, others -> 1).
    n1, n2 = sum(ref_counts), sum(cur_counts)
    first = keep[0]
    p1 = float(n1 - ref_counts[first]) / n1
    p2 = float(n2 - cur_counts[first]) / n2
    pooled = float(p1 * n1 + p2 * n2) / (n1 + n2)
    with np.errstate(divide="ignore", invalid="ignore"):
        z = (p1 - p2) / np.sqrt(pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2))
    case["z"] = {"statistic": float(z) if np.isfinite(z) else None,
                 "pvalue_sf": float(2 * stats.norm.sf(abs(z))) if np.isfinite(z) else None}
    rp = np.array(ref_counts, dtype=float) / n1
    cp = np.array(cur_counts, dtype=float) / n2
    case["jensenshannon_scipy"] = float(distance.jensenshannon(rp, cp))
    if HAVE_EVIDENTLY:
        case["evidently"] = evidently_categorical(ref_counts, cur_counts)
    return case


def categorical_cases(rng):
    cases = [
        categorical_case("binary_balanced", [500, 500], [480, 520]),
        categorical_case("binary_shifted", [700, 300], [600, 400]),
        categorical_case("binary_tiny", [3, 2], [1, 4]),
        categorical_case("binary_yates_small_diff", [50, 50], [50, 51]),
        categorical_case("binary_unequal_n", [9000, 1000], [400, 120]),
        categorical_case("binary_large_z", [600000, 400000], [400000, 600000]),
        categorical_case("all_one_category_same", [100, 0], [80, 0]),
        categorical_case("all_one_category_different", [100, 0], [0, 80]),
        categorical_case("reference_constant_current_mixed", [100, 0], [70, 10]),
        categorical_case("three_categories", [120, 80, 40], [100, 100, 40]),
        categorical_case("many_categories_equal_n", [int(v) for v in rng.integers(20, 200, 15)],
                         [int(v) for v in rng.integers(20, 200, 15)]),
        categorical_case("many_categories_same_dist_1m",
                         list(rng.multinomial(1000000, np.full(40, 1 / 40))),
                         list(rng.multinomial(1000000, np.full(40, 1 / 40)))),
        categorical_case("new_category_in_current", [50, 30, 0], [40, 30, 10]),
        categorical_case("category_gone_in_current", [50, 30, 20], [60, 40, 0]),
        categorical_case("rare_categories_psi_fill", [1000000, 50, 0, 3], [999000, 0, 7, 0]),
    ]
    return cases


def json_safe(v):
    """JSON has no inf/NaN: write them as the strings "inf", "-inf", "nan"."""
    if isinstance(v, np.integer):
        return int(v)
    if isinstance(v, np.floating):
        v = float(v)
    if isinstance(v, float) and not math.isfinite(v):
        return "nan" if math.isnan(v) else ("inf" if v > 0 else "-inf")
    if isinstance(v, dict):
        return {k: json_safe(x) for k, x in v.items()}
    if isinstance(v, list):
        return [json_safe(x) for x in v]
    return v


def main():
    if os.environ.get("PYTHONHASHSEED") != "0":
        os.execve(sys.executable, [sys.executable, *sys.argv], {**os.environ, "PYTHONHASHSEED": "0"})
    warnings.filterwarnings("ignore", message="divide by zero", category=RuntimeWarning)
    rng = np.random.default_rng(20240601)
    fixture = {
        "meta": {
            "generator": "scripts/make_drift_fixtures.py",
            "scipy": scipy.__version__,
            "numpy": np.__version__,
            "evidently": evidently.__version__ if HAVE_EVIDENTLY else None,
            "pandas": pd.__version__ if HAVE_EVIDENTLY else None,
            "python": sys.version.split()[0],
        },
        "kstwo": kstwo_cases(),
        "kstwobign": kstwobign_cases(),
        "smirnov": smirnov_cases(),
        "ks_from_statistic": ks_from_statistic_cases(rng),
        "numeric": numeric_cases(rng),
        "categorical": categorical_cases(rng),
    }
    text = json.dumps(json_safe(fixture), indent=None, separators=(",", ":"), allow_nan=False)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(text + "\n")
    print(f"wrote {OUT} ({len(text) / 1024:.0f} KiB)")


if __name__ == "__main__":
    main()
