//! `mlo audit log|show|verify|keygen|checkpoint|prove|verify-proof|export|report`: glue
//! between the clap arguments, the `audit` domain modules and `output`. `verify-proof` and
//! `export --verify` also run outside a repository: a verifier does not need the log.

use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use serde_json::json;

use super::Context;
use crate::audit::anchor::{self, SignatureStatus};
use crate::audit::checkpoint::{self, PrivateKey, PublicKey};
use crate::audit::export::{self, ExportOptions};
use crate::audit::{self, AuditError, AuditEvent, EventFilter, NewEvent, Target, proof, report};
use crate::cli::audit::{
    AuditCheckpointArgs, AuditCommand, AuditExportArgs, AuditKeygenArgs, AuditProveArgs,
    AuditReportArgs, AuditVerifyArgs, AuditVerifyProofArgs, EventFilterArgs,
};
use crate::clock::{Clock, parse_time_spec};
use crate::error::{CliError, Error, ExitCode};
use crate::output::Output;
use crate::repo::{Repo, RepoError};

pub(super) fn run(ctx: &Context, out: &Output, cmd: AuditCommand) -> Result<ExitCode, Error> {
    match cmd {
        AuditCommand::Log(args) => log(ctx, out, args.filter),
        AuditCommand::Show(args) => {
            let repo = ctx.repo()?;
            let index = repo.open_index()?;
            let e = audit::get(index.conn(), &args.event_id)?;
            if out.json {
                out.json_value(&e);
            } else {
                let local = repo.chain_id(&index)?;
                out.pairs(show_rows(&e, &local));
            }
            Ok(ExitCode::Success)
        }
        AuditCommand::Verify(args) => verify(ctx, out, args),
        AuditCommand::Keygen(args) => keygen(ctx, out, args),
        AuditCommand::Checkpoint(args) => take_checkpoint(ctx, out, args),
        AuditCommand::Prove(args) => prove(ctx, out, args),
        AuditCommand::VerifyProof(args) => verify_proof(ctx, out, args),
        AuditCommand::Export(args) => match args.verify.clone() {
            Some(file) => verify_export(ctx, out, &file, *args),
            None => export(ctx, out, *args),
        },
        AuditCommand::Report(args) => report(ctx, out, args),
    }
}

fn log(ctx: &Context, out: &Output, args: EventFilterArgs) -> Result<ExitCode, Error> {
    let repo = ctx.repo()?;
    let index = repo.open_index()?;
    let local = repo.chain_id(&index)?;
    let filter = event_filter(args, &repo.settings().clock, index.conn(), &local)?;
    let events = audit::query(index.conn(), &filter)?;
    if out.json {
        out.json_value(&events);
    } else {
        let rows = events
            .iter()
            .map(|e| {
                vec![
                    e.timestamp[..19].replace('T', " "),
                    origin(e, &local),
                    e.seq.to_string(),
                    e.actor.id.clone(),
                    e.action.clone(),
                    format!("{}:{}", e.target.target_type, e.target.id),
                    e.outcome.as_str().to_string(),
                ]
            })
            .collect();
        out.table(
            &[
                "time (UTC)",
                "origin",
                "#",
                "actor",
                "action",
                "target",
                "outcome",
            ],
            rows,
        );
    }
    Ok(ExitCode::Success)
}

/// Where an event was made, for tables: `local` for this repository's chain, else the host
/// of the clone it was pulled from.
fn origin(e: &AuditEvent, local: &str) -> String {
    if e.chain == local {
        "local".into()
    } else {
        e.host.clone()
    }
}

/// A chain for messages: this repository's, or a pulled one with the hosts it came from.
fn chain_words(c: &audit::ChainOutcome) -> String {
    if c.local {
        format!("this repository's chain `{}`", c.chain_id)
    } else if c.hosts.is_empty() {
        format!("pulled chain `{}`", c.chain_id)
    } else {
        format!(
            "pulled chain `{}` (from {})",
            c.chain_id,
            c.hosts
                .iter()
                .map(|h| format!("`{h}`"))
                .collect::<Vec<_>>()
                .join(", ")
        )
    }
}

