"""Integrity probes for a02_dnn, used by `dlcourse grade` (instructor-only: not in the release).

Each case is a call of a graded function on inputs drawn at grading time. Its result is compared,
outside the student's sandbox, with the reference solution's; a test cell keeps its points only if
the cases that check it agree. The tolerances are the contracts'. A case names the test cells whose
requirements it checks: a call that the tests make without a NumPy-only or purity check (the
Keras comparisons, the large inputs) is probed without it too.

Three functions return objects or values whose kind matters, compared through exports (``EXPORTS``):
``build_model``'s model (its layers, what its activations compute, its outputs once every weight is
set to the same fixed values, and how it is compiled), ``choose_output``'s pair (what the activation
and the loss compute on fixed data of the problem), and the counts and tuples of
``iterations_per_epoch`` and ``adamw_step`` (an int, not a float; a tuple of three).
"""

import math
from fractions import Fraction

import numpy as np

PLAIN = {"numpy_only": True, "draws": False}

SOFTMAX_CELLS = ["test_softmax_visible", "test_softmax_hidden_random"]
SOFTMAX = {"function": "softmax", **PLAIN, "rtol": 1e-9, "atol": 1e-300, "dtype": ["float64"], "cells": SOFTMAX_CELLS}
SOFTMAX_FLOAT32 = {"rtol": 1e-5, "atol": 1e-37, "dtype": ["float64", "float32"]}

CROSSENTROPY_CELLS = ["test_categorical_crossentropy_visible", "test_categorical_crossentropy_hidden_keras"]

ITERATION_CELLS = ["test_iterations_per_epoch_visible", "test_iterations_per_epoch_hidden_formula"]
ITERATIONS = {
    "function": "iterations_per_epoch",
    **PLAIN,
    "rtol": 0.0,
    "atol": 0.0,
    "export": "count",
    "cells": ITERATION_CELLS,
}

ADAMW_CELLS = ["test_adamw_step_visible", "test_adamw_step_hidden_random"]
ADAMW = {
    "function": "adamw_step",
    **PLAIN,
    "rtol": 1e-9,
    "atol": 1e-300,
    "dtype": ["float64"],
    "export": "adamw_result",
    "cells": ADAMW_CELLS,
}

