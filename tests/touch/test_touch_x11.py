"""Touch input on a real X server (issue 18, items 5-10).

Each case in ``x11_cases.py`` runs the kiosk window on an Xvfb of the given size, with Qt's xcb
platform, and drives it with ``xdotool``: real X pointer events at screen coordinates (taps,
drags, right clicks, long presses), as a touch screen that arrives as a mouse sends them. The
cases run in their own pytest process because this one's Qt runs on the offscreen platform.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.xvfb import Xvfb

ROOT = Path(__file__).resolve().parents[2]
CASES = Path(__file__).with_name("x11_cases.py")

pytestmark = pytest.mark.skipif(shutil.which("xdotool") is None, reason="xdotool missing (scripts/test installs it)")


def run_cases(tmp_path: Path, width: int, height: int, mode: str, select: str) -> None:
    with Xvfb(width, height) as display:
        env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "TOUCH_MODE": mode}
        env.pop("WAYLAND_DISPLAY", None)
        done = subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-k", select, str(CASES),
             "--basetemp", str(tmp_path / "inner")],
            cwd=ROOT, env=env, capture_output=True, text=True, timeout=600,
        )  # fmt: skip
    report = done.stdout[-6000:] + done.stderr[-3000:]
    assert done.returncode == 0, report
    assert " passed" in done.stdout and "skipped" not in done.stdout, report


@pytest.mark.parametrize("mode", ["fullscreen", "windowed"])
@pytest.mark.parametrize(("width", "height"), [(1024, 768), (1280, 800), (1366, 768), (1920, 1080)])
def test_every_key_is_on_the_screen_and_a_finger_wide(tmp_path, width, height, mode):
    run_cases(tmp_path, width, height, mode, "keys_on_screen")


@pytest.mark.parametrize(("width", "height"), [(1280, 800), (1366, 768)])
def test_taps_drags_and_presses_of_a_finger(tmp_path, width, height):
    run_cases(tmp_path, width, height, "fullscreen", "not keys_on_screen")
