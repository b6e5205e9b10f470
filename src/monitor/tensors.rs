//! The numbers of served tensors, column by column: what `monitor::served::select` keeps of
//! each successful request when a table is wanted, and the checks `served_table` makes on them.
//!
//! Requests are grouped by *layout* — their input and output tensors' names, per-row widths and
//! ranks — and each layout holds one `Vec<f64>` per column (an input `x` of shape `[n, k]` is
//! `k` columns, an output `y` of shape `[n]` one), appended to as the log is read; a request
//! costs its numbers plus one 16-byte `Entry`. Names, shapes and datatypes are kept once per
//! layout, never per request. FP32 and FP16 values are narrowed on the way in, exactly as the
//! table reader of the log always has (the shortest decimal the 32-bit float round-trips to).
//!
//! A request whose tensors do not add up (values that are not numbers, a count that does not
//! match its rows) is recorded as a problem with its message and contributes no rows; nothing
//! fails while reading, so the errors come out in the same order as before, when a table is
//! built: the first request (in write order) of the table whose layout differs from the
//! table's first request's, or that has a problem, names the error. A table is one *part* of
//! the store — the whole of it for `mlo monitor drift`, one time window for `mlo monitor perf`
//! — given to each request as it is pushed; for each part the store keeps the id and version
//! of its first request and of its first request of another layout, which is all the messages
//! need, so no other request's id is kept.

use std::collections::BTreeMap;
use std::fmt::{self, Write as _};

use serde::de::{self, DeserializeSeed, Deserializer, SeqAccess, Visitor};

use crate::serve::predlog::{PredictionRef, TensorRef};

/// One tensor's place in a layout: name, per-row width, rank.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Slot {
    pub(crate) name: String,
    pub(crate) width: usize,
    pub(crate) rank: usize,
}

impl Slot {
    fn of(t: &TensorRef<'_>) -> Slot {
        Slot {
            name: t.name.to_string(),
            width: t
                .shape
                .iter()
                .skip(1)
                .fold(1usize, |a, &b| a.saturating_mul(b)),
            rank: t.shape.len(),
        }
    }

    fn matches(&self, t: &TensorRef<'_>) -> bool {
        self.name == t.name
            && self.rank == t.shape.len()
            && self.width
                == t.shape
                    .iter()
                    .skip(1)
                    .fold(1usize, |a, &b| a.saturating_mul(b))
    }

    /// Column names: `x_0` … for rank 2 and up, `x` alone otherwise.
    pub(crate) fn columns(&self, prefix: &str) -> Vec<String> {
        if self.rank <= 1 {
            vec![format!("{prefix}{}", self.name)]
        } else {
            (0..self.width)
                .map(|j| format!("{prefix}{}_{j}", self.name))
                .collect()
        }
    }

    /// Columns this tensor spans (its width: 1 for ranks 0 and 1).
    fn span(&self) -> usize {
        if self.rank <= 1 { 1 } else { self.width }
    }

    /// `x[4], label` for messages.
    pub(crate) fn describe(slots: &[Slot]) -> String {
        slots
            .iter()
            .map(|s| {
                if s.rank <= 1 {
                    s.name.clone()
                } else {
                    format!("{}[{}]", s.name, s.width)
                }
            })
            .collect::<Vec<_>>()
            .join(", ")
    }
}

fn rows_of(t: &TensorRef<'_>) -> usize {
    t.shape.first().copied().unwrap_or(1)
}

fn is_integer(datatype: &str) -> bool {
    datatype.starts_with("INT") || datatype.starts_with("UINT") || datatype == "BOOL"
}

/// Input and output slots, and the columns of every request with them.
#[derive(Debug, Clone)]
struct Layout {
    inputs: Vec<Slot>,
    outputs: Vec<Slot>,
    /// Rows so far (a layout may have no columns at all).
    rows: u64,
    columns: Vec<Vec<f64>>,
}

impl Layout {
    fn is(&self, p: &PredictionRef<'_>) -> bool {
        self.inputs.len() == p.inputs.len()
            && self.outputs.len() == p.outputs.len()
            && self.inputs.iter().zip(&p.inputs).all(|(s, t)| s.matches(t))
            && self
                .outputs
                .iter()
                .zip(&p.outputs)
                .all(|(s, t)| s.matches(t))
    }
}

