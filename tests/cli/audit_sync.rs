//! Issue 10: audit events made on other machines arrive with `mlo pull`. Two clones share a
//! local-directory remote, act at pinned, interleaved times, and push and pull both ways; each
//! clone's chain verifies on its own in both, `audit log` shows both machines' events in time
//! order, a pulled event is never re-hashed into the local chain, and tampering with a pulled
//! event in the SQLite file, truncating a pulled chain, or a forged record on the remote is
//! caught and named.

use std::path::Path;

use mlo::audit::AuditEvent;
use serde_json::Value;

use super::Sandbox;

/// Run `mlo ARGS` in `s` as machine `host` at time `ts`: (exit code, stdout, stderr).
fn at(s: &Sandbox, host: &str, ts: &str, args: &[&str]) -> (i32, String, String) {
    let out = s
        .std_cmd(args)
        .env("MLO_HOST", host)
        .env("MLO_TEST_TIMESTAMP", ts)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The same, asserting success; stdout.
fn ok(s: &Sandbox, host: &str, ts: &str, args: &[&str]) -> String {
    let (code, stdout, stderr) = at(s, host, ts, args);
    assert_eq!(code, 0, "mlo {args:?} on {host}: {stderr}");
    stdout
}

fn json(s: &Sandbox, host: &str, args: &[&str]) -> Value {
    let mut all = vec!["--json"];
    all.extend_from_slice(args);
    let out = ok(s, host, "2026-03-01T12:00:00Z", &all);
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("not JSON ({e}): {out}"))
}

/// Minute `m` of the test morning.
fn t(m: u32) -> String {
    format!("2026-03-01T10:{m:02}:00Z")
}

const A: &str = "laptop-a";
const B: &str = "ci-runner-b";

/// Two clones of one project sharing the directory remote `remote`: A makes the project and
/// pushes, B is set up from the committed config and pulls, B acts and pushes, A pulls, acts
/// and pushes. Every command at its own minute, A's and B's interleaved.
fn two_clones(remote: &Path) -> (Sandbox, Sandbox) {
    let a = Sandbox::new();
    ok(&a, A, &t(1), &["init"]);
    let url = remote.join("store").display().to_string();
    ok(
        &a,
        A,
        &t(2),
        &["remote", "add", "origin", &url, "--default"],
    );
    std::fs::write(a.join("a.csv"), "x,y\n1,2\n").unwrap();
    ok(&a, A, &t(3), &["data", "add", "a.csv"]);
    let b = Sandbox::new();
    std::fs::copy(a.join(".mlops.toml"), b.join(".mlops.toml")).unwrap();
    ok(&b, B, &t(4), &["init"]);
    ok(&a, A, &t(5), &["push"]);
    ok(&b, B, &t(6), &["pull"]);
    ok(&b, B, &t(7), &["config", "set", "store.link", "copy"]);
    ok(&b, B, &t(8), &["push"]);
    ok(&a, A, &t(9), &["pull"]);
    ok(&a, A, &t(10), &["config", "set", "store.link", "copy"]);
    ok(&a, A, &t(11), &["push"]);
    ok(&b, B, &t(12), &["pull"]);
    (a, b)
}

fn chain_id(s: &Sandbox) -> String {
    std::fs::read_to_string(s.join(".mlo/chain_id"))
        .unwrap()
        .trim()
        .to_string()
}

fn events_of(log: &Value, chain: &str) -> Vec<Value> {
    log.as_array()
        .unwrap()
        .iter()
        .filter(|e| e["chain"] == chain)
        .cloned()
        .collect()
}

