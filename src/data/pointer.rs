//! Pointer files: `PATH.mlo`, small YAML documents committed to git that say which version of
//! `PATH` belongs here. Written with a fixed key order and one key per line, so a new version
//! changes the same lines every time (clean git diffs); parsed strictly (unknown keys, a wrong
//! digest length or an unknown format version are errors that name the file and line).
//!
//! ```yaml
//! # mlo pointer file: commit it; the data lives in .mlo/objects and remotes (`mlo push`)
//! version: 1
//! kind: dir
//! blake3: 6f0c…64 hex…
//! size: 51380224
//! files: 20000
//! description: training images, cleaned
//! meta:
//!   source: s3://bucket/raw
//! ```

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::store::Digest;

/// The pointer format this binary writes and reads.
pub const POINTER_VERSION: u64 = 1;
/// The suffix of pointer files.
pub const POINTER_SUFFIX: &str = ".mlo";

/// File or directory.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// One file; `blake3` is the digest of its bytes.
    File,
    /// A directory; `blake3` is the digest of its root manifest.
    Dir,
}

impl Kind {
    /// The spelling in pointer files and output.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::File => "file",
            Kind::Dir => "dir",
        }
    }
}

/// The content of a pointer file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pointer {
    /// Format version.
    pub version: u64,
    /// File or directory.
    pub kind: Kind,
    /// The digest (of the bytes, or of the root manifest).
    pub blake3: Digest,
    /// Total size in bytes.
    pub size: u64,
    /// Number of files (directories only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub files: Option<u64>,
    /// Free text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Free key/value metadata.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub meta: BTreeMap<String, serde_yaml::Value>,
}

/// A malformed pointer file.
#[derive(Debug, thiserror::Error)]
#[error("pointer file `{}` is invalid{}: {message}", path.display(), line.map(|l| format!(" (line {l})")).unwrap_or_default())]
pub struct PointerError {
    /// The pointer file.
    pub path: PathBuf,
    /// 1-based line, when known.
    pub line: Option<usize>,
    /// What is wrong.
    pub message: String,
}

impl Pointer {
    /// Parse pointer-file text; `path` is used in errors.
    pub fn parse(path: &Path, text: &str) -> Result<Self, PointerError> {
        let err = |line: Option<usize>, message: String| PointerError {
            path: path.to_path_buf(),
            line,
            message,
        };
        // Check the version first so a future format gets a clear message, not a field error.
        let raw: serde_yaml::Value = serde_yaml::from_str(text)
            .map_err(|e| err(e.location().map(|l| l.line()), e.to_string()))?;
        let version_line = line_of(text, "version");
        match raw.get("version") {
            None => return Err(err(None, "missing `version`".into())),
            Some(v) => match v.as_u64() {
                Some(POINTER_VERSION) => {}
                Some(other) => {
                    return Err(err(
                        version_line,
                        format!(
                            "format version {other} is not supported by this mlo (it reads version {POINTER_VERSION}); upgrade mlo"
                        ),
                    ));
                }
                None => return Err(err(version_line, "`version` must be a whole number".into())),
            },
        }
        if let Some(d) = raw.get("blake3").and_then(|d| d.as_str())
            && let Err(e) = d.parse::<Digest>()
        {
            return Err(err(line_of(text, "blake3"), format!("`blake3`: {e}")));
        }
        let p: Pointer = serde_yaml::from_str(text).map_err(|e| {
            let msg = e.to_string();
            let line = e.location().map(|l| l.line()).or_else(|| {
                // serde reports unknown fields without a location: find the key's line.
                msg.split('`').nth(1).and_then(|key| line_of(text, key))
            });
            err(
                line,
                msg.split(" at line").next().unwrap_or(&msg).to_string(),
            )
        })?;
        if p.kind == Kind::Dir && p.files.is_none() {
            return Err(err(None, "a `dir` pointer needs `files`".into()));
        }
        Ok(p)
    }

