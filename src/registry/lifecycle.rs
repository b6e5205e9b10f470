//! Stage changes, approvals, aliases, rollback, history, and the undo of a promotion or alias
//! move after a blocking hook failed.

use std::collections::BTreeMap;

use rusqlite::{OptionalExtension, params};
use serde::{Deserialize, Serialize};

use super::gates::{self, GateConfig, GateResult};
use super::refs::{ModelRef, Selector, Stage};
use super::{RegistryError, hooks, resolve, version_info};
use crate::audit::{NewEvent, Outcome, Target};
use crate::error::Error;
use crate::index::index_err;
use crate::records;
use crate::repo::Repo;

/// A `model_stage` record: one version moving from one stage to another.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StageRecord {
    /// Always `model_stage`.
    #[serde(rename = "type")]
    pub record_type: String,
    /// Record schema.
    pub schema: u64,
    /// Model.
    pub name: String,
    /// Version.
    pub number: u64,
    /// Stage before.
    pub from: Stage,
    /// Stage after.
    pub to: Stage,
    /// promote, rollback, archive (the previous holder, archived by a promotion) or revert (the
    /// undo of a promotion after a blocking hook failed).
    pub action: String,
    /// Why (required when forced).
    pub reason: Option<String>,
    /// Whether gates were overridden.
    pub forced: bool,
    /// The gate verdicts at the time.
    pub gates: Vec<GateResult>,
    /// Who.
    pub actor: String,
    /// When.
    pub created_at: String,
}

/// Options of `mlo model promote` (and rollback).
#[derive(Debug, Clone)]
pub struct PromoteOptions {
    /// Which version.
    pub reference: ModelRef,
    /// Target stage.
    pub to: Stage,
    /// Why.
    pub reason: Option<String>,
    /// Override failing gates (needs a reason).
    pub force: bool,
    /// Evaluate the gates only.
    pub dry_run: bool,
}

/// What a promotion did (or would do).
#[derive(Debug, Clone, Serialize)]
pub struct PromoteOutcome {
    /// Model.
    pub name: String,
    /// Version.
    pub version: u64,
    /// Stage before.
    pub from: Stage,
    /// Stage requested.
    pub to: Stage,
    /// Every gate's verdict.
    pub gates: Vec<GateResult>,
    /// Whether the stage changed.
    pub promoted: bool,
    /// Whether failing gates were overridden.
    pub forced: bool,
    /// The previous production version archived by this promotion.
    pub archived: Option<u64>,
    /// True when gates failed and nothing changed.
    pub denied: bool,
    /// Dry run.
    pub dry_run: bool,
    /// What each registry hook did after the change (empty when nothing changed).
    pub hooks: Vec<hooks::HookResult>,
}

fn current_holder(
    conn: &rusqlite::Connection,
    name: &str,
    stage: Stage,
) -> Result<Option<u64>, Error> {
    let r = ModelRef {
        name: name.into(),
        selector: Selector::Stage(stage),
    };
    match resolve(conn, &r) {
        Ok(v) => Ok(Some(v)),
        Err(Error::Registry(RegistryError::NotFound { .. })) => Ok(None),
        Err(e) => Err(e),
    }
}

