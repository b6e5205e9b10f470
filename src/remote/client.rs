//! The transfer engine: an `object_store` client and the tokio runtime it runs on, with
//! bounded concurrency (`jobs` requests in flight), multipart uploads for large objects,
//! packs for small ones (built in memory, uploaded data first and index second), retries with
//! exponential backoff (configured on the client, see `spec`), and downloads that are verified
//! before they enter the store: objects under their own key are hashed as they stream to
//! `.mlo/tmp`, members of packs are read with coalesced ranged GETs and hashed in memory.
//!
//! Memory stays bounded: packs being built and ranges being read take permits from one
//! budget of [`MEMORY_BUDGET`] bytes.
//!
//! Transfers fail fast: after the first error no new request starts; what completed before
//! is still reported to the caller (so it is remembered and not sent again).

use std::collections::HashMap;
use std::ops::Range;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use bytes::Bytes;
use futures::future::BoxFuture;
use futures::{FutureExt, StreamExt};
use object_store::path::Path as ObjPath;
use object_store::{ObjectMeta, ObjectStore, ObjectStoreExt, PutPayload, WriteMultipart};
use tokio::sync::Semaphore;

use super::pack::{self, PackEntry, PackIndex, Part};
use super::{Ns, RemoteError, RemoteSpec};
use crate::store::{Digest, Durability, Store, StoreError};

/// Objects at least this large are uploaded in parts.
pub const MULTIPART_THRESHOLD: u64 = 16 << 20;
/// The size of one part.
pub const PART_SIZE: usize = 16 << 20;
/// Parts of one object in flight at once.
const PARTS_IN_FLIGHT: usize = 4;
/// Bytes of packs being built and of ranges being read held in memory at once.
pub const MEMORY_BUDGET: u64 = 64 << 20;

/// A progress callback: called with bytes as they are transferred.
pub type Tick = Arc<dyn Fn(u64) + Send + Sync>;

/// One object to upload.
#[derive(Debug, Clone)]
pub struct Upload {
    /// Namespace.
    pub ns: Ns,
    /// Its digest (the file's bytes are checked against it while uploading).
    pub digest: Digest,
    /// Bytes.
    pub size: u64,
    /// The local file.
    pub path: PathBuf,
}

/// Where a packed object is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Packed {
    /// The pack's id.
    pub pack: Digest,
    /// Where the object starts in the pack.
    pub offset: u64,
    /// Its bytes.
    pub length: u64,
}

/// An object to download: from a pack when one is known to hold it, else from its own key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Want {
    /// The object.
    pub digest: Digest,
    /// The pack holding it, if any.
    pub packed: Option<Packed>,
}

impl Want {
    /// An object read from its own key.
    pub fn single(digest: Digest) -> Want {
        Want {
            digest,
            packed: None,
        }
    }
}

/// What arrived on the remote during [`Client::send`].
#[derive(Debug, Clone)]
pub enum Sent {
    /// One object under its own key.
    Object(Ns, Digest),
    /// A pack and its index.
    Pack {
        /// The pack's id.
        id: Digest,
        /// Its index.
        index: PackIndex,
    },
}

/// The pack objects a listing found: id -> size, for data and for indexes.
#[derive(Debug, Clone, Default)]
pub struct PackListing {
    /// `packs/<id>.pack` objects.
    pub data: HashMap<Digest, u64>,
    /// `packs/<id>.idx` objects.
    pub indexes: HashMap<Digest, u64>,
}

/// A connected remote.
pub struct Client {
    rt: tokio::runtime::Runtime,
    store: Arc<dyn ObjectStore>,
    name: String,
    jobs: usize,
    budget: Arc<Semaphore>,
}

/// A transfer task run by [`Client::run_all`].
type Task<T> = BoxFuture<'static, Result<T, RemoteError>>;
/// A member to read from a pack: (digest, offset, length).
type Member = (Digest, u64, u64);
/// One ranged read: (pack, byte range, the members it covers).
type SpanRead = (Digest, Range<u64>, Vec<Member>);
/// A member read from a pack: its bytes, or why they could not be had.
type MemberResult = (Digest, Result<Bytes, RemoteError>);

