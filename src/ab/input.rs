//! Reading an experiment table in one streaming pass into per-variant sufficient statistics:
//! for each value column (metrics and covariates) the count, sum and sum of squares, the cross
//! products CUPED needs, whether every value is 0/1 (to infer binary metrics), and — only for
//! columns that need a rank test — the raw values.
//!
//! CSV is read with the csv crate's `ByteRecord` into one reused buffer, with no allocation
//! per row; a cell `0` or `1` skips float parsing. JSON Lines are parsed line by line with
//! serde_json; Parquet is read row by row through `table::parquet` (the parquet crate's record
//! API, shared with `mlo monitor`; Snappy-compressed and uncompressed files are supported). A
//! value is a number, `true`/`false`, or a string holding a number; anything else (an empty
//! cell, `NA`, null, NaN, infinity) is an error naming the file, line or row, and column.
//! Variants are kept in order of first appearance; the caller sorts them.

use std::fs::File;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};

use clap::ValueEnum;
use serde::Serialize;

use super::AbError;
use crate::table::parquet::{ParquetError, ParquetFile};

/// The format of an input table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum InputFormat {
    /// Comma-separated values with a header row.
    Csv,
    /// One JSON object per line.
    Jsonl,
    /// Apache Parquet.
    Parquet,
}

impl InputFormat {
    /// The format from a file's extension (`.csv`, `.jsonl`/`.ndjson`, `.parquet`/`.pq`).
    pub fn from_path(path: &Path) -> Result<Self, AbError> {
        let ext = path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase);
        match ext.as_deref() {
            Some("csv") => Ok(InputFormat::Csv),
            Some("jsonl" | "ndjson") => Ok(InputFormat::Jsonl),
            Some("parquet" | "pq") => Ok(InputFormat::Parquet),
            _ => Err(AbError::UnknownFormat {
                path: path.to_path_buf(),
            }),
        }
    }
}

/// What to read: the variant column and the value columns, and which pairs to cross.
#[derive(Debug, Clone)]
pub struct TableSpec {
    /// The column naming each unit's arm.
    pub variant_column: String,
    /// Metric and covariate columns, each once.
    pub value_columns: Vec<String>,
    /// For each value column, whether to keep its raw values (Mann–Whitney).
    pub keep_raw: Vec<bool>,
    /// Pairs `(metric, covariate)` of value-column indices whose Σ x·y CUPED needs.
    pub cross_pairs: Vec<(usize, usize)>,
}

/// Sums of one value column in one variant.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct ColumnSums {
    /// Σ x.
    pub sum: f64,
    /// Σ x².
    pub sum_squares: f64,
}

/// Everything accumulated for one variant.
#[derive(Debug, Clone, PartialEq)]
pub struct VariantData {
    /// The variant's name as it appears in the table.
    pub name: String,
    /// Units (rows).
    pub n: u64,
    /// One entry per value column.
    pub columns: Vec<ColumnSums>,
    /// Σ metric·covariate, one per cross pair.
    pub cross: Vec<f64>,
    /// Raw values per value column, for columns with `keep_raw`.
    pub raw: Vec<Vec<f64>>,
}

/// The result of one pass over a table.
#[derive(Debug, Clone, PartialEq)]
pub struct Scan {
    /// Data rows read.
    pub rows: u64,
    /// Variants in order of first appearance.
    pub variants: Vec<VariantData>,
    /// For each value column: every value is 0 or 1.
    pub all_binary: Vec<bool>,
}

/// Accumulates rows; variants are found by a linear scan (experiments have a handful of arms,
/// and comparing a few short byte strings beats hashing them).
struct Accumulator<'a> {
    spec: &'a TableSpec,
    keys: Vec<Vec<u8>>,
    variants: Vec<VariantData>,
    all_binary: Vec<bool>,
    rows: u64,
}

impl<'a> Accumulator<'a> {
    fn new(spec: &'a TableSpec) -> Self {
        Accumulator {
            spec,
            keys: Vec::new(),
            variants: Vec::new(),
            all_binary: vec![true; spec.value_columns.len()],
            rows: 0,
        }
    }

