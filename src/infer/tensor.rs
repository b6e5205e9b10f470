//! Host tensors as they cross the HTTP boundary: an OIP datatype, a shape, and row-major data.
//! Conversion to and from candle tensors happens in the engines; batching (concatenating
//! requests along the first dimension and splitting the results) happens here.

use serde::Serialize;

use super::{InferError, TensorSpec};

/// Open Inference Protocol datatypes. `mlo` executes FP32, FP64 and the integer types; BOOL is
/// accepted as UINT8 data; BYTES appears only as an output (a classifier's string labels) and is
/// rejected as an input with a 400, as is FP16.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum DataType {
    /// Boolean.
    #[serde(rename = "BOOL")]
    Bool,
    /// u8.
    #[serde(rename = "UINT8")]
    Uint8,
    /// i32.
    #[serde(rename = "INT32")]
    Int32,
    /// i64.
    #[serde(rename = "INT64")]
    Int64,
    /// f32.
    #[serde(rename = "FP32")]
    Fp32,
    /// f64.
    #[serde(rename = "FP64")]
    Fp64,
    /// UTF-8 strings (outputs only).
    #[serde(rename = "BYTES")]
    Bytes,
}

impl DataType {
    /// The OIP spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            DataType::Bool => "BOOL",
            DataType::Uint8 => "UINT8",
            DataType::Int32 => "INT32",
            DataType::Int64 => "INT64",
            DataType::Fp32 => "FP32",
            DataType::Fp64 => "FP64",
            DataType::Bytes => "BYTES",
        }
    }

    /// Parse an OIP input datatype; `Err` carries a message for the client.
    pub fn parse(s: &str) -> Result<DataType, String> {
        Ok(match s {
            "BOOL" => DataType::Bool,
            "UINT8" => DataType::Uint8,
            "INT32" => DataType::Int32,
            "INT64" => DataType::Int64,
            "FP32" => DataType::Fp32,
            "FP64" => DataType::Fp64,
            "UINT16" | "UINT32" | "UINT64" | "INT8" | "INT16" | "FP16" | "BF16" | "BYTES" => {
                return Err(format!("datatype {s} is not supported by mlo serve"));
            }
            other => return Err(format!("unknown datatype `{other}`")),
        })
    }

    /// The datatype for an ONNX `TensorProto.DataType` code, if `mlo` executes it.
    pub fn from_onnx(code: i32) -> Option<DataType> {
        Some(match code {
            1 => DataType::Fp32,
            2 => DataType::Uint8,
            6 => DataType::Int32,
            7 => DataType::Int64,
            9 => DataType::Bool,
            11 => DataType::Fp64,
            8 => DataType::Bytes,
            _ => return None,
        })
    }
}

/// Row-major element storage. Integer and boolean types share `I64`, floats `F32`/`F64`.
#[derive(Debug, Clone, PartialEq)]
pub enum TensorData {
    /// FP32.
    F32(Vec<f32>),
    /// FP64.
    F64(Vec<f64>),
    /// Integers and booleans (the datatype says which).
    I64(Vec<i64>),
    /// Strings (BYTES).
    Str(Vec<String>),
}

impl TensorData {
    /// Number of elements.
    pub fn len(&self) -> usize {
        match self {
            TensorData::F32(v) => v.len(),
            TensorData::F64(v) => v.len(),
            TensorData::I64(v) => v.len(),
            TensorData::Str(v) => v.len(),
        }
    }

    /// True when there are no elements.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// No NaN or infinity.
    pub fn all_finite(&self) -> bool {
        match self {
            TensorData::F32(v) => v.iter().all(|x| x.is_finite()),
            TensorData::F64(v) => v.iter().all(|x| x.is_finite()),
            TensorData::I64(_) | TensorData::Str(_) => true,
        }
    }

    /// Whether any element is infinite (NaN aside).
    pub fn has_infinite(&self) -> bool {
        match self {
            TensorData::F32(v) => v.iter().any(|x| x.is_infinite()),
            TensorData::F64(v) => v.iter().any(|x| x.is_infinite()),
            TensorData::I64(_) | TensorData::Str(_) => false,
        }
    }

    /// Every element widened to f64 (for comparisons); strings, which have no number, are NaN.
    pub fn to_f64(&self) -> Vec<f64> {
        match self {
            TensorData::F32(v) => v.iter().map(|&x| f64::from(x)).collect(),
            TensorData::F64(v) => v.clone(),
            TensorData::I64(v) => v.iter().map(|&x| x as f64).collect(),
            TensorData::Str(v) => vec![f64::NAN; v.len()],
        }
    }

    fn slice(&self, from: usize, to: usize) -> TensorData {
        match self {
            TensorData::F32(v) => TensorData::F32(v[from..to].to_vec()),
            TensorData::F64(v) => TensorData::F64(v[from..to].to_vec()),
            TensorData::I64(v) => TensorData::I64(v[from..to].to_vec()),
            TensorData::Str(v) => TensorData::Str(v[from..to].to_vec()),
        }
    }

