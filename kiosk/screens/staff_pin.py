"""The staff PIN pad, reached by holding a corner of the welcome screen."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from kiosk.screens.base import Screen
from kiosk.services.staff import PIN_DIGITS
from kiosk.widgets.keypad import NumericKeypad
from kiosk.widgets.named import named
from kiosk.widgets.steps import TitleHeader, button_row


class StaffPinScreen(Screen):
    name = "staff_pin"

    submitted = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        header = TitleHeader()
        self.title = header.title
        self.hint = named(QLabel(wordWrap=True), "subtitle")
        self.pin = named(QLineEdit(), "staffPin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(PIN_DIGITS[1])
        self.pin.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pin.setProperty("keypad", "own")  # the pad beside it, not the docked keyboard
        self.pin.returnPressed.connect(self._submit)
        self.keypad = NumericKeypad()
        self.keypad.target = self.pin
        self.message = named(QLabel(wordWrap=True), "error")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.keypad.setFixedWidth(420)
        left = QVBoxLayout()
        left.setSpacing(16)
        left.addWidget(self.hint)
        left.addWidget(self.pin)
        left.addWidget(self.message)
        left.addStretch(1)
        column = QHBoxLayout()  # the field and its messages at the left, the pad at the right
        column.setContentsMargins(40, 24, 40, 0)
        column.setSpacing(40)
        column.addLayout(left, 1)
        column.addWidget(self.keypad)

        self.cancel = named(QPushButton(), "cancelButton")
        self.cancel.setProperty("role", "danger")
        self.cancel.clicked.connect(self.cancelled)
        self.enter = named(QPushButton(), "staffEnter")
        self.enter.setProperty("role", "primary")
        self.enter.setMinimumWidth(260)
        self.enter.clicked.connect(self._submit)
        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        page.addWidget(header)
        page.addLayout(column, 1)
        page.addLayout(button_row([self.cancel], [self.enter]))
        self._no_holders = False

    def _submit(self) -> None:
        pin = self.pin.text()
        self.pin.clear()
        if pin:
            self.enter.setEnabled(False)
            self.submitted.emit(pin)

    def on_enter(self) -> None:
        self.pin.clear()
        self.enter.setEnabled(True)
        self.pin.setFocus()

    def set_no_holders(self, none: bool) -> None:
        self._no_holders = none
        self.retranslate()

    def show_wrong(self, tries_left: int) -> None:
        self.enter.setEnabled(True)
        self.message.setText(self.tr("PIN salah. Sisa %n percobaan sebelum dikunci.", "", tries_left))

    def show_problem(self) -> None:
        self.enter.setEnabled(True)
        self.message.setText(self.tr("PIN tidak dapat diperiksa sekarang. Coba lagi, atau hubungi teknisi."))

    def show_locked(self, seconds: int) -> None:
        self.enter.setEnabled(True)
        minutes = max(1, (seconds + 59) // 60)
        self.message.setText(self.tr("Terlalu banyak PIN salah. Coba lagi dalam %n menit.", "", minutes))

    def wipe(self) -> None:
        super().wipe()
        self.message.clear()

    def help_text(self) -> str:
        return self.tr(
            "Halaman ini khusus petugas dan teknisi Disnaker. Bila Anda pencari kerja, sentuh Batal untuk "
            "kembali ke halaman awal."
        )

    def retranslate(self) -> None:
        self.title.setText(self.tr("Masuk Petugas"))
        self.hint.setText(
            self.tr(
                "Belum ada petugas terdaftar. Teknisi menambahkannya dari terminal: kiosk staff add NAMA --role technician"
            )
            if self._no_holders
            else self.tr("Masukkan PIN teknisi atau petugas.")
        )
        self.cancel.setText(self.tr("Batal"))
        self.enter.setText(self.tr("Masuk"))