#[test]
fn each_clone_verifies_both_chains_and_logs_them_in_time_order() {
    let remote = tempfile::tempdir().unwrap();
    let (a, b) = two_clones(remote.path());
    let (ca, cb) = (chain_id(&a), chain_id(&b));
    assert_ne!(ca, cb);

    for (s, host, local, other, other_host) in [(&a, A, &ca, &cb, B), (&b, B, &cb, &ca, A)] {
        let (code, _, stderr) = at(s, host, &t(30), &["audit", "verify"]);
        assert_eq!(code, 0, "{host}: {stderr}");
        assert!(
            stderr.contains(&format!("pulled chain `{other}` (from `{other_host}`)")),
            "{stderr}"
        );
        let v = json(s, host, &["audit", "verify"]);
        assert!(v["problem"].is_null(), "{v}");
        let chains = v["chains"].as_array().unwrap();
        assert_eq!(chains.len(), 2, "{v}");
        assert_eq!(chains[0]["chain_id"], local.as_str());
        assert_eq!(chains[0]["local"], true);
        assert_eq!(chains[1]["chain_id"], other.as_str());
        assert_eq!(chains[1]["hosts"], serde_json::json!([other_host]));

        // The merged view: both machines, in time order.
        let log = json(s, host, &["audit", "log"]);
        let times: Vec<&str> = log
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["timestamp"].as_str().unwrap())
            .collect();
        let mut sorted = times.clone();
        sorted.sort();
        assert_eq!(times, sorted, "{host}: not in time order");
        let mine = events_of(&log, local);
        let theirs = events_of(&log, other);
        assert!(mine.iter().all(|e| e["host"] == host), "{host}: {mine:?}");
        assert!(theirs.iter().all(|e| e["host"] == other_host));
        assert!(!theirs.is_empty());

        // The local chain is contiguous and links only to itself: nothing pulled was chained.
        for (i, e) in mine.iter().enumerate() {
            assert_eq!(e["seq"], i as u64 + 1, "{host}: {e}");
            if i > 0 {
                assert_eq!(e["prev_hash"], mine[i - 1]["hash"]);
            }
        }
        // Filters apply across chains.
        let pulls = json(s, host, &["audit", "log", "--action", "data.pull"]);
        assert!(
            pulls.as_array().unwrap().iter().any(|e| e["host"] == B),
            "{pulls}"
        );
        let theirs_only = json(s, host, &["audit", "log", "--chain", &other[..13]]);
        assert_eq!(theirs_only.as_array().unwrap(), &theirs);
        let newest = json(s, host, &["audit", "log", "--limit", "3"]);
        assert_eq!(
            newest.as_array().unwrap()[..],
            log.as_array().unwrap()[log.as_array().unwrap().len() - 3..]
        );
    }

    // A pulled event is stored exactly as its own machine hashed it.
    let b_own = json(&b, B, &["audit", "log", "--chain", "local"]);
    let b_in_a = json(&a, A, &["audit", "log", "--chain", &cb]);
    let n = b_in_a.as_array().unwrap().len();
    assert!(n >= 3, "{b_in_a}");
    assert_eq!(
        b_in_a.as_array().unwrap()[..],
        b_own.as_array().unwrap()[..n]
    );

    // A's table names the origin of each event.
    let out = a
        .std_cmd(&["audit", "log"])
        .env("MLO_HOST", A)
        .env("COLUMNS", "200")
        .output()
        .unwrap();
    let table = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(table.lines().nth(1).unwrap().contains("origin"), "{table}");
    let b_init = table
        .lines()
        .find(|l| l.contains("repo.init") && l.contains(B))
        .unwrap_or_else(|| panic!("{table}"));
    assert!(b_init.contains("10:04:00"), "{b_init}");
    assert!(
        table
            .lines()
            .any(|l| l.contains("repo.init") && l.contains("local")),
        "{table}"
    );
    // And `audit show` says where a pulled event came from.
    let id = b_in_a[0]["event_id"].as_str().unwrap();
    let (_, shown, _) = at(&a, A, &t(30), &["audit", "show", id]);
    assert!(shown.contains("pulled from another clone"), "{shown}");

    // The compliance report and the export cover both chains.
    let r = json(&a, A, &["audit", "report"]);
    assert_eq!(r["chain_verified"], true);
    assert_eq!(r["chains"].as_array().unwrap().len(), 2);
    assert_eq!(
        r["events"].as_u64().unwrap(),
        json(&a, A, &["audit", "log"]).as_array().unwrap().len() as u64
    );
    ok(&a, A, &t(31), &["audit", "export", "--out", "trail.jsonl"]);
    let manifest: Value = serde_json::from_str(
        &std::fs::read_to_string(a.join("trail.jsonl.manifest.json")).unwrap(),
    )
    .unwrap();
    let chains = manifest["chains"].as_array().unwrap();
    assert_eq!(chains.len(), 2, "{manifest}");
    assert_eq!(chains[0]["chain_id"], ca.as_str());
    assert_eq!(chains[1]["chain_id"], cb.as_str());
    assert_eq!(chains[1]["hosts"], serde_json::json!([B]));
    assert_eq!(chains[1]["count"], n as u64);
    assert_eq!(chains[1]["head_hash"], b_in_a[n - 1]["hash"]);
    let (code, _, stderr) = at(
        &a,
        A,
        &t(32),
        &["audit", "export", "--verify", "trail.jsonl"],
    );
    assert_eq!(code, 0, "{stderr}");
    assert!(stderr.contains("of 2 chain(s)"), "{stderr}");
    // An edit to a pulled event in the export is caught, naming its chain and line.
    let text = std::fs::read_to_string(a.join("trail.jsonl")).unwrap();
    let line = text
        .lines()
        .position(|l| l.contains(&cb) && l.contains("config.set"))
        .unwrap();
    let edited: Vec<String> = text
        .lines()
        .enumerate()
        .map(|(i, l)| {
            if i == line {
                l.replace("\"store.link\"", "\"store.linq\"")
            } else {
                l.to_string()
            }
        })
        .collect();
    std::fs::write(a.join("trail.jsonl"), edited.join("\n") + "\n").unwrap();
    let (code, _, stderr) = at(
        &a,
        A,
        &t(33),
        &["audit", "export", "--verify", "trail.jsonl"],
    );
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.contains(&format!("chain `{cb}`) on line {}", line + 1))
            && stderr.contains("was edited after export"),
        "{stderr}"
    );
}

