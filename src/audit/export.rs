//! Exports of the audit trail for auditors: the events in JSON Lines, JSON, CSV or YAML, and
//! a manifest that pins them down (count, first and last id, and per chain its count, first
//! and last events, head hash and RFC 6962 Merkle root over its exported events; SHA-256 of
//! the file, and an ed25519 signature when a key is set). An export holds every chain the
//! repository holds (its own and those pulled from other clones) in the merged view: each
//! chain in its own order, interleaved by time. Every format reads back into exactly the
//! events that were hashed, so [`verify_export`] recomputes each event's chain hash from the
//! parsed fields, the links between consecutive events of each chain, the roots and the file
//! digest, and names the first thing that was changed after the fact, with its line.
//!
//! Both directions stream: export reads rows ([`super::stream`]) and `--verify` reads the file
//! an event at a time ([`read_events_with`]; YAML only in a layout other than the one mlo
//! writes is read whole), so memory stays flat whatever the size. JSON Lines, the bulk format,
//! is checked without building `serde_json::Value` trees: each line's fields are borrowed and
//! hashed as verify hashes rows ([`WireEvent`]), with the full parse as the fallback. Called
//! by `mlo audit export`.

use std::borrow::Cow;
use std::fmt;
use std::io::{self, BufRead, Read, Write};
use std::ops::ControlFlow;
use std::path::Path;

use serde::{Deserialize, Serialize};

use super::anchor::SignatureStatus;
use super::checkpoint::{PrivateKey, PublicKey};
use super::merkle::{MerkleHash, TreeBuilder};
use super::stream::{HashingWriter, RawEvent, leaf_for_hash};
use super::{AuditError, AuditEvent, EventFilter, Outcome};

/// The `format` of every manifest.
pub const MANIFEST_FORMAT: &str = "mlo-audit-export-manifest";
/// The manifest format version (2: one entry per chain; version 1 described one chain).
pub const MANIFEST_VERSION: u64 = 2;

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
    /// `--chain`, resolved to a full id.
    pub chain: Option<String>,
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
            chain: f.chain.clone(),
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

