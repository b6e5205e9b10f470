//! `mlo config get|set|unset|list` and config file validation.

use super::{Sandbox, pluck};

#[test]
fn set_get_list_unset_round_trip_and_keep_comments() {
    let s = Sandbox::repo();
    s.mlo(&["config", "set", "store.link", "copy"])
        .assert()
        .success();
    let (code, stdout, _) = s.run(&["config", "get", "store.link"]);
    assert_eq!((code, stdout.as_str()), (0, "copy\n"));
    let text = std::fs::read_to_string(s.join(".mlops.toml")).unwrap();
    assert!(
        text.contains("link = \"copy\"") && text.contains("# How files enter the object store"),
        "{text}"
    );

    s.mlo(&["config", "set", "--local", "index.busy_timeout_ms", "2500"])
        .assert()
        .success();
    let local = std::fs::read_to_string(s.join(".mlo/config.local.toml")).unwrap();
    assert!(local.contains("busy_timeout_ms = 2500"), "{local}");
    let v = s.json(&["config", "get", "index.busy_timeout_ms"]);
    assert_eq!(v["value"], 2500);
    assert_eq!(v["origin"], "local");

    let list = s.json(&["config", "list"]);
    assert_eq!(list.as_array().unwrap().len(), 2);

    s.exits(&["config", "get", "core.actor"], 2, "is not set");

    let v = s.json(&["config", "get", "store.link"]);
    assert_eq!(v["origin"], "project");
    s.mlo(&["config", "unset", "store.link"]).assert().success();
    let v = s.json(&["config", "get", "store.link"]);
    assert_eq!(
        (v["value"].as_str(), v["origin"].as_str()),
        (Some("auto"), Some("default"))
    );

    assert_eq!(
        s.audit_actions(&[]),
        ["repo.init", "config.set", "config.set", "config.unset"]
    );
}

#[test]
fn unknown_key_and_wrong_type_are_rejected_and_the_file_is_unchanged() {
    let s = Sandbox::repo();
    let before = std::fs::read(s.join(".mlops.toml")).unwrap();
    let (code, _, stderr) = s.run(&["config", "set", "store.lnk", "copy"]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("unknown key `store.lnk`") && stderr.contains("did you mean `store.link`"),
        "{stderr}"
    );
    s.exits(
        &["config", "set", "index.busy_timeout_ms", "soon"],
        2,
        "key `index.busy_timeout_ms` expects an integer",
    );
    s.exits(
        &["config", "set", "store.link", "teleport"],
        2,
        "one of auto, reflink, hardlink, copy",
    );
    assert_eq!(std::fs::read(s.join(".mlops.toml")).unwrap(), before);
    // No audit event for a rejected edit.
    assert_eq!(s.json(&["audit", "log"]).as_array().unwrap().len(), 1);
}

#[test]
fn bad_files_name_the_file_line_and_key() {
    let s = Sandbox::repo();
    std::fs::write(
        s.join(".mlops.toml"),
        "[store]\nlink = \"copy\"\nlink2 = = 3\n",
    )
    .unwrap();
    s.exits(&["status"], 2, ".mlops.toml` is not valid TOML (line 3");
    let before = std::fs::read(s.join(".mlops.toml")).unwrap();
    let (code, _, _) = s.run(&["config", "set", "store.link", "auto"]);
    assert_eq!(code, 2);
    assert_eq!(
        std::fs::read(s.join(".mlops.toml")).unwrap(),
        before,
        "a broken file is never rewritten"
    );

    std::fs::write(
        s.join(".mlops.toml"),
        "[core]\nactor = \"a\"\n\n[index]\nbusy_timeout_ms = \"10\"\n",
    )
    .unwrap();
    let (code, _, stderr) = s.run(&["status"]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("key `index.busy_timeout_ms` in `") && stderr.contains("line 5"),
        "{stderr}"
    );
    assert!(stderr.contains("found the string \"10\""), "{stderr}");

    std::fs::write(s.join(".mlops.toml"), "[serve]\nprot = 8080\n").unwrap();
    let (code, _, stderr) = s.run(&["status"]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("unknown key `serve.prot`") && stderr.contains("line 2"),
        "{stderr}"
    );
}

#[test]
fn list_all_documents_every_key() {
    let s = Sandbox::repo();
    let all = s.json(&["config", "list", "--all"]);
    let keys = pluck(&all, "key");
    assert!(keys.iter().any(|k| k == "store.link") && keys.iter().any(|k| k == "core.actor"));
    let example =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/.mlops.toml.example"))
            .unwrap();
    for key in keys {
        let leaf = key.rsplit('.').next().unwrap();
        assert!(
            example.contains(leaf),
            "`{key}` is not documented in .mlops.toml.example"
        );
    }
}

#[test]
fn secrets_never_reach_the_audit_trail() {
    // No secret-bearing key exists yet, so exercise redaction through the actor: a URL with a
    // password as the configured actor must be stored redacted.
    let s = Sandbox::repo();
    s.mlo(&[
        "config",
        "set",
        "core.actor",
        "https://bob:hunter2@example.com",
    ])
    .assert()
    .success();
    let log = s.run(&["--json", "audit", "log"]).1;
    assert!(!log.contains("hunter2"), "{log}");
    assert!(log.contains("bob:[REDACTED]@example.com"), "{log}");
    let records = walk_files(&s.join(".mlo/records"));
    for r in records {
        assert!(!std::fs::read_to_string(&r).unwrap().contains("hunter2"));
    }
}

fn walk_files(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        if e.path().is_dir() {
            out.extend(walk_files(&e.path()));
        } else {
            out.push(e.path());
        }
    }
    out
}