/// Evaluate the gates of `stage` for a version.
pub fn evaluate_gates(
    repo: &Repo,
    conn: &rusqlite::Connection,
    name: &str,
    number: u64,
    stage: Stage,
) -> Result<Vec<GateResult>, Error> {
    let cfg = GateConfig::for_stage(repo.settings(), stage);
    let info = version_info(conn, name, number)?;
    let bad = |message: String| RegistryError::BadGate {
        stage: stage.as_str().into(),
        message,
    };
    let mut out = gates::metric_gates(&cfg.metrics, &info.record.metrics).map_err(bad)?;
    let holder = current_holder(conn, name, stage)?.filter(|h| *h != number);
    let holder_info = match holder {
        Some(h) => Some(version_info(conn, name, h)?),
        None => None,
    };
    out.extend(
        gates::regression_gates(
            &cfg.no_regression,
            &info.record.metrics,
            holder_info
                .as_ref()
                .map(|h| (h.record.number, &h.record.metrics)),
        )
        .map_err(bad)?,
    );
    if cfg.approvals > 0 {
        let (approvers, rejecters) =
            approvals(conn, name, number, stage, &cfg, &info.record.created_by)?;
        let rejected = !rejecters.is_empty();
        out.push(GateResult {
            gate: "approvals".into(),
            check: format!(
                "{} approval(s){}",
                cfg.approvals,
                if cfg.approvers.is_empty() {
                    String::new()
                } else {
                    format!(" from {}", cfg.approvers.join(", "))
                }
            ),
            value: if rejected {
                format!("rejected by {}", rejecters.join(", "))
            } else if approvers.is_empty() {
                "0".into()
            } else {
                format!("{} ({})", approvers.len(), approvers.join(", "))
            },
            threshold: format!(">= {}", cfg.approvals),
            passed: !rejected && approvers.len() as u64 >= cfg.approvals,
        });
    }
    if let Some(cmd) = &cfg.command {
        let status = std::process::Command::new("sh")
            .args(["-c", cmd])
            .current_dir(repo.root())
            .env("MLO_MODEL", name)
            .env("MLO_MODEL_VERSION", number.to_string())
            .env("MLO_STAGE", stage.as_str())
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .status();
        let (value, passed) = match status {
            Ok(s) => (
                s.code()
                    .map(|c| format!("exit {c}"))
                    .unwrap_or_else(|| "killed".into()),
                s.success(),
            ),
            Err(e) => (format!("could not run: {e}"), false),
        };
        out.push(GateResult {
            gate: "command".into(),
            check: cmd.clone(),
            value,
            threshold: "exit 0".into(),
            passed,
        });
    }
    Ok(out)
}