/// What a manifest says about one chain's events in the export.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChainManifest {
    /// The chain's id.
    pub chain_id: String,
    /// The hosts its exported events were made on, in order of first appearance.
    pub hosts: Vec<String>,
    /// Its events in the export.
    pub count: u64,
    /// Its first exported event's id.
    pub first_event_id: String,
    /// Its last exported event's id.
    pub last_event_id: String,
    /// Its first exported event's sequence number.
    pub first_sequence: i64,
    /// Its last exported event's sequence number.
    pub last_sequence: i64,
    /// The chain hash of its last exported event.
    pub head_hash: String,
    /// RFC 6962 root over its exported events in sequence order (leaf data: each event's raw
    /// chain hash); for an unfiltered export, the root a checkpoint of the chain at that size
    /// holds.
    pub merkle_root: MerkleHash,
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
    /// The exporting repository's own chain id.
    pub chain_id: String,
    /// Number of events, over every chain.
    pub count: u64,
    /// The first event's id in the file.
    pub first_event_id: Option<String>,
    /// The last event's id in the file.
    pub last_event_id: Option<String>,
    /// Every chain with events in the export: the exporting repository's first, then the
    /// pulled ones in id order.
    pub chains: Vec<ChainManifest>,
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
            ("chains", j(&self.chains)),
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
    /// The exporting repository's own chain id.
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
    let mut chains: Vec<ChainAcc> = Vec::new();
    let mut count = 0u64;
    let mut first: Option<String> = None;
    let mut last = String::new();
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
    super::stream::for_each_merged(conn, &opts.filter, |raw| {
        write_event(opts.format, raw, count, &mut buf, csv_writer.as_mut())?;
        let leaf = raw.leaf().map_err(|message| AuditError::Unreadable {
            seq: raw.seq,
            message,
        })?;
        ChainAcc::find(&mut chains, raw.chain).push(
            leaf,
            raw.event_id,
            raw.seq,
            raw.hash,
            raw.host,
        );
        if first.is_none() {
            first = Some(raw.event_id.to_string());
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
        last.clear();
        last.push_str(raw.event_id);
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
        first_event_id: first,
        last_event_id: (count > 0).then_some(last),
        chains: ChainAcc::into_manifests(chains, &opts.chain_id),
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

/// One chain's events as they go by (export and `--verify` alike).
struct ChainAcc {
    chain_id: String,
    hosts: Vec<String>,
    count: u64,
    first: Option<(String, i64)>,
    last_seq: i64,
    last_hash: String,
    last_id: String,
    tree: TreeBuilder,
}

impl ChainAcc {
    /// The accumulator of `chain`, added when new (chains are few: a linear search).
    fn find<'a>(chains: &'a mut Vec<ChainAcc>, chain: &str) -> &'a mut ChainAcc {
        let i = match chains.iter().position(|c| c.chain_id == chain) {
            Some(i) => i,
            None => {
                chains.push(ChainAcc {
                    chain_id: chain.to_string(),
                    hosts: Vec::new(),
                    count: 0,
                    first: None,
                    last_seq: 0,
                    last_hash: String::new(),
                    last_id: String::new(),
                    tree: TreeBuilder::new(),
                });
                chains.len() - 1
            }
        };
        &mut chains[i]
    }

    fn push(&mut self, leaf: MerkleHash, event_id: &str, seq: i64, hash: &str, host: &str) {
        self.tree.push(leaf);
        if self.first.is_none() {
            self.first = Some((event_id.to_string(), seq));
        }
        if !self.hosts.iter().any(|h| h == host) {
            self.hosts.push(host.to_string());
        }
        self.count += 1;
        self.last_seq = seq;
        self.last_hash.clear();
        self.last_hash.push_str(hash);
        self.last_id.clear();
        self.last_id.push_str(event_id);
    }

    /// The manifest entries: `local` first, then the others in id order.
    fn into_manifests(mut chains: Vec<ChainAcc>, local: &str) -> Vec<ChainManifest> {
        chains.sort_by(|a, b| {
            (a.chain_id != local, &a.chain_id).cmp(&(b.chain_id != local, &b.chain_id))
        });
        chains
            .into_iter()
            .map(|c| {
                let (first_event_id, first_sequence) = c.first.unwrap_or_default();
                ChainManifest {
                    merkle_root: c.tree.root(),
                    chain_id: c.chain_id,
                    hosts: c.hosts,
                    count: c.count,
                    first_event_id,
                    last_event_id: c.last_id,
                    first_sequence,
                    last_sequence: c.last_seq,
                    head_hash: c.last_hash,
                }
            })
            .collect()
    }
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

/// Why reading an export stopped early.
#[derive(Debug)]
pub enum ReadStop {
    /// The file could not be read.
    Io(io::Error),
    /// It is not an export in its format: where and why.
    Format(String),
}

impl From<io::Error> for ReadStop {
    fn from(e: io::Error) -> Self {
        ReadStop::Io(e)
    }
}

/// Read an export back an event at a time, calling `f` with each event and the line it starts
/// on, until `f` breaks. Memory holds one event, not the file: JSON Lines a line at a time,
/// JSON one array element at a time (a small scanner finds its end), CSV a record at a time,
/// and YAML one top-level `- ` item at a time in the block layout mlo writes (any other
/// layout, such as a flow sequence, is read whole).
pub fn read_events_with<R, F>(format: ExportFormat, r: &mut R, f: F) -> Result<(), ReadStop>
where
    R: BufRead,
    F: FnMut(AuditEvent, u64) -> ControlFlow<()>,
{
    match format {
        ExportFormat::Jsonl => read_jsonl(r, f),
        ExportFormat::Json => read_json_array(r, f),
        ExportFormat::Csv => read_csv(r, f),
        ExportFormat::Yaml => read_yaml(r, f),
    }
}

/// Read a whole export back into events (small files and tests).
pub fn read_events(format: ExportFormat, bytes: &[u8]) -> Result<Vec<AuditEvent>, String> {
    let mut events = Vec::new();
    let mut r = bytes;
    match read_events_with(format, &mut r, |e, _| {
        events.push(e);
        ControlFlow::Continue(())
    }) {
        Ok(()) => Ok(events),
        Err(ReadStop::Format(message)) => Err(message),
        Err(ReadStop::Io(e)) => Err(e.to_string()),
    }
}

fn read_jsonl<R: BufRead>(
    r: &mut R,
    mut f: impl FnMut(AuditEvent, u64) -> ControlFlow<()>,
) -> Result<(), ReadStop> {
    jsonl_lines(r, |text, n| {
        let event = serde_json::from_slice(text)
            .map_err(|e| ReadStop::Format(format!("line {n}: not an audit event: {e}")))?;
        Ok(f(event, n))
    })
}

/// Call `f` with each non-empty line of `r` (without its line ending) and its number, until
/// it breaks or fails.
fn jsonl_lines<R: BufRead>(
    r: &mut R,
    mut f: impl FnMut(&[u8], u64) -> Result<ControlFlow<()>, ReadStop>,
) -> Result<(), ReadStop> {
    let mut line = Vec::with_capacity(4096);
    let mut n = 0u64;
    loop {
        line.clear();
        if r.read_until(b'\n', &mut line)? == 0 {
            return Ok(());
        }
        n += 1;
        let text = line.strip_suffix(b"\n").unwrap_or(&line);
        let text = text.strip_suffix(b"\r").unwrap_or(text);
        if text.is_empty() {
            continue;
        }
        if f(text, n)?.is_break() {
            return Ok(());
        }
    }
}

/// A byte at a time over a `BufRead`, counting lines.
struct Scanner<'r, R> {
    r: &'r mut R,
    line: u64,
}

impl<R: BufRead> Scanner<'_, R> {
    fn peek(&mut self) -> io::Result<Option<u8>> {
        Ok(self.r.fill_buf()?.first().copied())
    }

    fn bump(&mut self) -> io::Result<Option<u8>> {
        let b = self.peek()?;
        if let Some(b) = b {
            self.r.consume(1);
            if b == b'\n' {
                self.line += 1;
            }
        }
        Ok(b)
    }

    fn skip_ws(&mut self) -> io::Result<Option<u8>> {
        while let Some(b) = self.peek()? {
            if !matches!(b, b' ' | b'\t' | b'\n' | b'\r') {
                return Ok(Some(b));
            }
            self.bump()?;
        }
        Ok(None)
    }
}

