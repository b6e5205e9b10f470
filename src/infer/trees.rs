//! The `ai.onnx.ml` tree-ensemble operators, `TreeEnsembleClassifier` and
//! `TreeEnsembleRegressor`: what skl2onnx exports for DecisionTree, RandomForest, ExtraTrees
//! and GradientBoosting models (and onnxmltools for XGBoost and LightGBM).
//!
//! [`TreeEnsemble::compile`] reads a node's attributes once, checks them (every child exists in
//! its tree, no node is reached twice, every leaf has a weight, every target and feature id is
//! in range) and lays the trees out flat: one `Vec<Node>` in depth-first order, each tree
//! contiguous, the true child of a branch always the next node and the false child an index,
//! leaf weights in two parallel arrays. Evaluation walks indices in that array: no pointers,
//! no boxes, and a loop specialised for the common case (every branch `BRANCH_LEQ`, no
//! missing-value tracking). Scores accumulate in f64 and are returned as f32.
//!
//! Semantics follow the ONNX operator docs, and where they are silent (binary classifiers,
//! base values, post transforms on one score) they follow onnxruntime, the reference the tests
//! compare against (`scripts/serve_fixtures.py`). One difference is deliberate: a two-class
//! classifier whose leaves score both classes returns its class labels; onnxruntime returns the
//! raw numbers 1 and 0 there, which are not labels unless the labels happen to be 0 and 1.
//! Called by [`super::onnx`], which runs it as one step of a plan.

use std::collections::HashMap;

use super::InferError;
use super::proto::{Attribute, Node as NodeProto, TensorProto};
use super::tensor::{DataType, Tensor, TensorData};

/// How a branch compares the feature with its threshold; the true branch is taken when the
/// comparison holds (or when the value is NaN and the node tracks missing values as true).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
enum Mode {
    Leaf,
    Leq,
    Lt,
    Gte,
    Gt,
    Eq,
    Neq,
}

impl Mode {
    fn parse(s: &[u8]) -> Option<Mode> {
        Some(match s {
            b"LEAF" => Mode::Leaf,
            b"BRANCH_LEQ" => Mode::Leq,
            b"BRANCH_LT" => Mode::Lt,
            b"BRANCH_GTE" => Mode::Gte,
            b"BRANCH_GT" => Mode::Gt,
            b"BRANCH_EQ" => Mode::Eq,
            b"BRANCH_NEQ" => Mode::Neq,
            _ => return None,
        })
    }
}

/// One node of the flat layout (24 bytes).
#[derive(Debug, Clone, Copy)]
struct Node {
    /// A branch's threshold; a leaf's first weight (the one-target fast path reads it).
    value: f64,
    /// A branch's feature index; a leaf's first index into the weight arrays.
    a: u32,
    /// A branch's false child (the true child is the next node); a leaf's weight count.
    b: u32,
    mode: Mode,
    missing_true: bool,
}

/// `aggregate_function` of the regressor (the classifier always sums).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Aggregate {
    Sum,
    Average,
    Min,
    Max,
}

/// `post_transform`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Post {
    None,
    Logistic,
    Softmax,
    SoftmaxZero,
    Probit,
}

#[derive(Debug, Clone)]
enum Labels {
    Int(Vec<i64>),
    Str(Vec<String>),
}

impl Labels {
    fn len(&self) -> usize {
        match self {
            Labels::Int(v) => v.len(),
            Labels::Str(v) => v.len(),
        }
    }
}

#[derive(Debug, Clone)]
enum Kind {
    Regressor {
        aggregate: Aggregate,
    },
    Classifier {
        labels: Labels,
        /// Two classes and every weight scores the same class: the score is the positive
        /// class's, and the other is derived from it.
        binary_case: bool,
        /// No negative weight: the binary score is a probability (threshold 0.5, not 0).
        all_positive: bool,
    },
}

/// A compiled tree ensemble.
#[derive(Debug, Clone)]
pub struct TreeEnsemble {
    nodes: Vec<Node>,
    roots: Vec<u32>,
    weight_target: Vec<u32>,
    weight_value: Vec<f64>,
    base_values: Vec<f64>,
    /// Classes (classifier) or targets (regressor).
    targets: usize,
    post: Post,
    kind: Kind,
    /// Features the input must have (highest feature id + 1).
    features: usize,
    /// Every branch is `BRANCH_LEQ` and none tracks missing values.
    all_leq: bool,
}

