"""Time every notebook and write a Markdown table of wall time and key metrics.

Each notebook runs in a fresh kernel, as the book build runs it. A notebook reports its key
numbers by defining a dict ``key_metrics`` (in a ``remove-cell`` cell); they go in the table.

Usage: python tools/bench.py [--output reports/bench.md] [notebooks ...]
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import time
from pathlib import Path

import keras
import nbformat
from nbclient import NotebookClient

from dlcourse.book import toc_notebooks

REPO = Path(__file__).resolve().parents[1]
BUDGET_SECONDS = 90
REPORT_CELL = "import json as _json\nprint(_json.dumps(globals().get('key_metrics', {}), default=float))"


def default_notebooks() -> list[Path]:
    """Book notebooks in table-of-contents order, then the exercise sources."""
    return toc_notebooks(REPO) + sorted((REPO / "solutions").glob("*/*.ipynb"))


def run(path: Path) -> tuple[float, dict]:
    notebook = nbformat.read(path, as_version=4)
    client = NotebookClient(
        notebook, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}
    )
    start = time.perf_counter()
    with client.setup_kernel():
        for index, cell in enumerate(notebook.cells):
            if cell.cell_type == "code":
                client.execute_cell(cell, index)
        elapsed = time.perf_counter() - start
        report = nbformat.v4.new_code_cell(REPORT_CELL)
        notebook.cells.append(report)
        client.execute_cell(report, len(notebook.cells) - 1)
    text = "".join(output.get("text", "") for output in report.outputs if output.get("name") == "stdout")
    return elapsed, json.loads(text or "{}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--output", default="reports/bench.md")
    parser.add_argument("notebooks", nargs="*", type=Path)
    arguments = parser.parse_args()
    notebooks = [path.resolve() for path in arguments.notebooks] or default_notebooks()
    rows, total = [], 0.0
    for path in notebooks:
        elapsed, metrics = run(path)
        total += elapsed
        shown = ", ".join(f"{name} {value:.4g}" if isinstance(value, (int, float)) else f"{name} {value}"
                          for name, value in metrics.items()) or "—"
        verdict = "ok" if elapsed <= BUDGET_SECONDS else f"over {BUDGET_SECONDS} s"
        rows.append(f"| `{path.relative_to(REPO)}` | {elapsed:.1f} | {verdict} | {shown} |")
        print(rows[-1], flush=True)
    header = [
        "# Notebook timings",
        "",
        f"Measured {datetime.date.today().isoformat()} on {platform.machine()}, {os.cpu_count()} CPU cores, "
        f"Keras {keras.__version__} on the {keras.backend.backend()} backend. Each notebook runs in a fresh kernel; "
        f"the time includes kernel start and imports. Budget: {BUDGET_SECONDS} s per notebook.",
        "",
        "| notebook | seconds | budget | key metrics |",
        "|---|---:|---|---|",
    ]
    footer = ["", f"Total: {total:.1f} s for {len(rows)} notebooks."]
    output = REPO / arguments.output
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text("\n".join(header + rows + footer) + "\n")
    print(f"Total: {total:.1f} s; wrote {output}")


if __name__ == "__main__":
    main()
