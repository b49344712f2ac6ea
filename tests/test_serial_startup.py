"""Start-up of a build without its avoidable costs (issue 10): rows that pass are validated
without loading pandera's validation backends."""
from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _python(code: str) -> str:
    result = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], cwd=ROOT, capture_output=True,
                            text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_validating_rows_that_pass_imports_no_validation_backend():
    """Rows that pass every check are validated without pandera's validation backends, whose
    import brings hypothesis (for pandera's data synthesis): 0.1 s of every build's start-up."""
    loaded = _python("""
        import sys
        from pathlib import Path
        from pipeline.assemble import assemble
        from pipeline.engine import run
        from pipeline.ingest import scan_inputs
        tables = assemble(run(scan_inputs([Path("seeds")]), engine="local", workers=1))
        assert len(tables["measures"]) > 0
        print("hypothesis" in sys.modules, "pandera.backends.pandas.builtin_checks" in sys.modules)
    """)
    assert loaded.split() == ["False", "False"]


def test_validating_rows_imports_no_dask():
    """pandera's model typing would import dask.dataframe (and jinja2) to recognise dask
    annotations that no model uses: 0.4-1 s of every build's start-up. The dask engine
    still finds dask.dataframe importable afterwards."""
    loaded = _python("""
        import sys
        from pathlib import Path
        from pipeline.assemble import assemble
        from pipeline.engine import run
        from pipeline.ingest import scan_inputs
        tables = assemble(run(scan_inputs([Path("seeds")]), engine="local", workers=1))
        assert len(tables["measures"]) > 0
        print("dask" in sys.modules, "dask.dataframe" in sys.modules)
        import dask.dataframe
        print(dask.dataframe.DataFrame.__name__)
    """)
    assert loaded.split() == ["False", "False", "DataFrame"]
