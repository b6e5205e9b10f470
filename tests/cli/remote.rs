//! `mlo remote`, `push`, `fetch`, `pull` against real remotes: a local directory and a real
//! S3-protocol server (moto, started by `scripts/s3-server.sh`; `scripts/test.sh` starts it,
//! and these tests start it themselves when `MLO_TEST_S3_ENDPOINT` is not set). Issue 6.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use super::{Sandbox, outcome, pluck, succeeded};

/// The S3 test server: (endpoint, bucket, access key, secret).
fn s3() -> &'static (String, String, String, String) {
    static S3: OnceLock<(String, String, String, String)> = OnceLock::new();
    S3.get_or_init(|| {
        if let (Ok(e), Ok(b), Ok(k), Ok(s)) = (
            std::env::var("MLO_TEST_S3_ENDPOINT"),
            std::env::var("MLO_TEST_S3_BUCKET"),
            std::env::var("MLO_TEST_S3_KEY"),
            std::env::var("MLO_TEST_S3_SECRET"),
        ) {
            return (e, b, k, s);
        }
        let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/s3-server.sh");
        let out = std::process::Command::new("bash")
            .arg(script)
            .arg("start")
            .output()
            .expect("run scripts/s3-server.sh");
        assert!(
            out.status.success(),
            "cannot start the S3 test server: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let text = String::from_utf8_lossy(&out.stdout);
        let get = |k: &str| {
            text.lines()
                .find_map(|l| l.strip_prefix(&format!("export {k}=")))
                .unwrap_or_else(|| panic!("{k} missing in {text}"))
                .to_string()
        };
        (
            get("MLO_TEST_S3_ENDPOINT"),
            get("MLO_TEST_S3_BUCKET"),
            get("MLO_TEST_S3_KEY"),
            get("MLO_TEST_S3_SECRET"),
        )
    })
}

fn unique(tag: &str) -> String {
    static N: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let n = N.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    format!(
        "{tag}-{}-{n}-{}",
        std::process::id(),
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_nanos()
    )
}

/// Run with extra environment variables.
fn run_env(s: &Sandbox, args: &[&str], env: &[(&str, &str)]) -> (i32, String, String) {
    let mut cmd = s.std_cmd(args);
    for (k, v) in env {
        cmd.env(k, v);
    }
    outcome(&cmd.output().unwrap())
}

fn json_env(s: &Sandbox, args: &[&str], env: &[(&str, &str)]) -> serde_json::Value {
    let mut all = vec!["--json"];
    all.extend_from_slice(args);
    let (code, out, err) = run_env(s, &all, env);
    assert_eq!(code, 0, "mlo {args:?} failed: {err}");
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("not JSON ({e}): {out}"))
}

fn s3_env() -> Vec<(&'static str, &'static str)> {
    let (_, _, k, s) = s3();
    vec![
        ("AWS_ACCESS_KEY_ID", k.as_str()),
        ("AWS_SECRET_ACCESS_KEY", s.as_str()),
    ]
}

/// A fresh prefix of the S3 test bucket, as a remote URL.
fn s3_url(tag: &str) -> String {
    let (_, bucket, _, _) = s3();
    format!("s3://{bucket}/{}", unique(tag))
}

/// A fresh remote: a fresh prefix of the S3 test bucket, or the directory `dir`; with the
/// environment that reaches it.
fn fresh_remote(
    s3_remote: bool,
    dir: &Path,
    tag: &str,
) -> (String, Vec<(&'static str, &'static str)>) {
    if s3_remote {
        (s3_url(tag), s3_env())
    } else {
        (dir.display().to_string(), vec![])
    }
}

/// `mlo remote add origin URL --default`, through the S3 test server's endpoint for an S3 URL.
fn remote_add(s: &Sandbox, url: &str, s3_remote: bool, env: &[(&str, &str)]) {
    let (endpoint, _, _, _) = s3();
    let mut add = vec!["remote", "add", "origin", url, "--default"];
    if s3_remote {
        add.extend(["--endpoint", endpoint.as_str(), "--allow-http", "true"]);
    }
    run_ok(s, &add, env);
}

/// `mlo remote add NAME URL` for an S3 URL served at `endpoint` over plain HTTP.
fn remote_add_s3(s: &Sandbox, name: &str, url: &str, endpoint: &str) {
    s.mlo(&[
        "remote",
        "add",
        name,
        url,
        "--endpoint",
        endpoint,
        "--allow-http",
        "true",
    ])
    .assert()
    .success();
}

/// A repository whose default remote `origin` is the directory `store` in a temporary
/// directory; the guard keeps that directory alive.
fn repo_with_dir_remote() -> (tempfile::TempDir, PathBuf, Sandbox) {
    let remote = tempfile::tempdir().unwrap();
    let store = remote.path().join("store");
    let a = Sandbox::repo();
    remote_add(&a, &store.display().to_string(), false, &[]);
    (remote, store, a)
}

/// `rel` has the same bytes in both clones.
#[track_caller]
fn same_file(a: &Sandbox, b: &Sandbox, rel: &str) {
    assert_eq!(
        fs::read(b.join(rel)).unwrap(),
        fs::read(a.join(rel)).unwrap(),
        "{rel}"
    );
}

fn write(path: &Path, content: &[u8]) {
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, content).unwrap();
}

