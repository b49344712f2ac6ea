"""The zone-measures command as a user meets it: help with examples, progress, the closing
summary, user mistakes as one line with exit status 2, and the report subcommand."""
from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from pipeline import cli

from .conftest import ROOT, run_build

CONSOLE_SCRIPT = Path(sys.executable).with_name("zone-measures")
SUBCOMMANDS = ("build", "eval", "report", "export")

# Written for these tests (not taken from the seeds): two jsonl lines with url and id, one
# HTML page with a canonical link.
LINKED_JSONL = [
    {"id": 101, "url": "https://news.example.org/2020/0402/101.html", "title": "株洲高新区助企纾困",
     "date": "2020-04-02", "text": "株洲高新区截至3月31日已为区内企业发放信用贷款1.2亿元，规上工业企业复工率达到97%。"},
    {"id": "xw-2020-0415", "url": "https://news.example.org/2020/0415/102.html", "date": "2020-04-15",
     "text": "截至4月10日，芜湖经开区累计兑现稳岗补贴860万元，返岗职工2.3万人。"},
]
LINKED_HTML = (
    '<html><head><meta charset="utf-8"><link rel="canonical" href="https://news.example.org/2020/0420/103.html">'
    "<title>岳阳经开区减免租金</title></head><body><nav>首页 | 新闻</nav><article><h1>岳阳经开区减免租金</h1>"
    "<p>2020年4月20日，岳阳经开区为园区中小企业减免租金450万元。</p></article></body></html>"
)


@pytest.fixture(scope="module")
def linked_build(tmp_path_factory):
    """A small build whose inputs name their source pages; (output dir, completed process)."""
    inputs = tmp_path_factory.mktemp("linked_inputs")
    (inputs / "feed.jsonl").write_text(
        "\n".join(json.dumps(line, ensure_ascii=False) for line in LINKED_JSONL) + "\n", encoding="utf-8")
    (inputs / "page.html").write_text(LINKED_HTML, encoding="utf-8")
    out = tmp_path_factory.mktemp("linked_build")
    result = run_build(inputs, out)
    assert result.returncode == 0, result.stderr
    return out, result


# --------------------------------------------------------------------------- help


