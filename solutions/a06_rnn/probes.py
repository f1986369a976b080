"""Integrity probes for a06_rnn, used by `dlcourse grade` (instructor-only: not in the release).

Each case is a call of a graded function on inputs drawn at grading time. Its result is compared,
outside the student's sandbox, with the reference solution's; a test cell keeps its points only if
the cases that check it agree. Every case asks what every test of its part asks: arguments left
unchanged, no random draws, NumPy only.

The recurrent cells are compared at float32's tolerance (a relative 1e-4 plus an absolute 1e-5),
which the contracts grant to any float32 result, so that answers computed in float32 pass whatever
the arguments' dtype. Inputs and states come in every accepted kind: float64, float32 and integer
arrays and nested lists. The cases of normal size protect the visible test, the hidden reference
search and the comparison with Keras; the cases with pre-activations of up to about 10^6
(multiples of 32, where every state is exact in float32 too) also forbid warnings, and protect the
visible test and the hidden stability search, which are the tests that grade warnings.

`pad_and_mask` returns a pair of arrays of different dtypes; the exports below return each array
with its dtype, so that an int64 `padded` or an integer mask is told from the right ones. The
padded array is checked by the visible test and both hidden tests; the mask only by the visible
test and the hidden mask search. Token ids beyond 2^24 (which float32 cannot hold) appear only in
the hidden comparison with Keras, and so protect only it.
"""

import numpy as np

RNN_CELLS = [
    "test_simple_rnn_forward_visible",
    "test_simple_rnn_forward_hidden_reference",
    "test_simple_rnn_forward_hidden_keras",
]
RNN_STABLE_CELLS = ["test_simple_rnn_forward_visible", "test_simple_rnn_forward_hidden_stable"]
LSTM_CELLS = ["test_lstm_step_visible", "test_lstm_step_hidden_reference", "test_lstm_step_hidden_keras"]
LSTM_STABLE_CELLS = ["test_lstm_step_visible", "test_lstm_step_hidden_stable"]
GRU_CELLS = ["test_gru_step_visible", "test_gru_step_hidden_reference", "test_gru_step_hidden_keras"]
GRU_STABLE_CELLS = ["test_gru_step_visible", "test_gru_step_hidden_stable"]
PADDED_CELLS = ["test_pad_and_mask_visible", "test_pad_and_mask_hidden_keras", "test_pad_and_mask_hidden_mask"]
MASK_CELLS = ["test_pad_and_mask_visible", "test_pad_and_mask_hidden_mask"]

FLOAT32 = {"rtol": 1e-4, "atol": 1e-5, "dtype": ["float64", "float32"], "numpy_only": True, "draws": False}

EXPORTS = '''
import numpy as np


def _pair(value):
    return isinstance(value, (tuple, list)) and len(value) == 2


def state_pair(value):
    """lstm_step's (h_t, c_t): a pair of float arrays, each compared at the case's tolerance."""
    if not _pair(value):
        return {"pair": False}
    return {"pair": True, "h_t": np.asarray(value[0]), "c_t": np.asarray(value[1])}


def padded_part(value):
    """pad_and_mask's padded array, exactly, with its dtype (int32)."""
    if not _pair(value):
        return {"pair": False}
    padded = np.asarray(value[0])
    return {"pair": True, "padded": padded, "padded_dtype": str(padded.dtype)}


def mask_part(value):
    """pad_and_mask's mask, exactly, with its dtype (bool)."""
    if not _pair(value):
        return {"pair": False}
    mask = np.asarray(value[1])
    return {"pair": True, "mask": mask, "mask_dtype": str(mask.dtype)}
'''


def _as_kind(array, kind):
    """``array`` as the accepted kind ``kind``: a dtype name, or "list" (a nested list of its values)."""
    return array.tolist() if kind == "list" else array.astype(kind)


