//! The `mlo` binary: parse the command line, set up tracing, run, and turn the result into an
//! exit code. Everything else lives in the `mlo` library so it can be tested and reused.

fn main() {
    std::process::exit(mlo::run_cli(std::env::args_os()));
}
