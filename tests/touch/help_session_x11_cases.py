"""The X11 cases of ``test_help.py`` (the Bantuan tap; both clipboards at session end): run by
it in a pytest of its own on an Xvfb with QT_QPA_PLATFORM=xcb; taps are ``xdotool`` pointer events."""

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


def test_session_end_empties_clipboard_and_selection_on_x11(kiosk, qtbot):
    """X11 has two clipboards: the one of copy/paste and the selection (what was last selected)."""
    from PySide6.QtGui import QClipboard
    from PySide6.QtWidgets import QApplication

    window = kiosk.window
    board = QApplication.clipboard()
    assert board.supportsSelection()
    window.go("severance")
    field = kiosk.assembly.severance.wage.editor
    qtbot.keyClicks(field, "4500000")
    field.selectAll()  # on X11 a selection is offered as the primary selection
    field.copy()
    qtbot.waitUntil(lambda: board.text(QClipboard.Mode.Clipboard) == "4.500.000", timeout=3000)
    board.setText("4.500.000", QClipboard.Mode.Selection)
    qtbot.waitUntil(lambda: board.text(QClipboard.Mode.Selection) == "4.500.000", timeout=3000)
    tap(kiosk.assembly.severance.cancel)  # "Selesai": the session ends
    qtbot.waitUntil(lambda: window.router.current_name == "welcome", timeout=5000)
    assert board.text(QClipboard.Mode.Clipboard) == ""
    assert board.text(QClipboard.Mode.Selection) == ""
