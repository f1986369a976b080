"""The trust boundary of the grader, rule by rule (see the docstring of ``dlcourse.grading.sandbox``).

These tests need no kernel: they hand the trusted side what a hostile jail could send (records,
arrays, outputs, student ids) and check what it does with them. The sandboxed batch in
``tests/grading/test_grading_hostile.py`` checks the same rules against real submissions.
"""

from __future__ import annotations

import base64
import csv
import html
import json
import sys
import time

import nbformat
import numpy as np
import pytest

from dlcourse.grading import harness
from dlcourse.grading.batch import STUDENT_ID, Outcome, write_report
from dlcourse.grading.fresh import fresh_check
from dlcourse.grading.nbgrader_plugins import HideHiddenTests
from dlcourse.grading.probes import Case, ProbeSet
from dlcourse.grading.sandbox import CgroupV1, CgroupV2, Limits, choose_cgroups, enforcement
from dlcourse.grading.scoring import feedback_text

# --- Rule 5: what comes back is plain data, checked before anything is allocated. ---


def entry(dtype="<f8", shape=(2,), data=None):
    raw = np.zeros(int(np.prod(shape)), dtype=np.dtype(dtype) if dtype in harness.DTYPES else "u1").tobytes()
    return {"dtype": dtype, "shape": list(shape), "data": data if data is not None else base64.b64encode(raw).decode()}


def test_arrays_round_trip_with_dtype_and_shape():
    for value in [
        np.arange(6.0).reshape(2, 3),
        np.array(3, dtype="int32"),
        np.ones((0, 4), "float32"),
        np.array([True, False]),
    ]:
        back = harness.decode(harness.encode(value))
        assert back.dtype == value.dtype and back.shape == value.shape and np.array_equal(back, value)


@pytest.mark.parametrize(
    "bad",
    [
        entry(dtype="|S5"),  # bytes
        entry(dtype="|O"),  # Python objects
        entry(dtype="<f8", shape=(4,), data=base64.b64encode(b"\0" * 8).decode()),  # fewer bytes than the shape needs
        {"dtype": "<f8", "shape": [2**40, 2**20], "data": ""},  # a size bomb: refused before any allocation
        {"dtype": "<f8", "shape": [-1], "data": ""},
        {"dtype": "<f8", "shape": [True], "data": ""},
        {"dtype": "<f8", "shape": "2", "data": ""},
        {"dtype": "<f8", "shape": [1], "data": "!!!!!!!!!!!!"},
        {"dtype": "<f8", "shape": [1], "data": "AAAAAAAAAAA=", "extra": 1},
        [1, 2, 3],
    ],
)
def test_decode_refuses_what_is_not_plain_numbers(bad):
    with pytest.raises((harness.Unreadable, ValueError)):
        harness.decode(bad)


def test_nested_lists_are_one_array_like_the_reference():
    assert set(harness.flatten([[1.0, 2.0], [3.0, 4.0]])) == {"value"}
    assert harness.flatten([[1.0, 2.0], [3.0, 4.0]])["value"].shape == (2, 2)
    assert set(harness.flatten((np.zeros(3), 1.0, 2))) == {"0", "1", "2"}


def test_a_forged_record_makes_the_submission_ungradable():
    probes = ProbeSet([Case("f", {"x": np.ones(2)})], reference=[{"value": np.ones(2)}])
    record = {
        "value": {"value": {"dtype": "|S3", "shape": [1], "data": base64.b64encode(b"abc").decode()}},
        "after": {},
        "warnings": [],
    }
    with pytest.raises(harness.Tampered, match="plain data"):
        probes.judge(0, record)
    with pytest.raises(harness.Tampered):
        probes.judge(0, ["not", "a", "record"])


