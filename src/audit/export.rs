//! Exports of the audit trail for auditors: the events in JSON Lines, JSON, CSV or YAML, and
//! a manifest that pins them down (count, first and last id, head hash, RFC 6962 Merkle root
//! over the exported events, SHA-256 of the file, and an ed25519 signature when a key is
//! set). Every format reads back into exactly the events that were hashed, so
//! [`verify_export`] recomputes each event's chain hash from the parsed fields, the links
//! between consecutive events, the root and the file digest, and names the first thing that
//! was changed after the fact.
//!
//! Export streams rows ([`super::stream`]), so memory stays flat whatever the size; JSON
//! Lines of a million events takes about a second. Called by `mlo audit export`.

use std::fmt;
use std::io::{self, BufRead, Read, Write};
use std::ops::ControlFlow;
use std::path::Path;

use serde::{Deserialize, Serialize};

use super::anchor::SignatureStatus;
use super::checkpoint::{PrivateKey, PublicKey};
use super::merkle::{MerkleHash, TreeBuilder};
use super::stream::{HashingWriter, RawEvent, for_each, leaf_for_hash};
use super::{AuditError, AuditEvent, EventFilter, GENESIS_HASH, Outcome};

/// The `format` of every manifest.
pub const MANIFEST_FORMAT: &str = "mlo-audit-export-manifest";
/// The manifest format version.
pub const MANIFEST_VERSION: u64 = 1;

/// The file formats of an export.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "snake_case")]
pub enum ExportFormat {
    /// One JSON event per line.
    Jsonl,
    /// One JSON array of events.
    Json,
    /// RFC 4180 CSV with a header row; `details` is a JSON text column.
    Csv,
    /// A YAML sequence of events.
    Yaml,
}

impl fmt::Display for ExportFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ExportFormat::Jsonl => "jsonl",
            ExportFormat::Json => "json",
            ExportFormat::Csv => "csv",
            ExportFormat::Yaml => "yaml",
        })
    }
}

/// The CSV columns, in order.
pub const CSV_COLUMNS: [&str; 17] = [
    "version",
    "seq",
    "event_id",
    "chain",
    "timestamp",
    "actor_type",
    "actor_id",
    "actor_source",
    "action",
    "target_type",
    "target_id",
    "outcome",
    "reason",
    "details",
    "host",
    "prev_hash",
    "hash",
];

/// The filters an export was made with, recorded in its manifest.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExportFilters {
    /// `--since`, resolved.
    pub since: Option<String>,
    /// `--until`, resolved.
    pub until: Option<String>,
    /// `--actor`.
    pub actor: Option<String>,
    /// `--action`.
    pub action: Option<String>,
    /// `--target`.
    pub target: Option<String>,
    /// `--outcome`.
    pub outcome: Option<Outcome>,
    /// `--limit`.
    pub limit: Option<usize>,
}

impl From<&EventFilter> for ExportFilters {
    fn from(f: &EventFilter) -> Self {
        ExportFilters {
            since: f.since.clone(),
            until: f.until.clone(),
            actor: f.actor.clone(),
            action: f.action.clone(),
            target: f.target.clone(),
            outcome: f.outcome,
            limit: f.limit,
        }
    }
}

/// A manifest's signature.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ManifestSignature {
    /// Always `ed25519`.
    pub algorithm: String,
    /// The signing key, 64 hex.
    pub public_key: String,
    /// Its id.
    pub key_id: String,
    /// 128 hex.
    pub signature: String,
}

/// The manifest written next to an export (`FILE.manifest.json`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    /// Always [`MANIFEST_FORMAT`].
    pub format: String,
    /// Always [`MANIFEST_VERSION`].
    pub version: u64,
    /// The export's file format.
    pub export_format: ExportFormat,
    /// The export file's name (no directory), when it was written to a file.
    pub file: Option<String>,
    /// The repository's chain id.
    pub chain_id: String,
    /// Number of events.
    pub count: u64,
    /// First event's id.
    pub first_event_id: Option<String>,
    /// Last event's id.
    pub last_event_id: Option<String>,
    /// First event's sequence number.
    pub first_sequence: Option<i64>,
    /// Last event's sequence number.
    pub last_sequence: Option<i64>,
    /// The last exported event's chain hash (64 zeros when empty).
    pub head_hash: String,
    /// RFC 6962 root over the exported events (leaf data: each event's raw chain hash).
    pub merkle_root: MerkleHash,
    /// SHA-256 of the export file's bytes.
    pub sha256: String,
    /// The export file's length in bytes.
    pub bytes: u64,
    /// The filters used.
    pub filters: ExportFilters,
    /// When the export was made.
    pub created_at: String,
    /// ed25519 over [`Manifest::signed_bytes`], when a key was set.
    pub signature: Option<ManifestSignature>,
}

