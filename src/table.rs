//! Columnar tables for `mlo monitor drift` and `mlo data validate`: CSV and JSON Lines read
//! straight into typed columns. Numerical columns become `Vec<f64>` (missing values are NaN);
//! everything else is dictionary-encoded (`u32` codes into a list of distinct strings), so a
//! million-row categorical column costs 4 MB and category counts are a pass over the codes.
//!
//! Types are decided before the full read, from the header and the first [`SNIFF_ROWS`] rows
//! ([`sniff`]): a column is numerical when every present value there parses as a number.
//! Callers may combine the sniffs of several files and override any column; [`read`] then
//! parses with fixed types, and a value that does not fit its column is an error naming the
//! file, the column and the row ([`TableError::NotNumeric`]) — never a silent NaN.
//!
//! Missing values are pandas' defaults (`""`, `NA`, `NaN`, `null`, `None`, ...). CSV cells are
//! parsed from the csv crate's `ByteRecord` without allocating per cell. Parquet files are read
//! through [`parquet`] (shared with `ab::input`): column types come from the file's schema rather
//! than from sniffing, only a null is missing, and a string column read as numerical must hold
//! numbers, as in CSV.

pub mod parquet;

use std::collections::HashMap;
use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use serde::Serialize;

/// How many data rows [`sniff`] looks at to infer column types.
pub const SNIFF_ROWS: usize = 1000;

/// pandas' default missing-value markers (`pandas.read_csv(na_values=...)` defaults).
pub const MISSING_MARKERS: &[&[u8]] = &[
    b"",
    b"#N/A",
    b"#N/A N/A",
    b"#NA",
    b"-1.#IND",
    b"-1.#QNAN",
    b"-NaN",
    b"-nan",
    b"1.#IND",
    b"1.#QNAN",
    b"<NA>",
    b"N/A",
    b"NA",
    b"NULL",
    b"NaN",
    b"None",
    b"n/a",
    b"nan",
    b"null",
];

/// The code of a missing value in a dictionary-encoded column.
pub const MISSING_CODE: u32 = u32::MAX;

/// Whether a raw cell is a missing value.
pub fn is_missing(cell: &[u8]) -> bool {
    MISSING_MARKERS.contains(&cell)
}

/// Parse a numeric cell (surrounding ASCII whitespace allowed) without allocating.
pub fn parse_number(cell: &[u8]) -> Option<f64> {
    let trimmed = cell.trim_ascii();
    std::str::from_utf8(trimmed).ok()?.parse::<f64>().ok()
}

fn is_integer_literal(cell: &[u8]) -> bool {
    let t = cell.trim_ascii();
    let digits = t
        .strip_prefix(b"-")
        .or_else(|| t.strip_prefix(b"+"))
        .unwrap_or(t);
    !digits.is_empty() && digits.iter().all(u8::is_ascii_digit)
}

/// Errors reading a table, each naming the file (and the column and row where there is one).
#[derive(Debug, thiserror::Error)]
pub enum TableError {
    /// The file cannot be opened or read.
    #[error("cannot read `{file}`")]
    Io {
        /// The input as given.
        file: String,
        /// The OS error.
        #[source]
        source: std::io::Error,
    },
    /// The file has no header (it is empty).
    #[error("`{file}` is empty (no header row)")]
    Empty {
        /// The input.
        file: String,
    },
    /// The file has a header but no data rows.
    #[error("`{file}` has a header but no data rows")]
    NoRows {
        /// The input.
        file: String,
    },
    /// A CSV row has a different number of fields from the header.
    #[error("`{file}` line {line}: row has {found} fields but the header has {expected}")]
    Ragged {
        /// The input.
        file: String,
        /// 1-based line number.
        line: u64,
        /// Fields in the header.
        expected: usize,
        /// Fields in the row.
        found: usize,
    },
    /// A malformed CSV or JSON line.
    #[error("`{file}` line {line}: {message}")]
    Malformed {
        /// The input.
        file: String,
        /// 1-based line number.
        line: u64,
        /// What is wrong.
        message: String,
    },
    /// A value in a numerical column is not a number.
    #[error("`{file}` column `{column}` row {row} (line {line}): `{value}` is not a number")]
    NotNumeric {
        /// The input.
        file: String,
        /// The column.
        column: String,
        /// 1-based data row (the header is not counted).
        row: u64,
        /// 1-based line number in the file.
        line: u64,
        /// The offending value (truncated to 40 characters).
        value: String,
    },
    /// The header names a column twice.
    #[error("`{file}` names column `{column}` twice")]
    DuplicateColumn {
        /// The input.
        file: String,
        /// The column.
        column: String,
    },
    /// A Parquet file that cannot be read (not Parquet, a codec this build lacks, a nested
    /// column).
    #[error("`{file}`: cannot read it as Parquet: {message}")]
    Parquet {
        /// The input.
        file: String,
        /// What the reader said.
        message: String,
    },
}

