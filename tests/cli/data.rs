//! `mlo data`: add, status, checkout, diff, log, ls, rm, verify, gc, and their failure modes.

use std::fs;
use std::path::Path;
use std::time::{Duration, SystemTime};

use super::Sandbox;

fn write(s: &Sandbox, rel: &str, content: &str) {
    let p = s.join(rel);
    fs::create_dir_all(p.parent().unwrap()).unwrap();
    if p.exists() {
        let _ = fs::remove_file(&p);
    }
    fs::write(&p, content).unwrap();
}

/// Age every file under `rel` by an hour, so the stat cache trusts it at once (a file written
/// moments before it is hashed is "racy" and re-hashed once, like git does).
fn age(s: &Sandbox, rel: &str) {
    let past = SystemTime::now() - Duration::from_secs(3600);
    let p = s.join(rel);
    let mut stack = vec![p];
    while let Some(p) = stack.pop() {
        let m = fs::symlink_metadata(&p).unwrap();
        if m.is_dir() {
            stack.extend(fs::read_dir(&p).unwrap().map(|e| e.unwrap().path()));
        } else if m.is_file() {
            let f = fs::File::options()
                .append(true)
                .open(&p)
                .or_else(|_| fs::File::open(&p))
                .unwrap();
            f.set_modified(past).unwrap();
        }
    }
}

fn dataset(s: &Sandbox) {
    write(s, "data/train.csv", "a,b\n1,2\n");
    for d in ["x", "y"] {
        for i in 0..5 {
            write(s, &format!("data/imgs/{d}/{i}.txt"), &format!("{d}{i}"));
        }
    }
    age(s, "data");
}

/// A repository with the [`dataset`] in its workspace (not added yet).
fn repo_with_dataset() -> Sandbox {
    let s = Sandbox::repo();
    dataset(&s);
    s
}

fn read(s: &Sandbox, rel: &str) -> String {
    fs::read_to_string(s.join(rel)).unwrap()
}

/// Adds `data/imgs` twice, the second time with `x/0.txt` changed to `v2`; returns the first
/// version's pointer file.
fn two_versions_of_imgs(s: &Sandbox) -> String {
    s.mlo(&["data", "add", "data/imgs"]).assert().success();
    let v1 = read(s, "data/imgs.mlo");
    s.mlo(&["data", "unprotect", "data/imgs"])
        .assert()
        .success();
    write(s, "data/imgs/x/0.txt", "v2");
    s.mlo(&["data", "add", "data/imgs"]).assert().success();
    v1
}

/// Puts the first version's pointer file back and checks that version out.
fn check_out_first_version(s: &Sandbox, v1: &str) {
    fs::write(s.join("data/imgs.mlo"), v1).unwrap();
    s.mlo(&["data", "checkout", "--force"]).assert().success();
    assert_eq!(read(s, "data/imgs/x/0.txt"), "x0");
}

#[test]
fn add_writes_pointers_and_gitignore_and_readd_does_nothing() {
    let s = repo_with_dataset();
    let out = s.json(&["data", "add", "data/train.csv", "data/imgs"]);
    assert_eq!(out[0]["kind"], "file");
    assert_eq!(out[1]["kind"], "dir");
    assert_eq!(out[1]["files"], 10);
    assert_eq!(out[1]["hashed_files"], 10);
    let pointer = read(&s, "data/imgs.mlo");
    let lines: Vec<&str> = pointer.lines().filter(|l| !l.starts_with('#')).collect();
    assert_eq!(lines[0], "version: 1");
    assert_eq!(lines[1], "kind: dir");
    assert!(lines[2].starts_with("blake3: ") && lines[2].len() == 8 + 64);
    assert_eq!(lines[3], "size: 20");
    assert_eq!(lines[4], "files: 10");
    let gi = read(&s, "data/.gitignore");
    assert!(
        gi.contains("/train.csv\n") && gi.contains("/imgs\n"),
        "{gi}"
    );
    // The file's digest is plain blake3 of its bytes.
    let digest = blake3::hash(b"a,b\n1,2\n").to_hex().to_string();
    assert!(
        fs::read_to_string(s.join("data/train.csv.mlo"))
            .unwrap()
            .contains(&digest)
    );

    let events = s.audit_actions(&[]).len();
    let before = fs::read(s.join("data/imgs.mlo")).unwrap();
    let again = s.json(&["data", "add", "data/train.csv", "data/imgs"]);
    assert_eq!(again[1]["changed"], false);
    assert_eq!(
        again[1]["hashed_files"], 0,
        "unchanged data is not hashed again"
    );
    assert_eq!(again[0]["hashed_files"], 0);
    assert_eq!(fs::read(s.join("data/imgs.mlo")).unwrap(), before);
    assert_eq!(
        s.audit_actions(&[]).len(),
        events,
        "re-adding unchanged data writes nothing"
    );
    let (code, stdout, _) = s.run(&["data", "status", "--check"]);
    assert_eq!(code, 0, "{stdout}");
    assert!(stdout.contains("unchanged"));
}

