//! The compliance report: what an auditor asks of a model pipeline, from the audit trail
//! alone. Promotions to production with their approvers and gate results, forced overrides
//! with their reasons, denied and failed attempts, rollbacks, who acted, and activity over
//! time, with the chain's verification status and Merkle root on top.
//!
//! The registry writes `model.promote`, `model.approve` and `model.rollback` events and
//! `mlo serve` writes `serve.canary_rollback`. They are matched by action name and details, not
//! by any registry type: a promotion's stage is read from `details.to_stage` (or `to`, `stage`,
//! `new_stage`), its gates from `details.gates` (or `gate_results`; a gate in a list is named
//! by its `name`, `check` or `gate`), an override from `details.forced == true`.
//!
//! The report covers every chain the repository holds: its own and those pulled from other
//! clones (each verified on its own and listed at the top); rows say where each event was
//! made (`local`, or the host of the clone it came from).
//!
//! Pure over the events it is given (plus the verification outcome); renders Markdown or
//! HTML. Called by `mlo audit report`.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde::Serialize;
use serde_json::Value;

use super::{AuditEvent, Outcome, TrailOutcome};

/// The report's format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, clap::ValueEnum)]
#[serde(rename_all = "snake_case")]
pub enum ReportFormat {
    /// Markdown.
    Md,
    /// A standalone HTML page.
    Html,
}

/// One promotion to production.
#[derive(Debug, Clone, Serialize)]
pub struct Promotion {
    /// When.
    pub timestamp: String,
    /// The event.
    pub event_id: String,
    /// Where it was made: `local`, or the host of the clone it was pulled from.
    pub origin: String,
    /// Who promoted.
    pub actor: String,
    /// The model (target id).
    pub model: String,
    /// The stage it left, if recorded.
    pub from_stage: Option<String>,
    /// Approvers: `model.approve` successes on the same target since its previous promotion,
    /// plus any listed in `details.approvers`.
    pub approvers: Vec<String>,
    /// Gate results, one `name: result` per gate.
    pub gates: Vec<String>,
    /// Whether gates were overridden (`details.forced`).
    pub forced: bool,
    /// The reason given.
    pub reason: Option<String>,
    /// The `model.revert` event that undid this promotion (a blocking registry hook failed),
    /// if one did: the promotion happened and stays listed, but did not stand.
    pub undone_by: Option<String>,
}

/// One event in a list section.
#[derive(Debug, Clone, Serialize)]
pub struct Row {
    /// When.
    pub timestamp: String,
    /// Where it was made: `local`, or the host of the clone it was pulled from.
    pub origin: String,
    /// Sequence number in its chain.
    pub seq: i64,
    /// Who.
    pub actor: String,
    /// What.
    pub action: String,
    /// On what (`type:id`).
    pub target: String,
    /// How it ended.
    pub outcome: Outcome,
    /// Why.
    pub reason: Option<String>,
}

/// One actor's activity.
#[derive(Debug, Clone, Serialize)]
pub struct ActorRow {
    /// The actor id.
    pub actor: String,
    /// user, ci or service.
    pub actor_type: String,
    /// Events.
    pub events: u64,
    /// Denied or failed among them.
    pub refused_or_failed: u64,
    /// First event's time.
    pub first: String,
    /// Last event's time.
    pub last: String,
    /// Actions with counts, most frequent first.
    pub actions: Vec<(String, u64)>,
}

/// One day's activity.
#[derive(Debug, Clone, Serialize)]
pub struct DayRow {
    /// `YYYY-MM-DD` (UTC).
    pub day: String,
    /// Events.
    pub events: u64,
    /// Denied or failed among them.
    pub refused_or_failed: u64,
    /// Counts per action group (`model`, `config`, ...).
    pub groups: BTreeMap<String, u64>,
}

/// One chain's verification, for the report's head.
#[derive(Debug, Clone, Serialize)]
pub struct ChainStatus {
    /// The chain id.
    pub chain_id: String,
    /// This repository's own (else pulled from another clone).
    pub local: bool,
    /// The hosts its events were made on.
    pub hosts: Vec<String>,
    /// Events verified.
    pub events: i64,
    /// Whether it verifies.
    pub verified: bool,
    /// Its first problem.
    pub problem: Option<String>,
    /// Its head hash.
    pub head_hash: String,
    /// Its Merkle root (when it verifies).
    pub merkle_root: Option<String>,
}

