//! `mlo monitor perf`: a served model's traffic from the prediction log — request count,
//! errors and latency percentiles per version and variant, over the whole selection and per
//! time window — and prediction drift: each window's outputs compared with a baseline (the
//! first window, or a reference table) by the same column machinery as `mlo monitor drift`.
//!
//! Latency percentiles are numpy's default (linear interpolation between order statistics,
//! `numpy.percentile(x, q)`), over every selected request whatever its status, as the
//! server's own `mlo_inference_request_duration_seconds` histogram counts them. An error is
//! any status other than 200; client (4xx) and server (5xx) errors are also counted apart.
//! Windows are aligned to multiples of their length since the Unix epoch (UTC), so hourly
//! windows start on the hour. Nothing here prints.
//!
//! It reads a selection made with `served::Keep::Traffic`: a compact record per request and,
//! for prediction drift, the store of the successful requests' tensors. Each window's table
//! is checked before any is compared (so a bad request stops the command before any work) and
//! its numbers are copied out of the store only when it is compared, one window at a time.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::served::{self, Keep, LogSlice, Request, SliceSummary, TablePlan, window_start};
use super::{ColumnReport, DriftOptions, Input, Method, MonitorError, TableInput};
use crate::clock::format_ts;
use crate::repo::Repo;

/// What `mlo monitor perf` was asked.
#[derive(Debug, Clone)]
pub struct PerfOptions {
    /// Window length in seconds.
    pub window_seconds: u64,
    /// Prediction drift baseline: `None` for the first window with successful requests.
    pub baseline: Option<TableInput>,
    /// Share of drifted prediction columns at which a window's predictions drift.
    pub drift_share: f64,
    /// Skip prediction drift.
    pub no_drift: bool,
}

/// Latency percentiles in milliseconds.
#[derive(Debug, Clone, Copy, Serialize, PartialEq)]
pub struct Latency {
    /// Median.
    pub p50: f64,
    /// 95th percentile.
    pub p95: f64,
    /// 99th percentile.
    pub p99: f64,
    /// Mean.
    pub mean: f64,
    /// Maximum.
    pub max: f64,
}

/// Traffic figures of a set of requests.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Traffic {
    /// Requests.
    pub requests: usize,
    /// Requests with a status other than 200.
    pub errors: usize,
    /// Of those, 4xx.
    pub client_errors: usize,
    /// Of those, 5xx.
    pub server_errors: usize,
    /// `errors / requests`.
    pub error_rate: f64,
    /// Latency over every request.
    pub latency_ms: Latency,
}

/// One version and variant over the whole selection.
#[derive(Debug, Clone, Serialize)]
pub struct Group {
    /// Version as logged.
    pub version: String,
    /// `primary`, `canary` or `shadow`.
    pub variant: String,
    /// The figures.
    #[serde(flatten)]
    pub traffic: Traffic,
}

/// One version and variant in one window.
#[derive(Debug, Clone, Serialize)]
pub struct WindowGroup {
    /// Window start (RFC 3339).
    pub start: String,
    /// Window end, exclusive.
    pub end: String,
    /// Version.
    pub version: String,
    /// Variant.
    pub variant: String,
    /// The figures.
    #[serde(flatten)]
    pub traffic: Traffic,
}

/// One window's predictions against the baseline.
#[derive(Debug, Clone, Serialize)]
pub struct WindowDrift {
    /// Window start.
    pub start: String,
    /// Window end, exclusive.
    pub end: String,
    /// Prediction rows (batch rows of successful requests).
    pub rows: usize,
    /// Whether this window is the baseline itself (not compared).
    pub baseline: bool,
    /// Drifted prediction columns.
    pub drifted_columns: usize,
    /// Whether the drifted share reached the drift share.
    pub drift: bool,
    /// Per column, as `mlo monitor drift` reports them.
    pub columns: Vec<ColumnReport>,
    /// Why the window was not compared, if it was not.
    pub note: Option<String>,
}

/// Prediction drift over the windows.
#[derive(Debug, Clone, Serialize)]
pub struct PredictionDrift {
    /// `first window (START)` or the reference's label.
    pub baseline: String,
    /// Rows in the baseline.
    pub baseline_rows: usize,
    /// Prediction columns compared.
    pub columns: Vec<String>,
    /// The share of drifted columns at which a window drifts.
    pub drift_share: f64,
    /// Per window, in time order.
    pub windows: Vec<WindowDrift>,
}

/// What `mlo monitor perf` found.
#[derive(Debug, Clone, Serialize)]
pub struct PerfOutcome {
    /// The selection.
    pub selection: SliceSummary,
    /// Window length in seconds.
    pub window_seconds: u64,
    /// Every version and variant over the whole selection.
    pub overall: Traffic,
    /// Per version and variant.
    pub groups: Vec<Group>,
    /// Per window, version and variant, in time order.
    pub windows: Vec<WindowGroup>,
    /// Prediction drift (`None` with `--no-drift`).
    pub prediction_drift: Option<PredictionDrift>,
    /// Treatments worth knowing about.
    pub warnings: Vec<String>,
}

