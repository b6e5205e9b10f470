//! `mlo ab analyze`: from per-variant sufficient statistics (a scanned table or `--counts`) to
//! one comparison per metric and treatment — the estimate of each arm, absolute and relative
//! effects with intervals, a p-value from the chosen test, the effect size, GrowthBook's
//! Bayesian chance to beat control and risk, optional CUPED and sequential intervals — then the
//! sample-ratio-mismatch check, the multiple-testing correction across every comparison, and
//! a plain-language verdict for each.
//!
//! Which method gives what (see docs/ab.md): the p-value comes from `--test` (auto: pooled z,
//! or Fisher when an expected cell is below 5, for binary metrics; Welch for continuous ones);
//! the absolute interval from Wald (binary) or the t-test (continuous); the relative interval
//! from gbstats' delta-method t-test. With `--sequential` or `--covariate` every number comes
//! from gbstats' sequential or CUPED-adjusted t-test on the `--effect` scale. Verdicts use the
//! (adjusted) p-value against `alpha`. Variants are reported control first, then treatments in
//! name order, so CSV, JSON Lines and Parquet copies of a table give identical outcomes.

use std::path::PathBuf;

use serde::Serialize;

use super::input::{InputFormat, Scan, TableSpec, VariantData, scan};
use super::spec::{
    CountSpec, CovariateSpec, EffectChoice, GuardDirection, GuardrailSpec, KindChoice, KindSpec,
    Split, TestChoice,
};
use super::{AbError, usage};
use crate::stats::ab::{AbError as StatsError, MeanSums, MetricKind, Proportion, SampleMoments};
use crate::stats::ab_binary::{
    chi_square_2x2, cohens_h, fisher_exact, prefers_exact_test, proportion_difference,
    proportions_ztest,
};
use crate::stats::ab_checks::{Correction, SRM_P_THRESHOLD, adjust_p_values, srm_check};
use crate::stats::ab_continuous::{cohens_d, mann_whitney_u, student_ttest, welch_ttest};
use crate::stats::ab_cuped::{CupedSums, cuped_adjust};
use crate::stats::ab_gbstats::{
    ArmStatistic, EffectEstimate, EffectScale, SEQUENTIAL_TUNING_DEFAULT, bayesian_effect,
    effect_ttest, sequential_effect,
};

/// GrowthBook judges a sample ratio mismatch only when every arm has at least this many units.
pub const SRM_MIN_UNITS: u64 = 8;

/// Where the data comes from.
#[derive(Debug, Clone)]
pub enum Source {
    /// A table file.
    File {
        /// The file.
        path: PathBuf,
        /// Its format (from the extension when `None`).
        format: Option<InputFormat>,
    },
    /// Aggregated conversion counts, one per variant.
    Counts(Vec<CountSpec>),
    /// A served model's prediction log joined with feedback (`serve:NAME`).
    Serve(Box<ServeSource>),
}

/// The selected part of a prediction log, and the canary splits `mlo serve` recorded.
#[derive(Debug, Clone)]
pub struct ServeSource {
    /// The selected requests and the model's feedback.
    pub slice: crate::monitor::served::LogSlice,
    /// Canary percentages per (primary version, canary version), from `serve.start` events,
    /// in thousandths of a percent.
    pub splits: std::collections::BTreeMap<(String, String), std::collections::BTreeSet<u64>>,
}

/// `--correction`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum, Serialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum CorrectionChoice {
    /// No correction.
    #[default]
    None,
    /// Holm's step-down (family-wise error rate).
    Holm,
    /// Benjamini–Hochberg (false discovery rate).
    Bh,
    /// Bonferroni (family-wise error rate).
    Bonferroni,
}

/// Everything `mlo ab analyze` was asked.
#[derive(Debug, Clone)]
pub struct AnalyzeOptions {
    /// The data.
    pub source: Source,
    /// The variant column (tables only).
    pub variant_column: Option<String>,
    /// The control variant (for `serve:` inputs, default the primary arm).
    pub control: Option<String>,
    /// Metric columns (for `--counts`, the name of the conversion metric).
    pub metrics: Vec<String>,
    /// Kind overrides.
    pub kinds: Vec<KindSpec>,
    /// The test for p-values.
    pub test: TestChoice,
    /// The headline effect scale.
    pub effect: EffectChoice,
    /// Two-sided significance level.
    pub alpha: f64,
    /// Always-valid sequential intervals.
    pub sequential: bool,
    /// CUPED covariates.
    pub covariates: Vec<CovariateSpec>,
    /// Expected split (equal when `None`).
    pub split: Option<Split>,
    /// Multiple-testing correction.
    pub correction: CorrectionChoice,
    /// Guardrail metrics.
    pub guardrails: Vec<GuardrailSpec>,
}

/// Which procedure produced a comparison's p-value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TestUsed {
    /// Pooled two-proportion z-test.
    Ztest,
    /// Chi-square on the 2×2 table.
    Chisquare,
    /// Chi-square with Yates' correction.
    ChisquareYates,
    /// Fisher's exact test.
    Fisher,
    /// Welch's t-test.
    Welch,
    /// Student's t-test.
    Student,
    /// Mann–Whitney U.
    Mannwhitney,
    /// gbstats' t-test on CUPED-adjusted arms.
    CupedTtest,
    /// gbstats' sequential test (confidence sequences).
    Sequential,
}

/// The input as the outcome reports it.
#[derive(Debug, Clone, Serialize)]
pub struct InputSummary {
    /// `csv`, `jsonl`, `parquet` or `counts`.
    pub format: String,
    /// The file, for table input.
    pub path: Option<String>,
    /// Units (rows) read.
    pub units: u64,
}

