//! GrowthBook-engine semantics (gbstats 0.8.0): the effect t-test with relative lift by the
//! delta method, always-valid sequential intervals, and the Bayesian effect test with a flat
//! improper prior (chance to win and expected loss) — all from sufficient statistics. CUPED
//! arms from `ab_cuped.rs` plug into the same functions.
//!
//! The common input is an [`ArmStatistic`]: n, mean, the unadjusted mean (which differs from
//! the mean only after CUPED) and the per-unit variance — gbstats' `TestStatistic`. For a
//! conversion metric the variance is `p(1 − p)` (gbstats `ProportionStatistic`), for a
//! continuous one the sample variance (`SampleMeanStatistic`).
//!
//! Deliberate differences from gbstats, all where gbstats returns no number: an absolute
//! effect is computed even when the control mean is 0 (gbstats' t-test refuses and its
//! Bayesian test divides by zero); p-values use the t survival function instead of
//! `1 − cdf`, which agrees to 1e-16 absolute but keeps precision below 1e-16. Where gbstats
//! returns its "uninformative default" with an error message, we return the matching
//! [`AbError`]. Called by the `mlo ab` domain code; tests check every output against
//! `tests/fixtures/stats/gbstats_cases.json` from `scripts/make_gbstats_fixtures.py`.

use super::ab::{AbError, Arm, Interval, MeanSums, MetricKind, Proportion, check_alpha};
use super::special::{erfcx, norm_cdf, norm_pdf, norm_ppf, t_ppf, t_sf};
use super::summary::mean_of_sums;

/// GrowthBook's default tuning parameter N* of the sequential confidence sequences.
pub const SEQUENTIAL_TUNING_DEFAULT: f64 = 5000.0;

/// Whether an effect is reported as a difference or as a lift relative to control.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EffectScale {
    /// Treatment mean minus control mean.
    Absolute,
    /// (Treatment − control) / control, with the delta-method variance.
    Relative,
}

/// One arm as gbstats' tests see it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ArmStatistic {
    /// Number of units.
    pub n: u64,
    /// Mean used for the effect (CUPED-adjusted when regression adjustment is on).
    pub mean: f64,
    /// Mean without regression adjustment; the denominator of a relative effect.
    pub unadjusted_mean: f64,
    /// Per-unit variance.
    pub variance: f64,
}

impl ArmStatistic {
    /// A conversion arm: mean `x/n`, variance `p(1 − p)` (0 for an empty arm).
    pub fn from_proportion(p: &Proportion) -> Self {
        let mean = p.rate();
        Self {
            n: p.n,
            mean,
            unadjusted_mean: mean,
            variance: mean * (1.0 - mean),
        }
    }

    /// A continuous arm from its sums: mean and sample variance (0 when n ≤ 1), as gbstats.
    pub fn from_sums(s: &MeanSums) -> Self {
        let mean = s.mean();
        Self {
            n: s.n,
            mean,
            unadjusted_mean: mean,
            variance: s.variance(),
        }
    }

    /// An arm of the given kind from its sums (for a binary metric `sum_squares` is unused).
    pub(crate) fn from_kind(kind: MetricKind, n: u64, sum: f64, sum_squares: f64) -> Self {
        match kind {
            MetricKind::Binary => {
                let mean = mean_of_sums(n, sum);
                Self {
                    n,
                    mean,
                    unadjusted_mean: mean,
                    variance: mean * (1.0 - mean),
                }
            }
            MetricKind::Continuous => Self::from_sums(&MeanSums {
                n,
                sum,
                sum_squares,
            }),
        }
    }
}

