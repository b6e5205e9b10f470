//! `mlo data validate`: check a table against a YAML schema (column presence and types,
//! nullability, ranges, allowed values, regular expressions, uniqueness, row-count bounds), and
//! `--infer` a starting schema from a table. The format is documented in docs/schema.md.
//!
//! Every column is read dictionary-encoded (`crate::table`), so each check runs once per
//! distinct value and then one pass over the row codes finds the example rows; a 1M-row
//! column with a few thousand distinct values validates in well under a second. Violations
//! carry the column, the check, how many rows fail and up to [`EXAMPLES`] example rows.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::ExitCode;
use crate::table::{self, MISSING_CODE, Source, Storage, TableError, Values};

/// Example rows kept per violation.
pub const EXAMPLES: usize = 5;

/// Most distinct values for which `--infer` writes an `allowed` list for a string column.
pub const INFER_MAX_ALLOWED: usize = 10;

/// Errors of `mlo data validate` (a violation is not an error: it is in the outcome).
#[derive(Debug, thiserror::Error)]
pub enum ValidateError {
    /// Reading the table failed.
    #[error(transparent)]
    Table(#[from] TableError),
    /// The schema file is unreadable or malformed.
    #[error("schema `{}`: {message}", path.display())]
    Schema {
        /// The schema file.
        path: PathBuf,
        /// What is wrong.
        message: String,
    },
}

impl ValidateError {
    /// The exit code.
    pub fn exit_code(&self) -> ExitCode {
        match self {
            ValidateError::Table(e) if e.is_environment() => ExitCode::Environment,
            _ => ExitCode::Usage,
        }
    }

    /// Next steps.
    pub fn hints(&self) -> Vec<String> {
        match self {
            ValidateError::Table(e) => e.hints(),
            ValidateError::Schema { .. } => vec![
                "see docs/schema.md, or write a starting schema with `mlo data validate --infer PATH > schema.yaml`"
                    .into(),
            ],
        }
    }
}

/// A value type in a schema.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ValueType {
    /// Integer literals (`-3`, `42`).
    Integer,
    /// Any number (`1.5`, `1e-3`, `42`).
    Number,
    /// `true`/`false` (also `True`, `FALSE`, ...).
    Boolean,
    /// Anything.
    String,
}

/// Row-count bounds.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RowBounds {
    /// At least this many data rows.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<u64>,
    /// At most this many data rows.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<u64>,
}

fn yes() -> bool {
    true
}

fn is_true(b: &bool) -> bool {
    *b
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// The rules for one column.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ColumnSchema {
    /// Column name (exact, case-sensitive).
    pub name: String,
    /// Value type (default: string, which accepts anything).
    #[serde(rename = "type", default = "default_type")]
    pub value_type: ValueType,
    /// Whether missing values are allowed (default true).
    #[serde(default = "yes", skip_serializing_if = "is_true")]
    pub nullable: bool,
    /// Whether the column must be present (default true).
    #[serde(default = "yes", skip_serializing_if = "is_true")]
    pub required: bool,
    /// Smallest allowed value (numbers).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<f64>,
    /// Largest allowed value (numbers).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<f64>,
    /// The only values allowed (compared as text; numbers as numbers in numeric columns).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allowed: Option<Vec<serde_yaml::Value>>,
    /// A regular expression every present value must match (anchor it with `^...$`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub regex: Option<String>,
    /// Whether present values must be unique.
    #[serde(default, skip_serializing_if = "is_false")]
    pub unique: bool,
}

fn default_type() -> ValueType {
    ValueType::String
}

/// A table schema.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Schema {
    /// Row-count bounds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rows: Option<RowBounds>,
    /// Whether columns not listed are violations (default false).
    #[serde(default, skip_serializing_if = "is_false")]
    pub strict: bool,
    /// The columns.
    pub columns: Vec<ColumnSchema>,
}

impl Schema {
    /// Load and check a schema file.
    pub fn load(path: &Path) -> Result<Schema, ValidateError> {
        let err = |message: String| ValidateError::Schema {
            path: path.to_path_buf(),
            message,
        };
        let text = std::fs::read_to_string(path).map_err(|e| err(e.to_string()))?;
        let schema: Schema = serde_yaml::from_str(&text).map_err(|e| err(e.to_string()))?;
        for c in &schema.columns {
            if let Some(r) = &c.regex {
                regex::Regex::new(r)
                    .map_err(|e| err(format!("column `{}`: bad regex: {e}", c.name)))?;
            }
            if (c.min.is_some() || c.max.is_some())
                && !matches!(c.value_type, ValueType::Integer | ValueType::Number)
            {
                return Err(err(format!(
                    "column `{}`: min/max need type integer or number",
                    c.name
                )));
            }
        }
        Ok(schema)
    }
}