/// One arm's units.
#[derive(Debug, Clone, Serialize)]
pub struct VariantSummary {
    /// The variant.
    pub name: String,
    /// Its units.
    pub units: u64,
}

/// The sample-ratio-mismatch check.
#[derive(Debug, Clone, Serialize)]
pub struct SrmSummary {
    /// Units per arm, in report order.
    pub observed: Vec<u64>,
    /// Expected shares, normalized to sum to 1.
    pub expected_shares: Vec<f64>,
    /// Chi-square statistic.
    pub statistic: f64,
    /// Degrees of freedom.
    pub df: u64,
    /// p-value.
    pub p_value: f64,
    /// Whether the check was judged (every arm has at least 8 units).
    pub judged: bool,
    /// Judged and p < 0.001: the results are untrustworthy.
    pub mismatch: bool,
}

/// An arm's estimate of one metric.
#[derive(Debug, Clone, Serialize)]
pub struct ArmEstimate {
    /// The variant.
    pub variant: String,
    /// Units.
    pub units: u64,
    /// Mean (the conversion rate for a binary metric).
    pub mean: f64,
    /// Sample standard deviation (ddof = 1), or √(p(1 − p)) for a binary metric.
    pub std_dev: f64,
}

/// An effect with its interval.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Effect {
    /// Point estimate (a fraction for relative effects: 0.1 = +10%).
    pub estimate: f64,
    /// Lower bound of the `1 − alpha` interval.
    pub ci_lower: f64,
    /// Upper bound.
    pub ci_upper: f64,
}

/// A standardized effect size.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct EffectSize {
    /// `cohens_h` (binary) or `cohens_d` (continuous).
    pub kind: &'static str,
    /// Its value, treatment minus control.
    pub value: f64,
}

/// GrowthBook's Bayesian summary (flat prior).
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Bayesian {
    /// Scale of the effect the risks are in.
    pub scale: EffectChoice,
    /// Posterior probability that the treatment is better than control.
    pub chance_to_beat_control: f64,
    /// Expected loss of shipping control.
    pub risk_control: f64,
    /// Expected loss of shipping the treatment.
    pub risk_treatment: f64,
}

/// How a comparison came out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// Significantly better than control.
    Better,
    /// Significantly worse than control.
    Worse,
    /// No significant difference.
    NoDifference,
    /// The test could not be computed (see `error`).
    Undefined,
}

/// One treatment against control on one metric.
#[derive(Debug, Clone, Serialize)]
pub struct Comparison {
    /// The treatment's estimate.
    pub treatment: ArmEstimate,
    /// The procedure behind the p-value.
    pub test: TestUsed,
    /// Its statistic (z, t, chi-square, U, or the odds ratio for Fisher).
    pub statistic: Option<f64>,
    /// Two-sided p-value.
    pub p_value: Option<f64>,
    /// The p-value after `--correction` (equal to `p_value` without one).
    pub adjusted_p_value: Option<f64>,
    /// Treatment minus control.
    pub absolute: Option<Effect>,
    /// (Treatment − control) / control.
    pub relative: Option<Effect>,
    /// The scale of the verdict's effect.
    pub headline: EffectChoice,
    /// Cohen's h or d.
    pub effect_size: Option<EffectSize>,
    /// Chance to beat control and risk.
    pub bayesian: Option<Bayesian>,
    /// CUPED's θ, with `--covariate`.
    pub cuped_theta: Option<f64>,
    /// Adjusted p-value below alpha.
    pub significant: bool,
    /// Better, worse, no difference, or undefined.
    pub outcome: Outcome,
    /// A guardrail metric got significantly worse.
    pub guardrail_failed: bool,
    /// The sentence for people.
    pub verdict: String,
    /// Why the test could not be computed.
    pub error: Option<String>,
    /// Why a secondary number is missing (e.g. no relative effect when the control mean is 0).
    pub notes: Vec<String>,
}

/// One metric's results.
#[derive(Debug, Clone, Serialize)]
pub struct MetricResult {
    /// The metric column.
    pub name: String,
    /// Binary or continuous.
    pub kind: KindChoice,
    /// `inferred` or `given`.
    pub kind_source: &'static str,
    /// Set for a guardrail.
    pub guardrail: Option<GuardDirection>,
    /// CUPED covariate column.
    pub covariate: Option<String>,
    /// The control arm's estimate.
    pub control: ArmEstimate,
    /// One per treatment, in name order.
    pub comparisons: Vec<Comparison>,
}

/// What `mlo ab analyze` found.
#[derive(Debug, Clone, Serialize)]
pub struct AnalyzeOutcome {
    /// The input.
    pub input: InputSummary,
    /// The control variant.
    pub control: String,
    /// Every arm, control first.
    pub variants: Vec<VariantSummary>,
    /// Significance level.
    pub alpha: f64,
    /// Multiple-testing correction.
    pub correction: CorrectionChoice,
    /// Whether intervals and p-values are sequential.
    pub sequential: bool,
    /// The sample-ratio-mismatch check (`None` when it could not run).
    pub srm: Option<SrmSummary>,
    /// Per metric.
    pub metrics: Vec<MetricResult>,
    /// Some guardrail got significantly worse.
    pub guardrail_failed: bool,
    /// Warnings for people (SRM, undefined tests).
    pub warnings: Vec<String>,
    /// For `serve:` input: the selection and how the log was joined with its feedback.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub served: Option<super::served::JoinSummary>,
}

