"""Support for the grading tests: a temporary course copy, nbgrader calls, and a fast grader.

The fast grader executes variants of a source notebook in one warm kernel and scores each
graded cell with nbgrader's own ``determine_grade``, the function ``nbgrader autograde``
uses. ``tests/test_grading.py`` checks that both routes give the same per-cell scores.
"""

from __future__ import annotations

import copy
import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from nbgrader.utils import determine_grade, is_grade, is_solution

REPO = Path(__file__).resolve().parents[1]
SOLUTIONS = REPO / "solutions"
RELEASE = REPO / "exercises"
MUTANTS = REPO / "tests" / "mutants"
STUB = "# YOUR CODE HERE\nraise NotImplementedError()"

ASSIGNMENTS = sorted(
    path.name for path in SOLUTIONS.iterdir() if (path / f"{path.name}.ipynb").is_file()
)


def source_notebook(assignment: str) -> nbformat.NotebookNode:
    return nbformat.read(SOLUTIONS / assignment / f"{assignment}.ipynb", as_version=4)


def grade_id(cell) -> str | None:
    return cell.metadata.get("nbgrader", {}).get("grade_id")


def solution_ids(notebook) -> list[str]:
    """The grade ids of the solution cells, i.e. the graded functions."""
    return [grade_id(cell) for cell in notebook.cells if is_solution(cell)]


def max_points(notebook) -> dict[str, float]:
    return {grade_id(cell): float(cell.metadata.nbgrader["points"]) for cell in notebook.cells if is_grade(cell)}


def cells_grading(notebook, function: str) -> list[str]:
    """Grade ids of the test cells that grade ``function`` (named ``test_<function>_...``)."""
    return [name for name in max_points(notebook) if name.startswith(f"test_{function}_")]


def mutants(assignment: str) -> list[tuple[str, str, Path]]:
    """(function, mutant name, file) for every mutant of ``assignment``, sorted."""
    root = MUTANTS / assignment
    return sorted(
        (path.parent.name, path.stem, path) for path in root.glob("*/*.py")
    ) if root.is_dir() else []


def with_code(notebook, replacements: dict[str, str]):
    """A copy of ``notebook`` whose solution cells named in ``replacements`` hold new code."""
    variant = copy.deepcopy(notebook)
    unknown = set(replacements) - set(solution_ids(variant))
    if unknown:
        raise KeyError(f"no solution cells named {sorted(unknown)}")
    for cell in variant.cells:
        if grade_id(cell) in replacements:
            cell.source = replacements[grade_id(cell)]
    return variant


def release_variant(notebook):
    """What autograde runs for an untouched release: every solution replaced by the stub."""
    return with_code(notebook, {name: STUB for name in solution_ids(notebook)})


def nbgrader(*arguments: str, cwd: Path) -> str:
    """Run an nbgrader command in ``cwd``; fail with its output if it fails."""
    # nbgrader runs helpers such as `alembic` from PATH: use this environment's.
    environment = dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}")
    result = subprocess.run(
        [sys.executable, "-m", "nbgrader", *arguments], cwd=cwd, capture_output=True, text=True, env=environment
    )
    if result.returncode != 0:
        raise AssertionError(f"nbgrader {' '.join(arguments)} failed:\n{result.stdout}\n{result.stderr}")
    return result.stdout + result.stderr


def make_course(root: Path) -> Path:
    """A throwaway course folder holding the nbgrader source and configuration."""
    root.mkdir(parents=True, exist_ok=True)
    shutil.copytree(SOLUTIONS, root / "solutions")
    shutil.copy(REPO / "nbgrader_config.py", root / "nbgrader_config.py")
    return root


class FastGrader:
    """Execute notebook variants in one kernel and score them as nbgrader does."""

    def __init__(self, working_directory: Path, timeout: int = 120):
        self.client = NotebookClient(
            nbformat.v4.new_notebook(),
            timeout=timeout,
            kernel_name="python3",
            allow_errors=True,
            resources={"metadata": {"path": str(working_directory)}},
        )
        self.log = logging.getLogger("fast-grader")

    def __enter__(self):
        self._kernel = self.client.setup_kernel()
        self._kernel.__enter__()
        return self

    def __exit__(self, *exc_info):
        return self._kernel.__exit__(*exc_info)

    def score(self, notebook) -> dict[str, float]:
        """Per-cell points of ``notebook`` run from a cleared namespace."""
        variant = copy.deepcopy(notebook)
        variant.cells.insert(0, nbformat.v4.new_code_cell("%reset -f"))
        self.client.nb = variant
        for index, cell in enumerate(variant.cells):
            if cell.cell_type == "code":
                self.client.execute_cell(cell, index)
        return {grade_id(cell): float(determine_grade(cell, self.log)[0]) for cell in variant.cells if is_grade(cell)}
