//! Model bundles: `mlo model export NAME@v --out bundle.tar` and `mlo model import bundle.tar`
//! move a version (its artifact objects and its record, with lineage) between repositories.
//!
//! A bundle is a plain tar file: `mlo-bundle.json` (format, the version record, the list of
//! object digests and sizes) and `objects/<digest>` for every object (the artifact file, or a
//! directory's manifests and files). Import re-hashes every object and refuses the bundle if
//! any does not match its name, is missing, or if the record's artifact is not among them.

use std::collections::BTreeMap;
use std::fs::{self, File};
use std::io::Read;
use std::path::Path;

use serde::{Deserialize, Serialize};

use super::{RegistryError, VersionInfo, VersionRecord, ingest_version, resolve, version_info};
use crate::audit::{NewEvent, Target};
use crate::data::tree::Tree;
use crate::error::Error;
use crate::index::index_err;
use crate::records;
use crate::registry::refs::ModelRef;
use crate::repo::Repo;
use crate::store::{Digest, Durability};

/// The bundle format name.
pub const BUNDLE_FORMAT: &str = "mlo-model-bundle";

/// `mlo-bundle.json`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct BundleManifest {
    /// Always `mlo-model-bundle`.
    pub format: String,
    /// Format version (1).
    pub version: u64,
    /// The exported version's record.
    pub model: VersionRecord,
    /// The record's digest in the source repository.
    pub record_digest: String,
    /// Every object in the bundle: digest → size.
    pub objects: BTreeMap<Digest, u64>,
}

/// `mlo model export NAME@v --out FILE`.
pub fn export(repo: &Repo, r: &ModelRef, out: &Path) -> Result<BundleManifest, Error> {
    let index = repo.open_index()?;
    let number = resolve(index.conn(), r)?;
    let info: VersionInfo = version_info(index.conn(), &r.name, number)?;
    let store = repo.objects();
    let a = &info.record.artifact;
    let mut digests = vec![a.blake3];
    if a.kind == "dir" {
        let tree = Tree::load(store, &a.blake3)?;
        digests.clear();
        tree.all_digests(&mut digests);
    }
    digests.sort();
    digests.dedup();
    let mut objects = BTreeMap::new();
    for d in &digests {
        store.verify_object(d)?;
        let size = fs::metadata(store.object_path(d))
            .map(|m| m.len())
            .unwrap_or(0);
        objects.insert(*d, size);
    }
    let manifest = BundleManifest {
        format: BUNDLE_FORMAT.into(),
        version: 1,
        model: info.record.clone(),
        record_digest: info.record_digest.clone(),
        objects,
    };
    let tmp = out.with_extension("tar.partial");
    let io = |action: &'static str, path: &Path| {
        let path = path.to_path_buf();
        move |source| Error::Io {
            action,
            path,
            source,
        }
    };
    {
        let file = File::create(&tmp).map_err(io("create", &tmp))?;
        let mut builder = tar::Builder::new(file);
        let json = serde_json::to_vec_pretty(&manifest).expect("serializes");
        let mut header = tar::Header::new_gnu();
        header.set_size(json.len() as u64);
        header.set_mode(0o644);
        header.set_cksum();
        builder
            .append_data(&mut header, "mlo-bundle.json", &json[..])
            .map_err(io("write", &tmp))?;
        for d in &digests {
            let mut f =
                File::open(store.object_path(d)).map_err(io("read", &store.object_path(d)))?;
            let mut header = tar::Header::new_gnu();
            header.set_size(manifest.objects[d]);
            header.set_mode(0o444);
            header.set_cksum();
            builder
                .append_data(&mut header, format!("objects/{d}"), &mut f)
                .map_err(io("write", &tmp))?;
        }
        builder
            .into_inner()
            .and_then(|f| f.sync_all())
            .map_err(io("write", &tmp))?;
    }
    fs::rename(&tmp, out).map_err(io("write", out))?;
    Ok(manifest)
}

/// What import did.
#[derive(Debug, Clone, Serialize)]
pub struct ImportOutcome {
    /// The new version in this repository.
    pub name: String,
    /// Its number.
    pub version: u64,
    /// Where it came from.
    pub source: String,
    /// Objects stored.
    pub objects: usize,
    /// What each registry hook did (printed as warnings, not part of the JSON).
    #[serde(skip)]
    pub hooks: super::hooks::HookReport,
}

