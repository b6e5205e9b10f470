//! Packs: many small objects and records stored as one remote object, with an index object
//! that says where each one lives. On object stores a push of 20,000 small files is bound by
//! requests, not bytes; a pack turns thousands of PUTs into two, and a fetch reads what it
//! needs with a few ranged GETs.
//!
//! Layout (docs/remotes.md, "Packs"): `packs/<id>.pack` is the members' bytes back to back;
//! `packs/<id>.idx` is the binary index below. `<id>` is the blake3 of the index bytes, and the
//! index names every member by digest, offset and length, so the id fixes the pack's content:
//! two clones that build the same pack write the same two objects, and two different packs
//! can never share a name.
//!
//! Index format, little-endian:
//! ```text
//! magic      8 bytes   "MLOPIDX1"
//! pack_size  u64       bytes of the .pack object
//! pack_hash  32 bytes  blake3 of the .pack object
//! count      u64       entries that follow
//! entry      49 bytes  digest (32) | ns (1: 0 objects, 1 records) | offset u64 | length u64
//! ```
//! Entries are in pack order and back to back: the first starts at 0, each starts where the
//! previous one ends, and the last ends at `pack_size`. [`PackIndex::decode`] rejects anything
//! else.
//!
//! Invariants kept by the callers (`client`, `ops`): the index is uploaded only after its pack,
//! so an index on the remote means its pack is complete; an object counts as present on the
//! remote once its individual key or the index of a pack holding it exists; every member read
//! from a pack is hashed and compared with its digest before it is used.

use std::ops::Range;

use super::Ns;
use super::client::Upload;
use crate::store::Digest;

/// The key prefix of packs and their indexes on the remote.
pub const PREFIX: &str = "packs";
/// The first bytes of every index.
pub const MAGIC: &[u8; 8] = b"MLOPIDX1";
const HEADER: usize = 8 + 8 + 32 + 8;
const ENTRY: usize = 32 + 1 + 8 + 8;
/// A stage of a push with fewer small objects than this sends them one by one: up to about
/// `jobs` requests fly at once, which is one round trip, while a pack costs two (pack, then
/// index). This keeps tiny pushes (one changed file) exactly as fast as without packs.
pub const MIN_OBJECTS: usize = 32;
/// Default: objects smaller than this go into packs (`remote.NAME.pack_threshold_kib`).
pub const DEFAULT_THRESHOLD_KIB: u64 = 1024;
/// Default target size of one pack (`remote.NAME.pack_size_mib`).
pub const DEFAULT_SIZE_MIB: u64 = 16;
/// Fetch reads neighbouring members with one ranged GET when the gap between them is at most
/// this many bytes (reading a little extra is cheaper than another request)...
pub const MAX_GAP: u64 = 1 << 20;
/// ...and at most this many bytes per GET, so large packs are read in parallel.
pub const MAX_SPAN: u64 = 8 << 20;

/// Which of a pack's two objects a key names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// `packs/<id>.pack`: the members' bytes.
    Data,
    /// `packs/<id>.idx`: the index.
    Index,
}

impl Part {
    fn suffix(self) -> &'static str {
        match self {
            Part::Data => "pack",
            Part::Index => "idx",
        }
    }
}

/// The remote key of a pack's data or index.
pub fn key(id: &Digest, part: Part) -> String {
    format!("{PREFIX}/{}.{}", id.to_hex(), part.suffix())
}

/// The pack id and part a remote key names, if it is a well-formed pack key.
pub fn parse_key(key: &str) -> Option<(Digest, Part)> {
    let name = key.strip_prefix(PREFIX)?.strip_prefix('/')?;
    let (hex, suffix) = name.split_once('.')?;
    let part = match suffix {
        "pack" => Part::Data,
        "idx" => Part::Index,
        _ => return None,
    };
    Some((hex.parse().ok()?, part))
}

/// One member of a pack.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PackEntry {
    /// Its namespace.
    pub ns: Ns,
    /// Its digest (the blake3 of its bytes).
    pub digest: Digest,
    /// Where its bytes start in the pack.
    pub offset: u64,
    /// How many bytes it has.
    pub length: u64,
}

/// A pack's index: what it holds and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackIndex {
    /// Bytes of the pack object.
    pub pack_size: u64,
    /// The blake3 of the pack object.
    pub pack_hash: Digest,
    /// The members, in pack order.
    pub entries: Vec<PackEntry>,
}

