//! The prediction log of `mlo serve` as monitoring and A/B input: `serve:NAME[@VERSION]`.
//!
//! [`select`] reads the log (`serve::predlog::read_dir`, in write order, a torn or unparseable
//! line skipped and counted) and keeps the prediction records of one served model, optionally
//! one version (as logged: a registry version number or a file's digest prefix; a stage or
//! alias is resolved through the registry *now*), the variants asked for (primary and canary
//! by default: shadow records mirror the same requests and are never mixed in unless asked),
//! inside a time window `[since, until)`. It also keeps every feedback record of the model,
//! whatever its time, for `ab::served` to join.
//!
//! [`served_table`] turns the selected successful requests into a table for the drift
//! machinery: one row per batch row; an input tensor `x` of shape `[n, k]` becomes the columns
//! `x_0` … `x_{k-1}` (`x` alone for shape `[n]`), renamed by `--features` or by the registry
//! version's `features` tag; an output `y` becomes the prediction columns `pred_y_0` … (or
//! `pred_y`). Every error names the model, the version, the window or the request id.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::MonitorError;
use crate::clock::{format_ts, parse_ts};
use crate::registry::{self, ModelRef};
use crate::repo::Repo;
use crate::serve::predlog::{self, FeedbackRecord, LogRecord, LoggedTensor, PredictionRecord};
use crate::table::{Column, Table, Values};

/// The prefix of prediction (output) columns.
pub const PREDICTION_PREFIX: &str = "pred_";

/// A variant of a served model, as the log records it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, clap::ValueEnum)]
#[serde(rename_all = "snake_case")]
pub enum Variant {
    /// The version that takes the traffic the canary does not.
    Primary,
    /// The canary version (`--canary`).
    Canary,
    /// The shadow version (`--shadow`): mirrored copies of requests already answered.
    Shadow,
}

impl Variant {
    /// The logged spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            Variant::Primary => "primary",
            Variant::Canary => "canary",
            Variant::Shadow => "shadow",
        }
    }

    fn parse(s: &str) -> Option<Variant> {
        match s {
            "primary" => Some(Variant::Primary),
            "canary" => Some(Variant::Canary),
            "shadow" => Some(Variant::Shadow),
            _ => None,
        }
    }
}

/// `serve:NAME`, `serve:NAME@VERSION` (a logged version, a registry number or stage) or
/// `serve:NAME:ALIAS`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServeRef {
    /// The input as typed.
    pub input: String,
    /// The served model's name.
    pub name: String,
    /// `@VERSION` or `:ALIAS` as typed (with its sigil), if any.
    pub selector: Option<String>,
}

impl ServeRef {
    /// Parse `serve:…`; `None` when `text` is not a `serve:` input.
    pub fn parse(text: &str) -> Option<Result<ServeRef, MonitorError>> {
        let rest = text.strip_prefix("serve:")?;
        let bad = |reason: &str| MonitorError::BadInput {
            input: text.to_string(),
            reason: reason.to_string(),
        };
        let split = rest.find(['@', ':']);
        let (name, selector) = match split {
            Some(i) => (&rest[..i], Some(rest[i..].to_string())),
            None => (rest, None),
        };
        if !registry::refs::valid_name(name) {
            return Some(Err(bad(
                "expected `serve:NAME`, `serve:NAME@VERSION` or `serve:NAME:ALIAS` with a model name as `mlo serve` serves it",
            )));
        }
        if selector.as_deref().is_some_and(|s| s.len() < 2) {
            return Some(Err(bad("nothing after `@` or `:`")));
        }
        Some(Ok(ServeRef {
            input: text.to_string(),
            name: name.to_string(),
            selector,
        }))
    }
}

/// What to select from the log.
#[derive(Debug, Clone)]
pub struct LogQuery {
    /// The log directory (`.mlo/predictions/`, or `--log-dir`).
    pub dir: PathBuf,
    /// The model (and version).
    pub target: ServeRef,
    /// Requests at or after this instant.
    pub since: Option<DateTime<Utc>>,
    /// Requests before this instant.
    pub until: Option<DateTime<Utc>>,
    /// Variants to keep; empty means primary and canary.
    pub variants: Vec<Variant>,
}

