//! Glue for `mlo remote …`, `push`, `fetch`, `pull` and `data status --remote`: build options,
//! call `remote`, print the outcome.

use std::sync::Arc;

use super::Context;
use crate::cli::remote::{
    FetchArgs, PullArgs, PushArgs, RemoteCommand, RemoteOptionArgs, TransferArgs,
};
use crate::data::{self, DataPath};
use crate::error::{Error, ExitCode};
use crate::output::{Output, Progress, human_bytes};
use crate::remote::{self, RemoteInfo, RemoteOptions, TransferOptions};
use crate::repo::Repo;

fn options(url: Option<String>, o: RemoteOptionArgs) -> RemoteOptions {
    RemoteOptions {
        url,
        default: o.default,
        endpoint: o.endpoint,
        region: o.region,
        path_style: o.path_style,
        allow_http: o.allow_http,
        jobs: o.jobs,
    }
}

fn data_paths(
    repo: &Repo,
    ctx: &Context,
    given: &[std::path::PathBuf],
) -> Result<Vec<DataPath>, Error> {
    let cwd = if ctx.start.is_absolute() {
        ctx.start.clone()
    } else {
        std::env::current_dir().unwrap_or_default().join(&ctx.start)
    };
    given
        .iter()
        .map(|p| data::dataset_path(repo, &cwd, p).map_err(Error::from))
        .collect()
}

fn transfer(repo: &Repo, ctx: &Context, t: &TransferArgs) -> Result<TransferOptions, Error> {
    Ok(TransferOptions {
        remote: t.remote.clone(),
        paths: data_paths(repo, ctx, &t.paths)?,
        jobs: t.jobs,
    })
}

fn tick(bar: &Progress) -> remote::client::Tick {
    let bar = bar.clone();
    Arc::new(move |n| bar.inc(n))
}

fn rate(count: u64, bytes: u64, seconds: f64) -> String {
    let s = seconds.max(1e-6);
    format!(
        "in {seconds:.2} s ({}/s, {:.0} objects/s)",
        human_bytes((bytes as f64 / s) as u64),
        count as f64 / s
    )
}

fn show_info(out: &Output, verb: &str, i: &RemoteInfo) {
    if out.json {
        out.json_value(i);
    } else {
        let default = if i.default { " (default)" } else { "" };
        out.status(verb, format!("remote `{}` → {}{default}", i.name, i.url));
    }
}

/// `mlo remote …`.
pub fn run(ctx: &Context, out: &Output, cmd: RemoteCommand) -> Result<ExitCode, Error> {
    let repo = ctx.repo()?;
    match cmd {
        RemoteCommand::Add(args) => {
            let i = remote::add(&repo, &args.name, &options(Some(args.url), args.options))?;
            show_info(out, "Added", &i);
            if !out.json {
                out.note("commit `.mlops.toml` so clones share the remote; credentials go in the environment or `.mlo/config.local.toml`");
            }
        }
        RemoteCommand::Set(args) => {
            let i = remote::set(&repo, &args.name, &options(args.url, args.options))?;
            show_info(out, "Updated", &i);
        }
        RemoteCommand::Remove(args) => {
            let url = remote::remove(&repo, &args.name)?;
            if out.json {
                out.json_value(&serde_json::json!({"name": args.name, "url": url}));
            } else {
                out.status("Removed", format!("remote `{}` ({url})", args.name));
            }
        }
        RemoteCommand::List(_) => {
            let list = remote::list(&repo)?;
            if out.json {
                out.json_value(&list);
            } else if list.is_empty() {
                out.note("no remotes (add one with `mlo remote add NAME URL --default`)");
            } else {
                let rows = list
                    .iter()
                    .map(|i| {
                        vec![
                            format!("{}{}", i.name, if i.default { " *" } else { "" }),
                            i.url.clone(),
                            i.endpoint.clone().unwrap_or_default(),
                            i.known_objects.to_string(),
                            i.known_records.to_string(),
                            i.known_packs.to_string(),
                        ]
                    })
                    .collect();
                out.table(
                    &[
                        "name",
                        "url",
                        "endpoint",
                        "known objects",
                        "known records",
                        "known packs",
                    ],
                    rows,
                );
            }
        }
        RemoteCommand::Verify(args) => {
            let v = remote::verify(&repo, args.remote.as_deref())?;
            if out.json {
                out.json_value(&v);
            } else {
                out.status(
                    "Verified",
                    format!(
                        "remote `{}`: {} objects, {} records, {} packs holding {}; learned {}, forgot {}, {} damaged",
                        v.remote,
                        v.counts.objects,
                        v.counts.records,
                        v.counts.packs,
                        v.counts.packed,
                        v.counts.learned,
                        v.counts.forgotten,
                        v.counts.mismatched
                    ),
                );
                if v.counts.orphan_packs > 0 {
                    out.note(format!(
                        "{} pack objects have no index (an interrupted or running push); they are ignored",
                        v.counts.orphan_packs
                    ));
                }
                if v.counts.damaged_packs > 0 {
                    out.warn(format!(
                        "{} packs are damaged (their size differs from their index); their objects will be pushed again",
                        v.counts.damaged_packs
                    ));
                }
            }
        }
    }
    Ok(ExitCode::Success)
}

