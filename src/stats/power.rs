//! Planning an A/B test: the sample size per arm needed to detect a minimum effect, and the
//! power a given sample size achieves — for conversion rates (normal test on Cohen's h, as
//! statsmodels `NormalIndPower` with `proportion_effectsize`) and for means (two-sample t-test
//! on Cohen's d, as `tt_ind_solve_power`). Two-sided tests throughout.
//!
//! Sizes are solved to machine precision (bisection on the exact power function), so they
//! match the exact root of statsmodels' power equation to ~1e-12; statsmodels' own
//! `solve_power` stops at its root-finder tolerance (`xtol = 1e-5` on nobs, ~1e-8 relative).
//! With more than two arms each treatment is compared with control at a Bonferroni-adjusted
//! level `alpha / (arms − 1)`, which keeps the family-wise error rate at `alpha`.
//!
//! Invariants: inputs are validated into [`PlanError`]s, so results are finite. Called by the
//! `mlo ab plan` domain code; tests check against `tests/fixtures/stats/ab_cases.json`.

use super::ab_binary::cohens_h_from_rates;
use super::special::{nct_cdf, nct_sf, norm_cdf, norm_isf, norm_ppf, norm_sf, t_isf, t_ppf};

/// Why a plan cannot be computed.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum PlanError {
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
    /// The minimum detectable effect is zero, which no sample size can detect.
    #[error("the minimum detectable effect is zero")]
    ZeroEffect,
    /// Baseline plus effect is not a rate in [0, 1].
    #[error("baseline {baseline} with the effect gives rate {rate}, outside [0, 1]")]
    RateOutOfRange {
        /// Baseline rate.
        baseline: f64,
        /// The treatment rate implied by the effect.
        rate: f64,
    },
    /// The power equation has no root in the admissible range: the effect is so large that
    /// a t-test with two control units already exceeds the requested power.
    #[error("the effect is detectable with power {power} by fewer than two units per arm")]
    NoSolution {
        /// Requested power.
        power: f64,
    },
}

/// A minimum detectable effect.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Mde {
    /// Treatment minus control, in the metric's unit (a rate difference for conversions).
    Absolute(f64),
    /// Relative to the control baseline (0.1 = +10%).
    Relative(f64),
}

fn invalid(name: &'static str, value: f64, expected: &'static str) -> PlanError {
    PlanError::InvalidParameter {
        name,
        value,
        expected,
    }
}

fn check_common(alpha: f64, ratio: f64) -> Result<(), PlanError> {
    if !(alpha > 0.0 && alpha < 1.0) {
        return Err(invalid("alpha", alpha, "a level strictly between 0 and 1"));
    }
    if !(ratio.is_finite() && ratio > 0.0) {
        return Err(invalid(
            "ratio",
            ratio,
            "a positive treatment-to-control size ratio",
        ));
    }
    Ok(())
}

fn check_effect(effect_size: f64) -> Result<f64, PlanError> {
    if !effect_size.is_finite() {
        return Err(invalid("effect size", effect_size, "a finite number"));
    }
    if effect_size == 0.0 {
        return Err(PlanError::ZeroEffect);
    }
    Ok(effect_size.abs())
}

fn check_size(nobs1: f64) -> Result<(), PlanError> {
    if nobs1.is_finite() && nobs1 > 0.0 {
        Ok(())
    } else {
        Err(invalid("control size", nobs1, "a positive number of units"))
    }
}

/// Effective sample size `1/(1/n₁ + 1/n₂)` with `n₂ = ratio · n₁`, as statsmodels forms it.
fn effective_nobs(nobs1: f64, ratio: f64) -> f64 {
    1.0 / (1.0 / nobs1 + 1.0 / (nobs1 * ratio))
}

/// The two tests the planner sizes for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Test {
    /// Two-sample z-test (statsmodels `NormalIndPower`).
    Normal,
    /// Two-sample t-test with pooled variance (statsmodels `TTestIndPower`).
    T,
}

