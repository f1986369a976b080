"""Unit tests of the frames that an explorer draws for the web page (dlcourse.widgets)."""

import base64
import io
import math

import ipywidgets
import numpy as np
import pytest
from PIL import Image

from dlcourse import widgets as explorers
from dlcourse.plots import READABLE_TEXT_PX, measure
from dlcourse.widgets import (
    PlotExplorer,
    control_positions,
    frame_grid,
    log_slider,
    position_value,
    slider,
    slider_positions,
)


@pytest.fixture(autouse=True)
def fresh_page(monkeypatch):
    """Each test starts with the whole page's budget of frames."""
    monkeypatch.setattr(explorers, "_frames_left", explorers.FRAMES_PER_PAGE)


def test_slider_positions_start_from_the_value_and_stay_within_the_bounds():
    assert slider_positions(0.5, 0.0, 0.9, 0.05, 4) == [0.1, 0.3, 0.5, 0.7, 0.9]
    assert len(slider_positions(0.5, 0.0, 0.9, 0.05)) == 19
    assert slider_positions(50, 5, 100, 5, 4) == [10, 30, 50, 70, 90]
    assert all(isinstance(position, int) for position in slider_positions(50, 5, 100, 5, 4))
    assert slider_positions(-1.0, -3.0, 0.3, 0.05, 10) == [-3.0, -2.5, -2.0, -1.5, -1.0, -0.5, 0.0]


def test_control_positions_are_what_the_page_control_holds():
    assert control_positions(log_slider("rate", 0.01, -3, -1), 20) == [-3.0, -2.0, -1.0]  # exponents
    assert control_positions(ipywidgets.Dropdown(options=["a", "b", "c"])) == [0, 1, 2]  # indices
    assert control_positions(ipywidgets.Checkbox(False)) == [0, 1]
    assert control_positions(ipywidgets.SelectMultiple(options=["a", "b", "c"])) == list(range(8))  # bit masks
    assert control_positions(ipywidgets.Text("free text")) is None


def test_position_value_is_what_draw_receives():
    assert position_value(log_slider("rate", 0.01, -3, -1), -2.0) == pytest.approx(0.01)
    assert position_value(ipywidgets.IntSlider(3, 1, 10), 7) == 7
    assert position_value(ipywidgets.Dropdown(options=[("one", 1), ("two", 2)]), 1) == 2
    assert position_value(ipywidgets.Checkbox(False), 1) is True
    choices = ipywidgets.SelectMultiple(options=["sigmoid", "tanh", "ReLU"])
    assert position_value(choices, 0b101) == ("sigmoid", "ReLU") and position_value(choices, 0) == ()


def test_frame_grid_keeps_every_option_and_coarsens_the_slider_with_most_positions():
    controls = {
        "optimizer": ipywidgets.Dropdown(options=["SGD", "Adam", "RMSprop"]),
        "rate": log_slider("rate", 0.1, -3, 0.3),
        "steps": ipywidgets.IntSlider(50, 5, 100, 5),
    }
    grid = frame_grid(controls, 40)
    assert math.prod(len(positions) for positions in grid.values()) <= 40
    assert grid["optimizer"] == [0, 1, 2]
    assert -1.0 in grid["rate"] and 50 in grid["steps"], "the page's own state is a frame"
    assert len(grid["rate"]) > 1 and len(grid["steps"]) > 1
    spacings = {round(b - a, 9) for a, b in zip(grid["rate"], grid["rate"][1:])}
    assert len(spacings) == 1, "a slider's frames are evenly spaced (the page's range input has one step)"
    assert frame_grid({"n": slider("n", 4, 0, 86, 1)}, 1000) == {"n": list(np.arange(0.0, 87.0))}


def test_frame_grid_gives_up_when_the_options_alone_are_too_many_or_a_control_cannot_move():
    assert frame_grid({"word": ipywidgets.Dropdown(options=[str(i) for i in range(50)])}, 40) is None
    assert frame_grid({"text": ipywidgets.Text("a")}, 40) is None


def draw_bars(ax, height, flag):
    ax.bar([0], [height], color="C1" if flag else "C0")
    return f"height {height:.1f}, flag {flag}"


