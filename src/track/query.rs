//! Reading runs: `list` (filter, sort, limit over the summaries), `show` (one run in full),
//! `compare` (params and metric summaries side by side, numeric deltas) and metric series for
//! plots. Read-only; every query reads the per-key summary table, never the point history,
//! except `series`.

use std::collections::BTreeMap;

use rusqlite::params_from_iter;
use rusqlite::types::Value as SqlValue;
use serde::Serialize;

use super::log::Artifact;
use super::runs::RunSource;
use super::{ParamValue, RunId, RunStatus, TrackError, filter};
use crate::error::Error;
use crate::index::index_err;

/// A metric's summary.
#[derive(Debug, Clone, Serialize)]
pub struct MetricSummary {
    /// The value at the highest step (latest time breaking ties).
    pub last: Option<f64>,
    /// Its step.
    pub last_step: i64,
    /// Smallest value.
    pub min: Option<f64>,
    /// Largest value.
    pub max: Option<f64>,
    /// Number of points.
    pub count: i64,
}

/// A run as listed and shown.
#[derive(Debug, Clone, Serialize)]
pub struct RunView {
    /// Id.
    pub run_id: RunId,
    /// Name.
    pub name: String,
    /// Experiment.
    pub experiment: String,
    /// Status.
    pub status: RunStatus,
    /// Start time (RFC 3339).
    pub start_time: String,
    /// End time, once ended.
    pub end_time: Option<String>,
    /// Deleted (hidden from `list`).
    pub deleted: bool,
    /// Typed params.
    pub params: BTreeMap<String, ParamValue>,
    /// Tags.
    pub tags: BTreeMap<String, String>,
    /// Metric summaries.
    pub metrics: BTreeMap<String, MetricSummary>,
    /// Digest of the run record (ended runs).
    pub record: Option<String>,
}

/// `mlo run list`.
#[derive(Debug, Default)]
pub struct ListOptions {
    /// Only this experiment.
    pub experiment: Option<String>,
    /// A filter expression.
    pub filter: Option<String>,
    /// A sort key (`metrics.rmse`, `-start_time`, `params.lr desc`).
    pub sort: Option<String>,
    /// At most this many runs.
    pub limit: Option<usize>,
    /// Deleted runs instead of live ones.
    pub deleted: bool,
    /// Leave params and tags empty (a table that shows only metrics need not read them).
    pub metrics_only: bool,
}

const RUN_COLS: &str =
    "r.run_id, r.name, r.experiment, r.status, r.start_time, r.end_time, r.deleted, r.record";

fn read_run(row: &rusqlite::Row<'_>) -> rusqlite::Result<RunView> {
    Ok(RunView {
        run_id: RunId(row.get(0)?),
        name: row.get(1)?,
        experiment: row.get(2)?,
        status: RunStatus::parse(&row.get::<_, String>(3)?).unwrap_or(RunStatus::Running),
        start_time: row.get(4)?,
        end_time: row.get(5)?,
        deleted: row.get(6)?,
        record: row.get(7)?,
        params: BTreeMap::new(),
        tags: BTreeMap::new(),
        metrics: BTreeMap::new(),
    })
}

/// List runs.
pub fn list(conn: &rusqlite::Connection, opts: &ListOptions) -> Result<Vec<RunView>, Error> {
    // A list reads much of the summary tables once: map the file rather than copy pages in
    // with one pread each (most of this command's system time on 10,000 runs).
    conn.pragma_update(None, "mmap_size", 1i64 << 30)
        .map_err(index_err)?;
    let f = filter::compile(opts.filter.as_deref().unwrap_or("")).map_err(TrackError::from)?;
    let mut args: Vec<SqlValue> = f.params;
    let mut where_sql = format!("r.deleted = {} AND ({})", opts.deleted as i32, f.sql);
    if let Some(e) = &opts.experiment {
        where_sql.push_str(" AND r.experiment = ?");
        args.push(SqlValue::Text(e.clone()));
    }
    let order = match &opts.sort {
        Some(s) => {
            let sort = filter::compile_sort(s).map_err(|e| TrackError::BadSort {
                text: s.clone(),
                message: e.message.clone(),
            })?;
            args.extend(sort.params);
            sort.sql
        }
        None => "r.start_time DESC, r.run_id DESC".into(),
    };
    let limit = opts
        .limit
        .map(|l| format!(" LIMIT {l}"))
        .unwrap_or_default();
    let query =
        format!("SELECT {RUN_COLS} FROM track_runs r WHERE {where_sql} ORDER BY {order}{limit}");
    let mut stmt = conn.prepare(&query).map_err(index_err)?;
    let mut runs: Vec<RunView> = stmt
        .query_map(params_from_iter(args.iter()), read_run)
        .map_err(index_err)?
        .collect::<Result<_, _>>()
        .map_err(index_err)?;
    fill(conn, &mut runs, !opts.metrics_only)?;
    Ok(runs)
}

