//! ONNX execution on candle-core. [`Plan::compile`] turns a parsed graph into a list of steps
//! over numbered value slots, with every initializer decoded once into a candle tensor, every
//! attribute read once, and Gemm weights pre-transposed; [`Plan::run`] walks the steps. An
//! operator outside [`SUPPORTED`] fails compilation, so a model that loads will run.
//!
//! Covered: the standard-domain operators PyTorch and Keras emit for dense networks, and the
//! `ai.onnx.ml` operators scikit-learn's linear and tree models export to (skl2onnx, `zipmap`
//! off). A slot holds either a candle tensor or a host tensor: tree ensembles (and string
//! labels, which candle cannot hold) run on host data, so a tree-only graph never touches
//! candle; a candle operator converts a host input once, in place.
//! Semantics follow the ONNX operator docs; results are checked against onnxruntime by the
//! tests in `infer` (fixtures from `scripts/serve_fixtures.py`).

use std::collections::{BTreeSet, HashMap};
use std::path::Path;

use candle_core::{DType, Device, Tensor as CTensor};

use super::proto::{self, Attribute, Node, TensorProto};
use super::tensor::{DataType, Tensor, TensorData};
use super::trees::TreeEnsemble;
use super::{InferError, LoadError, TensorSpec};

/// Operators this build executes (`domain:OpType`, the standard domain written without one).
pub const SUPPORTED: &[&str] = &[
    "Abs",
    "Add",
    "ArgMax",
    "Cast",
    "Concat",
    "Div",
    "Exp",
    "Flatten",
    "Gemm",
    "Identity",
    "LeakyRelu",
    "Log",
    "LogSoftmax",
    "MatMul",
    "Mul",
    "Neg",
    "Relu",
    "Reshape",
    "Sigmoid",
    "Softmax",
    "Sqrt",
    "Sub",
    "Tanh",
    "ai.onnx.ml:LinearClassifier",
    "ai.onnx.ml:LinearRegressor",
    "ai.onnx.ml:Normalizer",
    "ai.onnx.ml:Scaler",
    "ai.onnx.ml:TreeEnsembleClassifier",
    "ai.onnx.ml:TreeEnsembleRegressor",
];

/// `post_transform` of the ai.onnx.ml linear operators.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Post {
    None,
    Softmax,
    Logistic,
    SoftmaxZero,
}

#[derive(Debug, Clone, Copy)]
enum Unary {
    Abs,
    Exp,
    Log,
    Neg,
    Relu,
    Sigmoid,
    Sqrt,
    Tanh,
    LeakyRelu(f64),
}

#[derive(Debug, Clone, Copy)]
enum Binary {
    Add,
    Sub,
    Mul,
    Div,
}

#[derive(Debug)]
enum Op {
    Unary(Unary),
    Binary(Binary),
    /// y = a·b + c with b already transposed and scaled by alpha, c scaled by beta.
    Gemm {
        trans_a: bool,
        b: Option<CTensor>,
        trans_b: bool,
        alpha: f64,
        beta: f64,
    },
    MatMul,
    Softmax {
        axis: i64,
        log: bool,
    },
    Identity,
    Flatten {
        axis: i64,
    },
    Reshape {
        shape: Vec<i64>,
    },
    Cast {
        to: DType,
    },
    ArgMax {
        axis: i64,
        keepdims: bool,
    },
    Concat {
        axis: i64,
    },
    LinearClassifier {
        /// [features, classes]
        weights: CTensor,
        intercepts: CTensor,
        labels: Vec<i64>,
        post: Post,
        /// One score column for two classes (binary export).
        binary: bool,
    },
    LinearRegressor {
        weights: CTensor,
        intercepts: CTensor,
    },
    Normalizer {
        norm: Norm,
    },
    Scaler {
        offset: CTensor,
        scale: CTensor,
    },
    /// A tree ensemble, evaluated on host data (not candle): see `super::trees`.
    Trees(Box<TreeEnsemble>),
}

#[derive(Debug, Clone, Copy)]
enum Norm {
    Max,
    L1,
    L2,
}

#[derive(Debug)]
struct Step {
    op: Op,
    inputs: Vec<Option<usize>>,
    outputs: Vec<usize>,
}

