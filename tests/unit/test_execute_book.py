"""`make book`'s first step: the notebooks executed into the build's execution cache, several at once."""

from __future__ import annotations

import nbformat
import pytest
from jupyter_cache import get_cache

from dlcourse.book_execution import execute_into_cache, execution_settings


def _notebook(path, *sources):
    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(source) for source in sources])
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(notebook, path)
    return path


@pytest.fixture
def book(tmp_path):
    (tmp_path / "_config.yml").write_text("execute:\n  execute_notebooks: cache\n  timeout: 60\n")
    (tmp_path / "chapter").mkdir()
    return tmp_path


def test_settings_follow_the_books_config(book):
    settings = execution_settings(book)
    assert settings == {
        "mode": "cache",
        "cache": book / "_build" / ".jupyter_cache",
        "exclude_patterns": [],
        "timeout": 60,
        "allow_errors": False,
        "run_in_temp": False,
    }, f"expected the config's mode and timeout beside jupyter-book's defaults, got {settings}"


def test_notebooks_are_cached_as_the_build_reads_them_and_not_run_twice(book, capsys):
    # Each notebook writes a file into its working folder: the build runs a notebook in its own folder.
    first = _notebook(book / "chapter" / "first.ipynb", "import os\nprint(os.getcwd())", "open('ran-first', 'w')")
    second = _notebook(book / "chapter" / "second.ipynb", "print(6 * 7)")
    failed = execute_into_cache(book, [first, second], workers=2)
    assert failed == 0, capsys.readouterr().out
    assert (book / "chapter" / "ran-first").exists(), "the notebook did not run in its own folder"

    cache = get_cache(str(book / "_build" / ".jupyter_cache"))
    for path, expected in ((first, str(book / "chapter")), (second, "42")):
        # What MyST-NB's cache mode does with the notebook it reads: match it, then merge the outputs.
        record = cache.match_cache_notebook(nbformat.read(path, as_version=4))
        assert record.data["execution_seconds"] > 0, f"no execution time recorded for {path.name}: {record.data}"
        _, merged = cache.merge_match_into_notebook(nbformat.read(path, as_version=4))
        text = merged.cells[0].outputs[0]["text"].strip()
        assert text == expected, f"{path.name}: expected the output {expected!r}, the cache holds {text!r}"

    capsys.readouterr()
    assert execute_into_cache(book, [first, second], workers=2) == 0
    out = capsys.readouterr().out
    assert "2 of 2 notebooks executed already" in out and "executed chapter" not in out, out

    # A changed code cell changes the notebook's hash: it runs again, and only it.
    _notebook(second, "print(6 * 9)")
    assert execute_into_cache(book, [first, second], workers=2) == 0
    out = capsys.readouterr().out
    assert "executed chapter/second.ipynb" in out and "executed chapter/first.ipynb" not in out, out
    _, merged = cache.merge_match_into_notebook(nbformat.read(second, as_version=4))
    assert merged.cells[0].outputs[0]["text"].strip() == "54", merged.cells[0].outputs


def test_excluded_notebooks_and_other_modes_run_nothing(book, capsys):
    notebook = _notebook(book / "chapter" / "slow.ipynb", "open('ran', 'w')")
    (book / "_config.yml").write_text("execute:\n  execute_notebooks: cache\n  exclude_patterns: ['chapter/slow*']\n")
    assert execute_into_cache(book, [notebook], workers=2) == 0
    (book / "_config.yml").write_text("execute:\n  execute_notebooks: force\n")
    assert execute_into_cache(book, [notebook], workers=2) == 0
    out = capsys.readouterr().out
    assert not (book / "chapter" / "ran").exists(), f"an excluded notebook ran, or one in 'force' mode:\n{out}"
    assert "1 of 1 notebooks executed already or excluded" in out and "'force'" in out, out


def test_a_failing_notebook_is_reported_and_left_out_of_the_cache(book, capsys):
    good = _notebook(book / "chapter" / "good.ipynb", "x = 1")
    bad = _notebook(book / "chapter" / "bad.ipynb", "raise ValueError('broken on purpose')")
    dead = _notebook(book / "chapter" / "dead.ipynb", "import os\nos._exit(1)")  # the kernel dies
    # A kernel that cannot start (no such kernel) is tried twice, then reported.
    unknown = _notebook(book / "chapter" / "unknown.ipynb", "x = 1")
    notebook = nbformat.read(unknown, as_version=4)
    notebook.metadata["kernelspec"]["name"] = "no-such-kernel"
    nbformat.write(notebook, unknown)
    assert execute_into_cache(book, [bad, dead, unknown, good], workers=2) == 3
    out = capsys.readouterr().out
    assert "FAILED chapter/bad.ipynb" in out and "broken on purpose" in out, out
    assert "FAILED chapter/dead.ipynb" in out and "DeadKernelError" in out, out
    assert "dead.ipynb: the kernel did not start" not in out, f"a kernel that died in a cell was started again:\n{out}"
    assert "unknown.ipynb: the kernel did not start" in out and "FAILED chapter/unknown.ipynb" in out, out
    assert "NoSuchKernel" in out, out
    cache = get_cache(str(book / "_build" / ".jupyter_cache"))
    cache.match_cache_notebook(nbformat.read(good, as_version=4))
    for path in (bad, dead, unknown):
        with pytest.raises(KeyError):
            cache.match_cache_notebook(nbformat.read(path, as_version=4))
