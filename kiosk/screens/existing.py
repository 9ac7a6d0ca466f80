"""A NIK that already has a card, before its holder has proven possession: the kiosk says only
that the card exists, with the name masked, and the ways to prove it (DESIGN.md "Who may see
and print what"): tap the e-KTP used at registration, type the 16-digit AK/1 number printed on
the card, or come to the counter on a working day."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk.screens.base import PERSONAL, Screen
from kiosk.widgets.form import Field
from kiosk.widgets.keypad import NumericKeypad
from kiosk.widgets.named import named
from kiosk.widgets.steps import TitleHeader, button_row


class ExistingScreen(Screen):
    name = "existing"

    number_entered = Signal(str)  # the typed AK/1 number, to prove possession
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._masked = ""
        self._office = ("", "", "")  # hours, address, phone
        self._card_path = True
        header = TitleHeader()
        self.title = header.title
        self.summary = named(QLabel(), "subtitle")
        self.summary.setWordWrap(True)
        self.summary.setProperty(PERSONAL, True)
        self.how = QLabel()
        self.how.setWordWrap(True)
        self.tap_hint = named(QLabel(), "hint")
        self.tap_hint.setWordWrap(True)
        self.number = Field(named(QLineEdit(), "ak1NumberEdit"), max_length=19)
        self.number.editor.setProperty("keypad", "own")
        self.open = named(QPushButton(), "existing_open")
        self.open.setMinimumHeight(80)
        self.open.setProperty("role", "primary")
        self.open.clicked.connect(self._submit)
        self.counter = named(QLabel(), "hint")
        self.counter.setWordWrap(True)
        self.keypad = NumericKeypad()
        self.keypad.target = self.number.editor
        self.keypad.setFixedWidth(380)
        texts = QWidget()
        left = QVBoxLayout(texts)
        left.setContentsMargins(0, 0, 0, 0)
        left.setSpacing(14)
        for widget in (self.summary, self.how, self.tap_hint, self.number, self.open, self.counter):
            left.addWidget(widget)
        left.addStretch(1)
        scroll = QScrollArea()  # large text on a small screen: the sentences scroll, the keypad stays
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(texts)
        columns = QHBoxLayout()
        columns.setContentsMargins(40, 24, 40, 0)
        columns.setSpacing(30)
        columns.addWidget(scroll, 1)
        columns.addWidget(self.keypad)
        self.cancel = named(QPushButton(), "cancelButton")
        self.cancel.setProperty("role", "danger")
        self.cancel.clicked.connect(self.cancelled)
        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        page.addWidget(header)
        page.addLayout(columns, 1)
        page.addLayout(button_row([self.cancel], []))

    def set_office(self, hours: str, address: str, phone: str) -> None:
        self._office = (hours, address, phone)
        self.retranslate()

    def show_card(self, masked_name: str, *, card_path: bool) -> None:
        """``card_path``: the registration stored an e-KTP's UID (typed-NIK registrations have none)."""
        self._masked = masked_name
        self._card_path = card_path
        self.number.editor.clear()
        self.number.clear_error()
        self.open.setEnabled(True)
        self.retranslate()

    def show_problem(self, message: str, *, locked: bool = False) -> None:
        self.number.editor.clear()
        self.number.show_error(message)
        self.open.setEnabled(not locked)
        self.number.editor.setEnabled(not locked)
        self.keypad.setEnabled(not locked)

    def _submit(self) -> None:
        self.number_entered.emit(self.number.text())

    def on_enter(self) -> None:
        super().on_enter()
        self.number.editor.setFocus()

    def help_text(self) -> str:
        return self.tr(
            "Sudah ada kartu kuning untuk NIK ini. Untuk membukanya, tempelkan e-KTP yang dipakai saat "
            "mendaftar, atau ketik nomor kartu AK/1 (16 angka, tercetak di kartu kuning) lalu sentuh Buka "
            "Kartu Saya. Kartu hilang? Datanglah ke loket Disnaker."
        )

    def retranslate(self) -> None:
        self.title.setText(self.tr("Kartu AK/1 sudah ada"))
        self.summary.setText(
            self.tr("Kartu AK/1 atas nama %1 sudah ada.").replace("%1", self._masked) if self._masked else ""
        )
        self.how.setText(
            self.tr("Untuk melihat kartu, mencetak ulang, melapor atau melamar, buktikan bahwa kartu ini milik Anda.")
        )
        self.tap_hint.setText(
            self.tr("Tempelkan e-KTP yang dipakai saat mendaftar, atau ketik nomor kartu AK/1 di bawah.")
            if self._card_path
            else self.tr("Kartu ini dibuat dengan NIK yang diketik: ketik nomor kartu AK/1 di bawah.")
        )
        self.number.label.setText(self.tr("Nomor kartu AK/1 (16 angka, tercetak di kartu kuning)"))
        self.open.setText(self.tr("Buka Kartu Saya"))
        hours, address, phone = self._office
        self.counter.setText(
            self.tr("Kartu hilang atau nomor lupa? Datang ke loket Disnaker pada hari kerja, %1, %2, telepon %3.")
            .replace("%1", hours).replace("%2", address).replace("%3", phone)
        )  # fmt: skip
        self.cancel.setText(self.tr("Batal"))

    def wipe(self) -> None:
        super().wipe()
        self._masked = ""
        self._card_path = True
        self.number.clear_error()
        self.open.setEnabled(True)
        self.number.editor.setEnabled(True)
        self.keypad.setEnabled(True)
        self.retranslate()
