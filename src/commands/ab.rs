//! `mlo ab analyze` and `mlo ab plan`: build the options, run the analysis, record it when
//! inside a repository, and hand the outcome to `output` as a table, Markdown or JSON.

use std::path::{Path, PathBuf};

use super::Context;
use crate::ab::analyze::{
    AnalyzeOptions, AnalyzeOutcome, ServeSource, Source, fmt_effect, fmt_num, fmt_p,
};
use crate::ab::plan::{Baseline, PlanOptions, PlanOutcome};
use crate::ab::record::{file_digest, record_analysis};
use crate::ab::served::canary_splits;
use crate::ab::{self, EffectChoice, KindChoice};
use crate::cli::ab::{AbCommand, AnalyzeArgs, PlanArgs};
use crate::error::{Error, ExitCode};
use crate::monitor::ServeSelection;
use crate::monitor::served::{self, LogQuery, ServeRef};
use crate::output::Output;
use crate::repo::{Repo, RepoError};

pub(super) fn run(ctx: &Context, out: &Output, cmd: AbCommand) -> Result<ExitCode, Error> {
    match cmd {
        AbCommand::Analyze(args) => analyze(ctx, out, args),
        AbCommand::Plan(args) => plan(out, args),
    }
}

fn resolve(ctx: &Context, file: &str) -> PathBuf {
    let p = Path::new(file);
    // Without `-C`, keep the path as typed so messages and records show what the user wrote.
    if p.is_absolute() || ctx.start == Path::new(".") {
        p.to_path_buf()
    } else {
        ctx.start.join(p)
    }
}

/// Select the requests of a `serve:` input and read the canary splits `mlo serve` recorded.
fn serve_source(ctx: &Context, args: &AnalyzeArgs, text: &str) -> Result<Source, Error> {
    let repo = match Repo::discover(&ctx.start, &ctx.env) {
        Ok(r) => Some(r),
        Err(Error::Repo(RepoError::NotFound { .. })) => None,
        Err(e) => return Err(e),
    };
    let target = ServeRef::parse(text).expect("a serve: input")?;
    let cwd = if ctx.start.is_absolute() {
        ctx.start.clone()
    } else {
        std::env::current_dir().unwrap_or_default().join(&ctx.start)
    };
    let selection = ServeSelection {
        log_dir: args.log_dir.as_ref().map(|d| cwd.join(d)),
        since: super::monitor::time_flag(repo.as_ref(), "--since", args.since.as_deref())?,
        until: super::monitor::time_flag(repo.as_ref(), "--until", args.until.as_deref())?,
        variants: Vec::new(),
        features: None,
    };
    let query = LogQuery {
        dir: selection.dir(repo.as_ref(), text)?,
        target,
        since: selection.since,
        until: selection.until,
        variants: Vec::new(),
    };
    let slice = served::select(repo.as_ref(), &query, served::Keep::Units)?;
    let splits = match &repo {
        Some(r) => {
            let index = r.open_index()?;
            canary_splits(index.conn(), &slice.summary.model).map_err(|e| index.err(e))?
        }
        None => Default::default(),
    };
    Ok(Source::Serve(Box::new(ServeSource { slice, splits })))
}

fn analyze(ctx: &Context, out: &Output, args: AnalyzeArgs) -> Result<ExitCode, Error> {
    let source = match &args.file {
        Some(f) if f.starts_with("serve:") => serve_source(ctx, &args, f)?,
        Some(f) => {
            for (flag, given) in [
                ("--since", args.since.is_some()),
                ("--until", args.until.is_some()),
                ("--log-dir", args.log_dir.is_some()),
            ] {
                if given {
                    return Err(Error::Input {
                        message: format!("{flag} applies to `serve:NAME` input only"),
                        hint: None,
                    });
                }
            }
            Source::File {
                path: resolve(ctx, f),
                format: args.format,
            }
        }
        None => Source::Counts(args.counts.clone()),
    };
    // The file to digest for the record, taken before the source moves into the options (a
    // `serve:` source holds the selected requests: not worth a copy).
    let digest_path = match &source {
        Source::File { path, .. } => Some(path.clone()),
        _ => None,
    };
    let opts = AnalyzeOptions {
        source,
        variant_column: args.variant_col,
        control: args.control,
        metrics: args.metric,
        kinds: args.kind,
        test: args.test,
        effect: args.effect,
        alpha: args.alpha,
        sequential: args.sequential,
        covariates: args.covariate,
        split: args.split,
        correction: args.correction,
        guardrails: args.guardrail,
    };
    let outcome = ab::analyze(&opts)?;
    if let Some(j) = &outcome.served {
        out.note(join_note(j));
    }
    // Inside a repository the analysis is recorded; outside one it is only printed.
    let recorded = match Repo::discover(&ctx.start, &ctx.env) {
        Ok(repo) => {
            let digest = match &digest_path {
                Some(path) => Some(file_digest(path)?),
                None => None,
            };
            Some(record_analysis(&repo, &outcome, digest)?)
        }
        Err(Error::Repo(RepoError::NotFound { .. })) => None,
        Err(e) => return Err(e),
    };
    for w in &outcome.warnings {
        out.warn(w);
    }
    if out.json {
        out.json_value(&serde_json::json!({
            "analysis": outcome,
            "recorded": recorded,
        }));
    } else if args.md {
        print_markdown(out, &outcome);
    } else {
        print_table(out, &outcome);
    }
    match &recorded {
        Some(r) => out.status("Recorded", format!("ab_analysis {}", &r.record[..12])),
        None => out.note("not inside an mlo repository: the analysis is not recorded"),
    }
    let srm_failed = outcome.srm.as_ref().is_some_and(|s| s.mismatch);
    Ok(
        if outcome.guardrail_failed || (args.fail_on_srm && srm_failed) {
            ExitCode::CheckFailed
        } else {
            ExitCode::Success
        },
    )
}