/// An example of a failing row.
#[derive(Debug, Clone, Serialize)]
pub struct Example {
    /// 1-based data row (the header is not counted).
    pub row: u64,
    /// The value (empty when missing).
    pub value: String,
}

/// One failed check.
#[derive(Debug, Clone, Serialize)]
pub struct Violation {
    /// The column (none for row-count checks).
    pub column: Option<String>,
    /// The check: missing_column, extra_column, type, nullable, min, max, allowed, regex,
    /// unique, rows_min, rows_max.
    pub check: &'static str,
    /// What is wrong.
    pub message: String,
    /// Failing rows.
    pub rows: u64,
    /// Up to [`EXAMPLES`] failing rows.
    pub examples: Vec<Example>,
}

/// The result of `mlo data validate`.
#[derive(Debug, Clone, Serialize)]
pub struct ValidateOutcome {
    /// The input.
    pub path: String,
    /// Data rows.
    pub rows: usize,
    /// Columns checked.
    pub columns: usize,
    /// Whether there are no violations.
    pub passed: bool,
    /// Every violation.
    pub violations: Vec<Violation>,
}

fn is_bool(s: &str) -> bool {
    matches!(s, "true" | "false" | "True" | "False" | "TRUE" | "FALSE")
}

fn is_integer(s: &str) -> bool {
    let t = s.trim();
    let d = t.strip_prefix(['-', '+']).unwrap_or(t);
    !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit())
}

fn fits(t: ValueType, s: &str) -> bool {
    match t {
        ValueType::Integer => is_integer(s),
        ValueType::Number => table::parse_number(s.as_bytes()).is_some(),
        ValueType::Boolean => is_bool(s),
        ValueType::String => true,
    }
}

fn yaml_text(v: &serde_yaml::Value) -> String {
    match v {
        serde_yaml::Value::String(s) => s.clone(),
        serde_yaml::Value::Bool(b) => b.to_string(),
        serde_yaml::Value::Number(n) => n.to_string(),
        serde_yaml::Value::Null => String::new(),
        other => serde_yaml::to_string(other)
            .unwrap_or_default()
            .trim()
            .to_string(),
    }
}

/// Read every column as text (dictionary-encoded).
fn read_all_text(source: &Source) -> Result<table::Table, TableError> {
    let head = table::sniff(source)?;
    let types: Vec<(String, Storage)> = head
        .columns
        .iter()
        .map(|c| (c.clone(), Storage::Text))
        .collect();
    table::read(source, &types)
}

