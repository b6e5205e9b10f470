//! Tests for continuous metrics: Welch's and Student's two-sample t-tests with confidence
//! intervals of the difference (from per-arm moments, so sums streamed from millions of rows
//! suffice), Cohen's d, and the Mann–Whitney U test (from raw values — the one test that cannot
//! work from sufficient statistics).
//!
//! Each function names the scipy function it matches; the unit tests check them on
//! `tests/fixtures/stats/ab_cases.json`. Called by the `mlo ab` domain code.

use super::ab::{AbError, Arm, Interval, SampleMoments, check_alpha};
use super::special::{norm_cdf, t_ppf, t_sf};

/// A two-sample t-test result.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TTestOutcome {
    /// t statistic for treatment minus control.
    pub statistic: f64,
    /// Degrees of freedom (Welch–Satterthwaite, or n_c + n_t − 2 for Student's).
    pub df: f64,
    /// Two-sided p-value.
    pub p_value: f64,
    /// Difference of means, treatment minus control.
    pub difference: f64,
    /// Standard error of the difference.
    pub std_error: f64,
    /// Two-sided `1 − alpha` confidence interval of the difference.
    pub interval: Interval,
}

fn check_two_units(
    control: &SampleMoments,
    treatment: &SampleMoments,
    needed: u64,
) -> Result<(), AbError> {
    for (arm, m) in [(Arm::Control, control), (Arm::Treatment, treatment)] {
        if m.n == 0 {
            return Err(AbError::EmptyArm { arm });
        }
        if m.n < needed {
            return Err(AbError::TooFewUnits {
                arm,
                n: m.n,
                needed,
            });
        }
        if !m.mean.is_finite() || !m.variance.is_finite() {
            return Err(AbError::NonFinite {
                what: "arm moments",
            });
        }
    }
    Ok(())
}

fn t_outcome(difference: f64, std_error: f64, df: f64, alpha: f64) -> TTestOutcome {
    let statistic = difference / std_error;
    let half_width = t_ppf(1.0 - alpha / 2.0, df) * std_error;
    TTestOutcome {
        statistic,
        df,
        p_value: (2.0 * t_sf(statistic.abs(), df)).min(1.0),
        difference,
        std_error,
        interval: Interval::around(difference, half_width),
    }
}

/// Welch's unequal-variance t-test, scipy `ttest_ind(treatment, control, equal_var=False)`
/// (`ttest_ind_from_stats`), with its `confidence_interval(1 − alpha)`. One arm with zero
/// variance is fine (the other carries the standard error). Errors: an arm with fewer than 2
/// units, zero variance in both arms ([`AbError::NoVariation`]), alpha outside (0, 1).
pub fn welch_ttest(
    control: &SampleMoments,
    treatment: &SampleMoments,
    alpha: f64,
) -> Result<TTestOutcome, AbError> {
    check_two_units(control, treatment, 2)?;
    check_alpha(alpha)?;
    let v_t = treatment.variance.max(0.0) / treatment.n as f64;
    let v_c = control.variance.max(0.0) / control.n as f64;
    let v = v_t + v_c;
    if v <= 0.0 {
        return Err(AbError::NoVariation);
    }
    let df = v * v / (v_t * v_t / (treatment.n - 1) as f64 + v_c * v_c / (control.n - 1) as f64);
    Ok(t_outcome(
        treatment.mean - control.mean,
        v.sqrt(),
        df,
        alpha,
    ))
}

/// Student's equal-variance t-test, scipy `ttest_ind(treatment, control, equal_var=True)`,
/// with pooled variance and df = n_c + n_t − 2. Errors: an empty arm, fewer than 3 units in
/// total, zero pooled variance ([`AbError::NoVariation`]), alpha outside (0, 1).
pub fn student_ttest(
    control: &SampleMoments,
    treatment: &SampleMoments,
    alpha: f64,
) -> Result<TTestOutcome, AbError> {
    check_two_units(control, treatment, 1)?;
    check_alpha(alpha)?;
    let (n_t, n_c) = (treatment.n as f64, control.n as f64);
    let df = n_t + n_c - 2.0;
    if df < 1.0 {
        return Err(AbError::TooFewUnits {
            arm: Arm::Treatment,
            n: treatment.n,
            needed: 2,
        });
    }
    let pooled = pooled_variance(control, treatment);
    if pooled <= 0.0 {
        return Err(AbError::NoVariation);
    }
    let std_error = (pooled * (1.0 / n_t + 1.0 / n_c)).sqrt();
    Ok(t_outcome(
        treatment.mean - control.mean,
        std_error,
        df,
        alpha,
    ))
}