/// What the ONNX attributes give, before layout.
struct Raw {
    tree: Vec<i64>,
    id: Vec<i64>,
    feature: Vec<i64>,
    mode: Vec<Mode>,
    value: Vec<f64>,
    true_id: Vec<i64>,
    false_id: Vec<i64>,
    missing_true: Vec<bool>,
    w_tree: Vec<i64>,
    w_node: Vec<i64>,
    w_target: Vec<i64>,
    w_value: Vec<f64>,
}

fn attr<'a>(node: &'a NodeProto, name: &str) -> Option<&'a Attribute> {
    node.attributes.iter().find(|a| a.name == name)
}

fn ints(node: &NodeProto, name: &str) -> Vec<i64> {
    attr(node, name).map(|a| a.ints.clone()).unwrap_or_default()
}

/// The values of a float-list attribute `name`, or of its double `name_as_tensor` twin.
fn floats(node: &NodeProto, name: &str) -> Result<Vec<f64>, String> {
    let plain: Vec<f64> = attr(node, name)
        .map(|a| a.floats.iter().map(|&x| f64::from(x)).collect())
        .unwrap_or_default();
    let tensor = attr(node, &format!("{name}_as_tensor")).and_then(|a| a.t.as_ref());
    match tensor {
        Some(t) if !plain.is_empty() && !tensor_values(t)?.is_empty() => {
            Err(format!("both `{name}` and `{name}_as_tensor` are set"))
        }
        Some(t) if plain.is_empty() => tensor_values(t),
        _ => Ok(plain),
    }
}

fn tensor_values(t: &TensorProto) -> Result<Vec<f64>, String> {
    match t.data_type {
        11 if !t.raw.is_empty() => Ok(t
            .raw
            .chunks_exact(8)
            .map(|c| f64::from_le_bytes(c.try_into().unwrap_or([0; 8])))
            .collect()),
        11 => Ok(t.double_data.clone()),
        1 if !t.raw.is_empty() => Ok(t
            .raw
            .chunks_exact(4)
            .map(|c| f64::from(f32::from_le_bytes([c[0], c[1], c[2], c[3]])))
            .collect()),
        1 => Ok(t.float_data.iter().map(|&x| f64::from(x)).collect()),
        other => Err(format!(
            "tensor attribute `{}` has ONNX data type {other}, expected float or double",
            t.name
        )),
    }
}

fn string_attr(node: &NodeProto, name: &str) -> Option<Vec<u8>> {
    attr(node, name).and_then(|a| a.s.clone())
}

fn post_transform(node: &NodeProto) -> Result<Post, String> {
    Ok(match string_attr(node, "post_transform").as_deref() {
        None | Some(b"NONE") => Post::None,
        Some(b"LOGISTIC") => Post::Logistic,
        Some(b"SOFTMAX") => Post::Softmax,
        Some(b"SOFTMAX_ZERO") => Post::SoftmaxZero,
        Some(b"PROBIT") => Post::Probit,
        Some(other) => {
            return Err(format!(
                "post_transform `{}` is not one of NONE, LOGISTIC, SOFTMAX, SOFTMAX_ZERO, PROBIT",
                String::from_utf8_lossy(other)
            ));
        }
    })
}

fn same_len(what: &str, lens: &[(&str, usize)]) -> Result<(), String> {
    let n = lens[0].1;
    match lens.iter().find(|(_, l)| *l != n) {
        Some((name, l)) => Err(format!(
            "{what}: `{}` has {n} entries but `{name}` has {l}",
            lens[0].0
        )),
        None => Ok(()),
    }
}

