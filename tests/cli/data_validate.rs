//! `mlo data validate` (issue 8): schema checks with example rows and exit 1, `--infer`.

use serde_json::Value;

use crate::Sandbox;

const TABLE: &str = "id,age,color,code\n1,30,red,AB\n2,-1,blue,ab\n2,abc,green,CD\n4,,red,EF\n";

const SCHEMA: &str = "\
rows: {min: 1, max: 3}
columns:
  - {name: id, type: integer, unique: true}
  - {name: age, type: integer, nullable: false, min: 0, max: 120}
  - {name: color, allowed: [red, blue]}
  - {name: code, regex: '^[A-Z]+$'}
  - {name: email}
";

#[test]
fn violations_name_column_check_and_example_rows_with_exit_1() {
    let s = Sandbox::new();
    std::fs::write(s.join("t.csv"), TABLE).unwrap();
    std::fs::write(s.join("schema.yaml"), SCHEMA).unwrap();
    let (code, stdout, stderr) = s.run(&["data", "validate", "t.csv", "--schema", "schema.yaml"]);
    assert_eq!(code, 1, "{stderr}");
    for needle in [
        "rows_max",
        "unique",
        "row 3: \"2\"",
        "nullable",
        "type",
        "row 3: \"abc\"",
        "min",
        "row 2: \"-1\"",
        "allowed",
        "row 3: \"green\"",
        "regex",
        "missing_column",
        "email",
        "8 violation(s) in `t.csv` (4 rows)",
    ] {
        assert!(stdout.contains(needle), "{needle} missing:\n{stdout}");
    }
    let (code, stdout, _) = s.run(&[
        "--json",
        "data",
        "validate",
        "t.csv",
        "--schema",
        "schema.yaml",
    ]);
    assert_eq!(code, 1);
    let v: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(v["passed"], false);
    assert_eq!(v["violations"].as_array().unwrap().len(), 8);
}

#[test]
fn an_inferred_schema_validates_its_own_table() {
    let s = Sandbox::new();
    std::fs::write(
        s.join("t.csv"),
        "id,x,flag,c\n1,1.5,true,a\n2,2.5,false,b\n3,,true,a\n4,0.5,true,b\n",
    )
    .unwrap();
    let (code, stdout, stderr) = s.run(&["data", "validate", "--infer", "t.csv"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("type: integer"), "{stdout}");
    std::fs::write(s.join("schema.yaml"), &stdout).unwrap();
    let (code, _, stderr) = s.run(&["data", "validate", "t.csv", "--schema", "schema.yaml"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stderr.contains("Valid"), "{stderr}");
}

#[test]
fn a_bad_schema_is_a_usage_error() {
    let s = Sandbox::new();
    std::fs::write(s.join("t.csv"), TABLE).unwrap();
    std::fs::write(
        s.join("schema.yaml"),
        "columns:\n  - {name: id, colour: red}\n",
    )
    .unwrap();
    let (code, _, stderr) = s.run(&["data", "validate", "t.csv", "--schema", "schema.yaml"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("schema `"), "{stderr}");
    assert!(stderr.contains("unknown field `colour`"), "{stderr}");
}

/// Parquet is read through the same table reader: the same violations as the same table in
/// CSV (both written by scripts/make_parquet_fixtures.py from one DataFrame).
#[test]
fn parquet_gives_the_same_violations_as_csv() {
    let s = Sandbox::new();
    std::fs::write(s.join("schema.yaml"), SCHEMA).unwrap();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/parquet");
    let run = |name: &str| {
        let path = dir.join(name);
        let (code, stdout, stderr) = s.run(&[
            "--json",
            "data",
            "validate",
            path.to_str().unwrap(),
            "--schema",
            "schema.yaml",
        ]);
        assert_eq!(code, 1, "{stderr}");
        let v: Value = serde_json::from_str(&stdout).unwrap();
        (v["violations"].clone(), v["rows"].clone())
    };
    let (csv, csv_rows) = run("validate.csv");
    let (parquet, parquet_rows) = run("validate.parquet");
    assert_eq!(csv.as_array().unwrap().len(), 8);
    assert_eq!(parquet, csv);
    assert_eq!(parquet_rows, csv_rows);
    let path = dir.join("validate.parquet");
    let (code, stdout, stderr) = s.run(&["data", "validate", "--infer", path.to_str().unwrap()]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("name: id"), "{stdout}");
}
