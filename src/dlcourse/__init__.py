"""Plumbing for the deep-learning course: data loading, plots and widget factories.

The ideas a section teaches live in the notebooks; this package only carries what would
otherwise be repeated boilerplate.
"""

__version__ = "0.1.0"
