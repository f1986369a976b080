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

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import matplotlib.pyplot as plt
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.patches import Circle, FancyArrowPatch, FancyBboxPatch, Rectangle

# --- Style --------------------------------------------------------------------------------

MAX_WIDTH_IN = 5.0  # the widest a figure may be, in inches
MIN_FONT_PT = 10.0  # the smallest text, in points
PHONE_WIDTH_PX = 340  # the width a phone gives a figure, in CSS pixels
ARTICLE_WIDTH_PX = 676  # the width a desktop page (1280 px window) gives a figure, in CSS pixels

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
    patch = Circle(xy, radius, facecolor=FILL[role], edgecolor=edgecolor, linewidth=1.2, linestyle=linestyle, zorder=3)
    ax.add_patch(patch)
    if text:
        label(ax, xy, text, size=size, zorder=4)
    return patch


def box(ax, xy, text="", width=0.8, height=0.4, role="plain", edgecolor=INK, linestyle="-", size=FONT_PT, rounded=True):
    """A box centred at ``xy`` with an optional label; returns the patch."""
    x, y = xy
    style = "round,pad=0,rounding_size=0.08" if rounded else "square,pad=0"
    patch = FancyBboxPatch(
        (x - width / 2, y - height / 2),
        width,
        height,
        boxstyle=style,
        facecolor=FILL[role],
        edgecolor=edgecolor,
        linewidth=1.2,
        linestyle=linestyle,
        zorder=3,
    )
    ax.add_patch(patch)
    if text:
        label(ax, xy, text, size=size, zorder=4)
    return patch


def arrow(
    ax,
    start,
    end,
    color=INK,
    linestyle="-",
    linewidth=1.2,
    head=True,
    patch_start=None,
    patch_end=None,
    curve=0.0,
    zorder=2,
):
    """An arrow from ``start`` to ``end`` (points in inches), clipped at the patches it joins.

    ``curve`` bends it (the ``rad`` of an arc; 0 is straight); ``head=False`` draws a plain line.
    """
    patch = FancyArrowPatch(
        start,
        end,
        arrowstyle="-|>" if head else "-",
        mutation_scale=11 if head else 1,
        color=color,
        linestyle=linestyle,
        linewidth=linewidth,
        patchA=patch_start,
        patchB=patch_end,
        shrinkA=1,
        shrinkB=1,
        connectionstyle=f"arc3,rad={curve}",
        zorder=zorder,
    )
    ax.add_patch(patch)
    return patch


def cross_out(ax, xy, size=0.12, color=BACKWARD, linewidth=1.6):
    """An x over a point, e.g. a unit that dropout switched off."""
    x, y = xy
    for sign in (-1, 1):
        ax.plot(
            [x - size, x + size],
            [y - sign * size, y + sign * size],
            color=color,
            linewidth=linewidth,
            solid_capstyle="round",
            zorder=5,
        )


@dataclass
class Network:
    """Where ``draw_network`` put each unit: ``units[layer][index]`` is a circle patch."""

    units: list[list[Circle]] = field(default_factory=list)

    def centre(self, layer: int, index: int):
        return self.units[layer][index].center


def draw_network(
    ax,
    layer_sizes: Sequence[int],
    left: float,
    right: float,
    bottom: float,
    top: float,
    radius=0.16,
    labels: Sequence[Sequence[str]] | None = None,
    roles: Sequence[str] | None = None,
    dropped: Iterable[tuple[int, int]] = (),
    arrows=True,
    spacing: float | None = None,
    size=FONT_PT,
):
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
            patch = node(
                ax,
                (x, y),
                text,
                radius=radius,
                role="off" if off else roles[layer],
                edgecolor=MUTED if off else INK,
                linestyle="--" if off else "-",
                size=size,
            )
            if off:
                cross_out(ax, (x, y), size=radius * 0.75)
            column.append(patch)
        network.units.append(column)
    for layer in range(layer_count - 1):
        for i, source in enumerate(network.units[layer]):
            for j, target in enumerate(network.units[layer + 1]):
                if (layer, i) in dropped or (layer + 1, j) in dropped:
                    continue
                arrow(
                    ax,
                    source.center,
                    target.center,
                    color=INK,
                    linewidth=0.8,
                    head=arrows,
                    patch_start=source,
                    patch_end=target,
                )
    return network


