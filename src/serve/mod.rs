//! `mlo serve`: load models once, warm them up, and answer the Open Inference Protocol (plus
//! MLflow's `/invocations` and Prometheus `/metrics`) over HTTP until SIGTERM or Ctrl-C.
//!
//! Layout: [`protocol`] parses and formats bodies, [`http`] is the axum router and handlers,
//! [`pool`] runs inference on dedicated worker threads (never on the tokio reactor),
//! [`traffic`] decides canary routing and rollback, [`metrics`] renders Prometheus text, and
//! [`predlog`] appends the prediction log that `mlo monitor` and `mlo ab` read.
//!
//! Called by `commands::serve`, which resolves flags and settings into [`ServeOptions`] and
//! prints the [`ServeEvent`]s this module reports; this module never prints. Registry
//! references go through [`resolve_ref`]; [`RegistryWatch`] notices when they move, and the
//! reload loop swaps the new versions in (docs/serving.md, "Reloading").

pub mod http;
pub mod metrics;
pub mod pool;
pub mod predlog;
pub mod protocol;
pub mod traffic;

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant, SystemTime};

use serde_json::json;

use crate::audit::{NewEvent, Target};
use crate::clock::Clock;
use crate::error::ExitCode;
use crate::infer::{LoadError, Model};
use crate::repo::Repo;
use traffic::{CanaryState, RollbackPolicy, RollbackReason, Variant};

/// Errors that stop `mlo serve` from starting (or end it).
#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    /// A model failed to load or warm up.
    #[error(transparent)]
    Load(#[from] LoadError),
    /// The warm-up inference failed.
    #[error("model `{name}` failed its warm-up inference: {message}")]
    WarmUp {
        /// Served name.
        name: String,
        /// What failed.
        message: String,
    },
    /// Flags that do not fit together.
    #[error("{message}")]
    Usage {
        /// What is wrong.
        message: String,
        /// What to do.
        hint: Option<String>,
    },
    /// Binding, the runtime, or the log directory failed.
    #[error("cannot {action}")]
    Io {
        /// What was being done.
        action: String,
        /// The operating system's error.
        #[source]
        source: std::io::Error,
    },
}

impl ServeError {
    /// The exit code: 2 for usage and input problems, 3 for the environment.
    pub fn exit_code(&self) -> ExitCode {
        match self {
            ServeError::Io { source, .. } if source.kind() == std::io::ErrorKind::AddrInUse => {
                ExitCode::Environment
            }
            ServeError::Io { source, .. } => crate::error::io_exit_code(source),
            ServeError::Load(LoadError::Read { source, .. }) => crate::error::io_exit_code(source),
            _ => ExitCode::Usage,
        }
    }

    /// Next steps.
    pub fn hints(&self) -> Vec<String> {
        match self {
            ServeError::Load(LoadError::Unsupported { .. }) => vec![format!(
                "supported operators: {}",
                Model::supported_operators().join(", ")
            )],
            ServeError::Usage { hint, .. } => hint.iter().cloned().collect(),
            _ => vec![],
        }
    }
}

/// A model reference resolved to a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResolvedModel {
    /// The name it is served under.
    pub name: String,
    /// Its version string (a registry version, or the file's short digest).
    pub version: String,
    /// The model file.
    pub path: PathBuf,
    /// The architecture file for safetensors weights, if not the default.
    pub arch: Option<PathBuf>,
    /// The registry reference it was resolved from (`churn@production`), re-resolved on
    /// reload; `None` for a file given with `--path`.
    pub reference: Option<String>,
}

