"""Integrity probes for a01_ann, used by `dlcourse grade` (instructor-only: not in the release).

Each case is a call of a graded function on inputs drawn at grading time. Its result is compared,
outside the student's sandbox, with the reference solution's; a test cell keeps its points only if
the cases that check it agree. The tolerances are the contracts': they accept every correct
answer, float32 ones included. Most inputs are multiples of 1/8 or 1/16, as in the tests, so that
float32 and float64 arithmetic agree exactly where a comparison with 0 decides (the perceptron's
prediction, ReLU's derivative).
"""

import numpy as np

# Every call below: NumPy only and no random draws, as each contract says.
PLAIN = {"numpy_only": True, "draws": False}
SIGMOID_CELLS = ["test_stable_sigmoid_visible", "test_stable_sigmoid_hidden_random"]
SIGMOID_SINGLE_CELLS = ["test_stable_sigmoid_visible", "test_stable_sigmoid_hidden_extreme"]
# stable_sigmoid: float64 results within a relative 1e-9 (float32 ones only for float32 arrays).
SIGMOID = {"function": "stable_sigmoid", **PLAIN, "rtol": 1e-9, "atol": 0.0, "dtype": ["float64"]}
# perceptron_epoch's result through an export: the numbers, and the kinds its contract fixes (a float
# array of weights, a number for the bias, an int count), which one dtype list for all three cannot say.
PERCEPTRON = {"function": "perceptron_epoch", **PLAIN, "rtol": 1e-6, "atol": 1e-9, "export": "perceptron_result"}
# dense_forward: float64 or float32 results; the float32 tolerance (relative 1e-5, absolute 1e-6).
DENSE = {"function": "dense_forward", **PLAIN, "rtol": 1e-5, "atol": 1e-6, "dtype": ["float64", "float32"]}
DENSE_LARGE_CELLS = ["test_dense_forward_hidden_large"]

EXPORTS = """
import numpy as np


def perceptron_result(result):
    new_weights, new_bias, mistakes = result
    return {"weights": np.asarray(new_weights, dtype="float64"), "bias": np.asarray(new_bias, dtype="float64"),
            "mistakes": np.asarray(mistakes, dtype="int64"),
            "a tuple": isinstance(result, tuple),
            "new_weights is a float NumPy array": isinstance(new_weights, np.ndarray)
            and new_weights.dtype.name in ("float64", "float32"),
            "new_bias is a number": bool(np.ndim(new_bias) == 0),
            "mistakes is an int": isinstance(mistakes, (int, np.integer)) and not isinstance(mistakes, bool)}
"""


def _dyadic(rng, size, bound, denominator):
    """Multiples of 1 / denominator in [-bound, bound], drawn from ``rng``."""
    return rng.integers(-bound * denominator, bound * denominator + 1, size=size) / denominator


def _as_kind(values, kind):
    """``values`` as an array of ``kind``, or a list ("list"; "list_float": a list of floats)."""
    if kind == "list":
        return np.asarray(values).tolist()
    if kind == "list_float":
        return [float(value) for value in np.ravel(values)]
    return np.asarray(values).astype(kind)


def _mlp_scale(inputs, W1, b1, W2, b2):
    """The largest size each gradient entry could have (the contract's s), per parameter."""
    hidden = np.maximum(inputs @ W1 + b1, 0.0)
    per_unit = np.abs(W2).sum(axis=1)
    return {
        "W1": np.abs(inputs).mean(axis=0)[:, None] * per_unit,
        "b1": per_unit,
        "W2": np.repeat(hidden.mean(axis=0)[:, None], W2.shape[1], axis=1),
        "b2": np.ones(W2.shape[1]),
    }


