"""The fresh check: a student's answers run again in a new jailed interpreter, then probed.

The kernel that runs a submission's test cells answers to the student's code: a student can make
it report no error (``set_custom_exc``, an input transformer, a hook that edits the reply). So the
grader also runs the answers once more in a plain Python process of a fresh jail, which never sees
a test cell's hidden part, and asks it two things:

- the **probes** (``probes.py`` of the assignment): each graded function called on inputs drawn at
  grading time; the process sends back what it returned, its arguments as they were after the call
  and the warnings it raised, and the trusted side compares them with the reference;
- the **visible tests**, run there, whose pass or failure and message become the feedback a
  student reads (the kernel's outputs of test cells never reach feedback).

``main`` is the jailed side: it reads one request (JSON) on stdin, silences stdout and stderr for
the student's code, and writes one response (JSON) on a private copy of stdout. The trusted side,
:func:`run`, holds the other ends of both pipes, reads with a byte cap and a deadline, and parses
the response as plain data (:func:`decode`): arrays travel as base64 bytes with a dtype from
``DTYPES`` and a shape whose size is checked against the bytes before anything is allocated.
"""

from __future__ import annotations

import base64
import importlib
import json
import math
import os
import select
import subprocess
import sys
import time
import types

import numpy as np

# The dtypes an array may have on the wire: numbers and booleans, nothing that holds objects.
DTYPES = {
    np.dtype(name).str
    for name in (
        "bool",
        "int8",
        "int16",
        "int32",
        "int64",
        "uint8",
        "uint16",
        "uint32",
        "uint64",
        "float16",
        "float32",
        "float64",
    )
}
RESPONSE_BYTES = 32 * 2**20  # the most the trusted side reads back from one check
MESSAGE_CHARACTERS = 2000  # the most of one exception message kept for feedback
MAX_DIMENSIONS = 32


class Unreadable(ValueError):
    """A response that is not the plain data the protocol allows."""


class Tampered(RuntimeError):
    """The jail broke the protocol (the honest side never does): the submission cannot be graded."""


def flatten(value, prefix: str = "") -> dict:
    """A returned value as named arrays: a dict by key, a tuple or ragged list by position.

    A list of plain numbers that NumPy reads as a numeric array (nested lists included) is one
    array; a tuple, or a list that holds arrays, is taken apart by position.
    """
    if isinstance(value, dict):
        items = sorted((str(key), part) for key, part in value.items())
    elif isinstance(value, (tuple, list)):
        array = _numeric_array(value) if isinstance(value, list) and not _holds_arrays(value) else None
        if array is not None:
            return {prefix or "value": array}
        items = [(str(index), part) for index, part in enumerate(value)]
    else:
        return {prefix or "value": value if isinstance(value, np.ndarray) else _any_array(value)}
    flat = {}
    for key, part in items:
        flat.update(flatten(part, f"{prefix}.{key}" if prefix else key))
    return flat


def _holds_arrays(value) -> bool:
    return any(
        isinstance(item, np.ndarray) or (isinstance(item, (list, tuple)) and _holds_arrays(item)) for item in value
    )


def _numeric_array(value):
    try:
        array = np.asarray(value)
    except Exception:  # noqa: BLE001 (a ragged list: taken apart by position)
        return None
    return array if array.dtype.kind in "biuf" else None


def _any_array(value):
    try:
        return np.asarray(value)
    except Exception:  # noqa: BLE001 (an object NumPy cannot hold: sent as an object array, refused)
        return np.array(None, dtype=object)


def encode(array) -> dict:
    """An array as plain data (raises Unreadable for a dtype outside ``DTYPES``)."""
    array = np.asarray(array)
    array = array if array.flags.c_contiguous else array.copy(order="C")  # (ascontiguousarray makes 0-d 1-d)
    if array.dtype.str not in DTYPES:
        raise Unreadable(f"an array of dtype {array.dtype}, not numbers")
    return {
        "dtype": array.dtype.str,
        "shape": list(array.shape),
        "data": base64.b64encode(array.tobytes()).decode("ascii"),
    }


def decode(data, limit: int = RESPONSE_BYTES) -> np.ndarray:
    """The array that ``data`` describes, after checking every field and the size before allocating."""
    if not isinstance(data, dict) or set(data) != {"dtype", "shape", "data"}:
        raise Unreadable("an array entry with other fields")
    dtype, shape, text = data["dtype"], data["shape"], data["data"]
    if not isinstance(dtype, str) or dtype not in DTYPES:
        raise Unreadable(f"an array of dtype {str(dtype)[:20]!r}, not numbers")
    if (
        not isinstance(shape, list)
        or len(shape) > MAX_DIMENSIONS
        or not all(isinstance(side, int) and not isinstance(side, bool) and 0 <= side for side in shape)
    ):
        raise Unreadable("an array with an impossible shape")
    size = math.prod(shape) * np.dtype(dtype).itemsize
    if not isinstance(text, str) or size > limit or len(text) != 4 * math.ceil(size / 3):
        raise Unreadable("an array whose bytes do not match its shape")
    raw = base64.b64decode(text.encode("ascii"), validate=True)
    if len(raw) != size:
        raise Unreadable("an array whose bytes do not match its shape")
    return np.frombuffer(raw, dtype=np.dtype(dtype)).reshape(shape).copy()


