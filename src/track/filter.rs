//! The run filter language: MLflow's search grammar (`metrics.rmse < 1 and params.model =
//! 'x'`, `tags.k`, `attributes.status`, backticked or double-quoted names, `LIKE`, `ILIKE`,
//! `IN`) plus `or`, parentheses, `not in`, `is [not] null`, and numeric comparison of numeric
//! params. Parsed into an AST, then compiled to a SQL condition over `track_runs r` that reads
//! only the per-key summaries (a metric compares its last value), never the point history.
//! Errors carry the byte offset of the offending token, shown with a caret.

use rusqlite::types::Value as SqlValue;

/// A filter that does not parse, with where.
#[derive(Debug, Clone, thiserror::Error)]
#[error("invalid filter at column {}: {message}\n  {text}\n  {caret}^", column, caret = " ".repeat(*column - 1))]
pub struct FilterError {
    /// The whole filter text.
    pub text: String,
    /// 1-based column (in characters) of the offending token.
    pub column: usize,
    /// What is wrong.
    pub message: String,
}

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Ident(String),
    Quoted(String),
    Str(String),
    Num(f64, String),
    Op(&'static str),
    LParen,
    RParen,
    Comma,
    End,
}

#[derive(Debug, Clone)]
struct Token {
    tok: Tok,
    pos: usize,
}

fn describe(t: &Tok) -> String {
    match t {
        Tok::Ident(s) => format!("`{s}`"),
        Tok::Quoted(s) => format!("`{s}`"),
        Tok::Str(s) => format!("'{s}'"),
        Tok::Num(_, s) => format!("`{s}`"),
        Tok::Op(o) => format!("`{o}`"),
        Tok::LParen => "`(`".into(),
        Tok::RParen => "`)`".into(),
        Tok::Comma => "`,`".into(),
        Tok::End => "the end of the filter".into(),
    }
}

fn err(text: &str, pos: usize, message: impl Into<String>) -> FilterError {
    FilterError {
        text: text.to_string(),
        column: text[..pos.min(text.len())].chars().count() + 1,
        message: message.into(),
    }
}

fn lex(text: &str) -> Result<Vec<Token>, FilterError> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        let start = i;
        match c {
            b' ' | b'\t' | b'\n' | b'\r' => {
                i += 1;
                continue;
            }
            b'(' => {
                i += 1;
                out.push(Token {
                    tok: Tok::LParen,
                    pos: start,
                });
            }
            b')' => {
                i += 1;
                out.push(Token {
                    tok: Tok::RParen,
                    pos: start,
                });
            }
            b',' => {
                i += 1;
                out.push(Token {
                    tok: Tok::Comma,
                    pos: start,
                });
            }
            b'\'' | b'"' | b'`' => {
                let quote = c;
                i += 1;
                let mut s = String::new();
                loop {
                    if i >= b.len() {
                        return Err(err(text, start, "unterminated quote"));
                    }
                    if b[i] == quote {
                        // A doubled quote inside a string stands for the quote itself.
                        if i + 1 < b.len() && b[i + 1] == quote && quote == b'\'' {
                            s.push('\'');
                            i += 2;
                            continue;
                        }
                        i += 1;
                        break;
                    }
                    let ch = text[i..].chars().next().expect("in bounds");
                    s.push(ch);
                    i += ch.len_utf8();
                }
                let tok = if quote == b'\'' {
                    Tok::Str(s)
                } else {
                    Tok::Quoted(s)
                };
                out.push(Token { tok, pos: start });
            }
            b'=' | b'!' | b'<' | b'>' => {
                let two = text.get(i..i + 2).unwrap_or("");
                let op = match two {
                    "!=" => "!=",
                    "<>" => "!=",
                    "<=" => "<=",
                    ">=" => ">=",
                    "==" => "=",
                    _ => match c {
                        b'=' => "=",
                        b'<' => "<",
                        b'>' => ">",
                        _ => return Err(err(text, start, "`!` must be followed by `=`")),
                    },
                };
                i += if matches!(two, "!=" | "<>" | "<=" | ">=" | "==") {
                    2
                } else {
                    1
                };
                out.push(Token {
                    tok: Tok::Op(op),
                    pos: start,
                });
            }
            b'0'..=b'9' | b'-' | b'+' | b'.'
                if c != b'.' || b.get(i + 1).is_some_and(u8::is_ascii_digit) =>
            {
                i += 1;
                while i < b.len()
                    && (b[i].is_ascii_alphanumeric()
                        || b[i] == b'.'
                        || ((b[i] == b'-' || b[i] == b'+') && matches!(b[i - 1], b'e' | b'E')))
                {
                    i += 1;
                }
                let s = &text[start..i];
                let n: f64 = s
                    .parse()
                    .map_err(|_| err(text, start, format!("`{s}` is not a number")))?;
                out.push(Token {
                    tok: Tok::Num(n, s.to_string()),
                    pos: start,
                });
            }
            _ if c.is_ascii_alphabetic() || c == b'_' || c >= 0x80 => {
                while i < b.len()
                    && (b[i].is_ascii_alphanumeric()
                        || matches!(b[i], b'_' | b'.' | b'-' | b'/' | b':')
                        || b[i] >= 0x80)
                {
                    i += 1;
                }
                out.push(Token {
                    tok: Tok::Ident(text[start..i].to_string()),
                    pos: start,
                });
            }
            _ => {
                let ch = text[i..].chars().next().expect("in bounds");
                return Err(err(text, start, format!("unexpected `{ch}`")));
            }
        }
    }
    out.push(Token {
        tok: Tok::End,
        pos: text.len(),
    });
    Ok(out)
}

