//! The `mlo` binary: parse the command line, set up tracing, run, and turn the result into an
//! exit code. Everything else lives in the `mlo` library so it can be tested and reused.

fn main() {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    if mlo::wants_single_threaded_kernels(&args) && std::env::var_os("RAYON_NUM_THREADS").is_none()
    {
        // `mlo serve` runs every model call on its own worker thread; candle's matmul would
        // otherwise hand each tiny call to a rayon pool (41 µs instead of 2.9 µs for a
        // 16→32→3 MLP, docs/serving.md). candle reads this variable on every call and has no
        // setter, so it must be in the environment.
        #[allow(unsafe_code)]
        // SAFETY: first thing in `main`, before any other thread exists that could read the
        // environment concurrently.
        unsafe {
            std::env::set_var("RAYON_NUM_THREADS", "1");
        }
    }
    std::process::exit(mlo::run_cli(args));
}
