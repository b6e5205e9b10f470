//! `mlo run`: experiment tracking end to end, through the real binary (issue 4).

use std::io::Write;
use std::process::Stdio;

use super::{Sandbox, mlflow_get, mlflow_url, outcome, output_with_stdin, pluck, succeeded};

fn start(s: &Sandbox, args: &[&str]) -> String {
    let mut all = vec!["run", "start"];
    all.extend_from_slice(args);
    let (code, stdout, stderr) = s.run(&all);
    assert_eq!(code, 0, "{stderr}");
    let id = stdout.trim().to_string();
    assert_eq!(id.len(), 36, "{stdout}");
    id
}

fn ok(s: &Sandbox, args: &[&str]) {
    let (code, _, stderr) = s.run(args);
    assert_eq!(code, 0, "mlo {args:?}: {stderr}");
}

fn list_ids(s: &Sandbox, filter: &str) -> Vec<String> {
    pluck(&s.json(&["run", "list", "--filter", filter]), "name")
}

fn stdin_log(s: &Sandbox, args: &[&str], input: &str) -> (i32, String, String) {
    let mut all = vec!["run", "log", "--stdin"];
    all.extend_from_slice(args);
    outcome(&output_with_stdin(s.std_cmd(&all), input))
}

#[test]
fn start_log_end_show_with_typed_immutable_params() {
    let s = Sandbox::repo();
    let id = start(
        &s,
        &[
            "--name",
            "first",
            "--experiment",
            "exp",
            "--param",
            "lr=0.01",
            "--param",
            "model=resnet",
            "--tag",
            "team=vision",
        ],
    );
    ok(
        &s,
        &[
            "run",
            "log",
            "--param",
            "epochs=10",
            "--param",
            "shuffle=true",
            "--metric",
            "loss=0.5",
            "--step",
            "1",
        ],
    );
    ok(
        &s,
        &["run", "log", "--metric", "loss=0.25", "--metric", "acc=0.9"],
    );
    // The same value again is fine; a different one names the param and changes nothing.
    ok(&s, &["run", "log", "--param", "lr=0.010"]);
    let (code, _, stderr) = s.run(&["run", "log", "--param", "lr=0.02"]);
    assert_eq!(code, 2, "{stderr}");
    assert!(
        stderr.contains("param `lr`") && stderr.contains("already `0.01`"),
        "{stderr}"
    );
    s.exits(
        &["run", "log", "--metric", "loss=fast"],
        2,
        "invalid --metric `loss=fast`",
    );
    s.exits(&["run", "log", "--metric", "bad$key=1"], 2, "contains `$`");

    let shown = s.json(&["run", "show"]);
    assert_eq!(shown["run_id"], id);
    assert_eq!(shown["status"], "running");
    assert_eq!(shown["params"]["lr"], 0.01);
    assert_eq!(shown["params"]["epochs"], 10.0);
    assert_eq!(shown["params"]["shuffle"], true);
    assert_eq!(shown["params"]["model"], "resnet");
    assert_eq!(shown["tags"]["team"], "vision");
    let loss = &shown["metrics"]["loss"];
    assert_eq!(loss["count"], 2);
    assert_eq!(loss["last"], 0.25);
    assert_eq!(
        loss["last_step"], 2,
        "a point without --step goes one past the highest step"
    );
    assert_eq!(loss["min"], 0.25);
    assert_eq!(loss["max"], 0.5);
    assert_eq!(shown["source"]["host"], "testhost");
    assert!(shown["source"]["cpus"].as_u64().unwrap() >= 1);

    let (code, _, stderr) = s.run(&["run", "end"]);
    assert_eq!(code, 0, "{stderr}");
    let shown = s.json(&["run", "show", &id[..8]]);
    assert_eq!(shown["status"], "finished");
    let record = shown["record"].as_str().unwrap();
    let path = s.join(&format!(".mlo/records/{}/{}", &record[..2], &record[2..]));
    let body: serde_json::Value = serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap();
    assert_eq!(body["type"], "run");
    assert_eq!(body["params"]["lr"], 0.01);
    assert_eq!(body["metrics"]["loss"]["count"], 2);

    // Ended: no more logging, no active run.
    s.exits(
        &["run", "log", "--run", &id, "--metric", "loss=1"],
        2,
        "is finished",
    );
    s.exits(&["run", "log", "--metric", "loss=1"], 2, "no active run");
    assert_eq!(
        s.audit_actions(&["--action", "run.*"]),
        ["run.start", "run.log", "run.log", "run.log", "run.end"]
    );
    ok(&s, &["audit", "verify"]);
}

