//! The audit event type, how it is sealed into the chain, and secret redaction.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::clock::{Clock, format_ts};
use crate::records;

/// Schema version of audit events.
pub const EVENT_VERSION: u64 = 1;

/// Who did it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActorType {
    /// A person at a terminal.
    User,
    /// A CI job (detected from the CI system's environment).
    Ci,
    /// A long-running service such as `mlo serve`.
    Service,
}

impl ActorType {
    /// The stored spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            ActorType::User => "user",
            ActorType::Ci => "ci",
            ActorType::Service => "service",
        }
    }

    /// Parse the stored spelling.
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "user" => Some(ActorType::User),
            "ci" => Some(ActorType::Ci),
            "service" => Some(ActorType::Service),
            _ => None,
        }
    }
}

/// The actor of an event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Actor {
    /// user, ci or service.
    #[serde(rename = "type")]
    pub actor_type: ActorType,
    /// An email, user name or service name.
    pub id: String,
    /// Where it acted from, e.g. the CI job's URL.
    pub source: Option<String>,
}

/// What an event acted on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Target {
    /// `repo`, `config`, `dataset`, `run`, `model`, ...
    #[serde(rename = "type")]
    pub target_type: String,
    /// A name, id or digest.
    pub id: String,
}

impl Target {
    /// A target of `target_type` named `id`.
    pub fn new(target_type: impl Into<String>, id: impl Into<String>) -> Self {
        Target {
            target_type: target_type.into(),
            id: id.into(),
        }
    }
}

/// How the attempt ended. Failures and denials are events too.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// The change was made.
    Success,
    /// The change was attempted and failed.
    Failure,
    /// The change was refused (a gate, a missing approval, a policy).
    Denied,
}

impl Outcome {
    /// The stored spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Success => "success",
            Outcome::Failure => "failure",
            Outcome::Denied => "denied",
        }
    }

    /// Parse the stored spelling.
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "success" => Some(Outcome::Success),
            "failure" => Some(Outcome::Failure),
            "denied" => Some(Outcome::Denied),
            _ => None,
        }
    }
}

/// Everything about an event that comes from the environment rather than the command.
#[derive(Debug, Clone)]
pub struct EventContext {
    /// Who.
    pub actor: Actor,
    /// This machine's host name.
    pub host: String,
    /// This repository's chain id (from `meta.chain_id`).
    pub chain: String,
    /// Where time comes from.
    pub clock: Clock,
}

/// What a command asks to record.
#[derive(Debug, Clone)]
pub struct NewEvent {
    /// Dotted verb: `config.set`, `repo.init`, `model.promote`.
    pub action: String,
    /// What it acted on.
    pub target: Target,
    /// How it ended.
    pub outcome: Outcome,
    /// Why (free text, from `--reason` or a failure message).
    pub reason: Option<String>,
    /// Structured details (old and new values, gate results). Redacted before hashing.
    pub details: Value,
}

impl NewEvent {
    /// A successful event with no reason and the given details.
    pub fn success(action: &str, target: Target, details: Value) -> Self {
        NewEvent {
            action: action.into(),
            target,
            outcome: Outcome::Success,
            reason: None,
            details,
        }
    }
}

/// A sealed event as stored in the chain.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AuditEvent {
    /// Schema version.
    pub version: u64,
    /// Position in this repository's chain, from 1.
    pub seq: i64,
    /// Time-ordered unique id (UUIDv7).
    pub event_id: String,
    /// The chain (repository) it belongs to.
    pub chain: String,
    /// RFC 3339 UTC with microseconds.
    pub timestamp: String,
    /// Who.
    pub actor: Actor,
    /// Dotted verb.
    pub action: String,
    /// What.
    pub target: Target,
    /// How it ended.
    pub outcome: Outcome,
    /// Why.
    pub reason: Option<String>,
    /// Structured details (already redacted).
    pub details: Value,
    /// Host name.
    pub host: String,
    /// The previous event's hash (64 zeros for the first).
    pub prev_hash: String,
    /// blake3(prev_hash bytes ‖ canonical(event without `hash`)).
    pub hash: String,
}