/// `n` small files in 20 subdirectories, aged so the stat cache trusts them.
fn many_files(root: &Path, n: usize) {
    for i in 0..n {
        write(
            &root.join(format!("d{:02}/f{i:05}.txt", i % 20)),
            format!("file {i} {}", "x".repeat(i % 50)).as_bytes(),
        );
    }
}

/// A second clone: the committed files (config, pointer files) copied, then `mlo init`.
fn clone_of(s: &Sandbox) -> Sandbox {
    let c = Sandbox::new();
    fs::copy(s.join(".mlops.toml"), c.join(".mlops.toml")).unwrap();
    copy_pointers(s.path(), c.path(), s.path());
    c.mlo(&["init"]).assert().success();
    c
}

fn copy_pointers(dir: &Path, dest_root: &Path, src_root: &Path) {
    for e in fs::read_dir(dir).unwrap() {
        let e = e.unwrap();
        let p = e.path();
        let name = e.file_name().to_string_lossy().into_owned();
        if name == ".mlo" {
            continue;
        }
        if e.file_type().unwrap().is_dir() {
            copy_pointers(&p, dest_root, src_root);
        } else if name.ends_with(".mlo") {
            let rel = p.strip_prefix(src_root).unwrap();
            let d = dest_root.join(rel);
            fs::create_dir_all(d.parent().unwrap()).unwrap();
            fs::copy(&p, d).unwrap();
        }
    }
}

fn count_objects(dir: &Path) -> usize {
    let mut n = 0;
    let Ok(top) = fs::read_dir(dir) else { return 0 };
    for fan in top.flatten() {
        if let Ok(files) = fs::read_dir(fan.path()) {
            n += files
                .flatten()
                .filter(|f| !f.file_name().to_string_lossy().contains('#'))
                .count();
        }
    }
    n
}

#[test]
fn remote_add_list_set_remove_and_config_rules() {
    let s = Sandbox::repo();
    let remote = tempfile::tempdir().unwrap();
    let url = remote.path().display().to_string();
    s.mlo(&["remote", "add", "origin", &url, "--default"])
        .assert()
        .success();
    let toml = fs::read_to_string(s.join(".mlops.toml")).unwrap();
    assert!(toml.contains("[remote.origin]"), "{toml}");
    assert!(toml.contains("remote = \"origin\""), "{toml}");
    s.exits(
        &["remote", "add", "origin", "/elsewhere"],
        2,
        "already exists",
    );
    let (code, _, err) = s.run(&["remote", "add", "bad.name", "/x"]);
    assert_eq!(code, 2, "{err}");
    s.exits(
        &["remote", "add", "web", "ftp://host/x"],
        2,
        "unsupported scheme",
    );
    s.mlo(&[
        "remote",
        "add",
        "s3",
        "s3://bucket/prefix",
        "--endpoint",
        "http://127.0.0.1:9",
        "--allow-http",
        "true",
    ])
    .assert()
    .success();
    let list = s.json(&["remote", "list"]);
    assert_eq!(pluck(&list, "name"), ["origin", "s3"]);
    assert_eq!(list[0]["default"], true);
    s.mlo(&["remote", "set", "s3", "--jobs", "8"])
        .assert()
        .success();
    assert_eq!(s.json(&["remote", "list"])[1]["jobs"], 8);
    // A credential in the committed config is refused, naming the key and never its value.
    let mut toml = fs::read_to_string(s.join(".mlops.toml")).unwrap();
    toml.push_str("\n[remote.leaky]\nurl = \"s3://b\"\nsecret_access_key = \"hunter2\"\n");
    fs::write(s.join(".mlops.toml"), &toml).unwrap();
    let err = s.exits(&["remote", "list"], 2, "remote.leaky.secret_access_key");
    assert!(!err.contains("hunter2"), "{err}");
    assert!(err.contains("config.local.toml"), "{err}");
    let (code, _, err) = s.run(&[
        "config",
        "set",
        "remote.origin.secret_access_key",
        "hunter2",
    ]);
    assert_eq!(code, 2, "{err}");
    toml = toml.replace(
        "\n[remote.leaky]\nurl = \"s3://b\"\nsecret_access_key = \"hunter2\"\n",
        "",
    );
    fs::write(s.join(".mlops.toml"), &toml).unwrap();
    // ...but fine in the local config, and never in the audit trail.
    s.mlo(&[
        "config",
        "set",
        "--local",
        "remote.origin.secret_access_key",
        "hunter2",
    ])
    .assert()
    .success();
    s.mlo(&["remote", "remove", "s3"]).assert().success();
    s.exits(&["push", "-r", "s3"], 2, "no remote named `s3`");
    let acts = s.audit_actions(&[]);
    for a in ["remote.add", "remote.set", "remote.remove"] {
        assert!(acts.iter().any(|x| x == a), "{a} not in {acts:?}");
    }
    let log = s.run(&["audit", "log", "--json"]).1;
    assert!(!log.contains("hunter2"));
}

