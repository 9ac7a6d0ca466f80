"""Cases that need a process of their own (a real X server and a fullscreen window, another OS
time zone): a pytest run in a child process, checked to have passed with nothing skipped."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from tests.support.xvfb import Xvfb

ROOT = Path(__file__).resolve().parents[2]


def run_cases(
    cases: Path,
    tmp_path: Path,
    *,
    screen: tuple[int, int] | None = None,
    env: dict[str, str] | None = None,
    args: Sequence[str] = (),
    timeout: int = 600,
) -> subprocess.CompletedProcess[str]:
    """``cases`` run by pytest in a child process, on a fresh Xvfb of ``screen`` when given
    (the kiosk's Qt on xcb there), with ``env`` added to this process's environment."""
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *args, str(cases),
               "--basetemp", str(tmp_path / "inner")]  # fmt: skip
    child = {**os.environ, **(env or {})}
    if screen is None:
        return subprocess.run(command, cwd=ROOT, env=child, capture_output=True, text=True, timeout=timeout)
    with Xvfb(*screen) as display:
        child |= {"DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
        child.pop("WAYLAND_DISPLAY", None)
        return subprocess.run(command, cwd=ROOT, env=child, capture_output=True, text=True, timeout=timeout)


def assert_passed(done: subprocess.CompletedProcess[str], passed: str, report: str | None = None) -> None:
    """The child run passed: ``passed`` (e.g. "2 passed") in its summary and nothing skipped."""
    report = report if report is not None else done.stdout[-6000:] + done.stderr[-3000:]
    assert done.returncode == 0, report
    assert passed in done.stdout and "skipped" not in done.stdout, report
