#!/usr/bin/env python3
"""Write the `mlo serve` test fixtures and their onnxruntime reference outputs.

Run from the repository root in a throwaway virtualenv:

    python3 -m venv /tmp/venv
    /tmp/venv/bin/pip install onnx onnxruntime skl2onnx scikit-learn numpy
    /tmp/venv/bin/python scripts/serve_fixtures.py

It writes into tests/fixtures/serve/:
  mlp.onnx              Gemm(16->32) -> Relu -> Gemm(32->3) -> Softmax(axis=1), opset 13, IR 8
  mlp.safetensors       the same weights (PyTorch [out, in] layout) ...
  mlp.arch.toml         ... and the architecture file that describes them
  logreg.onnx           scikit-learn LogisticRegression (3 classes, 4 features), skl2onnx, zipmap off
  failing.onnx          x[N,16] -> Sqrt(Neg(Abs(x)) - 1): always NaN (an injected failing canary)
  rf_clf.onnx           RandomForestClassifier, Iris (3 classes, 20 trees), zipmap off
  rf_strings.onnx       the same forest trained on the species names (string labels)
  gb_binary.onnx        GradientBoostingClassifier, Iris versicolor vs virginica (LOGISTIC)
  gb_multi.onnx         GradientBoostingClassifier, Iris 3 classes (SOFTMAX)
  rf_reg.onnx           RandomForestRegressor: petal width from the other three measurements
  gb_reg.onnx           GradientBoostingRegressor: the same target
  trees_ops.onnx        hand-built ensembles (onnx.helper) covering what exporters do not emit:
                        every node mode, missing-value tracking, SUM/AVERAGE/MIN/MAX, base
                        values, every post_transform, binary cases, string labels
  trees_double.onnx     a regressor over FP64 input with double thresholds, weights and base
                        values (the `*_as_tensor` attributes)
  reference.json        committed inputs and onnxruntime's outputs for every model above
                        (trees_ops inputs include NaN and values equal to thresholds)
Everything is seeded, so re-running it reproduces the same files.
"""
import json
import os
import struct

import numpy as np
import onnx
import onnxruntime as ort
from onnx import TensorProto, helper, numpy_helper

OUT = os.path.join("tests", "fixtures", "serve")
os.makedirs(OUT, exist_ok=True)
rng = np.random.default_rng(7)


def mlp():
    w1 = rng.normal(0, 0.5, (32, 16)).astype(np.float32)
    b1 = rng.normal(0, 0.1, (32,)).astype(np.float32)
    w2 = rng.normal(0, 0.5, (3, 32)).astype(np.float32)
    b2 = rng.normal(0, 0.1, (3,)).astype(np.float32)
    nodes = [
        helper.make_node("Gemm", ["x", "fc1.weight", "fc1.bias"], ["h"], transB=1),
        helper.make_node("Relu", ["h"], ["h_relu"]),
        helper.make_node("Gemm", ["h_relu", "fc2.weight", "fc2.bias"], ["logits"], transB=1),
        helper.make_node("Softmax", ["logits"], ["probabilities"], axis=1),
    ]
    graph = helper.make_graph(
        nodes,
        "mlp",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, ["N", 16])],
        [helper.make_tensor_value_info("probabilities", TensorProto.FLOAT, ["N", 3])],
        [numpy_helper.from_array(a, n) for a, n in
         [(w1, "fc1.weight"), (b1, "fc1.bias"), (w2, "fc2.weight"), (b2, "fc2.bias")]],
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)], ir_version=8)
    onnx.checker.check_model(model)
    onnx.save(model, os.path.join(OUT, "mlp.onnx"))
    write_safetensors(os.path.join(OUT, "mlp.safetensors"),
                      {"fc1.weight": w1, "fc1.bias": b1, "fc2.weight": w2, "fc2.bias": b2})
    with open(os.path.join(OUT, "mlp.arch.toml"), "w") as f:
        f.write('# Architecture of mlp.safetensors (see docs/serving.md).\n'
                'kind = "mlp"\ninput = "x"\noutput = "probabilities"\nfeatures = 16\n'
                'activation = "relu"\noutput_activation = "softmax"\n'
                'layers = ["fc1", "fc2"]\n')


def write_safetensors(path, tensors):
    """The safetensors format by hand: u64 header length, JSON header, raw little-endian data."""
    header, blobs, offset = {}, [], 0
    for name, array in tensors.items():
        data = np.ascontiguousarray(array, dtype="<f4").tobytes()
        header[name] = {"dtype": "F32", "shape": list(array.shape),
                        "data_offsets": [offset, offset + len(data)]}
        blobs.append(data)
        offset += len(data)
    text = json.dumps(header, separators=(",", ":")).encode()
    text += b" " * ((8 - len(text) % 8) % 8)
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(text)))
        f.write(text)
        for b in blobs:
            f.write(b)


