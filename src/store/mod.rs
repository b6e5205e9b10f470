//! The content-addressed object store: immutable blobs named by the blake3 digest of their
//! bytes, under a 2-hex fan-out (`objects/ab/cdef…`).
//!
//! Invariants:
//! - an object's file name is always the digest of its content: every write goes to `tmp/`
//!   first, is hashed there, made read-only, fsynced (unless the caller batches durability),
//!   and only then renamed into place, so a crash never leaves a half object under its name;
//! - `put` of an object that exists is a no-op (objects are immutable);
//! - files in `tmp/` that belong to no live process are stale and removed by
//!   [`Store::clean_tmp`]; readers never look in `tmp/`.
//!
//! The same type serves two namespaces of one repository: `objects/` (data blobs, manifests,
//! artifacts) and `records/` (canonical JSON records); see `records` and docs/architecture.md.

mod digest;
mod link;

use std::fs::{self, File};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

pub use digest::{Digest, DigestParseError};
pub use link::LinkMode;

use crate::error::{ExitCode, io_exit_code};

/// Files at least this large are hashed with blake3's memory-mapped multi-threaded hasher.
pub const PARALLEL_HASH_THRESHOLD: u64 = 1 << 20;

/// Errors from the object store. Each carries the object or path involved.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// An I/O operation failed.
    #[error("cannot {action} `{}`", path.display())]
    Io {
        /// What we were doing.
        action: &'static str,
        /// The file or directory.
        path: PathBuf,
        /// The operating system's error.
        #[source]
        source: io::Error,
    },
    /// The object is not in the store.
    #[error("object {digest} is not in the store")]
    Missing {
        /// The digest asked for.
        digest: Digest,
    },
    /// The object's bytes do not hash to its name.
    #[error("object {digest} is corrupt: its content hashes to {actual}")]
    Corrupt {
        /// The object's name.
        digest: Digest,
        /// What its content hashes to now.
        actual: Digest,
    },
    /// The source changed while it was being stored.
    #[error("`{}` changed while it was being stored", path.display())]
    Changed {
        /// The file.
        path: PathBuf,
    },
}

impl StoreError {
    /// The exit code for this error.
    pub fn exit_code(&self) -> ExitCode {
        match self {
            StoreError::Io { source, .. } => io_exit_code(source),
            StoreError::Missing { .. } | StoreError::Changed { .. } => ExitCode::Usage,
            StoreError::Corrupt { .. } => ExitCode::CheckFailed,
        }
    }

    /// Next steps.
    pub fn hints(&self) -> Vec<String> {
        match self {
            StoreError::Io { source, .. } if is_storage_full(source) => {
                vec!["free some disk space, then run the command again; nothing half-written was kept".into()]
            }
            StoreError::Corrupt { .. } => {
                vec!["run `mlo fsck` to list every corrupt object".into()]
            }
            StoreError::Changed { .. } => {
                vec![
                    "wait until the file is no longer being written, then run the command again"
                        .into(),
                ]
            }
            _ => vec![],
        }
    }
}

/// True for "no space left on device" and "quota exceeded".
pub fn is_storage_full(err: &io::Error) -> bool {
    matches!(err.raw_os_error(), Some(28) | Some(122))
        || err.kind() == io::ErrorKind::StorageFull
        || err.kind() == io::ErrorKind::QuotaExceeded
}

fn io_err<'a>(action: &'static str, path: &'a Path) -> impl FnOnce(io::Error) -> StoreError + 'a {
    move |source| StoreError::Io {
        action,
        path: path.to_path_buf(),
        source,
    }
}

/// How hard a `put` works to make the new object survive a power loss.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Durability {
    /// fsync the object before it is renamed into place (default for single puts).
    Sync,
    /// Skip the per-object fsync; the caller calls [`Store::sync`] once after a batch and
    /// before it records anything that refers to the objects. Process crashes are still safe
    /// (rename is atomic); only a power loss inside the batch window can lose objects, and
    /// nothing refers to them yet.
    Batch,
}

