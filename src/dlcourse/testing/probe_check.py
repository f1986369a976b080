"""Do an assignment's probes judge like its tests? Every variant must agree, every mutant must not.

``solutions/<assignment>/probes.py`` is the grader's check outside the student's kernel (see
``dlcourse.grading.probes``). This runs it, as ``dlcourse grade`` does but without a jail (the
answers are the course's own files), on each correct variant of ``tests/variants/`` and each
wrong answer of ``tests/mutants/``, over several draws of the probe inputs:

    python -m dlcourse.testing.probe_check a02_dnn [--function softmax] [--seeds 3]

A variant that some case rejects, or a mutant that every case accepts, is printed, and the command
exits with 1. A mutant that is wrong only in a way no call can show may be listed in
``tests/mutants/<assignment>/unprobed.yml`` (function -> {mutant name: reason}).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import nbformat
import yaml

from dlcourse.grading.fresh import fresh_check
from dlcourse.grading.probes import ProbeSet, load_probes, reference_namespace
from dlcourse.grading.sandbox import Limits
from dlcourse.grading.scoring import is_test
from dlcourse.grading.submissions import Assignment
from dlcourse.testing.course import ASSIGNMENTS, MUTANTS, REPO, SOLUTIONS, mutants, variants, with_code


def unprobed(assignment: str) -> dict[str, dict[str, str]]:
    path = MUTANTS / assignment / "unprobed.yml"
    return (yaml.safe_load(path.read_text()) or {}) if path.is_file() else {}


def judge(assignment: str, functions: list[str] | None, seeds: int) -> list[str]:
    course = Assignment.load(REPO, assignment)
    reference = reference_namespace(course)
    source = nbformat.read(SOLUTIONS / assignment / f"{assignment}.ipynb", as_version=4)
    excused = unprobed(assignment)
    answers = [("variant", *answer) for answer in variants(assignment)]
    answers += [("mutant", *answer) for answer in mutants(assignment)]
    problems = []
    for seed in range(seeds):
        probes = load_probes(SOLUTIONS / assignment / "probes.py", reference, seed=seed)
        if probes is None:
            return [f"{assignment} has no probes.py"]
        covered = {case.function for case in probes.cases}
        for function in sorted({answer[1] for answer in answers} - covered):
            problems.append(f"no probe case calls {function}")
        for kind, function, name, path in answers:
            if functions and function not in functions:
                continue
            indices = [index for index, case in enumerate(probes.cases) if case.function == function]
            if not indices:
                continue
            subset = ProbeSet(
                [probes.cases[i] for i in indices],
                [probes.reference[i] for i in indices],
                probes.exports,
                [probes.reference_data[i] for i in indices],
            )
            notebook = with_code(source, {function: path.read_text()})
            notebook.cells = [cell for cell in notebook.cells if not is_test(cell)]
            with tempfile.TemporaryDirectory() as folder:
                result = fresh_check(
                    notebook, subset, Limits(cell_seconds=120), Path(folder), time.monotonic() + 600, unsafe=True
                )
            failed = [why for agrees, why in result.verdicts.values() if not agrees]
            if kind == "variant" and failed:
                problems.append(f"seed {seed}: the correct variant {function}/{name} is rejected: {failed[0]}")
            if kind == "mutant" and not failed and name not in excused.get(function, {}):
                problems.append(f"seed {seed}: the mutant {function}/{name} passes every probe")
            print(
                f"seed {seed} {kind:7} {function}/{name}: "
                + (f"rejected ({failed[0][:100]})" if failed else "accepted"),
                flush=True,
            )
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("assignment", choices=ASSIGNMENTS)
    parser.add_argument("--function", action="append", help="only these functions (repeatable)")
    parser.add_argument("--seeds", type=int, default=2, help="draws of the probe inputs (default 2)")
    options = parser.parse_args(argv)
    problems = judge(options.assignment, options.function, options.seeds)
    for problem in problems:
        print(f"PROBLEM: {problem}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
