//! `mlo monitor drift|history|perf` on committed fixtures whose expected verdicts come from
//! Evidently 0.7.23 and scipy (scripts/make_monitor_fixtures.py): Evidently's default test
//! selection, every method, bad inputs, reports, records, profiles and webhooks (issue 8).

use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::Sandbox;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/monitor")
        .join(name)
}

fn expected() -> Value {
    serde_json::from_str(&std::fs::read_to_string(fixture("expected.json")).unwrap()).unwrap()
}

fn drift_json(s: &Sandbox, set: &str, extra: &[&str]) -> Value {
    let r = fixture(&format!("{set}_reference.csv"));
    let c = fixture(&format!("{set}_current.csv"));
    let mut args = vec![
        "--json",
        "monitor",
        "drift",
        "--reference",
        r.to_str().unwrap(),
        "--current",
        c.to_str().unwrap(),
        "--fail-on",
        "never",
    ];
    args.extend_from_slice(extra);
    let (code, stdout, stderr) = s.run(&args);
    assert_eq!(code, 0, "{stderr}");
    serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("{e}: {stdout}"))
}

fn column<'a>(out: &'a Value, name: &str) -> &'a Value {
    out["columns"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["column"] == name)
        .unwrap_or_else(|| panic!("no column {name} in {out}"))
}

fn close(a: f64, b: f64, rel: f64, what: &str) {
    if b == 0.0 && a < 1e-15 {
        // Evidently computes Z p-values as 1 - cdf and loses everything below ~1e-16.
        return;
    }
    let tol = rel * b.abs().max(1e-300);
    assert!((a - b).abs() <= tol, "{what}: mlo {a} vs reference {b}");
}

fn evidently_method(name: &str) -> &'static str {
    match name {
        "ks" => "ks",
        "chisquare" => "chisquare_gof",
        "z" => "z",
        "wasserstein" => "wasserstein",
        "jensenshannon" => "jensenshannon",
        other => panic!("unexpected Evidently test {other}"),
    }
}

#[test]
fn auto_gives_evidently_default_verdicts_on_small_and_large_references() {
    let s = Sandbox::new();
    let exp = expected();
    for set in ["small", "large"] {
        let out = drift_json(&s, set, &["--compat", "evidently"]);
        let e = &exp["sets"][set];
        for (name, col) in e["columns"].as_object().unwrap() {
            let got = column(&out, name);
            let d = &col["default"];
            let method = evidently_method(d["name"].as_str().unwrap());
            assert_eq!(got["method"], method, "{set} {name}");
            // Evidently's drift score is the p-value for tests and the distance otherwise.
            let score = if got["p_value"].is_null() {
                got["statistic"].as_f64().unwrap()
            } else {
                got["p_value"].as_f64().unwrap()
            };
            close(
                score,
                d["statistic"].as_f64().unwrap(),
                1e-6,
                &format!("{set} {name}"),
            );
            assert_eq!(got["drifted"], d["drifted"], "{set} {name}");
            assert_eq!(
                got["threshold"].as_f64(),
                d["threshold"].as_f64(),
                "{set} {name}"
            );
        }
        assert_eq!(out["drifted_columns"], e["drifted_columns"], "{set}");
        assert_eq!(out["dataset_drift"], e["dataset_drift"], "{set}");
    }
}

