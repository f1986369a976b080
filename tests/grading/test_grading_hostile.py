"""The instructor's grading command against broken and hostile submissions (the regression matrix).

One batch holds every case of ``dlcourse.testing.hostile`` next to a correct and an untouched submission.
It is graded once by the real command, ``dlcourse grade a01_ann``, in sandboxed kernels; each test
then checks one row of the matrix: the submission's state, its score, the reason the instructor
reads, and that the rest of the batch was graded correctly.
"""

from __future__ import annotations

import ast
import base64
import csv
import html
import os
import re
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
from nbgrader.api import Gradebook

from dlcourse.grading.nbgrader_plugins import hidden_lines
from dlcourse.grading.sandbox import SandboxUnavailable, check_sandbox
from dlcourse.testing import hostile
from dlcourse.testing.course import make_course, nbgrader

BIN = Path(sys.executable).parent
CANARY = "dlcourse-canary-7f3a"  # set in the grader's environment; must never reach a kernel
CELL_TIMEOUT = 20


def sandbox_or_fail():
    try:
        check_sandbox()
    except SandboxUnavailable as error:
        pytest.fail(f"the grading sandbox is unavailable here ({error}); .ci/run installs bubblewrap")


def grade_command(course: Path, *extra: str, env: dict | None = None) -> subprocess.CompletedProcess:
    environment = dict(os.environ if env is None else env)
    return subprocess.run(
        [
            str(BIN / "dlcourse"),
            "grade",
            hostile.ASSIGNMENT,
            "--course",
            str(course),
            "--workers",
            "2",
            "--cell-timeout",
            str(CELL_TIMEOUT),
            "--memory",
            "1536",
            *extra,
        ],
        capture_output=True,
        text=True,
        env=environment,
        timeout=1500,
    )


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    sandbox_or_fail()
    course = make_course(tmp_path_factory.mktemp("hostile") / "course")
    nbgrader("generate_assignment", hostile.ASSIGNMENT, "--force", cwd=course)
    hostile.write_submissions(course)
    # Host files that hostile code aims links at: they must come out as they went in.
    (course / "private-0600.txt").write_text("instructor only")
    os.chmod(course / "private-0600.txt", 0o600)
    (course / "private-0700").mkdir(mode=0o700)
    result = grade_command(course, env=dict(os.environ, DLCOURSE_SECRET=CANARY))
    assert result.returncode == 0, f"dlcourse grade failed:\n{result.stdout[-3000:]}\n{result.stderr[-5000:]}"
    with open(course / "reports" / f"grading-{hostile.ASSIGNMENT}.csv", newline="") as handle:
        report = {row["student"]: row for row in csv.DictReader(handle)}
    with open(course / "grades.csv", newline="") as handle:
        grades = {row["student_id"]: row for row in csv.DictReader(handle)}
    cells = {}
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gradebook:
        for student in report:
            try:
                notebook = gradebook.find_submission_notebook(hostile.ASSIGNMENT, hostile.ASSIGNMENT, student)
            except Exception:  # noqa: BLE001 (a student with no submission record: checked per case)
                continue
            cells[student] = {grade.name: (grade.auto_score, grade.max_score) for grade in notebook.grades}
    return {
        "course": course,
        "report": report,
        "grades": grades,
        "cells": cells,
        "stdout": result.stdout,
        "stderr": result.stderr,
    }


def autograded(batch, student) -> nbformat.NotebookNode:
    return nbformat.read(batch["course"] / "autograded" / student / hostile.ASSIGNMENT / hostile.NOTEBOOK, as_version=4)


def printed(batch, student) -> str:
    return "".join(
        output.get("text", "")
        for cell in autograded(batch, student).cells
        if cell.cell_type == "code"
        for output in cell.outputs
        if output.output_type == "stream"
    )


def function_score(batch, student, function) -> float:
    return sum(
        score or 0 for name, (score, _) in batch["cells"][student].items() if name.startswith(f"test_{function}_")
    )


@pytest.mark.parametrize("student", sorted(hostile.CASES))
def test_case_ends_in_its_expected_state_and_score(batch, student):
    case = hostile.CASES[student]
    row = batch["report"][student]
    assert row["state"] == case.state, row
    if case.score is not None:
        assert float(row["score"]) == case.score, row
    if case.says:
        assert case.says in row["reason"] + row["notes"], row
    if student in hostile.REFUSED:
        assert student not in batch["grades"] and student not in batch["cells"], "a refused id reached the gradebook"
    elif case.state == "graded":
        assert float(batch["grades"][student]["score"]) == float(row["score"])
        if case.score is not None or case.lose:
            for function in hostile.FUNCTIONS:
                earned = function_score(batch, student, function)
                if function in case.zero:
                    assert earned == 0, (function, batch["cells"][student])
                elif function in case.lose:
                    assert earned < hostile.POINTS[function], (function, batch["cells"][student])
                else:
                    assert earned == hostile.POINTS[function], (function, batch["cells"][student])
    else:
        assert float(batch["grades"][student]["score"]) == 0
        assert row["reason"], "an ungradable submission needs a reason"


