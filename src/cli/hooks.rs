//! `mlo hooks`: git hooks that keep data in step with commits.

use clap::{Args, Subcommand};

/// `mlo hooks` subcommands.
#[derive(Debug, Subcommand)]
pub enum HooksCommand {
    /// Install post-checkout, pre-commit and pre-push hooks, chaining any hook already there
    Install(HooksInstallArgs),
    /// Remove mlo's hooks and restore the hooks they chained
    Uninstall(HooksUninstallArgs),
}

/// `mlo hooks install`.
#[derive(Debug, Args)]
#[command(after_long_help = "\
post-checkout runs `mlo data checkout` (only when a pointer file changed), pre-commit runs
`mlo data status --check`, pre-push runs `mlo push`. A hook that is already there is moved
to <hook>.pre-mlo and called first. Running install again changes nothing.")]
pub struct HooksInstallArgs {
    /// Chain the current hook even when an older <hook>.pre-mlo exists (kept as .pre-mlo.N)
    #[arg(long)]
    pub force: bool,
}

/// `mlo hooks uninstall`.
#[derive(Debug, Args)]
pub struct HooksUninstallArgs {}
