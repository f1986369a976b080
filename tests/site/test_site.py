"""The website as a reader meets it: served on 127.0.0.1 and driven in Debian's headless Chromium.

Every page of the table of contents loads, logs no JavaScript error of its own (resources from
other hosts may fail offline: those are told apart), shows every image, and links only to pages
and anchors that exist. Chapter pages draw their saved widgets, and the search finds what the book
teaches. A screenshot of a chapter page is kept in ``reports/site/`` as an artifact.
"""

from __future__ import annotations

import functools
import re
import shutil
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest

from dlcourse.testing.browser import own_errors, visit
from dlcourse.testing.course import REPO
from dlcourse.testing.site_build import PAGES, WIDGET_PAGES

# The website's tests run after the notebooks, whose executions its build reuses.
pytestmark = pytest.mark.site

ARTIFACTS = REPO / "reports" / "site"


@functools.cache
def fetch(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            body = response.read()
            kind = response.headers.get("Content-Type", "")
            return response.status, body.decode("utf-8", "replace") if "html" in kind else ""
    except urllib.error.HTTPError as error:
        return error.code, ""


@pytest.mark.parametrize("name", PAGES)
def test_page_loads_cleanly_with_its_images_and_links(browser, server, name):
    url = f"{server}/{name}.html"
    assert fetch(url)[0] == 200
    errors = own_errors(visit(browser, url), server)
    assert not errors, errors
    broken = browser.execute_script(
        "return Array.from(document.images).filter(i => !(i.complete && i.naturalWidth > 0)).map(i => i.src)"
    )
    assert not broken, f"images that did not load: {broken}"
    links = browser.execute_script("return Array.from(document.querySelectorAll('a[href]')).map(a => a.href)")
    for link in sorted(set(links)):
        if not link.startswith(server):
            continue
        address, _, anchor = link.partition("#")
        status, page = fetch(address)
        assert status == 200, f"{name} links to {link}: HTTP {status}"
        if anchor and page:
            anchor = urllib.parse.unquote(anchor)
            assert re.search(rf'id="{re.escape(anchor)}"', page), f"{name} links to a missing anchor: {link}"


@pytest.mark.parametrize("name", WIDGET_PAGES)
def test_saved_widgets_are_drawn(browser, server, site, name):
    html = (site / f"{name}.html").read_text()
    views = html.count("application/vnd.jupyter.widget-view+json")
    assert views >= 1, "the page embeds no widget view"
    visit(browser, f"{server}/{name}.html")
    drawn = browser.execute_script("return document.querySelectorAll('.jupyter-widgets.widget-static').length")
    assert drawn == views, f"{drawn} of {views} widgets drawn"
    figures = browser.execute_script(
        "return Array.from(document.querySelectorAll('.widget-static img')).filter(i => i.naturalWidth > 0).length"
    )
    controls = browser.execute_script(
        "return document.querySelectorAll('.widget-static input, .widget-static select').length"
    )
    assert figures >= 1 and controls >= 1, (figures, controls)


def test_search_finds_what_the_book_teaches(browser, server):
    visit(browser, f"{server}/search.html?q=backpropagation")
    deadline = time.monotonic() + 30
    results = []
    while time.monotonic() < deadline:
        results = browser.execute_script(
            "return Array.from(document.querySelectorAll('#search-results li a')).map(a => a.href)"
        )
        if results:
            break
        time.sleep(0.2)
    assert any("/book/ann/" in result for result in results), results


def test_a_chapter_page_screenshot_is_saved(browser, server):
    visit(browser, f"{server}/book/ann/neurons.html")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / "ann-neurons.png"
    assert browser.save_screenshot(str(path))
    assert path.stat().st_size > 10_000 and path.read_bytes().startswith(b"\x89PNG")


def teardown_module():
    shutil.rmtree(ARTIFACTS / "tmp", ignore_errors=True)
