//! The prediction log of `mlo serve` as monitoring and A/B input: `serve:NAME[@VERSION]`.
//!
//! [`select`] streams the log (`serve::predlog::for_each_record`, in write order, a torn or
//! unparseable line skipped and counted) and keeps, of one served model, the requests of one
//! version (as logged: a registry version number or a file's digest prefix; a stage or alias
//! is resolved through the registry *now*), of the variants asked for (primary and canary by
//! default: shadow records mirror the same requests and are never mixed in unless asked),
//! inside a time window `[since, until)`. What it keeps of them depends on the caller
//! ([`Keep`]): the numbers of the successful requests' tensors, column by column
//! (`monitor::tensors`), for a table; a compact [`Request`] (time, arm, status, latency) and
//! the id per request for `mlo monitor perf` and `mlo ab`; the model's feedback, its outcomes
//! as raw JSON text, for `ab::served` to join. Other models' records, and the JSON of the requests, are never held:
//! memory follows the selection, not the log. Version resolution needs the versions the log
//! has: `@VERSION` as logged is kept in the same pass that counts them; a stage or alias
//! (`@production`, `:champion`) takes a second pass once it is resolved, and so does telling
//! feedback for a request outside the selection from feedback for an id never logged, when
//! there is such feedback.
//!
//! [`served_table`] turns the selected successful requests into a table for the drift
//! machinery, moving the columns out of the store rather than copying them: one row per batch
//! row; an input tensor `x` of shape `[n, k]` becomes the columns `x_0` … `x_{k-1}` (`x` alone
//! for shape `[n]`), renamed by `--features` or by the registry version's `features` tag; an
//! output `y` becomes the prediction columns `pred_y_0` … (or `pred_y`). [`window_plan`] and
//! [`TablePlan::gather`] do the same for one window of `monitor::perf`: the store keeps each
//! window's requests as a part of its own (`monitor::tensors`), with what its errors name, so
//! no request id is kept. Every error names the model, the version, the window or the request
//! id.

use std::collections::{BTreeMap, HashSet};
use std::ops::ControlFlow;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use serde::Serialize;
use serde_json::value::RawValue;

use super::MonitorError;
use super::tensors::{Flaw, Slot, TensorStore};
use crate::clock::{format_ts, parse_ts};
use crate::registry::{self, ModelRef};
use crate::repo::Repo;
use crate::serve::predlog::{self, RecordRef};
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

/// What [`select`] keeps of the selected requests, by what the caller does with them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Keep {
    /// The numbers of the successful requests' tensors, nothing per request: a table
    /// (`mlo monitor drift`, [`served_table`]).
    Table,
    /// Every request's [`Request`], and the tensors when `window_tables` is the length in
    /// seconds of the windows to make one table each of (`mlo monitor perf`).
    Traffic {
        /// Window length in seconds for per-window tables, or `None` for no tensors.
        window_tables: Option<u64>,
    },
    /// Every request's [`Request`] and id, and the model's feedback (`mlo ab analyze`).
    Units,
}

impl Keep {
    fn requests(self) -> bool {
        !matches!(self, Keep::Table)
    }

    fn tensors(self) -> bool {
        match self {
            Keep::Table => true,
            Keep::Traffic { window_tables } => window_tables.is_some(),
            Keep::Units => false,
        }
    }

    /// The table (store part) a request at `time` belongs to: its window's start, or 0.
    fn part(self, time: i64) -> i64 {
        match self {
            Keep::Traffic {
                window_tables: Some(w),
            } if w > 0 => window_start(time, w),
            _ => 0,
        }
    }

    fn feedback(self) -> bool {
        self == Keep::Units
    }
}

/// The start of the window of `seconds` (not 0) that `time` (seconds since the Unix epoch) falls
/// in: windows are aligned to multiples of their length.
pub fn window_start(time: i64, seconds: u64) -> i64 {
    let s = seconds as i64;
    time.div_euclid(s) * s
}

/// A version and variant requests were answered by (`primary@2`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Arm {
    /// Version as logged.
    pub version: String,
    /// Variant as logged.
    pub variant: String,
}

/// One selected request, compactly.
#[derive(Debug, Clone, Copy)]
pub struct Request {
    /// When the response was sent, in whole seconds since the Unix epoch (UTC).
    pub time: i64,
    /// Latency in milliseconds.
    pub latency_ms: f64,
    /// Index into [`LogSlice::arms`].
    pub arm: u32,
    /// HTTP status.
    pub status: u16,
}

