//! `mlo model`: register, references, gates, approvals, rollback, history, bundles, and
//! concurrent promotions.

use std::fs;

use super::{Sandbox, pluck, succeeded};

/// A repository where model `churn` has versions 1 (accuracy 0.85, p99 12 ms) and 2
/// (accuracy 0.93, p99 15 ms, tag team=risk), neither promoted.
fn repo_with_registry() -> Sandbox {
    let s = Sandbox::repo();
    fs::write(s.join("m1.onnx"), "weights one").unwrap();
    fs::write(s.join("m2.onnx"), "weights two").unwrap();
    s.mlo(&[
        "model",
        "register",
        "churn",
        "m1.onnx",
        "--metric",
        "accuracy=0.85",
        "--metric",
        "latency_p99_ms=12",
    ])
    .assert()
    .success();
    s.mlo(&[
        "model",
        "register",
        "churn",
        "m2.onnx",
        "--metric",
        "accuracy=0.93",
        "--metric",
        "latency_p99_ms=15",
        "--tag",
        "team=risk",
    ])
    .assert()
    .success();
    s
}

/// Appends `text` to the project config.
fn append_config(s: &Sandbox, text: &str) {
    let mut cfg = fs::read_to_string(s.join(".mlops.toml")).unwrap();
    cfg.push_str(text);
    fs::write(s.join(".mlops.toml"), cfg).unwrap();
}

fn gates(s: &Sandbox, extra: &str) {
    append_config(
        s,
        &format!(
            "\n[registry.gates.production]\nmetrics = [\"accuracy >= 0.9\", \"latency_p99_ms <= 20\"]\nno_regression = [\"accuracy >= current - 0.01\"]\n{extra}"
        ),
    );
}

/// `mlo model promote REFERENCE --to STAGE`, which a gate must refuse (exit 1); returns
/// (stdout, stderr).
fn refused(s: &Sandbox, reference: &str, stage: &str) -> (String, String) {
    let (code, stdout, stderr) = s.run(&["model", "promote", reference, "--to", stage]);
    assert_eq!(code, 1, "{stdout}{stderr}");
    (stdout, stderr)
}

/// `mlo model promote REFERENCE --to STAGE`, which must succeed.
fn promote(s: &Sandbox, reference: &str, stage: &str) {
    s.mlo(&["model", "promote", reference, "--to", stage])
        .assert()
        .success();
}

/// How many versions of `churn` are in `stage`.
fn in_stage(s: &Sandbox, stage: &str) -> usize {
    s.json(&["model", "versions", "churn"])
        .as_array()
        .unwrap()
        .iter()
        .filter(|v| v["stage"] == stage)
        .count()
}

fn audit_outcomes(s: &Sandbox, action: &str) -> Vec<String> {
    pluck(&s.audit_events(&["--action", action]).into(), "outcome")
}

