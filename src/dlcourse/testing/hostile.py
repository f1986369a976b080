"""Broken and hostile submissions of a01_ann, for the grading regression suite and its benchmark.

Each builder returns what a student would hand in: a notebook (as JSON text or bytes) to put at
``submitted/<student>/a01_ann/<file name>``. ``CASES`` maps a student id to its builder and to what
grading must conclude: the state, the total score, and a phrase the report's reason or notes must
contain. ``tests/grading/test_grading_hostile.py`` grades them all in one batch.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

from dlcourse.testing.course import RELEASE, SOLUTIONS

ASSIGNMENT = "a01_ann"
NOTEBOOK = f"{ASSIGNMENT}.ipynb"
FUNCTIONS = ["stable_sigmoid", "perceptron_epoch", "dense_forward", "mlp_backward"]
POINTS = {"stable_sigmoid": 5, "perceptron_epoch": 5, "dense_forward": 5, "mlp_backward": 5}
# Markers that background processes carry in their command line, so a test can look for them.
SLEEP_MARKER = "987654"
DAEMON_MARKER = "987653"


def release() -> nbformat.NotebookNode:
    return nbformat.read(RELEASE / ASSIGNMENT / NOTEBOOK, as_version=4)


def solutions() -> dict[str, str]:
    source = nbformat.read(SOLUTIONS / ASSIGNMENT / NOTEBOOK, as_version=4)
    return {
        cell.metadata.nbgrader["grade_id"]: cell.source
        for cell in source.cells
        if cell.metadata.get("nbgrader", {}).get("solution")
    }


def answered(**answers: str) -> nbformat.NotebookNode:
    """The release with every answer filled in: the reference's, unless ``answers`` gives another."""
    notebook = release()
    reference = solutions()
    for cell in notebook.cells:
        grade_id = cell.metadata.get("nbgrader", {}).get("grade_id")
        if grade_id in reference:
            cell.source = answers.get(grade_id, reference[grade_id])
    return notebook


def cell(notebook, grade_id):
    return next(c for c in notebook.cells if c.metadata.get("nbgrader", {}).get("grade_id") == grade_id)


def with_prefix(function: str, prefix: str, notebook=None) -> nbformat.NotebookNode:
    """The reference answers, with ``prefix`` run at the top of ``function``'s answer cell."""
    notebook = notebook or answered()
    target = cell(notebook, function)
    target.source = prefix.rstrip("\n") + "\n\n" + target.source
    return notebook


WRONG = {
    "stable_sigmoid": (
        "import numpy as np\n\ndef stable_sigmoid(z):\n    return np.zeros_like(np.asarray(z, dtype='float64'))\n"
    ),
    "perceptron_epoch": "import numpy as np\n\ndef perceptron_epoch(weights, bias, inputs, targets, learning_rate):\n"
    "    return np.array(weights, dtype='float64'), float(bias), 0\n",
    "dense_forward": "import numpy as np\n\ndef dense_forward(inputs, kernel, bias, activation='linear'):\n"
    "    return np.zeros((len(inputs), np.shape(kernel)[1]))\n",
    "mlp_backward": "import numpy as np\n\ndef mlp_backward(inputs, targets, W1, b1, W2, b2):\n"
    "    return {'W1': W1 * 0, 'b1': b1 * 0, 'W2': W2 * 0, 'b2': b2 * 0}\n",
}


def all_wrong(prefix: str = "") -> nbformat.NotebookNode:
    """Every answer wrong; ``prefix`` (the tampering) runs first, in the first answer cell."""
    notebook = answered(**WRONG)
    return with_prefix("stable_sigmoid", prefix, notebook) if prefix else notebook


def text(notebook) -> bytes:
    return nbformat.writes(notebook).encode()


@dataclass
class Case:
    build: Callable[[Path], bytes]  # gets the course folder (hostile code may aim at it)
    state: str = "graded"
    score: float | None = 20  # None: not fixed (see ``lose``)
    says: str = ""  # a phrase the reason or notes must contain
    zero: list[str] = field(default_factory=list)  # functions that must get no points
    lose: list[str] = field(default_factory=list)  # functions that must lose some points; the rest keep all
    file_name: str = NOTEBOOK
    extra_files: dict[str, bytes] = field(default_factory=dict)


