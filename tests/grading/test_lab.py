"""JupyterLab as a student meets it: a real server with its extensions, a real kernel, and Validate.

The server runs headless on 127.0.0.1 with a token, on a copy of the student release. The test
opens the exercise through the server's contents API, fills in the reference answers, runs every
cell in a kernel the server starts (over its websocket), saves the result through the API, and runs
``nbgrader validate`` on it, as the Validate button does: the solved copy passes, and the
untouched release fails with the message students see.
"""

from __future__ import annotations

import asyncio
import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from pathlib import Path

import pytest

from dlcourse.testing import hostile
from dlcourse.testing.course import RELEASE

BIN = Path(sys.executable).parent
# As JupyterLab's extension manager names them (its PyPI manager normalises the package names).
EXTENSIONS = ("jupyter-widgets-jupyterlab-manager", "jupyter-nbgrader")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    root = tmp_path_factory.mktemp("student")
    shutil.copytree(RELEASE / hostile.ASSIGNMENT, root / hostile.ASSIGNMENT)
    token, port = secrets.token_hex(16), free_port()
    log = open(root.parent / "jupyter-lab.log", "w")
    process = subprocess.Popen(
        [
            str(BIN / "jupyter"),
            "lab",
            "--no-browser",
            "--ServerApp.ip=127.0.0.1",
            f"--ServerApp.port={port}",
            f"--IdentityProvider.token={token}",
            f"--ServerApp.root_dir={root}",
            "--allow-root",
        ],
        cwd=root,
        stdout=log,
        stderr=subprocess.STDOUT,
        env=dict(os.environ, PATH=f"{BIN}{os.pathsep}{os.environ['PATH']}"),
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 90
    while True:
        try:
            request(url, token, "/api/status")
            break
        except OSError:
            if time.monotonic() > deadline or process.poll() is not None:
                process.kill()
                pytest.fail(f"jupyter lab did not start:\n{(root.parent / 'jupyter-lab.log').read_text()[-3000:]}")
            time.sleep(0.5)
    yield {"url": url, "token": token, "root": root}
    process.terminate()
    process.wait(timeout=30)
    log.close()


def request(url, token, path, method="GET", body=None):
    data = json.dumps(body).encode() if body is not None else None
    call = urllib.request.Request(
        f"{url}{path}",
        data=data,
        method=method,
        headers={"Authorization": f"token {token}", "Content-Type": "application/json"},
    )
    with urllib.request.urlopen(call, timeout=60) as response:
        payload = response.read()
        return json.loads(payload) if payload else None


def test_the_nbgrader_and_widget_extensions_are_enabled(lab):
    listed = request(lab["url"], lab["token"], "/lab/api/extensions")
    entries = listed[0] if listed and isinstance(listed[0], list) else listed  # [extensions, pagination]
    extensions = {entry["name"]: entry for entry in entries}
    for name in EXTENSIONS:
        assert name in extensions, f"{name} is not installed: {sorted(extensions)}"
        assert extensions[name].get("enabled") is True, extensions[name]


async def run_in_kernel(url, token, kernel_id, sources):
    """Run each source in the kernel over the server's websocket; return each one's outputs."""
    from tornado.websocket import websocket_connect

    address = url.replace("http://", "ws://") + f"/api/kernels/{kernel_id}/channels?token={token}"
    connection = await websocket_connect(address)
    session = uuid.uuid4().hex
    results = []
    for source in sources:
        message_id = uuid.uuid4().hex
        await connection.write_message(
            json.dumps(
                {
                    "header": {
                        "msg_id": message_id,
                        "username": "student",
                        "session": session,
                        "msg_type": "execute_request",
                        "version": "5.3",
                    },
                    "parent_header": {},
                    "metadata": {},
                    "channel": "shell",
                    "content": {
                        "code": source,
                        "silent": False,
                        "store_history": True,
                        "user_expressions": {},
                        "allow_stdin": False,
                        "stop_on_error": False,
                    },
                }
            )
        )
        outputs, idle, replied = [], False, False
        while not (idle and replied):
            message = json.loads(await asyncio.wait_for(connection.read_message(), timeout=300))
            if message.get("parent_header", {}).get("msg_id") != message_id:
                continue
            kind = message["msg_type"]
            if kind == "status" and message["content"]["execution_state"] == "idle":
                idle = True
            elif kind == "execute_reply":
                replied = True
            elif kind in ("stream", "error", "execute_result", "display_data"):
                outputs.append(dict(message["content"], output_type=kind))
        results.append(outputs)
    connection.close()
    return results


def validate(folder: Path, name: str) -> str:
    environment = dict(os.environ, PATH=f"{BIN}{os.pathsep}{os.environ['PATH']}")
    result = subprocess.run(
        [str(BIN / "nbgrader"), "validate", name],
        cwd=folder,
        capture_output=True,
        text=True,
        env=environment,
        timeout=600,
    )
    return result.stdout + result.stderr


def test_a_solved_exercise_runs_in_a_server_kernel_and_validates(lab):
    url, token, root = lab["url"], lab["token"], lab["root"]
    path = f"/api/contents/{hostile.ASSIGNMENT}/{hostile.NOTEBOOK}"
    notebook = request(url, token, f"{path}?content=1")["content"]
    answers = hostile.solutions()
    for cell in notebook["cells"]:
        grade_id = cell["metadata"].get("nbgrader", {}).get("grade_id")
        if grade_id in answers:
            cell["source"] = answers[grade_id]
    kernel = request(url, token, "/api/kernels", "POST", {"name": "python3"})
    try:
        code = [cell for cell in notebook["cells"] if cell["cell_type"] == "code"]
        outputs = asyncio.run(run_in_kernel(url, token, kernel["id"], [cell["source"] for cell in code]))
    finally:
        request(url, token, f"/api/kernels/{kernel['id']}", "DELETE")
    errors = [output for cell_outputs in outputs for output in cell_outputs if output["output_type"] == "error"]
    assert not errors, errors
    for cell, cell_outputs in zip(code, outputs):
        cell["outputs"] = [
            {key: value for key, value in output.items() if key not in ("transient",)} for output in cell_outputs
        ]
    solved = f"/api/contents/{hostile.ASSIGNMENT}/solved.ipynb"
    request(url, token, solved, "PUT", {"type": "notebook", "format": "json", "content": notebook})
    assert (root / hostile.ASSIGNMENT / "solved.ipynb").is_file()
    report = validate(root / hostile.ASSIGNMENT, "solved.ipynb")
    assert "Success! Your notebook passes all the tests." in report, report[-3000:]


def test_the_untouched_release_fails_validation_with_the_students_message(lab):
    report = validate(lab["root"] / hostile.ASSIGNMENT, hostile.NOTEBOOK)
    assert "VALIDATION FAILED ON 4 CELL(S)! If you submit your assignment as it is, you WILL NOT" in report, report[
        -3000:
    ]
    assert "NotImplementedError" in report
