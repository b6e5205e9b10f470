//! Run records: the immutable form of a run, written when it ends, and re-ingested by
//! `mlo index rebuild`.
//!
//! A `run` record holds the run's attributes, source facts, typed params (JSON types), tags,
//! per-key metric summaries with the digest of each key's series blob (in `.mlo/objects`, as
//! TSV: `step`, `timestamp_ms`, `value` in arrival order) and its artifacts. A `run_state`
//! record marks a run deleted or restored; rebuild folds them in (timestamp, digest) order.

use rusqlite::{Transaction, params};
use serde_json::{Map, Value, json};

use super::runs::RunSource;
use super::{ParamValue, RunId, TrackError};
use crate::error::Error;
use crate::index::index_err;
use crate::records::{self, EncodedRecord, RECORD_VERSION};
use crate::store::{Digest, Durability, Store};

/// A `track_metric_keys` row: key id, key, last, last step, last time, min, max, count.
type KeyRow = (
    i64,
    String,
    Option<f64>,
    i64,
    i64,
    Option<f64>,
    Option<f64>,
    i64,
);

/// Header line of a series blob.
pub const SERIES_HEADER: &str = "step\ttimestamp_ms\tvalue\n";

fn num(v: Option<f64>) -> Value {
    v.and_then(serde_json::Number::from_f64)
        .map(Value::Number)
        .unwrap_or(Value::Null)
}

/// Build the record of an ended run inside the transaction that ends it, writing its series
/// blobs to `objects`, and queue the record in the outbox. Sets `track_runs.record`.
pub fn write_run_record(
    tx: &Transaction<'_>,
    objects: &Store,
    run: &RunId,
) -> Result<EncodedRecord, Error> {
    let (name, experiment, status, start, end, source): (
        String,
        String,
        String,
        String,
        Option<String>,
        String,
    ) = tx
        .query_row(
            "SELECT name, experiment, status, start_time, end_time, source FROM track_runs WHERE run_id = ?1",
            [&run.0],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?)),
        )
        .map_err(index_err)?;
    let source: Value = serde_json::from_str(&source).unwrap_or(Value::Null);
    let mut params_map = Map::new();
    {
        let mut stmt = tx
            .prepare("SELECT key, kind, value FROM track_params WHERE run_id = ?1")
            .map_err(index_err)?;
        let rows = stmt
            .query_map([&run.0], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                ))
            })
            .map_err(index_err)?;
        for row in rows {
            let (k, kind, text) = row.map_err(index_err)?;
            params_map.insert(k, ParamValue::from_stored(&kind, &text).to_json());
        }
    }
    let mut tags = Map::new();
    {
        let mut stmt = tx
            .prepare("SELECT key, value FROM track_tags WHERE run_id = ?1")
            .map_err(index_err)?;
        let rows = stmt
            .query_map([&run.0], |r| {
                Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
            })
            .map_err(index_err)?;
        for row in rows {
            let (k, v) = row.map_err(index_err)?;
            tags.insert(k, Value::String(v));
        }
    }
    let mut metrics = Map::new();
    let mut series_written = Vec::new();
    {
        let mut keys = tx
            .prepare("SELECT key_id, key, last, last_step, last_ts, min, max, count FROM track_metric_keys WHERE run_id = ?1")
            .map_err(index_err)?;
        let rows: Vec<KeyRow> = keys
            .query_map([&run.0], |r| {
                Ok((
                    r.get(0)?,
                    r.get(1)?,
                    r.get(2)?,
                    r.get(3)?,
                    r.get(4)?,
                    r.get(5)?,
                    r.get(6)?,
                    r.get(7)?,
                ))
            })
            .map_err(index_err)?
            .collect::<Result<_, _>>()
            .map_err(index_err)?;
        let mut points = tx
            .prepare(
                "SELECT step, ts, value FROM track_metric_points WHERE key_id = ?1 ORDER BY rowid",
            )
            .map_err(index_err)?;
        for (key_id, key, last, last_step, last_ts, min, max, count) in rows {
            let mut blob = String::with_capacity(32 * count as usize + SERIES_HEADER.len());
            blob.push_str(SERIES_HEADER);
            let mut rows = points.query([key_id]).map_err(index_err)?;
            while let Some(r) = rows.next().map_err(index_err)? {
                let step: i64 = r.get(0).map_err(index_err)?;
                let ts: i64 = r.get(1).map_err(index_err)?;
                let v: Option<f64> = r.get(2).map_err(index_err)?;
                blob.push_str(&format!(
                    "{step}\t{ts}\t{}\n",
                    v.map_or("NaN".into(), |v| format!("{v}"))
                ));
            }
            let put = objects.put_bytes(blob.as_bytes(), Durability::Batch)?;
            series_written.push(put.digest);
            metrics.insert(
                key,
                json!({
                    "count": count, "last": num(last), "last_step": last_step,
                    "last_timestamp_ms": last_ts, "min": num(min), "max": num(max),
                    "series": put.digest.to_hex(),
                }),
            );
        }
    }
    let mut artifacts = Vec::new();
    {
        let mut stmt = tx
            .prepare(
                "SELECT path, digest, size FROM track_artifacts WHERE run_id = ?1 ORDER BY path",
            )
            .map_err(index_err)?;
        let rows = stmt
            .query_map([&run.0], |r| {
                Ok(json!({"path": r.get::<_, String>(0)?, "digest": r.get::<_, String>(1)?, "size": r.get::<_, i64>(2)?}))
            })
            .map_err(index_err)?;
        for row in rows {
            artifacts.push(row.map_err(index_err)?);
        }
    }
    objects.sync_objects(&series_written)?;
    let body = json!({
        "type": "run",
        "version": RECORD_VERSION,
        "run_id": run.0,
        "name": name,
        "experiment": experiment,
        "status": status,
        "start_time": start,
        "end_time": end,
        "timestamp": end,
        "source": source,
        "params": params_map,
        "tags": tags,
        "metrics": metrics,
        "artifacts": artifacts,
    });
    let encoded = records::encode(&body);
    queue(tx, &encoded, end.as_deref().unwrap_or(&start))?;
    tx.execute(
        "UPDATE track_runs SET record = ?2 WHERE run_id = ?1",
        params![run.0, encoded.digest.to_hex()],
    )
    .map_err(index_err)?;
    Ok(encoded)
}