fn time_spec(
    what: &'static str,
    v: Option<String>,
    clock: &Clock,
) -> Result<Option<String>, Error> {
    v.map(|s| {
        parse_time_spec(&s, clock).map_err(|message| {
            AuditError::BadFilter {
                what,
                value: s,
                message,
            }
            .into()
        })
    })
    .transpose()
}

fn event_filter(
    args: EventFilterArgs,
    clock: &Clock,
    conn: &rusqlite::Connection,
    local: &str,
) -> Result<EventFilter, Error> {
    Ok(EventFilter {
        since: time_spec("--since", args.since, clock)?,
        until: time_spec("--until", args.until, clock)?,
        actor: args.actor,
        action: args.action,
        target: args.target,
        outcome: args.outcome,
        chain: args
            .chain
            .map(|c| audit::resolve_chain(conn, local, &c))
            .transpose()?,
        limit: args.limit,
    })
}

fn verify(ctx: &Context, out: &Output, args: AuditVerifyArgs) -> Result<ExitCode, Error> {
    let repo = ctx.repo()?;
    let index = repo.open_index()?;
    let local = repo.chain_id(&index)?;
    let Some(path) = args.from_checkpoint else {
        let v = audit::verify_trail(index.conn(), &local, audit::TrailOptions::default())?;
        if out.json {
            out.json_value(&v);
        }
        if !out.json {
            match trail_problem(&v) {
                Some((chain, p)) => print_chain_problem(out, chain, p),
                None => print_verified(out, &v),
            }
        }
        return Ok(if v.problem.is_none() {
            ExitCode::Success
        } else {
            ExitCode::CheckFailed
        });
    };
    let cp = read_checkpoint(&path)?;
    let pinned = pinned_key(args.public_key, Some(&repo))?;
    let (v, check) = anchor::check(index.conn(), &local, &cp, pinned.as_ref())?;
    if out.json {
        out.json_value(&json!({
            "events": v.events,
            "head": v.head,
            "problem": v.problem,
            "chains": v.chains,
            "checkpoint": check,
        }));
    }
    if let Some((chain, p)) = trail_problem(&v) {
        if !out.json {
            print_chain_problem(out, chain, p);
        }
        return Ok(ExitCode::CheckFailed);
    }
    if !check.problems.is_empty() {
        if !out.json {
            out.error(&CliError {
                code: ExitCode::CheckFailed,
                message: format!(
                    "the audit trail does not match checkpoint `{}`: {}",
                    path.display(),
                    check.problems[0]
                ),
                causes: check.problems[1..].to_vec(),
                hints: vec![
                    "the checkpoint records the chain as it was; restore `.mlo/index.db` from a backup, or find out who changed it with `mlo audit log`".into(),
                ],
            });
        }
        return Ok(ExitCode::CheckFailed);
    }
    if !out.json {
        let c = v
            .chain(&check.chain_id)
            .expect("the checkpoint's chain is always walked");
        print_verified(out, &v);
        out.status(
            "Verified",
            format!(
                "{} extends checkpoint `{}` ({} event(s), {}); head {}",
                chain_words(c),
                path.display(),
                check.size,
                signature_words(check.signature, check.key_id.as_deref()),
                &c.verify.head[..16],
            ),
        );
        warn_unpinned(out, check.signature);
    }
    Ok(ExitCode::Success)
}

/// The chain of the trail's first problem, with the problem.
fn trail_problem(v: &audit::TrailOutcome) -> Option<(&audit::ChainOutcome, &audit::ChainProblem)> {
    v.chains
        .iter()
        .find_map(|c| c.verify.problem.as_ref().map(|p| (c, p)))
}

/// One status line for the whole trail, and one per pulled chain.
fn print_verified(out: &Output, v: &audit::TrailOutcome) {
    let local = v.local();
    out.status(
        "Verified",
        format!(
            "{} audit event(s); head {}",
            local.verify.events,
            &local.verify.head[..16]
        ),
    );
    for c in v.chains.iter().filter(|c| !c.local) {
        out.status(
            "Verified",
            format!(
                "{}: {} event(s); head {}",
                chain_words(c),
                c.verify.events,
                &c.verify.head[..16]
            ),
        );
    }
}