def test_console_script_is_installed_and_its_help_has_examples():
    assert CONSOLE_SCRIPT.exists(), "`pip install -e .` installs the zone-measures console script"
    result = subprocess.run([str(CONSOLE_SCRIPT), "--help"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("usage: zone-measures")
    for command in SUBCOMMANDS:
        assert command in result.stdout
    assert "examples:" in result.stdout
    assert "zone-measures build seeds --out data" in result.stdout


@pytest.mark.parametrize("command", SUBCOMMANDS)
def test_each_subcommand_has_help_with_an_example(command, capsys):
    with pytest.raises(SystemExit) as exit_info:
        cli.main([command, "--help"])
    assert exit_info.value.code == 0
    text = capsys.readouterr().out
    assert "example" in text and f" {command} " in text


def test_python_m_pipeline_is_the_same_command():
    result = subprocess.run([sys.executable, "-m", "pipeline", "--help"], cwd=ROOT, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0
    assert result.stdout.startswith("usage: python -m pipeline")
    assert all(command in result.stdout for command in SUBCOMMANDS)


# --------------------------------------------------------------------------- build


def test_build_closes_with_a_summary(linked_build):
    out, result = linked_build
    summary = result.stdout
    assert f"Built {out}/ from 3 articles" in summary and "MB/s" in summary
    assert "articles  3 ok, 0 rejected" in summary
    measures = pd.read_parquet(out / "measures.parquet")
    assert f"measures  {len(measures)}:" in summary
    for category, count in measures["category"].astype(str).value_counts().items():
        assert f"{category} {count}" in summary
    assert f"report    {out / 'report.html'}" in summary
    assert f"codebook  {out / 'codebook.md'}" in summary


def test_build_logs_plain_progress_lines_when_not_a_terminal(linked_build):
    _, result = linked_build
    lines = result.stderr.splitlines()
    assert any(line.startswith("zone-measures: 3 inputs") for line in lines), result.stderr
    assert any(line.startswith("zone-measures: 3/3 articles (100%)") and "MB/s" in line for line in lines)
    assert "\r" not in result.stderr  # no progress bar redraws in a log


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_is_a_bar_on_a_terminal():
    stream = _Terminal()
    progress = cli.BuildProgress([1000] * 5, stream=stream)
    for _ in range(5):
        progress.advance()
    progress.close()
    text = stream.getvalue()
    assert "\r" in text and "articles" in text and "5/5" in text
    assert text.rstrip().splitlines()[-1].startswith("zone-measures: 5/5 articles (100%)")


def test_progress_logs_every_interval_and_is_silent_when_quiet():
    stream = io.StringIO()
    progress = cli.BuildProgress([10, 20, 30], stream=stream, log_every=0.0)
    for _ in range(3):
        progress.advance()
    progress.close()
    lines = stream.getvalue().splitlines()
    assert [line.split(" articles")[0] for line in lines] == [
        "zone-measures: 1/3", "zone-measures: 2/3", "zone-measures: 3/3", "zone-measures: 3/3"]
    quiet = io.StringIO()
    silent = cli.BuildProgress([10], stream=quiet, quiet=True)
    silent.advance()
    silent.close()
    assert quiet.getvalue() == ""


def test_source_links_reach_the_articles_table_and_the_report(linked_build):
    out, _ = linked_build
    articles = pd.read_parquet(out / "articles.parquet").set_index("source_name")
    assert articles.loc["feed#1", "url"] == LINKED_JSONL[0]["url"]
    assert articles.loc["feed#1", "source_id"] == "101"  # a numeric id, kept as text
    assert articles.loc["feed#2", "source_id"] == "xw-2020-0415"
    assert articles.loc["page", "url"] == "https://news.example.org/2020/0420/103.html"
    assert pd.isna(articles.loc["page", "source_id"])
    page = (out / "report.html").read_text(encoding="utf-8")
    linked = articles[articles["n_measures"] > 0]["url"]
    assert len(linked) and all(f'href="{url}"' in page for url in linked)


# --------------------------------------------------------------------------- user errors


def _gold(tmp_path: Path, content: str | bytes, name: str = "gold.jsonl") -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


GOOD_ROW = json.dumps({"article": "a", "category": "loan", "unit": "CNY", "value": 1.0})


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "does not exist"),
        ("", "holds no rows"),
        (GOOD_ROW + '\n{"article": "a",\n', "line 2: not valid JSON"),
        ("[1, 2]\n", "line 1: a row must be a JSON object"),
        ('{"article": "a", "category": "loan"}\n', "line 1: missing field(s) unit, value"),
        (b"\xff\xfe\x00\xd8 not text", "is not UTF-8 text"),
    ],
    ids=["missing", "empty", "malformed", "not-an-object", "missing-fields", "not-utf8"],
)
def test_eval_explains_a_bad_gold_file_in_one_line(tmp_path, capsys, seeds_build, content, message):
    gold = tmp_path / "absent.jsonl" if content is None else _gold(tmp_path, content)
    status = cli.main(["eval", "--gold", str(gold), "--data", str(seeds_build)])
    captured = capsys.readouterr()
    assert status == 2
    assert captured.out == ""
    assert captured.err.count("\n") == 1 and message in captured.err, captured.err
    assert captured.err.startswith("zone-measures: error: ") or captured.err.startswith("python -m pipeline: error: ")


def test_eval_explains_a_bad_policies_file_and_a_missing_build(tmp_path, capsys, seeds_build):
    gold = _gold(tmp_path, GOOD_ROW + "\n")
    policies = _gold(tmp_path, '{"article": "a"}\n', "gold_policies_other.jsonl")
    assert cli.main(["eval", "--gold", str(gold), "--gold-policies", str(policies), "--data", str(seeds_build)]) == 2
    assert "missing field(s) title" in capsys.readouterr().err
    assert cli.main(["eval", "--gold", str(gold), "--data", str(tmp_path / "nowhere")]) == 2
    assert "run `zone-measures build" in capsys.readouterr().err
    assert cli.main(["eval", "--gold", str(gold), "--data", str(tmp_path)]) == 2
    assert "holds no build" in capsys.readouterr().err
    assert cli.main(["eval", "--gold", str(tmp_path), "--data", str(seeds_build)]) == 2
    assert "is a directory" in capsys.readouterr().err


