//! The README's main-job command, end to end (issue 12): examples/quickstart.sh run in a temp
//! directory with the binaries `cargo test` built, asserting on each step's outputs.

use std::path::Path;
use std::process::Command;

#[test]
fn the_quickstart_walks_the_whole_lifecycle() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let bin = Path::new(env!("CARGO_BIN_EXE_mlo"))
        .parent()
        .unwrap()
        .to_path_buf();
    if !bin.join("examples/train_iris").is_file() {
        // `cargo test` builds examples with the tests; a filtered run may not have.
        let st = Command::new(env!("CARGO"))
            .args(["build", "--quiet", "--example", "train_iris"])
            .current_dir(root)
            .status()
            .unwrap();
        assert!(st.success());
    }
    let scratch = tempfile::tempdir().unwrap();
    let home = tempfile::tempdir().unwrap();
    let started = std::time::Instant::now();
    let out = Command::new("bash")
        .arg(root.join("examples/quickstart.sh"))
        .arg(scratch.path())
        .env("MLO_QUICKSTART_BIN_DIR", &bin)
        .env("HOME", home.path())
        .env("NO_COLOR", "1")
        .env("COLUMNS", "160")
        .env_remove("MLO_ACTOR")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "quickstart failed\nstdout:\n{stdout}\nstderr:\n{stderr}"
    );
    eprintln!("quickstart took {:.1} s", started.elapsed().as_secs_f64());
    // The weaker model is refused by the gate, the better one reaches production.
    assert!(
        stdout.contains("accuracy >= 0.9") && stdout.contains("FAIL"),
        "{stdout}"
    );
    assert!(
        stderr.contains("iris@1 was not promoted to production"),
        "{stderr}"
    );
    assert!(
        stderr.contains("Promoted iris@2: staging → production"),
        "{stderr}"
    );
    // Served predictions: one probability row per input, summing to 1.
    let line = stdout
        .lines()
        .find(|l| l.starts_with("OIP infer"))
        .expect("OIP output");
    let probs: Vec<f64> = serde_json::from_str(line.split("-> ").nth(1).unwrap()).unwrap();
    assert_eq!(probs.len(), 6);
    assert!(
        (probs[..3].iter().sum::<f64>() - 1.0).abs() < 1e-5 && probs[0] > 0.5,
        "setosa first: {probs:?}"
    );
    assert!(probs[5] > 0.5, "virginica second: {probs:?}");
    // The canary took a share of the live traffic near its 30%, and the A/B readout over the
    // reported outcomes finds the weaker canary worse, with the split checked.
    let count = |variant: &str| -> (u32, u32) {
        let l = stdout
            .lines()
            .find(|l| l.starts_with(variant) && l.contains("answered correctly"))
            .unwrap_or_else(|| panic!("no {variant} tally: {stdout}"));
        let n: Vec<u32> = l
            .split_whitespace()
            .filter_map(|w| w.parse().ok())
            .collect();
        (n[0], n[1])
    };
    let (primary, primary_ok) = count("primary");
    let (canary, canary_ok) = count("canary");
    assert_eq!(primary + canary, 165, "one request per row of data v2");
    assert!((25..=65).contains(&canary), "canary share {canary} of 165");
    assert!(primary_ok as f64 / primary as f64 > 0.9);
    assert!(canary_ok < canary);
    assert!(
        stdout.contains("canary@1 is worse than primary@2 on correct"),
        "{stdout}"
    );
    assert!(stdout.contains("sample ratio: ok"), "{stdout}");
    assert!(
        stderr.contains("expected split from the `serve.start` audit event"),
        "{stderr}"
    );
    // The served traffic is the training data again: no drift there.
    assert!(
        stdout.contains("0 of 4 columns drifted (0.0%); dataset drift: no"),
        "{stdout}"
    );
    // Drift is found on the shifted column only.
    let drift = stdout.lines().find(|l| l.contains("petal_length")).unwrap();
    assert!(drift.contains("yes"), "{drift}");
    assert!(
        stdout
            .lines()
            .filter(|l| l.contains(" no ") && l.contains("numerical"))
            .count()
            >= 3
    );
    assert!(
        stdout.contains("B beats A on conversion: +10.0% [+1.1%, +18.9%], p = 0.021"),
        "{stdout}"
    );
    assert!(
        stderr.contains("Verified") && stderr.contains("audit event(s)"),
        "{stderr}"
    );
    for f in [
        "loss.svg",
        "drift.html",
        "audit-report.md",
        ".github/workflows/mlo.yml",
    ] {
        assert!(scratch.path().join(f).is_file(), "{f} missing");
    }
}
