//! Settings, resolved once: defaults < `.mlops.toml` < `.mlo/config.local.toml` < `MLO_*`
//! environment < flags. Nothing else in mlo reads environment variables or config files; the
//! environment is captured into [`Env`] at the edge, so tests can hand in their own.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::OnceLock;

use crate::audit::{Actor, ActorType};
use crate::clock::{Clock, parse_ts};
use crate::error::Error;
use crate::store::LinkMode;

use super::config::{ConfigFile, Entry};
use super::{LOCAL_CONFIG, MLO_DIR, PROJECT_CONFIG};

/// A snapshot of the process environment.
#[derive(Debug, Clone, Default)]
pub struct Env {
    vars: BTreeMap<String, String>,
}

impl Env {
    /// Capture the real environment.
    pub fn capture() -> Self {
        Env {
            vars: std::env::vars().collect(),
        }
    }

    /// An environment made of these pairs (tests).
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        Env {
            vars: pairs
                .into_iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
        }
    }

    /// Every variable whose name starts with `prefix`, in name order.
    pub fn with_prefix<'a>(&'a self, prefix: &'a str) -> impl Iterator<Item = (&'a str, &'a str)> {
        self.vars
            .range(prefix.to_string()..)
            .take_while(move |(k, _)| k.starts_with(prefix))
            .map(|(k, v)| (k.as_str(), v.as_str()))
    }

    /// One variable, if set and not empty.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.vars
            .get(key)
            .map(String::as_str)
            .filter(|v| !v.is_empty())
    }
}

/// Where a setting's value came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Origin {
    /// Built-in default.
    Default,
    /// `.mlops.toml`.
    Project,
    /// `.mlo/config.local.toml`.
    Local,
    /// An `MLO_*` environment variable.
    Env,
}

/// `serve.*` settings (defaults documented in `config::KEYS`).
#[derive(Debug, Clone)]
pub struct ServeSettings {
    /// `serve.host`.
    pub host: String,
    /// `serve.port`.
    pub port: u16,
    /// `serve.threads` (0 = automatic).
    pub threads: usize,
    /// `serve.token_file`, resolved against the repository root.
    pub token_file: Option<std::path::PathBuf>,
    /// `serve.log`.
    pub log: bool,
    /// `serve.log_sample_percent`.
    pub log_sample_percent: u8,
    /// `serve.log_segment_mb`.
    pub log_segment_mb: u64,
    /// `serve.log_max_mb`.
    pub log_max_mb: u64,
}

impl Default for ServeSettings {
    fn default() -> Self {
        ServeSettings {
            host: "127.0.0.1".into(),
            port: 8080,
            threads: 0,
            token_file: None,
            log: true,
            log_sample_percent: 100,
            log_segment_mb: 64,
            log_max_mb: 1024,
        }
    }
}

/// `[monitor]` settings (drift checks and their alerts).
#[derive(Debug, Clone)]
pub struct MonitorSettings {
    /// Share of drifted columns at which the dataset drifts.
    pub drift_share: f64,
    /// Alert webhook URL.
    pub webhook: Option<String>,
    /// When to alert: dataset, column or always.
    pub alert_on: String,
    /// Per-attempt timeout.
    pub alert_timeout_ms: u64,
    /// Retries after a failed attempt.
    pub alert_retries: u32,
}

impl Default for MonitorSettings {
    fn default() -> Self {
        MonitorSettings {
            drift_share: 0.5,
            webhook: None,
            alert_on: "dataset".into(),
            alert_timeout_ms: 5000,
            alert_retries: 2,
        }
    }
}

/// The resolved settings of one repository.
#[derive(Debug)]
pub struct Settings {
    /// Link strategy for files entering the store.
    pub link: LinkMode,
    /// SQLite busy timeout.
    pub busy_timeout_ms: u64,
    /// Where time comes from.
    pub clock: Clock,
    /// This machine's host name.
    pub host: String,
    /// `serve.*` keys.
    pub serve: ServeSettings,
    /// `[monitor]` settings.
    pub monitor: MonitorSettings,
    /// Every key set in a file, with its origin (for `mlo config list`).
    pub entries: Vec<(Entry, Origin)>,
    actor_config: Option<String>,
    env: Env,
    root: std::path::PathBuf,
    actor: OnceLock<Actor>,
}