#[test]
fn tampering_with_a_pulled_event_is_caught_and_named_and_a_rebuild_restores_it() {
    let remote = tempfile::tempdir().unwrap();
    let (a, b) = two_clones(remote.path());
    let cb = chain_id(&b);
    a.db()
        .execute(
            "UPDATE audit_events SET actor_id = 'mallory' WHERE chain = ?1 AND seq = 2",
            [&cb],
        )
        .unwrap();
    let (code, stdout, stderr) = at(&a, A, &t(40), &["audit", "verify"]);
    assert_eq!(code, 1, "{stderr}");
    assert!(stdout.is_empty());
    assert!(
        stderr.contains(&format!("pulled chain `{cb}` (from `{B}`)"))
            && stderr.contains("event #2")
            && stderr.contains("was edited"),
        "{stderr}"
    );
    let (_, out, _) = at(&a, A, &t(40), &["--json", "audit", "verify"]);
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["problem"]["chain"], cb.as_str(), "{v}");
    assert_eq!(v["problem"]["kind"], "edited");
    assert_eq!(v["problem"]["seq"], 2);
    assert!(
        v["chains"][0]["problem"].is_null(),
        "the local chain is fine: {v}"
    );
    // fsck agrees, and the report says so at the top.
    let (code, _, _) = at(&a, A, &t(40), &["fsck"]);
    assert_eq!(code, 1);
    let r = json(&a, A, &["audit", "report"]);
    assert_eq!(r["chain_verified"], false);
    assert!(
        r["chain_problem"]
            .as_str()
            .unwrap()
            .starts_with(&format!("pulled chain `{cb}`: event #2")),
        "{r}"
    );

    // The pulled events are record objects too: a rebuild restores them as they were.
    ok(&a, A, &t(41), &["index", "rebuild"]);
    let (code, _, stderr) = at(&a, A, &t(42), &["audit", "verify"]);
    assert_eq!(code, 0, "{stderr}");
    let log = json(&a, A, &["audit", "log", "--chain", &cb]);
    assert!(
        log.as_array()
            .unwrap()
            .iter()
            .all(|e| e["actor"]["id"] != "mallory")
    );

    // Deleting a pulled event from the middle is named too.
    a.db()
        .execute(
            "DELETE FROM audit_events WHERE chain = ?1 AND seq = 2",
            [&cb],
        )
        .unwrap();
    let (code, _, stderr) = at(&a, A, &t(43), &["audit", "verify"]);
    assert_eq!(code, 1);
    assert!(
        stderr.contains(&format!("pulled chain `{cb}`")) && stderr.contains("event #2 is missing"),
        "{stderr}"
    );
}

