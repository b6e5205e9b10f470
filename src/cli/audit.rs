//! `mlo audit`: read and verify the hash-chained audit trail.

use clap::{Args, Subcommand};

use crate::audit::Outcome;

/// `mlo audit` subcommands.
#[derive(Debug, Subcommand)]
pub enum AuditCommand {
    /// List audit events, oldest first
    Log(AuditLogArgs),
    /// Show one event in full
    Show(AuditShowArgs),
    /// Recompute the hash chain; exit 1 and name the first bad event if it does not match
    Verify(AuditVerifyArgs),
}

/// `mlo audit log`.
#[derive(Debug, Args)]
pub struct AuditLogArgs {
    /// Only events at or after this time (RFC 3339, or a duration back from now like 24h, 7d)
    #[arg(long, value_name = "TIME")]
    pub since: Option<String>,
    /// Only events before this time (RFC 3339, or a duration back from now)
    #[arg(long, value_name = "TIME")]
    pub until: Option<String>,
    /// Only events by this actor id
    #[arg(long)]
    pub actor: Option<String>,
    /// Only actions matching this glob, e.g. `config.*`
    #[arg(long, value_name = "GLOB")]
    pub action: Option<String>,
    /// Only events on this target (`id` or `type:id`)
    #[arg(long)]
    pub target: Option<String>,
    /// Only events with this outcome
    #[arg(long, value_enum)]
    pub outcome: Option<Outcome>,
    /// Show at most N events (the newest N)
    #[arg(long, value_name = "N")]
    pub limit: Option<usize>,
}

/// `mlo audit show`.
#[derive(Debug, Args)]
pub struct AuditShowArgs {
    /// The event id (or a unique prefix of at least 8 characters)
    pub event_id: String,
}

/// `mlo audit verify`.
#[derive(Debug, Args)]
pub struct AuditVerifyArgs {}