/// What a name refers to.
#[derive(Debug, Clone, PartialEq)]
pub enum Field {
    /// A metric's last value.
    Metric(String),
    /// A param (numeric params compare as numbers against numbers).
    Param(String),
    /// A tag.
    Tag(String),
    /// A run attribute: `status`, `name`, `run_id`, `experiment`, `start_time`, `end_time`.
    Attribute(&'static str),
}

#[derive(Debug, Clone, PartialEq)]
enum Lit {
    Num(f64),
    Str(String),
}

#[derive(Debug, Clone)]
enum Expr {
    Or(Vec<Expr>),
    And(Vec<Expr>),
    Cmp {
        field: Field,
        op: &'static str,
        value: Lit,
    },
    In {
        field: Field,
        values: Vec<Lit>,
        negated: bool,
    },
    Null {
        field: Field,
        negated: bool,
    },
}

struct Parser<'a> {
    text: &'a str,
    toks: Vec<Token>,
    i: usize,
}

const ATTRIBUTES: &[(&str, &str)] = &[
    ("status", "status"),
    ("name", "name"),
    ("run_name", "name"),
    ("run_id", "run_id"),
    ("id", "run_id"),
    ("experiment", "experiment"),
    ("start_time", "start_time"),
    ("end_time", "end_time"),
    ("created", "start_time"),
];

fn keyword(t: &Tok, word: &str) -> bool {
    matches!(t, Tok::Ident(s) if s.eq_ignore_ascii_case(word))
}

impl<'a> Parser<'a> {
    fn peek(&self) -> &Token {
        &self.toks[self.i]
    }

    fn next(&mut self) -> Token {
        let t = self.toks[self.i].clone();
        if self.i + 1 < self.toks.len() {
            self.i += 1;
        }
        t
    }

    fn fail<T>(&self, pos: usize, message: impl Into<String>) -> Result<T, FilterError> {
        Err(err(self.text, pos, message))
    }

    fn expr(&mut self) -> Result<Expr, FilterError> {
        let mut parts = vec![self.and()?];
        while keyword(&self.peek().tok, "or") {
            self.next();
            parts.push(self.and()?);
        }
        Ok(if parts.len() == 1 {
            parts.pop().expect("one")
        } else {
            Expr::Or(parts)
        })
    }

    fn and(&mut self) -> Result<Expr, FilterError> {
        let mut parts = vec![self.primary()?];
        while keyword(&self.peek().tok, "and") {
            self.next();
            parts.push(self.primary()?);
        }
        Ok(if parts.len() == 1 {
            parts.pop().expect("one")
        } else {
            Expr::And(parts)
        })
    }

