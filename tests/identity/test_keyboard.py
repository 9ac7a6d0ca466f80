"""The on-screen keyboard and the dock that shows it for the focused field."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPushButton, QVBoxLayout, QWidget

from kiosk import i18n
from kiosk.ui.keyboard_dock import KeyboardDock, numeric
from kiosk.widgets.keypad import Keyboard


def press(qtbot, keys_widget, label: str) -> None:
    button = keys_widget.findChild(QPushButton, f"key_{label}")
    assert button is not None, label
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_dock_types_into_the_focused_field_and_switches_pads(qtbot):
    window = QWidget()
    name, phone = QLineEdit(), numeric(QLineEdit())
    column = QVBoxLayout(window)
    column.addWidget(name)
    column.addWidget(phone)
    dock = KeyboardDock()
    column.addWidget(dock)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    name.setFocus()
    qtbot.waitUntil(dock.isVisible, timeout=2000)
    assert dock.currentWidget() is dock.keyboard
    for label in ("S", "i", "t", "i"):  # a capital first, then lower case
        press(qtbot, dock.keyboard, label)
    press(qtbot, dock.keyboard, "123")
    press(qtbot, dock.keyboard, "'")
    press(qtbot, dock.keyboard, "⌫")
    assert name.text() == "Siti"
    phone.setFocus()
    qtbot.waitUntil(lambda: dock.currentWidget() is dock.keypad, timeout=2000)
    for label in "0812":
        press(qtbot, dock.keypad, label)
    assert phone.text() == "0812" and name.text() == "Siti"
    phone.setReadOnly(True)
    name.setReadOnly(True)
    window.setFocus()
    qtbot.waitUntil(lambda: not dock.isVisible(), timeout=2000)


def test_the_space_bar_says_its_word_in_the_chosen_language_and_types_a_space(qtbot):
    keyboard = Keyboard()
    qtbot.addWidget(keyboard)
    field = QLineEdit("Siti")
    keyboard.target = field
    space = keyboard.findChild(QPushButton, "key_space")
    assert space is not None and space.text() == "spasi"
    i18n.set_language("en")
    try:
        qtbot.waitUntil(lambda: keyboard.findChild(QPushButton, "key_space").text() == "space", timeout=2000)
        qtbot.mouseClick(keyboard.findChild(QPushButton, "key_space"), Qt.MouseButton.LeftButton)
        assert field.text() == "Siti "
    finally:
        i18n.set_language("id")
    qtbot.waitUntil(lambda: keyboard.findChild(QPushButton, "key_space").text() == "spasi", timeout=2000)


@pytest.mark.parametrize("change", ["theme", "language"])
def test_keys_stay_a_finger_wide_when_the_theme_or_language_changes(qtbot, change):
    """Turning large text or high contrast on and off applies a new stylesheet, which polishes every
    key again, and a language change builds new keys, polished when shown; the theme's "min-height:
    0" for keys must not let a keyboard in a layout squeeze them (the ticket story's keys shrank to
    32 px after one tap on "Kontras Tinggi", and after "English")."""
    from PySide6.QtWidgets import QApplication, QPlainTextEdit

    from kiosk.ui.theme import apply_theme
    from kiosk.widgets.keypad import MIN_KEY

    window = QWidget()
    window.resize(1280, 300)  # less height than the keys ask for: a layout would squeeze what it can
    column = QVBoxLayout(window)
    column.addWidget(QPlainTextEdit(), 1)
    keys = Keyboard()
    keys.set_key_size(96, MIN_KEY)
    column.addWidget(keys)
    qtbot.addWidget(window)
    window.show()
    app = QApplication.instance()
    try:
        if change == "theme":
            apply_theme(app, high_contrast=True)
            apply_theme(app)
        else:
            i18n.set_language("en")
            qtbot.waitUntil(lambda: keys.findChild(QPushButton, "key_space").text() == "space", timeout=2000)
        buttons = [b for b in keys.findChildren(QPushButton) if b.isVisible()]
        assert buttons
        qtbot.waitUntil(lambda: all(b.minimumHeight() >= MIN_KEY for b in buttons), timeout=2000)
        window.layout().activate()
        assert min(b.height() for b in buttons) >= MIN_KEY
    finally:
        apply_theme(app)
        i18n.set_language("id")