/// Resolve `NAME[@VERSION|@STAGE|:ALIAS]` through the model registry: the version's artifact
/// is written out of the store (verified against its digest) once, under
/// `.mlo/serve/NAME@VERSION/`, and served from there under the model's name with the registry
/// version as its version. Reloads call it again for every reference (see [`RegistryWatch`]).
pub fn resolve_ref(repo: Option<&Repo>, reference: &str) -> Result<ResolvedModel, ServeError> {
    use crate::registry::{self, ModelRef, Selector};
    let usage = |message: String, hint: Option<String>| ServeError::Usage { message, hint };
    let repo = repo.ok_or_else(|| {
        usage(
            format!("serving `{reference}` needs an mlo repository"),
            Some(
                "run inside the repository that registered it, or serve a file with `--path`"
                    .into(),
            ),
        )
    })?;
    let r: ModelRef = reference
        .parse()
        .map_err(|e: registry::RefError| usage(e.to_string(), None))?;
    let index = repo.open_index().map_err(|e| usage(e.to_string(), None))?;
    let number = registry::resolve(index.conn(), &r).map_err(|e| {
        usage(
            e.to_string(),
            Some("`mlo model list` shows the registered models".into()),
        )
    })?;
    let info = registry::version_info(index.conn(), &r.name, number)
        .map_err(|e| usage(e.to_string(), None))?;
    drop(index);
    let dir = repo
        .mlo_dir()
        .join("serve")
        .join(format!("{}@{number}", r.name));
    let exact = ModelRef {
        name: r.name.clone(),
        selector: Selector::Version(number),
    };
    let artifact = &info.record.artifact;
    let path = if artifact.kind == "file" {
        let file = dir.join(&artifact.filename);
        if !file.is_file() {
            std::fs::create_dir_all(&dir)
                .map_err(|e| usage(format!("cannot create `{}`: {e}", dir.display()), None))?;
            registry::get(repo, &exact, &dir, true).map_err(|e| usage(e.to_string(), None))?;
        }
        file
    } else {
        if !dir.is_dir() {
            registry::get(repo, &exact, &dir, true).map_err(|e| usage(e.to_string(), None))?;
        }
        let mut candidates: Vec<PathBuf> = std::fs::read_dir(&dir)
            .map_err(|e| usage(format!("cannot read `{}`: {e}", dir.display()), None))?
            .flatten()
            .map(|e| e.path())
            .filter(|p| {
                matches!(
                    p.extension().and_then(|x| x.to_str()),
                    Some("onnx") | Some("safetensors")
                )
            })
            .collect();
        candidates.sort();
        candidates.into_iter().next().ok_or_else(|| {
            usage(
                format!(
                    "`{}@{number}` is a directory without a .onnx or .safetensors file at its top",
                    r.name
                ),
                None,
            )
        })?
    };
    Ok(ResolvedModel {
        name: r.name.clone(),
        version: number.to_string(),
        path,
        arch: None,
        reference: Some(reference.to_string()),
    })
}

/// Resolve a model file given with `--path` (served under `name`, or the file's stem).
pub fn resolve_path(
    path: &Path,
    name: Option<&str>,
    arch: Option<&Path>,
) -> Result<ResolvedModel, ServeError> {
    let bytes = std::fs::read(path).map_err(|source| LoadError::Read {
        path: path.to_path_buf(),
        source,
    })?;
    let name = match name {
        Some(n) => n.to_string(),
        None => path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| "model".into()),
    };
    if name.is_empty() || name.contains('/') || name.chars().any(char::is_whitespace) {
        return Err(ServeError::Usage {
            message: format!("`{name}` is not a valid model name"),
            hint: Some("pass `--name NAME` (letters, digits, `-`, `_`, `.`)".into()),
        });
    }
    Ok(ResolvedModel {
        name,
        version: blake3::hash(&bytes).to_hex()[..12].to_string(),
        path: path.to_path_buf(),
        arch: arch.map(Path::to_path_buf),
        reference: None,
    })
}

/// Everything `mlo serve` needs, resolved from flags, config and environment.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    /// Primary models (one per served name).
    pub models: Vec<ResolvedModel>,
    /// Canary version and its traffic percent.
    pub canary: Option<(ResolvedModel, f64)>,
    /// Shadow version.
    pub shadow: Option<ResolvedModel>,
    /// Address to bind.
    pub host: String,
    /// Port (0 picks a free one).
    pub port: u16,
    /// Inference worker threads.
    pub threads: usize,
    /// Tokio reactor threads.
    pub io_threads: usize,
    /// Adaptive batching.
    pub batching: pool::Batching,
    /// Required bearer token, if auth is on.
    pub token: Option<String>,
    /// Largest request body in bytes.
    pub body_limit: usize,
    /// Per-request timeout.
    pub timeout: Duration,
    /// Most requests processed at once.
    pub concurrency: usize,
    /// Header carrying the sticky routing key.
    pub route_header: String,
    /// Canary rollback bounds.
    pub rollback: RollbackPolicy,
    /// Prediction log, if enabled.
    pub log: Option<predlog::LogOptions>,
    /// Reload model files when they change on disk.
    pub watch: bool,
    /// Clock for log and audit timestamps.
    pub clock: Clock,
}

