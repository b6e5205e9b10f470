//! The model registry (`mlo model`): versions numbered per model, lifecycle stages and free
//! aliases, promotion gates and approvals, rollback, history, lineage and bundles.
//!
//! Every change is a record object (`model_version`, `model_stage`, `model_alias`,
//! `model_approval`, `model_request`) plus an audit event, in one index transaction, so the
//! registry travels with push/pull and survives `mlo index rebuild` (which folds the records in
//! (timestamp, digest) order). A promotion to production archives the previous holder inside
//! the same write transaction (`BEGIN IMMEDIATE`), so concurrent promotions can never leave
//! two production versions.

pub mod bundle;
pub mod gates;
pub mod hooks;
pub mod lifecycle;
pub mod mlflow;
pub mod refs;

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use rusqlite::{OptionalExtension, params};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::audit::{NewEvent, Target};
use crate::data::scan;
use crate::data::tree::Tree;
use crate::error::{Error, ExitCode};
use crate::index::{Index, index_err};
use crate::records;
use crate::repo::Repo;
use crate::store::{Digest, Durability, LinkMode, Store, StoreError};

pub use refs::{ModelRef, RefError, Selector, Stage};

/// Errors from the registry.
#[derive(Debug, thiserror::Error)]
pub enum RegistryError {
    /// A malformed reference or name.
    #[error(transparent)]
    Ref(#[from] RefError),
    /// No such model or version.
    #[error("{what}")]
    NotFound {
        /// What was looked for.
        what: String,
    },
    /// Bad input (a metric that is not a number, a missing file, ...).
    #[error("{message}")]
    Input {
        /// What is wrong.
        message: String,
        /// What to do.
        hint: Option<String>,
    },
    /// A policy refused the change (an approval by the same person twice, the author approving
    /// their own version, an approver not on the list).
    #[error("{message}")]
    Denied {
        /// Why.
        message: String,
    },
    /// A gate expression in the config is malformed.
    #[error("invalid gate in `.mlops.toml` ([registry.gates.{stage}]): {message}")]
    BadGate {
        /// The stage.
        stage: String,
        /// What is wrong.
        message: String,
    },
    /// A bundle is corrupt or incomplete.
    #[error("bundle `{}` is invalid: {message}", path.display())]
    Bundle {
        /// The bundle file.
        path: PathBuf,
        /// What is wrong.
        message: String,
    },
}

impl RegistryError {
    /// The exit code for this error.
    pub fn exit_code(&self) -> ExitCode {
        match self {
            RegistryError::Denied { .. } | RegistryError::Bundle { .. } => ExitCode::CheckFailed,
            _ => ExitCode::Usage,
        }
    }

    /// Next steps.
    pub fn hints(&self) -> Vec<String> {
        match self {
            RegistryError::NotFound { .. } => {
                vec!["`mlo model list` shows the registered models".into()]
            }
            RegistryError::Input { hint: Some(h), .. } => vec![h.clone()],
            RegistryError::BadGate { .. } => {
                vec!["see `mlo config list --all` for the gate keys and their syntax".into()]
            }
            _ => vec![],
        }
    }
}

/// The stored artifact of a version.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Artifact {
    /// `file` or `dir`.
    pub kind: String,
    /// Content digest (file) or root manifest digest (dir).
    pub blake3: Digest,
    /// Bytes.
    pub size: u64,
    /// Files (dirs).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub files: Option<u64>,
    /// The file name it was registered from (so `get` can suggest one).
    pub filename: String,
}

/// A `model_version` record: everything known about one version, immutable.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VersionRecord {
    /// Always `model_version`.
    #[serde(rename = "type")]
    pub record_type: String,
    /// Record schema version.
    pub schema: u64,
    /// Model name.
    pub name: String,
    /// Version number.
    pub number: u64,
    /// The artifact.
    pub artifact: Artifact,
    /// onnx, safetensors or other.
    pub format: String,
    /// Metrics given at registration (and from the run).
    pub metrics: BTreeMap<String, f64>,
    /// Tags.
    pub tags: BTreeMap<String, String>,
    /// Free text.
    pub description: Option<String>,
    /// The run it came from, if any.
    pub run_id: Option<String>,
    /// Lineage: run params/metrics, git commit, data versions (from the run record).
    pub lineage: Value,
    /// When.
    pub created_at: String,
    /// Who.
    pub created_by: String,
}

