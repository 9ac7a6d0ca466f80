"""Voice mode on a real X server: ``voice_x11_cases.py`` in a pytest of its own on an Xvfb, driven
by ``xdotool`` (real pointer events at screen coordinates, as a touch screen sends them)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.xvfb import Xvfb

ROOT = Path(__file__).resolve().parents[2]
CASES = Path(__file__).with_name("voice_x11_cases.py")

pytestmark = pytest.mark.skipif(shutil.which("xdotool") is None, reason="xdotool missing (scripts/test installs it)")


@pytest.mark.parametrize(("width", "height"), [(1280, 800), (1366, 768)])
def test_touch_to_hear_touch_again_to_choose_with_real_pointer_events(tmp_path, width, height):
    with Xvfb(width, height) as display:
        env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "TOUCH_MODE": "fullscreen"}
        env.pop("WAYLAND_DISPLAY", None)
        done = subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(CASES),
             "--basetemp", str(tmp_path / "inner")],
            cwd=ROOT, env=env, capture_output=True, text=True, timeout=600,
        )  # fmt: skip
    report = done.stdout[-6000:] + done.stderr[-3000:]
    assert done.returncode == 0, report
    assert "2 passed" in done.stdout and "skipped" not in done.stdout, report