fn pooled_variance(control: &SampleMoments, treatment: &SampleMoments) -> f64 {
    let (n_t, n_c) = (treatment.n as f64, control.n as f64);
    ((n_t - 1.0) * treatment.variance.max(0.0) + (n_c - 1.0) * control.variance.max(0.0))
        / (n_t + n_c - 2.0)
}

/// Cohen's d, `(mean_t − mean_c) / s_pooled` with the pooled standard deviation
/// `√(((n_t−1)s_t² + (n_c−1)s_c²)/(n_t+n_c−2))` — the effect size `tt_ind_solve_power` takes.
/// Errors: an empty arm, fewer than 3 units in total, zero pooled variance.
pub fn cohens_d(control: &SampleMoments, treatment: &SampleMoments) -> Result<f64, AbError> {
    check_two_units(control, treatment, 1)?;
    if treatment.n + control.n < 3 {
        return Err(AbError::TooFewUnits {
            arm: Arm::Treatment,
            n: treatment.n,
            needed: 2,
        });
    }
    let pooled = pooled_variance(control, treatment);
    if pooled <= 0.0 {
        return Err(AbError::NoVariation);
    }
    Ok((treatment.mean - control.mean) / pooled.sqrt())
}

/// How the Mann–Whitney p-value was computed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MannWhitneyMethod {
    /// Exact null distribution of U (one sample ≤ 8 values, no ties).
    Exact,
    /// Normal approximation with tie correction and continuity correction.
    Asymptotic,
}

/// Result of the Mann–Whitney U test.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MannWhitneyOutcome {
    /// U statistic of the treatment sample: the number of (treatment, control) pairs where the
    /// treatment value is larger, ties counting ½ (scipy's `statistic` for
    /// `mannwhitneyu(treatment, control)`).
    pub u_treatment: f64,
    /// Two-sided p-value.
    pub p_value: f64,
    /// Which method produced the p-value.
    pub method: MannWhitneyMethod,
}

/// Mann–Whitney U test, scipy `mannwhitneyu(treatment, control, method="auto",
/// alternative="two-sided")`. When every value in both samples is equal, the tie-corrected
/// variance is 0 and the p-value is 1 (as scipy). Errors: an empty sample, a NaN or infinite
/// value.
pub fn mann_whitney_u(control: &[f64], treatment: &[f64]) -> Result<MannWhitneyOutcome, AbError> {
    if treatment.is_empty() {
        return Err(AbError::EmptyArm {
            arm: Arm::Treatment,
        });
    }
    if control.is_empty() {
        return Err(AbError::EmptyArm { arm: Arm::Control });
    }
    if treatment.iter().chain(control).any(|x| !x.is_finite()) {
        return Err(AbError::NonFinite {
            what: "metric value",
        });
    }
    let (n1, n2) = (treatment.len(), control.len());
    let n = n1 + n2;
    // Average ranks over the pooled sample; treatment first, as scipy concatenates (x, y).
    let mut order: Vec<usize> = (0..n).collect();
    let value = |i: usize| {
        if i < n1 {
            treatment[i]
        } else {
            control[i - n1]
        }
    };
    order.sort_by(|&i, &j| value(i).total_cmp(&value(j)));
    let mut rank_sum_treatment = 0.0;
    let mut tie_term = 0.0;
    let mut has_ties = false;
    let mut start = 0;
    while start < n {
        let mut end = start + 1;
        while end < n && value(order[end]) == value(order[start]) {
            end += 1;
        }
        let size = (end - start) as f64;
        if end - start > 1 {
            has_ties = true;
            tie_term += size * size * size - size;
        }
        let average_rank = (start + 1 + end) as f64 / 2.0;
        rank_sum_treatment +=
            average_rank * order[start..end].iter().filter(|&&i| i < n1).count() as f64;
        start = end;
    }
    let (n1f, n2f) = (n1 as f64, n2 as f64);
    let u1 = rank_sum_treatment - n1f * (n1f + 1.0) / 2.0;
    let u2 = n1f * n2f - u1;
    let u = u1.max(u2);
    let exact = (n1 <= 8 || n2 <= 8) && !has_ties;
    let p_value = if exact {
        2.0 * mann_whitney_exact_cdf((n1f * n2f - u) as u64, n1.min(n2) as u64, n1.max(n2) as u64)
    } else {
        let nf = n as f64;
        let s = (n1f * n2f / 12.0 * ((nf + 1.0) - tie_term / (nf * (nf - 1.0)))).sqrt();
        if s > 0.0 {
            2.0 * norm_cdf(-((u - n1f * n2f / 2.0 - 0.5) / s))
        } else {
            1.0
        }
    };
    Ok(MannWhitneyOutcome {
        u_treatment: u1,
        p_value: p_value.clamp(0.0, 1.0),
        method: if exact {
            MannWhitneyMethod::Exact
        } else {
            MannWhitneyMethod::Asymptotic
        },
    })
}

