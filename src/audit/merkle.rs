//! The Merkle tree over the audit log: RFC 6962 §2.1 hashing (restated unchanged in RFC 9162
//! §2.1), inclusion proofs (audit paths) and consistency proofs, and their verifiers.
//!
//! Invariants, all from the RFC and relied on by every checkpoint and proof mlo has written:
//! a leaf hash is `SHA-256(0x00 || data)`, an interior node is `SHA-256(0x01 || left || right)`
//! (the prefixes keep a leaf from passing for a node), a tree of `n > 1` leaves splits at `k`,
//! the largest power of two smaller than `n`, and the empty tree's root is `SHA-256("")`
//! (`e3b0c442…b855`). The leaf data is whatever the caller hashes; the audit trail feeds the
//! canonical bytes of each event. Trees here are built from leaf *hashes*, so the caller can
//! hash events as it streams them from storage and never hold their bytes.
//!
//! Building: [`root`] over a slice, or [`TreeBuilder`], a compact range (one hash per set bit
//! of the size) that takes leaves one at a time in O(log n) memory and can be saved with
//! [`TreeBuilder::frontier`] and resumed with [`TreeBuilder::from_frontier`]. Proofs:
//! [`inclusion_proof`] and [`consistency_proof`] over a slice, or [`StreamingProof`] when the
//! leaves should be streamed rather than held. Verifying: [`verify_inclusion`] and
//! [`verify_consistency`] follow RFC 9162 §2.1.3.2 and §2.1.4.2 step by step, after checking
//! that the proof has exactly the length its sizes call for.
//!
//! Called by the audit commands (`checkpoint`, `prove`, `verify-proof`, `verify`, export
//! manifests) and by `checkpoint.rs`. Pure: no I/O, no clock.
//!
//! Known answers, including Certificate Transparency's published vectors, live in
//! `tests/fixtures/audit/merkle_vectors.json`, written by `scripts/make_merkle_vectors.py`, an
//! independent Python implementation of the RFC's recursive definitions.

use std::fmt;
use std::ops::Range;
use std::str::FromStr;

use sha2::{Digest as _, Sha256};

/// Length in bytes of every hash in the tree (SHA-256).
pub const HASH_LEN: usize = 32;

const LEAF_PREFIX: u8 = 0x00;
const NODE_PREFIX: u8 = 0x01;

/// A SHA-256 hash in the tree: a leaf hash, an interior node or a root.
///
/// Displays and serializes as 64 lowercase hex characters; parses from hex of either case.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct MerkleHash([u8; HASH_LEN]);

impl MerkleHash {
    /// Wraps 32 raw bytes.
    pub const fn from_bytes(bytes: [u8; HASH_LEN]) -> Self {
        Self(bytes)
    }

    /// The raw 32 bytes.
    pub const fn as_bytes(&self) -> &[u8; HASH_LEN] {
        &self.0
    }

    /// 64 lowercase hex characters.
    pub fn to_hex(&self) -> String {
        hex::encode(self.0)
    }

    /// Parses 64 hex characters (either case); the error carries the input.
    pub fn from_hex(text: &str) -> Result<Self, MerkleError> {
        let invalid = |reason| MerkleError::InvalidHash {
            input: text.to_owned(),
            reason,
        };
        if text.len() != 2 * HASH_LEN {
            return Err(invalid("expected 64 hex characters"));
        }
        let mut bytes = [0u8; HASH_LEN];
        hex::decode_to_slice(text, &mut bytes)
            .map_err(|_| invalid("contains a character that is not hex"))?;
        Ok(Self(bytes))
    }
}

impl fmt::Display for MerkleHash {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_hex())
    }
}

impl fmt::Debug for MerkleHash {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "MerkleHash({})", self.to_hex())
    }
}

impl FromStr for MerkleHash {
    type Err = MerkleError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Self::from_hex(text)
    }
}

impl serde::Serialize for MerkleHash {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.to_hex())
    }
}

impl<'de> serde::Deserialize<'de> for MerkleHash {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        Self::from_hex(&text).map_err(serde::de::Error::custom)
    }
}

