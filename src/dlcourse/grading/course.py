"""The course folder as nbgrader sees it, and nbgrader's command line run on it.

The folders and the gradebook come from nbgrader's own ``CourseDirectory``, configured by the
course's ``nbgrader_config.py``. nbgrader runs helpers such as ``alembic`` from PATH, so every
nbgrader run here puts this environment's scripts first: running ``.venv/bin/dlcourse`` without
activating the environment works.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from nbgrader.coursedir import CourseDirectory
from traitlets.config import Config
from traitlets.config.loader import PyFileConfigLoader


def scripts_first() -> str:
    """PATH with this environment's scripts first."""
    scripts, path = str(Path(sys.executable).parent), os.environ.get("PATH", "")
    return path if path.split(os.pathsep)[0] == scripts else os.pathsep.join([scripts, path])


def nbgrader_environment() -> dict[str, str]:
    """The environment nbgrader commands run in: this one, with its scripts first on PATH."""
    return dict(os.environ, PATH=scripts_first())


def run_nbgrader(root: str | os.PathLike, *arguments: str, check: bool = True) -> subprocess.CompletedProcess:
    """Run ``nbgrader <arguments>`` in the course folder ``root``; with ``check``, fail with its output."""
    result = subprocess.run(
        [sys.executable, "-m", "nbgrader", *arguments],
        cwd=root,
        capture_output=True,
        text=True,
        env=nbgrader_environment(),
    )
    if check and result.returncode != 0:
        raise RuntimeError(f"nbgrader {' '.join(arguments)} failed:\n{result.stdout}\n{result.stderr}")
    return result


def course_directory(root: str | os.PathLike) -> CourseDirectory:
    """nbgrader's view of the course at ``root``: its folders and its gradebook's URL."""
    root = Path(root).resolve()
    has_config = (root / "nbgrader_config.py").is_file()
    config = PyFileConfigLoader("nbgrader_config.py", path=str(root)).load_config() if has_config else Config()
    course = CourseDirectory(config=config, root=str(root))
    # A relative SQLite path is relative to the course, wherever the grader runs from.
    if course.db_url.startswith("sqlite:///") and not course.db_url.startswith("sqlite:////"):
        course.db_url = f"sqlite:///{root / course.db_url[len('sqlite:///') :]}"
    return course