def test_the_explorer_draws_a_frame_for_every_point_of_the_grid_without_counting_redraws():
    controls = {"height": slider("height", 1.0, 0.5, 2.5, 0.5), "flag": ipywidgets.Checkbox(False)}
    explorer = PlotExplorer(draw_bars, controls)
    frames = explorer.get_state()["_frames"]
    assert explorer.redraws == 1 and explorer.result == "height 1.0, flag False"
    assert explorer.values() == {"height": 1.0, "flag": False}, "the controls did not move"
    assert [control["positions"] for control in frames["controls"]] == [[0.5, 1.0, 1.5, 2.0, 2.5], [0, 1]]
    assert frames["controls"][0]["model"] == f"IPY_MODEL_{controls['height'].model_id}"
    assert frames["output"] == f"IPY_MODEL_{explorer.output.model_id}"
    assert frames["status"] == f"IPY_MODEL_{explorer.status.model_id}"
    assert len(frames["frames"]) == 10 and len(frames["images"]) == 10
    # Row-major: the last control varies fastest; the page's state is frame 1 * 2 + 0.
    assert frames["frames"][2][1] == explorer.status.value
    assert frames["frames"][7][1] == "<code>height 2.0, flag True</code>"
    image = Image.open(io.BytesIO(base64.b64decode(frames["images"][frames["frames"][7][0]])))
    assert image.format == "PNG" and image.mode == "P", "frames are palette PNGs"
    assert image.size == (480, 340), "the size of the figure the page shows first"


def test_a_wide_explorer_s_frames_are_legible_and_say_their_readable_width():
    def draw(axes, size):
        for ax in axes:
            ax.plot([0, 1], [0, size], label="a curve")
            ax.legend(fontsize=6)

    explorer = PlotExplorer(draw, {"size": slider("size", 1.0, 0.5, 1.5, 0.5)}, ncols=3, figsize=(13, 3))
    frames = explorer.get_state()["_frames"]
    width = frames["readable_width"]
    figure, _ = explorer._render({"size": 1.0})
    shown = min(figure.get_figwidth() * figure.dpi, explorers.FRAME_WIDTH_PX)
    smallest = measure(figure, tight=False)[0] * shown / (figure.get_figwidth() * 72)
    assert smallest >= READABLE_TEXT_PX - 1e-9, f"the frame's smallest text is {smallest:.1f} px on a desktop page"
    assert 0.95 * shown <= width <= shown, "enlarged just enough: 9 px text at nearly the whole desktop width"
    assert frames["readable_width"] == explorer.readable_width
    assert explorer.output.outputs[0]["metadata"] == {"readable_width": width}, "the saved figure says it too"


def test_identical_frames_share_one_image():
    explorer = PlotExplorer(
        lambda ax, height, flag: ax.bar([0], [height]),
        {"height": slider("height", 1.0, 0.0, 2.0, 0.5), "flag": ipywidgets.Checkbox(False)},
    )
    frames = explorer.get_state()["_frames"]
    assert len(frames["frames"]) == 10 and len(frames["images"]) == 5
    assert [frame[0] for frame in frames["frames"]] == [0, 0, 1, 1, 2, 2, 3, 3, 4, 4]


def test_frames_are_bounded_per_widget_and_per_page(monkeypatch):
    wide = {"height": slider("height", 1.0, 0.0, 2.0, 0.01), "flag": ipywidgets.Checkbox(False)}
    frames = PlotExplorer(draw_bars, wide, max_frames=12).get_state()["_frames"]
    assert 1 < len(frames["frames"]) <= 12
    monkeypatch.setattr(explorers, "_frames_left", 7)
    frames = PlotExplorer(draw_bars, wide).get_state()["_frames"]
    assert 1 < len(frames["frames"]) <= 7 and explorers._frames_left == 7 - len(frames["frames"])
    assert PlotExplorer(draw_bars, wide, max_frames=1).get_state()["_frames"] == {}, "no grid fits: no frames"
    monkeypatch.setattr(explorers, "_frames_left", explorers.FRAMES_PER_PAGE)
    figure, _ = PlotExplorer(draw_bars, wide, max_frames=0)._render({"height": 1.0, "flag": False})
    weight = len(explorers.palette_png(figure))
    monkeypatch.setattr(explorers, "FRAME_BYTES", 6 * weight)
    frames = PlotExplorer(draw_bars, wide).get_state()["_frames"]
    assert 1 < len(frames["frames"]) <= 6, "the frames of one explorer weigh about FRAME_BYTES at most"


def test_drawing_frames_leaves_the_global_random_state_alone():
    def draw(ax, height):
        ax.bar([0], [height + np.random.rand()])

    np.random.seed(0)
    PlotExplorer(draw, {"height": slider("height", 1.0, 0.0, 2.0, 0.5)})
    after = np.random.rand()
    np.random.seed(0)
    np.random.rand()  # the one redraw
    assert after == np.random.rand()