impl Settings {
    /// Resolve the settings of the repository rooted at `root`.
    pub fn resolve(root: &Path, env: &Env) -> Result<Self, Error> {
        let project =
            ConfigFile::load(&root.join(PROJECT_CONFIG)).map_err(super::RepoError::from)?;
        let local = ConfigFile::load(&root.join(MLO_DIR).join(LOCAL_CONFIG))
            .map_err(super::RepoError::from)?;
        project.reject_secrets().map_err(super::RepoError::from)?;
        let mut entries = Vec::new();
        for e in project.entries().map_err(super::RepoError::from)? {
            entries.push((e, Origin::Project));
        }
        for e in local.entries().map_err(super::RepoError::from)? {
            entries.retain(|(old, _): &(Entry, Origin)| old.key != e.key);
            entries.push((e, Origin::Local));
        }
        let value = |key: &str| {
            entries
                .iter()
                .find(|(e, _)| e.key == key)
                .map(|(e, _)| e.value.clone())
        };
        let link = match value("store.link").as_ref().and_then(|v| v.as_str()) {
            Some("reflink") => LinkMode::Reflink,
            Some("hardlink") => LinkMode::Hardlink,
            Some("copy") => LinkMode::Copy,
            _ => LinkMode::Auto,
        };
        let busy_timeout_ms = value("index.busy_timeout_ms")
            .and_then(|v| v.as_u64())
            .unwrap_or(10_000);
        let clock = match env.get("MLO_TEST_TIMESTAMP") {
            Some(ts) => Clock::Fixed(parse_ts(ts).ok_or_else(|| Error::Input {
                message: format!("MLO_TEST_TIMESTAMP `{ts}` is not an RFC 3339 timestamp"),
                hint: Some("use a form like `2026-01-02T03:04:05Z`".into()),
            })?),
            None => Clock::System,
        };
        let host = env
            .get("MLO_HOST")
            .map(str::to_string)
            .unwrap_or_else(|| gethostname::gethostname().to_string_lossy().into_owned());
        let int = |key: &str, default: u64| value(key).and_then(|v| v.as_u64()).unwrap_or(default);
        let serve = ServeSettings {
            host: value("serve.host")
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_else(|| "127.0.0.1".into()),
            port: int("serve.port", 8080) as u16,
            threads: int("serve.threads", 0) as usize,
            token_file: value("serve.token_file")
                .and_then(|v| v.as_str().map(str::to_string))
                .filter(|s| !s.is_empty())
                .map(|s| root.join(s)),
            log: value("serve.log").and_then(|v| v.as_bool()).unwrap_or(true),
            log_sample_percent: int("serve.log_sample_percent", 100) as u8,
            log_segment_mb: int("serve.log_segment_mb", 64),
            log_max_mb: int("serve.log_max_mb", 1024),
        };
        let monitor = MonitorSettings {
            drift_share: value("monitor.drift_share_percent")
                .and_then(|v| v.as_u64())
                .map_or(0.5, |p| p as f64 / 100.0),
            webhook: value("monitor.alerts.webhook")
                .and_then(|v| v.as_str().map(str::to_string))
                .filter(|s| !s.is_empty()),
            alert_on: value("monitor.alerts.on")
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_else(|| "dataset".into()),
            alert_timeout_ms: value("monitor.alerts.timeout_ms")
                .and_then(|v| v.as_u64())
                .unwrap_or(5000),
            alert_retries: value("monitor.alerts.retries")
                .and_then(|v| v.as_u64())
                .unwrap_or(2) as u32,
        };
        Ok(Settings {
            serve,
            monitor,
            link,
            busy_timeout_ms,
            clock,
            host,
            actor_config: value("core.actor").and_then(|v| v.as_str().map(str::to_string)),
            entries,
            env: env.clone(),
            root: root.to_path_buf(),
            actor: OnceLock::new(),
        })
    }

