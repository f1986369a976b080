"""The website on a phone, a tablet and a desktop, offline, and as assistive technology reads it.

Every page of the table of contents fits a 390 px phone and a 1280 px desktop with no sideways
scroll, and shows every figure wide enough for 9 px text (whole on a desktop; a phone lets the
reader pan a wide one);
the navigation drawers (the sidebar and the page's contents) open from their buttons at
390 and 800 px; a page with math shows typeset math with every host but this machine cut off; and
axe-core finds no violation of a rule that the book's own pages, scripts and styles decide.
"""

from __future__ import annotations

import time

import pytest

from dlcourse.testing import browser as browsers
from dlcourse.testing.browser import visit
from dlcourse.testing.site_build import PAGES

pytestmark = pytest.mark.site

# axe-core rules whose violations come from the theme's own templates and are left, each with its
# reason. The book's own script already names the theme's icon-only sidebar buttons and fixes the
# bibliography's roles (_static/dlcourse-site.js). Every other rule must pass on every page.
THEME_RULES = {
    "region": "the theme puts the book's title link at the top of the primary sidebar, outside any landmark",
}


def _window(browser, width, height=900):
    browser.set_window_size(width, height)
    deadline = time.monotonic() + 10
    while browser.execute_script("return window.innerWidth") != width and time.monotonic() < deadline:
        time.sleep(0.05)
    assert browser.execute_script("return window.innerWidth") == width


def _settled(browser):
    """Wait until MathJax (where the page has it) has typeset the page."""
    browser.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "const start = window.MathJax && MathJax.startup && MathJax.startup.promise;"
        "(start ? start : Promise.resolve()).then(() => done(true), () => done(false));"
    )


@pytest.mark.parametrize("width", [390, 1280])
@pytest.mark.parametrize("name", PAGES)
def test_no_page_scrolls_sideways(browser, server, name, width):  # noqa: F811
    _window(browser, width)
    visit(browser, f"{server}/{name}.html")
    _settled(browser)
    scroll, viewport = browser.execute_script("return [document.documentElement.scrollWidth, window.innerWidth]")
    if scroll > viewport:
        wide = browser.execute_script(
            "return Array.from(document.querySelectorAll('.bd-article *'))"
            ".filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)"
            ".slice(0, 5).map(e => e.tagName + '.' + e.className + ': ' + e.textContent.slice(0, 60))"
        )
        pytest.fail(f"{name} is {scroll} px wide at {viewport} px; elements past the edge: {wide}")


# Every figure of a page, with its readable width (the width at which its smallest text is 9 px):
# a cell output's from its class (dl-readable-<width>), a widget frame's from its data attribute
# (both 0 for a figure without text; null when the figure was not drawn through readable_figures).
_FIGURES = """
const figures = [];
for (const img of document.querySelectorAll('.bd-article .cell_output img, .bd-article .widget-static-image')) {
  const mark = Array.from(img.classList).find(c => c.startsWith('dl-readable-'));
  const saved = img.dataset.readableWidth;
  const readable = mark ? Number(mark.slice(12)) : (saved !== undefined ? Number(saved) : null);
  figures.push({src: (img.getAttribute('src') || '').slice(-40), readable: readable,
                shown: img.getBoundingClientRect().width, loaded: img.complete && img.naturalWidth > 0,
                natural: img.naturalWidth, room: img.parentElement.clientWidth});
}
return figures;
"""


@pytest.mark.parametrize("width", [390, 1280])
@pytest.mark.parametrize("name", PAGES)
def test_every_figure_shows_its_text_at_9_px_or_more(browser, server, name, width):  # noqa: F811
    _window(browser, width)
    visit(browser, f"{server}/{name}.html")
    deadline = time.monotonic() + 10
    while not all(figure["loaded"] for figure in browser.execute_script(_FIGURES)) and time.monotonic() < deadline:
        time.sleep(0.1)
    figures = browser.execute_script(_FIGURES)
    lost = browser.execute_script("return document.querySelector('.bd-article').innerText.includes('<Figure size')")
    assert not lost, "a figure shows as text ('<Figure size ...>'): its PNG was not made"
    unmarked = [figure["src"] for figure in figures if figure["readable"] is None]
    assert not unmarked, f"figures without a readable width (not drawn through readable_figures?): {unmarked}"
    small = [
        f"{figure['src']}: shown {figure['shown']:.0f} px wide, 9 px text needs {figure['readable']:.0f}"
        for figure in figures
        if figure["shown"] < figure["readable"] - 0.5
    ]
    assert not small, f"at {width} px, figures whose smallest text is under 9 px: {small}"
    if width == 1280:  # a desktop shows each figure whole, at its own size or its output's width
        panning = [
            f"{figure['src']}: 9 px text needs {figure['readable']:.0f} px; "
            f"the figure is {figure['natural']} px, its output {figure['room']} px"
            for figure in figures
            if figure["readable"] > min(figure["natural"], figure["room"]) + 1
        ]
        assert not panning, f"figures a desktop reader would have to pan: {panning}"


