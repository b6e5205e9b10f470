//! Events straight from SQLite rows, without building an [`AuditEvent`]: the hot paths of
//! `audit verify`, `audit checkpoint` and `audit export` over millions of events.
//!
//! A [`RawEvent`] borrows each column from the row. Its hash is computed by writing the
//! canonical body directly (keys in their sorted order, the stored `details` text spliced in
//! as it is, since `insert_event` stores it canonically), which must give exactly the bytes
//! [`AuditEvent::compute_hash`] hashes; a unit test holds the two together. When the fast hash
//! does not match, callers fall back to the slow path (parse, re-canonicalize) before calling
//! an event edited, so a `details` text that is the same JSON spelled differently is still
//! accepted as it always was.
//!
//! The JSON writer emits the same document as `serde_json::to_string(&AuditEvent)` (the shape
//! of `audit log --json`), with `details` spliced in raw after a cheap validity check.

use std::io::{self, Write};
use std::ops::ControlFlow;

use serde::de::IgnoredAny;

use super::event::EVENT_VERSION;
use super::merkle::{self, MerkleHash};
use super::{AuditError, AuditEvent};

/// The columns every raw query selects, in [`RawEvent::from_row`]'s order.
pub const RAW_COLUMNS: &str = super::EVENT_COLUMNS;

/// One stored event, borrowed from its row.
#[derive(Debug, Clone, Copy)]
pub struct RawEvent<'a> {
    /// Sequence number.
    pub seq: i64,
    /// Event id.
    pub event_id: &'a str,
    /// Chain id.
    pub chain: &'a str,
    /// Timestamp.
    pub timestamp: &'a str,
    /// Actor type as stored.
    pub actor_type: &'a str,
    /// Actor id.
    pub actor_id: &'a str,
    /// Actor source.
    pub actor_source: Option<&'a str>,
    /// Action.
    pub action: &'a str,
    /// Target type.
    pub target_type: &'a str,
    /// Target id.
    pub target_id: &'a str,
    /// Outcome as stored.
    pub outcome: &'a str,
    /// Reason.
    pub reason: Option<&'a str>,
    /// Details as stored (canonical JSON text).
    pub details: &'a str,
    /// Host.
    pub host: &'a str,
    /// Previous hash, hex.
    pub prev_hash: &'a str,
    /// This event's hash, hex.
    pub hash: &'a str,
}

