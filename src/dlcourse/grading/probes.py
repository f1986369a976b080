"""The integrity check: the graded functions, called on inputs drawn at grading time.

Test cells run inside the student's kernel, where student code can make ``assert`` or
``np.testing`` harmless, strip later cells or fix the seeds. So the trusted side also checks the
answers itself. An instructor-only file, ``<source>/<assignment>/probes.py`` (kept out of the
release by ``CourseDirectory.ignore``), defines ``cases(rng)``: a list of calls, e.g.
``{"function": "stable_sigmoid", "arguments": {"z": array}, "rtol": 1e-6, "cells": [...]}``.

The inputs are drawn once per grading run from fresh entropy and handed to the jail as plain
arrays. After the student's answer cells have run, and before any test cell, a harness in the
kernel calls each function and saves what it returns as plain arrays. The parent loads them with
``allow_pickle=False`` and compares them, outside the jail, with what the reference solution
returns. A test cell keeps its points only if every case that checks it agrees; ``cells`` names
the test cells a case checks (default: all of its function's).
"""

from __future__ import annotations

import importlib.util
import json
import secrets
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

INPUTS = "probe-inputs.npz"
MANIFEST = "probe-manifest.json"
OUTPUTS = "probe-outputs.npz"
ERRORS = "probe-errors.json"


def flatten(value, prefix: str = "") -> dict[str, np.ndarray]:
    """A returned value as named arrays: a dict by key, a tuple or list by position."""
    if isinstance(value, dict):
        items = sorted((str(key), part) for key, part in value.items())
    elif isinstance(value, (tuple, list)) and not _is_numeric_sequence(value):
        items = [(str(index), part) for index, part in enumerate(value)]
    else:
        return {prefix or "value": np.asarray(value)}
    flat = {}
    for key, part in items:
        flat.update(flatten(part, f"{prefix}.{key}" if prefix else key))
    return flat


def _is_numeric_sequence(value) -> bool:
    return all(isinstance(item, (int, float, bool, np.number)) for item in value)


@dataclass
class Case:
    function: str
    arguments: dict
    rtol: float = 1e-6
    atol: float = 1e-9
    cells: list[str] | None = None


@dataclass
class ProbeSet:
    """The cases of one assignment, their inputs on disk, and the reference outputs."""

    cases: list[Case]
    reference: list[dict[str, np.ndarray] | None] = field(default_factory=list)

    def write_inputs(self, folder: Path, indices: list[int]) -> None:
        """Write the inputs of the cases ``indices`` into ``folder``, as plain arrays and JSON."""
        arrays, manifest = {}, []
        for index in indices:
            case = self.cases[index]
            entry = {"index": index, "function": case.function, "arrays": [], "values": {}}
            for name, value in case.arguments.items():
                if isinstance(value, np.ndarray):
                    arrays[f"{index}/{name}"] = value
                    entry["arrays"].append(name)
                else:
                    entry["values"][name] = value
            manifest.append(entry)
        folder.mkdir(parents=True, exist_ok=True)
        np.savez(folder / INPUTS, **arrays)
        (folder / MANIFEST).write_text(json.dumps(manifest))

    def harness(self, folder: Path) -> str:
        """Code run in the student's kernel: call every case, save the results as plain arrays."""
        return _HARNESS.replace("FOLDER", repr(str(folder)))

    def verdicts(self, folder: Path, indices: list[int]) -> list[tuple[bool, str]]:
        """(agrees, why not) for the cases ``indices``, from the files the harness wrote."""
        try:
            errors = json.loads((folder / ERRORS).read_text())
            outputs = np.load(folder / OUTPUTS, allow_pickle=False)
            keys = list(outputs.files)
        except Exception as error:  # noqa: BLE001 (any unreadable result means no agreement)
            return [(False, f"no readable results ({type(error).__name__})")] * len(indices)
        if not isinstance(errors, dict):
            errors = {}
        got_all = {}
        for key in keys:
            try:
                got_all[key] = outputs[key]
            except Exception:  # noqa: BLE001 (e.g. a pickled object: its case cannot agree)
                errors.setdefault(key.split("/")[0], "an object that is not a plain array")
        verdicts = []
        for index in indices:
            case, want = self.cases[index], self.reference[index]
            if str(index) in errors:
                verdicts.append((False, f"{case.function} raised {str(errors[str(index)])[:80]}"))
                continue
            prefix = f"{index}/"
            got = {key[len(prefix):]: value for key, value in got_all.items() if key.startswith(prefix)}
            verdicts.append(_compare(case, got, want))
        return verdicts


