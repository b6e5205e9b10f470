//! Walking the chain: recompute every hash and name the first event that does not match, and
//! what is wrong with it (edited, missing, reordered). Streams rows through [`RawEvent`], so
//! memory stays flat and a million events verify in about a second.
//!
//! Optionally the same pass folds each event into the RFC 6962 Merkle tree (leaf data: the
//! 32 raw bytes of the event's chain hash) and remembers the head at a given size: what
//! checkpoints are taken from and checked against (see `anchor.rs`).

use std::ops::ControlFlow;

use serde::Serialize;

use super::merkle::{MerkleHash, TreeBuilder};
use super::stream::{RawEvent, for_each};
use super::{AuditError, GENESIS_HASH};

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

/// The head of the chain after its first `size` events, with their Merkle root.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PrefixHead {
    /// Number of events.
    pub size: u64,
    /// Sequence number of the last of them (`None` when `size` is 0).
    pub last_sequence: Option<i64>,
    /// Chain hash of the last of them (64 zeros when `size` is 0).
    pub head_hash: String,
    /// RFC 6962 root over their leaves.
    pub merkle_root: MerkleHash,
}

/// What [`verify_chain_with`] computes besides the chain check.
#[derive(Debug, Clone, Copy, Default)]
pub struct VerifyOptions {
    /// Fold every event into the Merkle tree and report the root of the whole chain.
    pub merkle: bool,
    /// Remember the head and root after this many events (a checkpoint's size).
    pub prefix: Option<u64>,
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
    /// The Merkle root over every event, when asked for and the chain is intact.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub merkle_root: Option<MerkleHash>,
    /// The head after `VerifyOptions::prefix` events, when the chain has that many.
    #[serde(skip)]
    pub prefix: Option<PrefixHead>,
}

/// Verify the whole chain in `audit_events`.
pub fn verify_chain(conn: &rusqlite::Connection) -> Result<VerifyOutcome, AuditError> {
    verify_chain_with(conn, VerifyOptions::default())
}

/// Verify the whole chain, and compute what `opts` asks for in the same pass.
pub fn verify_chain_with(
    conn: &rusqlite::Connection,
    opts: VerifyOptions,
) -> Result<VerifyOutcome, AuditError> {
    let mut prev_hash = GENESIS_HASH.to_string();
    let mut prev_seq = 0i64;
    let mut events = 0i64;
    let mut problem: Option<ChainProblem> = None;
    let mut tree = TreeBuilder::new();
    let mut prefix = match opts.prefix {
        Some(0) => Some(PrefixHead {
            size: 0,
            last_sequence: None,
            head_hash: GENESIS_HASH.into(),
            merkle_root: tree.root(),
        }),
        _ => None,
    };
    let want_tree = |n: i64| opts.merkle || opts.prefix.is_some_and(|p| (n as u64) < p);
    let mut buf = Vec::with_capacity(1024);
    for_each(conn, "ORDER BY seq", &[], |event| {
        let expected_seq = prev_seq + 1;
        let found = if event.prev_hash != prev_hash {
            Some(link_problem(conn, event, expected_seq))
        } else if event.seq != expected_seq {
            Some((ProblemKind::Missing, missing_message(expected_seq, event)))
        } else {
            match event.hash_matches(&mut buf) {
                Ok(true) => None,
                Ok(false) => Some((
                    ProblemKind::Edited,
                    format!(
                        "event #{} ({}) was edited: its content no longer matches its hash",
                        event.seq, event.event_id
                    ),
                )),
                Err(message) => Some((
                    ProblemKind::Edited,
                    format!("event #{} was edited: {message}", event.seq),
                )),
            }
        };
        if let Some((kind, message)) = found {
            problem = Some(ChainProblem {
                kind,
                seq: event.seq,
                event_id: event.event_id.to_string(),
                message,
            });
            return Ok(ControlFlow::Break(()));
        }
        if want_tree(events) {
            // The content matched its hash, so the hash is 64 hex characters.
            tree.push(event.leaf().expect("a verified hash is hex"));
        }
        events += 1;
        prev_seq = event.seq;
        prev_hash.clear();
        prev_hash.push_str(event.hash);
        if opts.prefix == Some(events as u64) {
            prefix = Some(PrefixHead {
                size: events as u64,
                last_sequence: Some(event.seq),
                head_hash: event.hash.to_string(),
                merkle_root: tree.root(),
            });
        }
        Ok(ControlFlow::Continue(()))
    })?;
    let intact = problem.is_none();
    Ok(VerifyOutcome {
        events,
        head: prev_hash,
        merkle_root: (intact && opts.merkle).then(|| tree.root()),
        prefix: if intact { prefix } else { None },
        problem,
    })
}

fn link_problem(
    conn: &rusqlite::Connection,
    event: &RawEvent<'_>,
    expected_seq: i64,
) -> (ProblemKind, String) {
    let elsewhere: Option<i64> = conn
        .query_row(
            "SELECT seq FROM audit_events WHERE hash = ?1",
            [event.prev_hash],
            |r| r.get(0),
        )
        .ok();
    match elsewhere {
        Some(other) if other != event.seq - 1 || event.seq != expected_seq => (
            ProblemKind::Reordered,
            format!(
                "event #{} ({}) is out of order: it follows event #{other} in the chain, not #{}",
                event.seq,
                event.event_id,
                expected_seq - 1
            ),
        ),
        _ if event.seq != expected_seq => {
            (ProblemKind::Missing, missing_message(expected_seq, event))
        }
        _ => (
            ProblemKind::Missing,
            format!(
                "event #{} ({}) links to an event that is not in the chain: an earlier event was removed or rewritten",
                event.seq, event.event_id
            ),
        ),
    }
}

fn missing_message(expected_seq: i64, event: &RawEvent<'_>) -> String {
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