impl<'a> RawEvent<'a> {
    /// Borrow the columns of a row selected with [`RAW_COLUMNS`].
    pub fn from_row(r: &'a rusqlite::Row<'_>) -> rusqlite::Result<Self> {
        let text = |i: usize| -> rusqlite::Result<&'a str> {
            let v = r.get_ref(i)?;
            v.as_str()
                .map_err(|e| rusqlite::Error::FromSqlConversionFailure(i, v.data_type(), e.into()))
        };
        let opt = |i: usize| -> rusqlite::Result<Option<&'a str>> {
            let v = r.get_ref(i)?;
            v.as_str_or_null()
                .map_err(|e| rusqlite::Error::FromSqlConversionFailure(i, v.data_type(), e.into()))
        };
        Ok(RawEvent {
            seq: r.get(0)?,
            event_id: text(1)?,
            chain: text(2)?,
            timestamp: text(3)?,
            actor_type: text(4)?,
            actor_id: text(5)?,
            actor_source: opt(6)?,
            action: text(7)?,
            target_type: text(8)?,
            target_id: text(9)?,
            outcome: text(10)?,
            reason: opt(11)?,
            details: text(12)?,
            host: text(13)?,
            prev_hash: text(14)?,
            hash: text(15)?,
        })
    }

    /// The canonical hashed body (see the module docs), appended to `out`.
    pub fn write_hashed_body(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(b"{\"action\":");
        json_str(out, self.action);
        out.extend_from_slice(b",\"actor\":{\"id\":");
        json_str(out, self.actor_id);
        out.extend_from_slice(b",\"source\":");
        json_opt(out, self.actor_source);
        out.extend_from_slice(b",\"type\":");
        json_str(out, self.actor_type);
        out.extend_from_slice(b"},\"chain\":");
        json_str(out, self.chain);
        out.extend_from_slice(b",\"details\":");
        out.extend_from_slice(self.details.as_bytes());
        out.extend_from_slice(b",\"event_id\":");
        json_str(out, self.event_id);
        out.extend_from_slice(b",\"host\":");
        json_str(out, self.host);
        out.extend_from_slice(b",\"outcome\":");
        json_str(out, self.outcome);
        out.extend_from_slice(b",\"prev_hash\":");
        json_str(out, self.prev_hash);
        out.extend_from_slice(b",\"reason\":");
        json_opt(out, self.reason);
        out.extend_from_slice(b",\"seq\":");
        out.extend_from_slice(itoa(self.seq).as_bytes());
        out.extend_from_slice(b",\"target\":{\"id\":");
        json_str(out, self.target_id);
        out.extend_from_slice(b",\"type\":");
        json_str(out, self.target_type);
        out.extend_from_slice(b"},\"timestamp\":");
        json_str(out, self.timestamp);
        out.extend_from_slice(b",\"type\":\"audit_event\",\"version\":");
        out.extend_from_slice(itoa(EVENT_VERSION as i64).as_bytes());
        out.push(b'}');
    }

    /// The fast hash (hex) of this event; `buf` is scratch space reused between calls.
    pub fn fast_hash(&self, buf: &mut Vec<u8>) -> blake3::Hash {
        buf.clear();
        self.write_hashed_body(buf);
        let mut prev = [0xffu8; 32];
        if hex::decode_to_slice(self.prev_hash, &mut prev).is_err() {
            prev = [0xff; 32];
        }
        let mut hasher = blake3::Hasher::new();
        hasher.update(&prev);
        hasher.update(buf);
        hasher.finalize()
    }

    /// Whether the stored hash matches the content: the fast path first, then the slow path
    /// through [`AuditEvent`] (tolerates a non-canonical spelling of the same details).
    /// `Err` carries why the row cannot even be read as an event.
    pub fn hash_matches(&self, buf: &mut Vec<u8>) -> Result<bool, String> {
        if self.fast_hash(buf).to_hex().as_str() == self.hash {
            return Ok(true);
        }
        let event = self.to_event()?;
        Ok(event.compute_hash() == self.hash)
    }

    /// The Merkle leaf hash of this event: `SHA-256(0x00 ‖ raw 32 bytes of its chain hash)`.
    pub fn leaf(&self) -> Result<MerkleHash, String> {
        leaf_for_hash(self.hash)
    }

    /// The full event (slow path).
    pub fn to_event(&self) -> Result<AuditEvent, String> {
        let details =
            serde_json::from_str(self.details).map_err(|e| format!("details are not JSON: {e}"))?;
        Ok(AuditEvent {
            version: EVENT_VERSION,
            seq: self.seq,
            event_id: self.event_id.into(),
            chain: self.chain.into(),
            timestamp: self.timestamp.into(),
            actor: super::Actor {
                actor_type: super::ActorType::parse(self.actor_type)
                    .ok_or_else(|| format!("unknown actor type `{}`", self.actor_type))?,
                id: self.actor_id.into(),
                source: self.actor_source.map(Into::into),
            },
            action: self.action.into(),
            target: super::Target::new(self.target_type, self.target_id),
            outcome: super::Outcome::parse(self.outcome)
                .ok_or_else(|| format!("unknown outcome `{}`", self.outcome))?,
            reason: self.reason.map(Into::into),
            details,
            host: self.host.into(),
            prev_hash: self.prev_hash.into(),
            hash: self.hash.into(),
        })
    }

    /// Write this event as one compact JSON object, the same document serde writes for an
    /// [`AuditEvent`] (field order included). Fails when `details` is not valid JSON.
    pub fn write_json(&self, out: &mut Vec<u8>) -> Result<(), AuditError> {
        if serde_json::from_str::<IgnoredAny>(self.details).is_err() {
            return Err(AuditError::Unreadable {
                seq: self.seq,
                message: "details are not JSON".into(),
            });
        }
        out.extend_from_slice(b"{\"version\":");
        out.extend_from_slice(itoa(EVENT_VERSION as i64).as_bytes());
        out.extend_from_slice(b",\"seq\":");
        out.extend_from_slice(itoa(self.seq).as_bytes());
        out.extend_from_slice(b",\"event_id\":");
        json_str(out, self.event_id);
        out.extend_from_slice(b",\"chain\":");
        json_str(out, self.chain);
        out.extend_from_slice(b",\"timestamp\":");
        json_str(out, self.timestamp);
        out.extend_from_slice(b",\"actor\":{\"type\":");
        json_str(out, self.actor_type);
        out.extend_from_slice(b",\"id\":");
        json_str(out, self.actor_id);
        out.extend_from_slice(b",\"source\":");
        json_opt(out, self.actor_source);
        out.extend_from_slice(b"},\"action\":");
        json_str(out, self.action);
        out.extend_from_slice(b",\"target\":{\"type\":");
        json_str(out, self.target_type);
        out.extend_from_slice(b",\"id\":");
        json_str(out, self.target_id);
        out.extend_from_slice(b"},\"outcome\":");
        json_str(out, self.outcome);
        out.extend_from_slice(b",\"reason\":");
        json_opt(out, self.reason);
        out.extend_from_slice(b",\"details\":");
        out.extend_from_slice(self.details.as_bytes());
        out.extend_from_slice(b",\"host\":");
        json_str(out, self.host);
        out.extend_from_slice(b",\"prev_hash\":");
        json_str(out, self.prev_hash);
        out.extend_from_slice(b",\"hash\":");
        json_str(out, self.hash);
        out.push(b'}');
        Ok(())
    }
}

