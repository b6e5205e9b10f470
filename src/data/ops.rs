//! The `mlo data` operations: add, status, checkout, diff, log, ls, rm, verify, unprotect.
//! Each takes options and returns an outcome for `output`; none prints.

use std::collections::{BTreeMap, HashMap};
use std::fs;
use std::path::{Path, PathBuf};

use rusqlite::params;
use serde::Serialize;

use super::pointer::{Kind, POINTER_SUFFIX, POINTER_VERSION, Pointer, data_path, pointer_path};
use super::scan::{self, CacheEntry, FileStat, Hashing, Walked};
use super::tree::{self, Change, Node, Tree};
use super::{DataError, load_cache, now_ns, save_cache};
use crate::audit::{NewEvent, Target};
use crate::error::Error;
use crate::index::{IndexError, index_err};
use crate::records;
use crate::repo::Repo;
use crate::store::{Digest, LinkMode};

/// A dataset path, relative to the repository root, with `/` separators.
pub type DataPath = String;

/// Turn a user-given path (absolute, or relative to `cwd`) into a dataset path.
pub fn dataset_path(repo: &Repo, cwd: &Path, given: &Path) -> Result<DataPath, DataError> {
    let abs = if given.is_absolute() {
        given.to_path_buf()
    } else {
        cwd.join(given)
    };
    let mut norm = PathBuf::new();
    for c in abs.components() {
        match c {
            std::path::Component::CurDir => {}
            std::path::Component::ParentDir => {
                norm.pop();
            }
            other => norm.push(other),
        }
    }
    let bad = |reason: &str| DataError::BadPath {
        path: given.to_path_buf(),
        reason: reason.into(),
    };
    let rel = norm
        .strip_prefix(repo.root())
        .map_err(|_| bad("is outside the repository"))?
        .to_str()
        .ok_or_else(|| bad("is not valid UTF-8"))?
        .trim_end_matches('/')
        .to_string();
    if rel.is_empty() {
        return Err(bad(
            "is the repository root; track a file or a subdirectory",
        ));
    }
    if rel == ".mlo" || rel.starts_with(".mlo/") || rel == ".git" || rel.starts_with(".git/") {
        return Err(bad("is inside `.mlo/` or `.git/`"));
    }
    Ok(rel)
}

fn abs(repo: &Repo, rel: &str) -> PathBuf {
    repo.root().join(rel)
}

/// Read the pointer file of a dataset path, if there is one.
pub fn read_pointer(repo: &Repo, rel: &str) -> Result<Option<Pointer>, DataError> {
    let p = pointer_path(&abs(repo, rel));
    if !p.exists() {
        return Ok(None);
    }
    Ok(Some(Pointer::load(&p)?))
}

/// Every pointer file in the workspace, as dataset paths, sorted. Does not descend into
/// tracked datasets, `.git`, `.mlo` or `target`.
pub fn find_pointers(repo: &Repo) -> Result<Vec<DataPath>, DataError> {
    let mut out = Vec::new();
    find_in(repo.root(), "", &mut out)?;
    out.sort();
    Ok(out)
}

fn find_in(dir: &Path, rel: &str, out: &mut Vec<DataPath>) -> Result<(), DataError> {
    let mut names = Vec::new();
    for entry in fs::read_dir(dir).map_err(|e| DataError::io("read directory", dir, e))? {
        let entry = entry.map_err(|e| DataError::io("read directory", dir, e))?;
        let is_dir = entry.file_type().map(|t| t.is_dir()).unwrap_or(false);
        if let Ok(name) = entry.file_name().into_string() {
            names.push((name, is_dir));
        }
    }
    let tracked: Vec<String> = names
        .iter()
        .filter(|(n, d)| !d && n.ends_with(POINTER_SUFFIX) && n.len() > POINTER_SUFFIX.len())
        .map(|(n, _)| n[..n.len() - POINTER_SUFFIX.len()].to_string())
        .collect();
    for t in &tracked {
        out.push(tree::join(rel, t));
    }
    for (name, is_dir) in names {
        if !is_dir
            || tracked.contains(&name)
            || (rel.is_empty() && matches!(name.as_str(), ".git" | ".mlo" | "target"))
        {
            continue;
        }
        find_in(&dir.join(&name), &tree::join(rel, &name), out)?;
    }
    Ok(())
}

/// Options of `mlo data add`.
#[derive(Debug, Clone)]
pub struct AddOptions {
    /// Dataset paths.
    pub paths: Vec<DataPath>,
    /// A description for the pointer file (kept from the old pointer when absent).
    pub description: Option<String>,
    /// How files enter the store.
    pub link: LinkMode,
}

/// What `mlo data add` did to one dataset.
#[derive(Debug, Clone, Serialize)]
pub struct AddOutcome {
    /// Dataset path.
    pub path: DataPath,
    /// File or directory.
    pub kind: Kind,
    /// The new digest.
    pub blake3: Digest,
    /// Total bytes.
    pub size: u64,
    /// Files (directories).
    pub files: Option<u64>,
    /// The previous digest, if the dataset was tracked.
    pub previous: Option<Digest>,
    /// False when the data was already tracked at this version (nothing was written).
    pub changed: bool,
    /// Files that had to be hashed (the rest came from the stat cache).
    pub hashed_files: u64,
    /// Bytes hashed.
    pub hashed_bytes: u64,
    /// Objects newly written to the store (files and manifests).
    pub new_objects: u64,
}