def _normal_inputs(rng, shape, kind):
    """Inputs of ``kind``: small integers for integer kinds, else rows of different magnitudes."""
    if kind in ("int64", "int32", "list_int"):
        values = rng.integers(-3, 4, size=shape)
        return values.tolist() if kind == "list_int" else values.astype(kind)
    scales = rng.choice([1 / 16, 1 / 4, 1.0, 4.0], size=(shape[0],) + (1,) * (len(shape) - 1))
    return _as_kind(rng.normal(size=shape) * scales, kind)


def _multiples_of_32(rng, shape, dtype):
    return (32 * rng.integers(-30, 31, size=shape)).astype(dtype)


def _rnn_cases(rng):
    found = []
    # batch = time steps = features = units: an answer that loops over the batch axis, stacks the
    # states time-major, or reuses the caller's inputs as a buffer does not fail with a shape error.
    side = int(rng.integers(3, 5))
    kinds = [
        ("float64", "float64", True),
        ("float64", "float64", False),
        ("float32", "float32", True),
        ("int64", "float64", True),
        ("int32", "float32", False),
        ("list", "float64", True),
        ("list_int", "float64", False),
    ]
    for number, (kind, weights_dtype, return_sequences) in enumerate(kinds):
        if number < 2:
            batch = steps = features = units = side
        else:
            batch, features, units = (int(rng.integers(1, 6)) for _ in range(3))
            steps = int(rng.integers(2, 6))
        inputs = _normal_inputs(rng, (batch, steps, features), kind)
        found.append(
            {
                "function": "simple_rnn_forward",
                "arguments": {
                    "inputs": inputs,
                    "kernel": rng.normal(0, 0.8, size=(features, units)).astype(weights_dtype),
                    "recurrent_kernel": rng.normal(0, 0.8, size=(units, units)).astype(weights_dtype),
                    "bias": rng.normal(0, 0.5, size=units).astype(weights_dtype),
                    "return_sequences": return_sequences,
                },
                "cells": RNN_CELLS,
                **FLOAT32,
            }
        )
    # One of every size.
    found.append(
        {
            "function": "simple_rnn_forward",
            "arguments": {
                "inputs": rng.normal(size=(1, 1, 1)),
                "kernel": rng.normal(size=(1, 1)),
                "recurrent_kernel": rng.normal(size=(1, 1)),
                "bias": rng.normal(size=1),
                "return_sequences": True,
            },
            "cells": RNN_CELLS,
            **FLOAT32,
        }
    )
    # Pre-activations of both signs beyond 710 at the first step: tanh saturates, exactly, without a warning.
    for inputs_dtype, weights_dtype in [("float64", "float64"), ("int64", "float64"), ("float32", "float32")]:
        while True:
            batch, steps, features, units = (int(rng.integers(2, 5)) for _ in range(4))
            arguments = {
                "inputs": _multiples_of_32(rng, (batch, steps, features), inputs_dtype),
                "kernel": _multiples_of_32(rng, (features, units), weights_dtype),
                "recurrent_kernel": _multiples_of_32(rng, (units, units), weights_dtype),
                "bias": _multiples_of_32(rng, units, weights_dtype),
            }
            first = arguments["inputs"][:, 0].astype("float64") @ arguments["kernel"] + arguments["bias"]
            if first.max() > 710 and first.min() < -710:
                break
        found.append(
            {
                "function": "simple_rnn_forward",
                "arguments": {**arguments, "return_sequences": True},
                "cells": RNN_STABLE_CELLS,
                "warnings": False,
                **FLOAT32,
            }
        )
    return found