/// What can go wrong building or checking a tree or a proof.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MerkleError {
    /// An inclusion proof was asked for, or claims, a leaf the tree does not have.
    #[error("leaf index {index} is out of range for a tree of size {size}")]
    IndexOutOfRange {
        /// The 0-based leaf index asked about.
        index: u64,
        /// The tree size it was asked about in.
        size: u64,
    },
    /// A consistency proof between sizes that go backwards.
    #[error("old tree size {old_size} is larger than new tree size {new_size}")]
    SizesOutOfOrder {
        /// The size said to be earlier.
        old_size: u64,
        /// The size said to be later.
        new_size: u64,
    },
    /// The proof does not have the number of hashes its index and sizes call for.
    #[error("proof has {actual} hashes where {expected} are needed")]
    BadProofLength {
        /// Hashes the index and sizes call for.
        expected: usize,
        /// Hashes the proof has.
        actual: usize,
    },
    /// An inclusion proof leads to a root other than the one it was checked against.
    #[error("inclusion proof leads to root {computed}, not the expected {expected}")]
    InclusionRootMismatch {
        /// The trusted root.
        expected: MerkleHash,
        /// The root the leaf and proof hash up to.
        computed: MerkleHash,
    },
    /// A consistency proof does not lead to the old tree's root.
    #[error("consistency proof leads to old root {computed}, not the expected {expected}")]
    OldRootMismatch {
        /// The trusted old root.
        expected: MerkleHash,
        /// The old root the proof hashes up to.
        computed: MerkleHash,
    },
    /// A consistency proof does not lead to the new tree's root.
    #[error("consistency proof leads to new root {computed}, not the expected {expected}")]
    NewRootMismatch {
        /// The trusted new root.
        expected: MerkleHash,
        /// The new root the proof hashes up to.
        computed: MerkleHash,
    },
    /// Text that should be a hash is not.
    #[error("`{input}` is not a SHA-256 hash: {reason}")]
    InvalidHash {
        /// The text given.
        input: String,
        /// What is wrong with it.
        reason: &'static str,
    },
    /// A streamed computation was fed a different number of leaves than its tree size.
    #[error("expected {expected} leaves, got {actual}")]
    LeafCountMismatch {
        /// The tree size the computation was set up for.
        expected: u64,
        /// Leaves fed so far.
        actual: u64,
    },
    /// A saved compact range does not fit its tree size.
    #[error("a tree of size {size} has a frontier of {expected} hashes, not {actual}")]
    BadFrontier {
        /// The tree size given.
        size: u64,
        /// Hashes a frontier of that size has (its number of set bits).
        expected: usize,
        /// Hashes given.
        actual: usize,
    },
    /// A perfect subtree was appended where the tree's size is not a multiple of its width.
    #[error("a subtree of {width} leaves cannot be appended to a tree of size {size}")]
    MisalignedSubtree {
        /// The tree size.
        size: u64,
        /// Leaves in the subtree.
        width: u64,
    },
}

/// The root of the empty tree, `SHA-256("")`.
pub fn empty_root() -> MerkleHash {
    MerkleHash(Sha256::digest([]).into())
}

/// The leaf hash of one entry: `SHA-256(0x00 || data)`.
pub fn leaf_hash(data: &[u8]) -> MerkleHash {
    let mut hasher = Sha256::new();
    hasher.update([LEAF_PREFIX]);
    hasher.update(data);
    MerkleHash(hasher.finalize().into())
}

/// The interior node over two subtrees: `SHA-256(0x01 || left || right)`.
pub fn node_hash(left: &MerkleHash, right: &MerkleHash) -> MerkleHash {
    let mut block = [0u8; 1 + 2 * HASH_LEN];
    block[0] = NODE_PREFIX;
    block[1..1 + HASH_LEN].copy_from_slice(&left.0);
    block[1 + HASH_LEN..].copy_from_slice(&right.0);
    MerkleHash(Sha256::digest(block).into())
}

/// The Merkle tree hash (root) over leaf hashes in order, in O(n) time and O(log n) memory.
pub fn root(leaves: &[MerkleHash]) -> MerkleHash {
    leaves.iter().copied().collect::<TreeBuilder>().root()
}

/// An append-only tree kept as its compact range: the roots of the perfect subtrees that the
/// binary decomposition of the size splits the leaves into, largest (leftmost) first.
///
/// This is exactly how RFC 6962 shapes a tree (split at the largest power of two, recurse on
/// the rest), so folding the frontier from the right gives the root. Each push costs amortized
/// one node hash; memory is at most 64 hashes whatever the size.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TreeBuilder {
    size: u64,
    frontier: Vec<MerkleHash>,
}

impl TreeBuilder {
    /// An empty tree.
    pub fn new() -> Self {
        Self::default()
    }

    /// Resumes a tree from a saved [`frontier`](Self::frontier); it must hold one hash per
    /// set bit of `size`.
    pub fn from_frontier(size: u64, frontier: Vec<MerkleHash>) -> Result<Self, MerkleError> {
        let expected = size.count_ones() as usize;
        if frontier.len() != expected {
            return Err(MerkleError::BadFrontier {
                size,
                expected,
                actual: frontier.len(),
            });
        }
        Ok(Self { size, frontier })
    }

    /// Appends a leaf hash (see [`leaf_hash`]).
    pub fn push(&mut self, leaf: MerkleHash) {
        self.join(leaf, 0);
    }

    /// Appends the root of a perfect subtree of `2^height` leaves, the same as pushing those
    /// leaves one by one. The tree's size must be a multiple of `2^height`, which is where
    /// RFC 6962 puts such a subtree (how a walk split into aligned chunks joins its parts).
    pub fn push_subtree(&mut self, root: MerkleHash, height: u32) -> Result<(), MerkleError> {
        let width = 1u64.checked_shl(height).unwrap_or(0);
        if width == 0 || self.size % width != 0 {
            return Err(MerkleError::MisalignedSubtree {
                size: self.size,
                width,
            });
        }
        self.join(root, height);
        Ok(())
    }

    /// Appends a perfect subtree of `2^height` leaves where the size is a multiple of its
    /// width. Each trailing 1 bit of the size above `height` is a perfect subtree as tall as
    /// the one being carried, so the two merge, like a carry in binary addition.
    fn join(&mut self, root: MerkleHash, height: u32) {
        let mut hash = root;
        let mut carries = (self.size >> height).trailing_ones();
        while carries > 0 {
            let left = self
                .frontier
                .pop()
                .expect("frontier holds one hash per set bit of the size");
            hash = node_hash(&left, &hash);
            carries -= 1;
        }
        self.frontier.push(hash);
        self.size += 1 << height;
    }