/// What the server reports while running, for the caller to print.
#[derive(Debug, Clone)]
pub enum ServeEvent {
    /// A model is loaded and warm.
    Loaded {
        /// Served name.
        name: String,
        /// Version.
        version: String,
        /// `primary`, `canary` or `shadow`.
        variant: &'static str,
        /// Load plus warm-up time.
        elapsed: Duration,
    },
    /// Listening and ready.
    Ready {
        /// The bound address.
        addr: SocketAddr,
        /// From process start of serving to ready.
        elapsed: Duration,
    },
    /// A new model set was loaded, warmed and swapped in.
    Reloaded {
        /// How many served names.
        models: usize,
        /// What started the reload.
        trigger: ReloadTrigger,
        /// Served versions that changed (empty when every version stayed the same).
        changes: Vec<VersionChange>,
    },
    /// A reload failed; the old models keep serving.
    ReloadFailed {
        /// Why.
        message: String,
    },
    /// The canary was rolled back.
    RolledBack {
        /// Served name.
        name: String,
        /// Why.
        reason: RollbackReason,
    },
    /// A shutdown signal arrived; draining.
    Stopping,
    /// An audit event could not be written (serving continues).
    AuditFailed {
        /// Why.
        message: String,
    },
}

/// What started a reload.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ReloadTrigger {
    /// SIGHUP.
    Signal,
    /// `--watch` saw a model file change on disk.
    FileChange,
    /// `--watch` saw a registry reference resolve to another version (a stage or alias moved,
    /// or a new latest version was registered).
    Registry,
}

impl ReloadTrigger {
    /// The name used in logs and audit details.
    pub fn as_str(self) -> &'static str {
        match self {
            ReloadTrigger::Signal => "signal",
            ReloadTrigger::FileChange => "file_change",
            ReloadTrigger::Registry => "registry",
        }
    }
}

/// One served version replaced by a reload.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct VersionChange {
    /// Served name.
    pub name: String,
    /// `primary`, `canary` or `shadow`.
    pub variant: &'static str,
    /// The registry reference it follows; `None` for a file.
    pub reference: Option<String>,
    /// The version served before.
    pub from: String,
    /// The version served now.
    pub to: String,
}

/// How a serving session ended.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ServeOutcome {
    /// Requests answered.
    pub requests: u64,
    /// Prediction log records written.
    pub logged: u64,
    /// Records dropped because the log writer fell behind.
    pub log_dropped: u64,
    /// Seconds served.
    pub uptime_secs: f64,
}

/// Receives [`ServeEvent`]s.
pub type EventSink = Arc<dyn Fn(ServeEvent) + Send + Sync>;

/// A model version loaded for serving.
#[derive(Debug)]
pub struct Served {
    /// Name it is served under.
    pub name: String,
    /// Version string.
    pub version: String,
    /// Which role it plays.
    pub variant: Variant,
    /// The executable model.
    pub model: Arc<Model>,
    /// Where it came from.
    pub source: ResolvedModel,
    /// Its metric labels (model, version, variant), built once.
    pub labels: metrics::Labels,
}

/// One served name: its primary, optional canary and shadow.
#[derive(Debug, Clone)]
pub struct Route {
    /// The primary version.
    pub primary: Arc<Served>,
    /// The canary and its state.
    pub canary: Option<(Arc<Served>, Arc<CanaryState>)>,
    /// The shadow.
    pub shadow: Option<Arc<Served>>,
}

/// Every served name, swapped as a whole on reload.
#[derive(Debug, Default)]
pub struct ModelSet {
    /// Routes by served name.
    pub routes: BTreeMap<String, Route>,
}

