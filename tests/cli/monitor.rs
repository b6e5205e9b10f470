//! `mlo monitor drift|history|perf` on committed fixtures whose expected verdicts come from
//! Evidently 0.7.23 and scipy (scripts/make_monitor_fixtures.py): Evidently's default test
//! selection, every method, bad inputs, reports, records, profiles and webhooks (issue 8).

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::{Sandbox, outcome};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/monitor")
        .join(name)
}

fn expected() -> Value {
    serde_json::from_str(&std::fs::read_to_string(fixture("expected.json")).unwrap()).unwrap()
}

/// The arguments of `mlo monitor drift --reference REFERENCE --current CURRENT EXTRA`.
fn drift_args<'a>(reference: &'a str, current: &'a str, extra: &[&'a str]) -> Vec<&'a str> {
    let mut args = vec![
        "monitor",
        "drift",
        "--reference",
        reference,
        "--current",
        current,
    ];
    args.extend_from_slice(extra);
    args
}

/// [`drift_args`] of a check that neither fails nor is recorded (`--fail-on never --no-record`).
fn look_args<'a>(reference: &'a str, current: &'a str, extra: &[&'a str]) -> Vec<&'a str> {
    let mut args = drift_args(reference, current, extra);
    args.extend(["--fail-on", "never", "--no-record"]);
    args
}

/// `mlo --json monitor drift` of two files with `--fail-on never EXTRA`; must exit 0.
fn drift_files_json(s: &Sandbox, reference: &Path, current: &Path, extra: &[&str]) -> Value {
    let mut args = drift_args(
        reference.to_str().unwrap(),
        current.to_str().unwrap(),
        &["--fail-on", "never"],
    );
    args.extend_from_slice(extra);
    s.json(&args)
}

/// [`drift_files_json`] of the committed fixture set `set` (`small` or `large`).
fn drift_json(s: &Sandbox, set: &str, extra: &[&str]) -> Value {
    let r = fixture(&format!("{set}_reference.csv"));
    let c = fixture(&format!("{set}_current.csv"));
    drift_files_json(s, &r, &c, extra)
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
        let (code, stdout, stderr) = s.run(&drift_args(&good, file, &[]));
        assert_eq!(code, 2, "{file}: {stderr}");
        assert!(stdout.is_empty());
        assert!(stderr.contains(needle), "{file}: {stderr}");
        assert!(!stderr.contains("panicked"));
    }
    // The hint for a non-numeric value.
    let (_, _, stderr) = s.run(&drift_args(&good, &text, &[]));
    assert!(stderr.contains("--categorical y"), "{stderr}");
    // ...and following it works.
    let (code, _, stderr) = s.run(&drift_args(&good, &text, &["--categorical", "y"]));
    assert!(code == 0 || code == 1, "{stderr}");
    // A column named with --columns that one side lacks.
    let other = write(
        &s,
        "other.csv",
        &format!("x,z\n{}", numbers(50, |i| format!("{i},{i}"))),
    );
    s.exits(
        &drift_args(&good, &other, &["--columns", "y"]),
        2,
        "column `y` is not in the current `other.csv`",
    );
    // A method that cannot apply.
    let cat = write(
        &s,
        "cat.csv",
        &format!("c\n{}", numbers(30, |i| ["a", "b", "c"][i % 3].into())),
    );
    s.exits(
        &drift_args(&cat, &cat, &["--method", "ks"]),
        2,
        "column `c`: method `ks` needs a numerical column",
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
    let mut args = vec!["--json"];
    args.extend(drift_args(&r, &c, &[]));
    let (code, stdout, stderr) = s.run(&args);
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
    let (code, stdout, _) = s.run(&drift_args(r, c, &[]));
    assert_eq!(code, 0, "{stdout}");
    assert!(stdout.contains("3 of 7 columns drifted"), "{stdout}");
    let (code, _, _) = s.run(&drift_args(r, c, &["--compat", "evidently"]));
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
    for (current, fail_on, want) in [(c, "column", 1), (r, "column", 0), (c, "never", 0)] {
        let (code, _, _) = s.run(&drift_args(r, current, &["--fail-on", fail_on]));
        assert_eq!(code, want, "--current {current} --fail-on {fail_on}");
    }
}

#[test]
fn markdown_and_html_reports() {
    let s = Sandbox::new();
    let r = fixture("large_reference.csv");
    let c = fixture("large_current.csv");
    let (code, stdout, stderr) = s.run(&drift_args(
        r.to_str().unwrap(),
        c.to_str().unwrap(),
        &["--md", "--html", "report.html", "--fail-on", "never"],
    ));
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
    s.exits(
        &drift_args(
            r.to_str().unwrap(),
            c.to_str().unwrap(),
            &["--fail-on", "never"],
        ),
        0,
        "Recorded drift report",
    );
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
    let via = s.json(&[
        "monitor",
        "drift",
        "--reference-profile",
        "ref.prof",
        "--current",
        c.to_str().unwrap(),
        "--fail-on",
        "never",
    ]);
    assert_eq!(direct["columns"], via["columns"]);
    assert!(
        std::fs::metadata(s.join("ref.prof")).unwrap().len() < std::fs::metadata(&r).unwrap().len()
    );
}