def test_probe_checks_arguments_warnings_and_dtypes_beyond_values():
    x = np.array([1.0, 2.0])
    good = {"value": harness.encode_value(x), "after": {"x": harness.encode_value(x)}, "warnings": []}
    probes = ProbeSet([Case("f", {"x": x}, warnings=False, dtype=["float64"])], reference=[{"value": x}])
    assert probes.judge(0, good) == (True, "")
    changed = dict(good, after={"x": harness.encode_value(x * 0)})
    assert "in place" in probes.judge(0, changed)[1]
    warned = dict(good, warnings=["RuntimeWarning: overflow encountered in exp"])
    assert "warned" in probes.judge(0, warned)[1]
    float32 = dict(good, value=harness.encode_value(x.astype("float32")))
    assert "dtype" in probes.judge(0, float32)[1]


# --- Rule 4: every read from a jail has a byte cap and a deadline. ---


def python(code: str) -> list[str]:
    return [sys.executable, "-c", code]


def test_run_stops_a_process_that_makes_no_progress():
    started = time.monotonic()
    records, problem = harness.run(
        python('import time\nprint(\'{"start": ["cell", 0]}\', flush=True)\ntime.sleep(60)'),
        {},
        time.monotonic() + 60,
        quiet_seconds=1,
        startup_seconds=0,
    )
    assert "no progress" in problem and records == [{"start": ["cell", 0]}]
    assert time.monotonic() - started < 20


def test_run_stops_at_the_byte_cap_without_reading_on():
    with pytest.raises(harness.Tampered, match="more than 1 MiB"):
        harness.run(
            python("import sys\nwhile True:\n    sys.stdout.write('x' * 65536)"),
            {},
            time.monotonic() + 60,
            quiet_seconds=30,
            limit=2**20,
        )


def test_run_refuses_a_line_that_is_not_a_record_and_notices_a_death():
    for line in ["not json", "[1, 2]", "\xff"]:
        with pytest.raises(harness.Tampered, match="not a record"):
            harness.run(
                python(f"import sys\nsys.stdout.buffer.write({line.encode('latin-1')!r} + b'\\n')"),
                {},
                time.monotonic() + 30,
                quiet_seconds=30,
            )
    _, problem = harness.run(
        python("import os\nprint('{}', flush=True)\nos._exit(3)"), {}, time.monotonic() + 30, quiet_seconds=30
    )
    assert "died" in problem


# --- The fresh check: a unit that kills or hangs its process fails alone. ---


def notebook_with(*sources):
    cells = [nbformat.v4.new_code_cell(source) for source in sources]
    cells.append(nbformat.v4.new_code_cell("assert f(1) == 2, 'f(1) should be 2'"))
    cells[-1].metadata["nbgrader"] = {"grade": True, "solution": False, "grade_id": "test_f_visible", "points": 1}
    return nbformat.v4.new_notebook(cells=cells)


def test_fresh_check_skips_only_the_unit_that_killed_its_process(tmp_path):
    notebook = notebook_with(
        "import os\ndef f(x):\n    return x + 1",
        "def g(x):\n    os._exit(1)",
        "while True:\n    pass",
        "def h(x):\n    return x * 2",
        "def b(x):\n    return b'abc'",
    )
    probes = ProbeSet(
        [
            Case("f", {"x": np.ones(2)}),
            Case("g", {"x": np.ones(2)}),
            Case("g", {"x": np.zeros(2)}),
            Case("h", {"x": np.ones(2)}),
            Case("b", {"x": np.ones(2)}),
        ],
        reference=[
            {"value": np.full(2, 2.0)},
            {"value": np.ones(2)},
            {"value": np.ones(2)},
            {"value": np.full(2, 2.0)},
            {"value": np.ones(2)},
        ],
    )
    result = fresh_check(notebook, probes, Limits(cell_seconds=3), tmp_path, time.monotonic() + 120, unsafe=True)
    assert result.verdicts[0] == (True, "") and result.verdicts[3] == (True, ""), result
    assert not result.verdicts[1][0] and "died" in result.verdicts[1][1]
    assert not result.verdicts[2][0] and "died" in result.verdicts[2][1]  # the same function: not run again
    assert not result.verdicts[4][0] and "not numbers" in result.verdicts[4][1]  # an honest bytes answer fails
    assert sum("died" in note for note in result.notes) == 1, result.notes
    assert any("no progress" in note and "cell 2" in note for note in result.notes), result.notes
    assert result.visible == {"test_f_visible": ""}


