"""The checks that the exercises' tests run: each failure says what was expected and what came.

An exercise's set-up cell imports this module (``from dlcourse import checks``) and calls
:func:`show_warnings`. Its visible tests call the student's functions through :func:`call`,
which also checks the parts of the contract that are not values: the arguments are left
unchanged, no random number is drawn where the task says so, and only NumPy is used where the
task says "NumPy only". The hidden tests do the same on inputs that ``hypothesis`` searches,
with :func:`search` as their settings, so that a regrade gives the same grade.
"""

from __future__ import annotations

import contextlib
import copy
import inspect
import logging
import os
import random
import sys
import warnings

import numpy as np

# The libraries that a "NumPy only" part may not use, by their top-level package name.
NOT_NUMPY = ("keras", "tensorflow", "jax", "jaxlib", "torch", "scipy", "sklearn")

# What a float32 answer reaches on well-conditioned computations; exercises state their own.
FLOAT32_TOLERANCE = {"rtol": 1e-4, "atol": 1e-6}


def start() -> None:
    """Set up an exercise notebook: :func:`show_warnings`, TensorFlow's own notices kept off stderr,
    and Keras started here, not in a test.

    Starting the backend once in the set-up cell makes its start-up messages appear there rather
    than in the first test that uses Keras. The grader's fresh check (which loads Keras only if an
    answer uses it) sets ``DLCOURSE_FRESH_CHECK`` and skips that.
    """
    show_warnings()
    logging.getLogger("tensorflow").setLevel(logging.ERROR)  # its "retracing" notices would go to stderr
    if os.environ.get("DLCOURSE_FRESH_CHECK") != "1":
        import keras

        keras.ops.convert_to_tensor(np.zeros(1))
        # Seeding also seeds TensorFlow, which on another backend (JAX) loads it, with its own
        # start-up messages: here, not in the first test that seeds.
        keras.utils.set_random_seed(0)


def show_warnings() -> None:
    """Print Python warnings (NumPy's overflow warnings included) under the cell, on stdout.

    nbgrader scores a test cell 0 when anything reaches stderr, which is where Python prints
    warnings. On stdout a warning is still shown to the student, and costs points only where
    a test asks for no warnings (see :func:`no_warnings`).
    """

    def show(message, category, filename, lineno, file=None, line=None):
        sys.stdout.write(warnings.formatwarning(message, category, filename, lineno, line))

    warnings.showwarning = show


