//! Per-column drift statistics for `mlo monitor drift`: distances and tests between a
//! reference sample and a current sample, matching what Evidently 0.7's default stattests
//! compute through scipy and numpy.
//!
//! Numerical inputs are sorted `f64` slices (callers sort each column once and reuse the
//! sorted copy for KS, Wasserstein, binning and quantiles); one O(n) merge gives both the KS
//! statistic and Wasserstein-1 ([`ecdf_distances`]). Categorical inputs are per-category counts
//! aligned by index between reference and current (callers build them over the union of keys).
//! Binning follows Evidently's `get_binned_data` exactly, including numpy's Sturges edges and
//! its right-closed last bin. Sums over arrays use numpy's pairwise summation so results agree
//! with the reference to a few units in the last place.
//!
//! Invariants: no function returns NaN. Degenerate inputs either have a documented value
//! (identical samples give distance 0 and p-value 1; a constant reference column normalises
//! Wasserstein by 0.001 as Evidently does) or a [`DriftError`] naming the sample and position.
//! Deliberate departures from the reference implementation are listed on each function.

use statrs::distribution::{ChiSquared, ContinuousCDF, Normal};
use thiserror::Error;

use super::ks::{self, KsError, Sample};
use super::summary::{mean_and_m2, pairwise_sum, pairwise_sum_by};

/// Evidently's floor on the reference standard deviation when normalising Wasserstein-1.
pub const WASSERSTEIN_MIN_NORM: f64 = 0.001;

/// Evidently bins a numerical column into a Sturges histogram only when the reference has more
/// than this many distinct values; otherwise each distinct value is its own bin.
pub const HISTOGRAM_MIN_REFERENCE_UNIQUES: usize = 20;

/// Why a drift statistic could not be computed.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum DriftError {
    /// A sample (or its category counts) is empty.
    #[error("the {0} sample is empty")]
    EmptySample(Sample),
    /// A sample holds a NaN; missing values are dropped or imputed before drift checks.
    #[error("the {sample} sample has a NaN at index {index}")]
    NotANumber {
        /// Sample holding the NaN.
        sample: Sample,
        /// Position of the first NaN.
        index: usize,
    },
    /// A sample holds an infinite value where a finite one is needed (Wasserstein, binning).
    #[error("the {sample} sample has a non-finite value {value} at index {index}")]
    NonFinite {
        /// Sample holding the value.
        sample: Sample,
        /// Position of the first infinite value.
        index: usize,
        /// The offending value.
        value: f64,
    },
    /// A sample is not sorted ascending.
    #[error("the {sample} sample is not sorted ascending at index {index}")]
    NotSorted {
        /// The unsorted sample.
        sample: Sample,
        /// First index `i` with `values[i] > values[i + 1]`.
        index: usize,
    },
    /// Reference and current counts or proportions are not aligned category by category.
    #[error("the reference has {reference} bins but the current has {current}")]
    MismatchedBins {
        /// Number of reference bins.
        reference: usize,
        /// Number of current bins.
        current: usize,
    },
    /// Proportions contain a negative, NaN or infinite entry, or sum to zero.
    #[error("the {sample} proportions are not a distribution (bad entry at index {index})")]
    InvalidProportions {
        /// The sample whose proportions are bad.
        sample: Sample,
        /// First bad index (the length when the problem is a zero sum).
        index: usize,
    },
    /// Any other KS error (not produced by this module's own calls).
    #[error(transparent)]
    Ks(KsError),
    /// The data range is too narrow for numpy to make the Sturges bins it asks for (the edges
    /// would not increase strictly; numpy raises "Too many bins for data range").
    #[error("the value range [{min}, {max}] is too narrow for {bins} histogram bins")]
    TooManyBins {
        /// Smallest value over both samples.
        min: f64,
        /// Largest value over both samples.
        max: f64,
        /// Number of bins Sturges' rule asked for.
        bins: usize,
    },
}

impl From<KsError> for DriftError {
    fn from(e: KsError) -> Self {
        match e {
            KsError::EmptySample(s) => DriftError::EmptySample(s),
            KsError::NotANumber { sample, index } => DriftError::NotANumber { sample, index },
            KsError::NotSorted { sample, index } => DriftError::NotSorted { sample, index },
            other @ KsError::InvalidStatistic(_) => DriftError::Ks(other),
        }
    }
}

/// A drift score: the statistic (or distance) and, for hypothesis tests, its p-value.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DriftScore {
    /// The statistic or distance.
    pub statistic: f64,
    /// The p-value; `None` for distances, which have none.
    pub p_value: Option<f64>,
}