impl PackIndex {
    /// The index bytes (the format in the module docs).
    pub fn encode(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(HEADER + ENTRY * self.entries.len());
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&self.pack_size.to_le_bytes());
        out.extend_from_slice(self.pack_hash.as_bytes());
        out.extend_from_slice(&(self.entries.len() as u64).to_le_bytes());
        for e in &self.entries {
            out.extend_from_slice(e.digest.as_bytes());
            out.push(e.ns.code() as u8);
            out.extend_from_slice(&e.offset.to_le_bytes());
            out.extend_from_slice(&e.length.to_le_bytes());
        }
        out
    }

    /// Parse and check index bytes; the error says what is wrong.
    pub fn decode(bytes: &[u8]) -> Result<PackIndex, String> {
        if bytes.len() < HEADER || &bytes[..8] != MAGIC {
            return Err("it is not an mlo pack index (bad magic or too short)".into());
        }
        let u64_at = |at: usize| u64::from_le_bytes(bytes[at..at + 8].try_into().expect("8"));
        let pack_size = u64_at(8);
        let pack_hash = Digest::from_bytes(bytes[16..48].try_into().expect("32"));
        let count = u64_at(48);
        let body = bytes.len() - HEADER;
        if body % ENTRY != 0 || (body / ENTRY) as u64 != count {
            return Err(format!(
                "it declares {count} entries but holds {} bytes of entries",
                body
            ));
        }
        let mut entries = Vec::with_capacity(count as usize);
        let mut next = 0u64;
        for i in 0..count as usize {
            let at = HEADER + i * ENTRY;
            let digest = Digest::from_bytes(bytes[at..at + 32].try_into().expect("32"));
            let ns = match bytes[at + 32] {
                0 => Ns::Objects,
                1 => Ns::Records,
                other => return Err(format!("entry {i} has an unknown namespace {other}")),
            };
            let offset = u64_at(at + 33);
            let length = u64_at(at + 41);
            if offset != next {
                return Err(format!(
                    "entry {i} starts at {offset}, not where the previous one ends ({next})"
                ));
            }
            next = offset
                .checked_add(length)
                .ok_or_else(|| format!("entry {i} overflows"))?;
            entries.push(PackEntry {
                ns,
                digest,
                offset,
                length,
            });
        }
        if next != pack_size {
            return Err(format!(
                "its entries cover {next} bytes but the pack has {pack_size}"
            ));
        }
        Ok(PackIndex {
            pack_size,
            pack_hash,
            entries,
        })
    }

    /// The pack's id: the blake3 of its encoded index.
    pub fn id_of(encoded: &[u8]) -> Digest {
        Digest::of_bytes(encoded)
    }
}

/// How a push packs: objects smaller than `threshold` bytes go into packs of about `size`
/// bytes. `threshold` 0 turns packing off.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Packing {
    /// Objects below this many bytes are packed.
    pub threshold: u64,
    /// Target bytes per pack.
    pub size: u64,
}

impl Default for Packing {
    fn default() -> Self {
        Packing {
            threshold: DEFAULT_THRESHOLD_KIB << 10,
            size: DEFAULT_SIZE_MIB << 20,
        }
    }
}

impl Packing {
    /// Split one stage of a push into packs (each a list of members in pack order) and the
    /// objects sent one by one. Members are ordered by (namespace, digest) and cut greedily:
    /// a pack closes as soon as it reaches `size`. The cut points depend only on the members
    /// since the previous cut, so after an interrupted push (whose completed packs are now
    /// known and left out) the re-run builds the unfinished packs again byte for byte, under
    /// the same names: a pack whose data had arrived without its index is overwritten with the
    /// same bytes.
    pub fn split(&self, stage: Vec<Upload>) -> (Vec<Vec<Upload>>, Vec<Upload>) {
        if self.threshold == 0 {
            return (Vec::new(), stage);
        }
        let (mut small, singles): (Vec<Upload>, Vec<Upload>) =
            stage.into_iter().partition(|u| u.size < self.threshold);
        if small.len() < MIN_OBJECTS {
            let mut all = singles;
            all.extend(small);
            return (Vec::new(), all);
        }
        small.sort_by_key(|u| (u.ns.code(), u.digest));
        let mut packs = Vec::new();
        let mut current = Vec::new();
        let mut bytes = 0u64;
        for u in small {
            bytes += u.size;
            current.push(u);
            if bytes >= self.size {
                packs.push(std::mem::take(&mut current));
                bytes = 0;
            }
        }
        if !current.is_empty() {
            packs.push(current);
        }
        (packs, singles)
    }
}

