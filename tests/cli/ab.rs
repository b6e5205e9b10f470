//! `mlo ab analyze` and `mlo ab plan` (issue 9): numbers against scipy, statsmodels and
//! gbstats (tests/fixtures/ab/expected.json from scripts/make_ab_cli_fixtures.py), what users
//! see (verdicts, exit codes, warnings), every bad-input case, and the audit record.

use std::path::PathBuf;

use serde_json::Value;

use crate::{Sandbox, pluck};

fn fixture(name: &str) -> String {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/ab")
        .join(name)
        .display()
        .to_string()
}

fn expected() -> Value {
    let text = std::fs::read_to_string(fixture("expected.json")).unwrap();
    serde_json::from_str(&text).unwrap()
}

#[track_caller]
fn close(actual: &Value, expected: &Value, what: &str) {
    let (a, e) = (
        actual
            .as_f64()
            .unwrap_or_else(|| panic!("{what}: not a number: {actual}")),
        expected.as_f64().unwrap(),
    );
    let tol = 1e-9 * e.abs() + 1e-15;
    assert!(
        (a - e).abs() <= tol,
        "{what}: got {a:e}, expected {e:e} (diff {:e})",
        (a - e).abs()
    );
}

/// `mlo --json ab analyze ARGS` outside a repository; returns the analysis.
fn analyze(s: &Sandbox, args: &[&str]) -> Value {
    let mut all = vec!["ab", "analyze"];
    all.extend_from_slice(args);
    s.json(&all)["analysis"].clone()
}

fn comparison<'a>(analysis: &'a Value, metric: &str, treatment: &str) -> &'a Value {
    let m = analysis["metrics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["name"] == metric)
        .unwrap_or_else(|| panic!("no metric {metric}"));
    m["comparisons"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["treatment"]["variant"] == treatment)
        .unwrap_or_else(|| panic!("no treatment {treatment}"))
}

const BASE: [&str; 4] = ["--variant-col", "variant", "--control", "A"];