impl LogQuery {
    fn variants(&self) -> Vec<Variant> {
        if self.variants.is_empty() {
            vec![Variant::Primary, Variant::Canary]
        } else {
            let mut v = self.variants.clone();
            v.sort();
            v.dedup();
            v
        }
    }
}

/// What a selection read and kept, for reports.
#[derive(Debug, Clone, Serialize)]
pub struct SliceSummary {
    /// The input as given.
    pub input: String,
    /// The log directory.
    pub log: String,
    /// The model.
    pub model: String,
    /// The version kept (as logged), or `None` for every version.
    pub version: Option<String>,
    /// The variants kept.
    pub variants: Vec<Variant>,
    /// Window start (RFC 3339), if any.
    pub since: Option<String>,
    /// Window end (exclusive), if any.
    pub until: Option<String>,
    /// Prediction records kept.
    pub requests: usize,
    /// Of those, requests that did not succeed (status other than 200).
    pub failed: usize,
    /// Lines of the log that could not be read (a torn tail after a crash).
    pub skipped_lines: usize,
    /// Records of the model in the window left out because of their variant (shadow, say).
    pub other_variants: usize,
    /// Versions kept, with their variants and request counts.
    pub versions: Vec<VersionCount>,
}

/// Requests per version and variant.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct VersionCount {
    /// Version as logged.
    pub version: String,
    /// Variant.
    pub variant: String,
    /// Requests.
    pub requests: usize,
}

/// The selected part of the log.
#[derive(Debug, Clone)]
pub struct LogSlice {
    /// The model's prediction records kept, in write order.
    pub predictions: Vec<PredictionRecord>,
    /// Every feedback record of the model, in write order, whatever its time.
    pub feedback: Vec<FeedbackRecord>,
    /// Ids of every prediction record of the model (any version, variant or time), so
    /// feedback for a request outside the selection can be told from feedback for an id the
    /// log never saw.
    pub all_ids: std::collections::HashSet<String>,
    /// The summary.
    pub summary: SliceSummary,
}

fn fmt_window(since: Option<DateTime<Utc>>, until: Option<DateTime<Utc>>) -> String {
    match (since, until) {
        (None, None) => "in the whole log".into(),
        (Some(s), None) => format!("since {}", format_ts(&s)),
        (None, Some(u)) => format!("before {}", format_ts(&u)),
        (Some(s), Some(u)) => format!("between {} and {}", format_ts(&s), format_ts(&u)),
    }
}

