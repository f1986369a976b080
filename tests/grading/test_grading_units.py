"""Unit tests of the grading pieces that need no kernel: lint, scores, probes and rebuilding."""

from __future__ import annotations

import json

import nbformat
import numpy as np
import pytest

from dlcourse.grading.nbgrader_plugins import HideHiddenTests, hidden_lines, lint_test_source
from dlcourse.grading.probes import Case, _compare, flatten
from dlcourse.grading.scoring import cell_score, clean_outputs, without_noise
from dlcourse.grading.submissions import (
    Assignment,
    Ungradable,
    defined_names,
    find_submissions,
    read_student_notebook,
    rebuild,
)
from dlcourse.testing import hostile
from dlcourse.testing.course import REPO


@pytest.mark.parametrize(
    ("source", "problem"),
    [
        ("np.allclose(f(1), 2)", "never asserts"),
        ("x = f(1)\nnp.allclose(x, 2)\nassert x", "discards it"),
        ("f(1) == 2\nassert True", "discards it"),
        ("def f(:", "does not parse"),
        ("assert f(1) == 2", "needs a message"),
        ("@given(st.integers())\ndef check(x):\n    assert f(x), 'f'\ncheck()", "needs @checks.search"),
        (
            "@settings(max_examples=5)\n@given(st.integers())\ndef check(x):\n    assert f(x), 'f'\ncheck()",
            "needs @checks.search",
        ),
    ],
)
def test_lint_rejects_test_cells_that_cannot_fail(source, problem):
    assert any(problem in found for found in lint_test_source(source))


@pytest.mark.parametrize(
    "source",
    [
        "assert f(1) == 2, f'f(1) is {f(1)}, expected 2'",
        "### BEGIN HIDDEN TESTS\nassert f(1) == 2\n### END HIDDEN TESTS",
        "@checks.search(10)\n@given(st.integers())\ndef check(x):\n    assert f(x) == x, 'f(x) == x'\ncheck()",
        "np.testing.assert_allclose(f(1), 2)",
        "if f(1) != 2:\n    raise AssertionError('wrong')",
    ],
)
def test_lint_accepts_real_tests(source):
    assert lint_test_source(source) == []


def test_every_test_cell_of_the_course_passes_the_lint():
    for path in sorted((REPO / "solutions").glob("*/*.ipynb")):
        for cell in nbformat.read(path, as_version=4).cells:
            if cell.metadata.get("nbgrader", {}).get("grade") and not cell.metadata["nbgrader"].get("solution"):
                assert lint_test_source(cell.source) == [], (path.name, cell.metadata.nbgrader["grade_id"])


def graded_cell(*outputs, points=2):
    cell = nbformat.v4.new_code_cell("assert True")
    cell.metadata["nbgrader"] = {"grade": True, "solution": False, "points": points, "grade_id": "test_x"}
    cell.outputs = [nbformat.from_dict(output) for output in outputs]
    return cell


def stream(name, text):
    return {"output_type": "stream", "name": name, "text": text}


def result(value):
    return {"output_type": "execute_result", "execution_count": 1, "metadata": {}, "data": {"text/plain": value}}


ERROR = {"output_type": "error", "ename": "AssertionError", "evalue": "", "traceback": []}
TF_LINES = (
    "WARNING: All log messages before absl::InitializeLog() is called are written to STDERR\n"
    "I0000 00:00:1796116353.229434    3676 port.cc:153] oneDNN custom operations are on.\n"
    "2026-12-01 09:10:53.123456: I tensorflow/core/util/port.cc:113] oneDNN custom operations are on.\n"
)


def test_scores_follow_nbgrader_and_resist_forged_outputs():
    assert cell_score(graded_cell()) == (2.0, "")
    assert cell_score(graded_cell(ERROR))[0] == 0
    assert cell_score(graded_cell(result("1000"), ERROR))[0] == 0, "a forged result before the error"
    assert cell_score(graded_cell(result("1000")))[0] == 2, "capped at the cell's points"
    assert cell_score(graded_cell(result("0.5")))[0] == 0.5
    assert cell_score(graded_cell(result("-3")))[0] == 0
    assert cell_score(graded_cell(result("nan")))[0] == 0
    assert cell_score(graded_cell(result("'some text'")))[0] == 2
    assert cell_score(graded_cell(stream("stderr", "RuntimeWarning: overflow\n")))[0] == 0


def test_framework_log_noise_is_not_a_warning():
    assert without_noise(TF_LINES) == ""
    assert cell_score(graded_cell(stream("stderr", TF_LINES)))[0] == 2
    mixed = TF_LINES + "RuntimeWarning: overflow encountered in exp\n"
    assert without_noise(mixed) == "RuntimeWarning: overflow encountered in exp\n"
    assert cell_score(graded_cell(stream("stderr", mixed)))[0] == 0
    assert clean_outputs([nbformat.from_dict(stream("stderr", TF_LINES))]) == []


def test_probe_results_are_compared_as_plain_arrays():
    case = Case("f", {}, rtol=1e-6, atol=1e-9)
    want = flatten((np.array([1.0, 2.0]), 3))
    assert set(want) == {"0", "1"}
    assert _compare(case, flatten((np.array([1.0, 2.0 + 1e-9]), 3)), want) == (True, "")
    assert not _compare(case, flatten((np.array([1.0, 2.1]), 3)), want)[0]
    assert not _compare(case, flatten((np.array([1.0, 2.0]), 4)), want)[0], "integers compare exactly"
    assert not _compare(case, flatten((np.array([[1.0, 2.0]]), 3)), want)[0], "shapes must match"
    assert not _compare(case, flatten({"a": 1}), want)[0]
    assert flatten({"W": np.ones(2), "b": 0.5}).keys() == {"W", "b"}