    fn push(&mut self, variant: &[u8], values: &[f64]) {
        self.rows += 1;
        let idx = match self.keys.iter().position(|k| k.as_slice() == variant) {
            Some(i) => i,
            None => {
                self.keys.push(variant.to_vec());
                let k = self.spec.value_columns.len();
                self.variants.push(VariantData {
                    name: String::from_utf8_lossy(variant).into_owned(),
                    n: 0,
                    columns: vec![ColumnSums::default(); k],
                    cross: vec![0.0; self.spec.cross_pairs.len()],
                    raw: vec![Vec::new(); k],
                });
                self.keys.len() - 1
            }
        };
        let v = &mut self.variants[idx];
        v.n += 1;
        for (j, &x) in values.iter().enumerate() {
            let c = &mut v.columns[j];
            c.sum += x;
            c.sum_squares += x * x;
            if x != 0.0 && x != 1.0 {
                self.all_binary[j] = false;
            }
            if self.spec.keep_raw[j] {
                v.raw[j].push(x);
            }
        }
        for (p, &(a, b)) in self.spec.cross_pairs.iter().enumerate() {
            v.cross[p] += values[a] * values[b];
        }
    }

    fn finish(self, path: &Path) -> Result<Scan, AbError> {
        if self.rows == 0 {
            return Err(AbError::Empty {
                path: path.to_path_buf(),
            });
        }
        Ok(Scan {
            rows: self.rows,
            variants: self.variants,
            all_binary: self.all_binary,
        })
    }
}

/// Accumulates rows that are already numbers (the prediction log joined with its feedback):
/// `(variant, values)` with one value per `spec.value_columns`. `label` names the input in
/// errors.
pub(crate) fn scan_rows<'a>(
    spec: &TableSpec,
    rows: impl Iterator<Item = (&'a [u8], &'a [f64])>,
    label: &str,
) -> Result<Scan, AbError> {
    let mut acc = Accumulator::new(spec);
    for (variant, values) in rows {
        acc.push(variant, values);
    }
    acc.finish(Path::new(label))
}

/// Parses a cell: `0`/`1` fast, `true`/`false` (any case), or a finite float.
fn parse_cell(bytes: &[u8]) -> Option<f64> {
    match bytes {
        b"0" => return Some(0.0),
        b"1" => return Some(1.0),
        _ => {}
    }
    let s = std::str::from_utf8(bytes).ok()?.trim();
    parse_str(s)
}

fn parse_str(s: &str) -> Option<f64> {
    if s.eq_ignore_ascii_case("true") {
        return Some(1.0);
    }
    if s.eq_ignore_ascii_case("false") {
        return Some(0.0);
    }
    s.parse::<f64>().ok().filter(|x| x.is_finite())
}

/// Reads `path` in `format` according to `spec`.
pub fn scan(path: &Path, format: InputFormat, spec: &TableSpec) -> Result<Scan, AbError> {
    match format {
        InputFormat::Csv => scan_csv(path, spec),
        InputFormat::Jsonl => scan_jsonl(path, spec),
        InputFormat::Parquet => scan_parquet(path, spec),
    }
}

fn open(path: &Path) -> Result<File, AbError> {
    File::open(path).map_err(|source| AbError::Io {
        path: path.to_path_buf(),
        source,
    })
}

fn missing(path: &Path, column: &str, available: Vec<String>) -> AbError {
    AbError::MissingColumn {
        path: path.to_path_buf(),
        column: column.to_string(),
        available,
    }
}

fn csv_error(path: &Path, err: csv::Error) -> AbError {
    let location = err
        .position()
        .map_or_else(|| "header".to_string(), |p| format!("line {}", p.line()));
    match err.into_kind() {
        csv::ErrorKind::Io(source) => AbError::Io {
            path: path.to_path_buf(),
            source,
        },
        kind => AbError::Malformed {
            path: path.to_path_buf(),
            location,
            message: csv_kind_message(&kind),
        },
    }
}

