//! Remotes: where objects and records go so that machines share one truth (`mlo remote`,
//! `push`, `fetch`, `pull`).
//!
//! A remote is any object store reachable through the `object_store` crate: a local
//! directory, S3 and S3-compatible servers, GCS or Azure Blob. Its layout mirrors `.mlo/`:
//! `objects/ab/cdef…` and `records/ab/cdef…`, each named by the blake3 of its bytes, plus
//! `packs/<id>.pack` and `packs/<id>.idx`: many small objects and records in one remote
//! object, with an index (see [`pack`]). Every name is derived from content, so transfers are
//! idempotent and safe from many machines at once.
//!
//! Invariants:
//! - the index table `remote_objects` lists what a remote is known to hold (uploaded by us,
//!   downloaded from it, or seen in a listing or a pack index), so push is a set difference
//!   that asks the remote nothing it already answered; `remote_packs` and
//!   `remote_pack_entries` cache the pack indexes, so fetch knows where each packed object is;
//! - an object is on a remote once its own key exists or the index of a pack holding it
//!   exists; a pack's index is uploaded after its data;
//! - a manifest is uploaded only after everything below it (files first, then manifests by
//!   height), so a manifest known on a remote implies its whole tree is there and push stops
//!   descending at it; records go last, after the objects they name. Each of those stages
//!   finishes (packs indexed) before the next starts;
//! - downloads are hashed as they are written to `.mlo/tmp` and renamed into the store only
//!   when the digest matches, and members read from a pack are hashed before they are
//!   stored: a corrupt remote object never becomes visible locally;
//! - credentials come from the providers' environment variables (captured by `Settings`) or
//!   `.mlo/config.local.toml`, never from `.mlops.toml`; they are never printed or audited.
//!
//! The rest of mlo is synchronous; [`client::Client`] owns a tokio runtime for the transfer.
//! Called by `commands::remote` and by `mlo data status --remote`.

pub mod client;
pub mod known;
pub mod ops;
pub mod pack;
pub mod spec;

pub use ops::*;
pub use spec::{Location, RemoteSpec};

use crate::error::ExitCode;
use crate::store::Digest;

/// The two namespaces a remote holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Ns {
    /// Data blobs and manifests (`.mlo/objects`).
    Objects,
    /// Records (`.mlo/records`).
    Records,
}

impl Ns {
    /// The key prefix on the remote (and the directory name under `.mlo/`).
    pub fn prefix(self) -> &'static str {
        match self {
            Ns::Objects => "objects",
            Ns::Records => "records",
        }
    }

    /// The value stored in `remote_objects.ns` (and in pack indexes).
    pub fn code(self) -> i64 {
        match self {
            Ns::Objects => 0,
            Ns::Records => 1,
        }
    }

    /// The namespace of a stored code.
    pub fn from_code(code: i64) -> Option<Ns> {
        match code {
            0 => Some(Ns::Objects),
            1 => Some(Ns::Records),
            _ => None,
        }
    }

    /// The key of an object on the remote: `objects/ab/cdef…`.
    pub fn key(self, digest: &Digest) -> String {
        let hex = digest.to_hex();
        format!("{}/{}/{}", self.prefix(), &hex[..2], &hex[2..])
    }

    /// The digest named by a remote key, if it is a well-formed object key of this namespace.
    pub fn parse_key(self, key: &str) -> Option<Digest> {
        let rest = key.strip_prefix(self.prefix())?.strip_prefix('/')?;
        let (fan, name) = rest.split_once('/')?;
        if fan.len() != 2 || name.contains('/') {
            return None;
        }
        format!("{fan}{name}").parse().ok()
    }
}

