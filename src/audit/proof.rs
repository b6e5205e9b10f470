//! Inclusion proofs: a self-contained JSON document showing that one event is leaf `i` of
//! the Merkle tree a checkpoint commits to, checkable without the log.
//!
//! The document holds the event itself (so its hash can be recomputed), its leaf index, the
//! tree size, the RFC 6962 audit path, the root, and the checkpoint it was made against. A
//! verifier recomputes the event's chain hash from its fields, the leaf hash from that
//! (`SHA-256(0x00 ‖ raw hash bytes)`), walks the audit path to the root, and compares the root
//! with the checkpoint, whose signature it checks against a pinned key when it has one.
//!
//! A proof is made against the chain its checkpoint names, so an event pulled from another
//! clone can be proved against that clone's checkpoint.
//!
//! Called by `mlo audit prove` and `mlo audit verify-proof`.

use std::ops::ControlFlow;
use std::path::Path;

use serde::{Deserialize, Serialize};

use super::anchor::{self, SignatureStatus};
use super::checkpoint::{Checkpoint, PublicKey};
use super::merkle::{self, MerkleHash, StreamingProof, TreeBuilder};
use super::stream::{for_each, leaf_for_hash};
use super::{AuditError, AuditEvent};

/// The `format` of every proof document.
pub const PROOF_FORMAT: &str = "mlo-audit-inclusion-proof";
/// The proof format version.
pub const PROOF_VERSION: u64 = 1;
/// What the leaves are, spelled out in every proof for its reader.
pub const LEAF_DATA: &str = "the 32 raw bytes of the event's chain hash";

/// An inclusion proof document.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InclusionProof {
    /// Always [`PROOF_FORMAT`].
    pub format: String,
    /// Always [`PROOF_VERSION`].
    pub version: u64,
    /// Always [`LEAF_DATA`].
    pub leaf_data: String,
    /// The event, in full.
    pub event: AuditEvent,
    /// Its 0-based position among the leaves (`seq - 1`).
    pub leaf_index: u64,
    /// The tree size (the checkpoint's size).
    pub tree_size: u64,
    /// `SHA-256(0x00 ‖ event hash bytes)`.
    pub leaf_hash: MerkleHash,
    /// The RFC 6962 audit path, bottom up.
    pub audit_path: Vec<MerkleHash>,
    /// The root the path leads to.
    pub root: MerkleHash,
    /// The checkpoint (as its JSON object) the proof was made against.
    pub checkpoint: serde_json::Value,
}

/// Make the inclusion proof of event `id` against `checkpoint` (read from `checkpoint_path`).
/// The first `size` events of the log must hash to the checkpoint's root.
pub fn prove(
    conn: &rusqlite::Connection,
    id: &str,
    checkpoint: &Checkpoint,
    checkpoint_path: &Path,
) -> Result<InclusionProof, AuditError> {
    let f = checkpoint.fields();
    let event = super::get(conn, id)?;
    let mismatch = |message: String| AuditError::CheckpointMismatch {
        path: checkpoint_path.to_path_buf(),
        message,
    };
    if event.chain != f.chain_id {
        return Err(mismatch(format!(
            "the event is in chain `{}`, the checkpoint is for chain `{}`",
            event.chain, f.chain_id
        )));
    }
    if event.compute_hash() != event.hash {
        return Err(AuditError::ChainBroken {
            message: format!(
                "event #{} ({}) was edited: its content no longer matches its hash",
                event.seq, event.event_id
            ),
        });
    }
    let index = (event.seq - 1) as u64;
    if event.seq < 1 || index >= f.size {
        return Err(AuditError::NotCovered {
            seq: event.seq,
            event_id: event.event_id,
            size: f.size,
        });
    }
    let mut proof =
        StreamingProof::inclusion(index, f.size).map_err(|e| mismatch(e.to_string()))?;
    let mut tree = TreeBuilder::new();
    let mut problem: Option<String> = None;
    let mut n = 0u64;
    for_each(
        conn,
        &format!("WHERE chain = ?1 ORDER BY seq LIMIT {}", f.size),
        std::slice::from_ref(&f.chain_id),
        |raw| {
            n += 1;
            if raw.seq as u64 != n {
                problem = Some(format!("the log has no event #{n}"));
                return Ok(ControlFlow::Break(()));
            }
            match raw.leaf() {
                Ok(leaf) => {
                    tree.push(leaf);
                    proof.push(leaf).expect("at most size leaves are selected");
                    Ok(ControlFlow::Continue(()))
                }
                Err(message) => {
                    problem = Some(format!("event #{n}: {message}"));
                    Ok(ControlFlow::Break(()))
                }
            }
        },
    )?;
    if let Some(message) = problem {
        return Err(mismatch(message));
    }
    if tree.size() != f.size {
        return Err(mismatch(format!(
            "the log has {} event(s), the checkpoint covers {}",
            tree.size(),
            f.size
        )));
    }
    if tree.root() != f.merkle_root {
        return Err(mismatch(format!(
            "the Merkle root of the first {} event(s) is `{}`, the checkpoint's is `{}`",
            f.size,
            tree.root(),
            f.merkle_root
        )));
    }
    let audit_path = proof.finish().map_err(|e| mismatch(e.to_string()))?;
    let leaf_hash =
        leaf_for_hash(&event.hash).map_err(|message| AuditError::ChainBroken { message })?;
    Ok(InclusionProof {
        format: PROOF_FORMAT.into(),
        version: PROOF_VERSION,
        leaf_data: LEAF_DATA.into(),
        leaf_index: index,
        tree_size: f.size,
        leaf_hash,
        audit_path,
        root: f.merkle_root,
        checkpoint: serde_json::from_str(&checkpoint.to_json()).expect("checkpoint JSON parses"),
        event,
    })
}