/// A compiled ONNX graph.
#[derive(Debug)]
pub struct Plan {
    /// Graph inputs that are not initializers.
    pub inputs: Vec<TensorSpec>,
    /// Graph outputs.
    pub outputs: Vec<TensorSpec>,
    /// A tree ensemble tracks missing values, so NaN inputs are meaningful.
    pub missing_values: bool,
    input_slots: Vec<usize>,
    output_slots: Vec<usize>,
    constants: Vec<(usize, CTensor)>,
    steps: Vec<Step>,
    slots: usize,
}

fn invalid(path: &Path, message: impl Into<String>) -> LoadError {
    LoadError::Invalid {
        path: path.to_path_buf(),
        message: message.into(),
    }
}

fn attr<'a>(node: &'a Node, name: &str) -> Option<&'a Attribute> {
    node.attributes.iter().find(|a| a.name == name)
}

fn attr_i(node: &Node, name: &str, default: i64) -> i64 {
    attr(node, name).and_then(|a| a.i).unwrap_or(default)
}

fn attr_f(node: &Node, name: &str, default: f32) -> f32 {
    attr(node, name).and_then(|a| a.f).unwrap_or(default)
}

fn attr_s(node: &Node, name: &str) -> Option<String> {
    attr(node, name)
        .and_then(|a| a.s.as_ref())
        .map(|s| String::from_utf8_lossy(s).into_owned())
}

/// Decode an initializer into a candle tensor on the CPU.
fn decode(t: &TensorProto) -> Result<CTensor, String> {
    if t.external {
        return Err(format!("initializer `{}` uses external data", t.name));
    }
    let dims: Vec<usize> = t.dims.iter().map(|&d| d.max(0) as usize).collect();
    let n: usize = dims.iter().product();
    let dev = &Device::Cpu;
    let le = |w: usize| -> Result<(), String> {
        if !t.raw.is_empty() && t.raw.len() != n * w {
            Err(format!(
                "initializer `{}` has the wrong byte length",
                t.name
            ))
        } else {
            Ok(())
        }
    };
    let tensor = match t.data_type {
        1 => {
            le(4)?;
            let v: Vec<f32> = if t.raw.is_empty() {
                t.float_data.clone()
            } else {
                t.raw
                    .chunks_exact(4)
                    .map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]]))
                    .collect()
            };
            CTensor::from_vec(v, dims, dev)
        }
        11 => {
            le(8)?;
            let v: Vec<f64> = if t.raw.is_empty() {
                t.double_data.clone()
            } else {
                t.raw
                    .chunks_exact(8)
                    .map(|c| f64::from_le_bytes(c.try_into().unwrap_or([0; 8])))
                    .collect()
            };
            CTensor::from_vec(v, dims, dev)
        }
        7 | 6 => {
            let w = if t.data_type == 7 { 8 } else { 4 };
            le(w)?;
            let v: Vec<i64> = if t.raw.is_empty() {
                t.int_data.clone()
            } else if w == 8 {
                t.raw
                    .chunks_exact(8)
                    .map(|c| i64::from_le_bytes(c.try_into().unwrap_or([0; 8])))
                    .collect()
            } else {
                t.raw
                    .chunks_exact(4)
                    .map(|c| i64::from(i32::from_le_bytes([c[0], c[1], c[2], c[3]])))
                    .collect()
            };
            CTensor::from_vec(v, dims, dev)
        }
        other => {
            return Err(format!(
                "initializer `{}` has ONNX data type {other}, which mlo does not execute",
                t.name
            ));
        }
    };
    tensor.map_err(|e| format!("initializer `{}`: {e}", t.name))
}

fn onnx_dtype(code: i64) -> Option<DType> {
    Some(match code {
        1 => DType::F32,
        11 => DType::F64,
        6 | 7 => DType::I64,
        _ => return None,
    })
}

fn spec(vi: &proto::ValueInfo, path: &Path) -> Result<TensorSpec, LoadError> {
    let datatype = DataType::from_onnx(vi.elem_type).ok_or_else(|| {
        invalid(
            path,
            format!(
                "graph tensor `{}` has ONNX type {}, which mlo does not serve",
                vi.name, vi.elem_type
            ),
        )
    })?;
    let shape = match &vi.shape {
        Some(dims) => dims.iter().map(|d| d.unwrap_or(-1)).collect(),
        None => vec![-1],
    };
    Ok(TensorSpec {
        name: vi.name.clone(),
        datatype,
        shape,
    })
}