fn csv_kind_message(kind: &csv::ErrorKind) -> String {
    match kind {
        csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => format!("found {len} fields, expected {expected_len} as in the header"),
        csv::ErrorKind::Utf8 { err, .. } => format!("invalid UTF-8: {err}"),
        other => format!("{other:?}"),
    }
}

fn scan_csv(path: &Path, spec: &TableSpec) -> Result<Scan, AbError> {
    let file = open(path)?;
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .buffer_capacity(1 << 20)
        .from_reader(file);
    let headers = reader
        .byte_headers()
        .map_err(|e| csv_error(path, e))?
        .clone();
    let names: Vec<String> = headers
        .iter()
        .map(|h| String::from_utf8_lossy(h).trim().to_string())
        .collect();
    let find = |col: &str| {
        names
            .iter()
            .position(|n| n == col)
            .ok_or_else(|| missing(path, col, names.clone()))
    };
    let variant_idx = find(&spec.variant_column)?;
    let value_idx: Vec<usize> = spec
        .value_columns
        .iter()
        .map(|c| find(c))
        .collect::<Result<_, _>>()?;
    let mut acc = Accumulator::new(spec);
    let mut record = csv::ByteRecord::new();
    let mut values = vec![0.0; value_idx.len()];
    loop {
        match reader.read_byte_record(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) => return Err(csv_error(path, e)),
        }
        let line = || record.position().map_or(0, |p| p.line());
        for (slot, &i) in values.iter_mut().zip(&value_idx) {
            let cell = record.get(i).unwrap_or_default();
            *slot = parse_cell(cell).ok_or_else(|| AbError::NotNumeric {
                path: path.to_path_buf(),
                location: format!("line {}", line()),
                column: names[i].clone(),
                value: String::from_utf8_lossy(cell).into_owned(),
            })?;
        }
        let variant = trim_bytes(record.get(variant_idx).unwrap_or_default());
        if variant.is_empty() {
            return Err(AbError::Malformed {
                path: path.to_path_buf(),
                location: format!("line {}", line()),
                message: format!("the variant column `{}` is empty", spec.variant_column),
            });
        }
        acc.push(variant, &values);
    }
    acc.finish(path)
}

fn trim_bytes(b: &[u8]) -> &[u8] {
    let start = b
        .iter()
        .position(|c| !c.is_ascii_whitespace())
        .unwrap_or(b.len());
    let end = b
        .iter()
        .rposition(|c| !c.is_ascii_whitespace())
        .map_or(start, |e| e + 1);
    &b[start..end]
}

fn scan_jsonl(path: &Path, spec: &TableSpec) -> Result<Scan, AbError> {
    use serde_json::Value;
    let reader = BufReader::with_capacity(1 << 20, open(path)?);
    let mut acc = Accumulator::new(spec);
    let mut values = vec![0.0; spec.value_columns.len()];
    let mut seen_keys: Option<Vec<String>> = None;
    for (i, line) in reader.lines().enumerate() {
        let line_no = i + 1;
        let line = line.map_err(|source| AbError::Io {
            path: path.to_path_buf(),
            source,
        })?;
        if line.trim().is_empty() {
            continue;
        }
        let location = || format!("line {line_no}");
        let object: serde_json::Map<String, Value> =
            serde_json::from_str(&line).map_err(|e| AbError::Malformed {
                path: path.to_path_buf(),
                location: location(),
                message: format!("not a JSON object: {e}"),
            })?;
        if seen_keys.is_none() {
            seen_keys = Some(object.keys().cloned().collect());
        }
        let keys = || seen_keys.clone().unwrap_or_default();
        let get = |col: &str| object.get(col).ok_or_else(|| missing(path, col, keys()));
        for (slot, col) in values.iter_mut().zip(&spec.value_columns) {
            let cell = get(col)?;
            *slot = match cell {
                Value::Number(n) => n.as_f64().filter(|x| x.is_finite()),
                Value::Bool(b) => Some(f64::from(u8::from(*b))),
                Value::String(s) => parse_str(s.trim()),
                _ => None,
            }
            .ok_or_else(|| AbError::NotNumeric {
                path: path.to_path_buf(),
                location: location(),
                column: col.clone(),
                value: cell.to_string(),
            })?;
        }
        let variant = match get(&spec.variant_column)? {
            Value::String(s) => s.trim().to_string(),
            Value::Number(n) => n.to_string(),
            Value::Bool(b) => b.to_string(),
            _ => String::new(),
        };
        if variant.is_empty() {
            return Err(AbError::Malformed {
                path: path.to_path_buf(),
                location: location(),
                message: format!(
                    "the variant field `{}` is empty or not a string or number",
                    spec.variant_column
                ),
            });
        }
        acc.push(variant.as_bytes(), &values);
    }
    acc.finish(path)
}

