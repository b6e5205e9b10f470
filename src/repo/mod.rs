//! The repository: finding `.mlo/` by walking up from a directory like git does, creating it
//! (`mlo init`), the paths inside it, and opening its store, records and index. Every
//! state-changing command goes through [`Repo::change`], which runs the change and its audit
//! event in one SQLite transaction and then materializes the new record objects.

pub mod config;
pub mod maintenance;
pub mod settings;

use std::fs;
use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::params;

use crate::audit::{self, AuditEvent, EventContext, NewEvent};
use crate::error::{Error, ExitCode};
use crate::index::{Index, IndexError, index_err};
use crate::store::{Digest, Durability, Store, StoreError};

pub use settings::Settings;

/// The directory that marks a repository.
pub const MLO_DIR: &str = ".mlo";
/// The committed project config.
pub const PROJECT_CONFIG: &str = ".mlops.toml";
/// The machine-local config inside `.mlo/`.
pub const LOCAL_CONFIG: &str = "config.local.toml";

/// Errors about the repository itself.
#[derive(Debug, thiserror::Error)]
pub enum RepoError {
    /// No `.mlo/` here or above.
    #[error("not inside an mlo repository")]
    NotFound {
        /// Where the search started.
        start: PathBuf,
    },
    /// `-C DIR` does not exist or is not a directory.
    #[error("cannot change to directory `{}`", path.display())]
    BadDir {
        /// The directory.
        path: PathBuf,
        /// Why.
        #[source]
        source: std::io::Error,
    },
    /// Creating or reading the repository layout failed.
    #[error("cannot {action} `{}`", path.display())]
    Io {
        /// What we were doing.
        action: &'static str,
        /// The path.
        path: PathBuf,
        /// The operating system's error.
        #[source]
        source: std::io::Error,
    },
    /// A config file is malformed or has an unknown key or a wrong type.
    #[error(transparent)]
    Config(#[from] config::ConfigError),
}

impl RepoError {
    /// The exit code for this error.
    pub fn exit_code(&self) -> ExitCode {
        match self {
            RepoError::NotFound { .. } | RepoError::BadDir { .. } | RepoError::Config(_) => {
                ExitCode::Usage
            }
            RepoError::Io { source, .. } => crate::error::io_exit_code(source),
        }
    }

    /// Next steps.
    pub fn hints(&self) -> Vec<String> {
        match self {
            RepoError::NotFound { .. } => vec!["run `mlo init`".into()],
            RepoError::Config(e) => e.hints(),
            _ => vec![],
        }
    }
}

/// An open repository.
#[derive(Debug)]
pub struct Repo {
    root: PathBuf,
    settings: Settings,
    objects: Store,
    records: Store,
}

/// What `mlo init` did.
#[derive(Debug, serde::Serialize)]
pub struct InitOutcome {
    /// The repository root.
    pub root: PathBuf,
    /// False when a repository was already there (nothing was changed).
    pub created: bool,
    /// Whether `.mlops.toml` was written (it is never overwritten).
    pub wrote_config: bool,
    /// Whether the directory is inside a git work tree.
    pub in_git: bool,
}

impl Repo {
    /// Find the repository containing `start` (or `start` itself), walking up.
    pub fn discover(start: &Path, env: &settings::Env) -> Result<Self, Error> {
        let start = absolute(start)?;
        let mut dir = Some(start.as_path());
        while let Some(d) = dir {
            if d.join(MLO_DIR).is_dir() {
                return Repo::open(d, env);
            }
            dir = d.parent();
        }
        Err(RepoError::NotFound { start }.into())
    }

    /// Open the repository rooted at `root`.
    pub fn open(root: &Path, env: &settings::Env) -> Result<Self, Error> {
        let root = root.to_path_buf();
        let settings = Settings::resolve(&root, env)?;
        let mlo = root.join(MLO_DIR);
        Ok(Repo {
            objects: Store::new(mlo.join("objects"), mlo.join("tmp")),
            records: Store::new(mlo.join("records"), mlo.join("tmp")),
            root,
            settings,
        })
    }

