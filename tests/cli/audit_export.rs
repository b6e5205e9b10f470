//! Issue 10: exports that read back losslessly in every format, with a manifest that catches
//! an export edited after the fact; and the compliance report over registry-style events.

use serde_json::{Value, json};

use super::Sandbox;
use super::audit_anchor::lib_event;
use mlo::audit::Outcome;

/// A repository whose events carry commas, quotes, newlines, tabs, unicode, nested details,
/// floats, nulls, empty strings and every outcome.
fn tricky_repo() -> Sandbox {
    let s = Sandbox::repo();
    s.mlo(&["config", "set", "core.actor", "O'Brien, \"Bob\"\nline two"])
        .assert()
        .success();
    lib_event(
        &s,
        "ci-bot, the \"builder\"",
        "model.promote",
        ("model", "churn,v2"),
        Outcome::Denied,
        Some("gate failed:\n  auc = 0.71, \"min\" = 0.80\ttab; ünïcödé ✓"),
        json!({
            "to_stage": "production",
            "gates": {"auc": {"passed": false, "value": 0.71}, "latency_ms": {"passed": true, "value": 12}},
            "nested": [1, 2.5, -3e-7, null, true, "", "a,b", {"k": "line\nbreak"}],
            "yes": "yes", "null_string": "null", "number_string": "012",
        }),
    );
    lib_event(
        &s,
        "svc",
        "serve.rollback",
        ("deployment", "prod"),
        Outcome::Failure,
        None,
        json!({}),
    );
    s
}

fn ex(s: &Sandbox, name: &str) -> String {
    std::fs::read_to_string(s.join(name)).unwrap()
}

/// Read an export back in the test (serde_json, csv, serde_yaml), independently of mlo.
fn parse_back(format: &str, text: &str) -> Vec<Value> {
    match format {
        "jsonl" => text
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect(),
        "json" => serde_json::from_str(text).unwrap(),
        "yaml" => serde_yaml::from_str(text).unwrap(),
        "csv" => {
            let mut r = csv::Reader::from_reader(text.as_bytes());
            let headers = r.headers().unwrap().clone();
            r.records()
                .map(|rec| {
                    let rec = rec.unwrap();
                    let col = |name: &str| &rec[headers.iter().position(|h| h == name).unwrap()];
                    let opt = |name: &str| {
                        let v = col(name);
                        if v.is_empty() { Value::Null } else { json!(v) }
                    };
                    json!({
                        "version": col("version").parse::<u64>().unwrap(),
                        "seq": col("seq").parse::<i64>().unwrap(),
                        "event_id": col("event_id"),
                        "chain": col("chain"),
                        "timestamp": col("timestamp"),
                        "actor": {"type": col("actor_type"), "id": col("actor_id"), "source": opt("actor_source")},
                        "action": col("action"),
                        "target": {"type": col("target_type"), "id": col("target_id")},
                        "outcome": col("outcome"),
                        "reason": opt("reason"),
                        "details": serde_json::from_str::<Value>(col("details")).unwrap(),
                        "host": col("host"),
                        "prev_hash": col("prev_hash"),
                        "hash": col("hash"),
                    })
                })
                .collect()
        }
        _ => unreachable!(),
    }
}

#[test]
fn exports_read_back_losslessly_in_every_format() {
    let s = tricky_repo();
    for format in ["jsonl", "json", "csv", "yaml"] {
        let before = s.json(&["audit", "log"]);
        let file = format!("trail.{format}");
        let (code, stdout, stderr) =
            s.run(&["audit", "export", "--format", format, "--out", &file]);
        assert_eq!(code, 0, "{format}: {stderr}");
        assert!(stdout.is_empty());
        let back = parse_back(format, &ex(&s, &file));
        assert_eq!(
            Value::Array(back),
            before,
            "{format} does not read back losslessly"
        );
        let manifest: Value =
            serde_json::from_str(&ex(&s, &format!("{file}.manifest.json"))).unwrap();
        assert_eq!(manifest["count"], before.as_array().unwrap().len());
        assert_eq!(manifest["export_format"], format);
        assert_eq!(manifest["first_event_id"], before[0]["event_id"]);
        assert_eq!(manifest["version"], 2);
        assert_eq!(manifest["chains"].as_array().unwrap().len(), 1);
        let chain = &manifest["chains"][0];
        assert_eq!(chain["chain_id"], manifest["chain_id"]);
        assert_eq!(chain["hosts"], json!(["testhost"]));
        assert_eq!(chain["count"], manifest["count"]);
        assert_eq!(
            chain["head_hash"],
            before.as_array().unwrap().last().unwrap()["hash"]
        );
        let (code, _, stderr) = s.run(&["audit", "export", "--verify", &file]);
        assert_eq!(code, 0, "{format}: {stderr}");
        assert!(stderr.contains("match manifest"), "{stderr}");
    }
    // Each export is itself an audit event.
    assert_eq!(
        s.json(&["audit", "log", "--action", "audit.export"])
            .as_array()
            .unwrap()
            .len(),
        4
    );
}

