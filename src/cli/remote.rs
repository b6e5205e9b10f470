//! `mlo remote …`, `mlo push`, `mlo fetch`, `mlo pull`: clap definitions only.

use std::path::PathBuf;

use clap::{Args, Subcommand};

/// `mlo remote`.
#[derive(Debug, Subcommand)]
pub enum RemoteCommand {
    /// Add a remote to .mlops.toml
    Add(RemoteAddArgs),
    /// List the remotes and what this clone knows they hold
    List(RemoteListArgs),
    /// Remove a remote from the config files
    #[command(visible_alias = "rm")]
    Remove(RemoteRemoveArgs),
    /// Change a remote's URL or options
    Set(RemoteSetArgs),
    /// List the remote and repair what this clone believes it holds
    Verify(RemoteVerifyArgs),
}

/// Options shared by `remote add` and `remote set`.
#[derive(Debug, Args)]
pub struct RemoteOptionArgs {
    /// Make this the default remote (`core.remote`)
    #[arg(long)]
    pub default: bool,
    /// S3-compatible server endpoint, e.g. http://127.0.0.1:9000
    #[arg(long, value_name = "URL")]
    pub endpoint: Option<String>,
    /// S3 region
    #[arg(long)]
    pub region: Option<String>,
    /// Address S3 buckets path-style (endpoint/bucket): true or false
    #[arg(long, value_name = "BOOL")]
    pub path_style: Option<bool>,
    /// Allow a plain-HTTP endpoint: true or false
    #[arg(long, value_name = "BOOL")]
    pub allow_http: Option<bool>,
    /// Requests in flight during transfers
    #[arg(long, value_name = "N")]
    pub jobs: Option<u64>,
}

/// `mlo remote add`.
#[derive(Debug, Args)]
pub struct RemoteAddArgs {
    /// The remote's name (letters, digits, `-`, `_`)
    pub name: String,
    /// Where it lives: /path, file:///path, s3://bucket/prefix, gs://bucket/prefix, az://container/prefix
    pub url: String,
    /// Options.
    #[command(flatten)]
    pub options: RemoteOptionArgs,
}

/// `mlo remote set`.
#[derive(Debug, Args)]
pub struct RemoteSetArgs {
    /// The remote's name
    pub name: String,
    /// A new URL
    pub url: Option<String>,
    /// Options.
    #[command(flatten)]
    pub options: RemoteOptionArgs,
}

/// `mlo remote list`.
#[derive(Debug, Args)]
pub struct RemoteListArgs {}

/// `mlo remote remove`.
#[derive(Debug, Args)]
pub struct RemoteRemoveArgs {
    /// The remote's name
    pub name: String,
}

/// `mlo remote verify`.
#[derive(Debug, Args)]
pub struct RemoteVerifyArgs {
    /// The remote (default: `core.remote`)
    #[arg(short, long, value_name = "NAME")]
    pub remote: Option<String>,
}

/// Arguments shared by `push`, `fetch` and `pull`.
#[derive(Debug, Args)]
pub struct TransferArgs {
    /// Datasets (default: every pointer file; push then also sends the records)
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// The remote (default: `core.remote`)
    #[arg(short, long, value_name = "NAME")]
    pub remote: Option<String>,
    /// Requests in flight (default: `remote.NAME.jobs`, else 32)
    #[arg(short, long, value_name = "N")]
    pub jobs: Option<usize>,
}

/// `mlo push`.
#[derive(Debug, Args)]
pub struct PushArgs {
    /// What to push.
    #[command(flatten)]
    pub transfer: TransferArgs,
}

/// `mlo fetch`.
#[derive(Debug, Args)]
pub struct FetchArgs {
    /// What to fetch.
    #[command(flatten)]
    pub transfer: TransferArgs,
}

/// `mlo pull`.
#[derive(Debug, Args)]
pub struct PullArgs {
    /// What to pull.
    #[command(flatten)]
    pub transfer: TransferArgs,
    /// Overwrite modified workspace files
    #[arg(long)]
    pub force: bool,
}
