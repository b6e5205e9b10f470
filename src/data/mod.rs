//! Data versioning (`mlo data`): datasets (a file or a directory) are hashed with blake3,
//! moved into the object store without copying where the filesystem allows, and described by
//! a pointer file (`PATH.mlo`) that is committed to git.
//!
//! Invariants:
//! - the object store is written first, the pointer file last (atomically), so a crash leaves
//!   either the old pointer or a new one whose objects all exist;
//! - directories are Merkle trees of per-directory manifests (`tree`): a changed file rewrites
//!   only the manifests on its path; a stored root manifest implies its whole tree is stored;
//! - the stat cache (`index` table `stat_cache`) makes status a stat walk (`scan`);
//! - every change writes a `dataset_version` record and a `data.*` audit event in one index
//!   transaction (`Repo::change`).

pub mod gc;
pub mod git;
pub mod ops;
pub mod pointer;
pub mod scan;
pub mod tree;
pub mod validate;

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use rusqlite::params;

use crate::error::{ExitCode, io_exit_code};
use crate::index::{Index, IndexError};
use crate::store::{Digest, StoreError, is_storage_full};

pub use ops::*;

/// Errors from data versioning, each naming the path involved.
#[derive(Debug, thiserror::Error)]
pub enum DataError {
    /// An I/O operation on a workspace path failed.
    #[error("cannot {action} `{}`", path.display())]
    Io {
        /// What we were doing.
        action: &'static str,
        /// The path.
        path: PathBuf,
        /// The OS error.
        #[source]
        source: std::io::Error,
    },
    /// A path mlo refuses to track or write.
    #[error("cannot track `{}`: {reason}", path.display())]
    BadName {
        /// The path.
        path: PathBuf,
        /// Why.
        reason: String,
    },
    /// A path outside the repository or otherwise unusable as a dataset.
    #[error("`{}` {reason}", path.display())]
    BadPath {
        /// The path as given.
        path: PathBuf,
        /// Why it cannot be used.
        reason: String,
    },
    /// The file changed while it was being hashed.
    #[error("`{}` changed while it was being hashed; nothing was recorded for it", path.display())]
    Changed {
        /// The file.
        path: PathBuf,
    },
    /// A pointer file is malformed.
    #[error(transparent)]
    Pointer(#[from] pointer::PointerError),
    /// A manifest is unreadable or unsafe.
    #[error(transparent)]
    Tree(#[from] tree::TreeError),
    /// The store failed.
    #[error("cannot store `{}`", path.display())]
    Store {
        /// The workspace file.
        path: PathBuf,
        /// The store's error.
        #[source]
        source: StoreError,
    },
    /// Data the pointer needs is not in the local store.
    #[error("`{path}` needs {missing} object(s) that are not in the local store")]
    NotInStore {
        /// The dataset.
        path: String,
        /// How many objects are missing.
        missing: usize,
    },
    /// git failed or is not available.
    #[error("git: {message}")]
    Git {
        /// What git said.
        message: String,
    },
    /// The index failed.
    #[error(transparent)]
    Index(#[from] IndexError),
}

impl DataError {
    pub(crate) fn io(action: &'static str, path: &Path, source: std::io::Error) -> Self {
        DataError::Io {
            action,
            path: path.to_path_buf(),
            source,
        }
    }

    pub(crate) fn from_store(source: StoreError, path: &Path) -> Self {
        match source {
            StoreError::Changed { path } => DataError::Changed { path },
            other => DataError::Store {
                path: path.to_path_buf(),
                source: other,
            },
        }
    }

    /// The exit code for this error.
    pub fn exit_code(&self) -> ExitCode {
        match self {
            DataError::Io { source, .. } => io_exit_code(source),
            DataError::Store { source, .. } => source.exit_code(),
            DataError::Index(e) => e.exit_code(),
            DataError::BadName { .. }
            | DataError::BadPath { .. }
            | DataError::Changed { .. }
            | DataError::Pointer(_)
            | DataError::NotInStore { .. }
            | DataError::Git { .. } => ExitCode::Usage,
            DataError::Tree(_) => ExitCode::CheckFailed,
        }
    }

    /// Next steps.
    pub fn hints(&self) -> Vec<String> {
        match self {
            DataError::Store {
                source: StoreError::Io { source, .. },
                ..
            } if is_storage_full(source) => {
                vec!["free some disk space and run the command again; nothing half-written was kept, and the pointer file is unchanged".into()]
            }
            DataError::Io { source, .. }
                if source.kind() == std::io::ErrorKind::PermissionDenied =>
            {
                vec!["check the file's permissions; mlo needs to read every file it tracks".into()]
            }
            DataError::Changed { .. } => vec![
                "wait until the file is no longer being written, then run the command again".into(),
            ],
            DataError::NotInStore { .. } => vec![
                "fetch the data from a remote (`mlo pull`), or re-add it where it exists".into(),
            ],
            DataError::Tree(_) => vec!["run `mlo data verify` to list corrupt objects".into()],
            DataError::Pointer(_) => vec![
                "fix the pointer file, or restore it from git (`git checkout -- PATH.mlo`)".into(),
            ],
            _ => vec![],
        }
    }
}

/// Load the stat cache entries of one dataset (its own path and everything below).
pub fn load_cache(
    index: &Index,
    prefix: &str,
) -> Result<HashMap<String, scan::CacheEntry>, IndexError> {
    let mut stmt = index
        .conn()
        .prepare_cached(
            "SELECT path, dev, ino, size, mtime_ns, ctime_ns, digest, checked_ns FROM stat_cache \
             WHERE path = ?1 OR (path >= ?2 AND path < ?3)",
        )
        .map_err(|e| index.err(e))?;
    let lo = format!("{prefix}/");
    let hi = format!("{prefix}0");
    let rows = stmt
        .query_map(params![prefix, lo, hi], |r| {
            let digest: String = r.get(6)?;
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, i64>(2)?,
                r.get::<_, i64>(3)?,
                r.get::<_, i64>(4)?,
                r.get::<_, i64>(5)?,
                digest,
                r.get::<_, i64>(7)?,
            ))
        })
        .map_err(|e| index.err(e))?;
    let mut out = HashMap::new();
    for row in rows {
        let (path, dev, ino, size, mtime_ns, ctime_ns, digest, checked_ns) =
            row.map_err(|e| index.err(e))?;
        let Ok(digest) = digest.parse::<Digest>() else {
            continue;
        };
        out.insert(
            path,
            scan::CacheEntry {
                stat: scan::FileStat {
                    dev: dev as u64,
                    ino: ino as u64,
                    size: size as u64,
                    mtime_ns,
                    ctime_ns,
                    mode: 0,
                },
                digest,
                checked_ns,
            },
        );
    }
    Ok(out)
}

/// Write stat cache entries inside a transaction.
pub fn save_cache(
    tx: &rusqlite::Transaction<'_>,
    entries: &[(String, scan::CacheEntry)],
) -> Result<(), rusqlite::Error> {
    let mut stmt = tx.prepare_cached(
        "INSERT OR REPLACE INTO stat_cache (path, dev, ino, size, mtime_ns, ctime_ns, digest, checked_ns) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?;
    for (path, e) in entries {
        stmt.execute(params![
            path,
            e.stat.dev as i64,
            e.stat.ino as i64,
            e.stat.size as i64,
            e.stat.mtime_ns,
            e.stat.ctime_ns,
            e.digest.to_hex(),
            e.checked_ns
        ])?;
    }
    Ok(())
}

/// The wall clock in ns, for the stat cache's racy-timestamp guard only (a filesystem
/// comparison, not a user-visible time, so it does not come from the settings `Clock`).
pub fn now_ns() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos() as i64)
        .unwrap_or(0)
}