/// KS statistic and Wasserstein-1 distance of two samples, from one merge.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct EcdfDistances {
    /// Two-sided KS statistic `D` (as `scipy.stats.ks_2samp` before its exact-path rounding);
    /// pass it to [`ks::ks_2samp_from_statistic`] for the p-value.
    pub ks_statistic: f64,
    /// Wasserstein-1 distance (`scipy.stats.wasserstein_distance`).
    pub wasserstein: f64,
}

fn validate_finite_sorted(values: &[f64], sample: Sample) -> Result<(), DriftError> {
    ks::validate_sorted(values, sample)?;
    // Sorted and NaN-free, so only the ends can be infinite.
    for index in [0, values.len() - 1] {
        if !values[index].is_finite() {
            return Err(DriftError::NonFinite {
                sample,
                index,
                value: values[index],
            });
        }
    }
    Ok(())
}

/// KS statistic and Wasserstein-1 of two sorted, finite samples in a single O(n1 + n2) pass.
///
/// Both ECDFs are compared right after each distinct value, as scipy does with
/// `searchsorted(side="right")`; W1 is `sum |F_ref - F_cur| * gap` over consecutive distinct
/// values, accumulated with compensated summation. About 7 ms of CPU for 1M + 1M values.
pub fn ecdf_distances(reference: &[f64], current: &[f64]) -> Result<EcdfDistances, DriftError> {
    validate_finite_sorted(reference, Sample::Reference)?;
    validate_finite_sorted(current, Sample::Current)?;
    let scan = ks::ecdf_scan(reference, current);
    Ok(EcdfDistances {
        ks_statistic: scan.ks_statistic,
        wasserstein: scan.l1_area,
    })
}

/// Wasserstein-1 distance between two sorted, finite samples
/// (`scipy.stats.wasserstein_distance(reference, current)`); 0 for identical samples.
pub fn wasserstein_distance(reference: &[f64], current: &[f64]) -> Result<f64, DriftError> {
    Ok(ecdf_distances(reference, current)?.wasserstein)
}

/// Population standard deviation (ddof = 0, numpy's `np.std`) of a finite sample: two passes,
/// pairwise sums. Errors name the reference sample, the one it is used on.
pub fn population_std(values: &[f64]) -> Result<f64, DriftError> {
    if values.is_empty() {
        return Err(DriftError::EmptySample(Sample::Reference));
    }
    if let Some(index) = values.iter().position(|v| !v.is_finite()) {
        return Err(non_finite(Sample::Reference, index, values[index]));
    }
    let (_, m2) = mean_and_m2(values);
    Ok((m2 / values.len() as f64).sqrt())
}

fn non_finite(sample: Sample, index: usize, value: f64) -> DriftError {
    if value.is_nan() {
        DriftError::NotANumber { sample, index }
    } else {
        DriftError::NonFinite {
            sample,
            index,
            value,
        }
    }
}

/// Evidently's normed Wasserstein distance: `W1 / max(std(reference), 0.001)` with the
/// population standard deviation; a pure location shift by `s` gives `s / std`. No p-value.
pub fn wasserstein_normed(reference: &[f64], current: &[f64]) -> Result<DriftScore, DriftError> {
    let w1 = wasserstein_distance(reference, current)?;
    let std = population_std(reference)?;
    Ok(DriftScore {
        statistic: w1 / std.max(WASSERSTEIN_MIN_NORM),
        p_value: None,
    })
}

// ---------------------------------------------------------------------------------------------
// Binning (Evidently `get_binned_data`).
// ---------------------------------------------------------------------------------------------

/// How a numerical column was binned for Jensen–Shannon / PSI.
#[derive(Debug, Clone, PartialEq)]
pub enum Bins {
    /// Sturges histogram over both samples: bin `k` is `[edges[k], edges[k + 1])`, the last bin
    /// also holds `edges[last]`.
    Histogram {
        /// Bin edges, strictly increasing, one more than the number of bins.
        edges: Vec<f64>,
    },
    /// One bin per distinct value over the union of both samples, ascending.
    Values {
        /// The distinct values.
        values: Vec<f64>,
    },
}

/// Per-bin proportions of both samples (counts / sample size), aligned by bin.
#[derive(Debug, Clone, PartialEq)]
pub struct BinnedProportions {
    /// The bins.
    pub bins: Bins,
    /// Reference proportions per bin.
    pub reference: Vec<f64>,
    /// Current proportions per bin.
    pub current: Vec<f64>,
}

/// Number of distinct values in a sorted sample (`pandas.Series.nunique` on NaN-free data).
pub fn count_distinct(sorted: &[f64]) -> usize {
    if sorted.is_empty() {
        return 0;
    }
    1 + sorted.windows(2).filter(|w| w[0] != w[1]).count()
}

