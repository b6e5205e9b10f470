//! Whole-repository operations: the status summary, `fsck` (re-hash everything, verify every
//! audit chain), rebuilding the index from the record objects, and ingesting the records a
//! pull brings (audit events of other clones' chains included).

use std::fs;
use std::path::PathBuf;

use rusqlite::{OptionalExtension, params};
use serde::Serialize;

use super::Repo;
use crate::audit::{self, AuditEvent, NewEvent, Target, TrailOptions, TrailOutcome};
use crate::error::Error;
use crate::index::IndexError;
use crate::store::{Digest, StoreStats};

/// `mlo status`.
#[derive(Debug, Serialize)]
pub struct StatusOutcome {
    /// Repository root.
    pub root: PathBuf,
    /// Objects in `.mlo/objects`.
    pub objects: StoreStats,
    /// Records known to the index (each is an object in `.mlo/records`).
    pub records: StoreStats,
    /// Finished runs known to the index.
    pub runs: i64,
    /// Registered model versions known to the index.
    pub model_versions: i64,
    /// Audit events in this repository's chain.
    pub audit_events: i64,
    /// Hash of the last audit event.
    pub audit_head: Option<String>,
    /// Audit events of other clones' chains, pulled here.
    pub audit_pulled_events: i64,
    /// Chains with events here (this repository's and the pulled ones).
    pub audit_chains: usize,
    /// This repository's audit chain id.
    pub chain_id: String,
    /// Index schema version.
    pub schema_version: i64,
    /// Stale staging files removed while looking.
    pub cleaned_tmp: usize,
}