/// Validates a pair for the effect tests, in gbstats' order of checks.
fn check_pair(
    control: &ArmStatistic,
    treatment: &ArmStatistic,
    scale: EffectScale,
) -> Result<(), AbError> {
    for (arm, s) in [(Arm::Control, control), (Arm::Treatment, treatment)] {
        if s.n == 0 {
            return Err(AbError::EmptyArm { arm });
        }
        if ![s.mean, s.unadjusted_mean, s.variance]
            .iter()
            .all(|v| v.is_finite())
        {
            return Err(AbError::NonFinite {
                what: "arm statistic",
            });
        }
    }
    if scale == EffectScale::Relative && (control.mean == 0.0 || control.unadjusted_mean == 0.0) {
        return Err(AbError::ZeroBaseline);
    }
    for (arm, s) in [(Arm::Control, control), (Arm::Treatment, treatment)] {
        if s.n < 2 {
            return Err(AbError::TooFewUnits {
                arm,
                n: s.n,
                needed: 2,
            });
        }
        if s.variance <= 0.0 {
            return Err(AbError::ZeroVariance { arm });
        }
    }
    Ok(())
}

/// gbstats `frequentist_diff`: the point estimate of the effect.
fn point_estimate(control: &ArmStatistic, treatment: &ArmStatistic, scale: EffectScale) -> f64 {
    match scale {
        EffectScale::Absolute => treatment.mean - control.mean,
        EffectScale::Relative => {
            let base = if control.unadjusted_mean != 0.0 {
                control.unadjusted_mean
            } else {
                control.mean
            };
            (treatment.mean - control.mean) / base
        }
    }
}

/// gbstats `frequentist_variance`: the variance of the estimate, by the delta method for a
/// relative effect: `σ_t²/(μ_c² n_t) + σ_c² μ_t²/(μ_c⁴ n_c)`.
fn estimate_variance(control: &ArmStatistic, treatment: &ArmStatistic, scale: EffectScale) -> f64 {
    let (n_c, n_t) = (control.n as f64, treatment.n as f64);
    match scale {
        EffectScale::Absolute => treatment.variance / n_t + control.variance / n_c,
        EffectScale::Relative => {
            let (m_c, m_t) = (control.unadjusted_mean, treatment.unadjusted_mean);
            treatment.variance / (m_c.powi(2) * n_t)
                + control.variance * m_t.powi(2) / (m_c.powi(4) * n_c)
        }
    }
}

/// Welch–Satterthwaite degrees of freedom (gbstats `TTest.dof`).
fn welch_df(control: &ArmStatistic, treatment: &ArmStatistic) -> f64 {
    let (n_c, n_t) = (control.n as f64, treatment.n as f64);
    let (v_c, v_t) = (control.variance, treatment.variance);
    (v_t / n_t + v_c / n_c).powi(2)
        / (v_t.powi(2) / (n_t.powi(2) * (n_t - 1.0)) + v_c.powi(2) / (n_c.powi(2) * (n_c - 1.0)))
}

/// An effect estimate with its uncertainty.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct EffectEstimate {
    /// Point estimate (difference, or lift as a fraction: 0.1 = +10%).
    pub estimate: f64,
    /// Standard error of the estimate (gbstats `uplift.stddev`).
    pub std_error: f64,
    /// Two-sided `1 − alpha` confidence interval.
    pub interval: Interval,
    /// Two-sided p-value against no effect.
    pub p_value: f64,
    /// Welch–Satterthwaite degrees of freedom for the t-test; `None` for the sequential test,
    /// which is normal-based.
    pub df: Option<f64>,
}

/// GrowthBook's two-sided t-test (`TwoSidedTTest`) on an absolute or relative effect: Welch
/// degrees of freedom, `t_{1−α/2, df}` intervals, and for a relative effect the delta-method
/// standard error — the "relative lift with CI" of the A/B report, for conversion and
/// continuous metrics alike (and CUPED-adjusted arms). Errors: an empty arm or one with fewer
/// than 2 units, zero variance in an arm, a zero control mean for a relative effect, alpha
/// outside (0, 1).
pub fn effect_ttest(
    control: &ArmStatistic,
    treatment: &ArmStatistic,
    scale: EffectScale,
    alpha: f64,
) -> Result<EffectEstimate, AbError> {
    check_alpha(alpha)?;
    check_pair(control, treatment, scale)?;
    let estimate = point_estimate(control, treatment, scale);
    let std_error = estimate_variance(control, treatment, scale).sqrt();
    let df = welch_df(control, treatment);
    let statistic = estimate / std_error;
    let half_width = t_ppf(1.0 - alpha / 2.0, df) * std_error;
    Ok(EffectEstimate {
        estimate,
        std_error,
        interval: Interval::around(estimate, half_width),
        p_value: (2.0 * t_sf(statistic.abs(), df)).min(1.0),
        df: Some(df),
    })
}

