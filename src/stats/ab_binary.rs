//! Tests for conversion (binary) metrics from per-arm counts: the pooled two-proportion
//! z-test, the absolute difference with its Wald interval, Cohen's h, chi-square tests of
//! homogeneity (2×2 with or without Yates, and r×c for several arms), Fisher's exact test, and
//! Cochran's rule for when to prefer the exact test.
//!
//! Each function names the statsmodels or scipy function it matches; the unit tests check
//! them on `tests/fixtures/stats/ab_cases.json`. Called by the `mlo ab` domain code.

use super::ab::{AbError, Arm, Interval, Proportion, check_alpha};
use super::special::{chi2_sf, norm_isf, norm_sf};

/// A test statistic and its two-sided p-value.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TestOutcome {
    /// The statistic (z, chi-square, …); signed as treatment minus control where it has a sign.
    pub statistic: f64,
    /// Two-sided p-value.
    pub p_value: f64,
}

fn check_nonempty_proportions(control: &Proportion, treatment: &Proportion) -> Result<(), AbError> {
    for (arm, p) in [(Arm::Control, control), (Arm::Treatment, treatment)] {
        if p.n == 0 {
            return Err(AbError::EmptyArm { arm });
        }
        if p.successes > p.n {
            return Err(AbError::SuccessesExceedUnits {
                successes: p.successes,
                n: p.n,
            });
        }
    }
    Ok(())
}

/// Pooled two-proportion z-test, statsmodels
/// `proportions_ztest([x_t, x_c], [n_t, n_c])` (`prop_var=False`): z for treatment minus
/// control and its two-sided p-value. Equal rates give z = 0, p = 1. Errors: an empty arm;
/// [`AbError::NoVariation`] when no unit or every unit converted (pooled rate 0 or 1).
pub fn proportions_ztest(
    control: &Proportion,
    treatment: &Proportion,
) -> Result<TestOutcome, AbError> {
    check_nonempty_proportions(control, treatment)?;
    let (n_t, n_c) = (treatment.n as f64, control.n as f64);
    let p_pool = (treatment.successes + control.successes) as f64 / (n_t + n_c);
    let var = p_pool * (1.0 - p_pool) * (1.0 / n_t + 1.0 / n_c);
    if var <= 0.0 {
        return Err(AbError::NoVariation);
    }
    let z = (treatment.rate() - control.rate()) / var.sqrt();
    Ok(TestOutcome {
        statistic: z,
        p_value: 2.0 * norm_sf(z.abs()),
    })
}

/// An estimated difference with its standard error and confidence interval.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DifferenceEstimate {
    /// Treatment minus control.
    pub estimate: f64,
    /// Standard error of the estimate.
    pub std_error: f64,
    /// Two-sided `1 − alpha` confidence interval.
    pub interval: Interval,
}

/// Absolute difference of two rates with the Wald interval, statsmodels
/// `confint_proportions_2indep(x_t, n_t, x_c, n_c, method="wald", compare="diff")`:
/// `p_t − p_c ± z_{1−α/2} · √(p_t(1−p_t)/n_t + p_c(1−p_c)/n_c)`. When both rates are 0 or 1
/// the standard error is 0 and the interval collapses to the point estimate (as statsmodels).
/// Errors: an empty arm, alpha outside (0, 1).
pub fn proportion_difference(
    control: &Proportion,
    treatment: &Proportion,
    alpha: f64,
) -> Result<DifferenceEstimate, AbError> {
    check_nonempty_proportions(control, treatment)?;
    check_alpha(alpha)?;
    let (p_t, p_c) = (treatment.rate(), control.rate());
    let diff = p_t - p_c;
    let std_error =
        (p_t * (1.0 - p_t) / treatment.n as f64 + p_c * (1.0 - p_c) / control.n as f64).sqrt();
    let z = norm_isf(alpha / 2.0);
    Ok(DifferenceEstimate {
        estimate: diff,
        std_error,
        interval: Interval::around(diff, z * std_error),
    })
}