/// The shared scenario: a file and a directory of `n` files, pushed from one clone and pulled
/// into another; then one changed file is pushed as a set difference.
fn round_trip(remote_args: &[&str], env: &[(&str, &str)], n: usize) {
    let a = Sandbox::repo();
    let mut add = vec!["remote", "add", "origin"];
    add.extend_from_slice(remote_args);
    add.push("--default");
    run_ok(&a, &add, env);
    write(&a.join("data/model.bin"), &vec![7u8; 3 << 20]);
    many_files(&a.join("data/small"), n);
    run_ok(&a, &["data", "add", "data/model.bin", "data/small"], env);
    let st = json_env(&a, &["data", "status", "--remote"], env);
    assert!(
        st["datasets"][1]["objects"].as_u64().unwrap() > n as u64,
        "{st}"
    );
    let pushed = json_env(&a, &["push"], env);
    // n files + 1 file + 21 manifests (root + 20 subdirectories).
    assert_eq!(pushed["objects"], (n + 1 + 21) as u64, "{pushed}");
    assert!(pushed["records"].as_u64().unwrap() >= 2, "{pushed}");
    let again = json_env(&a, &["push"], env);
    assert_eq!(again["objects"], 0, "{again}");
    let st = json_env(&a, &["data", "status", "--remote", "origin"], env);
    assert!(
        st["datasets"]
            .as_array()
            .unwrap()
            .iter()
            .all(|d| d["objects"] == 0),
        "{st}"
    );

    let b = clone_of(&a);
    let pulled = json_env(&b, &["pull"], env);
    assert_eq!(pulled["fetch"]["objects"], (n + 1 + 21) as u64, "{pulled}");
    assert!(pulled["fetch"]["records_indexed"].as_u64().unwrap() >= 2);
    same_file(&a, &b, "data/small/d03/f00003.txt");
    assert_eq!(fs::read(b.join("data/model.bin")).unwrap().len(), 3 << 20);
    // A's dataset versions are now known in B (gc roots, `data log`).
    let versions: i64 = b
        .db()
        .query_row("SELECT count(*) FROM dataset_versions", [], |r| r.get(0))
        .unwrap();
    assert!(versions >= 2);
    let v = b.json(&["data", "verify"]);
    assert!(
        v.to_string().contains("\"corrupt\":[]")
            || v["corrupt"].as_array().is_none_or(|c| c.is_empty()),
        "{v}"
    );

    // One changed file: one file object and two manifests, nothing else.
    let f = a.join("data/small/d05/f00005.txt");
    let _ = fs::remove_file(&f);
    write(&f, b"changed");
    run_ok(&a, &["data", "add", "data/small"], env);
    let one = json_env(&a, &["push"], env);
    assert_eq!(one["objects"], 3, "{one}");
    copy_pointers(a.path(), b.path(), a.path());
    // `data checkout` keeps a workspace file that differs from the pointer unless forced,
    // even when it is the previous version (data versioning's rule, not the remote's).
    let pulled = json_env(&b, &["pull", "--force"], env);
    assert_eq!(pulled["fetch"]["objects"], 3, "{pulled}");
    assert_eq!(
        fs::read(b.join("data/small/d05/f00005.txt")).unwrap(),
        b"changed"
    );
    let acts = a.audit_actions(&[]);
    assert!(acts.iter().any(|x| x == "data.push"), "{acts:?}");
    assert!(b.audit_actions(&[]).iter().any(|x| x == "data.pull"));
}

fn run_ok(s: &Sandbox, args: &[&str], env: &[(&str, &str)]) {
    let (code, _, err) = run_env(s, args, env);
    assert_eq!(code, 0, "mlo {args:?}: {err}");
}

#[test]
fn dir_remote_round_trip_of_a_file_and_20000_files() {
    let remote = tempfile::tempdir().unwrap();
    let url = remote.path().join("store").display().to_string();
    round_trip(&[&url], &[], 20_000);
}

#[test]
fn s3_remote_round_trip_of_a_file_and_20000_files() {
    let (endpoint, _, _, _) = s3();
    let url = s3_url("rt");
    round_trip(
        &[&url, "--endpoint", endpoint, "--allow-http", "true"],
        &s3_env(),
        20_000,
    );
}

#[test]
fn s3_credentials_from_local_config_work() {
    let (endpoint, _, key, secret) = s3();
    let s = Sandbox::repo();
    remote_add_s3(&s, "o", &s3_url("local-creds"), endpoint);
    s.mlo(&["config", "set", "--local", "remote.o.access_key_id", key])
        .assert()
        .success();
    s.mlo(&[
        "config",
        "set",
        "--local",
        "remote.o.secret_access_key",
        secret,
    ])
    .assert()
    .success();
    write(&s.join("a.txt"), b"hello");
    s.mlo(&["data", "add", "a.txt"]).assert().success();
    let out = s.json(&["push"]);
    assert_eq!(out["objects"], 1, "{out}");
    let v = s.json(&["remote", "verify"]);
    assert_eq!(v["objects"], 1, "{v}");
}

