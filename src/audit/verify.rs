//! Walking the chain: recompute every hash and name the first event that does not match, and
//! what is wrong with it (edited, missing, reordered). Streams rows, so memory stays flat.

use serde::Serialize;

use super::{AuditError, AuditEvent, GENESIS_HASH, row_to_event};
use crate::index::IndexError;

/// What is wrong at the first bad event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ProblemKind {
    /// The event's content no longer matches its hash.
    Edited,
    /// One or more events before it are gone.
    Missing,
    /// It links to an event that is elsewhere in the chain.
    Reordered,
}

/// The first problem found.
#[derive(Debug, Clone, Serialize)]
pub struct ChainProblem {
    /// What kind.
    pub kind: ProblemKind,
    /// The sequence number where it shows.
    pub seq: i64,
    /// The event id there.
    pub event_id: String,
    /// A sentence for people.
    pub message: String,
}

/// The result of [`verify_chain`].
#[derive(Debug, Clone, Serialize)]
pub struct VerifyOutcome {
    /// Events checked.
    pub events: i64,
    /// The last good hash (the head when the chain is intact).
    pub head: String,
    /// The first problem, if any.
    pub problem: Option<ChainProblem>,
}

/// Verify the whole chain in `audit_events`.
pub fn verify_chain(conn: &rusqlite::Connection) -> Result<VerifyOutcome, AuditError> {
    let wrap = |source| {
        AuditError::Index(IndexError::Sqlite {
            path: "index.db".into(),
            source,
        })
    };
    let mut stmt = conn
        .prepare(&format!(
            "SELECT {} FROM audit_events ORDER BY seq",
            super::EVENT_COLUMNS
        ))
        .map_err(wrap)?;
    let mut rows = stmt.query([]).map_err(wrap)?;
    let mut prev: Option<AuditEvent> = None;
    let mut events = 0i64;
    while let Some(row) = rows.next().map_err(wrap)? {
        let event = match row_to_event(row).map_err(wrap)? {
            Ok(e) => e,
            Err(AuditError::Unreadable { seq, message }) => {
                return Ok(VerifyOutcome {
                    events,
                    head: prev.map(|p| p.hash).unwrap_or_else(|| GENESIS_HASH.into()),
                    problem: Some(ChainProblem {
                        kind: ProblemKind::Edited,
                        seq,
                        event_id: String::new(),
                        message: format!("event #{seq} was edited: {message}"),
                    }),
                });
            }
            Err(e) => return Err(e),
        };
        let (expected_seq, expected_prev) = match &prev {
            Some(p) => (p.seq + 1, p.hash.as_str()),
            None => (1, GENESIS_HASH),
        };
        let problem = if event.prev_hash != expected_prev {
            let elsewhere: Option<i64> = conn
                .query_row(
                    "SELECT seq FROM audit_events WHERE hash = ?1",
                    [&event.prev_hash],
                    |r| r.get(0),
                )
                .ok();
            match elsewhere {
                Some(other) if other != event.seq - 1 || event.seq != expected_seq => Some((
                    ProblemKind::Reordered,
                    format!(
                        "event #{} ({}) is out of order: it follows event #{other} in the chain, not #{}",
                        event.seq,
                        event.event_id,
                        expected_seq - 1
                    ),
                )),
                _ if event.seq != expected_seq => {
                    Some((ProblemKind::Missing, missing_message(expected_seq, &event)))
                }
                _ => Some((
                    ProblemKind::Missing,
                    format!(
                        "event #{} ({}) links to an event that is not in the chain: an earlier event was removed or rewritten",
                        event.seq, event.event_id
                    ),
                )),
            }
        } else if event.seq != expected_seq {
            Some((ProblemKind::Missing, missing_message(expected_seq, &event)))
        } else if event.compute_hash() != event.hash {
            Some((
                ProblemKind::Edited,
                format!(
                    "event #{} ({}) was edited: its content no longer matches its hash",
                    event.seq, event.event_id
                ),
            ))
        } else {
            None
        };
        if let Some((kind, message)) = problem {
            return Ok(VerifyOutcome {
                events,
                head: prev.map(|p| p.hash).unwrap_or_else(|| GENESIS_HASH.into()),
                problem: Some(ChainProblem {
                    kind,
                    seq: event.seq,
                    event_id: event.event_id.clone(),
                    message,
                }),
            });
        }
        events += 1;
        prev = Some(event);
    }
    Ok(VerifyOutcome {
        events,
        head: prev.map(|p| p.hash).unwrap_or_else(|| GENESIS_HASH.into()),
        problem: None,
    })
}

fn missing_message(expected_seq: i64, event: &AuditEvent) -> String {
    if event.seq == expected_seq + 1 {
        format!(
            "event #{expected_seq} is missing (the chain jumps to #{} {})",
            event.seq, event.event_id
        )
    } else {
        format!(
            "events #{expected_seq} to #{} are missing (the chain jumps to #{} {})",
            event.seq - 1,
            event.seq,
            event.event_id
        )
    }
}