impl Manifest {
    /// The bytes a manifest signature covers: a header line, then one `key <JSON value>` line
    /// per field in this order (JSON values have no raw line breaks, so no two manifests share
    /// signed bytes).
    pub fn signed_bytes(&self) -> Vec<u8> {
        let j = |v: &dyn erased::Json| v.json();
        let mut s = format!("{MANIFEST_FORMAT} v{MANIFEST_VERSION}\n");
        for (k, v) in [
            ("export_format", j(&self.export_format)),
            ("file", j(&self.file)),
            ("chain_id", j(&self.chain_id)),
            ("count", j(&self.count)),
            ("first_event_id", j(&self.first_event_id)),
            ("last_event_id", j(&self.last_event_id)),
            ("first_sequence", j(&self.first_sequence)),
            ("last_sequence", j(&self.last_sequence)),
            ("head_hash", j(&self.head_hash)),
            ("merkle_root", j(&self.merkle_root)),
            ("sha256", j(&self.sha256)),
            ("bytes", j(&self.bytes)),
            ("filters", j(&self.filters)),
            ("created_at", j(&self.created_at)),
        ] {
            s.push_str(k);
            s.push(' ');
            s.push_str(&v);
            s.push('\n');
        }
        s.into_bytes()
    }

    fn sign(&mut self, key: &PrivateKey) {
        let public = key.public_key();
        let signature = key.sign_message(&self.signed_bytes());
        self.signature = Some(ManifestSignature {
            algorithm: "ed25519".into(),
            public_key: public.to_hex(),
            key_id: public.key_id().to_string(),
            signature: hex::encode(signature),
        });
    }

    /// The manifest file's text.
    pub fn to_json(&self) -> String {
        let mut s = serde_json::to_string_pretty(self).expect("manifest serializes");
        s.push('\n');
        s
    }
}

mod erased {
    /// Canonical JSON of any serializable value, behind a trait object.
    pub trait Json {
        fn json(&self) -> String;
    }
    impl<T: serde::Serialize> Json for T {
        fn json(&self) -> String {
            String::from_utf8(crate::records::canonical_bytes(self)).expect("JSON is UTF-8")
        }
    }
}

/// What to export.
#[derive(Debug, Clone)]
pub struct ExportOptions<'a> {
    /// Which events.
    pub filter: EventFilter,
    /// How to write them.
    pub format: ExportFormat,
    /// The repository's chain id.
    pub chain_id: String,
    /// The export file's name for the manifest, if any.
    pub file_name: Option<String>,
    /// When (from the settings clock).
    pub created_at: String,
    /// Sign the manifest with this key.
    pub key: Option<&'a PrivateKey>,
}