impl Test {
    /// Power at control size `nobs1` for an effect `d` ≥ 0, inputs already checked.
    fn power_unchecked(self, d: f64, nobs1: f64, alpha: f64, ratio: f64) -> f64 {
        match self {
            Test::Normal => normal_power_unchecked(d, nobs1, alpha, ratio),
            Test::T => ttest_power_unchecked(d, nobs1, alpha, ratio),
        }
    }

    /// Power at control size `nobs1`; the sign of the effect does not matter.
    fn power(self, effect_size: f64, nobs1: f64, alpha: f64, ratio: f64) -> Result<f64, PlanError> {
        check_common(alpha, ratio)?;
        check_size(nobs1)?;
        if !effect_size.is_finite() {
            return Err(invalid("effect size", effect_size, "a finite number"));
        }
        if self == Test::T && nobs1 * (1.0 + ratio) - 2.0 <= 0.0 {
            return Err(invalid(
                "control size",
                nobs1,
                "enough units for a positive t-test df",
            ));
        }
        Ok(self.power_unchecked(effect_size.abs(), nobs1, alpha, ratio))
    }

    /// The control size n₁ (fractional) at which [`Test::power`] equals `power`.
    fn sample_size(
        self,
        effect_size: f64,
        alpha: f64,
        power: f64,
        ratio: f64,
    ) -> Result<f64, PlanError> {
        check_common(alpha, ratio)?;
        let d = check_effect(effect_size)?;
        check_power(power, alpha)?;
        let closed_form = closed_form_size(d, alpha, power, ratio);
        let (guess, min_size) = match self {
            Test::Normal => (closed_form, 0.0),
            // Like statsmodels (whose search starts at nobs1 = 2), sizes below two control
            // units are not considered: a t-test needs a variance in each arm.
            Test::T => (closed_form + 1.0, MIN_TTEST_CONTROL_SIZE),
        };
        solve_size(
            |n| self.power_unchecked(d, n, alpha, ratio),
            power,
            guess,
            min_size,
        )
        .ok_or(PlanError::NoSolution { power })
    }
}

/// Power of the two-sided two-sample z-test, statsmodels
/// `NormalIndPower().power(effect_size, nobs1, alpha, ratio)`: with n = 1/(1/n₁ + 1/n₂),
/// `1 − Φ(z_{1−α/2} − d√n) + Φ(z_{α/2} − d√n)`. The sign of the effect does not matter.
pub fn normal_power(
    effect_size: f64,
    nobs1: f64,
    alpha: f64,
    ratio: f64,
) -> Result<f64, PlanError> {
    Test::Normal.power(effect_size, nobs1, alpha, ratio)
}

fn normal_power_unchecked(d: f64, nobs1: f64, alpha: f64, ratio: f64) -> f64 {
    let shift = d * effective_nobs(nobs1, ratio).sqrt();
    norm_sf(norm_isf(alpha / 2.0) - shift) + norm_cdf(norm_ppf(alpha / 2.0) - shift)
}

/// Power of the two-sided two-sample t-test with pooled variance, statsmodels
/// `TTestIndPower().power(effect_size, nobs1, alpha, ratio)`: df = n₁ + n₂ − 2, noncentrality
/// d·√n, power `P(T' > t_{1−α/2}) + P(T' < t_{α/2})` under the noncentral t. Errors also when
/// the arms are too small for a t-test (df ≤ 0).
pub fn ttest_power(effect_size: f64, nobs1: f64, alpha: f64, ratio: f64) -> Result<f64, PlanError> {
    Test::T.power(effect_size, nobs1, alpha, ratio)
}

fn ttest_power_unchecked(d: f64, nobs1: f64, alpha: f64, ratio: f64) -> f64 {
    let df = nobs1 - 1.0 + nobs1 * ratio - 1.0;
    let nc = d * effective_nobs(nobs1, ratio).sqrt();
    nct_sf(t_isf(alpha / 2.0, df), df, nc) + nct_cdf(t_ppf(alpha / 2.0, df), df, nc)
}

fn check_power(power: f64, alpha: f64) -> Result<(), PlanError> {
    if power > alpha && power < 1.0 {
        Ok(())
    } else {
        Err(invalid(
            "power",
            power,
            "a probability above alpha and below 1",
        ))
    }
}