/// The Merkle leaf hash for an event whose chain hash is `hash_hex`.
pub fn leaf_for_hash(hash_hex: &str) -> Result<MerkleHash, String> {
    let mut bytes = [0u8; 32];
    hex::decode_to_slice(hash_hex, &mut bytes)
        .map_err(|_| format!("hash `{hash_hex}` is not 64 hex characters"))?;
    Ok(merkle::leaf_hash(&bytes))
}

/// Stream the events `SELECT … FROM audit_events {sql_tail}` finds to `f`, until it breaks.
pub fn for_each<F>(
    conn: &rusqlite::Connection,
    sql_tail: &str,
    args: &[String],
    mut f: F,
) -> Result<(), AuditError>
where
    F: FnMut(&RawEvent<'_>) -> Result<ControlFlow<()>, AuditError>,
{
    let wrap = |source| super::sqlite_err(source);
    let sql = format!("SELECT {RAW_COLUMNS} FROM audit_events {sql_tail}");
    let mut stmt = conn.prepare(&sql).map_err(wrap)?;
    let mut rows = stmt
        .query(rusqlite::params_from_iter(args.iter()))
        .map_err(wrap)?;
    while let Some(row) = rows.next().map_err(wrap)? {
        let raw = RawEvent::from_row(row).map_err(wrap)?;
        if f(&raw)?.is_break() {
            break;
        }
    }
    Ok(())
}

/// Stream the events `filter` selects in the merged view to `f`, until it breaks.
///
/// The merged view keeps every chain in its own sequence order and interleaves the chains by
/// time: at each step the chain whose next event has the smallest (timestamp, chain id) goes
/// next. Where every clock only moves forward this is the order of (timestamp, chain, seq);
/// where one went back, that chain's events still come in chain order, so a reader (or
/// `export --verify`) can check each chain's links as the events go by. With `limit`, the
/// events are the newest `limit` by (timestamp, chain, seq), still in merged order.
pub fn for_each_merged<F>(
    conn: &rusqlite::Connection,
    filter: &super::EventFilter,
    mut f: F,
) -> Result<(), AuditError>
where
    F: FnMut(&RawEvent<'_>) -> Result<ControlFlow<()>, AuditError>,
{
    use rusqlite::OptionalExtension as _;
    use rusqlite::fallible_streaming_iterator::FallibleStreamingIterator as _;
    let wrap = |source| super::sqlite_err(source);
    let (mut cond, mut args) = super::filter_sql(filter);
    if let Some(limit) = filter.limit {
        if limit == 0 {
            return Ok(());
        }
        let oldest_kept: Option<(String, String, i64)> = conn
            .query_row(
                &format!(
                    "SELECT ts, chain, seq FROM audit_events {cond} \
                     ORDER BY ts DESC, chain DESC, seq DESC LIMIT 1 OFFSET {}",
                    limit - 1
                ),
                rusqlite::params_from_iter(args.iter()),
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()
            .map_err(wrap)?;
        if let Some((ts, chain, seq)) = oldest_kept {
            let n = args.len();
            cond.push_str(&format!(
                " AND (ts, chain, seq) >= (?{}, ?{}, CAST(?{} AS INTEGER))",
                n + 1,
                n + 2,
                n + 3
            ));
            args.extend([ts, chain, seq.to_string()]);
        }
    }
    let chains: Vec<String> = match &filter.chain {
        Some(c) => vec![c.clone()],
        None => super::stored_chains(conn)?,
    };
    let sql = format!(
        "SELECT {RAW_COLUMNS} FROM audit_events {cond} AND chain = ?{} ORDER BY seq",
        args.len() + 1
    );
    let mut stmts = Vec::with_capacity(chains.len());
    for _ in &chains {
        stmts.push(conn.prepare(&sql).map_err(wrap)?);
    }
    let mut cursors = Vec::with_capacity(chains.len());
    for (stmt, chain) in stmts.iter_mut().zip(&chains) {
        let params = args.iter().chain(std::iter::once(chain));
        let mut rows = stmt
            .query(rusqlite::params_from_iter(params))
            .map_err(wrap)?;
        rows.advance().map_err(wrap)?;
        cursors.push(rows);
    }
    loop {
        let next = if cursors.len() == 1 {
            cursors[0].get().is_some().then_some(0)
        } else {
            // The smallest (timestamp, chain) among the current rows.
            let mut best: Option<(usize, &str, &str)> = None;
            for (i, cursor) in cursors.iter().enumerate() {
                let Some(row) = cursor.get() else { continue };
                let text = |col: usize| -> rusqlite::Result<&str> {
                    let v = row.get_ref(col)?;
                    v.as_str().map_err(|e| {
                        rusqlite::Error::FromSqlConversionFailure(col, v.data_type(), e.into())
                    })
                };
                let (ts, chain) = (text(3).map_err(wrap)?, text(2).map_err(wrap)?);
                if best.is_none_or(|(_, bt, bc)| (ts, chain) < (bt, bc)) {
                    best = Some((i, ts, chain));
                }
            }
            best.map(|(i, _, _)| i)
        };
        let Some(i) = next else { break };
        let row = cursors[i].get().expect("the chosen cursor has a row");
        let raw = RawEvent::from_row(row).map_err(wrap)?;
        if f(&raw)?.is_break() {
            break;
        }
        cursors[i].advance().map_err(wrap)?;
    }
    Ok(())
}

fn json_str(out: &mut Vec<u8>, s: &str) {
    // serde_json's escaping, so the bytes match what the canonical encoder writes.
    // No early exit, so the check compiles to wide compares over the whole string.
    let needs_escape = s.bytes().fold(false, |any, b| {
        any | (b < 0x20) | (b == b'"') | (b == b'\\') | (b >= 0x7f)
    });
    if !needs_escape {
        out.push(b'"');
        out.extend_from_slice(s.as_bytes());
        out.push(b'"');
    } else {
        serde_json::to_writer(&mut *out, s).expect("writing to a Vec cannot fail");
    }
}

fn json_opt(out: &mut Vec<u8>, s: Option<&str>) {
    match s {
        Some(s) => json_str(out, s),
        None => out.extend_from_slice(b"null"),
    }
}

fn itoa(n: i64) -> String {
    n.to_string()
}

/// A writer that counts and SHA-256-hashes what passes through it.
pub struct HashingWriter<W: Write> {
    inner: W,
    hasher: sha2::Sha256,
    bytes: u64,
}

impl<W: Write> HashingWriter<W> {
    /// Wrap `inner`.
    pub fn new(inner: W) -> Self {
        use sha2::Digest as _;
        HashingWriter {
            inner,
            hasher: sha2::Sha256::new(),
            bytes: 0,
        }
    }

    /// The SHA-256 (hex) and length of everything written, and the inner writer.
    pub fn finish(self) -> (String, u64, W) {
        use sha2::Digest as _;
        (hex::encode(self.hasher.finalize()), self.bytes, self.inner)
    }
}

impl<W: Write> Write for HashingWriter<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        use sha2::Digest as _;
        let n = self.inner.write(buf)?;
        self.hasher.update(&buf[..n]);
        self.bytes += n as u64;
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::audit::{Actor, ActorType, EventContext, NewEvent, Outcome, Target};
    use crate::clock::Clock;
    use serde_json::json;

    fn event(reason: Option<&str>, source: Option<&str>, details: serde_json::Value) -> AuditEvent {
        let ctx = EventContext {
            actor: Actor {
                actor_type: ActorType::Ci,
                id: "ci \"bot\"\n".into(),
                source: source.map(Into::into),
            },
            host: "h\u{e9}".into(),
            chain: "c".into(),
            clock: Clock::Fixed(crate::clock::parse_ts("2026-01-01T00:00:00Z").unwrap()),
        };
        let mut new = NewEvent::success("model.promote", Target::new("model", "m,1"), details);
        new.outcome = Outcome::Denied;
        new.reason = reason.map(Into::into);
        AuditEvent::seal(&ctx, new, 7, "ab".repeat(32))
    }

    fn raw_of(e: &AuditEvent, details: &str) -> RawEvent<'static> {
        let leak = |s: &str| -> &'static str { Box::leak(s.to_string().into_boxed_str()) };
        RawEvent {
            seq: e.seq,
            event_id: leak(&e.event_id),
            chain: leak(&e.chain),
            timestamp: leak(&e.timestamp),
            actor_type: e.actor.actor_type.as_str(),
            actor_id: leak(&e.actor.id),
            actor_source: e.actor.source.as_deref().map(leak),
            action: leak(&e.action),
            target_type: leak(&e.target.target_type),
            target_id: leak(&e.target.id),
            outcome: e.outcome.as_str(),
            reason: e.reason.as_deref().map(leak),
            details: leak(details),
            host: leak(&e.host),
            prev_hash: leak(&e.prev_hash),
            hash: leak(&e.hash),
        }
    }

    #[test]
    fn fast_hash_and_json_match_the_slow_path() {
        for e in [
            event(None, None, json!({})),
            event(
                Some("tab\there, quote \" and \u{1f600}"),
                Some("https://ci/job/1"),
                json!({"z": [1, 2.5, null], "a": {"b": "c\u{7f}"}, "forced": true}),
            ),
        ] {
            let details =
                String::from_utf8(crate::records::canonical_value_bytes(&e.details)).unwrap();
            let raw = raw_of(&e, &details);
            let mut buf = Vec::new();
            assert_eq!(raw.fast_hash(&mut buf).to_hex().as_str(), e.hash);
            assert_eq!(raw.hash_matches(&mut buf), Ok(true));
            let mut json = Vec::new();
            raw.write_json(&mut json).unwrap();
            assert_eq!(
                String::from_utf8(json).unwrap(),
                serde_json::to_string(&e).unwrap()
            );
            assert_eq!(raw.to_event().unwrap(), e);
        }
    }

    #[test]
    fn non_canonical_details_fall_back_to_the_slow_path() {
        let e = event(None, None, json!({"a": 1, "b": 2}));
        let raw = raw_of(&e, "{ \"b\": 2, \"a\": 1 }");
        let mut buf = Vec::new();
        assert_ne!(raw.fast_hash(&mut buf).to_hex().as_str(), e.hash);
        assert_eq!(raw.hash_matches(&mut buf), Ok(true));
        let edited = raw_of(&e, "{\"a\":1,\"b\":3}");
        assert_eq!(edited.hash_matches(&mut buf), Ok(false));
    }
}
