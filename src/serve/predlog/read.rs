//! Reading the prediction log as a stream: [`for_each_record`] goes segment by segment, line
//! by line, and hands each record to a callback without keeping it, so what a reader holds is
//! what it decides to keep, not the log.
//!
//! A line is decoded in two steps. A strict fast path reads the object's fields as raw JSON
//! text borrowed from the line, decodes the scalar fields (borrowed where they have no
//! escapes), and checks the tensors, the outcome and every other field without building a
//! value tree; tensor `data` and feedback `outcome` stay raw for the caller to decode only for
//! the records it keeps. Anything the fast path does not take — a field twice, an array
//! instead of an object, very deep nesting — goes to the plain `serde_json` decoding of
//! [`LogRecord`], so a line counts as skipped exactly when that decoding fails (the unit tests
//! hold the two to the same verdict on crafted lines). A line without its newline is a torn
//! tail: skipped, and the rest of that segment is not read.
//!
//! [`read_dir`] collects owned records on top of it (tests and small tools use it).

use std::borrow::Cow;
use std::fmt;
use std::fs::File;
use std::io::{BufRead, BufReader};
use std::ops::ControlFlow;
use std::path::Path;

use serde::Deserialize;
use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::value::RawValue;

use super::{FeedbackRecord, LogRecord, LoggedTensor, PredictionRecord, segments};

/// The deepest nesting (objects and arrays, the line's own object counting as 1) the fast path
/// takes; deeper lines go to the plain decoding, whose limit (127) then decides.
const MAX_LEVEL: usize = 100;

/// One logged tensor, its elements left as raw JSON.
#[derive(Debug, Clone)]
pub struct TensorRef<'a> {
    /// Tensor name.
    pub name: Cow<'a, str>,
    /// OIP datatype.
    pub datatype: Cow<'a, str>,
    /// Shape.
    pub shape: Vec<usize>,
    /// Elements, flat (as logged: any JSON value).
    pub data: Cow<'a, RawValue>,
}

/// A served request as the streaming reader hands it over.
#[derive(Debug, Clone)]
pub struct PredictionRef<'a> {
    /// RFC 3339 time the response was sent.
    pub ts: Cow<'a, str>,
    /// Request id.
    pub id: Cow<'a, str>,
    /// Model name as served.
    pub model: Cow<'a, str>,
    /// Model version that answered.
    pub version: Cow<'a, str>,
    /// `primary`, `canary` or `shadow`.
    pub variant: Cow<'a, str>,
    /// `infer`, `invocations` or `shadow`.
    pub endpoint: Cow<'a, str>,
    /// HTTP status returned.
    pub status: u16,
    /// Latency in milliseconds.
    pub latency_ms: f64,
    /// Request tensors.
    pub inputs: Vec<TensorRef<'a>>,
    /// Response tensors.
    pub outputs: Vec<TensorRef<'a>>,
    /// The error message, when `status` is not 200.
    pub error: Option<Cow<'a, str>>,
}

/// A feedback outcome as the streaming reader hands it over.
#[derive(Debug, Clone)]
pub struct FeedbackRef<'a> {
    /// RFC 3339 time it was received.
    pub ts: Cow<'a, str>,
    /// The request id the outcome belongs to.
    pub id: Cow<'a, str>,
    /// Model name.
    pub model: Cow<'a, str>,
    /// The outcome, as raw JSON.
    pub outcome: Cow<'a, RawValue>,
}

/// One record of the log, borrowing from the line it was read from.
#[derive(Debug, Clone)]
pub enum RecordRef<'a> {
    /// A served request.
    Prediction(PredictionRef<'a>),
    /// A feedback outcome.
    Feedback(FeedbackRef<'a>),
}

/// What a streaming read went through.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ReadStats {
    /// Records handed to the callback.
    pub records: usize,
    /// Lines skipped: a torn tail after a crash, or a line that does not parse.
    pub skipped: usize,
}