/// Permits of the memory budget for `bytes` (1 KiB each, at most the whole budget).
fn permits(bytes: u64) -> u32 {
    (bytes.div_ceil(1024)).clamp(1, MEMORY_BUDGET / 1024) as u32
}

impl std::fmt::Debug for Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Client")
            .field("name", &self.name)
            .field("jobs", &self.jobs)
            .finish()
    }
}

/// Sort an `object_store` error into what the user can act on.
pub fn classify(remote: &str, key: &str, e: object_store::Error) -> RemoteError {
    match e {
        object_store::Error::PermissionDenied { .. }
        | object_store::Error::Unauthenticated { .. } => RemoteError::Denied {
            remote: remote.into(),
            key: key.into(),
            source: Box::new(e),
        },
        _ => {
            let mut chain = e.to_string();
            let mut src = std::error::Error::source(&e);
            while let Some(s) = src {
                chain.push_str(&s.to_string());
                src = s.source();
            }
            let lower = chain.to_ascii_lowercase();
            // Status codes only where they read as one: a bare "403" also matches keys and
            // URLs in the message (a prefix such as `run-1795520022108040309`).
            let denied = [
                "accessdenied",
                "invalidaccesskeyid",
                "signaturedoesnotmatch",
                "forbidden",
                "status 403",
                "status: 403",
                "http 403",
            ];
            let unreachable = [
                "connection refused",
                "error trying to connect",
                "dns error",
                "failed to lookup address",
                "timed out",
                "client error (connect)",
            ];
            // A connection that was never made cannot have been refused by the server's
            // authorization, whatever the message's URL happens to contain: check it first.
            if unreachable.iter().any(|d| lower.contains(d)) {
                RemoteError::Unreachable {
                    remote: remote.into(),
                    source: Box::new(e),
                }
            } else if denied.iter().any(|d| lower.contains(d)) {
                RemoteError::Denied {
                    remote: remote.into(),
                    key: key.into(),
                    source: Box::new(e),
                }
            } else {
                RemoteError::Request {
                    remote: remote.into(),
                    key: key.into(),
                    source: Box::new(e),
                }
            }
        }
    }
}

impl Client {
    /// Connect to a remote (no request is made yet). `create` makes a missing directory
    /// remote.
    pub fn new(spec: &RemoteSpec, create: bool) -> Result<Self, RemoteError> {
        let store = spec.build(create)?;
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .map_err(RemoteError::Runtime)?;
        Ok(Client {
            rt,
            store,
            name: spec.name.clone(),
            jobs: spec.jobs,
            budget: Arc::new(Semaphore::new((MEMORY_BUDGET / 1024) as usize)),
        })
    }

    /// The remote's name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Run `tasks` with at most `jobs` in flight. `done` receives completed results in
    /// batches (at most every 250 ms or 512 results, and at the end); after the first error
    /// nothing new starts, completed results are still delivered, then the error returns.
    fn run_all<T, F, E>(
        &self,
        tasks: Vec<F>,
        mut done: impl FnMut(Vec<T>) -> Result<(), E>,
    ) -> Result<(), E>
    where
        T: Send + 'static,
        F: std::future::Future<Output = Result<T, RemoteError>> + Send + 'static,
        E: From<RemoteError>,
    {
        let handle = self.rt.handle().clone();
        let jobs = self.jobs;
        let mut batch = Vec::new();
        let mut failure: Option<E> = None;
        self.rt.block_on(async {
            let mut stream = futures::stream::iter(tasks.into_iter().map(|f| handle.spawn(f)))
                .buffer_unordered(jobs);
            let mut last = Instant::now();
            while let Some(joined) = stream.next().await {
                let r = joined.unwrap_or_else(|e| {
                    Err(RemoteError::Runtime(std::io::Error::other(e.to_string())))
                });
                match r {
                    Ok(v) => batch.push(v),
                    Err(e) => {
                        failure = Some(e.into());
                        return;
                    }
                }
                if batch.len() >= 512 || last.elapsed() > Duration::from_millis(250) {
                    // Deliver as we go, so an interrupted transfer has remembered most of
                    // what arrived.
                    if let Err(e) = done(std::mem::take(&mut batch)) {
                        failure = Some(e);
                        return;
                    }
                    last = Instant::now();
                }
            }
        });
        if !batch.is_empty() {
            done(batch)?;
        }
        match failure {
            Some(e) => Err(e),
            None => Ok(()),
        }
    }