def logreg():
    from sklearn.datasets import load_iris
    from sklearn.linear_model import LogisticRegression
    from skl2onnx import to_onnx

    x, y = load_iris(return_X_y=True)
    clf = LogisticRegression(max_iter=500).fit(x, y)
    model = to_onnx(clf, x[:1].astype(np.float32), options={id(clf): {"zipmap": False}},
                    target_opset={"": 13, "ai.onnx.ml": 1})
    onnx.save(model, os.path.join(OUT, "logreg.onnx"))


def failing():
    nodes = [
        helper.make_node("Abs", ["x"], ["a"]),
        helper.make_node("Neg", ["a"], ["n"]),
        helper.make_node("Sub", ["n", "one"], ["m"]),
        helper.make_node("Sqrt", ["m"], ["y"]),
    ]
    graph = helper.make_graph(
        nodes, "failing",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, ["N", 16])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, ["N", 16])],
        [numpy_helper.from_array(np.array([1.0], dtype=np.float32), "one")],
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)], ir_version=8)
    onnx.save(model, os.path.join(OUT, "failing.onnx"))


IRIS_LOW, IRIS_HIGH = [4.3, 2.0, 1.0, 0.1], [7.9, 4.4, 6.9, 2.5]


def sklearn_trees():
    from sklearn.datasets import load_iris
    from sklearn.ensemble import (GradientBoostingClassifier, GradientBoostingRegressor,
                                  RandomForestClassifier, RandomForestRegressor)
    from skl2onnx import to_onnx

    x, y = load_iris(return_X_y=True)
    names = np.array(["setosa", "versicolor", "virginica"])
    binary = y != 0
    models = {
        "rf_clf": (RandomForestClassifier(n_estimators=20, max_depth=5, random_state=0), x, y),
        "rf_strings": (RandomForestClassifier(n_estimators=20, max_depth=5, random_state=0),
                       x, names[y]),
        "gb_binary": (GradientBoostingClassifier(n_estimators=30, max_depth=3, random_state=0),
                      x[binary], y[binary]),
        "gb_multi": (GradientBoostingClassifier(n_estimators=30, max_depth=3, random_state=0),
                     x, y),
        "rf_reg": (RandomForestRegressor(n_estimators=20, max_depth=6, random_state=0),
                   x[:, :3], x[:, 3]),
        "gb_reg": (GradientBoostingRegressor(n_estimators=50, max_depth=3, random_state=0),
                   x[:, :3], x[:, 3]),
    }
    for name, (model, features, target) in models.items():
        model.fit(features, target)
        options = {id(model): {"zipmap": False}} if hasattr(model, "predict_proba") else None
        onx = to_onnx(model, features[:1].astype(np.float32), options=options,
                      target_opset={"": 13, "ai.onnx.ml": 3})
        onnx.save(onx, os.path.join(OUT, f"{name}.onnx"))


