//! Registry hooks: after register (and import), promote, rollback, alias changes and their
//! undo, run the commands in `registry.hooks.commands` with the event as JSON on stdin, and
//! POST the same JSON to the configured webhooks (`registry.hooks.webhooks` URLs and named
//! `[registry.hooks.webhook.NAME]` tables) with a timeout and retries (`crate::webhook`).
//!
//! Hooks run after the change has committed, so what they are told about is true. A failing
//! hook is returned in the [`HookReport`] (commands print it as a warning) and recorded as a
//! `registry.hook` audit event with outcome failure. It does not undo the change unless the
//! hook is blocking (`registry.hooks.blocking` for the commands and the URL list, `blocking`
//! per named webhook): then the caller undoes what can be undone (a promotion or an alias
//! move, by new records) and fails with [`HookReport::blocking_error`].
//!
//! Secrets: a webhook's URL (it may embed a token), its token and its signing key are never
//! printed or audited. Hooks are named by a label made of the config key and the URL's scheme
//! and host only; error texts from `crate::webhook` never contain the URL.

use std::io::Write;
use std::process::{Command, Stdio};
use std::time::Duration;

use serde::Serialize;
use serde_json::Value;

use super::RegistryError;
use crate::audit::{NewEvent, Outcome, Target};
use crate::error::Error;
use crate::repo::{Repo, Settings};
use crate::webhook;

/// A credential read from the environment; its `Debug` never shows it.
#[derive(Clone)]
struct Secret(String);

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret(***)")
    }
}

/// One webhook as configured, with its credentials resolved from the environment.
#[derive(Debug, Clone)]
struct WebhookSpec {
    /// How it is named in messages and the audit trail (no secrets).
    label: String,
    /// The URL, or why there is none (an unset `url_env`).
    url: Result<Secret, String>,
    blocking: bool,
    /// Header name and value, or why the value is missing.
    token: Option<(String, Result<Secret, String>)>,
    /// The signing key, or why it is missing.
    secret: Option<Result<Secret, String>>,
}

/// The hooks configured for this repository.
#[derive(Debug, Clone)]
pub struct HookConfig {
    commands: Vec<String>,
    commands_blocking: bool,
    webhooks: Vec<WebhookSpec>,
    command_timeout: Duration,
    timeout: Duration,
    retries: u32,
    backoff: Duration,
}

/// `scheme://host[:port]/…` of a URL: enough to tell webhooks apart, never its path or query
/// (where Slack-style URLs keep their token) nor a user:password.
fn redacted_url(url: &str) -> String {
    let (scheme, rest) = url.split_once("://").unwrap_or(("", url));
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host = host.rsplit('@').next().unwrap_or(host);
    if scheme.is_empty() {
        "(not a URL)".into()
    } else {
        format!("{scheme}://{host}/…")
    }
}