    fn primary(&mut self) -> Result<Expr, FilterError> {
        if self.peek().tok == Tok::LParen {
            let open = self.next().pos;
            let e = self.expr()?;
            let t = self.next();
            if t.tok != Tok::RParen {
                return self.fail(
                    t.pos,
                    format!(
                        "expected `)` to close the `(` at column {}, found {}",
                        self.text[..open].chars().count() + 1,
                        describe(&t.tok)
                    ),
                );
            }
            return Ok(e);
        }
        let field = self.field()?;
        let t = self.next();
        match &t.tok {
            Tok::Op(op) => {
                let value = self.literal()?;
                self.check(&field, op, &value)?;
                Ok(Expr::Cmp {
                    field,
                    op,
                    value: value.0,
                })
            }
            Tok::Ident(w) if w.eq_ignore_ascii_case("like") || w.eq_ignore_ascii_case("ilike") => {
                let op = if w.eq_ignore_ascii_case("like") {
                    "like"
                } else {
                    "ilike"
                };
                let value = self.literal()?;
                if !matches!(value.0, Lit::Str(_)) {
                    return self.fail(
                        value.1,
                        format!("{} needs a quoted pattern such as '%x%'", op.to_uppercase()),
                    );
                }
                if matches!(field, Field::Metric(_)) {
                    return self.fail(t.pos, "metrics compare with = != < <= > >=, not LIKE");
                }
                Ok(Expr::Cmp {
                    field,
                    op,
                    value: value.0,
                })
            }
            Tok::Ident(w) if w.eq_ignore_ascii_case("in") => self.in_list(field, false),
            Tok::Ident(w) if w.eq_ignore_ascii_case("not") => {
                let n = self.next();
                if !keyword(&n.tok, "in") {
                    return self.fail(
                        n.pos,
                        format!("expected `in` after `not`, found {}", describe(&n.tok)),
                    );
                }
                self.in_list(field, true)
            }
            Tok::Ident(w) if w.eq_ignore_ascii_case("is") => {
                let mut negated = false;
                let mut n = self.next();
                if keyword(&n.tok, "not") {
                    negated = true;
                    n = self.next();
                }
                if !keyword(&n.tok, "null") {
                    return self.fail(
                        n.pos,
                        format!("expected `null`, found {}", describe(&n.tok)),
                    );
                }
                Ok(Expr::Null { field, negated })
            }
            other => self.fail(
                t.pos,
                format!(
                    "expected a comparison (= != < <= > >= LIKE ILIKE IN IS), found {}",
                    describe(other)
                ),
            ),
        }
    }

    fn in_list(&mut self, field: Field, negated: bool) -> Result<Expr, FilterError> {
        let t = self.next();
        if t.tok != Tok::LParen {
            return self.fail(
                t.pos,
                format!(
                    "expected `(` to start the IN list, found {}",
                    describe(&t.tok)
                ),
            );
        }
        let mut values = Vec::new();
        loop {
            let v = self.literal()?;
            self.check(&field, "=", &v)?;
            values.push(v.0);
            let t = self.next();
            match t.tok {
                Tok::Comma => continue,
                Tok::RParen => break,
                other => {
                    return self.fail(
                        t.pos,
                        format!(
                            "expected `,` or `)` in the IN list, found {}",
                            describe(&other)
                        ),
                    );
                }
            }
        }
        Ok(Expr::In {
            field,
            values,
            negated,
        })
    }

    fn check(&self, field: &Field, op: &str, value: &(Lit, usize)) -> Result<(), FilterError> {
        match (field, &value.0) {
            (Field::Metric(k), Lit::Str(_)) => self.fail(
                value.1,
                format!("metric `{k}` compares with a number, not a string"),
            ),
            (Field::Tag(k), Lit::Num(..)) if op != "=" && op != "!=" => self.fail(
                value.1,
                format!("tag `{k}` is text; compare it with a quoted string"),
            ),
            (Field::Attribute(a), Lit::Num(..)) if !a.ends_with("_time") => self.fail(
                value.1,
                format!("attribute `{a}` is text; compare it with a quoted string"),
            ),
            _ => Ok(()),
        }
    }

    fn literal(&mut self) -> Result<(Lit, usize), FilterError> {
        let t = self.next();
        match t.tok {
            Tok::Num(n, _) => Ok((Lit::Num(n), t.pos)),
            Tok::Str(s) => Ok((Lit::Str(s), t.pos)),
            Tok::Quoted(s) => Ok((Lit::Str(s), t.pos)),
            Tok::Ident(s) if s == "true" || s == "false" => Ok((Lit::Str(s), t.pos)),
            other => self.fail(
                t.pos,
                format!(
                    "expected a value (a number or a quoted string), found {}",
                    describe(&other)
                ),
            ),
        }
    }