fn load_one(
    r: &ResolvedModel,
    variant: Variant,
    events: &EventSink,
) -> Result<Arc<Served>, ServeError> {
    let start = Instant::now();
    let model = Model::load(&r.path, r.arch.as_deref())?;
    model.warm_up().map_err(|e| ServeError::WarmUp {
        name: r.name.clone(),
        message: e.to_string(),
    })?;
    events(ServeEvent::Loaded {
        name: r.name.clone(),
        version: r.version.clone(),
        variant: variant.as_str(),
        elapsed: start.elapsed(),
    });
    Ok(Arc::new(Served {
        name: r.name.clone(),
        version: r.version.clone(),
        variant,
        model: Arc::new(model),
        source: r.clone(),
        labels: (
            r.name.clone(),
            r.version.clone(),
            variant.as_str().to_string(),
        ),
    }))
}

/// The loaded copy of `variant` under `name` in `set`, if any.
fn served_in(set: &ModelSet, name: &str, variant: Variant) -> Option<Arc<Served>> {
    let route = set.routes.get(name)?;
    match variant {
        Variant::Primary => Some(route.primary.clone()),
        Variant::Canary => route.canary.as_ref().map(|(c, _)| c.clone()),
        Variant::Shadow => route.shadow.clone(),
    }
}

/// Load every model in `opts`. With `refresh` (a reload), registry references are resolved
/// again and files re-read; a registry model whose version did not change keeps its loaded
/// copy from `previous` (registry versions are immutable), and the canary keeps its rollback
/// state while its version stays the same, so a rolled-back canary stays rolled back until a
/// new canary version replaces it.
fn load_set(
    opts: &ServeOptions,
    previous: Option<&ModelSet>,
    refresh: bool,
    repo: Option<&Repo>,
    events: &EventSink,
) -> Result<ModelSet, ServeError> {
    let fresh = |r: &ResolvedModel| -> Result<ResolvedModel, ServeError> {
        if !refresh {
            return Ok(r.clone());
        }
        let mut again = match &r.reference {
            Some(reference) => resolve_ref(repo, reference)?,
            None => resolve_path(&r.path, Some(&r.name), r.arch.as_deref())?,
        };
        again.name = r.name.clone();
        Ok(again)
    };
    let load = |r: &ResolvedModel, variant: Variant| -> Result<Arc<Served>, ServeError> {
        let kept = previous
            .and_then(|p| served_in(p, &r.name, variant))
            .filter(|s| {
                r.reference.is_some() && s.source.reference == r.reference && s.version == r.version
            });
        match kept {
            Some(s) => Ok(s),
            None => load_one(r, variant, events),
        }
    };
    let mut set = ModelSet::default();
    for r in &opts.models {
        if set.routes.contains_key(&r.name) {
            return Err(ServeError::Usage {
                message: format!("two models are served as `{}`", r.name),
                hint: Some("give one of them another name with `--name`".into()),
            });
        }
        let primary = load(&fresh(r)?, Variant::Primary)?;
        set.routes.insert(
            r.name.clone(),
            Route {
                primary,
                canary: None,
                shadow: None,
            },
        );
    }
    let served_names: Vec<String> = set.routes.keys().cloned().collect();
    let target = |name: &str, what: &str| -> Result<String, ServeError> {
        if served_names.iter().any(|n| n == name) {
            Ok(name.to_string())
        } else if let [only] = served_names.as_slice() {
            Ok(only.clone())
        } else {
            Err(ServeError::Usage {
                message: format!("the {what} `{name}` does not match any served model"),
                hint: Some(format!("name the {what} like the model it stands in for")),
            })
        }
    };
    if let Some((c, percent)) = &opts.canary {
        let name = target(&c.name, "canary")?;
        let mut c = fresh(c)?;
        c.name = name.clone();
        let served = load(&c, Variant::Canary)?;
        let state = previous
            .and_then(|p| p.routes.get(&name))
            .and_then(|r| r.canary.as_ref())
            .filter(|(old, _)| old.version == served.version)
            .map(|(_, s)| s.clone())
            .unwrap_or_else(|| Arc::new(CanaryState::new(*percent, opts.rollback)));
        if let Some(route) = set.routes.get_mut(&name) {
            route.canary = Some((served, state));
        }
    }
    if let Some(s) = &opts.shadow {
        let name = target(&s.name, "shadow")?;
        let mut s = fresh(s)?;
        s.name = name.clone();
        let served = load(&s, Variant::Shadow)?;
        if let Some(route) = set.routes.get_mut(&name) {
            route.shadow = Some(served);
        }
    }
    Ok(set)
}