#[test]
fn every_method_matches_its_reference() {
    let s = Sandbox::new();
    let exp = expected();
    for set in ["small", "large"] {
        let cols = exp["sets"][set]["columns"].as_object().unwrap();
        for method in [
            "ks",
            "wasserstein",
            "psi",
            "jensenshannon",
            "chisquare",
            "z",
        ] {
            let wanted: Vec<&String> = cols
                .iter()
                .filter(|(_, c)| {
                    let key = if method == "chisquare" {
                        "chisquare"
                    } else {
                        method
                    };
                    c["methods"].get(key).is_some()
                })
                .map(|(n, _)| n)
                .collect();
            let list = wanted
                .iter()
                .map(|s| s.as_str())
                .collect::<Vec<_>>()
                .join(",");
            let out = drift_json(&s, set, &["--method", method, "--columns", &list]);
            for name in wanted {
                let m = &cols[name.as_str()]["methods"][method];
                let got = column(&out, name);
                let what = format!("{set} {name} {method}");
                match method {
                    "chisquare" => {
                        close(
                            got["statistic"].as_f64().unwrap(),
                            m["statistic"].as_f64().unwrap(),
                            1e-9,
                            &what,
                        );
                        close(
                            got["p_value"].as_f64().unwrap(),
                            m["p_value"].as_f64().unwrap(),
                            1e-6,
                            &what,
                        );
                    }
                    "ks" | "z" => {
                        close(
                            got["p_value"].as_f64().unwrap(),
                            m["statistic"].as_f64().unwrap(),
                            1e-6,
                            &what,
                        );
                        assert_eq!(got["drifted"], m["drifted"], "{what}");
                    }
                    _ => {
                        close(
                            got["statistic"].as_f64().unwrap(),
                            m["statistic"].as_f64().unwrap(),
                            1e-9,
                            &what,
                        );
                        assert_eq!(got["drifted"], m["drifted"], "{what}");
                    }
                }
                if method == "ks" {
                    close(
                        got["statistic"].as_f64().unwrap(),
                        m["d"].as_f64().unwrap(),
                        1e-9,
                        &what,
                    );
                }
            }
        }
        // Evidently's goodness-of-fit chi-square under --compat evidently.
        let out = drift_json(&s, set, &["--method", "chisquare", "--compat", "evidently"]);
        for (name, c) in cols {
            let m = &c["methods"]["chisquare_gof"];
            let got = column(&out, name);
            assert_eq!(got["method"], "chisquare_gof");
            close(
                got["p_value"].as_f64().unwrap(),
                m["statistic"].as_f64().unwrap(),
                1e-6,
                name,
            );
            assert_eq!(got["drifted"], m["drifted"], "{set} {name} gof");
        }
    }
}

fn write(s: &Sandbox, name: &str, text: &str) -> String {
    std::fs::write(s.join(name), text).unwrap();
    name.to_string()
}

fn numbers(n: usize, f: impl Fn(usize) -> String) -> String {
    (0..n).map(|i| format!("{}\n", f(i))).collect()
}

#[test]
fn bad_inputs_name_file_column_and_row_with_exit_2() {
    let s = Sandbox::new();
    let good = write(
        &s,
        "good.csv",
        &format!("x,y\n{}", numbers(50, |i| format!("{i},{}", i % 3))),
    );
    let ragged = write(&s, "ragged.csv", "x,y\n1,2\n3\n");
    // Past the 1000 rows types are inferred from, so `y` is numerical when `abc` turns up.
    let text = write(
        &s,
        "text.csv",
        &format!("x,y\n{}7,abc\n", numbers(1200, |i| format!("{i},{i}"))),
    );
    let empty = write(&s, "empty.csv", "");
    let header = write(&s, "header.csv", "x,y\n");
    for (file, needle) in [
        (
            &ragged,
            "`ragged.csv` line 3: row has 1 fields but the header has 2",
        ),
        (
            &text,
            "`text.csv` column `y` row 1201 (line 1202): `abc` is not a number",
        ),
        (&empty, "`empty.csv` is empty"),
        (&header, "`header.csv` has a header but no data rows"),
        (&"nope.csv".to_string(), "cannot read `nope.csv`"),
    ] {
        let (code, stdout, stderr) =
            s.run(&["monitor", "drift", "--reference", &good, "--current", file]);
        assert_eq!(code, 2, "{file}: {stderr}");
        assert!(stdout.is_empty());
        assert!(stderr.contains(needle), "{file}: {stderr}");
        assert!(!stderr.contains("panicked"));
    }
    // The hint for a non-numeric value.
    let (_, _, stderr) = s.run(&["monitor", "drift", "--reference", &good, "--current", &text]);
    assert!(stderr.contains("--categorical y"), "{stderr}");
    // ...and following it works.
    let (code, _, stderr) = s.run(&[
        "monitor",
        "drift",
        "--reference",
        &good,
        "--current",
        &text,
        "--categorical",
        "y",
    ]);
    assert!(code == 0 || code == 1, "{stderr}");
    // A column named with --columns that one side lacks.
    let other = write(
        &s,
        "other.csv",
        &format!("x,z\n{}", numbers(50, |i| format!("{i},{i}"))),
    );
    let (code, _, stderr) = s.run(&[
        "monitor",
        "drift",
        "--reference",
        &good,
        "--current",
        &other,
        "--columns",
        "y",
    ]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("column `y` is not in the current `other.csv`"),
        "{stderr}"
    );
    // A method that cannot apply.
    let cat = write(
        &s,
        "cat.csv",
        &format!("c\n{}", numbers(30, |i| ["a", "b", "c"][i % 3].into())),
    );
    let (code, _, stderr) = s.run(&[
        "monitor",
        "drift",
        "--reference",
        &cat,
        "--current",
        &cat,
        "--method",
        "ks",
    ]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("column `c`: method `ks` needs a numerical column"),
        "{stderr}"
    );
}

