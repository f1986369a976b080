"""The fresh check of one submission: its answers in a new jail, then the probes and the visible tests.

See :mod:`.harness` for why and how; this module decides what to ask, and starts again when the
jailed process dies or hangs. Its work comes in units (each set-up or answer cell, each probe
case, each visible test). The unit that was running when the process died (``os._exit``, a
memory bomb) or stopped making progress (an endless loop, for longer than a cell may take) fails
with the reason, and a new jail runs the rest without it; so one bad function costs only its own
checks, as in the kernel.
"""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from dlcourse.grading import harness
from dlcourse.grading.nbgrader_plugins import BEGIN_HIDDEN
from dlcourse.grading.probes import ProbeSet
from dlcourse.grading.sandbox import Jail, Limits
from dlcourse.grading.scoring import is_test


@dataclass
class FreshCheck:
    verdicts: dict[int, tuple[bool, str]] = field(default_factory=dict)  # probe case -> (agrees, why not)
    visible: dict[str, str] = field(default_factory=dict)  # visible test -> '' if it passed, else its message
    notes: list[str] = field(default_factory=list)


def fresh_check(
    notebook, probes: ProbeSet | None, limits: Limits, folder: Path, deadline: float, unsafe: bool = False
) -> FreshCheck:
    """Run ``notebook``'s set-up and answer cells in a fresh jail; probe; run its visible tests."""
    cells = [cell.source for cell in notebook.cells if cell.cell_type == "code" and not is_test(cell)]
    visible = {
        cell.metadata.nbgrader["grade_id"]: cell.source
        for cell in notebook.cells
        if is_test(cell) and BEGIN_HIDDEN not in cell.source
    }
    result = FreshCheck()
    pending = {("case", index) for index in range(len(probes.cases))} if probes else set()
    pending |= {("visible", grade_id) for grade_id in visible}
    skip: set[tuple[str, object]] = set()
    attempt = 0
    while pending and time.monotonic() < deadline and attempt < len(cells) + len(pending) + 1:
        attempt += 1
        request = {
            "cells": cells,
            "cases": probes.requests(sorted(index for kind, index in pending if kind == "case")) if probes else [],
            "visible": [
                {"grade_id": grade_id, "source": visible[grade_id]}
                for grade_id in visible
                if ("visible", grade_id) in pending
            ],
            "skip": [list(unit) for unit in skip],
            "exports": probes.exports if probes else "",
        }
        jail = Jail(folder / f"check-{attempt}", limits, unsafe=unsafe)
        command = jail.command([sys.executable, "-I", "-m", "dlcourse.grading.harness"])
        try:
            records, problem = harness.run(
                command, request, deadline, limits.cell_seconds, jail.environment_for_launch()
            )
        finally:
            jail.kill()
        running = None
        for record in records:  # what the jail wrote: only well-formed records count
            unit = _unit(record.get("start")) or _unit(record.get("end"))
            if unit is None:
                continue
            if "start" in record:
                running = unit
                continue
            running = None
            kind, name = unit
            if kind == "case" and unit in pending and probes:
                result.verdicts[name] = probes.judge(name, record)
            elif kind == "visible" and unit in pending:
                result.visible[name] = str(record.get("problem", ""))[: harness.MESSAGE_CHARACTERS]
            pending.discard(unit)
        if not problem:
            break
        result.notes.append(
            f"fresh check, run {attempt}: {problem}" + (f" in {running[0]} {running[1]}" if running else "")
        )
        if running is None:
            break  # it failed between units: nothing to leave out
        skip.add(running)
        kind, name = running
        if kind == "case" and running in pending and probes:
            # The function that killed its process would do it again: its other cases and its
            # visible tests fail with it, rather than cost a new jail each.
            function = probes.cases[name].function
            for unit in sorted(pending, key=str):
                if (
                    (unit[0] == "case" and probes.cases[unit[1]].function == function)
                    or unit == ("visible", name)
                    or (unit[0] == "visible" and str(unit[1]).startswith(f"test_{function}_"))
                ):
                    if unit[0] == "case":
                        result.verdicts[unit[1]] = (False, f"{function}: {problem}")
                    else:
                        result.visible[unit[1]] = f"not run: {function} stopped the check ({problem})"
                    pending.discard(unit)
                    skip.add(unit)
        elif kind == "visible" and running in pending:
            result.visible[name] = f"not finished: {problem}"
        pending.discard(running)
    for kind, name in pending:
        if kind == "case":
            result.verdicts[name] = (False, "not checked: the fresh check could not finish")
        else:
            result.visible[name] = "not run: the fresh check could not finish"
    return result


def _unit(value) -> tuple[str, object] | None:
    """A unit named in a record, if it is well formed."""
    if (
        isinstance(value, list)
        and len(value) == 2
        and value[0] in ("cell", "case", "visible")
        and isinstance(value[1], (int, str))
        and not isinstance(value[1], bool)
    ):
        return value[0], value[1]
    return None
