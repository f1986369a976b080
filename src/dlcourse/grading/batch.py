"""Grade every submission of an assignment: in parallel, sandboxed, and never aborting.

Each submission ends in exactly one state, with a reason the instructor can read:

- ``graded``: its scores are in the gradebook;
- ``ungradable``: it could not be read or matched (no notebook, invalid JSON, no answer cells);
  it is recorded with 0 and flagged for review;
- ``error``: the grading machinery failed (the kernel would not start, say), even after one retry;
  nothing is recorded.

Workers run in threads, each driving its own sandboxed kernel; the parent thread alone writes the
gradebook, one transaction per submission, as results arrive.
"""

from __future__ import annotations

import copy
import csv
import os
import re
import resource
import shutil
import sys
import tempfile
import threading
import time
import traceback
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path

import nbformat
from nbgrader.coursedir import CourseDirectory
from nbgrader.utils import is_solution, parse_utc

from dlcourse.grading.course import course_directory, run_nbgrader, scripts_first
from dlcourse.grading.fresh import fresh_check
from dlcourse.grading.harness import Tampered
from dlcourse.grading.kernel import CellRun, KernelStartError, SandboxedKernel
from dlcourse.grading.probes import ProbeSet, load_probes, reference_namespace
from dlcourse.grading.record import record_scores, write_autograded
from dlcourse.grading.sandbox import Limits, SandboxUnavailable, check_sandbox, enforcement, weak_limits
from dlcourse.grading.scoring import cell_score, clean_outputs, feedback_text, is_test
from dlcourse.grading.submissions import (
    Assignment,
    Submission,
    Ungradable,
    find_submissions,
    read_student_notebook,
    rebuild,
    unanswered,
)

MAX_RESTARTS = 3


@dataclass
class Outcome:
    student: str
    state: str  # graded, ungradable or error
    reason: str = ""
    score: float = 0.0
    max_score: float = 0.0
    seconds: float = 0.0
    scores: dict[str, float] = field(default_factory=dict)
    comments: dict[str, str | None] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    notebook: nbformat.NotebookNode | None = None
    timestamp: str | None = None
    folder: Path | None = None  # the submission's folder in submitted/


def _error_output(name: str, message: str):
    return nbformat.v4.new_output("error", ename=name, evalue=message, traceback=[f"{name}: {message}"])


class _Runner:
    """Runs cells in a sandboxed kernel; after a lost kernel, starts a new one and replays."""

    def __init__(self, kernel: SandboxedKernel, limits: Limits, deadline: float, notes: list[str]):
        self.kernel, self.limits, self.deadline, self.notes = kernel, limits, deadline, notes
        self.replay: list[str] = []
        self.broken = False

    def run(self, source: str, label: str, replayable: bool) -> CellRun:
        remaining = self.deadline - time.monotonic()
        if self.broken or remaining <= 0:
            why = "the kernel could not be restarted" if self.broken else "the submission's time limit was reached"
            return CellRun(outputs=[_error_output("NotRun", why)], status="dead")
        run = self.kernel.execute(source, timeout=min(self.limits.cell_seconds, remaining))
        if run.status == "timeout":
            self.notes.append(f"{label}: interrupted after {self.limits.cell_seconds:g} s")
        if run.dropped_bytes:
            self.notes.append(f"{label}: output cut ({run.dropped_bytes} bytes not kept)")
        if run.kernel_lost:
            if run.status == "killed":
                why = f"did not stop within {self.limits.cell_seconds:g} s, even when interrupted: kernel killed"
            elif self.kernel.memory_exceeded():
                why = f"hit the memory limit ({self.limits.memory_bytes // 2**20} MiB): kernel killed"
            else:
                why = "the kernel died"
            self.notes.append(f"kernel died at {label}: {why}")
            run.outputs.append(_error_output("DeadKernel", f"{label} {why}"))
            self._restart()
        elif replayable and run.status == "ok":
            self.replay.append(source)
        return run

    def _restart(self) -> None:
        self.kernel.close()
        if self.kernel.starts > MAX_RESTARTS:
            self.broken = True
            return
        self.kernel.start()
        for source in self.replay:
            again = self.kernel.execute(source, timeout=self.limits.cell_seconds)
            if again.kernel_lost:
                self.notes.append("a replayed cell lost the kernel again: the remaining cells are not run")
                self.kernel.close()
                self.broken = True
                return


