//! `mlo run exec -- CMD`: run a command as a run. The child gets `MLO_RUN_ID` (so its own
//! `mlo run log` calls land in this run); its stdout and stderr are copied to ours as they
//! come and into one log file, stored as the run's `logs/exec.log` artifact; the run ends
//! `finished` on exit 0, `failed` on any other exit, and `killed` when the child dies of a
//! signal or we get SIGINT/SIGTERM (the child, in our process group, gets Ctrl-C too; a
//! SIGTERM to mlo alone is passed on as a kill after a grace period).

use std::io::{Read, Write};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde::Serialize;

use super::log::{Artifact, Batch, log_batch, put_artifacts};
use super::runs::{StartOptions, end, start};
use super::{RunId, RunStatus, TrackError};
use crate::error::Error;
use crate::index::Index;
use crate::repo::Repo;

/// The artifact name of the captured output.
pub const LOG_ARTIFACT: &str = "logs/exec.log";

/// `mlo run exec`.
#[derive(Debug)]
pub struct ExecOptions {
    /// How to start the run.
    pub start: StartOptions,
    /// The program and its arguments.
    pub command: Vec<String>,
}

/// What `exec` did.
#[derive(Debug, Serialize)]
pub struct ExecOutcome {
    /// The run.
    pub run_id: RunId,
    /// How it ended.
    pub status: RunStatus,
    /// The child's exit code (128 + signal number when a signal ended it).
    pub exit_code: i32,
    /// The captured output.
    pub log: Artifact,
}

fn pump(mut from: impl Read, mut to: impl Write, log: Arc<Mutex<std::fs::File>>) {
    let mut buf = [0u8; 8192];
    loop {
        match from.read(&mut buf) {
            Ok(0) | Err(_) => break,
            Ok(n) => {
                // The terminal may be gone (a closed pipe); keep capturing to the log anyway.
                let _ = to.write_all(&buf[..n]);
                let _ = to.flush();
                if let Ok(mut f) = log.lock() {
                    let _ = f.write_all(&buf[..n]);
                }
            }
        }
    }
}

/// Run the command as a new run; `stdout`/`stderr` receive the child's output as it comes.
pub fn exec(
    repo: &Repo,
    index: &mut Index,
    opts: ExecOptions,
    stdout: impl Write + Send + 'static,
    stderr: impl Write + Send + 'static,
) -> Result<ExecOutcome, Error> {
    let program = opts
        .command
        .first()
        .cloned()
        .ok_or_else(|| TrackError::BadArg {
            what: "command",
            text: String::new(),
            message: "give the command after `--`".into(),
        })?;
    let interrupted = Arc::new(AtomicBool::new(false));
    let terminated = Arc::new(AtomicBool::new(false));
    // Registering replaces the default action (exit) with setting the flag, so mlo outlives
    // the child and can record how it ended.
    for (sig, flag) in [
        (signal_hook::consts::SIGINT, &interrupted),
        (signal_hook::consts::SIGTERM, &terminated),
    ] {
        signal_hook::flag::register(sig, Arc::clone(flag)).map_err(|source| Error::Io {
            action: "install a signal handler for",
            path: "mlo run exec".into(),
            source,
        })?;
    }
    let started = start(repo, index, opts.start)?;
    let run = started.run_id;
    let log_path = repo
        .mlo_dir()
        .join("tmp")
        .join(format!("exec-{}.log", run.0));
    let log_file = std::fs::File::create(&log_path).map_err(|source| Error::Io {
        action: "create",
        path: log_path.clone(),
        source,
    })?;
    let log = Arc::new(Mutex::new(log_file));
    let spawned = Command::new(&program)
        .args(&opts.command[1..])
        .env("MLO_RUN_ID", &run.0)
        .current_dir(std::env::current_dir().unwrap_or_else(|_| repo.root().to_path_buf()))
        .stdin(Stdio::inherit())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn();
    let mut child = match spawned {
        Ok(c) => c,
        Err(source) => {
            // The run exists; end it as failed so it does not stay `running` forever.
            let _ = std::fs::remove_file(&log_path);
            end(repo, index, &run, RunStatus::Failed)?;
            return Err(TrackError::Spawn {
                command: program,
                source,
            }
            .into());
        }
    };
    let out_pipe = child.stdout.take().expect("piped");
    let err_pipe = child.stderr.take().expect("piped");
    let (l1, l2) = (Arc::clone(&log), Arc::clone(&log));
    let t_out = std::thread::spawn(move || pump(out_pipe, stdout, l1));
    let t_err = std::thread::spawn(move || pump(err_pipe, stderr, l2));
    let mut signalled_at: Option<Instant> = None;
    let status = loop {
        if let Some(s) = child.try_wait().map_err(|source| Error::Io {
            action: "wait for",
            path: program.clone().into(),
            source,
        })? {
            break s;
        }
        if interrupted.load(Ordering::Relaxed) || terminated.load(Ordering::Relaxed) {
            let since = *signalled_at.get_or_insert_with(Instant::now);
            // Ctrl-C reaches the child through the terminal; give it time to stop cleanly.
            let grace = if terminated.load(Ordering::Relaxed) {
                Duration::ZERO
            } else {
                Duration::from_secs(5)
            };
            if since.elapsed() >= grace {
                let _ = child.kill();
            }
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let _ = t_out.join();
    let _ = t_err.join();
    if let Ok(f) = log.lock() {
        let _ = f.sync_all();
    }
    let signal = {
        use std::os::unix::process::ExitStatusExt;
        status.signal()
    };
    let exit_code = status.code().unwrap_or(128 + signal.unwrap_or(0));
    let run_status = if signal.is_some()
        || interrupted.load(Ordering::Relaxed)
        || terminated.load(Ordering::Relaxed)
    {
        RunStatus::Killed
    } else if status.success() {
        RunStatus::Finished
    } else {
        RunStatus::Failed
    };
    let mut stored = put_artifacts(repo, std::slice::from_ref(&log_path))?;
    let _ = std::fs::remove_file(&log_path);
    let mut artifact = stored.pop().expect("one artifact");
    artifact.path = LOG_ARTIFACT.into();
    let mut batch = Batch::default();
    batch.artifacts.push(artifact.clone());
    batch
        .tags
        .push(("mlo.exit_code".into(), exit_code.to_string()));
    // The child may have ended the run itself (`mlo run end` with MLO_RUN_ID); then only the
    // log could not be attached, which is not worth failing over.
    if super::runs::status_of(index.conn(), &run)? == RunStatus::Running {
        log_batch(repo, index, &run, batch)?;
        end(repo, index, &run, run_status)?;
    }
    Ok(ExecOutcome {
        run_id: run,
        status: run_status,
        exit_code,
        log: artifact,
    })
}