impl AuditEvent {
    /// Build and hash the event that follows `prev_hash` at position `seq`.
    pub fn seal(ctx: &EventContext, new: NewEvent, seq: i64, prev_hash: String) -> Self {
        let now = ctx.clock.now();
        let ts = uuid::Timestamp::from_unix(
            uuid::NoContext,
            now.timestamp().max(0) as u64,
            now.timestamp_subsec_nanos(),
        );
        // An empty reason or source is stored as none, so that every export format (CSV has
        // no null) reads back exactly what was hashed.
        let mut actor = ctx.actor.clone();
        actor.source = actor.source.filter(|s| !s.is_empty());
        let mut event = AuditEvent {
            version: EVENT_VERSION,
            seq,
            event_id: uuid::Uuid::new_v7(ts).to_string(),
            chain: ctx.chain.clone(),
            timestamp: format_ts(&now),
            actor,
            action: new.action,
            target: new.target,
            outcome: new.outcome,
            reason: new.reason.filter(|r| !r.is_empty()).map(|r| redact_str(&r)),
            details: redact(new.details),
            host: ctx.host.clone(),
            prev_hash,
            hash: String::new(),
        };
        event.hash = event.compute_hash();
        event
    }

    /// Recompute this event's hash from its fields (used by verify).
    pub fn compute_hash(&self) -> String {
        let body = self.hashed_body();
        let mut hasher = blake3::Hasher::new();
        hasher.update(&decode_hex32(&self.prev_hash).unwrap_or([0xff; 32]));
        hasher.update(&records::canonical_value_bytes(&body));
        hasher.finalize().to_hex().to_string()
    }

    /// The record object for this event: the hashed body plus `hash`.
    pub fn to_record(&self) -> Value {
        let mut body = self.hashed_body();
        body.as_object_mut()
            .expect("object")
            .insert("hash".into(), Value::String(self.hash.clone()));
        body
    }

    /// Read an event back from its record object.
    pub fn from_record(value: &Value) -> Result<Self, serde_json::Error> {
        let mut v = value.clone();
        if let Some(obj) = v.as_object_mut() {
            obj.remove("type");
        }
        serde_json::from_value(v)
    }

    fn hashed_body(&self) -> Value {
        let mut v = serde_json::to_value(self).expect("event serializes");
        let obj = v.as_object_mut().expect("object");
        obj.remove("hash");
        obj.insert("type".into(), Value::String("audit_event".into()));
        v
    }
}

fn decode_hex32(s: &str) -> Option<[u8; 32]> {
    let d: crate::store::Digest = s.parse().ok()?;
    Some(*d.as_bytes())
}

const SECRET_KEY_PARTS: &[&str] = &[
    "password",
    "passwd",
    "secret",
    "token",
    "api_key",
    "apikey",
    "credential",
    "private_key",
    "access_key",
    "authorization",
    "auth_header",
    "session_key",
];

/// Whether a key names a secret (`aws_secret_access_key`, `token`, `db.password`, ...).
pub fn is_secret_key(key: &str) -> bool {
    let k = key.to_ascii_lowercase().replace('-', "_");
    SECRET_KEY_PARTS.iter().any(|p| k.contains(p))
}

/// Replace secrets in event details: values under secret-looking keys, passwords in URLs
/// (`https://user:pw@host`), `token=`/`password=`-style query parameters and `Bearer` tokens.
/// Runs before an event is hashed, so a secret never enters the chain.
pub fn redact(value: Value) -> Value {
    match value {
        Value::Object(map) => {
            let mut out = Map::new();
            for (k, v) in map {
                let v = if is_secret_key(&k) && !v.is_null() {
                    Value::String("[REDACTED]".into())
                } else {
                    redact(v)
                };
                out.insert(k, v);
            }
            Value::Object(out)
        }
        Value::Array(items) => Value::Array(items.into_iter().map(redact).collect()),
        Value::String(s) => Value::String(redact_str(&s)),
        other => other,
    }
}

/// Redact secrets inside one string (URL passwords, secret query parameters, bearer tokens).
pub fn redact_str(s: &str) -> String {
    let mut out = redact_url_passwords(s);
    out = redact_query_params(&out);
    redact_bearer(&out)
}