def grade_submission(
    assignment: Assignment,
    submission: Submission,
    probes: ProbeSet | None,
    limits: Limits,
    workroot: Path,
    unsafe: bool = False,
) -> Outcome:
    """Grade one submission in a fresh sandboxed kernel (in a worker thread)."""
    started = time.monotonic()
    points = assignment.points()
    outcome = Outcome(submission.student, "graded", max_score=sum(points.values()), folder=submission.folder)
    if submission.timestamp:
        try:
            parse_utc(submission.timestamp)
            outcome.timestamp = submission.timestamp
        except Exception:  # an unreadable timestamp is only noted
            outcome.notes.append("timestamp.txt is not a date: ignored")
    try:
        if submission.notebook is None:
            raise Ungradable(submission.problem or "no notebook")
        if submission.notebook.name != assignment.notebook_name:
            outcome.notes.append(
                f"graded {submission.notebook.name}, the only notebook (expected {assignment.notebook_name})"
            )
        rebuilt = rebuild(assignment, read_student_notebook(submission.notebook))
    except Ungradable as problem:
        outcome.state, outcome.reason = "ungradable", str(problem)
        outcome.seconds = time.monotonic() - started
        return outcome
    outcome.notes.extend(rebuilt.notes)
    notebook = rebuilt.notebook
    work = Path(tempfile.mkdtemp(prefix=f"{submission.student}-", dir=workroot))  # (ids are checked up front)
    kernel = SandboxedKernel(work, limits, unsafe=unsafe)
    try:
        # 1. The fresh check first, in a jail of its own: the probes and the visible tests, on the
        # answers alone, before any hidden test has run anywhere.
        fresh = fresh_check(notebook, probes, limits, work, started + limits.submission_seconds, unsafe)
        outcome.notes.extend(fresh.notes)
        failed = {}
        for index, (agrees, why) in fresh.verdicts.items():
            if not agrees:
                failed.setdefault(probes.cases[index].function, why)
        outcome.notes.extend(f"integrity check of {function} failed: {why}" for function, why in failed.items())

        # 2. The set-up and answer cells in the kernel, in order; then the test cells, in order.
        # (The answers run once: running them twice would change what stateful code does.)
        kernel.start()
        runner = _Runner(kernel, limits, started + limits.submission_seconds, outcome.notes)
        code = [(index, cell) for index, cell in enumerate(notebook.cells) if cell.cell_type == "code"]

        def label(index, cell) -> str:
            return f"cell {index + 1} ({cell.metadata.get('nbgrader', {}).get('grade_id', 'student cell')})"

        answers: dict[int, CellRun] = {}
        for index, cell in code:
            if not is_test(cell):
                answers[index] = runner.run(cell.source, label(index, cell), replayable=True)
        for count, (index, cell) in enumerate(code, start=1):
            run = answers[index] if index in answers else runner.run(cell.source, label(index, cell), replayable=False)
            cell.outputs = clean_outputs(run.outputs)
            cell.execution_count = count
    except KernelStartError as error:
        outcome.state, outcome.reason = "error", str(error).splitlines()[0]
        return outcome
    except Tampered as error:
        outcome.state, outcome.reason = "ungradable", f"it broke the grader's protocol: {error}"
        outcome.seconds = time.monotonic() - started
        return outcome
    finally:
        kernel.close()
        shutil.rmtree(work, ignore_errors=True)

    release = {cell.metadata.get("nbgrader", {}).get("grade_id"): cell for cell in assignment.release.cells}
    for cell in notebook.cells:
        grade_id = cell.metadata.get("nbgrader", {}).get("grade_id")
        if is_solution(cell) and grade_id in release:
            outcome.comments[grade_id] = "No response." if unanswered(cell, release[grade_id]) else None
        if not is_test(cell):
            continue
        score, why = cell_score(cell)
        function = assignment.function_of(grade_id)
        checks = (
            [
                verdict
                for index, verdict in fresh.verdicts.items()
                if probes.cases[index].function == function
                and (probes.cases[index].cells is None or grade_id in probes.cases[index].cells)
            ]
            if probes
            else []
        )
        if score and checks and not all(agrees for agrees, _ in checks):
            score, why = 0.0, "the integrity check of its function failed"
        outcome.scores[grade_id] = score
        if why and score < points[grade_id]:
            outcome.notes.append(f"{grade_id}: {score:g}/{points[grade_id]:g} ({why})")
        cell.metadata.setdefault("dlcourse", {})["feedback"] = feedback_text(
            cell, score, points[grade_id], why, fresh.visible.get(grade_id)
        )
    outcome.score = sum(outcome.scores.values())
    outcome.notebook = notebook
    outcome.seconds = time.monotonic() - started
    return outcome


