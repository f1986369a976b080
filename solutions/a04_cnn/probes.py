"""Integrity probes for a04_cnn, used by `dlcourse grade` (instructor-only: not in the release).

Each case is a call of a graded function on inputs drawn at grading time. Its result is compared,
outside the student's sandbox, with the reference solution's; a test cell keeps its points only if
the cases that check it agree. The visible tests' own calls come first and check the visible test;
the drawn ones check the hidden tests whose search covers them.

Parts 1 to 3 ask what their tests ask: arguments left unchanged, no random draws, NumPy only.

- `conv_output_size`: the exact integer, through an export that also says whether the result is
  an integer (a Python int or a NumPy integer; a whole float is wrong).
- `conv2d`: a float64 or float32 array within 1e-5 S of the exact value, where S adds up the sizes
  of the terms of an output value. Each case has values of one magnitude, and its absolute
  tolerance is 1e-5 times the largest S of the case, which every correct answer meets.
- `max_pool2d`: the maxima, in float64, float32 or the input's dtype, exactly up to float32's
  rounding (a relative 1e-7, above 2^-24): floats lie between 1e-21 and 1e30 in size (below -1e7
  where all are negative) and integers within 2^31, where a float32 result holds every maximum to
  that accuracy.

Part 4, `residual_block`, takes a Keras tensor. The probe calls can only send arrays and JSON
values, so it is called on a NumPy batch (Keras then runs the block once, eagerly, with the
initial weights that the answer's layers draw). What does not depend on those weights is checked:
the output's shape (the exports `block_shape`), and, on batches laid out as `block_values`
describes, that the output is never negative (the final ReLU), that the block is not affine
before its last ReLU (the ReLU after the first convolution), and which output rows and columns an
input pixel reaches (the stride on the first convolution). Those hold for any initial weights of
a continuous distribution and any biases. Other cases call it as the tests do, on a Keras tensor
that the prepare function `block_input` makes on both sides: the export `block_model` then finds
the layers by type (their kernels, strides and biases) and sets known weights to compare values.
"""

import numpy as np

PLAIN = {"numpy_only": True, "draws": False}

SIZE_CELLS = [
    "test_conv_output_size_visible",
    "test_conv_output_size_hidden_reference",
    "test_conv_output_size_hidden_keras",
]
SIZE = {"function": "conv_output_size", **PLAIN, "export": "size_result", "rtol": 0.0, "atol": 0.0}

CONV = {"function": "conv2d", **PLAIN, "rtol": 0.0, "dtype": ["float64", "float32"]}
POOL = {"function": "max_pool2d", **PLAIN, "rtol": 1e-7, "atol": 0.0}

BLOCK = {"function": "residual_block", "rtol": 0.0, "atol": 0.0}
IDENTITY_CELLS = [
    "test_residual_block_visible",
    "test_residual_block_hidden_identity",
    "test_residual_block_hidden_identity_values",
]
PROJECTION_CELLS = [
    "test_residual_block_visible",
    "test_residual_block_hidden_projection",
    "test_residual_block_hidden_projection_values",
]
IDENTITY_VALUE_CELLS = ["test_residual_block_visible", "test_residual_block_hidden_identity_values"]
PROJECTION_VALUE_CELLS = ["test_residual_block_visible", "test_residual_block_hidden_projection_values"]
X_PAIRS = 4  # block_values batches: a zero image, X_PAIRS images x and -x (x_3 = x_1 + x_2), then pairs d and -d

