//! `mlo monitor drift|history|perf`.

use std::path::PathBuf;
use std::time::Duration;

use super::Context;
use crate::cli::monitor::{MonitorCommand, MonitorDriftArgs, MonitorPerfArgs};
use crate::clock::Clock;
use crate::error::{Error, ExitCode};
use crate::monitor::alert::{self, AlertOn, AlertOptions};
use crate::monitor::columns::format_number;
use crate::monitor::perf::{self, PerfOptions, PerfOutcome, Traffic};
use crate::monitor::report::{self, effect_cell, p_value_cell, statistic_cell};
use crate::monitor::served::{self, LogQuery, ServeRef, SliceSummary};
use crate::monitor::{self, DriftOptions, Input, MonitorError, ServeSelection};
use crate::output::Output;
use crate::repo::Repo;
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
                    &[
                        "time",
                        "reference",
                        "current",
                        "drifted",
                        "share",
                        "dataset drift",
                        "record",
                    ],
                    rows,
                );
            }
            Ok(ExitCode::Success)
        }
        MonitorCommand::Perf(args) => perf_command(ctx, out, args),
    }
}

fn optional_repo(ctx: &Context) -> Result<Option<Repo>, Error> {
    match ctx.repo() {
        Ok(r) => Ok(Some(r)),
        Err(Error::Repo(crate::repo::RepoError::NotFound { .. })) => Ok(None),
        Err(e) => Err(e),
    }
}

/// Parse `--since`/`--until` against the repository's clock (pinned in tests).
pub(super) fn time_flag(
    repo: Option<&Repo>,
    flag: &str,
    value: Option<&str>,
) -> Result<Option<chrono::DateTime<chrono::Utc>>, Error> {
    let Some(value) = value else {
        return Ok(None);
    };
    let clock = repo.map_or(Clock::System, |r| r.settings().clock.clone());
    let text = crate::clock::parse_time_spec(value, &clock).map_err(|e| Error::Input {
        message: format!("`{flag} {value}`: {e}"),
        hint: None,
    })?;
    Ok(crate::clock::parse_ts(&text))
}

/// The selection flags shared by `serve:` inputs.
fn serve_selection(
    repo: Option<&Repo>,
    cwd: &std::path::Path,
    since: Option<&str>,
    until: Option<&str>,
    log_dir: Option<&std::path::Path>,
) -> Result<ServeSelection, Error> {
    Ok(ServeSelection {
        log_dir: log_dir.map(|d| cwd.join(d)),
        since: time_flag(repo, "--since", since)?,
        until: time_flag(repo, "--until", until)?,
        variants: Vec::new(),
        features: None,
    })
}

