//! The remote operations: `remote add|list|set|remove|verify`, `push`, `fetch`, `pull` and the
//! not-pushed status behind `mlo data status --remote`. Each takes options and returns an
//! outcome; none prints. State changes go through `Repo::change` with a `remote.*` or
//! `data.*` audit event whose details name the remote and counts, never a credential.

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;
use std::time::Instant;

use serde::Serialize;

use super::client::{Client, Sent, Tick, Upload};
use super::spec::{self, RemoteSpec};
use super::{Ns, RemoteError, known};
use crate::audit::{NewEvent, Target};
use crate::data::pointer::{Kind, Pointer};
use crate::data::{self, DataError, DataPath, find_pointers, read_pointer, tree};
use crate::error::Error;
use crate::index::{Index, IndexError};
use crate::repo::config::{ConfigFile, local_path};
use crate::repo::{PROJECT_CONFIG, Repo, RepoError};
use crate::store::{Digest, Durability};

impl From<RemoteError> for Error {
    fn from(e: RemoteError) -> Self {
        Error::Remote(Box::new(e))
    }
}

/// Options set by `remote add` and `remote set` (`None`: leave as is).
#[derive(Debug, Clone, Default)]
pub struct RemoteOptions {
    /// The URL.
    pub url: Option<String>,
    /// Make it the default remote.
    pub default: bool,
    /// S3-compatible endpoint.
    pub endpoint: Option<String>,
    /// S3 region.
    pub region: Option<String>,
    /// Path-style S3 requests.
    pub path_style: Option<bool>,
    /// Plain HTTP allowed.
    pub allow_http: Option<bool>,
    /// Requests in flight.
    pub jobs: Option<u64>,
}

/// A configured remote, for `remote list` and after `add`/`set`.
#[derive(Debug, Clone, Serialize)]
pub struct RemoteInfo {
    /// Name.
    pub name: String,
    /// URL as configured.
    pub url: String,
    /// Whether `core.remote` names it.
    pub default: bool,
    /// S3 endpoint, if any.
    pub endpoint: Option<String>,
    /// Requests in flight.
    pub jobs: usize,
    /// Objects this clone knows the remote holds.
    pub known_objects: u64,
    /// Records this clone knows the remote holds.
    pub known_records: u64,
    /// Packs this clone knows on the remote (their indexes are cached locally).
    pub known_packs: u64,
}

fn info(repo: &Repo, index: Option<&mut Index>, spec: &RemoteSpec) -> Result<RemoteInfo, Error> {
    let (mut objects, mut records, mut packs) = (0, 0, 0);
    if let Some(index) = index
        && let Some(id) = lookup(index, &spec.identity())?
    {
        objects = known::count(index, id, Ns::Objects)?;
        records = known::count(index, id, Ns::Records)?;
        packs = known::count_packs(index, id)?;
    }
    let _ = repo;
    Ok(RemoteInfo {
        name: spec.name.clone(),
        url: spec.url.clone(),
        default: spec.default,
        endpoint: spec.endpoint.clone(),
        jobs: spec.jobs,
        known_objects: objects,
        known_records: records,
        known_packs: packs,
    })
}

fn lookup(index: &Index, identity: &str) -> Result<Option<i64>, Error> {
    use rusqlite::OptionalExtension;
    index
        .conn()
        .query_row("SELECT id FROM remotes WHERE url = ?1", [identity], |r| {
            r.get(0)
        })
        .optional()
        .map_err(|e| index.err(e).into())
}

/// `mlo remote list`.
pub fn list(repo: &Repo) -> Result<Vec<RemoteInfo>, Error> {
    let mut index = repo.open_index()?;
    let mut out = Vec::new();
    for name in spec::names(repo.settings()) {
        let s = spec::resolve(repo.settings(), repo.root(), Some(&name))?;
        out.push(info(repo, Some(&mut index), &s)?);
    }
    Ok(out)
}

