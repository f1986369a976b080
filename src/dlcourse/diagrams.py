"""Schematic figures for the book, drawn with matplotlib so that every build redraws them.

The drawing primitives come first: one style, a canvas measured in inches, nodes, boxes, arrows,
labels, and a whole layered network. Below them, one function per figure; each returns its
``Figure``. A notebook calls the function in a cell tagged ``remove-input`` and gives the cell's
output its alt text in the cell metadata (``mystnb.image.alt``).

Readable on a phone: a figure is at most ``MAX_WIDTH_IN`` inches wide and its text at least
``MIN_FONT_PT`` points. A phone shows the figure about ``PHONE_WIDTH_PX`` pixels wide, so the
smallest text is drawn at 10 pt x 340 px / (5 in x 72 pt/in), about 9.4 px.
``smallest_text_px(figure)`` measures it; the notebooks' hidden checks assert it stays >= 9 px.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Sequence

import matplotlib.pyplot as plt
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.patches import Circle, FancyArrowPatch, FancyBboxPatch, Rectangle

# --- Style --------------------------------------------------------------------------------

MAX_WIDTH_IN = 5.0  # the widest a figure may be, in inches
MIN_FONT_PT = 10.0  # the smallest text, in points
PHONE_WIDTH_PX = 340  # the width a phone gives a figure, in CSS pixels

FONT_PT = 11.0  # ordinary labels
TITLE_PT = 12.0  # panel titles

INK = "#333333"  # lines and text
MUTED = "#9e9e9e"  # what is switched off or in the background
NOTE = "#555555"  # secondary text
BACKWARD = "#c0392b"  # the backward pass, gradients

# Fill colours by role; every figure uses the same ones.
FILL = {
    "input": "#dbe9f6",
    "hidden": "#fde3c8",
    "output": "#d9ead3",
    "operation": "#eeeeee",
    "parameter": "#fff2cc",
    "highlight": "#f4cccc",
    "plain": "#ffffff",
    "off": "#f2f2f2",
}


def canvas(width: float, height: float):
    """A figure whose single axes spans it, with data coordinates in inches from the lower left."""
    if width > MAX_WIDTH_IN + 1e-9:
        raise ValueError(f"a figure is at most {MAX_WIDTH_IN} inches wide, not {width}")
    figure = plt.figure(figsize=(width, height))
    ax = figure.add_axes((0.0, 0.0, 1.0, 1.0))
    ax.set_xlim(0.0, width)
    ax.set_ylim(0.0, height)
    ax.set_aspect("equal")
    ax.axis("off")
    return figure, ax


def label(ax, xy, text, size=FONT_PT, color=INK, ha="center", va="center", **kwargs):
    """Text at ``xy`` (inches); never smaller than ``MIN_FONT_PT``."""
    return ax.text(*xy, text, fontsize=max(size, MIN_FONT_PT), color=color, ha=ha, va=va, **kwargs)


def node(ax, xy, text="", radius=0.2, role="plain", edgecolor=INK, linestyle="-", size=FONT_PT):
    """A circle (a neuron or a value) with an optional centred label; returns the patch."""
    patch = Circle(xy, radius, facecolor=FILL[role], edgecolor=edgecolor, linewidth=1.2, linestyle=linestyle,
                   zorder=3)
    ax.add_patch(patch)
    if text:
        label(ax, xy, text, size=size, zorder=4)
    return patch


def box(ax, xy, text="", width=0.8, height=0.4, role="plain", edgecolor=INK, linestyle="-", size=FONT_PT,
        rounded=True):
    """A box centred at ``xy`` with an optional label; returns the patch."""
    x, y = xy
    style = "round,pad=0,rounding_size=0.08" if rounded else "square,pad=0"
    patch = FancyBboxPatch((x - width / 2, y - height / 2), width, height, boxstyle=style,
                           facecolor=FILL[role], edgecolor=edgecolor, linewidth=1.2, linestyle=linestyle, zorder=3)
    ax.add_patch(patch)
    if text:
        label(ax, xy, text, size=size, zorder=4)
    return patch


def arrow(ax, start, end, color=INK, linestyle="-", linewidth=1.2, head=True, patch_start=None, patch_end=None,
          curve=0.0, zorder=2):
    """An arrow from ``start`` to ``end`` (points in inches), clipped at the patches it joins.

    ``curve`` bends it (the ``rad`` of an arc; 0 is straight); ``head=False`` draws a plain line.
    """
    patch = FancyArrowPatch(start, end, arrowstyle="-|>" if head else "-", mutation_scale=11 if head else 1,
                            color=color, linestyle=linestyle, linewidth=linewidth, patchA=patch_start,
                            patchB=patch_end, shrinkA=1, shrinkB=1, connectionstyle=f"arc3,rad={curve}",
                            zorder=zorder)
    ax.add_patch(patch)
    return patch


def cross_out(ax, xy, size=0.12, color=BACKWARD, linewidth=1.6):
    """An x over a point, e.g. a unit that dropout switched off."""
    x, y = xy
    for sign in (-1, 1):
        ax.plot([x - size, x + size], [y - sign * size, y + sign * size], color=color, linewidth=linewidth,
                solid_capstyle="round", zorder=5)


@dataclass
class Network:
    """Where ``draw_network`` put each unit: ``units[layer][index]`` is a circle patch."""

    units: list[list[Circle]] = field(default_factory=list)

    def centre(self, layer: int, index: int):
        return self.units[layer][index].center


def draw_network(ax, layer_sizes: Sequence[int], left: float, right: float, bottom: float, top: float,
                 radius=0.16, labels: Sequence[Sequence[str]] | None = None,
                 roles: Sequence[str] | None = None, dropped: Iterable[tuple[int, int]] = (),
                 arrows=True, spacing: float | None = None, size=FONT_PT):
    """Layers of units in columns from ``left`` to ``right``, each unit joined to the next layer.

    ``labels[layer][index]`` writes inside a unit; ``roles`` colours each layer (``FILL``'s keys,
    by default input, hidden..., output); ``dropped`` holds (layer, index) pairs drawn switched off,
    without their connections. Units are ``spacing`` apart vertically (by default they fill the
    height of the tallest layer). Returns a ``Network``.
    """
    layer_count = len(layer_sizes)
    roles = list(roles) if roles else ["input"] + ["hidden"] * (layer_count - 2) + ["output"]
    dropped = set(dropped)
    if spacing is None:
        spacing = (top - bottom) / max(max(layer_sizes) - 1, 1)
    middle = (top + bottom) / 2
    network = Network()
    for layer, count in enumerate(layer_sizes):
        x = left + (right - left) * layer / max(layer_count - 1, 1)
        column = []
        for index in range(count):
            y = middle + (count - 1) / 2 * spacing - index * spacing
            off = (layer, index) in dropped
            text = labels[layer][index] if labels else ""
            patch = node(ax, (x, y), text, radius=radius, role="off" if off else roles[layer],
                         edgecolor=MUTED if off else INK, linestyle="--" if off else "-", size=size)
            if off:
                cross_out(ax, (x, y), size=radius * 0.75)
            column.append(patch)
        network.units.append(column)
    for layer in range(layer_count - 1):
        for i, source in enumerate(network.units[layer]):
            for j, target in enumerate(network.units[layer + 1]):
                if (layer, i) in dropped or (layer + 1, j) in dropped:
                    continue
                arrow(ax, source.center, target.center, color=INK, linewidth=0.8, head=arrows,
                      patch_start=source, patch_end=target)
    return network


def text_sizes_px(figure, display_width_px: float = PHONE_WIDTH_PX) -> list[float]:
    """The size, in pixels, of every visible text when the figure is shown ``display_width_px`` wide.

    Jupyter saves a figure cropped to its tight bounding box (plus 0.1 inch of padding), so that is
    the width that the page scales to ``display_width_px``.
    """
    if not hasattr(figure.canvas, "get_renderer"):
        FigureCanvasAgg(figure)  # a figure that plt.show() closed has lost its drawing canvas
    figure.canvas.draw()
    renderer = figure.canvas.get_renderer()
    width_in = figure.get_tightbbox(renderer).width + 2 * 0.1
    pixels_per_point = display_width_px / (width_in * 72.0)
    return [text.get_fontsize() * pixels_per_point for text in figure.findobj(plt.Text)
            if text.get_visible() and text.get_text().strip()]


def smallest_text_px(figure, display_width_px: float = PHONE_WIDTH_PX) -> float:
    """The smallest text of the figure, in pixels, when shown ``display_width_px`` wide."""
    return min(text_sizes_px(figure, display_width_px))


# --- Figures --------------------------------------------------------------------------------


def neuron():
    """One neuron: inputs times weights, plus a bias, summed to z, passed through f to a = f(z)."""
    figure, ax = canvas(5.0, 2.5)
    ys = [1.9, 1.2, 0.5]
    inputs = [node(ax, (0.35, y), f"$x_{i + 1}$", radius=0.22, role="input") for i, y in enumerate(ys)]
    label(ax, (0.35, 2.35), "inputs", color=NOTE)
    total = node(ax, (2.3, 1.2), r"$\Sigma$", radius=0.34, role="hidden", size=14)
    for i, (patch, y) in enumerate(zip(inputs, ys)):
        arrow(ax, patch.center, total.center, patch_start=patch, patch_end=total)
        middle_y = (y + 1.2) / 2
        label(ax, (1.3, middle_y + 0.17), f"$w_{i + 1}$", color=INK)
    label(ax, (2.3, 2.35), "bias $b$", color=NOTE)
    arrow(ax, (2.3, 2.2), (2.3, 1.2), patch_end=total)
    label(ax, (2.3, 0.55), r"$z = \mathbf{w} \cdot \mathbf{x} + b$")
    activation = box(ax, (3.55, 1.2), "$f$", width=0.55, height=0.5, role="hidden", size=13)
    label(ax, (3.55, 0.7), "activation", color=NOTE)
    arrow(ax, total.center, (3.55, 1.2), patch_start=total, patch_end=activation)
    arrow(ax, (3.83, 1.2), (4.45, 1.2))
    label(ax, (4.7, 1.2), "$a$", size=13)
    label(ax, (4.55, 1.65), "output", color=NOTE)
    label(ax, (4.55, 0.7), "$f(z)$", color=NOTE)
    return figure


def mlp(layer_sizes: Sequence[int] = (2, 2, 1), labels: Sequence[Sequence[str]] | None = None,
        titles: Sequence[str] | None = None, notes: Sequence[str] | None = None, height: float = 2.6,
        radius: float = 0.26):
    """A multi-layer perceptron: one column of units per layer, every unit joined to the next layer.

    ``titles`` name the layers under their columns; ``notes`` (one fewer than the layers) write the
    weights of each connection between two columns above it.
    """
    layer_count = len(layer_sizes)
    titles = titles or ["input layer"] + ["hidden layer"] * (layer_count - 2) + ["output layer"]
    figure, ax = canvas(5.0, height)
    left, right = 0.6, 4.4
    top, bottom = height - (0.55 if notes else 0.3), 0.75
    network = draw_network(ax, layer_sizes, left, right, bottom, top, radius=radius, labels=labels)
    for layer, title in enumerate(titles):
        x = network.centre(layer, 0)[0]
        label(ax, (x, 0.3), title, color=NOTE)
    for layer, text in enumerate(notes or []):
        x = (network.centre(layer, 0)[0] + network.centre(layer + 1, 0)[0]) / 2
        label(ax, (x, height - 0.22), text, color=NOTE)
    return figure


def xor_network():
    """The hand-made XOR network: OR and NAND in the hidden layer, AND at the output."""
    return mlp((2, 2, 1), labels=[["$x_1$", "$x_2$"], ["OR", "NAND"], ["AND"]], height=2.4, radius=0.3)


def xor_mlp_shapes():
    """The 2-8-1 network trained on XOR, with the shape of each weight matrix."""
    return mlp(
        (2, 8, 1),
        labels=[["$x_1$", "$x_2$"], [""] * 8, [r"$\hat y$"]],
        titles=["input $X$", r"hidden: $\tanh$", r"output: $\sigma$"],
        notes=[r"$W_1$: 2×8, $\mathbf{b}_1$: 8", r"$W_2$: 8×1, $b_2$: 1"],
        height=3.6,
        radius=0.15,
    )


def backprop_graph():
    """The computational graph of the 2-8-1 network: forward pass down, backward pass up."""
    figure, ax = canvas(5.0, 5.7)
    x_value, x_parameter, x_gradient = 2.3, 0.75, 2.85
    rows = {"X": 5.0, "Z1": 4.05, "A1": 3.1, "Z2": 2.15, "A2": 1.2, "L": 0.3}
    names = {"X": "$X$", "Z1": "$Z_1$", "A1": "$A_1$", "Z2": "$Z_2$", "A2": "$A_2$", "L": "$L$"}
    roles = {"X": "input", "Z1": "hidden", "A1": "hidden", "Z2": "output", "A2": "output", "L": "highlight"}
    values = {key: box(ax, (x_value, y), names[key], width=0.62, height=0.42, role=roles[key])
              for key, y in rows.items()}
    operations = {"Z1": r"$\cdot W_1 + \mathbf{b}_1$", "A1": r"$\tanh$", "Z2": r"$\cdot W_2 + b_2$",
                  "A2": r"$\sigma$", "L": "loss"}
    order = list(rows)
    for above, below in zip(order, order[1:]):
        arrow(ax, (x_value, rows[above]), (x_value, rows[below]), patch_start=values[above],
              patch_end=values[below])
        label(ax, (x_value - 0.12, (rows[above] + rows[below]) / 2), operations[below], ha="right", color=NOTE)
    label(ax, (x_value, 5.5), "forward pass ↓")
    label(ax, (x_gradient + 0.9, 5.5), "backward pass ↑", color=BACKWARD)
    # The parameters and the targets join the graph from the left; their gradients are written
    # under them.
    for text, target, gradient, role in (
        (r"$W_1, \mathbf{b}_1$", "Z1", r"$\delta W_1 = X^\top \delta Z_1$", "parameter"),
        (r"$W_2, b_2$", "Z2", r"$\delta W_2 = A_1^\top \delta Z_2$", "parameter"),
        ("$Y$", "L", "", "input"),
    ):
        y = rows[target]
        parameter = box(ax, (x_parameter, y), text, width=0.8 if gradient else 0.42, height=0.4, role=role)
        arrow(ax, (x_parameter, y), (x_value, y), patch_start=parameter, patch_end=values[target])
        if gradient:
            label(ax, (x_parameter, y - 0.4), gradient, color=BACKWARD)
            arrow(ax, (x_value - 0.31, y - 0.12), (x_parameter + 0.4, y - 0.12), color=BACKWARD, linestyle="--",
                  curve=-0.25)
    label(ax, (x_parameter, rows["L"] + 0.42), "targets", color=NOTE)
    # The backward pass: red arrows up the right side, each step's gradient beside it.
    steps = {("Z1", "A1"): r"$\delta Z_1 = \delta A_1 \odot (1 - A_1^2)$",
             ("A1", "Z2"): r"$\delta A_1 = \delta Z_2\, W_2^\top$",
             ("Z2", "A2"): r"$\delta Z_2 = (A_2 - Y)\,/\,n$"}
    for above, below in zip(order[1:], order[2:]):
        arrow(ax, (x_value + 0.36, rows[below] + 0.05), (x_value + 0.36, rows[above] - 0.05), color=BACKWARD,
              linestyle="--", curve=0.35)
        if (above, below) in steps:
            label(ax, (x_gradient, (rows[above] + rows[below]) / 2), steps[above, below], ha="left",
                  color=BACKWARD)
    return figure


def dropout_network(rate_label: str = "0.5"):
    """A full network beside one thinned network of a training step, with dropped units crossed out."""
    figure, ax = canvas(5.0, 2.9)
    sizes = (3, 5, 5, 2)
    draw_network(ax, sizes, left=0.3, right=2.15, bottom=0.55, top=2.3, radius=0.12, arrows=False)
    label(ax, (1.22, 2.65), "full network", size=TITLE_PT)
    label(ax, (1.22, 0.2), "inference: every unit", color=NOTE)
    dropped = [(1, 1), (1, 3), (1, 4), (2, 0), (2, 2)]
    draw_network(ax, sizes, left=2.85, right=4.7, bottom=0.55, top=2.3, radius=0.12, dropped=dropped,
                 arrows=False)
    label(ax, (3.77, 2.65), "one training step", size=TITLE_PT)
    label(ax, (3.77, 0.2), f"rate {rate_label}: a random thinned net", color=NOTE)
    return figure


def normalization_axes(examples: int = 6, features: int = 5):
    """A batch as a grid (examples x features): batch norm pools a column, layer norm a row."""
    figure, ax = canvas(5.0, 3.4)
    cell, top = 0.3, 2.55
    width, height = features * cell, examples * cell
    panels = ((0.6, "batch normalization", "one mean and variance\nper feature, over the batch"),
              (3.1, "layer normalization", "one mean and variance\nper example, over its features"))
    for panel, (left, title, note) in enumerate(panels):
        for i in range(examples):
            for j in range(features):
                chosen = (j == 1) if panel == 0 else (i == 2)
                ax.add_patch(Rectangle((left + j * cell, top - (i + 1) * cell), cell, cell,
                                       facecolor=FILL["highlight"] if chosen else FILL["plain"], edgecolor=INK,
                                       linewidth=0.8, zorder=2))
        label(ax, (left + width / 2, 3.2), title, size=TITLE_PT)
        label(ax, (left + width / 2, top + 0.2), "features →", color=NOTE)
        label(ax, (left - 0.2, top - height / 2), "examples", rotation=90, color=NOTE)
        label(ax, (left + width / 2, top - height - 0.15), note, color=NOTE, va="top", linespacing=1.15)
        if panel == 0:
            x = left + 1.5 * cell
            arrow(ax, (x, top + 0.02), (x, top - height - 0.02), color=BACKWARD, linewidth=1.6, zorder=4)
        else:
            y = top - 2.5 * cell
            arrow(ax, (left - 0.02, y), (left + width + 0.02, y), color=BACKWARD, linewidth=1.6, zorder=4)
    return figure
