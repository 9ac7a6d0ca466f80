"""The "tap your e-KTP" animation: a card gliding onto a reader, with waves on contact."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QHideEvent, QPainter, QPainterPath, QPaintEvent, QPen, QShowEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

# an idle kiosk shows this all day: 25 frames a second (Qt's animations paint 60) and a rest with
# nothing to paint between two taps of the card (13 % of a core idle before, bench/bench_idle.py)
CYCLE_MS = 2600
REST_MS = 2400
FRAME_MS = 40


class TapCardAnimation(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(240, 180)  # it scales: large text on a 768-px screen leaves it less room
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._phase = 0.0
        self._clock = QElapsedTimer()
        self._frames = QTimer(self)
        self._frames.setInterval(FRAME_MS)
        self._frames.timeout.connect(self._next_frame)

    def showEvent(self, event: QShowEvent) -> None:
        self._clock.start()
        self._frames.start()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self._frames.stop()  # no repaint work while another screen is shown
        super().hideEvent(event)

    @property
    def phase(self) -> float:
        """Where the card is: 0 above the reader, 0.45 touching it, 1 faded away (and resting)."""
        return self._phase

    def _next_frame(self) -> None:
        phase = min((self._clock.elapsed() % (CYCLE_MS + REST_MS)) / CYCLE_MS, 1.0)
        if phase == self._phase == 1.0:
            return  # resting: the card has faded away, the reader stays as drawn
        self._phase = phase
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        w, h = self.width(), self.height()
        scale = min(w / 420, h / 300)
        p.translate(w / 2, h / 2)
        p.scale(scale, scale)

        # the reader
        reader = QRectF(-150, 40, 300, 90)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor("#33404d"))
        p.drawRoundedRect(reader, 18, 18)
        p.setBrush(QColor("#f2c200"))
        p.drawRoundedRect(QRectF(-90, 58, 180, 16), 8, 8)

        # the card: glides down during the first half, rests, then fades out
        t = self._phase
        descent = min(t / 0.45, 1.0)
        eased = 1 - (1 - descent) ** 3
        y = -150 + eased * 120
        opacity = 1.0 if t < 0.85 else max(0.0, 1 - (t - 0.85) / 0.15)
        p.setOpacity(opacity)
        card = QRectF(-120, y, 240, 150)
        path = QPainterPath()
        path.addRoundedRect(card, 14, 14)
        p.fillPath(path, QColor("#dce7f3"))
        p.setPen(QPen(QColor("#0b4f8a"), 4))
        p.drawPath(path)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor("#0b4f8a"))
        p.drawRect(QRectF(card.left(), card.top() + 16, card.width(), 22))
        p.setBrush(QColor("#8a96a3"))
        p.drawRoundedRect(QRectF(card.left() + 16, card.top() + 54, 56, 72), 6, 6)
        for i in range(3):
            p.drawRoundedRect(QRectF(card.left() + 88, card.top() + 60 + i * 22, 130 - i * 30, 10), 4, 4)
        p.setPen(QColor("#ffffff"))
        font = QFont(self.font())
        font.setPixelSize(16)
        font.setBold(True)
        p.setFont(font)
        p.drawText(QRectF(card.left(), card.top() + 16, card.width(), 22), Qt.AlignmentFlag.AlignCenter, "e-KTP")

        # waves once the card touches the reader
        if 0.45 <= t < 0.9:
            p.setOpacity(1.0)
            progress = (t - 0.45) / 0.45
            for i in range(3):
                r = 30 + (progress * 90 + i * 30) % 90
                alpha = int(255 * (1 - (r - 30) / 90))
                p.setPen(QPen(QColor(242, 194, 0, alpha), 6))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawArc(QRectF(150 - r, 20 - r, 2 * r, 2 * r), 30 * 16, 120 * 16)
        p.end()