#[test]
fn jsonl_to_stdout_with_filters_and_a_separate_manifest() {
    let s = tricky_repo();
    let (code, stdout, stderr) = s.run(&[
        "audit",
        "export",
        "--action",
        "model.*",
        "--manifest",
        "m.json",
    ]);
    assert_eq!(code, 0, "{stderr}");
    let lines: Vec<Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 1);
    assert_eq!(lines[0]["action"], "model.promote");
    let manifest: Value = serde_json::from_str(&ex(&s, "m.json")).unwrap();
    assert_eq!(manifest["count"], 1);
    assert_eq!(manifest["filters"]["action"], "model.*");
    std::fs::write(s.join("only.jsonl"), &stdout).unwrap();
    let (code, _, stderr) = s.run(&[
        "audit",
        "export",
        "--verify",
        "only.jsonl",
        "--manifest",
        "m.json",
    ]);
    assert_eq!(code, 0, "{stderr}");
    // Without a manifest destination, a note says none was written.
    let (_, _, stderr) = s.run(&["audit", "export", "--limit", "1"]);
    assert!(stderr.contains("no manifest was written"), "{stderr}");
}

#[test]
fn an_export_edited_after_the_fact_fails_verification() {
    let s = tricky_repo();
    s.mlo(&["audit", "export", "--out", "t.jsonl"])
        .assert()
        .success();
    let original = ex(&s, "t.jsonl");

    // Edit one field.
    std::fs::write(
        s.join("t.jsonl"),
        original.replace("\"svc\"", "\"someone-else\""),
    )
    .unwrap();
    let (code, stdout, stderr) = s.run(&["audit", "export", "--verify", "t.jsonl"]);
    assert_eq!(code, 1);
    assert!(stdout.is_empty());
    assert!(
        stderr.contains("event #4")
            && stderr.contains("on line 4")
            && stderr.contains("was edited after export"),
        "{stderr}"
    );

    // Remove the last event: everything left is consistent, the manifest is not.
    let mut lines: Vec<&str> = original.lines().collect();
    lines.pop();
    std::fs::write(s.join("t.jsonl"), lines.join("\n") + "\n").unwrap();
    let (code, _, stderr) = s.run(&["audit", "export", "--verify", "t.jsonl"]);
    assert_eq!(code, 1);
    assert!(stderr.contains("events were added or removed"), "{stderr}");
    let v: Value = serde_json::from_str(
        &s.run(&["--json", "audit", "export", "--verify", "t.jsonl"])
            .1,
    )
    .unwrap();
    assert!(v["problems"].as_array().unwrap().len() >= 2, "{v}");

    // Remove a middle event.
    let mut lines: Vec<&str> = original.lines().collect();
    lines.remove(1);
    std::fs::write(s.join("t.jsonl"), lines.join("\n") + "\n").unwrap();
    let (code, _, _) = s.run(&["audit", "export", "--verify", "t.jsonl"]);
    assert_eq!(code, 1);

    // Whitespace only: the events are intact, the file's digest is not.
    std::fs::write(s.join("t.jsonl"), original.clone() + "\n").unwrap();
    let (code, _, stderr) = s.run(&["audit", "export", "--verify", "t.jsonl"]);
    assert_eq!(code, 1);
    assert!(
        stderr.contains("the file was changed after export"),
        "{stderr}"
    );

    // Garbage that does not parse.
    std::fs::write(s.join("t.jsonl"), "not json\n").unwrap();
    let (code, _, stderr) = s.run(&["audit", "export", "--verify", "t.jsonl"]);
    assert_eq!(code, 1);
    assert!(stderr.contains("does not read back"), "{stderr}");

    // A manifest that is not one is an input error.
    std::fs::write(s.join("t.jsonl"), &original).unwrap();
    std::fs::write(s.join("t.jsonl.manifest.json"), "{}").unwrap();
    let (code, _, stderr) = s.run(&["audit", "export", "--verify", "t.jsonl"]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("is not a valid export manifest"),
        "{stderr}"
    );
}

