//! The audit trail: a hash chain of events, one per state change or refused attempt, written
//! in the same SQLite transaction as the change itself.
//!
//! Each event's `hash` is `blake3(prev_hash_bytes ‖ canonical(event without hash))`, where
//! `prev_hash` is the previous event's hash (32 zero bytes for the first) and `canonical` is
//! the records encoding (sorted keys, no whitespace). Editing, deleting or reordering any
//! stored event therefore breaks verification at that event. Each event is also a record
//! object (`type: "audit_event"`), so the chain survives an index rebuild and travels with
//! push/pull. Secrets are redacted from details *before* hashing (see [`redact`]).
//!
//! Every clone has its own chain (its id is made by `mlo init` and stored in each event). Events
//! made by other clones arrive with `mlo pull` as record objects and are stored as they were
//! hashed, keyed by (chain, seq) beside this repository's own ([`store_pulled`]); they are
//! never re-hashed into the local chain, which only [`append`] writes. Each chain verifies on
//! its own ([`verify_trail`]); `audit log`, `export` and `report` read the merged view
//! ([`stream::for_each_merged`]): every chain in its own order, interleaved by time.
//!
//! On top of the chain: an RFC 6962 Merkle tree whose leaves are the events in `seq` order
//! (leaf data: the 32 raw bytes of each event's chain hash, so a leaf commits to the whole
//! event and its position), signed checkpoints of it (`anchor`, `checkpoint`), inclusion
//! proofs (`proof`), exports with a manifest (`export`) and the compliance report
//! (`report`). `stream` is the fast row-level path they share. docs/audit.md has the formats.

pub mod anchor;
pub mod checkpoint;
mod event;
pub mod export;
pub mod merkle;
pub mod proof;
pub mod report;
pub mod stream;
mod verify;

pub use event::{
    Actor, ActorType, AuditEvent, EVENT_VERSION, EventContext, NewEvent, Outcome, Target, redact,
};
pub use verify::{
    ChainOutcome, ChainProblem, PrefixHead, ProblemKind, TrailOptions, TrailOutcome, VerifyOptions,
    VerifyOutcome, verify_chain, verify_chain_with, verify_trail,
};

use std::path::PathBuf;

use rusqlite::{OptionalExtension, Transaction, params};

use crate::error::ExitCode;
use crate::index::IndexError;
use crate::records;

/// The hash that precedes the first event.
pub const GENESIS_HASH: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// Errors from the audit trail.
#[derive(Debug, thiserror::Error)]
pub enum AuditError {
    /// The index failed.
    #[error(transparent)]
    Index(#[from] IndexError),
    /// A stored event could not be read back.
    #[error("audit event #{seq} is unreadable: {message}")]
    Unreadable {
        /// Its sequence number.
        seq: i64,
        /// What is wrong.
        message: String,
    },
    /// No event with this id.
    #[error("no audit event `{id}`")]
    NotFound {
        /// The id asked for.
        id: String,
    },
    /// A bad filter.
    #[error("invalid {what} `{value}`: {message}")]
    BadFilter {
        /// Which filter.
        what: &'static str,
        /// The value given.
        value: String,
        /// Why it is invalid.
        message: String,
    },
    /// A checkpoint file that cannot be used.
    #[error("invalid checkpoint `{}`", path.display())]
    Checkpoint {
        /// The file.
        path: PathBuf,
        /// What is wrong with it.
        #[source]
        source: checkpoint::CheckpointError,
    },
    /// A private key file that cannot be used.
    #[error("invalid audit signing key `{}`", path.display())]
    Key {
        /// The file.
        path: PathBuf,
        /// What is wrong with it.
        #[source]
        source: checkpoint::CheckpointError,
    },
    /// A public key (flag or `audit.public_key`) that is not one.
    #[error("invalid public key from {origin}")]
    PublicKey {
        /// `--public-key` or `audit.public_key`.
        origin: &'static str,
        /// What is wrong with it.
        #[source]
        source: checkpoint::CheckpointError,
    },
    /// `keygen` would overwrite a key.
    #[error("`{}` already exists", path.display())]
    KeyExists {
        /// The file.
        path: PathBuf,
    },
    /// Signing was asked for with no key.
    #[error("no audit signing key: `--sign` needs `--key FILE` or the `audit.signing_key` setting")]
    NoSigningKey,
    /// The operating system refused randomness for a new key.
    #[error("cannot generate a key")]
    Keygen(#[source] checkpoint::CheckpointError),
    /// Reading or writing a file failed.
    #[error("cannot {action} `{}`", path.display())]
    File {
        /// What we were doing.
        action: &'static str,
        /// The file.
        path: PathBuf,
        /// The operating system's error.
        #[source]
        source: std::io::Error,
    },
    /// A proof, export or manifest file that is not what it should be.
    #[error("`{}` is not a valid {what}: {message}", path.display())]
    Malformed {
        /// The file.
        path: PathBuf,
        /// What it should have been.
        what: &'static str,
        /// What is wrong.
        message: String,
    },
    /// The chain does not verify, so nothing can be vouched for.
    #[error("the audit trail does not verify: {message}")]
    ChainBroken {
        /// The first problem.
        message: String,
    },
    /// The log does not extend the checkpoint a proof was asked against.
    #[error("the audit trail does not match checkpoint `{}`: {message}", path.display())]
    CheckpointMismatch {
        /// The checkpoint file.
        path: PathBuf,
        /// What differs.
        message: String,
    },
    /// An event after the checkpoint's size.
    #[error(
        "event #{seq} (`{event_id}`) is not covered by the checkpoint, which holds {size} event(s)"
    )]
    NotCovered {
        /// The event's sequence number.
        seq: i64,
        /// Its id.
        event_id: String,
        /// The checkpoint's size.
        size: u64,
    },
}