/// What a `put` did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PutOutcome {
    /// The object's digest.
    pub digest: Digest,
    /// Its size in bytes.
    pub size: u64,
    /// False when the object was already in the store (nothing was written).
    pub written: bool,
}

/// Count and size of the objects in a store.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct StoreStats {
    /// Number of objects.
    pub objects: u64,
    /// Total bytes.
    pub bytes: u64,
}

/// The result of re-hashing every object.
#[derive(Debug, Default, serde::Serialize)]
pub struct VerifyReport {
    /// Objects whose content matched their name.
    pub ok: u64,
    /// Objects whose content did not match, with what they hash to now.
    pub corrupt: Vec<(Digest, Digest)>,
    /// Files in the fan-out that are not valid object names.
    pub strays: Vec<PathBuf>,
}

/// A content-addressed store rooted at one directory, staging writes in `tmp`.
#[derive(Debug, Clone)]
pub struct Store {
    root: PathBuf,
    tmp: PathBuf,
}

impl Store {
    /// A store whose objects live under `root` and whose writes are staged in `tmp` (which
    /// must be on the same filesystem so the final rename is atomic).
    pub fn new(root: impl Into<PathBuf>, tmp: impl Into<PathBuf>) -> Self {
        Store {
            root: root.into(),
            tmp: tmp.into(),
        }
    }

    /// Create the directories if missing.
    pub fn create_dirs(&self) -> Result<(), StoreError> {
        fs::create_dir_all(&self.root).map_err(io_err("create directory", &self.root))?;
        fs::create_dir_all(&self.tmp).map_err(io_err("create directory", &self.tmp))
    }

    /// The directory holding the fan-out.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Where the object with this digest lives (whether or not it exists).
    pub fn object_path(&self, digest: &Digest) -> PathBuf {
        let hex = digest.to_hex();
        self.root.join(&hex[..2]).join(&hex[2..])
    }

    /// Whether the object exists.
    pub fn has(&self, digest: &Digest) -> bool {
        self.object_path(digest).is_file()
    }

    /// Store a byte slice.
    pub fn put_bytes(
        &self,
        bytes: &[u8],
        durability: Durability,
    ) -> Result<PutOutcome, StoreError> {
        let digest = Digest::of_bytes(bytes);
        let size = bytes.len() as u64;
        if self.has(&digest) {
            return Ok(PutOutcome {
                digest,
                size,
                written: false,
            });
        }
        let (tmp, mut file) = self.tmp_file()?;
        file.write_all(bytes).map_err(io_err("write", &tmp.path))?;
        let written = self.finish(tmp, file, digest, durability)?;
        Ok(PutOutcome {
            digest,
            size,
            written,
        })
    }

    /// Store everything a reader yields, hashing while writing (memory stays flat).
    pub fn put_reader(
        &self,
        reader: impl Read,
        durability: Durability,
    ) -> Result<PutOutcome, StoreError> {
        let (tmp, mut file) = self.tmp_file()?;
        let mut hasher = blake3::Hasher::new();
        let mut size = 0u64;
        read_chunks(
            reader,
            &mut vec![0u8; 1 << 20],
            Path::new("<input>"),
            |chunk| {
                hasher.update(chunk);
                size += chunk.len() as u64;
                file.write_all(chunk).map_err(io_err("write", &tmp.path))
            },
        )?;
        let digest = Digest::from(hasher.finalize());
        let written = self.finish(tmp, file, digest, durability)?;
        Ok(PutOutcome {
            digest,
            size,
            written,
        })
    }

    /// Store a file from the filesystem. `mode` says how its bytes get into `tmp/`: a reflink
    /// or a copy (the source is untouched), or a hard link (the source becomes the read-only
    /// object). The digest is always computed from the staged file, so the object's name is
    /// the hash of exactly the bytes stored.
    pub fn put_file(
        &self,
        source: &Path,
        mode: LinkMode,
        durability: Durability,
    ) -> Result<PutOutcome, StoreError> {
        let meta = fs::metadata(source).map_err(io_err("read", source))?;
        let tmp = TmpFile::new(self.tmp_name());
        let used = link::stage(source, &tmp.path, mode).map_err(io_err("stage", source))?;
        let (digest, size) = hash_file(&tmp.path)?;
        if used != LinkMode::Hardlink && size != meta.len() {
            return Err(StoreError::Changed {
                path: source.to_path_buf(),
            });
        }
        if self.has(&digest) {
            return Ok(PutOutcome {
                digest,
                size,
                written: false,
            });
        }
        let file = File::open(&tmp.path).map_err(io_err("open", &tmp.path))?;
        let written = self.finish(tmp, file, digest, durability)?;
        Ok(PutOutcome {
            digest,
            size,
            written,
        })
    }