#[test]
fn interrupted_push_resumes_without_resending_what_arrived() {
    let (_remote, store, a) = repo_with_dir_remote();
    // The individual-object layout (packs are covered by the tests below).
    a.mlo(&["config", "set", "remote.origin.pack_threshold_kib", "0"])
        .assert()
        .success();
    let n = 20_000;
    many_files(&a.join("data/small"), n);
    a.mlo(&["data", "add", "data/small"]).assert().success();
    let total = (n + 21) as u64;
    let mut child = a.std_cmd(&["push", "-j", "1"]).spawn().unwrap();
    let deadline = Instant::now() + Duration::from_secs(60);
    while !store.join("objects").exists() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(5));
    }
    std::thread::sleep(Duration::from_millis(300));
    let _ = child.kill();
    child.wait().unwrap();
    let arrived = count_objects(&store.join("objects")) as u64;
    assert!(
        arrived > 0 && arrived < total,
        "arrived {arrived} of {total}: not interrupted midway"
    );
    // No manifest can have arrived before the files under it.
    let resumed = a.json(&["push"]);
    assert_eq!(resumed["resumed"], true, "{resumed}");
    assert_eq!(
        resumed["objects"].as_u64().unwrap(),
        total - arrived,
        "{resumed}: re-sent objects that had arrived"
    );
    assert_eq!(count_objects(&store.join("objects")) as u64, total);
    let b = clone_of(&a);
    b.mlo(&["pull"]).assert().success();
    same_file(&a, &b, "data/small/d07/f00007.txt");
}

#[test]
fn corrupt_remote_object_is_detected_and_never_stored() {
    let (_remote, store, a) = repo_with_dir_remote();
    write(&a.join("a.csv"), b"x,y\n1,2\n");
    a.mlo(&["data", "add", "a.csv"]).assert().success();
    a.mlo(&["push"]).assert().success();
    let digest = fs::read_to_string(a.join("a.csv.mlo"))
        .unwrap()
        .lines()
        .find_map(|l| l.strip_prefix("blake3: ").map(str::to_string))
        .unwrap();
    let obj: PathBuf = store.join("objects").join(&digest[..2]).join(&digest[2..]);
    let mut perms = fs::metadata(&obj).unwrap().permissions();
    #[allow(clippy::permissions_set_readonly_false)]
    perms.set_readonly(false);
    fs::set_permissions(&obj, perms).unwrap();
    fs::write(&obj, b"x,y\n6,6\n").unwrap();
    let b = clone_of(&a);
    let (code, _, err) = b.run(&["pull"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("corrupt") && err.contains(&digest), "{err}");
    assert!(
        !b.join(".mlo/objects")
            .join(&digest[..2])
            .join(&digest[2..])
            .exists()
    );
    assert_eq!(fs::read_dir(b.join(".mlo/tmp")).unwrap().count(), 0);
    assert!(!b.join("a.csv").exists());
}

fn state_of(s: &Sandbox) -> (usize, i64, i64) {
    let db = s.db();
    let events: i64 = db
        .query_row("SELECT count(*) FROM audit_events", [], |r| r.get(0))
        .unwrap();
    let known: i64 = db
        .query_row("SELECT count(*) FROM remote_objects", [], |r| r.get(0))
        .unwrap();
    (count_objects(&s.join(".mlo/objects")), events, known)
}

#[test]
fn wrong_credentials_and_unreachable_endpoint_fail_cleanly() {
    let (endpoint, _, _, _) = s3();
    let s = Sandbox::repo();
    let url = s3_url("denied");
    remote_add_s3(&s, "o", &url, endpoint);
    remote_add_s3(&s, "down", &url, "http://127.0.0.1:9");
    write(&s.join("a.txt"), b"hello");
    s.mlo(&["data", "add", "a.txt"]).assert().success();
    let before = state_of(&s);
    let wrong = [
        ("AWS_ACCESS_KEY_ID", "AKIAWRONGWRONGWRONG1"),
        ("AWS_SECRET_ACCESS_KEY", "not-the-secret"),
    ];
    let (code, _, err) = run_env(&s, &["push", "-r", "o"], &wrong);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("remote `o` refused access"), "{err}");
    assert!(err.contains("hint:"), "{err}");
    assert!(!err.contains("not-the-secret"), "{err}");
    assert_eq!(state_of(&s), before);
    let started = Instant::now();
    let (code, _, err) = run_env(&s, &["push", "-r", "down"], &s3_env());
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("remote `down` is unreachable"), "{err}");
    assert!(started.elapsed() < Duration::from_secs(30));
    assert_eq!(state_of(&s), before);
    let (code, _, err) = run_env(&s, &["fetch", "-r", "down"], &s3_env());
    assert_eq!(code, 2, "{err}");
    assert_eq!(state_of(&s), before);
}

