"""Integrity probes for a05_transfer, used by `dlcourse grade` (instructor-only: not in the release).

Each case is a call of a graded function on inputs drawn at grading time. Its result is compared,
outside the student's sandbox, with the reference solution's; a test cell keeps its points only if
the cases that check it agree.

Three of the functions take a Keras model, which a case cannot carry: such a case holds a plain
description of a small base (its layers, a seed for its weights, its starting flags), and the
case's ``prepare`` function of ``EXPORTS`` builds the base from it, on both sides, just before
the call. Every weight of a base (BatchNormalization statistics included) is set from a NumPy
generator seeded by the case, so both sides build the same base. The prepare function keeps the
base and what the export needs (the images and head weights to try the model on, the base's
weights before the call) in ``_CONTEXT``; the export, run right after the call, reads it there.

- `build_classifier`: three exports, one per kind of test. ``classifier_counts`` (the visible
  test and the hidden counts): a `keras.Model`, frozen flags of the base and of every layer, the
  base's weights unchanged, input and output shapes, trainable and non-trainable parameter counts,
  one Dense layer, and the base's weights reaching the model once the base is unfrozen (the model
  holds the base, not a copy). ``classifier_outputs`` (the visible test and the hidden outputs):
  with the head's weights set from the case, `model(images)` on a base with Dropout, and also
  `model(images, training=True)` on a base without Dropout, at the contract's 1e-4 (1e-5). And
  ``classifier_fit`` (the hidden training step): what `fit` would change, read off the model
  rather than trained: the head's kernel and bias among its trainable weights, no weight of the
  base among them, and no BatchNormalization layer of the base trainable (one would update its
  statistics under `fit`). Bases never have the input shape (16, 16, 3), and two classes come up.
- `unfreeze_top`: every layer's flag and the base's own, and the base itself returned
  (``unfrozen_flags``: the visible test and the hidden flags), and what fine-tuning would train:
  the trainable parameters of each layer and which BatchNormalization layers are trainable, the
  weights unchanged (``unfrozen_effect``: the visible test, the hidden fit and the MobileNet
  test). Each base is tried frozen with random flags, trainable with every flag the opposite of
  the answer, with n = 0 and with n = all its layers; the bases include misleadingly named
  layers, a subclass of BatchNormalization, LayerNormalization and a Sequential base.
- `extract_features`: the features as a float32 NumPy array at 1e-4 (1e-5), on float32 and
  float64 images and a float64 base (``features``: every test); with the batches the base saw
  (``batches``: the visible test and the hidden batches; the default of 32 on 33 to 70 images,
  a last batch that holds the rest, a batch size above n); and with the base's weights and
  statistics unchanged, on a trainable base with Dropout and trained statistics
  (``inference``: the visible test and the hidden inference test).
- `prepare_images`: the float32 NumPy array within 1e-5 of the reference, on every accepted dtype
  (whole and fractional floats), square and non-square images, shrinking and enlarging, size 1,
  pixels only 0 and 1, and uint8 pixels above 127 (``prepared``: every test).

Every case asks what its part's tests ask of every call: `images` unchanged and no random draws
for `extract_features` and `prepare_images`, no random draws for `unfreeze_top`
(`build_classifier` may draw: Keras draws the Dense layer's initial weights).
"""

import numpy as np

BUILD = {"function": "build_classifier", "prepare": "classifier_inputs", "rtol": 1e-4, "atol": 1e-5}
BUILD_COUNT_CELLS = ["test_build_classifier_visible", "test_build_classifier_hidden_counts"]
BUILD_OUTPUT_CELLS = ["test_build_classifier_visible", "test_build_classifier_hidden_outputs"]
BUILD_FIT_CELLS = ["test_build_classifier_hidden_fit"]
UNFREEZE = {"function": "unfreeze_top", "prepare": "unfreeze_inputs", "draws": False, "rtol": 0.0, "atol": 0.0}
UNFREEZE_FLAG_CELLS = ["test_unfreeze_top_visible", "test_unfreeze_top_hidden_flags"]
UNFREEZE_EFFECT_CELLS = [
    "test_unfreeze_top_visible",
    "test_unfreeze_top_hidden_fit",
    "test_unfreeze_top_hidden_mobilenet",
]
EXTRACT = {
    "function": "extract_features",
    "prepare": "extract_inputs",
    "draws": False,
    "rtol": 1e-4,
    "atol": 1e-5,
    "dtype": ["float32"],
}
EXTRACT_BATCH_CELLS = ["test_extract_features_visible", "test_extract_features_hidden_batches"]
EXTRACT_INFERENCE_CELLS = ["test_extract_features_visible", "test_extract_features_hidden_inference"]
PREPARE = {
    "function": "prepare_images",
    "export": "prepared",
    "draws": False,
    "rtol": 0.0,
    "atol": 1e-5,
    "dtype": ["float32"],
}

