"""Finding submissions, and rebuilding each one from the instructor's copy.

What runs is never the student's notebook as it is. It is the instructor's notebook (the nbgrader
source, hidden tests included, with the release's metadata), into which the student's answers are
put, matched by ``grade_id``. Where the metadata was stripped or renamed, a cell is matched by its
cell id, then by the functions it defines. So deleted, edited or re-flagged test cells, raised
points and a changed ``schema_version`` change nothing. The student's own extra cells are kept, in
their place, without any nbgrader metadata.
"""

from __future__ import annotations

import ast
import copy
import json
import re
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import nbformat
from nbgrader.utils import compute_checksum, is_grade, is_solution


class Ungradable(Exception):
    """A submission that cannot be graded; the message says why, for the instructor."""


def _grade_id(cell) -> str | None:
    metadata = cell.get("metadata") if isinstance(cell, dict) else None
    nbgrader = metadata.get("nbgrader") if isinstance(metadata, dict) else None
    value = nbgrader.get("grade_id") if isinstance(nbgrader, dict) else None
    return value if isinstance(value, str) else None


def _source(cell) -> str:
    source = cell.get("source", "")
    if isinstance(source, list):
        return "".join(part for part in source if isinstance(part, str))
    return source if isinstance(source, str) else ""


def defined_names(source: str) -> set[str]:
    """Top-level functions and classes that ``source`` defines (also when it does not parse)."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return set(re.findall(r"^(?:async\s+)?(?:def|class)\s+([A-Za-z_]\w*)", source, flags=re.MULTILINE))
    return {node.name for node in tree.body if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))}


@dataclass
class Assignment:
    """An assignment as the instructor has it: the nbgrader source and the release."""

    name: str
    notebook_name: str  # e.g. a01_ann.ipynb
    source: nbformat.NotebookNode
    release: nbformat.NotebookNode

    @classmethod
    def load(cls, course: Path, name: str, source_directory: str = "solutions", release_directory: str = "exercises"):
        notebooks = sorted((course / source_directory / name).glob("*.ipynb"))
        if len(notebooks) != 1:
            raise ValueError(f"{source_directory}/{name} must hold exactly one notebook, not {len(notebooks)}")
        release = course / release_directory / name / notebooks[0].name
        if not release.is_file():
            raise FileNotFoundError(f"{release} is missing: run `nbgrader generate_assignment {name}` first")
        return cls(
            name, notebooks[0].name, nbformat.read(notebooks[0], as_version=4), nbformat.read(release, as_version=4)
        )

    def cells(self) -> list[tuple[nbformat.NotebookNode, nbformat.NotebookNode]]:
        """(source cell, release cell) pairs, matched by grade id or, failing that, position."""
        released = {_grade_id(cell): cell for cell in self.release.cells if _grade_id(cell)}
        pairs = []
        for index, cell in enumerate(self.source.cells):
            match = released.get(_grade_id(cell)) if _grade_id(cell) else None
            if match is None:
                match = self.release.cells[index] if index < len(self.release.cells) else cell
            pairs.append((cell, match))
        return pairs

    def points(self) -> dict[str, float]:
        return {
            _grade_id(cell): float(cell.metadata.nbgrader["points"]) for cell in self.source.cells if is_grade(cell)
        }

    def solution_ids(self) -> list[str]:
        return [_grade_id(cell) for cell in self.source.cells if is_solution(cell)]

    def function_of(self, test_id: str) -> str | None:
        """The graded function a test cell checks, by the name ``test_<function>_<what>``."""
        matches = [name for name in self.solution_ids() if test_id.startswith(f"test_{name}_")]
        return max(matches, key=len) if matches else None


@dataclass
class Submission:
    student: str
    folder: Path
    notebook: Path | None = None
    timestamp: str | None = None
    problem: str | None = None  # why no notebook could be chosen


def find_submissions(submitted: Path, assignment: Assignment) -> list[Submission]:
    """Every ``submitted/<student>/<assignment>/`` folder, with the notebook to grade in it."""
    found = []
    if not submitted.is_dir():
        return found
    for student_folder in sorted(path for path in submitted.iterdir() if path.is_dir()):
        folder = student_folder / assignment.name
        if not folder.is_dir():
            continue
        submission = Submission(student_folder.name, folder)
        timestamp = folder / "timestamp.txt"
        if timestamp.is_file():
            submission.timestamp = timestamp.read_text(errors="replace").strip()[:64] or None
        expected = folder / assignment.notebook_name
        notebooks = sorted(path for path in folder.glob("*.ipynb") if path.is_file())
        if expected.is_file():
            submission.notebook = expected
        elif len(notebooks) == 1:
            submission.notebook = notebooks[0]
        elif not notebooks:
            submission.problem = f"no notebook in the submission (expected {assignment.notebook_name})"
        else:
            names = ", ".join(path.name for path in notebooks)
            submission.problem = f"several notebooks ({names}) and none named {assignment.notebook_name}"
        found.append(submission)
    return found


@dataclass
class Rebuilt:
    notebook: nbformat.NotebookNode
    notes: list[str] = field(default_factory=list)


def read_student_notebook(path: Path) -> dict:
    """The submitted notebook's JSON, or Ungradable with the reason."""
    data = path.read_bytes()
    if not data.strip():
        raise Ungradable(f"{path.name} is empty")
    try:
        notebook = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise Ungradable(f"{path.name} is not valid JSON ({error})") from None
    if not isinstance(notebook, dict) or not isinstance(notebook.get("cells"), list):
        raise Ungradable(f"{path.name} is JSON but not a notebook (no list of cells)")
    return notebook


