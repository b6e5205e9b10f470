//! Checkpoints (signed tree heads) of the audit log, the ed25519 keys that sign them, and the
//! file formats of both.
//!
//! A checkpoint says "chain `chain_id` had `size` events, the last with sequence number
//! `last_sequence`, hash-chain head `head_hash` and RFC 6962 Merkle root `merkle_root`, at
//! `timestamp`". Committed to git or sent elsewhere, it lets `mlo audit verify` catch a
//! truncated log or a consistently rewritten one, which the hash chain alone cannot; signed,
//! it also says who vouched for it. This module only builds, parses, signs and checks them:
//! the audit commands gather the values (reading the clock through `Clock`) and write files,
//! the private key with mode 0600.
//!
//! # Checkpoint file
//!
//! UTF-8 JSON, keys in this order, two-space indent, trailing newline (what
//! [`Checkpoint::to_json`] writes; [`Checkpoint::from_json`] accepts any JSON layout but no
//! unknown keys, so nothing unsigned can ride along):
//!
//! ```json
//! {
//!   "format": "mlo-audit-checkpoint",
//!   "version": 1,
//!   "chain_id": "4f3c2a1e-main",
//!   "size": 3,
//!   "last_sequence": 3,
//!   "head_hash": "<lowercase hex, 2 to 128 characters>",
//!   "merkle_root": "<64 lowercase hex>",
//!   "timestamp": "2026-05-01T12:00:00Z",
//!   "signature": {
//!     "algorithm": "ed25519",
//!     "public_key": "<64 lowercase hex: the 32-byte ed25519 public key>",
//!     "key_id": "<16 lowercase hex: first 8 bytes of SHA-256(public key bytes)>",
//!     "signature": "<128 lowercase hex: the 64-byte ed25519 signature>"
//!   }
//! }
//! ```
//!
//! `signature` is absent from an unsigned checkpoint; `last_sequence` is `null` exactly when
//! `size` is 0, and then `merkle_root` must be the empty-tree root. `chain_id` is 1 to 256
//! characters with no whitespace or control characters; `timestamp` is RFC 3339 with an
//! upper-case `T` and either `Z` or a numeric offset (audit times are UTC, so `Z`).
//!
//! # Signed bytes
//!
//! The signature covers not the JSON but this text, so no JSON canonicalization is involved.
//! Seven lines, each ending in a single `\n` (including the last), each a key, one space and
//! a value, in this order, UTF-8:
//!
//! ```text
//! mlo-audit-checkpoint v1
//! chain_id <chain_id>
//! size <size in decimal>
//! last_sequence <decimal, or the word none when size is 0>
//! head_hash <head_hash, lowercase hex>
//! merkle_root <merkle_root, 64 lowercase hex>
//! timestamp <timestamp, as given>
//! ```
//!
//! Decimals have no sign, leading zeros or separators. The first line names the format and
//! version, so a signature over a checkpoint can never pass for a signature over anything else
//! mlo signs. Validation keeps line breaks and spaces out of `chain_id` and the other values,
//! so two different checkpoints cannot have the same signed bytes. The signature is ed25519
//! (RFC 8032, pure, no context) over these bytes; verification is strict (no small-order keys,
//! canonical signatures only).
//!
//! # Private key file
//!
//! Five lines of ASCII, each `key value` ending in `\n` (CRLF is also read):
//!
//! ```text
//! mlo-audit-private-key v1
//! algorithm ed25519
//! key_id <16 lowercase hex>
//! public_key <64 lowercase hex>
//! seed <64 lowercase hex: the 32-byte ed25519 secret seed>
//! ```
//!
//! `key_id` and `public_key` are there for people and are checked against the seed on reading.
//! The caller writes the file with mode 0600. A public key travels as its 64 hex characters.

use std::fmt;
use std::str::FromStr;

use ed25519_dalek::{Signer as _, SigningKey, VerifyingKey};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use sha2::{Digest as _, Sha256};

use super::merkle::{self, MerkleHash};

/// The `format` value of every checkpoint file.
pub const CHECKPOINT_FORMAT: &str = "mlo-audit-checkpoint";
/// The checkpoint format version this code writes and reads.
pub const CHECKPOINT_VERSION: u64 = 1;
/// First line of a checkpoint's signed bytes (without its `\n`).
pub const SIGNED_HEADER: &str = "mlo-audit-checkpoint v1";
/// First line of a private key file (without its `\n`).
pub const KEY_FILE_HEADER: &str = "mlo-audit-private-key v1";

const MAX_CHAIN_ID_CHARS: usize = 256;
const MAX_HEAD_HASH_HEX: usize = 128;

/// What can go wrong reading, writing, signing or verifying checkpoints and keys.
#[derive(Debug, thiserror::Error)]
pub enum CheckpointError {
    /// The text is not JSON at all.
    #[error("checkpoint is not valid JSON")]
    Json {
        /// serde_json's account, with line and column.
        #[source]
        source: serde_json::Error,
    },
    /// The JSON is some other kind of document.
    #[error(
        "not an mlo audit checkpoint: expected a JSON object with `\"format\": \"{CHECKPOINT_FORMAT}\"`"
    )]
    NotACheckpoint {
        /// The `format` value found, as JSON, if there was one.
        found: Option<String>,
    },
    /// A checkpoint from a newer (or unknown) format version.
    #[error(
        "checkpoint format version {found} is not supported (this build reads version {CHECKPOINT_VERSION})"
    )]
    UnsupportedVersion {
        /// The `version` value found, as written.
        found: String,
    },
    /// One field's value breaks the format's rules.
    #[error("invalid checkpoint field `{field}`: {reason}")]
    InvalidField {
        /// The field, dotted for nested ones (`signature.key_id`).
        field: &'static str,
        /// What is wrong with it.
        reason: String,
    },
    /// A key the format does not have; refused, since it would look signed and is not.
    #[error("unknown checkpoint field `{field}`")]
    UnknownField {
        /// The key, dotted for nested ones (`signature.note`).
        field: String,
    },
    /// A signature was asked to be verified on an unsigned checkpoint.
    #[error("checkpoint is not signed")]
    Unsigned,
    /// Signed, but not by the key the caller trusts.
    #[error("checkpoint is signed by key `{found}`, not by the trusted key `{expected}`")]
    UntrustedKey {
        /// The trusted key's id.
        expected: KeyId,
        /// The signing key's id.
        found: KeyId,
    },
    /// The signature does not match the checkpoint's contents and key: it was edited.
    #[error(
        "checkpoint signature by key `{key_id}` does not verify: the checkpoint was changed after signing or the signature is forged"
    )]
    BadSignature {
        /// The id of the key the signature claims.
        key_id: KeyId,
    },
    /// A private key file that cannot be read.
    #[error("invalid private key file, line {line}: {reason}")]
    InvalidKeyFile {
        /// 1-based line number.
        line: usize,
        /// What is wrong with it.
        reason: String,
    },
    /// Text that should be a public key is not.
    #[error("invalid ed25519 public key `{input}`: {reason}")]
    InvalidPublicKey {
        /// The text given.
        input: String,
        /// What is wrong with it.
        reason: String,
    },
    /// The operating system would not provide randomness for a new key.
    #[error("could not read random bytes for a new key from the operating system")]
    Random {
        /// getrandom's account.
        #[source]
        source: getrandom::Error,
    },
}

