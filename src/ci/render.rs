//! A small, strict template renderer for the CI templates. It knows three things:
//!
//! - `{{ name }}` and `{{ name | filter | filter }}` insert a variable; the filters are `yaml`
//!   (a double-quoted YAML/JSON string), `shell` (POSIX single quotes when the value needs
//!   them) and `groovy` (escaped for a Groovy single-quoted string);
//! - block tags, each alone on its line: `{{#if name}}`, `{{#if !name}}`, `{{else}}`, `{{/if}}`
//!   (nesting allowed); the tag's line is dropped from the output, so YAML indentation stays
//!   as written. A condition is true for `true` and for a non-empty string;
//! - `${{ ... }}` (GitHub Actions and Azure expressions) is copied through untouched.
//!
//! Everything else is strict: an unknown variable, condition or filter, an unclosed block, or a
//! stray `{{` is an error naming the template and line, never an empty string. Pure: no I/O.

use std::collections::BTreeMap;

/// A template variable's value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Var {
    /// Text, inserted by `{{ name }}`; true in `{{#if}}` when not empty.
    Str(String),
    /// A flag, for `{{#if}}` only.
    Bool(bool),
}

/// The variables a template sees.
pub type Vars = BTreeMap<String, Var>;

/// A template that cannot be rendered.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("template `{template}` line {line}: {problem}")]
pub struct RenderError {
    /// The template's name (`github.yml`, or the override's path).
    pub template: String,
    /// 1-based line.
    pub line: usize,
    /// What is wrong.
    pub problem: String,
}

enum Block {
    /// Inside an `{{#if}}`: whether the enclosing output is live, and this branch's value.
    If {
        outer: bool,
        cond: bool,
        in_else: bool,
        line: usize,
    },
}

/// Render `source` (named `template` in errors) with `vars`.
pub fn render(template: &str, source: &str, vars: &Vars) -> Result<String, RenderError> {
    let err = |line: usize, problem: String| RenderError {
        template: template.to_string(),
        line,
        problem,
    };
    let mut out = String::with_capacity(source.len());
    let mut stack: Vec<Block> = Vec::new();
    let mut live = true;
    for (i, raw_line) in source.split_inclusive('\n').enumerate() {
        let line_no = i + 1;
        let trimmed = raw_line.trim();
        if let Some(tag) = block_tag(trimmed) {
            match tag {
                Tag::If { negate, name } => {
                    let value = condition(vars, name).ok_or_else(|| {
                        err(
                            line_no,
                            format!("unknown condition `{name}` in `{trimmed}`"),
                        )
                    })?;
                    let cond = value != negate;
                    stack.push(Block::If {
                        outer: live,
                        cond,
                        in_else: false,
                        line: line_no,
                    });
                    live = live && cond;
                }
                Tag::Else => match stack.last_mut() {
                    Some(Block::If {
                        outer,
                        cond,
                        in_else,
                        ..
                    }) if !*in_else => {
                        *in_else = true;
                        live = *outer && !*cond;
                    }
                    _ => return Err(err(line_no, "`{{else}}` without an open `{{#if}}`".into())),
                },
                Tag::EndIf => match stack.pop() {
                    Some(Block::If { outer, .. }) => live = outer,
                    None => return Err(err(line_no, "`{{/if}}` without an open `{{#if}}`".into())),
                },
            }
            continue;
        }
        // Substitute even in dead branches, so that a typo is caught whatever the stages.
        let rendered = substitute(raw_line, vars).map_err(|p| err(line_no, p))?;
        if live {
            out.push_str(&rendered);
        }
    }
    if let Some(Block::If { line, .. }) = stack.last() {
        return Err(err(
            *line,
            "`{{#if}}` is never closed with `{{/if}}`".into(),
        ));
    }
    Ok(out)
}

enum Tag<'a> {
    If { negate: bool, name: &'a str },
    Else,
    EndIf,
}

fn block_tag(trimmed: &str) -> Option<Tag<'_>> {
    let inner = trimmed.strip_prefix("{{")?.strip_suffix("}}")?.trim();
    if let Some(cond) = inner.strip_prefix("#if") {
        let cond = cond.trim();
        return Some(match cond.strip_prefix('!') {
            Some(name) => Tag::If {
                negate: true,
                name: name.trim(),
            },
            None => Tag::If {
                negate: false,
                name: cond,
            },
        });
    }
    match inner {
        "else" => Some(Tag::Else),
        "/if" => Some(Tag::EndIf),
        _ => None,
    }
}

fn condition(vars: &Vars, name: &str) -> Option<bool> {
    match vars.get(name)? {
        Var::Bool(b) => Some(*b),
        Var::Str(s) => Some(!s.is_empty()),
    }
}

