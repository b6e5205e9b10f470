//! Promotion gates, configured per stage in `.mlops.toml` under `[registry.gates.STAGE]`:
//! metric thresholds (`accuracy >= 0.9`), no-regression comparisons against the version that
//! holds the stage now (`accuracy >= current - 0.01`), required approvals from a list of
//! approvers, and a command that must exit 0. Every gate yields a row (gate, value, threshold,
//! verdict) for the table `mlo model promote` prints when it refuses.

use std::collections::BTreeMap;

use serde::Serialize;

use super::refs::Stage;
use crate::repo::Settings;

/// The gates of one stage.
#[derive(Debug, Clone, Default, Serialize)]
pub struct GateConfig {
    /// `metric op number` expressions.
    pub metrics: Vec<String>,
    /// `metric op current [+-] number` expressions.
    pub no_regression: Vec<String>,
    /// Distinct approvals required.
    pub approvals: u64,
    /// Who may approve (empty: anyone).
    pub approvers: Vec<String>,
    /// Whether the version's author may approve it.
    pub author_may_approve: bool,
    /// A shell command that must exit 0.
    pub command: Option<String>,
}

impl GateConfig {
    /// The gates configured for `stage` (none for `none` and `archived`).
    pub fn for_stage(settings: &Settings, stage: Stage) -> Self {
        let key = |leaf: &str| format!("registry.gates.{}.{leaf}", stage.as_str());
        let list = |leaf: &str| -> Vec<String> {
            settings
                .value(&key(leaf))
                .and_then(|v| v.as_array())
                .map(|a| {
                    a.iter()
                        .filter_map(|s| s.as_str().map(str::to_string))
                        .collect()
                })
                .unwrap_or_default()
        };
        if !matches!(stage, Stage::Staging | Stage::Production) {
            return GateConfig::default();
        }
        GateConfig {
            metrics: list("metrics"),
            no_regression: list("no_regression"),
            approvals: settings
                .value(&key("approvals"))
                .and_then(|v| v.as_u64())
                .unwrap_or(0),
            approvers: list("approvers"),
            author_may_approve: settings
                .value(&key("author_may_approve"))
                .and_then(|v| v.as_bool())
                .unwrap_or(false),
            command: settings
                .value(&key("command"))
                .and_then(|v| v.as_str())
                .filter(|s| !s.trim().is_empty())
                .map(str::to_string),
        }
    }
}

/// One gate's verdict.
#[derive(Debug, Clone, Serialize, serde::Deserialize, PartialEq)]
pub struct GateResult {
    /// `metric`, `no_regression`, `approvals` or `command`.
    pub gate: String,
    /// The expression or subject.
    pub check: String,
    /// The value found.
    pub value: String,
    /// What it had to meet.
    pub threshold: String,
    /// Whether it passed.
    pub passed: bool,
}

/// A comparison operator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Op {
    Ge,
    Gt,
    Le,
    Lt,
    Eq,
    Ne,
}

impl Op {
    fn apply(self, a: f64, b: f64) -> bool {
        match self {
            Op::Ge => a >= b,
            Op::Gt => a > b,
            Op::Le => a <= b,
            Op::Lt => a < b,
            Op::Eq => a == b,
            Op::Ne => a != b,
        }
    }

    fn as_str(self) -> &'static str {
        match self {
            Op::Ge => ">=",
            Op::Gt => ">",
            Op::Le => "<=",
            Op::Lt => "<",
            Op::Eq => "==",
            Op::Ne => "!=",
        }
    }
}

/// A parsed gate expression: `metric op rhs` where rhs is a number, or `current ± number`.
#[derive(Debug, Clone, PartialEq)]
pub struct Expr {
    metric: String,
    op: Op,
    relative: bool,
    offset: f64,
}