/// GrowthBook's sequential test (`SequentialTwoSidedTTest`): asymptotic confidence sequences
/// of Waudby-Smith et al. (arXiv 2103.06476, eqs. 9, 155, 161), valid under continuous
/// peeking. With N = n_c + n_t and ρ² = (−2 ln α + ln(1 − 2 ln α)) / N*, the half-width is
/// `√(s² N) · √(2(Nρ² + 1) ln(√(Nρ² + 1)/α) / (Nρ)²)` and the p-value is `min(1, 1/e)` with the
/// e-value `e = exp(ρ² z² N/(2(Nρ² + 1)))/√(Nρ² + 1)`, z² N = estimate²·N/s².
/// `tuning` is N* (GrowthBook: [`SEQUENTIAL_TUNING_DEFAULT`]). Errors as [`effect_ttest`],
/// plus a tuning parameter that is not positive.
pub fn sequential_effect(
    control: &ArmStatistic,
    treatment: &ArmStatistic,
    scale: EffectScale,
    alpha: f64,
    tuning: f64,
) -> Result<EffectEstimate, AbError> {
    check_alpha(alpha)?;
    if !(tuning.is_finite() && tuning > 0.0) {
        return Err(AbError::InvalidParameter {
            name: "sequential tuning parameter",
            value: tuning,
            expected: "a positive number of units",
        });
    }
    check_pair(control, treatment, scale)?;
    let estimate = point_estimate(control, treatment, scale);
    let variance = estimate_variance(control, treatment, scale);
    let n = (control.n + treatment.n) as f64;
    let rho = ((-2.0 * alpha.ln() + (-2.0 * alpha.ln() + 1.0).ln()) / tuning).sqrt();
    let s2 = variance * n;
    let n_rho2_plus_1 = n * rho.powi(2) + 1.0;
    let half_width = s2.sqrt()
        * (2.0 * n_rho2_plus_1 * (n_rho2_plus_1.sqrt() / alpha).ln() / (n * rho).powi(2)).sqrt();
    let st2 = estimate.powi(2) * n / variance;
    let e_value = (rho.powi(2) * st2 / (2.0 * n_rho2_plus_1)).exp() / n_rho2_plus_1.sqrt();
    Ok(EffectEstimate {
        estimate,
        std_error: variance.sqrt(),
        interval: Interval::around(estimate, half_width),
        p_value: (1.0 / e_value).min(1.0),
        df: None,
    })
}

/// GrowthBook's Bayesian summary of one treatment against control.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BayesianOutcome {
    /// Posterior probability that treatment is better than control (that the effect is
    /// positive, or negative when lower is better).
    pub chance_to_win: f64,
    /// Posterior mean of the effect (equal to the point estimate under the flat prior).
    pub expected: f64,
    /// Posterior standard deviation of the effect.
    pub std_dev: f64,
    /// Equal-tailed `1 − alpha` credible interval.
    pub interval: Interval,
    /// Risk of shipping control: the expected effect lost if treatment is in fact better,
    /// E[max(0, effect)] (from the winner's point of view when lower is better).
    pub risk_control: f64,
    /// Risk of shipping treatment: the expected effect lost if control is in fact better,
    /// E[max(0, −effect)].
    pub risk_treatment: f64,
}