fn with_base<'a>(file: &'a str, rest: &[&'a str]) -> Vec<&'a str> {
    let mut v = vec![file];
    v.extend_from_slice(&BASE);
    v.extend_from_slice(rest);
    v
}

/// `ab analyze FILE --variant-col variant --control A REST`, to run as it is.
fn analyze_args<'a>(file: &'a str, rest: &[&'a str]) -> Vec<&'a str> {
    let mut v = vec!["ab", "analyze"];
    v.extend(with_base(file, rest));
    v
}

#[test]
fn binary_and_continuous_metrics_agree_with_scipy_statsmodels_and_gbstats() {
    let s = Sandbox::new();
    let exp = expected();
    let csv = fixture("experiment.csv");
    let a = analyze(
        &s,
        &with_base(&csv, &["--metric", "converted", "--metric", "revenue"]),
    );
    assert_eq!(a["metrics"][0]["kind"], "binary");
    assert_eq!(a["metrics"][0]["kind_source"], "inferred");
    assert_eq!(a["metrics"][1]["kind"], "continuous");
    close(&a["srm"]["p_value"], &exp["experiment"]["srm_p"], "srm p");
    for metric in ["converted", "revenue"] {
        for t in ["B", "C"] {
            let key = format!("{metric}:{t}");
            let (c, e, g) = (
                comparison(&a, metric, t),
                &exp["experiment"][&key],
                &exp["gbstats"][&key],
            );
            let test = if metric == "converted" {
                "ztest"
            } else {
                "welch"
            };
            assert_eq!(c["test"], test, "{key}");
            let (rel, b) = (&g["ttest_relative"], &g["bayesian"]);
            for (got, want, what) in [
                (&c["statistic"], &e["statistic"], "statistic"),
                (&c["p_value"], &e["p_value"], "p"),
                (&c["absolute"]["estimate"], &e["abs_estimate"], "diff"),
                (&c["absolute"]["ci_lower"], &e["abs_lower"], "lower"),
                (&c["absolute"]["ci_upper"], &e["abs_upper"], "upper"),
                (&c["effect_size"]["value"], &e["effect_size"], "effect size"),
                (&c["relative"]["estimate"], &rel["expected"], "lift"),
                (&c["relative"]["ci_lower"], &rel["lower"], "lift lower"),
                (&c["relative"]["ci_upper"], &rel["upper"], "lift upper"),
                (
                    &c["bayesian"]["chance_to_beat_control"],
                    &b["chance_to_win"],
                    "chance",
                ),
                (&c["bayesian"]["risk_control"], &b["risk_control"], "risk c"),
                (
                    &c["bayesian"]["risk_treatment"],
                    &b["risk_treatment"],
                    "risk t",
                ),
            ] {
                close(got, want, &format!("{key} {what}"));
            }
        }
    }
    assert_eq!(comparison(&a, "converted", "B")["outcome"], "better");
    assert_eq!(comparison(&a, "converted", "C")["outcome"], "no_difference");
}

#[test]
fn the_table_says_who_beats_whom_in_plain_language() {
    let s = Sandbox::new();
    let csv = fixture("experiment.csv");
    let mut args = analyze_args(&csv, &["--metric", "converted", "--metric", "revenue"]);
    let (code, stdout, stderr) = s.run(&args);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stdout.contains("B beats A on converted: +41.7% ["),
        "{stdout}"
    );
    assert!(stdout.contains("p < 0.001"), "{stdout}");
    assert!(
        stdout.contains("no significant difference between C and A on converted: +4.7%"),
        "{stdout}"
    );
    assert!(
        stdout.contains("sample ratio: ok (p = 1.000; A 2000, B 2000, C 2000)"),
        "{stdout}"
    );
    assert!(!stdout.to_lowercase().contains("nan"), "{stdout}");
    assert!(stderr.contains("not inside an mlo repository"), "{stderr}");
    // Markdown.
    args.push("--md");
    let (code, stdout, _) = s.run(&args);
    assert_eq!(code, 0);
    assert!(stdout.contains("| metric | variant |"), "{stdout}");
    assert!(stdout.contains("- B beats A on converted"), "{stdout}");
}

#[test]
fn several_treatments_and_metrics_get_holm_bh_and_bonferroni_corrections() {
    let s = Sandbox::new();
    let exp = expected();
    let csv = fixture("experiment.csv");
    for (flag, key) in [("holm", "holm"), ("bh", "bh"), ("bonferroni", "bonferroni")] {
        let a = analyze(
            &s,
            &with_base(
                &csv,
                &[
                    "--metric",
                    "converted",
                    "--metric",
                    "revenue",
                    "--metric",
                    "latency_ms",
                    "--correction",
                    flag,
                ],
            ),
        );
        let mut i = 0;
        for metric in ["converted", "revenue", "latency_ms"] {
            for t in ["B", "C"] {
                close(
                    &comparison(&a, metric, t)["adjusted_p_value"],
                    &exp["experiment"][key][i],
                    &format!("{flag} {metric}:{t}"),
                );
                i += 1;
            }
        }
    }
}

#[test]
fn cuped_matches_gbstats_regression_adjustment() {
    let s = Sandbox::new();
    let exp = expected();
    let csv = fixture("experiment.csv");
    for effect in ["relative", "absolute"] {
        let a = analyze(
            &s,
            &with_base(
                &csv,
                &[
                    "--metric",
                    "revenue",
                    "--covariate",
                    "pre_revenue",
                    "--effect",
                    effect,
                ],
            ),
        );
        for t in ["B", "C"] {
            let (c, g) = (
                comparison(&a, "revenue", t),
                &exp["gbstats"][&format!("cuped_revenue:{t}")],
            );
            assert_eq!(c["test"], "cuped_ttest");
            close(&c["cuped_theta"], &g["theta"], "theta");
            let key = if effect == "relative" {
                "relative"
            } else {
                "absolute"
            };
            let r = &g[&format!("ttest_{effect}")];
            close(&c[key]["estimate"], &r["expected"], "cuped estimate");
            close(&c[key]["ci_lower"], &r["lower"], "cuped lower");
            close(&c[key]["ci_upper"], &r["upper"], "cuped upper");
            close(&c["p_value"], &r["p_value"], "cuped p");
        }
    }
}

#[test]
fn sequential_intervals_match_gbstats() {
    let s = Sandbox::new();
    let exp = expected();
    let csv = fixture("experiment.csv");
    let a = analyze(
        &s,
        &with_base(
            &csv,
            &[
                "--metric",
                "converted",
                "--metric",
                "revenue",
                "--sequential",
            ],
        ),
    );
    assert_eq!(a["sequential"], true);
    for metric in ["converted", "revenue"] {
        for t in ["B", "C"] {
            let key = format!("{metric}:{t}");
            let c = comparison(&a, metric, t);
            assert_eq!(c["test"], "sequential");
            let rel = &exp["gbstats"][&key]["sequential_relative"];
            let abs = &exp["gbstats"][&key]["sequential_absolute"];
            close(&c["relative"]["ci_lower"], &rel["lower"], &key);
            close(&c["relative"]["ci_upper"], &rel["upper"], &key);
            close(&c["p_value"], &rel["p_value"], &key);
            close(&c["absolute"]["ci_lower"], &abs["lower"], &key);
            close(&c["absolute"]["ci_upper"], &abs["upper"], &key);
        }
    }
}

#[test]
fn sample_ratio_mismatch_warns_and_fails_with_fail_on_srm() {
    let s = Sandbox::new();
    let exp = expected();
    let csv = fixture("srm.csv");
    let mut args = analyze_args(&csv, &["--metric", "converted"]);
    let (code, stdout, stderr) = s.run(&args);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stderr.contains("warning: sample ratio mismatch"),
        "{stderr}"
    );
    assert!(stderr.contains("untrustworthy"), "{stderr}");
    assert!(stdout.contains("sample ratio: MISMATCH"), "{stdout}");
    args.push("--fail-on-srm");
    let (code, _, _) = s.run(&args);
    assert_eq!(code, 1);
    let a = analyze(&s, &with_base(&csv, &["--metric", "converted"]));
    close(&a["srm"]["p_value"], &exp["srm"]["p_value"], "srm p");
    assert_eq!(a["srm"]["mismatch"], true);
    // The expected split changes the verdict: 1000/1200 is what 5/6 asks for.
    let a = analyze(
        &s,
        &with_base(&csv, &["--metric", "converted", "--split", "5/6"]),
    );
    assert_eq!(a["srm"]["mismatch"], false);
}