    /// The value a config file sets for `key`, if any (local wins over project).
    /// The value of a key set in a config file (local wins over project), if any.
    pub fn value(&self, key: &str) -> Option<&serde_json::Value> {
        self.entries
            .iter()
            .find(|(e, _)| e.key == key)
            .map(|(e, _)| &e.value)
    }

    /// The environment variables the cloud providers' credential chains read (`AWS_*`,
    /// `GOOGLE_*`, `AZURE_*`), handed to the remote clients instead of letting them read the
    /// process environment themselves.
    pub fn provider_env(&self) -> Vec<(String, String)> {
        ["AWS_", "GOOGLE_", "AZURE_"]
            .iter()
            .flat_map(|p| self.env.with_prefix(p))
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    /// An `MLO_*` variable (e.g. `MLO_REMOTE_JOBS`), if set and not empty.
    pub fn mlo_env(&self, key: &str) -> Option<&str> {
        key.starts_with("MLO_").then(|| self.env.get(key)).flatten()
    }

    /// The value of the environment variable `name` when a config key names it as holding a
    /// credential (a webhook's `token_env`, `secret_env`, `url_env`). The value must never be
    /// printed, logged or audited.
    pub fn credential_env(&self, name: &str) -> Option<&str> {
        self.env.get(name)
    }

    /// Who is acting: `MLO_ACTOR`, else `core.actor`, else git's `user.email`, else the OS
    /// user. Inside a CI job (detected from the CI system's variables) the type is `ci` and
    /// the source is the job's URL. Computed on first use (it may run `git config`).
    pub fn actor(&self) -> Actor {
        self.actor
            .get_or_init(|| resolve_actor(&self.env, self.actor_config.as_deref(), &self.root))
            .clone()
    }
}

fn resolve_actor(env: &Env, configured: Option<&str>, root: &Path) -> Actor {
    let (ci, source) = detect_ci(env);
    let actor_type = match env.get("MLO_ACTOR_TYPE") {
        Some("service") => ActorType::Service,
        Some("ci") => ActorType::Ci,
        Some("user") => ActorType::User,
        _ if ci => ActorType::Ci,
        _ => ActorType::User,
    };
    let id = env
        .get("MLO_ACTOR")
        .map(str::to_string)
        .or_else(|| configured.map(str::to_string))
        .or_else(|| git_email(root))
        .or_else(|| {
            env.get("USER")
                .or_else(|| env.get("USERNAME"))
                .map(str::to_string)
        })
        .unwrap_or_else(|| "unknown".into());
    Actor {
        actor_type,
        id,
        source,
    }
}

/// Whether we run inside a CI job, and the job's URL when the CI system gives one.
pub fn detect_ci(env: &Env) -> (bool, Option<String>) {
    if let (Some(server), Some(repo), Some(run)) = (
        env.get("GITHUB_SERVER_URL"),
        env.get("GITHUB_REPOSITORY"),
        env.get("GITHUB_RUN_ID"),
    ) {
        return (true, Some(format!("{server}/{repo}/actions/runs/{run}")));
    }
    if let Some(url) = env.get("CI_JOB_URL") {
        return (true, Some(url.to_string()));
    }
    if let Some(url) = env.get("BUILD_URL") {
        return (true, Some(url.to_string()));
    }
    if let (Some(collection), Some(project), Some(build)) = (
        env.get("SYSTEM_COLLECTIONURI"),
        env.get("SYSTEM_TEAMPROJECT"),
        env.get("BUILD_BUILDID"),
    ) {
        return (
            true,
            Some(format!(
                "{collection}{project}/_build/results?buildId={build}"
            )),
        );
    }
    let ci = [
        "GITHUB_ACTIONS",
        "GITLAB_CI",
        "JENKINS_URL",
        "TF_BUILD",
        "CI",
    ]
    .iter()
    .any(|k| matches!(env.get(k), Some(v) if v != "false" && v != "0"));
    (ci, None)
}

fn git_email(root: &Path) -> Option<String> {
    let out = std::process::Command::new("git")
        .args(["config", "user.email"])
        .current_dir(root)
        .stdin(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .output()
        .ok()?;
    let email = String::from_utf8(out.stdout).ok()?.trim().to_string();
    (out.status.success() && !email.is_empty()).then_some(email)
}
