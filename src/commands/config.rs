//! `mlo config get|set|unset|list`.

use super::Context;
use crate::cli::config::ConfigCommand;
use crate::error::{Error, ExitCode};
use crate::output::Output;
use crate::repo::config::{self as cfg, KEYS};
use crate::repo::settings::Origin;

pub(super) fn run(ctx: &Context, out: &Output, cmd: ConfigCommand) -> Result<ExitCode, Error> {
    let repo = ctx.repo()?;
    match cmd {
        ConfigCommand::Get(args) => {
            let spec = cfg::spec(&args.key).ok_or_else(|| cfg::unknown_key(&args.key))?;
            let found = if args.local {
                cfg::ConfigFile::load(&cfg::local_path(&repo))
                    .map_err(crate::repo::RepoError::from)?
                    .get(&args.key)
                    .map(|v| (v, Origin::Local))
            } else {
                repo.settings()
                    .entries
                    .iter()
                    .find(|(e, _)| e.key == args.key)
                    .map(|(e, o)| (e.value.clone(), *o))
            };
            let (value, origin) = match found {
                Some(found) => found,
                None if !spec.default.is_empty() && !args.local => {
                    (toml_default_to_json(spec.default), Origin::Default)
                }
                None => {
                    return Err(Error::Input {
                        message: format!("key `{}` is not set", args.key),
                        hint: Some(format!("set it with `mlo config set {} VALUE`", args.key)),
                    });
                }
            };
            if out.json {
                out.json_value(
                    &serde_json::json!({"key": args.key, "value": value, "origin": origin}),
                );
            } else {
                out.line(match &value {
                    serde_json::Value::String(s) => s.clone(),
                    other => other.to_string(),
                });
            }
            Ok(ExitCode::Success)
        }
        ConfigCommand::Set(args) => {
            let outcome = cfg::set(&repo, &args.key, &args.value, args.local)?;
            if out.json {
                out.json_value(&outcome);
            } else {
                out.status(
                    "Set",
                    format!(
                        "`{}` = {} in `{}`",
                        outcome.key, outcome.value, outcome.file
                    ),
                );
            }
            Ok(ExitCode::Success)
        }
        ConfigCommand::Unset(args) => {
            let outcome = cfg::unset(&repo, &args.key, args.local)?;
            if out.json {
                out.json_value(&outcome);
            } else if outcome.removed {
                out.status("Unset", format!("`{}` in `{}`", outcome.key, outcome.file));
            } else {
                out.status(
                    "Unchanged",
                    format!("`{}` was not set in `{}`", outcome.key, outcome.file),
                );
            }
            Ok(ExitCode::Success)
        }
        ConfigCommand::List(args) => {
            if args.all {
                if out.json {
                    out.json_value(KEYS);
                } else {
                    let rows = KEYS
                        .iter()
                        .map(|k| {
                            vec![
                                k.key.to_string(),
                                k.kind.to_string(),
                                k.default.to_string(),
                                k.doc.to_string(),
                            ]
                        })
                        .collect();
                    out.table(&["key", "type", "default", "meaning"], rows);
                }
                return Ok(ExitCode::Success);
            }
            let entries: Vec<_> = if args.local {
                cfg::ConfigFile::load(&cfg::local_path(&repo))
                    .and_then(|f| f.entries())
                    .map_err(crate::repo::RepoError::from)?
                    .into_iter()
                    .map(|e| (e, Origin::Local))
                    .collect()
            } else {
                repo.settings().entries.clone()
            };
            if out.json {
                let list: Vec<_> = entries
                    .iter()
                    .map(|(e, o)| serde_json::json!({"key": e.key, "value": e.value, "origin": o}))
                    .collect();
                out.json_value(&list);
            } else {
                for (e, o) in &entries {
                    let origin = match o {
                        Origin::Project => ".mlops.toml",
                        Origin::Local => ".mlo/config.local.toml",
                        Origin::Env => "environment",
                        Origin::Default => "default",
                    };
                    out.line(format!("{} = {}\t# {origin}", e.key, e.value));
                }
            }
            Ok(ExitCode::Success)
        }
    }
}

fn toml_default_to_json(default: &str) -> serde_json::Value {
    let doc: Result<toml::Table, _> = format!("v = {default}").parse();
    doc.ok()
        .and_then(|t| t.get("v").cloned())
        .and_then(|v| serde_json::to_value(v).ok())
        .unwrap_or(serde_json::Value::Null)
}
