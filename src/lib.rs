//! `mlo` — one binary for the whole life of a machine-learning model inside a project
//! repository. This crate is the library behind the binary: `cli` (clap definitions only),
//! `commands` (glue), the domain modules (`repo`, `store`, `records`, `index`, `audit`), and
//! `output`, the one place that prints. See docs/architecture.md for the map.

pub mod ab;
pub mod audit;
pub mod ci;
pub mod cli;
pub mod clock;
pub mod commands;
pub mod data;
pub mod error;
pub mod index;
pub mod infer;
pub mod monitor;
pub mod output;
pub mod records;
pub mod registry;
pub mod remote;
pub mod repo;
pub mod serve;
pub mod stats;
pub mod store;
pub mod table;
pub mod track;
pub mod webhook;

use std::ffi::OsString;

use clap::Parser;

pub use error::{CliError, Error, ExitCode};

/// Whether this command line runs `mlo serve`, whose inference workers must keep candle's
/// kernels single-threaded (see `main.rs`).
pub fn wants_single_threaded_kernels(args: &[OsString]) -> bool {
    matches!(
        cli::Cli::try_parse_from(args),
        Ok(cli::Cli {
            command: cli::Command::Serve(_),
            ..
        })
    )
}

/// Parse `args`, run the command, print any error, and return the process exit code.
pub fn run_cli<I, T>(args: I) -> i32
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let cli = match cli::Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(err) => {
            let code = match err.kind() {
                clap::error::ErrorKind::DisplayHelp | clap::error::ErrorKind::DisplayVersion => 0,
                _ => ExitCode::Usage.code(),
            };
            // Help and version go to stdout, usage errors to stderr; a closed pipe is not an error.
            let _ = err.print();
            return code;
        }
    };
    let out = output::Output::from_global(&cli.global);
    init_tracing(&cli.global);
    match commands::run(cli, &out) {
        Ok(code) => code.code(),
        Err(err) => {
            let err: CliError = err.into();
            out.error(&err);
            err.code.code()
        }
    }
}

fn init_tracing(global: &cli::GlobalArgs) {
    use tracing_subscriber::EnvFilter;
    let filter = match std::env::var("MLO_LOG") {
        Ok(spec) if !spec.is_empty() => EnvFilter::new(spec),
        _ => EnvFilter::new(match global.verbose {
            0 => "warn",
            1 => "mlo=info",
            2 => "mlo=debug",
            _ => "mlo=trace",
        }),
    };
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(output::color_enabled_for_stderr(global.color))
        .with_target(false)
        .try_init();
}