def _deleted_tests(course):
    notebook = answered()
    notebook.cells = [c for c in notebook.cells if not c.metadata.get("nbgrader", {}).get("grade")]
    return text(notebook)


def _edited_test(course):
    notebook = answered(perceptron_epoch=WRONG["perceptron_epoch"])
    cell(notebook, "test_perceptron_epoch_visible").source = "pass  # the test is gone"
    return text(notebook)


def _points_raised(course):
    notebook = answered()
    for c in notebook.cells:
        if c.metadata.get("nbgrader", {}).get("grade"):
            c.metadata.nbgrader["points"] = 100
    return text(notebook)


def _flags_flipped(course):
    notebook = answered()
    cell(notebook, "test_stable_sigmoid_visible").metadata.nbgrader["grade"] = False
    cell(notebook, "test_dense_forward_visible").metadata.nbgrader["solution"] = True
    cell(notebook, "stable_sigmoid").metadata.nbgrader["solution"] = False
    return text(notebook)


def _metadata_stripped(course):
    notebook = answered()
    for c in notebook.cells:
        c.metadata = {}
    return text(notebook)


def _renamed_without_ids(course):
    data = json.loads(text(answered()))
    for c in data["cells"]:
        c.pop("id", None)
        if "nbgrader" in c.get("metadata", {}):
            c["metadata"]["nbgrader"]["grade_id"] = "renamed_" + c["metadata"]["nbgrader"]["grade_id"]
    data["nbformat_minor"] = 4
    return json.dumps(data).encode()


def _unmatchable(course):
    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("I did not do the exercise.")])
    return text(notebook)


def _tests_to_markdown(course):
    notebook = answered(perceptron_epoch=WRONG["perceptron_epoch"])
    for c in notebook.cells:
        if c.metadata.get("nbgrader", {}).get("grade_id", "").startswith("test_"):
            c.cell_type = "markdown"
            c.pop("outputs", None)
            c.pop("execution_count", None)
    return text(notebook)


def _schema_changed(course):
    notebook = answered()
    for c in notebook.cells:
        if "nbgrader" in c.metadata:
            c.metadata.nbgrader["schema_version"] = 99
    return text(notebook)


def _schema_removed(course):
    notebook = answered()
    for c in notebook.cells:
        c.metadata.get("nbgrader", {}).pop("schema_version", None)
    return text(notebook)


def _writes_outside(course):
    targets = [
        str(course / "solutions" / "hacked.txt"),
        str(course / "gradebook-copy.db"),
        "/usr/hacked.txt",
        "/hacked.txt",
        str(course / "exercises" / ASSIGNMENT / "hacked.txt"),
    ]
    code = (
        "import os\n"
        f"for _path in {targets!r}:\n"
        "    try:\n"
        "        with open(_path, 'w') as _handle:\n"
        "            _handle.write('hacked')\n"
        "        print('WROTE', _path)\n"
        "    except OSError as _error:\n"
        "        print('denied', _path, type(_error).__name__)\n"
    )
    return text(with_prefix("perceptron_epoch", code))


def _reads_hidden(course):
    code = (
        "import os\n"
        "_found = []\n"
        f"for _root in ['/', {str(course)!r}, os.path.expanduser('~'), '/tmp']:\n"
        "    for _folder, _dirs, _files in os.walk(_root):\n"
        "        _dirs[:] = [d for d in _dirs if d not in ('proc', 'sys', 'dev', 'usr')]\n"
        "        for _name in _files:\n"
        "            if _name.endswith('.ipynb') or _name.endswith('.db') or _name == 'nbgrader_config.py':\n"
        "                _found.append(os.path.join(_folder, _name))\n"
        "print('FOUND:', sorted(set(_found)))\n"
        f"print('autograded readable:', os.path.exists({str(course / 'autograded')!r}))\n"
    )
    return text(with_prefix("perceptron_epoch", code))


def _opens_solutions(course):
    code = (
        "try:\n"
        f"    print(open({str(course / 'solutions' / ASSIGNMENT / NOTEBOOK)!r}).read()[:100])\n"
        "    print('SOLUTIONS READ')\n"
        "except OSError as _error:\n"
        "    print('solutions unreadable:', type(_error).__name__)\n"
    )
    return text(with_prefix("perceptron_epoch", code))