    /// Upload `singles` under their own keys and each of `packs` (members in pack order) as
    /// a pack object followed by its index, all at once within the `jobs` bound; `done` gets
    /// what arrived, in batches.
    pub fn send<E: From<RemoteError>>(
        &self,
        singles: Vec<Upload>,
        packs: Vec<Vec<Upload>>,
        tick: &Tick,
        done: impl FnMut(Vec<Sent>) -> Result<(), E>,
    ) -> Result<(), E> {
        let mut tasks: Vec<Task<Sent>> = Vec::new();
        // Packs first: they are the long requests.
        for members in packs {
            let store = self.store.clone();
            let name = self.name.clone();
            let tick = tick.clone();
            let budget = self.budget.clone();
            tasks.push(send_pack(store, name, members, budget, tick).boxed());
        }
        for item in singles {
            let store = self.store.clone();
            let name = self.name.clone();
            let tick = tick.clone();
            tasks.push(
                async move {
                    upload_one(store, name, item, tick)
                        .await
                        .map(|(ns, d)| Sent::Object(ns, d))
                }
                .boxed(),
            );
        }
        self.run_all(tasks, done)
    }

    /// Download objects into `target`, verifying each digest before it becomes visible;
    /// `done` gets the digests stored. Packed objects are read with ranged GETs, neighbours
    /// coalesced; a packed copy that fails its check is looked for under its own key before
    /// the object is reported corrupt.
    pub fn download<E: From<RemoteError>>(
        &self,
        ns: Ns,
        items: Vec<Want>,
        target: &Store,
        tick: &Tick,
        mut done: impl FnMut(Vec<Digest>) -> Result<(), E>,
    ) -> Result<(), E> {
        let (singles, spans) = plan_reads(items);
        let mut tasks: Vec<Task<Vec<Digest>>> = Vec::new();
        for (pack, range, members) in spans {
            let store = self.store.clone();
            let name = self.name.clone();
            let tick = tick.clone();
            let target = target.clone();
            let budget = self.budget.clone();
            tasks.push(
                async move {
                    let got =
                        read_span(store, name.clone(), ns, pack, range, members, budget).await?;
                    let mut stored = Vec::with_capacity(got.len());
                    let mut failure = None;
                    for (digest, r) in got {
                        match r {
                            Ok(bytes) => {
                                target
                                    .put_bytes(&bytes, Durability::Batch)
                                    .map_err(|source| RemoteError::Store {
                                        remote: name.clone(),
                                        ns,
                                        digest,
                                        source: Box::new(source),
                                    })?;
                                tick(bytes.len() as u64);
                                stored.push(digest);
                            }
                            Err(e) => {
                                failure.get_or_insert(e);
                            }
                        }
                    }
                    match failure {
                        // The members that were intact are stored (they are verified); the
                        // first damaged one is the error.
                        Some(e) => Err(e),
                        None => Ok(stored),
                    }
                }
                .boxed(),
            );
        }
        for digest in singles {
            let store = self.store.clone();
            let name = self.name.clone();
            let tick = tick.clone();
            let target = target.clone();
            tasks.push(
                async move {
                    download_one(store, name, ns, digest, target, tick)
                        .await
                        .map(|d| vec![d])
                }
                .boxed(),
            );
        }
        self.run_all(tasks, |batch: Vec<Vec<Digest>>| {
            done(batch.into_iter().flatten().collect())
        })
    }

