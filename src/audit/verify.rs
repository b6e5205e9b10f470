//! Walking the chains: recompute every hash and name the first event that does not match, and
//! what is wrong with it (edited, missing, reordered). Streams rows through [`RawEvent`], so
//! memory stays flat and a million events verify in about a second.
//!
//! Each chain (this repository's, and each one pulled from another clone) is walked on its own,
//! from its first event, and judged on its own: [`verify_trail`] walks them all, this
//! repository's first, and also reports pulled events kept in `audit_conflicts` (a chain that
//! forked: two different events for one place, or events claiming this repository's chain).
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
    /// Two different events claim one place in the chain (one of them pulled), or a pulled
    /// event claims this repository's own chain.
    Forked,
}

/// The first problem found.
#[derive(Debug, Clone, Serialize)]
pub struct ChainProblem {
    /// The chain it is in.
    pub chain: String,
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

/// Verify the whole of `chain`.
pub fn verify_chain(conn: &rusqlite::Connection, chain: &str) -> Result<VerifyOutcome, AuditError> {
    verify_chain_with(conn, chain, VerifyOptions::default())
}

/// Verify the whole of `chain`, and compute what `opts` asks for in the same pass.
pub fn verify_chain_with(
    conn: &rusqlite::Connection,
    chain: &str,
    opts: VerifyOptions,
) -> Result<VerifyOutcome, AuditError> {
    walk(conn, chain, opts, |_| {})
}

/// Walk `chain`, calling `seen` with each good event.
fn walk(
    conn: &rusqlite::Connection,
    chain: &str,
    opts: VerifyOptions,
    mut seen: impl FnMut(&RawEvent<'_>),
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
    let args = [chain.to_string()];
    for_each(conn, "WHERE chain = ?1 ORDER BY seq", &args, |event| {
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
                chain: chain.to_string(),
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
        seen(event);
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

/// One chain's verification, as part of the whole trail.
#[derive(Debug, Clone, Serialize)]
pub struct ChainOutcome {
    /// The chain id.
    pub chain_id: String,
    /// Whether it is this repository's own chain (else it was pulled from another clone).
    pub local: bool,
    /// The hosts its verified events were made on.
    pub hosts: Vec<String>,
    /// The walk.
    #[serde(flatten)]
    pub verify: VerifyOutcome,
    /// Pulled events kept in `audit_conflicts` for this chain.
    pub conflicts: u64,
}

/// The verification of every chain.
#[derive(Debug, Clone, Serialize)]
pub struct TrailOutcome {
    /// Events verified, over every chain.
    pub events: i64,
    /// This repository's chain's head.
    pub head: String,
    /// The first problem: this repository's chain first, then the pulled ones in id order.
    pub problem: Option<ChainProblem>,
    /// Each chain, this repository's first.
    pub chains: Vec<ChainOutcome>,
}

impl TrailOutcome {
    /// This repository's own chain.
    pub fn local(&self) -> &ChainOutcome {
        self.chains
            .iter()
            .find(|c| c.local)
            .expect("the local chain is always walked")
    }

    /// The chain `id`, if this repository holds it.
    pub fn chain(&self, id: &str) -> Option<&ChainOutcome> {
        self.chains.iter().find(|c| c.chain_id == id)
    }
}

/// What [`verify_trail`] computes besides the chain checks.
#[derive(Debug, Clone, Copy, Default)]
pub struct TrailOptions<'a> {
    /// Fold every chain's events into its Merkle tree and report its root.
    pub merkle: bool,
    /// Remember the head and root of this chain after this many events (a checkpoint's).
    pub prefix: Option<(&'a str, u64)>,
}

/// Verify every chain: `local` (this repository's, walked even when it is empty) and each
/// pulled one, each from its own first event.
pub fn verify_trail(
    conn: &rusqlite::Connection,
    local: &str,
    opts: TrailOptions<'_>,
) -> Result<TrailOutcome, AuditError> {
    let mut chains = Vec::new();
    let mut ids = super::chain_ids(conn, local)?;
    if let Some((id, _)) = opts.prefix
        && !ids.iter().any(|c| c == id)
    {
        ids.push(id.to_string());
    }
    for id in ids {
        let mut hosts: Vec<String> = Vec::new();
        let verify = walk(
            conn,
            &id,
            VerifyOptions {
                merkle: opts.merkle,
                prefix: opts.prefix.filter(|(c, _)| *c == id).map(|(_, n)| n),
            },
            |e| {
                if !hosts.iter().any(|h| h == e.host) {
                    hosts.push(e.host.to_string());
                }
            },
        )?;
        let (conflicts, first) = conflicts_of(conn, &id)?;
        let mut verify = verify;
        if verify.problem.is_none()
            && let Some((seq, event_id, host)) = first
        {
            verify.problem = Some(ChainProblem {
                chain: id.clone(),
                kind: ProblemKind::Forked,
                seq,
                event_id: event_id.clone(),
                message: if id == local {
                    format!(
                        "event #{seq} ({event_id}) from host `{host}` claims this repository's chain but was not written here: the chain id was copied to another clone (with `.mlo/`), or the event was forged"
                    )
                } else {
                    format!(
                        "a second, different event #{seq} ({event_id}) from host `{host}` arrived for this chain: it was forked (its `.mlo/` copied and both copies used) or an event was forged"
                    )
                },
            });
        }
        chains.push(ChainOutcome {
            local: id == local,
            chain_id: id,
            hosts,
            verify,
            conflicts,
        });
    }
    let local_head = chains
        .iter()
        .find(|c| c.local)
        .map(|c| c.verify.head.clone())
        .unwrap_or_else(|| GENESIS_HASH.into());
    Ok(TrailOutcome {
        events: chains.iter().map(|c| c.verify.events).sum(),
        head: local_head,
        problem: chains.iter().find_map(|c| c.verify.problem.clone()),
        chains,
    })
}

/// A conflict's sequence number, event id and host.
type Conflict = (i64, String, String);

/// How many conflicts `chain` has, and the first.
fn conflicts_of(
    conn: &rusqlite::Connection,
    chain: &str,
) -> Result<(u64, Option<Conflict>), AuditError> {
    use rusqlite::OptionalExtension as _;
    let wrap = |source| super::sqlite_err(source);
    let n: i64 = conn
        .query_row(
            "SELECT count(*) FROM audit_conflicts WHERE chain = ?1",
            [chain],
            |r| r.get(0),
        )
        .map_err(wrap)?;
    let first = conn
        .query_row(
            "SELECT seq, event_id, host FROM audit_conflicts WHERE chain = ?1 ORDER BY seq, ts LIMIT 1",
            [chain],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .optional()
        .map_err(wrap)?;
    Ok((n as u64, first))
}

fn link_problem(
    conn: &rusqlite::Connection,
    event: &RawEvent<'_>,
    expected_seq: i64,
) -> (ProblemKind, String) {
    let elsewhere: Option<i64> = conn
        .query_row(
            "SELECT seq FROM audit_events WHERE chain = ?1 AND hash = ?2",
            [event.chain, event.prev_hash],
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
