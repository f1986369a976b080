"""Test-wide set-up: an offline Keras cache, and a non-interactive plotting backend."""

import os
import tempfile
from pathlib import Path

import matplotlib
import pytest

matplotlib.use("Agg")

SHARED_CACHE = Path(__file__).resolve().parents[2] / "shared" / "keras"


def pytest_configure(config):
    from executed_notebooks import NotebookRecorder

    config.pluginmanager.register(NotebookRecorder(), "executed-notebooks")
    # A pre-filled cache beside the checkout is linked into a writable KERAS_HOME, so the
    # suite never downloads. Kernels started by the tests inherit this environment.
    if "KERAS_HOME" not in os.environ and SHARED_CACHE.is_dir():
        from dlcourse.keras_home import prepare_keras_home

        os.environ["KERAS_HOME"] = str(prepare_keras_home(SHARED_CACHE, tempfile.mkdtemp(prefix="keras-home-")))


@pytest.fixture(scope="session")
def site(tmp_path_factory, request):
    """The website, built strictly once per run (``tests/site_build.py``)."""
    from site_build import build_site

    return build_site(tmp_path_factory, request.config)
