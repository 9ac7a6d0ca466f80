"""The shell with real widgets: lockdown keys, idle wipe, language switch, first paint."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QVBoxLayout

from kiosk.app import build, shutdown
from kiosk.logging_setup import PersonalData
from kiosk.screens.base import PERSONAL, Screen

NAME = "Siti Nurhaliza Wulandari"


class FormScreen(Screen):
    """A stand-in for any form that holds personal data."""

    name = "form"

    def __init__(self) -> None:
        super().__init__()
        self.name_edit = QLineEdit()
        self.echo = QLabel()
        self.echo.setProperty(PERSONAL, True)
        self.name_edit.textChanged.connect(self.echo.setText)
        layout = QVBoxLayout(self)
        layout.addWidget(self.name_edit)
        layout.addWidget(self.echo)


@pytest.fixture
def kiosk(cfg, qtbot):
    k = build(cfg, windowed=True)
    k.window.resize(1280, 800)
    with qtbot.waitSignal(k.window.first_painted, timeout=5000):  # the key guard is on from here
        k.window.show()
    yield k
    shutdown(k)


def visible_texts(window) -> list[str]:
    texts = []
    for widget in window.findChildren(QLineEdit):
        texts.append(widget.text())
    for widget in window.findChildren(QLabel):
        texts.append(widget.text())
    for widget in window.findChildren(QAbstractButton):
        texts.append(widget.text())
    return texts


def test_window_cannot_be_closed_or_left_with_keys(kiosk, qtbot):
    window = kiosk.window
    assert window.close() is False
    assert window.isVisible()
    escapes = []
    window.router.changed.connect(lambda name, _ms: escapes.append(name))
    for key, mods in [
        (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
        (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
    ]:
        qtbot.keyClick(window, key, mods)
    QApplication.processEvents()
    assert window.isVisible()
    assert not window.isMinimized()
    assert QApplication.instance().quitOnLastWindowClosed() is False


def test_blocked_keys_never_reach_a_shortcut(kiosk, qtbot):
    """Whatever binds Escape, Alt+F4 or Ctrl+Q (a dialog, a Qt default) never sees them."""
    window = kiosk.window
    fired = []
    for seq in ("Esc", "Alt+F4", "Ctrl+Q", "Ctrl+W"):
        shortcut = QShortcut(QKeySequence(seq), window)
        shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
        shortcut.activated.connect(lambda s=seq: fired.append(s))
    control = QShortcut(QKeySequence("Ctrl+K"), window)
    control.setContext(Qt.ShortcutContext.ApplicationShortcut)
    control.activated.connect(lambda: fired.append("Ctrl+K"))
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    qtbot.keyClick(window, Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert fired == ["Ctrl+K"]  # the control shortcut proves shortcuts do work here


def test_lockdown_filter_eats_exactly_the_blocked_keys(kiosk, qtbot):
    window = kiosk.window
    form = window.add_screen(FormScreen())
    window.go("form")
    form.name_edit.setFocus()
    qtbot.keyClicks(form.name_edit, "abc")
    qtbot.keyClick(form.name_edit, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(form.name_edit, Qt.Key.Key_Escape)
    assert form.name_edit.text() == "abc"  # ordinary typing still works


def test_first_paint_opens_the_store_afterwards(kiosk, qtbot):
    qtbot.waitUntil(lambda: kiosk.store is not None, timeout=5000)
    assert kiosk.store.path == kiosk.cfg.db_path


def test_idle_asks_then_wipes_every_widget_and_returns_home(kiosk, qtbot):
    window = kiosk.window
    form = window.add_screen(FormScreen())
    window.go("form")
    qtbot.keyClicks(form.name_edit, NAME)
    PersonalData.remember(NAME)
    assert NAME in visible_texts(window)

    window.idle.set_timeout_ms(100)  # the real minimum is 15 s; the mechanism is the same
    window.idle_overlay.countdown_s = 1
    window.idle.poke()
    qtbot.waitUntil(window.idle_overlay.isVisible, timeout=3000)
    with qtbot.waitSignal(window.session_ended, timeout=5000) as ended:
        pass
    assert ended.args == ["idle"]
    assert window.router.current_name == "welcome"
    assert not any(NAME in text for text in visible_texts(window))
    assert PersonalData.snapshot() == []


def test_touch_during_the_countdown_keeps_the_session(kiosk, qtbot):
    window = kiosk.window
    form = window.add_screen(FormScreen())
    window.go("form")
    qtbot.keyClicks(form.name_edit, NAME)
    window.idle.set_timeout_ms(100)
    window.idle.poke()
    qtbot.waitUntil(window.idle_overlay.isVisible, timeout=3000)
    qtbot.mouseClick(window.idle_overlay.button, Qt.MouseButton.LeftButton)
    assert not window.idle_overlay.isVisible()
    assert window.router.current_name == "form"
    assert form.name_edit.text() == NAME


def test_no_idle_countdown_on_the_welcome_screen(kiosk, qtbot):
    window = kiosk.window
    assert window.router.current_name == "welcome"
    assert window.idle.armed is False


def test_language_switch_retranslates_every_screen(kiosk, qtbot):
    welcome = kiosk.window.router.get("welcome")

    def title() -> str:  # the title keeps "e-KTP" on one line with a no-break hyphen
        return welcome.tap_title.text().replace("\u2011", "-")

    assert title() == "Tempelkan e-KTP Anda"
    assert welcome.language_button.text() == "English"
    qtbot.mouseClick(welcome.language_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: title() == "Tap your e-KTP", timeout=2000)
    assert welcome.tiles["register"].text().startswith("Register / Renew")
    assert welcome.language_button.text() == "Bahasa Indonesia"
    qtbot.mouseClick(welcome.language_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: title() == "Tempelkan e-KTP Anda", timeout=2000)


def test_accessibility_toggles_restyle_the_app(kiosk, qtbot):
    """The person's choice goes on the window's parts (tests/foundation/test_session_style.py);
    the application's sheet stays the kiosk's default look."""
    welcome = kiosk.window.router.get("welcome")
    before = QApplication.instance().styleSheet()
    qtbot.mouseClick(welcome.large_text_button, Qt.MouseButton.LeftButton)
    large = kiosk.window.session_style.sheet
    assert "Large text" in large and "Large text" not in before
    qtbot.mouseClick(welcome.contrast_button, Qt.MouseButton.LeftButton)
    assert "High contrast" in kiosk.window.session_style.sheet
    assert QApplication.instance().styleSheet() == before


def test_touch_targets_are_at_least_48px(kiosk, qtbot):
    welcome = kiosk.window.router.get("welcome")
    buttons = [b for b in welcome.findChildren(QAbstractButton) if b.isVisible()]
    assert buttons
    assert all(b.height() >= 48 for b in buttons), [(b.objectName(), b.height()) for b in buttons]


def test_demo_starts_in_a_data_folder_that_does_not_exist_yet(cfg, qtbot, tmp_path):
    """What `scripts/demo` does in a fresh clone: the SIKER simulator, sync and the screens come up."""
    fresh = tmp_path / "not-yet" / "demo-data"
    demo_cfg = cfg.with_overrides({"kiosk.data_dir": str(fresh), "siker.token_file": str(fresh / "siker.token")})
    k = build(demo_cfg, demo=True, windowed=True)
    k.window.show()
    try:
        qtbot.waitUntil(lambda: k.assembly is not None, timeout=15_000)
        assert (fresh / "siker-sim.db").exists() and (fresh / "kiosk.db").exists()
        assert k.window.router.get("welcome").tiles["register"].isVisible()
    finally:
        shutdown(k)


def test_every_screen_fits_a_1366x768_panel(kiosk, qtbot):
    """The stacked screens ask for the largest minimum of them all: none may exceed the panel."""
    qtbot.waitUntil(lambda: kiosk.assembly is not None, timeout=10_000)
    window = kiosk.window
    staff_mode = kiosk.assembly.staff
    staff_screens = [staff_mode.pin, staff_mode.technician, staff_mode.officer]  # built on demand
    for screen in window.router.screens():  # shown, each lays its texts out for real
        window.go(screen.name)
        need = window.minimumSizeHint()
        assert need.width() <= 1280 and need.height() <= 768, (screen.name, need.width(), need.height())
    assert {s.name for s in staff_screens} <= {s.name for s in window.router.screens()}
    window.end_session("cancel")