#[test]
fn tracked_dataset_at_a_git_revision() {
    let s = Sandbox::new();
    s.git(&["init", "-q"]);
    s.mlo(&["init"]).assert().success();
    std::fs::create_dir(s.join("data")).unwrap();
    std::fs::copy(fixture("small_reference.csv"), s.join("data/t.csv")).unwrap();
    s.mlo(&["data", "add", "data/t.csv"]).assert().success();
    s.git(&["add", "data/t.csv.mlo", ".mlops.toml"]);
    s.git(&["commit", "-qm", "v1"]);
    // The workspace file may be a hard link into the store: replace it, do not write through it.
    std::fs::remove_file(s.join("data/t.csv")).unwrap();
    std::fs::copy(fixture("small_current.csv"), s.join("data/t.csv")).unwrap();
    let out = s.json(&drift_args(
        "data/t.csv@HEAD",
        "data/t.csv",
        &["--fail-on", "never"],
    ));
    let direct = drift_json(&s, "small", &["--no-record"]);
    assert_eq!(out["columns"], direct["columns"]);
    assert_eq!(out["reference"]["label"], "data/t.csv@HEAD");
    s.exits(
        &drift_args("data/gone.csv@HEAD", "data/t.csv", &[]),
        2,
        "no tracked dataset `data/gone.csv` at revision `HEAD`",
    );
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
    let (base, handle) = super::capture::server(vec![500, 200], 2);
    let url = format!("{base}/hook");
    let (r, c) = (r.to_str().unwrap(), c.to_str().unwrap());
    let (code, _, stderr) = s.run(&drift_args(
        r,
        c,
        &["--fail-on", "column", "--webhook", &url],
    ));
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains("Alerted"), "{stderr}");
    let seen = handle.join().unwrap();
    assert_eq!(seen.len(), 2, "one retry after the 500");
    let body = seen[1].json();
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
    let (code, _, stderr) = s.run(&drift_args(r, r, &["--webhook", &dead]));
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
    let jsonl = drift_files_json(&s, Path::new("r.jsonl"), Path::new("c.jsonl"), &[]);
    let mut a = csv["columns"].as_array().unwrap().clone();
    let mut b = jsonl["columns"].as_array().unwrap().clone();
    let key = |v: &Value| v["column"].as_str().unwrap().to_string();
    a.sort_by_key(key);
    b.sort_by_key(key);
    assert_eq!(a, b);
}

// ---------------------------------------------------------------------------------------------
// The prediction log of `mlo serve` as input (`serve:NAME`), `mlo monitor perf`, and Parquet.
// Logs here are written in the documented segment format (docs/serving.md); the test in
// tests/cli/ab.rs goes through a real `mlo serve`.

/// A small deterministic generator (xorshift64*), so the tests need no crate for randomness.
pub(crate) struct Rng(u64);

impl Rng {
    pub(crate) fn new(seed: u64) -> Self {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }
    pub(crate) fn uniform(&mut self) -> f64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        (self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 11) as f64 / (1u64 << 53) as f64
    }
    pub(crate) fn normal(&mut self, mean: f64, sd: f64) -> f64 {
        let u = self.uniform().max(1e-12);
        let v = self.uniform();
        // Three decimals, as a served client would send them; exact in JSON and CSV alike.
        let x = mean + sd * (-2.0 * u.ln()).sqrt() * (std::f64::consts::TAU * v).cos();
        (x * 1000.0).round() / 1000.0
    }
}

/// Write one segment of the prediction log, one JSON record per line.
pub(crate) fn write_segment(dir: &Path, seq: u32, records: &[Value], torn_tail: bool) {
    std::fs::create_dir_all(dir).unwrap();
    let mut text = String::new();
    for r in records {
        text.push_str(&r.to_string());
        text.push('\n');
    }
    if torn_tail {
        text.push_str("{\"kind\":\"prediction\",\"ts\":\"2026-");
    }
    std::fs::write(dir.join(format!("seg-{seq:08}.jsonl")), text).unwrap();
}

