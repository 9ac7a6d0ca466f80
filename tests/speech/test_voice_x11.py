"""Voice mode on a real X server: ``voice_x11_cases.py`` in a pytest of its own on an Xvfb, driven
by ``xdotool`` (real pointer events at screen coordinates, as a touch screen sends them)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.support.inner_pytest import assert_passed, run_cases

ROOT = Path(__file__).resolve().parents[2]
CASES = Path(__file__).with_name("voice_x11_cases.py")

pytestmark = pytest.mark.skipif(shutil.which("xdotool") is None, reason="xdotool missing (scripts/test installs it)")


@pytest.mark.parametrize(("width", "height"), [(1280, 800), (1366, 768)])
def test_touch_to_hear_touch_again_to_choose_with_real_pointer_events(tmp_path, width, height):
    done = run_cases(CASES, tmp_path, screen=(width, height), env={"TOUCH_MODE": "fullscreen"})
    assert_passed(done, "2 passed")