    /// Fetch small objects into memory (manifests, records), each verified against its name.
    pub fn get_verified(
        &self,
        ns: Ns,
        items: Vec<Want>,
    ) -> Result<Vec<(Digest, Bytes)>, RemoteError> {
        let (singles, spans) = plan_reads(items);
        let mut tasks: Vec<Task<Vec<(Digest, Bytes)>>> = Vec::new();
        for (pack, range, members) in spans {
            let store = self.store.clone();
            let name = self.name.clone();
            let budget = self.budget.clone();
            tasks.push(
                async move {
                    read_span(store, name, ns, pack, range, members, budget)
                        .await?
                        .into_iter()
                        .map(|(d, r)| r.map(|b| (d, b)))
                        .collect()
                }
                .boxed(),
            );
        }
        for digest in singles {
            let store = self.store.clone();
            let name = self.name.clone();
            tasks.push(
                async move {
                    get_one(&store, &name, ns, digest)
                        .await
                        .map(|b| vec![(digest, b)])
                }
                .boxed(),
            );
        }
        let mut out = Vec::new();
        self.run_all(tasks, |batch| {
            out.extend(batch.into_iter().flatten());
            Ok::<_, RemoteError>(())
        })?;
        Ok(out)
    }

    /// Every object under `prefix`, with its size.
    fn list_prefix(&self, prefix: &'static str) -> Result<Vec<ObjectMeta>, RemoteError> {
        let store = self.store.clone();
        let name = self.name.clone();
        self.rt.block_on(async move {
            let location = ObjPath::from(prefix);
            let mut stream = store.list(Some(&location));
            let mut out = Vec::new();
            while let Some(meta) = stream.next().await {
                match meta {
                    Ok(m) => out.push(m),
                    // A directory remote that was never pushed to has no `objects/` yet.
                    Err(object_store::Error::NotFound { .. }) => break,
                    Err(e) => return Err(classify(&name, prefix, e)),
                }
            }
            Ok(out)
        })
    }

    /// Every well-formed object key of `ns` on the remote, with its size.
    pub fn list(&self, ns: Ns) -> Result<Vec<(Digest, u64)>, RemoteError> {
        Ok(self
            .list_prefix(ns.prefix())?
            .into_iter()
            .filter_map(|m| Some((ns.parse_key(m.location.as_ref())?, m.size)))
            .collect())
    }

    /// The packs and pack indexes on the remote (one listing of `packs/`).
    pub fn list_packs(&self) -> Result<PackListing, RemoteError> {
        let mut out = PackListing::default();
        for m in self.list_prefix(pack::PREFIX)? {
            match pack::parse_key(m.location.as_ref()) {
                Some((id, Part::Data)) => {
                    out.data.insert(id, m.size);
                }
                Some((id, Part::Index)) => {
                    out.indexes.insert(id, m.size);
                }
                None => {}
            }
        }
        Ok(out)
    }

    /// Download and check pack indexes. An index that vanished since the listing is left
    /// out; one that does not hash to its name or does not parse is an error.
    pub fn get_pack_indexes(
        &self,
        ids: Vec<Digest>,
    ) -> Result<Vec<(Digest, PackIndex)>, RemoteError> {
        let tasks: Vec<_> = ids
            .into_iter()
            .map(|id| {
                let store = self.store.clone();
                let name = self.name.clone();
                async move {
                    let key = pack::key(&id, Part::Index);
                    let got = match store.get(&ObjPath::from(key.as_str())).await {
                        Ok(g) => g,
                        Err(object_store::Error::NotFound { .. }) => return Ok(None),
                        Err(e) => return Err(classify(&name, &key, e)),
                    };
                    let bytes = got.bytes().await.map_err(|e| classify(&name, &key, e))?;
                    let bad = |reason: String| RemoteError::BadPackIndex {
                        remote: name.clone(),
                        key: key.clone(),
                        reason,
                    };
                    let actual = PackIndex::id_of(&bytes);
                    if actual != id {
                        return Err(bad(format!(
                            "its content hashes to {actual}, not to its name"
                        )));
                    }
                    PackIndex::decode(&bytes)
                        .map(|i| Some((id, i)))
                        .map_err(bad)
                }
            })
            .collect();
        let mut out = Vec::new();
        self.run_all(tasks, |batch| {
            out.extend(batch.into_iter().flatten());
            Ok::<_, RemoteError>(())
        })?;
        Ok(out)
    }
}

