"""Benchmark `dlcourse grade` against plain sequential `nbgrader autograde` on the same submissions.

Builds a throwaway course with 40 submissions of a01_ann (correct ones, untouched releases, the
mutants of tests/mutants/a01_ann and hostile ones from dlcourse.testing.hostile), grades one copy with
`nbgrader autograde` and another with `dlcourse grade` (sandbox on), and writes a table of wall
times, submissions per minute and their ratio.

Usage: python tools/bench_grading.py [--output reports/bench-grading.md] [--workers N]
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from dlcourse.grading.course import nbgrader_environment
from dlcourse.grading.nbgrader_plugins import PLAIN_AUTOGRADE
from dlcourse.testing import hostile
from dlcourse.testing.course import MUTANTS, REPO, make_course, nbgrader

# Hostile submissions that do no harm outside a sandbox: plain nbgrader runs them unprotected.
HOSTILE = [
    "c21_noop_helpers",
    "c22_ast_transformer",
    "c23_no_traceback",
    "c24_tf_noise",
    "c26_score_above_points",
    "c27_fixed_seeds",
    "c28_environment",
    "c10_metadata_stripped",
]
CELL_TIMEOUT = 60  # shorter than the course's limit: no submission here needs longer


def submissions(course: Path, total: int = 40) -> list[str]:
    """Write ``total`` submissions into ``course/submitted``; return the students in order."""
    mutants = sorted((MUTANTS / hostile.ASSIGNMENT).glob("*/*.py"))
    plan: list[tuple[str, bytes]] = []
    for index, path in enumerate(mutants[:10]):
        notebook = hostile.answered(**{path.parent.name: path.read_text()})
        plan.append((f"mutant{index:02d}", hostile.text(notebook)))
    for name in HOSTILE:
        plan.append((name, hostile.CASES[name].build(course)))
    for index in range(6):
        plan.append((f"release{index:02d}", hostile.text(hostile.release())))
    index = 0
    while len(plan) < total:
        plan.append((f"correct{index:02d}", hostile.text(hostile.answered())))
        index += 1
    for student, data in plan:
        folder = course / "submitted" / student / hostile.ASSIGNMENT
        folder.mkdir(parents=True)
        (folder / hostile.NOTEBOOK).write_bytes(data)
    return [student for student, _ in plan]


def timed(command: list[str], cwd: Path, must_succeed: bool = True) -> tuple[float, str]:
    start = time.perf_counter()
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, env=nbgrader_environment())
    elapsed = time.perf_counter() - start
    if result.returncode != 0 and must_succeed:
        raise SystemExit(f"{' '.join(command)} failed:\n{result.stdout[-2000:]}\n{result.stderr[-4000:]}")
    return elapsed, result.stdout + result.stderr


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--output", default="reports/bench-grading.md")
    parser.add_argument("--workers", type=int, default=os.cpu_count())
    arguments = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="bench-grading-"))
    try:
        plain, ours = make_course(root / "plain"), make_course(root / "ours")
        for course in (plain, ours):
            nbgrader("generate_assignment", hostile.ASSIGNMENT, "--force", cwd=course)
            students = submissions(course)
        print(f"{len(students)} submissions; plain nbgrader autograde, sequential ...", flush=True)
        plain_seconds, log = timed(
            [
                sys.executable,
                "-m",
                "nbgrader",
                "autograde",
                hostile.ASSIGNMENT,
                "--force",
                PLAIN_AUTOGRADE,
                f"--Execute.timeout={CELL_TIMEOUT}",
                "--log-level=ERROR",
            ],
            plain,
            must_succeed=False,
        )
        # nbgrader reports a submission it could not grade and goes on; count them.
        plain_failed = sorted(set(re.findall(r"error processing assignment '\S+' for student '([^']+)'", log)))
        print(
            f"  {plain_seconds:.1f} s ({len(plain_failed)} not graded: {plain_failed}); "
            f"dlcourse grade, {arguments.workers} workers, sandboxed ...",
            flush=True,
        )
        ours_seconds, _ = timed(
            [
                str(Path(sys.executable).parent / "dlcourse"),
                "grade",
                hostile.ASSIGNMENT,
                "--workers",
                str(arguments.workers),
                "--cell-timeout",
                str(CELL_TIMEOUT),
                "--no-export",
            ],
            ours,
        )
        print(f"  {ours_seconds:.1f} s", flush=True)
    finally:
        shutil.rmtree(root, ignore_errors=True)
    count = len(students)
    plain_rate, ours_rate = 60 * count / plain_seconds, 60 * count / ours_seconds
    lines = [
        "# Grading benchmark",
        "",
        f"Measured {datetime.date.today().isoformat()} on {platform.machine()}, {os.cpu_count()} CPU cores: {count} "
        f"submissions of {hostile.ASSIGNMENT} (10 mutants, {len(HOSTILE)} hostile, 6 untouched releases, the rest "
        f"correct), per-cell timeout {CELL_TIMEOUT} s. Both runs exclude feedback and export.",
        "",
        "| grader | seconds | submissions per minute |",
        "|---|---:|---:|",
        f"| `nbgrader autograde` (sequential, no sandbox) | {plain_seconds:.1f} | {plain_rate:.1f} |",
        f"| `dlcourse grade --workers {arguments.workers}` (sandboxed, integrity probes) | {ours_seconds:.1f} | "
        f"{ours_rate:.1f} |",
        "",
        f"Ratio: **{ours_rate / plain_rate:.2f}×** the submissions per minute.",
        "",
        f"`nbgrader autograde` could not grade {len(plain_failed)} of them "
        f"({', '.join(plain_failed) or 'none'}): it reported an error for each and left it ungraded. "
        "`dlcourse grade` graded all of them.",
    ]
    output = REPO / arguments.output
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text("\n".join(lines) + "\n")
    print("\n".join(lines[-1:]), f"\nwrote {output}")


if __name__ == "__main__":
    main()