#[test]
fn mlo_run_id_overrides_the_active_run() {
    let s = Sandbox::repo();
    let a = start(&s, &["--name", "a"]);
    let b = start(&s, &["--name", "b"]);
    s.mlo(&["run", "log", "--metric", "x=1"])
        .env("MLO_RUN_ID", &a)
        .assert()
        .success();
    ok(&s, &["run", "log", "--metric", "x=2"]);
    assert_eq!(s.json(&["run", "show", &a])["metrics"]["x"]["last"], 1.0);
    assert_eq!(s.json(&["run", "show", &b])["metrics"]["x"]["last"], 2.0);
    s.exits(&["run", "show", "0000"], 2, "no run `0000`");
}

#[test]
fn stdin_json_lines_and_key_value_lines_with_line_numbered_errors() {
    let s = Sandbox::repo();
    let id = start(&s, &[]);
    let input = "{\"metric\":\"loss\",\"value\":0.9,\"step\":0}\n\
                 {\"param\":\"lr\",\"value\":0.001}\n\
                 {\"tag\":\"phase\",\"value\":\"warmup\"}\n\
                 loss=0.7 acc=0.5 step=1\n\
                 \n\
                 loss=oops step=2\n\
                 {\"metric\":\"loss\",\"value\":0.6,\"step\":2}\n\
                 {\"param\":\"lr\",\"value\":0.5}\n\
                 {broken\n";
    let (code, _, stderr) = stdin_log(&s, &[], input);
    assert_eq!(code, 2, "{stderr}");
    assert!(
        stderr.contains("<stdin>:6: metric `loss` value `oops` is not a number"),
        "{stderr}"
    );
    assert!(stderr.contains("<stdin>:8: param `lr` of run"), "{stderr}");
    assert!(
        stderr.contains("<stdin>:9: not a valid JSON object"),
        "{stderr}"
    );
    assert!(stderr.contains("3 malformed line(s) skipped"), "{stderr}");
    let shown = s.json(&["run", "show", &id]);
    assert_eq!(shown["metrics"]["loss"]["count"], 3);
    assert_eq!(shown["metrics"]["loss"]["last"], 0.6);
    assert_eq!(shown["metrics"]["acc"]["count"], 1);
    assert_eq!(shown["params"]["lr"], 0.001);
    assert_eq!(shown["tags"]["phase"], "warmup");

    // --strict stops at the first bad line: what came before is stored, nothing after.
    let (code, _, stderr) = stdin_log(&s, &["--strict"], "step_metric=1 step=10\nnope\nlate=1\n");
    assert_eq!(code, 2);
    assert!(
        stderr.contains("<stdin>:2: expected key=value, found `nope`"),
        "{stderr}"
    );
    let shown = s.json(&["run", "show", &id]);
    assert_eq!(shown["metrics"]["step_metric"]["last_step"], 10);
    assert!(shown["metrics"].get("late").is_none());

    // A clean stream exits 0 and is one audit event.
    let lines: String = (0..5000)
        .map(|i| format!("{{\"metric\":\"m\",\"value\":{i},\"step\":{i}}}\n"))
        .collect();
    let (code, _, stderr) = stdin_log(&s, &[], &lines);
    assert_eq!(code, 0, "{stderr}");
    assert!(stderr.contains("Logged 5000 metric point(s)"), "{stderr}");
    let m = &s.json(&["run", "show", &id])["metrics"]["m"];
    assert_eq!(
        (m["count"].as_i64(), m["min"].as_f64(), m["max"].as_f64()),
        (Some(5000), Some(0.0), Some(4999.0))
    );
}

