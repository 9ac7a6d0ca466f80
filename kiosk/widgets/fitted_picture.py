"""A picture shown as large as its room allows, up to its own size, its proportions kept.

It gives way to the buttons under it when the room is short: low reach leaves the photo screen
about 470 px of a 800-px window, and a pas foto at its own 420 px pushed "Pakai Foto" below the
fold, where a person in a wheelchair had to find it by scrolling.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPixmap, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

LEAST = QSize(120, 160)  # still a face one can judge


class FittedPicture(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._source = QPixmap()
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_picture(self, pixmap: QPixmap) -> None:
        self._source = pixmap
        self._fit()

    def clear(self) -> None:
        self._source = QPixmap()
        super().clear()

    def sizeHint(self) -> QSize:
        return self._source.size() if not self._source.isNull() else LEAST

    def minimumSizeHint(self) -> QSize:
        return LEAST

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        if self._source.isNull():
            return
        room = self.contentsRect().size()
        if self._source.width() <= room.width() and self._source.height() <= room.height():
            self.setPixmap(self._source)
        else:
            fitted = self._source.scaled(
                room, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
            self.setPixmap(fitted)