/// The report.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    /// When it was made.
    pub generated_at: String,
    /// The period: `--since` (or the beginning).
    pub since: Option<String>,
    /// The period: `--until` (or now).
    pub until: Option<String>,
    /// This repository's chain.
    pub chain_id: String,
    /// Whether every chain verifies.
    pub chain_verified: bool,
    /// The first problem, if not (naming a pulled chain when it is in one).
    pub chain_problem: Option<String>,
    /// Events in this repository's chain.
    pub chain_events: i64,
    /// This repository's chain's head hash.
    pub head_hash: String,
    /// Merkle root of this repository's whole chain (when it verifies).
    pub merkle_root: Option<String>,
    /// Every chain: this repository's first, then the pulled ones.
    pub chains: Vec<ChainStatus>,
    /// Events in the period.
    pub events: u64,
    /// Promotions to production.
    pub promotions: Vec<Promotion>,
    /// Forced overrides.
    pub overrides: Vec<Row>,
    /// Denied and failed attempts.
    pub refused: Vec<Row>,
    /// Rollbacks.
    pub rollbacks: Vec<Row>,
    /// Actors.
    pub actors: Vec<ActorRow>,
    /// Activity per day.
    pub days: Vec<DayRow>,
}

fn str_field<'a>(details: &'a Value, keys: &[&str]) -> Option<&'a str> {
    keys.iter()
        .find_map(|k| details.get(*k).and_then(Value::as_str))
}

fn is_production(stage: &str) -> bool {
    matches!(stage.to_ascii_lowercase().as_str(), "production" | "prod")
}

fn gates(details: &Value) -> Vec<String> {
    let Some(g) = details.get("gates").or_else(|| details.get("gate_results")) else {
        return Vec::new();
    };
    let show = |v: &Value| match v {
        Value::Bool(true) => "pass".to_string(),
        Value::Bool(false) => "fail".to_string(),
        Value::String(s) => s.clone(),
        Value::Object(o) => match o.get("passed").or_else(|| o.get("pass")) {
            Some(Value::Bool(p)) => {
                let verdict = if *p { "pass" } else { "fail" };
                match o.get("value") {
                    Some(v) => format!("{verdict} ({v})"),
                    None => verdict.to_string(),
                }
            }
            _ => o
                .get("result")
                .and_then(Value::as_str)
                .map(str::to_string)
                .unwrap_or_else(|| v.to_string()),
        },
        other => other.to_string(),
    };
    match g {
        Value::Object(map) => map
            .iter()
            .map(|(k, v)| format!("{k}: {}", show(v)))
            .collect(),
        Value::Array(items) => items
            .iter()
            .map(|item| {
                match ["name", "check", "gate"]
                    .iter()
                    .find_map(|k| item.get(*k).and_then(Value::as_str))
                {
                    Some(name) => format!("{name}: {}", show(item)),
                    None => show(item),
                }
            })
            .collect(),
        other => vec![other.to_string()],
    }
}

fn origin(e: &AuditEvent, local: &str) -> String {
    if e.chain == local {
        "local".into()
    } else {
        e.host.clone()
    }
}

fn row(e: &AuditEvent, local: &str) -> Row {
    Row {
        timestamp: e.timestamp.clone(),
        origin: origin(e, local),
        seq: e.seq,
        actor: e.actor.id.clone(),
        action: e.action.clone(),
        target: format!("{}:{}", e.target.target_type, e.target.id),
        outcome: e.outcome,
        reason: e.reason.clone(),
    }
}