/// A feedback record of the model.
#[derive(Debug, Clone)]
pub struct Feedback {
    /// The request id the outcome belongs to.
    pub id: Box<str>,
    /// The outcome as logged (raw JSON).
    pub outcome: Box<RawValue>,
}

/// The selected part of the log.
#[derive(Debug, Clone)]
pub struct LogSlice {
    /// The selected requests in write order (empty for [`Keep::Table`]).
    pub requests: Vec<Request>,
    /// Their ids, index for index ([`Keep::Units`] only).
    pub ids: Vec<Box<str>>,
    /// The arms requests point into, in order of first appearance.
    pub arms: Vec<Arm>,
    /// The tensors of the selected successful requests (when kept): one entry per request
    /// with status 200, in order, in the part [`Keep`] says.
    pub tensors: Option<TensorStore>,
    /// Every feedback record of the model, in write order, whatever its time
    /// ([`Keep::Units`] only).
    pub feedback: Vec<Feedback>,
    /// Ids of feedback that match no selected request but a request of the model outside the
    /// selection (another window, version or variant), so it can be told from feedback for an
    /// id the log never saw ([`Keep::Units`] only).
    pub outside_ids: HashSet<Box<str>>,
    /// The summary.
    pub summary: SliceSummary,
    /// What was kept.
    pub keep: Keep,
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

/// Which requests of the model a pass keeps.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Filter {
    /// Every version.
    Any,
    /// One version as logged.
    Version(String),
    /// None: the pass only counts (the version is resolved afterwards).
    Nothing,
}

/// What one pass over the log found and kept.
#[derive(Default)]
struct Pass {
    skipped: usize,
    /// Prediction records per model (names for the message when the model has none).
    models: BTreeMap<String, usize>,
    /// The model's prediction records per version.
    versions: BTreeMap<String, usize>,
    /// The model's prediction records.
    model_requests: usize,
    first_ts: Option<String>,
    last_ts: String,
    in_window_any: usize,
    other_variants: usize,
    unparsed_ts: usize,
    kept: usize,
    failed: usize,
    arms: Vec<Arm>,
    arm_requests: Vec<usize>,
    requests: Vec<Request>,
    ids: Vec<Box<str>>,
    tensors: Option<TensorStore>,
    feedback: Vec<Feedback>,
    /// A selection too large for the tensor store.
    too_large: Option<String>,
}

fn count(map: &mut BTreeMap<String, usize>, key: &str) {
    match map.get_mut(key) {
        Some(n) => *n += 1,
        None => {
            map.insert(key.to_string(), 1);
        }
    }
}