/// `numpy.percentile(sorted, q)` with the default linear method; `sorted` is ascending and
/// not empty.
pub fn percentile(sorted: &[f64], q: f64) -> f64 {
    let n = sorted.len();
    if n == 1 {
        return sorted[0];
    }
    let h = (n - 1) as f64 * q / 100.0;
    let lo = h.floor() as usize;
    let hi = (lo + 1).min(n - 1);
    let frac = h - lo as f64;
    sorted[lo] + frac * (sorted[hi] - sorted[lo])
}

/// The figures of a set of requests (not empty).
pub fn traffic<'a>(requests: impl IntoIterator<Item = &'a Request>) -> Traffic {
    let (mut count, mut client_errors, mut server_errors, mut errors) = (0, 0, 0, 0);
    let mut lat: Vec<f64> = Vec::new();
    for r in requests {
        count += 1;
        if (400..500).contains(&r.status) {
            client_errors += 1;
        }
        if r.status >= 500 {
            server_errors += 1;
        }
        if r.status != 200 {
            errors += 1;
        }
        if r.latency_ms.is_finite() {
            lat.push(r.latency_ms);
        }
    }
    lat.sort_by(f64::total_cmp);
    let latency_ms = if lat.is_empty() {
        Latency {
            p50: 0.0,
            p95: 0.0,
            p99: 0.0,
            mean: 0.0,
            max: 0.0,
        }
    } else {
        Latency {
            p50: percentile(&lat, 50.0),
            p95: percentile(&lat, 95.0),
            p99: percentile(&lat, 99.0),
            mean: lat.iter().sum::<f64>() / lat.len() as f64,
            max: lat[lat.len() - 1],
        }
    };
    Traffic {
        requests: count,
        errors,
        client_errors,
        server_errors,
        error_rate: if count == 0 {
            0.0
        } else {
            errors as f64 / count as f64
        },
        latency_ms,
    }
}

fn at(secs: i64) -> String {
    DateTime::<Utc>::from_timestamp(secs, 0)
        .map(|t| format_ts(&t))
        .unwrap_or_default()
}

/// The requests of one window: indexes into the slice's requests, and for the successful
/// ones their entries in the slice's tensor store (both ascending).
#[derive(Default)]
struct Window {
    requests: Vec<u32>,
    entries: Vec<u32>,
}

/// What to read of the log for `opts`: every request's traffic, and the tensors per window
/// unless `--no-drift`.
pub fn keep(opts: &PerfOptions) -> Keep {
    Keep::Traffic {
        window_tables: (!opts.no_drift).then_some(opts.window_seconds),
    }
}

/// Summarise a selection made with [`keep`]`(opts)`.
pub fn perf(
    repo: Option<&Repo>,
    slice: &LogSlice,
    opts: &PerfOptions,
) -> Result<PerfOutcome, MonitorError> {
    if opts.window_seconds == 0 {
        return Err(MonitorError::Usage("--window must be longer than 0".into()));
    }
    let mut keys: Vec<u32> = (0..slice.arms.len() as u32).collect();
    keys.sort_by(|&a, &b| {
        let (a, b) = (&slice.arms[a as usize], &slice.arms[b as usize]);
        (variant_rank(&a.variant), &a.version).cmp(&(variant_rank(&b.variant), &b.version))
    });
    let groups = keys
        .iter()
        .map(|&k| {
            let arm = &slice.arms[k as usize];
            Group {
                version: arm.version.clone(),
                variant: arm.variant.clone(),
                traffic: traffic(slice.requests.iter().filter(|r| r.arm == k)),
            }
        })
        .collect();

    // Windows in time order; the successful requests are the tensor store's entries in order.
    let mut by_window: BTreeMap<i64, Window> = BTreeMap::new();
    let mut entry = 0u32;
    for (i, r) in slice.requests.iter().enumerate() {
        let w = by_window
            .entry(window_start(r.time, opts.window_seconds))
            .or_default();
        w.requests.push(i as u32);
        if r.status == 200 {
            w.entries.push(entry);
            entry += 1;
        }
    }
    let len = opts.window_seconds as i64;
    let mut windows = Vec::new();
    for (&start, w) in &by_window {
        for &k in &keys {
            let mut these = w
                .requests
                .iter()
                .map(|&i| &slice.requests[i as usize])
                .filter(|r| r.arm == k)
                .peekable();
            if these.peek().is_none() {
                continue;
            }
            let arm = &slice.arms[k as usize];
            windows.push(WindowGroup {
                start: at(start),
                end: at(start + len),
                version: arm.version.clone(),
                variant: arm.variant.clone(),
                traffic: traffic(these),
            });
        }
    }
    let mut warnings = Vec::new();
    let prediction_drift = if opts.no_drift {
        None
    } else {
        prediction_drift(repo, slice, &by_window, opts, &mut warnings)?
    };
    Ok(PerfOutcome {
        selection: slice.summary.clone(),
        window_seconds: opts.window_seconds,
        overall: traffic(&slice.requests),
        groups,
        windows,
        prediction_drift,
        warnings,
    })
}