fn backticked<'a>(items: impl IntoIterator<Item = &'a String>) -> String {
    items
        .into_iter()
        .map(|s| format!("`{s}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The log directory of a repository.
pub fn repo_log_dir(repo: &Repo) -> PathBuf {
    repo.mlo_dir().join("predictions")
}

/// Resolve `@VERSION` / `:ALIAS` to a version string as the log records it: a version the
/// log has as typed, else a registry reference resolved to its number.
fn resolve_version(
    repo: Option<&Repo>,
    target: &ServeRef,
    logged: &BTreeMap<String, usize>,
) -> Result<Option<String>, MonitorError> {
    let Some(selector) = &target.selector else {
        return Ok(None);
    };
    let bad = |reason: String| MonitorError::BadInput {
        input: target.input.clone(),
        reason,
    };
    if let Some(v) = selector.strip_prefix('@')
        && logged.contains_key(v)
    {
        return Ok(Some(v.to_string()));
    }
    let listed = if logged.is_empty() {
        "none".to_string()
    } else {
        backticked(logged.keys())
    };
    let shown = selector.trim_start_matches('@');
    let not_logged = format!(
        "no request in the log was answered by version `{shown}` (versions logged: {listed})"
    );
    // Not a logged version: a registry number, stage or alias?
    let Ok(reference) = format!("{}{selector}", target.name).parse::<ModelRef>() else {
        return Err(bad(not_logged));
    };
    let Some(repo) = repo else {
        return Err(bad(format!(
            "{not_logged}; resolving `{shown}` in the registry needs an mlo repository"
        )));
    };
    let index = repo
        .open_index()
        .map_err(|e| bad(format!("{not_logged}; cannot open the registry: {e}")))?;
    let number = registry::resolve(index.conn(), &reference)
        .map_err(|e| bad(format!("{not_logged}; in the registry: {e}")))?;
    let version = number.to_string();
    if !logged.contains_key(&version) {
        return Err(bad(format!(
            "`{}{selector}` is version {version} in the registry, but no request in the log was answered by it (versions logged: {listed})",
            target.name
        )));
    }
    Ok(Some(version))
}

/// Read the log and select one model's requests. `repo` resolves registry stages and aliases.
pub fn select(repo: Option<&Repo>, q: &LogQuery) -> Result<LogSlice, MonitorError> {
    let input = q.target.input.clone();
    let bad = |reason: String| MonitorError::BadInput {
        input: input.clone(),
        reason,
    };
    if let (Some(s), Some(u)) = (q.since, q.until)
        && s >= u
    {
        return Err(MonitorError::Usage(format!(
            "the window is empty: --since {} is not before --until {}",
            format_ts(&s),
            format_ts(&u)
        )));
    }
    let segments = predlog::segments(&q.dir).map_err(|e| {
        bad(format!(
            "cannot read the prediction log `{}`: {e}",
            q.dir.display()
        ))
    })?;
    if segments.is_empty() {
        return Err(MonitorError::NoServeLog {
            input: input.clone(),
            dir: q.dir.clone(),
        });
    }
    let read = predlog::read_dir(&q.dir).map_err(|e| {
        bad(format!(
            "cannot read the prediction log `{}`: {e}",
            q.dir.display()
        ))
    })?;
    let name = &q.target.name;
    let mut models: BTreeMap<String, usize> = BTreeMap::new();
    let mut versions: BTreeMap<String, usize> = BTreeMap::new();
    let mut predictions = Vec::new();
    let mut feedback = Vec::new();
    let mut all_ids = std::collections::HashSet::new();
    for record in read.records {
        match record {
            LogRecord::Prediction(p) => {
                *models.entry(p.model.clone()).or_default() += 1;
                if p.model == *name {
                    *versions.entry(p.version.clone()).or_default() += 1;
                    all_ids.insert(p.id.clone());
                    predictions.push(p);
                }
            }
            LogRecord::Feedback(f) => {
                if f.model == *name {
                    feedback.push(f);
                }
            }
        }
    }
    if predictions.is_empty() {
        return Err(bad(if models.is_empty() {
            format!(
                "the prediction log `{}` has no requests yet",
                q.dir.display()
            )
        } else {
            format!(
                "the prediction log has no requests for model `{name}` (models logged: {})",
                backticked(models.keys())
            )
        }));
    }
    let version = resolve_version(repo, &q.target, &versions)?;
    let variants = q.variants();
    let (first, last) = (
        predictions.first().map(|p| p.ts.clone()),
        predictions.last().map(|p| p.ts.clone()),
    );
    let mut kept = Vec::new();
    let mut other_variants = 0;
    let mut in_window_any = 0;
    let mut unparsed_ts = 0;
    for p in predictions {
        if version.as_deref().is_some_and(|v| p.version != v) {
            continue;
        }
        let Some(ts) = parse_ts(&p.ts) else {
            unparsed_ts += 1;
            continue;
        };
        if q.since.is_some_and(|s| ts < s) || q.until.is_some_and(|u| ts >= u) {
            continue;
        }
        in_window_any += 1;
        match Variant::parse(&p.variant) {
            Some(v) if variants.contains(&v) => kept.push(p),
            _ => other_variants += 1,
        }
    }
    let what = match &version {
        Some(v) => format!("model `{name}` version `{v}`"),
        None => format!("model `{name}`"),
    };
    if kept.is_empty() {
        let mut reason = format!("no requests for {what} {}", fmt_window(q.since, q.until));
        if in_window_any > 0 {
            reason.push_str(&format!(
                " in the variants {} ({in_window_any} in other variants: pass `--variant` to include them)",
                variants.iter().map(|v| format!("`{}`", v.as_str())).collect::<Vec<_>>().join(", ")
            ));
        } else if let (Some(f), Some(l)) = (first, last) {
            reason.push_str(&format!("; its requests in the log run from {f} to {l}"));
        }
        if unparsed_ts > 0 {
            reason.push_str(&format!(" ({unparsed_ts} records have an unreadable time)"));
        }
        return Err(MonitorError::EmptyWindow { input, reason });
    }
    let mut counts: BTreeMap<(String, String), usize> = BTreeMap::new();
    for p in &kept {
        *counts
            .entry((p.version.clone(), p.variant.clone()))
            .or_default() += 1;
    }
    let summary = SliceSummary {
        input: input.clone(),
        log: q.dir.display().to_string(),
        model: name.clone(),
        version,
        variants,
        since: q.since.map(|t| format_ts(&t)),
        until: q.until.map(|t| format_ts(&t)),
        requests: kept.len(),
        failed: kept.iter().filter(|p| p.status != 200).count(),
        skipped_lines: read.skipped,
        other_variants,
        versions: counts
            .into_iter()
            .map(|((version, variant), requests)| VersionCount {
                version,
                variant,
                requests,
            })
            .collect(),
    };
    Ok(LogSlice {
        predictions: kept,
        feedback,
        all_ids,
        summary,
    })
}

/// How the served inputs got their column names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FeatureNames {
    /// From the tensor names (`x_0`, `x_1`, ...).
    Tensor,
    /// From `--features`.
    Flag,
    /// From the `features` tag of the registry version.
    RegistryTag,
}

/// What [`served_table`] made of a slice.
#[derive(Debug, Clone, Serialize)]
pub struct ServedInfo {
    /// The selection.
    #[serde(flatten)]
    pub slice: SliceSummary,
    /// Rows (batch rows of successful requests).
    pub rows: usize,
    /// Input columns, in the model's input order.
    pub input_columns: Vec<String>,
    /// The input columns' names from the tensors, before any renaming.
    pub tensor_columns: Vec<String>,
    /// Where the input column names came from.
    pub feature_names: FeatureNames,
    /// Prediction (output) columns.
    pub prediction_columns: Vec<String>,
}

/// A slice as a table.
#[derive(Debug, Clone)]
pub struct ServedTable {
    /// The table.
    pub table: Table,
    /// What it holds.
    pub info: ServedInfo,
}

/// One tensor's place in the layout: name, per-row width, rank, integer datatype.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Slot {
    name: String,
    width: usize,
    rank: usize,
}

impl Slot {
    fn of(t: &LoggedTensor) -> Slot {
        Slot {
            name: t.name.clone(),
            width: t.shape.iter().skip(1).product(),
            rank: t.shape.len(),
        }
    }

    fn columns(&self, prefix: &str) -> Vec<String> {
        if self.rank <= 1 {
            vec![format!("{prefix}{}", self.name)]
        } else {
            (0..self.width)
                .map(|j| format!("{prefix}{}_{j}", self.name))
                .collect()
        }
    }

    fn describe(slots: &[Slot]) -> String {
        slots
            .iter()
            .map(|s| {
                if s.rank <= 1 {
                    s.name.clone()
                } else {
                    format!("{}[{}]", s.name, s.width)
                }
            })
            .collect::<Vec<_>>()
            .join(", ")
    }
}

fn rows_of(t: &LoggedTensor) -> usize {
    t.shape.first().copied().unwrap_or(1)
}

fn is_integer(datatype: &str) -> bool {
    datatype.starts_with("INT") || datatype.starts_with("UINT") || datatype == "BOOL"
}

/// The tensor's values, flat. FP32 (and FP16) values are logged widened to f64
/// (`0.4` becomes `0.4000000059604645`); they are read back as the shortest decimal the
/// 32-bit float round-trips to — the number the client sent — so they compare exactly with
/// the same numbers in a CSV.
fn numbers(t: &LoggedTensor) -> Option<Vec<f64>> {
    fn walk(v: &serde_json::Value, narrow: bool, out: &mut Vec<f64>) -> Option<()> {
        match v {
            serde_json::Value::Array(a) => a.iter().try_for_each(|x| walk(x, narrow, out)),
            serde_json::Value::Number(n) => {
                let x = n.as_f64()?;
                out.push(if narrow && x.is_finite() {
                    (x as f32).to_string().parse().unwrap_or(x)
                } else {
                    x
                });
                Some(())
            }
            serde_json::Value::Bool(b) => {
                out.push(f64::from(u8::from(*b)));
                Some(())
            }
            serde_json::Value::Null => {
                out.push(f64::NAN);
                Some(())
            }
            _ => None,
        }
    }
    let narrow = matches!(t.datatype.as_str(), "FP32" | "FP16");
    let mut out = Vec::new();
    walk(&t.data, narrow, &mut out)?;
    Some(out)
}

/// The `features` tag of a registry version, when the logged version is one.
fn registry_features(repo: Option<&Repo>, model: &str, version: &str) -> Option<Vec<String>> {
    let number: u64 = version.parse().ok()?;
    let index = repo?.open_index().ok()?;
    let info = registry::version_info(index.conn(), model, number).ok()?;
    let tag = info.record.tags.get("features")?;
    Some(
        tag.split(',')
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
            .collect(),
    )
}

/// Build the table of the slice's successful requests. `features` renames the input columns
/// (in the model's input order); without it the registry version's `features` tag does, when
/// every kept version has the same one.
pub fn served_table(
    repo: Option<&Repo>,
    slice: &LogSlice,
    features: Option<&[String]>,
) -> Result<ServedTable, MonitorError> {
    let input = slice.summary.input.clone();
    let bad = |reason: String| MonitorError::BadInput {
        input: input.clone(),
        reason,
    };
    let ok: Vec<&PredictionRecord> = slice
        .predictions
        .iter()
        .filter(|p| p.status == 200)
        .collect();
    let Some(first) = ok.first() else {
        return Err(MonitorError::EmptyWindow {
            input: input.clone(),
            reason: format!(
                "all {} selected requests failed; there are no served inputs to compare",
                slice.predictions.len()
            ),
        });
    };
    let in_slots: Vec<Slot> = first.inputs.iter().map(Slot::of).collect();
    let out_slots: Vec<Slot> = first.outputs.iter().map(Slot::of).collect();
    let in_integer: Vec<bool> = first
        .inputs
        .iter()
        .map(|t| is_integer(&t.datatype))
        .collect();
    let out_integer: Vec<bool> = first
        .outputs
        .iter()
        .map(|t| is_integer(&t.datatype))
        .collect();
    let tensor_columns: Vec<String> = in_slots.iter().flat_map(|s| s.columns("")).collect();
    let prediction_columns: Vec<String> = out_slots
        .iter()
        .flat_map(|s| s.columns(PREDICTION_PREFIX))
        .collect();

    // Input names: the flag, else one registry tag shared by every kept version.
    let (input_columns, feature_names) = match features {
        Some(names) => (names.to_vec(), FeatureNames::Flag),
        None => {
            let mut tags = slice
                .summary
                .versions
                .iter()
                .map(|v| registry_features(repo, &slice.summary.model, &v.version));
            let first_tag = tags.next().flatten();
            match first_tag {
                Some(t) if tags.all(|x| x.as_ref() == Some(&t)) => (t, FeatureNames::RegistryTag),
                _ => (tensor_columns.clone(), FeatureNames::Tensor),
            }
        }
    };
    if input_columns.len() != tensor_columns.len() {
        let source = match feature_names {
            FeatureNames::Flag => "`--features`".to_string(),
            _ => "the registry tag `features`".to_string(),
        };
        return Err(bad(format!(
            "{source} names {} columns, but the served inputs ({}) have {}: {}",
            input_columns.len(),
            Slot::describe(&in_slots),
            tensor_columns.len(),
            backticked(&tensor_columns)
        )));
    }
    let mut seen = std::collections::HashSet::new();
    for c in input_columns.iter().chain(&prediction_columns) {
        if !seen.insert(c) {
            return Err(bad(format!(
                "column `{c}` would appear twice (inputs {}, predictions {})",
                backticked(&input_columns),
                backticked(&prediction_columns)
            )));
        }
    }

    let mut values: Vec<Vec<f64>> =
        vec![Vec::new(); input_columns.len() + prediction_columns.len()];
    let mut rows = 0usize;
    for p in &ok {
        let these_in: Vec<Slot> = p.inputs.iter().map(Slot::of).collect();
        let these_out: Vec<Slot> = p.outputs.iter().map(Slot::of).collect();
        if these_in != in_slots || these_out != out_slots {
            return Err(bad(format!(
                "request `{}` (version `{}`) has inputs ({}) and outputs ({}), but request `{}` (version `{}`) has ({}) and ({}); select one version with `serve:{}@VERSION`",
                p.id,
                p.version,
                Slot::describe(&these_in),
                Slot::describe(&these_out),
                first.id,
                first.version,
                Slot::describe(&in_slots),
                Slot::describe(&out_slots),
                slice.summary.model
            )));
        }
        let n = p.inputs.first().map(rows_of).unwrap_or(1);
        let mut col = 0;
        for (t, slot) in p
            .inputs
            .iter()
            .chain(&p.outputs)
            .zip(in_slots.iter().chain(&out_slots))
        {
            let data = numbers(t).ok_or_else(|| {
                bad(format!(
                    "request `{}`: tensor `{}` holds values that are not numbers",
                    p.id, t.name
                ))
            })?;
            if rows_of(t) != n || data.len() != n * slot.width {
                return Err(bad(format!(
                    "request `{}`: tensor `{}` has shape {:?} and {} values, which does not match {n} rows",
                    p.id,
                    t.name,
                    t.shape,
                    data.len()
                )));
            }
            let cols = if slot.rank <= 1 { 1 } else { slot.width };
            for j in 0..cols {
                let dest = &mut values[col + j];
                dest.extend((0..n).map(|r| data[r * cols + j]));
            }
            col += cols;
        }
        rows += n;
    }
    let integer: Vec<bool> = in_slots
        .iter()
        .zip(&in_integer)
        .chain(out_slots.iter().zip(&out_integer))
        .flat_map(|(s, &i)| std::iter::repeat_n(i, if s.rank <= 1 { 1 } else { s.width }))
        .collect();
    let names: Vec<String> = input_columns
        .iter()
        .chain(&prediction_columns)
        .cloned()
        .collect();
    let columns = names
        .iter()
        .zip(values)
        .zip(&integer)
        .map(|((name, v), &int)| {
            let missing = v.iter().filter(|x| !x.is_finite()).count();
            let v: Vec<f64> = v
                .into_iter()
                .map(|x| if x.is_finite() { x } else { f64::NAN })
                .collect();
            Column {
                name: name.clone(),
                integer_literals: int && missing == 0 && !v.is_empty(),
                values: Values::Numeric(v),
                missing,
            }
        })
        .collect();
    Ok(ServedTable {
        table: Table {
            label: slice.summary.input.clone(),
            rows,
            columns,
            all_columns: names,
        },
        info: ServedInfo {
            slice: slice.summary.clone(),
            rows,
            input_columns,
            tensor_columns,
            feature_names,
            prediction_columns,
        },
    })
}

/// Whether `dir` holds any segment (used for messages).
pub fn has_log(dir: &Path) -> bool {
    predlog::segments(dir).is_ok_and(|s| !s.is_empty())
}
