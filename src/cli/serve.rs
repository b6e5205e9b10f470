//! `mlo serve` arguments.

use std::path::PathBuf;

use clap::Args;

const SERVE_AFTER: &str = "\
Examples:
  mlo serve --path model.onnx                     serve a file as `model` on 127.0.0.1:8080
  mlo serve --path a.onnx --path b.safetensors    several models at once
  mlo serve churn@production --watch              follow the production stage as it moves
  mlo serve churn@3 --canary churn@4=10           registry refs, 10% canary
  mlo serve --path m.onnx --canary m2.onnx=10 --shadow m3.onnx

Routes: GET /v2/health/live, /v2/health/ready, /v2, /v2/models/{name}[/versions/{v}][/ready];
POST /v2/models/{name}[/versions/{v}]/infer, /v2/models/{name}/feedback, /invocations;
GET /metrics. See docs/serving.md.

SIGHUP reloads: files are re-read, registry references resolved again, and a changed version
is loaded, warmed and swapped in while requests in flight finish on the old one.

Exit codes:
  0    stopped by SIGTERM or Ctrl-C after draining
  2    bad flags, a model that cannot load, an unsupported operator, a missing token
  3    the address is in use, or another environment failure";

/// Serve models over HTTP: Open Inference Protocol, MLflow /invocations, Prometheus /metrics
#[derive(Debug, Args)]
#[command(after_long_help = SERVE_AFTER)]
pub struct ServeArgs {
    /// Registry references to serve: NAME, NAME@VERSION, NAME@STAGE or NAME:ALIAS
    #[arg(value_name = "MODEL")]
    pub models: Vec<String>,
    /// Serve a model file (.onnx, or .safetensors with its .arch.toml); repeatable
    #[arg(long = "path", value_name = "FILE")]
    pub paths: Vec<PathBuf>,
    /// Name to serve each --path under, in order (default: the file's stem)
    #[arg(long = "name", value_name = "NAME")]
    pub names: Vec<String>,
    /// Architecture file for a .safetensors --path (default: <stem>.arch.toml beside it)
    #[arg(long, value_name = "FILE")]
    pub arch: Option<PathBuf>,
    /// Address to bind [default: serve.host, else 127.0.0.1]
    #[arg(long, value_name = "ADDR")]
    pub host: Option<String>,
    /// Port to listen on; 0 picks a free one [default: serve.port, else 8080]
    #[arg(long, value_name = "PORT")]
    pub port: Option<u16>,
    /// Inference worker threads; each runs one model call at a time, single-threaded
    /// [default: serve.threads, else half the CPUs]
    #[arg(long, value_name = "N")]
    pub threads: Option<usize>,
    /// Threads for HTTP I/O (the async reactor) [default: the number of CPUs]
    #[arg(long, value_name = "N")]
    pub io_threads: Option<usize>,
    /// Send PERCENT of traffic to a canary: MODEL=PERCENT, MODEL a registry ref or a file
    #[arg(long, value_name = "MODEL=PERCENT")]
    pub canary: Option<String>,
    /// Mirror every request to a shadow model (registry ref or file); the client never waits
    #[arg(long, value_name = "MODEL")]
    pub shadow: Option<String>,
    /// Header whose value keeps a client on one variant (hashed)
    #[arg(long, value_name = "HEADER", default_value = "x-mlo-route-key")]
    pub route_header: String,
    /// Roll the canary back when its server-error rate over the window passes this fraction
    #[arg(long, value_name = "FRACTION", default_value_t = 0.05)]
    pub rollback_error_rate: f64,
    /// Roll the canary back when its p99 latency over the window passes this many ms
    #[arg(long, value_name = "MS", default_value_t = 250.0)]
    pub rollback_p99_ms: f64,
    /// Canary outcomes in the rollback window
    #[arg(long, value_name = "N", default_value_t = 200)]
    pub rollback_window: usize,
    /// Canary outcomes needed before a rollback decision
    #[arg(long, value_name = "N", default_value_t = 20)]
    pub rollback_min_requests: usize,
    /// Batch up to this many rows per model call (1 = batching off)
    #[arg(long, value_name = "ROWS", default_value_t = 1)]
    pub max_batch_size: usize,
    /// Longest a request waits for a batch to fill, in milliseconds
    #[arg(long, value_name = "MS", default_value_t = 2)]
    pub max_batch_delay_ms: u64,
    /// File holding the bearer token clients must send (or set MLO_SERVE_TOKEN)
    #[arg(long, value_name = "FILE")]
    pub token_file: Option<PathBuf>,
    /// Require the bearer token even on a loopback address
    #[arg(long)]
    pub auth: bool,
    /// Largest request body in bytes (larger gets 413)
    #[arg(long, value_name = "BYTES", default_value_t = 8 * 1024 * 1024)]
    pub body_limit: usize,
    /// Per-request timeout in milliseconds (slower gets 408)
    #[arg(long, value_name = "MS", default_value_t = 30_000)]
    pub timeout_ms: u64,
    /// Most requests processed at once; more wait
    #[arg(long, value_name = "N", default_value_t = 1024)]
    pub concurrency: usize,
    /// Directory for the prediction log [default: .mlo/predictions/ in a repository]
    #[arg(long, value_name = "DIR")]
    pub log_dir: Option<PathBuf>,
    /// Do not write the prediction log
    #[arg(long, conflicts_with = "log_dir")]
    pub no_log: bool,
    /// Percent of requests the prediction log records [default: serve.log_sample_percent]
    #[arg(long, value_name = "PERCENT")]
    pub log_sample_percent: Option<u8>,
    /// Reload when a model file changes on disk or a registry reference moves to another
    /// version (a promotion, an alias, a new latest version); SIGHUP always reloads
    #[arg(long)]
    pub watch: bool,
}