/// `mlo data add`.
pub fn add(
    repo: &Repo,
    opts: &AddOptions,
    progress: &(dyn Fn(u64) + Sync),
) -> Result<Vec<AddOutcome>, Error> {
    let mut index = repo.open_index()?;
    let mut outcomes = Vec::new();
    for rel in &opts.paths {
        outcomes.push(add_one(repo, &mut index, rel, opts, progress)?);
    }
    Ok(outcomes)
}

fn add_one(
    repo: &Repo,
    index: &mut crate::index::Index,
    rel: &str,
    opts: &AddOptions,
    progress: &(dyn Fn(u64) + Sync),
) -> Result<AddOutcome, Error> {
    let path = abs(repo, rel);
    if rel.ends_with(POINTER_SUFFIX)
        && data_path(Path::new(rel)).is_some_and(|d| abs(repo, d.to_str().unwrap_or("")).exists())
    {
        return Err(DataError::BadPath {
            path: path.clone(),
            reason: "is a pointer file; add the data path instead".into(),
        }
        .into());
    }
    let meta = fs::symlink_metadata(&path).map_err(|e| DataError::io("read", &path, e))?;
    // A dataset may not live inside another one.
    let mut ancestor = Path::new(rel).parent();
    while let Some(a) = ancestor.filter(|a| !a.as_os_str().is_empty()) {
        if pointer_path(&abs(repo, a.to_str().unwrap_or(""))).exists() {
            return Err(DataError::BadPath {
                path: path.clone(),
                reason: format!(
                    "is inside the tracked dataset `{}`; re-add that instead",
                    a.display()
                ),
            }
            .into());
        }
        ancestor = a.parent();
    }
    let old = read_pointer(repo, rel)?;
    let cache = load_cache(index, rel)?;
    let now = now_ns();
    let store = repo.objects();
    let (kind, digest, size, files, resolved, manifests) = if meta.file_type().is_symlink() {
        return Err(DataError::BadPath {
            path,
            reason: "is a symlink; add the file or directory it points to".into(),
        }
        .into());
    } else if meta.is_dir() {
        let walked = scan::walk_dir(&path, 0)?;
        if let Some(nested) = find_nested_pointer(&walked, "") {
            return Err(DataError::BadPath {
                path: path.clone(),
                reason: format!("contains the pointer file `{nested}`; mlo does not nest datasets (`mlo data rm` it first)"),
            }
            .into());
        }
        let (mut t, resolved) = scan::resolve(
            walked,
            &path,
            rel,
            &cache,
            Hashing::Ingest(store, opts.link),
            now,
            progress,
        )?;
        let manifests = t.seal();
        (
            Kind::Dir,
            t.digest.expect("sealed"),
            t.size,
            Some(t.files),
            resolved,
            manifests,
        )
    } else if meta.is_file() {
        let mut walked = BTreeMap::new();
        walked.insert(String::new(), Walked::File(FileStat::of(&meta)));
        let stat = FileStat::of(&meta);
        let hit = cache
            .get(rel)
            .filter(|e| e.matches(&stat) && store.has(&e.digest));
        let (digest, resolved) = match hit {
            Some(e) => (e.digest, scan::Resolved::default()),
            None => {
                let (digest, after, written) =
                    scan::hash_one(&path, stat, Hashing::Ingest(store, opts.link))?;
                progress(stat.size);
                let resolved = scan::Resolved {
                    cache_updates: vec![(
                        rel.to_string(),
                        CacheEntry {
                            stat: after,
                            digest,
                            checked_ns: now,
                        },
                    )],
                    hashed_files: 1,
                    hashed_bytes: stat.size,
                    new_objects: u64::from(written),
                };
                (digest, resolved)
            }
        };
        (Kind::File, digest, stat.size, None, resolved, Vec::new())
    } else {
        return Err(DataError::BadPath {
            path,
            reason: "is not a regular file or directory".into(),
        }
        .into());
    };
    let new_manifests = tree::Tree::store_manifests(&manifests, store)
        .map_err(|e| DataError::from_store(e, &path))?;
    if resolved.new_objects > 0 || new_manifests > 0 {
        store.sync().map_err(|e| DataError::from_store(e, &path))?;
    }
    let previous = old.as_ref().map(|p| p.blake3);
    let changed = old
        .as_ref()
        .is_none_or(|p| p.blake3 != digest || p.kind != kind || p.size != size);
    let description = opts
        .description
        .clone()
        .or_else(|| old.as_ref().and_then(|p| p.description.clone()));
    let pointer = Pointer {
        version: POINTER_VERSION,
        kind,
        blake3: digest,
        size,
        files,
        description: description.clone(),
        meta: old.as_ref().map(|p| p.meta.clone()).unwrap_or_default(),
    };
    let pointer_changed = old.as_ref() != Some(&pointer);
    let outcome = AddOutcome {
        path: rel.to_string(),
        kind,
        blake3: digest,
        size,
        files,
        previous,
        changed,
        hashed_files: resolved.hashed_files,
        hashed_bytes: resolved.hashed_bytes,
        new_objects: resolved.new_objects + new_manifests as u64,
    };
    if !pointer_changed {
        // Nothing about the dataset changed; at most the stat cache learned something.
        if !resolved.cache_updates.is_empty() {
            index.write(|tx| save_cache(tx, &resolved.cache_updates).map_err(index_err))?;
        }
        return Ok(outcome);
    }
    let ppath = pointer_path(&path);
    let created_at = repo.settings().clock.now_rfc3339();
    repo.change(index, |tx| {
        save_cache(tx, &resolved.cache_updates).map_err(index_err)?;
        crate::repo::write_atomic(&ppath, pointer.to_text().as_bytes()).map_err(|e| DataError::io("write", &ppath, e))?;
        ensure_gitignored(&path).map_err(Error::from)?;
        if changed {
            let record = serde_json::json!({
                "type": "dataset_version",
                "version": 1,
                "path": rel,
                "kind": kind.as_str(),
                "blake3": digest,
                "size": size,
                "files": files,
                "created_at": created_at,
            });
            let enc = records::encode(&record);
            tx.execute(
                "INSERT OR IGNORE INTO records (digest, type, created_at, body, materialized) VALUES (?1, ?2, ?3, ?4, 0)",
                params![enc.digest.to_hex(), enc.record_type, created_at, String::from_utf8_lossy(&enc.bytes)],
            )
            .map_err(index_err)?;
            tx.execute(
                "INSERT OR IGNORE INTO dataset_versions (record_digest, path, kind, digest, size, files, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                params![enc.digest.to_hex(), rel, kind.as_str(), digest.to_hex(), size as i64, files.map(|f| f as i64), created_at],
            )
            .map_err(index_err)?;
        }
        let event = if changed {
            NewEvent::success(
                "data.add",
                Target::new("dataset", rel),
                serde_json::json!({"kind": kind.as_str(), "blake3": digest, "previous": previous, "size": size, "files": files,
                    "hashed_files": outcome.hashed_files, "new_objects": outcome.new_objects}),
            )
        } else {
            NewEvent::success(
                "data.describe",
                Target::new("dataset", rel),
                serde_json::json!({"blake3": digest, "description": description}),
            )
        };
        Ok(((), event))
    })?;
    Ok(outcome)
}

