"""The website builds strictly (-nW) and its pages carry what readers need.

The build goes into a temporary folder. When the same pytest run has already executed every book
notebook under nbval (the full suite orders it so), the build uses those executions
(``tests/executed_notebooks.py``) with execution off; otherwise it executes every notebook itself,
as `make book` does.
"""

import re
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
import yaml

from course import REPO
from dlcourse.book import toc_files, toc_notebooks
from executed_notebooks import recorder

BIN = Path(sys.executable).parent


PAGES = toc_files(REPO)
NOTEBOOK_PAGES = [str(path.relative_to(REPO).with_suffix("")) for path in toc_notebooks(REPO)]


# What the website's build reads: the configuration, the pages, and the exercise downloads.
BOOK_SOURCES = ["_config.yml", "_toc.yml", "book", "exercises"]


@pytest.fixture(scope="module")
def site(tmp_path_factory, request):
    output = tmp_path_factory.mktemp("site")
    source = output / "source"
    for name in BOOK_SOURCES:
        if (REPO / name).is_dir():
            shutil.copytree(REPO / name, source / name, ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
        else:
            shutil.copy2(REPO / name, source / name)
    executed = {path: recorder(request.config).executed(path) for path in toc_notebooks(REPO)}
    if executed and all(notebook is not None for notebook in executed.values()):
        for path, notebook in executed.items():
            nbformat.write(notebook, source / path.relative_to(REPO))
        config = yaml.safe_load((source / "_config.yml").read_text())
        config["execute"]["execute_notebooks"] = "off"
        (source / "_config.yml").write_text(yaml.safe_dump(config, sort_keys=False))
        print("building from the notebooks nbval executed in this run")
    result = subprocess.run(
        [str(BIN / "jupyter-book"), "build", str(source), "--builder", "html", "-nW", "--keep-going",
         "--path-output", str(output)],
        capture_output=True, text=True,
    )
    assert result.returncode == 0, f"strict build failed:\n{result.stdout[-6000:]}\n{result.stderr[-3000:]}"
    return output / "_build" / "html"


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


# Chapter folder -> (its exercise, the fewest widgets its pages must embed).
CHAPTERS = {
    "ann": ("a01_ann", 2),
    "dnn": ("a02_dnn", 1),
    "regularization": ("a03_regularization", 1),
    "cnn": ("a04_cnn", 1),
    "transfer": ("a05_transfer", 1),
    "rnn": ("a06_rnn", 1),
    "attention": ("a07_attention", 1),
}


@pytest.mark.parametrize("chapter", sorted(CHAPTERS))
def test_chapter_widgets_are_embedded(site, chapter):
    pages = [(site / f"{name}.html").read_text() for name in NOTEBOOK_PAGES if name.startswith(f"book/{chapter}/")]
    views = sum(page.count("application/vnd.jupyter.widget-view+json") for page in pages)
    assert views >= CHAPTERS[chapter][1], f"book/{chapter} embeds {views} widgets"
    assert any("application/vnd.jupyter.widget-state+json" in page for page in pages)


@pytest.mark.parametrize("chapter", sorted(CHAPTERS))
def test_exercise_release_is_downloadable_from_the_chapter(site, chapter):
    assignment = CHAPTERS[chapter][0]
    html = (site / f"book/{chapter}/index.html").read_text()
    links = re.findall(rf'href="([^"]*_downloads/[^"]*{assignment}\.ipynb)"', html)
    assert links, f"book/{chapter} does not link its exercise"
    downloaded = (site / f"book/{chapter}" / links[0]).resolve()
    assert downloaded.read_bytes() == (REPO / f"exercises/{assignment}/{assignment}.ipynb").read_bytes()
    assert b"BEGIN SOLUTION" not in downloaded.read_bytes()