impl HookConfig {
    /// Read `[registry.hooks]` from the settings; credentials come from the environment
    /// variables the config names.
    pub fn from_settings(settings: &Settings) -> Self {
        let strings = |key: &str| -> Vec<String> {
            settings
                .value(key)
                .and_then(|v| v.as_array())
                .map(|a| {
                    a.iter()
                        .filter_map(|s| s.as_str().map(str::to_string))
                        .collect()
                })
                .unwrap_or_default()
        };
        let string = |key: &str| -> Option<String> {
            settings
                .value(key)
                .and_then(|v| v.as_str())
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_string)
        };
        let env = |var: &str| -> Result<Secret, String> {
            settings
                .credential_env(var)
                .map(|v| Secret(v.to_string()))
                .ok_or_else(|| format!("the environment variable `{var}` is not set"))
        };
        let commands_blocking = settings
            .value("registry.hooks.blocking")
            .and_then(|v| v.as_bool())
            .unwrap_or(false);
        let mut webhooks: Vec<WebhookSpec> = strings("registry.hooks.webhooks")
            .into_iter()
            .enumerate()
            .map(|(i, url)| WebhookSpec {
                label: format!("webhooks[{i}] {}", redacted_url(&url)),
                url: Ok(Secret(url)),
                blocking: commands_blocking,
                token: None,
                secret: None,
            })
            .collect();
        let mut names: Vec<String> = settings
            .entries
            .iter()
            .filter_map(|(e, _)| {
                let rest = e.key.strip_prefix("registry.hooks.webhook.")?;
                rest.split_once('.').map(|(name, _)| name.to_string())
            })
            .collect();
        names.sort();
        names.dedup();
        for name in names {
            let key = |leaf: &str| format!("registry.hooks.webhook.{name}.{leaf}");
            let url = match (string(&key("url")), string(&key("url_env"))) {
                (Some(u), _) => Ok(Secret(u)),
                (None, Some(var)) => env(&var),
                (None, None) => Err(format!(
                    "neither `{}` nor `{}` is set",
                    key("url"),
                    key("url_env")
                )),
            };
            let shown = match &url {
                Ok(u) => redacted_url(&u.0),
                Err(_) => "(no URL)".into(),
            };
            let token = string(&key("token_env")).map(|var| {
                let header = string(&key("token_header"));
                let value = env(&var).map(|t| match &header {
                    Some(_) => t,
                    None => Secret(format!("Bearer {}", t.0)),
                });
                (header.unwrap_or_else(|| "authorization".into()), value)
            });
            webhooks.push(WebhookSpec {
                label: format!("webhook.{name} {shown}"),
                url,
                blocking: settings
                    .value(&key("blocking"))
                    .and_then(|v| v.as_bool())
                    .unwrap_or(false),
                token,
                secret: string(&key("secret_env")).map(|var| env(&var)),
            });
        }
        HookConfig {
            commands: strings("registry.hooks.commands"),
            commands_blocking,
            webhooks,
            command_timeout: Duration::from_millis(
                settings
                    .value("registry.hooks.command_timeout_ms")
                    .and_then(|v| v.as_u64())
                    .unwrap_or(300_000),
            ),
            timeout: Duration::from_millis(
                settings
                    .value("registry.hooks.timeout_ms")
                    .and_then(|v| v.as_u64())
                    .unwrap_or(5000),
            ),
            retries: settings
                .value("registry.hooks.retries")
                .and_then(|v| v.as_u64())
                .unwrap_or(2) as u32,
            backoff: webhook::DEFAULT_BACKOFF,
        }
    }

    /// Whether any hook is configured.
    pub fn is_empty(&self) -> bool {
        self.commands.is_empty() && self.webhooks.is_empty()
    }
}

/// What happened to one hook.
#[derive(Debug, Clone, Serialize)]
pub struct HookResult {
    /// `command` or `webhook`.
    pub kind: &'static str,
    /// The command, or the webhook's label (config key, scheme and host; never a secret).
    pub hook: String,
    /// Whether its failure undoes the change.
    pub blocking: bool,
    /// Whether it succeeded (exit 0, HTTP 2xx).
    pub ok: bool,
    /// Webhooks: attempts made (0 when it could not be sent at all).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attempts: Option<u32>,
    /// What went wrong.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

impl HookResult {
    /// One line for a warning or an error: `webhook.deploy http://host/…: HTTP 500 after 3
    /// attempt(s)`.
    pub fn describe(&self) -> String {
        let error = self.error.as_deref().unwrap_or("failed");
        match (self.kind, self.attempts) {
            ("command", _) => format!("`{}` {error}", self.hook),
            (_, Some(n)) if n > 0 => format!("{}: {error} after {n} attempt(s)", self.hook),
            _ => format!("{}: {error}", self.hook),
        }
    }
}

/// Every hook's result for one event.
#[derive(Debug, Clone, Default, Serialize)]
pub struct HookReport {
    /// The event's action (`model.promote`, ...).
    pub action: String,
    /// One per hook, commands first.
    pub results: Vec<HookResult>,
}

impl HookReport {
    /// Hooks that failed.
    pub fn failures(&self) -> impl Iterator<Item = &HookResult> {
        self.results.iter().filter(|r| !r.ok)
    }

    /// Whether a blocking hook failed.
    pub fn blocking_failed(&self) -> bool {
        self.failures().any(|r| r.blocking)
    }

    /// Non-blocking failures, as warning lines.
    pub fn warnings(&self) -> Vec<String> {
        self.failures()
            .filter(|r| !r.blocking)
            .map(|r| {
                format!(
                    "registry hook {} (on `{}`); the change stands (the hook is not blocking)",
                    r.describe(),
                    self.action
                )
            })
            .collect()
    }

