"""Integrity probes for a03_regularization, used by `dlcourse grade` (instructor-only: not in the release).

Each case is a call of a graded function on inputs drawn at grading time. Its result is compared,
outside the student's sandbox, with the reference solution's; a test cell keeps its points only if
the cases that check it agree. The tolerances are the contracts'.

``early_stopping_epoch`` and ``kfold_indices`` are compared through exports (``EXPORTS``): a pair
that holds ``None`` is no array, and the kinds their contracts fix (ints; integer NumPy arrays, not
lists) are not what one dtype list for every returned value can say.

``inverted_dropout`` takes a ``np.random.Generator`` and ``l2_penalty`` a list of arrays, which a
probe cannot send (arrays and plain JSON only): their cases' ``prepare`` functions build them from
a seed and from numbered arrays, on both sides, and keep what the exports need to say whether the
generator drew exactly once and whether the arrays and the list came back unchanged.
"""

import numpy as np

PLAIN = {"numpy_only": True, "draws": False}

BATCH_NORM_TRAINING = ["test_batch_norm_visible", "test_batch_norm_hidden_training"]
BATCH_NORM_INFERENCE = ["test_batch_norm_visible", "test_batch_norm_hidden_inference"]
BATCH_NORM = {"function": "batch_norm", **PLAIN, "rtol": 1e-6, "atol": 1e-6, "dtype": ["float64"]}
BATCH_NORM_FLOAT32 = {"rtol": 1e-3, "atol": 1e-3, "dtype": ["float64", "float32"]}

EARLY_STOPPING = {"function": "early_stopping_epoch", **PLAIN, "rtol": 0.0, "atol": 0.0, "export": "stopping"}

INTEGER_DTYPES = ["int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64"]
KFOLD = {"function": "kfold_indices", **PLAIN, "rtol": 0.0, "atol": 0.0, "dtype": INTEGER_DTYPES}

EXPORTS = '''
import numpy as np

# What a case's prepare function leaves for its export (one case runs at a time, on either side).
_CONTEXT = {}


def dropout_arguments(inputs, rate, training, seed):
    """The call's arguments, with a generator seeded by ``seed``."""
    rng = np.random.default_rng(seed)
    _CONTEXT.clear()
    _CONTEXT.update(rng=rng, seed=seed, shape=inputs.shape, training=training)
    return {"inputs": inputs, "rate": rate, "training": training, "rng": rng}


def dropped(result):
    """The result, whether it is a NumPy array, and whether the generator drew as the contract says."""
    twin = np.random.default_rng(_CONTEXT["seed"])
    if _CONTEXT["training"]:
        twin.random(_CONTEXT["shape"])
    return {"result": np.asarray(result), "a NumPy array": isinstance(result, (np.ndarray, np.generic)),
            "the generator drew once in training, never in inference":
                _CONTEXT["rng"].bit_generator.state == twin.bit_generator.state}


def l2_arguments(factor, count, **arrays):
    """``weights``: the arrays w0, w1, ... in a list (a copy of each kept, to see that none changes)."""
    weights = [arrays[f"w{index}"] for index in range(count)]
    _CONTEXT.clear()
    _CONTEXT.update(weights=weights, items=list(weights), copies=[w.copy() for w in weights])
    return {"weights": weights, "factor": factor}


def penalty(result):
    """The penalty as an array (its dtype and shape are the case's to check), and whether the weights are unchanged."""
    weights, items, copies = _CONTEXT["weights"], _CONTEXT["items"], _CONTEXT["copies"]
    same_list = len(weights) == len(items) and all(one is other for one, other in zip(weights, items))
    same_arrays = all(w.dtype == c.dtype and w.shape == c.shape and np.array_equal(w, c) for w, c in zip(items, copies))
    return {"penalty": np.asarray(result), "weights, the list and its arrays, unchanged": same_list and same_arrays}


def _is_int(value):
    return isinstance(value, (int, np.integer)) and not isinstance(value, (bool, np.bool_))


def stopping(result):
    """(stopped_epoch or None, best_epoch) as arrays (-1 for None), and whether the epochs are ints."""
    stopped, best = result
    return {"stopped_epoch": np.asarray(-1 if stopped is None else stopped, dtype="int64"),
            "runs through every loss": stopped is None, "best_epoch": np.asarray(best, dtype="int64"),
            "the epochs are ints": (stopped is None or _is_int(stopped)) and _is_int(best)}


def _folds(result, arrays_only):
    found = {"a list or tuple": isinstance(result, (list, tuple)), "rounds": len(result)}
    for index, (train, validation) in enumerate(result):
        found[f"round {index}: training indices"] = np.asarray(train)
        found[f"round {index}: validation indices"] = np.asarray(validation) if arrays_only else np.sort(validation)
        if arrays_only:
            found[f"round {index}: NumPy arrays"] = isinstance(train, np.ndarray) and isinstance(validation, np.ndarray)
    return found


def folds(result):
    """Every round's index arrays, and whether they are NumPy arrays (the dtype is the case's)."""
    return _folds(result, arrays_only=True)


def fold_values(result):
    """Every round's indices, however they come, the validation ones in any order (what the properties test sees)."""
    return _folds(result, arrays_only=False)
'''


