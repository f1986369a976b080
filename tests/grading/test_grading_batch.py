"""The grading command on a batch in parallel, on regrades, and when its own machinery fails."""

from __future__ import annotations

import csv
import shutil

import nbformat
import pytest
from nbgrader.api import Gradebook
from test_grading_hostile import grade_command, sandbox_or_fail

from dlcourse.grading import batch as grading
from dlcourse.grading.kernel import KernelStartError, SandboxedKernel
from dlcourse.testing import hostile
from dlcourse.testing.course import make_course, nbgrader

VARIANTS = {
    "correct": (lambda: hostile.answered(), 20),
    "release": (lambda: hostile.release(), 0),
    # dense_forward's sigmoid activation calls stable_sigmoid: a wrong one costs both parts.
    "wrong_sigmoid": (lambda: hostile.answered(stable_sigmoid=hostile.WRONG["stable_sigmoid"]), 10),
    "wrong_perceptron": (lambda: hostile.answered(perceptron_epoch=hostile.WRONG["perceptron_epoch"]), 15),
    "wrong_backprop": (lambda: hostile.answered(mlp_backward=hostile.WRONG["mlp_backward"]), 15),
}


def submit(course, plan: dict[str, str]) -> dict[str, float]:
    """Write each student's variant; return the expected scores."""
    for student, variant in plan.items():
        folder = course / "submitted" / student / hostile.ASSIGNMENT
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir(parents=True)
        nbformat.write(VARIANTS[variant][0](), folder / hostile.NOTEBOOK)
    return {student: VARIANTS[variant][1] for student, variant in plan.items()}


def gradebook_state(course):
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gradebook:
        submissions = gradebook.assignment_submissions(hostile.ASSIGNMENT)
        return sorted((submission.student_id, submission.score) for submission in submissions)


@pytest.fixture(scope="module")
def course(tmp_path_factory):
    sandbox_or_fail()
    root = make_course(tmp_path_factory.mktemp("batch") / "course")
    nbgrader("generate_assignment", hostile.ASSIGNMENT, "--force", cwd=root)
    return root


def test_parallel_batch_grades_each_submission_once_and_regrades_without_stale_scores(course):
    students = [f"s{index}" for index in range(6)]
    first = dict(
        zip(students, ["correct", "release", "wrong_sigmoid", "wrong_perceptron", "wrong_backprop", "correct"])
    )
    second = dict(
        zip(students, ["release", "correct", "correct", "wrong_backprop", "wrong_perceptron", "wrong_sigmoid"])
    )
    for plan in (first, second):
        expected = submit(course, plan)
        result = grade_command(course, "--workers", "4")
        assert result.returncode == 0, result.stderr[-3000:]
        with open(course / "reports" / f"grading-{hostile.ASSIGNMENT}.csv", newline="") as handle:
            rows = list(csv.DictReader(handle))
        assert sorted(row["student"] for row in rows) == students, "each submission is reported exactly once"
        assert {row["student"]: float(row["score"]) for row in rows} == expected
        assert gradebook_state(course) == sorted(expected.items()), "one gradebook record each, with the new score"
        with open(course / "grades.csv", newline="") as handle:
            exported = {row["student_id"]: float(row["score"]) for row in csv.DictReader(handle)}
        assert exported == expected


def test_an_infrastructure_error_is_retried_once_and_never_stops_the_batch(course, monkeypatch):
    expected = submit(course, {"flaky": "correct", "broken": "correct", "steady": "wrong_sigmoid"})
    failures = {"flaky": 1, "broken": 99}
    real_start = SandboxedKernel.start

    def start(self):
        student = self.workdir.name.split("-")[0]
        if failures.get(student, 0) > 0:
            failures[student] -= 1
            raise KernelStartError("simulated: the kernel did not start")
        return real_start(self)

    monkeypatch.setattr(SandboxedKernel, "start", start)
    outcomes = {
        outcome.student: outcome
        for outcome in grading.grade(
            course, hostile.ASSIGNMENT, workers=2, students=list(expected), export=False, progress=False
        )
    }
    assert outcomes["flaky"].state == "graded" and outcomes["flaky"].score == 20
    assert outcomes["steady"].state == "graded" and outcomes["steady"].score == expected["steady"]
    assert outcomes["broken"].state == "error" and "after a retry" in outcomes["broken"].reason
    assert dict(gradebook_state(course))["broken"] == 0, "an error records 0, never an old score"


def test_plain_autograde_refuses_and_leaves_the_sandboxed_grades_alone(course):
    submit(course, {"kept": "correct"})
    assert grade_command(course, "--student", "kept").returncode == 0
    graded = course / "autograded" / "kept" / hostile.ASSIGNMENT / hostile.NOTEBOOK
    before = graded.read_bytes()
    with pytest.raises(AssertionError, match="dlcourse grade"):
        nbgrader("autograde", hostile.ASSIGNMENT, "--student", "kept", "--force", cwd=course)
    assert graded.read_bytes() == before
    assert dict(gradebook_state(course))["kept"] == 20


def test_a_regrade_keeps_and_says_a_manual_score(course):
    submit(course, {"manual": "wrong_sigmoid"})
    assert grade_command(course, "--student", "manual").returncode == 0
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gradebook:
        notebook = gradebook.find_submission_notebook(hostile.ASSIGNMENT, hostile.ASSIGNMENT, "manual")
        grade = next(grade for grade in notebook.grades if grade.name == "test_stable_sigmoid_visible")
        grade.manual_score = 1
        gradebook.db.commit()
    assert grade_command(course, "--student", "manual").returncode == 0
    with open(course / "reports" / f"grading-{hostile.ASSIGNMENT}.csv", newline="") as handle:
        row = {row["student"]: row for row in csv.DictReader(handle)}["manual"]
    assert "manual score 1 from the formgrader is kept" in row["notes"], row
    assert float(row["score"]) == dict(gradebook_state(course))["manual"] == VARIANTS["wrong_sigmoid"][1] + 1
