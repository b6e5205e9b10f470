//! Summary statistics shared by drift (`drift`), A/B analysis (`ab`, `ab_gbstats`, `ab_cuped`)
//! and the monitor's reference profiles: numpy's pairwise summation, two-pass moments of a
//! sample, and sample (co)variances from running sums. One implementation of each, so every
//! caller rounds the same way.
//!
//! Invariants: callers pass finite values (they report non-finite ones with their own error
//! naming the sample); nothing here allocates or fails.

/// numpy's pairwise summation (`np.sum` of a contiguous float64 array), order for order.
pub fn pairwise_sum(values: &[f64]) -> f64 {
    pairwise_sum_by(values.len(), |k| values[k])
}

/// [`pairwise_sum`] of `term(0), …, term(n − 1)`, without building the array.
pub fn pairwise_sum_by(n: usize, term: impl Fn(usize) -> f64 + Copy) -> f64 {
    pairwise_range(0, n, term)
}

fn pairwise_range(start: usize, n: usize, term: impl Fn(usize) -> f64 + Copy) -> f64 {
    if n < 8 {
        let mut res = 0.0;
        for k in 0..n {
            res += term(start + k);
        }
        res
    } else if n <= 128 {
        let mut r = [0.0f64; 8];
        for (j, rj) in r.iter_mut().enumerate() {
            *rj = term(start + j);
        }
        let mut i = 8;
        while i < n - (n % 8) {
            for (j, rj) in r.iter_mut().enumerate() {
                *rj += term(start + i + j);
            }
            i += 8;
        }
        let mut res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
        while i < n {
            res += term(start + i);
            i += 1;
        }
        res
    } else {
        let mut n2 = n / 2;
        n2 -= n2 % 8;
        pairwise_range(start, n2, term) + pairwise_range(start + n2, n - n2, term)
    }
}

/// Mean and sum of squared deviations from it of a non-empty sample, in two passes of
/// [`pairwise_sum`] as numpy does: `m2 / n` is `np.var(x)` and `m2 / (n − 1)` is
/// `np.var(x, ddof=1)`.
pub fn mean_and_m2(values: &[f64]) -> (f64, f64) {
    let n = values.len();
    let mean = pairwise_sum(values) / n as f64;
    let m2 = pairwise_sum_by(n, |k| {
        let d = values[k] - mean;
        d * d
    });
    (mean, m2)
}

/// Mean from running sums; 0 for no units (as gbstats).
pub fn mean_of_sums(n: u64, sum: f64) -> f64 {
    if n == 0 { 0.0 } else { sum / n as f64 }
}

/// Sample covariance (ddof = 1) from running sums by gbstats' formula
/// `(Σxy − Σx·Σy/n) / (n − 1)`; 0 when n ≤ 1 (as gbstats). With x = y it is the sample
/// variance. Negative rounding residue is returned as is.
pub fn covariance_of_sums(n: u64, sum_xy: f64, sum_x: f64, sum_y: f64) -> f64 {
    if n <= 1 {
        return 0.0;
    }
    let n = n as f64;
    (sum_xy - sum_x * sum_y / n) / (n - 1.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pairwise_sum_follows_numpy_blocking() {
        // 0.1 has no exact binary form, so sequential and pairwise orders round differently;
        // np.sum(np.full(1000, 0.1)) == 100.00000000000001 while a sequential loop gives
        // 99.9999999999986.
        let v = vec![0.1f64; 1000];
        assert_eq!(pairwise_sum(&v), 100.00000000000001);
        assert_eq!(v.iter().sum::<f64>(), 99.9999999999986);
    }

    #[test]
    fn moments_match_numpy() {
        // x = 0.1 * np.arange(1, 301) ** 1.5 (numpy 2.4): np.mean(x), np.var(x) and
        // np.var(x, ddof=1), to the bit.
        let x: Vec<f64> = (1..=300).map(|i| 0.1 * f64::powf(i as f64, 1.5)).collect();
        let (mean, m2) = mean_and_m2(&x);
        assert_eq!(mean, 208.71283550485236);
        assert_eq!(m2 / 300.0, 24389.70229552446);
        assert_eq!(m2 / 299.0, 24471.273206211834);
    }

    #[test]
    fn sums_give_the_moments_and_degenerate_cases_give_zero() {
        let x = [2.0, 4.0, 4.0, 5.0];
        let y = [1.0, 3.0, 2.0, 6.0];
        let (sx, sy) = (x.iter().sum::<f64>(), y.iter().sum::<f64>());
        let sxx = x.iter().map(|v| v * v).sum::<f64>();
        let sxy = x.iter().zip(&y).map(|(a, b)| a * b).sum::<f64>();
        assert_eq!(mean_of_sums(4, sx), 3.75);
        // (61 − 15·15/4)/3 = np.var(x, ddof=1) = 1.5833333333333333, and
        // (52 − 15·12/4)/3 = 7/3 (np.cov(x, y)[0, 1], centred first, is one ulp below).
        assert_eq!(covariance_of_sums(4, sxx, sx, sx), 1.5833333333333333);
        assert_eq!(covariance_of_sums(4, sxy, sx, sy), 7.0 / 3.0);
        assert_eq!(mean_of_sums(0, 0.0), 0.0);
        assert_eq!(covariance_of_sums(1, 4.0, 2.0, 2.0), 0.0);
    }
}