def test_every_submission_ends_in_exactly_one_state(batch):
    assert set(batch["report"]) == set(hostile.CASES)
    assert all(row["state"] in ("graded", "ungradable") for row in batch["report"].values())
    assert set(batch["grades"]) >= set(hostile.CASES) - set(hostile.REFUSED)


def test_killed_and_dead_kernels_keep_the_finished_results(batch):
    for student in ("c03_ignores_sigint", "c04_os_exit", "c04_segfault", "c05_memory_bomb"):
        notebook = autograded(batch, student)
        visible = hostile.cell(notebook, "test_dense_forward_visible")
        assert visible.outputs == [] and batch["cells"][student]["test_dense_forward_visible"][0] == 1


def test_memory_bomb_leaves_the_machine_alone(batch):
    notes = batch["report"]["c05_memory_bomb"]["notes"]
    assert "memory limit" in notes or "MemoryError" in notes, notes


def test_output_is_capped_while_it_streams(batch):
    path = batch["course"] / "autograded" / "c15_output_flood" / hostile.ASSIGNMENT / hostile.NOTEBOOK
    assert path.stat().st_size < 2_000_000, path.stat().st_size


def test_nothing_outside_the_sandbox_is_written_or_read(batch):
    course = batch["course"]
    assert not list(course.rglob("hacked*")) and not (course / "gradebook-copy.db").exists()
    assert not Path("/usr/hacked.txt").exists() and not Path("/hacked.txt").exists()
    assert "WROTE" not in printed(batch, "c16_writes_outside")
    assert printed(batch, "c16_writes_outside").count("denied") == 5
    found = ast.literal_eval(re.search(r"FOUND: (\[.*\])", printed(batch, "c17_reads_hidden")).group(1))
    # Only the notebooks that ship inside installed packages (nbgrader's own docs) are visible.
    installed = (sys.prefix, sys.base_prefix)
    assert not [path for path in found if not path.startswith(installed)], f"the sandbox could see {found}"
    assert "autograded readable: False" in printed(batch, "c17_reads_hidden")
    assert "solutions unreadable: FileNotFoundError" in printed(batch, "c18_opens_solutions")
    assert "GRADEBOOK WRITTEN" not in printed(batch, "c19_writes_gradebook")
    # The gradebook holds what the grader computed, for this student and for the others.
    assert float(batch["grades"]["c19_writes_gradebook"]["score"]) == 20
    assert float(batch["grades"]["c00_release"]["score"]) == 0


def test_background_processes_are_killed(batch):
    alive = []
    for process in Path("/proc").iterdir():
        try:
            command = (process / "cmdline").read_bytes().replace(b"\0", b" ").decode()
        except OSError:
            continue
        if hostile.SLEEP_MARKER in command or hostile.DAEMON_MARKER in command:
            alive.append(command)
    assert not alive, alive


def test_kernels_see_no_grading_environment(batch):
    output = printed(batch, "c28_environment")
    names = set(re.findall(r"'([A-Z_][A-Z0-9_]*)'", re.search(r"ENVIRONMENT: (\[.*\])", output).group(1)))
    assert not any(name.startswith(("NBGRADER", "JPY", "DLCOURSE", "CI", "GITHUB")) for name in names), names
    assert "KERAS_HOME" in names and "HOME" in names
    assert CANARY not in output
    # The Keras cache is there, read-only, so exercises that load data work offline.
    host_cache = Path(os.environ["KERAS_HOME"]) / "datasets"
    if host_cache.is_dir():
        listed = ast.literal_eval(re.search(r"KERAS CACHE: (\[.*\])", output).group(1))
        assert listed == sorted(path.name for path in host_cache.iterdir())


def test_scores_never_exceed_points(batch):
    for student, cells in batch["cells"].items():
        for name, (score, points) in cells.items():
            assert score is not None and 0 <= score <= points, (student, name, score, points)
    assert len(batch["cells"]["c26_score_above_points"]) == len(batch["cells"]["c00_correct"])


