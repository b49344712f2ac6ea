"""Run notebooks/explore.ipynb top to bottom against a build, headless; keep an executed copy.

    python notebooks/execute.py [DATA_DIR] [OUT.ipynb]      (defaults: data, DATA_DIR/explore.ipynb)

Used by `make notebook` and by tests/test_notebook.py. Exits non-zero, naming the cell,
when a cell fails.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient

NOTEBOOK = Path(__file__).resolve().parent / "explore.ipynb"


def execute_notebook(data_dir: str | Path, timeout: int = 180) -> nbformat.NotebookNode:
    """The notebook executed against `data_dir` (passed as ZONE_MEASURES_DATA), outputs included."""
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    previous = os.environ.get("ZONE_MEASURES_DATA")
    os.environ["ZONE_MEASURES_DATA"] = str(Path(data_dir).resolve())  # the kernel inherits it
    try:
        client = NotebookClient(notebook, timeout=timeout, kernel_name="python3",
                                resources={"metadata": {"path": str(NOTEBOOK.parent)}})
        client.execute()
    finally:
        if previous is None:
            os.environ.pop("ZONE_MEASURES_DATA", None)
        else:
            os.environ["ZONE_MEASURES_DATA"] = previous
    return notebook


def main(argv: list[str]) -> int:
    data = Path(argv[0]) if argv else Path("data")
    out = Path(argv[1]) if len(argv) > 1 else data / "explore.ipynb"
    notebook = execute_notebook(data)
    nbformat.write(notebook, out)
    print(f"notebook: {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