/// Fill metric summaries of `runs`, and with `details` their params and tags (one query each).
fn fill(conn: &rusqlite::Connection, runs: &mut [RunView], details: bool) -> Result<(), Error> {
    if runs.is_empty() {
        return Ok(());
    }
    let pos: std::collections::HashMap<String, usize> = runs
        .iter()
        .enumerate()
        .map(|(i, r)| (r.run_id.0.clone(), i))
        .collect();
    // Small result sets ask by id; large ones read whole tables once (cheaper than IN lists).
    let ids: Vec<SqlValue> = runs
        .iter()
        .map(|r| SqlValue::Text(r.run_id.0.clone()))
        .collect();
    let (cond, args): (String, Vec<SqlValue>) = if runs.len() <= 500 {
        (
            format!("WHERE run_id IN ({})", vec!["?"; ids.len()].join(",")),
            ids,
        )
    } else {
        (String::new(), vec![])
    };
    // Each query's rows, for the runs asked about: (their position in `runs`, the row).
    let for_each_row =
        |sql: &str, each: &mut dyn FnMut(usize, &rusqlite::Row) -> Result<(), Error>| {
            let mut stmt = conn.prepare(sql).map_err(index_err)?;
            let mut rows = stmt
                .query(params_from_iter(args.iter()))
                .map_err(index_err)?;
            while let Some(r) = rows.next().map_err(index_err)? {
                let id: String = r.get(0).map_err(index_err)?;
                if let Some(&i) = pos.get(&id) {
                    each(i, r)?;
                }
            }
            Ok::<(), Error>(())
        };
    if details {
        for_each_row(
            &format!("SELECT run_id, key, kind, value FROM track_params {cond}"),
            &mut |i, r| {
                let kind: String = r.get(2).map_err(index_err)?;
                let text: String = r.get(3).map_err(index_err)?;
                runs[i].params.insert(
                    r.get(1).map_err(index_err)?,
                    ParamValue::from_stored(&kind, &text),
                );
                Ok(())
            },
        )?;
        for_each_row(
            &format!("SELECT run_id, key, value FROM track_tags {cond}"),
            &mut |i, r| {
                runs[i]
                    .tags
                    .insert(r.get(1).map_err(index_err)?, r.get(2).map_err(index_err)?);
                Ok(())
            },
        )?;
    }
    for_each_row(
        &format!(
            "SELECT run_id, key, last, last_step, min, max, count FROM track_metric_keys {cond}"
        ),
        &mut |i, r| {
            runs[i].metrics.insert(
                r.get(1).map_err(index_err)?,
                MetricSummary {
                    last: r.get(2).map_err(index_err)?,
                    last_step: r.get(3).map_err(index_err)?,
                    min: r.get(4).map_err(index_err)?,
                    max: r.get(5).map_err(index_err)?,
                    count: r.get(6).map_err(index_err)?,
                },
            );
            Ok(())
        },
    )
}

/// One run in full.
#[derive(Debug, Serialize)]
pub struct RunDetail {
    /// The run.
    #[serde(flatten)]
    pub run: RunView,
    /// Where it ran.
    pub source: RunSource,
    /// Its artifacts.
    pub artifacts: Vec<Artifact>,
}

/// `mlo run show`.
pub fn show(conn: &rusqlite::Connection, run: &RunId) -> Result<RunDetail, Error> {
    let mut stmt = conn
        .prepare(&format!(
            "SELECT {RUN_COLS}, r.source FROM track_runs r WHERE r.run_id = ?1"
        ))
        .map_err(index_err)?;
    let (view, source): (RunView, String) = stmt
        .query_row([&run.0], |r| Ok((read_run(r)?, r.get(8)?)))
        .map_err(index_err)?;
    let mut runs = [view];
    fill(conn, &mut runs, true)?;
    let [view] = runs;
    let mut stmt = conn
        .prepare("SELECT path, digest, size FROM track_artifacts WHERE run_id = ?1 ORDER BY path")
        .map_err(index_err)?;
    let artifacts = stmt
        .query_map([&run.0], |r| {
            Ok(Artifact {
                path: r.get(0)?,
                digest: r.get(1)?,
                size: r.get::<_, i64>(2)? as u64,
            })
        })
        .map_err(index_err)?
        .collect::<Result<_, _>>()
        .map_err(index_err)?;
    Ok(RunDetail {
        run: view,
        source: serde_json::from_str(&source).unwrap_or_default(),
        artifacts,
    })
}