class Progress:
    """A progress bar on a terminal, one line per submission otherwise."""

    def __init__(self, total: int, stream=sys.stderr):
        self.total, self.done, self.stream = total, 0, stream
        self.counts = {"graded": 0, "ungradable": 0, "error": 0}
        self.tty = stream.isatty()
        self.lock = threading.Lock()

    def update(self, outcome: Outcome) -> None:
        with self.lock:
            self.done += 1
            self.counts[outcome.state] = self.counts.get(outcome.state, 0) + 1
            summary = ", ".join(f"{count} {state}" for state, count in self.counts.items() if count)
            if self.tty:
                filled = int(30 * self.done / max(self.total, 1))
                self.stream.write(f"\r[{'#' * filled}{'.' * (30 - filled)}] {self.done}/{self.total}: {summary}")
                if self.done == self.total:
                    self.stream.write("\n")
            else:
                detail = f"{outcome.score:g}/{outcome.max_score:g}" if outcome.state == "graded" else outcome.reason
                self.stream.write(
                    f"[{self.done}/{self.total}] {outcome.student}: {outcome.state} ({detail}, "
                    f"{outcome.seconds:.1f} s)\n"
                )
            self.stream.flush()


# Student ids nbgrader handles safely: no leading dot, no white space, no glob or path characters.
STUDENT_ID = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.@+-]{0,99}")


def grade(
    course: Path,
    assignment_name: str,
    workers: int | None = None,
    limits: Limits | None = None,
    unsafe: bool = False,
    students: list[str] | None = None,
    export: bool = True,
    progress: bool = True,
    seed: int | None = None,
    allow_weak_limits: bool = False,
) -> list[Outcome]:
    """Grade ``submitted/*/<assignment>/`` of the course at ``course``; return one outcome each.

    Raises SandboxUnavailable when no jail can be built, or when a limit cannot be enforced here
    and ``allow_weak_limits`` is not set.
    """
    limits = limits or Limits()
    # nbgrader's gradebook, written here, runs `alembic` from PATH: use this environment's.
    os.environ["PATH"] = scripts_first()
    held = {"sandbox": "NONE: --unsafe (student code runs with your rights)"} if unsafe else {}
    if not unsafe:
        held["sandbox"] = check_sandbox()  # raises SandboxUnavailable: the caller refuses to grade
        held.update(enforcement(limits))
        weak = weak_limits(limits)
        if weak and not allow_weak_limits:
            raise SandboxUnavailable(
                "these limits cannot be enforced on this machine: "
                + "; ".join(weak)
                + " (pass --allow-weak-limits to grade anyway)"
            )
    if progress:
        sys.stderr.write("Limits for each submission:\n" + "".join(f"  {name}: {how}\n" for name, how in held.items()))
    layout = course_directory(course)
    root = Path(layout.root)
    assignment = Assignment.load(root, assignment_name, layout.source_directory, layout.release_directory)
    probes = load_probes(
        root / layout.source_directory / assignment_name / "probes.py", reference_namespace(assignment), seed=seed
    )
    submissions = find_submissions(root / layout.submitted_directory, assignment)
    if students:
        submissions = [submission for submission in submissions if submission.student in students]
    refused = [submission for submission in submissions if not STUDENT_ID.fullmatch(submission.student)]
    submissions = [submission for submission in submissions if submission not in refused]
    workers = max(1, workers or os.cpu_count() or 1)
    bar = Progress(len(submissions) + len(refused)) if progress else None
    outcomes: list[Outcome] = []
    for submission in refused:
        outcomes.append(
            Outcome(
                submission.student,
                "ungradable",
                reason=(
                    f"the student id {submission.student!r} cannot be handled by nbgrader (it must start with a "
                    "letter, digit or _, and hold only letters, digits and _.@+-): rename the folder in submitted/ "
                    "and grade again; nothing was recorded"
                ),
            )
        )
        if bar:
            bar.update(outcomes[-1])
    workroot = Path(tempfile.mkdtemp(prefix="dlcourse-grade-"))
    os.chmod(workroot, 0o700)

    def attempt(submission: Submission) -> Outcome:
        try:
            return grade_submission(assignment, submission, probes, limits, workroot, unsafe)
        except Exception as error:  # the batch goes on; the reason is reported
            traceback.print_exc()
            return Outcome(
                submission.student,
                "ungradable",
                folder=submission.folder,
                reason=f"the grader failed on it: {type(error).__name__}: {str(error)[:300]}",
            )

    try:
        with ThreadPoolExecutor(max_workers=workers) as pool:
            pending = {pool.submit(attempt, submission): (submission, 1) for submission in submissions}
            while pending:
                for future in as_completed(list(pending)):
                    submission, tries = pending.pop(future)
                    outcome = future.result()
                    if (outcome.state == "error" or outcome.reason.startswith("the grader failed")) and tries == 1:
                        pending[pool.submit(attempt, submission)] = (submission, 2)
                        continue
                    if tries == 2 and outcome.state != "graded":
                        outcome.reason = f"{outcome.reason} (after a retry)"
                    _record(layout, assignment, outcome)
                    outcomes.append(outcome)
                    if bar:
                        bar.update(outcome)
                    break
    finally:
        shutil.rmtree(workroot, ignore_errors=True)
    outcomes.sort(key=lambda outcome: outcome.student)
    reports = root / "reports"
    write_report(reports / f"grading-{assignment_name}.csv", outcomes, keep_others=bool(students))
    write_summary(reports / f"grading-{assignment_name}.md", assignment_name, outcomes, held)
    if export:
        run_nbgrader(root, "generate_feedback", assignment_name, "--force", "--log-level=WARN")
        run_nbgrader(root, "export", "--to", "grades.csv", "--log-level=WARN")
    return outcomes


