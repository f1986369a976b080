"""`make student-pack`: what students get holds no answer and no hidden test, and it works."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile

import nbformat
import pytest

from dlcourse.grading.nbgrader_plugins import BEGIN_HIDDEN, END_HIDDEN, hidden_lines
from dlcourse.grading.submissions import Assignment
from dlcourse.testing.course import ASSIGNMENTS, REPO, SOLUTIONS


@pytest.fixture(scope="module")
def pack(tmp_path_factory):
    output = tmp_path_factory.mktemp("pack") / "student-pack"
    subprocess.run(
        [sys.executable, str(REPO / "tools" / "student_pack.py"), "--output", str(output)],
        check=True,
        capture_output=True,
    )
    return output


def texts(pack):
    for path in sorted(pack.rglob("*")):
        if path.is_file():
            yield path, path.read_text(errors="replace")


def solution_lines(assignment: str) -> set[str]:
    """The reference's own lines (between the solution markers), long enough to be telling."""
    found = set()
    for cell in nbformat.read(SOLUTIONS / assignment / f"{assignment}.ipynb", as_version=4).cells:
        inside = False
        for line in cell.source.splitlines():
            if "### BEGIN SOLUTION" in line:
                inside = True
            elif "### END SOLUTION" in line:
                inside = False
            elif inside and len(line.strip()) >= 30:
                found.add(line.strip())
    return found


def test_the_pack_holds_the_book_the_exercises_and_the_helpers(pack):
    assert (
        (pack / "README.md").is_file() and (pack / "requirements.txt").is_file() and (pack / "pyproject.toml").is_file()
    )
    for assignment in ASSIGNMENTS:
        assert (pack / "exercises" / assignment / f"{assignment}.ipynb").is_file()
    assert len(list((pack / "book").rglob("*.ipynb"))) == len(list((REPO / "book").rglob("*.ipynb")))
    assert (pack / "src" / "dlcourse" / "checks.py").is_file()
    assert zipfile.is_zipfile(pack.parent / "student-pack.zip")


def test_the_pack_holds_no_answer_no_hidden_test_no_grader(pack):
    names = {path.name for path in pack.rglob("*")}
    assert not names & {"solutions", "probes.py", "mutants", "variants", "grading", "testing", "equivalent.yml"}, names
    # Lines hidden in some assignment and shown in no visible part of any (nor in the book).
    every_cell = [
        nbformat.from_dict({**cell, "id": f"cell-{number}"})  # ids are unique per source, not across sources
        for number, cell in enumerate(
            cell for assignment in ASSIGNMENTS for cell in Assignment.load(REPO, assignment).source.cells
        )
    ]
    hidden = hidden_lines(nbformat.v4.new_notebook(cells=every_cell))
    book = "\n".join(path.read_text() for path in (REPO / "book").rglob("*.ipynb"))
    hidden = {line for line in hidden if line not in book}
    answers = {assignment: solution_lines(assignment) for assignment in ASSIGNMENTS}
    assert hidden and all(answers.values())
    for path, text in texts(pack):
        for marker in ("### BEGIN SOLUTION", BEGIN_HIDDEN, END_HIDDEN):
            assert marker not in text, f"{path} holds {marker!r}"
        leaked = [line for line in hidden if line in text]
        assert not leaked, f"{path} holds hidden test lines: {leaked[:2]}"
    for assignment, lines in answers.items():
        release = (pack / "exercises" / assignment / f"{assignment}.ipynb").read_text()
        leaked = [line for line in lines if line in release]
        assert not leaked, f"the {assignment} release holds the reference's lines: {leaked[:2]}"


def test_the_pack_s_helpers_import_on_their_own(pack):
    code = (
        "import os, sys, dlcourse.checks, dlcourse.plots, dlcourse.data; "
        "assert dlcourse.__file__.startswith(os.getcwd()), dlcourse.__file__; "
        "assert 'dlcourse.grading' not in sys.modules; print('ok')"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=pack, capture_output=True, text=True, env=dict(os.environ, PYTHONPATH="src")
    )
    assert result.stdout.strip() == "ok", result.stderr
