"""Test-wide set-up: an offline Keras cache, and a non-interactive plotting backend."""

import os
import tempfile
from pathlib import Path

import matplotlib
import pytest

from dlcourse.settings import KERAS_CACHE
from dlcourse.testing.course import REPO

matplotlib.use("Agg")

SHARED_CACHE = REPO / KERAS_CACHE


def pytest_addoption(parser):
    parser.addoption(
        "--timings-table",
        default=None,
        help="write a table of each notebook's backend, device, wall time and key metrics here",
    )


def pytest_configure(config):
    from dlcourse.testing.executed_notebooks import NotebookRecorder

    recorder = NotebookRecorder(Path(str(config.rootpath)).resolve())
    config.pluginmanager.register(recorder, "executed-notebooks")
    if config.getoption("--timings-table"):
        from dlcourse.testing.notebook_timings import NotebookTimings

        config.pluginmanager.register(
            NotebookTimings(Path(config.getoption("--timings-table")).resolve(), recorder), "timings"
        )
    # A pre-filled cache beside the checkout is linked into a writable KERAS_HOME, so the
    # suite never downloads. Kernels started by the tests inherit this environment.
    if "KERAS_HOME" not in os.environ and SHARED_CACHE.is_dir():
        from dlcourse.keras_home import prepare_keras_home

        os.environ["KERAS_HOME"] = str(prepare_keras_home(SHARED_CACHE, tempfile.mkdtemp(prefix="keras-home-")))


@pytest.fixture(scope="session")
def site(tmp_path_factory):
    """The website, built strictly once per run (``dlcourse.testing.site_build``)."""
    from dlcourse.testing.site_build import build_site

    return build_site(tmp_path_factory)


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config, items):
    """Mark ``site`` every test under ``tests/site/``, and skip, with the reason shown, the
    notebooks whose metadata says they need another backend.

    A notebook that cannot run on every Keras backend says so in its metadata:
    ``"dlcourse": {"backends": ["tensorflow"], "why": "a tf.data aside"}``. None does today.
    """
    import json

    site_tests = Path(str(config.rootpath)) / "tests" / "site"
    for item in items:
        if Path(str(item.path)).is_relative_to(site_tests):
            item.add_marker(pytest.mark.site)
    backend = os.environ.get("KERAS_BACKEND", "tensorflow")
    needs = {}
    for item in items:
        path = Path(str(item.path))
        if path.suffix != ".ipynb":
            continue
        if path not in needs:
            metadata = json.loads(path.read_text(encoding="utf-8")).get("metadata", {}).get("dlcourse", {})
            needs[path] = metadata
        backends = needs[path].get("backends")
        if backends and backend not in backends:
            reason = (
                f"{path.name} needs the {' or '.join(backends)} backend: {needs[path].get('why', 'see its metadata')}"
            )
            item.add_marker(pytest.mark.skip(reason=reason))
