//! Core types of the A/B statistics: the per-arm summaries a streaming reader accumulates
//! (conversion counts, sums and sums of squares), the error enum shared by every `ab*` module,
//! and the helpers the unit tests share (fixture loading, tolerance checks).
//!
//! The statistics themselves live in siblings: `ab_binary.rs` (z-test, Wald, chi-square,
//! Fisher, Cohen's h), `ab_continuous.rs` (Welch, Student, Cohen's d, Mann–Whitney),
//! `ab_checks.rs` (sample-ratio mismatch, multiple-testing corrections), `ab_gbstats.rs` and
//! `ab_cuped.rs` (GrowthBook's relative-lift t-test, sequential, Bayesian and CUPED),
//! `power.rs` (planning) and `special.rs` (distribution functions). Conventions for all of
//! them: arguments are `(control, treatment)`, effects are treatment minus control, `alpha` is
//! two-sided, and degenerate input (an empty arm, zero variance, no variation at all, negative
//! counts) is an [`AbError`] or a finite result documented on the function — never a NaN.
//! Every reference value is checked in unit tests to 1e-9 relative against fixtures from
//! `scripts/make_ab_fixtures.py` (scipy, statsmodels) and `scripts/make_gbstats_fixtures.py`
//! (gbstats 0.8.0). Called by the `mlo ab` domain code.

use std::fmt;

use super::summary::{covariance_of_sums, mean_and_m2, mean_of_sums};

/// Which side of a two-arm comparison a value belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Arm {
    /// The baseline ("A").
    Control,
    /// The variant being evaluated ("B").
    Treatment,
}

impl fmt::Display for Arm {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Arm::Control => "control",
            Arm::Treatment => "treatment",
        })
    }
}

/// Why a statistic cannot be computed from the given input.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum AbError {
    /// An arm has no units at all.
    #[error("the {arm} arm has no units")]
    EmptyArm {
        /// The empty arm.
        arm: Arm,
    },
    /// An arm has fewer units than the statistic needs (a variance needs two).
    #[error("the {arm} arm has {n} unit(s); this statistic needs at least {needed}")]
    TooFewUnits {
        /// The arm that is too small.
        arm: Arm,
        /// Its number of units.
        n: u64,
        /// The minimum the statistic needs.
        needed: u64,
    },
    /// A group of a k-group input (contingency table row, SRM arm) is empty.
    #[error("group {index} has no units")]
    EmptyGroup {
        /// Zero-based index of the group.
        index: usize,
    },
    /// No unit was observed in any group.
    #[error("no units were observed in any group")]
    NoUnits,
    /// A count given as a signed number is negative.
    #[error("{what} is negative ({value})")]
    NegativeCount {
        /// Which count.
        what: &'static str,
        /// The offending value.
        value: i64,
    },
    /// More successes than units.
    #[error("{successes} successes exceed {n} units")]
    SuccessesExceedUnits {
        /// Successes given.
        successes: u64,
        /// Units given.
        n: u64,
    },
    /// An input value is NaN or infinite.
    #[error("{what} is not a finite number")]
    NonFinite {
        /// Which input.
        what: &'static str,
    },
    /// The metric has zero (or, from rounding, negative) variance in one arm, and the
    /// statistic needs both arms to vary.
    #[error("the metric has zero variance in the {arm} arm")]
    ZeroVariance {
        /// The arm without variance.
        arm: Arm,
    },
    /// Every unit has the same outcome (within each arm, or overall), so the test statistic
    /// is 0/0.
    #[error("the metric does not vary within the arms, so the test is undefined")]
    NoVariation,
    /// The control mean is zero, so a relative effect (lift) is undefined.
    #[error("the control mean is zero, so a relative effect is undefined")]
    ZeroBaseline,
    /// A parameter is outside its domain.
    #[error("invalid {name} {value}: {expected}")]
    InvalidParameter {
        /// Parameter name.
        name: &'static str,
        /// The value given.
        value: f64,
        /// What was expected.
        expected: &'static str,
    },
    /// Two inputs that must have the same length do not.
    #[error("{what}: expected {expected} values, got {got}")]
    LengthMismatch {
        /// Which inputs.
        what: &'static str,
        /// Expected length.
        expected: usize,
        /// Actual length.
        got: usize,
    },
    /// The two arms summarize the metric differently (binary in one, continuous in the other).
    #[error("the arms summarize the metric differently (binary in one, continuous in the other)")]
    MixedKinds,
    /// A k-group input has too few groups.
    #[error("need at least {needed} groups, got {got}")]
    TooFewGroups {
        /// Minimum number of groups.
        needed: usize,
        /// Groups given.
        got: usize,
    },
}

