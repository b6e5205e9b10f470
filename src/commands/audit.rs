//! `mlo audit log|show|verify`.

use super::Context;
use crate::audit::{self, AuditError, AuditEvent, EventFilter};
use crate::cli::audit::AuditCommand;
use crate::clock::parse_time_spec;
use crate::error::{Error, ExitCode};
use crate::output::Output;

pub(super) fn run(ctx: &Context, out: &Output, cmd: AuditCommand) -> Result<ExitCode, Error> {
    let repo = ctx.repo()?;
    let index = repo.open_index()?;
    match cmd {
        AuditCommand::Log(args) => {
            let clock = &repo.settings().clock;
            let time = |what: &'static str, v: Option<String>| -> Result<Option<String>, Error> {
                v.map(|s| {
                    parse_time_spec(&s, clock).map_err(|message| {
                        AuditError::BadFilter {
                            what,
                            value: s,
                            message,
                        }
                        .into()
                    })
                })
                .transpose()
            };
            let filter = EventFilter {
                since: time("--since", args.since)?,
                until: time("--until", args.until)?,
                actor: args.actor,
                action: args.action,
                target: args.target,
                outcome: args.outcome,
                limit: args.limit,
            };
            let events = audit::query(index.conn(), &filter)?;
            if out.json {
                out.json_value(&events);
            } else {
                let rows = events
                    .iter()
                    .map(|e| {
                        vec![
                            e.seq.to_string(),
                            e.timestamp[..19].replace('T', " "),
                            e.actor.id.clone(),
                            e.action.clone(),
                            format!("{}:{}", e.target.target_type, e.target.id),
                            e.outcome.as_str().to_string(),
                        ]
                    })
                    .collect();
                out.table(
                    &["#", "time (UTC)", "actor", "action", "target", "outcome"],
                    rows,
                );
            }
            Ok(ExitCode::Success)
        }
        AuditCommand::Show(args) => {
            let e = audit::get(index.conn(), &args.event_id)?;
            if out.json {
                out.json_value(&e);
            } else {
                out.pairs(show_rows(&e));
            }
            Ok(ExitCode::Success)
        }
        AuditCommand::Verify(_) => {
            let v = audit::verify_chain(index.conn())?;
            if out.json {
                out.json_value(&v);
            }
            match &v.problem {
                None => {
                    if !out.json {
                        out.status(
                            "Verified",
                            format!("{} audit event(s); head {}", v.events, &v.head[..16]),
                        );
                    }
                    Ok(ExitCode::Success)
                }
                Some(p) => {
                    if !out.json {
                        eprintln_problem(out, &p.message, v.events);
                    }
                    Ok(ExitCode::CheckFailed)
                }
            }
        }
    }
}

fn eprintln_problem(out: &Output, message: &str, good: i64) {
    out.error(&crate::error::CliError {
        code: ExitCode::CheckFailed,
        message: format!("the audit trail does not verify: {message}"),
        causes: vec![],
        hints: vec![format!(
            "the first {good} event(s) verify; restore `.mlo/index.db` from a backup, or rebuild it from the record objects with `mlo index rebuild` and verify again"
        )],
    });
}

fn show_rows(e: &AuditEvent) -> Vec<(String, String)> {
    let mut rows = vec![
        ("event".into(), e.event_id.clone()),
        ("sequence".into(), e.seq.to_string()),
        ("time".into(), e.timestamp.clone()),
        (
            "actor".into(),
            format!("{} ({})", e.actor.id, e.actor.actor_type.as_str()),
        ),
    ];
    if let Some(src) = &e.actor.source {
        rows.push(("source".into(), src.clone()));
    }
    rows.push(("action".into(), e.action.clone()));
    rows.push((
        "target".into(),
        format!("{}:{}", e.target.target_type, e.target.id),
    ));
    rows.push(("outcome".into(), e.outcome.as_str().into()));
    if let Some(r) = &e.reason {
        rows.push(("reason".into(), r.clone()));
    }
    rows.push((
        "details".into(),
        serde_json::to_string(&e.details).unwrap_or_default(),
    ));
    rows.push(("host".into(), e.host.clone()));
    rows.push(("chain".into(), e.chain.clone()));
    rows.push(("prev hash".into(), e.prev_hash.clone()));
    rows.push(("hash".into(), e.hash.clone()));
    rows
}