/// Build the report over `events` (the period's, in the merged view); `verified` is the
/// verification of every chain.
pub fn build(
    events: &[AuditEvent],
    verified: &TrailOutcome,
    since: Option<String>,
    until: Option<String>,
    generated_at: String,
) -> Report {
    let mut promotions = Vec::new();
    let mut overrides = Vec::new();
    let mut refused = Vec::new();
    let mut rollbacks = Vec::new();
    let mut approvals: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut actors: BTreeMap<String, ActorRow> = BTreeMap::new();
    let mut days: BTreeMap<String, DayRow> = BTreeMap::new();
    let local = verified.local();
    let chain_id = local.chain_id.as_str();
    for e in events {
        let target = format!("{}:{}", e.target.target_type, e.target.id);
        let success = e.outcome == Outcome::Success;
        let forced = e.details.get("forced") == Some(&Value::Bool(true));
        if e.action == "model.approve" && success {
            approvals
                .entry(target.clone())
                .or_default()
                .push(e.actor.id.clone());
        }
        if e.action == "model.promote" && success {
            let to = str_field(&e.details, &["to_stage", "to", "stage", "new_stage"]);
            let pending = approvals.remove(&target).unwrap_or_default();
            if to.is_some_and(is_production) {
                let mut approvers = pending;
                if let Some(Value::Array(listed)) = e.details.get("approvers") {
                    approvers.extend(listed.iter().filter_map(Value::as_str).map(str::to_string));
                }
                approvers.sort();
                approvers.dedup();
                promotions.push(Promotion {
                    timestamp: e.timestamp.clone(),
                    event_id: e.event_id.clone(),
                    origin: origin(e, chain_id),
                    actor: e.actor.id.clone(),
                    model: e.target.id.clone(),
                    from_stage: str_field(&e.details, &["from_stage", "from", "old_stage"])
                        .map(str::to_string),
                    approvers,
                    gates: gates(&e.details),
                    forced,
                    reason: e.reason.clone(),
                    undone_by: None,
                });
            }
        }
        // A blocking hook's failure undoes a promotion right after it (registry::lifecycle):
        // mark the latest promotion of that version as not having stood.
        if e.action == "model.revert"
            && success
            && e.details.get("reverted").and_then(Value::as_str) == Some("model.promote")
            && str_field(&e.details, &["from"]).is_some_and(is_production)
        {
            if let Some(p) = promotions
                .iter_mut()
                .rev()
                .find(|p| p.model == e.target.id && p.undone_by.is_none())
            {
                p.undone_by = Some(e.event_id.clone());
            }
        }
        if forced {
            overrides.push(row(e, chain_id));
        }
        if !success {
            refused.push(row(e, chain_id));
        }
        if e.action.ends_with(".rollback") || e.action.ends_with("_rollback") {
            rollbacks.push(row(e, chain_id));
        }
        let a = actors
            .entry(e.actor.id.clone())
            .or_insert_with(|| ActorRow {
                actor: e.actor.id.clone(),
                actor_type: e.actor.actor_type.as_str().into(),
                events: 0,
                refused_or_failed: 0,
                first: e.timestamp.clone(),
                last: e.timestamp.clone(),
                actions: Vec::new(),
            });
        a.events += 1;
        a.refused_or_failed += u64::from(!success);
        a.last = e.timestamp.clone();
        match a.actions.iter_mut().find(|(name, _)| *name == e.action) {
            Some((_, n)) => *n += 1,
            None => a.actions.push((e.action.clone(), 1)),
        }
        let day = e.timestamp.get(..10).unwrap_or(&e.timestamp).to_string();
        let d = days.entry(day.clone()).or_insert_with(|| DayRow {
            day,
            events: 0,
            refused_or_failed: 0,
            groups: BTreeMap::new(),
        });
        d.events += 1;
        d.refused_or_failed += u64::from(!success);
        let group = e.action.split('.').next().unwrap_or(&e.action).to_string();
        *d.groups.entry(group).or_default() += 1;
    }
    let mut actors: Vec<ActorRow> = actors.into_values().collect();
    for a in &mut actors {
        a.actions.sort_by(|x, y| y.1.cmp(&x.1).then(x.0.cmp(&y.0)));
    }
    actors.sort_by(|x, y| y.events.cmp(&x.events).then(x.actor.cmp(&y.actor)));
    Report {
        generated_at,
        since,
        until,
        chain_id: chain_id.into(),
        chain_verified: verified.problem.is_none(),
        chain_problem: verified.chains.iter().find_map(|c| {
            c.verify.problem.as_ref().map(|p| {
                if c.local {
                    p.message.clone()
                } else {
                    format!("pulled chain `{}`: {}", c.chain_id, p.message)
                }
            })
        }),
        chain_events: local.verify.events,
        head_hash: local.verify.head.clone(),
        merkle_root: local.verify.merkle_root.map(|r| r.to_hex()),
        chains: verified
            .chains
            .iter()
            .map(|c| ChainStatus {
                chain_id: c.chain_id.clone(),
                local: c.local,
                hosts: c.hosts.clone(),
                events: c.verify.events,
                verified: c.verify.problem.is_none(),
                problem: c.verify.problem.as_ref().map(|p| p.message.clone()),
                head_hash: c.verify.head.clone(),
                merkle_root: c.verify.merkle_root.map(|r| r.to_hex()),
            })
            .collect(),
        events: events.len() as u64,
        promotions,
        overrides,
        refused,
        rollbacks,
        actors,
        days: days.into_values().collect(),
    }
}