@contextlib.contextmanager
def no_warnings(what: str):
    """Fail, with the warning named, if the code inside warns or meets a floating-point error."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with np.errstate(over="raise", invalid="raise", divide="raise"):
            try:
                yield
            except (Warning, FloatingPointError) as error:
                raise AssertionError(f"{what} warned ({type(error).__name__}: {error}); it must not warn") from error


def search(max_examples: int = 50):
    """Settings for a hidden test that searches with ``hypothesis``: the same cases on every run."""
    from hypothesis import HealthCheck, Phase, settings

    return settings(
        max_examples=max_examples,
        derandomize=True,  # the same examples on every run, so a regrade gives the same grade
        database=None,  # nothing written to disk
        phases=[Phase.explicit, Phase.generate],  # no shrinking: the first failing input decides, at once
        report_multiple_bugs=False,
        deadline=None,
        print_blob=False,
        suppress_health_check=list(HealthCheck),
    )


def call(function, *args, pure: bool = True, numpy_only: bool = False, draws: bool = True, **kwargs):
    """``function(*args, **kwargs)``, with the contract around the call checked.

    - ``pure``: no argument may change (arrays, lists and dicts are compared after the call);
    - ``numpy_only``: the call may not use Keras, TensorFlow, JAX, PyTorch, SciPy or scikit-learn;
    - ``draws=False``: the call may not draw random numbers, neither from a generator it is given
      nor from NumPy's or Python's global ones.
    """
    name = getattr(function, "__name__", "the function")
    if not callable(function):
        raise AssertionError(f"{name} is not a function")
    try:
        bound = inspect.signature(function).bind(*args, **kwargs)
    except TypeError as error:
        raise AssertionError(f"{name} does not accept these arguments ({error}): keep the given signature") from None
    before = {key: _snapshot(value) for key, value in bound.arguments.items()} if pure else {}
    states = None if draws else _random_states(bound.arguments)
    with _numpy_only(function) if numpy_only else contextlib.nullcontext():
        result = function(*args, **kwargs)
    for key, value in before.items():
        difference = _difference(value, bound.arguments[key])
        if difference:
            raise AssertionError(
                f"{name} changed its argument `{key}` in place ({difference}); it must leave its arguments unchanged"
            )
    if states is not None:
        for key, state in _random_states(bound.arguments).items():
            if state != states[key]:
                raise AssertionError(f"{name} drew random numbers from {key}, but this call must draw none")
    return result


def array(value, what: str, *, shape=None, dtype=None) -> np.ndarray:
    """``value`` as a NumPy array, after checking that it is one (or array-like) of the right kind.

    ``dtype`` is the dtype the result must have, a tuple of the dtypes it may have, or
    ``"float"``/``"integer"``/``"bool"`` for a kind.
    """
    if value is None:
        raise AssertionError(f"{what} is None: did the function forget to `return` it?")
    try:
        result = np.asarray(value)
    except Exception as error:  # a ragged list, say: say what came instead of NumPy's message
        raise AssertionError(f"{what} is not an array ({type(value).__name__}: {error})") from None
    if result.dtype == object:
        raise AssertionError(f"{what} is not a numeric array (it holds Python objects: {type(value).__name__})")
    if shape is not None and result.shape != tuple(shape):
        raise AssertionError(f"{what} has shape {result.shape}, expected {tuple(shape)}")
    kinds = {"float": "f", "integer": "iu", "bool": "b"}
    if isinstance(dtype, str) and dtype in kinds:
        if result.dtype.kind not in kinds[dtype]:
            raise AssertionError(f"{what} has dtype {result.dtype}, expected a {dtype} dtype")
    elif dtype is not None:
        allowed = [np.dtype(one) for one in (dtype if isinstance(dtype, (tuple, list)) else [dtype])]
        if result.dtype not in allowed:
            expected = " or ".join(str(one) for one in allowed)
            raise AssertionError(f"{what} has dtype {result.dtype}, expected {expected}")
    return result


def close(actual, expected, what: str, *, rtol: float, atol: float = 0.0) -> None:
    """Assert that ``actual`` equals ``expected`` within ``rtol`` and ``atol``, shape included."""
    expected = np.asarray(expected)
    actual = array(actual, what, shape=expected.shape)
    if np.ndim(atol) == 0:
        np.testing.assert_allclose(actual, expected, rtol=rtol, atol=atol, err_msg=what)
        return
    # A tolerance per entry (NumPy's own message cannot print one).
    allowed = np.broadcast_to(
        np.asarray(atol, dtype="float64") + rtol * np.abs(expected.astype("float64")), expected.shape
    )
    error = np.abs(actual.astype("float64") - expected.astype("float64"))
    bad = ~(error <= allowed)
    if np.any(bad):
        index = tuple(int(i) for i in np.argwhere(bad)[0])
        raise AssertionError(
            f"{what}: {int(bad.sum())} of {bad.size} entries differ by more than the tolerance; "
            f"at index {index}, got {actual[index]!r}, expected {expected[index]!r} "
            f"(allowed difference {allowed[index]:.3g})"
        )


# --- The pieces behind `call`. ---


def _snapshot(value):
    if isinstance(value, np.random.Generator):
        return None  # compared through its state by `draws`, not here
    try:
        return copy.deepcopy(value)
    except Exception:
        return None  # an object that cannot be copied (a Keras model, say) is not compared


def _difference(before, after) -> str:
    """'' if ``after`` holds what ``before`` held; else where they first differ."""
    if before is None:
        return ""
    if isinstance(before, np.ndarray) or isinstance(after, np.ndarray):
        before_array, after_array = np.asarray(before), np.asarray(after)
        if before_array.shape != after_array.shape:
            return f"shape {before_array.shape} became {after_array.shape}"
        if before_array.dtype != after_array.dtype:
            return f"dtype {before_array.dtype} became {after_array.dtype}"
        same = before_array == after_array
        if before_array.dtype.kind in "fc":
            same = same | (np.isnan(before_array) & np.isnan(after_array))
        if not np.all(same):
            index = tuple(int(i) for i in np.argwhere(~np.asarray(same))[0]) if before_array.ndim else ()
            return f"at index {index}, {before_array[index].tolist()!r} became {after_array[index].tolist()!r}"
        return ""
    if isinstance(before, (list, tuple)):
        if not isinstance(after, (list, tuple)) or len(before) != len(after):
            return "the list changed length"
        for position, (old, new) in enumerate(zip(before, after)):
            found = _difference(old, new)
            if found:
                return f"item {position}: {found}"
        return ""
    if isinstance(before, dict):
        if not isinstance(after, dict) or before.keys() != after.keys():
            return "its keys changed"
        for key in before:
            found = _difference(before[key], after[key])
            if found:
                return f"key {key!r}: {found}"
        return ""
    if type(before).__eq__ is object.__eq__:
        return ""  # an object compared by identity (a Keras model, say): a copy is never "equal"
    try:
        same = bool(before == after) or (before != before and after != after)  # (nan stays nan)
    except Exception:  # an object that cannot say: not compared
        return ""
    return "" if same else f"{before!r} became {after!r}"


def _random_states(arguments: dict) -> dict:
    states = {
        "NumPy's global random state": _plain(np.random.get_state(legacy=False)),
        "Python's `random` module": random.getstate(),
    }
    for key, value in arguments.items():
        if isinstance(value, np.random.Generator):
            states[f"the generator `{key}`"] = _plain(value.bit_generator.state)
    return states


def _plain(state):
    """A generator state with its arrays turned into lists, so that states compare with ==."""
    if isinstance(state, dict):
        return {key: _plain(value) for key, value in state.items()}
    if isinstance(state, np.ndarray):
        return state.tolist()
    return state


class _Forbidden:
    """Stands in for a library during a "NumPy only" call: any use of it fails with a message."""

    def __init__(self, library: str, function: str):
        self._message = f"{function} used {library}, but this part must use NumPy only"

    def __getattr__(self, attribute):
        if attribute.startswith("__") and attribute.endswith("__"):
            raise AttributeError(attribute)
        raise AssertionError(self._message)

    def __call__(self, *args, **kwargs):
        raise AssertionError(self._message)


def _not_numpy(value) -> bool:
    if isinstance(value, type(sys)):
        return value.__name__.partition(".")[0] in NOT_NUMPY
    module = getattr(value, "__module__", None) if callable(value) else None
    return isinstance(module, str) and module.partition(".")[0] in NOT_NUMPY


_blocked_keys: list[str] = []
_blocked_size = -1


def _not_numpy_modules() -> list[str]:
    """The names in ``sys.modules`` of the libraries of ``NOT_NUMPY`` (kept while it does not grow)."""
    global _blocked_keys, _blocked_size
    if len(sys.modules) != _blocked_size:
        _blocked_keys = [key for key in list(sys.modules) if key.partition(".")[0] in NOT_NUMPY]
        _blocked_size = len(sys.modules)
    return _blocked_keys


@contextlib.contextmanager
def _numpy_only(function):
    """For the call: the libraries of ``NOT_NUMPY`` replaced by stand-ins that fail when used."""
    name = getattr(function, "__name__", "the function")
    namespace = getattr(function, "__globals__", {})
    keys = _not_numpy_modules()
    modules = {key: sys.modules[key] for key in keys if key in sys.modules}
    stand_ins = {library: _Forbidden(library, name) for library in NOT_NUMPY}
    names = {key: value for key, value in namespace.items() if _not_numpy(value)}
    try:
        sys.modules.update({key: stand_ins[key.partition(".")[0]] for key in modules})
        namespace.update({key: _Forbidden(key, name) for key in names})
        yield
    finally:
        sys.modules.update(modules)
        namespace.update(names)
