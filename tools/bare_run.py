"""Run every book notebook on a bare runtime, standing in for Colab (`make test-bare`).

A fresh virtual environment outside the repository gets only what a bare Colab runtime has
(`dlcourse.colab.PREINSTALLED`, at the versions requirements.txt pins), ipykernel and nbclient to
run notebooks, and the `dlcourse` wheel built from the repository (its declared dependencies come
from the package index, as `pip install` brings them on Colab). Each notebook is then copied alone
into an empty folder and executed in that environment's kernel, after installing what its Colab
set-up cell installs besides the helpers (the cell itself does nothing off Colab). Keras reads
the cache linked in by `dlcourse keras-home`. The result, per notebook and in total, goes to a
Markdown report.

Usage: python tools/bare_run.py [--output reports/bare-run.md] [--venv DIR] [notebooks ...]
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import nbformat

from dlcourse.book import toc_notebooks
from dlcourse.colab import PREINSTALLED, normalized, pip_installs, pip_name

REPO = Path(__file__).resolve().parents[1]
CELL_ID = "colab-setup"
PIN_FILES = ("requirements.txt", "requirements-jax.txt")
RUNNER_PACKAGES = ("ipykernel", "nbclient")
# What a wheel is built from: the package's metadata and source, copied out of the repository so
# that the build leaves nothing behind in it.
WHEEL_INPUTS = ("pyproject.toml", "README.md", "src")

# Runs inside the bare environment: execute one notebook in place with the environment's kernel.
RUNNER = r"""
import shutil, sys
from pathlib import Path
import nbformat
from jupyter_client.kernelspec import KernelSpecManager
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

command = KernelSpecManager().get_kernel_spec("python3").argv[0]
if Path(shutil.which(command)).parent != Path(sys.executable).parent:
    sys.exit(f"the python3 kernel runs {shutil.which(command)}, not this environment's Python")
path = sys.argv[1]
notebook = nbformat.read(path, as_version=4)
client = NotebookClient(
    notebook, timeout=int(sys.argv[2]), kernel_name="python3", resources={"metadata": {"path": "."}}
)
try:
    client.execute()
except CellExecutionError as error:
    sys.exit(f"{error.ename}: {error.evalue}".splitlines()[0])
finally:
    nbformat.write(notebook, path)
"""


def pins() -> dict[str, str]:
    """Normalized name -> ``name==version``, from the repository's pinned requirement files."""
    pinned = {}
    for name in PIN_FILES:
        for line in (REPO / name).read_text().splitlines():
            requirement = line.split("#")[0].strip()
            if "==" in requirement:
                pinned[normalized(requirement.split("==")[0])] = requirement
    return pinned


def colab_like_requirements() -> list[str]:
    """What a bare Colab runtime already has, pinned where the course pins it, and the notebook runner."""
    pinned = pins()
    names = sorted({pip_name(module) for module in PREINSTALLED} | set(RUNNER_PACKAGES))
    return [pinned.get(normalized(name), name) for name in names]


def colab_cell_extras(notebook) -> list[str]:
    """What the notebook's Colab set-up cell installs besides the course's helpers."""
    cell = next((cell for cell in notebook.cells if cell.get("id") == CELL_ID), None)
    if cell is None:
        raise ValueError("it has no Colab set-up cell: run `make colab-cells`")
    return [requirement for requirement in pip_installs(cell.source) if not requirement.startswith("dlcourse")]


def build_wheel(work: Path) -> Path:
    """The dlcourse wheel, built from a copy of the repository's package source."""
    source = work / "source"
    source.mkdir()
    for name in WHEEL_INPUTS:
        if (REPO / name).is_dir():
            shutil.copytree(REPO / name, source / name, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
        else:
            shutil.copy(REPO / name, source / name)
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(source), "--no-deps", "--quiet", "-w", str(work / "wheel")],
        check=True,
    )
    (wheel,) = (work / "wheel").glob("dlcourse-*.whl")
    return wheel


