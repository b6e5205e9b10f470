//! Walking the workspace and turning it into a [`Tree`] of digests as cheaply as possible.
//!
//! The walk is parallel (one rayon task per directory) and uses `lstat` only. Each file's
//! (device, inode, size, mtime_ns, ctime_ns) is looked up in the stat cache; a hit whose mtime
//! is older than the moment it was hashed (git's racy-timestamp guard, [`RACY_NS`]) gives the
//! digest without reading the file. Misses are hashed in parallel, and optionally ingested
//! into the store in the same pass. A file whose stat changes while it is being hashed is an
//! error, never a wrong digest.

use std::collections::{BTreeMap, HashMap};
use std::fs;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use rayon::prelude::*;

use super::DataError;
use super::tree::{Node, Tree, symlink_stays_inside, valid_name};
use crate::store::{Digest, Durability, LinkMode, Store, StoreError, hash_file};

/// A cache entry is trusted only if the file's mtime is at least this much older than the
/// moment it was hashed: a write in the same timestamp tick could otherwise go unseen.
pub const RACY_NS: i64 = 50_000_000;

/// What `lstat` says about a file, as the stat cache keys it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FileStat {
    /// Device.
    pub dev: u64,
    /// Inode.
    pub ino: u64,
    /// Bytes.
    pub size: u64,
    /// Modification time, ns since the epoch.
    pub mtime_ns: i64,
    /// Status-change time, ns since the epoch.
    pub ctime_ns: i64,
    /// Permission bits.
    pub mode: u32,
}

impl FileStat {
    /// From metadata.
    pub fn of(m: &fs::Metadata) -> Self {
        FileStat {
            dev: m.dev(),
            ino: m.ino(),
            size: m.len(),
            mtime_ns: m.mtime() * 1_000_000_000 + m.mtime_nsec(),
            ctime_ns: m.ctime() * 1_000_000_000 + m.ctime_nsec(),
            mode: m.mode(),
        }
    }

    /// Whether the owner-executable bit is set.
    pub fn exec(&self) -> bool {
        self.mode & 0o100 != 0
    }
}

/// A stat cache entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CacheEntry {
    /// The stat the digest belongs to.
    pub stat: FileStat,
    /// The digest.
    pub digest: Digest,
    /// When it was hashed (ns since the epoch, wall clock).
    pub checked_ns: i64,
}

impl CacheEntry {
    /// Whether this entry vouches for a file that now has `stat`.
    pub fn matches(&self, stat: &FileStat) -> bool {
        self.stat.dev == stat.dev
            && self.stat.ino == stat.ino
            && self.stat.size == stat.size
            && self.stat.mtime_ns == stat.mtime_ns
            && self.stat.ctime_ns == stat.ctime_ns
            && stat.mtime_ns < self.checked_ns - RACY_NS
    }
}

/// The workspace as walked: files carry their stat until their digest is known.
#[derive(Debug)]
pub enum Walked {
    /// A regular file.
    File(FileStat),
    /// A directory.
    Dir(BTreeMap<String, Walked>),
    /// A symlink and its target.
    Symlink(String),
}

/// Walk a directory in parallel. `rel` is its path relative to the dataset root, for errors
/// and symlink checks.
pub fn walk_dir(abs: &Path, depth: usize) -> Result<BTreeMap<String, Walked>, DataError> {
    let read = fs::read_dir(abs).map_err(|e| DataError::io("read directory", abs, e))?;
    let mut names = Vec::new();
    for entry in read {
        let entry = entry.map_err(|e| DataError::io("read directory", abs, e))?;
        let name = entry
            .file_name()
            .into_string()
            .map_err(|n| DataError::BadName {
                path: abs.join(PathBuf::from(n)),
                reason: "the name is not valid UTF-8".into(),
            })?;
        if !valid_name(&name) {
            return Err(DataError::BadName {
                path: abs.join(&name),
                reason: "unsupported file name".into(),
            });
        }
        names.push(name);
    }
    let results: Result<Vec<(String, Walked)>, DataError> = names
        .into_par_iter()
        .map(|name| {
            let path = abs.join(&name);
            let meta = fs::symlink_metadata(&path).map_err(|e| DataError::io("stat", &path, e))?;
            let ft = meta.file_type();
            let node = if ft.is_symlink() {
                let target = fs::read_link(&path).map_err(|e| DataError::io("read link", &path, e))?;
                let target = target.to_str().map(str::to_string).ok_or_else(|| DataError::BadName {
                    path: path.clone(),
                    reason: "the link target is not valid UTF-8".into(),
                })?;
                if !symlink_stays_inside(depth, &target) {
                    return Err(DataError::BadName {
                        path: path.clone(),
                        reason: format!("symlink points outside the dataset ({target}); mlo stores symlinks as links and refuses ones that escape"),
                    });
                }
                Walked::Symlink(target)
            } else if ft.is_dir() {
                Walked::Dir(walk_dir(&path, depth + 1)?)
            } else if ft.is_file() {
                Walked::File(FileStat::of(&meta))
            } else {
                return Err(DataError::BadName { path: path.clone(), reason: "not a regular file, directory or symlink".into() });
            };
            Ok((name, node))
        })
        .collect();
    Ok(results?.into_iter().collect())
}

