//! `mlo model list` over 1,000 models x 10 versions: the library query, and a repository left
//! at target/bench-registry/repo for benches/registry.sh to time the real command on.
//! The versions are ingested straight into the index in one transaction (the same rows
//! `mlo model register` writes), so building the fixture takes seconds, not 10,000 processes.

use std::collections::BTreeMap;
use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use mlo::registry::{Artifact, VersionRecord, ingest_version};
use mlo::repo::Repo;
use mlo::repo::settings::Env;
use mlo::store::Digest;

fn sq(e: rusqlite::Error) -> mlo::index::IndexError {
    mlo::index::IndexError::Sqlite {
        path: "index.db".into(),
        source: e,
    }
}

fn fixture() -> std::path::PathBuf {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/bench-registry/repo");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let env = Env::from_pairs([("MLO_ACTOR", "bench@example.com")]);
    let (repo, _) = Repo::init(&dir, &env).unwrap();
    let mut index = repo.open_index().unwrap();
    index
        .write(|tx| {
            for m in 0..1000 {
                for v in 1..=10u64 {
                    let mut metrics = BTreeMap::new();
                    metrics.insert("accuracy".to_string(), 0.8 + (m * 10 + v) as f64 / 1e6);
                    let r = VersionRecord {
                        record_type: "model_version".into(),
                        schema: 1,
                        name: format!("model-{m:04}"),
                        number: v,
                        artifact: Artifact {
                            kind: "file".into(),
                            blake3: Digest::of_bytes(format!("{m}-{v}").as_bytes()),
                            size: 1000,
                            files: None,
                            filename: "model.onnx".into(),
                        },
                        format: "onnx".into(),
                        metrics,
                        tags: BTreeMap::new(),
                        description: None,
                        run_id: None,
                        lineage: serde_json::Value::Null,
                        created_at: "2026-01-01T00:00:00.000000Z".into(),
                        created_by: "bench@example.com".into(),
                    };
                    let digest = Digest::of_bytes(format!("record-{m}-{v}").as_bytes()).to_hex();
                    ingest_version(tx, &digest, &r).map_err(sq)?;
                    if v == 9 {
                        tx.execute("UPDATE model_versions SET stage = 'production' WHERE name = ?1 AND version = 9", [&r.name]).map_err(sq)?;
                    }
                }
            }
            Ok::<_, mlo::index::IndexError>(())
        })
        .unwrap();
    dir
}

fn bench_list(c: &mut Criterion) {
    let dir = fixture();
    let env = Env::from_pairs([]);
    let repo = Repo::open(&dir, &env).unwrap();
    let index = repo.open_index().unwrap();
    c.bench_function("registry/list_1000_models_x10", |b| {
        b.iter(|| black_box(mlo::registry::list(index.conn()).unwrap().len()));
    });
}

/// `mlo serve --watch` polls the registry every 500 ms: the idle poll (nothing committed since
/// the last one) and the re-resolution of three references after a commit, on the same
/// 10,000-version index.
fn bench_watch(c: &mut Criterion) {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/bench-registry/repo");
    if !dir.join(".mlo").is_dir() {
        fixture();
    }
    let env = Env::from_pairs([]);
    let repo = Repo::open(&dir, &env).unwrap();
    let served = vec![
        ("model-0042@production".to_string(), "9".to_string()),
        ("model-0500".to_string(), "10".to_string()),
        ("model-0999@9".to_string(), "9".to_string()),
    ];
    let mut watch = mlo::serve::RegistryWatch::open(&repo).unwrap();
    assert!(!watch.moved(&served).unwrap());
    c.bench_function("serve/watch_poll_idle", |b| {
        b.iter(|| black_box(watch.moved(black_box(&served)).unwrap()));
    });
    let index = repo.open_index().unwrap();
    let refs: Vec<mlo::registry::ModelRef> =
        served.iter().map(|(r, _)| r.parse().unwrap()).collect();
    c.bench_function("serve/watch_resolve_3_refs", |b| {
        b.iter(|| {
            for r in &refs {
                black_box(mlo::registry::resolve(index.conn(), r).unwrap());
            }
        });
    });
}

criterion_group!(benches, bench_list, bench_watch);
criterion_main!(benches);
