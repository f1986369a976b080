"""Binder builds the book's environment from `.binder/`: Python 3.11, the packages the notebooks
import at requirements.txt's versions, and the course's helpers."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import nbformat

from dlcourse.book import toc_notebooks
from dlcourse.colab import normalized, pip_name, top_level_imports

REPO = Path(__file__).resolve().parents[2]
# Binder's image brings Jupyter itself, IPython included.
WITH_JUPYTER = {"IPython"}


def pins(path: Path) -> dict[str, str]:
    found = {}
    for line in path.read_text().splitlines():
        match = re.fullmatch(r"([A-Za-z0-9._-]+)==(\S+)", line.split("#")[0].strip())
        if match:
            found[normalized(match.group(1))] = match.group(2)
    return found


def requirement_lines(path: Path) -> list[str]:
    return [line.split("#")[0].strip() for line in path.read_text().splitlines() if line.split("#")[0].strip()]


def test_binder_runs_python_3_11():
    assert (REPO / ".binder" / "runtime.txt").read_text().strip() == "python-3.11"


def test_binder_pins_the_versions_of_requirements_txt():
    binder, course = pins(REPO / ".binder" / "requirements.txt"), pins(REPO / "requirements.txt")
    assert binder, "no pinned package in .binder/requirements.txt"
    unpinned = [
        line
        for line in requirement_lines(REPO / ".binder" / "requirements.txt")
        if "==" not in line and line not in (".", "-e .")
    ]
    assert not unpinned, f"pin these as requirements.txt does: {unpinned}"
    differ = {name: (version, course.get(name)) for name, version in binder.items() if course.get(name) != version}
    assert not differ, f".binder/requirements.txt against requirements.txt: {differ}"


def test_binder_installs_the_helpers_and_what_the_notebooks_import():
    lines = requirement_lines(REPO / ".binder" / "requirements.txt")
    assert "." in lines or "-e ." in lines, "dlcourse is not installed"
    binder = pins(REPO / ".binder" / "requirements.txt")
    imported = set()
    for path in toc_notebooks(REPO):
        for cell in nbformat.read(path, as_version=4).cells:
            if cell.cell_type == "code":
                imported |= top_level_imports(cell.source)
    missing = sorted(
        module
        for module in imported - set(sys.stdlib_module_names) - WITH_JUPYTER - {"dlcourse"}
        if normalized(pip_name(module)) not in binder
    )
    assert not missing, f".binder/requirements.txt lacks {missing}"