EXPORTS = '''
import numpy as np

# What the prepare function of a case leaves for its export: the base, its weights before the
# call, the images and head weights to try a model on. One case runs at a time, on either side.
_CONTEXT = {}
_CLASSES = {}


def _classes():
    """A BatchNormalization subclass and a layer that records its batch sizes (made on first use)."""
    if not _CLASSES:
        import keras

        class RenamedNormalization(keras.layers.BatchNormalization):
            pass

        class BatchRecorder(keras.layers.Layer):
            def __init__(self, **kwargs):
                super().__init__(**kwargs)
                self.sizes = []

            def call(self, inputs):
                if inputs.shape[0] is not None:
                    self.sizes.append(int(inputs.shape[0]))
                return inputs

            def compute_output_shape(self, input_shape):
                return input_shape

        _CLASSES.update(norm=RenamedNormalization, recorder=BatchRecorder)
    return _CLASSES


def _layer(kind, name, dtype="float32", filters=3):
    from keras import layers

    made = {
        "conv": lambda: layers.Conv2D(filters, 3, padding="same", use_bias=False, name=name, dtype=dtype),
        "conv_bias": lambda: layers.Conv2D(2, 1, name=name, dtype=dtype),
        "conv_valid": lambda: layers.Conv2D(4, 3, name=name, dtype=dtype),
        "bn": lambda: layers.BatchNormalization(name=name, dtype=dtype),
        "bn_subclass": lambda: _classes()["norm"](name=name, dtype=dtype),
        "relu": lambda: layers.ReLU(name=name, dtype=dtype),
        "pool": lambda: layers.MaxPooling2D(name=name, dtype=dtype),
        "layer_norm": lambda: layers.LayerNormalization(name=name, dtype=dtype),
        "dropout": lambda: layers.Dropout(0.5, name=name, dtype=dtype),
        "recorder": lambda: _classes()["recorder"](name=name, dtype=dtype),
    }
    return made[kind]()


def _base(kinds, names, input_shape, seed, filters=None, sequential=False, dtype="float32"):
    """A model of the given layers, every weight drawn from a generator seeded with ``seed`` (if any)."""
    import keras

    inputs = keras.Input(shape=tuple(int(side) for side in input_shape), name=names[0], dtype=dtype)
    widths = iter(filters or [])  # the widths of the "conv" layers, in order
    made = [_layer(kind, name, dtype, int(next(widths)) if kind == "conv" else 3)
            for kind, name in zip(kinds, names[1:], strict=True)]
    if sequential:
        base = keras.Sequential([inputs] + made, name="base")
    else:
        x = inputs
        for layer in made:
            x = layer(x)
        base = keras.Model(inputs, x, name="base")
    if seed is None:  # the initializers' weights will do (only whether they change is asked)
        return base
    generator = np.random.default_rng(seed)
    for layer in base.layers:
        weights = layer.get_weights()
        if not weights:
            continue
        if isinstance(layer, keras.layers.BatchNormalization):  # gamma, beta, moving mean, moving variance
            size = weights[0].shape
            weights = [generator.uniform(0.5, 2.0, size), generator.normal(0, 0.5, size),
                       generator.normal(0, 0.5, size), generator.uniform(0.5, 3.0, size)]
        else:  # kernels scaled by their fan-in, so that activations stay near 1 from block to block
            weights = [generator.normal(0, 1 / np.sqrt(np.prod(w.shape[:-1])) if w.ndim > 1 else 0.5, w.shape)
                       for w in weights]
        layer.set_weights([np.asarray(w, dtype=v.dtype) for w, v in zip(weights, layer.get_weights())])
    return base


def _count(weights):
    return int(sum(np.prod(w.shape) for w in weights))


def _numpy(value):
    import keras

    return np.asarray(keras.ops.convert_to_numpy(value))


def _unchanged(base):
    return all(np.array_equal(a, b) for a, b in zip(_CONTEXT["weights"], base.get_weights()))


# --- build_classifier ---


def classifier_inputs(kinds, names, input_shape, filters, seed, n_classes, images, kernel, bias, training):
    """The base to build on, from its description; the images and head weights for the export."""
    base = _base(kinds, names, input_shape, seed, filters)
    _CONTEXT.clear()
    _CONTEXT.update(base=base, weights=[w.copy() for w in base.get_weights()], images=images, kernel=kernel,
                    bias=bias, training=training)
    return {"base": base, "n_classes": n_classes}


def _dense(model):
    import keras

    return [layer for layer in getattr(model, "layers", []) if isinstance(layer, keras.layers.Dense)]


def classifier_counts(model):
    """Flags, shapes and parameter counts, as the visible test and the hidden counts check them."""
    import keras

    base = _CONTEXT["base"]
    found = {"a keras.Model": isinstance(model, keras.Model)}
    if not found["a keras.Model"]:
        return found
    dense = _dense(model)
    found.update({
        "base.trainable": bool(base.trainable),
        "trainable layers of the base": [i for i, layer in enumerate(base.layers) if layer.trainable],
        "the base's weights unchanged": _unchanged(base),
        "input shape": list(model.input_shape), "output shape": list(model.output_shape),
        "trainable parameters": _count(model.trainable_weights),
        "non-trainable parameters": _count(model.non_trainable_weights),
        "parameters": int(model.count_params()),
        "Dense layers": len(dense),
        "trainable parameters of the Dense layer": _count(dense[0].trainable_weights) if len(dense) == 1 else None,
    })
    base.trainable = True  # the model holds the base itself: its weights now train in the model too
    found["trainable parameters beyond the base's, once the base is unfrozen"] = (
        _count(model.trainable_weights) - _count(base.trainable_weights))
    return found


def classifier_outputs(model):
    """The probabilities with the case's head weights: model(images), and in training mode on a
    base without Dropout."""
    import keras

    found = {"a keras.Model": isinstance(model, keras.Model)}
    dense = _dense(model)
    found["Dense layers"] = len(dense)
    if not found["a keras.Model"] or len(dense) != 1:
        return found
    kernel, bias = _CONTEXT["kernel"], _CONTEXT["bias"]
    found["Dense kernel shape"] = [int(side) for side in dense[0].get_weights()[0].shape]
    if found["Dense kernel shape"] != list(kernel.shape):
        return found
    dense[0].set_weights([kernel, bias])
    images = _CONTEXT["images"]
    found["probabilities"] = _numpy(model(images)).astype("float64")
    if _CONTEXT["training"]:
        found["probabilities in training mode"] = _numpy(model(images, training=True)).astype("float64")
    return found


def classifier_fit(model):
    """What fit would change, read off the model: the head's weights train, no weight or
    BatchNormalization statistic of the base does."""
    import keras

    base = _CONTEXT["base"]
    found = {"a keras.Model": isinstance(model, keras.Model)}
    dense = _dense(model)
    found["Dense layers"] = len(dense)
    if not found["a keras.Model"]:
        return found
    trained = {id(w) for w in model.trainable_weights}
    found["the head's kernel and bias train"] = len(dense) == 1 and len(dense[0].weights) == 2 and all(
        id(w) in trained for w in dense[0].weights)
    found["weights of the base that train"] = [w.path for w in base.weights if id(w) in trained]
    found["BatchNormalization layers of the base that update their statistics"] = [
        layer.name for layer in base.layers if isinstance(layer, keras.layers.BatchNormalization) and layer.trainable]
    return found


# --- unfreeze_top ---


def unfreeze_inputs(kinds, names, sequential, base_trainable, flags, n):
    """The base, its flags set as the case says (the base's first, then each layer's)."""
    base = _base(kinds, names, [4, 4, 2], None, sequential=sequential)
    base.trainable = bool(base_trainable)
    for layer, flag in zip(base.layers, flags, strict=True):
        layer.trainable = bool(flag)
    _CONTEXT.clear()
    _CONTEXT.update(base=base, weights=[w.copy() for w in base.get_weights()])
    return {"base": base, "n": n}


def unfrozen_flags(result):
    base = _CONTEXT["base"]
    return {"returns the base itself": result is base, "base.trainable": bool(base.trainable),
            "flags": [bool(layer.trainable) for layer in base.layers]}


def unfrozen_effect(result):
    """What fine-tuning would train: each layer's trainable parameters, the trainable
    BatchNormalization layers (they would update their statistics); the weights unchanged."""
    import keras

    base = _CONTEXT["base"]
    trained = {id(w) for w in base.trainable_weights}
    return {"returns the base itself": result is base,
            "trainable parameters per layer": [_count([w for w in layer.weights if id(w) in trained])
                                               for layer in base.layers],
            "trainable BatchNormalization layers": [i for i, layer in enumerate(base.layers)
                                                    if isinstance(layer, keras.layers.BatchNormalization)
                                                    and layer.trainable],
            "the weights unchanged": _unchanged(base)}


# --- extract_features ---


def extract_inputs(kinds, names, input_shape, filters, seed, dtype, trainable, images, batch_size=None):
    """The base (a BatchRecorder first), and the case's images and batch size."""
    base = _base(kinds, names, input_shape, seed, filters, dtype=dtype)
    base.trainable = bool(trainable)
    _CONTEXT.clear()
    _CONTEXT.update(base=base, weights=[w.copy() for w in base.get_weights()], recorder=base.layers[1])
    base.layers[1].sizes = []
    arguments = {"base": base, "images": images}
    if batch_size is not None:  # else the default
        arguments["batch_size"] = batch_size
    return arguments


def features(value):
    return {"features": np.asarray(value), "a NumPy array": isinstance(value, np.ndarray)}


def batches(value):
    return {**features(value), "batch sizes the base saw": list(_CONTEXT["recorder"].sizes)}


def inference(value):
    return {**features(value), "the base's weights and statistics unchanged": _unchanged(_CONTEXT["base"])}


# --- prepare_images ---


def prepared(value):
    return {"images": np.asarray(value), "a NumPy array": isinstance(value, np.ndarray)}
'''


