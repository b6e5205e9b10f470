//! `mlo data add|status|checkout|diff|log|ls|rm|unprotect|verify|gc`.

use std::path::PathBuf;

use super::Context;
use crate::cli::data::{DataCommand, DataValidateArgs};
use crate::data::validate;
use crate::data::{self, DataPath, DiffSide, StoreState, WorkspaceState, gc};
use crate::error::{Error, ExitCode};
use crate::output::{Output, human_bytes};
use crate::repo::Repo;

fn cwd(ctx: &Context) -> PathBuf {
    if ctx.start.is_absolute() {
        ctx.start.clone()
    } else {
        std::env::current_dir().unwrap_or_default().join(&ctx.start)
    }
}

fn paths(repo: &Repo, ctx: &Context, given: &[PathBuf]) -> Result<Vec<DataPath>, Error> {
    let cwd = cwd(ctx);
    given
        .iter()
        .map(|p| data::dataset_path(repo, &cwd, p).map_err(Error::from))
        .collect()
}

fn files_label(files: Option<u64>) -> String {
    match files {
        Some(1) => "1 file".into(),
        Some(n) => format!("{n} files"),
        None => "file".into(),
    }
}

pub(super) fn run(ctx: &Context, out: &Output, cmd: DataCommand) -> Result<ExitCode, Error> {
    // `validate` reads any table and works outside a repository too.
    if let DataCommand::Validate(args) = cmd {
        return validate(ctx, out, args);
    }
    let repo = ctx.repo()?;
    match cmd {
        DataCommand::Add(args) => {
            let opts = data::AddOptions {
                paths: paths(&repo, ctx, &args.paths)?,
                description: args.desc,
                link: args.link.unwrap_or(repo.settings().link),
            };
            let total: u64 = opts
                .paths
                .iter()
                .map(|p| dir_size_hint(&repo.root().join(p)))
                .sum();
            let bar = out.progress(total, "Hashing", true);
            let outcomes = data::add(&repo, &opts, &|n| bar.inc(n))?;
            bar.finish();
            if out.json {
                out.json_value(&outcomes);
            } else {
                for o in &outcomes {
                    let what = format!(
                        "{} ({}, {})",
                        o.path,
                        human_bytes(o.size),
                        files_label(o.files)
                    );
                    if o.changed {
                        out.status(
                            "Added",
                            format!(
                                "{what}; hashed {} file(s), {} new object(s)",
                                o.hashed_files, o.new_objects
                            ),
                        );
                    } else {
                        out.status(
                            "Unchanged",
                            format!("{what} is already tracked at this version"),
                        );
                    }
                }
                if outcomes.iter().any(|o| o.changed) {
                    let pointers: Vec<String> = outcomes
                        .iter()
                        .filter(|o| o.changed)
                        .map(|o| format!("{}.mlo", o.path))
                        .collect();
                    out.note(format!(
                        "commit the pointer file(s): `git add {}`",
                        pointers.join(" ")
                    ));
                }
            }
            Ok(ExitCode::Success)
        }
        DataCommand::Status(args) => {
            if let Some(name) = &args.remote {
                return super::remote::data_status(&repo, ctx, out, name, &args.paths, args.check);
            }
            let list = data::status(&repo, &paths(&repo, ctx, &args.paths)?, args.granular)?;
            let clean = list.iter().all(|s| s.is_clean());
            if out.json {
                out.json_value(&list);
            } else if list.is_empty() {
                out.note("no tracked datasets (track one with `mlo data add PATH`)");
            } else {
                let rows = list
                    .iter()
                    .map(|s| {
                        let ws = match s.workspace {
                            WorkspaceState::Unchanged => "unchanged",
                            WorkspaceState::Modified => "modified",
                            WorkspaceState::Missing => "missing",
                        };
                        let st = match (s.store, s.missing_objects) {
                            (StoreState::Present, _) => "present".to_string(),
                            (StoreState::Missing, Some(n)) if n > 0 => {
                                format!("missing {n} object(s)")
                            }
                            (StoreState::Missing, _) => "missing".to_string(),
                        };
                        vec![
                            s.path.clone(),
                            s.kind.as_str().into(),
                            ws.into(),
                            st,
                            s.changes.len().to_string(),
                        ]
                    })
                    .collect();
                out.table(
                    &["dataset", "kind", "workspace", "store", "changed files"],
                    rows,
                );
                for s in &list {
                    for c in &s.changes {
                        let from = c
                            .from
                            .as_ref()
                            .map(|f| format!(" (from {f})"))
                            .unwrap_or_default();
                        out.line(format!(
                            "  {:<9} {}/{}{from}",
                            format!("{:?}", c.change).to_lowercase(),
                            s.path,
                            c.path
                        ));
                    }
                }
                if list.iter().any(|s| s.workspace == WorkspaceState::Modified) {
                    out.note("record the new version with `mlo data add PATH`, or restore the tracked one with `mlo data checkout --force PATH`");
                }
                if list.iter().any(|s| s.store == StoreState::Missing) {
                    out.note("objects missing from the store can be fetched with `mlo pull`");
                }
            }
            Ok(if args.check && !clean {
                ExitCode::CheckFailed
            } else {
                ExitCode::Success
            })
        }
        DataCommand::Checkout(args) => {
            let opts = data::CheckoutOptions {
                paths: paths(&repo, ctx, &args.paths)?,
                rev: args.rev,
                force: args.force,
                link: args.link.unwrap_or(repo.settings().link),
            };
            let bar = out.progress(0, "Checkout", true);
            let outcomes = data::checkout(&repo, &opts, &|n| bar.inc(n))?;
            bar.finish();
            if out.json {
                out.json_value(&outcomes);
            } else {
                for o in &outcomes {
                    out.status(
                        "Checked out",
                        format!(
                            "{}: {} written, {} unchanged, {} removed",
                            o.path, o.written, o.unchanged, o.removed
                        ),
                    );
                    for k in &o.kept {
                        out.warn(format!(
                            "kept `{k}`: it differs from the version being checked out"
                        ));
                    }
                }
                if outcomes.iter().any(|o| !o.kept.is_empty()) {
                    out.note("use `--force` to overwrite modified files (record them first with `mlo data add` to keep them)");
                }
            }
            Ok(ExitCode::Success)
        }
        DataCommand::Diff(args) => {
            let (old, new) = match (args.rev_a, args.rev_b) {
                (None, _) => (DiffSide::Rev("HEAD".into()), DiffSide::Workspace),
                (Some(a), None) => (DiffSide::Rev(a), DiffSide::Workspace),
                (Some(a), Some(b)) => (DiffSide::Rev(a), DiffSide::Rev(b)),
            };
            let diffs = data::diff(&repo, &old, &new)?;
            let rows: Vec<Vec<String>> = diffs
                .iter()
                .flat_map(|d| {
                    d.changes.iter().map(|c| {
                        vec![
                            format!("{:?}", c.change).to_lowercase(),
                            c.path.clone(),
                            c.from.clone().unwrap_or_default(),
                        ]
                    })
                })
                .collect();
            if out.json {
                out.json_value(&diffs);
            } else if args.md {
                out.line("| change | path | from |\n|---|---|---|");
                for r in &rows {
                    out.line(format!(
                        "| {} | `{}` | {} |",
                        r[0],
                        r[1],
                        if r[2].is_empty() {
                            String::new()
                        } else {
                            format!("`{}`", r[2])
                        }
                    ));
                }
            } else if rows.is_empty() {
                out.note("no differences");
            } else {
                out.table(&["change", "path", "from"], rows);
            }
            Ok(ExitCode::Success)
        }
        DataCommand::Log(args) => {
            let rel = paths(&repo, ctx, &[args.path])?.remove(0);
            let entries = data::log(&repo, &rel)?;
            if out.json {
                out.json_value(&entries);
            } else {
                let rows = entries
                    .iter()
                    .map(|e| {
                        vec![
                            e.commit[..10.min(e.commit.len())].to_string(),
                            e.date.clone(),
                            e.blake3
                                .map(|d| d.short())
                                .unwrap_or_else(|| "(removed)".into()),
                            e.size.map(human_bytes).unwrap_or_default(),
                            e.files.map(|f| f.to_string()).unwrap_or_default(),
                            e.subject.clone(),
                        ]
                    })
                    .collect();
                out.table(
                    &["commit", "date", "blake3", "size", "files", "subject"],
                    rows,
                );
            }
            Ok(ExitCode::Success)
        }
        DataCommand::Ls(args) => {
            match args.path {
                None => {
                    let list = data::list(&repo)?;
                    if out.json {
                        out.json_value(&list);
                    } else {
                        let rows = list
                            .iter()
                            .map(|d| {
                                vec![
                                    d.path.clone(),
                                    d.kind.as_str().into(),
                                    human_bytes(d.size),
                                    d.files.map(|f| f.to_string()).unwrap_or_else(|| "1".into()),
                                    d.blake3.short(),
                                    d.description.clone().unwrap_or_default(),
                                ]
                            })
                            .collect();
                        out.table(
                            &["dataset", "kind", "size", "files", "blake3", "description"],
                            rows,
                        );
                    }
                }
                Some(p) => {
                    let rel = paths(&repo, ctx, &[p])?.remove(0);
                    let files = data::list_files(&repo, &rel)?;
                    if out.json {
                        out.json_value(&files);
                    } else {
                        for f in files {
                            out.line(format!("{}  {:>10}  {}", f.blake3.short(), f.size, f.path));
                        }
                    }
                }
            }
            Ok(ExitCode::Success)
        }
        DataCommand::Rm(args) => {
            let rels = paths(&repo, ctx, &args.paths)?;
            let mut removed = Vec::new();
            for rel in rels {
                let p = data::remove(&repo, &rel)?;
                out.status("Untracked", format!("{rel} (the data stays in the workspace; its objects stay in the store until `mlo data gc`)"));
                removed.push(serde_json::json!({"path": rel, "blake3": p.blake3}));
            }
            if out.json {
                out.json_value(&removed);
            }
            Ok(ExitCode::Success)
        }
        DataCommand::Unprotect(args) => {
            let rels = paths(&repo, ctx, &args.paths)?;
            let mut total = 0;
            for rel in &rels {
                let n = data::unprotect(&repo, rel)?;
                total += n;
                out.status(
                    "Unprotected",
                    format!("{rel}: {n} file(s) are now writable copies"),
                );
            }
            if out.json {
                out.json_value(&serde_json::json!({"unprotected": total}));
            }
            Ok(ExitCode::Success)
        }
        DataCommand::Verify(_) => {
            let bar = out.progress(0, "Verifying", true);
            let v = data::verify(&repo, &|n| bar.inc(n))?;
            bar.finish();
            let clean = v.corrupt.is_empty() && v.missing.is_empty();
            if out.json {
                out.json_value(&v);
            } else {
                for (d, users) in &v.corrupt {
                    out.line(format!("corrupt  {d}  {}", users.join(", ")));
                }
                for (d, users) in &v.missing {
                    out.line(format!("missing  {d}  {}", users.join(", ")));
                }
                if clean {
                    out.status("Verified", format!("{} object(s)", v.ok));
                } else {
                    out.error(&crate::error::CliError {
                        code: ExitCode::CheckFailed,
                        message: format!("{} corrupt and {} missing object(s)", v.corrupt.len(), v.missing.len()),
                        causes: vec![],
                        hints: vec!["restore them with `mlo pull`, or re-add the data where it still exists".into()],
                    });
                }
            }
            Ok(if clean {
                ExitCode::Success
            } else {
                ExitCode::CheckFailed
            })
        }
        DataCommand::Validate(_) => {
            unreachable!("`data validate` returns before the repository is opened")
        }
        DataCommand::Gc(args) => {
            let grace =
                crate::clock::parse_duration_secs(&args.grace).map_err(|message| Error::Input {
                    message: format!("invalid --grace: {message}"),
                    hint: None,
                })?;
            let opts = gc::GcOptions {
                all_commits: args.all_commits,
                delete: args.yes,
                grace: std::time::Duration::from_secs(grace),
            };
            let g = gc::gc(&repo, &opts)?;
            if out.json {
                out.json_value(&g);
            } else {
                out.pairs(vec![
                    ("objects".into(), g.objects.to_string()),
                    ("reachable".into(), g.reachable.to_string()),
                    (
                        "unreachable".into(),
                        format!("{} ({})", g.unreachable, human_bytes(g.unreachable_bytes)),
                    ),
                    ("kept (younger than grace)".into(), g.kept_young.to_string()),
                ]);
                if g.dry_run {
                    if g.unreachable > 0 {
                        out.note(format!(
                            "dry run: run `mlo data gc --yes` to delete {} object(s)",
                            g.unreachable
                        ));
                    }
                } else {
                    out.status(
                        "Deleted",
                        format!(
                            "{} object(s), {} freed",
                            g.deleted,
                            human_bytes(g.deleted_bytes)
                        ),
                    );
                }
            }
            Ok(ExitCode::Success)
        }
    }
}

