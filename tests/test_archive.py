"""Archives: inputs scanned without holding their bytes, read back where they are processed."""
from __future__ import annotations

from dataclasses import replace

from pipeline import engine
from pipeline.article import process_article
from pipeline.ingest import discover_inputs, input_size, load_input, scan_inputs

from .conftest import SEEDS


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
