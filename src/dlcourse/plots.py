"""Plot helpers: figure plumbing that every chapter would otherwise repeat."""

from __future__ import annotations

import math
import textwrap
import warnings
from collections.abc import Callable, Sequence

import matplotlib
import matplotlib.pyplot as plt
import numpy as np
from matplotlib.layout_engine import PlaceHolderLayoutEngine

from dlcourse.diagrams import ARTICLE_WIDTH_PX, measure

READABLE_TEXT_PX = 9.0  # the smallest text a figure may show, in CSS pixels
READABLE_KEY = "readable-width"  # the PNG text chunk that holds a figure's readable width


def plot_decision_boundary(
    predict: Callable[[np.ndarray], np.ndarray],
    inputs: np.ndarray,
    targets: np.ndarray,
    ax=None,
    title: str | None = None,
    padding: float = 0.5,
    resolution: int = 200,
):
    """Shade where ``predict`` (points -> scores in [0, 1]) is above 0.5 and scatter the data."""
    if ax is None:
        _, ax = plt.subplots(figsize=(4, 4))
    inputs = np.asarray(inputs, dtype="float32")
    low = inputs.min(axis=0) - padding
    high = inputs.max(axis=0) + padding
    grid_x, grid_y = np.meshgrid(np.linspace(low[0], high[0], resolution), np.linspace(low[1], high[1], resolution))
    grid = np.column_stack([grid_x.ravel(), grid_y.ravel()]).astype("float32")
    scores = np.asarray(predict(grid)).reshape(grid_x.shape)
    ax.contourf(grid_x, grid_y, scores, levels=[-np.inf, 0.5, np.inf], colors=["#f4cccc", "#cfe2f3"])
    ax.contour(grid_x, grid_y, scores, levels=[0.5], colors="k", linewidths=1)
    targets = np.asarray(targets).reshape(-1)
    for label, marker, color in ((0, "o", "#cc0000"), (1, "s", "#0b5394")):
        mask = targets == label
        ax.scatter(inputs[mask, 0], inputs[mask, 1], marker=marker, c=color, s=60, label=f"class {label}")
    ax.set_xlabel("$x_1$")
    ax.set_ylabel("$x_2$")
    if title:
        ax.set_title(title)
    return ax


def plot_history(history, metrics: Sequence[str] = ("loss",), axes=None):
    """Plot training and validation curves from a Keras ``History`` (or its ``.history`` dict)."""
    logs = getattr(history, "history", history)
    if axes is None:
        _, axes = plt.subplots(1, len(metrics), figsize=(4.5 * len(metrics), 3.2), squeeze=False)
        axes = axes[0]
    for ax, metric in zip(np.atleast_1d(axes), metrics):
        epochs = np.arange(1, len(logs[metric]) + 1)
        ax.plot(epochs, logs[metric], label=f"train {metric}")
        if f"val_{metric}" in logs:
            ax.plot(epochs, logs[f"val_{metric}"], label=f"validation {metric}")
        ax.set_xlabel("epoch")
        ax.set_ylabel(metric)
        ax.legend()
    return axes


def show_images(images: np.ndarray, labels: Sequence[str] | None = None, columns: int = 8, size: float = 1.3):
    """Show a grid of grey-scale images with optional captions; returns the figure."""
    images = np.asarray(images)
    rows = int(np.ceil(len(images) / columns))
    # Captions of 10 points, wrapped to the image's width, stay readable (about 9 px or more) where
    # the page shows an 8-column grid at a desktop article's width.
    figure, axes = plt.subplots(rows, columns, figsize=(columns * size, rows * size * 1.35), squeeze=False)
    for index, ax in enumerate(axes.ravel()):
        ax.axis("off")
        if index < len(images):
            ax.imshow(images[index], cmap="gray_r")
            if labels is not None:
                ax.set_title(textwrap.fill(str(labels[index]), width=14), fontsize=10)
    figure.tight_layout()
    return figure


def scale_text(figure, factor: float, layout: bool = True) -> None:
    """Multiply the size of every text of the figure by ``factor``; then, with ``layout``, lay it
    out again (``tight_layout``) unless it has a layout engine of its own (constrained layout)."""
    for text in figure.findobj(plt.Text):
        if text.get_text().strip():
            text.set_fontsize(text.get_fontsize() * factor)
    engine = figure.get_layout_engine()
    if layout and (engine is None or isinstance(engine, PlaceHolderLayoutEngine)) and figure.axes:
        with warnings.catch_warnings():  # axes placed by hand: tight_layout warns and leaves them
            warnings.simplefilter("ignore")
            figure.tight_layout()  # make room for the larger labels