/// `mlo model import FILE [--name NAME]`.
pub fn import(repo: &Repo, path: &Path, rename: Option<String>) -> Result<ImportOutcome, Error> {
    let bad = |message: String| RegistryError::Bundle {
        path: path.to_path_buf(),
        message,
    };
    let file = File::open(path).map_err(|e| Error::Io {
        action: "read",
        path: path.to_path_buf(),
        source: e,
    })?;
    let mut archive = tar::Archive::new(file);
    let store = repo.objects();
    let mut manifest: Option<BundleManifest> = None;
    let mut staged: BTreeMap<Digest, u64> = BTreeMap::new();
    // Objects are hashed as they stream into a staging store, and only moved into the real
    // store once the whole bundle has checked out.
    let staging_dir = repo
        .mlo_dir()
        .join("tmp")
        .join(format!("import-{}", std::process::id()));
    let staging = crate::store::Store::new(staging_dir.join("objects"), staging_dir.join("tmp"));
    staging.create_dirs()?;
    let result = (|| -> Result<ImportOutcome, Error> {
        for entry in archive
            .entries()
            .map_err(|e| bad(format!("not a tar file: {e}")))?
        {
            let mut entry = entry.map_err(|e| bad(format!("unreadable entry: {e}")))?;
            let name = entry
                .path()
                .map_err(|e| bad(e.to_string()))?
                .to_string_lossy()
                .into_owned();
            if name == "mlo-bundle.json" {
                let mut text = String::new();
                entry
                    .read_to_string(&mut text)
                    .map_err(|e| bad(e.to_string()))?;
                let m: BundleManifest = serde_json::from_str(&text)
                    .map_err(|e| bad(format!("mlo-bundle.json: {e}")))?;
                if m.format != BUNDLE_FORMAT || m.version != 1 {
                    return Err(
                        bad(format!("unsupported format `{}` v{}", m.format, m.version)).into(),
                    );
                }
                manifest = Some(m);
            } else if let Some(d) = name.strip_prefix("objects/") {
                let expected: Digest = d
                    .parse()
                    .map_err(|_| bad(format!("unexpected entry `{name}`")))?;
                let put = staging.put_reader(&mut entry, Durability::Batch)?;
                if put.digest != expected {
                    return Err(bad(format!(
                        "object {expected} is corrupt: its content hashes to {}",
                        put.digest
                    ))
                    .into());
                }
                staged.insert(expected, put.size);
            } else {
                return Err(bad(format!("unexpected entry `{name}`")).into());
            }
        }
        let m = manifest.ok_or_else(|| bad("no mlo-bundle.json".into()))?;
        for (d, size) in &m.objects {
            match staged.get(d) {
                Some(s) if s == size => {}
                Some(s) => {
                    return Err(bad(format!(
                        "object {d} has {s} bytes, the manifest says {size}"
                    ))
                    .into());
                }
                None => return Err(bad(format!("object {d} is missing")).into()),
            }
        }
        if !m.objects.contains_key(&m.model.artifact.blake3) {
            return Err(bad("the model's artifact is not in the bundle".into()).into());
        }
        if records::encode(&m.model).digest.to_hex() != m.record_digest {
            return Err(bad(
                "the version record does not match its digest (edited after export?)".into(),
            )
            .into());
        }
        for d in staged.keys() {
            let bytes = staging.open(d).map_err(Error::from)?;
            store.put_reader(bytes, Durability::Batch)?;
        }
        store.sync()?;
        let name = rename.clone().unwrap_or_else(|| m.model.name.clone());
        if !super::refs::valid_name(&name) {
            return Err(RegistryError::Input {
                message: format!("`{name}` is not a valid model name"),
                hint: None,
            }
            .into());
        }
        let mut index = repo.open_index()?;
        let created_at = repo.settings().clock.now_rfc3339();
        let actor = repo.settings().actor().id;
        let source = format!("{}@{}", m.model.name, m.model.number);
        let ((number, record), _) = repo.change(&mut index, |tx| {
            let number: u64 = tx
                .query_row("SELECT coalesce(max(version), 0) + 1 FROM model_versions WHERE name = ?1", [&name], |r| r.get::<_, i64>(0))
                .map_err(index_err)? as u64;
            let mut lineage = m.model.lineage.clone();
            let imported = serde_json::json!({"name": m.model.name, "number": m.model.number, "record": m.record_digest, "bundle": path.display().to_string()});
            match lineage.as_object_mut() {
                Some(o) => {
                    o.insert("imported_from".into(), imported);
                }
                None => lineage = serde_json::json!({"imported_from": imported}),
            }
            let record = VersionRecord {
                name: name.clone(),
                number,
                lineage,
                created_at: created_at.clone(),
                created_by: actor.clone(),
                ..m.model.clone()
            };
            let enc = records::queue(tx, &record, &created_at).map_err(index_err)?;
            ingest_version(tx, &enc.digest.to_hex(), &record).map_err(index_err)?;
            Ok((
                (number, record),
                NewEvent::success(
                    "model.import",
                    Target::new("model", format!("{name}@{number}")),
                    serde_json::json!({"source": source, "artifact": m.model.artifact.blake3, "objects": m.objects.len()}),
                ),
            ))
        })?;
        let hooks = super::hooks::fire(
            repo,
            "model.import",
            &serde_json::to_value(&record).unwrap_or_default(),
        )?;
        if hooks.blocking_failed() {
            return Err(hooks.blocking_error(&format!(
                "{name}@{number} stays imported (version numbers are never reused); nothing is promoted"
            )));
        }
        Ok(ImportOutcome {
            name,
            version: number,
            source,
            objects: staged.len(),
            hooks,
        })
    })();
    // Staged objects are read-only files; removing them needs only directory write access.
    let _ = fs::remove_dir_all(&staging_dir);
    result
}
