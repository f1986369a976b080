"""Integrity probes for a07_attention, used by `dlcourse grade` (instructor-only: not in the release).

Each case is a call of a graded function on inputs drawn at grading time. Its result is compared,
outside the student's sandbox, with the reference solution's; a test cell keeps its points only if
the cases that check it agree. Every case asks what every test of its part asks: arguments left
unchanged, no random draws, NumPy only.

`scaled_dot_product_attention` returns the pair (output, weights), whose tolerances differ (an
absolute 1e-6 for a weight, 1e-5 max|V| for an output, both plus a relative 1e-4): each input is
called twice, once for each half of the pair, through the exports below. Its inputs follow the
hidden tests' kinds, and a case protects the cells whose tests use that kind: no mask (the
reference search, and Keras's layers for float inputs with a batch axis), masks of every
broadcast shape (the mask search; Keras's Attention for (batch, 1, tk) and (tq, tk) masks, its
MultiHeadAttention for (batch, tq, tk) ones), and scores of up to 1000 in rows of very different
sizes (the large-score search), with integer queries and keys and d of 1, 4 or 16, where the
scores are exact in float32 too. The masked large case forbids each large row's largest scores,
so that the allowed keys lie more than 745 below them.

`causal_mask` is compared exactly, dtype bool required. `positional_encoding` is compared within
the contract's absolute 1e-4; only even depths protect the hidden properties test (which reads
the columns as (sin, cos) pairs at depth 32 and 200 positions), and the largest sizes only the
visible test and the reference search.

`multi_head_attention` takes `weights`, a list of eight arrays: a case sends the arrays one by one
(wq .. bo) and the export `multi_head_arguments` puts them in a list on both sides. The export
`multi_head_output` returns the output and what became of that list (compared as `checks.call`
does: each array's shape, dtype and values, the list's length), since the harness compares after
a call only the arguments that it sent itself. The hidden tests run the function with a correct
part 1 in place of the student's, and so do the cases that protect them (`patch`, with the hidden
tests' own `correct_attention`); a case protects a hidden cell whose tests use its kind: float32
inputs and weights of sizes 2 and more, without a mask (the comparison with Keras), masks of
shape (batch, tq, tk) with batch 2 or 3 and one or two heads, or causal ones in self-attention
(the mask tests), any of these or sizes from 1 and every mix of float32 and float64 (the reference
search). The visible test runs the student's own part 1, so its cases do too, on the visible
test's kinds only: two heads with key_dim = value_dim, float32 without a mask or with a (batch,
tq, tk) one, float64 with a (tq, tk) one. All are compared within the contract's 1e-4 + 1e-4 |o|.
"""

import numpy as np

ATTENTION = "test_scaled_dot_product_attention_"
NO_MASK_CELLS = [
    ATTENTION + name for name in ("visible", "hidden_reference", "hidden_keras_attention", "hidden_keras_mha")
]
POSITIONAL_CELLS = ["test_positional_encoding_visible", "test_positional_encoding_hidden_reference"]
POSITIONAL_PAIR_CELLS = POSITIONAL_CELLS + ["test_positional_encoding_hidden_properties"]
CONTRACT = {"numpy_only": True, "draws": False}

EXPORTS = '''
import numpy as np


def _pair(value):
    return isinstance(value, (tuple, list)) and len(value) == 2


def attention_output(value):
    """The first of scaled_dot_product_attention's pair (output, weights)."""
    return {"pair": True, "output": np.asarray(value[0])} if _pair(value) else {"pair": False}


def attention_weights(value):
    """The second of scaled_dot_product_attention's pair (output, weights)."""
    return {"pair": True, "weights": np.asarray(value[1])} if _pair(value) else {"pair": False}


_PREPARED = {}  # the list `weights` of the call under way, and a copy of it as it was before


def multi_head_arguments(query, wq, bq, wk, bk, wv, bv, wo, bo, value=None, mask=None):
    """multi_head_attention's arguments: the eight arrays as one list (value is query when not given)."""
    weights = [wq, bq, wk, bk, wv, bv, wo, bo]
    _PREPARED.update(weights=weights, before=[array.copy() for array in weights])
    arguments = {"query": query, "value": query if value is None else value, "weights": weights}
    if mask is not None:
        arguments["mask"] = mask
    return arguments


def _changed(before, after):
    """'unchanged', or where the list `weights` differs from what it was before the call."""
    if not isinstance(after, list) or len(after) != len(before):
        return "the list changed length or kind"
    for position, (old, new) in enumerate(zip(before, after)):
        new = np.asarray(new)
        if new.shape != old.shape or new.dtype != old.dtype:
            return f"item {position}: {old.shape} {old.dtype} became {new.shape} {new.dtype}"
        if not np.array_equal(old, new, equal_nan=True):
            return f"item {position}: its values changed"
    return "unchanged"


def multi_head_output(value):
    """multi_head_attention's output, and whether it left the list `weights` as it was."""
    weights, before = _PREPARED.pop("weights"), _PREPARED.pop("before")
    return {"output": np.asarray(value), "weights after the call": _changed(before, weights)}


def correct_attention(query, key, value, mask=None):
    """The hidden tests' correct part 1, in place of the student's for the cases of hidden cells."""
    query, key, value = (np.asarray(array, dtype="float64") for array in (query, key, value))
    scores = np.einsum("...qd,...kd->...qk", query, key) / np.sqrt(query.shape[-1])
    if mask is not None:
        scores = np.where(np.asarray(mask, dtype=bool), scores, -1e9)
    weights = np.exp(scores - scores.max(axis=-1, keepdims=True))
    weights /= weights.sum(axis=-1, keepdims=True)
    return np.einsum("...qk,...kv->...qv", weights, value), weights
'''


