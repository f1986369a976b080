"""The website, built once per test run into a temporary folder (the ``site`` fixture).

The build is strict (``-nW --keep-going``). When nbval has already executed every book notebook,
in this pytest run or an earlier one of `make test`, the build finds those executions in its cache
(``dlcourse.testing.executed_notebooks``); otherwise every notebook is executed first, several at a
time, as `make book` does (``dlcourse.book_execution``).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import yaml
from jupyter_cache import get_cache
from jupyter_cache.base import CacheBundleIn

from dlcourse.book import toc_files, toc_notebooks
from dlcourse.book_execution import execute_into_cache
from dlcourse.settings import BOOK_WORKERS
from dlcourse.testing.course import REPO
from dlcourse.testing.executed_notebooks import saved_executions

BIN = Path(sys.executable).parent

PAGES = toc_files(REPO)  # every page of the table of contents
# The pages whose notebook builds a widget explorer.
WIDGET_PAGES = sorted(
    str(path.relative_to(REPO).with_suffix("")) for path in toc_notebooks(REPO) if "PlotExplorer(" in path.read_text()
)

# What the website's build reads: the configuration, the pages, and the exercise downloads.
BOOK_SOURCES = ["_config.yml", "_toc.yml", "_static", "book", "exercises"]


def build_site(tmp_path_factory) -> Path:
    """Build the book into a temporary folder; return its ``_build/html``."""
    output = tmp_path_factory.mktemp("site")
    source = output / "source"
    source.mkdir()
    for name in BOOK_SOURCES:
        if (REPO / name).is_dir():
            shutil.copytree(REPO / name, source / name, ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
        else:
            shutil.copy2(REPO / name, source / name)
    # The build's execution cache (cache mode): filled before the build, which then only reads it.
    cache_path = output / "jupyter_cache"
    book_config = yaml.safe_load((source / "_config.yml").read_text())
    book_config["execute"]["cache"] = str(cache_path)
    (source / "_config.yml").write_text(yaml.safe_dump(book_config, sort_keys=False))
    executions = saved_executions(REPO, toc_notebooks(REPO))
    if executions:
        # What nbval ran; the build's execution table shows how long each notebook's cells took.
        cache = get_cache(str(cache_path))
        for path, (notebook, record) in executions.items():
            bundle = CacheBundleIn(
                notebook, str(source / path.relative_to(REPO)), data={"execution_seconds": record["seconds"]}
            )
            cache.cache_notebook_bundle(bundle, check_validity=False, overwrite=True)
        print("building from the notebooks nbval executed")
    else:
        # As `make book` does: every notebook executed first, several at a time.
        failed = execute_into_cache(source, toc_notebooks(source), workers=BOOK_WORKERS, cache=cache_path)
        assert not failed, f"{failed} notebooks failed to execute (tracebacks above)"
    result = subprocess.run(
        [
            str(BIN / "jupyter-book"),
            "build",
            str(source),
            "--builder",
            "html",
            "-nW",
            "--keep-going",
            "--path-output",
            str(output),
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, f"strict build failed:\n{result.stdout[-6000:]}\n{result.stderr[-3000:]}"
    # MyST-NB logs each notebook it executes: every one should have come from the cache.
    executed = [line for line in result.stdout.splitlines() if "Executing notebook" in line]
    assert not executed, f"the build executed notebooks again instead of reading its cache: {executed}"
    return output / "_build" / "html"
