//! `mlo init`, repository discovery, `mlo status`, global flags, groups not built yet.

use super::Sandbox;

#[test]
fn init_creates_layout_and_second_init_changes_nothing() {
    let s = Sandbox::new();
    let (code, _, stderr) = s.run(&["init"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stderr.contains("Initialized mlo repository"), "{stderr}");
    for p in [".mlo/objects", ".mlo/records", ".mlo/tmp"] {
        assert!(s.join(p).is_dir(), "{p} missing");
    }
    assert!(s.join(".mlo/index.db").is_file());
    let gitignore = std::fs::read_to_string(s.join(".mlo/.gitignore")).unwrap();
    assert!(gitignore.lines().any(|l| l == "*"), "{gitignore}");
    let config = std::fs::read_to_string(s.join(".mlops.toml")).unwrap();
    assert!(config.contains("[store]"));

    let before = std::fs::read(s.join(".mlops.toml")).unwrap();
    let events_before = s.json(&["audit", "log"]).as_array().unwrap().len();
    let (code, _, stderr) = s.run(&["init"]);
    assert_eq!(code, 0);
    assert!(stderr.contains("already"), "{stderr}");
    assert_eq!(std::fs::read(s.join(".mlops.toml")).unwrap(), before);
    assert_eq!(
        s.json(&["audit", "log"]).as_array().unwrap().len(),
        events_before
    );
}

#[test]
fn init_keeps_an_existing_config() {
    let s = Sandbox::new();
    std::fs::write(s.join(".mlops.toml"), "[store]\nlink = \"copy\"\n").unwrap();
    s.mlo(&["init"]).assert().success();
    assert_eq!(
        std::fs::read_to_string(s.join(".mlops.toml")).unwrap(),
        "[store]\nlink = \"copy\"\n"
    );
}

#[test]
fn outside_a_repository_is_a_usage_error_with_a_hint() {
    let s = Sandbox::new();
    let (code, stdout, stderr) = s.run(&["status"]);
    assert_eq!(code, 2);
    assert!(stdout.is_empty());
    assert!(
        stderr.starts_with("error: not inside an mlo repository"),
        "{stderr}"
    );
    assert!(stderr.contains("hint: run `mlo init`"), "{stderr}");
}

#[test]
fn discovery_walks_up_and_dash_c_starts_elsewhere() {
    let s = Sandbox::repo();
    std::fs::create_dir_all(s.join("a/b/c")).unwrap();
    let mut cmd = s.mlo(&["--json", "status"]);
    cmd.current_dir(s.join("a/b/c"));
    let out = cmd.output().unwrap();
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["root"], s.path().display().to_string());

    let other = Sandbox::new();
    let dir = s.path().display().to_string();
    let (code, stdout, _) = other.run(&["-C", &dir, "--json", "status"]);
    assert_eq!(code, 0);
    assert!(stdout.contains("\"audit_events\": 1"), "{stdout}");

    let (code, _, stderr) = other.run(&["-C", "/definitely/not/here", "status"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("cannot change to directory"), "{stderr}");
}

#[test]
fn status_reports_objects_records_and_audit_head() {
    let s = Sandbox::repo();
    let v = s.json(&["status"]);
    assert_eq!(v["objects"]["objects"], 0);
    assert_eq!(v["records"]["objects"], 1);
    assert_eq!(v["audit_events"], 1);
    assert_eq!(v["runs"], 0);
    assert_eq!(v["schema_version"], mlo::index::SCHEMA_VERSION);
    assert_eq!(v["audit_head"].as_str().unwrap().len(), 64);
    let (code, stdout, _) = s.run(&["status"]);
    assert_eq!(code, 0);
    assert!(
        stdout.contains("audit events") && stdout.contains("objects"),
        "{stdout}"
    );
}

#[test]
fn every_group_answers_help() {
    let s = Sandbox::new();
    for group in [
        "init",
        "status",
        "data",
        "run",
        "model",
        "serve",
        "monitor",
        "ab",
        "audit",
        "ci",
        "config",
        "completions",
        "remote",
        "push",
        "pull",
        "fetch",
        "hooks",
        "index",
        "fsck",
    ] {
        let (code, stdout, stderr) = s.run(&[group, "--help"]);
        assert_eq!(code, 0, "{group}: {stderr}");
        assert!(stdout.contains("Usage: mlo "), "{group}: {stdout}");
    }
}

#[test]
fn help_lists_every_group_and_version_is_quick() {
    let s = Sandbox::new();
    let (code, stdout, _) = s.run(&["--help"]);
    assert_eq!(code, 0);
    for group in [
        "init",
        "status",
        "data",
        "run",
        "model",
        "serve",
        "monitor",
        "ab",
        "audit",
        "ci",
        "hooks",
        "config",
        "completions",
    ] {
        assert!(
            stdout.contains(&format!("\n  {group} ")),
            "{group} missing from help"
        );
    }
    let (code, stdout, _) = s.run(&["--version"]);
    assert_eq!(code, 0);
    assert!(stdout.starts_with("mlo "));
    let (code, _, stderr) = s.run(&["--no-such-flag"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("unexpected argument"));
}

#[test]
fn verbose_and_mlo_log_emit_tracing_on_stderr_only() {
    let s = Sandbox::repo();
    let out = s
        .mlo(&["--json", "status"])
        .env("MLO_LOG", "mlo=trace")
        .output()
        .unwrap();
    assert!(out.status.success());
    serde_json::from_slice::<serde_json::Value>(&out.stdout).expect("stdout stays pure JSON");
}

#[test]
fn color_always_colours_and_never_does_not() {
    let s = Sandbox::new();
    let (_, _, stderr) = s.run(&["--color", "always", "status"]);
    assert!(stderr.contains("\x1b["), "{stderr:?}");
    let (_, _, stderr) = s.run(&["--color", "never", "status"]);
    assert!(!stderr.contains("\x1b["));
}

#[test]
fn completions_print_a_script() {
    let s = Sandbox::new();
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let (code, stdout, _) = s.run(&["completions", shell]);
        assert_eq!(code, 0, "{shell}");
        assert!(stdout.contains("mlo"), "{shell}");
    }
    let (code, _, _) = s.run(&["completions", "tcsh"]);
    assert_eq!(code, 2);
}

#[test]
fn broken_pipe_exits_zero() {
    use std::io::Read;
    use std::process::{Command, Stdio};
    let s = Sandbox::repo();
    for i in 0..30 {
        s.mlo(&["config", "set", "core.actor", &format!("a{i}")])
            .assert()
            .success();
    }
    let mut child = Command::new(assert_cmd::cargo::cargo_bin!("mlo"))
        .args(["audit", "log"])
        .current_dir(s.path())
        .env("COLUMNS", "100")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let status = child.wait().unwrap();
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    assert_eq!(status.code(), Some(0), "{err}");
    assert!(err.is_empty(), "{err}");
}
