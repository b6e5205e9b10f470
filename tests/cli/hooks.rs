//! `mlo hooks install|uninstall` (issue 11): hooks chain the hook already there, install is
//! idempotent, uninstall restores, a no-op post-checkout never starts mlo, and git itself runs
//! them. A fake `mlo` first on PATH records what the hooks call.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::Sandbox;

fn git(dir: &Path, args: &[&str]) -> String {
    let out = Command::new("git")
        .args([
            "-c",
            "user.email=t@example.com",
            "-c",
            "user.name=t",
            "-c",
            "init.defaultBranch=main",
        ])
        .args(args)
        .current_dir(dir)
        .env("HOME", dir)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

fn git_repo() -> Sandbox {
    let s = Sandbox::new();
    git(s.path(), &["init", "-q"]);
    s.mlo(&["init"]).assert().success();
    s
}

/// A directory holding a fake `mlo` that appends its arguments to `calls.log` beside it.
fn fake_mlo() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("calls.log");
    let script = format!("#!/bin/sh\necho \"$*\" >> '{}'\nexit 0\n", log.display());
    let bin = dir.path().join("mlo");
    std::fs::write(&bin, script).unwrap();
    make_executable(&bin);
    (dir, log)
}

fn make_executable(path: &Path) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o755)).unwrap();
}

fn path_with(dir: &Path) -> String {
    format!(
        "{}:{}",
        dir.display(),
        std::env::var("PATH").unwrap_or_default()
    )
}