/// Checks that `alpha` is a usable two-sided significance level.
pub(crate) fn check_alpha(alpha: f64) -> Result<(), AbError> {
    if alpha > 0.0 && alpha < 1.0 {
        Ok(())
    } else {
        Err(AbError::InvalidParameter {
            name: "alpha",
            value: alpha,
            expected: "a level strictly between 0 and 1",
        })
    }
}

/// A closed interval `[lower, upper]`, e.g. a confidence interval.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Interval {
    /// Lower bound.
    pub lower: f64,
    /// Upper bound.
    pub upper: f64,
}

impl Interval {
    /// The interval `center ± half_width`.
    pub fn around(center: f64, half_width: f64) -> Self {
        Self {
            lower: center - half_width,
            upper: center + half_width,
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Arm summaries
// ---------------------------------------------------------------------------------------------

/// Conversions of one arm: `successes` out of `n` units. Accumulate with [`Proportion::push`]
/// while streaming, or build from counts with [`Proportion::new`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Proportion {
    /// Units that converted.
    pub successes: u64,
    /// Units in the arm.
    pub n: u64,
}

impl Proportion {
    /// Counts of one arm; errors when `successes > n`.
    pub fn new(successes: u64, n: u64) -> Result<Self, AbError> {
        if successes > n {
            return Err(AbError::SuccessesExceedUnits { successes, n });
        }
        Ok(Self { successes, n })
    }

    /// Counts given as signed numbers (as parsed from `--counts A=1000/10000`); errors on a
    /// negative count.
    pub fn from_signed(successes: i64, n: i64) -> Result<Self, AbError> {
        if successes < 0 {
            return Err(AbError::NegativeCount {
                what: "successes",
                value: successes,
            });
        }
        if n < 0 {
            return Err(AbError::NegativeCount {
                what: "units",
                value: n,
            });
        }
        Self::new(successes as u64, n as u64)
    }

    /// Adds one unit.
    pub fn push(&mut self, converted: bool) {
        self.n += 1;
        self.successes += u64::from(converted);
    }

    /// Adds another partial count of the same arm (e.g. from another chunk).
    pub fn merge(&mut self, other: &Proportion) {
        self.n += other.n;
        self.successes += other.successes;
    }

    /// The conversion rate `successes / n`; 0 for an empty arm.
    pub fn rate(&self) -> f64 {
        if self.n == 0 {
            0.0
        } else {
            self.successes as f64 / self.n as f64
        }
    }

    /// Units that did not convert.
    pub fn failures(&self) -> u64 {
        self.n - self.successes
    }
}

/// Sufficient statistics of a continuous metric in one arm: count, sum and sum of squares.
/// This is what GrowthBook's engine consumes (`SampleMeanStatistic`), and what a reader
/// streaming millions of rows accumulates with [`MeanSums::push`].
///
/// The variance `(Σx² − (Σx)²/n)/(n − 1)` loses relative precision of about
/// `ε · mean² / variance`; for metrics whose mean is not many orders of magnitude above their
/// standard deviation this stays far below 1e-9.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct MeanSums {
    /// Number of units.
    pub n: u64,
    /// Σ x.
    pub sum: f64,
    /// Σ x².
    pub sum_squares: f64,
}

impl MeanSums {
    /// Sums given directly; errors on a non-finite sum or a negative sum of squares.
    pub fn new(n: u64, sum: f64, sum_squares: f64) -> Result<Self, AbError> {
        if !sum.is_finite() {
            return Err(AbError::NonFinite { what: "sum" });
        }
        if !sum_squares.is_finite() {
            return Err(AbError::NonFinite {
                what: "sum of squares",
            });
        }
        if sum_squares < 0.0 {
            return Err(AbError::InvalidParameter {
                name: "sum of squares",
                value: sum_squares,
                expected: "a non-negative number",
            });
        }
        Ok(Self {
            n,
            sum,
            sum_squares,
        })
    }

