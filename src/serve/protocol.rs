//! Request and response bodies: the Open Inference Protocol's REST JSON (KServe V2) and
//! MLflow's scoring format (`/invocations`). Parsing turns client JSON into checked host
//! tensors in the model's input order; every problem is a message for a 400, never a panic.

use serde::Deserialize;
use serde::de::{MapAccess, Visitor};
use serde_json::{Map, Value, json};

use crate::infer::{DataType, Model, Tensor, TensorData, TensorSpec};

/// An OIP inference request.
#[derive(Debug, Deserialize)]
pub struct InferRequest {
    /// Client's request id, echoed back.
    #[serde(default)]
    pub id: Option<String>,
    /// Request parameters (accepted, echoed nowhere).
    #[serde(default)]
    pub parameters: Option<Map<String, Value>>,
    /// Input tensors.
    pub inputs: Vec<InputTensor>,
    /// Requested outputs; all when absent.
    #[serde(default)]
    pub outputs: Option<Vec<RequestedOutput>>,
}

/// One input tensor of a request.
#[derive(Debug, Deserialize)]
pub struct InputTensor {
    /// Name.
    pub name: String,
    /// Shape.
    pub shape: Vec<i64>,
    /// OIP datatype.
    pub datatype: String,
    /// Tensor parameters (`binary_data_size` is not supported).
    #[serde(default)]
    pub parameters: Option<Map<String, Value>>,
    /// Flat or nested row-major data.
    pub data: Value,
}

/// An entry of `outputs` in a request.
#[derive(Debug, Deserialize)]
pub struct RequestedOutput {
    /// Output name.
    pub name: String,
    /// Output parameters (accepted, ignored).
    #[serde(default)]
    pub parameters: Option<Map<String, Value>>,
}

/// Parse an OIP body. The message is for the client.
pub fn parse_infer(body: &[u8]) -> Result<InferRequest, String> {
    let req: InferRequest =
        serde_json::from_slice(body).map_err(|e| format!("invalid inference request: {e}"))?;
    Ok(req)
}

/// Flatten nested arrays of scalars in row-major order.
fn flatten<'a>(v: &'a Value, out: &mut Vec<&'a Value>) {
    match v {
        Value::Array(items) => items.iter().for_each(|i| flatten(i, out)),
        other => out.push(other),
    }
}

fn tensor_from_json(
    name: &str,
    shape: &[i64],
    datatype: DataType,
    data: &Value,
) -> Result<Tensor, String> {
    if shape.iter().any(|&d| d < 0) {
        return Err(format!(
            "input `{name}`: shape {shape:?} has a negative dimension"
        ));
    }
    let shape: Vec<usize> = shape.iter().map(|&d| d as usize).collect();
    let mut flat = Vec::new();
    flatten(data, &mut flat);
    let want: usize = shape.iter().product();
    if flat.len() != want {
        return Err(format!(
            "input `{name}`: shape {shape:?} needs {want} values, `data` has {}",
            flat.len()
        ));
    }
    let bad = |i: usize, v: &Value| {
        format!(
            "input `{name}`: element {i} is `{v}`, not a {} value",
            datatype.as_str()
        )
    };
    let data = match datatype {
        DataType::Fp32 | DataType::Fp64 => {
            let mut vals = Vec::with_capacity(flat.len());
            for (i, v) in flat.iter().enumerate() {
                // JSON has no NaN: `null` is a missing value (NaN), which only models that
                // handle missing values accept (`Model::check_inputs`); "NaN" is an error.
                vals.push(match v {
                    Value::Null => f64::NAN,
                    v => v.as_f64().ok_or_else(|| bad(i, v))?,
                });
            }
            if datatype == DataType::Fp32 {
                TensorData::F32(vals.into_iter().map(|x| x as f32).collect())
            } else {
                TensorData::F64(vals)
            }
        }
        DataType::Bool => TensorData::I64(
            flat.iter()
                .enumerate()
                .map(|(i, v)| v.as_bool().map(i64::from).ok_or_else(|| bad(i, v)))
                .collect::<Result<_, _>>()?,
        ),
        DataType::Bytes => {
            return Err(format!(
                "input `{name}`: BYTES inputs are not supported by mlo serve"
            ));
        }
        DataType::Uint8 | DataType::Int32 | DataType::Int64 => {
            let (lo, hi) = match datatype {
                DataType::Uint8 => (0, 255),
                DataType::Int32 => (i64::from(i32::MIN), i64::from(i32::MAX)),
                _ => (i64::MIN, i64::MAX),
            };
            TensorData::I64(
                flat.iter()
                    .enumerate()
                    .map(|(i, v)| {
                        v.as_i64()
                            .filter(|x| (lo..=hi).contains(x))
                            .ok_or_else(|| bad(i, v))
                    })
                    .collect::<Result<_, _>>()?,
            )
        }
    };
    let mut t = Tensor::new(shape, data).map_err(|e| e.to_string())?;
    if matches!(datatype, DataType::Bool | DataType::Uint8 | DataType::Int32) {
        t.int_type = Some(datatype);
    }
    Ok(t)
}

