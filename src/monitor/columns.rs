//! Per-column drift: prepares one column of each side (drop missing values, sort numbers once,
//! align category counts), picks the method — Evidently's default selection for `auto` — runs
//! it through `crate::stats`, and returns a [`ColumnReport`] with the verdict, an effect size
//! next to every p-value, and the histogram the HTML report draws. Pure: no I/O.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::stats::drift::{self as sd, DriftScore};
use crate::stats::ks;
use crate::table::{Column, MISSING_CODE, Values};

/// A drift method (`--method`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, clap::ValueEnum)]
#[serde(rename_all = "snake_case")]
pub enum Method {
    /// Evidently's default per column: KS / chi-square / Z up to 1000 reference rows,
    /// normed Wasserstein / Jensen–Shannon above.
    Auto,
    /// Two-sample Kolmogorov–Smirnov (numerical columns), p-value as scipy's `ks_2samp`.
    Ks,
    /// Wasserstein-1 divided by the reference's population standard deviation (numerical).
    Wasserstein,
    /// Population Stability Index over Evidently's bins.
    Psi,
    /// Jensen–Shannon distance (natural log) over Evidently's bins.
    Jensenshannon,
    /// Chi-square: two-sample contingency test (goodness of fit with `--compat evidently`).
    Chisquare,
    /// Pooled two-proportion Z test (binary columns).
    Z,
}

impl Method {
    /// The name used in reports and JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Auto => "auto",
            Method::Ks => "ks",
            Method::Wasserstein => "wasserstein",
            Method::Psi => "psi",
            Method::Jensenshannon => "jensenshannon",
            Method::Chisquare => "chisquare",
            Method::Z => "z",
        }
    }

    /// The default threshold: a p-value for tests, a distance for the others.
    pub fn default_threshold(self) -> f64 {
        match self {
            Method::Ks | Method::Chisquare | Method::Z => 0.05,
            _ => 0.1,
        }
    }

    /// Whether the method is a hypothesis test (drift when the p-value is small).
    pub fn is_test(self) -> bool {
        matches!(self, Method::Ks | Method::Chisquare | Method::Z)
    }
}

/// A column's statistical type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ColumnType {
    /// Numbers with more than two distinct values.
    Numerical,
    /// Strings (or numbers read with `--categorical`) with more than two distinct values.
    Categorical,
    /// At most two distinct values, numbers or strings.
    Binary,
}

impl ColumnType {
    /// The name used in reports.
    pub fn as_str(self) -> &'static str {
        match self {
            ColumnType::Numerical => "numerical",
            ColumnType::Categorical => "categorical",
            ColumnType::Binary => "binary",
        }
    }
}

/// Reference vs current proportions per bin, for the HTML histogram.
#[derive(Debug, Clone, Serialize)]
pub struct Histogram {
    /// One label per bin (a range or a category).
    pub labels: Vec<String>,
    /// Reference proportion per bin.
    pub reference: Vec<f64>,
    /// Current proportion per bin.
    pub current: Vec<f64>,
}

/// The drift verdict for one column.
#[derive(Debug, Clone, Serialize)]
pub struct ColumnReport {
    /// Column name.
    pub column: String,
    /// Its statistical type.
    #[serde(rename = "type")]
    pub column_type: ColumnType,
    /// Method used (`chisquare_gof` is Evidently's goodness-of-fit chi-square).
    pub method: String,
    /// The statistic or distance; null when infinite (see `note`).
    pub statistic: Option<f64>,
    /// The p-value; null for distances.
    pub p_value: Option<f64>,
    /// Drift threshold (a p-value bound for tests, a distance bound otherwise).
    pub threshold: f64,
    /// Whether the column drifted.
    pub drifted: bool,
    /// Effect size reported next to a p-value (see `effect`).
    pub effect_size: Option<f64>,
    /// What `effect_size` is: `wasserstein_normed`, `cramers_v` or `proportion_difference`.
    pub effect: Option<&'static str>,
    /// Distinct values over both sides (missing values excluded).
    pub n_unique: usize,
    /// Non-missing reference values.
    pub reference_values: usize,
    /// Non-missing current values.
    pub current_values: usize,
    /// Missing (or non-finite) reference values, dropped before the test.
    pub reference_missing: usize,
    /// Missing (or non-finite) current values, dropped before the test.
    pub current_missing: usize,
    /// Anything unusual about this result.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Histogram for the HTML report (not in JSON).
    #[serde(skip)]
    pub histogram: Option<Histogram>,
}