EXPORTS = '''
import numpy as np


def count(value):
    """iterations_per_epoch's count, and whether it is an int (not a float, not a bool)."""
    return {"count": np.asarray(value, dtype="int64"),
            "an int": isinstance(value, (int, np.integer)) and not isinstance(value, (bool, np.bool_))}


def adamw_result(result):
    """adamw_step's (new_weights, new_m, new_v), each as returned, and whether they come as a tuple of three."""
    new_weights, new_m, new_v = result
    return {"new_weights": np.asarray(new_weights), "new_m": np.asarray(new_m), "new_v": np.asarray(new_v),
            "a tuple of three": isinstance(result, tuple) and len(result) == 3}


def _numpy(tensor):
    import keras

    return np.asarray(keras.ops.convert_to_numpy(tensor), dtype="float64")


def mlp_architecture(model):
    """The layers, sizes, rates and activations (by what they compute), and the outputs with fixed weights."""
    import keras

    kinds = {keras.layers.Flatten: "Flatten", keras.layers.Dense: "Dense", keras.layers.Dropout: "Dropout"}
    dense = [layer for layer in model.layers if type(layer) is keras.layers.Dense]
    found = {"a keras.Sequential": isinstance(model, keras.Sequential), "input shape": list(model.input_shape),
             "layers": [kinds.get(type(layer), "another layer: " + type(layer).__name__) for layer in model.layers],
             "units": [int(layer.units) for layer in dense],
             "dropout rates": [float(layer.rate) for layer in model.layers if type(layer) is keras.layers.Dropout],
             "parameters": int(model.count_params())}
    scores = np.array([[-2.0, -0.5, 0.0, 0.5, 3.0], [1.0, -1.0, 2.0, 0.25, -3.0]], dtype="float32")
    for index, layer in enumerate(dense):
        activated = layer.activation(keras.ops.convert_to_tensor(scores))
        found[f"what the activation of Dense layer {index} computes"] = _numpy(activated)
    rng = np.random.default_rng(2002)
    for weight in model.weights:
        weight.assign(rng.normal(scale=0.5, size=tuple(weight.shape)).astype(weight.dtype))
    inputs = rng.normal(size=(5, *model.input_shape[1:])).astype("float32")
    found["outputs with fixed weights"] = _numpy(model(inputs, training=False))
    return found


def mlp_compiled(model):
    """Exactly Adam with its defaults; a loss that is sparse cross-entropy on probabilities; an accuracy metric."""
    import keras

    rng = np.random.default_rng(2003)
    inputs = rng.normal(size=(16, *model.input_shape[1:])).astype("float32")
    probabilities = model(inputs, training=False)
    p = _numpy(probabilities)
    labels = np.arange(16) % p.shape[-1]
    expected = -np.mean(np.log(p[np.arange(16), labels]))
    loss = keras.losses.get(model.loss) if isinstance(model.loss, str) else model.loss
    # On plain numbers, as the tests do: a Keras tensor from a softmax carries its logits, which a loss
    # meant for logits would use instead.
    direct = float(np.mean(_numpy(loss(labels, p.astype("float32")))))
    reported = float(_numpy(model.compute_loss(inputs, labels, probabilities)))
    computed = model.compute_metrics(inputs, labels, probabilities, None)
    metrics = {name: float(_numpy(value)) for name, value in computed.items()}
    names = [name for name in ("accuracy", "acc", "sparse_categorical_accuracy") if name in metrics]
    accuracy = float(np.mean(p.argmax(axis=-1) == labels))
    settings = {key: value for key, value in model.optimizer.get_config().items() if key != "name"}
    return {"exactly keras.optimizers.Adam": type(model.optimizer) is keras.optimizers.Adam,
            "the optimizer's settings": settings,
            "the loss is sparse cross-entropy on probabilities": bool(np.isclose(direct, expected, rtol=1e-4)),
            "the loss the model reports": bool(np.isclose(reported, expected, rtol=1e-4)),
            "an accuracy is reported": bool(names),
            "the accuracy reported": bool(names) and bool(np.isclose(metrics[names[0]], accuracy, atol=1e-6))}


def _output(pair, scores, predictions, targets):
    """What the activation computes on ``scores`` and the loss on ``targets`` and ``predictions``."""
    import keras

    activation, loss = pair
    loss_function = keras.losses.get(loss)
    return {"a pair": isinstance(pair, (tuple, list)) and len(pair) == 2,
            "activation": _numpy(keras.activations.get(activation)(keras.ops.convert_to_tensor(scores))),
            "loss": np.asarray(np.mean(_numpy(loss_function(targets, predictions))))}


def _sigmoid(scores):
    return 1 / (1 + np.exp(-scores))


def _softmax(scores):
    exponentials = np.exp(scores - scores.max(axis=-1, keepdims=True))
    return exponentials / exponentials.sum(axis=-1, keepdims=True)


_rng = np.random.default_rng(2005)
_SCORES = _rng.normal(scale=2, size=(8, 4)).astype("float32")
_LABELS = np.array([0, 3, 1, 2, 2, 0, 1, 3])
_MULTI_HOT = (_rng.random(size=(8, 4)) < 0.5).astype("float32")
_VALUES = _rng.normal(scale=3, size=(8, 1)).astype("float32")
_TARGETS = _rng.normal(scale=3, size=(8, 1)).astype("float32")


def output_binary(pair):
    return _output(pair, _SCORES[:, :1], _sigmoid(_SCORES[:, :1]), _MULTI_HOT[:, :1])


def output_multiclass_onehot(pair):
    return _output(pair, _SCORES, _softmax(_SCORES), np.eye(4, dtype="float32")[_LABELS])


def output_multiclass_integer(pair):
    return _output(pair, _SCORES, _softmax(_SCORES), _LABELS)


def output_multilabel(pair):
    return _output(pair, _SCORES, _sigmoid(_SCORES), _MULTI_HOT)


def output_regression(pair):
    return _output(pair, _VALUES, _VALUES, _TARGETS)
'''


def _scores(rng, shape, bound=50):
    """Multiples of 1/64 in [-bound, bound] (exact in float32 too)."""
    return rng.integers(-64 * bound, 64 * bound + 1, size=shape) / 64


def _shape(rng, dims, batch=None):
    shape = [int(side) for side in rng.integers(1, 6, size=dims)]
    if batch is not None:
        shape[0] = batch
    return tuple(shape)


