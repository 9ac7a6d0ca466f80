"""Issue 18 item 12: with large text on, every screen and dialog fits at 1280x800 and
1366x768, in Indonesian and English: nothing clipped, nothing overlapping, nothing outside the
window. The cases (``fit_cases.py``) run the real fullscreen window on an Xvfb of each size,
in a pytest of their own (this one's Qt runs on the offscreen platform), one per language."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.xvfb import Xvfb

ROOT = Path(__file__).resolve().parents[2]
CASES = Path(__file__).with_name("fit_cases.py")


# each case walks every screen in a kiosk of its own (about a minute on 2 cores): both languages at
# the 1280x800, and the wider, shorter panel in English, whose words are the longer (normal
# text fits everywhere by test_shell's 1366x768 check and the English and contrast walks)
@pytest.mark.parametrize(
    ("width", "height", "large", "language"),
    [(1280, 800, True, "id"), (1280, 800, True, "en"), (1366, 768, True, "en")],
)
def test_large_text_fits_every_screen_and_dialog(tmp_path, width, height, large, language):
    with Xvfb(width, height) as display:  # one app per process: each walk builds a kiosk of its own
        env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "FIT_LANGUAGE": language,
               "FIT_LARGE": "1" if large else "0"}  # fmt: skip
        env.pop("WAYLAND_DISPLAY", None)
        done = subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(CASES),
             "--basetemp", str(tmp_path / "inner")],
            cwd=ROOT, env=env, capture_output=True, text=True, timeout=900,
        )  # fmt: skip
    report = done.stdout[-20000:] + done.stderr[:3000]  # a crash's Python frames come first
    assert done.returncode == 0, report
    assert "1 passed" in done.stdout and "skipped" not in done.stdout, report
