#!/usr/bin/env python3
"""Train a scikit-learn RandomForest on examples/data/iris.csv and export it to ONNX for mlo.

Run from the repository root in a throwaway virtualenv (none of this is an mlo dependency):

    python3 -m venv /tmp/sk && /tmp/sk/bin/pip install scikit-learn skl2onnx onnxruntime numpy
    /tmp/sk/bin/python examples/sklearn_onnx/export.py

It writes, beside this script:
  iris_forest.onnx   the forest (TreeEnsembleClassifier, string labels, zipmap off)
  expected.json      a few flowers with the labels and probabilities onnxruntime gives for them,
                     the training accuracy, and the library versions; the test suite serves
                     iris_forest.onnx with `mlo serve` and checks its answers against this file.
Seeded, so re-running it reproduces both files.
"""
import csv
import json
import os

import numpy as np
import onnxruntime as ort
import skl2onnx
import sklearn
from skl2onnx import to_onnx
from skl2onnx.common.data_types import FloatTensorType
from sklearn.ensemble import RandomForestClassifier

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "data", "iris.csv")

with open(DATA, newline="") as f:
    rows = list(csv.DictReader(f))
columns = ["sepal_length", "sepal_width", "petal_length", "petal_width"]
x = np.array([[float(r[c]) for c in columns] for r in rows], dtype=np.float32)
y = np.array([r["species"] for r in rows])

model = RandomForestClassifier(n_estimators=50, max_depth=4, random_state=0).fit(x, y)
accuracy = float((model.predict(x) == y).mean())

# zipmap off: probabilities come out as one [N, classes] tensor, which mlo serves, instead of
# a sequence of maps. The input is named `features` and takes any number of rows.
onx = to_onnx(
    model,
    initial_types=[("features", FloatTensorType([None, len(columns)]))],
    options={id(model): {"zipmap": False}},
    target_opset={"": 13, "ai.onnx.ml": 3},
)
path = os.path.join(HERE, "iris_forest.onnx")
with open(path, "wb") as f:
    f.write(onx.SerializeToString())

FLOWERS = [[5.1, 3.5, 1.4, 0.2], [6.0, 2.7, 5.1, 1.6], [6.3, 2.8, 5.1, 1.5],
           [7.7, 3.0, 6.1, 2.3], [5.7, 2.8, 4.1, 1.3]]
flowers = np.array(FLOWERS, dtype=np.float32)
session = ort.InferenceSession(path, providers=["CPUExecutionProvider"])
labels, probabilities = session.run(None, {"features": flowers})
expected = {
    "input": "features",
    "columns": columns,
    "inputs": FLOWERS,
    "label": labels.tolist(),
    "probabilities": probabilities.tolist(),
    "classes": model.classes_.tolist(),
    "scikit_learn_labels": model.predict(flowers).tolist(),
    "training_accuracy": accuracy,
    "versions": {"scikit-learn": sklearn.__version__, "skl2onnx": skl2onnx.__version__,
                 "onnxruntime": ort.__version__},
}
with open(os.path.join(HERE, "expected.json"), "w") as f:
    json.dump(expected, f, indent=1)
    f.write("\n")
print(f"wrote {path} (training accuracy {accuracy:.3f}) and expected.json")