fn invalid(field: &'static str, reason: impl Into<String>) -> CheckpointError {
    CheckpointError::InvalidField {
        field,
        reason: reason.into(),
    }
}

/// The signature scheme of a checkpoint. One for now; the field exists so another can follow.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SignatureAlgorithm {
    /// Ed25519 (RFC 8032), strict verification.
    Ed25519,
}

impl SignatureAlgorithm {
    /// The name used in files.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Ed25519 => "ed25519",
        }
    }
}

/// A short, stable name for a public key: the first 8 bytes of SHA-256 of its 32 bytes.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct KeyId([u8; 8]);

impl KeyId {
    /// The raw 8 bytes.
    pub fn as_bytes(&self) -> &[u8; 8] {
        &self.0
    }
}

impl fmt::Display for KeyId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&hex::encode(self.0))
    }
}

impl fmt::Debug for KeyId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "KeyId({self})")
    }
}

/// An ed25519 public key that checkpoints are verified against.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct PublicKey(VerifyingKey);

impl PublicKey {
    /// Parses the 32-byte key from 64 hex characters (either case).
    pub fn from_hex(text: &str) -> Result<Self, CheckpointError> {
        let bad = |reason: &str| CheckpointError::InvalidPublicKey {
            input: text.to_owned(),
            reason: reason.to_owned(),
        };
        let mut bytes = [0u8; 32];
        if text.len() != 64 {
            return Err(bad("expected 64 hex characters"));
        }
        hex::decode_to_slice(text, &mut bytes)
            .map_err(|_| bad("contains a character that is not hex"))?;
        Self::from_bytes(&bytes).map_err(|_| bad("not a point on the ed25519 curve"))
    }

    fn from_bytes(bytes: &[u8; 32]) -> Result<Self, ed25519_dalek::SignatureError> {
        VerifyingKey::from_bytes(bytes).map(Self)
    }

    /// The raw 32 bytes.
    pub fn to_bytes(&self) -> [u8; 32] {
        self.0.to_bytes()
    }

    /// 64 lowercase hex characters.
    pub fn to_hex(&self) -> String {
        hex::encode(self.0.as_bytes())
    }

    /// Whether `signature` is this key's strict ed25519 signature over `message` (see
    /// [`PrivateKey::sign_message`]).
    pub fn verify_message(&self, message: &[u8], signature: &[u8; 64]) -> bool {
        self.0
            .verify_strict(message, &ed25519_dalek::Signature::from_bytes(signature))
            .is_ok()
    }

    /// This key's [`KeyId`].
    pub fn key_id(&self) -> KeyId {
        let digest = Sha256::digest(self.0.as_bytes());
        let mut id = [0u8; 8];
        id.copy_from_slice(&digest[..8]);
        KeyId(id)
    }
}

impl fmt::Display for PublicKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_hex())
    }
}

impl fmt::Debug for PublicKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "PublicKey({})", self.to_hex())
    }
}

impl FromStr for PublicKey {
    type Err = CheckpointError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Self::from_hex(text)
    }
}

/// An ed25519 private key that signs checkpoints. Its `Debug` shows only the key id, and
/// the secret is wiped from memory when it is dropped.
#[derive(Clone)]
pub struct PrivateKey(SigningKey);

impl PrivateKey {
    /// A new key from the operating system's randomness.
    pub fn generate() -> Result<Self, CheckpointError> {
        let mut seed = [0u8; 32];
        getrandom::fill(&mut seed).map_err(|source| CheckpointError::Random { source })?;
        let key = Self::from_seed(seed);
        seed.fill(0);
        Ok(key)
    }

    /// The key whose RFC 8032 secret seed is `seed`; for tests and key files.
    pub fn from_seed(seed: [u8; 32]) -> Self {
        Self(SigningKey::from_bytes(&seed))
    }

    /// The matching public key.
    pub fn public_key(&self) -> PublicKey {
        PublicKey(self.0.verifying_key())
    }

    /// The id of the matching public key.
    pub fn key_id(&self) -> KeyId {
        self.public_key().key_id()
    }

    /// Signs other mlo documents (export manifests). `message` must start with a line naming
    /// its format and version, as a checkpoint's signed bytes do, so that a signature over
    /// one kind of document can never pass for another.
    pub fn sign_message(&self, message: &[u8]) -> [u8; 64] {
        self.0.sign(message).to_bytes()
    }

    /// The private key file's text (see the module docs); write it with mode 0600.
    pub fn to_key_file(&self) -> String {
        let public = self.public_key();
        format!(
            "{KEY_FILE_HEADER}\nalgorithm {}\nkey_id {}\npublic_key {}\nseed {}\n",
            SignatureAlgorithm::Ed25519.as_str(),
            public.key_id(),
            public.to_hex(),
            hex::encode(self.0.as_bytes()),
        )
    }