fn post_transform(node: &Node) -> Result<Post, String> {
    Ok(match attr_s(node, "post_transform").as_deref() {
        None | Some("NONE") => Post::None,
        Some("SOFTMAX") => Post::Softmax,
        Some("LOGISTIC") => Post::Logistic,
        Some("SOFTMAX_ZERO") => Post::SoftmaxZero,
        Some(other) => return Err(format!("post_transform {other} is not supported")),
    })
}

/// Weights `[targets, features]` stored flat in `coefficients`, returned as `[features, targets]`.
fn linear_weights(node: &Node, targets: usize) -> Result<(CTensor, usize), String> {
    let coefs = attr(node, "coefficients")
        .map(|a| a.floats.clone())
        .unwrap_or_default();
    if targets == 0 || coefs.is_empty() || coefs.len() % targets != 0 {
        return Err(format!(
            "{}: {} coefficients do not split into {targets} rows",
            node.op_type,
            coefs.len()
        ));
    }
    let features = coefs.len() / targets;
    let w = CTensor::from_vec(coefs, (targets, features), &Device::Cpu)
        .and_then(|w| w.t()?.contiguous())
        .map_err(|e| e.to_string())?;
    Ok((w, features))
}

impl Plan {
    /// Parse and compile an ONNX model. Every unsupported operator is listed in one error.
    pub fn compile(path: &Path, bytes: &[u8]) -> Result<Plan, LoadError> {
        let model = proto::parse_model(bytes).map_err(|e| invalid(path, e.0))?;
        let graph = &model.graph;

        let unsupported: BTreeSet<String> = graph
            .nodes
            .iter()
            .map(op_key)
            .filter(|k| !SUPPORTED.contains(&k.as_str()))
            .collect();
        if !unsupported.is_empty() {
            return Err(LoadError::Unsupported {
                path: path.to_path_buf(),
                ops: unsupported.into_iter().collect(),
            });
        }

        let mut slots: HashMap<String, usize> = HashMap::new();
        let slot = |name: &str, slots: &mut HashMap<String, usize>| -> usize {
            let n = slots.len();
            *slots.entry(name.to_string()).or_insert(n)
        };

        let mut constants = Vec::new();
        let mut const_values: HashMap<String, CTensor> = HashMap::new();
        for init in &graph.initializers {
            let t = decode(init).map_err(|m| invalid(path, m))?;
            let s = slot(&init.name, &mut slots);
            const_values.insert(init.name.clone(), t.clone());
            constants.push((s, t));
        }

        let mut inputs = Vec::new();
        let mut input_slots = Vec::new();
        for vi in &graph.inputs {
            if const_values.contains_key(&vi.name) {
                continue;
            }
            let input = spec(vi, path)?;
            if input.datatype == DataType::Bytes {
                return Err(invalid(
                    path,
                    format!(
                        "input `{}` is a string tensor; mlo serves numeric inputs",
                        vi.name
                    ),
                ));
            }
            inputs.push(input);
            input_slots.push(slot(&vi.name, &mut slots));
        }
        if inputs.is_empty() {
            return Err(invalid(path, "the graph has no inputs"));
        }

        let mut steps = Vec::new();
        let mut strings: BTreeSet<usize> = BTreeSet::new();
        for node in &graph.nodes {
            let op = compile_node(node, &const_values).map_err(|m| {
                invalid(
                    path,
                    format!("node `{}` ({}): {m}", node.name, node.op_type),
                )
            })?;
            let ins: Vec<Option<usize>> = node
                .inputs
                .iter()
                .map(|i| (!i.is_empty()).then(|| slot(i, &mut slots)))
                .collect();
            // Strings (a classifier's labels) can only pass through Identity.
            if !matches!(op, Op::Identity) {
                if let Some(i) = ins.iter().flatten().find(|i| strings.contains(i)) {
                    let name = slots.iter().find(|(_, s)| *s == i).map(|(n, _)| n.clone());
                    return Err(invalid(
                        path,
                        format!(
                            "node `{}` ({}) reads the string tensor `{}`, which mlo only passes through",
                            node.name,
                            node.op_type,
                            name.unwrap_or_default()
                        ),
                    ));
                }
            }
            let outs: Vec<usize> = node.outputs.iter().map(|o| slot(o, &mut slots)).collect();
            match &op {
                Op::Trees(t) => {
                    for (o, ty) in outs.iter().zip(t.output_types()) {
                        if ty == DataType::Bytes {
                            strings.insert(*o);
                        }
                    }
                }
                Op::Identity if ins.iter().flatten().any(|i| strings.contains(i)) => {
                    strings.extend(outs.iter().copied());
                }
                _ => {}
            }
            steps.push(Step {
                op,
                inputs: ins,
                outputs: outs,
            });
        }

        let mut outputs = Vec::new();
        let mut output_slots = Vec::new();
        for vi in &graph.outputs {
            let out = spec(vi, path)?;
            let is_string = slots.get(&vi.name).is_some_and(|s| strings.contains(s));
            if (out.datatype == DataType::Bytes) != is_string {
                return Err(invalid(
                    path,
                    format!(
                        "output `{}` is declared {} but computed as {}",
                        vi.name,
                        out.datatype.as_str(),
                        if is_string { "strings" } else { "numbers" }
                    ),
                ));
            }
            outputs.push(out);
            output_slots.push(
                *slots.get(&vi.name).ok_or_else(|| {
                    invalid(path, format!("output `{}` is never computed", vi.name))
                })?,
            );
        }
        let missing_values = steps
            .iter()
            .any(|s| matches!(&s.op, Op::Trees(t) if t.tracks_missing()));
        Ok(Plan {
            inputs,
            outputs,
            missing_values,
            input_slots,
            output_slots,
            constants,
            steps,
            slots: slots.len(),
        })
    }