/// Apply `opts` to `[remote.NAME]` in `.mlops.toml` (and `core.remote`), atomically, with
/// the audit event `action`. `must_exist`: `set` (true) or `add` (false).
fn write_remote(
    repo: &Repo,
    name: &str,
    opts: &RemoteOptions,
    must_exist: bool,
    action: &str,
) -> Result<RemoteInfo, Error> {
    spec::check_name(name)?;
    if let Some(url) = &opts.url {
        spec::Location::parse(url, repo.root())?;
    }
    let path = repo.root().join(PROJECT_CONFIG);
    let mut index = repo.open_index()?;
    let name_owned = name.to_string();
    let (file, _) = repo.change(&mut index, |_tx| {
        let mut file = ConfigFile::load(&path).map_err(RepoError::from)?;
        let exists = file.get(&format!("remote.{name}.url")).is_some();
        if exists && !must_exist {
            return Err(RemoteError::Exists {
                name: name_owned.clone(),
            }
            .into());
        }
        if !exists && must_exist {
            let known = spec::names(repo.settings());
            return Err(RemoteError::Unknown {
                name: name_owned.clone(),
                known,
            }
            .into());
        }
        let mut changed = serde_json::Map::new();
        let mut set = |leaf: &str, raw: String| -> Result<(), Error> {
            let key = format!("remote.{name}.{leaf}");
            let v = file.set(&key, &raw).map_err(RepoError::from)?;
            changed.insert(leaf.to_string(), v);
            Ok(())
        };
        if let Some(u) = &opts.url {
            set("url", u.clone())?;
        }
        if let Some(e) = &opts.endpoint {
            set("endpoint", e.clone())?;
        }
        if let Some(r) = &opts.region {
            set("region", r.clone())?;
        }
        if let Some(p) = opts.path_style {
            set("path_style", p.to_string())?;
        }
        if let Some(a) = opts.allow_http {
            set("allow_http", a.to_string())?;
        }
        if let Some(j) = opts.jobs {
            set("jobs", j.to_string())?;
        }
        if opts.default {
            file.set("core.remote", name).map_err(RepoError::from)?;
            changed.insert("default".into(), serde_json::Value::Bool(true));
        }
        file.reject_secrets().map_err(RepoError::from)?;
        file.save().map_err(RepoError::from)?;
        let event = NewEvent::success(
            action,
            Target::new("remote", name),
            serde_json::json!({ "file": PROJECT_CONFIG, "set": changed }),
        );
        Ok((file, event))
    })?;
    // Re-resolve from the files just written.
    let settings = crate::repo::Settings::resolve(repo.root(), &env_of(repo))?;
    let _ = file;
    let s = spec::resolve(&settings, repo.root(), Some(name))?;
    info(repo, Some(&mut index), &s)
}

fn env_of(repo: &Repo) -> crate::repo::settings::Env {
    // Only config files changed; provider variables are not needed to describe a remote.
    let _ = repo;
    crate::repo::settings::Env::default()
}

/// `mlo remote add NAME URL`.
pub fn add(repo: &Repo, name: &str, opts: &RemoteOptions) -> Result<RemoteInfo, Error> {
    write_remote(repo, name, opts, false, "remote.add")
}

/// `mlo remote set NAME`.
pub fn set(repo: &Repo, name: &str, opts: &RemoteOptions) -> Result<RemoteInfo, Error> {
    write_remote(repo, name, opts, true, "remote.set")
}

/// `mlo remote remove NAME`: drops `[remote.NAME]` from both config files (and `core.remote`
/// when it names it). What this clone knew about the remote's contents is kept, keyed by
/// location, in case it is added again.
pub fn remove(repo: &Repo, name: &str) -> Result<String, Error> {
    spec::check_name(name)?;
    let known_names = spec::names(repo.settings());
    if !known_names.iter().any(|n| n == name) {
        return Err(RemoteError::Unknown {
            name: name.into(),
            known: known_names,
        }
        .into());
    }
    let project = repo.root().join(PROJECT_CONFIG);
    let local = local_path(repo);
    let mut index = repo.open_index()?;
    let (url, _) = repo.change(&mut index, |_tx| {
        let mut url = String::new();
        for path in [&project, &local] {
            let mut file = ConfigFile::load(path).map_err(RepoError::from)?;
            let mut touched = false;
            if let Some(v) = file.get(&format!("remote.{name}.url")) {
                url = v.as_str().unwrap_or_default().to_string();
            }
            if let Some(remotes) = file
                .doc
                .get_mut("remote")
                .and_then(|i| i.as_table_like_mut())
                && remotes.remove(name).is_some()
            {
                touched = true;
                if remotes.is_empty() {
                    file.doc.remove("remote");
                }
            }
            if file
                .get("core.remote")
                .and_then(|v| v.as_str().map(str::to_string))
                == Some(name.to_string())
            {
                file.unset("core.remote").map_err(RepoError::from)?;
                touched = true;
            }
            if touched {
                file.save().map_err(RepoError::from)?;
            }
        }
        let event = NewEvent::success(
            "remote.remove",
            Target::new("remote", name),
            serde_json::json!({ "url": url }),
        );
        Ok((url, event))
    })?;
    Ok(url)
}

/// Options of `push`, `fetch` and `pull`.
#[derive(Debug, Clone, Default)]
pub struct TransferOptions {
    /// `-r NAME` (default: `core.remote`).
    pub remote: Option<String>,
    /// Datasets (empty: every pointer file; push then also sends records).
    pub paths: Vec<DataPath>,
    /// `-j N`: requests in flight.
    pub jobs: Option<usize>,
}

