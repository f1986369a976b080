"""Strip outputs, execution counts and widget state from notebooks, in place.

Usage: python tools/clean_notebooks.py [folders or notebooks ...]
"""

import sys
from pathlib import Path

import nbformat


def clean(path: Path) -> bool:
    notebook = nbformat.read(path, as_version=4)
    changed = False
    for cell in notebook.cells:
        if cell.cell_type == "code" and (cell.outputs or cell.execution_count is not None):
            cell.outputs, cell.execution_count, changed = [], None, True
    if notebook.metadata.pop("widgets", None) is not None:
        changed = True
    if changed:
        nbformat.write(notebook, path)
    return changed


def main(arguments):
    paths = [Path(argument) for argument in arguments or ["book", "solutions"]]
    notebooks = [p for path in paths for p in ([path] if path.suffix == ".ipynb" else sorted(path.rglob("*.ipynb")))]
    for notebook in notebooks:
        if ".ipynb_checkpoints" not in notebook.parts and clean(notebook):
            print(f"cleaned {notebook}")


if __name__ == "__main__":
    main(sys.argv[1:])
