"""A whole class, end to end, with nbgrader's own tools and exchange: the instructor guide, run.

One instructor and two students share a real exchange folder. The instructor generates and
releases a01; each student fetches it, answers (alice rightly, bob with one wrong function) and
submits; the instructor collects and grades with ``dlcourse grade``, releases the feedback, and
each student fetches their own. Then bob fixes his answer and submits again, and the instructor
regrades bob alone. Every command of the instructor guide is among those run.
"""

from __future__ import annotations

import csv
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import nbformat
import pytest

from dlcourse.grading.nbgrader_plugins import hidden_lines
from dlcourse.grading.submissions import Assignment
from dlcourse.testing import hostile
from dlcourse.testing.course import REPO, make_course

BIN = Path(sys.executable).parent
GUIDE = REPO / "book" / "instructor_guide.md"


class Class:
    """The course folder, the exchange and the students' homes; every command run is kept."""

    def __init__(self, root: Path):
        self.course = make_course(root / "course")
        self.exchange = root / "exchange"
        self.exchange.mkdir()
        os.chmod(self.exchange, 0o777)
        with open(self.course / "nbgrader_config.py", "a") as handle:  # as the guide says to
            handle.write(f'\nc.Exchange.root = "{self.exchange}"\n')
        self.homes = {}
        self.commands: list[str] = []
        self.root = root

    def instructor(self, *command: str) -> str:
        self.commands.append(" ".join(command))
        return self._run(command, self.course, dict(os.environ))

    def student(self, name: str, *command: str) -> str:
        home = self.homes.setdefault(name, self.root / "home" / name)
        home.mkdir(parents=True, exist_ok=True)
        environment = dict(os.environ, HOME=str(home), JUPYTER_DATA_DIR=str(home / ".jupyter-data"))
        arguments = [*command, "--course=dlcourse", f"--Exchange.root={self.exchange}", f"--student={name}"]
        return self._run(arguments, home, environment)

    def _run(self, command, cwd, environment) -> str:
        environment["PATH"] = f"{BIN}{os.pathsep}{environment.get('PATH', '')}"
        result = subprocess.run(
            [str(BIN / command[0]), *command[1:]],
            cwd=cwd,
            env=environment,
            capture_output=True,
            text=True,
            timeout=1500,
        )
        assert result.returncode == 0, f"{' '.join(command)} failed:\n{result.stdout[-2000:]}\n{result.stderr[-3000:]}"
        return result.stdout + result.stderr


def answer(path: Path, **answers: str) -> None:
    """Fill the fetched notebook as a student would: the reference's answers, or ``answers``'s."""
    notebook = nbformat.read(path, as_version=4)
    reference = hostile.solutions()
    for cell in notebook.cells:
        grade_id = cell.metadata.get("nbgrader", {}).get("grade_id")
        if grade_id in reference:
            cell.source = answers.get(grade_id, reference[grade_id])
    nbformat.write(notebook, path)


def scores(course: Path) -> dict[str, float]:
    with open(course / "grades.csv", newline="") as handle:
        return {row["student_id"]: float(row["score"]) for row in csv.DictReader(handle)}


def fetched_feedback(home: Path) -> list[Path]:
    return sorted((home / hostile.ASSIGNMENT / "feedback").rglob("*.html"))


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    school = Class(tmp_path_factory.mktemp("class"))
    a = hostile.ASSIGNMENT
    school.instructor("nbgrader", "generate_assignment", a, "--force")
    school.instructor("nbgrader", "release_assignment", a)
    for name, answers in [("alice", {}), ("bob", {"perceptron_epoch": hostile.WRONG["perceptron_epoch"]})]:
        school.student(name, "nbgrader", "fetch_assignment", a)
        answer(school.homes[name] / a / hostile.NOTEBOOK, **answers)
        school.student(name, "nbgrader", "submit", a)
    school.instructor("nbgrader", "collect", a)
    school.instructor("dlcourse", "grade", a)
    first = scores(school.course)
    school.instructor("nbgrader", "release_feedback", a)
    for name in ("alice", "bob"):
        school.student(name, "nbgrader", "fetch_feedback", a)
    feedback = {name: fetched_feedback(school.homes[name]) for name in ("alice", "bob")}

    # bob fixes his answer and submits again; the instructor regrades him alone.
    answer(school.homes["bob"] / a / hostile.NOTEBOOK)
    school.student("bob", "nbgrader", "submit", a)
    school.instructor("nbgrader", "collect", "--update", a)
    school.instructor("dlcourse", "grade", a, "--student", "bob")
    school.instructor("nbgrader", "release_feedback", a, "--student", "bob")
    school.student("bob", "nbgrader", "fetch_feedback", a)
    school.instructor("nbgrader", "export")
    return {"class": school, "first": first, "second": scores(school.course), "feedback": feedback}


