//! `mlo model export --mlflow URL`: mirror registered models, their versions, stages and aliases
//! to an MLflow model registry over its REST API (`registered-models/get|create|set-tag|alias`,
//! `model-versions/search|create|set-tag`), through the same client as the run mirror
//! (`track::mlflow`).
//!
//! Mapping. A model becomes a registered model of the same name; each version becomes a model
//! version carrying the tags `mlo.version`, `mlo.record`, `mlo.blake3`, `mlo.format`,
//! `mlo.artifact`, `mlo.created_by`, `mlo.created_at`, `mlo.stage`, `mlo.run_id` (when linked),
//! one `mlo.metric.KEY` per metric (model versions have no metrics of their own) and the
//! version's own tags, with its description. Its source is `runs:/MLFLOW_RUN_ID/PATH` when its
//! run was mirrored by `mlo run export --mlflow` to the same server (PATH: the run artifact with
//! the same digest, else the registered file name), and `mlo://blake3/DIGEST` otherwise (MLflow
//! refuses local paths; the digest names the artifact in any mlo store that holds it). MLflow's
//! stages are deprecated, so the stage is the `mlo.stage` tag, and the versions holding
//! production and staging get the aliases `production` and `staging` (the most recent entrant
//! when several versions are in staging), next to every mlo alias. MLflow version numbers
//! are its own: aliases are translated through the `mlo.version` tag.
//!
//! Idempotent and resumable without local state: what the server holds is read back
//! (`model-versions/search` by `mlo.version` tag, the registered model's aliases), and only
//! what is missing or different is sent. The aliases mlo manages are listed in the registered
//! model's `mlo.aliases` tag, widened before aliases are set and narrowed after stale ones are
//! deleted, so an interrupted export never orphans an alias and aliases set by other people in
//! MLflow are left alone.

use std::collections::{BTreeMap, BTreeSet};

use rusqlite::{OptionalExtension, params};
use serde::Serialize;
use serde_json::{Value, json};

use super::refs::{ModelRef, Selector, Stage};
use super::{VersionInfo, resolve, version_info, versions};
use crate::audit::{NewEvent, Target};
use crate::error::Error;
use crate::index::index_err;
use crate::repo::Repo;
use crate::track::mlflow::Client;

/// What to mirror.
#[derive(Debug, Clone)]
pub enum Scope {
    /// Every model.
    All,
    /// One model, every version, and its aliases brought in step.
    Model(String),
    /// One version (its model is created if needed); only the aliases that point at it are
    /// set, none removed.
    Version(ModelRef),
}

/// Options of `mlo model export --mlflow`.
#[derive(Debug, Clone)]
pub struct MirrorOptions {
    /// The MLflow server, e.g. `http://127.0.0.1:5000`.
    pub url: String,
    /// What to mirror.
    pub scope: Scope,
}

/// One version as mirrored.
#[derive(Debug, Clone, Serialize)]
pub struct MirroredVersion {
    /// The mlo version.
    pub version: u64,
    /// MLflow's version number for it.
    pub mlflow_version: String,
    /// Whether this export created it.
    pub created: bool,
    /// Its source on the server.
    pub source: String,
    /// The MLflow run it is linked to, if any.
    pub mlflow_run_id: Option<String>,
    /// The mlo run it came from, when that run is not mirrored to this server (so the version
    /// could not be linked; `mlo run export --mlflow` first links the versions created later).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unlinked_run: Option<String>,
    /// Tags updated on a version that already existed (its stage changed).
    pub tags_updated: usize,
}

/// One model as mirrored.
#[derive(Debug, Clone, Serialize)]
pub struct MirroredModel {
    /// The name (the same on both sides).
    pub name: String,
    /// Whether this export created the registered model.
    pub created: bool,
    /// Its versions, oldest first.
    pub versions: Vec<MirroredVersion>,
    /// Aliases set or moved: `alias=mlflow_version`.
    pub aliases_set: Vec<String>,
    /// Aliases deleted (gone from mlo since the last export).
    pub aliases_removed: Vec<String>,
    /// mlo aliases MLflow does not accept (`latest`, `v1`, ...), with why.
    pub aliases_skipped: Vec<String>,
}

/// What the export did.
#[derive(Debug, Clone, Serialize)]
pub struct MirrorOutcome {
    /// The server.
    pub server: String,
    /// Every model exported.
    pub models: Vec<MirroredModel>,
}

impl MirrorOutcome {
    /// Versions created by this export.
    pub fn versions_created(&self) -> usize {
        self.models
            .iter()
            .flat_map(|m| &m.versions)
            .filter(|v| v.created)
            .count()
    }

