//! Logging to a run: params (typed, immutable), tags (overwrite), metric points
//! (append-only, with the per-key summary updated in the same transaction), artifacts (into
//! the object store), from flags, from `--stdin` streams and from DVC-style files.
//!
//! `--stdin` keeps one process and one database connection for the whole stream and commits
//! in batches: when 50,000 points are pending or when the input has nothing more buffered (so
//! a training loop that prints a line per step sees its points committed at once, and a piped
//! file is ingested in large transactions). The stream's last batch is committed with one
//! `run.log` audit event carrying the stream's counts.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use rusqlite::{OptionalExtension, Transaction, params};
use serde::Serialize;
use serde_json::{Value, json};

use super::runs::require_running;
use super::{ParamValue, RunId, TrackError};
use crate::audit::{NewEvent, Target};
use crate::error::Error;
use crate::index::Index;
use crate::index::index_err;
use crate::repo::Repo;
use crate::store::Durability;

/// Points pending before a `--stdin` stream commits regardless of input buffering.
pub const STDIN_BATCH_POINTS: usize = 50_000;

/// One metric point in a batch; `key` indexes [`Batch::metric_keys`].
#[derive(Debug, Clone, Copy)]
pub struct MetricPoint {
    /// Index of the key in the batch.
    pub key: u32,
    /// The value (NaN allowed).
    pub value: f64,
    /// The step; `None` means one past the key's highest step so far (0 for the first).
    pub step: Option<i64>,
    /// Milliseconds since the epoch; `None` means now.
    pub ts: Option<i64>,
}

/// A stored artifact.
#[derive(Debug, Clone, Serialize, serde::Deserialize, PartialEq)]
pub struct Artifact {
    /// Its name in the run (the path as given, relative).
    pub path: String,
    /// blake3 digest in the object store.
    pub digest: String,
    /// Size in bytes.
    pub size: u64,
}

/// A set of changes to one run, applied in one transaction.
#[derive(Debug, Default)]
pub struct Batch {
    /// Params to set.
    pub params: Vec<(String, ParamValue)>,
    /// Tags to set.
    pub tags: Vec<(String, String)>,
    /// Metric keys referenced by `metrics`.
    pub metric_keys: Vec<String>,
    key_index: HashMap<String, u32>,
    /// Metric points in arrival order.
    pub metrics: Vec<MetricPoint>,
    /// Artifacts already put in the object store.
    pub artifacts: Vec<Artifact>,
}

impl Batch {
    /// Add a metric point.
    pub fn push_metric(&mut self, key: &str, value: f64, step: Option<i64>, ts: Option<i64>) {
        let idx = match self.key_index.get(key) {
            Some(i) => *i,
            None => {
                let i = self.metric_keys.len() as u32;
                self.metric_keys.push(key.to_string());
                self.key_index.insert(key.to_string(), i);
                i
            }
        };
        self.metrics.push(MetricPoint {
            key: idx,
            value,
            step,
            ts,
        });
    }

    /// Nothing to do.
    pub fn is_empty(&self) -> bool {
        self.params.is_empty()
            && self.tags.is_empty()
            && self.metrics.is_empty()
            && self.artifacts.is_empty()
    }

    fn clear(&mut self) {
        self.params.clear();
        self.tags.clear();
        self.metrics.clear();
        self.artifacts.clear();
        self.metric_keys.clear();
        self.key_index.clear();
    }
}

/// How much a batch stored.
#[derive(Debug, Default, Clone, Copy, Serialize)]
pub struct Counts {
    /// Params newly set (re-setting the same value does not count).
    pub params: usize,
    /// Tags set.
    pub tags: usize,
    /// Metric points appended.
    pub metrics: usize,
    /// Artifacts stored.
    pub artifacts: usize,
}

impl Counts {
    fn add(&mut self, o: Counts) {
        self.params += o.params;
        self.tags += o.tags;
        self.metrics += o.metrics;
        self.artifacts += o.artifacts;
    }
}