/// What a push did.
#[derive(Debug, Clone, Default, Serialize)]
pub struct PushOutcome {
    /// Remote name.
    pub remote: String,
    /// Datasets considered.
    pub datasets: usize,
    /// Objects uploaded (blobs and manifests).
    pub objects: u64,
    /// Their bytes.
    pub bytes: u64,
    /// Records uploaded.
    pub records: u64,
    /// Packs uploaded (each a pack object and its index).
    pub packs: u64,
    /// Objects and records sent inside packs (the rest went under their own keys).
    pub packed: u64,
    /// True when an interrupted push was detected and the remote listed to resume it.
    pub resumed: bool,
    /// Wall time in seconds.
    pub seconds: f64,
}

fn pointers_for(repo: &Repo, paths: &[DataPath]) -> Result<Vec<(DataPath, Pointer)>, Error> {
    let targets = if paths.is_empty() {
        find_pointers(repo)?
    } else {
        paths.to_vec()
    };
    let mut out = Vec::new();
    for rel in targets {
        let p = read_pointer(repo, &rel)?.ok_or_else(|| DataError::BadPath {
            path: PathBuf::from(&rel),
            reason: "is not tracked (no pointer file)".into(),
        })?;
        out.push((rel, p));
    }
    Ok(out)
}

/// The objects a push must send, found by walking from the roots and stopping at anything
/// the remote is known to hold (a known manifest implies its whole tree).
struct Planner<'a> {
    repo: &'a Repo,
    index: &'a Index,
    id: Option<i64>,
    /// digest -> Some(height) when complete (-1: blob or already on the remote), None when
    /// something below is missing locally (it and its ancestors are not sent).
    seen: HashMap<Digest, Option<i64>>,
    blobs: Vec<Upload>,
    manifests: Vec<(i64, Upload)>,
    bytes: u64,
}

impl<'a> Planner<'a> {
    fn new(repo: &'a Repo, index: &'a Index, id: Option<i64>) -> Self {
        Planner {
            repo,
            index,
            id,
            seen: HashMap::new(),
            blobs: Vec::new(),
            manifests: Vec::new(),
            bytes: 0,
        }
    }

    fn known(&self, d: &Digest) -> Result<bool, Error> {
        match self.id {
            Some(id) => Ok(known::is_known(self.index, id, Ns::Objects, d)?),
            None => Ok(false),
        }
    }

    fn visit(
        &mut self,
        d: Digest,
        manifest: Option<bool>,
        required: Option<&str>,
    ) -> Result<Option<i64>, Error> {
        if let Some(r) = self.seen.get(&d) {
            return Ok(*r);
        }
        if self.known(&d)? {
            self.seen.insert(d, Some(-1));
            return Ok(Some(-1));
        }
        let store = self.repo.objects();
        let path = store.object_path(&d);
        let size = match std::fs::metadata(&path) {
            Ok(m) => m.len(),
            Err(_) => {
                if let Some(p) = required {
                    return Err(RemoteError::NotLocal {
                        path: p.to_string(),
                        digest: d,
                    }
                    .into());
                }
                self.seen.insert(d, None);
                return Ok(None);
            }
        };
        let is_manifest = manifest.unwrap_or_else(|| data::gc::is_manifest(&path));
        let upload = Upload {
            ns: Ns::Objects,
            digest: d,
            size,
            path,
        };
        if !is_manifest {
            self.bytes += size;
            self.blobs.push(upload);
            self.seen.insert(d, Some(-1));
            return Ok(Some(-1));
        }
        let m = tree::read_manifest(store, &d).map_err(DataError::from)?;
        let mut height = 0;
        let mut complete = true;
        for e in m.entries {
            let (Some(child), is_dir) = (e.digest, e.kind == tree::EntryKind::Dir) else {
                continue;
            };
            if e.kind == tree::EntryKind::Symlink {
                continue;
            }
            match self.visit(child, Some(is_dir), required)? {
                Some(h) => height = height.max(h + 1),
                None => complete = false,
            }
        }
        if !complete {
            self.seen.insert(d, None);
            return Ok(None);
        }
        self.bytes += size;
        self.manifests.push((height, upload));
        self.seen.insert(d, Some(height));
        Ok(Some(height))
    }

    fn visit_pointer(&mut self, rel: &str, p: &Pointer) -> Result<(), Error> {
        self.visit(p.blake3, Some(p.kind == Kind::Dir), Some(rel))
            .map(|_| ())
    }

    /// Manifests grouped by height, lowest first (children before parents).
    fn manifest_levels(&mut self) -> Vec<Vec<Upload>> {
        let mut by: std::collections::BTreeMap<i64, Vec<Upload>> = Default::default();
        for (h, u) in self.manifests.drain(..) {
            by.entry(h).or_default().push(u);
        }
        by.into_values().collect()
    }