/// Read every segment in `dir` in write order and hand each record to `f`, which returns
/// [`ControlFlow::Break`] to stop early. A missing directory reads as empty. Only one line is
/// in memory at a time.
pub fn for_each_record(
    dir: &Path,
    mut f: impl FnMut(RecordRef<'_>) -> ControlFlow<()>,
) -> std::io::Result<ReadStats> {
    let mut stats = ReadStats::default();
    let mut buf = Vec::with_capacity(64 * 1024);
    for (_, path) in segments(dir)? {
        let mut reader = BufReader::with_capacity(256 * 1024, File::open(&path)?);
        loop {
            buf.clear();
            if reader.read_until(b'\n', &mut buf)? == 0 {
                break;
            }
            // A line without its newline is a write cut short by a crash.
            if buf.last() != Some(&b'\n') {
                stats.skipped += 1;
                break;
            }
            match parse_line(&buf) {
                Some(record) => {
                    stats.records += 1;
                    if f(record).is_break() {
                        return Ok(stats);
                    }
                }
                None => stats.skipped += 1,
            }
        }
    }
    Ok(stats)
}

/// What [`read_dir`] found.
#[derive(Debug, Default)]
pub struct ReadOutcome {
    /// Records in write order.
    pub records: Vec<LogRecord>,
    /// Lines skipped: a torn tail after a crash, or a line that does not parse.
    pub skipped: usize,
}

/// Read every segment in `dir` into owned records. A missing directory reads as empty. This
/// holds the whole log: readers of large logs use [`for_each_record`].
pub fn read_dir(dir: &Path) -> std::io::Result<ReadOutcome> {
    let mut records = Vec::new();
    let mut unconvertible = 0;
    let stats = for_each_record(dir, |r| {
        match r.to_record() {
            Some(r) => records.push(r),
            None => unconvertible += 1,
        }
        ControlFlow::Continue(())
    })?;
    Ok(ReadOutcome {
        records,
        skipped: stats.skipped + unconvertible,
    })
}

impl RecordRef<'_> {
    /// The owned record (`None` only if a checked tensor fails to decode, which the checks rule
    /// out).
    pub fn to_record(&self) -> Option<LogRecord> {
        Some(match self {
            RecordRef::Prediction(p) => LogRecord::Prediction(PredictionRecord {
                ts: p.ts.to_string(),
                id: p.id.to_string(),
                model: p.model.to_string(),
                version: p.version.to_string(),
                variant: p.variant.to_string(),
                endpoint: p.endpoint.to_string(),
                status: p.status,
                latency_ms: p.latency_ms,
                inputs: owned_tensors(&p.inputs)?,
                outputs: owned_tensors(&p.outputs)?,
                error: p.error.as_ref().map(|e| e.to_string()),
            }),
            RecordRef::Feedback(f) => LogRecord::Feedback(FeedbackRecord {
                ts: f.ts.to_string(),
                id: f.id.to_string(),
                model: f.model.to_string(),
                outcome: serde_json::from_str(f.outcome.get()).ok()?,
            }),
        })
    }
}

fn owned_tensors(tensors: &[TensorRef<'_>]) -> Option<Vec<LoggedTensor>> {
    tensors
        .iter()
        .map(|t| {
            Some(LoggedTensor {
                name: t.name.to_string(),
                datatype: t.datatype.to_string(),
                shape: t.shape.clone(),
                data: serde_json::from_str(t.data.get()).ok()?,
            })
        })
        .collect()
}

/// One line (with its newline) as a record, or `None` when [`LogRecord`] does not parse it.
pub(crate) fn parse_line(line: &[u8]) -> Option<RecordRef<'_>> {
    if let Some(r) = fast(line) {
        return Some(r);
    }
    let record = serde_json::from_slice::<LogRecord>(line).ok()?;
    owned_ref(record)
}

