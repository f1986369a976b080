"""``make mutation``: mutmut's mutation operators applied to every reference solution, scored by our tests.

For each graded function, mutmut (``mutmut.mutation.file_mutation.create_mutations``) makes every
single-change mutant of the solution cell: numbers, strings, operators, comparisons, arguments
replaced by ``None``, assignments, keywords. The fast grader (:class:`~dlcourse.testing.course.FastGrader`)
then runs the function's own test cells, hidden ones included, on each mutant, and stops at the
first cell that loses points. A mutant is **killed** when some cell loses points, **equivalent**
when ``tests/mutants/<assignment>/equivalent.yml`` lists it with a reason (no test can tell it
from the reference), and **survived** otherwise.

The report (``reports/mutation.md``) has, per function, the mutants made, killed, equivalent and
survived, and the killed share of the non-equivalent ones; then every survivor, and every listed
equivalent that no longer occurs. The command fails when a survivor is not listed or a function
stays under the threshold.

    python -m dlcourse.testing.mutation [--assignment a01_ann ...] [--workers 2] [--output reports/mutation.md]
"""

from __future__ import annotations

import argparse
import concurrent.futures
import difflib
import os
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from dlcourse.testing.course import (
    ASSIGNMENTS,
    MUTANTS,
    REPO,
    SOLUTIONS,
    FastGrader,
    cells_grading,
    max_points,
    solution_ids,
    source_notebook,
    with_code,
)

THRESHOLD = 0.9  # the least share of non-equivalent mutants that the tests must kill, per function
CELL_TIMEOUT = 60  # seconds: a mutant that loops for longer counts as killed (it would time out in grading)


@dataclass
class Mutant:
    function: str
    key: str  # what changed, as "original line => mutated line"
    code: str
    outcome: str = ""  # killed, equivalent or survived
    detail: str = ""  # the first cell that lost points, or the reason it is equivalent


@dataclass
class FunctionReport:
    assignment: str
    function: str
    mutants: list[Mutant] = field(default_factory=list)

    def count(self, outcome: str) -> int:
        return sum(mutant.outcome == outcome for mutant in self.mutants)

    @property
    def score(self) -> float:
        scored = len(self.mutants) - self.count("equivalent")
        return self.count("killed") / scored if scored else 1.0


def mutations_of(code: str) -> list[tuple[str, str]]:
    """(key, mutated code) for every distinct single-change mutant that mutmut makes of ``code``."""
    from mutmut.mutation.file_mutation import create_mutations, deep_replace

    module, mutations, _, _ = create_mutations("solution-cell.py", code)
    found = {}
    for mutation in mutations:
        mutated = deep_replace(module, mutation.original_node, mutation.mutated_node).code
        if mutated != code and mutated not in found.values():
            found[change_key(code, mutated)] = mutated
    return list(found.items())


def change_key(original: str, mutated: str) -> str:
    """The lines that differ, as ``original => mutated`` (stripped, several joined with " / ")."""
    removed, added = [], []
    for line in difflib.ndiff(original.splitlines(), mutated.splitlines()):
        if line.startswith("- "):
            removed.append(line[2:].strip())
        elif line.startswith("+ "):
            added.append(line[2:].strip())
    return f"{' / '.join(removed)} => {' / '.join(added)}"


def equivalents(assignment: str) -> dict[str, dict[str, str]]:
    """function -> {mutant key: reason} from ``tests/mutants/<assignment>/equivalent.yml``."""
    path = MUTANTS / assignment / "equivalent.yml"
    listed = yaml.safe_load(path.read_text()) if path.is_file() else None
    return {
        function: {entry["mutant"]: entry["why"] for entry in entries or []}
        for function, entries in (listed or {}).items()
    }


