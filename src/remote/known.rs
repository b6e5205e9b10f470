//! What this clone knows each remote holds: the index tables `remotes` and `remote_objects`
//! (migration 5), and the packs it has seen there with a cached copy of their indexes,
//! `remote_packs` and `remote_pack_entries` (migration 6). Rows are added as uploads and
//! downloads complete and as pack indexes are read, and replaced wholesale by a listing
//! (`mlo remote verify`, or the first push after an interrupted one). Knowledge is keyed by
//! the remote's location, not its name.

use std::collections::HashMap;

use rusqlite::{OptionalExtension, params};

use super::Ns;
use super::client::{Packed, Want};
use super::pack::PackIndex;
use crate::index::{Index, IndexError};
use crate::store::Digest;

/// The id of the remote at `identity`, creating its row if needed.
pub fn remote_id(index: &mut Index, identity: &str) -> Result<i64, IndexError> {
    let found: Option<i64> = index
        .conn()
        .query_row("SELECT id FROM remotes WHERE url = ?1", [identity], |r| {
            r.get(0)
        })
        .optional()
        .map_err(|e| index.err(e))?;
    if let Some(id) = found {
        return Ok(id);
    }
    let path = index.path().to_path_buf();
    index.write(|tx| {
        tx.execute(
            "INSERT OR IGNORE INTO remotes (url) VALUES (?1)",
            [identity],
        )
        .and_then(|_| {
            tx.query_row("SELECT id FROM remotes WHERE url = ?1", [identity], |r| {
                r.get(0)
            })
        })
        .map_err(IndexError::at(&path))
    })
}

/// Whether `digest` is known to be on the remote.
pub fn is_known(index: &Index, id: i64, ns: Ns, digest: &Digest) -> Result<bool, IndexError> {
    let mut stmt = index
        .conn()
        .prepare_cached(
            "SELECT 1 FROM remote_objects WHERE remote_id = ?1 AND ns = ?2 AND digest = ?3",
        )
        .map_err(|e| index.err(e))?;
    stmt.exists(params![id, ns.code(), digest.to_hex()])
        .map_err(|e| index.err(e))
}

/// How many objects of `ns` are known on the remote.
pub fn count(index: &Index, id: i64, ns: Ns) -> Result<u64, IndexError> {
    index
        .conn()
        .query_row(
            "SELECT count(*) FROM remote_objects WHERE remote_id = ?1 AND ns = ?2",
            params![id, ns.code()],
            |r| r.get::<_, i64>(0),
        )
        .map(|n| n as u64)
        .map_err(|e| index.err(e))
}

/// Remember that these objects are on the remote (one transaction).
pub fn mark(index: &mut Index, id: i64, items: &[(Ns, Digest)]) -> Result<(), IndexError> {
    if items.is_empty() {
        return Ok(());
    }
    let path = index.path().to_path_buf();
    index.write(|tx| {
        let mut stmt = tx
            .prepare_cached(
                "INSERT OR IGNORE INTO remote_objects (remote_id, ns, digest) VALUES (?1, ?2, ?3)",
            )
            .map_err(IndexError::at(&path))?;
        for (ns, d) in items {
            stmt.execute(params![id, ns.code(), d.to_hex()])
                .map_err(IndexError::at(&path))?;
        }
        Ok(())
    })
}

/// Replace everything known about the remote with a listing; returns (added, dropped).
pub fn replace(
    index: &mut Index,
    id: i64,
    listed: &[(Ns, Digest)],
    verified_at: &str,
) -> Result<(u64, u64), IndexError> {
    let path = index.path().to_path_buf();
    let wrap = IndexError::at(&path);
    index.write(|tx| {
        let before: i64 = tx
            .query_row(
                "SELECT count(*) FROM remote_objects WHERE remote_id = ?1",
                [id],
                |r| r.get(0),
            )
            .map_err(wrap)?;
        tx.execute(
            "CREATE TEMP TABLE IF NOT EXISTS listed (ns INTEGER, digest TEXT, PRIMARY KEY (ns, digest)) WITHOUT ROWID",
            [],
        )
        .map_err(wrap)?;
        tx.execute("DELETE FROM temp.listed", []).map_err(wrap)?;
        {
            let mut ins = tx
                .prepare_cached("INSERT OR IGNORE INTO temp.listed (ns, digest) VALUES (?1, ?2)")
                .map_err(wrap)?;
            for (ns, d) in listed {
                ins.execute(params![ns.code(), d.to_hex()]).map_err(wrap)?;
            }
        }
        let dropped = tx
            .execute(
                "DELETE FROM remote_objects WHERE remote_id = ?1 AND NOT EXISTS \
                 (SELECT 1 FROM temp.listed l WHERE l.ns = remote_objects.ns AND l.digest = remote_objects.digest)",
                [id],
            )
            .map_err(wrap)?;
        tx.execute(
            "INSERT OR IGNORE INTO remote_objects (remote_id, ns, digest) SELECT ?1, ns, digest FROM temp.listed",
            [id],
        )
        .map_err(wrap)?;
        let after: i64 = tx
            .query_row(
                "SELECT count(*) FROM remote_objects WHERE remote_id = ?1",
                [id],
                |r| r.get(0),
            )
            .map_err(wrap)?;
        tx.execute(
            "UPDATE remotes SET verified_at = ?2, push_pending = 0 WHERE id = ?1",
            params![id, verified_at],
        )
        .map_err(wrap)?;
        tx.execute("DELETE FROM temp.listed", []).map_err(wrap)?;
        let added = (after - before + dropped as i64).max(0) as u64;
        Ok((added, dropped as u64))
    })
}