    /// Versions exported (created or already there).
    pub fn versions(&self) -> usize {
        self.models.iter().map(|m| m.versions.len()).sum()
    }
}

/// Whether MLflow accepts `alias` (it reserves `latest` and `v<digits>`, case-insensitively).
fn alias_refusal(alias: &str) -> Option<&'static str> {
    let lower = alias.to_ascii_lowercase();
    if lower == "latest" {
        return Some("MLflow reserves `latest`");
    }
    let digits = lower.strip_prefix('v').unwrap_or("");
    if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
        return Some("MLflow reserves `v<number>` aliases");
    }
    None
}

/// The tags a version carries on the server (without the stage, which may change).
fn version_tags(v: &VersionInfo) -> Vec<(String, String)> {
    let r = &v.record;
    let mut tags = vec![
        ("mlo.version".to_string(), r.number.to_string()),
        ("mlo.record".into(), v.record_digest.clone()),
        ("mlo.blake3".into(), r.artifact.blake3.to_hex()),
        ("mlo.format".into(), r.format.clone()),
        ("mlo.artifact".into(), r.artifact.filename.clone()),
        ("mlo.created_by".into(), r.created_by.clone()),
        ("mlo.created_at".into(), r.created_at.clone()),
    ];
    if let Some(run) = &r.run_id {
        tags.push(("mlo.run_id".into(), run.clone()));
    }
    for (k, m) in &r.metrics {
        tags.push((format!("mlo.metric.{k}"), super::gates::fmt_num(*m)));
    }
    for (k, t) in &r.tags {
        tags.push((k.clone(), t.clone()));
    }
    tags
}

fn tag_list(tags: &[(String, String)]) -> Value {
    Value::Array(
        tags.iter()
            .map(|(k, v)| json!({"key": k, "value": v}))
            .collect(),
    )
}

fn tags_of(v: &Value) -> BTreeMap<String, String> {
    v["tags"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|t| Some((t["key"].as_str()?.into(), t["value"].as_str()?.into())))
                .collect()
        })
        .unwrap_or_default()
}

/// Every version of `name` on the server, keyed by its `mlo.version` tag.
fn server_versions(client: &Client, name: &str) -> Result<BTreeMap<u64, Value>, Error> {
    let filter = format!("name = '{name}'");
    let mut out = BTreeMap::new();
    let mut token = String::new();
    loop {
        let mut q = vec![("filter", filter.as_str()), ("max_results", "1000")];
        if !token.is_empty() {
            q.push(("page_token", token.as_str()));
        }
        let v = client
            .call("GET", "model-versions/search", &q, None)?
            .unwrap_or(Value::Null);
        for mv in v["model_versions"].as_array().into_iter().flatten() {
            if let Some(n) = tags_of(mv)
                .get("mlo.version")
                .and_then(|n| n.parse::<u64>().ok())
            {
                // Two server versions claiming one mlo version (made by hand): keep the first.
                out.entry(n).or_insert_with(|| mv.clone());
            }
        }
        match v["next_page_token"].as_str() {
            Some(t) if !t.is_empty() => token = t.to_string(),
            _ => return Ok(out),
        }
    }
}

/// The MLflow run a version's mlo run was mirrored to on this server, if it still exists.
fn mirrored_run(
    client: &Client,
    conn: &rusqlite::Connection,
    run_id: &str,
    cache: &mut BTreeMap<String, Option<String>>,
) -> Result<Option<String>, Error> {
    if let Some(hit) = cache.get(run_id) {
        return Ok(hit.clone());
    }
    let known: Option<String> = conn
        .query_row(
            "SELECT mlflow_run_id FROM track_mlflow_runs WHERE server = ?1 AND run_id = ?2",
            params![client.base(), run_id],
            |r| r.get(0),
        )
        .optional()
        .map_err(index_err)?;
    let found = match known {
        Some(id) => match client.call("GET", "runs/get", &[("run_id", &id)], None)? {
            Some(v) if v["run"]["info"]["lifecycle_stage"].as_str() != Some("deleted") => Some(id),
            _ => None,
        },
        None => None,
    };
    cache.insert(run_id.to_string(), found.clone());
    Ok(found)
}

/// The path of the version's artifact inside its run: the run artifact with the same digest,
/// else the registered file name.
fn artifact_path(v: &VersionInfo) -> String {
    let digest = v.record.artifact.blake3.to_hex();
    v.record.lineage["artifacts"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|a| a["digest"].as_str() == Some(digest.as_str()))
        .and_then(|a| a["path"].as_str())
        .map(str::to_string)
        .unwrap_or_else(|| v.record.artifact.filename.clone())
}

