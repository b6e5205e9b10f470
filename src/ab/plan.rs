//! `mlo ab plan`: units per arm and days needed to detect a minimum effect on a conversion
//! rate (`--baseline`) or a mean (`--mean`, `--std`), and the power a given sample size
//! achieves (`--sample-size`). The arithmetic is `stats::power` (statsmodels' `NormalIndPower`
//! on Cohen's h, `tt_ind_solve_power` on Cohen's d); this module validates the combination of
//! flags and shapes the outcome.

use serde::Serialize;

use super::{AbError, usage};
use crate::stats::power::{
    self, Mde, MeanPlanOptions, PlanError, ProportionPlanOptions, mean_power, plan_means,
    plan_proportions, proportion_power,
};

/// What the metric looks like today.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Baseline {
    /// A conversion rate in (0, 1).
    Rate(f64),
    /// A mean and the per-unit standard deviation.
    Mean {
        /// Control mean.
        mean: f64,
        /// Standard deviation per unit.
        std_dev: f64,
    },
}

/// Everything `mlo ab plan` was asked.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PlanOptions {
    /// The metric today.
    pub baseline: Baseline,
    /// Minimum detectable effect: absolute, or relative to the baseline with `relative`.
    pub mde: f64,
    /// Whether `mde` is relative (0.1 = +10%).
    pub relative: bool,
    /// Family-wise two-sided significance level.
    pub alpha: f64,
    /// Power for each comparison.
    pub power: f64,
    /// Arms including control.
    pub arms: usize,
    /// Units in each treatment arm per control unit.
    pub ratio: f64,
    /// Units entering the experiment per day (all arms), for the duration.
    pub daily_units: Option<f64>,
    /// A control-arm size whose power to report.
    pub sample_size: Option<u64>,
}

/// A plan.
#[derive(Debug, Clone, Serialize)]
pub struct PlanOutcome {
    /// `proportion` or `mean`.
    pub metric: &'static str,
    /// Baseline rate or mean.
    pub baseline: f64,
    /// Standard deviation (means only).
    pub std_dev: Option<f64>,
    /// The minimum detectable effect as given.
    pub mde: f64,
    /// Whether it is relative.
    pub relative: bool,
    /// The treatment's rate or mean at the minimum effect.
    pub target: f64,
    /// Family-wise alpha.
    pub alpha: f64,
    /// Alpha per treatment-vs-control comparison (Bonferroni over `arms − 1`).
    pub alpha_per_comparison: f64,
    /// Requested power.
    pub power: f64,
    /// Arms including control.
    pub arms: usize,
    /// Treatment-to-control size ratio.
    pub ratio: f64,
    /// |Cohen's h| or |Cohen's d|.
    pub effect_size: f64,
    /// Units needed in control.
    pub control_units: u64,
    /// Units needed in each treatment arm.
    pub treatment_units: u64,
    /// Units needed in all.
    pub total_units: u64,
    /// Days at `--daily-units`.
    pub days: Option<u64>,
    /// `--sample-size`: control units given.
    pub sample_size: Option<u64>,
    /// Power reached with `sample_size`.
    pub achieved_power: Option<f64>,
}

/// A plan, and the power `sample_size` control units reach when one is given.
fn with_achieved(
    plan: Result<power::PlanOutcome, PlanError>,
    sample_size: Option<u64>,
    power_at: impl Fn(f64) -> Result<f64, PlanError>,
) -> Result<(power::PlanOutcome, Option<f64>), PlanError> {
    let plan = plan?;
    let achieved = sample_size.map(|n| power_at(n as f64)).transpose()?;
    Ok((plan, achieved))
}

/// Computes a plan.
pub fn plan(opts: &PlanOptions) -> Result<PlanOutcome, AbError> {
    if let Some(d) = opts.daily_units
        && !(d.is_finite() && d > 0.0)
    {
        return Err(usage(
            format!("`--daily-units {d}` must be a positive number of units per day"),
            None,
        ));
    }
    if opts.sample_size == Some(0) {
        return Err(usage(
            "`--sample-size` must be at least 1 unit per arm",
            None,
        ));
    }
    let mde = if opts.relative {
        Mde::Relative(opts.mde)
    } else {
        Mde::Absolute(opts.mde)
    };
    let (metric, baseline, std_dev, (outcome, achieved)) = match opts.baseline {
        Baseline::Rate(p) => {
            let o = ProportionPlanOptions {
                baseline: p,
                mde,
                alpha: opts.alpha,
                power: opts.power,
                ratio: opts.ratio,
                arms: opts.arms,
            };
            let sized = with_achieved(plan_proportions(&o), opts.sample_size, |n| {
                proportion_power(&o, n)
            })?;
            ("proportion", p, None, sized)
        }
        Baseline::Mean { mean, std_dev } => {
            let o = MeanPlanOptions {
                baseline_mean: mean,
                std_dev,
                mde,
                alpha: opts.alpha,
                power: opts.power,
                ratio: opts.ratio,
                arms: opts.arms,
            };
            let sized = with_achieved(plan_means(&o), opts.sample_size, |n| mean_power(&o, n))?;
            ("mean", mean, Some(std_dev), sized)
        }
    };
    let target = if opts.relative {
        baseline * (1.0 + opts.mde)
    } else {
        baseline + opts.mde
    };
    Ok(PlanOutcome {
        metric,
        baseline,
        std_dev,
        mde: opts.mde,
        relative: opts.relative,
        target,
        alpha: opts.alpha,
        alpha_per_comparison: outcome.alpha_per_comparison,
        power: opts.power,
        arms: opts.arms,
        ratio: opts.ratio,
        effect_size: outcome.effect_size,
        control_units: outcome.control_units,
        treatment_units: outcome.treatment_units,
        total_units: outcome.total_units,
        days: opts
            .daily_units
            .and_then(|d| outcome.days(d))
            .map(|d| d.ceil() as u64),
        sample_size: opts.sample_size,
        achieved_power: achieved,
    })
}