/// Whether a push to this remote started and did not finish.
pub fn push_pending(index: &Index, id: i64) -> Result<bool, IndexError> {
    index
        .conn()
        .query_row(
            "SELECT push_pending FROM remotes WHERE id = ?1",
            [id],
            |r| r.get::<_, i64>(0),
        )
        .map(|v| v != 0)
        .map_err(|e| index.err(e))
}

/// Set or clear the interrupted-push flag.
pub fn set_push_pending(index: &mut Index, id: i64, pending: bool) -> Result<(), IndexError> {
    let path = index.path().to_path_buf();
    index.write(|tx| {
        tx.execute(
            "UPDATE remotes SET push_pending = ?2 WHERE id = ?1",
            params![id, i64::from(pending)],
        )
        .map(|_| ())
        .map_err(IndexError::at(&path))
    })
}

/// Records (digest, body) that the remote is not known to hold.
pub fn unpushed_records(index: &Index, id: i64) -> Result<Vec<(Digest, String)>, IndexError> {
    let mut stmt = index
        .conn()
        .prepare(
            "SELECT digest, body FROM records r WHERE materialized = 1 AND NOT EXISTS \
             (SELECT 1 FROM remote_objects k WHERE k.remote_id = ?1 AND k.ns = 1 AND k.digest = r.digest) \
             ORDER BY digest",
        )
        .map_err(|e| index.err(e))?;
    let rows = stmt
        .query_map([id], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
        })
        .map_err(|e| index.err(e))?;
    let mut out = Vec::new();
    for row in rows {
        let (d, body) = row.map_err(|e| index.err(e))?;
        if let Ok(d) = d.parse() {
            out.push((d, body));
        }
    }
    Ok(out)
}

/// Every record digest in the index.
pub fn local_records(index: &Index) -> Result<std::collections::HashSet<Digest>, IndexError> {
    let mut stmt = index
        .conn()
        .prepare("SELECT digest FROM records")
        .map_err(|e| index.err(e))?;
    let rows = stmt
        .query_map([], |r| r.get::<_, String>(0))
        .map_err(|e| index.err(e))?;
    let mut out = std::collections::HashSet::new();
    for row in rows {
        if let Ok(d) = row.map_err(|e| index.err(e))?.parse() {
            out.insert(d);
        }
    }
    Ok(out)
}

/// Remember packs whose index this clone wrote or read: the pack, its entries, and with
/// `mark` each entry as present on the remote (one transaction).
pub fn add_packs(
    index: &mut Index,
    id: i64,
    packs: &[(Digest, PackIndex)],
    mark: bool,
) -> Result<(), IndexError> {
    if packs.is_empty() {
        return Ok(());
    }
    let path = index.path().to_path_buf();
    index.write(|tx| {
        let wrap = IndexError::at(&path);
        let mut pack_row = tx
            .prepare_cached(
                "INSERT INTO remote_packs (remote_id, pack, size) VALUES (?1, ?2, ?3) \
                 ON CONFLICT (remote_id, pack) DO UPDATE SET size = excluded.size RETURNING id",
            )
            .map_err(&wrap)?;
        let mut entry = tx
            .prepare_cached(
                "INSERT OR IGNORE INTO remote_pack_entries (pack_id, ns, digest, start, length) \
                 VALUES (?1, ?2, ?3, ?4, ?5)",
            )
            .map_err(&wrap)?;
        let mut object = tx
            .prepare_cached(
                "INSERT OR IGNORE INTO remote_objects (remote_id, ns, digest) VALUES (?1, ?2, ?3)",
            )
            .map_err(&wrap)?;
        for (pack, idx) in packs {
            let pack_id: i64 = pack_row
                .query_row(params![id, pack.to_hex(), idx.pack_size as i64], |r| {
                    r.get(0)
                })
                .map_err(&wrap)?;
            for e in &idx.entries {
                let hex = e.digest.to_hex();
                entry
                    .execute(params![
                        pack_id,
                        e.ns.code(),
                        hex,
                        e.offset as i64,
                        e.length as i64
                    ])
                    .map_err(&wrap)?;
                if mark {
                    object
                        .execute(params![id, e.ns.code(), hex])
                        .map_err(&wrap)?;
                }
            }
        }
        Ok(())
    })
}