    /// Sums of a slice of values.
    pub fn from_values(values: &[f64]) -> Result<Self, AbError> {
        let mut sums = Self::default();
        for &x in values {
            if !x.is_finite() {
                return Err(AbError::NonFinite {
                    what: "metric value",
                });
            }
            sums.push(x);
        }
        Ok(sums)
    }

    /// Adds one value (the caller rejects non-finite values before).
    pub fn push(&mut self, x: f64) {
        self.n += 1;
        self.sum += x;
        self.sum_squares += x * x;
    }

    /// Adds another partial sum of the same arm.
    pub fn merge(&mut self, other: &MeanSums) {
        self.n += other.n;
        self.sum += other.sum;
        self.sum_squares += other.sum_squares;
    }

    /// The mean; 0 for an empty arm (as gbstats).
    pub fn mean(&self) -> f64 {
        mean_of_sums(self.n, self.sum)
    }

    /// The sample variance (ddof = 1) by gbstats' formula; 0 when n ≤ 1 (as gbstats).
    /// Negative rounding residue is returned as is, so callers can treat it as zero variance.
    pub fn variance(&self) -> f64 {
        covariance_of_sums(self.n, self.sum_squares, self.sum, self.sum)
    }

    /// Count, mean and sample variance.
    pub fn moments(&self) -> SampleMoments {
        SampleMoments {
            n: self.n,
            mean: self.mean(),
            variance: self.variance(),
        }
    }
}

/// Count, mean and sample variance (ddof = 1) of one arm — the inputs of scipy's
/// `ttest_ind_from_stats` (which takes the standard deviation instead).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SampleMoments {
    /// Number of units.
    pub n: u64,
    /// Sample mean.
    pub mean: f64,
    /// Sample variance with ddof = 1.
    pub variance: f64,
}

impl SampleMoments {
    /// Moments given directly; errors on a non-finite mean or a negative or non-finite
    /// variance.
    pub fn new(n: u64, mean: f64, variance: f64) -> Result<Self, AbError> {
        if !mean.is_finite() {
            return Err(AbError::NonFinite { what: "mean" });
        }
        if !variance.is_finite() || variance < 0.0 {
            return Err(AbError::InvalidParameter {
                name: "variance",
                value: variance,
                expected: "a finite non-negative number",
            });
        }
        Ok(Self { n, mean, variance })
    }

    /// Two-pass moments of raw values (numpy's `mean` and `var(ddof=1)`, pairwise sums).
    pub fn from_values(values: &[f64]) -> Result<Self, AbError> {
        if values.iter().any(|x| !x.is_finite()) {
            return Err(AbError::NonFinite {
                what: "metric value",
            });
        }
        let n = values.len();
        if n == 0 {
            return Ok(Self {
                n: 0,
                mean: 0.0,
                variance: 0.0,
            });
        }
        let (mean, m2) = mean_and_m2(values);
        let variance = if n < 2 { 0.0 } else { m2 / (n - 1) as f64 };
        Ok(Self {
            n: n as u64,
            mean,
            variance,
        })
    }

    /// Sample standard deviation.
    pub fn std_dev(&self) -> f64 {
        self.variance.max(0.0).sqrt()
    }
}