/// Write the events `opts` selects to `out` and return the manifest (and `out`).
/// I/O errors are returned as `io::Error` so the caller can name the destination.
pub fn export<W: Write>(
    conn: &rusqlite::Connection,
    opts: &ExportOptions<'_>,
    out: W,
) -> Result<Result<(Manifest, W), io::Error>, AuditError> {
    let mut w = HashingWriter::new(io::BufWriter::with_capacity(1 << 20, out));
    let mut tree = TreeBuilder::new();
    let mut count = 0u64;
    let mut first: Option<(String, i64)> = None;
    let mut last: Option<(String, i64, String)> = None;
    let mut buf: Vec<u8> = Vec::with_capacity(1 << 16);
    let mut io_error: Option<io::Error> = None;
    let mut csv_writer = match opts.format {
        ExportFormat::Csv => {
            let mut c = csv::WriterBuilder::new().from_writer(Vec::with_capacity(1 << 16));
            c.write_record(CSV_COLUMNS).expect("writing to a Vec");
            Some(c)
        }
        _ => None,
    };
    match opts.format {
        ExportFormat::Json => buf.extend_from_slice(b"["),
        ExportFormat::Yaml | ExportFormat::Jsonl | ExportFormat::Csv => {}
    }
    let (tail, args) = super::filter_tail(&opts.filter);
    for_each(conn, &tail, &args, |raw| {
        write_event(opts.format, raw, count, &mut buf, csv_writer.as_mut())?;
        tree.push(raw.leaf().map_err(|message| AuditError::Unreadable {
            seq: raw.seq,
            message,
        })?);
        if first.is_none() {
            first = Some((raw.event_id.to_string(), raw.seq));
        }
        count += 1;
        if count % 4096 == 0 || buf.len() > (1 << 16) {
            if let Some(c) = csv_writer.as_mut() {
                drain_csv(c, &mut buf);
            }
            if let Err(e) = w.write_all(&buf) {
                io_error = Some(e);
                return Ok(ControlFlow::Break(()));
            }
            buf.clear();
        }
        last = Some((raw.event_id.to_string(), raw.seq, raw.hash.to_string()));
        Ok(ControlFlow::Continue(()))
    })?;
    if let Some(e) = io_error {
        return Ok(Err(e));
    }
    if let Some(c) = csv_writer.as_mut() {
        drain_csv(c, &mut buf);
    }
    match opts.format {
        ExportFormat::Json if count == 0 => buf.extend_from_slice(b"]\n"),
        ExportFormat::Json => buf.extend_from_slice(b"\n]\n"),
        ExportFormat::Yaml if count == 0 => buf.extend_from_slice(b"[]\n"),
        _ => {}
    }
    let finished = w.write_all(&buf).and_then(|_| w.flush());
    if let Err(e) = finished {
        return Ok(Err(e));
    }
    let (sha256, bytes, inner) = w.finish();
    let inner = match inner.into_inner() {
        Ok(inner) => inner,
        Err(e) => return Ok(Err(e.into_error())),
    };
    let mut manifest = Manifest {
        format: MANIFEST_FORMAT.into(),
        version: MANIFEST_VERSION,
        export_format: opts.format,
        file: opts.file_name.clone(),
        chain_id: opts.chain_id.clone(),
        count,
        first_event_id: first.as_ref().map(|f| f.0.clone()),
        first_sequence: first.map(|f| f.1),
        last_event_id: last.as_ref().map(|l| l.0.clone()),
        last_sequence: last.as_ref().map(|l| l.1),
        head_hash: last.map(|l| l.2).unwrap_or_else(|| GENESIS_HASH.into()),
        merkle_root: tree.root(),
        sha256,
        bytes,
        filters: ExportFilters::from(&opts.filter),
        created_at: opts.created_at.clone(),
        signature: None,
    };
    if let Some(key) = opts.key {
        manifest.sign(key);
    }
    Ok(Ok((manifest, inner)))
}

/// Move what the CSV writer holds into `buf` (csv's writer does not lend its buffer).
fn drain_csv(c: &mut csv::Writer<Vec<u8>>, buf: &mut Vec<u8>) {
    let full = std::mem::replace(c, csv::Writer::from_writer(Vec::with_capacity(1 << 16)));
    buf.extend_from_slice(&full.into_inner().expect("writing to a Vec cannot fail"));
}

fn write_event(
    format: ExportFormat,
    raw: &RawEvent<'_>,
    index: u64,
    buf: &mut Vec<u8>,
    csv_writer: Option<&mut csv::Writer<Vec<u8>>>,
) -> Result<(), AuditError> {
    match format {
        ExportFormat::Jsonl => {
            raw.write_json(buf)?;
            buf.push(b'\n');
        }
        ExportFormat::Json => {
            buf.extend_from_slice(if index == 0 { b"\n" } else { b",\n" });
            raw.write_json(buf)?;
        }
        ExportFormat::Yaml => {
            let event = raw.to_event().map_err(|message| AuditError::Unreadable {
                seq: raw.seq,
                message,
            })?;
            let text = serde_yaml::to_string(&[event]).expect("events serialize to YAML");
            buf.extend_from_slice(text.as_bytes());
        }
        ExportFormat::Csv => {
            if serde_json::from_str::<serde::de::IgnoredAny>(raw.details).is_err() {
                return Err(AuditError::Unreadable {
                    seq: raw.seq,
                    message: "details are not JSON".into(),
                });
            }
            let seq = raw.seq.to_string();
            let version = super::event::EVENT_VERSION.to_string();
            csv_writer
                .expect("a CSV writer for CSV")
                .write_record([
                    version.as_str(),
                    seq.as_str(),
                    raw.event_id,
                    raw.chain,
                    raw.timestamp,
                    raw.actor_type,
                    raw.actor_id,
                    raw.actor_source.unwrap_or(""),
                    raw.action,
                    raw.target_type,
                    raw.target_id,
                    raw.outcome,
                    raw.reason.unwrap_or(""),
                    raw.details,
                    raw.host,
                    raw.prev_hash,
                    raw.hash,
                ])
                .expect("writing to a Vec");
        }
    }
    Ok(())
}