def drawn_texts(figure) -> list:
    """The figure's texts that a drawing shows: visible, not empty, and not on a hidden axis."""
    hidden = set()
    for ax in figure.findobj(Axes):
        if not ax.get_visible():
            hidden |= {id(text) for text in ax.findobj(plt.Text)}
        elif not ax.axison:  # ax.axis("off"): no ticks, tick labels or axis labels; titles stay
            hidden |= {id(text) for axis in (ax.xaxis, ax.yaxis) for text in axis.findobj(plt.Text)}
    return [
        text
        for text in figure.findobj(plt.Text)
        if text.get_visible() and text.get_text().strip() and id(text) not in hidden
    ]


def measure(figure, tight: bool = True) -> tuple[float | None, float]:
    """The figure's smallest drawn text in points (None if it has none) and the width of its
    saved image in inches: the tight bounding box plus Jupyter's 0.1-inch padding each side
    (``tight``), or the whole figure. Draws the figure once (tick labels exist only once drawn)."""
    if not hasattr(figure.canvas, "get_renderer"):
        FigureCanvasAgg(figure)  # a figure that plt.show() closed has lost its drawing canvas
    figure.canvas.draw()
    sizes = [text.get_fontsize() for text in drawn_texts(figure)]
    width_in = figure.get_tightbbox(figure.canvas.get_renderer()).width + 2 * 0.1 if tight else figure.get_figwidth()
    return min(sizes, default=None), width_in


def text_sizes_px(figure, display_width_px: float = PHONE_WIDTH_PX) -> list[float]:
    """The size, in pixels, of every drawn text when the figure is shown ``display_width_px`` wide.

    Jupyter saves a figure cropped to its tight bounding box (plus 0.1 inch of padding), so that is
    the width that the page scales to ``display_width_px`` (``measure``).
    """
    width_in = measure(figure)[1]
    return [text.get_fontsize() * display_width_px / (width_in * 72.0) for text in drawn_texts(figure)]


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


def mlp(
    layer_sizes: Sequence[int] = (2, 2, 1),
    labels: Sequence[Sequence[str]] | None = None,
    titles: Sequence[str] | None = None,
    notes: Sequence[str] | None = None,
    height: float = 2.6,
    radius: float = 0.26,
):
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
    values = {
        key: box(ax, (x_value, y), names[key], width=0.62, height=0.42, role=roles[key]) for key, y in rows.items()
    }
    operations = {
        "Z1": r"$\cdot W_1 + \mathbf{b}_1$",
        "A1": r"$\tanh$",
        "Z2": r"$\cdot W_2 + b_2$",
        "A2": r"$\sigma$",
        "L": "loss",
    }
    order = list(rows)
    for above, below in zip(order, order[1:]):
        arrow(ax, (x_value, rows[above]), (x_value, rows[below]), patch_start=values[above], patch_end=values[below])
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
            arrow(
                ax,
                (x_value - 0.31, y - 0.12),
                (x_parameter + 0.4, y - 0.12),
                color=BACKWARD,
                linestyle="--",
                curve=-0.25,
            )
    label(ax, (x_parameter, rows["L"] + 0.42), "targets", color=NOTE)
    # The backward pass: red arrows up the right side, each step's gradient beside it.
    steps = {
        ("Z1", "A1"): r"$\delta Z_1 = \delta A_1 \odot (1 - A_1^2)$",
        ("A1", "Z2"): r"$\delta A_1 = \delta Z_2\, W_2^\top$",
        ("Z2", "A2"): r"$\delta Z_2 = (A_2 - Y)\,/\,n$",
    }
    for above, below in zip(order[1:], order[2:]):
        arrow(
            ax,
            (x_value + 0.36, rows[below] + 0.05),
            (x_value + 0.36, rows[above] - 0.05),
            color=BACKWARD,
            linestyle="--",
            curve=0.35,
        )
        if (above, below) in steps:
            label(ax, (x_gradient, (rows[above] + rows[below]) / 2), steps[above, below], ha="left", color=BACKWARD)
    return figure


