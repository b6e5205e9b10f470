//! Parquet reading shared by `mlo monitor drift`, `mlo data validate` (through [`super::read`])
//! and `mlo ab analyze` (`ab::input`): open a file, list its flat columns with what their
//! physical and logical types make of them, and iterate rows of a projection through the
//! parquet crate's record API (the crate is built without arrow and with Snappy only, so it
//! stays small to build; files pandas/pyarrow write by default read).
//!
//! Callers turn [`ParquetError`] into their own error types and cells into their own values
//! with [`field_number`] and [`field_text`]; nothing here knows about drift or experiments.

use std::borrow::Cow;
use std::fs::File;
use std::path::Path;
use std::sync::Arc;

use parquet::basic::{ConvertedType, LogicalType, Type as PhysicalType};
use parquet::file::reader::{FileReader, SerializedFileReader};
use parquet::record::{Field, Row};
use parquet::schema::types::Type;

/// Why a Parquet file cannot be read.
#[derive(Debug, thiserror::Error)]
pub enum ParquetError {
    /// The file cannot be opened.
    #[error("{0}")]
    Io(#[source] std::io::Error),
    /// The parquet crate rejected the file (not Parquet, a codec this build lacks, corrupt).
    #[error("{0}")]
    Format(String),
    /// A column asked for is not in the file.
    #[error("no column `{column}`")]
    MissingColumn {
        /// The column asked for.
        column: String,
        /// The flat columns the file has.
        available: Vec<String>,
    },
    /// A column asked for is nested (a list, map or struct).
    #[error("column `{0}` is nested; only flat columns can be read")]
    Nested(String),
}

impl From<parquet::errors::ParquetError> for ParquetError {
    fn from(e: parquet::errors::ParquetError) -> Self {
        ParquetError::Format(e.to_string())
    }
}

/// What a column's type makes of its values.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColumnKind {
    /// Integers (any width, signed or not).
    Integer,
    /// Floating point.
    Float,
    /// Anything read as text: strings, booleans, dates, times, decimals, bytes.
    Text,
    /// A list, map or struct.
    Nested,
}

impl ColumnKind {
    /// Whether values are numbers.
    pub fn is_numeric(self) -> bool {
        matches!(self, ColumnKind::Integer | ColumnKind::Float)
    }
}

/// One top-level column.
#[derive(Debug, Clone)]
pub struct ParquetColumn {
    /// Its name.
    pub name: String,
    /// What its type makes of it.
    pub kind: ColumnKind,
}

/// An open Parquet file.
pub struct ParquetFile {
    reader: SerializedFileReader<File>,
}

impl std::fmt::Debug for ParquetFile {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ParquetFile").finish_non_exhaustive()
    }
}

fn kind_of(field: &Type) -> ColumnKind {
    if !field.is_primitive() {
        return ColumnKind::Nested;
    }
    let info = field.get_basic_info();
    // Logical and converted types that carry dates, times or decimals in integer storage.
    if let Some(
        LogicalType::Date
        | LogicalType::Time { .. }
        | LogicalType::Timestamp { .. }
        | LogicalType::Decimal { .. },
    ) = info.logical_type_ref()
    {
        return ColumnKind::Text;
    }
    if matches!(
        info.converted_type(),
        ConvertedType::DATE
            | ConvertedType::TIME_MILLIS
            | ConvertedType::TIME_MICROS
            | ConvertedType::TIMESTAMP_MILLIS
            | ConvertedType::TIMESTAMP_MICROS
            | ConvertedType::DECIMAL
            | ConvertedType::INTERVAL
    ) {
        return ColumnKind::Text;
    }
    match field.get_physical_type() {
        PhysicalType::INT32 | PhysicalType::INT64 => ColumnKind::Integer,
        PhysicalType::FLOAT | PhysicalType::DOUBLE => ColumnKind::Float,
        PhysicalType::FIXED_LEN_BYTE_ARRAY
            if info.logical_type_ref() == Some(&LogicalType::Float16) =>
        {
            ColumnKind::Float
        }
        _ => ColumnKind::Text,
    }
}

impl ParquetFile {
    /// Open `path` and read its footer.
    pub fn open(path: &Path) -> Result<ParquetFile, ParquetError> {
        let file = File::open(path).map_err(ParquetError::Io)?;
        Ok(ParquetFile {
            reader: SerializedFileReader::new(file)?,
        })
    }

    /// Top-level columns in file order.
    pub fn columns(&self) -> Vec<ParquetColumn> {
        self.reader
            .metadata()
            .file_metadata()
            .schema()
            .get_fields()
            .iter()
            .map(|f| ParquetColumn {
                name: f.name().to_string(),
                kind: kind_of(f),
            })
            .collect()
    }

    /// Rows in the file (from the footer).
    pub fn num_rows(&self) -> u64 {
        self.reader
            .metadata()
            .file_metadata()
            .num_rows()
            .max(0)
            .unsigned_abs()
    }

    /// Rows of the columns `names` (each once, flat), their cells in the order of `names`.
    pub fn rows(
        &self,
        names: &[String],
    ) -> Result<impl Iterator<Item = Result<Row, ParquetError>> + '_, ParquetError> {
        let schema = self.reader.metadata().file_metadata().schema();
        let fields = schema.get_fields();
        let mut projected = Vec::with_capacity(names.len());
        for name in names {
            let field = fields.iter().find(|f| f.name() == name).ok_or_else(|| {
                ParquetError::MissingColumn {
                    column: name.clone(),
                    available: fields.iter().map(|f| f.name().to_string()).collect(),
                }
            })?;
            if !field.is_primitive() {
                return Err(ParquetError::Nested(name.clone()));
            }
            projected.push(Arc::clone(field));
        }
        let projection = Type::group_type_builder(schema.name())
            .with_fields(projected)
            .build()?;
        let rows = self.reader.get_row_iter(Some(projection))?;
        Ok(rows.map(|r| r.map_err(ParquetError::from)))
    }
}

/// A cell as a finite number: integers, floats and booleans (as 0/1). Strings, nulls,
/// non-finite floats and other types give `None`.
pub fn field_number(field: &Field) -> Option<f64> {
    let x = match field {
        Field::Bool(b) => f64::from(u8::from(*b)),
        Field::Byte(v) => f64::from(*v),
        Field::Short(v) => f64::from(*v),
        Field::Int(v) => f64::from(*v),
        Field::Long(v) => *v as f64,
        Field::UByte(v) => f64::from(*v),
        Field::UShort(v) => f64::from(*v),
        Field::UInt(v) => f64::from(*v),
        Field::ULong(v) => *v as f64,
        Field::Float16(v) => f64::from(*v),
        Field::Float(v) => f64::from(*v),
        Field::Double(v) => *v,
        _ => return None,
    };
    x.is_finite().then_some(x)
}

/// A cell as text, `None` for null. Numbers print as Rust's shortest round-trip form
/// (`1`, `2.5`), strings as they are, other types as the parquet crate displays them.
pub fn field_text(field: &Field) -> Option<Cow<'_, str>> {
    match field {
        Field::Null => None,
        Field::Str(s) => Some(Cow::Borrowed(s.as_str())),
        Field::Bool(b) => Some(Cow::Borrowed(if *b { "true" } else { "false" })),
        Field::Float(v) => Some(Cow::Owned(v.to_string())),
        Field::Double(v) => Some(Cow::Owned(v.to_string())),
        other => Some(Cow::Owned(other.to_string())),
    }
}