/// How digests are obtained for files the cache does not vouch for.
#[derive(Debug, Clone, Copy)]
pub enum Hashing<'a> {
    /// Only hash (status, diff).
    Only,
    /// Hash and put into the store with this link mode (add).
    Ingest(&'a Store, LinkMode),
}

/// The outcome of resolving a walked tree.
#[derive(Debug, Default)]
pub struct Resolved {
    /// New cache entries to write (files that were hashed).
    pub cache_updates: Vec<(String, CacheEntry)>,
    /// Files hashed.
    pub hashed_files: u64,
    /// Bytes hashed.
    pub hashed_bytes: u64,
    /// Objects newly written to the store.
    pub new_objects: u64,
}

/// Turn a walked tree into a [`Tree`]: cached digests where the cache vouches, hashing (and
/// ingesting) the rest in parallel. `prefix` is the dataset's repo-relative path (cache keys
/// are repo-relative paths).
pub fn resolve(
    walked: BTreeMap<String, Walked>,
    root_abs: &Path,
    prefix: &str,
    cache: &HashMap<String, CacheEntry>,
    hashing: Hashing<'_>,
    now_ns: i64,
    progress: &(dyn Fn(u64) + Sync),
) -> Result<(Tree, Resolved), DataError> {
    // Collect files that need hashing.
    // When ingesting, a cache hit also needs its object in the store (`mlo data status`
    // caches digests of files it never stored); those existence checks run in parallel.
    let mut todo: Vec<(String, FileStat)> = Vec::new();
    let mut hits: Vec<(String, FileStat, Digest)> = Vec::new();
    collect_misses(&walked, "", prefix, cache, &mut todo, &mut hits);
    if let Hashing::Ingest(store, _) = hashing {
        let unstored: Vec<(String, FileStat)> = hits
            .into_par_iter()
            .filter(|(_, _, d)| !store.has(d))
            .map(|(rel, stat, _)| (rel, stat))
            .collect();
        todo.extend(unstored);
    }
    let new_objects = AtomicU64::new(0);
    let hashed: Result<Vec<(String, CacheEntry)>, DataError> = todo
        .into_par_iter()
        .map(|(rel, stat)| {
            let abs = if rel.is_empty() {
                root_abs.to_path_buf()
            } else {
                root_abs.join(&rel)
            };
            let (digest, final_stat, written) = hash_one(&abs, stat, hashing)?;
            if written {
                new_objects.fetch_add(1, Ordering::Relaxed);
            }
            progress(stat.size);
            Ok((
                rel,
                CacheEntry {
                    stat: final_stat,
                    digest,
                    checked_ns: now_ns,
                },
            ))
        })
        .collect();
    let hashed: HashMap<String, CacheEntry> = hashed?.into_iter().collect();
    let mut resolved = Resolved {
        hashed_files: hashed.len() as u64,
        hashed_bytes: hashed.values().map(|e| e.stat.size).sum(),
        new_objects: new_objects.into_inner(),
        ..Resolved::default()
    };
    let tree = build(walked, "", prefix, cache, &hashed);
    resolved.cache_updates = hashed
        .into_iter()
        .map(|(rel, e)| (cache_key(prefix, &rel), e))
        .collect();
    Ok((tree, resolved))
}

/// The cache key of a file: its repo-relative path.
pub fn cache_key(prefix: &str, rel: &str) -> String {
    match (prefix.is_empty(), rel.is_empty()) {
        (true, _) => rel.to_string(),
        (false, true) => prefix.to_string(),
        (false, false) => format!("{prefix}/{rel}"),
    }
}