/// A served request as `mlo serve` logs it: input `x` [n, k] FP32, outputs `label` [n] INT64
/// and `probabilities` [n, 3] FP32 (empty on error).
#[allow(clippy::too_many_arguments)]
pub(crate) fn prediction(
    ts: &str,
    id: &str,
    model: &str,
    version: &str,
    variant: &str,
    status: u16,
    latency_ms: f64,
    rows: &[Vec<f64>],
    labels: &[i64],
    probabilities: &[Vec<f64>],
) -> Value {
    let k = rows.first().map_or(0, Vec::len);
    let ok = status == 200;
    let mut outputs = Vec::new();
    if ok {
        outputs.push(serde_json::json!({"name": "label", "datatype": "INT64",
            "shape": [labels.len()], "data": labels}));
        outputs.push(
            serde_json::json!({"name": "probabilities", "datatype": "FP32",
            "shape": [probabilities.len(), 3], "data": probabilities.concat()}),
        );
    }
    let mut v = serde_json::json!({
        "kind": "prediction", "ts": ts, "id": id, "model": model, "version": version,
        "variant": variant, "endpoint": if variant == "shadow" { "shadow" } else { "infer" },
        "status": status, "latency_ms": latency_ms,
        "inputs": if rows.is_empty() { serde_json::json!([]) } else {
            serde_json::json!([{"name": "x", "datatype": "FP32", "shape": [rows.len(), k], "data": rows.concat()}])
        },
        "outputs": outputs,
    });
    if !ok {
        v["error"] = Value::from("bad request");
    }
    v
}

fn at(base_secs: i64) -> String {
    chrono::DateTime::<chrono::Utc>::from_timestamp(base_secs, 0)
        .unwrap()
        .to_rfc3339_opts(chrono::SecondsFormat::Micros, true)
}

/// 2026-03-01T12:00:00Z, "now" for these tests.
const NOW: &str = "2026-03-01T12:00:00Z";
const NOW_SECS: i64 = 1_772_366_400;

fn run_at(s: &Sandbox, args: &[&str]) -> (i32, String, String) {
    outcome(&s.mlo(args).env("MLO_TEST_TIMESTAMP", NOW).output().unwrap())
}

fn json_at(s: &Sandbox, args: &[&str]) -> Value {
    let mut all = vec!["--json"];
    all.extend_from_slice(args);
    let (code, stdout, stderr) = run_at(s, &all);
    assert!(
        code == 0 || code == 1,
        "mlo {args:?} exited {code}: {stderr}"
    );
    serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("not JSON ({e}): {stdout}"))
}

fn iris_row(rng: &mut Rng, shift: f64) -> Vec<f64> {
    vec![
        rng.normal(5.8 + shift, 0.8),
        rng.normal(3.0, 0.4),
        rng.normal(3.7 + shift, 1.7),
        rng.normal(1.2, 0.7),
    ]
}

fn classify(row: &[f64]) -> (i64, Vec<f64>) {
    let label = if row[2] < 2.5 {
        0
    } else if row[2] < 4.9 {
        1
    } else {
        2
    };
    let mut p = vec![0.1, 0.1, 0.1];
    p[label as usize] = 0.8;
    (label, p)
}

/// The served rows a CSV would hold: the features, then the prediction columns.
const SERVED_HEADER: &str = "sepal_length,sepal_width,petal_length,petal_width,pred_label,pred_probabilities_0,pred_probabilities_1,pred_probabilities_2";

/// Values as one CSV line's cells, comma-separated.
pub(crate) fn joined<T: ToString>(values: &[T]) -> String {
    values
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(",")
}

fn csv_row(row: &[f64], label: i64, p: &[f64]) -> String {
    format!("{},{label},{}", joined(row), joined(p))
}

/// Writes the iris log and returns the CSV of the rows `serve:iris` with `--since 24h` must
/// read: primary and canary, successful, inside the window.
fn iris_log(s: &Sandbox) -> (String, usize, usize) {
    let mut rng = Rng::new(7);
    let mut records = Vec::new();
    let mut expected = vec![SERVED_HEADER.to_string()];
    let mut canary_rows = 0;
    let mut shadow_rows = 0;
    // Old traffic (10 days ago), shifted: outside `--since 24h`.
    for i in 0..20 {
        let row = iris_row(&mut rng, 3.0);
        let (l, p) = classify(&row);
        records.push(prediction(
            &at(NOW_SECS - 10 * 86_400 + i),
            &format!("old{i}"),
            "iris",
            "1",
            "primary",
            200,
            1.0,
            &[row],
            &[l],
            &[p],
        ));
    }
    for i in 0..120 {
        let ts = at(NOW_SECS - 2 * 3600 + i * 30);
        let variant = if i % 4 == 3 { "canary" } else { "primary" };
        let version = if variant == "canary" { "2" } else { "1" };
        // Every fifth request is a batch of two rows.
        let n = if i % 5 == 0 { 2 } else { 1 };
        let rows: Vec<Vec<f64>> = (0..n).map(|_| iris_row(&mut rng, 0.0)).collect();
        let (labels, probs): (Vec<i64>, Vec<Vec<f64>>) = rows.iter().map(|r| classify(r)).unzip();
        if i % 17 == 5 {
            // A failed request: logged, not a row.
            records.push(prediction(
                &ts,
                &format!("r{i}"),
                "iris",
                version,
                variant,
                400,
                0.2,
                &[],
                &[],
                &[],
            ));
            continue;
        }
        records.push(prediction(
            &ts,
            &format!("r{i}"),
            "iris",
            version,
            variant,
            200,
            1.5,
            &rows,
            &labels,
            &probs,
        ));
        for ((r, l), p) in rows.iter().zip(&labels).zip(&probs) {
            expected.push(csv_row(r, *l, p));
        }
        if variant == "canary" {
            canary_rows += n;
        }
        // The shadow mirrors every third request with very different inputs.
        if i % 3 == 0 {
            let shadow: Vec<Vec<f64>> = rows
                .iter()
                .map(|r| r.iter().map(|x| x + 10.0).collect())
                .collect();
            records.push(prediction(
                &ts,
                &format!("r{i}"),
                "iris",
                "3",
                "shadow",
                200,
                2.0,
                &shadow,
                &labels,
                &probs,
            ));
            shadow_rows += n;
        }
    }
    // Another model in the same log.
    records.push(prediction(
        &at(NOW_SECS - 60),
        "o1",
        "other",
        "1",
        "primary",
        200,
        1.0,
        &[vec![1.0]],
        &[0],
        &[vec![1.0, 0.0, 0.0]],
    ));
    let dir = s.join(".mlo/predictions");
    let (a, b) = records.split_at(records.len() / 2);
    write_segment(&dir, 1, a, false);
    write_segment(&dir, 2, b, true);
    let _ = shadow_rows;
    (expected.join("\n") + "\n", canary_rows, shadow_rows)
}