impl TableError {
    /// Next steps for the user.
    pub fn hints(&self) -> Vec<String> {
        match self {
            TableError::NotNumeric { column, .. } => vec![format!(
                "fix the value, or read the column as categorical with `--categorical {column}`"
            )],
            TableError::Ragged { .. } => {
                vec!["every row needs as many fields as the header; check quoting".into()]
            }
            TableError::Parquet { .. } => vec![
                "only flat columns and Snappy-compressed or uncompressed files are read; convert other files to CSV".into(),
            ],
            _ => vec![],
        }
    }

    /// Whether this is the environment's fault (exit 3) rather than the input's (exit 2).
    pub fn is_environment(&self) -> bool {
        matches!(self, TableError::Io { source, .. }
            if crate::error::io_exit_code(source) == crate::error::ExitCode::Environment)
    }
}

/// File formats the reader understands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Format {
    /// Comma-separated values with a header row.
    Csv,
    /// One JSON object per line.
    JsonLines,
    /// Apache Parquet (flat columns; Snappy or uncompressed).
    Parquet,
}

impl Format {
    /// The format a file name implies (CSV unless the extension says otherwise).
    pub fn from_name(name: &str) -> Format {
        let lower = name.to_ascii_lowercase();
        if lower.ends_with(".jsonl") || lower.ends_with(".ndjson") || lower.ends_with(".json") {
            Format::JsonLines
        } else if lower.ends_with(".parquet") || lower.ends_with(".pq") {
            Format::Parquet
        } else {
            Format::Csv
        }
    }
}

/// A table to read: a label for messages, its format and where its bytes come from.
#[derive(Debug, Clone)]
pub struct Source {
    /// What the user typed (or a description), used in every message.
    pub label: String,
    /// The format.
    pub format: Format,
    /// The file holding the bytes (a workspace file or an object in the store).
    pub path: PathBuf,
}

impl Source {
    /// A plain file; the format comes from its name.
    pub fn file(path: &Path) -> Source {
        Source {
            label: path.display().to_string(),
            format: Format::from_name(&path.to_string_lossy()),
            path: path.to_path_buf(),
        }
    }

    fn open(&self) -> Result<BufReader<File>, TableError> {
        File::open(&self.path)
            .map(|f| BufReader::with_capacity(1 << 20, f))
            .map_err(|source| TableError::Io {
                file: self.label.clone(),
                source,
            })
    }
}

/// How a column is stored (and so which statistics apply to it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Storage {
    /// Numbers, as `f64`.
    Numeric,
    /// Strings, dictionary-encoded.
    Text,
}

/// What [`sniff`] learned from a file's head.
#[derive(Debug, Clone)]
pub struct Head {
    /// Column names in file order.
    pub columns: Vec<String>,
    /// Per column: every present value in the head parsed as a number.
    pub numeric: Vec<bool>,
}