fn collect_misses(
    walked: &BTreeMap<String, Walked>,
    rel: &str,
    prefix: &str,
    cache: &HashMap<String, CacheEntry>,
    out: &mut Vec<(String, FileStat)>,
    hits: &mut Vec<(String, FileStat, Digest)>,
) {
    for (name, node) in walked {
        let path = super::tree::join(rel, name);
        match node {
            Walked::File(stat) => match cache
                .get(&cache_key(prefix, &path))
                .filter(|e| e.matches(stat))
            {
                Some(e) => hits.push((path, *stat, e.digest)),
                None => out.push((path, *stat)),
            },
            Walked::Dir(sub) => collect_misses(sub, &path, prefix, cache, out, hits),
            Walked::Symlink(_) => {}
        }
    }
}

fn build(
    walked: BTreeMap<String, Walked>,
    rel: &str,
    prefix: &str,
    cache: &HashMap<String, CacheEntry>,
    hashed: &HashMap<String, CacheEntry>,
) -> Tree {
    let mut tree = Tree::default();
    for (name, node) in walked {
        let path = super::tree::join(rel, &name);
        let n = match node {
            Walked::File(stat) => {
                let entry = hashed
                    .get(&path)
                    .or_else(|| cache.get(&cache_key(prefix, &path)))
                    .expect("every file was either cached or hashed");
                Node::File {
                    digest: entry.digest,
                    size: stat.size,
                    exec: stat.exec(),
                }
            }
            Walked::Dir(sub) => Node::Dir(build(sub, &path, prefix, cache, hashed)),
            Walked::Symlink(target) => Node::Symlink { target },
        };
        tree.entries.insert(name, n);
    }
    tree
}

/// Hash one file (and ingest it), checking that it did not change meanwhile. Returns the
/// digest, the file's stat afterwards (what the cache should remember), and whether a new
/// object was written.
pub fn hash_one(
    abs: &Path,
    before: FileStat,
    hashing: Hashing<'_>,
) -> Result<(Digest, FileStat, bool), DataError> {
    let changed = || DataError::Changed {
        path: abs.to_path_buf(),
    };
    let restat = || -> Result<FileStat, DataError> {
        fs::symlink_metadata(abs)
            .map(|m| FileStat::of(&m))
            .map_err(|e| DataError::io("stat", abs, e))
    };
    let same =
        |a: &FileStat, b: &FileStat| a.ino == b.ino && a.size == b.size && a.mtime_ns == b.mtime_ns;
    match hashing {
        Hashing::Only => {
            let (digest, size) = hash_file(abs).map_err(|e| DataError::from_store(e, abs))?;
            let after = restat()?;
            if size != before.size || !same(&before, &after) || after.ctime_ns != before.ctime_ns {
                return Err(changed());
            }
            Ok((digest, after, false))
        }
        Hashing::Ingest(store, mode) => {
            let try_hardlink = matches!(mode, LinkMode::Hardlink | LinkMode::Auto);
            if try_hardlink && mode == LinkMode::Auto {
                // A reflink keeps the workspace file independent: prefer it where it works.
                if let Ok(out) = store.put_file(abs, LinkMode::Reflink, Durability::Batch) {
                    let after = restat()?;
                    if !same(&before, &after) || out.size != before.size {
                        return Err(changed());
                    }
                    return Ok((out.digest, after, out.written));
                }
            }
            if try_hardlink {
                let (digest, size) = hash_file(abs).map_err(|e| DataError::from_store(e, abs))?;
                let mid = restat()?;
                if size != before.size || !same(&before, &mid) || mid.ctime_ns != before.ctime_ns {
                    return Err(changed());
                }
                match store.adopt_hardlink(abs, &digest) {
                    Ok(written) => {
                        let after = restat()?;
                        if !same(&mid, &after) {
                            return Err(changed());
                        }
                        return Ok((digest, after, written));
                    }
                    // Another filesystem: fall through to a copy.
                    Err(StoreError::Io { source, .. }) if source.raw_os_error() == Some(18) => {}
                    Err(e) => return Err(DataError::from_store(e, abs)),
                }
            }
            let out = store
                .put_file(abs, LinkMode::Copy, Durability::Batch)
                .map_err(|e| DataError::from_store(e, abs))?;
            let after = restat()?;
            if !same(&before, &after) || out.size != before.size {
                return Err(changed());
            }
            Ok((out.digest, after, out.written))
        }
    }
}

/// Make a workspace file writable again if it is a read-only link into the store.
pub fn make_writable(path: &Path) -> std::io::Result<()> {
    let mut perms = fs::metadata(path)?.permissions();
    perms.set_mode(perms.mode() | 0o200);
    fs::set_permissions(path, perms)
}