#[test]
fn a_signed_manifest_catches_an_export_and_manifest_edited_together() {
    let s = tricky_repo();
    let public = s.run(&["audit", "keygen"]).1.trim().to_string();
    s.mlo(&[
        "config",
        "set",
        "--local",
        "audit.signing_key",
        ".mlo/audit-key",
    ])
    .assert()
    .success();
    s.mlo(&["audit", "export", "--format", "csv", "--out", "t.csv"])
        .assert()
        .success();
    let manifest: Value = serde_json::from_str(&ex(&s, "t.csv.manifest.json")).unwrap();
    assert_eq!(manifest["signature"]["algorithm"], "ed25519");
    let (code, _, stderr) = s.run(&[
        "audit",
        "export",
        "--verify",
        "t.csv",
        "--public-key",
        &public,
    ]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stderr.contains("signed by the trusted key"), "{stderr}");

    // Drop the last row and fix up count, head and digest in the manifest: the chain and
    // digest checks pass, the signature does not.
    let text = ex(&s, "t.csv");
    let kept: Vec<&str> = text.lines().collect();
    let kept = kept[..kept.len() - 1].join("\n") + "\n";
    std::fs::write(s.join("t.csv"), &kept).unwrap();
    let back = parse_back("csv", &kept);
    let mut forged = manifest.clone();
    forged["count"] = json!(back.len());
    forged["last_event_id"] = back.last().unwrap()["event_id"].clone();
    forged["chains"][0]["count"] = json!(back.len());
    forged["chains"][0]["last_event_id"] = back.last().unwrap()["event_id"].clone();
    forged["chains"][0]["last_sequence"] = back.last().unwrap()["seq"].clone();
    forged["chains"][0]["head_hash"] = back.last().unwrap()["hash"].clone();
    forged["bytes"] = json!(kept.len());
    use sha2::Digest;
    forged["sha256"] = json!(hex::encode(sha2::Sha256::digest(kept.as_bytes())));
    let mut builder = mlo::audit::merkle::TreeBuilder::new();
    for e in &back {
        builder.push_data(&hex::decode(e["hash"].as_str().unwrap()).unwrap());
    }
    forged["chains"][0]["merkle_root"] = json!(builder.root().to_hex());
    std::fs::write(s.join("t.csv.manifest.json"), forged.to_string()).unwrap();
    let (code, _, stderr) = s.run(&["audit", "export", "--verify", "t.csv"]);
    assert_eq!(code, 1);
    assert!(
        stderr.contains("signature") && stderr.contains("does not verify"),
        "{stderr}"
    );
    let v: Value =
        serde_json::from_str(&s.run(&["--json", "audit", "export", "--verify", "t.csv"]).1)
            .unwrap();
    assert_eq!(
        v["problems"].as_array().unwrap().len(),
        1,
        "only the signature gives the forgery away: {v}"
    );
    // Unsigned, under the pinned key, it is refused as well.
    forged["signature"] = Value::Null;
    std::fs::write(s.join("t.csv.manifest.json"), forged.to_string()).unwrap();
    let (code, _, stderr) = s.run(&[
        "audit",
        "export",
        "--verify",
        "t.csv",
        "--public-key",
        &public,
    ]);
    assert_eq!(code, 1);
    assert!(stderr.contains("the manifest is not signed"), "{stderr}");
}

