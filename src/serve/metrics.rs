//! Prometheus metrics for `GET /metrics`, rendered by hand in the text exposition format
//! (version 0.0.4): a few counters, gauges and fixed-bucket histograms behind one mutex each.
//! Names follow Prometheus conventions and Triton's request/queue/compute split:
//! `mlo_inference_requests_total{model,version,variant,status}`,
//! `mlo_inference_{request,queue,compute}_duration_seconds`, `mlo_inference_batch_size`,
//! `mlo_inference_in_flight`, `mlo_model_loaded`, plus shadow, canary and log counters.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::sync::Mutex;
use std::sync::atomic::{AtomicI64, AtomicU64, Ordering};

/// Latency buckets in seconds: 50 µs to 10 s.
const LATENCY_BUCKETS: &[f64] = &[
    0.000_05, 0.000_1, 0.000_25, 0.000_5, 0.001, 0.002_5, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5,
    1.0, 2.5, 10.0,
];
/// Batch-size buckets (rows per model execution).
const BATCH_BUCKETS: &[f64] = &[1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 64.0, 128.0, 256.0];

#[derive(Debug, Clone)]
struct Histogram {
    counts: Vec<u64>,
    sum: f64,
    count: u64,
}

impl Histogram {
    fn new(buckets: &[f64]) -> Self {
        Histogram {
            counts: vec![0; buckets.len()],
            sum: 0.0,
            count: 0,
        }
    }

    fn observe(&mut self, buckets: &[f64], v: f64) {
        if let Some(i) = buckets.iter().position(|&b| v <= b) {
            self.counts[i] += 1;
        }
        self.sum += v;
        self.count += 1;
    }
}

/// `model`, `version`, `variant` labels.
pub type Labels = (String, String, String);

/// The latency histograms, in render order.
const KINDS: [(&str, &str); 4] = [
    ("request", "End-to-end request time inside the server."),
    ("queue", "Time waiting for an inference worker."),
    ("compute", "Model execution time (per batch)."),
    ("shadow_compute", "Shadow model execution time."),
];

/// Everything recorded for one (model, version, variant). Kept in one map entry so a request
/// touches one lock and, after the first request, allocates nothing.
#[derive(Debug, Clone, Default)]
struct Series {
    requests: BTreeMap<u16, u64>,
    latency: [Option<Histogram>; 4],
    batch: Option<Histogram>,
}

/// Every metric the server exports.
#[derive(Debug, Default)]
pub struct Metrics {
    series: Mutex<BTreeMap<Labels, Series>>,
    loaded: Mutex<BTreeMap<(String, String), i64>>,
    counters: Mutex<BTreeMap<(&'static str, Labels), u64>>,
    in_flight: AtomicI64,
    http: AtomicU64,
}

/// Decrements the in-flight gauge when dropped.
#[derive(Debug)]
pub struct InFlight<'a>(&'a Metrics);

impl Drop for InFlight<'_> {
    fn drop(&mut self) {
        self.0.in_flight.fetch_sub(1, Ordering::Relaxed);
    }
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