EXPORTS = '''
import numpy as np

X_PAIRS = 4


def size_result(value):
    """conv_output_size's result: the number, and whether it is an integer (not a bool, not a float)."""
    integer = isinstance(value, (int, np.integer)) and not isinstance(value, (bool, np.bool_))
    return {"an integer": integer, "value": np.asarray(value, dtype="int64" if integer else "float64")}


def _numpy(value):
    import keras

    return np.asarray(keras.ops.convert_to_numpy(value), dtype="float64")


def block_shape(value):
    """residual_block's output on a NumPy batch: its shape, and that it holds floats."""
    import keras

    array = keras.ops.convert_to_numpy(value)
    return {"shape": [int(side) for side in np.shape(array)], "floats": np.asarray(array).dtype.kind == "f"}


def block_values(value):
    """What residual_block's output on a batch [0, x_1, -x_1, ..., d_1, -d_1, ...] shows whatever the weights.

    nonnegative: the output went through a ReLU last. not affine: were the block linear before its
    last ReLU (z(-x) = -z(x), the biases starting at 0), y(x) and y(-x) would never both be positive
    and y(x) - y(-x) = z(x) would be additive (x_3 = x_1 + x_2); were it affine, y(0) would be the
    mean of y(x) and y(-x) wherever both are positive. A position that breaks either shows the ReLU
    inside the main path. reached: the output rows and columns where some d_k (all at one input
    pixel) changes the output.
    """
    y = _numpy(value)
    zero, xs, ds = y[0], y[1:1 + 2 * X_PAIRS], y[1 + 2 * X_PAIRS:]
    size = max(float(np.abs(xs).max()), 1e-30)
    tau = 1e-3 * size
    plus, minus = xs[0::2], xs[1::2]
    kinked = (plus > tau) & (minus > tau) & (np.abs(zero - (plus + minus) / 2) > tau)
    odd = plus - minus
    additive = float(np.abs(odd[2] - odd[0] - odd[1]).max()) <= 1e-4 * size
    change = np.abs(ds - zero).max(axis=(0, 3)) if len(ds) else np.zeros(y.shape[1:3])
    reached = change > 1e-5 * max(float(change.max()), 1e-30)
    return {"nonnegative": bool((y >= 0).all()), "finite": bool(np.isfinite(y).all()),
            "not affine": bool(kinked.any() or not additive), "rows reached": reached.any(axis=1).tolist(),
            "columns reached": reached.any(axis=0).tolist()}


def _inputs_of(tensor, seen=None):
    """The input tensors (keras.Input) that ``tensor`` was computed from."""
    seen = set() if seen is None else seen
    operation, node_index, _ = tensor._keras_history
    node = operation._inbound_nodes[node_index]
    if node.is_input:
        return [tensor]
    found = []
    for parent in node.input_tensors:
        if id(parent) not in seen:
            seen.add(id(parent))
            found += _inputs_of(parent, seen)
    return found


def block_input(shape, filters, strides=None):
    """The call's arguments on a Keras tensor: ``keras.Input(shape)``, and the stride when the case gives one."""
    import keras

    arguments = {"x": keras.Input(shape=tuple(int(side) for side in shape)), "filters": filters}
    if strides is not None:
        arguments["strides"] = strides
    return arguments


def block_model(value):
    """residual_block's output tensor for a Keras tensor: its layers found by type, and its values.

    The Conv2D layers are taken in the order the model runs them: the 3x3 ones are the main path,
    a 1x1 one the projection. Their weights are set here from a fixed generator; the output on a
    fixed batch is then compared at the case's tolerance.
    """
    import keras

    inputs = _inputs_of(value)
    model = keras.Model(inputs[0] if len(inputs) == 1 else inputs, value)
    weighted = [layer for layer in model.layers if layer.weights]
    convs = [layer for layer in weighted if isinstance(layer, keras.layers.Conv2D)]
    main = [layer for layer in convs if tuple(layer.kernel.shape[:2]) == (3, 3)]
    projection = [layer for layer in convs if tuple(layer.kernel.shape[:2]) == (1, 1)]
    data = {"layers with weights": [type(layer).__name__ for layer in weighted],
            "weights": len(model.weights), "parameters": int(model.count_params()),
            "main kernels": [list(layer.kernel.shape) for layer in main],
            "projection kernels": [list(layer.kernel.shape) for layer in projection],
            "strides": [list(layer.strides) for layer in main + projection],
            "biases": [layer.bias is not None for layer in convs],
            "output shape": [None if side is None else int(side) for side in value.shape]}
    if len(main) + len(projection) != len(convs) or any(layer.bias is None for layer in convs):
        return data
    rng = np.random.default_rng(4015)
    for layer in main + projection:
        layer.set_weights([rng.normal(0, 0.3, size=tuple(layer.kernel.shape)).astype("float32"),
                           rng.normal(0, 0.3, size=tuple(layer.bias.shape)).astype("float32")])
    batch = rng.normal(size=(2, *[int(side) for side in inputs[0].shape[1:]])).astype("float32")
    data["output"] = np.asarray(keras.ops.convert_to_numpy(model(batch)), dtype="float64")
    return data
'''