/// A version as the index knows it (record plus current stage and aliases).
#[derive(Debug, Clone, Serialize)]
pub struct VersionInfo {
    /// The immutable record.
    #[serde(flatten)]
    pub record: VersionRecord,
    /// Current stage.
    pub stage: Stage,
    /// Aliases pointing at it.
    pub aliases: Vec<String>,
    /// The record's digest.
    pub record_digest: String,
}

/// Options of `mlo model register`.
#[derive(Debug, Clone)]
pub struct RegisterOptions {
    /// Model name.
    pub name: String,
    /// The artifact (file or directory).
    pub path: PathBuf,
    /// onnx, safetensors, other (inferred from the extension when absent).
    pub format: Option<String>,
    /// Metrics.
    pub metrics: BTreeMap<String, f64>,
    /// Tags.
    pub tags: BTreeMap<String, String>,
    /// Description.
    pub description: Option<String>,
    /// Run to link (its record supplies lineage).
    pub run_id: Option<String>,
}

/// Parse `k=v` pairs of metrics (numbers).
pub fn parse_metrics(pairs: &[String]) -> Result<BTreeMap<String, f64>, RegistryError> {
    pairs
        .iter()
        .map(|p| {
            let (k, v) = p.split_once('=').ok_or_else(|| RegistryError::Input {
                message: format!("`--metric {p}`: expected KEY=NUMBER"),
                hint: None,
            })?;
            let n: f64 = v.trim().parse().map_err(|_| RegistryError::Input {
                message: format!("`--metric {p}`: `{v}` is not a number"),
                hint: None,
            })?;
            if !n.is_finite() {
                return Err(RegistryError::Input {
                    message: format!("`--metric {p}`: metrics must be finite"),
                    hint: None,
                });
            }
            Ok((k.trim().to_string(), n))
        })
        .collect()
}

/// Parse `k=v` tag pairs.
pub fn parse_tags(pairs: &[String]) -> Result<BTreeMap<String, String>, RegistryError> {
    pairs
        .iter()
        .map(|p| {
            p.split_once('=')
                .map(|(k, v)| (k.trim().to_string(), v.to_string()))
                .ok_or_else(|| RegistryError::Input {
                    message: format!("`--tag {p}`: expected KEY=VALUE"),
                    hint: None,
                })
        })
        .collect()
}

/// Store a file or directory artifact (reflink where possible, else a copy: a model file
/// in the workspace must stay writable for the next training run).
pub fn store_artifact(store: &Store, path: &Path) -> Result<Artifact, Error> {
    let meta = fs::metadata(path).map_err(|e| RegistryError::Input {
        message: format!("cannot read `{}`: {e}", path.display()),
        hint: None,
    })?;
    let filename = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    if meta.is_file() {
        let put = store
            .put_file(path, LinkMode::Reflink, Durability::Sync)
            .or_else(|_| store.put_file(path, LinkMode::Copy, Durability::Sync))?;
        Ok(Artifact {
            kind: "file".into(),
            blake3: put.digest,
            size: put.size,
            files: None,
            filename,
        })
    } else if meta.is_dir() {
        let walked = scan::walk_dir(path, 0)?;
        let (mut tree, _) = scan::resolve(
            walked,
            path,
            "",
            &Default::default(),
            scan::Hashing::Ingest(store, LinkMode::Copy),
            crate::data::now_ns(),
            &|_| {},
        )?;
        let manifests = tree.seal();
        Tree::store_manifests(&manifests, store)?;
        store.sync()?;
        Ok(Artifact {
            kind: "dir".into(),
            blake3: tree.digest.expect("sealed"),
            size: tree.size,
            files: Some(tree.files),
            filename,
        })
    } else {
        Err(RegistryError::Input {
            message: format!("`{}` is not a file or directory", path.display()),
            hint: None,
        }
        .into())
    }
}