impl TreeEnsemble {
    /// Compile a `TreeEnsembleClassifier` (`classifier`) or `TreeEnsembleRegressor` node.
    /// The error names the attribute or the tree and node that is wrong.
    pub fn compile(node: &NodeProto, classifier: bool) -> Result<TreeEnsemble, String> {
        let weights = if classifier { "class" } else { "target" };
        let mode = attr(node, "nodes_modes")
            .map(|a| {
                a.strings
                    .iter()
                    .map(|m| {
                        Mode::parse(m).ok_or_else(|| {
                            format!("unknown node mode `{}`", String::from_utf8_lossy(m))
                        })
                    })
                    .collect::<Result<Vec<_>, _>>()
            })
            .transpose()?
            .unwrap_or_default();
        let raw = Raw {
            tree: ints(node, "nodes_treeids"),
            id: ints(node, "nodes_nodeids"),
            feature: ints(node, "nodes_featureids"),
            mode,
            value: floats(node, "nodes_values")?,
            true_id: ints(node, "nodes_truenodeids"),
            false_id: ints(node, "nodes_falsenodeids"),
            missing_true: ints(node, "nodes_missing_value_tracks_true")
                .into_iter()
                .map(|v| v == 1)
                .collect(),
            w_tree: ints(node, &format!("{weights}_treeids")),
            w_node: ints(node, &format!("{weights}_nodeids")),
            w_target: ints(node, &format!("{weights}_ids")),
            w_value: floats(node, &format!("{weights}_weights"))?,
        };
        if raw.tree.is_empty() {
            return Err("the ensemble has no nodes".into());
        }
        same_len(
            "nodes",
            &[
                ("nodes_treeids", raw.tree.len()),
                ("nodes_nodeids", raw.id.len()),
                ("nodes_featureids", raw.feature.len()),
                ("nodes_modes", raw.mode.len()),
                ("nodes_values", raw.value.len()),
                ("nodes_truenodeids", raw.true_id.len()),
                ("nodes_falsenodeids", raw.false_id.len()),
            ],
        )?;
        if !raw.missing_true.is_empty() && raw.missing_true.len() != raw.tree.len() {
            return Err(format!(
                "`nodes_missing_value_tracks_true` has {} entries for {} nodes",
                raw.missing_true.len(),
                raw.tree.len()
            ));
        }
        same_len(
            "weights",
            &[
                (&format!("{weights}_treeids"), raw.w_tree.len()),
                (&format!("{weights}_nodeids"), raw.w_node.len()),
                (&format!("{weights}_ids"), raw.w_target.len()),
                (&format!("{weights}_weights"), raw.w_value.len()),
            ],
        )?;

        let base_values = floats(node, "base_values")?;
        let post = post_transform(node)?;
        let (kind, targets) = if classifier {
            let ints = ints(node, "classlabels_int64s");
            let strings = attr(node, "classlabels_strings")
                .map(|a| a.strings.clone())
                .unwrap_or_default();
            let labels = match (ints.is_empty(), strings.is_empty()) {
                (false, true) => Labels::Int(ints),
                (true, false) => Labels::Str(
                    strings
                        .iter()
                        .map(|s| String::from_utf8_lossy(s).into_owned())
                        .collect(),
                ),
                _ => {
                    return Err(
                        "exactly one of `classlabels_int64s` and `classlabels_strings` must be set"
                            .into(),
                    );
                }
            };
            let classes = labels.len();
            if classes < 2 {
                return Err(format!(
                    "a classifier needs at least two classes, got {classes}"
                ));
            }
            let ok_base = base_values.is_empty()
                || base_values.len() == classes
                || (classes == 2 && base_values.len() == 1);
            if !ok_base {
                return Err(format!(
                    "{} base values for {classes} classes",
                    base_values.len()
                ));
            }
            let mut scored: Vec<i64> = raw.w_target.clone();
            scored.sort_unstable();
            scored.dedup();
            let kind = Kind::Classifier {
                labels,
                binary_case: classes == 2 && scored.len() == 1,
                all_positive: raw.w_value.iter().all(|&w| w >= 0.0),
            };
            (kind, classes)
        } else {
            let n = attr(node, "n_targets").and_then(|a| a.i).unwrap_or(0);
            if n < 1 {
                return Err(format!("`n_targets` must be at least 1, got {n}"));
            }
            let aggregate = match string_attr(node, "aggregate_function").as_deref() {
                None | Some(b"SUM") => Aggregate::Sum,
                Some(b"AVERAGE") => Aggregate::Average,
                Some(b"MIN") => Aggregate::Min,
                Some(b"MAX") => Aggregate::Max,
                Some(other) => {
                    return Err(format!(
                        "aggregate_function `{}` is not one of SUM, AVERAGE, MIN, MAX",
                        String::from_utf8_lossy(other)
                    ));
                }
            };
            (Kind::Regressor { aggregate }, n as usize)
        };
        if let Some(t) = raw
            .w_target
            .iter()
            .find(|&&t| t < 0 || t as usize >= targets)
        {
            return Err(format!(
                "{weights} id {t} is out of range for {targets} {}",
                if classifier { "classes" } else { "targets" }
            ));
        }
        let mut ensemble = layout(&raw)?;
        ensemble.base_values = base_values;
        ensemble.targets = targets;
        ensemble.post = post;
        ensemble.kind = kind;
        Ok(ensemble)
    }