def dropout_network(rate_label: str = "0.5"):
    """A full network beside one thinned network of a training step, with dropped units crossed out."""
    figure, ax = canvas(5.0, 2.9)
    sizes = (3, 5, 5, 2)
    draw_network(ax, sizes, left=0.3, right=2.15, bottom=0.55, top=2.3, radius=0.12, arrows=False)
    label(ax, (1.22, 2.65), "full network", size=TITLE_PT)
    label(ax, (1.22, 0.2), "inference: every unit", color=NOTE)
    dropped = [(1, 1), (1, 3), (1, 4), (2, 0), (2, 2)]
    draw_network(ax, sizes, left=2.85, right=4.7, bottom=0.55, top=2.3, radius=0.12, dropped=dropped, arrows=False)
    label(ax, (3.77, 2.65), "one training step", size=TITLE_PT)
    label(ax, (3.77, 0.2), f"rate {rate_label}: a random thinned net", color=NOTE)
    return figure


def normalization_axes(examples: int = 6, features: int = 5):
    """A batch as a grid (examples x features): batch norm pools a column, layer norm a row."""
    figure, ax = canvas(5.0, 3.4)
    cell, top = 0.3, 2.55
    width, height = features * cell, examples * cell
    panels = (
        (0.6, "batch normalization", "one mean and variance\nper feature, over the batch"),
        (3.1, "layer normalization", "one mean and variance\nper example, over its features"),
    )
    for panel, (left, title, note) in enumerate(panels):
        for i in range(examples):
            for j in range(features):
                chosen = (j == 1) if panel == 0 else (i == 2)
                ax.add_patch(
                    Rectangle(
                        (left + j * cell, top - (i + 1) * cell),
                        cell,
                        cell,
                        facecolor=FILL["highlight"] if chosen else FILL["plain"],
                        edgecolor=INK,
                        linewidth=0.8,
                        zorder=2,
                    )
                )
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


# --- Figures of the CNN, transfer-learning, RNN and attention chapters -------------------------


def _grid(ax, left, bottom, rows, columns, cell, fills=None, texts=None, size=FONT_PT, linewidth=0.8):
    """A grid of square cells, row 0 on top; ``fills[i][j]`` is a FILL key, ``texts[i][j]`` a label."""
    for i in range(rows):
        for j in range(columns):
            role = fills[i][j] if fills else "plain"
            x, y = left + j * cell, bottom + (rows - 1 - i) * cell
            ax.add_patch(
                Rectangle((x, y), cell, cell, facecolor=FILL[role], edgecolor=INK, linewidth=linewidth, zorder=2)
            )
            if texts and texts[i][j] != "":
                label(ax, (x + cell / 2, y + cell / 2), str(texts[i][j]), size=size, zorder=4)


def _cell_corner(left, bottom, rows, cell, i, j):
    """The lower-left corner of cell (i, j) of a grid drawn by ``_grid``."""
    return left + j * cell, bottom + (rows - 1 - i) * cell


def _centre(patch):
    """The centre of a box drawn by ``box``."""
    return patch.get_x() + patch.get_width() / 2, patch.get_y() + patch.get_height() / 2


def _path(ax, points, head=True, color=INK, linewidth=1.2, linestyle="-"):
    """A polyline through ``points`` (inches), with an arrow head on its last segment."""
    xs, ys = zip(*points)
    if len(points) > 2:
        ax.plot(
            xs[:-1], ys[:-1], color=color, linewidth=linewidth, linestyle=linestyle, zorder=2, solid_capstyle="butt"
        )
    arrow(ax, points[-2], points[-1], color=color, linewidth=linewidth, linestyle=linestyle, head=head)