/// What checking a proof found.
#[derive(Debug, Clone, Serialize)]
pub struct ProofCheck {
    /// The event's id.
    pub event_id: String,
    /// Its sequence number.
    pub seq: i64,
    /// The leaf index claimed.
    pub leaf_index: u64,
    /// The tree size claimed.
    pub tree_size: u64,
    /// The root claimed.
    pub root: MerkleHash,
    /// Which checkpoint the root was compared with: `file` (given by the verifier) or
    /// `embedded` (the one inside the proof).
    pub checkpoint: &'static str,
    /// How the checkpoint's signature was judged.
    pub signature: SignatureStatus,
    /// The checkpoint's signing key id, if signed.
    pub key_id: Option<String>,
    /// Everything wrong; empty when the proof verifies.
    pub problems: Vec<String>,
}

/// Check a proof document (`text`, read from `path`). `trusted` is a checkpoint the verifier
/// holds independently; without one the checkpoint inside the proof is used.
pub fn verify(
    path: &Path,
    text: &str,
    trusted: Option<&Checkpoint>,
    pinned: Option<&PublicKey>,
) -> Result<ProofCheck, AuditError> {
    let malformed = |message: String| AuditError::Malformed {
        path: path.to_path_buf(),
        what: "inclusion proof",
        message,
    };
    let value: serde_json::Value =
        serde_json::from_str(text).map_err(|e| malformed(format!("not JSON: {e}")))?;
    if value.get("format").and_then(|f| f.as_str()) != Some(PROOF_FORMAT) {
        return Err(malformed(format!(
            "expected `\"format\": \"{PROOF_FORMAT}\"`"
        )));
    }
    if value.get("version").and_then(|v| v.as_u64()) != Some(PROOF_VERSION) {
        return Err(malformed(format!(
            "unsupported version {} (this build reads {PROOF_VERSION})",
            value.get("version").cloned().unwrap_or_default()
        )));
    }
    let proof: InclusionProof =
        serde_json::from_value(value).map_err(|e| malformed(e.to_string()))?;
    let embedded = Checkpoint::from_json(&proof.checkpoint.to_string())
        .map_err(|e| malformed(format!("its checkpoint: {e}")))?;
    let mut problems = Vec::new();
    let e = &proof.event;
    if e.compute_hash() != e.hash {
        problems.push(format!(
            "event #{} ({}) was edited: its content no longer matches its hash",
            e.seq, e.event_id
        ));
    }
    let leaf = match leaf_for_hash(&e.hash) {
        Ok(leaf) => leaf,
        Err(message) => {
            problems.push(message);
            merkle::leaf_hash(&[])
        }
    };
    if leaf != proof.leaf_hash {
        problems.push("`leaf_hash` is not SHA-256(0x00 ‖ the event's hash bytes)".into());
    }
    if e.seq < 1 || (e.seq - 1) as u64 != proof.leaf_index {
        problems.push(format!(
            "event #{} cannot be leaf {}: leaf i holds event #i+1",
            e.seq, proof.leaf_index
        ));
    }
    if let Err(err) = merkle::verify_inclusion(
        &leaf,
        proof.leaf_index,
        proof.tree_size,
        &proof.audit_path,
        &proof.root,
    ) {
        problems.push(format!("the audit path does not verify: {err}"));
    }
    let (against, which) = match trusted {
        Some(t) => (t, "file"),
        None => (&embedded, "embedded"),
    };
    let f = against.fields();
    if f.size != proof.tree_size || f.merkle_root != proof.root {
        problems.push(format!(
            "the proof is for a tree of {} event(s) with root `{}`, the {} checkpoint has {} with root `{}`",
            proof.tree_size,
            anchor::short(&proof.root.to_hex()),
            which,
            f.size,
            anchor::short(&f.merkle_root.to_hex())
        ));
    }
    if f.chain_id != e.chain {
        problems.push(format!(
            "the event is in chain `{}`, the checkpoint is for chain `{}`",
            e.chain, f.chain_id
        ));
    }
    let (signature, signature_problem) = anchor::judge_signature(against, pinned);
    problems.extend(signature_problem);
    Ok(ProofCheck {
        event_id: e.event_id.clone(),
        seq: e.seq,
        leaf_index: proof.leaf_index,
        tree_size: proof.tree_size,
        root: proof.root,
        checkpoint: which,
        signature,
        key_id: against.signature().map(|s| s.key_id().to_string()),
        problems,
    })
}
