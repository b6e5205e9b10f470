//! `mlo model export --mlflow` against a real MLflow server (issue 5): `scripts/test.sh`
//! starts one and sets MLO_TEST_MLFLOW_URL (scripts/mlflow-server.sh); without it the test
//! says it is skipped. What the server holds is read back over MLflow's REST API.

use std::collections::BTreeMap;

use serde_json::Value;

use super::{Sandbox, mlflow_get, mlflow_url};

/// The server's versions of `name`: mlo version → (MLflow version, source, run_id, tags).
fn server_versions(
    url: &str,
    name: &str,
) -> BTreeMap<u64, (String, String, String, BTreeMap<String, String>)> {
    let v = mlflow_get(
        url,
        "model-versions/search",
        &[("filter", &format!("name = '{name}'"))],
    );
    v["model_versions"]
        .as_array()
        .cloned()
        .unwrap_or_default()
        .iter()
        .map(|mv| {
            let tags: BTreeMap<String, String> = mv["tags"]
                .as_array()
                .unwrap()
                .iter()
                .map(|t| {
                    (
                        t["key"].as_str().unwrap().to_string(),
                        t["value"].as_str().unwrap().to_string(),
                    )
                })
                .collect();
            (
                tags["mlo.version"].parse().unwrap(),
                (
                    mv["version"].as_str().unwrap().to_string(),
                    mv["source"].as_str().unwrap().to_string(),
                    mv["run_id"].as_str().unwrap_or("").to_string(),
                    tags,
                ),
            )
        })
        .collect()
}

