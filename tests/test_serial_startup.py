"""Start-up of a build without its avoidable costs (issue 10): the table schemas are built
without pandera importing dask, and are the very schemas pandera builds with dask there."""
from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _python(code: str) -> str:
    result = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], cwd=ROOT, capture_output=True,
                            text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    return result.stdout


# Everything the models are turned into: each schema's full description, and the codebook.
_DESCRIBE_SCHEMAS = """
    import schemas
    for name, model in schemas.TABLES.items():
        print(name, repr(model.to_schema()))
        for column_name, column in model.to_schema().columns.items():
            print(column_name, column.dtype, column.nullable, column.unique, column.description,
                  [(check.name, check.statistics) for check in column.checks])
        print([(check.name, check.description) for check in model.to_schema().checks])
    print(schemas.codebook_markdown())
"""


def test_the_schemas_are_built_without_importing_dask():
    pytest.importorskip("dask")
    loaded = _python("""
        import sys
        import schemas
        schemas.validate_table("articles", [])
        schemas.codebook_markdown()
        print("dask" in sys.modules, "dask.dataframe" in sys.modules)
    """)
    assert loaded.split() == ["False", "False"]


def test_the_schemas_are_those_pandera_builds_with_dask_imported():
    pytest.importorskip("dask")
    by_definition = _python("import dask.dataframe\n" + textwrap.dedent(_DESCRIBE_SCHEMAS))
    assert _python(_DESCRIBE_SCHEMAS) == by_definition


def test_pandera_still_knows_dask_after_the_schemas_are_built():
    """Hiding dask while the schemas are built must not leave pandera believing it absent."""
    pytest.importorskip("dask")
    known = _python("""
        import schemas, pandera.typing
        schemas.codebook_markdown()
        import pandera.typing.dask
        print(pandera.typing.dask.DASK_INSTALLED, pandera.typing.dask.Series in pandera.typing.get_series_types())
    """)
    assert known.split() == ["True", "True"]


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


def test_schemas_built_in_several_threads_at_once_are_the_same():
    """pandera keeps a schema per thread: threads building theirs together (each hiding dask
    for a moment) get what one thread gets, and leave pandera knowing dask."""
    pytest.importorskip("dask")
    out = _python("""
        import sys, threading
        import schemas, pandera.typing
        from schemas._base import table_schema
        results = {}
        def build(i):
            results[i] = [repr(table_schema(model)) for model in schemas.TABLES.values()]
        threads = [threading.Thread(target=build, args=(i,)) for i in range(6)]
        for thread in threads: thread.start()
        for thread in threads: thread.join()
        same = all(results[i] == results[0] for i in results) and len(results) == 6
        import pandera.typing.dask
        print(same, "dask" in sys.modules, pandera.typing.dask.DASK_INSTALLED)
    """)
    assert out.split() == ["True", "True", "True"]
