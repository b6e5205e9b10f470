//! The life of a run: start (with the facts of where it ran), end (writing the run record),
//! delete and restore, the active run, and resolving the run a command means.
//!
//! The active run is one row in `track_active`; `--run ID` beats `MLO_RUN_ID` beats it.
//! Every function that changes state does so through `Repo::change`, with its audit event.

use std::path::Path;

use rusqlite::{OptionalExtension, Transaction, params};
use serde::Serialize;
use serde_json::json;

use super::log::{Batch, apply_batch};
use super::{RunId, RunStatus, TrackError, record};
use crate::audit::{NewEvent, Target};
use crate::error::Error;
use crate::index::{Index, index_err};
use crate::repo::Repo;

/// `mlo run start`.
#[derive(Debug, Default)]
pub struct StartOptions {
    /// The run's name (default `run-` and the id's first 8 characters).
    pub name: Option<String>,
    /// The experiment (default `default`).
    pub experiment: Option<String>,
    /// Params and tags to set at once.
    pub initial: Batch,
    /// The command line that started the run.
    pub command: Vec<String>,
    /// Make it the repository's active run (`run start` does; `run exec` uses MLO_RUN_ID).
    pub set_active: bool,
}

/// Where and from what a run ran.
#[derive(Debug, Clone, Serialize, serde::Deserialize, Default)]
pub struct RunSource {
    /// `git rev-parse HEAD`, when inside a git work tree with a commit.
    pub git_commit: Option<String>,
    /// Whether the work tree had uncommitted changes.
    pub git_dirty: Option<bool>,
    /// The command line.
    pub command: Vec<String>,
    /// Host name.
    pub host: String,
    /// Operating system and architecture.
    pub os: String,
    /// Logical CPUs available.
    pub cpus: usize,
    /// Who started it.
    pub user: String,
    /// The pointer files of `mlo data` found in the repository, with their contents.
    pub data: Vec<DataInput>,
}

/// A data version in use: a pointer file and what it says.
#[derive(Debug, Clone, Serialize, serde::Deserialize)]
pub struct DataInput {
    /// The pointer file, relative to the repository root.
    pub path: String,
    /// Its parsed YAML content.
    pub pointer: serde_json::Value,
}

/// What `start` did.
#[derive(Debug, Serialize)]
pub struct StartOutcome {
    /// The new run.
    pub run_id: RunId,
    /// Its name.
    pub name: String,
    /// Its experiment.
    pub experiment: String,
    /// Where it ran.
    pub source: RunSource,
}

/// Start a run.
pub fn start(repo: &Repo, index: &mut Index, opts: StartOptions) -> Result<StartOutcome, Error> {
    let clock = &repo.settings().clock;
    let now = clock.now();
    let ts = uuid::Timestamp::from_unix(
        uuid::NoContext,
        now.timestamp().max(0) as u64,
        now.timestamp_subsec_nanos(),
    );
    let run_id = RunId(uuid::Uuid::new_v7(ts).to_string());
    let name = opts
        .name
        .clone()
        .unwrap_or_else(|| format!("run-{}", run_id.short()));
    let experiment = opts.experiment.clone().unwrap_or_else(|| "default".into());
    if name.trim().is_empty() || experiment.trim().is_empty() {
        return Err(TrackError::BadArg {
            what: if name.trim().is_empty() {
                "--name"
            } else {
                "--experiment"
            },
            text: String::new(),
            message: "must not be empty".into(),
        }
        .into());
    }
    let source = collect_source(repo, opts.command);
    let source_json = serde_json::to_string(&source).expect("source serializes");
    let now_ts = clock.now_rfc3339();
    let now_ms = now.timestamp_millis();
    let details = json!({
        "name": name, "experiment": experiment,
        "params": opts.initial.params.len(), "tags": opts.initial.tags.len(),
        "git_commit": source.git_commit,
    });
    repo.change(index, |tx| {
        tx.execute(
            "INSERT INTO track_runs (run_id, name, experiment, status, start_time, source) VALUES (?1, ?2, ?3, 'running', ?4, ?5)",
            params![run_id.0, name, experiment, now_ts, source_json],
        )
        .map_err(index_err)?;
        apply_batch(tx, &run_id, &opts.initial, now_ms, &mut Default::default())?;
        if opts.set_active {
            set_active(tx, &run_id)?;
        }
        Ok((
            (),
            NewEvent::success("run.start", Target::new("run", run_id.0.clone()), details),
        ))
    })?;
    Ok(StartOutcome {
        run_id,
        name,
        experiment,
        source,
    })
}

