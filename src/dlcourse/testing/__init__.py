"""The course's own test machinery: grading variants of the solution notebooks, fast and for real.

Used by ``tests/`` and by ``tools/`` (``make mutation``, ``make bench-grading``); students and
instructors never need it.
"""
