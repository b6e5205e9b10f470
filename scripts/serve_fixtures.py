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
  reference.json        committed inputs and onnxruntime's outputs for mlp and logreg
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


def reference():
    inputs = {
        "mlp": rng.normal(0, 1, (16, 16)).astype(np.float32),
        "logreg": np.concatenate([
            rng.uniform([4.3, 2.0, 1.0, 0.1], [7.9, 4.4, 6.9, 2.5], (16, 4)),
        ]).astype(np.float32),
    }
    out = {}
    for name, x in inputs.items():
        sess = ort.InferenceSession(os.path.join(OUT, f"{name}.onnx"),
                                    providers=["CPUExecutionProvider"])
        input_name = sess.get_inputs()[0].name
        results = sess.run(None, {input_name: x})
        out[name] = {
            "input": input_name,
            "inputs": x.tolist(),
            "outputs": {o.name: r.tolist() for o, r in zip(sess.get_outputs(), results)},
            "onnxruntime": ort.__version__,
        }
    with open(os.path.join(OUT, "reference.json"), "w") as f:
        json.dump(out, f, indent=1)
        f.write("\n")


mlp()
logreg()
failing()
reference()
print("wrote", sorted(os.listdir(OUT)))