#[test]
fn a_checkpoint_taken_on_the_other_machine_checks_the_pulled_copy() {
    let remote = tempfile::tempdir().unwrap();
    let (a, b) = two_clones(remote.path());
    let cb = chain_id(&b);
    ok(
        &b,
        B,
        &t(20),
        &["audit", "checkpoint", "--out", "b-cp.json"],
    );
    ok(&b, B, &t(21), &["push"]);
    ok(&a, A, &t(22), &["pull"]);
    std::fs::copy(b.join("b-cp.json"), a.join("b-cp.json")).unwrap();
    let size =
        serde_json::from_str::<Value>(&std::fs::read_to_string(a.join("b-cp.json")).unwrap())
            .unwrap()["size"]
            .as_u64()
            .unwrap();
    let (code, _, stderr) = at(
        &a,
        A,
        &t(23),
        &["audit", "verify", "--from-checkpoint", "b-cp.json"],
    );
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stderr.contains(&format!(
            "pulled chain `{cb}` (from `{B}`) extends checkpoint `b-cp.json` ({size} event(s)"
        )),
        "{stderr}"
    );
    // The pulled copy loses its tail: the bare chains still verify, the checkpoint does not.
    a.db()
        .execute(
            "DELETE FROM audit_events WHERE chain = ?1 AND seq >= ?2",
            rusqlite::params![cb, size as i64],
        )
        .unwrap();
    let (code, _, stderr) = at(&a, A, &t(24), &["audit", "verify"]);
    assert_eq!(code, 0, "{stderr}");
    let (code, _, stderr) = at(
        &a,
        A,
        &t(24),
        &["audit", "verify", "--from-checkpoint", "b-cp.json"],
    );
    assert_eq!(code, 1);
    assert!(
        stderr.contains(&format!(
            "pulled chain `{cb}` has {} event(s) but the checkpoint covers {size}",
            size - 1
        )) && stderr.contains("(truncated)"),
        "{stderr}"
    );
    // A clone that never pulled B's events says so.
    let c = Sandbox::repo();
    std::fs::copy(b.join("b-cp.json"), c.join("b-cp.json")).unwrap();
    let (code, _, stderr) = c.run(&["audit", "verify", "--from-checkpoint", "b-cp.json"]);
    assert_eq!(code, 1);
    assert!(stderr.contains("holds no events of chain"), "{stderr}");
}

/// Write `event` as a record object into the directory remote, as a forger with write access
/// to the remote would.
fn plant(remote: &Path, event: &AuditEvent) {
    let encoded = mlo::records::encode(&event.to_record());
    let hex = encoded.digest.to_hex();
    let path = remote.join("store/records").join(&hex[..2]).join(&hex[2..]);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, encoded.bytes).unwrap();
}