/// Metric key ids of one run, remembered across the batches of one process.
pub type KeyCache = HashMap<String, i64>;

struct KeyState {
    key_id: i64,
    last: Option<f64>,
    last_step: i64,
    last_ts: i64,
    min: Option<f64>,
    max: Option<f64>,
    count: i64,
    touched: bool,
}

/// Apply a batch inside the caller's transaction. The run must be running (checked by the
/// callers that hold the transaction).
pub fn apply_batch(
    tx: &Transaction<'_>,
    run: &RunId,
    batch: &Batch,
    now_ms: i64,
    cache: &mut KeyCache,
) -> Result<Counts, Error> {
    let mut counts = Counts::default();
    for (key, value) in &batch.params {
        let existing: Option<(String, String)> = tx
            .query_row(
                "SELECT kind, value FROM track_params WHERE run_id = ?1 AND key = ?2",
                params![run.0, key],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()
            .map_err(index_err)?;
        match existing {
            Some((kind, text)) => {
                let old = ParamValue::from_stored(&kind, &text);
                if old != *value {
                    return Err(TrackError::ParamConflict {
                        run: run.0.clone(),
                        key: key.clone(),
                        old: text,
                        new: value.text(),
                    }
                    .into());
                }
            }
            None => {
                tx.execute(
                    "INSERT INTO track_params (run_id, key, kind, value, num) VALUES (?1, ?2, ?3, ?4, ?5)",
                    params![run.0, key, value.kind(), value.text(), value.number()],
                )
                .map_err(index_err)?;
                counts.params += 1;
            }
        }
    }
    for (key, value) in &batch.tags {
        tx.execute(
            "INSERT INTO track_tags (run_id, key, value) VALUES (?1, ?2, ?3) ON CONFLICT (run_id, key) DO UPDATE SET value = excluded.value",
            params![run.0, key, value],
        )
        .map_err(index_err)?;
        counts.tags += 1;
    }
    for a in &batch.artifacts {
        tx.execute(
            "INSERT INTO track_artifacts (run_id, path, digest, size) VALUES (?1, ?2, ?3, ?4) ON CONFLICT (run_id, path) DO UPDATE SET digest = excluded.digest, size = excluded.size",
            params![run.0, a.path, a.digest, a.size as i64],
        )
        .map_err(index_err)?;
        counts.artifacts += 1;
    }
    if batch.metrics.is_empty() {
        return Ok(counts);
    }
    let mut states = Vec::with_capacity(batch.metric_keys.len());
    for key in &batch.metric_keys {
        states.push(key_state(tx, run, key, cache)?);
    }
    {
        let mut insert = tx
            .prepare_cached(
                "INSERT INTO track_metric_points (key_id, step, ts, value) VALUES (?1, ?2, ?3, ?4)",
            )
            .map_err(index_err)?;
        for p in &batch.metrics {
            let st = &mut states[p.key as usize];
            let step = p
                .step
                .unwrap_or(if st.count == 0 { 0 } else { st.last_step + 1 });
            let ts = p.ts.unwrap_or(now_ms);
            let value = (!p.value.is_nan()).then_some(p.value);
            insert
                .execute(params![st.key_id, step, ts, value])
                .map_err(index_err)?;
            if st.count == 0 || (step, ts) >= (st.last_step, st.last_ts) {
                st.last = value;
                st.last_step = step;
                st.last_ts = ts;
            }
            if let Some(v) = value {
                st.min = Some(st.min.map_or(v, |m| m.min(v)));
                st.max = Some(st.max.map_or(v, |m| m.max(v)));
            }
            st.count += 1;
            st.touched = true;
        }
    }
    let mut update = tx
        .prepare_cached(
            "UPDATE track_metric_keys SET last = ?2, last_step = ?3, last_ts = ?4, min = ?5, max = ?6, count = ?7 WHERE key_id = ?1",
        )
        .map_err(index_err)?;
    for st in states.iter().filter(|s| s.touched) {
        update
            .execute(params![
                st.key_id,
                st.last,
                st.last_step,
                st.last_ts,
                st.min,
                st.max,
                st.count
            ])
            .map_err(index_err)?;
    }
    counts.metrics += batch.metrics.len();
    Ok(counts)
}

fn key_state(
    tx: &Transaction<'_>,
    run: &RunId,
    key: &str,
    cache: &mut KeyCache,
) -> Result<KeyState, Error> {
    let read = |r: &rusqlite::Row<'_>| {
        Ok(KeyState {
            key_id: r.get(0)?,
            last: r.get(1)?,
            last_step: r.get(2)?,
            last_ts: r.get(3)?,
            min: r.get(4)?,
            max: r.get(5)?,
            count: r.get(6)?,
            touched: false,
        })
    };
    const COLS: &str = "key_id, last, last_step, last_ts, min, max, count";
    let found = match cache.get(key) {
        Some(id) => tx
            .prepare_cached(&format!(
                "SELECT {COLS} FROM track_metric_keys WHERE key_id = ?1"
            ))
            .and_then(|mut s| s.query_row([id], read).optional())
            .map_err(index_err)?,
        None => tx
            .prepare_cached(&format!(
                "SELECT {COLS} FROM track_metric_keys WHERE run_id = ?1 AND key = ?2"
            ))
            .and_then(|mut s| s.query_row(params![run.0, key], read).optional())
            .map_err(index_err)?,
    };
    let state = match found {
        Some(s) => s,
        None => {
            tx.execute(
                "INSERT INTO track_metric_keys (run_id, key, last_step, last_ts, count) VALUES (?1, ?2, 0, 0, 0)",
                params![run.0, key],
            )
            .map_err(index_err)?;
            KeyState {
                key_id: tx.last_insert_rowid(),
                last: None,
                last_step: 0,
                last_ts: 0,
                min: None,
                max: None,
                count: 0,
                touched: false,
            }
        }
    };
    cache.insert(key.to_string(), state.key_id);
    Ok(state)
}