DROPOUT = {"function": "inverted_dropout", **PLAIN, "prepare": "dropout_arguments", "export": "dropped"}
DROPOUT_TRAINING = [
    "test_inverted_dropout_visible",
    "test_inverted_dropout_hidden_training",
    "test_inverted_dropout_hidden_keras",
]
DROPOUT_INFERENCE = [
    "test_inverted_dropout_visible",
    "test_inverted_dropout_hidden_inference",
    "test_inverted_dropout_hidden_keras",
]

L2 = {
    "function": "l2_penalty",
    **PLAIN,
    "prepare": "l2_arguments",
    "export": "penalty",
    "rtol": 1e-5,
    "atol": 0.0,
    "dtype": ["float64", "float32"],
}


def _dropout_inputs(rng, dtype):
    shape = tuple(int(side) for side in rng.integers(1, 7, size=int(rng.integers(0, 4))))
    if dtype.startswith("int"):
        info = np.iinfo(dtype)
        return rng.integers(max(info.min, -(10**6)), min(info.max, 10**6) + 1, size=shape).astype(dtype)
    return rng.uniform(-1e6, 1e6, size=shape).astype(dtype)


def _dropout_cases(rng):
    found = []
    for index, dtype in enumerate(["float64", "float32", "int64", "int32", "int8", "float64", "int8"]):
        inputs = _dropout_inputs(rng, dtype)
        seed = int(rng.integers(0, 2**32))
        rate = float(
            rng.choice(
                [
                    float(rng.integers(1, 64)) / 64,
                    float(rng.uniform(0, 0.95)),
                    float(np.random.default_rng(seed).random()),
                ]
            )
        )  # the last: a draw equal to the rate
        rate = 0.0 if index == 0 else rate  # rate 0 still draws once
        float32 = (
            {"rtol": 1e-6, "atol": 1e-44, "dtype": ["float64", "float32"]}
            if dtype == "float32"
            else {"rtol": 1e-12, "atol": 0.0, "dtype": ["float64"]}
        )
        found.append(
            {
                **DROPOUT,
                **float32,
                "cells": DROPOUT_TRAINING,
                "arguments": {"inputs": inputs, "rate": rate, "training": True, "seed": seed},
            }
        )
    seed = int(rng.integers(0, 2**32))  # the first entry's draw equals the rate: it is kept
    found.append(
        {
            **DROPOUT,
            "rtol": 1e-12,
            "atol": 0.0,
            "dtype": ["float64"],
            "cells": DROPOUT_TRAINING,
            "arguments": {
                "inputs": rng.uniform(1, 2, size=(3, 4)),
                "training": True,
                "seed": seed,
                "rate": float(np.random.default_rng(seed).random()),
            },
        }
    )
    for dtype in ["float64", "float32", "int8", "int64"]:
        found.append(
            {
                **DROPOUT,
                "rtol": 0.0,
                "atol": 0.0,
                "cells": DROPOUT_INFERENCE,
                "arguments": {
                    "inputs": _dropout_inputs(rng, dtype),
                    "rate": float(rng.uniform(0, 0.95)),
                    "training": False,
                    "seed": int(rng.integers(0, 2**32)),
                },
            }
        )
    return found


def _l2_weights(rng):
    dtype = str(rng.choice(["float64", "float32", "int8", "int16", "int32", "int64"]))
    shape = tuple(int(side) for side in rng.integers(1, 6, size=int(rng.integers(0, 4))))
    if dtype in ("int8", "int16"):
        info = np.iinfo(dtype)
        return rng.integers(info.min, info.max + 1, size=shape).astype(dtype)
    if dtype in ("int32", "int64"):
        return rng.integers(-(10**6), 10**6 + 1, size=shape).astype(dtype)
    return rng.uniform(-1e3, 1e3, size=shape).astype(dtype)


def _l2_case(factor, weights):
    return {
        **L2,
        "arguments": {
            "factor": float(factor),
            "count": len(weights),
            **{f"w{index}": w for index, w in enumerate(weights)},
        },
    }


def _l2_cases(rng):
    found = [
        _l2_case(rng.uniform(1e-6, 1), []),
        _l2_case(
            rng.uniform(1e-6, 1),
            [np.array([[100, -128], [127, 3]], dtype="int8"), np.array(int(rng.integers(-32768, -200)), dtype="int16")],
        ),
        _l2_case(0.0, [_l2_weights(rng)]),
        _l2_case(float(rng.choice([1e-4, 0.01, 1.0])), [rng.normal(size=(6, 4)), rng.normal(size=4)]),
    ]
    for _ in range(4):
        found.append(_l2_case(rng.uniform(1e-6, 1), [_l2_weights(rng) for _ in range(int(rng.integers(1, 5)))]))
    return found


