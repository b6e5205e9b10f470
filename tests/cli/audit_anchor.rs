//! Issue 10: keys, checkpoints, tampering caught only with a checkpoint (tail truncation,
//! whole-chain rewrite), inclusion proofs for first, middle and last events of logs of 1 to
//! 100 events, and failed or denied attempts recorded through the library.

use std::path::Path;

use mlo::audit::{AuditEvent, EventFilter, NewEvent, Outcome, Target};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

use super::Sandbox;

/// Append an event through the library, as a command would (`Repo::record_attempt`).
pub fn lib_event(
    s: &Sandbox,
    actor: &str,
    action: &str,
    target: (&str, &str),
    outcome: Outcome,
    reason: Option<&str>,
    details: Value,
) -> AuditEvent {
    let env = mlo::repo::settings::Env::from_pairs([
        ("MLO_ACTOR", actor),
        ("MLO_HOST", "testhost"),
        ("HOME", s.home.path().to_str().unwrap()),
    ]);
    let repo = mlo::repo::Repo::open(s.path(), &env).unwrap();
    let mut index = repo.open_index().unwrap();
    let mut new = NewEvent::success(action, Target::new(target.0, target.1), details);
    new.outcome = outcome;
    new.reason = reason.map(str::to_string);
    repo.record_attempt(&mut index, new).unwrap()
}

/// A repository whose chain holds exactly `n` events (init plus n - 1 library events).
fn repo_of_size(n: usize) -> Sandbox {
    let s = Sandbox::repo();
    for i in 1..n {
        lib_event(
            &s,
            "alice",
            "run.start",
            ("run", &format!("r{i}")),
            Outcome::Success,
            None,
            json!({"i": i}),
        );
    }
    s
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap()
}

/// `mlo audit checkpoint --out FILE` (unsigned).
fn checkpoint(s: &Sandbox, file: &str) {
    s.mlo(&["audit", "checkpoint", "--out", file])
        .assert()
        .success();
}

/// `mlo audit keygen`, then a checkpoint signed with the new key to `cp.json`; returns the
/// public key.
fn keygen_and_signed_checkpoint(s: &Sandbox) -> String {
    let (code, stdout, stderr) = s.run(&["audit", "keygen"]);
    assert_eq!(code, 0, "{stderr}");
    s.mlo(&[
        "audit",
        "checkpoint",
        "--key",
        ".mlo/audit-key",
        "--out",
        "cp.json",
    ])
    .assert()
    .success();
    stdout.trim().to_string()
}

/// The arguments of `mlo audit verify --from-checkpoint FILE`.
fn verify_from(file: &str) -> [&str; 4] {
    ["audit", "verify", "--from-checkpoint", file]
}

/// Rewrite event `seq`'s actor and re-hash it and every later event, as an attacker with
/// write access to `index.db` would: the chain verifies on its own afterwards.
fn rewrite_chain_consistently(s: &Sandbox, seq: i64, actor: &str) {
    let db = s.db();
    let events = mlo::audit::query(&db, &EventFilter::default()).unwrap();
    let mut prev = mlo::audit::GENESIS_HASH.to_string();
    for mut e in events {
        if e.seq == seq {
            e.actor.id = actor.into();
        }
        e.prev_hash = prev.clone();
        e.hash = e.compute_hash();
        db.execute(
            "UPDATE audit_events SET actor_id = ?1, prev_hash = ?2, hash = ?3 WHERE seq = ?4",
            rusqlite::params![e.actor.id, e.prev_hash, e.hash, e.seq],
        )
        .unwrap();
        prev = e.hash;
    }
}

#[test]
fn keygen_writes_a_0600_key_prints_the_public_key_and_refuses_to_overwrite() {
    let s = Sandbox::repo();
    let (code, stdout, stderr) = s.run(&["audit", "keygen"]);
    assert_eq!(code, 0, "{stderr}");
    let public = stdout.trim();
    assert_eq!(public.len(), 64, "{stdout}");
    assert!(public.bytes().all(|b| b.is_ascii_hexdigit()));
    let key_file = s.join(".mlo/audit-key");
    let text = read(&key_file);
    assert!(text.starts_with("mlo-audit-private-key v1\n"), "{text}");
    assert!(text.contains(&format!("public_key {public}\n")));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&key_file).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    assert!(stderr.contains("audit.signing_key"), "{stderr}");

    let (code, _, stderr) = s.run(&["audit", "keygen"]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("already exists") && stderr.contains("--force"),
        "{stderr}"
    );
    assert_eq!(
        read(&key_file),
        text,
        "a refused keygen must not touch the key"
    );

    // The event names the public key; the seed never enters the trail.
    let seed = text.lines().find_map(|l| l.strip_prefix("seed ")).unwrap();
    let log = s
        .run(&["--json", "audit", "log", "--action", "audit.keygen"])
        .1;
    let log: Value = serde_json::from_str(&log).unwrap();
    assert_eq!(log.as_array().unwrap().len(), 1);
    assert_eq!(log[0]["details"]["public_key"], public);
    assert!(!s.run(&["--json", "audit", "log"]).1.contains(seed));
}