/// A section: a title, a note for when it is empty, headers and rows.
struct Section {
    title: &'static str,
    empty: &'static str,
    headers: Vec<&'static str>,
    rows: Vec<Vec<String>>,
}

fn sections(r: &Report) -> Vec<Section> {
    let opt = |s: &Option<String>| s.clone().unwrap_or_default();
    let list_rows = |rows: &[Row]| -> Vec<Vec<String>> {
        rows.iter()
            .map(|x| {
                vec![
                    x.timestamp.clone(),
                    x.origin.clone(),
                    format!("#{}", x.seq),
                    x.actor.clone(),
                    x.action.clone(),
                    x.target.clone(),
                    x.outcome.as_str().into(),
                    opt(&x.reason),
                ]
            })
            .collect()
    };
    let list_headers = vec![
        "time (UTC)",
        "origin",
        "event",
        "actor",
        "action",
        "target",
        "outcome",
        "reason",
    ];
    vec![
        Section {
            title: "Promotions to production",
            empty: "None in this period. (`model.promote` events to stage production; the model registry writes them.)",
            headers: vec![
                "time (UTC)",
                "origin",
                "model",
                "from",
                "promoted by",
                "approvers",
                "gates",
                "forced",
                "reason",
                "undone",
            ],
            rows: r
                .promotions
                .iter()
                .map(|p| {
                    vec![
                        p.timestamp.clone(),
                        p.origin.clone(),
                        p.model.clone(),
                        opt(&p.from_stage),
                        p.actor.clone(),
                        if p.approvers.is_empty() {
                            "none recorded".into()
                        } else {
                            p.approvers.join(", ")
                        },
                        if p.gates.is_empty() {
                            "none recorded".into()
                        } else {
                            p.gates.join("; ")
                        },
                        if p.forced { "yes".into() } else { "no".into() },
                        opt(&p.reason),
                        match &p.undone_by {
                            Some(id) => format!("yes ({id})"),
                            None => "no".into(),
                        },
                    ]
                })
                .collect(),
        },
        Section {
            title: "Forced overrides",
            empty: "None in this period. (Events with `details.forced = true`.)",
            headers: list_headers.clone(),
            rows: list_rows(&r.overrides),
        },
        Section {
            title: "Denied and failed attempts",
            empty: "None in this period.",
            headers: list_headers.clone(),
            rows: list_rows(&r.refused),
        },
        Section {
            title: "Rollbacks",
            empty: "None in this period. (`model.rollback` and `serve.canary_rollback` events.)",
            headers: list_headers,
            rows: list_rows(&r.rollbacks),
        },
        Section {
            title: "Actors",
            empty: "No events in this period.",
            headers: vec![
                "actor",
                "type",
                "events",
                "denied or failed",
                "first",
                "last",
                "actions",
            ],
            rows: r
                .actors
                .iter()
                .map(|a| {
                    vec![
                        a.actor.clone(),
                        a.actor_type.clone(),
                        a.events.to_string(),
                        a.refused_or_failed.to_string(),
                        a.first.clone(),
                        a.last.clone(),
                        a.actions
                            .iter()
                            .map(|(name, n)| format!("{name} ×{n}"))
                            .collect::<Vec<_>>()
                            .join(", "),
                    ]
                })
                .collect(),
        },
        Section {
            title: "Activity by day",
            empty: "No events in this period.",
            headers: vec!["day (UTC)", "events", "denied or failed", "by group"],
            rows: r
                .days
                .iter()
                .map(|d| {
                    vec![
                        d.day.clone(),
                        d.events.to_string(),
                        d.refused_or_failed.to_string(),
                        d.groups
                            .iter()
                            .map(|(g, n)| format!("{g} {n}"))
                            .collect::<Vec<_>>()
                            .join(", "),
                    ]
                })
                .collect(),
        },
    ]
}

