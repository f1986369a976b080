"""Integrity probes for a01_ann, used by `dlcourse grade` (instructor-only: not in the release).

Each case is a call of a graded function on inputs drawn at grading time. Its result is compared,
outside the student's sandbox, with the reference solution's; a test cell keeps its points only if
the cases that check it agree. Tolerances are loose enough for any correct float64 answer.
"""

import numpy as np

SIGMOID_CELLS = ["test_stable_sigmoid_visible", "test_stable_sigmoid_hidden_random"]


def cases(rng):
    found = []
    for shape in [(9,), (3, 4), (2, 3, 2)]:
        found.append({"function": "stable_sigmoid", "arguments": {"z": rng.uniform(-30, 30, size=shape)},
                      "rtol": 1e-6, "atol": 1e-12, "cells": SIGMOID_CELLS})
    extreme = np.concatenate([rng.uniform(-1000, 1000, size=20), [-800.0, 800.0]])
    found.append({"function": "stable_sigmoid", "arguments": {"z": extreme}, "rtol": 1e-6, "atol": 0.0,
                  "cells": ["test_stable_sigmoid_hidden_extreme"]})

    for _ in range(4):
        n_examples, n_features = int(rng.integers(6, 30)), int(rng.integers(1, 5))
        found.append({"function": "perceptron_epoch", "arguments": {
            "weights": rng.normal(size=n_features), "bias": float(rng.normal()),
            "inputs": rng.normal(size=(n_examples, n_features)), "targets": rng.integers(0, 2, size=n_examples),
            "learning_rate": float(rng.uniform(0.05, 1.0)),
        }, "rtol": 1e-6, "atol": 1e-9})

    for activation in ["linear", "relu", "sigmoid", "tanh", "softmax"]:
        batch, n_in, n_out = int(rng.integers(2, 7)), int(rng.integers(1, 6)), int(rng.integers(2, 6))
        found.append({"function": "dense_forward", "arguments": {
            "inputs": rng.normal(size=(batch, n_in)), "kernel": rng.normal(size=(n_in, n_out)),
            "bias": rng.normal(size=n_out), "activation": activation,
        }, "rtol": 1e-6, "atol": 1e-9})

    for _ in range(3):
        n, n_in, n_hidden = int(rng.integers(3, 20)), int(rng.integers(1, 5)), int(rng.integers(2, 7))
        found.append({"function": "mlp_backward", "arguments": {
            "inputs": rng.normal(size=(n, n_in)), "targets": rng.integers(0, 2, size=(n, 1)).astype("float64"),
            "W1": rng.normal(size=(n_in, n_hidden)), "b1": rng.normal(size=n_hidden),
            "W2": rng.normal(size=(n_hidden, 1)), "b2": rng.normal(size=1),
        }, "rtol": 1e-6, "atol": 1e-10})
    return found