/// `mlo model register`.
pub fn register(
    repo: &Repo,
    opts: &RegisterOptions,
) -> Result<(VersionInfo, hooks::HookReport), Error> {
    if !refs::valid_name(&opts.name) {
        return Err(RegistryError::Ref(RefError {
            input: opts.name.clone(),
            reason: "a model name uses letters, digits, `.`, `_` and `-`".into(),
        })
        .into());
    }
    let artifact = store_artifact(repo.objects(), &opts.path)?;
    let format = opts.format.clone().unwrap_or_else(|| {
        match opts.path.extension().and_then(|e| e.to_str()) {
            Some("onnx") => "onnx",
            Some("safetensors") => "safetensors",
            _ => "other",
        }
        .to_string()
    });
    let mut index = repo.open_index()?;
    let (lineage, run_metrics) = match &opts.run_id {
        Some(id) => run_lineage(&index, id)?,
        None => (Value::Null, BTreeMap::new()),
    };
    let mut metrics = run_metrics;
    metrics.extend(opts.metrics.clone());
    let created_at = repo.settings().clock.now_rfc3339();
    let created_by = repo.settings().actor().id;
    let (info, _) = repo.change(&mut index, |tx| {
        let number: u64 = tx
            .query_row("SELECT coalesce(max(version), 0) + 1 FROM model_versions WHERE name = ?1", [&opts.name], |r| r.get::<_, i64>(0))
            .map_err(index_err)? as u64;
        let record = VersionRecord {
            record_type: "model_version".into(),
            schema: 1,
            name: opts.name.clone(),
            number,
            artifact: artifact.clone(),
            format: format.clone(),
            metrics: metrics.clone(),
            tags: opts.tags.clone(),
            description: opts.description.clone(),
            run_id: opts.run_id.clone(),
            lineage: lineage.clone(),
            created_at: created_at.clone(),
            created_by: created_by.clone(),
        };
        let enc = records::queue(tx, &record, &created_at).map_err(index_err)?;
        ingest_version(tx, &enc.digest.to_hex(), &record).map_err(index_err)?;
        let event = NewEvent::success(
            "model.register",
            Target::new("model", format!("{}@{number}", opts.name)),
            serde_json::json!({"artifact": artifact.blake3, "size": artifact.size, "format": format, "run_id": opts.run_id, "metrics": metrics}),
        );
        Ok((VersionInfo { record, stage: Stage::None, aliases: vec![], record_digest: enc.digest.to_hex() }, event))
    })?;
    let report = hooks::fire(
        repo,
        "model.register",
        &serde_json::to_value(&info.record).unwrap_or(Value::Null),
    )?;
    if report.blocking_failed() {
        return Err(report.blocking_error(&format!(
            "{}@{} stays registered (version numbers are never reused); nothing is promoted",
            info.record.name, info.record.number
        )));
    }
    Ok((info, report))
}

/// Lineage and metrics from a run record (written by `mlo run` when a run ends).
fn run_lineage(index: &Index, run_id: &str) -> Result<(Value, BTreeMap<String, f64>), Error> {
    let body: Option<String> = index
        .conn()
        .query_row(
            "SELECT body FROM records WHERE type = 'run' AND json_extract(body, '$.run_id') LIKE ?1 || '%' ORDER BY created_at DESC LIMIT 1",
            [run_id],
            |r| r.get(0),
        )
        .optional()
        .map_err(|e| index.err(e))?;
    let Some(body) = body else {
        return Err(RegistryError::NotFound {
            what: format!("no finished run `{run_id}` (a run is linkable once it has ended)"),
        }
        .into());
    };
    let run: Value = serde_json::from_str(&body).unwrap_or(Value::Null);
    let mut metrics = BTreeMap::new();
    if let Some(m) = run.get("metrics").and_then(|m| m.as_object()) {
        for (k, v) in m {
            let last = v
                .get("last")
                .and_then(|x| x.as_f64())
                .or_else(|| v.as_f64());
            if let Some(x) = last {
                metrics.insert(k.clone(), x);
            }
        }
    }
    let source = run.get("source").cloned().unwrap_or(Value::Null);
    let lineage = serde_json::json!({
        "run_id": run.get("run_id").cloned().unwrap_or_else(|| Value::String(run_id.to_string())),
        "run_name": run.get("name").cloned().unwrap_or(Value::Null),
        "experiment": run.get("experiment").cloned().unwrap_or(Value::Null),
        "params": run.get("params").cloned().unwrap_or(Value::Null),
        "metrics": metrics,
        "git_commit": source.get("git_commit").cloned().unwrap_or(Value::Null),
        "git_dirty": source.get("git_dirty").cloned().unwrap_or(Value::Null),
        "data": source.get("data").cloned().unwrap_or(Value::Null),
        "artifacts": run.get("artifacts").cloned().unwrap_or(Value::Null),
        "run_record": body_digest(&body),
    });
    Ok((lineage, metrics))
}

