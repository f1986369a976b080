"""Integrity probes for a01_ann, used by `dlcourse grade` (instructor-only: not in the release).

Each case is a call of a graded function on inputs drawn at grading time. Its result is compared,
outside the student's sandbox, with the reference solution's; a test cell keeps its points only if
the cases that check it agree. The tolerances are the contracts': they accept every correct
answer, float32 ones included. Most inputs are multiples of 1/8 or 1/16, as in the tests, so that
float32 and float64 arithmetic agree exactly where a comparison with 0 decides (the perceptron's
prediction, ReLU's derivative).
"""

import numpy as np

SIGMOID_CELLS = ["test_stable_sigmoid_visible", "test_stable_sigmoid_hidden_random"]


def _dyadic(rng, size, bound, denominator):
    """Multiples of 1 / denominator in [-bound, bound], drawn from ``rng``."""
    return rng.integers(-bound * denominator, bound * denominator + 1, size=size) / denominator


def _mlp_scale(inputs, W1, b1, W2, b2):
    """The largest size each gradient entry could have (the contract's s), per parameter."""
    hidden = np.maximum(inputs @ W1 + b1, 0.0)
    per_unit = np.abs(W2).sum(axis=1)
    return {"W1": np.abs(inputs).mean(axis=0)[:, None] * per_unit, "b1": per_unit,
            "W2": np.repeat(hidden.mean(axis=0)[:, None], W2.shape[1], axis=1), "b2": np.ones(W2.shape[1])}


def cases(rng):
    found = []
    for shape in [(9,), (3, 4), (2, 3, 2)]:
        found.append({"function": "stable_sigmoid", "arguments": {"z": rng.uniform(-30, 30, size=shape)},
                      "rtol": 1e-6, "atol": 1e-12, "cells": SIGMOID_CELLS})
    extreme = np.concatenate([rng.uniform(-1000, 1000, size=20), [-800.0, 800.0]])
    found.append({"function": "stable_sigmoid", "arguments": {"z": extreme}, "rtol": 1e-6, "atol": 0.0,
                  "cells": ["test_stable_sigmoid_hidden_extreme"], "warnings": False})

    # The perceptron: multiples of 1/8, on which every correct answer is exact (scores of 0 included).
    for _ in range(4):
        n_examples, n_features = int(rng.integers(6, 30)), int(rng.integers(1, 5))
        found.append({"function": "perceptron_epoch", "arguments": {
            "weights": _dyadic(rng, n_features, 2, 8), "bias": float(_dyadic(rng, None, 1, 8)),
            "inputs": _dyadic(rng, (n_examples, n_features), 2, 8), "targets": rng.integers(0, 2, size=n_examples),
            "learning_rate": float(rng.choice([0.125, 0.25, 0.5, 1.0, 2.0])),
        }, "rtol": 1e-6, "atol": 1e-9})

    # Dense layers: exact scores; float32 results within a relative 1e-5 (absolute 1e-6).
    for activation in ["linear", "relu", "sigmoid", "tanh", "softmax"]:
        batch, n_in, n_out = int(rng.integers(2, 7)), int(rng.integers(1, 6)), int(rng.integers(2, 6))
        found.append({"function": "dense_forward", "arguments": {
            "inputs": _dyadic(rng, (batch, n_in), 4, 8), "kernel": _dyadic(rng, (n_in, n_out), 2, 8),
            "bias": _dyadic(rng, n_out, 2, 8), "activation": activation,
        }, "rtol": 1e-5, "atol": 1e-6, "dtype": ["float64", "float32"]})
    # Large scores in rows of very different sizes: finite, accurate and without warnings.
    for activation in ["softmax", "sigmoid", "tanh"]:
        centres = rng.choice([-1000.0, -40.0, 0.0, 40.0, 1000.0], size=(4, 1))
        scores = np.clip(centres + _dyadic(rng, (4, 3), 5, 8), -1000, 1000)
        found.append({"function": "dense_forward", "arguments": {
            "inputs": scores, "kernel": np.eye(3), "bias": np.zeros(3), "activation": activation,
        }, "rtol": 1e-5, "atol": 1e-6, "dtype": ["float64", "float32"], "warnings": False,
            "cells": ["test_dense_forward_hidden_large"]})

    # The ReLU-softmax network: multiples of 1/16 (exact zeros of Z1 occur, with derivative 0 there).
    # The absolute tolerance is the contract's float32 one, 1e-4 times the largest size of an entry.
    for n, large in [(int(rng.integers(3, 20)), False), (int(rng.integers(3, 20)), False), (6, True)]:
        n_in, n_hidden, classes = int(rng.integers(1, 5)), int(rng.integers(2, 7)), int(rng.integers(2, 6))
        inputs, bound = _dyadic(rng, (n, n_in), 2, 8), 2 if large else 1
        if large:  # rows of very different sizes: scores in the thousands next to scores near 0
            inputs = inputs * rng.choice([0.0, 1.0, 256.0], size=(n, 1))
        arguments = {"inputs": inputs, "targets": rng.integers(0, classes, size=n),
                     "W1": _dyadic(rng, (n_in, n_hidden), bound, 16), "b1": _dyadic(rng, n_hidden, 1, 16),
                     "W2": _dyadic(rng, (n_hidden, classes), bound, 16), "b2": _dyadic(rng, classes, 1, 16)}
        scale = _mlp_scale(**{name: value for name, value in arguments.items() if name != "targets"})
        found.append({"function": "mlp_backward", "arguments": arguments, "rtol": 1e-3,
                      "atol": 1e-4 * max(float(value.max()) for value in scale.values()),
                      "dtype": ["float64", "float32"]})
    return found