/// Distinct values over both sorted samples and each sample's count per value.
pub fn distinct_value_counts(reference: &[f64], current: &[f64]) -> (Vec<f64>, Vec<u64>, Vec<u64>) {
    let (mut values, mut rc, mut cc) = (Vec::new(), Vec::new(), Vec::new());
    let (n1, n2) = (reference.len(), current.len());
    let (mut i, mut j) = (0usize, 0usize);
    while i < n1 || j < n2 {
        let v = if j >= n2 || (i < n1 && reference[i] <= current[j]) {
            reference[i]
        } else {
            current[j]
        };
        let (i0, j0) = (i, j);
        while i < n1 && reference[i] <= v {
            i += 1;
        }
        while j < n2 && current[j] <= v {
            j += 1;
        }
        values.push(v);
        rc.push((i - i0) as u64);
        cc.push((j - j0) as u64);
    }
    (values, rc, cc)
}

/// `np.histogram_bin_edges(concat(reference, current), bins="sturges")` for sorted, finite
/// samples: `ceil(range / (range / (log2(n) + 1)))` equal bins from `np.linspace`, the range
/// widened by 0.5 on each side when all values are equal. `integer_valued` reproduces numpy's
/// rule for integer dtypes (bin width at least 1); pass `true` for columns that pandas would
/// read as integers.
pub fn sturges_bin_edges(
    reference: &[f64],
    current: &[f64],
    integer_valued: bool,
) -> Result<Vec<f64>, DriftError> {
    validate_finite_sorted(reference, Sample::Reference)?;
    validate_finite_sorted(current, Sample::Current)?;
    let data_min = reference[0].min(current[0]);
    let data_max = reference[reference.len() - 1].max(current[current.len() - 1]);
    let (mut first, mut last) = (data_min, data_max);
    if first == last {
        first -= 0.5;
        last += 0.5;
    }
    let size = (reference.len() + current.len()) as f64;
    let mut width = (data_max - data_min) / (size.log2() + 1.0);
    let n_bins = if width != 0.0 {
        if integer_valued && width < 1.0 {
            width = 1.0;
        }
        ((last - first) / width).ceil() as usize
    } else {
        1
    };
    let edges = np_linspace(first, last, n_bins + 1);
    if edges.windows(2).any(|w| w[0] >= w[1]) {
        return Err(DriftError::TooManyBins {
            min: data_min,
            max: data_max,
            bins: n_bins,
        });
    }
    Ok(edges)
}

/// `np.linspace(start, stop, num, endpoint=True)` for num >= 2, operation for operation.
fn np_linspace(start: f64, stop: f64, num: usize) -> Vec<f64> {
    let div = (num - 1) as f64;
    let delta = stop - start;
    let step = delta / div;
    let mut y: Vec<f64> = (0..num)
        .map(|k| {
            let k = k as f64;
            if step == 0.0 {
                k / div * delta
            } else {
                k * step
            }
        })
        .map(|v| v + start)
        .collect();
    y[num - 1] = stop;
    y
}

/// Counts of a sorted sample per histogram bin, with `np.histogram`'s rule: bins are half-open
/// `[e_k, e_{k+1})` except the last, which is closed; values outside the edges are not counted.
pub fn histogram_counts(sorted: &[f64], edges: &[f64]) -> Vec<u64> {
    if edges.len() < 2 {
        return Vec::new();
    }
    let k = edges.len() - 1;
    let mut cum: Vec<usize> = edges[..k]
        .iter()
        .map(|&e| sorted.partition_point(|&x| x < e))
        .collect();
    cum.push(sorted.partition_point(|&x| x <= edges[k]));
    cum.windows(2).map(|w| (w[1] - w[0]) as u64).collect()
}

/// Evidently's `get_binned_data` for a numerical column (without its zero filling; see
/// [`fill_empty_bins`]): when the reference has more than 20 distinct values, a Sturges
/// histogram over both samples; otherwise one bin per distinct value of either sample.
/// Proportions are counts divided by each sample's size.
pub fn binned_proportions(
    reference: &[f64],
    current: &[f64],
    integer_valued: bool,
) -> Result<BinnedProportions, DriftError> {
    validate_finite_sorted(reference, Sample::Reference)?;
    validate_finite_sorted(current, Sample::Current)?;
    let (n1, n2) = (reference.len() as f64, current.len() as f64);
    if count_distinct(reference) > HISTOGRAM_MIN_REFERENCE_UNIQUES {
        let edges = sturges_bin_edges(reference, current, integer_valued)?;
        let proportions = |sample: &[f64], n: f64| -> Vec<f64> {
            histogram_counts(sample, &edges)
                .into_iter()
                .map(|c| c as f64 / n)
                .collect()
        };
        let (r, c) = (proportions(reference, n1), proportions(current, n2));
        Ok(BinnedProportions {
            bins: Bins::Histogram { edges },
            reference: r,
            current: c,
        })
    } else {
        let (values, rc, cc) = distinct_value_counts(reference, current);
        Ok(BinnedProportions {
            bins: Bins::Values { values },
            reference: rc.iter().map(|&c| c as f64 / n1).collect(),
            current: cc.iter().map(|&c| c as f64 / n2).collect(),
        })
    }
}