def convolution_window():
    """A 3x3 kernel on a 5x5 input padded with one ring of zeros, stride 2: a 3x3 output."""
    figure, ax = canvas(5.0, 3.1)
    cell, left, bottom, n = 0.3, 0.3, 0.55, 7
    fills = [["off" if i in (0, n - 1) or j in (0, n - 1) else "input" for j in range(n)] for i in range(n)]
    texts = [["0" if i in (0, n - 1) or j in (0, n - 1) else "" for j in range(n)] for i in range(n)]
    _grid(ax, left, bottom, n, n, cell, fills, texts)
    # The first two windows along the top row, stride 2 apart.
    for start, color, style in ((0, BACKWARD, "-"), (2, "#1f6fb2", "--")):
        x, y = _cell_corner(left, bottom, n, cell, 2, start)
        ax.add_patch(
            Rectangle((x, y), 3 * cell, 3 * cell, fill=False, edgecolor=color, linewidth=2.2, linestyle=style, zorder=5)
        )
    label(ax, (left + n * cell / 2, bottom + n * cell + 0.22), "input 5×5, padding 1", color=INK)
    label(ax, (left + n * cell / 2, 0.25), "grey ring: the zeros", color=NOTE)
    # The output map, its first two values coloured like their windows.
    out_left, out_bottom, out_cell = 3.45, 1.15, 0.36
    out_fills = [["hidden"] * 3 for _ in range(3)]
    _grid(ax, out_left, out_bottom, 3, 3, out_cell, out_fills)
    for j, color, style in ((0, BACKWARD, "-"), (1, "#1f6fb2", "--")):
        x, y = _cell_corner(out_left, out_bottom, 3, out_cell, 0, j)
        ax.add_patch(
            Rectangle((x, y), out_cell, out_cell, fill=False, edgecolor=color, linewidth=2.2, linestyle=style, zorder=5)
        )
    label(ax, (out_left + 1.5 * out_cell, out_bottom + 3 * out_cell + 0.22), "output 3×3")
    arrow(ax, (left + n * cell + 0.12, bottom + n * cell / 2), (out_left - 0.12, bottom + n * cell / 2))
    label(ax, ((left + n * cell + out_left) / 2, bottom + n * cell / 2 + 0.5), "3×3 kernel", color=NOTE)
    label(ax, ((left + n * cell + out_left) / 2, bottom + n * cell / 2 + 0.25), "stride 2", color=NOTE)
    label(ax, (out_left + 1.5 * out_cell, 0.75), r"$o = \lfloor (5 + 2 - 3)/2 \rfloor + 1 = 3$", color=INK)
    return figure


