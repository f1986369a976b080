"""Widget factories: controls wired to a redraw, so a notebook only writes what to draw.

The notebook supplies ``draw(ax, **values)``, which holds the idea being taught. The
explorer owns the plumbing: observing controls, clearing and redrawing the figure, and
showing the text that ``draw`` returns under it.

A web page has no kernel to call ``draw``, so each explorer also draws, once, a frame for every
point of a grid of its controls' values (``frame_grid``) and keeps the frames in its widget state;
the website's script (``_static/widgets-static.js``) shows the frame for the reader's choice.
"""

from __future__ import annotations

import base64
import io
import math
import random
from collections.abc import Callable, Mapping
from itertools import product

import ipywidgets as widgets
import matplotlib.pyplot as plt
import numpy as np
import traitlets
from PIL import Image

from dlcourse.diagrams import ARTICLE_WIDTH_PX
from dlcourse.plots import readable_scale, scale_text

FRAMES_PER_WIDGET = 40  # at most this many frames for one explorer
FRAMES_PER_PAGE = 80  # and this many for all the explorers of one kernel (one page)
FRAME_BYTES = 512_000  # and about this many characters of base64 PNG for one explorer
# A saved widget's figure has the article's width less its box's padding and border (widgets-static.css).
FRAME_WIDTH_PX = ARTICLE_WIDTH_PX - 18
FRAME_COLORS = 64  # the frames are palette PNGs: about a third of the size, no visible change
STRIDES = (1, 2, 4, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000)  # slider steps between frames
_frames_left = FRAMES_PER_PAGE


