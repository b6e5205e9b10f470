//! Glue between `cli` and the domain: one function per leaf command. Each builds its options
//! from the parsed arguments, calls the domain, and hands the outcome to `output`. The match
//! over commands is exhaustive (no `_ =>`), so a new command does not compile until wired.

mod ab;
mod audit;
mod ci;
mod config;
mod data;
mod model;
mod monitor;
mod remote;
mod repo;
mod run;
mod serve;

use std::path::PathBuf;

use crate::cli::{Cli, Command};
use crate::error::{Error, ExitCode};
use crate::output::Output;
use crate::repo::settings::Env;

/// What every command gets: where to start looking for the repository, and the environment.
#[derive(Debug, Clone)]
pub struct Context {
    /// `-C DIR`, or the current directory.
    pub start: PathBuf,
    /// The captured environment.
    pub env: Env,
}

impl Context {
    /// Open the repository containing the start directory.
    pub fn repo(&self) -> Result<crate::repo::Repo, Error> {
        crate::repo::Repo::discover(&self.start, &self.env)
    }
}

/// Run a parsed command line; returns the exit code for a command that completed (a check
/// that found a problem completes with `CheckFailed`).
pub fn run(cli: Cli, out: &Output) -> Result<ExitCode, Error> {
    let ctx = Context {
        start: cli
            .global
            .directory
            .clone()
            .unwrap_or_else(|| PathBuf::from(".")),
        env: Env::capture(),
    };
    match cli.command {
        Command::Init(_) => repo::init(&ctx, out),
        Command::Status(_) => repo::status(&ctx, out),
        Command::Fsck(_) => repo::fsck(&ctx, out),
        Command::Index(crate::cli::index::IndexCommand::Rebuild(_)) => repo::rebuild(&ctx, out),
        Command::Audit(cmd) => audit::run(&ctx, out, cmd),
        Command::Config(cmd) => config::run(&ctx, out, cmd),
        Command::Data(cmd) => data::run(&ctx, out, cmd),
        Command::Model(cmd) => model::run(&ctx, out, cmd),
        Command::Run(cmd) => run::run(&ctx, out, cmd),
        Command::Ci(cmd) => ci::run(&ctx, out, cmd),
        Command::Hooks(cmd) => ci::hooks(&ctx, out, cmd),
        Command::Ab(cmd) => ab::run(&ctx, out, cmd),
        Command::Remote(cmd) => remote::run(&ctx, out, cmd),
        Command::Push(args) => remote::push(&ctx, out, args),
        Command::Fetch(args) => remote::fetch(&ctx, out, args),
        Command::Pull(args) => remote::pull(&ctx, out, args),
        Command::Serve(args) => serve::run(&ctx, out, *args),
        Command::Monitor(cmd) => monitor::run(&ctx, out, cmd),
        Command::Completions(args) => {
            let mut cmd = <Cli as clap::CommandFactory>::command();
            let mut buf = Vec::new();
            clap_complete::generate(args.shell, &mut cmd, "mlo", &mut buf);
            out.line(String::from_utf8_lossy(&buf).trim_end());
            Ok(ExitCode::Success)
        }
    }
}