    /// Read a pointer file.
    pub fn load(path: &Path) -> Result<Self, PointerError> {
        let text = std::fs::read_to_string(path).map_err(|e| PointerError {
            path: path.to_path_buf(),
            line: None,
            message: format!("cannot read it: {e}"),
        })?;
        Self::parse(path, &text)
    }

    /// The text of this pointer file: fixed key order, one key per line.
    pub fn to_text(&self) -> String {
        let mut out = String::from(
            "# mlo pointer file: commit it; the data lives in .mlo/objects and remotes (`mlo push`)\n",
        );
        out.push_str(&format!("version: {}\n", self.version));
        out.push_str(&format!("kind: {}\n", self.kind.as_str()));
        out.push_str(&format!("blake3: {}\n", self.blake3));
        out.push_str(&format!("size: {}\n", self.size));
        if let Some(files) = self.files {
            out.push_str(&format!("files: {files}\n"));
        }
        if let Some(d) = &self.description {
            let quoted = serde_yaml::to_string(d).unwrap_or_default();
            out.push_str(&format!("description: {}", quoted));
            if !out.ends_with('\n') {
                out.push('\n');
            }
        }
        if !self.meta.is_empty() {
            let meta = serde_yaml::to_string(&self.meta).unwrap_or_default();
            out.push_str("meta:\n");
            for line in meta.lines() {
                out.push_str("  ");
                out.push_str(line);
                out.push('\n');
            }
        }
        out
    }
}

/// `data/train.csv` → `data/train.csv.mlo`.
pub fn pointer_path(data_path: &Path) -> PathBuf {
    let mut s = data_path.as_os_str().to_owned();
    s.push(POINTER_SUFFIX);
    PathBuf::from(s)
}

/// `data/train.csv.mlo` → `data/train.csv` (None if it is not a pointer path).
pub fn data_path(pointer: &Path) -> Option<PathBuf> {
    let s = pointer.to_str()?;
    s.strip_suffix(POINTER_SUFFIX)
        .filter(|d| !d.is_empty())
        .map(PathBuf::from)
}

fn line_of(text: &str, key: &str) -> Option<usize> {
    text.lines()
        .position(|l| l.trim_start().starts_with(&format!("{key}:")))
        .map(|i| i + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Pointer {
        Pointer {
            version: 1,
            kind: Kind::Dir,
            blake3: Digest::of_bytes(b"x"),
            size: 10,
            files: Some(2),
            description: Some("two files: a, b".into()),
            meta: [("source".to_string(), serde_yaml::Value::from("s3://b/raw"))].into(),
        }
    }

    #[test]
    fn round_trips_and_is_line_stable() {
        let p = sample();
        let text = p.to_text();
        assert_eq!(Pointer::parse(Path::new("x.mlo"), &text).unwrap(), p);
        assert!(text.contains("\nkind: dir\nblake3: "));
    }

    #[test]
    fn errors_name_the_line() {
        let text = sample()
            .to_text()
            .replace("kind: dir", "kind: dir\ncolour: blue");
        let e = Pointer::parse(Path::new("d.mlo"), &text).unwrap_err();
        assert_eq!(e.line, Some(4), "{e}");
        let text = sample()
            .to_text()
            .replace(&Digest::of_bytes(b"x").to_hex(), "abc123");
        let e = Pointer::parse(Path::new("d.mlo"), &text).unwrap_err();
        assert!(
            e.to_string().contains("64 hex characters") && e.line == Some(4),
            "{e}"
        );
        let text = sample().to_text().replace("version: 1", "version: 7");
        let e = Pointer::parse(Path::new("d.mlo"), &text).unwrap_err();
        assert!(e.to_string().contains("version 7 is not supported"), "{e}");
        let e = Pointer::parse(Path::new("d.mlo"), "version: 1\nkind: [unclosed\n").unwrap_err();
        assert!(e.line.is_some(), "{e}");
    }
}
