"""Every assignment under attack: a nearly right submission that silences its kernel earns nothing back.

For each assignment, ``dlcourse grade`` (sandboxed, with the fresh check and the probes of
``solutions/<assignment>/probes.py``) grades two submissions: the reference answers (full marks),
and one wrong answer per graded function, taken from ``tests/mutants/``, with the kernel told to
swallow every exception (``set_custom_exc``), so that plain nbgrader would see no failing test
and give full marks. Each function must still lose points. ``tests/grading/test_grading_hostile.py``
runs the long list of attacks on a01.
"""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
import yaml
from nbgrader.api import Gradebook

from dlcourse.testing.course import ASSIGNMENTS, MUTANTS, RELEASE, SOLUTIONS, make_course, mutants, nbgrader

BIN = Path(sys.executable).parent
SWALLOW = "get_ipython().set_custom_exc((BaseException,), lambda shell, kind, value, tb, tb_offset=None: None)\n\n"


def chosen_mutants(assignment: str) -> dict[str, Path]:
    """One wrong answer per function: the first that the probes can see (not in unprobed.yml)."""
    path = MUTANTS / assignment / "unprobed.yml"
    excused = (yaml.safe_load(path.read_text()) or {}) if path.is_file() else {}
    chosen = {}
    for function, name, file in mutants(assignment):
        if function not in chosen and name not in excused.get(function, {}):
            chosen[function] = file
    return chosen


def submission(assignment: str, answers: dict[str, str]) -> nbformat.NotebookNode:
    """The release, with every answer cell holding the reference's code or ``answers``'s."""
    notebook = nbformat.read(RELEASE / assignment / f"{assignment}.ipynb", as_version=4)
    source = nbformat.read(SOLUTIONS / assignment / f"{assignment}.ipynb", as_version=4)
    reference = {
        cell.metadata.nbgrader["grade_id"]: cell.source
        for cell in source.cells
        if cell.metadata.get("nbgrader", {}).get("solution")
    }
    for cell in notebook.cells:
        grade_id = cell.metadata.get("nbgrader", {}).get("grade_id")
        if grade_id in reference:
            cell.source = answers.get(grade_id, reference[grade_id])
    return notebook


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    course = make_course(tmp_path_factory.mktemp("hostile-all") / "course")
    results = {}
    for assignment in ASSIGNMENTS:
        nbgrader("generate_assignment", assignment, "--force", cwd=course)
        wrong = {function: path.read_text() for function, path in chosen_mutants(assignment).items()}
        first = next(iter(wrong))
        wrong[first] = SWALLOW + wrong[first]
        for student, answers in [("correct", {}), ("silenced_mutants", wrong)]:
            folder = course / "submitted" / student / assignment
            folder.mkdir(parents=True)
            nbformat.write(submission(assignment, answers), folder / f"{assignment}.ipynb")
        result = subprocess.run(
            [str(BIN / "dlcourse"), "grade", assignment, "--course", str(course), "--workers", "2", "--no-export"],
            capture_output=True,
            text=True,
            timeout=1800,
            env=dict(os.environ),
        )
        assert result.returncode == 0, (
            f"dlcourse grade {assignment} failed:\n{result.stdout[-2000:]}\n{result.stderr[-4000:]}"
        )
        with open(course / "reports" / f"grading-{assignment}.csv", newline="") as handle:
            report = {row["student"]: row for row in csv.DictReader(handle)}
        with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gradebook:
            cells = {
                student: {
                    grade.name: (grade.score, grade.max_score)
                    for grade in gradebook.find_submission_notebook(assignment, assignment, student).grades
                }
                for student in report
            }
        results[assignment] = {"report": report, "cells": cells, "wrong": sorted(wrong)}
    return results


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_reference_answers_score_full_marks(graded, assignment):
    row = graded[assignment]["report"]["correct"]
    assert row["state"] == "graded" and float(row["score"]) == float(row["max_score"]) > 0, row


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_silencing_the_kernel_earns_no_points_back(graded, assignment):
    row = graded[assignment]["report"]["silenced_mutants"]
    assert row["state"] == "graded", row
    cells = graded[assignment]["cells"]["silenced_mutants"]
    for function in graded[assignment]["wrong"]:
        earned = sum(score for name, (score, _) in cells.items() if name.startswith(f"test_{function}_"))
        full = sum(points for name, (_, points) in cells.items() if name.startswith(f"test_{function}_"))
        assert earned < full, (
            f"{assignment}: {function} kept {earned} of {full} with its errors silenced ({row['notes']})"
        )