#[test]
fn checkpoint_signs_with_the_configured_key_and_needs_one_for_sign() {
    let s = repo_of_size(3);
    let stderr = s.exits(
        &["audit", "checkpoint", "--sign"],
        2,
        "no audit signing key",
    );
    assert!(stderr.contains("mlo audit keygen"), "{stderr}");

    // Unsigned to stdout: the checkpoint JSON is the data.
    let (code, stdout, stderr) = s.run(&["audit", "checkpoint"]);
    assert_eq!(code, 0, "{stderr}");
    let cp: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(cp["format"], "mlo-audit-checkpoint");
    assert_eq!(cp["size"], 3);
    assert_eq!(cp["last_sequence"], 3);
    assert!(cp.get("signature").is_none());
    let log = s.json(&["audit", "log"]);
    assert_eq!(cp["head_hash"], log[2]["hash"]);
    assert_eq!(log[3]["action"], "audit.checkpoint");
    assert_eq!(log[3]["details"]["merkle_root"], cp["merkle_root"]);

    s.mlo(&["audit", "keygen"]).assert().success();
    s.mlo(&[
        "config",
        "set",
        "--local",
        "audit.signing_key",
        ".mlo/audit-key",
    ])
    .assert()
    .success();
    s.mlo(&["audit", "checkpoint", "--out", "cp.json"])
        .assert()
        .success();
    let cp: Value = serde_json::from_str(&read(&s.join("cp.json"))).unwrap();
    assert_eq!(cp["signature"]["algorithm"], "ed25519");
}

#[test]
fn tail_truncation_is_caught_only_with_a_checkpoint() {
    let s = repo_of_size(8);
    checkpoint(&s, "cp.json");
    s.exits(
        &verify_from("cp.json"),
        0,
        "extends checkpoint `cp.json` (8 event(s), unsigned)",
    );

    s.db()
        .execute("DELETE FROM audit_events WHERE seq >= 6", [])
        .unwrap();
    // The bare chain cannot tell: what is left is a valid chain.
    let (code, _, stderr) = s.run(&["audit", "verify"]);
    assert_eq!(code, 0, "{stderr}");
    let (code, stdout, stderr) = s.run(&verify_from("cp.json"));
    assert_eq!(code, 1, "{stderr}");
    assert!(stdout.is_empty());
    assert!(
        stderr.contains("has 5 event(s) but the checkpoint covers 8")
            && stderr.contains("events #6 to #8 were removed from the end (truncated)"),
        "{stderr}"
    );
    let v: Value = serde_json::from_str(
        &s.run(&["--json", "audit", "verify", "--from-checkpoint", "cp.json"])
            .1,
    )
    .unwrap();
    assert!(v["problem"].is_null());
    assert_eq!(v["checkpoint"]["size"], 8);
    assert_eq!(v["checkpoint"]["problems"].as_array().unwrap().len(), 1);
}

#[test]
fn verify_with_a_checkpoint_keeps_the_chain_messages() {
    for (tamper, needles) in [
        (
            "UPDATE audit_events SET action = 'x.y' WHERE seq = 4",
            &["event #4", "was edited"][..],
        ),
        (
            "DELETE FROM audit_events WHERE seq = 3",
            &["event #3 is missing"][..],
        ),
    ] {
        let s = repo_of_size(6);
        checkpoint(&s, "cp.json");
        s.db().execute(tamper, []).unwrap();
        let (code, _, stderr) = s.run(&verify_from("cp.json"));
        assert_eq!(code, 1);
        for needle in needles {
            assert!(stderr.contains(needle), "{tamper}: {stderr}");
        }
    }
}