    /// The error a command fails with after a blocking hook failed; `consequence` says what
    /// was done about the change (undone, or why not).
    pub fn blocking_error(&self, consequence: &str) -> Error {
        let (blocking, other): (Vec<&HookResult>, Vec<&HookResult>) =
            self.failures().partition(|r| r.blocking);
        let list = |v: &[&HookResult]| {
            v.iter()
                .map(|r| r.describe())
                .collect::<Vec<_>>()
                .join("; ")
        };
        let also = if other.is_empty() {
            String::new()
        } else {
            format!(" (also failed, not blocking: {})", list(&other))
        };
        RegistryError::Denied {
            message: format!(
                "a blocking registry hook failed on `{}`: {}{also}; {consequence}",
                self.action,
                list(&blocking)
            ),
        }
        .into()
    }
}

/// The one line a chat webhook shows.
fn summary(action: &str, actor: &str, payload: &Value) -> String {
    let s = |k: &str| payload.get(k).and_then(Value::as_str).unwrap_or("?");
    let n = |k: &str| {
        payload
            .get(k)
            .and_then(Value::as_u64)
            .map_or("?".into(), |v| v.to_string())
    };
    match action {
        "model.register" | "model.import" => {
            format!("mlo: {actor} registered {}@{}", s("name"), n("number"))
        }
        "model.promote" | "model.rollback" => {
            let verb = if action == "model.rollback" {
                "rolled back"
            } else {
                "promoted"
            };
            let archived = payload
                .get("archived")
                .and_then(Value::as_u64)
                .map(|a| format!(" (version {a} archived)"))
                .unwrap_or_default();
            format!(
                "mlo: {actor} {verb} {}@{} to {}{archived}",
                s("name"),
                n("version"),
                s("to")
            )
        }
        "model.alias" => match payload.get("version").and_then(Value::as_u64) {
            Some(v) => format!("mlo: {actor} pointed {}:{} at {v}", s("name"), s("alias")),
            None => format!("mlo: {actor} removed {}:{}", s("name"), s("alias")),
        },
        "model.revert" => format!(
            "mlo: {} undone after a blocking hook failed: {}",
            s("reverted"),
            s("target")
        ),
        _ => format!("mlo: {actor} {action}"),
    }
}

fn delivery_id() -> String {
    let mut b = [0u8; 16];
    // A failed getrandom leaves zeros: the id is for receivers to deduplicate, not security.
    let _ = getrandom::fill(&mut b);
    hex::encode(b)
}

/// Run every configured hook for `action` with `payload`; record failures in the audit trail.
pub fn fire(repo: &Repo, action: &str, payload: &Value) -> Result<HookReport, Error> {
    let cfg = HookConfig::from_settings(repo.settings());
    let mut report = HookReport {
        action: action.to_string(),
        results: vec![],
    };
    if cfg.is_empty() {
        return Ok(report);
    }
    let actor = repo.settings().actor().id;
    let event = serde_json::json!({
        "action": action,
        "actor": actor,
        "time": repo.settings().clock.now_rfc3339(),
        "text": summary(action, &actor, payload),
        "payload": payload,
    });
    let body = serde_json::to_vec(&event).expect("serializes");
    for cmd in &cfg.commands {
        let error = run_command(repo.root(), cmd, action, &body, cfg.command_timeout);
        report.results.push(HookResult {
            kind: "command",
            hook: cmd.clone(),
            blocking: cfg.commands_blocking,
            ok: error.is_none(),
            attempts: None,
            error,
        });
    }
    let delivery = delivery_id();
    for hook in &cfg.webhooks {
        let mut result = HookResult {
            kind: "webhook",
            hook: hook.label.clone(),
            blocking: hook.blocking,
            ok: false,
            attempts: Some(0),
            error: None,
        };
        let mut headers = vec![
            ("x-mlo-event".to_string(), action.to_string()),
            ("x-mlo-delivery".to_string(), delivery.clone()),
        ];
        let mut problem = None;
        if let Some((header, value)) = &hook.token {
            match value {
                Ok(v) => headers.push((header.clone(), v.0.clone())),
                Err(e) => problem = Some(format!("not sent: {e}")),
            }
        }
        if let Some(secret) = &hook.secret {
            match secret {
                Ok(k) => headers.push((
                    "x-mlo-signature-256".into(),
                    format!("sha256={}", webhook::hmac_sha256_hex(k.0.as_bytes(), &body)),
                )),
                Err(e) => problem = Some(format!("not sent: {e}")),
            }
        }
        match (&hook.url, problem) {
            (Err(e), _) => result.error = Some(format!("not sent: {e}")),
            (Ok(_), Some(p)) => result.error = Some(p),
            (Ok(url), None) => {
                let d = webhook::post_json(&webhook::Post {
                    url: &url.0,
                    body: &body,
                    headers,
                    timeout: cfg.timeout,
                    retries: cfg.retries,
                    backoff: cfg.backoff,
                });
                result.ok = d.delivered;
                result.attempts = Some(d.attempts);
                result.error = d.error;
            }
        }
        report.results.push(result);
    }
    let failures: Vec<&HookResult> = report.failures().collect();
    if !failures.is_empty() {
        let mut index = repo.open_index()?;
        repo.record_attempt(
            &mut index,
            NewEvent {
                action: "registry.hook".into(),
                target: Target::new("hook", action),
                outcome: Outcome::Failure,
                reason: Some(
                    failures
                        .iter()
                        .map(|r| r.describe())
                        .collect::<Vec<_>>()
                        .join("; "),
                ),
                details: serde_json::json!({
                    "blocking": report.blocking_failed(),
                    "failures": failures,
                    "hooks": report.results.len(),
                }),
            },
        )?;
    }
    Ok(report)
}

/// Run one hook command with the event on stdin; `None` when it exits 0, else what went wrong.
/// A command still running after `timeout` is killed with its whole process group (a shell's
/// children too) and reported as timed out.
fn run_command(
    root: &std::path::Path,
    cmd: &str,
    action: &str,
    body: &[u8],
    timeout: Duration,
) -> Option<String> {
    let mut command = Command::new("sh");
    command
        .args(["-c", cmd])
        .current_dir(root)
        .env("MLO_EVENT", action)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    #[cfg(unix)]
    {
        use std::os::unix::process::CommandExt;
        command.process_group(0);
    }
    let mut child = match command.spawn() {
        Ok(c) => c,
        Err(e) => return Some(format!("could not run: {e}")),
    };
    if let Some(mut stdin) = child.stdin.take() {
        let _ = stdin.write_all(body);
    }
    // Drain stderr on a thread so a chatty command cannot block on a full pipe; read it with a
    // deadline, since a background process the command left behind may hold the pipe open.
    let (tx, stderr) = std::sync::mpsc::channel::<String>();
    if let Some(mut e) = child.stderr.take() {
        std::thread::spawn(move || {
            let mut text = String::new();
            let _ = std::io::Read::read_to_string(&mut e, &mut text);
            let _ = tx.send(text);
        });
    }
    let deadline = std::time::Instant::now() + timeout;
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break Ok(status),
            Ok(None) if std::time::Instant::now() >= deadline => break Err(()),
            Ok(None) => std::thread::sleep(Duration::from_millis(10)),
            Err(e) => return Some(format!("could not wait for it: {e}")),
        }
    };
    let status = match status {
        Ok(s) => s,
        Err(()) => {
            #[cfg(unix)]
            {
                // The command leads its own process group: kill it with everything it started.
                let _ = rustix::process::kill_process_group(
                    rustix::process::Pid::from_child(&child),
                    rustix::process::Signal::KILL,
                );
            }
            let _ = child.kill();
            let _ = child.wait();
            return Some(format!(
                "timed out after {} ms (registry.hooks.command_timeout_ms) and was killed",
                timeout.as_millis()
            ));
        }
    };
    if status.success() {
        return None;
    }
    let stderr = stderr
        .recv_timeout(Duration::from_millis(500))
        .unwrap_or_default();
    Some(format!(
        "exited with {}: {}",
        status
            .code()
            .map(|c| c.to_string())
            .unwrap_or_else(|| "a signal".into()),
        stderr.lines().last().unwrap_or("").trim()
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_keep_scheme_and_host_only() {
        assert_eq!(
            redacted_url("https://hooks.slack.com/services/T0/B0/SECRET"),
            "https://hooks.slack.com/…"
        );
        assert_eq!(
            redacted_url("http://user:pw@127.0.0.1:8080/x?token=y"),
            "http://127.0.0.1:8080/…"
        );
        assert_eq!(redacted_url("nonsense"), "(not a URL)");
    }

    #[test]
    fn secrets_do_not_show_in_debug() {
        let s = Secret("hunter2".into());
        assert!(!format!("{s:?}").contains("hunter2"));
    }
}