# --- build_classifier ---


def _small_base(rng, dropout, input_shape=None):
    """(kinds, names, input shape, filters): blocks of conv, BatchNormalization, ReLU and pooling."""
    blocks = int(rng.integers(1, 3))
    if input_shape is None:  # never (16, 16, 3): a hard-coded shape fails
        input_shape = [int(rng.choice([8, 12])), int(rng.choice([8, 12])), int(rng.choice([1, 2, 3]))]
    kinds, names = [], ["image"]
    for index in range(blocks):
        kinds += ["conv", "bn", "relu", "pool"]
        names += [f"conv_{index}", f"bn_{index}", f"relu_{index}", f"pool_{index}"]
    if dropout:
        kinds.append("dropout")
        names.append("dropout")
    filters = [int(rng.integers(2, 7)) for _ in range(blocks)]
    return kinds, names, input_shape, filters


def _classifier_case(rng, export, cells, n_classes, dropout):
    kinds, names, input_shape, filters = _small_base(rng, dropout)
    if not dropout:  # training mode is tried: enough pooled features that a Dropout in the head shows
        filters[-1] = int(rng.integers(5, 9))
    channels = filters[-1]
    arguments = {
        "kinds": kinds,
        "names": names,
        "input_shape": input_shape,
        "filters": filters,
        "seed": int(rng.integers(2**31)),
        "n_classes": n_classes,
        "images": rng.normal(1, 2, size=(int(rng.integers(6, 10)),) + tuple(input_shape)).astype("float32"),
        # Scores of about 1: probabilities far from 0 and 1, where every difference shows.
        "kernel": rng.normal(0, 0.5 / np.sqrt(channels), size=(channels, n_classes)).astype("float32"),
        "bias": rng.normal(size=n_classes).astype("float32"),
        "training": not dropout,
    }
    return {**BUILD, "arguments": arguments, "export": export, "cells": cells}


