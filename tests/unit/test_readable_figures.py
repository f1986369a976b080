"""Figures keep their text readable where the website shows them (dlcourse.plots.readable)."""

import base64
import io

import matplotlib.pyplot as plt
import pytest
from PIL import Image

from dlcourse.diagrams import ARTICLE_WIDTH_PX
from dlcourse.plots import (
    READABLE_KEY,
    READABLE_TEXT_PX,
    figure_png,
    legible,
    measure,
    readable,
)


def saved_width_in(figure, tight=True):
    return measure(figure, tight)[1]


def text_px(figure, display_width_px, tight=True):
    smallest_pt, width_in = measure(figure, tight)
    return smallest_pt * display_width_px / (width_in * 72.0)


def panels(width_in, fontsize):
    figure, axes = plt.subplots(1, 3, figsize=(width_in, 3))
    for ax in axes:
        ax.plot([0, 1, 2], label="a curve")
        ax.legend(fontsize=fontsize)
        ax.set_title("a title")
    figure.tight_layout()
    plt.close(figure)
    return figure


@pytest.mark.parametrize("width_in, fontsize", [(13, 8), (11, 10), (9, 6), (6, 8)])
def test_readable_makes_the_text_9_px_on_a_desktop_page_and_returns_the_width_for_9_px(width_in, fontsize):
    figure = panels(width_in, fontsize)
    before = text_px(figure, min(saved_width_in(figure) * figure.dpi, ARTICLE_WIDTH_PX))
    width = readable(figure)
    shown = min(saved_width_in(figure) * figure.dpi, ARTICLE_WIDTH_PX)  # its own size, or the article's
    after = text_px(figure, shown)
    assert after >= READABLE_TEXT_PX - 1e-9, f"smallest text {after:.2f} px at {shown:.0f} px, expected >= 9"
    assert after >= min(before, 30) - 1e-6, "readable never shrinks text"
    assert text_px(figure, width) == pytest.approx(READABLE_TEXT_PX, abs=0.02), "at the readable width: 9 px"
    assert width <= shown, "a desktop page shows the figure at least its readable width"
    renderer = figure.canvas.get_renderer()
    boxes = [ax.get_tightbbox(renderer) for ax in figure.axes]
    for left, right in zip(boxes, boxes[1:]):
        assert left.x1 <= right.x0 + 1, f"neighbouring panels overlap by {left.x1 - right.x0:.1f} px after enlarging"


def test_readable_leaves_a_legible_figure_alone():
    figure, ax = plt.subplots(figsize=(4, 3))
    ax.plot([0, 1])
    plt.close(figure)
    sizes = [text.get_fontsize() for text in figure.findobj(plt.Text)]
    width = readable(figure)
    assert [text.get_fontsize() for text in figure.findobj(plt.Text)] == sizes
    assert 200 < width < saved_width_in(figure) * figure.dpi


def test_legible_measures_the_whole_figure_when_it_is_not_cropped():
    figure = panels(12, 8)
    legible(figure, ARTICLE_WIDTH_PX, tight=False)
    assert text_px(figure, ARTICLE_WIDTH_PX, tight=False) >= READABLE_TEXT_PX - 1e-9


def test_figure_png_holds_the_readable_width_in_the_png():
    figure = panels(13, 8)
    data = figure_png(figure)
    with Image.open(io.BytesIO(base64.b64decode(data))) as png:
        width = int(png.info[READABLE_KEY])
        assert png.size[0] == pytest.approx(saved_width_in(figure) * figure.dpi, abs=2)
    assert text_px(figure, width) == pytest.approx(READABLE_TEXT_PX, abs=0.05)


def test_figure_png_of_an_empty_figure_shows_nothing():
    figure = plt.figure()
    plt.close(figure)
    assert figure_png(figure) is None


def test_a_figure_without_text_is_readable_at_any_width():
    figure, ax = plt.subplots(figsize=(10, 2))
    ax.imshow([[0, 1], [1, 0]])
    ax.axis("off")
    plt.close(figure)
    assert readable(figure) == 0
    with Image.open(io.BytesIO(base64.b64decode(figure_png(figure)))) as png:
        assert png.info[READABLE_KEY] == "0"


def test_a_figure_mostly_of_text_stays_within_the_desktop_width():
    figure, ax = plt.subplots(figsize=(3, 1))
    ax.axis("off")
    ax.text(0, 0.5, "a long caption in very small letters, wider than its axes", fontsize=4)
    plt.close(figure)
    width = readable(figure)
    shown = min(saved_width_in(figure) * figure.dpi, ARTICLE_WIDTH_PX)
    assert text_px(figure, shown) >= READABLE_TEXT_PX - 1e-9
    assert width <= ARTICLE_WIDTH_PX, f"readable width {width} px: a desktop page would pan it"


def test_text_on_a_hidden_axis_does_not_count():
    figure, ax = plt.subplots(figsize=(4, 3))
    ax.imshow([[0, 1], [1, 0]])
    ax.set_xlabel("never drawn", fontsize=3)
    ax.axis("off")
    ax.set_title("drawn", fontsize=12)
    plt.close(figure)
    assert measure(figure)[0] == 12
    readable(figure)
    assert ax.title.get_fontsize() == 12, "a legible figure is left alone"