fn queue(tx: &Transaction<'_>, e: &EncodedRecord, created: &str) -> Result<(), Error> {
    tx.execute(
        "INSERT OR IGNORE INTO records (digest, type, created_at, body, materialized) VALUES (?1, ?2, ?3, ?4, 0)",
        params![
            e.digest.to_hex(),
            e.record_type,
            created,
            String::from_utf8(e.bytes.clone()).expect("canonical JSON is UTF-8")
        ],
    )
    .map_err(index_err)?;
    Ok(())
}

/// Queue a `run_state` record (deleted or restored) in the outbox.
pub fn queue_state_record(
    tx: &Transaction<'_>,
    run: &RunId,
    deleted: bool,
    timestamp: &str,
) -> Result<(), Error> {
    let body = json!({
        "type": "run_state", "version": RECORD_VERSION, "run_id": run.0,
        "deleted": deleted, "timestamp": timestamp,
    });
    queue(tx, &records::encode(&body), timestamp)
}

/// Re-create the tracking tables' rows for every `run` and `run_state` record among
/// `records` (digest, parsed body), inside the rebuild transaction. Runs still in progress,
/// which have no record yet, are left as they are. Returns warnings (a missing series blob
/// keeps the key's summary but not its points).
pub fn reingest(
    tx: &Transaction<'_>,
    objects: &Store,
    records: &[(String, Value)],
) -> Result<Vec<String>, Error> {
    let mut warnings = Vec::new();
    let mut states: Vec<(&str, &str, &str, bool)> = Vec::new();
    for (digest, body) in records {
        match body.get("type").and_then(Value::as_str) {
            Some("run") => {
                if let Err(e) = ingest_run(tx, objects, digest, body, &mut warnings) {
                    match e {
                        Error::Track(t) => warnings.push(format!("{digest}: {t}")),
                        other => return Err(other),
                    }
                }
            }
            Some("run_state") => {
                if let (Some(run), Some(ts), Some(deleted)) = (
                    body.get("run_id").and_then(Value::as_str),
                    body.get("timestamp").and_then(Value::as_str),
                    body.get("deleted").and_then(Value::as_bool),
                ) {
                    states.push((ts, digest, run, deleted));
                }
            }
            _ => {}
        }
    }
    states.sort();
    for (_, _, run, deleted) in states {
        tx.execute(
            "UPDATE track_runs SET deleted = ?2 WHERE run_id = ?1",
            params![run, deleted],
        )
        .map_err(index_err)?;
    }
    Ok(warnings)
}