/// P(U ≤ k) under the null for samples of sizes m ≤ n without ties. The frequencies of U are
/// the coefficients of the Gaussian binomial [m + n choose m]_q, built as
/// Π_{i=1..m} (1 − q^{n+i}) / (1 − q^i) truncated at degree k — in exact 128-bit integers when
/// C(m + n, m) fits, else in f64.
fn mann_whitney_exact_cdf(k: u64, m: u64, n: u64) -> f64 {
    let len = k as usize + 1;
    let total = binomial(m + n, m);
    if total < 1e37 {
        let mut f = vec![0_i128; len];
        f[0] = 1;
        for i in 1..=m as usize {
            multiply_divide(&mut f, n as usize + i, i);
        }
        let count: i128 = f.iter().sum();
        count as f64 / total
    } else {
        let mut f = vec![0.0_f64; len];
        f[0] = 1.0;
        for i in 1..=m as usize {
            multiply_divide(&mut f, n as usize + i, i);
        }
        f.iter().sum::<f64>() / total
    }
}

/// In place: multiply the truncated series by (1 − q^up), then divide it by (1 − q^down).
fn multiply_divide<T>(f: &mut [T], up: usize, down: usize)
where
    T: Copy + std::ops::Sub<Output = T> + std::ops::Add<Output = T>,
{
    for u in (up..f.len()).rev() {
        f[u] = f[u] - f[u - up];
    }
    for u in down..f.len() {
        f[u] = f[u] + f[u - down];
    }
}

