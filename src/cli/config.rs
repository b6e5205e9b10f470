//! `mlo config`: read and write `.mlops.toml` and `.mlo/config.local.toml`.

use clap::{Args, Subcommand};

/// `mlo config` subcommands.
#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    /// Print the value in force for a key
    Get(ConfigGetArgs),
    /// Set a key (in .mlops.toml, or .mlo/config.local.toml with --local)
    Set(ConfigSetArgs),
    /// Remove a key from a config file
    Unset(ConfigUnsetArgs),
    /// List the keys set in the config files, with where each value comes from
    List(ConfigListArgs),
}

/// `mlo config get`.
#[derive(Debug, Args)]
pub struct ConfigGetArgs {
    /// The dotted key, e.g. `store.link`
    pub key: String,
    /// Read only .mlo/config.local.toml
    #[arg(long)]
    pub local: bool,
}

/// `mlo config set`.
#[derive(Debug, Args)]
pub struct ConfigSetArgs {
    /// The dotted key, e.g. `store.link`
    pub key: String,
    /// The new value (parsed according to the key's type)
    pub value: String,
    /// Write .mlo/config.local.toml (this machine only) instead of .mlops.toml
    #[arg(long)]
    pub local: bool,
}

/// `mlo config unset`.
#[derive(Debug, Args)]
pub struct ConfigUnsetArgs {
    /// The dotted key
    pub key: String,
    /// Edit .mlo/config.local.toml instead of .mlops.toml
    #[arg(long)]
    pub local: bool,
}

/// `mlo config list`.
#[derive(Debug, Args)]
pub struct ConfigListArgs {
    /// List only .mlo/config.local.toml
    #[arg(long)]
    pub local: bool,
    /// List every key mlo understands, with its default and documentation
    #[arg(long, conflicts_with = "local")]
    pub all: bool,
}