fn signature_words(status: SignatureStatus, key_id: Option<&str>) -> String {
    let key = key_id.unwrap_or("?");
    match status {
        SignatureStatus::Trusted => format!("signed by the trusted key `{key}`"),
        SignatureStatus::ValidUnpinned => format!("signed by key `{key}`, not pinned"),
        SignatureStatus::Unsigned => "unsigned".into(),
        SignatureStatus::Invalid => "bad signature".into(),
    }
}

fn warn_unpinned(out: &Output, status: SignatureStatus) {
    match status {
        SignatureStatus::ValidUnpinned => out.warn(
            "the signature was checked against the key inside the document only, which a forger can replace; pin the key with `--public-key HEX` or `mlo config set audit.public_key HEX`",
        ),
        SignatureStatus::Unsigned => out.note(
            "the checkpoint is unsigned: it catches truncation and rewrites only while the file itself is kept safe (e.g. committed to git)",
        ),
        SignatureStatus::Trusted | SignatureStatus::Invalid => {}
    }
}

fn print_chain_problem(out: &Output, chain: &audit::ChainOutcome, p: &audit::ChainProblem) {
    let good = chain.verify.events;
    let hint = if chain.local {
        format!(
            "the first {good} event(s) of this chain verify; restore `.mlo/index.db` from a backup, or rebuild it from the record objects with `mlo index rebuild` and verify again"
        )
    } else if p.kind == audit::ProblemKind::Forked {
        "compare the two events with `mlo audit show EVENT_ID`; the clone that wrote the chain holds the true one".into()
    } else {
        format!(
            "the first {good} event(s) of this chain verify; its events were pulled as record objects: `mlo index rebuild` restores them from those, and the clone that wrote the chain can verify its own copy"
        )
    };
    out.error(&CliError {
        code: ExitCode::CheckFailed,
        message: format!(
            "the audit trail does not verify: {}: {}",
            chain_words(chain),
            p.message
        ),
        causes: vec![],
        hints: vec![hint],
    });
}

/// A setting from the config files (settings are resolved once, in `repo::settings`).
fn setting(repo: &Repo, key: &str) -> Option<String> {
    repo.settings()
        .entries
        .iter()
        .find(|(e, _)| e.key == key)
        .and_then(|(e, _)| e.value.as_str().map(str::to_string))
        .filter(|s| !s.is_empty())
}

/// The pinned public key: the flag, else `audit.public_key`.
fn pinned_key(flag: Option<String>, repo: Option<&Repo>) -> Result<Option<PublicKey>, Error> {
    let (text, origin) = match flag {
        Some(t) => (t, "--public-key"),
        None => match repo.and_then(|r| setting(r, "audit.public_key")) {
            Some(t) => (t, "audit.public_key"),
            None => return Ok(None),
        },
    };
    PublicKey::from_hex(text.trim())
        .map(Some)
        .map_err(|source| AuditError::PublicKey { origin, source }.into())
}

/// The signing key: `--key FILE`, else `audit.signing_key` (relative to the repository root).
fn signing_key(
    out: &Output,
    repo: &Repo,
    flag: Option<PathBuf>,
    required: bool,
) -> Result<Option<PrivateKey>, Error> {
    let path = match flag {
        Some(p) => p,
        None => match setting(repo, "audit.signing_key") {
            Some(p) => repo.root().join(p),
            None if required => return Err(AuditError::NoSigningKey.into()),
            None => return Ok(None),
        },
    };
    let (key, exposed) = anchor::read_key_file(&path)?;
    if exposed {
        out.warn(format!(
            "`{}` can be read by other users; restrict it with `chmod 600 {}`",
            path.display(),
            path.display()
        ));
    }
    Ok(Some(key))
}

/// The repository if there is one; a verifier may work outside any.
fn optional_repo(ctx: &Context) -> Result<Option<Repo>, Error> {
    match ctx.repo() {
        Ok(r) => Ok(Some(r)),
        Err(Error::Repo(RepoError::NotFound { .. })) => Ok(None),
        Err(e) => Err(e),
    }
}

fn read_text(path: &Path) -> Result<String, Error> {
    fs::read_to_string(path).map_err(|source| {
        AuditError::File {
            action: "read",
            path: path.to_path_buf(),
            source,
        }
        .into()
    })
}

fn read_checkpoint(path: &Path) -> Result<checkpoint::Checkpoint, Error> {
    Ok(anchor::parse(path, &read_text(path)?)?)
}