    /// Reads a private key file, checking its `key_id` and `public_key` against the seed.
    pub fn from_key_file(text: &str) -> Result<Self, CheckpointError> {
        let bad = |line: usize, reason: String| CheckpointError::InvalidKeyFile { line, reason };
        let body = text.strip_suffix('\n').unwrap_or(text);
        let lines: Vec<&str> = body
            .split('\n')
            .map(|line| line.strip_suffix('\r').unwrap_or(line))
            .collect();
        if lines.first() != Some(&KEY_FILE_HEADER) {
            return Err(bad(1, format!("expected `{KEY_FILE_HEADER}`")));
        }
        const KEYS: [&str; 4] = ["algorithm", "key_id", "public_key", "seed"];
        if lines.len() != 1 + KEYS.len() {
            return Err(bad(
                lines.len().min(1 + KEYS.len() + 1),
                format!("expected {} lines, found {}", 1 + KEYS.len(), lines.len()),
            ));
        }
        let mut values = [""; 4];
        for (i, key) in KEYS.iter().enumerate() {
            let line = lines[i + 1];
            values[i] = line
                .strip_prefix(key)
                .and_then(|rest| rest.strip_prefix(' '))
                .ok_or_else(|| bad(i + 2, format!("expected `{key} <value>`")))?;
        }
        let [algorithm, key_id, public_key, seed] = values;
        if algorithm != SignatureAlgorithm::Ed25519.as_str() {
            return Err(bad(
                2,
                format!("unsupported algorithm `{algorithm}`, expected `ed25519`"),
            ));
        }
        if seed.len() != 64 || !is_lower_hex(seed) {
            return Err(bad(
                5,
                "`seed` must be 64 lowercase hex characters".to_owned(),
            ));
        }
        let mut seed_bytes = [0u8; 32];
        hex::decode_to_slice(seed, &mut seed_bytes).expect("checked to be 64 hex characters");
        let key = Self::from_seed(seed_bytes);
        seed_bytes.fill(0);
        let public = key.public_key();
        if public_key != public.to_hex() {
            return Err(bad(4, "`public_key` does not belong to `seed`".to_owned()));
        }
        if key_id != public.key_id().to_string() {
            return Err(bad(3, "`key_id` does not belong to `seed`".to_owned()));
        }
        Ok(key)
    }
}

impl fmt::Debug for PrivateKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "PrivateKey(key_id: {}, secret: <redacted>)",
            self.key_id()
        )
    }
}

/// A freshly generated key, as `mlo audit keygen` needs it.
#[derive(Debug)]
pub struct GeneratedKey {
    /// The private key.
    pub private_key: PrivateKey,
    /// Its key file's text, to be written with mode 0600.
    pub private_key_file: String,
    /// The public key: configure it as trusted and hand it to whoever verifies.
    pub public_key: PublicKey,
}

/// Generates a new signing key from the operating system's randomness.
pub fn keygen() -> Result<GeneratedKey, CheckpointError> {
    let private_key = PrivateKey::generate()?;
    Ok(GeneratedKey {
        private_key_file: private_key.to_key_file(),
        public_key: private_key.public_key(),
        private_key,
    })
}

/// The values a checkpoint commits to, as the caller supplies them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckpointFields {
    /// Which audit chain (one per machine or repository); no whitespace.
    pub chain_id: String,
    /// Number of events, which is the Merkle tree size.
    pub size: u64,
    /// Sequence number of the last event; `None` exactly when `size` is 0.
    pub last_sequence: Option<u64>,
    /// The hash-chain head as lowercase hex, as the event store computes it.
    pub head_hash: String,
    /// RFC 6962 root over the events' leaf hashes.
    pub merkle_root: MerkleHash,
    /// When the checkpoint was taken, RFC 3339 (UTC), from the caller's clock.
    pub timestamp: String,
}

/// A checkpoint's signature with the key that made it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckpointSignature {
    public_key: PublicKey,
    signature: ed25519_dalek::Signature,
}

impl CheckpointSignature {
    /// The scheme (always ed25519 today).
    pub fn algorithm(&self) -> SignatureAlgorithm {
        SignatureAlgorithm::Ed25519
    }

    /// The key the signature claims; trust it only after comparing it with a known key.
    pub fn public_key(&self) -> &PublicKey {
        &self.public_key
    }

    /// The id of that key.
    pub fn key_id(&self) -> KeyId {
        self.public_key.key_id()
    }

    /// The 64 signature bytes as 128 lowercase hex characters.
    pub fn signature_hex(&self) -> String {
        hex::encode(self.signature.to_bytes())
    }
}

/// Which key a signature must verify under.
#[derive(Clone, Copy, Debug)]
pub enum KeyTrust<'a> {
    /// The checkpoint must be signed by this key: proves who vouched for it.
    Pinned(&'a PublicKey),
    /// Whatever key the checkpoint carries: proves only that it was not edited after
    /// signing, since a forger can re-sign with a key of their own.
    Embedded,
}

/// A validated checkpoint, signed or not.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Checkpoint {
    fields: CheckpointFields,
    signature: Option<CheckpointSignature>,
}

impl Checkpoint {
    /// An unsigned checkpoint, once every field passes the format's rules.
    pub fn new(fields: CheckpointFields) -> Result<Self, CheckpointError> {
        validate(&fields)?;
        Ok(Self {
            fields,
            signature: None,
        })
    }

    /// The committed values.
    pub fn fields(&self) -> &CheckpointFields {
        &self.fields
    }

    /// The signature, if any. Present does not mean valid: see [`verify_signature`](Self::verify_signature).
    pub fn signature(&self) -> Option<&CheckpointSignature> {
        self.signature.as_ref()
    }

    /// The exact bytes the signature covers (see the module docs).
    pub fn signed_bytes(&self) -> Vec<u8> {
        let f = &self.fields;
        let last_sequence = match f.last_sequence {
            Some(sequence) => sequence.to_string(),
            None => "none".to_owned(),
        };
        format!(
            "{SIGNED_HEADER}\nchain_id {}\nsize {}\nlast_sequence {last_sequence}\nhead_hash {}\nmerkle_root {}\ntimestamp {}\n",
            f.chain_id, f.size, f.head_hash, f.merkle_root, f.timestamp,
        )
        .into_bytes()
    }