def _writes_gradebook(course):
    code = (
        "import sqlite3\n"
        "try:\n"
        f"    _db = sqlite3.connect({str(course / 'gradebook.db')!r})\n"
        "    _db.execute('UPDATE grade SET auto_score = 100')\n"
        "    _db.commit()\n"
        "    print('GRADEBOOK WRITTEN')\n"
        "except Exception as _error:\n"
        "    print('gradebook unreachable:', type(_error).__name__)\n"
    )
    return text(with_prefix("perceptron_epoch", code))


def _background(course):
    code = (
        "import subprocess, sys\n"
        f"subprocess.Popen(['sleep', '{SLEEP_MARKER}'])\n"
        "subprocess.Popen([sys.executable, '-c', "
        f"'import os, time\\nif os.fork() == 0:\\n    os.setsid()\\n    time.sleep({DAEMON_MARKER})'], "
        "start_new_session=True)\n"
    )
    return text(with_prefix("perceptron_epoch", code))


NOOP_HELPERS = """
import builtins, numpy as np
np.testing.assert_allclose = lambda *args, **kwargs: None
np.testing.assert_array_equal = lambda *args, **kwargs: None
np.isclose = lambda *args, **kwargs: True
np.allclose = lambda *args, **kwargs: True
np.array_equal = lambda *args, **kwargs: True
"""

AST_STRIPPER = """
import ast
class _StripChecks(ast.NodeTransformer):
    def visit_Assert(self, node):
        return ast.Pass()
    def visit_Expr(self, node):
        return ast.Pass()
get_ipython().ast_transformers.append(_StripChecks())
_cells_seen = [0]
def _blank_later_cells(lines):
    _cells_seen[0] += 1
    return [] if _cells_seen[0] > 3 else lines
get_ipython().input_transformers_cleanup.append(_blank_later_cells)
"""

NO_TRACEBACK = """
_ip = get_ipython()
_ip.showtraceback = lambda *args, **kwargs: None
_ip.showsyntaxerror = lambda *args, **kwargs: None
"""

FAKE_SCORE = """
_ip = get_ipython()
def _send_score(*args):
    _ip.displayhook.session.send(_ip.displayhook.pub_socket, "execute_result",
        {"data": {"text/plain": "1000"}, "metadata": {}, "execution_count": 1}, parent=_ip.displayhook.parent_header)
_ip.events.register("pre_run_cell", _send_score)
"""

FIXED_SEEDS = """
import numpy as np
_default_rng = np.random.default_rng
np.random.default_rng = lambda *args, **kwargs: _default_rng(0)
np.random.seed(0)
"""

TF_NOISE = """
import os, sys
_original_sigmoid_noise = (
    b"WARNING: All log messages before absl::InitializeLog() is called are written to STDERR\\n"
    b"W0000 00:00:1796116353.229434    3676 cpu_feature_guard.cc:227] This TensorFlow binary is optimized.\\n"
    b"I0000 00:00:1796116354.768924    3676 cudart_stub.cc:31] Could not find cuda drivers on your machine.\\n"
)
"""


def _tf_noise(course):
    notebook = with_prefix("stable_sigmoid", TF_NOISE)
    target = cell(notebook, "stable_sigmoid")
    target.source = target.source.replace(
        '    """Return the logistic sigmoid of ``z`` elementwise, without overflow."""\n',
        '    """Return the logistic sigmoid of ``z`` elementwise, without overflow."""\n'
        "    os.write(2, _original_sigmoid_noise)\n",
    )
    assert "os.write(2" in target.source
    return text(notebook)


def _environment(course):
    code = (
        "import os\nprint('ENVIRONMENT:', sorted(os.environ))\nprint('VALUES:', sorted(os.environ.values()))\n"
        "_cache = os.path.join(os.environ.get('KERAS_HOME', '~/.keras'), 'datasets')\n"
        "print('KERAS CACHE:', sorted(os.listdir(_cache)) if os.path.isdir(_cache) else [])\n"
    )
    return text(with_prefix("perceptron_epoch", code))