def test_a_user_mistake_is_exit_2_without_a_traceback_in_a_real_process(tmp_path, seeds_build):
    gold = _gold(tmp_path, '{"article": "a", "category": "loan"}\n')
    result = subprocess.run([sys.executable, "-m", "pipeline", "eval", "--gold", str(gold), "--data", str(seeds_build)],
                            cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines() == [
        f"python -m pipeline: error: gold file {gold}, line 1: missing field(s) unit, value "
        "(every row needs article, category, unit, value)"]


def test_build_explains_an_output_path_that_is_a_file(tmp_path, capsys):
    blocker = tmp_path / "data"
    blocker.write_text("not a directory", encoding="utf-8")
    for out in (blocker, blocker / "inner"):
        assert cli.main(["build", str(ROOT / "seeds"), "--out", str(out), "--quiet"]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and f"{blocker} is a file" in err, err


def test_build_refuses_to_read_its_own_output(tmp_path, capsys, seeds_build):
    """`build data --out data` once read report.html as an article and replaced the dataset
    with the 92 'measures' it found in the report's tables."""
    out = tmp_path / "data"
    shutil.copytree(seeds_build, out)
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    for inputs in ([out], [out / "report.html"], [ROOT / "seeds", out]):
        assert cli.main(["build", *map(str, inputs), "--out", str(out), "--quiet", "--no-cache"]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "is the output directory" in err and "choose another --out" in err, err
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before


def test_build_does_not_read_an_output_inside_its_input_directory(tmp_path):
    """An archive built into a directory of its own (`build archive --out archive/data`), built
    again: the first build's report.html is no input of the second."""
    archive = tmp_path / "archive"
    shutil.copytree(ROOT / "seeds", archive)
    out = archive / "data"
    for _ in range(2):
        result = run_build(archive, out, "--no-cache")
        assert result.returncode == 0, result.stderr
        assert "5 inputs" in result.stderr + result.stdout
    articles = pd.read_parquet(out / "articles.parquet")
    assert sorted(articles["source_path"]) == sorted(p.name for p in (ROOT / "seeds").iterdir() if p.suffix == ".txt")


@pytest.mark.parametrize("option, value, message", [
    ("--workers", "0", "argument --workers: 0 is not a positive number"),
    ("--workers", "-3", "argument --workers: -3 is not a positive number"),
    ("--workers", "two", "argument --workers: 'two' is not a whole number"),
    ("--max-bytes", "-5", "argument --max-bytes: -5 is not a positive number"),
    ("--time-budget", "-1", "argument --time-budget: -1 is not a positive number of seconds"),
    ("--time-budget", "nan", "argument --time-budget: nan is not a positive number of seconds"),
])
def test_build_explains_a_number_option_out_of_range(tmp_path, capsys, option, value, message):
    """--workers -3 once reached the process pool of a build of eight or more articles and
    ended in its ValueError's traceback; a negative --max-bytes rejected every article."""
    out = tmp_path / "data"
    with pytest.raises(SystemExit) as exited:
        cli.main(["build", str(ROOT / "seeds"), "--out", str(out), "--quiet", option, value])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err, err
    assert not out.exists()


# --------------------------------------------------------------------------- report


def test_report_subcommand_rewrites_the_same_report(seeds_build, tmp_path, capsys):
    copy = tmp_path / "build"
    shutil.copytree(seeds_build, copy)
    (copy / "report.html").unlink()
    assert cli.main(["report", "--data", str(copy)]) == 0
    assert (copy / "report.html").read_bytes() == (seeds_build / "report.html").read_bytes()
    assert capsys.readouterr().out.strip() == f"report: {copy / 'report.html'}"


def test_report_and_export_need_a_build(tmp_path, capsys):
    for command in ("report", "export"):
        assert cli.main([command, "--data", str(tmp_path)]) == 2
        assert "holds no build" in capsys.readouterr().err


@pytest.mark.parametrize("n_bytes, shown", [(1_000_000_000, "1,000"), (2_345_678_901, "2,346"), (123_456_000, "123"),
                                            (99_500_000, "99.5"), (4_720, "0.00472")])
def test_sizes_are_written_without_an_exponent(n_bytes, shown):
    from pipeline.cli import _megabytes
    assert _megabytes(n_bytes) == shown