fn body_digest(body: &str) -> String {
    Digest::of_bytes(body.as_bytes()).to_hex()
}

/// Derive the index rows of a `model_version` record.
pub fn ingest_version(
    tx: &rusqlite::Transaction<'_>,
    digest: &str,
    r: &VersionRecord,
) -> Result<(), rusqlite::Error> {
    tx.execute(
        "INSERT OR IGNORE INTO model_versions (name, version, record_digest, artifact, artifact_kind, size, format, run_id, created_at, created_by, body) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
        params![
            r.name,
            r.number as i64,
            digest,
            r.artifact.blake3.to_hex(),
            r.artifact.kind,
            r.artifact.size as i64,
            r.format,
            r.run_id,
            r.created_at,
            r.created_by,
            serde_json::to_string(r).expect("serializes"),
        ],
    )?;
    Ok(())
}

/// Resolve a reference to a version number.
pub fn resolve(conn: &rusqlite::Connection, r: &ModelRef) -> Result<u64, Error> {
    let exists: bool = conn
        .query_row(
            "SELECT EXISTS(SELECT 1 FROM model_versions WHERE name = ?1)",
            [&r.name],
            |x| x.get(0),
        )
        .map_err(index_err)?;
    if !exists {
        return Err(RegistryError::NotFound {
            what: format!("no model named `{}`", r.name),
        }
        .into());
    }
    let found: Option<i64> = match &r.selector {
        Selector::Latest => conn.query_row("SELECT max(version) FROM model_versions WHERE name = ?1", [&r.name], |x| x.get(0)).map_err(index_err)?,
        Selector::Version(v) => conn
            .query_row("SELECT version FROM model_versions WHERE name = ?1 AND version = ?2", params![r.name, *v as i64], |x| x.get(0))
            .optional()
            .map_err(index_err)?,
        Selector::Stage(s) => conn
            .query_row(
                "SELECT v.version FROM model_versions v LEFT JOIN model_stage_events e ON e.name = v.name AND e.version = v.version AND e.to_stage = v.stage \
                 WHERE v.name = ?1 AND v.stage = ?2 ORDER BY e.ts DESC, v.version DESC LIMIT 1",
                params![r.name, s.as_str()],
                |x| x.get(0),
            )
            .optional()
            .map_err(index_err)?,
        Selector::Alias(a) => conn
            .query_row("SELECT version FROM model_aliases WHERE name = ?1 AND alias = ?2", params![r.name, a], |x| x.get(0))
            .optional()
            .map_err(index_err)?,
    };
    found.map(|v| v as u64).ok_or_else(|| {
        let what = match &r.selector {
            Selector::Version(v) => format!("model `{}` has no version {v}", r.name),
            Selector::Stage(s) => format!("model `{}` has no version in {s}", r.name),
            Selector::Alias(a) => format!("model `{}` has no alias `{a}`", r.name),
            Selector::Latest => format!("model `{}` has no versions", r.name),
        };
        RegistryError::NotFound { what }.into()
    })
}