fn iris_reference(s: &Sandbox) -> PathBuf {
    let mut rng = Rng::new(99);
    let mut text = String::from("sepal_length,sepal_width,petal_length,petal_width,species\n");
    for _ in 0..150 {
        let row = iris_row(&mut rng, 0.0);
        let (l, _) = classify(&row);
        let species = ["setosa", "versicolor", "virginica"][l as usize];
        text.push_str(&format!("{},{species}\n", joined(&row)));
    }
    let p = s.join("train.csv");
    std::fs::write(&p, text).unwrap();
    p
}

const FEATURES: &str = "sepal_length,sepal_width,petal_length,petal_width";

#[test]
fn served_requests_drift_exactly_like_the_same_rows_in_csv() {
    let s = Sandbox::repo();
    let (expected_csv, canary_rows, shadow_rows) = iris_log(&s);
    iris_reference(&s);
    std::fs::write(s.join("served.csv"), &expected_csv).unwrap();
    let expected_rows = expected_csv.lines().count() - 1;

    let served_args = look_args(
        "train.csv",
        "serve:iris",
        &["--since", "24h", "--features", FEATURES],
    );
    let served = json_at(&s, &served_args);
    let csv = json_at(&s, &look_args("train.csv", "served.csv", &[]));
    assert_eq!(served["current"]["rows"], expected_rows);
    assert_eq!(served["columns"], csv["columns"], "served vs CSV");
    assert_eq!(served["columns"].as_array().unwrap().len(), 4);
    let info = &served["current"]["served"];
    assert_eq!(info["feature_names"], "flag");
    assert_eq!(info["tensor_columns"][3], "x_3");
    assert_eq!(info["prediction_columns"][0], "pred_label");
    assert_eq!(
        info["skipped_lines"], 1,
        "the torn tail is skipped and counted"
    );
    assert_eq!(info["failed"], 7);
    assert!(
        info["other_variants"].as_u64().unwrap() > 0,
        "shadow records left out: {info}"
    );
    // The prediction columns are skipped with one reason, not compared with the reference.
    let (code, _, stderr) = run_at(&s, &served_args);
    assert_eq!(code, 0, "{stderr}");
    assert!(stderr.contains("columns `pred_label`, `pred_probabilities_0`, `pred_probabilities_1`, `pred_probabilities_2` not compared: a prediction column of the served model, not in the reference"), "{stderr}");
    assert!(stderr.contains("input columns from --features"), "{stderr}");

    // Two served inputs: the same rows on both sides compare every column, predictions too.
    let same = json_at(
        &s,
        &look_args("serve:iris", "serve:iris", &["--since", "24h"]),
    );
    assert_eq!(same["columns"].as_array().unwrap().len(), 8);
    assert_eq!(same["drifted_columns"], 0);

    // One version; shadow only when asked.
    let canary = json_at(
        &s,
        &look_args(
            "train.csv",
            "serve:iris@2",
            &["--since", "24h", "--features", FEATURES],
        ),
    );
    assert_eq!(canary["current"]["rows"], canary_rows);
    let with_shadow = json_at(
        &s,
        &look_args(
            "train.csv",
            "serve:iris",
            &[
                "--since",
                "24h",
                "--variant",
                "primary",
                "--variant",
                "canary",
                "--variant",
                "shadow",
                "--features",
                FEATURES,
            ],
        ),
    );
    assert_eq!(with_shadow["current"]["rows"], expected_rows + shadow_rows);
    assert_eq!(
        with_shadow["dataset_drift"], true,
        "the shadow's shifted inputs drift"
    );
    // The window: the whole log includes the old, shifted traffic.
    let all = json_at(
        &s,
        &look_args("train.csv", "serve:iris", &["--features", FEATURES]),
    );
    assert_eq!(all["current"]["rows"], expected_rows + 20);
    let until = json_at(
        &s,
        &look_args(
            "train.csv",
            "serve:iris",
            &[
                "--since",
                "2026-02-19",
                "--until",
                "2026-02-20",
                "--features",
                FEATURES,
            ],
        ),
    );
    assert_eq!(until["current"]["rows"], 20);
}