/// Every loaded version of a set: primary, canary and shadow of each route.
fn all_served(set: &ModelSet) -> impl Iterator<Item = &Arc<Served>> {
    set.routes.values().flat_map(|r| {
        std::iter::once(&r.primary)
            .chain(r.canary.as_ref().map(|(c, _)| c))
            .chain(r.shadow.as_ref())
    })
}

/// The versions that differ between two sets, by served name and variant.
fn version_changes(old: &ModelSet, new: &ModelSet) -> Vec<VersionChange> {
    all_served(new)
        .filter_map(|s| {
            let before = served_in(old, &s.name, s.variant)?;
            (before.version != s.version).then(|| VersionChange {
                name: s.name.clone(),
                variant: s.variant.as_str(),
                reference: s.source.reference.clone(),
                from: before.version.clone(),
                to: s.version.clone(),
            })
        })
        .collect()
}

/// Parse `SPEC=PERCENT` (`--canary`): the spec and a percent in (0, 100].
pub fn parse_canary(arg: &str) -> Result<(String, f64), ServeError> {
    let usage = || ServeError::Usage {
        message: format!("`--canary {arg}` is not `MODEL=PERCENT`"),
        hint: Some("for example `--canary churn@4=10` or `--canary new.onnx=10`".into()),
    };
    let (spec, pct) = arg.rsplit_once('=').ok_or_else(usage)?;
    let pct: f64 = pct.trim_end_matches('%').parse().map_err(|_| usage())?;
    if spec.is_empty() || !(pct > 0.0 && pct <= 100.0) {
        return Err(usage());
    }
    Ok((spec.to_string(), pct))
}

/// Whether a model argument names a file rather than a registry reference.
pub fn looks_like_path(spec: &str) -> bool {
    spec.contains('/')
        || spec.ends_with(".onnx")
        || spec.ends_with(".safetensors")
        || Path::new(spec).is_file()
}

/// Shared state of a running server.
pub struct State {
    models: RwLock<Arc<ModelSet>>,
    pool: pool::Pool,
    shadow_pool: Option<pool::Pool>,
    metrics: metrics::Metrics,
    log: Option<predlog::LogSender>,
    token: Option<String>,
    route_header: String,
    ready: AtomicBool,
    clock: Clock,
    repo: Option<Arc<Repo>>,
    events: EventSink,
    started: Instant,
}

impl std::fmt::Debug for State {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("State").finish_non_exhaustive()
    }
}

impl State {
    fn models(&self) -> Arc<ModelSet> {
        self.models
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }

    fn audit(
        &self,
        action: &'static str,
        target: &str,
        reason: Option<String>,
        details: serde_json::Value,
    ) {
        let Some(repo) = self.repo.clone() else {
            return;
        };
        let events = self.events.clone();
        let target = target.to_string();
        let write = move || {
            let mut event = NewEvent::success(action, Target::new("model", target), details);
            event.reason = reason;
            let result = repo
                .open_index()
                .map_err(crate::Error::from)
                .and_then(|mut index| repo.record_attempt(&mut index, event));
            if let Err(e) = result {
                events(ServeEvent::AuditFailed {
                    message: e.to_string(),
                });
            }
        };
        // Off the request path: SQLite writes can wait on a lock.
        match tokio::runtime::Handle::try_current() {
            Ok(h) => {
                h.spawn_blocking(write);
            }
            Err(_) => write(),
        }
    }
}

fn io(action: impl Into<String>) -> impl FnOnce(std::io::Error) -> ServeError {
    let action = action.into();
    move |source| ServeError::Io { action, source }
}

fn is_loopback(host: &str) -> bool {
    host == "localhost"
        || host
            .parse::<std::net::IpAddr>()
            .map(|ip| ip.is_loopback())
            .unwrap_or(false)
}

/// Whether binding `host` requires a token (any non-loopback address).
pub fn needs_auth(host: &str) -> bool {
    !is_loopback(host)
}

fn modified(paths: &[PathBuf]) -> Vec<Option<SystemTime>> {
    paths
        .iter()
        .map(|p| std::fs::metadata(p).and_then(|m| m.modified()).ok())
        .collect()
}