    /// Appends an entry's data, hashing it as a leaf first.
    pub fn push_data(&mut self, data: &[u8]) {
        self.push(leaf_hash(data));
    }

    /// The number of leaves so far.
    pub fn size(&self) -> u64 {
        self.size
    }

    /// The compact range: perfect-subtree roots, left to right, one per set bit of the size.
    /// Store it with the size to resume with [`from_frontier`](Self::from_frontier).
    pub fn frontier(&self) -> &[MerkleHash] {
        &self.frontier
    }

    /// The root of the leaves pushed so far; the builder stays usable.
    pub fn root(&self) -> MerkleHash {
        let mut subtrees = self.frontier.iter().rev();
        match subtrees.next() {
            None => empty_root(),
            Some(&last) => subtrees.fold(last, |right, left| node_hash(left, &right)),
        }
    }
}

impl Extend<MerkleHash> for TreeBuilder {
    fn extend<I: IntoIterator<Item = MerkleHash>>(&mut self, leaves: I) {
        for leaf in leaves {
            self.push(leaf);
        }
    }
}

impl FromIterator<MerkleHash> for TreeBuilder {
    fn from_iter<I: IntoIterator<Item = MerkleHash>>(leaves: I) -> Self {
        let mut builder = Self::new();
        builder.extend(leaves);
        builder
    }
}

/// The largest power of two strictly smaller than `n`; `n` must be at least 2.
fn split_point(n: u64) -> u64 {
    debug_assert!(n >= 2);
    1 << (n - 1).ilog2()
}

/// Leaf ranges whose subtree roots make up the audit path of `index` in a tree of `size`,
/// in proof order (nearest the leaf first). RFC 6962 §2.1.1 PATH, unrolled.
fn inclusion_ranges(index: u64, size: u64) -> Result<Vec<Range<u64>>, MerkleError> {
    if index >= size {
        return Err(MerkleError::IndexOutOfRange { index, size });
    }
    let mut ranges = Vec::new();
    let (mut lo, mut hi) = (0, size);
    while hi - lo > 1 {
        let mid = lo + split_point(hi - lo);
        if index < mid {
            ranges.push(mid..hi);
            hi = mid;
        } else {
            ranges.push(lo..mid);
            lo = mid;
        }
    }
    ranges.reverse();
    Ok(ranges)
}

/// Leaf ranges whose subtree roots make up the consistency proof from `old_size` to
/// `new_size`, in proof order. RFC 6962 §2.1.2 PROOF/SUBPROOF, unrolled; empty when
/// `old_size` is 0 or equals `new_size`.
fn consistency_ranges(old_size: u64, new_size: u64) -> Result<Vec<Range<u64>>, MerkleError> {
    if old_size > new_size {
        return Err(MerkleError::SizesOutOfOrder { old_size, new_size });
    }
    let mut ranges = Vec::new();
    if old_size == 0 || old_size == new_size {
        return Ok(ranges);
    }
    let (mut lo, mut hi) = (0, new_size);
    // `old` counts the old tree's leaves that fall inside lo..hi; `whole_old_tree` is SUBPROOF's
    // flag b: true while lo..hi still starts at leaf 0, so the old root is known to the verifier.
    let mut old = old_size;
    let mut whole_old_tree = true;
    loop {
        if old == hi - lo {
            if !whole_old_tree {
                ranges.push(lo..hi);
            }
            break;
        }
        let k = split_point(hi - lo);
        if old <= k {
            ranges.push(lo + k..hi);
            hi = lo + k;
        } else {
            ranges.push(lo..lo + k);
            lo += k;
            old -= k;
            whole_old_tree = false;
        }
    }
    ranges.reverse();
    Ok(ranges)
}

/// The number of hashes in the audit path of `index` in a tree of `size` (needs index < size).
fn inclusion_proof_len(index: u64, size: u64) -> usize {
    // Below the level where the paths to `index` and to the last leaf part, every level adds
    // one sibling ("inner"); above it, the path runs along the right border and gets a
    // sibling only where `index` goes right.
    let inner = 64 - (index ^ (size - 1)).leading_zeros();
    let border = (index >> inner).count_ones();
    (inner + border) as usize
}

/// The number of hashes in a consistency proof for 0 < old_size < new_size.
fn consistency_proof_len(old_size: u64, new_size: u64) -> usize {
    // The proof is the inclusion path of the old tree's last perfect subtree (of height
    // `shift`) in the new tree, plus that subtree's root unless it is the whole old tree.
    let shift = old_size.trailing_zeros();
    let index = old_size - 1;
    let inner = 64 - (index ^ (new_size - 1)).leading_zeros();
    let border = (index >> inner).count_ones();
    let seed = usize::from(!old_size.is_power_of_two());
    (inner - shift + border) as usize + seed
}

fn subtree_roots(leaves: &[MerkleHash], ranges: Vec<Range<u64>>) -> Vec<MerkleHash> {
    ranges
        .into_iter()
        // Ranges come from sizes no larger than `leaves.len()`, so they fit in usize.
        .map(|range| root(&leaves[range.start as usize..range.end as usize]))
        .collect()
}

/// The inclusion proof (audit path) of leaf `index` in the tree made of all of `leaves`.
pub fn inclusion_proof(leaves: &[MerkleHash], index: u64) -> Result<Vec<MerkleHash>, MerkleError> {
    let ranges = inclusion_ranges(index, leaves.len() as u64)?;
    Ok(subtree_roots(leaves, ranges))
}

