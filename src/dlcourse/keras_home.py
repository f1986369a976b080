"""Make a writable Keras cache (``KERAS_HOME``) out of a pre-filled, possibly read-only one.

Keras ignores a ``KERAS_HOME`` it cannot write to and falls back to downloading, so a
read-only classroom or exam-hall cache must be linked into a writable folder first.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path


def prepare_keras_home(source: str | os.PathLike, target: str | os.PathLike) -> Path:
    """Fill ``target`` with links to every entry of ``source`` and return it.

    Sub-folders (``datasets/``, ``models/``) are recreated as real, writable folders whose
    files are symbolic links, so Keras can add files it lacks next to the cached ones.
    ``keras.json`` is copied, so Keras never needs to write one.
    """
    source, target = Path(source).resolve(), Path(target)
    if not source.is_dir():
        raise FileNotFoundError(f"No Keras cache at {source}")
    target.mkdir(parents=True, exist_ok=True)
    for entry in sorted(source.iterdir()):
        destination = target / entry.name
        if entry.is_dir():
            _link_tree(entry, destination)
        elif entry.name == "keras.json":
            shutil.copyfile(entry, destination)
        elif not destination.exists():
            destination.symlink_to(entry)
    if not os.access(target, os.W_OK):
        raise PermissionError(f"{target} is not writable; Keras would ignore it")
    return target


def _link_tree(source: Path, target: Path) -> None:
    target.mkdir(parents=True, exist_ok=True)
    for entry in sorted(source.iterdir()):
        destination = target / entry.name
        if entry.is_dir():
            _link_tree(entry, destination)
        elif not destination.exists():
            destination.symlink_to(entry)