/// How the log was joined, for stderr.
fn join_note(j: &ab::served::JoinSummary) -> String {
    let arms = j
        .arms
        .iter()
        .map(|a| {
            format!(
                "{} {} of {} requests ({} without feedback)",
                a.arm, a.units, a.requests, a.without_feedback
            )
        })
        .collect::<Vec<_>>()
        .join(", ");
    let mut line = format!("`{}` joined with feedback: {arms}", j.selection.input);
    let extra = [
        (j.feedback_unknown_ids, "feedback for unknown request ids"),
        (
            j.feedback_outside_selection,
            "feedback for requests outside the selection",
        ),
        (j.feedback_superseded, "superseded feedback"),
        (j.feedback_unusable, "non-numeric outcomes"),
        (j.missing_metric, "outcomes lacking a metric"),
        (j.ambiguous_ids, "requests with a repeated id"),
    ];
    let excluded: Vec<String> = extra
        .iter()
        .filter(|(n, _)| *n > 0)
        .map(|(n, what)| format!("{what} {n}"))
        .collect();
    if !excluded.is_empty() {
        line.push_str(&format!("; excluded: {}", excluded.join(", ")));
    }
    if j.split_source == "serve.start" {
        line.push_str("; expected split from the `serve.start` audit event");
    }
    line
}

/// Rows of the report: one per arm per metric.
fn rows(o: &AnalyzeOutcome) -> (Vec<String>, Vec<Vec<String>>) {
    let level = format!("{}% CI", ((1.0 - o.alpha) * 100.0 * 1e6).round() / 1e6);
    let headers = vec![
        "metric".to_string(),
        "variant".into(),
        "units".into(),
        "mean".into(),
        format!("effect [{level}]"),
        if o.correction == ab::analyze::CorrectionChoice::None {
            "p-value".into()
        } else {
            "adj. p-value".into()
        },
        format!("chance to beat {}", o.control),
    ];
    let mut rows = Vec::new();
    for m in &o.metrics {
        let name = match m.guardrail {
            Some(ab::GuardDirection::Max) => format!("{} (guardrail: max)", m.name),
            Some(ab::GuardDirection::Min) => format!("{} (guardrail: min)", m.name),
            None => m.name.clone(),
        };
        let mean = |x: f64| match m.kind {
            KindChoice::Binary => format!("{:.2}%", x * 100.0),
            KindChoice::Continuous => fmt_num(x),
        };
        rows.push(vec![
            name,
            format!("{} (control)", m.control.variant),
            m.control.units.to_string(),
            mean(m.control.mean),
            String::new(),
            String::new(),
            String::new(),
        ]);
        for c in &m.comparisons {
            let head = match c.headline {
                EffectChoice::Relative => c.relative,
                EffectChoice::Absolute => c.absolute,
            };
            rows.push(vec![
                String::new(),
                c.treatment.variant.clone(),
                c.treatment.units.to_string(),
                mean(c.treatment.mean),
                head.map_or_else(
                    || "—".into(),
                    |e| {
                        format!(
                            "{} [{}, {}]",
                            fmt_effect(e.estimate, c.headline, m.kind),
                            fmt_effect(e.ci_lower, c.headline, m.kind),
                            fmt_effect(e.ci_upper, c.headline, m.kind)
                        )
                    },
                ),
                c.adjusted_p_value.map_or_else(|| "—".into(), fmt_p),
                c.bayesian.map_or_else(
                    || "—".into(),
                    |b| format!("{:.1}%", b.chance_to_beat_control * 100.0),
                ),
            ]);
        }
    }
    (headers, rows)
}