/// Mirror the registry (or one model or version) to an MLflow server.
pub fn export(repo: &Repo, opts: &MirrorOptions) -> Result<MirrorOutcome, Error> {
    let client = Client::new(&opts.url);
    let server = client.base().to_string();
    let mut index = repo.open_index()?;
    // Resolve what to export before talking to the server.
    let mut plan: Vec<(String, Vec<VersionInfo>)> = Vec::new();
    match &opts.scope {
        Scope::Version(r) => {
            let n = resolve(index.conn(), r)?;
            plan.push((
                r.name.clone(),
                vec![version_info(index.conn(), &r.name, n)?],
            ));
        }
        Scope::Model(name) => plan.push((name.clone(), versions(index.conn(), name)?)),
        Scope::All => {
            for m in super::list(index.conn())? {
                let vs = versions(index.conn(), &m.name)?;
                plan.push((m.name, vs));
            }
        }
    }
    let whole_model = !matches!(opts.scope, Scope::Version(_));
    let mut runs = BTreeMap::new();
    let mut models = Vec::new();
    for (name, local) in &plan {
        models.push(export_model(
            &client,
            index.conn(),
            name,
            local,
            whole_model,
            &mut runs,
        )?);
    }
    let outcome = MirrorOutcome { server, models };
    let details = json!({
        "server": outcome.server,
        "models": outcome.models.len(),
        "versions": outcome.versions(),
        "created": outcome.versions_created(),
        "aliases_set": outcome.models.iter().map(|m| m.aliases_set.len()).sum::<usize>(),
        "aliases_removed": outcome.models.iter().map(|m| m.aliases_removed.len()).sum::<usize>(),
    });
    repo.change(&mut index, |_| {
        Ok((
            (),
            NewEvent::success(
                "model.export",
                Target::new("mlflow", outcome.server.clone()),
                details,
            ),
        ))
    })?;
    Ok(outcome)
}

/// Mirror one model's `local` versions; with `whole_model`, also bring its aliases in step
/// (a single-version export only touches the aliases that point at that version).
fn export_model(
    client: &Client,
    conn: &rusqlite::Connection,
    name: &str,
    local: &[VersionInfo],
    whole_model: bool,
    runs: &mut BTreeMap<String, Option<String>>,
) -> Result<MirroredModel, Error> {
    let mut out = MirroredModel {
        name: name.to_string(),
        created: false,
        versions: vec![],
        aliases_set: vec![],
        aliases_removed: vec![],
        aliases_skipped: vec![],
    };
    let existing = client.call("GET", "registered-models/get", &[("name", name)], None)?;
    let registered = match existing {
        Some(v) => v["registered_model"].clone(),
        None => {
            let v = client.post(
                "registered-models/create",
                &json!({"name": name, "tags": [{"key": "mlo.mirrored", "value": "true"}]}),
            )?;
            out.created = true;
            v["registered_model"].clone()
        }
    };
    let mut on_server = server_versions(client, name)?;
    for v in local {
        let number = v.record.number;
        let stage = v.stage.to_string();
        if let Some(mv) = on_server.get(&number) {
            let mut updated = 0;
            if tags_of(mv).get("mlo.stage") != Some(&stage) {
                client.post(
                    "model-versions/set-tag",
                    &json!({"name": name, "version": mv["version"], "key": "mlo.stage", "value": stage}),
                )?;
                updated += 1;
            }
            out.versions.push(MirroredVersion {
                version: number,
                mlflow_version: mv["version"].as_str().unwrap_or_default().to_string(),
                created: false,
                source: mv["source"].as_str().unwrap_or_default().to_string(),
                mlflow_run_id: mv["run_id"]
                    .as_str()
                    .filter(|s| !s.is_empty())
                    .map(str::to_string),
                unlinked_run: None,
                tags_updated: updated,
            });
            continue;
        }
        let run = match &v.record.run_id {
            Some(id) => mirrored_run(client, conn, id, runs)?,
            None => None,
        };
        let source = match &run {
            Some(r) => format!("runs:/{r}/{}", artifact_path(v)),
            None => format!("mlo://blake3/{}", v.record.artifact.blake3.to_hex()),
        };
        let mut tags = version_tags(v);
        tags.push(("mlo.stage".into(), stage));
        let mut body = json!({"name": name, "source": source, "tags": tag_list(&tags)});
        if let Some(r) = &run {
            body["run_id"] = json!(r);
        }
        if let Some(d) = &v.record.description {
            body["description"] = json!(d);
        }
        let created = client.post("model-versions/create", &body)?;
        let mv = created["model_version"].clone();
        let mlflow_version = mv["version"].as_str().map(str::to_string).ok_or_else(|| {
            client.fail(
                "POST model-versions/create",
                "no version in the answer".into(),
            )
        })?;
        out.versions.push(MirroredVersion {
            version: number,
            mlflow_version,
            created: true,
            source,
            mlflow_run_id: run.clone(),
            unlinked_run: if run.is_none() {
                v.record.run_id.clone()
            } else {
                None
            },
            tags_updated: 0,
        });
        on_server.insert(number, mv);
    }
    sync_aliases(
        client,
        conn,
        name,
        &registered,
        &on_server,
        local,
        whole_model,
        &mut out,
    )?;
    Ok(out)
}

