"""Per-cell scores, as nbgrader's ``determine_grade`` computes them, hardened.

- A test cell with an error output scores 0, wherever the error stands among its outputs
  (nbgrader stops at the first ``execute_result``, which student code can send first).
- A test cell that wrote to stderr scores 0, as in nbgrader, except for the log lines TensorFlow,
  absl and XLA print on their own, which are removed first: they say nothing about the answer.
- A numeric result is partial credit, clamped to ``[0, points]``.
- A cell keeps its points only if the integrity probes that check it agree with the reference.
"""

from __future__ import annotations

import builtins
import math
import re

import nbformat
from nbgrader.utils import is_grade, is_solution

from dlcourse.grading.nbgrader_plugins import BEGIN_HIDDEN

# Log lines printed by TensorFlow, absl and XLA themselves (glog format, and absl's preamble).
_NOISE = re.compile(
    r"^(?:"
    r"[IWEF]\d{4} [\d:.]+\s+\d+ [\w./+-]+:\d+\] .*"
    r"|WARNING: All log messages before absl::InitializeLog\(\) is called are written to STDERR"
    r"|To enable the following instructions: .*rebuild TensorFlow with the appropriate compiler flags\."
    r"|\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d+: [IWEF] (?:tensorflow|external/local_xla|external/local_tsl)/\S+:\d+\] .*"
    r")$"
)


def without_noise(text: str) -> str:
    """``text`` without the lines TensorFlow, absl and XLA log by themselves."""
    return "".join(line for line in text.splitlines(keepends=True) if not _NOISE.match(line.rstrip("\r\n")))


def clean_outputs(outputs: list) -> list:
    """Outputs with framework log noise removed from stderr (an emptied stream is dropped)."""
    cleaned = []
    for output in outputs:
        if output.get("output_type") == "stream" and output.get("name") == "stderr":
            text = without_noise(output.get("text", ""))
            if not text:
                continue
            output = nbformat.from_dict(dict(output, text=text))
        cleaned.append(output)
    return cleaned


def is_test(cell) -> bool:
    """A test cell: graded, and not an answer."""
    return cell.cell_type == "code" and is_grade(cell) and not is_solution(cell)


def cell_score(cell) -> tuple[float, str]:
    """(score, reason) of a test cell from its outputs; reason is empty for full marks."""
    points = float(cell.metadata["nbgrader"]["points"])
    outputs = cell.get("outputs", [])
    for output in outputs:
        if output.get("output_type") == "error":
            return 0.0, f"{output.get('ename', 'error')}"
    for output in outputs:
        if (
            output.get("output_type") == "stream"
            and output.get("name") == "stderr"
            and without_noise(output.get("text", ""))
        ):
            return 0.0, "wrote to stderr"
    for output in outputs:
        if output.get("output_type") == "execute_result":
            if not output.get("data", {}).get("text/plain"):
                return points, ""
            partial = _number(output["data"]["text/plain"], points)
            partial = min(max(partial, 0.0), points) if math.isfinite(partial) else 0.0
            return partial, "" if partial == points else "partial credit"
    return points, ""


def _number(text, points: float) -> float:
    """The partial credit a result states, as nbgrader reads it (full marks if it states none)."""
    if isinstance(text, list):
        if len(text) != 1:
            return points
        text = text[0]
    try:
        return float(text)
    except (TypeError, ValueError):
        return points


def feedback_text(cell, score: float, points: float, why: str, message: str | None) -> str:
    """What a student reads under a test cell: made here, never copied from the kernel's outputs."""
    hidden = "Hidden tests" if BEGIN_HIDDEN in cell.source else "Visible test"
    if score >= points:
        return f"{hidden}: passed ({score:g} of {points:g}).\n"
    verdict = f"{hidden}: {score:g} of {points:g}"
    if message:  # the visible test's own message, from the fresh check (which never ran a hidden test)
        return f"{verdict}. It failed with:\n{message}\n"
    return f"{verdict} ({_plain_reason(why)}).\n"


def _plain_reason(why: str) -> str:
    """A reason built from the kernel's outputs, reduced to words the grader chose."""
    known = {
        "wrote to stderr": "it wrote to stderr",
        "partial credit": "partial credit",
        "the integrity check of its function failed": "the integrity check of its function failed",
    }
    if why in known:
        return known[why]
    return f"it failed with {why}" if why in _BUILTIN_ERRORS else "it failed"


_BUILTIN_ERRORS = {
    name for name, value in vars(builtins).items() if isinstance(value, type) and issubclass(value, BaseException)
}