/// Check a param, tag or metric key: 1 to 250 characters of letters, digits and `_-./ :`
/// (MLflow's set, so every key mirrors).
pub fn validate_key(what: &'static str, key: &str) -> Result<(), String> {
    if key.is_empty() {
        return Err(format!("{what} key is empty"));
    }
    if key.len() > 250 {
        return Err(format!("{what} key is longer than 250 characters"));
    }
    if let Some(c) = key
        .chars()
        .find(|c| !(c.is_alphanumeric() || matches!(c, '_' | '-' | '.' | '/' | ' ' | ':')))
    {
        return Err(format!(
            "{what} key `{key}` contains `{c}`; use letters, digits and _ - . / : or space"
        ));
    }
    if key.starts_with('/') || key.split('/').any(|part| part == "..") {
        return Err(format!("{what} key `{key}` must be a relative name"));
    }
    Ok(())
}

/// Split `key=value` given to `what` (`--param`, ...), checking the key.
pub fn split_pair<'a>(what: &'static str, text: &'a str) -> Result<(&'a str, &'a str), Error> {
    let bad = |message: String| TrackError::BadArg {
        what,
        text: text.to_string(),
        message,
    };
    let (k, v) = text
        .split_once('=')
        .ok_or_else(|| bad("expected KEY=VALUE".into()))?;
    let k = k.trim();
    validate_key(what.trim_start_matches("--"), k).map_err(bad)?;
    Ok((k, v))
}