/// GrowthBook's `EffectBayesianABTest` with the default flat improper prior
/// (`GaussianPrior(0, 1, proper=False)`): the effect's posterior is N(estimate, se²) with the
/// t-test's estimate and (delta-method) standard error. Chance to win is Φ(estimate/se);
/// the risks are the expected losses of each decision from truncated-normal means. With
/// `lower_is_better` (gbstats `inverse`), chance to win is 1 − Φ(estimate/se) and the two
/// risks swap. Errors as [`effect_ttest`].
pub fn bayesian_effect(
    control: &ArmStatistic,
    treatment: &ArmStatistic,
    scale: EffectScale,
    alpha: f64,
    lower_is_better: bool,
) -> Result<BayesianOutcome, AbError> {
    check_alpha(alpha)?;
    check_pair(control, treatment, scale)?;
    let data_variance = estimate_variance(control, treatment, scale);
    let mean = point_estimate(control, treatment, scale);
    let posterior_precision = 1.0 / data_variance;
    let sd = (1.0 / posterior_precision).sqrt();
    let sf_zero = norm_cdf(mean / sd);
    let chance_to_win = if lower_is_better {
        1.0 - sf_zero
    } else {
        sf_zero
    };
    let interval = Interval {
        lower: mean + sd * norm_ppf(alpha / 2.0),
        upper: mean + sd * norm_ppf(1.0 - alpha / 2.0),
    };
    // P(effect < 0) and the means of the effect truncated to each side of 0.
    let z0 = -mean / sd;
    let prob_control_better = norm_cdf(z0);
    let mean_positive = mean + sd * inverse_mills(z0);
    let mean_negative = mean - sd * inverse_mills(-z0);
    let risk_control = (1.0 - prob_control_better) * mean_positive;
    let risk_treatment = -(prob_control_better * mean_negative);
    let (risk_control, risk_treatment) = if lower_is_better {
        (risk_treatment, risk_control)
    } else {
        (risk_control, risk_treatment)
    };
    Ok(BayesianOutcome {
        chance_to_win,
        expected: mean,
        std_dev: sd,
        interval,
        risk_control,
        risk_treatment,
    })
}