def _build_classifier_cases(rng):
    many = int(rng.integers(3, 12))
    return [
        _classifier_case(rng, "classifier_counts", BUILD_COUNT_CELLS, 2, dropout=True),
        _classifier_case(rng, "classifier_counts", BUILD_COUNT_CELLS, many, dropout=False),
        # A base with Dropout: model(images) must not drop. Without: training mode adds nothing random.
        _classifier_case(rng, "classifier_outputs", BUILD_OUTPUT_CELLS, int(rng.integers(2, 12)), dropout=True),
        _classifier_case(rng, "classifier_outputs", BUILD_OUTPUT_CELLS, 2, dropout=False),
        _classifier_case(
            rng, "classifier_fit", BUILD_FIT_CELLS, int(rng.integers(2, 12)), dropout=bool(rng.integers(2))
        ),
    ]


# --- unfreeze_top ---

WORDS = ["bn", "batch_normalization", "norm", "conv", "relu", "block"]


def _odd_base(rng):
    """Layers of every kind, named so that names mislead: a convolution named "bn", a
    BatchNormalization layer named without "bn" or "norm", a subclass, LayerNormalization."""
    kinds = ["conv_bias", "bn", "bn_subclass", "layer_norm", "relu", "dropout"]
    kinds += [
        str(kind)
        for kind in rng.choice(
            ["conv_bias", "bn", "bn_subclass", "relu", "layer_norm", "dropout"], size=int(rng.integers(2, 5))
        )
    ]
    kinds = [str(kind) for kind in rng.permutation(kinds)]
    names = [f"{rng.choice(WORDS)}_{index}" for index in range(len(kinds))]
    names[kinds.index("conv_bias")] = f"conv_bn_{len(kinds)}"
    names[kinds.index("bn")] = f"statistics_{len(kinds)}"
    return kinds, [str(rng.choice(WORDS))] + names


