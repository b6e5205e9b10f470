//! Checkpoints against the log: take one from the chain as it stands (after verifying it),
//! and check that the chain still extends one. A checkpoint committed to git or sent
//! elsewhere is what turns "the chain is internally consistent" into "the chain is the one we
//! saw": it catches a truncated tail and a whole chain rewritten consistently, which a bare
//! chain cannot, and signed under a pinned key, a checkpoint rewritten along with the chain.
//!
//! A checkpoint covers one chain: the one it names. `mlo audit checkpoint` takes one of this
//! repository's own chain; a pulled chain is covered by the checkpoints taken in its own clone,
//! and checking one of those here checks the pulled copy of that chain.
//!
//! Called by `mlo audit checkpoint`, `mlo audit verify --from-checkpoint` and `prove`.

use serde::Serialize;

use super::checkpoint::{
    Checkpoint, CheckpointError, CheckpointFields, KeyTrust, PrivateKey, PublicKey,
};
use super::merkle::MerkleHash;
use super::{AuditError, TrailOptions, TrailOutcome, VerifyOptions, verify_chain_with};

/// Take a checkpoint of the whole of `chain_id` (this repository's chain), signed when `key`
/// is given. Refuses a chain that does not verify: a checkpoint would vouch for it.
pub fn take(
    conn: &rusqlite::Connection,
    chain_id: &str,
    timestamp: String,
    key: Option<&PrivateKey>,
) -> Result<Checkpoint, AuditError> {
    let v = verify_chain_with(
        conn,
        chain_id,
        VerifyOptions {
            merkle: true,
            prefix: None,
        },
    )?;
    if let Some(p) = v.problem {
        return Err(AuditError::ChainBroken { message: p.message });
    }
    let size = v.events as u64;
    let fields = CheckpointFields {
        chain_id: chain_id.to_string(),
        size,
        last_sequence: (size > 0).then_some(size),
        head_hash: v.head,
        merkle_root: v
            .merkle_root
            .expect("asked for the root of an intact chain"),
        timestamp,
    };
    let mut checkpoint = Checkpoint::new(fields).map_err(|source| AuditError::Checkpoint {
        path: "(new checkpoint)".into(),
        source,
    })?;
    if let Some(key) = key {
        checkpoint.sign(key);
    }
    Ok(checkpoint)
}

/// How a signature was judged.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SignatureStatus {
    /// Signed by the pinned (trusted) key, and it verifies.
    Trusted,
    /// Signed, and it verifies under the key it carries; no key is pinned, so this shows
    /// only that the document was not edited after signing.
    ValidUnpinned,
    /// Not signed, and no key is pinned.
    Unsigned,
    /// Wrong: unsigned while a key is pinned, signed by another key, or a bad signature.
    Invalid,
}

/// Judge a checkpoint's signature under `pinned`; a problem sentence when it fails.
pub fn judge_signature(
    checkpoint: &Checkpoint,
    pinned: Option<&PublicKey>,
) -> (SignatureStatus, Option<String>) {
    match (pinned, checkpoint.signature()) {
        (None, None) => (SignatureStatus::Unsigned, None),
        (Some(key), None) => (
            SignatureStatus::Invalid,
            Some(format!(
                "checkpoint is not signed, but the trusted key `{}` is pinned: an unsigned checkpoint could have been written by anyone",
                key.key_id()
            )),
        ),
        (Some(key), Some(_)) => match checkpoint.verify_signature(KeyTrust::Pinned(key)) {
            Ok(_) => (SignatureStatus::Trusted, None),
            Err(e) => (SignatureStatus::Invalid, Some(e.to_string())),
        },
        (None, Some(_)) => match checkpoint.verify_signature(KeyTrust::Embedded) {
            Ok(_) => (SignatureStatus::ValidUnpinned, None),
            Err(e) => (SignatureStatus::Invalid, Some(e.to_string())),
        },
    }
}

/// What checking the chain against a checkpoint found.
#[derive(Debug, Clone, Serialize)]
pub struct CheckpointCheck {
    /// The checkpoint's chain.
    pub chain_id: String,
    /// Whether that is this repository's own chain (else a pulled one).
    pub local: bool,
    /// Events it covers.
    pub size: u64,
    /// Its Merkle root.
    pub merkle_root: MerkleHash,
    /// When it was taken.
    pub timestamp: String,
    /// The signing key's id, if signed.
    pub key_id: Option<String>,
    /// How the signature was judged.
    pub signature: SignatureStatus,
    /// Everything that is wrong, in the order checked; empty when the chain extends it.
    pub problems: Vec<String>,
}