    /// Whether this ensemble sends NaN features somewhere on purpose (missing-value tracking).
    pub fn tracks_missing(&self) -> bool {
        self.nodes.iter().any(|n| n.missing_true)
    }

    /// Output datatypes: the classifier's (label, scores), the regressor's (values).
    pub fn output_types(&self) -> Vec<DataType> {
        match &self.kind {
            Kind::Classifier {
                labels: Labels::Str(_),
                ..
            } => vec![DataType::Bytes, DataType::Fp32],
            Kind::Classifier { .. } => vec![DataType::Int64, DataType::Fp32],
            Kind::Regressor { .. } => vec![DataType::Fp32],
        }
    }

    /// Evaluate on `x` (`[N, features]`, or one row `[features]`): the classifier returns
    /// labels `[N]` and scores `[N, classes]`, the regressor values `[N, targets]`.
    pub fn run(&self, x: &Tensor) -> Result<Vec<Tensor>, InferError> {
        let (rows, width) = match x.shape.as_slice() {
            [w] => (1, *w),
            [n, w] => (*n, *w),
            other => {
                return Err(InferError::Input(format!(
                    "a tree ensemble takes a [rows, features] tensor, got shape {other:?}"
                )));
            }
        };
        if width < self.features {
            return Err(InferError::Input(format!(
                "the trees read feature {} but the input has {width} features",
                self.features - 1
            )));
        }
        let mut row = vec![0.0f64; width];
        let mut scores = vec![0.0f64; self.targets];
        let mut has = vec![false; self.targets];
        let mut out = vec![0.0f32; rows * self.targets];
        let mut labels: Vec<usize> = Vec::with_capacity(rows);
        for r in 0..rows {
            match &x.data {
                TensorData::F32(v) => row
                    .iter_mut()
                    .zip(&v[r * width..(r + 1) * width])
                    .for_each(|(d, s)| *d = f64::from(*s)),
                TensorData::F64(v) => row.copy_from_slice(&v[r * width..(r + 1) * width]),
                TensorData::I64(v) => row
                    .iter_mut()
                    .zip(&v[r * width..(r + 1) * width])
                    .for_each(|(d, s)| *d = *s as f64),
                TensorData::Str(_) => {
                    return Err(InferError::Input(
                        "a tree ensemble takes numbers, not strings".into(),
                    ));
                }
            }
            let z = &mut out[r * self.targets..(r + 1) * self.targets];
            match &self.kind {
                Kind::Regressor { aggregate } => {
                    self.regress(&row, *aggregate, &mut scores, &mut has, z)
                }
                Kind::Classifier {
                    binary_case,
                    all_positive,
                    ..
                } => labels.push(self.classify(
                    &row,
                    *binary_case,
                    *all_positive,
                    &mut scores,
                    &mut has,
                    z,
                )),
            }
        }
        let scores = Tensor::new(vec![rows, self.targets], TensorData::F32(out))?;
        Ok(match &self.kind {
            Kind::Regressor { .. } => vec![scores],
            Kind::Classifier { labels: names, .. } => {
                let data = match names {
                    Labels::Int(v) => TensorData::I64(labels.iter().map(|&i| v[i]).collect()),
                    Labels::Str(v) => {
                        TensorData::Str(labels.iter().map(|&i| v[i].clone()).collect())
                    }
                };
                vec![Tensor::new(vec![rows], data)?, scores]
            }
        })
    }

    /// The leaf `x` reaches from the root at `root`.
    #[inline]
    fn leaf(&self, root: u32, x: &[f64]) -> &Node {
        let nodes = &self.nodes;
        let mut i = root as usize;
        if self.all_leq {
            loop {
                let n = &nodes[i];
                if n.mode == Mode::Leaf {
                    return n;
                }
                i = if x[n.a as usize] <= n.value {
                    i + 1
                } else {
                    n.b as usize
                };
            }
        }
        loop {
            let n = &nodes[i];
            if n.mode == Mode::Leaf {
                return n;
            }
            let v = x[n.a as usize];
            let holds = match n.mode {
                Mode::Leaf | Mode::Leq => v <= n.value,
                Mode::Lt => v < n.value,
                Mode::Gte => v >= n.value,
                Mode::Gt => v > n.value,
                Mode::Eq => v == n.value,
                Mode::Neq => v != n.value,
            };
            i = if holds || (n.missing_true && v.is_nan()) {
                i + 1
            } else {
                n.b as usize
            };
        }
    }