@pytest.mark.parametrize("width", [390, 800])
@pytest.mark.parametrize("drawer", ["primary", "secondary"])
def test_navigation_drawers_open_from_their_buttons(browser, server, drawer, width):  # noqa: F811
    _window(browser, width)
    visit(browser, f"{server}/book/ann/neurons.html")
    toggles = [toggle for toggle in browser.find_elements("css selector", f".{drawer}-toggle") if toggle.is_displayed()]
    assert toggles, f"no visible {drawer}-sidebar button at {width} px"
    toggles[0].click()
    time.sleep(0.3)
    dialog = browser.find_element("id", f"pst-{drawer}-sidebar-modal")
    opened, links, wide = browser.execute_script(
        "const d = arguments[0]; const r = d.getBoundingClientRect();"
        "return [d.open, d.querySelectorAll('a[href]').length, r.width];",
        dialog,
    )
    assert opened and links > 0 and wide > 100, (opened, links, wide)
    browser.execute_script("arguments[0].close()", dialog)


@pytest.fixture(scope="module")
def offline_browser(tmp_path_factory):
    with browsers.chromium(tmp_path_factory.mktemp("chromium-offline"), offline=True) as driver:
        yield driver


@pytest.mark.parametrize("name", ["book/ann/neurons", "book/attention/mechanism"])
def test_math_renders_offline(offline_browser, server, name):  # noqa: F811
    visit(offline_browser, f"{server}/{name}.html")
    _settled(offline_browser)
    typeset, raw = offline_browser.execute_script(
        "const article = document.querySelector('.bd-article').cloneNode(true);"
        "article.querySelectorAll('pre, code, script, mjx-container').forEach(n => n.remove());"
        "const text = article.textContent;"
        "return [document.querySelectorAll('.bd-article mjx-container').length,"
        "        ['$$', '\\\\(', '\\\\[', '\\\\frac'].filter(s => text.includes(s))];"
    )
    assert typeset > 0, "no typeset math on the page"
    assert not raw, f"raw LaTeX left on the page: {raw}"
    requests = offline_browser.execute_script("return performance.getEntriesByType('resource').map(e => e.name)")
    remote = [url for url in requests if not url.startswith(server) and "mathjax" in url.lower()]
    assert not remote, f"math loaded from another host: {remote}"


@pytest.fixture(scope="module")
def axe():
    return browsers.axe_script()


@pytest.mark.parametrize("name", PAGES)
def test_axe_finds_no_violation_of_a_rule_the_book_controls(browser, server, axe, name):  # noqa: F811
    _window(browser, 1280)
    visit(browser, f"{server}/{name}.html")
    _settled(browser)
    browser.execute_script(axe)
    result = browser.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {resultTypes: ['violations']})"
        ".then(r => done(r.violations.map(v => [v.id, v.impact,"
        "  v.nodes.slice(0, 3).map(n => n.target.join(' ') + ' ' + n.html.slice(0, 120))])),"
        "      e => done([['axe-error', String(e), []]]));"
    )
    ours = [violation for violation in result if violation[0] not in THEME_RULES]
    assert not ours, ours


def test_search_snippets_start_with_the_pages_text(browser, server):  # noqa: F811
    """The snippet of a page found by its title starts with that title, not the article's buttons."""
    _window(browser, 1280)
    visit(browser, f"{server}/search.html?q=backpropagation")
    deadline = time.monotonic() + 30
    snippet = None
    while time.monotonic() < deadline and snippet is None:
        snippet = browser.execute_script(
            "const item = Array.from(document.querySelectorAll('#search-results li'))"
            "  .find(li => li.querySelector('a').href.includes('book/ann/training.html'));"
            "const context = item && item.querySelector('p.context');"
            "return context ? context.textContent : null;"
        )
        time.sleep(0.2)
    assert snippet is not None, "the training page is not among the results"
    assert snippet.startswith("Training a network"), snippet[:120]
