"""Lockdown: the keys that would leave or close the app do nothing, and no context menu opens."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent

_MOD = Qt.KeyboardModifier
_BLOCKED: set[tuple[int, Qt.KeyboardModifier]] = {
    (Qt.Key.Key_Escape, _MOD.NoModifier),
    (Qt.Key.Key_F4, _MOD.AltModifier),
    (Qt.Key.Key_Q, _MOD.ControlModifier),
    (Qt.Key.Key_W, _MOD.ControlModifier),
    (Qt.Key.Key_Tab, _MOD.AltModifier),
    (Qt.Key.Key_F11, _MOD.NoModifier),
}


def _combo(event: QKeyEvent) -> tuple[int, Qt.KeyboardModifier]:
    mods = event.modifiers() & (_MOD.ControlModifier | _MOD.AltModifier | _MOD.ShiftModifier | _MOD.MetaModifier)
    return event.key(), mods


class LockdownFilter(QObject):
    """Installed on the QApplication: eats the blocked key combinations and every context menu
    event (right click, long press) everywhere.

    A shortcut is matched before its key press is delivered, so the ShortcutOverride is
    accepted too: that tells Qt "a widget wants this key", and no shortcut fires.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ContextMenu:  # a right click or a long press: Qt's English edit menu
            return True
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride, QEvent.Type.KeyRelease):
            return False
        if not isinstance(event, QKeyEvent):
            return False
        if _combo(event) not in _BLOCKED:
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()
        return True
