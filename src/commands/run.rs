//! `mlo run start|log|exec|end|list|show|compare|delete|restore|plot|export`: glue between the
//! clap arguments, `track` and `output`.

use super::Context;
use crate::cli::run::RunCommand;
use crate::error::{Error, ExitCode};
use crate::output::{Output, human_bytes};
use crate::track::log::{Batch, LogOutcome, parse_metric_value, put_artifacts, split_pair};
use crate::track::query::{ListOptions, RunView};
use crate::track::{
    ParamValue, RunId, TrackError, exec, format_number, log, mlflow, plot, query, runs,
};

fn initial(params: &[String], tags: &[String]) -> Result<Batch, Error> {
    let mut batch = Batch::default();
    for p in params {
        let (k, v) = split_pair("--param", p)?;
        batch.params.push((k.to_string(), ParamValue::infer(v)));
    }
    for t in tags {
        let (k, v) = split_pair("--tag", t)?;
        batch.tags.push((k.to_string(), v.to_string()));
    }
    Ok(batch)
}

fn command_line() -> Vec<String> {
    std::env::args().collect()
}

fn opt_num(v: Option<f64>) -> String {
    v.map_or("NaN".into(), format_number)
}

pub(super) fn run(ctx: &Context, out: &Output, cmd: RunCommand) -> Result<ExitCode, Error> {
    let repo = ctx.repo()?;
    let mut index = repo.open_index()?;
    let env_run = ctx.env.get("MLO_RUN_ID");
    match cmd {
        RunCommand::Start(args) => {
            let started = runs::start(
                &repo,
                &mut index,
                runs::StartOptions {
                    name: args.name,
                    experiment: Some(args.experiment),
                    initial: initial(&args.params, &args.tags)?,
                    command: command_line(),
                    set_active: true,
                },
            )?;
            if out.json {
                out.json_value(&started);
            } else {
                out.line(&started.run_id);
                out.status(
                    "Started",
                    format!(
                        "run `{}` ({}) in experiment `{}`",
                        started.run_id, started.name, started.experiment
                    ),
                );
            }
        }
        RunCommand::Log(args) => {
            let run = runs::resolve(index.conn(), args.run.as_deref(), env_run)?;
            let outcome: LogOutcome = if args.stdin {
                let given = !args.params.is_empty()
                    || !args.metrics.is_empty()
                    || !args.tags.is_empty()
                    || !args.artifacts.is_empty();
                if given {
                    return Err(Error::Input {
                        message: "--stdin reads everything from stdin; do not combine it with --param, --metric, --tag or --artifact".into(),
                        hint: None,
                    });
                }
                let stdin = std::io::stdin().lock();
                let reader = std::io::BufReader::with_capacity(1 << 20, stdin);
                log::ingest(&repo, &mut index, &run, reader, "<stdin>", args.strict)?
            } else {
                let mut batch = initial(&args.params, &args.tags)?;
                for m in &args.metrics {
                    let (k, v) = split_pair("--metric", m)?;
                    let value = parse_metric_value(v).ok_or_else(|| TrackError::BadArg {
                        what: "--metric",
                        text: m.clone(),
                        message: format!("`{v}` is not a number"),
                    })?;
                    batch.push_metric(k, value, args.step, None);
                }
                for f in &args.from {
                    log::read_from_file(f, &mut batch)?;
                }
                if batch.is_empty() && args.artifacts.is_empty() {
                    return Err(Error::Input {
                        message: "nothing to log".into(),
                        hint: Some(
                            "give --param, --metric, --tag, --artifact, --from FILE or --stdin"
                                .into(),
                        ),
                    });
                }
                // Check the run before copying artifacts into the store.
                runs::require_running(index.conn(), &run)?;
                batch.artifacts = put_artifacts(&repo, &args.artifacts)?;
                log::log_batch(&repo, &mut index, &run, batch)?
            };
            for s in &outcome.skipped {
                out.warn(s);
            }
            if out.json {
                out.json_value(&outcome);
            } else {
                let c = outcome.counts;
                out.status(
                    "Logged",
                    format!(
                        "{} metric point(s), {} param(s), {} tag(s), {} artifact(s) to run `{}`",
                        c.metrics, c.params, c.tags, c.artifacts, outcome.run_id
                    ),
                );
            }
            if let Some(first) = outcome.skipped.first() {
                return Err(TrackError::SkippedLines {
                    count: outcome.skipped.len(),
                    first: first.clone(),
                }
                .into());
            }
        }
        RunCommand::Exec(args) => {
            let outcome = exec::exec(
                &repo,
                &mut index,
                exec::ExecOptions {
                    start: runs::StartOptions {
                        name: args.name,
                        experiment: Some(args.experiment),
                        initial: initial(&args.params, &args.tags)?,
                        command: args.command.clone(),
                        set_active: false,
                    },
                    command: args.command,
                },
                std::io::stdout(),
                std::io::stderr(),
            )?;
            if out.json {
                out.json_value(&outcome);
            } else {
                out.status(
                    "Ended",
                    format!(
                        "run `{}` {} (exit code {}); output in artifact `{}`",
                        outcome.run_id,
                        outcome.status.as_str(),
                        outcome.exit_code,
                        outcome.log.path
                    ),
                );
            }
            return Ok(match outcome.exit_code {
                0 => ExitCode::Success,
                code => ExitCode::Child(code),
            });
        }
        RunCommand::End(args) => {
            let run = runs::resolve(index.conn(), args.run.as_deref(), env_run)?;
            let ended = runs::end(&repo, &mut index, &run, args.status)?;
            if out.json {
                out.json_value(&ended);
            } else {
                out.status(
                    "Ended",
                    format!(
                        "run `{}` {}; record {}",
                        ended.run_id,
                        ended.status.as_str(),
                        &ended.record[..16]
                    ),
                );
            }
        }
        RunCommand::List(args) => {
            let listed = query::list(
                index.conn(),
                &ListOptions {
                    experiment: args.experiment,
                    filter: args.filter,
                    sort: args.sort,
                    limit: args.limit,
                    deleted: args.deleted,
                    metrics_only: !out.json,
                },
            )?;
            if out.json {
                out.json_value(&listed);
            } else {
                out.table(
                    &[
                        "run",
                        "name",
                        "experiment",
                        "status",
                        "started (UTC)",
                        "metrics",
                    ],
                    listed.iter().map(list_row).collect(),
                );
            }
        }
        RunCommand::Show(args) => {
            let run = runs::resolve(index.conn(), args.id.as_deref(), env_run)?;
            let d = query::show(index.conn(), &run)?;
            if out.json {
                out.json_value(&d);
            } else {
                let r = &d.run;
                let mut rows = vec![
                    ("run".to_string(), r.run_id.to_string()),
                    ("name".into(), r.name.clone()),
                    ("experiment".into(), r.experiment.clone()),
                    (
                        "status".into(),
                        format!(
                            "{}{}",
                            r.status.as_str(),
                            if r.deleted { " (deleted)" } else { "" }
                        ),
                    ),
                    ("started".into(), r.start_time.clone()),
                    (
                        "ended".into(),
                        r.end_time.clone().unwrap_or_else(|| "-".into()),
                    ),
                    (
                        "git".into(),
                        match (&d.source.git_commit, d.source.git_dirty) {
                            (Some(c), Some(true)) => format!("{c} (dirty)"),
                            (Some(c), _) => c.clone(),
                            _ => "-".into(),
                        },
                    ),
                    (
                        "host".into(),
                        format!(
                            "{} ({}, {} CPUs)",
                            d.source.host, d.source.os, d.source.cpus
                        ),
                    ),
                    ("command".into(), d.source.command.join(" ")),
                ];
                for input in &d.source.data {
                    rows.push(("data".into(), input.path.clone()));
                }
                for (k, v) in &r.params {
                    rows.push((format!("param {k}"), format!("{} ({})", v.text(), v.kind())));
                }
                for (k, m) in &r.metrics {
                    rows.push((
                        format!("metric {k}"),
                        format!(
                            "last {} (step {}), min {}, max {}, {} point(s)",
                            opt_num(m.last),
                            m.last_step,
                            opt_num(m.min),
                            opt_num(m.max),
                            m.count
                        ),
                    ));
                }
                for (k, v) in &r.tags {
                    rows.push((format!("tag {k}"), v.clone()));
                }
                for a in &d.artifacts {
                    rows.push((
                        format!("artifact {}", a.path),
                        format!("{} ({})", &a.digest[..16], human_bytes(a.size)),
                    ));
                }
                if let Some(rec) = &r.record {
                    rows.push(("record".into(), rec.clone()));
                }
                out.pairs(rows);
            }
        }
        RunCommand::Compare(args) => {
            let ids = args
                .ids
                .iter()
                .map(|i| runs::find(index.conn(), i))
                .collect::<Result<Vec<RunId>, _>>()?;
            let c = query::compare(index.conn(), &ids, args.only_changed)?;
            if out.json {
                out.json_value(&c);
            } else {
                let mut headers = vec!["".to_string()];
                headers.extend(
                    c.runs
                        .iter()
                        .zip(&c.names)
                        .map(|(id, n)| format!("{n} ({})", id.short())),
                );
                let rows = c
                    .rows
                    .iter()
                    .map(|row| {
                        let mut cells = vec![format!("{} {}", row.kind, row.key)];
                        for (i, v) in row.values.iter().enumerate() {
                            let text = v.clone().unwrap_or_else(|| "-".into());
                            cells.push(match row.deltas[i] {
                                Some(d) if i > 0 && d != 0.0 => format!(
                                    "{text} ({}{})",
                                    if d > 0.0 { "+" } else { "" },
                                    format_number(d)
                                ),
                                _ => text,
                            });
                        }
                        cells
                    })
                    .collect();
                let headers: Vec<&str> = headers.iter().map(String::as_str).collect();
                out.table(&headers, rows);
            }
        }
        RunCommand::Delete(args) => {
            let run = runs::find(index.conn(), &args.id)?;
            let d = runs::set_deleted(&repo, &mut index, &run, true)?;
            if out.json {
                out.json_value(&d);
            } else {
                out.status(
                    "Deleted",
                    format!(
                        "run `{}` (restore it with `mlo run restore {}`)",
                        d.run_id,
                        d.run_id.short()
                    ),
                );
            }
        }
        RunCommand::Restore(args) => {
            let run = runs::find(index.conn(), &args.id)?;
            let d = runs::set_deleted(&repo, &mut index, &run, false)?;
            if out.json {
                out.json_value(&d);
            } else {
                out.status("Restored", format!("run `{}`", d.run_id));
            }
        }
        RunCommand::Plot(args) => {
            let ids = if args.ids.is_empty() {
                vec![runs::resolve(index.conn(), None, env_run)?]
            } else {
                args.ids
                    .iter()
                    .map(|i| runs::find(index.conn(), i))
                    .collect::<Result<Vec<_>, _>>()?
            };
            let series = query::series(index.conn(), &ids, &args.metric)?;
            match &args.out {
                Some(path) => {
                    plot::draw_file(&series, &args.metric, path)?;
                    if out.json {
                        out.json_value(&serde_json::json!({"out": path, "runs": series.len()}));
                    } else {
                        out.status(
                            "Wrote",
                            format!("`{}` ({} run(s))", path.display(), series.len()),
                        );
                    }
                }
                None if out.json => out.json_value(&series),
                None => {
                    let width = ctx
                        .env
                        .get("COLUMNS")
                        .and_then(|c| c.parse::<usize>().ok())
                        .unwrap_or(80);
                    out.line(
                        plot::draw_text(
                            &series,
                            &args.metric,
                            width.saturating_sub(14).clamp(20, 120),
                            14,
                        )
                        .trim_end(),
                    );
                }
            }
        }
        RunCommand::Export(args) => {
            let ids = args
                .runs
                .iter()
                .map(|i| runs::find(index.conn(), i))
                .collect::<Result<Vec<_>, _>>()?;
            let e = mlflow::export(
                &repo,
                &mut index,
                &mlflow::ExportOptions {
                    url: args.mlflow,
                    experiment: args.experiment,
                    runs: ids,
                },
            )?;
            if out.json {
                out.json_value(&e);
            } else {
                let points: usize = e.runs.iter().map(|r| r.points_sent).sum();
                let created = e.runs.iter().filter(|r| r.created).count();
                out.status(
                    "Exported",
                    format!(
                        "{} run(s) to `{}` ({} created, {} metric point(s) sent)",
                        e.runs.len(),
                        e.server,
                        created,
                        points
                    ),
                );
            }
        }
    }
    Ok(ExitCode::Success)
}

fn list_row(r: &RunView) -> Vec<String> {
    let metrics = r
        .metrics
        .iter()
        .take(4)
        .map(|(k, m)| format!("{k}={}", opt_num(m.last)))
        .collect::<Vec<_>>()
        .join(" ");
    vec![
        r.run_id.short().to_string(),
        r.name.clone(),
        r.experiment.clone(),
        r.status.as_str().to_string(),
        r.start_time
            .get(..19)
            .unwrap_or(&r.start_time)
            .replace('T', " "),
        metrics,
    ]
}