/// A metric to analyze and how.
struct MetricPlan {
    name: String,
    column: usize,
    kind: KindChoice,
    kind_given: bool,
    guardrail: Option<GuardDirection>,
    /// Covariate column name, its value-column index, its cross-pair index, and whether it
    /// is binary.
    covariate: Option<(String, usize, usize, bool)>,
}

/// Runs the analysis.
pub fn analyze(opts: &AnalyzeOptions) -> Result<AnalyzeOutcome, AbError> {
    check_options(opts)?;
    let (scan, metric_names, input, column_label, mut served) = load(opts)?;
    let plans = plan_metrics(opts, &metric_names, &scan.all_binary)?;
    let control_arm = control_name(opts, &scan, served.as_ref())?;
    // Order: control, then treatments by name.
    let control_idx = scan
        .variants
        .iter()
        .position(|v| v.name == control_arm)
        .ok_or_else(|| AbError::VariantNotFound {
            variant: control_arm.clone(),
            column: column_label.clone(),
            found: sorted_names(&scan.variants),
        })?;
    let mut treatments: Vec<&VariantData> = scan
        .variants
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != control_idx)
        .map(|(_, v)| v)
        .collect();
    if treatments.is_empty() {
        return Err(AbError::OneArm {
            variant: control_arm.clone(),
        });
    }
    treatments.sort_by(|a, b| a.name.cmp(&b.name));
    let control = &scan.variants[control_idx];
    for v in std::iter::once(control).chain(treatments.iter().copied()) {
        if v.n == 0 {
            return Err(AbError::EmptyArm {
                variant: v.name.clone(),
            });
        }
    }
    let arms: Vec<&VariantData> = std::iter::once(control)
        .chain(treatments.iter().copied())
        .collect();
    let mut warnings = Vec::new();
    let split = match (&opts.split, &mut served) {
        (Some(s), Some(j)) => {
            j.split_source = "flag".into();
            Some(s.clone())
        }
        (Some(s), None) => Some(s.clone()),
        (None, Some(j)) => {
            let (split, source, warning) = served_split(&opts.source, &arms);
            j.split_source = source.into();
            warnings.extend(warning);
            split
        }
        (None, None) => None,
    };
    let srm = srm_summary(&arms, split.as_ref())?;
    if let Some(s) = &srm {
        if s.mismatch {
            warnings.push(format!(
                "sample ratio mismatch (p = {}): the arms' sizes {:?} do not match the expected split; the results are untrustworthy",
                fmt_p(s.p_value),
                s.observed
            ));
        } else if !s.judged {
            warnings.push(format!(
                "sample ratio mismatch not judged: an arm has fewer than {SRM_MIN_UNITS} units (GrowthBook's rule)"
            ));
        }
    }

    let mut metrics = Vec::new();
    for plan in &plans {
        let comparisons = treatments
            .iter()
            .map(|t| compare(plan, control, t, opts))
            .collect::<Result<Vec<_>, _>>()?;
        metrics.push(MetricResult {
            name: plan.name.clone(),
            kind: plan.kind,
            kind_source: if plan.kind_given { "given" } else { "inferred" },
            guardrail: plan.guardrail,
            covariate: plan.covariate.as_ref().map(|c| c.0.clone()),
            control: arm_estimate(control, plan),
            comparisons,
        });
    }
    apply_correction(&mut metrics, opts.correction)?;
    let mut guardrail_failed = false;
    for m in &mut metrics {
        for (c, plan) in m
            .comparisons
            .iter_mut()
            .zip(std::iter::repeat(&m.guardrail))
        {
            judge(c, &m.name, &control_arm, *plan, m.kind, opts);
            guardrail_failed |= c.guardrail_failed;
            if let Some(e) = &c.error {
                warnings.push(format!(
                    "cannot judge `{}` for `{}`: {e}",
                    m.name, c.treatment.variant
                ));
            }
        }
    }
    Ok(AnalyzeOutcome {
        input,
        control: control_arm,
        variants: arms
            .iter()
            .map(|v| VariantSummary {
                name: v.name.clone(),
                units: v.n,
            })
            .collect(),
        alpha: opts.alpha,
        correction: opts.correction,
        sequential: opts.sequential,
        srm,
        metrics,
        guardrail_failed,
        warnings,
        served,
    })
}

