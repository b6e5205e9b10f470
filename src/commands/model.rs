//! `mlo model ...`: glue between the CLI and the registry.

use super::Context;
use crate::cli::model::{ModelAliasCommand, ModelCommand};
use crate::error::{CliError, Error, ExitCode};
use crate::output::{Output, human_bytes};
use crate::registry::gates::fmt_num;
use crate::registry::hooks::HookReport;
use crate::registry::lifecycle::{self, PromoteOptions, PromoteOutcome};
use crate::registry::{self, ModelRef, RegistryError, Selector, bundle, mlflow};

fn parse_ref(s: &str) -> Result<ModelRef, Error> {
    s.parse::<ModelRef>()
        .map_err(|e| Error::Registry(RegistryError::Ref(e)))
}

fn alias_ref(s: &str) -> Result<(String, String), Error> {
    match parse_ref(s)? {
        ModelRef {
            name,
            selector: Selector::Alias(a),
        } => Ok((name, a)),
        _ => Err(Error::Input {
            message: format!("`{s}` is not NAME:ALIAS"),
            hint: Some("e.g. `churn:champion`".into()),
        }),
    }
}

/// Non-blocking hook failures, as warnings (blocking ones fail the command instead).
fn warn_hooks(out: &Output, report: &HookReport) {
    for w in report.warnings() {
        out.warn(w);
    }
}

fn print_promotion(out: &Output, o: &PromoteOutcome, verb: &str) -> ExitCode {
    for h in o.hooks.iter().filter(|h| !h.ok) {
        out.warn(format!(
            "registry hook {}; the change stands (the hook is not blocking)",
            h.describe()
        ));
    }
    if out.json {
        out.json_value(o);
    } else {
        if !o.gates.is_empty() && (o.denied || o.dry_run || o.forced || !out.quiet) {
            let rows = o
                .gates
                .iter()
                .map(|g| {
                    vec![
                        g.gate.clone(),
                        g.check.clone(),
                        g.value.clone(),
                        g.threshold.clone(),
                        if g.passed {
                            "pass".into()
                        } else {
                            "FAIL".into()
                        },
                    ]
                })
                .collect();
            out.table(&["gate", "check", "value", "threshold", "verdict"], rows);
        }
        let what = format!("{}@{}", o.name, o.version);
        if o.dry_run {
            out.status(
                if o.gates.iter().all(|g| g.passed) {
                    "Would pass"
                } else {
                    "Would fail"
                },
                format!("{what} → {} (dry run: nothing changed)", o.to),
            );
        } else if o.denied {
            out.error(&CliError {
                code: ExitCode::CheckFailed,
                message: format!("{what} was not promoted to {}: {} gate(s) failed", o.to, o.gates.iter().filter(|g| !g.passed).count()),
                causes: vec![],
                hints: vec![
                    "fix what failed, or approve with `mlo model approve`; `--force --reason TEXT` overrides (recorded in the audit trail)".into(),
                ],
            });
        } else if !o.promoted {
            out.status("Unchanged", format!("{what} is already in {}", o.to));
        } else {
            let archived = o
                .archived
                .map(|a| format!("; version {a} archived"))
                .unwrap_or_default();
            let forced = if o.forced { " (gates overridden)" } else { "" };
            out.status(
                verb,
                format!("{what}: {} → {}{archived}{forced}", o.from, o.to),
            );
        }
    }
    let failed = o.gates.iter().any(|g| !g.passed);
    if (o.denied && !o.dry_run) || (o.dry_run && failed) {
        ExitCode::CheckFailed
    } else {
        ExitCode::Success
    }
}

