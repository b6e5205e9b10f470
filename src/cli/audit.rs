//! `mlo audit`: read, verify, anchor, prove, export and report on the hash-chained audit
//! trail. clap definitions only.

use std::path::PathBuf;

use clap::{Args, Subcommand};

use crate::audit::Outcome;
use crate::audit::export::ExportFormat;
use crate::audit::report::ReportFormat;

/// `mlo audit` subcommands.
#[derive(Debug, Subcommand)]
pub enum AuditCommand {
    /// List audit events of every chain (this repository's and pulled ones), oldest first
    Log(AuditLogArgs),
    /// Show one event in full
    Show(AuditShowArgs),
    /// Recompute every hash chain (and check one against a checkpoint); exit 1 naming what is wrong
    Verify(AuditVerifyArgs),
    /// Create an ed25519 key pair for signing checkpoints and export manifests
    Keygen(AuditKeygenArgs),
    /// Write a checkpoint of this repository's chain (size, head hash, Merkle root), signed when a key is set
    Checkpoint(AuditCheckpointArgs),
    /// Write an inclusion proof that an event is in the tree a checkpoint commits to
    Prove(AuditProveArgs),
    /// Check an inclusion proof without the log; exit 1 if it does not verify
    VerifyProof(AuditVerifyProofArgs),
    /// Export events with a manifest, or check an export against its manifest (`--verify`)
    Export(Box<AuditExportArgs>),
    /// Write a compliance summary: promotions, approvals, overrides, denials, rollbacks, actors
    Report(AuditReportArgs),
}

/// Which events (shared by `log` and `export`).
#[derive(Debug, Args)]
pub struct EventFilterArgs {
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
    /// Only events of this chain: `local` (this repository's), a chain id, or a unique prefix
    #[arg(long, value_name = "CHAIN")]
    pub chain: Option<String>,
    /// At most N events (the newest N)
    #[arg(long, value_name = "N")]
    pub limit: Option<usize>,
}

/// `mlo audit log`.
#[derive(Debug, Args)]
pub struct AuditLogArgs {
    /// Which events.
    #[command(flatten)]
    pub filter: EventFilterArgs,
}

/// `mlo audit show`.
#[derive(Debug, Args)]
pub struct AuditShowArgs {
    /// The event id (or a unique prefix of at least 8 characters)
    pub event_id: String,
}

/// `mlo audit verify`.
#[derive(Debug, Args)]
pub struct AuditVerifyArgs {
    /// Also check that the chain the checkpoint names extends it (catches truncation and rewrites)
    #[arg(long, value_name = "FILE")]
    pub from_checkpoint: Option<PathBuf>,
    /// The checkpoint must be signed by this ed25519 public key (64 hex; default `audit.public_key`)
    #[arg(long, value_name = "HEX", requires = "from_checkpoint")]
    pub public_key: Option<String>,
}

/// `mlo audit keygen`.
#[derive(Debug, Args)]
pub struct AuditKeygenArgs {
    /// Where to write the private key (mode 0600) [default: .mlo/audit-key]
    #[arg(long, value_name = "PATH")]
    pub out: Option<PathBuf>,
    /// Replace an existing key file
    #[arg(long)]
    pub force: bool,
}

/// `mlo audit checkpoint`.
#[derive(Debug, Args)]
pub struct AuditCheckpointArgs {
    /// Write the checkpoint to FILE instead of stdout
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Sign it; fails when no key is given or configured (a configured key signs anyway)
    #[arg(long)]
    pub sign: bool,
    /// Sign with this private key file [default: `audit.signing_key`]
    #[arg(long, value_name = "FILE")]
    pub key: Option<PathBuf>,
}

/// `mlo audit prove`.
#[derive(Debug, Args)]
pub struct AuditProveArgs {
    /// The event id (or a unique prefix of at least 8 characters)
    pub event_id: String,
    /// The checkpoint to prove against (from `mlo audit checkpoint --out FILE`)
    #[arg(long, value_name = "FILE")]
    pub checkpoint: PathBuf,
    /// Write the proof to PROOF instead of stdout
    #[arg(long, value_name = "PROOF")]
    pub out: Option<PathBuf>,
}

/// `mlo audit verify-proof`.
#[derive(Debug, Args)]
pub struct AuditVerifyProofArgs {
    /// The proof file (from `mlo audit prove`)
    pub proof: PathBuf,
    /// Check against this checkpoint instead of the one inside the proof
    #[arg(long, value_name = "FILE")]
    pub checkpoint: Option<PathBuf>,
    /// The checkpoint must be signed by this ed25519 public key (64 hex; default `audit.public_key`)
    #[arg(long, value_name = "HEX")]
    pub public_key: Option<String>,
}

/// `mlo audit export`.
#[derive(Debug, Args)]
pub struct AuditExportArgs {
    /// File format of the export
    #[arg(long, value_enum, default_value_t = ExportFormat::Jsonl)]
    pub format: ExportFormat,
    /// Write the events to FILE (and the manifest to FILE.manifest.json) instead of stdout
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Write the manifest here [default: FILE.manifest.json; none when exporting to stdout]
    #[arg(long, value_name = "FILE")]
    pub manifest: Option<PathBuf>,
    /// Sign the manifest with this private key file [default: `audit.signing_key`]
    #[arg(long, value_name = "FILE")]
    pub key: Option<PathBuf>,
    /// Check the export FILE against its manifest instead of exporting; exit 1 if it differs
    #[arg(long, value_name = "FILE", conflicts_with_all = ["out", "key"])]
    pub verify: Option<PathBuf>,
    /// With --verify: the manifest must be signed by this public key (default `audit.public_key`)
    #[arg(long, value_name = "HEX", requires = "verify")]
    pub public_key: Option<String>,
    /// Which events.
    #[command(flatten)]
    pub filter: EventFilterArgs,
}

/// `mlo audit report`.
#[derive(Debug, Args)]
pub struct AuditReportArgs {
    /// Only events at or after this time (RFC 3339, a date, or a duration back like 30d)
    #[arg(long, value_name = "TIME")]
    pub since: Option<String>,
    /// Only events before this time
    #[arg(long, value_name = "TIME")]
    pub until: Option<String>,
    /// Output format
    #[arg(long, value_enum, default_value_t = ReportFormat::Md)]
    pub format: ReportFormat,
    /// Write the report to FILE instead of stdout
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
}