/// Errors from remotes, each naming the remote and, where there is one, the object.
#[derive(Debug, thiserror::Error)]
pub enum RemoteError {
    /// No remote of that name is configured.
    #[error("no remote named `{name}`")]
    Unknown {
        /// The name asked for.
        name: String,
        /// The configured names.
        known: Vec<String>,
    },
    /// No remote was named and there is no default.
    #[error("no remote given and no default remote is set")]
    NoDefault {
        /// The configured names.
        known: Vec<String>,
    },
    /// `remote add` of a name that exists.
    #[error("a remote named `{name}` already exists")]
    Exists {
        /// The name.
        name: String,
    },
    /// A name that cannot be a remote name.
    #[error("`{name}` is not a valid remote name")]
    BadName {
        /// The name.
        name: String,
    },
    /// A URL mlo cannot use.
    #[error("remote URL `{url}` is not usable: {reason}")]
    BadUrl {
        /// The URL.
        url: String,
        /// Why.
        reason: String,
    },
    /// The remote refused our credentials or lacks permission.
    #[error("remote `{remote}` refused access to `{key}`")]
    Denied {
        /// The remote's name.
        remote: String,
        /// The key we tried.
        key: String,
        /// The client's error.
        #[source]
        source: Box<object_store::Error>,
    },
    /// The remote could not be reached (connection refused, DNS, timeout).
    #[error("remote `{remote}` is unreachable")]
    Unreachable {
        /// The remote's name.
        remote: String,
        /// The client's error.
        #[source]
        source: Box<object_store::Error>,
    },
    /// Any other request failure (after retries).
    #[error("remote `{remote}`: request for `{key}` failed")]
    Request {
        /// The remote's name.
        remote: String,
        /// The key.
        key: String,
        /// The client's error.
        #[source]
        source: Box<object_store::Error>,
    },
    /// An object the remote should have is not there.
    #[error("remote `{remote}` does not have {} {digest}", ns_word(*ns))]
    Missing {
        /// The remote's name.
        remote: String,
        /// Which namespace.
        ns: Ns,
        /// The object.
        digest: Digest,
    },
    /// A downloaded object does not hash to its name; it was not stored.
    #[error("{} {digest}{} on remote `{remote}` is corrupt: its content hashes to {actual}; it was not stored", ns_word(*ns), in_pack(pack))]
    Corrupt {
        /// The remote's name.
        remote: String,
        /// Which namespace.
        ns: Ns,
        /// The object's name.
        digest: Digest,
        /// What its content hashes to.
        actual: Digest,
        /// The pack it was read from (`None`: its own key).
        pack: Option<Digest>,
    },
    /// A pack index on the remote is damaged (it does not hash to its name, or does not parse).
    #[error("pack index `{key}` on remote `{remote}` is damaged: {reason}")]
    BadPackIndex {
        /// The remote's name.
        remote: String,
        /// The index's key.
        key: String,
        /// What is wrong.
        reason: String,
    },
    /// Push needs an object the local store does not have.
    #[error("`{path}` needs object {digest}, which is not in the local store")]
    NotLocal {
        /// The dataset (or record) that needs it.
        path: String,
        /// The object.
        digest: Digest,
    },
    /// Writing into the local store failed.
    #[error("cannot store {} {digest} from remote `{remote}`", ns_word(*ns))]
    Store {
        /// The remote's name.
        remote: String,
        /// Which namespace.
        ns: Ns,
        /// The object.
        digest: Digest,
        /// The store's error.
        #[source]
        source: Box<crate::store::StoreError>,
    },
    /// Reading a local file failed.
    #[error("cannot {action} `{}`", path.display())]
    Io {
        /// What we were doing.
        action: &'static str,
        /// The path.
        path: std::path::PathBuf,
        /// The OS error.
        #[source]
        source: std::io::Error,
    },
    /// The async runtime could not start.
    #[error("cannot start the transfer runtime")]
    Runtime(#[source] std::io::Error),
}

fn in_pack(pack: &Option<Digest>) -> String {
    match pack {
        Some(p) => format!(" (in pack `{}`)", pack::key(p, pack::Part::Data)),
        None => String::new(),
    }
}

fn ns_word(ns: Ns) -> &'static str {
    match ns {
        Ns::Objects => "object",
        Ns::Records => "record",
    }
}

