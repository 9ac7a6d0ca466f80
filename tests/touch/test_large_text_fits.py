"""Issue 18 item 12: with large text on, every screen and dialog fits at 1280x800 and
1366x768, in Indonesian and English: nothing clipped, nothing overlapping, nothing outside the
window. The cases (``fit_cases.py``) run the real fullscreen window on an Xvfb of each size,
in a pytest of their own (this one's Qt runs on the offscreen platform), one per language."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.inner_pytest import assert_passed, run_cases

ROOT = Path(__file__).resolve().parents[2]
CASES = Path(__file__).with_name("fit_cases.py")


# each case walks every screen in a kiosk of its own (about a minute on 2 cores): both languages at
# the 1280x800, and the wider, shorter panel in English, whose words are the longer (normal
# text fits everywhere by test_shell's 1366x768 check and the English and contrast walks)
@pytest.mark.parametrize(
    ("width", "height", "large", "language"),
    [(1280, 800, True, "id"), (1280, 800, True, "en"), (1366, 768, True, "en")],
)
@pytest.mark.slow
def test_large_text_fits_every_screen_and_dialog(tmp_path, width, height, large, language):
    # one app per process: each walk builds a kiosk of its own
    env = {"FIT_LANGUAGE": language, "FIT_LARGE": "1" if large else "0"}
    done = run_cases(CASES, tmp_path, screen=(width, height), env=env, timeout=900)
    assert_passed(done, "1 passed", done.stdout[-20000:] + done.stderr[:3000])  # a crash's Python frames come first