/// Parse a metric value: a number, or `nan`/`inf`/`-inf`.
pub fn parse_metric_value(text: &str) -> Option<f64> {
    let t = text.trim();
    match t.to_ascii_lowercase().as_str() {
        "nan" => Some(f64::NAN),
        "inf" | "+inf" | "infinity" => Some(f64::INFINITY),
        "-inf" | "-infinity" => Some(f64::NEG_INFINITY),
        _ => t.parse::<f64>().ok().filter(|v| v.is_finite()),
    }
}

/// What a `log` call stored.
#[derive(Debug, Serialize)]
pub struct LogOutcome {
    /// The run.
    pub run_id: RunId,
    /// What was stored.
    #[serde(flatten)]
    pub counts: Counts,
    /// Input lines read (`--stdin`, `--from`).
    pub lines: usize,
    /// Malformed lines skipped, with their messages (`--stdin` without `--strict`).
    pub skipped: Vec<String>,
}

/// Store files as artifacts of a run (objects first, then one row each).
pub fn put_artifacts(repo: &Repo, paths: &[PathBuf]) -> Result<Vec<Artifact>, Error> {
    let mut out = Vec::new();
    for p in paths {
        let meta = std::fs::metadata(p).map_err(|source| Error::Io {
            action: "read artifact",
            path: p.clone(),
            source,
        })?;
        if !meta.is_file() {
            return Err(TrackError::BadArg {
                what: "--artifact",
                text: p.display().to_string(),
                message: "not a regular file".into(),
            }
            .into());
        }
        let put = repo
            .objects()
            .put_file(p, crate::store::LinkMode::Copy, Durability::Batch)?;
        let name = p
            .strip_prefix(repo.root())
            .unwrap_or(p)
            .to_string_lossy()
            .trim_start_matches("./")
            .to_string();
        out.push(Artifact {
            path: name,
            digest: put.digest.to_hex(),
            size: put.size,
        });
    }
    let digests = out
        .iter()
        .filter_map(|a| a.digest.parse().ok())
        .collect::<Vec<crate::store::Digest>>();
    repo.objects().sync_objects(&digests)?;
    Ok(out)
}

/// Apply one batch given on the command line, with its audit event.
pub fn log_batch(
    repo: &Repo,
    index: &mut Index,
    run: &RunId,
    batch: Batch,
) -> Result<LogOutcome, Error> {
    let now_ms = repo.settings().clock.now().timestamp_millis();
    let (counts, _) = repo.change(index, |tx| {
        require_running(tx, run)?;
        let counts = apply_batch(tx, run, &batch, now_ms, &mut KeyCache::new())?;
        let mut details = serde_json::to_value(counts).expect("counts serialize");
        details["param_keys"] = json!(batch.params.iter().map(|(k, _)| k).collect::<Vec<_>>());
        details["artifacts_stored"] = json!(batch.artifacts);
        Ok((
            counts,
            NewEvent::success("run.log", Target::new("run", run.0.clone()), details),
        ))
    })?;
    Ok(LogOutcome {
        run_id: run.clone(),
        counts,
        lines: 0,
        skipped: vec![],
    })
}

/// One parsed input line.
#[derive(Debug)]
enum Line {
    Empty,
    Metrics,
    Param(String, ParamValue),
    Tag(String, String),
}

#[derive(serde::Deserialize)]
struct JsonLine<'a> {
    #[serde(borrow)]
    metric: Option<std::borrow::Cow<'a, str>>,
    #[serde(borrow)]
    param: Option<std::borrow::Cow<'a, str>>,
    #[serde(borrow)]
    tag: Option<std::borrow::Cow<'a, str>>,
    value: Option<Value>,
    step: Option<i64>,
    timestamp: Option<i64>,
}