    fn objects(&self) -> u64 {
        (self.blobs.len() + self.manifests.len()) as u64
    }
}

/// The client for `spec`, with `-j` applied.
fn connect(spec: &mut RemoteSpec, jobs: Option<usize>, create: bool) -> Result<Client, Error> {
    if let Some(j) = jobs {
        spec.jobs = j.clamp(1, 512);
    }
    Ok(Client::new(spec, create)?)
}

/// What [`sync_packs`] found.
struct PackSync {
    /// Packs on the remote with their index and intact-sized data.
    packs: u64,
    /// Indexes downloaded now (the others were cached).
    indexes_read: u64,
    /// Pack data without an index (an interrupted or running push).
    orphans: u64,
    /// Packs whose data's size differs from what their index declares.
    damaged: u64,
}

/// List `packs/`, download the indexes this clone lacks and cache them (with `mark`, their
/// entries become known on the remote; a listing marks them itself), and forget cached packs
/// that are gone. A pack counts when its index
/// and its data are both listed and the data has the size the index declares; pack data
/// without an index (an interrupted push, or one still running) is ignored.
fn sync_packs(client: &Client, index: &mut Index, id: i64, mark: bool) -> Result<PackSync, Error> {
    let listing = client.list_packs()?;
    let cached = known::indexed_packs(index, id)?;
    let mut gone = Vec::new();
    let mut damaged = 0u64;
    let mut packs = 0u64;
    for (pack, size) in &cached {
        match listing.data.get(pack) {
            Some(s) if s == size && listing.indexes.contains_key(pack) => packs += 1,
            Some(_) if listing.indexes.contains_key(pack) => {
                damaged += 1;
                gone.push(*pack);
            }
            _ => gone.push(*pack),
        }
    }
    let mut new: Vec<Digest> = listing
        .indexes
        .keys()
        .filter(|p| !cached.contains_key(p) && listing.data.contains_key(p))
        .copied()
        .collect();
    new.sort();
    let mut read = Vec::new();
    for (pack, idx) in client.get_pack_indexes(new)? {
        if listing.data.get(&pack) == Some(&idx.pack_size) {
            read.push((pack, idx));
        } else {
            damaged += 1;
        }
    }
    packs += read.len() as u64;
    known::add_packs(index, id, &read, mark)?;
    let orphans = listing
        .data
        .keys()
        .filter(|p| !listing.indexes.contains_key(p))
        .count() as u64;
    known::drop_packs(index, id, &gone)?;
    Ok(PackSync {
        packs,
        indexes_read: read.len() as u64,
        orphans,
        damaged,
    })
}

fn relist(client: &Client, index: &mut Index, id: i64, repo: &Repo) -> Result<VerifyCounts, Error> {
    let objects = client.list(Ns::Objects)?;
    let records = client.list(Ns::Records)?;
    let synced = sync_packs(client, index, id, false)?;
    let entries = known::pack_entries(index, id)?;
    let mut listed = Vec::with_capacity(objects.len() + records.len() + entries.len());
    let mut mismatched = 0u64;
    // A remote copy whose size differs from ours is damaged: forget it so push re-sends.
    let differs = |d: &Digest, size: u64| {
        std::fs::metadata(repo.objects().object_path(d)).is_ok_and(|m| m.len() != size)
    };
    for (d, size) in &objects {
        if differs(d, *size) {
            mismatched += 1;
            continue;
        }
        listed.push((Ns::Objects, *d));
    }
    listed.extend(records.iter().map(|(d, _)| (Ns::Records, *d)));
    let packed = entries.len() as u64;
    for (ns, d, length) in entries {
        if ns == Ns::Objects && differs(&d, length) {
            mismatched += 1;
            continue;
        }
        listed.push((ns, d));
    }
    // Push stops descending at a manifest it knows on the remote, so a manifest counts only
    // when its whole tree is there too; one whose tree lost objects (deleted by hand, or in a
    // pack whose index was removed) is forgotten, and the next push re-sends what is missing.
    let present: HashSet<Digest> = listed
        .iter()
        .filter(|(ns, _)| *ns == Ns::Objects)
        .map(|(_, d)| *d)
        .collect();
    let mut memo = HashMap::new();
    let before = listed.len();
    listed.retain(|(ns, d)| *ns != Ns::Objects || tree_complete(repo, d, &present, &mut memo));
    let incomplete = (before - listed.len()) as u64;
    let now = repo.settings().clock.now().to_rfc3339();
    let (added, dropped) = known::replace(index, id, &listed, &now)?;
    Ok(VerifyCounts {
        objects: objects.len() as u64,
        records: records.len() as u64,
        packs: synced.packs,
        packed,
        indexes_read: synced.indexes_read,
        orphan_packs: synced.orphans,
        damaged_packs: synced.damaged,
        learned: added,
        forgotten: dropped,
        mismatched,
        incomplete,
    })
}

