"""The website builds strictly (-nW) and its pages carry what readers need (``site``: conftest)."""

import re

import pytest

from dlcourse.book import chapter_exercises, toc_notebooks
from dlcourse.testing.course import REPO
from dlcourse.testing.site_build import PAGES

# The website's tests run after the notebooks, whose executions its build reuses.
pytestmark = pytest.mark.site

NOTEBOOK_PAGES = [str(path.relative_to(REPO).with_suffix("")) for path in toc_notebooks(REPO)]


@pytest.mark.parametrize("name", PAGES)
def test_every_toc_page_is_built(site, name):
    assert (site / f"{name}.html").is_file()


@pytest.mark.parametrize("name", NOTEBOOK_PAGES)
def test_notebook_pages_show_executed_outputs_and_buttons(site, name):
    html = (site / f"{name}.html").read_text()
    assert re.search(r'<img [^>]*src="[^"]*\.png"', html), "no executed plot on the page"
    assert "colab.research.google.com" in html and "mybinder.org" in html, "launch buttons missing"
    assert f"_sources/{name}.ipynb" in html, ".ipynb download missing"
    assert "key_metrics" not in html, "a remove-cell check leaked onto the page"
    assert "Traceback" not in html


# Chapter folder -> its exercise; each chapter's pages embed at least one widget, ann's two.
CHAPTERS = chapter_exercises(REPO)
FEWEST_WIDGETS = {"ann": 2}


@pytest.mark.parametrize("chapter", sorted(CHAPTERS))
def test_chapter_widgets_are_embedded(site, chapter):
    pages = [(site / f"{name}.html").read_text() for name in NOTEBOOK_PAGES if name.startswith(f"book/{chapter}/")]
    views = sum(page.count("application/vnd.jupyter.widget-view+json") for page in pages)
    assert views >= FEWEST_WIDGETS.get(chapter, 1), f"book/{chapter} embeds {views} widgets"
    assert any("application/vnd.jupyter.widget-state+json" in page for page in pages)


@pytest.mark.parametrize("chapter", sorted(CHAPTERS))
def test_exercise_release_is_downloadable_from_the_chapter(site, chapter):
    assignment = CHAPTERS[chapter]
    html = (site / f"book/{chapter}/index.html").read_text()
    links = re.findall(rf'href="([^"]*_downloads/[^"]*{assignment}\.ipynb)"', html)
    assert links, f"book/{chapter} does not link its exercise"
    downloaded = (site / f"book/{chapter}" / links[0]).resolve()
    assert downloaded.read_bytes() == (REPO / f"exercises/{assignment}/{assignment}.ipynb").read_bytes()
    assert b"BEGIN SOLUTION" not in downloaded.read_bytes()


def test_timings_page_has_the_builds_execution_table(site):
    html = (site / "book" / "timings.html").read_text()
    table = html[html.index("Run Time") :]
    for name in NOTEBOOK_PAGES:
        relative = name.removeprefix("book/")
        row = re.search(rf'href="{re.escape(relative)}\.html".*?</tr>', table, flags=re.DOTALL)
        assert row, f"{name} is missing from the execution table"
        assert re.search(r"<p>\d+\.\d+</p>", row.group(0)), f"{name} has no run time"
