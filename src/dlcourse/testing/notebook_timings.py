"""A table of how each notebook ran under nbval: backend, device, wall time and key metrics.

Enabled by ``pytest --timings-table PATH`` (``make test-gpu`` and ``make test-backend`` use it).
At the end of each notebook, while its kernel still runs, it asks the kernel for the notebook's
``key_metrics`` dict and for the Keras backend and the device it computes on.
"""

from __future__ import annotations

import datetime
import json
import os
import platform
import time
from pathlib import Path

import pytest
from nbval.plugin import IPyNbCell

from dlcourse.testing.course import REPO

_ASK = """
import json as _json, sys as _sys
def _dlcourse_device():
    keras = _sys.modules.get("keras")
    if keras is None:
        return "-", "-"
    backend = keras.backend.backend()
    try:
        if backend == "jax":
            import jax
            device = jax.devices()[0]
            return backend, f"{device.platform.upper()} ({getattr(device, 'device_kind', '')})"
        if backend == "tensorflow":
            import tensorflow as tf
            gpus = tf.config.list_physical_devices("GPU")
            name = tf.config.experimental.get_device_details(gpus[0]).get("device_name", "GPU") if gpus else ""
            return backend, f"GPU ({name})" if gpus else "CPU"
        if backend == "torch":
            import torch
            return backend, f"GPU ({torch.cuda.get_device_name(0)})" if torch.cuda.is_available() else "CPU"
    except Exception as error:
        return backend, f"unknown ({type(error).__name__})"
    return backend, "CPU"
print(_json.dumps({"metrics": globals().get("key_metrics", {}), "device": _dlcourse_device()}, default=float))
del _dlcourse_device
"""


class NotebookTimings:
    def __init__(self, output: Path):
        self.output = output
        self.started: dict[Path, float] = {}
        self.rows: dict[Path, dict] = {}
        self.failed: set[Path] = set()

    @pytest.hookimpl(tryfirst=True)
    def pytest_runtest_setup(self, item):
        if isinstance(item, IPyNbCell):
            self.started.setdefault(Path(item.parent.path), time.perf_counter())

    @pytest.hookimpl(hookwrapper=True)
    def pytest_runtest_makereport(self, item, call):
        outcome = yield
        if isinstance(item, IPyNbCell) and outcome.get_result().failed:
            self.failed.add(Path(item.parent.path))

    @pytest.hookimpl(hookwrapper=True, tryfirst=True)
    def pytest_runtest_teardown(self, item, nextitem):
        if isinstance(item, IPyNbCell) and (nextitem is None or nextitem.parent is not item.parent):
            path = Path(item.parent.path)
            row = {"seconds": time.perf_counter() - self.started.get(path, time.perf_counter()),
                   "backend": "-", "device": "-", "metrics": {}}
            kernel = item.parent.kernel
            if kernel is not None and kernel.is_alive():
                row.update(self._ask(kernel))
            self.rows[path] = row
        yield

    @staticmethod
    def _ask(kernel) -> dict:
        printed = []

        def keep_stdout(message):
            if message["msg_type"] == "stream" and message["content"]["name"] == "stdout":
                printed.append(message["content"]["text"])

        reply = kernel.kc.execute_interactive(_ASK, output_hook=keep_stdout, timeout=60, store_history=False)
        if reply["content"]["status"] != "ok":
            return {}
        answer = json.loads("".join(printed))
        return {"metrics": answer["metrics"], "backend": answer["device"][0], "device": answer["device"][1]}

    def pytest_sessionfinish(self, session):
        if not self.rows:
            return
        lines = [
            "| notebook | backend | device | seconds | result | key metrics |",
            "|---|---|---|---:|---|---|",
        ]
        total = 0.0
        for path, row in sorted(self.rows.items(), key=lambda item: str(item[0])):
            total += row["seconds"]
            metrics = ", ".join(f"{name} {value:.4g}" if isinstance(value, (int, float)) else f"{name} {value}"
                                for name, value in row["metrics"].items()) or "—"
            result = "failed" if path in self.failed else "passed"
            lines.append(f"| `{path.relative_to(REPO)}` | {row['backend']} | {row['device']} | {row['seconds']:.1f} "
                         f"| {result} | {metrics} |")
        header = (f"Measured {datetime.date.today().isoformat()} under nbval on {platform.machine()}, "
                  f"{os.cpu_count()} CPU cores. Wall time per notebook, kernel start included. "
                  f"Total: {total:.0f} s for {len(self.rows)} notebooks.")
        self.output.parent.mkdir(parents=True, exist_ok=True)
        self.output.write_text(header + "\n\n" + "\n".join(lines) + "\n")