# --- Rule 2 and feedback: no test cell's outputs reach a student. ---


HIDDEN = "assert _secret_reference(z) == 42, 'hidden'"


@pytest.mark.parametrize(
    "encode",
    [
        lambda line: line,
        lambda line: base64.b64encode(line.encode()).decode(),
        lambda line: html.escape(line).replace("_", "&#95;"),
        lambda line: "\u200b".join(line),
    ],
)
def test_feedback_of_a_test_cell_never_copies_its_outputs(encode):
    visible = nbformat.v4.new_code_cell("assert f(1) == 2, 'f(1) should be 2'")
    visible.metadata["nbgrader"] = {"grade": True, "solution": False, "grade_id": "test_f_visible", "points": 1}
    visible.outputs = [
        nbformat.v4.new_output("stream", name="stdout", text=encode(HIDDEN)),
        nbformat.v4.new_output("display_data", data={"text/html": encode(HIDDEN)}),
    ]
    hidden = nbformat.v4.new_code_cell(f"### BEGIN HIDDEN TESTS\n{HIDDEN}\n### END HIDDEN TESTS")
    hidden.metadata["nbgrader"] = {"grade": True, "solution": False, "grade_id": "test_f_hidden", "points": 1}
    hidden.outputs = [nbformat.v4.new_output("error", ename="AssertionError", evalue=encode(HIDDEN), traceback=[])]
    for cell, text in [(visible, "Visible test: passed (1 of 1).\n"), (hidden, None)]:
        if text:
            cell.metadata["dlcourse"] = {"feedback": text}
    processed, _ = HideHiddenTests().preprocess(nbformat.v4.new_notebook(cells=[visible, hidden]), {})
    written = nbformat.writes(processed)
    plain = html.unescape(written).replace("\u200b", "").replace("\\u200b", "")
    assert encode(HIDDEN) not in written and HIDDEN not in plain and "_secret_reference" not in plain
    assert base64.b64encode(HIDDEN.encode()).decode() not in written


def test_feedback_text_names_only_the_grader_s_own_words():
    cell = nbformat.v4.new_code_cell("assert f(1) == 2, 'f(1) should be 2'")
    assert "ValueError" in feedback_text(cell, 0, 1, "ValueError", None)
    assert "SGVsbG8" not in feedback_text(cell, 0, 1, "SGVsbG8gaGlkZGVu", None)
    assert "f(1) should be 2" in feedback_text(cell, 0, 1, "AssertionError", "AssertionError: f(1) should be 2")


# --- Item 6: student ids nbgrader cannot handle are refused up front; --student keeps the other rows. ---


@pytest.mark.parametrize("student", ["alice", "bob_2", "c.d@uni.edu", "x-1", "A+B"])
def test_ordinary_student_ids_are_accepted(student):
    assert STUDENT_ID.fullmatch(student)


@pytest.mark.parametrize("student", [".hidden", "a\nb", "st*r", "que?", "[ab]", "two words", "", "a/b", "-x"])
def test_student_ids_nbgrader_cannot_handle_are_refused(student):
    assert not STUDENT_ID.fullmatch(student)


def test_regrading_one_student_updates_only_that_row(tmp_path):
    report = tmp_path / "grading.csv"
    write_report(
        report, [Outcome("alice", "graded", score=20, max_score=20), Outcome("bob", "graded", score=12, max_score=20)]
    )
    write_report(report, [Outcome("bob", "graded", score=17, max_score=20)], keep_others=True)
    with open(report, newline="") as handle:
        rows = {row["student"]: row["score"] for row in csv.DictReader(handle)}
    assert rows == {"alice": "20", "bob": "17"}