/// Run the server until a shutdown signal. `repo` receives `serve.*` audit events.
pub fn serve(
    opts: ServeOptions,
    repo: Option<Repo>,
    events: EventSink,
) -> Result<ServeOutcome, ServeError> {
    let started = Instant::now();
    if needs_auth(&opts.host) && opts.token.is_none() {
        return Err(ServeError::Usage {
            message: format!(
                "binding `{}` (not loopback) needs a bearer token",
                opts.host
            ),
            hint: Some(
                "pass `--token-file FILE` or set `MLO_SERVE_TOKEN`, or bind 127.0.0.1".into(),
            ),
        });
    }
    if opts.models.is_empty() {
        return Err(ServeError::Usage {
            message: "no model to serve".into(),
            hint: Some("pass `--path model.onnx` or a registry reference `NAME@VERSION`".into()),
        });
    }
    let set = load_set(&opts, None, false, repo.as_ref(), &events)?;

    let log = match &opts.log {
        Some(l) => Some(
            predlog::start(l.clone())
                .map_err(io(format!("open the prediction log `{}`", l.dir.display())))?,
        ),
        None => None,
    };
    let (log_tx, log_writer) = match log {
        Some((tx, w)) => (Some(tx), Some(w)),
        None => (None, None),
    };

    let capacity = 1024 * opts.threads.max(1);
    let state = Arc::new(State {
        pool: pool::Pool::start("infer", opts.threads, capacity, opts.batching),
        shadow_pool: opts.shadow.as_ref().map(|_| {
            pool::Pool::start(
                "shadow",
                1,
                64,
                pool::Batching {
                    max_batch_size: 1,
                    max_batch_delay: Duration::ZERO,
                },
            )
        }),
        models: RwLock::new(Arc::new(set)),
        metrics: metrics::Metrics::default(),
        log: log_tx,
        token: opts.token.clone(),
        route_header: opts.route_header.to_ascii_lowercase(),
        ready: AtomicBool::new(false),
        clock: opts.clock.clone(),
        repo: repo.map(Arc::new),
        events: events.clone(),
        started,
    });
    for s in all_served(&state.models()) {
        state.metrics.loaded(&s.name, &s.version, true);
    }

    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(opts.io_threads.max(1))
        .thread_name("mlo-http")
        .enable_all()
        .build()
        .map_err(io("start the async runtime"))?;
    let result = runtime.block_on(run_server(&opts, state.clone()));
    runtime.shutdown_timeout(Duration::from_secs(5));
    let requests = result?;

    let Ok(state) = Arc::try_unwrap(state) else {
        return Err(ServeError::Io {
            action: "shut down cleanly".into(),
            source: std::io::Error::other("requests still hold the server state"),
        });
    };
    let (logged, log_dropped) = state
        .log
        .as_ref()
        .map_or((0, 0), |l| (l.written(), l.dropped()));
    let uptime = state.started.elapsed().as_secs_f64();
    state.audit(
        "serve.stop",
        &state
            .models()
            .routes
            .keys()
            .cloned()
            .collect::<Vec<_>>()
            .join(","),
        None,
        json!({ "requests": requests, "uptime_secs": uptime }),
    );
    let State {
        pool,
        shadow_pool,
        log,
        ..
    } = state;
    pool.shutdown();
    if let Some(p) = shadow_pool {
        p.shutdown();
    }
    drop(log);
    let logged = match log_writer {
        Some(w) => {
            w.finish().map_err(io("flush the prediction log"))?;
            logged
        }
        None => logged,
    };
    Ok(ServeOutcome {
        requests,
        logged,
        log_dropped,
        uptime_secs: uptime,
    })
}

