//! The transfer engine: an `object_store` client and the tokio runtime it runs on, with
//! bounded concurrency (`jobs` requests in flight), multipart uploads for large objects,
//! retries with exponential backoff (configured on the client, see `spec`), and downloads that
//! are verified before they enter the store.
//!
//! Transfers fail fast: after the first error no new request starts; what completed before
//! is still reported to the caller (so it is remembered and not sent again).

use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use bytes::Bytes;
use futures::StreamExt;
use object_store::path::Path as ObjPath;
use object_store::{ObjectStore, ObjectStoreExt, PutPayload, WriteMultipart};

use super::{Ns, RemoteError, RemoteSpec};
use crate::store::{Digest, Durability, Store, StoreError};

/// Objects at least this large are uploaded in parts.
pub const MULTIPART_THRESHOLD: u64 = 16 << 20;
/// The size of one part.
pub const PART_SIZE: usize = 16 << 20;
/// Parts of one object in flight at once.
const PARTS_IN_FLIGHT: usize = 4;

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

/// A connected remote.
pub struct Client {
    rt: tokio::runtime::Runtime,
    store: Arc<dyn ObjectStore>,
    name: String,
    jobs: usize,
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
            let denied = [
                "accessdenied",
                "invalidaccesskeyid",
                "signaturedoesnotmatch",
                "forbidden",
                "403",
            ];
            let unreachable = [
                "connection refused",
                "error trying to connect",
                "dns error",
                "failed to lookup address",
                "timed out",
                "client error (connect)",
            ];
            if denied.iter().any(|d| lower.contains(d)) {
                RemoteError::Denied {
                    remote: remote.into(),
                    key: key.into(),
                    source: Box::new(e),
                }
            } else if unreachable.iter().any(|d| lower.contains(d)) {
                RemoteError::Unreachable {
                    remote: remote.into(),
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

    /// Upload files; `done` gets (namespace, digest) of each object as it arrives.
    pub fn upload<E: From<RemoteError>>(
        &self,
        items: Vec<Upload>,
        tick: &Tick,
        done: impl FnMut(Vec<(Ns, Digest)>) -> Result<(), E>,
    ) -> Result<(), E> {
        let tasks: Vec<_> = items
            .into_iter()
            .map(|item| {
                let store = self.store.clone();
                let name = self.name.clone();
                let tick = tick.clone();
                async move { upload_one(store, name, item, tick).await }
            })
            .collect();
        self.run_all(tasks, done)
    }

    /// Download objects into `target`, verifying each digest before it becomes visible;
    /// `done` gets the digests stored.
    pub fn download<E: From<RemoteError>>(
        &self,
        ns: Ns,
        items: Vec<Digest>,
        target: &Store,
        tick: &Tick,
        done: impl FnMut(Vec<Digest>) -> Result<(), E>,
    ) -> Result<(), E> {
        let tasks: Vec<_> = items
            .into_iter()
            .map(|digest| {
                let store = self.store.clone();
                let name = self.name.clone();
                let tick = tick.clone();
                let target = target.clone();
                async move { download_one(store, name, ns, digest, target, tick).await }
            })
            .collect();
        self.run_all(tasks, done)
    }

    /// Fetch small objects into memory (manifests, records), each verified against its name.
    pub fn get_verified(
        &self,
        ns: Ns,
        items: Vec<Digest>,
    ) -> Result<Vec<(Digest, Bytes)>, RemoteError> {
        let tasks: Vec<_> = items
            .into_iter()
            .map(|digest| {
                let store = self.store.clone();
                let name = self.name.clone();
                async move {
                    let key = ns.key(&digest);
                    let got = store
                        .get(&ObjPath::from(key.as_str()))
                        .await
                        .map_err(|e| not_found_or(&name, ns, &digest, &key, e))?;
                    let bytes = got
                        .bytes()
                        .await
                        .map_err(|e| not_found_or(&name, ns, &digest, &key, e))?;
                    let actual = Digest::of_bytes(&bytes);
                    if actual != digest {
                        return Err(RemoteError::Corrupt {
                            remote: name,
                            ns,
                            digest,
                            actual,
                        });
                    }
                    Ok((digest, bytes))
                }
            })
            .collect();
        let mut out = Vec::new();
        self.run_all(tasks, |batch| {
            out.extend(batch);
            Ok::<_, RemoteError>(())
        })?;
        Ok(out)
    }

    /// Every well-formed object key of `ns` on the remote, with its size.
    pub fn list(&self, ns: Ns) -> Result<Vec<(Digest, u64)>, RemoteError> {
        let store = self.store.clone();
        let name = self.name.clone();
        self.rt.block_on(async move {
            let prefix = ObjPath::from(ns.prefix());
            let mut stream = store.list(Some(&prefix));
            let mut out = Vec::new();
            while let Some(meta) = stream.next().await {
                let meta = match meta {
                    Ok(m) => m,
                    // A directory remote that was never pushed to has no `objects/` yet.
                    Err(object_store::Error::NotFound { .. }) => break,
                    Err(e) => return Err(classify(&name, ns.prefix(), e)),
                };
                if let Some(d) = ns.parse_key(meta.location.as_ref()) {
                    out.push((d, meta.size));
                }
            }
            Ok(out)
        })
    }
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
        }),
        Err(e) => Err(store_err(e)),
    }
}