fn variant_rank(v: &str) -> u8 {
    match v {
        "primary" => 0,
        "canary" => 1,
        "shadow" => 2,
        _ => 3,
    }
}

fn prediction_drift(
    repo: Option<&Repo>,
    slice: &LogSlice,
    by_window: &BTreeMap<i64, Window>,
    opts: &PerfOptions,
    warnings: &mut Vec<String>,
) -> Result<Option<PredictionDrift>, MonitorError> {
    let len = opts.window_seconds as i64;
    let Some(store) = slice.tensors.as_ref().filter(|_| slice.keep == keep(opts)) else {
        warnings
            .push("the selection was not read with per-window tables: no prediction drift".into());
        return Ok(None);
    };
    // One table per window with successful requests, checked up front (so errors come in
    // window order) and gathered only when compared (so one window's numbers are copied at a
    // time).
    let mut plans: Vec<(i64, Option<TablePlan>)> = Vec::new();
    for (&start, w) in by_window {
        if w.entries.is_empty() {
            plans.push((start, None));
            continue;
        }
        let plan = served::window_plan(repo, &slice.summary, store, start, &w.entries)?;
        plans.push((start, Some(plan)));
    }
    let Some(prediction_columns) = plans
        .iter()
        .find_map(|(_, p)| p.as_ref())
        .map(|p| p.info().prediction_columns.clone())
    else {
        warnings.push("no successful request in the selection: no prediction drift".into());
        return Ok(None);
    };
    let (baseline, baseline_label, baseline_start) = match &opts.baseline {
        Some(input) => (input.clone(), input.label().to_string(), None),
        None => {
            let Some((start, Some(first))) = plans.iter().find(|(_, p)| p.is_some()) else {
                return Ok(None);
            };
            (
                TableInput::Served(Box::new(first.gather(store))),
                format!("first window ({})", at(*start)),
                Some(*start),
            )
        }
    };
    let baseline_head = baseline.head()?;
    let columns: Vec<String> = prediction_columns
        .iter()
        .filter(|c| baseline_head.columns.contains(c))
        .cloned()
        .collect();
    if columns.is_empty() {
        return Err(MonitorError::BadInput {
            input: baseline_label,
            reason: format!(
                "has none of the prediction columns {} to compare the served predictions with",
                prediction_columns
                    .iter()
                    .map(|c| format!("`{c}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        });
    }
    let baseline_rows = match &baseline {
        TableInput::Served(t) => t.table.rows,
        TableInput::File(_) => 0,
    };
    let mut out = Vec::new();
    let mut rows_seen = baseline_rows;
    for (start, plan) in plans {
        let (s, e) = (at(start), at(start + len));
        let Some(plan) = plan else {
            out.push(WindowDrift {
                start: s,
                end: e,
                rows: 0,
                baseline: false,
                drifted_columns: 0,
                drift: false,
                columns: Vec::new(),
                note: Some("no successful request in this window".into()),
            });
            continue;
        };
        let rows = plan.info().rows;
        if Some(start) == baseline_start {
            out.push(WindowDrift {
                start: s,
                end: e,
                rows,
                baseline: true,
                drifted_columns: 0,
                drift: false,
                columns: Vec::new(),
                note: Some("the baseline".into()),
            });
            continue;
        }
        let d = super::drift(DriftOptions {
            reference: Input::Table(baseline.clone()),
            current: TableInput::Served(Box::new(plan.gather(store))),
            columns: Some(columns.clone()),
            exclude: Vec::new(),
            categorical: Vec::new(),
            numerical: Vec::new(),
            method: Method::Auto,
            threshold: None,
            drift_share: opts.drift_share,
            compat: None,
            histograms: false,
            save_profile: None,
        })?;
        rows_seen = d.reference.rows;
        out.push(WindowDrift {
            start: s,
            end: e,
            rows,
            baseline: false,
            drifted_columns: d.drifted_columns,
            drift: d.dataset_drift,
            columns: d.columns,
            note: None,
        });
    }
    Ok(Some(PredictionDrift {
        baseline: baseline_label,
        baseline_rows: rows_seen,
        columns,
        drift_share: opts.drift_share,
        windows: out,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_match_numpy_linear() {
        // numpy.percentile(np.arange(1, 101), [50, 95, 99]) == [50.5, 95.05, 99.01]
        let x: Vec<f64> = (1..=100).map(f64::from).collect();
        assert!((percentile(&x, 50.0) - 50.5).abs() < 1e-12);
        assert!((percentile(&x, 95.0) - 95.05).abs() < 1e-12);
        assert!((percentile(&x, 99.0) - 99.01).abs() < 1e-12);
        // numpy.percentile([3.0, 1.0, 2.0, 10.0], 95) == 8.95
        let mut y = vec![3.0, 1.0, 2.0, 10.0];
        y.sort_by(f64::total_cmp);
        assert!((percentile(&y, 95.0) - 8.95).abs() < 1e-12);
        assert_eq!(percentile(&[4.0], 99.0), 4.0);
    }
}