#[test]
fn a_guardrail_that_gets_significantly_worse_exits_1() {
    let s = Sandbox::new();
    let exp = expected();
    let csv = fixture("experiment.csv");
    let args = analyze_args(
        &csv,
        &["--metric", "converted", "--guardrail", "latency_ms:max"],
    );
    let (code, stdout, stderr) = s.run(&args);
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stdout
            .contains("C is worse than A on guardrail latency_ms: +3.6% [+2.6%, +4.6%], p < 0.001"),
        "{stdout}"
    );
    let mut json = vec!["--json"];
    json.extend_from_slice(&args);
    let (_, stdout, _) = s.run(&json);
    let a: Value = serde_json::from_str(&stdout).unwrap();
    let a = &a["analysis"];
    assert_eq!(a["guardrail_failed"], true);
    let c = comparison(a, "latency_ms", "C");
    assert_eq!(c["guardrail_failed"], true);
    // Lower is better for a `max` guardrail: gbstats' inverse Bayesian test.
    close(
        &c["bayesian"]["chance_to_beat_control"],
        &exp["gbstats"]["latency_ms:C"]["bayesian"]["chance_to_win"],
        "inverse chance",
    );
    // `min` guardrail on the same metric: a rise is fine.
    assert_eq!(
        s.run(&analyze_args(&csv, &["--guardrail", "latency_ms:min"]))
            .0,
        0
    );
}

#[test]
fn parquet_and_json_lines_give_the_same_answer_as_csv() {
    let s = Sandbox::new();
    let rest = [
        "--metric",
        "converted",
        "--metric",
        "revenue",
        "--covariate",
        "revenue=pre_revenue",
        "--correction",
        "holm",
    ];
    let strip = |mut v: Value| {
        v.as_object_mut().unwrap().remove("input");
        v
    };
    let csv = strip(analyze(&s, &with_base(&fixture("experiment.csv"), &rest)));
    let jsonl = strip(analyze(&s, &with_base(&fixture("experiment.jsonl"), &rest)));
    let parquet = strip(analyze(
        &s,
        &with_base(&fixture("experiment.parquet"), &rest),
    ));
    assert_eq!(csv, jsonl);
    assert_eq!(csv, parquet);
}

#[test]
fn small_counts_choose_fishers_exact_test() {
    let s = Sandbox::new();
    let exp = expected();
    let a = analyze(
        &s,
        &with_base(&fixture("small.csv"), &["--metric", "converted"]),
    );
    let c = comparison(&a, "converted", "B");
    assert_eq!(c["test"], "fisher");
    close(&c["p_value"], &exp["small"]["fisher_p"], "fisher p");
    close(&c["statistic"], &exp["small"]["odds_ratio"], "odds ratio");
}

#[test]
fn mann_whitney_with_ties_matches_scipy() {
    let s = Sandbox::new();
    let exp = expected();
    let a = analyze(
        &s,
        &with_base(
            &fixture("ties.csv"),
            &["--metric", "score", "--test", "mannwhitney"],
        ),
    );
    let c = comparison(&a, "score", "B");
    assert_eq!(c["test"], "mannwhitney");
    close(&c["statistic"], &exp["ties"]["u"], "U");
    close(&c["p_value"], &exp["ties"]["p_value"], "p");
}

#[test]
fn aggregated_counts_are_analyzed_like_a_table() {
    let s = Sandbox::new();
    let exp = expected();
    let args = [
        "ab",
        "analyze",
        "--counts",
        "A=1000/10000",
        "--counts",
        "B=1100/10000",
        "--control",
        "A",
    ];
    let (code, stdout, stderr) = s.run(&args);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stdout.contains("B beats A on conversion: +10.0% ["),
        "{stdout}"
    );
    assert!(stdout.contains("p = 0.021"), "{stdout}");
    let a = analyze(&s, &args[2..]);
    let c = comparison(&a, "conversion", "B");
    close(&c["statistic"], &exp["counts"]["statistic"], "z");
    close(&c["p_value"], &exp["counts"]["p_value"], "p");
    close(
        &c["absolute"]["ci_lower"],
        &exp["counts"]["abs_lower"],
        "lower",
    );
    close(
        &c["absolute"]["ci_upper"],
        &exp["counts"]["abs_upper"],
        "upper",
    );
}