/// Whether everything below `d` is in `present` (true for a blob, and for a manifest this
/// clone cannot read: it cannot tell).
fn tree_complete(
    repo: &Repo,
    d: &Digest,
    present: &HashSet<Digest>,
    memo: &mut HashMap<Digest, bool>,
) -> bool {
    if let Some(v) = memo.get(d) {
        return *v;
    }
    let store = repo.objects();
    let complete = if !data::gc::is_manifest(&store.object_path(d)) {
        true
    } else {
        match tree::read_manifest(store, d) {
            Err(_) => true,
            Ok(m) => m.entries.iter().all(|e| match (e.kind, e.digest) {
                (tree::EntryKind::Symlink, _) | (_, None) => true,
                (tree::EntryKind::Dir, Some(c)) => {
                    present.contains(&c) && tree_complete(repo, &c, present, memo)
                }
                (_, Some(c)) => present.contains(&c),
            }),
        }
    };
    memo.insert(*d, complete);
    complete
}

/// `mlo push`.
pub fn push(repo: &Repo, opts: &TransferOptions, tick: Tick) -> Result<PushOutcome, Error> {
    let started = Instant::now();
    let mut spec = spec::resolve(repo.settings(), repo.root(), opts.remote.as_deref())?;
    let mut index = repo.open_index()?;
    repo.materialize_records(&index)?;
    let identity = spec.identity();
    let client = connect(&mut spec, opts.jobs, true)?;
    let id = lookup(&index, &identity)?;
    let mut resumed = false;
    if let Some(existing) = id
        && known::push_pending(&index, existing)?
    {
        relist(&client, &mut index, existing, repo)?;
        resumed = true;
    }
    let pointers = pointers_for(repo, &opts.paths)?;
    let mut planner = Planner::new(repo, &index, id);
    for (rel, p) in &pointers {
        planner.visit_pointer(rel, p)?;
    }
    let mut record_uploads = Vec::new();
    if opts.paths.is_empty() {
        let unpushed = match id {
            Some(i) => known::unpushed_records(&index, i)?,
            None => all_records(&index)?,
        };
        for (d, body) in unpushed {
            let mut refs = Vec::new();
            data::gc::digests_in(&body, &mut refs);
            for r in refs {
                planner.visit(r, None, None)?;
            }
            record_uploads.push(Upload {
                ns: Ns::Records,
                digest: d,
                size: body.len() as u64,
                path: repo.records().object_path(&d),
            });
        }
    }
    let objects = planner.objects();
    let bytes = planner.bytes;
    let blobs = std::mem::take(&mut planner.blobs);
    let levels = planner.manifest_levels();
    drop(planner);
    let records = record_uploads.len() as u64;
    let mut outcome = PushOutcome {
        remote: spec.name.clone(),
        datasets: pointers.len(),
        objects,
        bytes,
        records,
        resumed,
        ..PushOutcome::default()
    };
    if objects == 0 && records == 0 {
        outcome.seconds = started.elapsed().as_secs_f64();
        return Ok(outcome);
    }
    let rid = match id {
        Some(i) => i,
        None => {
            // Nothing local changes before the remote has answered once: a wrong credential
            // or an unreachable endpoint leaves the index as it was.
            client.list(Ns::Records)?;
            known::remote_id(&mut index, &identity)?
        }
    };
    known::set_push_pending(&mut index, rid, true)?;
    // Stages in order: files, manifests by height, records. Each finishes (its packs indexed)
    // before the next starts, so nothing on the remote names an object that is not there.
    let mut stages = vec![blobs];
    stages.extend(levels);
    stages.push(record_uploads);
    for stage in stages {
        if stage.is_empty() {
            continue;
        }
        let (packs, singles) = spec.packing.split(stage);
        client.send(singles, packs, &tick, |batch: Vec<Sent>| {
            let mut objects = Vec::new();
            let mut packs = Vec::new();
            for sent in batch {
                match sent {
                    Sent::Object(ns, d) => objects.push((ns, d)),
                    Sent::Pack { id, index } => {
                        outcome.packs += 1;
                        outcome.packed += index.entries.len() as u64;
                        packs.push((id, index));
                    }
                }
            }
            known::mark(&mut index, rid, &objects)?;
            known::add_packs(&mut index, rid, &packs, true).map_err(Error::from)
        })?;
    }
    known::set_push_pending(&mut index, rid, false)?;
    outcome.seconds = started.elapsed().as_secs_f64();
    let details = serde_json::json!({
        "remote": spec.name, "url": spec.url, "objects": outcome.objects,
        "bytes": outcome.bytes, "records": outcome.records, "packs": outcome.packs,
        "packed": outcome.packed, "resumed": resumed,
    });
    repo.change(&mut index, |_| {
        Ok((
            (),
            NewEvent::success("data.push", Target::new("remote", &spec.name), details),
        ))
    })?;
    Ok(outcome)
}