/// Write `text` to `path` atomically, or to stdout.
fn emit(out: &Output, path: Option<&Path>, text: &str) -> Result<(), Error> {
    match path {
        Some(p) => crate::repo::write_atomic(p, text.as_bytes()).map_err(|source| {
            AuditError::File {
                action: "write",
                path: p.to_path_buf(),
                source,
            }
            .into()
        }),
        None => {
            out.line(text.trim_end());
            Ok(())
        }
    }
}

/// A path for the audit trail: relative to the repository root when inside it.
fn display_path(repo: &Repo, path: &Path) -> String {
    let abs = if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir().unwrap_or_default().join(path)
    };
    abs.strip_prefix(repo.root())
        .map(|p| p.display().to_string())
        .unwrap_or_else(|_| abs.display().to_string())
}

fn keygen(ctx: &Context, out: &Output, args: AuditKeygenArgs) -> Result<ExitCode, Error> {
    let repo = ctx.repo()?;
    let mut index = repo.open_index()?;
    let path = args.out.unwrap_or_else(|| repo.mlo_dir().join("audit-key"));
    let generated = checkpoint::keygen().map_err(AuditError::Keygen)?;
    anchor::write_key_file(&path, &generated.private_key_file, args.force)?;
    let public = generated.public_key.to_hex();
    let key_id = generated.public_key.key_id().to_string();
    let shown = display_path(&repo, &path);
    repo.change(&mut index, |_| {
        Ok((
            (),
            NewEvent::success(
                "audit.keygen",
                Target::new("key", key_id.clone()),
                json!({"public_key": public, "file": shown, "replaced": args.force}),
            ),
        ))
    })?;
    if out.json {
        out.json_value(&json!({"public_key": public, "key_id": key_id, "file": path}));
    } else {
        out.line(&public);
    }
    out.status(
        "Generated",
        format!(
            "ed25519 key `{key_id}`; private key in `{}` (mode 0600)",
            path.display()
        ),
    );
    if !shown.starts_with(".mlo/") && !path.starts_with(repo.mlo_dir()) {
        out.warn(format!(
            "`{shown}` is outside `.mlo/`: make sure it is never committed (add it to .gitignore)"
        ));
    }
    out.note(format!(
        "sign with it: `mlo config set --local audit.signing_key {shown}`; trust it everywhere: `mlo config set audit.public_key {public}`"
    ));
    Ok(ExitCode::Success)
}

fn take_checkpoint(
    ctx: &Context,
    out: &Output,
    args: AuditCheckpointArgs,
) -> Result<ExitCode, Error> {
    let repo = ctx.repo()?;
    let mut index = repo.open_index()?;
    let key = signing_key(out, &repo, args.key, args.sign)?;
    let chain = repo.chain_id(&index)?;
    let cp = anchor::take(
        index.conn(),
        &chain,
        repo.settings().clock.now_rfc3339(),
        key.as_ref(),
    )?;
    let f = cp.fields().clone();
    let key_id = cp.signature().map(|s| s.key_id().to_string());
    let text = cp.to_json();
    if args.out.is_some() || !out.json {
        emit(out, args.out.as_deref(), &text)?;
    }
    let file = args.out.as_deref().map(|p| display_path(&repo, p));
    repo.change(&mut index, |_| {
        Ok((
            (),
            NewEvent::success(
                "audit.checkpoint",
                Target::new("audit", chain.clone()),
                json!({
                    "size": f.size,
                    "last_sequence": f.last_sequence,
                    "head_hash": f.head_hash,
                    "merkle_root": f.merkle_root.to_hex(),
                    "key_id": key_id,
                    "file": file,
                }),
            ),
        ))
    })?;
    if out.json {
        if args.out.is_some() {
            out.json_value(&json!({
                "file": args.out,
                "size": f.size,
                "last_sequence": f.last_sequence,
                "head_hash": f.head_hash,
                "merkle_root": f.merkle_root,
                "timestamp": f.timestamp,
                "key_id": key_id,
            }));
        } else {
            out.line(text.trim_end());
        }
    }
    out.status(
        "Checkpoint",
        format!(
            "{} event(s), Merkle root {}, {}{}",
            f.size,
            &f.merkle_root.to_hex()[..16],
            match &key_id {
                Some(k) => format!("signed by key `{k}`"),
                None => "unsigned".into(),
            },
            match &args.out {
                Some(p) => format!(", written to `{}`", p.display()),
                None => String::new(),
            }
        ),
    );
    if args.out.is_some() {
        out.note("commit the checkpoint to git (or send it elsewhere): `mlo audit verify --from-checkpoint FILE` then catches truncation and rewrites");
    }
    Ok(ExitCode::Success)
}