fn parquet_error(path: &Path, err: ParquetError) -> AbError {
    match err {
        ParquetError::Io(source) => AbError::Io {
            path: path.to_path_buf(),
            source,
        },
        ParquetError::MissingColumn { column, available } => missing(path, &column, available),
        ParquetError::Nested(column) => AbError::Malformed {
            path: path.to_path_buf(),
            location: "(schema)".into(),
            message: format!("column `{column}` is nested; only flat columns can be read"),
        },
        ParquetError::Format(message) => AbError::Malformed {
            path: PathBuf::from(path),
            location: "(parquet)".into(),
            message,
        },
    }
}

fn scan_parquet(path: &Path, spec: &TableSpec) -> Result<Scan, AbError> {
    use parquet::record::Field;

    let file = ParquetFile::open(path).map_err(|e| parquet_error(path, e))?;
    // Project the columns we need, in the order: variant, then value columns.
    let mut wanted = vec![spec.variant_column.clone()];
    for c in &spec.value_columns {
        if !wanted.contains(c) {
            wanted.push(c.clone());
        }
    }
    let rows = file.rows(&wanted).map_err(|e| parquet_error(path, e))?;
    let value_pos: Vec<usize> = spec
        .value_columns
        .iter()
        .map(|c| wanted.iter().position(|w| w == c).unwrap_or(0))
        .collect();
    let mut acc = Accumulator::new(spec);
    let mut values = vec![0.0; spec.value_columns.len()];
    for (i, row) in rows.enumerate() {
        let row = row.map_err(|e| parquet_error(path, e))?;
        let location = || format!("row {}", i + 1);
        let cells: Vec<&Field> = row.get_column_iter().map(|(_, f)| f).collect();
        for ((slot, &pos), col) in values.iter_mut().zip(&value_pos).zip(&spec.value_columns) {
            let cell = cells.get(pos).copied().unwrap_or(&Field::Null);
            *slot = field_number(cell).ok_or_else(|| AbError::NotNumeric {
                path: path.to_path_buf(),
                location: location(),
                column: col.clone(),
                value: cell.to_string(),
            })?;
        }
        let variant = match cells.first().copied().unwrap_or(&Field::Null) {
            Field::Str(s) => s.trim().to_string(),
            Field::Null => String::new(),
            other => other.to_string(),
        };
        if variant.is_empty() {
            return Err(AbError::Malformed {
                path: path.to_path_buf(),
                location: location(),
                message: format!("the variant column `{}` is empty", spec.variant_column),
            });
        }
        acc.push(variant.as_bytes(), &values);
    }
    acc.finish(path)
}

/// A metric cell: a number or boolean (shared with `mlo monitor`), or a string holding one.
fn field_number(field: &parquet::record::Field) -> Option<f64> {
    match field {
        parquet::record::Field::Str(s) => parse_str(s.trim()),
        other => crate::table::parquet::field_number(other),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_parse_as_numbers_or_booleans_and_nothing_else() {
        assert_eq!(parse_cell(b"1"), Some(1.0));
        assert_eq!(parse_cell(b" 2.5 "), Some(2.5));
        assert_eq!(parse_cell(b"TRUE"), Some(1.0));
        assert_eq!(parse_cell(b"false"), Some(0.0));
        assert_eq!(parse_cell(b""), None);
        assert_eq!(parse_cell(b"NaN"), None);
        assert_eq!(parse_cell(b"inf"), None);
        assert_eq!(parse_cell(b"abc"), None);
        assert_eq!(trim_bytes(b"  B "), b"B");
    }
}