def _record(layout: CourseDirectory, assignment: Assignment, outcome: Outcome) -> None:
    """Write a finished outcome (in the parent thread).

    A graded one is written as graded. Any other (or a graded one whose writing fails) is recorded
    with 0 on every cell and flagged for review, so that a regrade never keeps an old score silently.
    """
    folder = Path(layout.root) / layout.autograded_directory / outcome.student / assignment.name
    notebook_id = Path(assignment.notebook_name).stem
    if outcome.state == "graded":
        try:
            write_autograded(outcome.notebook, folder, assignment.notebook_name, outcome.timestamp, outcome.folder)
            kept = record_scores(
                layout.db_url,
                assignment.name,
                notebook_id,
                outcome.student,
                outcome.scores,
                outcome.comments,
                outcome.timestamp,
            )
            for cell, (manual, automatic) in sorted(kept.items()):
                outcome.notes.append(
                    f"{cell}: the manual score {manual:g} from the formgrader is kept "
                    f"(automatic now {automatic:g}); flagged for review"
                )
                outcome.score += manual - (automatic or 0)
            return
        except Exception as error:  # reported as this submission's state
            outcome.state, outcome.reason = "ungradable", f"recording failed: {type(error).__name__}: {error}"
    notebook = copy.deepcopy(assignment.release)
    notice = nbformat.v4.new_markdown_cell(f"**This submission could not be graded:** {outcome.reason}")
    notebook.cells.insert(0, notice)
    outcome.scores = {name: 0.0 for name in assignment.points()}
    outcome.score = 0.0
    try:
        write_autograded(notebook, folder, assignment.notebook_name, outcome.timestamp, outcome.folder)
        comments = {name: f"Not graded: {outcome.reason}" for name in assignment.solution_ids()}
        record_scores(
            layout.db_url,
            assignment.name,
            notebook_id,
            outcome.student,
            outcome.scores,
            comments,
            outcome.timestamp,
            needs_review=True,
        )
    except Exception as error:  # said in the report
        outcome.state = "error"
        outcome.reason = f"{outcome.reason}; and recording 0 failed too: {type(error).__name__}: {error}"


def write_report(path: Path, outcomes: list[Outcome], keep_others: bool = False) -> Path:
    """The per-submission CSV; with ``keep_others``, the rows of students not in ``outcomes`` stay."""
    rows = {}
    if keep_others and path.is_file():
        with open(path, newline="") as handle:
            rows = {row["student"]: row for row in csv.DictReader(handle)}
    header = ["student", "state", "score", "max_score", "seconds", "reason", "notes"]
    for outcome in outcomes:
        rows[outcome.student] = dict(
            zip(
                header,
                [
                    outcome.student,
                    outcome.state,
                    f"{outcome.score:g}",
                    f"{outcome.max_score:g}",
                    f"{outcome.seconds:.1f}",
                    outcome.reason,
                    "; ".join(outcome.notes),
                ],
            )
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=header)
        writer.writeheader()
        for student in sorted(rows):
            writer.writerow(rows[student])
    return path


def write_summary(path: Path, assignment: str, outcomes: list[Outcome], held: dict[str, str]) -> Path:
    """A readable report of this run: the limits that held, then each submission's state."""
    lines = [f"# Grading {assignment}", "", "## Limits for each submission", ""]
    lines += [f"- {name}: {how}" for name, how in held.items()]
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024  # KiB on Linux
    lines += [f"- grader peak memory: {peak} MiB (the trusted process itself)"]
    lines += ["", "## Submissions", "", "| student | state | score | reason |", "|---|---|---:|---|"]
    for outcome in outcomes:
        student = repr(outcome.student)[1:-1].replace("|", "\\|")
        reason = outcome.reason.replace("|", "\\|").replace("\n", " ")
        lines.append(f"| {student} | {outcome.state} | {outcome.score:g}/{outcome.max_score:g} | {reason} |")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n")
    return path


__all__ = ["Outcome", "grade", "grade_submission", "SandboxUnavailable"]