fn find_nested_pointer(walked: &BTreeMap<String, Walked>, rel: &str) -> Option<String> {
    for (name, node) in walked {
        let path = tree::join(rel, name);
        match node {
            Walked::File(_) if name.ends_with(POINTER_SUFFIX) => return Some(path),
            Walked::Dir(sub) => {
                if let Some(p) = find_nested_pointer(sub, &path) {
                    return Some(p);
                }
            }
            _ => {}
        }
    }
    None
}

/// Add `/name` to the `.gitignore` beside `path` unless an identical line is there.
fn ensure_gitignored(path: &Path) -> Result<(), DataError> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let line = format!("/{name}");
    let gi = dir.join(".gitignore");
    let text = fs::read_to_string(&gi).unwrap_or_default();
    if text.lines().any(|l| l.trim() == line) {
        return Ok(());
    }
    let mut new = text;
    if !new.is_empty() && !new.ends_with('\n') {
        new.push('\n');
    }
    new.push_str(&line);
    new.push('\n');
    crate::repo::write_atomic(&gi, new.as_bytes()).map_err(|e| DataError::io("write", &gi, e))
}

fn remove_gitignore_line(path: &Path) -> Result<(), DataError> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let line = format!("/{name}");
    let gi = dir.join(".gitignore");
    let Ok(text) = fs::read_to_string(&gi) else {
        return Ok(());
    };
    if !text.lines().any(|l| l.trim() == line) {
        return Ok(());
    }
    let kept: String = text
        .lines()
        .filter(|l| l.trim() != line)
        .map(|l| format!("{l}\n"))
        .collect();
    crate::repo::write_atomic(&gi, kept.as_bytes()).map_err(|e| DataError::io("write", &gi, e))
}

/// The workspace side of a dataset.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum WorkspaceState {
    /// Matches the pointer.
    Unchanged,
    /// Differs from the pointer.
    Modified,
    /// The data path does not exist.
    Missing,
}

/// The store side of a dataset.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum StoreState {
    /// Every object the pointer needs is here (for directories: the root manifest, which is
    /// written last; `--granular` checks every object).
    Present,
    /// Some or all of the objects are not in the local store.
    Missing,
}

/// One dataset's status.
#[derive(Debug, Clone, Serialize)]
pub struct DatasetStatus {
    /// Dataset path.
    pub path: DataPath,
    /// File or directory.
    pub kind: Kind,
    /// Workspace versus pointer.
    pub workspace: WorkspaceState,
    /// Local store versus pointer.
    pub store: StoreState,
    /// The pointer's digest.
    pub blake3: Digest,
    /// With `--granular`: file-level changes inside a directory.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub changes: Vec<Change>,
    /// With `--granular`: objects the pointer needs that the store lacks.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub missing_objects: Option<usize>,
}

impl DatasetStatus {
    /// Whether anything differs.
    pub fn is_clean(&self) -> bool {
        self.workspace == WorkspaceState::Unchanged && self.store == StoreState::Present
    }
}

/// `mlo data status`.
pub fn status(
    repo: &Repo,
    paths: &[DataPath],
    granular: bool,
) -> Result<Vec<DatasetStatus>, Error> {
    let mut index = repo.open_index()?;
    let targets = if paths.is_empty() {
        find_pointers(repo)?
    } else {
        paths.to_vec()
    };
    let mut out = Vec::new();
    let mut cache_updates = Vec::new();
    for rel in targets {
        let pointer = read_pointer(repo, &rel)?.ok_or_else(|| DataError::BadPath {
            path: PathBuf::from(&rel),
            reason: "is not tracked (no pointer file)".into(),
        })?;
        let (st, updates) = status_one(repo, &index, &rel, &pointer, granular)?;
        cache_updates.extend(updates);
        out.push(st);
    }
    if !cache_updates.is_empty() {
        // Racy or changed entries were re-hashed: remember them (local state, not audited).
        // Only a speed-up: a status must still answer when the index cannot be written (a
        // full disk, a read-only checkout), so a failure here is a warning.
        let saved = index.write(|tx| {
            save_cache(tx, &cache_updates)
                .map_err(|e| Error::from(IndexError::at(&repo.index_path())(e)))
        });
        if let Err(e) = saved {
            tracing::warn!("the stat cache was not updated (the next status hashes again): {e}");
        }
    }
    Ok(out)
}