/// φ(z) / (1 − Φ(z)), the mean of a standard normal truncated to (z, ∞). Uses the scaled
/// erfc in the far tail so neither factor underflows.
fn inverse_mills(z: f64) -> f64 {
    if z < 5.0 {
        return norm_pdf(z) / norm_cdf(-z);
    }
    let s = z * std::f64::consts::FRAC_1_SQRT_2;
    // φ(z) = e^{−s²}/√(2π), 1 − Φ(z) = ½ e^{−s²} erfcx(s).
    (2.0 / std::f64::consts::PI).sqrt() / erfcx(s)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stats::ab::tests::{P_FLOOR, assert_close, f, floats, u};
    use crate::stats::ab_checks::srm_check;
    use crate::stats::ab_cuped::{CupedSums, cuped_adjust};
    use serde_json::Value;

    const GBSTATS_CASES: &str = include_str!("../../tests/fixtures/stats/gbstats_cases.json");

    fn kind(v: &Value) -> MetricKind {
        match v.as_str().unwrap() {
            "binary" => MetricKind::Binary,
            _ => MetricKind::Continuous,
        }
    }

    fn cuped_sums(v: &Value) -> CupedSums {
        CupedSums {
            post_kind: kind(&v["post_kind"]),
            pre_kind: kind(&v["pre_kind"]),
            n: u(v, "n"),
            post_sum: f(v, "post_sum"),
            post_sum_squares: f(v, "post_sum_squares"),
            pre_sum: f(v, "pre_sum"),
            pre_sum_squares: f(v, "pre_sum_squares"),
            post_pre_sum_products: f(v, "post_pre_sum_products"),
        }
    }

    fn arm(v: &Value) -> ArmStatistic {
        match v["kind"].as_str().unwrap() {
            "binary" => ArmStatistic::from_proportion(
                &Proportion::new(f(v, "sum") as u64, u(v, "n")).unwrap(),
            ),
            "continuous" => ArmStatistic::from_sums(
                &MeanSums::new(u(v, "n"), f(v, "sum"), f(v, "sum_squares")).unwrap(),
            ),
            other => panic!("not a plain arm: {other}"),
        }
    }

    /// Checks a gbstats error message against ours; returns true when the reference is an
    /// error (so there is nothing numeric to compare).
    fn expect_error<T: std::fmt::Debug>(
        want: &Value,
        got: &Result<T, AbError>,
        scale: EffectScale,
        ctx: &str,
    ) -> bool {
        if want.get("exception").is_some() {
            // gbstats crashed (see the fixture script); we must still not return NaN.
            return true;
        }
        match want["error"].as_str() {
            None => false,
            Some(msg) => {
                let ok = match msg {
                    "ZERO_NEGATIVE_BASELINE_VARIATION" => match scale {
                        EffectScale::Relative => matches!(got, Err(AbError::ZeroBaseline)),
                        // We compute absolute effects with a zero control mean.
                        EffectScale::Absolute => {
                            got.is_ok() || matches!(got, Err(AbError::ZeroVariance { .. }))
                        }
                    },
                    "ZERO_NEGATIVE_VARIANCE" => {
                        matches!(
                            got,
                            Err(AbError::ZeroVariance { .. } | AbError::TooFewUnits { .. })
                        )
                    }
                    _ => false,
                };
                assert!(ok, "{ctx}: gbstats says {msg}, we return {got:?}");
                true
            }
        }
    }

    fn check_estimate(got: &EffectEstimate, want: &Value, ctx: &str) {
        let scale = f(want, "std_error");
        assert_close(
            got.estimate,
            f(want, "expected"),
            1e-15 * scale.max(1e-3),
            &format!("{ctx} estimate"),
        );
        assert_close(got.std_error, scale, 0.0, &format!("{ctx} std error"));
        assert_close(
            got.interval.lower,
            f(want, "lower"),
            1e-14 * scale,
            &format!("{ctx} lower"),
        );
        assert_close(
            got.interval.upper,
            f(want, "upper"),
            1e-14 * scale,
            &format!("{ctx} upper"),
        );
        assert_close(
            got.p_value,
            f(want, "p_value"),
            P_FLOOR,
            &format!("{ctx} p"),
        );
        if let (Some(df), Some(w)) = (got.df, want.get("df")) {
            assert_close(df, w.as_f64().unwrap(), 0.0, &format!("{ctx} df"));
        }
    }

    fn check_bayesian(got: &BayesianOutcome, want: &Value, ctx: &str) {
        let sd = f(want, "std_dev");
        assert_close(
            got.chance_to_win,
            f(want, "chance_to_win"),
            P_FLOOR,
            &format!("{ctx} chance to win"),
        );
        assert_close(
            got.expected,
            f(want, "expected"),
            1e-15 * sd.max(1e-3),
            &format!("{ctx} expected"),
        );
        assert_close(got.std_dev, sd, 0.0, &format!("{ctx} sd"));
        assert_close(
            got.interval.lower,
            f(want, "lower"),
            1e-14 * sd,
            &format!("{ctx} lower"),
        );
        assert_close(
            got.interval.upper,
            f(want, "upper"),
            1e-14 * sd,
            &format!("{ctx} upper"),
        );
        // Risks are products of a probability and a truncated mean: floor relative to sd.
        assert_close(
            got.risk_control,
            f(want, "risk_control"),
            1e-14 * sd,
            &format!("{ctx} risk control"),
        );
        assert_close(
            got.risk_treatment,
            f(want, "risk_treatment"),
            1e-14 * sd,
            &format!("{ctx} risk treatment"),
        );
    }

    #[test]
    fn matches_gbstats() {
        let doc: Value = serde_json::from_str(GBSTATS_CASES).unwrap();
        let list = doc["cases"].as_array().unwrap();
        assert!(list.len() >= 20);
        let mut compared = 0;
        for case in list {
            let name = case["name"].as_str().unwrap();
            let alpha = f(case, "alpha");
            let (c, t) = if case["control"]["kind"] == "cuped" {
                let out = cuped_adjust(
                    &cuped_sums(&case["control"]),
                    &cuped_sums(&case["treatment"]),
                )
                .unwrap();
                assert_close(out.theta, f(case, "theta"), 1e-15, &format!("{name} theta"));
                (out.control, out.treatment)
            } else {
                (arm(&case["control"]), arm(&case["treatment"]))
            };
            for (key, scale) in [
                ("relative", EffectScale::Relative),
                ("absolute", EffectScale::Absolute),
            ] {
                let want = &case[key];
                let ctx = format!("{name} {key}");
                let got = effect_ttest(&c, &t, scale, alpha);
                if !expect_error(&want["ttest"], &got, scale, &format!("{ctx} ttest")) {
                    check_estimate(&got.unwrap(), &want["ttest"], &format!("{ctx} ttest"));
                    compared += 1;
                }
                let got = sequential_effect(&c, &t, scale, alpha, SEQUENTIAL_TUNING_DEFAULT);
                if !expect_error(
                    &want["sequential"],
                    &got,
                    scale,
                    &format!("{ctx} sequential"),
                ) {
                    check_estimate(
                        &got.unwrap(),
                        &want["sequential"],
                        &format!("{ctx} sequential"),
                    );
                    compared += 1;
                }
                for (bkey, inverse) in [("bayesian", false), ("bayesian_inverse", true)] {
                    let got = bayesian_effect(&c, &t, scale, alpha, inverse);
                    if !expect_error(&want[bkey], &got, scale, &format!("{ctx} {bkey}")) {
                        check_bayesian(&got.unwrap(), &want[bkey], &format!("{ctx} {bkey}"));
                        compared += 1;
                    } else if let Ok(out) = got {
                        assert!(
                            out.chance_to_win.is_finite() && out.risk_control.is_finite(),
                            "{ctx}: NaN"
                        );
                    }
                }
            }
        }
        assert!(compared >= 60, "only {compared} comparisons");
    }

    #[test]
    fn srm_matches_gbstats_check_srm() {
        let doc: Value = serde_json::from_str(GBSTATS_CASES).unwrap();
        for case in doc["srm"].as_array().unwrap() {
            let observed: Vec<u64> = case["observed"]
                .as_array()
                .unwrap()
                .iter()
                .map(|x| x.as_u64().unwrap())
                .collect();
            let got = srm_check(&observed, &floats(&case["weights"])).unwrap();
            assert_close(got.p_value, f(case, "p_value"), P_FLOOR, "check_srm");
        }
    }

    #[test]
    fn degenerate_inputs() {
        let empty = ArmStatistic::from_proportion(&Proportion::default());
        let some = ArmStatistic::from_proportion(&Proportion::new(5, 50).unwrap());
        let zero = ArmStatistic::from_proportion(&Proportion::new(0, 50).unwrap());
        let rel = EffectScale::Relative;
        assert_eq!(
            effect_ttest(&empty, &some, rel, 0.05),
            Err(AbError::EmptyArm { arm: Arm::Control })
        );
        assert_eq!(
            effect_ttest(&zero, &some, rel, 0.05),
            Err(AbError::ZeroBaseline)
        );
        assert_eq!(
            bayesian_effect(&some, &zero, rel, 0.05, false),
            Err(AbError::ZeroVariance {
                arm: Arm::Treatment
            })
        );
        assert!(sequential_effect(&some, &some, rel, 0.05, 0.0).is_err());
        // Equal arms: a documented finite result.
        let b = bayesian_effect(&some, &some, rel, 0.05, false).unwrap();
        assert_eq!((b.chance_to_win, b.expected), (0.5, 0.0));
        assert_eq!(b.risk_control, b.risk_treatment);
        // An absolute effect with a zero control mean is computed (gbstats refuses).
        let c = ArmStatistic::from_sums(&MeanSums::from_values(&[-1.0, 1.0, -2.0, 2.0]).unwrap());
        let t = ArmStatistic::from_sums(&MeanSums::from_values(&[0.5, 1.5, 0.2, 0.9]).unwrap());
        let e = effect_ttest(&c, &t, EffectScale::Absolute, 0.05).unwrap();
        assert!(e.p_value.is_finite() && e.interval.lower < e.estimate);
        // Far tails: no NaN from 0/0 in the truncated means.
        let far = ArmStatistic {
            n: 1_000_000,
            mean: 0.2,
            unadjusted_mean: 0.2,
            variance: 1e-6,
        };
        let near = ArmStatistic {
            n: 1_000_000,
            mean: 0.1,
            unadjusted_mean: 0.1,
            variance: 1e-6,
        };
        let out = bayesian_effect(&near, &far, EffectScale::Absolute, 0.05, false).unwrap();
        assert!(out.risk_treatment.is_finite() && out.risk_treatment >= 0.0);
        assert_eq!(out.chance_to_win, 1.0);
    }
}
