"""The course's registry, read from where it is written: the chapters from ``_toc.yml``, the
exercises from ``solutions/`` (each ``aNN_<chapter>/aNN_<chapter>.ipynb``)."""

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


def chapters(root: str | Path) -> list[str]:
    """The chapter folders of ``book/``, in reading order: those whose index page the table of contents lists."""
    return [name.split("/")[1] for name in toc_files(root) if name.startswith("book/") and name.endswith("/index")]


def exercises(root: str | Path) -> list[str]:
    """The assignments of ``solutions/``, in order (``a01_ann``, ...)."""
    folder = Path(root) / "solutions"
    return sorted(path.name for path in folder.iterdir() if (path / f"{path.name}.ipynb").is_file())


def chapter_exercises(root: str | Path) -> dict[str, str]:
    """Chapter folder -> its assignment, matched by name (``a01_ann`` belongs to ``book/ann``)."""
    by_chapter = {name.split("_", 1)[1]: name for name in exercises(root)}
    return {chapter: by_chapter[chapter] for chapter in chapters(root) if chapter in by_chapter}