def _fit(figure, display_width_px: float, smallest_px: float, tight: bool) -> tuple[float | None, float, float]:
    """``legible``'s work: the final ``measure`` of the figure and the factor its text grew by."""
    grown = 1.0
    for _ in range(6):  # larger labels widen the saved figure: measure again
        smallest_pt, width_in = measure(figure, tight)
        shown_px = min(width_in * figure.dpi, display_width_px)
        if smallest_pt is None or smallest_pt * shown_px / (width_in * 72.0) >= smallest_px:
            return smallest_pt, width_in, grown
        factor = smallest_px / (smallest_pt * shown_px / (width_in * 72.0)) * 1.02
        scale_text(figure, factor)
        grown *= factor
    return *measure(figure, tight), grown


def legible(
    figure,
    display_width_px: float = ARTICLE_WIDTH_PX,
    smallest_px: float = READABLE_TEXT_PX,
    tight: bool = True,
):
    """Enlarge every text of a wide figure until its smallest is ``smallest_px`` where the page
    shows it: at its own size (its pixels at the figure's dpi) or, if wider, ``display_width_px``
    wide (``scale_text``, which lays it out again). Returns the figure."""
    _fit(figure, display_width_px, smallest_px, tight)
    return figure


def readable_scale(figure, tight: bool = True, page_width_px: float = ARTICLE_WIDTH_PX) -> tuple[int, float]:
    """``readable``'s width, and the factor the figure's text grew by. A figure drawn again and
    again alike (an explorer's frames) can be given that factor first (``scale_text``), which
    spares the measuring."""
    smallest_pt, width_in, grown = _fit(figure, page_width_px, READABLE_TEXT_PX, tight)
    if smallest_pt is None:
        return 0, grown  # nothing to read: any width will do
    return math.ceil(READABLE_TEXT_PX * width_in * 72.0 / smallest_pt - 1e-6), grown  # rounding: no extra pixel


def readable(figure, tight: bool = True, page_width_px: float = ARTICLE_WIDTH_PX) -> int:
    """Make a figure's text readable on a desktop page and return its readable width.

    A page shows an image at its own size (its pixels at the figure's dpi) or, if wider, at the
    width it has there (``page_width_px``: the article's, for a cell's output). The figure's text
    is enlarged (``legible``) until it is at least ``READABLE_TEXT_PX`` there. The readable width
    is the width, in whole CSS pixels, at which the smallest text is ``READABLE_TEXT_PX`` (0 for a
    figure without text): a phone, narrower, shows the figure that wide and lets the reader pan it
    (the website's ``dl-readable-<width>`` classes, set by ``dlcourse.sphinx_assets``).
    """
    return readable_scale(figure, tight, page_width_px)[0]


def figure_png(figure) -> str | None:
    """A figure as the notebook's PNG (base64, as Jupyter saves it), made ``readable`` first, with
    its readable width in the PNG's ``READABLE_KEY`` text chunk."""
    from IPython.core.pylabtools import print_figure

    if not figure.axes and not figure.images and not figure.texts:
        return None  # as Jupyter does: an empty figure shows nothing
    width = readable(figure)
    return print_figure(figure, "png", base64=True, metadata={READABLE_KEY: str(width)})


def readable_figures() -> None:
    """In a notebook, show every matplotlib figure through ``figure_png``.

    The book's notebooks call it in their hidden set-up cell. Outside IPython, or with a backend
    other than the inline one, it does nothing. The PNG is saved as the inline backend saves it
    by default (tight bounding box, the figure's dpi); ``InlineBackend.print_figure_kwargs`` and
    the retina format are not used, and a later ``%config InlineBackend.figure_formats`` puts the
    inline backend's own formatter back.
    """
    try:
        from IPython import get_ipython
    except ImportError:
        return
    shell = get_ipython()
    try:
        backend = matplotlib.get_backend(auto_select=False)  # matplotlib >= 3.10: never switches it
    except TypeError:
        backend = matplotlib.get_backend()
    if shell is None or "inline" not in str(backend):
        return
    # Importing the inline backend registers its own figure formatter, once; this one replaces it.
    import matplotlib_inline.backend_inline  # noqa: F401
    from matplotlib.figure import Figure

    shell.display_formatter.formatters["image/png"].for_type(Figure, figure_png)
