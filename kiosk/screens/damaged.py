"""The kiosk refuses to serve: its database is damaged. One sentence for everybody; the hidden
staff entry (the same corner hold) reveals a technician's PIN and "Pulihkan cadangan terbaru"."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from kiosk.core.problems import Code, Problem
from kiosk.screens.base import Screen
from kiosk.screens.messages import describe
from kiosk.widgets.named import named


class DamagedScreen(Screen):
    name = "damaged"

    pin_submitted = Signal(str)
    restore_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        page = QVBoxLayout(self)
        page.setContentsMargins(80, 80, 80, 80)
        self.message = named(QLabel(), "title")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        page.addStretch(1)
        page.addWidget(self.message)
        self.staff = QWidget()  # shown after the corner hold
        column = QVBoxLayout(self.staff)
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.enter = named(QPushButton(), "primary")
        self.restore = named(QPushButton(), "primary")
        self.status = QLabel()
        self.status.setWordWrap(True)
        for widget in (self.pin, self.enter, self.restore, self.status):
            column.addWidget(widget)
        page.addWidget(self.staff)
        page.addStretch(1)
        self.enter.clicked.connect(lambda: self.pin_submitted.emit(self.pin.text()))
        self.restore.clicked.connect(self.restore_requested)
        self.reset()
        self.retranslate()

    def help_text(self) -> str:
        return self.tr(
            "Kios ini sedang tidak dapat melayani. Mohon datang ke loket Disnaker pada hari kerja; petugas kami "
            "akan memperbaiki kios ini secepatnya."
        )

    def retranslate(self) -> None:
        self.message.setText(describe(Problem(Code.DATABASE_DAMAGED)))
        self.pin.setPlaceholderText(self.tr("PIN teknisi"))
        self.enter.setText(self.tr("Masuk"))
        self.restore.setText(self.tr("Pulihkan cadangan terbaru"))

    def reset(self) -> None:
        """Only the sentence: the technician's part is hidden again."""
        self.staff.hide()
        self.pin.clear()
        self.pin.show()
        self.enter.show()
        self.restore.hide()
        self.status.clear()

    def open_pad(self) -> None:
        self.staff.show()
        self.pin.setFocus()

    def signed_in(self) -> None:
        self.pin.clear()
        self.pin.hide()
        self.enter.hide()
        self.restore.show()
        self.status.clear()

    def show_status(self, text: str) -> None:
        self.status.setText(text)