class PlotExplorer(widgets.VBox):
    """A row of controls above a figure that ``draw`` redraws on every change.

    ``draw(axes, **values)`` receives one Axes (or an array of them when ``ncols > 1``) and the
    current value of each control by name. Whatever it returns is kept in ``result`` and, as
    text, shown in ``status``. Tests can set ``explorer.controls[name].value`` and read
    ``result``.

    Before its first redraw, the explorer draws up to ``max_frames`` frames on a grid of the
    controls' values for the web page (``frames``, in its state as ``_frames``); this calls
    ``draw`` but counts no redraw and changes neither the controls nor ``result``.
    """

    _frames = traitlets.Dict().tag(sync=True)

    def __init__(
        self,
        draw: Callable[..., object],
        controls: Mapping[str, widgets.ValueWidget],
        ncols: int = 1,
        figsize: tuple[float, float] | None = None,
        max_frames: int = FRAMES_PER_WIDGET,
    ):
        self.draw = draw
        self.controls = dict(controls)
        self.ncols = ncols
        self.figsize = figsize or (4.8 * ncols, 3.4)
        self.output = widgets.Output()
        self.status = widgets.HTML()
        self.result = None
        self.redraws = 0
        self.readable_width = 0  # the widest readable width of the figures drawn (dlcourse.plots.readable)
        self.text_scale = 1.0  # how much their text had to grow
        for control in self.controls.values():
            control.observe(self._on_change, names="value")
        super().__init__([widgets.HBox(list(self.controls.values())), self.output, self.status])
        self._frames = self.frames(max_frames)
        self.redraw()

    def values(self) -> dict:
        """The current value of every control, by name."""
        return {name: control.value for name, control in self.controls.items()}

    def _on_change(self, change) -> None:
        self.redraw()

    def redraw(self) -> None:
        """Call ``draw`` with the current values and replace the figure and status.

        The figure goes into ``output.outputs`` from the kernel side, so the widget's state holds
        it without a front end: a static page embeds it, and a test can read it.
        """
        figure, result = self._render(self.values())
        self.result = result
        self.output.outputs = (figure_output(figure, self.readable_width),)
        self.status.value = status_html(result)
        self.redraws += 1

    def _render(self, values: dict):
        """A closed figure drawn by ``draw`` for ``values``, and what ``draw`` returned."""
        figure, axes = plt.subplots(1, self.ncols, figsize=self.figsize)
        try:
            result = self.draw(axes, **values)
            if self.text_scale != 1.0:  # what the first figure needed: the others are drawn alike
                scale_text(figure, self.text_scale, layout=False)
            figure.tight_layout()
            width, grown = readable_scale(figure, tight=False, page_width_px=FRAME_WIDTH_PX)
            self.readable_width = max(self.readable_width, width)
            self.text_scale *= grown
        finally:
            plt.close(figure)
        return figure, result

    def frames(self, max_frames: int = FRAMES_PER_WIDGET) -> dict:
        """The frames of the web page: a figure and status for each point of the controls' grid.

        The grid holds at most ``max_frames`` frames, what is left of the page's
        ``FRAMES_PER_PAGE``, and as many as ``FRAME_BYTES`` holds if every frame weighs what the
        one of the current values does. Returns ``{}`` when no grid fits; the page then shows
        the saved figure with its controls disabled. Otherwise: ``controls``, one
        ``{"model", "positions"}`` per control in order (positions as the page's control holds
        them, see ``control_positions``); ``output`` and ``status``, the models the page
        updates; ``images``, distinct PNGs in base64; ``frames``, ``[image index, status
        HTML]`` for each point of the grid in row-major order (the last control varies
        fastest); and ``readable_width``, the widest readable width of its figures
        (``dlcourse.plots.readable``: a phone shows them that wide, to pan). Global random states are left as they were.
        """
        global _frames_left
        limit = min(max_frames, _frames_left)
        if frame_grid(self.controls, limit) is None:
            return {}
        saved = random.getstate(), np.random.get_state()
        images, frames = {}, []
        try:
            weight = len(palette_png(self._render(self.values())[0]))
            grid = frame_grid(self.controls, min(limit, FRAME_BYTES // weight))
            if grid is None:
                return {}
            _frames_left -= math.prod(len(positions) for positions in grid.values())
            for point in product(*grid.values()):
                values = {name: position_value(self.controls[name], position) for name, position in zip(grid, point)}
                figure, result = self._render(values)
                image = palette_png(figure)
                frames.append([images.setdefault(image, len(images)), status_html(result)])
        finally:
            random.setstate(saved[0])
            np.random.set_state(saved[1])
        return {
            "controls": [
                {"model": f"IPY_MODEL_{self.controls[name].model_id}", "positions": positions}
                for name, positions in grid.items()
            ],
            "output": f"IPY_MODEL_{self.output.model_id}",
            "status": f"IPY_MODEL_{self.status.model_id}",
            "images": list(images),
            "frames": frames,
            "readable_width": self.readable_width,
        }


def status_html(result) -> str:
    """The status line under the figure: what ``draw`` returned, as code."""
    return "" if result is None else f"<code>{result}</code>"


def figure_output(figure, readable_width: int = 0) -> dict:
    """A matplotlib figure as a Jupyter ``display_data`` output holding a PNG, with its readable
    width (``dlcourse.plots.readable``) in the output's metadata for the saved page."""
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=figure.dpi)
    return {
        "output_type": "display_data",
        "data": {"image/png": base64.b64encode(buffer.getvalue()).decode("ascii"), "text/plain": repr(figure)},
        "metadata": {"readable_width": readable_width},
    }


def palette_png(figure) -> str:
    """A figure as a palette PNG (``FRAME_COLORS`` colours) in base64: a frame of the web page."""
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=figure.dpi)
    image = Image.open(io.BytesIO(buffer.getvalue())).convert("RGB").quantize(FRAME_COLORS)
    buffer = io.BytesIO()
    image.save(buffer, format="png")
    return base64.b64encode(buffer.getvalue()).decode("ascii")


