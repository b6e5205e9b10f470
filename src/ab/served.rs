//! `mlo ab analyze serve:NAME`: the prediction log of `mlo serve` joined with its feedback
//! records by request id, as experiment units.
//!
//! The join (documented in docs/ab.md):
//! - units are the selected requests (primary and canary; shadow records mirror the same ids
//!   and are never units) that have feedback; requests without feedback are excluded and
//!   counted per arm;
//! - an arm is `VARIANT@VERSION`, as the canary split assigned it (`primary@2`, `canary@3`);
//! - a feedback outcome that is a number or boolean is the metric `outcome`; an object gives
//!   one metric per numeric or boolean key (`{"converted": 1, "revenue": 9.5}`); a string
//!   holding a number counts as that number; anything else is unusable, excluded and counted;
//! - when an id has several feedback records the last one written wins (the others are
//!   counted); feedback whose id matches no selected request is counted apart: for a request
//!   outside the selection (another window, version or variant), or for an id the log never saw;
//! - a request id logged twice among the selected requests cannot be attributed: its requests
//!   are excluded and counted;
//! - `latency_ms` of the request is a value column too, for `--guardrail latency_ms:max`.
//!
//! The joined units go through the same accumulator as a table (`input::scan_rows`), so the
//! statistics are those of a CSV with one row per unit, which the tests check.
//!
//! It reads a selection made with `served::Keep::Units`: per request its arm, latency and id,
//! and the model's feedback with outcomes as raw JSON, parsed only for the requests joined;
//! the units' values are held as one flat array.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde::Serialize;
use serde_json::Value;
use serde_json::value::RawValue;

use super::input::{Scan, TableSpec, scan_rows};
use super::{AbError, usage};
use crate::monitor::served::{LogSlice, SliceSummary};

/// The metric name of a scalar outcome.
pub const OUTCOME_METRIC: &str = "outcome";
/// The request latency column.
pub const LATENCY_METRIC: &str = "latency_ms";

/// One arm of the served experiment.
#[derive(Debug, Clone, Serialize)]
pub struct ServedArm {
    /// `VARIANT@VERSION`.
    pub arm: String,
    /// `primary` or `canary` (or `shadow` when asked).
    pub variant: String,
    /// The version as logged.
    pub version: String,
    /// Selected requests.
    pub requests: usize,
    /// Of those, with usable feedback: the units.
    pub units: usize,
    /// Requests without feedback (excluded).
    pub without_feedback: usize,
}

/// What the join did, for the report.
#[derive(Debug, Clone, Serialize)]
pub struct JoinSummary {
    /// The selection.
    pub selection: SliceSummary,
    /// Per arm.
    pub arms: Vec<ServedArm>,
    /// Feedback records of the model read.
    pub feedback_records: usize,
    /// Feedback records superseded by a later one for the same id.
    pub feedback_superseded: usize,
    /// Feedback for requests that exist but are outside the selection.
    pub feedback_outside_selection: usize,
    /// Feedback for ids the log has no request for.
    pub feedback_unknown_ids: usize,
    /// Joined requests whose outcome is not a number, boolean or object of them.
    pub feedback_unusable: usize,
    /// Joined requests whose outcome lacks a metric being analyzed.
    pub missing_metric: usize,
    /// Requests excluded because their id was logged more than once.
    pub ambiguous_ids: usize,
    /// Metrics the feedback offers (plus `latency_ms`).
    pub available_metrics: Vec<String>,
    /// Where the expected split came from: `flag`, `serve.start` or `equal`.
    pub split_source: String,
}

/// The metrics an outcome carries.
fn outcome_metrics(outcome: &RawValue) -> Option<Vec<(String, f64)>> {
    fn number(v: &Value) -> Option<f64> {
        match v {
            Value::Number(n) => n.as_f64().filter(|x| x.is_finite()),
            Value::Bool(b) => Some(f64::from(u8::from(*b))),
            Value::String(s) => s.trim().parse::<f64>().ok().filter(|x| x.is_finite()),
            _ => None,
        }
    }
    match serde_json::from_str::<Value>(outcome.get()).ok()? {
        Value::Object(map) => {
            let found: Vec<(String, f64)> = map
                .iter()
                .filter_map(|(k, v)| number(v).map(|x| (k.clone(), x)))
                .collect();
            (!found.is_empty()).then_some(found)
        }
        other => number(&other).map(|x| vec![(OUTCOME_METRIC.to_string(), x)]),
    }
}

/// The joined units, ready for the analysis.
#[derive(Debug)]
pub struct Joined {
    /// Per-arm sufficient statistics.
    pub scan: Scan,
    /// The metrics analyzed (in the order asked, or the feedback's).
    pub metrics: Vec<String>,
    /// The join's report.
    pub summary: JoinSummary,
}