/// Evidently's categorical binning: each sample's count per category divided by its total.
/// Counts are aligned by index (the union of categories, in any fixed order). Categories with
/// zero count in both samples are left out of the result, as they are absent from Evidently's
/// union of observed keys (they would otherwise change PSI through [`fill_empty_bins`]).
pub fn category_proportions(
    reference_counts: &[u64],
    current_counts: &[u64],
) -> Result<(Vec<f64>, Vec<f64>), DriftError> {
    let (rt, ct) = count_totals(reference_counts, current_counts)?;
    Ok(reference_counts
        .iter()
        .zip(current_counts)
        .filter(|&(&r, &c)| r + c > 0)
        .map(|(&r, &c)| (r as f64 / rt as f64, c as f64 / ct as f64))
        .unzip())
}

fn count_totals(
    reference_counts: &[u64],
    current_counts: &[u64],
) -> Result<(u64, u64), DriftError> {
    if reference_counts.len() != current_counts.len() {
        return Err(DriftError::MismatchedBins {
            reference: reference_counts.len(),
            current: current_counts.len(),
        });
    }
    let rt: u64 = reference_counts.iter().sum();
    let ct: u64 = current_counts.iter().sum();
    if rt == 0 {
        return Err(DriftError::EmptySample(Sample::Reference));
    }
    if ct == 0 {
        return Err(DriftError::EmptySample(Sample::Current));
    }
    Ok((rt, ct))
}

/// Evidently's empty-bin rule for PSI and KL: zero proportions become `min_nonzero / 1e6` when
/// the smallest non-zero proportion is at most 0.0001, else 0.0001. All-zero input is returned
/// unchanged (Evidently raises on it; [`psi`] reports an error first).
pub fn fill_empty_bins(proportions: &[f64]) -> Vec<f64> {
    let min_nonzero = proportions
        .iter()
        .copied()
        .filter(|&p| p != 0.0)
        .fold(f64::INFINITY, f64::min);
    if min_nonzero.is_infinite() {
        return proportions.to_vec();
    }
    let fill = if min_nonzero <= 0.0001 {
        min_nonzero / 1e6
    } else {
        0.0001
    };
    proportions
        .iter()
        .map(|&p| if p == 0.0 { fill } else { p })
        .collect()
}

fn validate_proportions(reference: &[f64], current: &[f64]) -> Result<(), DriftError> {
    if reference.len() != current.len() {
        return Err(DriftError::MismatchedBins {
            reference: reference.len(),
            current: current.len(),
        });
    }
    for (sample, p) in [(Sample::Reference, reference), (Sample::Current, current)] {
        if p.is_empty() {
            return Err(DriftError::EmptySample(sample));
        }
        if let Some(index) = p.iter().position(|&x| !(x.is_finite() && x >= 0.0)) {
            return Err(DriftError::InvalidProportions { sample, index });
        }
        if p.iter().all(|&x| x == 0.0) {
            return Err(DriftError::InvalidProportions {
                sample,
                index: p.len(),
            });
        }
    }
    Ok(())
}

/// Jensen–Shannon distance with natural log (`scipy.spatial.distance.jensenshannon(p, q)`):
/// both vectors are normalised to sum 1, empty bins are *not* filled (Evidently passes
/// `feel_zeroes=False`). Ranges over `[0, sqrt(ln 2)]`. Where rounding makes the divergence a
/// hair below zero for near-identical inputs, scipy returns NaN; this returns 0.
pub fn jensen_shannon_distance(p: &[f64], q: &[f64]) -> Result<f64, DriftError> {
    validate_proportions(p, q)?;
    let (sp, sq) = (pairwise_sum(p), pairwise_sum(q));
    let pn: Vec<f64> = p.iter().map(|&x| x / sp).collect();
    let qn: Vec<f64> = q.iter().map(|&x| x / sq).collect();
    let m: Vec<f64> = pn.iter().zip(&qn).map(|(a, b)| (a + b) / 2.0).collect();
    let left = pairwise_sum_by(m.len(), |k| rel_entr(pn[k], m[k]));
    let right = pairwise_sum_by(m.len(), |k| rel_entr(qn[k], m[k]));
    let js = left + right;
    Ok((js / 2.0).max(0.0).sqrt())
}

/// scipy.special.rel_entr for non-negative finite x and y with y > 0 wherever x > 0.
fn rel_entr(x: f64, y: f64) -> f64 {
    if x > 0.0 && y > 0.0 {
        x * (x / y).ln()
    } else {
        0.0
    }
}