# A nearly right answer: the right values, but it changes its argument in place (the hidden tests
# and the integrity probes both check that it does not).
IN_PLACE_SIGMOID = """
def stable_sigmoid(z):
    if isinstance(z, np.ndarray) and z.dtype == np.float64:
        values = z  # the caller's array, written over below
    else:
        values = np.array(z, dtype="float64")
    positive = values >= 0
    negative = np.exp(values[~positive])
    values[positive] = 1.0 / (1.0 + np.exp(-values[positive]))
    values[~positive] = negative / (1.0 + negative)
    return values.copy()
"""

# Three ways to make the kernel report no error: each must earn nothing back.
CUSTOM_EXC = "get_ipython().set_custom_exc((BaseException,), lambda shell, kind, value, tb, tb_offset=None: None)\n"
REPLY_STATUS = """
_kernel = get_ipython().kernel
_execute = _kernel.do_execute
async def _always_ok(*args, **kwargs):
    reply = await _execute(*args, **kwargs)
    return {"status": "ok", "execution_count": reply.get("execution_count"), "user_expressions": {}, "payload": []}
_kernel.do_execute = _always_ok
get_ipython().showtraceback = lambda *args, **kwargs: None
"""
INPUT_TRANSFORMER = """
def _swallow(lines):
    return ["try:\\n"] + ["    " + line for line in lines] + ["\\n    pass\\nexcept BaseException:\\n    pass\\n"]
get_ipython().input_transformers_post.append(_swallow)
"""

# Hidden tests copied out of the kernel's own history into later outputs, in several encodings.
HISTORY_LEAK = """
import base64, html
def _leak(info):
    history = "\\n".join(get_ipython().user_ns.get("In", []))
    print(base64.b64encode(history.encode()).decode())
    print(html.escape(history).replace("_", "&#95;"))
    print("\\u200b".join(history))
    print(history)
get_ipython().events.register("pre_run_cell", _leak)
"""


# The jail's writable places filled, linked and fenced; host files aimed at.
def _fills_the_jail(course):
    marker_file, marker_folder = course / "private-0600.txt", course / "private-0700"
    code = (
        "import os\n"
        "for _folder in ['/control', '/scratch', '/tmp']:\n"
        "    for _name in os.listdir(_folder):\n"
        "        _path = os.path.join(_folder, _name)\n"
        "        try:\n"
        "            os.replace(_path, _path + '.moved')\n"
        f"            os.symlink({str(marker_file)!r}, _path)\n"
        "        except OSError:\n"
        "            pass\n"
        "    try:\n"
        "        os.mkfifo(os.path.join(_folder, 'fifo'))\n"
        f"        os.symlink({str(marker_folder)!r}, os.path.join(_folder, 'probe-folder'))\n"
        "    except OSError:\n"
        "        pass\n"
        "    _deep = os.path.join(_folder, 'deep')\n"
        "    try:\n"
        "        for _ in range(3000):\n"
        "            os.mkdir(_deep)\n"
        "            _deep = os.path.join(_deep, 'd')\n"
        "    except OSError:\n"
        "        pass\n"
        "for _index in range(50_000):\n"
        "    try:\n"
        "        open(f'/control/f{_index}', 'w').close()\n"
        "    except OSError:\n"
        "        break\n"
        "try:\n"
        "    with open('/control/big', 'wb') as _handle:\n"
        "        for _ in range(1024):\n"
        "            _handle.write(b'x' * 2**20)\n"
        "except OSError as _error:\n"
        "    print('control full:', type(_error).__name__)\n"
    )
    return text(with_prefix("perceptron_epoch", code))


# Every descriptor the process holds gets a forged record: a size bomb, then garbage.
FORGED_RECORDS = """
import os
_bomb = (b'{"end": ["case", 0], "value": {"value": {"dtype": "<f8", "shape": [4294967296, 8], "data": ""}}, '
         b'"after": {}}\\n')
for _descriptor in range(3, 64):
    try:
        os.write(_descriptor, _bomb + b"garbage\\n")
    except OSError:
        pass
"""