/// A record the plain decoding read, as a [`RecordRef`] that owns its fields.
fn owned_ref(record: LogRecord) -> Option<RecordRef<'static>> {
    let raw = |v: &serde_json::Value| serde_json::value::to_raw_value(v).ok().map(Cow::Owned);
    let tensors = |ts: Vec<LoggedTensor>| -> Option<Vec<TensorRef<'static>>> {
        ts.into_iter()
            .map(|t| {
                Some(TensorRef {
                    data: raw(&t.data)?,
                    name: Cow::Owned(t.name),
                    datatype: Cow::Owned(t.datatype),
                    shape: t.shape,
                })
            })
            .collect()
    };
    Some(match record {
        LogRecord::Prediction(p) => RecordRef::Prediction(PredictionRef {
            ts: Cow::Owned(p.ts),
            id: Cow::Owned(p.id),
            model: Cow::Owned(p.model),
            version: Cow::Owned(p.version),
            variant: Cow::Owned(p.variant),
            endpoint: Cow::Owned(p.endpoint),
            status: p.status,
            latency_ms: p.latency_ms,
            inputs: tensors(p.inputs)?,
            outputs: tensors(p.outputs)?,
            error: p.error.map(Cow::Owned),
        }),
        LogRecord::Feedback(f) => RecordRef::Feedback(FeedbackRef {
            outcome: raw(&f.outcome)?,
            ts: Cow::Owned(f.ts),
            id: Cow::Owned(f.id),
            model: Cow::Owned(f.model),
        }),
    })
}

// ---- the fast path --------------------------------------------------------------------------

/// A string borrowed from the input when it has no escapes.
struct Str<'a>(Cow<'a, str>);

impl<'de> Deserialize<'de> for Str<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Str<'de>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a string")
            }
            fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Self::Value, E> {
                Ok(Str(Cow::Borrowed(v)))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
                Ok(Str(Cow::Owned(v.to_string())))
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<Self::Value, E> {
                Ok(Str(Cow::Owned(v)))
            }
        }
        d.deserialize_str(V)
    }
}

/// Any JSON value, checked as `serde_json::Value` would take it (numbers are parsed, so one
/// out of range fails) without building it. `level` is the nesting level a container here
/// would have in the line.
#[derive(Clone, Copy)]
struct AnyValue {
    level: usize,
}