/// C(n, k) as f64 (exact while it fits in 53 bits, correctly rounded products beyond).
fn binomial(n: u64, k: u64) -> f64 {
    let k = k.min(n - k);
    (1..=k).fold(1.0, |acc, i| acc * (n - k + i) as f64 / i as f64)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stats::ab::MeanSums;
    use crate::stats::ab::tests::{P_FLOOR, assert_close, cases, f, floats, u};
    use serde_json::Value;

    #[test]
    fn t_tests_match_scipy() {
        let all = cases();
        let list = all["continuous"].as_array().unwrap();
        assert!(list.len() >= 6);
        for case in list {
            let name = case["name"].as_str().unwrap();
            let (c, t) = if case.get("control").is_some() {
                (
                    SampleMoments::from_values(&floats(&case["control"])).unwrap(),
                    SampleMoments::from_values(&floats(&case["treatment"])).unwrap(),
                )
            } else {
                let sums = |key: &str| {
                    let s = &case[key];
                    MeanSums::new(u(s, "n"), f(s, "sum"), f(s, "sum_squares"))
                        .unwrap()
                        .moments()
                };
                (sums("control_sums"), sums("treatment_sums"))
            };
            for (key, welch) in [("welch", true), ("student", false)] {
                let got = if welch {
                    welch_ttest(&c, &t, 0.05)
                } else {
                    student_ttest(&c, &t, 0.05)
                };
                match &case[key] {
                    Value::Null => assert_eq!(got, Err(AbError::NoVariation), "{name} {key}"),
                    r => {
                        let got = got.unwrap();
                        let scale = f(r, "scale");
                        assert_close(
                            got.statistic,
                            f(r, "statistic"),
                            1e-12,
                            &format!("{name} {key} t"),
                        );
                        assert_close(got.df, f(r, "df"), 0.0, &format!("{name} {key} df"));
                        assert_close(
                            got.p_value,
                            f(r, "p_value"),
                            P_FLOOR,
                            &format!("{name} {key} p"),
                        );
                        assert_close(
                            got.interval.lower,
                            f(r, "lower"),
                            1e-13 * scale,
                            &format!("{name} {key} lo"),
                        );
                        assert_close(
                            got.interval.upper,
                            f(r, "upper"),
                            1e-13 * scale,
                            &format!("{name} {key} hi"),
                        );
                    }
                }
            }
            match &case["cohens_d"] {
                Value::Null => assert!(cohens_d(&c, &t).is_err()),
                d => assert_close(
                    cohens_d(&c, &t).unwrap(),
                    d.as_f64().unwrap(),
                    1e-13,
                    &format!("{name} d"),
                ),
            }
        }
    }

    #[test]
    fn mann_whitney_matches_scipy() {
        let all = cases();
        let list = all["mann_whitney"].as_array().unwrap();
        assert!(list.len() >= 8);
        for case in list {
            let name = case["name"].as_str().unwrap();
            let got =
                mann_whitney_u(&floats(&case["control"]), &floats(&case["treatment"])).unwrap();
            assert_close(
                got.u_treatment,
                f(case, "u_treatment"),
                0.0,
                &format!("{name} U"),
            );
            assert_close(
                got.p_value,
                f(case, "p_value"),
                P_FLOOR,
                &format!("{name} p"),
            );
            let method = match case["method"].as_str().unwrap() {
                "exact" => MannWhitneyMethod::Exact,
                _ => MannWhitneyMethod::Asymptotic,
            };
            assert_eq!(got.method, method, "{name}");
        }
    }

    #[test]
    fn degenerate_inputs() {
        let one = SampleMoments::new(1, 2.0, 0.0).unwrap();
        let flat = SampleMoments::new(5, 2.0, 0.0).unwrap();
        assert_eq!(
            welch_ttest(&one, &flat, 0.05),
            Err(AbError::TooFewUnits {
                arm: Arm::Control,
                n: 1,
                needed: 2
            })
        );
        assert_eq!(welch_ttest(&flat, &flat, 0.05), Err(AbError::NoVariation));
        assert_eq!(student_ttest(&flat, &flat, 0.05), Err(AbError::NoVariation));
        assert_eq!(cohens_d(&flat, &flat), Err(AbError::NoVariation));
        let varied = SampleMoments::new(5, 2.0, 1.0).unwrap();
        assert!(matches!(
            welch_ttest(&varied, &varied, 1.5),
            Err(AbError::InvalidParameter { name: "alpha", .. })
        ));
        // Equal arms: a documented finite result.
        let equal = welch_ttest(&varied, &varied, 0.05).unwrap();
        assert_eq!((equal.statistic, equal.p_value), (0.0, 1.0));
        assert_eq!(
            mann_whitney_u(&[], &[1.0]),
            Err(AbError::EmptyArm { arm: Arm::Control })
        );
        assert_eq!(
            mann_whitney_u(&[1.0], &[f64::NAN]),
            Err(AbError::NonFinite {
                what: "metric value"
            })
        );
        let all_equal = mann_whitney_u(&[3.0; 4], &[3.0; 20]).unwrap();
        assert_eq!(all_equal.p_value, 1.0);
    }

    #[test]
    fn exact_distribution_sums_to_one() {
        // P(U ≤ m·n) = 1 for every size, in both integer and float paths.
        for (m, n) in [(1, 1), (3, 7), (8, 8), (8, 300), (8, 200_000)] {
            assert_close(
                mann_whitney_exact_cdf(m * n, m, n),
                1.0,
                1e-15,
                "total mass",
            );
        }
        // Symmetry: P(U ≤ k) = P(U ≥ mn − k).
        let (m, n) = (5, 9);
        let below = mann_whitney_exact_cdf(12, m, n);
        let above = 1.0 - mann_whitney_exact_cdf(m * n - 12 - 1, m, n);
        assert_close(below, above, 1e-15, "symmetry");
    }
}