impl RemoteError {
    /// The exit code: 1 for a corrupt remote object (a failed check), 3 for local storage
    /// failures, 2 for everything about the remote or the input.
    pub fn exit_code(&self) -> ExitCode {
        match self {
            RemoteError::Corrupt { .. } | RemoteError::BadPackIndex { .. } => ExitCode::CheckFailed,
            RemoteError::Store { source, .. } => match source.as_ref() {
                crate::store::StoreError::Corrupt { .. } => ExitCode::CheckFailed,
                other => other.exit_code(),
            },
            RemoteError::Io { source, .. } => crate::error::io_exit_code(source),
            RemoteError::Runtime(_) => ExitCode::Environment,
            _ => ExitCode::Usage,
        }
    }

    /// Next steps.
    pub fn hints(&self) -> Vec<String> {
        let names = |known: &Vec<String>| {
            if known.is_empty() {
                "no remotes are configured: add one with `mlo remote add NAME URL --default`"
                    .to_string()
            } else {
                format!("configured remotes: {}", known.join(", "))
            }
        };
        match self {
            RemoteError::Unknown { known, .. } => vec![names(known)],
            RemoteError::NoDefault { known } => vec![
                names(known),
                "name one with `-r NAME`, or set a default: `mlo remote set NAME --default`"
                    .into(),
            ],
            RemoteError::Exists { name } => {
                vec![format!("change it with `mlo remote set {name} URL`, or pick another name")]
            }
            RemoteError::BadName { .. } => {
                vec!["use letters, digits, `-` and `_`".into()]
            }
            RemoteError::BadUrl { .. } => vec![
                "use a directory (`/path`, `file:///path`), `s3://bucket/prefix`, `gs://bucket/prefix` or `az://container/prefix`".into(),
            ],
            RemoteError::Denied { .. } => vec![
                "check the credentials: AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY (or `remote.NAME.access_key_id`/`secret_access_key` in `.mlo/config.local.toml`), GOOGLE_APPLICATION_CREDENTIALS, AZURE_STORAGE_ACCOUNT_KEY".into(),
                "nothing local was changed".into(),
            ],
            RemoteError::Unreachable { remote, .. } => vec![
                format!("check the network and the remote's URL and endpoint (`mlo remote list`); `mlo remote set {remote} --endpoint URL` changes it"),
                "nothing local was changed; run the command again when the remote is back".into(),
            ],
            RemoteError::Request { .. } => {
                vec!["run the command again: what arrived is remembered and not sent twice".into()]
            }
            RemoteError::Missing { .. } => vec![
                "push it from a clone that has it (`mlo push`), then fetch again; `mlo remote verify` refreshes what this clone believes the remote holds".into(),
            ],
            RemoteError::Corrupt { pack: None, .. } => vec![
                "the local store was not changed; re-push the object from a clone that has it intact (`mlo remote verify` then `mlo push`)".into(),
            ],
            RemoteError::Corrupt { pack: Some(p), .. } => vec![
                "the local store was not changed".into(),
                format!("to repair the remote, delete `{}` there (the pack's index; its objects then count as missing), then run `mlo remote verify` and `mlo push` in a clone that has them intact", pack::key(p, pack::Part::Index)),
            ],
            RemoteError::BadPackIndex { key, .. } => vec![
                "nothing was stored from it".into(),
                format!("to repair the remote, delete `{key}` there, then run `mlo remote verify` and `mlo push` in a clone that has the pack's objects"),
            ],
            RemoteError::NotLocal { .. } => vec![
                "fetch it (`mlo fetch`) or re-add the dataset where the data exists; `mlo data status` shows what is missing".into(),
            ],
            RemoteError::Store { source, .. } => source.hints(),
            RemoteError::Io { .. } | RemoteError::Runtime(_) => vec![],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_round_trip() {
        let d = Digest::of_bytes(b"x");
        let key = Ns::Objects.key(&d);
        assert!(key.starts_with("objects/"));
        assert_eq!(Ns::Objects.parse_key(&key), Some(d));
        assert_eq!(Ns::Records.parse_key(&key), None);
        assert_eq!(Ns::Objects.parse_key(&format!("{key}#1")), None);
        assert_eq!(Ns::Objects.parse_key("objects/ab"), None);
    }
}