def split_export(exported: dict) -> tuple[dict, dict]:
    """What an export function returned, as (arrays, plain data): arrays by key, the rest as JSON."""
    if not isinstance(exported, dict):
        raise Unreadable("an export function must return a dict")
    arrays = {str(key): value for key, value in exported.items() if isinstance(value, np.ndarray)}
    data = {str(key): value for key, value in exported.items() if not isinstance(value, np.ndarray)}
    return arrays, json.loads(json.dumps(data))


def encode_value(value) -> dict:
    """A returned value, flattened, as plain data: {key: array entry}."""
    return {key: encode(part) for key, part in flatten(value).items()}


def decode_value(data, limit: int = RESPONSE_BYTES) -> dict:
    if not isinstance(data, dict) or len(data) > 10_000:
        raise Unreadable("a value that is not a table of arrays")
    return {str(key)[:200]: decode(part, limit) for key, part in data.items()}


# --- The trusted side. ---


def run(
    command: list[str],
    request: dict,
    deadline: float,
    quiet_seconds: float,
    environment: dict | None = None,
    limit: int = RESPONSE_BYTES,
    startup_seconds: float = 60.0,
) -> tuple[list[dict], str]:
    """Run the jailed ``command`` with ``request`` on its stdin; (records, problem).

    The records are the JSON objects the process wrote, one per line, read as they come. The
    problem is '' when the process ended after its ``done`` record; else it says why the rest is
    missing: it outlived ``deadline`` (a ``time.monotonic()`` value), wrote no record for
    ``quiet_seconds`` (``startup_seconds`` more until the first unit ends: imports), or died. Writing more than
    ``limit`` bytes, or a line that is not a JSON object, raises :class:`Tampered`. The caller kills
    what the process may have left behind (its jail).
    """
    payload = json.dumps(request).encode("utf-8")
    process = subprocess.Popen(
        command,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=environment,
        start_new_session=True,
    )
    records, problem, pending, size = [], "", b"", 0
    try:
        try:
            process.stdin.write(payload)
            process.stdin.close()
        except (BrokenPipeError, OSError):
            pass
        stream = process.stdout.fileno()
        heard = time.monotonic() + startup_seconds
        while True:
            now = time.monotonic()
            if now >= deadline:
                problem = "the submission's time limit was reached"
                break
            if now - heard >= quiet_seconds:
                problem = f"no progress for {quiet_seconds:g} s"
                break
            ready, _, _ = select.select(
                [stream], [], [], max(0.0, min(deadline - now, quiet_seconds - (now - heard), 1.0))
            )
            if not ready:
                continue
            chunk = os.read(stream, 65536)
            if not chunk:
                problem = "" if records and records[-1].get("done") is True else "its process died"
                break
            size += len(chunk)
            if size > limit:
                raise Tampered(f"the fresh check's process wrote more than {limit // 2**20} MiB")
            pending += chunk
            *lines, pending = pending.split(b"\n")
            for line in lines:
                try:
                    record = json.loads(line.decode("utf-8"))
                except (UnicodeDecodeError, ValueError):
                    record = None
                if not isinstance(record, dict):
                    raise Tampered("the fresh check's process wrote something that is not a record")
                records.append(record)
                if "end" in record or len(records) > 2:  # the start-up allowance lasts until the first unit ends
                    heard = time.monotonic()
    finally:
        if process.poll() is None:
            try:
                os.killpg(process.pid, 9)
            except (ProcessLookupError, PermissionError):
                process.kill()
        process.wait()
        process.stdout.close()
    return records, problem


# --- The jailed side. ---


class _LazyModule(types.ModuleType):
    """Stands in for a heavy module (Keras) until code uses it: most answers never do."""

    def __init__(self, name: str):
        super().__init__(name)
        self.__dict__["_real"] = None

    def __getattr__(self, attribute):
        real = self.__dict__["_real"]
        if real is None:
            del sys.modules[self.__name__]
            real = self.__dict__["_real"] = importlib.import_module(self.__name__)
            sys.modules[self.__name__] = real
        return getattr(real, attribute)


class _Shell:
    """Stands in for ``get_ipython()``: magics, shell hooks and whatever hangs off them do nothing here.

    Any attribute is another stand-in, calling one gives one, setting one is ignored, and it is an
    empty container, so that IPython-only code (``get_ipython().events.register(...)``) runs on.
    """

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        return _Shell()

    def __setattr__(self, name, value):
        pass

    def __call__(self, *args, **kwargs):
        return _Shell()

    def __iter__(self):
        return iter(())

    def __len__(self):
        return 0

    def __getitem__(self, key):
        return _Shell()

    def __setitem__(self, key, value):
        pass


