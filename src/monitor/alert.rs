//! Drift alerts: POST a JSON summary of a check to a webhook (`--webhook URL` or
//! `monitor.alerts.webhook`). The body carries a Slack-compatible `text` line next to the
//! machine-readable summary, so the same URL works for Slack, Mattermost, Teams connectors or a
//! custom receiver. Each attempt has a timeout; connection errors, 5xx and 429 answers are
//! retried with backoff (`crate::webhook`). The outcome is returned, never raised: a failing
//! webhook is reported and must not change the exit code of the check itself.

use std::time::Duration;

use serde::Serialize;

use super::DriftOutcome;

/// When to send.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AlertOn {
    /// Only when the dataset drifts.
    Dataset,
    /// When any column drifts.
    Column,
    /// After every check.
    Always,
}

impl AlertOn {
    /// Parse the config value.
    pub fn parse(s: &str) -> Option<AlertOn> {
        match s {
            "dataset" => Some(AlertOn::Dataset),
            "column" => Some(AlertOn::Column),
            "always" => Some(AlertOn::Always),
            _ => None,
        }
    }
}

/// Where and how to send alerts.
#[derive(Debug, Clone)]
pub struct AlertOptions {
    /// The webhook URL.
    pub url: String,
    /// When to send.
    pub on: AlertOn,
    /// Per-attempt timeout.
    pub timeout: Duration,
    /// Attempts after the first.
    pub retries: u32,
}

/// What happened to an alert.
#[derive(Debug, Clone, Serialize)]
pub struct AlertOutcome {
    /// The URL.
    pub url: String,
    /// Whether it was sent (false when the condition did not hold).
    pub sent: bool,
    /// Whether the receiver answered 2xx.
    pub delivered: bool,
    /// Attempts made.
    pub attempts: u32,
    /// The last error, when not delivered.
    pub error: Option<String>,
}

/// The JSON body posted.
pub fn payload(o: &DriftOutcome) -> serde_json::Value {
    serde_json::json!({
        "text": format!("mlo monitor drift: {}", o.summary()),
        "dataset_drift": o.dataset_drift,
        "drifted_columns": o.drifted_columns,
        "drifted_share": o.drifted_share,
        "columns": o.columns.len(),
        "drifted": o.columns.iter().filter(|c| c.drifted).map(|c| &c.column).collect::<Vec<_>>(),
        "reference": o.reference.label,
        "current": o.current.label,
        "record": o.record,
    })
}

/// Send the alert if its condition holds. Never fails: problems are in the outcome.
pub fn send(opts: &AlertOptions, o: &DriftOutcome) -> AlertOutcome {
    let wanted = match opts.on {
        AlertOn::Dataset => o.dataset_drift,
        AlertOn::Column => o.drifted_columns > 0,
        AlertOn::Always => true,
    };
    let mut out = AlertOutcome {
        url: opts.url.clone(),
        sent: wanted,
        delivered: false,
        attempts: 0,
        error: None,
    };
    if !wanted {
        return out;
    }
    let body = payload(o).to_string();
    let d = crate::webhook::post_json(&crate::webhook::Post {
        url: &opts.url,
        body: body.as_bytes(),
        headers: vec![],
        timeout: opts.timeout,
        retries: opts.retries,
        backoff: crate::webhook::DEFAULT_BACKOFF,
    });
    out.delivered = d.delivered;
    out.attempts = d.attempts;
    out.error = d.error;
    out
}
