"""Every book notebook and every released exercise runs on a bare Colab runtime: its first code
cell, written by `make colab-cells` from `_config.yml` (in an exercise's source, then copied into the
release by `make exercises`), installs the helpers and every package it imports that Colab lacks,
and does nothing elsewhere. `pip install` of the helpers brings what they import."""

from __future__ import annotations

import importlib.util
import re
import sys
import tomllib
from pathlib import Path

import nbformat
import pytest
import yaml

from dlcourse.colab import PREINSTALLED, normalized, pip_installs, pip_name, top_level_imports

REPO = Path(__file__).resolve().parents[2]

_spec = importlib.util.spec_from_file_location("colab_cells", REPO / "tools" / "colab_cells.py")
colab_cells = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(colab_cells)

NOTEBOOKS = colab_cells.notebooks(REPO)  # the book's and the exercises' sources
IDS = [str(path.relative_to(REPO)) for path in NOTEBOOKS]
SOURCES = sorted(REPO.glob("solutions/*/*.ipynb"))
# What students open on Colab: the book's notebooks and the released exercises (no hidden tests).
ON_COLAB = [path for path in NOTEBOOKS if path not in SOURCES] + sorted(REPO.glob("exercises/*/*.ipynb"))


def first_code_cell(path: Path):
    return next(cell for cell in nbformat.read(path, as_version=4).cells if cell.cell_type == "code")


def test_there_are_book_notebooks_and_exercises():
    assert len(NOTEBOOKS) - len(SOURCES) > 10 and len(SOURCES) >= 7
    assert len(ON_COLAB) == len(NOTEBOOKS)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=IDS)
def test_first_code_cell_is_the_generated_colab_cell(path):
    assert path.read_text(encoding="utf-8") == colab_cells.expected_text(path), (
        "the Colab cell is stale or edited by hand: run `make colab-cells`"
    )
    cell = first_code_cell(path)
    assert cell.id == "colab-setup" and cell.metadata.get("tags") == ["remove-cell"]
    repository = yaml.safe_load((REPO / "_config.yml").read_text())["repository"]
    assert 'if "google.colab" in sys.modules:\n    %pip install' in cell.source, "it must install on Colab only"
    assert pip_installs(cell.source)[0] == f"dlcourse @ git+{repository['url']}@{repository['branch']}"


@pytest.mark.parametrize("source", SOURCES, ids=[path.parent.name for path in SOURCES])
def test_an_exercise_s_colab_cell_is_ordinary_and_released_first(source):
    """Neither graded nor locked, before the set-up cell; the release students open starts with it."""
    cell = first_code_cell(source)
    assert cell.id == "colab-setup" and "nbgrader" not in cell.metadata
    release = REPO / "exercises" / source.parent.name / source.name
    released = first_code_cell(release)
    assert (released.id, released.source) == (cell.id, cell.source), "exercises/ is stale: run `make exercises`"
    # What only the hidden tests import (never released) is not installed on a student's Colab.
    imported = set().union(
        *(
            top_level_imports(other.source)
            for other in nbformat.read(release, as_version=4).cells
            if other.cell_type == "code"
        )
    )
    needless = [
        extra
        for extra in pip_installs(cell.source)[1:]
        if normalized(extra) not in {normalized(pip_name(module)) for module in imported}
    ]
    assert not needless, f"the cell installs {needless}, which the release never imports"


@pytest.mark.parametrize("path", ON_COLAB, ids=[str(path.relative_to(REPO)) for path in ON_COLAB])
def test_every_import_is_on_colab_or_installed_by_the_first_cell(path):
    cells = [cell for cell in nbformat.read(path, as_version=4).cells if cell.cell_type == "code"]
    installed = {
        normalized(re.match(r"[A-Za-z0-9._-]+", requirement).group()) for requirement in pip_installs(cells[0].source)
    }
    imported = set().union(*(top_level_imports(cell.source) for cell in cells))
    missing = sorted(
        module
        for module in imported - set(sys.stdlib_module_names) - PREINSTALLED
        if normalized(pip_name(module)) not in installed
    )
    assert not missing, f"a bare Colab runtime lacks {missing}, and the first cell does not install it"


def test_the_helpers_declare_what_they_import():
    """What the student-facing helpers (not the grader, not the test tools) import, `pip install` brings."""
    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]

    def names(requirements):
        return {normalized(re.match(r"[A-Za-z0-9._-]+", requirement).group()) for requirement in requirements}

    def undeclared(paths, declared):
        imported = set().union(*(top_level_imports(path.read_text()) for path in paths))
        return sorted(
            module
            for module in imported - set(sys.stdlib_module_names) - {"dlcourse"}
            if normalized(pip_name(module)) not in declared
        )

    # The website's build (its Sphinx extension, the notebooks' execution) is declared in the `book` extra.
    build = [REPO / "src" / "dlcourse" / name for name in ("sphinx_assets.py", "book_execution.py")]
    helpers = [path for path in sorted((REPO / "src" / "dlcourse").glob("*.py")) if path not in build]
    declared = names(project["dependencies"])
    missing = undeclared(helpers, declared)
    assert not missing, f"pyproject.toml's dependencies lack {missing}"
    book = declared | names(project["optional-dependencies"]["book"])
    missing = undeclared(build, book)
    assert not missing, f"pyproject.toml's book extra lacks {missing}"
    extras = project["optional-dependencies"]
    known = set(declared)
    for extra, folders in {
        "grading": ["grading"],
        "testing": ["grading", "testing"],
    }.items():  # testing adds to grading
        known |= names(extras[extra])
        modules = set().union(
            *(
                top_level_imports(path.read_text())
                for folder in folders
                for path in (REPO / "src" / "dlcourse" / folder).glob("*.py")
            )
        )
        missing = sorted(
            module
            for module in modules - set(sys.stdlib_module_names) - {"dlcourse"}
            if normalized(pip_name(module)) not in known
        )
        assert not missing, f"pyproject.toml's [{extra}] extra lacks {missing}"
    assert "tensorflow" not in declared, "Colab has TensorFlow: installing the helpers must not pull another"
