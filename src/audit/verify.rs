//! Walking the chains: recompute every hash and name the first event that does not match, and
//! what is wrong with it (edited, missing, reordered). Streams rows through [`RawEvent`], so
//! memory stays flat. A chain is walked in aligned chunks of sequence numbers on every core and
//! the chunks are joined in order ([`walk`], [`join`]), which gives exactly the outcome of one
//! walk from the first event: a million events verify in about a second on two cores.
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
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

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
    Ok(walk(conn, chain, opts, CHUNK_LOG2, workers())?.0)
}

/// Events per chunk of a walk, as a power of two: every full chunk of an intact chain is one
/// perfect subtree of its Merkle tree, so chunks walked apart join with
/// [`TreeBuilder::push_subtree`].
const CHUNK_LOG2: u32 = 16;

/// At most this many chunks; the last one takes every sequence number beyond (a chain whose
/// numbers were tampered with up into the billions still walks, on one connection).
const MAX_CHUNKS: i64 = 1 << 14;

/// Threads that walk chunks: one per core, at most 8.
fn workers() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get().min(8))
}

/// What walking one chunk (a range of sequence numbers) found, on its own: its first row is
/// taken as it comes, and whether it links to the chunk before is decided when the chunks are
/// joined in order ([`join`]).
#[derive(Debug, Default)]
struct ChunkWalk {
    /// The first row: its sequence number, event id and previous hash.
    first: Option<(i64, String, String)>,
    /// Sequence number and hash of the last good event.
    last: Option<(i64, String)>,
    /// Good events, before the chunk's own first problem.
    events: u64,
    /// The chunk's own first problem, found after its first row.
    problem: Option<(ProblemKind, i64, String, String)>,
    /// Hosts of the good events, in order of first appearance.
    hosts: Vec<String>,
    /// The chunk's part of the Merkle tree, when asked for.
    tree: ChunkTree,
    /// Sequence number and hash of the event that ends the checkpoint prefix, when it is in
    /// this chunk.
    prefix_end: Option<(i64, String)>,
}

/// A chunk's contribution to the Merkle tree.
#[derive(Debug, Default)]
enum ChunkTree {
    /// Not needed.
    #[default]
    None,
    /// A full chunk: the root of its perfect subtree.
    Root(MerkleHash),
    /// A partial chunk, or the one a checkpoint prefix ends inside: its leaves.
    Leaves(Vec<MerkleHash>),
}

/// Walk `chain` in chunks of `2^log2` sequence numbers on up to `threads` threads (this one
/// with `conn`, the others each with its own read-only connection to the same file), then join
/// the chunks in order. Each event's hash depends only on its own row, so only the links
/// between chunks need the order; the outcome is exactly that of one walk from the first
/// event, and the hosts of its good events come with it.
///
/// Each connection reads its own snapshot. Appends (the only way mlo writes events) cannot
/// make a chain look broken across snapshots, but another process rewriting the table (`mlo
/// index rebuild`) could: when a problem is found and the index changed during the walk
/// (`PRAGMA data_version`), the chain is walked again in one snapshot, as is every chain on a
/// connection with a transaction open or an index without a file.
fn walk(
    conn: &rusqlite::Connection,
    chain: &str,
    opts: VerifyOptions,
    log2: u32,
    threads: usize,
) -> Result<(VerifyOutcome, Vec<String>), AuditError> {
    let wrap = |source| super::sqlite_err(source);
    let path = conn
        .path()
        .filter(|p| !p.is_empty() && conn.is_autocommit())
        .map(str::to_string);
    if let Some(path) = path
        && threads > 1
    {
        let data_version = || -> Result<i64, AuditError> {
            conn.query_row("PRAGMA data_version", [], |r| r.get(0))
                .map_err(wrap)
        };
        let before = data_version()?;
        let chunks = chunk_count(conn, chain, log2)?;
        if chunks > 1 {
            let walked = walk_parallel(conn, &path, chain, opts, log2, chunks, threads)?;
            let joined = join(conn, chain, opts, log2, chunks, walked)?;
            if joined.0.problem.is_none() || data_version()? == before {
                return Ok(joined);
            }
        }
    }
    // One snapshot: the caller's transaction, or a read transaction of our own.
    let _read = if conn.is_autocommit() {
        Some(conn.unchecked_transaction().map_err(wrap)?)
    } else {
        None
    };
    let chunks = chunk_count(conn, chain, log2)?;
    let mut walked: Vec<Option<ChunkWalk>> = (0..chunks).map(|_| None).collect();
    for (i, slot) in walked.iter_mut().enumerate() {
        let c = walk_chunk(conn, chain, opts, log2, i, chunks)?;
        let stop = c.problem.is_some();
        *slot = Some(c);
        if stop {
            break;
        }
    }
    join(conn, chain, opts, log2, chunks, walked)
}

