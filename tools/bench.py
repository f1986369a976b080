"""Write the Markdown table of each notebook's wall time and key metrics against the budget.

It times nothing itself: it reads the record the notebook recorder saved under nbval
(``dlcourse.testing.executed_notebooks``), each notebook run in a fresh kernel. `make bench` runs
every notebook under nbval alone (no parallel workers) and then this script; after `make test`,
``--executions _build/test-executions`` reads that run's record (timed beside parallel workers).
A notebook reports its key numbers by defining a dict ``key_metrics`` (in a ``remove-cell`` cell).

Usage: python tools/bench.py [--executions DIR] [--output reports/bench.md] [notebooks ...]
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
from pathlib import Path

from dlcourse.book import toc_notebooks
from dlcourse.settings import NOTEBOOK_BUDGET_SECONDS
from dlcourse.testing.course import REPO
from dlcourse.testing.executed_notebooks import SAVED, saved_executions
from dlcourse.testing.notebook_timings import claims_table, metrics_text


def default_notebooks() -> list[Path]:
    """Book notebooks in table-of-contents order, then the exercise sources."""
    return toc_notebooks(REPO) + sorted((REPO / "solutions").glob("*/*.ipynb"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--executions",
        type=Path,
        default=os.environ.get(SAVED, REPO / "_build" / "test-executions"),
        help="the folder where the notebooks' executions were saved (DLCOURSE_EXECUTED)",
    )
    parser.add_argument("--output", default="reports/bench.md")
    parser.add_argument("notebooks", nargs="*", type=Path)
    arguments = parser.parse_args()
    os.environ[SAVED] = str(arguments.executions.resolve())
    notebooks = [path.resolve() for path in arguments.notebooks] or default_notebooks()
    executions = saved_executions(REPO, notebooks)
    if executions is None:
        parser.error(f"{arguments.executions} lacks a passing execution of some notebook: run `make bench`")
    rows, total, backends = [], 0.0, set()
    for path, (_, record) in executions.items():
        seconds = record["seconds"]
        total += seconds
        backends.add(f"{record['backend']} on {record['device']}")
        verdict = "ok" if seconds <= NOTEBOOK_BUDGET_SECONDS else f"over {NOTEBOOK_BUDGET_SECONDS} s"
        rows.append(f"| `{path.relative_to(REPO)}` | {seconds:.1f} | {verdict} | {metrics_text(record['metrics'])} |")
    header = [
        "# Notebook timings",
        "",
        f"Measured {datetime.date.today().isoformat()} on {platform.machine()}, {os.cpu_count()} CPU cores, "
        f"Keras backend {', '.join(sorted(backends - {'- on -'})) or '-'}. Each notebook runs under nbval in a fresh "
        f"kernel; the time includes kernel start and imports. Budget: {NOTEBOOK_BUDGET_SECONDS} s per notebook.",
        "",
        "| notebook | seconds | budget | key metrics |",
        "|---|---:|---|---|",
    ]
    records = {path: record for path, (_, record) in executions.items()}
    footer = ["", f"Total: {total:.1f} s for {len(rows)} notebooks.", "", claims_table(records)]
    output = REPO / arguments.output
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text("\n".join(header + rows + footer) + "\n")
    print(f"Total: {total:.1f} s; wrote {output}")


if __name__ == "__main__":
    main()
