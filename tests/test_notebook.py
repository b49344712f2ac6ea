"""notebooks/explore.ipynb runs top to bottom against a seeds build (nbclient), as a
reader would run it, and draws its charts."""
from __future__ import annotations

import importlib.util

import pytest

from .conftest import ROOT

pytest.importorskip("nbclient", reason="the dev extras install nbclient: pip install -e '.[dev]'")
pytest.importorskip("ipykernel", reason="the dev extras install ipykernel: pip install -e '.[dev]'")


def _execute_module():
    spec = importlib.util.spec_from_file_location("notebook_execute", ROOT / "notebooks" / "execute.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def executed(seeds_build):
    return _execute_module().execute_notebook(seeds_build)


def _outputs(notebook):
    return [output for cell in notebook.cells if cell.cell_type == "code" for output in cell.get("outputs", [])]


def test_every_cell_runs_without_error(executed):
    errors = [o for o in _outputs(executed) if o.output_type == "error"]
    assert errors == []
    assert all(cell.get("execution_count") for cell in executed.cells if cell.cell_type == "code")


def test_the_charts_are_drawn(executed):
    images = [o for o in _outputs(executed) if "image/png" in o.get("data", {})]
    assert len(images) >= 2  # return-to-work rates, credit per zone


def test_a_value_is_traced_to_its_sentence(executed):
    printed = "".join(o.get("text", "") for o in _outputs(executed) if o.output_type == "stream")
    assert "【34084万元】" in printed  # the largest amount of the seeds, in its context
    assert "rates with an as_of date" in printed


def test_the_notebook_is_committed_without_outputs():
    import nbformat

    notebook = nbformat.read(ROOT / "notebooks" / "explore.ipynb", as_version=4)
    assert not any(cell.get("outputs") for cell in notebook.cells if cell.cell_type == "code")