impl Head {
    /// The inferred storage of each column.
    pub fn storage(&self) -> Vec<(String, Storage)> {
        self.columns
            .iter()
            .zip(&self.numeric)
            .map(|(c, &n)| (c.clone(), if n { Storage::Numeric } else { Storage::Text }))
            .collect()
    }
}

/// Values of one column.
#[derive(Debug, Clone)]
pub enum Values {
    /// Numbers; NaN marks a missing value.
    Numeric(Vec<f64>),
    /// Dictionary codes ([`MISSING_CODE`] for missing) into `dict`.
    Text {
        /// One code per row.
        codes: Vec<u32>,
        /// Distinct strings in order of first appearance.
        dict: Vec<String>,
    },
}

/// One column of a table.
#[derive(Debug, Clone)]
pub struct Column {
    /// Its name.
    pub name: String,
    /// Its values.
    pub values: Values,
    /// Missing cells.
    pub missing: usize,
    /// Every present cell was an integer literal (numpy would read the column as integers).
    pub integer_literals: bool,
}

/// A table read into columns.
#[derive(Debug, Clone)]
pub struct Table {
    /// The source's label.
    pub label: String,
    /// Data rows.
    pub rows: usize,
    /// Columns that were read, in file order.
    pub columns: Vec<Column>,
    /// Every column of the file, read or not, in file order.
    pub all_columns: Vec<String>,
}

impl Table {
    /// The column called `name`, if it was read.
    pub fn column(&self, name: &str) -> Option<&Column> {
        self.columns.iter().find(|c| c.name == name)
    }

    /// What [`sniff`] would say of this table: its columns, numerical where stored as numbers.
    pub fn head(&self) -> Head {
        Head {
            columns: self.columns.iter().map(|c| c.name.clone()).collect(),
            numeric: self
                .columns
                .iter()
                .map(|c| matches!(c.values, Values::Numeric(_)))
                .collect(),
        }
    }

    /// The columns in `types` with their storage, as [`read`] would give them from a file: a
    /// numerical column asked for as text is dictionary-encoded from its numbers' shortest
    /// form (`1`, `2.5`); a text column asked for as numerical must hold numbers, else
    /// [`TableError::NotNumeric`] names the first row that does not. Columns whose storage
    /// already fits are moved, not copied; the others are dropped.
    pub fn into_select(self, types: &[(String, Storage)]) -> Result<Table, TableError> {
        let mut columns = Vec::new();
        for c in self.columns {
            let Some((_, storage)) = types.iter().find(|(n, _)| *n == c.name) else {
                continue;
            };
            let column = match (&c.values, storage) {
                (Values::Numeric(_), Storage::Numeric) | (Values::Text { .. }, Storage::Text) => c,
                (Values::Numeric(v), Storage::Text) => {
                    let mut b = Builder::new(Some(Storage::Text));
                    for &x in v {
                        if x.is_nan() {
                            b.push_missing();
                        } else {
                            b.push_number(x, c.integer_literals);
                        }
                    }
                    b.finish(c.name.clone()).expect("a text builder finishes")
                }
                (Values::Text { codes, dict }, Storage::Numeric) => {
                    let mut b = Builder::new(Some(Storage::Numeric));
                    for (row, &code) in codes.iter().enumerate() {
                        if code == MISSING_CODE {
                            b.push_missing();
                        } else if b.push_value(dict[code as usize].as_bytes()).is_err() {
                            return Err(TableError::NotNumeric {
                                file: self.label.clone(),
                                column: c.name.clone(),
                                row: row as u64 + 1,
                                line: row as u64 + 1,
                                value: truncate(dict[code as usize].as_bytes()),
                            });
                        }
                    }
                    b.finish(c.name.clone())
                        .expect("a numeric builder finishes")
                }
            };
            columns.push(column);
        }
        Ok(Table {
            label: self.label,
            rows: self.rows,
            columns,
            all_columns: self.all_columns,
        })
    }
}