fn all_records(index: &Index) -> Result<Vec<(Digest, String)>, Error> {
    let mut stmt = index
        .conn()
        .prepare("SELECT digest, body FROM records WHERE materialized = 1 ORDER BY digest")
        .map_err(|e| index.err(e))?;
    let rows = stmt
        .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))
        .map_err(|e| index.err(e))?;
    let mut out = Vec::new();
    for row in rows {
        let (d, b) = row.map_err(|e| index.err(e))?;
        if let Ok(d) = d.parse() {
            out.push((d, b));
        }
    }
    Ok(out)
}

/// What a fetch did.
#[derive(Debug, Clone, Default, Serialize)]
pub struct FetchOutcome {
    /// Remote name.
    pub remote: String,
    /// Datasets considered.
    pub datasets: usize,
    /// Objects downloaded (blobs and manifests).
    pub objects: u64,
    /// Their bytes.
    pub bytes: u64,
    /// Records downloaded.
    pub records: u64,
    /// Records new to the index (runs, model versions, dataset versions, audit events made
    /// elsewhere).
    pub records_indexed: u64,
    /// Objects and records read out of packs (with ranged GETs).
    pub packed: u64,
    /// Pack indexes downloaded (packs this clone had not seen before).
    pub pack_indexes: u64,
    /// Wall time in seconds.
    pub seconds: f64,
}

