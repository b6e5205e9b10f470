//! `mlo ci generate` and `mlo hooks install|uninstall`: flags over `[ci]` settings into
//! options, the domain (`crate::ci`) renders and writes, and the outcome goes to `output`.

use std::path::PathBuf;

use super::Context;
use crate::ci::hooks::{self, HookAction};
use crate::ci::{self, CiError, GenerateOptions, StageSet, WriteAction};
use crate::cli::ci::CiCommand;
use crate::cli::hooks::HooksCommand;
use crate::error::{Error, ExitCode};
use crate::output::Output;

pub(super) fn run(ctx: &Context, out: &Output, cmd: CiCommand) -> Result<ExitCode, Error> {
    let CiCommand::Generate(args) = cmd;
    let repo = ctx.repo()?;
    let settings = repo.settings();
    let provider = args
        .provider
        .or_else(|| GenerateOptions::configured_provider(settings))
        .ok_or(CiError::NoProvider)?;
    let mut opts = GenerateOptions::from_settings(settings, provider)?;
    if let Some(list) = &args.stages {
        opts.stages = StageSet::parse(list)?;
    }
    if let Some(v) = args.train_cmd {
        opts.train_cmd = v;
    }
    if let Some(v) = args.remote {
        opts.remote = v;
    }
    if let Some(v) = args.model {
        opts.model = v;
    }
    if let Some(v) = args.branch {
        opts.branch = v;
    }
    let pipeline = ci::render_pipeline(repo.root(), &opts)?;
    let to_stdout = args.out.as_deref() == Some(std::path::Path::new("-"));
    if to_stdout {
        out.write_raw(&pipeline.content);
        return Ok(ExitCode::Success);
    }
    let path = match &args.out {
        Some(p) if p.is_absolute() => p.clone(),
        Some(p) => cwd(ctx).join(p),
        None => repo.root().join(provider.default_path()),
    };
    if args.dry_run {
        let existing = ci::read_existing(&path)?;
        let label = ci::display_path(repo.root(), &path);
        let diff = ci::unified_diff(existing.as_deref(), &pipeline.content, &label);
        if out.json {
            out.json_value(&serde_json::json!({
                "provider": provider,
                "path": label,
                "stages": opts.stages.stages(),
                "template": pipeline.template,
                "exists": existing.is_some(),
                "changed": !diff.is_empty(),
                "diff": diff,
            }));
        } else if diff.is_empty() {
            out.note(format!("`{label}` is up to date; nothing would change"));
        } else {
            out.write_raw(&diff);
            out.note(format!(
                "dry run: `{label}` was not written (without --dry-run{} it would be)",
                if existing.is_some() {
                    " and with --force"
                } else {
                    ""
                }
            ));
        }
        return Ok(ExitCode::Success);
    }
    let outcome = ci::write_pipeline(&repo, &opts, &pipeline, &path, args.force)?;
    if out.json {
        out.json_value(&outcome);
    } else {
        let verb = match outcome.action {
            WriteAction::Created => "Wrote",
            WriteAction::Overwritten => "Replaced",
            WriteAction::Unchanged => "Unchanged",
        };
        out.status(
            verb,
            format!(
                "`{}` ({} pipeline, stages {})",
                outcome.path,
                provider,
                opts.stages.to_list()
            ),
        );
        if outcome.action != WriteAction::Unchanged {
            out.note(format!(
                "commit it with `git add {}`; docs/ci.md lists the secrets it reads",
                outcome.path
            ));
        }
    }
    Ok(ExitCode::Success)
}

pub(super) fn hooks(ctx: &Context, out: &Output, cmd: HooksCommand) -> Result<ExitCode, Error> {
    use crate::audit::{NewEvent, Target};
    let repo = ctx.repo()?;
    let (outcomes, action) = match cmd {
        HooksCommand::Install(args) => (hooks::install(repo.root(), args.force)?, "hooks.install"),
        HooksCommand::Uninstall(_) => (hooks::uninstall(repo.root())?, "hooks.uninstall"),
    };
    let changed = outcomes.iter().any(|o| {
        !matches!(
            o.action,
            HookAction::Unchanged | HookAction::NotInstalled | HookAction::Foreign
        )
    });
    if changed {
        let mut index = repo.open_index()?;
        let details = serde_json::json!({
            "hooks": outcomes
                .iter()
                .map(|o| serde_json::json!({"hook": o.hook, "action": o.action}))
                .collect::<Vec<_>>(),
        });
        repo.record_attempt(
            &mut index,
            NewEvent::success(action, Target::new("git_hooks", "hooks"), details),
        )?;
    }
    if out.json {
        out.json_value(&outcomes);
        return Ok(ExitCode::Success);
    }
    for o in &outcomes {
        let path = o.path.display();
        match o.action {
            HookAction::Installed => out.status("Installed", format!("`{path}`")),
            HookAction::Chained => out.status(
                "Installed",
                format!(
                    "`{path}`, calling the existing hook first (moved to `{}{}`)",
                    o.hook,
                    hooks::SAVED_SUFFIX
                ),
            ),
            HookAction::Updated => out.status("Updated", format!("`{path}`")),
            HookAction::Unchanged => out.status("Unchanged", format!("`{path}`")),
            HookAction::Removed if o.chained.is_some() => out.status(
                "Removed",
                format!("`{path}` and restored the hook it chained"),
            ),
            HookAction::Removed => out.status("Removed", format!("`{path}`")),
            HookAction::NotInstalled => out.status("Skipped", format!("`{path}`: not installed")),
            HookAction::Foreign => {
                out.warn(format!("`{path}` is not mlo's hook; left alone"));
            }
        }
        if let Some(b) = &o.backup {
            out.note(format!(
                "the older chained hook was kept as `{}`",
                b.display()
            ));
        }
    }
    Ok(ExitCode::Success)
}

fn cwd(ctx: &Context) -> PathBuf {
    if ctx.start.is_absolute() {
        ctx.start.clone()
    } else {
        std::env::current_dir().unwrap_or_default().join(&ctx.start)
    }
}