    fn field(&mut self) -> Result<Field, FilterError> {
        let t = self.next();
        let Tok::Ident(word) = &t.tok else {
            return self.fail(t.pos, format!("expected a name such as metrics.rmse, params.model, tags.k or attributes.status; found {}", describe(&t.tok)));
        };
        let (entity, rest) = match word.split_once('.') {
            Some((e, r)) => (e.to_ascii_lowercase(), r.to_string()),
            None => (word.to_ascii_lowercase(), String::new()),
        };
        // `metrics.`name`` and `metrics."name"`: the lexer stops the word at the dot.
        let name = if rest.is_empty() && word.ends_with('.') {
            String::new()
        } else {
            rest
        };
        let name = if name.is_empty() && word.ends_with('.') {
            match self.peek().tok.clone() {
                Tok::Quoted(q) | Tok::Str(q) => {
                    self.next();
                    q
                }
                _ => return self.fail(self.peek().pos, "expected a name after the dot"),
            }
        } else {
            name
        };
        let entity_for_bare = entity.clone();
        match entity.as_str() {
            "metrics" | "metric" => Ok(Field::Metric(self.nonempty(name, t.pos)?)),
            "params" | "param" | "parameters" => Ok(Field::Param(self.nonempty(name, t.pos)?)),
            "tags" | "tag" => Ok(Field::Tag(self.nonempty(name, t.pos)?)),
            "attributes" | "attribute" | "attr" | "run" => self.attribute(&name, t.pos),
            _ if name.is_empty() => self.attribute(&entity_for_bare, t.pos),
            _ => self.fail(
                t.pos,
                format!("unknown entity `{entity}`: use metrics., params., tags. or attributes."),
            ),
        }
    }

    fn nonempty(&self, name: String, pos: usize) -> Result<String, FilterError> {
        if name.is_empty() {
            return self.fail(pos, "expected a key after the dot");
        }
        Ok(name)
    }

    fn attribute(&self, name: &str, pos: usize) -> Result<Field, FilterError> {
        ATTRIBUTES
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, col)| Field::Attribute(col))
            .ok_or_else(|| {
                err(self.text, pos, format!("unknown attribute `{name}`: use status, name, run_id, experiment, start_time or end_time"))
            })
    }
}

/// A compiled filter: a SQL condition over `track_runs r`, and its parameters.
#[derive(Debug, Default)]
pub struct SqlFilter {
    /// The condition (`1` when the filter is empty).
    pub sql: String,
    /// Positional parameters, in order.
    pub params: Vec<SqlValue>,
}

/// Parse and compile a filter.
pub fn compile(text: &str) -> Result<SqlFilter, FilterError> {
    if text.trim().is_empty() {
        return Ok(SqlFilter {
            sql: "1".into(),
            params: vec![],
        });
    }
    let mut p = Parser {
        text,
        toks: lex(text)?,
        i: 0,
    };
    let e = p.expr()?;
    let t = p.peek().clone();
    if t.tok != Tok::End {
        return p.fail(
            t.pos,
            format!(
                "expected `and`, `or` or the end of the filter, found {}",
                describe(&t.tok)
            ),
        );
    }
    let mut out = SqlFilter::default();
    emit(&e, &mut out);
    Ok(out)
}

fn like_to_glob(pattern: &str) -> String {
    let mut g = String::new();
    for c in pattern.chars() {
        match c {
            '%' => g.push('*'),
            '_' => g.push('?'),
            '*' => g.push_str("[*]"),
            '?' => g.push_str("[?]"),
            '[' => g.push_str("[[]"),
            other => g.push(other),
        }
    }
    g
}

fn sql_op(op: &str) -> &str {
    match op {
        "!=" => "<>",
        other => other,
    }
}

fn lit_value(l: &Lit) -> SqlValue {
    match l {
        Lit::Num(n) => SqlValue::Real(*n),
        Lit::Str(s) => SqlValue::Text(s.clone()),
    }
}

