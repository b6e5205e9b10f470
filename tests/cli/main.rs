//! Integration tests: run the real `mlo` binary in temporary repositories with an isolated
//! environment (HOME, no colour, pinned actor and host), and assert on what users see: exit
//! codes, stdout, stderr and files.

mod ab;
mod audit;
mod audit_anchor;
mod audit_export;
mod audit_sync;
mod capture;
mod ci;
mod config;
mod data;
mod data_validate;
mod generated;
mod hooks;
mod index;
mod model;
mod model_hooks;
mod model_mlflow;
mod monitor;
mod quickstart;
mod remote;
mod repo;
mod run;
mod serve;
mod store;

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use tempfile::TempDir;

/// A scratch directory with its own HOME.
pub struct Sandbox {
    pub dir: TempDir,
    pub home: TempDir,
}

impl Default for Sandbox {
    fn default() -> Self {
        Self::new()
    }
}

impl Sandbox {
    pub fn new() -> Self {
        Sandbox {
            dir: tempfile::tempdir().unwrap(),
            home: tempfile::tempdir().unwrap(),
        }
    }

    /// A sandbox with `mlo init` done.
    pub fn repo() -> Self {
        let s = Sandbox::new();
        s.mlo(&["init"]).assert().success();
        s
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    pub fn join(&self, p: &str) -> PathBuf {
        self.dir.path().join(p)
    }

    /// `mlo ARGS` in the sandbox, with a clean environment.
    pub fn mlo(&self, args: &[&str]) -> Command {
        Command::from_std(self.std_cmd(args))
    }

    /// The same as a plain `std::process::Command` (to spawn and kill).
    pub fn std_cmd(&self, args: &[&str]) -> std::process::Command {
        let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin!("mlo"));
        cmd.env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", self.home.path())
            .env("NO_COLOR", "1")
            .env("COLUMNS", "100")
            .env("MLO_ACTOR", "tester@example.com")
            .env("MLO_HOST", "testhost")
            .current_dir(self.dir.path())
            .args(args);
        cmd
    }

    /// Run and return (exit code, stdout, stderr).
    pub fn run(&self, args: &[&str]) -> (i32, String, String) {
        outcome(&self.mlo(args).output().unwrap())
    }

    /// Run with `--json` and parse stdout.
    pub fn json(&self, args: &[&str]) -> serde_json::Value {
        let mut all = vec!["--json"];
        all.extend_from_slice(args);
        let (code, stdout, stderr) = self.run(&all);
        assert_eq!(code, 0, "mlo {args:?} failed: {stderr}");
        serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("not JSON ({e}): {stdout}"))
    }

    /// Run, expecting exit `code` and `needle` in stderr; returns stderr for further checks.
    #[track_caller]
    pub fn exits(&self, args: &[&str], code: i32, needle: &str) -> String {
        let (got, _, stderr) = self.run(args);
        assert_eq!(got, code, "mlo {args:?}: {stderr}");
        assert!(stderr.contains(needle), "mlo {args:?}: {stderr}");
        stderr
    }

    pub fn db(&self) -> rusqlite::Connection {
        rusqlite::Connection::open(self.join(".mlo/index.db")).unwrap()
    }

    /// The events of `mlo audit log EXTRA`, oldest first.
    pub fn audit_events(&self, extra: &[&str]) -> Vec<serde_json::Value> {
        let mut args = vec!["audit", "log"];
        args.extend_from_slice(extra);
        self.json(&args).as_array().unwrap().clone()
    }

    /// The actions of [`Sandbox::audit_events`].
    pub fn audit_actions(&self, extra: &[&str]) -> Vec<String> {
        pluck(&self.audit_events(extra).into(), "action")
    }

    /// Delete the index (with its WAL files) and rebuild it from the records.
    pub fn rebuild_index(&self) {
        for f in ["index.db", "index.db-wal", "index.db-shm"] {
            let _ = std::fs::remove_file(self.join(&format!(".mlo/{f}")));
        }
        self.mlo(&["index", "rebuild"]).assert().success();
    }

    /// `git ARGS` in the sandbox as user `t` (HOME is the sandbox's); asserts success and
    /// returns stdout, trimmed.
    #[track_caller]
    pub fn git(&self, args: &[&str]) -> String {
        let out = std::process::Command::new("git")
            .args([
                "-c",
                "user.email=t@example.com",
                "-c",
                "user.name=t",
                "-c",
                "init.defaultBranch=main",
            ])
            .args(args)
            .current_dir(self.path())
            .env("HOME", self.home.path())
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "git {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).trim().to_string()
    }
}

/// The string field `key` of every element of the JSON array `array`, in order.
pub fn pluck(array: &serde_json::Value, key: &str) -> Vec<String> {
    array
        .as_array()
        .unwrap_or_else(|| panic!("not an array: {array}"))
        .iter()
        .map(|e| {
            e[key]
                .as_str()
                .unwrap_or_else(|| panic!("no string `{key}` in {e}"))
                .to_string()
        })
        .collect()
}

/// Asserts that a finished process succeeded (its stderr is the message); returns its output.
#[track_caller]
pub fn succeeded(out: std::process::Output) -> std::process::Output {
    assert!(
        out.status.success(),
        "{}: {}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// Spawn `cmd` with `input` on its stdin and its stdout and stderr captured.
pub fn output_with_stdin(mut cmd: std::process::Command, input: &str) -> std::process::Output {
    use std::io::Write;
    use std::process::Stdio;
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

/// (exit code, stdout, stderr) of a finished process.
pub fn outcome(out: &std::process::Output) -> (i32, String, String) {
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The MLflow server of `scripts/test.sh` (`MLO_TEST_MLFLOW_URL`, see
/// scripts/mlflow-server.sh); `None`, saying the test is skipped, when there is none.
pub fn mlflow_url() -> Option<String> {
    let url = std::env::var("MLO_TEST_MLFLOW_URL").ok();
    if url.is_none() {
        eprintln!(
            "skipped: MLO_TEST_MLFLOW_URL is not set (scripts/test.sh starts an MLflow server and sets it)"
        );
    }
    url
}

/// GET `path` with `query` from an MLflow server's REST API at `url`, by Python's standard
/// library (an independent client).
pub fn mlflow_get(url: &str, path: &str, query: &[(&str, &str)]) -> serde_json::Value {
    let q = serde_json::to_string(
        &query
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect::<std::collections::BTreeMap<_, _>>(),
    )
    .unwrap();
    let out = succeeded(std::process::Command::new("python3")
        .args([
            "-c",
            "import json,sys,urllib.parse,urllib.request; q=urllib.parse.urlencode(json.loads(sys.argv[2])); sys.stdout.write(urllib.request.urlopen(sys.argv[1]+'?'+q).read().decode())",
            &format!("{url}/api/2.0/mlflow/{path}"),
            &q,
        ]).output().unwrap());
    serde_json::from_slice(&out.stdout).unwrap()
}
