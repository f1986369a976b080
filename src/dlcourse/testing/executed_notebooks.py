"""The record of what nbval executes: one place that keeps, times and saves each notebook's run.

nbval runs each notebook cell by cell in a kernel and compares nothing in lax mode, but it
receives every output. This plugin keeps those outputs and the notebook's wall time (kernel start
included), and at the end of the notebook asks its kernel, in one request, for the widget state,
the notebook's ``key_metrics`` dict, the Keras backend and the device. When every cell of a
notebook has passed, it saves the executed notebook, with that record in its metadata
(``dlcourse_execution``), under the folder ``DLCOURSE_EXECUTED`` names (a temporary one unless
set). Readers of the record:

- the website's build (``dlcourse.testing.site_build``) puts these notebooks into its execution
  cache, so it executes nothing again, provided every book notebook is there;
- ``pytest --timings-table`` (``dlcourse.testing.notebook_timings``) writes the table of a run;
- ``tools/bench.py`` (``make bench``) writes the budget table from a saved record.

The website's tests (marked ``site``) run after the notebooks: last in one pytest run, or in a
second run, as `make test` does after running the rest in parallel workers.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import time
from pathlib import Path

import nbformat
import pytest
from nbval.plugin import IPyNbCell

WIDGET_STATE = "application/vnd.jupyter.widget-state+json"
SAVED = "DLCOURSE_EXECUTED"  # the folder where executed notebooks are passed between runs
RECORD = "dlcourse_execution"  # the saved notebook's metadata key: seconds, backend, device, metrics, claims
# Asked of the kernel once, at the end of the notebook: what the record keeps besides the outputs.
_ASK = """
import json as _json, sys as _sys
def _dlcourse_record():
    try:
        import ipywidgets
        widgets = ipywidgets.Widget.get_manager_state(drop_defaults=False)
    except ImportError:
        widgets = None
    keras = _sys.modules.get("keras")
    backend, device = ("-", "-") if keras is None else (keras.backend.backend(), "CPU")
    try:
        if backend == "jax":
            import jax
            found = jax.devices()[0]
            device = f"{found.platform.upper()} ({getattr(found, 'device_kind', '')})"
        elif backend == "tensorflow":
            import tensorflow as tf
            gpus = tf.config.list_physical_devices("GPU")
            if gpus:
                device = f"GPU ({tf.config.experimental.get_device_details(gpus[0]).get('device_name', 'GPU')})"
        elif backend == "torch":
            import torch
            if torch.cuda.is_available():
                device = f"GPU ({torch.cuda.get_device_name(0)})"
    except Exception as error:
        device = f"unknown ({type(error).__name__})"
    claims = getattr(_sys.modules.get("dlcourse.claims"), "recorded", [])
    return {"widgets": widgets, "metrics": globals().get("key_metrics", {}), "claims": claims,
            "backend": backend, "device": device}
print(_json.dumps(_dlcourse_record(), default=float))
del _dlcourse_record
"""


class NotebookRecorder:
    """A pytest plugin: notebook path -> executed cells, failures, wall time and what its kernel said."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.cells: dict[Path, dict[int, list]] = {}
        self.failed: set[Path] = set()
        self.started: dict[Path, float] = {}
        self.records: dict[Path, dict] = {}  # seconds, backend, device, metrics (and widgets)
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

    @pytest.hookimpl(tryfirst=True)
    def pytest_runtest_setup(self, item):
        # The first cell's setup starts the kernel: the wall time includes it.
        if isinstance(item, IPyNbCell):
            self.started.setdefault(Path(item.parent.path), time.perf_counter())

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

    @pytest.hookimpl(hookwrapper=True, tryfirst=True)
    def pytest_runtest_teardown(self, item, nextitem):
        # Before the notebook's last cell is torn down, its kernel is still running.
        if isinstance(item, IPyNbCell) and (nextitem is None or nextitem.parent is not item.parent):
            path = Path(item.parent.path)
            record = {
                "seconds": time.perf_counter() - self.started.get(path, time.perf_counter()),
                "backend": "-",
                "device": "-",
                "metrics": {},
                "claims": [],
                "widgets": None,
            }
            kernel = item.parent.kernel
            if kernel is not None and kernel.is_alive() and path not in self.failed:
                record.update(self._ask(kernel))
            self.records[path] = record
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
        notebook.metadata[RECORD] = {key: value for key, value in self.records[path].items() if key != "widgets"}
        target.parent.mkdir(parents=True, exist_ok=True)
        nbformat.write(notebook, target)

    @staticmethod
    def _ask(kernel) -> dict:
        printed = []

        def keep_stdout(message):
            if message["msg_type"] == "stream" and message["content"]["name"] == "stdout":
                printed.append(message["content"]["text"])

        reply = kernel.kc.execute_interactive(_ASK, output_hook=keep_stdout, timeout=60, store_history=False)
        if reply["content"]["status"] != "ok":
            raise RuntimeError(f"could not read the notebook's record from its kernel: {reply['content']}")
        return json.loads("".join(printed))

    def executed(self, path: Path) -> nbformat.NotebookNode | None:
        """The notebook at ``path`` with the outputs nbval received, or None if a cell did not pass."""
        path = Path(path).resolve()
        if path in self.failed or path not in self.cells or path not in self.records:
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
        state = self.records[path]["widgets"]
        if state and state.get("state"):
            notebook.metadata["widgets"] = {WIDGET_STATE: state}
        nbformat.validate(notebook)
        return notebook


def saved_path(root: Path, path: Path) -> Path:
    """Where the execution of the notebook at ``path`` (under ``root``) is saved."""
    return Path(os.environ[SAVED]) / Path(path).resolve().relative_to(Path(root).resolve())


def saved_executions(root: Path, paths: list[Path]) -> dict[Path, tuple[nbformat.NotebookNode, dict]] | None:
    """The executions saved under ``DLCOURSE_EXECUTED`` and their records (seconds, backend, device,
    metrics), or None unless every one of ``paths`` is there."""
    found = {}
    for path in paths:
        saved = saved_path(root, path)
        if not saved.is_file():
            return None
        notebook = nbformat.read(saved, as_version=4)
        if RECORD not in notebook.metadata:
            return None  # saved by an older recorder
        found[path] = (notebook, notebook.metadata.pop(RECORD))
    return found
