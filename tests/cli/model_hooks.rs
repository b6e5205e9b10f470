//! Registry hooks (issue 5): webhooks POSTed to a real HTTP server started by the test —
//! the JSON body, retries with backoff on 5xx, no retry on 4xx, bearer token and HMAC
//! signature from the environment (never printed or audited) — and what a failing hook does:
//! a non-blocking one is reported and recorded and the change stands; a blocking one undoes a
//! promotion or an alias move and fails the command, and a registration stays.

use std::net::TcpListener;
use std::time::{Duration, Instant};

use serde_json::Value;

use super::capture::Seen;
use super::{Sandbox, output_with_stdin, succeeded};

/// The capture server, with the secret-bearing path the hook URLs use.
fn server(statuses: Vec<u16>, until: usize) -> (String, std::thread::JoinHandle<Vec<Seen>>) {
    let (base, handle) = super::capture::server(statuses, until);
    (format!("{base}/events/tok-in-path"), handle)
}

fn setup(config: &str) -> Sandbox {
    let s = Sandbox::repo();
    std::fs::write(s.join("m1.onnx"), "weights one").unwrap();
    std::fs::write(s.join("m2.onnx"), "weights two").unwrap();
    for f in ["m1.onnx", "m2.onnx"] {
        s.mlo(&["model", "register", "churn", f]).assert().success();
    }
    s.mlo(&["model", "promote", "churn@1", "--to", "production"])
        .assert()
        .success();
    let mut cfg = std::fs::read_to_string(s.join(".mlops.toml")).unwrap();
    cfg.push_str(config);
    std::fs::write(s.join(".mlops.toml"), cfg).unwrap();
    s
}