    fn leaf_weights(&self, leaf: &Node) -> impl Iterator<Item = (usize, f64)> + '_ {
        let (start, len) = (leaf.a as usize, leaf.b as usize);
        self.weight_target[start..start + len]
            .iter()
            .zip(&self.weight_value[start..start + len])
            .map(|(&t, &w)| (t as usize, w))
    }

    fn regress(
        &self,
        x: &[f64],
        agg: Aggregate,
        scores: &mut [f64],
        has: &mut [bool],
        z: &mut [f32],
    ) {
        let trees = self.roots.len() as f64;
        if self.targets == 1 {
            // One target: each tree contributes its leaf's first weight.
            let (mut s, mut seen) = (0.0f64, false);
            for &root in &self.roots {
                let w = self.leaf(root, x).value;
                s = match agg {
                    Aggregate::Sum | Aggregate::Average => s + w,
                    Aggregate::Min if seen => s.min(w),
                    Aggregate::Max if seen => s.max(w),
                    Aggregate::Min | Aggregate::Max => w,
                };
                seen = true;
            }
            let origin = match self.base_values.as_slice() {
                [b] => *b,
                _ => 0.0,
            };
            let s = match agg {
                Aggregate::Sum => s + origin,
                Aggregate::Average => s / trees + origin,
                Aggregate::Min | Aggregate::Max if seen => s + origin,
                Aggregate::Min | Aggregate::Max => origin,
            };
            z[0] = if self.post == Post::Probit {
                probit(s)
            } else {
                s
            } as f32;
            return;
        }
        scores.fill(0.0);
        has.fill(false);
        for &root in &self.roots {
            let leaf = self.leaf(root, x);
            for (t, w) in self.leaf_weights(leaf) {
                scores[t] = match agg {
                    Aggregate::Sum | Aggregate::Average => scores[t] + w,
                    Aggregate::Min if has[t] => scores[t].min(w),
                    Aggregate::Max if has[t] => scores[t].max(w),
                    Aggregate::Min | Aggregate::Max => w,
                };
                has[t] = true;
            }
        }
        let use_base = self.base_values.len() == self.targets;
        for (t, s) in scores.iter_mut().enumerate() {
            let base = if use_base { self.base_values[t] } else { 0.0 };
            *s = match agg {
                Aggregate::Sum => *s + base,
                Aggregate::Average => *s / trees + base,
                Aggregate::Min | Aggregate::Max => base + if has[t] { *s } else { 0.0 },
            };
        }
        write_scores(scores, self.post, None, z);
    }

    /// Score one row and return the index of its class label.
    fn classify(
        &self,
        x: &[f64],
        binary_case: bool,
        all_positive: bool,
        scores: &mut [f64],
        has: &mut [bool],
        z: &mut [f32],
    ) -> usize {
        scores.fill(0.0);
        has.fill(false);
        for &root in &self.roots {
            let leaf = self.leaf(root, x);
            for (t, w) in self.leaf_weights(leaf) {
                scores[t] += w;
                has[t] = true;
            }
        }
        let base = &self.base_values;
        if self.targets > 2 {
            for (k, b) in base.iter().enumerate() {
                scores[k] += b;
                has[k] = true;
            }
            let mut best: Option<usize> = None;
            for k in 0..self.targets {
                if has[k] && best.is_none_or(|b| scores[k] > scores[b]) {
                    best = Some(k);
                }
            }
            write_scores(scores, self.post, None, z);
            return best.unwrap_or(0);
        }
        // Two classes. `second` is how the missing second score is derived when only one
        // score is left: 0/1 = probabilities (1 - s), 2/3 = margins (-s or a logistic).
        let mut second: Option<u8> = None;
        let mut keep_both = has[1];
        match base.as_slice() {
            [_, b1] if has[1] => {
                // onnxruntime's reading: the second base value shifts the first score, and
                // the first score becomes its negation.
                scores[1] = b1 + scores[0];
                scores[0] = -scores[1];
            }
            [b0, b1] => {
                scores[1] += b1;
                scores[0] += b0;
                keep_both = true;
            }
            [b0] => scores[0] += b0,
            _ => second = Some(3),
        }
        let positive = if keep_both {
            scores[1]
        } else if has[0] {
            scores[0]
        } else {
            0.0
        };
        let label = if binary_case {
            let (is_positive, how) = if all_positive {
                (positive > 0.5, if positive > 0.5 { 0 } else { 1 })
            } else {
                (positive > 0.0, if positive > 0.0 { 2 } else { 3 })
            };
            second = Some(how);
            usize::from(is_positive)
        } else {
            usize::from(positive > 0.0)
        };
        if keep_both {
            write_scores(scores, self.post, None, z);
        } else {
            write_scores(&mut scores[..1], self.post, second, z);
        }
        label
    }
}