/// The SQL expression and table for a field: (EXISTS subquery head, column) or an attribute.
fn emit_cmp(field: &Field, op: &str, value: &Lit, out: &mut SqlFilter) {
    let (cond, col) = match op {
        "like" => ("GLOB", true),
        "ilike" => ("LIKE", true),
        _ => (sql_op(op), false),
    };
    let pattern = |v: &Lit| match v {
        Lit::Str(s) if op == "like" => SqlValue::Text(like_to_glob(s)),
        other => lit_value(other),
    };
    match field {
        Field::Metric(k) => {
            out.sql.push_str(&format!(
                "EXISTS (SELECT 1 FROM track_metric_keys m WHERE m.run_id = r.run_id AND m.key = ? AND m.last {cond} ?)"
            ));
            out.params.push(SqlValue::Text(k.clone()));
            out.params.push(lit_value(value));
        }
        Field::Param(k) => {
            let test = match (value, col) {
                // A number against a numeric param compares numbers; against any other
                // param, the number's text (as MLflow does).
                (Lit::Num(_), false) => format!(
                    "CASE WHEN p.num IS NOT NULL THEN p.num {cond} ? ELSE p.value {cond} ? END"
                ),
                _ => format!("p.value {cond} ?"),
            };
            out.sql.push_str(&format!(
                "EXISTS (SELECT 1 FROM track_params p WHERE p.run_id = r.run_id AND p.key = ? AND ({test}))"
            ));
            out.params.push(SqlValue::Text(k.clone()));
            if let (Lit::Num(n), false) = (value, col) {
                out.params.push(SqlValue::Real(*n));
                out.params.push(SqlValue::Text(super::format_number(*n)));
            } else {
                out.params.push(pattern(value));
            }
        }
        Field::Tag(k) => {
            out.sql.push_str(&format!(
                "EXISTS (SELECT 1 FROM track_tags t WHERE t.run_id = r.run_id AND t.key = ? AND t.value {cond} ?)"
            ));
            out.params.push(SqlValue::Text(k.clone()));
            out.params.push(match value {
                Lit::Num(n) => SqlValue::Text(super::format_number(*n)),
                other => pattern(other),
            });
        }
        Field::Attribute(a) => {
            let (column, v) = match (*a, value) {
                ("status", Lit::Str(s)) if !col => (
                    "lower(r.status)".to_string(),
                    SqlValue::Text(s.to_lowercase()),
                ),
                (t, Lit::Num(ms)) if t.ends_with("_time") => {
                    // MLflow compares times as milliseconds since the epoch.
                    let ts = chrono::DateTime::from_timestamp_millis(*ms as i64)
                        .map(|t| crate::clock::format_ts(&t))
                        .unwrap_or_default();
                    (format!("r.{t}"), SqlValue::Text(ts))
                }
                (t, other) => (format!("r.{t}"), pattern(other)),
            };
            out.sql.push_str(&format!("({column} {cond} ?)"));
            out.params.push(v);
        }
    }
}

fn emit(e: &Expr, out: &mut SqlFilter) {
    match e {
        Expr::Or(parts) | Expr::And(parts) => {
            let joiner = if matches!(e, Expr::Or(_)) {
                " OR "
            } else {
                " AND "
            };
            out.sql.push('(');
            for (i, p) in parts.iter().enumerate() {
                if i > 0 {
                    out.sql.push_str(joiner);
                }
                emit(p, out);
            }
            out.sql.push(')');
        }
        Expr::Cmp {
            field, op, value, ..
        } => emit_cmp(field, op, value, out),
        Expr::In {
            field,
            values,
            negated,
        } => {
            if *negated {
                out.sql.push_str("NOT ");
            }
            out.sql.push('(');
            for (i, v) in values.iter().enumerate() {
                if i > 0 {
                    out.sql.push_str(" OR ");
                }
                emit_cmp(field, "=", v, out);
            }
            out.sql.push(')');
        }
        Expr::Null { field, negated } => {
            let (table, key) = match field {
                Field::Metric(k) => ("track_metric_keys", k.clone()),
                Field::Param(k) => ("track_params", k.clone()),
                Field::Tag(k) => ("track_tags", k.clone()),
                Field::Attribute(a) => {
                    out.sql.push_str(&format!(
                        "(r.{a} IS {}NULL)",
                        if *negated { "NOT " } else { "" }
                    ));
                    return;
                }
            };
            out.sql.push_str(&format!(
                "{}EXISTS (SELECT 1 FROM {table} x WHERE x.run_id = r.run_id AND x.key = ?)",
                if *negated { "" } else { "NOT " }
            ));
            out.params.push(SqlValue::Text(key));
        }
    }
}

