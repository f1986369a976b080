"""nbgrader configuration for this course.

Layout: ``solutions/<assignment>/`` is nbgrader's *source* (reference solutions and hidden
tests); ``exercises/<assignment>/`` is the *release* students receive. Run nbgrader from the
repository root so that these paths resolve.
"""

import os

from dlcourse.grading.course import scripts_first
from dlcourse.settings import CELL_SECONDS

c = get_config()  # noqa: F821 (provided by traitlets when nbgrader loads this file)

# nbgrader runs helpers such as `alembic` from PATH. Put this environment's first, so that running
# `.venv/bin/nbgrader` without activating the environment works (and never deletes a release when
# it would fail half-way).
os.environ["PATH"] = scripts_first()

c.CourseDirectory.course_id = "dlcourse"
c.CourseDirectory.source_directory = "solutions"
c.CourseDirectory.release_directory = "exercises"
c.CourseDirectory.submitted_directory = "submitted"
c.CourseDirectory.autograded_directory = "autograded"
c.CourseDirectory.feedback_directory = "feedback"
c.CourseDirectory.db_url = "sqlite:///gradebook.db"

# Students start from clean notebooks; a deleted test cell is added back at grading time.
c.ClearSolutions.code_stub = {"python": "# YOUR CODE HERE\nraise NotImplementedError()"}
c.OverwriteCells.add_missing_cells = True

# Per-cell time limit while grading (seconds). `Execute.timeout` is the one nbgrader reads.
c.Execute.timeout = CELL_SECONDS
c.Execute.interrupt_on_timeout = True

# Instructor-only files in an assignment's source folder, never released: `probes.py` holds the
# integrity checks that `dlcourse grade` runs (src/dlcourse/grading/probes.py).
c.CourseDirectory.ignore = [".ipynb_checkpoints", "*.pyc", "__pycache__", "feedback", "probes.py"]

# generate_assignment first rejects test cells that cannot fail (no assert, or a discarded check).
from nbgrader.converters import GenerateAssignment, GenerateFeedback  # noqa: E402

c.GenerateAssignment.preprocessors = [
    "dlcourse.grading.nbgrader_plugins.LintTestCells",
    *GenerateAssignment.preprocessors.default(),
]
# Feedback shows no hidden test: neither its code nor any output quoting it.
c.GenerateFeedback.preprocessors = [
    *GenerateFeedback.preprocessors.default()[:1],
    "dlcourse.grading.nbgrader_plugins.HideHiddenTests",
    *GenerateFeedback.preprocessors.default()[1:],
]

# Autograde in the sandbox only: plain `nbgrader autograde` and the formgrader's Autograde button
# stop at once with a message that names `dlcourse grade` (which runs each submission in a jail and
# checks the answers outside the student's kernel).
c.Autograde.exporter_class = "dlcourse.grading.nbgrader_plugins.PlainAutogradeRefused"