#[test]
fn one_changed_file_rehashes_one_file_and_rewrites_its_path() {
    let s = repo_with_dataset();
    s.mlo(&["data", "add", "data/imgs"]).assert().success();
    s.mlo(&["data", "unprotect", "data/imgs/x/3.txt"])
        .assert()
        .success();
    write(&s, "data/imgs/x/3.txt", "changed");
    let (code, stdout, _) = s.run(&["data", "status", "--check", "--granular"]);
    assert_eq!(code, 1);
    assert!(
        stdout.contains("modified") && stdout.contains("data/imgs/x/3.txt"),
        "{stdout}"
    );
    let out = s.json(&["data", "add", "data/imgs"]);
    assert_eq!(out[0]["hashed_files"], 1);
    assert_eq!(
        out[0]["new_objects"], 3,
        "the file, x/'s manifest and the root manifest"
    );
    assert!(out[0]["previous"].is_string());
    assert_eq!(s.audit_actions(&[]), ["repo.init", "data.add", "data.add"]);
}

#[test]
fn status_reports_missing_workspace_and_missing_store() {
    let s = repo_with_dataset();
    s.mlo(&["data", "add", "data/train.csv", "data/imgs"])
        .assert()
        .success();
    fs::remove_file(s.join("data/train.csv")).unwrap();
    let v = s.json(&["data", "status"]);
    let train = v
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["path"] == "data/train.csv")
        .unwrap();
    assert_eq!(train["workspace"], "missing");
    // A fresh clone: pointer files but an empty store.
    let clone = Sandbox::repo();
    fs::create_dir_all(clone.join("data")).unwrap();
    fs::copy(s.join("data/imgs.mlo"), clone.join("data/imgs.mlo")).unwrap();
    let v = clone.json(&["data", "status"]);
    assert_eq!(v[0]["store"], "missing");
    assert_eq!(v[0]["workspace"], "missing");
    let (code, _, stderr) = clone.run(&["data", "checkout"]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("not in the local store") && stderr.contains("mlo pull"),
        "{stderr}"
    );
}

#[test]
fn checkout_restores_and_keeps_modified_files_unless_forced() {
    let s = repo_with_dataset();
    fs::create_dir_all(s.join("data/imgs/empty")).unwrap();
    std::os::unix::fs::symlink("x/0.txt", s.join("data/imgs/link")).unwrap();
    write(&s, "data/imgs/run.sh", "#!/bin/sh\n");
    use std::os::unix::fs::PermissionsExt;
    fs::set_permissions(
        s.join("data/imgs/run.sh"),
        fs::Permissions::from_mode(0o755),
    )
    .unwrap();
    s.mlo(&["data", "add", "data/train.csv", "data/imgs"])
        .assert()
        .success();
    fs::remove_dir_all(s.join("data/imgs")).unwrap();
    fs::remove_file(s.join("data/train.csv")).unwrap();
    let out = s.json(&["data", "checkout"]);
    assert_eq!(out[0]["written"], 11);
    assert_eq!(read(&s, "data/imgs/y/4.txt"), "y4");
    assert_eq!(read(&s, "data/train.csv"), "a,b\n1,2\n");
    assert!(
        s.join("data/imgs/empty").is_dir(),
        "empty directories are restored"
    );
    assert_eq!(
        fs::read_link(s.join("data/imgs/link")).unwrap(),
        Path::new("x/0.txt")
    );
    assert!(
        fs::metadata(s.join("data/imgs/run.sh"))
            .unwrap()
            .permissions()
            .mode()
            & 0o100
            != 0,
        "exec bit restored"
    );
    s.mlo(&["data", "status", "--check"]).assert().success();

    s.mlo(&["data", "unprotect", "data/train.csv"])
        .assert()
        .success();
    write(&s, "data/train.csv", "edited");
    s.exits(&["data", "checkout"], 0, "kept `data/train.csv`");
    assert_eq!(read(&s, "data/train.csv"), "edited");
    s.mlo(&["data", "checkout", "--force", "data/train.csv"])
        .assert()
        .success();
    assert_eq!(read(&s, "data/train.csv"), "a,b\n1,2\n");
}