/// Split wanted objects into those read from their own key and ranged reads of packs:
/// (pack, byte range, members as (digest, offset, length)).
fn plan_reads(items: Vec<Want>) -> (Vec<Digest>, Vec<SpanRead>) {
    let mut singles = Vec::new();
    let mut by_pack: HashMap<Digest, Vec<Member>> = HashMap::new();
    for w in items {
        match w.packed {
            Some(p) => by_pack
                .entry(p.pack)
                .or_default()
                .push((w.digest, p.offset, p.length)),
            None => singles.push(w.digest),
        }
    }
    let mut spans = Vec::new();
    let mut packs: Vec<_> = by_pack.into_iter().collect();
    packs.sort_by_key(|(p, _)| *p);
    for (pack_id, members) in packs {
        let ranges: Vec<(u64, u64)> = members.iter().map(|m| (m.1, m.2)).collect();
        for (range, idx) in pack::spans(&ranges, pack::MAX_GAP, pack::MAX_SPAN) {
            spans.push((
                pack_id,
                range,
                idx.into_iter().map(|i| members[i]).collect(),
            ));
        }
    }
    (singles, spans)
}

/// GET an object under its own key and check it against its name.
async fn get_one(
    store: &Arc<dyn ObjectStore>,
    name: &str,
    ns: Ns,
    digest: Digest,
) -> Result<Bytes, RemoteError> {
    let key = ns.key(&digest);
    let got = store
        .get(&ObjPath::from(key.as_str()))
        .await
        .map_err(|e| not_found_or(name, ns, &digest, &key, e))?;
    let bytes = got
        .bytes()
        .await
        .map_err(|e| not_found_or(name, ns, &digest, &key, e))?;
    let actual = Digest::of_bytes(&bytes);
    if actual != digest {
        return Err(RemoteError::Corrupt {
            remote: name.into(),
            ns,
            digest,
            actual,
            pack: None,
        });
    }
    Ok(bytes)
}

/// Read one range of a pack and check each member in it. A member whose bytes do not hash to
/// its digest (or a pack that is gone) is looked for under its own key; when that fails too
/// the member's result is the error (corrupt, naming the pack; or missing).
async fn read_span(
    store: Arc<dyn ObjectStore>,
    name: String,
    ns: Ns,
    pack_id: Digest,
    range: Range<u64>,
    members: Vec<Member>,
    budget: Arc<Semaphore>,
) -> Result<Vec<MemberResult>, RemoteError> {
    let _permit = budget
        .acquire_many_owned(permits(range.end - range.start))
        .await
        .map_err(|e| RemoteError::Runtime(std::io::Error::other(e.to_string())))?;
    let key = pack::key(&pack_id, Part::Data);
    let bytes = match store
        .get_range(&ObjPath::from(key.as_str()), range.clone())
        .await
    {
        Ok(b) => Some(b),
        Err(object_store::Error::NotFound { .. }) => None,
        Err(e) => return Err(classify(&name, &key, e)),
    };
    let mut out = Vec::with_capacity(members.len());
    for (digest, offset, length) in members {
        let start = (offset - range.start) as usize;
        let end = start + length as usize;
        let slice = bytes
            .as_ref()
            .map(|b| b.slice(start.min(b.len())..end.min(b.len())));
        let actual = slice.as_ref().map(|b| Digest::of_bytes(b));
        if let (Some(b), Some(a)) = (&slice, actual)
            && a == digest
        {
            out.push((digest, Ok(b.clone())));
            continue;
        }
        // A mixed-layout remote may hold a good copy under the object's own key.
        let r = match get_one(&store, &name, ns, digest).await {
            Ok(b) => Ok(b),
            Err(RemoteError::Missing { .. }) if actual.is_some() => Err(RemoteError::Corrupt {
                remote: name.clone(),
                ns,
                digest,
                actual: actual.expect("checked"),
                pack: Some(pack_id),
            }),
            Err(e) => Err(e),
        };
        out.push((digest, r));
    }
    Ok(out)
}

