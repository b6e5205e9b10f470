//! Experiment tracking (`mlo run`): runs with typed immutable params, tags, metric series,
//! artifacts, the filter language, plots and the MLflow mirror.
//!
//! State: a run in progress lives only in the SQLite index (`track_*` tables, migration 2).
//! Ending a run writes it as a `run` record object (params, tags, metric summaries, a
//! reference to each metric series stored as a blob, artifacts, source facts), so runs travel
//! with push/pull and `mlo index rebuild` restores them ([`record::reingest`]). Deleting and
//! restoring a finished run writes a `run_state` record, folded in time order on rebuild.
//!
//! Invariants: params never change once set; metric points are append-only and every batch
//! updates the per-key summary (`track_metric_keys`) in the same transaction, so listing and
//! filtering never scan the history; every state change goes through `Repo::change` with its
//! audit event, except metric batches of a long `--stdin` stream, which are committed in groups
//! and audited once, with their counts, in the stream's last transaction.
//!
//! Called by `commands::run`; never prints (exec tees the child's output into sinks it is given).

pub mod exec;
pub mod filter;
pub mod log;
pub mod mlflow;
pub mod plot;
pub mod query;
pub mod record;
pub mod runs;

use std::fmt;
use std::path::PathBuf;

use serde::Serialize;

use crate::error::ExitCode;

pub use filter::FilterError;

/// A run id: a UUIDv7, so ids sort by start time.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(transparent)]
pub struct RunId(pub String);

impl fmt::Display for RunId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl RunId {
    /// The first 13 characters (`01a20c3e-8922`), for tables: a UUIDv7 starts with its
    /// 48-bit millisecond timestamp, so 8 characters would only tell apart runs started more
    /// than a minute apart; 13 tell apart runs started in different milliseconds.
    pub fn short(&self) -> &str {
        &self.0[..self.0.len().min(13)]
    }
}

/// The state of a run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, clap::ValueEnum)]
#[serde(rename_all = "snake_case")]
pub enum RunStatus {
    /// Started and not ended (or its process crashed; `mlo run end` can end it later).
    Running,
    /// Ended normally.
    Finished,
    /// Ended with a failure (a non-zero exit under `mlo run exec`).
    Failed,
    /// Interrupted (Ctrl-C or a signal under `mlo run exec`).
    Killed,
}

impl RunStatus {
    /// The stored spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            RunStatus::Running => "running",
            RunStatus::Finished => "finished",
            RunStatus::Failed => "failed",
            RunStatus::Killed => "killed",
        }
    }

    /// Parse the stored spelling.
    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "running" => RunStatus::Running,
            "finished" => RunStatus::Finished,
            "failed" => RunStatus::Failed,
            "killed" => RunStatus::Killed,
            _ => return None,
        })
    }
}

/// A typed param value. Parsed from text: `true`/`false` are booleans, anything that parses as
/// a finite number is a number, everything else a string.
#[derive(Debug, Clone, PartialEq)]
pub enum ParamValue {
    /// A number (compared numerically by filters).
    Number(f64),
    /// A boolean.
    Bool(bool),
    /// Any other text.
    String(String),
}

impl ParamValue {
    /// Infer the type of a value given as text.
    pub fn infer(text: &str) -> Self {
        match text {
            "true" => return ParamValue::Bool(true),
            "false" => return ParamValue::Bool(false),
            _ => {}
        }
        match text.trim().parse::<f64>() {
            Ok(n) if n.is_finite() && !text.trim().is_empty() && text.trim() == text => {
                ParamValue::Number(n)
            }
            _ => ParamValue::String(text.to_string()),
        }
    }

    /// From a JSON value (JSON Lines, metrics.json, params.yaml); nested values are strings of
    /// their JSON.
    pub fn from_json(value: &serde_json::Value) -> Self {
        match value {
            serde_json::Value::Bool(b) => ParamValue::Bool(*b),
            serde_json::Value::Number(n) => match n.as_f64() {
                Some(f) if f.is_finite() => ParamValue::Number(f),
                _ => ParamValue::String(n.to_string()),
            },
            serde_json::Value::String(s) => ParamValue::String(s.clone()),
            serde_json::Value::Null => ParamValue::String("null".into()),
            other => ParamValue::String(other.to_string()),
        }
    }

    /// `number`, `bool` or `string`.
    pub fn kind(&self) -> &'static str {
        match self {
            ParamValue::Number(_) => "number",
            ParamValue::Bool(_) => "bool",
            ParamValue::String(_) => "string",
        }
    }

    /// The stored text (numbers in their shortest round-trip form: `32`, `0.001`).
    pub fn text(&self) -> String {
        match self {
            ParamValue::Number(n) => format_number(*n),
            ParamValue::Bool(b) => b.to_string(),
            ParamValue::String(s) => s.clone(),
        }
    }

    /// The number, for a number.
    pub fn number(&self) -> Option<f64> {
        match self {
            ParamValue::Number(n) => Some(*n),
            _ => None,
        }
    }

    /// Rebuild from the stored kind and text.
    pub fn from_stored(kind: &str, text: &str) -> Self {
        match kind {
            "number" => text
                .parse()
                .map(ParamValue::Number)
                .unwrap_or_else(|_| ParamValue::String(text.into())),
            "bool" => ParamValue::Bool(text == "true"),
            _ => ParamValue::String(text.into()),
        }
    }

    /// As JSON (numbers as numbers, booleans as booleans).
    pub fn to_json(&self) -> serde_json::Value {
        match self {
            ParamValue::Number(n) => serde_json::Number::from_f64(*n)
                .map(serde_json::Value::Number)
                .unwrap_or(serde_json::Value::Null),
            ParamValue::Bool(b) => serde_json::Value::Bool(*b),
            ParamValue::String(s) => serde_json::Value::String(s.clone()),
        }
    }
}