/// Valid approvals (distinct approvers allowed by the config) and rejections of a version for
/// a stage.
fn approvals(
    conn: &rusqlite::Connection,
    name: &str,
    number: u64,
    stage: Stage,
    cfg: &GateConfig,
    author: &str,
) -> Result<(Vec<String>, Vec<String>), Error> {
    let mut stmt = conn
        .prepare("SELECT actor, decision FROM model_approvals WHERE name = ?1 AND version = ?2 AND stage = ?3 ORDER BY ts")
        .map_err(index_err)?;
    let rows: Vec<(String, String)> = stmt
        .query_map(params![name, number as i64, stage.as_str()], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .map_err(index_err)?
        .collect::<Result<_, _>>()
        .map_err(index_err)?;
    let allowed = |a: &str| {
        (cfg.approvers.is_empty() || cfg.approvers.iter().any(|x| x == a))
            && (cfg.author_may_approve || a != author)
    };
    let mut approvers: Vec<String> = rows
        .iter()
        .filter(|(a, d)| d == "approve" && allowed(a))
        .map(|(a, _)| a.clone())
        .collect();
    approvers.dedup();
    let rejecters: Vec<String> = rows
        .iter()
        .filter(|(a, d)| d == "reject" && allowed(a))
        .map(|(a, _)| a.clone())
        .collect();
    Ok((approvers, rejecters))
}

/// `mlo model promote`.
pub fn promote(repo: &Repo, opts: &PromoteOptions) -> Result<PromoteOutcome, Error> {
    promote_as(repo, opts, "promote")
}

fn promote_as(repo: &Repo, opts: &PromoteOptions, action: &str) -> Result<PromoteOutcome, Error> {
    if !matches!(
        opts.to,
        Stage::Staging | Stage::Production | Stage::Archived
    ) {
        return Err(RegistryError::Input {
            message: "promote to staging, production or archived".into(),
            hint: None,
        }
        .into());
    }
    let mut index = repo.open_index()?;
    let name = opts.reference.name.clone();
    let number = resolve(index.conn(), &opts.reference)?;
    let from = version_info(index.conn(), &name, number)?.stage;
    let target = Target::new("model", format!("{name}@{number}"));
    let audit_action = format!("model.{action}");
    if opts.force && opts.reason.as_deref().is_none_or(|r| r.trim().is_empty()) {
        repo.record_attempt(
            &mut index,
            NewEvent {
                action: audit_action.clone(),
                target: target.clone(),
                outcome: Outcome::Denied,
                reason: Some("--force without --reason".into()),
                details: serde_json::json!({"from": from, "to": opts.to, "forced": true}),
            },
        )?;
        return Err(RegistryError::Input {
            message: "`--force` overrides gates only with a reason".into(),
            hint: Some("add `--reason \"why the gates may be skipped\"`; the override is recorded in the audit trail".into()),
        }
        .into());
    }
    let gates = evaluate_gates(repo, index.conn(), &name, number, opts.to)?;
    let failed = gates.iter().any(|g| !g.passed);
    let mut outcome = PromoteOutcome {
        name: name.clone(),
        version: number,
        from,
        to: opts.to,
        gates: gates.clone(),
        promoted: false,
        forced: false,
        archived: None,
        denied: failed && !opts.force,
        dry_run: opts.dry_run,
        hooks: vec![],
    };
    if opts.dry_run || from == opts.to {
        return Ok(outcome);
    }
    if failed && !opts.force {
        let approvals_missing = gates.iter().any(|g| g.gate == "approvals" && !g.passed);
        let created_at = repo.settings().clock.now_rfc3339();
        let actor = repo.settings().actor().id;
        let stage = opts.to;
        repo.change(&mut index, |tx| {
            if approvals_missing {
                let req = serde_json::json!({"type": "model_request", "schema": 1, "name": name, "number": number, "stage": stage, "actor": actor, "created_at": created_at});
                records::queue(tx, &req, &created_at).map_err(index_err)?;
                tx.execute(
                    "INSERT OR IGNORE INTO model_requests (name, version, stage, ts, actor) VALUES (?1, ?2, ?3, ?4, ?5)",
                    params![name, number as i64, stage.as_str(), created_at, actor],
                )
                .map_err(index_err)?;
            }
            Ok((
                (),
                NewEvent {
                    action: audit_action.clone(),
                    target: target.clone(),
                    outcome: Outcome::Denied,
                    reason: Some("gates failed".into()),
                    details: serde_json::json!({"from": from, "to": stage, "gates": gates}),
                },
            ))
        })?;
        return Ok(outcome);
    }
    let created_at = repo.settings().clock.now_rfc3339();
    let actor = repo.settings().actor().id;
    let reason = opts.reason.clone();
    let forced = failed && opts.force;
    let to = opts.to;
    let ((archived, from_now), _) = repo.change(&mut index, |tx| {
        // Re-read inside the write lock: another process may have promoted meanwhile.
        let now_stage: String = tx
            .query_row("SELECT stage FROM model_versions WHERE name = ?1 AND version = ?2", params![name, number as i64], |r| r.get(0))
            .map_err(index_err)?;
        let from = Stage::parse(&now_stage).unwrap_or(Stage::None);
        let mut archived = None;
        if to == Stage::Production {
            let holder: Option<i64> = tx
                .query_row(
                    "SELECT version FROM model_versions WHERE name = ?1 AND stage = 'production' AND version != ?2",
                    params![name, number as i64],
                    |r| r.get(0),
                )
                .optional()
                .map_err(index_err)?;
            if let Some(h) = holder {
                let rec = StageRecord {
                    record_type: "model_stage".into(),
                    schema: 1,
                    name: name.clone(),
                    number: h as u64,
                    from: Stage::Production,
                    to: Stage::Archived,
                    action: "archive".into(),
                    reason: Some(format!("replaced by version {number}")),
                    forced: false,
                    gates: vec![],
                    actor: actor.clone(),
                    created_at: created_at.clone(),
                };
                let enc = records::queue(tx, &rec, &created_at).map_err(index_err)?;
                ingest_stage(tx, &enc.digest.to_hex(), &rec).map_err(index_err)?;
                archived = Some(h as u64);
            }
        }
        let rec = StageRecord {
            record_type: "model_stage".into(),
            schema: 1,
            name: name.clone(),
            number,
            from,
            to,
            action: action.to_string(),
            reason: reason.clone(),
            forced,
            gates: gates.clone(),
            actor: actor.clone(),
            created_at: created_at.clone(),
        };
        let enc = records::queue(tx, &rec, &created_at).map_err(index_err)?;
        ingest_stage(tx, &enc.digest.to_hex(), &rec).map_err(index_err)?;
        tx.execute("DELETE FROM model_requests WHERE name = ?1 AND version = ?2 AND stage = ?3", params![name, number as i64, to.as_str()])
            .map_err(index_err)?;
        let event = NewEvent {
            action: audit_action.clone(),
            target: target.clone(),
            outcome: Outcome::Success,
            reason: reason.clone(),
            details: serde_json::json!({"from": from, "to": to, "archived": archived, "forced": forced, "gates": gates}),
        };
        Ok(((archived, from), event))
    })?;
    outcome.promoted = true;
    outcome.forced = forced;
    outcome.archived = archived;
    outcome.denied = false;
    outcome.from = from_now;
    let report = hooks::fire(
        repo,
        &audit_action,
        &serde_json::to_value(&outcome).unwrap_or_default(),
    )?;
    if report.blocking_failed() {
        drop(index);
        let undo = revert_promotion(repo, &outcome, &created_at, &report)?;
        return Err(report.blocking_error(&undo));
    }
    outcome.hooks = report.results;
    Ok(outcome)
}

/// Undo a promotion after a blocking hook failed: put the version back in the stage it came
/// from and, when it archived the production holder, that holder back in production. Done
/// by new `model_stage` records (action `revert`) in one transaction, audited as
/// `model.revert`; a version that moved again meanwhile (another process) is left alone.
/// Returns what was done, in words, for the error message.
fn revert_promotion(
    repo: &Repo,
    o: &PromoteOutcome,
    promoted_at: &str,
    report: &hooks::HookReport,
) -> Result<String, Error> {
    let mut index = repo.open_index()?;
    let created_at = after(&repo.settings().clock.now_rfc3339(), promoted_at);
    let actor = repo.settings().actor().id;
    let reason = format!("blocking hook failed on `{}`", report.action);
    let name = o.name.clone();
    let (done, _) = repo.change(&mut index, |tx| {
        let stage_of = |v: u64| -> Result<Stage, Error> {
            let s: String = tx
                .query_row(
                    "SELECT stage FROM model_versions WHERE name = ?1 AND version = ?2",
                    params![name, v as i64],
                    |r| r.get(0),
                )
                .map_err(index_err)?;
            Ok(Stage::parse(&s).unwrap_or(Stage::None))
        };
        let write = |number: u64, from: Stage, to: Stage| -> Result<(), Error> {
            let rec = StageRecord {
                record_type: "model_stage".into(),
                schema: 1,
                name: name.clone(),
                number,
                from,
                to,
                action: "revert".into(),
                reason: Some(reason.clone()),
                forced: false,
                gates: vec![],
                actor: actor.clone(),
                created_at: created_at.clone(),
            };
            let enc = records::queue(tx, &rec, &created_at).map_err(index_err)?;
            ingest_stage(tx, &enc.digest.to_hex(), &rec).map_err(index_err)
        };
        let mut done = Vec::new();
        let mut restored = None;
        let other_in_production = |except: u64| -> Result<bool, Error> {
            tx.query_row(
                "SELECT EXISTS(SELECT 1 FROM model_versions WHERE name = ?1 AND stage = 'production' AND version != ?2)",
                params![name, except as i64],
                |r| r.get(0),
            )
            .map_err(index_err)
        };
        if stage_of(o.version)? != o.to {
            done.push(format!(
                "{name}@{} was not put back: it changed stage again meanwhile",
                o.version
            ));
        } else if o.from == Stage::Production && other_in_production(o.version)? {
            done.push(format!(
                "{name}@{} was not put back in production: another version holds it now",
                o.version
            ));
        } else {
            write(o.version, o.to, o.from)?;
            done.push(format!("{name}@{} was put back in {}", o.version, o.from));
        }
        if let Some(h) = o.archived {
            if stage_of(h)? == Stage::Archived && !other_in_production(h)? {
                write(h, Stage::Archived, Stage::Production)?;
                restored = Some(h);
                done.push(format!("version {h} back in production"));
            } else {
                done.push(format!(
                    "version {h} stays {} (production changed meanwhile)",
                    stage_of(h)?
                ));
            }
        }
        let event = NewEvent {
            action: "model.revert".into(),
            target: Target::new("model", format!("{name}@{}", o.version)),
            outcome: Outcome::Success,
            reason: Some(reason.clone()),
            details: serde_json::json!({
                "reverted": format!("model.{}", if report.action == "model.rollback" { "rollback" } else { "promote" }),
                "from": o.to, "to": o.from, "restored": restored,
                "failures": report.failures().map(|r| r.describe()).collect::<Vec<_>>(),
            }),
        };
        Ok((done.join(", "), event))
    })?;
    let told = hooks::fire(
        repo,
        "model.revert",
        &serde_json::json!({
            "name": o.name, "version": o.version, "reverted": report.action,
            "target": format!("{}@{} → {}", o.name, o.version, o.to),
            "from": o.to, "to": o.from, "restored": o.archived, "reason": reason,
        }),
    )?;
    Ok(format!("the change was undone: {done}{}", undo_note(&told)))
}

/// The hooks that could not be told of an undo (recorded like any hook failure; an undo is
/// never undone again).
fn undo_note(told: &hooks::HookReport) -> String {
    let failed: Vec<String> = told.failures().map(|r| r.describe()).collect();
    if failed.is_empty() {
        String::new()
    } else {
        format!(" (hooks not told of the undo: {})", failed.join("; "))
    }
}

/// A timestamp for a record that must sort after one written at `earlier`: now, or one
/// microsecond after `earlier` when the clock has not moved past it (a pinned test clock, a
/// coarse clock). `mlo index rebuild` folds records in timestamp order, so an undo must never
/// sort before what it undoes.
fn after(now: &str, earlier: &str) -> String {
    if now > earlier {
        return now.to_string();
    }
    crate::clock::parse_ts(earlier)
        .map(|t| crate::clock::format_ts(&(t + chrono::Duration::microseconds(1))))
        .unwrap_or_else(|| now.to_string())
}

/// Apply a stage record to the index: set the version's stage and log the event.
pub fn ingest_stage(
    tx: &rusqlite::Transaction<'_>,
    digest: &str,
    r: &StageRecord,
) -> Result<(), rusqlite::Error> {
    let inserted = tx.execute(
        "INSERT OR IGNORE INTO model_stage_events (record_digest, name, version, from_stage, to_stage, ts, actor, action, reason, forced) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        params![digest, r.name, r.number as i64, r.from.as_str(), r.to.as_str(), r.created_at, r.actor, r.action, r.reason, r.forced],
    )?;
    if inserted > 0 {
        tx.execute(
            "UPDATE model_versions SET stage = ?3 WHERE name = ?1 AND version = ?2",
            params![r.name, r.number as i64, r.to.as_str()],
        )?;
    }
    Ok(())
}

/// `mlo model rollback NAME [--to VERSION]`: promote the previous production version back.
pub fn rollback(
    repo: &Repo,
    name: &str,
    to: Option<u64>,
    reason: Option<String>,
    force: bool,
) -> Result<PromoteOutcome, Error> {
    let index = repo.open_index()?;
    let current = current_holder(index.conn(), name, Stage::Production)?;
    let target = match to {
        Some(v) => v,
        None => {
            // The versions that stood in production, oldest first: a promotion that a
            // blocking hook undid (`revert` away from production) never counts, and a revert
            // that put the previous holder back is not a new tenure.
            let mut stmt = index
                .conn()
                .prepare("SELECT version, from_stage, to_stage, action FROM model_stage_events WHERE name = ?1 ORDER BY ts, rowid")
                .map_err(index_err)?;
            let events: Vec<(i64, String, String, String)> = stmt
                .query_map([name], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
                .map_err(index_err)?
                .collect::<Result<_, _>>()
                .map_err(index_err)?;
            let mut stood: Vec<u64> = Vec::new();
            for (version, from, to, action) in events {
                let version = version as u64;
                if action == "revert" {
                    if from == "production" {
                        if let Some(i) = stood.iter().rposition(|v| *v == version) {
                            stood.remove(i);
                        }
                    }
                } else if to == "production" {
                    stood.push(version);
                }
            }
            stood
                .into_iter()
                .rev()
                .find(|v| Some(*v) != current)
                .ok_or_else(|| RegistryError::NotFound {
                    what: format!(
                        "model `{name}` has no earlier production version to roll back to"
                    ),
                })?
        }
    };
    drop(index);
    let opts = PromoteOptions {
        reference: ModelRef {
            name: name.into(),
            selector: Selector::Version(target),
        },
        to: Stage::Production,
        reason,
        force,
        dry_run: false,
    };
    promote_as(repo, &opts, "rollback")
}

/// `mlo model approve|reject`.
pub fn decide(
    repo: &Repo,
    r: &ModelRef,
    stage: Stage,
    approve: bool,
    comment: Option<String>,
) -> Result<(String, u64), Error> {
    let mut index = repo.open_index()?;
    let number = resolve(index.conn(), r)?;
    let info = version_info(index.conn(), &r.name, number)?;
    let cfg = GateConfig::for_stage(repo.settings(), stage);
    let actor = repo.settings().actor().id;
    let decision = if approve { "approve" } else { "reject" };
    let action = format!("model.{decision}");
    let target = Target::new("model", format!("{}@{number}", r.name));
    let previous: Option<String> = index
        .conn()
        .query_row(
            "SELECT decision FROM model_approvals WHERE name = ?1 AND version = ?2 AND stage = ?3 AND actor = ?4 ORDER BY ts DESC LIMIT 1",
            params![r.name, number as i64, stage.as_str(), actor],
            |x| x.get(0),
        )
        .optional()
        .map_err(index_err)?;
    let refusal = if !cfg.approvers.is_empty() && !cfg.approvers.contains(&actor) {
        Some(format!(
            "`{actor}` is not an approver for {stage} (approvers: {})",
            cfg.approvers.join(", ")
        ))
    } else if !cfg.author_may_approve && actor == info.record.created_by && approve {
        Some(format!(
            "`{actor}` registered {}@{number} and may not approve it (registry.gates.{stage}.author_may_approve = false)",
            r.name
        ))
    } else if previous.as_deref() == Some(decision) {
        Some(format!(
            "`{actor}` has already {}d {}@{number} for {stage}",
            decision, r.name
        ))
    } else {
        None
    };
    if let Some(message) = refusal {
        repo.record_attempt(
            &mut index,
            NewEvent {
                action,
                target,
                outcome: Outcome::Denied,
                reason: Some(message.clone()),
                details: serde_json::json!({"stage": stage}),
            },
        )?;
        return Err(RegistryError::Denied { message }.into());
    }
    let created_at = repo.settings().clock.now_rfc3339();
    let name = r.name.clone();
    repo.change(&mut index, |tx| {
        let rec = serde_json::json!({
            "type": "model_approval", "schema": 1, "name": name, "number": number, "stage": stage,
            "decision": decision, "actor": actor, "comment": comment, "created_at": created_at,
        });
        let enc = records::queue(tx, &rec, &created_at).map_err(index_err)?;
        ingest_approval(tx, &enc.digest.to_hex(), &rec).map_err(index_err)?;
        Ok((
            (),
            NewEvent {
                action,
                target,
                outcome: Outcome::Success,
                reason: comment.clone(),
                details: serde_json::json!({"stage": stage}),
            },
        ))
    })?;
    Ok((actor, number))
}

/// Derive an approvals row from a `model_approval` record.
pub fn ingest_approval(
    tx: &rusqlite::Transaction<'_>,
    digest: &str,
    v: &serde_json::Value,
) -> Result<(), rusqlite::Error> {
    tx.execute(
        "INSERT OR IGNORE INTO model_approvals (record_digest, name, version, stage, decision, actor, comment, ts) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![
            digest,
            v["name"].as_str().unwrap_or(""),
            v["number"].as_i64().unwrap_or(0),
            v["stage"].as_str().unwrap_or(""),
            v["decision"].as_str().unwrap_or(""),
            v["actor"].as_str().unwrap_or(""),
            v["comment"].as_str(),
            v["created_at"].as_str().unwrap_or(""),
        ],
    )?;
    Ok(())
}

/// A pending request for approval.
#[derive(Debug, Clone, Serialize)]
pub struct Request {
    /// Model.
    pub name: String,
    /// Version.
    pub version: u64,
    /// Stage asked for.
    pub stage: String,
    /// When it was asked.
    pub requested_at: String,
    /// Who asked.
    pub requested_by: String,
    /// Approvals so far (valid ones).
    pub approvals: Vec<String>,
    /// Approvals required.
    pub required: u64,
}

/// `mlo model requests`: promotions waiting for approvals.
pub fn requests(repo: &Repo) -> Result<Vec<Request>, Error> {
    let index = repo.open_index()?;
    let conn = index.conn();
    let mut stmt = conn
        .prepare("SELECT name, version, stage, ts, actor FROM model_requests ORDER BY ts")
        .map_err(index_err)?;
    let rows: Vec<(String, i64, String, String, String)> = stmt
        .query_map([], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
        })
        .map_err(index_err)?
        .collect::<Result<_, _>>()
        .map_err(index_err)?;
    let mut out = Vec::new();
    for (name, version, stage, ts, actor) in rows {
        let st = Stage::parse(&stage).unwrap_or(Stage::None);
        let cfg = GateConfig::for_stage(repo.settings(), st);
        let info = version_info(conn, &name, version as u64)?;
        if info.stage == st {
            continue;
        }
        let (approvals, _) = approvals(
            conn,
            &name,
            version as u64,
            st,
            &cfg,
            &info.record.created_by,
        )?;
        out.push(Request {
            name,
            version: version as u64,
            stage,
            requested_at: ts,
            requested_by: actor,
            approvals,
            required: cfg.approvals,
        });
    }
    Ok(out)
}

