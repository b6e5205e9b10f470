//! `mlo run`: experiment tracking (clap definitions only).

use std::path::PathBuf;

use clap::{Args, Subcommand};

use crate::track::RunStatus;

/// `mlo run` subcommands.
#[derive(Debug, Subcommand)]
pub enum RunCommand {
    /// Start a run, make it the active run, and print its id
    Start(RunStartArgs),
    /// Log params, metrics, tags and artifacts to a run
    Log(RunLogArgs),
    /// Run a command as a run: MLO_RUN_ID set for it, output captured, status from its exit
    Exec(RunExecArgs),
    /// End a run (the active one, or --run) and write its record
    End(RunEndArgs),
    /// List runs, newest first, with MLflow-style filters
    List(RunListArgs),
    /// Show one run: attributes, params, metric summaries, tags, artifacts, source
    Show(RunShowArgs),
    /// Compare runs side by side: params and metrics, with deltas against the first
    Compare(RunCompareArgs),
    /// Mark an ended run deleted (hidden from `list`; kept in the store)
    Delete(RunIdArgs),
    /// Restore a deleted run
    Restore(RunIdArgs),
    /// Plot a metric of one or more runs (a terminal chart, or --out FILE.svg|FILE.png)
    Plot(RunPlotArgs),
    /// Mirror runs to an MLflow tracking server (resumable; sends only what is new)
    Export(RunExportArgs),
}

/// `mlo run start`.
#[derive(Debug, Args)]
pub struct RunStartArgs {
    /// The run's name (default: `run-` and the id's first 8 characters)
    #[arg(long)]
    pub name: Option<String>,
    /// The experiment the run belongs to
    #[arg(long, default_value = "default")]
    pub experiment: String,
    /// Set a param: KEY=VALUE (numbers, true/false and text are told apart); repeatable
    #[arg(long = "param", value_name = "KEY=VALUE")]
    pub params: Vec<String>,
    /// Set a tag: KEY=VALUE; repeatable
    #[arg(long = "tag", value_name = "KEY=VALUE")]
    pub tags: Vec<String>,
}

/// `mlo run log`.
#[derive(Debug, Args)]
pub struct RunLogArgs {
    /// The run (id or unique prefix; default: MLO_RUN_ID, else the active run)
    #[arg(long, value_name = "ID")]
    pub run: Option<String>,
    /// Set a param: KEY=VALUE; params cannot change once set; repeatable
    #[arg(long = "param", value_name = "KEY=VALUE")]
    pub params: Vec<String>,
    /// Append a metric point: KEY=NUMBER; repeatable
    #[arg(long = "metric", value_name = "KEY=NUMBER")]
    pub metrics: Vec<String>,
    /// The step of the --metric points (default: one past the key's highest step, 0 at first)
    #[arg(long, allow_negative_numbers = true)]
    pub step: Option<i64>,
    /// Set a tag: KEY=VALUE; repeatable
    #[arg(long = "tag", value_name = "KEY=VALUE")]
    pub tags: Vec<String>,
    /// Store a file in the object store as an artifact of the run; repeatable
    #[arg(long = "artifact", value_name = "PATH")]
    pub artifacts: Vec<PathBuf>,
    /// Read JSON Lines ({"metric":"loss","value":0.3,"step":1}, {"param":..}, {"tag":..}) and
    /// `key=value [step=N]` lines from stdin until EOF
    #[arg(long, conflicts_with = "from")]
    pub stdin: bool,
    /// With --stdin: stop at the first malformed line (exit 2) instead of skipping it
    #[arg(long, requires = "stdin")]
    pub strict: bool,
    /// Import a DVC-style file: metrics.json (metrics at step 0) or params.yaml (params);
    /// force the kind with `metrics:FILE` or `params:FILE`; repeatable
    #[arg(long, value_name = "FILE")]
    pub from: Vec<String>,
}

/// `mlo run exec`.
#[derive(Debug, Args)]
pub struct RunExecArgs {
    /// The run's name
    #[arg(long)]
    pub name: Option<String>,
    /// The experiment the run belongs to
    #[arg(long, default_value = "default")]
    pub experiment: String,
    /// Set a param: KEY=VALUE; repeatable
    #[arg(long = "param", value_name = "KEY=VALUE")]
    pub params: Vec<String>,
    /// Set a tag: KEY=VALUE; repeatable
    #[arg(long = "tag", value_name = "KEY=VALUE")]
    pub tags: Vec<String>,
    /// The command and its arguments, after `--`
    #[arg(last = true, required = true, value_name = "CMD")]
    pub command: Vec<String>,
}

/// `mlo run end`.
#[derive(Debug, Args)]
pub struct RunEndArgs {
    /// The run (default: MLO_RUN_ID, else the active run)
    #[arg(long, value_name = "ID")]
    pub run: Option<String>,
    /// How the run ended
    #[arg(long, value_enum, default_value_t = RunStatus::Finished)]
    pub status: RunStatus,
}

/// `mlo run list`.
#[derive(Debug, Args)]
pub struct RunListArgs {
    /// Only runs of this experiment
    #[arg(long)]
    pub experiment: Option<String>,
    /// A filter: `metrics.rmse < 1 and params.model = 'x'`; also `or`, parentheses,
    /// `in (...)`, `not in`, `like`, `ilike`, `is [not] null`, `tags.k`, `attributes.status`,
    /// backticked names (`metrics.`val loss``). Metrics compare their last value; numeric
    /// params compare as numbers
    #[arg(long, value_name = "EXPR")]
    pub filter: Option<String>,
    /// Sort by a key, e.g. `metrics.rmse`, `params.lr desc`, `-start_time` (default: newest first)
    #[arg(long, value_name = "KEY")]
    pub sort: Option<String>,
    /// Show at most N runs
    #[arg(long, value_name = "N")]
    pub limit: Option<usize>,
    /// List deleted runs instead
    #[arg(long)]
    pub deleted: bool,
}

/// `mlo run show`.
#[derive(Debug, Args)]
pub struct RunShowArgs {
    /// The run (id or unique prefix; default: the active run)
    pub id: Option<String>,
}

/// `mlo run compare`.
#[derive(Debug, Args)]
pub struct RunCompareArgs {
    /// Two or more runs (ids or unique prefixes)
    #[arg(required = true, num_args = 2..)]
    pub ids: Vec<String>,
    /// Only rows whose values differ
    #[arg(long)]
    pub only_changed: bool,
}

/// `mlo run delete` / `mlo run restore`.
#[derive(Debug, Args)]
pub struct RunIdArgs {
    /// The run (id or unique prefix)
    pub id: String,
}

/// `mlo run plot`.
#[derive(Debug, Args)]
pub struct RunPlotArgs {
    /// The runs (ids or unique prefixes; default: the active run)
    pub ids: Vec<String>,
    /// The metric to plot
    #[arg(long, value_name = "KEY")]
    pub metric: String,
    /// Write the chart to FILE.svg or FILE.png instead of drawing it in the terminal
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
}

/// `mlo run export`.
#[derive(Debug, Args)]
pub struct RunExportArgs {
    /// The MLflow tracking server, e.g. http://127.0.0.1:5000
    #[arg(long, value_name = "URL")]
    pub mlflow: String,
    /// Put the runs in this MLflow experiment (default: each run's own experiment)
    #[arg(long, value_name = "NAME")]
    pub experiment: Option<String>,
    /// Only these runs (default: every run that is not deleted)
    #[arg(long = "run", value_name = "ID")]
    pub runs: Vec<String>,
}
