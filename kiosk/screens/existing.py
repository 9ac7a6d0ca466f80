"""A NIK that is already registered: renew, reprint or report instead of registering twice."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.screens.base import PERSONAL, Screen
from kiosk.widgets.named import named
from kiosk.widgets.steps import TitleHeader, button_row


class ExistingScreen(Screen):
    name = "existing"

    chosen = Signal(str)  # renew | reprint | report
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._facts = ("", "", False)
        self._local = True
        header = TitleHeader()
        self.title = header.title
        self.summary = named(QLabel(), "subtitle")
        self.summary.setWordWrap(True)
        self.summary.setProperty(PERSONAL, True)
        self.buttons: dict[str, QPushButton] = {}
        column = QVBoxLayout()
        column.setContentsMargins(40, 30, 40, 0)
        column.setSpacing(20)
        column.addWidget(self.summary)
        for action in ("renew", "reprint", "report"):
            button = named(QPushButton(), f"existing_{action}")
            button.setMinimumHeight(96)  # big, but three fit on a 768-line screen
            button.clicked.connect(lambda _=False, a=action: self.chosen.emit(a))
            self.buttons[action] = button
            column.addWidget(button)
        column.addStretch(1)
        self.cancel = named(QPushButton(), "cancelButton")
        self.cancel.setProperty("role", "danger")
        self.cancel.clicked.connect(self.cancelled)
        bottom = button_row([self.cancel], [])
        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        page.addWidget(header)
        page.addLayout(column, 1)
        page.addLayout(bottom)

    def show_registration(self, registration_no: str, valid_until: str, can_renew: bool, local: bool = True) -> None:
        """``local``: registered at this kiosk; otherwise SIKER knows it and only renewal is possible here."""
        self._facts = (registration_no, valid_until, can_renew)
        self._local = local
        self.buttons["renew"].setEnabled(can_renew)
        self.buttons["reprint"].setEnabled(local)
        self.buttons["report"].setEnabled(local)
        self.retranslate()

    def retranslate(self) -> None:
        number, until, can_renew = self._facts
        self.title.setText(self.tr("Anda sudah terdaftar"))
        text = self.tr("Kartu kuning Anda bernomor %1, berlaku sampai %2.").replace("%1", number).replace("%2", until)
        if not can_renew:
            text += " " + self.tr("Perpanjangan bisa dilakukan 30 hari sebelum kartu habis masa berlakunya.")
        if not self._local:
            text += " " + self.tr(
                "Kartu ini dibuat di tempat lain: cetak ulang dan laporan dilayani di kantor Disnaker."
            )
        self.summary.setText(text if number else "")
        self.buttons["renew"].setText(self.tr("Perpanjang Kartu Kuning"))
        self.buttons["reprint"].setText(self.tr("Cetak Ulang Kartu"))
        self.buttons["report"].setText(self.tr("Lapor 6 Bulanan"))
        self.cancel.setText(self.tr("Batal"))

    def wipe(self) -> None:
        super().wipe()
        self._facts = ("", "", False)
        self._local = True
        self.retranslate()