def control_positions(control: widgets.ValueWidget, stride: int = 1) -> list | None:
    """Every position of a control that the page can show, or None for a control it cannot move.

    A position is what the page's control holds: a slider's value (its exponent for a log
    slider), one in ``stride`` steps apart, starting from the current value both ways; an
    option's index; a checkbox's 0 or 1; for a multiple selection, the bit mask of the chosen
    indices (bit i for option i).
    """
    if isinstance(control, (widgets.FloatLogSlider, widgets.FloatSlider, widgets.IntSlider)):
        log = isinstance(control, widgets.FloatLogSlider)
        value = round(math.log(control.value, control.base), 10) if log else control.value
        if control.step is None:
            return None
        return slider_positions(value, control.min, control.max, control.step, stride)
    if isinstance(control, widgets.SelectMultiple):
        return list(range(2 ** len(control.options)))
    if isinstance(
        control,
        (widgets.Dropdown, widgets.RadioButtons, widgets.ToggleButtons, widgets.Select, widgets.SelectionSlider),
    ):
        return list(range(len(control.options)))
    if isinstance(control, (widgets.Checkbox, widgets.ToggleButton)):
        return [0, 1]
    return None


def slider_positions(value: float, low: float, high: float, step: float, stride: int = 1) -> list:
    """The values ``value + k * stride * step`` (any whole k) between ``low`` and ``high``."""
    spacing = step * stride
    below = math.floor((value - low) / spacing + 1e-9)
    above = math.floor((high - value) / spacing + 1e-9)
    whole = all(isinstance(number, int) for number in (value, step))
    return [value + k * spacing if whole else round(value + k * spacing, 10) for k in range(-below, above + 1)]


def frame_grid(controls: Mapping[str, widgets.ValueWidget], max_frames: int) -> dict[str, list] | None:
    """The positions of each control at which the page gets a frame, at most ``max_frames`` in all.

    Every option of a selection and both states of a checkbox are kept; while the grid is too
    large, the slider with the most positions moves to the next of ``STRIDES``. None when a
    control cannot be shown moving (``control_positions``) or the grid cannot fit.
    """
    strides = dict.fromkeys(controls, 0)
    grid = {name: control_positions(control) for name, control in controls.items()}
    if not grid or any(positions is None for positions in grid.values()):
        return None
    while math.prod(len(positions) for positions in grid.values()) > max_frames:
        coarser = {}
        for name, control in controls.items():
            if isinstance(control, (widgets.FloatSlider, widgets.IntSlider, widgets.FloatLogSlider)):
                for index in range(strides[name] + 1, len(STRIDES)):
                    positions = control_positions(control, STRIDES[index])
                    if len(positions) < len(grid[name]):
                        coarser[name] = index, positions
                        break
        if not coarser:
            return None
        name = max(coarser, key=lambda name: len(grid[name]))
        strides[name], grid[name] = coarser[name]
    return grid


def position_value(control: widgets.ValueWidget, position):
    """The value ``draw`` receives when the control stands at ``position`` (``control_positions``)."""
    if isinstance(control, widgets.FloatLogSlider):
        return control.base**position
    if isinstance(control, (widgets.FloatSlider, widgets.IntSlider)):
        return position
    if isinstance(control, widgets.SelectMultiple):
        return tuple(value for index, value in enumerate(control._options_values) if position >> index & 1)
    if isinstance(control, (widgets.Checkbox, widgets.ToggleButton)):
        return bool(position)
    return control._options_values[position]


def slider(description: str, value: float, low: float, high: float, step: float, **kwargs) -> widgets.FloatSlider:
    """A float slider with a readable label width and continuous updates off."""
    return widgets.FloatSlider(
        value=value,
        min=low,
        max=high,
        step=step,
        description=description,
        continuous_update=False,
        style={"description_width": "initial"},
        **kwargs,
    )


def log_slider(description: str, value: float, low: float, high: float, **kwargs) -> widgets.FloatLogSlider:
    """A log-scale slider (``low``/``high`` are powers of ten, e.g. -3 and 1)."""
    return widgets.FloatLogSlider(
        value=value,
        base=10,
        min=low,
        max=high,
        step=0.05,
        description=description,
        continuous_update=False,
        style={"description_width": "initial"},
        **kwargs,
    )