def _far_apart(rng, shape, largest_offset):
    """Each row near its own offset (up to ``largest_offset``), spread over +-2000, all exact."""
    offsets = rng.integers(-largest_offset, largest_offset + 1, size=shape[:-1] + (1,))
    offsets.flat[0], offsets.flat[-1] = largest_offset, -largest_offset  # the extremes, in every case
    return offsets + rng.integers(-128000, 128001, size=shape) / 64


def _one_hot(rng, batch, n_classes, dtype):
    return np.eye(n_classes, dtype=dtype)[rng.integers(0, n_classes, size=batch)]


def _softmax_cases(rng):
    found = []
    for dims in [1, 2, 3]:
        found.append({**SOFTMAX, "arguments": {"logits": _scores(rng, _shape(rng, dims))}})
    batch = int(rng.integers(2, 6))
    found.append({**SOFTMAX, "arguments": {"logits": _scores(rng, (batch, 1))}})  # a single class
    found.append({**SOFTMAX, "arguments": {"logits": _scores(rng, (1, int(rng.integers(2, 6))))}})  # a batch of one
    # Integers of every width, signed or not (the extremes of int8 and uint8 included): float64 results.
    for dtype, low, high in [("int64", -3000, 3000), ("int32", -3000, 3000), ("int8", -128, 127), ("uint8", 0, 255)]:
        logits = rng.integers(low, high + 1, size=_shape(rng, 2, batch=3))
        logits[0, 0], logits[-1, -1] = low, high
        found.append({**SOFTMAX, "arguments": {"logits": logits.astype(dtype)}})
    found.append(
        {**SOFTMAX, "arguments": {"logits": [float(value) for value in _scores(rng, int(rng.integers(2, 6)))]}}
    )
    found.append({**SOFTMAX, "arguments": {"logits": rng.integers(-40, 41, size=_shape(rng, 2)).tolist()}})
    found.append(
        {**SOFTMAX, **SOFTMAX_FLOAT32, "arguments": {"logits": _scores(rng, _shape(rng, 2)).astype("float32")}}
    )
    # Rows far apart, each needing its own maximum, without warnings: near +-1000 (as in the visible test),
    # then offsets up to 1e5 (2**16 in float32), a single row included.
    large = {"warnings": False, "numpy_only": False}
    rows = np.concatenate([1000 + _scores(rng, (2, 4), 2), -1000 + _scores(rng, (2, 4), 2)])
    found.append(
        {
            **SOFTMAX,
            **large,
            "arguments": {"logits": rng.permutation(rows)},
            "cells": ["test_softmax_visible", "test_softmax_hidden_large"],
        }
    )
    for shape in [(int(rng.integers(2, 6)),), (3, int(rng.integers(2, 6))), (2, 2, int(rng.integers(2, 6)))]:
        found.append(
            {
                **SOFTMAX,
                **large,
                "arguments": {"logits": _far_apart(rng, shape, 10**5)},
                "cells": ["test_softmax_hidden_large"],
            }
        )
    found.append(
        {
            **SOFTMAX,
            **large,
            **SOFTMAX_FLOAT32,
            "arguments": {"logits": _far_apart(rng, (4, int(rng.integers(2, 6))), 2**16).astype("float32")},
            "cells": ["test_softmax_hidden_large"],
        }
    )
    return found


def _crossentropy_case(targets, logits, cells=CROSSENTROPY_CELLS, float32=False, **extra):
    """The contract's tolerance: 1e-9 (float32: 1e-5) times |loss| + max(1, the largest |logit|)."""
    tolerance = 1e-5 if float32 else 1e-9
    size = max(1.0, float(np.abs(np.asarray(logits, dtype="float64")).max()))
    return {
        "function": "categorical_crossentropy",
        **PLAIN,
        "arguments": {"one_hot_targets": targets, "logits": logits},
        "rtol": tolerance,
        "atol": tolerance * size,
        "dtype": ["float64", "float32"] if float32 else ["float64"],
        "cells": cells,
        **extra,
    }