/// Check `source` against `schema`.
pub fn validate(source: &Source, schema: &Schema) -> Result<ValidateOutcome, ValidateError> {
    let t = read_all_text(source)?;
    let mut violations = Vec::new();
    if let Some(b) = &schema.rows {
        let n = t.rows as u64;
        if let Some(min) = b.min
            && n < min
        {
            violations.push(Violation {
                column: None,
                check: "rows_min",
                message: format!("{n} rows, fewer than the minimum {min}"),
                rows: n,
                examples: vec![],
            });
        }
        if let Some(max) = b.max
            && n > max
        {
            violations.push(Violation {
                column: None,
                check: "rows_max",
                message: format!("{n} rows, more than the maximum {max}"),
                rows: n,
                examples: vec![],
            });
        }
    }
    if schema.strict {
        for c in &t.all_columns {
            if !schema.columns.iter().any(|s| s.name == *c) {
                violations.push(Violation {
                    column: Some(c.clone()),
                    check: "extra_column",
                    message: "not in the schema (the schema is strict)".into(),
                    rows: 0,
                    examples: vec![],
                });
            }
        }
    }
    let mut checked = 0;
    for spec in &schema.columns {
        let Some(col) = t.column(&spec.name) else {
            if spec.required {
                violations.push(Violation {
                    column: Some(spec.name.clone()),
                    check: "missing_column",
                    message: "required column is missing".into(),
                    rows: 0,
                    examples: vec![],
                });
            }
            continue;
        };
        checked += 1;
        let Values::Text { codes, dict } = &col.values else {
            continue;
        };
        let re = spec.regex.as_ref().and_then(|r| regex::Regex::new(r).ok());
        let allowed: Option<Vec<String>> = spec
            .allowed
            .as_ref()
            .map(|a| a.iter().map(yaml_text).collect());
        let numeric = matches!(spec.value_type, ValueType::Integer | ValueType::Number);
        // Per distinct value: which checks fail (bit per check).
        const CHECKS: [&str; 5] = ["type", "min", "max", "allowed", "regex"];
        let mut bad: Vec<u8> = Vec::with_capacity(dict.len());
        for v in dict {
            let mut mask = 0u8;
            if !fits(spec.value_type, v) {
                mask |= 1;
            } else if numeric {
                let x = table::parse_number(v.as_bytes()).unwrap_or(f64::NAN);
                if spec.min.is_some_and(|m| x < m || x.is_nan()) {
                    mask |= 2;
                }
                if spec.max.is_some_and(|m| x > m || x.is_nan()) {
                    mask |= 4;
                }
            }
            if let Some(a) = &allowed {
                let ok = if numeric {
                    let x = table::parse_number(v.as_bytes());
                    a.iter()
                        .any(|s| s == v || (x.is_some() && table::parse_number(s.as_bytes()) == x))
                } else {
                    a.iter().any(|s| s == v)
                };
                if !ok {
                    mask |= 8;
                }
            }
            if let Some(re) = &re
                && !re.is_match(v)
            {
                mask |= 16;
            }
            bad.push(mask);
        }
        let mut counts = vec![0u64; CHECKS.len()];
        let mut examples: Vec<Vec<Example>> = vec![Vec::new(); CHECKS.len()];
        let mut nulls = 0u64;
        let mut null_examples = Vec::new();
        let mut seen = vec![0u32; if spec.unique { dict.len() } else { 0 }];
        let mut dup_rows = 0u64;
        let mut dup_examples = Vec::new();
        for (i, &code) in codes.iter().enumerate() {
            let row = i as u64 + 1;
            if code == MISSING_CODE {
                nulls += 1;
                if !spec.nullable && null_examples.len() < EXAMPLES {
                    null_examples.push(Example {
                        row,
                        value: String::new(),
                    });
                }
                continue;
            }
            let mask = bad[code as usize];
            if mask != 0 {
                for (k, count) in counts.iter_mut().enumerate() {
                    if mask & (1 << k) != 0 {
                        *count += 1;
                        if examples[k].len() < EXAMPLES {
                            examples[k].push(Example {
                                row,
                                value: dict[code as usize].clone(),
                            });
                        }
                    }
                }
            }
            if spec.unique {
                let s = &mut seen[code as usize];
                *s += 1;
                if *s > 1 {
                    dup_rows += 1;
                    if dup_examples.len() < EXAMPLES {
                        dup_examples.push(Example {
                            row,
                            value: dict[code as usize].clone(),
                        });
                    }
                }
            }
        }
        if !spec.nullable && nulls > 0 {
            violations.push(Violation {
                column: Some(spec.name.clone()),
                check: "nullable",
                message: format!("{nulls} missing value(s) in a non-nullable column"),
                rows: nulls,
                examples: null_examples,
            });
        }
        for (k, check) in CHECKS.iter().enumerate() {
            if counts[k] == 0 {
                continue;
            }
            let what = match *check {
                "type" => format!("not of type {:?}", spec.value_type).to_lowercase(),
                "min" => format!("below the minimum {}", spec.min.unwrap_or_default()),
                "max" => format!("above the maximum {}", spec.max.unwrap_or_default()),
                "allowed" => "not an allowed value".to_string(),
                _ => format!("does not match /{}/", spec.regex.as_deref().unwrap_or("")),
            };
            violations.push(Violation {
                column: Some(spec.name.clone()),
                check,
                message: format!("{} value(s) {what}", counts[k]),
                rows: counts[k],
                examples: std::mem::take(&mut examples[k]),
            });
        }
        if dup_rows > 0 {
            violations.push(Violation {
                column: Some(spec.name.clone()),
                check: "unique",
                message: format!("{dup_rows} row(s) repeat an earlier value"),
                rows: dup_rows,
                examples: dup_examples,
            });
        }
    }
    Ok(ValidateOutcome {
        path: source.label.clone(),
        rows: t.rows,
        columns: checked,
        passed: violations.is_empty(),
        violations,
    })
}