    /// Run the graph on host tensors (already checked against `inputs`).
    pub fn run(&self, inputs: &[Tensor]) -> Result<Vec<Tensor>, InferError> {
        let mut values: Vec<Option<Value>> = vec![None; self.slots];
        for (s, t) in &self.constants {
            values[*s] = Some(Value::Candle(t.clone()));
        }
        for (s, t) in self.input_slots.iter().zip(inputs) {
            values[*s] = Some(Value::Host(t.clone()));
        }
        for step in &self.steps {
            let outs: Vec<Value> = match &step.op {
                Op::Identity => vec![
                    step.inputs
                        .first()
                        .copied()
                        .flatten()
                        .and_then(|i| values[i].clone())
                        .ok_or_else(|| InferError::Compute("missing input 0".into()))?,
                ],
                Op::Trees(trees) => {
                    let x = step
                        .inputs
                        .first()
                        .copied()
                        .flatten()
                        .and_then(|i| values[i].as_ref())
                        .ok_or_else(|| InferError::Compute("missing input 0".into()))?;
                    let outs = match x {
                        Value::Host(t) => trees.run(t)?,
                        Value::Candle(t) => trees.run(&host(t)?)?,
                    };
                    outs.into_iter().map(Value::Host).collect()
                }
                op => {
                    // Candle operators read candle tensors: convert host inputs once, in place.
                    for i in step.inputs.iter().copied().flatten() {
                        if let Some(Value::Host(t)) = &values[i] {
                            values[i] = Some(Value::Candle(to_candle(t)?));
                        }
                    }
                    let args: Vec<Option<&CTensor>> = step
                        .inputs
                        .iter()
                        .map(|i| {
                            i.and_then(|i| match &values[i] {
                                Some(Value::Candle(t)) => Some(t),
                                _ => None,
                            })
                        })
                        .collect();
                    exec(op, &args)?.into_iter().map(Value::Candle).collect()
                }
            };
            for (s, v) in step.outputs.iter().zip(outs) {
                values[*s] = Some(v);
            }
        }
        self.output_slots
            .iter()
            .zip(&self.outputs)
            .map(|(s, spec)| {
                match values[*s].take().ok_or_else(|| {
                    InferError::Compute(format!("output `{}` was not computed", spec.name))
                })? {
                    Value::Candle(t) => from_candle(&t, spec.datatype),
                    Value::Host(t) => host_as(t, spec.datatype),
                }
            })
            .collect()
    }
}

/// A slot's value: a candle tensor (weights, and what candle operators produce) or a host
/// tensor (graph inputs, tree-ensemble outputs, string labels).
#[derive(Debug, Clone)]
enum Value {
    Candle(CTensor),
    Host(Tensor),
}

/// A candle tensor's data on the host, keeping its element type (anything else as f32).
fn host(t: &CTensor) -> Result<Tensor, InferError> {
    let datatype = match t.dtype() {
        DType::F64 => DataType::Fp64,
        DType::I64 | DType::U32 | DType::U8 => DataType::Int64,
        _ => DataType::Fp32,
    };
    from_candle(t, datatype)
}