impl AuditError {
    /// The exit code for this error.
    pub fn exit_code(&self) -> ExitCode {
        match self {
            AuditError::Index(e) => e.exit_code(),
            AuditError::Unreadable { .. }
            | AuditError::ChainBroken { .. }
            | AuditError::CheckpointMismatch { .. } => ExitCode::CheckFailed,
            AuditError::NotFound { .. }
            | AuditError::BadFilter { .. }
            | AuditError::Checkpoint { .. }
            | AuditError::Key { .. }
            | AuditError::PublicKey { .. }
            | AuditError::KeyExists { .. }
            | AuditError::NoSigningKey
            | AuditError::Malformed { .. }
            | AuditError::NotCovered { .. } => ExitCode::Usage,
            AuditError::Keygen(_) => ExitCode::Environment,
            AuditError::File { source, .. } => crate::error::io_exit_code(source),
        }
    }

    /// Next steps.
    pub fn hints(&self) -> Vec<String> {
        match self {
            AuditError::Index(e) => e.hints(),
            AuditError::NoSigningKey | AuditError::Key { .. } => vec![
                "create a key with `mlo audit keygen`, then `mlo config set --local audit.signing_key .mlo/audit-key`".into(),
            ],
            AuditError::KeyExists { .. } => {
                vec!["pass `--force` to replace it (checkpoints it signed then need the old public key), or choose another `--out`".into()]
            }
            AuditError::PublicKey { .. } => {
                vec!["a public key is the 64 hex characters `mlo audit keygen` printed".into()]
            }
            AuditError::ChainBroken { .. } | AuditError::CheckpointMismatch { .. } => {
                vec!["run `mlo audit verify` to see the first bad event".into()]
            }
            AuditError::NotCovered { .. } => {
                vec!["take a newer checkpoint with `mlo audit checkpoint --out FILE` and prove against it".into()]
            }
            AuditError::Checkpoint { .. } => {
                vec!["a checkpoint is the file `mlo audit checkpoint --out FILE` writes".into()]
            }
            _ => vec![],
        }
    }
}

/// Wrap a SQLite error from the index.
pub(crate) fn sqlite_err(source: rusqlite::Error) -> AuditError {
    AuditError::Index(IndexError::Sqlite {
        path: "index.db".into(),
        source,
    })
}