#[test]
fn two_clones_push_concurrently_to_one_remote() {
    for s3_remote in [false, true] {
        let remote = tempfile::tempdir().unwrap();
        let (url, env) = fresh_remote(s3_remote, &remote.path().join("store"), "concurrent");
        let a = Sandbox::repo();
        let b = Sandbox::repo();
        for (s, tag) in [(&a, "a"), (&b, "b")] {
            remote_add(s, &url, s3_remote, &env);
            many_files(&s.join(&format!("data/{tag}")), 500);
            // A shared file too: both push the same object at once.
            write(&s.join(&format!("data/{tag}/shared.txt")), b"same bytes");
            run_ok(s, &["data", "add", &format!("data/{tag}")], &env);
        }
        let spawn = |s: &Sandbox| {
            let mut c = s.std_cmd(&["--json", "push"]);
            for (k, v) in &env {
                c.env(k, v);
            }
            c.stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        };
        let (ca, cb) = (spawn(&a), spawn(&b));
        for c in [ca, cb] {
            succeeded(c.wait_with_output().unwrap());
        }
        // A third clone gets both.
        let c = Sandbox::repo();
        remote_add(&c, &url, s3_remote, &env);
        copy_pointers(a.path(), c.path(), a.path());
        copy_pointers(b.path(), c.path(), b.path());
        run_ok(&c, &["pull"], &env);
        same_file(&a, &c, "data/a/d01/f00001.txt");
        assert_eq!(
            fs::read(c.join("data/b/shared.txt")).unwrap(),
            b"same bytes"
        );
        // Both clones' records arrived: each made a dataset_version for its own path.
        let paths: i64 = c
            .db()
            .query_row(
                "SELECT count(DISTINCT path) FROM dataset_versions",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(paths, 2);
    }
}

#[test]
fn verify_repairs_knowledge_after_remote_loss() {
    let (_remote, store, a) = repo_with_dir_remote();
    write(&a.join("a.txt"), b"one");
    a.mlo(&["data", "add", "a.txt"]).assert().success();
    a.mlo(&["push"]).assert().success();
    fs::remove_dir_all(store.join("objects")).unwrap();
    // This clone still believes the remote holds it...
    assert_eq!(a.json(&["push"])["objects"], 0);
    let v = a.json(&["remote", "verify"]);
    assert_eq!(v["forgotten"], 1, "{v}");
    // ...until verify corrects it.
    assert_eq!(a.json(&["push"])["objects"], 1);
}

// ---- Packs: small objects and records in pack objects with an index (docs/remotes.md). ----

/// `n` files of 1,040 bytes each (distinct contents; `salt` tells datasets apart) in 20
/// subdirectories.
fn kib_files(root: &Path, n: usize, salt: char) {
    for i in 0..n {
        let line = format!("row {i:06} {}\n", salt.to_string().repeat(40));
        write(
            &root.join(format!("d{:02}/f{i:05}.txt", i % 20)),
            line.repeat(20).as_bytes(),
        );
    }
}

/// The packs of a directory remote: (id, .pack path, .idx path), only complete ones.
fn dir_packs(store: &Path) -> Vec<(String, PathBuf, PathBuf)> {
    let mut out = Vec::new();
    let Ok(rd) = fs::read_dir(store.join("packs")) else {
        return out;
    };
    for e in rd.flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        if let Some(id) = name.strip_suffix(".idx") {
            let pack = store.join("packs").join(format!("{id}.pack"));
            out.push((id.to_string(), pack, e.path()));
        }
    }
    out.sort();
    out
}

/// The entries of a pack index, read independently of mlo's parser: the format in
/// docs/remotes.md (56-byte header, 49-byte entries: digest, ns, offset, length).
fn idx_entries(path: &Path) -> Vec<(String, u8, u64, u64)> {
    let b = fs::read(path).unwrap();
    assert_eq!(&b[..8], b"MLOPIDX1");
    let count = u64::from_le_bytes(b[48..56].try_into().unwrap()) as usize;
    assert_eq!(b.len(), 56 + 49 * count);
    (0..count)
        .map(|i| {
            let e = &b[56 + 49 * i..56 + 49 * (i + 1)];
            let hex: String = e[..32].iter().map(|x| format!("{x:02x}")).collect();
            let off = u64::from_le_bytes(e[33..41].try_into().unwrap());
            let len = u64::from_le_bytes(e[41..49].try_into().unwrap());
            (hex, e[32], off, len)
        })
        .collect()
}

fn hex_of_file(path: &Path) -> String {
    blake3::hash(&fs::read(path).unwrap()).to_hex().to_string()
}