/// Read the members of a pack from the local store, checking each against its digest, and
/// build the pack's bytes and index.
fn build_pack(name: &str, members: Vec<Upload>) -> Result<(Vec<u8>, PackIndex), RemoteError> {
    use std::io::Read;
    let total: u64 = members.iter().map(|u| u.size).sum();
    let mut data = Vec::with_capacity(total as usize);
    let mut entries = Vec::with_capacity(members.len());
    for u in members {
        let start = data.len();
        std::fs::File::open(&u.path)
            .and_then(|mut f| f.read_to_end(&mut data))
            .map_err(|source| RemoteError::Io {
                action: "read",
                path: u.path.clone(),
                source,
            })?;
        // Never spread a corrupt local object: check it on the way out.
        let actual = Digest::of_bytes(&data[start..]);
        if actual != u.digest {
            return Err(RemoteError::Store {
                remote: name.into(),
                ns: u.ns,
                digest: u.digest,
                source: Box::new(StoreError::Corrupt {
                    digest: u.digest,
                    actual,
                }),
            });
        }
        entries.push(PackEntry {
            ns: u.ns,
            digest: u.digest,
            offset: start as u64,
            length: (data.len() - start) as u64,
        });
    }
    let index = PackIndex {
        pack_size: data.len() as u64,
        pack_hash: Digest::of_bytes(&data),
        entries,
    };
    Ok((data, index))
}

/// PUT bytes under `key` in one request (packs are at most `pack_size_mib` plus one object,
/// 80 MiB: far below the single-PUT limits of the object stores, and one request instead of
/// a multipart upload's four).
async fn put_whole(
    store: &Arc<dyn ObjectStore>,
    name: &str,
    key: &str,
    bytes: Bytes,
) -> Result<(), RemoteError> {
    store
        .put(&ObjPath::from(key), PutPayload::from(bytes))
        .await
        .map_err(|e| classify(name, key, e))?;
    Ok(())
}

/// Build a pack from local objects and upload it: data first, index second (an index on the
/// remote always describes a complete pack).
async fn send_pack(
    store: Arc<dyn ObjectStore>,
    name: String,
    members: Vec<Upload>,
    budget: Arc<Semaphore>,
    tick: Tick,
) -> Result<Sent, RemoteError> {
    let total: u64 = members.iter().map(|u| u.size).sum();
    let _permit = budget
        .acquire_many_owned(permits(total))
        .await
        .map_err(|e| RemoteError::Runtime(std::io::Error::other(e.to_string())))?;
    let builder_name = name.clone();
    let (data, index) = tokio::task::spawn_blocking(move || build_pack(&builder_name, members))
        .await
        .map_err(|e| RemoteError::Runtime(std::io::Error::other(e.to_string())))??;
    let encoded = index.encode();
    let id = PackIndex::id_of(&encoded);
    // Pack data left on the remote without its index (an interrupted push) is sent again, not
    // trusted: its bytes cannot be checked without downloading them.
    put_whole(
        &store,
        &name,
        &pack::key(&id, Part::Data),
        Bytes::from(data),
    )
    .await?;
    put_whole(
        &store,
        &name,
        &pack::key(&id, Part::Index),
        Bytes::from(encoded),
    )
    .await?;
    tick(index.pack_size);
    Ok(Sent::Pack { id, index })
}

fn not_found_or(
    remote: &str,
    ns: Ns,
    digest: &Digest,
    key: &str,
    e: object_store::Error,
) -> RemoteError {
    match e {
        object_store::Error::NotFound { .. } => RemoteError::Missing {
            remote: remote.into(),
            ns,
            digest: *digest,
        },
        other => classify(remote, key, other),
    }
}

