//! The few git questions `mlo data` asks, by running the `git` binary: where the work tree
//! is, a file's content at a revision, the pointer files at a revision, the commits that
//! touched a path. Pointer paths given to and returned from here are relative to the mlo
//! repository root, even when it is a subdirectory of the git work tree.

use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use super::DataError;

/// A git work tree containing an mlo repository.
#[derive(Debug, Clone)]
pub struct Git {
    /// The mlo repository root.
    root: PathBuf,
    /// The mlo root relative to the git top level, with a trailing `/` (empty at the top).
    prefix: String,
}

impl Git {
    /// The git work tree around `root`, or an error saying git is needed.
    pub fn open(root: &Path) -> Result<Self, DataError> {
        let top = run(root, &["rev-parse", "--show-toplevel"])?;
        let top = PathBuf::from(top.trim());
        let top = top.canonicalize().unwrap_or(top);
        let canon = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
        let prefix = canon
            .strip_prefix(&top)
            .map(|p| p.to_string_lossy().into_owned())
            .unwrap_or_default();
        let prefix = if prefix.is_empty() {
            prefix
        } else {
            format!("{prefix}/")
        };
        Ok(Git {
            root: root.to_path_buf(),
            prefix,
        })
    }

    /// Resolve a revision to a commit id.
    pub fn resolve(&self, rev: &str) -> Result<String, DataError> {
        run(
            &self.root,
            &[
                "rev-parse",
                "--verify",
                "--quiet",
                &format!("{rev}^{{commit}}"),
            ],
        )
        .map(|s| s.trim().to_string())
        .map_err(|_| DataError::Git {
            message: format!("unknown revision `{rev}`"),
        })
    }

    /// The content of `path` (mlo-root relative) at `rev`, if it exists there.
    pub fn show(&self, rev: &str, path: &str) -> Result<Option<String>, DataError> {
        let spec = format!("{rev}:{}{path}", self.prefix);
        let out = Command::new("git")
            .args(["cat-file", "-p", &spec])
            .current_dir(&self.root)
            .stdin(Stdio::null())
            .stderr(Stdio::null())
            .output()
            .map_err(|e| DataError::Git {
                message: format!("cannot run git: {e}"),
            })?;
        if !out.status.success() {
            return Ok(None);
        }
        Ok(Some(String::from_utf8_lossy(&out.stdout).into_owned()))
    }

    /// Every pointer file at `rev`: (mlo-root-relative path, blob id).
    pub fn pointer_files(&self, rev: &str) -> Result<Vec<(String, String)>, DataError> {
        let listing = run(&self.root, &["ls-tree", "-r", "--full-tree", rev])?;
        let mut out = Vec::new();
        for line in listing.lines() {
            // "<mode> blob <id>\t<path>"
            let Some((meta, path)) = line.split_once('\t') else {
                continue;
            };
            let mut parts = meta.split_whitespace();
            let (_, kind, id) = (parts.next(), parts.next(), parts.next());
            if kind != Some("blob") || !path.ends_with(super::pointer::POINTER_SUFFIX) {
                continue;
            }
            if let Some(rel) = path.strip_prefix(&self.prefix)
                && let Some(id) = id
            {
                out.push((rel.to_string(), id.to_string()));
            }
        }
        Ok(out)
    }

    /// Read many blobs at once (`git cat-file --batch`).
    pub fn read_blobs(&self, ids: &[String]) -> Result<Vec<Option<String>>, DataError> {
        let mut child = Command::new("git")
            .args(["cat-file", "--batch"])
            .current_dir(&self.root)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| DataError::Git {
                message: format!("cannot run git: {e}"),
            })?;
        let mut stdin = child.stdin.take().expect("piped");
        let input: String = ids.iter().map(|id| format!("{id}\n")).collect();
        let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
        let mut reader = BufReader::new(child.stdout.take().expect("piped"));
        let mut out = Vec::with_capacity(ids.len());
        for _ in ids {
            let mut header = String::new();
            reader.read_line(&mut header).map_err(|e| DataError::Git {
                message: format!("git cat-file failed: {e}"),
            })?;
            let fields: Vec<&str> = header.split_whitespace().collect();
            if fields.len() == 3 {
                let size: usize = fields[2].parse().unwrap_or(0);
                let mut buf = vec![0u8; size + 1];
                reader.read_exact(&mut buf).map_err(|e| DataError::Git {
                    message: format!("git cat-file failed: {e}"),
                })?;
                buf.pop();
                out.push(Some(String::from_utf8_lossy(&buf).into_owned()));
            } else {
                out.push(None);
            }
        }
        let _ = writer.join();
        let _ = child.wait();
        Ok(out)
    }

    /// Commits that changed `path` (mlo-root relative), newest first: (id, ISO date, subject).
    pub fn log(&self, path: &str) -> Result<Vec<(String, String, String)>, DataError> {
        let spec = format!("{}{path}", self.prefix);
        let text = run(
            &self.root,
            &[
                "log",
                "--format=%H%x1f%cI%x1f%s",
                "--full-history",
                "--",
                &format!(":(top){spec}"),
            ],
        )?;
        Ok(text
            .lines()
            .filter_map(|l| {
                let mut p = l.split('\x1f');
                Some((
                    p.next()?.to_string(),
                    p.next()?.to_string(),
                    p.next().unwrap_or("").to_string(),
                ))
            })
            .collect())
    }

    /// Every commit reachable from any ref.
    pub fn all_commits(&self) -> Result<Vec<String>, DataError> {
        Ok(run(&self.root, &["rev-list", "--all"])?
            .lines()
            .map(str::to_string)
            .collect())
    }
}

fn run(dir: &Path, args: &[&str]) -> Result<String, DataError> {
    let out = Command::new("git")
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::null())
        .output()
        .map_err(|e| DataError::Git {
            message: format!("cannot run git: {e}"),
        })?;
    if !out.status.success() {
        let err = String::from_utf8_lossy(&out.stderr);
        let message = err
            .lines()
            .next()
            .unwrap_or("git failed")
            .trim_start_matches("fatal: ")
            .to_string();
        return Err(DataError::Git { message });
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}