#[test]
fn copy_mode_leaves_workspace_files_writable_and_store_safe() {
    let s = repo_with_dataset();
    s.mlo(&["data", "add", "--link", "copy", "data/train.csv"])
        .assert()
        .success();
    assert!(
        !fs::metadata(s.join("data/train.csv"))
            .unwrap()
            .permissions()
            .readonly()
    );
    fs::write(s.join("data/train.csv"), "edited in place").unwrap();
    s.mlo(&["data", "verify"]).assert().success();
    let (code, _, _) = s.run(&["data", "status", "--check"]);
    assert_eq!(code, 1);
}

#[test]
fn revisions_checkout_diff_and_log() {
    let s = Sandbox::repo();
    s.git(&["init", "-q"]);
    dataset(&s);
    s.mlo(&["data", "add", "data/imgs"]).assert().success();
    s.git(&["add", "-A"]);
    s.git(&["commit", "-qm", "v1"]);
    s.mlo(&["data", "unprotect", "data/imgs"])
        .assert()
        .success();
    write(&s, "data/imgs/x/0.txt", "v2 content");
    fs::rename(s.join("data/imgs/y/1.txt"), s.join("data/imgs/y/moved.txt")).unwrap();
    fs::remove_file(s.join("data/imgs/y/2.txt")).unwrap();
    write(&s, "data/imgs/z/new.txt", "new");
    age(&s, "data");
    let v = s.json(&["data", "diff"]);
    let kinds: Vec<(String, String)> = v[0]["changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["change"].as_str().unwrap().into(),
                c["path"].as_str().unwrap().into(),
            )
        })
        .collect();
    assert_eq!(
        kinds,
        [
            ("modified".into(), "data/imgs/x/0.txt".into()),
            ("deleted".into(), "data/imgs/y/2.txt".into()),
            ("renamed".into(), "data/imgs/y/moved.txt".into()),
            ("added".into(), "data/imgs/z/new.txt".into()),
        ]
    );
    s.mlo(&["data", "add", "data/imgs"]).assert().success();
    s.git(&["commit", "-qam", "v2"]);
    let (code, md, _) = s.run(&["data", "diff", "HEAD~1", "HEAD", "--md"]);
    assert_eq!(code, 0);
    assert!(
        md.starts_with("| change | path | from |")
            && md.contains("| renamed | `data/imgs/y/moved.txt` | `data/imgs/y/1.txt` |"),
        "{md}"
    );
    let log = s.json(&["data", "log", "data/imgs"]);
    assert_eq!(log.as_array().unwrap().len(), 2);
    assert_eq!(log[0]["subject"], "v2");
    assert_eq!(log[1]["files"], 10);

    s.mlo(&["data", "checkout", "--rev", "HEAD~1", "--force"])
        .assert()
        .success();
    assert_eq!(read(&s, "data/imgs/x/0.txt"), "x0");
    assert_eq!(read(&s, "data/imgs/y/2.txt"), "y2");
    assert!(
        !s.join("data/imgs/z/new.txt").exists(),
        "files the old version lacks are removed"
    );
    s.mlo(&["data", "checkout", "--force"]).assert().success();
    assert_eq!(read(&s, "data/imgs/x/0.txt"), "v2 content");
    s.exits(
        &["data", "checkout", "--rev", "no-such-rev"],
        2,
        "unknown revision `no-such-rev`",
    );
}

