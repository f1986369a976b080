"""The website's explorers move with no kernel: each choice of the reader shows the frame drawn for it.

Every page with a ``PlotExplorer`` embeds its frames (dlcourse.widgets.PlotExplorer.frames) in the
widget state, and ``_static/widgets-static.js`` enables the controls on the frames' grid. These
tests move every control of every explorer (through its input events, and a slider with the
keyboard), and compare the figure and the text under it with the frame stored for that choice;
slider readouts must show the value, ``base ** exponent`` for a log slider, as ipywidgets writes it.
"""

from __future__ import annotations

import math

import pytest
from selenium.webdriver.common.keys import Keys

from dlcourse.testing.browser import own_errors, visit
from dlcourse.testing.site_build import WIDGET_PAGES

pytestmark = pytest.mark.site

RANGES = ("FloatSliderModel", "IntSliderModel", "FloatLogSliderModel")

# The explorers of the page, from its saved widget state: id, frames and each control's model.
EXPLORERS = """
const models = {};
for (const script of document.querySelectorAll('script[type="application/vnd.jupyter.widget-state+json"]')) {
  Object.assign(models, JSON.parse(script.textContent).state);
}
const id = (reference) => reference.replace(/^IPY_MODEL_/, "");
return Object.entries(models).filter(([, model]) => (model.state || {})._frames && model.state._frames.frames)
  .map(([key, model]) => ({id: key, frames: model.state._frames,
                           models: model.state._frames.controls.map((control) => models[id(control.model)])}));
"""
# The page's input of one control of one explorer.
INPUT = """
const box = document.querySelector('[data-model-id="' + arguments[0] + '"]');
return box.querySelector('[data-model-id="' + arguments[1].replace(/^IPY_MODEL_/, "") + '"]')
  .querySelector("input, select");
"""
# Sets a control as a reader would and sends the events a reader's change sends.
SET = """
const input = arguments[0], position = arguments[1];
if (input.type === "checkbox") input.checked = Boolean(position);
else if (input.multiple) {
  Array.from(input.options).forEach((option, i) => { option.selected = Boolean(position >> i & 1); });
}
else if (input.tagName === "SELECT") input.selectedIndex = position;
else input.value = String(position);
input.dispatchEvent(new Event("input", {bubbles: true}));
input.dispatchEvent(new Event("change", {bubbles: true}));
"""
# What the explorer shows: its figure, its status text, each control's readout, and the text of a frame.
SHOWN = """
const box = document.querySelector('[data-model-id="' + arguments[0] + '"]');
const find = (reference) => box.querySelector('[data-model-id="' + reference.replace(/^IPY_MODEL_/, "") + '"]');
const frame = document.createElement("div");
frame.innerHTML = arguments[2];
const images = find(arguments[1].output).querySelectorAll("img");
return {images: Array.from(images).map((image) => image.src), status: find(arguments[1].status).textContent,
        expected_status: frame.textContent,
        readouts: arguments[1].controls.map((control) => {
          const readout = find(control.model).querySelector(".widget-static-readout");
          return readout ? readout.textContent : null;
        })};
"""


def readout(value: float, fmt: str) -> str:
    """A number as ipywidgets' readout (d3-format) writes it, for the formats the book's sliders use."""
    kind, precision = fmt[-1], int(fmt[1:-1] or 6)
    text = {
        "d": lambda: str(round(value)),
        "f": lambda: f"{value:.{precision}f}",
        "g": lambda: f"{value:#.{precision}g}",
    }[kind]()  # d3's g keeps trailing zeros, like "#g"
    return text.replace("-", "\u2212")


def slider_value(model: dict, position: float) -> float:
    """The value a slider stands for at a position: its exponent's power for a log slider."""
    state = model["state"]
    return state.get("base", 10) ** position if model["model_name"] == "FloatLogSliderModel" else position


def frame_index(data, point):
    """The frame of ``point`` (one grid index per control): row-major, the last control fastest."""
    index = 0
    for control, at in zip(data["controls"], point):
        index = index * len(control["positions"]) + at
    return index