def _crossentropy_cases(rng):
    found = []
    for target_dtype in ["float64", "float32", "int64"]:
        batch, n_classes = int(rng.integers(2, 7)), int(rng.integers(2, 7))
        found.append(
            _crossentropy_case(_one_hot(rng, batch, n_classes, target_dtype), _scores(rng, (batch, n_classes)))
        )
    size = int(rng.integers(2, 6))  # square: an axis mix-up keeps the shape
    found.append(_crossentropy_case(_one_hot(rng, size, size, "float64"), _scores(rng, (size, size))))
    n_classes = int(rng.integers(2, 6))  # a batch of one
    found.append(_crossentropy_case(_one_hot(rng, 1, n_classes, "float64"), _scores(rng, (1, n_classes))))
    batch = int(rng.integers(2, 6))
    found.append(_crossentropy_case(np.ones((batch, 1), dtype="int32"), _scores(rng, (batch, 1))))  # a single class
    # Integer logits of every width, signed or not (the extremes included), and integer targets.
    for target_dtype, dtype, low, high in [
        ("int32", "int64", -3000, 3000),
        ("uint8", "int8", -128, 127),
        ("float32", "uint8", 0, 255),
        ("int64", "int32", -3000, 3000),
    ]:
        batch, n_classes = int(rng.integers(2, 6)), int(rng.integers(2, 6))
        logits = rng.integers(low, high + 1, size=(batch, n_classes))
        logits[0, 0], logits[-1, -1] = low, high
        found.append(_crossentropy_case(_one_hot(rng, batch, n_classes, target_dtype), logits.astype(dtype)))
    batch, n_classes = int(rng.integers(2, 6)), int(rng.integers(2, 6))
    found.append(
        _crossentropy_case(_one_hot(rng, batch, n_classes, "int64").tolist(), _scores(rng, (batch, n_classes)).tolist())
    )
    found.append(
        _crossentropy_case(
            _one_hot(rng, batch, n_classes, "float32"), _scores(rng, (batch, n_classes)).astype("float32"), float32=True
        )
    )
    # Rows far apart, each with its own maximum, without warnings: near +-1000 with true classes far
    # below the top (as in the visible test), then offsets up to 1e5 (2**16 in float32).
    large = {"warnings": False, "numpy_only": False}
    logits = rng.permutation(np.concatenate([1000 + _scores(rng, (2, 3), 2), -1000 + _scores(rng, (2, 3), 2)]))
    logits[0, 1] -= 1000  # a true class 1000 below its row's maximum
    targets = _one_hot(rng, 4, 3, "float64")
    targets[0] = [0.0, 1.0, 0.0]
    found.append(
        _crossentropy_case(
            targets,
            logits,
            ["test_categorical_crossentropy_visible", "test_categorical_crossentropy_hidden_large"],
            **large,
        )
    )
    for dtype, largest_offset in [("float64", 10**5), ("float32", 2**16)]:
        batch, n_classes = int(rng.integers(2, 6)), int(rng.integers(2, 6))
        found.append(
            _crossentropy_case(
                _one_hot(rng, batch, n_classes, "float64"),
                _far_apart(rng, (batch, n_classes), largest_offset).astype(dtype),
                ["test_categorical_crossentropy_hidden_large"],
                float32=dtype == "float32",
                **large,
            )
        )
    return found


def _training_size(n_examples, split):
    """The training size, where Keras's floating-point value and the exact one agree (else None)."""
    keras_size = math.floor(n_examples * (1.0 - split))
    exact = math.floor(n_examples * (1 - Fraction(str(split))))
    if keras_size == exact == n_examples - math.ceil(n_examples * split) and (
        split == 0 or 0 < keras_size < n_examples
    ):
        return keras_size
    return None


SPLITS = [0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 1 / 3, 0.5, 0.56, 0.7, 0.8, 0.9]


def _split(rng):
    return float(rng.choice(SPLITS)) if rng.random() < 0.5 else int(rng.integers(1, 64)) / 64