#[test]
fn the_report_summarises_promotions_approvals_overrides_denials_and_rollbacks() {
    let s = Sandbox::repo();
    let ev = |actor: &str, action: &str, outcome: Outcome, reason: Option<&str>, details: Value| {
        lib_event(
            &s,
            actor,
            action,
            ("model", "churn"),
            outcome,
            reason,
            details,
        );
    };
    ev(
        "alice@example.com",
        "model.approve",
        Outcome::Success,
        None,
        json!({"version": 3}),
    );
    ev(
        "bob@example.com",
        "model.approve",
        Outcome::Success,
        None,
        json!({"version": 3}),
    );
    ev(
        "carol@example.com",
        "model.promote",
        Outcome::Success,
        None,
        json!({"from_stage": "staging", "to_stage": "production", "version": 3,
               "gates": {"auc": {"passed": true, "value": 0.91}, "bias": true}}),
    );
    ev(
        "dave@example.com",
        "model.promote",
        Outcome::Denied,
        Some("gate `auc` failed: 0.71 < 0.80"),
        json!({"to_stage": "production", "version": 4}),
    );
    ev(
        "dave@example.com",
        "model.promote",
        Outcome::Success,
        Some("hotfix <script>alert(1)</script> | approved by CTO"),
        json!({"to_stage": "production", "version": 4, "forced": true,
               "gates": [{"name": "auc", "passed": false, "value": 0.71}]}),
    );
    ev(
        "carol@example.com",
        "model.rollback",
        Outcome::Success,
        Some("latency regression"),
        json!({"from_version": 4, "to_version": 3}),
    );
    ev(
        "carol@example.com",
        "model.promote",
        Outcome::Success,
        None,
        json!({"to_stage": "staging"}),
    );

    let (code, md, stderr) = s.run(&["audit", "report"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(md.starts_with("# Audit trail compliance report"), "{md}");
    assert!(md.contains("verified: 8 event(s)"), "{md}");
    let section = |title: &str| -> String {
        let start = md
            .find(&format!("## {title}"))
            .unwrap_or_else(|| panic!("no {title}: {md}"));
        let rest = &md[start + 3..];
        rest[..rest.find("\n## ").unwrap_or(rest.len())].to_string()
    };
    let promotions = section("Promotions to production");
    assert_eq!(promotions.matches("| churn |").count(), 2, "{promotions}");
    assert!(
        promotions.contains("alice@example.com, bob@example.com"),
        "{promotions}"
    );
    assert!(
        promotions.contains("auc: pass (0.91); bias: pass"),
        "{promotions}"
    );
    assert!(promotions.contains("auc: fail (0.71)"), "{promotions}");
    assert!(
        promotions.contains("\\| approved by CTO"),
        "pipes are escaped: {promotions}"
    );
    let overrides = section("Forced overrides");
    assert!(
        overrides.contains("dave@example.com") && overrides.contains("hotfix"),
        "{overrides}"
    );
    let refused = section("Denied and failed attempts");
    assert!(
        refused.contains("gate `auc` failed") && refused.contains("denied"),
        "{refused}"
    );
    let rollbacks = section("Rollbacks");
    assert!(rollbacks.contains("latency regression"), "{rollbacks}");
    let actors = section("Actors");
    assert!(
        actors.contains("| carol@example.com | user | 3 | 0 |"),
        "{actors}"
    );
    assert!(
        actors.contains("| dave@example.com | user | 2 | 1 |"),
        "{actors}"
    );
    assert!(
        section("Activity by day").contains("model 7, repo 1"),
        "{md}"
    );

    s.mlo(&["audit", "report", "--format", "html", "--out", "r.html"])
        .assert()
        .success();
    let html = ex(&s, "r.html");
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("<h2>Promotions to production</h2>"));
    assert!(!html.contains("<script>"), "HTML must be escaped");
    assert!(html.contains("&lt;script&gt;"));

    let r = s.json(&["audit", "report", "--since", "2000-01-01"]);
    assert_eq!(r["promotions"].as_array().unwrap().len(), 2);
    assert_eq!(
        r["promotions"][0]["approvers"],
        json!(["alice@example.com", "bob@example.com"])
    );
    assert_eq!(r["promotions"][1]["forced"], true);
    assert_eq!(r["refused"].as_array().unwrap().len(), 1);
    assert_eq!(r["chain_verified"], true);
    let empty = s.json(&["audit", "report", "--until", "2000-01-01"]);
    assert_eq!(empty["events"], 0);
    let (code, md, _) = s.run(&["audit", "report", "--until", "2000-01-01"]);
    assert_eq!(code, 0);
    assert!(md.contains("the model registry writes them"), "{md}");

    // A tampered chain is reported at the top.
    s.db()
        .execute("UPDATE audit_events SET actor_id = 'x' WHERE seq = 2", [])
        .unwrap();
    let (code, md, stderr) = s.run(&["audit", "report"]);
    assert_eq!(code, 0);
    assert!(md.contains("FAILED: event #2"), "{md}");
    assert!(
        stderr.contains("warning: the audit trail does not verify"),
        "{stderr}"
    );
}
