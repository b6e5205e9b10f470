//! Errors and exit codes. Domain modules define their own `thiserror` enums carrying the
//! offending path, key, name or digest; [`Error`] gathers them for the library's callers, and
//! [`CliError`] is what the edge prints: the message, its `caused by:` chain, and hints for the
//! next command to run. Exit codes are documented in docs/cli.md and `mlo --help`.

use std::path::PathBuf;

use crate::{
    audit::AuditError, index::IndexError, repo::RepoError, store::StoreError, track::TrackError,
};

/// Process exit codes shared by every command.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExitCode {
    /// 0: success.
    Success,
    /// 1: a check found a problem (drift, failed gate, tampered audit trail, dirty data).
    CheckFailed,
    /// 2: usage or input error (bad flag, bad file, unknown key, not a repository).
    Usage,
    /// 3: the environment failed us: storage full, permission denied, I/O error.
    Environment,
    /// 101: an internal bug.
    Internal,
    /// 130: interrupted by Ctrl-C.
    Interrupted,
    /// A child command's own exit code, passed through (`mlo run exec`).
    Child(i32),
}

impl ExitCode {
    /// The numeric process exit code.
    pub fn code(self) -> i32 {
        match self {
            ExitCode::Success => 0,
            ExitCode::CheckFailed => 1,
            ExitCode::Usage => 2,
            ExitCode::Environment => 3,
            ExitCode::Internal => 101,
            ExitCode::Interrupted => 130,
            ExitCode::Child(code) => code,
        }
    }
}

/// Every error the library returns.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Finding, creating or configuring the repository failed.
    #[error(transparent)]
    Repo(#[from] RepoError),
    /// The object store failed.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The SQLite index failed.
    #[error(transparent)]
    Index(#[from] IndexError),
    /// The audit trail failed.
    #[error(transparent)]
    Audit(#[from] AuditError),
    /// Data versioning failed.
    #[error(transparent)]
    Data(#[from] crate::data::DataError),
    /// The model registry failed.
    #[error(transparent)]
    Registry(#[from] crate::registry::RegistryError),
    /// Experiment tracking failed.
    #[error(transparent)]
    Track(#[from] TrackError),
    /// CI generation or git hooks failed.
    #[error(transparent)]
    Ci(#[from] crate::ci::CiError),
    /// A/B analysis or planning failed.
    #[error(transparent)]
    Ab(#[from] crate::ab::AbError),
    /// A remote or a transfer failed.
    #[error(transparent)]
    Remote(Box<crate::remote::RemoteError>),
    /// Serving failed to start or stopped on an error.
    #[error(transparent)]
    Serve(#[from] crate::serve::ServeError),
    /// A drift check failed to run.
    #[error(transparent)]
    Monitor(#[from] crate::monitor::MonitorError),
    /// Validating a table failed to run (violations are not errors).
    #[error(transparent)]
    Validate(#[from] crate::data::validate::ValidateError),
    /// Bad input that is not tied to one of the domains above.
    #[error("{message}")]
    Input {
        /// What is wrong.
        message: String,
        /// What to do about it.
        hint: Option<String>,
    },
    /// Reading or writing a file outside the store failed.
    #[error("cannot {action} `{}`", path.display())]
    Io {
        /// What we were doing: "read", "write", "create directory", ...
        action: &'static str,
        /// The file.
        path: PathBuf,
        /// The operating system's error.
        #[source]
        source: std::io::Error,
    },
}

impl Error {
    /// The exit code this error maps to.
    pub fn exit_code(&self) -> ExitCode {
        match self {
            Error::Repo(e) => e.exit_code(),
            Error::Store(e) => e.exit_code(),
            Error::Index(e) => e.exit_code(),
            Error::Audit(e) => e.exit_code(),
            Error::Data(e) => e.exit_code(),
            Error::Registry(e) => e.exit_code(),
            Error::Track(e) => e.exit_code(),
            Error::Ci(e) => e.exit_code(),
            Error::Ab(e) => e.exit_code(),
            Error::Remote(e) => e.exit_code(),
            Error::Serve(e) => e.exit_code(),
            Error::Monitor(e) => e.exit_code(),
            Error::Validate(e) => e.exit_code(),
            Error::Input { .. } => ExitCode::Usage,
            Error::Io { source, .. } => io_exit_code(source),
        }
    }

    /// Suggestions for the next command to run.
    pub fn hints(&self) -> Vec<String> {
        match self {
            Error::Repo(e) => e.hints(),
            Error::Store(e) => e.hints(),
            Error::Index(e) => e.hints(),
            Error::Audit(e) => e.hints(),
            Error::Data(e) => e.hints(),
            Error::Registry(e) => e.hints(),
            Error::Track(e) => e.hints(),
            Error::Ci(e) => e.hints(),
            Error::Ab(e) => e.hints(),
            Error::Remote(e) => e.hints(),
            Error::Serve(e) => e.hints(),
            Error::Monitor(e) => e.hints(),
            Error::Validate(e) => e.hints(),
            Error::Input { hint, .. } => hint.iter().cloned().collect(),
            Error::Io { .. } => vec![],
        }
    }
}

/// Exit code for an I/O error: a missing or malformed input is the user's to fix (2); a full
/// disk or a permission problem is the environment's (3).
pub fn io_exit_code(err: &std::io::Error) -> ExitCode {
    use std::io::ErrorKind::*;
    match err.kind() {
        NotFound | InvalidInput | InvalidData | IsADirectory | NotADirectory => ExitCode::Usage,
        _ => ExitCode::Environment,
    }
}

/// What the edge prints for a failed command.
#[derive(Debug)]
pub struct CliError {
    /// The exit code.
    pub code: ExitCode,
    /// The top-level message.
    pub message: String,
    /// The `caused by:` chain, outermost first.
    pub causes: Vec<String>,
    /// `hint:` lines.
    pub hints: Vec<String>,
}

impl From<Error> for CliError {
    fn from(err: Error) -> Self {
        let mut causes = Vec::new();
        let mut source = std::error::Error::source(&err);
        // `transparent` variants forward `source()` to the inner error's source, so the chain
        // below starts one level under the message we print.
        while let Some(s) = source {
            let text = s.to_string();
            if causes.last() != Some(&text) && text != err.to_string() {
                causes.push(text);
            }
            source = s.source();
        }
        CliError {
            code: err.exit_code(),
            message: err.to_string(),
            hints: err.hints(),
            causes,
        }
    }
}

impl From<crate::data::pointer::PointerError> for Error {
    fn from(e: crate::data::pointer::PointerError) -> Self {
        Error::Data(e.into())
    }
}

impl From<crate::data::tree::TreeError> for Error {
    fn from(e: crate::data::tree::TreeError) -> Self {
        Error::Data(e.into())
    }
}