fn read_json_array<R: BufRead>(
    r: &mut R,
    mut f: impl FnMut(AuditEvent, u64) -> ControlFlow<()>,
) -> Result<(), ReadStop> {
    let mut s = Scanner { r, line: 1 };
    let bad = |line: u64, what: &str| ReadStop::Format(format!("line {line}: {what}"));
    if s.skip_ws()? != Some(b'[') {
        return Err(bad(s.line, "not a JSON array of events (expected `[`)"));
    }
    s.bump()?;
    let mut value = Vec::with_capacity(4096);
    let mut first = true;
    loop {
        match s.skip_ws()? {
            Some(b']') => {
                s.bump()?;
                return match s.skip_ws()? {
                    None => Ok(()),
                    Some(_) => Err(bad(s.line, "text after the end of the array")),
                };
            }
            Some(b',') if !first => {
                s.bump()?;
                s.skip_ws()?;
            }
            Some(_) if first => {}
            Some(_) => return Err(bad(s.line, "expected `,` or `]` after an event")),
            None => return Err(bad(s.line, "the file ends inside the array")),
        }
        first = false;
        let start = s.line;
        if s.peek()? != Some(b'{') {
            return Err(bad(start, "expected an event object"));
        }
        // One object, bytes collected until its braces balance (strings skipped).
        value.clear();
        let (mut depth, mut in_string, mut escaped) = (0u32, false, false);
        loop {
            let Some(b) = s.bump()? else {
                return Err(bad(start, "the file ends inside this event"));
            };
            value.push(b);
            if in_string {
                if escaped {
                    escaped = false;
                } else if b == b'\\' {
                    escaped = true;
                } else if b == b'"' {
                    in_string = false;
                }
                continue;
            }
            match b {
                b'"' => in_string = true,
                b'{' | b'[' => depth += 1,
                b'}' | b']' => {
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        break;
                    }
                }
                _ => {}
            }
        }
        let event = serde_json::from_slice(&value)
            .map_err(|e| bad(start, &format!("not an audit event: {e}")))?;
        if f(event, start).is_break() {
            return Ok(());
        }
    }
}