/// The consistency proof that the first `old_size` of `leaves` are a prefix of all of them.
pub fn consistency_proof(
    leaves: &[MerkleHash],
    old_size: u64,
) -> Result<Vec<MerkleHash>, MerkleError> {
    let ranges = consistency_ranges(old_size, leaves.len() as u64)?;
    Ok(subtree_roots(leaves, ranges))
}

/// Root of a tree computed from a leaf hash and its audit path, per RFC 9162 §2.1.3.2.
///
/// Returns the root the proof leads to; [`verify_inclusion`] compares it with a trusted one.
pub fn root_from_inclusion_proof(
    leaf: &MerkleHash,
    index: u64,
    size: u64,
    proof: &[MerkleHash],
) -> Result<MerkleHash, MerkleError> {
    if index >= size {
        return Err(MerkleError::IndexOutOfRange { index, size });
    }
    let expected = inclusion_proof_len(index, size);
    if proof.len() != expected {
        return Err(MerkleError::BadProofLength {
            expected,
            actual: proof.len(),
        });
    }
    let (mut f_n, mut s_n) = (index, size - 1);
    let mut r = *leaf;
    for p in proof {
        if s_n == 0 {
            // Unreachable after the length check; kept because it is the RFC's guard.
            return Err(MerkleError::BadProofLength {
                expected,
                actual: proof.len(),
            });
        }
        if f_n & 1 == 1 || f_n == s_n {
            r = node_hash(p, &r);
            while f_n & 1 == 0 && f_n != 0 {
                f_n >>= 1;
                s_n >>= 1;
            }
        } else {
            r = node_hash(&r, p);
        }
        f_n >>= 1;
        s_n >>= 1;
    }
    if s_n != 0 {
        return Err(MerkleError::BadProofLength {
            expected,
            actual: proof.len(),
        });
    }
    Ok(r)
}

/// Checks that `leaf` is entry `index` of the tree of `size` leaves whose root is `root`.
pub fn verify_inclusion(
    leaf: &MerkleHash,
    index: u64,
    size: u64,
    proof: &[MerkleHash],
    root: &MerkleHash,
) -> Result<(), MerkleError> {
    let computed = root_from_inclusion_proof(leaf, index, size, proof)?;
    if computed != *root {
        return Err(MerkleError::InclusionRootMismatch {
            expected: *root,
            computed,
        });
    }
    Ok(())
}

/// Checks that the tree of `old_size` leaves with root `old_root` is a prefix of the tree of
/// `new_size` leaves with root `new_root`, per RFC 9162 §2.1.4.2.
///
/// Sizes the RFC leaves out: equal sizes need an empty proof and equal roots; old size 0
/// needs an empty proof and `old_root` equal to the empty root (stricter than some
/// implementations, which accept any old root there: an empty tree has only one root).
pub fn verify_consistency(
    old_size: u64,
    new_size: u64,
    old_root: &MerkleHash,
    new_root: &MerkleHash,
    proof: &[MerkleHash],
) -> Result<(), MerkleError> {
    if old_size > new_size {
        return Err(MerkleError::SizesOutOfOrder { old_size, new_size });
    }
    if old_size == 0 || old_size == new_size {
        if !proof.is_empty() {
            return Err(MerkleError::BadProofLength {
                expected: 0,
                actual: proof.len(),
            });
        }
        if old_size == 0 {
            let empty = empty_root();
            if *old_root != empty {
                return Err(MerkleError::OldRootMismatch {
                    expected: *old_root,
                    computed: empty,
                });
            }
        } else if old_root != new_root {
            return Err(MerkleError::NewRootMismatch {
                expected: *new_root,
                computed: *old_root,
            });
        }
        return Ok(());
    }

    let expected = consistency_proof_len(old_size, new_size);
    if proof.len() != expected {
        return Err(MerkleError::BadProofLength {
            expected,
            actual: proof.len(),
        });
    }
    let bad_length = MerkleError::BadProofLength {
        expected,
        actual: proof.len(),
    };

    // Step 2: when the old tree is one perfect subtree, its root starts the path.
    let (seed, rest) = if old_size.is_power_of_two() {
        (*old_root, proof)
    } else {
        (proof[0], &proof[1..])
    };
    // Steps 3 and 4.
    let (mut f_n, mut s_n) = (old_size - 1, new_size - 1);
    while f_n & 1 == 1 {
        f_n >>= 1;
        s_n >>= 1;
    }
    // Steps 5 and 6.
    let (mut f_r, mut s_r) = (seed, seed);
    for c in rest {
        if s_n == 0 {
            return Err(bad_length);
        }
        if f_n & 1 == 1 || f_n == s_n {
            f_r = node_hash(c, &f_r);
            s_r = node_hash(c, &s_r);
            while f_n & 1 == 0 && f_n != 0 {
                f_n >>= 1;
                s_n >>= 1;
            }
        } else {
            s_r = node_hash(&s_r, c);
        }
        f_n >>= 1;
        s_n >>= 1;
    }
    // Step 7.
    if s_n != 0 {
        return Err(bad_length);
    }
    if f_r != *old_root {
        return Err(MerkleError::OldRootMismatch {
            expected: *old_root,
            computed: f_r,
        });
    }
    if s_r != *new_root {
        return Err(MerkleError::NewRootMismatch {
            expected: *new_root,
            computed: s_r,
        });
    }
    Ok(())
}