def test_feedback_holds_no_hidden_line_in_any_encoding(batch):
    """Hidden tests printed from the kernel's history (plain, base64, HTML entities, zero-width spaces)."""
    from dlcourse.grading.submissions import Assignment

    assignment = Assignment.load(batch["course"], hostile.ASSIGNMENT)
    submitted = "\n".join(cell.source for cell in hostile.answered().cells)
    secret = [line for line in sorted(hidden_lines(assignment.source)) if line not in submitted]
    assert secret
    for student in ("c30_history_leak", "c29_custom_exc", "c00_correct"):
        page = (batch["course"] / "feedback" / student / hostile.ASSIGNMENT / f"{hostile.ASSIGNMENT}.html").read_text()
        readings = [page, html.unescape(page), html.unescape(page).replace("\u200b", "")]
        for run in re.findall(r"[A-Za-z0-9+/]{40,}={0,2}", page):
            try:
                readings.append(base64.b64decode(run + "=" * (-len(run) % 4)).decode("utf-8", "replace"))
            except ValueError:
                continue
        leaked = [line for line in secret if any(line in reading for reading in readings)]
        assert not leaked, (student, leaked[:3])


def test_the_history_leak_reached_the_kernel_outputs_so_the_test_above_can_fail(batch):
    assert "BEGIN HIDDEN TESTS" in printed(batch, "c30_history_leak")


def test_linked_and_filled_jail_leaves_the_host_alone(batch):
    course = batch["course"]
    marker = course / "private-0600.txt"
    assert not marker.is_symlink() and marker.read_text() == "instructor only"
    assert oct(marker.stat().st_mode & 0o777) == oct(0o600)
    assert oct((course / "private-0700").stat().st_mode & 0o777) == oct(0o700)
    assert "control full: OSError" in printed(batch, "c32_fills_the_jail")


def test_pid_one_is_the_kernel_and_holds_no_secret(batch):
    output = printed(batch, "c36_pid_one")
    assert "ipykernel" in re.search(r"PID ONE: (.*)", output).group(1)
    assert CANARY not in output and "DLCOURSE_SECRET" not in output


def test_the_limits_are_printed_and_reported(batch):
    assert "Limits for each submission" in batch["stderr"]
    summary = (batch["course"] / "reports" / f"grading-{hostile.ASSIGNMENT}.md").read_text()
    for limit in ("memory", "processes", "cpu share", "disk", "network"):
        assert f"- {limit}: " in summary
    peak = int(re.search(r"grader peak memory: (\d+) MiB", summary).group(1))
    assert peak < 1024, f"the grader itself peaked at {peak} MiB"


def test_refused_ids_leave_feedback_and_export_to_the_others(batch):
    for student in hostile.REFUSED:
        assert "cannot be handled" in batch["report"][student]["reason"]
    assert (batch["course"] / "feedback" / "c00_correct" / hostile.ASSIGNMENT).is_dir()
    assert float(batch["grades"]["c00_correct"]["score"]) == 20


def test_feedback_shows_no_hidden_test(batch):
    from dlcourse.grading.submissions import Assignment

    assignment = Assignment.load(batch["course"], hostile.ASSIGNMENT)
    for student in ("c00_correct", "c21_noop_helpers", "c01_syntax_error"):
        page = (batch["course"] / "feedback" / student / hostile.ASSIGNMENT / f"{hostile.ASSIGNMENT}.html").read_text()
        shown = re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", "", page)))
        submitted = re.sub(r"\s+", " ", "\n".join(cell.source for cell in hostile.answered().cells))
        leaked = [
            line
            for line in sorted(hidden_lines(assignment.source))
            if re.sub(r"\s+", " ", line) in shown and re.sub(r"\s+", " ", line) not in submitted
        ]
        assert not leaked, (student, leaked[:3])
        assert "Hidden tests:" in shown


def test_test_cell_without_assert_is_rejected_at_generate_time(tmp_path):
    course = make_course(tmp_path / "course")
    path = course / "solutions" / hostile.ASSIGNMENT / hostile.NOTEBOOK
    notebook = nbformat.read(path, as_version=4)
    hostile.cell(notebook, "test_stable_sigmoid_visible").source = "np.allclose(stable_sigmoid(0.0), 0.5)"
    nbformat.write(notebook, path)
    with pytest.raises(AssertionError, match="test_stable_sigmoid_visible: never asserts"):
        nbgrader("generate_assignment", hostile.ASSIGNMENT, "--force", cwd=course)
    assert not (course / "exercises" / hostile.ASSIGNMENT / hostile.NOTEBOOK).exists()


def test_grading_refuses_without_a_sandbox_unless_unsafe(tmp_path):
    course = make_course(tmp_path / "course")
    nbgrader("generate_assignment", hostile.ASSIGNMENT, "--force", cwd=course)
    result = grade_command(course, "--no-export", env=dict(os.environ, PATH=str(BIN)))  # no bwrap on PATH
    assert result.returncode == 2 and "Refusing to grade" in result.stderr, result.stderr
