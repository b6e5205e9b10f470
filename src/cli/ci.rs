//! `mlo ci`: generate CI pipelines.

use std::path::PathBuf;

use clap::{Args, Subcommand};

use crate::ci::Provider;

/// `mlo ci` subcommands.
#[derive(Debug, Subcommand)]
pub enum CiCommand {
    /// Write a CI pipeline (GitHub Actions, GitLab CI, Jenkins or Azure Pipelines) for this project
    Generate(CiGenerateArgs),
}

/// `mlo ci generate`.
#[derive(Debug, Args)]
#[command(after_long_help = "\
Stages (in pipeline order): setup, data, validate, train, evaluate, register, promote, push.
Settings not given as flags come from [ci] in .mlops.toml (`mlo config list --all`).
A project overrides a built-in template with .mlo/templates/<name> (see docs/ci.md).

Exit codes: 0 written (or unchanged, or printed with --dry-run); 2 bad input, or the file
exists and differs (use --force or --dry-run).")]
pub struct CiGenerateArgs {
    /// The CI system (default: the `ci.provider` setting)
    #[arg(value_enum)]
    pub provider: Option<Provider>,
    /// Where to write the pipeline (default: where the CI system looks for it); `-` for stdout
    #[arg(long, value_name = "PATH")]
    pub out: Option<PathBuf>,
    /// Comma-separated stages to include (default: the `ci.stages` setting, else all)
    #[arg(long, value_name = "LIST")]
    pub stages: Option<String>,
    /// The training command, run as `mlo run exec -- CMD` (default: `ci.train_cmd`)
    #[arg(long, value_name = "CMD", allow_hyphen_values = true)]
    pub train_cmd: Option<String>,
    /// The mlo remote to pull from and push to (default: `ci.remote`)
    #[arg(long, short = 'r', value_name = "NAME")]
    pub remote: Option<String>,
    /// The registered model to register, gate and promote (default: `ci.model`)
    #[arg(long, value_name = "NAME")]
    pub model: Option<String>,
    /// The default branch, where register, promote and push run (default: `ci.branch`)
    #[arg(long, value_name = "BRANCH")]
    pub branch: Option<String>,
    /// Replace an existing file that differs
    #[arg(long)]
    pub force: bool,
    /// Write nothing; print a unified diff against the existing file
    #[arg(long)]
    pub dry_run: bool,
}
