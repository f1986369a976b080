"""A Sphinx extension for the book: each page loads each script and stylesheet once.

sphinx-thebe registers its configuration script again on every read of the environment, and
myst-nb the widget script for every page, so pages can carry the same ``<script>`` twice. A
second ``const THEBE_JS_URL = ...`` is a JavaScript SyntaxError, and a second widget script draws
every widget twice. Loaded by ``_config.yml`` (``sphinx.extra_extensions``).
"""

from __future__ import annotations


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


def setup(app):
    app.connect("html-page-context", deduplicate, priority=900)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