fn ingest_run(
    tx: &Transaction<'_>,
    objects: &Store,
    digest: &str,
    body: &Value,
    warnings: &mut Vec<String>,
) -> Result<(), Error> {
    let s = |k: &str| body.get(k).and_then(Value::as_str);
    let run_id = s("run_id").ok_or_else(|| TrackError::BadRecord {
        run: digest.into(),
        message: "no run_id".into(),
    })?;
    let bad = |message: &str| TrackError::BadRecord {
        run: run_id.into(),
        message: message.into(),
    };
    let status = s("status").ok_or_else(|| bad("no status"))?;
    // The record is the truth for an ended run: replace whatever the index holds.
    tx.execute(
        "DELETE FROM track_metric_points WHERE key_id IN (SELECT key_id FROM track_metric_keys WHERE run_id = ?1)",
        [run_id],
    )
    .map_err(index_err)?;
    tx.execute("DELETE FROM track_runs WHERE run_id = ?1", [run_id])
        .map_err(index_err)?;
    let source: RunSource =
        serde_json::from_value(body.get("source").cloned().unwrap_or(Value::Null))
            .unwrap_or_default();
    tx.execute(
        "INSERT INTO track_runs (run_id, name, experiment, status, start_time, end_time, source, record) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![
            run_id,
            s("name").unwrap_or(run_id),
            s("experiment").unwrap_or("default"),
            status,
            s("start_time").ok_or_else(|| bad("no start_time"))?,
            s("end_time"),
            serde_json::to_string(&source).expect("source serializes"),
            digest,
        ],
    )
    .map_err(index_err)?;
    let empty = Map::new();
    let obj = |k: &str| body.get(k).and_then(Value::as_object).unwrap_or(&empty);
    for (k, v) in obj("params") {
        let p = ParamValue::from_json(v);
        tx.execute(
            "INSERT INTO track_params (run_id, key, kind, value, num) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![run_id, k, p.kind(), p.text(), p.number()],
        )
        .map_err(index_err)?;
    }
    for (k, v) in obj("tags") {
        tx.execute(
            "INSERT INTO track_tags (run_id, key, value) VALUES (?1, ?2, ?3)",
            params![run_id, k, v.as_str().unwrap_or_default()],
        )
        .map_err(index_err)?;
    }
    for (k, m) in obj("metrics") {
        let f = |n: &str| m.get(n).and_then(Value::as_f64);
        let i = |n: &str| m.get(n).and_then(Value::as_i64).unwrap_or(0);
        tx.execute(
            "INSERT INTO track_metric_keys (run_id, key, last, last_step, last_ts, min, max, count) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![run_id, k, f("last"), i("last_step"), i("last_timestamp_ms"), f("min"), f("max"), i("count")],
        )
        .map_err(index_err)?;
        let key_id = tx.last_insert_rowid();
        let series = m.get("series").and_then(Value::as_str).unwrap_or_default();
        let text = series
            .parse::<Digest>()
            .map_err(|e| e.to_string())
            .and_then(|d| objects.get_bytes(&d).map_err(|e| e.to_string()))
            .and_then(|b| String::from_utf8(b).map_err(|e| e.to_string()));
        let text = match text {
            Ok(t) => t,
            Err(why) => {
                warnings.push(format!(
                    "run `{run_id}` metric `{k}`: series `{series}` unreadable ({why}); summary kept, points missing"
                ));
                continue;
            }
        };
        let mut insert = tx
            .prepare_cached(
                "INSERT INTO track_metric_points (key_id, step, ts, value) VALUES (?1, ?2, ?3, ?4)",
            )
            .map_err(index_err)?;
        for line in text.lines().skip(1) {
            let mut parts = line.split('\t');
            let (Some(step), Some(ts), Some(v)) = (parts.next(), parts.next(), parts.next()) else {
                continue;
            };
            let (Ok(step), Ok(ts)) = (step.parse::<i64>(), ts.parse::<i64>()) else {
                continue;
            };
            let v = v.parse::<f64>().ok().filter(|v| !v.is_nan());
            insert
                .execute(params![key_id, step, ts, v])
                .map_err(index_err)?;
        }
    }
    if let Some(arts) = body.get("artifacts").and_then(Value::as_array) {
        for a in arts {
            tx.execute(
                "INSERT OR REPLACE INTO track_artifacts (run_id, path, digest, size) VALUES (?1, ?2, ?3, ?4)",
                params![
                    run_id,
                    a.get("path").and_then(Value::as_str).unwrap_or_default(),
                    a.get("digest").and_then(Value::as_str).unwrap_or_default(),
                    a.get("size").and_then(Value::as_i64).unwrap_or(0)
                ],
            )
            .map_err(index_err)?;
        }
    }
    Ok(())
}
