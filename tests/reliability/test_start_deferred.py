"""Issue 22 item 1: what is hidden at the first paint is built after it, and works as before.

The on-screen keyboard, the Bantuan card and the low-reach band cost ~20 ms of CPU before the
first paint; they are built in the idle time right after it (or at their first use, if that comes
sooner), and the first tap on a tile after the start stays quick.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout

from kiosk.app import build, show, shutdown
from kiosk.screens.base import Screen
from kiosk.ui.keyboard_dock import KeyboardDock
from kiosk.ui.main_window import MainWindow


def hidden_parts(window: MainWindow) -> list[object | None]:
    return [window._keyboard_dock, window._help_overlay, window.reach._parts]


def test_the_hidden_parts_are_built_right_after_the_first_paint_and_the_first_tap_is_quick(cfg, qtbot):
    kiosk = build(cfg, windowed=True)
    try:
        assert hidden_parts(kiosk.window) == [None, None, None]  # nothing of them before the paint
        with qtbot.waitSignal(kiosk.window.first_painted, timeout=10_000):
            show(kiosk, windowed=True)
        assert None in hidden_parts(kiosk.window)  # the paint itself did not wait for them
        qtbot.waitUntil(lambda: None not in hidden_parts(kiosk.window), timeout=5000)
        qtbot.waitUntil(lambda: kiosk.assembly is not None, timeout=10_000)
        moves: list[tuple[str, float]] = []
        kiosk.window.router.changed.connect(lambda name, ms: moves.append((name, ms)))
        qtbot.mouseClick(kiosk.window.router.get("welcome").tiles["vacancies"], Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(moves), timeout=2000)
        assert moves[0][0] == "vacancies" and moves[0][1] < 50, moves  # the first tap pays nothing of it
    finally:
        shutdown(kiosk)


class FieldScreen(Screen):
    name = "field"

    def __init__(self) -> None:
        super().__init__()
        self.field = QLineEdit()
        QVBoxLayout(self).addWidget(self.field)

    def help_text(self) -> str:
        return "Ketik."


def test_a_field_focused_before_the_keyboard_was_built_opens_it(qtbot):
    window = MainWindow("K-1", 60, 10)
    qtbot.addWidget(window)
    screen = window.add_screen(FieldScreen())
    window.go(screen.name)
    window.resize(1280, 800)
    window.show()
    window.activateWindow()
    screen.field.setFocus()  # whether before or after the paint's idle build: the keys open once
    qtbot.waitUntil(lambda: window._keyboard_dock is not None and window.keyboard_dock.isVisible(), timeout=5000)
    assert window.keyboard_dock.field is screen.field
    assert len(window.findChildren(KeyboardDock)) == 1


def test_the_bantuan_card_built_late_knows_low_reach_was_turned_on_before(qtbot):
    window = MainWindow("K-1", 60, 10)
    qtbot.addWidget(window)
    window.reach.set_on(True)  # as the site's config does before the first paint
    assert window._help_overlay is None
    window.show_help()
    assert not window.help_overlay.isHidden() and window.help_overlay.reach_button.isChecked()
    window.help_overlay.reach_button.click()  # and turning it off from the card still works
    assert not window.reach.on
