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
        let out = self.mlo(args).output().unwrap();
        (
            out.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    }

    /// Run with `--json` and parse stdout.
    pub fn json(&self, args: &[&str]) -> serde_json::Value {
        let mut all = vec!["--json"];
        all.extend_from_slice(args);
        let (code, stdout, stderr) = self.run(&all);
        assert_eq!(code, 0, "mlo {args:?} failed: {stderr}");
        serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("not JSON ({e}): {stdout}"))
    }

    pub fn db(&self) -> rusqlite::Connection {
        rusqlite::Connection::open(self.join(".mlo/index.db")).unwrap()
    }
}