impl<'de> DeserializeSeed<'de> for AnyValue {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for AnyValue {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_bool<E: de::Error>(self, _: bool) -> Result<(), E> {
        Ok(())
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<(), E> {
        Ok(())
    }
    fn visit_u64<E: de::Error>(self, _: u64) -> Result<(), E> {
        Ok(())
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<(), E> {
        Ok(())
    }
    fn visit_str<E: de::Error>(self, _: &str) -> Result<(), E> {
        Ok(())
    }
    fn visit_unit<E: de::Error>(self) -> Result<(), E> {
        Ok(())
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        if self.level > MAX_LEVEL {
            return Err(de::Error::custom("nested too deep for the fast path"));
        }
        let inner = AnyValue {
            level: self.level + 1,
        };
        while seq.next_element_seed(inner)?.is_some() {}
        Ok(())
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        if self.level > MAX_LEVEL {
            return Err(de::Error::custom("nested too deep for the fast path"));
        }
        let inner = AnyValue {
            level: self.level + 1,
        };
        while map.next_key::<IgnoredAny>()?.is_some() {
            map.next_value_seed(inner)?;
        }
        Ok(())
    }
}

/// Whether `raw` (at nesting level `level`) is a value [`AnyValue`] takes; most tensor data is
/// settled by [`surely_valid`] without parsing a number.
fn check_any(raw: &RawValue, level: usize) -> Option<()> {
    if surely_valid(raw.get(), level) {
        return Some(());
    }
    AnyValue { level }.deserialize(raw).ok()
}

/// Whether `raw`, valid JSON syntax (as every raw value is), surely passes [`AnyValue`]. Valid
/// JSON fails it in three ways only: a number out of f64's range (which needs an exponent or
/// more than 300 integer digits), a string escape serde_json refuses (a lone surrogate), and
/// nesting past [`MAX_LEVEL`]. A value with none of an exponent, a long digit run, a backslash
/// or deep nesting passes; anything else gets the full check.
fn surely_valid(raw: &str, level: usize) -> bool {
    // Numbers in arrays, the usual tensor data, in a loop the compiler vectorizes: no byte
    // that can start a string, an object, an exponent (or `true`/`false`), and no 128-byte
    // block of digits alone (a run of 301 digits covers one), and few enough `[` that nesting
    // cannot pass the limit.
    let mut opens = 0usize;
    let mut plain = true;
    for block in raw.as_bytes().chunks(128) {
        let mut special = false;
        let mut digits = true;
        for &b in block {
            special |= matches!(b, b'"' | b'{' | b'e' | b'E');
            digits &= b.is_ascii_digit();
            opens += usize::from(b == b'[');
        }
        if special || (digits && block.len() == 128) {
            plain = false;
            break;
        }
    }
    if plain && level.saturating_sub(1) + opens <= MAX_LEVEL {
        return true;
    }
    surely_valid_scan(raw, level)
}

/// [`surely_valid`], byte by byte through strings and nesting.
fn surely_valid_scan(raw: &str, level: usize) -> bool {
    let mut depth = level.saturating_sub(1);
    let mut in_string = false;
    let mut digits = 0usize;
    let mut prev = 0u8;
    for &b in raw.as_bytes() {
        if in_string {
            match b {
                b'"' => in_string = false,
                b'\\' => return false,
                _ => {}
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'[' | b'{' => {
                depth += 1;
                if depth > MAX_LEVEL {
                    return false;
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            b'e' | b'E' if prev.is_ascii_digit() || prev == b'.' => return false,
            _ => {}
        }
        if b.is_ascii_digit() {
            digits += 1;
            if digits > 300 {
                return false;
            }
        } else {
            digits = 0;
        }
        prev = b;
    }
    true
}

/// The fields of a line as raw JSON, each at most once; other fields are checked and dropped.
#[derive(Default)]
struct Fields<'a> {
    kind: Option<&'a RawValue>,
    ts: Option<&'a RawValue>,
    id: Option<&'a RawValue>,
    model: Option<&'a RawValue>,
    version: Option<&'a RawValue>,
    variant: Option<&'a RawValue>,
    endpoint: Option<&'a RawValue>,
    status: Option<&'a RawValue>,
    latency_ms: Option<&'a RawValue>,
    inputs: Option<&'a RawValue>,
    outputs: Option<&'a RawValue>,
    error: Option<&'a RawValue>,
    outcome: Option<&'a RawValue>,
}

impl<'de> Deserialize<'de> for Fields<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Fields<'de>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a prediction log record")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Fields<'de>, A::Error> {
                let mut out = Fields::default();
                while let Some(Str(key)) = map.next_key::<Str<'de>>()? {
                    let slot = match &*key {
                        "kind" => &mut out.kind,
                        "ts" => &mut out.ts,
                        "id" => &mut out.id,
                        "model" => &mut out.model,
                        "version" => &mut out.version,
                        "variant" => &mut out.variant,
                        "endpoint" => &mut out.endpoint,
                        "status" => &mut out.status,
                        "latency_ms" => &mut out.latency_ms,
                        "inputs" => &mut out.inputs,
                        "outputs" => &mut out.outputs,
                        "error" => &mut out.error,
                        "outcome" => &mut out.outcome,
                        _ => {
                            map.next_value_seed(AnyValue { level: 2 })?;
                            continue;
                        }
                    };
                    if slot.is_some() {
                        return Err(de::Error::custom("a field twice"));
                    }
                    *slot = Some(map.next_value::<&'de RawValue>()?);
                }
                Ok(out)
            }
        }
        d.deserialize_map(V)
    }
}

/// The tensors of a prediction, checked field by field as [`LoggedTensor`] would take them.
struct Tensors;

impl<'de> DeserializeSeed<'de> for Tensors {
    type Value = Vec<TensorRef<'de>>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for Tensors {
    type Value = Vec<TensorRef<'de>>;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a list of tensors")
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut out = Vec::new();
        while let Some(t) = seq.next_element_seed(Tensor)? {
            out.push(t);
        }
        Ok(out)
    }
}

/// One tensor object: level 3 in the line (line 1, list 2).
struct Tensor;

impl<'de> DeserializeSeed<'de> for Tensor {
    type Value = TensorRef<'de>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for Tensor {
    type Value = TensorRef<'de>;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a tensor object")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let (mut name, mut datatype, mut shape, mut data) = (None, None, None, None);
        let twice = || de::Error::custom("a field twice");
        while let Some(Str(key)) = map.next_key::<Str<'de>>()? {
            match &*key {
                "name" if name.is_none() => name = Some(map.next_value::<Str<'de>>()?.0),
                "datatype" if datatype.is_none() => {
                    datatype = Some(map.next_value::<Str<'de>>()?.0);
                }
                "shape" if shape.is_none() => shape = Some(map.next_value::<Vec<usize>>()?),
                "data" if data.is_none() => {
                    let raw = map.next_value::<&'de RawValue>()?;
                    check_any(raw, 4).ok_or_else(|| de::Error::custom("bad tensor data"))?;
                    data = Some(raw);
                }
                "name" | "datatype" | "shape" | "data" => return Err(twice()),
                _ => map.next_value_seed(AnyValue { level: 4 })?,
            }
        }
        let missing = |f: &'static str| de::Error::missing_field(f);
        Ok(TensorRef {
            name: name.ok_or_else(|| missing("name"))?,
            datatype: datatype.ok_or_else(|| missing("datatype"))?,
            shape: shape.ok_or_else(|| missing("shape"))?,
            data: Cow::Borrowed(data.ok_or_else(|| missing("data"))?),
        })
    }
}

fn str_of(raw: Option<&RawValue>) -> Option<Cow<'_, str>> {
    let raw = raw?;
    Str::deserialize(raw).ok().map(|s| s.0)
}