/// Read an export file back into events. `Err` says where it stops being one.
pub fn read_events(format: ExportFormat, bytes: &[u8]) -> Result<Vec<AuditEvent>, String> {
    match format {
        ExportFormat::Jsonl => {
            let mut events = Vec::new();
            for (i, line) in bytes.lines().enumerate() {
                let line = line.map_err(|e| format!("line {}: {e}", i + 1))?;
                if line.is_empty() {
                    continue;
                }
                events.push(
                    serde_json::from_str(&line)
                        .map_err(|e| format!("line {}: not an audit event: {e}", i + 1))?,
                );
            }
            Ok(events)
        }
        ExportFormat::Json => {
            serde_json::from_slice(bytes).map_err(|e| format!("not a JSON array of events: {e}"))
        }
        ExportFormat::Yaml => {
            serde_yaml::from_slice(bytes).map_err(|e| format!("not a YAML list of events: {e}"))
        }
        ExportFormat::Csv => {
            let mut reader = csv::ReaderBuilder::new().from_reader(bytes);
            let header = reader
                .headers()
                .map_err(|e| format!("header: {e}"))?
                .clone();
            if header.iter().ne(CSV_COLUMNS) {
                return Err(format!("the header row is not `{}`", CSV_COLUMNS.join(",")));
            }
            let mut events = Vec::new();
            for (i, record) in reader.records().enumerate() {
                let row = i + 2;
                let r = record.map_err(|e| format!("row {row}: {e}"))?;
                let opt = |s: &str| (!s.is_empty()).then(|| s.to_string());
                let bad = |what: &str| format!("row {row}: bad {what}");
                events.push(AuditEvent {
                    version: r[0].parse().map_err(|_| bad("version"))?,
                    seq: r[1].parse().map_err(|_| bad("seq"))?,
                    event_id: r[2].into(),
                    chain: r[3].into(),
                    timestamp: r[4].into(),
                    actor: super::Actor {
                        actor_type: super::ActorType::parse(&r[5])
                            .ok_or_else(|| bad("actor_type"))?,
                        id: r[6].into(),
                        source: opt(&r[7]),
                    },
                    action: r[8].into(),
                    target: super::Target::new(&r[9], &r[10]),
                    outcome: Outcome::parse(&r[11]).ok_or_else(|| bad("outcome"))?,
                    reason: opt(&r[12]),
                    details: serde_json::from_str(&r[13]).map_err(|_| bad("details (not JSON)"))?,
                    host: r[14].into(),
                    prev_hash: r[15].into(),
                    hash: r[16].into(),
                });
            }
            Ok(events)
        }
    }
}

/// What checking an export against its manifest found.
#[derive(Debug, Clone, Serialize)]
pub struct ExportCheck {
    /// The export's format (from the manifest).
    pub format: ExportFormat,
    /// Events read back.
    pub events: u64,
    /// Events the manifest lists.
    pub count: u64,
    /// The manifest's Merkle root.
    pub merkle_root: MerkleHash,
    /// How the manifest's signature was judged.
    pub signature: SignatureStatus,
    /// The signing key's id, if signed.
    pub key_id: Option<String>,
    /// Everything wrong, first found first; empty when the export matches its manifest.
    pub problems: Vec<String>,
}

/// Parse a manifest file.
pub fn parse_manifest(path: &Path, text: &str) -> Result<Manifest, AuditError> {
    let malformed = |message: String| AuditError::Malformed {
        path: path.to_path_buf(),
        what: "export manifest",
        message,
    };
    let value: serde_json::Value =
        serde_json::from_str(text).map_err(|e| malformed(format!("not JSON: {e}")))?;
    if value.get("format").and_then(|f| f.as_str()) != Some(MANIFEST_FORMAT) {
        return Err(malformed(format!(
            "expected `\"format\": \"{MANIFEST_FORMAT}\"`"
        )));
    }
    if value.get("version").and_then(|v| v.as_u64()) != Some(MANIFEST_VERSION) {
        return Err(malformed(format!(
            "unsupported version (this build reads {MANIFEST_VERSION})"
        )));
    }
    serde_json::from_value(value).map_err(|e| malformed(e.to_string()))
}