/// Control-arm size n₁ (fractional) at which [`normal_power`] equals `power` — the exact root
/// of statsmodels' `NormalIndPower` power equation (`solve_power(effect_size, alpha=…,
/// power=…, ratio=…)` returns it to its root-finder tolerance). The treatment arm needs
/// `ratio · n₁`. Errors: zero or non-finite effect, power not in (alpha, 1), invalid alpha or
/// ratio.
pub fn normal_sample_size(
    effect_size: f64,
    alpha: f64,
    power: f64,
    ratio: f64,
) -> Result<f64, PlanError> {
    Test::Normal.sample_size(effect_size, alpha, power, ratio)
}

/// Smallest control size the t-test planner considers.
const MIN_TTEST_CONTROL_SIZE: f64 = 2.0;

/// Control-arm size n₁ (fractional) at which [`ttest_power`] equals `power` — the exact root of
/// statsmodels' `tt_ind_solve_power` equation. Errors as [`normal_sample_size`], plus
/// [`PlanError::NoSolution`] when two control units already exceed the requested power.
pub fn ttest_sample_size(
    effect_size: f64,
    alpha: f64,
    power: f64,
    ratio: f64,
) -> Result<f64, PlanError> {
    Test::T.sample_size(effect_size, alpha, power, ratio)
}

/// The normal-approximation size `((z_{1−α/2} + z_{power})/d)² (1 + 1/ratio)`, ignoring the
/// far rejection tail: a starting point for the exact solve.
fn closed_form_size(d: f64, alpha: f64, power: f64, ratio: f64) -> f64 {
    let z = norm_isf(alpha / 2.0) + norm_ppf(power);
    (z / d).powi(2) * (1.0 + 1.0 / ratio)
}

/// Solves `power_at(n) = target` for n ≥ `min_size` (power increasing in n): bracket by
/// doubling and halving from `guess`, then bisect to adjacent floats. None when even
/// `min_size` already exceeds the target power.
fn solve_size(
    power_at: impl Fn(f64) -> f64,
    target: f64,
    guess: f64,
    min_size: f64,
) -> Option<f64> {
    if min_size > 0.0 && power_at(min_size) >= target {
        return None;
    }
    let mut lo = guess.max(min_size).max(f64::MIN_POSITIVE);
    let mut hi = lo;
    while power_at(hi) < target {
        lo = hi;
        hi *= 2.0;
        if !hi.is_finite() {
            return None;
        }
    }
    while power_at(lo) >= target {
        hi = lo;
        lo = (lo / 2.0).max(min_size);
        if lo <= f64::MIN_POSITIVE {
            return None;
        }
    }
    for _ in 0..200 {
        let mid = 0.5 * (lo + hi);
        if mid <= lo || mid >= hi {
            break;
        }
        if power_at(mid) < target {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    // Of the two adjacent candidates, the one whose power is closer to the target.
    Some(
        if (power_at(lo) - target).abs() < (power_at(hi) - target).abs() {
            lo
        } else {
            hi
        },
    )
}

/// What to plan for a conversion metric.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ProportionPlanOptions {
    /// Control conversion rate, in (0, 1).
    pub baseline: f64,
    /// Minimum detectable effect on the rate.
    pub mde: Mde,
    /// Family-wise two-sided significance level.
    pub alpha: f64,
    /// Desired power for each treatment-vs-control comparison.
    pub power: f64,
    /// Units in each treatment arm per unit in control (1 = equal split).
    pub ratio: f64,
    /// Number of arms including control (2 for a classic A/B test).
    pub arms: usize,
}

/// What to plan for a continuous metric.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MeanPlanOptions {
    /// Control mean (needed for a relative MDE).
    pub baseline_mean: f64,
    /// Per-unit standard deviation of the metric.
    pub std_dev: f64,
    /// Minimum detectable effect on the mean.
    pub mde: Mde,
    /// Family-wise two-sided significance level.
    pub alpha: f64,
    /// Desired power for each treatment-vs-control comparison.
    pub power: f64,
    /// Units in each treatment arm per unit in control (1 = equal split).
    pub ratio: f64,
    /// Number of arms including control.
    pub arms: usize,
}

