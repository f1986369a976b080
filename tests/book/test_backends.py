"""The GPU and backend switches: `make test-gpu` refuses a CPU, and notebooks can declare a backend."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import nbformat

from dlcourse.testing.course import REPO

BIN = Path(sys.executable).parent


def test_gpu_check_refuses_a_machine_without_a_gpu():
    result = subprocess.run(
        [sys.executable, str(REPO / "tools" / "check_gpu.py")],
        capture_output=True,
        text=True,
        env=dict(os.environ, CUDA_VISIBLE_DEVICES="", TF_CPP_MIN_LOG_LEVEL="3"),
        timeout=300,
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert "no GPU visible to the Keras tensorflow backend" in result.stderr


def test_a_notebook_that_needs_another_backend_is_skipped_with_its_reason(tmp_path):
    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("import tensorflow")])
    notebook.metadata["dlcourse"] = {"backends": ["tensorflow"], "why": "a tf.data aside"}
    nbformat.write(notebook, tmp_path / "aside.ipynb")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-p",
            "conftest",
            "-rs",
            "-q",
            "--rootdir",
            str(REPO),
            "-c",
            str(REPO / "pyproject.toml"),
            str(tmp_path / "aside.ipynb"),
        ],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=dict(os.environ, KERAS_BACKEND="jax"),
        timeout=300,
    )
    assert "1 skipped" in result.stdout, result.stdout[-2000:]
    assert "aside.ipynb needs the tensorflow backend: a tf.data aside" in result.stdout