fn read_csv<R: BufRead>(
    r: &mut R,
    mut f: impl FnMut(AuditEvent, u64) -> ControlFlow<()>,
) -> Result<(), ReadStop> {
    let mut reader = csv::ReaderBuilder::new().from_reader(r);
    let header = reader.headers().map_err(|e| csv_stop(e, "header"))?.clone();
    if header.iter().ne(CSV_COLUMNS) {
        return Err(ReadStop::Format(format!(
            "line 1: the header row is not `{}`",
            CSV_COLUMNS.join(",")
        )));
    }
    let mut r = csv::StringRecord::new();
    loop {
        match reader.read_record(&mut r) {
            Ok(false) => return Ok(()),
            Ok(true) => {}
            Err(e) => return Err(csv_stop(e, "a row")),
        }
        let line = r.position().map(|p| p.line()).unwrap_or(0);
        let opt = |s: &str| (!s.is_empty()).then(|| s.to_string());
        let bad = |what: &str| ReadStop::Format(format!("line {line}: bad {what}"));
        let event = AuditEvent {
            version: r[0].parse().map_err(|_| bad("version"))?,
            seq: r[1].parse().map_err(|_| bad("seq"))?,
            event_id: r[2].into(),
            chain: r[3].into(),
            timestamp: r[4].into(),
            actor: super::Actor {
                actor_type: super::ActorType::parse(&r[5]).ok_or_else(|| bad("actor_type"))?,
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
        };
        if f(event, line).is_break() {
            return Ok(());
        }
    }
}

/// A CSV error as a stop: I/O stays I/O, the rest names its line.
fn csv_stop(e: csv::Error, what: &str) -> ReadStop {
    let line = e.position().map(|p| p.line());
    if e.is_io_error() {
        return match e.into_kind() {
            csv::ErrorKind::Io(io) => ReadStop::Io(io),
            other => ReadStop::Format(format!("{what}: {other:?}")),
        };
    }
    match line {
        Some(line) => ReadStop::Format(format!("line {line}: {e}")),
        None => ReadStop::Format(format!("{what}: {e}")),
    }
}

fn read_yaml<R: BufRead>(
    r: &mut R,
    mut f: impl FnMut(AuditEvent, u64) -> ControlFlow<()>,
) -> Result<(), ReadStop> {
    // The block layout mlo writes: each event is a top-level item whose first line starts with
    // `-` in column 0 and whose other lines are indented, so an item ends where the next
    // column-0 `-` begins. Anything else (a flow sequence, `---`, comments) is read whole.
    let mut line = String::new();
    let mut n = 0u64;
    let mut item = String::new();
    let mut item_start = 0u64;
    let parse_item = |item: &str, start: u64| -> Result<AuditEvent, ReadStop> {
        let mut v: Vec<AuditEvent> = serde_yaml::from_str(item).map_err(|e| {
            ReadStop::Format(format!(
                "line {start}: not an audit event: {}",
                e.to_string().split(" at line ").next().unwrap_or_default()
            ))
        })?;
        match (v.pop(), v.is_empty()) {
            (Some(event), true) => Ok(event),
            _ => Err(ReadStop::Format(format!(
                "line {start}: expected one event in this item"
            ))),
        }
    };
    loop {
        line.clear();
        let read = r.read_line(&mut line).map_err(|e| match e.kind() {
            io::ErrorKind::InvalidData => ReadStop::Format(format!("line {}: not UTF-8", n + 1)),
            _ => ReadStop::Io(e),
        })?;
        if read == 0 {
            break;
        }
        n += 1;
        if item.is_empty() && item_start == 0 {
            if line.trim().is_empty() {
                continue;
            }
            if !line.starts_with('-') || line.starts_with("---") {
                // Not the layout mlo writes: read the rest and parse the document whole.
                let mut rest = std::mem::take(&mut line);
                r.read_to_string(&mut rest).map_err(|e| match e.kind() {
                    io::ErrorKind::InvalidData => ReadStop::Format("not UTF-8".into()),
                    _ => ReadStop::Io(e),
                })?;
                let events: Vec<AuditEvent> = serde_yaml::from_str(&rest)
                    .map_err(|e| ReadStop::Format(format!("not a YAML list of events: {e}")))?;
                for event in events {
                    if f(event, 0).is_break() {
                        break;
                    }
                }
                return Ok(());
            }
        }
        if line.starts_with('-') && !item.is_empty() {
            let event = parse_item(&item, item_start)?;
            if f(event, item_start).is_break() {
                return Ok(());
            }
            item.clear();
        }
        if item.is_empty() {
            item_start = n;
        }
        item.push_str(&line);
    }
    if !item.is_empty() {
        let event = parse_item(&item, item_start)?;
        let _ = f(event, item_start);
    }
    Ok(())
}

/// A reader that counts and SHA-256-hashes what passes through it.
struct HashingReader<R> {
    inner: R,
    hasher: sha2::Sha256,
    bytes: u64,
}

impl<R: Read> Read for HashingReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        use sha2::Digest as _;
        let n = self.inner.read(buf)?;
        self.hasher.update(&buf[..n]);
        self.bytes += n as u64;
        Ok(n)
    }
}

/// What checking an export against its manifest found.
#[derive(Debug, Clone, Serialize)]
pub struct ExportCheck {
    /// The export's format (from the manifest).
    pub format: ExportFormat,
    /// Events read back (up to the first problem).
    pub events: u64,
    /// Events the manifest lists.
    pub count: u64,
    /// Chains the manifest lists.
    pub chains: usize,
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
    match value.get("version").and_then(|v| v.as_u64()) {
        Some(MANIFEST_VERSION) => {}
        Some(1) => {
            return Err(malformed(
                "version 1 (one chain per manifest, before pulled chains were exported) is no longer read; export again with this mlo".into(),
            ));
        }
        _ => {
            return Err(malformed(format!(
                "unsupported version (this build reads {MANIFEST_VERSION})"
            )));
        }
    }
    serde_json::from_value(value).map_err(|e| malformed(e.to_string()))
}

