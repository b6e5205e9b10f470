//! Model names, stages and references: `NAME@3` (a version), `NAME@production` (the version in
//! a stage), `NAME:champion` (an alias), `NAME` (the latest version).

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// A lifecycle stage.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    /// Registered, not promoted.
    None,
    /// Being validated.
    Staging,
    /// Serving users; at most one version per model.
    Production,
    /// Retired (a promotion to production archives the previous holder).
    Archived,
}

impl Stage {
    /// The stored spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            Stage::None => "none",
            Stage::Staging => "staging",
            Stage::Production => "production",
            Stage::Archived => "archived",
        }
    }

    /// Parse the stored spelling.
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "none" => Some(Stage::None),
            "staging" => Some(Stage::Staging),
            "production" => Some(Stage::Production),
            "archived" => Some(Stage::Archived),
            _ => None,
        }
    }
}

impl fmt::Display for Stage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Which version a reference selects.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Selector {
    /// The highest version number.
    Latest,
    /// A version number.
    Version(u64),
    /// The version in a stage (for staging: the most recently promoted one).
    Stage(Stage),
    /// An alias.
    Alias(String),
}

/// A parsed model reference.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModelRef {
    /// The model name.
    pub name: String,
    /// Which version.
    pub selector: Selector,
}

/// Why a reference or name is invalid.
#[derive(Debug, Clone, thiserror::Error, PartialEq, Eq)]
#[error("invalid model reference `{input}`: {reason}")]
pub struct RefError {
    /// What was given.
    pub input: String,
    /// Why it is invalid.
    pub reason: String,
}

/// Whether `name` is a valid model name or alias: letters, digits, `.`, `_`, `-`, starting
/// with a letter or digit, at most 128 characters.
pub fn valid_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 128
        && name
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphanumeric())
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'))
}

impl FromStr for ModelRef {
    type Err = RefError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let err = |reason: &str| RefError {
            input: s.into(),
            reason: reason.into(),
        };
        let (name, selector) = if let Some((name, sel)) = s.split_once('@') {
            let selector = if let Ok(v) = sel.parse::<u64>() {
                if v == 0 {
                    return Err(err("versions start at 1"));
                }
                Selector::Version(v)
            } else if let Some(stage) = Stage::parse(sel) {
                Selector::Stage(stage)
            } else if sel == "latest" {
                Selector::Latest
            } else {
                return Err(err(
                    "after `@` give a version number or a stage (staging, production, archived, none)",
                ));
            };
            (name, selector)
        } else if let Some((name, alias)) = s.split_once(':') {
            if !valid_name(alias) {
                return Err(err("an alias uses letters, digits, `.`, `_` and `-`"));
            }
            (name, Selector::Alias(alias.into()))
        } else {
            (s, Selector::Latest)
        };
        if !valid_name(name) {
            return Err(err(
                "a model name uses letters, digits, `.`, `_` and `-`, and starts with a letter or digit",
            ));
        }
        Ok(ModelRef {
            name: name.into(),
            selector,
        })
    }
}

impl fmt::Display for ModelRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.selector {
            Selector::Latest => write!(f, "{}", self.name),
            Selector::Version(v) => write!(f, "{}@{v}", self.name),
            Selector::Stage(s) => write!(f, "{}@{s}", self.name),
            Selector::Alias(a) => write!(f, "{}:{a}", self.name),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_every_form() {
        assert_eq!(
            "m@3".parse::<ModelRef>().unwrap().selector,
            Selector::Version(3)
        );
        assert_eq!(
            "m@production".parse::<ModelRef>().unwrap().selector,
            Selector::Stage(Stage::Production)
        );
        assert_eq!(
            "m:champion".parse::<ModelRef>().unwrap().selector,
            Selector::Alias("champion".into())
        );
        assert_eq!("m".parse::<ModelRef>().unwrap().selector, Selector::Latest);
        for bad in ["", "@3", "m@0", "m@prod", "m:", "bad name", "m:x/y"] {
            assert!(bad.parse::<ModelRef>().is_err(), "{bad}");
        }
    }
}