/// How a metric is summarized: binary (conversion, 0/1 per unit) or continuous. The kind
/// decides the variance formula where gbstats needs one (`ProportionStatistic` vs
/// `SampleMeanStatistic`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MetricKind {
    /// 0/1 outcomes; variance `p(1 − p)`.
    Binary,
    /// Real-valued outcomes; sample variance with ddof = 1.
    Continuous,
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use serde_json::Value;

    /// The fixture written by `scripts/make_ab_fixtures.py` (scipy / statsmodels reference
    /// values).
    pub(crate) const AB_CASES: &str = include_str!("../../tests/fixtures/stats/ab_cases.json");

    /// Relative agreement within 1e-9, with an absolute floor `abs_floor` for values near 0
    /// (p-values and effects that are 0 up to rounding).
    #[track_caller]
    pub(crate) fn assert_close(actual: f64, expected: f64, abs_floor: f64, what: &str) {
        let tol = 1e-9 * expected.abs() + abs_floor;
        assert!(
            (actual - expected).abs() <= tol || (actual == expected),
            "{what}: got {actual:e}, expected {expected:e} (diff {:e}, tol {tol:e})",
            (actual - expected).abs()
        );
    }

    pub(crate) fn f(v: &Value, key: &str) -> f64 {
        v[key]
            .as_f64()
            .unwrap_or_else(|| panic!("missing number `{key}` in {v}"))
    }

    pub(crate) fn u(v: &Value, key: &str) -> u64 {
        v[key]
            .as_u64()
            .unwrap_or_else(|| panic!("missing count `{key}` in {v}"))
    }

    pub(crate) fn floats(v: &Value) -> Vec<f64> {
        v.as_array()
            .expect("array")
            .iter()
            .map(|x| x.as_f64().expect("number"))
            .collect()
    }

    pub(crate) fn cases() -> Value {
        serde_json::from_str(AB_CASES).expect("ab_cases.json parses")
    }

    /// Absolute floor for p-values: scipy and statsmodels differ from us by rounding in the
    /// last bits of 1 − p, which is ~1e-16 absolute.
    pub(crate) const P_FLOOR: f64 = 1e-15;

    #[test]
    fn invalid_summaries_are_errors() {
        assert_eq!(
            Proportion::from_signed(-1, 10),
            Err(AbError::NegativeCount {
                what: "successes",
                value: -1
            })
        );
        assert_eq!(
            Proportion::from_signed(1, -10),
            Err(AbError::NegativeCount {
                what: "units",
                value: -10
            })
        );
        assert_eq!(
            Proportion::new(11, 10),
            Err(AbError::SuccessesExceedUnits {
                successes: 11,
                n: 10
            })
        );
        assert!(SampleMoments::new(5, f64::NAN, 1.0).is_err());
        assert!(SampleMoments::new(5, 1.0, -1.0).is_err());
        assert!(MeanSums::from_values(&[1.0, f64::INFINITY]).is_err());
        assert!(MeanSums::new(3, 1.0, -2.0).is_err());
        assert!(
            check_alpha(0.0).is_err() && check_alpha(1.0).is_err() && check_alpha(0.05).is_ok()
        );
    }

    #[test]
    fn streaming_sums_merge_like_one_pass() {
        let values: Vec<f64> = (0..1000)
            .map(|i| (i as f64 * 0.37).sin() * 10.0 + 50.0)
            .collect();
        let whole = MeanSums::from_values(&values).unwrap();
        let mut left = MeanSums::from_values(&values[..400]).unwrap();
        left.merge(&MeanSums::from_values(&values[400..]).unwrap());
        assert_eq!(left.n, whole.n);
        assert_close(left.mean(), whole.mean(), 0.0, "mean");
        assert_close(left.variance(), whole.variance(), 0.0, "variance");
        let two_pass = SampleMoments::from_values(&values).unwrap();
        assert_close(
            whole.variance(),
            two_pass.variance,
            0.0,
            "sums vs two-pass variance",
        );
        let mut p = Proportion::default();
        for i in 0..10 {
            p.push(i % 3 == 0);
        }
        assert_eq!(
            p,
            Proportion {
                successes: 4,
                n: 10
            }
        );
    }
}