fn stages(s: &Sandbox) -> Vec<(u64, String)> {
    s.json(&["model", "versions", "churn"])
        .as_array()
        .unwrap()
        .iter()
        .map(|v| {
            (
                v["number"].as_u64().unwrap(),
                v["stage"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn audit(s: &Sandbox, action: &str) -> Vec<Value> {
    s.audit_events(&["--action", action])
}

fn run_with_env(s: &Sandbox, args: &[&str], env: &[(&str, &str)]) -> (i32, String, String) {
    let mut cmd = s.std_cmd(args);
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// HMAC-SHA256 by Python's standard library: an independent reference for the signature.
fn python_hmac(key: &str, body: &str) -> String {
    let mut cmd = std::process::Command::new("python3");
    cmd.args([
        "-c",
        "import hmac,hashlib,sys; print(hmac.new(sys.argv[1].encode(), sys.stdin.buffer.read(), hashlib.sha256).hexdigest())",
        key,
    ]);
    let out = succeeded(output_with_stdin(cmd, body));
    String::from_utf8(out.stdout).unwrap().trim().to_string()
}

#[test]
fn a_webhook_gets_the_event_retried_after_a_5xx_with_auth_and_signature() {
    let (url, handle) = server(vec![500, 200], 2);
    let s = setup(&format!(
        "\n[registry.hooks]\nretries = 3\ntimeout_ms = 5000\n\n[registry.hooks.webhook.deploy]\nurl = \"{url}\"\nblocking = true\ntoken_env = \"DEPLOY_TOKEN\"\nsecret_env = \"DEPLOY_SECRET\"\n"
    ));
    let env = [
        ("DEPLOY_TOKEN", "tok-s3cr3t"),
        ("DEPLOY_SECRET", "sign-k3y"),
        ("MLO_TEST_TIMESTAMP", "2026-03-04T05:06:07Z"),
    ];
    let (code, stdout, stderr) = run_with_env(
        &s,
        &[
            "--json",
            "model",
            "promote",
            "churn@2",
            "--to",
            "production",
        ],
        &env,
    );
    assert_eq!(code, 0, "{stderr}");
    let seen = handle.join().unwrap();
    assert_eq!(seen.len(), 2, "one retry after the 500: {seen:?}");
    // The same event and delivery id on both attempts.
    assert_eq!(seen[0].body, seen[1].body);
    assert_eq!(
        seen[0].header("x-mlo-delivery"),
        seen[1].header("x-mlo-delivery")
    );
    assert_eq!(seen[0].header("x-mlo-delivery").unwrap().len(), 32);
    let event = seen[1].json();
    assert_eq!(event["action"], "model.promote");
    assert_eq!(event["actor"], "tester@example.com");
    assert_eq!(event["time"], "2026-03-04T05:06:07.000000Z");
    assert_eq!(
        event["text"],
        "mlo: tester@example.com promoted churn@2 to production (version 1 archived)"
    );
    let p = &event["payload"];
    assert_eq!(
        (
            &p["name"],
            &p["version"],
            &p["from"],
            &p["to"],
            &p["archived"]
        ),
        (
            &Value::from("churn"),
            &Value::from(2),
            &Value::from("none"),
            &Value::from("production"),
            &Value::from(1)
        )
    );
    assert_eq!(seen[1].header("x-mlo-event"), Some("model.promote"));
    assert_eq!(
        seen[1].header("content-type"),
        Some("application/json"),
        "{:?}",
        seen[1].headers
    );
    assert_eq!(seen[1].header("authorization"), Some("Bearer tok-s3cr3t"));
    assert_eq!(
        seen[1].header("x-mlo-signature-256").unwrap(),
        format!("sha256={}", python_hmac("sign-k3y", &seen[1].body))
    );
    // The outcome lists the hook; the promotion is done.
    let o: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(o["hooks"][0]["kind"], "webhook");
    assert_eq!(o["hooks"][0]["ok"], true);
    assert_eq!(o["hooks"][0]["attempts"], 2);
    assert_eq!(
        stages(&s),
        vec![(1, "archived".into()), (2, "production".into())]
    );
    // Nothing secret in what mlo printed or recorded.
    let trail = s.run(&["--json", "audit", "log"]).1;
    for secret in ["tok-s3cr3t", "sign-k3y", "tok-in-path"] {
        assert!(!stderr.contains(secret) && !stdout.contains(secret));
        assert!(!trail.contains(secret), "{secret} in the audit trail");
    }
    assert!(audit(&s, "registry.hook").is_empty(), "nothing failed");
}

#[test]
fn a_failing_non_blocking_webhook_is_reported_and_recorded_and_the_promotion_stands() {
    // A 404 is final: no retry. The 500s are retried, then given up on.
    let (url_404, h404) = server(vec![404], 3);
    let (url_500, h500) = server(vec![500], 3);
    let s = setup(&format!(
        "\n[registry.hooks]\nwebhooks = [\"{url_404}\", \"{url_500}\"]\nretries = 2\ntimeout_ms = 5000\n"
    ));
    let started = Instant::now();
    let (code, _, stderr) = s.run(&["model", "promote", "churn@2", "--to", "production"]);
    let took = started.elapsed();
    assert_eq!(code, 0, "{stderr}");
    assert!(stderr.contains("Promoted churn@2"), "{stderr}");
    let port_404 = url_404.split('/').nth(2).unwrap();
    let port_500 = url_500.split('/').nth(2).unwrap();
    assert!(
        stderr.contains(&format!(
            "warning: registry hook webhooks[0] http://{port_404}/…: HTTP 404 after 1 attempt(s)"
        )),
        "{stderr}"
    );
    assert!(
        stderr.contains(&format!(
            "warning: registry hook webhooks[1] http://{port_500}/…: HTTP 500 after 3 attempt(s); the change stands"
        )),
        "{stderr}"
    );
    assert!(!stderr.contains("tok-in-path"), "{stderr}");
    // Backoff: 250 ms then 500 ms between the three attempts.
    assert!(took >= Duration::from_millis(750), "{took:?}");
    assert_eq!(
        stages(&s),
        vec![(1, "archived".into()), (2, "production".into())]
    );
    let events = audit(&s, "registry.hook");
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(events[0]["outcome"], "failure");
    assert_eq!(events[0]["target"]["id"], "model.promote");
    assert_eq!(events[0]["details"]["blocking"], false);
    assert_eq!(
        events[0]["details"]["failures"].as_array().unwrap().len(),
        2
    );
    assert!(audit(&s, "model.revert").is_empty());
    // Ending the servers: the 404 one saw one request, the 500 one three.
    let (a, b) = (h404.join().unwrap(), h500.join().unwrap());
    assert_eq!((a.len(), b.len()), (1, 3));
    // A dead port (nothing listens) is a connection error, reported the same way.
    let dead = {
        let l = TcpListener::bind("127.0.0.1:0").unwrap();
        format!("http://{}/x", l.local_addr().unwrap())
    };
    let cfg = std::fs::read_to_string(s.join(".mlops.toml"))
        .unwrap()
        .replace(&url_404, &dead)
        .replace(&format!(", \"{url_500}\""), "")
        .replace("retries = 2", "retries = 0");
    std::fs::write(s.join(".mlops.toml"), cfg).unwrap();
    let (code, _, stderr) = s.run(&["model", "alias", "set", "churn:champion", "2"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stderr.contains("connection error") || stderr.contains("connection failed"),
        "{stderr}"
    );
    assert_eq!(s.json(&["model", "show", "churn:champion"])["number"], 2);
}

#[test]
fn a_failing_blocking_webhook_undoes_the_promotion_and_fails_the_command() {
    let (url, handle) = server(vec![503], 2);
    let s = setup(&format!(
        "\n[registry.hooks]\nretries = 1\ntimeout_ms = 5000\n\n[registry.hooks.webhook.gate]\nurl = \"{url}\"\nblocking = true\n"
    ));
    let (code, _, stderr) = s.run(&["model", "promote", "churn@2", "--to", "production"]);
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.contains("error: a blocking registry hook failed on `model.promote`: webhook.gate http://127.0.0.1:"),
        "{stderr}"
    );
    assert!(
        stderr.contains("HTTP 503 after 2 attempt(s); the change was undone: churn@2 was put back in none, version 1 back in production"),
        "{stderr}"
    );
    // The server had stopped by the undo: the command says the hook was not told of it.
    assert!(
        stderr.contains("(hooks not told of the undo: webhook.gate http://127.0.0.1:"),
        "{stderr}"
    );
    // The first version holds production again; the history shows the promotion and its undo.
    assert_eq!(
        stages(&s),
        vec![(1, "production".into()), (2, "none".into())]
    );
    let h = s.json(&["model", "history", "churn"]);
    let actions: Vec<(u64, String, String)> = h["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["version"].as_u64().unwrap(),
                e["action"].as_str().unwrap().to_string(),
                e["to"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        actions[1..3],
        [
            (2, "promote".into(), "production".into()),
            (1, "archive".into(), "archived".into()),
        ]
    );
    // The two reverts share a timestamp; their order between themselves is the digests'.
    let mut reverts = actions[3..].to_vec();
    reverts.sort();
    assert_eq!(
        reverts,
        [
            (1, "revert".into(), "production".into()),
            (2, "revert".into(), "none".into()),
        ]
    );
    let hook = audit(&s, "registry.hook");
    assert_eq!(hook.len(), 2, "the promotion's and the revert's: {hook:?}");
    assert!(hook.iter().all(|e| e["outcome"] == "failure"));
    let revert = audit(&s, "model.revert");
    assert_eq!(revert.len(), 1);
    assert_eq!(revert[0]["details"]["restored"], 1);
    // The webhook heard of the promotion twice (one retry); it had stopped before the undo.
    let seen = handle.join().unwrap();
    assert_eq!(seen.len(), 2);
    assert!(seen.iter().all(|r| r.json()["action"] == "model.promote"));
    // The compliance report lists the promotion, and that it did not stand.
    let (code, _, stderr) = s.run(&["audit", "report", "--format", "md", "--out", "r.md"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stderr.contains("2 promotion(s) to production (1 undone by a blocking hook)"),
        "{stderr}"
    );
    let report = std::fs::read_to_string(s.join("r.md")).unwrap();
    let row = |version: &str| {
        report
            .lines()
            .find(|l| l.contains(&format!("| churn@{version} |")))
            .unwrap_or_else(|| panic!("no row for churn@{version}: {report}"))
            .to_string()
    };
    assert!(
        row("2").contains(&format!(
            "| yes ({}) |",
            revert[0]["event_id"].as_str().unwrap()
        )),
        "{}",
        row("2")
    );
    assert!(row("1").ends_with("| no |"), "{}", row("1"));
    // A rollback never goes back to a promotion that did not stand: version 2 never held
    // production, so there is nothing earlier than version 1 to return to.
    let (code, _, stderr) = s.run(&["model", "rollback", "churn", "--force", "--reason", "r"]);
    assert_eq!(code, 2, "{stderr}");
    assert!(
        stderr.contains("has no earlier production version to roll back to"),
        "{stderr}"
    );
    // The fold survives a rebuild: records of the undo sort after the promotion.
    s.mlo(&["index", "rebuild"]).assert().success();
    assert_eq!(
        stages(&s),
        vec![(1, "production".into()), (2, "none".into())]
    );
    s.mlo(&["audit", "verify"]).assert().success();
}

#[test]
fn a_blocking_hook_undoes_an_alias_move_but_not_a_registration() {
    let s = setup("");
    s.mlo(&["model", "alias", "set", "churn:champion", "1"])
        .assert()
        .success();
    let mut cfg = std::fs::read_to_string(s.join(".mlops.toml")).unwrap();
    cfg.push_str("\n[registry.hooks]\ncommands = [\"cat > event.json; echo refused >&2; exit 3\"]\nblocking = true\n");
    std::fs::write(s.join(".mlops.toml"), cfg).unwrap();
    let (code, _, stderr) = s.run(&["model", "alias", "set", "churn:champion", "2"]);
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.contains(
            "exited with 3: refused; the change was undone: churn:champion points at 1 again"
        ),
        "{stderr}"
    );
    assert_eq!(s.json(&["model", "show", "churn:champion"])["number"], 1);
    // The last event the command saw is the undo.
    let event: Value =
        serde_json::from_str(&std::fs::read_to_string(s.join("event.json")).unwrap()).unwrap();
    assert_eq!(event["action"], "model.revert");
    assert_eq!(event["payload"]["reverted"], "model.alias");
    // A registration is not undone: the version exists, the command says so and exits 1.
    std::fs::write(s.join("m3.onnx"), "weights three").unwrap();
    let (code, _, stderr) = s.run(&["model", "register", "churn", "m3.onnx"]);
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains("churn@3 stays registered"), "{stderr}");
    assert_eq!(stages(&s).len(), 3);
}

#[test]
fn a_webhook_whose_credential_is_missing_is_not_sent() {
    let (url, handle) = server(vec![200], 1);
    let s = setup(&format!(
        "\n[registry.hooks.webhook.deploy]\nurl = \"{url}\"\ntoken_env = \"DEPLOY_TOKEN\"\n"
    ));
    let (code, _, stderr) = s.run(&["model", "promote", "churn@2", "--to", "staging"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stderr.contains("webhook.deploy http://127.0.0.1:")
            && stderr.contains("not sent: the environment variable `DEPLOY_TOKEN` is not set"),
        "{stderr}"
    );
    assert!(handle.join().unwrap().is_empty(), "nothing was sent");
    // A bad config value is refused with its key and line.
    let mut cfg = std::fs::read_to_string(s.join(".mlops.toml")).unwrap();
    cfg.push_str("\n[registry.hooks]\nretries = \"many\"\n");
    std::fs::write(s.join(".mlops.toml"), cfg).unwrap();
    let (code, _, stderr) = s.run(&["model", "list"]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("registry.hooks.retries"), "{stderr}");
}
