"""The book's notebooks executed ahead of its build (`make book`, the tests' website build).

jupyter-book (``execute_notebooks: cache``) executes a notebook its cache lacks one after
another. ``execute_into_cache`` runs them first, several at a time, each in its own kernel and
folder as MyST-NB's cache mode would, and caches them the same way; the build then only reads them.
"""

from __future__ import annotations

from pathlib import Path

import yaml


def execution_settings(root: str | Path) -> dict:
    """The book's ``execute:`` settings from ``_config.yml`` that an execution needs, with
    jupyter-book's defaults where unset: mode (``execute_notebooks``), cache folder
    (``_build/.jupyter_cache``), exclude_patterns, cell timeout, allow_errors and run_in_temp."""
    root = Path(root)
    execute = yaml.safe_load((root / "_config.yml").read_text()).get("execute") or {}
    return {
        "mode": execute.get("execute_notebooks", "auto"),
        "cache": Path(root, execute.get("cache") or Path("_build", ".jupyter_cache")),
        "exclude_patterns": execute.get("exclude_patterns") or [],
        "timeout": execute.get("timeout", 30),
        "allow_errors": execute.get("allow_errors", False),
        "run_in_temp": execute.get("run_in_temp", False),
    }


def _execute_one(path: Path, timeout: int, allow_errors: bool, run_in_temp: bool):
    """Run one notebook as the book's build does (MyST-NB's cache mode): in its folder, or a
    temporary one. Returns the executed notebook, its seconds, the traceback of a failure (a
    failing cell, a timeout, a kernel that died) or None, and that of a kernel that failed to
    start, which is started once more, or None."""
    import tempfile
    import time
    import traceback
    from contextlib import nullcontext

    import nbformat
    from jupyter_cache.executors.utils import single_nb_execution
    from nbclient.exceptions import DeadKernelError

    started, start_failure = time.perf_counter(), None
    for attempt in (1, 2):
        notebook = nbformat.read(path, as_version=4)
        try:
            with tempfile.TemporaryDirectory() if run_in_temp else nullcontext(str(path.parent)) as cwd:
                result = single_nb_execution(
                    notebook, cwd=cwd, timeout=timeout, allow_errors=allow_errors, meta_override=True
                )
        except Exception as failure:
            # Failing cells and timeouts come back in ``result``; a kernel that died in a cell raises
            # DeadKernelError; anything else comes from starting the kernel.
            error = traceback.format_exc()
            if attempt == 1 and not isinstance(failure, DeadKernelError):
                start_failure = error
                continue
            return None, time.perf_counter() - started, error, start_failure
        return result.nb, result.time, result.exc_string if result.err is not None else None, start_failure


def execute_into_cache(root: str | Path, notebooks: list[Path], workers: int, cache: str | Path | None = None) -> int:
    """Execute the notebooks that the book's execution cache lacks, ``workers`` at a time, and
    cache each run as the build itself would (MyST-NB's cache mode), so that the build only reads
    them. Each notebook runs alone in its own kernel and folder; only several run at once.
    Notebooks the book excludes from execution are left alone, and nothing runs unless the book's
    mode is ``cache``. Prints each notebook's time; returns the number of notebooks that failed
    (their tracebacks printed), which are left out of the cache. On an interrupt, the notebooks
    not yet started are cancelled."""
    import concurrent.futures
    import multiprocessing
    import time
    from pathlib import PurePosixPath

    import nbformat
    from jupyter_cache import get_cache
    from jupyter_cache.base import CacheBundleIn

    settings = execution_settings(root)
    if settings["mode"] != "cache":
        print(f"execute_notebooks is {settings['mode']!r}, not 'cache': the build executes the notebooks itself")
        return 0
    cache = get_cache(str(cache or settings["cache"]))
    missing = []
    for path in notebooks:
        if any(PurePosixPath(Path(path).as_posix()).match(pattern) for pattern in settings["exclude_patterns"]):
            continue
        try:
            cache.match_cache_notebook(nbformat.read(path, as_version=4))
        except KeyError:
            missing.append(path)
    print(
        f"{len(notebooks) - len(missing)} of {len(notebooks)} notebooks executed already or excluded"
        + (f"; executing {len(missing)}, {workers} at a time" if missing else ""),
        flush=True,
    )
    started, failed = time.perf_counter(), 0
    pool = concurrent.futures.ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"))
    options = [settings[key] for key in ("timeout", "allow_errors", "run_in_temp")]
    try:
        runs = {pool.submit(_execute_one, path, *options): path for path in missing}
        for run in concurrent.futures.as_completed(runs):
            path = runs[run]
            name = path.relative_to(root) if path.is_relative_to(root) else path
            notebook, seconds, error, start_failure = run.result()
            if start_failure is not None:
                print(f"{name}: the kernel did not start, so it was started once more:\n{start_failure}", flush=True)
            if error is not None:
                failed += 1
                print(f"FAILED {name} after {seconds:.1f} s:\n{error}", flush=True)
                continue
            bundle = CacheBundleIn(notebook, str(path), data={"execution_seconds": seconds})
            cache.cache_notebook_bundle(bundle, check_validity=False, overwrite=True)
            print(f"executed {name} in {seconds:.1f} s", flush=True)
    except BaseException:
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    pool.shutdown()
    print(f"{len(missing) - failed} notebooks executed in {time.perf_counter() - started:.0f} s", flush=True)
    return failed