#[test]
fn from_dvc_files() {
    let s = Sandbox::repo();
    let id = start(&s, &[]);
    std::fs::write(
        s.join("params.yaml"),
        "train:\n  lr: 0.1\n  optimizer: adam\nseed: 7\n",
    )
    .unwrap();
    std::fs::write(
        s.join("metrics.json"),
        r#"{"eval": {"rmse": 0.31, "mae": 0.2}}"#,
    )
    .unwrap();
    ok(
        &s,
        &[
            "run",
            "log",
            "--from",
            "params.yaml",
            "--from",
            "metrics.json",
        ],
    );
    let shown = s.json(&["run", "show", &id]);
    assert_eq!(shown["params"]["train.lr"], 0.1);
    assert_eq!(shown["params"]["train.optimizer"], "adam");
    assert_eq!(shown["params"]["seed"], 7.0);
    assert_eq!(shown["metrics"]["eval.rmse"]["last"], 0.31);
    std::fs::write(s.join("bad.json"), r#"{"eval": {"rmse": "high"}}"#).unwrap();
    s.exits(
        &["run", "log", "--from", "bad.json"],
        2,
        "metric `eval.rmse` is `\"high\"`, not a number",
    );
}

fn populate(s: &Sandbox) {
    for (name, model, depth, rmse, team) in [
        ("r1", "xgb", "3", "0.5", "a"),
        ("r2", "xgb", "10", "1.5", "b"),
        ("r3", "linear", "2", "0.9", "a"),
        ("r4", "linear", "20", "2.5", "b"),
    ] {
        start(
            s,
            &[
                "--name",
                name,
                "--param",
                &format!("model={model}"),
                "--param",
                &format!("depth={depth}"),
                "--tag",
                &format!("team={team}"),
            ],
        );
        ok(s, &["run", "log", "--metric", &format!("rmse={rmse}")]);
        ok(s, &["run", "end"]);
    }
}

#[test]
fn list_filters_sort_and_errors_with_positions() {
    let s = Sandbox::repo();
    populate(&s);
    let sorted = |mut v: Vec<String>| {
        v.sort();
        v
    };
    assert_eq!(
        sorted(list_ids(&s, "metrics.rmse < 1 and params.model = 'xgb'")),
        ["r1"]
    );
    // Numeric params compare as numbers (as strings "10" < "3").
    assert_eq!(sorted(list_ids(&s, "params.depth > 3")), ["r2", "r4"]);
    assert_eq!(
        sorted(list_ids(&s, "params.depth > 3 or metrics.rmse < 0.6")),
        ["r1", "r2", "r4"]
    );
    assert_eq!(
        sorted(list_ids(
            &s,
            "(tags.team = 'a' or params.depth >= 20) and metrics.rmse > 0.6"
        )),
        ["r3", "r4"]
    );
    assert_eq!(
        sorted(list_ids(&s, "params.model in ('linear', 'svm')")),
        ["r3", "r4"]
    );
    assert_eq!(
        sorted(list_ids(&s, "params.`model` not in ('linear')")),
        ["r1", "r2"]
    );
    assert_eq!(
        sorted(list_ids(
            &s,
            "attributes.status = 'FINISHED' and attributes.name like 'r%'"
        ))
        .len(),
        4
    );
    assert_eq!(
        sorted(list_ids(&s, "params.model ilike 'XG%'")),
        ["r1", "r2"]
    );
    assert_eq!(
        sorted(list_ids(&s, "metrics.missing is null and tags.team != 'a'")),
        ["r2", "r4"]
    );
    let v = s.json(&["run", "list", "--sort", "metrics.rmse desc", "--limit", "2"]);
    assert_eq!(pluck(&v, "name"), ["r4", "r2"]);

    let (code, stdout, stderr) = s.run(&[
        "run",
        "list",
        "--filter",
        "metrics.rmse < and params.model = 'x'",
    ]);
    assert_eq!(code, 2);
    assert!(stdout.is_empty());
    assert!(
        stderr.contains("invalid filter at column 16: expected a value"),
        "{stderr}"
    );
    assert!(
        stderr.contains("  metrics.rmse < and params.model = 'x'\n                 ^"),
        "{stderr}"
    );
    s.exits(
        &["run", "list", "--filter", "metrics.rmse = 'x'"],
        2,
        "column 16: metric `rmse` compares with a number",
    );

    let (code, stdout, _) = s.run(&["run", "list", "--filter", "params.model = 'linear'"]);
    assert_eq!(code, 0);
    assert!(
        stdout.contains("r3") && stdout.contains("rmse=0.9") && !stdout.contains("r1 "),
        "{stdout}"
    );
}

#[test]
fn compare_delete_restore_and_rebuild() {
    let s = Sandbox::repo();
    populate(&s);
    let all = s.json(&["run", "list"]);
    let id = |name: &str| {
        all.as_array()
            .unwrap()
            .iter()
            .find(|r| r["name"] == name)
            .unwrap()["run_id"]
            .as_str()
            .unwrap()
            .to_string()
    };
    let (r1, r2) = (id("r1"), id("r2"));
    let c = s.json(&["run", "compare", &r1, &r2, "--only-changed"]);
    let rows = c["rows"].as_array().unwrap();
    let keys: Vec<String> = rows
        .iter()
        .map(|r| {
            format!(
                "{} {}",
                r["kind"].as_str().unwrap(),
                r["key"].as_str().unwrap()
            )
        })
        .collect();
    assert_eq!(keys, ["param depth", "metric rmse"]);
    assert_eq!(rows[1]["deltas"][1], 1.0);
    let (code, stdout, _) = s.run(&["run", "compare", &r1, &r2]);
    assert_eq!(code, 0);
    assert!(
        stdout.contains("1.5 (+1)") && stdout.contains("param model"),
        "{stdout}"
    );

    ok(&s, &["run", "delete", &r2]);
    assert_eq!(s.json(&["run", "list"]).as_array().unwrap().len(), 3);
    assert_eq!(
        s.json(&["run", "list", "--deleted"])
            .as_array()
            .unwrap()
            .len(),
        1
    );
    s.exits(&["run", "delete", &r2], 2, "already deleted");

    // The index is derived: delete it, rebuild, and every ended run (and the deletion) is back.
    let before = s.json(&["run", "list", "--sort", "name"]);
    s.rebuild_index();
    let after = s.json(&["run", "list", "--sort", "name"]);
    assert_eq!(after, before);
    assert_eq!(
        s.json(&["run", "list", "--deleted"])
            .as_array()
            .unwrap()
            .len(),
        1
    );
    assert_eq!(s.json(&["status"])["runs"], 4);
    ok(&s, &["run", "restore", &r2[..13]]);
    assert_eq!(s.json(&["run", "list"]).as_array().unwrap().len(), 4);
    ok(&s, &["audit", "verify"]);
}

#[test]
fn rebuild_restores_metric_history() {
    let s = Sandbox::repo();
    let id = start(&s, &[]);
    let lines: String = (0..300)
        .map(|i| format!("loss={} step={i}\n", 1.0 / (i + 1) as f64))
        .collect();
    assert_eq!(stdin_log(&s, &[], &lines).0, 0);
    ok(&s, &["run", "end", "--status", "failed"]);
    let before = s.json(&["run", "plot", &id, "--metric", "loss"]);
    s.rebuild_index();
    assert_eq!(s.json(&["run", "plot", &id, "--metric", "loss"]), before);
    assert_eq!(s.json(&["run", "show", &id])["status"], "failed");
}

#[test]
fn exec_tees_output_sets_the_run_id_and_records_the_status() {
    let s = Sandbox::repo();
    let script =
        "echo out-line; echo err-line >&2; mlo run log --metric score=3 && echo \"id=$MLO_RUN_ID\"";
    let mut cmd = s.mlo(&[
        "--json", "run", "exec", "--name", "job", "--param", "k=1", "--", "sh", "-c", script,
    ]);
    let path = format!(
        "{}:{}",
        std::path::Path::new(assert_cmd::cargo::cargo_bin!("mlo"))
            .parent()
            .unwrap()
            .display(),
        std::env::var("PATH").unwrap()
    );
    cmd.env("PATH", &path);
    let out = cmd.output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(stdout.starts_with("out-line\n"), "{stdout}");
    assert!(stderr.contains("err-line"), "{stderr}");
    let json_start = stdout.find("{\n").unwrap();
    let outcome: serde_json::Value = serde_json::from_str(&stdout[json_start..]).unwrap();
    let id = outcome["run_id"].as_str().unwrap();
    assert!(stdout.contains(&format!("id={id}")), "{stdout}");
    assert_eq!(outcome["status"], "finished");
    let shown = s.json(&["run", "show", id]);
    assert_eq!(shown["metrics"]["score"]["last"], 3.0);
    assert_eq!(shown["params"]["k"], 1.0);
    let log = shown["artifacts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["path"] == "logs/exec.log")
        .unwrap();
    let d = log["digest"].as_str().unwrap();
    let text =
        std::fs::read_to_string(s.join(&format!(".mlo/objects/{}/{}", &d[..2], &d[2..]))).unwrap();
    assert!(
        text.contains("out-line") && text.contains("err-line"),
        "{text}"
    );

    s.exits(
        &["run", "exec", "--", "sh", "-c", "exit 7"],
        7,
        "failed (exit code 7)",
    );
    let (code, _, stderr) = s.run(&["run", "exec", "--", "sh", "-c", "kill -TERM $$"]);
    assert_eq!(code, 128 + 15, "{stderr}");
    assert!(stderr.contains("killed"), "{stderr}");
    s.exits(
        &["run", "exec", "--", "/nonexistent/program"],
        2,
        "cannot run `/nonexistent/program`",
    );
    let statuses = pluck(&s.json(&["run", "list", "--sort", "start_time"]), "status");
    assert_eq!(statuses, ["finished", "failed", "killed", "failed"]);
}

#[test]
fn artifacts_and_plots() {
    let s = Sandbox::repo();
    let a = start(&s, &["--name", "a"]);
    std::fs::write(s.join("model.bin"), b"weights").unwrap();
    ok(&s, &["run", "log", "--artifact", "model.bin"]);
    let (code, _, stderr) = s.run(&["run", "log", "--artifact", "missing.bin"]);
    assert_eq!(code, 2, "{stderr}");
    let lines: String = (0..50)
        .map(|i| format!("loss={} step={i}\n", 1.0 - i as f64 / 100.0))
        .collect();
    assert_eq!(stdin_log(&s, &[], &lines).0, 0);
    ok(&s, &["run", "end"]);
    let b = start(&s, &["--name", "b"]);
    let lines: String = (0..50)
        .map(|i| format!("loss={} step={i}\n", 0.8 - i as f64 / 200.0))
        .collect();
    assert_eq!(stdin_log(&s, &[], &lines).0, 0);
    let shown = s.json(&["run", "show", &a]);
    assert_eq!(shown["artifacts"][0]["path"], "model.bin");
    assert_eq!(shown["artifacts"][0]["size"], 7);

    ok(
        &s,
        &[
            "run", "plot", &a, &b, "--metric", "loss", "--out", "loss.svg",
        ],
    );
    let svg = std::fs::read_to_string(s.join("loss.svg")).unwrap();
    assert!(
        svg.starts_with("<svg") && svg.contains("<polyline"),
        "{}",
        &svg[..200.min(svg.len())]
    );
    let (code, stdout, stderr) = s.run(&["run", "plot", &a, &b, "--metric", "loss"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stdout.starts_with("loss\n") && stdout.contains("* a (") && stdout.contains("o b ("),
        "{stdout}"
    );
    s.exits(
        &["run", "plot", &a, "--metric", "nope"],
        2,
        "no run among those given has metric `nope`",
    );
    if std::path::Path::new("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf").exists() {
        ok(
            &s,
            &["run", "plot", &a, "--metric", "loss", "--out", "loss.png"],
        );
        assert!(
            std::fs::read(s.join("loss.png"))
                .unwrap()
                .starts_with(b"\x89PNG")
        );
    }
}

#[test]
fn eight_processes_logging_to_one_run_lose_nothing() {
    let s = Sandbox::repo();
    let id = start(&s, &[]);
    let mut children = Vec::new();
    for p in 0..8 {
        let lines: String = (0..2000)
            .map(|i| {
                format!("{{\"metric\":\"p{p}\",\"value\":{i},\"step\":{i}}}\nshared={i} step={i}\n")
            })
            .collect();
        let mut child = s
            .std_cmd(&["run", "log", "--stdin", "--run", &id])
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut stdin = child.stdin.take().unwrap();
        // Write in small pieces so the processes commit many small batches and contend.
        let writer = std::thread::spawn(move || {
            for chunk in lines.as_bytes().chunks(4096) {
                stdin.write_all(chunk).unwrap();
            }
        });
        children.push((child, writer));
    }
    let mut single = Vec::new();
    for i in 0..8 {
        single.push(
            s.std_cmd(&[
                "run",
                "log",
                "--run",
                &id,
                "--metric",
                &format!("single={i}"),
            ])
            .stderr(Stdio::piped())
            .spawn()
            .unwrap(),
        );
    }
    for (child, writer) in children {
        writer.join().unwrap();
        let out = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{stderr}");
        assert!(!stderr.contains("locked"), "{stderr}");
    }
    for child in single {
        succeeded(child.wait_with_output().unwrap());
    }
    let shown = s.json(&["run", "show", &id]);
    assert_eq!(shown["metrics"]["shared"]["count"], 16_000);
    assert_eq!(shown["metrics"]["single"]["count"], 8);
    for p in 0..8 {
        assert_eq!(shown["metrics"][format!("p{p}")]["count"], 2000);
    }
    let n: i64 = s
        .db()
        .query_row("SELECT count(*) FROM track_metric_points", [], |r| r.get(0))
        .unwrap();
    assert_eq!(n, 8 * 4000 + 8);
    ok(&s, &["audit", "verify"]);
}

/// The MLflow mirror against a real MLflow server: `scripts/test.sh` starts one and sets
/// MLO_TEST_MLFLOW_URL (see scripts/mlflow-server.sh).
#[test]
fn export_to_a_real_mlflow_server() {
    let Some(url) = mlflow_url() else {
        return;
    };
    let s = Sandbox::repo();
    let exp = format!("mlo-test-{}", std::process::id());
    let id = start(
        &s,
        &[
            "--name",
            "mirrored",
            "--param",
            "lr=0.01",
            "--param",
            "model=xgb",
            "--tag",
            "team=a",
        ],
    );
    // 2,500 points of one key and a NaN: more than two batches of 1,000.
    let lines: String = (0..2500)
        .map(|i| format!("loss={} step={i}\n", 1.0 / (i + 1) as f64))
        .collect();
    assert_eq!(stdin_log(&s, &[], &lines).0, 0);
    ok(&s, &["run", "log", "--metric", "acc=nan", "--step", "0"]);
    let e = s.json(&["run", "export", "--mlflow", &url, "--experiment", &exp]);
    assert_eq!(e["runs"][0]["created"], true);
    assert_eq!(e["runs"][0]["points_sent"], 2501);
    let mlflow_id = e["runs"][0]["mlflow_run_id"].as_str().unwrap().to_string();

    let history_len = |key: &str| -> usize {
        mlflow_get(
            &url,
            "metrics/get-history",
            &[
                ("run_id", &mlflow_id),
                ("metric_key", key),
                ("max_results", "25000"),
            ],
        )["metrics"]
            .as_array()
            .map_or(0, |a| a.len())
    };
    let run = mlflow_get(&url, "runs/get", &[("run_id", &mlflow_id)]);
    assert_eq!(run["run"]["info"]["status"], "RUNNING");
    assert_eq!(run["run"]["info"]["run_name"], "mirrored");
    let params: Vec<(String, String)> = run["run"]["data"]["params"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["key"].as_str().unwrap().into(),
                p["value"].as_str().unwrap().into(),
            )
        })
        .collect();
    assert!(
        params.contains(&("lr".into(), "0.01".into()))
            && params.contains(&("model".into(), "xgb".into())),
        "{params:?}"
    );
    let tags = run["run"]["data"]["tags"].as_array().unwrap();
    assert!(
        tags.iter()
            .any(|t| t["key"] == "mlo.run_id" && t["value"] == id.as_str())
    );
    assert!(tags.iter().any(|t| t["key"] == "team" && t["value"] == "a"));
    assert_eq!(history_len("loss"), 2500);
    assert_eq!(history_len("acc"), 1);

    // Idempotent and resumable: nothing new is nothing sent; new points and the end are.
    let e = s.json(&["run", "export", "--mlflow", &url, "--experiment", &exp]);
    assert_eq!(
        (
            e["runs"][0]["created"].as_bool(),
            e["runs"][0]["points_sent"].as_u64(),
            e["runs"][0]["meta_sent"].as_bool()
        ),
        (Some(false), Some(0), Some(false))
    );
    ok(
        &s,
        &["run", "log", "--metric", "loss=0.0001", "--step", "2500"],
    );
    ok(&s, &["run", "end"]);
    let e = s.json(&["run", "export", "--mlflow", &url, "--experiment", &exp]);
    assert_eq!(e["runs"][0]["points_sent"], 1);
    assert_eq!(history_len("loss"), 2501);
    let run = mlflow_get(&url, "runs/get", &[("run_id", &mlflow_id)]);
    assert_eq!(run["run"]["info"]["status"], "FINISHED");
    assert!(run["run"]["info"]["end_time"].as_i64().unwrap() > 0);

    // A fresh index (rebuilt from records) finds the server's run by its tag and sends nothing.
    s.rebuild_index();
    let e = s.json(&["run", "export", "--mlflow", &url, "--experiment", &exp]);
    assert_eq!(
        (
            e["runs"][0]["created"].as_bool(),
            e["runs"][0]["points_sent"].as_u64()
        ),
        (Some(false), Some(0))
    );
    assert_eq!(e["runs"][0]["mlflow_run_id"], mlflow_id.as_str());
    assert_eq!(history_len("loss"), 2501);

    s.exits(
        &["run", "export", "--mlflow", "http://127.0.0.1:9"],
        3,
        "MLflow server `http://127.0.0.1:9`",
    );
}

#[test]
fn the_python_stdin_example_logs_a_whole_training_loop_through_one_process() {
    let s = Sandbox::repo();
    let script = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/python_stdin/train.py"
    );
    let data = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/data/iris.csv");
    // The sandbox's environment (HOME, actor, host), with the binary for the script to call.
    let cmd = s.std_cmd(&[]);
    let out = succeeded(
        std::process::Command::new("python3")
            .args([script, "--data", data, "--epochs", "40"])
            .envs(cmd.get_envs().filter_map(|(k, v)| v.map(|v| (k, v))))
            .env("MLO_BIN", cmd.get_program())
            .current_dir(s.path())
            .output()
            .unwrap(),
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("trained 40 epochs"), "{stdout}");
    let runs = s.json(&["run", "list"]);
    let runs = runs.as_array().unwrap();
    assert_eq!(runs.len(), 1);
    let run = &runs[0];
    assert_eq!(run["name"], "py-softmax");
    assert_eq!(run["status"], "finished");
    // Params arrive typed: numbers as numbers, text as text.
    assert_eq!(run["params"]["lr"], 0.5);
    assert_eq!(run["params"]["epochs"], 40.0);
    assert_eq!(run["params"]["model"], "softmax");
    // Every epoch's point is stored, in order, and the loop really learned.
    assert_eq!(run["metrics"]["loss"]["count"], 40);
    assert_eq!(run["metrics"]["accuracy"]["count"], 40);
    assert_eq!(run["metrics"]["loss"]["last_step"], 39);
    let acc = run["metrics"]["accuracy"]["last"].as_f64().unwrap();
    assert!(acc > 0.85, "accuracy {acc}");
    let first_loss = run["metrics"]["loss"]["max"].as_f64().unwrap();
    let last_loss = run["metrics"]["loss"]["last"].as_f64().unwrap();
    assert!(last_loss < first_loss / 2.0, "{first_loss} -> {last_loss}");
}

