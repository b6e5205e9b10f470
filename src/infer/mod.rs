//! Model loading and execution for `mlo serve` (and, later, `mlo model register`'s operator
//! check). A model is loaded once — its file parsed, every weight decoded into a candle tensor,
//! every node resolved to an operator — so that an unsupported operator or a malformed file is
//! an error at load time, never on the first request. Execution is single-threaded by design:
//! the caller (the serve worker pool) owns the threading decision, see docs/serving.md.
//!
//! Formats: ONNX (`onnx`, read by the protoc-free reader in `proto`, with tree ensembles in
//! `trees`) and safetensors weights with a small architecture file (`dense`).

pub mod dense;
pub mod onnx;
pub mod proto;
pub mod tensor;
pub mod trees;

use std::path::{Path, PathBuf};

pub use tensor::{DataType, Tensor, TensorData};

/// Why a model could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The file could not be read.
    #[error("cannot read model file `{}`", path.display())]
    Read {
        /// The file.
        path: PathBuf,
        /// The operating system's error.
        #[source]
        source: std::io::Error,
    },
    /// The file is not a format `mlo` serves.
    #[error("`{}` is not a model file mlo can serve (expected `.onnx` or `.safetensors`)", path.display())]
    UnknownFormat {
        /// The file.
        path: PathBuf,
    },
    /// The file parsed but is malformed or inconsistent.
    #[error("invalid model `{}`: {message}", path.display())]
    Invalid {
        /// The file.
        path: PathBuf,
        /// What is wrong.
        message: String,
    },
    /// The graph uses operators this build does not execute.
    #[error("model `{}` uses unsupported operators: {}", path.display(), ops.join(", "))]
    Unsupported {
        /// The file.
        path: PathBuf,
        /// `domain:OpType` of each unsupported operator, once each.
        ops: Vec<String>,
    },
}

/// Why one inference failed. `Input` is the client's fault (HTTP 400); `Compute` is ours (500).
#[derive(Debug, Clone, thiserror::Error)]
pub enum InferError {
    /// The inputs do not match the model's signature.
    #[error("{0}")]
    Input(String),
    /// The computation failed or produced a value JSON cannot carry.
    #[error("{0}")]
    Compute(String),
}

impl From<candle_core::Error> for InferError {
    fn from(e: candle_core::Error) -> Self {
        InferError::Compute(e.to_string())
    }
}

/// A tensor in a model's signature: name, datatype, shape (-1 for a variable dimension).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct TensorSpec {
    /// The tensor's name.
    pub name: String,
    /// The element type.
    pub datatype: DataType,
    /// Dimensions; -1 is variable (usually the batch dimension).
    pub shape: Vec<i64>,
}

/// The executable part of a model.
#[derive(Debug)]
enum Engine {
    Onnx(onnx::Plan),
    Dense(dense::Dense),
}

/// A model ready to run: signature plus a pre-resolved execution plan.
#[derive(Debug)]
pub struct Model {
    /// Inputs, in the order `run` takes them.
    pub inputs: Vec<TensorSpec>,
    /// Outputs, in the order `run` returns them.
    pub outputs: Vec<TensorSpec>,
    /// OIP platform string: `onnx_onnxv1` or `safetensors`.
    pub platform: &'static str,
    /// The model handles missing values (NaN, sent as JSON `null`): a tree ensemble that tracks
    /// them. Other models reject NaN inputs.
    pub missing_values: bool,
    engine: Engine,
}

impl Model {
    /// Load a model file: `.onnx`, or `.safetensors` with its architecture file (`arch`, or
    /// `<stem>.arch.toml` beside the weights).
    pub fn load(path: &Path, arch: Option<&Path>) -> Result<Model, LoadError> {
        let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
        match ext {
            "onnx" => {
                let bytes = std::fs::read(path).map_err(|source| LoadError::Read {
                    path: path.to_path_buf(),
                    source,
                })?;
                let plan = onnx::Plan::compile(path, &bytes)?;
                Ok(Model {
                    inputs: plan.inputs.clone(),
                    outputs: plan.outputs.clone(),
                    platform: "onnx_onnxv1",
                    missing_values: plan.missing_values,
                    engine: Engine::Onnx(plan),
                })
            }
            "safetensors" => {
                let arch = arch
                    .map(Path::to_path_buf)
                    .unwrap_or_else(|| dense::default_arch_path(path));
                let model = dense::Dense::load(path, &arch)?;
                Ok(Model {
                    inputs: vec![model.input_spec()],
                    outputs: vec![model.output_spec()],
                    platform: "safetensors",
                    missing_values: false,
                    engine: Engine::Dense(model),
                })
            }
            _ => Err(LoadError::UnknownFormat {
                path: path.to_path_buf(),
            }),
        }
    }