/// One version with its stage and aliases.
pub fn version_info(
    conn: &rusqlite::Connection,
    name: &str,
    number: u64,
) -> Result<VersionInfo, Error> {
    let (body, stage, digest): (String, String, String) = conn
        .query_row(
            "SELECT body, stage, record_digest FROM model_versions WHERE name = ?1 AND version = ?2",
            params![name, number as i64],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .optional()
        .map_err(index_err)?
        .ok_or_else(|| RegistryError::NotFound { what: format!("model `{name}` has no version {number}") })?;
    let record: VersionRecord = serde_json::from_str(&body).map_err(|e| RegistryError::Input {
        message: format!("version record of `{name}@{number}` is unreadable: {e}"),
        hint: Some("run `mlo index rebuild`".into()),
    })?;
    let mut stmt = conn
        .prepare_cached(
            "SELECT alias FROM model_aliases WHERE name = ?1 AND version = ?2 ORDER BY alias",
        )
        .map_err(index_err)?;
    let aliases = stmt
        .query_map(params![name, number as i64], |r| r.get(0))
        .map_err(index_err)?
        .collect::<Result<Vec<String>, _>>()
        .map_err(index_err)?;
    Ok(VersionInfo {
        record,
        stage: Stage::parse(&stage).unwrap_or(Stage::None),
        aliases,
        record_digest: digest,
    })
}

/// A model in `mlo model list`.
#[derive(Debug, Clone, Serialize)]
pub struct ModelSummary {
    /// Name.
    pub name: String,
    /// Number of versions.
    pub versions: u64,
    /// Highest version.
    pub latest: u64,
    /// Version in production.
    pub production: Option<u64>,
    /// Versions in staging.
    pub staging: Vec<u64>,
    /// Aliases as `alias=version`.
    pub aliases: Vec<String>,
    /// Last registration time.
    pub updated_at: String,
}

/// `mlo model list`: one aggregate query, no per-model round trips.
pub fn list(conn: &rusqlite::Connection) -> Result<Vec<ModelSummary>, Error> {
    let mut stmt = conn
        .prepare(
            "SELECT v.name, count(*), max(v.version), \
                    max(CASE WHEN v.stage = 'production' THEN v.version END), \
                    group_concat(CASE WHEN v.stage = 'staging' THEN v.version END), \
                    max(v.created_at), \
                    (SELECT group_concat(a.alias || '=' || a.version, ',') FROM model_aliases a WHERE a.name = v.name) \
             FROM model_versions v GROUP BY v.name ORDER BY v.name",
        )
        .map_err(index_err)?;
    let rows = stmt
        .query_map([], |r| {
            let staging: Option<String> = r.get(4)?;
            let aliases: Option<String> = r.get(6)?;
            Ok(ModelSummary {
                name: r.get(0)?,
                versions: r.get::<_, i64>(1)? as u64,
                latest: r.get::<_, i64>(2)? as u64,
                production: r.get::<_, Option<i64>>(3)?.map(|v| v as u64),
                staging: staging
                    .map(|s| s.split(',').filter_map(|x| x.parse().ok()).collect())
                    .unwrap_or_default(),
                aliases: aliases
                    .map(|s| s.split(',').map(str::to_string).collect())
                    .unwrap_or_default(),
                updated_at: r.get(5)?,
            })
        })
        .map_err(index_err)?;
    rows.collect::<Result<Vec<_>, _>>().map_err(index_err)
}

/// All versions of a model, oldest first.
pub fn versions(conn: &rusqlite::Connection, name: &str) -> Result<Vec<VersionInfo>, Error> {
    let numbers: Vec<i64> = {
        let mut stmt = conn
            .prepare("SELECT version FROM model_versions WHERE name = ?1 ORDER BY version")
            .map_err(index_err)?;
        stmt.query_map([name], |r| r.get(0))
            .map_err(index_err)?
            .collect::<Result<_, _>>()
            .map_err(index_err)?
    };
    if numbers.is_empty() {
        return Err(RegistryError::NotFound {
            what: format!("no model named `{name}`"),
        }
        .into());
    }
    numbers
        .into_iter()
        .map(|n| version_info(conn, name, n as u64))
        .collect()
}

/// `mlo model get NAME@ref --out PATH`: write the artifact out, verified against its digest.
pub fn get(
    repo: &Repo,
    r: &ModelRef,
    out: &Path,
    force: bool,
) -> Result<(VersionInfo, PathBuf), Error> {
    let index = repo.open_index()?;
    let number = resolve(index.conn(), r)?;
    let info = version_info(index.conn(), &r.name, number)?;
    let store = repo.objects();
    let a = &info.record.artifact;
    let dest = if out.is_dir() && a.kind == "file" {
        out.join(&a.filename)
    } else {
        out.to_path_buf()
    };
    if dest.exists() && !force {
        return Err(RegistryError::Input {
            message: format!("`{}` exists", dest.display()),
            hint: Some("pass `--force` to overwrite it".into()),
        }
        .into());
    }
    if a.kind == "file" {
        store.verify_object(&a.blake3)?;
        if let Some(parent) = dest.parent().filter(|p| !p.as_os_str().is_empty()) {
            fs::create_dir_all(parent).map_err(|e| Error::Io {
                action: "create directory",
                path: parent.to_path_buf(),
                source: e,
            })?;
        }
        let tmp = dest.with_extension("mlo-partial");
        fs::copy(store.object_path(&a.blake3), &tmp).map_err(|e| Error::Io {
            action: "write",
            path: tmp.clone(),
            source: e,
        })?;
        let (d, _) = crate::store::hash_file(&tmp)?;
        if d != a.blake3 {
            let _ = fs::remove_file(&tmp);
            return Err(StoreError::Corrupt {
                digest: a.blake3,
                actual: d,
            }
            .into());
        }
        let mut perms = fs::metadata(&tmp)
            .map_err(|e| Error::Io {
                action: "stat",
                path: tmp.clone(),
                source: e,
            })?
            .permissions();
        #[allow(clippy::permissions_set_readonly_false)]
        perms.set_readonly(false);
        let _ = fs::set_permissions(&tmp, perms);
        fs::rename(&tmp, &dest).map_err(|e| Error::Io {
            action: "write",
            path: dest.clone(),
            source: e,
        })?;
    } else {
        let tree = Tree::load(store, &a.blake3)?;
        for (rel, digest, _, exec) in tree.files() {
            store.verify_object(&digest)?;
            let p = dest.join(&rel);
            if let Some(parent) = p.parent() {
                fs::create_dir_all(parent).map_err(|e| Error::Io {
                    action: "create directory",
                    path: parent.to_path_buf(),
                    source: e,
                })?;
            }
            fs::copy(store.object_path(&digest), &p).map_err(|e| Error::Io {
                action: "write",
                path: p.clone(),
                source: e,
            })?;
            use std::os::unix::fs::PermissionsExt;
            let _ = fs::set_permissions(
                &p,
                fs::Permissions::from_mode(if exec { 0o755 } else { 0o644 }),
            );
        }
    }
    Ok((info, dest))
}

/// One metric compared: (name, a, b, b - a).
pub type MetricRow = (String, Option<f64>, Option<f64>, Option<f64>);

/// A side-by-side comparison of two versions.
#[derive(Debug, Clone, Serialize)]
pub struct Comparison {
    /// Left version.
    pub a: String,
    /// Right version.
    pub b: String,
    /// Metric rows: (name, a, b, b - a).
    pub metrics: Vec<MetricRow>,
    /// Param rows from the runs' lineage: (name, a, b).
    pub params: Vec<(String, Option<String>, Option<String>)>,
}

/// `mlo model compare`.
pub fn compare(
    conn: &rusqlite::Connection,
    a: &ModelRef,
    b: &ModelRef,
) -> Result<Comparison, Error> {
    let va = version_info(conn, &a.name, resolve(conn, a)?)?;
    let vb = version_info(conn, &b.name, resolve(conn, b)?)?;
    let mut keys: Vec<&String> = va
        .record
        .metrics
        .keys()
        .chain(vb.record.metrics.keys())
        .collect();
    keys.sort();
    keys.dedup();
    let metrics = keys
        .into_iter()
        .map(|k| {
            let (x, y) = (
                va.record.metrics.get(k).copied(),
                vb.record.metrics.get(k).copied(),
            );
            (k.clone(), x, y, x.zip(y).map(|(x, y)| y - x))
        })
        .collect();
    let params_of = |v: &VersionInfo| -> BTreeMap<String, String> {
        v.record
            .lineage
            .get("params")
            .and_then(|p| p.as_object())
            .map(|o| {
                o.iter()
                    .map(|(k, v)| {
                        (
                            k.clone(),
                            v.as_str()
                                .map(str::to_string)
                                .unwrap_or_else(|| v.to_string()),
                        )
                    })
                    .collect()
            })
            .unwrap_or_default()
    };
    let (pa, pb) = (params_of(&va), params_of(&vb));
    let mut pkeys: Vec<&String> = pa.keys().chain(pb.keys()).collect();
    pkeys.sort();
    pkeys.dedup();
    let params = pkeys
        .into_iter()
        .map(|k| (k.clone(), pa.get(k).cloned(), pb.get(k).cloned()))
        .collect();
    Ok(Comparison {
        a: format!("{}@{}", va.record.name, va.record.number),
        b: format!("{}@{}", vb.record.name, vb.record.number),
        metrics,
        params,
    })
}