def _compare(case: Case, got: dict, want: dict | None) -> tuple[bool, str]:
    if want is None:
        return False, "the reference failed on this case"
    if set(got) != set(want):
        return False, f"{case.function} returned {sorted(got)}, expected {sorted(want)}"
    for key, expected in want.items():
        value = got[key]
        if value.shape != expected.shape:
            return False, f"{case.function}: {key} has shape {value.shape}, expected {expected.shape}"
        if expected.dtype.kind in "biu" and value.dtype.kind in "biuf":
            if not np.array_equal(value, expected):
                return False, f"{case.function}: {key} differs"
            continue
        if value.dtype.kind not in "biuf" or expected.dtype.kind not in "biuf":
            if not np.array_equal(value, expected):
                return False, f"{case.function}: {key} differs"
            continue
        if not np.allclose(value.astype("float64"), expected.astype("float64"), rtol=case.rtol, atol=case.atol):
            return False, f"{case.function}: {key} differs from the reference"
    return True, ""


def load_probes(path: Path, reference_namespace: dict, seed: int | None = None) -> ProbeSet | None:
    """The probe set in ``path`` (None if there is none), with inputs and reference outputs."""
    if not path.is_file():
        return None
    spec = importlib.util.spec_from_file_location(f"dlcourse_probes_{path.parent.name}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    rng = np.random.default_rng(secrets.randbits(128) if seed is None else seed)
    cases = [case if isinstance(case, Case) else Case(**case) for case in module.cases(rng)]
    probes = ProbeSet(cases)
    for case in cases:
        try:
            arguments = {name: value.copy() if isinstance(value, np.ndarray) else value
                         for name, value in case.arguments.items()}
            probes.reference.append(flatten(reference_namespace[case.function](**arguments)))
        except Exception:  # noqa: BLE001 (reported just below)
            probes.reference.append(None)
    broken = [case.function for case, want in zip(cases, probes.reference) if want is None]
    if broken:
        raise ValueError(f"the reference solution fails its own probe cases: {broken}")
    return probes


_HARNESS = '''
def _dlcourse_probe(folder):
    import json
    import numpy

    def flatten(value, prefix=""):
        if isinstance(value, dict):
            items = sorted((str(key), part) for key, part in value.items())
        elif isinstance(value, (tuple, list)) and not all(
            isinstance(item, (int, float, bool, numpy.number)) for item in value
        ):
            items = [(str(index), part) for index, part in enumerate(value)]
        else:
            return {prefix or "value": numpy.asarray(value)}
        flat = {}
        for key, part in items:
            flat.update(flatten(part, prefix + "." + key if prefix else key))
        return flat

    manifest = json.load(open(folder + "/probe-manifest.json"))
    inputs = numpy.load(folder + "/probe-inputs.npz", allow_pickle=False)
    results, errors = {}, {}
    for case in manifest:
        index = case["index"]
        try:
            arguments = dict(case["values"])
            arguments.update({name: inputs[f"{index}/{name}"].copy() for name in case["arrays"]})
            value = globals()[case["function"]](**arguments)
            for key, part in flatten(value).items():
                results[f"{index}/{key}"] = part
        except BaseException as error:
            errors[str(index)] = type(error).__name__
    numpy.savez(folder + "/probe-outputs.npz", **results)
    with open(folder + "/probe-errors.json", "w") as handle:
        json.dump(errors, handle)


_dlcourse_probe(FOLDER)
del _dlcourse_probe
'''