#[test]
fn served_input_errors_say_what_is_missing() {
    let s = Sandbox::repo();
    iris_reference(&s);
    let run = |extra: &[&str]| {
        let mut args = vec!["monitor", "drift", "--reference", "train.csv"];
        args.extend_from_slice(extra);
        run_at(&s, &args)
    };
    // No log yet.
    let (code, _, stderr) = run(&["--current", "serve:iris"]);
    assert_eq!(code, 2, "{stderr}");
    assert!(
        stderr.contains("`serve:iris`: no prediction log at `"),
        "{stderr}"
    );
    assert!(stderr.contains("--log-dir"), "{stderr}");
    // perf says the same.
    let (code, _, stderr) = run_at(&s, &["monitor", "perf", "iris"]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("no prediction log at"), "{stderr}");

    iris_log(&s);
    for (args, needle) in [
        (
            vec!["--current", "serve:nope"],
            "the prediction log has no requests for model `nope` (models logged: `iris`, `other`)",
        ),
        (
            vec!["--current", "serve:iris@9"],
            "no request in the log was answered by version `9` (versions logged: `1`, `2`, `3`)",
        ),
        (
            vec!["--current", "serve:iris", "--since", "2026-03-05"],
            "no requests for model `iris` since 2026-03-05T00:00:00.000000Z; its requests in the log run from",
        ),
        (
            vec!["--current", "serve:iris@3", "--since", "24h"],
            "in other variants: pass `--variant` to include them",
        ),
        (
            vec!["--current", "serve:iris", "--features", "a,b,c"],
            "`--features` names 3 columns, but the served inputs (x[4]) have 4: `x_0`, `x_1`, `x_2`, `x_3`",
        ),
        (
            vec!["--current", "serve:iris", "--since", "1h", "--until", "2h"],
            "the window is empty",
        ),
        (
            vec!["--current", "serve:iris", "--since", "yesterday"],
            "`--since yesterday`",
        ),
        (
            vec!["--current", "train.csv", "--since", "24h"],
            "--since applies to `serve:` inputs only",
        ),
        (vec!["--current", "serve:"], "expected `serve:NAME`"),
    ] {
        let (code, _, stderr) = run(&args);
        assert_eq!(code, 2, "{args:?}: {stderr}");
        assert!(stderr.contains(needle), "{args:?}: {stderr}");
        assert!(!stderr.contains("panicked"), "{stderr}");
    }
    // Tensor-named inputs share no column with the reference: the hint names --features.
    let (code, _, stderr) = run(&["--current", "serve:iris"]);
    assert_eq!(code, 2, "{stderr}");
    assert!(
        stderr.contains("no column to compare between `train.csv` and `serve:iris`"),
        "{stderr}"
    );
    assert!(
        stderr.contains("--features sepal_length,sepal_width,petal_length,petal_width"),
        "{stderr}"
    );
    // Outside a repository, a serve: input needs --log-dir.
    let outside = Sandbox::new();
    outside.exits(
        &["monitor", "perf", "iris"],
        2,
        "lives in an mlo repository",
    );
    let dir = s.join(".mlo/predictions");
    let (code, stdout, stderr) = outside.run(&[
        "--json",
        "monitor",
        "perf",
        "iris",
        "--log-dir",
        dir.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("\"requests\""), "{stdout}");
}

/// Requests whose tensors cannot share a table are named, in write order: the first request
/// of another layout against the first request of the table (of the window, for `perf`), or
/// the first request whose tensors do not add up.
#[test]
fn served_tables_name_the_requests_that_do_not_fit() {
    let s = Sandbox::repo();
    let dir = s.join(".mlo/predictions");
    let hour10 = NOW_SECS - 2 * 3600;
    let hour11 = NOW_SECS - 3600;
    let row = |i: i64| vec![1.0 + i as f64, 2.5, 3.0, 0.4];
    let ok = |ts: i64, id: &str, version: &str, variant: &str, x: Vec<f64>| {
        prediction(
            &at(ts),
            id,
            "m",
            version,
            variant,
            200,
            1.0,
            &[x],
            &[1],
            &[vec![0.1, 0.8, 0.1]],
        )
    };
    let mut records = Vec::new();
    for i in 0..3 {
        records.push(ok(
            hour10 + i * 60,
            &format!("a{i}"),
            "1",
            "primary",
            row(i),
        ));
    }
    for i in 0..3 {
        records.push(ok(
            hour11 + i * 60,
            &format!("b{i}"),
            "1",
            "primary",
            row(i),
        ));
    }
    // Version 2 takes three inputs.
    let other = ok(hour11 + 600, "c0", "2", "canary", vec![1.0, 2.0, 3.0]);
    records.push(other.clone());
    write_segment(&dir, 1, &records, false);

    let layouts = "has inputs (x[3]) and outputs (label, probabilities[3]), but request";
    let (code, _, stderr) = run_at(
        &s,
        &[
            "monitor",
            "drift",
            "--reference",
            "serve:m@1",
            "--current",
            "serve:m",
        ],
    );
    assert_eq!(code, 2, "{stderr}");
    assert!(
        stderr.contains(&format!("request `c0` (version `2`) {layouts} `a0` (version `1`) has (x[4]) and (label, probabilities[3]); select one version with `serve:m@VERSION`")),
        "{stderr}"
    );
    // `perf` builds one table per window: the second hour's first request is named.
    let (code, _, stderr) = run_at(&s, &["monitor", "perf", "m"]);
    assert_eq!(code, 2, "{stderr}");
    assert!(
        stderr.contains(&format!(
            "request `c0` (version `2`) {layouts} `b0` (version `1`)"
        )),
        "{stderr}"
    );
    // One version at a time reads, and traffic alone needs no table.
    let same = json_at(
        &s,
        &[
            "monitor",
            "drift",
            "--reference",
            "serve:m@1",
            "--current",
            "serve:m@1",
            "--fail-on",
            "never",
            "--no-record",
        ],
    );
    assert_eq!(same["current"]["rows"], 6);
    assert_eq!(same["drifted_columns"], 0);
    let traffic = json_at(&s, &["monitor", "perf", "m", "--no-drift"]);
    assert_eq!(traffic["overall"]["requests"], 7);

    // A request whose tensor does not add up comes before `c0` in write order: it is named.
    let mut short = ok(hour11 + 300, "short", "1", "primary", row(9));
    short["inputs"][0]["data"] = serde_json::json!([1.0, 2.0, 3.0]);
    let mut text = ok(hour11 + 400, "text", "1", "primary", row(9));
    text["inputs"][0]["data"] = serde_json::json!(["a", "b", "c", "d"]);
    let mut with_short = records[..6].to_vec();
    with_short.extend([short, text.clone(), other.clone()]);
    write_segment(&dir, 1, &with_short, false);
    for args in [
        &[
            "monitor",
            "drift",
            "--reference",
            "serve:m@1",
            "--current",
            "serve:m",
        ][..],
        &["monitor", "perf", "m"][..],
    ] {
        let (code, _, stderr) = run_at(&s, args);
        assert_eq!(code, 2, "{stderr}");
        assert!(
            stderr.contains(
                "request `short`: tensor `x` has shape [1, 4] and 3 values, which does not match 1 rows"
            ),
            "{args:?}: {stderr}"
        );
    }
    let mut with_text = records[..6].to_vec();
    with_text.extend([text, other]);
    write_segment(&dir, 1, &with_text, false);
    let (code, _, stderr) = run_at(&s, &["monitor", "perf", "m"]);
    assert_eq!(code, 2, "{stderr}");
    assert!(
        stderr.contains("request `text`: tensor `x` holds values that are not numbers"),
        "{stderr}"
    );
}

/// Records of model `m` for `mlo monitor perf`: hour 10 (primary latencies 1..=100 ms with 3
/// client and 5 server errors, canary 2, 4, …, 40 ms), hour 11 (primary, 50 requests at 10 ms,
/// every prediction label 2).
fn perf_log(s: &Sandbox) -> (String, String) {
    let mut rng = Rng::new(3);
    let mut records = Vec::new();
    let hour10 = NOW_SECS - 2 * 3600;
    let hour11 = NOW_SECS - 3600;
    let mut first =
        vec![SERVED_HEADER.replace("sepal_length,sepal_width,petal_length,petal_width,", "")];
    let mut second = first.clone();
    for i in 1..=100 {
        let status = if i % 20 == 0 {
            500
        } else if [7, 14, 21].contains(&i) {
            400
        } else {
            200
        };
        let row = iris_row(&mut rng, 0.0);
        let (l, p) = classify(&row);
        records.push(prediction(
            &at(hour10 + i * 10),
            &format!("p{i}"),
            "m",
            "1",
            "primary",
            status,
            i as f64,
            &[row],
            &[l],
            std::slice::from_ref(&p),
        ));
        if status == 200 {
            first.push(format!("{l},{}", joined(&p)));
        }
    }
    for i in 1..=20 {
        let row = iris_row(&mut rng, 0.0);
        let (l, p) = classify(&row);
        records.push(prediction(
            &at(hour10 + i * 15),
            &format!("c{i}"),
            "m",
            "2",
            "canary",
            200,
            2.0 * i as f64,
            &[row],
            &[l],
            std::slice::from_ref(&p),
        ));
        first.push(format!("{l},{}", joined(&p)));
    }
    for i in 1..=50 {
        let row = iris_row(&mut rng, 0.0);
        let p = vec![0.1, 0.1, 0.8];
        records.push(prediction(
            &at(hour11 + i * 10),
            &format!("q{i}"),
            "m",
            "1",
            "primary",
            200,
            10.0,
            &[row],
            &[2],
            std::slice::from_ref(&p),
        ));
        second.push(format!("2,{}", joined(&p)));
    }
    records.sort_by(|a, b| a["ts"].as_str().cmp(&b["ts"].as_str()));
    write_segment(&s.join(".mlo/predictions"), 1, &records, false);
    (first.join("\n") + "\n", second.join("\n") + "\n")
}

fn close_to(a: &Value, b: f64, what: &str) {
    let a = a
        .as_f64()
        .unwrap_or_else(|| panic!("{what}: not a number: {a}"));
    assert!(
        (a - b).abs() <= 1e-9 * b.abs().max(1.0),
        "{what}: {a} vs {b}"
    );
}

#[test]
fn perf_reports_traffic_latency_and_prediction_drift_per_window() {
    let s = Sandbox::repo();
    let (first, second) = perf_log(&s);
    let out = json_at(&s, &["monitor", "perf", "m", "--since", "24h"]);
    assert_eq!(out["window_seconds"], 3600);
    assert_eq!(out["overall"]["requests"], 170);
    let groups = out["groups"].as_array().unwrap();
    assert_eq!(groups.len(), 2);
    let (p, c) = (&groups[0], &groups[1]);
    assert_eq!(
        (p["version"].as_str(), p["variant"].as_str()),
        (Some("1"), Some("primary"))
    );
    assert_eq!(p["requests"], 150);
    assert_eq!(p["errors"], 8);
    assert_eq!(p["client_errors"], 3);
    assert_eq!(p["server_errors"], 5);
    close_to(&p["error_rate"], 8.0 / 150.0, "error rate");
    // numpy.percentile(np.r_[np.arange(1, 101), np.full(50, 10.0)], [50, 95, 99])
    //   == [25.5, 92.55, 98.51]
    close_to(&p["latency_ms"]["p50"], 25.5, "p50");
    close_to(&p["latency_ms"]["p95"], 92.55, "p95");
    close_to(&p["latency_ms"]["p99"], 98.51, "p99");
    assert_eq!(c["variant"], "canary");
    assert_eq!(c["requests"], 20);
    assert_eq!(c["errors"], 0);
    // numpy.percentile(np.arange(2, 41, 2), [50, 95, 99]) == [21.0, 38.1, 39.62]
    close_to(&c["latency_ms"]["p50"], 21.0, "canary p50");
    close_to(&c["latency_ms"]["p95"], 38.1, "canary p95");
    close_to(&c["latency_ms"]["p99"], 39.62, "canary p99");

    let windows = out["windows"].as_array().unwrap();
    assert_eq!(windows.len(), 3, "{windows:?}");
    assert_eq!(windows[0]["start"], "2026-03-01T10:00:00.000000Z");
    assert_eq!(windows[0]["end"], "2026-03-01T11:00:00.000000Z");
    assert_eq!(windows[0]["requests"], 100);
    // numpy.percentile(np.arange(1, 101), [50, 95, 99]) == [50.5, 95.05, 99.01]
    close_to(&windows[0]["latency_ms"]["p50"], 50.5, "hour 10 p50");
    close_to(&windows[0]["latency_ms"]["p95"], 95.05, "hour 10 p95");
    close_to(&windows[0]["latency_ms"]["p99"], 99.01, "hour 10 p99");
    assert_eq!(windows[1]["variant"], "canary");
    assert_eq!(windows[2]["start"], "2026-03-01T11:00:00.000000Z");
    close_to(&windows[2]["latency_ms"]["p99"], 10.0, "hour 11 p99");

    // Prediction drift: hour 11 against hour 10, the same numbers as the CSV path.
    let d = &out["prediction_drift"];
    assert_eq!(d["baseline"], "first window (2026-03-01T10:00:00.000000Z)");
    let w = d["windows"].as_array().unwrap();
    assert_eq!(w[0]["baseline"], true);
    assert_eq!(w[1]["drift"], true);
    std::fs::write(s.join("h10.csv"), first).unwrap();
    std::fs::write(s.join("h11.csv"), second).unwrap();
    let csv = json_at(&s, &look_args("h10.csv", "h11.csv", &[]));
    assert_eq!(w[1]["columns"], csv["columns"]);
    assert_eq!(w[1]["rows"], 50);

    // A file baseline, one version, a 30-minute window, Markdown and the table.
    let baseline = json_at(
        &s,
        &[
            "monitor",
            "perf",
            "m@1",
            "--since",
            "24h",
            "--window",
            "30m",
            "--reference",
            "h10.csv",
        ],
    );
    assert_eq!(baseline["groups"].as_array().unwrap().len(), 1);
    assert_eq!(baseline["prediction_drift"]["baseline"], "h10.csv");
    assert_eq!(
        baseline["windows"][0]["start"],
        "2026-03-01T10:00:00.000000Z"
    );
    assert_eq!(baseline["windows"][0]["end"], "2026-03-01T10:30:00.000000Z");
    let (code, stdout, stderr) = run_at(&s, &["monitor", "perf", "m", "--since", "24h", "--md"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stdout.contains("## Serving performance: serve:m"),
        "{stdout}"
    );
    assert!(
        stdout.contains("| 1 | primary | 150 | 8 | 5.33% | 25.5 | 92.55 | 98.51 |"),
        "{stdout}"
    );
    let (code, stdout, stderr) = run_at(&s, &["monitor", "perf", "m", "--since", "24h"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("per 1h window:"), "{stdout}");
    assert!(
        stdout.contains("prediction drift of pred_label"),
        "{stdout}"
    );
    // A baseline without the prediction columns is refused.
    iris_reference(&s);
    let (code, _, stderr) = run_at(&s, &["monitor", "perf", "m", "--reference", "train.csv"]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("has none of the prediction columns `pred_label`"),
        "{stderr}"
    );
    // A window without requests.
    let (code, _, stderr) = run_at(&s, &["monitor", "perf", "m", "--since", "10m"]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("no requests for model `m` since 2026-03-01T11:50:00.000000Z"),
        "{stderr}"
    );
}

fn parquet_fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/parquet")
        .join(name)
}

#[test]
fn parquet_inputs_drift_exactly_like_the_same_data_in_csv() {
    let s = Sandbox::new();
    for set in ["small", "large"] {
        let run = |r: PathBuf, c: PathBuf| drift_files_json(&s, &r, &c, &[]);
        let csv = run(
            fixture(&format!("{set}_reference.csv")),
            fixture(&format!("{set}_current.csv")),
        );
        let pq = run(
            parquet_fixture(&format!("{set}_reference.parquet")),
            parquet_fixture(&format!("{set}_current.parquet")),
        );
        let mixed = run(
            parquet_fixture(&format!("{set}_reference.parquet")),
            fixture(&format!("{set}_current.csv")),
        );
        assert_eq!(pq["columns"], csv["columns"], "{set}: Parquet vs CSV");
        assert_eq!(mixed["columns"], csv["columns"], "{set}: Parquet vs CSV");
        assert_eq!(pq["columns"].as_array().unwrap().len(), 7);
        assert_eq!(pq["reference"]["rows"], csv["reference"]["rows"]);
        assert_eq!(pq["dataset_drift"], csv["dataset_drift"]);
    }
    // Not Parquet at all: a clear error, exit 2.
    std::fs::write(s.join("fake.parquet"), "a,b\n1,2\n").unwrap();
    s.exits(
        &drift_args("fake.parquet", "fake.parquet", &[]),
        2,
        "`fake.parquet`: cannot read it as Parquet",
    );
}

/// The registry names the served inputs (`--tag features=...`) and resolves stages.
#[test]
fn registry_tags_name_served_inputs_and_stages_resolve_to_logged_versions() {
    let s = Sandbox::repo();
    let (expected_csv, canary_rows, _) = iris_log(&s);
    iris_reference(&s);
    std::fs::write(s.join("model.bin"), b"weights").unwrap();
    let tag = format!("features={FEATURES}");
    for _ in 0..2 {
        s.mlo(&["model", "register", "iris", "model.bin", "--tag", &tag])
            .assert()
            .success();
    }
    s.mlo(&["model", "promote", "iris@2", "--to", "production"])
        .assert()
        .success();
    let out = json_at(
        &s,
        &look_args("train.csv", "serve:iris", &["--since", "24h"]),
    );
    assert_eq!(out["current"]["served"]["feature_names"], "registry_tag");
    assert_eq!(out["current"]["rows"], expected_csv.lines().count() - 1);
    assert_eq!(out["columns"].as_array().unwrap().len(), 4);
    // `@production` is version 2 in the registry: the canary's requests.
    let prod = json_at(
        &s,
        &look_args("train.csv", "serve:iris@production", &["--since", "24h"]),
    );
    assert_eq!(prod["current"]["served"]["version"], "2");
    assert_eq!(prod["current"]["rows"], canary_rows);
    // A stage with no logged requests says so.
    s.mlo(&["model", "promote", "iris@1", "--to", "staging"])
        .assert()
        .success();
    let (code, _, stderr) = run_at(&s, &["monitor", "perf", "iris@archived"]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("no request in the log was answered by version `archived`"),
        "{stderr}"
    );
}