#[test]
fn register_numbers_versions_and_references_resolve() {
    let s = repo_with_registry();
    fs::create_dir_all(s.join("bert/tokenizer")).unwrap();
    fs::write(s.join("bert/model.safetensors"), "tensors").unwrap();
    fs::write(s.join("bert/tokenizer/vocab.txt"), "a\nb\n").unwrap();
    let v = s.json(&[
        "model",
        "register",
        "bert",
        "bert",
        "--format",
        "safetensors",
    ]);
    assert_eq!(v["number"], 1);
    assert_eq!(v["artifact"]["kind"], "dir");
    assert_eq!(v["artifact"]["files"], 2);
    let v2 = s.json(&["model", "show", "churn@2"]);
    assert_eq!(v2["number"], 2);
    assert_eq!(v2["format"], "onnx");
    assert_eq!(v2["tags"]["team"], "risk");
    assert_eq!(
        v2["artifact"]["blake3"],
        blake3::hash(b"weights two").to_hex().to_string()
    );
    assert_eq!(s.json(&["model", "show", "churn@latest"])["number"], 2);
    s.mlo(&["model", "alias", "set", "churn:champion", "1"])
        .assert()
        .success();
    assert_eq!(s.json(&["model", "show", "churn:champion"])["number"], 1);
    let list = s.json(&["model", "list"]);
    assert_eq!(list.as_array().unwrap().len(), 2);
    assert_eq!(list[1]["name"], "churn");
    assert_eq!(list[1]["latest"], 2);
    assert_eq!(list[1]["aliases"][0], "champion=1");
    for (args, expect) in [
        (
            vec!["model", "show", "churn@7"],
            "model `churn` has no version 7",
        ),
        (vec!["model", "show", "nope@1"], "no model named `nope`"),
        (
            vec!["model", "show", "churn@prod"],
            "invalid model reference `churn@prod`",
        ),
        (
            vec!["model", "show", "churn@production"],
            "has no version in production",
        ),
        (
            vec!["model", "register", "churn", "missing.onnx"],
            "cannot read `",
        ),
        (
            vec![
                "model",
                "register",
                "churn",
                "m1.onnx",
                "--metric",
                "accuracy=high",
            ],
            "`high` is not a number",
        ),
        (
            vec!["model", "register", "bad name", "m1.onnx"],
            "invalid model reference",
        ),
    ] {
        s.exits(&args, 2, expect);
    }
    // get writes the verified artifact back out.
    s.mlo(&["model", "get", "churn:champion", "--out", "restored.onnx"])
        .assert()
        .success();
    assert_eq!(
        fs::read_to_string(s.join("restored.onnx")).unwrap(),
        "weights one"
    );
    s.exits(
        &["model", "get", "churn@1", "--out", "restored.onnx"],
        2,
        "--force",
    );
    s.mlo(&["model", "get", "bert@1", "--out", "bert-copy"])
        .assert()
        .success();
    assert_eq!(
        fs::read_to_string(s.join("bert-copy/tokenizer/vocab.txt")).unwrap(),
        "a\nb\n"
    );
}

#[test]
fn failing_gates_refuse_with_a_table_and_an_audited_denial() {
    let s = repo_with_registry();
    gates(&s, "");
    let (stdout, stderr) = refused(&s, "churn@1", "production");
    assert!(
        stdout.contains("accuracy >= 0.9") && stdout.contains("0.85") && stdout.contains("FAIL"),
        "{stdout}"
    );
    assert!(
        stderr.contains("churn@1 was not promoted to production: 1 gate(s) failed"),
        "{stderr}"
    );
    let v = s.json(&["model", "show", "churn@1"]);
    assert_eq!(v["stage"], "none");
    assert_eq!(audit_outcomes(&s, "model.promote"), ["denied"]);
    // Dry run: report only.
    let (code, stdout, _) = s.run(&[
        "--json",
        "model",
        "promote",
        "churn@2",
        "--to",
        "production",
        "--dry-run",
    ]);
    assert_eq!(code, 0);
    let dry: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(dry["dry_run"], true);
    assert_eq!(s.json(&["model", "show", "churn@2"])["stage"], "none");
    // Passing gates promote; the next promotion archives the previous holder and checks
    // no-regression against it.
    promote(&s, "churn@2", "production");
    fs::write(s.join("m3.onnx"), "weights three").unwrap();
    s.mlo(&[
        "model",
        "register",
        "churn",
        "m3.onnx",
        "--metric",
        "accuracy=0.915",
        "--metric",
        "latency_p99_ms=10",
    ])
    .assert()
    .success();
    let (stdout, _) = refused(&s, "churn@3", "production");
    assert!(stdout.contains(">= 0.92 (v2)"), "{stdout}");
    // --force needs a reason; the refusal is audited.
    let force = [
        "model",
        "promote",
        "churn@3",
        "--to",
        "production",
        "--force",
    ];
    s.exits(&force, 2, "`--force` overrides gates only with a reason");
    let mut with_reason = force.to_vec();
    with_reason.extend(["--reason", "latency fix"]);
    s.mlo(&with_reason).assert().success();
    assert_eq!(s.json(&["model", "show", "churn@3"])["stage"], "production");
    assert_eq!(s.json(&["model", "show", "churn@2"])["stage"], "archived");
    let log = s.json(&["audit", "log", "--action", "model.promote"]);
    let last = log.as_array().unwrap().last().unwrap();
    assert_eq!(last["details"]["forced"], true);
    assert_eq!(last["reason"], "latency fix");
    assert_eq!(
        audit_outcomes(&s, "model.promote"),
        ["denied", "success", "denied", "denied", "success"]
    );
}