    /// Signs the checkpoint with `key`, replacing any earlier signature.
    pub fn sign(&mut self, key: &PrivateKey) {
        let signature = key.0.sign(&self.signed_bytes());
        self.signature = Some(CheckpointSignature {
            public_key: key.public_key(),
            signature,
        });
    }

    /// Verifies the signature under the key `trust` names, returning that key's id.
    pub fn verify_signature(&self, trust: KeyTrust<'_>) -> Result<KeyId, CheckpointError> {
        let signed = self.signature.as_ref().ok_or(CheckpointError::Unsigned)?;
        let key = match trust {
            KeyTrust::Pinned(trusted) => {
                if signed.public_key != *trusted {
                    return Err(CheckpointError::UntrustedKey {
                        expected: trusted.key_id(),
                        found: signed.key_id(),
                    });
                }
                trusted
            }
            KeyTrust::Embedded => &signed.public_key,
        };
        key.0
            .verify_strict(&self.signed_bytes(), &signed.signature)
            .map_err(|_| CheckpointError::BadSignature {
                key_id: key.key_id(),
            })?;
        Ok(key.key_id())
    }

    /// The checkpoint file's text (see the module docs), ending in a newline.
    pub fn to_json(&self) -> String {
        let f = &self.fields;
        let file = CheckpointFile {
            format: CHECKPOINT_FORMAT,
            version: CHECKPOINT_VERSION,
            chain_id: f.chain_id.clone(),
            size: f.size,
            last_sequence: f.last_sequence,
            head_hash: f.head_hash.clone(),
            merkle_root: f.merkle_root.to_hex(),
            timestamp: f.timestamp.clone(),
            signature: self.signature.as_ref().map(|s| SignatureFile {
                algorithm: s.algorithm().as_str(),
                public_key: s.public_key.to_hex(),
                key_id: s.key_id().to_string(),
                signature: s.signature_hex(),
            }),
        };
        let mut text = serde_json::to_string_pretty(&file).expect("plain strings and numbers");
        text.push('\n');
        text
    }

    /// Parses and validates a checkpoint file; every error names the field at fault. Checks
    /// the signature's shape and that its `key_id` belongs to its `public_key`, but not the
    /// signature itself: that takes a trust decision, see
    /// [`verify_signature`](Self::verify_signature).
    pub fn from_json(text: &str) -> Result<Self, CheckpointError> {
        let value: Value =
            serde_json::from_str(text).map_err(|source| CheckpointError::Json { source })?;
        let Value::Object(map) = value else {
            return Err(CheckpointError::NotACheckpoint { found: None });
        };
        // `format` and `version` first, so a wrong or newer file gets a clear error instead
        // of a complaint about some field it happens to lack.
        match map.get("format") {
            Some(Value::String(format)) if format == CHECKPOINT_FORMAT => {}
            other => {
                return Err(CheckpointError::NotACheckpoint {
                    found: other.map(Value::to_string),
                });
            }
        }
        match map.get("version") {
            Some(version) if version.as_u64() == Some(CHECKPOINT_VERSION) => {}
            Some(version) => {
                return Err(CheckpointError::UnsupportedVersion {
                    found: version.to_string(),
                });
            }
            None => return Err(invalid("version", "missing")),
        }
        reject_unknown(&map, "", &CHECKPOINT_KEYS)?;

        let merkle_root = lower_hex(&map, "merkle_root", "merkle_root", 64)?;
        let fields = CheckpointFields {
            chain_id: string(&map, "chain_id", "chain_id")?.to_owned(),
            size: integer(&map, "size", "size")?,
            last_sequence: match map.get("last_sequence") {
                None | Some(Value::Null) => None,
                Some(_) => Some(integer(&map, "last_sequence", "last_sequence")?),
            },
            head_hash: string(&map, "head_hash", "head_hash")?.to_owned(),
            merkle_root: MerkleHash::from_hex(merkle_root).expect("checked to be 64 hex digits"),
            timestamp: string(&map, "timestamp", "timestamp")?.to_owned(),
        };
        let mut checkpoint = Self::new(fields)?;
        checkpoint.signature = match map.get("signature") {
            None | Some(Value::Null) => None,
            Some(Value::Object(signature)) => Some(parse_signature(signature)?),
            Some(_) => return Err(invalid("signature", "must be an object")),
        };
        Ok(checkpoint)
    }
}

const CHECKPOINT_KEYS: [&str; 9] = [
    "format",
    "version",
    "chain_id",
    "size",
    "last_sequence",
    "head_hash",
    "merkle_root",
    "timestamp",
    "signature",
];
const SIGNATURE_KEYS: [&str; 4] = ["algorithm", "public_key", "key_id", "signature"];

/// Unknown keys are refused: a reader could take them for signed content.
fn reject_unknown(
    map: &Map<String, Value>,
    prefix: &str,
    known: &[&str],
) -> Result<(), CheckpointError> {
    match map.keys().find(|key| !known.contains(&key.as_str())) {
        Some(key) => Err(CheckpointError::UnknownField {
            field: format!("{prefix}{key}"),
        }),
        None => Ok(()),
    }
}

fn string<'a>(
    map: &'a Map<String, Value>,
    key: &str,
    field: &'static str,
) -> Result<&'a str, CheckpointError> {
    match map.get(key) {
        Some(Value::String(text)) => Ok(text),
        Some(_) => Err(invalid(field, "must be a string")),
        None => Err(invalid(field, "missing")),
    }
}

fn integer(
    map: &Map<String, Value>,
    key: &str,
    field: &'static str,
) -> Result<u64, CheckpointError> {
    match map.get(key) {
        Some(value) => value.as_u64().ok_or_else(|| {
            invalid(
                field,
                format!("must be an integer from 0 to 2^64-1, is {value}"),
            )
        }),
        None => Err(invalid(field, "missing")),
    }
}

/// A string of exactly `len` lowercase hex digits: files keep one spelling of each value.
fn lower_hex<'a>(
    map: &'a Map<String, Value>,
    key: &str,
    field: &'static str,
    len: usize,
) -> Result<&'a str, CheckpointError> {
    let text = string(map, key, field)?;
    if text.len() != len || !is_lower_hex(text) {
        return Err(invalid(
            field,
            format!("must be {len} lowercase hex digits"),
        ));
    }
    Ok(text)
}

