"""Unit tests of the dlcourse helpers."""

import base64
import os
import stat

import ipywidgets
import matplotlib.pyplot as plt
import numpy as np
import pytest

from dlcourse import cli
from dlcourse.book import chapter_exercises, chapters, exercises, toc_files, toc_notebooks
from dlcourse.data import FASHION_MNIST_CLASSES, sms_spam, stratified_subset, uci_sentences
from dlcourse.keras_home import prepare_keras_home
from dlcourse.plots import plot_decision_boundary, plot_history, show_images
from dlcourse.testing.course import REPO
from dlcourse.widgets import PlotExplorer, log_slider, slider


@pytest.fixture
def read_only_cache(tmp_path):
    cache = tmp_path / "cache"
    (cache / "datasets" / "fashion-mnist").mkdir(parents=True)
    (cache / "datasets" / "fashion-mnist" / "t10k-labels-idx1-ubyte.gz").write_bytes(b"labels")
    (cache / "keras.json").write_text('{"backend": "tensorflow"}')
    for path in sorted(cache.rglob("*"), reverse=True):
        path.chmod(path.stat().st_mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
    cache.chmod(0o555)
    yield cache
    for path in [cache, *cache.rglob("*")]:
        path.chmod(path.stat().st_mode | stat.S_IWUSR)


def test_prepare_keras_home_links_a_read_only_cache_into_a_writable_folder(read_only_cache, tmp_path):
    home = prepare_keras_home(read_only_cache, tmp_path / "home")
    linked = home / "datasets" / "fashion-mnist" / "t10k-labels-idx1-ubyte.gz"
    assert linked.is_symlink() and linked.read_bytes() == b"labels"
    assert os.access(home / "datasets", os.W_OK), "Keras needs to write next to the cached files"
    assert not (home / "keras.json").is_symlink()
    assert (home / "keras.json").read_text() == '{"backend": "tensorflow"}'
    # Running it twice is harmless.
    prepare_keras_home(read_only_cache, home)


def test_prepare_keras_home_rejects_a_missing_cache(tmp_path):
    with pytest.raises(FileNotFoundError):
        prepare_keras_home(tmp_path / "absent", tmp_path / "home")


def test_cli_keras_home(read_only_cache, tmp_path, capsys):
    assert cli.main(["keras-home", str(read_only_cache), str(tmp_path / "home")]) == 0
    assert capsys.readouterr().out.strip() == str(tmp_path / "home")


def test_stratified_subset_is_balanced_and_reproducible():
    labels = np.repeat(np.arange(10), 50)
    chosen = stratified_subset(labels, per_class=7, seed=3)
    assert len(chosen) == 70 and len(set(chosen)) == 70
    assert np.all(np.bincount(labels[chosen]) == 7)
    np.testing.assert_array_equal(chosen, stratified_subset(labels, per_class=7, seed=3))
    assert not np.array_equal(chosen, stratified_subset(labels, per_class=7, seed=4))
    with pytest.raises(ValueError):
        stratified_subset(labels, per_class=51)


def test_fashion_mnist_class_names():
    assert len(FASHION_MNIST_CLASSES) == 10 and FASHION_MNIST_CLASSES[9] == "Ankle boot"


def test_plot_explorer_redraws_with_the_new_values_on_every_change():
    calls = []

    def draw(ax, rate, steps):
        ax.plot(np.arange(steps) * rate)
        calls.append((rate, steps))
        return f"rate {rate} for {steps} steps"

    controls = {"rate": slider("rate", 0.5, 0.0, 1.0, 0.1), "steps": ipywidgets.IntSlider(5, 1, 10)}
    explorer = PlotExplorer(draw, controls, max_frames=0)  # no frames for the web page: one draw
    assert calls == [(0.5, 5)] and explorer.redraws == 1
    explorer.controls["rate"].value = 0.8
    explorer.controls["steps"].value = 3
    assert calls[-1] == (0.8, 3) and explorer.redraws == 3
    assert explorer.result == "rate 0.8 for 3 steps"
    assert "rate 0.8 for 3 steps" in explorer.status.value
    assert plt.get_fignums() == [], "the explorer must close its figures"
    assert explorer.children[1] is explorer.output


def test_plot_explorer_keeps_the_current_figure_in_its_output_state():
    explorer = PlotExplorer(lambda ax, height: ax.bar([0], [height]), {"height": slider("height", 1.0, 0.0, 2.0, 0.5)})
    assert len(explorer.output.outputs) == 1
    first = explorer.output.outputs[0]["data"]["image/png"]
    assert base64.b64decode(first).startswith(b"\x89PNG")
    explorer.controls["height"].value = 2.0
    assert len(explorer.output.outputs) == 1, "a redraw replaces the figure"
    assert explorer.output.outputs[0]["data"]["image/png"] != first


def test_plot_explorer_passes_an_array_of_axes_for_several_columns():
    shapes = []
    explorer = PlotExplorer(
        lambda axes, flag: shapes.append(len(axes)), {"flag": ipywidgets.Checkbox(False)}, ncols=2, max_frames=0
    )
    explorer.controls["flag"].value = True
    assert shapes == [2, 2] and explorer.result is None and explorer.status.value == ""


def test_log_slider_spans_powers_of_ten():
    control = log_slider("learning rate", 0.1, -3, 1)
    assert control.min == -3 and control.max == 1 and control.value == pytest.approx(0.1)


def test_plot_decision_boundary_draws_regions_and_points():
    inputs = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype="float32")
    ax = plot_decision_boundary(lambda points: points[:, 0] + points[:, 1] > 1.5, inputs, [0, 0, 0, 1], title="AND")
    assert ax.get_title() == "AND" and len(ax.collections) >= 3
    plt.close("all")


