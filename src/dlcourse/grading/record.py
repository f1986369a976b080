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


def write_autograded(notebook, folder: Path, notebook_name: str, timestamp: str | None) -> Path:
    """Write the graded notebook as ``autograded/<student>/<assignment>/<notebook>``."""
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    path = folder / notebook_name
    nbformat.write(notebook, path)
    if timestamp:
        (folder / "timestamp.txt").write_text(timestamp)
    return path


def record_scores(db_url: str, assignment: str, notebook_id: str, student: str, scores: dict[str, float],
                  comments: dict[str, str | None], timestamp: str | None, needs_review: bool = False) -> None:
    """Store one submission's auto scores and comments in one transaction."""
    with api.Gradebook(db_url) as gradebook:
        session = gradebook.db
        try:
            target = session.query(api.Assignment).filter(api.Assignment.name == assignment).one_or_none()
            if target is None:
                raise api.MissingEntry(f"assignment {assignment} is not in the gradebook: run nbgrader generate_assignment")
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
                    grade.needs_manual_grade = needs_review or grade.auto_score is None or grade.manual_score is not None
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