#[test]
fn missing_all_nan_and_constant_columns_are_reported_not_guessed() {
    let s = Sandbox::new();
    let r = write(
        &s,
        "r.csv",
        &format!(
            "a,only_ref,nan,const\n{}",
            numbers(100, |i| format!("{i},1,,5"))
        ),
    );
    let c = write(
        &s,
        "c.csv",
        &format!(
            "a,nan,const,only_cur\n{}",
            numbers(100, |i| format!("{},NaN,5,x", i + 1))
        ),
    );
    let (code, stdout, stderr) = s.run(&[
        "--json",
        "monitor",
        "drift",
        "--reference",
        &r,
        "--current",
        &c,
    ]);
    assert_eq!(code, 0, "{stderr}");
    let out: Value = serde_json::from_str(&stdout).unwrap();
    let skipped: Vec<(String, String)> = out["skipped"]
        .as_array()
        .unwrap()
        .iter()
        .map(|k| {
            (
                k["column"].as_str().unwrap().into(),
                k["reason"].as_str().unwrap().into(),
            )
        })
        .collect();
    assert!(skipped.contains(&("only_ref".into(), "missing from the current data".into())));
    assert!(skipped.contains(&("only_cur".into(), "missing from the reference".into())));
    assert!(
        skipped
            .iter()
            .any(|(c, r)| c == "nan" && r.contains("every value is missing"))
    );
    assert!(
        stderr.contains("warning: column `nan` not compared"),
        "{stderr}"
    );
    // A single unique value on both sides: no drift, p = 1.
    let k = column(&out, "const");
    assert_eq!(k["method"], "z");
    assert_eq!(k["p_value"], 1.0);
    assert_eq!(k["drifted"], false);
    assert_eq!(out["columns"].as_array().unwrap().len(), 2);
}