fn prove(ctx: &Context, out: &Output, args: AuditProveArgs) -> Result<ExitCode, Error> {
    let repo = ctx.repo()?;
    let index = repo.open_index()?;
    let cp = read_checkpoint(&args.checkpoint)?;
    let doc = proof::prove(index.conn(), &args.event_id, &cp, &args.checkpoint)?;
    let mut text = serde_json::to_string_pretty(&doc).expect("proof serializes");
    text.push('\n');
    emit(out, args.out.as_deref(), &text)?;
    out.status(
        "Proved",
        format!(
            "event #{} ({}) is leaf {} of {} under root {}{}",
            doc.event.seq,
            doc.event.event_id,
            doc.leaf_index,
            doc.tree_size,
            &doc.root.to_hex()[..16],
            match &args.out {
                Some(p) => format!(", proof written to `{}`", p.display()),
                None => String::new(),
            }
        ),
    );
    Ok(ExitCode::Success)
}

fn verify_proof(
    ctx: &Context,
    out: &Output,
    args: AuditVerifyProofArgs,
) -> Result<ExitCode, Error> {
    let repo = optional_repo(ctx)?;
    let text = read_text(&args.proof)?;
    let trusted = args
        .checkpoint
        .as_deref()
        .map(read_checkpoint)
        .transpose()?;
    let pinned = pinned_key(args.public_key, repo.as_ref())?;
    let check = proof::verify(&args.proof, &text, trusted.as_ref(), pinned.as_ref())?;
    if out.json {
        out.json_value(&check);
    }
    if !check.problems.is_empty() {
        if !out.json {
            out.error(&CliError {
                code: ExitCode::CheckFailed,
                message: format!(
                    "the inclusion proof `{}` does not verify: {}",
                    args.proof.display(),
                    check.problems[0]
                ),
                causes: check.problems[1..].to_vec(),
                hints: vec![
                    "make a fresh proof with `mlo audit prove EVENT_ID --checkpoint FILE` in the repository that holds the log".into(),
                ],
            });
        }
        return Ok(ExitCode::CheckFailed);
    }
    if !out.json {
        out.status(
            "Verified",
            format!(
                "event #{} ({}) is leaf {} of {} under root {} ({} checkpoint, {})",
                check.seq,
                check.event_id,
                check.leaf_index,
                check.tree_size,
                &check.root.to_hex()[..16],
                check.checkpoint,
                signature_words(check.signature, check.key_id.as_deref())
            ),
        );
        if check.checkpoint == "embedded" && check.signature != SignatureStatus::Trusted {
            out.warn("the proof was checked against the checkpoint it carries; pass `--checkpoint FILE` that you hold, or pin the signing key, to trust the root");
        } else {
            warn_unpinned(out, check.signature);
        }
    }
    Ok(ExitCode::Success)
}

fn manifest_path_for(file: &Path) -> PathBuf {
    let mut name = file.as_os_str().to_owned();
    name.push(".manifest.json");
    PathBuf::from(name)
}