/// A sample-size plan.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PlanOutcome {
    /// Standardized effect: |Cohen's h| for rates, |Cohen's d| for means.
    pub effect_size: f64,
    /// Level used for each comparison: `alpha / (arms − 1)` (Bonferroni).
    pub alpha_per_comparison: f64,
    /// Exact (fractional) control size solving the power equation.
    pub control_size: f64,
    /// Units needed in control (rounded up).
    pub control_units: u64,
    /// Units needed in each treatment arm (`ratio · control_size`, rounded up).
    pub treatment_units: u64,
    /// Units needed across all arms.
    pub total_units: u64,
}

impl PlanOutcome {
    /// Days the test must run at `units_per_day` units entering the experiment per day (all
    /// arms together); `None` when the rate is not positive.
    pub fn days(&self, units_per_day: f64) -> Option<f64> {
        (units_per_day.is_finite() && units_per_day > 0.0)
            .then(|| self.total_units as f64 / units_per_day)
    }
}

fn alpha_per_comparison(alpha: f64, arms: usize) -> Result<f64, PlanError> {
    if arms < 2 {
        return Err(invalid(
            "arms",
            arms as f64,
            "at least 2 (control and one treatment)",
        ));
    }
    Ok(alpha / (arms - 1) as f64)
}

fn proportion_effect(opts: &ProportionPlanOptions) -> Result<f64, PlanError> {
    let p = opts.baseline;
    if !(p > 0.0 && p < 1.0) {
        return Err(invalid(
            "baseline rate",
            p,
            "a rate strictly between 0 and 1",
        ));
    }
    let rate = match opts.mde {
        Mde::Absolute(d) => p + d,
        Mde::Relative(r) => p * (1.0 + r),
    };
    if !rate.is_finite() || !(0.0..=1.0).contains(&rate) {
        return Err(PlanError::RateOutOfRange { baseline: p, rate });
    }
    check_effect(cohens_h_from_rates(p, rate))
}

fn mean_effect(opts: &MeanPlanOptions) -> Result<f64, PlanError> {
    if !(opts.std_dev.is_finite() && opts.std_dev > 0.0) {
        return Err(invalid(
            "standard deviation",
            opts.std_dev,
            "a positive number",
        ));
    }
    let diff = match opts.mde {
        Mde::Absolute(d) => d,
        Mde::Relative(r) => {
            if !opts.baseline_mean.is_finite() || opts.baseline_mean == 0.0 {
                return Err(invalid(
                    "baseline mean",
                    opts.baseline_mean,
                    "a non-zero mean for a relative effect",
                ));
            }
            r * opts.baseline_mean
        }
    };
    check_effect(diff / opts.std_dev)
}

fn outcome(
    effect_size: f64,
    alpha: f64,
    control_size: f64,
    ratio: f64,
    arms: usize,
) -> PlanOutcome {
    let control_units = control_size.ceil() as u64;
    // Round before ceil so 1000 × 1.0 does not become 1001 through representation error.
    let treatment_units = ((control_size * ratio * 1e9).round() / 1e9).ceil() as u64;
    PlanOutcome {
        effect_size,
        alpha_per_comparison: alpha,
        control_size,
        control_units,
        treatment_units,
        total_units: control_units + (arms as u64 - 1) * treatment_units,
    }
}

/// What [`plan`] and [`power_at`] need from the options of either kind of metric.
trait PlanInputs {
    /// The test the metric is sized for.
    const TEST: Test;
    /// The standardized effect, checked.
    fn effect_size(&self) -> Result<f64, PlanError>;
    /// Family-wise alpha, power, ratio and arms.
    fn design(&self) -> (f64, f64, f64, usize);
}

impl PlanInputs for ProportionPlanOptions {
    const TEST: Test = Test::Normal;
    fn effect_size(&self) -> Result<f64, PlanError> {
        proportion_effect(self)
    }
    fn design(&self) -> (f64, f64, f64, usize) {
        (self.alpha, self.power, self.ratio, self.arms)
    }
}

impl PlanInputs for MeanPlanOptions {
    const TEST: Test = Test::T;
    fn effect_size(&self) -> Result<f64, PlanError> {
        mean_effect(self)
    }
    fn design(&self) -> (f64, f64, f64, usize) {
        (self.alpha, self.power, self.ratio, self.arms)
    }
}

