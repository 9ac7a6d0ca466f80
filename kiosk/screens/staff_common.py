"""Pieces shared by the technician and officer screens: the header with who is signed in,
tables that fill from rows, and the message line."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.screens.base import Screen
from kiosk.widgets.named import named


class StaffHeader(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("header")
        self.title = named(QLabel(), "brand")
        self.who = named(QLabel(), "brandSub")
        self.leave = named(QPushButton(), "staffLeave")
        self.leave.setProperty("role", "toggle")
        text = QVBoxLayout()
        text.addWidget(self.title)
        text.addWidget(self.who)
        row = QHBoxLayout(self)
        row.setContentsMargins(40, 12, 40, 12)
        row.addLayout(text, 1)
        row.addWidget(self.leave, 0, Qt.AlignmentFlag.AlignVCenter)


class Table(QTableWidget):
    """Read-only rows of text, wide columns stretched, touch-friendly row height."""

    def __init__(self, columns: int, stretch: int = -1, parent: QWidget | None = None) -> None:
        super().__init__(0, columns, parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(44)
        self.setWordWrap(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch if stretch >= 0 else columns - 1, QHeaderView.ResizeMode.Stretch)

    def set_headers(self, *labels: str) -> None:
        self.setHorizontalHeaderLabels(list(labels))

    def fill(self, rows: Sequence[Sequence[object]]) -> None:
        self.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                self.setItem(r, c, QTableWidgetItem("" if value is None else str(value)))

    def cell_text(self, row: int, column: int) -> str:
        item = self.item(row, column)
        return item.text() if item else ""


class StaffScreen(Screen):
    """A staff mode screen: the header names the holder; ``leave`` ends the staff session."""

    leave = Signal()

    def __init__(self, tabs_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.header = StaffHeader()
        self.header.leave.clicked.connect(self.leave)
        self.holder_name = ""
        self.message = named(QLabel(wordWrap=True), "hint")
        self.tabs = named(QTabWidget(), tabs_name)

    def lay_out(self, tabs: list[QWidget], beside_message: QWidget | None = None) -> None:
        """Header, the tabs, and the message line (with a button beside it) at the bottom."""
        for tab in tabs:
            self.tabs.addTab(tab, "")
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        if beside_message is not None:
            bottom.addWidget(beside_message)
        body = QVBoxLayout()
        body.setContentsMargins(24, 12, 24, 12)
        body.addWidget(self.tabs, 1)
        body.addLayout(bottom)
        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        page.addWidget(self.header)
        page.addLayout(body, 1)

    def set_holder(self, name: str) -> None:
        self.holder_name = name
        self.retranslate()

    def say(self, text: str, ok: bool = True) -> None:
        self.message.setObjectName("hint" if ok else "error")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setText(text)

    def wipe(self) -> None:
        super().wipe()
        for table in self.findChildren(Table):
            table.setRowCount(0)
        self.message.clear()
        self.holder_name = ""