def main() -> None:
    """Read a request on stdin, run it, write one JSON record per line on the original stdout.

    The request holds units of work: ``cells`` (set-up and answer cells, by position), ``cases``
    (probe calls) and ``visible`` (visible tests, by grade id). Each unit is announced with
    ``{"start": [kind, id]}`` and reported with ``{"end": [kind, id], ...}``; ``{"done": true}``
    comes last. A unit in ``skip`` is reported without being run.
    """
    import contextlib
    import copy
    import io
    import random
    import warnings

    from IPython.core.inputtransformer2 import TransformerManager

    from dlcourse.checks import _numpy_only as numpy_only

    def random_states():
        return repr(np.random.get_state(legacy=False)), random.getstate()

    dumps, write = json.dumps, os.write  # kept before any student code runs
    request = json.loads(sys.stdin.buffer.read().decode("utf-8"))
    out = os.dup(1)
    null = os.open(os.devnull, os.O_RDWR)
    for descriptor in (0, 1, 2):
        os.dup2(null, descriptor)
    sys.stdout = sys.stderr = io.StringIO()
    transform = TransformerManager().transform_cell
    namespace = {"__name__": "__main__", "get_ipython": lambda: _Shell()}
    os.environ["DLCOURSE_FRESH_CHECK"] = "1"  # `checks.start()` then leaves Keras unloaded
    sys.modules["keras"] = _LazyModule("keras")
    skip = {tuple(unit) for unit in request.get("skip", [])}
    exports: dict = {}  # the instructor's functions that turn an object (a Keras model) into plain data
    exec(compile(request.get("exports", ""), "<exports>", "exec"), exports)  # noqa: S102 (trusted, before student code)

    def send(record: dict) -> None:
        data = dumps(record).encode("utf-8") + b"\n"
        for start in range(0, len(data), 65536):
            write(out, data[start : start + 65536])

    def run_source(source: str) -> str:
        """'' if the code ran, else the exception's name and message."""
        try:
            exec(compile(transform(source), "<cell>", "exec"), namespace)  # noqa: S102 (the jail's own work)
            return ""
        except BaseException as error:  # noqa: BLE001 (SystemExit and KeyboardInterrupt included)
            return f"{type(error).__name__}: {str(error)[:MESSAGE_CHARACTERS]}"
        finally:
            sys.stdout = sys.stderr = io.StringIO()

    def call(case: dict) -> dict:
        try:
            arguments = {name: decode(value) for name, value in case["arrays"].items()}
            arguments.update(copy.deepcopy(case["values"]))
            if case.get("prepare"):  # the instructor's function builds objects (a Keras model) from plain data
                arguments = exports[case["prepare"]](**arguments)
            function = namespace[case["function"]]
            # The instructor's stand-ins for names the function uses (a correct part 1 under part 4).
            patched = {name: namespace.get(name) for name in case.get("patch", {})}
            namespace.update({name: exports[helper] for name, helper in case.get("patch", {}).items()})
            states = random_states()
            try:
                with warnings.catch_warnings(record=True) as caught:
                    warnings.simplefilter("always")
                    with np.errstate(all="warn", under="ignore"):
                        with numpy_only(function) if case.get("numpy_only") else contextlib.nullcontext():
                            value = function(**arguments)
            finally:
                namespace.update(patched)
            drew = random_states() != states
            data = None
            if case.get("export"):
                value, data = split_export(exports[case["export"]](value))
            return {
                "warnings": sorted({f"{item.category.__name__}: {str(item.message)[:200]}" for item in caught}),
                "value": encode_value(value),
                "data": data,
                "drew": drew,
                "after": {name: encode_value(arguments[name]) for name in case["arrays"] if name in arguments},
                "after_values": json.loads(
                    json.dumps({name: arguments[name] for name in case["values"] if name in arguments}, default=repr)
                ),
            }
        except BaseException as error:  # noqa: BLE001 (recorded: the case fails)
            return {"error": f"{type(error).__name__}: {str(error)[:200]}"}

    units = [
        ("cell", index, lambda source=source: {"problem": run_source(source)})
        for index, source in enumerate(request.get("cells", []))
    ]
    units += [("case", case["index"], lambda case=case: call(case)) for case in request.get("cases", [])]
    units += [
        ("visible", test["grade_id"], lambda test=test: {"problem": run_source(test["source"])})
        for test in request.get("visible", [])
    ]
    for kind, name, work in units:
        if (kind, name) in skip:
            continue
        send({"start": [kind, name]})
        send({"end": [kind, name], **work()})
    send({"done": True})
    os._exit(0)


if __name__ == "__main__":
    main()