fn redact_url_passwords(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(pos) = rest.find("://") {
        let (head, tail) = rest.split_at(pos + 3);
        out.push_str(head);
        let end = tail
            .find(|c: char| c == '/' || c.is_whitespace() || c == '"' || c == '\'')
            .unwrap_or(tail.len());
        let authority = &tail[..end];
        if let Some(at) = authority.rfind('@') {
            let userinfo = &authority[..at];
            if let Some(colon) = userinfo.find(':') {
                out.push_str(&userinfo[..colon]);
                out.push_str(":[REDACTED]");
            } else {
                out.push_str(userinfo);
            }
            out.push_str(&authority[at..]);
        } else {
            out.push_str(authority);
        }
        rest = &tail[end..];
    }
    out.push_str(rest);
    out
}

fn redact_query_params(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.char_indices().peekable();
    let bytes = s;
    let mut last = 0;
    while let Some((i, c)) = chars.next() {
        if c != '=' {
            continue;
        }
        // The key is the run of [A-Za-z0-9_-.] before '='.
        let key_start = bytes[..i]
            .rfind(|ch: char| !(ch.is_ascii_alphanumeric() || ch == '_' || ch == '-' || ch == '.'))
            .map(|p| p + 1)
            .unwrap_or(0);
        let key = &bytes[key_start..i];
        if key.is_empty() || !is_secret_key(key) {
            continue;
        }
        let value_end = bytes[i + 1..]
            .find(|ch: char| {
                ch == '&' || ch.is_whitespace() || ch == '"' || ch == '\'' || ch == ',' || ch == ';'
            })
            .map(|p| i + 1 + p)
            .unwrap_or(bytes.len());
        if value_end > i + 1 {
            out.push_str(&bytes[last..=i]);
            out.push_str("[REDACTED]");
            last = value_end;
            while let Some(&(j, _)) = chars.peek() {
                if j >= value_end {
                    break;
                }
                chars.next();
            }
        }
    }
    out.push_str(&bytes[last..]);
    out
}

fn redact_bearer(s: &str) -> String {
    let lower = s.to_ascii_lowercase();
    let Some(pos) = lower.find("bearer ") else {
        return s.to_string();
    };
    let start = pos + "bearer ".len();
    let end = s[start..]
        .find(|c: char| c.is_whitespace() || c == '"' || c == '\'')
        .map(|p| start + p)
        .unwrap_or(s.len());
    if end == start {
        return s.to_string();
    }
    format!("{}[REDACTED]{}", &s[..start], redact_bearer(&s[end..]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn redacts_secret_keys_urls_params_and_bearer_tokens() {
        let v = redact(json!({
            "key": "remote.s3.secret_access_key",
            "aws_secret_access_key": "AKIAXXXX",
            "url": "https://alice:hunter2@example.com/path?x=1&token=abc123",
            "header": "Authorization: Bearer eyJhbGciOi",
            "plain": "nothing to hide",
            "nested": [{"password": "pw"}],
        }));
        let s = v.to_string();
        for secret in ["AKIAXXXX", "hunter2", "abc123", "eyJhbGciOi", "\"pw\""] {
            assert!(!s.contains(secret), "{secret} leaked in {s}");
        }
        assert_eq!(
            v["url"],
            "https://alice:[REDACTED]@example.com/path?x=1&token=[REDACTED]"
        );
        assert_eq!(v["plain"], "nothing to hide");
        assert_eq!(v["key"], "remote.s3.secret_access_key");
    }

    #[test]
    fn hash_covers_every_field() {
        let ctx = EventContext {
            actor: Actor {
                actor_type: ActorType::User,
                id: "a@b".into(),
                source: None,
            },
            host: "h".into(),
            chain: "c".into(),
            clock: Clock::Fixed(crate::clock::parse_ts("2026-01-01T00:00:00Z").unwrap()),
        };
        let e = AuditEvent::seal(
            &ctx,
            NewEvent::success("x.y", Target::new("t", "i"), json!({"k": 1})),
            1,
            super::super::GENESIS_HASH.into(),
        );
        assert_eq!(e.compute_hash(), e.hash);
        let mut edited = e.clone();
        edited.action = "x.z".into();
        assert_ne!(edited.compute_hash(), e.hash);
        let mut edited = e.clone();
        edited.seq = 2;
        assert_ne!(edited.compute_hash(), e.hash);
        let round = AuditEvent::from_record(&e.to_record()).unwrap();
        assert_eq!(round, e);
    }
}