/// Lay the trees out flat in depth-first order (true subtree first, so a branch's true child
/// is the next node), checking that every child exists and no node is reached twice.
fn layout(raw: &Raw) -> Result<TreeEnsemble, String> {
    let n = raw.tree.len();
    let mut index: HashMap<(i64, i64), usize> = HashMap::with_capacity(n);
    let mut tree_order: Vec<i64> = Vec::new();
    let mut first_of_tree: HashMap<i64, usize> = HashMap::new();
    for i in 0..n {
        if index.insert((raw.tree[i], raw.id[i]), i).is_some() {
            return Err(format!(
                "node {} of tree {} is defined twice",
                raw.id[i], raw.tree[i]
            ));
        }
        first_of_tree.entry(raw.tree[i]).or_insert_with(|| {
            tree_order.push(raw.tree[i]);
            i
        });
        let f = raw.feature[i];
        if raw.mode[i] != Mode::Leaf && !(0..=i64::from(u32::MAX)).contains(&f) {
            return Err(format!(
                "node {} of tree {} reads feature {f}",
                raw.id[i], raw.tree[i]
            ));
        }
    }
    // Weights by node, in attribute order (onnxruntime's order within a leaf).
    let mut leaf_weights: Vec<Vec<(u32, f64)>> = vec![Vec::new(); n];
    for k in 0..raw.w_tree.len() {
        let at = index
            .get(&(raw.w_tree[k], raw.w_node[k]))
            .copied()
            .ok_or_else(|| {
                format!(
                    "a weight names node {} of tree {}, which does not exist",
                    raw.w_node[k], raw.w_tree[k]
                )
            })?;
        // Weights on branches are ignored, as onnxruntime does (old converters wrote them).
        if raw.mode[at] == Mode::Leaf {
            leaf_weights[at].push((raw.w_target[k] as u32, raw.w_value[k]));
        }
    }
    if let Some(i) = (0..n).find(|&i| raw.mode[i] == Mode::Leaf && leaf_weights[i].is_empty()) {
        return Err(format!(
            "leaf {} of tree {} has no weight",
            raw.id[i], raw.tree[i]
        ));
    }

    let mut nodes: Vec<Node> = Vec::with_capacity(n);
    let mut roots = Vec::with_capacity(tree_order.len());
    let mut weight_target = Vec::new();
    let mut weight_value = Vec::new();
    let mut placed = vec![false; n];
    let mut features = 0usize;
    let mut all_leq = true;
    for tree in &tree_order {
        roots.push(u32::try_from(nodes.len()).map_err(|_| "too many nodes".to_string())?);
        // (attribute index, flat index of the parent whose false child it is)
        let mut stack: Vec<(usize, Option<usize>)> = vec![(first_of_tree[tree], None)];
        while let Some((i, parent)) = stack.pop() {
            if std::mem::replace(&mut placed[i], true) {
                return Err(format!(
                    "node {} of tree {tree} is reached twice (the tree has a cycle or a shared node)",
                    raw.id[i]
                ));
            }
            let at = nodes.len();
            let at32 = u32::try_from(at).map_err(|_| "too many nodes".to_string())?;
            if let Some(p) = parent {
                nodes[p].b = at32;
            }
            let missing_true = raw.missing_true.get(i).copied().unwrap_or(false);
            if raw.mode[i] == Mode::Leaf {
                let w = &leaf_weights[i];
                nodes.push(Node {
                    value: w[0].1,
                    a: u32::try_from(weight_target.len())
                        .map_err(|_| "too many weights".to_string())?,
                    b: w.len() as u32,
                    mode: Mode::Leaf,
                    missing_true: false,
                });
                for &(t, v) in w {
                    weight_target.push(t);
                    weight_value.push(v);
                }
                continue;
            }
            let child = |id: i64, which: &str| {
                index.get(&(*tree, id)).copied().ok_or_else(|| {
                    format!(
                        "node {} of tree {tree} has {which} child {id}, which does not exist",
                        raw.id[i]
                    )
                })
            };
            let (t, f) = (
                child(raw.true_id[i], "true")?,
                child(raw.false_id[i], "false")?,
            );
            features = features.max(raw.feature[i] as usize + 1);
            all_leq &= raw.mode[i] == Mode::Leq && !missing_true;
            nodes.push(Node {
                value: raw.value[i],
                a: raw.feature[i] as u32,
                b: 0,
                mode: raw.mode[i],
                missing_true,
            });
            // The false subtree is laid out after the whole true subtree.
            stack.push((f, Some(at)));
            stack.push((t, None));
        }
    }
    Ok(TreeEnsemble {
        nodes,
        roots,
        weight_target,
        weight_value,
        base_values: Vec::new(),
        targets: 0,
        post: Post::None,
        kind: Kind::Regressor {
            aggregate: Aggregate::Sum,
        },
        features,
        all_leq,
    })
}

