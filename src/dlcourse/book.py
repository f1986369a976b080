"""Reading the book's own configuration: which pages the table of contents lists."""

from __future__ import annotations

from pathlib import Path

import yaml


def toc_files(root: str | Path) -> list[str]:
    """Every file named in ``root/_toc.yml``, root page first, in reading order (no suffix)."""
    toc = yaml.safe_load((Path(root) / "_toc.yml").read_text())
    files = [toc["root"]]

    def walk(entries):
        for entry in entries:
            if "file" in entry:
                files.append(entry["file"])
            walk(entry.get("sections", []))
            walk(entry.get("chapters", []))

    walk(toc.get("parts", []))
    walk(toc.get("chapters", []))
    return files


def toc_notebooks(root: str | Path) -> list[Path]:
    """The notebooks among the table of contents' files, in reading order."""
    root = Path(root)
    return [root / f"{name}.ipynb" for name in toc_files(root) if (root / f"{name}.ipynb").exists()]
