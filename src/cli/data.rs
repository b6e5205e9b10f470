//! `mlo data`: version datasets.

use std::path::PathBuf;

use clap::{Args, Subcommand};

use crate::store::LinkMode;

/// `mlo data` subcommands.
#[derive(Debug, Subcommand)]
pub enum DataCommand {
    /// Track files or directories: hash them, store them, write PATH.mlo pointer files
    Add(DataAddArgs),
    /// Compare the workspace and the store with the pointer files
    Status(DataStatusArgs),
    /// Make the workspace match the pointer files (or those at a git revision)
    Checkout(DataCheckoutArgs),
    /// Show what changed between the workspace and a git revision, or two revisions
    Diff(DataDiffArgs),
    /// List the versions of a dataset across git history
    Log(DataLogArgs),
    /// List tracked datasets, or the files of one
    Ls(DataLsArgs),
    /// Stop tracking datasets (the data stays in the workspace)
    Rm(DataRmArgs),
    /// Replace read-only links into the store with writable copies, to edit in place
    Unprotect(DataUnprotectArgs),
    /// Re-hash the objects the pointer files need; exit 1 naming corrupt or missing ones
    Verify(DataVerifyArgs),
    /// Delete objects nothing needs (a dry run unless --yes)
    Gc(DataGcArgs),
    /// Check a table against a schema (exit 1 on violations), or print a starting schema with --infer
    Validate(DataValidateArgs),
}

/// `mlo data validate`.
#[derive(Debug, Args)]
pub struct DataValidateArgs {
    /// The table: FILE (.csv, .jsonl) or PATH@GIT_REV (a tracked dataset)
    #[arg(value_name = "PATH")]
    pub path: String,
    /// The schema to check against (YAML; see docs/schema.md)
    #[arg(
        long,
        value_name = "FILE",
        required_unless_present = "infer",
        conflicts_with = "infer"
    )]
    pub schema: Option<PathBuf>,
    /// Print a starting schema inferred from the table instead of checking
    #[arg(long)]
    pub infer: bool,
}

/// `mlo data add`.
#[derive(Debug, Args)]
pub struct DataAddArgs {
    /// Files or directories to track
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// A description to put in the pointer file
    #[arg(long, value_name = "TEXT")]
    pub desc: Option<String>,
    /// How files enter the store (default: the `store.link` setting)
    #[arg(long, value_enum)]
    pub link: Option<LinkMode>,
}

/// `mlo data status`.
#[derive(Debug, Args)]
pub struct DataStatusArgs {
    /// Datasets to check (default: every pointer file)
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Exit 1 when anything differs (for hooks and CI)
    #[arg(long)]
    pub check: bool,
    /// List the changed files inside directories and check every object
    #[arg(long)]
    pub granular: bool,
    /// Show what is not pushed to a remote (default: `core.remote`) instead
    #[arg(long, value_name = "NAME", num_args = 0..=1, default_missing_value = "")]
    pub remote: Option<String>,
}

/// `mlo data checkout`.
#[derive(Debug, Args)]
pub struct DataCheckoutArgs {
    /// Datasets to check out (default: every pointer file)
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Use the pointer files of this git revision
    #[arg(long, value_name = "GIT_REV")]
    pub rev: Option<String>,
    /// Overwrite files that differ from the version being checked out
    #[arg(long)]
    pub force: bool,
    /// How files leave the store (default: the `store.link` setting)
    #[arg(long, value_enum)]
    pub link: Option<LinkMode>,
}

/// `mlo data diff`.
#[derive(Debug, Args)]
pub struct DataDiffArgs {
    /// Old side (default HEAD); with REV_B, compare two revisions
    #[arg(value_name = "REV_A")]
    pub rev_a: Option<String>,
    /// New side (default: the workspace)
    #[arg(value_name = "REV_B")]
    pub rev_b: Option<String>,
    /// Print a Markdown table (for pull request comments)
    #[arg(long)]
    pub md: bool,
}

/// `mlo data log`.
#[derive(Debug, Args)]
pub struct DataLogArgs {
    /// The dataset
    #[arg(value_name = "PATH")]
    pub path: PathBuf,
}

/// `mlo data ls`.
#[derive(Debug, Args)]
pub struct DataLsArgs {
    /// A dataset whose files to list (default: list the datasets)
    #[arg(value_name = "PATH")]
    pub path: Option<PathBuf>,
}

/// `mlo data rm`.
#[derive(Debug, Args)]
pub struct DataRmArgs {
    /// Datasets to stop tracking
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
}

/// `mlo data unprotect`.
#[derive(Debug, Args)]
pub struct DataUnprotectArgs {
    /// Datasets (or paths inside them) to make writable
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
}

/// `mlo data verify`.
#[derive(Debug, Args)]
pub struct DataVerifyArgs {}

/// `mlo data gc`.
#[derive(Debug, Args)]
pub struct DataGcArgs {
    /// Delete (without it, only report what would be deleted)
    #[arg(long)]
    pub yes: bool,
    /// Also keep every version referenced by any git commit
    #[arg(long)]
    pub all_commits: bool,
    /// Never delete objects younger than this (e.g. 30m, 1h, 0s; default 1h)
    #[arg(long, value_name = "DURATION", default_value = "1h")]
    pub grace: String,
}
