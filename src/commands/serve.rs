//! `mlo serve`: resolve flags, `serve.*` settings and the environment into `ServeOptions`,
//! run the server, and print what it reports.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use super::Context;
use crate::cli::serve::ServeArgs;
use crate::clock::Clock;
use crate::error::{Error, ExitCode};
use crate::output::Output;
use crate::repo::RepoError;
use crate::repo::settings::ServeSettings;
use crate::serve::{
    self, ResolvedModel, ServeError, ServeEvent, ServeOptions, pool::Batching, predlog::LogOptions,
    traffic::RollbackPolicy,
};

fn cwd(ctx: &Context) -> PathBuf {
    if ctx.start.is_absolute() {
        ctx.start.clone()
    } else {
        std::env::current_dir().unwrap_or_default().join(&ctx.start)
    }
}

fn usage(message: impl Into<String>, hint: Option<&str>) -> Error {
    ServeError::Usage {
        message: message.into(),
        hint: hint.map(str::to_string),
    }
    .into()
}

/// A `--canary`/`--shadow` model: a file, or a registry reference.
fn resolve_spec(
    repo: Option<&crate::repo::Repo>,
    base: &Path,
    spec: &str,
) -> Result<ResolvedModel, ServeError> {
    if serve::looks_like_path(spec) {
        serve::resolve_path(&base.join(spec), None, None)
    } else {
        serve::resolve_ref(repo, spec)
    }
}

fn read_token(path: &Path) -> Result<String, Error> {
    let text = std::fs::read_to_string(path).map_err(|source| Error::Io {
        action: "read the token file",
        path: path.to_path_buf(),
        source,
    })?;
    let token = text.trim().to_string();
    if token.is_empty() {
        return Err(usage(
            format!("token file `{}` is empty", path.display()),
            None,
        ));
    }
    Ok(token)
}

pub(super) fn run(ctx: &Context, out: &Output, args: ServeArgs) -> Result<ExitCode, Error> {
    let repo = match ctx.repo() {
        Ok(r) => Some(r),
        Err(Error::Repo(RepoError::NotFound { .. })) => None,
        Err(e) => return Err(e),
    };
    let settings = repo
        .as_ref()
        .map(|r| r.settings().serve.clone())
        .unwrap_or_default();
    let base = cwd(ctx);

    if args.names.len() > args.paths.len() {
        return Err(usage(
            "more `--name` than `--path` flags",
            Some("each `--name` names the `--path` at the same position"),
        ));
    }
    let mut models = Vec::new();
    for reference in &args.models {
        models.push(serve::resolve_ref(repo.as_ref(), reference)?);
    }
    for (i, p) in args.paths.iter().enumerate() {
        let arch = args.arch.as_ref().map(|a| base.join(a));
        models.push(serve::resolve_path(
            &base.join(p),
            args.names.get(i).map(String::as_str),
            arch.as_deref(),
        )?);
    }
    let canary = match &args.canary {
        Some(c) => {
            let (spec, pct) = serve::parse_canary(c)?;
            Some((resolve_spec(repo.as_ref(), &base, &spec)?, pct))
        }
        None => None,
    };
    let shadow = match &args.shadow {
        Some(s) => Some(resolve_spec(repo.as_ref(), &base, s)?),
        None => None,
    };

    let host = args.host.clone().unwrap_or_else(|| settings.host.clone());
    let token = match (
        ctx.env.get("MLO_SERVE_TOKEN"),
        &args.token_file,
        &settings.token_file,
    ) {
        (Some(t), _, _) if !t.trim().is_empty() => Some(t.trim().to_string()),
        (_, Some(f), _) => Some(read_token(&base.join(f))?),
        (_, None, Some(f)) => Some(read_token(f)?),
        _ => None,
    };
    if args.auth && token.is_none() {
        return Err(usage(
            "`--auth` needs a token",
            Some("pass `--token-file FILE` or set `MLO_SERVE_TOKEN`"),
        ));
    }
    let log = log_options(&args, &settings, repo.as_ref(), &base);
    let cpus = std::thread::available_parallelism().map_or(1, |n| n.get());
    let threads = args
        .threads
        .or((settings.threads > 0).then_some(settings.threads))
        .unwrap_or((cpus / 2).max(1));
    if !(0.0..=1.0).contains(&args.rollback_error_rate) {
        return Err(usage(
            "`--rollback-error-rate` is a fraction between 0 and 1",
            None,
        ));
    }
    let opts = ServeOptions {
        models,
        canary,
        shadow,
        host,
        port: args.port.unwrap_or(settings.port),
        threads,
        io_threads: args.io_threads.unwrap_or(cpus),
        batching: Batching {
            max_batch_size: args.max_batch_size.max(1),
            max_batch_delay: Duration::from_millis(args.max_batch_delay_ms),
        },
        token,
        body_limit: args.body_limit,
        timeout: Duration::from_millis(args.timeout_ms.max(1)),
        concurrency: args.concurrency,
        route_header: args.route_header.clone(),
        rollback: RollbackPolicy {
            max_error_rate: args.rollback_error_rate,
            max_p99_ms: args.rollback_p99_ms,
            window: args.rollback_window.max(1),
            min_requests: args.rollback_min_requests.max(1),
        },
        log,
        watch: args.watch,
        clock: repo
            .as_ref()
            .map_or(Clock::System, |r| r.settings().clock.clone()),
    };
    if let Some(l) = &opts.log {
        out.status("Logging", format!("predictions to `{}`", l.dir.display()));
    }

    let printer = out.clone();
    let events: serve::EventSink = Arc::new(move |e| print_event(&printer, e));
    let outcome = serve::serve(opts, repo, events)?;
    if out.json {
        out.json_value(&outcome);
    } else {
        out.status(
            "Stopped",
            format!(
                "after {} requests ({} logged, {} dropped) in {:.1}s",
                outcome.requests, outcome.logged, outcome.log_dropped, outcome.uptime_secs
            ),
        );
    }
    Ok(ExitCode::Success)
}