    /// Make `source` itself the object `digest` by hard-linking it into place (no copy), and
    /// make it read-only (which the source shares). The caller has hashed `source` and checked
    /// that it did not change. Returns false when the object already existed.
    pub fn adopt_hardlink(&self, source: &Path, digest: &Digest) -> Result<bool, StoreError> {
        let dest = self.object_path(digest);
        if dest.is_file() {
            return Ok(false);
        }
        let dir = dest.parent().expect("object path has a fan-out parent");
        fs::create_dir_all(dir).map_err(io_err("create directory", dir))?;
        match fs::hard_link(source, &dest) {
            Ok(()) => {}
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => return Ok(false),
            Err(source_err) => {
                return Err(StoreError::Io {
                    action: "link into the store",
                    path: source.to_path_buf(),
                    source: source_err,
                });
            }
        }
        let mut perms = fs::metadata(&dest)
            .map_err(io_err("stat", &dest))?
            .permissions();
        perms.set_readonly(true);
        fs::set_permissions(&dest, perms).map_err(io_err("set permissions on", &dest))?;
        Ok(true)
    }

    /// Start writing an object whose digest the caller expects (a download): bytes go to a
    /// file in `tmp/` and are hashed as they arrive; [`Store::commit_staged`] renames it into
    /// place only if the digest matches. A dropped, uncommitted `Staged` removes its file.
    pub fn stage(&self) -> Result<Staged, StoreError> {
        let (tmp, file) = self.tmp_file()?;
        Ok(Staged {
            tmp,
            file,
            hasher: blake3::Hasher::new(),
            size: 0,
        })
    }

    /// Verify a staged object against `expected` and rename it into place. A mismatch is
    /// [`StoreError::Corrupt`] and nothing becomes visible in the store.
    pub fn commit_staged(
        &self,
        staged: Staged,
        expected: &Digest,
        durability: Durability,
    ) -> Result<PutOutcome, StoreError> {
        let actual = Digest::from(staged.hasher.finalize());
        if actual != *expected {
            return Err(StoreError::Corrupt {
                digest: *expected,
                actual,
            });
        }
        let size = staged.size;
        let written = self.finish(staged.tmp, staged.file, actual, durability)?;
        Ok(PutOutcome {
            digest: actual,
            size,
            written,
        })
    }

    /// Remove an object (garbage collection only).
    pub fn remove(&self, digest: &Digest) -> Result<u64, StoreError> {
        let path = self.object_path(digest);
        let size = fs::symlink_metadata(&path).map(|m| m.len()).unwrap_or(0);
        match fs::remove_file(&path) {
            Ok(()) => Ok(size),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(0),
            Err(e) => Err(StoreError::Io {
                action: "remove",
                path,
                source: e,
            }),
        }
    }

