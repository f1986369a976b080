"""What the website's tests share: the built site served on 127.0.0.1, and a headless Chromium."""

from __future__ import annotations

import functools
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import pytest

from dlcourse.testing import browser as browsers


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 (the base class's name)
        pass


@pytest.fixture(scope="module")
def server(site):
    handler = functools.partial(_QuietHandler, directory=str(site))
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    if not browsers.available():
        pytest.fail("Debian's chromium and chromium-driver are not installed (.ci/run installs them)")
    with browsers.chromium(tmp_path_factory.mktemp("chromium")) as driver:
        yield driver