/// Why a column could not be compared (a usage error, exit 2, or a reported skip).
#[derive(Debug, Clone, PartialEq)]
pub enum ColumnProblem {
    /// No usable values on one side: the column is skipped and reported.
    NoValues(&'static str),
    /// The method cannot apply to this column.
    MethodMismatch(String),
    /// The statistics refused the input.
    Stats(String),
}

/// One side of a column, ready for the statistics.
#[derive(Debug, Clone)]
pub enum Prepared {
    /// Finite values, sorted ascending.
    Numeric {
        /// Sorted values.
        sorted: Vec<f64>,
        /// Dropped missing or non-finite values.
        missing: usize,
        /// Integer literals only (numpy integer dtype).
        integer_valued: bool,
        /// Set when `sorted` is a quantile sketch of a larger sample (a reference profile):
        /// the true number of values and their exact population standard deviation.
        sketch_of: Option<(usize, f64)>,
    },
    /// Count per category.
    Text {
        /// Count by category.
        counts: BTreeMap<String, u64>,
        /// Missing cells.
        missing: usize,
    },
}

impl Prepared {
    /// Prepare a column: drop missing values and sort numbers (in place: no copy of the
    /// column is made), or count categories.
    pub fn from_column(column: Column) -> Prepared {
        match column.values {
            Values::Numeric(mut v) => {
                let total = v.len();
                v.retain(|x| x.is_finite());
                sort_floats(&mut v);
                v.shrink_to_fit();
                Prepared::Numeric {
                    missing: total - v.len(),
                    sorted: v,
                    integer_valued: column.integer_literals,
                    sketch_of: None,
                }
            }
            Values::Text { codes, dict } => {
                let mut by_code = vec![0u64; dict.len()];
                let mut missing = 0;
                for &c in &codes {
                    if c == MISSING_CODE {
                        missing += 1;
                    } else {
                        by_code[c as usize] += 1;
                    }
                }
                let counts = dict.into_iter().zip(by_code).collect();
                Prepared::Text { counts, missing }
            }
        }
    }

    fn len(&self) -> usize {
        match self {
            Prepared::Numeric {
                sorted, sketch_of, ..
            } => sketch_of.map_or(sorted.len(), |s| s.0),
            Prepared::Text { counts, .. } => counts.values().sum::<u64>() as usize,
        }
    }