def test_the_class_is_graded_right_through_the_exchange(run):
    assert run["first"] == {"alice": 20.0, "bob": 15.0}
    assert run["second"] == {"alice": 20.0, "bob": 20.0}


def test_each_student_fetches_their_own_feedback_and_no_hidden_test(run):
    hidden = sorted(hidden_lines(Assignment.load(run["class"].course, hostile.ASSIGNMENT).source))
    for name, pages in run["feedback"].items():
        assert len(pages) == 1, (name, pages)
        text = pages[0].read_text()
        assert not [line for line in hidden if line in text], name
    assert "Hidden tests: 0 of 2" in run["feedback"]["bob"][0].read_text()
    assert "Hidden tests: 0 of 2" not in run["feedback"]["alice"][0].read_text()
    # After the regrade bob has a second feedback, without the failure.
    latest = fetched_feedback(run["class"].homes["bob"])
    assert len(latest) == 2  # one folder per submission, named by its timestamp
    assert "Hidden tests: 0 of 2" not in max(latest, key=lambda path: path.parent.name).read_text()


def test_every_command_of_the_instructor_guide_is_run(run):
    guide = [
        line.split("#")[0].strip()
        for block in re.findall(r"```bash\n(.*?)```", GUIDE.read_text(), re.S)
        for line in block.splitlines()
        if line.strip().startswith(("nbgrader ", "dlcourse "))
    ]
    assert len(guide) >= 8, f"the guide's commands: {guide}"
    ran = [command.replace("a01_ann", "<assignment>") for command in run["class"].commands]
    for command in guide:
        assert command.replace("a01_ann", "<assignment>") in ran, f"the guide's `{command}` is not run by this test"


def test_the_formgrader_s_autograde_button_refuses_and_names_the_sandboxed_grader(run, tmp_path):
    """Clicked in a real browser, on the formgrader the course's JupyterLab serves."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions
    from selenium.webdriver.support.ui import WebDriverWait
    from test_lab import free_port

    from dlcourse.testing import browser as browsers

    if not browsers.available():
        pytest.fail("Debian's chromium and chromium-driver are not installed (.ci/run installs them)")
    course = run["class"].course
    graded = course / "autograded" / "alice" / hostile.ASSIGNMENT / hostile.NOTEBOOK
    before = graded.read_bytes()
    token, port = "formgrader-test-token", free_port()
    log = open(tmp_path / "lab.log", "w")
    server = subprocess.Popen(
        [
            str(BIN / "jupyter"),
            "lab",
            "--no-browser",
            "--ServerApp.ip=127.0.0.1",
            f"--ServerApp.port={port}",
            f"--IdentityProvider.token={token}",
            f"--ServerApp.root_dir={course}",
            "--allow-root",
        ],
        cwd=course,
        stdout=log,
        stderr=subprocess.STDOUT,
        env=dict(os.environ, PATH=f"{BIN}{os.pathsep}{os.environ['PATH']}"),
    )
    try:
        with browsers.chromium(tmp_path / "profile") as driver:
            base = f"http://127.0.0.1:{port}"
            deadline = time.monotonic() + 120
            while True:
                try:
                    driver.get(f"{base}/login?token={token}")  # logs in: the page's API calls need the cookie
                    driver.get(f"{base}/formgrader/manage_submissions/{hostile.ASSIGNMENT}")
                    WebDriverWait(driver, 30).until(
                        expected_conditions.presence_of_element_located((By.CSS_SELECTOR, "td.autograde a"))
                    )
                    break
                except Exception:
                    if time.monotonic() > deadline or server.poll() is not None:
                        raise
                    time.sleep(2)
            row = next(row for row in driver.find_elements(By.CSS_SELECTOR, "tbody tr") if "alice" in row.text)
            row.find_element(By.CSS_SELECTOR, "td.autograde a").click()
            modal = WebDriverWait(driver, 300).until(
                expected_conditions.visibility_of_element_located((By.CSS_SELECTOR, "#error-modal"))
            )
            text = modal.text
            assert "There was an error autograding" in text, text
            assert "dlcourse grade" in modal.get_attribute("textContent"), text
    finally:
        server.terminate()
        server.wait(timeout=30)
        log.close()
    assert graded.read_bytes() == before, "the refused autograde changed the sandboxed result"
    assert scores(course)["alice"] == 20.0