#[test]
fn gc_keeps_every_recorded_version_and_deletes_strays() {
    let s = repo_with_dataset();
    let v1 = two_versions_of_imgs(&s);
    // A stray object nothing refers to (what a killed add can leave behind).
    let store = mlo::store::Store::new(s.join(".mlo/objects"), s.join(".mlo/tmp"));
    let stray = store
        .put_bytes(b"nobody needs me", mlo::store::Durability::Sync)
        .unwrap()
        .digest;

    let dry = s.json(&["data", "gc", "--grace", "0"]);
    assert_eq!(dry["dry_run"], true);
    assert_eq!(dry["unreachable"], 1);
    assert!(store.has(&stray));
    let young = s.json(&["data", "gc", "--yes"]);
    assert_eq!(
        young["deleted"], 0,
        "objects younger than the grace period are kept"
    );
    assert_eq!(young["kept_young"], 1);
    let done = s.json(&["data", "gc", "--yes", "--grace", "0"]);
    assert_eq!(done["deleted"], 1);
    assert!(!store.has(&stray));
    assert!(s.audit_actions(&[]).contains(&"data.gc".to_string()));
    // The old version (its manifests and files) survived: check it out again.
    check_out_first_version(&s, &v1);
    s.mlo(&["data", "verify"]).assert().success();
}

#[test]
fn verify_names_corrupt_and_missing_objects() {
    let s = repo_with_dataset();
    s.mlo(&["data", "add", "--link", "copy", "data/imgs"])
        .assert()
        .success();
    let digest = blake3::hash(b"x3").to_hex().to_string();
    let obj = s.join(&format!(".mlo/objects/{}/{}", &digest[..2], &digest[2..]));
    use std::os::unix::fs::PermissionsExt;
    fs::set_permissions(&obj, fs::Permissions::from_mode(0o644)).unwrap();
    fs::write(&obj, "rot").unwrap();
    let digest2 = blake3::hash(b"y1").to_hex().to_string();
    fs::remove_file(s.join(&format!(".mlo/objects/{}/{}", &digest2[..2], &digest2[2..]))).unwrap();
    let (code, stdout, stderr) = s.run(&["data", "verify"]);
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stdout.contains(&format!("corrupt  {digest}  data/imgs/x/3.txt")),
        "{stdout}"
    );
    assert!(
        stdout.contains(&format!("missing  {digest2}  data/imgs/y/1.txt")),
        "{stdout}"
    );
}

#[test]
fn rm_stops_tracking_and_keeps_writable_data() {
    let s = repo_with_dataset();
    s.mlo(&["data", "add", "data/imgs"]).assert().success();
    s.mlo(&["data", "rm", "data/imgs"]).assert().success();
    assert!(!s.join("data/imgs.mlo").exists());
    assert!(
        !fs::read_to_string(s.join("data/.gitignore"))
            .unwrap()
            .contains("/imgs")
    );
    assert!(
        !fs::metadata(s.join("data/imgs/x/0.txt"))
            .unwrap()
            .permissions()
            .readonly()
    );
    fs::write(s.join("data/imgs/x/0.txt"), "edit").unwrap();
    s.mlo(&["data", "verify"]).assert().success();
    s.mlo(&["fsck"]).assert().success();
    assert_eq!(s.audit_actions(&[]).last().unwrap(), "data.rm");
}

#[test]
fn bad_pointer_files_name_the_file_and_line() {
    let s = repo_with_dataset();
    s.mlo(&["data", "add", "data/train.csv"]).assert().success();
    let good = read(&s, "data/train.csv.mlo");
    let cases = [
        (good.replace("kind: file", "kind: [file"), "line"),
        (
            good.replace("version: 1", "version: 9"),
            "version 9 is not supported",
        ),
        (
            good.replace("blake3: ", "blake3: abc")
                .chars()
                .take(good.find("blake3: ").unwrap() + 20)
                .collect::<String>()
                + "\nsize: 1\n",
            "64 hex characters",
        ),
        (
            good.replace("size:", "colour: blue\nsize:"),
            "unknown field `colour`",
        ),
    ];
    for (text, expect) in cases {
        fs::write(s.join("data/train.csv.mlo"), &text).unwrap();
        let (code, _, stderr) = s.run(&["data", "status"]);
        assert_eq!(code, 2, "{text}");
        assert!(
            stderr.contains("pointer file `") && stderr.contains("data/train.csv.mlo"),
            "{stderr}"
        );
        assert!(stderr.contains(expect), "{expect}: {stderr}");
        assert!(stderr.contains("(line "), "{stderr}");
    }
}