/// Summarise the repository.
pub fn status(repo: &Repo) -> Result<StatusOutcome, Error> {
    let cleaned_tmp = repo
        .objects()
        .clean_tmp(std::time::Duration::from_secs(24 * 3600))?;
    let index = repo.open_index()?;
    let conn = index.conn();
    let count_type = |t: &str| -> Result<i64, IndexError> {
        conn.query_row("SELECT count(*) FROM records WHERE type = ?1", [t], |r| {
            r.get(0)
        })
        .map_err(|e| index.err(e))
    };
    let chain_id = repo.chain_id(&index)?;
    let head = audit::head(conn, &chain_id)?;
    let local_events = audit::count(conn, Some(&chain_id))?;
    Ok(StatusOutcome {
        root: repo.root().to_path_buf(),
        objects: repo.objects().stats()?,
        records: {
            let (objects, bytes): (i64, i64) = conn
                .query_row(
                    "SELECT count(*), coalesce(sum(length(body)), 0) FROM records",
                    [],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .map_err(|e| index.err(e))?;
            StoreStats {
                objects: objects as u64,
                bytes: bytes as u64,
            }
        },
        runs: count_type("run")?,
        model_versions: count_type("model_version")?,
        audit_events: local_events,
        audit_head: head.map(|(_, h)| h),
        audit_pulled_events: audit::count(conn, None)? - local_events,
        audit_chains: audit::chain_ids(conn, &chain_id)?.len(),
        chain_id,
        schema_version: index.schema_version()?,
        cleaned_tmp,
    })
}

/// `mlo fsck`.
#[derive(Debug, Serialize)]
pub struct FsckOutcome {
    /// Objects whose content matched.
    pub objects_ok: u64,
    /// Corrupt objects: (name, what the content hashes to).
    pub objects_corrupt: Vec<(Digest, Digest)>,
    /// Records whose content matched.
    pub records_ok: u64,
    /// Corrupt records.
    pub records_corrupt: Vec<(Digest, Digest)>,
    /// Records the index knows but the record store lacks.
    pub records_missing: Vec<String>,
    /// Unexpected files inside the stores.
    pub strays: Vec<PathBuf>,
    /// The audit trail check (every chain).
    pub audit: TrailOutcome,
}

impl FsckOutcome {
    /// True when nothing is wrong.
    pub fn is_clean(&self) -> bool {
        self.objects_corrupt.is_empty()
            && self.records_corrupt.is_empty()
            && self.records_missing.is_empty()
            && self.audit.problem.is_none()
    }
}

/// Re-hash every object and record and verify the audit chain.
pub fn fsck(repo: &Repo, mut progress: impl FnMut(u64)) -> Result<FsckOutcome, Error> {
    let index = repo.open_index()?;
    repo.materialize_records(&index)?;
    let objects = repo.objects().verify(&mut progress)?;
    let records = repo.records().verify(&mut progress)?;
    let conn = index.conn();
    let mut stmt = conn
        .prepare("SELECT digest FROM records WHERE materialized = 1")
        .map_err(|e| index.err(e))?;
    let mut records_missing = Vec::new();
    let digests: Vec<String> = stmt
        .query_map([], |r| r.get(0))
        .map_err(|e| index.err(e))?
        .collect::<Result<_, _>>()
        .map_err(|e| index.err(e))?;
    for d in digests {
        match d.parse::<Digest>() {
            Ok(digest) if repo.records().has(&digest) => {}
            _ => records_missing.push(d),
        }
    }
    let mut strays = objects.strays;
    strays.extend(records.strays);
    Ok(FsckOutcome {
        objects_ok: objects.ok,
        objects_corrupt: objects.corrupt,
        records_ok: records.ok,
        records_corrupt: records.corrupt,
        records_missing,
        strays,
        audit: audit::verify_trail(conn, &repo.chain_id(&index)?, TrailOptions::default())?,
    })
}

/// `mlo index rebuild`.
#[derive(Debug, Serialize)]
pub struct RebuildOutcome {
    /// Record objects read.
    pub records: usize,
    /// Audit events restored, of every chain (this repository's and the pulled ones).
    pub audit_events: usize,
    /// Record objects that could not be read (corrupt or not JSON), left out.
    pub skipped: Vec<String>,
    /// Where an unreadable old index was moved, if it was.
    pub moved_aside: Option<PathBuf>,
}

/// Re-create the index from the record objects, in one transaction.
pub fn rebuild_index(repo: &Repo) -> Result<RebuildOutcome, Error> {
    let path = repo.index_path();
    let mut moved_aside = None;
    let mut index = match repo.open_index() {
        Ok(i) => match i
            .conn()
            .query_row("PRAGMA quick_check", [], |r| r.get::<_, String>(0))
        {
            Ok(ok) if ok == "ok" => i,
            _ => {
                drop(i);
                moved_aside = Some(move_aside(&path)?);
                repo.open_index()?
            }
        },
        Err(IndexError::TooNew { .. }) => return Err(repo.open_index().unwrap_err().into()),
        Err(_) => {
            moved_aside = Some(move_aside(&path)?);
            repo.open_index()?
        }
    };
    let chain = read_chain_id(repo)?;
    let mut skipped = Vec::new();
    let mut rows = Vec::new();
    let mut events: Vec<(String, AuditEvent)> = Vec::new();
    for (digest, _) in repo.records().list()? {
        let parsed = repo
            .records()
            .get_bytes(&digest)
            .map_err(|e| e.to_string())
            .and_then(|b| {
                serde_json::from_slice::<serde_json::Value>(&b)
                    .map(|v| (b, v))
                    .map_err(|e| e.to_string())
            });
        let (bytes, value) = match parsed {
            Ok(p) => p,
            Err(why) => {
                skipped.push(format!("{digest}: {why}"));
                continue;
            }
        };
        let (record_type, created) = record_type_and_time(&value);
        if record_type == "audit_event" {
            // Every chain: this repository's own and those pulled from other clones.
            match pulled_event(&value) {
                Ok(e) => events.push((digest.to_hex(), e)),
                Err(why) => {
                    skipped.push(format!("{digest}: not an audit event: {why}"));
                    continue;
                }
            }
        }
        rows.push((
            digest.to_hex(),
            record_type,
            created,
            String::from_utf8_lossy(&bytes).into_owned(),
        ));
    }
    let record_count = rows.len();
    let (track_warnings, event_count) = index.write(|tx| {
        let wrap = |e| Error::from(IndexError::at(&path)(e));
        tx.execute("DELETE FROM audit_events", []).map_err(wrap)?;
        tx.execute("DELETE FROM audit_conflicts", []).map_err(wrap)?;
        tx.execute("DELETE FROM records", []).map_err(wrap)?;
        tx.execute("DELETE FROM dataset_versions", []).map_err(wrap)?;
        tx.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('chain_id', ?1)", params![chain])
            .map_err(wrap)?;
        {
            let mut insert = tx
                .prepare("INSERT OR IGNORE INTO records (digest, type, created_at, body, materialized) VALUES (?1, ?2, ?3, ?4, 1)")
                .map_err(wrap)?;
            for (d, t, c, b) in &rows {
                insert.execute(params![d, t, c, b]).map_err(wrap)?;
            }
        }
        tx.execute_batch(
            "DELETE FROM model_versions; DELETE FROM model_stage_events; DELETE FROM model_aliases; \
             DELETE FROM model_approvals; DELETE FROM model_requests;",
        )
        .map_err(wrap)?;
        // Derived views are folds over records in a deterministic order: type, then
        // (timestamp, digest).
        let mut ordered: Vec<&(String, String, String, String)> = rows.iter().collect();
        ordered.sort_by(|a, b| (type_rank(&a.1), &a.2, &a.0).cmp(&(type_rank(&b.1), &b.2, &b.0)));
        for (d, t, _, b) in ordered {
            ingest_record(tx, d, t, b).map_err(wrap)?;
        }
        let restored = audit::restore_chains(tx, events, (&chain, &repo.settings().host))
            .map_err(wrap)?;
        // Ended runs live in `run` records (and deletions in `run_state` records): restore
        // the tracking tables from them.
        let tracked: Vec<(String, serde_json::Value)> = rows
            .iter()
            .filter(|(_, t, _, _)| t == "run" || t == "run_state")
            .filter_map(|(d, _, _, b)| serde_json::from_str(b).ok().map(|v| (d.clone(), v)))
            .collect();
        let warnings = crate::track::record::reingest(tx, repo.objects(), &tracked)?;
        Ok::<_, Error>((warnings, restored))
    })?;
    skipped.extend(track_warnings);
    let outcome = RebuildOutcome {
        records: record_count,
        audit_events: event_count,
        skipped,
        moved_aside,
    };
    let details = serde_json::json!({
        "records": outcome.records,
        "audit_events": outcome.audit_events,
        "skipped": outcome.skipped.len(),
        "moved_aside": outcome.moved_aside.as_ref().map(|p| p.display().to_string()),
    });
    repo.change(&mut index, |_| {
        Ok((
            (),
            NewEvent::success("index.rebuild", Target::new("index", "index.db"), details),
        ))
    })?;
    Ok(outcome)
}

/// The chain id of this repository, from `.mlo/chain_id` (written by `mlo init`).
pub fn read_chain_id(repo: &Repo) -> Result<String, Error> {
    let path = repo.mlo_dir().join("chain_id");
    fs::read_to_string(&path)
        .map(|s| s.trim().to_string())
        .map_err(|source| Error::Io {
            action: "read",
            path,
            source,
        })
}

fn move_aside(path: &std::path::Path) -> Result<PathBuf, Error> {
    let stamp = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    let dest = path.with_file_name(format!("index.db.corrupt-{stamp}"));
    fs::rename(path, &dest).map_err(|source| Error::Io {
        action: "move aside",
        path: path.to_path_buf(),
        source,
    })?;
    for suffix in ["-wal", "-shm"] {
        let side = PathBuf::from(format!("{}{suffix}", path.display()));
        let _ = fs::remove_file(side);
    }
    Ok(dest)
}

fn type_rank(t: &str) -> u8 {
    match t {
        "model_version" => 0,
        "model_stage" => 1,
        _ => 2,
    }
}

/// Derive index rows from one record, by type (unknown types are only kept in `records`).
/// Used by `mlo index rebuild` and when records arrive from elsewhere.
pub fn ingest_record(
    tx: &rusqlite::Transaction<'_>,
    digest: &str,
    record_type: &str,
    body: &str,
) -> Result<(), rusqlite::Error> {
    use crate::registry::{VersionRecord, lifecycle};
    match record_type {
        "dataset_version" => ingest_dataset_version(tx, digest, body),
        "model_version" => match serde_json::from_str::<VersionRecord>(body) {
            Ok(r) => crate::registry::ingest_version(tx, digest, &r),
            Err(_) => Ok(()),
        },
        "model_stage" => match serde_json::from_str::<lifecycle::StageRecord>(body) {
            Ok(r) => lifecycle::ingest_stage(tx, digest, &r),
            Err(_) => Ok(()),
        },
        "model_alias" | "model_approval" | "model_request" => {
            let Ok(v) = serde_json::from_str::<serde_json::Value>(body) else {
                return Ok(());
            };
            match record_type {
                "model_alias" => lifecycle::ingest_alias(tx, digest, &v),
                "model_approval" => lifecycle::ingest_approval(tx, digest, &v),
                _ => {
                    tx.execute(
                        "INSERT OR IGNORE INTO model_requests (name, version, stage, ts, actor) VALUES (?1, ?2, ?3, ?4, ?5)",
                        params![v["name"].as_str(), v["number"].as_i64(), v["stage"].as_str(), v["created_at"].as_str(), v["actor"].as_str()],
                    )?;
                    Ok(())
                }
            }
        }
        _ => Ok(()),
    }
}

/// Derive a `dataset_versions` row from a `dataset_version` record (skipping malformed ones).
pub fn ingest_dataset_version(
    tx: &rusqlite::Transaction<'_>,
    digest: &str,
    body: &str,
) -> Result<(), rusqlite::Error> {
    let Ok(v) = serde_json::from_str::<serde_json::Value>(body) else {
        return Ok(());
    };
    let (Some(path), Some(kind), Some(d), Some(size)) = (
        v["path"].as_str(),
        v["kind"].as_str(),
        v["blake3"].as_str(),
        v["size"].as_i64(),
    ) else {
        return Ok(());
    };
    tx.execute(
        "INSERT OR IGNORE INTO dataset_versions (record_digest, path, kind, digest, size, files, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![digest, path, kind, d, size, v["files"].as_i64(), v["created_at"].as_str().unwrap_or("")],
    )?;
    Ok(())
}

/// A record's `type` and its time (`timestamp`, else `created_at`), as the index stores them.
pub fn record_type_and_time(value: &serde_json::Value) -> (String, String) {
    let record_type = value
        .get("type")
        .and_then(|t| t.as_str())
        .unwrap_or("")
        .to_string();
    let created = value
        .get("timestamp")
        .or_else(|| value.get("created_at"))
        .and_then(|t| t.as_str())
        .unwrap_or("")
        .to_string();
    (record_type, created)
}

/// Fill the derived tables from one record that arrived from elsewhere: dataset versions and
/// the registry (see [`ingest_record`]); other types are kept generically in `records`.
pub fn derive_from_record(
    tx: &rusqlite::Transaction<'_>,
    digest: &str,
    record_type: &str,
    body: &str,
) -> Result<(), rusqlite::Error> {
    ingest_record(tx, digest, record_type, body)
}

/// An audit event record as stored: the event exactly as it was hashed. Only the schema
/// version this build hashes is accepted (another would not verify here).
fn pulled_event(value: &serde_json::Value) -> Result<AuditEvent, String> {
    let event = AuditEvent::from_record(value).map_err(|e| e.to_string())?;
    if event.version != audit::EVENT_VERSION {
        return Err(format!(
            "event schema version {} (this build reads {})",
            event.version,
            audit::EVENT_VERSION
        ));
    }
    Ok(event)
}

/// Ingest record objects that arrived from elsewhere (`mlo fetch`/`pull`): each is added to
/// `records` (already materialized) and to the tables derived from it. Audit events of other
/// clones' chains are stored in their own chains exactly as they were hashed
/// ([`audit::store_pulled`]); this repository's own chain is never written by a pull (an event
/// claiming it, or a second event for a place already taken, is kept as a conflict that
/// `mlo audit verify` reports). Returns how many were new; malformed records are skipped.
pub fn ingest_records(
    tx: &rusqlite::Transaction<'_>,
    records: &[(Digest, Vec<u8>)],
) -> Result<usize, rusqlite::Error> {
    let local_chain: String = tx
        .query_row("SELECT value FROM meta WHERE key = 'chain_id'", [], |r| {
            r.get(0)
        })
        .optional()?
        .unwrap_or_default();
    let mut insert = tx.prepare_cached(
        "INSERT OR IGNORE INTO records (digest, type, created_at, body, materialized) VALUES (?1, ?2, ?3, ?4, 1)",
    )?;
    let mut added = 0;
    // Versions before the stage changes that refer to them, then by time: the same fold order
    // as a rebuild.
    let mut ordered: Vec<&(Digest, Vec<u8>)> = records.iter().collect();
    ordered.sort_by_cached_key(|(d, b)| {
        let v: serde_json::Value = serde_json::from_slice(b).unwrap_or_default();
        let (t, created) = record_type_and_time(&v);
        (type_rank(&t), created, *d)
    });
    for (digest, bytes) in ordered {
        let Ok(value) = serde_json::from_slice::<serde_json::Value>(bytes) else {
            continue;
        };
        let (t, created) = record_type_and_time(&value);
        let body = String::from_utf8_lossy(bytes);
        let hex = digest.to_hex();
        if insert.execute(params![hex, t, created, body])? > 0 {
            added += 1;
            derive_from_record(tx, &hex, &t, &body)?;
            if t == "audit_event"
                && let Ok(event) = pulled_event(&value)
            {
                audit::store_pulled(tx, &hex, &event, &local_chain)?;
            }
        }
    }
    Ok(added)
}