def pip(venv: Path, *arguments: str, check: bool = True) -> bool:
    """``pip install`` into the environment; whether it succeeded."""
    command = [str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", *arguments]
    return subprocess.run(command, check=check).returncode == 0


def bare_environment(venv: Path, work: Path, keras_home: Path | None) -> dict[str, str]:
    """The kernel's environment: nothing of the repository's, nor of the caller's Jupyter or Python set-up."""
    dropped = ("DLCOURSE_", "JUPYTER", "IPYTHON", "PYTHON", "VIRTUAL_ENV", "KERAS_", "MPL")
    environment = {key: value for key, value in os.environ.items() if not key.startswith(dropped)}
    path = [
        entry
        for entry in environment.get("PATH", "").split(os.pathsep)
        if entry and not Path(entry).resolve().is_relative_to(REPO)
    ]
    environment["PATH"] = os.pathsep.join([str(venv / "bin"), *path])
    for name, folder in [
        ("JUPYTER_PATH", "jupyter-path"),
        ("JUPYTER_DATA_DIR", "jupyter-data"),
        ("JUPYTER_CONFIG_DIR", "jupyter-config"),
        ("IPYTHONDIR", "ipython"),
    ]:
        (work / folder).mkdir(exist_ok=True)
        environment[name] = str(work / folder)
    if keras_home is not None:
        environment["KERAS_HOME"] = str(keras_home)
    return environment


def run_notebook(path: Path, venv: Path, work: Path, environment: dict, timeout: int) -> tuple[bool, float, str]:
    """Install the Colab cell's extras, then execute a copy of the notebook alone in an empty folder."""
    extras = colab_cell_extras(nbformat.read(path, as_version=4))
    if extras and not pip(venv, *extras, check=False):
        return False, 0.0, f"its Colab cell's `pip install {' '.join(extras)}` failed"
    folder = Path(tempfile.mkdtemp(prefix=f"{path.stem}-", dir=work / "runs"))
    copy = folder / path.name
    shutil.copy(path, copy)
    started = time.perf_counter()
    result = subprocess.run(
        [str(venv / "bin" / "python"), "-c", RUNNER, copy.name, str(timeout)],
        cwd=folder,
        env=environment,
        capture_output=True,
        text=True,
    )
    seconds = time.perf_counter() - started
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    return (
        result.returncode == 0,
        seconds,
        "" if result.returncode == 0 else (lines[-1] if lines else f"exit {result.returncode}"),
    )


def versions(venv: Path, names: list[str]) -> str:
    code = "import importlib.metadata as m, sys\nprint(', '.join(f'{n} {m.version(n)}' for n in sys.argv[1:]))"
    return subprocess.run(
        [str(venv / "bin" / "python"), "-c", code, *names], check=True, capture_output=True, text=True
    ).stdout.strip()


def report(rows, setup_seconds: float, venv: Path, extras: list[str]) -> str:
    passed = sum(ok for _, ok, _, _ in rows)
    run_seconds = sum(seconds for _, _, seconds, _ in rows)
    lines = [
        "# The book's notebooks on a bare runtime",
        "",
        f"{datetime.datetime.now(datetime.UTC):%Y-%m-%d %H:%M} UTC, {platform.machine()}, "
        f"Python {platform.python_version()}, {os.cpu_count()} CPUs. `make test-bare` (tools/bare_run.py): "
        "each notebook ran alone in an empty folder, in a fresh virtual environment holding only a "
        "Colab-like set, the dlcourse wheel built from the repository, and what its Colab set-up cell "
        f"installs ({', '.join(extras) or 'nothing'}).",
        "",
        f"Environment: {versions(venv, ['dlcourse', 'tensorflow', 'keras', 'numpy', 'matplotlib'])}.",
        "",
        "| notebook | result | seconds |",
        "|---|---|---:|",
    ]
    for name, ok, seconds, why in rows:
        lines.append(f"| {name} | {'pass' if ok else 'FAIL: ' + why.replace('|', '/')} | {seconds:.0f} |")
    lines += [
        "",
        f"**{passed} of {len(rows)} notebooks passed**; running them took {run_seconds:.0f} s, "
        f"building the wheel and the environment {setup_seconds:.0f} s.",
        "",
    ]
    return "\n".join(lines)


def main(arguments=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("notebooks", nargs="*", type=Path, help="notebooks to run (default: every chapter notebook)")
    parser.add_argument("--output", type=Path, default=REPO / "reports" / "bare-run.md")
    parser.add_argument(
        "--keras-cache",
        type=Path,
        default=REPO.parent / "shared" / "keras",
        help="the pre-filled Keras cache to link in (default ../shared/keras)",
    )
    parser.add_argument(
        "--venv", type=Path, help="reuse this environment (made and filled on first use) instead of a fresh one"
    )
    parser.add_argument("--timeout", type=int, default=1800, help="seconds one cell may run")
    options = parser.parse_args(arguments)
    notebooks = [path.resolve() for path in options.notebooks] or toc_notebooks(REPO)

    started = time.perf_counter()
    work = Path(tempfile.mkdtemp(prefix="dlcourse-bare-"))
    (work / "runs").mkdir()
    try:
        venv = options.venv.resolve() if options.venv else work / "venv"
        if not (venv / "bin" / "python").exists():
            subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
            pip(venv, *colab_like_requirements())
        wheel = str(build_wheel(work))
        pip(venv, "--force-reinstall", "--no-deps", wheel)
        pip(venv, wheel)  # its dependencies, where the environment lacks them
        keras_home = None  # without a cache, Keras downloads what the notebooks need
        if options.keras_cache.is_dir():
            keras_home = work / "keras-home"
            subprocess.run(
                [str(venv / "bin" / "dlcourse"), "keras-home", str(options.keras_cache), str(keras_home)],
                check=True,
                capture_output=True,
            )
        environment = bare_environment(venv, work, keras_home)
        setup_seconds = time.perf_counter() - started
        rows, extras = [], set()
        for path in notebooks:
            name = str(path.relative_to(REPO)) if path.is_relative_to(REPO) else str(path)
            extras.update(colab_cell_extras(nbformat.read(path, as_version=4)))
            ok, seconds, why = run_notebook(path, venv, work, environment, options.timeout)
            rows.append((name, ok, seconds, why))
            print(f"{'pass' if ok else 'FAIL'} {name} {seconds:.0f} s {why}", flush=True)
        options.output.parent.mkdir(parents=True, exist_ok=True)
        options.output.write_text(report(rows, setup_seconds, venv, sorted(extras)))
        print(f"{sum(ok for _, ok, _, _ in rows)} of {len(rows)} passed; wrote {options.output}")
        return 0 if all(ok for _, ok, _, _ in rows) else 1
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