/// Bring the server's aliases in step with mlo's (see the module doc).
#[allow(clippy::too_many_arguments)]
fn sync_aliases(
    client: &Client,
    conn: &rusqlite::Connection,
    name: &str,
    registered: &Value,
    on_server: &BTreeMap<u64, Value>,
    local: &[VersionInfo],
    whole_model: bool,
    out: &mut MirroredModel,
) -> Result<(), Error> {
    // What mlo wants: its aliases, plus `production` and `staging` for the stage holders.
    let mut wanted: BTreeMap<String, u64> = BTreeMap::new();
    let all = versions(conn, name)?;
    for v in &all {
        for a in &v.aliases {
            wanted.insert(a.clone(), v.record.number);
        }
    }
    for stage in [Stage::Production, Stage::Staging] {
        let r = ModelRef {
            name: name.into(),
            selector: Selector::Stage(stage),
        };
        if all.iter().any(|v| v.stage == stage) {
            wanted.insert(stage.to_string(), resolve(conn, &r)?);
        }
    }
    let exported: BTreeSet<u64> = local.iter().map(|v| v.record.number).collect();
    if !whole_model {
        wanted.retain(|_, v| exported.contains(v));
    }
    wanted.retain(|alias, _| match alias_refusal(alias) {
        Some(why) => {
            out.aliases_skipped.push(format!("{alias}: {why}"));
            false
        }
        None => true,
    });
    // Only versions that exist on the server can carry an alias.
    let wanted: BTreeMap<String, String> = wanted
        .into_iter()
        .filter_map(|(a, v)| {
            on_server
                .get(&v)
                .and_then(|mv| mv["version"].as_str())
                .map(|mv| (a, mv.to_string()))
        })
        .collect();
    let current: BTreeMap<String, String> = registered["aliases"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|a| Some((a["alias"].as_str()?.into(), a["version"].as_str()?.into())))
        .collect();
    let managed: BTreeSet<String> = tags_of(registered)
        .get("mlo.aliases")
        .map(|s| {
            s.split(',')
                .filter(|a| !a.is_empty())
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default();
    let set_managed = |aliases: &BTreeSet<String>| -> Result<(), Error> {
        let value = aliases.iter().cloned().collect::<Vec<_>>().join(",");
        client.post(
            "registered-models/set-tag",
            &json!({"name": name, "key": "mlo.aliases", "value": value}),
        )?;
        Ok(())
    };
    // Widen first: an alias is listed as mlo's before it is set.
    let widened: BTreeSet<String> = managed.iter().chain(wanted.keys()).cloned().collect();
    if widened != managed {
        set_managed(&widened)?;
    }
    for (alias, version) in &wanted {
        if current.get(alias) != Some(version) {
            client.post(
                "registered-models/alias",
                &json!({"name": name, "alias": alias, "version": version}),
            )?;
            out.aliases_set.push(format!("{alias}={version}"));
        }
    }
    if whole_model {
        for alias in widened.iter().filter(|a| !wanted.contains_key(*a)) {
            if current.contains_key(alias) {
                client.call(
                    "DELETE",
                    "registered-models/alias",
                    &[],
                    Some(&json!({"name": name, "alias": alias})),
                )?;
                out.aliases_removed.push(alias.clone());
            }
        }
        let narrowed: BTreeSet<String> = wanted.keys().cloned().collect();
        if narrowed != widened {
            set_managed(&narrowed)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reserved_aliases_are_refused() {
        assert!(alias_refusal("latest").is_some());
        assert!(alias_refusal("V12").is_some());
        assert!(alias_refusal("v").is_none());
        assert!(alias_refusal("v1beta").is_none());
        assert!(alias_refusal("champion").is_none());
    }
}