/// Bytes under a path, for the progress bar (0 when unknown; cheap for files only).
fn validate(ctx: &Context, out: &Output, args: DataValidateArgs) -> Result<ExitCode, Error> {
    let cwd = cwd(ctx);
    let repo = match ctx.repo() {
        Ok(r) => Some(r),
        Err(Error::Repo(crate::repo::RepoError::NotFound { .. })) => None,
        Err(e) => return Err(e),
    };
    let source = crate::monitor::resolve_input(repo.as_ref(), &cwd, &args.path)?;
    let Some(schema_path) = args.schema.filter(|_| !args.infer) else {
        let schema = validate::infer(&source)?;
        out.line(validate::schema_yaml(&schema, &args.path).trim_end());
        return Ok(ExitCode::Success);
    };
    let schema = validate::Schema::load(&cwd.join(&schema_path))?;
    let outcome = validate::validate(&source, &schema)?;
    if out.json {
        out.json_value(&outcome);
    } else if outcome.passed {
        out.status(
            "Valid",
            format!(
                "`{}`: {} rows, {} columns match `{}`",
                outcome.path,
                outcome.rows,
                outcome.columns,
                schema_path.display()
            ),
        );
    } else {
        let rows = outcome
            .violations
            .iter()
            .map(|v| {
                vec![
                    v.column.clone().unwrap_or_else(|| "(table)".into()),
                    v.check.to_string(),
                    v.message.clone(),
                    v.examples
                        .iter()
                        .map(|e| format!("row {}: {:?}", e.row, e.value))
                        .collect::<Vec<_>>()
                        .join(", "),
                ]
            })
            .collect();
        out.table(&["column", "check", "problem", "examples"], rows);
        out.line(format!(
            "{} violation(s) in `{}` ({} rows)",
            outcome.violations.len(),
            outcome.path,
            outcome.rows
        ));
    }
    Ok(if outcome.passed {
        ExitCode::Success
    } else {
        ExitCode::CheckFailed
    })
}

fn dir_size_hint(path: &std::path::Path) -> u64 {
    std::fs::metadata(path)
        .map(|m| if m.is_file() { m.len() } else { 0 })
        .unwrap_or(0)
}