/// Append an event inside the caller's transaction; also queues it as a record object.
pub fn append(
    tx: &Transaction<'_>,
    ctx: &EventContext,
    new: NewEvent,
) -> Result<AuditEvent, AuditError> {
    let path = || std::path::PathBuf::from("index.db");
    let wrap = |source| {
        AuditError::Index(IndexError::Sqlite {
            path: path(),
            source,
        })
    };
    // Only this repository's own chain: a pulled event is never chained onto.
    let last: Option<(i64, String)> = tx
        .query_row(
            "SELECT seq, hash FROM audit_events WHERE chain = ?1 ORDER BY seq DESC LIMIT 1",
            [&ctx.chain],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()
        .map_err(wrap)?;
    let (seq, prev_hash) = match last {
        Some((seq, hash)) => (seq + 1, hash),
        None => (1, GENESIS_HASH.to_string()),
    };
    let event = AuditEvent::seal(ctx, new, seq, prev_hash);
    insert_event(tx, &event).map_err(wrap)?;
    let encoded = records::encode(&event.to_record());
    tx.execute(
        "INSERT OR IGNORE INTO records (digest, type, created_at, body, materialized) VALUES (?1, ?2, ?3, ?4, 0)",
        params![
            encoded.digest.to_hex(),
            encoded.record_type,
            event.timestamp,
            String::from_utf8(encoded.bytes).expect("canonical JSON is UTF-8")
        ],
    )
    .map_err(wrap)?;
    Ok(event)
}

/// Insert an already sealed event as it is (used by `append`, pulls and index rebuild).
pub fn insert_event(tx: &Transaction<'_>, e: &AuditEvent) -> Result<(), rusqlite::Error> {
    tx.prepare_cached(
        "INSERT INTO audit_events (seq, event_id, chain, ts, actor_type, actor_id, actor_source, action, \
         target_type, target_id, outcome, reason, details, host, prev_hash, hash) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)",
    )?
    .execute(params![
            e.seq,
            e.event_id,
            e.chain,
            e.timestamp,
            e.actor.actor_type.as_str(),
            e.actor.id,
            e.actor.source,
            e.action,
            e.target.target_type,
            e.target.id,
            e.outcome.as_str(),
            e.reason,
            String::from_utf8(records::canonical_value_bytes(&e.details)).expect("utf-8"),
            e.host,
            e.prev_hash,
            e.hash,
        ])?;
    Ok(())
}

/// What became of one pulled event (see [`store_pulled`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pulled {
    /// Stored in its chain.
    Stored,
    /// The same event (same chain, sequence and hash) is already stored.
    Known,
    /// Another event holds its place, or it claims this repository's own chain: kept in
    /// `audit_conflicts` for `verify` to report.
    Conflict,
}

/// Store an audit event that arrived from elsewhere (record `digest`), exactly as it was
/// hashed: never re-sealed, never appended to `local_chain`. An event of another chain takes
/// its (chain, seq) place when that is free; a different event at a taken place, or any new
/// event claiming `local_chain` (which only this clone writes), is a conflict.
pub fn store_pulled(
    tx: &Transaction<'_>,
    digest: &str,
    event: &AuditEvent,
    local_chain: &str,
) -> Result<Pulled, rusqlite::Error> {
    let at_place: Option<String> = tx
        .prepare_cached("SELECT hash FROM audit_events WHERE chain = ?1 AND seq = ?2")?
        .query_row(params![event.chain, event.seq], |r| r.get(0))
        .optional()?;
    let id_taken: bool = tx
        .prepare_cached("SELECT 1 FROM audit_events WHERE event_id = ?1")?
        .exists([&event.event_id])?;
    let outcome = match at_place {
        Some(hash) if hash == event.hash => return Ok(Pulled::Known),
        Some(_) => Pulled::Conflict,
        None if event.chain == local_chain || id_taken => Pulled::Conflict,
        None => Pulled::Stored,
    };
    if outcome == Pulled::Stored {
        insert_event(tx, event)?;
    } else {
        record_conflict(tx, digest, event)?;
    }
    Ok(outcome)
}