/// Parse one line; metric points go straight into `batch`.
fn parse_line(text: &str, batch: &mut Batch) -> Result<Line, String> {
    let t = text.trim();
    if t.is_empty() || t.starts_with('#') {
        return Ok(Line::Empty);
    }
    if t.starts_with('{') {
        let j: JsonLine<'_> =
            serde_json::from_str(t).map_err(|e| format!("not a valid JSON object: {e}"))?;
        let value = j.value.ok_or("missing `value`")?;
        let named = [&j.metric, &j.param, &j.tag]
            .iter()
            .filter(|x| x.is_some())
            .count();
        if named != 1 {
            return Err("expected exactly one of `metric`, `param`, `tag`".into());
        }
        if let Some(key) = j.metric {
            validate_key("metric", &key)?;
            let v = match &value {
                Value::Number(n) => n.as_f64().ok_or("value is not a number")?,
                Value::String(s) => parse_metric_value(s)
                    .ok_or_else(|| format!("metric `{key}` value `{s}` is not a number"))?,
                other => return Err(format!("metric `{key}` value `{other}` is not a number")),
            };
            batch.push_metric(&key, v, j.step, j.timestamp);
            return Ok(Line::Metrics);
        }
        if let Some(key) = j.param {
            validate_key("param", &key)?;
            return Ok(Line::Param(key.into_owned(), ParamValue::from_json(&value)));
        }
        let key = j.tag.expect("one of the three is set");
        validate_key("tag", &key)?;
        let v = match value {
            Value::String(s) => s,
            other => other.to_string(),
        };
        return Ok(Line::Tag(key.into_owned(), v));
    }
    // `key=value [key=value ...] [step=N] [timestamp=MS]`: every other pair is a metric.
    let mut step = None;
    let mut ts = None;
    let start = batch.metrics.len();
    let mut pending: Vec<(&str, f64)> = Vec::new();
    for token in t.split_whitespace() {
        let (k, v) = token
            .split_once('=')
            .ok_or_else(|| format!("expected key=value, found `{token}`"))?;
        match k {
            "step" => {
                step = Some(
                    v.parse::<i64>()
                        .map_err(|_| format!("step `{v}` is not an integer"))?,
                )
            }
            "timestamp" => {
                ts = Some(v.parse::<i64>().map_err(|_| {
                    format!("timestamp `{v}` is not an integer (milliseconds since the epoch)")
                })?)
            }
            _ => {
                validate_key("metric", k)?;
                let value = parse_metric_value(v)
                    .ok_or_else(|| format!("metric `{k}` value `{v}` is not a number"))?;
                pending.push((k, value));
            }
        }
    }
    if pending.is_empty() {
        return Err("no metric on the line".into());
    }
    debug_assert_eq!(batch.metrics.len(), start);
    for (k, v) in pending {
        batch.push_metric(k, v, step, ts);
    }
    Ok(Line::Metrics)
}