def _lstm_cases(rng):
    found = []
    kinds = [
        ("float64", "float64", "float64"),
        ("float32", "float32", "float32"),
        ("float64", "int64", "float64"),
        ("float32", "int32", "float64"),
        ("list", "list", "float64"),
        ("float64", "float32", "float32"),
    ]
    for x_kind, state_kind, weights_dtype in kinds:
        batch, features, units = int(rng.integers(1, 6)), int(rng.integers(1, 6)), int(rng.integers(2, 6))
        x_t = _normal_inputs(rng, (batch, features), x_kind)
        if state_kind.startswith("int"):
            h, c = rng.integers(-1, 2, size=(batch, units)), rng.integers(-3, 4, size=(batch, units))
        else:
            h, c = rng.uniform(-1, 1, size=(batch, units)), rng.normal(0, 2, size=(batch, units))
        found.append(
            {
                "function": "lstm_step",
                "arguments": {
                    "x_t": x_t,
                    "h": _as_kind(h, state_kind),
                    "c": _as_kind(c, state_kind),
                    "kernel": rng.normal(0, 0.8, size=(features, 4 * units)).astype(weights_dtype),
                    "recurrent_kernel": rng.normal(0, 0.8, size=(units, 4 * units)).astype(weights_dtype),
                    "bias": rng.normal(0, 0.8, size=4 * units).astype(weights_dtype),
                },
                "cells": LSTM_CELLS,
                "export": "state_pair",
                **FLOAT32,
            }
        )
    found.append(
        {
            "function": "lstm_step",
            "arguments": {
                "x_t": rng.normal(size=(1, 1)),
                "h": rng.uniform(-1, 1, size=(1, 1)),
                "c": rng.normal(size=(1, 1)),
                "kernel": rng.normal(size=(1, 4)),
                "recurrent_kernel": rng.normal(size=(1, 4)),
                "bias": rng.normal(size=4),
            },
            "cells": LSTM_CELLS,
            "export": "state_pair",
            **FLOAT32,
        }
    )
    # Gate pre-activations of both signs beyond 710: the gates saturate, without a warning.
    for dtype in ["float64", "float32"]:
        while True:
            batch, features, units = (int(rng.integers(2, 5)) for _ in range(3))
            arguments = {
                "x_t": _multiples_of_32(rng, (batch, features), dtype),
                "h": rng.integers(-2, 3, size=(batch, units)).astype(dtype),
                "c": rng.normal(0, 4, size=(batch, units)).astype(dtype),
                "kernel": _multiples_of_32(rng, (features, 4 * units), dtype),
                "recurrent_kernel": _multiples_of_32(rng, (units, 4 * units), dtype),
                "bias": _multiples_of_32(rng, 4 * units, dtype),
            }
            z = (
                arguments["x_t"].astype("float64") @ arguments["kernel"]
                + arguments["h"] @ arguments["recurrent_kernel"]
                + arguments["bias"]
            )
            if all(block.max() > 710 and block.min() < -710 for block in np.split(z, 4, axis=1)):
                break
        found.append(
            {
                "function": "lstm_step",
                "arguments": arguments,
                "cells": LSTM_STABLE_CELLS,
                "export": "state_pair",
                "warnings": False,
                **FLOAT32,
            }
        )
    return found


def _gru_cases(rng):
    found = []
    kinds = [
        ("float64", "float64", "float64"),
        ("float32", "float32", "float32"),
        ("float64", "int64", "float64"),
        ("float32", "int32", "float64"),
        ("list", "list", "float64"),
        ("float64", "float32", "float32"),
    ]
    for x_kind, state_kind, weights_dtype in kinds:
        batch, units = int(rng.integers(1, 6)), int(rng.integers(2, 6))
        features = int(rng.choice([size for size in range(1, 7) if size != units]))  # not a square kernel
        x_t = _normal_inputs(rng, (batch, features), x_kind)
        h = (
            rng.integers(-1, 2, size=(batch, units))
            if state_kind.startswith("int")
            else rng.uniform(-1, 1, size=(batch, units))
        )
        found.append(
            {
                "function": "gru_step",
                "arguments": {
                    "x_t": x_t,
                    "h": _as_kind(h, state_kind),
                    "kernel": rng.normal(0, 0.8, size=(features, 3 * units)).astype(weights_dtype),
                    "recurrent_kernel": rng.normal(0, 0.8, size=(units, 3 * units)).astype(weights_dtype),
                    "bias": rng.normal(0, 0.8, size=(2, 3 * units)).astype(weights_dtype),
                },
                "cells": GRU_CELLS,
                **FLOAT32,
            }
        )
    found.append(
        {
            "function": "gru_step",
            "arguments": {
                "x_t": rng.normal(size=(1, 1)),
                "h": rng.uniform(-1, 1, size=(1, 1)),
                "kernel": rng.normal(size=(1, 3)),
                "recurrent_kernel": rng.normal(size=(1, 3)),
                "bias": rng.normal(size=(2, 3)),
            },
            "cells": GRU_CELLS,
            **FLOAT32,
        }
    )
    # Pre-activations of both signs beyond 710 in every block: the gates and the candidate saturate,
    # without a warning.
    for dtype in ["float64", "float32"]:
        while True:
            batch, features, units = (int(rng.integers(2, 5)) for _ in range(3))
            arguments = {
                "x_t": _multiples_of_32(rng, (batch, features), dtype),
                "h": rng.integers(-2, 3, size=(batch, units)).astype(dtype),
                "kernel": _multiples_of_32(rng, (features, 3 * units), dtype),
                "recurrent_kernel": _multiples_of_32(rng, (units, 3 * units), dtype),
                "bias": _multiples_of_32(rng, (2, 3 * units), dtype),
            }
            x_part = arguments["x_t"].astype("float64") @ arguments["kernel"] + arguments["bias"][0]
            if all(block.max() > 710 and block.min() < -710 for block in np.split(x_part, 3, axis=1)):
                break
        found.append(
            {"function": "gru_step", "arguments": arguments, "cells": GRU_STABLE_CELLS, "warnings": False, **FLOAT32}
        )
    return found


