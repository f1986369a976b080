"""Keep what nbval executes, so that the book's test build does not execute every notebook again.

nbval runs each notebook cell by cell in a kernel and compares nothing in lax mode, but it
receives every output. This plugin keeps those outputs, the time the cells took, and the
kernel's widget state at the end of the notebook, and rebuilds the executed notebook from them.
``tests/test_book.py`` then puts these notebooks into the build's execution cache, provided every
cell of every book notebook passed in the same pytest run, so the build executes nothing again.

`make test` runs the notebooks in parallel pytest workers, then the website's tests in a second
run. There ``DLCOURSE_EXECUTED`` names a folder: each worker saves there every notebook whose
cells all passed, and the second run's build reads them back (``saved_executions``).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import nbformat
import pytest
from nbval.plugin import IPyNbCell

WIDGET_STATE = "application/vnd.jupyter.widget-state+json"
SAVED = "DLCOURSE_EXECUTED"  # the folder where executed notebooks are passed between runs
SITE_TESTS = {"test_book.py", "test_site.py", "test_lab.py"}
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

    def __init__(self) -> None:
        self.cells: dict[Path, dict[int, list]] = {}
        self.failed: set[Path] = set()
        self.widget_state: dict[Path, dict | None] = {}
        self.seconds: dict[Path, float] = {}  # time spent running each notebook's cells

    @pytest.hookimpl(trylast=True)
    def pytest_collection_modifyitems(self, items):
        # The website's tests come after the notebooks, so that its build can use their executions.
        items.sort(key=lambda item: Path(item.path).name in SITE_TESTS)

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
        yield

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

    def pytest_sessionfinish(self, session):
        folder = os.environ.get(SAVED)
        if not folder:
            return
        root = Path(str(session.config.rootpath)).resolve()
        for path in self.cells:
            notebook = self.executed(path)
            if notebook is None:
                continue
            notebook.metadata["dlcourse_execution_seconds"] = self.seconds[path]
            target = Path(folder) / path.relative_to(root)
            target.parent.mkdir(parents=True, exist_ok=True)
            nbformat.write(notebook, target)

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


def recorder(config) -> NotebookRecorder:
    return config.pluginmanager.get_plugin("executed-notebooks")


def saved_executions(root: Path, paths: list[Path]) -> dict[Path, tuple[nbformat.NotebookNode, float]] | None:
    """The executions an earlier run saved under ``DLCOURSE_EXECUTED``, or None unless all are there."""
    folder = os.environ.get(SAVED)
    if not folder:
        return None
    found = {}
    for path in paths:
        saved = Path(folder) / Path(path).resolve().relative_to(root.resolve())
        if not saved.is_file():
            return None
        notebook = nbformat.read(saved, as_version=4)
        seconds = notebook.metadata.pop("dlcourse_execution_seconds")
        found[path] = (notebook, seconds)
    return found