/// Ingest a stream of JSON Lines and `key=value step=N` lines into a running run.
/// `source_name` names the input in errors (`<stdin>`). With `strict`, the first malformed
/// line stops the stream with an error naming it (what came before is stored); otherwise
/// malformed lines are skipped and listed in the outcome.
pub fn ingest(
    repo: &Repo,
    index: &mut Index,
    run: &RunId,
    mut reader: BufReader<impl Read>,
    source_name: &str,
    strict: bool,
) -> Result<LogOutcome, Error> {
    let clock = repo.settings().clock.clone();
    let mut cache = KeyCache::new();
    let mut batch = Batch::default();
    let mut total = Counts::default();
    let mut skipped = Vec::new();
    let mut line_no = 0usize;
    let mut buf = String::new();
    {
        let conn = index.conn();
        require_running(conn, run)?;
    }
    let flush =
        |index: &mut Index, batch: &mut Batch, cache: &mut KeyCache| -> Result<Counts, Error> {
            if batch.is_empty() {
                return Ok(Counts::default());
            }
            let now_ms = clock.now().timestamp_millis();
            let c = index.write(|tx| {
                require_running(tx, run)?;
                apply_batch(tx, run, batch, now_ms, cache)
            })?;
            batch.clear();
            Ok(c)
        };
    loop {
        buf.clear();
        let n = reader.read_line(&mut buf).map_err(|source| Error::Io {
            action: "read",
            path: source_name.into(),
            source,
        })?;
        if n == 0 {
            break;
        }
        line_no += 1;
        let before = batch.metrics.len();
        let parsed = std::str::from_utf8(buf.as_bytes())
            .map_err(|e| e.to_string())
            .and_then(|t| parse_line(t, &mut batch));
        let single = match parsed {
            Ok(Line::Param(k, v)) => {
                let mut b = Batch::default();
                b.params.push((k, v));
                Some(b)
            }
            Ok(Line::Tag(k, v)) => {
                let mut b = Batch::default();
                b.tags.push((k, v));
                Some(b)
            }
            Ok(Line::Metrics) | Ok(Line::Empty) => None,
            Err(message) => {
                batch.metrics.truncate(before);
                let err = TrackError::BadLine {
                    source_name: source_name.into(),
                    line: line_no,
                    message,
                };
                if strict {
                    total.add(flush(index, &mut batch, &mut cache)?);
                    return Err(err.into());
                }
                skipped.push(err.to_string());
                None
            }
        };
        if let Some(mut one) = single {
            // Params and tags are applied on their own, in order, so a conflicting param is
            // reported against its line and the metrics around it are kept.
            total.add(flush(index, &mut batch, &mut cache)?);
            match flush(index, &mut one, &mut cache) {
                Ok(c) => total.add(c),
                Err(Error::Track(e @ TrackError::ParamConflict { .. })) => {
                    let err = TrackError::BadLine {
                        source_name: source_name.into(),
                        line: line_no,
                        message: e.to_string(),
                    };
                    if strict {
                        return Err(err.into());
                    }
                    skipped.push(err.to_string());
                }
                Err(e) => return Err(e),
            }
        }
        if batch.metrics.len() >= STDIN_BATCH_POINTS || reader.buffer().is_empty() {
            total.add(flush(index, &mut batch, &mut cache)?);
        }
    }
    // The last batch commits with the stream's audit event.
    let now_ms = clock.now().timestamp_millis();
    let lines = line_no;
    let skipped_count = skipped.len();
    let (counts, _) = repo.change(index, |tx| {
        require_running(tx, run)?;
        let mut c = apply_batch(tx, run, &batch, now_ms, &mut cache)?;
        c.add(total);
        let mut details = serde_json::to_value(c).expect("counts serialize");
        details["source"] = json!(source_name);
        details["lines"] = json!(lines);
        details["skipped"] = json!(skipped_count);
        Ok((
            c,
            NewEvent::success("run.log", Target::new("run", run.0.clone()), details),
        ))
    })?;
    Ok(LogOutcome {
        run_id: run.clone(),
        counts,
        lines,
        skipped,
    })
}

/// Which kind of DVC-style file `--from` reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FromKind {
    /// Leaves are metrics at step 0 (`metrics.json`).
    Metrics,
    /// Leaves are params (`params.yaml`).
    Params,
}

