"""The hidden staff entry: a finger held still on one corner of a screen for a few seconds."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QTimer, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QWidget

CORNER_PX = 110  # a square a fingertip finds without looking, too small to hit by chance


class CornerHold(QObject):
    """App-wide event filter: emits ``held`` when a press stays inside ``target``'s corner
    for ``hold_s`` seconds. A release, or a move out of the corner, cancels it."""

    held = Signal()

    def __init__(self, target: QWidget, corner: str, hold_s: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.target = target
        self.corner = corner
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(int(hold_s * 1000))
        self._timer.timeout.connect(self.held)

    def _in_corner(self, global_pos: QPoint) -> bool:
        if not self.target.isVisible():
            return False
        pos = self.target.mapFromGlobal(global_pos)
        w, h = self.target.width(), self.target.height()
        near_x = pos.x() < CORNER_PX if "left" in self.corner else pos.x() >= w - CORNER_PX
        near_y = pos.y() < CORNER_PX if "top" in self.corner else pos.y() >= h - CORNER_PX
        return 0 <= pos.x() < w and 0 <= pos.y() < h and near_x and near_y

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if not isinstance(event, QMouseEvent):
            return False
        if kind == QEvent.Type.MouseButtonPress:
            if self._in_corner(event.globalPosition().toPoint()):
                self._timer.start()
        elif kind == QEvent.Type.MouseMove and self._timer.isActive():
            if not self._in_corner(event.globalPosition().toPoint()):
                self._timer.stop()
        elif kind == QEvent.Type.MouseButtonRelease:
            self._timer.stop()
        return False