/// The control arm: `--control` (for `serve:` input `primary` or `canary` stand for the one
/// arm of that variant), else the one primary arm of a `serve:` input.
fn control_name(
    opts: &AnalyzeOptions,
    scan: &Scan,
    served: Option<&super::served::JoinSummary>,
) -> Result<String, AbError> {
    let Some(join) = served else {
        return opts.control.clone().ok_or_else(|| {
            usage(
                "`--control VARIANT` is needed: the variant every other one is compared with",
                None,
            )
        });
    };
    let wanted = opts.control.as_deref().unwrap_or("primary");
    if scan.variants.iter().any(|v| v.name == wanted) {
        return Ok(wanted.to_string());
    }
    let of_variant: Vec<&str> = join
        .arms
        .iter()
        .filter(|a| a.variant == wanted && a.units > 0)
        .map(|a| a.arm.as_str())
        .collect();
    match of_variant.as_slice() {
        [one] => Ok((*one).to_string()),
        [] => Err(AbError::VariantNotFound {
            variant: wanted.to_string(),
            column: "arms".into(),
            found: sorted_names(&scan.variants),
        }),
        several => Err(usage(
            format!(
                "the {wanted} variant served several versions ({}); say which is the control",
                several
                    .iter()
                    .map(|a| format!("`{a}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            Some("pass `--control VARIANT@VERSION`, or narrow the window with `--since`/`--until`"),
        )),
    }
}

/// The expected split of a `serve:` analysis without `--split`: the canary percentage that
/// `serve.start` recorded for exactly these two arms, else equal (with a warning).
fn served_split(
    source: &Source,
    arms: &[&VariantData],
) -> (Option<Split>, &'static str, Option<String>) {
    let Source::Serve(serve) = source else {
        return (None, "equal", None);
    };
    let parse = |name: &str| {
        name.split_once('@')
            .map(|(v, ver)| (v.to_string(), ver.to_string()))
    };
    let parsed: Vec<Option<(String, String)>> = arms.iter().map(|a| parse(&a.name)).collect();
    let primary = parsed.iter().flatten().find(|(v, _)| v == "primary");
    let canary = parsed.iter().flatten().find(|(v, _)| v == "canary");
    let fallback = |why: &str| {
        (
            None,
            "equal",
            Some(format!(
                "sample ratio checked against an equal split: {why}; pass `--split` with the canary split (control first), e.g. `--split 90/10`"
            )),
        )
    };
    let (Some((_, pv)), Some((_, cv)), 2) = (primary, canary, arms.len()) else {
        return fallback("the arms are not one primary and one canary");
    };
    let Some(percents) = serve.splits.get(&(pv.clone(), cv.clone())) else {
        return fallback("no `serve.start` audit event records this canary");
    };
    if percents.len() != 1 {
        return fallback("`serve.start` events record different canary percentages for it");
    }
    let canary_share = *percents.iter().next().expect("one percentage") as f64 / 1000.0;
    if !(canary_share > 0.0 && canary_share < 100.0) {
        return fallback("the recorded canary percentage is not between 0 and 100");
    }
    let shares: Vec<f64> = parsed
        .iter()
        .map(|p| match p.as_ref().map(|(v, _)| v.as_str()) {
            Some("canary") => canary_share,
            _ => 100.0 - canary_share,
        })
        .collect();
    (Some(Split(shares)), "serve.start", None)
}

fn check_options(opts: &AnalyzeOptions) -> Result<(), AbError> {
    if !(opts.alpha > 0.0 && opts.alpha < 1.0) {
        return Err(usage(
            format!("`--alpha {}` is not a level between 0 and 1", opts.alpha),
            Some("the usual level is `--alpha 0.05`"),
        ));
    }
    if (opts.sequential || !opts.covariates.is_empty())
        && !matches!(opts.test, TestChoice::Auto | TestChoice::Welch)
    {
        return Err(usage(
            "`--sequential` and `--covariate` use GrowthBook's t-test; they cannot be combined with `--test`",
            Some("drop `--test`, or drop `--sequential`/`--covariate`"),
        ));
    }
    Ok(())
}

fn sorted_names(variants: &[VariantData]) -> Vec<String> {
    let mut names: Vec<String> = variants.iter().map(|v| v.name.clone()).collect();
    names.sort();
    names
}

/// What [`load`] returns: the scan, the metric names, the input summary, the label of the
/// variant column for messages, and for `serve:` input the join's summary.
type Loaded = (
    Scan,
    Vec<String>,
    InputSummary,
    String,
    Option<super::served::JoinSummary>,
);

/// Reads the source into a scan.
fn load(opts: &AnalyzeOptions) -> Result<Loaded, AbError> {
    match &opts.source {
        Source::Serve(serve) => {
            if opts.variant_column.is_some() {
                return Err(usage(
                    "`--variant-col` does not apply to `serve:` input: the arms are the variants the canary split assigned",
                    None,
                ));
            }
            let guardrails: Vec<String> =
                opts.guardrails.iter().map(|g| g.metric.clone()).collect();
            let joined = super::served::join(
                &serve.slice,
                &opts.metrics,
                |metrics| table_spec(opts, "arm", metrics),
                &guardrails,
            )?;
            let input = InputSummary {
                format: "serve".into(),
                path: Some(serve.slice.summary.input.clone()),
                units: joined.scan.rows,
            };
            Ok((
                joined.scan,
                joined.metrics,
                input,
                "arms".into(),
                Some(joined.summary),
            ))
        }
        Source::Counts(counts) => {
            if opts.metrics.len() > 1 {
                return Err(usage(
                    "`--counts` describes one conversion metric; pass at most one `--metric` to name it",
                    None,
                ));
            }
            if !opts.covariates.is_empty() || !opts.guardrails.is_empty() {
                return Err(usage(
                    "`--covariate` and `--guardrail` need a table with one row per unit, not `--counts`",
                    None,
                ));
            }
            let name = opts
                .metrics
                .first()
                .cloned()
                .unwrap_or_else(|| "conversion".into());
            let keep_raw = opts.test == TestChoice::Mannwhitney;
            let mut variants: Vec<VariantData> = Vec::new();
            for c in counts {
                if variants.iter().any(|v| v.name == c.variant) {
                    return Err(usage(
                        format!("`--counts` gives variant `{}` twice", c.variant),
                        None,
                    ));
                }
                let p = Proportion::from_signed(c.successes, c.units).map_err(|e| {
                    usage(
                        format!("`--counts {}={}/{}`: {e}", c.variant, c.successes, c.units),
                        Some("counts are SUCCESSES/UNITS with 0 ≤ SUCCESSES ≤ UNITS"),
                    )
                })?;
                let x = p.successes as f64;
                let raw = if keep_raw {
                    let mut r = vec![0.0; p.failures() as usize];
                    r.extend(std::iter::repeat_n(1.0, p.successes as usize));
                    r
                } else {
                    Vec::new()
                };
                variants.push(VariantData {
                    name: c.variant.clone(),
                    n: p.n,
                    columns: vec![super::input::ColumnSums {
                        sum: x,
                        sum_squares: x,
                    }],
                    cross: vec![],
                    raw: vec![raw],
                });
            }
            let units = variants.iter().map(|v| v.n).sum();
            Ok((
                Scan {
                    rows: units,
                    variants,
                    all_binary: vec![true],
                },
                vec![name],
                InputSummary {
                    format: "counts".into(),
                    path: None,
                    units,
                },
                "--counts".into(),
                None,
            ))
        }
        Source::File { path, format } => {
            let variant_column = opts.variant_column.clone().ok_or_else(|| {
                usage(
                    "a table needs `--variant-col COLUMN`, the column naming each unit's arm",
                    None,
                )
            })?;
            if opts.metrics.is_empty() && opts.guardrails.is_empty() {
                return Err(usage(
                    "no metric to analyze",
                    Some("pass `--metric COLUMN` (repeat it for several metrics)"),
                ));
            }
            let format = match format {
                Some(f) => *f,
                None => InputFormat::from_path(path)?,
            };
            let mut metrics = opts.metrics.clone();
            for g in &opts.guardrails {
                if !metrics.contains(&g.metric) {
                    metrics.push(g.metric.clone());
                }
            }
            let spec = table_spec(opts, &variant_column, &metrics)?;
            let scan = scan(path, format, &spec)?;
            let input = InputSummary {
                format: serde_json::to_value(format)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_string))
                    .unwrap_or_default(),
                path: Some(path.display().to_string()),
                units: scan.rows,
            };
            Ok((scan, metrics, input, variant_column, None))
        }
    }
}

/// The value columns in a fixed order: metrics first, then covariates.
fn value_columns(opts: &AnalyzeOptions, metrics: &[String]) -> Vec<String> {
    let mut cols: Vec<String> = metrics.to_vec();
    for c in &opts.covariates {
        if !cols.contains(&c.column) {
            cols.push(c.column.clone());
        }
    }
    cols
}

fn covariate_for<'a>(opts: &'a AnalyzeOptions, metric: &str) -> Option<&'a str> {
    opts.covariates
        .iter()
        .find(|c| c.metric.as_deref() == Some(metric))
        .or_else(|| opts.covariates.iter().find(|c| c.metric.is_none()))
        .map(|c| c.column.as_str())
}

