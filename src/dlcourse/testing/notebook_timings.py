"""A table of how each notebook ran under nbval: backend, device, wall time and key metrics;
then a table of its checked claims about trained models (``dlcourse.claims``), thinnest first.

Enabled by ``pytest --timings-table PATH`` (``make test-gpu`` and ``make test-backend`` use it).
It writes what the notebook recorder (``dlcourse.testing.executed_notebooks``) kept of each
notebook: its wall time and what its kernel said at the end (``key_metrics``, backend, device).
"""

from __future__ import annotations

import datetime
import os
import platform
from pathlib import Path

from dlcourse import claims
from dlcourse.testing.course import REPO
from dlcourse.testing.executed_notebooks import NotebookRecorder


def metrics_text(metrics: dict) -> str:
    """A notebook's key metrics as one table cell."""
    return (
        ", ".join(
            f"{name} {value:.4g}" if isinstance(value, (int, float)) else f"{name} {value}"
            for name, value in metrics.items()
        )
        or "—"
    )


def claims_table(records: dict[Path, dict]) -> str:
    """Every checked claim of the notebooks' records, thinnest first, as a Markdown table."""
    checked = [
        dict(claim, claim=f"`{path.stem}`: {claim['claim']}")
        for path, record in records.items()
        for claim in record.get("claims", [])
    ]
    checked.sort(key=lambda claim: claim["share"])
    lines = [
        f"Claims about trained models: {len(checked)}, thinnest first. Share: the margin over the bound's "
        f"distance from chance, or over the tolerance of a quoted number; under {claims.THIN} it is thin.",
        "",
        "| claim | value | bound | chance | margin | share | why a thin margin holds |",
        "|---|---:|---|---:|---:|---:|---|",
    ]
    return "\n".join(lines + claims.table_rows(checked))


class NotebookTimings:
    def __init__(self, output: Path, recorder: NotebookRecorder):
        self.output = output
        self.recorder = recorder
        self.rows = recorder.records
        self.failed = recorder.failed

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
            metrics = metrics_text(row["metrics"])
            result = "failed" if path in self.failed else "passed"
            lines.append(
                f"| `{path.relative_to(REPO)}` | {row['backend']} | {row['device']} | {row['seconds']:.1f} "
                f"| {result} | {metrics} |"
            )
        header = (
            f"Measured {datetime.date.today().isoformat()} under nbval on {platform.machine()}, "
            f"{os.cpu_count()} CPU cores. Wall time per notebook, kernel start included. "
            f"Total: {total:.0f} s for {len(self.rows)} notebooks."
        )
        self.output.parent.mkdir(parents=True, exist_ok=True)
        self.output.write_text(header + "\n\n" + "\n".join(lines) + "\n\n" + claims_table(self.rows) + "\n")
