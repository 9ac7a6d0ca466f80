"""A question over the whole window with two big answers (no separate top-level window:
under cage there is no window manager to place one)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.widgets.named import named


class ConfirmOverlay(QFrame):
    confirmed = Signal()
    rejected = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("idleOverlay")
        box = QFrame(self)
        box.setObjectName("dialog")
        self.title = named(QLabel(), "title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        self.text = named(QLabel(), "subtitle")
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text.setWordWrap(True)
        self.no = named(QPushButton(), "confirmNo")
        self.yes = named(QPushButton(), "confirmYes")
        self.yes.setProperty("role", "danger")
        self.no.setProperty("role", "primary")
        self.no.clicked.connect(self._reject)
        self.yes.clicked.connect(self._confirm)
        buttons = QHBoxLayout()
        buttons.addWidget(self.yes)
        buttons.addWidget(self.no)
        inner = QVBoxLayout(box)
        inner.setSpacing(24)
        inner.addWidget(self.title)
        inner.addWidget(self.text)
        inner.addLayout(buttons)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(box, 0, Qt.AlignmentFlag.AlignCenter)
        outer.addStretch(1)
        self.hide()

    def ask(self, title: str, text: str, yes: str, no: str) -> None:
        self.title.setText(title)
        self.text.setText(text)
        self.yes.setText(yes)
        self.no.setText(no)
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.show()
        self.raise_()

    def _confirm(self) -> None:
        self.hide()
        self.confirmed.emit()

    def _reject(self) -> None:
        self.hide()
        self.rejected.emit()
