"""One home for the course's settings: time and memory limits, and where the Keras cache lies.

The Makefile reads ``KERAS_CACHE`` from this file; nbgrader_config.py, the grading command, the
test plugin and the tools import the rest. The chapters and exercises are listed where they are
written: ``_toc.yml`` and ``solutions/`` (read by :mod:`dlcourse.book`). The book's own per-cell
execution limit is ``execute.timeout`` in ``_config.yml``, which Jupyter Book reads.
"""

# Grading: wall clock per cell and per submission, and memory per submission. nbgrader's
# `Execute.timeout`, `dlcourse grade` and the tests' fast grader use the same cell limit.
CELL_SECONDS = 120
SUBMISSION_SECONDS = 900
MEMORY_MIB = 3072

# One book notebook runs in at most this long on 2 CPU cores (`make bench` reports it).
NOTEBOOK_BUDGET_SECONDS = 90

# How many notebooks `make book` (tools/execute_book.py) and the tests' website build execute
# at once, each in its own kernel, when the build's execution cache lacks them.
BOOK_WORKERS = 2

# The pre-filled Keras cache (datasets and weights), relative to the repository's root.
KERAS_CACHE = "../shared/keras"
