"""Committed notebooks carry no outputs, no execution counts and no widget state."""

import subprocess

import nbformat
import pytest

from dlcourse.testing.course import REPO

TRACKED = subprocess.run(
    ["git", "ls-files", "--cached", "--others", "--exclude-standard", "*.ipynb"],
    cwd=REPO,
    capture_output=True,
    text=True,
    check=True,
).stdout.split()


def test_there_are_notebooks():
    assert any(path.startswith("book/") for path in TRACKED)
    assert any(path.startswith("solutions/") for path in TRACKED)


@pytest.mark.parametrize("path", TRACKED)
def test_notebook_is_valid_and_clean(path):
    notebook = nbformat.read(REPO / path, as_version=4)
    nbformat.validate(notebook)
    for index, cell in enumerate(notebook.cells):
        if cell.cell_type == "code":
            assert cell.outputs == [], f"cell {index} has outputs: run `make clean-notebooks`"
            assert cell.execution_count is None, f"cell {index} has an execution count"
    assert "widgets" not in notebook.metadata, "saved widget state: run `make clean-notebooks`"