/// Population Stability Index as Evidently computes it:
/// `sum((r - c) * ln(r / c))` after [`fill_empty_bins`] on each side. No p-value.
pub fn psi(reference_proportions: &[f64], current_proportions: &[f64]) -> Result<f64, DriftError> {
    validate_proportions(reference_proportions, current_proportions)?;
    let r = fill_empty_bins(reference_proportions);
    let c = fill_empty_bins(current_proportions);
    Ok(pairwise_sum_by(r.len(), |k| {
        (r[k] - c[k]) * (r[k] / c[k]).ln()
    }))
}

// ---------------------------------------------------------------------------------------------
// Tests on category counts.
// ---------------------------------------------------------------------------------------------

fn chi2_sf(statistic: f64, dof: usize) -> f64 {
    if statistic.is_infinite() {
        return 0.0;
    }
    if statistic <= 0.0 {
        return 1.0;
    }
    match ChiSquared::new(dof as f64) {
        Ok(dist) => dist.sf(statistic).clamp(0.0, 1.0),
        Err(_) => 1.0, // dof == 0 never reaches here: callers return early.
    }
}

/// Two-sample chi-square test of homogeneity on the 2 x k table of counts
/// (`scipy.stats.chi2_contingency(table, correction=True)`): expected counts from the margins,
/// Yates' continuity correction when there is one degree of freedom (k = 2), p-value from
/// chi-square with k - 1 degrees of freedom. This is mlo's default chi-square.
///
/// Categories with zero count in both samples are dropped (scipy would raise on the zero
/// expected frequency); with fewer than two categories left the result is statistic 0, p 1.
pub fn chi_square_contingency(
    reference_counts: &[u64],
    current_counts: &[u64],
) -> Result<DriftScore, DriftError> {
    let (rt, ct) = count_totals(reference_counts, current_counts)?;
    let cols: Vec<(u64, u64)> = reference_counts
        .iter()
        .zip(current_counts)
        .map(|(&r, &c)| (r, c))
        .filter(|&(r, c)| r + c > 0)
        .collect();
    let k = cols.len();
    if k < 2 {
        return Ok(DriftScore {
            statistic: 0.0,
            p_value: Some(1.0),
        });
    }
    let total = (rt + ct) as f64;
    let dof = k - 1;
    // Row-major 2 x k, like scipy's flattened sum.
    let mut observed = Vec::with_capacity(2 * k);
    let mut expected = Vec::with_capacity(2 * k);
    for (row, row_total) in [(0, rt), (1, ct)] {
        for &(r, c) in &cols {
            observed.push(if row == 0 { r } else { c } as f64);
            // numpy multiplies the integer margins exactly, then divides in float64.
            expected.push((row_total as u128 * (r + c) as u128) as f64 / total);
        }
    }
    if dof == 1 {
        for (o, e) in observed.iter_mut().zip(&expected) {
            let diff = e - *o;
            let magnitude = diff.abs().min(0.5);
            *o += magnitude * sign(diff);
        }
    }
    let statistic = pairwise_sum_by(2 * k, |i| {
        let d = observed[i] - expected[i];
        d * d / expected[i]
    });
    Ok(DriftScore {
        statistic,
        p_value: Some(chi2_sf(statistic, dof)),
    })
}

fn sign(x: f64) -> f64 {
    if x > 0.0 {
        1.0
    } else if x < 0.0 {
        -1.0
    } else {
        0.0
    }
}

/// Evidently's chi-square (`--compat evidently`): a goodness-of-fit test of the current counts
/// against expected counts `reference_count * n_current / n_reference`
/// (`scipy.stats.chisquare(f_obs, f_exp)`), k - 1 degrees of freedom. It treats the reference
/// frequencies as exact, so with equal sample sizes its statistic is about twice the
/// homogeneity statistic and it flags drift that is not there; prefer
/// [`chi_square_contingency`].
///
/// Categories with zero count in both samples are dropped. A category seen only in the current
/// sample has expected count 0: the statistic is +infinity and the p-value 0, as in scipy.
/// With a single category the result is statistic 0, p 1 (scipy returns NaN for 0 degrees of
/// freedom, which Evidently reads as "no drift").
pub fn chi_square_goodness_of_fit(
    reference_counts: &[u64],
    current_counts: &[u64],
) -> Result<DriftScore, DriftError> {
    let (rt, ct) = count_totals(reference_counts, current_counts)?;
    let k_norm = ct as f64 / rt as f64;
    let cols: Vec<(u64, u64)> = reference_counts
        .iter()
        .zip(current_counts)
        .map(|(&r, &c)| (r, c))
        .filter(|&(r, c)| r + c > 0)
        .collect();
    let k = cols.len();
    if k < 2 {
        return Ok(DriftScore {
            statistic: 0.0,
            p_value: Some(1.0),
        });
    }
    if cols.iter().any(|&(r, _)| r == 0) {
        return Ok(DriftScore {
            statistic: f64::INFINITY,
            p_value: Some(0.0),
        });
    }
    let statistic = pairwise_sum_by(k, |i| {
        let (r, c) = cols[i];
        let expected = r as f64 * k_norm;
        let d = c as f64 - expected;
        d * d / expected
    });
    Ok(DriftScore {
        statistic,
        p_value: Some(chi2_sf(statistic, k - 1)),
    })
}

