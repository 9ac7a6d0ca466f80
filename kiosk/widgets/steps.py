"""The step header ("Langkah 2 dari 6") and the Back/Next bar that never moves."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.widgets.named import named


class StepHeader(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("header")
        self.step = named(QLabel(), "brandSub")
        self.title = named(QLabel(), "brand")
        self.title.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(10)
        column = QVBoxLayout(self)
        column.setContentsMargins(40, 14, 40, 14)
        column.addWidget(self.step)
        column.addWidget(self.title)
        column.addWidget(self.progress)

    def set_step(self, step_text: str, title: str, number: int, total: int) -> None:
        self.step.setText(step_text)
        self.title.setText(title)
        self.progress.setRange(0, total)
        self.progress.setValue(number)


class NavBar(QFrame):
    """Cancel at the left, Back and Next at the right: always the same places."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navBar")
        self.cancel = named(QPushButton(), "cancelButton")
        self.cancel.setProperty("role", "danger")
        self.back = named(QPushButton(), "backButton")
        self.next = named(QPushButton(), "nextButton")
        self.next.setProperty("role", "primary")
        self.next.setMinimumWidth(260)
        row = QHBoxLayout(self)
        row.setContentsMargins(40, 12, 40, 16)
        row.addWidget(self.cancel, 0, Qt.AlignmentFlag.AlignLeft)
        row.addStretch(1)
        row.addWidget(self.back)
        row.addWidget(self.next)

    def retranslate(self, next_text: str | None = None) -> None:
        self.cancel.setText(self.tr("Batal"))
        self.back.setText(self.tr("‹ Kembali"))
        self.next.setText(next_text or self.tr("Lanjut ›"))


class TitleHeader(QFrame):
    """The blue band with one title, for screens outside the numbered steps."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("header")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)  # room left goes below it
        self.title = named(QLabel(), "brand")
        self.title.setWordWrap(True)
        column = QVBoxLayout(self)
        column.setContentsMargins(40, 18, 40, 18)
        column.addWidget(self.title)


def button_row(left: list[QWidget], right: list[QWidget]) -> QHBoxLayout:
    """The bottom row of every screen: the way out at the left, the way on at the right,
    always in the same place."""
    row = QHBoxLayout()
    row.setContentsMargins(40, 12, 40, 16)
    for widget in left:
        row.addWidget(widget)
    row.addStretch(1)
    for widget in right:
        row.addWidget(widget)
    return row