/// `mlo push`.
pub fn push(ctx: &Context, out: &Output, args: PushArgs) -> Result<ExitCode, Error> {
    let repo = ctx.repo()?;
    let opts = transfer(&repo, ctx, &args.transfer)?;
    let bar = out.progress(0, "Pushing", true);
    let o = remote::push(&repo, &opts, tick(&bar));
    bar.finish();
    let o = o?;
    if out.json {
        out.json_value(&o);
    } else if o.objects == 0 && o.records == 0 {
        out.status(
            "Up to date",
            format!("remote `{}` has everything", o.remote),
        );
    } else {
        let packs = match o.packs {
            0 => String::new(),
            n => format!(" ({} of them in {n} packs)", o.packed),
        };
        out.status(
            "Pushed",
            format!(
                "{} objects ({}) and {} records{packs} to `{}` {}",
                o.objects,
                human_bytes(o.bytes),
                o.records,
                o.remote,
                rate(o.objects + o.records, o.bytes, o.seconds)
            ),
        );
    }
    Ok(ExitCode::Success)
}

fn show_fetch(out: &Output, o: &remote::FetchOutcome) {
    out.status(
        "Fetched",
        format!(
            "{} objects ({}) and {} records from `{}` {}; {} new records indexed",
            o.objects,
            human_bytes(o.bytes),
            o.records,
            o.remote,
            rate(o.objects + o.records, o.bytes, o.seconds),
            o.records_indexed
        ),
    );
}

/// `mlo fetch`.
pub fn fetch(ctx: &Context, out: &Output, args: FetchArgs) -> Result<ExitCode, Error> {
    let repo = ctx.repo()?;
    let opts = transfer(&repo, ctx, &args.transfer)?;
    let bar = out.progress(0, "Fetching", true);
    let o = remote::fetch_audited(&repo, &opts, tick(&bar));
    bar.finish();
    let o = o?;
    if out.json {
        out.json_value(&o);
    } else {
        show_fetch(out, &o);
    }
    Ok(ExitCode::Success)
}

/// `mlo pull`.
pub fn pull(ctx: &Context, out: &Output, args: PullArgs) -> Result<ExitCode, Error> {
    let repo = ctx.repo()?;
    let opts = transfer(&repo, ctx, &args.transfer)?;
    let bar = out.progress(0, "Fetching", true);
    let checkout_bar = out.progress(0, "Checkout", true);
    let o = remote::pull(&repo, &opts, args.force, tick(&bar), &|n| {
        checkout_bar.inc(n)
    });
    bar.finish();
    checkout_bar.finish();
    let o = o?;
    if out.json {
        out.json_value(&o);
    } else {
        show_fetch(out, &o.fetch);
        for c in &o.checkout {
            out.status(
                "Checked out",
                format!(
                    "{}: {} written, {} unchanged, {} removed",
                    c.path, c.written, c.unchanged, c.removed
                ),
            );
            for k in &c.kept {
                out.warn(format!(
                    "kept `{k}`: it differs from the version pulled (use `--force` to overwrite)"
                ));
            }
        }
    }
    Ok(ExitCode::Success)
}

/// `mlo data status --remote [NAME]`.
pub fn data_status(
    repo: &Repo,
    ctx: &Context,
    out: &Output,
    remote_name: &str,
    paths: &[std::path::PathBuf],
    check: bool,
) -> Result<ExitCode, Error> {
    let paths = data_paths(repo, ctx, paths)?;
    let name = (!remote_name.is_empty()).then_some(remote_name);
    let st = remote::status(repo, name, &paths)?;
    if out.json {
        out.json_value(&st);
    } else {
        let rows = st
            .datasets
            .iter()
            .map(|d| {
                let state = if d.objects == 0 {
                    "pushed".to_string()
                } else {
                    format!(
                        "{} objects ({}) not pushed",
                        d.objects,
                        human_bytes(d.bytes)
                    )
                };
                vec![d.path.clone(), state]
            })
            .collect();
        let header = format!("remote `{}`", st.remote);
        out.table(&["dataset", header.as_str()], rows);
        if st.records > 0 {
            out.note(format!("{} records not pushed", st.records));
        }
        if !st.in_sync() {
            out.note(format!("run `mlo push -r {}`", st.remote));
        }
    }
    Ok(if check && !st.in_sync() {
        ExitCode::CheckFailed
    } else {
        ExitCode::Success
    })
}