#[test]
fn packs_round_trip_of_2500_files_between_two_clones() {
    for s3_remote in [false, true] {
        let remote = tempfile::tempdir().unwrap();
        let store = remote.path().join("store");
        let (url, env) = fresh_remote(s3_remote, &store, "packs-rt");
        let n = 2_500;
        let a = Sandbox::repo();
        remote_add(&a, &url, s3_remote, &env);
        // 1 MiB packs: the ~2.6 MB of files make three.
        run_ok(
            &a,
            &["config", "set", "remote.origin.pack_size_mib", "1"],
            &env,
        );
        kib_files(&a.join("data/small"), n, 'y');
        run_ok(&a, &["data", "add", "data/small"], &env);
        let pushed = json_env(&a, &["push"], &env);
        assert_eq!(pushed["objects"], (n + 21) as u64, "{pushed}");
        assert_eq!(pushed["packs"], 3, "{pushed}");
        // The files go in packs; the 21 manifests and the few records (stages of fewer than
        // 32) go one by one.
        assert_eq!(pushed["packed"], n as u64, "{pushed}");
        if !s3_remote {
            let packs = dir_packs(&store);
            assert_eq!(packs.len(), 3);
            let members: usize = packs.iter().map(|(_, _, i)| idx_entries(i).len()).sum();
            assert_eq!(members, n);
            for (id, pack, idx) in &packs {
                assert_eq!(
                    &hex_of_file(idx),
                    id,
                    "a pack is named by its index's blake3"
                );
                let entries = idx_entries(idx);
                let last = entries.last().unwrap();
                assert_eq!(fs::metadata(pack).unwrap().len(), last.2 + last.3);
            }
            assert_eq!(count_objects(&store.join("objects")), 21);
        }
        let again = json_env(&a, &["push"], &env);
        assert_eq!(again["objects"], 0, "{again}");

        // A fresh clone knows nothing about the remote: it lists the pack indexes, reads them,
        // and fetches the files with ranged reads.
        let b = clone_of(&a);
        assert_eq!(json_env(&b, &["remote", "list"], &env)[0]["known_packs"], 0);
        let pulled = json_env(&b, &["pull"], &env);
        assert_eq!(pulled["fetch"]["objects"], (n + 21) as u64, "{pulled}");
        assert_eq!(pulled["fetch"]["pack_indexes"], 3, "{pulled}");
        assert_eq!(pulled["fetch"]["packed"], n as u64, "{pulled}");
        for i in [0, 1, 777, n - 1] {
            let rel = format!("data/small/d{:02}/f{i:05}.txt", i % 20);
            same_file(&a, &b, &rel);
        }
        let v = b.json(&["data", "verify"]);
        assert!(v["corrupt"].as_array().is_none_or(|c| c.is_empty()), "{v}");
        let list = json_env(&b, &["remote", "list"], &env);
        assert_eq!(list[0]["known_packs"], 3, "{list}");
        // B learned from the indexes what the remote holds: nothing to push, and a second
        // fetch reads no index again.
        let st = json_env(&b, &["data", "status", "--remote"], &env);
        assert_eq!(st["datasets"][0]["objects"], 0, "{st}");
        let refetch = json_env(&b, &["fetch"], &env);
        assert_eq!(refetch["pack_indexes"], 0, "{refetch}");
        assert_eq!(refetch["objects"], 0, "{refetch}");

        // A tiny push (one changed file) pays no pack overhead.
        let f = a.join("data/small/d05/f00005.txt");
        fs::remove_file(&f).unwrap();
        write(&f, b"changed");
        run_ok(&a, &["data", "add", "data/small"], &env);
        let one = json_env(&a, &["push"], &env);
        assert_eq!(one["objects"], 3, "{one}");
        assert_eq!(one["packs"], 0, "{one}");
        copy_pointers(a.path(), b.path(), a.path());
        let pulled = json_env(&b, &["pull", "--force"], &env);
        assert_eq!(pulled["fetch"]["objects"], 3, "{pulled}");
        assert_eq!(
            fs::read(b.join("data/small/d05/f00005.txt")).unwrap(),
            b"changed"
        );
    }
}

#[test]
fn fresh_clone_verify_learns_what_the_remote_holds_from_pack_indexes() {
    let env = s3_env();
    let url = s3_url("packs-verify");
    let a = Sandbox::repo();
    remote_add(&a, &url, true, &env);
    // 40 more audit events: the records stage is packed too.
    for jobs in 1..=40 {
        run_ok(
            &a,
            &["remote", "set", "origin", "--jobs", &jobs.to_string()],
            &env,
        );
    }
    run_ok(
        &a,
        &["config", "set", "remote.origin.pack_size_mib", "1"],
        &env,
    );
    kib_files(&a.join("data/small"), 2_000, 'y');
    // 40 directories of one file: the 40 manifests of height 0 (with small's 20) are packed.
    for i in 0..40 {
        write(
            &a.join(&format!("data/wide/w{i:02}/only.txt")),
            format!("wide {i}").as_bytes(),
        );
    }
    run_ok(&a, &["data", "add", "data/small", "data/wide"], &env);
    let pushed = json_env(&a, &["push"], &env);
    let packs = pushed["packs"].as_u64().unwrap();
    // Files: 2 packs of 1 MiB; manifests of height 0: 1 pack; records: 1 pack.
    assert_eq!(packs, 4, "{pushed}");
    let records = pushed["records"].as_u64().unwrap();
    assert!(records >= 40, "{pushed}");
    // 2,040 files and 62 manifests; all packed but the two root manifests.
    assert_eq!(pushed["objects"], 2_000 + 40 + 62, "{pushed}");
    assert_eq!(
        pushed["packed"].as_u64().unwrap(),
        2_100 + records,
        "{pushed}"
    );
    // The pushing clone's own knowledge matches the remote exactly.
    let v = json_env(&a, &["remote", "verify"], &env);
    assert_eq!(
        (v["learned"].clone(), v["forgotten"].clone()),
        (0.into(), 0.into()),
        "{v}"
    );
    assert_eq!(v["packs"], packs, "{v}");
    assert_eq!(v["packed"].as_u64().unwrap(), 2_100 + records, "{v}");
    assert_eq!(v["objects"], 2, "{v}");
    assert_eq!(
        v["indexes_read"], 0,
        "{v}: A wrote the indexes, it need not read them"
    );
    // A fresh clone verifies: one listing of packs/ and a GET per index.
    let b = clone_of(&a);
    let v = json_env(&b, &["remote", "verify"], &env);
    assert_eq!(v["indexes_read"], packs, "{v}");
    assert_eq!(v["packs"], packs, "{v}");
    assert_eq!(v["learned"].as_u64().unwrap(), 2_102 + records, "{v}");
    assert_eq!(v["orphan_packs"], 0, "{v}");
    // What B knows now makes its fetch a pure download: no index is read again. Manifests
    // and records come out of packs too, and A's audit events are indexed in B.
    let f = json_env(&b, &["fetch"], &env);
    assert_eq!(f["pack_indexes"], 0, "{f}");
    assert_eq!(f["objects"], 2_102, "{f}");
    assert_eq!(f["records"], records, "{f}");
    assert_eq!(f["packed"].as_u64().unwrap(), 2_100 + records, "{f}");
    assert!(f["records_indexed"].as_u64().unwrap() >= 40, "{f}");
    b.mlo(&["data", "checkout"]).assert().success();
    assert_eq!(
        fs::read(b.join("data/wide/w39/only.txt")).unwrap(),
        b"wide 39"
    );
}