def trees_ops():
    """Ensembles over X[N, 3] that exercise every attribute the runtime reads."""
    ml = "ai.onnx.ml"
    # Tree 0 mixes every branch mode and tracks missing values on some nodes; tree 1 is a
    # BRANCH_LEQ stump that sends NaN to its true branch.
    modes = ["BRANCH_LT", "BRANCH_GTE", "BRANCH_EQ", "LEAF", "BRANCH_GT", "LEAF",
             "BRANCH_NEQ", "LEAF", "BRANCH_LEQ", "LEAF", "LEAF", "LEAF", "LEAF",
             "BRANCH_LEQ", "LEAF", "LEAF"]
    tree = dict(
        nodes_treeids=[0] * 13 + [1] * 3,
        nodes_nodeids=list(range(13)) + [0, 1, 2],
        nodes_featureids=[0, 1, 2, 0, 2, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, 0],
        nodes_modes=modes,
        nodes_values=[0.0, 1.0, 2.0, 0, -1.0, 0, 0.5, 0, -2.0, 0, 0, 0, 0, 0.0, 0, 0],
        nodes_truenodeids=[1, 3, 5, 0, 7, 0, 9, 0, 11, 0, 0, 0, 0, 1, 0, 0],
        nodes_falsenodeids=[2, 4, 6, 0, 8, 0, 10, 0, 12, 0, 0, 0, 0, 2, 0, 0],
        nodes_missing_value_tracks_true=[1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0],
    )
    leaves = [(0, i) for i in (3, 5, 7, 9, 10, 11, 12)] + [(1, 1), (1, 2)]
    gen = np.random.default_rng(11)

    def weights(prefix, targets, low=-1.0, high=1.0, only=None, zero=()):
        ids, tids, nids, ws = [], [], [], []
        for t, n in leaves:
            for k in range(targets) if only is None else [only]:
                if (t, n, k) in zero:
                    continue
                tids.append(t), nids.append(n), ids.append(k)
                ws.append(float(gen.uniform(low, high)))
        return {f"{prefix}_treeids": tids, f"{prefix}_nodeids": nids,
                f"{prefix}_ids": ids, f"{prefix}_weights": ws}

    nodes, outputs = [], []

    def reg(name, targets, **attrs):
        nodes.append(helper.make_node("TreeEnsembleRegressor", ["X"], [name], domain=ml,
                                      n_targets=targets, **tree, **attrs))
        outputs.append(helper.make_tensor_value_info(name, TensorProto.FLOAT, ["N", targets]))

    def clf(name, labels, **attrs):
        strings = isinstance(labels[0], str)
        key = "classlabels_strings" if strings else "classlabels_int64s"
        nodes.append(helper.make_node("TreeEnsembleClassifier", ["X"],
                                      [f"{name}_label", f"{name}_scores"], domain=ml,
                                      **{key: labels}, **tree, **attrs))
        outputs.append(helper.make_tensor_value_info(
            f"{name}_label", TensorProto.STRING if strings else TensorProto.INT64, ["N"]))
        outputs.append(helper.make_tensor_value_info(
            f"{name}_scores", TensorProto.FLOAT, ["N", len(labels)]))

    reg("reg_sum", 2, aggregate_function="SUM", base_values=[0.5, -0.25],
        **weights("target", 2))
    reg("reg_avg", 1, aggregate_function="AVERAGE", base_values=[1.0], **weights("target", 1))
    reg("reg_avg2", 2, aggregate_function="AVERAGE", base_values=[0.1, 0.2],
        **weights("target", 2))
    reg("reg_min", 2, aggregate_function="MIN", **weights("target", 2, zero={(1, 1, 1)}))
    reg("reg_max", 1, aggregate_function="MAX", base_values=[0.125], **weights("target", 1))
    reg("reg_max2", 2, aggregate_function="MAX", base_values=[0.0, 1.0],
        **weights("target", 2, zero={(1, 2, 0)}))
    reg("reg_probit", 1, post_transform="PROBIT", **weights("target", 1, 0.05, 0.45))
    reg("reg_logistic2", 2, post_transform="LOGISTIC", **weights("target", 2))
    reg("reg_softmax2", 2, post_transform="SOFTMAX", **weights("target", 2))
    clf("clf_none", [10, 20, 30], **weights("class", 3))
    clf("clf_logistic", [0, 1, 2], post_transform="LOGISTIC", **weights("class", 3))
    clf("clf_softmax", [0, 1, 2], post_transform="SOFTMAX", base_values=[0.2, -0.1, 0.0],
        **weights("class", 3))
    clf("clf_softmax_zero", [0, 1, 2], post_transform="SOFTMAX_ZERO",
        **weights("class", 3, zero={(0, n, 2) for n in range(13)} | {(1, 1, 2), (1, 2, 2)}))
    clf("clf_probit", [0, 1, 2], post_transform="PROBIT", **weights("class", 3, 0.02, 0.3))
    clf("clf_strings", ["a", "b", "c"], **weights("class", 3))
    # Two classes, one scored class: the binary cases.
    clf("bin_logistic", [3, 7], post_transform="LOGISTIC", base_values=[0.3],
        **weights("class", 2, only=0))
    clf("bin_margin", [3, 7], **weights("class", 2, only=0))
    clf("bin_probability", [3, 7], **weights("class", 2, 0.0, 0.5, only=0))
    clf("bin_probit", [3, 7], post_transform="PROBIT", **weights("class", 2, 0.0, 0.5, only=0))
    # Two classes, both scored (labels 0 and 1, where onnxruntime's labels are the classes').
    clf("bin_both", [0, 1], post_transform="LOGISTIC", **weights("class", 2))
    clf("bin_both_base", [0, 1], base_values=[0.1, 0.2], **weights("class", 2))
    graph = helper.make_graph(
        nodes, "trees_ops",
        [helper.make_tensor_value_info("X", TensorProto.FLOAT, ["N", 3])], outputs)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13),
                                                    helper.make_opsetid(ml, 3)], ir_version=8)
    onnx.checker.check_model(model)
    onnx.save(model, os.path.join(OUT, "trees_ops.onnx"))