/// `mlo model alias set|rm`.
pub fn set_alias(
    repo: &Repo,
    name: &str,
    alias: &str,
    version: Option<u64>,
) -> Result<AliasOutcome, Error> {
    if Stage::parse(alias).is_some() || alias == "latest" || alias.parse::<u64>().is_ok() {
        return Err(RegistryError::Input {
            message: format!("`{alias}` cannot be an alias: it reads as a stage or version"),
            hint: None,
        }
        .into());
    }
    let mut index = repo.open_index()?;
    if let Some(v) = version {
        resolve(
            index.conn(),
            &ModelRef {
                name: name.into(),
                selector: Selector::Version(v),
            },
        )?;
    } else {
        resolve(
            index.conn(),
            &ModelRef {
                name: name.into(),
                selector: Selector::Alias(alias.into()),
            },
        )?;
    }
    let created_at = repo.settings().clock.now_rfc3339();
    let actor = repo.settings().actor().id;
    let ((previous, set_at), _) = repo.change(&mut index, |tx| {
        let previous: Option<i64> = tx
            .query_row("SELECT version FROM model_aliases WHERE name = ?1 AND alias = ?2", params![name, alias], |r| r.get(0))
            .optional()
            .map_err(index_err)?;
        let rec = serde_json::json!({"type": "model_alias", "schema": 1, "name": name, "alias": alias, "number": version, "actor": actor, "created_at": created_at});
        let enc = records::queue(tx, &rec, &created_at).map_err(index_err)?;
        ingest_alias(tx, &enc.digest.to_hex(), &rec).map_err(index_err)?;
        let action = if version.is_some() { "model.alias_set" } else { "model.alias_rm" };
        Ok((
            (previous.map(|p| p as u64), created_at.clone()),
            NewEvent::success(action, Target::new("model", format!("{name}:{alias}")), serde_json::json!({"version": version, "previous": previous})),
        ))
    })?;
    let report = hooks::fire(
        repo,
        "model.alias",
        &serde_json::json!({"name": name, "alias": alias, "version": version, "previous": previous}),
    )?;
    if report.blocking_failed() {
        drop(index);
        let undo = revert_alias(repo, name, alias, version, previous, &set_at, &report)?;
        return Err(report.blocking_error(&undo));
    }
    Ok(AliasOutcome {
        previous,
        hooks: report,
    })
}

