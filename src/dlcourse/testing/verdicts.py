"""The verdicts of one assignment, quickly: the solution, the release, every variant and every mutant.

What ``tests/grading/test_grading.py`` proves for all assignments (with the same fast grader), for the
one you are working on, printed as a table:

    python -m dlcourse.testing.verdicts a01_ann [--function stable_sigmoid]

Exits with 1 if the solution loses a point, the release earns one, a correct variant loses one
or a mutant keeps full marks on the function it breaks.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

from dlcourse.testing.course import (
    ASSIGNMENTS,
    SOLUTIONS,
    FastGrader,
    cells_grading,
    max_points,
    mutants,
    release_variant,
    source_notebook,
    variants,
    with_code,
)


def verdicts(assignment: str, functions: list[str] | None = None) -> list[str]:
    """Print one line per answer; return the problems."""
    source = source_notebook(assignment)
    points = max_points(source)
    problems = []
    answers = {("variant", function, name): path for function, name, path in variants(assignment)}
    answers.update((("mutant", function, name), path) for function, name, path in mutants(assignment))
    answers = {key: path for key, path in answers.items() if not functions or key[1] in functions}
    work = Path(tempfile.mkdtemp(prefix=f"verdicts-{assignment}-"))
    shutil.copytree(SOLUTIONS / assignment, work, dirs_exist_ok=True)
    started = time.monotonic()
    try:
        with FastGrader(work) as grader:
            base = grader.prepare(source)
            lost = {cell: score for cell, score in base.items() if score < points[cell]}
            print(f"solution: {sum(base.values()):g} of {sum(points.values()):g}" + (f", lost {lost}" if lost else ""))
            if lost:
                problems.append(f"the solution lost points: {lost}")
            release = grader.score(source, release_variant(source))
            print(f"release: {sum(release.values()):g}")
            if sum(release.values()):
                problems.append(f"the release earned {sum(release.values()):g}")
            for (kind, function, name), path in answers.items():
                tick = time.monotonic()
                variant = with_code(source, {function: path.read_text()})
                scores = grader.score(source, variant, follow=kind == "variant")
                cells = cells_grading(source, function)
                earned = sum(scores.get(cell, 0) for cell in cells)
                full = sum(points[cell] for cell in cells)
                losses = {cell: score for cell, score in scores.items() if score < points[cell]}
                if kind == "variant" and losses:
                    problems.append(f"correct variant {function}/{name} lost points: {losses}")
                if kind == "mutant" and earned >= full:
                    problems.append(f"mutant {function}/{name} kept full marks")
                print(
                    f"{kind:7} {function}/{name}: {earned:g} of {full:g} on its function"
                    + (f"; lost {sorted(losses)}" if losses else "")
                    + f" ({time.monotonic() - tick:.1f} s)"
                )
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"{len(answers)} answers in {time.monotonic() - started:.0f} s")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("assignment", choices=ASSIGNMENTS)
    parser.add_argument("--function", action="append", help="only the answers for these functions (repeatable)")
    options = parser.parse_args(argv)
    problems = verdicts(options.assignment, options.function)
    for problem in problems:
        print(f"PROBLEM: {problem}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
