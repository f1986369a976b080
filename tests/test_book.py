"""The website builds strictly (-nW) and its pages carry what readers need.

This is the slowest test: it executes every book notebook, as `make book` does, into a
temporary build folder.
"""

import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from course import REPO

BIN = Path(sys.executable).parent


def toc_files():
    toc = yaml.safe_load((REPO / "_toc.yml").read_text())
    files = [toc["root"]]

    def walk(entries):
        for entry in entries:
            if "file" in entry:
                files.append(entry["file"])
            walk(entry.get("sections", []))
            walk(entry.get("chapters", []))

    walk(toc.get("parts", []))
    return files


NOTEBOOK_PAGES = [name for name in toc_files() if (REPO / f"{name}.ipynb").exists()]


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    output = tmp_path_factory.mktemp("site")
    result = subprocess.run(
        [str(BIN / "jupyter-book"), "build", str(REPO), "--builder", "html", "-nW", "--keep-going",
         "--path-output", str(output)],
        capture_output=True, text=True,
    )
    assert result.returncode == 0, f"strict build failed:\n{result.stdout[-6000:]}\n{result.stderr[-3000:]}"
    return output / "_build" / "html"


@pytest.mark.parametrize("name", toc_files())
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


def test_chapter_widgets_are_embedded(site):
    pages = [(site / f"{name}.html").read_text() for name in NOTEBOOK_PAGES if name.startswith("book/ann/")]
    views = sum(page.count("application/vnd.jupyter.widget-view+json") for page in pages)
    assert views >= 2, "the ANN chapter should embed at least two widgets"
    assert any("application/vnd.jupyter.widget-state+json" in page for page in pages)


def test_exercise_release_is_downloadable_from_the_chapter(site):
    html = (site / "book/ann/index.html").read_text()
    links = re.findall(r'href="([^"]*_downloads/[^"]*a01_ann\.ipynb)"', html)
    assert links, "the chapter does not link its exercise"
    downloaded = (site / "book/ann" / links[0]).resolve()
    assert downloaded.read_bytes() == (REPO / "exercises/a01_ann/a01_ann.ipynb").read_bytes()
    assert b"BEGIN SOLUTION" not in downloaded.read_bytes()