    fn missing(&self) -> usize {
        match self {
            Prepared::Numeric { missing, .. } | Prepared::Text { missing, .. } => *missing,
        }
    }
}

/// Settings shared by every column of one check.
#[derive(Debug, Clone, Copy)]
pub struct MethodChoice {
    /// `--method`.
    pub method: Method,
    /// `--threshold`, overriding the method's default.
    pub threshold: Option<f64>,
    /// `--compat evidently`: Evidently's goodness-of-fit chi-square.
    pub evidently_chisquare: bool,
    /// Rows in the reference (all rows, missing included, as Evidently counts them).
    pub reference_rows: usize,
}

/// Sort floats ascending (in `f64::total_cmp` order): an LSD radix sort over the
/// order-preserving bit patterns, 11 bits per pass, skipping passes where every value has the
/// same digit. About 4x faster than the standard unstable sort on a million values, which
/// matters because every numerical column of both sides is sorted (docs/performance.md).
pub fn sort_floats(values: &mut [f64]) {
    const BITS: u32 = 11;
    const BUCKETS: usize = 1 << BITS;
    let n = values.len();
    if n < 1 << 12 {
        values.sort_unstable_by(f64::total_cmp);
        return;
    }
    let to_key = |x: f64| {
        let b = x.to_bits();
        if b >> 63 == 1 { !b } else { b | (1 << 63) }
    };
    let mut keys: Vec<u64> = values.iter().map(|&x| to_key(x)).collect();
    let mut buf = vec![0u64; n];
    let mut shift = 0;
    while shift < 64 {
        let digit = |k: u64| ((k >> shift) as usize) & (BUCKETS - 1);
        let mut counts = [0usize; BUCKETS];
        for &k in &keys {
            counts[digit(k)] += 1;
        }
        if counts.iter().all(|&c| c == 0 || c == n) {
            shift += BITS;
            continue;
        }
        let mut sum = 0;
        for c in counts.iter_mut() {
            let t = *c;
            *c = sum;
            sum += t;
        }
        for &k in &keys {
            let d = digit(k);
            buf[counts[d]] = k;
            counts[d] += 1;
        }
        std::mem::swap(&mut keys, &mut buf);
        shift += BITS;
    }
    for (x, k) in values.iter_mut().zip(keys) {
        *x = f64::from_bits(if k >> 63 == 1 { k & !(1 << 63) } else { !k });
    }
}

/// Evidently 0.7's default test for a column (see docs/monitor.md).
pub fn auto_method(numeric: bool, n_unique: usize, reference_rows: usize) -> Method {
    if reference_rows <= 1000 {
        if numeric && n_unique > 5 {
            Method::Ks
        } else if n_unique > 2 {
            Method::Chisquare
        } else {
            Method::Z
        }
    } else if numeric && n_unique > 5 {
        Method::Wasserstein
    } else {
        Method::Jensenshannon
    }
}

fn union_distinct_sorted(a: &[f64], b: &[f64]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() || j < b.len() {
        let v = if j >= b.len() || (i < a.len() && a[i] <= b[j]) {
            a[i]
        } else {
            b[j]
        };
        while i < a.len() && a[i] <= v {
            i += 1;
        }
        while j < b.len() && b[j] <= v {
            j += 1;
        }
        n += 1;
    }
    n
}

fn aligned_counts(
    r: &BTreeMap<String, u64>,
    c: &BTreeMap<String, u64>,
) -> (Vec<String>, Vec<u64>, Vec<u64>) {
    // BTreeMap order is byte order, which is Python's `sorted` order for str keys.
    let mut keys: Vec<String> = r.keys().chain(c.keys()).cloned().collect();
    keys.sort();
    keys.dedup();
    let rc = keys
        .iter()
        .map(|k| r.get(k).copied().unwrap_or(0))
        .collect();
    let cc = keys
        .iter()
        .map(|k| c.get(k).copied().unwrap_or(0))
        .collect();
    (keys, rc, cc)
}

/// An effect size and its name, when the method reports one.
type Effect = Option<(f64, &'static str)>;

fn stats_err(e: impl std::fmt::Display) -> ColumnProblem {
    ColumnProblem::Stats(e.to_string())
}

/// Cramér's V of the 2 x k table (uncorrected chi-square): an effect size in [0, 1].
fn cramers_v(rc: &[u64], cc: &[u64]) -> Option<f64> {
    let (rt, ct) = (rc.iter().sum::<u64>() as f64, cc.iter().sum::<u64>() as f64);
    let total = rt + ct;
    let mut chi2 = 0.0;
    let mut k = 0;
    for (&r, &c) in rc.iter().zip(cc) {
        let col = (r + c) as f64;
        if col == 0.0 {
            continue;
        }
        k += 1;
        for (obs, row) in [(r as f64, rt), (c as f64, ct)] {
            let e = row * col / total;
            chi2 += (obs - e) * (obs - e) / e;
        }
    }
    (k >= 2).then(|| (chi2 / total).sqrt())
}

/// Compare one column. `name` is the column, `reference`/`current` its prepared sides.
pub fn compare(
    name: &str,
    reference: &Prepared,
    current: &Prepared,
    choice: &MethodChoice,
    want_histogram: bool,
) -> Result<ColumnReport, ColumnProblem> {
    if reference.len() == 0 {
        return Err(ColumnProblem::NoValues("reference"));
    }
    if current.len() == 0 {
        return Err(ColumnProblem::NoValues("current"));
    }
    let (numeric, n_unique) = match (reference, current) {
        (Prepared::Numeric { sorted: a, .. }, Prepared::Numeric { sorted: b, .. }) => {
            (true, union_distinct_sorted(a, b))
        }
        (Prepared::Text { counts: a, .. }, Prepared::Text { counts: b, .. }) => (
            false,
            a.keys()
                .chain(b.keys())
                .collect::<std::collections::BTreeSet<_>>()
                .len(),
        ),
        _ => {
            return Err(ColumnProblem::MethodMismatch(
                "the column is numerical on one side and categorical on the other".into(),
            ));
        }
    };
    let method = match choice.method {
        Method::Auto => auto_method(numeric, n_unique, choice.reference_rows),
        m => m,
    };
    let threshold = choice.threshold.unwrap_or(method.default_threshold());
    let column_type = if n_unique <= 2 {
        ColumnType::Binary
    } else if numeric {
        ColumnType::Numerical
    } else {
        ColumnType::Categorical
    };
    let mut method_name = method.as_str().to_string();
    let mut note = None;
    let (score, effect): (DriftScore, Effect) = match (reference, current) {
        (
            Prepared::Numeric {
                sorted: a,
                integer_valued: ia,
                sketch_of,
                ..
            },
            Prepared::Numeric {
                sorted: b,
                integer_valued: ib,
                ..
            },
        ) => {
            if sketch_of.is_some() {
                note = Some(format!(
                    "reference read from a quantile sketch of {} points (see docs/monitor.md)",
                    a.len()
                ));
            }
            let n1 = reference.len();
            let normed = |w1: f64| -> Result<f64, ColumnProblem> {
                let std = match sketch_of {
                    Some((_, std)) => *std,
                    None => sd::population_std(a).map_err(stats_err)?,
                };
                Ok(w1 / std.max(sd::WASSERSTEIN_MIN_NORM))
            };
            match method {
                Method::Ks => {
                    let e = sd::ecdf_distances(a, b).map_err(stats_err)?;
                    let t = ks::ks_2samp_from_statistic(e.ks_statistic, n1, b.len())
                        .map_err(stats_err)?;
                    (
                        DriftScore {
                            statistic: t.statistic,
                            p_value: Some(t.p_value),
                        },
                        Some((normed(e.wasserstein)?, "wasserstein_normed")),
                    )
                }
                Method::Wasserstein => {
                    let e = sd::ecdf_distances(a, b).map_err(stats_err)?;
                    (
                        DriftScore {
                            statistic: normed(e.wasserstein)?,
                            p_value: None,
                        },
                        None,
                    )
                }
                Method::Jensenshannon | Method::Psi => {
                    let bins = sd::binned_proportions(a, b, *ia && *ib).map_err(stats_err)?;
                    let v = if method == Method::Psi {
                        sd::psi(&bins.reference, &bins.current)
                    } else {
                        sd::jensen_shannon_distance(&bins.reference, &bins.current)
                    }
                    .map_err(stats_err)?;
                    (
                        DriftScore {
                            statistic: v,
                            p_value: None,
                        },
                        None,
                    )
                }
                Method::Chisquare | Method::Z => {
                    let (_, rc, cc) = sd::distinct_value_counts(a, b);
                    counts_test(method, &rc, &cc, choice, &mut method_name, &mut note)?
                }
                Method::Auto => unreachable!("auto is resolved above"),
            }
        }
        (Prepared::Text { counts: r, .. }, Prepared::Text { counts: c, .. }) => {
            let (_, rc, cc) = aligned_counts(r, c);
            match method {
                Method::Ks | Method::Wasserstein => {
                    return Err(ColumnProblem::MethodMismatch(format!(
                        "method `{}` needs a numerical column",
                        method.as_str()
                    )));
                }
                Method::Jensenshannon | Method::Psi => {
                    let (rp, cp) = sd::category_proportions(&rc, &cc).map_err(stats_err)?;
                    let v = if method == Method::Psi {
                        sd::psi(&rp, &cp)
                    } else {
                        sd::jensen_shannon_distance(&rp, &cp)
                    }
                    .map_err(stats_err)?;
                    (
                        DriftScore {
                            statistic: v,
                            p_value: None,
                        },
                        None,
                    )
                }
                Method::Chisquare | Method::Z => {
                    counts_test(method, &rc, &cc, choice, &mut method_name, &mut note)?
                }
                Method::Auto => unreachable!("auto is resolved above"),
            }
        }
        _ => unreachable!("mixed storage is rejected above"),
    };
    let drifted = match (method, score.p_value) {
        (Method::Ks, Some(p)) => p <= threshold,
        (_, Some(p)) => p < threshold,
        (_, None) => score.statistic >= threshold,
    };
    let statistic = score.statistic.is_finite().then_some(score.statistic);
    Ok(ColumnReport {
        column: name.to_string(),
        column_type,
        method: method_name,
        statistic,
        p_value: score.p_value,
        threshold,
        drifted,
        effect_size: effect.map(|e| e.0),
        effect: effect.map(|e| e.1),
        n_unique,
        reference_values: reference.len(),
        current_values: current.len(),
        reference_missing: reference.missing(),
        current_missing: current.missing(),
        note,
        histogram: want_histogram.then(|| histogram(reference, current)),
    })
}

fn counts_test(
    method: Method,
    rc: &[u64],
    cc: &[u64],
    choice: &MethodChoice,
    method_name: &mut String,
    note: &mut Option<String>,
) -> Result<(DriftScore, Effect), ColumnProblem> {
    if method == Method::Z {
        let s = sd::z_test_two_proportions(rc, cc).map_err(stats_err)?;
        let (rt, ct) = (rc.iter().sum::<u64>() as f64, cc.iter().sum::<u64>() as f64);
        let first = rc
            .iter()
            .zip(cc)
            .position(|(&r, &c)| r + c > 0)
            .unwrap_or(0);
        let diff = (ct - cc[first] as f64) / ct - (rt - rc[first] as f64) / rt;
        return Ok((s, Some((diff, "proportion_difference"))));
    }
    let s = if choice.evidently_chisquare {
        *method_name = "chisquare_gof".into();
        let s = sd::chi_square_goodness_of_fit(rc, cc).map_err(stats_err)?;
        if s.statistic.is_infinite() {
            *note = Some(
                "a category appears only in the current data: the goodness-of-fit statistic is infinite (reported as null), p = 0"
                    .into(),
            );
        }
        s
    } else {
        sd::chi_square_contingency(rc, cc).map_err(stats_err)?
    };
    Ok((s, cramers_v(rc, cc).map(|v| (v, "cramers_v"))))
}

const HISTOGRAM_BINS: usize = 20;
const HISTOGRAM_CATEGORIES: usize = 15;

fn histogram(reference: &Prepared, current: &Prepared) -> Histogram {
    match (reference, current) {
        (Prepared::Numeric { sorted: a, .. }, Prepared::Numeric { sorted: b, .. }) => {
            let lo = a[0].min(b[0]);
            let hi = a[a.len() - 1].max(b[b.len() - 1]);
            let width = if hi > lo {
                (hi - lo) / HISTOGRAM_BINS as f64
            } else {
                1.0
            };
            let bins = if hi > lo { HISTOGRAM_BINS } else { 1 };
            let edges: Vec<f64> = (0..=bins).map(|k| lo + width * k as f64).collect();
            let props = |s: &[f64]| -> Vec<f64> {
                let mut cum: Vec<usize> = edges[..bins]
                    .iter()
                    .map(|&e| s.partition_point(|&x| x < e))
                    .collect();
                cum.push(s.len());
                cum.windows(2)
                    .map(|w| (w[1] - w[0]) as f64 / s.len() as f64)
                    .collect()
            };
            Histogram {
                labels: edges[..bins].iter().map(|e| format_number(*e)).collect(),
                reference: props(a),
                current: props(b),
            }
        }
        (Prepared::Text { counts: r, .. }, Prepared::Text { counts: c, .. }) => {
            let (keys, rc, cc) = aligned_counts(r, c);
            let (rt, ct) = (rc.iter().sum::<u64>() as f64, cc.iter().sum::<u64>() as f64);
            let mut order: Vec<usize> = (0..keys.len()).collect();
            order.sort_by(|&i, &j| (rc[j] + cc[j]).cmp(&(rc[i] + cc[i])).then(i.cmp(&j)));
            let mut h = Histogram {
                labels: vec![],
                reference: vec![],
                current: vec![],
            };
            let (mut other_r, mut other_c) = (0.0, 0.0);
            for (rank, &i) in order.iter().enumerate() {
                if rank < HISTOGRAM_CATEGORIES {
                    h.labels.push(keys[i].clone());
                    h.reference.push(rc[i] as f64 / rt.max(1.0));
                    h.current.push(cc[i] as f64 / ct.max(1.0));
                } else {
                    other_r += rc[i] as f64 / rt.max(1.0);
                    other_c += cc[i] as f64 / ct.max(1.0);
                }
            }
            if order.len() > HISTOGRAM_CATEGORIES {
                h.labels.push("(other)".into());
                h.reference.push(other_r);
                h.current.push(other_c);
            }
            h
        }
        _ => Histogram {
            labels: vec![],
            reference: vec![],
            current: vec![],
        },
    }
}

/// A number for humans: 4 significant digits, scientific when tiny or huge.
pub fn format_number(x: f64) -> String {
    if x == 0.0 {
        "0".into()
    } else if x.abs() < 1e-3 || x.abs() >= 1e6 {
        format!("{x:.3e}")
    } else {
        let s = format!("{x:.4}");
        let s = s.trim_end_matches('0').trim_end_matches('.');
        s.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn auto_follows_evidently_defaults() {
        assert_eq!(auto_method(true, 6, 1000), Method::Ks);
        assert_eq!(auto_method(true, 5, 1000), Method::Chisquare);
        assert_eq!(auto_method(false, 3, 1000), Method::Chisquare);
        assert_eq!(auto_method(false, 2, 1000), Method::Z);
        assert_eq!(auto_method(true, 2, 10), Method::Z);
        assert_eq!(auto_method(true, 6, 1001), Method::Wasserstein);
        assert_eq!(auto_method(true, 5, 1001), Method::Jensenshannon);
        assert_eq!(auto_method(false, 50, 5000), Method::Jensenshannon);
    }

    #[test]
    fn radix_sort_matches_the_standard_sort() {
        let mut state = 7u64;
        let mut next = || {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            state
        };
        let mut v: Vec<f64> = (0..50_000)
            .map(|i| match i % 7 {
                0 => -((next() >> 11) as f64) / 1e9,
                1 => 0.0,
                2 => -0.0,
                3 => f64::INFINITY,
                4 => (next() % 10) as f64,
                _ => f64::from_bits(next() >> 2),
            })
            .collect();
        let mut expected = v.clone();
        expected.sort_unstable_by(f64::total_cmp);
        sort_floats(&mut v);
        assert!(
            v.iter()
                .zip(&expected)
                .all(|(a, b)| a.to_bits() == b.to_bits())
        );
    }

    #[test]
    fn union_distinct_counts_both_sides() {
        assert_eq!(union_distinct_sorted(&[1.0, 1.0, 2.0], &[2.0, 3.0]), 3);
        assert_eq!(union_distinct_sorted(&[], &[2.0, 2.0]), 1);
    }

    #[test]
    fn cramers_v_is_one_for_disjoint_samples() {
        assert!((cramers_v(&[10, 0], &[0, 10]).unwrap() - 1.0).abs() < 1e-12);
        assert_eq!(cramers_v(&[10, 0], &[10, 0]), None);
    }
}