#[test]
fn fail_on_sets_the_exit_code_and_the_table_shows_every_field() {
    let s = Sandbox::new();
    let r = fixture("small_reference.csv");
    let c = fixture("small_current.csv");
    let (r, c) = (r.to_str().unwrap(), c.to_str().unwrap());
    // 3 of 7 columns drift with mlo's defaults (no dataset drift); Evidently's goodness-of-fit
    // chi-square also flags `cat_shift`, 4 of 7, dataset drift.
    assert_eq!(expected()["sets"]["small"]["dataset_drift"], true);
    let (code, stdout, _) = s.run(&["monitor", "drift", "--reference", r, "--current", c]);
    assert_eq!(code, 0, "{stdout}");
    assert!(stdout.contains("3 of 7 columns drifted"), "{stdout}");
    let (code, _, _) = s.run(&[
        "monitor",
        "drift",
        "--reference",
        r,
        "--current",
        c,
        "--compat",
        "evidently",
    ]);
    assert_eq!(code, 1);
    for h in [
        "column",
        "type",
        "method",
        "statistic",
        "p-value",
        "effect",
        "threshold",
        "drifted",
    ] {
        assert!(stdout.contains(h), "{stdout}");
    }
    assert!(stdout.contains("dataset drift:"), "{stdout}");
    let (code, _, _) = s.run(&[
        "monitor",
        "drift",
        "--reference",
        r,
        "--current",
        c,
        "--fail-on",
        "column",
    ]);
    assert_eq!(code, 1);
    let (code, _, _) = s.run(&[
        "monitor",
        "drift",
        "--reference",
        r,
        "--current",
        r,
        "--fail-on",
        "column",
    ]);
    assert_eq!(code, 0);
    let (code, _, _) = s.run(&[
        "monitor",
        "drift",
        "--reference",
        r,
        "--current",
        c,
        "--fail-on",
        "never",
    ]);
    assert_eq!(code, 0);
}

#[test]
fn markdown_and_html_reports() {
    let s = Sandbox::new();
    let r = fixture("large_reference.csv");
    let c = fixture("large_current.csv");
    let (code, stdout, stderr) = s.run(&[
        "monitor",
        "drift",
        "--reference",
        r.to_str().unwrap(),
        "--current",
        c.to_str().unwrap(),
        "--md",
        "--html",
        "report.html",
        "--fail-on",
        "never",
    ]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.starts_with("### Drift:"), "{stdout}");
    assert!(stdout.contains(
        "| column | type | method | statistic | p-value | effect | threshold | drifted |"
    ));
    let html = std::fs::read_to_string(s.join("report.html")).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert_eq!(html.matches("<svg").count(), 7, "one histogram per column");
    assert!(
        !html.contains("<script") && !html.contains("http://")
            || html.contains("http://www.w3.org/2000/svg")
    );
    assert!(stderr.contains("Wrote HTML report"), "{stderr}");
}

