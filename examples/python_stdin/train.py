#!/usr/bin/env python3
"""A plain-Python training loop that logs to mlo through one `mlo run log --stdin` process.

No mlo package and no third-party Python package: the loop starts `mlo run log --stdin` with
`subprocess` once and writes one JSON line per param and metric point to its stdin, so the
whole run costs one process and one open index, however many points it logs.

    # inside an mlo repository (mlo on PATH, or MLO_BIN=/path/to/mlo):
    mlo run exec --name py-softmax -- python3 examples/python_stdin/train.py --data data/iris.csv
    # or on its own: it starts (and ends) a run itself when MLO_RUN_ID is not set
    python3 examples/python_stdin/train.py --data examples/data/iris.csv --epochs 200

The model is a softmax regression on the CSV's numeric columns (the last column is the class),
trained with full-batch gradient descent on standardised features: small enough to read, real
enough that the loss curve means something.
"""

import argparse
import csv
import json
import math
import os
import random
import subprocess
import sys


def load(path):
    with open(path, newline="") as f:
        rows = list(csv.reader(f))
    header, body = rows[0], [r for r in rows[1:] if r]
    classes = sorted({r[-1] for r in body})
    x = [[float(v) for v in r[:-1]] for r in body]
    y = [classes.index(r[-1]) for r in body]
    return header[:-1], classes, x, y


def standardise(x):
    cols = list(zip(*x))
    mean = [sum(c) / len(c) for c in cols]
    std = [math.sqrt(sum((v - m) ** 2 for v in c) / len(c)) or 1.0 for c, m in zip(cols, mean)]
    return [[(v - m) / s for v, m, s in zip(row, mean, std)] for row in x]


def softmax(z):
    top = max(z)
    e = [math.exp(v - top) for v in z]
    total = sum(e)
    return [v / total for v in e]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", default="examples/data/iris.csv")
    ap.add_argument("--epochs", type=int, default=100)
    ap.add_argument("--lr", type=float, default=0.5)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()

    mlo = os.environ.get("MLO_BIN", "mlo")
    own_run = "MLO_RUN_ID" not in os.environ
    env = dict(os.environ)
    if own_run:
        # Not under `mlo run exec`: start a run and hand its id to the logger.
        run_id = subprocess.run(
            [mlo, "--quiet", "run", "start", "--name", "py-softmax"],
            check=True, capture_output=True, text=True,
        ).stdout.strip()
        env["MLO_RUN_ID"] = run_id
    # One logger process for the whole loop; --strict stops at the first bad line.
    logger = subprocess.Popen(
        [mlo, "--quiet", "run", "log", "--stdin", "--strict"],
        stdin=subprocess.PIPE, text=True, env=env,
    )

    def log(**record):
        logger.stdin.write(json.dumps(record) + "\n")

    names, classes, x, y = load(args.data)
    x = standardise(x)
    random.seed(args.seed)
    k, d = len(classes), len(names)
    w = [[random.gauss(0, 0.01) for _ in range(d)] for _ in range(k)]
    b = [0.0] * k
    for key, value in [("lr", args.lr), ("epochs", args.epochs), ("seed", args.seed),
                       ("model", "softmax"), ("features", d)]:
        log(param=key, value=value)

    n = len(x)
    for epoch in range(args.epochs):
        gw = [[0.0] * d for _ in range(k)]
        gb = [0.0] * k
        loss, correct = 0.0, 0
        for xi, yi in zip(x, y):
            p = softmax([sum(wc[j] * xi[j] for j in range(d)) + bc for wc, bc in zip(w, b)])
            loss -= math.log(max(p[yi], 1e-12))
            correct += max(range(k), key=p.__getitem__) == yi
            for c in range(k):
                g = p[c] - (1.0 if c == yi else 0.0)
                gb[c] += g
                for j in range(d):
                    gw[c][j] += g * xi[j]
        for c in range(k):
            b[c] -= args.lr * gb[c] / n
            for j in range(d):
                w[c][j] -= args.lr * gw[c][j] / n
        log(metric="loss", value=loss / n, step=epoch)
        log(metric="accuracy", value=correct / n, step=epoch)
    logger.stdin.close()
    status = logger.wait()
    if own_run:
        subprocess.run([mlo, "--quiet", "run", "end", "--status",
                        "finished" if status == 0 else "failed"], check=True, env=env)
    print(f"trained {args.epochs} epochs: loss {loss / n:.4f}, accuracy {correct / n:.3f}")
    return status


if __name__ == "__main__":
    sys.exit(main())
