"""The live camera picture with the oval face guide and a countdown over it."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget


class CameraPreview(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # it scales its picture: with low reach (about 470 px for the whole photo screen) it gives
        # way, so that "Ambil Foto" stays on the screen rather than below the fold
        self.setMinimumSize(200, 150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.image: QImage | None = None
        self.countdown: int | None = None
        self.good = False  # the guide turns solid when every gate passes

    def show_image(self, image: QImage | None) -> None:
        self.image = image
        self.update()

    def clear(self) -> None:
        self.image = None
        self.countdown = None
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("#1b1f24"))
        target = QRectF(self.rect())
        if self.image is not None and not self.image.isNull():
            scaled = self.image.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRectF(
                (self.width() - scaled.width()) / 2,
                (self.height() - scaled.height()) / 2,
                scaled.width(),
                scaled.height(),
            )
            p.drawImage(target, self.image)
        # the oval guide: where the face should be, the rest dimmed
        oval = QRectF(0, 0, target.height() * 0.42, target.height() * 0.56)
        oval.moveCenter(target.center() - QRectF(0, 0, 0, target.height() * 0.06).bottomRight())
        dim = QPainterPath()
        dim.addRect(target)
        hole = QPainterPath()
        hole.addEllipse(oval)
        p.fillPath(dim.subtracted(hole), QColor(0, 0, 0, 110))
        pen = QPen(QColor("#f2c200") if self.good else QColor("#ffffff"), 6)
        if not self.good:
            pen.setStyle(Qt.PenStyle.DashLine)  # shape, not only colour, says "not yet"
        p.setPen(pen)
        p.drawEllipse(oval)
        if self.countdown is not None:
            font = QFont(self.font())
            font.setPixelSize(int(target.height() * 0.35))
            font.setBold(True)
            p.setFont(font)
            p.setPen(QColor("#ffffff"))
            p.drawText(target, Qt.AlignmentFlag.AlignCenter, str(self.countdown))
        p.end()