async fn run_server(opts: &ServeOptions, state: Arc<State>) -> Result<u64, ServeError> {
    let addr = format!("{}:{}", opts.host, opts.port);
    let listener = tokio::net::TcpListener::bind(&addr)
        .await
        .map_err(io(format!("listen on `{addr}`")))?;
    let local = listener
        .local_addr()
        .map_err(io("read the bound address"))?;

    let names: Vec<String> = state.models().routes.keys().cloned().collect();
    state.audit(
        "serve.start",
        &names.join(","),
        None,
        json!({
            "addr": local.to_string(),
            "models": state.models().routes.values().map(|r| json!({
                "name": r.primary.name,
                "version": r.primary.version,
                "canary": r.canary.as_ref().map(|(c, s)| json!({"version": c.version, "percent": s.percent})),
                "shadow": r.shadow.as_ref().map(|s| s.version.clone()),
            })).collect::<Vec<_>>(),
        }),
    );

    let app = http::router(state.clone(), opts);
    state.ready.store(true, Ordering::SeqCst);
    (state.events)(ServeEvent::Ready {
        addr: local,
        elapsed: state.started.elapsed(),
    });

    let reload = tokio::spawn(reload_loop(opts.clone(), state.clone()));
    let shutdown_state = state.clone();
    let served = axum::serve(listener, app)
        .with_graceful_shutdown(async move {
            shutdown_signal().await;
            shutdown_state.ready.store(false, Ordering::SeqCst);
            (shutdown_state.events)(ServeEvent::Stopping);
        })
        .await;
    reload.abort();
    let _ = reload.await;
    served.map_err(io("serve HTTP"))?;
    Ok(http::total_requests(&state))
}

async fn shutdown_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        match signal(SignalKind::terminate()) {
            Ok(mut term) => {
                tokio::select! {
                    _ = tokio::signal::ctrl_c() => {}
                    _ = term.recv() => {}
                }
            }
            Err(_) => {
                let _ = tokio::signal::ctrl_c().await;
            }
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}

/// Watches the index for registry moves (`--watch` with registry references).
///
/// SQLite's `PRAGMA data_version` changes whenever another connection commits to the
/// database, so an idle registry costs one pragma on a kept-open connection per poll; only
/// after a commit (a promotion, an alias, a registration, or any other change) are the served
/// references resolved again, a few indexed queries. See docs/serving.md for the figures.
pub struct RegistryWatch {
    index: crate::index::Index,
    data_version: Option<i64>,
}

impl RegistryWatch {
    /// Open a connection to the repository's index for polling.
    pub fn open(repo: &Repo) -> Result<RegistryWatch, String> {
        Ok(RegistryWatch {
            index: repo.open_index().map_err(|e| e.to_string())?,
            data_version: None,
        })
    }

    /// Whether any of `served` (registry reference, version served now) resolves to another
    /// version than the one served. The first call always resolves, so a move between the
    /// server's start and the watch's first poll is not missed. `Err` when a reference no
    /// longer resolves (its stage was emptied, its alias removed): the caller keeps serving.
    pub fn moved(&mut self, served: &[(String, String)]) -> Result<bool, String> {
        let now: i64 = self
            .index
            .conn()
            .query_row("PRAGMA data_version", [], |r| r.get(0))
            .map_err(|e| self.index.err(e).to_string())?;
        if self.data_version == Some(now) {
            return Ok(false);
        }
        self.data_version = Some(now);
        for (reference, version) in served {
            let r: crate::registry::ModelRef = reference
                .parse()
                .map_err(|e: crate::registry::RefError| e.to_string())?;
            let number = crate::registry::resolve(self.index.conn(), &r)
                .map_err(|e| format!("`{reference}`: {e}"))?;
            if number.to_string() != *version {
                return Ok(true);
            }
        }
        Ok(false)
    }
}

/// (reference, version) of every served model that follows a registry reference.
fn registry_refs(set: &ModelSet) -> Vec<(String, String)> {
    all_served(set)
        .filter_map(|s| s.source.reference.clone().map(|r| (r, s.version.clone())))
        .collect()
}

/// How often `--watch` polls files and the registry.
const WATCH_INTERVAL: Duration = Duration::from_millis(500);