/// Parse `accuracy >= 0.9` or (with `relative`) `accuracy >= current - 0.01`.
pub fn parse_expr(text: &str, relative: bool) -> Result<Expr, String> {
    let ops = [
        (">=", Op::Ge),
        ("<=", Op::Le),
        ("==", Op::Eq),
        ("!=", Op::Ne),
        (">", Op::Gt),
        ("<", Op::Lt),
    ];
    let (pos, len, op) = ops
        .iter()
        .filter_map(|(s, op)| text.find(s).map(|p| (p, s.len(), *op)))
        .min_by_key(|(p, l, _)| (*p, usize::MAX - l))
        .ok_or_else(|| format!("`{text}` has no comparison (>=, >, <=, <, ==, !=)"))?;
    let metric = text[..pos]
        .trim()
        .trim_start_matches("metrics.")
        .to_string();
    let rhs = text[pos + len..].trim();
    if metric.is_empty() || metric.contains(char::is_whitespace) {
        return Err(format!(
            "`{text}`: expected a metric name before `{}`",
            op.as_str()
        ));
    }
    if relative {
        let rest = rhs
            .strip_prefix("current")
            .ok_or_else(|| format!("`{text}`: a no-regression gate compares with `current`, e.g. `{metric} >= current - 0.01`"))?
            .trim();
        let offset = if rest.is_empty() {
            0.0
        } else if let Some(n) = rest.strip_prefix('+') {
            n.trim()
                .parse::<f64>()
                .map_err(|_| format!("`{text}`: `{}` is not a number", n.trim()))?
        } else if let Some(n) = rest.strip_prefix('-') {
            -n.trim()
                .parse::<f64>()
                .map_err(|_| format!("`{text}`: `{}` is not a number", n.trim()))?
        } else {
            return Err(format!(
                "`{text}`: expected `current`, `current + N` or `current - N`"
            ));
        };
        Ok(Expr {
            metric,
            op,
            relative: true,
            offset,
        })
    } else {
        let offset = rhs
            .parse::<f64>()
            .map_err(|_| format!("`{text}`: `{rhs}` is not a number"))?;
        Ok(Expr {
            metric,
            op,
            relative: false,
            offset,
        })
    }
}

/// Evaluate metric gates against a version's metrics.
pub fn metric_gates(
    exprs: &[String],
    metrics: &BTreeMap<String, f64>,
) -> Result<Vec<GateResult>, String> {
    exprs
        .iter()
        .map(|text| {
            let e = parse_expr(text, false)?;
            let value = metrics.get(&e.metric).copied();
            Ok(GateResult {
                gate: "metric".into(),
                check: text.clone(),
                value: value
                    .map(fmt_num)
                    .unwrap_or_else(|| "(not recorded)".into()),
                threshold: format!("{} {}", e.op.as_str(), fmt_num(e.offset)),
                passed: value.is_some_and(|v| e.op.apply(v, e.offset)),
            })
        })
        .collect()
}

/// Evaluate no-regression gates against the current holder's metrics (`None`: no holder, so
/// they pass).
pub fn regression_gates(
    exprs: &[String],
    metrics: &BTreeMap<String, f64>,
    current: Option<(u64, &BTreeMap<String, f64>)>,
) -> Result<Vec<GateResult>, String> {
    exprs
        .iter()
        .map(|text| {
            let e = parse_expr(text, true)?;
            let value = metrics.get(&e.metric).copied();
            let Some((holder, cm)) = current else {
                return Ok(GateResult {
                    gate: "no_regression".into(),
                    check: text.clone(),
                    value: value
                        .map(fmt_num)
                        .unwrap_or_else(|| "(not recorded)".into()),
                    threshold: "(no current version)".into(),
                    passed: true,
                });
            };
            let base = cm.get(&e.metric).copied();
            let threshold = base.map(|b| b + e.offset);
            Ok(GateResult {
                gate: "no_regression".into(),
                check: text.clone(),
                value: value
                    .map(fmt_num)
                    .unwrap_or_else(|| "(not recorded)".into()),
                threshold: match threshold {
                    Some(t) => format!("{} {} (v{holder})", e.op.as_str(), fmt_num(t)),
                    None => format!("(v{holder} has no `{}`)", e.metric),
                },
                passed: match (value, threshold) {
                    (Some(v), Some(t)) => e.op.apply(v, t),
                    (Some(_), None) => true,
                    _ => false,
                },
            })
        })
        .collect()
}

/// Format a number compactly (no trailing zeros).
pub fn fmt_num(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{v:.0}")
    } else {
        let s = format!("{v:.6}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expressions_parse_and_evaluate() {
        let m: BTreeMap<String, f64> = [
            ("accuracy".to_string(), 0.91),
            ("latency_p99_ms".to_string(), 25.0),
        ]
        .into();
        let r = metric_gates(
            &[
                "accuracy >= 0.9".into(),
                "latency_p99_ms <= 20".into(),
                "f1 > 0.5".into(),
            ],
            &m,
        )
        .unwrap();
        assert_eq!(
            r.iter().map(|g| g.passed).collect::<Vec<_>>(),
            [true, false, false]
        );
        assert_eq!(r[2].value, "(not recorded)");
        let cur: BTreeMap<String, f64> = [("accuracy".to_string(), 0.93)].into();
        let r =
            regression_gates(&["accuracy >= current - 0.01".into()], &m, Some((2, &cur))).unwrap();
        assert!(!r[0].passed);
        assert_eq!(r[0].threshold, ">= 0.92 (v2)");
        let r =
            regression_gates(&["accuracy >= current - 0.05".into()], &m, Some((2, &cur))).unwrap();
        assert!(r[0].passed);
        assert!(parse_expr("accuracy => 3", false).is_err());
        assert!(parse_expr("accuracy >= best", true).is_err());
    }
}