#[test]
fn a_consistent_rewrite_is_caught_by_a_checkpoint_and_a_rewritten_checkpoint_by_its_signature() {
    let s = repo_of_size(6);
    let public = keygen_and_signed_checkpoint(&s);
    s.mlo(&["config", "set", "audit.public_key", &public])
        .assert()
        .success();
    s.exits(&verify_from("cp.json"), 0, "signed by the trusted key");

    rewrite_chain_consistently(&s, 2, "mallory");
    let (code, _, stderr) = s.run(&["audit", "verify"]);
    assert_eq!(
        code, 0,
        "the rewrite is consistent, so the bare chain verifies: {stderr}"
    );
    let (code, _, stderr) = s.run(&verify_from("cp.json"));
    assert_eq!(code, 1);
    assert!(
        stderr.contains("is not the checkpoint's head")
            && stderr.contains("the chain was rewritten"),
        "{stderr}"
    );
    assert!(
        stderr.contains("Merkle root of the first 7 event(s)"),
        "{stderr}"
    );

    // The attacker replaces the checkpoint too: unsigned, it is refused under the pinned key.
    let forged = s.run(&["audit", "checkpoint"]).1;
    std::fs::write(s.join("forged.json"), &forged).unwrap();
    s.exits(&verify_from("forged.json"), 1, "checkpoint is not signed");
    // Signed with a key of their own, it is refused too.
    s.mlo(&["audit", "keygen", "--out", "mallory.key"])
        .assert()
        .success();
    s.mlo(&[
        "audit",
        "checkpoint",
        "--key",
        "mallory.key",
        "--out",
        "forged.json",
    ])
    .assert()
    .success();
    s.exits(&verify_from("forged.json"), 1, "not by the trusted key");
    // Without a pinned key, the self-signed forgery passes, with a warning that says why.
    let (code, _, stderr) = s.run(&[
        "audit",
        "verify",
        "--from-checkpoint",
        "forged.json",
        "--public-key",
        &mallory_public(&s),
    ]);
    assert_eq!(code, 0, "{stderr}");
}

fn mallory_public(s: &Sandbox) -> String {
    read(&s.join("mallory.key"))
        .lines()
        .find_map(|l| l.strip_prefix("public_key ").map(str::to_string))
        .unwrap()
}

#[test]
fn an_edited_signed_checkpoint_fails_and_a_malformed_one_exits_2() {
    let s = repo_of_size(4);
    keygen_and_signed_checkpoint(&s);
    // Claim fewer events than were signed (what a truncating attacker would like).
    let mut cp: Value = serde_json::from_str(&read(&s.join("cp.json"))).unwrap();
    assert_eq!(cp["size"], 5, "4 events and the keygen event");
    cp["size"] = json!(4);
    cp["last_sequence"] = json!(4);
    let text = serde_json::to_string_pretty(&cp).unwrap();
    std::fs::write(s.join("cp.json"), text).unwrap();
    s.exits(&verify_from("cp.json"), 1, "does not verify");

    std::fs::write(s.join("bad.json"), "{\"format\": \"something-else\"}").unwrap();
    let (code, _, stderr) = s.run(&verify_from("bad.json"));
    assert_eq!(code, 2);
    assert!(
        stderr.contains("invalid checkpoint `bad.json`") && stderr.contains("hint:"),
        "{stderr}"
    );
    let (code, _, stderr) = s.run(&verify_from("nope.json"));
    assert_eq!(code, 2, "{stderr}");
    s.exits(
        &[
            "audit",
            "verify",
            "--from-checkpoint",
            "cp.json",
            "--public-key",
            "xyz",
        ],
        2,
        "invalid public key from --public-key",
    );
}

// --- an independent RFC 6962 reference, checked against the committed known answers ---

fn leaf(data: &[u8]) -> [u8; 32] {
    let mut h = Sha256::new();
    h.update([0u8]);
    h.update(data);
    h.finalize().into()
}

fn node(l: &[u8; 32], r: &[u8; 32]) -> [u8; 32] {
    let mut h = Sha256::new();
    h.update([1u8]);
    h.update(l);
    h.update(r);
    h.finalize().into()
}

fn split(n: usize) -> usize {
    let mut k = 1;
    while k * 2 < n {
        k *= 2;
    }
    k
}

fn mth(leaves: &[[u8; 32]]) -> [u8; 32] {
    match leaves.len() {
        0 => Sha256::digest([]).into(),
        1 => leaves[0],
        n => {
            let k = split(n);
            node(&mth(&leaves[..k]), &mth(&leaves[k..]))
        }
    }
}

