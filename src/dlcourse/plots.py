"""Plot helpers: figure plumbing that every chapter would otherwise repeat."""

from __future__ import annotations

import textwrap
from collections.abc import Callable, Sequence

import matplotlib.pyplot as plt
import numpy as np

from dlcourse.diagrams import ARTICLE_WIDTH_PX, text_sizes_px

READABLE_TEXT_PX = 9.0  # the smallest text a figure may show, in CSS pixels


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


def legible(figure, display_width_px: float = ARTICLE_WIDTH_PX, smallest_px: float = READABLE_TEXT_PX):
    """Enlarge every text of a wide figure until its smallest is ``smallest_px`` where the page
    shows it ``display_width_px`` wide; returns the figure."""
    for _ in range(4):  # larger labels widen the saved figure a little: measure again
        smallest = min(text_sizes_px(figure, display_width_px))
        if smallest >= smallest_px - 0.05:
            break
        factor = smallest_px / smallest * 1.02
        for text in figure.findobj(plt.Text):
            if text.get_text().strip():
                text.set_fontsize(text.get_fontsize() * factor)
    return figure
