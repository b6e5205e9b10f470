//! The SQLite index (`.mlo/index.db`): an index over the record objects plus hot local state.
//! It is derived and rebuildable (`mlo index rebuild`), so a lost or corrupt index loses
//! nothing that the records hold.
//!
//! Settings: WAL journal, `synchronous=NORMAL`, a busy timeout, foreign keys on. Schema
//! changes are numbered migrations keyed on `PRAGMA user_version`; opening a database newer
//! than this binary understands is an error rather than a guess. Writers take the lock up front
//! (`BEGIN IMMEDIATE`) so concurrent processes queue on the busy timeout instead of failing
//! with "database is locked" half-way through a transaction.

mod schema;

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags, OptionalExtension, Transaction, TransactionBehavior};

use crate::error::ExitCode;

pub use schema::SCHEMA_VERSION;

/// Errors from the index.
#[derive(Debug, thiserror::Error)]
pub enum IndexError {
    /// SQLite reported an error.
    #[error("index database `{}` failed", path.display())]
    Sqlite {
        /// The database file.
        path: PathBuf,
        /// SQLite's error.
        #[source]
        source: rusqlite::Error,
    },
    /// The database was written by a newer mlo.
    #[error("index database `{}` has schema version {found}, newer than this mlo understands ({supported})", path.display())]
    TooNew {
        /// The database file.
        path: PathBuf,
        /// Its `user_version`.
        found: i64,
        /// The newest this binary knows.
        supported: i64,
    },
}

impl IndexError {
    /// The exit code for this error.
    pub fn exit_code(&self) -> ExitCode {
        match self {
            IndexError::TooNew { .. } => ExitCode::Usage,
            IndexError::Sqlite { source, .. } => match source.sqlite_error_code() {
                Some(rusqlite::ErrorCode::DiskFull)
                | Some(rusqlite::ErrorCode::ReadOnly)
                | Some(rusqlite::ErrorCode::PermissionDenied) => ExitCode::Environment,
                Some(rusqlite::ErrorCode::NotADatabase)
                | Some(rusqlite::ErrorCode::DatabaseCorrupt) => ExitCode::Usage,
                _ => ExitCode::Environment,
            },
        }
    }

    /// Next steps.
    pub fn hints(&self) -> Vec<String> {
        match self {
            IndexError::TooNew { .. } => {
                vec!["upgrade mlo (`cargo install --path .` from a newer checkout)".into()]
            }
            IndexError::Sqlite { source, .. } => match source.sqlite_error_code() {
                Some(rusqlite::ErrorCode::NotADatabase)
                | Some(rusqlite::ErrorCode::DatabaseCorrupt) => {
                    vec!["the index is derived from the records: run `mlo index rebuild`".into()]
                }
                Some(rusqlite::ErrorCode::DiskFull) => {
                    vec!["free some disk space and run the command again".into()]
                }
                _ => vec![],
            },
        }
    }
}

impl IndexError {
    /// Wraps rusqlite errors from the index database at `path` (for `map_err`).
    pub fn at(path: &Path) -> impl Fn(rusqlite::Error) -> IndexError + Copy + '_ {
        move |source| IndexError::Sqlite {
            path: path.to_path_buf(),
            source,
        }
    }
}

/// Wraps a rusqlite error met on the repository's index where only a transaction or a
/// connection is at hand, not the database's path (inside [`Index::write`] or `Repo::change`):
/// the error names the file `index.db`. Where the path is at hand, use [`IndexError::at`].
pub fn index_err(source: rusqlite::Error) -> crate::error::Error {
    IndexError::Sqlite {
        path: PathBuf::from("index.db"),
        source,
    }
    .into()
}

/// An open index database.
pub struct Index {
    conn: Connection,
    path: PathBuf,
}

impl std::fmt::Debug for Index {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Index").field("path", &self.path).finish()
    }
}

