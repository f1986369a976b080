"""The integrity check: the graded functions, called on inputs drawn at grading time, outside the kernel.

Test cells run inside the student's kernel, where student code can make ``assert`` or
``np.testing`` harmless, silence the kernel's report of an error, strip later cells or fix the
seeds. So the trusted side also checks the answers itself. An instructor-only file,
``<source>/<assignment>/probes.py`` (kept out of the release by ``CourseDirectory.ignore``),
defines ``cases(rng)``: a list of calls, e.g. ``{"function": "stable_sigmoid", "arguments": {"z":
array}, "rtol": 1e-6, "cells": [...]}``. A case may also say what the hidden tests check beyond
values: ``"pure": True`` (the arguments are unchanged after the call, the default),
``"warnings": False`` (the call may not warn), ``"dtype": ["float64"]`` (the dtypes each
returned array may have), ``"numpy_only": True`` (the call may not use Keras, TensorFlow, JAX,
PyTorch, SciPy or scikit-learn), ``"draws": False`` (it may not draw from NumPy's or Python's
global random generators). A function that returns an object (a Keras model) is compared through
``"export": "<name>"``: a function that ``probes.py`` defines in the source string ``EXPORTS``, run
on both sides, which returns a dict of arrays (compared at the tolerance) and plain data (names,
counts, flags; compared exactly). A function that takes an object is called through
``"prepare": "<name>"``: a function of ``EXPORTS`` that turns the case's plain arguments into the
call's arguments (builds a small model from a seed, say), run on both sides before the call.
``"patch": {"name": "<function of EXPORTS>"}`` puts the instructor's function in the place of a
name the graded function uses, for the call (a correct part 1 under part 4). With ``pure``, plain
arguments (lists, numbers) must also come back unchanged.

The inputs are drawn once per grading run from fresh entropy. A fresh jailed interpreter runs the
student's answers and calls each case (:mod:`.harness`); it never runs a test cell's hidden part,
and it sends back plain arrays: the result, the arguments after the call, the warnings. They are
compared here, outside any jail, with what the reference solution returns. A test cell keeps its
points only if every case that checks it agrees; ``cells`` names the test cells a case checks
(default: all of its function's).
"""

from __future__ import annotations

import importlib.util
import json
import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from dlcourse.grading.harness import Tampered, Unreadable, decode_value, encode, flatten, split_export
from dlcourse.grading.scoring import is_test


@dataclass
class Case:
    function: str
    arguments: dict
    rtol: float = 1e-6
    atol: float = 1e-9
    cells: list[str] | None = None
    pure: bool = True
    warnings: bool = True
    dtype: list[str] | None = None
    export: str | None = None
    numpy_only: bool = False
    draws: bool = True
    prepare: str | None = None
    patch: dict | None = None


@dataclass
class ProbeSet:
    """The cases of one assignment and the reference's outputs for them."""

    cases: list[Case]
    reference: list[dict[str, np.ndarray] | None] = field(default_factory=list)
    exports: str = ""  # the source of the export functions (``EXPORTS`` in probes.py)
    reference_data: list[dict | None] = field(default_factory=list)

    def requests(self, indices: list[int]) -> list[dict]:
        """The cases ``indices`` as the harness takes them: arrays as plain data, other values as JSON."""
        found = []
        for index in indices:
            case = self.cases[index]
            arrays = {name: encode(value) for name, value in case.arguments.items() if isinstance(value, np.ndarray)}
            values = {name: value for name, value in case.arguments.items() if not isinstance(value, np.ndarray)}
            found.append(
                {
                    "index": index,
                    "function": case.function,
                    "arrays": arrays,
                    "values": values,
                    "export": case.export,
                    "numpy_only": case.numpy_only,
                    "prepare": case.prepare,
                    "patch": case.patch or {},
                }
            )
        return found

    def judge(self, index: int, record: dict | None) -> tuple[bool, str]:
        """(agrees, why not) for case ``index`` from the harness's record of its call."""
        case, want = self.cases[index], self.reference[index]
        if record is None:
            return False, f"{case.function} gave no answer"
        if not isinstance(record, dict):
            raise Tampered(f"the answer for {case.function} is not a record")
        if "error" in record:
            return False, f"{case.function} raised {str(record['error'])[:120]}"
        try:
            got = decode_value(record.get("value"))
            after = {name: decode_value(value) for name, value in dict(record.get("after", {})).items()}
        except (Unreadable, TypeError, ValueError, AttributeError) as error:
            # The jail's own encoder never writes this: somebody else wrote the record.
            raise Tampered(f"the answer for {case.function} is not the harness's plain data ({error})") from None
        agrees, why = _compare(case, got, want)
        if not agrees:
            return agrees, why
        if case.export:
            expected = self.reference_data[index] if index < len(self.reference_data) else None
            if record.get("data") != expected:
                return False, f"{case.function}: {_first_difference(record.get('data'), expected)}"
        if case.pure:
            for name, value in case.arguments.items():
                if isinstance(value, np.ndarray) and name in after and not _same(after[name].get("value"), value):
                    return False, f"{case.function} changed its argument {name!r} in place"
            values = record.get("after_values") or {}
            for name, value in case.arguments.items():
                if (
                    not isinstance(value, np.ndarray)
                    and name in values
                    and values[name] != json.loads(json.dumps(value))
                ):
                    return False, f"{case.function} changed its argument {name!r} in place"
        if not case.draws and record.get("drew"):
            return False, f"{case.function} drew random numbers"
        if not case.warnings and record.get("warnings"):
            return False, f"{case.function} warned: {str(record['warnings'][0])[:120]}"
        return True, ""