fn table_spec(
    opts: &AnalyzeOptions,
    variant_column: &str,
    metrics: &[String],
) -> Result<TableSpec, AbError> {
    for c in &opts.covariates {
        if let Some(m) = &c.metric
            && !metrics.contains(m)
        {
            return Err(usage(
                format!(
                    "`--covariate {m}={}` names a metric that is not analyzed",
                    c.column
                ),
                Some("add `--metric` for it, or drop the `METRIC=` prefix to adjust every metric"),
            ));
        }
    }
    let cols = value_columns(opts, metrics);
    let keep_raw = cols
        .iter()
        .map(|c| metrics.contains(c) && opts.test == TestChoice::Mannwhitney)
        .collect();
    let mut cross_pairs = Vec::new();
    for (i, m) in metrics.iter().enumerate() {
        if let Some(cov) = covariate_for(opts, m) {
            let j = cols.iter().position(|c| c == cov).unwrap_or(i);
            cross_pairs.push((i, j));
        }
    }
    Ok(TableSpec {
        variant_column: variant_column.to_string(),
        value_columns: cols,
        keep_raw,
        cross_pairs,
    })
}

fn plan_metrics(
    opts: &AnalyzeOptions,
    metrics: &[String],
    all_binary: &[bool],
) -> Result<Vec<MetricPlan>, AbError> {
    for k in &opts.kinds {
        if !metrics.contains(&k.metric) {
            return Err(usage(
                format!(
                    "`--kind {}={}` names a metric that is not analyzed",
                    k.metric, k.kind
                ),
                Some("pass the metric with `--metric` too"),
            ));
        }
    }
    let cols = value_columns(opts, metrics);
    let mut plans = Vec::new();
    let mut pair = 0;
    for (i, name) in metrics.iter().enumerate() {
        let given = opts.kinds.iter().rev().find(|k| &k.metric == name);
        let inferred = if all_binary[i] {
            KindChoice::Binary
        } else {
            KindChoice::Continuous
        };
        let kind = given.map_or(inferred, |k| k.kind);
        if kind == KindChoice::Binary && !all_binary[i] {
            return Err(usage(
                format!("`--kind {name}=binary`, but `{name}` has values other than 0 and 1"),
                Some("drop the override: the metric is continuous"),
            ));
        }
        if kind == KindChoice::Continuous && opts.test.needs_binary() {
            return Err(usage(
                format!(
                    "`--test {}` needs a binary metric, and `{name}` is continuous",
                    serde_json::to_value(opts.test)
                        .ok()
                        .and_then(|v| v.as_str().map(|s| s.replace('_', "-")))
                        .unwrap_or_default()
                ),
                Some("use `--test welch`, `student` or `mannwhitney` for continuous metrics"),
            ));
        }
        let covariate = covariate_for(opts, name).map(|cov| {
            let j = cols.iter().position(|c| c == cov).unwrap_or(i);
            let p = pair;
            pair += 1;
            (
                cov.to_string(),
                j,
                p,
                all_binary.get(j).copied().unwrap_or(false),
            )
        });
        plans.push(MetricPlan {
            name: name.clone(),
            column: i,
            kind,
            kind_given: given.is_some(),
            guardrail: opts
                .guardrails
                .iter()
                .rev()
                .find(|g| &g.metric == name)
                .map(|g| g.direction),
            covariate,
        });
    }
    Ok(plans)
}

