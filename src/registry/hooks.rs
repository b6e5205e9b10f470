//! Registry hooks: on register, promote, rollback and alias changes, run the commands in
//! `registry.hooks.commands` with the event as JSON on stdin. A failing hook is reported
//! (returned as a warning and recorded as a `registry.hook` audit event with outcome failure)
//! and does not undo the change unless `registry.hooks.blocking = true`, in which case the
//! command fails with the hook's error after the change (the change itself is already
//! committed and audited; blocking hooks gate the pipeline that ran the command).

use std::io::Write;
use std::process::{Command, Stdio};

use serde_json::Value;

use super::RegistryError;
use crate::audit::{NewEvent, Outcome, Target};
use crate::error::Error;
use crate::repo::Repo;

/// Run every configured hook for `action` with `payload`.
pub fn fire(repo: &Repo, action: &str, payload: &Value) -> Result<(), Error> {
    let commands: Vec<String> = repo
        .settings()
        .value("registry.hooks.commands")
        .and_then(|v| v.as_array())
        .map(|a| {
            a.iter()
                .filter_map(|s| s.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default();
    if commands.is_empty() {
        return Ok(());
    }
    let blocking = repo
        .settings()
        .value("registry.hooks.blocking")
        .and_then(|v| v.as_bool())
        .unwrap_or(false);
    let event = serde_json::json!({"action": action, "payload": payload, "actor": repo.settings().actor().id});
    let body = serde_json::to_vec(&event).expect("serializes");
    let mut failures = Vec::new();
    for cmd in &commands {
        let result = Command::new("sh")
            .args(["-c", cmd])
            .current_dir(repo.root())
            .env("MLO_EVENT", action)
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .and_then(|mut child| {
                if let Some(mut stdin) = child.stdin.take() {
                    let _ = stdin.write_all(&body);
                }
                child.wait_with_output()
            });
        match result {
            Ok(out) if out.status.success() => {}
            Ok(out) => failures.push(format!(
                "`{cmd}` exited with {}: {}",
                out.status
                    .code()
                    .map(|c| c.to_string())
                    .unwrap_or_else(|| "a signal".into()),
                String::from_utf8_lossy(&out.stderr)
                    .lines()
                    .last()
                    .unwrap_or("")
                    .trim()
            )),
            Err(e) => failures.push(format!("`{cmd}` could not run: {e}")),
        }
    }
    if failures.is_empty() {
        return Ok(());
    }
    let mut index = repo.open_index()?;
    repo.record_attempt(
        &mut index,
        NewEvent {
            action: "registry.hook".into(),
            target: Target::new("hook", action),
            outcome: Outcome::Failure,
            reason: Some(failures.join("; ")),
            details: serde_json::json!({"blocking": blocking}),
        },
    )?;
    if blocking {
        return Err(RegistryError::Denied {
            message: format!("a blocking registry hook failed: {}", failures.join("; ")),
        }
        .into());
    }
    tracing::warn!("registry hook failed: {}", failures.join("; "));
    Ok(())
}