# --- Rule 1 and item 5: the limits, and the choice of cgroups. ---


def cgroup_tree(tmp_path, folders):
    for folder in folders:
        (tmp_path / folder).mkdir(parents=True)
    return tmp_path


def test_cgroup_v1_is_chosen_where_its_controllers_can_be_made(tmp_path):
    root = cgroup_tree(tmp_path, ["sys/fs/cgroup/memory/job", "sys/fs/cgroup/pids", "sys/fs/cgroup/cpu,cpuacct"])
    mounts = (
        "cgroup /sys/fs/cgroup/memory cgroup rw,memory 0 0\ncgroup /sys/fs/cgroup/pids cgroup rw,pids 0 0\n"
        "cgroup /sys/fs/cgroup/cpu,cpuacct cgroup rw,cpu,cpuacct 0 0\n"
    )
    chosen = choose_cgroups(mounts, "4:memory:/job\n3:pids:/\n2:cpu,cpuacct:/\n", root)
    assert isinstance(chosen, CgroupV1)
    assert chosen.mounts["memory"] == root / "sys/fs/cgroup/memory/job"  # nested under the grader's own
    limits = Limits(memory_bytes=2**30, processes=64, cpu_cores=0.5)
    folders = chosen.create("jail", limits)
    values = {path.parent.name + "/" + path.name: path.read_text() for folder in folders for path in folder.iterdir()}
    assert values["jail/memory.limit_in_bytes"] == str(2**30) and values["jail/pids.max"] == "64"
    assert values["jail/cpu.cfs_quota_us"] == "50000" and values["jail/cpu.cfs_period_us"] == "100000"
    assert all("NOT" not in how for how in enforcement(limits, chosen).values())


def test_a_delegated_cgroup_v2_subtree_is_chosen_without_v1(tmp_path):
    root = cgroup_tree(tmp_path, ["sys/fs/cgroup/user.slice/me"])
    (root / "sys/fs/cgroup/user.slice/me/cgroup.subtree_control").write_text("cpu memory pids\n")
    chosen = choose_cgroups("cgroup2 /sys/fs/cgroup cgroup2 rw,nsdelegate 0 0\n", "0::/user.slice/me\n", root)
    assert isinstance(chosen, CgroupV2)
    (folder,) = chosen.create("jail", Limits(memory_bytes=2**30, processes=64, cpu_cores=1))
    assert (folder / "memory.max").read_text() == str(2**30) and (folder / "cpu.max").read_text() == "100000 100000"


def test_without_cgroups_the_fallback_is_said_and_the_missing_limits_are_weak(tmp_path):
    root = cgroup_tree(tmp_path, ["sys/fs/cgroup"])
    (root / "sys/fs/cgroup/cgroup.subtree_control").write_text("")  # v2, nothing delegated
    chosen = choose_cgroups("cgroup2 /sys/fs/cgroup cgroup2 rw 0 0\n", "0::/\n", root)
    assert chosen.kind == "none"
    held = enforcement(Limits(), chosen)
    assert "RLIMIT_AS" in held["memory"] and "RLIMIT_NPROC" in held["processes"]
    assert [name for name, how in held.items() if "NOT" in how] == ["memory", "processes", "cpu share"]
    assert json.dumps(held)  # printable as it is


def test_an_object_is_compared_through_the_instructor_s_export(tmp_path):
    exports = (
        "import numpy as np\n"
        "def summary(value):\n"
        "    return {'kind': type(value).__name__, 'size': len(value), 'values': np.asarray(value, dtype=float)}\n"
    )
    namespace = {}
    exec(exports, namespace)
    notebook = notebook_with(
        "def f(x):\n    return list(x + 1)", "def g(x):\n    return tuple(x + 1)", "def h(x):\n    return list(x + 2)"
    )
    want = namespace["summary"]([2.0, 2.0])
    probes = ProbeSet(
        [Case(name, {"x": np.ones(2)}, export="summary") for name in "fgh"],
        exports=exports,
        reference=[{"values": want["values"]}] * 3,
        reference_data=[{"kind": "list", "size": 2}] * 3,
    )
    result = fresh_check(notebook, probes, Limits(cell_seconds=30), tmp_path, time.monotonic() + 120, unsafe=True)
    assert result.verdicts[0] == (True, "")
    assert not result.verdicts[1][0] and "kind is tuple, expected list" in result.verdicts[1][1]
    assert not result.verdicts[2][0] and "differs" in result.verdicts[2][1]