/// Match a request's inputs to the model's by name and convert them, in the model's order.
pub fn oip_inputs(req: &InferRequest, model: &Model) -> Result<Vec<Tensor>, String> {
    for input in &req.inputs {
        if !model.inputs.iter().any(|s| s.name == input.name) {
            return Err(format!(
                "unknown input `{}`; the model's inputs are {}",
                input.name,
                names(&model.inputs)
            ));
        }
        if input
            .parameters
            .as_ref()
            .is_some_and(|p| p.contains_key("binary_data_size"))
        {
            return Err("binary tensor data is not supported; send JSON `data`".into());
        }
    }
    model
        .inputs
        .iter()
        .map(|spec| {
            let input = req
                .inputs
                .iter()
                .find(|i| i.name == spec.name)
                .ok_or_else(|| format!("missing input `{}`", spec.name))?;
            let datatype = DataType::parse(&input.datatype)
                .map_err(|e| format!("input `{}`: {e}", input.name))?;
            tensor_from_json(&input.name, &input.shape, datatype, &input.data)
        })
        .collect()
}

fn names(specs: &[TensorSpec]) -> String {
    specs
        .iter()
        .map(|s| format!("`{}`", s.name))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Which outputs to return (indices into the model's outputs).
pub fn selected_outputs(req: &InferRequest, model: &Model) -> Result<Vec<usize>, String> {
    match &req.outputs {
        None => Ok((0..model.outputs.len()).collect()),
        Some(wanted) => wanted
            .iter()
            .map(|o| {
                model
                    .outputs
                    .iter()
                    .position(|s| s.name == o.name)
                    .ok_or_else(|| {
                        format!(
                            "unknown output `{}`; the model's outputs are {}",
                            o.name,
                            names(&model.outputs)
                        )
                    })
            })
            .collect(),
    }
}

/// A tensor as OIP JSON.
pub fn tensor_json(name: &str, t: &Tensor) -> Value {
    json!({
        "name": name,
        "datatype": t.datatype().as_str(),
        "shape": t.shape,
        "data": data_json(t),
    })
}

/// The flat data array (FP32 printed in its shortest f32 form).
pub fn data_json(t: &Tensor) -> Value {
    match (&t.data, t.datatype()) {
        (TensorData::F32(v), _) => json!(v),
        (TensorData::F64(v), _) => json!(v),
        (TensorData::I64(v), DataType::Bool) => {
            json!(v.iter().map(|&x| x != 0).collect::<Vec<_>>())
        }
        (TensorData::I64(v), _) => json!(v),
        (TensorData::Str(v), _) => json!(v),
    }
}

/// One MLflow record (`dataframe_records`), keeping column order as sent.
#[derive(Debug)]
pub struct OrderedRecord(pub Vec<(String, Value)>);

impl<'de> Deserialize<'de> for OrderedRecord {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = OrderedRecord;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("an object of column values")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut m: A) -> Result<OrderedRecord, A::Error> {
                let mut out = Vec::new();
                while let Some((k, v)) = m.next_entry::<String, Value>()? {
                    out.push((k, v));
                }
                Ok(OrderedRecord(out))
            }
        }
        d.deserialize_map(V)
    }
}

/// MLflow's scoring body: exactly one of the four keys.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MlflowRequest {
    /// `{"columns": [...], "data": [[...], ...]}`.
    #[serde(default)]
    pub dataframe_split: Option<Value>,
    /// `[{"col": value, ...}, ...]`.
    #[serde(default)]
    pub dataframe_records: Option<Vec<OrderedRecord>>,
    /// Rows (TF-serving style).
    #[serde(default)]
    pub instances: Option<Value>,
    /// Rows, or `{input_name: rows}`.
    #[serde(default)]
    pub inputs: Option<Value>,
    /// Inference parameters (accepted, ignored).
    #[serde(default)]
    pub params: Option<Value>,
}

fn rows_of(v: &Value) -> Result<Vec<Vec<Value>>, String> {
    let Value::Array(rows) = v else {
        return Err("expected an array of rows".into());
    };
    if rows.iter().all(|r| !r.is_array()) {
        // A single row written flat.
        return Ok(vec![rows.clone()]);
    }
    rows.iter()
        .map(|r| match r {
            Value::Array(cells) => {
                let mut flat = Vec::new();
                flatten(r, &mut flat);
                let _ = cells;
                Ok(flat.into_iter().cloned().collect())
            }
            _ => Err("every row must be an array".to_string()),
        })
        .collect()
}

