"""The ``dlcourse`` command line: course plumbing for instructors and CI."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from dlcourse.keras_home import prepare_keras_home
from dlcourse.settings import CELL_SECONDS, KERAS_CACHE, MEMORY_MIB, SUBMISSION_SECONDS


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="dlcourse", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    keras_home = commands.add_parser(
        "keras-home", help="link a pre-filled (even read-only) Keras cache into a writable KERAS_HOME"
    )
    keras_home.add_argument("source", help=f"the pre-filled cache, e.g. {KERAS_CACHE}")
    keras_home.add_argument("target", help="a writable folder to use as KERAS_HOME")
    grade = commands.add_parser(
        "grade", help="autograde submitted/*/<assignment>/ in sandboxed kernels, then export grades and feedback"
    )
    grade.add_argument("assignment", help="the assignment, e.g. a01_ann")
    grade.add_argument("--course", default=".", help="the course folder, with nbgrader_config.py (default: .)")
    grade.add_argument("--workers", type=int, default=None, help="parallel kernels (default: the number of cores)")
    grade.add_argument("--student", action="append", help="grade only this student (repeatable)")
    grade.add_argument(
        "--cell-timeout", type=float, default=CELL_SECONDS, help="seconds per cell (default: %(default)s)"
    )
    grade.add_argument(
        "--submission-timeout",
        type=float,
        default=SUBMISSION_SECONDS,
        help="seconds per submission (default: %(default)s)",
    )
    grade.add_argument(
        "--memory", type=int, default=MEMORY_MIB, help="MiB of memory per submission (default: %(default)s)"
    )
    grade.add_argument("--no-export", action="store_true", help="skip nbgrader generate_feedback and export")
    grade.add_argument(
        "--allow-weak-limits",
        action="store_true",
        help="grade even where a limit (memory, tasks or CPU share per jail) cannot be enforced",
    )
    grade.add_argument(
        "--unsafe", action="store_true", help="grade without a sandbox (student code can read and write what you can)"
    )
    arguments = parser.parse_args(argv)
    if arguments.command == "keras-home":
        print(prepare_keras_home(arguments.source, arguments.target))
    elif arguments.command == "grade":
        return _grade(arguments)
    return 0


def _grade(arguments) -> int:
    from dlcourse.grading.batch import grade
    from dlcourse.grading.sandbox import Limits, SandboxUnavailable

    limits = Limits(
        cell_seconds=arguments.cell_timeout,
        submission_seconds=arguments.submission_timeout,
        memory_bytes=arguments.memory * 2**20,
    )
    try:
        outcomes = grade(
            Path(arguments.course),
            arguments.assignment,
            workers=arguments.workers,
            limits=limits,
            unsafe=arguments.unsafe,
            students=arguments.student,
            export=not arguments.no_export,
            allow_weak_limits=arguments.allow_weak_limits,
        )
    except SandboxUnavailable as error:
        print(
            f"Refusing to grade: {error}.\nInstall bubblewrap (and give the grader cgroups), or pass "
            "--unsafe to run student code without a sandbox.",
            file=sys.stderr,
        )
        return 2
    states = {state: sum(outcome.state == state for outcome in outcomes) for state in ("graded", "ungradable", "error")}
    print(
        f"{arguments.assignment}: {len(outcomes)} submissions: "
        + ", ".join(f"{count} {state}" for state, count in states.items())
    )
    for outcome in outcomes:
        if outcome.state != "graded":
            print(f"  {outcome.student}: {outcome.state}: {outcome.reason}")
    print(f"Report: {Path(arguments.course) / 'reports' / f'grading-{arguments.assignment}.csv'}")
    return 0 if not states["error"] else 1


if __name__ == "__main__":
    sys.exit(main())
