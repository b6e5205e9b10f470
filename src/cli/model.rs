//! `mlo model`: the model registry.

use std::path::PathBuf;

use clap::{Args, Subcommand};

use crate::registry::Stage;

/// `mlo model` subcommands.
#[derive(Debug, Subcommand)]
pub enum ModelCommand {
    /// Store an artifact and create the next version of a model
    Register(ModelRegisterArgs),
    /// List models with their latest, production and staging versions
    List(ModelListArgs),
    /// Show a model, or one version in full
    Show(ModelShowArgs),
    /// List the versions of a model
    Versions(ModelNameArgs),
    /// Move a version to a stage, through the configured gates
    Promote(ModelPromoteArgs),
    /// Approve a version for a stage
    Approve(ModelDecideArgs),
    /// Reject a version for a stage (blocks its promotion until approved again)
    Reject(ModelDecideArgs),
    /// List promotions waiting for approvals
    Requests(ModelListArgs),
    /// Put the previous production version back (a gated promotion)
    Rollback(ModelRollbackArgs),
    /// Set or remove aliases (NAME:alias)
    #[command(subcommand)]
    Alias(ModelAliasCommand),
    /// Who held which stage when
    History(ModelHistoryArgs),
    /// Compare the metrics and params of two versions
    Compare(ModelCompareArgs),
    /// Show where a version came from: run, git commit, data, artifact digests
    Lineage(ModelRefArgs),
    /// Write a version's artifact to a path, verified against its digest
    Get(ModelGetArgs),
    /// Write a digest-verified bundle (tar) of a version, or mirror to MLflow (--mlflow URL)
    Export(ModelExportArgs),
    /// Import a bundle as the next version of a model
    Import(ModelImportArgs),
}

/// `mlo model register`.
#[derive(Debug, Args)]
pub struct ModelRegisterArgs {
    /// Model name (letters, digits, `.`, `_`, `-`)
    pub name: String,
    /// The artifact: a file or a directory
    pub path: PathBuf,
    /// Link the version to a finished run (its params, metrics, git commit and data versions)
    #[arg(long, value_name = "ID")]
    pub run: Option<String>,
    /// Artifact format (default: from the extension: .onnx, .safetensors, else other)
    #[arg(long, value_parser = ["onnx", "safetensors", "other"])]
    pub format: Option<String>,
    /// A metric of this version, KEY=NUMBER (repeatable)
    #[arg(long = "metric", value_name = "KEY=VALUE")]
    pub metrics: Vec<String>,
    /// A tag, KEY=VALUE (repeatable)
    #[arg(long = "tag", value_name = "KEY=VALUE")]
    pub tags: Vec<String>,
    /// Free text
    #[arg(long, value_name = "TEXT")]
    pub description: Option<String>,
}

/// `mlo model list`, `mlo model requests`.
#[derive(Debug, Args)]
pub struct ModelListArgs {}

/// A model name.
#[derive(Debug, Args)]
pub struct ModelNameArgs {
    /// Model name
    pub name: String,
}

/// A model reference.
#[derive(Debug, Args)]
pub struct ModelRefArgs {
    /// NAME, NAME@VERSION, NAME@STAGE or NAME:ALIAS
    #[arg(value_name = "REF")]
    pub reference: String,
}

/// `mlo model show`.
#[derive(Debug, Args)]
pub struct ModelShowArgs {
    /// NAME (the model) or NAME@VERSION, NAME@STAGE, NAME:ALIAS (one version)
    #[arg(value_name = "REF")]
    pub reference: String,
}

/// `mlo model promote`.
#[derive(Debug, Args)]
pub struct ModelPromoteArgs {
    /// NAME@VERSION (or any reference)
    #[arg(value_name = "REF")]
    pub reference: String,
    /// Target stage
    #[arg(long, value_enum)]
    pub to: Stage,
    /// Why (recorded in the audit trail; required with --force)
    #[arg(long, value_name = "TEXT")]
    pub reason: Option<String>,
    /// Override failing gates (needs --reason; recorded)
    #[arg(long)]
    pub force: bool,
    /// Evaluate the gates and report; change nothing
    #[arg(long)]
    pub dry_run: bool,
}

