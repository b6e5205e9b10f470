//! `mlo monitor drift|history|perf`.

use std::path::PathBuf;
use std::time::Duration;

use super::Context;
use crate::cli::monitor::{MonitorCommand, MonitorDriftArgs};
use crate::error::{Error, ExitCode};
use crate::monitor::alert::{self, AlertOn, AlertOptions};
use crate::monitor::columns::format_number;
use crate::monitor::report::{self, effect_cell, p_value_cell, statistic_cell};
use crate::monitor::{self, DriftOptions, Input, MonitorError};
use crate::output::Output;
use crate::repo::settings::MonitorSettings;

fn cwd(ctx: &Context) -> PathBuf {
    if ctx.start.is_absolute() {
        ctx.start.clone()
    } else {
        std::env::current_dir().unwrap_or_default().join(&ctx.start)
    }
}

pub(super) fn run(ctx: &Context, out: &Output, cmd: MonitorCommand) -> Result<ExitCode, Error> {
    match cmd {
        MonitorCommand::Drift(args) => drift(ctx, out, *args),
        MonitorCommand::History(args) => {
            let repo = ctx.repo()?;
            let list = monitor::history(&repo, args.current.as_deref(), args.limit)?;
            if out.json {
                out.json_value(&list);
            } else if list.is_empty() {
                out.note("no drift checks recorded (run `mlo monitor drift --reference REF --current CUR`)");
            } else {
                let rows = list
                    .iter()
                    .map(|h| {
                        vec![
                            h.report.created_at.clone(),
                            h.report.reference.clone(),
                            h.report.current.clone(),
                            format!("{}/{}", h.report.drifted_columns, h.report.columns),
                            format!("{:.0}%", h.report.drifted_share * 100.0),
                            if h.report.dataset_drift { "yes" } else { "no" }.into(),
                            h.record[..12].to_string(),
                        ]
                    })
                    .collect();
                out.table(
                    &["time", "reference", "current", "drifted", "share", "dataset drift", "record"],
                    rows,
                );
            }
            Ok(ExitCode::Success)
        }
        MonitorCommand::Perf(_) => Err(Error::Input {
            message: "`mlo monitor perf` reads the prediction log of `mlo serve`, which is not available in this build".into(),
            hint: Some("see docs/monitor.md; export predictions to CSV or JSON Lines and use `mlo monitor drift`".into()),
        }),
    }
}

