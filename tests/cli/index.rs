//! `mlo index rebuild` and `mlo fsck`.

use super::Sandbox;

fn strip_last(mut v: serde_json::Value) -> serde_json::Value {
    v.as_array_mut().unwrap().pop();
    v
}

#[test]
fn rebuild_after_deleting_the_index_gives_the_same_answers() {
    let s = Sandbox::repo();
    for v in ["copy", "auto", "hardlink"] {
        s.mlo(&["config", "set", "store.link", v])
            .assert()
            .success();
    }
    let log_before = s.json(&["audit", "log"]);
    let status_before = s.json(&["status"]);
    for f in ["index.db", "index.db-wal", "index.db-shm"] {
        let _ = std::fs::remove_file(s.join(&format!(".mlo/{f}")));
    }
    let (code, _, stderr) = s.run(&["index", "rebuild"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stderr.contains("4 audit event(s)"), "{stderr}");
    let log_after = s.json(&["audit", "log"]);
    assert_eq!(strip_last(log_after.clone()), log_before);
    assert_eq!(
        log_after.as_array().unwrap().last().unwrap()["action"],
        "index.rebuild"
    );
    let status_after = s.json(&["status"]);
    assert_eq!(
        status_after["audit_events"],
        status_before["audit_events"].as_i64().unwrap() + 1
    );
    assert_eq!(status_after["chain_id"], status_before["chain_id"]);
    s.mlo(&["audit", "verify"]).assert().success();
}

#[test]
fn rebuild_moves_a_corrupt_index_aside() {
    let s = Sandbox::repo();
    s.mlo(&["config", "set", "store.link", "copy"])
        .assert()
        .success();
    for f in ["index.db-wal", "index.db-shm"] {
        let _ = std::fs::remove_file(s.join(&format!(".mlo/{f}")));
    }
    std::fs::write(
        s.join(".mlo/index.db"),
        b"this is not a database, it was overwritten by accident",
    )
    .unwrap();
    let (code, _, stderr) = s.run(&["status"]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("mlo index rebuild"), "{stderr}");
    let (code, _, stderr) = s.run(&["index", "rebuild"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stderr.contains("moved to"), "{stderr}");
    assert_eq!(s.json(&["audit", "log"]).as_array().unwrap().len(), 3);
    s.mlo(&["audit", "verify"]).assert().success();
}

#[test]
fn index_from_a_newer_mlo_is_refused() {
    let s = Sandbox::repo();
    s.db().pragma_update(None, "user_version", 999).unwrap();
    let (code, _, stderr) = s.run(&["status"]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("schema version 999, newer than this mlo understands"),
        "{stderr}"
    );
    assert!(stderr.contains("hint: upgrade mlo"), "{stderr}");
}

#[test]
fn fsck_finds_a_corrupt_record() {
    let s = Sandbox::repo();
    s.mlo(&["config", "set", "store.link", "copy"])
        .assert()
        .success();
    s.mlo(&["fsck"]).assert().success();
    let records = s.join(".mlo/records");
    let fan = std::fs::read_dir(&records)
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    let obj = std::fs::read_dir(&fan)
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    let mut perms = std::fs::metadata(&obj).unwrap().permissions();
    #[allow(clippy::permissions_set_readonly_false)]
    perms.set_readonly(false);
    std::fs::set_permissions(&obj, perms).unwrap();
    std::fs::write(&obj, b"{\"type\":\"forged\"}").unwrap();
    let (code, stdout, _) = s.run(&["fsck"]);
    assert_eq!(code, 1);
    assert!(stdout.contains("corrupt record"), "{stdout}");
}