/// The packs whose index this clone has (pack id -> size of its data).
pub fn indexed_packs(index: &Index, id: i64) -> Result<HashMap<Digest, u64>, IndexError> {
    let mut stmt = index
        .conn()
        .prepare_cached("SELECT pack, size FROM remote_packs WHERE remote_id = ?1")
        .map_err(|e| index.err(e))?;
    let rows = stmt
        .query_map([id], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))
        .map_err(|e| index.err(e))?;
    let mut out = HashMap::new();
    for row in rows {
        let (pack, size) = row.map_err(|e| index.err(e))?;
        if let Ok(d) = pack.parse() {
            out.insert(d, size as u64);
        }
    }
    Ok(out)
}

/// Forget packs that are gone from the remote (their cached index too).
pub fn drop_packs(index: &mut Index, id: i64, gone: &[Digest]) -> Result<(), IndexError> {
    if gone.is_empty() {
        return Ok(());
    }
    let path = index.path().to_path_buf();
    index.write(|tx| {
        let wrap = IndexError::at(&path);
        let mut pack_id = tx
            .prepare_cached("SELECT id FROM remote_packs WHERE remote_id = ?1 AND pack = ?2")
            .map_err(&wrap)?;
        for pack in gone {
            let found: Option<i64> = pack_id
                .query_row(params![id, pack.to_hex()], |r| r.get(0))
                .optional()
                .map_err(&wrap)?;
            if let Some(p) = found {
                tx.execute("DELETE FROM remote_pack_entries WHERE pack_id = ?1", [p])
                    .map_err(&wrap)?;
                tx.execute("DELETE FROM remote_packs WHERE id = ?1", [p])
                    .map_err(&wrap)?;
            }
        }
        Ok(())
    })
}

/// Every entry of the indexed packs: (namespace, digest, length).
pub fn pack_entries(index: &Index, id: i64) -> Result<Vec<(Ns, Digest, u64)>, IndexError> {
    let mut stmt = index
        .conn()
        .prepare(
            "SELECT e.ns, e.digest, e.length FROM remote_pack_entries e \
             JOIN remote_packs p ON p.id = e.pack_id WHERE p.remote_id = ?1",
        )
        .map_err(|e| index.err(e))?;
    let rows = stmt
        .query_map([id], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, i64>(2)?,
            ))
        })
        .map_err(|e| index.err(e))?;
    let mut out = Vec::new();
    for row in rows {
        let (ns, d, len) = row.map_err(|e| index.err(e))?;
        if let (Some(ns), Ok(d)) = (Ns::from_code(ns), d.parse()) {
            out.push((ns, d, len as u64));
        }
    }
    Ok(out)
}

/// The digests of `ns` held in indexed packs.
pub fn packed(index: &Index, id: i64, ns: Ns) -> Result<Vec<Digest>, IndexError> {
    Ok(pack_entries(index, id)?
        .into_iter()
        .filter(|(n, _, _)| *n == ns)
        .map(|(_, d, _)| d)
        .collect())
}

/// Where to read each of `digests`: from a pack that holds it (the one seen first when several
/// do), else from its own key.
pub fn locate(index: &Index, id: i64, ns: Ns, digests: &[Digest]) -> Result<Vec<Want>, IndexError> {
    let mut stmt = index
        .conn()
        .prepare_cached(
            "SELECT p.pack, e.start, e.length FROM remote_pack_entries e \
             JOIN remote_packs p ON p.id = e.pack_id \
             WHERE e.digest = ?1 AND e.ns = ?2 AND p.remote_id = ?3 \
             ORDER BY p.id LIMIT 1",
        )
        .map_err(|e| index.err(e))?;
    let mut out = Vec::with_capacity(digests.len());
    for d in digests {
        let found = stmt
            .query_row(params![d.to_hex(), ns.code(), id], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, i64>(1)?,
                    r.get::<_, i64>(2)?,
                ))
            })
            .optional()
            .map_err(|e| index.err(e))?;
        let packed = found.and_then(|(pack, start, length)| {
            Some(Packed {
                pack: pack.parse().ok()?,
                offset: start as u64,
                length: length as u64,
            })
        });
        out.push(Want { digest: *d, packed });
    }
    Ok(out)
}

/// How many indexed packs this clone knows on the remote.
pub fn count_packs(index: &Index, id: i64) -> Result<u64, IndexError> {
    index
        .conn()
        .query_row(
            "SELECT count(*) FROM remote_packs WHERE remote_id = ?1",
            [id],
            |r| r.get::<_, i64>(0),
        )
        .map(|n| n as u64)
        .map_err(|e| index.err(e))
}