/// A host value as the datatype the graph declares for it.
fn host_as(t: Tensor, datatype: DataType) -> Result<Tensor, InferError> {
    if t.datatype() == datatype {
        return Ok(t);
    }
    let data = match (datatype, &t.data) {
        (DataType::Bytes, _) | (_, TensorData::Str(_)) => {
            return Err(InferError::Compute(format!(
                "a {} value cannot be returned as {}",
                t.datatype().as_str(),
                datatype.as_str()
            )));
        }
        (DataType::Fp32, d) => TensorData::F32(d.to_f64().into_iter().map(|x| x as f32).collect()),
        (DataType::Fp64, d) => TensorData::F64(d.to_f64()),
        (_, TensorData::I64(v)) => TensorData::I64(v.clone()),
        (_, d) => TensorData::I64(d.to_f64().into_iter().map(|x| x as i64).collect()),
    };
    let mut out = Tensor::new(t.shape, data)?;
    if matches!(datatype, DataType::Bool | DataType::Uint8 | DataType::Int32) {
        out.int_type = Some(datatype);
    }
    Ok(out)
}

fn op_key(n: &Node) -> String {
    match n.domain.as_str() {
        "" | "ai.onnx" => n.op_type.clone(),
        d => format!("{d}:{}", n.op_type),
    }
}

fn compile_node(node: &Node, consts: &HashMap<String, CTensor>) -> Result<Op, String> {
    let ce = |e: candle_core::Error| e.to_string();
    Ok(match op_key(node).as_str() {
        "Abs" => Op::Unary(Unary::Abs),
        "Exp" => Op::Unary(Unary::Exp),
        "Log" => Op::Unary(Unary::Log),
        "Neg" => Op::Unary(Unary::Neg),
        "Relu" => Op::Unary(Unary::Relu),
        "Sigmoid" => Op::Unary(Unary::Sigmoid),
        "Sqrt" => Op::Unary(Unary::Sqrt),
        "Tanh" => Op::Unary(Unary::Tanh),
        "LeakyRelu" => Op::Unary(Unary::LeakyRelu(f64::from(attr_f(node, "alpha", 0.01)))),
        "Add" => Op::Binary(Binary::Add),
        "Sub" => Op::Binary(Binary::Sub),
        "Mul" => Op::Binary(Binary::Mul),
        "Div" => Op::Binary(Binary::Div),
        "MatMul" => Op::MatMul,
        "Identity" => Op::Identity,
        "Gemm" => {
            let alpha = f64::from(attr_f(node, "alpha", 1.0));
            let beta = f64::from(attr_f(node, "beta", 1.0));
            let trans_b = attr_i(node, "transB", 0) != 0;
            // A constant B is transposed and scaled once here instead of on every call.
            let b = match node.inputs.get(1).and_then(|n| consts.get(n)) {
                Some(b) => {
                    let b = if trans_b {
                        b.t().map_err(ce)?
                    } else {
                        b.clone()
                    };
                    Some(b.affine(alpha, 0.0).map_err(ce)?.contiguous().map_err(ce)?)
                }
                None => None,
            };
            Op::Gemm {
                trans_a: attr_i(node, "transA", 0) != 0,
                b,
                trans_b,
                alpha,
                beta,
            }
        }
        "Softmax" | "LogSoftmax" => Op::Softmax {
            axis: attr_i(node, "axis", -1),
            log: node.op_type == "LogSoftmax",
        },
        "Flatten" => Op::Flatten {
            axis: attr_i(node, "axis", 1),
        },
        "Reshape" => {
            let shape = node
                .inputs
                .get(1)
                .and_then(|n| consts.get(n))
                .ok_or("the target shape must be a constant")?
                .to_vec1::<i64>()
                .map_err(ce)?;
            Op::Reshape { shape }
        }
        "Cast" => Op::Cast {
            to: onnx_dtype(attr_i(node, "to", 1)).ok_or("cast to an unsupported type")?,
        },
        "ArgMax" => Op::ArgMax {
            axis: attr_i(node, "axis", 0),
            keepdims: attr_i(node, "keepdims", 1) != 0,
        },
        "Concat" => Op::Concat {
            axis: attr_i(node, "axis", 0),
        },
        "ai.onnx.ml:LinearClassifier" => {
            if attr(node, "classlabels_strings").is_some_and(|a| !a.strings.is_empty()) {
                return Err("string class labels are not supported (export integer labels)".into());
            }
            let labels = attr(node, "classlabels_ints")
                .map(|a| a.ints.clone())
                .unwrap_or_default();
            let intercepts = attr(node, "intercepts")
                .map(|a| a.floats.clone())
                .unwrap_or_default();
            let rows = if intercepts.is_empty() {
                labels.len()
            } else {
                intercepts.len()
            };
            let (weights, _) = linear_weights(node, rows)?;
            let binary = rows == 1 && labels.len() == 2;
            if !binary && rows != labels.len() {
                return Err(format!(
                    "{rows} score rows for {} class labels",
                    labels.len()
                ));
            }
            let intercepts = if intercepts.is_empty() {
                vec![0.0; rows]
            } else {
                intercepts
            };
            Op::LinearClassifier {
                weights,
                intercepts: CTensor::from_vec(intercepts, (1, rows), &Device::Cpu).map_err(ce)?,
                labels,
                post: post_transform(node)?,
                binary,
            }
        }
        "ai.onnx.ml:LinearRegressor" => {
            if post_transform(node)? != Post::None {
                return Err("LinearRegressor post_transform other than NONE".into());
            }
            let targets = attr_i(node, "targets", 1).max(1) as usize;
            let (weights, _) = linear_weights(node, targets)?;
            let intercepts = attr(node, "intercepts")
                .map(|a| a.floats.clone())
                .filter(|v| !v.is_empty())
                .unwrap_or_else(|| vec![0.0; targets]);
            Op::LinearRegressor {
                weights,
                intercepts: CTensor::from_vec(intercepts, (1, targets), &Device::Cpu)
                    .map_err(ce)?,
            }
        }
        "ai.onnx.ml:Normalizer" => Op::Normalizer {
            norm: match attr_s(node, "norm").as_deref() {
                Some("MAX") => Norm::Max,
                Some("L1") => Norm::L1,
                Some("L2") | None => Norm::L2,
                Some(o) => return Err(format!("norm {o} is not supported")),
            },
        },
        "ai.onnx.ml:TreeEnsembleClassifier" => {
            Op::Trees(Box::new(TreeEnsemble::compile(node, true)?))
        }
        "ai.onnx.ml:TreeEnsembleRegressor" => {
            Op::Trees(Box::new(TreeEnsemble::compile(node, false)?))
        }
        "ai.onnx.ml:Scaler" => {
            let row = |name: &str| -> Result<CTensor, String> {
                let v = attr(node, name)
                    .map(|a| a.floats.clone())
                    .unwrap_or_default();
                let n = v.len();
                CTensor::from_vec(v, (1, n), &Device::Cpu).map_err(ce)
            };
            Op::Scaler {
                offset: row("offset")?,
                scale: row("scale")?,
            }
        }
        other => return Err(format!("unsupported operator {other}")),
    })
}