/// Run a hook script as git would.
fn run_hook(s: &Sandbox, hook: &str, args: &[&str], stdin: &str, path: &str) -> (i32, String) {
    let mut child = Command::new(s.join(".git/hooks").join(hook))
        .args(args)
        .current_dir(s.path())
        .env("PATH", path)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn install_chains_existing_hooks_and_uninstall_restores_them() {
    let s = git_repo();
    let hooks = s.join(".git/hooks");
    let seen = s.join("chained-saw.txt");
    let original = format!(
        "#!/bin/sh\n# the team's own hook\necho \"args=$* stdin=$(cat)\" >> '{}'\n",
        seen.display()
    );
    std::fs::write(hooks.join("pre-push"), &original).unwrap();
    make_executable(&hooks.join("pre-push"));

    let (code, _, stderr) = s.run(&["hooks", "install"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stderr.contains("calling the existing hook first"),
        "{stderr}"
    );
    for hook in ["post-checkout", "pre-commit", "pre-push"] {
        let text = std::fs::read_to_string(hooks.join(hook)).unwrap();
        assert!(text.contains("# mlo-managed-hook"), "{hook}");
    }
    assert_eq!(
        std::fs::read_to_string(hooks.join("pre-push.pre-mlo")).unwrap(),
        original
    );

    // Idempotent: nothing changes the second time.
    let before = std::fs::read_to_string(hooks.join("pre-push")).unwrap();
    let v = s.json(&["hooks", "install"]);
    let actions: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["action"].as_str().unwrap())
        .collect();
    assert_eq!(actions, ["unchanged", "unchanged", "unchanged"]);
    assert_eq!(
        std::fs::read_to_string(hooks.join("pre-push")).unwrap(),
        before
    );
    assert!(!hooks.join("pre-push.pre-mlo.1").exists());

    // pre-push: the chained hook gets the arguments and git's stdin, then mlo pushes.
    let (fake, log) = fake_mlo();
    let (code, stderr) = run_hook(
        &s,
        "pre-push",
        &["origin", "https://example.invalid/repo"],
        "refs/heads/main abc refs/heads/main def",
        &path_with(fake.path()),
    );
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(
        std::fs::read_to_string(&seen).unwrap(),
        "args=origin https://example.invalid/repo stdin=refs/heads/main abc refs/heads/main def\n"
    );
    assert_eq!(std::fs::read_to_string(&log).unwrap(), "push\n");

    // pre-commit runs the data check; a failing check stops the commit.
    let (code, _) = run_hook(&s, "pre-commit", &[], "", &path_with(fake.path()));
    assert_eq!(code, 0);
    assert!(
        std::fs::read_to_string(&log)
            .unwrap()
            .contains("data status --check\n")
    );

    let (code, _, stderr) = s.run(&["hooks", "uninstall"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stderr.contains("restored the hook it chained"), "{stderr}");
    assert_eq!(
        std::fs::read_to_string(hooks.join("pre-push")).unwrap(),
        original
    );
    assert!(!hooks.join("pre-push.pre-mlo").exists());
    assert!(!hooks.join("pre-commit").exists());
    assert!(!hooks.join("post-checkout").exists());
    // Uninstall again: nothing of mlo's left; the team's hook is left alone.
    let (code, _, stderr) = s.run(&["hooks", "uninstall"]);
    assert_eq!(code, 0);
    assert!(stderr.contains("is not mlo's hook; left alone"), "{stderr}");

    let events = s.json(&["audit", "log", "--action", "hooks.*"]);
    let actions: Vec<&str> = events
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(actions, ["hooks.install", "hooks.uninstall"]);
}

#[test]
fn a_failing_chained_hook_stops_before_mlo_runs() {
    let s = git_repo();
    let hooks = s.join(".git/hooks");
    std::fs::write(hooks.join("pre-commit"), "#!/bin/sh\nexit 7\n").unwrap();
    make_executable(&hooks.join("pre-commit"));
    s.mlo(&["hooks", "install"]).assert().success();
    let (fake, log) = fake_mlo();
    let (code, _) = run_hook(&s, "pre-commit", &[], "", &path_with(fake.path()));
    assert_eq!(code, 7);
    assert!(!log.exists());
}

#[test]
fn post_checkout_skips_mlo_when_no_pointer_file_changed() {
    let s = git_repo();
    std::fs::write(s.join("README"), "a\n").unwrap();
    git(s.path(), &["add", "README"]);
    git(s.path(), &["commit", "-q", "-m", "one"]);
    let first = git(s.path(), &["rev-parse", "HEAD"]);
    std::fs::write(s.join("README"), "b\n").unwrap();
    git(s.path(), &["commit", "-q", "-am", "two"]);
    let second = git(s.path(), &["rev-parse", "HEAD"]);
    std::fs::write(s.join("data.csv.mlo"), "pointer\n").unwrap();
    git(s.path(), &["add", "data.csv.mlo"]);
    git(s.path(), &["commit", "-q", "-m", "three"]);
    let third = git(s.path(), &["rev-parse", "HEAD"]);
    s.mlo(&["hooks", "install"]).assert().success();
    let (fake, log) = fake_mlo();
    let path = path_with(fake.path());

    // Branch checkout with no pointer change: mlo is not started, and it is quick.
    let started = Instant::now();
    let (code, stderr) = run_hook(&s, "post-checkout", &[&first, &second, "1"], "", &path);
    let took = started.elapsed();
    assert_eq!(code, 0, "{stderr}");
    assert!(!log.exists(), "mlo ran for a no-op checkout");
    assert!(
        took < Duration::from_millis(500),
        "no-op post-checkout took {took:?}"
    );

    // A pointer file changed: mlo data checkout runs.
    let (code, _) = run_hook(&s, "post-checkout", &[&second, &third, "1"], "", &path);
    assert_eq!(code, 0);
    assert_eq!(std::fs::read_to_string(&log).unwrap(), "data checkout\n");

    // And git runs the hook itself on a real checkout.
    std::fs::remove_file(&log).unwrap();
    let out = Command::new("git")
        .args(["checkout", "-q", &second])
        .current_dir(s.path())
        .env("PATH", &path)
        .env("HOME", s.home.path())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(std::fs::read_to_string(&log).unwrap(), "data checkout\n");
}

#[test]
fn conflicts_need_force_and_keep_every_hook() {
    let s = git_repo();
    let hooks = s.join(".git/hooks");
    std::fs::write(hooks.join("pre-commit"), "#!/bin/sh\n# current\n").unwrap();
    std::fs::write(hooks.join("pre-commit.pre-mlo"), "#!/bin/sh\n# older\n").unwrap();
    let (code, _, stderr) = s.run(&["hooks", "install"]);
    assert_eq!(code, 2, "{stderr}");
    assert!(
        stderr.contains("is not mlo's hook and") && stderr.contains("hint: merge the two by hand"),
        "{stderr}"
    );
    assert!(!hooks.join("post-checkout").exists(), "half-installed");
    let (code, _, stderr) = s.run(&["hooks", "install", "--force"]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(
        std::fs::read_to_string(hooks.join("pre-commit.pre-mlo")).unwrap(),
        "#!/bin/sh\n# current\n"
    );
    assert_eq!(
        std::fs::read_to_string(hooks.join("pre-commit.pre-mlo.1")).unwrap(),
        "#!/bin/sh\n# older\n"
    );
}

#[test]
fn hooks_need_a_git_work_tree_and_honour_core_hooks_path() {
    let s = Sandbox::repo();
    let (code, _, stderr) = s.run(&["hooks", "install"]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("is not inside a git work tree"), "{stderr}");
    assert!(
        stderr.contains("hint: run inside a git work tree"),
        "{stderr}"
    );

    let s = git_repo();
    git(s.path(), &["config", "core.hooksPath", "githooks"]);
    s.mlo(&["hooks", "install"]).assert().success();
    assert!(s.join("githooks/pre-push").exists());
    assert!(!s.join(".git/hooks/pre-push").exists());
}