/// What `--verify` needs of each event, however it was read: where it sits, what it links
/// to, and whether its content still matches its hash (`Err`: why it cannot even be read as an
/// event).
struct Checked<'a> {
    seq: i64,
    event_id: &'a str,
    chain: &'a str,
    host: &'a str,
    prev_hash: &'a str,
    hash: &'a str,
    hash_ok: Result<bool, String>,
}

impl<'a> Checked<'a> {
    /// A fully parsed event: its hash recomputed from the parsed fields (the slow path).
    fn of(e: &'a AuditEvent) -> Self {
        Checked {
            seq: e.seq,
            event_id: &e.event_id,
            chain: &e.chain,
            host: &e.host,
            prev_hash: &e.prev_hash,
            hash: &e.hash,
            hash_ok: Ok(e.compute_hash() == e.hash),
        }
    }
}

/// A JSON Lines event, its strings borrowed from the line where they hold no escapes and its
/// `details` kept as the text it is: hashed the way `audit verify` hashes rows
/// ([`RawEvent`]), without building `serde_json::Value` trees. The same fields as
/// [`AuditEvent`], read by the same rules (unknown fields ignored, `reason` and `source` may be
/// missing).
#[derive(Deserialize)]
struct WireEvent<'a> {
    version: u64,
    seq: i64,
    #[serde(borrow)]
    event_id: Cow<'a, str>,
    #[serde(borrow)]
    chain: Cow<'a, str>,
    #[serde(borrow)]
    timestamp: Cow<'a, str>,
    #[serde(borrow)]
    actor: WireActor<'a>,
    #[serde(borrow)]
    action: Cow<'a, str>,
    #[serde(borrow)]
    target: WireTarget<'a>,
    #[serde(borrow)]
    outcome: Cow<'a, str>,
    #[serde(borrow)]
    reason: Option<Cow<'a, str>>,
    #[serde(borrow)]
    details: &'a serde_json::value::RawValue,
    #[serde(borrow)]
    host: Cow<'a, str>,
    #[serde(borrow)]
    prev_hash: Cow<'a, str>,
    #[serde(borrow)]
    hash: Cow<'a, str>,
}

#[derive(Deserialize)]
struct WireActor<'a> {
    #[serde(rename = "type", borrow)]
    actor_type: Cow<'a, str>,
    #[serde(borrow)]
    id: Cow<'a, str>,
    #[serde(borrow)]
    source: Option<Cow<'a, str>>,
}

#[derive(Deserialize)]
struct WireTarget<'a> {
    #[serde(rename = "type", borrow)]
    target_type: Cow<'a, str>,
    #[serde(borrow)]
    id: Cow<'a, str>,
}

impl WireEvent<'_> {
    /// Check it as a row: the fast hash over its fields with `details` spliced in as written,
    /// then (when that does not match) the slow path through [`AuditEvent`]. `None` when it is
    /// not a well-formed event of this version, for the full parse to judge and name.
    fn check(&self, buf: &mut Vec<u8>) -> Option<Checked<'_>> {
        if self.version != super::event::EVENT_VERSION
            || super::ActorType::parse(&self.actor.actor_type).is_none()
            || Outcome::parse(&self.outcome).is_none()
        {
            return None;
        }
        let raw = RawEvent {
            seq: self.seq,
            event_id: &self.event_id,
            chain: &self.chain,
            timestamp: &self.timestamp,
            actor_type: &self.actor.actor_type,
            actor_id: &self.actor.id,
            actor_source: self.actor.source.as_deref(),
            action: &self.action,
            target_type: &self.target.target_type,
            target_id: &self.target.id,
            outcome: &self.outcome,
            reason: self.reason.as_deref(),
            details: self.details.get(),
            host: &self.host,
            prev_hash: &self.prev_hash,
            hash: &self.hash,
        };
        Some(Checked {
            seq: self.seq,
            event_id: &self.event_id,
            chain: &self.chain,
            host: &self.host,
            prev_hash: &self.prev_hash,
            hash: &self.hash,
            hash_ok: raw.hash_matches(buf),
        })
    }
}

