"""Writing results where nbgrader expects them: ``autograded/`` and the gradebook.

Only the trusted parent process calls this, one submission at a time. Each submission's scores
go into nbgrader's gradebook in one transaction: they are all written, or, on any error, none.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import nbformat
from nbgrader import api
from nbgrader.utils import parse_utc

# What ``write_autograded`` copies along from a submission: nbgrader's own files and small others.
COPIED_FILE_BYTES = 16 * 2**20
COPIED_FILES = 100


def write_autograded(
    notebook, folder: Path, notebook_name: str, timestamp: str | None, submitted: Path | None = None
) -> Path:
    """Write the graded notebook as ``autograded/<student>/<assignment>/<notebook>``.

    As ``nbgrader autograde`` does, the submission's other files come along (``timestamp.txt``, and
    ``submission_secret.txt``, without which ``nbgrader release_feedback`` cannot return the
    feedback): regular files only, never links, at most ``COPIED_FILES`` of ``COPIED_FILE_BYTES`` each.
    """
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    if submitted is not None and submitted.is_dir():
        for source in sorted(submitted.iterdir())[:COPIED_FILES]:
            if source.suffix == ".ipynb" or source.is_symlink() or not source.is_file():
                continue
            if source.stat().st_size <= COPIED_FILE_BYTES:
                shutil.copyfile(source, folder / source.name, follow_symlinks=False)
    path = folder / notebook_name
    nbformat.write(notebook, path)
    if timestamp:
        (folder / "timestamp.txt").write_text(timestamp)
    return path


def record_scores(
    db_url: str,
    assignment: str,
    notebook_id: str,
    student: str,
    scores: dict[str, float],
    comments: dict[str, str | None],
    timestamp: str | None,
    needs_review: bool = False,
) -> dict[str, tuple]:
    """Store one submission's auto scores and comments in one transaction.

    A manual score that an instructor gave in the formgrader is kept (nbgrader's total counts it),
    and the cell is flagged for review again. Returns those cells: {cell: (manual, new auto score)}.
    """
    kept = {}
    with api.Gradebook(db_url) as gradebook:
        session = gradebook.db
        try:
            target = session.query(api.Assignment).filter(api.Assignment.name == assignment).one_or_none()
            if target is None:
                raise api.MissingEntry(
                    f"assignment {assignment} is not in the gradebook: run nbgrader generate_assignment"
                )
            person = session.query(api.Student).filter(api.Student.id == student).one_or_none()
            if person is None:
                person = api.Student(id=student)
                session.add(person)
            submission = (
                session.query(api.SubmittedAssignment)
                .filter(api.SubmittedAssignment.assignment == target, api.SubmittedAssignment.student == person)
                .one_or_none()
            )
            if submission is None:
                submission = api.SubmittedAssignment(assignment=target, student=person)
                session.add(submission)
            submission.timestamp = parse_utc(timestamp) if timestamp else None
            for notebook in target.notebooks:
                submitted = next((nb for nb in submission.notebooks if nb.notebook == notebook), None)
                if submitted is None:
                    submitted = api.SubmittedNotebook(notebook=notebook, assignment=submission)
                    session.add(submitted)
                grades = {grade.cell_id: grade for grade in submitted.grades}
                notes = {comment.cell_id: comment for comment in submitted.comments}
                for cell in list(notebook.grade_cells) + list(notebook.task_cells):
                    grade = grades.get(cell.id)
                    if grade is None:
                        grade = api.Grade(cell_id=cell.id, notebook=submitted)
                        session.add(grade)
                    if notebook.name != notebook_id:
                        continue
                    grade.auto_score = scores.get(cell.name)
                    grade.needs_manual_grade = (
                        needs_review or grade.auto_score is None or grade.manual_score is not None
                    )
                    if grade.manual_score is not None:
                        kept[cell.name] = (grade.manual_score, grade.auto_score)
                for cell in list(notebook.solution_cells) + list(notebook.task_cells):
                    comment = notes.get(cell.id)
                    if comment is None:
                        comment = api.Comment(cell_id=cell.id, notebook=submitted)
                        session.add(comment)
                    if notebook.name == notebook_id:
                        comment.auto_comment = comments.get(cell.name)
            session.commit()
        except BaseException:
            session.rollback()
            raise
    return kept