/// Cohen's h for two rates, `2·asin√p_t − 2·asin√p_c` (statsmodels
/// `proportion_effectsize(p_t, p_c)`). Errors only on an empty arm.
pub fn cohens_h(control: &Proportion, treatment: &Proportion) -> Result<f64, AbError> {
    check_nonempty_proportions(control, treatment)?;
    Ok(cohens_h_from_rates(control.rate(), treatment.rate()))
}

/// Cohen's h from two rates in [0, 1] (no validation; `power.rs` validates its inputs).
pub(crate) fn cohens_h_from_rates(control_rate: f64, treatment_rate: f64) -> f64 {
    2.0 * treatment_rate.sqrt().asin() - 2.0 * control_rate.sqrt().asin()
}

/// A chi-square test result.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ChiSquareOutcome {
    /// The chi-square statistic.
    pub statistic: f64,
    /// Degrees of freedom.
    pub df: u64,
    /// Upper-tail p-value.
    pub p_value: f64,
}

/// Chi-square test of homogeneity on an r×c table of counts, scipy
/// `chi2_contingency(table, correction=yates)`: expected counts from the margins, and with
/// `yates` each observed count moved toward its expectation by min(0.5, |o − e|) — applied
/// only when df = 1, as scipy does. A table whose df is 0 (one row or one column) gives
/// statistic 0, p = 1. Errors: a ragged or empty table, an all-zero row
/// ([`AbError::EmptyGroup`]) or an all-zero column ([`AbError::NoVariation`]).
pub fn chi_square_contingency(
    table: &[Vec<u64>],
    yates: bool,
) -> Result<ChiSquareOutcome, AbError> {
    let rows = table.len();
    let cols = table.first().map_or(0, Vec::len);
    if rows == 0 || cols == 0 {
        return Err(AbError::TooFewGroups { needed: 1, got: 0 });
    }
    if let Some(row) = table.iter().find(|r| r.len() != cols) {
        return Err(AbError::LengthMismatch {
            what: "contingency table row",
            expected: cols,
            got: row.len(),
        });
    }
    let row_sums: Vec<u64> = table.iter().map(|r| r.iter().sum()).collect();
    let col_sums: Vec<u64> = (0..cols)
        .map(|j| table.iter().map(|r| r[j]).sum())
        .collect();
    if let Some(index) = row_sums.iter().position(|&s| s == 0) {
        return Err(AbError::EmptyGroup { index });
    }
    if col_sums.contains(&0) {
        return Err(AbError::NoVariation);
    }
    let total = row_sums.iter().sum::<u64>() as f64;
    let df = ((rows - 1) * (cols - 1)) as u64;
    if df == 0 {
        return Ok(ChiSquareOutcome {
            statistic: 0.0,
            df,
            p_value: 1.0,
        });
    }
    let mut statistic = 0.0;
    for (i, row) in table.iter().enumerate() {
        for (j, &count) in row.iter().enumerate() {
            let expected = row_sums[i] as f64 * col_sums[j] as f64 / total;
            let mut observed = count as f64;
            if yates && df == 1 {
                let diff = expected - observed;
                if diff != 0.0 {
                    observed += diff.abs().min(0.5).copysign(diff);
                }
            }
            statistic += (observed - expected) * (observed - expected) / expected;
        }
    }
    Ok(ChiSquareOutcome {
        statistic,
        df,
        p_value: chi2_sf(statistic, df as f64),
    })
}

/// Chi-square test on the 2×2 table `[[x_c, n_c − x_c], [x_t, n_t − x_t]]`, with or without
/// Yates' continuity correction (see [`chi_square_contingency`]).
pub fn chi_square_2x2(
    control: &Proportion,
    treatment: &Proportion,
    yates: bool,
) -> Result<ChiSquareOutcome, AbError> {
    check_nonempty_proportions(control, treatment)?;
    let table = vec![
        vec![control.successes, control.failures()],
        vec![treatment.successes, treatment.failures()],
    ];
    chi_square_contingency(&table, yates)
}

