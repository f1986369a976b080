"""Preprocessors that nbgrader loads from ``nbgrader_config.py``.

- :class:`LintTestCells` runs first in ``generate_assignment``: a test cell that cannot fail, a
  visible assert without a message or a non-derandomized search is an error there, before any
  student sees the exercise.
- :class:`PlainAutogradeRefused` stands for ``nbgrader autograde``'s exporter: plain autograde (the
  command, or the formgrader's Autograde button) stops before it touches anything and names
  ``dlcourse grade``, which grades in the sandbox.
- :class:`HideHiddenTests` runs in ``generate_feedback``: the feedback a student receives shows
  none of the hidden tests, neither their code nor any output that quotes it.
"""

from __future__ import annotations

import ast

import nbformat
from nbconvert.exporters import NotebookExporter
from nbgrader.preprocessors import NbGraderPreprocessor
from nbgrader.utils import is_grade, is_solution
from traitlets import List

BEGIN_HIDDEN = "### BEGIN HIDDEN TESTS"
END_HIDDEN = "### END HIDDEN TESTS"

# Calls whose result says whether a check passed, and which therefore must not be thrown away.
_BOOLEAN_CHECKS = {"allclose", "isclose", "array_equal", "array_equiv", "all", "any", "isfinite", "equal"}


PLAIN_AUTOGRADE = "--Autograde.exporter_class=nbconvert.exporters.NotebookExporter"


class PlainAutogradeRefused(NotebookExporter):
    """Set as ``Autograde.exporter_class``: refuses before nbgrader removes or writes anything."""

    def __init__(self, *args, **kwargs):
        raise RuntimeError(
            "This course grades with `dlcourse grade <assignment>` (add `--student <id>` for one student): it runs "
            "each submission in a sandbox and checks the answers outside the student's kernel. Plain `nbgrader "
            "autograde` would run student code unprotected and replace those grades, so it is switched off in "
            f"nbgrader_config.py. To run it anyway, pass {PLAIN_AUTOGRADE}."
        )


class TestCellLintError(ValueError):
    """A test cell that could never fail."""


def lint_test_source(source: str) -> list[str]:
    """Problems of a test cell's code.

    A test cell must be able to fail (an assertion, and no check whose result is thrown away); a
    visible ``assert`` says what was expected (a message); a ``hypothesis`` search has the
    course's settings (``@checks.search(...)``, derandomized, so a regrade gives the same grade).
    """
    try:
        tree = ast.parse(source)
    except SyntaxError as error:
        return [f"does not parse: {error.msg} (line {error.lineno})"]
    problems = []
    hidden = _hidden_line_numbers(source)
    for node in ast.walk(tree):
        if isinstance(node, ast.Assert) and node.msg is None and node.lineno not in hidden:
            problems.append(f"line {node.lineno}: a visible assert needs a message that says what was expected")
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            decorators = [ast.unparse(decorator) for decorator in node.decorator_list]
            if any(text.startswith(("given(", "hypothesis.given(")) for text in decorators) and not any(
                text.startswith("checks.search(") for text in decorators
            ):
                problems.append(f"line {node.lineno}: a hypothesis search needs @checks.search(...) (derandomized)")
    asserts = [node for node in ast.walk(tree) if isinstance(node, ast.Assert)]
    raising_calls = [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and (_name(node.func).startswith(("assert", "raises")) or _on_checks(node.func))
    ]
    raises = [node for node in ast.walk(tree) if isinstance(node, ast.Raise)]
    if not (asserts or raising_calls or raises):
        problems.append("never asserts: it can never fail (use assert or np.testing.assert_*)")
    for statement in ast.walk(tree):
        if isinstance(statement, ast.Expr):
            value = statement.value
            if isinstance(value, ast.Compare) or (isinstance(value, ast.Call) and _name(value.func) in _BOOLEAN_CHECKS):
                problems.append(f"line {statement.lineno} computes a check and discards it: write `assert ...`")
    return problems