/// What `mlo model alias set|rm` did.
#[derive(Debug, Clone)]
pub struct AliasOutcome {
    /// The version the alias pointed at before.
    pub previous: Option<u64>,
    /// What each registry hook did.
    pub hooks: hooks::HookReport,
}

/// Undo an alias move after a blocking hook failed: point the alias back at `previous` (or
/// remove it), unless it was moved again meanwhile. Audited as `model.revert`.
fn revert_alias(
    repo: &Repo,
    name: &str,
    alias: &str,
    version: Option<u64>,
    previous: Option<u64>,
    set_at: &str,
    report: &hooks::HookReport,
) -> Result<String, Error> {
    let mut index = repo.open_index()?;
    let created_at = after(&repo.settings().clock.now_rfc3339(), set_at);
    let actor = repo.settings().actor().id;
    let reason = format!("blocking hook failed on `{}`", report.action);
    let (done, _) = repo.change(&mut index, |tx| {
        let now: Option<i64> = tx
            .query_row(
                "SELECT version FROM model_aliases WHERE name = ?1 AND alias = ?2",
                params![name, alias],
                |r| r.get(0),
            )
            .optional()
            .map_err(index_err)?;
        let done = if now.map(|v| v as u64) != version {
            format!("{name}:{alias} was not put back: it changed again meanwhile")
        } else {
            let rec = serde_json::json!({"type": "model_alias", "schema": 1, "name": name, "alias": alias, "number": previous, "actor": actor, "created_at": created_at, "reason": reason});
            let enc = records::queue(tx, &rec, &created_at).map_err(index_err)?;
            ingest_alias(tx, &enc.digest.to_hex(), &rec).map_err(index_err)?;
            match previous {
                Some(p) => format!("{name}:{alias} points at {p} again"),
                None => format!("{name}:{alias} was removed again"),
            }
        };
        let event = NewEvent {
            action: "model.revert".into(),
            target: Target::new("model", format!("{name}:{alias}")),
            outcome: Outcome::Success,
            reason: Some(reason.clone()),
            details: serde_json::json!({
                "reverted": if version.is_some() { "model.alias_set" } else { "model.alias_rm" },
                "from": version, "to": previous,
                "failures": report.failures().map(|r| r.describe()).collect::<Vec<_>>(),
            }),
        };
        Ok((done, event))
    })?;
    let told = hooks::fire(
        repo,
        "model.revert",
        &serde_json::json!({
            "name": name, "alias": alias, "reverted": report.action,
            "target": format!("{name}:{alias} → {}", version.map_or("(removed)".into(), |v| v.to_string())),
            "from": version, "to": previous, "reason": reason,
        }),
    )?;
    Ok(format!("the change was undone: {done}{}", undo_note(&told)))
}