/// How many chunks of `2^log2` sequence numbers `chain` spans (at least one).
fn chunk_count(conn: &rusqlite::Connection, chain: &str, log2: u32) -> Result<usize, AuditError> {
    let max_seq: Option<i64> = conn
        .query_row(
            "SELECT max(seq) FROM audit_events WHERE chain = ?1",
            [chain],
            |r| r.get(0),
        )
        .map_err(super::sqlite_err)?;
    let width = 1i64 << log2;
    Ok(match max_seq {
        Some(max) if max > width => ((max - 1) / width + 1).min(MAX_CHUNKS) as usize,
        _ => 1,
    })
}

/// Walk the `chunks` chunks on `conn` and up to `threads - 1` helper threads reading `path`,
/// each taking the next chunk as it finishes one; chunks past the first with a problem of its
/// own are skipped (left `None`).
fn walk_parallel(
    conn: &rusqlite::Connection,
    path: &str,
    chain: &str,
    opts: VerifyOptions,
    log2: u32,
    chunks: usize,
    threads: usize,
) -> Result<Vec<Option<ChunkWalk>>, AuditError> {
    let helpers = threads.min(chunks).saturating_sub(1);
    let next = AtomicUsize::new(0);
    let first_bad = AtomicUsize::new(usize::MAX);
    let results = Mutex::new(Vec::new());
    let take = |conn: &rusqlite::Connection| -> Result<(), AuditError> {
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            if i >= chunks || i > first_bad.load(Ordering::Relaxed) {
                return Ok(());
            }
            let c = walk_chunk(conn, chain, opts, log2, i, chunks)?;
            if c.problem.is_some() {
                first_bad.fetch_min(i, Ordering::Relaxed);
            }
            results.lock().expect("no walker panics").push((i, c));
        }
    };
    let outcomes: Vec<Result<(), AuditError>> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..helpers)
            .map(|_| {
                scope.spawn(|| {
                    // A helper that cannot open the file leaves its share to the others.
                    match open_reader(path) {
                        Some(reader) => take(&reader),
                        None => Ok(()),
                    }
                })
            })
            .collect();
        let mut outcomes = vec![take(conn)];
        outcomes.extend(
            handles
                .into_iter()
                .map(|h| h.join().expect("chunk walkers do not panic")),
        );
        outcomes
    });
    for outcome in outcomes {
        outcome?;
    }
    let mut walked: Vec<Option<ChunkWalk>> = (0..chunks).map(|_| None).collect();
    for (i, c) in results.into_inner().expect("no walker panics") {
        walked[i] = Some(c);
    }
    Ok(walked)
}

/// A read-only connection to the index for a helper thread, or `None` if it cannot be had.
fn open_reader(path: &str) -> Option<rusqlite::Connection> {
    use rusqlite::OpenFlags;
    let conn = rusqlite::Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .ok()?;
    conn.busy_timeout(std::time::Duration::from_secs(5)).ok()?;
    Some(conn)
}