fn parse_signature(map: &Map<String, Value>) -> Result<CheckpointSignature, CheckpointError> {
    reject_unknown(map, "signature.", &SIGNATURE_KEYS)?;
    let algorithm = string(map, "algorithm", "signature.algorithm")?;
    if algorithm != SignatureAlgorithm::Ed25519.as_str() {
        return Err(invalid(
            "signature.algorithm",
            format!("unsupported algorithm `{algorithm}`, expected `ed25519`"),
        ));
    }
    let public_key = lower_hex(map, "public_key", "signature.public_key", 64)?;
    let public_key = PublicKey::from_hex(public_key)
        .map_err(|_| invalid("signature.public_key", "not a valid ed25519 public key"))?;
    let key_id = string(map, "key_id", "signature.key_id")?;
    if key_id != public_key.key_id().to_string() {
        return Err(invalid(
            "signature.key_id",
            format!(
                "`{key_id}` is not the id of the public key, which is `{}`",
                public_key.key_id()
            ),
        ));
    }
    let signature = lower_hex(map, "signature", "signature.signature", 128)?;
    let mut bytes = [0u8; 64];
    hex::decode_to_slice(signature, &mut bytes).expect("checked to be 128 hex digits");
    Ok(CheckpointSignature {
        public_key,
        signature: ed25519_dalek::Signature::from_bytes(&bytes),
    })
}

/// The file's JSON shape for writing, in the documented key order.
#[derive(Serialize)]
struct CheckpointFile {
    format: &'static str,
    version: u64,
    chain_id: String,
    size: u64,
    last_sequence: Option<u64>,
    head_hash: String,
    merkle_root: String,
    timestamp: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    signature: Option<SignatureFile>,
}

#[derive(Serialize)]
struct SignatureFile {
    algorithm: &'static str,
    public_key: String,
    key_id: String,
    signature: String,
}