/// A compiled `--sort`: an ORDER BY clause and its parameters.
#[derive(Debug)]
pub struct SqlSort {
    /// `ORDER BY ...` body.
    pub sql: String,
    /// Parameters.
    pub params: Vec<SqlValue>,
}

/// Parse `KEY [asc|desc]` or `-KEY` (descending), KEY as in filters.
pub fn compile_sort(text: &str) -> Result<SqlSort, FilterError> {
    let (desc_prefix, body) = match text.trim().strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.trim()),
    };
    let mut p = Parser {
        text: body,
        toks: lex(body)?,
        i: 0,
    };
    let field = p.field()?;
    let mut desc = desc_prefix;
    let t = p.next();
    match &t.tok {
        Tok::End => {}
        Tok::Ident(w) if w.eq_ignore_ascii_case("desc") => desc = true,
        Tok::Ident(w) if w.eq_ignore_ascii_case("asc") => desc = false,
        other => {
            return p.fail(
                t.pos,
                format!(
                    "expected `asc`, `desc` or the end, found {}",
                    describe(other)
                ),
            );
        }
    }
    if p.peek().tok != Tok::End && t.tok != Tok::End {
        return p.fail(p.peek().pos, "expected the end of the sort key");
    }
    let dir = if desc { "DESC" } else { "ASC" };
    let (expr, params) = match field {
        Field::Metric(k) => ("(SELECT m.last FROM track_metric_keys m WHERE m.run_id = r.run_id AND m.key = ?)".to_string(), vec![SqlValue::Text(k)]),
        Field::Param(k) => (
            "(SELECT coalesce(p.num, p.value) FROM track_params p WHERE p.run_id = r.run_id AND p.key = ?)".to_string(),
            vec![SqlValue::Text(k)],
        ),
        Field::Tag(k) => ("(SELECT t.value FROM track_tags t WHERE t.run_id = r.run_id AND t.key = ?)".to_string(), vec![SqlValue::Text(k)]),
        Field::Attribute(a) => (format!("r.{a}"), vec![]),
    };
    Ok(SqlSort {
        sql: format!("{expr} {dir} NULLS LAST, r.run_id DESC"),
        params,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mlflow_grammar_and_extensions_compile() {
        for f in [
            "metrics.rmse < 1 and params.model = 'x'",
            "metrics.`val loss` <= 0.5",
            "params.\"lr\" > 0.001 or (tags.team = 'a' and attributes.status = 'FINISHED')",
            "params.model in ('a', 'b') and params.depth not in (1, 2)",
            "tags.note like 'x%' and tags.k ilike '%Y'",
            "attributes.start_time > 0 and run_name = 'r1'",
            "params.seed is null or metrics.acc is not null",
        ] {
            compile(f).unwrap_or_else(|e| panic!("{f}: {e}"));
        }
    }

    #[test]
    fn errors_point_at_the_token() {
        let e = compile("metrics.rmse < and params.x = 1").unwrap_err();
        assert_eq!(e.column, 16, "{e}");
        assert!(e.message.contains("expected a value"), "{e}");
        let e = compile("metrics.rmse < 1 params.x = 1").unwrap_err();
        assert_eq!(e.column, 18);
        let e = compile("(metrics.a > 1 or metrics.b < 2").unwrap_err();
        assert!(e.message.contains("expected `)`"), "{e}");
        let e = compile("metrics.a = 'x'").unwrap_err();
        assert_eq!(e.column, 13);
        let e = compile("foo.bar = 1").unwrap_err();
        assert!(e.message.contains("unknown entity"), "{e}");
        let e = compile("params.a = 'unterminated").unwrap_err();
        assert_eq!(e.column, 12);
        assert!(
            e.to_string()
                .contains("\n  params.a = 'unterminated\n             ^"),
            "{e}"
        );
    }

    #[test]
    fn like_becomes_a_case_sensitive_glob() {
        assert_eq!(like_to_glob("a%b_c*"), "a*b?c[*]");
    }
}