/// Keep a pulled event that could not take its place (see [`Pulled::Conflict`]).
pub(crate) fn record_conflict(
    tx: &Transaction<'_>,
    digest: &str,
    e: &AuditEvent,
) -> Result<(), rusqlite::Error> {
    tx.prepare_cached(
        "INSERT OR IGNORE INTO audit_conflicts (record_digest, chain, seq, event_id, ts, host, hash) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?
    .execute(params![
        digest,
        e.chain,
        e.seq,
        e.event_id,
        e.timestamp,
        e.host,
        e.hash
    ])?;
    Ok(())
}

/// Restore every chain from its record objects (`mlo index rebuild`): `events` are all the
/// audit event records, any order. Where two records claim one (chain, seq), the one that links
/// to the event chosen before it (and, among those, the one the next event links to, then in
/// `local.0`, this repository's chain, one made on `local.1`, this host) is stored and the
/// other is a conflict, so a fork shows in `verify` instead of vanishing. Returns how many
/// events were stored.
pub fn restore_chains(
    tx: &Transaction<'_>,
    mut events: Vec<(String, AuditEvent)>,
    local: (&str, &str),
) -> Result<usize, rusqlite::Error> {
    events.sort_by(|(da, a), (db, b)| {
        (&a.chain, a.seq, &a.timestamp, da).cmp(&(&b.chain, b.seq, &b.timestamp, db))
    });
    let mut stored = 0;
    let mut prev: Option<(&str, &str)> = None; // (chain, hash) of the last stored event
    let mut i = 0;
    while i < events.len() {
        let (chain, seq) = (&events[i].1.chain, events[i].1.seq);
        let mut j = i;
        while j < events.len() && events[j].1.chain == *chain && events[j].1.seq == seq {
            j += 1;
        }
        let group = &events[i..j];
        let links = |e: &AuditEvent| match prev {
            Some((c, h)) if c == e.chain => e.prev_hash == h,
            _ => e.prev_hash == GENESIS_HASH,
        };
        // Prefer the candidate that links back and that the next event links to.
        let next = events[j..]
            .iter()
            .take_while(|(_, n)| n.chain == *chain && n.seq == seq + 1);
        let continued = |e: &AuditEvent| next.clone().any(|(_, n)| n.prev_hash == e.hash);
        // In this repository's own chain, an event made on this host before one made
        // elsewhere (a pulled event claiming the chain is a forgery or a copied `.mlo/`).
        let own = |e: &AuditEvent| e.chain != local.0 || e.host == local.1;
        let chosen = group
            .iter()
            .enumerate()
            .max_by_key(|(k, (_, e))| (links(e), continued(e), own(e), std::cmp::Reverse(*k)))
            .map_or(0, |(k, _)| k);
        for (k, (digest, e)) in group.iter().enumerate() {
            let id_taken = tx
                .prepare_cached("SELECT 1 FROM audit_events WHERE event_id = ?1")?
                .exists([&e.event_id])?;
            if k == chosen && !id_taken {
                insert_event(tx, e)?;
                stored += 1;
            } else {
                record_conflict(tx, digest, e)?;
            }
        }
        let (_, e) = &group[chosen];
        prev = Some((&e.chain, &e.hash));
        i = j;
    }
    Ok(stored)
}

/// Filters for [`query`].
#[derive(Debug, Default, Clone)]
pub struct EventFilter {
    /// Only events at or after this RFC 3339 time.
    pub since: Option<String>,
    /// Only events before this RFC 3339 time.
    pub until: Option<String>,
    /// Only this actor id.
    pub actor: Option<String>,
    /// A glob over the action (`model.*`).
    pub action: Option<String>,
    /// Only this target id (or `type:id`).
    pub target: Option<String>,
    /// Only this outcome.
    pub outcome: Option<Outcome>,
    /// Only this chain (a full chain id).
    pub chain: Option<String>,
    /// At most this many, newest kept.
    pub limit: Option<usize>,
}

const EVENT_COLUMNS: &str = "seq, event_id, chain, ts, actor_type, actor_id, actor_source, action, \
                             target_type, target_id, outcome, reason, details, host, prev_hash, hash";

/// The `WHERE` clause and its arguments for `filter` (without ordering or limit).
pub(crate) fn filter_sql(filter: &EventFilter) -> (String, Vec<String>) {
    let mut sql = String::from("WHERE 1=1");
    let mut args: Vec<String> = Vec::new();
    if let Some(s) = &filter.since {
        args.push(s.clone());
        sql.push_str(&format!(" AND ts >= ?{}", args.len()));
    }
    if let Some(u) = &filter.until {
        args.push(u.clone());
        sql.push_str(&format!(" AND ts < ?{}", args.len()));
    }
    if let Some(a) = &filter.actor {
        args.push(a.clone());
        sql.push_str(&format!(" AND actor_id = ?{}", args.len()));
    }
    if let Some(a) = &filter.action {
        args.push(a.clone());
        sql.push_str(&format!(" AND action GLOB ?{}", args.len()));
    }
    if let Some(t) = &filter.target {
        args.push(t.clone());
        let n = args.len();
        sql.push_str(&format!(
            " AND (target_id = ?{n} OR target_type || ':' || target_id = ?{n})"
        ));
    }
    if let Some(o) = &filter.outcome {
        args.push(o.as_str().to_string());
        sql.push_str(&format!(" AND outcome = ?{}", args.len()));
    }
    if let Some(c) = &filter.chain {
        args.push(c.clone());
        sql.push_str(&format!(" AND chain = ?{}", args.len()));
    }
    (sql, args)
}

/// Events matching `filter` in the merged view (every chain in its own order, interleaved by
/// time; see [`stream::for_each_merged`]).
pub fn query(
    conn: &rusqlite::Connection,
    filter: &EventFilter,
) -> Result<Vec<AuditEvent>, AuditError> {
    let mut out = Vec::new();
    stream::for_each_merged(conn, filter, |raw| {
        out.push(raw.to_event().map_err(|message| AuditError::Unreadable {
            seq: raw.seq,
            message,
        })?);
        Ok(std::ops::ControlFlow::Continue(()))
    })?;
    Ok(out)
}

/// The chains present, this repository's own (`local`) first whether or not it has events
/// yet, then the others in id order.
pub fn chain_ids(conn: &rusqlite::Connection, local: &str) -> Result<Vec<String>, AuditError> {
    let mut ids = vec![local.to_string()];
    ids.extend(stored_chains(conn)?.into_iter().filter(|c| c != local));
    Ok(ids)
}

/// Every chain with stored events, in id order.
pub(crate) fn stored_chains(conn: &rusqlite::Connection) -> Result<Vec<String>, AuditError> {
    // A skip-scan over the primary key: one seek per chain, not a pass over every event.
    let mut stmt = conn
        .prepare_cached(
            "WITH RECURSIVE c(id) AS (SELECT min(chain) FROM audit_events \
             UNION ALL SELECT (SELECT min(chain) FROM audit_events WHERE chain > c.id) FROM c WHERE c.id IS NOT NULL) \
             SELECT id FROM c WHERE id IS NOT NULL",
        )
        .map_err(sqlite_err)?;
    stmt.query_map([], |r| r.get(0))
        .map_err(sqlite_err)?
        .collect::<Result<_, _>>()
        .map_err(sqlite_err)
}

/// Resolve what a user typed for a chain: `local`, a full id, or a unique prefix of one.
pub fn resolve_chain(
    conn: &rusqlite::Connection,
    local: &str,
    given: &str,
) -> Result<String, AuditError> {
    if given == "local" {
        return Ok(local.to_string());
    }
    let ids = chain_ids(conn, local)?;
    if ids.iter().any(|c| c == given) {
        return Ok(given.to_string());
    }
    let matches: Vec<&String> = ids.iter().filter(|c| c.starts_with(given)).collect();
    match matches.as_slice() {
        [one] => Ok((*one).clone()),
        [] => Err(AuditError::BadFilter {
            what: "--chain",
            value: given.into(),
            message: format!(
                "no such chain; this repository holds {}",
                ids.iter()
                    .map(|c| format!("`{c}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        }),
        _ => Err(AuditError::BadFilter {
            what: "--chain",
            value: given.into(),
            message: format!("ambiguous prefix, {} chains match", matches.len()),
        }),
    }
}

/// One event by id (a unique prefix of at least 8 characters is accepted).
pub fn get(conn: &rusqlite::Connection, id: &str) -> Result<AuditEvent, AuditError> {
    let wrap = |source| {
        AuditError::Index(IndexError::Sqlite {
            path: "index.db".into(),
            source,
        })
    };
    if id.len() < 8 {
        return Err(AuditError::BadFilter {
            what: "event id",
            value: id.into(),
            message: "give at least 8 characters".into(),
        });
    }
    let sql = format!(
        "SELECT {EVENT_COLUMNS} FROM audit_events WHERE event_id >= ?1 AND event_id < ?2 LIMIT 2"
    );
    let upper = format!("{id}\u{10FFFF}");
    let mut stmt = conn.prepare(&sql).map_err(wrap)?;
    let rows: Vec<_> = stmt
        .query_map(params![id, upper], row_to_event)
        .map_err(wrap)?
        .collect::<Result<_, _>>()
        .map_err(wrap)?;
    match rows.len() {
        0 => Err(AuditError::NotFound { id: id.into() }),
        1 => rows.into_iter().next().expect("one row"),
        _ => Err(AuditError::BadFilter {
            what: "event id",
            value: id.into(),
            message: "ambiguous prefix".into(),
        }),
    }
}

/// The head of `chain` (last seq and hash).
pub fn head(conn: &rusqlite::Connection, chain: &str) -> Result<Option<(i64, String)>, AuditError> {
    conn.query_row(
        "SELECT seq, hash FROM audit_events WHERE chain = ?1 ORDER BY seq DESC LIMIT 1",
        [chain],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
    .optional()
    .map_err(|source| {
        AuditError::Index(IndexError::Sqlite {
            path: "index.db".into(),
            source,
        })
    })
}

/// Number of events of `chain`, or of every chain.
pub fn count(conn: &rusqlite::Connection, chain: Option<&str>) -> Result<i64, AuditError> {
    match chain {
        Some(c) => conn.query_row(
            "SELECT count(*) FROM audit_events WHERE chain = ?1",
            [c],
            |r| r.get(0),
        ),
        None => conn.query_row("SELECT count(*) FROM audit_events", [], |r| r.get(0)),
    }
    .map_err(|source| {
        AuditError::Index(IndexError::Sqlite {
            path: "index.db".into(),
            source,
        })
    })
}

pub(crate) fn row_to_event(
    r: &rusqlite::Row<'_>,
) -> rusqlite::Result<Result<AuditEvent, AuditError>> {
    let seq: i64 = r.get(0)?;
    let details_text: String = r.get(12)?;
    let actor_type: String = r.get(4)?;
    let outcome: String = r.get(10)?;
    let built = (|| {
        let details = serde_json::from_str(&details_text).map_err(|e| AuditError::Unreadable {
            seq,
            message: format!("details are not JSON: {e}"),
        })?;
        let actor_type = ActorType::parse(&actor_type).ok_or_else(|| AuditError::Unreadable {
            seq,
            message: format!("unknown actor type `{actor_type}`"),
        })?;
        let outcome = Outcome::parse(&outcome).ok_or_else(|| AuditError::Unreadable {
            seq,
            message: format!("unknown outcome `{outcome}`"),
        })?;
        Ok::<_, AuditError>((details, actor_type, outcome))
    })();
    let (details, actor_type, outcome) = match built {
        Ok(v) => v,
        Err(e) => return Ok(Err(e)),
    };
    Ok(Ok(AuditEvent {
        version: event::EVENT_VERSION,
        seq,
        event_id: r.get(1)?,
        chain: r.get(2)?,
        timestamp: r.get(3)?,
        actor: Actor {
            actor_type,
            id: r.get(5)?,
            source: r.get(6)?,
        },
        action: r.get(7)?,
        target: Target {
            target_type: r.get(8)?,
            id: r.get(9)?,
        },
        outcome,
        reason: r.get(11)?,
        details,
        host: r.get(13)?,
        prev_hash: r.get(14)?,
        hash: r.get(15)?,
    }))
}