fn drift(ctx: &Context, out: &Output, args: MonitorDriftArgs) -> Result<ExitCode, Error> {
    let cwd = cwd(ctx);
    // A repository is optional: outside one, the check runs but is not recorded.
    let repo = optional_repo(ctx)?;
    let any_serve = args.current.starts_with("serve:")
        || args
            .reference
            .as_deref()
            .is_some_and(|r| r.starts_with("serve:"));
    if !any_serve {
        for (flag, given) in [
            ("--since", args.since.is_some()),
            ("--until", args.until.is_some()),
            ("--variant", !args.variant.is_empty()),
            ("--features", args.features.is_some()),
            ("--log-dir", args.log_dir.is_some()),
        ] {
            if given {
                return Err(Error::Input {
                    message: format!("{flag} applies to `serve:` inputs only"),
                    hint: Some("name a served model with `--current serve:NAME[@VERSION]`".into()),
                });
            }
        }
    }
    let mut serve = serve_selection(
        repo.as_ref(),
        &cwd,
        args.since.as_deref(),
        args.until.as_deref(),
        args.log_dir.as_deref(),
    )?;
    serve.variants = args.variant.clone();
    serve.features = args.features.clone();
    let settings = repo
        .as_ref()
        .map(|r| r.settings().monitor.clone())
        .unwrap_or_default();
    let reference = match (&args.reference, &args.reference_profile) {
        (_, Some(p)) => Input::Profile(cwd.join(p)),
        (Some(r), None) => Input::Table(monitor::resolve_table(repo.as_ref(), &cwd, r, &serve)?),
        (None, None) => {
            return Err(
                MonitorError::Usage("give --reference or --reference-profile".into()).into(),
            );
        }
    };
    let current = monitor::resolve_table(repo.as_ref(), &cwd, &args.current, &serve)?;
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
    let mut outcome = monitor::drift(opts)?;
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
    for side in [&outcome.reference, &outcome.current] {
        if let Some(info) = &side.served {
            out.note(served_note(&side.label, info));
        }
    }
    // One line per reason, naming its columns.
    let mut reasons: Vec<(&str, Vec<&str>)> = Vec::new();
    for s in &outcome.skipped {
        match reasons.iter_mut().find(|(r, _)| *r == s.reason) {
            Some((_, cols)) => cols.push(&s.column),
            None => reasons.push((&s.reason, vec![&s.column])),
        }
    }
    for (reason, cols) in reasons {
        let label = if cols.len() == 1 { "column" } else { "columns" };
        let cols = cols.iter().map(|c| format!("`{c}`")).collect::<Vec<_>>();
        out.warn(format!(
            "{label} {} not compared: {reason}",
            cols.join(", ")
        ));
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

/// What a `serve:` side read, for stderr.
fn served_note(label: &str, info: &served::ServedInfo) -> String {
    let s = &info.slice;
    let window = match (&s.since, &s.until) {
        (None, None) => "the whole log".to_string(),
        (Some(a), None) => format!("since {a}"),
        (None, Some(b)) => format!("before {b}"),
        (Some(a), Some(b)) => format!("{a} to {b}"),
    };
    let versions = s
        .versions
        .iter()
        .map(|v| format!("{} {} ({})", v.variant, v.version, v.requests))
        .collect::<Vec<_>>()
        .join(", ");
    let names = match info.feature_names {
        served::FeatureNames::Tensor => "tensor names",
        served::FeatureNames::Flag => "--features",
        served::FeatureNames::RegistryTag => "the registry tag `features`",
    };
    let mut line = format!(
        "`{label}`: {} requests, {} rows ({window}; {versions}); input columns from {names}: {}",
        s.requests,
        info.rows,
        info.input_columns.join(", ")
    );
    if s.failed > 0 {
        line.push_str(&format!("; {} failed requests left out", s.failed));
    }
    if s.other_variants > 0 {
        line.push_str(&format!(
            "; {} requests of other variants left out (`--variant`)",
            s.other_variants
        ));
    }
    if s.skipped_lines > 0 {
        line.push_str(&format!(
            "; {} unreadable log lines skipped",
            s.skipped_lines
        ));
    }
    line
}

fn perf_command(ctx: &Context, out: &Output, args: MonitorPerfArgs) -> Result<ExitCode, Error> {
    let cwd = cwd(ctx);
    let repo = optional_repo(ctx)?;
    let text = format!("serve:{}", args.model.trim_start_matches("serve:"));
    let target = ServeRef::parse(&text).expect("a serve: input")?;
    let mut serve = serve_selection(
        repo.as_ref(),
        &cwd,
        args.since.as_deref(),
        args.until.as_deref(),
        args.log_dir.as_deref(),
    )?;
    serve.variants = args.variant.clone();
    let window_seconds =
        crate::clock::parse_duration_secs(&args.window).map_err(|e| Error::Input {
            message: format!("`--window {}`: {e}", args.window),
            hint: None,
        })?;
    let query = LogQuery {
        dir: serve.dir(repo.as_ref(), &text)?,
        target,
        since: serve.since,
        until: serve.until,
        variants: serve.variants.clone(),
    };
    let settings = repo
        .as_ref()
        .map(|r| r.settings().monitor.clone())
        .unwrap_or_default();
    let mut opts = PerfOptions {
        window_seconds,
        baseline: None,
        drift_share: args.drift_share.unwrap_or(settings.drift_share),
        no_drift: args.no_drift,
    };
    let slice = served::select(repo.as_ref(), &query, perf::keep(&opts))?;
    if let Some(r) = &args.reference {
        opts.baseline = Some(monitor::resolve_table(repo.as_ref(), &cwd, r, &serve)?);
    }
    let outcome = perf::perf(repo.as_ref(), &slice, &opts)?;
    if out.json {
        out.json_value(&outcome);
    } else if args.md {
        perf_markdown(out, &outcome);
    } else {
        perf_tables(out, &outcome);
    }
    for w in &outcome.warnings {
        out.warn(w);
    }
    if outcome.selection.skipped_lines > 0 {
        out.warn(format!(
            "{} unreadable lines of the prediction log skipped (a torn tail after a crash?)",
            outcome.selection.skipped_lines
        ));
    }
    Ok(ExitCode::Success)
}

fn ms(x: f64) -> String {
    format_number(x)
}

fn traffic_cells(t: &Traffic) -> Vec<String> {
    vec![
        t.requests.to_string(),
        t.errors.to_string(),
        format!("{:.2}%", t.error_rate * 100.0),
        ms(t.latency_ms.p50),
        ms(t.latency_ms.p95),
        ms(t.latency_ms.p99),
    ]
}

const TRAFFIC_HEADERS: [&str; 6] = [
    "requests",
    "errors",
    "error rate",
    "p50 ms",
    "p95 ms",
    "p99 ms",
];

fn selection_line(s: &SliceSummary) -> String {
    let window = match (&s.since, &s.until) {
        (None, None) => "the whole log".to_string(),
        (Some(a), None) => format!("since {a}"),
        (None, Some(b)) => format!("before {b}"),
        (Some(a), Some(b)) => format!("{a} to {b}"),
    };
    format!(
        "`{}`: {} requests ({window}; variants {})",
        s.input,
        s.requests,
        s.variants
            .iter()
            .map(|v| v.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    )
}

/// Table rows.
type Rows = Vec<Vec<String>>;

/// The three tables of the perf report: per version and variant, per window, drift.
fn perf_rows(o: &PerfOutcome) -> (Rows, Rows, Rows) {
    let groups = o
        .groups
        .iter()
        .map(|g| {
            let mut row = vec![g.version.clone(), g.variant.clone()];
            row.extend(traffic_cells(&g.traffic));
            row
        })
        .collect();
    let windows = o
        .windows
        .iter()
        .map(|w| {
            let mut row = vec![w.start.clone(), w.version.clone(), w.variant.clone()];
            row.extend(traffic_cells(&w.traffic));
            row
        })
        .collect();
    let drift = o
        .prediction_drift
        .iter()
        .flat_map(|d| &d.windows)
        .map(|w| {
            let worst = w
                .columns
                .iter()
                .filter(|c| c.drifted)
                .chain(w.columns.iter().filter(|c| !c.drifted))
                .next()
                .map(|c| format!("{} {} {}", c.column, c.method, statistic_cell(c)))
                .unwrap_or_default();
            vec![
                w.start.clone(),
                w.rows.to_string(),
                if w.baseline || w.note.is_some() {
                    w.note.clone().unwrap_or_default()
                } else {
                    format!("{}/{}", w.drifted_columns, w.columns.len())
                },
                if w.baseline || w.note.is_some() {
                    String::new()
                } else if w.drift {
                    "yes".into()
                } else {
                    "no".into()
                },
                worst,
            ]
        })
        .collect();
    (groups, windows, drift)
}

fn with(first: &[&'static str], rest: &[&'static str]) -> Vec<&'static str> {
    first.iter().chain(rest).copied().collect()
}

const DRIFT_HEADERS: [&str; 5] = [
    "window",
    "rows",
    "drifted",
    "drift",
    "first drifted (or first) column",
];

fn perf_tables(out: &Output, o: &PerfOutcome) {
    let (groups, windows, drift) = perf_rows(o);
    out.line(selection_line(&o.selection));
    out.table(&with(&["version", "variant"], &TRAFFIC_HEADERS), groups);
    out.line(format!("per {} window:", humanize(o.window_seconds)));
    out.table(
        &with(&["window", "version", "variant"], &TRAFFIC_HEADERS),
        windows,
    );
    if let Some(d) = &o.prediction_drift {
        out.line(format!(
            "prediction drift of {} against {}:",
            d.columns.join(", "),
            d.baseline
        ));
        out.table(&DRIFT_HEADERS, drift);
    }
}

fn perf_markdown(out: &Output, o: &PerfOutcome) {
    let (groups, windows, drift) = perf_rows(o);
    out.line(format!("## Serving performance: {}", o.selection.input));
    out.line("");
    out.line(selection_line(&o.selection));
    out.line("");
    out.markdown_table(&with(&["version", "variant"], &TRAFFIC_HEADERS), groups);
    out.line("");
    out.line(format!("### Per {} window", humanize(o.window_seconds)));
    out.line("");
    out.markdown_table(
        &with(&["window", "version", "variant"], &TRAFFIC_HEADERS),
        windows,
    );
    if let Some(d) = &o.prediction_drift {
        out.line("");
        out.line(format!(
            "### Prediction drift of {} against {}",
            d.columns.join(", "),
            d.baseline
        ));
        out.line("");
        out.markdown_table(&DRIFT_HEADERS, drift);
    }
}

fn humanize(seconds: u64) -> String {
    match seconds {
        s if s % 86_400 == 0 => format!("{}d", s / 86_400),
        s if s % 3600 == 0 => format!("{}h", s / 3600),
        s if s % 60 == 0 => format!("{}m", s / 60),
        s => format!("{s}s"),
    }
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