    /// Check `inputs` against the signature (names, datatypes, shapes, finite values), run, and
    /// return every output. Never panics on bad input.
    pub fn run(&self, inputs: &[Tensor]) -> Result<Vec<Tensor>, InferError> {
        self.check_inputs(inputs)?;
        let outputs = self.execute(inputs)?;
        for (spec, out) in self.outputs.iter().zip(&outputs) {
            if !out.data.all_finite() {
                return Err(InferError::Compute(format!(
                    "model produced a non-finite value (NaN or infinity) in output `{}`",
                    spec.name
                )));
            }
        }
        Ok(outputs)
    }

    fn execute(&self, inputs: &[Tensor]) -> Result<Vec<Tensor>, InferError> {
        match &self.engine {
            Engine::Onnx(plan) => plan.run(inputs),
            Engine::Dense(model) => Ok(vec![model.run(&inputs[0])?]),
        }
    }

    /// Validate a request's tensors against the signature without running the model.
    pub fn check_inputs(&self, inputs: &[Tensor]) -> Result<(), InferError> {
        if inputs.len() != self.inputs.len() {
            return Err(InferError::Input(format!(
                "model expects {} input(s) ({}), got {}",
                self.inputs.len(),
                self.inputs
                    .iter()
                    .map(|s| format!("`{}`", s.name))
                    .collect::<Vec<_>>()
                    .join(", "),
                inputs.len()
            )));
        }
        for (spec, t) in self.inputs.iter().zip(inputs) {
            if t.datatype() != spec.datatype {
                return Err(InferError::Input(format!(
                    "input `{}` has datatype {}, the model expects {}",
                    spec.name,
                    t.datatype().as_str(),
                    spec.datatype.as_str()
                )));
            }
            let shape_ok = t.shape.len() == spec.shape.len()
                && spec
                    .shape
                    .iter()
                    .zip(&t.shape)
                    .all(|(&want, &got)| want < 0 || want as usize == got);
            if !shape_ok {
                return Err(InferError::Input(format!(
                    "input `{}` has shape {:?}, the model expects {:?} (-1 = any size)",
                    spec.name, t.shape, spec.shape
                )));
            }
            if t.data.has_infinite() {
                return Err(InferError::Input(format!(
                    "input `{}` contains NaN or infinity",
                    spec.name
                )));
            }
            if !self.missing_values && !t.data.all_finite() {
                return Err(InferError::Input(format!(
                    "input `{}` has a missing value (null or NaN), which this model does not handle",
                    spec.name
                )));
            }
        }
        Ok(())
    }

    /// One inference on zeros of batch size 1, so that lazily initialised state (allocator
    /// pools, page faults on the weights) is paid before the server reports ready.
    pub fn warm_up(&self) -> Result<(), InferError> {
        // Zeros may legitimately give NaN (an L1 normalizer divides by zero), so only a failed
        // computation fails the warm-up, not its values.
        let inputs: Vec<Tensor> = self.inputs.iter().map(Tensor::zeros_for).collect();
        self.execute(&inputs).map(|_| ())
    }