def cases(rng):
    found = []
    # Arrays of every accepted dtype and shape (0-d and empty included), lists and single numbers.
    for shape in [(9,), (3, 4), (2, 3, 2), ()]:
        found.append({**SIGMOID, "arguments": {"z": rng.uniform(-60, 60, size=shape)}, "cells": SIGMOID_CELLS})
    for dtype in ["int64", "int32", "int8"]:  # integers give float64, not truncated integers
        found.append(
            {
                **SIGMOID,
                "arguments": {"z": rng.integers(-60, 61, size=int(rng.integers(3, 9))).astype(dtype)},
                "cells": SIGMOID_CELLS,
            }
        )
    found.append(
        {
            **SIGMOID,
            "arguments": {"z": rng.uniform(-60, 60, size=(3, 3)).astype("float32")},
            "rtol": 1e-5,
            "atol": 1e-37,
            "dtype": ["float64", "float32"],
            "cells": SIGMOID_CELLS,
        }
    )
    empty = [(0,), (0, int(rng.integers(1, 4))), (int(rng.integers(1, 4)), 0)][int(rng.integers(0, 3))]
    found.append({**SIGMOID, "arguments": {"z": rng.uniform(-60, 60, size=empty)}, "cells": SIGMOID_CELLS})
    found.append(
        {
            **SIGMOID,
            "arguments": {"z": [float(value) for value in rng.uniform(-60, 60, size=4)]},
            "cells": SIGMOID_CELLS,
        }
    )
    found.append({**SIGMOID, "arguments": {"z": float(rng.uniform(-60, 60))}, "cells": SIGMOID_CELLS})
    found.append({**SIGMOID, "arguments": {"z": int(rng.integers(-60, 61))}, "cells": SIGMOID_CELLS})
    # Any finite input: accurate tails (relative 1e-9 down to the subnormals), no warnings.
    extreme = np.concatenate(
        [
            rng.uniform(-1000, 1000, size=20),
            rng.uniform(-745, -700, size=4),
            rng.choice([-1.0, 1.0], size=2) * 10.0 ** rng.uniform(3, 300, size=2),
            [-800.0, 800.0],
        ]
    )
    found.append(
        {
            **SIGMOID,
            "arguments": {"z": rng.permutation(extreme)},
            "atol": 1e-320,
            "warnings": False,
            "cells": ["test_stable_sigmoid_hidden_extreme"],
        }
    )
    for z in [-float(rng.uniform(710, 2000)), float(rng.uniform(710, 2000)), -int(rng.integers(710, 2001))]:
        found.append(
            {**SIGMOID, "arguments": {"z": z}, "atol": 1e-320, "warnings": False, "cells": SIGMOID_SINGLE_CELLS}
        )
    # The perceptron: multiples of 1/8, on which every correct answer is exact (scores of 0 included).
    # Each kind the contract accepts: float64, float32, whole-number integer arrays and lists; float
    # targets; integer learning rates and biases. The first example is always a mistake.
    kinds = [
        ("int64", "float64", "float64", 0.5),
        ("list", "list", "list", 1),
        ("float32", "float32", "int32", 0.25),
        ("float64", "int64", "list_float", 2),
    ]
    for weights_kind, inputs_kind, targets_kind, learning_rate in kinds:
        n_examples, n_features = int(rng.integers(6, 30)), int(rng.integers(1, 5))
        weights, inputs = _dyadic(rng, n_features, 2, 8), _dyadic(rng, (n_examples, n_features), 2, 8)
        weights, inputs = _as_kind(weights, weights_kind), _as_kind(inputs, inputs_kind)
        bias = float(_dyadic(rng, None, 1, 8)) if learning_rate != 1 else int(rng.integers(-2, 3))
        targets = rng.integers(0, 2, size=n_examples)
        targets[0] = 1 - int(np.asarray(inputs[0], dtype=float) @ np.asarray(weights, dtype=float) + bias > 0)
        found.append(
            {
                **PERCEPTRON,
                "arguments": {
                    "weights": weights,
                    "bias": bias,
                    "inputs": inputs,
                    "targets": _as_kind(targets, targets_kind),
                    "learning_rate": learning_rate,
                },
            }
        )
    # A first score of exactly 0 (which predicts 0), then an epoch without mistakes from integer
    # weights: new_weights is still a new float array.
    n_examples, n_features = int(rng.integers(4, 12)), int(rng.integers(1, 5))
    weights, inputs = _dyadic(rng, n_features, 2, 8), _dyadic(rng, (n_examples, n_features), 2, 8)
    found.append(
        {
            **PERCEPTRON,
            "arguments": {
                "weights": weights,
                "bias": float(-(inputs[0] @ weights)),
                "inputs": inputs,
                "targets": rng.integers(0, 2, size=n_examples),
                "learning_rate": float(rng.choice([0.125, 0.5, 1.0])),
            },
        }
    )
    weights, bias = rng.integers(-2, 3, size=n_features), float(_dyadic(rng, None, 1, 8))
    targets = (inputs @ weights + bias > 0).astype("int64")
    found.append(
        {
            **PERCEPTRON,
            "arguments": {"weights": weights, "bias": bias, "inputs": inputs, "targets": targets, "learning_rate": 0.5},
            "cells": ["test_perceptron_epoch_visible", "test_perceptron_epoch_hidden_pure"],
        }
    )

    # Dense layers: exact scores; float32 results within a relative 1e-5 (absolute 1e-6).
    for activation in ["linear", "relu", "sigmoid", "tanh", "softmax"]:
        batch, n_in, n_out = int(rng.integers(2, 7)), int(rng.integers(1, 6)), int(rng.integers(2, 6))
        found.append(
            {
                **DENSE,
                "arguments": {
                    "inputs": _dyadic(rng, (batch, n_in), 4, 8),
                    "kernel": _dyadic(rng, (n_in, n_out), 2, 8),
                    "bias": _dyadic(rng, n_out, 2, 8),
                    "activation": activation,
                },
            }
        )
    # Integers (floats come back, as from a Keras layer), lists, float32, and no activation given (linear).
    batch, n_in, n_out = int(rng.integers(2, 6)), int(rng.integers(1, 5)), int(rng.integers(2, 5))
    for activation, kinds in [
        ("linear", ("int64", "int32", "int8")),
        ("relu", ("int32", "int64", "int64")),
        ("sigmoid", ("list", "list", "list")),
        ("softmax", ("float32",) * 3),
    ]:
        layer = [_dyadic(rng, (batch, n_in), 4, 8), _dyadic(rng, (n_in, n_out), 2, 8), _dyadic(rng, n_out, 2, 8)]
        layer = [_as_kind(value * (8 if kind.startswith("int") else 1), kind) for value, kind in zip(layer, kinds)]
        found.append({**DENSE, "arguments": dict(zip(["inputs", "kernel", "bias"], layer), activation=activation)})
    inputs, kernel, bias = (
        _dyadic(rng, (batch, n_in), 4, 8),
        _dyadic(rng, (n_in, n_out), 2, 8),
        _dyadic(rng, n_out, 2, 8),
    )
    if not np.any(inputs @ kernel + bias < 0):  # some negative scores, which "linear" keeps
        kernel, bias = -kernel, -bias - 1
    found.append({**DENSE, "arguments": {"inputs": inputs, "kernel": kernel, "bias": bias}})
    # Large scores in rows of very different sizes (+-1000, +-700 and near 0 in every batch): finite,
    # accurate and without warnings.
    for activation, dtype in [
        ("softmax", "float64"),
        ("sigmoid", "float64"),
        ("tanh", "float64"),
        ("linear", "float64"),
        ("relu", "float64"),
        ("softmax", "float32"),
    ]:
        centres = rng.permutation(np.array([-1000.0, -700.0, 0.0, 700.0, 1000.0]))[:, None]
        scores = np.clip(centres + _dyadic(rng, (5, 3), 5, 8), -1000, 1000).astype(dtype)
        found.append(
            {
                **DENSE,
                "arguments": {
                    "inputs": scores,
                    "kernel": np.eye(3, dtype=dtype),
                    "bias": np.zeros(3, dtype=dtype),
                    "activation": activation,
                },
                "warnings": False,
                "cells": DENSE_LARGE_CELLS,
            }
        )

    # The ReLU-softmax network: multiples of 1/16 (exact zeros of Z1 occur, with derivative 0 there).
    # The absolute tolerance is the contract's float32 one, 1e-4 times the largest size of an entry.
    for n in [int(rng.integers(3, 20)), int(rng.integers(3, 20))]:
        n_in, n_hidden, classes = int(rng.integers(1, 5)), int(rng.integers(2, 7)), int(rng.integers(2, 6))
        arguments = {
            "inputs": _dyadic(rng, (n, n_in), 2, 8),
            "targets": rng.integers(0, classes, size=n),
            "W1": _dyadic(rng, (n_in, n_hidden), 1, 16),
            "b1": _dyadic(rng, n_hidden, 1, 16),
            "W2": _dyadic(rng, (n_hidden, classes), 1, 16),
            "b2": _dyadic(rng, classes, 1, 16),
        }
        found.append(_mlp_case(arguments))
    # Whole-number inputs in a list, float32 weights (float32 gradients allowed), uint8 labels.
    arguments = {name: value.astype("float32") for name, value in arguments.items() if name != "targets"}
    arguments.update(
        inputs=_as_kind(_dyadic(rng, (n, arguments["W1"].shape[0]), 2, 1), "list"),
        targets=rng.integers(0, arguments["b2"].shape[0], size=n).astype("uint8"),
    )
    found.append(_mlp_case(arguments))
    # Rows of very different sizes: scores in the thousands (above exp's overflow) next to a row whose
    # scores all lie far below them, and a true class of probability far below 1e-7.
    for _ in range(100):
        n_in, n_hidden, classes = int(rng.integers(1, 5)), int(rng.integers(2, 7)), int(rng.integers(2, 6))
        inputs = _dyadic(rng, (6, n_in), 2, 8) * rng.permutation([0.0, 1.0, 1.0, 256.0, 256.0, 256.0])[:, None]
        W1, b1 = _dyadic(rng, (n_in, n_hidden), 2, 16), _dyadic(rng, n_hidden, 1, 16)
        W2, b2 = _dyadic(rng, (n_hidden, classes), 2, 16), _dyadic(rng, classes, 1, 16)
        scores = np.maximum(inputs @ W1 + b1, 0.0) @ W2 + b2
        if scores.max() > 800 and scores.max(axis=1).min() < scores.max() - 800:
            break
    targets = rng.integers(0, classes, size=6)
    spread = int(np.argmax(scores.max(axis=1) - scores.min(axis=1)))
    targets[spread] = int(np.argmin(scores[spread]))  # probability about exp(-spread)
    found.append(_mlp_case({"inputs": inputs, "targets": targets, "W1": W1, "b1": b1, "W2": W2, "b2": b2}))
    # Z1 exactly 0 for one example in every hidden unit: ReLU's derivative is 0 there.
    n, n_in, n_hidden, classes = int(rng.integers(3, 9)), int(rng.integers(1, 4)), int(rng.integers(2, 5)), 3
    inputs, W1 = _dyadic(rng, (n, n_in), 2, 8), _dyadic(rng, (n_in, n_hidden), 1, 16)
    rows = rng.integers(0, n, size=n_hidden)
    arguments = {
        "inputs": inputs,
        "targets": rng.integers(0, classes, size=n).tolist(),
        "W1": W1,
        "b1": -np.einsum("hi,ih->h", inputs[rows], W1),
        "W2": _dyadic(rng, (n_hidden, classes), 1, 16),
        "b2": _dyadic(rng, classes, 1, 16),
    }
    found.append(_mlp_case(arguments, cells=["test_mlp_backward_visible", "test_mlp_backward_hidden_reference"]))
    return found


def _mlp_case(arguments, cells=None):
    scale = _mlp_scale(
        **{name: np.asarray(value, dtype="float64") for name, value in arguments.items() if name != "targets"}
    )
    return {
        "function": "mlp_backward",
        **PLAIN,
        "arguments": arguments,
        "rtol": 1e-3,
        "atol": 1e-4 * max(float(value.max()) for value in scale.values()),
        "dtype": ["float64", "float32"],
        "cells": cells,
    }