/// Verify every chain and check that the chain `checkpoint` names (this repository's, or a
/// pulled one) extends it: at least `size` events, and the first `size` have the checkpoint's
/// head hash and Merkle root. The chains' own problems (edited, missing, reordered, forked)
/// are in the returned [`TrailOutcome`].
pub fn check(
    conn: &rusqlite::Connection,
    local: &str,
    checkpoint: &Checkpoint,
    pinned: Option<&PublicKey>,
) -> Result<(TrailOutcome, CheckpointCheck), AuditError> {
    let f = checkpoint.fields();
    let (signature, signature_problem) = judge_signature(checkpoint, pinned);
    let mut problems: Vec<String> = signature_problem.into_iter().collect();
    let trail = super::verify_trail(
        conn,
        local,
        TrailOptions {
            merkle: false,
            prefix: Some((&f.chain_id, f.size)),
        },
    )?;
    let v = &trail
        .chain(&f.chain_id)
        .expect("the checkpoint's chain is always walked")
        .verify;
    let whose = if f.chain_id == local {
        "this repository's chain".to_string()
    } else {
        format!("pulled chain `{}`", f.chain_id)
    };
    if v.events == 0 && f.size > 0 && f.chain_id != local {
        problems.push(format!(
            "this repository holds no events of chain `{}`, which the checkpoint covers ({} event(s)); it was taken in another clone: pull that clone's events (`mlo pull`) and verify again",
            f.chain_id, f.size
        ));
    } else if v.problem.is_none() {
        match &v.prefix {
            None => problems.push(format!(
                "{whose} has {} event(s) but the checkpoint covers {}: {} removed from the end (truncated)",
                v.events,
                f.size,
                if f.size == v.events as u64 + 1 {
                    format!("event #{} was", f.size)
                } else {
                    format!("events #{} to #{} were", v.events + 1, f.size)
                }
            )),
            Some(p) => {
                if p.last_sequence.map(|s| s as u64) != f.last_sequence {
                    problems.push(format!(
                        "event {} of the chain has sequence number {:?}, the checkpoint says {:?}",
                        f.size, p.last_sequence, f.last_sequence
                    ));
                }
                if p.head_hash != f.head_hash {
                    problems.push(format!(
                        "event #{}'s hash `{}` is not the checkpoint's head `{}`: the chain was rewritten",
                        f.size,
                        short(&p.head_hash),
                        short(&f.head_hash)
                    ));
                }
                if p.merkle_root != f.merkle_root {
                    problems.push(format!(
                        "the Merkle root of the first {} event(s) is `{}`, the checkpoint's is `{}`: the chain was rewritten",
                        f.size,
                        short(&p.merkle_root.to_hex()),
                        short(&f.merkle_root.to_hex())
                    ));
                }
            }
        }
    }
    let check = CheckpointCheck {
        chain_id: f.chain_id.clone(),
        local: f.chain_id == local,
        size: f.size,
        merkle_root: f.merkle_root,
        timestamp: f.timestamp.clone(),
        key_id: checkpoint.signature().map(|s| s.key_id().to_string()),
        signature,
        problems,
    };
    Ok((trail, check))
}

/// Parse a checkpoint file's text, naming the file on error.
pub fn parse(path: &std::path::Path, text: &str) -> Result<Checkpoint, AuditError> {
    Checkpoint::from_json(text).map_err(|source: CheckpointError| AuditError::Checkpoint {
        path: path.to_path_buf(),
        source,
    })
}

/// The first 16 characters of a hash, for messages.
pub fn short(hash: &str) -> &str {
    &hash[..hash.len().min(16)]
}

/// Write a private key file readable by its owner only (mode 0600 on Unix), refusing to
/// replace an existing one unless `force`.
pub fn write_key_file(path: &std::path::Path, text: &str, force: bool) -> Result<(), AuditError> {
    use std::io::Write as _;
    let mut options = std::fs::OpenOptions::new();
    options.write(true);
    if force {
        options.create(true).truncate(true);
    } else {
        options.create_new(true);
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        options.mode(0o600);
    }
    let file_err = |source| AuditError::File {
        action: "write",
        path: path.to_path_buf(),
        source,
    };
    let mut file = match options.open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            return Err(AuditError::KeyExists {
                path: path.to_path_buf(),
            });
        }
        Err(e) => return Err(file_err(e)),
    };
    #[cfg(unix)]
    {
        // An existing file replaced with --force keeps its old mode otherwise.
        use std::os::unix::fs::PermissionsExt as _;
        file.set_permissions(std::fs::Permissions::from_mode(0o600))
            .map_err(file_err)?;
    }
    file.write_all(text.as_bytes())
        .and_then(|_| file.sync_all())
        .map_err(file_err)
}

/// Read a private key file; on Unix, also whether others can read it (a warning).
pub fn read_key_file(path: &std::path::Path) -> Result<(PrivateKey, bool), AuditError> {
    let text = std::fs::read_to_string(path).map_err(|source| AuditError::File {
        action: "read",
        path: path.to_path_buf(),
        source,
    })?;
    let key = PrivateKey::from_key_file(&text).map_err(|source| AuditError::Key {
        path: path.to_path_buf(),
        source,
    })?;
    #[cfg(unix)]
    let exposed = {
        use std::os::unix::fs::PermissionsExt as _;
        std::fs::metadata(path)
            .map(|m| m.permissions().mode() & 0o077 != 0)
            .unwrap_or(false)
    };
    #[cfg(not(unix))]
    let exposed = false;
    Ok((key, exposed))
}