def start_position(model: dict) -> float:
    """Where a control stands in the saved state, as the frames' grid counts it."""
    state = model["state"]
    if model["model_name"] == "FloatLogSliderModel":
        return math.log(state["value"], state["base"])
    if model["model_name"] in RANGES or model["model_name"] == "CheckboxModel":
        return float(state["value"])
    if model["model_name"] == "SelectMultipleModel":
        return sum(2**i for i in state["index"])
    return state["index"]


def check_frame(browser, explorer, point, figure=True):
    """The explorer shows the frame stored for ``point`` (one grid index per control).

    With ``figure`` false, only its text and readouts: the page first shows the figure it saved.
    """
    data = explorer["frames"]
    image, status = data["frames"][frame_index(data, point)]
    parts = {key: data[key] for key in ("output", "status", "controls")}
    shown = browser.execute_script(SHOWN, explorer["id"], parts, status)
    if figure:
        assert shown["images"] == ["data:image/png;base64," + data["images"][image]], f"not the figure of {point}"
    assert shown["status"] == shown["expected_status"], (point, shown["status"])
    for control, model, at, text in zip(data["controls"], explorer["models"], point, shown["readouts"]):
        if model["model_name"] in RANGES:
            value = slider_value(model, control["positions"][at])
            assert text == readout(value, model["state"]["readout_format"]), (model["state"]["description"], text)
            assert math.isclose(float(text.replace("\u2212", "-")), value, rel_tol=0.01, abs_tol=0.01)
    return image


@pytest.mark.parametrize("name", WIDGET_PAGES)
def test_every_control_shows_the_frame_of_its_value(browser, server, name):  # noqa: F811 (fixtures)
    entries = visit(browser, f"{server}/{name}.html")
    explorers = browser.execute_script(EXPLORERS)
    assert explorers, "the page's explorer has no frames"
    for explorer in explorers:
        data = explorer["frames"]
        inputs = [browser.execute_script(INPUT, explorer["id"], control["model"]) for control in data["controls"]]
        start = []
        for model, control in zip(explorer["models"], data["controls"]):
            positions, position = control["positions"], start_position(model)
            start.append(min(range(len(positions)), key=lambda i: abs(positions[i] - position)))
            assert math.isclose(positions[start[-1]], position, abs_tol=1e-6), "the page's state is a frame"
        for element, control, at in zip(inputs, data["controls"], start):
            assert element.is_enabled() == (len(control["positions"]) > 1)
            if element.get_attribute("type") == "range":  # the thumb stands at the page's value
                assert math.isclose(float(element.get_attribute("value")), control["positions"][at], abs_tol=1e-9)
        check_frame(browser, explorer, start, figure=False)  # as built: its readouts and text
        seen = set()
        for number, (element, control) in enumerate(zip(inputs, data["controls"])):
            positions = control["positions"]
            for at in sorted({0, len(positions) // 2, len(positions) - 1, start[number]}):
                browser.execute_script(SET, element, positions[at])
                seen.add(check_frame(browser, explorer, start[:number] + [at] + start[number + 1 :]))
            browser.execute_script(SET, element, positions[start[number]])
        check_frame(browser, explorer, start)
        assert len(seen) > 1, "moving the controls never changed the figure"
        # The keyboard: an arrow moves a slider to the next frame of its grid.
        for number, (element, model, control) in enumerate(zip(inputs, explorer["models"], data["controls"])):
            if model["model_name"] in RANGES and len(control["positions"]) > 1:
                forward = start[number] + 1 < len(control["positions"])
                element.send_keys(Keys.ARROW_RIGHT if forward else Keys.ARROW_LEFT)
                moved = start[number] + (1 if forward else -1)
                check_frame(browser, explorer, start[:number] + [moved] + start[number + 1 :])
                browser.execute_script(SET, element, control["positions"][start[number]])
                break
    assert not own_errors(entries + browser.get_log("browser"), server)