/// An inclusion or consistency proof computed while the leaves stream past, so a caller
/// reading a million events from storage holds O(log n) hashes instead of all of them.
///
/// Set it up with the sizes, [`push`](Self::push) every leaf hash of the (new) tree in order,
/// then [`finish`](Self::finish). Gives the same hashes as [`inclusion_proof`] and
/// [`consistency_proof`].
#[derive(Clone, Debug)]
pub struct StreamingProof {
    size: u64,
    pushed: u64,
    /// The proof's leaf ranges, sorted by start, each with its place in the proof. The
    /// ranges of an RFC 6962 proof never overlap, so one builder at a time suffices.
    ranges: Vec<(Range<u64>, usize)>,
    next_range: usize,
    current: TreeBuilder,
    hashes: Vec<Option<MerkleHash>>,
}

impl StreamingProof {
    /// Sets up the audit path of leaf `index` in a tree of `size` leaves.
    pub fn inclusion(index: u64, size: u64) -> Result<Self, MerkleError> {
        Ok(Self::from_ranges(size, inclusion_ranges(index, size)?))
    }

    /// Sets up the consistency proof from `old_size` to `new_size`; push `new_size` leaves.
    pub fn consistency(old_size: u64, new_size: u64) -> Result<Self, MerkleError> {
        Ok(Self::from_ranges(
            new_size,
            consistency_ranges(old_size, new_size)?,
        ))
    }

    fn from_ranges(size: u64, ranges: Vec<Range<u64>>) -> Self {
        let hashes = vec![None; ranges.len()];
        let mut ranges: Vec<_> = ranges.into_iter().zip(0..).collect();
        ranges.sort_by_key(|(range, _)| range.start);
        Self {
            size,
            pushed: 0,
            ranges,
            next_range: 0,
            current: TreeBuilder::new(),
            hashes,
        }
    }

    /// Feeds the next leaf hash; fails once more leaves than the tree size arrive.
    pub fn push(&mut self, leaf: MerkleHash) -> Result<(), MerkleError> {
        let position = self.pushed;
        if position >= self.size {
            return Err(MerkleError::LeafCountMismatch {
                expected: self.size,
                actual: position + 1,
            });
        }
        self.pushed += 1;
        if let Some((range, slot)) = self.ranges.get(self.next_range) {
            if range.contains(&position) {
                self.current.push(leaf);
                if position + 1 == range.end {
                    self.hashes[*slot] = Some(self.current.root());
                    self.current = TreeBuilder::new();
                    self.next_range += 1;
                }
            }
        }
        Ok(())
    }