/// Check the export `file` (its bytes, read by the caller) against `manifest`.
pub fn verify_export(
    file: &mut dyn Read,
    manifest: &Manifest,
    pinned: Option<&PublicKey>,
) -> Result<ExportCheck, io::Error> {
    let mut bytes = Vec::new();
    file.read_to_end(&mut bytes)?;
    let mut problems = Vec::new();
    let (signature, key_id) = judge_manifest_signature(manifest, pinned, &mut problems);
    let events = match read_events(manifest.export_format, &bytes) {
        Ok(events) => events,
        Err(message) => {
            problems.push(format!(
                "the file does not read back as a {} export: {message}",
                manifest.export_format
            ));
            Vec::new()
        }
    };
    let mut tree = TreeBuilder::new();
    let mut prev: Option<&AuditEvent> = None;
    for e in &events {
        if e.compute_hash() != e.hash {
            problems.push(format!(
                "event #{} ({}) was edited after export: its content no longer matches its hash",
                e.seq, e.event_id
            ));
            break;
        }
        if let Some(p) = prev {
            if e.seq <= p.seq {
                problems.push(format!(
                    "event #{} ({}) is out of order: it comes after #{}",
                    e.seq, e.event_id, p.seq
                ));
                break;
            }
            if e.seq == p.seq + 1 && e.prev_hash != p.hash {
                problems.push(format!(
                    "event #{} ({}) does not link to event #{} before it",
                    e.seq, e.event_id, p.seq
                ));
                break;
            }
        }
        if e.chain != manifest.chain_id {
            problems.push(format!(
                "event #{} ({}) is from chain `{}`, the manifest's is `{}`",
                e.seq, e.event_id, e.chain, manifest.chain_id
            ));
            break;
        }
        match leaf_for_hash(&e.hash) {
            Ok(leaf) => tree.push(leaf),
            Err(message) => {
                problems.push(message);
                break;
            }
        }
        prev = Some(e);
    }
    let n = events.len() as u64;
    if problems.is_empty() {
        if n != manifest.count {
            problems.push(format!(
                "the file has {n} event(s), the manifest lists {}: events were added or removed",
                manifest.count
            ));
        }
        let first = events.first().map(|e| e.event_id.clone());
        let last = events.last().map(|e| e.event_id.clone());
        if first != manifest.first_event_id || last != manifest.last_event_id {
            problems.push("the first or last event is not the one the manifest names".into());
        }
        let head = events
            .last()
            .map(|e| e.hash.clone())
            .unwrap_or_else(|| GENESIS_HASH.into());
        if head != manifest.head_hash {
            problems.push(format!(
                "the last event's hash `{}` is not the manifest's head `{}`",
                super::anchor::short(&head),
                super::anchor::short(&manifest.head_hash)
            ));
        }
        if tree.root() != manifest.merkle_root {
            problems.push(format!(
                "the Merkle root of the events is `{}`, the manifest's is `{}`",
                super::anchor::short(&tree.root().to_hex()),
                super::anchor::short(&manifest.merkle_root.to_hex())
            ));
        }
    }
    use sha2::Digest as _;
    let digest = hex::encode(sha2::Sha256::digest(&bytes));
    if digest != manifest.sha256 || bytes.len() as u64 != manifest.bytes {
        problems.push(format!(
            "the file's SHA-256 is `{}`, the manifest's is `{}`: the file was changed after export",
            super::anchor::short(&digest),
            super::anchor::short(&manifest.sha256)
        ));
    }
    Ok(ExportCheck {
        format: manifest.export_format,
        events: n,
        count: manifest.count,
        merkle_root: manifest.merkle_root,
        signature,
        key_id,
        problems,
    })
}

fn judge_manifest_signature(
    manifest: &Manifest,
    pinned: Option<&PublicKey>,
    problems: &mut Vec<String>,
) -> (SignatureStatus, Option<String>) {
    let Some(sig) = &manifest.signature else {
        if let Some(key) = pinned {
            problems.push(format!(
                "the manifest is not signed, but the trusted key `{}` is pinned",
                key.key_id()
            ));
            return (SignatureStatus::Invalid, None);
        }
        return (SignatureStatus::Unsigned, None);
    };
    let key_id = Some(sig.key_id.clone());
    let Ok(embedded) = PublicKey::from_hex(&sig.public_key) else {
        problems.push("the manifest's `signature.public_key` is not an ed25519 key".into());
        return (SignatureStatus::Invalid, key_id);
    };
    if let Some(key) = pinned
        && *key != embedded
    {
        problems.push(format!(
            "the manifest is signed by key `{}`, not by the trusted key `{}`",
            embedded.key_id(),
            key.key_id()
        ));
        return (SignatureStatus::Invalid, key_id);
    }
    let mut raw = [0u8; 64];
    if sig.algorithm != "ed25519"
        || hex::decode_to_slice(&sig.signature, &mut raw).is_err()
        || !embedded.verify_message(&manifest.signed_bytes(), &raw)
    {
        problems.push(format!(
            "the manifest's signature by key `{}` does not verify: the manifest was changed after signing",
            embedded.key_id()
        ));
        return (SignatureStatus::Invalid, key_id);
    }
    let status = if pinned.is_some() {
        SignatureStatus::Trusted
    } else {
        SignatureStatus::ValidUnpinned
    };
    (status, key_id)
}