fn tensors_of(raw: Option<&RawValue>) -> Option<Vec<TensorRef<'_>>> {
    Tensors.deserialize(raw?).ok()
}

/// The strict decoding: `Some` only for a line [`LogRecord`] also parses, to the same values.
fn fast(line: &[u8]) -> Option<RecordRef<'_>> {
    let f: Fields<'_> = serde_json::from_slice(line).ok()?;
    let kind = str_of(f.kind)?;
    // Fields the record's kind does not have are ignored, once checked.
    let unused =
        |raws: &[Option<&RawValue>]| raws.iter().flatten().try_for_each(|raw| check_any(raw, 2));
    match &*kind {
        "prediction" => {
            unused(&[f.outcome])?;
            let error = match f.error {
                None => None,
                Some(raw) => Option::<Str<'_>>::deserialize(raw).ok()?.map(|s| s.0),
            };
            Some(RecordRef::Prediction(PredictionRef {
                ts: str_of(f.ts)?,
                id: str_of(f.id)?,
                model: str_of(f.model)?,
                version: str_of(f.version)?,
                variant: str_of(f.variant)?,
                endpoint: str_of(f.endpoint)?,
                status: u16::deserialize(f.status?).ok()?,
                latency_ms: f64::deserialize(f.latency_ms?).ok()?,
                inputs: tensors_of(f.inputs)?,
                outputs: tensors_of(f.outputs)?,
                error,
            }))
        }
        "feedback" => {
            unused(&[
                f.version,
                f.variant,
                f.endpoint,
                f.status,
                f.latency_ms,
                f.inputs,
                f.outputs,
                f.error,
            ])?;
            let outcome = f.outcome?;
            check_any(outcome, 2)?;
            Some(RecordRef::Feedback(FeedbackRef {
                ts: str_of(f.ts)?,
                id: str_of(f.id)?,
                model: str_of(f.model)?,
                outcome: Cow::Borrowed(outcome),
            }))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The fast path never takes a line the plain decoding refuses, and reads what it takes to
    /// the same record; `parse_line` gives the plain decoding's verdict on every line.
    fn same_verdict(line: &str) -> bool {
        let line = format!("{line}\n");
        let plain = serde_json::from_slice::<LogRecord>(line.as_bytes()).ok();
        if let Some(r) = fast(line.as_bytes()) {
            assert_eq!(r.to_record(), plain, "fast path took {line}");
        }
        let read = parse_line(line.as_bytes()).and_then(|r| r.to_record());
        assert_eq!(read, plain, "{line}");
        plain.is_some()
    }

    fn nested(depth: usize) -> String {
        format!("{}1{}", "[".repeat(depth), "]".repeat(depth))
    }

    #[test]
    fn reads_exactly_what_the_plain_decoding_reads() {
        let p = r#""ts":"2026-01-01T00:00:00Z","id":"r1","model":"m","version":"1","variant":"primary","endpoint":"infer","status":200,"latency_ms":1.5"#;
        let x = r#"{"name":"x","datatype":"FP32","shape":[1,2],"data":[0.4000000059604645,2]}"#;
        let f = r#""ts":"2026-01-01T00:00:00Z","id":"r1","model":"m""#;
        let accepted = [
            format!(r#"{{"kind":"prediction",{p},"inputs":[{x}],"outputs":[]}}"#),
            format!(r#"{{{p},"inputs":[{x}],"outputs":[{x}],"kind":"prediction"}}"#),
            format!(r#"{{"kind":"prediction",{p},"inputs":[],"outputs":[],"error":null}}"#),
            format!(r#"{{"kind":"prediction",{p},"inputs":[],"outputs":[],"error":"bad"}}"#),
            format!(
                r#"{{"kind":"prediction",{p},"inputs":[],"outputs":[],"outcome":[1,{{"a":2}}]}}"#
            ),
            format!(r#"{{"kind":"predic\u0074ion",{p},"inputs":[],"outputs":[],"x":1,"x":2}}"#),
            format!(r#"  {{ "kind" : "prediction" , {p} , "inputs" : [ ] , "outputs" : [ ] }}  "#),
            format!(
                r#"{{"kind":"prediction",{p},"inputs":[{{"name":"x","datatype":"BYTES","shape":[1],"data":["a",null,true,{{"b":[]}}],"extra":{{}}}}],"outputs":[]}}"#
            ),
            format!(
                r#"{{"kind":"prediction",{p},"inputs":[{{"name":"x","datatype":"FP32","shape":[1,1],"data":{}}}],"outputs":[]}}"#,
                nested(90)
            ),
            format!(r#"{{"kind":"feedback",{f},"outcome":1}}"#),
            format!(r#"{{"kind":"feedback",{f},"outcome":null}}"#),
            format!(r#"{{"kind":"feedback",{f},"outcome":{{"converted":true,"revenue":9.5}}}}"#),
            format!(r#"{{"kind":"feedback",{f},"outcome":1,"inputs":"not tensors","status":"x"}}"#),
            r#"{"kind":"feedback","ts":"t","id":"a\"b\\c\u00e9","model":"m","outcome":1}"#
                .to_string(),
            // Forms only the plain decoding takes: a record as an array, a tensor as an array,
            // an unused known field twice, a nesting deeper than the fast path's limit.
            r#"["feedback","t","i","m",1]"#.to_string(),
            format!(
                r#"{{"kind":"prediction",{p},"inputs":[["x","FP32",[1],[1.5]]],"outputs":[]}}"#
            ),
            format!(r#"{{"kind":"feedback",{f},"outcome":1,"status":1,"status":2}}"#),
            format!(r#"{{"kind":"feedback",{f},"outcome":{}}}"#, nested(110)),
            format!(
                r#"{{"kind":"prediction",{p},"inputs":[{{"name":"x","datatype":"FP32","shape":[1],"data":{}}}],"outputs":[]}}"#,
                nested(120)
            ),
        ];
        for line in &accepted {
            assert!(same_verdict(line), "should parse: {line}");
        }
        let refused = [
            String::new(),
            "null".to_string(),
            "{}".to_string(),
            "{\"kind\":\"prediction\"".to_string(),
            format!(r#"{{"kind":"other",{f},"outcome":1}}"#),
            format!(r#"{{"kind":{{"feedback":null}},{f},"outcome":1}}"#),
            format!(r#"{{"kind":0,{f},"outcome":1}}"#),
            format!(r#"{{"kind":"feedback","kind":"feedback",{f},"outcome":1}}"#),
            format!(r#"{{"kind":"feedback",{f}}}"#),
            format!(r#"{{"kind":"feedback",{f},"outcome":1,"id":"again"}}"#),
            format!(r#"{{"kind":"feedback",{f},"outcome":1e999}}"#),
            format!(r#"{{"kind":"feedback",{f},"outcome":1,"junk":[1e999]}}"#),
            format!(r#"{{"kind":"feedback",{f},"outcome":1,"latency_ms":-1e400}}"#),
            format!(r#"{{"kind":"feedback",{f},"outcome":1}} x"#),
            format!(r#"{{"kind":"feedback",{f},"outcome":{}}}"#, nested(127)),
            format!(r#"{{"kind":"prediction",{p},"inputs":[],"outputs":[],"error":5}}"#),
            format!(r#"{{"kind":"prediction",{p},"inputs":[]}}"#),
            format!(r#"{{"kind":"prediction",{p},"inputs":{{}},"outputs":[]}}"#),
            format!(r#"{{"kind":"prediction",{p},"inputs":[{{"name":"x","datatype":"FP32","shape":[1.0],"data":[1]}}],"outputs":[]}}"#),
            format!(r#"{{"kind":"prediction",{p},"inputs":[{{"name":"x","datatype":"FP32","shape":[-1],"data":[1]}}],"outputs":[]}}"#),
            format!(r#"{{"kind":"prediction",{p},"inputs":[{{"name":"x","datatype":"FP32","shape":[1]}}],"outputs":[]}}"#),
            format!(r#"{{"kind":"prediction",{p},"inputs":[{{"name":"x","name":"y","datatype":"FP32","shape":[1],"data":[1]}}],"outputs":[]}}"#),
            format!(r#"{{"kind":"prediction",{p},"inputs":[{{"name":"x","datatype":"FP32","shape":[1],"data":[1e999]}}],"outputs":[]}}"#),
            format!(r#"{{"kind":"prediction",{p},"inputs":[{{"name":"x","datatype":"FP32","shape":[1],"data":[1],"more":1e999}}],"outputs":[]}}"#),
            format!(r#"{{"kind":"prediction",{p},"inputs":[{{"name":"x","datatype":"FP32","shape":[1],"data":{}}}],"outputs":[]}}"#, nested(125)),
            format!(r#"{{"kind":"prediction",{p},"inputs":[["x","FP32",[1],[1.5],"extra"]],"outputs":[]}}"#),
            r#"{"kind":"prediction","ts":"t","id":"r","model":"m","version":"1","variant":"primary","endpoint":"infer","status":200.0,"latency_ms":1,"inputs":[],"outputs":[]}"#.to_string(),
            r#"{"kind":"prediction","ts":"t","id":"r","model":"m","version":"1","variant":"primary","endpoint":"infer","status":70000,"latency_ms":1,"inputs":[],"outputs":[]}"#.to_string(),
            r#"{"kind":"prediction","ts":"t","id":"r","model":"m","version":"1","variant":"primary","endpoint":"infer","status":200,"latency_ms":null,"inputs":[],"outputs":[]}"#.to_string(),
        ];
        for line in &refused {
            assert!(!same_verdict(line), "should not parse: {line}");
        }
        // Invalid UTF-8 and a lone surrogate.
        let bad = format!("{{\"kind\":\"feedback\",{f},\"outcome\":\"\u{FFFD}\"}}\n")
            .replace('\u{FFFD}', "\u{1}")
            .into_bytes();
        assert!(parse_line(&bad).is_none());
        let mut bytes = format!("{{\"kind\":\"feedback\",{f},\"outcome\":\"x\"}}\n").into_bytes();
        let at = bytes.iter().rposition(|&b| b == b'x').unwrap();
        bytes[at] = 0xff;
        assert_eq!(
            parse_line(&bytes).is_some(),
            serde_json::from_slice::<LogRecord>(&bytes).is_ok()
        );
        same_verdict(r#"{"kind":"feedback","ts":"t","id":"\ud800","model":"m","outcome":1}"#);
    }

    #[test]
    fn the_quick_check_passes_only_what_the_full_check_passes() {
        let long = format!("[{}]", "9".repeat(301));
        let cases = [
            ("[0.4000000059604645,-2,3.5]", true),
            ("[[1,2],[true,false,null]]", true),
            (r#"["a[b]{c}",{"k":[1]}]"#, true),
            ("[1e3]", false),
            ("[1.5E-3]", false),
            ("[1e999]", false),
            (r#"["\ud800"]"#, false),
            (r#"["a\"b"]"#, false),
            (long.as_str(), false),
        ];
        for (raw, quick) in cases {
            let raw = RawValue::from_string(raw.to_string()).unwrap();
            assert_eq!(surely_valid(raw.get(), 4), quick, "{raw}");
            assert_eq!(surely_valid_scan(raw.get(), 4), quick, "{raw}");
            if quick {
                assert!(AnyValue { level: 4 }.deserialize(&*raw).is_ok(), "{raw}");
            }
        }
        assert!(
            AnyValue { level: 4 }
                .deserialize(&*RawValue::from_string("[1e999]".into()).unwrap())
                .is_err()
        );
        // Nesting: the same limit as the full check.
        for depth in [96, 97, 98] {
            for raw in [nested(depth), format!("[{},[1]]", nested(depth - 1))] {
                let raw = RawValue::from_string(raw).unwrap();
                assert_eq!(
                    surely_valid(raw.get(), 4),
                    AnyValue { level: 4 }.deserialize(&*raw).is_ok(),
                    "{depth}"
                );
            }
        }
        // A run of 300 digits is fine, long or short lines alike.
        let ok = format!("[{}, 1.5, {}]", "9".repeat(300), "1.25,".repeat(100) + "2");
        assert!(surely_valid(&ok, 4));
        assert!(
            AnyValue { level: 4 }
                .deserialize(&*RawValue::from_string(ok).unwrap())
                .is_ok()
        );
    }

    #[test]
    fn the_fast_path_borrows_from_the_line() {
        let line = b"{\"kind\":\"feedback\",\"ts\":\"t\",\"id\":\"r1\",\"model\":\"m\",\"outcome\":{\"a\":1}}\n";
        let Some(RecordRef::Feedback(f)) = fast(line) else {
            panic!("a feedback record");
        };
        assert!(matches!(f.id, Cow::Borrowed("r1")));
        assert!(matches!(f.outcome, Cow::Borrowed(_)));
        assert_eq!(f.outcome.get(), "{\"a\":1}");
    }
}