def _sequential_base(rng):
    kinds = ["bn", "conv_bias", "bn", "relu"] + [str(rng.choice(["layer_norm", "bn_subclass", "relu"]))]
    return kinds, ["input"] + [f"{rng.choice(WORDS)}_{index}" for index in range(len(kinds))]


def _unfreeze_case(kinds, names, sequential, base_trainable, flags, n, export, cells):
    arguments = {
        "kinds": kinds,
        "names": names,
        "sequential": sequential,
        "base_trainable": bool(base_trainable),
        "flags": [bool(flag) for flag in flags],
        "n": int(n),
    }
    return {**UNFREEZE, "arguments": arguments, "export": export, "cells": cells}


def _unfreeze_top_cases(rng):
    found = []
    kinds, names, _, _ = _small_base(rng, dropout=bool(rng.integers(2)), input_shape=[4, 4, 2])
    kinds = ["conv_bias" if kind == "conv" else kind for kind in kinds]
    bases = [(kinds, names, False), (*_odd_base(rng), False), (*_sequential_base(rng), True)]
    for kinds, names, sequential in bases:
        layer_kinds = kinds if sequential else ["input"] + kinds  # what base.layers holds
        total = len(layer_kinds)

        def expected(n):
            return [index >= total - n and kind not in ("bn", "bn_subclass") for index, kind in enumerate(layer_kinds)]

        def random_flags():
            return rng.integers(0, 2, size=total).astype(bool).tolist()

        middle = int(rng.integers(1, total))
        # A frozen base with any flags; a trainable one with every flag the opposite of the answer
        # (setting base.trainable = True then changes no flag); n = 0; n = every layer.
        found.append(
            _unfreeze_case(
                kinds, names, sequential, False, random_flags(), middle, "unfrozen_flags", UNFREEZE_FLAG_CELLS
            )
        )
        other = int(rng.integers(1, total))
        found.append(
            _unfreeze_case(
                kinds,
                names,
                sequential,
                True,
                [not flag for flag in expected(other)],
                other,
                "unfrozen_flags",
                UNFREEZE_FLAG_CELLS,
            )
        )
        found.append(
            _unfreeze_case(
                kinds,
                names,
                sequential,
                bool(rng.integers(2)),
                random_flags(),
                0,
                "unfrozen_flags",
                UNFREEZE_FLAG_CELLS,
            )
        )
        found.append(
            _unfreeze_case(
                kinds,
                names,
                sequential,
                bool(rng.integers(2)),
                random_flags(),
                total,
                "unfrozen_flags",
                UNFREEZE_FLAG_CELLS,
            )
        )
        # What fine-tuning would train, from a frozen base (as after build_classifier).
        found.append(
            _unfreeze_case(
                kinds,
                names,
                sequential,
                False,
                [False] * total,
                int(rng.integers(1, total + 1)),
                "unfrozen_effect",
                UNFREEZE_EFFECT_CELLS,
            )
        )
    return found


# --- extract_features ---


def _extract_case(
    rng,
    export,
    cells,
    n_images,
    batch_size,
    images_dtype="float32",
    base_dtype="float32",
    dropout=True,
    trainable=False,
):
    if base_dtype == "float64":  # one convolution computing in float64
        input_shape = [int(rng.integers(4, 8)), int(rng.integers(4, 8)), 1]
        kinds, names, filters = ["recorder", "conv_valid"], ["image", "recorder", "conv"], None
    else:
        kinds, names, input_shape, filters = _small_base(rng, dropout)
        kinds, names = ["recorder"] + kinds, names[:1] + ["recorder"] + names[1:]
    arguments = {
        "kinds": kinds,
        "names": names,
        "input_shape": input_shape,
        "filters": filters,
        "seed": int(rng.integers(2**31)),
        "dtype": base_dtype,
        "trainable": trainable,
        "images": rng.normal(1, 2, size=(n_images,) + tuple(input_shape)).astype(images_dtype),
    }
    if batch_size is not None:
        arguments["batch_size"] = int(batch_size)
    return {**EXTRACT, "arguments": arguments, "export": export, "cells": cells}


