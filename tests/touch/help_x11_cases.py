"""The Bantuan tap of ``test_help.py`` on a real X server: run by it in a pytest of its own on an
Xvfb with QT_QPA_PLATFORM=xcb; the taps are X pointer events from ``xdotool``."""

from __future__ import annotations

import os
import subprocess

import pytest
from PySide6.QtWidgets import QWidget

from kiosk.app import build, shutdown

if os.environ.get("QT_QPA_PLATFORM") != "xcb" or not os.environ.get("DISPLAY"):
    pytest.skip("run by test_help.py on an Xvfb", allow_module_level=True)

PHONE = "(024) 7601234"


def tap(widget: QWidget) -> None:
    p = widget.mapToGlobal(widget.rect().center())
    subprocess.run(["xdotool", "mousemove", str(p.x()), str(p.y()), "click", "1"], check=True, timeout=10)


@pytest.fixture
def kiosk(cfg, qtbot):
    k = build(cfg.with_overrides({"office.phone": PHONE}))
    k.window.show_fullscreen()
    qtbot.waitUntil(lambda: k.assembly is not None, timeout=20_000)
    k.window.activateWindow()
    qtbot.waitUntil(k.window.isActiveWindow, timeout=5000)
    yield k
    shutdown(k)


def test_bantuan_by_a_finger_and_back(kiosk, qtbot):
    window = kiosk.window
    window.go("severance")
    severance = kiosk.assembly.severance
    qtbot.keyClicks(severance.wage.editor, "4500000")
    qtbot.waitUntil(lambda: window.status_bar.help_button.width() > 48, timeout=3000)
    tap(window.status_bar.help_button)
    card = window.help_overlay
    qtbot.waitUntil(card.isVisible, timeout=5000)
    assert card.text.text() == severance.help_text()
    assert PHONE in card.office.text()
    qtbot.waitUntil(lambda: card.close_button.width() > 100, timeout=3000)
    tap(card.close_button)
    qtbot.waitUntil(lambda: not card.isVisible(), timeout=5000)
    assert window.router.current_name == "severance"
    assert severance.wage.text() == "4.500.000"
    assert window.idle.armed