enum Builder {
    Skip,
    Num {
        values: Vec<f64>,
        missing: usize,
        ints: bool,
    },
    Text {
        map: HashMap<Box<[u8]>, u32>,
        dict: Vec<String>,
        codes: Vec<u32>,
        missing: usize,
    },
}

impl Builder {
    fn new(storage: Option<Storage>) -> Builder {
        match storage {
            None => Builder::Skip,
            Some(Storage::Numeric) => Builder::Num {
                values: Vec::new(),
                missing: 0,
                ints: true,
            },
            Some(Storage::Text) => Builder::Text {
                map: HashMap::new(),
                dict: Vec::new(),
                codes: Vec::new(),
                missing: 0,
            },
        }
    }

    /// Push one cell; `Err(())` when a numeric column gets a non-number.
    #[inline]
    fn push(&mut self, cell: &[u8]) -> Result<(), ()> {
        match self {
            Builder::Skip => Ok(()),
            Builder::Num {
                values,
                missing,
                ints,
            } => {
                if let Some(v) = parse_number(cell) {
                    if *ints && !is_integer_literal(cell) {
                        *ints = false;
                    }
                    values.push(v);
                    Ok(())
                } else if is_missing(cell) {
                    *missing += 1;
                    values.push(f64::NAN);
                    Ok(())
                } else {
                    Err(())
                }
            }
            Builder::Text {
                map,
                dict,
                codes,
                missing,
            } => {
                if is_missing(cell) {
                    *missing += 1;
                    codes.push(MISSING_CODE);
                    return Ok(());
                }
                let code = match map.get(cell) {
                    Some(&c) => c,
                    None => {
                        let c = dict.len() as u32;
                        dict.push(String::from_utf8_lossy(cell).into_owned());
                        map.insert(cell.into(), c);
                        c
                    }
                };
                codes.push(code);
                Ok(())
            }
        }
    }

    /// Push a number that came typed (Parquet, the prediction log); `integer` says whether
    /// the source type is an integer type. Non-finite numbers are missing, as in CSV.
    fn push_number(&mut self, x: f64, integer: bool) {
        match self {
            Builder::Skip => {}
            Builder::Num {
                values,
                missing,
                ints,
            } => {
                if !x.is_finite() {
                    *missing += 1;
                    values.push(f64::NAN);
                    return;
                }
                if !integer {
                    *ints = false;
                }
                values.push(x);
            }
            Builder::Text { .. } => {
                let text = x.to_string();
                let _ = self.push_value(text.as_bytes());
            }
        }
    }

    /// Push a value that is present (not a missing marker): a Parquet string, say.
    fn push_value(&mut self, cell: &[u8]) -> Result<(), ()> {
        match self {
            Builder::Text {
                map, dict, codes, ..
            } => {
                let code = match map.get(cell) {
                    Some(&c) => c,
                    None => {
                        let c = dict.len() as u32;
                        dict.push(String::from_utf8_lossy(cell).into_owned());
                        map.insert(cell.into(), c);
                        c
                    }
                };
                codes.push(code);
                Ok(())
            }
            Builder::Num { values, ints, .. } => {
                let v = parse_number(cell).ok_or(())?;
                if *ints && !is_integer_literal(cell) {
                    *ints = false;
                }
                values.push(v);
                Ok(())
            }
            Builder::Skip => Ok(()),
        }
    }

    /// Push a missing value.
    fn push_missing(&mut self) {
        match self {
            Builder::Skip => {}
            Builder::Num {
                values, missing, ..
            } => {
                *missing += 1;
                values.push(f64::NAN);
            }
            Builder::Text { codes, missing, .. } => {
                *missing += 1;
                codes.push(MISSING_CODE);
            }
        }
    }

    fn finish(self, name: String) -> Option<Column> {
        match self {
            Builder::Skip => None,
            Builder::Num {
                values,
                missing,
                ints,
            } => Some(Column {
                name,
                integer_literals: ints && missing == 0 && !values.is_empty(),
                values: Values::Numeric(values),
                missing,
            }),
            Builder::Text {
                dict,
                codes,
                missing,
                ..
            } => Some(Column {
                name,
                values: Values::Text { codes, dict },
                missing,
                integer_literals: false,
            }),
        }
    }
}