/// Evidently's pooled two-proportion Z test for binary (or few-valued) columns. Counts are
/// aligned by category and ordered as Evidently sorts the keys: the first category with a
/// non-zero count in either sample is encoded 0, every other category 1. Returns
/// `z = (p_ref - p_cur) / sqrt(P (1 - P) (1/n_ref + 1/n_cur))` and the two-sided p-value
/// `2 (1 - Phi(|z|))`, computed as `2 Phi(-|z|)` so small p-values keep their digits (Evidently
/// subtracts from 1 and loses them below about 1e-16, absolute).
///
/// When both samples hold one and the same single category the result is statistic 0, p 1
/// (Evidently's special case).
pub fn z_test_two_proportions(
    reference_counts: &[u64],
    current_counts: &[u64],
) -> Result<DriftScore, DriftError> {
    let (n1, n2) = count_totals(reference_counts, current_counts)?;
    let nonzero = |counts: &[u64]| -> Vec<usize> {
        counts
            .iter()
            .enumerate()
            .filter(|(_, c)| **c > 0)
            .map(|(i, _)| i)
            .collect()
    };
    let (ru, cu) = (nonzero(reference_counts), nonzero(current_counts));
    if ru.len() == 1 && cu.len() == 1 && ru[0] == cu[0] {
        return Ok(DriftScore {
            statistic: 0.0,
            p_value: Some(1.0),
        });
    }
    let first = reference_counts
        .iter()
        .zip(current_counts)
        .position(|(&r, &c)| r + c > 0)
        .unwrap_or(0);
    let ones1 = n1 - reference_counts[first];
    let ones2 = n2 - current_counts[first];
    let (nf1, nf2) = (n1 as f64, n2 as f64);
    let p1 = ones1 as f64 / nf1;
    let p2 = ones2 as f64 / nf2;
    let pooled = (p1 * nf1 + p2 * nf2) / (n1 + n2) as f64;
    let z = (p1 - p2) / (pooled * (1.0 - pooled) * (1.0 / nf1 + 1.0 / nf2)).sqrt();
    // pooled is strictly inside (0, 1) here: the first category is present somewhere and, the
    // special case aside, some other category is too.
    let normal = Normal::standard();
    let p_value = (2.0 * normal.cdf(-z.abs())).clamp(0.0, 1.0);
    Ok(DriftScore {
        statistic: z,
        p_value: Some(p_value),
    })
}

#[cfg(test)]
mod tests {
    use super::super::ks::tests::{assert_p_close, assert_stat_close, f, fixture, sorted_sample};
    use super::*;
    use serde_json::Value;

    fn floats(v: &Value) -> Vec<f64> {
        v.as_array().unwrap().iter().map(f).collect()
    }

    fn counts(v: &Value) -> Vec<u64> {
        v.as_array()
            .unwrap()
            .iter()
            .map(|x| x.as_u64().unwrap())
            .collect()
    }