/// Apply a `model_alias` record.
pub fn ingest_alias(
    tx: &rusqlite::Transaction<'_>,
    _digest: &str,
    v: &serde_json::Value,
) -> Result<(), rusqlite::Error> {
    let (name, alias) = (
        v["name"].as_str().unwrap_or(""),
        v["alias"].as_str().unwrap_or(""),
    );
    match v["number"].as_i64() {
        Some(n) => tx.execute(
            "INSERT OR REPLACE INTO model_aliases (name, alias, version) VALUES (?1, ?2, ?3)",
            params![name, alias, n],
        )?,
        None => tx.execute(
            "DELETE FROM model_aliases WHERE name = ?1 AND alias = ?2",
            params![name, alias],
        )?,
    };
    Ok(())
}

/// One stage change in `mlo model history`.
#[derive(Debug, Clone, Serialize)]
pub struct HistoryEntry {
    /// When.
    pub time: String,
    /// Version.
    pub version: u64,
    /// Stage before.
    pub from: String,
    /// Stage after.
    pub to: String,
    /// promote, rollback, archive, revert.
    pub action: String,
    /// Who.
    pub actor: String,
    /// Why.
    pub reason: Option<String>,
    /// Gates overridden.
    pub forced: bool,
}

/// Which versions held each stage at a point in time.
pub type Holders = BTreeMap<String, Vec<u64>>;