fn to_candle(t: &Tensor) -> Result<CTensor, InferError> {
    let shape = t.shape.clone();
    let dev = &Device::Cpu;
    Ok(match &t.data {
        TensorData::F32(v) => CTensor::from_slice(v, shape, dev)?,
        TensorData::F64(v) => CTensor::from_slice(v, shape, dev)?,
        TensorData::I64(v) => CTensor::from_slice(v, shape, dev)?,
        TensorData::Str(_) => {
            return Err(InferError::Compute(
                "a string tensor cannot feed a numeric operator".into(),
            ));
        }
    })
}

/// Convert a candle tensor back to host data of the datatype the graph declares.
pub(crate) fn from_candle(t: &CTensor, datatype: DataType) -> Result<Tensor, InferError> {
    let shape = t.dims().to_vec();
    let flat = t.flatten_all()?;
    let data = match datatype {
        DataType::Fp32 => TensorData::F32(flat.to_dtype(DType::F32)?.to_vec1()?),
        DataType::Fp64 => TensorData::F64(flat.to_dtype(DType::F64)?.to_vec1()?),
        DataType::Bytes => {
            return Err(InferError::Compute(
                "a numeric tensor cannot be returned as BYTES".into(),
            ));
        }
        _ => TensorData::I64(flat.to_dtype(DType::I64)?.to_vec1()?),
    };
    let mut out = Tensor::new(shape, data)?;
    if matches!(datatype, DataType::Bool | DataType::Uint8 | DataType::Int32) {
        out.int_type = Some(datatype);
    }
    Ok(out)
}

fn axis(axis: i64, rank: usize) -> Result<usize, InferError> {
    let r = rank as i64;
    let a = if axis < 0 { axis + r } else { axis };
    if a < 0 || a >= r.max(1) {
        return Err(InferError::Input(format!(
            "axis {axis} is out of range for rank {rank}"
        )));
    }
    Ok(a as usize)
}