def _first_difference(got, expected, where: str = "") -> str:
    """Where two plain-data values first differ, for the notes."""
    if isinstance(got, dict) and isinstance(expected, dict):
        for key in sorted(set(got) | set(expected), key=str):
            if got.get(key) != expected.get(key):
                return _first_difference(got.get(key), expected.get(key), f"{where}.{key}" if where else str(key))
    if isinstance(got, list) and isinstance(expected, list) and len(got) == len(expected):
        for position, (one, other) in enumerate(zip(got, expected)):
            if one != other:
                return _first_difference(one, other, f"{where}[{position}]")
    return f"{where or 'the result'} is {str(got)[:80]}, expected {str(expected)[:80]}"


def _same(got, expected: np.ndarray) -> bool:
    return (
        got is not None
        and got.shape == expected.shape
        and got.dtype == expected.dtype
        and np.array_equal(got, expected, equal_nan=expected.dtype.kind == "f")
    )


def _compare(case: Case, got: dict, want: dict | None) -> tuple[bool, str]:
    if want is None:
        return False, "the reference failed on this case"
    if set(got) != set(want):
        return False, f"{case.function} returned {sorted(got)[:6]}, expected {sorted(want)}"
    for key, expected in want.items():
        value = got[key]
        if case.dtype and value.dtype.name not in case.dtype:
            return False, f"{case.function}: {key} has dtype {value.dtype}, expected {' or '.join(case.dtype)}"
        if value.shape != expected.shape:
            return False, f"{case.function}: {key} has shape {value.shape}, expected {expected.shape}"
        if expected.dtype.kind in "biu" or value.dtype.kind == "b":
            if not np.array_equal(value, expected):
                return False, f"{case.function}: {key} differs"
            continue
        if not np.allclose(value.astype("float64"), expected.astype("float64"), rtol=case.rtol, atol=case.atol):
            return False, f"{case.function}: {key} differs from the reference"
    return True, ""


def reference_namespace(assignment) -> dict:
    """The reference solution's functions: the source notebook's set-up and answer cells, run here."""
    from IPython.core.inputtransformer2 import TransformerManager

    namespace: dict = {"__name__": "reference"}
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
    transform = TransformerManager().transform_cell  # IPython syntax (the Colab cell's `%pip`), as a kernel reads it
    for cell in assignment.source.cells:
        if cell.cell_type == "code" and not is_test(cell):
            name = f"<{assignment.name} {cell.metadata.get('nbgrader', {}).get('grade_id')}>"
            exec(compile(transform(cell.source), name, "exec"), namespace)  # the instructor's own code
    return namespace


def load_probes(path: Path, reference_namespace: dict, seed: int | None = None) -> ProbeSet | None:
    """The probe set in ``path`` (None if there is none), with inputs and reference outputs."""
    if not path.is_file():
        return None
    spec = importlib.util.spec_from_file_location(f"dlcourse_probes_{path.parent.name}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    rng = np.random.default_rng(secrets.randbits(128) if seed is None else seed)
    cases = [case if isinstance(case, Case) else Case(**case) for case in module.cases(rng)]
    probes = ProbeSet(cases, exports=getattr(module, "EXPORTS", ""))
    exports: dict = {}
    exec(compile(probes.exports, f"<{path} EXPORTS>", "exec"), exports)  # the instructor's own code
    for case in cases:
        try:
            arguments = {
                name: value.copy() if isinstance(value, np.ndarray) else value for name, value in case.arguments.items()
            }
            if case.prepare:
                arguments = exports[case.prepare](**arguments)
            patched = {name: reference_namespace.get(name) for name in case.patch or {}}
            reference_namespace.update({name: exports[helper] for name, helper in (case.patch or {}).items()})
            try:
                value, data = reference_namespace[case.function](**arguments), None
            finally:
                reference_namespace.update(patched)
            if case.export:
                value, data = split_export(exports[case.export](value))
            probes.reference.append(flatten(value))
            probes.reference_data.append(data)
        except Exception:  # reported just below
            probes.reference.append(None)
            probes.reference_data.append(None)
    broken = [case.function for case, want in zip(cases, probes.reference) if want is None]
    if broken:
        raise ValueError(f"the reference solution fails its own probe cases: {broken}")
    return probes