/// Walk chunk `i` of `chunks`: sequence numbers `(i·2^log2, (i+1)·2^log2]`, the first chunk
/// also taking any below and the last any above.
fn walk_chunk(
    conn: &rusqlite::Connection,
    chain: &str,
    opts: VerifyOptions,
    log2: u32,
    i: usize,
    chunks: usize,
) -> Result<ChunkWalk, AuditError> {
    let width = 1i64 << log2;
    let lo = if i == 0 { i64::MIN } else { i as i64 * width };
    let hi = if i + 1 == chunks {
        i64::MAX
    } else {
        (i as i64 + 1) * width
    };
    // When the chain is intact up to here, this chunk's events are numbers start+1, start+2…
    let start = (i as u64) << log2;
    let want_tree = opts.merkle || opts.prefix.is_some_and(|p| p > start);
    // The prefix ends after this many of the chunk's events.
    let prefix_at = opts
        .prefix
        .filter(|&p| p > start && p <= start + width as u64)
        .map(|p| p - start);
    let mut out = ChunkWalk::default();
    let mut leaves: Vec<MerkleHash> = Vec::new();
    let mut buf = Vec::with_capacity(1024);
    let args = [chain.to_string(), lo.to_string(), hi.to_string()];
    for_each(
        conn,
        "WHERE chain = ?1 AND seq > CAST(?2 AS INTEGER) AND seq <= CAST(?3 AS INTEGER) ORDER BY seq",
        &args,
        |event| {
            let found = match &out.last {
                Some((prev_seq, prev_hash)) if event.prev_hash != prev_hash => Some(link_problem(
                    conn,
                    chain,
                    (event.seq, event.event_id, event.prev_hash),
                    prev_seq + 1,
                )),
                Some((prev_seq, _)) if event.seq != prev_seq + 1 => Some((
                    ProblemKind::Missing,
                    missing_message(prev_seq + 1, event.seq, event.event_id),
                )),
                _ => edited(event, &mut buf),
            };
            if out.first.is_none() {
                out.first = Some((
                    event.seq,
                    event.event_id.to_string(),
                    event.prev_hash.to_string(),
                ));
            }
            if let Some((kind, message)) = found {
                out.problem = Some((kind, event.seq, event.event_id.to_string(), message));
                return Ok(ControlFlow::Break(()));
            }
            if want_tree {
                // The content matched its hash, so the hash is 64 hex characters.
                leaves.push(event.leaf().expect("a verified hash is hex"));
            }
            if !out.hosts.iter().any(|h| h == event.host) {
                out.hosts.push(event.host.to_string());
            }
            out.events += 1;
            match &mut out.last {
                Some((seq, hash)) => {
                    *seq = event.seq;
                    hash.clear();
                    hash.push_str(event.hash);
                }
                None => out.last = Some((event.seq, event.hash.to_string())),
            }
            if prefix_at == Some(out.events) {
                out.prefix_end = Some((event.seq, event.hash.to_string()));
            }
            Ok(ControlFlow::Continue(()))
        },
    )?;
    out.tree = if !want_tree || out.problem.is_some() {
        ChunkTree::None
    } else if out.events == width as u64 && prefix_at.is_none_or(|p| p == width as u64) {
        ChunkTree::Root(super::merkle::root(&leaves))
    } else {
        ChunkTree::Leaves(leaves)
    };
    Ok(out)
}