def test_defined_names_also_reads_code_that_does_not_parse():
    assert defined_names("def f(x):\n    return x\nclass G:\n    pass\n") == {"f", "G"}
    assert defined_names("def f(x:\n    return") == {"f"}


@pytest.fixture
def assignment():
    return Assignment.load(REPO, hostile.ASSIGNMENT)


def test_rebuild_puts_answers_into_the_instructor_copy(assignment):
    student = json.loads(hostile.text(hostile.answered(stable_sigmoid="def stable_sigmoid(z):\n    return 42\n")))
    hostile_cell = {"cell_type": "code", "source": "print('my scratch work')", "metadata": {}, "outputs": []}
    position = next(
        i for i, c in enumerate(student["cells"]) if c.get("id") == hostile.cell(hostile.release(), "stable_sigmoid").id
    )
    student["cells"].insert(position + 1, hostile_cell)
    for cell in student["cells"]:
        if cell["metadata"].get("nbgrader", {}).get("grade_id", "").startswith("test_"):
            cell["source"] = "pass"
    rebuilt = rebuild(assignment, student).notebook
    sources = [cell.source for cell in rebuilt.cells]
    assert "def stable_sigmoid(z):\n    return 42\n" in sources
    assert "BEGIN HIDDEN TESTS" in hostile.cell(rebuilt, "test_stable_sigmoid_hidden_random").source
    assert hostile.cell(rebuilt, "test_stable_sigmoid_visible").source != "pass"
    answer = sources.index("def stable_sigmoid(z):\n    return 42\n")
    assert sources[answer + 1] == "print('my scratch work')" and "nbgrader" not in rebuilt.cells[answer + 1].metadata
    assert len(rebuilt.cells) == len(assignment.source.cells) + 1


def test_unreadable_notebooks_are_ungradable_with_a_reason(tmp_path):
    for data, reason in [(b"", "is empty"), (b"[1, 2]", "not a notebook"), (b"\xff\xfe", "not valid JSON")]:
        path = tmp_path / "a01_ann.ipynb"
        path.write_bytes(data)
        with pytest.raises(Ungradable, match=reason):
            read_student_notebook(path)


def test_the_notebook_to_grade_is_chosen_or_the_problem_named(tmp_path, assignment):
    layout = {
        "named": ["a01_ann.ipynb", "other.ipynb"],
        "renamed": ["mine.ipynb"],
        "none": [],
        "two": ["a.ipynb", "b.ipynb"],
    }
    for student, names in layout.items():
        folder = tmp_path / student / "a01_ann"
        folder.mkdir(parents=True)
        for name in names:
            (folder / name).write_text("{}")
    found = {submission.student: submission for submission in find_submissions(tmp_path, assignment)}
    assert found["named"].notebook.name == "a01_ann.ipynb" and found["renamed"].notebook.name == "mine.ipynb"
    assert found["none"].notebook is None and "no notebook" in found["none"].problem
    assert found["two"].notebook is None and "several notebooks" in found["two"].problem


def test_feedback_preprocessor_hides_hidden_tests(assignment):
    notebook = nbformat.read(REPO / "solutions" / "a01_ann" / "a01_ann.ipynb", as_version=4)
    secret = hostile.cell(notebook, "test_stable_sigmoid_hidden_random")
    secret.outputs = [nbformat.from_dict(ERROR)]
    visible = hostile.cell(notebook, "test_stable_sigmoid_visible")
    line = sorted(hidden_lines(assignment.source))[0]
    visible.outputs = [nbformat.from_dict(stream("stdout", f"stolen: {line}\nfine\n"))]
    answers = "\n".join(cell.source for cell in notebook.cells if cell.metadata.get("nbgrader", {}).get("solution"))
    processed, _ = HideHiddenTests().preprocess(notebook, {})
    text = nbformat.writes(processed)
    assert "BEGIN HIDDEN TESTS" not in text
    leaked = [hidden for hidden in sorted(hidden_lines(assignment.source)) if hidden in text and hidden not in answers]
    assert not leaked, leaked
    assert (
        hostile.cell(processed, "test_stable_sigmoid_hidden_random")
        .outputs[0]["text"]
        .startswith("Hidden tests: failed")
    )


def test_kfold_probes_always_separate_wrong_fold_sizes():
    """Whatever the grading seed, some kfold_indices probe has fold sizes that ceil(n / k) folds, and
    one fold taking every extra index, get wrong (a seed once drew only sizes where both were right)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("probes_a03", REPO / "solutions" / "a03_regularization" / "probes.py")
    probes = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(probes)

    def right(n, k):
        return [n // k + (i < n % k) for i in range(k)]

    def ceil_sizes(n, k):
        size = -(-n // k)
        return [max(0, min(size, n - i * size)) for i in range(k)]

    def extra_in_first(n, k):
        return [n // k + n % k] + [n // k] * (k - 1)

    for seed in range(2000):
        sizes = [
            (case["arguments"]["n_examples"], case["arguments"]["k"])
            for case in probes._kfold_cases(np.random.default_rng(seed))
        ]
        for wrong in (ceil_sizes, extra_in_first):
            assert any(wrong(n, k) != right(n, k) for n, k in sizes), (
                f"seed {seed}: the kfold probes' sizes {sizes} cannot tell {wrong.__name__} from the right folds"
            )