fn export(ctx: &Context, out: &Output, args: AuditExportArgs) -> Result<ExitCode, Error> {
    let repo = ctx.repo()?;
    let mut index = repo.open_index()?;
    let chain = repo.chain_id(&index)?;
    let filter = event_filter(args.filter, &repo.settings().clock, index.conn(), &chain)?;
    let key = signing_key(out, &repo, args.key, false)?;
    let opts = ExportOptions {
        filter,
        format: args.format,
        chain_id: chain.clone(),
        file_name: args
            .out
            .as_ref()
            .and_then(|p| p.file_name())
            .map(|n| n.to_string_lossy().into_owned()),
        created_at: repo.settings().clock.now_rfc3339(),
        key: key.as_ref(),
    };
    let manifest_path = args
        .manifest
        .clone()
        .or_else(|| args.out.as_deref().map(manifest_path_for));
    let write_err = |path: &Path, source| -> Error {
        AuditError::File {
            action: "write",
            path: path.to_path_buf(),
            source,
        }
        .into()
    };
    let manifest = match &args.out {
        Some(path) => {
            // Written beside the target and renamed into place: a failed export leaves no
            // half file under the final name.
            let dir = path
                .parent()
                .filter(|d| !d.as_os_str().is_empty())
                .unwrap_or(Path::new("."));
            let tmp = dir.join(format!(
                ".{}.{}.tmp",
                path.file_name()
                    .map(|n| n.to_string_lossy())
                    .unwrap_or_default(),
                std::process::id()
            ));
            let file = fs::File::create(&tmp).map_err(|e| write_err(&tmp, e))?;
            let result = export::export(index.conn(), &opts, file);
            let finished = match result {
                Ok(Ok((manifest, file))) => file
                    .sync_all()
                    .and_then(|_| fs::rename(&tmp, path))
                    .map(|_| manifest)
                    .map_err(|e| write_err(path, e)),
                Ok(Err(e)) => Err(write_err(path, e)),
                Err(e) => Err(e.into()),
            };
            if finished.is_err() {
                let _ = fs::remove_file(&tmp);
            }
            finished?
        }
        None => {
            let stdout = std::io::stdout().lock();
            match export::export(index.conn(), &opts, stdout)? {
                Ok((manifest, mut stdout)) => {
                    let _ = stdout.flush();
                    manifest
                }
                // The reader went away (`| head`): not a failure.
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {
                    return Ok(ExitCode::Success);
                }
                Err(e) => return Err(write_err(Path::new("stdout"), e)),
            }
        }
    };
    if let Some(m) = &manifest_path {
        crate::repo::write_atomic(m, manifest.to_json().as_bytes()).map_err(|e| write_err(m, e))?;
    }
    let file = args.out.as_deref().map(|p| display_path(&repo, p));
    repo.change(&mut index, |_| {
        Ok((
            (),
            NewEvent::success(
                "audit.export",
                Target::new("audit", chain.clone()),
                json!({
                    "format": args.format.to_string(),
                    "count": manifest.count,
                    "first_event_id": manifest.first_event_id,
                    "last_event_id": manifest.last_event_id,
                    "chains": manifest.chains.iter().map(|c| json!({
                        "chain_id": c.chain_id,
                        "count": c.count,
                        "head_hash": c.head_hash,
                        "merkle_root": c.merkle_root.to_hex(),
                    })).collect::<Vec<_>>(),
                    "sha256": manifest.sha256,
                    "file": file,
                    "key_id": manifest.signature.as_ref().map(|s| s.key_id.clone()),
                }),
            ),
        ))
    })?;
    if out.json && args.out.is_some() {
        out.json_value(&manifest);
    }
    out.status(
        "Exported",
        format!(
            "{} event(s) of {} chain(s) as {}{}{}",
            manifest.count,
            manifest.chains.len(),
            args.format,
            match &args.out {
                Some(p) => format!(" to `{}`", p.display()),
                None => String::new(),
            },
            match &manifest_path {
                Some(m) => format!(
                    ", manifest `{}`{}",
                    m.display(),
                    match &manifest.signature {
                        Some(s) => format!(" signed by key `{}`", s.key_id),
                        None => String::new(),
                    }
                ),
                None => String::new(),
            }
        ),
    );
    if manifest_path.is_none() {
        out.note("no manifest was written; pass `--out FILE` or `--manifest FILE` to get one");
    }
    Ok(ExitCode::Success)
}