impl Index {
    /// Open (creating if needed) and migrate the index at `path`.
    pub fn open(path: &Path, busy_timeout: Duration) -> Result<Self, IndexError> {
        let wrap = IndexError::at(path);
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE
                | OpenFlags::SQLITE_OPEN_CREATE
                | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(wrap)?;
        conn.busy_timeout(busy_timeout).map_err(wrap)?;
        // journal_mode is persistent; setting it when it is already WAL is a cheap no-op read.
        let mode: String = conn
            .query_row("PRAGMA journal_mode", [], |r| r.get(0))
            .map_err(wrap)?;
        if !mode.eq_ignore_ascii_case("wal") {
            conn.query_row("PRAGMA journal_mode=WAL", [], |r| r.get::<_, String>(0))
                .map_err(wrap)?;
        }
        conn.execute_batch("PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;")
            .map_err(wrap)?;
        // Keep the WAL file between processes: checkpointing and deleting it when the last
        // connection closes costs three fsyncs per command (and re-creating it two more), which
        // was most of a short command's time. SQLite's auto-checkpoint (every 1,000 pages)
        // still bounds the WAL.
        conn.set_db_config(
            rusqlite::config::DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE,
            true,
        )
        .map_err(wrap)?;
        let mut index = Index {
            conn,
            path: path.to_path_buf(),
        };
        index.migrate()?;
        Ok(index)
    }

    /// The database file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The connection, for read queries.
    pub fn conn(&self) -> &Connection {
        &self.conn
    }

    /// Wrap a rusqlite error with this database's path.
    pub fn err(&self, source: rusqlite::Error) -> IndexError {
        IndexError::at(&self.path)(source)
    }

    /// Run `f` in a write transaction taken up front (`BEGIN IMMEDIATE`); commit if it returns
    /// `Ok`, roll back otherwise.
    pub fn write<T, E>(&mut self, f: impl FnOnce(&Transaction<'_>) -> Result<T, E>) -> Result<T, E>
    where
        E: From<IndexError>,
    {
        let path = self.path.clone();
        let wrap = IndexError::at(&path);
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(|e| E::from(wrap(e)))?;
        let value = f(&tx)?;
        tx.commit().map_err(|e| E::from(wrap(e)))?;
        Ok(value)
    }

    /// The schema version of the open database.
    pub fn schema_version(&self) -> Result<i64, IndexError> {
        self.conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(|e| self.err(e))
    }

    /// A value from the `meta` table.
    pub fn meta(&self, key: &str) -> Result<Option<String>, IndexError> {
        self.conn
            .query_row("SELECT value FROM meta WHERE key = ?1", [key], |r| r.get(0))
            .optional()
            .map_err(|e| self.err(e))
    }

    fn migrate(&mut self) -> Result<(), IndexError> {
        let current = self.schema_version()?;
        if current == SCHEMA_VERSION {
            return Ok(());
        }
        if current > SCHEMA_VERSION {
            return Err(IndexError::TooNew {
                path: self.path.clone(),
                found: current,
                supported: SCHEMA_VERSION,
            });
        }
        let path = self.path.clone();
        self.write(|tx| {
            // Another process may have migrated while we waited for the lock.
            let current: i64 = tx
                .query_row("PRAGMA user_version", [], |r| r.get(0))
                .map_err(IndexError::at(&path))?;
            for (i, sql) in schema::MIGRATIONS.iter().enumerate() {
                let version = i as i64 + 1;
                if version > current {
                    tx.execute_batch(sql).map_err(IndexError::at(&path))?;
                    tx.pragma_update(None, "user_version", version)
                        .map_err(IndexError::at(&path))?;
                }
            }
            Ok::<(), IndexError>(())
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn corrupt() -> rusqlite::Error {
        rusqlite::Error::SqliteFailure(
            rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_CORRUPT),
            Some("database disk image is malformed".into()),
        )
    }

    #[test]
    fn index_err_names_index_db_and_keeps_the_cause_exit_code_and_hint() {
        let e = index_err(corrupt());
        assert_eq!(e.to_string(), "index database `index.db` failed");
        let crate::error::Error::Index(inner) = &e else {
            panic!("not an index error: {e:?}");
        };
        assert!(matches!(inner, IndexError::Sqlite { path, .. } if path == Path::new("index.db")));
        assert_eq!(
            std::error::Error::source(inner).unwrap().to_string(),
            "database disk image is malformed"
        );
        assert_eq!(inner.exit_code(), ExitCode::Usage);
        assert_eq!(
            inner.hints(),
            ["the index is derived from the records: run `mlo index rebuild`"]
        );
    }

    #[test]
    fn at_names_the_given_database() {
        let path = Path::new("/repo/.mlo/index.db");
        let e = IndexError::at(path)(corrupt());
        assert_eq!(e.to_string(), "index database `/repo/.mlo/index.db` failed");
        let dir = tempfile::tempdir().unwrap();
        let index = Index::open(&dir.path().join("index.db"), Duration::from_secs(1)).unwrap();
        let e = index.err(corrupt());
        assert!(
            matches!(&e, IndexError::Sqlite { path, .. } if path == index.path()),
            "{e:?}"
        );
    }
}