/// One streaming pass: count what the messages need, keep what `filter` and `keep` select.
fn read_pass(q: &LogQuery, keep: Keep, filter: &Filter) -> Result<Pass, MonitorError> {
    let name = q.target.name.as_str();
    let variants = q.variants();
    let mut pass = Pass {
        tensors: keep.tensors().then(TensorStore::default),
        ..Pass::default()
    };
    let stats = predlog::for_each_record(&q.dir, |record| {
        let p = match record {
            RecordRef::Prediction(p) => p,
            RecordRef::Feedback(f) => {
                if keep.feedback() && *filter != Filter::Nothing && f.model == name {
                    pass.feedback.push(Feedback {
                        id: f.id.into(),
                        outcome: f.outcome.into_owned(),
                    });
                }
                return ControlFlow::Continue(());
            }
        };
        count(&mut pass.models, &p.model);
        if p.model != name {
            return ControlFlow::Continue(());
        }
        count(&mut pass.versions, &p.version);
        pass.model_requests += 1;
        if pass.first_ts.is_none() {
            pass.first_ts = Some(p.ts.to_string());
        }
        pass.last_ts.clear();
        pass.last_ts.push_str(&p.ts);
        match filter {
            Filter::Nothing => return ControlFlow::Continue(()),
            Filter::Version(v) if *p.version != **v => return ControlFlow::Continue(()),
            _ => {}
        }
        let Some(ts) = parse_ts(&p.ts) else {
            pass.unparsed_ts += 1;
            return ControlFlow::Continue(());
        };
        if q.since.is_some_and(|s| ts < s) || q.until.is_some_and(|u| ts >= u) {
            return ControlFlow::Continue(());
        }
        pass.in_window_any += 1;
        if !Variant::parse(&p.variant).is_some_and(|v| variants.contains(&v)) {
            pass.other_variants += 1;
            return ControlFlow::Continue(());
        }
        let arm = match pass
            .arms
            .iter()
            .position(|a| *a.version == *p.version && *a.variant == *p.variant)
        {
            Some(i) => i,
            None => {
                pass.arms.push(Arm {
                    version: p.version.to_string(),
                    variant: p.variant.to_string(),
                });
                pass.arm_requests.push(0);
                pass.arms.len() - 1
            }
        };
        pass.arm_requests[arm] += 1;
        pass.kept += 1;
        if p.status != 200 {
            pass.failed += 1;
        }
        if keep.requests() {
            pass.requests.push(Request {
                time: ts.timestamp(),
                latency_ms: p.latency_ms,
                arm: arm as u32,
                status: p.status,
            });
        }
        if keep.feedback() {
            pass.ids.push(Box::from(&*p.id));
        }
        if let Some(store) = pass.tensors.as_mut().filter(|_| p.status == 200)
            && let Err(e) = store.push(&p, &p.version, keep.part(ts.timestamp()))
        {
            pass.too_large = Some(e);
            return ControlFlow::Break(());
        }
        ControlFlow::Continue(())
    })
    .map_err(|e| MonitorError::BadInput {
        input: q.target.input.clone(),
        reason: format!("cannot read the prediction log `{}`: {e}", q.dir.display()),
    })?;
    if let Some(reason) = pass.too_large.take() {
        return Err(MonitorError::BadInput {
            input: q.target.input.clone(),
            reason,
        });
    }
    pass.skipped = stats.skipped;
    Ok(pass)
}

/// Read the log and select one model's requests, keeping what `keep` says.
/// `repo` resolves registry stages and aliases.
pub fn select(repo: Option<&Repo>, q: &LogQuery, keep: Keep) -> Result<LogSlice, MonitorError> {
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
    let name = &q.target.name;
    // `@VERSION` as logged is the usual case: keep it while counting the versions.
    let first = match q.target.selector.as_deref() {
        None => Filter::Any,
        Some(s) => match s.strip_prefix('@') {
            Some(v) => Filter::Version(v.to_string()),
            None => Filter::Nothing,
        },
    };
    let mut pass = read_pass(q, keep, &first)?;
    if pass.model_requests == 0 {
        return Err(bad(if pass.models.is_empty() {
            format!(
                "the prediction log `{}` has no requests yet",
                q.dir.display()
            )
        } else {
            format!(
                "the prediction log has no requests for model `{name}` (models logged: {})",
                backticked(pass.models.keys())
            )
        }));
    }
    let version = resolve_version(repo, &q.target, &pass.versions)?;
    let wanted = match &version {
        None => Filter::Any,
        Some(v) => Filter::Version(v.clone()),
    };
    if wanted != first {
        pass = read_pass(q, keep, &wanted)?;
    }
    let variants = q.variants();
    let what = match &version {
        Some(v) => format!("model `{name}` version `{v}`"),
        None => format!("model `{name}`"),
    };
    if pass.kept == 0 {
        let mut reason = format!("no requests for {what} {}", fmt_window(q.since, q.until));
        if pass.in_window_any > 0 {
            reason.push_str(&format!(
                " in the variants {} ({} in other variants: pass `--variant` to include them)",
                variants
                    .iter()
                    .map(|v| format!("`{}`", v.as_str()))
                    .collect::<Vec<_>>()
                    .join(", "),
                pass.in_window_any
            ));
        } else if let Some(f) = &pass.first_ts {
            reason.push_str(&format!(
                "; its requests in the log run from {f} to {}",
                pass.last_ts
            ));
        }
        if pass.unparsed_ts > 0 {
            reason.push_str(&format!(
                " ({} records have an unreadable time)",
                pass.unparsed_ts
            ));
        }
        return Err(MonitorError::EmptyWindow { input, reason });
    }
    let outside_ids = if keep.feedback() {
        outside_ids(q, &pass)?
    } else {
        HashSet::new()
    };
    let mut counts: Vec<VersionCount> = pass
        .arms
        .iter()
        .zip(&pass.arm_requests)
        .map(|(a, &requests)| VersionCount {
            version: a.version.clone(),
            variant: a.variant.clone(),
            requests,
        })
        .collect();
    counts.sort_by(|a, b| (&a.version, &a.variant).cmp(&(&b.version, &b.variant)));
    let summary = SliceSummary {
        input: input.clone(),
        log: q.dir.display().to_string(),
        model: name.clone(),
        version,
        variants,
        since: q.since.map(|t| format_ts(&t)),
        until: q.until.map(|t| format_ts(&t)),
        requests: pass.kept,
        failed: pass.failed,
        skipped_lines: pass.skipped,
        other_variants: pass.other_variants,
        versions: counts,
    };
    Ok(LogSlice {
        requests: pass.requests,
        ids: pass.ids,
        arms: pass.arms,
        tensors: pass.tensors,
        feedback: pass.feedback,
        outside_ids,
        summary,
        keep,
    })
}