fn set_active(tx: &Transaction<'_>, run: &RunId) -> Result<(), Error> {
    tx.execute(
        "INSERT INTO track_active (slot, run_id) VALUES (1, ?1) ON CONFLICT (slot) DO UPDATE SET run_id = excluded.run_id",
        [&run.0],
    )
    .map_err(index_err)?;
    Ok(())
}

/// The run a command means: `--run` (an id or unique prefix), else `MLO_RUN_ID`, else the
/// active run.
pub fn resolve(
    conn: &rusqlite::Connection,
    explicit: Option<&str>,
    env_run: Option<&str>,
) -> Result<RunId, Error> {
    if let Some(id) = explicit.or(env_run) {
        return find(conn, id);
    }
    let active: Option<String> = conn
        .query_row("SELECT run_id FROM track_active WHERE slot = 1", [], |r| {
            r.get(0)
        })
        .optional()
        .map_err(index_err)?;
    active
        .map(RunId)
        .ok_or_else(|| TrackError::NoActiveRun.into())
}

/// A run by id or unique id prefix (at least 4 characters).
pub fn find(conn: &rusqlite::Connection, id: &str) -> Result<RunId, Error> {
    let exact: Option<String> = conn
        .query_row(
            "SELECT run_id FROM track_runs WHERE run_id = ?1",
            [id],
            |r| r.get(0),
        )
        .optional()
        .map_err(index_err)?;
    if let Some(found) = exact {
        return Ok(RunId(found));
    }
    if id.len() < 4 || id.contains(['%', '_']) {
        return Err(TrackError::UnknownRun { id: id.into() }.into());
    }
    let mut stmt = conn
        .prepare(
            "SELECT run_id FROM track_runs WHERE run_id LIKE ?1 || '%' ORDER BY run_id LIMIT 2",
        )
        .map_err(index_err)?;
    let found: Vec<String> = stmt
        .query_map([id], |r| r.get(0))
        .map_err(index_err)?
        .collect::<Result<_, _>>()
        .map_err(index_err)?;
    match found.as_slice() {
        [one] => Ok(RunId(one.clone())),
        [] => Err(TrackError::UnknownRun { id: id.into() }.into()),
        [a, b, ..] => Err(TrackError::AmbiguousRun {
            prefix: id.into(),
            first: a.clone(),
            second: b.clone(),
        }
        .into()),
    }
}

/// The status of a run (inside a transaction or not).
pub(crate) fn status_of(conn: &rusqlite::Connection, run: &RunId) -> Result<RunStatus, Error> {
    let s: Option<String> = conn
        .query_row(
            "SELECT status FROM track_runs WHERE run_id = ?1",
            [&run.0],
            |r| r.get(0),
        )
        .optional()
        .map_err(index_err)?;
    let s = s.ok_or_else(|| TrackError::UnknownRun { id: run.0.clone() })?;
    Ok(RunStatus::parse(&s).unwrap_or(RunStatus::Running))
}

/// Fail unless the run is running.
pub(crate) fn require_running(conn: &rusqlite::Connection, run: &RunId) -> Result<(), Error> {
    match status_of(conn, run)? {
        RunStatus::Running => Ok(()),
        other => Err(TrackError::NotRunning {
            run: run.0.clone(),
            status: other.as_str(),
        }
        .into()),
    }
}

/// What `end` did.
#[derive(Debug, Serialize)]
pub struct EndOutcome {
    /// The run.
    pub run_id: RunId,
    /// Its final status.
    pub status: RunStatus,
    /// The digest of the run record object.
    pub record: String,
}

/// End a run: set its status and end time and write its record (with one series blob per
/// metric key) in the same transaction as the audit event.
pub fn end(
    repo: &Repo,
    index: &mut Index,
    run: &RunId,
    status: RunStatus,
) -> Result<EndOutcome, Error> {
    if status == RunStatus::Running {
        return Err(TrackError::BadArg {
            what: "--status",
            text: "running".into(),
            message: "a run ends as finished, failed or killed".into(),
        }
        .into());
    }
    let clock = repo.settings().clock.clone();
    let (digest, _) = repo.change(index, |tx| {
        require_running(tx, run)?;
        let end_time = clock.now_rfc3339();
        tx.execute(
            "UPDATE track_runs SET status = ?2, end_time = ?3 WHERE run_id = ?1",
            params![run.0, status.as_str(), end_time],
        )
        .map_err(index_err)?;
        let encoded = record::write_run_record(tx, repo.objects(), run)?;
        let digest = encoded.digest.to_hex();
        tx.execute("DELETE FROM track_active WHERE run_id = ?1", [&run.0])
            .map_err(index_err)?;
        let details = json!({"status": status.as_str(), "record": digest});
        Ok((
            digest,
            NewEvent::success("run.end", Target::new("run", run.0.clone()), details),
        ))
    })?;
    Ok(EndOutcome {
        run_id: run.clone(),
        status,
        record: digest,
    })
}