#[test]
fn corrupt_byte_inside_a_pack_is_detected_on_fetch_and_the_pack_can_be_repaired() {
    let (_remote, store, a) = repo_with_dir_remote();
    kib_files(&a.join("data/small"), 100, 'y');
    run_ok(&a, &["data", "add", "data/small"], &[]);
    let pushed = a.json(&["push"]);
    assert_eq!(pushed["packs"], 1, "{pushed}");
    let (id, pack, idx) = dir_packs(&store).pop().unwrap();
    let entries = idx_entries(&idx);
    // Flip one byte in the middle of the 11th member.
    let (victim, _, off, len) = entries[10].clone();
    let mut bytes = fs::read(&pack).unwrap();
    bytes[(off + len / 2) as usize] ^= 0x20;
    fs::write(&pack, &bytes).unwrap();

    let b = clone_of(&a);
    let (code, _, err) = b.run(&["pull"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("corrupt") && err.contains(&victim), "{err}");
    assert!(err.contains(&format!("packs/{id}.pack")), "{err}");
    assert!(
        err.contains(&format!("packs/{id}.idx")),
        "hint names the index: {err}"
    );
    let local = |d: &str| b.join(".mlo/objects").join(&d[..2]).join(&d[2..]);
    assert!(!local(&victim).exists(), "the corrupt member was stored");
    // Its intact neighbours were verified and stored.
    assert!(local(&entries[9].0).exists());
    assert_eq!(fs::read_dir(b.join(".mlo/tmp")).unwrap().count(), 0);
    assert!(
        !b.join("data/small").exists(),
        "checkout ran after a failed fetch"
    );

    // The repair the hint describes: delete the pack's index on the remote, let the clone
    // that has the objects relearn the remote, and push; the pack is rebuilt under the same
    // name (same members) and overwritten with intact bytes.
    fs::remove_file(&idx).unwrap();
    let v = a.json(&["remote", "verify"]);
    // The 100 files, and the 21 manifests above them: a manifest counts on the remote only
    // with its whole tree (push stops descending at a manifest it knows there).
    assert_eq!(v["forgotten"], 121, "{v}");
    assert_eq!(v["incomplete"], 21, "{v}");
    assert_eq!(v["orphan_packs"], 1, "{v}");
    let repaired = a.json(&["push"]);
    assert_eq!(repaired["objects"], 121, "{repaired}");
    assert_eq!(repaired["packs"], 1, "{repaired}");
    assert_eq!(dir_packs(&store)[0].0, id);
    b.mlo(&["pull"]).assert().success();
    same_file(&a, &b, "data/small/d10/f00010.txt");
}

#[test]
fn damaged_pack_index_is_refused_with_its_key() {
    let (_remote, store, a) = repo_with_dir_remote();
    kib_files(&a.join("data/small"), 50, 'y');
    run_ok(&a, &["data", "add", "data/small"], &[]);
    a.mlo(&["push"]).assert().success();
    let (id, _, idx) = dir_packs(&store).pop().unwrap();
    let mut bytes = fs::read(&idx).unwrap();
    bytes[60] ^= 1; // inside the first entry's digest
    fs::write(&idx, &bytes).unwrap();
    let b = clone_of(&a);
    let (code, _, err) = b.run(&["pull"]);
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains(&format!(
            "pack index `packs/{id}.idx` on remote `origin` is damaged"
        )),
        "{err}"
    );
    assert!(err.contains("not to its name"), "{err}");
    assert!(
        err.contains("hint:") && err.contains("mlo remote verify"),
        "{err}"
    );
    assert_eq!(count_objects(&b.join(".mlo/objects")), 0);
    let (code, _, err) = b.run(&["remote", "verify"]);
    assert_eq!(code, 1, "{err}");
}