fn truncate(value: &[u8]) -> String {
    let s = String::from_utf8_lossy(value);
    if s.chars().count() > 40 {
        format!("{}...", s.chars().take(40).collect::<String>())
    } else {
        s.into_owned()
    }
}

fn csv_reader<R: Read>(reader: R) -> csv::Reader<R> {
    csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(true)
        .buffer_capacity(1 << 20)
        .from_reader(reader)
}

fn csv_error(label: &str, err: csv::Error) -> TableError {
    let line = err.position().map(|p| p.line()).unwrap_or(0);
    match err.into_kind() {
        csv::ErrorKind::Io(source) => TableError::Io {
            file: label.to_string(),
            source,
        },
        csv::ErrorKind::Utf8 { err, .. } => TableError::Malformed {
            file: label.to_string(),
            line,
            message: format!("invalid UTF-8: {err}"),
        },
        other => TableError::Malformed {
            file: label.to_string(),
            line,
            message: format!("{other:?}"),
        },
    }
}

fn csv_header(label: &str, rdr: &mut csv::Reader<impl Read>) -> Result<Vec<String>, TableError> {
    let header = rdr.byte_headers().map_err(|e| csv_error(label, e))?.clone();
    if header.is_empty() || (header.len() == 1 && header[0].is_empty()) {
        return Err(TableError::Empty {
            file: label.to_string(),
        });
    }
    let mut names: Vec<String> = Vec::with_capacity(header.len());
    for (i, field) in header.iter().enumerate() {
        let mut name = String::from_utf8_lossy(field).trim().to_string();
        if i == 0 {
            name = name.trim_start_matches('\u{feff}').to_string();
        }
        if names.contains(&name) {
            return Err(TableError::DuplicateColumn {
                file: label.to_string(),
                column: name,
            });
        }
        names.push(name);
    }
    Ok(names)
}

/// Read a file's header and first [`SNIFF_ROWS`] rows and infer which columns are numerical.
pub fn sniff(source: &Source) -> Result<Head, TableError> {
    if source.format == Format::Parquet {
        return sniff_parquet(source);
    }
    let reader = source.open()?;
    match source.format {
        Format::JsonLines => sniff_json(source, reader),
        _ => {
            let mut rdr = csv_reader(reader);
            let columns = csv_header(&source.label, &mut rdr)?;
            let mut numeric = vec![true; columns.len()];
            let mut record = csv::ByteRecord::new();
            let mut n = 0;
            while n < SNIFF_ROWS
                && rdr
                    .read_byte_record(&mut record)
                    .map_err(|e| csv_error(&source.label, e))?
            {
                for (flag, cell) in numeric.iter_mut().zip(record.iter()) {
                    if *flag && !is_missing(cell) && parse_number(cell).is_none() {
                        *flag = false;
                    }
                }
                n += 1;
            }
            Ok(Head { columns, numeric })
        }
    }
}

/// Read the whole file with fixed storage per column; columns not in `types` are skipped
/// without being parsed. Fails on the first value that does not fit its column.
pub fn read(source: &Source, types: &[(String, Storage)]) -> Result<Table, TableError> {
    if source.format == Format::Parquet {
        return read_parquet(source, types);
    }
    let reader = source.open()?;
    match source.format {
        Format::JsonLines => read_json(source, reader, types),
        _ => read_csv(source, reader, types),
    }
}