/// Group the members to read from one pack into ranged reads: `wanted` is (offset, length)
/// per member; the result is one byte range per read with the indices of the members it
/// covers. Members closer than `max_gap` share a read, up to `max_span` bytes per read.
pub fn spans(wanted: &[(u64, u64)], max_gap: u64, max_span: u64) -> Vec<(Range<u64>, Vec<usize>)> {
    let mut order: Vec<usize> = (0..wanted.len()).collect();
    order.sort_by_key(|&i| wanted[i].0);
    let mut out: Vec<(Range<u64>, Vec<usize>)> = Vec::new();
    for i in order {
        let (offset, length) = wanted[i];
        let end = offset + length;
        if let Some((range, members)) = out.last_mut()
            && offset <= range.end + max_gap
            && end.max(range.end) - range.start <= max_span
        {
            range.end = range.end.max(end);
            members.push(i);
            continue;
        }
        out.push((offset..end, vec![i]));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    fn index(sizes: &[u64]) -> PackIndex {
        let mut offset = 0;
        let entries = sizes
            .iter()
            .enumerate()
            .map(|(i, &length)| {
                let e = PackEntry {
                    ns: if i % 2 == 0 { Ns::Objects } else { Ns::Records },
                    digest: Digest::of_bytes(format!("{i}").as_bytes()),
                    offset,
                    length,
                };
                offset += length;
                e
            })
            .collect();
        PackIndex {
            pack_size: offset,
            pack_hash: Digest::of_bytes(b"pack"),
            entries,
        }
    }

    #[test]
    fn index_round_trips_and_names_itself() {
        let i = index(&[3, 0, 10, 7]);
        let bytes = i.encode();
        assert_eq!(bytes.len(), HEADER + 4 * ENTRY);
        assert_eq!(PackIndex::decode(&bytes).unwrap(), i);
        let other = index(&[3, 0, 10, 8]).encode();
        assert_ne!(PackIndex::id_of(&bytes), PackIndex::id_of(&other));
        let empty = index(&[]);
        assert_eq!(PackIndex::decode(&empty.encode()).unwrap(), empty);
    }

    #[test]
    fn damaged_indexes_are_refused() {
        let good = index(&[3, 5]).encode();
        let mut bad = good.clone();
        bad[0] = b'X';
        assert!(PackIndex::decode(&bad).unwrap_err().contains("magic"));
        assert!(PackIndex::decode(&good[..good.len() - 1]).is_err());
        // A gap between entries.
        let mut gap = index(&[3, 5]);
        gap.entries[1].offset = 4;
        gap.pack_size = 9;
        assert!(
            PackIndex::decode(&gap.encode())
                .unwrap_err()
                .contains("starts at 4")
        );
        // Entries that do not cover the pack.
        let mut short = index(&[3, 5]);
        short.pack_size = 9;
        assert!(
            PackIndex::decode(&short.encode())
                .unwrap_err()
                .contains("cover 8")
        );
        let mut ns = good.clone();
        ns[HEADER + 32] = 7;
        assert!(PackIndex::decode(&ns).unwrap_err().contains("namespace"));
    }

    #[test]
    fn keys_round_trip() {
        let id = Digest::of_bytes(b"p");
        assert_eq!(parse_key(&key(&id, Part::Data)), Some((id, Part::Data)));
        assert_eq!(parse_key(&key(&id, Part::Index)), Some((id, Part::Index)));
        assert_eq!(parse_key("packs/zz.idx"), None);
        assert_eq!(parse_key(&format!("packs/{}.tmp", id.to_hex())), None);
        assert_eq!(parse_key("objects/ab/cd"), None);
    }

    fn upload(i: u64, size: u64) -> Upload {
        Upload {
            ns: Ns::Objects,
            digest: Digest::of_bytes(&i.to_le_bytes()),
            size,
            path: PathBuf::from(format!("/x/{i}")),
        }
    }

    #[test]
    fn split_packs_small_objects_and_keeps_tiny_stages_single() {
        let p = Packing {
            threshold: 100,
            size: 1000,
        };
        let (packs, singles) = p.split((0..10).map(|i| upload(i, 10)).collect());
        assert!(packs.is_empty());
        assert_eq!(singles.len(), 10);
        let mut stage: Vec<Upload> = (0..100).map(|i| upload(i, 50)).collect();
        stage.push(upload(1000, 5000));
        let (packs, singles) = p.split(stage.clone());
        assert_eq!(singles.len(), 1);
        assert_eq!(singles[0].size, 5000);
        assert_eq!(packs.len(), 5);
        assert!(packs.iter().all(|p| p.len() == 20));
        // Leaving out a completed pack does not move the other packs' cut points.
        let done: std::collections::HashSet<Digest> = packs[1].iter().map(|u| u.digest).collect();
        let rest: Vec<Upload> = stage
            .into_iter()
            .filter(|u| !done.contains(&u.digest))
            .collect();
        let (again, _) = p.split(rest);
        let ids = |ps: &[Vec<Upload>]| -> Vec<Vec<Digest>> {
            ps.iter()
                .map(|p| p.iter().map(|u| u.digest).collect())
                .collect()
        };
        let mut expect = ids(&packs);
        expect.remove(1);
        assert_eq!(ids(&again), expect);
        let off = Packing {
            threshold: 0,
            size: 1000,
        };
        assert_eq!(
            off.split((0..100).map(|i| upload(i, 1)).collect()).1.len(),
            100
        );
    }

    #[test]
    fn spans_coalesce_neighbours_within_limits() {
        let s = spans(&[(100, 10), (0, 10), (10, 10), (5000, 10)], 50, 1000);
        assert_eq!(s.len(), 3);
        assert_eq!(s[0], (0..20, vec![1, 2]));
        assert_eq!(s[1], (100..110, vec![0]));
        assert_eq!(s[2], (5000..5010, vec![3]));
        let s = spans(&[(0, 600), (600, 600)], 50, 1000);
        assert_eq!(s.len(), 2, "{s:?}");
        assert!(spans(&[], 1, 1).is_empty());
    }
}