/// A scanned workspace: the sealed tree and the stat cache entries learned while scanning.
type ScannedWorkspace = (Tree, Vec<(String, CacheEntry)>);

/// Scan a dataset's workspace into a sealed tree (directories) or a digest (files).
fn scan_workspace(
    repo: &Repo,
    index: &crate::index::Index,
    rel: &str,
) -> Result<Option<ScannedWorkspace>, Error> {
    let path = abs(repo, rel);
    let meta = match fs::symlink_metadata(&path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(DataError::io("read", &path, e).into()),
    };
    let cache = load_cache(index, rel)?;
    let now = now_ns();
    if meta.is_dir() {
        let walked = scan::walk_dir(&path, 0)?;
        let (mut t, resolved) =
            scan::resolve(walked, &path, rel, &cache, Hashing::Only, now, &|_| {})?;
        t.seal();
        Ok(Some((t, resolved.cache_updates)))
    } else {
        let stat = FileStat::of(&meta);
        let (digest, updates) = match cache.get(rel).filter(|e| e.matches(&stat)) {
            Some(e) => (e.digest, vec![]),
            None => {
                let (d, after, _) = scan::hash_one(&path, stat, Hashing::Only)?;
                (
                    d,
                    vec![(
                        rel.to_string(),
                        CacheEntry {
                            stat: after,
                            digest: d,
                            checked_ns: now,
                        },
                    )],
                )
            }
        };
        let mut t = Tree::default();
        t.entries.insert(
            String::new(),
            Node::File {
                digest,
                size: stat.size,
                exec: stat.exec(),
            },
        );
        t.digest = Some(digest);
        t.size = stat.size;
        t.files = 1;
        Ok(Some((t, updates)))
    }
}

fn status_one(
    repo: &Repo,
    index: &crate::index::Index,
    rel: &str,
    pointer: &Pointer,
    granular: bool,
) -> Result<(DatasetStatus, Vec<(String, CacheEntry)>), Error> {
    let store = repo.objects();
    let scanned = scan_workspace(repo, index, rel)?;
    let (workspace, updates, ws_tree) = match scanned {
        None => (WorkspaceState::Missing, vec![], None),
        Some((t, updates)) => {
            let same = t.digest == Some(pointer.blake3)
                && (pointer.kind == Kind::Dir) != t.entries.contains_key("");
            (
                if same {
                    WorkspaceState::Unchanged
                } else {
                    WorkspaceState::Modified
                },
                updates,
                Some(t),
            )
        }
    };
    let mut missing_objects = None;
    let root_present = store.has(&pointer.blake3);
    let mut stored_tree = None;
    if granular && pointer.kind == Kind::Dir && root_present {
        if let Ok(t) = Tree::load(store, &pointer.blake3) {
            let mut all = Vec::new();
            t.all_digests(&mut all);
            missing_objects = Some(all.iter().filter(|d| !store.has(d)).count());
            stored_tree = Some(t);
        }
    } else if granular {
        missing_objects = Some(usize::from(!root_present));
    }
    let store_state = if root_present && missing_objects.unwrap_or(0) == 0 {
        StoreState::Present
    } else {
        StoreState::Missing
    };
    let mut changes = Vec::new();
    if granular
        && workspace == WorkspaceState::Modified
        && let (Some(old), Some(new)) = (stored_tree.as_ref(), ws_tree.as_ref())
    {
        changes = tree::diff(old, new);
    }
    Ok((
        DatasetStatus {
            path: rel.to_string(),
            kind: pointer.kind,
            workspace,
            store: store_state,
            blake3: pointer.blake3,
            changes,
            missing_objects,
        },
        updates,
    ))
}

/// Options of `mlo data checkout`.
#[derive(Debug, Clone)]
pub struct CheckoutOptions {
    /// Dataset paths (empty: every pointer file).
    pub paths: Vec<DataPath>,
    /// Read the pointer files at this git revision instead of the workspace's.
    pub rev: Option<String>,
    /// Overwrite modified files.
    pub force: bool,
    /// How files leave the store.
    pub link: LinkMode,
}

/// What checkout did to one dataset.
#[derive(Debug, Clone, Default, Serialize)]
pub struct CheckoutOutcome {
    /// Dataset path.
    pub path: DataPath,
    /// Files written into the workspace.
    pub written: u64,
    /// Files already matching.
    pub unchanged: u64,
    /// Modified files kept because `--force` was not given.
    pub kept: Vec<String>,
    /// Files removed because the version does not have them (their content is in the store).
    pub removed: u64,
}

