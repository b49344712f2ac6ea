"""Archives: inputs scanned without holding their bytes, read back where they are processed."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline import cache, cli, engine, ingest
from pipeline.cache import ResultCache
from pipeline.article import process_article
from pipeline.ingest import discover_inputs, input_size, load_input, scan_inputs
from pipeline.output_dir import cache_path

from .conftest import SEEDS, processed_items


def _mixed_inputs(root):
    """Text files, a duplicate, and a jsonl file with CRLF and LF lines and a blank line."""
    root.mkdir()
    (root / "a.txt").write_text("杭州市萧山区今年为企业减免租金3200万元。\n", encoding="utf-8")
    (root / "b.txt").write_bytes("宁波市北仑区发放稳岗补贴800万元。".encode("gb18030"))
    (root / "sub").mkdir()
    (root / "sub" / "copy.txt").write_bytes((root / "a.txt").read_bytes())
    (root / "feed.jsonl").write_bytes(
        '{"text": "温州市鹿城区复工率达92%。"}\r\n\n{"text": "台州市椒江区为企业贴息150万元。"}\n'
        '{"text": "结尾没有换行"}\r'.encode("utf-8"))
    return root


def test_scanned_items_hold_no_bytes_and_read_back_to_discovered_ones(tmp_path):
    root = _mixed_inputs(tmp_path / "in")
    discovered = discover_inputs([root])
    scanned = scan_inputs([root])
    assert all(item.raw == b"" and item.location is not None for item in scanned)
    loaded = [load_input(item) for item in scanned]
    # The same items, in the same order, with the same bytes and folding of duplicates.
    assert [replace(item, location=None) for item in loaded] == [replace(item, location=None) for item in discovered]
    assert [input_size(item) for item in scanned] == [len(item.raw) for item in discovered]
    assert [item.source_name for item in scanned] == ["a", "b", "feed#1", "feed#3", "feed#4"]
    assert scanned[0].duplicate_paths == ("sub/copy.txt",)
    assert loaded[2].raw == '{"text": "温州市鹿城区复工率达92%。"}'.encode("utf-8")  # no "\r"


def test_a_file_changed_after_the_scan_is_rejected_not_misnamed(tmp_path):
    root = _mixed_inputs(tmp_path / "in")
    [first, *_] = scan_inputs([root])
    (root / "a.txt").write_text("嘉兴市南湖区减免租金100万元。\n", encoding="utf-8")
    reloaded = load_input(first)
    assert reloaded.raw == b""
    assert "changed" in reloaded.error


def test_the_engine_reads_each_input_where_it_runs_and_gives_the_same_rows(tmp_path):
    root = tmp_path / "in"
    root.mkdir()
    for i, seed in enumerate(sorted(SEEDS.iterdir())):
        (root / f"{i}.txt").write_bytes(seed.read_bytes())
    expected = [process_article(item) for item in discover_inputs([root])]
    assert engine.run(scan_inputs([root]), workers=1) == expected


# --------------------------------------------------------------------------- incremental builds


def _seed_copies(root, n):
    root.mkdir(exist_ok=True)
    for i, seed in enumerate(sorted(SEEDS.iterdir())[:n]):
        (root / f"{i}.txt").write_bytes(seed.read_bytes())
    return root


def _parquet_bytes(out):
    return {path.name: path.read_bytes() for path in sorted(Path(out).glob("*.parquet"))}


def test_a_rebuild_takes_unchanged_articles_from_the_cache_and_gives_the_same_bytes(tmp_path, monkeypatch):
    inputs = _seed_copies(tmp_path / "in", 3)
    processed = processed_items(monkeypatch)
    build = ["build", str(inputs), "--out", str(tmp_path / "out"), "--workers", "1", "-q"]
    assert cli.main(build) == 0
    first = _parquet_bytes(tmp_path / "out")
    assert sorted(i.source_path for i in processed) == ["0.txt", "1.txt", "2.txt"]

    processed.clear()
    assert cli.main(build) == 0
    assert processed == []
    assert _parquet_bytes(tmp_path / "out") == first

    # A new file: only it is processed; the output is the clean build's.
    (inputs / "3.txt").write_bytes(sorted(SEEDS.iterdir())[3].read_bytes())
    assert cli.main(build) == 0
    assert [i.source_path for i in processed] == ["3.txt"]
    clean = tmp_path / "clean"
    assert cli.main(["build", str(inputs), "--out", str(clean), "--workers", "1", "-q", "--no-cache"]) == 0
    assert _parquet_bytes(tmp_path / "out") == _parquet_bytes(clean)
    assert not cache_path(clean).exists()


def test_an_unchanged_build_is_up_to_date_until_an_output_file_changes(tmp_path, monkeypatch, capsys):
    """Asked again of the same inputs by the same code, a build has nothing to do while the
    output is still its files; an output file edited (or removed) makes it build again,
    from the per-article cache, to the same bytes."""
    import os

    from pipeline import assemble

    inputs = _seed_copies(tmp_path / "in", 2)
    out = tmp_path / "out"
    build = ["build", str(inputs), "--out", str(out), "--workers", "1", "-q"]
    assert cli.main(build) == 0
    first, target = _parquet_bytes(out), os.readlink(out)
    capsys.readouterr()

    assembled = []
    real = assemble.stream_tables
    monkeypatch.setattr(assemble, "stream_tables", lambda *a, **k: assembled.append(1) or real(*a, **k))
    processed = processed_items(monkeypatch)
    assert cli.main(build) == 0
    assert "is up to date" in capsys.readouterr().out
    assert assembled == [] and processed == [] and os.readlink(out) == target

    with open(out / "report.html", "a", encoding="utf-8") as handle:  # somebody edits an output
        handle.write("<!-- mine -->")
    assert cli.main(build) == 0
    assert "is up to date" not in capsys.readouterr().out
    assert assembled == [1] and processed == []  # built again, every article from the cache
    assert _parquet_bytes(out) == first and "mine" not in (out / "report.html").read_text(encoding="utf-8")

    assert cli.main([*build, "--no-cache"]) == 0
    assert "is up to date" not in capsys.readouterr().out and assembled == [1, 1]


# What only processing and writing need: a re-run that finds its output up to date imports none of it.
_BUILD_ONLY_MODULES = ("pandas", "pyarrow", "numpy", "pandera", "duckdb", "jieba", "opencc",
                       "pipeline.engine", "pipeline.measures", "pipeline.write", "pipeline.assemble")


def test_an_up_to_date_rerun_does_not_import_what_building_needs(tmp_path):
    """A re-run of unchanged inputs costs a hash of them, not the 0.6 s of imports of a build
    (at 10 MB that was most of the re-run: 0.70 s, 11 % of the build; now 0.12 s)."""
    import subprocess
    import sys

    from .conftest import ROOT, run_build

    out = tmp_path / "out"
    assert run_build(SEEDS, out).returncode == 0
    probe = ("import sys\nfrom pipeline.cli import main\nrc = main(sys.argv[1:])\n"
             f"print('LOADED', [m for m in {_BUILD_ONLY_MODULES!r} if m in sys.modules])\nsys.exit(rc)")
    rerun = subprocess.run([sys.executable, "-c", probe, "build", str(SEEDS), "--out", str(out), "-q"],
                           cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert rerun.returncode == 0, rerun.stderr
    assert "is up to date" in rerun.stdout
    assert rerun.stdout.splitlines()[-1] == "LOADED []"


def test_changed_code_resources_or_bytes_are_processed_again(tmp_path, monkeypatch):
    inputs = _seed_copies(tmp_path / "in", 2)
    processed = processed_items(monkeypatch)
    build = ["build", str(inputs), "--out", str(tmp_path / "out"), "--workers", "1", "-q"]
    assert cli.main(build) == 0
    processed.clear()

    (inputs / "0.txt").write_bytes((inputs / "0.txt").read_bytes() + "\n编辑：张三".encode("utf-8"))
    assert cli.main(build) == 0
    assert [i.source_path for i in processed] == ["0.txt"]

    processed.clear()
    monkeypatch.setattr(cache, "code_hash", lambda: "another version of the rules")
    assert cli.main(build) == 0
    assert sorted(i.source_path for i in processed) == ["0.txt", "1.txt"]


def test_results_that_depend_on_the_moment_are_not_kept(tmp_path):
    store = ResultCache(tmp_path / "c.sqlite", 30.0)
    [item] = scan_inputs([_seed_copies(tmp_path / "in", 1)])
    timed_out = {"article": {"error": "processing took too long: 30 s during cleaning"}}
    store.put_all([(item, timed_out)])
    assert store.get(item) is None
    fine = {"article": {"error": None}, "measures": []}
    store.put_all([(item, fine)])
    assert store.get(item) == fine


def test_a_damaged_cache_file_is_started_again(tmp_path):
    path = tmp_path / "c.sqlite"
    path.write_bytes(b"not a database at all" * 100)
    store = ResultCache(path, 30.0)
    [item] = scan_inputs([_seed_copies(tmp_path / "in", 1)])
    assert store.get(item) is None


# --------------------------------------------------------------------------- decoding speed, same scores


def _plausibility_char_by_char(text: str) -> float:
    """The definition: the mean score of the first PLAUSIBILITY_SAMPLE_CHARS non-space characters."""
    common = ingest.common_cjk_chars()
    scores = [ingest._char_score(c, common) for c in text if not c.isspace()][:ingest.PLAUSIBILITY_SAMPLE_CHARS]
    return sum(scores) / len(scores) if scores else 0.0


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec=None), max_size=400)
       | st.text(alphabet="中华人民共和國區减免租金萬元 \n\u3000ｱ가", max_size=400))
def test_plausibility_counts_every_character_as_the_definition_does(text):
    assert ingest.text_plausibility(text) == _plausibility_char_by_char(text)


def test_plausibility_of_a_long_text_scores_only_its_sample(monkeypatch):
    monkeypatch.setattr(ingest, "PLAUSIBILITY_SAMPLE_CHARS", 10)
    text = "中 华" * 4 + "ｱｲｳｴｵｶｷｸｹｺ" * 3
    assert ingest.text_plausibility(text) == _plausibility_char_by_char(text)