fn log_options(
    args: &ServeArgs,
    settings: &ServeSettings,
    repo: Option<&crate::repo::Repo>,
    base: &Path,
) -> Option<LogOptions> {
    if args.no_log {
        return None;
    }
    let dir = match (&args.log_dir, repo) {
        (Some(d), _) => base.join(d),
        (None, Some(r)) if settings.log => r.mlo_dir().join("predictions"),
        _ => return None,
    };
    let percent = args
        .log_sample_percent
        .unwrap_or(settings.log_sample_percent)
        .min(100);
    Some(LogOptions {
        dir,
        sample_rate: f64::from(percent) / 100.0,
        segment_bytes: settings.log_segment_mb * 1024 * 1024,
        max_bytes: settings.log_max_mb * 1024 * 1024,
    })
}

fn print_event(out: &Output, event: ServeEvent) {
    match event {
        ServeEvent::Loaded {
            name,
            version,
            variant,
            elapsed,
        } => out.status(
            "Loaded",
            format!(
                "`{name}` version {version} as {variant} ({:.1} ms with warm-up)",
                elapsed.as_secs_f64() * 1e3
            ),
        ),
        ServeEvent::Ready { addr, elapsed } => out.status(
            "Listening",
            format!(
                "on http://{addr} (ready in {:.1} ms)",
                elapsed.as_secs_f64() * 1e3
            ),
        ),
        ServeEvent::Reloaded {
            models,
            trigger,
            changes,
        } => {
            if changes.is_empty() {
                out.status(
                    "Reloaded",
                    format!(
                        "{models} model(s) on {}, no version changed",
                        trigger.as_str()
                    ),
                );
            }
            for c in changes {
                let follows = c
                    .reference
                    .map(|r| format!(", following `{r}`"))
                    .unwrap_or_default();
                out.status(
                    "Reloaded",
                    format!(
                        "`{}` {} version {} -> {} on {}{follows}",
                        c.name,
                        c.variant,
                        c.from,
                        c.to,
                        trigger.as_str()
                    ),
                );
            }
        }
        ServeEvent::ReloadFailed { message } => {
            out.warn(format!(
                "reload failed, still serving the previous models: {message}"
            ));
        }
        ServeEvent::RolledBack { name, reason } => {
            out.warn(format!("rolled back the canary of `{name}`: {reason}"));
        }
        ServeEvent::Stopping => out.status("Stopping", "finishing requests in flight"),
        ServeEvent::AuditFailed { message } => {
            out.warn(format!("could not write an audit event: {message}"));
        }
    }
}