fn srm_line(o: &AnalyzeOutcome) -> String {
    match &o.srm {
        None => "sample ratio: not checked".into(),
        Some(s) => {
            let state = if s.mismatch {
                "MISMATCH, results untrustworthy"
            } else if !s.judged {
                "not judged (an arm has fewer than 8 units)"
            } else {
                "ok"
            };
            let arms = o
                .variants
                .iter()
                .map(|v| format!("{} {}", v.name, v.units))
                .collect::<Vec<_>>()
                .join(", ");
            format!(
                "sample ratio: {state} (p = {}; {arms})",
                fmt_p(s.p_value).trim_start_matches("< ")
            )
        }
    }
}

fn print_table(out: &Output, o: &AnalyzeOutcome) {
    let (headers, rows) = rows(o);
    let headers: Vec<&str> = headers.iter().map(String::as_str).collect();
    out.table(&headers, rows);
    out.line(srm_line(o));
    for m in &o.metrics {
        for c in &m.comparisons {
            out.line(&c.verdict);
        }
    }
}

fn print_markdown(out: &Output, o: &AnalyzeOutcome) {
    let (headers, rows) = rows(o);
    let headers: Vec<&str> = headers.iter().map(String::as_str).collect();
    out.line(format!(
        "## A/B analysis: {} vs {}",
        o.variants
            .iter()
            .skip(1)
            .map(|v| v.name.as_str())
            .collect::<Vec<_>>()
            .join(", "),
        o.control
    ));
    out.line("");
    out.markdown_table(&headers, rows);
    out.line("");
    out.line(format!("- {}", srm_line(o)));
    for m in &o.metrics {
        for c in &m.comparisons {
            out.line(format!("- {}", c.verdict));
        }
    }
}

fn plan(out: &Output, args: PlanArgs) -> Result<ExitCode, Error> {
    let baseline = match (args.baseline, args.mean, args.std) {
        (Some(p), _, _) => Baseline::Rate(p),
        (None, Some(mean), Some(std_dev)) => Baseline::Mean { mean, std_dev },
        _ => {
            return Err(Error::Input {
                message: "`mlo ab plan` needs `--baseline RATE`, or `--mean M --std S`".into(),
                hint: None,
            });
        }
    };
    let opts = PlanOptions {
        baseline,
        mde: args.mde,
        relative: args.relative,
        alpha: args.alpha,
        power: args.power,
        arms: args.arms,
        ratio: args.ratio,
        daily_units: args.daily_units,
        sample_size: args.sample_size,
    };
    let o = ab::plan(&opts)?;
    if out.json {
        out.json_value(&o);
    } else {
        out.pairs(plan_pairs(&o));
    }
    Ok(ExitCode::Success)
}

fn plan_pairs(o: &PlanOutcome) -> Vec<(String, String)> {
    let value = |x: f64| {
        if o.metric == "proportion" {
            format!("{:.2}%", x * 100.0)
        } else {
            fmt_num(x)
        }
    };
    let mut rows = vec![
        ("baseline".to_string(), value(o.baseline)),
        (
            "minimum effect".into(),
            if o.relative {
                format!("{:+.1}% relative (to {})", o.mde * 100.0, value(o.target))
            } else {
                format!("{} absolute (to {})", fmt_num(o.mde), value(o.target))
            },
        ),
    ];
    if let Some(s) = o.std_dev {
        rows.push(("standard deviation".into(), fmt_num(s)));
    }
    rows.extend([
        (
            "alpha".into(),
            if o.arms > 2 {
                format!(
                    "{} ({} per comparison)",
                    o.alpha,
                    fmt_num(o.alpha_per_comparison)
                )
            } else {
                o.alpha.to_string()
            },
        ),
        ("power".into(), o.power.to_string()),
        (
            if o.metric == "proportion" {
                "effect size (Cohen's h)"
            } else {
                "effect size (Cohen's d)"
            }
            .into(),
            fmt_num(o.effect_size),
        ),
        ("control units".into(), o.control_units.to_string()),
        ("units per treatment".into(), o.treatment_units.to_string()),
        (
            format!("total units ({} arms)", o.arms),
            o.total_units.to_string(),
        ),
    ]);
    if let Some(d) = o.days {
        rows.push(("days".into(), d.to_string()));
    }
    if let (Some(n), Some(p)) = (o.sample_size, o.achieved_power) {
        rows.push((
            format!("power with {n} per arm"),
            format!("{:.1}%", p * 100.0),
        ));
    }
    rows
}