def test_probes_check_numpy_only_and_random_draws(tmp_path):
    notebook = notebook_with(
        "import numpy as np\nimport keras\ndef f(x):\n    return np.tanh(x)",
        "def g(x):\n    return keras.ops.convert_to_numpy(keras.ops.tanh(x))",
        "def h(x):\n    np.random.random()\n    return np.tanh(x)",
    )
    x = np.linspace(-1, 1, 5)
    probes = ProbeSet(
        [Case(name, {"x": x}, numpy_only=True, draws=False, rtol=1e-5) for name in "fgh"],
        reference=[{"value": np.tanh(x)}] * 3,
    )
    result = fresh_check(notebook, probes, Limits(cell_seconds=60), tmp_path, time.monotonic() + 200, unsafe=True)
    assert result.verdicts[0] == (True, "")
    assert not result.verdicts[1][0] and "NumPy only" in result.verdicts[1][1]
    assert not result.verdicts[2][0] and "drew" in result.verdicts[2][1]


def test_a_case_can_build_its_objects_from_plain_data_on_both_sides(tmp_path):
    exports = (
        "def make(seed, size):\n"
        "    return {'items': list(range(seed, seed + size))}\n"
        "def measure(value):\n"
        "    return {'kind': type(value).__name__, 'total': sum(value)}\n"
    )
    notebook = notebook_with(
        "def f(items):\n    return tuple(items)", "def g(items):\n    items.append(1)\n    return tuple(items)"
    )
    probes = ProbeSet(
        [Case(name, {"seed": 2, "size": 3}, prepare="make", export="measure") for name in "fg"],
        exports=exports,
        reference=[{}, {}],
        reference_data=[{"kind": "tuple", "total": 9}] * 2,
    )
    result = fresh_check(notebook, probes, Limits(cell_seconds=30), tmp_path, time.monotonic() + 120, unsafe=True)
    assert result.verdicts[0] == (True, "")
    assert not result.verdicts[1][0] and "total is 10, expected 9" in result.verdicts[1][1]


def test_lists_must_come_back_unchanged_and_a_helper_can_be_patched(tmp_path):
    exports = "def good_helper(x):\n    return x * 2\n"
    notebook = notebook_with(
        "def helper(x):\n    return x * 3",
        "def f(items):\n    return sum(items)",
        "def g(items):\n    items.sort()\n    return sum(items)",
        "def h(x):\n    return helper(x)",
    )
    probes = ProbeSet(
        [
            Case("f", {"items": [3, 1, 2]}),
            Case("g", {"items": [3, 1, 2]}),
            Case("h", {"x": np.ones(2)}, patch={"helper": "good_helper"}),
        ],
        exports=exports,
        reference=[{"value": np.array(6)}, {"value": np.array(6)}, {"value": np.full(2, 2.0)}],
    )
    result = fresh_check(notebook, probes, Limits(cell_seconds=30), tmp_path, time.monotonic() + 120, unsafe=True)
    assert result.verdicts[0] == (True, "") and result.verdicts[2] == (True, "")
    assert not result.verdicts[1][0] and "in place" in result.verdicts[1][1]


def test_a_tuple_of_arrays_keeps_each_array_s_dtype():
    flat = harness.flatten((np.zeros(3, "int32"), np.zeros(3, bool)))
    assert flat["0"].dtype == np.int32 and flat["1"].dtype == bool