fn read_csv(
    source: &Source,
    reader: impl Read,
    types: &[(String, Storage)],
) -> Result<Table, TableError> {
    let label = &source.label;
    let mut rdr = csv_reader(reader);
    let names = csv_header(label, &mut rdr)?;
    let mut builders: Vec<Builder> = names
        .iter()
        .map(|n| Builder::new(types.iter().find(|(c, _)| c == n).map(|(_, s)| *s)))
        .collect();
    let mut record = csv::ByteRecord::new();
    let mut rows: u64 = 0;
    while rdr
        .read_byte_record(&mut record)
        .map_err(|e| csv_error(label, e))?
    {
        rows += 1;
        if record.len() != names.len() {
            // A blank line at the very end is not a row (csv skips true blank lines already).
            return Err(TableError::Ragged {
                file: label.clone(),
                line: record.position().map(|p| p.line()).unwrap_or(0),
                expected: names.len(),
                found: record.len(),
            });
        }
        for (i, (b, cell)) in builders.iter_mut().zip(record.iter()).enumerate() {
            if b.push(cell).is_err() {
                return Err(TableError::NotNumeric {
                    file: label.clone(),
                    column: names[i].clone(),
                    row: rows,
                    line: record.position().map(|p| p.line()).unwrap_or(0),
                    value: truncate(cell),
                });
            }
        }
    }
    if rows == 0 {
        return Err(TableError::NoRows {
            file: label.clone(),
        });
    }
    let columns = builders
        .into_iter()
        .zip(names.iter())
        .filter_map(|(b, n)| b.finish(n.clone()))
        .collect();
    Ok(Table {
        label: label.clone(),
        rows: rows as usize,
        columns,
        all_columns: names,
    })
}

fn parquet_error(source: &Source, err: parquet::ParquetError) -> TableError {
    match err {
        parquet::ParquetError::Io(e) => TableError::Io {
            file: source.label.clone(),
            source: e,
        },
        other => TableError::Parquet {
            file: source.label.clone(),
            message: other.to_string(),
        },
    }
}

fn sniff_parquet(source: &Source) -> Result<Head, TableError> {
    let file = parquet::ParquetFile::open(&source.path).map_err(|e| parquet_error(source, e))?;
    let columns = file.columns();
    if columns.is_empty() {
        return Err(TableError::Empty {
            file: source.label.clone(),
        });
    }
    Ok(Head {
        numeric: columns.iter().map(|c| c.kind.is_numeric()).collect(),
        columns: columns.into_iter().map(|c| c.name).collect(),
    })
}

/// A Parquet file through the record API: the columns in `types` are projected, every other
/// column is only listed. A string cell in a column read as numerical must parse as a number
/// ([`TableError::NotNumeric`] names its row; `line` is the row too, Parquet has no lines).
fn read_parquet(source: &Source, types: &[(String, Storage)]) -> Result<Table, TableError> {
    let err = |e| parquet_error(source, e);
    let file = parquet::ParquetFile::open(&source.path).map_err(err)?;
    let all = file.columns();
    if all.is_empty() {
        return Err(TableError::Empty {
            file: source.label.clone(),
        });
    }
    if file.num_rows() == 0 {
        return Err(TableError::NoRows {
            file: source.label.clone(),
        });
    }
    // Read columns in file order, each once.
    let wanted: Vec<(String, Storage, parquet::ColumnKind)> = all
        .iter()
        .filter_map(|c| {
            types
                .iter()
                .find(|(n, _)| *n == c.name)
                .map(|(_, s)| (c.name.clone(), *s, c.kind))
        })
        .collect();
    let mut builders: Vec<Builder> = wanted
        .iter()
        .map(|(_, s, _)| Builder::new(Some(*s)))
        .collect();
    let mut rows: u64 = 0;
    if !wanted.is_empty() {
        let names: Vec<String> = wanted.iter().map(|(n, ..)| n.clone()).collect();
        for row in file.rows(&names).map_err(err)? {
            let row = row.map_err(err)?;
            rows += 1;
            for ((b, (_, (name, _, kind))), (_, field)) in builders
                .iter_mut()
                .zip(wanted.iter().enumerate())
                .zip(row.get_column_iter())
            {
                if matches!(field, ::parquet::record::Field::Null) {
                    b.push_missing();
                } else if let (Some(x), true) = (parquet::field_number(field), kind.is_numeric()) {
                    b.push_number(x, *kind == parquet::ColumnKind::Integer);
                } else if kind.is_numeric() {
                    // NaN or infinity in a float column: missing, as in CSV.
                    b.push_missing();
                } else {
                    let text = parquet::field_text(field).unwrap_or_default();
                    if b.push_value(text.as_bytes()).is_err() {
                        return Err(TableError::NotNumeric {
                            file: source.label.clone(),
                            column: name.clone(),
                            row: rows,
                            line: rows,
                            value: truncate(text.as_bytes()),
                        });
                    }
                }
            }
        }
    } else {
        rows = file.num_rows();
    }
    let columns = builders
        .into_iter()
        .zip(wanted.iter())
        .filter_map(|(b, (n, ..))| b.finish(n.clone()))
        .collect();
    Ok(Table {
        label: source.label.clone(),
        rows: rows as usize,
        columns,
        all_columns: all.into_iter().map(|c| c.name).collect(),
    })
}

