//! `mlo ab`: clap definitions for A/B analysis and planning. No I/O; `commands::ab` turns these
//! into `ab::AnalyzeOptions` and `ab::PlanOptions`.

use clap::{Args, Subcommand};

use crate::ab::analyze::CorrectionChoice;
use crate::ab::input::InputFormat;
use crate::ab::{
    CountSpec, CovariateSpec, EffectChoice, GuardrailSpec, KindSpec, Split, TestChoice,
};

/// `mlo ab` subcommands.
#[derive(Debug, Subcommand)]
pub enum AbCommand {
    /// Analyze an experiment: effects, intervals, p-values and a verdict per metric
    ///
    /// Reads a table with one row per unit (CSV, JSON Lines or Parquet), or aggregated
    /// conversion counts. Exit code 1 when a guardrail metric is significantly worse, or with
    /// `--fail-on-srm` when the sample ratio mismatch check fails.
    Analyze(AnalyzeArgs),
    /// Plan an experiment: units per arm and days to detect a minimum effect, or the power of a
    /// given sample size
    Plan(PlanArgs),
}

/// `mlo ab analyze`.
#[derive(Debug, Args)]
pub struct AnalyzeArgs {
    /// The table (`.csv`, `.jsonl`, `.parquet`); `serve:NAME` for a served model's prediction
    /// log joined with its feedback (arms: primary and canary)
    #[arg(value_name = "FILE", required_unless_present = "counts")]
    pub file: Option<String>,
    /// Aggregated conversions instead of a table, VARIANT=SUCCESSES/UNITS (repeat per variant)
    #[arg(long, value_name = "VARIANT=X/N", conflicts_with_all = ["file", "variant_col"])]
    pub counts: Vec<CountSpec>,
    /// The column naming each unit's variant
    #[arg(long, value_name = "COL")]
    pub variant_col: Option<String>,
    /// The control variant every other variant is compared with (serve: default the primary)
    #[arg(long, value_name = "VARIANT")]
    pub control: Option<String>,
    /// A metric column to analyze (repeat for several; with --counts, the metric's name)
    #[arg(long, value_name = "COL")]
    pub metric: Vec<String>,
    /// Override the inferred kind of a metric (0/1 or true/false values are binary)
    #[arg(long, value_name = "METRIC=binary|continuous")]
    pub kind: Vec<KindSpec>,
    /// The test that gives the p-value
    #[arg(long, value_enum, default_value_t = TestChoice::Auto)]
    pub test: TestChoice,
    /// The scale of the headline effect
    #[arg(long, value_enum, default_value_t = EffectChoice::Relative)]
    pub effect: EffectChoice,
    /// Two-sided significance level (intervals are 1 − alpha)
    #[arg(long, default_value_t = 0.05)]
    pub alpha: f64,
    /// Always-valid sequential intervals and p-values, safe to peek at (GrowthBook's engine)
    #[arg(long)]
    pub sequential: bool,
    /// CUPED with a pre-period column, for every metric or for one (METRIC=COL)
    #[arg(long, value_name = "[METRIC=]COL")]
    pub covariate: Vec<CovariateSpec>,
    /// Expected split, control first then treatments in name order (default: equal)
    #[arg(long, value_name = "SHARES")]
    pub split: Option<Split>,
    /// Multiple-testing correction across every metric and treatment
    #[arg(long, value_enum, default_value_t = CorrectionChoice::None)]
    pub correction: CorrectionChoice,
    /// A guardrail metric that must not rise (max) or fall (min); exit 1 if it significantly does
    #[arg(long, value_name = "COL:max|min")]
    pub guardrail: Vec<GuardrailSpec>,
    /// Exit 1 when the sample ratio mismatch check fails
    #[arg(long)]
    pub fail_on_srm: bool,
    /// The input format, when the file's extension does not say
    #[arg(long, value_enum)]
    pub format: Option<InputFormat>,
    /// Print a Markdown report instead of a table (`--json` takes precedence)
    #[arg(long)]
    pub md: bool,
    /// serve: requests from this time on (24h back from now, a date, or an RFC 3339 time)
    #[arg(long, value_name = "TIME")]
    pub since: Option<String>,
    /// serve: requests before this time (same forms as --since)
    #[arg(long, value_name = "TIME")]
    pub until: Option<String>,
    /// serve: the prediction log directory (default: .mlo/predictions of the repository)
    #[arg(long, value_name = "DIR")]
    pub log_dir: Option<std::path::PathBuf>,
}

/// `mlo ab plan`.
#[derive(Debug, Args)]
pub struct PlanArgs {
    /// Baseline conversion rate of the control, e.g. 0.10
    #[arg(long, required_unless_present = "mean", conflicts_with_all = ["mean", "std"])]
    pub baseline: Option<f64>,
    /// Baseline mean of a continuous metric (with --std)
    #[arg(long, requires = "std")]
    pub mean: Option<f64>,
    /// Per-unit standard deviation of the continuous metric
    #[arg(long, requires = "mean")]
    pub std: Option<f64>,
    /// Minimum detectable effect: absolute (0.01 = one point of rate), or relative with --relative
    #[arg(long)]
    pub mde: f64,
    /// Read --mde as relative to the baseline (0.1 = +10%)
    #[arg(long)]
    pub relative: bool,
    /// Two-sided significance level (split over the treatments with --arms > 2)
    #[arg(long, default_value_t = 0.05)]
    pub alpha: f64,
    /// Power to detect the minimum effect
    #[arg(long, default_value_t = 0.8)]
    pub power: f64,
    /// Arms including control
    #[arg(long, default_value_t = 2)]
    pub arms: usize,
    /// Units in each treatment arm per control unit
    #[arg(long, default_value_t = 1.0)]
    pub ratio: f64,
    /// Units entering the experiment per day, for the duration
    #[arg(long, value_name = "N")]
    pub daily_units: Option<f64>,
    /// Report the power reached with N units in control (and ratio × N per treatment)
    #[arg(long, value_name = "N")]
    pub sample_size: Option<u64>,
}
