"""Keep what nbval executes, so that the book's test build does not execute every notebook again.

nbval runs each notebook cell by cell in a kernel and compares nothing in lax mode, but it
receives every output. This plugin keeps those outputs, the time the cells took, and the
kernel's widget state at the end of the notebook, and rebuilds the executed notebook from them.
When every cell of a notebook has passed, it saves the executed notebook under the folder
``DLCOURSE_EXECUTED`` names (a temporary one unless set). The website's build
(``tests/site_build.py``) puts these notebooks into its execution cache, so it executes nothing
again, provided every book notebook is there.

The website's tests (marked ``site``) run after the notebooks: last in one pytest run, or in a
second run, as `make test` does after running the rest in parallel workers.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path

import nbformat
import pytest
from nbval.plugin import IPyNbCell

WIDGET_STATE = "application/vnd.jupyter.widget-state+json"
SAVED = "DLCOURSE_EXECUTED"  # the folder where executed notebooks are passed between runs
_STATE_CODE = """
import json as _json
try:
    import ipywidgets as _ipywidgets
    print(_json.dumps(_ipywidgets.Widget.get_manager_state(drop_defaults=False)))
except ImportError:
    print("null")
"""


class NotebookRecorder:
    """A pytest plugin: notebook path -> executed cells, failures and widget state."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.cells: dict[Path, dict[int, list]] = {}
        self.failed: set[Path] = set()
        self.widget_state: dict[Path, dict | None] = {}
        self.seconds: dict[Path, float] = {}  # time spent running each notebook's cells
        self.temporary: str | None = None

    def pytest_configure(self, config):
        if not os.environ.get(SAVED):
            self.temporary = os.environ[SAVED] = tempfile.mkdtemp(prefix="dlcourse-executed-")

    def pytest_unconfigure(self, config):
        if self.temporary:
            shutil.rmtree(self.temporary, ignore_errors=True)

    @pytest.hookimpl(trylast=True)
    def pytest_collection_modifyitems(self, items):
        # The website's tests come after the notebooks, so that its build can use their executions.
        items.sort(key=lambda item: item.get_closest_marker("site") is not None)

    @pytest.hookimpl(hookwrapper=True)
    def pytest_runtest_makereport(self, item, call):
        outcome = yield
        report = outcome.get_result()
        if not isinstance(item, IPyNbCell):
            return
        path = Path(item.parent.path)
        if report.failed:
            self.failed.add(path)
        elif report.when == "call" and report.passed:
            self.cells.setdefault(path, {})[item.cell_num] = list(getattr(item, "test_outputs", []))
            self.seconds[path] = self.seconds.get(path, 0.0) + report.duration

    @pytest.hookimpl(hookwrapper=True, tryfirst=True)
    def pytest_runtest_teardown(self, item, nextitem):
        # Before the notebook's last cell is torn down, its kernel is still running.
        if isinstance(item, IPyNbCell) and (nextitem is None or nextitem.parent is not item.parent):
            path = Path(item.parent.path)
            kernel = item.parent.kernel
            if kernel is not None and kernel.is_alive() and path not in self.failed:
                self.widget_state[path] = self._widget_state(kernel)
            self._save(path)
        yield

    def _save(self, path: Path) -> None:
        """Save the executed notebook, or remove an older save if a cell did not pass."""
        if not path.resolve().is_relative_to(self.root):
            return  # a notebook outside the course, such as a test's own
        target = saved_path(self.root, path)
        notebook = self.executed(path)
        if notebook is None:
            target.unlink(missing_ok=True)
            return
        notebook.metadata["dlcourse_execution_seconds"] = self.seconds[path]
        target.parent.mkdir(parents=True, exist_ok=True)
        nbformat.write(notebook, target)

    @staticmethod
    def _widget_state(kernel) -> dict | None:
        printed = []

        def keep_stdout(message):
            if message["msg_type"] == "stream" and message["content"]["name"] == "stdout":
                printed.append(message["content"]["text"])

        reply = kernel.kc.execute_interactive(_STATE_CODE, output_hook=keep_stdout, timeout=60, store_history=False)
        if reply["content"]["status"] != "ok":
            raise RuntimeError(f"could not read the widget state: {reply['content']}")
        return json.loads("".join(printed))

    def executed(self, path: Path) -> nbformat.NotebookNode | None:
        """The notebook at ``path`` with the outputs nbval received, or None if a cell did not pass."""
        path = Path(path).resolve()
        if path in self.failed or path not in self.cells or path not in self.widget_state:
            return None
        notebook = nbformat.read(path, as_version=4)
        code_cells = [cell for cell in notebook.cells if cell.cell_type == "code"]
        if set(self.cells[path]) != set(range(len(code_cells))):
            return None
        for number, cell in enumerate(code_cells, start=1):
            cell.outputs = [nbformat.from_dict(dict(output)) for output in self.cells[path][number - 1]]
            cell.execution_count = number
            for output in cell.outputs:
                if output.output_type == "execute_result":
                    output.execution_count = number
        state = self.widget_state[path]
        if state and state.get("state"):
            notebook.metadata["widgets"] = {WIDGET_STATE: state}
        nbformat.validate(notebook)
        return notebook


def saved_path(root: Path, path: Path) -> Path:
    """Where the execution of the notebook at ``path`` (under ``root``) is saved."""
    return Path(os.environ[SAVED]) / Path(path).resolve().relative_to(Path(root).resolve())


def saved_executions(root: Path, paths: list[Path]) -> dict[Path, tuple[nbformat.NotebookNode, float]] | None:
    """The executions saved under ``DLCOURSE_EXECUTED``, or None unless every one of ``paths`` is there."""
    found = {}
    for path in paths:
        saved = saved_path(root, path)
        if not saved.is_file():
            return None
        notebook = nbformat.read(saved, as_version=4)
        seconds = notebook.metadata.pop("dlcourse_execution_seconds")
        found[path] = (notebook, seconds)
    return found