/// A JSON object with its keys in file order (serde_json's `Map` sorts them).
struct Ordered(Vec<(String, serde_json::Value)>);

impl<'de> serde::Deserialize<'de> for Ordered {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = Ordered;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut m: A,
            ) -> Result<Ordered, A::Error> {
                let mut out = Vec::new();
                while let Some((k, v)) = m.next_entry::<String, serde_json::Value>()? {
                    out.push((k, v));
                }
                Ok(Ordered(out))
            }
        }
        d.deserialize_map(V)
    }
}

fn json_lines(
    source: &Source,
    reader: impl BufRead,
) -> impl Iterator<Item = Result<(u64, Vec<(String, serde_json::Value)>), TableError>> {
    let label = source.label.clone();
    reader
        .split(b'\n')
        .enumerate()
        .filter_map(move |(i, line)| {
            let line_no = i as u64 + 1;
            let line = match line {
                Ok(l) => l,
                Err(source) => {
                    return Some(Err(TableError::Io {
                        file: label.clone(),
                        source,
                    }));
                }
            };
            if line.trim_ascii().is_empty() {
                return None;
            }
            Some(
                serde_json::from_slice::<Ordered>(&line)
                    .map(|m| (line_no, m.0))
                    .map_err(|e| TableError::Malformed {
                        file: label.clone(),
                        line: line_no,
                        message: format!("not a JSON object: {e}"),
                    }),
            )
        })
}

fn sniff_json(source: &Source, reader: impl BufRead) -> Result<Head, TableError> {
    let mut columns: Vec<String> = Vec::new();
    let mut numeric: Vec<bool> = Vec::new();
    let mut seen = 0;
    for item in json_lines(source, reader).take(SNIFF_ROWS) {
        let (_, obj) = item?;
        seen += 1;
        for (k, v) in obj {
            let i = match columns.iter().position(|c| *c == k) {
                Some(i) => i,
                None => {
                    columns.push(k);
                    numeric.push(true);
                    columns.len() - 1
                }
            };
            if !(v.is_number() || v.is_null()) {
                numeric[i] = false;
            }
        }
    }
    if seen == 0 {
        return Err(TableError::Empty {
            file: source.label.clone(),
        });
    }
    Ok(Head { columns, numeric })
}