fn substitute(line: &str, vars: &Vars) -> Result<String, String> {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(start) = rest.find("{{") {
        let (before, after) = rest.split_at(start);
        out.push_str(before);
        let end = after
            .find("}}")
            .ok_or_else(|| format!("`{{{{` without a closing `}}}}` in `{}`", line.trim()))?;
        let tag = &after[..end + 2];
        rest = &after[end + 2..];
        if before.ends_with('$') {
            // `${{ github.ref }}`: the CI system's own expression.
            out.push_str(tag);
            continue;
        }
        let inner = tag[2..tag.len() - 2].trim();
        if inner.starts_with('#') || inner.starts_with('/') || inner == "else" {
            return Err(format!("block tag `{tag}` must stand alone on its line"));
        }
        let mut parts = inner.split('|').map(str::trim);
        let name = parts.next().unwrap_or_default();
        let mut value = match vars.get(name) {
            Some(Var::Str(s)) => s.clone(),
            Some(Var::Bool(_)) => {
                return Err(format!(
                    "`{name}` is a condition for `{{{{#if {name}}}}}`, not text to insert"
                ));
            }
            None => return Err(format!("unknown variable `{name}` in `{tag}`")),
        };
        for filter in parts {
            value = match filter {
                "yaml" => serde_json::to_string(&value).expect("strings serialize"),
                "shell" => shell_quote(&value),
                "groovy" => value.replace('\\', "\\\\").replace('\'', "\\'"),
                other => return Err(format!("unknown filter `{other}` in `{tag}`")),
            };
        }
        out.push_str(&value);
    }
    out.push_str(rest);
    Ok(out)
}

/// Quote for a POSIX shell: bare when every character is safe, else in single quotes.
pub fn shell_quote(value: &str) -> String {
    let safe = !value.is_empty()
        && value
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_./:=@,+%^".contains(c));
    if safe {
        value.to_string()
    } else {
        format!("'{}'", value.replace('\'', r#"'"'"'"#))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vars(pairs: &[(&str, Var)]) -> Vars {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.clone()))
            .collect()
    }

    #[test]
    fn substitutes_and_filters() {
        let v = vars(&[("model", Var::Str("it's".into()))]);
        let out = render(
            "t",
            "a {{ model }} {{model|yaml}} {{ model | shell }} {{ model | shell | groovy }}\n",
            &v,
        )
        .unwrap();
        assert_eq!(out, "a it's \"it's\" 'it'\"'\"'s' \\'it\\'\"\\'\"\\'s\\'\n");
    }

    #[test]
    fn keeps_ci_expressions() {
        let out = render(
            "t",
            "key: ${{ runner.os }}-{{ v }}\n",
            &vars(&[("v", Var::Str("1".into()))]),
        )
        .unwrap();
        assert_eq!(out, "key: ${{ runner.os }}-1\n");
    }

    #[test]
    fn blocks_drop_their_lines_and_nest() {
        let v = vars(&[
            ("a", Var::Bool(true)),
            ("b", Var::Bool(false)),
            ("s", Var::Str(String::new())),
        ]);
        let src = "0\n{{#if a}}\n1\n  {{#if b}}\n2\n  {{else}}\n3\n  {{/if}}\n{{/if}}\n{{#if !s}}\n4\n{{/if}}\n";
        assert_eq!(render("t", src, &v).unwrap(), "0\n1\n3\n4\n");
    }

    #[test]
    fn unknown_names_are_errors_naming_template_and_line() {
        let e = render("github.yml", "ok\nrun: {{ modle }}\n", &Vars::new()).unwrap_err();
        assert_eq!(e.template, "github.yml");
        assert_eq!(e.line, 2);
        assert!(e.problem.contains("unknown variable `modle`"), "{e}");
        // Even inside a branch that is not rendered.
        let v = vars(&[("a", Var::Bool(false))]);
        let e = render("t", "{{#if a}}\n{{ nope }}\n{{/if}}\n", &v).unwrap_err();
        assert!(e.to_string().contains("`nope`"), "{e}");
        let e = render("t", "{{#if zzz}}\n{{/if}}\n", &v).unwrap_err();
        assert!(e.to_string().contains("unknown condition `zzz`"), "{e}");
        let e = render("t", "{{#if a}}\n", &v).unwrap_err();
        assert!(e.to_string().contains("never closed"), "{e}");
        let e = render("t", "{{/if}}\n", &v).unwrap_err();
        assert!(e.to_string().contains("without an open"), "{e}");
        let e = render("t", "x {{#if a}}\n", &v).unwrap_err();
        assert!(e.to_string().contains("alone on its line"), "{e}");
        let e = render(
            "t",
            "{{ a | upper }}\n",
            &vars(&[("a", Var::Str("x".into()))]),
        )
        .unwrap_err();
        assert!(e.to_string().contains("unknown filter `upper`"), "{e}");
        let e = render("t", "{{ a }}\n", &v).unwrap_err();
        assert!(e.to_string().contains("is a condition"), "{e}");
    }
}
