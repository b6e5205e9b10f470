//! A/B analysis and planning: `mlo ab analyze` and `mlo ab plan`.
//!
//! `input` reads an experiment table (CSV, JSON Lines, Parquet) in one streaming pass into
//! per-variant sufficient statistics; `served` joins the prediction log of `mlo serve` with its
//! feedback into the same statistics (`serve:NAME`); `analyze` turns those (or aggregated counts) into
//! per-metric, per-treatment comparisons with verdicts, the sample-ratio-mismatch check and
//! multiple-testing corrections; `plan` sizes an experiment; `record` writes an analysis to
//! the repository (an `ab_analysis` record and an `ab.analyze` audit event). The statistics
//! themselves live in `crate::stats` and are checked there against scipy, statsmodels and
//! gbstats. Nothing here prints: `commands::ab` hands the outcomes to `output`.
//!
//! Invariant: every number in an outcome is finite; a statistic that cannot be computed is
//! `None` with the reason in the comparison's `error`, never a NaN.

pub mod analyze;
pub mod input;
pub mod plan;
pub mod record;
pub mod served;
pub mod spec;

use std::path::PathBuf;

pub use analyze::{AnalyzeOptions, AnalyzeOutcome, analyze};
pub use plan::{PlanOptions, PlanOutcome, plan};
pub use spec::{
    CountSpec, CovariateSpec, EffectChoice, GuardDirection, GuardrailSpec, KindChoice, KindSpec,
    Split, TestChoice,
};

use crate::error::ExitCode;
use crate::stats::ab::AbError as StatsError;
use crate::stats::power::PlanError;

/// Why an A/B analysis or plan cannot run on the given input. Every variant is the user's
/// to fix (exit 2) except I/O errors other than a missing file (exit 3).
#[derive(Debug, thiserror::Error)]
pub enum AbError {
    /// The input file cannot be opened or read.
    #[error("cannot read `{}`", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// The operating system's error.
        #[source]
        source: std::io::Error,
    },
    /// The file is not valid CSV, JSON Lines or Parquet.
    #[error("`{}` {location}: {message}", path.display())]
    Malformed {
        /// The file.
        path: PathBuf,
        /// Where: `line 12`, `row 3`, `header`.
        location: String,
        /// What the parser said.
        message: String,
    },
    /// The file's extension does not say which format it is.
    #[error("cannot tell the format of `{}` from its extension", path.display())]
    UnknownFormat {
        /// The file.
        path: PathBuf,
    },
    /// A column named on the command line is not in the table.
    #[error("`{}` has no column `{column}`", path.display())]
    MissingColumn {
        /// The file.
        path: PathBuf,
        /// The column asked for.
        column: String,
        /// The columns the file has.
        available: Vec<String>,
    },
    /// A metric or covariate cell is not a number (or is empty, NaN or infinite).
    #[error("`{}` {location}, column `{column}`: `{value}` is not a finite number", path.display())]
    NotNumeric {
        /// The file.
        path: PathBuf,
        /// `line 12` (CSV, JSON Lines) or `row 12` (Parquet).
        location: String,
        /// The column.
        column: String,
        /// The cell as read.
        value: String,
    },
    /// The table has a header but no data rows.
    #[error("`{}` has no data rows", path.display())]
    Empty {
        /// The file.
        path: PathBuf,
    },
    /// The control variant does not occur in the data.
    #[error("variant `{variant}` does not occur in the `{column}` column")]
    VariantNotFound {
        /// The variant asked for.
        variant: String,
        /// The variant column (or `--counts`).
        column: String,
        /// The variants found.
        found: Vec<String>,
    },
    /// Only the control arm was found: there is nothing to compare.
    #[error(
        "only one variant (`{variant}`) found; an A/B analysis needs a control and at least one treatment"
    )]
    OneArm {
        /// The only variant.
        variant: String,
    },
    /// A variant has no units (from `--counts`).
    #[error("variant `{variant}` has no units")]
    EmptyArm {
        /// The variant.
        variant: String,
    },
    /// A command-line value is malformed or inconsistent with the data.
    #[error("{message}")]
    Usage {
        /// What is wrong.
        message: String,
        /// What to do instead.
        hint: Option<String>,
    },
    /// A statistic rejected its input (e.g. negative counts).
    #[error(transparent)]
    Stats(#[from] StatsError),
    /// A plan's parameters are out of range.
    #[error(transparent)]
    Plan(#[from] PlanError),
}

impl AbError {
    /// The exit code: 2 for bad input, 3 for an environment failure.
    pub fn exit_code(&self) -> ExitCode {
        match self {
            AbError::Io { source, .. } => crate::error::io_exit_code(source),
            _ => ExitCode::Usage,
        }
    }

    /// What to do next.
    pub fn hints(&self) -> Vec<String> {
        match self {
            AbError::MissingColumn { available, .. } => {
                vec![format!("the columns are: {}", backticked(available))]
            }
            AbError::VariantNotFound { found, .. } => vec![format!(
                "the variants are: {}; pass one of them to `--control`",
                backticked(found)
            )],
            AbError::UnknownFormat { .. } => vec![
                "name the file `.csv`, `.jsonl` or `.parquet`, or pass `--format csv|jsonl|parquet`"
                    .into(),
            ],
            AbError::Usage { hint, .. } => hint.iter().cloned().collect(),
            AbError::OneArm { .. } => {
                vec!["check `--variant-col`: it should hold the arm each unit was assigned".into()]
            }
            _ => vec![],
        }
    }
}

fn backticked(names: &[String]) -> String {
    names
        .iter()
        .map(|n| format!("`{n}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A usage error with a hint.
pub(crate) fn usage(message: impl Into<String>, hint: Option<&str>) -> AbError {
    AbError::Usage {
        message: message.into(),
        hint: hint.map(str::to_string),
    }
}
