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


def execution_settings(root: str | Path) -> dict:
    """The book's ``execute:`` settings from ``_config.yml`` that an execution needs: its cache
    folder (jupyter-book's default ``_build/.jupyter_cache`` unless set), cell timeout, allow_errors
    and run_in_temp (jupyter-book's defaults where unset)."""
    root = Path(root)
    execute = yaml.safe_load((root / "_config.yml").read_text()).get("execute", {})
    cache = execute.get("cache") or root / "_build" / ".jupyter_cache"
    return {
        "cache": Path(root, cache),
        "timeout": execute.get("timeout", 30),
        "allow_errors": execute.get("allow_errors", False),
        "run_in_temp": execute.get("run_in_temp", False),
    }


def _execute_one(path: Path, timeout: int, allow_errors: bool, run_in_temp: bool):
    """Run one notebook as the book's build does (MyST-NB's cache mode): in its folder, or a temporary one."""
    import tempfile
    from contextlib import nullcontext

    import nbformat
    from jupyter_cache.executors.utils import single_nb_execution

    notebook = nbformat.read(path, as_version=4)
    with tempfile.TemporaryDirectory() if run_in_temp else nullcontext(str(path.parent)) as cwd:
        result = single_nb_execution(notebook, cwd=cwd, timeout=timeout, allow_errors=allow_errors, meta_override=True)
    return result.nb, result.time, result.exc_string if result.err is not None else None


def execute_into_cache(root: str | Path, notebooks: list[Path], workers: int, cache: str | Path | None = None) -> int:
    """Execute the notebooks that the book's execution cache lacks, ``workers`` at a time, and
    cache each run as the build itself would, so that the build (``execute_notebooks: cache``)
    only reads them. Each notebook runs alone in its own kernel and folder; only several run at
    once. Prints each notebook's time; returns the number of notebooks that failed (their
    tracebacks printed), which are left out of the cache."""
    import concurrent.futures
    import multiprocessing
    import time

    import nbformat
    from jupyter_cache import get_cache
    from jupyter_cache.base import CacheBundleIn

    settings = execution_settings(root)
    cache = get_cache(str(cache or settings["cache"]))
    missing = []
    for path in notebooks:
        try:
            cache.match_cache_notebook(nbformat.read(path, as_version=4))
        except KeyError:
            missing.append(path)
    already = len(notebooks) - len(missing)
    print(
        f"{already} of {len(notebooks)} notebooks already executed in the cache"
        + (f"; executing {len(missing)}, {workers} at a time" if missing else ""),
        flush=True,
    )
    started, failed = time.perf_counter(), 0
    context = multiprocessing.get_context("spawn")
    with concurrent.futures.ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        runs = {
            pool.submit(
                _execute_one, path, *(settings[key] for key in ("timeout", "allow_errors", "run_in_temp"))
            ): path
            for path in missing
        }
        for run in concurrent.futures.as_completed(runs):
            path = runs[run]
            name = path.relative_to(root) if path.is_relative_to(root) else path
            notebook, seconds, error = run.result()
            if error is not None:
                failed += 1
                print(f"FAILED {name} after {seconds:.1f} s:\n{error}", flush=True)
                continue
            bundle = CacheBundleIn(notebook, str(path), data={"execution_seconds": seconds})
            cache.cache_notebook_bundle(bundle, check_validity=False, overwrite=True)
            print(f"executed {name} in {seconds:.1f} s", flush=True)
    print(f"{len(missing) - failed} notebooks executed in {time.perf_counter() - started:.0f} s", flush=True)
    return failed