    /// Create a repository in `dir`, or report the one already there without changing it.
    pub fn init(dir: &Path, env: &settings::Env) -> Result<(Repo, InitOutcome), Error> {
        let root = absolute(dir)?;
        let mlo = root.join(MLO_DIR);
        let in_git = find_git_root(&root).is_some();
        if mlo.join("index.db").is_file() {
            let repo = Repo::open(&root, env)?;
            return Ok((
                repo,
                InitOutcome {
                    root,
                    created: false,
                    wrote_config: false,
                    in_git,
                },
            ));
        }
        let io = |action, path: &Path| {
            let path = path.to_path_buf();
            move |source| RepoError::Io {
                action,
                path,
                source,
            }
        };
        fs::create_dir_all(&mlo).map_err(io("create directory", &mlo))?;
        let gitignore = mlo.join(".gitignore");
        if !gitignore.exists() {
            write_atomic(&gitignore, b"# Everything in .mlo/ is local state: objects, index, staging. Never commit it.\n*\n")
                .map_err(io("write", &gitignore))?;
        }
        let project = root.join(PROJECT_CONFIG);
        let wrote_config = !project.exists();
        if wrote_config {
            write_atomic(&project, config::DEFAULT_PROJECT_CONFIG.as_bytes())
                .map_err(io("write", &project))?;
        }
        let repo = Repo::open(&root, env)?;
        repo.objects.create_dirs()?;
        repo.records.create_dirs()?;
        let chain_file = mlo.join("chain_id");
        if !chain_file.exists() {
            // Publish with a hard link so that of two concurrent `mlo init`s exactly one id wins.
            let fresh = uuid::Uuid::new_v7(uuid_ts(&repo.settings.clock)).to_string();
            let tmp = mlo.join(format!(".chain_id.{}.tmp", std::process::id()));
            write_atomic(&tmp, format!("{fresh}\n").as_bytes()).map_err(io("write", &tmp))?;
            let linked = fs::hard_link(&tmp, &chain_file);
            let _ = fs::remove_file(&tmp);
            match linked {
                Ok(()) => {}
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
                Err(e) => {
                    return Err(RepoError::Io {
                        action: "write",
                        path: chain_file,
                        source: e,
                    }
                    .into());
                }
            }
        }
        let chain = fs::read_to_string(&chain_file)
            .map_err(io("read", &chain_file))?
            .trim()
            .to_string();
        let mut index = repo.open_index()?;
        let ctx = repo.event_context_for_chain(chain.clone());
        let details = serde_json::json!({"in_git": in_git, "wrote_config": wrote_config, "schema_version": crate::index::SCHEMA_VERSION});
        let result = index.write(|tx| {
            // A concurrent `mlo init` may have won the race: keep its chain id.
            tx.execute(
                "INSERT OR IGNORE INTO meta (key, value) VALUES ('chain_id', ?1)",
                params![chain],
            )
            .map_err(index_err)?;
            let existing = audit::count(tx, Some(&chain)).map_err(Error::from)?;
            if existing == 0 {
                audit::append(
                    tx,
                    &ctx,
                    NewEvent::success(
                        "repo.init",
                        audit::Target::new("repo", root.display().to_string()),
                        details,
                    ),
                )
                .map_err(Error::from)?;
            }
            Ok::<_, Error>(())
        });
        result?;
        repo.materialize_records(&index)?;
        Ok((
            repo,
            InitOutcome {
                root,
                created: true,
                wrote_config,
                in_git,
            },
        ))
    }

    /// The repository root (the directory holding `.mlo/`).
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// `.mlo/`.
    pub fn mlo_dir(&self) -> PathBuf {
        self.root.join(MLO_DIR)
    }

    /// The resolved settings.
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// The object store (`.mlo/objects`).
    pub fn objects(&self) -> &Store {
        &self.objects
    }

    /// The record store (`.mlo/records`).
    pub fn records(&self) -> &Store {
        &self.records
    }

    /// Path of the index database.
    pub fn index_path(&self) -> PathBuf {
        self.mlo_dir().join("index.db")
    }

    /// Open the index (creating and migrating it if needed).
    pub fn open_index(&self) -> Result<Index, IndexError> {
        Index::open(
            &self.index_path(),
            Duration::from_millis(self.settings.busy_timeout_ms),
        )
    }

    /// This repository's audit chain id.
    pub fn chain_id(&self, index: &Index) -> Result<String, IndexError> {
        Ok(index.meta("chain_id")?.unwrap_or_else(|| "unknown".into()))
    }

    /// The context audit events are written with.
    pub fn event_context(&self, index: &Index) -> Result<EventContext, IndexError> {
        Ok(self.event_context_for_chain(self.chain_id(index)?))
    }