def trees_double():
    """Double-precision attributes: thresholds that only f64 tells apart from their f32 twin."""
    ml = "ai.onnx.ml"
    as_tensor = lambda v: numpy_helper.from_array(np.array(v, dtype=np.float64))
    node = helper.make_node(
        "TreeEnsembleRegressor", ["X"], ["Y"], domain=ml, n_targets=1,
        nodes_treeids=[0, 0, 0, 0, 0], nodes_nodeids=[0, 1, 2, 3, 4],
        nodes_featureids=[0, 1, 0, 0, 0],
        nodes_modes=["BRANCH_LEQ", "BRANCH_LT", "LEAF", "LEAF", "LEAF"],
        nodes_values_as_tensor=as_tensor([0.1, 1e-9, 0, 0, 0]),
        nodes_truenodeids=[1, 2, 0, 0, 0], nodes_falsenodeids=[4, 3, 0, 0, 0],
        target_treeids=[0, 0, 0], target_nodeids=[2, 3, 4], target_ids=[0, 0, 0],
        target_weights_as_tensor=as_tensor([1.0000000001, 2.5, -0.75]),
        base_values_as_tensor=as_tensor([0.25]))
    graph = helper.make_graph(
        [node], "trees_double",
        [helper.make_tensor_value_info("X", TensorProto.DOUBLE, ["N", 2])],
        [helper.make_tensor_value_info("Y", TensorProto.FLOAT, ["N", 1])])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13),
                                                    helper.make_opsetid(ml, 3)], ir_version=8)
    onnx.checker.check_model(model)
    onnx.save(model, os.path.join(OUT, "trees_double.onnx"))


def trees_ops_inputs():
    """Random rows plus rows on the thresholds and with NaN, to exercise every comparison."""
    x = rng.normal(0, 1.5, (24, 3)).astype(np.float32)
    edges = np.array([[0.0, 1.0, 2.0], [-1.0, 0.5, -1.0], [-2.0, 0.0, 2.0], [0.0, 0.5, -1.0],
                      [np.nan, 1.0, 2.0], [1.0, np.nan, -1.0], [1.0, 0.25, np.nan],
                      [-3.0, np.nan, np.nan], [np.nan, np.nan, np.nan], [-2.0, 1.5, 0.0]],
                     dtype=np.float32)
    return np.concatenate([x, edges])


def reference():
    mlp_inputs = rng.normal(0, 1, (16, 16)).astype(np.float32)
    iris = rng.uniform(IRIS_LOW, IRIS_HIGH, (16, 4)).astype(np.float32)
    inputs = {
        "mlp": mlp_inputs,
        "logreg": iris,
        "rf_clf": iris,
        "rf_strings": iris,
        "gb_binary": iris,
        "gb_multi": iris,
        "rf_reg": iris[:, :3],
        "gb_reg": iris[:, :3],
        "trees_ops": trees_ops_inputs(),
        # 0.1 as f64, its f32 rounding, the next f64 after 0.1; 1e-9 against 0 and 1e-9.
        "trees_double": np.array([[0.1, 0.0], [float(np.float32(0.1)), 0.0],
                                  [np.nextafter(0.1, 1.0), 0.0], [0.0, 1e-9], [0.05, 5e-10],
                                  [-1.0, 2.0]], dtype=np.float64),
    }
    out = {}
    for name, x in inputs.items():
        sess = ort.InferenceSession(os.path.join(OUT, f"{name}.onnx"),
                                    providers=["CPUExecutionProvider"])
        input_name = sess.get_inputs()[0].name
        results = sess.run(None, {input_name: x})
        outputs = {o.name: r.tolist() for o, r in zip(sess.get_outputs(), results)}
        if name == "trees_ops":
            # With PROBIT and one scored class, onnxruntime writes only the first column and
            # leaves the second uninitialised: record it as null (not compared).
            outputs["bin_probit_scores"] = [[row[0], None] for row in outputs["bin_probit_scores"]]
        out[name] = {
            "input": input_name,
            # JSON has no NaN: missing values are written as null.
            "inputs": [[None if np.isnan(v) else float(v) for v in row] for row in x],
            "outputs": outputs,
            "onnxruntime": ort.__version__,
        }
    with open(os.path.join(OUT, "reference.json"), "w") as f:
        json.dump(out, f, indent=1, allow_nan=False)
        f.write("\n")


mlp()
logreg()
failing()
sklearn_trees()
trees_ops()
trees_double()
reference()
print("wrote", sorted(os.listdir(OUT)))