/// Whether `event`'s content no longer matches its hash, and how to say so.
fn edited(event: &RawEvent<'_>, buf: &mut Vec<u8>) -> Option<(ProblemKind, String)> {
    match event.hash_matches(buf) {
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
}

/// Join the walked chunks in order, as one walk from the first event would have gone: each
/// chunk's first row must link to the last good event before it and carry the next number;
/// after that the chunk's own findings stand.
fn join(
    conn: &rusqlite::Connection,
    chain: &str,
    opts: VerifyOptions,
    log2: u32,
    chunks: usize,
    mut walked: Vec<Option<ChunkWalk>>,
) -> Result<(VerifyOutcome, Vec<String>), AuditError> {
    let mut prev_hash = GENESIS_HASH.to_string();
    let mut prev_seq = 0i64;
    let mut events = 0u64;
    let mut hosts: Vec<String> = Vec::new();
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
    let problem_at = |kind, seq, event_id: &str, message| ChainProblem {
        chain: chain.to_string(),
        kind,
        seq,
        event_id: event_id.to_string(),
        message,
    };
    for (i, slot) in walked.iter_mut().enumerate() {
        // Chunks past the first with a problem are skipped; one is only reached when every
        // chunk before it joined cleanly, but walk it here rather than trust that.
        let c = match slot.take() {
            Some(c) => c,
            None => walk_chunk(conn, chain, opts, log2, i, chunks)?,
        };
        let Some((first_seq, first_id, first_prev)) = &c.first else {
            continue; // no events in this range
        };
        let expected_seq = prev_seq + 1;
        let link = if *first_prev != prev_hash {
            Some(link_problem(
                conn,
                chain,
                (*first_seq, first_id, first_prev),
                expected_seq,
            ))
        } else if *first_seq != expected_seq {
            Some((
                ProblemKind::Missing,
                missing_message(expected_seq, *first_seq, first_id),
            ))
        } else {
            None
        };
        if let Some((kind, message)) = link {
            problem = Some(problem_at(kind, *first_seq, first_id, message));
            break;
        }
        for h in c.hosts {
            if !hosts.contains(&h) {
                hosts.push(h);
            }
        }
        events += c.events;
        // The Merkle root once the checkpoint prefix's last leaf is in.
        let mut prefix_root = None;
        match c.tree {
            ChunkTree::None => {}
            ChunkTree::Root(root) => {
                tree.push_subtree(root, log2)
                    .map_err(|e| AuditError::Unreadable {
                        seq: *first_seq,
                        message: format!("joining the chain's Merkle tree: {e}"),
                    })?;
                if opts.prefix == Some(tree.size()) {
                    prefix_root = Some(tree.root());
                }
            }
            ChunkTree::Leaves(leaves) => {
                for leaf in leaves {
                    tree.push(leaf);
                    if opts.prefix == Some(tree.size()) {
                        prefix_root = Some(tree.root());
                    }
                }
            }
        }
        if let (Some((seq, hash)), Some(root), Some(size)) =
            (c.prefix_end, prefix_root, opts.prefix)
        {
            prefix = Some(PrefixHead {
                size,
                last_sequence: Some(seq),
                head_hash: hash,
                merkle_root: root,
            });
        }
        if let Some((seq, hash)) = c.last {
            prev_seq = seq;
            prev_hash = hash;
        }
        if let Some((kind, seq, event_id, message)) = c.problem {
            problem = Some(problem_at(kind, seq, &event_id, message));
            break;
        }
    }
    let intact = problem.is_none();
    let outcome = VerifyOutcome {
        events: events as i64,
        head: prev_hash,
        merkle_root: (intact && opts.merkle).then(|| tree.root()),
        prefix: if intact { prefix } else { None },
        problem,
    };
    Ok((outcome, hosts))
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
        let (verify, hosts) = walk(
            conn,
            &id,
            VerifyOptions {
                merkle: opts.merkle,
                prefix: opts.prefix.filter(|(c, _)| *c == id).map(|(_, n)| n),
            },
            CHUNK_LOG2,
            workers(),
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

/// Why `event` (sequence number, id, previous hash) does not link to the event before it,
/// where the walk expected number `expected_seq`.
fn link_problem(
    conn: &rusqlite::Connection,
    chain: &str,
    (seq, event_id, prev_hash): (i64, &str, &str),
    expected_seq: i64,
) -> (ProblemKind, String) {
    let elsewhere: Option<i64> = conn
        .query_row(
            "SELECT seq FROM audit_events WHERE chain = ?1 AND hash = ?2",
            [chain, prev_hash],
            |r| r.get(0),
        )
        .ok();
    match elsewhere {
        Some(other) if other != seq - 1 || seq != expected_seq => (
            ProblemKind::Reordered,
            format!(
                "event #{seq} ({event_id}) is out of order: it follows event #{other} in the chain, not #{}",
                expected_seq - 1
            ),
        ),
        _ if seq != expected_seq => (
            ProblemKind::Missing,
            missing_message(expected_seq, seq, event_id),
        ),
        _ => (
            ProblemKind::Missing,
            format!(
                "event #{seq} ({event_id}) links to an event that is not in the chain: an earlier event was removed or rewritten"
            ),
        ),
    }
}

fn missing_message(expected_seq: i64, seq: i64, event_id: &str) -> String {
    if seq == expected_seq + 1 {
        format!("event #{expected_seq} is missing (the chain jumps to #{seq} {event_id})")
    } else {
        format!(
            "events #{expected_seq} to #{} are missing (the chain jumps to #{seq} {event_id})",
            seq - 1
        )
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;
    use crate::audit::{Actor, ActorType, AuditEvent, EventContext, NewEvent, Target};
    use crate::clock::Clock;
    use crate::index::Index;

    /// An index file holding one chain `c` of `n` events, their hosts changing every 7, their
    /// details carrying `salt`.
    fn chain_of(n: i64, dir: &std::path::Path, salt: &str) -> (Index, Vec<String>) {
        let mut index = Index::open(&dir.join("index.db"), Duration::from_secs(5)).unwrap();
        let mut hashes = Vec::new();
        index
            .write(|tx| {
                let mut prev = GENESIS_HASH.to_string();
                for seq in 1..=n {
                    let ctx = EventContext {
                        actor: Actor {
                            actor_type: ActorType::User,
                            id: "ana".into(),
                            source: None,
                        },
                        host: format!("host-{}", (seq / 7) % 3),
                        chain: "c".into(),
                        clock: Clock::Fixed(
                            crate::clock::parse_ts("2026-01-01T00:00:00Z").unwrap(),
                        ),
                    };
                    let new = NewEvent::success(
                        "model.promote",
                        Target::new("model", format!("m{seq}")),
                        serde_json::json!({"i": seq, "salt": salt}),
                    );
                    let e = AuditEvent::seal(&ctx, new, seq, prev);
                    crate::audit::insert_event(tx, &e).map_err(super::super::sqlite_err)?;
                    prev = e.hash.clone();
                    hashes.push(e.hash);
                }
                Ok::<_, AuditError>(())
            })
            .unwrap();
        (index, hashes)
    }

    /// Everything a walk returns, in a comparable form.
    fn run(conn: &rusqlite::Connection, opts: VerifyOptions, log2: u32, threads: usize) -> String {
        let (v, hosts) = walk(conn, "c", opts, log2, threads).unwrap();
        format!(
            "{} prefix={:?} hosts={hosts:?}",
            serde_json::to_string(&v).unwrap(),
            v.prefix
        )
    }

    const N: i64 = 37;

    /// Ways to damage the chain, as SQL.
    const TAMPERINGS: &[&str] = &[
        "",
        "UPDATE audit_events SET reason = 'x' WHERE seq = 1",
        "UPDATE audit_events SET reason = 'x' WHERE seq = 9",
        "UPDATE audit_events SET reason = 'x' WHERE seq = 12",
        "UPDATE audit_events SET details = 'not json' WHERE seq = 20",
        "DELETE FROM audit_events WHERE seq = 1",
        "DELETE FROM audit_events WHERE seq = 8",
        "DELETE FROM audit_events WHERE seq = 9",
        "DELETE FROM audit_events WHERE seq = 17",
        "DELETE FROM audit_events WHERE seq BETWEEN 9 AND 16",
        "DELETE FROM audit_events WHERE seq BETWEEN 7 AND 18",
        "DELETE FROM audit_events WHERE seq > 30",
        "UPDATE audit_events SET seq = -seq WHERE seq IN (8, 9); \
         UPDATE audit_events SET seq = 17 + seq WHERE seq IN (-8, -9)",
        "UPDATE audit_events SET seq = -seq WHERE seq IN (3, 30); \
         UPDATE audit_events SET seq = 33 + seq WHERE seq IN (-3, -30)",
        "UPDATE audit_events SET seq = 1000000000000 WHERE seq = 37",
        "UPDATE audit_events SET seq = 0 WHERE seq = 1",
        "UPDATE audit_events SET prev_hash = hash WHERE seq = 25",
    ];

    #[test]
    fn chunked_walks_find_what_one_walk_finds() {
        let options = [
            VerifyOptions::default(),
            VerifyOptions {
                merkle: true,
                prefix: None,
            },
            VerifyOptions {
                merkle: false,
                prefix: Some(0),
            },
        ]
        .into_iter()
        .chain([4, 9, 16, 37, 38].map(|p| VerifyOptions {
            merkle: p % 2 == 0,
            prefix: Some(p),
        }));
        let mut problems = 0;
        for tampering in TAMPERINGS {
            let dir = tempfile::tempdir().unwrap();
            let (index, hashes) = chain_of(N, dir.path(), "");
            index.conn().execute_batch(tampering).unwrap();
            for opts in options.clone() {
                // One chunk on one thread is the plain walk from the first event.
                let reference = run(index.conn(), opts, 40, 1);
                for (log2, threads) in [(0, 1), (2, 2), (3, 8), (5, 2)] {
                    assert_eq!(
                        run(index.conn(), opts, log2, threads),
                        reference,
                        "`{tampering}` with {opts:?}, chunks of 2^{log2} on {threads} thread(s)"
                    );
                }
            }
            let (v, hosts) = walk(index.conn(), "c", VerifyOptions::default(), 2, 2).unwrap();
            if tampering.contains("seq > 30") {
                // Truncation leaves an intact, shorter chain: only a checkpoint tells.
                assert!(v.problem.is_none());
                assert_eq!((v.events, v.head.as_str()), (30, hashes[29].as_str()));
                problems += 1;
            } else if tampering.is_empty() {
                assert!(v.problem.is_none());
                assert_eq!(v.events, N);
                assert_eq!(v.head, hashes[N as usize - 1]);
                assert_eq!(hosts, ["host-0", "host-1", "host-2"]);
                let leaves: Vec<MerkleHash> = hashes
                    .iter()
                    .map(|h| super::super::stream::leaf_for_hash(h).unwrap())
                    .collect();
                let merkle = |prefix| {
                    walk(
                        index.conn(),
                        "c",
                        VerifyOptions {
                            merkle: true,
                            prefix,
                        },
                        2,
                        2,
                    )
                    .unwrap()
                    .0
                };
                assert_eq!(
                    merkle(None).merkle_root,
                    Some(super::super::merkle::root(&leaves))
                );
                for p in [0u64, 1, 4, 5, 16, 37] {
                    let head = merkle(Some(p)).prefix.unwrap();
                    assert_eq!(
                        head.merkle_root,
                        super::super::merkle::root(&leaves[..p as usize])
                    );
                    assert_eq!(head.last_sequence, (p > 0).then_some(p as i64));
                }
                assert!(merkle(Some(38)).prefix.is_none());
            } else {
                let p = v
                    .problem
                    .unwrap_or_else(|| panic!("`{tampering}` is not found"));
                assert!(v.events < p.seq.max(1), "{tampering}: {p:?}");
                problems += 1;
            }
        }
        assert_eq!(problems, TAMPERINGS.len() - 1);
    }

    #[test]
    fn a_chain_rewritten_during_a_parallel_walk_is_walked_again_in_one_snapshot() {
        // Another process swaps the whole table between two different intact chains, as
        // `mlo index rebuild` could: chunks read from different snapshots do not link, and
        // must not be reported as a broken chain.
        let dir = tempfile::tempdir().unwrap();
        let other = tempfile::tempdir().unwrap();
        let (index, _) = chain_of(N, dir.path(), "one");
        drop(chain_of(N, other.path(), "two"));
        let setup = format!(
            "ATTACH '{}' AS other; \
             CREATE TABLE one AS SELECT * FROM audit_events; \
             CREATE TABLE two AS SELECT * FROM other.audit_events; DETACH other;",
            other.path().join("index.db").display()
        );
        index.conn().execute_batch(&setup).unwrap();
        let path = dir.path().join("index.db");
        let stop = std::sync::atomic::AtomicBool::new(false);
        std::thread::scope(|scope| {
            let writer = scope.spawn(|| {
                let w = rusqlite::Connection::open(&path).unwrap();
                w.busy_timeout(Duration::from_secs(5)).unwrap();
                let mut swaps = 0u64;
                while !stop.load(Ordering::Relaxed) {
                    let from = if swaps % 2 == 0 { "two" } else { "one" };
                    w.execute_batch(&format!(
                        "BEGIN IMMEDIATE; DELETE FROM audit_events; \
                         INSERT INTO audit_events SELECT * FROM {from}; COMMIT;"
                    ))
                    .unwrap();
                    swaps += 1;
                }
                swaps
            });
            // Stop the writer before judging, so a failure fails rather than hangs.
            let walks: Vec<_> = (0..150)
                .map(|_| walk(index.conn(), "c", VerifyOptions::default(), 2, 2))
                .collect();
            stop.store(true, Ordering::Relaxed);
            assert!(
                writer.join().unwrap() > 10,
                "the table was swapped during the walks"
            );
            for v in walks {
                let (v, _) = v.unwrap();
                assert!(v.problem.is_none(), "{:?}", v.problem);
                assert_eq!(v.events, N);
            }
        });
    }
}
