"""The fresh check of one submission: its answers in a new jail, then the probes and the visible tests.

See :mod:`.harness` for why and how; this module decides what to ask and starts again after a
crash. If the process dies during a probe case (the student's function calls ``os._exit``, say),
that case fails with the reason, and a new jail runs what was left, so one bad function cannot
take the others' checks with it.
"""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from nbgrader.utils import is_grade, is_solution

from dlcourse.grading import harness
from dlcourse.grading.nbgrader_plugins import BEGIN_HIDDEN
from dlcourse.grading.probes import ProbeSet
from dlcourse.grading.sandbox import Jail, Limits


@dataclass
class FreshCheck:
    verdicts: dict[int, tuple[bool, str]] = field(default_factory=dict)  # probe case -> (agrees, why not)
    visible: dict[str, str] = field(default_factory=dict)  # visible test -> '' if it passed, else its message
    notes: list[str] = field(default_factory=list)


def is_test(cell) -> bool:
    return cell.cell_type == "code" and is_grade(cell) and not is_solution(cell)


def fresh_check(notebook, probes: ProbeSet | None, limits: Limits, folder: Path, deadline: float,
                unsafe: bool = False) -> FreshCheck:
    """Run ``notebook``'s set-up and answer cells in a fresh jail; probe; run its visible tests."""
    cells = [cell.source for cell in notebook.cells if cell.cell_type == "code" and not is_test(cell)]
    visible = [{"grade_id": cell.metadata.nbgrader["grade_id"], "source": cell.source}
               for cell in notebook.cells if is_test(cell) and BEGIN_HIDDEN not in cell.source]
    cases = list(range(len(probes.cases))) if probes else []
    result = FreshCheck()
    for attempt in range(1, len(cases) + len(visible) + 2):
        if not cases and not visible:
            break
        if time.monotonic() >= deadline:
            result.notes.append("fresh check: the submission's time limit was reached")
            break
        request = {"cells": cells, "cases": probes.requests(cases) if probes else [], "visible": visible}
        jail = Jail(folder / f"check-{attempt}", limits, unsafe=unsafe)
        command = jail.command([sys.executable, "-I", "-m", "dlcourse.grading.harness"])
        try:
            run_deadline = min(deadline, time.monotonic() + 3 * limits.cell_seconds)
            records, problem = harness.run(command, request, run_deadline, jail.environment_for_launch())
        finally:
            jail.kill()
        started = started_visible = None
        for record in records:  # what the jail wrote: only well-formed records count
            if isinstance(record.get("start"), int):
                started = record["start"]
            elif isinstance(record.get("start_visible"), str):
                started_visible = record["start_visible"]
            elif isinstance(record.get("case"), int) and record["case"] in cases and probes:
                index = record["case"]
                result.verdicts[index] = probes.judge(index, record)
                cases.remove(index)
                started = None
            elif isinstance(record.get("visible"), str):
                test = next((test for test in visible if test["grade_id"] == record["visible"]), None)
                if test is not None:
                    result.visible[test["grade_id"]] = str(record.get("problem", ""))[:harness.MESSAGE_CHARACTERS]
                    visible.remove(test)
                started_visible = None
        if not problem:
            break
        result.notes.append(f"fresh check, run {attempt}: {problem}")
        if started in cases and probes:  # the process died in a probe call: that case fails, the rest go on
            result.verdicts[started] = (False, f"{probes.cases[started].function}: {problem}")
            cases.remove(started)
        elif any(test["grade_id"] == started_visible for test in visible):  # it died in a visible test
            result.visible[started_visible] = f"not finished: {problem}"
            visible[:] = [test for test in visible if test["grade_id"] != started_visible]
        else:  # it died in the set-up or answer cells: nothing else can run
            break
    for index in cases:
        result.verdicts[index] = (False, "not checked: the fresh check could not finish")
    for test in visible:
        result.visible[test["grade_id"]] = "not run: the fresh check could not finish"
    return result