def test_plot_history_and_show_images():
    axes = plot_history({"loss": [1.0, 0.5], "val_loss": [1.1, 0.7], "accuracy": [0.5, 0.8]}, ["loss", "accuracy"])
    assert len(axes) == 2 and len(axes[0].lines) == 2 and len(axes[1].lines) == 1
    figure = show_images(np.zeros((5, 28, 28)), labels=list("abcde"), columns=4)
    assert len(figure.axes) == 8 and figure.axes[0].get_title() == "a"
    plt.close("all")


def test_toc_files_lists_pages_in_reading_order(tmp_path):
    (tmp_path / "_toc.yml").write_text(
        "format: jb-book\nroot: intro\nparts:\n  - chapters:\n      - file: a/index\n"
        "        sections:\n          - file: a/one\n      - file: b\n"
    )
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.ipynb").write_text("{}")
    assert toc_files(tmp_path) == ["intro", "a/index", "a/one", "b"]
    assert toc_notebooks(tmp_path) == [tmp_path / "a" / "one.ipynb"]


def test_chapters_and_exercises_are_read_from_the_toc_and_solutions(tmp_path):
    (tmp_path / "_toc.yml").write_text(
        "format: jb-book\nroot: intro\nparts:\n  - chapters:\n      - file: book/ann/index\n"
        "      - file: book/cnn/index\n      - file: book/glossary\n"
    )
    for name in ("a01_ann", "a04_cnn", "notes"):
        (tmp_path / "solutions" / name).mkdir(parents=True)
    for name in ("a01_ann", "a04_cnn"):
        (tmp_path / "solutions" / name / f"{name}.ipynb").write_text("{}")
    assert chapters(tmp_path) == ["ann", "cnn"]
    assert exercises(tmp_path) == ["a01_ann", "a04_cnn"]
    assert chapter_exercises(tmp_path) == {"ann": "a01_ann", "cnn": "a04_cnn"}


def test_every_chapter_of_the_course_has_its_exercise():
    assert list(chapter_exercises(REPO)) == chapters(REPO), "a chapter of _toc.yml has no aNN_<chapter> in solutions/"


def test_uci_sentences_and_sms_spam_load_from_the_keras_cache():
    sentences, labels = uci_sentences()
    assert len(sentences) == len(labels) == 3000 and labels.mean() == 0.5
    assert all(sentence == " ".join(sentence.split()) and sentence for sentence in sentences)
    sms_labels, messages = sms_spam()
    assert len(messages) == len(sms_labels) == 5574
    assert sms_labels.count("spam") == 747 and set(sms_labels) == {"ham", "spam"}