#[test]
fn inside_a_repository_an_analysis_is_recorded_and_audited() {
    let s = Sandbox::repo();
    std::fs::copy(fixture("small.csv"), s.join("small.csv")).unwrap();
    s.exits(
        &analyze_args("small.csv", &["--metric", "converted"]),
        0,
        "Recorded ab_analysis",
    );
    let db = s.db();
    let (action, target): (String, String) = db
        .query_row(
            "SELECT action, target_id FROM audit_events WHERE action = 'ab.analyze'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!(action, "ab.analyze");
    assert!(target.ends_with("small.csv"), "{target}");
    let body: String = db
        .query_row(
            "SELECT body FROM records WHERE type = 'ab_analysis'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    let rec: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(rec["outcome"]["control"], "A");
    assert_eq!(rec["input_digest"].as_str().unwrap().len(), 64);
    let (code, _, _) = s.run(&["audit", "verify"]);
    assert_eq!(code, 0);
}

/// Writes `name` with `content` in the sandbox and runs `ab analyze` on it.
fn bad(s: &Sandbox, name: &str, content: &str, extra: &[&str]) -> (i32, String, String) {
    std::fs::write(s.join(name), content).unwrap();
    s.run(&analyze_args(name, extra))
}

#[test]
fn bad_input_is_a_clear_error_with_exit_2() {
    let s = Sandbox::new();
    let good = "variant,converted\nA,1\nA,0\nB,1\nB,0\n";
    let cases: Vec<(&str, &str, Vec<&str>, &str)> = vec![
        (
            "t.csv",
            good,
            vec!["--metric", "nope"],
            "`t.csv` has no column `nope`",
        ),
        (
            "one.csv",
            "variant,converted\nA,1\nA,0\n",
            vec!["--metric", "converted"],
            "only one variant (`A`)",
        ),
        (
            "empty.csv",
            "variant,converted\n",
            vec!["--metric", "converted"],
            "has no data rows",
        ),
        (
            "nn.csv",
            "variant,converted\nA,1\nB,abc\n",
            vec!["--metric", "converted"],
            "`nn.csv` line 3, column `converted`: `abc` is not a finite number",
        ),
        (
            "blank.csv",
            "variant,converted\nA,1\nB,\n",
            vec!["--metric", "converted"],
            "line 3, column `converted`: `` is not a finite number",
        ),
        (
            "t.jsonl",
            "{\"variant\":\"A\",\"converted\":1}\n{\"variant\":\"B\",\"converted\":null}\n",
            vec!["--metric", "converted"],
            "line 2, column `converted`: `null`",
        ),
        (
            "t.txt",
            good,
            vec!["--metric", "converted"],
            "cannot tell the format",
        ),
        (
            "t.csv",
            good,
            vec![
                "--metric",
                "converted",
                "--kind",
                "converted=binary",
                "--test",
                "ztest",
                "--sequential",
            ],
            "cannot be combined with `--test`",
        ),
        (
            "r.csv",
            "variant,revenue\nA,1.5\nA,2\nB,3\nB,4\n",
            vec!["--metric", "revenue", "--test", "fisher"],
            "`--test fisher` needs a binary metric",
        ),
        (
            "r.csv",
            "variant,revenue\nA,1.5\nA,2\nB,3\nB,4\n",
            vec!["--metric", "revenue", "--kind", "revenue=binary"],
            "has values other than 0 and 1",
        ),
        (
            "t.csv",
            good,
            vec!["--metric", "converted", "--split", "1/1/1"],
            "`--split` has 3 shares but there are 2 arms",
        ),
    ];
    for (name, content, extra, message) in cases {
        let (code, stdout, stderr) = bad(&s, name, content, &extra);
        assert_eq!(code, 2, "{name} {extra:?}: {stderr}");
        assert!(stdout.is_empty(), "{stdout}");
        assert!(stderr.contains(message), "{name} {extra:?}: {stderr}");
    }
    // A control variant that is not in the data.
    let stderr = s.exits(
        &[
            "ab",
            "analyze",
            "t.csv",
            "--variant-col",
            "variant",
            "--control",
            "Z",
            "--metric",
            "converted",
        ],
        2,
        "variant `Z` does not occur in the `variant` column",
    );
    assert!(
        stderr.contains("hint: the variants are: `A`, `B`"),
        "{stderr}"
    );
    // Missing file.
    s.exits(
        &[
            "ab",
            "analyze",
            "missing.csv",
            "--variant-col",
            "v",
            "--control",
            "A",
            "--metric",
            "m",
        ],
        2,
        "cannot read `",
    );
    // Counts: negative, empty arm, one arm.
    for (counts, message) in [
        (vec!["A=-1/10", "B=1/10"], "successes is negative (-1)"),
        (vec!["A=1/10", "B=1/-10"], "units is negative (-10)"),
        (vec!["A=1/10", "B=0/0"], "variant `B` has no units"),
        (vec!["A=11/10", "B=1/10"], "11 successes exceed 10 units"),
        (vec!["A=1/10"], "only one variant"),
    ] {
        let mut args = vec!["ab", "analyze", "--control", "A"];
        for c in &counts {
            args.extend(["--counts", c]);
        }
        s.exits(&args, 2, message);
    }
    // serve:NAME outside a repository needs --log-dir; inside one, a log.
    s.exits(
        &["ab", "analyze", "serve:churn"],
        2,
        "lives in an mlo repository",
    );
    let r = Sandbox::repo();
    r.exits(
        &["ab", "analyze", "serve:churn"],
        2,
        "`serve:churn`: no prediction log at `",
    );
    // A table still needs --control.
    s.exits(
        &[
            "ab",
            "analyze",
            &fixture("small.csv"),
            "--variant-col",
            "variant",
            "--metric",
            "converted",
        ],
        2,
        "`--control VARIANT` is needed",
    );
}

#[test]
fn zero_variance_is_a_documented_undefined_result_never_nan() {
    let s = Sandbox::new();
    let (code, stdout, stderr) = bad(
        &s,
        "flat.csv",
        "variant,revenue\nA,2.5\nA,2.5\nA,2.5\nB,2.5\nB,2.5\nB,2.5\n",
        &["--metric", "revenue"],
    );
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stdout.contains(
            "cannot judge B against A on revenue: the metric does not vary within the arms"
        ),
        "{stdout}"
    );
    assert!(
        stderr.contains("warning: cannot judge `revenue` for `B`"),
        "{stderr}"
    );
    assert!(!stdout.to_lowercase().contains("nan"), "{stdout}");
    let a = analyze(&s, &with_base("flat.csv", &["--metric", "revenue"]));
    let c = comparison(&a, "revenue", "B");
    assert_eq!(c["outcome"], "undefined");
    assert!(c["p_value"].is_null());
    // Zero conversions in both arms: Fisher's exact test says p = 1, no difference.
    let a = {
        std::fs::write(s.join("zero.csv"), "variant,c\nA,0\nA,0\nB,0\nB,0\n").unwrap();
        analyze(&s, &with_base("zero.csv", &["--metric", "c"]))
    };
    let c = comparison(&a, "c", "B");
    assert_eq!(c["test"], "fisher");
    assert_eq!(c["p_value"], 1.0);
    assert_eq!(c["outcome"], "no_difference");
}

#[test]
fn plan_matches_statsmodels_power() {
    let s = Sandbox::new();
    let exp = expected();
    let p = s.json(&[
        "ab",
        "plan",
        "--baseline",
        "0.10",
        "--mde",
        "0.01",
        "--daily-units",
        "1000",
        "--sample-size",
        "10000",
    ]);
    let e = &exp["plan"];
    close(&p["effect_size"], &e["proportion"]["effect_size"], "h");
    let n = e["proportion"]["control_size"].as_f64().unwrap().ceil() as u64;
    assert_eq!(p["control_units"], n);
    assert_eq!(p["total_units"], 2 * n);
    assert_eq!(p["days"], (2 * n).div_ceil(1000));
    close(&p["achieved_power"], &e["proportion_power_10000"], "power");
    let p = s.json(&["ab", "plan", "--mean", "20", "--std", "4", "--mde", "0.5"]);
    assert_eq!(
        p["control_units"],
        e["mean"]["control_size"].as_f64().unwrap().ceil() as u64
    );
    let (code, stdout, _) = s.run(&[
        "ab",
        "plan",
        "--baseline",
        "0.10",
        "--mde",
        "0.1",
        "--relative",
    ]);
    assert_eq!(code, 0);
    assert!(
        stdout.contains("control units") && stdout.contains("14745"),
        "{stdout}"
    );
    s.exits(
        &["ab", "plan", "--baseline", "1.5", "--mde", "0.01"],
        2,
        "invalid baseline rate 1.5",
    );
}

// ---------------------------------------------------------------------------------------------
// `serve:NAME`: the prediction log joined with its feedback.

use crate::monitor::{Rng, joined, prediction, write_segment};

/// Writes a log for model `churn` (primary version 1, canary version 2, a shadow version 3
/// mirroring primary ids) with feedback, and returns the CSV of the units the join must give.
fn churn_log(s: &Sandbox) -> (String, Value) {
    let mut rng = Rng::new(11);
    let mut records = Vec::new();
    let mut feedback = Vec::new();
    // (id, arm, latency, last outcome (converted, revenue))
    type Unit = (String, String, f64, Option<(f64, f64)>);
    let mut units: Vec<Unit> = Vec::new();
    for i in 0..300 {
        let canary = i % 3 == 0;
        let (version, variant) = if canary {
            ("2", "canary")
        } else {
            ("1", "primary")
        };
        let id = format!("req-{i}");
        let latency = (rng.uniform() * 40.0 + if canary { 12.0 } else { 10.0 } * 1.0).round() / 4.0;
        let ts = format!("2026-03-01T10:{:02}:{:02}.000000Z", i / 60, i % 60);
        records.push(prediction(
            &ts,
            &id,
            "churn",
            version,
            variant,
            200,
            latency,
            &[vec![1.0, 2.0]],
            &[1],
            &[vec![0.2, 0.8, 0.0]],
        ));
        if !canary && i % 7 == 0 {
            records.push(prediction(
                &ts,
                &id,
                "churn",
                "3",
                "shadow",
                200,
                99.0,
                &[vec![1.0, 2.0]],
                &[0],
                &[vec![0.9, 0.1, 0.0]],
            ));
        }
        let p = if canary { 0.3 } else { 0.2 };
        let converted = f64::from(u8::from(rng.uniform() < p));
        let revenue = if converted == 1.0 {
            (rng.uniform() * 5000.0).round() / 100.0
        } else {
            0.0
        };
        // Every tenth request never gets feedback; every 25th gets two (the last wins).
        let outcome = if i % 10 == 9 {
            None
        } else {
            if i % 25 == 0 {
                feedback.push(
                    serde_json::json!({"kind": "feedback", "ts": ts, "id": id, "model": "churn",
                    "outcome": {"converted": 1 - converted as i64, "revenue": 1000.0}}),
                );
            }
            feedback.push(
                serde_json::json!({"kind": "feedback", "ts": ts, "id": id, "model": "churn",
                "outcome": {"converted": converted == 1.0, "revenue": revenue}}),
            );
            Some((converted, revenue))
        };
        units.push((id, format!("{variant}@{version}"), latency, outcome));
    }
    // Feedback for ids the log never saw, one for another model, one that is not a number.
    for j in 0..4 {
        feedback.push(serde_json::json!({"kind": "feedback", "ts": "2026-03-01T11:00:00Z", "id": format!("ghost-{j}"),
            "model": "churn", "outcome": {"converted": 1}}));
    }
    feedback.push(
        serde_json::json!({"kind": "feedback", "ts": "2026-03-01T11:00:00Z", "id": "req-1",
        "model": "other", "outcome": 1}),
    );
    records.push(prediction(
        "2026-03-01T10:59:00Z",
        "req-odd",
        "churn",
        "1",
        "primary",
        200,
        1.0,
        &[vec![1.0, 2.0]],
        &[1],
        &[vec![0.2, 0.8, 0.0]],
    ));
    feedback.push(
        serde_json::json!({"kind": "feedback", "ts": "2026-03-01T11:00:00Z", "id": "req-odd",
        "model": "churn", "outcome": "great"}),
    );
    records.extend(feedback);
    write_segment(&s.join(".mlo/predictions"), 1, &records, false);
    let mut csv = String::from("arm,converted,revenue,latency_ms\n");
    let mut counts = serde_json::Map::new();
    for (_, arm, latency, outcome) in &units {
        let entry = counts
            .entry(arm.clone())
            .or_insert(serde_json::json!({"requests": 0, "units": 0}));
        entry["requests"] = (entry["requests"].as_u64().unwrap() + 1).into();
        if let Some((c, r)) = outcome {
            entry["units"] = (entry["units"].as_u64().unwrap() + 1).into();
            csv.push_str(&format!("{arm},{c},{r},{latency}\n"));
        }
    }
    (csv, Value::Object(counts))
}

#[test]
fn served_experiment_joins_feedback_and_matches_the_same_units_in_csv() {
    let s = Sandbox::repo();
    let (csv, counts) = churn_log(&s);
    std::fs::write(s.join("units.csv"), csv).unwrap();
    let metrics = [
        "--metric",
        "converted",
        "--metric",
        "revenue",
        "--guardrail",
        "latency_ms:max",
    ];
    let mut args = vec!["--json", "ab", "analyze", "serve:churn"];
    args.extend(metrics);
    let (code, stdout, stderr) = s.run(&args);
    assert!(code == 0 || code == 1, "{stderr}");
    let served: Value = serde_json::from_str(&stdout).unwrap();
    let served = &served["analysis"];
    let mut args = vec![
        "--json",
        "ab",
        "analyze",
        "units.csv",
        "--variant-col",
        "arm",
        "--control",
        "primary@1",
    ];
    args.extend(metrics);
    let (code_csv, stdout, stderr) = s.run(&args);
    assert_eq!(code, code_csv, "{stderr}");
    let csv: Value = serde_json::from_str(&stdout).unwrap();
    let csv = &csv["analysis"];
    assert_eq!(served["control"], "primary@1");
    assert_eq!(served["variants"], csv["variants"]);
    assert_eq!(
        served["metrics"], csv["metrics"],
        "serve: vs the same units in CSV"
    );
    assert_eq!(served["srm"], csv["srm"]);
    assert_eq!(served["metrics"].as_array().unwrap().len(), 3);
    // The join, counted.
    let j = &served["served"];
    for arm in j["arms"].as_array().unwrap() {
        let want = &counts[arm["arm"].as_str().unwrap()];
        assert_eq!(arm["units"], want["units"], "{arm}");
        let requests = want["requests"].as_u64().unwrap() + u64::from(arm["arm"] == "primary@1");
        assert_eq!(arm["requests"], requests, "{arm}");
    }
    assert_eq!(j["feedback_unknown_ids"], 4);
    assert_eq!(j["feedback_superseded"], 12);
    assert_eq!(j["feedback_unusable"], 1);
    assert_eq!(j["split_source"], "equal");
    assert_eq!(served["input"]["format"], "serve");
    assert!(
        served["warnings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|w| w.as_str().unwrap().contains("pass `--split`")),
        "{served}"
    );
    // The table for people, and the control by variant name.
    let (code, stdout, stderr) = s.run(&[
        "ab",
        "analyze",
        "serve:churn",
        "--metric",
        "converted",
        "--control",
        "canary",
    ]);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stdout.contains("primary@1 is worse than canary@2 on converted"),
        "{stdout}"
    );
    assert!(
        stderr.contains("`serve:churn` joined with feedback: canary@2 90 of 100 requests (10 without feedback), primary@1 180 of 201 requests (20 without feedback)"),
        "{stderr}"
    );
    assert!(
        stderr.contains("excluded: feedback for unknown request ids 4, superseded feedback 12, non-numeric outcomes 1"),
        "{stderr}"
    );
    // Metrics offered by default: every key of the outcomes (a guardrail comes on top).
    let names = |args: &[&str]| -> Vec<String> {
        let mut all = vec!["--json", "ab", "analyze", "serve:churn"];
        all.extend_from_slice(args);
        let (_, stdout, stderr) = s.run(&all);
        let v: Value = serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("{e}: {stderr}"));
        pluck(&v["analysis"]["metrics"], "name")
    };
    assert_eq!(names(&[]), ["converted", "revenue"]);
    assert_eq!(
        names(&["--guardrail", "latency_ms:max"]),
        ["converted", "revenue", "latency_ms"]
    );
    // A metric no feedback carries.
    let stderr = s.exits(
        &["ab", "analyze", "serve:churn", "--metric", "clicks"],
        2,
        "`serve:churn`: no feedback carries `clicks`",
    );
    assert!(
        stderr.contains("`converted`, `latency_ms`, `revenue`"),
        "{stderr}"
    );
    // A window with no requests.
    s.exits(
        &["ab", "analyze", "serve:churn", "--until", "2026-01-01"],
        2,
        "no requests for model `churn` before 2026-01-01T00:00:00.000000Z",
    );
}