fn path(m: usize, leaves: &[[u8; 32]]) -> Vec<[u8; 32]> {
    let n = leaves.len();
    if n <= 1 {
        return vec![];
    }
    let k = split(n);
    if m < k {
        let mut p = path(m, &leaves[..k]);
        p.push(mth(&leaves[k..]));
        p
    } else {
        let mut p = path(m - k, &leaves[k..]);
        p.push(mth(&leaves[..k]));
        p
    }
}

#[test]
fn the_test_reference_matches_the_known_answer_vectors() {
    let vectors: Value =
        serde_json::from_str(include_str!("../fixtures/audit/merkle_vectors.json")).unwrap();
    assert_eq!(
        hex::encode(mth(&[])),
        vectors["empty_root"].as_str().unwrap()
    );
    for r in vectors["roots"].as_array().unwrap() {
        let n = r["size"].as_u64().unwrap();
        let leaves: Vec<_> = (0..n).map(|i| leaf(&i.to_be_bytes())).collect();
        assert_eq!(
            hex::encode(mth(&leaves)),
            r["root"].as_str().unwrap(),
            "size {n}"
        );
    }
}

/// A checkpoint of the first `n` events, computed by the test's own reference.
fn reference_checkpoint(events: &[Value], n: usize) -> Value {
    let leaves: Vec<_> = events[..n]
        .iter()
        .map(|e| leaf(&hex::decode(e["hash"].as_str().unwrap()).unwrap()))
        .collect();
    json!({
        "format": "mlo-audit-checkpoint",
        "version": 1,
        "chain_id": events[0]["chain"],
        "size": n,
        "last_sequence": if n == 0 { Value::Null } else { json!(n) },
        "head_hash": if n == 0 { json!("0".repeat(64)) } else { events[n - 1]["hash"].clone() },
        "merkle_root": hex::encode(mth(&leaves)),
        "timestamp": "2026-05-01T12:00:00Z",
    })
}

#[test]
fn proofs_for_first_middle_and_last_events_of_logs_of_1_to_100_events() {
    let s = repo_of_size(100);
    let events = s.json(&["audit", "log"]);
    let events = events.as_array().unwrap();
    assert_eq!(events.len(), 100);
    let all_leaves: Vec<_> = events
        .iter()
        .map(|e| leaf(&hex::decode(e["hash"].as_str().unwrap()).unwrap()))
        .collect();

    // The empty tree: every chain extends it.
    let cp0 = s.join("cp0.json");
    std::fs::write(&cp0, reference_checkpoint(events, 0).to_string()).unwrap();
    let (code, _, stderr) = s.run(&verify_from("cp0.json"));
    assert_eq!(code, 0, "{stderr}");

    for n in 1..=100usize {
        let cp = format!("cp{n}.json");
        std::fs::write(s.join(&cp), reference_checkpoint(events, n).to_string()).unwrap();
        let mut picks = vec![0, n / 2, n - 1];
        picks.dedup();
        for m in picks {
            let id = events[m]["event_id"].as_str().unwrap();
            let proof_file = format!("p{n}-{m}.json");
            let (code, _, stderr) = s.run(&[
                "audit",
                "prove",
                id,
                "--checkpoint",
                &cp,
                "--out",
                &proof_file,
            ]);
            assert_eq!(code, 0, "size {n} leaf {m}: {stderr}");
            let proof: Value = serde_json::from_str(&read(&s.join(&proof_file))).unwrap();
            let expected: Vec<String> = path(m, &all_leaves[..n]).iter().map(hex::encode).collect();
            assert_eq!(proof["audit_path"], json!(expected), "size {n} leaf {m}");
            assert_eq!(proof["leaf_index"], m);
            assert_eq!(proof["tree_size"], n);
            assert_eq!(proof["event"], events[m]);
            let (code, _, stderr) =
                s.run(&["audit", "verify-proof", &proof_file, "--checkpoint", &cp]);
            assert_eq!(code, 0, "size {n} leaf {m}: {stderr}");
        }
    }
}