/// One row of a comparison.
#[derive(Debug, Serialize)]
pub struct CompareRow {
    /// `param`, `metric` or `attribute`.
    pub kind: &'static str,
    /// The key.
    pub key: String,
    /// One cell per run, in order (`None` where the run lacks the key).
    pub values: Vec<Option<String>>,
    /// For numbers: each run's value minus the first run's (`None` where not numeric).
    pub deltas: Vec<Option<f64>>,
    /// Whether the values differ.
    pub changed: bool,
}

/// `mlo run compare`.
#[derive(Debug, Serialize)]
pub struct CompareOutcome {
    /// The runs, in the order given.
    pub runs: Vec<RunId>,
    /// Their names.
    pub names: Vec<String>,
    /// The rows.
    pub rows: Vec<CompareRow>,
}

/// Compare runs: attributes, params and metrics (last values), with deltas against the first.
pub fn compare(
    conn: &rusqlite::Connection,
    ids: &[RunId],
    only_changed: bool,
) -> Result<CompareOutcome, Error> {
    let mut runs = Vec::new();
    for id in ids {
        runs.push(show(conn, id)?.run);
    }
    let mut rows = Vec::new();
    let mut push = |kind: &'static str, key: String, cells: Vec<(Option<String>, Option<f64>)>| {
        let base = cells.first().and_then(|c| c.1);
        let deltas = cells.iter().map(|c| match (base, c.1) {
            (Some(b), Some(v)) => Some(v - b),
            _ => None,
        });
        let deltas: Vec<Option<f64>> = deltas.collect();
        let values: Vec<Option<String>> = cells.into_iter().map(|c| c.0).collect();
        let changed = values.windows(2).any(|w| w[0] != w[1]);
        if !only_changed || changed {
            rows.push(CompareRow {
                kind,
                key,
                values,
                deltas,
                changed,
            });
        }
    };
    push(
        "attribute",
        "status".into(),
        runs.iter()
            .map(|r| (Some(r.status.as_str().to_string()), None))
            .collect(),
    );
    push(
        "attribute",
        "experiment".into(),
        runs.iter()
            .map(|r| (Some(r.experiment.clone()), None))
            .collect(),
    );
    let mut param_keys: Vec<&String> = runs.iter().flat_map(|r| r.params.keys()).collect();
    param_keys.sort();
    param_keys.dedup();
    for k in param_keys {
        push(
            "param",
            k.clone(),
            runs.iter()
                .map(|r| {
                    r.params
                        .get(k)
                        .map(|v| (Some(v.text()), v.number()))
                        .unwrap_or((None, None))
                })
                .collect(),
        );
    }
    let mut metric_keys: Vec<&String> = runs.iter().flat_map(|r| r.metrics.keys()).collect();
    metric_keys.sort();
    metric_keys.dedup();
    for k in metric_keys {
        push(
            "metric",
            k.clone(),
            runs.iter()
                .map(|r| match r.metrics.get(k) {
                    Some(m) => (
                        Some(m.last.map_or("NaN".into(), super::format_number)),
                        m.last,
                    ),
                    None => (None, None),
                })
                .collect(),
        );
    }
    Ok(CompareOutcome {
        runs: ids.to_vec(),
        names: runs.iter().map(|r| r.name.clone()).collect(),
        rows,
    })
}

/// A metric series of one run: (step, timestamp ms, value) in step order.
#[derive(Debug, Serialize)]
pub struct Series {
    /// The run.
    pub run_id: RunId,
    /// Its name.
    pub name: String,
    /// The points.
    pub points: Vec<(i64, i64, Option<f64>)>,
}

/// The series of `key` for each run (runs without the key are left out).
pub fn series(
    conn: &rusqlite::Connection,
    runs: &[RunId],
    key: &str,
) -> Result<Vec<Series>, Error> {
    let mut out = Vec::new();
    for run in runs {
        let name: String = conn
            .query_row(
                "SELECT name FROM track_runs WHERE run_id = ?1",
                [&run.0],
                |r| r.get(0),
            )
            .map_err(index_err)?;
        let mut stmt = conn
            .prepare_cached(
                "SELECT p.step, p.ts, p.value FROM track_metric_points p JOIN track_metric_keys k ON k.key_id = p.key_id WHERE k.run_id = ?1 AND k.key = ?2 ORDER BY p.step, p.ts, p.rowid",
            )
            .map_err(index_err)?;
        let points: Vec<(i64, i64, Option<f64>)> = stmt
            .query_map([&run.0, key], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .map_err(index_err)?
            .collect::<Result<_, _>>()
            .map_err(index_err)?;
        if !points.is_empty() {
            out.push(Series {
                run_id: run.clone(),
                name,
                points,
            });
        }
    }
    if out.is_empty() {
        return Err(TrackError::NoMetric { key: key.into() }.into());
    }
    Ok(out)
}