    /// Read a whole object, verifying its digest.
    pub fn get_bytes(&self, digest: &Digest) -> Result<Vec<u8>, StoreError> {
        let path = self.object_path(digest);
        let bytes = match fs::read(&path) {
            Ok(b) => b,
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                return Err(StoreError::Missing { digest: *digest });
            }
            Err(e) => {
                return Err(StoreError::Io {
                    action: "read",
                    path,
                    source: e,
                });
            }
        };
        let actual = Digest::of_bytes(&bytes);
        if actual != *digest {
            return Err(StoreError::Corrupt {
                digest: *digest,
                actual,
            });
        }
        Ok(bytes)
    }

    /// Open an object for streaming reads (not verified; use [`Store::verify_object`]).
    pub fn open(&self, digest: &Digest) -> Result<File, StoreError> {
        let path = self.object_path(digest);
        File::open(&path).map_err(|e| {
            if e.kind() == io::ErrorKind::NotFound {
                StoreError::Missing { digest: *digest }
            } else {
                StoreError::Io {
                    action: "open",
                    path,
                    source: e,
                }
            }
        })
    }

    /// Re-hash one object.
    pub fn verify_object(&self, digest: &Digest) -> Result<(), StoreError> {
        let path = self.object_path(digest);
        if !path.is_file() {
            return Err(StoreError::Missing { digest: *digest });
        }
        let (actual, _) = hash_file(&path)?;
        if actual != *digest {
            return Err(StoreError::Corrupt {
                digest: *digest,
                actual,
            });
        }
        Ok(())
    }

    /// Every object's digest and size, in fan-out order.
    pub fn list(&self) -> Result<Vec<(Digest, u64)>, StoreError> {
        let mut out = Vec::new();
        self.walk(|entry| {
            if let Entry::Object(d, size, _) = entry {
                out.push((d, size));
            }
        })?;
        Ok(out)
    }

    /// Count and total size of the objects (the 256 fan-out directories are read in
    /// parallel).
    pub fn stats(&self) -> Result<StoreStats, StoreError> {
        use rayon::prelude::*;
        let dirs: Vec<PathBuf> = match fs::read_dir(&self.root) {
            Ok(t) => t
                .flatten()
                .map(|e| e.path())
                .filter(|p| p.is_dir())
                .collect(),
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(StoreStats::default()),
            Err(e) => {
                return Err(StoreError::Io {
                    action: "list",
                    path: self.root.clone(),
                    source: e,
                });
            }
        };
        dirs.par_iter()
            .map(|dir| {
                let mut s = StoreStats::default();
                for f in fs::read_dir(dir).map_err(io_err("list", dir))?.flatten() {
                    if let Ok(m) = f.metadata()
                        && m.is_file()
                    {
                        s.objects += 1;
                        s.bytes += m.len();
                    }
                }
                Ok(s)
            })
            .try_reduce(StoreStats::default, |a, b| {
                Ok(StoreStats {
                    objects: a.objects + b.objects,
                    bytes: a.bytes + b.bytes,
                })
            })
    }

    /// Re-hash every object; `progress` is called with each object's size as it is done.
    pub fn verify(&self, mut progress: impl FnMut(u64)) -> Result<VerifyReport, StoreError> {
        let mut entries = Vec::new();
        let mut report = VerifyReport::default();
        self.walk(|entry| match entry {
            Entry::Object(d, size, path) => entries.push((d, size, path)),
            Entry::Stray(path) => report.strays.push(path),
        })?;
        for (digest, size, path) in entries {
            let (actual, _) = hash_file(&path)?;
            if actual == digest {
                report.ok += 1;
            } else {
                report.corrupt.push((digest, actual));
            }
            progress(size);
        }
        Ok(report)
    }

    /// Make every object renamed into place so far durable (one `fsync` per fan-out directory
    /// touched is not needed: we sync the whole filesystem's pending data for this store).
    pub fn sync(&self) -> Result<(), StoreError> {
        // std has no syncfs; fsync of each fan-out directory makes the renames durable, and
        // the file data was written before the renames. Cheap: at most 256 directories.
        for entry in fs::read_dir(&self.root).map_err(io_err("list", &self.root))? {
            let entry = entry.map_err(io_err("list", &self.root))?;
            if entry.file_type().map(|t| t.is_dir()).unwrap_or(false) {
                sync_dir(&entry.path())?;
            }
        }
        Ok(())
    }

    /// Make the given objects' renames durable: one `fsync` per distinct fan-out directory
    /// they live in. Callers that know what they wrote use this instead of [`Store::sync`],
    /// whose cost grows with the store (up to 256 directory fsyncs, milliseconds each on a
    /// disk where an fsync costs a few ms).
    pub fn sync_objects<'a>(
        &self,
        digests: impl IntoIterator<Item = &'a Digest>,
    ) -> Result<(), StoreError> {
        let mut dirs: Vec<PathBuf> = digests
            .into_iter()
            .filter_map(|d| self.object_path(d).parent().map(Path::to_path_buf))
            .collect();
        dirs.sort();
        dirs.dedup();
        for dir in dirs {
            sync_dir(&dir)?;
        }
        Ok(())
    }

    /// Remove staging files left behind by processes that died (older than `min_age`, or
    /// named after a process that no longer runs). Returns how many were removed.
    pub fn clean_tmp(&self, min_age: Duration) -> Result<usize, StoreError> {
        let mut removed = 0;
        let entries = match fs::read_dir(&self.tmp) {
            Ok(e) => e,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(0),
            Err(e) => {
                return Err(StoreError::Io {
                    action: "list",
                    path: self.tmp.clone(),
                    source: e,
                });
            }
        };
        let now = SystemTime::now();
        for entry in entries.flatten() {
            let path = entry.path();
            let name = entry.file_name().to_string_lossy().into_owned();
            let owner_dead = name
                .split('-')
                .next()
                .and_then(|pid| pid.parse::<u32>().ok())
                .map(|pid| pid != std::process::id() && !process_alive(pid))
                .unwrap_or(false);
            let old = entry
                .metadata()
                .and_then(|m| m.modified())
                .ok()
                .and_then(|m| now.duration_since(m).ok())
                .map(|age| age >= min_age)
                .unwrap_or(false);
            if (owner_dead || old) && fs::remove_file(&path).is_ok() {
                removed += 1;
            }
        }
        Ok(removed)
    }

    /// How many files sit in `tmp/` now.
    pub fn tmp_count(&self) -> usize {
        fs::read_dir(&self.tmp).map(|d| d.count()).unwrap_or(0)
    }

    fn tmp_name(&self) -> PathBuf {
        use std::sync::atomic::{AtomicU64, Ordering};
        static COUNTER: AtomicU64 = AtomicU64::new(0);
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let nanos = SystemTime::now()
            .duration_since(SystemTime::UNIX_EPOCH)
            .map(|d| d.subsec_nanos())
            .unwrap_or(0);
        self.tmp
            .join(format!("{}-{n}-{nanos:08x}.tmp", std::process::id()))
    }

    fn tmp_file(&self) -> Result<(TmpFile, File), StoreError> {
        let path = self.tmp_name();
        let file = fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path)
            .map_err(io_err("create", &path))?;
        Ok((TmpFile::new(path), file))
    }

    /// Make the staged file read-only, durable if asked, and rename it into place. Returns
    /// false if another writer got there first (the staged copy is dropped).
    fn finish(
        &self,
        tmp: TmpFile,
        file: File,
        digest: Digest,
        durability: Durability,
    ) -> Result<bool, StoreError> {
        let tmp_path = &tmp.path;
        if durability == Durability::Sync {
            file.sync_all().map_err(io_err("sync", tmp_path))?;
        }
        drop(file);
        let mut perms = fs::metadata(tmp_path)
            .map_err(io_err("stat", tmp_path))?
            .permissions();
        perms.set_readonly(true);
        fs::set_permissions(tmp_path, perms).map_err(io_err("set permissions on", tmp_path))?;
        let dest = self.object_path(&digest);
        if dest.is_file() {
            return Ok(false); // dropping `tmp` removes the staged copy
        }
        let dir = dest.parent().expect("object path has a fan-out parent");
        fs::create_dir_all(dir).map_err(io_err("create directory", dir))?;
        fs::rename(tmp_path, &dest).map_err(io_err("rename into", &dest))?;
        tmp.done();
        if durability == Durability::Sync {
            sync_dir(dir)?;
        }
        Ok(true)
    }

    fn walk(&self, mut f: impl FnMut(Entry)) -> Result<(), StoreError> {
        let top = match fs::read_dir(&self.root) {
            Ok(t) => t,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(()),
            Err(e) => {
                return Err(StoreError::Io {
                    action: "list",
                    path: self.root.clone(),
                    source: e,
                });
            }
        };
        let mut dirs: Vec<_> = top.flatten().collect();
        dirs.sort_by_key(|e| e.file_name());
        for dir in dirs {
            let prefix = dir.file_name().to_string_lossy().into_owned();
            let path = dir.path();
            if !dir.file_type().map(|t| t.is_dir()).unwrap_or(false) || prefix.len() != 2 {
                f(Entry::Stray(path));
                continue;
            }
            let mut files: Vec<_> = fs::read_dir(&path)
                .map_err(io_err("list", &path))?
                .flatten()
                .collect();
            files.sort_by_key(|e| e.file_name());
            for file in files {
                let name = file.file_name().to_string_lossy().into_owned();
                let full = format!("{prefix}{name}");
                match full.parse::<Digest>() {
                    Ok(d) => {
                        let size = file.metadata().map(|m| m.len()).unwrap_or(0);
                        f(Entry::Object(d, size, file.path()));
                    }
                    Err(_) => f(Entry::Stray(file.path())),
                }
            }
        }
        Ok(())
    }
}