/// One successful request: its layout, which of its tensors have integer datatypes (an index
/// into the store's patterns), and where its rows are in the layout's columns.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Entry {
    layout: u32,
    integer: u32,
    rows: u32,
    start: u32,
}

/// A request a message may name: its entry, layout, id and version.
#[derive(Debug, Clone)]
struct Mark {
    entry: u32,
    layout: u32,
    who: Who,
}

/// The marks of one part of the store: its first request, and its first request of another
/// layout.
#[derive(Debug, Clone)]
struct Part {
    first: Mark,
    other: Option<Mark>,
}

/// A request named in an error: id and version.
#[derive(Debug, Clone)]
pub(crate) struct Who {
    pub(crate) id: String,
    pub(crate) version: String,
}

/// Why the requests of a table cannot make one.
#[derive(Debug)]
pub(crate) enum Flaw {
    /// `other` has a different layout from `first`, the first request of the table.
    Layouts {
        first: Who,
        first_slots: (Vec<Slot>, Vec<Slot>),
        other: Who,
        other_slots: (Vec<Slot>, Vec<Slot>),
    },
    /// A request whose tensors do not add up (the message names it).
    Problem(String),
}

/// The tensors of the successful requests a selection kept, column by column.
#[derive(Debug, Clone, Default)]
pub struct TensorStore {
    layouts: Vec<Layout>,
    /// Per distinct pattern: whether each tensor (inputs, then outputs) has an integer type.
    patterns: Vec<Vec<bool>>,
    entries: Vec<Entry>,
    /// `(entry, part, message)`, in entry order.
    problems: Vec<(u32, i64, String)>,
    parts: BTreeMap<i64, Part>,
    scratch: Vec<f64>,
    text: String,
}