def _parameters(rng, features, dtype="float64"):
    """gamma, beta, moving_mean, moving_variance as the tests draw them."""
    return {
        "gamma": rng.uniform(-3, 3, size=features).astype(dtype),
        "beta": rng.uniform(-3, 3, size=features).astype(dtype),
        "moving_mean": rng.uniform(-10, 10, size=features).astype(dtype),
        "moving_variance": rng.uniform(0, 10, size=features).astype(dtype),
    }


def _float32_batch(rng, shape):
    """A float32 batch whose features have a mean within 10 and a standard deviation of 0.5 to 5 (the contract's)."""
    z = rng.normal(size=shape)
    if shape[0] > 1:
        z = (z - z.mean(axis=0)) / np.where(z.std(axis=0) > 0, z.std(axis=0), 1.0)
    return (rng.uniform(-10, 10, size=shape[1]) + rng.uniform(0.5, 5, size=shape[1]) * z).astype("float32")


def _batch_norm_case(x, parameters, training, cells, keywords=None, float32=False):
    return {
        **BATCH_NORM,
        **(BATCH_NORM_FLOAT32 if float32 else {}),
        "cells": cells,
        "arguments": {"x": x, **parameters, "training": training, **(keywords or {})},
    }


def _keywords(rng):
    return {"momentum": float(rng.choice([0.0, 1.0, rng.uniform(0, 1)])), "epsilon": float(rng.uniform(1e-4, 1.0))}


def _batch_norm_cases(rng):
    found = []
    size = lambda: (int(rng.integers(2, 13)), int(rng.integers(1, 6)))  # noqa: E731
    # Training: the defaults (Keras's) and given ones, a square batch (an axis mix-up keeps the shapes),
    # integers (squares beyond int8 and uint8), float32, one example.
    shape = size()
    found.append(
        _batch_norm_case(rng.uniform(-100, 100, size=shape), _parameters(rng, shape[1]), True, BATCH_NORM_TRAINING)
    )
    side = int(rng.integers(3, 6))
    found.append(
        _batch_norm_case(
            rng.uniform(-100, 100, size=(side, side)),
            _parameters(rng, side),
            True,
            BATCH_NORM_TRAINING,
            {"momentum": float(rng.uniform(0.5, 0.95)), "epsilon": float(rng.uniform(0.25, 1.0))},
        )
    )
    for dtype, low in [("int64", -100), ("int8", -100), ("uint8", 0)]:
        shape = size()
        x = rng.integers(low, 101, size=shape)
        x[0, 0] = 100  # a square beyond int8 and uint8
        found.append(
            _batch_norm_case(
                x.astype(dtype),
                _parameters(rng, shape[1]),
                True,
                BATCH_NORM_TRAINING,
                _keywords(rng) if dtype == "int64" else None,
            )
        )
    shape = size()
    found.append(
        _batch_norm_case(
            _float32_batch(rng, shape),
            _parameters(rng, shape[1], "float32"),
            True,
            BATCH_NORM_TRAINING,
            _keywords(rng),
            float32=True,
        )
    )
    shape = size()
    found.append(
        _batch_norm_case(
            _float32_batch(rng, shape), _parameters(rng, shape[1]), True, BATCH_NORM_TRAINING, float32=True
        )
    )
    features = int(rng.integers(1, 6))
    found.append(
        _batch_norm_case(
            rng.uniform(-100, 100, size=(1, features)), _parameters(rng, features), True, BATCH_NORM_TRAINING
        )
    )
    # Inference: the moving statistics normalize and come back unchanged.
    shape = size()
    found.append(
        _batch_norm_case(
            rng.uniform(-100, 100, size=shape), _parameters(rng, shape[1]), False, BATCH_NORM_INFERENCE, _keywords(rng)
        )
    )
    shape = size()
    found.append(
        _batch_norm_case(
            rng.integers(0, 101, size=shape).astype("uint8"), _parameters(rng, shape[1]), False, BATCH_NORM_INFERENCE
        )
    )
    shape = size()
    found.append(
        _batch_norm_case(
            rng.uniform(-100, 100, size=shape).astype("float32"),
            _parameters(rng, shape[1], str(rng.choice(["float32", "float64"]))),
            False,
            BATCH_NORM_INFERENCE,
            {"epsilon": float(rng.uniform(1e-4, 1.0))},
            float32=True,
        )
    )
    # As keras.layers.BatchNormalization(momentum=0.9, epsilon=1e-3) on a float32 batch, both modes.
    x = rng.normal(1, 2, size=(int(rng.integers(8, 33)), 5)).astype("float32")
    parameters = {
        "gamma": rng.normal(size=5),
        "beta": rng.normal(size=5),
        "moving_mean": rng.normal(size=5),
        "moving_variance": rng.uniform(0.5, 2, size=5),
    }
    parameters = {name: value.astype("float32") for name, value in parameters.items()}
    for training in (True, False):
        found.append(
            _batch_norm_case(
                x,
                parameters,
                training,
                ["test_batch_norm_hidden_keras"],
                {"momentum": 0.9, "epsilon": 1e-3},
                float32=True,
            )
        )
    return found


