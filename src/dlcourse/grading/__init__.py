"""Batch autograding on top of nbgrader: sandboxed, robust and parallel.

``dlcourse grade <assignment>`` reads ``submitted/<student>/<assignment>/``, rebuilds each
submission from the instructor's copy, runs it in a sandboxed kernel, checks the graded
functions on inputs drawn at grading time, and records the scores in nbgrader's gradebook, one
transaction per submission. nbgrader's own ``export`` and ``generate_feedback`` then produce the
grades CSV and the feedback.

- :mod:`.sandbox`: the jail (bubblewrap, cgroups, resource limits) a kernel runs in;
- :mod:`.kernel`: a sandboxed Jupyter kernel, driven cell by cell with time and output caps;
- :mod:`.submissions`: finding, reading and rebuilding submissions;
- :mod:`.probes`: the integrity check, comparing graded functions with the reference (run here) outside the sandbox;
- :mod:`.scoring`: per-cell scores, as nbgrader computes them, hardened, and the feedback under each test cell;
- :mod:`.record`: writing autograded notebooks and the gradebook;
- :mod:`.batch`: the whole run, in parallel, with a progress bar and a report;
- :mod:`.course`: nbgrader's view of the course folder (``CourseDirectory``) and its command line;
- :mod:`.nbgrader_plugins`: preprocessors nbgrader loads from ``nbgrader_config.py``.
"""