    /// The proof, once exactly the tree size in leaves has been pushed.
    pub fn finish(self) -> Result<Vec<MerkleHash>, MerkleError> {
        if self.pushed != self.size {
            return Err(MerkleError::LeafCountMismatch {
                expected: self.size,
                actual: self.pushed,
            });
        }
        Ok(self
            .hashes
            .into_iter()
            .map(|hash| hash.expect("every range ends inside the tree, so each was filled"))
            .collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const VECTORS: &str = include_str!("../../tests/fixtures/audit/merkle_vectors.json");

    #[derive(serde::Deserialize)]
    struct Vectors {
        empty_root: MerkleHash,
        roots: Vec<RootCase>,
        inclusion: Vec<InclusionCase>,
        consistency: Vec<ConsistencyCase>,
        large: Vec<RootCase>,
        ct_reference: CtReference,
    }

    #[derive(serde::Deserialize)]
    struct RootCase {
        size: u64,
        root: MerkleHash,
    }

    #[derive(serde::Deserialize)]
    struct InclusionCase {
        size: u64,
        index: u64,
        #[serde(default)]
        leaf_hash: Option<MerkleHash>,
        proof: Vec<MerkleHash>,
    }

    #[derive(serde::Deserialize)]
    struct ConsistencyCase {
        old_size: u64,
        new_size: u64,
        proof: Vec<MerkleHash>,
    }

    #[derive(serde::Deserialize)]
    struct CtReference {
        leaves: Vec<String>,
        roots: Vec<RootCase>,
        inclusion: Vec<InclusionCase>,
        consistency: Vec<ConsistencyCase>,
    }

    fn vectors() -> Vectors {
        serde_json::from_str(VECTORS).expect("fixture parses")
    }

    /// Leaf hashes of the fixture's scheme: leaf i has data `i` as 8 big-endian bytes.
    fn scheme_leaves(count: u64) -> Vec<MerkleHash> {
        (0..count).map(|i| leaf_hash(&i.to_be_bytes())).collect()
    }

    fn ct_leaves(v: &Vectors) -> Vec<MerkleHash> {
        v.ct_reference
            .leaves
            .iter()
            .map(|data| leaf_hash(&hex::decode(data).unwrap()))
            .collect()
    }

    fn h(text: &str) -> MerkleHash {
        text.parse().unwrap()
    }

    fn flip_bit(hash: &MerkleHash, byte: usize) -> MerkleHash {
        let mut bytes = *hash.as_bytes();
        bytes[byte] ^= 0x10;
        MerkleHash::from_bytes(bytes)
    }

    #[test]
    fn empty_root_is_sha256_of_nothing() {
        let expected = h("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assert_eq!(empty_root(), expected);
        assert_eq!(root(&[]), expected);
        assert_eq!(TreeBuilder::new().root(), expected);
        assert_eq!(vectors().empty_root, expected);
    }

    #[test]
    fn subtrees_join_like_their_leaves() {
        // A tree built from aligned perfect subtrees (and then single leaves) equals the
        // known-answer root of the same leaves pushed one by one.
        let v = vectors();
        for case in &v.roots {
            let leaves = scheme_leaves(case.size);
            for height in 0..4u32 {
                let width = 1usize << height;
                let mut tree = TreeBuilder::new();
                let mut chunks = leaves.chunks_exact(width);
                for chunk in chunks.by_ref() {
                    tree.push_subtree(root(chunk), height).unwrap();
                }
                tree.extend(chunks.remainder().iter().copied());
                assert_eq!(tree.root(), case.root, "size {} height {height}", case.size);
                assert_eq!(tree.size(), case.size);
            }
        }
        let mut tree: TreeBuilder = scheme_leaves(3).into_iter().collect();
        assert_eq!(
            tree.push_subtree(empty_root(), 1),
            Err(MerkleError::MisalignedSubtree { size: 3, width: 2 })
        );
        assert_eq!(tree.size(), 3, "a refused subtree changes nothing");
    }

    #[test]
    fn ct_reference_roots_match() {
        let v = vectors();
        let leaves = ct_leaves(&v);
        assert_eq!(v.ct_reference.roots.len(), 9);
        for case in &v.ct_reference.roots {
            assert_eq!(
                root(&leaves[..case.size as usize]),
                case.root,
                "size {}",
                case.size
            );
        }
        assert_eq!(
            root(&leaves),
            h("5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328")
        );
    }

    #[test]
    fn ct_reference_proofs_match_and_verify() {
        let v = vectors();
        let leaves = ct_leaves(&v);
        for case in &v.ct_reference.inclusion {
            let tree = &leaves[..case.size as usize];
            let proof = inclusion_proof(tree, case.index).unwrap();
            assert_eq!(
                proof, case.proof,
                "inclusion {} of {}",
                case.index, case.size
            );
            let leaf = &leaves[case.index as usize];
            verify_inclusion(leaf, case.index, case.size, &proof, &root(tree)).unwrap();
        }
        for case in &v.ct_reference.consistency {
            let tree = &leaves[..case.new_size as usize];
            let proof = consistency_proof(tree, case.old_size).unwrap();
            assert_eq!(proof, case.proof, "{} -> {}", case.old_size, case.new_size);
            let old_root = root(&leaves[..case.old_size as usize]);
            verify_consistency(case.old_size, case.new_size, &old_root, &root(tree), &proof)
                .unwrap();
        }
    }

    #[test]
    fn roots_match_python_reference_for_sizes_0_to_100() {
        let v = vectors();
        let leaves = scheme_leaves(100);
        assert_eq!(v.roots.len(), 101);
        let mut builder = TreeBuilder::new();
        for case in &v.roots {
            assert_eq!(builder.size(), case.size);
            assert_eq!(builder.root(), case.root, "builder, size {}", case.size);
            assert_eq!(
                root(&leaves[..case.size as usize]),
                case.root,
                "slice, size {}",
                case.size
            );
            if case.size < 100 {
                builder.push_data(&case.size.to_be_bytes());
            }
        }
    }

    #[test]
    fn inclusion_proofs_match_python_reference_and_verify() {
        let v = vectors();
        let leaves = scheme_leaves(100);
        assert!(v.inclusion.len() >= 100 * 3 - 3);
        for case in &v.inclusion {
            let tree = &leaves[..case.size as usize];
            let leaf = leaves[case.index as usize];
            assert_eq!(Some(leaf), case.leaf_hash);
            let proof = inclusion_proof(tree, case.index).unwrap();
            assert_eq!(proof, case.proof, "index {} of {}", case.index, case.size);

            let mut streaming = StreamingProof::inclusion(case.index, case.size).unwrap();
            for leaf in tree {
                streaming.push(*leaf).unwrap();
            }
            assert_eq!(streaming.finish().unwrap(), case.proof);

            let tree_root = root(tree);
            verify_inclusion(&leaf, case.index, case.size, &proof, &tree_root).unwrap();
        }
    }

    #[test]
    fn consistency_proofs_match_python_reference_and_verify() {
        let v = vectors();
        let leaves = scheme_leaves(100);
        for case in &v.consistency {
            let tree = &leaves[..case.new_size as usize];
            let proof = consistency_proof(tree, case.old_size).unwrap();
            assert_eq!(proof, case.proof, "{} -> {}", case.old_size, case.new_size);

            let mut streaming = StreamingProof::consistency(case.old_size, case.new_size).unwrap();
            for leaf in tree {
                streaming.push(*leaf).unwrap();
            }
            assert_eq!(streaming.finish().unwrap(), case.proof);

            let old_root = root(&leaves[..case.old_size as usize]);
            verify_consistency(case.old_size, case.new_size, &old_root, &root(tree), &proof)
                .unwrap();
        }
    }

    #[test]
    fn every_proof_verifies_and_has_the_predicted_length() {
        let leaves = scheme_leaves(70);
        for size in 1..=70u64 {
            let tree = &leaves[..size as usize];
            let tree_root = root(tree);
            for index in 0..size {
                let proof = inclusion_proof(tree, index).unwrap();
                assert_eq!(proof.len(), inclusion_proof_len(index, size));
                verify_inclusion(&leaves[index as usize], index, size, &proof, &tree_root).unwrap();
            }
            for old_size in 0..=size {
                let proof = consistency_proof(tree, old_size).unwrap();
                if old_size > 0 && old_size < size {
                    assert_eq!(proof.len(), consistency_proof_len(old_size, size));
                }
                let old_root = root(&leaves[..old_size as usize]);
                verify_consistency(old_size, size, &old_root, &tree_root, &proof).unwrap();
            }
        }
    }

    #[test]
    fn tampered_inclusion_proofs_fail() {
        let leaves = scheme_leaves(37);
        let tree_root = root(&leaves);
        let size = leaves.len() as u64;
        for index in [0, 1, 18, 31, 32, 36] {
            let leaf = leaves[index as usize];
            let proof = inclusion_proof(&leaves, index).unwrap();
            let check = |leaf: &MerkleHash, index: u64, size: u64, proof: &[MerkleHash]| {
                verify_inclusion(leaf, index, size, proof, &tree_root)
            };
            assert!(check(&leaf, index, size, &proof).is_ok());
            // Another leaf, another index, another size.
            assert!(check(&leaf_hash(b"forged"), index, size, &proof).is_err());
            assert!(check(&leaf, index ^ 1, size, &proof).is_err());
            assert!(check(&leaf, index + 1, size, &proof).is_err());
            // A neighbouring size can give a proof of the same shape, and then the same root:
            // a proof binds the size only through the root, which is why a checkpoint signs
            // the two together. Sizes of another height change the shape.
            assert!(check(&leaf, index, size * 2, &proof).is_err());
            assert!(check(&leaf, index, size / 2, &proof).is_err());
            // Every bit flip in every proof hash, and in the root.
            for i in 0..proof.len() {
                let mut bad = proof.clone();
                bad[i] = flip_bit(&bad[i], i % HASH_LEN);
                assert!(check(&leaf, index, size, &bad).is_err());
            }
            assert!(matches!(
                verify_inclusion(&leaf, index, size, &proof, &flip_bit(&tree_root, 0)),
                Err(MerkleError::InclusionRootMismatch { .. })
            ));
            // Hashes added or taken away.
            let mut longer = proof.clone();
            longer.push(tree_root);
            assert!(matches!(
                check(&leaf, index, size, &longer),
                Err(MerkleError::BadProofLength { .. })
            ));
            let mut prepended = vec![tree_root];
            prepended.extend_from_slice(&proof);
            assert!(check(&leaf, index, size, &prepended).is_err());
            assert!(check(&leaf, index, size, &proof[..proof.len() - 1]).is_err());
            // Swapped siblings.
            if proof.len() > 1 {
                let mut swapped = proof.clone();
                swapped.swap(0, 1);
                assert!(check(&leaf, index, size, &swapped).is_err());
            }
        }
        assert_eq!(
            verify_inclusion(&leaves[0], size, size, &[], &tree_root),
            Err(MerkleError::IndexOutOfRange { index: size, size })
        );
        assert_eq!(
            inclusion_proof(&[], 0),
            Err(MerkleError::IndexOutOfRange { index: 0, size: 0 })
        );
    }

    #[test]
    fn tampered_consistency_proofs_fail() {
        fn check(
            old_size: u64,
            new_size: u64,
            old_root: &MerkleHash,
            new_root: &MerkleHash,
            proof: &[MerkleHash],
        ) -> Result<(), MerkleError> {
            verify_consistency(old_size, new_size, old_root, new_root, proof)
        }
        let leaves = scheme_leaves(40);
        for (old_size, new_size) in [(1, 2), (3, 7), (4, 8), (6, 8), (7, 40), (32, 33), (33, 40)] {
            let old_root = root(&leaves[..old_size as usize]);
            let new_root = root(&leaves[..new_size as usize]);
            let proof = consistency_proof(&leaves[..new_size as usize], old_size).unwrap();
            assert!(check(old_size, new_size, &old_root, &new_root, &proof).is_ok());
            assert!(check(old_size - 1, new_size, &old_root, &new_root, &proof).is_err());
            assert!(check(old_size + 1, new_size, &old_root, &new_root, &proof).is_err());
            // As with inclusion, the new size is bound through `new_root`, not the shape.
            assert!(check(old_size, new_size * 2, &old_root, &new_root, &proof).is_err());
            assert!(check(old_size, new_size / 2, &old_root, &new_root, &proof).is_err());
            assert!(check(old_size, new_size, &new_root, &old_root, &proof).is_err());
            assert!(
                check(
                    old_size,
                    new_size,
                    &flip_bit(&old_root, 3),
                    &new_root,
                    &proof
                )
                .is_err()
            );
            assert!(
                check(
                    old_size,
                    new_size,
                    &old_root,
                    &flip_bit(&new_root, 3),
                    &proof
                )
                .is_err()
            );
            assert!(check(old_size, new_size, &old_root, &new_root, &[]).is_err());
            for i in 0..proof.len() {
                let mut bad = proof.clone();
                bad[i] = flip_bit(&bad[i], 7);
                assert!(check(old_size, new_size, &old_root, &new_root, &bad).is_err());
            }
            let mut longer = proof.clone();
            longer.push(new_root);
            assert!(check(old_size, new_size, &old_root, &new_root, &longer).is_err());
            assert!(
                check(
                    old_size,
                    new_size,
                    &old_root,
                    &new_root,
                    &proof[..proof.len() - 1]
                )
                .is_err()
            );
            // A rewritten history: the same sizes, a different old leaf.
            let mut rewritten = leaves[..new_size as usize].to_vec();
            rewritten[0] = leaf_hash(b"rewritten");
            let rewritten_root = root(&rewritten);
            assert!(check(old_size, new_size, &old_root, &rewritten_root, &proof).is_err());
            let rewritten_proof = consistency_proof(&rewritten, old_size).unwrap();
            assert!(
                check(
                    old_size,
                    new_size,
                    &old_root,
                    &rewritten_root,
                    &rewritten_proof
                )
                .is_err()
            );
        }
    }

    #[test]
    fn trivial_consistency_cases() {
        let leaves = scheme_leaves(5);
        let r5 = root(&leaves);
        let e = empty_root();
        assert_eq!(verify_consistency(0, 0, &e, &e, &[]), Ok(()));
        assert_eq!(verify_consistency(0, 5, &e, &r5, &[]), Ok(()));
        assert_eq!(verify_consistency(5, 5, &r5, &r5, &[]), Ok(()));
        assert!(matches!(
            verify_consistency(0, 5, &r5, &r5, &[]),
            Err(MerkleError::OldRootMismatch { .. })
        ));
        assert!(matches!(
            verify_consistency(5, 5, &r5, &e, &[]),
            Err(MerkleError::NewRootMismatch { .. })
        ));
        assert!(matches!(
            verify_consistency(5, 5, &r5, &r5, &[e]),
            Err(MerkleError::BadProofLength {
                expected: 0,
                actual: 1
            })
        ));
        assert_eq!(
            verify_consistency(6, 5, &r5, &r5, &[]),
            Err(MerkleError::SizesOutOfOrder {
                old_size: 6,
                new_size: 5
            })
        );
        assert_eq!(
            consistency_proof(&leaves, 6),
            Err(MerkleError::SizesOutOfOrder {
                old_size: 6,
                new_size: 5
            })
        );
    }

    #[test]
    fn builder_resumes_from_its_frontier() {
        let leaves = scheme_leaves(300);
        let mut whole = TreeBuilder::new();
        for (i, leaf) in leaves.iter().enumerate() {
            let saved = TreeBuilder::from_frontier(whole.size(), whole.frontier().to_vec());
            let mut resumed = saved.unwrap();
            assert_eq!(resumed, whole);
            resumed.push(*leaf);
            whole.push(*leaf);
            assert_eq!(resumed.root(), whole.root());
            assert_eq!(whole.frontier().len(), (i as u64 + 1).count_ones() as usize);
        }
        assert_eq!(
            TreeBuilder::from_frontier(3, vec![leaves[0]]),
            Err(MerkleError::BadFrontier {
                size: 3,
                expected: 2,
                actual: 1
            })
        );
    }

    #[test]
    fn streaming_proof_counts_its_leaves() {
        let leaves = scheme_leaves(4);
        let mut proof = StreamingProof::inclusion(1, 3).unwrap();
        for leaf in &leaves[..2] {
            proof.push(*leaf).unwrap();
        }
        assert_eq!(
            proof.clone().finish(),
            Err(MerkleError::LeafCountMismatch {
                expected: 3,
                actual: 2
            })
        );
        proof.push(leaves[2]).unwrap();
        assert_eq!(
            proof.push(leaves[3]),
            Err(MerkleError::LeafCountMismatch {
                expected: 3,
                actual: 4
            })
        );
        assert_eq!(
            proof.finish().unwrap(),
            inclusion_proof(&leaves[..3], 1).unwrap()
        );
        assert!(StreamingProof::inclusion(3, 3).is_err());
        assert!(StreamingProof::consistency(4, 3).is_err());
    }

    #[test]
    fn hashes_parse_and_print_as_hex() {
        let hash = leaf_hash(b"");
        let text = "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d";
        assert_eq!(hash.to_string(), text);
        assert_eq!(text.to_uppercase().parse::<MerkleHash>(), Ok(hash));
        assert_eq!(serde_json::to_string(&hash).unwrap(), format!("\"{text}\""));
        assert!(matches!(
            "abc".parse::<MerkleHash>(),
            Err(MerkleError::InvalidHash { .. })
        ));
        assert!(text.replace('e', "g").parse::<MerkleHash>().is_err());
        assert!(serde_json::from_str::<MerkleHash>("\"00\"").is_err());
    }

    /// Large trees against the fixture: 65,537 leaves always, 1,000,000 in optimized builds,
    /// where it doubles as the speed check (`cargo test --release -- --nocapture` prints the
    /// time). Unoptimized, sha2's generic code runs about twenty times slower.
    #[test]
    fn large_roots_match_python_reference() {
        for case in vectors().large {
            if cfg!(debug_assertions) && case.size > 100_000 {
                continue;
            }
            let leaves = scheme_leaves(case.size);
            let start = std::time::Instant::now();
            let computed = root(&leaves);
            let elapsed = start.elapsed();
            eprintln!("root over {} leaf hashes: {elapsed:?}", leaves.len());
            assert_eq!(computed, case.root, "size {}", case.size);
        }
    }
}