/// Reload on SIGHUP, and with `--watch` when a model file changes or a registry reference
/// moves. The new set is loaded and warmed on a blocking thread, then swapped in; requests in
/// flight finish on the set they started with, new ones get the new set, and none is dropped.
async fn reload_loop(opts: ServeOptions, state: Arc<State>) {
    let files: Vec<PathBuf> = opts
        .models
        .iter()
        .chain(opts.canary.as_ref().map(|(c, _)| c))
        .chain(opts.shadow.as_ref())
        .filter(|r| r.reference.is_none())
        .flat_map(|r| std::iter::once(r.path.clone()).chain(r.arch.clone()))
        .collect();
    let mut seen = modified(&files);
    let follows_registry = opts
        .models
        .iter()
        .chain(opts.canary.as_ref().map(|(c, _)| c))
        .chain(opts.shadow.as_ref())
        .any(|r| r.reference.is_some());
    let registry = match (&state.repo, opts.watch && follows_registry) {
        (Some(repo), true) => {
            let repo = repo.clone();
            match tokio::task::spawn_blocking(move || RegistryWatch::open(&repo)).await {
                Ok(Ok(w)) => Some(Arc::new(std::sync::Mutex::new(w))),
                Ok(Err(message)) => {
                    (state.events)(ServeEvent::ReloadFailed {
                        message: format!("cannot watch the registry: {message}"),
                    });
                    None
                }
                Err(_) => None,
            }
        }
        _ => None,
    };
    #[cfg(unix)]
    let mut hup = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::hangup()).ok();
    loop {
        let poll = tokio::time::sleep(WATCH_INTERVAL);
        #[cfg(unix)]
        let hup_fired = async {
            match hup.as_mut() {
                Some(h) => h.recv().await.is_some(),
                None => std::future::pending().await,
            }
        };
        #[cfg(not(unix))]
        let hup_fired = std::future::pending::<bool>();
        let trigger = tokio::select! {
            fired = hup_fired => fired.then_some(ReloadTrigger::Signal),
            _ = poll => {
                if !opts.watch {
                    None
                } else if modified(&files) != seen {
                    Some(ReloadTrigger::FileChange)
                } else if let Some(w) = &registry {
                    let (w, served) = (w.clone(), registry_refs(&state.models()));
                    let polled = tokio::task::spawn_blocking(move || {
                        w.lock().unwrap_or_else(|p| p.into_inner()).moved(&served)
                    })
                    .await;
                    match polled {
                        Ok(Ok(true)) => Some(ReloadTrigger::Registry),
                        Ok(Ok(false)) | Err(_) => None,
                        Ok(Err(message)) => {
                            (state.events)(ServeEvent::ReloadFailed { message });
                            None
                        }
                    }
                } else {
                    None
                }
            }
        };
        let Some(trigger) = trigger else {
            continue;
        };
        seen = modified(&files);
        let (o, s) = (opts.clone(), state.clone());
        let loaded = tokio::task::spawn_blocking(move || {
            let previous = s.models();
            load_set(&o, Some(&previous), true, s.repo.as_deref(), &s.events)
                .map(|set| (set, previous))
        })
        .await;
        match loaded {
            Ok(Ok((set, previous))) => swap(&state, set, &previous, trigger),
            Ok(Err(e)) => (state.events)(ServeEvent::ReloadFailed {
                message: e.to_string(),
            }),
            Err(e) => (state.events)(ServeEvent::ReloadFailed {
                message: e.to_string(),
            }),
        }
    }
}

/// Swap in a loaded set, update the loaded-model gauges, report, and audit version changes.
fn swap(state: &State, set: ModelSet, previous: &ModelSet, trigger: ReloadTrigger) {
    let changes = version_changes(previous, &set);
    let now: std::collections::BTreeSet<(String, String)> = all_served(&set)
        .map(|s| (s.name.clone(), s.version.clone()))
        .collect();
    for s in all_served(previous) {
        if !now.contains(&(s.name.clone(), s.version.clone())) {
            state.metrics.loaded(&s.name, &s.version, false);
        }
    }
    for (name, version) in &now {
        state.metrics.loaded(name, version, true);
    }
    let n = set.routes.len();
    *state.models.write().unwrap_or_else(|p| p.into_inner()) = Arc::new(set);
    if !changes.is_empty() {
        let names: std::collections::BTreeSet<&str> =
            changes.iter().map(|c| c.name.as_str()).collect();
        state.audit(
            "serve.reload",
            &names.into_iter().collect::<Vec<_>>().join(","),
            None,
            json!({ "trigger": trigger.as_str(), "changes": changes }),
        );
    }
    (state.events)(ServeEvent::Reloaded {
        models: n,
        trigger,
        changes,
    });
}