/// Cochran's rule for a 2×2 table: true when some expected cell count is below 5, where the
/// chi-square and z approximations are poor and Fisher's exact test should be preferred.
pub fn prefers_exact_test(control: &Proportion, treatment: &Proportion) -> bool {
    let total = (control.n + treatment.n) as f64;
    if total == 0.0 {
        return true;
    }
    let cols = [
        (control.successes + treatment.successes) as f64,
        (control.failures() + treatment.failures()) as f64,
    ];
    [control.n as f64, treatment.n as f64]
        .iter()
        .any(|&row| cols.iter().any(|&col| row * col / total < 5.0))
}

/// Probabilities within this relative distance of the observed table's count as "equally
/// likely" in Fisher's two-sided p-value. scipy uses 1e-14 on Boost's pmf values; ours come
/// from a normalized recurrence that is exact to ~1e-13, so we use R's `fisher.test` tolerance
/// (1e-7). Both include every table whose true probability equals the observed one (e.g. the
/// mirror table of a symmetric design); they could differ only for two distinct tables whose
/// probabilities agree to between 7 and 14 digits.
const FISHER_RELATIVE_TOLERANCE: f64 = 1e-7;

/// Result of Fisher's exact test.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FisherOutcome {
    /// Sample odds ratio, odds of converting in treatment over control:
    /// `(x_t (n_c − x_c)) / ((n_t − x_t) x_c)`. `f64::INFINITY` when the denominator is 0 (as
    /// scipy); `None` when no unit or every unit converted (scipy's NaN).
    pub odds_ratio: Option<f64>,
    /// Two-sided p-value.
    pub p_value: f64,
}

/// Fisher's exact test on `[[x_t, n_t − x_t], [x_c, n_c − x_c]]`, scipy
/// `fisher_exact(table, alternative="two-sided")`. When no unit or every unit converted the
/// margins admit one table and the p-value is 1 (as scipy). Errors: an empty arm.
pub fn fisher_exact(
    control: &Proportion,
    treatment: &Proportion,
) -> Result<FisherOutcome, AbError> {
    for (arm, p) in [(Arm::Control, control), (Arm::Treatment, treatment)] {
        if p.n == 0 {
            return Err(AbError::EmptyArm { arm });
        }
        if p.successes > p.n {
            return Err(AbError::SuccessesExceedUnits {
                successes: p.successes,
                n: p.n,
            });
        }
    }
    let (a, b) = (treatment.successes, treatment.failures());
    let (c, d) = (control.successes, control.failures());
    let converted = a + c;
    let total = treatment.n + control.n;
    if converted == 0 || converted == total {
        return Ok(FisherOutcome {
            odds_ratio: None,
            p_value: 1.0,
        });
    }
    let odds_ratio = if c > 0 && b > 0 {
        (a as f64 * d as f64) / (c as f64 * b as f64)
    } else {
        f64::INFINITY
    };
    // X = top-left cell ~ Hypergeometric(population = total, marked = n_t, draws = converted).
    let marked = treatment.n;
    let low = converted.saturating_sub(control.n);
    let high = converted.min(marked);
    let pmf = hypergeometric_pmf_table(total, marked, converted, low, high);
    let observed = pmf[(a - low) as usize];
    let mode = pmf.iter().cloned().fold(0.0, f64::max);
    if (observed - mode).abs() / observed.max(mode) <= 1e-14 {
        return Ok(FisherOutcome {
            odds_ratio: Some(odds_ratio),
            p_value: 1.0,
        });
    }
    let threshold = observed * (1.0 + FISHER_RELATIVE_TOLERANCE);
    let p_value: f64 = pmf.iter().filter(|&&p| p <= threshold).sum();
    Ok(FisherOutcome {
        odds_ratio: Some(odds_ratio),
        p_value: p_value.min(1.0),
    })
}