/// `mlo model approve|reject`.
#[derive(Debug, Args)]
pub struct ModelDecideArgs {
    /// NAME@VERSION (or any reference)
    #[arg(value_name = "REF")]
    pub reference: String,
    /// The stage the decision is for
    #[arg(long, value_enum)]
    pub to: Stage,
    /// A comment
    #[arg(long, value_name = "TEXT")]
    pub comment: Option<String>,
}

/// `mlo model rollback`.
#[derive(Debug, Args)]
pub struct ModelRollbackArgs {
    /// Model name
    pub name: String,
    /// The version to put back (default: the previous production version)
    #[arg(long, value_name = "VERSION")]
    pub to: Option<u64>,
    /// Why
    #[arg(long, value_name = "TEXT")]
    pub reason: Option<String>,
    /// Override failing gates (needs --reason)
    #[arg(long)]
    pub force: bool,
}

/// `mlo model alias`.
#[derive(Debug, Subcommand)]
pub enum ModelAliasCommand {
    /// Point NAME:ALIAS at a version
    Set(ModelAliasSetArgs),
    /// Remove NAME:ALIAS
    Rm(ModelAliasRmArgs),
}

/// `mlo model alias set`.
#[derive(Debug, Args)]
pub struct ModelAliasSetArgs {
    /// NAME:ALIAS
    #[arg(value_name = "NAME:ALIAS")]
    pub alias: String,
    /// The version number
    #[arg(value_name = "VERSION")]
    pub number: u64,
}

/// `mlo model alias rm`.
#[derive(Debug, Args)]
pub struct ModelAliasRmArgs {
    /// NAME:ALIAS
    #[arg(value_name = "NAME:ALIAS")]
    pub alias: String,
}

/// `mlo model history`.
#[derive(Debug, Args)]
pub struct ModelHistoryArgs {
    /// Model name
    pub name: String,
    /// Only changes into or out of this stage
    #[arg(long, value_enum)]
    pub stage: Option<Stage>,
    /// Who held each stage at this time (RFC 3339, a date, or a duration back such as 7d)
    #[arg(long, value_name = "TIME")]
    pub at: Option<String>,
}

/// `mlo model compare`.
#[derive(Debug, Args)]
pub struct ModelCompareArgs {
    /// First version
    #[arg(value_name = "REF_A")]
    pub a: String,
    /// Second version
    #[arg(value_name = "REF_B")]
    pub b: String,
}

/// `mlo model get`.
#[derive(Debug, Args)]
pub struct ModelGetArgs {
    /// NAME@VERSION (or any reference)
    #[arg(value_name = "REF")]
    pub reference: String,
    /// Where to write it (a directory keeps the registered file name)
    #[arg(long, value_name = "PATH")]
    pub out: PathBuf,
    /// Overwrite an existing file
    #[arg(long)]
    pub force: bool,
}

/// `mlo model export`.
#[derive(Debug, Args)]
pub struct ModelExportArgs {
    /// The version to bundle (any reference). With --mlflow: NAME (one model), NAME@VERSION
    /// (one version), or nothing (every model)
    #[arg(value_name = "REF", required_unless_present = "mlflow")]
    pub reference: Option<String>,
    /// The bundle file to write
    #[arg(
        long,
        value_name = "FILE",
        required_unless_present = "mlflow",
        conflicts_with = "mlflow"
    )]
    pub out: Option<PathBuf>,
    /// Mirror models, versions, stages and aliases to this MLflow model registry instead (e.g.
    /// http://127.0.0.1:5000); idempotent: only what the server lacks is sent
    #[arg(long, value_name = "URL")]
    pub mlflow: Option<String>,
}

/// `mlo model import`.
#[derive(Debug, Args)]
pub struct ModelImportArgs {
    /// The bundle file
    pub bundle: PathBuf,
    /// Register under this name instead of the exported one
    #[arg(long)]
    pub name: Option<String>,
}