# --- conv_output_size ---


def _size_case(size, kernel_size, stride, padding, cells, spell=0):
    """A call written as the tests write them: stride and padding by keyword, or left out at their defaults."""
    arguments = {"size": size, "kernel_size": kernel_size}
    if stride != 1 or spell % 2:
        arguments["stride"] = stride
    if padding != "valid" or spell % 3 == 0:
        arguments["padding"] = padding
    return {**SIZE, "arguments": arguments, "cells": cells}


def _conv_output_size_cases(rng):
    found = [
        _size_case(*case, cells=SIZE_CELLS, spell=index)
        for index, case in enumerate(
            [
                (28, 3, 1, "valid"),
                (28, 3, 1, "same"),
                (28, 3, 2, "same"),
                (28, 4, 1, "same"),
                (5, 3, 1, 1),
                (7, 2, 3, "valid"),
                (28, 28, 1, "valid"),
                (9, 3, 2, "valid"),
            ]
        )
    ]
    for index in range(30):
        padding = ["valid", "same", "integer"][index % 3]
        size = int(rng.integers(1, 9)) if index % 4 == 0 else int(rng.integers(1, 301))
        stride = int(rng.integers(1, 5)) if index % 2 else int(rng.integers(1, 13))
        pad = int(rng.integers(0, 7)) if padding == "integer" else 0
        largest = size + 2 * pad if padding != "same" else size + 6
        kernel_size = [1, largest, int(rng.integers(1, largest + 1)), int(rng.integers(1, largest + 1))][index % 4]
        if padding != "same" and stride > 1 and index % 5 < 3:
            # The last window is cut off: (n + 2p - k) mod s is s - 1 or s // 2 (a quotient ending in .5 or more).
            remainder = [stride - 1, stride // 2, int(rng.integers(1, stride))][index % 5]
            span = size + 2 * pad
            kernel_size = max(1, span - (stride * int(rng.integers(0, max(1, (span - 1) // stride) + 1)) + remainder))
            kernel_size = min(kernel_size, span)
        value = pad if padding == "integer" else padding
        in_keras_range = size < 40 and kernel_size < 8 and stride < 9 and value in ("valid", "same", 2)
        cells = SIZE_CELLS[1:] if in_keras_range else SIZE_CELLS[1:2]
        found.append(_size_case(size, kernel_size, stride, value, cells, spell=index))
    # "same" with a kernel larger than the input, and with even kernels.
    for kernel_size in [int(rng.integers(2, 7)) * 2, int(rng.integers(10, 20))]:
        size = int(rng.integers(1, 9))
        found.append(_size_case(size, kernel_size, int(rng.integers(1, 5)), "same", SIZE_CELLS[1:2], spell=1))
    return found


# --- conv2d ---


def _values(rng, shape, dtype, magnitude):
    """Values of every sign at about 10**magnitude (integers: the dtype's range, within 10**6)."""
    if np.dtype(dtype).kind in "iu":
        info = np.iinfo(dtype)
        return rng.integers(max(info.min, -(10**6)), min(info.max, 10**6), size=shape, endpoint=True).astype(dtype)
    return (rng.normal(size=shape) * 10.0**magnitude).astype(dtype)


def _conv_scale(inputs, kernel, bias, strides, padding):
    """S at every output position: |bias| plus the sizes of the terms of the sum, padding as Keras pads."""
    x, kernel, bias = (np.abs(np.asarray(array, dtype="float64")) for array in (inputs, kernel, bias))
    kh, kw = kernel.shape[:2]
    if padding == "same":
        pads = []
        for n, k in zip(x.shape[1:3], (kh, kw)):
            total = max((-(-n // strides) - 1) * strides + k - n, 0)
            pads.append((total // 2, total - total // 2))
        x = np.pad(x, ((0, 0), pads[0], pads[1], (0, 0)))
    out_h, out_w = (x.shape[1] - kh) // strides + 1, (x.shape[2] - kw) // strides + 1
    scale = np.zeros((x.shape[0], out_h, out_w, kernel.shape[3]))
    for i in range(out_h):
        for j in range(out_w):
            patch = x[:, i * strides : i * strides + kh, j * strides : j * strides + kw, :]
            scale[:, i, j, :] = np.tensordot(patch, kernel, axes=3) + bias
    return scale


def _conv_case(inputs, kernel, bias, strides, padding, cells, spell=0):
    """A conv2d call at the contract's accuracy: 1e-5 times the largest S of the case."""
    arguments = {"inputs": inputs, "kernel": kernel, "bias": bias}
    if strides != 1 or spell % 2:
        arguments["strides"] = strides
    if padding != "valid" or spell % 3 == 0:
        arguments["padding"] = padding
    atol = 1e-5 * float(_conv_scale(inputs, kernel, bias, strides, padding).max())
    return {**CONV, "arguments": arguments, "atol": atol, "cells": cells}


def _conv_draw(rng, padding, input_dtype="float64", weight_dtype="float64", max_side=7, max_stride=4):
    batch, c_in, c_out = int(rng.integers(1, 3)), int(rng.integers(1, 4)), int(rng.integers(1, 4))
    height, width = int(rng.integers(1, max_side + 1)), int(rng.integers(1, max_side + 1))
    kh = [1, height, int(rng.integers(1, height + 1))][int(rng.integers(0, 3))]
    kw = [1, width, int(rng.integers(1, width + 1))][int(rng.integers(0, 3))]
    magnitude = int(rng.integers(-2, 3))
    inputs = _values(rng, (batch, height, width, c_in), input_dtype, magnitude)
    kernel = _values(rng, (kh, kw, c_in, c_out), weight_dtype, int(rng.integers(-2, 3)))
    bias = _values(rng, (c_out,), weight_dtype, int(rng.integers(-2, 3)))
    return inputs, kernel, bias, int(rng.integers(1, max_stride + 1)), padding


def _conv2d_cases(rng):
    visible = ["test_conv2d_visible"]
    image, kernel = np.arange(16.0).reshape(1, 4, 4, 1), np.array([[-1.0, 1.0], [0.0, 0.0]]).reshape(2, 2, 1, 1)
    found = [
        _conv_case(image, kernel, np.array([0.5]), 1, "valid", visible),
        _conv_case(image, kernel, np.array([0.0]), 2, "valid", visible),
        _conv_case(image, kernel, np.array([0.0]), 1, "same", visible),
        _conv_case(np.arange(25.0).reshape(1, 5, 5, 1), kernel, np.array([0.0]), 2, "same", visible),
        _conv_case(
            np.arange(36.0).reshape(1, 6, 6, 1), np.full((1, 1, 1, 1), 2.0), np.array([0.0]), 2, "same", visible
        ),
        _conv_case(
            np.arange(32, dtype="uint8").reshape(1, 4, 4, 2),
            np.full((1, 1, 2, 3), 0.5, dtype="float32"),
            np.zeros(3, dtype="float32"),
            1,
            "valid",
            visible + ["test_conv2d_hidden_dtypes"],
        ),
    ]
    # float64, each padding; then every dtype mix; then the edges; then float32 as Keras computes.
    for index in range(7):
        found.append(_conv_case(*_conv_draw(rng, "valid"), ["test_conv2d_hidden_valid"], spell=index))
        found.append(_conv_case(*_conv_draw(rng, "same"), ["test_conv2d_hidden_same"], spell=index))
    input_dtypes = ["uint8", "int8", "int32", "int64", "float32", "float64"]
    for index, input_dtype in enumerate(input_dtypes + ["uint8", "float32"]):
        weight_dtype = ["float32", "float64"][index % 2]
        padding = ["valid", "same"][(index // 2) % 2]
        found.append(
            _conv_case(*_conv_draw(rng, padding, input_dtype, weight_dtype), ["test_conv2d_hidden_dtypes"], spell=index)
        )
    for index in range(6):
        padding = ["valid", "same"][index % 2]
        found.append(
            _conv_case(*_conv_draw(rng, padding, max_side=4, max_stride=6), ["test_conv2d_hidden_edges"], spell=index)
        )
    for index in range(4):
        padding = ["valid", "same"][index % 2]
        found.append(
            _conv_case(*_conv_draw(rng, padding, "float32", "float32"), ["test_conv2d_hidden_keras"], spell=index)
        )
    # Where the contract's corners meet: a one-pixel image; a kernel as large as the image with a stride
    # beyond it; a 1x1 kernel whose stride passes it ("same" then needs P < 0, that is no padding); an odd
    # "same" padding with the stride (the extra zero after); c_in == c_out, where an HWOI kernel still runs.
    c = int(rng.integers(2, 4))
    corners = [
        ((1, 1, 1, c), (1, 1, c, 2), int(rng.integers(2, 7)), "same", "test_conv2d_hidden_edges"),
        ((2, 3, 4, 2), (3, 4, 2, 3), int(rng.integers(4, 7)), "valid", "test_conv2d_hidden_edges"),
        ((1, 6, 7, 2), (1, 1, 2, 2), int(rng.integers(2, 4)), "same", "test_conv2d_hidden_same"),
        ((2, 7, 6, 2), (3, 2, 2, 3), 2, "same", "test_conv2d_hidden_same"),
        ((1, 5, 6, c), (2, 3, c, c), 1, "same", "test_conv2d_hidden_same"),
        ((2, 6, 5, c), (3, 3, c, c), 2, "valid", "test_conv2d_hidden_valid"),
    ]
    for inputs_shape, kernel_shape, strides, padding, cell in corners:
        found.append(
            _conv_case(
                _values(rng, inputs_shape, "float64", 0),
                _values(rng, kernel_shape, "float64", 0),
                _values(rng, kernel_shape[-1:], "float64", 0),
                strides,
                padding,
                [cell],
            )
        )
    return found


# --- max_pool2d ---


def _pool_case(inputs, pool_size, strides, padding, cells, spell=0):
    arguments = {"inputs": inputs}
    if pool_size != 2 or spell % 2:
        arguments["pool_size"] = pool_size
    if strides is not None or spell % 3 == 1:
        arguments["strides"] = strides
    if padding != "valid" or spell % 3 == 0:
        arguments["padding"] = padding
    dtypes = sorted({"float64", "float32", np.asarray(inputs).dtype.name})
    return {**POOL, "arguments": arguments, "dtype": dtypes, "cells": cells}


def _pool_values(rng, shape, dtype, sign):
    """Values of every size (floats: 1e-20 to 1e20, one magnitude per image), of one sign or both."""
    dtype = np.dtype(dtype)
    if dtype.kind == "f":
        largest = 20 if sign != "negative" else 30
        exponents = rng.integers(-largest if sign != "negative" else 8, largest + 1, size=(shape[0], 1, 1, 1))
        x = rng.uniform(0.1, 1.0, size=shape) * rng.choice([-1.0, 1.0], size=shape) * 10.0**exponents
    else:
        low, high = (np.iinfo(dtype).min, np.iinfo(dtype).max) if dtype.itemsize < 8 else (-(2**31), 2**31)
        x = rng.integers(low, high, size=shape, endpoint=True)
    if sign == "negative":
        x = np.where(x > 0, -x, x) if dtype.kind != "u" else x
        x = np.where(x == 0, -1, x) if dtype.kind != "u" else x
    elif sign == "positive" and dtype.kind == "f":
        x = np.abs(x)
    return np.asarray(x).astype(dtype)


def _pool_draw(rng, padding, dtype, sign=None, max_side=7, max_stride=4):
    batch, channels = int(rng.integers(1, 3)), int(rng.integers(2, 4))
    height, width = int(rng.integers(1, max_side + 1)), int(rng.integers(1, max_side + 1))
    side = min(height, width)
    pool = [1, side, int(rng.integers(1, side + 1)), int(rng.integers(1, side + 1))][int(rng.integers(0, 4))]
    strides = [None, int(rng.integers(1, max_stride + 1))][int(rng.integers(0, 2))]
    sign = sign or ["both", "negative", "positive"][int(rng.integers(0, 3))]
    return _pool_values(rng, (batch, height, width, channels), dtype, sign), pool, strides, padding


POOL_DTYPES = ["float64", "float32", "uint8", "int8", "int16", "int32", "int64"]


def _max_pool2d_cases(rng):
    visible = ["test_max_pool2d_visible"]
    image = np.array([[1, 2, 5, 6], [3, 4, 7, 8], [-1, -2, 0, 0], [-3, -4, 0, 9]], dtype=float).reshape(1, 4, 4, 1)
    negative = -np.arange(1.0, 10.0).reshape(1, 3, 3, 1)
    pixels = np.stack([np.arange(16).reshape(4, 4), 255 - np.arange(16).reshape(4, 4)], axis=-1)[None].astype("uint8")
    found = [
        _pool_case(image, 2, None, "valid", visible, spell=2),
        _pool_case(image, 2, 1, "valid", visible),
        _pool_case(negative, 2, None, "same", visible),
        _pool_case(negative.astype("int8"), 2, None, "same", visible),
        _pool_case(pixels, 2, 3, "valid", visible),
    ]
    for index, dtype in enumerate(POOL_DTYPES * 2):
        found.append(_pool_case(*_pool_draw(rng, "valid", dtype), ["test_max_pool2d_hidden_valid"], spell=index))
    for index, dtype in enumerate(POOL_DTYPES * 2):
        sign = "negative" if index % 2 == 0 else None
        found.append(_pool_case(*_pool_draw(rng, "same", dtype, sign), ["test_max_pool2d_hidden_same"], spell=index))
    for index in range(4):
        found.append(
            _pool_case(
                *_pool_draw(rng, ["valid", "same"][index % 2], "float32"), ["test_max_pool2d_hidden_keras"], spell=index
            )
        )
    # Overlapping windows (a stride below the pool size) and a stride that skips pixels; windows that
    # do not divide the image; "same" with an odd P on images of negative values below -1e9.
    channels = int(rng.integers(2, 4))
    for shape, pool, strides, padding, dtype, sign, cell in [
        ((1, 6, 7, channels), 3, 2, "valid", "float64", "both", "test_max_pool2d_hidden_valid"),
        ((2, 5, 5, channels), 2, 3, "valid", "int32", "both", "test_max_pool2d_hidden_valid"),
        ((1, 6, 6, channels), 2, None, "valid", "int16", "both", "test_max_pool2d_hidden_valid"),
        ((2, 7, 5, channels), 3, None, "valid", "float32", "both", "test_max_pool2d_hidden_valid"),
        ((1, 4, 5, channels), 2, 1, "same", "float64", "negative", "test_max_pool2d_hidden_same"),
        ((2, 5, 4, channels), 3, 2, "same", "int64", "negative", "test_max_pool2d_hidden_same"),
        ((1, 5, 7, channels), 2, None, "same", "float64", "negative", "test_max_pool2d_hidden_same"),
    ]:
        found.append(_pool_case(_pool_values(rng, shape, dtype, sign), pool, strides, padding, [cell]))
    return found


# --- residual_block ---


def _block_case(export, x, filters, strides, cells, spell=0):
    arguments = {"x": x.astype("float32"), "filters": filters}
    if strides != 1 or spell % 2:
        arguments["strides"] = strides
    return {**BLOCK, "export": export, "arguments": arguments, "cells": cells}


def _field_offset(size, strides):
    """Keras's padding before the image for a 3x3 "same" window: P // 2 of P = (ceil(n/s) - 1) s + 3 - n."""
    return max((-(-size // strides) - 1) * strides + 3 - size, 0) // 2


def _value_batch(rng, shape, strides, pairs=4):
    """[0, x_1, -x_1, ..., d_1, -d_1, ...]: x_3 = x_1 + x_2; the d_k all at one input pixel, well inside the image.

    Both are large (about 30) beside the biases a block may start with, so that the first ReLU
    cuts through the values of x and no change that d makes is lost to a bias.

    With a stride of 2 the pixel sits where the first convolution's windows start (r + P // 2 even),
    so that the output rows it reaches, k - 2 to k + 1 for r + P // 2 = 2k, are not the rows k - 1
    and k that a stride on the second convolution would give.
    """
    height, width, channels = shape
    x = rng.normal(size=(X_PAIRS, *shape)) * 30.0
    x[2] = x[0] + x[1]
    position = []
    for size in (height, width):
        if strides == 2:
            offset = _field_offset(size, 2)
            k = int(rng.integers(2, -(-size // 2) - 1))
            position.append(2 * k - offset)
        else:
            position.append(int(rng.integers(2, size - 2)))
    d = np.zeros((pairs, *shape))
    d[:, position[0], position[1], :] = rng.normal(size=(pairs, channels)) * 30.0
    return np.concatenate(
        [
            np.zeros((1, *shape)),
            np.stack([x, -x], axis=1).reshape(-1, *shape),
            np.stack([d, -d], axis=1).reshape(-1, *shape),
        ]
    )


def _residual_block_cases(rng):
    found = []
    # Shapes: the identity; a projection for new channels; a projection for the stride (channels kept
    # or not, odd sides rounded up); a stride of 3; and a height equal to filters with other channels
    # (which reading the channels from the wrong axis takes for the identity).
    c = int(rng.integers(1, 6))
    shapes = [
        ((int(rng.integers(3, 9)), int(rng.integers(3, 9)), c), c, 1, IDENTITY_CELLS),
        ((int(rng.integers(3, 9)), int(rng.integers(3, 9)), c), c + int(rng.integers(1, 4)), 1, PROJECTION_CELLS),
        ((int(rng.integers(3, 10)), int(rng.integers(3, 10)), c), c, 2, PROJECTION_CELLS),
        ((int(rng.integers(3, 10)), int(rng.integers(3, 10)), c), int(rng.integers(1, 8)), 2, PROJECTION_CELLS),
        ((int(rng.integers(4, 10)), int(rng.integers(4, 10)), 2), int(rng.integers(1, 5)), 3, PROJECTION_CELLS),
    ]
    filters = int(rng.integers(2, 7))
    shapes.append(((filters, int(rng.integers(3, 9)), filters + int(rng.integers(1, 3))), filters, 1, PROJECTION_CELLS))
    for index, (shape, filters, strides, cells) in enumerate(shapes):
        found.append(
            _block_case(
                "block_shape", rng.normal(size=(int(rng.integers(1, 3)), *shape)), filters, strides, cells, spell=index
            )
        )
    # Values that hold for any weights: the identity, a projection, and the stride of 2 (with and
    # without new channels), on images large enough to show them.
    c = int(rng.integers(3, 6))
    for index, (shape, filters, strides, cells) in enumerate(
        [
            ((int(rng.integers(7, 10)), int(rng.integers(7, 10)), c), c, 1, IDENTITY_VALUE_CELLS),
            (
                (int(rng.integers(7, 10)), int(rng.integers(7, 10)), c),
                c + int(rng.integers(1, 3)),
                1,
                PROJECTION_VALUE_CELLS,
            ),
            ((int(rng.integers(11, 15)), int(rng.integers(11, 15)), c), c, 2, PROJECTION_VALUE_CELLS),
            (
                (int(rng.integers(11, 15)), int(rng.integers(11, 15)), c),
                c + int(rng.integers(1, 3)),
                2,
                PROJECTION_VALUE_CELLS,
            ),
        ]
    ):
        found.append(
            _block_case("block_values", _value_batch(rng, shape, strides), filters, strides, cells, spell=index)
        )
    # On a Keras tensor, as the tests call it: the layers by type, and the values with weights set by the export.
    c = int(rng.integers(1, 5))
    for index, (filters, strides, cells) in enumerate(
        [
            (c, 1, IDENTITY_CELLS),
            (c + int(rng.integers(1, 3)), 1, PROJECTION_CELLS),
            (c, 2, PROJECTION_CELLS),
            (int(rng.integers(1, 6)), 2, PROJECTION_CELLS),
        ]
    ):
        arguments = {"shape": [int(rng.integers(4, 10)), int(rng.integers(4, 10)), c], "filters": filters}
        if strides != 1 or index % 2:
            arguments["strides"] = strides
        found.append(
            {
                **BLOCK,
                "prepare": "block_input",
                "export": "block_model",
                "rtol": 1e-5,
                "atol": 1e-5,
                "arguments": arguments,
                "cells": cells,
            }
        )
    return found


def cases(rng):
    return _conv_output_size_cases(rng) + _conv2d_cases(rng) + _max_pool2d_cases(rng) + _residual_block_cases(rng)