    /// Proportion pairs as a sorted multiset (Evidently orders value bins by a Python set).
    fn pairs(r: &[f64], c: &[f64]) -> Vec<(f64, f64)> {
        let mut p: Vec<(f64, f64)> = r.iter().copied().zip(c.iter().copied()).collect();
        p.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.total_cmp(&b.1)));
        p
    }

    #[test]
    fn numeric_cases_match_scipy_and_evidently() {
        let fx = fixture();
        let cases = fx["numeric"].as_array().unwrap();
        assert!(cases.len() >= 30);
        for c in cases {
            let name = c["name"].as_str().unwrap();
            let a = sorted_sample(&c["reference"]);
            let b = sorted_sample(&c["current"]);
            let integer = c["integer"].as_bool().unwrap();

            let e = ecdf_distances(&a, &b).unwrap();
            assert_eq!(
                ks::ks_statistic(&a, &b).unwrap(),
                e.ks_statistic,
                "{name} D merge"
            );
            let ks = ks::ks_2samp_from_statistic(e.ks_statistic, a.len(), b.len()).unwrap();
            assert_stat_close(ks.statistic, f(&c["ks_statistic"]), &format!("{name} D"));
            assert_p_close(ks.p_value, f(&c["ks_pvalue"]), &format!("{name} KS p"));
            assert_stat_close(e.wasserstein, f(&c["wasserstein"]), &format!("{name} W1"));
            assert_stat_close(
                population_std(&a).unwrap(),
                f(&c["reference_std"]),
                &format!("{name} std"),
            );
            assert_eq!(
                count_distinct(&a),
                c["reference_uniques"].as_u64().unwrap() as usize
            );

            let binned = binned_proportions(&a, &b, integer).unwrap();
            match (&binned.bins, c["bins"].as_str().unwrap()) {
                (Bins::Histogram { edges }, "histogram") => {
                    assert_eq!(edges, &floats(&c["edges"]), "{name} edges");
                }
                (Bins::Values { values }, "values") => {
                    assert_eq!(values, &floats(&c["values"]), "{name} values");
                }
                (got, want) => panic!("{name}: got {got:?}, want {want} bins"),
            }

            let Some(ev) = c.get("evidently") else {
                continue;
            };
            if let (Some(rp), Some(cp)) = (
                ev.get("reference_proportions"),
                ev.get("current_proportions"),
            ) {
                let (rp, cp) = (floats(rp), floats(cp));
                let (got, want) = match binned.bins {
                    Bins::Histogram { .. } => (
                        binned
                            .reference
                            .iter()
                            .copied()
                            .zip(binned.current.clone())
                            .collect(),
                        rp.into_iter().zip(cp).collect::<Vec<_>>(),
                    ),
                    Bins::Values { .. } => {
                        (pairs(&binned.reference, &binned.current), pairs(&rp, &cp))
                    }
                };
                assert_eq!(got, want, "{name} proportions");
            }
            let wn = wasserstein_normed(&a, &b).unwrap();
            assert_eq!(wn.p_value, None);
            assert_stat_close(
                wn.statistic,
                f(&ev["wasserstein_normed"]),
                &format!("{name} W1 normed"),
            );
            let js = jensen_shannon_distance(&binned.reference, &binned.current).unwrap();
            assert_stat_close(js, f(&ev["jensenshannon"]), &format!("{name} JS"));
            let psi_value = psi(&binned.reference, &binned.current).unwrap();
            assert_stat_close(psi_value, f(&ev["psi"]), &format!("{name} PSI"));
        }
    }

    #[test]
    fn categorical_cases_match_scipy_and_evidently() {
        let fx = fixture();
        for c in fx["categorical"].as_array().unwrap() {
            let name = c["name"].as_str().unwrap();
            let rc = counts(&c["reference_counts"]);
            let cc = counts(&c["current_counts"]);

            let ct = chi_square_contingency(&rc, &cc).unwrap();
            assert_stat_close(
                ct.statistic,
                f(&c["contingency"]["statistic"]),
                &format!("{name} chi2"),
            );
            assert_p_close(
                ct.p_value.unwrap(),
                f(&c["contingency"]["pvalue"]),
                &format!("{name} chi2 p"),
            );

            let gof = chi_square_goodness_of_fit(&rc, &cc).unwrap();
            let want = &c["goodness_of_fit"];
            if want["pvalue"].as_str() == Some("nan") {
                // One category: scipy has 0 degrees of freedom and returns NaN.
                assert_eq!((gof.statistic, gof.p_value), (0.0, Some(1.0)), "{name}");
            } else {
                assert_stat_close(gof.statistic, f(&want["statistic"]), &format!("{name} gof"));
                assert_p_close(
                    gof.p_value.unwrap(),
                    f(&want["pvalue"]),
                    &format!("{name} gof p"),
                );
            }

            let z = z_test_two_proportions(&rc, &cc).unwrap();
            match c["z"]["statistic"].as_f64() {
                Some(zs) => {
                    assert_stat_close(z.statistic, zs, &format!("{name} z"));
                    let p = f(&c["z"]["pvalue_sf"]);
                    assert_p_close(z.p_value.unwrap(), p, &format!("{name} z p"));
                }
                None => assert_eq!((z.statistic, z.p_value), (0.0, Some(1.0)), "{name}"),
            }

            let (rp, cp) = category_proportions(&rc, &cc).unwrap();
            let js = jensen_shannon_distance(&rp, &cp).unwrap();
            assert_stat_close(
                js,
                f(&c["jensenshannon_scipy"]),
                &format!("{name} JS scipy"),
            );

            let Some(ev) = c.get("evidently") else {
                continue;
            };
            assert_stat_close(js, f(&ev["jensenshannon"]), &format!("{name} JS evidently"));
            let psi_value = psi(&rp, &cp).unwrap();
            assert_stat_close(psi_value, f(&ev["psi"]), &format!("{name} PSI evidently"));
            let ev_gof = f(&ev["chisquare_pvalue"]);
            if !ev_gof.is_nan() {
                assert_p_close(
                    gof.p_value.unwrap(),
                    ev_gof,
                    &format!("{name} gof evidently"),
                );
            }
            assert_p_close(
                z.p_value.unwrap(),
                f(&ev["z_pvalue"]),
                &format!("{name} z evidently"),
            );
        }
    }

    #[test]
    fn location_shift_gives_shift_over_sigma() {
        let a: Vec<f64> = (0..1000).map(|i| i as f64 / 10.0).collect();
        let b: Vec<f64> = a.iter().map(|x| x + 2.5).collect();
        let w = wasserstein_normed(&a, &b).unwrap().statistic;
        let std = population_std(&a).unwrap();
        assert!((w - 2.5 / std).abs() < 1e-12 * w, "{w}");
    }

    #[test]
    fn degenerate_inputs_have_documented_results() {
        // Constant reference: Evidently's 0.001 floor.
        let w = wasserstein_normed(&[1.0; 4], &[1.0, 1.0, 1.0, 2.0]).unwrap();
        assert!((w.statistic - 0.25 / 0.001).abs() < 1e-9);
        // Identical samples: every distance 0.
        let x = [1.0, 2.0, 2.0, 3.0];
        let e = ecdf_distances(&x, &x).unwrap();
        assert_eq!((e.ks_statistic, e.wasserstein), (0.0, 0.0));
        let b = binned_proportions(&x, &x, false).unwrap();
        assert_eq!(
            jensen_shannon_distance(&b.reference, &b.current).unwrap(),
            0.0
        );
        assert_eq!(psi(&b.reference, &b.current).unwrap(), 0.0);
        // A new category in the current sample: infinite GOF statistic, p = 0.
        let g = chi_square_goodness_of_fit(&[5, 0], &[3, 2]).unwrap();
        assert_eq!((g.statistic, g.p_value), (f64::INFINITY, Some(0.0)));
        // A single category: nothing to test.
        let s = chi_square_contingency(&[5, 0], &[3, 0]).unwrap();
        assert_eq!((s.statistic, s.p_value), (0.0, Some(1.0)));
        // Categories absent from both samples are dropped, as Evidently never sees them.
        assert_eq!(
            category_proportions(&[2, 0, 2], &[1, 0, 3]).unwrap(),
            (vec![0.5, 0.5], vec![0.25, 0.75])
        );
    }

    #[test]
    fn bad_inputs_are_errors() {
        assert_eq!(
            ecdf_distances(&[], &[1.0]),
            Err(DriftError::EmptySample(Sample::Reference))
        );
        assert_eq!(
            wasserstein_distance(&[1.0, f64::INFINITY], &[1.0]),
            Err(DriftError::NonFinite {
                sample: Sample::Reference,
                index: 1,
                value: f64::INFINITY
            })
        );
        assert_eq!(
            wasserstein_distance(&[1.0], &[3.0, 2.0]),
            Err(DriftError::NotSorted {
                sample: Sample::Current,
                index: 0
            })
        );
        assert_eq!(
            binned_proportions(&[1.0, f64::NAN], &[1.0], false),
            Err(DriftError::NotANumber {
                sample: Sample::Reference,
                index: 1
            })
        );
        assert_eq!(
            chi_square_contingency(&[1, 2], &[1]),
            Err(DriftError::MismatchedBins {
                reference: 2,
                current: 1
            })
        );
        assert_eq!(
            z_test_two_proportions(&[0, 0], &[1, 1]),
            Err(DriftError::EmptySample(Sample::Reference))
        );
        assert_eq!(
            jensen_shannon_distance(&[0.5, -0.1], &[0.5, 0.5]),
            Err(DriftError::InvalidProportions {
                sample: Sample::Reference,
                index: 1
            })
        );
        assert_eq!(
            psi(&[0.0, 0.0], &[0.5, 0.5]),
            Err(DriftError::InvalidProportions {
                sample: Sample::Reference,
                index: 2
            })
        );
        // 64 values in {1e16, 1e16 + 2}: Sturges asks for 7 bins, but doubles near 1e16 are 2
        // apart, so the edges cannot increase strictly.
        let a: Vec<f64> = (0..64)
            .map(|i| if i < 32 { 1e16 } else { 1e16 + 2.0 })
            .collect();
        assert!(matches!(
            sturges_bin_edges(&a, &a, false),
            Err(DriftError::TooManyBins { .. })
        ));
    }

    #[test]
    fn histogram_counts_close_the_last_bin() {
        let edges = [0.0, 1.0, 2.0];
        assert_eq!(
            histogram_counts(&[-1.0, 0.0, 0.5, 1.0, 2.0, 3.0], &edges),
            vec![2, 2]
        );
    }
}