# Many busy processes for a while: a CPU share per jail keeps the other submissions on time.
CPU_HOG = """
import os, time
for _ in range(150):
    if os.fork() == 0:
        _until = time.time() + 20
        while time.time() < _until:
            pass
        os._exit(0)
"""

PID_ONE = """
import ctypes, os
print("PID ONE:", open("/proc/1/cmdline", "rb").read()[:200])
print("PID ONE ENVIRONMENT:", open("/proc/1/environ", "rb").read()[:4000])
_libc = ctypes.CDLL(None, use_errno=True)
print("PTRACE:", _libc.ptrace(16, 1, None, None), ctypes.get_errno())
_found = []
for _pid in os.listdir("/proc"):
    if _pid.isdigit():
        try:
            _found.append(open(f"/proc/{_pid}/environ", "rb").read())
        except OSError:
            pass
print("ALL ENVIRONMENTS:", _found)
"""


CASES: dict[str, Case] = {
    "c00_correct": Case(lambda course: text(answered())),
    "c00_release": Case(lambda course: text(release()), score=0, zero=FUNCTIONS),
    "c01_syntax_error": Case(
        lambda course: text(answered(perceptron_epoch="def perceptron_epoch(:\n    pass\n")),
        score=15,
        zero=["perceptron_epoch"],
    ),
    "c02_infinite_loop": Case(
        lambda course: text(with_prefix("mlp_backward", "while True:\n    pass")),
        score=15,
        zero=["mlp_backward"],
        says="interrupted",
    ),
    "c03_ignores_sigint": Case(
        lambda course: text(
            with_prefix(
                "mlp_backward", "import signal\nsignal.signal(signal.SIGINT, signal.SIG_IGN)\nwhile True:\n    pass"
            )
        ),
        score=15,
        zero=["mlp_backward"],
        says="kernel killed",
    ),
    "c04_os_exit": Case(
        lambda course: text(
            answered(mlp_backward="import os\n\ndef mlp_backward(*args, **kwargs):\n    os._exit(1)\n")
        ),
        score=15,
        zero=["mlp_backward"],
        says="kernel died at cell",
    ),
    "c04_segfault": Case(
        lambda course: text(with_prefix("mlp_backward", "import ctypes\nctypes.string_at(0)")),
        score=15,
        zero=["mlp_backward"],
        says="kernel died at cell",
    ),
    "c05_memory_bomb": Case(
        lambda course: text(
            with_prefix("mlp_backward", "import numpy as np\n_hog = []\nwhile True:\n    _hog.append(np.ones(2**24))")
        ),
        score=15,
        zero=["mlp_backward"],
        says="memory",
    ),
    "c06_test_cells_deleted": Case(_deleted_tests),
    "c07_test_cell_edited": Case(_edited_test, score=15, zero=["perceptron_epoch"]),
    "c08_points_raised": Case(_points_raised),
    "c09_flags_flipped": Case(_flags_flipped),
    "c10_metadata_stripped": Case(_metadata_stripped),
    "c10_renamed_without_ids": Case(_renamed_without_ids, says="found by the functions it defines"),
    "c10_unmatchable": Case(_unmatchable, state="ungradable", score=0, says="none of the answer cells"),
    "c11_tests_to_markdown": Case(_tests_to_markdown, score=15, zero=["perceptron_epoch"]),
    "c12_schema_changed": Case(_schema_changed),
    "c12_schema_removed": Case(_schema_removed),
    "c13_renamed_notebook": Case(lambda course: text(answered()), file_name="my_work.ipynb", says="the only notebook"),
    "c13_two_notebooks": Case(
        lambda course: text(answered()),
        file_name="draft.ipynb",
        state="ungradable",
        score=0,
        says="several notebooks",
        extra_files={"final.ipynb": b"{}"},
    ),
    "c14_empty_file": Case(lambda course: b"", state="ungradable", score=0, says="is empty"),
    "c14_invalid_json": Case(lambda course: b'{"cells": [', state="ungradable", score=0, says="not valid JSON"),
    "c15_output_flood": Case(
        lambda course: text(with_prefix("perceptron_epoch", "print('x' * 30_000_000)")), says="output cut"
    ),
    "c16_writes_outside": Case(_writes_outside),
    "c17_reads_hidden": Case(_reads_hidden),
    "c18_opens_solutions": Case(_opens_solutions),
    "c19_writes_gradebook": Case(_writes_gradebook),
    "c20_background_process": Case(_background),
    "c21_noop_helpers": Case(lambda course: text(all_wrong(NOOP_HELPERS)), score=0, zero=FUNCTIONS, says="integrity"),
    "c22_ast_transformer": Case(lambda course: text(all_wrong(AST_STRIPPER)), score=0, zero=FUNCTIONS),
    "c23_no_traceback": Case(lambda course: text(all_wrong(NO_TRACEBACK)), score=0, zero=FUNCTIONS, says="integrity"),
    "c24_tf_noise": Case(_tf_noise),
    "c26_score_above_points": Case(lambda course: text(with_prefix("stable_sigmoid", FAKE_SCORE))),
    "c26_score_above_points_wrong": Case(lambda course: text(all_wrong(FAKE_SCORE)), score=0, zero=FUNCTIONS),
    "c27_fixed_seeds": Case(lambda course: text(all_wrong(FIXED_SEEDS)), score=0, zero=FUNCTIONS),
    "c28_environment": Case(_environment),
    "c29_custom_exc": Case(
        lambda course: text(with_prefix("stable_sigmoid", CUSTOM_EXC, answered(stable_sigmoid=IN_PLACE_SIGMOID))),
        score=None,
        lose=["stable_sigmoid"],
        says="integrity",
    ),
    "c29_reply_status": Case(
        lambda course: text(with_prefix("stable_sigmoid", REPLY_STATUS, answered(stable_sigmoid=IN_PLACE_SIGMOID))),
        score=None,
        lose=["stable_sigmoid"],
        says="integrity",
    ),
    "c29_input_transformer": Case(
        lambda course: text(
            with_prefix("stable_sigmoid", INPUT_TRANSFORMER, answered(stable_sigmoid=IN_PLACE_SIGMOID))
        ),
        score=None,
        lose=["stable_sigmoid"],
        says="integrity",
    ),
    "c30_history_leak": Case(lambda course: text(with_prefix("stable_sigmoid", HISTORY_LEAK))),
    "c31_output_message_bomb": Case(
        lambda course: text(with_prefix("mlp_backward", "print('x' * 400_000_000)")), score=15, zero=["mlp_backward"]
    ),
    "c32_fills_the_jail": Case(_fills_the_jail),
    "c33_forged_records": Case(
        lambda course: text(with_prefix("perceptron_epoch", FORGED_RECORDS)),
        state="ungradable",
        score=0,
        says="protocol",
    ),
    "c34_returns_bytes": Case(
        lambda course: text(answered(stable_sigmoid="def stable_sigmoid(z):\n    return b'0.5'\n")),
        score=10,
        zero=["stable_sigmoid", "dense_forward"],
    ),  # dense_forward's sigmoid calls stable_sigmoid
    "c35_cpu_hog": Case(lambda course: text(with_prefix("perceptron_epoch", CPU_HOG)), score=None),
    "c36_pid_one": Case(lambda course: text(with_prefix("perceptron_epoch", PID_ONE))),
    # Student ids that nbgrader cannot handle: refused up front, with the reason, never recorded.
    ".dotted": Case(lambda course: text(answered()), state="ungradable", score=0, says="cannot be handled"),
    "new\nline": Case(lambda course: text(answered()), state="ungradable", score=0, says="cannot be handled"),
    "glob*": Case(lambda course: text(answered()), state="ungradable", score=0, says="cannot be handled"),
}

# The students whose ids nbgrader cannot handle: they are in the report, not in the gradebook.
REFUSED = [".dotted", "new\nline", "glob*"]


def write_submissions(course: Path, cases: dict[str, Case] = CASES) -> None:
    for student, case in cases.items():
        folder = course / "submitted" / student / ASSIGNMENT
        folder.mkdir(parents=True, exist_ok=True)
        (folder / case.file_name).write_bytes(case.build(course))
        for name, data in case.extra_files.items():
            (folder / name).write_bytes(data)


__all__ = ["CASES", "Case", "write_submissions", "answered", "release", "all_wrong", "WRONG", "copy"]