def _sequences(rng, count, longest, tokens):
    """``count`` (at least 3) token lists: one empty, one ``longest`` long, the first shorter than that."""
    lengths = rng.integers(0, longest + 1, size=count)
    lengths[0] = rng.integers(0, longest)
    empty, full = rng.choice(np.arange(1, count), size=2, replace=False)
    lengths[empty], lengths[full] = 0, longest
    return [[int(token) for token in tokens(length)] for length in lengths]


def _pad_cases(rng):
    found = []
    small = lambda length: rng.integers(0, 4, size=length)
    # Ids from 0 to 3 and padding values from -1 to 3: tokens often equal the padding value.
    for padding in ["pre", "post"]:
        for truncating in ["pre", "post"]:
            count, longest = int(rng.integers(3, 7)), int(rng.integers(4, 10))
            sequences = _sequences(rng, count, longest, small)
            for maxlen in [int(rng.integers(2, longest)), None if truncating == "pre" else longest + 2]:
                arguments = {
                    "sequences": sequences,
                    "maxlen": maxlen,
                    "padding": padding,
                    "truncating": truncating,
                    "value": int(rng.integers(-1, 4)),
                }
                found.append(
                    {
                        "function": "pad_and_mask",
                        "arguments": arguments,
                        "export": "padded_part",
                        "cells": PADDED_CELLS,
                        "numpy_only": True,
                        "draws": False,
                    }
                )
                found.append(
                    {
                        "function": "pad_and_mask",
                        "arguments": arguments,
                        "export": "mask_part",
                        "cells": MASK_CELLS,
                        "numpy_only": True,
                        "draws": False,
                    }
                )
    # Ids and padding values anywhere in int32's range (float32 holds integers exactly only up to 2^24).
    large = lambda length: np.where(
        rng.random(length) < 0.3, rng.integers(0, 4, size=length), rng.integers(2**24, 2**31, size=length)
    )
    for padding, truncating in [("pre", "post"), ("post", "pre")]:
        count, longest = int(rng.integers(3, 7)), int(rng.integers(4, 10))
        found.append(
            {
                "function": "pad_and_mask",
                "arguments": {
                    "sequences": _sequences(rng, count, longest, large),
                    "maxlen": int(rng.integers(2, longest + 3)),
                    "padding": padding,
                    "truncating": truncating,
                    "value": int(rng.choice([-(2**31), 2**31 - 1, -7])),
                },
                "export": "padded_part",
                "cells": ["test_pad_and_mask_hidden_keras"],
                "numpy_only": True,
                "draws": False,
            }
        )
    return found


def cases(rng):
    return _rnn_cases(rng) + _lstm_cases(rng) + _gru_cases(rng) + _pad_cases(rng)