/// The level per comparison and the effect (checked in that order), then the exact size.
fn plan<P: PlanInputs>(opts: &P) -> Result<PlanOutcome, PlanError> {
    let (alpha, power, ratio, arms) = opts.design();
    let alpha = alpha_per_comparison(alpha, arms)?;
    let d = opts.effect_size()?;
    let n = P::TEST.sample_size(d, alpha, power, ratio)?;
    Ok(outcome(d, alpha, n, ratio, arms))
}

/// The level per comparison and the effect, then the power at `control_units`.
fn power_at<P: PlanInputs>(opts: &P, control_units: f64) -> Result<f64, PlanError> {
    let (alpha, _, ratio, arms) = opts.design();
    let alpha = alpha_per_comparison(alpha, arms)?;
    let d = opts.effect_size()?;
    P::TEST.power(d, control_units, alpha, ratio)
}

/// Sample size for a conversion metric (statsmodels `NormalIndPower` on
/// `proportion_effectsize(baseline + mde, baseline)`).
pub fn plan_proportions(opts: &ProportionPlanOptions) -> Result<PlanOutcome, PlanError> {
    plan(opts)
}

/// Power reached with `control_units` in control (and `ratio` times as many in each
/// treatment arm) for a conversion metric; `opts.power` is ignored.
pub fn proportion_power(
    opts: &ProportionPlanOptions,
    control_units: f64,
) -> Result<f64, PlanError> {
    power_at(opts, control_units)
}

/// Sample size for a continuous metric (statsmodels `tt_ind_solve_power` on Cohen's d =
/// MDE / standard deviation).
pub fn plan_means(opts: &MeanPlanOptions) -> Result<PlanOutcome, PlanError> {
    plan(opts)
}