pub(super) fn run(ctx: &Context, out: &Output, cmd: ModelCommand) -> Result<ExitCode, Error> {
    let repo = ctx.repo()?;
    match cmd {
        ModelCommand::Register(args) => {
            let path = if args.path.is_absolute() {
                args.path.clone()
            } else {
                std::env::current_dir()
                    .unwrap_or_default()
                    .join(&ctx.start)
                    .join(&args.path)
            };
            let opts = registry::RegisterOptions {
                name: args.name,
                path,
                format: args.format,
                metrics: registry::parse_metrics(&args.metrics)?,
                tags: registry::parse_tags(&args.tags)?,
                description: args.description,
                run_id: args.run,
            };
            // An ONNX file `mlo serve` could not load is worth knowing now, not at deploy time;
            // registering it still succeeds (another runtime may serve it).
            let servable = servability(&opts.path);
            let (v, hooks) = registry::register(&repo, &opts)?;
            warn_hooks(out, &hooks);
            if let Some(problem) = servable {
                out.warn(format!(
                    "`mlo serve` cannot serve {}@{}: {problem}",
                    v.record.name, v.record.number
                ));
            }
            if out.json {
                out.json_value(&v);
            } else {
                out.status(
                    "Registered",
                    format!(
                        "{}@{} ({}, {}, blake3 {})",
                        v.record.name,
                        v.record.number,
                        v.record.format,
                        human_bytes(v.record.artifact.size),
                        v.record.artifact.blake3.short()
                    ),
                );
            }
            Ok(ExitCode::Success)
        }
        ModelCommand::List(_) => {
            let index = repo.open_index()?;
            let list = registry::list(index.conn())?;
            if out.json {
                out.json_value(&list);
            } else if list.is_empty() {
                out.note("no models yet (register one with `mlo model register NAME PATH`)");
            } else {
                let rows = list
                    .iter()
                    .map(|m| {
                        vec![
                            m.name.clone(),
                            m.versions.to_string(),
                            m.latest.to_string(),
                            m.production
                                .map(|v| v.to_string())
                                .unwrap_or_else(|| "-".into()),
                            if m.staging.is_empty() {
                                "-".into()
                            } else {
                                m.staging
                                    .iter()
                                    .map(|v| v.to_string())
                                    .collect::<Vec<_>>()
                                    .join(",")
                            },
                            m.aliases.join(" "),
                            m.updated_at
                                .get(..19)
                                .unwrap_or(&m.updated_at)
                                .replace('T', " "),
                        ]
                    })
                    .collect();
                out.table(
                    &[
                        "model",
                        "versions",
                        "latest",
                        "production",
                        "staging",
                        "aliases",
                        "updated (UTC)",
                    ],
                    rows,
                );
            }
            Ok(ExitCode::Success)
        }
        ModelCommand::Show(args) => {
            let r = parse_ref(&args.reference)?;
            let index = repo.open_index()?;
            if r.selector == Selector::Latest && !args.reference.contains('@') {
                let versions = registry::versions(index.conn(), &r.name)?;
                if out.json {
                    out.json_value(&serde_json::json!({"name": r.name, "versions": versions}));
                } else {
                    version_table(out, &versions);
                }
            } else {
                let n = registry::resolve(index.conn(), &r)?;
                let v = registry::version_info(index.conn(), &r.name, n)?;
                if out.json {
                    out.json_value(&v);
                } else {
                    let mut rows = vec![
                        (
                            "model".to_string(),
                            format!("{}@{}", v.record.name, v.record.number),
                        ),
                        ("stage".into(), v.stage.to_string()),
                        ("aliases".into(), v.aliases.join(" ")),
                        ("format".into(), v.record.format.clone()),
                        (
                            "artifact".into(),
                            format!(
                                "{} {} ({})",
                                v.record.artifact.kind,
                                v.record.artifact.blake3,
                                human_bytes(v.record.artifact.size)
                            ),
                        ),
                        (
                            "registered".into(),
                            format!("{} by {}", v.record.created_at, v.record.created_by),
                        ),
                    ];
                    if let Some(run) = &v.record.run_id {
                        rows.push(("run".into(), run.clone()));
                    }
                    for (k, m) in &v.record.metrics {
                        rows.push((format!("metric {k}"), fmt_num(*m)));
                    }
                    for (k, t) in &v.record.tags {
                        rows.push((format!("tag {k}"), t.clone()));
                    }
                    if let Some(d) = &v.record.description {
                        rows.push(("description".into(), d.clone()));
                    }
                    out.pairs(rows);
                }
            }
            Ok(ExitCode::Success)
        }
        ModelCommand::Versions(args) => {
            let index = repo.open_index()?;
            let versions = registry::versions(index.conn(), &args.name)?;
            if out.json {
                out.json_value(&versions);
            } else {
                version_table(out, &versions);
            }
            Ok(ExitCode::Success)
        }
        ModelCommand::Promote(args) => {
            let opts = PromoteOptions {
                reference: parse_ref(&args.reference)?,
                to: args.to,
                reason: args.reason,
                force: args.force,
                dry_run: args.dry_run,
            };
            let o = lifecycle::promote(&repo, &opts)?;
            Ok(print_promotion(out, &o, "Promoted"))
        }
        ModelCommand::Approve(args) => decide(&repo, out, args, true),
        ModelCommand::Reject(args) => decide(&repo, out, args, false),
        ModelCommand::Requests(_) => {
            let list = lifecycle::requests(&repo)?;
            if out.json {
                out.json_value(&list);
            } else if list.is_empty() {
                out.note("no promotions are waiting for approval");
            } else {
                let rows = list
                    .iter()
                    .map(|r| {
                        vec![
                            format!("{}@{}", r.name, r.version),
                            r.stage.clone(),
                            format!("{}/{}", r.approvals.len(), r.required),
                            r.approvals.join(", "),
                            r.requested_by.clone(),
                            r.requested_at
                                .get(..19)
                                .unwrap_or(&r.requested_at)
                                .replace('T', " "),
                        ]
                    })
                    .collect();
                out.table(
                    &[
                        "version",
                        "stage",
                        "approvals",
                        "approved by",
                        "requested by",
                        "requested (UTC)",
                    ],
                    rows,
                );
            }
            Ok(ExitCode::Success)
        }
        ModelCommand::Rollback(args) => {
            let o = lifecycle::rollback(&repo, &args.name, args.to, args.reason, args.force)?;
            Ok(print_promotion(out, &o, "Rolled back"))
        }
        ModelCommand::Alias(ModelAliasCommand::Set(args)) => {
            let (name, alias) = alias_ref(&args.alias)?;
            let done = lifecycle::set_alias(&repo, &name, &alias, Some(args.number))?;
            warn_hooks(out, &done.hooks);
            let previous = done.previous;
            if out.json {
                out.json_value(&serde_json::json!({"name": name, "alias": alias, "version": args.number, "previous": previous}));
            } else {
                let prev = previous.map(|p| format!(" (was {p})")).unwrap_or_default();
                out.status("Aliased", format!("{name}:{alias} → {}{prev}", args.number));
            }
            Ok(ExitCode::Success)
        }
        ModelCommand::Alias(ModelAliasCommand::Rm(args)) => {
            let (name, alias) = alias_ref(&args.alias)?;
            let done = lifecycle::set_alias(&repo, &name, &alias, None)?;
            warn_hooks(out, &done.hooks);
            let previous = done.previous;
            if out.json {
                out.json_value(
                    &serde_json::json!({"name": name, "alias": alias, "removed": previous}),
                );
            } else {
                out.status("Removed", format!("{name}:{alias}"));
            }
            Ok(ExitCode::Success)
        }
        ModelCommand::History(args) => {
            let at = args
                .at
                .as_deref()
                .map(|t| crate::clock::parse_time_spec(t, &repo.settings().clock))
                .transpose()
                .map_err(|message| Error::Input {
                    message: format!("invalid --at: {message}"),
                    hint: None,
                })?;
            let (entries, holders) =
                lifecycle::history(&repo, &args.name, args.stage, at.as_deref())?;
            if out.json {
                out.json_value(&serde_json::json!({"name": args.name, "at": at, "holders": holders, "events": entries}));
            } else {
                if let Some(h) = &holders {
                    let rows = h
                        .iter()
                        .map(|(s, v)| {
                            (
                                s.clone(),
                                v.iter()
                                    .map(|x| x.to_string())
                                    .collect::<Vec<_>>()
                                    .join(", "),
                            )
                        })
                        .collect();
                    out.pairs(rows);
                }
                let rows = entries
                    .iter()
                    .map(|e| {
                        vec![
                            e.time.get(..19).unwrap_or(&e.time).replace('T', " "),
                            e.version.to_string(),
                            format!("{} → {}", e.from, e.to),
                            e.action.clone(),
                            e.actor.clone(),
                            format!(
                                "{}{}",
                                if e.forced { "[forced] " } else { "" },
                                e.reason.clone().unwrap_or_default()
                            ),
                        ]
                    })
                    .collect();
                out.table(
                    &[
                        "time (UTC)",
                        "version",
                        "stage",
                        "action",
                        "actor",
                        "reason",
                    ],
                    rows,
                );
            }
            Ok(ExitCode::Success)
        }
        ModelCommand::Compare(args) => {
            let index = repo.open_index()?;
            let c = registry::compare(index.conn(), &parse_ref(&args.a)?, &parse_ref(&args.b)?)?;
            if out.json {
                out.json_value(&c);
            } else {
                let show = |v: Option<f64>| v.map(fmt_num).unwrap_or_else(|| "-".into());
                let mut rows: Vec<Vec<String>> = c
                    .metrics
                    .iter()
                    .map(|(k, a, b, d)| {
                        vec![
                            format!("metric {k}"),
                            show(*a),
                            show(*b),
                            d.map(|d| format!("{}{}", if d > 0.0 { "+" } else { "" }, fmt_num(d)))
                                .unwrap_or_default(),
                        ]
                    })
                    .collect();
                rows.extend(c.params.iter().map(|(k, a, b)| {
                    vec![
                        format!("param {k}"),
                        a.clone().unwrap_or_else(|| "-".into()),
                        b.clone().unwrap_or_else(|| "-".into()),
                        if a != b {
                            "changed".into()
                        } else {
                            String::new()
                        },
                    ]
                }));
                out.table(&["", &c.a, &c.b, "delta"], rows);
            }
            Ok(ExitCode::Success)
        }
        ModelCommand::Lineage(args) => {
            let index = repo.open_index()?;
            let r = parse_ref(&args.reference)?;
            let n = registry::resolve(index.conn(), &r)?;
            let v = registry::version_info(index.conn(), &r.name, n)?;
            let lineage = serde_json::json!({
                "model": format!("{}@{}", v.record.name, v.record.number),
                "record": v.record_digest,
                "artifact": v.record.artifact,
                "run_id": v.record.run_id,
                "lineage": v.record.lineage,
            });
            if out.json {
                out.json_value(&lineage);
            } else {
                let mut rows = vec![
                    (
                        "version".to_string(),
                        format!(
                            "{}@{} (record {})",
                            v.record.name,
                            v.record.number,
                            &v.record_digest[..12]
                        ),
                    ),
                    (
                        "artifact".into(),
                        format!("{} {}", v.record.artifact.kind, v.record.artifact.blake3),
                    ),
                ];
                match &v.record.run_id {
                    Some(id) => rows.push(("run".into(), id.clone())),
                    None => rows.push(("run".into(), "(none: registered without --run)".into())),
                }
                if let Some(obj) = v.record.lineage.as_object() {
                    for (k, val) in obj {
                        if k != "run_id" && !val.is_null() {
                            rows.push((k.clone(), serde_json::to_string(val).unwrap_or_default()));
                        }
                    }
                }
                out.pairs(rows);
            }
            Ok(ExitCode::Success)
        }
        ModelCommand::Get(args) => {
            let r = parse_ref(&args.reference)?;
            let (v, dest) = registry::get(&repo, &r, &args.out, args.force)?;
            if out.json {
                out.json_value(&serde_json::json!({"model": format!("{}@{}", v.record.name, v.record.number), "path": dest, "blake3": v.record.artifact.blake3}));
            } else {
                out.status(
                    "Wrote",
                    format!(
                        "{}@{} to `{}` (verified)",
                        v.record.name,
                        v.record.number,
                        dest.display()
                    ),
                );
            }
            Ok(ExitCode::Success)
        }
        ModelCommand::Export(args) => {
            if let Some(url) = args.mlflow {
                return mirror(&repo, out, url, args.reference.as_deref());
            }
            let (Some(reference), Some(path)) = (args.reference, args.out) else {
                unreachable!("clap requires REF and --out without --mlflow");
            };
            let m = bundle::export(&repo, &parse_ref(&reference)?, &path)?;
            if out.json {
                out.json_value(&m);
            } else {
                out.status(
                    "Exported",
                    format!(
                        "{}@{} to `{}` ({} object(s))",
                        m.model.name,
                        m.model.number,
                        path.display(),
                        m.objects.len()
                    ),
                );
            }
            Ok(ExitCode::Success)
        }
        ModelCommand::Import(args) => {
            let o = bundle::import(&repo, &args.bundle, args.name)?;
            warn_hooks(out, &o.hooks);
            if out.json {
                out.json_value(&o);
            } else {
                out.status(
                    "Imported",
                    format!(
                        "{} as {}@{} ({} object(s) verified)",
                        o.source, o.name, o.version, o.objects
                    ),
                );
            }
            Ok(ExitCode::Success)
        }
    }
}