/// Feedback for a request outside the selection (before the window, another version) is
/// counted apart from feedback for an id the log never saw.
#[test]
fn served_feedback_outside_the_selection_is_told_from_unknown_ids() {
    let s = Sandbox::repo();
    churn_log(&s);
    let join = |extra: &[&str]| -> Value {
        let mut args = vec![
            "--json",
            "ab",
            "analyze",
            "serve:churn",
            "--metric",
            "converted",
        ];
        args.extend_from_slice(extra);
        let (code, stdout, stderr) = s.run(&args);
        assert!(code == 0 || code == 1, "{stderr}");
        let v: Value = serde_json::from_str(&stdout).unwrap();
        v["analysis"]["served"].clone()
    };
    let all = join(&[]);
    assert_eq!(all["feedback_outside_selection"], 0);
    assert_eq!(all["feedback_unknown_ids"], 4);
    // Requests 0..=119 were answered before 10:02: the 108 of them with feedback (every tenth
    // has none) are outside the window.
    let late = join(&["--since", "2026-03-01T10:02:00Z"]);
    assert_eq!(late["feedback_outside_selection"], 108, "{late}");
    assert_eq!(late["feedback_unknown_ids"], 4);
    let requests: u64 = late["arms"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["requests"].as_u64().unwrap())
        .sum();
    assert_eq!(requests, 181, "requests 120..=299 and `req-odd`");
}