/// `mlo fetch`: download what the pointer files need and every record the remote has that
/// this clone lacks, verifying each digest before it enters the store; index the new records.
pub fn fetch(repo: &Repo, opts: &TransferOptions, tick: Tick) -> Result<FetchOutcome, Error> {
    let started = Instant::now();
    let mut spec = spec::resolve(repo.settings(), repo.root(), opts.remote.as_deref())?;
    let mut index = repo.open_index()?;
    let identity = spec.identity();
    let client = connect(&mut spec, opts.jobs, false)?;
    let name = spec.name.clone();
    // Records first: one listing (nothing local changes before the remote has answered)...
    let listed = client.list(Ns::Records)?;
    let id = known::remote_id(&mut index, &identity)?;
    // ...then the packs: one listing, and the indexes this clone has not seen.
    let synced = sync_packs(&client, &mut index, id, true)?;
    let local = known::local_records(&index)?;
    let mut on_remote: Vec<Digest> = listed.iter().map(|(d, _)| *d).collect();
    on_remote.extend(known::packed(&index, id, Ns::Records)?);
    let mut new: Vec<Digest> = on_remote
        .into_iter()
        .filter(|d| !local.contains(d))
        .collect();
    new.sort();
    new.dedup();
    let (in_store, to_get): (Vec<Digest>, Vec<Digest>) =
        new.iter().partition(|d| repo.records().has(d));
    let mut arrived: Vec<(Digest, Vec<u8>)> = Vec::new();
    for d in in_store {
        arrived.push((d, repo.records().get_bytes(&d)?));
    }
    let fetched_records = to_get.len() as u64;
    let wants = known::locate(&index, id, Ns::Records, &to_get)?;
    let mut packed = wants.iter().filter(|w| w.packed.is_some()).count() as u64;
    for (d, bytes) in client.get_verified(Ns::Records, wants)? {
        repo.records()
            .put_bytes(&bytes, Durability::Batch)
            .map_err(|source| RemoteError::Store {
                remote: name.clone(),
                ns: Ns::Records,
                digest: d,
                source: Box::new(source),
            })?;
        arrived.push((d, bytes.to_vec()));
    }
    if fetched_records > 0 {
        repo.records().sync()?;
    }
    // Objects: walk the pointers' trees level by level; manifests we lack are fetched into
    // memory (verified), so the local rule "a stored manifest means its tree is stored" holds.
    let pointers = pointers_for(repo, &opts.paths)?;
    let store = repo.objects();
    let mut blobs: Vec<Digest> = Vec::new();
    let mut seen: HashSet<Digest> = HashSet::new();
    let mut frontier: Vec<Digest> = Vec::new();
    for (_, p) in &pointers {
        if !seen.insert(p.blake3) {
            continue;
        }
        match p.kind {
            Kind::File if !store.has(&p.blake3) => blobs.push(p.blake3),
            Kind::File => {}
            Kind::Dir => frontier.push(p.blake3),
        }
    }
    let mut manifests: Vec<Vec<(Digest, bytes::Bytes)>> = Vec::new();
    while !frontier.is_empty() {
        let (have, lack): (Vec<Digest>, Vec<Digest>) =
            frontier.drain(..).partition(|d| store.has(d));
        let mut parsed = Vec::new();
        for d in have {
            parsed.push(tree::read_manifest(store, &d).map_err(DataError::from)?);
        }
        let wants = known::locate(&index, id, Ns::Objects, &lack)?;
        packed += wants.iter().filter(|w| w.packed.is_some()).count() as u64;
        let got = client.get_verified(Ns::Objects, wants)?;
        for (d, bytes) in &got {
            parsed.push(tree::parse_manifest(d, bytes).map_err(DataError::from)?);
        }
        manifests.push(got);
        for m in parsed {
            for e in m.entries {
                let Some(child) = e.digest else { continue };
                if !seen.insert(child) {
                    continue;
                }
                match e.kind {
                    tree::EntryKind::Dir => frontier.push(child),
                    tree::EntryKind::File if !store.has(&child) => blobs.push(child),
                    _ => {}
                }
            }
        }
    }
    let mut outcome = FetchOutcome {
        remote: name.clone(),
        datasets: pointers.len(),
        records: fetched_records,
        pack_indexes: synced.indexes_read,
        ..FetchOutcome::default()
    };
    let blob_wants = known::locate(&index, id, Ns::Objects, &blobs)?;
    packed += blob_wants.iter().filter(|w| w.packed.is_some()).count() as u64;
    let counted = std::sync::Arc::new(std::sync::atomic::AtomicU64::new(0));
    let tick2: Tick = {
        let counted = counted.clone();
        let tick = tick.clone();
        std::sync::Arc::new(move |n| {
            counted.fetch_add(n, std::sync::atomic::Ordering::Relaxed);
            tick(n)
        })
    };
    let blob_count = blobs.len() as u64;
    client.download(
        Ns::Objects,
        blob_wants,
        store,
        &tick2,
        |batch: Vec<Digest>| {
            let items: Vec<(Ns, Digest)> = batch.into_iter().map(|d| (Ns::Objects, d)).collect();
            known::mark(&mut index, id, &items).map_err(Error::from)
        },
    )?;
    if blob_count > 0 {
        store.sync()?;
    }
    // Manifests after their files, deepest level first.
    let mut manifest_count = 0u64;
    let mut manifest_bytes = 0u64;
    let mut marks = Vec::new();
    for level in manifests.iter().rev() {
        for (d, bytes) in level {
            store
                .put_bytes(bytes, Durability::Batch)
                .map_err(|source| RemoteError::Store {
                    remote: name.clone(),
                    ns: Ns::Objects,
                    digest: *d,
                    source: Box::new(source),
                })?;
            manifest_count += 1;
            manifest_bytes += bytes.len() as u64;
            marks.push((Ns::Objects, *d));
        }
    }
    if manifest_count > 0 {
        store.sync()?;
    }
    marks.extend(listed.iter().map(|(d, _)| (Ns::Records, *d)));
    known::mark(&mut index, id, &marks)?;
    let mut indexed = 0;
    if !arrived.is_empty() {
        let path = index.path().to_path_buf();
        indexed = index.write(|tx| {
            crate::repo::maintenance::ingest_records(tx, &arrived)
                .map_err(|e| Error::from(IndexError::at(&path)(e)))
        })?;
    }
    outcome.objects = blob_count + manifest_count;
    outcome.bytes = counted.load(std::sync::atomic::Ordering::Relaxed) + manifest_bytes;
    outcome.records_indexed = indexed as u64;
    outcome.packed = packed;
    outcome.seconds = started.elapsed().as_secs_f64();
    Ok(outcome)
}

/// Record the audit event of a fetch or pull.
fn audit_fetch(repo: &Repo, action: &str, spec_name: &str, o: &FetchOutcome) -> Result<(), Error> {
    let mut index = repo.open_index()?;
    let details = serde_json::json!({
        "remote": spec_name, "objects": o.objects, "bytes": o.bytes,
        "records": o.records, "records_indexed": o.records_indexed, "packed": o.packed,
    });
    repo.change(&mut index, |_| {
        Ok((
            (),
            NewEvent::success(action, Target::new("remote", spec_name), details),
        ))
    })?;
    Ok(())
}

/// `mlo fetch` with its audit event.
pub fn fetch_audited(
    repo: &Repo,
    opts: &TransferOptions,
    tick: Tick,
) -> Result<FetchOutcome, Error> {
    let o = fetch(repo, opts, tick)?;
    audit_fetch(repo, "data.fetch", &o.remote, &o)?;
    Ok(o)
}

/// What a pull did.
#[derive(Debug, Clone, Serialize)]
pub struct PullOutcome {
    /// The fetch.
    pub fetch: FetchOutcome,
    /// The checkout of each dataset.
    pub checkout: Vec<data::CheckoutOutcome>,
}