/// Read a DVC-style `metrics.json`/`params.yaml` (JSON, YAML or TOML, nested keys joined with
/// `.`) into a batch. `params:FILE` or `metrics:FILE` forces the kind; otherwise a file whose
/// name starts with `param` holds params and any other holds metrics.
pub fn read_from_file(spec: &str, batch: &mut Batch) -> Result<(FromKind, PathBuf), Error> {
    let (kind, path) = match spec.split_once(':') {
        Some(("params", p)) => (Some(FromKind::Params), p),
        Some(("metrics", p)) => (Some(FromKind::Metrics), p),
        _ => (None, spec),
    };
    let path = PathBuf::from(path);
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    let kind = kind.unwrap_or(if name.starts_with("param") {
        FromKind::Params
    } else {
        FromKind::Metrics
    });
    let bad = |message: String| TrackError::BadFile {
        path: path.clone(),
        message,
    };
    let text = std::fs::read_to_string(&path).map_err(|source| Error::Io {
        action: "read",
        path: path.clone(),
        source,
    })?;
    let value: Value = match Path::new(&name).extension().and_then(|e| e.to_str()) {
        Some("json") => {
            serde_json::from_str(&text).map_err(|e| bad(format!("invalid JSON: {e}")))?
        }
        Some("yaml") | Some("yml") => {
            serde_yaml::from_str(&text).map_err(|e| bad(format!("invalid YAML: {e}")))?
        }
        Some("toml") => {
            let t: toml::Value =
                toml::from_str(&text).map_err(|e| bad(format!("invalid TOML: {e}")))?;
            serde_json::to_value(t).map_err(|e| bad(e.to_string()))?
        }
        _ => return Err(bad("expected a .json, .yaml, .yml or .toml file".into()).into()),
    };
    let mut leaves = Vec::new();
    flatten("", &value, &mut leaves);
    if leaves.is_empty() {
        return Err(bad("no values in the file".into()).into());
    }
    for (key, v) in leaves {
        validate_key(
            if kind == FromKind::Params {
                "param"
            } else {
                "metric"
            },
            &key,
        )
        .map_err(&bad)?;
        match kind {
            FromKind::Params => batch.params.push((key, ParamValue::from_json(&v))),
            FromKind::Metrics => {
                let n = match &v {
                    Value::Number(n) => n.as_f64(),
                    _ => None,
                }
                .ok_or_else(|| bad(format!("metric `{key}` is `{v}`, not a number")))?;
                batch.push_metric(&key, n, Some(0), None);
            }
        }
    }
    Ok((kind, path))
}

fn flatten(prefix: &str, v: &Value, out: &mut Vec<(String, Value)>) {
    match v {
        Value::Object(map) => {
            for (k, child) in map {
                let key = if prefix.is_empty() {
                    k.clone()
                } else {
                    format!("{prefix}.{k}")
                };
                flatten(&key, child, out);
            }
        }
        other if !prefix.is_empty() => out.push((prefix.to_string(), other.clone())),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inferred_param_types() {
        assert_eq!(ParamValue::infer("32"), ParamValue::Number(32.0));
        assert_eq!(ParamValue::infer("1e-3"), ParamValue::Number(0.001));
        assert_eq!(ParamValue::infer("true"), ParamValue::Bool(true));
        assert_eq!(ParamValue::infer("adam"), ParamValue::String("adam".into()));
        assert_eq!(ParamValue::infer(" 3"), ParamValue::String(" 3".into()));
        assert_eq!(ParamValue::infer("nan"), ParamValue::String("nan".into()));
        assert_eq!(ParamValue::Number(32.0).text(), "32");
    }

    #[test]
    fn line_forms() {
        let mut b = Batch::default();
        assert!(matches!(
            parse_line("loss=0.5 acc=0.9 step=3", &mut b),
            Ok(Line::Metrics)
        ));
        assert_eq!(b.metrics.len(), 2);
        assert_eq!(b.metrics[1].step, Some(3));
        assert!(matches!(
            parse_line(r#"{"metric":"loss","value":0.25,"step":4}"#, &mut b),
            Ok(Line::Metrics)
        ));
        assert!(matches!(
            parse_line(r#"{"param":"lr","value":0.01}"#, &mut b),
            Ok(Line::Param(k, ParamValue::Number(_))) if k == "lr"
        ));
        assert!(
            parse_line("loss=abc", &mut b)
                .unwrap_err()
                .contains("not a number")
        );
        assert!(parse_line("{\"metric\":1", &mut b).is_err());
        assert!(parse_line(r#"{"metric":"a","param":"b","value":1}"#, &mut b).is_err());
        assert!(matches!(parse_line("  # comment", &mut b), Ok(Line::Empty)));
        assert_eq!(b.metrics.len(), 3);
    }
}