def _iteration_cases(rng):
    found = []
    for batch_bound in [40, 5000]:
        while True:
            n_examples, batch_size, split = (
                int(rng.integers(1, 10**6)),
                int(rng.integers(1, batch_bound + 1)),
                _split(rng),
            )
            if _training_size(n_examples, split) is not None:
                break
        found.append(
            {**ITERATIONS, "arguments": {"n_examples": n_examples, "batch_size": batch_size, "validation_split": split}}
        )
    # The default split (0), and the int 0.
    found.append(
        {
            **ITERATIONS,
            "arguments": {"n_examples": int(rng.integers(100, 10**5)), "batch_size": int(rng.integers(2, 200))},
        }
    )
    found.append(
        {
            **ITERATIONS,
            "arguments": {
                "n_examples": int(rng.integers(100, 10**5)),
                "batch_size": int(rng.integers(2, 200)),
                "validation_split": 0,
            },
        }
    )
    # A training size of whole batches whose unfloored value n * (1 - split) is more than half an example
    # above it: flooring decides; and, without a split, one example beyond whole batches.
    while True:
        batch_size, batches, split = int(rng.integers(2, 100)), int(rng.integers(1, 200)), _split(rng)
        n_examples = math.ceil(batch_size * batches / (1 - Fraction(str(split))))
        unfloored = n_examples * (1 - Fraction(str(split)))
        if _training_size(n_examples, split) == batch_size * batches and unfloored - batch_size * batches >= Fraction(
            1, 2
        ):
            break
    found.append(
        {**ITERATIONS, "arguments": {"n_examples": n_examples, "batch_size": batch_size, "validation_split": split}}
    )
    batch_size = int(rng.integers(3, 100))
    found.append(
        {
            **ITERATIONS,
            "arguments": {"n_examples": batch_size * int(rng.integers(1, 1000)) + 1, "batch_size": batch_size},
        }
    )
    # What fit runs (the test calls the function directly, with the split given, and compares with ==).
    while True:
        n_examples, batch_size, split = int(rng.integers(20, 200)), int(rng.integers(2, 40)), _split(rng)
        if _training_size(n_examples, split) is not None:
            break
    found.append(
        {
            "function": "iterations_per_epoch",
            "arguments": {"n_examples": n_examples, "batch_size": batch_size, "validation_split": split},
            "rtol": 0.0,
            "atol": 0.0,
            "cells": ["test_iterations_per_epoch_hidden_keras"],
        }
    )
    return found


def _adamw_values(rng, shape, integers=False):
    """weights, gradient, m, v with no cancellation between the terms of any result (see below)."""
    signs = rng.choice([-1.0, 1.0], size=shape)

    def magnitudes():
        if integers:
            return rng.integers(12, 101, size=shape).astype("float64")  # squares beyond int8
        values = 10.0 ** rng.uniform(-3, 3, size=shape)
        return np.where(rng.random(size=shape) < 0.1, 0.0, values)

    # m and g of one sign and the weights of the other: the new m is the sum of its two terms' sizes,
    # and the decayed weights and the step move the same way, as do the terms of every result.
    return signs * magnitudes(), -signs * magnitudes(), -signs * magnitudes(), magnitudes()


def _adamw_case(values, step, hyper=None, **extra):
    names = ["weights", "gradient", "m", "v"]
    return {**ADAMW, "arguments": dict(zip(names, values), step=step, **(hyper or {})), **extra}


def _adamw_cases(rng):
    found = []
    shape = _shape(rng, 1)
    found.append(_adamw_case(_adamw_values(rng, shape), int(rng.integers(1, 31))))  # the defaults
    hyper = {"learning_rate": 0.1, "weight_decay": 0.5, "beta_1": 0.8, "beta_2": 0.99, "epsilon": 0.5}
    found.append(_adamw_case(_adamw_values(rng, _shape(rng, 2)), 1, hyper))  # the first step, large epsilon
    hyper = {
        "learning_rate": float(rng.choice([0.01, 0.1, 0.5])),
        "weight_decay": float(rng.choice([0.0, 0.1, 0.5])),
        "beta_1": float(rng.choice([0.5, 0.75, 0.999])),
        "beta_2": float(rng.choice([0.6, 0.9, 0.99])),
        "epsilon": float(rng.choice([1e-3, 0.1, 1.0])),
    }
    found.append(_adamw_case(_adamw_values(rng, _shape(rng, 3)), int(rng.integers(2, 31)), hyper))
    # Integers (int8 gradients squared beyond int8), lists, single numbers, float32, mixed dtypes.
    values = _adamw_values(rng, _shape(rng, 2), integers=True)
    found.append(_adamw_case([value.astype("int8") for value in values], int(rng.integers(1, 5))))
    found.append(
        _adamw_case([value.tolist() for value in _adamw_values(rng, _shape(rng, 2))], int(rng.choice([100, 1000])))
    )
    found.append(_adamw_case([float(value) for value in _adamw_values(rng, ())], int(rng.integers(1, 31))))
    found.append(_adamw_case(_adamw_values(rng, ()), int(rng.integers(1, 31))))  # 0-d arrays
    values = [value.astype("float32") for value in _adamw_values(rng, _shape(rng, 2))]
    found.append(_adamw_case(values, int(rng.integers(1, 31)), rtol=1e-4, dtype=["float64", "float32"]))
    weights, gradient, m, v = _adamw_values(rng, _shape(rng, 2))  # int32 weights: float64 results
    values = [
        np.clip(np.rint(weights), -100, 100).astype("int32"),
        gradient.astype("float32"),
        m,
        np.clip(np.rint(v), 0, 100).astype("int8"),
    ]
    found.append(_adamw_case(values, int(rng.integers(1, 31))))
    # Several steps as Keras takes them (the test calls the function directly, within 1e-4 of Keras's float32).
    weights, m, v = _adamw_values(rng, (3,))[0], np.zeros(3), np.zeros(3)
    hyper = {"learning_rate": 0.1, "weight_decay": 0.5, "beta_1": 0.8, "beta_2": 0.99, "epsilon": 0.5}
    for step in range(1, 4):
        gradient = -np.sign(weights) * rng.uniform(0.5, 2, size=3)
        found.append(
            _adamw_case(
                [weights, gradient, m, v],
                step,
                hyper,
                rtol=1e-4,
                dtype=None,
                pure=False,
                numpy_only=False,
                draws=True,
                cells=["test_adamw_step_hidden_keras"],
            )
        )
        m = hyper["beta_1"] * m + (1 - hyper["beta_1"]) * gradient
        v = hyper["beta_2"] * v + (1 - hyper["beta_2"]) * gradient**2
    return found