#[test]
fn checks_are_recorded_and_listed_by_history() {
    let s = Sandbox::repo();
    let r = fixture("small_reference.csv");
    let c = fixture("small_current.csv");
    let (code, _, stderr) = s.run(&[
        "monitor",
        "drift",
        "--reference",
        r.to_str().unwrap(),
        "--current",
        c.to_str().unwrap(),
        "--fail-on",
        "never",
    ]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stderr.contains("Recorded drift report"), "{stderr}");
    let n: i64 = s
        .db()
        .query_row(
            "SELECT count(*) FROM audit_events WHERE action = 'monitor.drift'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(n, 1);
    let list = s.json(&["monitor", "history"]);
    let list = list.as_array().unwrap();
    assert_eq!(list.len(), 1);
    assert_eq!(list[0]["type"], "drift_report");
    // mlo's contingency chi-square does not flag `cat_shift` (p = 0.08) where Evidently's
    // goodness-of-fit test does: 3 drifted columns, not Evidently's 4.
    assert_eq!(list[0]["drifted_columns"], 3);
    let (code, stdout, _) = s.run(&["monitor", "history"]);
    assert_eq!(code, 0);
    assert!(stdout.contains("3/7"), "{stdout}");
    // The audit trail still verifies.
    let (code, _, stderr) = s.run(&["audit", "verify"]);
    assert_eq!(code, 0, "{stderr}");
}

#[test]
fn a_reference_profile_gives_the_same_verdicts() {
    let s = Sandbox::new();
    let r = fixture("large_reference.csv");
    let c = fixture("large_current.csv");
    let direct = drift_json(&s, "large", &["--save-profile", "ref.prof"]);
    let (code, stdout, stderr) = s.run(&[
        "--json",
        "monitor",
        "drift",
        "--reference-profile",
        "ref.prof",
        "--current",
        c.to_str().unwrap(),
        "--fail-on",
        "never",
    ]);
    assert_eq!(code, 0, "{stderr}");
    let via: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(direct["columns"], via["columns"]);
    assert!(
        std::fs::metadata(s.join("ref.prof")).unwrap().len() < std::fs::metadata(&r).unwrap().len()
    );
}

#[test]
fn tracked_dataset_at_a_git_revision() {
    let s = Sandbox::new();
    let git = |args: &[&str]| {
        let ok = std::process::Command::new("git")
            .args(args)
            .current_dir(s.path())
            .env("GIT_AUTHOR_NAME", "t")
            .env("GIT_AUTHOR_EMAIL", "t@e")
            .env("GIT_COMMITTER_NAME", "t")
            .env("GIT_COMMITTER_EMAIL", "t@e")
            .output()
            .unwrap();
        assert!(ok.status.success(), "{ok:?}");
    };
    git(&["init", "-q"]);
    s.mlo(&["init"]).assert().success();
    std::fs::create_dir(s.join("data")).unwrap();
    std::fs::copy(fixture("small_reference.csv"), s.join("data/t.csv")).unwrap();
    s.mlo(&["data", "add", "data/t.csv"]).assert().success();
    git(&["add", "data/t.csv.mlo", ".mlops.toml"]);
    git(&["commit", "-qm", "v1"]);
    // The workspace file may be a hard link into the store: replace it, do not write through it.
    std::fs::remove_file(s.join("data/t.csv")).unwrap();
    std::fs::copy(fixture("small_current.csv"), s.join("data/t.csv")).unwrap();
    let out = s.json(&[
        "monitor",
        "drift",
        "--reference",
        "data/t.csv@HEAD",
        "--current",
        "data/t.csv",
        "--fail-on",
        "never",
    ]);
    let direct = drift_json(&s, "small", &["--no-record"]);
    assert_eq!(out["columns"], direct["columns"]);
    assert_eq!(out["reference"]["label"], "data/t.csv@HEAD");
    let (code, _, stderr) = s.run(&[
        "monitor",
        "drift",
        "--reference",
        "data/gone.csv@HEAD",
        "--current",
        "data/t.csv",
    ]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("no tracked dataset `data/gone.csv` at revision `HEAD`"),
        "{stderr}"
    );
}

#[test]
fn serve_inputs_and_perf_are_not_available_in_this_build() {
    let s = Sandbox::new();
    let r = fixture("small_reference.csv");
    let (code, _, stderr) = s.run(&[
        "monitor",
        "drift",
        "--reference",
        r.to_str().unwrap(),
        "--current",
        "serve:churn@3",
    ]);
    assert_eq!(code, 2);
    assert!(stderr.contains("`serve:churn@3`: reading the prediction log of `mlo serve` is not available in this build"), "{stderr}");
    let (code, _, stderr) = s.run(&["monitor", "perf", "churn"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("not available in this build"), "{stderr}");
}

/// A one-connection-at-a-time HTTP listener that answers `status` and keeps the bodies.
fn listener(statuses: Vec<u16>) -> (String, std::thread::JoinHandle<Vec<String>>) {
    let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/hook", l.local_addr().unwrap());
    let handle = std::thread::spawn(move || {
        let mut bodies = Vec::new();
        for status in statuses {
            let (mut conn, _) = l.accept().unwrap();
            let mut buf = Vec::new();
            let mut chunk = [0u8; 4096];
            loop {
                let n = conn.read(&mut chunk).unwrap();
                buf.extend_from_slice(&chunk[..n]);
                let text = String::from_utf8_lossy(&buf).to_string();
                if let Some(i) = text.find("\r\n\r\n") {
                    let len: usize = text
                        .lines()
                        .find_map(|l| {
                            l.to_ascii_lowercase()
                                .strip_prefix("content-length:")
                                .map(|v| v.trim().parse().unwrap())
                        })
                        .unwrap_or(0);
                    if buf.len() >= i + 4 + len {
                        bodies.push(text[i + 4..].to_string());
                        break;
                    }
                }
                if n == 0 {
                    break;
                }
            }
            let _ = conn.write_all(
                format!("HTTP/1.1 {status} X\r\ncontent-length: 0\r\nconnection: close\r\n\r\n")
                    .as_bytes(),
            );
        }
        bodies
    });
    (url, handle)
}

#[test]
fn webhook_posts_a_slack_compatible_summary_and_never_changes_the_exit_code() {
    let s = Sandbox::repo();
    std::fs::write(
        s.join(".mlops.toml"),
        "[monitor.alerts]\non = \"always\"\nretries = 1\ntimeout_ms = 2000\n",
    )
    .unwrap();
    let r = fixture("small_reference.csv");
    let c = fixture("small_current.csv");
    let (url, handle) = listener(vec![500, 200]);
    let (code, _, stderr) = s.run(&[
        "monitor",
        "drift",
        "--reference",
        r.to_str().unwrap(),
        "--current",
        c.to_str().unwrap(),
        "--fail-on",
        "column",
        "--webhook",
        &url,
    ]);
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains("Alerted"), "{stderr}");
    let bodies = handle.join().unwrap();
    assert_eq!(bodies.len(), 2, "one retry after the 500");
    let body: Value = serde_json::from_str(&bodies[1]).unwrap();
    assert!(
        body["text"]
            .as_str()
            .unwrap()
            .starts_with("mlo monitor drift: ")
    );
    assert!(body["drifted_columns"].as_u64().unwrap() > 0);
    // A dead webhook: reported, exit code unchanged.
    let dead = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        format!("http://{}/hook", l.local_addr().unwrap())
    };
    let (code, _, stderr) = s.run(&[
        "monitor",
        "drift",
        "--reference",
        r.to_str().unwrap(),
        "--current",
        r.to_str().unwrap(),
        "--webhook",
        &dead,
    ]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stderr.contains("warning: webhook"), "{stderr}");
    assert!(stderr.contains("exit code is unchanged"), "{stderr}");
}