async fn upload_one(
    store: Arc<dyn ObjectStore>,
    name: String,
    item: Upload,
    tick: Tick,
) -> Result<(Ns, Digest), RemoteError> {
    use std::io::Read;
    let key = item.ns.key(&item.digest);
    let location = ObjPath::from(key.as_str());
    let io = |action: &'static str, path: &PathBuf| {
        let path = path.clone();
        move |source| RemoteError::Io {
            action,
            path,
            source,
        }
    };
    let local_corrupt = |actual: Digest| RemoteError::Store {
        remote: name.clone(),
        ns: item.ns,
        digest: item.digest,
        source: Box::new(StoreError::Corrupt {
            digest: item.digest,
            actual,
        }),
    };
    if item.size < MULTIPART_THRESHOLD {
        let bytes = std::fs::read(&item.path).map_err(io("read", &item.path))?;
        // Never spread a corrupt local object: check it on the way out.
        let actual = Digest::of_bytes(&bytes);
        if actual != item.digest {
            return Err(local_corrupt(actual));
        }
        let len = bytes.len() as u64;
        store
            .put(&location, PutPayload::from(bytes))
            .await
            .map_err(|e| classify(&name, &key, e))?;
        tick(len);
        return Ok((item.ns, item.digest));
    }
    let mut file = std::fs::File::open(&item.path).map_err(io("open", &item.path))?;
    let upload = store
        .put_multipart(&location)
        .await
        .map_err(|e| classify(&name, &key, e))?;
    let mut writer = WriteMultipart::new_with_chunk_size(upload, PART_SIZE);
    let mut hasher = blake3::Hasher::new();
    let mut buf = vec![0u8; PART_SIZE];
    loop {
        let n = match file.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => {
                let _ = writer.abort().await;
                return Err(io("read", &item.path)(e));
            }
        };
        hasher.update(&buf[..n]);
        if let Err(e) = writer.wait_for_capacity(PARTS_IN_FLIGHT).await {
            return Err(classify(&name, &key, e));
        }
        writer.write(&buf[..n]);
        tick(n as u64);
    }
    let actual = Digest::from(hasher.finalize());
    if actual != item.digest {
        let _ = writer.abort().await;
        return Err(local_corrupt(actual));
    }
    writer
        .finish()
        .await
        .map_err(|e| classify(&name, &key, e))?;
    Ok((item.ns, item.digest))
}

async fn download_one(
    store: Arc<dyn ObjectStore>,
    name: String,
    ns: Ns,
    digest: Digest,
    target: Store,
    tick: Tick,
) -> Result<Digest, RemoteError> {
    let key = ns.key(&digest);
    let got = store
        .get(&ObjPath::from(key.as_str()))
        .await
        .map_err(|e| not_found_or(&name, ns, &digest, &key, e))?;
    let store_err = |source: StoreError| RemoteError::Store {
        remote: name.clone(),
        ns,
        digest,
        source: Box::new(source),
    };
    let mut staged = target.stage().map_err(store_err)?;
    let mut stream = got.into_stream();
    while let Some(chunk) = stream.next().await {
        let chunk = chunk.map_err(|e| classify(&name, &key, e))?;
        staged.write(&chunk).map_err(store_err)?;
        tick(chunk.len() as u64);
    }
    match target.commit_staged(staged, &digest, Durability::Batch) {
        Ok(_) => Ok(digest),
        Err(StoreError::Corrupt { actual, .. }) => Err(RemoteError::Corrupt {
            remote: name.clone(),
            ns,
            digest,
            actual,
            pack: None,
        }),
        Err(e) => Err(store_err(e)),
    }
}

#[cfg(test)]
mod tests {
    use super::{RemoteError, classify};

    fn generic(message: &str) -> object_store::Error {
        object_store::Error::Generic {
            store: "S3",
            source: message.to_string().into(),
        }
    }

    #[test]
    fn a_403_inside_a_url_is_not_a_denial_and_a_refused_connection_is_unreachable() {
        let refused = generic(
            "Error performing GET http://127.0.0.1:9/b?prefix=run-1795520022108040309%2Frecords in 824ms - client error (Connect): Connection refused (os error 111)",
        );
        assert!(matches!(
            classify("down", "records", refused),
            RemoteError::Unreachable { .. }
        ));
        let denied = generic(
            "Error performing PUT http://127.0.0.1:5000/b/x: Client error with status 403 Forbidden: <Code>InvalidAccessKeyId</Code>",
        );
        assert!(matches!(
            classify("o", "x", denied),
            RemoteError::Denied { .. }
        ));
        let other =
            generic("Error performing GET http://h/b/k-40300: Server error with status 500");
        assert!(matches!(
            classify("o", "k", other),
            RemoteError::Request { .. }
        ));
    }
}
