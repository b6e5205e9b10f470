//! clap definitions, and nothing else: no I/O here. One file per command group; `commands`
//! turns these into options for the domain modules.

pub mod ab;
pub mod audit;
pub mod ci;
pub mod config;
pub mod data;
pub mod generate;
pub mod hooks;
pub mod index;
pub mod model;
pub mod monitor;
pub mod remote;
pub mod run;
pub mod serve;

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

const EXIT_CODES: &str = "\
Exit codes:
  0    success
  1    a check found a problem (drift, failed gate, tampered audit trail, dirty data with --check)
  2    usage or input error (bad flag, malformed file, unknown key, not inside a repository)
  3    the environment failed (disk full, permission denied, I/O error)
  101  internal error (a bug: please report it)
  130  interrupted";

/// Version data, track runs, register, serve and watch models — one binary, no server.
#[derive(Debug, Parser)]
#[command(name = "mlo", version, about, long_about = None, after_long_help = EXIT_CODES, propagate_version = true)]
pub struct Cli {
    /// Flags every command accepts.
    #[command(flatten)]
    pub global: GlobalArgs,
    /// The command to run.
    #[command(subcommand)]
    pub command: Command,
}

/// Flags accepted by every command.
#[derive(Debug, Clone, Args)]
pub struct GlobalArgs {
    /// Run as if mlo was started in DIR
    #[arg(short = 'C', value_name = "DIR", global = true)]
    pub directory: Option<PathBuf>,
    /// Print machine-readable JSON on stdout
    #[arg(long, global = true)]
    pub json: bool,
    /// Print nothing on stderr but warnings and errors
    #[arg(short, long, global = true)]
    pub quiet: bool,
    /// More log output on stderr (-v info, -vv debug, -vvv trace; or set MLO_LOG)
    #[arg(short, long, action = clap::ArgAction::Count, global = true)]
    pub verbose: u8,
    /// When to use colour (NO_COLOR is honoured by `auto`)
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, global = true, value_name = "WHEN")]
    pub color: ColorChoice,
}

/// `--color`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// Colour when writing to a terminal and NO_COLOR is unset.
    Auto,
    /// Always colour.
    Always,
    /// Never colour.
    Never,
}

/// The command groups.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create an mlo repository in the current directory
    Init(InitArgs),
    /// Summarise the repository: objects, records, runs, models, audit head
    Status(StatusArgs),
    /// Version datasets: add, status, checkout, diff, log, gc
    #[command(subcommand)]
    Data(data::DataCommand),
    /// Manage remotes: add, list, set, remove, verify
    #[command(subcommand)]
    Remote(remote::RemoteCommand),
    /// Upload data, manifests and records the remote lacks
    Push(remote::PushArgs),
    /// Download what the pointer files need, and new records, from a remote
    Fetch(remote::FetchArgs),
    /// Fetch, then check the datasets out into the workspace
    Pull(remote::PullArgs),
    /// Track experiments: params, metrics, artifacts, lineage
    #[command(subcommand)]
    Run(run::RunCommand),
    /// Model registry: versions, stages, aliases, gates, approvals
    #[command(subcommand)]
    Model(model::ModelCommand),
    /// Serve models over HTTP: Open Inference Protocol, MLflow /invocations, Prometheus /metrics
    Serve(Box<serve::ServeArgs>),
    /// Drift detection between datasets, and its history
    #[command(subcommand)]
    Monitor(monitor::MonitorCommand),
    /// A/B test analysis and planning
    #[command(subcommand)]
    Ab(ab::AbCommand),
    /// The tamper-evident audit trail
    #[command(subcommand)]
    Audit(audit::AuditCommand),
    /// Generate CI pipelines: GitHub Actions, GitLab CI, Jenkins, Azure Pipelines
    #[command(subcommand)]
    Ci(ci::CiCommand),
    /// Install or remove the git hooks that keep data in step with commits
    #[command(subcommand)]
    Hooks(hooks::HooksCommand),
    /// Read and write .mlops.toml and .mlo/config.local.toml
    #[command(subcommand)]
    Config(config::ConfigCommand),
    /// Print a shell completion script
    Completions(CompletionsArgs),
    /// Maintain the SQLite index (.mlo/index.db)
    #[command(subcommand)]
    Index(index::IndexCommand),
    /// Check the repository's integrity: re-hash every object and record, verify the audit chain
    Fsck(FsckArgs),
}

/// `mlo init`.
#[derive(Debug, Args)]
pub struct InitArgs {}

/// `mlo status`.
#[derive(Debug, Args)]
pub struct StatusArgs {}

/// `mlo fsck`.
#[derive(Debug, Args)]
pub struct FsckArgs {}

/// `mlo completions`.
#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to print a completion script for
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_cli_definition_is_consistent() {
        <super::Cli as clap::CommandFactory>::command().debug_assert();
    }
}
