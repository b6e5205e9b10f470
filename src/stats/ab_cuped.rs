//! CUPED variance reduction with one pre-period covariate, with GrowthBook's semantics
//! (gbstats 0.8.0 `RegressionAdjustedStatistic` and `compute_theta`): θ from the covariance
//! of metric and covariate pooled over both arms, then each arm's mean and variance adjusted.
//! Works from sufficient statistics (sums, sums of squares, cross products), so a streaming
//! reader only accumulates [`CupedSums`]. The adjusted arms feed `ab_gbstats.rs`; tests there
//! check the adjusted effects against gbstats, and θ here.

use super::ab::{AbError, Arm, MetricKind};
use super::ab_gbstats::ArmStatistic;
use super::summary::covariance_of_sums;

/// Sufficient statistics of one arm for CUPED: the metric (post period) and one pre-period
/// covariate, their sums of squares and the sum of their products — what gbstats'
/// `RegressionAdjustedStatistic` holds. Accumulate with [`CupedSums::push`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CupedSums {
    /// How the metric is summarized.
    pub post_kind: MetricKind,
    /// How the covariate is summarized.
    pub pre_kind: MetricKind,
    /// Units.
    pub n: u64,
    /// Σ metric.
    pub post_sum: f64,
    /// Σ metric².
    pub post_sum_squares: f64,
    /// Σ covariate.
    pub pre_sum: f64,
    /// Σ covariate².
    pub pre_sum_squares: f64,
    /// Σ metric · covariate.
    pub post_pre_sum_products: f64,
}

impl CupedSums {
    /// Empty sums for a metric and covariate of the given kinds.
    pub fn new(post_kind: MetricKind, pre_kind: MetricKind) -> Self {
        Self {
            post_kind,
            pre_kind,
            n: 0,
            post_sum: 0.0,
            post_sum_squares: 0.0,
            pre_sum: 0.0,
            pre_sum_squares: 0.0,
            post_pre_sum_products: 0.0,
        }
    }

    /// Adds one unit (the caller rejects non-finite values before).
    pub fn push(&mut self, post: f64, pre: f64) {
        self.n += 1;
        self.post_sum += post;
        self.post_sum_squares += post * post;
        self.pre_sum += pre;
        self.pre_sum_squares += pre * pre;
        self.post_pre_sum_products += post * pre;
    }

    /// Adds another partial sum of the same arm.
    pub fn merge(&mut self, other: &CupedSums) {
        self.n += other.n;
        self.post_sum += other.post_sum;
        self.post_sum_squares += other.post_sum_squares;
        self.pre_sum += other.pre_sum;
        self.pre_sum_squares += other.pre_sum_squares;
        self.post_pre_sum_products += other.post_pre_sum_products;
    }

    fn post(&self) -> ArmStatistic {
        ArmStatistic::from_kind(self.post_kind, self.n, self.post_sum, self.post_sum_squares)
    }

    fn pre(&self) -> ArmStatistic {
        ArmStatistic::from_kind(self.pre_kind, self.n, self.pre_sum, self.pre_sum_squares)
    }

    /// Sample covariance of metric and covariate (0 when n ≤ 1).
    fn covariance(&self) -> f64 {
        covariance_of_sums(
            self.n,
            self.post_pre_sum_products,
            self.post_sum,
            self.pre_sum,
        )
    }
}

/// CUPED-adjusted arms and the coefficient used.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CupedOutcome {
    /// θ = Cov(metric, covariate) / Var(covariate) over both arms pooled; 0 when either
    /// pooled variance is 0, in which case the arms are the unadjusted metric.
    pub theta: f64,
    /// Adjusted control: mean `ȳ − θ x̄`, variance `σ_y² + θ² σ_x² − 2θ σ_xy`.
    pub control: ArmStatistic,
    /// Adjusted treatment.
    pub treatment: ArmStatistic,
}

/// CUPED with one pre-period covariate, gbstats `compute_theta` and
/// `RegressionAdjustedStatistic`: θ from the pooled covariance of both arms, then each arm's
/// mean and variance adjusted (the unadjusted mean stays the denominator of a relative
/// effect). Pass the result's arms to [`effect_ttest`](super::ab_gbstats::effect_ttest), [`sequential_effect`](super::ab_gbstats::sequential_effect) or
/// [`bayesian_effect`](super::ab_gbstats::bayesian_effect). Errors: an empty arm, or arms whose metric or covariate kinds differ.
pub fn cuped_adjust(control: &CupedSums, treatment: &CupedSums) -> Result<CupedOutcome, AbError> {
    if control.post_kind != treatment.post_kind || control.pre_kind != treatment.pre_kind {
        return Err(AbError::MixedKinds);
    }
    for (arm, s) in [(Arm::Control, control), (Arm::Treatment, treatment)] {
        if s.n == 0 {
            return Err(AbError::EmptyArm { arm });
        }
    }
    let mut joint = *control;
    joint.merge(treatment);
    let (joint_post, joint_pre) = (joint.post(), joint.pre());
    if joint_pre.variance == 0.0 || joint_post.variance == 0.0 {
        return Ok(CupedOutcome {
            theta: 0.0,
            control: control.post(),
            treatment: treatment.post(),
        });
    }
    let theta = joint.covariance() / joint_pre.variance;
    let adjust = |s: &CupedSums| {
        let (post, pre) = (s.post(), s.pre());
        let variance = if s.n <= 1 {
            0.0
        } else {
            post.variance + theta.powi(2) * pre.variance - 2.0 * theta * s.covariance()
        };
        ArmStatistic {
            n: s.n,
            mean: post.mean - theta * pre.mean,
            unadjusted_mean: post.mean,
            variance,
        }
    };
    Ok(CupedOutcome {
        theta,
        control: adjust(control),
        treatment: adjust(treatment),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn degenerate_inputs() {
        let binary = CupedSums::new(MetricKind::Binary, MetricKind::Continuous);
        let continuous = CupedSums::new(MetricKind::Continuous, MetricKind::Continuous);
        assert_eq!(cuped_adjust(&binary, &continuous), Err(AbError::MixedKinds));
        assert_eq!(
            cuped_adjust(&continuous, &continuous),
            Err(AbError::EmptyArm { arm: Arm::Control })
        );
        // A constant covariate: θ = 0 and the arms are the unadjusted metric (as gbstats).
        let mut c = continuous;
        let mut t = continuous;
        for i in 0..10 {
            c.push(i as f64, 1.0);
            t.push(i as f64 * 1.5, 1.0);
        }
        let out = cuped_adjust(&c, &t).unwrap();
        assert_eq!(out.theta, 0.0);
        assert_eq!(out.control.mean, 4.5);
    }

    #[test]
    fn cuped_push_matches_sums_and_reduces_variance() {
        let mut c = CupedSums::new(MetricKind::Continuous, MetricKind::Continuous);
        let mut t = c;
        for i in 0..200 {
            let pre = (i as f64 * 0.7).sin() * 3.0 + 10.0;
            let noise = (i as f64 * 1.3).cos();
            c.push(2.0 + 0.8 * pre + noise, pre);
            t.push(2.3 + 0.8 * pre + noise * 0.9, pre);
        }
        let out = cuped_adjust(&c, &t).unwrap();
        assert!(out.theta > 0.5 && out.theta < 1.1, "theta {}", out.theta);
        assert!(out.control.variance < c.post().variance / 4.0);
        assert_eq!(out.control.unadjusted_mean, c.post().mean);
    }
}