    /// Operator names this build can execute, for error messages and docs.
    pub fn supported_operators() -> &'static [&'static str] {
        onnx::SUPPORTED
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixture(name: &str) -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/serve")
            .join(name)
    }

    /// Outputs equal onnxruntime's to 1e-5 on the committed inputs
    /// (`scripts/serve_fixtures.py` wrote both).
    #[test]
    fn matches_onnxruntime_reference() {
        let reference: serde_json::Value =
            serde_json::from_slice(&std::fs::read(fixture("reference.json")).unwrap()).unwrap();
        for (file, key) in [
            ("mlp.onnx", "mlp"),
            ("logreg.onnx", "logreg"),
            ("mlp.safetensors", "mlp"),
        ] {
            let model = Model::load(&fixture(file), None).unwrap();
            let r = &reference[key];
            let rows: Vec<Vec<f32>> = serde_json::from_value(r["inputs"].clone()).unwrap();
            let width = rows[0].len();
            let x = Tensor::new(vec![rows.len(), width], TensorData::F32(rows.concat())).unwrap();
            let outs = model.run(&[x]).unwrap();
            for (spec, out) in model.outputs.iter().zip(outs) {
                let want = &r["outputs"][&spec.name];
                let want: Vec<f64> = flatten(want);
                let got = out.data.to_f64();
                assert_eq!(want.len(), got.len(), "{file} {}", spec.name);
                for (a, b) in want.iter().zip(&got) {
                    assert!((a - b).abs() <= 1e-5, "{file} {}: {a} vs {b}", spec.name);
                }
            }
        }
    }

    /// Compare one output with onnxruntime's: numbers to 1e-5, labels exactly; `null` in
    /// the reference marks a value onnxruntime leaves undefined.
    fn assert_matches(what: &str, want: &serde_json::Value, got: &Tensor) {
        let mut flat = Vec::new();
        flatten_json(want, &mut flat);
        assert_eq!(flat.len(), got.data.len(), "{what}: element count");
        match &got.data {
            TensorData::Str(v) => {
                for (w, g) in flat.iter().zip(v) {
                    assert_eq!(w.as_str(), Some(g.as_str()), "{what}");
                }
            }
            TensorData::I64(v) => {
                for (w, g) in flat.iter().zip(v) {
                    assert_eq!(w.as_i64(), Some(*g), "{what}");
                }
            }
            data => {
                for (i, (w, g)) in flat.iter().zip(data.to_f64()).enumerate() {
                    if let Some(w) = w.as_f64() {
                        assert!(
                            (w - g).abs() <= 1e-5,
                            "{what}[{i}]: onnxruntime {w}, mlo {g}"
                        );
                    }
                }
            }
        }
    }

    fn flatten_json<'a>(v: &'a serde_json::Value, out: &mut Vec<&'a serde_json::Value>) {
        match v {
            serde_json::Value::Array(a) => a.iter().for_each(|x| flatten_json(x, out)),
            other => out.push(other),
        }
    }

    fn reference_rows(r: &serde_json::Value) -> Tensor {
        let rows: Vec<Vec<Option<f32>>> = serde_json::from_value(r["inputs"].clone()).unwrap();
        let width = rows[0].len();
        let flat = rows
            .iter()
            .flatten()
            .map(|v| v.unwrap_or(f32::NAN))
            .collect();
        Tensor::new(vec![rows.len(), width], TensorData::F32(flat)).unwrap()
    }

    /// scikit-learn's forests and boosted trees exported by skl2onnx, and hand-built ensembles
    /// covering every node mode, missing-value tracking, aggregate function, base values and
    /// post transform: outputs equal onnxruntime's (`scripts/serve_fixtures.py`).
    #[test]
    fn tree_ensembles_match_onnxruntime() {
        let reference: serde_json::Value =
            serde_json::from_slice(&std::fs::read(fixture("reference.json")).unwrap()).unwrap();
        for key in [
            "rf_clf",
            "rf_strings",
            "gb_binary",
            "gb_multi",
            "rf_reg",
            "gb_reg",
        ] {
            let model = Model::load(&fixture(&format!("{key}.onnx")), None).unwrap();
            let r = &reference[key];
            let outs = model.run(&[reference_rows(r)]).unwrap();
            assert_eq!(outs.len(), model.outputs.len());
            for (spec, out) in model.outputs.iter().zip(&outs) {
                assert_matches(
                    &format!("{key} {}", spec.name),
                    &r["outputs"][&spec.name],
                    out,
                );
            }
        }
        // trees_ops feeds NaN (missing values), which `Model::run` refuses from clients, so
        // it runs the plan directly.
        let path = fixture("trees_ops.onnx");
        let plan = onnx::Plan::compile(&path, &std::fs::read(&path).unwrap()).unwrap();
        let r = &reference["trees_ops"];
        let outs = plan.run(&[reference_rows(r)]).unwrap();
        assert_eq!(outs.len(), 33);
        for (spec, out) in plan.outputs.iter().zip(&outs) {
            assert_matches(
                &format!("trees_ops {}", spec.name),
                &r["outputs"][&spec.name],
                out,
            );
        }
        let labels = &outs[plan
            .outputs
            .iter()
            .position(|s| s.name == "clf_strings_label")
            .unwrap()];
        assert_eq!(labels.datatype(), DataType::Bytes);

        // Double thresholds, weights and base values over FP64 input (`*_as_tensor`).
        let model = Model::load(&fixture("trees_double.onnx"), None).unwrap();
        let r = &reference["trees_double"];
        let rows: Vec<Vec<f64>> = serde_json::from_value(r["inputs"].clone()).unwrap();
        let x = Tensor::new(vec![rows.len(), 2], TensorData::F64(rows.concat())).unwrap();
        let out = model.run(&[x]).unwrap();
        assert_matches("trees_double Y", &r["outputs"]["Y"], &out[0]);
    }

    fn flatten(v: &serde_json::Value) -> Vec<f64> {
        match v {
            serde_json::Value::Array(a) => a.iter().flat_map(flatten).collect(),
            other => vec![other.as_f64().unwrap()],
        }
    }

    #[test]
    fn bad_inputs_are_input_errors() {
        let model = Model::load(&fixture("mlp.onnx"), None).unwrap();
        let wrong_width = Tensor::new(vec![1, 4], TensorData::F32(vec![0.0; 4])).unwrap();
        assert!(matches!(
            model.run(&[wrong_width]),
            Err(InferError::Input(_))
        ));
        let nan = Tensor::new(vec![1, 16], TensorData::F32(vec![f32::NAN; 16])).unwrap();
        assert!(matches!(model.run(&[nan]), Err(InferError::Input(_))));
        let ints = Tensor::new(vec![1, 16], TensorData::I64(vec![0; 16])).unwrap();
        assert!(matches!(model.run(&[ints]), Err(InferError::Input(_))));
    }

    #[test]
    fn failing_model_is_a_compute_error() {
        let model = Model::load(&fixture("failing.onnx"), None).unwrap();
        let x = Tensor::new(vec![1, 16], TensorData::F32(vec![0.0; 16])).unwrap();
        assert!(matches!(model.run(&[x]), Err(InferError::Compute(_))));
    }
}