/// onnxruntime's logistic: symmetric, so it does not overflow for large negative scores.
fn logistic(v: f64) -> f64 {
    let p = 1.0 / (1.0 + (-v.abs()).exp());
    if v < 0.0 { 1.0 - p } else { p }
}

/// The probit as onnxruntime computes it, in f32 like it: `sqrt(2) * erfinv(2p - 1)` with
/// Winitzki's closed-form erfinv approximation (a = 0.147). Outputs match onnxruntime's, not
/// the exact inverse normal CDF (they differ by up to ~1e-3).
fn probit(p: f64) -> f64 {
    const A: f32 = 0.147;
    let x = 2.0 * p as f32 - 1.0;
    let sign = if x < 0.0 { -1.0f32 } else { 1.0 };
    let ln = ((1.0 - x) * (1.0 + x)).ln();
    let v = 2.0 / (std::f32::consts::PI * A) + 0.5 * ln;
    let v2 = 1.0 / A * ln;
    let v3 = -v + (v * v - v2).sqrt();
    f64::from(std::f32::consts::SQRT_2 * sign * v3.sqrt())
}

/// Apply `post` and write the scores to `z` (onnxruntime's `write_scores`). With one score
/// left, `second` says how the second output column is derived from it.
fn write_scores(scores: &mut [f64], post: Post, second: Option<u8>, z: &mut [f32]) {
    if let [s] = scores {
        let s = *s;
        let (a, b) = match (post, second) {
            (Post::Probit, _) => (probit(s), 0.0),
            (_, Some(0 | 1)) => (1.0 - s, s),
            (Post::Logistic, Some(2 | 3)) => (logistic(-s), logistic(s)),
            (_, Some(2 | 3)) => (-s, s),
            _ => (s, 0.0),
        };
        z[0] = a as f32;
        if let Some(slot) = z.get_mut(1) {
            *slot = b as f32;
        }
        return;
    }
    match post {
        Post::None => {}
        Post::Probit => scores.iter_mut().for_each(|s| *s = probit(*s)),
        Post::Logistic => scores.iter_mut().for_each(|s| *s = logistic(*s)),
        Post::Softmax => {
            let max = scores.iter().copied().fold(f64::NEG_INFINITY, f64::max);
            let mut sum = 0.0;
            for s in scores.iter_mut() {
                *s = (*s - max).exp();
                sum += *s;
            }
            scores.iter_mut().for_each(|s| *s /= sum);
        }
        Post::SoftmaxZero => {
            // Softmax over the non-zero scores; zeros stay (numerically) zero.
            let max = scores.iter().copied().fold(f64::NEG_INFINITY, f64::max);
            let scale = (-max).exp();
            let mut sum = 0.0;
            for s in scores.iter_mut() {
                if s.abs() > 1e-7 {
                    *s = (*s - max).exp();
                    sum += *s;
                } else {
                    *s *= scale;
                }
            }
            scores.iter_mut().for_each(|s| *s /= sum);
        }
    }
    for (o, s) in z.iter_mut().zip(scores.iter()) {
        *o = *s as f32;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ints_attr(name: &str, v: &[i64]) -> Attribute {
        Attribute {
            name: name.into(),
            ints: v.to_vec(),
            ..Attribute::default()
        }
    }

    fn floats_attr(name: &str, v: &[f32]) -> Attribute {
        Attribute {
            name: name.into(),
            floats: v.to_vec(),
            ..Attribute::default()
        }
    }

    fn strings_attr(name: &str, v: &[&str]) -> Attribute {
        Attribute {
            name: name.into(),
            strings: v.iter().map(|s| s.as_bytes().to_vec()).collect(),
            ..Attribute::default()
        }
    }

    /// One stump: x[0] <= 0.5 → leaf 1 (weight 1), else leaf 2 (weight 2).
    fn stump(extra: Vec<Attribute>) -> NodeProto {
        let mut attributes = vec![
            ints_attr("nodes_treeids", &[0, 0, 0]),
            ints_attr("nodes_nodeids", &[0, 1, 2]),
            ints_attr("nodes_featureids", &[0, 0, 0]),
            strings_attr("nodes_modes", &["BRANCH_LEQ", "LEAF", "LEAF"]),
            floats_attr("nodes_values", &[0.5, 0.0, 0.0]),
            ints_attr("nodes_truenodeids", &[1, 0, 0]),
            ints_attr("nodes_falsenodeids", &[2, 0, 0]),
            ints_attr("target_treeids", &[0, 0]),
            ints_attr("target_nodeids", &[1, 2]),
            ints_attr("target_ids", &[0, 0]),
            floats_attr("target_weights", &[1.0, 2.0]),
            Attribute {
                name: "n_targets".into(),
                i: Some(1),
                ..Attribute::default()
            },
        ];
        attributes.extend(extra);
        NodeProto {
            op_type: "TreeEnsembleRegressor".into(),
            domain: "ai.onnx.ml".into(),
            attributes,
            ..NodeProto::default()
        }
    }

    fn run1(t: &TreeEnsemble, x: f32) -> f32 {
        let x = Tensor::new(vec![1, 1], TensorData::F32(vec![x])).unwrap();
        match &t.run(&x).unwrap()[0].data {
            TensorData::F32(v) => v[0],
            _ => unreachable!(),
        }
    }

    #[test]
    fn a_stump_splits_on_its_threshold() {
        let t = TreeEnsemble::compile(&stump(vec![]), false).unwrap();
        assert_eq!(run1(&t, 0.5), 1.0);
        assert_eq!(run1(&t, 0.6), 2.0);
        assert_eq!(run1(&t, f32::NAN), 2.0);
    }

    #[test]
    fn malformed_trees_fail_at_compile() {
        let mut node = stump(vec![]);
        node.attributes[5] = ints_attr("nodes_truenodeids", &[0, 0, 0]);
        let err = TreeEnsemble::compile(&node, false).unwrap_err();
        assert!(err.contains("reached twice"), "{err}");
        let mut node = stump(vec![]);
        node.attributes[6] = ints_attr("nodes_falsenodeids", &[7, 0, 0]);
        let err = TreeEnsemble::compile(&node, false).unwrap_err();
        assert!(err.contains("false child 7, which does not exist"), "{err}");
        let mut node = stump(vec![]);
        node.attributes[8] = ints_attr("target_nodeids", &[1, 1]);
        let err = TreeEnsemble::compile(&node, false).unwrap_err();
        assert!(err.contains("leaf 2 of tree 0 has no weight"), "{err}");
        let mut node = stump(vec![]);
        node.attributes[3] = strings_attr("nodes_modes", &["BRANCH_XX", "LEAF", "LEAF"]);
        let err = TreeEnsemble::compile(&node, false).unwrap_err();
        assert!(err.contains("unknown node mode `BRANCH_XX`"), "{err}");
        let mut node = stump(vec![]);
        node.attributes[10] = floats_attr("target_weights", &[1.0]);
        let err = TreeEnsemble::compile(&node, false).unwrap_err();
        assert!(
            err.contains("has 2 entries but `target_weights` has 1"),
            "{err}"
        );
    }

    #[test]
    fn too_few_features_is_an_input_error() {
        let mut node = stump(vec![]);
        node.attributes[2] = ints_attr("nodes_featureids", &[3, 0, 0]);
        let t = TreeEnsemble::compile(&node, false).unwrap();
        let x = Tensor::new(vec![1, 2], TensorData::F32(vec![0.0, 0.0])).unwrap();
        assert!(matches!(t.run(&x), Err(InferError::Input(_))));
    }

    #[test]
    fn probit_matches_the_erfinv_approximation() {
        // Values from onnxruntime's ComputeProbit (float): 0.5 -> 0, 0.975 -> ~1.9604.
        assert!(probit(0.5).abs() < 1e-7);
        assert!((probit(0.975) - 1.960_4).abs() < 2e-3);
        assert!((probit(0.025) + probit(0.975)).abs() < 1e-5);
    }
}
