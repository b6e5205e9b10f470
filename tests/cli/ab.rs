//! `mlo ab analyze` and `mlo ab plan` (issue 9): numbers against scipy, statsmodels and
//! gbstats (tests/fixtures/ab/expected.json from scripts/make_ab_cli_fixtures.py), what users
//! see (verdicts, exit codes, warnings), every bad-input case, and the audit record.

use std::path::PathBuf;

use serde_json::Value;

use crate::Sandbox;

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
            close(
                &c["statistic"],
                &e["statistic"],
                &format!("{key} statistic"),
            );
            close(&c["p_value"], &e["p_value"], &format!("{key} p"));
            close(
                &c["absolute"]["estimate"],
                &e["abs_estimate"],
                &format!("{key} diff"),
            );
            close(
                &c["absolute"]["ci_lower"],
                &e["abs_lower"],
                &format!("{key} lower"),
            );
            close(
                &c["absolute"]["ci_upper"],
                &e["abs_upper"],
                &format!("{key} upper"),
            );
            close(
                &c["effect_size"]["value"],
                &e["effect_size"],
                &format!("{key} effect size"),
            );
            let rel = &g["ttest_relative"];
            close(
                &c["relative"]["estimate"],
                &rel["expected"],
                &format!("{key} lift"),
            );
            close(
                &c["relative"]["ci_lower"],
                &rel["lower"],
                &format!("{key} lift lower"),
            );
            close(
                &c["relative"]["ci_upper"],
                &rel["upper"],
                &format!("{key} lift upper"),
            );
            let b = &g["bayesian"];
            close(
                &c["bayesian"]["chance_to_beat_control"],
                &b["chance_to_win"],
                &format!("{key} chance"),
            );
            close(
                &c["bayesian"]["risk_control"],
                &b["risk_control"],
                &format!("{key} risk c"),
            );
            close(
                &c["bayesian"]["risk_treatment"],
                &b["risk_treatment"],
                &format!("{key} risk t"),
            );
        }
    }
    assert_eq!(comparison(&a, "converted", "B")["outcome"], "better");
    assert_eq!(comparison(&a, "converted", "C")["outcome"], "no_difference");
}

#[test]
fn the_table_says_who_beats_whom_in_plain_language() {
    let s = Sandbox::new();
    let csv = fixture("experiment.csv");
    let mut args = vec!["ab", "analyze"];
    args.extend(with_base(
        &csv,
        &["--metric", "converted", "--metric", "revenue"],
    ));
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
    let mut args = vec!["ab", "analyze"];
    args.extend(with_base(&csv, &["--metric", "converted"]));
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
    let mut args = vec!["ab", "analyze"];
    args.extend(with_base(
        &csv,
        &["--metric", "converted", "--guardrail", "latency_ms:max"],
    ));
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
    let mut args = vec!["ab", "analyze"];
    args.extend(with_base(&csv, &["--guardrail", "latency_ms:min"]));
    assert_eq!(s.run(&args).0, 0);
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
    let (code, _, stderr) = s.run(&[
        "ab",
        "analyze",
        "small.csv",
        "--variant-col",
        "variant",
        "--control",
        "A",
        "--metric",
        "converted",
    ]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stderr.contains("Recorded ab_analysis"), "{stderr}");
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
    let mut args = vec!["ab", "analyze", name];
    args.extend_from_slice(&BASE);
    args.extend_from_slice(extra);
    s.run(&args)
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
    let (code, _, stderr) = s.run(&[
        "ab",
        "analyze",
        "t.csv",
        "--variant-col",
        "variant",
        "--control",
        "Z",
        "--metric",
        "converted",
    ]);
    assert_eq!(code, 2, "{stderr}");
    assert!(
        stderr.contains("variant `Z` does not occur in the `variant` column"),
        "{stderr}"
    );
    assert!(
        stderr.contains("hint: the variants are: `A`, `B`"),
        "{stderr}"
    );
    // Missing file.
    let (code, _, stderr) = s.run(&[
        "ab",
        "analyze",
        "missing.csv",
        "--variant-col",
        "v",
        "--control",
        "A",
        "--metric",
        "m",
    ]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("cannot read `"), "{stderr}");
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
        let (code, _, stderr) = s.run(&args);
        assert_eq!(code, 2, "{counts:?}: {stderr}");
        assert!(stderr.contains(message), "{counts:?}: {stderr}");
    }
    // serve:NAME is documented as coming with `mlo serve`.
    let (code, _, stderr) = s.run(&["ab", "analyze", "serve:churn", "--control", "A"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("not available in this build"), "{stderr}");
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
    let a = analyze(
        &s,
        &[
            "flat.csv",
            "--variant-col",
            "variant",
            "--control",
            "A",
            "--metric",
            "revenue",
        ],
    );
    let c = comparison(&a, "revenue", "B");
    assert_eq!(c["outcome"], "undefined");
    assert!(c["p_value"].is_null());
    // Zero conversions in both arms: Fisher's exact test says p = 1, no difference.
    let a = {
        std::fs::write(s.join("zero.csv"), "variant,c\nA,0\nA,0\nB,0\nB,0\n").unwrap();
        analyze(
            &s,
            &[
                "zero.csv",
                "--variant-col",
                "variant",
                "--control",
                "A",
                "--metric",
                "c",
            ],
        )
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
    let (code, _, stderr) = s.run(&["ab", "plan", "--baseline", "1.5", "--mde", "0.01"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("invalid baseline rate 1.5"), "{stderr}");
}