/// Read an export back an event at a time for `--verify`, like [`read_events_with`]; JSON
/// Lines takes the fast path ([`WireEvent`]) and falls back to the full parse for a line it
/// does not take (which then names what is wrong), the other formats parse each event whole.
fn read_checked<R, F>(format: ExportFormat, r: &mut R, mut f: F) -> Result<(), ReadStop>
where
    R: BufRead,
    F: FnMut(&Checked<'_>, u64) -> ControlFlow<()>,
{
    if format != ExportFormat::Jsonl {
        return read_events_with(format, r, |e, line| f(&Checked::of(&e), line));
    }
    let mut buf = Vec::with_capacity(1024);
    jsonl_lines(r, |text, n| {
        let fast = serde_json::from_slice::<WireEvent<'_>>(text).ok();
        Ok(match fast.as_ref().and_then(|w| w.check(&mut buf)) {
            Some(checked) => f(&checked, n),
            None => {
                let event: AuditEvent = serde_json::from_slice(text)
                    .map_err(|e| ReadStop::Format(format!("line {n}: not an audit event: {e}")))?;
                f(&Checked::of(&event), n)
            }
        })
    })
}

/// Check the export read from `file` against `manifest`, streaming: each event's hash, its
/// link to the event before it in its chain, each chain's count, ends, head and Merkle root,
/// the totals, the file's SHA-256 and length, and the signature. `Err` only when the file
/// cannot be read.
pub fn verify_export(
    file: &mut dyn Read,
    manifest: &Manifest,
    pinned: Option<&PublicKey>,
) -> Result<ExportCheck, io::Error> {
    use sha2::Digest as _;
    let mut problems = Vec::new();
    let (signature, key_id) = judge_manifest_signature(manifest, pinned, &mut problems);
    let mut r = io::BufReader::with_capacity(
        1 << 16,
        HashingReader {
            inner: file,
            hasher: sha2::Sha256::new(),
            bytes: 0,
        },
    );
    let mut chains: Vec<ChainAcc> = Vec::new();
    let mut n = 0u64;
    let mut first: Option<String> = None;
    let mut last: Option<String> = None;
    let mut event_problem: Option<String> = None;
    let who = |e: &Checked<'_>, line: u64| {
        let chain = if e.chain == manifest.chain_id {
            String::new()
        } else {
            format!(", chain `{}`", e.chain)
        };
        let at = if line > 0 {
            format!(" on line {line}")
        } else {
            String::new()
        };
        format!("event #{} ({}{chain}){at}", e.seq, e.event_id)
    };
    let read = read_checked(manifest.export_format, &mut r, |e, line| {
        let problem = if let Err(message) = &e.hash_ok {
            Some(format!(
                "{} was edited after export: {message}",
                who(e, line)
            ))
        } else if e.hash_ok != Ok(true) {
            Some(format!(
                "{} was edited after export: its content no longer matches its hash",
                who(e, line)
            ))
        } else if !manifest.chains.iter().any(|c| c.chain_id == e.chain) {
            Some(format!(
                "{} is from chain `{}`, which the manifest does not list",
                who(e, line),
                e.chain
            ))
        } else {
            match leaf_for_hash(e.hash) {
                Err(message) => Some(format!("{}: {message}", who(e, line))),
                Ok(leaf) => {
                    let acc = ChainAcc::find(&mut chains, e.chain);
                    if acc.count > 0 && e.seq <= acc.last_seq {
                        Some(format!(
                            "{} is out of order: it comes after #{} of its chain",
                            who(e, line),
                            acc.last_seq
                        ))
                    } else if acc.count > 0
                        && e.seq == acc.last_seq + 1
                        && e.prev_hash != acc.last_hash
                    {
                        Some(format!(
                            "{} does not link to event #{} before it",
                            who(e, line),
                            acc.last_seq
                        ))
                    } else {
                        acc.push(leaf, e.event_id, e.seq, e.hash, e.host);
                        None
                    }
                }
            }
        };
        if let Some(p) = problem {
            event_problem = Some(p);
            return ControlFlow::Break(());
        }
        n += 1;
        if first.is_none() {
            first = Some(e.event_id.to_string());
        }
        match &mut last {
            Some(id) => {
                id.clear();
                id.push_str(e.event_id);
            }
            None => last = Some(e.event_id.to_string()),
        }
        ControlFlow::Continue(())
    });
    match read {
        Ok(()) => {}
        Err(ReadStop::Io(e)) => return Err(e),
        Err(ReadStop::Format(message)) => problems.push(format!(
            "the file does not read back as a {} export: {message}",
            manifest.export_format
        )),
    }
    problems.extend(event_problem);
    // The digest covers the whole file, read or not.
    io::copy(&mut r, &mut io::sink())?;
    let hashing = r.into_inner();
    let digest = hex::encode(hashing.hasher.finalize());
    let bytes = hashing.bytes;
    if problems.is_empty() {
        if n != manifest.count {
            problems.push(format!(
                "the file has {n} event(s), the manifest lists {}: events were added or removed",
                manifest.count
            ));
        }
        if first != manifest.first_event_id || last != manifest.last_event_id {
            problems.push("the first or last event is not the one the manifest names".into());
        }
        for listed in &manifest.chains {
            let short = super::anchor::short;
            let Some(acc) = chains.iter().find(|c| c.chain_id == listed.chain_id) else {
                problems.push(format!(
                    "chain `{}`: the file has none of its {} event(s): events were removed",
                    listed.chain_id, listed.count
                ));
                continue;
            };
            let c = &listed.chain_id;
            if acc.count != listed.count {
                problems.push(format!(
                    "chain `{c}`: the file has {} event(s), the manifest lists {}: events were added or removed",
                    acc.count, listed.count
                ));
            }
            let ends = (
                acc.first.as_ref().map(|f| (f.0.as_str(), f.1)),
                (acc.last_id.as_str(), acc.last_seq),
            );
            if ends
                != (
                    Some((listed.first_event_id.as_str(), listed.first_sequence)),
                    (listed.last_event_id.as_str(), listed.last_sequence),
                )
            {
                problems.push(format!(
                    "chain `{c}`: the first or last event is not the one the manifest names"
                ));
            }
            if acc.last_hash != listed.head_hash {
                problems.push(format!(
                    "chain `{c}`: the last event's hash `{}` is not the manifest's head `{}`",
                    short(&acc.last_hash),
                    short(&listed.head_hash)
                ));
            }
            let root = acc.tree.root();
            if root != listed.merkle_root {
                problems.push(format!(
                    "chain `{c}`: the Merkle root of its events is `{}`, the manifest's is `{}`",
                    short(&root.to_hex()),
                    short(&listed.merkle_root.to_hex())
                ));
            }
            if acc.hosts != listed.hosts {
                problems.push(format!(
                    "chain `{c}`: its events were made on {:?}, the manifest says {:?}",
                    acc.hosts, listed.hosts
                ));
            }
        }
    }
    if digest != manifest.sha256 || bytes != manifest.bytes {
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
        chains: manifest.chains.len(),
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::audit::{Actor, ActorType, EventContext, NewEvent, Target};
    use crate::clock::Clock;
    use serde_json::json;

    fn events() -> Vec<AuditEvent> {
        let ctx = EventContext {
            actor: Actor {
                actor_type: ActorType::User,
                id: "a \"quoted\" } ] { [ actor\nwith a line".into(),
                source: None,
            },
            host: "h".into(),
            chain: "c".into(),
            clock: Clock::Fixed(crate::clock::parse_ts("2026-01-01T00:00:00Z").unwrap()),
        };
        let first = AuditEvent::seal(
            &ctx,
            NewEvent::success(
                "x.y",
                Target::new("t", "}{"),
                json!({"s": "\\\"}", "n": [1, {"a": "]"}]}),
            ),
            1,
            crate::audit::GENESIS_HASH.into(),
        );
        let second = AuditEvent::seal(
            &ctx,
            NewEvent::success("x.z", Target::new("t", "- not an item"), json!({})),
            2,
            first.hash.clone(),
        );
        vec![first, second]
    }

    fn lines_of(format: ExportFormat, bytes: &[u8]) -> Vec<(AuditEvent, u64)> {
        let mut out = Vec::new();
        read_events_with(format, &mut &bytes[..], |e, line| {
            out.push((e, line));
            ControlFlow::Continue(())
        })
        .unwrap();
        out
    }

    /// Each line of `text` as `--verify` judges it: the hash verdict, or the read error.
    fn checked(text: &str) -> Result<Vec<Result<bool, String>>, String> {
        let mut out = Vec::new();
        match read_checked(ExportFormat::Jsonl, &mut text.as_bytes(), |c, _| {
            out.push(c.hash_ok.clone());
            ControlFlow::Continue(())
        }) {
            Ok(()) => Ok(out),
            Err(ReadStop::Format(m)) => Err(m),
            Err(ReadStop::Io(e)) => Err(e.to_string()),
        }
    }

    #[test]
    fn jsonl_fast_path_judges_lines_as_the_full_parse_does() {
        let events = events();
        let line = |e: &AuditEvent| serde_json::to_string(e).unwrap();
        let both = format!("{}\n{}\n", line(&events[0]), line(&events[1]));
        assert_eq!(checked(&both), Ok(vec![Ok(true), Ok(true)]));
        // Fields the fast path borrows or splices, edited: each is caught.
        let first = line(&events[0]);
        for (from, to) in [
            ("\"x.y\"", "\"x.q\""),
            ("\"n\":[1,", "\"n\":[2,"),
            ("\"version\":1", "\"version\":2"),
            ("\"seq\":1", "\"seq\":3"),
            ("\"host\":\"h\"", "\"host\":\"h2\""),
            ("\"reason\":null", "\"reason\":\"why\""),
            ("\\\"quoted\\\"", "\\\"quoted!\\\""),
        ] {
            assert!(first.contains(from), "{from} in {first}");
            let edited = first.replacen(from, to, 1);
            assert_eq!(checked(&edited), Ok(vec![Ok(false)]), "{from} -> {to}");
        }
        // The same details spelled another way (spaces, key order) still match, as before.
        let respelled = first.replacen("\"n\":[1,", "\"n\" : [ 1 ,", 1);
        assert_ne!(respelled, first);
        assert_eq!(checked(&respelled), Ok(vec![Ok(true)]));
        // Not an event: the full parse names the line, as before.
        let bogus = format!(
            "{}\n{}\n",
            first,
            line(&events[1]).replacen("\"success\"", "\"bogus\"", 1)
        );
        let err = checked(&bogus).unwrap_err();
        assert!(err.starts_with("line 2: not an audit event"), "{err}");
    }

    #[test]
    fn json_arrays_stream_in_any_layout_and_name_each_event_line() {
        let events = events();
        let pretty = serde_json::to_string_pretty(&events).unwrap();
        let got = lines_of(ExportFormat::Json, pretty.as_bytes());
        assert_eq!(
            got.iter().map(|(e, _)| e.clone()).collect::<Vec<_>>(),
            events
        );
        assert_eq!(got[0].1, 2);
        assert!(got[1].1 > got[0].1);
        let compact = serde_json::to_string(&events).unwrap();
        assert_eq!(
            read_events(ExportFormat::Json, compact.as_bytes()).unwrap(),
            events
        );
        assert_eq!(read_events(ExportFormat::Json, b" [ ] ").unwrap(), vec![]);
        let cut = &compact[..compact.len() - 10];
        let err = read_events(ExportFormat::Json, cut.as_bytes()).unwrap_err();
        assert!(err.contains("ends inside this event"), "{err}");
        let err = read_events(ExportFormat::Json, format!("{compact} x").as_bytes()).unwrap_err();
        assert!(err.contains("after the end of the array"), "{err}");
    }

    #[test]
    fn yaml_streams_item_by_item_and_reads_other_layouts_whole() {
        let events = events();
        let block = serde_yaml::to_string(&events).unwrap();
        let got = lines_of(ExportFormat::Yaml, block.as_bytes());
        assert_eq!(
            got.iter().map(|(e, _)| e.clone()).collect::<Vec<_>>(),
            events
        );
        assert_eq!(got[0].1, 1);
        assert!(got[1].1 > 1);
        // JSON is YAML too: a flow sequence is read whole.
        let flow = serde_json::to_string(&events).unwrap();
        assert_eq!(
            read_events(ExportFormat::Yaml, flow.as_bytes()).unwrap(),
            events
        );
        assert_eq!(read_events(ExportFormat::Yaml, b"[]\n").unwrap(), vec![]);
        let broken = block.replacen("seq: 2", "seq: two", 1);
        let err = read_events(ExportFormat::Yaml, broken.as_bytes()).unwrap_err();
        assert!(err.starts_with(&format!("line {}:", got[1].1)), "{err}");
    }

    #[test]
    fn jsonl_and_csv_errors_name_the_line() {
        let events = events();
        let mut jsonl = String::new();
        for e in &events {
            jsonl.push_str(&serde_json::to_string(e).unwrap());
            jsonl.push('\n');
        }
        jsonl.push_str("\nnot json\n");
        let err = read_events(ExportFormat::Jsonl, jsonl.as_bytes()).unwrap_err();
        assert!(err.starts_with("line 4: not an audit event"), "{err}");

        // The first event's actor spans two physical lines, so the second starts on line 4.
        let mut w = csv::Writer::from_writer(Vec::new());
        w.write_record(CSV_COLUMNS).unwrap();
        for (i, e) in events.iter().enumerate() {
            let details = serde_json::to_string(&e.details).unwrap();
            let seq = if i == 1 {
                "two".to_string()
            } else {
                e.seq.to_string()
            };
            w.write_record([
                "1",
                &seq,
                &e.event_id,
                &e.chain,
                &e.timestamp,
                "user",
                &e.actor.id,
                "",
                &e.action,
                &e.target.target_type,
                &e.target.id,
                "success",
                "",
                &details,
                &e.host,
                &e.prev_hash,
                &e.hash,
            ])
            .unwrap();
        }
        let csv = w.into_inner().unwrap();
        let err = read_events(ExportFormat::Csv, &csv).unwrap_err();
        assert_eq!(err, "line 4: bad seq");
    }
}
