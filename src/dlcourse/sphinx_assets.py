"""A Sphinx extension for the book: each page loads each script and stylesheet once, says what it
is about, and its bibliography is labelled by author and year, as the chapters cite it.

sphinx-thebe registers its configuration script again on every read of the environment, and
myst-nb the widget script for every page, so pages can carry the same ``<script>`` twice. A
second ``const THEBE_JS_URL = ...`` is a JavaScript SyntaxError, and a second widget script draws
every widget twice. Loaded by ``_config.yml`` (``sphinx.extra_extensions``).

A figure stays readable on a phone: each notebook figure's PNG carries its readable width (the
width at which its smallest text is 9 px, ``dlcourse.plots.readable``); its image gets the class
``dl-readable-<width>`` and the page a rule giving it that minimum width, so a narrower screen
shows it that wide in a box the reader pans, while the page itself never scrolls sideways.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from sphinx.util import logging

logger = logging.getLogger(__name__)

DESCRIPTION_CHARACTERS = 160  # what search engines show of a page's description
READABLE_CLASS = "dl-readable-"  # + the figure's readable width in CSS pixels


def _key(asset) -> tuple:
    attributes = getattr(asset, "attributes", {}) or {}
    filename = getattr(asset, "filename", str(asset)) or ""  # an inline script: None or ""
    return (str(filename), tuple(sorted((k, str(v)) for k, v in attributes.items())))


def deduplicate(app, pagename, templatename, context, doctree) -> None:
    for name in ("script_files", "css_files"):
        assets = context.get(name)
        if not assets:
            continue
        seen, kept = set(), []
        for asset in assets:
            key = _key(asset)
            if key not in seen:
                seen.add(key)
                kept.append(asset)
        context[name] = kept


def _first_paragraph(doctree) -> str:
    from docutils import nodes

    for paragraph in doctree.findall(nodes.paragraph):
        if any(
            isinstance(parent, (nodes.Admonition, nodes.table, nodes.field_list)) for parent in _ancestors(paragraph)
        ):
            continue
        text = re.sub(r"\s+", " ", paragraph.astext()).strip()
        if len(text.split()) >= 8:
            return text
    return ""


def _ancestors(node):
    while node.parent is not None:
        node = node.parent
        yield node


def _shortened(text: str) -> str:
    if len(text) <= DESCRIPTION_CHARACTERS:
        return text
    cut = text[: DESCRIPTION_CHARACTERS - 1].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + "…"


def describe(app, pagename, templatename, context, doctree) -> None:
    """A meta description (the page's first paragraph), and a tab title without the book's name twice:
    the theme adds the book's name to every page's title, so the home page (titled with the book's
    name) is called Home in its tab."""
    text = _first_paragraph(doctree) if doctree is not None else ""
    description = _shortened(text or app.config.dlcourse_description)
    context["metatags"] = context.get("metatags", "") + (
        f'\n    <meta name="description" content="{html.escape(description, quote=True)}" />'
    )
    title = re.sub(r"<[^>]+>", "", context.get("title") or "")
    if html.unescape(title).strip() == html.unescape(context.get("docstitle") or "").strip():
        context["title"] = "Home"


def _author_year_style():
    """pybtex's unsrt style, sorted by author and year, with labels such as "Kingma and Ba, 2015"."""
    from pybtex.style.formatting.unsrt import Style
    from pybtex.style.labels import BaseLabelStyle

    def label(entry) -> str:
        people = entry.persons.get("author") or entry.persons.get("editor") or []
        names = [" ".join(person.last_names) for person in people] or [entry.fields.get("title", "Anonymous")]
        who = names[0] if len(names) == 1 else " and ".join(names) if len(names) == 2 else f"{names[0]} et al."
        return f"{who}, {entry.fields.get('year', 'n.d.')}"

    class AuthorYearLabels(BaseLabelStyle):
        def format_labels(self, sorted_entries):
            labels = [label(entry) for entry in sorted_entries]
            for index, text in enumerate(labels):
                twins = [i for i, other in enumerate(labels) if other == text]
                yield text if len(twins) == 1 else text + "abcdefghij"[twins.index(index)]

    class AuthorYearStyle(Style):
        default_label_style = AuthorYearLabels
        default_sorting_style = "author_year_title"

    return AuthorYearStyle


def mark_readable_figures(app, doctree, docname) -> None:
    """Give each figure whose PNG holds a readable width the class ``dl-readable-<width>``."""
    from docutils import nodes
    from PIL import Image

    from dlcourse.plots import READABLE_KEY

    for image in doctree.findall(nodes.image):
        uri = image.get("uri", "")
        if not uri.endswith(".png") or "://" in uri:
            continue
        path = Path(app.srcdir) / uri  # collected images: relative to the source
        try:
            with Image.open(path) as png:
                width = png.info.get(READABLE_KEY)
        except (OSError, ValueError) as error:
            logger.warning(f"cannot read the figure {path}: {error}", location=docname)
            continue
        if width is not None:
            image["classes"].append(f"{READABLE_CLASS}{int(width)}")


def readable_rules(app, pagename, templatename, context, doctree) -> None:
    """The page's rules for its ``dl-readable-<width>`` figures, in its head."""
    widths = sorted({int(width) for width in re.findall(rf"\b{READABLE_CLASS}(\d+)\b", context.get("body", ""))})
    if widths:
        rules = "".join(f"img.{READABLE_CLASS}{width}{{min-width:{width}px}}" for width in widths)
        context["metatags"] = context.get("metatags", "") + f"\n<style>{rules}</style>"


def setup(app):
    from pybtex.plugin import register_plugin

    register_plugin("pybtex.style.formatting", "dlcourse_author_year", _author_year_style())
    app.add_config_value("dlcourse_description", "", "html")
    app.connect("html-page-context", deduplicate, priority=900)
    app.connect("html-page-context", describe)
    app.connect("doctree-resolved", mark_readable_figures)
    app.connect("html-page-context", readable_rules)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
