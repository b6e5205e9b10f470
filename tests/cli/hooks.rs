//! `mlo hooks install|uninstall` (issue 11): hooks chain the hook already there, install is
//! idempotent, uninstall restores, a no-op post-checkout never starts mlo, and git itself runs
//! them. A fake `mlo` first on PATH records what the hooks call.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use crate::{Sandbox, outcome, output_with_stdin, pluck, succeeded};

fn git_repo() -> Sandbox {
    let s = Sandbox::new();
    s.git(&["init", "-q"]);
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
    let mut cmd = Command::new(s.join(".git/hooks").join(hook));
    cmd.args(args).current_dir(s.path()).env("PATH", path);
    let (code, _, stderr) = outcome(&output_with_stdin(cmd, stdin));
    (code, stderr)
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

    s.exits(&["hooks", "install"], 0, "calling the existing hook first");
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
    assert_eq!(pluck(&v, "action"), ["unchanged", "unchanged", "unchanged"]);
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

    s.exits(&["hooks", "uninstall"], 0, "restored the hook it chained");
    assert_eq!(
        std::fs::read_to_string(hooks.join("pre-push")).unwrap(),
        original
    );
    assert!(!hooks.join("pre-push.pre-mlo").exists());
    assert!(!hooks.join("pre-commit").exists());
    assert!(!hooks.join("post-checkout").exists());
    // Uninstall again: nothing of mlo's left; the team's hook is left alone.
    s.exits(&["hooks", "uninstall"], 0, "is not mlo's hook; left alone");

    assert_eq!(
        s.audit_actions(&["--action", "hooks.*"]),
        ["hooks.install", "hooks.uninstall"]
    );
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
    s.git(&["add", "README"]);
    s.git(&["commit", "-q", "-m", "one"]);
    let first = s.git(&["rev-parse", "HEAD"]);
    std::fs::write(s.join("README"), "b\n").unwrap();
    s.git(&["commit", "-q", "-am", "two"]);
    let second = s.git(&["rev-parse", "HEAD"]);
    std::fs::write(s.join("data.csv.mlo"), "pointer\n").unwrap();
    s.git(&["add", "data.csv.mlo"]);
    s.git(&["commit", "-q", "-m", "three"]);
    let third = s.git(&["rev-parse", "HEAD"]);
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
    succeeded(
        Command::new("git")
            .args(["checkout", "-q", &second])
            .current_dir(s.path())
            .env("PATH", &path)
            .env("HOME", s.home.path())
            .output()
            .unwrap(),
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
    let stderr = s.exits(&["hooks", "install"], 2, "is not inside a git work tree");
    assert!(
        stderr.contains("hint: run inside a git work tree"),
        "{stderr}"
    );

    let s = git_repo();
    s.git(&["config", "core.hooksPath", "githooks"]);
    s.mlo(&["hooks", "install"]).assert().success();
    assert!(s.join("githooks/pre-push").exists());
    assert!(!s.join(".git/hooks/pre-push").exists());
}