impl TensorStore {
    /// Successful requests held (with or without a problem).
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether no successful request is held.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Add a successful request answered by `version`, to the table `part` (0 when there is
    /// only one). Fails only when one layout would pass 2^32 rows or the store 2^32 requests.
    pub fn push(&mut self, p: &PredictionRef<'_>, version: &str, part: i64) -> Result<(), String> {
        let index = u32::try_from(self.entries.len())
            .map_err(|_| "more than 4,294,967,295 successful requests selected".to_string())?;
        let layout = match self.entries.last() {
            Some(e) if self.layouts[e.layout as usize].is(p) => e.layout as usize,
            _ => match self.layouts.iter().position(|l| l.is(p)) {
                Some(i) => i,
                None => {
                    let inputs: Vec<Slot> = p.inputs.iter().map(Slot::of).collect();
                    let outputs: Vec<Slot> = p.outputs.iter().map(Slot::of).collect();
                    let width: usize = inputs.iter().chain(&outputs).map(Slot::span).sum();
                    self.layouts.push(Layout {
                        inputs,
                        outputs,
                        rows: 0,
                        columns: vec![Vec::new(); width],
                    });
                    self.layouts.len() - 1
                }
            },
        };
        let pattern = p
            .inputs
            .iter()
            .chain(&p.outputs)
            .map(|t| is_integer(&t.datatype));
        let integer = match self
            .patterns
            .iter()
            .position(|q| q.iter().copied().eq(pattern.clone()))
        {
            Some(i) => i,
            None => {
                self.patterns.push(pattern.collect());
                self.patterns.len() - 1
            }
        };
        let mark = || Mark {
            entry: index,
            layout: layout as u32,
            who: Who {
                id: p.id.to_string(),
                version: version.to_string(),
            },
        };
        match self.parts.get_mut(&part) {
            None => {
                self.parts.insert(
                    part,
                    Part {
                        first: mark(),
                        other: None,
                    },
                );
            }
            Some(m) => {
                if m.other.is_none() && m.first.layout as usize != layout {
                    m.other = Some(mark());
                }
            }
        }
        let mut entry = Entry {
            layout: layout as u32,
            integer: integer as u32,
            rows: 0,
            start: 0,
        };
        match self.decode(p, layout) {
            Err(problem) => self.problems.push((index, part, problem)),
            Ok(n) => {
                let l = &mut self.layouts[layout];
                let too_many = || {
                    format!(
                        "more than 4,294,967,295 rows with the inputs of request `{}`",
                        p.id
                    )
                };
                entry.rows = u32::try_from(n).map_err(|_| too_many())?;
                entry.start = u32::try_from(l.rows).map_err(|_| too_many())?;
                if l.rows + n as u64 > u64::from(u32::MAX) {
                    return Err(too_many());
                }
                l.rows += n as u64;
                // Row-major tensors into columns: element (r, j) of a tensor is row r of its
                // j-th column.
                let mut col = 0;
                let mut at = 0;
                for slot in l.inputs.iter().chain(&l.outputs) {
                    let cols = slot.span();
                    let data = &self.scratch[at..at + n * cols];
                    for j in 0..cols {
                        l.columns[col + j].extend((0..n).map(|r| data[r * cols + j]));
                    }
                    col += cols;
                    at += n * cols;
                }
            }
        }
        self.entries.push(entry);
        Ok(())
    }

    /// Decode `p`'s tensors into the scratch buffer; the number of rows, or the problem.
    fn decode(&mut self, p: &PredictionRef<'_>, layout: usize) -> Result<usize, String> {
        let n = p.inputs.first().map(rows_of).unwrap_or(1);
        self.scratch.clear();
        let slots = self.layouts[layout]
            .inputs
            .iter()
            .chain(&self.layouts[layout].outputs);
        for (t, slot) in p.inputs.iter().chain(&p.outputs).zip(slots) {
            let before = self.scratch.len();
            let narrow = matches!(&*t.datatype, "FP32" | "FP16");
            let seed = Numbers {
                out: &mut self.scratch,
                narrow,
                text: &mut self.text,
            };
            if seed.deserialize(&*t.data).is_err() {
                return Err(format!(
                    "request `{}`: tensor `{}` holds values that are not numbers",
                    p.id, t.name
                ));
            }
            let count = self.scratch.len() - before;
            if rows_of(t) != n || count != n.saturating_mul(slot.width) {
                return Err(format!(
                    "request `{}`: tensor `{}` has shape {:?} and {count} values, which does not match {n} rows",
                    p.id, t.name, t.shape
                ));
            }
        }
        Ok(n)
    }

    /// The first entry of `part`: its layout's input and output slots and one integer flag per
    /// column. `None` when the part has no entry.
    pub(crate) fn head(&self, part: i64) -> Option<(&[Slot], &[Slot], Vec<bool>)> {
        let first = &self.entries[self.parts.get(&part)?.first.entry as usize];
        let l = &self.layouts[first.layout as usize];
        let pattern = &self.patterns[first.integer as usize];
        let integer = l
            .inputs
            .iter()
            .chain(&l.outputs)
            .zip(pattern)
            .flat_map(|(s, &i)| std::iter::repeat_n(i, s.span()))
            .collect();
        Some((&l.inputs, &l.outputs, integer))
    }

    fn slots(&self, layout: u32) -> (Vec<Slot>, Vec<Slot>) {
        let l = &self.layouts[layout as usize];
        (l.inputs.clone(), l.outputs.clone())
    }

    /// The first flaw of `part`'s table, in write order: the part's first request of another
    /// layout, or its first request with a problem, whichever comes first (the same request
    /// can be both: its layout is checked first).
    pub(crate) fn flaw(&self, part: i64) -> Option<Flaw> {
        let marks = self.parts.get(&part)?;
        let problem = self.problems.iter().find(|(_, p, _)| *p == part);
        match (&marks.other, problem) {
            (Some(m), p) if p.is_none_or(|(e, _, _)| m.entry <= *e) => Some(Flaw::Layouts {
                first: marks.first.who.clone(),
                first_slots: self.slots(marks.first.layout),
                other: m.who.clone(),
                other_slots: self.slots(m.layout),
            }),
            (_, Some((_, _, message))) => Some(Flaw::Problem(message.clone())),
            (_, None) => None,
        }
    }

    /// Rows of `entries` (every entry when `None`).
    pub(crate) fn rows(&self, entries: Option<&[u32]>) -> usize {
        match entries {
            None => self.layouts.iter().map(|l| l.rows as usize).sum(),
            Some(list) => list
                .iter()
                .map(|&e| self.entries[e as usize].rows as usize)
                .sum(),
        }
    }

    /// Every column of the first entry's layout, moved out (after [`TensorStore::flaw`] found
    /// nothing in a store of one part, that layout holds every row).
    pub(crate) fn into_columns(mut self) -> Vec<Vec<f64>> {
        match self.entries.first() {
            Some(e) => std::mem::take(&mut self.layouts[e.layout as usize].columns),
            None => Vec::new(),
        }
    }

    /// The columns of `entries` (ascending, one part, after [`TensorStore::flaw`] found nothing
    /// in it), copied.
    pub(crate) fn gather(&self, entries: &[u32]) -> Vec<Vec<f64>> {
        let Some(&first) = entries.first() else {
            return Vec::new();
        };
        let l = &self.layouts[self.entries[first as usize].layout as usize];
        let total = self.rows(Some(entries));
        l.columns
            .iter()
            .map(|c| {
                let mut out = Vec::with_capacity(total);
                for &e in entries {
                    let e = self.entries[e as usize];
                    let start = e.start as usize;
                    out.extend_from_slice(&c[start..start + e.rows as usize]);
                }
                out
            })
            .collect()
    }
}

/// A tensor's elements, flattened, into `out`: numbers, booleans as 0/1, null as NaN; a
/// string or object anywhere fails. FP32/FP16 values are logged widened to f64 (`0.4` becomes
/// `0.4000000059604645`) and are read back as the shortest decimal the 32-bit float
/// round-trips to — the number the client sent — so they compare exactly with the same numbers
/// in a CSV.
struct Numbers<'s> {
    out: &'s mut Vec<f64>,
    narrow: bool,
    text: &'s mut String,
}