/// Turn an MLflow body into the model's single FP32/FP64 input tensor.
pub fn mlflow_inputs(body: &[u8], model: &Model) -> Result<Vec<Tensor>, String> {
    let req: MlflowRequest =
        serde_json::from_slice(body).map_err(|e| format!("invalid MLflow scoring request: {e}"))?;
    let [spec] = model.inputs.as_slice() else {
        return Err(format!(
            "/invocations serves single-input models; this one has inputs {}",
            names(&model.inputs)
        ));
    };
    let given = [
        req.dataframe_split.is_some(),
        req.dataframe_records.is_some(),
        req.instances.is_some(),
        req.inputs.is_some(),
    ]
    .iter()
    .filter(|b| **b)
    .count();
    if given != 1 {
        return Err(
            "send exactly one of `dataframe_split`, `dataframe_records`, `instances`, `inputs`"
                .into(),
        );
    }
    let rows: Vec<Vec<Value>> = if let Some(split) = &req.dataframe_split {
        rows_of(
            split
                .get("data")
                .ok_or("`dataframe_split` needs a `data` array")?,
        )?
    } else if let Some(records) = &req.dataframe_records {
        records
            .iter()
            .map(|r| r.0.iter().map(|(_, v)| v.clone()).collect())
            .collect()
    } else if let Some(inst) = &req.instances {
        rows_of(inst)?
    } else {
        match req.inputs.as_ref() {
            Some(Value::Object(m)) => rows_of(m.get(&spec.name).ok_or_else(|| {
                format!(
                    "`inputs` has no entry for the model's input `{}`",
                    spec.name
                )
            })?)?,
            Some(v) => rows_of(v)?,
            None => Vec::new(),
        }
    };
    let width = rows.first().map_or(0, Vec::len);
    if rows.iter().any(|r| r.len() != width) {
        return Err("rows have different lengths".into());
    }
    let datatype = match spec.datatype {
        DataType::Fp64 => DataType::Fp64,
        DataType::Fp32 => DataType::Fp32,
        other => {
            return Err(format!(
                "/invocations sends numbers as floats; this model's input is {}",
                other.as_str()
            ));
        }
    };
    let data = Value::Array(rows.into_iter().flatten().collect());
    let n = data.as_array().map_or(0, Vec::len);
    let shape = [(n / width.max(1)) as i64, width as i64];
    Ok(vec![tensor_from_json(&spec.name, &shape, datatype, &data)?])
}

/// MLflow's response: `{"predictions": ...}` — one output gives its rows; several give one
/// object per row keyed by output name.
pub fn mlflow_response(model: &Model, outputs: &[Tensor]) -> Value {
    let row_values = |t: &Tensor| -> Vec<Value> {
        let Value::Array(flat) = data_json(t) else {
            return vec![];
        };
        let rows = t.rows().max(1);
        let per = flat.len() / rows;
        if t.shape.len() <= 1 {
            flat
        } else {
            flat.chunks(per.max(1))
                .map(|c| Value::Array(c.to_vec()))
                .collect()
        }
    };
    if let [only] = outputs {
        return json!({ "predictions": row_values(only) });
    }
    let cols: Vec<(String, Vec<Value>)> = model
        .outputs
        .iter()
        .zip(outputs)
        .map(|(s, t)| (s.name.clone(), row_values(t)))
        .collect();
    let n = cols.first().map_or(0, |c| c.1.len());
    let rows: Vec<Value> = (0..n)
        .map(|i| {
            Value::Object(
                cols.iter()
                    .map(|(name, vals)| (name.clone(), vals.get(i).cloned().unwrap_or(Value::Null)))
                    .collect(),
            )
        })
        .collect();
    json!({ "predictions": rows })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flat_and_nested_data_agree() {
        let flat = tensor_from_json("x", &[2, 2], DataType::Fp32, &json!([1, 2, 4, 5])).unwrap();
        let nested =
            tensor_from_json("x", &[2, 2], DataType::Fp32, &json!([[1, 2], [4, 5]])).unwrap();
        assert_eq!(flat, nested);
        assert!(tensor_from_json("x", &[2, 2], DataType::Fp32, &json!([1, 2, 3])).is_err());
        assert!(tensor_from_json("x", &[1, 2], DataType::Fp32, &json!(["a", 2])).is_err());
        assert!(tensor_from_json("x", &[1, 2], DataType::Int64, &json!([1.5, 2])).is_err());
        assert!(tensor_from_json("x", &[-1, 2], DataType::Fp32, &json!([1, 2])).is_err());
    }

    #[test]
    fn records_keep_column_order() {
        let r: MlflowRequest =
            serde_json::from_str(r#"{"dataframe_records":[{"b":1,"a":2}]}"#).unwrap();
        let rec = &r.dataframe_records.unwrap()[0];
        assert_eq!(rec.0[0].0, "b");
    }
}