/// `mlo model history NAME [--stage S] [--at TIME]`: stage changes, or (with `at`) who held
/// each stage at that time.
pub fn history(
    repo: &Repo,
    name: &str,
    stage: Option<Stage>,
    at: Option<&str>,
) -> Result<(Vec<HistoryEntry>, Option<Holders>), Error> {
    let index = repo.open_index()?;
    resolve(
        index.conn(),
        &ModelRef {
            name: name.into(),
            selector: Selector::Latest,
        },
    )?;
    let mut stmt = index
        .conn()
        .prepare(
            "SELECT ts, version, from_stage, to_stage, action, actor, reason, forced FROM model_stage_events \
             WHERE name = ?1 AND (?2 IS NULL OR ts <= ?2) ORDER BY ts, action = 'archive', record_digest",
        )
        .map_err(index_err)?;
    let all: Vec<HistoryEntry> = stmt
        .query_map(params![name, at], |r| {
            Ok(HistoryEntry {
                time: r.get(0)?,
                version: r.get::<_, i64>(1)? as u64,
                from: r.get(2)?,
                to: r.get(3)?,
                action: r.get(4)?,
                actor: r.get(5)?,
                reason: r.get(6)?,
                forced: r.get(7)?,
            })
        })
        .map_err(index_err)?
        .collect::<Result<_, _>>()
        .map_err(index_err)?;
    let holders = at.map(|_| {
        let mut stage_of: BTreeMap<u64, String> = BTreeMap::new();
        for e in &all {
            stage_of.insert(e.version, e.to.clone());
        }
        let mut by_stage: BTreeMap<String, Vec<u64>> = BTreeMap::new();
        for (v, s) in stage_of {
            if s != "none" {
                by_stage.entry(s).or_default().push(v);
            }
        }
        by_stage
    });
    let entries = all
        .into_iter()
        .filter(|e| stage.is_none_or(|s| e.to == s.as_str() || e.from == s.as_str()))
        .collect();
    Ok((entries, holders))
}
