//! The audit chain: log, show, verify, and tampering made directly in the SQLite file.

use super::Sandbox;

/// A repository with `n` config changes after init (n + 1 events).
fn repo_with_events(n: usize) -> Sandbox {
    let s = Sandbox::repo();
    for i in 0..n {
        s.mlo(&["config", "set", "core.actor", &format!("actor-{i}")])
            .assert()
            .success();
    }
    s
}

#[test]
fn log_filters_show_and_verify() {
    let s = repo_with_events(3);
    let all = s.json(&["audit", "log"]);
    assert_eq!(all.as_array().unwrap().len(), 4);
    let first = &all[0];
    assert_eq!(first["action"], "repo.init");
    assert_eq!(first["actor"]["id"], "tester@example.com");
    assert_eq!(first["actor"]["type"], "user");
    assert_eq!(first["host"], "testhost");
    assert_eq!(first["prev_hash"], "0".repeat(64));
    assert_eq!(all[1]["prev_hash"], first["hash"]);

    assert_eq!(
        s.json(&["audit", "log", "--action", "config.*"])
            .as_array()
            .unwrap()
            .len(),
        3
    );
    assert_eq!(
        s.json(&["audit", "log", "--limit", "2"])
            .as_array()
            .unwrap()
            .len(),
        2
    );
    assert_eq!(
        s.json(&["audit", "log", "--outcome", "denied"])
            .as_array()
            .unwrap()
            .len(),
        0
    );
    assert_eq!(
        s.json(&["audit", "log", "--target", "config:core.actor"])
            .as_array()
            .unwrap()
            .len(),
        3
    );
    assert_eq!(
        s.json(&["audit", "log", "--since", "1h"])
            .as_array()
            .unwrap()
            .len(),
        4
    );
    assert_eq!(
        s.json(&["audit", "log", "--until", "2000-01-01"])
            .as_array()
            .unwrap()
            .len(),
        0
    );
    let (code, _, stderr) = s.run(&["audit", "log", "--since", "yesterday"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("invalid --since `yesterday`"), "{stderr}");

    let id = all[2]["event_id"].as_str().unwrap();
    let shown = s.json(&["audit", "show", &id[..13]]);
    assert_eq!(shown, all[2]);
    let (code, _, stderr) = s.run(&["audit", "show", "00000000-0000"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("no audit event"), "{stderr}");

    let (code, _, stderr) = s.run(&["audit", "verify"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stderr.contains("Verified 4 audit event(s)"), "{stderr}");
}

#[test]
fn ci_actor_is_detected_with_the_job_url() {
    let s = Sandbox::repo();
    s.mlo(&["config", "set", "core.actor", "x"])
        .env("GITHUB_ACTIONS", "true")
        .env("GITHUB_SERVER_URL", "https://github.com")
        .env("GITHUB_REPOSITORY", "acme/models")
        .env("GITHUB_RUN_ID", "42")
        .assert()
        .success();
    let log = s.json(&["audit", "log"]);
    assert_eq!(log[1]["actor"]["type"], "ci");
    assert_eq!(
        log[1]["actor"]["source"],
        "https://github.com/acme/models/actions/runs/42"
    );
}

#[test]
fn verify_detects_an_edited_field() {
    let s = repo_with_events(4);
    s.db()
        .execute(
            "UPDATE audit_events SET actor_id = 'mallory' WHERE seq = 3",
            [],
        )
        .unwrap();
    let (code, stdout, stderr) = s.run(&["audit", "verify"]);
    assert_eq!(code, 1, "{stderr}");
    assert!(stdout.is_empty());
    assert!(
        stderr.contains("event #3") && stderr.contains("was edited"),
        "{stderr}"
    );
    let v: serde_json::Value =
        serde_json::from_str(&s.run(&["--json", "audit", "verify"]).1).unwrap();
    assert_eq!(v["problem"]["kind"], "edited");
    assert_eq!(v["problem"]["seq"], 3);
    assert_eq!(v["events"], 2);
}

#[test]
fn verify_detects_edited_details_and_rehashed_events() {
    let s = repo_with_events(4);
    s.db()
        .execute(
            "UPDATE audit_events SET details = '{\"key\":\"core.actor\"}' WHERE seq = 2",
            [],
        )
        .unwrap();
    let (code, _, stderr) = s.run(&["audit", "verify"]);
    assert_eq!(code, 1);
    assert!(stderr.contains("event #2"), "{stderr}");

    // An attacker who also recomputes that event's hash breaks the link to the next one.
    let s = repo_with_events(4);
    s.db()
        .execute(
            "UPDATE audit_events SET hash = printf('%064d', 7) WHERE seq = 2",
            [],
        )
        .unwrap();
    let (code, _, stderr) = s.run(&["audit", "verify"]);
    assert_eq!(code, 1);
    assert!(
        stderr.contains("event #2") || stderr.contains("event #3"),
        "{stderr}"
    );
}

#[test]
fn verify_detects_an_event_deleted_from_the_middle() {
    let s = repo_with_events(5);
    s.db()
        .execute("DELETE FROM audit_events WHERE seq = 4", [])
        .unwrap();
    let v: serde_json::Value =
        serde_json::from_str(&s.run(&["--json", "audit", "verify"]).1).unwrap();
    assert_eq!(v["problem"]["kind"], "missing");
    assert_eq!(v["problem"]["seq"], 5);
    let (code, _, stderr) = s.run(&["audit", "verify"]);
    assert_eq!(code, 1);
    assert!(stderr.contains("event #4 is missing"), "{stderr}");
}

#[test]
fn verify_detects_a_deletion_hidden_by_renumbering_and_a_reorder() {
    let s = repo_with_events(5);
    let db = s.db();
    db.execute("DELETE FROM audit_events WHERE seq = 3", [])
        .unwrap();
    db.execute("UPDATE audit_events SET seq = seq - 1 WHERE seq > 3", [])
        .unwrap();
    let (code, _, stderr) = s.run(&["audit", "verify"]);
    assert_eq!(code, 1);
    assert!(stderr.contains("not in the chain"), "{stderr}");

    let s = repo_with_events(5);
    let db = s.db();
    db.execute_batch(
        "UPDATE audit_events SET seq = -1 WHERE seq = 3;
         UPDATE audit_events SET seq = 3 WHERE seq = 4;
         UPDATE audit_events SET seq = 4 WHERE seq = -1;",
    )
    .unwrap();
    let v: serde_json::Value =
        serde_json::from_str(&s.run(&["--json", "audit", "verify"]).1).unwrap();
    assert_eq!(v["problem"]["kind"], "reordered", "{v}");
    assert_eq!(v["problem"]["seq"], 3);
}

#[test]
fn eight_processes_appending_at_once_lose_nothing() {
    let s = Sandbox::repo();
    let bin = assert_cmd::cargo::cargo_bin!("mlo");
    let per_process = 10;
    let handles: Vec<_> = (0..8)
        .map(|p| {
            let dir = s.path().to_path_buf();
            let home = s.home.path().to_path_buf();
            let bin = bin.to_path_buf();
            std::thread::spawn(move || {
                for i in 0..per_process {
                    let out = std::process::Command::new(&bin)
                        .args(["config", "set", "core.actor", &format!("p{p}-{i}")])
                        .current_dir(&dir)
                        .env("HOME", &home)
                        .env("MLO_ACTOR", format!("proc-{p}"))
                        .output()
                        .unwrap();
                    assert!(
                        out.status.success(),
                        "{}",
                        String::from_utf8_lossy(&out.stderr)
                    );
                }
            })
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
    let log = s.json(&["audit", "log"]);
    assert_eq!(log.as_array().unwrap().len(), 1 + 8 * per_process);
    for p in 0..8 {
        let n = log
            .as_array()
            .unwrap()
            .iter()
            .filter(|e| e["actor"]["id"] == format!("proc-{p}"))
            .count();
        assert_eq!(n, per_process);
    }
    let (code, _, stderr) = s.run(&["audit", "verify"]);
    assert_eq!(code, 0, "{stderr}");
    // Every event is also a record object.
    assert_eq!(
        s.json(&["status"])["records"]["objects"],
        1 + 8 * per_process as u64
    );
}