def _extract_features_cases(rng):
    n = int(rng.integers(5, 20))
    found = [
        _extract_case(rng, "features", None, n, int(rng.integers(1, n)), "float32"),
        _extract_case(rng, "features", None, int(rng.integers(2, 12)), int(rng.integers(1, 5)), "float64"),
        _extract_case(
            rng, "features", None, int(rng.integers(2, 12)), int(rng.integers(1, 5)), "float64", base_dtype="float64"
        ),
    ]
    # The default batch size of 32; a last batch that holds the rest; a batch size above n.
    found.append(
        _extract_case(
            rng, "batches", EXTRACT_BATCH_CELLS, int(rng.integers(33, 71)), None, dropout=bool(rng.integers(2))
        )
    )
    batch_size = int(rng.integers(2, 7))
    n = batch_size * int(rng.integers(1, 4)) + int(rng.integers(1, batch_size))
    found.append(_extract_case(rng, "batches", EXTRACT_BATCH_CELLS, n, batch_size, "float64"))
    n = int(rng.integers(1, 10))
    found.append(
        _extract_case(
            rng, "batches", EXTRACT_BATCH_CELLS, n, n + int(rng.integers(1, 40)), dropout=bool(rng.integers(2))
        )
    )
    # A trainable base with Dropout and trained statistics: inference mode, the base unchanged.
    n = int(rng.integers(6, 16))
    found.append(_extract_case(rng, "inference", EXTRACT_INFERENCE_CELLS, n, int(rng.integers(2, n)), trainable=True))
    return found


# --- prepare_images ---


def _grey(rng, n, height, width, dtype, high=256):
    if np.dtype(dtype).kind == "f":  # floats need not be whole numbers
        values = rng.uniform(0, high - 1, size=(n, height, width))
        if high == 2:
            values = np.round(values)
        return values.astype(dtype)
    return rng.integers(0, high, size=(n, height, width)).astype(dtype)


def _prepare_images_cases(rng):
    found = []
    draws = [
        ("uint8", int(rng.integers(20, 33)), int(rng.integers(20, 33)), int(rng.integers(33, 49)), 256),  # enlarge
        (
            "uint8",
            int(rng.integers(24, 41)),
            int(rng.integers(10, 20)),
            int(rng.integers(6, 16)),
            256,
        ),  # shrink, not square
        (
            str(rng.choice(["int16", "int32", "int64"])),
            int(rng.integers(5, 15)),
            int(rng.integers(5, 15)),
            int(rng.integers(3, 20)),
            256,
        ),
        ("float32", int(rng.integers(10, 25)), int(rng.integers(10, 25)), int(rng.integers(4, 30)), 256),
        ("float64", int(rng.integers(10, 25)), int(rng.integers(4, 10)), int(rng.integers(4, 30)), 256),
        ("float32", int(rng.integers(6, 13)), int(rng.integers(6, 13)), int(rng.integers(3, 20)), 2),  # pixels 0 and 1
        ("uint8", int(rng.integers(6, 13)), int(rng.integers(6, 13)), int(rng.integers(3, 20)), 2),
        (str(rng.choice(["uint8", "float64"])), 1, 1, int(rng.integers(2, 6)), 256),  # one pixel
        (
            str(rng.choice(["uint8", "float32"])),
            int(rng.integers(2, 9)),
            int(rng.integers(2, 9)),
            1,
            256,
        ),  # to one pixel
    ]
    for dtype, height, width, size, high in draws:
        images = _grey(rng, int(rng.integers(1, 4)), height, width, dtype, high)
        found.append({**PREPARE, "arguments": {"images": images, "size": size}})
    # The same size as the images (a plain rescaling).
    side = int(rng.integers(4, 12))
    found.append({**PREPARE, "arguments": {"images": _grey(rng, 2, side, side, "uint8"), "size": side}})
    return found


def cases(rng):
    return (
        _build_classifier_cases(rng)
        + _unfreeze_top_cases(rng)
        + _extract_features_cases(rng)
        + _prepare_images_cases(rng)
    )