    fn event_context_for_chain(&self, chain: String) -> EventContext {
        EventContext {
            actor: self.settings.actor(),
            host: self.settings.host.clone(),
            chain,
            clock: self.settings.clock.clone(),
        }
    }

    /// Run a state change and its audit event in one transaction. `change` returns its result
    /// and the event to record; the event is appended in the same transaction, and the record
    /// objects it queued are written after the commit.
    pub fn change<T>(
        &self,
        index: &mut Index,
        change: impl FnOnce(&rusqlite::Transaction<'_>) -> Result<(T, NewEvent), Error>,
    ) -> Result<(T, AuditEvent), Error> {
        let ctx = self.event_context(index)?;
        let out = index.write(|tx| {
            let (value, event) = change(tx)?;
            let sealed = audit::append(tx, &ctx, event).map_err(Error::from)?;
            Ok::<_, Error>((value, sealed))
        })?;
        self.materialize_records(index)?;
        Ok(out)
    }

    /// Record a failed or denied attempt (an event with no accompanying change).
    pub fn record_attempt(&self, index: &mut Index, event: NewEvent) -> Result<AuditEvent, Error> {
        self.change(index, |_| Ok(((), event))).map(|(_, e)| e)
    }

    /// Write every committed-but-unwritten record to the record store (the outbox). Idempotent;
    /// safe to run from several processes at once.
    pub fn materialize_records(&self, index: &Index) -> Result<usize, Error> {
        let conn = index.conn();
        let mut stmt = conn
            .prepare("SELECT digest, body FROM records WHERE materialized = 0")
            .map_err(|e| index.err(e))?;
        let pending: Vec<(String, String)> = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .map_err(|e| index.err(e))?
            .collect::<Result<_, _>>()
            .map_err(|e| index.err(e))?;
        if pending.is_empty() {
            return Ok(0);
        }
        let mut written = Vec::with_capacity(pending.len());
        for (digest, body) in &pending {
            let put = self.records.put_bytes(body.as_bytes(), Durability::Batch)?;
            let expected: Digest = digest.parse().map_err(|e| Error::Input {
                message: format!("index row for record `{digest}` has a bad digest: {e}"),
                hint: Some("run `mlo index rebuild`".into()),
            })?;
            if put.digest != expected {
                return Err(StoreError::Corrupt {
                    digest: expected,
                    actual: put.digest,
                }
                .into());
            }
            written.push(expected);
        }
        // Only the fan-out directories just written to: a whole-store sync costs up to 256
        // directory fsyncs, which dominated every command that writes an audit event.
        self.records.sync_objects(&written)?;
        let mut done = conn
            .prepare("UPDATE records SET materialized = 1 WHERE digest = ?1")
            .map_err(|e| index.err(e))?;
        for (digest, _) in &pending {
            done.execute([digest]).map_err(|e| index.err(e))?;
        }
        Ok(pending.len())
    }
}

/// Write a file atomically: a temporary sibling, fsync, rename.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let dir = path.parent().unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut f = fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}

/// The git work tree root containing `dir`, if any (looks for `.git`, file or directory).
pub fn find_git_root(dir: &Path) -> Option<PathBuf> {
    let mut d = Some(dir);
    while let Some(p) = d {
        if p.join(".git").exists() {
            return Some(p.to_path_buf());
        }
        d = p.parent();
    }
    None
}

fn absolute(path: &Path) -> Result<PathBuf, RepoError> {
    let p = if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir()
            .map_err(|source| RepoError::BadDir {
                path: path.to_path_buf(),
                source,
            })?
            .join(path)
    };
    match fs::metadata(&p) {
        Ok(m) if m.is_dir() => {}
        Ok(_) => {
            return Err(RepoError::BadDir {
                path: p,
                source: std::io::Error::new(std::io::ErrorKind::NotADirectory, "not a directory"),
            });
        }
        Err(source) => return Err(RepoError::BadDir { path: p, source }),
    }
    // Normalise `.` and `..` without resolving symlinks the user chose to work through.
    let mut out = PathBuf::new();
    for c in p.components() {
        match c {
            std::path::Component::CurDir => {}
            std::path::Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    Ok(out)
}

fn uuid_ts(clock: &crate::clock::Clock) -> uuid::Timestamp {
    let now = clock.now();
    uuid::Timestamp::from_unix(
        uuid::NoContext,
        now.timestamp().max(0) as u64,
        now.timestamp_subsec_nanos(),
    )
}
