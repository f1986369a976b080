"""Widget factories: controls wired to a redraw, so a notebook only writes what to draw.

The notebook supplies ``draw(ax, **values)``, which holds the idea being taught. The
explorer owns the plumbing: observing controls, clearing and redrawing the figure, and
showing the text that ``draw`` returns under it.
"""

from __future__ import annotations

import base64
import io
from typing import Callable, Mapping

import ipywidgets as widgets
import matplotlib.pyplot as plt


class PlotExplorer(widgets.VBox):
    """A row of controls above a figure that ``draw`` redraws on every change.

    ``draw(axes, **values)`` receives one Axes (or an array of them when ``ncols > 1``) and the
    current value of each control by name. Whatever it returns is kept in ``result`` and, as
    text, shown in ``status``. Tests can set ``explorer.controls[name].value`` and read
    ``result``.
    """

    def __init__(
        self,
        draw: Callable[..., object],
        controls: Mapping[str, widgets.ValueWidget],
        ncols: int = 1,
        figsize: tuple[float, float] | None = None,
    ):
        self.draw = draw
        self.controls = dict(controls)
        self.ncols = ncols
        self.figsize = figsize or (4.8 * ncols, 3.4)
        self.output = widgets.Output()
        self.status = widgets.HTML()
        self.result = None
        self.redraws = 0
        for control in self.controls.values():
            control.observe(self._on_change, names="value")
        super().__init__([widgets.HBox(list(self.controls.values())), self.output, self.status])
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
        figure, axes = plt.subplots(1, self.ncols, figsize=self.figsize)
        try:
            self.result = self.draw(axes, **self.values())
            figure.tight_layout()
            self.output.outputs = (figure_output(figure),)
        finally:
            plt.close(figure)
        self.status.value = "" if self.result is None else f"<code>{self.result}</code>"
        self.redraws += 1


def figure_output(figure) -> dict:
    """A matplotlib figure as a Jupyter ``display_data`` output holding a PNG."""
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=100)
    return {
        "output_type": "display_data",
        "data": {"image/png": base64.b64encode(buffer.getvalue()).decode("ascii"), "text/plain": repr(figure)},
        "metadata": {},
    }


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
