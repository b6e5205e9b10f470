//! `mlo init`, `mlo status`, `mlo fsck`, `mlo index rebuild`.

use super::Context;
use crate::error::{Error, ExitCode};
use crate::output::{Output, human_bytes};
use crate::repo::{Repo, maintenance};

pub(super) fn init(ctx: &Context, out: &Output) -> Result<ExitCode, Error> {
    let (_repo, outcome) = Repo::init(&ctx.start, &ctx.env)?;
    if out.json {
        out.json_value(&outcome);
    } else if outcome.created {
        out.status(
            "Initialized",
            format!(
                "mlo repository in `{}`",
                outcome.root.join(".mlo").display()
            ),
        );
        if outcome.wrote_config {
            out.status(
                "Created",
                "`.mlops.toml` (commit it; see `.mlops.toml.example` for every key)",
            );
        }
        if !outcome.in_git {
            out.note("this directory is not inside a git repository; pointer files and `.mlops.toml` are meant to be committed");
        }
    } else {
        out.status(
            "Exists",
            format!(
                "mlo repository already in `{}`; nothing changed",
                outcome.root.join(".mlo").display()
            ),
        );
    }
    Ok(ExitCode::Success)
}

pub(super) fn status(ctx: &Context, out: &Output) -> Result<ExitCode, Error> {
    let repo = ctx.repo()?;
    let s = maintenance::status(&repo)?;
    if out.json {
        out.json_value(&s);
        return Ok(ExitCode::Success);
    }
    out.pairs(vec![
        ("repository".into(), s.root.display().to_string()),
        (
            "objects".into(),
            format!("{} ({})", s.objects.objects, human_bytes(s.objects.bytes)),
        ),
        (
            "records".into(),
            format!("{} ({})", s.records.objects, human_bytes(s.records.bytes)),
        ),
        ("runs".into(), s.runs.to_string()),
        ("model versions".into(), s.model_versions.to_string()),
        ("audit events".into(), s.audit_events.to_string()),
        (
            "audit head".into(),
            s.audit_head
                .as_deref()
                .map(|h| h[..16].to_string())
                .unwrap_or_else(|| "-".into()),
        ),
        ("index schema".into(), format!("v{}", s.schema_version)),
    ]);
    if s.cleaned_tmp > 0 {
        out.note(format!(
            "removed {} stale staging file(s) from `.mlo/tmp`",
            s.cleaned_tmp
        ));
    }
    Ok(ExitCode::Success)
}

pub(super) fn fsck(ctx: &Context, out: &Output) -> Result<ExitCode, Error> {
    let repo = ctx.repo()?;
    let total = repo.objects().stats()?.bytes + repo.records().stats()?.bytes;
    let bar = out.progress(total, "Verifying", true);
    let f = maintenance::fsck(&repo, |n| bar.inc(n))?;
    bar.finish();
    let clean = f.is_clean();
    if out.json {
        out.json_value(&f);
    } else {
        let mut rows = vec![
            ("objects ok".to_string(), f.objects_ok.to_string()),
            ("records ok".to_string(), f.records_ok.to_string()),
            ("audit events ok".to_string(), f.audit.events.to_string()),
        ];
        for (d, actual) in &f.objects_corrupt {
            rows.push((
                "corrupt object".into(),
                format!("{d} (content hashes to {})", actual.short()),
            ));
        }
        for (d, actual) in &f.records_corrupt {
            rows.push((
                "corrupt record".into(),
                format!("{d} (content hashes to {})", actual.short()),
            ));
        }
        for d in &f.records_missing {
            rows.push(("missing record".into(), d.clone()));
        }
        for p in &f.strays {
            rows.push(("stray file".into(), p.display().to_string()));
        }
        if let Some(p) = &f.audit.problem {
            rows.push(("audit chain".into(), p.message.clone()));
        }
        out.pairs(rows);
        if clean {
            out.status("Verified", "every object, record and audit event");
        }
    }
    Ok(if clean {
        ExitCode::Success
    } else {
        ExitCode::CheckFailed
    })
}

pub(super) fn rebuild(ctx: &Context, out: &Output) -> Result<ExitCode, Error> {
    let repo = ctx.repo()?;
    let r = maintenance::rebuild_index(&repo)?;
    if let Some(p) = &r.moved_aside {
        out.warn(format!(
            "the old index was unreadable and was moved to `{}`",
            p.display()
        ));
    }
    for s in &r.skipped {
        out.warn(format!("skipped unreadable record {s}"));
    }
    if out.json {
        out.json_value(&r);
    } else {
        out.status(
            "Rebuilt",
            format!(
                "index from {} record(s), {} audit event(s)",
                r.records, r.audit_events
            ),
        );
    }
    Ok(ExitCode::Success)
}