fn mlp_row(i: usize) -> Vec<f32> {
    (0..16)
        .map(|j| ((i * 7 + j * 3) % 11) as f32 / 10.0 - 0.5)
        .collect()
}

/// Issue 8/9 end to end: a real `mlo serve` with a canary, real requests and feedback, then
/// `mlo ab analyze serve:NAME`, `mlo monitor perf` and `mlo monitor drift --current serve:`.
#[test]
fn a_real_server_with_a_canary_is_analyzed_from_its_log() {
    use crate::serve::{Server, fixture as serve_fixture};
    let s = Sandbox::repo();
    let mlp = serve_fixture("mlp.onnx");
    let canary = format!("{}=30", serve_fixture("mlp.safetensors").display());
    let server = Server::start(&s, &["--path", mlp.to_str().unwrap(), "--canary", &canary]);
    let n = 160;
    let mut csv = String::from("arm,converted,latency_ms\n");
    let mut arms: std::collections::BTreeMap<String, (usize, usize)> = Default::default();
    let mut reference = (0..16)
        .map(|j| format!("x_{j}"))
        .collect::<Vec<_>>()
        .join(",")
        + "\n";
    let mut bad = 0;
    for i in 0..n {
        let row = mlp_row(i);
        reference.push_str(&joined(&row));
        reference.push('\n');
        let key = format!("user-{i}");
        let body = serde_json::json!({"id": format!("q{i}"),
            "inputs": [{"name": "x", "shape": [1, 16], "datatype": "FP32", "data": [row]}]});
        let r = server.request(
            "POST",
            "/v2/models/mlp/infer",
            &[("x-mlo-route-key", &key)],
            body.to_string().as_bytes(),
        );
        assert_eq!(r.status, 200, "{}", r.json());
        let variant = r.header("x-mlo-variant").unwrap().to_string();
        let version = r.header("x-mlo-model-version").unwrap().to_string();
        assert_eq!(r.header("x-request-id"), Some(format!("q{i}").as_str()));
        let arm = format!("{variant}@{version}");
        let e = arms.entry(arm.clone()).or_default();
        e.0 += 1;
        if i % 8 == 7 {
            continue; // no feedback for this one
        }
        e.1 += 1;
        let converted = u8::from((i * 13) % 10 < if variant == "canary" { 4 } else { 2 });
        let fb = server.post(
            "/v2/models/mlp/feedback",
            &serde_json::json!({"id": format!("q{i}"), "outcome": {"converted": converted}}),
        );
        assert_eq!(fb.status, 200);
        csv.push_str(&format!("{arm},{converted},LATENCY_{i}\n"));
    }
    // Two bad requests (400): requests of their arm (without feedback), errors in perf.
    for _ in 0..2 {
        let r = server.post(
            "/v2/models/mlp/infer",
            &serde_json::json!({"inputs": [{"name": "x", "shape": [1, 3], "datatype": "FP32", "data": [1, 2, 3]}]}),
        );
        assert_eq!(r.status, 400);
        let arm = format!(
            "{}@{}",
            r.header("x-mlo-variant").unwrap(),
            r.header("x-mlo-model-version").unwrap()
        );
        arms.entry(arm).or_default().0 += 1;
        bad += 1;
    }
    let (code, stderr) = server.stop();
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(arms.len(), 2, "both arms took traffic: {arms:?}");

    // The latencies are the server's: take them from the log for the CSV copy.
    let log = mlo::serve::predlog::read_dir(&s.join(".mlo/predictions")).unwrap();
    for r in &log.records {
        if let mlo::serve::predlog::LogRecord::Prediction(p) = r {
            csv = csv.replace(
                &format!("LATENCY_{}\n", p.id.trim_start_matches('q')),
                &format!("{}\n", p.latency_ms),
            );
        }
    }
    std::fs::write(s.join("units.csv"), &csv).unwrap();
    let served = s.json(&[
        "ab",
        "analyze",
        "serve:mlp",
        "--metric",
        "converted",
        "--guardrail",
        "latency_ms:max",
    ]);
    let served = &served["analysis"];
    let primary = arms
        .keys()
        .find(|a| a.starts_with("primary@"))
        .unwrap()
        .clone();
    let csv_out = s.json(&[
        "ab",
        "analyze",
        "units.csv",
        "--variant-col",
        "arm",
        "--control",
        &primary,
        "--metric",
        "converted",
        "--guardrail",
        "latency_ms:max",
        "--split",
        "70/30",
    ]);
    let csv_out = &csv_out["analysis"];
    assert_eq!(served["metrics"], csv_out["metrics"]);
    assert_eq!(
        served["srm"], csv_out["srm"],
        "the split comes from the serve.start event"
    );
    assert_eq!(served["served"]["split_source"], "serve.start");
    for arm in served["served"]["arms"].as_array().unwrap() {
        let (requests, units) = arms[arm["arm"].as_str().unwrap()];
        assert_eq!(arm["requests"], requests);
        assert_eq!(arm["units"], units);
    }

    // perf: every request, the two bad ones as client errors of the variant that got them.
    let perf = s.json(&["monitor", "perf", "mlp", "--since", "1h"]);
    assert_eq!(perf["overall"]["requests"], n + bad);
    assert_eq!(perf["overall"]["client_errors"], bad);
    let mut errors = 0;
    for g in perf["groups"].as_array().unwrap() {
        let arm = format!(
            "{}@{}",
            g["variant"].as_str().unwrap(),
            g["version"].as_str().unwrap()
        );
        assert_eq!(
            g["requests"].as_u64().unwrap() as usize,
            arms[&arm].0,
            "{g}"
        );
        errors += g["errors"].as_u64().unwrap() as usize;
        assert!(
            g["latency_ms"]["p99"].as_f64().unwrap() >= g["latency_ms"]["p50"].as_f64().unwrap()
        );
    }
    assert_eq!(errors, bad);
    assert!(
        perf["prediction_drift"]["columns"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c == "pred_probabilities_0"),
        "{perf}"
    );

    // drift: the served inputs are exactly the rows sent.
    std::fs::write(s.join("sent.csv"), reference).unwrap();
    let drift = s.json(&[
        "monitor",
        "drift",
        "--reference",
        "sent.csv",
        "--current",
        "serve:mlp",
        "--since",
        "1h",
        "--fail-on",
        "never",
    ]);
    assert_eq!(drift["current"]["rows"], n);
    assert_eq!(drift["columns"].as_array().unwrap().len(), 16);
    assert_eq!(drift["drifted_columns"], 0);
    for c in drift["columns"].as_array().unwrap() {
        assert_eq!(c["statistic"], 0.0, "{c}");
    }
    // The recorded check keeps what the served side selected.
    let history = s.json(&["monitor", "history"]);
    assert_eq!(history[0]["current"], "serve:mlp");
    assert_eq!(history[0]["current_served"]["requests"], n + bad);
    assert_eq!(history[0]["current_served"]["failed"], bad);
}