/// Power reached with `control_units` in control for a continuous metric; `opts.power` is
/// ignored.
pub fn mean_power(opts: &MeanPlanOptions, control_units: f64) -> Result<f64, PlanError> {
    power_at(opts, control_units)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stats::ab::tests::{P_FLOOR, assert_close, cases, f};
    use serde_json::Value;

    fn achieved(case: &Value) -> Vec<(f64, f64)> {
        case["achieved"]
            .as_array()
            .unwrap()
            .iter()
            .map(|pair| (pair[0].as_f64().unwrap(), pair[1].as_f64().unwrap()))
            .collect()
    }

    type Solver = fn(f64, f64, f64, f64) -> Result<f64, PlanError>;

    /// Checks `size` (the exact root, and statsmodels' own solve to its tolerance) and
    /// `power` (at each size the case lists) against one case; returns its (alpha, power,
    /// ratio, effect size).
    fn check_solver(case: &Value, size: Solver, power: Solver, what: &str) -> (f64, f64, f64, f64) {
        let (alpha, target, ratio) = (f(case, "alpha"), f(case, "power"), f(case, "ratio"));
        let d = f(case, "effect_size");
        let n = size(d, alpha, target, ratio).unwrap();
        assert_close(n, f(case, "nobs1"), 0.0, "exact root");
        // statsmodels' own solve stops at xtol = 1e-5.
        assert!(
            (n - f(case, "nobs1_statsmodels")).abs() < 1e-4,
            "{n} vs statsmodels"
        );
        for (nobs, want) in achieved(case) {
            assert_close(power(d, nobs, alpha, ratio).unwrap(), want, P_FLOOR, what);
        }
        (alpha, target, ratio, d)
    }

    #[test]
    fn proportions_match_normal_ind_power() {
        let all = cases();
        for case in all["power"]["proportions"].as_array().unwrap() {
            let (alpha, power, ratio, _) =
                check_solver(case, normal_sample_size, normal_power, "power");
            let opts = ProportionPlanOptions {
                baseline: f(case, "baseline"),
                mde: Mde::Relative(f(case, "treatment_rate") / f(case, "baseline") - 1.0),
                alpha,
                power,
                ratio,
                arms: 2,
            };
            let plan = plan_proportions(&opts).unwrap();
            assert_close(plan.control_size, f(case, "nobs1"), 0.0, "plan size");
            assert_eq!(plan.control_units, f(case, "nobs1").ceil() as u64);
            assert!(proportion_power(&opts, plan.control_units as f64).unwrap() >= power);
        }
    }

    #[test]
    fn means_match_tt_ind_solve_power() {
        let all = cases();
        for case in all["power"]["means"].as_array().unwrap() {
            let (alpha, power, ratio, d) =
                check_solver(case, ttest_sample_size, ttest_power, "t power");
            let opts = MeanPlanOptions {
                baseline_mean: 10.0,
                std_dev: 2.0,
                mde: Mde::Absolute(2.0 * d),
                alpha,
                power,
                ratio,
                arms: 2,
            };
            let plan = plan_means(&opts).unwrap();
            assert_close(plan.control_size, f(case, "nobs1"), 0.0, "plan size");
            assert_close(
                mean_power(&opts, plan.control_size).unwrap(),
                power,
                1e-12,
                "power at plan",
            );
        }
    }

    #[test]
    fn several_arms_use_bonferroni() {
        let two = ProportionPlanOptions {
            baseline: 0.1,
            mde: Mde::Relative(0.1),
            alpha: 0.05,
            power: 0.8,
            ratio: 1.0,
            arms: 2,
        };
        let three = ProportionPlanOptions { arms: 3, ..two };
        let p2 = plan_proportions(&two).unwrap();
        let p3 = plan_proportions(&three).unwrap();
        assert_eq!(p3.alpha_per_comparison, 0.025);
        let direct = normal_sample_size(p2.effect_size, 0.025, 0.8, 1.0).unwrap();
        assert_close(p3.control_size, direct, 0.0, "bonferroni size");
        assert_eq!(p3.total_units, 3 * p3.control_units);
        assert_eq!(p2.days(1000.0), Some(p2.total_units as f64 / 1000.0));
    }

    #[test]
    fn invalid_plans_are_errors() {
        let base = ProportionPlanOptions {
            baseline: 0.1,
            mde: Mde::Absolute(0.01),
            alpha: 0.05,
            power: 0.8,
            ratio: 1.0,
            arms: 2,
        };
        assert_eq!(
            plan_proportions(&ProportionPlanOptions {
                mde: Mde::Absolute(0.0),
                ..base
            }),
            Err(PlanError::ZeroEffect)
        );
        assert!(matches!(
            plan_proportions(&ProportionPlanOptions {
                mde: Mde::Absolute(0.95),
                ..base
            }),
            Err(PlanError::RateOutOfRange { .. })
        ));
        assert!(
            plan_proportions(&ProportionPlanOptions {
                baseline: 0.0,
                ..base
            })
            .is_err()
        );
        assert!(
            plan_proportions(&ProportionPlanOptions {
                power: 0.01,
                ..base
            })
            .is_err()
        );
        assert!(plan_proportions(&ProportionPlanOptions { alpha: 0.0, ..base }).is_err());
        assert!(
            plan_proportions(&ProportionPlanOptions {
                ratio: -1.0,
                ..base
            })
            .is_err()
        );
        assert!(plan_proportions(&ProportionPlanOptions { arms: 1, ..base }).is_err());
        let means = MeanPlanOptions {
            baseline_mean: 0.0,
            std_dev: 1.0,
            mde: Mde::Relative(0.1),
            alpha: 0.05,
            power: 0.8,
            ratio: 1.0,
            arms: 2,
        };
        assert!(plan_means(&means).is_err());
        assert!(
            plan_means(&MeanPlanOptions {
                std_dev: 0.0,
                mde: Mde::Absolute(1.0),
                ..means
            })
            .is_err()
        );
        assert!(ttest_power(0.5, 0.5, 0.05, 1.0).is_err());
        // A huge effect needs fewer than two units: no admissible t-test size.
        assert_eq!(
            ttest_sample_size(50.0, 0.05, 0.8, 1.0),
            Err(PlanError::NoSolution { power: 0.8 })
        );
        // No effect: the power is the level.
        assert_close(
            normal_power(0.0, 100.0, 0.05, 1.0).unwrap(),
            0.05,
            0.0,
            "power at zero effect",
        );
    }
}