#[test]
fn bad_paths_and_files_are_refused_with_exit_2() {
    let s = repo_with_dataset();
    let outside = tempfile::tempdir().unwrap();
    s.exits(
        &["data", "add", outside.path().to_str().unwrap()],
        2,
        "is outside the repository",
    );
    s.exits(&["data", "add", "data/nope.csv"], 2, "data/nope.csv");
    s.mlo(&["data", "add", "data/imgs"]).assert().success();
    s.exits(
        &["data", "add", "data/imgs/x"],
        2,
        "inside the tracked dataset `data/imgs`",
    );
    s.exits(&["data", "add", "data"], 2, "contains the pointer file");
    std::os::unix::fs::symlink("/etc/passwd", s.join("data/evil")).unwrap();
    fs::create_dir_all(s.join("other")).unwrap();
    std::os::unix::fs::symlink("../../etc/passwd", s.join("other/evil")).unwrap();
    let (code, _, stderr) = s.run(&["data", "add", "other"]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("other/evil") && stderr.contains("outside the dataset"),
        "{stderr}"
    );
    let fifo = s.join("fifo-dir");
    fs::create_dir_all(&fifo).unwrap();
    let st = std::process::Command::new("mkfifo")
        .arg(fifo.join("pipe"))
        .status()
        .unwrap();
    assert!(st.success());
    let (code, _, stderr) = s.run(&["data", "add", "fifo-dir"]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("fifo-dir/pipe") && stderr.contains("not a regular file"),
        "{stderr}"
    );
    assert_eq!(
        s.audit_actions(&[]),
        ["repo.init", "data.add"],
        "refused adds record nothing"
    );
}

#[test]
fn a_file_changed_while_hashing_is_not_recorded() {
    use mlo::data::scan::{FileStat, Hashing, hash_one};
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("f");
    fs::write(&p, "before").unwrap();
    let stale = FileStat::of(&fs::metadata(&p).unwrap());
    fs::write(&p, "after, longer").unwrap();
    let err = hash_one(&p, stale, Hashing::Only).unwrap_err();
    assert!(
        err.to_string()
            .contains("changed while it was being hashed"),
        "{err}"
    );
    let store = mlo::store::Store::new(dir.path().join("o"), dir.path().join("t"));
    store.create_dirs().unwrap();
    assert!(
        hash_one(
            &p,
            stale,
            Hashing::Ingest(&store, mlo::store::LinkMode::Copy)
        )
        .is_err()
    );
}

#[test]
fn kill_during_add_leaves_a_consistent_repository_and_rerun_completes() {
    let s = Sandbox::repo();
    for d in 0..20 {
        for i in 0..250 {
            write(
                &s,
                &format!("big/d{d:02}/f{i:04}.bin"),
                &format!("{d}-{i}-{}", "x".repeat(2000)),
            );
        }
    }
    let mut child = s
        .std_cmd(&["data", "add", "--link", "copy", "big"])
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_millis(150));
    let _ = child.kill();
    let _ = child.wait();
    // Whatever happened, the store holds only whole objects and the audit chain verifies.
    s.mlo(&["fsck"]).assert().success();
    s.mlo(&["data", "add", "--link", "copy", "big"])
        .assert()
        .success();
    s.mlo(&["data", "status", "--check", "--granular"])
        .assert()
        .success();
    s.mlo(&["data", "verify"]).assert().success();
}

#[test]
fn index_rebuild_restores_dataset_versions_for_gc() {
    let s = repo_with_dataset();
    let v1 = two_versions_of_imgs(&s);
    s.rebuild_index();
    // The old version is still a gc root after the rebuild.
    let g = s.json(&["data", "gc", "--yes", "--grace", "0"]);
    assert_eq!(g["deleted"], 0, "{g}");
    check_out_first_version(&s, &v1);
}

#[test]
fn add_after_status_stores_what_status_only_hashed() {
    // Regression: `data status` caches the digest of a changed file without storing it; the
    // next `data add` must not take that cache hit as "already stored".
    let s = repo_with_dataset();
    s.mlo(&["data", "add", "data/imgs"]).assert().success();
    let f = s.join("data/imgs/x/2.txt");
    fs::remove_file(&f).unwrap();
    fs::write(&f, "replaced").unwrap();
    age(&s, "data/imgs/x");
    let (code, _, _) = s.run(&["data", "status", "--check"]);
    assert_eq!(code, 1);
    s.mlo(&["data", "add", "data/imgs"]).assert().success();
    s.mlo(&["data", "verify"]).assert().success();
    fs::remove_dir_all(s.join("data/imgs")).unwrap();
    s.mlo(&["data", "checkout"]).assert().success();
    assert_eq!(fs::read_to_string(&f).unwrap(), "replaced");
}