/// `mlo data checkout`.
pub fn checkout(
    repo: &Repo,
    opts: &CheckoutOptions,
    progress: &(dyn Fn(u64) + Sync),
) -> Result<Vec<CheckoutOutcome>, Error> {
    let mut index = repo.open_index()?;
    let pointers: Vec<(DataPath, Pointer)> = match &opts.rev {
        None => {
            let paths = if opts.paths.is_empty() {
                find_pointers(repo)?
            } else {
                opts.paths.clone()
            };
            let mut v = Vec::new();
            for p in paths {
                let ptr = read_pointer(repo, &p)?.ok_or_else(|| DataError::BadPath {
                    path: PathBuf::from(&p),
                    reason: "is not tracked (no pointer file)".into(),
                })?;
                v.push((p, ptr));
            }
            v
        }
        Some(rev) => {
            let git = super::git::Git::open(repo.root())?;
            let commit = git.resolve(rev)?;
            let all = git.pointer_files(&commit)?;
            let mut v = Vec::new();
            for (ppath, _) in all {
                let Some(data) =
                    data_path(Path::new(&ppath)).and_then(|d| d.to_str().map(str::to_string))
                else {
                    continue;
                };
                if !opts.paths.is_empty() && !opts.paths.contains(&data) {
                    continue;
                }
                let text = git.show(&commit, &ppath)?.unwrap_or_default();
                let ptr = Pointer::parse(Path::new(&format!("{rev}:{ppath}")), &text)?;
                v.push((data, ptr));
            }
            for p in &opts.paths {
                if !v.iter().any(|(d, _)| d == p) {
                    return Err(DataError::BadPath {
                        path: PathBuf::from(p),
                        reason: format!("is not tracked at `{rev}`"),
                    }
                    .into());
                }
            }
            v
        }
    };
    let mut outcomes = Vec::new();
    let mut cache_updates = Vec::new();
    for (rel, pointer) in pointers {
        let (o, updates) = checkout_one(repo, &index, &rel, &pointer, opts, progress)?;
        cache_updates.extend(updates);
        outcomes.push(o);
    }
    if !cache_updates.is_empty() {
        index.write(|tx| save_cache(tx, &cache_updates).map_err(index_err))?;
    }
    Ok(outcomes)
}

fn checkout_one(
    repo: &Repo,
    index: &crate::index::Index,
    rel: &str,
    pointer: &Pointer,
    opts: &CheckoutOptions,
    progress: &(dyn Fn(u64) + Sync),
) -> Result<(CheckoutOutcome, Vec<(String, CacheEntry)>), Error> {
    let store = repo.objects();
    let path = abs(repo, rel);
    let mut outcome = CheckoutOutcome {
        path: rel.to_string(),
        ..CheckoutOutcome::default()
    };
    let now = now_ns();
    let want: Tree = match pointer.kind {
        Kind::File => {
            let mut t = Tree::default();
            t.entries.insert(
                String::new(),
                Node::File {
                    digest: pointer.blake3,
                    size: pointer.size,
                    exec: false,
                },
            );
            t
        }
        Kind::Dir => {
            if !store.has(&pointer.blake3) {
                return Err(DataError::NotInStore {
                    path: rel.to_string(),
                    missing: 1,
                }
                .into());
            }
            Tree::load(store, &pointer.blake3)?
        }
    };
    let wanted_files = want.files();
    let missing = wanted_files
        .iter()
        .filter(|(_, d, _, _)| !store.has(d))
        .count();
    if missing > 0 {
        return Err(DataError::NotInStore {
            path: rel.to_string(),
            missing,
        }
        .into());
    }
    // What is in the workspace now (digests via the stat cache).
    let current: HashMap<String, Digest> = match scan_workspace(repo, index, rel)? {
        None => HashMap::new(),
        Some((t, _)) if pointer.kind == Kind::File || t.entries.contains_key("") => {
            t.files().into_iter().map(|(p, d, _, _)| (p, d)).collect()
        }
        Some((t, _)) => t.files().into_iter().map(|(p, d, _, _)| (p, d)).collect(),
    };
    if pointer.kind == Kind::Dir && path.is_file() {
        if !opts.force {
            outcome.kept.push(rel.to_string());
            return Ok((outcome, vec![]));
        }
        fs::remove_file(&path).map_err(|e| DataError::io("remove", &path, e))?;
    }
    let mut updates = Vec::new();
    let wanted: HashMap<&str, &Digest> = wanted_files
        .iter()
        .map(|(p, d, _, _)| (p.as_str(), d))
        .collect();
    // Remove files this version does not have, when their content is safe in the store.
    if pointer.kind == Kind::Dir {
        for (p, d) in &current {
            if wanted.contains_key(p.as_str()) {
                continue;
            }
            let fp = path.join(p);
            if store.has(d) || opts.force {
                fs::remove_file(&fp).map_err(|e| DataError::io("remove", &fp, e))?;
                outcome.removed += 1;
            } else {
                outcome.kept.push(tree::join(rel, p));
            }
        }
    }
    create_dirs(&want, &path)?;
    for (p, digest, size, exec) in &wanted_files {
        let fp = if p.is_empty() {
            path.clone()
        } else {
            path.join(p)
        };
        let cache_key = scan::cache_key(rel, p);
        match current.get(p) {
            Some(d) if d == digest => {
                outcome.unchanged += 1;
                continue;
            }
            Some(_) if !opts.force => {
                outcome.kept.push(cache_key);
                continue;
            }
            Some(_) => {
                fs::remove_file(&fp).map_err(|e| DataError::io("remove", &fp, e))?;
            }
            None => {}
        }
        place(store.object_path(digest).as_path(), &fp, opts.link, *exec)?;
        let meta = fs::symlink_metadata(&fp).map_err(|e| DataError::io("stat", &fp, e))?;
        updates.push((
            cache_key,
            CacheEntry {
                stat: FileStat::of(&meta),
                digest: *digest,
                checked_ns: now,
            },
        ));
        outcome.written += 1;
        progress(*size);
    }
    place_symlinks(&want, &path)?;
    Ok((outcome, updates))
}