fn arg<'a>(args: &[Option<&'a CTensor>], i: usize) -> Result<&'a CTensor, InferError> {
    args.get(i)
        .copied()
        .flatten()
        .ok_or_else(|| InferError::Compute(format!("missing input {i}")))
}

fn sigmoid(x: &CTensor) -> candle_core::Result<CTensor> {
    (x.neg()?.exp()? + 1.0)?.recip()
}

fn softmax(x: &CTensor, dim: usize) -> candle_core::Result<CTensor> {
    let e = x.broadcast_sub(&x.max_keepdim(dim)?)?.exp()?;
    e.broadcast_div(&e.sum_keepdim(dim)?)
}

/// Map a shape-mismatch from candle to a client error: the graph is fixed, so a broadcast or
/// matmul that does not fit means the request's shape did not fit the model.
fn shape_err(e: candle_core::Error) -> InferError {
    InferError::Input(format!("input does not fit the model: {e}"))
}

fn exec(op: &Op, args: &[Option<&CTensor>]) -> Result<Vec<CTensor>, InferError> {
    let x = arg(args, 0)?;
    let one = |t: CTensor| Ok(vec![t]);
    match op {
        // Tree ensembles run on host data in `Plan::run`, never here.
        Op::Trees(_) => Err(InferError::Compute(
            "a tree ensemble cannot run on candle tensors".into(),
        )),
        Op::Unary(u) => one(match u {
            Unary::Abs => x.abs()?,
            Unary::Exp => x.exp()?,
            Unary::Log => x.log()?,
            Unary::Neg => x.neg()?,
            Unary::Relu => x.relu()?,
            Unary::Sigmoid => sigmoid(x)?,
            Unary::Sqrt => x.sqrt()?,
            Unary::Tanh => x.tanh()?,
            Unary::LeakyRelu(a) => {
                let neg = x.minimum(0.0)?.affine(*a, 0.0)?;
                (x.relu()? + neg)?
            }
        }),
        Op::Binary(b) => {
            let y = arg(args, 1)?;
            let y = if y.dtype() != x.dtype() {
                y.to_dtype(x.dtype())?
            } else {
                y.clone()
            };
            one(match b {
                Binary::Add => x.broadcast_add(&y),
                Binary::Sub => x.broadcast_sub(&y),
                Binary::Mul => x.broadcast_mul(&y),
                Binary::Div => x.broadcast_div(&y),
            }
            .map_err(shape_err)?)
        }
        Op::Gemm {
            trans_a,
            b,
            trans_b,
            alpha,
            beta,
        } => {
            let a = if *trans_a { x.t()? } else { x.clone() };
            let b = match b {
                Some(b) => b.clone(),
                None => {
                    let b = arg(args, 1)?;
                    let b = if *trans_b { b.t()? } else { b.clone() };
                    b.affine(*alpha, 0.0)?
                }
            };
            let mut y = a.matmul(&b).map_err(shape_err)?;
            if let Some(c) = args.get(2).copied().flatten() {
                let c = if *beta == 1.0 {
                    c.clone()
                } else {
                    c.affine(*beta, 0.0)?
                };
                y = y.broadcast_add(&c).map_err(shape_err)?;
            }
            one(y)
        }
        Op::MatMul => one(x.broadcast_matmul(arg(args, 1)?).map_err(shape_err)?),
        Op::Softmax { axis: a, log } => {
            let dim = axis(*a, x.rank())?;
            let s = softmax(x, dim)?;
            one(if *log { s.log()? } else { s })
        }
        Op::Identity => one(x.clone()),
        Op::Flatten { axis: a } => {
            let r = x.rank() as i64;
            let a = if *a < 0 { *a + r } else { *a }.clamp(0, r) as usize;
            let dims = x.dims();
            let outer: usize = dims[..a].iter().product();
            let inner: usize = dims[a..].iter().product();
            one(x.reshape((outer, inner))?)
        }
        Op::Reshape { shape } => {
            let dims = x.dims();
            let mut out: Vec<usize> = Vec::with_capacity(shape.len());
            let mut hole = None;
            for (i, &d) in shape.iter().enumerate() {
                match d {
                    0 => out.push(*dims.get(i).unwrap_or(&1)),
                    -1 => {
                        hole = Some(i);
                        out.push(1);
                    }
                    d => out.push(d.max(0) as usize),
                }
            }
            if let Some(h) = hole {
                let known: usize = out.iter().product();
                out[h] = x.elem_count().checked_div(known).unwrap_or(0);
            }
            one(x.reshape(out).map_err(shape_err)?)
        }
        Op::Cast { to } => one(x.to_dtype(*to)?),
        Op::ArgMax { axis: a, keepdims } => {
            let dim = axis(*a, x.rank())?;
            let idx = if *keepdims {
                x.argmax_keepdim(dim)?
            } else {
                x.argmax(dim)?
            };
            one(idx.to_dtype(DType::I64)?)
        }
        Op::Concat { axis: a } => {
            let parts: Vec<&CTensor> = args.iter().copied().flatten().collect();
            let dim = axis(*a, x.rank())?;
            one(CTensor::cat(&parts, dim).map_err(shape_err)?)
        }
        Op::LinearClassifier {
            weights,
            intercepts,
            labels,
            post,
            binary,
        } => {
            let x = x.to_dtype(DType::F32)?;
            let raw = x
                .matmul(weights)
                .map_err(shape_err)?
                .broadcast_add(intercepts)?;
            // argmax is the same before and after the monotone post transforms.
            let (scores, label_idx): (CTensor, Vec<usize>) = if *binary {
                let s = raw.flatten_all()?.to_vec1::<f32>()?;
                let idx = s.iter().map(|&v| usize::from(v > 0.0)).collect();
                let col = raw.clone();
                let both = match post {
                    Post::Logistic => {
                        let p = sigmoid(&col)?;
                        CTensor::cat(&[&(p.neg()? + 1.0)?, &p], 1)?
                    }
                    _ => CTensor::cat(&[&col.neg()?, &col], 1)?,
                };
                (both, idx)
            } else {
                let idx = raw
                    .argmax(1)?
                    .to_vec1::<u32>()?
                    .into_iter()
                    .map(|i| i as usize)
                    .collect();
                let s = match post {
                    Post::None => raw,
                    Post::Softmax => softmax(&raw, 1)?,
                    Post::Logistic => sigmoid(&raw)?,
                    Post::SoftmaxZero => {
                        // Softmax over the non-zero scores; zeros stay zero.
                        let mask = raw.ne(0.0)?.to_dtype(DType::F32)?;
                        let e = (raw.broadcast_sub(&raw.max_keepdim(1)?)?.exp()? * &mask)?;
                        e.broadcast_div(&e.sum_keepdim(1)?)?
                    }
                };
                (s, idx)
            };
            let labels: Vec<i64> = label_idx
                .into_iter()
                .map(|i| labels.get(i).copied().unwrap_or(i as i64))
                .collect();
            let n = labels.len();
            Ok(vec![CTensor::from_vec(labels, n, &Device::Cpu)?, scores])
        }
        Op::LinearRegressor {
            weights,
            intercepts,
        } => {
            let x = x.to_dtype(DType::F32)?;
            one(x
                .matmul(weights)
                .map_err(shape_err)?
                .broadcast_add(intercepts)?)
        }
        Op::Normalizer { norm } => {
            let x = x.to_dtype(DType::F32)?;
            let d = x.rank().saturating_sub(1);
            let denom = match norm {
                Norm::Max => x.max_keepdim(d)?,
                Norm::L1 => x.abs()?.sum_keepdim(d)?,
                Norm::L2 => x.sqr()?.sum_keepdim(d)?.sqrt()?,
            };
            one(x.broadcast_div(&denom)?)
        }
        Op::Scaler { offset, scale } => {
            let x = x.to_dtype(DType::F32)?;
            one(x
                .broadcast_sub(offset)
                .map_err(shape_err)?
                .broadcast_mul(scale)
                .map_err(shape_err)?)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unsupported_operators_fail_at_load() {
        // A graph with one SVMClassifier node: X -> Y.
        let node = [&b"\x0a\x01X\x12\x01Y\x22\x0dSVMClassifier\x3a\x0aai.onnx.ml"[..]].concat();
        let mut graph = vec![0x0a, node.len() as u8];
        graph.extend(&node);
        let mut model = vec![0x3a, graph.len() as u8];
        model.extend(&graph);
        let err = Plan::compile(Path::new("m.onnx"), &model).unwrap_err();
        assert!(
            err.to_string()
                .contains("unsupported operators: ai.onnx.ml:SVMClassifier"),
            "{err}"
        );
    }
}
