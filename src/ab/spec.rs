//! The small languages of `mlo ab` flags — `--counts A=1000/10000`, `--kind revenue=continuous`,
//! `--guardrail latency_ms:max`, `--covariate [METRIC=]COL`, `--split 50/50` — and the closed
//! sets of choices (`--test`, `--effect`, `--kind`). Each parses with `FromStr`, so clap
//! reports a malformed value as a usage error (exit 2) naming the flag.

use std::fmt;
use std::str::FromStr;

use clap::ValueEnum;
use serde::Serialize;

/// `--test`: which test gives the p-value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Serialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum TestChoice {
    /// Pooled z-test for binary metrics (Fisher's exact test when an expected cell count is
    /// below 5), Welch's t-test for continuous ones.
    #[default]
    Auto,
    /// Pooled two-proportion z-test (binary metrics).
    Ztest,
    /// Chi-square test of the 2×2 table without continuity correction (binary metrics).
    Chisquare,
    /// Chi-square test with Yates' continuity correction (binary metrics).
    ChisquareYates,
    /// Fisher's exact test (binary metrics).
    Fisher,
    /// Welch's unequal-variance t-test.
    Welch,
    /// Student's equal-variance t-test.
    Student,
    /// Mann–Whitney U test (keeps every value in memory).
    Mannwhitney,
}

impl TestChoice {
    /// Whether the test works on a 2×2 table of counts only.
    pub fn needs_binary(self) -> bool {
        matches!(
            self,
            TestChoice::Ztest
                | TestChoice::Chisquare
                | TestChoice::ChisquareYates
                | TestChoice::Fisher
        )
    }
}

/// `--effect`: the scale of the headline effect.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Serialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum EffectChoice {
    /// (treatment − control) / control, with a delta-method interval.
    #[default]
    Relative,
    /// treatment − control.
    Absolute,
}

/// How a metric is summarized.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum KindChoice {
    /// 0/1 (or false/true) per unit: a conversion rate.
    Binary,
    /// Any real number per unit: a mean.
    Continuous,
}

impl fmt::Display for KindChoice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            KindChoice::Binary => "binary",
            KindChoice::Continuous => "continuous",
        })
    }
}

/// Which direction of change a guardrail forbids.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum GuardDirection {
    /// The metric must not rise (latency, errors): a significant increase fails.
    Max,
    /// The metric must not fall (revenue, retention): a significant decrease fails.
    Min,
}

/// `--counts VARIANT=SUCCESSES/UNITS`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CountSpec {
    /// Variant name.
    pub variant: String,
    /// Converted units (may be negative as typed; rejected by the analysis).
    pub successes: i64,
    /// Units (may be negative as typed; rejected by the analysis).
    pub units: i64,
}

impl FromStr for CountSpec {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        let err = || format!("expected VARIANT=SUCCESSES/UNITS (e.g. `A=1000/10000`), got `{s}`");
        let (variant, counts) = s.split_once('=').ok_or_else(err)?;
        let (x, n) = counts.split_once('/').ok_or_else(err)?;
        if variant.is_empty() {
            return Err(err());
        }
        Ok(CountSpec {
            variant: variant.to_string(),
            successes: x.trim().parse().map_err(|_| err())?,
            units: n.trim().parse().map_err(|_| err())?,
        })
    }
}

/// `--kind METRIC=binary|continuous`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KindSpec {
    /// The metric column.
    pub metric: String,
    /// Its kind.
    pub kind: KindChoice,
}

impl FromStr for KindSpec {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        let err = || format!("expected METRIC=binary|continuous, got `{s}`");
        let (metric, kind) = s.split_once('=').ok_or_else(err)?;
        let kind = KindChoice::from_str(kind, true).map_err(|_| err())?;
        if metric.is_empty() {
            return Err(err());
        }
        Ok(KindSpec {
            metric: metric.to_string(),
            kind,
        })
    }
}

/// `--guardrail COLUMN:max|min`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GuardrailSpec {
    /// The metric column.
    pub metric: String,
    /// The forbidden direction.
    pub direction: GuardDirection,
}

impl FromStr for GuardrailSpec {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        let err = || {
            format!("expected COLUMN:max (must not rise) or COLUMN:min (must not fall), got `{s}`")
        };
        let (metric, dir) = s.rsplit_once(':').ok_or_else(err)?;
        let direction = match dir {
            "max" => GuardDirection::Max,
            "min" => GuardDirection::Min,
            _ => return Err(err()),
        };
        if metric.is_empty() {
            return Err(err());
        }
        Ok(GuardrailSpec {
            metric: metric.to_string(),
            direction,
        })
    }
}

/// `--covariate [METRIC=]COLUMN`: the pre-period column for CUPED, for one metric or (without
/// `METRIC=`) for every metric.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CovariateSpec {
    /// The metric it adjusts; `None` for all metrics.
    pub metric: Option<String>,
    /// The covariate column.
    pub column: String,
}

impl FromStr for CovariateSpec {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        let (metric, column) = match s.split_once('=') {
            Some((m, c)) => (Some(m.to_string()), c.to_string()),
            None => (None, s.to_string()),
        };
        if column.is_empty() || metric.as_deref() == Some("") {
            return Err(format!("expected COLUMN or METRIC=COLUMN, got `{s}`"));
        }
        Ok(CovariateSpec { metric, column })
    }
}

/// `--split 50/50`: expected shares of the arms, control first, then the treatments in name
/// order (the order of the report).
#[derive(Debug, Clone, PartialEq)]
pub struct Split(pub Vec<f64>);

impl FromStr for Split {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        let err = || format!("expected positive shares separated by `/` (e.g. `50/50`), got `{s}`");
        let parts: Vec<f64> = s
            .split('/')
            .map(|p| p.trim().parse::<f64>())
            .collect::<Result<_, _>>()
            .map_err(|_| err())?;
        if parts.len() < 2 || parts.iter().any(|p| !(p.is_finite() && *p > 0.0)) {
            return Err(err());
        }
        Ok(Split(parts))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flag_values_parse_and_bad_ones_say_what_was_expected() {
        assert_eq!(
            "A=1000/10000".parse::<CountSpec>().unwrap(),
            CountSpec {
                variant: "A".into(),
                successes: 1000,
                units: 10000
            }
        );
        assert_eq!("B=-1/10".parse::<CountSpec>().unwrap().successes, -1);
        assert!("A=10".parse::<CountSpec>().is_err());
        assert_eq!(
            "latency_ms:max".parse::<GuardrailSpec>().unwrap().direction,
            GuardDirection::Max
        );
        assert!("latency_ms:up".parse::<GuardrailSpec>().is_err());
        assert_eq!(
            "rev=continuous".parse::<KindSpec>().unwrap().kind,
            KindChoice::Continuous
        );
        assert_eq!("50/50".parse::<Split>().unwrap(), Split(vec![50.0, 50.0]));
        assert!("50".parse::<Split>().is_err() && "50/0".parse::<Split>().is_err());
        assert_eq!(
            "revenue=pre_revenue".parse::<CovariateSpec>().unwrap(),
            CovariateSpec {
                metric: Some("revenue".into()),
                column: "pre_revenue".into()
            }
        );
    }
}
