//! Experiment-wide checks: the sample-ratio-mismatch test (is the observed split the
//! configured one?) and multiple-testing corrections for several metrics or treatments.
//!
//! The SRM check matches scipy `chisquare` and gbstats `check_srm`; corrections match
//! statsmodels `multipletests`. Unit tests check both on `tests/fixtures/stats/ab_cases.json`
//! and `gbstats_cases.json`. Called by the `mlo ab` domain code.

use super::ab::AbError;
use super::special::chi2_sf;

/// p-value below which a sample ratio mismatch is flagged (GrowthBook's
/// `DEFAULT_SRM_THRESHOLD`).
pub const SRM_P_THRESHOLD: f64 = 0.001;

/// Result of the sample-ratio-mismatch check.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SrmOutcome {
    /// Chi-square goodness-of-fit statistic.
    pub statistic: f64,
    /// Degrees of freedom (arms − 1).
    pub df: u64,
    /// Upper-tail p-value.
    pub p_value: f64,
    /// True when `p_value < SRM_P_THRESHOLD`: the split is not what was configured and the
    /// results should not be trusted.
    pub mismatch: bool,
}

/// Sample-ratio-mismatch check: chi-square goodness of fit of the observed units per arm
/// against the expected split `weights` (any positive scale; `[1.0, 1.0]` is 50/50), scipy
/// `chisquare(observed, f_exp)` and gbstats `check_srm(users, weights)`. GrowthBook judges SRM
/// only when every arm has at least 8 units; that policy is left to the caller. Errors: fewer
/// than 2 arms, lengths differ, a weight that is not positive and finite, no units at all.
pub fn srm_check(observed: &[u64], weights: &[f64]) -> Result<SrmOutcome, AbError> {
    if observed.len() < 2 {
        return Err(AbError::TooFewGroups {
            needed: 2,
            got: observed.len(),
        });
    }
    if weights.len() != observed.len() {
        return Err(AbError::LengthMismatch {
            what: "SRM weights",
            expected: observed.len(),
            got: weights.len(),
        });
    }
    if let Some(&w) = weights.iter().find(|w| !(w.is_finite() && **w > 0.0)) {
        return Err(AbError::InvalidParameter {
            name: "split weight",
            value: w,
            expected: "a positive number",
        });
    }
    let total = observed.iter().sum::<u64>() as f64;
    if total == 0.0 {
        return Err(AbError::NoUnits);
    }
    let total_weight: f64 = weights.iter().sum();
    let statistic = observed
        .iter()
        .zip(weights)
        .map(|(&o, &w)| {
            let e = w / total_weight * total;
            (o as f64 - e) * (o as f64 - e) / e
        })
        .sum::<f64>();
    let df = (observed.len() - 1) as u64;
    let p_value = chi2_sf(statistic, df as f64);
    Ok(SrmOutcome {
        statistic,
        df,
        p_value,
        mismatch: p_value < SRM_P_THRESHOLD,
    })
}

/// A multiple-testing correction of p-values.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Correction {
    /// Bonferroni: `min(1, m·p)`; controls the family-wise error rate.
    Bonferroni,
    /// Holm's step-down; controls the family-wise error rate, uniformly more powerful than
    /// Bonferroni.
    Holm,
    /// Benjamini–Hochberg step-up; controls the false discovery rate.
    BenjaminiHochberg,
}

/// Adjusted p-values in input order, statsmodels `multipletests(p, method=…)[1]` for
/// `"bonferroni"`, `"holm"` and `"fdr_bh"`. Errors on a p-value that is NaN or outside [0, 1].
pub fn adjust_p_values(p_values: &[f64], method: Correction) -> Result<Vec<f64>, AbError> {
    if let Some(&p) = p_values.iter().find(|p| !(0.0..=1.0).contains(*p)) {
        return Err(AbError::InvalidParameter {
            name: "p-value",
            value: p,
            expected: "a probability in [0, 1]",
        });
    }
    let m = p_values.len();
    let mut order: Vec<usize> = (0..m).collect();
    order.sort_by(|&a, &b| p_values[a].total_cmp(&p_values[b]));
    let sorted: Vec<f64> = order.iter().map(|&i| p_values[i]).collect();
    let adjusted_sorted: Vec<f64> = match method {
        Correction::Bonferroni => sorted.iter().map(|p| (p * m as f64).min(1.0)).collect(),
        Correction::Holm => {
            let mut running = f64::NEG_INFINITY;
            sorted
                .iter()
                .enumerate()
                .map(|(i, p)| {
                    running = running.max(p * (m - i) as f64);
                    running.min(1.0)
                })
                .collect()
        }
        Correction::BenjaminiHochberg => {
            let mut out = vec![0.0; m];
            let mut running = f64::INFINITY;
            for i in (0..m).rev() {
                let ecdf = (i + 1) as f64 / m as f64;
                running = running.min(sorted[i] / ecdf);
                out[i] = running.min(1.0);
            }
            out
        }
    };
    let mut adjusted = vec![0.0; m];
    for (rank, &i) in order.iter().enumerate() {
        adjusted[i] = adjusted_sorted[rank];
    }
    Ok(adjusted)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stats::ab::tests::{P_FLOOR, assert_close, cases, f, floats};

    #[test]
    fn srm_matches_scipy_chisquare() {
        let all = cases();
        for case in all["srm"].as_array().unwrap() {
            let observed: Vec<u64> = case["observed"]
                .as_array()
                .unwrap()
                .iter()
                .map(|x| x.as_u64().unwrap())
                .collect();
            let weights = floats(&case["weights"]);
            let got = srm_check(&observed, &weights).unwrap();
            assert_close(got.statistic, f(case, "statistic"), 1e-13, "srm statistic");
            assert_close(got.p_value, f(case, "p_value"), P_FLOOR, "srm p");
            assert_eq!(got.mismatch, case["mismatch"].as_bool().unwrap());
        }
    }

    #[test]
    fn corrections_match_statsmodels_multipletests() {
        let all = cases();
        for case in all["multipletests"].as_array().unwrap() {
            let p = floats(&case["p_values"]);
            for (key, method) in [
                ("bonferroni", Correction::Bonferroni),
                ("holm", Correction::Holm),
                ("fdr_bh", Correction::BenjaminiHochberg),
            ] {
                let got = adjust_p_values(&p, method).unwrap();
                let want = floats(&case[key]);
                assert_eq!(got.len(), want.len());
                for (g, w) in got.iter().zip(&want) {
                    assert_close(*g, *w, 1e-16, key);
                }
            }
        }
    }

    #[test]
    fn degenerate_inputs() {
        assert_eq!(srm_check(&[0, 0], &[1.0, 1.0]), Err(AbError::NoUnits));
        assert!(srm_check(&[5, 5], &[1.0, 0.0]).is_err());
        assert!(srm_check(&[5, 5], &[1.0]).is_err());
        assert!(srm_check(&[5], &[1.0]).is_err());
        assert!(adjust_p_values(&[0.5, f64::NAN], Correction::Holm).is_err());
        assert!(adjust_p_values(&[1.5], Correction::Bonferroni).is_err());
        assert_eq!(adjust_p_values(&[], Correction::Holm), Ok(vec![]));
    }
}
