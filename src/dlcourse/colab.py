"""What a bare Google Colab runtime already has, for the notebooks' Colab set-up cells.

`tools/colab_cells.py` writes the first code cell of each book notebook and each exercise's source
from these names and `_config.yml`; `tests/book/test_colab.py` checks every notebook's imports against them.
"""

import ast
import re
import shlex

# The top-level modules that a bare Colab runtime imports without installing anything. Kept
# short on purpose: a module left out costs one needless `pip install` in a notebook's set-up cell
# (unpinned, so pip finds it installed and changes nothing); a module listed wrongly breaks that
# notebook on Colab. statsmodels, for one, is not listed.
PREINSTALLED = frozenset(
    {
        "IPython",
        "PIL",
        "ipywidgets",
        "jax",
        "keras",
        "matplotlib",
        "numpy",
        "pandas",
        "requests",
        "scipy",
        "sklearn",
        "tensorflow",
        "yaml",
    }
)

# Top-level module -> the name pip installs it by, where the two differ.
PIP_NAMES = {
    "IPython": "ipython",
    "PIL": "pillow",
    "cv2": "opencv-python",
    "skimage": "scikit-image",
    "sklearn": "scikit-learn",
    "yaml": "pyyaml",
    "zmq": "pyzmq",
}


def pip_name(module: str) -> str:
    """The name pip installs the top-level ``module`` by."""
    return PIP_NAMES.get(module, module)


def normalized(name: str) -> str:
    """A distribution name as pip compares them (PEP 503)."""
    return re.sub(r"[-_.]+", "-", name).lower()


def top_level_imports(source: str) -> set[str]:
    """The top-level modules a code cell imports; lines of IPython magics and shell commands are dropped."""
    python = "\n".join(
        line[: len(line) - len(line.lstrip())] + "pass" if line.lstrip().startswith(("%", "!")) else line
        for line in source.splitlines()
    )
    modules = set()
    for node in ast.walk(ast.parse(python)):
        if isinstance(node, ast.Import):
            modules.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0:
            modules.add(node.module.split(".")[0])
    return modules


def pip_installs(source: str) -> list[str]:
    """The requirements of a cell's ``%pip install`` lines, as written (options dropped)."""
    found = []
    for line in source.splitlines():
        if line.strip().startswith("%pip install"):
            found.extend(word for word in shlex.split(line.strip())[2:] if not word.startswith("-"))
    return found