#[test]
fn verify_proof_works_without_the_log_and_fails_on_any_change() {
    let s = repo_of_size(13);
    let public = keygen_and_signed_checkpoint(&s);
    let id = s.json(&["audit", "log"])[6]["event_id"]
        .as_str()
        .unwrap()
        .to_string();
    let (code, stdout, stderr) = s.run(&["audit", "prove", &id[..13], "--checkpoint", "cp.json"]);
    assert_eq!(code, 0, "{stderr}");
    let proof: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(proof["format"], "mlo-audit-inclusion-proof");
    assert_eq!(proof["leaf_index"], 6);

    // A verifier elsewhere: no repository, only the proof, the checkpoint and the key.
    let elsewhere = Sandbox::new();
    let write = |name: &str, v: &Value| {
        std::fs::write(
            elsewhere.join(name),
            serde_json::to_string_pretty(v).unwrap(),
        )
        .unwrap()
    };
    write("proof.json", &proof);
    std::fs::copy(s.join("cp.json"), elsewhere.join("cp.json")).unwrap();
    let (code, _, stderr) = elsewhere.run(&[
        "audit",
        "verify-proof",
        "proof.json",
        "--checkpoint",
        "cp.json",
        "--public-key",
        &public,
    ]);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stderr.contains("is leaf 6 of 14") && stderr.contains("trusted key"),
        "{stderr}"
    );
    elsewhere.exits(
        &["audit", "verify-proof", "proof.json"],
        0,
        "warning: the proof was checked against the checkpoint it carries",
    );

    let mut bad = proof.clone();
    bad["event"]["actor"]["id"] = json!("mallory");
    write("bad.json", &bad);
    elsewhere.exits(&["audit", "verify-proof", "bad.json"], 1, "was edited");

    let mut bad = proof.clone();
    let first = bad["audit_path"][0]
        .as_str()
        .unwrap()
        .replace('a', "b")
        .replace('0', "1");
    bad["audit_path"][0] = json!(first);
    write("bad.json", &bad);
    elsewhere.exits(
        &["audit", "verify-proof", "bad.json"],
        1,
        "the audit path does not verify",
    );

    let mut bad = proof.clone();
    bad["leaf_index"] = json!(5);
    write("bad.json", &bad);
    let (code, _, stderr) = elsewhere.run(&["audit", "verify-proof", "bad.json"]);
    assert_eq!(code, 1, "{stderr}");

    // Against a checkpoint of another size, the proof does not verify.
    checkpoint(&s, "newer.json");
    let (code, _, stderr) = s.run(&[
        "audit",
        "verify-proof",
        "p.json",
        "--checkpoint",
        "newer.json",
    ]);
    assert_eq!(code, 2, "no such proof file: {stderr}");
    std::fs::write(s.join("p.json"), serde_json::to_string(&proof).unwrap()).unwrap();
    s.exits(
        &[
            "audit",
            "verify-proof",
            "p.json",
            "--checkpoint",
            "newer.json",
        ],
        1,
        "the file checkpoint has 15",
    );

    std::fs::write(elsewhere.join("junk.json"), "[1, 2]").unwrap();
    elsewhere.exits(
        &["audit", "verify-proof", "junk.json"],
        2,
        "is not a valid inclusion proof",
    );

    // An event after the checkpoint cannot be proved against it.
    let last = s.json(&["audit", "log"])[14]["event_id"]
        .as_str()
        .unwrap()
        .to_string();
    let stderr = s.exits(
        &["audit", "prove", &last, "--checkpoint", "cp.json"],
        2,
        "is not covered by the checkpoint",
    );
    assert!(stderr.contains("hint: take a newer checkpoint"), "{stderr}");

    // After a rewrite, the log no longer matches the checkpoint: no proof is made.
    rewrite_chain_consistently(&s, 2, "mallory");
    s.exits(
        &["audit", "prove", &id, "--checkpoint", "cp.json"],
        1,
        "does not match checkpoint",
    );
}

#[test]
fn failed_and_denied_attempts_are_recorded_and_verify() {
    let s = Sandbox::repo();
    lib_event(
        &s,
        "bob",
        "model.promote",
        ("model", "churn:3"),
        Outcome::Denied,
        Some("gate `auc` failed: 0.71 < 0.80"),
        json!({"to_stage": "production", "token": "sekrit"}),
    );
    lib_event(
        &s,
        "bob",
        "data.push",
        ("remote", "s3"),
        Outcome::Failure,
        Some("https://bob:hunter2@s3.example.com unreachable"),
        json!({}),
    );
    let denied = s.json(&["audit", "log", "--outcome", "denied"]);
    assert_eq!(denied.as_array().unwrap().len(), 1);
    assert_eq!(denied[0]["details"]["token"], "[REDACTED]");
    let failed = s.json(&["audit", "log", "--outcome", "failure"]);
    assert_eq!(
        failed[0]["reason"],
        "https://bob:[REDACTED]@s3.example.com unreachable"
    );
    s.mlo(&["audit", "verify"]).assert().success();
}
