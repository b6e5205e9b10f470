//! `mlo monitor`: drift checks, their history, and serving performance.

use std::path::PathBuf;

use clap::{Args, Subcommand};

use crate::monitor::served::Variant;
use crate::monitor::{Compat, FailOn, Method};

/// `mlo monitor` subcommands.
#[derive(Debug, Subcommand)]
pub enum MonitorCommand {
    /// Compare a current table with a reference, column by column; exit 1 on drift (--fail-on)
    Drift(Box<MonitorDriftArgs>),
    /// List past drift checks, newest first
    History(MonitorHistoryArgs),
    /// Request count, error rate and latency from the prediction log of `mlo serve`
    Perf(MonitorPerfArgs),
}

/// `mlo monitor drift`.
#[derive(Debug, Args)]
pub struct MonitorDriftArgs {
    /// Reference data: FILE (.csv, .jsonl, .parquet), PATH@GIT_REV (a tracked dataset), or serve:NAME[@VERSION]
    #[arg(
        long,
        value_name = "INPUT",
        required_unless_present = "reference_profile"
    )]
    pub reference: Option<String>,
    /// Use a reference profile saved earlier with --save-profile instead of --reference
    #[arg(long, value_name = "FILE", conflicts_with = "reference")]
    pub reference_profile: Option<PathBuf>,
    /// Save a compact profile of the reference to FILE, for later --reference-profile checks
    #[arg(long, value_name = "FILE")]
    pub save_profile: Option<PathBuf>,
    /// Current data: FILE (.csv, .jsonl, .parquet), PATH@GIT_REV, or serve:NAME[@VERSION] (the prediction log)
    #[arg(long, value_name = "INPUT")]
    pub current: String,
    /// Compare only these columns (comma-separated)
    #[arg(long, value_name = "COLS", value_delimiter = ',')]
    pub columns: Option<Vec<String>>,
    /// Leave these columns out (comma-separated)
    #[arg(long, value_name = "COLS", value_delimiter = ',')]
    pub exclude: Vec<String>,
    /// Read these columns as categorical (comma-separated)
    #[arg(long, value_name = "COLS", value_delimiter = ',')]
    pub categorical: Vec<String>,
    /// Read these columns as numerical (comma-separated)
    #[arg(long, value_name = "COLS", value_delimiter = ',')]
    pub numerical: Vec<String>,
    /// Test or distance per column; auto picks as Evidently's defaults do
    #[arg(long, value_enum, default_value_t = Method::Auto)]
    pub method: Method,
    /// Drift threshold for every column (default: 0.05 for p-values, 0.1 for distances)
    #[arg(long, value_name = "X")]
    pub threshold: Option<f64>,
    /// Share of drifted columns at which the dataset drifts (default: monitor.drift_share or 0.5)
    #[arg(long, value_name = "SHARE")]
    pub drift_share: Option<f64>,
    /// When to exit 1: dataset drift, any drifted column, or never
    #[arg(long, value_enum, default_value_t = FailOn::Dataset)]
    pub fail_on: FailOn,
    /// Match another tool's choices where mlo deliberately differs (evidently: goodness-of-fit chi-square)
    #[arg(long, value_enum)]
    pub compat: Option<Compat>,
    /// Print a Markdown report (for CI comments) instead of the table
    #[arg(long)]
    pub md: bool,
    /// Also write a self-contained HTML report with histograms to FILE
    #[arg(long, value_name = "FILE")]
    pub html: Option<PathBuf>,
    /// POST a JSON summary (with Slack-compatible `text`) to URL (default: monitor.alerts.webhook)
    #[arg(long, value_name = "URL")]
    pub webhook: Option<String>,
    /// Do not record this check in the repository (no record, no audit event)
    #[arg(long)]
    pub no_record: bool,
    /// serve: inputs: requests from this time on (24h back from now, a date, or an RFC 3339 time)
    #[arg(long, value_name = "TIME")]
    pub since: Option<String>,
    /// serve: inputs: requests before this time (same forms as --since)
    #[arg(long, value_name = "TIME")]
    pub until: Option<String>,
    /// serve: inputs: variants to read (repeatable; default primary and canary, never shadow)
    #[arg(long, value_enum, value_name = "VARIANT")]
    pub variant: Vec<Variant>,
    /// serve: inputs: names for the model's input columns, in input order (comma-separated)
    #[arg(long, value_name = "NAMES", value_delimiter = ',')]
    pub features: Option<Vec<String>>,
    /// serve: inputs: the prediction log directory (default: .mlo/predictions of the repository)
    #[arg(long, value_name = "DIR")]
    pub log_dir: Option<PathBuf>,
}

/// `mlo monitor history`.
#[derive(Debug, Args)]
pub struct MonitorHistoryArgs {
    /// Only checks whose current input was this
    #[arg(long, value_name = "INPUT")]
    pub current: Option<String>,
    /// At most this many checks
    #[arg(long, short = 'n', value_name = "N", default_value_t = 20)]
    pub limit: usize,
}

/// `mlo monitor perf`.
#[derive(Debug, Args)]
pub struct MonitorPerfArgs {
    /// The served model: NAME, NAME@VERSION (as logged, or a registry version or stage), NAME:ALIAS
    #[arg(value_name = "MODEL")]
    pub model: String,
    /// Requests from this time on (24h back from now, a date, or an RFC 3339 time)
    #[arg(long, value_name = "TIME")]
    pub since: Option<String>,
    /// Requests before this time (same forms as --since)
    #[arg(long, value_name = "TIME")]
    pub until: Option<String>,
    /// Length of each time window (30m, 1h, 1d)
    #[arg(long, value_name = "DURATION", default_value = "1h")]
    pub window: String,
    /// Variants to read (repeatable; default primary and canary)
    #[arg(long, value_enum, value_name = "VARIANT")]
    pub variant: Vec<Variant>,
    /// Baseline for prediction drift: a table with the pred_* columns, or serve:NAME@VERSION (default: the first window)
    #[arg(long, value_name = "INPUT")]
    pub reference: Option<String>,
    /// Share of drifted prediction columns at which a window drifts (default: monitor.drift_share or 0.5)
    #[arg(long, value_name = "SHARE")]
    pub drift_share: Option<f64>,
    /// Skip prediction drift
    #[arg(long)]
    pub no_drift: bool,
    /// Print a Markdown report (for CI comments) instead of the tables
    #[arg(long)]
    pub md: bool,
    /// The prediction log directory (default: .mlo/predictions of the repository)
    #[arg(long, value_name = "DIR")]
    pub log_dir: Option<PathBuf>,
}
