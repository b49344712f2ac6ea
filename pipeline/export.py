"""A build's Parquet tables -> the formats economists open: CSV, Stata .dta, SQLite.

Promise: `export_build(data_dir, out_dir, formats)` reads every table of a build and
writes, each file whole or not at all,
- `<table>.csv`: UTF-8 with a byte-order mark (Excel then reads the Chinese right),
  dates as YYYY-MM-DD, booleans as true/false, nulls empty;
- `<table>.dta`: Stata 14+ (format 118, Unicode), a variable label per column and value
  labels per categorical column taken from the schemas, dates as Stata dates, long text
  as strL;
- `zone_measures.sqlite`: every table, with primary keys, indexes on the join keys, and
  two more tables: `columns` (each column's type, meaning and allowed values) and
  `metadata` (the build's provenance), the way PUDL publishes SQLite beside Parquet.
Nothing is computed here: the values are the Parquet values.
"""
from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from collections.abc import Callable, Iterable
from pathlib import Path

import pandas as pd

import schemas
from pipeline import provenance

FORMATS = ("csv", "dta", "sqlite")
SQLITE_NAME = "zone_measures.sqlite"
STATA_LABEL_MAX = 80          # Stata's limit for variable and data labels
STATA_STR_MAX_BYTES = 2045    # longer strings must be strL
PRIMARY_KEYS = {
    "articles": "article_id",
    "measures": "measure_id",
    "policies": "policy_id",
    "zones": "zone_id",
    "zone_summary": "zone_id",
}
INDEXES = {
    "measures": ("article_id", "zone_id", "category"),
    "policies": ("article_id", "zone_id"),
    "quarantine": ("article_id",),
}


# --------------------------------------------------------------------------- reading


def read_table(data_dir: str | Path, name: str) -> pd.DataFrame:
    """One table of a build with the schema's dtypes (dates datetime64, categoricals category).

    A table the build does not have (an older build without `quarantine`) is empty.
    """
    path = Path(data_dir) / f"{name}.parquet"
    if not path.exists() and name == "quarantine":
        return schemas.coerce_table(name, [])
    frame = pd.read_parquet(path, to_pandas_kwargs={"date_as_object": False})
    return schemas.coerce_table(name, frame)


def read_build(data_dir: str | Path) -> tuple[dict[str, pd.DataFrame], dict[str, str]]:
    """Every table of a build, and its provenance metadata (from articles.parquet)."""
    tables = {name: read_table(data_dir, name) for name in schemas.TABLES}
    return tables, provenance.read_file_metadata(Path(data_dir) / "articles.parquet")


# --------------------------------------------------------------------------- writing


def _write_atomically(path: Path, write: Callable[[Path], None]) -> Path:
    """`write(temporary path)`, then rename onto `path`: a failed export leaves no half file."""
    temp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        write(temp)
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
        raise
    return path


def _columns(name: str) -> dict[str, object]:
    return schemas.TABLES[name].to_schema().columns


def _kinds(name: str) -> dict[str, str]:
    return schemas.column_kinds(name)


# --- CSV


def csv_frame(name: str, frame: pd.DataFrame) -> pd.DataFrame:
    """The table as text-friendly columns: ISO dates, true/false, nulls as missing."""
    out = frame.copy()
    for column, kind in _kinds(name).items():
        if kind == "date":
            out[column] = out[column].dt.strftime("%Y-%m-%d")
        elif kind == "bool":
            out[column] = out[column].map({True: "true", False: "false"})
    return out


def write_csv(name: str, frame: pd.DataFrame, out_dir: Path) -> Path:
    data = csv_frame(name, frame)
    return _write_atomically(
        out_dir / f"{name}.csv",
        lambda temp: data.to_csv(temp, index=False, encoding="utf-8-sig", lineterminator="\r\n"),
    )


# --- Stata


_PARENTHESES = re.compile(r"\s*\([^()]*\)")
_SENTENCE_END = re.compile(r"(?<!e\.g)(?<!i\.e)\.\s")