/// Hypergeometric probabilities P(X = x) for x in `low..=high`, by the ratio recurrence from
/// the mode, normalized by their sum (relative error ~ support length × ε; values far in the
/// tails underflow to 0, which does not change any p-value).
fn hypergeometric_pmf_table(
    population: u64,
    marked: u64,
    draws: u64,
    low: u64,
    high: u64,
) -> Vec<f64> {
    let len = (high - low + 1) as usize;
    let mode = ((draws + 1) as f64 * (marked + 1) as f64 / (population + 2) as f64).floor() as u64;
    let mode = mode.clamp(low, high);
    let (m, k, n) = (population as f64, marked as f64, draws as f64);
    let mut values = vec![0.0; len];
    let start = (mode - low) as usize;
    values[start] = 1.0;
    // P(x + 1) / P(x) = (K − x)(n − x) / ((x + 1)(M − K − n + x + 1)).
    for i in start..len - 1 {
        let x = (low + i as u64) as f64;
        let next = values[i] * (k - x) * (n - x) / ((x + 1.0) * (m - k - n + x + 1.0));
        if next == 0.0 {
            break;
        }
        values[i + 1] = next;
    }
    for i in (1..=start).rev() {
        let x = (low + i as u64) as f64;
        // P(x − 1) / P(x) = x (M − K − n + x) / ((K − x + 1)(n − x + 1)).
        let prev = values[i] * x * (m - k - n + x) / ((k - x + 1.0) * (n - x + 1.0));
        if prev == 0.0 {
            break;
        }
        values[i - 1] = prev;
    }
    // Sum from the smallest terms up for accuracy.
    let mut sorted = values.clone();
    sorted.sort_by(f64::total_cmp);
    let total: f64 = sorted.iter().sum();
    values.iter_mut().for_each(|v| *v /= total);
    values
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stats::ab::tests::{P_FLOOR, assert_close, cases, f, u};
    use serde_json::Value;

    fn arms(case: &Value) -> (Proportion, Proportion) {
        (
            Proportion::new(u(case, "x_c"), u(case, "n_c")).unwrap(),
            Proportion::new(u(case, "x_t"), u(case, "n_t")).unwrap(),
        )
    }

    #[test]
    fn binary_tests_match_statsmodels_and_scipy() {
        let all = cases();
        let list = all["proportions"].as_array().unwrap();
        assert!(list.len() >= 8);
        for case in list {
            let name = case["name"].as_str().unwrap();
            let (c, t) = arms(case);
            match case.get("ztest") {
                Some(Value::Null) | None => {
                    assert_eq!(
                        proportions_ztest(&c, &t),
                        Err(AbError::NoVariation),
                        "{name}"
                    )
                }
                Some(z) => {
                    let got = proportions_ztest(&c, &t).unwrap();
                    assert_close(
                        got.statistic,
                        f(z, "statistic"),
                        1e-13,
                        &format!("{name} z"),
                    );
                    assert_close(
                        got.p_value,
                        f(z, "p_value"),
                        P_FLOOR,
                        &format!("{name} z p"),
                    );
                }
            }
            let wald = &case["wald"];
            let got = proportion_difference(&c, &t, 0.05).unwrap();
            assert_close(
                got.estimate,
                f(wald, "estimate"),
                1e-15,
                &format!("{name} diff"),
            );
            assert_close(
                got.interval.lower,
                f(wald, "lower"),
                1e-15,
                &format!("{name} wald lo"),
            );
            assert_close(
                got.interval.upper,
                f(wald, "upper"),
                1e-15,
                &format!("{name} wald hi"),
            );
            assert_close(
                cohens_h(&c, &t).unwrap(),
                f(case, "cohens_h"),
                1e-15,
                &format!("{name} h"),
            );
            for (key, yates) in [("chi2", false), ("chi2_yates", true)] {
                match &case[key] {
                    Value::Null => assert!(chi_square_2x2(&c, &t, yates).is_err(), "{name} {key}"),
                    r => {
                        let got = chi_square_2x2(&c, &t, yates).unwrap();
                        assert_close(
                            got.statistic,
                            f(r, "statistic"),
                            1e-13,
                            &format!("{name} {key}"),
                        );
                        assert_close(
                            got.p_value,
                            f(r, "p_value"),
                            P_FLOOR,
                            &format!("{name} {key} p"),
                        );
                        assert_eq!(got.df, 1);
                    }
                }
            }
        }
    }

    #[test]
    fn contingency_2xk_matches_scipy() {
        let all = cases();
        for case in all["contingency"].as_array().unwrap() {
            let table: Vec<Vec<u64>> = case["table"]
                .as_array()
                .unwrap()
                .iter()
                .map(|r| {
                    r.as_array()
                        .unwrap()
                        .iter()
                        .map(|x| x.as_u64().unwrap())
                        .collect()
                })
                .collect();
            for (key, yates) in [("chi2", false), ("chi2_yates", true)] {
                let got = chi_square_contingency(&table, yates).unwrap();
                assert_close(got.statistic, f(&case[key], "statistic"), 1e-13, key);
                assert_close(got.p_value, f(&case[key], "p_value"), P_FLOOR, key);
                assert_eq!(got.df, u(&case[key], "df"));
            }
        }
    }

    #[test]
    fn fisher_matches_scipy() {
        let all = cases();
        for case in all["proportions"].as_array().unwrap() {
            let name = case["name"].as_str().unwrap();
            let c = Proportion::new(u(case, "x_c"), u(case, "n_c")).unwrap();
            let t = Proportion::new(u(case, "x_t"), u(case, "n_t")).unwrap();
            let want = &case["fisher"];
            let got = fisher_exact(&c, &t).unwrap();
            assert_close(
                got.p_value,
                f(want, "p_value"),
                P_FLOOR,
                &format!("{name} fisher p"),
            );
            match (
                &want["odds_ratio"],
                want["odds_ratio_is_inf"].as_bool().unwrap(),
            ) {
                (_, true) => assert_eq!(got.odds_ratio, Some(f64::INFINITY), "{name}"),
                (Value::Null, false) => assert_eq!(got.odds_ratio, None, "{name}"),
                (v, false) => assert_close(got.odds_ratio.unwrap(), v.as_f64().unwrap(), 0.0, name),
            }
        }
    }

    #[test]
    fn degenerate_inputs() {
        let empty = Proportion::new(0, 0).unwrap();
        let some = Proportion::new(3, 10).unwrap();
        let control_empty = AbError::EmptyArm { arm: Arm::Control };
        assert_eq!(proportions_ztest(&empty, &some), Err(control_empty.clone()));
        assert_eq!(
            proportion_difference(&some, &empty, 0.05),
            Err(AbError::EmptyArm {
                arm: Arm::Treatment
            })
        );
        assert_eq!(fisher_exact(&empty, &some), Err(control_empty));
        let none = Proportion::new(0, 10).unwrap();
        assert_eq!(proportions_ztest(&none, &none), Err(AbError::NoVariation));
        assert_eq!(
            chi_square_2x2(&none, &none, true),
            Err(AbError::NoVariation)
        );
        assert_eq!(
            fisher_exact(&none, &none),
            Ok(FisherOutcome {
                odds_ratio: None,
                p_value: 1.0
            })
        );
        assert!(chi_square_contingency(&[vec![1, 2], vec![3]], false).is_err());
        assert_eq!(
            chi_square_contingency(&[vec![0, 0], vec![3, 4]], false),
            Err(AbError::EmptyGroup { index: 0 })
        );
        // Equal arms: a documented finite result.
        let z = proportions_ztest(&some, &some).unwrap();
        assert_eq!((z.statistic, z.p_value), (0.0, 1.0));
        // Both rates 0: the Wald interval collapses to the point estimate.
        let wald = proportion_difference(&none, &none, 0.05).unwrap();
        assert_eq!((wald.interval.lower, wald.interval.upper), (0.0, 0.0));
    }

    #[test]
    fn cochran_rule() {
        let small = Proportion::new(2, 20).unwrap();
        let large = Proportion::new(200, 2000).unwrap();
        assert!(prefers_exact_test(&small, &small));
        assert!(!prefers_exact_test(&large, &large));
    }
}
