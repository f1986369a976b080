"""Execute the book's notebooks into its execution cache, several at a time, before `make book` builds.

The build (jupyter-book, ``execute_notebooks: cache``) executes a notebook the cache lacks one
after another; run first, this script executes them in parallel worker processes, each notebook
in its own kernel and folder with the book's execution settings (``dlcourse.book_execution``),
and the build then only reads them. Notebooks already in the cache (code cells unchanged since
their last successful run) are not executed again.

Usage: python tools/execute_book.py [--workers N]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from dlcourse.book import toc_notebooks
from dlcourse.book_execution import execute_into_cache
from dlcourse.settings import BOOK_WORKERS

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--workers", type=int, default=BOOK_WORKERS, help="notebooks run at once (settings.BOOK_WORKERS)"
    )
    arguments = parser.parse_args()
    failed = execute_into_cache(ROOT, toc_notebooks(ROOT), workers=arguments.workers)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