#[test]
fn the_mlflow_mirror_authenticates_as_mlflows_clients_do_and_never_prints_the_secret() {
    let s = Sandbox::repo();
    let id = start(&s, &["--name", "a"]);
    ok(&s, &["run", "log", "--metric", "loss=0.5"]);
    ok(&s, &["run", "end"]);
    // A server that refuses every request (401), recording what it was sent.
    for (vars, expected) in [
        (
            vec![("MLFLOW_TRACKING_TOKEN", "s3cret-token")],
            "Bearer s3cret-token",
        ),
        (
            vec![
                ("MLFLOW_TRACKING_USERNAME", "admin"),
                ("MLFLOW_TRACKING_PASSWORD", "pa55word"),
            ],
            // base64("admin:pa55word")
            "Basic YWRtaW46cGE1NXdvcmQ=",
        ),
    ] {
        let (base, seen) = super::capture::server(vec![401], 1);
        let mut cmd = s.mlo(&["run", "export", "--mlflow", &base, "--run", &id]);
        for (k, v) in &vars {
            cmd.env(k, v);
        }
        let out = cmd.output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(3), "{stderr}");
        assert!(stderr.contains("HTTP 401"), "{stderr}");
        for (_, v) in &vars {
            assert!(!stderr.contains(v), "secret printed: {stderr}");
        }
        let seen = seen.join().unwrap();
        assert_eq!(seen[0].header("authorization"), Some(expected));
    }
    // Nothing set: no Authorization header at all.
    let (base, seen) = super::capture::server(vec![401], 1);
    s.mlo(&["run", "export", "--mlflow", &base, "--run", &id])
        .assert()
        .code(3);
    assert_eq!(seen.join().unwrap()[0].header("authorization"), None);
}