fn create_dirs(t: &Tree, dir: &Path) -> Result<(), DataError> {
    if t.entries.contains_key("") {
        if let Some(parent) = dir.parent() {
            fs::create_dir_all(parent).map_err(|e| DataError::io("create directory", parent, e))?;
        }
        return Ok(());
    }
    fs::create_dir_all(dir).map_err(|e| DataError::io("create directory", dir, e))?;
    for (name, node) in &t.entries {
        if let Node::Dir(sub) = node {
            create_dirs(sub, &dir.join(name))?;
        }
    }
    Ok(())
}

fn place_symlinks(t: &Tree, dir: &Path) -> Result<(), DataError> {
    for (name, node) in &t.entries {
        match node {
            Node::Symlink { target } => {
                let p = dir.join(name);
                if fs::symlink_metadata(&p).is_err() {
                    std::os::unix::fs::symlink(target, &p)
                        .map_err(|e| DataError::io("create symlink", &p, e))?;
                }
            }
            Node::Dir(sub) => place_symlinks(sub, &dir.join(name))?,
            Node::File { .. } => {}
        }
    }
    Ok(())
}

/// Put a store object at `dest`: reflink, hard link or copy as `mode` says. Executable files
/// are always copied (the shared object must stay read-only and non-executable).
fn place(object: &Path, dest: &Path, mode: LinkMode, exec: bool) -> Result<(), DataError> {
    use std::os::unix::fs::PermissionsExt;
    let link_ok = !exec && matches!(mode, LinkMode::Auto | LinkMode::Hardlink);
    if matches!(mode, LinkMode::Auto | LinkMode::Reflink)
        && reflink_copy::reflink(object, dest).is_ok()
    {
        return set_mode(dest, if exec { 0o755 } else { 0o644 });
    }
    if link_ok {
        match fs::hard_link(object, dest) {
            Ok(()) => return Ok(()),
            Err(e) if e.raw_os_error() == Some(18) => {}
            Err(e) => return Err(DataError::io("link", dest, e)),
        }
    }
    fs::copy(object, dest).map_err(|e| DataError::io("write", dest, e))?;
    let _ = PermissionsExt::mode(
        &fs::metadata(dest)
            .map_err(|e| DataError::io("stat", dest, e))?
            .permissions(),
    );
    set_mode(dest, if exec { 0o755 } else { 0o644 })
}

fn set_mode(path: &Path, mode: u32) -> Result<(), DataError> {
    use std::os::unix::fs::PermissionsExt;
    fs::set_permissions(path, fs::Permissions::from_mode(mode))
        .map_err(|e| DataError::io("set permissions on", path, e))
}

/// `mlo data diff` outcome for one dataset.
#[derive(Debug, Clone, Serialize)]
pub struct DatasetDiff {
    /// Dataset path.
    pub path: DataPath,
    /// Digest on the old side (None: not tracked there).
    pub old: Option<Digest>,
    /// Digest on the new side (None: not tracked there).
    pub new: Option<Digest>,
    /// File-level changes (a file dataset's own path is ``).
    pub changes: Vec<Change>,
}

/// One side of a diff.
#[derive(Debug, Clone)]
pub enum DiffSide {
    /// The workspace (actual files).
    Workspace,
    /// Pointer files at a git revision.
    Rev(String),
}

/// `mlo data diff`: between the workspace and a revision, or two revisions.
pub fn diff(repo: &Repo, old: &DiffSide, new: &DiffSide) -> Result<Vec<DatasetDiff>, Error> {
    let index = repo.open_index()?;
    let git = super::git::Git::open(repo.root())?;
    let side_pointers = |side: &DiffSide| -> Result<BTreeMap<DataPath, Pointer>, Error> {
        match side {
            DiffSide::Workspace => {
                let mut m = BTreeMap::new();
                for p in find_pointers(repo)? {
                    if let Some(ptr) = read_pointer(repo, &p)? {
                        m.insert(p, ptr);
                    }
                }
                Ok(m)
            }
            DiffSide::Rev(rev) => {
                let commit = git.resolve(rev)?;
                let files = git.pointer_files(&commit)?;
                let ids: Vec<String> = files.iter().map(|(_, id)| id.clone()).collect();
                let blobs = git.read_blobs(&ids)?;
                let mut m = BTreeMap::new();
                for ((ppath, _), text) in files.iter().zip(blobs) {
                    let Some(data) =
                        data_path(Path::new(ppath)).and_then(|d| d.to_str().map(str::to_string))
                    else {
                        continue;
                    };
                    let ptr = Pointer::parse(
                        Path::new(&format!("{rev}:{ppath}")),
                        &text.unwrap_or_default(),
                    )?;
                    m.insert(data, ptr);
                }
                Ok(m)
            }
        }
    };
    let old_ptrs = side_pointers(old)?;
    let new_ptrs = side_pointers(new)?;
    let mut paths: Vec<&DataPath> = old_ptrs.keys().chain(new_ptrs.keys()).collect();
    paths.sort();
    paths.dedup();
    let store = repo.objects();
    let load_side =
        |side: &DiffSide, rel: &str, ptr: Option<&Pointer>| -> Result<Option<Tree>, Error> {
            match side {
                DiffSide::Workspace => Ok(scan_workspace(repo, &index, rel)?.map(|(t, _)| t)),
                DiffSide::Rev(_) => match ptr {
                    None => Ok(None),
                    Some(p) if p.kind == Kind::File => {
                        let mut t = Tree::default();
                        t.entries.insert(
                            String::new(),
                            Node::File {
                                digest: p.blake3,
                                size: p.size,
                                exec: false,
                            },
                        );
                        t.digest = Some(p.blake3);
                        Ok(Some(t))
                    }
                    Some(p) => {
                        if !store.has(&p.blake3) {
                            return Err(DataError::NotInStore {
                                path: rel.to_string(),
                                missing: 1,
                            }
                            .into());
                        }
                        Ok(Some(Tree::load(store, &p.blake3)?))
                    }
                },
            }
        };
    let mut out = Vec::new();
    for rel in paths {
        let (op, np) = (old_ptrs.get(rel), new_ptrs.get(rel));
        let ot = load_side(old, rel, op)?;
        let nt = load_side(new, rel, np)?;
        let od = ot.as_ref().and_then(|t| t.digest);
        let nd = nt.as_ref().and_then(|t| t.digest);
        if od == nd {
            continue;
        }
        let changes = tree::diff(&ot.unwrap_or_default(), &nt.unwrap_or_default())
            .into_iter()
            .map(|mut c| {
                c.path = scan::cache_key(rel, &c.path);
                if let Some(f) = c.from.take() {
                    c.from = Some(scan::cache_key(rel, &f));
                }
                c
            })
            .collect();
        out.push(DatasetDiff {
            path: rel.clone(),
            old: od,
            new: nd,
            changes,
        });
    }
    Ok(out)
}