/// The registered model's aliases: alias → MLflow version.
fn aliases(url: &str, name: &str) -> BTreeMap<String, String> {
    mlflow_get(url, "registered-models/get", &[("name", name)])["registered_model"]["aliases"]
        .as_array()
        .cloned()
        .unwrap_or_default()
        .iter()
        .map(|a| {
            (
                a["alias"].as_str().unwrap().to_string(),
                a["version"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn ok(s: &Sandbox, args: &[&str]) -> String {
    let (code, stdout, stderr) = s.run(args);
    assert_eq!(code, 0, "mlo {args:?}: {stderr}");
    stdout
}

#[test]
fn export_models_to_a_real_mlflow_registry() {
    let Some(url) = mlflow_url() else {
        return;
    };
    let s = Sandbox::repo();
    let unique = format!(
        "{}-{}",
        std::process::id(),
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_millis()
    );
    let name = format!("churn-{unique}");
    let other = format!("fraud-{unique}");
    // A run mirrored to MLflow, and one that is not.
    let run1 = ok(&s, &["run", "start", "--name", "train"])
        .trim()
        .to_string();
    ok(&s, &["run", "log", "--metric", "accuracy=0.91"]);
    ok(&s, &["run", "end"]);
    let e = s.json(&[
        "run",
        "export",
        "--mlflow",
        &url,
        "--experiment",
        &format!("mlo-registry-{unique}"),
    ]);
    let mlflow_run = e["runs"][0]["mlflow_run_id"].as_str().unwrap().to_string();
    let run2 = ok(&s, &["run", "start", "--name", "later"])
        .trim()
        .to_string();
    ok(&s, &["run", "end"]);
    for (i, f) in ["m1.onnx", "m2.onnx", "m3.onnx"].iter().enumerate() {
        std::fs::write(s.join(f), format!("weights {i}")).unwrap();
    }
    ok(
        &s,
        &[
            "model",
            "register",
            &name,
            "m1.onnx",
            "--run",
            &run1,
            "--description",
            "first try",
            "--tag",
            "team=risk",
        ],
    );
    ok(
        &s,
        &["model", "register", &name, "m2.onnx", "--metric", "auc=0.8"],
    );
    ok(&s, &["model", "register", &name, "m3.onnx", "--run", &run2]);
    ok(&s, &["model", "register", &other, "m1.onnx"]);
    ok(
        &s,
        &[
            "model",
            "promote",
            &format!("{name}@1"),
            "--to",
            "production",
        ],
    );
    ok(
        &s,
        &["model", "promote", &format!("{name}@2"), "--to", "staging"],
    );
    ok(
        &s,
        &["model", "alias", "set", &format!("{name}:champion"), "2"],
    );
    ok(&s, &["model", "alias", "set", &format!("{name}:v9"), "3"]);

    // Every model, every version, with a run link where the run is mirrored.
    let (code, stdout, stderr) = s.run(&["--json", "model", "export", "--mlflow", &url]);
    assert_eq!(code, 0, "{stderr}");
    let o: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(o["server"], url.trim_end_matches('/'));
    let m = o["models"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["name"] == name.as_str())
        .unwrap()
        .clone();
    assert_eq!(m["created"], true);
    assert_eq!(m["versions"].as_array().unwrap().len(), 3);
    assert!(
        m["versions"]
            .as_array()
            .unwrap()
            .iter()
            .all(|v| v["created"] == true)
    );
    assert_eq!(m["versions"][2]["unlinked_run"], run2.as_str());
    assert_eq!(
        m["aliases_skipped"][0],
        "v9: MLflow reserves `v<number>` aliases"
    );
    let on_server = server_versions(&url, &name);
    assert_eq!(on_server.len(), 3);
    let (v1, src1, run_of_1, tags1) = &on_server[&1];
    assert_eq!(src1, &format!("runs:/{mlflow_run}/m1.onnx"));
    assert_eq!(run_of_1, &mlflow_run);
    assert_eq!(tags1["mlo.stage"], "production");
    assert_eq!(tags1["mlo.run_id"], run1);
    assert_eq!(tags1["team"], "risk");
    assert_eq!(tags1["mlo.metric.accuracy"], "0.91");
    assert_eq!(
        tags1["mlo.blake3"],
        blake3::hash(b"weights 0").to_hex().to_string()
    );
    let (v2, src2, run_of_2, tags2) = &on_server[&2];
    assert_eq!(
        src2,
        &format!("mlo://blake3/{}", blake3::hash(b"weights 1").to_hex())
    );
    assert_eq!(run_of_2, "");
    assert_eq!(tags2["mlo.stage"], "staging");
    assert_eq!(tags2["mlo.metric.auc"], "0.8");
    let (v3, src3, _, _) = &on_server[&3];
    assert!(src3.starts_with("mlo://blake3/"), "{src3}");
    let desc = mlflow_get(
        &url,
        "model-versions/get",
        &[("name", &name), ("version", v1)],
    );
    assert_eq!(desc["model_version"]["description"], "first try");
    let want: BTreeMap<String, String> = [
        ("champion".to_string(), v2.clone()),
        ("production".to_string(), v1.clone()),
        ("staging".to_string(), v2.clone()),
    ]
    .into();
    assert_eq!(aliases(&url, &name), want);
    assert_eq!(server_versions(&url, &other).len(), 1);
    assert!(stderr.is_empty(), "{stderr}");

    // Again: nothing is created twice, nothing is sent.
    let again = s.json(&["model", "export", "--mlflow", &url, &name]);
    assert_eq!(again["models"].as_array().unwrap().len(), 1);
    let m = &again["models"][0];
    assert_eq!(m["created"], false);
    assert!(
        m["versions"]
            .as_array()
            .unwrap()
            .iter()
            .all(|v| v["created"] == false && v["tags_updated"] == 0)
    );
    assert_eq!(m["aliases_set"].as_array().unwrap().len(), 0);
    assert_eq!(m["aliases_removed"].as_array().unwrap().len(), 0);
    assert_eq!(server_versions(&url, &name).len(), 3);

    // Changes travel: a promotion moves stages and aliases, a removed alias is removed, a new
    // version is the only one created; an alias set by hand in MLflow is left alone.
    let set_by_hand = std::process::Command::new("python3")
        .args([
            "-c",
            "import json,sys,urllib.request; r=urllib.request.Request(sys.argv[1], data=json.dumps({'name': sys.argv[2], 'alias': 'theirs', 'version': '1'}).encode(), headers={'content-type': 'application/json'}); urllib.request.urlopen(r).read()",
            &format!("{url}/api/2.0/mlflow/registered-models/alias"),
            &name,
        ])
        .status()
        .unwrap();
    assert!(set_by_hand.success());
    ok(
        &s,
        &[
            "model",
            "promote",
            &format!("{name}@2"),
            "--to",
            "production",
        ],
    );
    ok(&s, &["model", "alias", "rm", &format!("{name}:champion")]);
    std::fs::write(s.join("m4.onnx"), "weights 4").unwrap();
    ok(&s, &["model", "register", &name, "m4.onnx"]);
    // From a rebuilt index: the server, not local state, says what is there.
    s.rebuild_index();
    let third = s.json(&["model", "export", "--mlflow", &url, &name]);
    let m = &third["models"][0];
    let created: Vec<u64> = m["versions"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|v| v["created"] == true)
        .map(|v| v["version"].as_u64().unwrap())
        .collect();
    assert_eq!(created, vec![4]);
    let updated: u64 = m["versions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["tags_updated"].as_u64().unwrap())
        .sum();
    assert_eq!(updated, 2, "versions 1 and 2 changed stage: {m}");
    let on_server = server_versions(&url, &name);
    assert_eq!(on_server.len(), 4);
    assert_eq!(on_server[&1].3["mlo.stage"], "archived");
    assert_eq!(on_server[&2].3["mlo.stage"], "production");
    assert_eq!(on_server[&4].3["mlo.stage"], "none");
    let want: BTreeMap<String, String> = [
        ("production".to_string(), v2.clone()),
        ("theirs".to_string(), v1.clone()),
    ]
    .into();
    assert_eq!(aliases(&url, &name), want);
    assert_eq!(
        mlflow_get(&url, "registered-models/get", &[("name", &name)])["registered_model"]["tags"]
            .as_array()
            .unwrap()
            .iter()
            .find(|t| t["key"] == "mlo.aliases")
            .unwrap()["value"],
        "production"
    );
    assert_ne!(v3, v1);
    let trail = s.json(&["audit", "log", "--action", "model.export"]);
    assert_eq!(
        trail.as_array().unwrap().len(),
        3,
        "every export is audited, across the rebuild"
    );

    // One version alone; bad input; an unreachable server.
    let one = s.json(&["model", "export", "--mlflow", &url, &format!("{other}@1")]);
    assert_eq!(one["models"][0]["versions"][0]["created"], false);
    s.exits(
        &["model", "export", "--mlflow", &url, "nope"],
        2,
        "no model named `nope`",
    );
    s.exits(
        &["model", "export", "--mlflow", "http://127.0.0.1:9"],
        3,
        "MLflow server `http://127.0.0.1:9`",
    );
}

#[test]
fn export_needs_a_bundle_path_or_an_mlflow_server() {
    let s = Sandbox::repo();
    std::fs::write(s.join("m.onnx"), "w").unwrap();
    ok(&s, &["model", "register", "churn", "m.onnx"]);
    for args in [
        vec!["model", "export", "churn@1"],
        vec!["model", "export", "--out", "x.tar"],
        vec![
            "model",
            "export",
            "churn@1",
            "--out",
            "x.tar",
            "--mlflow",
            "http://127.0.0.1:9",
        ],
    ] {
        let (code, _, stderr) = s.run(&args);
        assert_eq!(code, 2, "{args:?}: {stderr}");
    }
    ok(&s, &["model", "export", "churn@1", "--out", "x.tar"]);
    assert!(s.join("x.tar").exists());
}