/// `mlo model export --mlflow URL [NAME | NAME@REF]`.
fn mirror(
    repo: &crate::repo::Repo,
    out: &Output,
    url: String,
    reference: Option<&str>,
) -> Result<ExitCode, Error> {
    let scope = match reference {
        None => mlflow::Scope::All,
        Some(r) if r.contains('@') || r.contains(':') => mlflow::Scope::Version(parse_ref(r)?),
        Some(r) => mlflow::Scope::Model(parse_ref(r)?.name),
    };
    let o = mlflow::export(repo, &mlflow::MirrorOptions { url, scope })?;
    if out.json {
        out.json_value(&o);
    } else {
        let set: usize = o.models.iter().map(|m| m.aliases_set.len()).sum();
        let removed: usize = o.models.iter().map(|m| m.aliases_removed.len()).sum();
        out.status(
            "Exported",
            format!(
                "{} model(s), {} version(s) to `{}` ({} created, {set} alias(es) set, {removed} removed)",
                o.models.len(),
                o.versions(),
                o.server,
                o.versions_created(),
            ),
        );
        for m in &o.models {
            for a in &m.aliases_skipped {
                out.warn(format!("alias `{}:{a}` was not mirrored", m.name));
            }
            let unlinked: Vec<String> = m
                .versions
                .iter()
                .filter(|v| v.unlinked_run.is_some())
                .map(|v| v.version.to_string())
                .collect();
            if !unlinked.is_empty() {
                out.note(format!(
                    "{} version(s) {} have runs not mirrored to this server; their source is `mlo://blake3/…` (mirror runs first with `mlo run export --mlflow URL`: versions exported after that are linked to their run)",
                    m.name,
                    unlinked.join(", ")
                ));
            }
        }
    }
    Ok(ExitCode::Success)
}

