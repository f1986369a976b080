"""Write the Colab set-up cell of every book notebook and exercise source (`make colab-cells`).

Every notebook that `_toc.yml` lists, and every exercise's source in `solutions/`, starts its code
with a cell generated here, tagged `remove-cell` (the website hides it) and with the cell id
`colab-setup`. On Colab only, it installs the course's helpers (`dlcourse`) from the repository
and branch that `_config.yml` names (`repository.url`, `repository.branch`), and every package the
notebook imports that a bare Colab runtime lacks (`dlcourse.colab.PREINSTALLED`); the hidden tests,
which students never get, do not count. Anywhere else its `if` is false. In a chapter, the cell
then calls `dlcourse.plots.readable_figures()`, everywhere: figures keep 9 px text on the website. In an
exercise it is an ordinary cell, neither graded nor locked: `make exercises` copies it into the
release. Edit `_config.yml`, `dlcourse.colab` or this script, then rerun it; never edit the cells
by hand: `tests/book/test_colab.py` fails when a notebook differs from what this script writes.

Usage: python tools/colab_cells.py [--check]   (--check: change nothing, exit 1 if a cell is stale)
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import nbformat
import yaml

from dlcourse.book import toc_notebooks
from dlcourse.colab import PREINSTALLED, pip_name, top_level_imports
from dlcourse.grading.nbgrader_plugins import BEGIN_HIDDEN, END_HIDDEN

REPO = Path(__file__).resolve().parents[1]
CELL_ID = "colab-setup"
TAGS = ["remove-cell"]


def install_url(root: Path) -> str:
    """pip's requirement for the helpers: ``dlcourse @ git+<repository.url>@<repository.branch>``."""
    repository = yaml.safe_load((root / "_config.yml").read_text())["repository"]
    return f"dlcourse @ git+{repository['url'].rstrip('/')}@{repository['branch']}"


def notebooks(root: Path = REPO) -> list[Path]:
    """The notebooks that carry the cell: the book's, in reading order, then the exercises' sources."""
    return toc_notebooks(root) + sorted(root.glob("solutions/*/*.ipynb"))


def without_hidden_tests(source: str) -> str:
    """A cell's source as students get it: nbgrader's hidden tests are never released."""
    kept, hidden = [], False
    for line in source.splitlines():
        if BEGIN_HIDDEN in line:
            hidden = True
        elif END_HIDDEN in line:
            hidden = False
        elif not hidden:
            kept.append(line)
    return "\n".join(kept)


def imported_modules(notebook) -> set[str]:
    """The top-level modules that the notebook's code cells import (``import x.y``, ``from x import y``)."""
    modules = set()
    for cell in notebook.cells:
        if cell.cell_type == "code" and cell.get("id") != CELL_ID:
            modules |= top_level_imports(without_hidden_tests(cell.source))
    return modules


def packages_colab_lacks(notebook) -> list[str]:
    """What pip installs on Colab besides the helpers, for this notebook: sorted pip names."""
    lacking = imported_modules(notebook) - set(sys.stdlib_module_names) - PREINSTALLED - {"dlcourse"}
    return sorted(pip_name(module) for module in lacking)


def cell_source(root: Path, packages: list[str], book: bool = False) -> str:
    install = " ".join([f'"{install_url(root)}"', *packages])
    lines = [
        "# On Colab only: install the course's helpers (and any package Colab lacks).",
        "# Written by `make colab-cells` (tools/colab_cells.py) from _config.yml: do not edit by hand.",
        "import sys",
        "",
        'if "google.colab" in sys.modules:',
        f"    %pip install --quiet {install}",
    ]
    if book:  # a chapter's figures keep 9 px text where the website shows them
        lines += [
            "",
            "# Everywhere: figures keep text of 9 px or more where the website shows them.",
            "from dlcourse.plots import readable_figures",
            "",
            "readable_figures()",
        ]
    return "\n".join(lines)


def with_colab_cell(notebook, root: Path = REPO, book: bool = False):
    """The notebook with its Colab cell (re)written just before its first other code cell; in a
    chapter (``book``), the cell also makes its figures readable (``dlcourse.plots.readable_figures``)."""
    cells = [cell for cell in notebook.cells if cell.get("id") != CELL_ID]
    notebook.cells = cells
    cell = nbformat.v4.new_code_cell(
        cell_source(root, packages_colab_lacks(notebook), book), id=CELL_ID, metadata={"tags": list(TAGS)}
    )
    first_code = next((index for index, other in enumerate(cells) if other.cell_type == "code"), len(cells))
    notebook.cells = cells[:first_code] + [cell] + cells[first_code:]
    return notebook


def expected_text(path: Path, root: Path = REPO) -> str:
    """The notebook file's text once its Colab cell is up to date."""
    book = Path(path).resolve() in {notebook.resolve() for notebook in toc_notebooks(root)}
    return nbformat.writes(with_colab_cell(nbformat.read(path, as_version=4), root, book)) + "\n"


def main(arguments=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if a notebook's cell is stale")
    check = parser.parse_args(arguments).check
    stale = []
    for path in notebooks():
        text = expected_text(path)
        if path.read_text(encoding="utf-8") != text:
            stale.append(path)
            if not check:
                path.write_text(text, encoding="utf-8")
            print(f"{'stale' if check else 'updated'} {path.relative_to(REPO)}")
    return 1 if check and stale else 0


if __name__ == "__main__":
    sys.exit(main())