def mutate_assignment(assignment: str, functions: list[str] | None = None) -> list[FunctionReport]:
    """Make and score every mutant of ``assignment``'s graded functions (all, or those named)."""
    source = source_notebook(assignment)
    points = max_points(source)
    listed = equivalents(assignment)
    reports = []
    grader = None
    work = Path(tempfile.mkdtemp(prefix=f"mutation-{assignment}-"))
    shutil.copytree(SOLUTIONS / assignment, work, dirs_exist_ok=True)
    try:
        for function in solution_ids(source):
            if functions and function not in functions:
                continue
            report = FunctionReport(assignment, function)
            reports.append(report)
            cells = cells_grading(source, function)
            code = next(
                cell.source for cell in source.cells if cell.metadata.get("nbgrader", {}).get("grade_id") == function
            )
            for key, mutated in mutations_of(code):
                mutant = Mutant(function, key, mutated)
                report.mutants.append(mutant)
                if key in listed.get(function, {}):
                    mutant.outcome, mutant.detail = "equivalent", listed[function][key]
                    continue
                if grader is None:
                    grader = FastGrader(work, timeout=CELL_TIMEOUT).__enter__()
                    grader.prepare(source)
                try:
                    scores = grader.score(source, with_code(source, {function: mutated}), until_loss=True)
                except Exception as error:  # the kernel died or hung: a grader would score it 0
                    mutant.outcome, mutant.detail = "killed", f"the kernel failed ({type(error).__name__})"
                    grader.__exit__(None, None, None)
                    grader = None
                    continue
                lost = [cell for cell in cells if scores.get(cell, points[cell]) < points[cell]]
                mutant.outcome = "killed" if lost else "survived"
                mutant.detail = lost[0] if lost else ""
            for key in set(listed.get(function, {})) - {mutant.key for mutant in report.mutants}:
                report.mutants.append(Mutant(function, key, "", "stale", "listed as equivalent, but no longer made"))
    finally:
        if grader is not None:
            grader.__exit__(None, None, None)
        shutil.rmtree(work, ignore_errors=True)
    return reports


def write_report(reports: list[FunctionReport], output: Path, seconds: float) -> list[str]:
    """Write the Markdown report; return the problems (unlisted survivors, functions under threshold)."""
    problems = []
    lines = [
        "# Mutation testing of the reference solutions",
        "",
        "Made by `make mutation` (`python -m dlcourse.testing.mutation`): mutmut's operators applied to each",
        "graded function's solution cell, each mutant scored by the function's own test cells, hidden ones included.",
        f"Took {seconds / 60:.1f} min on {os.cpu_count()} CPU cores. Equivalent mutants are listed, with the",
        "reason, in `tests/mutants/<assignment>/equivalent.yml`.",
        "",
        "| assignment | function | mutants | killed | equivalent | survived | killed of non-equivalent |",
        "|---|---|---:|---:|---:|---:|---:|",
    ]
    for report in reports:
        scored = report.count("killed") + report.count("equivalent") + report.count("survived")
        lines.append(
            f"| {report.assignment} | `{report.function}` | {scored} "
            f"| {report.count('killed')} | {report.count('equivalent')} | {report.count('survived')} "
            f"| {report.score:.0%} |"
        )
        if report.score < THRESHOLD:
            problems.append(f"{report.assignment}/{report.function}: {report.score:.0%} killed, under {THRESHOLD:.0%}")
    total = [mutant for report in reports for mutant in report.mutants if mutant.outcome != "stale"]
    killed = sum(mutant.outcome == "killed" for mutant in total)
    equivalent = sum(mutant.outcome == "equivalent" for mutant in total)
    lines.append(
        f"| **all** | | {len(total)} | {killed} | {equivalent} | {len(total) - killed - equivalent} "
        f"| {killed / max(len(total) - equivalent, 1):.0%} |"
    )
    for title, outcome in [
        ("Survivors", "survived"),
        ("Equivalent mutants", "equivalent"),
        ("Stale entries of equivalent.yml", "stale"),
    ]:
        found = [(report, mutant) for report in reports for mutant in report.mutants if mutant.outcome == outcome]
        if not found:
            continue
        lines += ["", f"## {title}", ""]
        for report, mutant in found:
            reason = f": {mutant.detail}" if outcome != "survived" else ""
            lines.append(f"- {report.assignment} `{report.function}`: `{mutant.key}`{reason}")
            if outcome in ("survived", "stale"):
                problems.append(f"{report.assignment}/{report.function}: {outcome}: {mutant.key}")
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text("\n".join(lines) + "\n")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--assignment", action="append", choices=ASSIGNMENTS, help="only these (repeatable)")
    parser.add_argument("--function", action="append", help="only these graded functions (repeatable)")
    parser.add_argument("--workers", type=int, default=2, help="assignments scored at once, one kernel each")
    parser.add_argument("--output", type=Path, default=REPO / "reports" / "mutation.md")
    options = parser.parse_args(argv)
    started = time.monotonic()
    assignments = options.assignment or ASSIGNMENTS
    with concurrent.futures.ProcessPoolExecutor(max_workers=options.workers) as pool:
        futures = [pool.submit(mutate_assignment, assignment, options.function) for assignment in assignments]
        reports = [report for future in futures for report in future.result()]
    problems = write_report(reports, options.output, time.monotonic() - started)
    print(options.output.read_text())
    for problem in problems:
        print(f"mutation: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
