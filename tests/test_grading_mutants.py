"""Every known-wrong implementation in ``tests/mutants/`` scores below full marks.

The fast grader (``tests/course.py``) scores each mutant: the solution notebook with one graded
function replaced by the mutant's code. ``tests/test_grading.py`` proves, on a sample, that the
fast grader gives the scores real ``nbgrader autograde`` gives.
"""

import pytest

from course import ASSIGNMENTS, FastGrader, cells_grading, make_course, max_points, mutants, source_notebook, with_code

MUTANT_CASES = [
    pytest.param(assignment, function, name, path, id=f"{assignment}/{function}/{name}")
    for assignment in ASSIGNMENTS
    for function, name, path in mutants(assignment)
]


@pytest.fixture(scope="module")
def mutant_scores(tmp_path_factory):
    """Fast-grader scores of every mutant, by (assignment, function, mutant name)."""
    course = make_course(tmp_path_factory.mktemp("mutant-course"))
    scores = {}
    for assignment in ASSIGNMENTS:
        source = source_notebook(assignment)
        with FastGrader(course / "solutions" / assignment) as grader:
            for function, name, path in mutants(assignment):
                scores[assignment, function, name] = grader.score(with_code(source, {function: path.read_text()}))
    return scores


@pytest.mark.parametrize(("assignment", "function", "name", "path"), MUTANT_CASES)
def test_mutant_scores_below_full_marks(assignment, function, name, path, mutant_scores):
    notebook = source_notebook(assignment)
    cells = cells_grading(notebook, function)
    points = max_points(notebook)
    scores = mutant_scores[assignment, function, name]
    earned = sum(scores[cell] for cell in cells)
    assert earned < sum(points[cell] for cell in cells), f"{name} earned full marks on {function}"