    fn extend(&mut self, other: &TensorData) -> bool {
        match (self, other) {
            (TensorData::F32(a), TensorData::F32(b)) => a.extend_from_slice(b),
            (TensorData::F64(a), TensorData::F64(b)) => a.extend_from_slice(b),
            (TensorData::I64(a), TensorData::I64(b)) => a.extend_from_slice(b),
            (TensorData::Str(a), TensorData::Str(b)) => a.extend_from_slice(b),
            _ => return false,
        }
        true
    }
}

/// A host tensor.
#[derive(Debug, Clone, PartialEq)]
pub struct Tensor {
    /// Dimensions.
    pub shape: Vec<usize>,
    /// Elements, row-major.
    pub data: TensorData,
    /// Set for BOOL/UINT8/INT32 data stored as `I64`; `None` means the storage's own type.
    pub int_type: Option<DataType>,
}

impl Tensor {
    /// A tensor; fails when the element count does not match the shape.
    pub fn new(shape: Vec<usize>, data: TensorData) -> Result<Tensor, InferError> {
        let want: usize = shape.iter().product();
        if want != data.len() {
            return Err(InferError::Input(format!(
                "shape {shape:?} needs {want} values, got {}",
                data.len()
            )));
        }
        Ok(Tensor {
            shape,
            data,
            int_type: None,
        })
    }

    /// The OIP datatype.
    pub fn datatype(&self) -> DataType {
        match (&self.data, self.int_type) {
            (TensorData::F32(_), _) => DataType::Fp32,
            (TensorData::F64(_), _) => DataType::Fp64,
            (TensorData::Str(_), _) => DataType::Bytes,
            (TensorData::I64(_), Some(t)) => t,
            (TensorData::I64(_), None) => DataType::Int64,
        }
    }

    /// Zeros shaped like `spec`, with variable dimensions set to 1.
    pub fn zeros_for(spec: &TensorSpec) -> Tensor {
        let shape: Vec<usize> = spec
            .shape
            .iter()
            .map(|&d| if d < 0 { 1 } else { d as usize })
            .collect();
        let n = shape.iter().product();
        let data = match spec.datatype {
            DataType::Fp32 => TensorData::F32(vec![0.0; n]),
            DataType::Fp64 => TensorData::F64(vec![0.0; n]),
            DataType::Bytes => TensorData::Str(vec![String::new(); n]),
            _ => TensorData::I64(vec![0; n]),
        };
        let int_type = match spec.datatype {
            DataType::Bool | DataType::Uint8 | DataType::Int32 => Some(spec.datatype),
            _ => None,
        };
        Tensor {
            shape,
            data,
            int_type,
        }
    }

    /// Rows in the first dimension (1 for a scalar).
    pub fn rows(&self) -> usize {
        self.shape.first().copied().unwrap_or(1)
    }

    /// Concatenate tensors along the first dimension (adaptive batching). `None` when their
    /// trailing dimensions or types differ, so they cannot share a batch.
    pub fn concat_rows(parts: &[&Tensor]) -> Option<Tensor> {
        let first = parts.first()?;
        let mut data = first.data.clone();
        let mut rows = first.rows();
        for p in &parts[1..] {
            if p.shape.len() != first.shape.len()
                || p.shape.get(1..) != first.shape.get(1..)
                || p.int_type != first.int_type
                || !data.extend(&p.data)
            {
                return None;
            }
            rows += p.rows();
        }
        let mut shape = first.shape.clone();
        if let Some(d) = shape.first_mut() {
            *d = rows;
        }
        Some(Tensor {
            shape,
            data,
            int_type: first.int_type,
        })
    }

    /// Split along the first dimension into pieces of `sizes` rows (inverse of `concat_rows`).
    pub fn split_rows(&self, sizes: &[usize]) -> Vec<Tensor> {
        let row: usize = self.shape.iter().skip(1).product();
        let mut out = Vec::with_capacity(sizes.len());
        let mut at = 0;
        for &n in sizes {
            let mut shape = self.shape.clone();
            if let Some(d) = shape.first_mut() {
                *d = n;
            }
            out.push(Tensor {
                shape,
                data: self.data.slice(at * row, (at + n) * row),
                int_type: self.int_type,
            });
            at += n;
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn concat_and_split_round_trip() {
        let a = Tensor::new(vec![1, 2], TensorData::F32(vec![1.0, 2.0])).unwrap();
        let b = Tensor::new(vec![2, 2], TensorData::F32(vec![3.0, 4.0, 5.0, 6.0])).unwrap();
        let c = Tensor::concat_rows(&[&a, &b]).unwrap();
        assert_eq!(c.shape, vec![3, 2]);
        assert_eq!(c.split_rows(&[1, 2]), vec![a, b]);
        let wide = Tensor::new(vec![1, 3], TensorData::F32(vec![0.0; 3])).unwrap();
        assert!(Tensor::concat_rows(&[&c, &wide]).is_none());
    }
}