def _losses(rng, units):
    """Losses in multiples of 1/1024 (exact in float32 and float64), as a list or an array."""
    values = np.asarray(units, dtype="float64") / 1024
    kind = str(rng.choice(["list", "float64", "float32"]))
    return values.tolist() if kind == "list" else values.astype(kind)


def _early_stopping_case(rng, units, patience, delta=None):
    arguments = {"val_losses": _losses(rng, units), "patience": int(patience)}
    if delta is not None:
        arguments["min_delta"] = delta / 1024
    return {**EARLY_STOPPING, "arguments": arguments}


def _early_stopping_cases(rng):
    found = []
    b = lambda: int(rng.integers(1024, 4097))  # noqa: E731 (a starting loss, in 1/1024)
    d = int(rng.choice([16, 32, 48, 64]))  # a min_delta, in 1/1024
    # By hand, at a random height: a tie with the best (no improvement) and the default min_delta;
    # steps of exactly min_delta; a run through every loss; patience 0 after an improvement; a
    # lower loss after the stop; a bump then a partial descent; steps below min_delta; a wait reset.
    start = b()
    found.append(_early_stopping_case(rng, [start, start, start - 32], 1))
    start = b()
    found.append(_early_stopping_case(rng, [start - k * d for k in range(4)], int(rng.integers(1, 3)), d))
    start = b()
    found.append(
        _early_stopping_case(
            rng, [start - k * (d + 16) for k in range(int(rng.integers(3, 8)))], int(rng.integers(1, 4)), d
        )
    )
    start = b()
    found.append(_early_stopping_case(rng, [start, start - 64, start - 32, start - 128], 0, 0))
    start = b()
    found.append(_early_stopping_case(rng, [start, start + 64, start + 128, start - 512], 2, 0))
    start = b()
    found.append(_early_stopping_case(rng, [start, start + 100, start + 50, start + 80], 2, 0))
    start = b()
    found.append(_early_stopping_case(rng, [start - k * 50 for k in range(4)], 2, 80))
    start = b()
    found.append(_early_stopping_case(rng, [start, start + 10, start - 100, start - 90, start - 80], 2, 0))
    # Curves as the hidden test draws them: steps of 16 to 64, plateaus, climbs, any patience.
    steps = [-64, -48, -32, -16, 0, 16]
    for _ in range(4):
        length = int(rng.integers(1, 25))
        step = np.where(rng.random(length) < 0.5, rng.choice(steps, size=length), rng.integers(-64, 65, size=length))
        found.append(
            _early_stopping_case(
                rng,
                b() + np.cumsum(np.concatenate([[0], step])),
                int(rng.integers(0, 6)),
                int(rng.choice([0, 0, 16, 32, 48, 64])),
            )
        )
    return found


def _kfold_cases(rng):
    found = []
    sizes = []
    # Between two and k - 2 extra indices: folds of ceil(n / k) would differ, and so would one
    # fold taking every extra index (with k - 1 extra, ceil(n / k) gives the right sizes).
    k = int(rng.integers(4, 13))
    sizes.append((k * int(rng.integers(1, 12)) + int(rng.integers(2, k - 1)), k))
    k = int(rng.integers(2, 13))
    sizes.append((k * int(rng.integers(1, 12)), k))  # folds of one size
    k = int(rng.integers(2, 13))
    sizes.append((int(rng.integers(k, 151)), k))
    for n_examples, k in sizes:
        found.append(
            {
                **KFOLD,
                "arguments": {"n_examples": n_examples, "k": k},
                "export": "folds",
                "cells": ["test_kfold_indices_visible", "test_kfold_indices_hidden_sklearn"],
            }
        )
    # Every index validated once, trained on in every other round, larger folds first.
    k = int(rng.integers(2, 10))
    found.append(
        {
            **KFOLD,
            "arguments": {"n_examples": int(rng.integers(k, 101)), "k": k},
            "export": "fold_values",
            "cells": ["test_kfold_indices_hidden_properties"],
        }
    )
    return found


def cases(rng):
    return (
        _dropout_cases(rng) + _batch_norm_cases(rng) + _l2_cases(rng) + _early_stopping_cases(rng) + _kfold_cases(rng)
    )