/// `mlo pull` = fetch + `data checkout` (+ the new records indexed by fetch).
pub fn pull(
    repo: &Repo,
    opts: &TransferOptions,
    force: bool,
    tick: Tick,
    checkout_progress: &(dyn Fn(u64) + Sync),
) -> Result<PullOutcome, Error> {
    let fetched = fetch(repo, opts, tick)?;
    let checkout = data::checkout(
        repo,
        &data::CheckoutOptions {
            paths: opts.paths.clone(),
            rev: None,
            force,
            link: repo.settings().link,
        },
        checkout_progress,
    )?;
    audit_fetch(repo, "data.pull", &fetched.remote, &fetched)?;
    Ok(PullOutcome {
        fetch: fetched,
        checkout,
    })
}

/// Counts from a listing.
#[derive(Debug, Clone, Default, Serialize)]
pub struct VerifyCounts {
    /// Objects listed on the remote under their own keys.
    pub objects: u64,
    /// Records listed on the remote under their own keys.
    pub records: u64,
    /// Packs on the remote (index and data present, the data of the declared size).
    pub packs: u64,
    /// Objects and records held in those packs.
    pub packed: u64,
    /// Pack indexes downloaded by this listing (the others were cached).
    pub indexes_read: u64,
    /// Pack data without an index: left by an interrupted push, or a push still running.
    /// Ignored (its objects count as missing, and are sent again in a new pack).
    pub orphan_packs: u64,
    /// Packs whose data's size differs from what their index declares: not counted, so
    /// their objects are pushed again.
    pub damaged_packs: u64,
    /// Entries this clone did not know about.
    pub learned: u64,
    /// Entries this clone believed were there but are not (they will be pushed again).
    pub forgotten: u64,
    /// Remote objects whose size differs from the local copy (damaged; will be re-sent).
    pub mismatched: u64,
    /// Manifests on the remote with objects missing below them: not counted, so the next
    /// push re-sends the missing objects and the manifest.
    pub incomplete: u64,
}

/// What `remote verify` found.
#[derive(Debug, Clone, Serialize)]
pub struct VerifyOutcome {
    /// Remote name.
    pub remote: String,
    /// The counts.
    #[serde(flatten)]
    pub counts: VerifyCounts,
}

/// `mlo remote verify`: list the remote and make this clone's knowledge of it exact.
pub fn verify(repo: &Repo, remote: Option<&str>) -> Result<VerifyOutcome, Error> {
    let spec = spec::resolve(repo.settings(), repo.root(), remote)?;
    let client = Client::new(&spec, false)?;
    let mut index = repo.open_index()?;
    let id = known::remote_id(&mut index, &spec.identity())?;
    let counts = relist(&client, &mut index, id, repo)?;
    let details = serde_json::to_value(&counts).unwrap_or_default();
    repo.change(&mut index, |_| {
        Ok((
            (),
            NewEvent::success("remote.verify", Target::new("remote", &spec.name), details),
        ))
    })?;
    Ok(VerifyOutcome {
        remote: spec.name,
        counts,
    })
}

/// One dataset's push status.
#[derive(Debug, Clone, Serialize)]
pub struct NotPushed {
    /// Dataset path.
    pub path: DataPath,
    /// Objects the remote is not known to hold.
    pub objects: u64,
    /// Their bytes.
    pub bytes: u64,
}

/// `mlo data status --remote`.
#[derive(Debug, Clone, Serialize)]
pub struct RemoteStatus {
    /// Remote name.
    pub remote: String,
    /// Per dataset.
    pub datasets: Vec<NotPushed>,
    /// Records not pushed.
    pub records: u64,
}

impl RemoteStatus {
    /// Whether everything is pushed.
    pub fn in_sync(&self) -> bool {
        self.records == 0 && self.datasets.iter().all(|d| d.objects == 0)
    }
}

/// What `push` would send, per dataset, from this clone's knowledge (no request is made).
pub fn status(
    repo: &Repo,
    remote: Option<&str>,
    paths: &[DataPath],
) -> Result<RemoteStatus, Error> {
    let spec = spec::resolve(repo.settings(), repo.root(), remote)?;
    let index = repo.open_index()?;
    repo.materialize_records(&index)?;
    let id = lookup(&index, &spec.identity())?;
    let mut datasets = Vec::new();
    for (rel, p) in pointers_for(repo, paths)? {
        let mut planner = Planner::new(repo, &index, id);
        let _ = planner.visit(p.blake3, Some(p.kind == Kind::Dir), None)?;
        datasets.push(NotPushed {
            path: rel,
            objects: planner.objects(),
            bytes: planner.bytes,
        });
    }
    let records = match id {
        Some(i) => known::unpushed_records(&index, i)?.len(),
        None => all_records(&index)?.len(),
    } as u64;
    Ok(RemoteStatus {
        remote: spec.name,
        datasets,
        records,
    })
}