/// One version of a dataset in git history.
#[derive(Debug, Clone, Serialize)]
pub struct LogEntry {
    /// Commit id.
    pub commit: String,
    /// Commit date (ISO 8601).
    pub date: String,
    /// Commit subject.
    pub subject: String,
    /// The pointer at that commit (None: removed there).
    pub blake3: Option<Digest>,
    /// Bytes.
    pub size: Option<u64>,
    /// Files (directories).
    pub files: Option<u64>,
}

/// `mlo data log PATH`.
pub fn log(repo: &Repo, rel: &str) -> Result<Vec<LogEntry>, Error> {
    let git = super::git::Git::open(repo.root())?;
    let ppath = format!("{rel}{POINTER_SUFFIX}");
    let mut out = Vec::new();
    for (commit, date, subject) in git.log(&ppath)? {
        let text = git.show(&commit, &ppath)?;
        let ptr = match text {
            Some(t) => Some(Pointer::parse(Path::new(&format!("{commit}:{ppath}")), &t)?),
            None => None,
        };
        out.push(LogEntry {
            commit,
            date,
            subject,
            blake3: ptr.as_ref().map(|p| p.blake3),
            size: ptr.as_ref().map(|p| p.size),
            files: ptr.as_ref().and_then(|p| p.files),
        });
    }
    Ok(out)
}

/// A tracked dataset, for `mlo data ls`.
#[derive(Debug, Clone, Serialize)]
pub struct ListedDataset {
    /// Dataset path.
    pub path: DataPath,
    /// File or directory.
    pub kind: Kind,
    /// Digest.
    pub blake3: Digest,
    /// Bytes.
    pub size: u64,
    /// Files.
    pub files: Option<u64>,
    /// Description.
    pub description: Option<String>,
}

/// A file inside a dataset version, for `mlo data ls PATH`.
#[derive(Debug, Clone, Serialize)]
pub struct ListedFile {
    /// Path relative to the repository.
    pub path: String,
    /// Content digest.
    pub blake3: Digest,
    /// Bytes.
    pub size: u64,
}

/// `mlo data ls`: every tracked dataset.
pub fn list(repo: &Repo) -> Result<Vec<ListedDataset>, Error> {
    let mut out = Vec::new();
    for rel in find_pointers(repo)? {
        if let Some(p) = read_pointer(repo, &rel)? {
            out.push(ListedDataset {
                path: rel,
                kind: p.kind,
                blake3: p.blake3,
                size: p.size,
                files: p.files,
                description: p.description,
            });
        }
    }
    Ok(out)
}

/// `mlo data ls PATH`: the files of the tracked version of one dataset (from the store).
pub fn list_files(repo: &Repo, rel: &str) -> Result<Vec<ListedFile>, Error> {
    let p = read_pointer(repo, rel)?.ok_or_else(|| DataError::BadPath {
        path: PathBuf::from(rel),
        reason: "is not tracked".into(),
    })?;
    if p.kind == Kind::File {
        return Ok(vec![ListedFile {
            path: rel.to_string(),
            blake3: p.blake3,
            size: p.size,
        }]);
    }
    if !repo.objects().has(&p.blake3) {
        return Err(DataError::NotInStore {
            path: rel.to_string(),
            missing: 1,
        }
        .into());
    }
    let t = Tree::load(repo.objects(), &p.blake3)?;
    Ok(t.files()
        .into_iter()
        .map(|(f, d, s, _)| ListedFile {
            path: tree::join(rel, &f),
            blake3: d,
            size: s,
        })
        .collect())
}