fn is_lower_hex(text: &str) -> bool {
    text.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

fn validate(f: &CheckpointFields) -> Result<(), CheckpointError> {
    let chars = f.chain_id.chars().count();
    if chars == 0 || chars > MAX_CHAIN_ID_CHARS {
        return Err(invalid(
            "chain_id",
            format!("must be 1 to {MAX_CHAIN_ID_CHARS} characters, is {chars}"),
        ));
    }
    if let Some(c) = f
        .chain_id
        .chars()
        .find(|c| c.is_whitespace() || c.is_control())
    {
        return Err(invalid(
            "chain_id",
            format!("must not contain whitespace or control characters, has {c:?}"),
        ));
    }
    match (f.size, f.last_sequence) {
        (0, Some(_)) => {
            return Err(invalid(
                "last_sequence",
                "must be null when size is 0 (an empty log has no last event)",
            ));
        }
        (1.., None) => {
            return Err(invalid("last_sequence", "must be set when size is above 0"));
        }
        _ => {}
    }
    let head = &f.head_hash;
    if head.is_empty() || head.len() > MAX_HEAD_HASH_HEX || head.len() % 2 != 0 {
        return Err(invalid(
            "head_hash",
            format!(
                "must be an even number (2 to {MAX_HEAD_HASH_HEX}) of hex characters, has {}",
                head.len()
            ),
        ));
    }
    if !is_lower_hex(head) {
        return Err(invalid("head_hash", "must be lowercase hex"));
    }
    if f.size == 0 && f.merkle_root != merkle::empty_root() {
        return Err(invalid(
            "merkle_root",
            format!(
                "must be the empty-tree root `{}` when size is 0",
                merkle::empty_root()
            ),
        ));
    }
    check_rfc3339(&f.timestamp).map_err(|reason| {
        invalid(
            "timestamp",
            format!("`{}` is not an RFC 3339 date-time: {reason}", f.timestamp),
        )
    })
}

/// Checks `YYYY-MM-DDTHH:MM:SS[.fraction](Z|+HH:MM|-HH:MM)`, with real month lengths.
fn check_rfc3339(text: &str) -> Result<(), &'static str> {
    let b = text.as_bytes();
    let digits = |range: std::ops::Range<usize>| -> Option<u32> {
        let part = b.get(range)?;
        part.iter()
            .all(u8::is_ascii_digit)
            .then(|| part.iter().fold(0, |n, d| n * 10 + u32::from(d - b'0')))
    };
    let shape = "expected YYYY-MM-DDTHH:MM:SSZ";
    if b.len() < 20
        || b[4] != b'-'
        || b[7] != b'-'
        || b[10] != b'T'
        || b[13] != b':'
        || b[16] != b':'
    {
        return Err(shape);
    }
    let (year, month, day) = (
        digits(0..4).ok_or(shape)?,
        digits(5..7).ok_or(shape)?,
        digits(8..10).ok_or(shape)?,
    );
    let (hour, minute, second) = (
        digits(11..13).ok_or(shape)?,
        digits(14..16).ok_or(shape)?,
        digits(17..19).ok_or(shape)?,
    );
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let month_days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return Err("month out of range"),
    };
    if day == 0 || day > month_days {
        return Err("day out of range");
    }
    // 60 allows a leap second, as RFC 3339 does.
    if hour > 23 || minute > 59 || second > 60 {
        return Err("time of day out of range");
    }
    let mut rest = &b[19..];
    if let Some(fraction) = rest.strip_prefix(b".") {
        let len = fraction.iter().take_while(|d| d.is_ascii_digit()).count();
        if len == 0 {
            return Err("a `.` must be followed by digits");
        }
        rest = &fraction[len..];
    }
    match rest {
        b"Z" => Ok(()),
        [b'+' | b'-', h1, h2, b':', m1, m2]
            if [h1, h2, m1, m2].iter().all(|d| d.is_ascii_digit()) =>
        {
            let offset_hours = u32::from(h1 - b'0') * 10 + u32::from(h2 - b'0');
            let offset_minutes = u32::from(m1 - b'0') * 10 + u32::from(m2 - b'0');
            if offset_hours > 23 || offset_minutes > 59 {
                return Err("offset out of range");
            }
            Ok(())
        }
        _ => Err("expected `Z` or an offset such as `+02:00` at the end"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SEED: [u8; 32] = [7; 32];

    fn fields() -> CheckpointFields {
        CheckpointFields {
            chain_id: "01JABCDEF-host".to_owned(),
            size: 3,
            last_sequence: Some(3),
            head_hash: "ab".repeat(32),
            merkle_root: merkle::root(&[
                merkle::leaf_hash(b"a"),
                merkle::leaf_hash(b"b"),
                merkle::leaf_hash(b"c"),
            ]),
            timestamp: "2026-05-01T12:00:00Z".to_owned(),
        }
    }

    fn signed() -> Checkpoint {
        let mut checkpoint = Checkpoint::new(fields()).unwrap();
        checkpoint.sign(&PrivateKey::from_seed(SEED));
        checkpoint
    }

    fn field_of(error: CheckpointError) -> &'static str {
        match error {
            CheckpointError::InvalidField { field, .. } => field,
            other => panic!("expected an invalid field, got {other:?}"),
        }
    }

    #[test]
    fn signed_bytes_are_the_documented_text() {
        let checkpoint = Checkpoint::new(fields()).unwrap();
        let expected = format!(
            "mlo-audit-checkpoint v1\n\
             chain_id 01JABCDEF-host\n\
             size 3\n\
             last_sequence 3\n\
             head_hash {}\n\
             merkle_root {}\n\
             timestamp 2026-05-01T12:00:00Z\n",
            "ab".repeat(32),
            fields().merkle_root
        );
        assert_eq!(
            String::from_utf8(checkpoint.signed_bytes()).unwrap(),
            expected
        );

        let empty = Checkpoint::new(CheckpointFields {
            size: 0,
            last_sequence: None,
            merkle_root: merkle::empty_root(),
            ..fields()
        })
        .unwrap();
        let text = String::from_utf8(empty.signed_bytes()).unwrap();
        assert!(text.contains("\nsize 0\nlast_sequence none\n"));
        assert!(text.contains(
            "\nmerkle_root e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\n"
        ));
    }

    /// A checkpoint file as this format version writes it, signed with the seed `[7; 32]`.
    /// Ed25519 is deterministic, so this is a golden file: if it stops parsing, verifying or
    /// coming out byte for byte the same, every checkpoint already committed is at risk.
    /// Its signature was reproduced independently with OpenSSL 3.0: write the seed as a
    /// PKCS#8 key (`302e020100300506032b657004220420` followed by 32 bytes of `07`), save the
    /// signed bytes below to a file, and run `openssl pkeyutl -sign -inkey KEY -rawin -in FILE`.
    const GOLDEN: &str = include_str!("../../tests/fixtures/audit/checkpoint_v1.json");

    #[test]
    fn golden_checkpoint_file_is_stable() {
        assert_eq!(signed().to_json(), GOLDEN);
        let parsed = Checkpoint::from_json(GOLDEN).unwrap();
        assert_eq!(parsed, signed());
        let public = PrivateKey::from_seed(SEED).public_key();
        assert_eq!(
            public.to_hex(),
            "ea4a6c63e29c520abef5507b132ec5f9954776aebebe7b92421eea691446d22c"
        );
        assert_eq!(
            parsed
                .verify_signature(KeyTrust::Pinned(&public))
                .unwrap()
                .to_string(),
            "fe812c12f3ab4ce6"
        );
        // The key id definition, checked apart from `PublicKey::key_id`.
        let digest = Sha256::digest(public.to_bytes());
        assert_eq!(hex::encode(&digest[..8]), "fe812c12f3ab4ce6");
        assert_eq!(
            parsed.fields().merkle_root.to_hex(),
            "36642e73c2540ab121e3a6bf9545b0a24982cd830eb13d3cd19de3ce6c021ec1"
        );
    }

    #[test]
    fn rfc8032_test_vector_1() {
        // RFC 8032 §7.1, TEST 1: the empty message.
        let seed = hex::decode("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")
            .unwrap();
        let key = PrivateKey::from_seed(seed.try_into().unwrap());
        assert_eq!(
            key.public_key().to_hex(),
            "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"
        );
        assert_eq!(
            hex::encode(key.0.sign(b"").to_bytes()),
            "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b"
        );
    }

    #[test]
    fn signed_checkpoint_verifies_under_pinned_and_embedded_key() {
        let checkpoint = signed();
        let public = PrivateKey::from_seed(SEED).public_key();
        assert_eq!(
            checkpoint
                .verify_signature(KeyTrust::Pinned(&public))
                .unwrap(),
            public.key_id()
        );
        assert_eq!(
            checkpoint.verify_signature(KeyTrust::Embedded).unwrap(),
            public.key_id()
        );
    }

    #[test]
    fn json_round_trips() {
        for checkpoint in [signed(), Checkpoint::new(fields()).unwrap()] {
            let text = checkpoint.to_json();
            assert!(text.ends_with("}\n"));
            let parsed = Checkpoint::from_json(&text).unwrap();
            assert_eq!(parsed, checkpoint);
            assert_eq!(parsed.to_json(), text);
        }
        let unsigned = Checkpoint::new(fields()).unwrap().to_json();
        assert!(!unsigned.contains("signature"));
        let text = signed().to_json();
        let keys: Vec<&str> = text
            .lines()
            .filter_map(|line| line.trim().strip_prefix('"')?.split('"').next())
            .collect();
        assert_eq!(
            keys,
            [
                "format",
                "version",
                "chain_id",
                "size",
                "last_sequence",
                "head_hash",
                "merkle_root",
                "timestamp",
                "signature",
                "algorithm",
                "public_key",
                "key_id",
                "signature"
            ]
        );
    }

    /// Every way of editing a signed checkpoint file is caught: issue 10 asks that a whole
    /// chain rewritten consistently be caught by a signed checkpoint.
    #[test]
    fn tampered_checkpoints_fail_verification() {
        let original = signed();
        let public = PrivateKey::from_seed(SEED).public_key();
        let text = original.to_json();
        let f = &original.fields;
        let other_root = merkle::leaf_hash(b"x").to_hex();
        let edits = [
            (format!("\"size\": {}", f.size), "\"size\": 2".to_owned()),
            (
                "\"last_sequence\": 3".to_owned(),
                "\"last_sequence\": 4".to_owned(),
            ),
            (f.head_hash.clone(), "cd".repeat(32)),
            (f.merkle_root.to_hex(), other_root),
            (f.timestamp.clone(), "2026-05-01T12:00:01Z".to_owned()),
            (f.chain_id.clone(), "other-chain".to_owned()),
        ];
        for (from, to) in edits {
            let edited = text.replacen(&from, &to, 1);
            assert_ne!(edited, text, "edit {from} -> {to} applied");
            let parsed = Checkpoint::from_json(&edited).unwrap();
            for trust in [KeyTrust::Pinned(&public), KeyTrust::Embedded] {
                assert!(matches!(
                    parsed.verify_signature(trust),
                    Err(CheckpointError::BadSignature { .. })
                ));
            }
        }

        // A flipped signature bit.
        let signature = original.signature().unwrap().signature_hex();
        let mut flipped = signature.clone().into_bytes();
        flipped[10] = if flipped[10] == b'0' { b'1' } else { b'0' };
        let edited = text.replace(&signature, std::str::from_utf8(&flipped).unwrap());
        let parsed = Checkpoint::from_json(&edited).unwrap();
        assert!(matches!(
            parsed.verify_signature(KeyTrust::Pinned(&public)),
            Err(CheckpointError::BadSignature { .. })
        ));

        // A forger rewrites the log and re-signs with a key of their own: the embedded key
        // verifies, the pinned one does not.
        let forger = PrivateKey::from_seed([9; 32]);
        let mut forged = Checkpoint::new(CheckpointFields {
            merkle_root: merkle::leaf_hash(b"rewritten"),
            ..fields()
        })
        .unwrap();
        forged.sign(&forger);
        let forged = Checkpoint::from_json(&forged.to_json()).unwrap();
        assert!(forged.verify_signature(KeyTrust::Embedded).is_ok());
        assert!(matches!(
            forged.verify_signature(KeyTrust::Pinned(&public)),
            Err(CheckpointError::UntrustedKey { expected, found })
                if expected == public.key_id() && found == forger.key_id()
        ));

        // The forger swaps in their key but keeps the original signature.
        let swapped = text
            .replace(&public.to_hex(), &forger.public_key().to_hex())
            .replace(&public.key_id().to_string(), &forger.key_id().to_string());
        let parsed = Checkpoint::from_json(&swapped).unwrap();
        assert!(matches!(
            parsed.verify_signature(KeyTrust::Embedded),
            Err(CheckpointError::BadSignature { .. })
        ));

        // Unsigned.
        let unsigned = Checkpoint::new(fields()).unwrap();
        assert!(matches!(
            unsigned.verify_signature(KeyTrust::Embedded),
            Err(CheckpointError::Unsigned)
        ));
    }

    #[test]
    fn parse_errors_name_the_field() {
        let text = signed().to_json();
        let cases = [
            ("\"merkle_root\": \"", "\"merkle_root\": \"X", "merkle_root"),
            ("\"head_hash\": \"ab", "\"head_hash\": \"AB", "head_hash"),
            ("\"head_hash\": \"ab", "\"head_hash\": \"a", "head_hash"),
            ("\"chain_id\": \"", "\"chain_id\": \"a b", "chain_id"),
            ("\"chain_id\": \"", "\"chain_id\": \"a\\n", "chain_id"),
            ("2026-05-01T12:00:00Z", "2026-02-30T12:00:00Z", "timestamp"),
            ("2026-05-01T12:00:00Z", "2026-05-01 12:00:00Z", "timestamp"),
            ("2026-05-01T12:00:00Z", "2026-05-01T12:00:00", "timestamp"),
            (
                "\"last_sequence\": 3",
                "\"last_sequence\": null",
                "last_sequence",
            ),
            (
                "\"algorithm\": \"ed25519\"",
                "\"algorithm\": \"rsa\"",
                "signature.algorithm",
            ),
            ("\"key_id\": \"", "\"key_id\": \"00", "signature.key_id"),
            (
                "\"public_key\": \"",
                "\"public_key\": \"zz",
                "signature.public_key",
            ),
            (
                "\"signature\": \"",
                "\"signature\": \"ab",
                "signature.signature",
            ),
        ];
        for (from, to, field) in cases {
            let edited = text.replacen(from, to, 1);
            assert_ne!(edited, text, "edit {from} -> {to} applied");
            let error = Checkpoint::from_json(&edited).unwrap_err();
            assert_eq!(field_of(error), field, "edit {from} -> {to}");
        }

        let size_zero = text.replacen("\"size\": 3", "\"size\": 0", 1);
        assert_eq!(
            field_of(Checkpoint::from_json(&size_zero).unwrap_err()),
            "last_sequence"
        );

        let missing = text.replacen("\"size\": 3,", "", 1);
        assert_eq!(
            field_of(Checkpoint::from_json(&missing).unwrap_err()),
            "size"
        );
        for size in ["-1", "3.0", "\"3\"", "18446744073709551616"] {
            let edited = text.replacen("\"size\": 3", &format!("\"size\": {size}"), 1);
            assert_eq!(
                field_of(Checkpoint::from_json(&edited).unwrap_err()),
                "size",
                "{size}"
            );
        }
        let wrong_type = text.replacen("\"chain_id\": \"01JABCDEF-host\"", "\"chain_id\": 7", 1);
        assert_eq!(
            field_of(Checkpoint::from_json(&wrong_type).unwrap_err()),
            "chain_id"
        );
        let unknown = text.replacen("\"size\": 3,", "\"size\": 3, \"note\": \"x\",", 1);
        assert!(matches!(
            Checkpoint::from_json(&unknown),
            Err(CheckpointError::UnknownField { field }) if field == "note"
        ));
        let unknown = text.replacen("\"algorithm\"", "\"note\": 1, \"algorithm\"", 1);
        assert!(matches!(
            Checkpoint::from_json(&unknown),
            Err(CheckpointError::UnknownField { field }) if field == "signature.note"
        ));

        assert!(matches!(
            Checkpoint::from_json(&text.replacen("\"version\": 1", "\"version\": 2", 1)),
            Err(CheckpointError::UnsupportedVersion { found }) if found == "2"
        ));
        assert!(matches!(
            Checkpoint::from_json("{\"count\": 3}"),
            Err(CheckpointError::NotACheckpoint { found: None })
        ));
        assert!(matches!(
            Checkpoint::from_json("[1]"),
            Err(CheckpointError::NotACheckpoint { found: None })
        ));
        assert!(matches!(
            Checkpoint::from_json("{\"format\": \"mlo-export-manifest\"}"),
            Err(CheckpointError::NotACheckpoint { found: Some(found) }) if found == "\"mlo-export-manifest\""
        ));
        assert!(matches!(
            Checkpoint::from_json("not json"),
            Err(CheckpointError::Json { .. })
        ));
    }

    #[test]
    fn new_validates_fields() {
        let bad = |fields: CheckpointFields| field_of(Checkpoint::new(fields).unwrap_err());
        assert_eq!(
            bad(CheckpointFields {
                chain_id: String::new(),
                ..fields()
            }),
            "chain_id"
        );
        assert_eq!(
            bad(CheckpointFields {
                chain_id: "a\nsize 9".to_owned(),
                ..fields()
            }),
            "chain_id"
        );
        assert_eq!(
            bad(CheckpointFields {
                last_sequence: None,
                ..fields()
            }),
            "last_sequence"
        );
        assert_eq!(
            bad(CheckpointFields {
                size: 0,
                ..fields()
            }),
            "last_sequence"
        );
        assert_eq!(
            bad(CheckpointFields {
                size: 0,
                last_sequence: None,
                ..fields()
            }),
            "merkle_root"
        );
        assert_eq!(
            bad(CheckpointFields {
                head_hash: "abc".to_owned(),
                ..fields()
            }),
            "head_hash"
        );
        assert_eq!(
            bad(CheckpointFields {
                head_hash: "ab".repeat(65),
                ..fields()
            }),
            "head_hash"
        );
        for timestamp in [
            "2026-05-01T12:00:00.123456Z",
            "2026-05-01T12:00:00+02:00",
            "2024-02-29T23:59:60Z",
        ] {
            let fields = CheckpointFields {
                timestamp: timestamp.to_owned(),
                ..fields()
            };
            assert!(Checkpoint::new(fields).is_ok(), "{timestamp}");
        }
        for timestamp in [
            "",
            "2026-05-01",
            "2025-02-29T00:00:00Z",
            "2026-13-01T00:00:00Z",
            "2026-05-01T24:00:00Z",
            "2026-05-01T12:00:00.Z",
            "2026-05-01T12:00:00+2:00",
            "2026-05-01t12:00:00Z",
            "2026-05-01T12:00:00Z\nsize 9",
        ] {
            let fields = CheckpointFields {
                timestamp: timestamp.to_owned(),
                ..fields()
            };
            assert_eq!(bad(fields), "timestamp", "{timestamp:?}");
        }
    }

    #[test]
    fn key_file_round_trips_and_is_checked() {
        let key = PrivateKey::from_seed(SEED);
        let text = key.to_key_file();
        let public = key.public_key();
        assert_eq!(
            text,
            format!(
                "mlo-audit-private-key v1\nalgorithm ed25519\nkey_id {}\npublic_key {}\nseed {}\n",
                public.key_id(),
                public,
                "07".repeat(32)
            )
        );
        let read = PrivateKey::from_key_file(&text).unwrap();
        assert_eq!(read.public_key(), public);
        assert_eq!(
            PrivateKey::from_key_file(&text.replace('\n', "\r\n"))
                .unwrap()
                .public_key(),
            public
        );
        assert_eq!(
            PrivateKey::from_key_file(text.trim_end())
                .unwrap()
                .public_key(),
            public
        );

        let line_of = |text: &str| match PrivateKey::from_key_file(text) {
            Err(CheckpointError::InvalidKeyFile { line, .. }) => line,
            other => panic!("expected a key file error, got {other:?}"),
        };
        let other = PrivateKey::from_seed([8; 32]).public_key();
        assert_eq!(line_of(""), 1);
        assert_eq!(line_of(&text.replace("v1", "v2")), 1);
        assert_eq!(line_of(&text.replace("ed25519", "rsa")), 2);
        assert_eq!(
            line_of(&text.replace(&public.key_id().to_string(), &other.key_id().to_string())),
            3
        );
        assert_eq!(line_of(&text.replace(&public.to_hex(), &other.to_hex())), 4);
        assert_eq!(
            line_of(&text.replace(&"07".repeat(32), &"08".repeat(32))),
            4
        );
        assert_eq!(line_of(&text.replace(&"07".repeat(32), "07")), 5);
        assert_eq!(line_of(&format!("{text}extra 1\n")), 6);
        assert_eq!(line_of(&text.replace("seed ", "seed=")), 5);

        assert!(!format!("{key:?}").contains("0707"));
    }

    #[test]
    fn keygen_makes_working_distinct_keys() {
        let first = keygen().unwrap();
        let second = keygen().unwrap();
        assert_ne!(first.public_key, second.public_key);
        let key = PrivateKey::from_key_file(&first.private_key_file).unwrap();
        assert_eq!(key.public_key(), first.public_key);
        let mut checkpoint = Checkpoint::new(fields()).unwrap();
        checkpoint.sign(&key);
        assert!(
            checkpoint
                .verify_signature(KeyTrust::Pinned(&first.public_key))
                .is_ok()
        );
        assert!(
            checkpoint
                .verify_signature(KeyTrust::Pinned(&second.public_key))
                .is_err()
        );
    }

    #[test]
    fn public_keys_parse_from_hex() {
        let public = PrivateKey::from_seed(SEED).public_key();
        assert_eq!(public.to_hex().parse::<PublicKey>().unwrap(), public);
        assert_eq!(
            public.to_hex().to_uppercase().parse::<PublicKey>().unwrap(),
            public
        );
        assert!(matches!(
            "00".parse::<PublicKey>(),
            Err(CheckpointError::InvalidPublicKey { .. })
        ));
    }
}