fn srm_summary(
    arms: &[&VariantData],
    split: Option<&Split>,
) -> Result<Option<SrmSummary>, AbError> {
    let observed: Vec<u64> = arms.iter().map(|v| v.n).collect();
    let weights = match split {
        Some(Split(w)) => {
            if w.len() != arms.len() {
                return Err(usage(
                    format!(
                        "`--split` has {} shares but there are {} arms ({})",
                        w.len(),
                        arms.len(),
                        arms.iter()
                            .map(|v| format!("`{}`", v.name))
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                    Some(
                        "give one share per arm, control first, then the treatments in name order",
                    ),
                ));
            }
            w.clone()
        }
        None => vec![1.0; arms.len()],
    };
    let total: f64 = weights.iter().sum();
    Ok(srm_check(&observed, &weights).ok().map(|s| {
        let judged = observed.iter().all(|&n| n >= SRM_MIN_UNITS);
        SrmSummary {
            observed,
            expected_shares: weights.iter().map(|w| w / total).collect(),
            statistic: s.statistic,
            df: s.df,
            p_value: s.p_value,
            judged,
            mismatch: judged && s.p_value < SRM_P_THRESHOLD,
        }
    }))
}

/// One metric of one arm, in the forms the statistics take.
struct ArmMetric {
    n: u64,
    sums: MeanSums,
    proportion: Proportion,
    statistic: ArmStatistic,
}

fn arm_metric(v: &VariantData, plan: &MetricPlan) -> ArmMetric {
    let c = v.columns[plan.column];
    let sums = MeanSums {
        n: v.n,
        sum: c.sum,
        sum_squares: c.sum_squares,
    };
    let proportion = Proportion {
        successes: (c.sum.round() as u64).min(v.n),
        n: v.n,
    };
    let statistic = match plan.kind {
        KindChoice::Binary => ArmStatistic::from_proportion(&proportion),
        KindChoice::Continuous => ArmStatistic::from_sums(&sums),
    };
    ArmMetric {
        n: v.n,
        sums,
        proportion,
        statistic,
    }
}

fn arm_estimate(v: &VariantData, plan: &MetricPlan) -> ArmEstimate {
    let a = arm_metric(v, plan);
    ArmEstimate {
        variant: v.name.clone(),
        units: a.n,
        mean: a.statistic.mean,
        std_dev: a.statistic.variance.max(0.0).sqrt(),
    }
}

fn kind_of(k: KindChoice) -> MetricKind {
    match k {
        KindChoice::Binary => MetricKind::Binary,
        KindChoice::Continuous => MetricKind::Continuous,
    }
}

fn cuped_sums(v: &VariantData, plan: &MetricPlan, pre_kind: MetricKind) -> CupedSums {
    let (pre_col, pair) = plan.covariate.as_ref().map_or((0, 0), |c| (c.1, c.2));
    let post = v.columns[plan.column];
    let pre = v.columns[pre_col];
    CupedSums {
        post_kind: kind_of(plan.kind),
        pre_kind,
        n: v.n,
        post_sum: post.sum,
        post_sum_squares: post.sum_squares,
        pre_sum: pre.sum,
        pre_sum_squares: pre.sum_squares,
        post_pre_sum_products: v.cross[pair],
    }
}

fn effect(e: &EffectEstimate) -> Effect {
    Effect {
        estimate: e.estimate,
        ci_lower: e.interval.lower,
        ci_upper: e.interval.upper,
    }
}

fn scale(choice: EffectChoice) -> EffectScale {
    match choice {
        EffectChoice::Relative => EffectScale::Relative,
        EffectChoice::Absolute => EffectScale::Absolute,
    }
}

fn compare(
    plan: &MetricPlan,
    control: &VariantData,
    treatment: &VariantData,
    opts: &AnalyzeOptions,
) -> Result<Comparison, AbError> {
    let c = arm_metric(control, plan);
    let t = arm_metric(treatment, plan);
    let alpha = opts.alpha;
    let mut notes = Vec::new();
    let mut cuped_theta = None;
    let (adj_c, adj_t) = if plan.covariate.is_some() {
        let pre_binary = plan.covariate.as_ref().is_some_and(|c| c.3);
        let pre_kind = if pre_binary {
            MetricKind::Binary
        } else {
            MetricKind::Continuous
        };
        match cuped_adjust(
            &cuped_sums(control, plan, pre_kind),
            &cuped_sums(treatment, plan, pre_kind),
        ) {
            Ok(out) => {
                cuped_theta = Some(out.theta);
                (out.control, out.treatment)
            }
            Err(e) => return Ok(undefined(plan, treatment, &t, TestUsed::CupedTtest, e)),
        }
    } else {
        (c.statistic, t.statistic)
    };
    let mut headline = opts.effect;
    if headline == EffectChoice::Relative && adj_c.unadjusted_mean == 0.0 {
        notes.push(
            "no relative effect: the control mean is 0; the verdict uses the absolute effect"
                .into(),
        );
        headline = EffectChoice::Absolute;
    }
    let gb = |s: EffectScale| -> Result<EffectEstimate, StatsError> {
        if opts.sequential {
            sequential_effect(&adj_c, &adj_t, s, alpha, SEQUENTIAL_TUNING_DEFAULT)
        } else {
            effect_ttest(&adj_c, &adj_t, s, alpha)
        }
    };
    let relative_est = if adj_c.unadjusted_mean == 0.0 {
        None
    } else {
        match gb(EffectScale::Relative) {
            Ok(e) => Some(e),
            Err(e) => {
                notes.push(format!("no relative interval: {e}"));
                None
            }
        }
    };
    let (test, statistic, p_value, absolute): (
        TestUsed,
        Option<f64>,
        Result<f64, StatsError>,
        Option<Effect>,
    );
    if opts.sequential || plan.covariate.is_some() {
        test = if opts.sequential {
            TestUsed::Sequential
        } else {
            TestUsed::CupedTtest
        };
        let abs = gb(EffectScale::Absolute);
        absolute = abs.as_ref().ok().map(effect);
        let head = match headline {
            EffectChoice::Absolute => abs.clone(),
            EffectChoice::Relative => gb(EffectScale::Relative),
        };
        statistic = head.as_ref().ok().map(|e| e.estimate / e.std_error);
        p_value = head.map(|e| e.p_value);
    } else {
        let binary = plan.kind == KindChoice::Binary;
        let chosen = match opts.test {
            TestChoice::Auto if binary => {
                if prefers_exact_test(&c.proportion, &t.proportion) {
                    TestUsed::Fisher
                } else {
                    TestUsed::Ztest
                }
            }
            TestChoice::Auto | TestChoice::Welch => TestUsed::Welch,
            TestChoice::Ztest => TestUsed::Ztest,
            TestChoice::Chisquare => TestUsed::Chisquare,
            TestChoice::ChisquareYates => TestUsed::ChisquareYates,
            TestChoice::Fisher => TestUsed::Fisher,
            TestChoice::Student => TestUsed::Student,
            TestChoice::Mannwhitney => TestUsed::Mannwhitney,
        };
        test = chosen;
        let moments_c = c.sums.moments();
        let moments_t = t.sums.moments();
        let ttest = if chosen == TestUsed::Student {
            student_ttest(&moments_c, &moments_t, alpha)
        } else {
            welch_ttest(&moments_c, &moments_t, alpha)
        };
        absolute = if binary && !matches!(chosen, TestUsed::Welch | TestUsed::Student) {
            proportion_difference(&c.proportion, &t.proportion, alpha)
                .ok()
                .map(|d| Effect {
                    estimate: d.estimate,
                    ci_lower: d.interval.lower,
                    ci_upper: d.interval.upper,
                })
        } else {
            ttest.as_ref().ok().map(|r| Effect {
                estimate: r.difference,
                ci_lower: r.interval.lower,
                ci_upper: r.interval.upper,
            })
        };
        let (s, p) = match chosen {
            TestUsed::Ztest => split(
                proportions_ztest(&c.proportion, &t.proportion)
                    .map(|o| (Some(o.statistic), o.p_value)),
            ),
            TestUsed::Chisquare | TestUsed::ChisquareYates => split(
                chi_square_2x2(
                    &c.proportion,
                    &t.proportion,
                    chosen == TestUsed::ChisquareYates,
                )
                .map(|o| (Some(o.statistic), o.p_value)),
            ),
            TestUsed::Fisher => split(
                fisher_exact(&c.proportion, &t.proportion)
                    .map(|o| (o.odds_ratio.filter(|r| r.is_finite()), o.p_value)),
            ),
            TestUsed::Mannwhitney => split(
                mann_whitney_u(&control.raw[plan.column], &treatment.raw[plan.column])
                    .map(|o| (Some(o.u_treatment), o.p_value)),
            ),
            _ => split(ttest.map(|r| (Some(r.statistic), r.p_value))),
        };
        statistic = s;
        p_value = p;
    }
    let p_value = match p_value {
        Ok(p) => p,
        Err(e) => {
            let mut u = undefined(plan, treatment, &t, test, e);
            u.absolute = absolute;
            u.relative = relative_est.as_ref().map(effect);
            u.cuped_theta = cuped_theta;
            u.notes = notes;
            return Ok(u);
        }
    };
    let effect_size = match plan.kind {
        KindChoice::Binary => cohens_h(&c.proportion, &t.proportion)
            .ok()
            .map(|v| EffectSize {
                kind: "cohens_h",
                value: v,
            }),
        KindChoice::Continuous => cohens_d(&moments(&c), &moments(&t))
            .ok()
            .map(|v| EffectSize {
                kind: "cohens_d",
                value: v,
            }),
    };
    let bayesian = bayesian_effect(
        &adj_c,
        &adj_t,
        scale(headline),
        alpha,
        plan.guardrail == Some(GuardDirection::Max),
    )
    .ok()
    .map(|b| Bayesian {
        scale: headline,
        chance_to_beat_control: b.chance_to_win,
        risk_control: b.risk_control,
        risk_treatment: b.risk_treatment,
    });
    Ok(Comparison {
        treatment: arm_estimate(treatment, plan),
        test,
        statistic: statistic.filter(|s| s.is_finite()),
        p_value: Some(p_value),
        adjusted_p_value: Some(p_value),
        absolute,
        relative: relative_est.as_ref().map(effect),
        headline,
        effect_size,
        bayesian,
        cuped_theta,
        significant: false,
        outcome: Outcome::NoDifference,
        guardrail_failed: false,
        verdict: String::new(),
        error: None,
        notes,
    })
}

fn moments(a: &ArmMetric) -> SampleMoments {
    a.sums.moments()
}

#[allow(clippy::type_complexity)]
fn split(r: Result<(Option<f64>, f64), StatsError>) -> (Option<f64>, Result<f64, StatsError>) {
    match r {
        Ok((s, p)) => (s, Ok(p)),
        Err(e) => (None, Err(e)),
    }
}

fn undefined(
    plan: &MetricPlan,
    treatment: &VariantData,
    _t: &ArmMetric,
    test: TestUsed,
    err: StatsError,
) -> Comparison {
    Comparison {
        treatment: arm_estimate(treatment, plan),
        test,
        statistic: None,
        p_value: None,
        adjusted_p_value: None,
        absolute: None,
        relative: None,
        headline: EffectChoice::Absolute,
        effect_size: None,
        bayesian: None,
        cuped_theta: None,
        significant: false,
        outcome: Outcome::Undefined,
        guardrail_failed: false,
        verdict: String::new(),
        error: Some(err.to_string()),
        notes: Vec::new(),
    }
}

fn apply_correction(metrics: &mut [MetricResult], choice: CorrectionChoice) -> Result<(), AbError> {
    let method = match choice {
        CorrectionChoice::None => return Ok(()),
        CorrectionChoice::Holm => Correction::Holm,
        CorrectionChoice::Bh => Correction::BenjaminiHochberg,
        CorrectionChoice::Bonferroni => Correction::Bonferroni,
    };
    let ps: Vec<f64> = metrics
        .iter()
        .flat_map(|m| m.comparisons.iter().filter_map(|c| c.p_value))
        .collect();
    let adjusted = adjust_p_values(&ps, method)?;
    let mut it = adjusted.into_iter();
    for m in metrics.iter_mut() {
        for c in m.comparisons.iter_mut().filter(|c| c.p_value.is_some()) {
            c.adjusted_p_value = it.next();
        }
    }
    Ok(())
}

fn judge(
    c: &mut Comparison,
    metric: &str,
    control: &str,
    guardrail: Option<GuardDirection>,
    kind: KindChoice,
    opts: &AnalyzeOptions,
) {
    let t = c.treatment.variant.clone();
    let on = match guardrail {
        Some(_) => format!("guardrail {metric}"),
        None => metric.to_string(),
    };
    let Some(p) = c.adjusted_p_value else {
        c.outcome = Outcome::Undefined;
        c.verdict = format!(
            "cannot judge {t} against {control} on {on}: {}",
            c.error.as_deref().unwrap_or("the test is undefined")
        );
        return;
    };
    let head = match c.headline {
        EffectChoice::Relative => c.relative,
        EffectChoice::Absolute => c.absolute,
    };
    let diff = c.absolute.map_or(0.0, |a| a.estimate);
    c.significant = p < opts.alpha;
    let good = match guardrail {
        Some(GuardDirection::Max) => diff < 0.0,
        _ => diff > 0.0,
    };
    c.outcome = if !c.significant || diff == 0.0 {
        Outcome::NoDifference
    } else if good {
        Outcome::Better
    } else {
        Outcome::Worse
    };
    c.guardrail_failed = guardrail.is_some() && c.outcome == Outcome::Worse;
    let effect_text = head.map_or_else(String::new, |e| {
        format!(
            "{} [{}, {}], ",
            fmt_effect(e.estimate, c.headline, kind),
            fmt_effect(e.ci_lower, c.headline, kind),
            fmt_effect(e.ci_upper, c.headline, kind)
        )
    });
    let p_text = match opts.correction {
        CorrectionChoice::None => fmt_p_eq(p),
        other => format!(
            "{} ({}-adjusted)",
            fmt_p_eq(p),
            serde_json::to_value(other)
                .ok()
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_default()
        ),
    };
    c.verdict = match c.outcome {
        Outcome::Better => format!("{t} beats {control} on {on}: {effect_text}{p_text}"),
        Outcome::Worse => format!("{t} is worse than {control} on {on}: {effect_text}{p_text}"),
        _ => format!(
            "no significant difference between {t} and {control} on {on}: {effect_text}{p_text}"
        ),
    };
}

/// An effect for people: `+10.0%` (relative), `+1.00 pp` (absolute, binary), `+0.1234`
/// (absolute, continuous; four significant digits).
pub fn fmt_effect(x: f64, scale: EffectChoice, kind: KindChoice) -> String {
    match (scale, kind) {
        (EffectChoice::Relative, _) => format!("{:+.1}%", x * 100.0),
        (EffectChoice::Absolute, KindChoice::Binary) => format!("{:+.2} pp", x * 100.0),
        (EffectChoice::Absolute, KindChoice::Continuous) => {
            let s = fmt_num(x);
            if x >= 0.0 { format!("+{s}") } else { s }
        }
    }
}

/// A number with four significant digits, without exponent for everyday magnitudes.
pub fn fmt_num(x: f64) -> String {
    if x == 0.0 {
        return "0".into();
    }
    let mag = x.abs().log10().floor() as i32;
    if !(-4..6).contains(&mag) {
        return format!("{x:.3e}");
    }
    let decimals = (3 - mag).max(0) as usize;
    format!("{x:.decimals$}")
}

/// A p-value for people: `0.021`, or `< 0.001`.
pub fn fmt_p(p: f64) -> String {
    if p < 0.001 {
        "< 0.001".into()
    } else {
        format!("{p:.3}")
    }
}

fn fmt_p_eq(p: f64) -> String {
    if p < 0.001 {
        "p < 0.001".into()
    } else {
        format!("p = {p:.3}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_for_people() {
        assert_eq!(
            fmt_effect(0.1, EffectChoice::Relative, KindChoice::Binary),
            "+10.0%"
        );
        assert_eq!(
            fmt_effect(-0.0123, EffectChoice::Absolute, KindChoice::Binary),
            "-1.23 pp"
        );
        assert_eq!(
            fmt_effect(1.5, EffectChoice::Absolute, KindChoice::Continuous),
            "+1.500"
        );
        assert_eq!(fmt_p(0.0211), "0.021");
        assert_eq!(fmt_p(0.0004), "< 0.001");
        assert_eq!(fmt_num(123456789.0), "1.235e8");
    }
}