/// Feedback ids that match no selected request but some request of the model: a second pass,
/// only when there is such feedback and the model has requests outside the selection.
fn outside_ids(q: &LogQuery, pass: &Pass) -> Result<HashSet<Box<str>>, MonitorError> {
    let selected: HashSet<&str> = pass.ids.iter().map(|s| &**s).collect();
    let mut unmatched: HashSet<&str> = pass
        .feedback
        .iter()
        .map(|f| &*f.id)
        .filter(|id| !selected.contains(id))
        .collect();
    let mut found = HashSet::new();
    if unmatched.is_empty() || pass.model_requests <= pass.kept {
        return Ok(found);
    }
    let name = q.target.name.as_str();
    predlog::for_each_record(&q.dir, |record| {
        if let RecordRef::Prediction(p) = record
            && p.model == name
            && unmatched.remove(&*p.id)
        {
            found.insert(Box::from(&*p.id));
            if unmatched.is_empty() {
                return ControlFlow::Break(());
            }
        }
        ControlFlow::Continue(())
    })
    .map_err(|e| MonitorError::BadInput {
        input: q.target.input.clone(),
        reason: format!("cannot read the prediction log `{}`: {e}", q.dir.display()),
    })?;
    Ok(found)
}

/// [`select`] for a table: the summary and the tensors of the selected successful requests.
pub fn select_table(
    repo: Option<&Repo>,
    q: &LogQuery,
) -> Result<(SliceSummary, TensorStore), MonitorError> {
    let slice = select(repo, q, Keep::Table)?;
    // `Keep::Table` always keeps the tensors.
    Ok((slice.summary, slice.tensors.unwrap_or_default()))
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

/// A table checked and named, its numbers not yet gathered: [`served_table`] moves them out
/// of the store, [`TablePlan::gather`] copies a subset's.
#[derive(Debug, Clone)]
pub struct TablePlan {
    info: ServedInfo,
    /// The entries of a subset (`None`: every entry of the store).
    entries: Option<Vec<u32>>,
    /// Per column: integer datatype.
    integer: Vec<bool>,
}

impl TablePlan {
    /// What the table holds.
    pub fn info(&self) -> &ServedInfo {
        &self.info
    }

    /// The table, its numbers copied from `store` (the store the plan was made on).
    pub fn gather(&self, store: &TensorStore) -> ServedTable {
        let values = match &self.entries {
            Some(list) => store.gather(list),
            None => store.gather(&(0..store.len() as u32).collect::<Vec<_>>()),
        };
        self.finish(values)
    }

    fn finish(&self, values: Vec<Vec<f64>>) -> ServedTable {
        let names: Vec<String> = self
            .info
            .input_columns
            .iter()
            .chain(&self.info.prediction_columns)
            .cloned()
            .collect();
        let columns = names
            .iter()
            .zip(values)
            .zip(&self.integer)
            .map(|((name, mut v), &int)| {
                let mut missing = 0;
                for x in v.iter_mut() {
                    if !x.is_finite() {
                        missing += 1;
                        *x = f64::NAN;
                    }
                }
                Column {
                    name: name.clone(),
                    integer_literals: int && missing == 0 && !v.is_empty(),
                    values: Values::Numeric(v),
                    missing,
                }
            })
            .collect();
        ServedTable {
            table: Table {
                label: self.info.slice.input.clone(),
                rows: self.info.rows,
                columns,
                all_columns: names,
            },
            info: self.info.clone(),
        }
    }
}

/// Check and name the table of the store's `part`, whose entries are `entries` (every entry
/// when `None`); `requests` is how many requests the entries were chosen from.
fn plan(
    repo: Option<&Repo>,
    summary: &SliceSummary,
    store: &TensorStore,
    part: i64,
    entries: Option<&[u32]>,
    requests: usize,
    features: Option<&[String]>,
) -> Result<TablePlan, MonitorError> {
    let input = summary.input.clone();
    let bad = |reason: String| MonitorError::BadInput {
        input: input.clone(),
        reason,
    };
    let Some((in_slots, out_slots, integer)) = store.head(part) else {
        return Err(MonitorError::EmptyWindow {
            input: input.clone(),
            reason: format!(
                "all {requests} selected requests failed; there are no served inputs to compare"
            ),
        });
    };
    let tensor_columns: Vec<String> = in_slots.iter().flat_map(|s| s.columns("")).collect();
    let prediction_columns: Vec<String> = out_slots
        .iter()
        .flat_map(|s| s.columns(PREDICTION_PREFIX))
        .collect();

    // Input names: the flag, else one registry tag shared by every kept version.
    let (input_columns, feature_names) = match features {
        Some(names) => (names.to_vec(), FeatureNames::Flag),
        None => {
            let mut tags = summary
                .versions
                .iter()
                .map(|v| registry_features(repo, &summary.model, &v.version));
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
            Slot::describe(in_slots),
            tensor_columns.len(),
            backticked(&tensor_columns)
        )));
    }
    let mut seen = HashSet::new();
    for c in input_columns.iter().chain(&prediction_columns) {
        if !seen.insert(c) {
            return Err(bad(format!(
                "column `{c}` would appear twice (inputs {}, predictions {})",
                backticked(&input_columns),
                backticked(&prediction_columns)
            )));
        }
    }
    match store.flaw(part) {
        None => {}
        Some(Flaw::Problem(reason)) => return Err(bad(reason)),
        Some(Flaw::Layouts {
            first,
            first_slots,
            other,
            other_slots,
        }) => {
            return Err(bad(format!(
                "request `{}` (version `{}`) has inputs ({}) and outputs ({}), but request `{}` (version `{}`) has ({}) and ({}); select one version with `serve:{}@VERSION`",
                other.id,
                other.version,
                Slot::describe(&other_slots.0),
                Slot::describe(&other_slots.1),
                first.id,
                first.version,
                Slot::describe(&first_slots.0),
                Slot::describe(&first_slots.1),
                summary.model
            )));
        }
    }
    Ok(TablePlan {
        info: ServedInfo {
            slice: summary.clone(),
            rows: store.rows(entries),
            input_columns,
            tensor_columns,
            feature_names,
            prediction_columns,
        },
        entries: entries.map(<[u32]>::to_vec),
        integer,
    })
}

/// Build the table of the selected successful requests, moving their numbers out of `store`.
/// `features` renames the input columns (in the model's input order); without it the registry
/// version's `features` tag does, when every kept version has the same one.
pub fn served_table(
    repo: Option<&Repo>,
    summary: SliceSummary,
    store: TensorStore,
    features: Option<&[String]>,
) -> Result<ServedTable, MonitorError> {
    let plan = plan(repo, &summary, &store, 0, None, summary.requests, features)?;
    Ok(plan.finish(store.into_columns()))
}

/// Check and name the table of one window of a slice read with [`Keep::Traffic`]: `start` is
/// the window's start (its part of the store) and `entries` its successful requests' entries
/// (ascending). The numbers are copied only by [`TablePlan::gather`].
pub fn window_plan(
    repo: Option<&Repo>,
    summary: &SliceSummary,
    store: &TensorStore,
    start: i64,
    entries: &[u32],
) -> Result<TablePlan, MonitorError> {
    plan(
        repo,
        summary,
        store,
        start,
        Some(entries),
        entries.len(),
        None,
    )
}

/// Whether `dir` holds any segment (used for messages).
pub fn has_log(dir: &Path) -> bool {
    predlog::segments(dir).is_ok_and(|s| !s.is_empty())
}
