"""nbgrader configuration for this course.

Layout: ``solutions/<assignment>/`` is nbgrader's *source* (reference solutions and hidden
tests); ``exercises/<assignment>/`` is the *release* students receive. Run nbgrader from the
repository root so that these paths resolve.
"""

c = get_config()  # noqa: F821 (provided by traitlets when nbgrader loads this file)

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
c.Execute.timeout = 120
c.Execute.interrupt_on_timeout = True