fn read_json(
    source: &Source,
    reader: impl BufRead,
    types: &[(String, Storage)],
) -> Result<Table, TableError> {
    let mut names: Vec<String> = Vec::new();
    let mut builders: Vec<Builder> = Vec::new();
    let mut rows: u64 = 0;
    let mut cell = Vec::new();
    for item in json_lines(source, reader) {
        let (line, obj) = item?;
        rows += 1;
        for (k, _) in obj.iter() {
            if !names.contains(k) {
                names.push(k.clone());
                let mut b = Builder::new(types.iter().find(|(c, _)| c == k).map(|(_, s)| *s));
                // Rows before this column appeared are missing.
                for _ in 1..rows {
                    let _ = b.push(b"");
                }
                builders.push(b);
            }
        }
        for (name, b) in names.iter().zip(builders.iter_mut()) {
            cell.clear();
            match obj.iter().find(|(k, _)| k == name).map(|(_, v)| v) {
                None | Some(serde_json::Value::Null) => {}
                Some(serde_json::Value::String(s)) => cell.extend_from_slice(s.as_bytes()),
                Some(other) => cell.extend_from_slice(other.to_string().as_bytes()),
            }
            if b.push(&cell).is_err() {
                return Err(TableError::NotNumeric {
                    file: source.label.clone(),
                    column: name.clone(),
                    row: rows,
                    line,
                    value: truncate(&cell),
                });
            }
        }
    }
    if rows == 0 {
        return Err(TableError::Empty {
            file: source.label.clone(),
        });
    }
    let columns = builders
        .into_iter()
        .zip(names.iter())
        .filter_map(|(b, n)| b.finish(n.clone()))
        .collect();
    Ok(Table {
        label: source.label.clone(),
        rows: rows as usize,
        columns,
        all_columns: names,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn write(dir: &Path, name: &str, text: &str) -> Source {
        let p = dir.join(name);
        std::fs::File::create(&p)
            .unwrap()
            .write_all(text.as_bytes())
            .unwrap();
        Source::file(&p)
    }

    #[test]
    fn csv_columns_are_typed_and_dictionary_encoded() {
        let dir = tempfile::tempdir().unwrap();
        let s = write(dir.path(), "a.csv", "x,c\n1,a\n2.5,b\n,a\nNA,\n");
        let head = sniff(&s).unwrap();
        assert_eq!(head.numeric, vec![true, false]);
        let t = read(&s, &head.storage()).unwrap();
        assert_eq!(t.rows, 4);
        let Values::Numeric(x) = &t.columns[0].values else {
            panic!()
        };
        assert_eq!(x[..2], [1.0, 2.5]);
        assert_eq!(t.columns[0].missing, 2);
        let Values::Text { codes, dict } = &t.columns[1].values else {
            panic!()
        };
        assert_eq!(codes, &[0, 1, 0, MISSING_CODE]);
        assert_eq!(dict, &["a", "b"]);
    }

    #[test]
    fn bad_cells_name_file_column_and_row() {
        let dir = tempfile::tempdir().unwrap();
        let s = write(dir.path(), "a.csv", "x\n1\n2\nabc\n");
        let err = read(&s, &[("x".into(), Storage::Numeric)]).unwrap_err();
        let msg = err.to_string();
        assert!(msg.contains("column `x` row 3 (line 4): `abc`"), "{msg}");
        let s = write(dir.path(), "b.csv", "x,y\n1,2\n3\n");
        assert!(matches!(
            read(&s, &[]).unwrap_err(),
            TableError::Ragged { line: 3, .. }
        ));
        let s = write(dir.path(), "c.csv", "");
        assert!(matches!(sniff(&s).unwrap_err(), TableError::Empty { .. }));
    }

    #[test]
    fn json_lines_fill_missing_keys() {
        let dir = tempfile::tempdir().unwrap();
        let s = write(
            dir.path(),
            "a.jsonl",
            "{\"x\": 1, \"c\": \"a\"}\n{\"x\": null}\n{\"x\": 3, \"c\": \"b\", \"y\": true}\n",
        );
        let head = sniff(&s).unwrap();
        assert_eq!(head.columns, vec!["x", "c", "y"]);
        assert_eq!(head.numeric, vec![true, false, false]);
        let t = read(&s, &head.storage()).unwrap();
        assert_eq!(t.rows, 3);
        assert_eq!(t.column("y").unwrap().missing, 2);
        assert_eq!(t.column("c").unwrap().missing, 1);
    }
}