fn drift(ctx: &Context, out: &Output, args: MonitorDriftArgs) -> Result<ExitCode, Error> {
    let cwd = cwd(ctx);
    // A repository is optional: outside one, the check runs but is not recorded.
    let repo = match ctx.repo() {
        Ok(r) => Some(r),
        Err(Error::Repo(crate::repo::RepoError::NotFound { .. })) => None,
        Err(e) => return Err(e),
    };
    if args.since.is_some() && !args.current.starts_with("serve:") {
        return Err(Error::Input {
            message: "--since applies to `serve:` inputs only".into(),
            hint: None,
        });
    }
    let settings = repo
        .as_ref()
        .map(|r| r.settings().monitor.clone())
        .unwrap_or_default();
    let reference = match (&args.reference, &args.reference_profile) {
        (_, Some(p)) => Input::Profile(cwd.join(p)),
        (Some(r), None) => Input::Table(monitor::resolve_input(repo.as_ref(), &cwd, r)?),
        (None, None) => {
            return Err(
                MonitorError::Usage("give --reference or --reference-profile".into()).into(),
            );
        }
    };
    let current = monitor::resolve_input(repo.as_ref(), &cwd, &args.current)?;
    let opts = DriftOptions {
        reference,
        current,
        columns: args.columns.clone(),
        exclude: args.exclude.clone(),
        categorical: args.categorical.clone(),
        numerical: args.numerical.clone(),
        method: args.method,
        threshold: args.threshold,
        drift_share: args.drift_share.unwrap_or(settings.drift_share),
        compat: args.compat,
        histograms: args.html.is_some(),
        save_profile: args.save_profile.as_ref().map(|p| cwd.join(p)),
    };
    let mut outcome = monitor::drift(&opts)?;
    if let Some(repo) = repo.as_ref().filter(|_| !args.no_record) {
        outcome.record = Some(monitor::record_drift(repo, &outcome)?);
    }
    if let Some(path) = &args.html {
        report::write_html(&cwd.join(path), &outcome)?;
    }
    let alert = alert_options(&args, &settings).map(|a| alert::send(&a, &outcome));

    if out.json {
        let mut value = serde_json::to_value(&outcome).expect("outcome serializes");
        if let Some(a) = &alert {
            value["alert"] = serde_json::to_value(a).expect("alert serializes");
        }
        out.json_value(&value);
    } else if args.md {
        out.line(report::markdown(&outcome).trim_end());
    } else {
        let rows = outcome
            .columns
            .iter()
            .map(|c| {
                vec![
                    c.column.clone(),
                    c.column_type.as_str().into(),
                    c.method.clone(),
                    statistic_cell(c),
                    p_value_cell(c),
                    effect_cell(c),
                    format_number(c.threshold),
                    if c.drifted { "yes" } else { "no" }.into(),
                ]
            })
            .collect();
        out.table(
            &[
                "column",
                "type",
                "method",
                "statistic",
                "p-value",
                "effect",
                "threshold",
                "drifted",
            ],
            rows,
        );
        out.line(format!(
            "{} of {} columns drifted ({:.1}%); dataset drift: {} (at {:.0}%)",
            outcome.drifted_columns,
            outcome.columns.len(),
            outcome.drifted_share * 100.0,
            if outcome.dataset_drift { "yes" } else { "no" },
            outcome.drift_share * 100.0
        ));
    }
    for w in &outcome.warnings {
        out.warn(w);
    }
    for s in &outcome.skipped {
        out.warn(format!("column `{}` not compared: {}", s.column, s.reason));
    }
    // One line per distinct note, naming its columns (a profile's sketch note would otherwise
    // repeat for every numerical column).
    let mut notes: Vec<(&str, Vec<&str>)> = Vec::new();
    for c in &outcome.columns {
        if let Some(n) = c.note.as_deref() {
            match notes.iter_mut().find(|(t, _)| *t == n) {
                Some((_, cols)) => cols.push(&c.column),
                None => notes.push((n, vec![&c.column])),
            }
        }
    }
    for (note, cols) in notes {
        let cols = cols.iter().map(|c| format!("`{c}`")).collect::<Vec<_>>();
        let label = if cols.len() == 1 { "column" } else { "columns" };
        out.note(format!("{label} {}: {note}", cols.join(", ")));
    }
    if let Some(path) = &args.html {
        out.status("Wrote", format!("HTML report to `{}`", path.display()));
    }
    if let Some(path) = &args.save_profile {
        out.status(
            "Saved",
            format!("reference profile to `{}`", path.display()),
        );
    }
    if let Some(r) = &outcome.record {
        out.status("Recorded", format!("drift report {}", &r[..12]));
    }
    if let Some(a) = &alert {
        if a.delivered {
            out.status("Alerted", format!("`{}`", a.url));
        } else if a.sent {
            out.warn(format!(
                "webhook `{}` failed after {} attempt(s): {}; the check's exit code is unchanged",
                a.url,
                a.attempts,
                a.error.as_deref().unwrap_or("unknown error")
            ));
        }
    }
    Ok(if outcome.fails(args.fail_on) {
        ExitCode::CheckFailed
    } else {
        ExitCode::Success
    })
}

fn alert_options(args: &MonitorDriftArgs, settings: &MonitorSettings) -> Option<AlertOptions> {
    let url = args.webhook.clone().or_else(|| settings.webhook.clone())?;
    let on = AlertOn::parse(&settings.alert_on).unwrap_or(AlertOn::Dataset);
    Some(AlertOptions {
        url,
        on,
        timeout: Duration::from_millis(settings.alert_timeout_ms),
        retries: settings.alert_retries,
    })
}