def rebuild(assignment: Assignment, student: dict) -> Rebuilt:
    """The notebook to run: the instructor's cells, the student's answers and extra cells."""
    notes: list[str] = []
    student_cells = [cell for cell in student["cells"] if isinstance(cell, dict)]
    pairs = assignment.cells()
    by_grade_id: dict[str, int] = {}
    by_cell_id: dict[str, int] = {}
    for index, cell in enumerate(student_cells):
        if _grade_id(cell) and _grade_id(cell) not in by_grade_id:
            by_grade_id[_grade_id(cell)] = index
        if isinstance(cell.get("id"), str) and cell["id"] not in by_cell_id:
            by_cell_id[cell["id"]] = index

    # Each instructor cell -> the student cell that stands for it, if any.
    owner: dict[int, int] = {}
    used: set[int] = set()
    for position, (source_cell, release_cell) in enumerate(pairs):
        candidates = [by_grade_id.get(_grade_id(source_cell)), by_cell_id.get(release_cell.get("id"))]
        match = next((index for index in candidates if index is not None and index not in used), None)
        if match is None and is_solution(source_cell):
            wanted = defined_names(_source(source_cell))
            for index, cell in enumerate(student_cells):
                if (
                    index not in used
                    and cell.get("cell_type") == "code"
                    and wanted
                    and wanted <= defined_names(_source(cell))
                ):
                    match = index
                    notes.append(f"answer {_grade_id(source_cell)} found by the functions it defines")
                    break
        if match is not None:
            owner[position] = match
            used.add(match)

    answered = [position for position, (cell, _) in enumerate(pairs) if is_solution(cell) and position in owner]
    if not answered and assignment.solution_ids():
        raise Ungradable("none of the answer cells could be found (their metadata and functions are gone)")

    # Student cells that stand for no instructor cell are extras, kept after the cell before them.
    extras_after: dict[int, list[dict]] = {}
    anchor = -1
    student_to_position = {index: position for position, index in owner.items()}
    for index, cell in enumerate(student_cells):
        if index in student_to_position:
            anchor = student_to_position[index]
        else:
            extras_after.setdefault(anchor, []).append(cell)
    cells = [_extra_cell(extra) for extra in extras_after.get(-1, [])]
    for position, (source_cell, release_cell) in enumerate(pairs):
        cells.append(_instructor_cell(source_cell, release_cell, student_cells, owner.get(position), notes))
        cells.extend(_extra_cell(extra) for extra in extras_after.get(position, []))

    notebook = nbformat.v4.new_notebook(cells=cells, metadata=copy.deepcopy(assignment.source.metadata))
    for solution_id in assignment.solution_ids():
        position = next(p for p, (cell, _) in enumerate(pairs) if _grade_id(cell) == solution_id)
        if position not in owner:
            notes.append(f"answer {solution_id} not found: graded as unanswered")
    return Rebuilt(notebook, notes)


def _instructor_cell(source_cell, release_cell, student_cells, student_index, notes):
    cell = copy.deepcopy(source_cell)
    cell.metadata = copy.deepcopy(release_cell.metadata) if release_cell is not None else cell.metadata
    if is_solution(source_cell):
        if student_index is None:
            cell.source = release_cell.source  # the stub: an unanswered question
        else:
            student = student_cells[student_index]
            if student.get("cell_type") != source_cell.cell_type:
                notes.append(f"answer {_grade_id(source_cell)} was a {student.get('cell_type')} cell")
            cell.source = _source(student)
    if cell.cell_type == "code":
        cell.outputs, cell.execution_count = [], None
    return cell


def _extra_cell(cell: dict):
    source = _source(cell)
    if cell.get("cell_type") == "code":
        extra = nbformat.v4.new_code_cell(source)
    elif cell.get("cell_type") == "markdown":
        extra = nbformat.v4.new_markdown_cell(source)
    else:
        extra = nbformat.v4.new_raw_cell(source)
    extra.id = f"student-{uuid.uuid4().hex[:8]}"
    return extra


def unanswered(cell, release_cell) -> bool:
    """Whether a solution cell still holds the release's stub."""
    checksum = release_cell.metadata.get("nbgrader", {}).get("checksum")
    return checksum is not None and compute_checksum(cell) == checksum
