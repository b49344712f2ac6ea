"""report.html as a reader sees it: rendered by headless Chromium from the file alone
(offline), not blank, no console errors, its script ran, its filters work. A screenshot
is kept under the test's tmp dir and copied to test-artifacts/report.png.

Chromium and a CJK font come from Debian (`apt-get install chromium fonts-noto-cjk`, as
.ci/run does). Where they are missing the test is skipped — except in CI, where it fails.
"""
from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from .conftest import ROOT

ARTIFACTS = ROOT / "test-artifacts"
BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
# As the machine notes say: headless, as root, no background connections to a closed network.
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-extensions", "--hide-scrollbars", "--virtual-time-budget=4000")
INSTALL = "apt-get install -y chromium fonts-noto-cjk (as .ci/run does)"


def _browser() -> str:
    found = os.environ.get("ZONE_MEASURES_CHROMIUM") or next(filter(None, map(shutil.which, BROWSERS)), None)
    if found:
        return found
    if os.environ.get("CI"):
        pytest.fail(f"Chromium is not installed, so report.html cannot be checked in a browser: {INSTALL}")
    pytest.skip(f"Chromium is not installed: {INSTALL} to run the browser test")


def _run(browser: str, profile: Path, page: Path, *mode: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [browser, *FLAGS, f"--user-data-dir={profile}", "--enable-logging=stderr", "--v=0", *mode, page.as_uri()],
        capture_output=True, text=True, timeout=120,
    )


def _console_errors(stderr: str) -> list[str]:
    """Messages the page wrote to the console as errors, and uncaught exceptions."""
    return [line for line in stderr.splitlines()
            if "CONSOLE" in line and ("Uncaught" in line or "Error" in line or ":ERROR:" in line)]


@pytest.fixture(scope="module")
def browser():
    return _browser()


@pytest.fixture(scope="module")
def rendered(browser, seeds_build, tmp_path_factory):
    """(screenshot path, DOM after the script ran, browser log) of the seeds build's report."""
    work = tmp_path_factory.mktemp("browser")
    shot = work / "report.png"
    taken = _run(browser, work / "profile-shot", seeds_build / "report.html", "--window-size=1400,2600",
                 f"--screenshot={shot}")
    assert taken.returncode == 0 and shot.exists(), taken.stderr[-3000:]
    dumped = _run(browser, work / "profile-dom", seeds_build / "report.html", "--dump-dom")
    assert dumped.returncode == 0, dumped.stderr[-3000:]
    ARTIFACTS.mkdir(exist_ok=True)
    shutil.copyfile(shot, ARTIFACTS / "report.png")
    return shot, dumped.stdout, taken.stderr + dumped.stderr


def test_the_page_is_not_blank(rendered):
    import numpy as np
    from PIL import Image

    shot, _, _ = rendered
    image = Image.open(shot).convert("L")
    assert image.size == (1400, 2600)
    pixels = np.asarray(image)
    dark = float((pixels < 200).mean())
    assert dark > 0.03, f"only {dark:.1%} of the screenshot is not near-white: blank page?"
    assert len(np.unique(np.asarray(image.resize((140, 260))))) > 20  # text, charts, tables: not one colour


def test_no_console_errors_and_the_script_ran(rendered, seeds_build):
    import pandas as pd

    _, dom, log = rendered
    assert _console_errors(log) == [], _console_errors(log)
    assert 'data-ready="1"' in dom  # the script ran to its last line
    summary = pd.read_parquet(seeds_build / "zone_summary.parquet")
    measures = pd.read_parquet(seeds_build / "measures.parquet")
    assert f"{len(summary)} zones" in dom  # the zone count its script writes
    assert f"{len(measures)} matching measures" in dom  # and the evidence count


def test_evidence_shows_values_in_their_sentences(rendered):
    _, dom, _ = rendered
    assert dom.count("<mark>") >= 40
    assert "<mark>34084万元</mark>" in dom  # the largest guarantee, highlighted where it is written
    assert dom.count("<svg") >= 4


def test_the_evidence_filter_works_in_the_browser(browser, seeds_build, tmp_path):
    page = tmp_path / "report.html"
    html = (seeds_build / "report.html").read_text(encoding="utf-8")
    # Choose a zone and a category as a reader would, after the report's own script has run.
    choose = ('<script>var z = document.getElementById("ev-zone"); z.value = "璧山区";'
              'z.dispatchEvent(new Event("change"));'
              'var c = document.getElementById("ev-category"); c.value = "return_to_work_rate";'
              'c.dispatchEvent(new Event("change"));</script></body>')
    page.write_text(html.replace("</body>", choose), encoding="utf-8")
    result = _run(browser, tmp_path / "profile", page, "--dump-dom")
    assert result.returncode == 0, result.stderr[-3000:]
    assert _console_errors(result.stderr) == []
    shown = [row for row in result.stdout.split("<tr ")[1:] if row.startswith("data-zone=") and " hidden" not in row.split(">")[0]]
    assert shown and all('data-zone="璧山区"' in row and 'data-category="return_to_work_rate"' in row for row in shown)
    assert f"{len(shown)} matching measures" in result.stdout


def test_a_script_error_would_be_caught(browser, tmp_path):
    """The console check bites: a page whose script throws is reported."""
    page = tmp_path / "broken.html"
    page.write_text("<!DOCTYPE html><html><body><p>x</p><script>undefinedFunction();</script></body></html>",
                    encoding="utf-8")
    result = _run(browser, tmp_path / "profile", page, "--dump-dom")
    assert _console_errors(result.stderr), result.stderr[-2000:]


def test_a_cjk_font_is_installed_for_the_page():
    if not shutil.which("fc-list"):
        pytest.skip("fontconfig is not installed (it comes with chromium)")
    fonts = subprocess.run(["fc-list", ":lang=zh", "family"], capture_output=True, text=True, timeout=30).stdout
    if not fonts.strip():
        if os.environ.get("CI"):
            pytest.fail(f"no Chinese font: the report's Chinese would show as boxes; {INSTALL}")
        pytest.skip(f"no Chinese font installed: {INSTALL}")
    if os.environ.get("CI"):
        assert "Noto Sans CJK" in fonts  # the font .ci/run installs