#[test]
fn approvals_are_distinct_listed_and_not_by_the_author() {
    let s = repo_with_registry();
    gates(
        &s,
        "approvals = 2\napprovers = [\"alice@example.com\", \"bob@example.com\", \"tester@example.com\"]\nauthor_may_approve = false\n",
    );
    let (stdout, _) = refused(&s, "churn@2", "production");
    assert!(
        stdout.contains("approvals") && stdout.contains("FAIL"),
        "{stdout}"
    );
    let req = s.json(&["model", "requests"]);
    assert_eq!(req[0]["version"], 2);
    assert_eq!(req[0]["required"], 2);
    // The author (tester) may not approve their own version.
    let (code, _, stderr) = s.run(&["model", "approve", "churn@2", "--to", "production"]);
    assert_eq!(code, 1);
    assert!(stderr.contains("may not approve it"), "{stderr}");
    let as_user = |who: &str, args: &[&str]| {
        let out = s.mlo(args).env("MLO_ACTOR", who).output().unwrap();
        (
            out.status.code().unwrap(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let (code, _) = as_user(
        "alice@example.com",
        &[
            "model",
            "approve",
            "churn@2",
            "--to",
            "production",
            "--comment",
            "looks good",
        ],
    );
    assert_eq!(code, 0);
    let (code, stderr) = as_user(
        "alice@example.com",
        &["model", "approve", "churn@2", "--to", "production"],
    );
    assert_eq!(code, 1, "approving twice is refused");
    assert!(stderr.contains("has already approved"), "{stderr}");
    let (code, stderr) = as_user(
        "mallory@example.com",
        &["model", "approve", "churn@2", "--to", "production"],
    );
    assert_eq!(code, 1);
    assert!(stderr.contains("is not an approver"), "{stderr}");
    // One approval of two is not enough.
    refused(&s, "churn@2", "production");
    let (code, _) = as_user(
        "bob@example.com",
        &["model", "approve", "churn@2", "--to", "production"],
    );
    assert_eq!(code, 0);
    promote(&s, "churn@2", "production");
    assert_eq!(s.json(&["model", "requests"]).as_array().unwrap().len(), 0);
    assert_eq!(
        audit_outcomes(&s, "model.approve"),
        ["denied", "success", "denied", "denied", "success"]
    );
}

#[test]
fn rollback_and_history_at_a_past_time() {
    let s = repo_with_registry();
    let at = |t: &str, args: &[&str]| {
        s.mlo(args).env("MLO_TEST_TIMESTAMP", t).assert().success();
    };
    at(
        "2026-01-01T00:00:00Z",
        &["model", "promote", "churn@1", "--to", "production"],
    );
    at(
        "2026-02-01T00:00:00Z",
        &["model", "promote", "churn@2", "--to", "production"],
    );
    let h = s.json(&["model", "history", "churn", "--at", "2026-01-15T00:00:00Z"]);
    assert_eq!(h["holders"]["production"], serde_json::json!([1]));
    let h = s.json(&["model", "history", "churn", "--at", "2026-02-15"]);
    assert_eq!(h["holders"]["production"], serde_json::json!([2]));
    assert_eq!(h["holders"]["archived"], serde_json::json!([1]));
    at(
        "2026-03-01T00:00:00Z",
        &["model", "rollback", "churn", "--reason", "bad canary"],
    );
    assert_eq!(s.json(&["model", "show", "churn@production"])["number"], 1);
    assert_eq!(s.json(&["model", "show", "churn@2"])["stage"], "archived");
    let h = s.json(&["model", "history", "churn", "--stage", "production"]);
    assert_eq!(
        pluck(&h["events"], "action"),
        ["promote", "promote", "archive", "rollback", "archive"]
    );
    assert_eq!(audit_outcomes(&s, "model.rollback"), ["success"]);
}

#[test]
fn registry_survives_an_index_rebuild() {
    let s = repo_with_registry();
    promote(&s, "churn@1", "production");
    promote(&s, "churn@2", "production");
    s.mlo(&["model", "alias", "set", "churn:previous", "1"])
        .assert()
        .success();
    let before = s.json(&["model", "versions", "churn"]);
    s.rebuild_index();
    assert_eq!(s.json(&["model", "versions", "churn"]), before);
    assert_eq!(s.json(&["model", "show", "churn@production"])["number"], 2);
}

#[test]
fn bundles_round_trip_and_corruption_is_detected() {
    let s = repo_with_registry();
    s.mlo(&["model", "export", "churn@2", "--out", "churn.tar"])
        .assert()
        .success();
    let other = Sandbox::repo();
    fs::copy(s.join("churn.tar"), other.join("churn.tar")).unwrap();
    let v = other.json(&["model", "import", "churn.tar"]);
    assert_eq!(
        (
            v["name"].as_str(),
            v["version"].as_u64(),
            v["source"].as_str()
        ),
        (Some("churn"), Some(1), Some("churn@2"))
    );
    let shown = other.json(&["model", "show", "churn@1"]);
    assert_eq!(shown["metrics"]["accuracy"], 0.93);
    assert_eq!(shown["lineage"]["imported_from"]["number"], 2);
    other
        .mlo(&["model", "get", "churn@1", "--out", "w.onnx"])
        .assert()
        .success();
    assert_eq!(
        fs::read_to_string(other.join("w.onnx")).unwrap(),
        "weights two"
    );
    // Flip the artifact's bytes inside the tar: the import must refuse it.
    let mut bytes = fs::read(s.join("churn.tar")).unwrap();
    let pos = bytes.windows(11).position(|w| w == b"weights two").unwrap();
    bytes[pos] = b'W';
    fs::write(other.join("bad.tar"), bytes).unwrap();
    let (code, _, stderr) = other.run(&["model", "import", "bad.tar"]);
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.contains("bundle `") && stderr.contains("is corrupt"),
        "{stderr}"
    );
    assert_eq!(
        other
            .json(&["model", "versions", "churn"])
            .as_array()
            .unwrap()
            .len(),
        1,
        "nothing was registered"
    );
}

#[test]
fn command_gate_and_hooks_run() {
    let s = repo_with_registry();
    append_config(
        &s,
        "\n[registry.gates.staging]\ncommand = \"test \\\"$MLO_MODEL_VERSION\\\" = 2\"\n\n[registry.hooks]\ncommands = [\"cat > hook-event.json\"]\n",
    );
    let (stdout, _) = refused(&s, "churn@1", "staging");
    assert!(
        stdout.contains("command") && stdout.contains("exit 1"),
        "{stdout}"
    );
    promote(&s, "churn@2", "staging");
    let event: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(s.join("hook-event.json")).unwrap()).unwrap();
    assert_eq!(event["action"], "model.promote");
    assert_eq!(event["payload"]["version"], 2);
}

#[test]
fn eight_concurrent_promotions_leave_one_production_version() {
    let s = Sandbox::repo();
    for i in 1..=8 {
        fs::write(s.join(&format!("m{i}.onnx")), format!("weights {i}")).unwrap();
        s.mlo(&["model", "register", "churn", &format!("m{i}.onnx")])
            .assert()
            .success();
    }
    let handles: Vec<_> = (1..=8)
        .map(|i| {
            let mut cmd = s.std_cmd(&[
                "model",
                "promote",
                &format!("churn@{i}"),
                "--to",
                "production",
            ]);
            std::thread::spawn(move || cmd.output().unwrap())
        })
        .collect();
    for h in handles {
        succeeded(h.join().unwrap());
    }
    assert_eq!(in_stage(&s, "production"), 1);
    assert_eq!(in_stage(&s, "archived"), 7);
    s.mlo(&["audit", "verify"]).assert().success();
    assert_eq!(audit_outcomes(&s, "model.promote").len(), 8);
}

#[test]
fn a_version_registered_from_a_run_carries_its_lineage() {
    let s = Sandbox::repo();
    let start = |lr: &str| -> String {
        let (code, stdout, stderr) = s.run(&[
            "run",
            "start",
            "--name",
            "train",
            "--param",
            &format!("lr={lr}"),
            "--param",
            "model=mlp",
        ]);
        assert_eq!(code, 0, "{stderr}");
        stdout.trim().to_string()
    };
    let run1 = start("0.1");
    s.mlo(&["run", "log", "--metric", "accuracy=0.8", "--step", "1"])
        .assert()
        .success();
    s.mlo(&["run", "log", "--metric", "accuracy=0.88", "--step", "2"])
        .assert()
        .success();
    s.mlo(&["run", "end"]).assert().success();
    let run2 = start("0.01");
    s.mlo(&["run", "log", "--metric", "accuracy=0.91"])
        .assert()
        .success();
    s.mlo(&["run", "end"]).assert().success();
    fs::write(s.join("m.onnx"), "w").unwrap();
    let v1 = s.json(&["model", "register", "clf", "m.onnx", "--run", &run1]);
    assert_eq!(
        v1["metrics"]["accuracy"], 0.88,
        "the run's last value becomes the version's metric"
    );
    assert_eq!(v1["lineage"]["params"]["lr"], 0.1);
    let v2 = s.json(&[
        "model",
        "register",
        "clf",
        "m.onnx",
        "--run",
        &run2,
        "--metric",
        "accuracy=0.95",
    ]);
    assert_eq!(v2["metrics"]["accuracy"], 0.95, "an explicit --metric wins");
    let c = s.json(&["model", "compare", "clf@1", "clf@2"]);
    let lr = c["params"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p[0] == "lr")
        .unwrap()
        .clone();
    assert_eq!(lr, serde_json::json!(["lr", "0.1", "0.01"]));
    let l = s.json(&["model", "lineage", "clf@1"]);
    assert_eq!(l["run_id"], run1);
    s.exits(
        &["model", "register", "clf", "m.onnx", "--run", "nope"],
        2,
        "no finished run `nope`",
    );
}

#[test]
fn registering_an_onnx_file_mlo_serve_cannot_load_warns_at_once() {
    let s = Sandbox::repo();
    // A one-node ONNX graph, X -> Y through an operator mlo's runtime lacks (LSTM).
    let node = b"\x0a\x01X\x12\x01Y\x22\x04LSTM".to_vec();
    let mut graph = vec![0x0a, node.len() as u8];
    graph.extend(&node);
    let mut model = vec![0x3a, graph.len() as u8];
    model.extend(&graph);
    std::fs::write(s.join("rnn.onnx"), &model).unwrap();
    let (code, _, stderr) = s.run(&["model", "register", "rnn", "rnn.onnx"]);
    assert_eq!(code, 0, "registering still succeeds: {stderr}");
    assert!(
        stderr.contains("`mlo serve` cannot serve rnn@1") && stderr.contains("LSTM"),
        "{stderr}"
    );
    // A file that is not ONNX is not second-guessed.
    std::fs::write(s.join("w.bin"), "weights").unwrap();
    let (code, _, stderr) = s.run(&["model", "register", "other", "w.bin"]);
    assert_eq!(code, 0);
    assert!(!stderr.contains("cannot serve"), "{stderr}");
}

#[test]
fn a_hanging_blocking_hook_command_is_killed_at_its_timeout_and_undoes_the_promotion() {
    let s = repo_with_registry();
    // The command starts a child of its own that would outlive it: the whole group must go.
    append_config(
        &s,
        "\n[registry.hooks]\ncommands = [\"sleep 30 & echo $! > child.pid; wait\"]\nblocking = true\ncommand_timeout_ms = 300\n",
    );
    let started = std::time::Instant::now();
    let (code, _, stderr) = s.run(&["model", "promote", "churn@1", "--to", "staging"]);
    assert!(
        started.elapsed() < std::time::Duration::from_secs(20),
        "the hook was not stopped"
    );
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr
            .contains("timed out after 300 ms (registry.hooks.command_timeout_ms) and was killed"),
        "{stderr}"
    );
    assert!(stderr.contains("the change was undone"), "{stderr}");
    assert_eq!(in_stage(&s, "staging"), 0);
    // The background child died with its group.
    let pid = fs::read_to_string(s.join("child.pid")).unwrap();
    std::thread::sleep(std::time::Duration::from_millis(200));
    // Dead, or a zombie left for a reaper (state `Z`): either way no longer running.
    let state = fs::read_to_string(format!("/proc/{}/stat", pid.trim()))
        .ok()
        .and_then(|st| st.rsplit(')').next().map(|r| r.trim().to_string()))
        .and_then(|r| r.chars().next());
    assert!(
        matches!(state, None | Some('Z') | Some('X')),
        "child {pid} still running (state {state:?})"
    );
}