/// What `delete` or `restore` did.
#[derive(Debug, Serialize)]
pub struct DeleteOutcome {
    /// The run.
    pub run_id: RunId,
    /// Whether it is now deleted.
    pub deleted: bool,
}

/// Mark a run deleted (hidden from `list`, kept in the store) or restore it. Writes a
/// `run_state` record so the change survives an index rebuild and travels with push/pull.
pub fn set_deleted(
    repo: &Repo,
    index: &mut Index,
    run: &RunId,
    deleted: bool,
) -> Result<DeleteOutcome, Error> {
    let clock = repo.settings().clock.clone();
    repo.change(index, |tx| {
        let (status, was): (String, bool) = tx
            .query_row(
                "SELECT status, deleted FROM track_runs WHERE run_id = ?1",
                [&run.0],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .map_err(index_err)?;
        if status == "running" {
            return Err(TrackError::BadState {
                run: run.0.clone(),
                message: "is still running; end it first with `mlo run end`".into(),
            }
            .into());
        }
        if was == deleted {
            return Err(TrackError::BadState {
                run: run.0.clone(),
                message: if deleted {
                    "is already deleted".into()
                } else {
                    "is not deleted".into()
                },
            }
            .into());
        }
        tx.execute(
            "UPDATE track_runs SET deleted = ?2 WHERE run_id = ?1",
            params![run.0, deleted],
        )
        .map_err(index_err)?;
        record::queue_state_record(tx, run, deleted, &clock.now_rfc3339())?;
        if deleted {
            tx.execute("DELETE FROM track_active WHERE run_id = ?1", [&run.0])
                .map_err(index_err)?;
        }
        let action = if deleted { "run.delete" } else { "run.restore" };
        Ok((
            (),
            NewEvent::success(action, Target::new("run", run.0.clone()), json!({})),
        ))
    })?;
    Ok(DeleteOutcome {
        run_id: run.clone(),
        deleted,
    })
}

fn collect_source(repo: &Repo, command: Vec<String>) -> RunSource {
    let root = repo.root();
    let git = |args: &[&str]| -> Option<String> {
        let out = std::process::Command::new("git")
            .args(args)
            .current_dir(root)
            .stdin(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .output()
            .ok()?;
        out.status
            .success()
            .then(|| String::from_utf8_lossy(&out.stdout).trim().to_string())
    };
    let in_git = crate::repo::find_git_root(root).is_some();
    let git_commit = if in_git {
        git(&["rev-parse", "--verify", "-q", "HEAD"]).filter(|s| !s.is_empty())
    } else {
        None
    };
    let git_dirty = if in_git {
        git(&["status", "--porcelain", "--untracked-files=no"]).map(|s| !s.is_empty())
    } else {
        None
    };
    let mut data = Vec::new();
    find_pointers(root, root, 0, &mut data);
    data.sort_by(|a, b| a.path.cmp(&b.path));
    RunSource {
        git_commit,
        git_dirty,
        command,
        host: repo.settings().host.clone(),
        os: format!("{}-{}", std::env::consts::OS, std::env::consts::ARCH),
        cpus: std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(1),
        user: repo.settings().actor().id,
        data,
    }
}

/// Pointer files (`*.mlo`) under the repository, skipping hidden and build directories.
fn find_pointers(root: &Path, dir: &Path, depth: usize, out: &mut Vec<DataInput>) {
    const SKIP: &[&str] = &["target", "node_modules", "__pycache__", "venv"];
    if depth > 8 || out.len() >= 10_000 {
        return;
    }
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with('.') {
            continue;
        }
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        let path = entry.path();
        if kind.is_dir() {
            if !SKIP.contains(&name.as_ref()) {
                find_pointers(root, &path, depth + 1, out);
            }
        } else if kind.is_file() && name.ends_with(".mlo") {
            let pointer = std::fs::read_to_string(&path)
                .ok()
                .and_then(|t| serde_yaml::from_str::<serde_json::Value>(&t).ok())
                .unwrap_or(serde_json::Value::Null);
            out.push(DataInput {
                path: path
                    .strip_prefix(root)
                    .unwrap_or(&path)
                    .to_string_lossy()
                    .into_owned(),
                pointer,
            });
        }
    }
}
