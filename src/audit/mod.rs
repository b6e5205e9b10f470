//! The audit trail: a hash chain of events, one per state change or refused attempt, written
//! in the same SQLite transaction as the change itself.
//!
//! Each event's `hash` is `blake3(prev_hash_bytes ‖ canonical(event without hash))`, where
//! `prev_hash` is the previous event's hash (32 zero bytes for the first) and `canonical` is
//! the records encoding (sorted keys, no whitespace). Editing, deleting or reordering any
//! stored event therefore breaks verification at that event. Each event is also a record
//! object (`type: "audit_event"`), so the chain survives an index rebuild and travels with
//! push/pull. Secrets are redacted from details *before* hashing (see [`redact`]).

pub mod checkpoint;
mod event;
pub mod merkle;
mod verify;

pub use event::{Actor, ActorType, AuditEvent, EventContext, NewEvent, Outcome, Target, redact};
pub use verify::{ChainProblem, ProblemKind, VerifyOutcome, verify_chain};

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
}

impl AuditError {
    /// The exit code for this error.
    pub fn exit_code(&self) -> ExitCode {
        match self {
            AuditError::Index(e) => e.exit_code(),
            AuditError::Unreadable { .. } => ExitCode::CheckFailed,
            AuditError::NotFound { .. } | AuditError::BadFilter { .. } => ExitCode::Usage,
        }
    }
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
    let last: Option<(i64, String)> = tx
        .query_row(
            "SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1",
            [],
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

/// Insert an already sealed event (used by `append` and by index rebuild).
pub fn insert_event(tx: &Transaction<'_>, e: &AuditEvent) -> Result<(), rusqlite::Error> {
    tx.execute(
        "INSERT INTO audit_events (seq, event_id, chain, ts, actor_type, actor_id, actor_source, action, \
         target_type, target_id, outcome, reason, details, host, prev_hash, hash) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)",
        params![
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
        ],
    )?;
    Ok(())
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
    /// At most this many, newest kept.
    pub limit: Option<usize>,
}

const EVENT_COLUMNS: &str = "seq, event_id, chain, ts, actor_type, actor_id, actor_source, action, \
                             target_type, target_id, outcome, reason, details, host, prev_hash, hash";

/// Events matching `filter`, oldest first.
pub fn query(
    conn: &rusqlite::Connection,
    filter: &EventFilter,
) -> Result<Vec<AuditEvent>, AuditError> {
    let wrap = |source| {
        AuditError::Index(IndexError::Sqlite {
            path: "index.db".into(),
            source,
        })
    };
    let mut sql = format!("SELECT {EVENT_COLUMNS} FROM audit_events WHERE 1=1");
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
    sql.push_str(" ORDER BY seq DESC");
    if let Some(limit) = filter.limit {
        sql.push_str(&format!(" LIMIT {limit}"));
    }
    let mut stmt = conn.prepare(&sql).map_err(wrap)?;
    let rows = stmt
        .query_map(rusqlite::params_from_iter(args.iter()), row_to_event)
        .map_err(wrap)?;
    let mut out = Vec::new();
    for row in rows {
        out.push(row.map_err(wrap)??);
    }
    out.reverse();
    Ok(out)
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

/// Number of events and the head (last seq and hash).
pub fn head(conn: &rusqlite::Connection) -> Result<Option<(i64, String)>, AuditError> {
    conn.query_row(
        "SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1",
        [],
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

/// Number of events.
pub fn count(conn: &rusqlite::Connection) -> Result<i64, AuditError> {
    conn.query_row("SELECT count(*) FROM audit_events", [], |r| r.get(0))
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