def stata_label(description: str, limit: int = STATA_LABEL_MAX) -> str:
    """A variable label from a schema description: its first sentence without examples in
    parentheses or backticks, at most `limit` characters (cut at a word, marked with …)."""
    text = " ".join(str(description).split())
    text = _PARENTHESES.sub("", _PARENTHESES.sub("", text))  # nested once at most
    text = _SENTENCE_END.split(text, maxsplit=1)[0].rstrip(".").replace("`", "").strip()
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut[limit // 2:]:
        cut = cut[: cut.rfind(" ")]
    return cut.rstrip(" ,;:") + "…"


def stata_frame(name: str, frame: pd.DataFrame) -> tuple[pd.DataFrame, dict, dict, list[str]]:
    """(frame Stata can hold, value labels for non-categorical columns, date formats, strL columns)."""
    out = frame.copy()
    value_labels: dict[str, dict[int, str]] = {}
    dates: dict[str, str] = {}
    strl: list[str] = []
    for column, kind in _kinds(name).items():
        if kind == "bool":
            out[column] = out[column].astype("int8")
            value_labels[column] = {0: "false", 1: "true"}
        elif kind == "Int64":
            out[column] = out[column].astype("float64")  # Stata's missing value for a null count
        elif kind == "date":
            dates[column] = "td"
        elif kind == "string":
            # Stata's missing string is "" (and pandas refuses a column that is all null).
            out[column] = out[column].astype(object).where(out[column].notna(), "")
            longest = max((len(s.encode("utf-8")) for s in out[column]), default=0)
            if longest > STATA_STR_MAX_BYTES:
                strl.append(column)
    return out, value_labels, dates, strl


def write_stata(name: str, frame: pd.DataFrame, out_dir: Path, version: str) -> Path:
    data, value_labels, dates, strl = stata_frame(name, frame)
    labels = {column: stata_label(spec.description or column) for column, spec in _columns(name).items()}
    title = stata_label(f"zone-measures {name} table, pipeline version {version}")

    def write(temp: Path) -> None:
        data.to_stata(temp, write_index=False, version=118, convert_dates=dates, variable_labels=labels,
                      data_label=title, convert_strl=strl, value_labels=value_labels or None)

    return _write_atomically(out_dir / f"{name}.dta", write)


# --- SQLite

_SQL_TYPES = {"string": "TEXT", "date": "DATE", "int64": "INTEGER", "Int64": "INTEGER", "float": "REAL",
              "bool": "BOOLEAN", "category": "TEXT"}


def _quote(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


def create_table_sql(name: str) -> str:
    """CREATE TABLE for one output table: declared types, NOT NULL, the allowed values of
    categoricals as CHECK constraints, the primary key."""
    parts = []
    for column, spec in _columns(name).items():
        kind = _kinds(name)[column]
        line = f"{_quote(column)} {_SQL_TYPES[kind]}"
        if not spec.nullable:
            line += " NOT NULL"
        if kind == "category":
            allowed = ", ".join("'" + v.replace("'", "''") + "'" for v in schemas.column_categories(name, column))
            line += f" CHECK ({_quote(column)} IN ({allowed}))"
        if PRIMARY_KEYS.get(name) == column:
            line += " PRIMARY KEY"
        parts.append(line)
    return f"CREATE TABLE {_quote(name)} (\n  " + ",\n  ".join(parts) + "\n)"


def _sql_rows(name: str, frame: pd.DataFrame) -> Iterable[tuple]:
    data = frame.astype(object).where(frame.notna(), None)
    kinds = _kinds(name)
    for column, kind in kinds.items():
        if kind == "date":
            data[column] = [None if v is None else pd.Timestamp(v).date().isoformat() for v in data[column]]
        elif kind == "bool":
            data[column] = [None if v is None else int(bool(v)) for v in data[column]]
        elif kind in ("int64", "Int64"):
            data[column] = [None if v is None else int(v) for v in data[column]]
        elif kind == "float":
            data[column] = [None if v is None else float(v) for v in data[column]]
        elif kind in ("string", "category"):
            data[column] = [None if v is None else str(v) for v in data[column]]
    return data.itertuples(index=False, name=None)


def _columns_rows() -> list[tuple]:
    rows = []
    for name in schemas.TABLES:
        for column, spec in _columns(name).items():
            kind = _kinds(name)[column]
            allowed = ", ".join(schemas.column_categories(name, column)) if kind == "category" else None
            rows.append((name, column, _SQL_TYPES[kind], int(bool(spec.nullable)),
                         " ".join((spec.description or "").split()), allowed))
    return rows


def write_sqlite(tables: dict[str, pd.DataFrame], origin: dict[str, str], out_dir: Path) -> Path:
    def write(temp: Path) -> None:
        with contextlib.closing(sqlite3.connect(temp)) as connection:
            with connection:
                for name, frame in tables.items():
                    connection.execute(create_table_sql(name))
                    marks = ", ".join("?" * len(frame.columns))
                    connection.executemany(f"INSERT INTO {_quote(name)} VALUES ({marks})", _sql_rows(name, frame))
                    for column in INDEXES.get(name, ()):
                        connection.execute(f"CREATE INDEX {_quote(f'{name}_{column}')} ON {_quote(name)} ({_quote(column)})")
                connection.execute('CREATE TABLE "columns" ("table" TEXT NOT NULL, "column" TEXT NOT NULL, '
                                   '"type" TEXT NOT NULL, "nullable" BOOLEAN NOT NULL, "description" TEXT, '
                                   '"allowed_values" TEXT, PRIMARY KEY ("table", "column"))')
                connection.executemany('INSERT INTO "columns" VALUES (?, ?, ?, ?, ?, ?)', _columns_rows())
                connection.execute('CREATE TABLE "metadata" ("key" TEXT PRIMARY KEY, "value" TEXT)')
                connection.executemany('INSERT INTO "metadata" VALUES (?, ?)', sorted(origin.items()))
            connection.execute("VACUUM")

    return _write_atomically(out_dir / SQLITE_NAME, write)


# --------------------------------------------------------------------------- entry point


def export_build(data_dir: str | Path, out_dir: str | Path, formats: Iterable[str] = FORMATS) -> list[Path]:
    """Export every table of the build in `data_dir` to `out_dir`. Returns the files written."""
    formats = list(formats)
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise ValueError(f"unknown export format(s) {unknown}: choose from {', '.join(FORMATS)}")
    tables, origin = read_build(data_dir)
    version = origin.get(provenance.VERSION_KEY, "unknown")
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    if "csv" in formats:
        written += [write_csv(name, frame, out_dir) for name, frame in tables.items()]
    if "dta" in formats:
        written += [write_stata(name, frame, out_dir, version) for name, frame in tables.items()]
    if "sqlite" in formats:
        written.append(write_sqlite(tables, origin, out_dir))
    return written