#[test]
fn forged_records_on_the_remote_never_enter_a_chain_and_are_reported_as_forks() {
    let remote = tempfile::tempdir().unwrap();
    let (a, b) = two_clones(remote.path());
    let (ca, cb) = (chain_id(&a), chain_id(&b));
    let a_before = json(&a, A, &["audit", "log", "--chain", "local"]);
    let b_log = json(&b, B, &["audit", "log", "--chain", "local"]);

    // A second version of B's event #2, consistently hashed.
    let mut fork: AuditEvent = serde_json::from_value(b_log[1].clone()).unwrap();
    fork.actor.id = "mallory".into();
    fork.hash = fork.compute_hash();
    plant(remote.path(), &fork);
    // And an event that claims A's chain, linked after A's head.
    let head: AuditEvent =
        serde_json::from_value(a_before.as_array().unwrap().last().unwrap().clone()).unwrap();
    let mut claim = head.clone();
    claim.seq += 1;
    claim.event_id = "01900000-0000-7000-8000-000000000001".into();
    claim.action = "model.promote".into();
    claim.host = "elsewhere".into();
    claim.prev_hash = head.hash.clone();
    claim.hash = claim.compute_hash();
    plant(remote.path(), &claim);

    ok(&a, A, &t(50), &["pull"]);
    let (code, _, stderr) = at(&a, A, &t(51), &["audit", "verify"]);
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.contains(&format!("this repository's chain `{ca}`"))
            && stderr.contains("claims this repository's chain")
            && stderr.contains("elsewhere"),
        "{stderr}"
    );
    let v = json_code(&a, &["audit", "verify"]);
    assert_eq!(v["chains"][0]["conflicts"], 1, "{v}");
    assert_eq!(v["chains"][0]["problem"]["kind"], "forked");
    assert_eq!(v["chains"][1]["chain_id"], cb.as_str());
    assert_eq!(v["chains"][1]["conflicts"], 1);
    assert_eq!(v["chains"][1]["problem"]["kind"], "forked");
    assert_eq!(v["chains"][1]["problem"]["seq"], 2);

    // Neither forged event took a place: A's chain goes on from its own head, B's #2 is B's.
    let a_after = json(&a, A, &["audit", "log", "--chain", "local"]);
    let a_after = a_after.as_array().unwrap();
    assert!(a_after.iter().all(|e| e["action"] != "model.promote"));
    let pull = a_after.last().unwrap();
    assert_eq!(pull["action"], "data.pull");
    assert_eq!(pull["prev_hash"], head.hash.as_str());
    let b_in_a = json(&a, A, &["audit", "log", "--chain", &cb]);
    assert_eq!(b_in_a[1], b_log[1]);

    // A rebuild from the records keeps B's own #2 (the one #3 links to) and still reports both
    // forgeries.
    ok(&a, A, &t(52), &["index", "rebuild"]);
    assert_eq!(json(&a, A, &["audit", "log", "--chain", &cb])[1], b_log[1]);
    let a_rebuilt = json(&a, A, &["audit", "log", "--chain", "local"]);
    assert!(
        a_rebuilt
            .as_array()
            .unwrap()
            .iter()
            .all(|e| e["action"] != "model.promote" && e["host"] == A),
        "{a_rebuilt}"
    );
    let v = json_code(&a, &["audit", "verify"]);
    assert_eq!(v["chains"][0]["problem"]["kind"], "forked", "{v}");
    assert_eq!(v["chains"][1]["problem"]["kind"], "forked", "{v}");
    assert_eq!(v["chains"][1]["conflicts"], 1, "{v}");
}

/// `--json` output of a command that may exit 1.
fn json_code(s: &Sandbox, args: &[&str]) -> Value {
    let mut all = vec!["--json"];
    all.extend_from_slice(args);
    let (_, out, err) = at(s, A, "2026-03-01T12:00:00Z", &all);
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("not JSON ({e}): {out} {err}"))
}

#[test]
fn an_index_from_before_pulled_chains_were_stored_learns_them_from_its_records() {
    let remote = tempfile::tempdir().unwrap();
    let (a, b) = two_clones(remote.path());
    let cb = chain_id(&b);
    let expected = json(&a, A, &["audit", "log", "--chain", &cb]);
    // Schema 5: one chain per index, pulled events kept as records only.
    a.db()
        .execute_batch(
            "CREATE TABLE old (seq INTEGER PRIMARY KEY, event_id TEXT NOT NULL UNIQUE, chain TEXT NOT NULL,
                 ts TEXT NOT NULL, actor_type TEXT NOT NULL, actor_id TEXT NOT NULL, actor_source TEXT,
                 action TEXT NOT NULL, target_type TEXT NOT NULL, target_id TEXT NOT NULL,
                 outcome TEXT NOT NULL, reason TEXT, details TEXT NOT NULL, host TEXT NOT NULL,
                 prev_hash TEXT NOT NULL, hash TEXT NOT NULL);
             INSERT INTO old SELECT seq, event_id, chain, ts, actor_type, actor_id, actor_source, action,
                 target_type, target_id, outcome, reason, details, host, prev_hash, hash
                 FROM audit_events WHERE chain = (SELECT value FROM meta WHERE key = 'chain_id');
             DROP TABLE audit_events;
             DROP TABLE audit_conflicts;
             DROP TABLE remote_pack_entries;
             DROP TABLE remote_packs;
             ALTER TABLE old RENAME TO audit_events;
             CREATE INDEX audit_events_ts ON audit_events (ts);
             CREATE INDEX audit_events_action ON audit_events (action);
             PRAGMA user_version = 5;",
        )
        .unwrap();
    let v = json(&a, A, &["audit", "verify"]);
    assert!(v["problem"].is_null(), "{v}");
    assert_eq!(v["chains"].as_array().unwrap().len(), 2, "{v}");
    assert_eq!(json(&a, A, &["audit", "log", "--chain", &cb]), expected);
    let version: i64 = a
        .db()
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(version, mlo::index::SCHEMA_VERSION);
}
