"""Shows the on-screen keyboard or keypad under the screen while a text field has focus."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLineEdit, QScrollArea, QStackedWidget, QWidget

from kiosk.ui.application import running_app
from kiosk.widgets.keypad import Keyboard, NumericKeypad

NUMERIC = "numeric"  # QLineEdit property "keypad" = "numeric" asks for the number pad


def numeric(edit: QLineEdit) -> QLineEdit:
    edit.setProperty("keypad", NUMERIC)
    return edit


class KeyboardDock(QStackedWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keyboardDock")
        self.keyboard = Keyboard()
        self.keypad = NumericKeypad()
        self.keypad.setMaximumWidth(520)
        self.addWidget(self.keyboard)
        self.addWidget(self.keypad)
        self.setFixedHeight(300)
        self.hide()
        running_app().focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old: QObject | None, new: QObject | None) -> None:
        if (
            not isinstance(new, QLineEdit)
            or new.isReadOnly()
            or new.property("keypad") == "own"  # the screen shows its own keypad beside the field
            or not self.window().isAncestorOf(new)
        ):
            self.hide()
            return
        if new.property("keypad") == NUMERIC:
            self.setCurrentWidget(self.keypad)
        else:
            self.keyboard.prepare_for(new)
            self.setCurrentWidget(self.keyboard)
        self.show()
        parent = new.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(new, 50, 80)
