"""Touch input on a real X server (issue 18, items 5-10).

Each case in ``x11_cases.py`` runs the kiosk window on an Xvfb of the given size, with Qt's xcb
platform, and drives it with ``xdotool``: real X pointer events at screen coordinates (taps,
drags, right clicks, long presses), as a touch screen that arrives as a mouse sends them. The
cases run in their own pytest process because this one's Qt runs on the offscreen platform.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.support.inner_pytest import assert_passed, run_cases

ROOT = Path(__file__).resolve().parents[2]
CASES = Path(__file__).with_name("x11_cases.py")

pytestmark = pytest.mark.skipif(shutil.which("xdotool") is None, reason="xdotool missing (scripts/test installs it)")


def run_x11_cases(tmp_path: Path, width: int, height: int, mode: str, select: str) -> None:
    done = run_cases(CASES, tmp_path, screen=(width, height), env={"TOUCH_MODE": mode}, args=("-k", select))
    assert_passed(done, " passed")


@pytest.mark.parametrize("mode", ["fullscreen", "windowed"])
@pytest.mark.parametrize(("width", "height"), [(1024, 768), (1280, 800), (1366, 768), (1920, 1080)])
def test_every_key_is_on_the_screen_and_a_finger_wide(tmp_path, width, height, mode):
    run_x11_cases(tmp_path, width, height, mode, "keys_on_screen")


@pytest.mark.slow
@pytest.mark.parametrize(("width", "height"), [(1280, 800), (1366, 768)])
def test_taps_drags_and_presses_of_a_finger(tmp_path, width, height):
    run_x11_cases(tmp_path, width, height, "fullscreen", "not keys_on_screen")