/// Runs `script` with `sh` inside a private mount namespace where `$FS` is a fresh tmpfs of
/// `size`, so a disk can really fill up (ENOSPC) without touching the machine. `None` when this
/// kernel or sandbox allows neither an unprivileged namespace nor a root mount.
fn on_small_disk(s: &Sandbox, size: &str, script: &str) -> Option<String> {
    let fs_dir = s.join("small");
    fs::create_dir_all(&fs_dir).unwrap();
    let full = format!(
        "set -u\nmount -t tmpfs -o size={size} tmpfs \"$FS\" || exit 97\ncd \"$FS\"\n{script}"
    );
    let out = std::process::Command::new("unshare")
        .args(["--map-root-user", "--mount", "sh", "-c", &full])
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", s.home.path())
        .env("NO_COLOR", "1")
        .env("MLO_ACTOR", "tester@example.com")
        .env("MLO_HOST", "testhost")
        .env("FS", &fs_dir)
        .env("MLO", assert_cmd::cargo::cargo_bin!("mlo"))
        .output();
    let out = match out {
        Ok(o) => o,
        Err(e) => return skip_small_disk(&format!("cannot run unshare: {e}")),
    };
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&out.stderr);
    if out.status.code() == Some(97) || stderr.contains("unshare failed") {
        return skip_small_disk(&format!("no private tmpfs here: {stderr}"));
    }
    assert!(out.status.success(), "script failed: {stdout}\n{stderr}");
    Some(stdout + &stderr)
}

fn skip_small_disk(why: &str) -> Option<String> {
    assert!(
        std::env::var_os("MLO_TEST_REQUIRE_SMALL_DISK").is_none(),
        "the full-disk case must run on this machine: {why}"
    );
    eprintln!("skipping the full-disk case: {why}");
    None
}

#[test]
fn add_on_a_full_disk_fails_cleanly_and_completes_once_there_is_room() {
    let s = Sandbox::new();
    // 6 MiB of tmpfs: a tiny dataset goes in; a 3 MiB directory copied into the store
    // (store.link copy) does not fit next to itself. The add must fail with exit 3 naming the file, leave
    // no pointer file and no partial object, keep the first dataset intact, and succeed once
    // space is freed.
    let script = r#"
"$MLO" init --quiet
"$MLO" config set store.link copy
printf 'a,b\n1,2\n' > small.csv
"$MLO" data add small.csv --quiet; echo "small_rc=$?"
mkdir -p d && for i in 1 2 3; do head -c 1048576 /dev/urandom > d/part$i.bin; done
"$MLO" data add d; echo "full_rc=$?"
test -e d.mlo && echo "pointer=yes" || echo "pointer=no"
echo "partial=$(ls -A .mlo/tmp 2>/dev/null | wc -l)"
"$MLO" data verify; echo "verify_rc=$?"
"$MLO" data status --check small.csv; echo "status_rc=$?"
cat small.csv
# Room for the retry: files are staged in parallel, so each worker needs room for its copy.
rm d/part3.bin d/part2.bin
"$MLO" data add d --quiet; echo "retry_rc=$?"
test -e d.mlo && echo "pointer_after=yes"
"$MLO" data verify; echo "verify_after_rc=$?"
"#;
    let Some(out) = on_small_disk(&s, "6m", script) else {
        return;
    };
    assert!(out.contains("small_rc=0"), "{out}");
    assert!(
        out.contains("full_rc=3"),
        "a full disk is an environment failure: {out}"
    );
    assert!(
        out.contains("No space left on device") || out.contains("no space"),
        "the cause is named: {out}"
    );
    assert!(
        out.contains("part"),
        "the file being stored is named: {out}"
    );
    assert!(
        out.contains("pointer=no"),
        "no pointer file for a failed add: {out}"
    );
    assert!(
        out.contains("partial=0"),
        "no partial object left visible: {out}"
    );
    assert!(
        out.contains("verify_rc=0"),
        "what was stored before is intact: {out}"
    );
    assert!(out.contains("status_rc=0"), "{out}");
    assert!(out.contains("a,b\n1,2"), "{out}");
    assert!(
        out.contains("retry_rc=0"),
        "the add completes once there is room: {out}"
    );
    assert!(out.contains("pointer_after=yes"), "{out}");
    assert!(out.contains("verify_after_rc=0"), "{out}");
}
