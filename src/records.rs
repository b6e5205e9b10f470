//! Records: small canonical JSON documents with a `type` field — an audit event, and in later
//! groups a finished run, a model version, a stage transition. They are stored as immutable
//! objects in the repository's `records/` namespace, so they travel with push/pull and the
//! SQLite index can be rebuilt from them.
//!
//! Canonical encoding: JSON with object keys sorted bytewise, no insignificant whitespace,
//! numbers as serde_json writes them (shortest round-trip form), strings with serde_json's
//! escaping. The same record therefore always has the same bytes and the same digest.

use serde::Serialize;
use serde_json::Value;

use crate::store::Digest;

/// Every record carries this schema version next to its `type`.
pub const RECORD_VERSION: u64 = 1;

/// Encode any serializable value canonically.
pub fn canonical_bytes<T: Serialize>(value: &T) -> Vec<u8> {
    let value = serde_json::to_value(value).expect("records serialize to JSON");
    canonical_value_bytes(&value)
}

/// Encode a JSON value canonically.
pub fn canonical_value_bytes(value: &Value) -> Vec<u8> {
    let mut out = Vec::with_capacity(256);
    write_canonical(value, &mut out);
    out
}

fn write_canonical(value: &Value, out: &mut Vec<u8>) {
    match value {
        Value::Object(map) => {
            let mut keys: Vec<&String> = map.keys().collect();
            keys.sort();
            out.push(b'{');
            for (i, key) in keys.iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                serde_json::to_writer(&mut *out, key).expect("string encodes");
                out.push(b':');
                write_canonical(&map[key.as_str()], out);
            }
            out.push(b'}');
        }
        Value::Array(items) => {
            out.push(b'[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                write_canonical(item, out);
            }
            out.push(b']');
        }
        other => serde_json::to_writer(&mut *out, other).expect("scalar encodes"),
    }
}

/// A record ready to store: its type, canonical bytes and digest.
#[derive(Debug, Clone)]
pub struct EncodedRecord {
    /// The record's `type` field.
    pub record_type: String,
    /// Canonical JSON.
    pub bytes: Vec<u8>,
    /// blake3 of `bytes`: the record's object name.
    pub digest: Digest,
}

/// Encode a record body (which must serialize to a JSON object with a string `type`).
pub fn encode<T: Serialize>(record: &T) -> EncodedRecord {
    let value = serde_json::to_value(record).expect("records serialize to JSON");
    let record_type = value
        .get("type")
        .and_then(Value::as_str)
        .expect("a record has a string `type` field")
        .to_string();
    let bytes = canonical_value_bytes(&value);
    let digest = Digest::of_bytes(&bytes);
    EncodedRecord {
        record_type,
        bytes,
        digest,
    }
}

/// Queue a record inside the caller's transaction: a row in `records` with
/// `materialized = 0`; `Repo::change` writes the object after the commit (the outbox).
pub fn queue<T: Serialize>(
    tx: &rusqlite::Transaction<'_>,
    record: &T,
    created_at: &str,
) -> Result<EncodedRecord, rusqlite::Error> {
    let enc = encode(record);
    tx.execute(
        "INSERT OR IGNORE INTO records (digest, type, created_at, body, materialized) VALUES (?1, ?2, ?3, ?4, 0)",
        rusqlite::params![enc.digest.to_hex(), enc.record_type, created_at, String::from_utf8_lossy(&enc.bytes)],
    )?;
    Ok(enc)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn keys_are_sorted_and_compact() {
        let v = json!({"b": 1, "a": {"z": [1, 2.5, "x"], "c": null}, "type": "t"});
        let s = String::from_utf8(canonical_value_bytes(&v)).unwrap();
        assert_eq!(s, r#"{"a":{"c":null,"z":[1,2.5,"x"]},"b":1,"type":"t"}"#);
    }

    #[test]
    fn same_record_same_digest_whatever_the_field_order() {
        let a = json!({"type": "x", "k": 1, "j": "s"});
        let b: Value = serde_json::from_str(r#"{"j":"s","k":1,"type":"x"}"#).unwrap();
        assert_eq!(encode(&a).digest, encode(&b).digest);
    }
}