/// The CSV fixture rewritten as JSON Lines (numbers as JSON numbers, text as strings).
fn to_jsonl(csv_path: &Path, out: &Path) {
    let mut rdr = csv::Reader::from_path(csv_path).unwrap();
    let headers = rdr.headers().unwrap().clone();
    let mut text = String::new();
    for rec in rdr.records() {
        let rec = rec.unwrap();
        let mut obj = serde_json::Map::new();
        for (h, v) in headers.iter().zip(rec.iter()) {
            let value = match v.parse::<f64>() {
                Ok(_) => serde_json::from_str::<Value>(v).unwrap(),
                Err(_) => Value::String(v.to_string()),
            };
            obj.insert(h.to_string(), value);
        }
        text.push_str(&serde_json::to_string(&obj).unwrap());
        text.push('\n');
    }
    std::fs::write(out, text).unwrap();
}

#[test]
fn json_lines_inputs_give_the_csv_results() {
    let s = Sandbox::new();
    to_jsonl(&fixture("small_reference.csv"), &s.join("r.jsonl"));
    to_jsonl(&fixture("small_current.csv"), &s.join("c.jsonl"));
    let csv = drift_json(&s, "small", &[]);
    let (code, stdout, stderr) = s.run(&[
        "--json",
        "monitor",
        "drift",
        "--reference",
        "r.jsonl",
        "--current",
        "c.jsonl",
        "--fail-on",
        "never",
    ]);
    assert_eq!(code, 0, "{stderr}");
    let jsonl: Value = serde_json::from_str(&stdout).unwrap();
    let mut a = csv["columns"].as_array().unwrap().clone();
    let mut b = jsonl["columns"].as_array().unwrap().clone();
    let key = |v: &Value| v["column"].as_str().unwrap().to_string();
    a.sort_by_key(key);
    b.sort_by_key(key);
    assert_eq!(a, b);
}