#[test]
fn push_killed_midway_through_packs_resumes_with_what_is_missing() {
    let (_remote, store, a) = repo_with_dir_remote();
    run_ok(
        &a,
        &["config", "set", "remote.origin.pack_size_mib", "1"],
        &[],
    );
    let n = 20_000;
    kib_files(&a.join("data/small"), n, 'y');
    a.mlo(&["data", "add", "data/small"]).assert().success();
    // ~21 MB of files: 20 packs, built and sent one at a time with -j 1.
    let mut child = a.std_cmd(&["push", "-j", "1"]).spawn().unwrap();
    let deadline = Instant::now() + Duration::from_secs(120);
    while dir_packs(&store).is_empty() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(2));
    }
    child.kill().unwrap(); // SIGKILL: nothing runs after it
    child.wait().unwrap();
    let visible: usize = dir_packs(&store)
        .iter()
        .map(|(_, _, idx)| idx_entries(idx).len())
        .sum();
    assert!(
        visible > 0 && visible < n,
        "{visible} of {n} files visible: not interrupted midway"
    );
    // Whatever the kill left (pack data without an index, a half-written temporary file)
    // breaks neither a fetch of what is there...
    let b = clone_of(&a);
    let (code, _, err) = b.run(&["fetch"]);
    assert_ne!(code, 0, "fetch cannot find the root manifest yet: {err}");
    assert!(err.contains("does not have"), "{err}");
    // ...nor the next push, which sends exactly the files that were not visible.
    let resumed = a.json(&["push"]);
    assert_eq!(resumed["resumed"], true, "{resumed}");
    assert_eq!(
        resumed["objects"].as_u64().unwrap(),
        (n + 21 - visible) as u64,
        "{resumed}: re-sent objects that were visible"
    );
    let members: usize = dir_packs(&store)
        .iter()
        .map(|(_, _, idx)| idx_entries(idx).len())
        .sum();
    assert_eq!(members, n, "a file is in two packs: sent twice");
    b.mlo(&["pull"]).assert().success();
    same_file(&a, &b, "data/small/d07/f19987.txt");
}

#[test]
fn pack_left_without_its_index_is_ignored_and_sent_again() {
    // The state a push killed between a pack's upload and its index's leaves behind.
    let (_remote, store, a) = repo_with_dir_remote();
    kib_files(&a.join("data/one"), 40, 'y');
    run_ok(&a, &["data", "add", "data/one"], &[]);
    assert_eq!(a.json(&["push"])["packs"], 1);
    let (id, pack, idx) = dir_packs(&store).pop().unwrap();
    let kept = fs::read(&idx).unwrap();
    fs::remove_file(&idx).unwrap();
    // A fresh clone does not see the orphan's objects, and says what is missing.
    let b = clone_of(&a);
    b.exits(&["pull"], 2, "does not have object");
    let v = b.json(&["remote", "verify"]);
    assert_eq!(
        (v["orphan_packs"].clone(), v["packs"].clone()),
        (1.into(), 0.into()),
        "{v}"
    );
    // The pushing clone relearns the remote, and the next push sends the pack again (its data
    // under the same name, then the index).
    let v = a.json(&["remote", "verify"]);
    assert_eq!(
        v["forgotten"],
        40 + 21,
        "{v}: the files and the manifests above them"
    );
    let again = a.json(&["push"]);
    assert_eq!(
        (again["objects"].clone(), again["packs"].clone()),
        ((40 + 21).into(), 1.into()),
        "{again}"
    );
    assert_eq!(fs::read(&idx).unwrap(), kept);
    assert!(pack.exists());
    assert_eq!(dir_packs(&store).len(), 1);
    assert_eq!(dir_packs(&store)[0].0, id);
    b.mlo(&["pull"]).assert().success();
    same_file(&a, &b, "data/one/d03/f00003.txt");
}

#[test]
fn mixed_layout_individual_objects_and_packs_on_one_remote() {
    let env = s3_env();
    let url = s3_url("mixed");
    let a = Sandbox::repo();
    remote_add(&a, &url, true, &env);
    // The layout before packs (and what `pack_threshold_kib = 0` keeps): one key per object.
    run_ok(
        &a,
        &["config", "set", "remote.origin.pack_threshold_kib", "0"],
        &env,
    );
    kib_files(&a.join("data/old"), 300, 'o');
    run_ok(&a, &["data", "add", "data/old"], &env);
    let old = json_env(&a, &["push"], &env);
    assert_eq!(
        (old["objects"].clone(), old["packs"].clone()),
        (321.into(), 0.into()),
        "{old}"
    );
    // Packing on (the default): new data goes in packs, next to the old keys.
    run_ok(
        &a,
        &["config", "set", "remote.origin.pack_threshold_kib", "1024"],
        &env,
    );
    kib_files(&a.join("data/new"), 300, 'n');
    // A file both datasets share is already on the remote under its own key: not re-sent.
    write(
        &a.join("data/new/d00/f00000.txt"),
        &fs::read(a.join("data/old/d00/f00000.txt")).unwrap(),
    );
    run_ok(&a, &["data", "add", "data/new"], &env);
    let new = json_env(&a, &["push"], &env);
    assert_eq!(new["packs"], 1, "{new}");
    assert_eq!(new["packed"], 299, "{new}");
    let b = clone_of(&a);
    let pulled = json_env(&b, &["pull"], &env);
    assert_eq!(
        pulled["fetch"]["objects"],
        (321 + 299 + 21) as u64,
        "{pulled}"
    );
    assert_eq!(pulled["fetch"]["packed"], 299, "{pulled}");
    for rel in [
        "data/old/d11/f00011.txt",
        "data/new/d12/f00012.txt",
        "data/new/d00/f00000.txt",
    ] {
        same_file(&a, &b, rel);
    }
    let v = json_env(&b, &["remote", "verify"], &env);
    assert_eq!(v["packed"], 299, "{v}");
    assert!(v["objects"].as_u64().unwrap() >= 321 + 21, "{v}");
    assert_eq!(v["forgotten"], 0, "{v}");
}