impl Numbers<'_> {
    fn number(self, x: f64) {
        let x = if self.narrow && x.is_finite() {
            self.text.clear();
            let _ = write!(self.text, "{}", x as f32);
            self.text.parse().unwrap_or(x)
        } else {
            x
        };
        self.out.push(x);
    }
}

impl<'de> DeserializeSeed<'de> for Numbers<'_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Numbers<'_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("numbers")
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<(), E> {
        self.number(v as f64);
        Ok(())
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<(), E> {
        self.number(v as f64);
        Ok(())
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<(), E> {
        self.number(v);
        Ok(())
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<(), E> {
        self.out.push(f64::from(u8::from(v)));
        Ok(())
    }
    fn visit_unit<E: de::Error>(self) -> Result<(), E> {
        self.out.push(f64::NAN);
        Ok(())
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let Numbers { out, narrow, text } = self;
        while seq
            .next_element_seed(Numbers {
                out: &mut *out,
                narrow,
                text: &mut *text,
            })?
            .is_some()
        {}
        Ok(())
    }
}

/// The numbers of raw tensor data, or `None` when it holds something else (tests).
#[cfg(test)]
fn numbers(raw: &serde_json::value::RawValue, narrow: bool) -> Option<Vec<f64>> {
    let mut out = Vec::new();
    let mut text = String::new();
    Numbers {
        out: &mut out,
        narrow,
        text: &mut text,
    }
    .deserialize(raw)
    .ok()?;
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::serve::predlog::{RecordRef, for_each_record};
    use serde_json::value::RawValue;

    fn raw(s: &str) -> Box<RawValue> {
        RawValue::from_string(s.to_string()).unwrap()
    }

    #[test]
    fn numbers_flatten_and_narrow_fp32_to_what_the_client_sent() {
        let got = numbers(&raw("[[0.4000000059604645, 1], [true, null]]"), true).unwrap();
        assert_eq!(got[0], 0.4);
        assert_eq!(got[1], 1.0);
        assert_eq!(got[2], 1.0);
        assert!(got[3].is_nan());
        // FP64 stays as logged.
        assert_eq!(
            numbers(&raw("[0.4000000059604645]"), false).unwrap(),
            [0.4000000059604645]
        );
        // Integers past 2^53 keep f64's rounding, as serde_json's `as_f64` does.
        assert_eq!(
            numbers(&raw("[9007199254740993, -3]"), false).unwrap(),
            [9007199254740992.0, -3.0]
        );
        assert!(numbers(&raw("[1, \"a\"]"), false).is_none());
        assert!(numbers(&raw("[{\"a\": 1}]"), false).is_none());
        assert!(numbers(&raw("\"a\""), false).is_none());
    }

    /// A store of the prediction lines, each in the part its id's first letter says (`a`: 0).
    fn store_of(lines: &[&str]) -> TensorStore {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("seg-00000001.jsonl"),
            lines.iter().map(|l| format!("{l}\n")).collect::<String>(),
        )
        .unwrap();
        let mut store = TensorStore::default();
        for_each_record(dir.path(), |r| {
            if let RecordRef::Prediction(p) = r {
                let part = i64::from(p.id.as_bytes()[0] - b'a');
                store.push(&p, &p.version, part).unwrap();
            }
            std::ops::ControlFlow::Continue(())
        })
        .unwrap();
        store
    }

    fn line(id: &str, inputs: &str) -> String {
        format!(
            r#"{{"kind":"prediction","ts":"t","id":"{id}","model":"m","version":"1","variant":"primary","endpoint":"infer","status":200,"latency_ms":1,"inputs":[{inputs}],"outputs":[{{"name":"y","datatype":"INT64","shape":[2],"data":[1,2]}}]}}"#
        )
    }

    fn four(id: &str) -> String {
        line(
            id,
            r#"{"name":"x","datatype":"FP32","shape":[2,2],"data":[1,2,3,4]}"#,
        )
    }

    fn two(id: &str) -> String {
        line(
            id,
            r#"{"name":"z","datatype":"FP32","shape":[2],"data":[1,2]}"#,
        )
    }

    #[test]
    fn columns_come_out_row_by_row_and_flaws_in_write_order() {
        let a = four("a1");
        let b = line(
            "a2",
            r#"{"name":"x","datatype":"FP32","shape":[2,2],"data":[[5,6],[7,8]]}"#,
        );
        let store = store_of(&[&a, &b]);
        assert!(store.flaw(0).is_none());
        let (inputs, outputs, integer) = store.head(0).unwrap();
        assert_eq!(Slot::describe(inputs), "x[2]");
        assert_eq!(Slot::describe(outputs), "y");
        assert_eq!(integer, [false, false, true]);
        assert_eq!(store.rows(None), 4);
        assert_eq!(
            store.gather(&[1]),
            [vec![5.0, 7.0], vec![6.0, 8.0], vec![1.0, 2.0]]
        );
        assert_eq!(
            store.into_columns(),
            [
                vec![1.0, 3.0, 5.0, 7.0],
                vec![2.0, 4.0, 6.0, 8.0],
                vec![1.0, 2.0, 1.0, 2.0]
            ]
        );

        // A request with the wrong count, then one of another layout: the count is first.
        let bad = line(
            "abad",
            r#"{"name":"x","datatype":"FP32","shape":[2,2],"data":[1,2,3]}"#,
        );
        let store = store_of(&[&a, &bad, &two("a3")]);
        match store.flaw(0) {
            Some(Flaw::Problem(m)) => assert_eq!(
                m,
                "request `abad`: tensor `x` has shape [2, 2] and 3 values, which does not match 2 rows"
            ),
            f => panic!("{f:?}"),
        }
        let store = store_of(&[&a, &two("a3"), &bad]);
        match store.flaw(0) {
            Some(Flaw::Layouts { first, other, .. }) => {
                assert_eq!((first.id.as_str(), other.id.as_str()), ("a1", "a3"));
            }
            f => panic!("{f:?}"),
        }
        // Parts are tables of their own: part 1 starts with another layout.
        let store = store_of(&[&a, &two("b1"), &four("b2"), &four("a2")]);
        assert!(store.flaw(0).is_none());
        match store.flaw(1) {
            Some(Flaw::Layouts { first, other, .. }) => {
                assert_eq!((first.id.as_str(), other.id.as_str()), ("b1", "b2"));
            }
            f => panic!("{f:?}"),
        }
        assert!(store.flaw(2).is_none() && store.head(2).is_none());
        let strings = line(
            "s",
            r#"{"name":"x","datatype":"BYTES","shape":[2,2],"data":["a","b","c","d"]}"#,
        );
        match store_of(&[&strings]).flaw(18) {
            Some(Flaw::Problem(m)) => {
                assert_eq!(
                    m,
                    "request `s`: tensor `x` holds values that are not numbers"
                );
            }
            f => panic!("{f:?}"),
        }
    }
}