fn decide(
    repo: &crate::repo::Repo,
    out: &Output,
    args: crate::cli::model::ModelDecideArgs,
    approve: bool,
) -> Result<ExitCode, Error> {
    let r = parse_ref(&args.reference)?;
    let (actor, n) = lifecycle::decide(repo, &r, args.to, approve, args.comment)?;
    if out.json {
        out.json_value(&serde_json::json!({"model": r.name, "version": n, "stage": args.to, "actor": actor, "decision": if approve { "approve" } else { "reject" }}));
    } else {
        out.status(
            if approve { "Approved" } else { "Rejected" },
            format!("{}@{n} for {} by {actor}", r.name, args.to),
        );
    }
    Ok(ExitCode::Success)
}

fn version_table(out: &Output, versions: &[registry::VersionInfo]) {
    let rows = versions
        .iter()
        .map(|v| {
            vec![
                v.record.number.to_string(),
                v.stage.to_string(),
                v.aliases.join(" "),
                v.record.format.clone(),
                human_bytes(v.record.artifact.size),
                v.record
                    .metrics
                    .iter()
                    .map(|(k, m)| format!("{k}={}", fmt_num(*m)))
                    .collect::<Vec<_>>()
                    .join(" "),
                v.record.created_by.clone(),
                v.record
                    .created_at
                    .get(..19)
                    .unwrap_or(&v.record.created_at)
                    .replace('T', " "),
            ]
        })
        .collect();
    out.table(
        &[
            "version",
            "stage",
            "aliases",
            "format",
            "size",
            "metrics",
            "by",
            "registered (UTC)",
        ],
        rows,
    );
}

/// Why `mlo serve` could not load the ONNX file at `path` (unsupported operators, a malformed
/// graph), or `None` when it can or when `path` is not an ONNX file.
fn servability(path: &std::path::Path) -> Option<String> {
    if !path.is_file() || path.extension().and_then(|e| e.to_str()) != Some("onnx") {
        return None;
    }
    // Loading reads the whole graph into memory; past 1 GiB a warning is not worth that cost.
    if std::fs::metadata(path).map_or(true, |m| m.len() > 1 << 30) {
        return None;
    }
    crate::infer::Model::load(path, None)
        .err()
        .map(|e| e.to_string())
}