/// An object being written into `tmp/` (see [`Store::stage`]).
#[derive(Debug)]
pub struct Staged {
    tmp: TmpFile,
    file: File,
    hasher: blake3::Hasher,
    size: u64,
}

impl Staged {
    /// Append bytes (hashed as they are written).
    pub fn write(&mut self, bytes: &[u8]) -> Result<(), StoreError> {
        self.hasher.update(bytes);
        self.size += bytes.len() as u64;
        self.file
            .write_all(bytes)
            .map_err(io_err("write", &self.tmp.path))
    }

    /// Bytes written so far.
    pub fn size(&self) -> u64 {
        self.size
    }
}

/// A file in `tmp/` that is removed when the guard is dropped, unless [`TmpFile::done`] says
/// it was moved into place: every way out of a put (an error, a full disk, a panic) leaves
/// `tmp/` as it found it.
#[derive(Debug)]
struct TmpFile {
    path: PathBuf,
    armed: bool,
}

impl TmpFile {
    fn new(path: PathBuf) -> Self {
        TmpFile { path, armed: true }
    }

    /// The file was renamed into place: keep it.
    fn done(mut self) {
        self.armed = false;
    }
}

impl Drop for TmpFile {
    fn drop(&mut self) {
        if self.armed {
            let _ = fs::remove_file(&self.path);
        }
    }
}