fn verify_export(
    ctx: &Context,
    out: &Output,
    file: &Path,
    args: AuditExportArgs,
) -> Result<ExitCode, Error> {
    let repo = optional_repo(ctx)?;
    let manifest_path = args
        .manifest
        .clone()
        .unwrap_or_else(|| manifest_path_for(file));
    let manifest = export::parse_manifest(&manifest_path, &read_text(&manifest_path)?)?;
    let pinned = pinned_key(args.public_key, repo.as_ref())?;
    let read_err = |source| -> Error {
        AuditError::File {
            action: "read",
            path: file.to_path_buf(),
            source,
        }
        .into()
    };
    let mut f = fs::File::open(file).map_err(read_err)?;
    let check = export::verify_export(&mut f, &manifest, pinned.as_ref()).map_err(read_err)?;
    if out.json {
        out.json_value(&check);
    }
    if !check.problems.is_empty() {
        if !out.json {
            out.error(&CliError {
                code: ExitCode::CheckFailed,
                message: format!(
                    "export `{}` does not match its manifest `{}`: {}",
                    file.display(),
                    manifest_path.display(),
                    check.problems[0]
                ),
                causes: check.problems[1..].to_vec(),
                hints: vec!["export again from the repository with `mlo audit export --out FILE`, and compare with `mlo audit verify`".into()],
            });
        }
        return Ok(ExitCode::CheckFailed);
    }
    if !out.json {
        out.status(
            "Verified",
            format!(
                "{} event(s) of {} chain(s) in `{}` match manifest `{}` (hashes, links, Merkle roots, SHA-256; {})",
                check.events,
                check.chains,
                file.display(),
                manifest_path.display(),
                signature_words(check.signature, check.key_id.as_deref())
            ),
        );
        warn_unpinned(out, check.signature);
    }
    Ok(ExitCode::Success)
}

fn report(ctx: &Context, out: &Output, args: AuditReportArgs) -> Result<ExitCode, Error> {
    let repo = ctx.repo()?;
    let index = repo.open_index()?;
    let clock = &repo.settings().clock;
    let filter = EventFilter {
        since: time_spec("--since", args.since, clock)?,
        until: time_spec("--until", args.until, clock)?,
        ..EventFilter::default()
    };
    let events = audit::query(index.conn(), &filter)?;
    let chain = repo.chain_id(&index)?;
    let verified = audit::verify_trail(
        index.conn(),
        &chain,
        audit::TrailOptions {
            merkle: true,
            prefix: None,
        },
    )?;
    let r = report::build(
        &events,
        &verified,
        filter.since,
        filter.until,
        clock.now_rfc3339(),
    );
    if out.json && args.out.is_none() {
        out.json_value(&r);
    } else {
        let text = match args.format {
            report::ReportFormat::Md => report::to_markdown(&r),
            report::ReportFormat::Html => report::to_html(&r),
        };
        emit(out, args.out.as_deref(), &text)?;
    }
    out.status(
        "Reported",
        format!(
            "{} event(s): {} promotion(s) to production{}, {} override(s), {} denied or failed, {} rollback(s){}",
            r.events,
            r.promotions.len(),
            match r.promotions.iter().filter(|p| p.undone_by.is_some()).count() {
                0 => String::new(),
                n => format!(" ({n} undone by a blocking hook)"),
            },
            r.overrides.len(),
            r.refused.len(),
            r.rollbacks.len(),
            match &args.out {
                Some(p) => format!(", written to `{}`", p.display()),
                None => String::new(),
            }
        ),
    );
    if !r.chain_verified {
        out.warn("the audit trail does not verify; the report says so at the top");
    }
    Ok(ExitCode::Success)
}

fn show_rows(e: &AuditEvent, local: &str) -> Vec<(String, String)> {
    let mut rows = vec![
        ("event".into(), e.event_id.clone()),
        ("sequence".into(), e.seq.to_string()),
        ("time".into(), e.timestamp.clone()),
        (
            "actor".into(),
            format!("{} ({})", e.actor.id, e.actor.actor_type.as_str()),
        ),
    ];
    if let Some(src) = &e.actor.source {
        rows.push(("source".into(), src.clone()));
    }
    rows.push(("action".into(), e.action.clone()));
    rows.push((
        "target".into(),
        format!("{}:{}", e.target.target_type, e.target.id),
    ));
    rows.push(("outcome".into(), e.outcome.as_str().into()));
    if let Some(r) = &e.reason {
        rows.push(("reason".into(), r.clone()));
    }
    rows.push((
        "details".into(),
        serde_json::to_string(&e.details).unwrap_or_default(),
    ));
    rows.push(("host".into(), e.host.clone()));
    rows.push((
        "chain".into(),
        if e.chain == local {
            format!("{} (this repository's)", e.chain)
        } else {
            format!("{} (pulled from another clone)", e.chain)
        },
    ));
    rows.push(("prev hash".into(), e.prev_hash.clone()));
    rows.push(("hash".into(), e.hash.clone()));
    rows
}
