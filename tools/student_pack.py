"""Build the student pack: what students get, and nothing of the answers (`make student-pack`).

The pack holds the book's notebooks, the released exercises (`exercises/`, as nbgrader generated
them) and the course's helpers (`dlcourse`, without the grader and the course's own test tools),
with a `pyproject.toml` to install them and a pinned `requirements.txt`. It holds no `solutions/`,
no hidden test, no probe, no mutant or variant: `tests/book/test_student_pack.py` checks that.

Usage: python tools/student_pack.py [--output _build/student-pack]   (also writes <output>.zip)
"""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
# The helpers students use; the grader (`grading`), the course's test tools (`testing`) and the
# instructor's command line stay out.
LEFT_OUT = ["grading", "testing", "cli.py", "__pycache__"]
# The pinned packages a student needs to run the book and the exercises, Validate included.
STUDENT_PACKAGES = [
    "tensorflow",
    "keras",
    "numpy",
    "matplotlib",
    "ipywidgets",
    "ipykernel",
    "jupyterlab",
    "notebook",
    "nbgrader",
    "scikit-learn",
    "statsmodels",
    "pyyaml",
]

README = """# Deep Learning by Doing: the student pack

The book's notebooks (`book/`), the exercises (`exercises/`) and the helpers they import
(`src/dlcourse`). Set up once, with Python 3.11:

```bash
python3.11 -m venv .venv && source .venv/bin/activate
pip install -r requirements.txt && pip install .
jupyter lab
```

Open an exercise in `exercises/`, replace each `raise NotImplementedError()` with your code, run
all cells, click **Validate**, and hand the notebook in as your course asks. The book's *Student
guide* page says more.
"""

PYPROJECT = """[build-system]
requires = ["setuptools>=68"]
build-backend = "setuptools.build_meta"

[project]
name = "dlcourse"
version = "{version}"
description = "Helpers for the deep-learning course: data loading, plots, widgets and the exercises' checks."
requires-python = ">=3.11"

[tool.setuptools.packages.find]
where = ["src"]
"""


def pinned_requirements() -> str:
    lines = ["# The pinned packages of the course that the notebooks and exercises need."]
    for line in (REPO / "requirements.txt").read_text().splitlines():
        name = line.split("==")[0].strip().lower()
        if name in STUDENT_PACKAGES:
            lines.append(line.strip())
    return "\n".join(lines) + "\n"


def build(output: Path) -> Path:
    if output.exists():
        shutil.rmtree(output)
    output.mkdir(parents=True)
    for notebook in sorted((REPO / "book").rglob("*.ipynb")):
        target = output / notebook.relative_to(REPO)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(notebook, target)
    shutil.copytree(REPO / "exercises", output / "exercises")
    shutil.copytree(REPO / "src" / "dlcourse", output / "src" / "dlcourse", ignore=shutil.ignore_patterns(*LEFT_OUT))
    from dlcourse import __version__

    (output / "pyproject.toml").write_text(PYPROJECT.format(version=__version__))
    (output / "requirements.txt").write_text(pinned_requirements())
    (output / "README.md").write_text(README)
    archive = shutil.make_archive(str(output), "zip", root_dir=output.parent, base_dir=output.name)
    return Path(archive)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=REPO / "_build" / "student-pack")
    arguments = parser.parse_args()
    print(f"wrote {arguments.output}/ and {build(arguments.output.resolve())}")


if __name__ == "__main__":
    main()