def _attention_cases(arguments, cells):
    """Two cases for one call: the output at 1e-5 max|V|, the weights at 1e-6 (both plus 1e-4 relative)."""
    value_size = float(np.abs(arguments["value"]).max())
    common = {
        "function": "scaled_dot_product_attention",
        "arguments": arguments,
        "cells": cells,
        "rtol": 1e-4,
        "dtype": ["float64", "float32"],
        **CONTRACT,
    }
    return [
        {**common, "export": "attention_output", "atol": 1e-5 * value_size},
        {**common, "export": "attention_weights", "atol": 1e-6},
    ]


def _eighths(rng, shape, dtype):
    """Multiples of 1/8 in [-3, 3] for a float dtype, integers in [-3, 3] otherwise, never all 0."""
    numbers = rng.integers(-24, 25, size=shape)
    numbers.flat[0] = rng.choice([-24, 24])
    return (numbers // 8 if dtype.startswith("int") else numbers / 8).astype(dtype)


def _mask(rng, shape, tk):
    """A random boolean mask of ``shape`` (last axis tk) that allows each query at least one key."""
    mask = rng.random(shape) < rng.choice([0.2, 0.5, 0.8])
    mask[..., rng.integers(0, tk)] |= ~mask.any(axis=-1)
    return mask


def _normal_attention(rng, leading, dtype, mask_shape=None):
    tq, tk, d = int(rng.integers(2, 6)), int(rng.integers(2, 7)), int(rng.integers(1, 6))
    dv = int(rng.choice([size for size in range(1, 7) if size != d]))  # dv differs from d
    arguments = {
        "query": _eighths(rng, (*leading, tq, d), dtype),
        "key": _eighths(rng, (*leading, tk, d), dtype),
        "value": _eighths(rng, (*leading, tk, dv), dtype),
    }
    if mask_shape is not None:
        arguments["mask"] = _mask(rng, mask_shape(leading, tq, tk), tk)
    return arguments


def _large_attention(rng, leading, dtype, masked):
    """Integer queries and keys with scores up to 1000: the first row of each batch item near 1000,
    the second under 36, the others either; one key is 0 (a score of 0 for every query)."""
    d = int(rng.choice([1, 4, 16]))
    tq, tk, dv = int(rng.integers(2, 5)), int(rng.integers(3, 6)), int(rng.integers(1, 4))
    query = rng.integers(-1, 2, size=(*leading, tq, d))
    query[..., 0] = rng.choice([-1, 1], size=query.shape[:-1])  # no query row of zeros
    key = rng.integers(-9, 10, size=(*leading, tk, d))
    zero = int(rng.integers(0, tk))
    key[..., zero, :] = 0
    key[..., (zero + 1) % tk, :] = 0
    key[..., (zero + 1) % tk, 0] = rng.choice([-9, 9], size=leading)  # a score of 9 / sqrt(d) in size in every row
    scores = query @ np.swapaxes(key, -1, -2) / np.sqrt(d)
    largest = np.abs(scores).max(axis=-1)
    blow_up = rng.random(largest.shape) < 0.5
    blow_up[..., 0], blow_up[..., 1] = True, False
    # A blown-up row's largest score is positive: its largest size, blown up to 964 .. 1000.
    flip = blow_up & (scores.max(axis=-1) < largest)
    query = np.where(flip[..., None], -query, query)
    query = query * np.where(blow_up, 1000 // largest, 1).astype("int64")[..., None]
    value = rng.integers(-8, 9, size=(*leading, tk, dv)) / 4
    value.flat[0] = 2.0
    arguments = {
        "query": query.astype(dtype),
        "key": key.astype(dtype),
        "value": value.astype("float64" if dtype.startswith("int") else dtype),
    }
    if masked:
        scores = query @ np.swapaxes(key, -1, -2) / np.sqrt(d)
        # Scores over 200 are forbidden: the allowed ones (the zero key's included) lie 764 or more
        # below a large row's largest score, so that masking after the softmax gives 0 / 0.
        mask = (rng.random(scores.shape) < 0.5) & (scores <= 200)
        mask[..., zero] = True
        arguments["mask"] = mask
    return arguments


def _scaled_dot_product_attention_cases(rng):
    found = []
    full = lambda leading, tq, tk: (*leading, tq, tk)
    batch = lambda: (int(rng.integers(2, 4)),)
    two_axes = lambda: (int(rng.integers(1, 4)), int(rng.integers(2, 4)))
    # No mask: float inputs with a batch axis (as the tests against Keras), integers without leading
    # axes (as the visible test), and two leading axes (only the reference search).
    found += _attention_cases(_normal_attention(rng, batch(), "float64"), NO_MASK_CELLS)
    found += _attention_cases(_normal_attention(rng, batch(), "float32"), NO_MASK_CELLS)
    found += _attention_cases(
        _normal_attention(rng, (), "int64"), [ATTENTION + "visible", ATTENTION + "hidden_reference"]
    )
    found += _attention_cases(_normal_attention(rng, two_axes(), "int32"), [ATTENTION + "hidden_reference"])
    # Masks of every broadcast shape.
    masks = [
        ("float64", batch(), full, "hidden_keras_mha"),
        ("float32", batch(), lambda leading, tq, tk: (*leading, 1, tk), "hidden_keras_attention"),
        ("float64", batch(), lambda leading, tq, tk: (tq, tk), "hidden_keras_attention"),
        ("float32", two_axes(), lambda leading, tq, tk: (tk,), None),
        ("float64", two_axes(), lambda leading, tq, tk: (*leading[1:], tq, tk), None),
        ("float64", batch(), lambda leading, tq, tk: (1, tk), None),
    ]
    for dtype, leading, shape, keras_cell in masks:
        cells = [ATTENTION + "hidden_mask"] + ([ATTENTION + "visible", ATTENTION + keras_cell] if keras_cell else [])
        found += _attention_cases(_normal_attention(rng, leading, dtype, shape), cells)
    # Scores up to 1000 in rows of very different sizes.
    large = [ATTENTION + "visible", ATTENTION + "hidden_large"]
    found += _attention_cases(_large_attention(rng, (), "float64", masked=False), large)
    found += _attention_cases(_large_attention(rng, (), "float64", masked=True), large)
    found += _attention_cases(_large_attention(rng, batch(), "int64", masked=False), large[1:])
    found += _attention_cases(_large_attention(rng, batch(), "float32", masked=True), large[1:])
    found += _attention_cases(_large_attention(rng, batch(), "float32", masked=False), large[1:])
    return found


def _causal_mask_cases(rng):
    lengths = [{"query_length": 1}, {"query_length": int(rng.integers(2, 13))}]
    short, long = sorted(int(size) for size in rng.choice(np.arange(1, 13), size=2, replace=False))
    lengths += [{"query_length": short, "key_length": long}, {"query_length": long, "key_length": short}]
    side = int(rng.integers(2, 13))
    lengths += [{"query_length": side, "key_length": side}, {"query_length": int(rng.integers(1, 13)), "key_length": 1}]
    return [{"function": "causal_mask", "arguments": arguments, "dtype": ["bool"], **CONTRACT} for arguments in lengths]


def _positional_encoding_cases(rng):
    even = lambda low, high: 2 * int(rng.integers(low // 2, high // 2 + 1))
    odd = lambda low, high: 2 * int(rng.integers(low // 2, high // 2 + 1)) + 1
    sizes = [
        ((int(rng.integers(2, 41)), even(2, 12)), POSITIONAL_PAIR_CELLS),
        ((int(rng.integers(100, 201)), even(16, 64)), POSITIONAL_PAIR_CELLS),
        ((int(rng.integers(200, 257)), even(256, 512)), POSITIONAL_CELLS),
        ((int(rng.integers(2, 41)), odd(3, 11)), POSITIONAL_CELLS),
        ((int(rng.integers(100, 257)), odd(13, 95)), POSITIONAL_CELLS),
        ((1, 1), POSITIONAL_CELLS),
    ]
    return [
        {
            "function": "positional_encoding",
            "arguments": {"length": length, "depth": depth},
            "cells": cells,
            "rtol": 0.0,
            "atol": 1e-4,
            "dtype": ["float64", "float32"],
            **CONTRACT,
        }
        for (length, depth), cells in sizes
    ]


MHA = "test_multi_head_attention_"
MHA_CASE = {
    "function": "multi_head_attention",
    "prepare": "multi_head_arguments",
    "export": "multi_head_output",
    "rtol": 1e-4,
    "atol": 1e-4,
    "dtype": ["float64", "float32"],
    **CONTRACT,
}
CORRECT_PART_1 = {"patch": {"scaled_dot_product_attention": "correct_attention"}}


def _multi_head_case(
    rng, cells, sizes, dtype="float32", weights_dtype="float32", mask=None, self_attention=False, patched=True
):
    """A call on normal inputs (standard deviation 1) and weights (0.7), as the tests draw them.

    ``sizes``: batch, tq, tk, d_model, heads, key_dim, value_dim, d_out. ``mask``: None, "batch" (a
    random (batch, tq, tk) mask), "shared" (a random (tq, tk) one) or "causal" (tq == tk).
    """
    batch, tq, tk, d_model, heads, key_dim, value_dim, d_out = (int(size) for size in sizes)
    shapes = {
        "wq": (d_model, heads, key_dim),
        "bq": (heads, key_dim),
        "wk": (d_model, heads, key_dim),
        "bk": (heads, key_dim),
        "wv": (d_model, heads, value_dim),
        "bv": (heads, value_dim),
        "wo": (heads, value_dim, d_out),
        "bo": (d_out,),
    }
    arguments = {"query": rng.normal(size=(batch, tq, d_model)).astype(dtype)}
    if not self_attention:
        arguments["value"] = rng.normal(size=(batch, tk, d_model)).astype(dtype)
    arguments.update({name: rng.normal(scale=0.7, size=shape).astype(weights_dtype) for name, shape in shapes.items()})
    if mask == "causal":
        arguments["mask"] = np.tril(np.ones((tq, tk), dtype=bool))
    elif mask is not None:
        arguments["mask"] = _mask(rng, (batch, tq, tk) if mask == "batch" else (tq, tk), tk)
    return {
        **MHA_CASE,
        **(CORRECT_PART_1 if patched else {}),
        "arguments": arguments,
        "cells": [MHA + cell for cell in cells],
    }


def _multi_head_attention_cases(rng):
    draw = lambda low, high: int(rng.integers(low, high + 1))
    found = []
    # The visible test's kinds, with the student's own part 1: two heads, key_dim = value_dim.
    for dtype, mask, batch in [
        ("float32", None, draw(1, 3)),
        ("float32", "batch", draw(2, 3)),
        ("float64", "shared", draw(1, 2)),
    ]:
        width = draw(2, 4)
        sizes = (batch, draw(2, 5), draw(2, 5), draw(1, 6), 2, width, width, draw(1, 6))
        found.append(_multi_head_case(rng, ["visible"], sizes, dtype, dtype, mask, patched=False))
    # Against Keras: float32, sizes 2 and more, no mask; value_dim = key_dim, then another value_dim.
    keras_cells, mask_cells = ["hidden_keras", "hidden_reference"], ["hidden_mask", "hidden_reference"]
    width = draw(2, 5)
    found.append(
        _multi_head_case(
            rng, keras_cells, (draw(1, 3), draw(2, 6), draw(2, 6), 6, draw(2, 4), width, width, draw(1, 7))
        )
    )
    key_dim = draw(2, 5)
    value_dim = int(rng.choice([size for size in range(2, 7) if size != key_dim]))
    found.append(
        _multi_head_case(
            rng, keras_cells, (draw(1, 3), draw(2, 6), draw(2, 6), 6, draw(1, 4), key_dim, value_dim, draw(1, 7))
        )
    )
    # Masks: a random (batch, tq, tk) one in cross-attention, a causal one in self-attention.
    tq, tk = (int(size) for size in rng.choice(np.arange(3, 7), size=2, replace=False))
    found.append(_multi_head_case(rng, mask_cells, (draw(2, 3), tq, tk, 8, draw(1, 2), 4, 4, 8), mask="batch"))
    side = draw(3, 6)
    found.append(
        _multi_head_case(
            rng, mask_cells, (draw(2, 3), side, side, 8, draw(1, 2), 4, 4, 8), mask="causal", self_attention=True
        )
    )
    # The reference search: sizes from 1 to 4, every mix of dtypes, every kind of mask.
    for dtype, weights_dtype, mask in [
        ("float64", "float32", None),
        ("float32", "float64", "batch"),
        ("float64", "float64", "shared"),
    ]:
        sizes = [draw(1, 4) for _ in range(8)]
        found.append(_multi_head_case(rng, ["hidden_reference"], sizes, dtype, weights_dtype, mask))
    found.append(
        _multi_head_case(
            rng,
            ["hidden_reference"],
            [1] * 8,
            str(rng.choice(["float32", "float64"])),
            str(rng.choice(["float32", "float64"])),
            str(rng.choice(["batch", "shared"])),
        )
    )
    return found


def cases(rng):
    return (
        _scaled_dot_product_attention_cases(rng)
        + _causal_mask_cases(rng)
        + _positional_encoding_cases(rng)
        + _multi_head_attention_cases(rng)
    )