enum Entry {
    Object(Digest, u64, PathBuf),
    Stray(PathBuf),
}

/// Hash a file: memory-mapped and multi-threaded for big files, streaming for small ones.
pub fn hash_file(path: &Path) -> Result<(Digest, u64), StoreError> {
    let meta = fs::metadata(path).map_err(io_err("read", path))?;
    let mut hasher = blake3::Hasher::new();
    if meta.len() >= PARALLEL_HASH_THRESHOLD {
        hasher
            .update_mmap_rayon(path)
            .map_err(io_err("read", path))?;
    } else {
        let file = File::open(path).map_err(io_err("read", path))?;
        read_chunks(file, &mut [0u8; 64 * 1024], path, |chunk| {
            hasher.update(chunk);
            Ok(())
        })?;
    }
    Ok((Digest::from(hasher.finalize()), hasher.count()))
}

/// Hand everything `reader` yields to `f`, a buffer at a time, retrying interrupted reads; a
/// read error names `path`.
fn read_chunks(
    mut reader: impl Read,
    buf: &mut [u8],
    path: &Path,
    mut f: impl FnMut(&[u8]) -> Result<(), StoreError>,
) -> Result<(), StoreError> {
    loop {
        match reader.read(buf) {
            Ok(0) => return Ok(()),
            Ok(n) => f(&buf[..n])?,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => {
                return Err(StoreError::Io {
                    action: "read",
                    path: path.to_path_buf(),
                    source: e,
                });
            }
        }
    }
}

fn sync_dir(dir: &Path) -> Result<(), StoreError> {
    File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(io_err("sync directory", dir))
}

fn process_alive(pid: u32) -> bool {
    if cfg!(target_os = "linux") {
        Path::new("/proc").join(pid.to_string()).exists()
    } else {
        true
    }
}