def pooling():
    """2x2 max pooling and 2x2 average pooling of the same 4x4 map, stride 2."""
    values = [[1, 3, 2, 0], [5, 2, 1, 1], [0, 1, 4, 6], [2, 2, 3, 2]]
    block_roles = [["input", "hidden"], ["output", "highlight"]]
    figure, ax = canvas(5.0, 2.5)
    cell, left, bottom = 0.38, 0.2, 0.3
    fills = [[block_roles[i // 2][j // 2] for j in range(4)] for i in range(4)]
    _grid(ax, left, bottom, 4, 4, cell, fills, values)
    label(ax, (left + 2 * cell, bottom + 4 * cell + 0.22), "feature map 4×4")
    out_cell = 0.44
    for panel_left, title, take_max in ((2.6, "max", True), (3.95, "average", False)):
        out = [[0, 0], [0, 0]]
        for bi in range(2):
            for bj in range(2):
                block = [values[2 * bi + a][2 * bj + b] for a in range(2) for b in range(2)]
                out[bi][bj] = max(block) if take_max else f"{sum(block) / 4:g}"
        _grid(ax, panel_left, bottom + cell, 2, 2, out_cell, block_roles, out)
        label(ax, (panel_left + out_cell, bottom + cell + 2 * out_cell + 0.22), title)
    label(ax, (3.3 + out_cell, bottom + 0.12), "each 2×2 block → one value", color=NOTE)
    arrow(ax, (left + 4 * cell + 0.1, bottom + 2 * cell), (2.5, bottom + 2 * cell))
    return figure


def residual_block():
    """A residual block: two 3x3 convolutions with batch normalization, and the identity added back."""
    figure, ax = canvas(5.0, 4.6)
    x_main, top = 2.0, 4.25
    steps = [
        ("$x$", "input", 0.5),
        ("3×3 conv", "operation", 1.3),
        ("BatchNorm", "operation", 1.3),
        ("ReLU", "hidden", 1.3),
        ("3×3 conv", "operation", 1.3),
        ("BatchNorm", "operation", 1.3),
    ]
    patches, y = [], top
    for text, role, width in steps:
        patches.append(box(ax, (x_main, y), text, width=width, height=0.36, role=role))
        y -= 0.55
    add = node(ax, (x_main, y - 0.02), "+", radius=0.2, role="highlight", size=14)
    relu = box(ax, (x_main, y - 0.62), "ReLU", width=1.3, height=0.36, role="hidden")
    label(ax, (x_main, y - 1.18), r"$y = \mathrm{ReLU}(F(x) + x)$")
    for above, below in zip(patches, patches[1:]):
        arrow(ax, _centre(above), _centre(below), patch_start=above, patch_end=below)
    arrow(ax, _centre(patches[-1]), add.center, patch_start=patches[-1], patch_end=add)
    arrow(ax, add.center, _centre(relu), patch_start=add, patch_end=relu)
    # The shortcut: from x around the right side into the addition.
    x_skip = x_main + 1.35
    ax.plot([x_main + 0.25, x_skip, x_skip], [top, top, y - 0.02], color=INK, linewidth=1.6, zorder=2)
    arrow(ax, (x_skip, y - 0.02), (x_main + 0.2, y - 0.02), linewidth=1.6)
    label(ax, (x_skip + 0.1, (top + y) / 2 + 0.25), "shortcut:", ha="left", color=NOTE)
    label(ax, (x_skip + 0.1, (top + y) / 2), "identity", ha="left", color=INK)
    label(ax, (x_skip + 0.1, (top + y) / 2 - 0.3), "(1×1 conv if", ha="left", color=NOTE)
    label(ax, (x_skip + 0.1, (top + y) / 2 - 0.55), "the shape changes)", ha="left", color=NOTE)
    # The residual branch F(x), bracketed on the left.
    bracket_top, bracket_bottom = top - 0.55 + 0.2, top - 5 * 0.55 - 0.2
    ax.plot(
        [0.95, 0.85, 0.85, 0.95], [bracket_top, bracket_top, bracket_bottom, bracket_bottom], color=NOTE, linewidth=1.2
    )
    label(ax, (0.72, (bracket_top + bracket_bottom) / 2), "$F(x)$", ha="right")
    return figure


def lstm_cell():
    """The LSTM cell: the cell state runs along the top, changed only by the forget and input gates."""
    figure, ax = canvas(5.0, 3.3)
    top, gates_y, bus = 2.75, 1.35, 0.55
    gates = {
        "f": (1.05, r"$\sigma$", "output"),
        "i": (1.75, r"$\sigma$", "input"),
        "g": (2.45, "tanh", "hidden"),
        "o": (3.25, r"$\sigma$", "parameter"),
    }
    # The cell state: c_{t-1} -> forget x -> + -> c_t.
    forget = node(ax, (gates["f"][0], top), "×", radius=0.16, size=12)
    write = node(ax, (2.1, top), "+", radius=0.16, size=12)
    _path(ax, [(0.15, top), (gates["f"][0] - 0.16, top)])
    _path(ax, [(gates["f"][0] + 0.16, top), (2.1 - 0.16, top)])
    _path(ax, [(2.1 + 0.16, top), (4.85, top)])
    label(ax, (0.15, top + 0.22), "$c_{t-1}$", ha="left")
    label(ax, (4.85, top + 0.22), "$c_t$", ha="right")
    # h_{t-1} and x_t join on a bus that feeds the four gates.
    _path(ax, [(0.15, bus), (3.25, bus)], head=False)
    _path(ax, [(0.6, 0.05), (0.6, bus)], head=False)
    label(ax, (0.15, bus + 0.2), "$h_{t-1}$", ha="left")
    label(ax, (0.75, 0.12), "$x_t$", ha="left")
    boxes = {}
    for name, (x, text, role) in gates.items():
        boxes[name] = box(ax, (x, gates_y), text, width=0.5, height=0.36, role=role)
        _path(ax, [(x, bus), (x, gates_y - 0.18)])
        label(ax, (x + 0.3, gates_y - 0.38), f"${name}_t$", ha="left", color=NOTE)
    _path(ax, [(gates["f"][0], gates_y + 0.18), (gates["f"][0], top - 0.16)])
    # Input gate times candidate, added to the cell state.
    product = node(ax, (2.1, 2.05), "×", radius=0.16, size=12)
    _path(ax, [(gates["i"][0], gates_y + 0.18), (gates["i"][0], 2.05), (2.1 - 0.16, 2.05)])
    _path(ax, [(gates["g"][0], gates_y + 0.18), (gates["g"][0], 2.05), (2.1 + 0.16, 2.05)])
    _path(ax, [(2.1, 2.05 + 0.16), (2.1, top - 0.16)])
    # The output reads the cell state through tanh and the output gate.
    squash = box(ax, (4.05, 2.05), "tanh", width=0.5, height=0.34, role="hidden")
    _path(ax, [(4.05, top), (4.05, 2.05 + 0.17)])
    show = node(ax, (4.05, gates_y), "×", radius=0.16, size=12)
    _path(ax, [(4.05, 2.05 - 0.17), (4.05, gates_y + 0.16)])
    _path(ax, [(gates["o"][0] + 0.25, gates_y), (4.05 - 0.16, gates_y)])
    _path(ax, [(4.05 + 0.16, gates_y), (4.85, gates_y)])
    label(ax, (4.85, gates_y + 0.22), "$h_t$", ha="right")
    label(ax, (gates["f"][0] - 0.35, 2.05), "forget", color="#b45f06", ha="right")
    label(ax, (2.1 + 0.22, 2.42), "write", color="#38761d", ha="left")
    label(ax, (3.55, 1.78), "read", color="#674ea7", ha="left")
    return figure


def gru_cell():
    """The GRU cell: the update gate z mixes the old state and a candidate; the reset gate r feeds the candidate."""
    figure, ax = canvas(5.0, 3.3)
    top, gates_y, bus = 2.75, 1.3, 0.5
    keep = node(ax, (1.2, top), "×", radius=0.16, size=12)
    mix = node(ax, (3.6, top), "+", radius=0.16, size=12)
    _path(ax, [(0.15, top), (1.2 - 0.16, top)])
    _path(ax, [(1.2 + 0.16, top), (3.6 - 0.16, top)])
    _path(ax, [(3.6 + 0.16, top), (4.85, top)])
    label(ax, (0.15, top + 0.22), "$h_{t-1}$", ha="left")
    label(ax, (4.85, top + 0.22), "$h_t$", ha="right")
    # h_{t-1} also goes down to the bus, where it meets x_t.
    _path(ax, [(0.45, top), (0.45, bus), (2.75, bus)], head=False)
    _path(ax, [(0.75, 0.05), (0.75, bus)], head=False)
    label(ax, (0.9, 0.12), "$x_t$", ha="left")
    update = box(ax, (1.2, gates_y), r"$\sigma$", width=0.5, height=0.36, role="output")
    reset = box(ax, (2.0, gates_y), r"$\sigma$", width=0.5, height=0.36, role="input")
    candidate = box(ax, (3.6, gates_y), "tanh", width=0.55, height=0.36, role="hidden")
    label(ax, (1.2 - 0.3, gates_y - 0.38), "$z_t$", ha="right", color=NOTE)
    label(ax, (2.0 + 0.3, gates_y - 0.38), "$r_t$", ha="left", color=NOTE)
    label(ax, (3.6 + 0.32, gates_y - 0.38), r"$\tilde h_t$", ha="left", color=NOTE)
    for x in (1.2, 2.0):
        _path(ax, [(x, bus), (x, gates_y - 0.18)])
    # The reset gate scales h_{t-1} on its way into the candidate; x_t enters it directly.
    gate_old = node(ax, (2.75, gates_y), "×", radius=0.16, size=12)
    _path(ax, [(2.0 + 0.25, gates_y), (2.75 - 0.16, gates_y)])
    _path(ax, [(2.75, bus), (2.75, gates_y - 0.16)])
    _path(ax, [(2.75 + 0.16, gates_y), (3.6 - 0.275, gates_y)])
    _path(ax, [(0.75, bus - 0.2), (3.6, bus - 0.2), (3.6, gates_y - 0.18)])
    # z keeps the old state; 1 - z takes the candidate.
    _path(ax, [(1.2, gates_y + 0.18), (1.2, top - 0.16)])
    one_minus = box(ax, (2.4, 2.05), "1 −", width=0.5, height=0.32, role="operation")
    _path(ax, [(1.2, 2.05), (2.4 - 0.25, 2.05)])
    take = node(ax, (3.6, 2.05), "×", radius=0.16, size=12)
    _path(ax, [(2.4 + 0.25, 2.05), (3.6 - 0.16, 2.05)])
    _path(ax, [(3.6, gates_y + 0.18), (3.6, 2.05 - 0.16)])
    _path(ax, [(3.6, 2.05 + 0.16), (3.6, top - 0.16)])
    label(ax, (1.0, 2.05), "keep", color="#b45f06", ha="right")
    label(ax, (3.8, 2.05), "write", color="#38761d", ha="left")
    return figure


def attention_lookup():
    """Attention for one query: scores against the keys, softmax weights, weighted average of the values."""
    figure, ax = canvas(5.0, 3.2)
    rows = [2.35, 1.75, 1.15, 0.55]
    weights = [0.62, 0.05, 0.03, 0.30]
    query = box(ax, (0.4, 1.45), "$q$", width=0.5, height=0.4, role="highlight")
    label(ax, (0.4, 1.95), "query", color=NOTE)
    output = box(ax, (4.55, 1.45), r"$\sum_j a_j v_j$", width=0.8, height=0.46, role="hidden")
    label(ax, (4.55, 0.95), "output", color=NOTE)
    for x, text in ((1.35, "keys"), (2.45, "weights $a_j$"), (3.55, "values")):
        label(ax, (x, 2.9), text)
    for j, (y, weight) in enumerate(zip(rows, weights)):
        key = box(ax, (1.35, y), f"$k_{j + 1}$", width=0.5, height=0.36, role="input")
        arrow(ax, _centre(query), (1.35, y), patch_start=query, patch_end=key, linewidth=0.9)
        arrow(ax, (1.6, y), (1.98, y), linewidth=0.9)
        # The weight a_j as a bar as long as the weight.
        ax.add_patch(
            Rectangle(
                (2.0, y - 0.12),
                0.95 * weight,
                0.24,
                facecolor=FILL["highlight"],
                edgecolor=INK,
                linewidth=0.8,
                zorder=3,
            )
        )
        label(ax, (2.0 + 0.95 * weight + 0.05, y), f"{weight:.2f}", ha="left", color=NOTE)
        value = box(ax, (3.55, y), f"$v_{j + 1}$", width=0.5, height=0.36, role="output")
        arrow(ax, (3.55, y), _centre(output), patch_start=value, patch_end=output, linewidth=0.4 + 3.0 * weight)
    label(ax, (2.5, 0.12), r"$a_j = \mathrm{softmax}_j(q \cdot k_j / \sqrt{d_k})$", color=INK)
    return figure


def transformer_block():
    """The post-norm Transformer encoder block: attention and a feed-forward network, each with Add & Norm."""
    figure, ax = canvas(5.0, 5.3)
    x = 2.2
    embed = box(
        ax, (x, 0.35), r"embeddings $\cdot \sqrt{d_\mathrm{model}}$ + positions", width=3.6, height=0.4, role="input"
    )
    ax.add_patch(
        FancyBboxPatch(
            (x - 1.55, 1.0),
            3.1,
            3.65,
            boxstyle="round,pad=0,rounding_size=0.12",
            facecolor="#fafafa",
            edgecolor=MUTED,
            linewidth=1.2,
            zorder=1,
        )
    )
    label(ax, (x + 1.65, 2.8), "× N", size=13, ha="left")
    attention = box(ax, (x, 1.65), "multi-head self-attention", width=2.6, height=0.44, role="highlight")
    norm1 = box(ax, (x, 2.4), "add & LayerNorm", width=2.2, height=0.36, role="operation")
    feed = box(ax, (x, 3.15), "feed-forward (per token)", width=2.6, height=0.44, role="hidden")
    norm2 = box(ax, (x, 3.9), "add & LayerNorm", width=2.2, height=0.36, role="operation")
    output = box(ax, (x, 5.0), "one vector per token", width=2.6, height=0.4, role="output")
    arrow(ax, (x, 0.55), (x, 1.43))
    arrow(ax, (x, 1.87), (x, 2.22))
    arrow(ax, (x, 2.58), (x, 2.93))
    arrow(ax, (x, 3.37), (x, 3.72))
    arrow(ax, (x, 4.08), (x, 4.8))
    # Q, K and V all come from the same input: three arrows into the attention.
    for dx in (-0.6, 0.6):
        _path(ax, [(x, 1.2), (x + dx, 1.2), (x + dx, 1.43)])
    label(ax, (x + 0.7, 1.2), "Q, K, V", ha="left", color=NOTE)
    # The residual connections, on the left.
    for start, end in ((1.2, 2.4), (2.7, 3.9)):
        _path(ax, [(x, start), (x - 1.4, start), (x - 1.4, end), (x - 1.1, end)], color=BACKWARD, linewidth=1.4)
    label(ax, (0.45, 3.3), "residual", color=BACKWARD, rotation=90)
    return figure


def transfer_learning():
    """A network pretrained on a source task, and its base reused, frozen, under a new head."""
    figure, ax = canvas(5.0, 3.7)
    ys = (0.95, 1.45, 1.95)
    for centre, title, note in (
        (1.25, "pretraining", "source task, much data"),
        (3.75, "transfer", "target task, little data"),
    ):
        frozen = centre > 2.5
        label(ax, (centre, 3.5), title, size=TITLE_PT)
        label(ax, (centre, 3.22), note, color=NOTE)
        for k, y in enumerate(ys):
            box(
                ax,
                (centre, y),
                f"conv block {k + 1}",
                width=1.5,
                height=0.36,
                role="off" if frozen else "hidden",
                edgecolor=MUTED if frozen else INK,
                linestyle="--" if frozen else "-",
            )
        for y0, y1 in zip(ys, ys[1:]):
            arrow(ax, (centre, y0 + 0.18), (centre, y1 - 0.18))
        box(ax, (centre, 0.35), "images", width=1.1, height=0.34, role="input")
        arrow(ax, (centre, 0.52), (centre, 0.77))
        head = box(
            ax,
            (centre, 2.6),
            "new head" if frozen else "old head",
            width=1.3,
            height=0.4,
            role="highlight" if frozen else "output",
        )
        arrow(ax, (centre, 2.13), (centre, 2.4))
        if not frozen:
            cross_out(ax, (centre, 2.6), size=0.15)
    # Brackets: the base on the left, the frozen base on the right.
    for x, tick, text, colour in ((0.38, 0.1, "base", INK), (4.62, -0.1, "frozen", NOTE)):
        ax.plot([x + tick, x, x, x + tick], [2.15, 2.15, 0.75, 0.75], color=colour, linewidth=1.2)
        label(ax, (x - 0.16 if tick > 0 else x + 0.16, 1.45), text, rotation=90, color=colour)
    arrow(ax, (2.05, 1.45), (2.95, 1.45), linewidth=1.6)
    label(ax, (2.5, 1.7), "copy", color=NOTE)
    label(ax, (2.5, 2.85), "replace", color=NOTE)
    arrow(ax, (1.95, 2.6), (3.05, 2.6), linestyle="--")
    return figure