def _build_model_cases(rng):
    found = []
    architecture = ["test_build_model_visible", "test_build_model_hidden_architecture"]
    shapes = [
        (int(rng.integers(2, 9)),),
        tuple(int(n) for n in rng.integers(2, 6, size=2)),
        tuple(int(n) for n in rng.integers(2, 4, size=3)),
    ]
    rates = [float(rng.choice([0.25, 0.5])), 0.0, float(rng.choice([0.0, 0.25]))]
    hidden = [[int(n) for n in rng.integers(3, 12, size=2)], [int(rng.integers(3, 12))], []]
    for input_shape, hidden_units, rate in zip(shapes, hidden, rates):
        found.append(
            {
                "function": "build_model",
                "arguments": {
                    "input_shape": input_shape,
                    "hidden_units": hidden_units,
                    "n_classes": int(rng.integers(2, 8)),
                    "dropout_rate": rate,
                },
                "export": "mlp_architecture",
                "rtol": 1e-5,
                "atol": 1e-6,
                "cells": architecture,
            }
        )
    found.append(
        {
            "function": "build_model",
            "arguments": {  # the default rate (no Dropout)
                "input_shape": (int(rng.integers(2, 6)), int(rng.integers(2, 6))),
                "hidden_units": [int(rng.integers(3, 12))],
                "n_classes": int(rng.integers(2, 8)),
            },
            "export": "mlp_architecture",
            "rtol": 1e-5,
            "atol": 1e-6,
            "cells": architecture,
        }
    )
    found.append(
        {
            "function": "build_model",
            "arguments": {
                "input_shape": (int(rng.integers(2, 8)),),
                "hidden_units": [int(rng.integers(3, 12))],
                "n_classes": int(rng.integers(2, 8)),
                "dropout_rate": 0.5,
            },
            "export": "mlp_compiled",
            "cells": ["test_build_model_visible", "test_build_model_hidden_compiled"],
        }
    )
    return found


def _choose_output_cases():
    cells = {
        "binary": ["test_choose_output_visible"],
        "multiclass_onehot": ["test_choose_output_hidden_multiclass"],
        "multiclass_integer": ["test_choose_output_hidden_multiclass"],
        "multilabel": ["test_choose_output_hidden_others"],
        "regression": ["test_choose_output_hidden_others"],
    }
    return [
        {
            "function": "choose_output",
            "arguments": {"problem": problem},
            "export": f"output_{problem}",
            "rtol": 1e-5,
            "atol": 1e-6,
            "cells": cells[problem],
        }
        for problem in cells
    ]


def cases(rng):
    return (
        _softmax_cases(rng)
        + _crossentropy_cases(rng)
        + _build_model_cases(rng)
        + _iteration_cases(rng)
        + _choose_output_cases()
        + _adamw_cases(rng)
    )
