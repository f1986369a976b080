"""Support for the grading tests: a temporary course copy, nbgrader calls, and a fast grader.

The fast grader executes variants of a source notebook in one warm kernel and scores each
graded cell with nbgrader's own ``determine_grade``, the function ``nbgrader autograde``
uses. ``tests/grading/test_grading.py`` checks that both routes give the same per-cell scores.
"""

from __future__ import annotations

import copy
import logging
import re
import shutil
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from nbgrader.utils import determine_grade, is_grade, is_solution

from dlcourse.book import exercises
from dlcourse.grading.course import run_nbgrader
from dlcourse.settings import CELL_SECONDS

REPO = Path(__file__).resolve().parents[3]
SOLUTIONS = REPO / "solutions"
RELEASE = REPO / "exercises"
MUTANTS = REPO / "tests" / "mutants"
VARIANTS = REPO / "tests" / "variants"
STUB = "# YOUR CODE HERE\nraise NotImplementedError()"

ASSIGNMENTS = exercises(REPO)


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


def answers(root: Path, assignment: str) -> list[tuple[str, str, Path]]:
    """(function, name, file) for every answer file under ``root/<assignment>/<function>/``, sorted."""
    folder = root / assignment
    return sorted((path.parent.name, path.stem, path) for path in folder.glob("*/*.py")) if folder.is_dir() else []


def mutants(assignment: str) -> list[tuple[str, str, Path]]:
    """(function, mutant name, file) for every known-wrong answer of ``assignment``."""
    return answers(MUTANTS, assignment)


def variants(assignment: str) -> list[tuple[str, str, Path]]:
    """(function, variant name, file) for every correct answer of ``assignment`` other than the reference."""
    return answers(VARIANTS, assignment)


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
    result = run_nbgrader(cwd, *arguments, check=False)
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
    """Execute a source notebook and variants of it in one kernel, and score them as nbgrader does.

    The notebooks are blocks: a solution cell, then the test cells that grade it. A variant differs
    from the source in some solution cells, and runs only from its first changed cell to the end
    of its last changed block (with ``follow``, to the end of the last later block that names a
    changed function, directly or through another such block). The cells before it keep the
    source's scores; the cells after it, which it did not run, have no score. Its cells meet the
    names a fresh run would give them: the source runs first, whole, and the grader keeps the
    kernel's namespace as it was before each code cell; a variant's run starts from the namespace
    kept before its first changed cell (so a stub that raises defines nothing, as in a fresh
    kernel). ``tests/grading/test_grading.py`` checks on variants scored this way that the per-cell scores
    equal those of ``nbgrader autograde``.
    """

    def __init__(self, working_directory: Path, timeout: float = CELL_SECONDS):
        self.client = NotebookClient(
            nbformat.v4.new_notebook(),
            timeout=timeout,
            kernel_name="python3",
            allow_errors=True,
            interrupt_on_timeout=True,
            resources={"metadata": {"path": str(working_directory)}},
        )
        self.log = logging.getLogger("fast-grader")
        self.base: dict[str, float] | None = None

    def __enter__(self):
        self._kernel = self.client.setup_kernel()
        self._kernel.__enter__()
        return self

    def __exit__(self, *exc_info):
        return self._kernel.__exit__(*exc_info)

    def _kernel_code(self, code: str) -> None:
        """Run the grader's own ``code`` in the kernel, outside any notebook."""
        cell = nbformat.v4.new_code_cell(code)
        self.client.execute_cell(cell, 0)
        if any(output.output_type == "error" for output in cell.outputs):
            raise RuntimeError(f"the fast grader's own code failed: {cell.outputs}")

    def _run(self, notebook, start: int, stop: int, keep: bool = False, until_loss: bool = False) -> dict[str, float]:
        """Execute the code cells ``start:stop`` of ``notebook``; score the graded ones among them.

        With ``keep``, keep the namespace before each code cell, by the cell's index. With
        ``until_loss``, stop after the first graded cell that scores below its points.
        """
        self.client.nb = notebook
        scores = {}
        for index, cell in enumerate(notebook.cells[start:stop], start=start):
            if cell.cell_type != "code":
                continue
            if keep:
                self._kernel_code(_KEEP.format(index=index))
            self.client.execute_cell(cell, index)
            if is_grade(cell):
                scores[grade_id(cell)], points = (float(value) for value in determine_grade(cell, self.log))
                if until_loss and scores[grade_id(cell)] < points:
                    break
        return scores

    def prepare(self, source) -> dict[str, float]:
        """Run ``source`` whole, keeping the namespace before each code cell; its per-cell points."""
        self.base = self._run(copy.deepcopy(source), 0, len(source.cells), keep=True)
        return self.base

    def score(self, source, variant, follow: bool = False, until_loss: bool = False) -> dict[str, float]:
        """Per-cell points of ``variant`` (after :meth:`prepare` of ``source``)."""
        start, stop = changed_blocks(source, variant, follow=follow)
        kept = [index for index, cell in enumerate(source.cells) if cell.cell_type == "code" and index >= start]
        if kept:
            self._kernel_code(_RESTORE.format(index=kept[0]))
        before = {grade_id(cell) for cell in variant.cells[:start] if is_grade(cell)}
        scores = {name: points for name, points in self.base.items() if name in before}
        scores.update(self._run(copy.deepcopy(variant), start, stop, until_loss=until_loss))
        return scores

    def score_all(self, source, variants: dict, follow=frozenset()) -> dict:
        """Per-cell points of ``source`` (key None) and of each variant (by its key).

        The variants whose keys are in ``follow`` also run the later blocks that use what they change.
        """
        scores = {None: self.prepare(source)}
        for key, variant in variants.items():
            scores[key] = self.score(source, variant, follow=key in follow)
        return scores


# Kernel-side code: keep a copy of the namespace (the same objects) on the shell, out of the
# namespace itself; put a kept one back.
_KEEP = "get_ipython().__dict__.setdefault('_fast_grader_kept', {{}})[{index}] = dict(get_ipython().user_ns)"
_RESTORE = (
    "(lambda shell: (shell.user_ns.clear(), shell.user_ns.update(shell._fast_grader_kept[{index}])))(get_ipython());"
)


def changed_blocks(source, variant, follow: bool = False) -> tuple[int, int]:
    """The cells from the first changed one to the end of the last changed block, as (start, stop).

    With ``follow``, the range reaches on to the end of every later block that names a function
    of a changed block, or of a block so reached.
    """
    assert [cell.cell_type for cell in source.cells] == [cell.cell_type for cell in variant.cells]
    assert [grade_id(cell) for cell in source.cells] == [grade_id(cell) for cell in variant.cells]
    changed = [index for index, (a, b) in enumerate(zip(source.cells, variant.cells)) if a.source != b.source]
    if not changed:
        return len(source.cells), len(source.cells)
    solutions = [index for index, cell in enumerate(source.cells) if is_solution(cell)]
    blocks = [(first, next((index for index in solutions if index > first), len(source.cells))) for first in solutions]
    affected = {
        grade_id(source.cells[first]) for first, end in blocks if any(first <= index < end for index in changed)
    }
    stop = max(end for first, end in blocks if first <= changed[-1]) if changed[-1] >= solutions[0] else solutions[0]
    if follow:
        for first, end in blocks:
            if first >= stop and any(
                re.search(rf"\b{re.escape(name)}\b", cell.source)
                for cell in variant.cells[first:end]
                for name in affected
            ):
                affected.add(grade_id(source.cells[first]))
                stop = end
    return changed[0], stop
