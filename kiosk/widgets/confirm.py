"""A question over the whole window with two big answers (no separate top-level window:
under cage there is no window manager to place one).

Every question names its safe, expected answer (``primary``): that one is the filled button at
the right, where the way on always is; the other is outlined at the left, in red when it
destroys something (``destructive``: the typed data, a sent application). The same on every
dialog, so a hurried finger lands on the answer that loses nothing."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.widgets.named import named


def fit_dialog(box: QWidget, area: QWidget) -> None:
    """A question box as wide as ``area`` allows (at most 900 px) and as high as its wrapped
    text needs at that width: a long title in large text wraps instead of being cut (a layout
    alone gives a centred box its width-free size hint)."""
    width = max(320, min(900, area.width() - 80))
    box.setFixedWidth(width)
    layout = box.layout()
    if layout is None:
        return
    layout.activate()
    height = box.heightForWidth(width) if box.hasHeightForWidth() else box.sizeHint().height()
    box.setFixedHeight(max(1, min(height, area.height() - 40)))


class Answer(StrEnum):
    YES = "yes"  # ``confirmed``
    NO = "no"  # ``rejected``


class ConfirmOverlay(QFrame):
    confirmed = Signal()
    rejected = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("idleOverlay")
        box = QFrame(self)
        box.setObjectName("dialog")
        self.box = box
        self.title = named(QLabel(), "title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        self.text = named(QLabel(), "subtitle")
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text.setWordWrap(True)
        self.no = named(QPushButton(), "confirmNo")
        self.yes = named(QPushButton(), "confirmYes")
        self.no.clicked.connect(self._reject)
        self.yes.clicked.connect(self._confirm)
        self.primary: Answer = Answer.NO
        self._buttons = QHBoxLayout()
        self._buttons.setSpacing(24)
        inner = QVBoxLayout(box)
        inner.setSpacing(24)
        inner.addWidget(self.title)
        inner.addWidget(self.text)
        inner.addLayout(self._buttons)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(box, 0, Qt.AlignmentFlag.AlignCenter)
        outer.addStretch(1)
        self.hide()

    def ask(self, title: str, text: str, yes: str, no: str, *, primary: Answer, destructive: bool = False) -> None:
        """``yes`` emits ``confirmed``, ``no`` ``rejected``. ``primary``: the safe, expected
        answer, filled; ``destructive``: the other answer loses something (red outline)."""
        self.title.setText(title)
        self.text.setText(text)
        self.yes.setText(yes)
        self.no.setText(no)
        self.primary = primary
        safe, other = (self.yes, self.no) if primary is Answer.YES else (self.no, self.yes)
        safe.setProperty("role", "primary")
        other.setProperty("role", "danger" if destructive else "")
        for button in (safe, other):
            button.style().unpolish(button)
            button.style().polish(button)
            self._buttons.removeWidget(button)
        self._buttons.addWidget(other)
        self._buttons.addWidget(safe)
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        fit_dialog(self.box, self)
        self.show()
        self.raise_()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        fit_dialog(self.box, self)

    def safe_button(self) -> QPushButton:
        return self.yes if self.primary is Answer.YES else self.no

    def _confirm(self) -> None:
        self.hide()
        self.confirmed.emit()

    def _reject(self) -> None:
        self.hide()
        self.rejected.emit()