/// Join `slice` with its feedback and accumulate the units. `metrics` are the metric columns
/// asked for (empty: every metric the feedback has), `guardrails` are added to them, and
/// `spec_for` builds the accumulator's spec (covariates included) from the final list.
pub fn join(
    slice: &LogSlice,
    metrics: &[String],
    spec_for: impl Fn(&[String]) -> Result<TableSpec, AbError>,
    guardrails: &[String],
) -> Result<Joined, AbError> {
    // Ids logged more than once among the selected requests cannot be attributed.
    let mut id_count: HashMap<&str, usize> = HashMap::with_capacity(slice.ids.len());
    for id in &slice.ids {
        *id_count.entry(id).or_default() += 1;
    }
    let ambiguous_ids = slice.ids.iter().filter(|id| id_count[&***id] > 1).count();
    // The last feedback per id wins.
    let mut feedback: HashMap<&str, &RawValue> = HashMap::new();
    let mut superseded = 0;
    for f in &slice.feedback {
        if feedback.insert(&f.id, &f.outcome).is_some() {
            superseded += 1;
        }
    }
    let mut outside = 0;
    let mut unknown = 0;
    for id in feedback.keys() {
        if !id_count.contains_key(id) {
            if slice.outside_ids.contains(*id) {
                outside += 1;
            } else {
                unknown += 1;
            }
        }
    }
    let mut available: BTreeSet<String> = BTreeSet::new();
    // The requests that are units (their outcome is parsed again when the values are taken).
    let mut units: Vec<usize> = Vec::new();
    let mut unusable = 0;
    // Arms in order of first appearance (the slice's order), with their request and unit
    // counts.
    let mut arms: Vec<ServedArm> = slice
        .arms
        .iter()
        .map(|a| ServedArm {
            arm: format!("{}@{}", a.variant, a.version),
            variant: a.variant.clone(),
            version: a.version.clone(),
            requests: 0,
            units: 0,
            without_feedback: 0,
        })
        .collect();
    for (i, (r, id)) in slice.requests.iter().zip(&slice.ids).enumerate() {
        let arm = &mut arms[r.arm as usize];
        arm.requests += 1;
        if id_count[&**id] > 1 {
            continue;
        }
        let Some(outcome) = feedback.get(&**id) else {
            arm.without_feedback += 1;
            continue;
        };
        let Some(values) = outcome_metrics(outcome) else {
            unusable += 1;
            continue;
        };
        for (k, _) in values {
            available.insert(k);
        }
        units.push(i);
    }
    available.insert(LATENCY_METRIC.to_string());
    let available: Vec<String> = available.into_iter().collect();
    let mut metrics: Vec<String> = metrics.to_vec();
    if metrics.is_empty() {
        metrics = available
            .iter()
            .filter(|m| *m != LATENCY_METRIC)
            .cloned()
            .collect();
    }
    for g in guardrails {
        if !metrics.contains(g) {
            metrics.push(g.clone());
        }
    }
    let spec = spec_for(&metrics)?;
    for c in &spec.value_columns {
        if !available.contains(c) {
            let hint = format!(
                "the metrics in the feedback are: {}",
                available
                    .iter()
                    .map(|m| format!("`{m}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            );
            return Err(usage(
                format!("`{}`: no feedback carries `{c}`", slice.summary.input),
                Some(&hint),
            ));
        }
    }
    // One row per unit that has every value column: its arm, and its values in one flat array.
    let width = spec.value_columns.len();
    let mut missing_metric = 0;
    let mut row_arms: Vec<u32> = Vec::with_capacity(units.len());
    let mut values: Vec<f64> = Vec::with_capacity(units.len() * width);
    for i in units {
        let r = &slice.requests[i];
        let found = outcome_metrics(feedback[&*slice.ids[i]]).unwrap_or_default();
        let row: Option<Vec<f64>> = spec
            .value_columns
            .iter()
            .map(|c| {
                if c == LATENCY_METRIC {
                    Some(r.latency_ms).filter(|x| x.is_finite())
                } else {
                    found.iter().find(|(k, _)| k == c).map(|(_, x)| *x)
                }
            })
            .collect();
        match row {
            Some(v) => {
                row_arms.push(r.arm);
                values.extend(v);
            }
            None => missing_metric += 1,
        }
    }
    for &a in &row_arms {
        arms[a as usize].units += 1;
    }
    if row_arms.is_empty() {
        return Err(usage(
            format!(
                "`{}`: none of the {} selected requests has usable feedback",
                slice.summary.input,
                slice.requests.len()
            ),
            Some(
                "clients post outcomes to `POST /v2/models/NAME/feedback` with `{\"id\": \"<x-request-id>\", \"outcome\": ...}`",
            ),
        ));
    }
    let names: Vec<&str> = arms.iter().map(|a| a.arm.as_str()).collect();
    let scan = scan_rows(
        &spec,
        row_arms.iter().enumerate().map(|(k, &a)| {
            (
                names[a as usize].as_bytes(),
                &values[k * width..(k + 1) * width],
            )
        }),
        &slice.summary.input,
    )?;
    Ok(Joined {
        scan,
        metrics,
        summary: JoinSummary {
            selection: slice.summary.clone(),
            arms,
            feedback_records: slice.feedback.len(),
            feedback_superseded: superseded,
            feedback_outside_selection: outside,
            feedback_unknown_ids: unknown,
            feedback_unusable: unusable,
            missing_metric,
            ambiguous_ids,
            available_metrics: available,
            split_source: String::new(),
        },
    })
}

/// The canary percentages `serve.start` events recorded for `model`, keyed by
/// `(primary version, canary version)`.
pub fn canary_splits(
    conn: &rusqlite::Connection,
    model: &str,
) -> rusqlite::Result<BTreeMap<(String, String), BTreeSet<u64>>> {
    let mut stmt =
        conn.prepare("SELECT details FROM audit_events WHERE action = 'serve.start' ORDER BY seq")?;
    let rows: Vec<String> = stmt
        .query_map([], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    let mut out: BTreeMap<(String, String), BTreeSet<u64>> = BTreeMap::new();
    for details in rows {
        let Ok(v) = serde_json::from_str::<Value>(&details) else {
            continue;
        };
        for m in v["models"].as_array().into_iter().flatten() {
            if m["name"].as_str() != Some(model) {
                continue;
            }
            let (Some(primary), Some(canary), Some(percent)) = (
                m["version"].as_str(),
                m["canary"]["version"].as_str(),
                m["canary"]["percent"].as_f64(),
            ) else {
                continue;
            };
            out.entry((primary.to_string(), canary.to_string()))
                .or_default()
                .insert((percent * 1000.0).round() as u64);
        }
    }
    Ok(out)
}