/// A starting schema for `source`: types, nullability, ranges, small allowed sets, uniqueness.
pub fn infer(source: &Source) -> Result<Schema, ValidateError> {
    let t = read_all_text(source)?;
    let mut columns = Vec::new();
    for col in &t.columns {
        let Values::Text { codes, dict } = &col.values else {
            continue;
        };
        let all = |f: fn(&str) -> bool| !dict.is_empty() && dict.iter().all(|v| f(v));
        let value_type = if all(is_integer) {
            ValueType::Integer
        } else if all(|v| table::parse_number(v.as_bytes()).is_some()) {
            ValueType::Number
        } else if all(is_bool) {
            ValueType::Boolean
        } else {
            ValueType::String
        };
        let (mut min, mut max) = (None, None);
        if matches!(value_type, ValueType::Integer | ValueType::Number) {
            let xs = dict
                .iter()
                .filter_map(|v| table::parse_number(v.as_bytes()));
            for x in xs {
                min = Some(min.map_or(x, |m: f64| m.min(x)));
                max = Some(max.map_or(x, |m: f64| m.max(x)));
            }
        }
        let present = codes.len() - col.missing;
        let unique = present > 1 && dict.len() == present;
        let allowed = (value_type == ValueType::String
            && !unique
            && dict.len() <= INFER_MAX_ALLOWED
            && present >= 2 * dict.len())
        .then(|| {
            let mut v: Vec<&String> = dict.iter().collect();
            v.sort();
            v.into_iter()
                .map(|s| serde_yaml::Value::String(s.clone()))
                .collect()
        });
        columns.push(ColumnSchema {
            name: col.name.clone(),
            value_type,
            nullable: col.missing > 0,
            required: true,
            min,
            max,
            allowed,
            regex: None,
            unique,
        });
    }
    Ok(Schema {
        rows: Some(RowBounds {
            min: Some(1),
            max: None,
        }),
        strict: false,
        columns,
    })
}

/// The schema as YAML, with a header comment.
pub fn schema_yaml(schema: &Schema, from: &str) -> String {
    let body = serde_yaml::to_string(schema).unwrap_or_default();
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for c in &schema.columns {
        *counts.entry(type_name(c.value_type)).or_default() += 1;
    }
    format!(
        "# Schema inferred by `mlo data validate --infer` from `{from}`.\n# Review it: ranges and allowed values describe this sample, not the rules. See docs/schema.md.\n{body}"
    )
}

fn type_name(t: ValueType) -> &'static str {
    match t {
        ValueType::Integer => "integer",
        ValueType::Number => "number",
        ValueType::Boolean => "boolean",
        ValueType::String => "string",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source(dir: &Path, text: &str) -> Source {
        let p = dir.join("t.csv");
        std::fs::write(&p, text).unwrap();
        Source::file(&p)
    }

    #[test]
    fn every_check_reports_its_rows() {
        let dir = tempfile::tempdir().unwrap();
        let s = source(
            dir.path(),
            "id,age,color,code\n1,30,red,AB\n2,-1,blue,ab\n2,abc,green,CD\n4,,red,EF\n",
        );
        let schema: Schema = serde_yaml::from_str(
            "rows: {min: 5}\ncolumns:\n- {name: id, type: integer, unique: true}\n- {name: age, type: integer, nullable: false, min: 0}\n- {name: color, allowed: [red, blue]}\n- {name: code, regex: '^[A-Z]+$'}\n- {name: gone}\n",
        )
        .unwrap();
        let o = validate(&s, &schema).unwrap();
        let checks: Vec<(&str, u64)> = o.violations.iter().map(|v| (v.check, v.rows)).collect();
        assert_eq!(
            checks,
            vec![
                ("rows_min", 4),
                ("unique", 1),
                ("nullable", 1),
                ("type", 1),
                ("min", 1),
                ("allowed", 1),
                ("regex", 1),
                ("missing_column", 0),
            ]
        );
        assert_eq!(o.violations[1].examples[0].row, 3);
        assert!(!o.passed);
    }

    #[test]
    fn inferred_schema_passes_on_its_own_data() {
        let dir = tempfile::tempdir().unwrap();
        let s = source(
            dir.path(),
            "id,x,flag,c\n1,1.5,true,a\n2,2.5,false,b\n3,,true,a\n4,0.5,true,b\n",
        );
        let schema = infer(&s).unwrap();
        let text = schema_yaml(&schema, "t.csv");
        let back: Schema = serde_yaml::from_str(&text).unwrap();
        assert_eq!(back.columns[0].value_type, ValueType::Integer);
        assert!(back.columns[0].unique);
        assert_eq!(back.columns[1].value_type, ValueType::Number);
        assert!(back.columns[1].nullable);
        assert_eq!(back.columns[2].value_type, ValueType::Boolean);
        assert!(validate(&s, &back).unwrap().passed);
    }
}