impl Serialize for ParamValue {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.to_json().serialize(s)
    }
}

/// A float in its shortest round-trip form, integers without `.0`.
pub fn format_number(n: f64) -> String {
    if n.is_nan() {
        return "NaN".into();
    }
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    }
}

/// Errors from tracking.
#[derive(Debug, thiserror::Error)]
pub enum TrackError {
    /// Neither `--run`, `MLO_RUN_ID` nor an active run.
    #[error("no active run")]
    NoActiveRun,
    /// No run with this id (or prefix).
    #[error("no run `{id}`")]
    UnknownRun {
        /// The id given.
        id: String,
    },
    /// A prefix that matches several runs.
    #[error("run id prefix `{prefix}` is ambiguous: it matches `{first}` and `{second}`")]
    AmbiguousRun {
        /// The prefix.
        prefix: String,
        /// One match.
        first: String,
        /// Another match.
        second: String,
    },
    /// A param set again with a different value.
    #[error(
        "param `{key}` of run `{run}` is already `{old}`; params cannot change (tried `{new}`)"
    )]
    ParamConflict {
        /// The run.
        run: String,
        /// The param.
        key: String,
        /// The value it has.
        old: String,
        /// The value refused.
        new: String,
    },
    /// Writing to a run that has ended.
    #[error("run `{run}` is {status}; only a running run can be logged to or ended")]
    NotRunning {
        /// The run.
        run: String,
        /// Its status.
        status: &'static str,
    },
    /// Deleting a run that is still running, or restoring one that is not deleted.
    #[error("run `{run}` {message}")]
    BadState {
        /// The run.
        run: String,
        /// What is wrong.
        message: String,
    },
    /// A malformed `key=value`, key or value on the command line.
    #[error("invalid {what} `{text}`: {message}")]
    BadArg {
        /// `--param`, `--metric`, ...
        what: &'static str,
        /// The text given.
        text: String,
        /// Why.
        message: String,
    },
    /// A malformed input line (`--stdin`, `--from`).
    #[error("{source_name}:{line}: {message}")]
    BadLine {
        /// `<stdin>` or the file.
        source_name: String,
        /// 1-based line number.
        line: usize,
        /// Why.
        message: String,
    },
    /// Malformed lines in non-strict mode, reported after the good ones were stored.
    #[error("{count} malformed line(s) skipped; the first: {first}")]
    SkippedLines {
        /// How many.
        count: usize,
        /// The first one's message.
        first: String,
    },
    /// An input file that cannot be read or parsed.
    #[error("cannot import `{}`: {message}", path.display())]
    BadFile {
        /// The file.
        path: PathBuf,
        /// Why.
        message: String,
    },
    /// A bad `--filter`.
    #[error(transparent)]
    Filter(#[from] FilterError),
    /// A bad `--sort`.
    #[error("invalid --sort `{text}`: {message}")]
    BadSort {
        /// The text given.
        text: String,
        /// Why.
        message: String,
    },
    /// No points for this metric in any of the runs.
    #[error("no run among those given has metric `{key}`")]
    NoMetric {
        /// The metric.
        key: String,
    },
    /// Drawing a chart failed.
    #[error("cannot draw the chart `{}`: {message}", path.display())]
    Plot {
        /// The output file.
        path: PathBuf,
        /// Why.
        message: String,
    },
    /// Starting the command under `mlo run exec` failed.
    #[error("cannot run `{command}`")]
    Spawn {
        /// The program.
        command: String,
        /// Why.
        #[source]
        source: std::io::Error,
    },
    /// The MLflow server refused a request or could not be reached.
    #[error("MLflow server `{url}`: {message}")]
    Mlflow {
        /// The server.
        url: String,
        /// What failed.
        message: String,
    },
    /// A stored run record or series blob that cannot be read.
    #[error("run record for `{run}` is unreadable: {message}")]
    BadRecord {
        /// The run.
        run: String,
        /// Why.
        message: String,
    },
}

impl TrackError {
    /// The exit code for this error.
    pub fn exit_code(&self) -> ExitCode {
        match self {
            TrackError::Spawn { source, .. } => crate::error::io_exit_code(source),
            TrackError::Mlflow { .. } => ExitCode::Environment,
            TrackError::BadRecord { .. } => ExitCode::CheckFailed,
            _ => ExitCode::Usage,
        }
    }

    /// Next steps.
    pub fn hints(&self) -> Vec<String> {
        match self {
            TrackError::NoActiveRun => vec![
                "start one with `mlo run start`, or name one with `--run ID` or `MLO_RUN_ID`".into(),
            ],
            TrackError::UnknownRun { .. } => vec!["list runs with `mlo run list`".into()],
            TrackError::NotRunning { .. } => {
                vec!["start a new run with `mlo run start`".into()]
            }
            TrackError::BadLine { .. } | TrackError::SkippedLines { .. } => vec![
                "lines are JSON objects (`{\"metric\":\"loss\",\"value\":0.3,\"step\":1}`, `{\"param\":\"lr\",\"value\":0.01}`, `{\"tag\":\"k\",\"value\":\"v\"}`) or `key=value [step=N]`".into(),
            ],
            TrackError::Filter(_) => vec![
                "filters look like `metrics.rmse < 1 and params.model = 'x'`; see `mlo run list --help`".into(),
            ],
            TrackError::Mlflow { .. } => vec![
                "check the URL and that the server is up (`curl URL/health`); running the export again resumes where it stopped".into(),
            ],
            _ => vec![],
        }
    }
}