def _hidden_line_numbers(source: str) -> set[int]:
    numbers, inside = set(), False
    for number, line in enumerate(source.splitlines(), start=1):
        if BEGIN_HIDDEN in line:
            inside = True
        elif END_HIDDEN in line:
            inside = False
        if inside:
            numbers.add(number)
    return numbers


def _on_checks(function) -> bool:
    """A call of the course's ``checks`` module, whose functions fail with a message."""
    return (
        isinstance(function, ast.Attribute) and isinstance(function.value, ast.Name) and function.value.id == "checks"
    )


def _name(function) -> str:
    if isinstance(function, ast.Attribute):
        return function.attr
    if isinstance(function, ast.Name):
        return function.id
    return ""


class LintTestCells(NbGraderPreprocessor):
    """Fail ``generate_assignment`` on a test cell that cannot fail, says nothing when it fails, or grades at random."""

    def preprocess(self, nb, resources):
        problems = []
        for cell in nb.cells:
            if cell.cell_type == "code" and is_grade(cell) and not is_solution(cell):
                grade_id = cell.metadata["nbgrader"].get("grade_id", "?")
                problems.extend(f"{grade_id}: {problem}" for problem in lint_test_source(cell.source))
        if problems:
            name = resources.get("unique_key", "notebook")
            raise TestCellLintError(f"test cells of {name} that break the test-cell rules:\n  " + "\n  ".join(problems))
        return nb, resources


def hidden_lines(nb) -> set[str]:
    """Lines of hidden tests that appear nowhere else in the notebook: the ones to keep secret."""
    hidden, shown = set(), set()
    for cell in nb.cells:
        inside = False
        for line in cell.source.splitlines():
            if BEGIN_HIDDEN in line:
                inside = True
            elif END_HIDDEN in line:
                inside = False
            elif inside and len(line.strip()) >= 12:
                hidden.add(line.strip())
            else:
                shown.add(line.strip())
    shown_text = "\n".join(shown)
    return {line for line in hidden - shown if line not in shown_text}


class HideHiddenTests(NbGraderPreprocessor):
    """For feedback: hidden tests removed from the code; every test cell's outputs replaced.

    A test cell's outputs were made in the student's kernel after hidden tests had run there, so
    they could carry a hidden test in any encoding. None is copied: a test cell shows the text that
    ``dlcourse grade`` wrote into its metadata (the verdict, and for a visible test the message of
    its fresh run, which never met a hidden test), or, without it, a verdict from the outputs' kind.
    """

    # Declared as configurable, as nbgrader's own feedback preprocessors do: the HTML exporter sets
    # it for every preprocessor, and traitlets warns about an option it does not recognize.
    display_data_priority = List(NbGraderPreprocessor.display_data_priority.default_value).tag(config=True)

    def preprocess(self, nb, resources):
        for cell in nb.cells:
            had_hidden = BEGIN_HIDDEN in cell.source
            if had_hidden:
                cell.source = _without_hidden(cell.source)
            if cell.cell_type != "code" or not (is_grade(cell) and not is_solution(cell)):
                continue
            text = cell.metadata.get("dlcourse", {}).get("feedback")
            if not isinstance(text, str):
                failed = any(output.output_type == "error" for output in cell.outputs)
                wrote = any(output.output_type == "stream" and output.name == "stderr" for output in cell.outputs)
                kind = "Hidden tests" if had_hidden else "Visible test"
                text = (
                    f"{kind}: failed.\n"
                    if failed
                    else (f"{kind}: a warning or message on stderr (scored 0).\n" if wrote else f"{kind}: passed.\n")
                )
            cell.outputs = [nbformat.v4.new_output("stream", name="stdout", text=text)]
        return nb, resources


def _without_hidden(source: str) -> str:
    kept, inside = [], False
    for line in source.splitlines(keepends=True):
        if BEGIN_HIDDEN in line:
            inside = True
            kept.append(line.replace(BEGIN_HIDDEN, "# (hidden tests: not shown)"))
        elif END_HIDDEN in line:
            inside = False
        elif not inside:
            kept.append(line)
    return "".join(kept)