impl Metrics {
    /// Count a request in flight until the guard drops.
    pub fn in_flight(&self) -> InFlight<'_> {
        self.in_flight.fetch_add(1, Ordering::Relaxed);
        InFlight(self)
    }

    /// Count one HTTP request on any route.
    pub fn http_request(&self) {
        self.http.fetch_add(1, Ordering::Relaxed);
    }

    /// HTTP requests on any route so far.
    pub fn http_requests(&self) -> u64 {
        self.http.load(Ordering::Relaxed)
    }

    fn with_series(&self, labels: &Labels, f: impl FnOnce(&mut Series)) {
        let mut map = lock(&self.series);
        match map.get_mut(labels) {
            Some(series) => f(series),
            None => f(map.entry(labels.clone()).or_default()),
        }
    }

    /// A finished request with its HTTP status.
    pub fn request(&self, labels: &Labels, status: u16) {
        self.with_series(labels, |s| *s.requests.entry(status).or_default() += 1);
    }

    /// A duration: `kind` is `request`, `queue`, `compute` or `shadow_compute`.
    pub fn duration(&self, kind: &'static str, labels: &Labels, seconds: f64) {
        let Some(i) = KINDS.iter().position(|(k, _)| *k == kind) else {
            return;
        };
        self.with_series(labels, |s| {
            s.latency[i]
                .get_or_insert_with(|| Histogram::new(LATENCY_BUCKETS))
                .observe(LATENCY_BUCKETS, seconds);
        });
    }

    /// Rows in one model execution.
    pub fn batch_size(&self, labels: &Labels, rows: usize) {
        self.with_series(labels, |s| {
            s.batch
                .get_or_insert_with(|| Histogram::new(BATCH_BUCKETS))
                .observe(BATCH_BUCKETS, rows as f64);
        });
    }

    /// Set the loaded gauge for a model version.
    pub fn loaded(&self, model: &str, version: &str, loaded: bool) {
        lock(&self.loaded).insert((model.into(), version.into()), i64::from(loaded));
    }

    /// Add to a named counter (`mlo_<name>_total`).
    pub fn count(&self, name: &'static str, labels: &Labels, n: u64) {
        *lock(&self.counters)
            .entry((name, labels.clone()))
            .or_default() += n;
    }

    /// Current value of a named counter (tests and rollback decisions).
    pub fn counter(&self, name: &'static str, labels: &Labels) -> u64 {
        lock(&self.counters)
            .get(&(name, labels.clone()))
            .copied()
            .unwrap_or(0)
    }

    /// The text exposition.
    pub fn render(&self, extra: &[(&str, &str, f64)]) -> String {
        let mut s = String::with_capacity(8192);
        let lbl = |l: &Labels| {
            format!(
                "model=\"{}\",version=\"{}\",variant=\"{}\"",
                esc(&l.0),
                esc(&l.1),
                esc(&l.2)
            )
        };
        let series = lock(&self.series).clone();
        s.push_str("# HELP mlo_inference_requests_total Inference requests by outcome.\n");
        s.push_str("# TYPE mlo_inference_requests_total counter\n");
        for (l, series) in &series {
            for (status, n) in &series.requests {
                let _ = writeln!(
                    s,
                    "mlo_inference_requests_total{{{},status=\"{status}\"}} {n}",
                    lbl(l)
                );
            }
        }
        for (i, (kind, help)) in KINDS.iter().enumerate() {
            let name = format!("mlo_inference_{kind}_duration_seconds");
            let _ = writeln!(s, "# HELP {name} {help}\n# TYPE {name} histogram");
            for (l, series) in &series {
                if let Some(h) = &series.latency[i] {
                    hist(&mut s, &name, &lbl(l), LATENCY_BUCKETS, h);
                }
            }
        }
        s.push_str("# HELP mlo_inference_batch_size Rows per model execution.\n");
        s.push_str("# TYPE mlo_inference_batch_size histogram\n");
        for (l, series) in &series {
            if let Some(h) = &series.batch {
                hist(
                    &mut s,
                    "mlo_inference_batch_size",
                    &lbl(l),
                    BATCH_BUCKETS,
                    h,
                );
            }
        }
        s.push_str("# HELP mlo_inference_in_flight Requests being served now.\n");
        s.push_str("# TYPE mlo_inference_in_flight gauge\n");
        let _ = writeln!(
            s,
            "mlo_inference_in_flight {}",
            self.in_flight.load(Ordering::Relaxed)
        );
        s.push_str("# HELP mlo_http_requests_total HTTP requests on any route.\n");
        s.push_str("# TYPE mlo_http_requests_total counter\n");
        let _ = writeln!(s, "mlo_http_requests_total {}", self.http_requests());
        s.push_str("# HELP mlo_model_loaded 1 when the model version is loaded and warm.\n");
        s.push_str("# TYPE mlo_model_loaded gauge\n");
        for ((m, v), n) in lock(&self.loaded).iter() {
            let _ = writeln!(
                s,
                "mlo_model_loaded{{model=\"{}\",version=\"{}\"}} {n}",
                esc(m),
                esc(v)
            );
        }
        let counters = lock(&self.counters).clone();
        let mut last = "";
        for ((name, l), n) in counters.iter() {
            if *name != last {
                let _ = writeln!(s, "# TYPE mlo_{name}_total counter");
                last = name;
            }
            let _ = writeln!(s, "mlo_{name}_total{{{}}} {n}", lbl(l));
        }
        for (name, help, value) in extra {
            let _ = writeln!(
                s,
                "# HELP {name} {help}\n# TYPE {name} gauge\n{name} {value}"
            );
        }
        s
    }
}

fn hist(s: &mut String, name: &str, labels: &str, buckets: &[f64], h: &Histogram) {
    let mut cum = 0;
    for (b, c) in buckets.iter().zip(&h.counts) {
        cum += c;
        let _ = writeln!(s, "{name}_bucket{{{labels},le=\"{b}\"}} {cum}");
    }
    let _ = writeln!(s, "{name}_bucket{{{labels},le=\"+Inf\"}} {}", h.count);
    let _ = writeln!(s, "{name}_sum{{{labels}}} {}", h.sum);
    let _ = writeln!(s, "{name}_count{{{labels}}} {}", h.count);
}

fn esc(v: &str) -> String {
    v.replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_cumulative_buckets() {
        let m = Metrics::default();
        let l: Labels = ("m".into(), "1".into(), "primary".into());
        m.duration("request", &l, 0.0003);
        m.duration("request", &l, 0.02);
        m.request(&l, 200);
        let text = m.render(&[]);
        assert!(text.contains(
            "mlo_inference_requests_total{model=\"m\",version=\"1\",variant=\"primary\",status=\"200\"} 1"
        ));
        assert!(text.contains("le=\"0.0005\"} 1"));
        assert!(text.contains("le=\"+Inf\"} 2"));
    }
}
