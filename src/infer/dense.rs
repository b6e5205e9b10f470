//! safetensors weights plus a small architecture file: linear, logistic and MLP models, the
//! shapes most tabular networks take. The architecture file (TOML, `<stem>.arch.toml` beside
//! the weights unless given) names the layers; layer `L` uses the tensors `L.weight`
//! (`[out, in]`, PyTorch's `nn.Linear` layout) and `L.bias` (`[out]`, optional):
//!
//! ```toml
//! kind = "mlp"                  # linear | logistic | mlp
//! input = "x"                   # input tensor name (default "x")
//! output = "probabilities"      # output tensor name (default "y")
//! features = 16                 # input width (checked against the first layer)
//! layers = ["fc1", "fc2"]
//! activation = "relu"           # between layers: relu | tanh | sigmoid (mlp only)
//! output_activation = "softmax" # none | sigmoid | softmax
//! ```
//!
//! `linear` is one layer with no output activation; `logistic` is one layer with sigmoid (one
//! output) or softmax (several). Documented in docs/serving.md.

use std::path::{Path, PathBuf};

use candle_core::{DType, Device, Tensor as CTensor};
use serde::Deserialize;

use super::tensor::{DataType, Tensor};
use super::{InferError, LoadError, TensorSpec};

/// `<stem>.arch.toml` beside `weights`.
pub fn default_arch_path(weights: &Path) -> PathBuf {
    let stem = weights
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    weights.with_file_name(format!("{stem}.arch.toml"))
}

#[derive(Debug, Clone, Copy, Deserialize, PartialEq)]
#[serde(rename_all = "snake_case")]
enum Kind {
    Linear,
    Logistic,
    Mlp,
}

#[derive(Debug, Clone, Copy, Deserialize, PartialEq)]
#[serde(rename_all = "snake_case")]
enum Activation {
    None,
    Relu,
    Tanh,
    Sigmoid,
    Softmax,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ArchFile {
    kind: Kind,
    #[serde(default = "default_input")]
    input: String,
    #[serde(default = "default_output")]
    output: String,
    features: Option<usize>,
    layers: Vec<String>,
    activation: Option<Activation>,
    output_activation: Option<Activation>,
}

fn default_input() -> String {
    "x".into()
}

fn default_output() -> String {
    "y".into()
}

#[derive(Debug)]
struct Layer {
    /// `[in, out]`, transposed once at load.
    weight: CTensor,
    bias: Option<CTensor>,
}

/// A loaded dense model.
#[derive(Debug)]
pub struct Dense {
    input: String,
    output: String,
    features: usize,
    outputs: usize,
    layers: Vec<Layer>,
    hidden: Activation,
    last: Activation,
}

impl Dense {
    /// Load weights and architecture; every tensor is checked and decoded here.
    pub fn load(weights: &Path, arch_path: &Path) -> Result<Dense, LoadError> {
        let invalid = |message: String| LoadError::Invalid {
            path: weights.to_path_buf(),
            message,
        };
        let text = std::fs::read_to_string(arch_path).map_err(|source| LoadError::Read {
            path: arch_path.to_path_buf(),
            source,
        })?;
        let arch: ArchFile = toml::from_str(&text).map_err(|e| LoadError::Invalid {
            path: arch_path.to_path_buf(),
            message: e.to_string(),
        })?;
        if arch.layers.is_empty() || (arch.kind != Kind::Mlp && arch.layers.len() != 1) {
            return Err(invalid(format!(
                "a `{:?}` model needs {} layer(s), the architecture lists {}",
                arch.kind,
                if arch.kind == Kind::Mlp {
                    "1 or more"
                } else {
                    "exactly 1"
                },
                arch.layers.len()
            )));
        }
        let tensors = candle_core::safetensors::load(weights, &Device::Cpu)
            .map_err(|e| invalid(e.to_string()))?;
        let mut layers = Vec::new();
        let mut width = None::<usize>;
        let mut first = 0;
        for name in &arch.layers {
            let w = tensors
                .get(&format!("{name}.weight"))
                .ok_or_else(|| invalid(format!("tensor `{name}.weight` is missing")))?;
            let (out, inp) = w
                .dims2()
                .map_err(|_| invalid(format!("`{name}.weight` must be 2-D [out, in]")))?;
            if let Some(prev) = width {
                if prev != inp {
                    return Err(invalid(format!(
                        "`{name}.weight` takes {inp} inputs but the previous layer gives {prev}"
                    )));
                }
            } else {
                first = inp;
            }
            width = Some(out);
            let bias = match tensors.get(&format!("{name}.bias")) {
                Some(b) if b.dims() == [out] => Some(
                    b.to_dtype(DType::F32)
                        .and_then(|b| b.reshape((1, out)))
                        .map_err(|e| invalid(e.to_string()))?,
                ),
                Some(_) => return Err(invalid(format!("`{name}.bias` must have shape [{out}]"))),
                None => None,
            };
            let weight = w
                .to_dtype(DType::F32)
                .and_then(|w| w.t()?.contiguous())
                .map_err(|e| invalid(e.to_string()))?;
            layers.push(Layer { weight, bias });
        }
        if let Some(f) = arch.features {
            if f != first {
                return Err(invalid(format!(
                    "the architecture says {f} features, the first layer takes {first}"
                )));
            }
        }
        let outputs = width.unwrap_or(0);
        let last = arch.output_activation.unwrap_or(match arch.kind {
            Kind::Logistic if outputs == 1 => Activation::Sigmoid,
            Kind::Logistic => Activation::Softmax,
            _ => Activation::None,
        });
        Ok(Dense {
            input: arch.input,
            output: arch.output,
            features: first,
            outputs,
            layers,
            hidden: arch.activation.unwrap_or(Activation::Relu),
            last,
        })
    }

    /// The input signature: FP32 `[-1, features]`.
    pub fn input_spec(&self) -> TensorSpec {
        TensorSpec {
            name: self.input.clone(),
            datatype: DataType::Fp32,
            shape: vec![-1, self.features as i64],
        }
    }

    /// The output signature: FP32 `[-1, outputs]`.
    pub fn output_spec(&self) -> TensorSpec {
        TensorSpec {
            name: self.output.clone(),
            datatype: DataType::Fp32,
            shape: vec![-1, self.outputs as i64],
        }
    }

    /// Forward pass.
    pub fn run(&self, x: &Tensor) -> Result<Tensor, InferError> {
        let super::TensorData::F32(data) = &x.data else {
            return Err(InferError::Input("input must be FP32".into()));
        };
        let mut h = CTensor::from_slice(data, x.shape.clone(), &Device::Cpu)?;
        let n = self.layers.len();
        for (i, layer) in self.layers.iter().enumerate() {
            h = h.matmul(&layer.weight)?;
            if let Some(b) = &layer.bias {
                h = h.broadcast_add(b)?;
            }
            h = activate(&h, if i + 1 == n { self.last } else { self.hidden })?;
        }
        super::onnx::from_candle(&h, DataType::Fp32)
    }
}

fn activate(h: &CTensor, a: Activation) -> candle_core::Result<CTensor> {
    match a {
        Activation::None => Ok(h.clone()),
        Activation::Relu => h.relu(),
        Activation::Tanh => h.tanh(),
        Activation::Sigmoid => (h.neg()?.exp()? + 1.0)?.recip(),
        Activation::Softmax => {
            let e = h.broadcast_sub(&h.max_keepdim(1)?)?.exp()?;
            e.broadcast_div(&e.sum_keepdim(1)?)
        }
    }
}
