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


def test_a_build_does_not_import_pkg_resources():
    """jieba imports pkg_resources when it can (0.2 s a process, for the paths of its model
    files, which it also finds by itself): a build imports jieba without it, and segments the
    same way."""
    loaded = _python("""
        import sys
        from pathlib import Path
        from pipeline.engine import run
        from pipeline.ingest import scan_inputs
        results = run(scan_inputs([Path("seeds")]), engine="local", workers=1)
        assert sum(len(r["measures"]) for r in results) > 0
        print("jieba" in sys.modules, "pkg_resources" in sys.modules)
        from pipeline.clean import jieba_segmenter
        print("/".join(jieba_segmenter().cut("开发区复工复产率达到百分之九十")))
    """)
    assert loaded.split()[:2] == ["True", "False"]
    assert loaded.split()[2] == "开发区/复工/复产率/达到/百分之九十"  # as jieba cuts it with pkg_resources