fn summary(r: &Report) -> Vec<(String, String)> {
    let pulled = r.chains.iter().filter(|c| !c.local);
    let mut rows: Vec<(String, String)> = [
        ("Generated", r.generated_at.clone()),
        (
            "Period",
            format!(
                "{} to {}",
                r.since.as_deref().unwrap_or("the first event"),
                r.until.as_deref().unwrap_or("now")
            ),
        ),
        ("This repository's chain", r.chain_id.clone()),
        (
            "Chain verification",
            match &r.chain_problem {
                None => format!(
                    "verified: {} event(s), none edited, missing or reordered{}",
                    r.chain_events,
                    match r.chains.len() - 1 {
                        0 => String::new(),
                        n => format!("; {n} pulled chain(s) verified too"),
                    }
                ),
                Some(p) => format!("FAILED: {p}"),
            },
        ),
        ("Head hash", r.head_hash.clone()),
        (
            "Merkle root (RFC 6962)",
            r.merkle_root.clone().unwrap_or_else(|| "n/a".into()),
        ),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v))
    .collect();
    for c in pulled {
        rows.push((
            format!("Pulled chain {}", c.chain_id),
            format!(
                "from {}: {} event(s), {}, head {}",
                if c.hosts.is_empty() {
                    "no host".to_string()
                } else {
                    c.hosts.join(", ")
                },
                c.events,
                match &c.problem {
                    None => "verified".to_string(),
                    Some(p) => format!("FAILED: {p}"),
                },
                c.head_hash
            ),
        ));
    }
    rows.push(("Events in period".into(), r.events.to_string()));
    rows
}

fn md_cell(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('|', "\\|")
        .replace(['\n', '\r'], " ")
}

/// The report as Markdown.
pub fn to_markdown(r: &Report) -> String {
    let mut s = String::from("# Audit trail compliance report\n\n");
    for (k, v) in summary(r) {
        let _ = writeln!(s, "- **{k}:** {}", md_cell(&v));
    }
    for sec in sections(r) {
        let _ = write!(s, "\n## {}\n\n", sec.title);
        if sec.rows.is_empty() {
            let _ = writeln!(s, "{}", sec.empty);
            continue;
        }
        let _ = writeln!(s, "| {} |", sec.headers.join(" | "));
        let _ = writeln!(s, "|{}", "---|".repeat(sec.headers.len()));
        for row in &sec.rows {
            let cells: Vec<String> = row.iter().map(|c| md_cell(c)).collect();
            let _ = writeln!(s, "| {} |", cells.join(" | "));
        }
    }
    s
}

fn html_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The report as a standalone HTML page (no scripts, no external resources).
pub fn to_html(r: &Report) -> String {
    let mut s = String::from(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Audit trail compliance report</title>\n<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;margin-bottom:1em}th,td{border:1px solid #999;padding:.25em .5em;text-align:left;vertical-align:top}th{background:#eee}</style>\n</head>\n<body>\n<h1>Audit trail compliance report</h1>\n<dl>\n",
    );
    for (k, v) in summary(r) {
        let _ = writeln!(
            s,
            "<dt>{}</dt><dd>{}</dd>",
            html_escape(&k),
            html_escape(&v)
        );
    }
    s.push_str("</dl>\n");
    for sec in sections(r) {
        let _ = writeln!(s, "<h2>{}</h2>", html_escape(sec.title));
        if sec.rows.is_empty() {
            let _ = writeln!(s, "<p>{}</p>", html_escape(sec.empty));
            continue;
        }
        s.push_str("<table>\n<tr>");
        for h in &sec.headers {
            let _ = write!(s, "<th>{}</th>", html_escape(h));
        }
        s.push_str("</tr>\n");
        for row in &sec.rows {
            s.push_str("<tr>");
            for c in row {
                let _ = write!(s, "<td>{}</td>", html_escape(c));
            }
            s.push_str("</tr>\n");
        }
        s.push_str("</table>\n");
    }
    s.push_str("</body>\n</html>\n");
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn registry_gate_lists_are_named_by_their_check() {
        // The shape `mlo model promote` writes (registry::gates::GateResult).
        let details = json!({"to": "production", "gates": [
            {"gate": "metric", "check": "auc >= 0.8", "value": "0.91", "threshold": "0.8", "passed": true},
            {"gate": "approvals", "check": "2 approval(s)", "value": "1", "threshold": "2", "passed": false},
        ]});
        assert_eq!(
            gates(&details),
            vec![
                "auc >= 0.8: pass (\"0.91\")".to_string(),
                "2 approval(s): fail (\"1\")".to_string()
            ]
        );
        assert_eq!(
            gates(&json!({"gates": [{"name": "auc", "passed": true}]})),
            vec!["auc: pass".to_string()]
        );
    }
}