/// `mlo data rm`: stop tracking; the data stays in the workspace as writable files of its own.
pub fn remove(repo: &Repo, rel: &str) -> Result<Pointer, Error> {
    let path = abs(repo, rel);
    let p = read_pointer(repo, rel)?.ok_or_else(|| DataError::BadPath {
        path: path.clone(),
        reason: "is not tracked".into(),
    })?;
    let unprotected = unprotect(repo, rel)?;
    let mut index = repo.open_index()?;
    let ppath = pointer_path(&path);
    repo.change(&mut index, |tx| {
        tx.execute(
            "DELETE FROM stat_cache WHERE path = ?1 OR (path >= ?2 AND path < ?3)",
            params![rel, format!("{rel}/"), format!("{rel}0")],
        )
        .map_err(index_err)?;
        fs::remove_file(&ppath).map_err(|e| DataError::io("remove", &ppath, e))?;
        remove_gitignore_line(&path)?;
        Ok((
            (),
            NewEvent::success(
                "data.rm",
                Target::new("dataset", rel),
                serde_json::json!({"blake3": p.blake3, "unprotected_files": unprotected}),
            ),
        ))
    })?;
    Ok(p)
}

/// `mlo data unprotect`: replace read-only links into the store with writable copies, so the
/// files can be edited in place without touching the store. Returns how many were replaced.
pub fn unprotect(repo: &Repo, rel: &str) -> Result<u64, Error> {
    use std::os::unix::fs::MetadataExt;
    let path = abs(repo, rel);
    let mut files = Vec::new();
    collect_regular_files(&path, &mut files)?;
    let mut n = 0;
    for f in files {
        let meta = fs::symlink_metadata(&f).map_err(|e| DataError::io("stat", &f, e))?;
        if meta.nlink() > 1 || meta.permissions().readonly() {
            let tmp = f.with_file_name(format!(
                ".{}.mlo-unprotect",
                f.file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default()
            ));
            fs::copy(&f, &tmp).map_err(|e| DataError::io("copy", &f, e))?;
            scan::make_writable(&tmp).map_err(|e| DataError::io("set permissions on", &tmp, e))?;
            fs::rename(&tmp, &f).map_err(|e| DataError::io("replace", &f, e))?;
            n += 1;
        }
    }
    Ok(n)
}

fn collect_regular_files(path: &Path, out: &mut Vec<PathBuf>) -> Result<(), DataError> {
    let meta = match fs::symlink_metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(DataError::io("stat", path, e)),
    };
    if meta.is_file() {
        out.push(path.to_path_buf());
    } else if meta.is_dir() {
        for e in fs::read_dir(path).map_err(|e| DataError::io("read directory", path, e))? {
            let e = e.map_err(|e| DataError::io("read directory", path, e))?;
            collect_regular_files(&e.path(), out)?;
        }
    }
    Ok(())
}

/// `mlo data verify` outcome.
#[derive(Debug, Clone, Default, Serialize)]
pub struct VerifyOutcome {
    /// Objects checked and sound.
    pub ok: u64,
    /// Objects whose content does not match their name: (digest, dataset paths needing it).
    pub corrupt: Vec<(Digest, Vec<String>)>,
    /// Objects a pointer needs that the store lacks.
    pub missing: Vec<(Digest, Vec<String>)>,
}

/// `mlo data verify`: re-hash every object the workspace's pointer files need.
pub fn verify(repo: &Repo, progress: &(dyn Fn(u64) + Sync)) -> Result<VerifyOutcome, Error> {
    use rayon::prelude::*;
    let store = repo.objects();
    let mut needed: BTreeMap<Digest, Vec<String>> = BTreeMap::new();
    let mut out = VerifyOutcome::default();
    for rel in find_pointers(repo)? {
        let Some(p) = read_pointer(repo, &rel)? else {
            continue;
        };
        match p.kind {
            Kind::File => needed.entry(p.blake3).or_default().push(rel.clone()),
            Kind::Dir => {
                needed.entry(p.blake3).or_default().push(rel.clone());
                match Tree::load(store, &p.blake3) {
                    Ok(t) => {
                        let mut all = Vec::new();
                        t.all_digests(&mut all);
                        for (f, d, _, _) in t.files() {
                            needed.entry(d).or_default().push(tree::join(&rel, &f));
                        }
                        for d in all {
                            needed.entry(d).or_default();
                        }
                    }
                    Err(tree::TreeError::Store(crate::store::StoreError::Missing { .. })) => {}
                    Err(tree::TreeError::Store(crate::store::StoreError::Corrupt {
                        digest,
                        ..
                    })) => {
                        out.corrupt.push((digest, vec![rel.clone()]));
                    }
                    Err(e) => return Err(DataError::from(e).into()),
                }
            }
        }
    }
    let results: Vec<(Digest, Result<(), crate::store::StoreError>)> = needed
        .keys()
        .copied()
        .collect::<Vec<_>>()
        .into_par_iter()
        .map(|d| {
            let r = store.verify_object(&d);
            if let Ok(m) = fs::metadata(store.object_path(&d)) {
                progress(m.len());
            }
            (d, r)
        })
        .collect();
    for (d, r) in results {
        let users = needed.get(&d).cloned().unwrap_or_default();
        match r {
            Ok(()) => out.ok += 1,
            Err(crate::store::StoreError::Missing { .. }) => out.missing.push((d, users)),
            Err(crate::store::StoreError::Corrupt { .. }) => {
                if !out.corrupt.iter().any(|(c, _)| *c == d) {
                    out.corrupt.push((d, users));
                }
            }
            Err(e) => return Err(DataError::from_store(e, &store.object_path(&d)).into()),
        }
    }
    Ok(out)
}
