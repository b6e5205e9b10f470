//! `mlo index`: maintain the derived SQLite index.

use clap::{Args, Subcommand};

/// `mlo index` subcommands.
#[derive(Debug, Subcommand)]
pub enum IndexCommand {
    /// Re-create the index from the record objects (a lost or corrupt index.db loses nothing)
    Rebuild(IndexRebuildArgs),
}

/// `mlo index rebuild`.
#[derive(Debug, Args)]
pub struct IndexRebuildArgs {}
