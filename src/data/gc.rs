//! `mlo data gc`: delete objects nothing needs — a dry run by default.
//!
//! Roots: every pointer file in the workspace; every dataset version the index knows
//! (`dataset_versions`, including versions pulled from elsewhere); every digest mentioned in
//! any record (runs' artifacts, model versions — so other command groups' objects are safe
//! without gc knowing their formats); and with `--all-commits` the pointer files of every git
//! commit. From the roots, manifests are followed down, so an old version's tree is kept whole
//! (the DVC footgun of deleting `.dir` manifests, iterative/dvc#7496, cannot happen). Objects
//! younger than the grace period are never deleted, so a concurrent `mlo data add` that has
//! stored objects but not yet written its pointer loses nothing.

use std::collections::HashSet;
use std::io::Read;
use std::path::Path;
use std::time::{Duration, SystemTime};

use serde::Serialize;

use super::pointer::Pointer;
use super::tree::{self, EntryKind};
use super::{DataError, find_pointers, read_pointer};
use crate::audit::{NewEvent, Target};
use crate::error::Error;
use crate::repo::Repo;
use crate::store::Digest;

/// Options of `mlo data gc`.
#[derive(Debug, Clone)]
pub struct GcOptions {
    /// Also keep everything any git commit's pointer files need.
    pub all_commits: bool,
    /// Actually delete (otherwise a dry run).
    pub delete: bool,
    /// Never delete objects younger than this.
    pub grace: Duration,
}

/// What gc found (and did).
#[derive(Debug, Clone, Default, Serialize)]
pub struct GcOutcome {
    /// Whether this was a dry run.
    pub dry_run: bool,
    /// Root digests found.
    pub roots: usize,
    /// Objects reachable from the roots.
    pub reachable: u64,
    /// Objects in the store.
    pub objects: u64,
    /// Unreachable objects (that were, or would be, deleted).
    pub unreachable: u64,
    /// Their bytes.
    pub unreachable_bytes: u64,
    /// Unreachable objects kept because they are younger than the grace period.
    pub kept_young: u64,
    /// Objects deleted.
    pub deleted: u64,
    /// Bytes freed.
    pub deleted_bytes: u64,
}

/// Run gc.
pub fn gc(repo: &Repo, opts: &GcOptions) -> Result<GcOutcome, Error> {
    let store = repo.objects();
    let mut roots: Vec<Digest> = Vec::new();
    for rel in find_pointers(repo)? {
        if let Some(p) = read_pointer(repo, &rel)? {
            roots.push(p.blake3);
        }
    }
    let mut index = repo.open_index()?;
    {
        let conn = index.conn();
        let mut stmt = conn
            .prepare("SELECT digest FROM dataset_versions")
            .map_err(|e| index.err(e))?;
        let rows = stmt
            .query_map([], |r| r.get::<_, String>(0))
            .map_err(|e| index.err(e))?;
        for r in rows {
            if let Ok(d) = r.map_err(|e| index.err(e))?.parse() {
                roots.push(d);
            }
        }
        let mut stmt = conn
            .prepare("SELECT body FROM records")
            .map_err(|e| index.err(e))?;
        let rows = stmt
            .query_map([], |r| r.get::<_, String>(0))
            .map_err(|e| index.err(e))?;
        for r in rows {
            digests_in(&r.map_err(|e| index.err(e))?, &mut roots);
        }
    }
    if opts.all_commits {
        let git = super::git::Git::open(repo.root())?;
        let mut blob_ids = HashSet::new();
        for commit in git.all_commits()? {
            for (_, id) in git.pointer_files(&commit)? {
                blob_ids.insert(id);
            }
        }
        let ids: Vec<String> = blob_ids.into_iter().collect();
        for (id, text) in ids.iter().zip(git.read_blobs(&ids)?) {
            let Some(text) = text else { continue };
            let p = Pointer::parse(Path::new(&format!("git blob {id}")), &text)?;
            roots.push(p.blake3);
        }
    }
    roots.sort();
    roots.dedup();
    let root_count = roots.len();
    // Mark: follow manifests down from every root.
    let mut marked: HashSet<Digest> = HashSet::new();
    let mut work = roots;
    while let Some(d) = work.pop() {
        if !marked.insert(d) {
            continue;
        }
        if is_manifest(store.object_path(&d).as_path()) {
            let m = tree::read_manifest(store, &d).map_err(DataError::from)?;
            for e in m.entries {
                if matches!(e.kind, EntryKind::File | EntryKind::Dir)
                    && let Some(child) = e.digest
                {
                    work.push(child);
                }
            }
        }
    }
    // Sweep.
    let now = SystemTime::now();
    let mut out = GcOutcome {
        dry_run: !opts.delete,
        roots: root_count,
        ..GcOutcome::default()
    };
    let mut doomed = Vec::new();
    for (d, size) in store.list()? {
        out.objects += 1;
        if marked.contains(&d) {
            out.reachable += 1;
            continue;
        }
        let young = std::fs::symlink_metadata(store.object_path(&d))
            .ok()
            .and_then(|m| {
                use std::os::unix::fs::MetadataExt;
                let newest = m.mtime().max(m.ctime());
                let t = SystemTime::UNIX_EPOCH + Duration::from_secs(newest.max(0) as u64);
                now.duration_since(t).ok()
            })
            .is_none_or(|age| age < opts.grace);
        if young {
            out.kept_young += 1;
            continue;
        }
        out.unreachable += 1;
        out.unreachable_bytes += size;
        doomed.push(d);
    }
    if opts.delete && !doomed.is_empty() {
        for d in &doomed {
            out.deleted_bytes += store.remove(d)?;
            out.deleted += 1;
        }
        let details = serde_json::json!({
            "deleted": out.deleted, "deleted_bytes": out.deleted_bytes, "roots": out.roots,
            "all_commits": opts.all_commits, "grace_seconds": opts.grace.as_secs(),
        });
        repo.change(&mut index, |_| {
            Ok((
                (),
                NewEvent::success("data.gc", Target::new("store", "objects"), details),
            ))
        })?;
    }
    Ok(out)
}

/// Whether the object file at `path` starts like a manifest (cheap; no full parse).
pub fn is_manifest(path: &Path) -> bool {
    let mut head = [0u8; 12];
    std::fs::File::open(path)
        .and_then(|mut f| f.read_exact(&mut head))
        .map(|_| &head == b"{\"entries\":[")
        .unwrap_or(false)
}

/// Every 64-hex-character run in `text` that parses as a digest.
pub fn digests_in(text: &str, out: &mut Vec<Digest>) {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii_hexdigit() && bytes[i].is_ascii_digit()
            || (b'a'..=b'f').contains(&bytes[i])
        {
            let start = i;
            while i < bytes.len()
                && (bytes[i].is_ascii_digit() || (b'a'..=b'f').contains(&bytes[i]))
            {
                i += 1;
            }
            if i - start == 64
                && let Ok(d) = text[start..i].parse()
            {
                out.push(d);
            }
        } else {
            i += 1;
        }
    }
}
